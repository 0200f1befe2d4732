"""An amount said beside the food rather than before it, read back into the item before it is split.

Pure domain code (no food knowledge) used by :mod:`bot.domain.estimate`:

* **Container sizes**: the size of the can or bottle is the amount. "had a red bull 8.4oz can", "orange
  juice, 12 oz bottle", "slimfast shake (11oz can)" are 8.4, 12 and 11 oz of the drink; "2 beers (12oz
  cans)" is two cans of 12 oz each.
* **A weight in brackets restates the amount**: "2 tbsp chia (~24g)", "a pint of lager (proper UK pint,
  568ml)": the grams or millilitres said win over the spoon or the pint.
* **Brackets that name no food** are an aside: "servo meat pie (AU)", "curry w rice (takeaway)", "2 slices
  pepperoni pizza (large pie)" (the pie the slices came from), "3 chicken tacos (medium)"; a count of
  bars in a pack is the count: "crunchy bar (the 2-bar pouch)" is two bars.
"""

from __future__ import annotations

import re

from bot.domain.meal_amounts import CONTAINER_WORDS
from bot.domain.meal_clauses import TakeBack, read_takebacks
from bot.domain.meal_units import _NUM
from bot.domain.regions import PINT_ML

_MEASURE = r"(?:fl\.?\s*oz|oz|ml|cl|g|grams?|l|litres?|liters?)"
_CONTAINER = "|".join(sorted(CONTAINER_WORDS - {"bar", "block", "slab", "glass", "tray", "punnet"}, key=len))
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT = r"(?P<count>\d{1,2}|half\s+an?|an?|one|two|three|four|five|six)"
# the food named before an amount: a few words, not a lead-in verb, no second food joined by "and"/"with"
_FOOD = (
    r"(?!(?:had|have|ate|drank|drink|just|i|grabbed|got|then)\b)[^\W\d_]"
    r"(?:(?!\s(?:and|with|w/?|plus|then|had|&)\s)(?![.!?]\s)[^,;:()\n\d&+])*?"  # within one sentence
)
_APPROX = r"(?:~|about\s+|around\s+|approx\.?\s+|like\s+)?"
# "2 beers (12oz cans)", "slimfast shake for lunch (11oz can)": a count (or none), the food, the container size
_BRACKET_CONTAINER_RE = re.compile(
    rf"(?<![^\s,;:.!])(?:{_COUNT}\s+)?(?P<food>{_FOOD})\s*\(\s*{_APPROX}(?P<num>{_NUM})\s*"
    rf"(?P<unit>{_MEASURE})\.?\s*(?:{_CONTAINER})\s*\)",
    re.IGNORECASE,
)
# "had a red bull 8.4oz can", "orange juice, 12 oz bottle": the food, then the size of its container
_AFTER_CONTAINER_RE = re.compile(
    rf"(?<![^\s,;:.!])(?:{_COUNT}\s+)?(?P<food>{_FOOD})(?:\s*,\s*|\s+)(?:an?\s+|one\s+)?"
    rf"(?P<num>{_NUM})\s*(?P<unit>{_MEASURE})\.?\s*(?:{_CONTAINER})\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "2 tbsp chia (~24g)", "a pint of lager down the pub (proper UK pint, 568ml)": a weight or volume in brackets
_LEAD_AMOUNT = (
    rf"(?:(?:{_NUM}|an?|one|two|three)\s*(?:x\s+)?(?:pints?|tbsps?|tablespoons?|tsps?|teaspoons?|cups?|"
    r"glass(?:es)?|scoops?|spoons?|spoonfuls?)\s+(?:of\s+)?)"
)
_BRACKET_MEASURE_RE = re.compile(
    rf"(?<![^\s,;:.!]){_LEAD_AMOUNT}(?P<food>{_FOOD})\s*\((?P<before>[^()\d]*?){_APPROX}"
    rf"(?P<num>{_NUM})\s*(?P<unit>ml|g|grams?|cl)\s*\)",
    re.IGNORECASE,
)
_SIZES = frozenset({"large", "medium", "small", "regular", "big", "whole"})
# brackets that name no food: where it was bought or eaten, the size of what a slice came from, a region
_ASIDE_WORDS = (
    frozenset(
        [
            "au",
            "aus",
            "nz",
            "uk",
            "us",
            "usa",
            "ie",
            "takeaway",
            "takeout",
            "take-out",
            "take-away",
            "delivery",
            "shop",
            "bought",
            "store-bought",
            "the",
            "a",
            "proper",
            "kind",
            "size",
            "sized",
            "one",
            "pie",
            "servo",
        ]
    )
    | _SIZES
)

_ASIDE_RE = re.compile(r"\s*\((?P<body>[^()\d]*)\)")
# where it was bought, said inside an aside: "(the big coffee shop kind)"
_PLACE_RE = re.compile(
    r"\b(?:coffee\s+shop|cafe|café|bakery|deli|gas\s+station|petrol\s+station|servo|canteen|cafeteria|"
    r"drive[\s-]?thru|food\s+truck|supermarket|store)\b",
    re.IGNORECASE,
)
# "a blueberry muffin (the big coffee shop kind)": a size said in an aside, after the counted food
_SIZED_ASIDE_RE = re.compile(
    r"(?P<count>\b(?:an?|one|\d{1,2})\s+)(?P<food>[^\W\d_][^,;:()\n\d]*?)\s*\((?P<body>[^()\d]*)\)",
    re.IGNORECASE,
)
_KIND_WORDS = frozenset(
    {"the", "a", "kind", "one", "type", "sort", "size", "sized", "proper", "really", "very"}
)
_SIZE_SAID = {"big": "large", "large": "large", "huge": "large", "small": "small", "little": "small"}
# "(the 2-bar pouch)", "(2 pack)", "(the pack of 2)": a count of pieces in one pack
_PACK_COUNT_RE = re.compile(
    rf"(?<![^\s,;:.!])(?P<food>{_FOOD})\s*\(\s*(?:the\s+)?(?:(?P<n>\d)\s*-?\s*(?:bars?|pack|pk)"
    r"(?:\s+(?:pouch|pack|packet|wrapper))?|pack\s+of\s+(?P<m>\d))\s*\)",
    re.IGNORECASE,
)
# a word said the way a menu or a wrapper says it: "a medium fry" (an order of fries), "6 pc salmon roll" (six
# pieces, not six rolls), "a juice box of apple juice" (its packet), "fun size snickers" (the small bar); what
# it was eaten with is no food ("an avocado with a spoon"), nor the dialect "had me a big ol bowl of grits"
_SAID_AS = (
    (re.compile(r"\b(small|medium|large|regular|kids?)\s+fry\b", re.I), r"\1 fries"),
    (re.compile(r"\b(\d{1,2})\s*(?:pcs?|pieces?)\s+(?!of\b)(?=[^\W\d_])", re.I), r"\1 pieces of "),
    (re.compile(r"\b(?:(?:a|an|one|the|my|kid'?s|kids'?)\s+)?juice\s+box\s+of\b", re.I), "a packet of"),
    (re.compile(r"\s+(?:with|w/?)\s+(?:a|my|the)\s+(?:spoon|fork|straw|knife|chopsticks)\b", re.I), ""),
    (re.compile(r"\b(had|ate|got|grabbed)\s+(?:me|myself)\s+(?=an?\b)", re.I), r"\1 "),
    (re.compile(r"\bbig\s+ol'?\b", re.I), "big"),
    (re.compile(r"\bfun[\s-]?size\s+(?!(?:bags?|packs?|packets?|bars?|box(?:es)?|of)\b)", re.I), "small "),
)
_UNITS = {"fl oz": "fl oz", "floz": "fl oz", "gram": "g", "grams": "g", "litre": "l", "litres": "l"}
_UNITS |= {"liter": "l", "liters": "l"}


def _number(token: str) -> float:
    token = token.strip().replace(",", ".")
    if " " in token:
        whole, frac = token.split()
        return float(whole) + _number(frac)
    if "/" in token:
        top, bottom = token.split("/")
        return float(top) / float(bottom)
    return float(token)


def _count(token: str | None) -> float:
    if not token:
        return 1.0
    token = token.lower()
    if token.startswith("half"):
        return 0.5  # "half a tin of beans (415g tin)"
    return float(_COUNT_WORDS.get(token, token))


def _amount(m: re.Match[str], count: float) -> str:
    unit = re.sub(r"[\s.]+", " ", m.group("unit").lower()).strip()
    unit = _UNITS.get(unit, unit)
    return f"{count * _number(m.group('num')):g} {unit} {m.group('food').strip()}"


def _sized(m: re.Match[str]) -> str:
    words = re.findall(r"[^\W\d_]+", _PLACE_RE.sub(" ", m.group("body")).lower())
    sizes = [_SIZE_SAID[word] for word in words if word in _SIZE_SAID]
    if len(sizes) != 1 or any(w not in _KIND_WORDS and w not in _SIZE_SAID for w in words) or len(words) < 2:
        return m.group(0)
    return f"{m.group('count')}{sizes[0]} {m.group('food').strip()}"


def _aside(m: re.Match[str]) -> str:
    words = re.findall(r"[^\W\d_]+", _PLACE_RE.sub(" ", m.group("body")).lower())
    if not words or any(word not in _ASIDE_WORDS for word in words) or all(word in _SIZES for word in words):
        return m.group(0)  # a food, or a size said of the food itself: "3 eggs (large)"
    return ""


# a pint said with its country: "a proper UK pint of lager" is 568 ml wherever the user lives, "a US pint" 473
_NAMED_PINT_RE = re.compile(
    r"\b(?P<count>an?|one|two|three|\d{1,2})\s+(?:(?P<uk>proper|uk|british|imperial|english|irish|real)\s+|"
    r"(?P<us>us|american)\s+)+pints?\b",
    re.IGNORECASE,
)


def _named_pint(m: re.Match[str]) -> str:
    ml = PINT_ML["US" if m.group("us") and not m.group("uk") else "UK"]
    return f"{_count(m.group('count')) * ml:g} ml"


def restate_amounts(text: str) -> str:
    """The message with amounts said beside a food moved before it (see the module's docstring)."""
    for pattern, said in _SAID_AS:
        text = pattern.sub(said, text)
    text = _NAMED_PINT_RE.sub(_named_pint, text)
    if "(" not in text and not re.search(r"\d", text):
        return text
    text = _BRACKET_CONTAINER_RE.sub(lambda m: _amount(m, _count(m.group("count"))), text)
    text = _AFTER_CONTAINER_RE.sub(lambda m: _amount(m, _count(m.group("count"))), text)
    text = _BRACKET_MEASURE_RE.sub(lambda m: _amount(m, 1.0), text)
    text = _PACK_COUNT_RE.sub(lambda m: f"{m.group('n') or m.group('m')} {m.group('food').strip()}", text)
    text = _SIZED_ASIDE_RE.sub(_sized, text)
    return _ASIDE_RE.sub(_aside, text)


def read_message(text: str) -> tuple[list[str], list[TakeBack | None]]:
    """The message with its amounts restated (:func:`restate_amounts`), cut at its take-back clauses
    (:func:`bot.domain.meal_clauses.read_takebacks`)."""
    return read_takebacks(restate_amounts(text))
