"""Durable intake: the inbox of incoming updates and the outbox of replies that could not be sent.

Each method is one short transaction. The adapter (bot.adapters.tg.intake) stores every update here
before it acknowledges it to Telegram, claims it, handles it and marks it done; a crash at any instant
leaves the row unfinished, and it is claimed again once its lease runs out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.inbox import InboxRepository, OutboxRepository, PendingReply, StoredUpdate

__all__ = ["IntakeService", "PendingReply", "StoredUpdate"]

DONE_RETENTION = timedelta(days=3)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class IntakeService:
    sessionmaker: async_sessionmaker[AsyncSession]
    lease: timedelta = timedelta(seconds=30)
    now: Callable[[], datetime] = _now

    async def store(self, updates: Sequence[tuple[int, str]]) -> int:
        """Store (update_id, JSON payload) pairs; an update already stored is not stored again. Returns
        how many were new."""
        return len(await self.store_new(updates))

    async def store_new(self, updates: Sequence[tuple[int, str]]) -> set[int]:
        """Like `store`; returns the ids that were new."""
        async with self.sessionmaker.begin() as session:
            return await InboxRepository(session).store(updates, self.now())

    async def claim(self, update_id: int) -> StoredUpdate | None:
        return (await self.claim_many([update_id])).get(update_id)

    async def claim_many(self, update_ids: Sequence[int]) -> dict[int, StoredUpdate]:
        """Take the rows nobody holds and that are not done, for one lease."""
        now = self.now()
        async with self.sessionmaker.begin() as session:
            return await InboxRepository(session).claim(update_ids, now, now + self.lease)

    async def claimable(self, limit: int = 100) -> list[int]:
        async with self.sessionmaker() as session:
            return await InboxRepository(session).claimable_ids(self.now(), limit)

    async def payloads(self, update_ids: Sequence[int]) -> dict[int, str]:
        async with self.sessionmaker() as session:
            return await InboxRepository(session).payloads(update_ids)

    async def finish(self, update_id: int, outcome: str) -> None:
        await self.finish_many([update_id], outcome)

    async def finish_many(self, update_ids: Sequence[int], outcome: str) -> None:
        await self.finish_outcomes({update_id: outcome for update_id in update_ids})

    async def finish_outcomes(self, outcomes: dict[int, str]) -> None:
        """Mark rows done, each with its outcome, in one transaction."""
        now = self.now()
        async with self.sessionmaker.begin() as session:
            inbox = InboxRepository(session)
            for outcome in sorted(set(outcomes.values())):
                await inbox.finish([uid for uid, o in outcomes.items() if o == outcome], now, outcome)

    async def retry_later(self, update_id: int, delay: timedelta) -> None:
        async with self.sessionmaker.begin() as session:
            await InboxRepository(session).release(update_id, self.now() + delay)

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
