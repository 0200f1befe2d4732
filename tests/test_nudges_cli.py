"""`magbot nudges --at … --json`: the operator's dry run, in a subprocess against a seeded SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from db import migrate
from db.models import User
from db.repositories import EntryRepository, NewEntry
from db.session import create_engine, make_sessionmaker

REPO = Path(__file__).resolve().parent.parent


async def _seed(url: str) -> None:
    engine = create_engine(url)
    await migrate.upgrade(engine)
    sessionmaker = make_sessionmaker(engine)
    created = datetime(2026, 1, 1, tzinfo=UTC)
    async with sessionmaker() as session:
        session.add_all(
            [
                User(telegram_id=111, timezone="Europe/Berlin", reminder_minute=1200, created_at=created),
                User(telegram_id=222, timezone="America/New_York", reminder_minute=840, created_at=created),
                User(telegram_id=333, timezone="Europe/Berlin", reminder_minute=1201, created_at=created),
                User(telegram_id=444, timezone="UTC", reminder_minute=None, created_at=created),
                # nudged already on 26 Nov (local)
                User(
                    telegram_id=555,
                    timezone="Europe/Berlin",
                    reminder_minute=1200,
                    last_nudged_on=date(2026, 11, 26),
                    created_at=created,
                ),
                # goal met, quiet
                User(
                    telegram_id=666,
                    timezone="Europe/Berlin",
                    reminder_minute=1200,
                    goal_override_mg=100,
                    created_at=created,
                ),
            ]
        )
        await session.commit()
        met = (await session.execute(User.__table__.select().where(User.telegram_id == 666))).first()
        entry = NewEntry(
            local_date=date(2026, 11, 26),
            logged_at=created,
            message_text="almonds",
            item_text="almonds",
            food_id="almonds",
            ndb="12061",
            food_name="Almonds",
            quantity=1,
            unit="oz",
            grams=28.35,
            magnesium_mg=150.0,
            chat_id=666,
            message_id=1,
            item_index=0,
        )
        await EntryRepository(session).add_many(met.id, [entry])
        await session.commit()
    await engine.dispose()


def _run(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "bot", "nudges", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


async def test_dry_run_json(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    await _seed(url)
    result = _run(url, "--at", "2026-11-26T19:00:00Z", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert [d["user_id"] for d in payload["due"]] == [111, 222]
    assert all(set(d) == {"user_id", "text"} for d in payload["due"])
    assert "420 mg" in payload["due"][0]["text"]

    # nothing was marked: the same answer again; another minute, another user
    again = json.loads(_run(url, "--at", "2026-11-26T19:00:30+00:00", "--json").stdout)
    assert again == payload
    later = json.loads(_run(url, "--at", "2026-11-26T19:01:00Z", "--json").stdout)
    assert [d["user_id"] for d in later["due"]] == [333]
    # another day: 555 is due again
    next_day = json.loads(_run(url, "--at", "2026-11-27T19:00:00Z", "--json").stdout)
    assert [d["user_id"] for d in next_day["due"]] == [111, 222, 555, 666]


async def test_dry_run_text_and_bad_instant(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    await _seed(url)
    result = _run(url, "--at", "2026-11-26T19:00:00Z")
    assert result.returncode == 0 and result.stdout.startswith("2 nudge(s) due")
    bad = _run(url, "--at", "yesterday")
    assert bad.returncode == 2
