"""Inbox and outbox queries (migration 0004). Like the other repositories these never commit.

* ``inbox``: one row per Telegram update (``update_id`` is the key, so a redelivered update finds its row
  and is stored once). A worker claims a row with a conditional UPDATE (free, or its lease expired, and
  not done), handles it and sets ``done_at``. A worker that dies leaves a lease that expires; any worker
  then reclaims the row. Done rows are pruned after a few days.
* ``outbox``: replies that could not be sent, with the time of the next attempt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import InboxUpdate, OutboxMessage


def _insert_for(session: AsyncSession):
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


@dataclass(frozen=True)
class StoredUpdate:
    update_id: int
    payload: str
    attempts: int


def _claimable(now: datetime):
    return and_(
        InboxUpdate.done_at.is_(None),
        or_(InboxUpdate.claimed_until.is_(None), InboxUpdate.claimed_until < now),
    )


class InboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def store(self, updates: Sequence[tuple[int, str]], now: datetime) -> set[int]:
        """Insert (update_id, payload) rows; ones already stored are left as they are. Returns the ids
        that were new."""
        if not updates:
            return set()
        insert = _insert_for(self.session)
        statement = (
            insert(InboxUpdate)
            .values([{"update_id": uid, "payload": payload, "received_at": now} for uid, payload in updates])
            .on_conflict_do_nothing(index_elements=[InboxUpdate.update_id])
            .returning(InboxUpdate.update_id)
        )
        return set((await self.session.scalars(statement)).all())

    async def claim(
        self, update_ids: Sequence[int], now: datetime, until: datetime
    ) -> dict[int, StoredUpdate]:
        """Take rows for handling: those neither done nor held by another worker."""
        if not update_ids:
            return {}
        result = await self.session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id.in_(update_ids), _claimable(now))
            .values(claimed_until=until, attempts=InboxUpdate.attempts + 1)
            .returning(InboxUpdate.update_id, InboxUpdate.payload, InboxUpdate.attempts)
        )
        return {row[0]: StoredUpdate(row[0], row[1], row[2]) for row in result}

    async def claimable_ids(self, now: datetime, limit: int) -> list[int]:
        """Unfinished rows nobody holds, oldest update first."""
        rows = await self.session.scalars(
            select(InboxUpdate.update_id).where(_claimable(now)).order_by(InboxUpdate.update_id).limit(limit)
        )
        return list(rows)

    async def payloads(self, update_ids: Sequence[int]) -> dict[int, str]:
        if not update_ids:
            return {}
        rows = await self.session.execute(
            select(InboxUpdate.update_id, InboxUpdate.payload).where(InboxUpdate.update_id.in_(update_ids))
        )
        return {uid: payload for uid, payload in rows}

    async def finish(self, update_ids: Sequence[int], now: datetime, outcome: str) -> None:
        if update_ids:
            await self.session.execute(
                update(InboxUpdate)
                .where(InboxUpdate.update_id.in_(update_ids))
                .values(done_at=now, outcome=outcome, claimed_until=None)
            )

    async def release(self, update_id: int, retry_at: datetime) -> None:
        """Give a row back; nobody claims it again before `retry_at`."""
        await self.session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id == update_id, InboxUpdate.done_at.is_(None))
            .values(claimed_until=retry_at)
        )

    async def backlog(self) -> int:
        return int(
            await self.session.scalar(
                select(func.count()).select_from(InboxUpdate).where(InboxUpdate.done_at.is_(None))
            )
            or 0
        )

    async def prune(self, done_before: datetime) -> int:
        result = await self.session.execute(
            delete(InboxUpdate).where(InboxUpdate.done_at.is_not(None), InboxUpdate.done_at < done_before)
        )
        return result.rowcount or 0


@dataclass(frozen=True)
class PendingReply:
    id: int
    chat_id: int
    text: str
    reply_markup: str | None
    attempts: int


class OutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, chat_id: int, text: str, reply_markup: str | None, now: datetime) -> None:
        self.session.add(
            OutboxMessage(
                chat_id=chat_id,
                text=text,
                reply_markup=reply_markup,
                created_at=now,
                next_attempt_at=now,
                attempts=0,
            )
        )
        await self.session.flush()

    async def claim_due(self, now: datetime, until: datetime, limit: int) -> list[PendingReply]:
        """Replies due for another attempt, pushed to `until` so no other worker takes them meanwhile."""
        ids = list(
            await self.session.scalars(
                select(OutboxMessage.id)
                .where(OutboxMessage.next_attempt_at <= now)
                .order_by(OutboxMessage.id)
                .limit(limit)
            )
        )
        claimed = []
        for message_id in ids:
            result = await self.session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message_id, OutboxMessage.next_attempt_at <= now)
                .values(next_attempt_at=until, attempts=OutboxMessage.attempts + 1)
                .returning(
                    OutboxMessage.id,
                    OutboxMessage.chat_id,
                    OutboxMessage.text,
                    OutboxMessage.reply_markup,
                    OutboxMessage.attempts,
                )
            )
            row = result.first()
            if row:
                claimed.append(PendingReply(*row))
        return claimed

    async def delete(self, message_id: int) -> None:
        await self.session.execute(delete(OutboxMessage).where(OutboxMessage.id == message_id))

    async def postpone(self, message_id: int, until: datetime) -> None:
        await self.session.execute(
            update(OutboxMessage).where(OutboxMessage.id == message_id).values(next_attempt_at=until)
        )

    async def count(self) -> int:
        return int(await self.session.scalar(select(func.count()).select_from(OutboxMessage)) or 0)
