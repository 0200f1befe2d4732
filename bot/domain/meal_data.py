"""Small curation tables the meal reader uses (``knowledge/*.csv``), loaded once.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def _rows(name: str) -> list[dict[str, str]]:
    with (KNOWLEDGE / name).open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@lru_cache(maxsize=1)
def drink_additions() -> frozenset[str]:
    """Drinks whose row is brewed without milk (``drink_additions.csv``): milk named with them ("tea with
    milk", "coffee w a splash of oat milk") is added, a splash a cup, not absorbed."""
    return frozenset(row["food_id"] for row in _rows("drink_additions.csv") if row["food_id"])


@lru_cache(maxsize=1)
def unit_foods() -> dict[str, str]:
    """A unit word said with no food, and the food it means (``unit_foods.csv``): "2 pints" are pints of
    beer, "2 rashers" bacon."""
    return {row["unit"]: row["food"] for row in _rows("unit_foods.csv") if row["unit"] and row["food"]}


def unit_food(text: str) -> str | None:
    """The food a unit word said with no food means ("2 schooners": beer), from the words of ``text``."""
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        forms = (word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ies") + "y")
        named = next((unit_foods()[form] for form in forms if form in unit_foods()), None)
        if named:
            return named
    return None


@lru_cache(maxsize=1)
def side_dishes() -> frozenset[str]:
    """Foods served beside a dish (``side_dishes.csv``): "shepherd's pie with peas" is the pie and a side of
    peas, though peas are among the pie's own ingredients."""
    return frozenset(row["side"].lower() for row in _rows("side_dishes.csv") if row["side"])
