"""Durable intake, in process: `serve()` polling the fake Bot API, on SQLite and PostgreSQL. Stored before
acknowledged, handled once, failed sends kept in the outbox, a stale button press still counts, database
trouble retried, long replies split, group chats."""

from __future__ import annotations

import asyncio
import contextlib
import re

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bot.adapters.bootstrap import build_services
from bot.adapters.tg.serve import serve
from bot.config import Settings
from bot.texts.delivery import DATABASE_DELAY, TELEGRAM_TEXT_LIMIT
from db.models import Entry, InboxUpdate, OutboxMessage
from tests.fake_bot_api import FakeBotAPI

ALICE, BOB, GROUP = 111, 222, -1001


@contextlib.asynccontextmanager
async def running(engine, api: FakeBotAPI | None = None, **overrides):
    api = api or FakeBotAPI()
    base_url = await api.start()
    settings = Settings(
        _env_file=None,
        telegram_bot_token=api.token,
        telegram_api_base_url=base_url,
        database_url="sqlite+aiosqlite:///unused.db",
        reminder_tick_seconds=3600,
        inbox_sweep_seconds=0.2,
        **overrides,
    )
    services = await build_services(settings, engine=engine)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, stop, services=services, handle_signals=False))
    try:
        await api.wait_for(lambda c: c.method == "getUpdates" or c.method == "deleteWebhook", timeout=20)
        yield api, services
    finally:
        stop.set()
        assert await asyncio.wait_for(task, 30) == 0
        await api.stop()


async def say(api: FakeBotAPI, user: int, text: str):
    before = len(api.calls)
    api.push_text(user, text)
    return await api.wait_for_reply(user, before)


async def count(services, model, *where) -> int:
    async with services.magnesium.ctx.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model).where(*where)))


async def wait_until(predicate, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.05)


async def test_every_update_is_stored_handled_and_marked_done(engine):
    async with running(engine) as (api, services):
        for user in range(1, 31):
            api.push_text(1000 + user, "1 medium banana")
        for user in range(1, 31):
            await api.wait_for(lambda c, u=1000 + user: c.chat_id == u and "banana" in c.text)

        async def all_done() -> bool:
            return await count(services, InboxUpdate, InboxUpdate.done_at.is_(None)) == 0

        await wait_until(all_done)
        assert await count(services, InboxUpdate) == 30
        assert await count(services, InboxUpdate, InboxUpdate.outcome == "handled") == 30
        assert await count(services, Entry) == 30


@pytest.fixture
def intakes(monkeypatch) -> list:
    """The Intake objects created while the test runs (the running bot's is the last)."""
    from bot.adapters.tg import intake as intake_module

    created: list = []
    original = intake_module.Intake.__init__

    def remember(self, *args, **kwargs):
        original(self, *args, **kwargs)
        created.append(self)

    monkeypatch.setattr(intake_module.Intake, "__init__", remember)
    return created


async def test_a_redelivered_update_finds_its_row(engine, intakes):
    async with running(engine) as (api, services):
        intake = intakes[-1]
        update = {"update_id": 777, "message": api._message(ALICE, "1 oz pumpkin seeds", 4242)}
        before = len(api.calls)
        assert await intake.receive([update]) == 1
        await api.wait_for_reply(ALICE, before)
        await intake.drain()
        assert await intake.receive([update]) == 0  # stored once; done, so not handled again
        await intake.drain()
        assert len(api.sent(ALICE)) == 1
        assert await count(services, Entry) == 1


async def test_a_stale_button_press_still_counts(engine):
    api = FakeBotAPI(refuse={"answercallbackquery": (400, "Bad Request: query is too old")})
    async with running(engine, api) as (api, _services):
        before = len(api.calls)
        api.push_callback(ALICE, "sex:female")
        ages = await api.wait_for_reply(ALICE, before)
        assert any(b["callback_data"] == "age:51+" for b in ages.buttons)
        assert any(c.method == "answerCallbackQuery" for c in api.calls)


async def test_a_reply_that_cannot_be_sent_is_kept_and_sent_later(engine):
    api = FakeBotAPI(fail_next=[502])
    async with running(engine, api) as (api, services):
        api.push_text(ALICE, "1 oz pumpkin seeds")
        logged = await api.wait_for(lambda c: c.chat_id == ALICE and "pumpkin" in c.text, timeout=20)
        assert "Logged" in logged.text
        assert not any("nothing was saved" in c.text for c in api.sent(ALICE))
        assert await count(services, Entry) == 1

        async def outbox_empty() -> bool:
            return await count(services, OutboxMessage) == 0

        await wait_until(outbox_empty)


async def test_a_database_failure_is_retried_and_the_user_told_once(engine, monkeypatch):
    from bot.usecases.service import MagnesiumService

    original = MagnesiumService.log_meal
    failures = [2]

    async def flaky(self, *args, **kwargs):
        if failures[0]:
            failures[0] -= 1
            raise OperationalError("INSERT …", {}, ConnectionError("database went away"))
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(MagnesiumService, "log_meal", flaky)
    monkeypatch.setattr(
        "bot.adapters.tg.intake._retry_delay", lambda attempts: __import__("datetime").timedelta(0)
    )
    async with running(engine) as (api, services):
        api.push_text(ALICE, "1 oz pumpkin seeds")
        logged = await api.wait_for(lambda c: c.chat_id == ALICE and "Logged" in c.text, timeout=20)
        assert "pumpkin" in logged.text
        texts = [c.text for c in api.sent(ALICE)]
        assert texts.count(DATABASE_DELAY) == 1
        assert not any("nothing was saved" in text for text in texts)
        assert await count(services, Entry) == 1


async def test_long_replies_are_split_or_summarised(engine):
    async with running(engine) as (api, services):
        for batch in range(4):  # 4 messages × 30 items = 120 items today
            meal = ", ".join(f"{n + 1} g cooked spinach" for n in range(batch * 30, batch * 30 + 30))
            before = len(api.calls)
            api.push_text(ALICE, meal)
            await api.wait_for_reply(ALICE, before)
        await asyncio.sleep(0.3)
        assert await count(services, Entry) == 120
        for call in api.sent(ALICE):
            assert 0 < len(call.text) <= TELEGRAM_TEXT_LIMIT
        today = await say(api, ALICE, "/today")
        assert len(today.text) <= TELEGRAM_TEXT_LIMIT
        assert re.search(r"… and 90 more items \([\d,]+ mg\)", today.text)
        # The day total still counts every item.
        total = float(re.search(r"([\d,]+) mg today", today.text).group(1).replace(",", ""))
        assert total == pytest.approx(sum(range(1, 121)) * 0.87, rel=0.05)


async def test_group_chats(engine):
    async with running(engine) as (api, services):
        before = len(api.calls)
        api.push_group(ALICE, GROUP, None, extra={"new_chat_members": [api._user(BOB)]})
        api.push_group(ALICE, GROUP, "had 2 cups of cooked spinach")  # not addressed to the bot
        api.push_group(ALICE, GROUP, "/today@some_other_bot")
        api.push_group(ALICE, GROUP, "@magbot_test_bot why does magnesium matter for bones")
        answer = await api.wait_for_reply(GROUP, before)
        assert "Source" in answer.text
        before = len(api.calls)
        api.push_group(ALICE, GROUP, "/today")
        private = await api.wait_for_reply(GROUP, before)
        assert "message me privately" in private.text and "mg today" not in private.text
        before = len(api.calls)
        api.push_group(ALICE, GROUP, "1 oz pumpkin seeds", reply_to_bot=True)
        meal = await api.wait_for_reply(GROUP, before)
        assert "message me privately" in meal.text
        await asyncio.sleep(0.5)
        assert len(api.sent(GROUP)) == 3  # the join, the chatter and the other bot's command got nothing
        assert await count(services, Entry) == 0
