"""Issue 10, exactly-once replies: a reply its process is still sending (waiting behind the send rate
limiter, or on a slow Bot API) is not sent a second time by the sweep; one whose process died is. An update
handled by two workers (a sweep took a row that waited over a lease in another replica's queue) gets one
reply and keeps its "handled" mark when the second worker fails on the first one's effects."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.texts.delivery import ERROR_NOT_SAVED
from bot.usecases.intake import IntakeService
from db.models import InboxUpdate
from tests.fake_bot_api import Call, FakeBotAPI, repeated_replies
from tests.test_intake import ALICE, intakes, running  # noqa: F401 - intakes is a fixture

REPLY = json.dumps([{"chat_id": ALICE, "text": "Logged: 1 banana", "markup": None}])


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_repeated_replies_counts_every_send_after_the_first():
    def send(chat: int, text: str, **params) -> Call:
        return Call("sendMessage", {"chat_id": chat, "text": text, **params})

    calls = [send(1, "a"), send(1, "b"), send(2, "a"), send(1, "a"), send(1, "a"), Call("getMe", {})]
    assert repeated_replies(calls) == 2  # chat 1's "a" twice more; chat 2's "a" is its own
    quoting = [send(1, "Logged", reply_to_message_id=7), send(1, "Logged", reply_to_message_id=8)]
    assert repeated_replies(quoting) == 0  # the same words answering two messages
    assert repeated_replies([*quoting, send(1, "Logged", reply_parameters={"message_id": 7})]) == 1
    assert repeated_replies(calls, chat_min=2) == 0


async def test_a_reply_held_by_a_live_process_is_not_taken_by_the_sweep(sessionmaker):
    clock = Clock()
    service = IntakeService(sessionmaker, lease=timedelta(seconds=3), now=clock)
    await service.store([(1, "{}", ALICE), (2, "{}", ALICE)])

    async def replying():
        return True, REPLY

    assert await service.handle(1, replying) == "handled"
    assert await service.handle(2, replying) == "handled"
    for _ in range(5):  # the process sends update 1's reply slowly, renewing its hold
        clock.now += timedelta(seconds=1)
        await service.hold_replies([1])
    assert [uid for uid, _ in await service.unsent_replies()] == [2]  # 2's holder died: taken over
    assert await service.unsent_replies() == []  # 2 is held by the sweep that took it now
    await service.replies_sent([2])  # which sent it
    clock.now += timedelta(seconds=4)  # and 1's holder dies too: taken over after the lease
    assert [uid for uid, _ in await service.unsent_replies()] == [1]


async def test_a_slow_send_is_not_sent_twice(engine):
    """The Bot API takes longer to answer than the reply lease: before the fix the sweep took the reply
    as abandoned and sent it again."""
    api = FakeBotAPI(send_delay=1.2)
    async with running(engine, api, inbox_lease_seconds=0.5) as (api, _services):
        before = len(api.calls)
        api.push_text(ALICE, "1 medium banana")
        await api.wait_for_reply(ALICE, before, timeout=20)
        import asyncio

        await asyncio.sleep(3.0)  # several leases and sweeps after the send
        assert len(api.sent(ALICE)) == 1, [c.text[:40] for c in api.sent(ALICE)]
        assert api.repeated_replies() == 0


async def test_a_failed_mark_never_overwrites_a_handled_one(sessionmaker):
    service = IntakeService(sessionmaker, lease=timedelta(seconds=3), now=Clock())
    await service.store([(1, "{}", ALICE), (2, "{}", ALICE)])

    async def replying():
        return True, REPLY

    assert await service.handle(1, replying) == "handled"
    assert await service.finish(1, "failed") is False  # the other worker's handling stands
    assert await service.retry_later(1, timedelta(seconds=5)) is False
    assert await service.finish(2, "failed") is True
    async with sessionmaker() as session:
        outcomes = dict((await session.execute(select(InboxUpdate.update_id, InboxUpdate.outcome))).all())
    assert outcomes == {1: "handled", 2: "failed"}


async def test_a_second_worker_failing_on_the_firsts_effects_says_nothing(engine, intakes, monkeypatch):  # noqa: F811
    """bench-replicas (varied texts): a row waiting in one replica's queue over a lease is swept by the
    other; both handle it. The first commits and replies; the second's handler fails on the first's
    committed effects (uq_pending_source). Before the fix the second told the user "nothing was saved" and
    marked the update failed over its "handled" (counted lost)."""
    from bot.usecases.service import MagnesiumService

    async with running(engine) as (api, services):
        intake = intakes[-1]
        before = len(api.calls)
        api.push_text(ALICE, "1 oz pumpkin seeds")
        await api.wait_for_reply(ALICE, before, timeout=20)
        await intake.drain()
        async with services.magnesium.ctx.sessionmaker() as session:
            update_id, payload = (
                await session.execute(select(InboxUpdate.update_id, InboxUpdate.payload))
            ).one()

        async def clashing(self, *args, **kwargs):
            raise RuntimeError("duplicate key value violates unique constraint")  # the first's effects

        monkeypatch.setattr(MagnesiumService, "handle_text", clashing)
        await intake._process(update_id, json.loads(payload), 0)  # the second worker's copy
        await intake.drain()
        assert [c.text for c in api.sent(ALICE)].count(ERROR_NOT_SAVED) == 0
        assert len(api.sent(ALICE)) == 1
        async with services.magnesium.ctx.sessionmaker() as session:
            assert await session.scalar(select(InboxUpdate.outcome)) == "handled"
