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

from sqlalchemy import and_, bindparam, case, delete, func, literal, null, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db import pg_raw
from db.models import InboxUpdate, OutboxMessage
from db.repositories import _insert_for
from db.unit_of_work import UnitOfWork, fast_finish


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


# Built once: this runs for every update, and building a statement costs more than running it.
_INBOX = InboxUpdate.__table__  # Core statements on the table: no ORM bookkeeping for rows nobody loads
_FINISH_HANDLED = (
    update(_INBOX)
    .where(
        _INBOX.c.update_id == bindparam("finished_id"),
        _INBOX.c.done_at.is_(None),
        or_(_INBOX.c.claimed_until.is_(None), _INBOX.c.claimed_until < bindparam("now")),
    )
    .values(
        done_at=bindparam("now"),
        outcome="handled",
        claimed_until=None,
        attempts=_INBOX.c.attempts + 1,
        replies=bindparam("unsent"),
    )
    .returning(_INBOX.c.update_id)
)


# The same done mark, and the replies of earlier updates marked sent, in one statement (one round trip
# per update instead of two): the finished row is matched by its own conditions, the others by id only.
_FINISHING = _INBOX.c.update_id == bindparam("finished_id")
_NOW = bindparam("now", type_=_INBOX.c.done_at.type)


def _only_finished(value, otherwise):
    return case((_FINISHING, value), else_=otherwise)


_FINISH_HANDLED_AND_SENT = (
    update(_INBOX)
    .where(
        or_(
            and_(
                _FINISHING,
                _INBOX.c.done_at.is_(None),
                or_(_INBOX.c.claimed_until.is_(None), _INBOX.c.claimed_until < _NOW),
            ),
            _INBOX.c.update_id.in_(bindparam("sent_ids", expanding=True)),
        )
    )
    .values(
        done_at=_only_finished(_NOW, _INBOX.c.done_at),
        outcome=_only_finished(literal("handled"), _INBOX.c.outcome),
        claimed_until=_only_finished(null(), _INBOX.c.claimed_until),
        attempts=_only_finished(_INBOX.c.attempts + 1, _INBOX.c.attempts),
        replies=_only_finished(bindparam("unsent", type_=_INBOX.c.replies.type), null()),
    )
    .returning(_INBOX.c.update_id)
)


_REPLIES_SENT = (
    update(_INBOX).where(_INBOX.c.update_id.in_(bindparam("sent_ids", expanding=True))).values(replies=None)
)
_STORE: dict[str, object] = {}  # dialect -> INSERT … ON CONFLICT DO NOTHING RETURNING update_id


async def store_raw(uow: UnitOfWork, updates: Sequence[tuple], now: datetime) -> set[int]:
    """`InboxRepository.store` under PostgreSQL, on an asyncpg connection in autocommit (db.pg_raw)."""
    if not updates:
        return set()
    return await uow.on_raw(lambda connection: pg_raw.store_updates(connection, updates, now))


async def replies_sent_raw(uow: UnitOfWork, update_ids: Sequence[int]) -> None:
    """`InboxRepository.replies_sent` under PostgreSQL, on asyncpg in autocommit (db.pg_raw)."""
    if update_ids:
        await uow.on_raw(lambda connection: pg_raw.replies_sent(connection, update_ids))


async def hold_replies_raw(uow: UnitOfWork, update_ids: Sequence[int], now: datetime) -> None:
    """`InboxRepository.hold_replies` under PostgreSQL, on asyncpg in autocommit (db.pg_raw)."""
    if update_ids:
        await uow.on_raw(lambda connection: pg_raw.hold_replies(connection, update_ids, now))


async def claimable_raw(
    uow: UnitOfWork, now: datetime, limit: int, received_before: datetime | None = None
) -> list[int]:
    """`InboxRepository.claimable_ids` under PostgreSQL, on asyncpg in autocommit (db.pg_raw)."""
    return await uow.on_raw(lambda connection: pg_raw.claimable_ids(connection, now, limit, received_before))


async def anything_to_resend_raw(uow: UnitOfWork, done_before: datetime, now: datetime) -> tuple[bool, bool]:
    """Under PostgreSQL, one autocommit query: (unsent replies of updates done before `done_before`,
    outbox replies due at `now`)."""
    return await uow.on_raw(lambda connection: pg_raw.anything_to_resend(connection, done_before, now))


class InboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def store(self, updates: Sequence[tuple], now: datetime) -> set[int]:
        """Insert (update_id, payload[, sender's Telegram id]) rows; ones already stored are left as they
        are. Returns the ids that were new."""
        if not updates:
            return set()
        dialect = self.session.bind.dialect.name if self.session.bind is not None else "sqlite"
        statement = _STORE.get(dialect)
        if statement is None:  # the rows go as parameters: compiled once, not once per batch size
            table = InboxUpdate.__table__
            statement = _STORE[dialect] = (
                _insert_for(self.session)(table)
                .on_conflict_do_nothing(index_elements=["update_id"])
                .returning(table.c.update_id)
            )
        rows = [
            {"update_id": row[0], "payload": row[1], "received_at": now, "sender_id": row[2], "attempts": 0}
            for row in (tuple(u) + (None,) * (3 - len(u)) for u in updates)
        ]
        return set((await self.session.execute(statement, rows)).scalars().all())

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

    async def finish_handled(
        self, update_id: int, now: datetime, replies: str | None, sent: Sequence[int] = ()
    ) -> bool:
        """Mark a row done in the transaction that holds the update's effects, with the replies still to
        send, and (same statement) the replies of the updates `sent` as sent. False when it is done
        already, or held for a retry later: the caller rolls back. (Under PostgreSQL a concurrent worker
        waits on the row lock and then finds it done.)"""
        params = {"finished_id": update_id, "now": now, "unsent": replies}
        sent_ids = [uid for uid in sent if uid != update_id]
        unit = fast_finish(self.session)
        if unit is not None:  # PostgreSQL, nothing else written: the mark and the entries, one statement
            rows, unit.entries = unit.entries, []

            async def finish(connection) -> bool:
                return await pg_raw.finish_with_entries(connection, update_id, now, replies, sent_ids, rows)

            return await unit.on_raw(finish)
        if not sent_ids:
            return (await self.session.execute(_FINISH_HANDLED, params)).first() is not None
        rows = await self.session.execute(_FINISH_HANDLED_AND_SENT, {**params, "sent_ids": sent_ids})
        return update_id in set(rows.scalars().all())

    async def replies_sent(self, update_ids: Sequence[int]) -> None:
        if update_ids:
            await self.session.execute(_REPLIES_SENT, {"sent_ids": list(update_ids)})

    async def hold_replies(self, update_ids: Sequence[int], now: datetime) -> None:
        """The process sending these updates' replies is alive: their lease starts again at `now` (the
        sweep takes only replies of updates done over a lease ago, see `claim_unsent_replies`)."""
        if update_ids:
            await self.session.execute(
                update(InboxUpdate)
                .where(InboxUpdate.update_id.in_(list(update_ids)), InboxUpdate.replies.is_not(None))
                .values(done_at=now)
            )

    async def claim_unsent_replies(
        self, now: datetime, done_before: datetime, limit: int
    ) -> list[tuple[int, str]]:
        """Replies of updates handled before `done_before` and never marked sent (the process died in
        between; a live one renews `done_at` while it sends them, `hold_replies`): taken for sending (their
        `done_at` moves to `now`, so no other worker takes them too)."""
        ids = list(
            await self.session.scalars(
                select(InboxUpdate.update_id)
                .where(InboxUpdate.replies.is_not(None), InboxUpdate.done_at < done_before)
                .order_by(InboxUpdate.update_id)
                .limit(limit)
            )
        )
        if not ids:
            return []
        rows = await self.session.execute(
            update(InboxUpdate)
            .where(
                InboxUpdate.update_id.in_(ids),
                InboxUpdate.replies.is_not(None),
                InboxUpdate.done_at < done_before,
            )
            .values(done_at=now)
            .returning(InboxUpdate.update_id, InboxUpdate.replies)
        )
        return [(row[0], row[1]) for row in rows]

    async def forget_sender(self, sender_id: int, current_update_id: int | None) -> None:
        """/forget: delete the raw updates of this Telegram user (they hold the texts), up to the update
        being handled (`current_update_id`; its own payload is blanked, the row stays to be marked done).
        Later updates are new messages and stay."""
        mine = InboxUpdate.sender_id == sender_id
        if current_update_id is None:
            await self.session.execute(delete(InboxUpdate).where(mine))
            return
        await self.session.execute(delete(InboxUpdate).where(mine, InboxUpdate.update_id < current_update_id))
        await self.session.execute(
            update(InboxUpdate).where(InboxUpdate.update_id == current_update_id).values(payload="{}")
        )

    async def claimable_ids(
        self, now: datetime, limit: int, received_before: datetime | None = None
    ) -> list[int]:
        """Unfinished rows nobody holds, oldest update first. `received_before`: leave out rows stored
        since then and never tried (the worker that stored them is about to handle them)."""
        where = _claimable(now)
        if received_before is not None:
            where = and_(
                where, or_(InboxUpdate.claimed_until.is_not(None), InboxUpdate.received_at < received_before)
            )
        rows = await self.session.scalars(
            select(InboxUpdate.update_id).where(where).order_by(InboxUpdate.update_id).limit(limit)
        )
        return list(rows)

    async def payloads(self, update_ids: Sequence[int]) -> dict[int, tuple[str, int]]:
        """update_id -> (payload, attempts so far)."""
        if not update_ids:
            return {}
        rows = await self.session.execute(
            select(InboxUpdate.update_id, InboxUpdate.payload, InboxUpdate.attempts).where(
                InboxUpdate.update_id.in_(update_ids)
            )
        )
        return {uid: (payload, attempts) for uid, payload, attempts in rows}

    async def finish(self, update_ids: Sequence[int], now: datetime, outcome: str) -> set[int]:
        """Mark rows done with `outcome`; a row done already keeps its mark (another worker handled the
        update meanwhile: its "handled" stands). Returns the ids marked."""
        if not update_ids:
            return set()
        result = await self.session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id.in_(update_ids), InboxUpdate.done_at.is_(None))
            .values(done_at=now, outcome=outcome, claimed_until=None)
            .returning(InboxUpdate.update_id)
        )
        return set(result.scalars().all())

    async def release(self, update_id: int, retry_at: datetime, count_attempt: bool = False) -> bool:
        """Give a row back; nobody claims it again before `retry_at`. `count_attempt`: the attempt that
        failed was rolled back with its claim, so count it here. False when the row is done already."""
        values = {"claimed_until": retry_at}
        if count_attempt:
            values["attempts"] = InboxUpdate.attempts + 1
        result = await self.session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id == update_id, InboxUpdate.done_at.is_(None))
            .values(**values)
            .returning(InboxUpdate.update_id)
        )
        return result.first() is not None

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

    async def forget_chat(self, chat_id: int) -> None:
        """/forget: the unsent replies to this chat (they repeat what was logged)."""
        await self.session.execute(delete(OutboxMessage).where(OutboxMessage.chat_id == chat_id))
