"""One food, not two: a dish followed by its own ingredients ("porridge made with milk", "a smoothie with
banana and spinach") is either the dish or the ingredients.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from typing import TYPE_CHECKING

from bot.domain.estimate_slots import _has_amount, _Slot, added_to_drink, is_component, served_beside
from bot.domain.matcher import normalise
from bot.domain.meal_filters import _DISH_SEPARATORS, _LIST_SEPARATORS, _WITH_RE

if TYPE_CHECKING:
    from bot.domain.estimate import Estimator

_DISH_MEASURES = frozenset({"cup", "bowl", "serving", "glass", "tbsp", "tsp"})
_WEIGHED_OR_COUNTED = frozenset({None, "g", "kg", "oz", "lb", "piece", "small", "medium", "large"})
_AMOUNT_FIRST_RE = re.compile(
    r"^\s*(?:~|about\s+|around\s+)?(?:\d|an?\b|one\b|half\b|two\b|three\b)", re.IGNORECASE
)
_BOWL_RE = re.compile(
    r"[^\W\d_]\s+bowls?\b(?!\s+of\b)", re.IGNORECASE
)  # a dish served as a bowl of parts ("poke bowl")


def absorb(estimator: Estimator, slots: list[_Slot]) -> None:
    """One food, not two: a dish followed by its own ingredients ("porridge made with milk", "a
    smoothie with banana and spinach") is either the dish or the ingredients. The ingredients must be
    introduced by "with"/"made with"/"on"/"topped with" and be among the dish's ``components``. With no
    amounts the dish wins; when two or more ingredients are named and they carry amounts ("40 g oats
    and 250 ml milk") the ingredients win; a single ingredient with its own amount ("coffee with 100 ml
    milk") is an addition to the dish."""
    for index, slot in enumerate(slots):
        dish = slot.food
        if dish is None or not dish.components or slot.dropped:
            continue
        components = {normalise(c) for c in dish.components}
        absorbed: list[_Slot] = []
        # "a smoothie with banana, spinach and almond milk": the list goes on after a merged "with"
        listing = bool(_WITH_RE.search(slot.text))
        # "Porridge, 40 g oats made with 250 ml milk": a dish said bare, then its recipe with amounts
        heading = not _has_amount(slot)
        for other in slots[index + 1 :]:
            joined = other.sep in _DISH_SEPARATORS or (
                (absorbed or listing or (heading and other.sep == "," and _has_amount(other)))
                and other.sep in _LIST_SEPARATORS
            )
            if not joined or not is_component(other, components) or served_beside(slot, other):
                break
            absorbed.append(other)
        if not absorbed:
            continue
        measured = sum(_has_amount(other) for other in absorbed)
        listed = len(absorbed)
        if absorbed[0].sep == "," and not listing and measured < 2:
            continue  # "chicken curry, 200 g rice": two foods, not a recipe
        if measured and absorbed[0].sep.startswith(("made", "cooked", "prepared")):
            # "dal made with 1 cup lentils and half a cup of spinach": the recipe goes on past the
            # dish's own component words
            after = slots[index + 1 + listed :]
            listed += len(list(takewhile(lambda o: o.sep in _LIST_SEPARATORS and _has_amount(o), after)))
        if measured and listed >= 2:
            # the recipe: "made with 40 g oats and 250 ml milk"; an ingredient the dish's own text named
            # ("a smoothie with a banana, a handful of spinach and 250 ml almond milk") stays
            slot.dropped = slot.recipe = not _keep_own_ingredient(estimator, slot, components)
        elif not measured and listed >= 3 and _BOWL_RE.search(slot.text):
            slot.dropped = (
                True  # "burrito bowl w chicken, black beans, brown rice": a bowl built of its parts
            )
        elif not measured:
            for other in absorbed:
                if not added_to_drink(slot, other):
                    other.dropped = True  # the dish: "porridge made with milk", "smoothie with banana"
        elif listed == 1 and not _has_amount(slot):
            _one_measured(slot, absorbed[0], dish.components)
        # one ingredient with its own amount is an addition: "coffee with 100 ml milk"


def _one_measured(slot: _Slot, other: _Slot, components: tuple[str, ...]) -> None:
    """A dish said with one of its ingredients and one amount: a cup or bowl said after the ingredient measures
    the dish ("chili con carne w beans 1.5 cups", "hot cocoa w oat milk 1 cup": the dish, the ingredient in
    it); a weight or count of the dish's base ingredient is the dish made of it ("omelette w 3 eggs", "porridge
    with 40g oats": the ingredient). Else the ingredient is an addition ("coffee with 100 ml milk")."""
    # "porridge made w milk, 1 cup": the milk's cup; a drink's cup is the drink ("hot chocolate made with
    # milk, 1 cup": one cup of hot chocolate)
    made = other.sep.startswith(("made", "cooked", "prepared")) and not (
        slot.food is not None and slot.food.is_drink
    )
    if other.parsed.unit in _DISH_MEASURES and not made and not _AMOUNT_FIRST_RE.match(other.text):
        slot.parsed = replace(slot.parsed, quantity=other.parsed.quantity, unit=other.parsed.unit)
        other.dropped = True
    elif (
        other.parsed.unit in _WEIGHED_OR_COUNTED
        and slot.food is not None
        and not slot.food.is_drink
        and is_component(other, {normalise(components[0])})
    ):
        slot.dropped = slot.recipe = True


def _keep_own_ingredient(estimator: Estimator, slot: _Slot, components: set[str]) -> bool:
    """Turn a dish slot whose text ends "with <ingredient>" into that ingredient (True), if it is one."""
    parts = _WITH_RE.split(slot.text)
    if len(parts) < 2 or not parts[-1].strip():
        return False
    tail = parts[-1].strip()
    parsed = estimator._parse(tail)
    result = estimator.matcher.match(parsed.food_text)
    ingredient = _Slot(tail, "with", parsed, result)
    if ingredient.food is None or not is_component(ingredient, components):
        return False
    slot.text, slot.parsed, slot.result = tail, parsed, result
    return True
