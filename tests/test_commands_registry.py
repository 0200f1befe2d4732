"""The command registry: every listed command has a help line, /help shows them all, unknown commands and
malformed or forged buttons get a clear answer and never raise."""

from __future__ import annotations

import pytest

from bot.adapters.bootstrap import build_services
from bot.adapters.commands import COMMANDS, listed_commands, run_callback, run_command
from bot.config import Settings


def test_every_listed_command_has_a_help_line_and_is_unique():
    listed = listed_commands()
    names = [entry.name for entry in listed]
    assert len(names) == len(set(names))
    assert {"today", "week", "undo", "profile", "goal", "timezone", "remind", "help"} <= set(names)
    assert all(entry.help for entry in listed)
    assert COMMANDS["tz"] is COMMANDS["timezone"]


@pytest.fixture
async def services(engine):
    settings = Settings(_env_file=None, database_url="sqlite+aiosqlite:///unused.db")
    built = await build_services(settings, engine=engine, migrate=False)
    yield built


async def test_help_lists_the_registry(services):
    reply = await run_command(services, 1, "help", "")
    for entry in listed_commands():
        assert f"/{entry.name} — {entry.help}" in reply.text


async def test_unknown_command_and_bot_suffix(services):
    assert "I don't know /frobnicate" in (await run_command(services, 1, "frobnicate", "")).text
    today = await run_command(services, 1, "today@magbot_test_bot", "")
    assert "mg today" in today.text


@pytest.mark.parametrize(
    "data",
    [
        "",
        ":",
        "nonsense",
        "stage:<junk>",
        "stage:pregnant",  # forged: no sex or age yet
        "pick:99999999999999999999:0",
        "pick:1:99999",
        "pick:abc:1",
        "age:200-300",
        "sex:robot",
        "topic:deadbeef00",
        "x" * 200,
    ],
)
async def test_forged_buttons_expire(services, data):
    reply = await run_callback(services, 7, data)
    assert "expired" in reply.text or "already been handled" in reply.text
    profile = await services.magnesium.profile(7)
    assert profile.life_stage is None
