"""Repositories: every query the app makes lives here. They take an `AsyncSession` and never commit;
the use case that owns the session decides the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Entry, PendingChoice, User


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


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get_by_telegram_id(self, telegram_id: int) -> User | None:
        return await self.session.scalar(select(User).where(User.telegram_id == telegram_id))

    async def get_or_create(self, telegram_id: int, timezone: str) -> User:
        user = await self.get_by_telegram_id(telegram_id)
        if user is not None:
            return user
        insert = _insert_for(self.session)
        await self.session.execute(
            insert(User)
            .values(telegram_id=telegram_id, timezone=timezone, created_at=datetime.now().astimezone())
            .on_conflict_do_nothing(index_elements=[User.telegram_id])
        )
        user = await self.get_by_telegram_id(telegram_id)
        assert user is not None
        return user


class EntryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_many(self, user_id: int, entries: Sequence[NewEntry]) -> int:
        """Insert entries; a source (chat, message, item) already stored is skipped. Returns rows inserted."""
        if not entries:
            return 0
        insert = _insert_for(self.session)
        statement = (
            insert(Entry)
            .values([{"user_id": user_id, **entry.__dict__} for entry in entries])
            .on_conflict_do_nothing(index_elements=[Entry.chat_id, Entry.message_id, Entry.item_index])
        )
        result = await self.session.execute(statement)
        return max(result.rowcount or 0, 0)

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
