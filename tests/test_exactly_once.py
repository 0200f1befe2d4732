"""Issue 10, exactly-once replies: a reply its process is still sending (waiting behind the send rate
limiter, or on a slow Bot API) is not sent a second time by the sweep; one whose process died is."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bot.usecases.intake import IntakeService
from tests.fake_bot_api import Call, FakeBotAPI, repeated_replies
from tests.test_intake import ALICE, running

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
