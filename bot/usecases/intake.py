"""Durable intake: the inbox of incoming updates and the outbox of replies that could not be sent.

The adapter (bot.adapters.tg.intake) stores every update here before it acknowledges it to Telegram
(one short, group-committed transaction). `handle` then runs the update as one unit of work: the claim,
every effect of the use cases it calls and the done mark are one transaction on one session, so a crash
at any instant either keeps all of it or none of it (the update is then handled again). The other
methods are one short transaction each.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.errors import EntriesStoredAlready
from db.inbox import (
    InboxRepository,
    OutboxRepository,
    PendingReply,
    StoredUpdate,
    anything_to_resend_raw,
    claimable_raw,
    hold_replies_raw,
    replies_sent_raw,
    store_raw,
)
from db.unit_of_work import UnitOfWork

__all__ = ["IntakeService", "PendingReply", "StoredUpdate"]

DONE_RETENTION = timedelta(days=3)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class IntakeService:
    sessionmaker: async_sessionmaker[AsyncSession] | UnitOfWork
    lease: timedelta = timedelta(seconds=30)
    now: Callable[[], datetime] = _now
    uow: UnitOfWork = field(init=False)

    def __post_init__(self) -> None:
        uow = self.sessionmaker
        self.uow = uow if isinstance(uow, UnitOfWork) else UnitOfWork(uow)
        self.sessionmaker = self.uow.sessionmaker  # the plain one: these short transactions never join

    async def handle(
        self,
        update_id: int,
        process: Callable[[], Awaitable[tuple[bool, str | None]]],
        replies_sent: Sequence[int] = (),
        *,
        fast: bool = True,
    ) -> str:
        """Run `process` (which handles the update; the use cases it calls join this unit of work through
        the shared `UnitOfWork`) and mark the update done with the replies it left to send, in one
        transaction. `process` returns (keep, replies): keep False rolls its effects back (the caller then
        records the failure or a retry). Returns "handled", "busy" (done already, or held for a retry
        later: rolled back), "rolled back" or "again" (rolled back: handle it again with `fast=False`, see
        db.errors.EntriesStoredAlready). `replies_sent`: earlier updates whose replies went out, marked so
        in this transaction. `fast` False: no deferred writes (the ordinary transaction)."""
        async with self.uow.unit(update_id, defer=fast) as unit:
            keep, replies = await process()
            if not keep or unit.failed:
                unit.failed = True
                return "rolled back"
            # Last, so SQLite's write lock is held only from the first write to the commit. Under
            # PostgreSQL a worker of another replica that handled the same row meanwhile (rare: replicas
            # sweep only when idle) waits on the row lock, then finds it done and rolls back.
            inbox = InboxRepository(unit.session)
            try:
                marked = await inbox.finish_handled(update_id, self.now(), replies, sent=replies_sent)
            except EntriesStoredAlready:
                unit.failed = True
                return "again"
            if not marked:
                unit.failed = True
                return "busy"
            return "handled"

    async def replies_sent(self, update_ids: Sequence[int]) -> None:
        if self.uow.raw_available:  # PostgreSQL: on asyncpg itself, autocommit
            await replies_sent_raw(self.uow, update_ids)
            return
        async with self.uow.single_statement() as session:
            await InboxRepository(session).replies_sent(update_ids)

    async def hold_replies(self, update_ids: Sequence[int]) -> None:
        """Renew this process's hold on replies it has not finished sending (waiting behind the rate
        limiter, being sent, or sent and not yet marked): the sweep leaves a reply alone for a lease after
        its last renewal, so only a reply whose process stopped renewing it (died) is sent again."""
        if not update_ids:
            return
        if self.uow.raw_available:  # PostgreSQL: on asyncpg itself, autocommit
            await hold_replies_raw(self.uow, update_ids, self.now())
            return
        async with self.uow.single_statement() as session:
            await InboxRepository(session).hold_replies(update_ids, self.now())

    async def anything_to_resend(self) -> tuple[bool, bool]:
        """(whether `unsent_replies` may find any, whether `due_replies` may): under PostgreSQL one cheap
        autocommit query, so the sweep takes no transaction when there is nothing (the usual case);
        elsewhere (True, True)."""
        if not self.uow.raw_available:
            return True, True
        now = self.now()
        return await anything_to_resend_raw(self.uow, now - self.lease, now)

    async def unsent_replies(self, limit: int = 100) -> list[tuple[int, str]]:
        """Replies of updates handled (or their hold last renewed, `hold_replies`) over a lease ago and
        never marked sent: the process sending them died."""
        now = self.now()
        async with self.sessionmaker.begin() as session:
            return await InboxRepository(session).claim_unsent_replies(now, now - self.lease, limit)

    async def store(self, updates: Sequence[tuple[int, str, int | None]]) -> int:
        """Store (update_id, JSON payload, sender's Telegram id); an update already stored is not stored
        again. Returns how many were new."""
        return len(await self.store_new(updates))

    async def store_new(self, updates: Sequence[tuple[int, str, int | None]]) -> set[int]:
        """Like `store`; returns the ids that were new (one statement: durable when it returns)."""
        if self.uow.raw_available:  # PostgreSQL: on asyncpg itself, autocommit
            return await store_raw(self.uow, updates, self.now())
        async with self.uow.single_statement() as session:
            return await InboxRepository(session).store(updates, self.now())

    async def claim(self, update_id: int) -> StoredUpdate | None:
        return (await self.claim_many([update_id])).get(update_id)

    async def claim_many(self, update_ids: Sequence[int]) -> dict[int, StoredUpdate]:
        """Take the rows nobody holds and that are not done, for one lease."""
        now = self.now()
        async with self.sessionmaker.begin() as session:
            return await InboxRepository(session).claim(update_ids, now, now + self.lease)

    async def claimable(self, limit: int = 100, *, fresh_too: bool = True) -> list[int]:
        """Unfinished updates nobody holds. `fresh_too=False` leaves out those stored less than a lease
        ago and never tried: the worker that stored them handles them (a dead one's are taken over after
        the lease)."""
        now = self.now()
        received_before = None if fresh_too else now - self.lease
        if self.uow.raw_available:  # PostgreSQL: on asyncpg itself, autocommit (every sweep runs it)
            return await claimable_raw(self.uow, now, limit, received_before)
        async with self.sessionmaker() as session:
            return await InboxRepository(session).claimable_ids(now, limit, received_before)

    async def payloads(self, update_ids: Sequence[int]) -> dict[int, tuple[str, int]]:
        if not update_ids:
            return {}
        async with self.sessionmaker() as session:
            return await InboxRepository(session).payloads(update_ids)

    async def finish(self, update_id: int, outcome: str) -> bool:
        """Mark a row done with `outcome`; False when it was done already (another worker handled it)."""
        return update_id in await self.finish_many([update_id], outcome)

    async def finish_many(self, update_ids: Sequence[int], outcome: str) -> set[int]:
        return await self.finish_outcomes({update_id: outcome for update_id in update_ids})

    async def finish_outcomes(self, outcomes: dict[int, str]) -> set[int]:
        """Mark rows done, each with its outcome, in one transaction; rows done already keep their mark.
        Returns the ids marked."""
        now = self.now()
        marked: set[int] = set()
        async with self.sessionmaker.begin() as session:
            inbox = InboxRepository(session)
            for outcome in sorted(set(outcomes.values())):
                marked |= await inbox.finish(
                    [uid for uid, o in outcomes.items() if o == outcome], now, outcome
                )
        return marked

    async def retry_later(self, update_id: int, delay: timedelta) -> bool:
        """Hold a row for a retry after `delay`; False when it was done already (another worker handled it)."""
        async with self.sessionmaker.begin() as session:
            return await InboxRepository(session).release(update_id, self.now() + delay, count_attempt=True)

    async def backlog(self) -> int:
        async with self.sessionmaker() as session:
            return await InboxRepository(session).backlog()

    async def prune(self, retention: timedelta = DONE_RETENTION) -> int:
        async with self.sessionmaker.begin() as session:
            return await InboxRepository(session).prune(self.now() - retention)

    # ---- outbox -------------------------------------------------------------------------------------
    async def keep_reply(self, chat_id: int, text: str, reply_markup: str | None) -> None:
        async with self.sessionmaker.begin() as session:
            await OutboxRepository(session).add(chat_id, text, reply_markup, self.now())

    async def due_replies(self, limit: int = 50) -> list[PendingReply]:
        now = self.now()
        async with self.sessionmaker.begin() as session:
            return await OutboxRepository(session).claim_due(now, now + self.lease, limit)

    async def reply_sent(self, reply_id: int) -> None:
        async with self.sessionmaker.begin() as session:
            await OutboxRepository(session).delete(reply_id)

    async def reply_later(self, reply: PendingReply, max_attempts: int) -> bool:
        """Back off before the next attempt; False (and the reply dropped) after `max_attempts`."""
        async with self.sessionmaker.begin() as session:
            outbox = OutboxRepository(session)
            if reply.attempts >= max_attempts:
                await outbox.delete(reply.id)
                return False
            delay = timedelta(seconds=min(30 * 2**reply.attempts, 3600))
            await outbox.postpone(reply.id, self.now() + delay)
            return True
