"""The food table: magnesium (and a few bone-health nutrients) per 100 g, with household portions.

Pure domain code: reads `knowledge/foods.csv` with the standard library only (no framework imports).

CSV columns: ``id,name,aliases,source,ndb,food_group,magnesium_mg,calcium_mg,vitamin_d_ug,vitamin_k_ug,
energy_kcal,portions,serving,ods,components``. ``source`` is SR28 (``ndb`` = 5-digit NDB number) or FNDDS
(``ndb`` = 8-digit FNDDS 2017-2018 food code). Nutrients are per 100 g (empty = unknown); ``portions`` is a
``|``-separated list of ``unit=grams`` for ONE unit; ``serving`` is the default portion ``unit:amount``;
``components`` lists the words a dish already contains ("oats|milk"), so they are not counted twice.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

DEFAULT_FOODS_CSV = Path(__file__).resolve().parents[2] / "knowledge" / "foods.csv"
GENERIC_CSV_NAME = "generic_foods.csv"  # beside foods.csv: generic words and the foods to offer for them
# beside foods.csv: words whose food depends on the rest of the message or the user's region
# ("chips" with fish, or in the UK, are fries; without, crisps)
CONTEXT_CSV_NAME = "food_context.csv"

# Universal mass units, grams per unit.
MASS_UNITS: Mapping[str, float] = MappingProxyType({"g": 1.0, "kg": 1000.0, "oz": 28.3495, "lb": 453.592})
# Universal volume units, millilitres per unit.
VOLUME_UNITS: Mapping[str, float] = MappingProxyType({"ml": 1.0, "l": 1000.0})
ML_PER_CUP = 236.6
ML_PER_FL_OZ = 29.5735
# Size words scale a portion when the food has no portion of that exact size.
SIZE_FACTORS: Mapping[str, float] = MappingProxyType({"small": 0.7, "medium": 1.0, "large": 1.3})
# ... and a sized portion of a dish ("a big portion", "a small serving"): FNDDS 2017-2018's "1 small"/"1 large"
# portion over its "Quantity not specified", median over the foods that have both (300 small, 306 large;
# scripts/size_factors.py recomputes them)
SERVING_SIZE_FACTORS: Mapping[str, float] = MappingProxyType({"small": 0.76, "medium": 1.0, "large": 1.67})
# Fallbacks when a household unit is not listed for a food, as a multiple of another unit of that food.
_DERIVED_UNITS: tuple[tuple[str, str, float], ...] = (
    ("tbsp", "cup", 1 / 16),
    ("tsp", "tbsp", 1 / 3),
    ("tsp", "cup", 1 / 48),
    ("cup", "tbsp", 16.0),
    ("cup", "fl_oz", 8.0),
    ("glass", "cup", 1.0),
    ("bowl", "cup", 1.5),
    ("piece", "medium", 1.0),
    ("medium", "piece", 1.0),
    ("slice", "piece", 1.0),
    ("half", "piece", 0.5),  # "14 walnut halves": SR28's "(N halves)" measure when listed, else half a piece
    ("half", "medium", 0.5),
    ("square", "piece", 1.0),  # a square of chocolate: the row's own "square" measure when listed
    ("serving", "__serving__", 1.0),
)
HANDFUL_G = 30.0  # a handful of nuts, seeds, berries or leaves is about 1 oz when the table gives none
UNITS = (
    "cup",
    "tbsp",
    "tsp",
    "slice",
    "piece",
    "small",
    "medium",
    "large",
    "handful",
    "bowl",
    "glass",
    "can",
    "packet",
    "serving",
    "fl_oz",
    "half",
    "square",
)


def _float_or_none(value: str | None) -> float | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class Food:
    """One row of the food table. Nutrients are per 100 g; ``None`` means unknown."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    ndb: str = ""
    food_group: str = ""
    magnesium_mg: float | None = None
    calcium_mg: float | None = None
    vitamin_d_ug: float | None = None
    vitamin_k_ug: float | None = None
    energy_kcal: float | None = None
    portions: Mapping[str, float] = field(default_factory=dict, compare=False, hash=False)
    serving_unit: str = "g"
    serving_amount: float = 100.0
    ods: str = ""
    source: str = "SR28"
    components: tuple[str, ...] = ()

    @property
    def provenance(self) -> str:
        """Where the values come from: "USDA SR28, NDB 11458" or "USDA FNDDS 2017–2018, food code …"."""
        if self.source == "FNDDS":
            return f"USDA FNDDS 2017–2018, food code {self.ndb}"
        return f"USDA SR28, NDB {self.ndb}"

    @property
    def largest_portion_g(self) -> float:
        """Grams of the largest household portion listed (``handful`` and ``bowl`` included)."""
        return max(self.portions.values(), default=100.0)

    @property
    def is_drink(self) -> bool:
        """Drinks are poured: ~1 g/ml when no cup weight is listed, and a larger plausible amount."""
        group = self.food_group.lower()
        return "bever" in group or "drink" in group or "fl_oz" in self.portions or "glass" in self.portions

    def _unit_grams(self, unit: str, depth: int = 0) -> float | None:
        """Grams in ONE of a named household unit, with physical fallbacks; None if unknown."""
        if unit in self.portions:
            return self.portions[unit]
        if unit == "serving" or unit == "__serving__":
            if self.serving_unit in ("serving", "__serving__"):
                return self.portions.get("serving")
            return self.grams_for(self.serving_amount, self.serving_unit)
        if depth > 2:
            return None
        for target, source, factor in _DERIVED_UNITS:
            if target == unit:
                grams = self._unit_grams(source, depth + 1)
                if grams is not None:
                    return grams * factor
        if unit in SIZE_FACTORS:
            if not any(size in self.portions for size in SIZE_FACTORS):
                # sold in one size: the size word is part of the name ("large eggs", "big biscuits")
                return self.portions.get("piece")
            base = self.portions.get("medium") or self.portions.get("piece")
            if base is not None:
                return base * SIZE_FACTORS[unit]
        if unit == "handful":
            return HANDFUL_G
        return None

    def grams_for(self, quantity: float, unit: str | None) -> float | None:
        """Grams in ``quantity`` of ``unit``; ``None`` unit = the default serving; unknown unit -> None.

        Mass units (g, kg, oz, lb) are universal; ml and l use the food's cup weight (236.6 ml) when it
        has one, else ~1 g/ml; fl_oz uses a listed fl_oz portion, else 29.57 ml.
        """
        if quantity is None:
            quantity = 1.0
        if unit is None:  # the default portion: `serving_amount` of `serving_unit` (e.g. 1 medium banana)
            if self.serving_unit not in ("serving", "__serving__"):
                return self.grams_for(quantity * self.serving_amount, self.serving_unit)
            unit_grams = self._unit_grams("serving")
            return None if unit_grams is None else quantity * unit_grams
        unit = unit.lower()
        if unit in MASS_UNITS:
            return quantity * MASS_UNITS[unit]
        if unit == "fl_oz" and "fl_oz" in self.portions:
            return quantity * self.portions["fl_oz"]
        if unit in VOLUME_UNITS or unit == "fl_oz":
            ml = quantity * (ML_PER_FL_OZ if unit == "fl_oz" else VOLUME_UNITS[unit])
            cup = self.portions.get("cup")
            return ml * cup / ML_PER_CUP if cup else ml
        unit_grams = self._unit_grams(unit)
        return None if unit_grams is None else quantity * unit_grams

    def magnesium_for(self, grams: float) -> float:
        """Milligrams of magnesium in ``grams`` of this food (0 when the table has no value)."""
        return (self.magnesium_mg or 0.0) * grams / 100.0


class FoodTable:
    """An immutable collection of foods, iterable in file order and indexed by id."""

    def __init__(
        self,
        foods: tuple[Food, ...] | list[Food],
        generics: Mapping[str, tuple[str, ...]] | None = None,
        context: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] | None = None,
    ) -> None:
        self.foods: tuple[Food, ...] = tuple(foods)
        self.by_id: Mapping[str, Food] = MappingProxyType({food.id: food for food in self.foods})
        # generic word ("cake", "nuts") -> candidate foods to offer instead of guessing, best first
        self.generics: Mapping[str, tuple[Food, ...]] = MappingProxyType(
            {
                word: tuple(self.by_id[i] for i in ids if i in self.by_id)
                for word, ids in (generics or {}).items()
            }
        )

        # word -> ((food, context words), ...): "chips" is the chip-shop row when "fish" or "region:UK" applies
        self.context: Mapping[str, tuple[tuple[Food, tuple[str, ...]], ...]] = MappingProxyType(
            {
                word: tuple((self.by_id[i], when) for i, when in rules if i in self.by_id)
                for word, rules in (context or {}).items()
            }
        )

    def __iter__(self) -> Iterator[Food]:
        return iter(self.foods)

    def __len__(self) -> int:
        return len(self.foods)

    def __contains__(self, food_id: object) -> bool:
        return food_id in self.by_id

    def get(self, food_id: str) -> Food | None:
        return self.by_id.get(food_id)


def _parse_portions(value: str) -> dict[str, float]:
    portions: dict[str, float] = {}
    for part in (value or "").split("|"):
        unit, sep, grams = part.partition("=")
        grams_value = _float_or_none(grams) if sep else None
        if unit.strip() and grams_value is not None and grams_value > 0:
            portions[unit.strip().lower()] = grams_value
    return portions


def _parse_serving(value: str, portions: Mapping[str, float]) -> tuple[str, float]:
    unit, sep, amount = (value or "").partition(":")
    amount_value = _float_or_none(amount) if sep else None
    unit = unit.strip().lower()
    if unit and amount_value and amount_value > 0:
        return unit, amount_value
    for fallback in ("medium", "piece", "slice", "cup", "serving"):
        if fallback in portions:
            return fallback, 1.0
    return "g", 100.0


def food_from_row(row: Mapping[str, str]) -> Food:
    portions = _parse_portions(row.get("portions", ""))
    serving_unit, serving_amount = _parse_serving(row.get("serving", ""), portions)
    aliases = tuple(a.strip().lower() for a in (row.get("aliases") or "").split("|") if a.strip())
    return Food(
        id=row["id"].strip(),
        name=(row.get("name") or row["id"]).strip(),
        aliases=aliases,
        ndb=(row.get("ndb") or "").strip(),
        food_group=(row.get("food_group") or "").strip(),
        magnesium_mg=_float_or_none(row.get("magnesium_mg")),
        calcium_mg=_float_or_none(row.get("calcium_mg")),
        vitamin_d_ug=_float_or_none(row.get("vitamin_d_ug")),
        vitamin_k_ug=_float_or_none(row.get("vitamin_k_ug")),
        energy_kcal=_float_or_none(row.get("energy_kcal")),
        portions=MappingProxyType(portions),
        serving_unit=serving_unit,
        serving_amount=serving_amount,
        ods=(row.get("ods") or "").strip(),
        source=(row.get("source") or "SR28").strip() or "SR28",
        components=tuple(c.strip().lower() for c in (row.get("components") or "").split("|") if c.strip()),
    )


@lru_cache(maxsize=8)
def _load(path: Path) -> FoodTable:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if (row.get("id") or "").strip()]
    generics: dict[str, tuple[str, ...]] = {}
    generic_path = path.with_name(GENERIC_CSV_NAME)
    if generic_path.exists():
        with generic_path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                generics[row["word"].strip().lower()] = tuple(row["candidates"].split("|"))
    context: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    context_path = path.with_name(CONTEXT_CSV_NAME)
    if context_path.exists():
        with context_path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                when = tuple(w.strip().lower() for w in row["when"].split("|") if w.strip())
                context[row["word"].strip().lower()] = (
                    *context.get(row["word"].strip().lower(), ()),
                    (row["food"].strip(), when),
                )
    return FoodTable([food_from_row(row) for row in rows], generics, context)


def load_food_table(path: Path | None = None) -> FoodTable:
    """Load (once per path) the food table; the default is ``knowledge/foods.csv`` at the repo root."""
    return _load(Path(path or DEFAULT_FOODS_CSV).resolve())
