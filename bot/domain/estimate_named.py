"""A food named with more than the food: a dish of the table described by what is in it, in brackets ("spag bol
(pasta w meat sauce)"), and a food named with what it comes in ("a 1.45oz dark chocolate bar", "a 500ml bottle of
coconut water").

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.domain.matcher import FoodMatcher, singular
from bot.domain.meal import MEASURED_UNITS, ParsedItem, parse_item, strip_lead_ins
from bot.domain.meal_amounts import CONTAINER_WORDS
from bot.domain.meal_units import _UNIT_LOOKUP, CONTAINER_UNITS

_LEADING_COUNT_RE = re.compile(r"^(?:(?P<count>an?|one|\d{1,2})\s+)?(?P<name>[^\d].*)$", re.IGNORECASE)
_OF_AFTER_UNIT_RE = re.compile(r"^\S+\s+of\b", re.IGNORECASE)  # "pot of tea": the unit, then its food
EXACT_SCORE = 97.0  # the matcher's score for a name or alias hit (as in bot.domain.estimate)
# a food and, in brackets, a list of what is in it: "spag bol (pasta w meat sauce)"
_DESCRIBED_RE = re.compile(
    r"(?P<head>(?<![^\s,;:])[^\W\d_][^,;:()\n]*?)\s*\((?P<body>[^()\d]*?(?:,|&|\+|\s(?:w/?|with|and)\s)[^()\d]*)\)",
    re.IGNORECASE,
)


def described_dishes(matcher: FoodMatcher, text: str) -> str:
    """ "spag bol (pasta w meat sauce)", "green smoothie (spinach, banana, almond milk)": a dish of the table
    described by what is in it, in brackets, is that dish; its ingredients are not counted again."""

    def cut(m: re.Match[str]) -> str:
        head = parse_item(strip_lead_ins(m.group("head"))).food_text
        result = matcher.match(head) if head else None
        dish = result.best if result is not None and result.status == "sure" else None
        if dish is None or not (dish.components or dish.source == "FNDDS"):
            return m.group(0)
        return m.group("head")

    return _DESCRIBED_RE.sub(cut, text)


# a bracket holding only a name: "1 cup chickpeas cooked with onion (chana)", "buckwheat groats, cooked (kasha)"
_NAME_BRACKET_RE = re.compile(r"\s*\((?P<name>[^\W\d_][^()\d,;:]{0,40})\)")
_CHUNK_SPLIT_RE = re.compile(r"[,;:&+(]|\s(?:and|with|w/?|n|or)\s", re.IGNORECASE)


def same_food_again(matcher: FoodMatcher, text: str) -> str:
    """ "1 cup chickpeas cooked with onion & oil (chana)", "1 cup of buckwheat groats, cooked (kasha)": a
    bracket that names, by another name, a food already named before it on the line is dropped; it is no
    second food."""

    def cut(m: re.Match[str]) -> str:
        named = matcher.match(m.group("name"))
        if named.status != "sure" or named.best is None or named.score < EXACT_SCORE:
            return m.group(0)
        same = {named.best.id, *(v.id for v in matcher.variants(named.best))}
        line = text[: m.start()].rsplit("\n", 1)[-1]
        for chunk in _CHUNK_SPLIT_RE.split(line):
            food_text = parse_item(chunk).food_text if chunk.strip() else ""
            before = matcher.match(food_text) if food_text else None
            if (
                before is not None
                and before.status == "sure"
                and before.best is not None
                and before.best.id in same
            ):
                return ""
        return m.group(0)

    return _NAME_BRACKET_RE.sub(cut, text) if "(" in text else text


def without_container(matcher: FoodMatcher, parsed: ParsedItem) -> ParsedItem:
    """ "a 1.45oz dark chocolate bar", "coconut water 500ml bottle": a weighed food named with what it comes in
    is the food, when the name without the container is one and the name with it is not; so is a counted one
    ("half a dark chocolate bar": half the food's bar, or half a piece)."""
    words = parsed.food_text.split()
    counted = parsed.unit is None and parsed.quantity is not None  # "half a dark chocolate bar"
    if not (parsed.unit in MEASURED_UNITS or counted) or len(words) < 2:
        return parsed
    if words[-1].lower() in CONTAINER_WORDS:
        trimmed = " ".join(words[:-1])  # "dark chocolate bar"
    elif len(words) > 2 and words[0].lower() in CONTAINER_WORDS and words[1].lower() == "of":
        trimmed = " ".join(words[2:])  # "bottle of coconut water"
    else:
        return parsed
    if matcher.is_known_name(parsed.food_text) or matcher.match(parsed.food_text).status == "sure":
        return parsed  # "granola bar 40g", "bottle of water 500ml" (bottled water)
    result = matcher.match(trimmed)
    if result.status != "sure" or result.score < EXACT_SCORE:
        return parsed
    if counted:
        # a count of containers, of the food's own portion by that name ("half a bar")
        container = singular(words[-1].lower())
        if words[-1].lower() not in CONTAINER_WORDS or container not in result.best.portions:
            return parsed
        return replace(parsed, food_text=trimmed, unit=container)
    return replace(parsed, food_text=trimmed)


def whole_piece(matcher: FoodMatcher, parsed: ParsedItem) -> ParsedItem:
    """ "whole avo i reckon", "whole banana": "whole" said before a food weighed by the piece, with no other
    amount, is one piece of it ("whole milk", "whole wheat bread" are foods' own names)."""
    words = parsed.food_text.split()
    if (
        parsed.quantity is not None
        or parsed.unit is not None
        or len(words) < 2
        or words[0].lower() != "whole"
    ):
        return parsed
    result, said = matcher.match(" ".join(words[1:])), matcher.match(parsed.food_text)
    if result.status != "sure" or result.best is None or not {"piece", "medium"} & set(result.best.portions):
        return parsed
    if not matcher.is_known_name(" ".join(words[1:])):
        return parsed  # "whole grain toast": "whole" is part of another word's name
    if said.best is not None and said.best.id != result.best.id:
        return parsed  # "whole grain toast" is whole-wheat toast, not a piece of toast
    return replace(parsed, quantity=1.0, food_text=" ".join(words[1:]))  # one, as "a whole avocado" is


def container_named(matcher: FoodMatcher, said: str, parsed: ParsedItem) -> ParsedItem:
    """A container word that is part of a food's name: "a pot noodle" is the food (counted), not a pot of
    noodles; "a bottle of water", "bottle of water 500ml" are the table's bottled water, in that amount."""
    m = _LEADING_COUNT_RE.match(said)
    name = m.group("name") if m else ""
    if parsed.unit in CONTAINER_UNITS and not _OF_AFTER_UNIT_RE.match(name) and matcher.is_known_name(name):
        count = m.group("count") if m else None
        quantity = None if count is None else (float(count) if count.isdigit() else 1.0)
        return ParsedItem(parsed.text, quantity, None, name)
    named = re.search(rf"\b([^\W\d_]+)\s+of\s+{re.escape(parsed.food_text)}\b", said, re.IGNORECASE)
    if (
        named
        and parsed.food_text
        and _UNIT_LOOKUP.get(named.group(1).lower()) in CONTAINER_UNITS
        and matcher.is_known_name(named.group(0))
    ):
        return replace(parsed, food_text=named.group(0))
    return parsed
