"""What the meal-amending use cases return (bot.usecases.corrections): plain data for bot.texts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.usecases.results import DayView, ItemView


@dataclass(frozen=True)
class ItemChange:
    """A correction, `/edit N` or `/delete N`.

    status: "changed" | "deleted" | "nothing_recent" (no meal logged lately) | "no_match" (no item of the
    last meal fits `words`) | "which" (several do: `choices`) | "unknown_food" | "no_amount" (no sensible
    weight for that amount) | "too_much" (far above the usual portion) | "zero" | "negative" |
    "out_of_range" (`count` items today)."""

    status: str
    before: ItemView | None = None
    after: ItemView | None = None
    day: DayView | None = None
    today: date | None = None
    words: str = ""
    choices: tuple[ItemView, ...] = ()
    count: int = 0


@dataclass(frozen=True)
class ConfirmView:
    """An item far above the food's usual amounts, waiting for "yes, log it" / "no"."""

    id: int
    item: ItemView


@dataclass(frozen=True)
class ConfirmResult:
    status: str  # "logged" | "dropped" | "expired" | "no_amount"
    item: ItemView | None = None
    day: DayView | None = None
    today: date | None = None
