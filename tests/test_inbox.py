"""The inbox and outbox use cases on a real database (SQLite and PostgreSQL): stored once, claimed by one
worker at a time, taken over after the lease of a worker that died, pruned after a few days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.usecases.intake import IntakeService


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def test_store_claim_finish_and_takeover(sessionmaker):
    clock = Clock()
    service = IntakeService(sessionmaker, lease=timedelta(seconds=30), now=clock)
    assert await service.store([(1, '{"update_id":1}'), (2, '{"update_id":2}')]) == 2
    assert await service.store([(2, '{"update_id":2}'), (3, '{"update_id":3}')]) == 1  # 2 was there
    first = await service.claim(1)
    assert first is not None and first.attempts == 1
    assert await service.claim(1) is None  # held by the first worker
    assert await service.claimable() == [2, 3]
    await service.finish(2, "handled")
    assert await service.claim(2) is None  # done
    assert await service.backlog() == 2
    clock.now += timedelta(seconds=31)  # the first worker died holding update 1
    again = await service.claim(1)
    assert again is not None and again.attempts == 2
    await service.retry_later(1, timedelta(seconds=10))
    assert 1 not in await service.claimable()
    clock.now += timedelta(seconds=11)
    assert 1 in await service.claimable()
    assert await service.payloads([1, 3]) == {1: ('{"update_id":1}', 3), 3: ('{"update_id":3}', 0)}


async def test_done_rows_are_pruned_after_a_few_days(sessionmaker):
    clock = Clock()
    service = IntakeService(sessionmaker, now=clock)
    await service.store([(10, "{}"), (11, "{}")])
    await service.finish(10, "handled")
    clock.now += timedelta(days=2)
    assert await service.prune() == 0
    clock.now += timedelta(days=2)
    assert await service.prune() == 1  # the done row; the unfinished one stays
    assert await service.backlog() == 1
    assert await service.store([(10, "{}")]) == 1  # pruned: a very late redelivery is a new row


async def test_outbox_retries_then_gives_up(sessionmaker):
    clock = Clock()
    service = IntakeService(sessionmaker, now=clock)
    await service.keep_reply(5, "Logged: …", None)
    [reply] = await service.due_replies()
    assert await service.due_replies() == []  # claimed
    assert await service.reply_later(reply, max_attempts=2)
    clock.now += timedelta(hours=1)
    [reply] = await service.due_replies()
    assert reply.attempts == 2
    assert not await service.reply_later(reply, max_attempts=2)  # dropped
    clock.now += timedelta(hours=2)
    assert await service.due_replies() == []


async def test_a_hanging_database_fails_fast_and_counts_as_transient(engine):
    """A statement that hangs is cut off by the statement timeout, and the intake will retry it."""
    import time

    import pytest
    from sqlalchemy import text

    from db.errors import is_transient
    from db.session import create_engine

    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has a busy timeout instead (no server to hang)")
    quick = create_engine(engine.url.render_as_string(hide_password=False), statement_timeout=0.5)
    started = time.perf_counter()
    try:
        with pytest.raises(Exception) as caught:  # noqa: PT011 - whatever the driver raises
            async with quick.connect() as conn:
                await conn.execute(text("SELECT pg_sleep(5)"))
    finally:
        await quick.dispose()
    assert time.perf_counter() - started < 3
    assert is_transient(caught.value)
    unreachable = create_engine("postgresql+asyncpg://nobody@127.0.0.1:9/none", connect_timeout=1)
    with pytest.raises(Exception) as refused:  # noqa: PT011
        async with unreachable.connect():
            pass
    await unreachable.dispose()
    assert is_transient(refused.value)


async def test_the_done_mark_also_marks_earlier_replies_sent_in_one_statement(sessionmaker):
    """IntakeService.handle marks the update done with its unsent replies and, in the same statement, the
    replies of earlier updates as sent; an update done already is left alone (and nothing is marked)."""
    from sqlalchemy import select

    from db.models import InboxUpdate

    clock = Clock()
    service = IntakeService(sessionmaker, now=clock)
    await service.store([(1, "{}"), (2, "{}"), (3, "{}")])

    async def replying():
        return True, '[{"chat_id": 5, "text": "ok"}]'

    assert await service.handle(1, replying) == "handled"
    assert await service.handle(2, replying) == "handled"
    assert await service.handle(3, replying, replies_sent=[1, 2]) == "handled"
    assert await service.handle(3, replying, replies_sent=[3]) == "busy"  # done: rolled back
    async with sessionmaker() as session:
        rows = (await session.execute(select(InboxUpdate).order_by(InboxUpdate.update_id))).scalars().all()
        assert [(r.update_id, r.outcome, r.attempts, r.replies is None) for r in rows] == [
            (1, "handled", 1, True),
            (2, "handled", 1, True),
            (3, "handled", 1, False),
        ]
        assert all(r.done_at is not None and r.claimed_until is None for r in rows)


async def test_the_sweep_statements_find_what_is_left_to_do(sessionmaker, backend):
    """What the sweep runs every few seconds (under PostgreSQL on asyncpg itself, in autocommit): the rows
    nobody holds (fresh ones left to the worker that stored them), whether any reply is left unsent or
    due in the outbox, and the sent marks."""
    clock = Clock()
    service = IntakeService(sessionmaker, lease=timedelta(seconds=30), now=clock)
    assert await service.anything_to_resend() == ((False, False) if backend == "postgresql" else (True, True))
    await service.store([(1, "{}"), (2, "{}"), (3, "{}")])
    assert await service.claimable(fresh_too=False) == []  # just stored: the storing worker's
    assert await service.claimable(limit=2) == [1, 2]
    assert await service.claim(1) is not None
    clock.now += timedelta(seconds=10)
    await service.retry_later(1, timedelta(seconds=5))  # held for a retry: no longer fresh
    clock.now += timedelta(seconds=6)
    assert await service.claimable(fresh_too=False) == [1]

    async def replying():
        return True, '[{"chat_id": 5, "text": "ok"}]'

    assert await service.handle(2, replying) == "handled"
    await service.keep_reply(5, "Logged: …", None)
    clock.now += timedelta(seconds=31)
    assert await service.anything_to_resend() == (True, True)
    assert [uid for uid, _ in await service.unsent_replies()] == [2]
    await service.replies_sent([2])
    assert await service.unsent_replies() == []
    assert len(await service.due_replies()) == 1
    clock.now += timedelta(seconds=1)
    assert await service.anything_to_resend() == ((False, False) if backend == "postgresql" else (True, True))
