"""The foods a "how much magnesium is in X?" question asks about: one food, or two or three compared ("1 oz
pumpkin seeds vs 1 oz almonds", "which has more magnesium, a handful of almonds or a banana").

- What follows the question's own question mark is context ("… pepitas? i chuck them on my porridge every
  morning"), not part of the food, unless nothing before it names one.
- A comparison joins its foods with "vs", "versus", "or", "compared to/with"; each side must name a food the
  table knows for sure, or the message is not a comparison (then the whole is looked up as one food).

Pure Python: no framework imports.
"""

from __future__ import annotations

import re
from typing import Protocol

from bot.domain.estimate_types import EstimatedItem
from bot.domain.meal import parse_item, strip_lead_ins, strip_trailers
from bot.domain.meal_filters import _LOOKUP_PREFIXES, _LOOKUP_SUFFIXES

MAX_COMPARED = 3

# "how much magnesium in X vs Y", "X or Y for magnesium", "X compared with Y"
_COMPARE_RE = re.compile(
    r"\s*(?:,\s*)?\b(?:vs\.?|versus|or|compared\s+(?:to|with)|against)\s+", re.IGNORECASE
)
# the ask around a comparison, taken off its sides: "which has more magnesium,", "… for magnesium", "… has more"
_COMPARE_ASK_RE = re.compile(
    r"^\s*(?:which|what|who)(?:\s+one)?\s+(?:has|have|gives?|contains?|is|provides?)\s+(?:more|most|the\s+most|"
    r"higher|richer|better)(?:\s+in)?\s+(?:magnesium|mg|mag)\b\s*[,:-]?\s*"
    r"|^\s*(?:which|what)\s+is\s+(?:higher|richer|better)\s+in\s+(?:magnesium|mg|mag)\b\s*[,:-]?\s*"
    r"|^\s*more\s+(?:magnesium|mg|mag)\s+in\s+",
    re.IGNORECASE,
)
_SIDE_TAIL_RE = re.compile(
    r"\s*(?:for\s+(?:magnesium|mg|mag)|(?:which|what)\s+(?:one\s+)?has\s+more(?:\s+(?:magnesium|mg|mag))?|"
    r"(?:has|have|gives?)\s+more(?:\s+(?:magnesium|mg|mag))?|in\s+(?:magnesium|mg|mag))\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_NAMES_MAGNESIUM_RE = re.compile(r"\b(?:magnesium|mag|mg)\b", re.IGNORECASE)


class _Matcher(Protocol):
    def match(self, text: str): ...  # bot.domain.matcher.MatchResult

    def is_generic(self, text: str) -> bool: ...


class Lookup(Protocol):
    """bot.domain.estimate.Estimator"""

    matcher: _Matcher

    def lookup_item(self, text: str) -> EstimatedItem | None: ...

    def resolve(self, text: str, quantity: float | None, unit: str | None, food) -> EstimatedItem | None: ...


_COUNTED_RE = re.compile(r"^(?:(?:a|an|one|some|half)\b|\d)", re.IGNORECASE)


def _stated(side: str) -> tuple[float | None, str | None]:
    """The amount a side states ((None, None) for a bare food: "quinoa"; "a banana" states one)."""
    cleaned = _cleaned(side)
    parsed = parse_item(cleaned)
    if parsed is None or (parsed.quantity is None and not _COUNTED_RE.match(side.strip())):
        return None, None
    return parsed.quantity or 1.0, parsed.unit


def _cleaned(side: str) -> str:
    """A side without the ask around it ("how much magnesium in 1 oz pumpkin seeds": "1 oz pumpkin seeds")."""
    cleaned = _LOOKUP_SUFFIXES.sub("", _LOOKUP_PREFIXES.sub("", strip_trailers(side), count=1), count=1)
    return strip_lead_ins(cleaned)


def _names_food_for_sure(lookup: Lookup, side: str) -> bool:
    """Whether one side of a comparison names a food the table matches for sure ("1 oz almonds": almonds)."""
    parsed = parse_item(_cleaned(side))
    food = parsed.food_text if parsed is not None and parsed.food_text else side
    return lookup.matcher.match(food).status == "sure" and not lookup.matcher.is_generic(food)


def first_question(text: str) -> str:
    """The message up to its first question mark when more follows it ("… pepitas? i chuck them on my porridge"),
    else the message."""
    head, mark, rest = text.partition("?")
    return head if mark and rest.strip() and head.strip() else text


def _sides(text: str) -> list[str]:
    asked = _COMPARE_ASK_RE.sub("", text, count=1)
    sides = [_SIDE_TAIL_RE.sub("", side).strip(" ,?.!") for side in _COMPARE_RE.split(asked)]
    return [side for side in sides if side]


def compared_items(lookup: Lookup, text: str) -> list[EstimatedItem]:
    """The foods a message compares for their magnesium, each with the amount it states (two or three), or []
    when it compares none: every side must name a food for sure, and the message must name magnesium."""
    question = first_question(text.strip())
    if not _NAMES_MAGNESIUM_RE.search(question):
        return []
    sides = _sides(question)
    if not 2 <= len(sides) <= MAX_COMPARED:
        return []
    items: list[EstimatedItem] = []
    quantity, unit = _stated(sides[0])
    for n, side in enumerate(sides):
        if not _names_food_for_sure(lookup, side):
            return []
        item = lookup.lookup_item(side)
        if n and item is not None and quantity is not None and _stated(side) == (None, None):
            # "a cup of rice or quinoa": the amount stated once is each side's
            item = lookup.resolve(_cleaned(side), quantity, unit, item.food) or item
        if item is None or any(i.food.name == item.food.name for i in items):
            return []
        items.append(item)
    return items


def asked_items(lookup: Lookup, text: str) -> list[EstimatedItem]:
    """The foods a food-amount question asks about: the compared ones, else the one food of its first question,
    else of the whole message; [] when it names none."""
    compared = compared_items(lookup, text)
    if compared:
        return compared
    question = first_question(text.strip())
    item = lookup.lookup_item(question) if question != text.strip() else None
    item = item or lookup.lookup_item(text)
    return [item] if item is not None else []
