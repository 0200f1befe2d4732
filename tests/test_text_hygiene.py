"""NUL, control characters and lone surrogates are stripped before anything is stored, identically on
SQLite and PostgreSQL; SQL parameters (message text) never appear in database errors."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from bot.adapters.commands import run_callback, run_command
from bot.domain.text_hygiene import clean_text
from bot.usecases.service import Context, MagnesiumService
from db.models import Entry


def test_clean_text():
    assert clean_text("1 banana\x00 and 1 apple") == "1 banana and 1 apple"
    assert clean_text("oat\ud800meal\udfff") == "oatmeal"
    assert clean_text("a\r\nb\tc\x07\x1b[31m") == "a\nb\tc[31m"
    assert clean_text(None) == ""
    assert clean_text("½ cup spinach — 🥬") == "½ cup spinach — 🥬"


@pytest.fixture
def service(sessionmaker):
    from bot.domain.estimate import default_estimator

    return MagnesiumService(Context(sessionmaker=sessionmaker, estimator=default_estimator(), answerer=None))


@pytest.mark.parametrize("dirty", ["1 banana\x00 and 1 apple", "1 banana\ud800 and 1 apple\x00\x00"])
async def test_nul_and_surrogates_are_stripped_before_storing(service, sessionmaker, dirty):
    outcome = await service.handle_text(1, 1, 1, dirty)
    assert outcome.meal is not None and len(outcome.meal.logged) == 2
    async with sessionmaker() as session:
        stored = list(await session.scalars(select(Entry.message_text)))
        items = list(await session.scalars(select(Entry.item_text)))
    assert stored == ["1 banana and 1 apple"] * 2
    assert all("\x00" not in item and "\ud800" not in item for item in items)
    edited = await service.handle_edit(1, 1, 1, "2 bananas\x00")
    assert edited.meal is not None and edited.meal.edited


async def test_sql_parameters_never_reach_error_text(engine):
    assert engine.sync_engine.hide_parameters
    with pytest.raises(Exception) as caught:  # noqa: PT011 - any database error
        async with engine.connect() as conn:
            await conn.execute(
                text("SELECT no_such_column FROM entries WHERE item_text = :t"), {"t": "zebra-marker"}
            )
    assert "zebra-marker" not in str(caught.value)


async def test_commands_and_buttons_strip_control_characters():
    class NoServices:  # the registry rejects these before any use case runs
        pass

    reply = await run_callback(NoServices(), 1, "\x00\ud800:\x00")
    assert "expired" in reply.text
    reply = await run_command(NoServices(), 1, "no\x00such\ud800", "")
    assert "/nosuch" in reply.text
