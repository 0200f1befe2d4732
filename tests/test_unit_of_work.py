"""One unit of work per update (db.unit_of_work, bot.usecases.intake.IntakeService.handle): the effects, the
done mark and the replies commit together, so a crash before the commit undoes everything (the update is
handled again, once) and a crash after it loses no reply; /forget deletes the user's raw updates and unsent
replies too. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot.usecases.intake import IntakeService
from db.inbox import InboxRepository, OutboxRepository
from db.models import Entry, InboxUpdate, OutboxMessage, User
from db.session import make_sessionmaker
from db.unit_of_work import UnitOfWork
from tests.test_intake import ALICE, BOB, count, intakes, running, say, wait_until  # noqa: F401

__all__ = ["intakes"]


async def test_joined_blocks_share_one_session_and_a_failure_rolls_back(engine):
    uow = UnitOfWork(make_sessionmaker(engine))
    async with uow.unit() as unit:
        async with uow.begin() as first, uow() as second:
            assert first is second is unit.session
            first.add(User(telegram_id=5, timezone="UTC"))
        unit.failed = True
    async with uow() as session:
        assert (await session.scalars(select(User))).all() == []
    async with uow.unit(), uow.begin() as session:
        session.add(User(telegram_id=6, timezone="UTC"))
    async with uow() as session:
        assert [u.telegram_id for u in (await session.scalars(select(User))).all()] == [6]


async def test_undo_is_undone_by_a_crash_before_its_done_mark(engine, monkeypatch):
    """/undo removes the last message; a crash between its effect and the done mark used to let the
    redelivered /undo remove the message before it too."""
    original = InboxRepository.finish_handled
    crashes = [1]

    async def crash_once(self, update_id, now, replies, **kwargs):
        payload = await self.session.scalar(
            select(InboxUpdate.payload).where(InboxUpdate.update_id == update_id)
        )
        if crashes[0] and "/undo" in payload:
            crashes[0] -= 1
            raise OperationalError("UPDATE inbox …", {}, ConnectionError("the process died here"))
        return await original(self, update_id, now, replies, **kwargs)

    monkeypatch.setattr(InboxRepository, "finish_handled", crash_once)
    monkeypatch.setattr("bot.adapters.tg.intake._retry_delay", lambda attempts: timedelta(0))
    async with running(engine) as (api, services):
        await say(api, ALICE, "1 oz pumpkin seeds")
        await say(api, ALICE, "1 medium banana")
        assert await count(services, Entry) == 2
        api.push_text(ALICE, "/undo")
        removed = await api.wait_for(lambda c: c.chat_id == ALICE and "Removed" in c.text, timeout=20)
        assert "banana" in removed.text
        await asyncio.sleep(0.6)  # a few sweeps: nothing handles the /undo a third time
        assert crashes[0] == 0
        assert await count(services, Entry) == 1  # the pumpkin seeds are still there
        assert len([c for c in api.sent(ALICE) if "Removed" in c.text]) == 1


async def test_replies_survive_a_crash_between_the_commit_and_the_sending(engine, intakes, monkeypatch):
    """The replies are stored with the effects; a process that died before sending them leaves them for
    the sweep of another (here: the same, after the lease)."""
    sent_now = []

    async def dies_before_sending(self):
        sent_now.append(True)
        raise ConnectionError("the process died here")

    monkeypatch.setattr("bot.adapters.tg.app._send_now", lambda *a, **k: dies_before_sending(None))
    async with running(engine, inbox_lease_seconds=1) as (api, services):
        api.push_text(ALICE, "1 oz pumpkin seeds")
        logged = await api.wait_for(lambda c: c.chat_id == ALICE and "pumpkin" in c.text, timeout=20)
        assert "Logged" in logged.text and sent_now
        await asyncio.sleep(0.5)
        assert len([c for c in api.sent(ALICE) if "pumpkin" in c.text]) == 1
        assert await count(services, Entry) == 1

        async def marked() -> bool:
            return await count(services, InboxUpdate, InboxUpdate.replies.is_not(None)) == 0

        await wait_until(marked)


async def test_forget_deletes_the_users_raw_updates_and_unsent_replies(engine, intakes):
    async with running(engine) as (api, services):
        await say(api, ALICE, "1 oz pumpkin seeds")
        await say(api, BOB, "1 medium banana")
        intake = intakes[-1]
        later = services.magnesium.ctx.now() + timedelta(hours=1)  # not sent by a sweep meanwhile
        async with intake.service.sessionmaker.begin() as session:
            await OutboxRepository(session).add(ALICE, "Logged: pumpkin seeds", None, later)
            await OutboxRepository(session).add(BOB, "Logged: banana", None, later)
        assert await count(services, InboxUpdate, InboxUpdate.sender_id == ALICE) == 1
        token = services.magnesium.ctx.now().timestamp()
        before = len(api.calls)
        api.push_callback(ALICE, f"forget:yes:{int(token)}")
        await api.wait_for_reply(ALICE, before)
        await intake.drain()
        async with services.magnesium.ctx.sessionmaker() as session:
            rows = (
                await session.execute(select(InboxUpdate).where(InboxUpdate.sender_id == ALICE))
            ).scalars()
            payloads = [row.payload for row in rows]
        assert payloads == ["{}"]  # only the /forget press itself, emptied (and marked done)
        assert "pumpkin" not in json.dumps(payloads)
        assert await count(services, OutboxMessage, OutboxMessage.chat_id == ALICE) == 0
        assert await count(services, InboxUpdate, InboxUpdate.sender_id == BOB) == 1
        assert await count(services, OutboxMessage, OutboxMessage.chat_id == BOB) == 1


async def test_a_handled_update_is_not_handled_again(engine):
    service = IntakeService(make_sessionmaker(engine))
    await service.store([(1, "{}", ALICE)])
    calls = []

    async def process():
        calls.append(1)
        return True, json.dumps([{"chat_id": ALICE, "text": "hi", "markup": None}])

    assert await service.handle(1, process) == "handled"
    assert await service.handle(1, process) == "busy"  # ran, found the row done, rolled back
    assert len(calls) == 2
    assert await service.unsent_replies() == []  # not older than the lease yet
    await service.replies_sent([1])
    service.now = lambda: __import__("datetime").datetime.now(__import__("datetime").UTC) + timedelta(hours=1)
    assert await service.unsent_replies() == []
