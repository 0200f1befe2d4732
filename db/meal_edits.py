"""Queries for amending logged meals: the last message's items and the removal of one item.
Like db/repositories.py, these take an `AsyncSession` and never commit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Entry


class MealEditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def last_message_entries(self, user_id: int, since: datetime) -> list[Entry]:
        """The items of the user's most recently logged message, if it was logged at or after `since`."""
        last = (
            await self.session.execute(
                select(Entry.chat_id, Entry.message_id, Entry.logged_at)
                .where(Entry.user_id == user_id)
                .order_by(Entry.logged_at.desc(), Entry.id.desc())
                .limit(1)
            )
        ).first()
        if last is None or last.logged_at < since:
            return []
        rows = await self.session.scalars(
            select(Entry)
            .where(
                Entry.user_id == user_id, Entry.chat_id == last.chat_id, Entry.message_id == last.message_id
            )
            .order_by(Entry.item_index)
        )
        return list(rows)

    async def delete_entry(self, entry: Entry) -> None:
        await self.session.execute(delete(Entry).where(Entry.id == entry.id))
