"""The per-update helpers of the DB hot path: the JSON the done mark carries a meal's entries in
(db.pg_raw) and the unit's check that its session has written nothing (db.unit_of_work)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.orm import make_transient_to_detached

from db.models import User
from db.pg_raw import _json_value
from db.session import make_sessionmaker
from db.unit_of_work import Unit


def test_entries_json_encodes_dates_and_times_as_iso_and_the_rest_as_is() -> None:
    row = {"local_date": date(2026, 12, 2), "logged_at": datetime(2026, 12, 2, 12, tzinfo=UTC)}
    row |= {"grams": 118.0, "calcium_mg": None, "food_name": "Banana", "item_index": 0}
    assert json.loads(json.dumps([row], default=_json_value)) == [
        {
            "local_date": "2026-12-02",
            "logged_at": "2026-12-02T12:00:00+00:00",
            "grams": 118.0,
            "calcium_mg": None,
            "food_name": "Banana",
            "item_index": 0,
        }
    ]
    with pytest.raises(TypeError):
        json.dumps([{"x": object()}], default=_json_value)


async def test_untouched_sees_new_changed_and_deleted_objects() -> None:
    engine = create_async_engine("sqlite+aiosqlite://")
    try:
        async with make_sessionmaker(engine)() as session:
            unit = Unit(session)
            assert unit.untouched()
            user = User(id=1, telegram_id=5, timezone="UTC", created_at=datetime(2026, 1, 1, tzinfo=UTC))
            session.add(user)
            assert not unit.untouched()  # new
            session.expunge(user)
            assert unit.untouched()
            make_transient_to_detached(user)
            session.add(user)  # as the raw read adopts a user: loaded, unchanged
            assert unit.untouched()
            user.timezone = "Europe/Paris"
            assert not unit.untouched()  # changed
    finally:
        await engine.dispose()
