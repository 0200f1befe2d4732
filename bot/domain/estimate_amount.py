"""An item's amount in grams and whether it is plausible (see :mod:`bot.domain.estimate` for the policy)."""

from __future__ import annotations

import re

from bot.domain.estimate_types import EstimatedItem
from bot.domain.foods import MASS_UNITS, ML_PER_CUP, SERVING_SIZE_FACTORS, SIZE_FACTORS, VOLUME_UNITS, Food
from bot.domain.meal_data import container_amounts
from bot.domain.meal_units import CONTAINER_UNITS
from bot.domain.regions import pint_ml

MAX_SOLID_G = 3000.0
MAX_DRINK_G = 5000.0
MAX_ITEM_MG = 5000.0
MAX_UNITS = 100.0
# a food's own plausibility limit: more than this many times its largest usual portion asks first
USUAL_PORTIONS_FACTOR = 5.0
USUAL_MIN_G = 500.0  # ... but never below this (a few spoons of a condiment are no question)
USUAL_MIN_DRINK_G = 1500.0
# a bare count above this, of a food served by the handful or spoon with no weight of one piece, is pieces
MAX_SERVINGS_COUNTED = 4.0
_MEASURED_SERVINGS = frozenset({"handful", "tbsp", "tsp", "cup"})
# a size's own portion is a bag of that size when it weighs at least this share of the food's packet
SIZED_PACKET_MIN = 0.5
# a count said vaguely: "a few walnuts", "several brazil nuts", "a couple of dates"
_VAGUE_COUNT_RE = re.compile(r"\b(?:few|several|couple)\b", re.IGNORECASE)
# how full a spoon is: "3 heaped tsp milo" (Nestlé's own serving: 3 heaped teaspoons, 20 g, about twice 3 level
# ones), "a scant tbsp"
SPOON_FILL = {"small": 0.75, "medium": 1.0, "large": 2.0}
COUNT_UNITS = frozenset({"piece", "small", "medium", "large", "slice", "packet", "can", "square"})


def amount(
    text: str,
    quantity: float | None,
    unit: str | None,
    food: Food,
    size: str | None = None,
    region: str | None = None,
) -> EstimatedItem | None:
    q = 1.0 if quantity is None else float(quantity)
    if unit == "pint":  # 568 ml in the UK, 473 ml in the US
        grams = food.grams_for(q * pint_ml(region), "ml")
        return EstimatedItem(text, food, q, "pint", grams, food.magnesium_for(grams))
    if unit is None and quantity is not None and food.is_drink:
        unit = None  # "an orange juice", "2 lattes": drinks are counted in their default drink portion
    elif unit is None and quantity is not None and food.serving_unit not in COUNT_UNITS:
        # "23 almonds", "3 figs": a bare count means pieces when the food has a piece weight; a dish
        # or drink whose default is FNDDS's typical amount ("a latte") counts those, not a size
        counted = ("piece",) if food.source == "FNDDS" else None
        unit = next((u for u in counted or ("piece", "medium") if u in food.portions), None)
        if unit is None and q > MAX_SERVINGS_COUNTED and food.serving_unit in _MEASURED_SERVINGS:
            return None  # "10 pistachios" with no weight of one: not ten handfuls
        if unit is None and food.serving_unit in _MEASURED_SERVINGS and _VAGUE_COUNT_RE.search(text):
            q = 1.0  # "a few walnuts" with no weight of one walnut: one handful, not three
    if unit is None and quantity is not None and food.serving_unit in COUNT_UNITS and not food.is_drink:
        # "2 shredded wheat biscuits" with a serving of 2 biscuits: 2 biscuits, not 2 servings
        unit = food.serving_unit
    if unit == "cup" and size in SIZE_FACTORS and size != "medium" and food.is_drink:
        # "a big mug of coffee", "a small cup of tea": a sized cup of a drink is the drink's sized serving
        # (its own small/large portion when it has one, else the cup scaled by the size)
        if size in food.portions:
            unit = size
        else:
            cup = food.grams_for(q, "cup")
            if cup is not None:
                grams = cup * SIZE_FACTORS[size]
                return EstimatedItem(text, food, q, "cup", grams, food.magnesium_for(grams))
    if unit == "packet" and size in SIZE_FACTORS and _sized_packet(food, size):
        # "a large bag of doritos", "a small bag of chips": the food's own bag of that size (FNDDS's
        # small/medium/large single-serving bag, a chip shop's order), not the usual packet scaled
        unit = size
    if unit is None:
        grams = food.grams_for(q, None)
        used_quantity, used_unit = q * food.serving_amount, food.serving_unit
    else:
        grams = food.grams_for(q, unit)
        used_quantity, used_unit = q, unit
        if grams is None and (held := _held(food, unit, size)) is not None:
            # "a carton of milk", "half a bottle of red", "a tub of hummus": what the container holds
            grams, sized = held[0] * q, held[1]
            size = unit if sized else size  # a row of the size said is not scaled again
        elif grams is None and unit in CONTAINER_UNITS:
            # "a bottle of kombucha": a container no row sizes for this food is its default serving
            grams, used_quantity, used_unit = (
                food.grams_for(q, None),
                q * food.serving_amount,
                food.serving_unit,
            )
        if grams is None and unit in SIZE_FACTORS:
            # "a large spinach": scale the default serving by the size
            serving = food.grams_for(q, None)
            grams = None if serving is None else serving * SIZE_FACTORS[unit]
        elif (
            grams is not None
            and size
            and size != unit
            and unit not in MASS_UNITS
            and unit not in VOLUME_UNITS
            and not (unit == "packet" and size == "small")  # a packet is the small single-serve bag
        ):
            # "a large bowl", "a small glass"; "a big portion" of a dish: FNDDS's large over its usual; a heaped
            # spoon holds about twice a level one
            factors = SPOON_FILL if unit in ("tsp", "tbsp") else SIZE_FACTORS
            grams *= (SERVING_SIZE_FACTORS if unit == "serving" else factors).get(size, 1.0)
    if grams is None and unit == "cup" and food.is_drink:
        grams = food.grams_for(q * ML_PER_CUP, "ml")  # a drink with no cup weight of its own: 236.6 ml
    if grams is None:
        return None
    return EstimatedItem(text, food, used_quantity, used_unit, grams, food.magnesium_for(grams))


def _held(food: Food, unit: str, size: str | None) -> tuple[float, bool] | None:
    """(grams in one ``unit`` of a container of ``food``, whether the row was of the size said), from
    knowledge/container_sizes.csv; None when no row fits or the food cannot weigh the row's amount."""
    found = container_amounts(unit, (food.name, *food.aliases), food.is_drink, size)
    for said, value in found[0] if found else ():
        grams = food.grams_for(value, None if said == "serving" else said)
        if grams is not None:
            return grams, found[1]
    return None


def _sized_packet(food: Food, size: str) -> bool:
    """True when the food's own portion of ``size`` is a bag, not a sized piece: at least half its packet
    (a large saltine, 10 g, is one cracker; a large bag of crisps, 85 g, is a bag); a size that weighs
    what the packet weighs (a small bag of pretzels) leaves the packet as said."""
    sized, packet = food.portions.get(size), food.portions.get("packet")
    return sized is not None and packet is not None and sized != packet and sized >= packet * SIZED_PACKET_MIN


def plausible(item: EstimatedItem, quantity: float | None = None) -> bool:
    """False for amounts nobody eats in one go (see the module docstring)."""
    if item.grams <= 0 or (quantity is not None and quantity <= 0):
        return False
    limit = MAX_DRINK_G if item.food.is_drink else MAX_SOLID_G
    if item.grams > limit or item.magnesium_mg > MAX_ITEM_MG:
        return False
    return not (item.unit not in MASS_UNITS and item.unit not in VOLUME_UNITS and item.quantity > MAX_UNITS)


def usual(item: EstimatedItem) -> bool:
    """False for an amount above the food's own plausibility limit: more than
    :data:`USUAL_PORTIONS_FACTOR` times its largest usual portion ("50 cups of spinach")."""
    floor = USUAL_MIN_DRINK_G if item.food.is_drink else USUAL_MIN_G
    return item.grams <= max(USUAL_PORTIONS_FACTOR * item.food.largest_portion_g, floor)
