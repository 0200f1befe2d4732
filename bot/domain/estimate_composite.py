"""A sandwich, toast, wrap or bagel named by its filling when the table has no row for that dish.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.domain.foods import Food
from bot.domain.matcher import FoodMatcher, MatchResult
from bot.domain.meal import ParsedItem
from bot.domain.meal_filters import _COMPOSITE_BREAD, _COMPOSITE_RE, _WHOLEMEAL_RE

if TYPE_CHECKING:
    from bot.domain.estimate import EstimatedItem, Estimator


_ON_RE = re.compile(r"^(?P<dish>.+?)\s+on\s+(?P<bread>[^\W\d_][\w\s-]*)$", re.IGNORECASE)


def split_on_bread(food_text: str, matcher: FoodMatcher | None = None) -> tuple[str, str]:
    """("cheese sandwich", "white") for "cheese sandwich on white"; (text, "") when no "on" follows a
    sandwich, toast, wrap or bagel, or (given ``matcher``) a dish of the table made with bread ("PB&J")."""
    text = food_text.strip()
    m = _ON_RE.match(text)
    if m is None:
        return text, ""
    dish = m.group("dish")
    if not _COMPOSITE_RE.match(dish):
        known = matcher.match(dish) if matcher is not None and matcher.is_known_name(dish) else None
        if known is None or known.best is None or "bread" not in known.best.components:
            return text, ""
    return dish, m.group("bread").strip()


def on_named_bread(estimator: Estimator, food_text: str) -> str:
    """The dish of "<dish> on <bread>" when the words after "on" name a bread ("PB&J on whole wheat"), else ""."""
    dish, on = split_on_bread(food_text, estimator.matcher)
    return dish if on and _bread_named(estimator, on, "bread") is not None else ""


def _bread_named(estimator: Estimator, words: str, kind: str) -> Food | None:
    """The bread (or toast) row that ``words`` name ("white", "wholemeal", "sourdough"), else None."""
    for name in (f"{words} {kind}", f"{words} bread", words):
        result = estimator.matcher.match(name)
        food = result.best
        if (
            result.status == "sure"
            and food is not None
            and any(k in label for label in (food.name, *food.aliases) for k in ("bread", "toast"))
        ):
            return food
    return None


def composite(
    estimator: Estimator, text: str, parsed: ParsedItem, region: str = ""
) -> tuple[EstimatedItem, ...]:
    """A sandwich, toast, wrap or bagel the table has no row for ("peanut butter sandwich", "avocado
    toast", "ham and cheese sandwich"): one serving of each filling plus the bread it comes on, times
    the number of sandwiches. Empty when a filling is not a food we are sure of."""
    dish, on = split_on_bread(parsed.food_text)
    match = _COMPOSITE_RE.match(dish)
    if match is None:
        return ()
    count = parsed.quantity or 1.0
    kind = match.group("kind").lower().split()[-1].rstrip("s")
    bread_id, bread_unit, bread_amount = _COMPOSITE_BREAD[kind]
    # "2 slices of vegemite toast": a toast made of one slice is counted in slices
    slices = parsed.unit == "slice" and (bread_unit, bread_amount) == ("slice", 1.0)
    if parsed.unit not in (None, "piece", "serving") and not slices:
        return ()
    filling = match.group("filling")
    if _WHOLEMEAL_RE.search(filling):
        filling = _WHOLEMEAL_RE.sub(" ", filling).strip()
        bread_id = {"bread_white": "bread_whole_wheat", "toast_white": "toast_whole_wheat"}.get(
            bread_id, bread_id
        )
    bread = estimator.table.by_id.get(bread_id)
    if on:
        # "... sarnie on wholemeal", "avocado toast on sourdough": the bread it is said to be on
        bread = _bread_named(estimator, on, "toast" if bread_id.startswith("toast") else "bread")
        if bread is None:
            return ()
    fillings = [f.strip() for f in re.split(r"\s+(?:and|&|n)\s+|\s*&\s*|,", filling) if f.strip()]
    if bread is None or not fillings:
        return ()
    parts: list[EstimatedItem] = []
    around = " " + re.sub(r"[^\w%]+", " ", parsed.food_text.lower()) + " "
    for name in fillings:
        # a filling word read next to its bread: the chips of a chip butty are chip-shop chips
        in_context = estimator._in_context(name, around, region)
        result = (
            MatchResult("sure", in_context, 100.0, (in_context,))
            if in_context is not None
            else estimator.matcher.match(name)
        )
        if result.status != "sure" or result.best is None:
            return ()
        item = estimator._amount(name, None, None, result.best)  # one typical serving of the filling
        if item is None:
            return ()
        if count != 1.0:
            item = replace(
                item,
                quantity=item.quantity * count,
                grams=item.grams * count,
                magnesium_mg=item.magnesium_mg * count,
            )
        parts.append(item)
    bread_item = estimator._amount(f"{text} ({bread.name})", count * bread_amount, bread_unit, bread)
    if bread_item is None:
        return ()
    parts.append(bread_item)
    if not all(estimator.plausible(part) for part in parts):
        return ()
    return tuple(parts)
