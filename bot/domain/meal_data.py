"""Small curation tables the meal reader uses (``knowledge/*.csv``), loaded once.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

_WORD_RE = re.compile(r"[^\W_]+")
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


@lru_cache(maxsize=1)
def _container_rules() -> tuple[tuple[str, tuple[str, ...], str, tuple[tuple[str, float], ...]], ...]:
    rules = []
    for row in _rows("container_sizes.csv"):
        foods = tuple(f.strip().lower() for f in row["foods"].split("|") if f.strip())
        amounts = []
        for part in row["amount"].split("|"):
            unit, _, value = part.partition(":")
            amounts.append((unit.strip(), float(value)))
        rules.append((row["unit"], foods, row["size"], tuple(amounts)))
    return tuple(rules)


def container_amounts(
    unit: str, names: tuple[str, ...], is_drink: bool, size: str | None
) -> tuple[tuple[tuple[str, float], ...], bool] | None:
    """What one ``unit`` (a bottle, carton, tub, pot, jar, container, or a can of a drink) of a food holds
    (``container_sizes.csv``): the amounts to try in turn ("ml:500", "cup:2|serving:1.5"), and whether the
    row is of the size said ("a small tub of hummus" is a dip pot, not a scaled tub). ``names`` are the
    food's name and aliases; a row's foods are words of one of them, "*drink" any drink, "*" any food. The
    first row that fits wins; None when none does."""
    padded = [" " + " ".join(_WORD_RE.findall(name.lower())) + " " for name in names]
    for rule_unit, foods, rule_size, amounts in _container_rules():
        if rule_unit != unit or (rule_size and rule_size != size):
            continue
        if any(
            (word == "*drink" and is_drink) or word == "*" or any(f" {word} " in name for name in padded)
            for word in foods
        ):
            return amounts, bool(rule_size)
    return None
