"""`magbot run` as a real process against the fake Bot API: kill -9 in the middle of a backlog loses
nothing and counts nothing twice; SIGTERM exits 0; a rejected token never reaches stderr."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from sqlalchemy import func, select

from db.models import Entry, InboxUpdate
from db.session import create_engine
from tests.fake_bot_api import FakeBotAPI

REPO = Path(__file__).resolve().parent.parent
USERS = 100


def bot_env(api: FakeBotAPI, database: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "WEBHOOK_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=api.token,
        TELEGRAM_API_BASE_URL=api.base_url,
        DATABASE_URL=f"sqlite+aiosqlite:///{database}",
        REMINDER_TICK_SECONDS="3600",
        INBOX_LEASE_SECONDS="2",
        INBOX_SWEEP_SECONDS="0.2",
        PYTHONPATH=str(REPO),
    )
    env.update(extra)
    return env


async def start_bot(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


def banana_replies(api: FakeBotAPI) -> dict[int, int]:
    seen: dict[int, int] = {}
    for call in api.sent():
        if call.chat_id and "banana" in call.text:
            seen[call.chat_id] = seen.get(call.chat_id, 0) + 1
    return seen


async def test_kill_9_mid_backlog_loses_nothing_and_counts_nothing_twice(tmp_path):
    database = tmp_path / "bot.db"
    async with FakeBotAPI() as api:
        env = bot_env(api, database)
        first = await start_bot(env, tmp_path)
        await api.wait_for(lambda c: c.method == "deleteWebhook", timeout=60)
        for user in range(USERS):
            api.push_text(5000 + user, "1 medium banana", message_id=9000 + user)
        await api.wait_for(lambda c: len(banana_replies(api)) >= 10, timeout=60)
        first.kill()  # SIGKILL, mid-backlog
        await first.wait()
        handled_before = len(banana_replies(api))
        assert handled_before < USERS, "the backlog was already handled: the test proves nothing"

        second = await start_bot(env, tmp_path)
        for _ in range(600):
            if len(banana_replies(api)) == USERS:
                break
            await asyncio.sleep(0.1)
        second.send_signal(signal.SIGTERM)
        _out, err = await asyncio.wait_for(second.communicate(), 60)
        assert second.returncode == 0, err.decode()[-2000:]

    assert len(banana_replies(api)) == USERS  # every user got an answer
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        async with engine.connect() as conn:
            entries = (await conn.execute(select(Entry.chat_id, Entry.message_id))).all()
            unfinished = await conn.scalar(
                select(func.count()).select_from(InboxUpdate).where(InboxUpdate.done_at.is_(None))
            )
    finally:
        await engine.dispose()
    assert len(entries) == USERS  # each meal once: nothing lost, nothing twice
    assert sorted(entries) == [(5000 + u, 9000 + u) for u in range(USERS)]
    assert unfinished == 0


async def test_a_rejected_token_never_reaches_stderr(tmp_path):
    async with FakeBotAPI() as api:
        wrong = "654321:AAH-this-token-is-rejected-by-the-server"
        env = bot_env(api, tmp_path / "bot.db", TELEGRAM_BOT_TOKEN=wrong, LOG_LEVEL="DEBUG")
        process = await start_bot(env, tmp_path)
        out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 1
    text = (out + err).decode()
    assert "rejected the bot token" in text
    assert wrong not in text and wrong.partition(":")[2] not in text
