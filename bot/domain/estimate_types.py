"""The shapes an estimate is returned in (see :mod:`bot.domain.estimate` for the policy)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.domain.foods import Food


@dataclass(frozen=True)
class EstimatedItem:
    text: str
    food: Food
    quantity: float
    unit: str
    grams: float
    magnesium_mg: float


@dataclass(frozen=True)
class AmbiguousItem:
    text: str
    quantity: float | None
    unit: str | None
    candidates: tuple[Food, ...]


@dataclass(frozen=True)
class Rejected:
    """An item that is not logged, and why: ``"zero"`` (nothing to log), ``"negative"`` or
    ``"implausible"`` (beyond the hard limits)."""

    text: str
    reason: str


@dataclass(frozen=True)
class Estimate:
    items: tuple[EstimatedItem, ...] = ()
    ambiguous: tuple[AmbiguousItem, ...] = ()
    unmatched: tuple[str, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    # above the food's own plausibility limit but below the hard limits: not counted, to be confirmed
    confirm: tuple[EstimatedItem, ...] = ()
    pint: str = ""  # "UK" or "US" when an item was measured in pints

    @property
    def implausible(self) -> tuple[str, ...]:
        return tuple(r.text for r in self.rejected if r.reason == "implausible")

    @property
    def total_mg(self) -> float:
        return sum(item.magnesium_mg for item in self.items)

    @property
    def is_empty(self) -> bool:
        return not (self.items or self.ambiguous or self.unmatched or self.rejected or self.confirm)


@dataclass
class _Out:
    items: list[EstimatedItem] = field(default_factory=list)
    ambiguous: list[AmbiguousItem] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    confirm: list[EstimatedItem] = field(default_factory=list)
    pint: bool = False


def _item_json(item: EstimatedItem) -> dict[str, Any]:
    return {
        "text": item.text,
        "food": item.food.name,
        "ndb": item.food.ndb,
        "quantity": round(item.quantity, 3),
        "unit": item.unit,
        "grams": round(item.grams, 1),
        "magnesium_mg": round(item.magnesium_mg, 1),
    }


def to_json(estimate: Estimate) -> dict[str, Any]:
    """The `magbot estimate --json` shape. Everything not counted is also listed in ``unmatched``:
    ambiguous, rejected (zero, negative, implausible) and to-be-confirmed items."""
    return {
        "items": [_item_json(item) for item in estimate.items],
        "total_mg": round(estimate.total_mg, 1),
        "unmatched": [
            *estimate.unmatched,
            *(a.text for a in estimate.ambiguous),
            *(r.text for r in estimate.rejected),
            *(c.text for c in estimate.confirm),
        ],
        "implausible": list(estimate.implausible),
        "rejected": [{"text": r.text, "reason": r.reason} for r in estimate.rejected],
        "confirm": [_item_json(item) for item in estimate.confirm],
    }
