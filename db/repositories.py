"""Repositories: every query the app makes lives here. They take an `AsyncSession` and never commit;
the use case that owns the session decides the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import BigInteger, bindparam, delete, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db import pg_raw
from db.models import Entry, ForgottenUser, PendingChoice, User
from db.unit_of_work import adopt, defer_entries, raw_reads


@dataclass(frozen=True)
class NewEntry:
    local_date: date
    logged_at: datetime
    message_text: str
    item_text: str
    food_id: str
    ndb: str
    food_name: str
    quantity: float
    unit: str
    grams: float
    magnesium_mg: float
    chat_id: int
    message_id: int
    item_index: int
    kind: str = "food"  # or "supplement"
    calcium_mg: float | None = None  # None = unknown
    vitamin_d_ug: float | None = None


def _insert_for(session: AsyncSession):
    """The dialect's INSERT (with ON CONFLICT DO NOTHING); the other dialect is never imported."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


@dataclass(frozen=True)
class Tombstone:
    """What is left of a user after /forget."""

    forgotten_at: datetime
    last_message_id: int


_USERS_KEY = "magbot.users"
DAY_SUMS_KEY = "day_sums"  # unit.info: (user id, first day, last day, {day: sums}) read with the user  # session.info: telegram id -> (User | None, Tombstone | None)

# Built once (every update runs it): the user and the tombstone by telegram id, one row even when
# neither exists.
_ANCHOR = select(bindparam("telegram_id", type_=BigInteger).label("telegram_id")).subquery("wanted")
_USER_AND_TOMBSTONE = (
    select(User, ForgottenUser.forgotten_at, ForgottenUser.last_message_id)
    .select_from(_ANCHOR)
    .outerjoin(User, User.telegram_id == _ANCHOR.c.telegram_id)
    .outerjoin(ForgottenUser, ForgottenUser.telegram_id == _ANCHOR.c.telegram_id)
)


class UserRepository:
    """Users by telegram id. A session remembers the users (and tombstones) it has read, so the use cases
    one update calls in one session (db.unit_of_work) read them once."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _known(self) -> dict[int, tuple[User | None, Tombstone | None]]:
        return self.session.info.setdefault(_USERS_KEY, {})

    def forget_cached(self, telegram_id: int) -> None:
        self._known().pop(telegram_id, None)

    async def with_tombstone(self, telegram_id: int) -> tuple[User | None, Tombstone | None]:
        """The user (None if unknown) and the tombstone of an earlier /forget (None if none): one query."""
        known = self._known().get(telegram_id)
        if known is not None:
            return known
        unit = raw_reads(self.session)
        if unit is not None:  # PostgreSQL, nothing written yet: one raw query, the recent days' sums too
            start, end = pg_raw.prefetch_range(datetime.now(UTC).date())
            dialect = self.session.bind.dialect

            async def read(connection):
                return await pg_raw.user_tombstone_days(connection, dialect, telegram_id, start, end)

            user, tomb, days = await unit.on_raw(read)
            forgotten_at, last = tomb if tomb is not None else (None, None)
            adopt(self.session, user)
            if user is not None:
                unit.info[DAY_SUMS_KEY] = (user.id, start, end, days)
        else:
            row = (await self.session.execute(_USER_AND_TOMBSTONE, {"telegram_id": telegram_id})).first()
            user, forgotten_at, last = row if row is not None else (None, None, None)
        found = (user, Tombstone(forgotten_at, last or 0) if forgotten_at is not None else None)
        self._known()[telegram_id] = found
        return found

    async def get_by_telegram_id(self, telegram_id: int) -> User | None:
        return (await self.with_tombstone(telegram_id))[0]

    async def get_or_create(self, telegram_id: int, timezone: str) -> User:
        user, tombstone = await self.with_tombstone(telegram_id)
        if user is not None:
            return user
        insert = _insert_for(self.session)
        await self.session.execute(
            insert(User)
            .values(telegram_id=telegram_id, timezone=timezone, created_at=datetime.now().astimezone())
            .on_conflict_do_nothing(index_elements=[User.telegram_id])
        )
        user = await self.session.scalar(select(User).where(User.telegram_id == telegram_id))
        assert user is not None
        self._known()[telegram_id] = (user, tombstone)
        return user


def _of_message(model):
    return (
        (model.user_id == bindparam("user_id"))
        & (model.chat_id == bindparam("chat_id"))
        & (model.message_id == bindparam("message_id"))
    )


# Built once: whether a message already produced entries or questions (a redelivered message).
_MESSAGE_SEEN = select(
    exists().where(_of_message(Entry)).label("entries"),
    exists().where(_of_message(PendingChoice)).label("pending"),
)


_ADD_ENTRIES: dict[str, object] = {}  # dialect -> the INSERT … ON CONFLICT DO NOTHING of entries


async def _write_entries(session: AsyncSession, rows: list[dict]) -> int:
    # One statement with the rows as parameters (cached once compiled; a multi-row VALUES is compiled
    # anew every time), on the table: no ORM bookkeeping for rows nobody reads back.
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    statement = _ADD_ENTRIES.get(dialect)
    if statement is None:
        statement = _ADD_ENTRIES[dialect] = (
            _insert_for(session)(Entry.__table__)
            .on_conflict_do_nothing(index_elements=["chat_id", "message_id", "item_index"])
            .returning(Entry.__table__.c.id)
        )
    result = await session.execute(statement, rows)
    return len(result.all())


class EntryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def message_seen(self, user_id: int, chat_id: int, message_id: int) -> bool:
        """True when this message already produced entries or pending questions: one query."""
        row = (
            await self.session.execute(
                _MESSAGE_SEEN, {"user_id": user_id, "chat_id": chat_id, "message_id": message_id}
            )
        ).first()
        return bool(row and (row[0] or row[1]))

    async def add_many(self, user_id: int, entries: Sequence[NewEntry], *, defer: bool = False) -> int:
        """Insert entries; a source (chat, message, item) already stored is skipped. Returns rows inserted.
        `defer`: inside the unit of work of a stored update the rows may wait to be written with its done
        mark (db.unit_of_work; the day's sums count them meanwhile); then returns how many were given."""
        if not entries:
            return 0
        rows = [{"user_id": user_id, **entry.__dict__} for entry in entries]
        if defer and defer_entries(self.session, rows, _write_entries):
            return len(rows)
        return await _write_entries(self.session, rows)

    async def exists_for_message(self, chat_id: int, message_id: int) -> bool:
        found = await self.session.scalar(
            select(Entry.id).where(Entry.chat_id == chat_id, Entry.message_id == message_id).limit(1)
        )
        return found is not None

    async def for_message(self, user_id: int, chat_id: int, message_id: int) -> list[Entry]:
        rows = await self.session.scalars(
            select(Entry)
            .where(Entry.user_id == user_id, Entry.chat_id == chat_id, Entry.message_id == message_id)
            .order_by(Entry.item_index)
        )
        return list(rows)

    async def delete_message(self, user_id: int, chat_id: int, message_id: int) -> int:
        result = await self.session.execute(
            delete(Entry).where(
                Entry.user_id == user_id, Entry.chat_id == chat_id, Entry.message_id == message_id
            )
        )
        return result.rowcount or 0

    async def for_day(self, user_id: int, local_date: date) -> list[Entry]:
        rows = await self.session.scalars(
            select(Entry)
            .where(Entry.user_id == user_id, Entry.local_date == local_date)
            .order_by(Entry.logged_at, Entry.message_id, Entry.item_index)
        )
        return list(rows)

    async def total_for_day(self, user_id: int, local_date: date) -> float:
        total = await self.session.scalar(
            select(func.coalesce(func.sum(Entry.magnesium_mg), 0.0)).where(
                Entry.user_id == user_id, Entry.local_date == local_date
            )
        )
        return float(total or 0.0)

    async def totals_between(self, user_id: int, start: date, end: date) -> dict[date, float]:
        rows = await self.session.execute(
            select(Entry.local_date, func.sum(Entry.magnesium_mg))
            .where(Entry.user_id == user_id, Entry.local_date >= start, Entry.local_date <= end)
            .group_by(Entry.local_date)
        )
        return {day: float(total) for day, total in rows}

    async def last_message(self, user_id: int) -> tuple[int, int] | None:
        """(chat_id, message_id) of the most recently logged message of this user."""
        row = (
            await self.session.execute(
                select(Entry.chat_id, Entry.message_id)
                .where(Entry.user_id == user_id)
                .order_by(Entry.logged_at.desc(), Entry.id.desc())
                .limit(1)
            )
        ).first()
        return (row[0], row[1]) if row else None


class PendingChoiceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, choice: PendingChoice) -> PendingChoice:
        self.session.add(choice)
        await self.session.flush()
        return choice

    async def get(self, choice_id: int) -> PendingChoice | None:
        return await self.session.get(PendingChoice, choice_id)

    async def delete(self, choice: PendingChoice) -> None:
        await self.session.delete(choice)

    async def delete_for_message(self, user_id: int, chat_id: int, message_id: int) -> None:
        await self.session.execute(
            delete(PendingChoice).where(
                PendingChoice.user_id == user_id,
                PendingChoice.chat_id == chat_id,
                PendingChoice.message_id == message_id,
            )
        )

    async def for_message(self, user_id: int, chat_id: int, message_id: int) -> list[PendingChoice]:
        rows = await self.session.scalars(
            select(PendingChoice).where(
                PendingChoice.user_id == user_id,
                PendingChoice.chat_id == chat_id,
                PendingChoice.message_id == message_id,
            )
        )
        return list(rows)
