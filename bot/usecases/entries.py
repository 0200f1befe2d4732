"""Stored entries and their views: the row for one estimated item (where it came from, its nutrients scaled
to its grams), the view of a stored entry, and storing the item a pending choice waited for."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.usecases.results import ItemView
from db.models import Entry, PendingChoice, User
from db.repositories import EntryRepository, NewEntry

MAX_ITEM_TEXT = 300


def _item_view(entry: Entry) -> ItemView:
    """The view of a stored entry, food or supplement."""
    return ItemView(
        text=entry.item_text,
        food_name=entry.food_name,
        quantity=entry.quantity,
        unit=entry.unit,
        grams=entry.grams,
        magnesium_mg=entry.magnesium_mg,
        kind=entry.kind or "food",
        calcium_mg=entry.calcium_mg,
        vitamin_d_ug=entry.vitamin_d_ug,
    )


async def log_pending_item(session: AsyncSession, estimator, user: User, choice: PendingChoice, food, now):
    """Estimate the item a pending choice waited for with `food` and store it where the message would
    have (its chat, message and item index); None when no sensible amount comes out."""
    item = estimator.resolve(choice.item_text, choice.quantity, choice.unit, food) if food else None
    if item is None:
        return None
    entry = _new_entry(
        item,
        choice.local_date,
        now,
        choice.message_text,
        choice.chat_id,
        choice.message_id,
        choice.item_index,
    )
    await EntryRepository(session).add_many(user.id, [entry])
    return item


def _per_100g(value: float | None, grams: float) -> float | None:
    return None if value is None else value * grams / 100.0


def _new_entry(
    item, local_date: date, logged_at: datetime, message_text: str, chat_id: int, message_id: int, index: int
) -> NewEntry:
    """The row for one estimated item, keyed by where it came from (chat, message, item index)."""
    return NewEntry(
        local_date=local_date,
        logged_at=logged_at,
        message_text=message_text,
        item_text=item.text[:MAX_ITEM_TEXT],
        food_id=item.food.id,
        ndb=item.food.ndb,
        food_name=item.food.name,
        quantity=float(item.quantity),
        unit=item.unit,
        grams=float(item.grams),
        magnesium_mg=float(item.magnesium_mg),
        chat_id=chat_id,
        message_id=message_id,
        item_index=index,
        calcium_mg=_per_100g(getattr(item.food, "calcium_mg", None), float(item.grams)),
        vitamin_d_ug=_per_100g(getattr(item.food, "vitamin_d_ug", None), float(item.grams)),
    )


def _estimated_view(item) -> ItemView:
    return ItemView(
        text=item.text,
        food_name=item.food.name,
        quantity=float(item.quantity),
        unit=item.unit,
        grams=float(item.grams),
        magnesium_mg=float(item.magnesium_mg),
        calcium_mg=_per_100g(item.food.calcium_mg, float(item.grams)),
        vitamin_d_ug=_per_100g(item.food.vitamin_d_ug, float(item.grams)),
    )
