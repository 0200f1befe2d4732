"""Amounts said around a food: numbers, an amount said again after the food ("glass of kefir 1 cup",
"a handful of almonds maybe 15") and the user's share of a shared dish ("shared half with my gf").

Pure domain code used by :mod:`bot.domain.meal`; the words are in :mod:`bot.domain.meal_lexicon` and
``knowledge/meal_chatter.txt``.
"""

from __future__ import annotations

import re

from bot.domain.meal_lexicon import (
    _ALT,
    _CHATTER,
    _COMPANY,
    APPROX_WORDS,
)
from bot.domain.meal_units import (
    _LETTER_UNITS,
    _NUM,
    _UNIT_ALTERNATION,
    _UNIT_LOOKUP,
    _WORD_NUMBERS,
)

# Weights and volumes: an amount in these units is exact, unlike a count of pieces or servings.
MEASURED_UNITS = frozenset({"g", "kg", "oz", "lb", "ml", "l", "fl_oz"})
# what a weighed or measured food comes in, no food itself: "a 500ml bottle of coconut water", "a 1.45oz dark
# chocolate bar" (the weight is said, the container adds nothing)
_CONTAINERS = (
    "bottle carton tub pot jar bag packet pack can tin bar block punnet pouch sachet tray slab box glass"
)
CONTAINER_WORDS = frozenset(_CONTAINERS.split()) | {
    f"{w}es" if w.endswith(("x", "ss", "ch")) else f"{w}s" for w in _CONTAINERS.split()
}


def _number_value(token: str) -> float:
    token = token.strip().lower().replace(",", ".")
    if token in _WORD_NUMBERS:
        return _WORD_NUMBERS[token]
    parts = token.split()
    total = 0.0
    for part in parts:
        if "/" in part:
            num, _, den = part.partition("/")
            total += float(num) / float(den) if float(den) else 0.0
        else:
            total += float(part)
    return total


# an amount said again after the food, measured or counted ("glass of kefir 1 cup", "a handful of almonds
# maybe 15"): a bare number needs a word of approximation before it
_RESTATED_RE = re.compile(
    rf"(?:\s*[-–—:(]\s*|\s+)(?:(?P<approx>{APPROX_WORDS})\s*)?(?P<num>{_NUM})\s*(?P<unit>{_UNIT_ALTERNATION}|[cCTtlLgG](?![A-Za-z]))?\s*(?:-?ish)?\s*\)?$",
    re.IGNORECASE,
)
# a vague amount that a count or a spoon said after the food makes exact
_RESTATABLE = frozenset(
    {None, "bowl", "handful", "serving", "glass", "mug", "plate", "small", "medium", "large"}
)


def _restated_after(
    rest: str, quantity: float, unit: str | None, size: str | None
) -> tuple[float, str | None, str | None, str]:
    """The amount said before the food, or the one said again after it when that one is exact: a weight or
    volume beats any other amount, a cup or spoon or a count of pieces beats a glass, bowl or handful."""
    m = _RESTATED_RE.search(rest)
    if m is None or m.start() == 0 or (m.group("unit") is None and m.group("approx") is None):
        return quantity, unit, size, rest
    unit_text = m.group("unit")
    said_unit = (
        (_LETTER_UNITS.get(unit_text) or _UNIT_LOOKUP.get(re.sub(r"\s+", " ", unit_text.lower())))
        if unit_text
        else None
    )
    said = _number_value(m.group("num"))
    rest = rest[: m.start()]
    if said <= 0:
        return quantity, unit, size, rest
    if (said_unit in MEASURED_UNITS and unit not in MEASURED_UNITS) or (
        unit in _RESTATABLE and (said_unit in ("cup", "tbsp", "tsp") or (said_unit is None and said > 1))
    ):
        return said, said_unit, None, rest
    return quantity, unit, size, rest


_SHARE_COUNT = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}
# a meal shared: "..., shared half with my gf", "Shared a large popcorn with my bf so half of it",
# "... (465ml) between two of us"
SHARE_RE = re.compile(
    rf"\b(?:{_ALT(_CHATTER.get('share', ['shared']))})\b(?P<what>[^,;.!?\n]*?)\s+(?:with\s+|w\s+|w/\s*)"
    rf"(?:the\s+|my\s+|our\s+|some\s+)?(?:{_COMPANY})\b(?:\s+so\s+half(?:\s+of\s+it)?)?"
    r"|\s*\bbetween\s+(?:the\s+)?(?P<count>two|three|four|five|2|3|4|5)\s+of\s+us\b",
    re.IGNORECASE,
)


# the user's part of a shared dish said as a fraction at the end of the line: "nachos, shared a plate (i had
# about half)", "shared an order but i ate most, like 3/4", "20pc sharing box... i had half"
_OWN_PART_RE = re.compile(
    rf"[\s,;(.]*\b(?:but\s+)?(?:i\s+)?(?:only\s+)?(?:had|ate)\s+(?:(?:{APPROX_WORDS})\s+)?(?P<part>half|most|"
    r"a\s+third|a\s+quarter|three\s+quarters|two\s+thirds|[1-3]/[2-4])(?:\s+of\s+it)?"
    rf"(?:\s*,?\s*(?:{APPROX_WORDS})\s+(?P<exact>[1-3]/[2-4]|half))?\s*\)?\s*$",
    re.IGNORECASE,
)
# what says it was shared, with no one named: "shared a plate", "shared an order but", "sharing box"
_SHARED_RE = re.compile(
    rf"[\s,]*\b(?:{_ALT(_CHATTER.get('share', ['shared']))})\b(?:\s+(?:an?|the)\s+[^\W\d_]+(?:\s+but)?|"
    r"\s+(?:box|bucket|platter|plate|bag|size))?",
    re.IGNORECASE,
)
# the user's part of an amount just named, said after it: "415g can of baked beans, i had half", "carton of soy
# milk (1 litre) - drank half of it over the day", "a packet of frozen edamame (400g), cooked half of it for me"
_PART_OF_SAID_RE = re.compile(
    rf"[\s,;(.–—-]*\b(?:but\s+|and\s+|so\s+)?(?:i\s+)?(?:only\s+|just\s+)?(?:{_ALT(_CHATTER.get('part', ['had']))})\s+"
    rf"(?:(?:{APPROX_WORDS})\s+)?(?P<part>half|most|a\s+third|a\s+quarter|three\s+quarters|two\s+thirds|[1-3]/[2-4])"
    r"(?:\s+of\s+(?:it|that|them|the\s+(?:tub|can|tin|pack|packet|bag|carton|bottle|pot|box|jar|container)))?"
    r"(?:\s+(?:over\s+the\s+day|for\s+me|myself|today|tonight|lol))*\s*\)?\s*$",
    re.IGNORECASE,
)
# ... of an amount that says how much there was: a number ("400g", "1 litre", "415g can") or a container
_SAID_AMOUNT_RE = re.compile(
    r"\d|\b(?:tub|can|tin|pack|packet|bag|carton|bottle|pot|box|jar|container)s?\b", re.IGNORECASE
)
_PARTS = {
    "half": 0.5,
    "most": 0.75,
    "a third": 1 / 3,
    "a quarter": 0.25,
    "three quarters": 0.75,
    "two thirds": 2 / 3,
}


def _own_part(line: str) -> tuple[str, float] | None:
    """(the line without its share words, the user's part) when a shared dish's part is said as a fraction."""
    m = _OWN_PART_RE.search(line)
    if m is None or _SHARED_RE.search(line[: m.start()]) is None:
        return None
    said = re.sub(r"\s+", " ", (m.group("exact") or m.group("part")).lower())
    part = _PARTS.get(said) or _number_value(said)
    return _SHARED_RE.sub("", line[: m.start()]).strip(" ,.;("), part


def _part_of_said(line: str) -> tuple[str, float] | None:
    """(the line without the part words, the part) when the user's part of an amount just said follows it."""
    m = _PART_OF_SAID_RE.search(line)
    if m is None or m.start() == 0 or not _SAID_AMOUNT_RE.search(line[: m.start()]):
        return None
    said = re.sub(r"\s+", " ", m.group("part").lower())
    return line[: m.start()].strip(" ,.;(-"), _PARTS.get(said) or _number_value(said)


def read_share(line: str) -> tuple[str, float]:
    """(the line without what says the meal was shared, the user's share: 1, 1/2, 1/3 ...)."""
    m = SHARE_RE.search(line)
    if m is None:
        return _own_part(line) or _part_of_said(line) or (line, 1.0)
    people = _SHARE_COUNT.get((m.group("count") or "two").lower(), 2)
    what = (m.group("what") or "").strip()
    if what.lower().startswith("half") or not what:
        what = ""  # "shared half with my gf": of the food named before
    before, after = line[: m.start()].rstrip(" ,"), line[m.end() :]
    return f"{before} {what}{after}".strip(), 1.0 / people
