"""A sandwich, toast, wrap or bagel named by its filling when the table has no row for that dish.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.domain.matcher import MatchResult
from bot.domain.meal import ParsedItem
from bot.domain.meal_filters import _COMPOSITE_BREAD, _COMPOSITE_RE, _WHOLEMEAL_RE

if TYPE_CHECKING:
    from bot.domain.estimate import EstimatedItem, Estimator


def composite(
    estimator: Estimator, text: str, parsed: ParsedItem, region: str = ""
) -> tuple[EstimatedItem, ...]:
    """A sandwich, toast, wrap or bagel the table has no row for ("peanut butter sandwich", "avocado
    toast", "ham and cheese sandwich"): one serving of each filling plus the bread it comes on, times
    the number of sandwiches. Empty when a filling is not a food we are sure of."""
    match = _COMPOSITE_RE.match(parsed.food_text.strip())
    if match is None or parsed.unit not in (None, "piece", "serving"):
        return ()
    count = parsed.quantity or 1.0
    bread_id, bread_unit, bread_amount = _COMPOSITE_BREAD[match.group("kind").lower().split()[-1].rstrip("s")]
    filling = match.group("filling")
    if _WHOLEMEAL_RE.search(filling):
        filling = _WHOLEMEAL_RE.sub(" ", filling).strip()
        bread_id = {"bread_white": "bread_whole_wheat", "toast_white": "toast_whole_wheat"}.get(
            bread_id, bread_id
        )
    bread = estimator.table.by_id.get(bread_id)
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
