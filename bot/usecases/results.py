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
    kind: str = "food"  # or "supplement"
    calcium_mg: float | None = None  # None = unknown
    vitamin_d_ug: float | None = None


@dataclass(frozen=True)
class NutrientTotal:
    """One nutrient's day: food and supplements apart; `missing` food items have no value (unknown, so
    the total is a lower bound). Vitamin D in µg."""

    nutrient: str  # magnesium | calcium | vitamin_d
    food: float
    supplement: float
    missing: int
    goal: float

    @property
    def total(self) -> float:
        return self.food + self.supplement


@dataclass(frozen=True)
class LimitNote:
    nutrient: str
    amount: float  # mg, or µg for vitamin D
    limit: float
    supplemental_only: bool


@dataclass(frozen=True)
class DayView:
    local_date: date
    total_mg: float  # food and supplements
    goal_mg: int
    items: tuple[ItemView, ...] = ()
    supplement_mg: float = 0.0
    others: tuple[NutrientTotal, ...] = ()  # calcium and vitamin D
    over_limits: tuple[LimitNote, ...] = ()

    @property
    def percent(self) -> int:
        return round(100 * self.total_mg / self.goal_mg) if self.goal_mg else 0

    @property
    def remaining_mg(self) -> float:
        return max(self.goal_mg - self.total_mg, 0.0)


@dataclass(frozen=True)
class WeekNutrient:
    """One nutrient over the week: daily totals (food + supplements) and the supplements' part; `missing`
    food items have no value, so the totals are lower bounds. Vitamin D in µg."""

    nutrient: str
    goal: float
    totals: tuple[float, ...]
    supplements: tuple[float, ...]
    missing: int = 0

    @property
    def average(self) -> float:
        return sum(self.totals) / len(self.totals) if self.totals else 0.0

    @property
    def supplement_average(self) -> float:
        return sum(self.supplements) / len(self.supplements) if self.supplements else 0.0


@dataclass(frozen=True)
class WeekView:
    days: tuple[tuple[date, float], ...]  # oldest first, the last is today
    goal_mg: int
    nutrients: tuple[WeekNutrient, ...] = ()  # magnesium, calcium, vitamin D

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
    confirm: tuple = ()  # bot.usecases.edit_results.ConfirmView: large amounts waiting for a yes/no
    rejected: tuple[tuple[str, str], ...] = ()  # (item text, "zero" | "negative")
    today: date | None = None  # the user's local today; `day` is another day for "yesterday I had …"
    day_problem: str | None = None  # "future" | "too_old" | "vague": nothing logged, say why
    day_phrase: str | None = None
    pint: str = ""  # "UK" or "US" when an item was measured in pints

    @property
    def nothing_found(self) -> bool:
        return not (
            self.logged
            or self.pending
            or self.implausible
            or self.confirm
            or self.rejected
            or self.day_problem
        )


@dataclass(frozen=True)
class PickResult:
    status: str  # "logged" | "skipped" | "expired" | "unplausible"
    item: ItemView | None
    day: DayView | None
    today: date | None = None  # the user's local today (`day` may be another: "yesterday I had …")


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
    provenance: str = ""  # "USDA SR28, NDB 11458" or "USDA FNDDS 2017–2018, food code 92101900"
    calcium_mg: float | None = None  # in the amount asked about (None: the table has no value)

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
            provenance=food.provenance,
            calcium_mg=None if food.calcium_mg is None else food.calcium_mg * float(item.grams) / 100.0,
        )


@dataclass(frozen=True)
class FoodComparison:
    """Two or three foods a question compares for their magnesium ("1 oz pumpkin seeds vs 1 oz almonds"), each
    with the amount the question states or one typical serving, in the order asked."""

    foods: tuple[FoodFacts, ...]


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
    kind: (
        str  # "greeting" | "thanks" | "other" | "empty" | "too_long" | "forgotten" | "help" | "other_script"
    )


@dataclass(frozen=True)
class Outcome:
    """What one incoming text turned into; exactly one field is set, but for a message that mixes
    supplements and food ("magnesium 120mg + a banana"): ``meal`` and ``supplement``, and for a meal followed
    by a question ("had porridge with banana, is that good for magnesium?"): ``meal`` and ``answer``."""

    meal: MealLogged | None = None
    answer: AnswerView | None = None
    food: FoodFacts | FoodComparison | None = None
    small_talk: SmallTalk | None = None
    correction: object | None = None  # bot.usecases.edit_results.ItemChange
    supplement: object | None = None  # bot.usecases.supplements.SupplementResult
    extra: dict = field(default_factory=dict)
