"""One food, not two, when the ingredients come first: "a spinach and feta omelette" is the omelette.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.domain.estimate_slots import _has_amount, _Slot
from bot.domain.matcher import FoodMatcher, MatchResult, normalise
from bot.domain.meal import ParsedItem
from bot.domain.meal_filters import _LIST_SEPARATORS

# units that measure a whole dish ("a bowl of", "2 slices of"), not an ingredient by weight
_DISH_AMOUNT_UNITS = frozenset({"bowl", "slice", "piece", "serving", "cup", "glass", "plate"})
# an item that starts with an article or a number is a food of its own ("toast and a cheese omelette")
_ARTICLE_START_RE = re.compile(r"^\s*(?:a|an|the|one|some|my|\d)\b", re.IGNORECASE)


def dish_named_last(
    slots: list[_Slot], matcher: FoodMatcher, is_component: Callable[[_Slot, set[str]], bool]
) -> None:
    """One food, not two, the other way round: ingredients named before their dish ("a spinach and feta
    omelette", "a banana and peanut butter smoothie"). A last item the matcher is not sure of, whose
    last word is a dish with ``components`` and whose other words are among them, is that dish; the
    items just before it, joined by "and" or commas, with no amounts and among its components, are
    its ingredients (dropped); an amount of a whole dish that opens the line ("2 slices of cheese and
    tomato pizza") moves to the dish."""
    for index, slot in enumerate(slots):
        words = normalise(slot.parsed.food_text).split()
        if slot.dropped or len(words) < 2 or _ARTICLE_START_RE.match(slot.text):
            continue  # "toast and a cheese omelette": two foods
        dish = slot.food
        if dish is None:
            head = matcher.match(words[-1])
            dish = head.best if head.status == "sure" else None
            if dish is None or not dish.components:
                continue
            if " ".join(words[:-1]) not in {normalise(c) for c in dish.components}:
                continue  # "feta omelette" is an omelette only if feta is among its ingredients
        if not dish.components:
            continue
        components = {normalise(c) for c in dish.components}
        # "ham and cheese toastie": the dish named after a filling of its own ("cheese"), so the food listed
        # just before it, bare, is another filling of that dish, if any dish has it inside ("ham")
        filled = " ".join(words[:-1]) in components
        before: list[_Slot] = []
        amount: ParsedItem | None = None
        position = index
        while position > 0:
            other = slots[position - 1]
            joined = slots[position].sep in _LIST_SEPARATORS
            if not joined or other.dropped:
                break
            if not is_component(other, components) and not (filled and _another_filling(other, matcher)):
                break
            if _has_amount(other) or other.parsed.unit is not None:
                # "2 slices of ham and pineapple pizza": the amount that opens the line is the dish's
                opens = position - 1 == 0 or slots[position - 1].sep not in _LIST_SEPARATORS
                if not opens or other.parsed.unit not in _DISH_AMOUNT_UNITS or _has_amount(slot):
                    break
                amount = other.parsed
            before.append(other)
            position -= 1
            if amount is not None:
                break
        if slot.food is None:
            slot.result = MatchResult("sure", dish, 100.0, (dish,))
        elif not before:
            continue
        if amount is not None:
            slot.parsed = replace(slot.parsed, quantity=amount.quantity, unit=amount.unit, size=amount.size)
        for other in before:
            other.dropped = True


def _another_filling(slot: _Slot, matcher: FoodMatcher) -> bool:
    """A bare food, no drink, that some dish of the table has inside ("ham"): a filling named in a list."""
    if slot.food is None or slot.food.is_drink or _has_amount(slot) or _ARTICLE_START_RE.match(slot.text):
        return False
    return normalise(slot.parsed.food_text) in _fillings(matcher)


def _fillings(matcher: FoodMatcher) -> frozenset[str]:
    cached = getattr(matcher, "_dish_fillings", None)
    if cached is None:
        cached = frozenset(normalise(c) for food in matcher.foods for c in food.components)
        matcher._dish_fillings = cached  # noqa: SLF001 (a cache on the matcher, built once)
    return cached
