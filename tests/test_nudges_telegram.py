"""The PTB sending path against the fake Bot API: retries, blocked users, release, the JobQueue tick."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from telegram import Bot

from bot.adapters.tg import nudges as tg_nudges
from bot.adapters.tg.nudges import Outcome, dispatch, run_tick, send_with_retries
from bot.usecases.nudges import NudgeService
from db.models import User
from tests.fake_bot_api import FakeBotAPI

NOW = datetime(2026, 11, 26, 19, 0, 5, tzinfo=UTC)  # 20:00 in Berlin


@pytest.fixture
async def api():
    server = FakeBotAPI()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def bot(api):
    async with Bot(api.token, base_url=api.base_url) as instance:
        yield instance


async def no_sleep(_seconds):
    return None


async def seed(sessionmaker, ids):
    async with sessionmaker() as session:
        session.add_all(
            User(telegram_id=i, timezone="Europe/Berlin", reminder_minute=1200, created_at=NOW) for i in ids
        )
        await session.commit()


def service_at(sessionmaker, clock):
    return NudgeService(sessionmaker, now=lambda: clock[0])


async def test_send_retries_server_errors_with_backoff(api, bot):
    api.fail_next = [500, 502]
    delays = []

    async def sleep(seconds):
        delays.append(seconds)

    assert await send_with_retries(bot, 42, "hi", sleep=sleep) is Outcome.SENT
    assert delays == [1.0, 2.0]
    assert [c.chat_id for c in api.sent()] == [42]


async def test_send_honours_retry_after(api, bot):
    api.fail_next = [429]
    delays = []

    async def sleep(seconds):
        delays.append(seconds)

    assert await send_with_retries(bot, 42, "hi", sleep=sleep) is Outcome.SENT
    assert delays == [1.0]


async def test_send_gives_up_after_bounded_attempts(api, bot):
    api.fail_next = [500] * 10
    assert await send_with_retries(bot, 42, "hi", max_attempts=3, sleep=no_sleep) is Outcome.FAILED
    assert api.sent() == []
    assert len(api.fail_next) == 7


async def test_tick_sends_marks_blocks_and_releases(api, bot, sessionmaker):
    clock = [NOW]
    service = service_at(sessionmaker, clock)
    await seed(sessionmaker, [1, 2, 3, 4])
    api.blocked_chats.add(2)
    stats = await run_tick(bot, service, sleep=no_sleep)
    assert (stats.sent, stats.blocked, stats.failed) == (3, 1, 0)
    assert sorted(c.chat_id for c in api.sent()) == [1, 3, 4]
    assert "Evening check-in" in api.sent()[0].text
    assert (await service.get_reminder(2)).minute is None  # blocked: reminders off

    # once sent, never again that day
    clock[0] = NOW + timedelta(minutes=1)
    assert (await run_tick(bot, service, sleep=no_sleep)).total == 0


async def test_failed_nudge_is_released_and_sent_by_a_later_tick(api, bot, sessionmaker):
    clock = [NOW]
    service = service_at(sessionmaker, clock)
    await seed(sessionmaker, [7])
    api.fail_next = [500] * 4
    stats = await run_tick(bot, service, sleep=no_sleep)
    assert (stats.sent, stats.failed) == (0, 1)
    clock[0] = NOW + timedelta(seconds=30)
    stats = await run_tick(bot, service, sleep=no_sleep)
    assert stats.sent == 1
    assert [c.chat_id for c in api.sent()] == [7]


async def test_expired_lease_is_not_sent(api, bot, sessionmaker):
    clock = [NOW]
    service = service_at(sessionmaker, clock)
    await seed(sessionmaker, [9])
    due = await service.claim_due(NOW)
    clock[0] = NOW + timedelta(minutes=10)  # stalled past the lease: another worker may own it now
    stats = await dispatch(bot, service, due)
    assert stats.expired == 1 and api.sent() == []


async def test_job_callback_and_schedule(api, sessionmaker):
    from telegram.ext import AIORateLimiter, Application

    clock = [NOW]
    application = (
        Application.builder()
        .token(api.token)
        .base_url(api.base_url)
        .rate_limiter(AIORateLimiter(overall_max_rate=30, overall_time_period=1))
        .build()
    )
    application.bot_data["nudges"] = service_at(sessionmaker, clock)
    await seed(sessionmaker, [11, 12])
    job = tg_nudges.schedule_nudges(application, 60, first=0.1)
    assert job is not None and job.name == "nudges"
    async with application:
        await application.start()
        try:
            await api.wait_for(lambda c: c.chat_id == 12, timeout=10)
            await api.wait_for(lambda c: c.chat_id == 11, timeout=10)
        finally:
            await application.stop()
    assert sorted(c.chat_id for c in api.sent()) == [11, 12]
