"""A food put in another food: "tbsp chia seeds in my yoghurt", "1 scoop whey in 300ml milk", "clam chowder
in a bread bowl".

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.domain.matcher import normalise
from bot.domain.matcher_words import DISH_WORDS
from bot.domain.meal import MEASURED_UNITS, parse_item

if TYPE_CHECKING:
    from bot.domain.estimate import Estimator

EXACT_SCORE = 97.0  # the matcher's score for a name or alias hit (as in bot.domain.estimate)
# a food put in another: "chia seeds in my yoghurt", "milo in a cup of milk", "clam chowder in a bread bowl"
_PUT_IN_RE = re.compile(
    r"^(?P<food>.+?)\s+(?:in|into|to|onto|stirred\s+into|mixed\s+into|mixed\s+in)\s+"
    r"(?:(?:my|a|an|the|some|our|his|her)\s+(?=[^\W\d_])|(?=\d))(?P<into>.+)$",
    re.IGNORECASE,
)
_SPOONS = frozenset({"tsp", "tbsp"})  # what is stirred into another food, not poured over it
_SCOOP_RE = re.compile(r"\bscoops?\b", re.IGNORECASE)
# a food served in a bread the table names ("in a pita", "in a naan", "in a bun"): the bread's food group
_BREAD_GROUP_RE = re.compile(r"^(?:Baked Products|Yeast breads|Tortillas)$")


def put_in(estimator: Estimator, item_text: str, sep: str, lowered: str) -> list[tuple[str, str]]:
    """ "tbsp chia seeds in my yoghurt", "2 tsp milo in a cup of milk": a food put in another food is two
    foods; put in a dish said only by its kind ("in my smoothie", "in a salad") or in what is no food
    ("in a bread bowl"), it is the food alone. Anything else is the item as it is."""
    m = _PUT_IN_RE.match(item_text)
    if m is None or estimator.matcher.is_known_name(parse_item(item_text).food_text):
        return [(item_text, sep)]
    first = estimator._parse(m.group("food"))
    named = estimator.matcher.match(first.food_text)
    if named.status != "sure" or named.score < EXACT_SCORE:
        return [(item_text, sep)]
    into = estimator._parse(m.group("into"))
    words = set(normalise(into.food_text).split())
    if words <= DISH_WORDS or estimator.matcher.is_generic(into.food_text):
        return [(m.group("food"), sep)]  # "chia seeds in my smoothie", "4 falafel in a wrap": the food put in
    result = estimator.matcher.match(into.food_text)
    if result.status != "sure" or result.score < EXACT_SCORE:
        return [(m.group("food"), sep)]  # "clam chowder in a bread bowl": served in it
    if _BREAD_GROUP_RE.search(result.best.food_group) and first.unit not in MEASURED_UNITS:
        # "4 falafel in a pita": the pita is eaten too
        return [(m.group("food"), sep), (m.group("into"), ",")]
    said_again = lowered.count(f" {into.food_text.lower()} ") > 1  # "... in my porridge, porridge made with"
    spooned = first.unit in _SPOONS or _SCOOP_RE.search(m.group("food")) is not None
    # both weighed or measured ("24 g chia in 1 cup almond milk"): the amounts say both were eaten
    weighed = first.unit in MEASURED_UNITS and into.unit is not None
    if (spooned or weighed or into.unit in MEASURED_UNITS) and not said_again:
        return [(m.group("food"), sep), (m.group("into"), ",")]  # stirred into another food: both eaten
    return [(item_text, sep)]
