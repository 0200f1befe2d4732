"""What the use cases return: plain data the adapters render with `bot.texts`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ItemView:
    text: str
    food_name: str
    quantity: float
    unit: str
    grams: float
    magnesium_mg: float


@dataclass(frozen=True)
class DayView:
    local_date: date
    total_mg: float
    goal_mg: int
    items: tuple[ItemView, ...] = ()

    @property
    def percent(self) -> int:
        return round(100 * self.total_mg / self.goal_mg) if self.goal_mg else 0

    @property
    def remaining_mg(self) -> float:
        return max(self.goal_mg - self.total_mg, 0.0)


@dataclass(frozen=True)
class WeekView:
    days: tuple[tuple[date, float], ...]  # oldest first, the last is today
    goal_mg: int

    @property
    def average_mg(self) -> float:
        return sum(total for _, total in self.days) / len(self.days) if self.days else 0.0

    @property
    def days_met(self) -> int:
        return sum(1 for _, total in self.days if total >= self.goal_mg)


@dataclass(frozen=True)
class PendingView:
    id: int
    item_text: str
    candidates: tuple[tuple[int, str], ...]  # (index, food display name)


@dataclass(frozen=True)
class MealLogged:
    logged: tuple[ItemView, ...]
    pending: tuple[PendingView, ...]
    unmatched: tuple[str, ...]
    implausible: tuple[str, ...]
    day: DayView
    duplicate: bool = False
    edited: bool = False

    @property
    def nothing_found(self) -> bool:
        return not (self.logged or self.pending or self.implausible)


@dataclass(frozen=True)
class PickResult:
    status: str  # "logged" | "skipped" | "expired" | "unplausible"
    item: ItemView | None
    day: DayView | None


@dataclass(frozen=True)
class UndoResult:
    removed: tuple[ItemView, ...]
    day: DayView


@dataclass(frozen=True)
class FoodFacts:
    name: str
    ndb: str
    mg_per_100g: float
    quantity: float  # the amount asked about, or one typical serving
    unit: str
    serving_grams: float
    serving_mg: float
    portions: tuple[tuple[str, float, float], ...]  # (unit, grams, mg)
    goal_mg: int

    @classmethod
    def from_item(cls, item, goal_mg: int) -> FoodFacts:
        """From the estimator's answer to "how much magnesium is in X?" (bot.domain.estimate.EstimatedItem)."""
        food = item.food
        return cls(
            name=food.name,
            ndb=food.ndb,
            mg_per_100g=float(food.magnesium_mg or 0.0),
            quantity=float(item.quantity),
            unit=item.unit,
            serving_grams=float(item.grams),
            serving_mg=float(item.magnesium_mg),
            portions=tuple(
                (unit, float(grams), food.magnesium_for(grams))
                for unit, grams in food.portions.items()
                if unit != "serving"
            )[:4],
            goal_mg=goal_mg,
        )


@dataclass(frozen=True)
class AnswerView:
    text: str
    confident: bool
    sources: tuple[tuple[str, str], ...]  # (file, heading)
    related: tuple[tuple[str, str], ...] = ()  # (callback key, heading)


@dataclass(frozen=True)
class ProfileView:
    sex: str | None
    age_band: str | None
    life_stage: str | None
    goal_override_mg: int | None
    goal_mg: int
    rda_mg: int | None
    timezone: str
    reminder: str | None = None


@dataclass(frozen=True)
class TimezoneResult:
    timezone: str | None
    suggestions: tuple[str, ...] = ()
    local_time: str | None = None


@dataclass(frozen=True)
class SmallTalk:
    kind: str  # "greeting" | "thanks" | "other" | "empty" | "too_long" | "help" | "other_script"


@dataclass(frozen=True)
class Outcome:
    """What one incoming text turned into; exactly one field is set."""

    meal: MealLogged | None = None
    answer: AnswerView | None = None
    food: FoodFacts | None = None
    small_talk: SmallTalk | None = None
    extra: dict = field(default_factory=dict)
