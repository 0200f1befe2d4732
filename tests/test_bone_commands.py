"""/supplements, /export, /forget and their buttons through the command registry (as the console and
Telegram call them): forged or stale buttons never act, usage errors answer with the usage."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from telegram import Bot

from bot.adapters.bootstrap import build_services
from bot.adapters.commands import run_callback, run_command
from bot.adapters.tg.nudges import run_tick
from bot.config import Settings
from bot.domain.estimate import default_estimator
from bot.usecases.nudges import NudgeService
from bot.usecases.service import Context
from bot.usecases.supplements import SupplementService
from tests.fake_bot_api import FakeBotAPI


@pytest.fixture
async def services(engine, tmp_path):
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}")
    return await build_services(settings, engine=engine, migrate=False)


@pytest.mark.parametrize(
    "data",
    [
        "supq:abc:e",
        "supq:1:z",
        "supq:999999:e",
        "supq:",
        "usual:",
        "usual:twice",
        "forget:yes:abc",
        "forget:maybe",
    ],
)
async def test_forged_supplement_and_forget_buttons(services, data):
    await services.magnesium.handle_text(7, 7, 1, "magnesium 100 mg")
    reply = await run_callback(services, 7, data)
    assert "expired" in reply.text or "already been answered" in reply.text
    assert (await services.magnesium.today(7)).total_mg == 100


async def test_stale_forget_confirmation_deletes_nothing(services):
    await services.magnesium.handle_text(7, 7, 1, "magnesium 100 mg")
    reply = await run_callback(services, 7, "forget:yes:1000")
    assert "expired" in reply.text
    assert (await services.magnesium.today(7)).total_mg == 100
    assert "nothing was deleted" in (await run_callback(services, 7, "forget:no")).text


async def test_supplements_command_usage_and_regimen(services):
    assert "Usage" in (await run_command(services, 7, "supplements", "frobnicate")).text
    assert "no usual supplements" in (await run_command(services, 7, "supplements", "")).text
    assert "couldn't read" in (await run_command(services, 7, "supplements", "add spinach")).text
    added = await run_command(services, 7, "supplements", "add magnesium 200 mg")
    assert "1. 💊 magnesium — 200 mg" in added.text
    assert [b.data for b in added.flat_buttons] == ["usual:take"]
    asked = await run_command(services, 7, "supplements", "add magnesium oxide 400 mg")
    compound = next(b for b in asked.flat_buttons if b.data.endswith(":c"))
    saved = await run_callback(services, 7, compound.data)
    assert "2. 💊 magnesium oxide — 400 mg: magnesium 241 mg" in saved.text
    taken = await run_callback(services, 7, "usual:take")
    assert "Logged your usual" in taken.text and "supplements 441 mg" in taken.text
    assert "already logged" in (await run_callback(services, 7, "usual:take")).text
    assert "Removed magnesium" in (await run_command(services, 7, "supplements", "remove 1")).text
    assert "no such number" in (await run_command(services, 7, "supplements", "remove 9")).text


async def test_console_export_writes_a_file_and_prints_its_path(services, tmp_path):
    await services.magnesium.handle_text(7, 7, 1, "magnesium 100 mg")
    reply = await run_command(services, 7, "export", "")
    path = reply.text.rsplit("Saved to ", 1)[1].strip()
    assert path.startswith(str(tmp_path))
    content = Path(path).read_text(encoding="utf-8")  # noqa: ASYNC240 - a small test file
    rows = list(csv.DictReader(io.StringIO(content.partition("\n\n")[0])))
    assert rows[0]["kind"] == "supplement" and rows[0]["magnesium_mg"] == "100.0"
    telegram = await run_command(services, 7, "export", "", with_chart=True)
    assert telegram.document is not None and telegram.document[0].endswith(".csv")


async def test_nudge_carries_the_took_my_usual_button(sessionmaker):
    """The Telegram sender puts "✅ Took my usual" under a nudge to a user whose usual supplements are not
    logged yet, and no button under the others."""
    before = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    ctx = Context(sessionmaker=sessionmaker, estimator=default_estimator(), answerer=None, now=lambda: before)
    clock = [before]
    nudges = NudgeService(sessionmaker, now=lambda: clock[0])
    for user in (1, 2):
        await nudges.set_reminder(user, 20 * 60)
    await SupplementService(ctx).add_to_regimen(1, 1, -3, "magnesium 200 mg")
    async with FakeBotAPI() as api, Bot(api.token, base_url=api.base_url) as bot:
        clock[0] = datetime(2026, 11, 26, 20, 0, 5, tzinfo=UTC)
        await run_tick(bot, nudges)
        by_chat = {call.chat_id: call for call in api.sent()}
    assert [b["callback_data"] for b in by_chat[1].buttons] == ["usual:take"]
    assert "usual supplements" in by_chat[1].text
    assert by_chat[2].buttons == []
