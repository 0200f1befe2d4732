"""Reading one meal item: clean its text, strip lead-ins and trailers, read its quantity, unit and size.

No food knowledge lives here; :mod:`bot.domain.meal` splits a message into the items read here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.domain.any_match import AnyOf
from bot.domain.meal_amounts import MEASURED_UNITS, _number_value, _restated_after
from bot.domain.meal_lexicon import (
    _LEAD_INS,
    _TRAILERS,
    APPROX_AFTER_WORDS,
    APPROX_WORDS,
)
from bot.domain.meal_modifiers import _FILLER_WORDS, MODIFIER_WORDS
from bot.domain.meal_units import (
    _AND_A_HALF_RE,
    _LETTER_UNIT_RE,
    _LETTER_UNITS,
    _NUM,
    _OF_RE,
    _OF_THOSE_RE,
    _PACK_OF_N_RE,
    _QUANTITY_PHRASES,
    _SIZE_ALTERNATION,
    _SIZE_BEFORE_UNIT_RE,
    _SIZE_RE,
    _SIZE_WORDS,
    _UNIT_ALTERNATION,
    _UNIT_AND_A_HALF_RE,
    _UNIT_LOOKUP,
    _UNIT_RE,
    _VAGUE,
    _VULGAR,
    _WHOLE_BEFORE_UNIT_RE,
    _WORD_NUMBERS,
    _WORDNUM,
    BEFORE_UNIT_SIZES,
    CONTAINER_UNITS,
    USUAL_BEFORE_COUNT_RE,
    length_as_size,
)


@dataclass(frozen=True)
class ParsedItem:
    """One meal item: the original text, the amount read from it and the remaining food words."""

    text: str
    quantity: float | None
    unit: str | None
    food_text: str
    size: str | None = None


# ------------------------------------------------------------------------------------------- cleaning


_SPACES_RE = re.compile(r"\s+")
_BLANKS_RE = re.compile(r"[ \t\r\f\v]+")
_ALNUM_RE = re.compile(r"[^\W_]")
# the ASCII characters _strip_symbols replaces: controls but newline and tab (by a space), "^" and "`" (Sk)
_ASCII_REPLACED_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f^`]")
_ASCII_CONTROLS = {code: " " for code in (*range(9), *range(11, 32), 127)}


def _strip_symbols(text: str, replacement: str = " ") -> str:
    """Replace emoji and other pictographs by ``replacement``; keep letters, digits and punctuation."""
    if text.isascii():  # (the same result as the loop below, read off the categories of ASCII characters)
        if _ASCII_REPLACED_RE.search(text) is None:
            return text
        return text.translate({**_ASCII_CONTROLS, ord("^"): replacement, ord("`"): replacement})
    out = []
    for ch in text:
        if ch in _VULGAR:
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat in ("So", "Sk", "Cs", "Co", "Cn") or ch in "\u200d\ufe0f\ufe0e":
            out.append(replacement)
        elif cat == "Cc" and ch not in "\n\t":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _expand_vulgar(text: str) -> str:
    for ch, frac in _VULGAR.items():
        if ch in text:
            text = re.sub(rf"(\d)\s*{ch}", rf"\1 {frac}", text)
            text = text.replace(ch, f" {frac} ")
    return text


def clean_text(text: str, symbol_replacement: str = " ") -> str:
    """Normalise whitespace, symbols and fraction characters; keep case (units "T"/"t" need it).

    Emoji become ``symbol_replacement`` (a comma when splitting: "🍌 banana 🥛 milk" is two items).
    """
    text = _expand_vulgar(text or "")
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2044", "/")  # fraction slash
    text = _strip_symbols(text, symbol_replacement)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = _UNIT_AND_A_HALF_RE.sub(lambda m: f"1.5 {m.group(1)}", text)
    text = _AND_A_HALF_RE.sub(lambda m: f"{_number_value(m.group(1)) + 0.5:g}", text)
    text = _BLANKS_RE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


# a text no lead-in (trailer) matches is left as it is: the passes over them are skipped
_ANY_LEAD_IN = AnyOf(_LEAD_INS)
_ANY_TRAILER = AnyOf(_TRAILERS)


@lru_cache(maxsize=8192)  # pure; an item's text is stripped again by the splitter and the estimator
def strip_lead_ins(text: str) -> str:
    """Remove "for lunch I had", "I ate", "breakfast:", "today I've eaten", ... from the start."""
    previous = None
    text = text.strip()
    while previous != text and _ANY_LEAD_IN.may_match(text):
        previous = text
        for pattern in _LEAD_INS:
            text = pattern.sub("", text, count=1).strip()
    return text


@lru_cache(maxsize=8192)  # pure (see strip_lead_ins)
def strip_trailers(text: str) -> str:
    """Remove "for breakfast", "today", trailing punctuation and similar filler from the end."""
    previous = None
    text = text.strip()
    while previous != text and _ANY_TRAILER.may_match(text):
        previous = text
        for pattern in _TRAILERS:
            stripped = pattern.sub("", text, count=1).strip()
            if stripped or not text:
                text = stripped
    return text.strip(" \"'()[]{}")


# A cooking word before the amount: "scrambled 2 eggs", "boiled 3 potatoes".
_STATE_FIRST_RE = re.compile(
    r"^(scrambled|boiled|fried|poached|baked|roasted|roast|grilled|steamed|mashed|toasted|cooked|raw)\s+"
    r"(\d+(?:[.,/]\d+)?|one|two|three|four|five|six|half\s+a|a\s+couple\s+of)\s+",
    re.IGNORECASE,
)
# amounts that say little about the weight: a count with no unit ("a punnet of"), a bowl, a plate, a handful
_VAGUE_UNITS = frozenset({None, "bowl", "handful", "serving"})
_CONTAINER_NAMES = frozenset(
    [
        "tin",
        "tins",
        "can",
        "cans",
        "pack",
        "packs",
        "packet",
        "packets",
        "bag",
        "bags",
        "tub",
        "tubs",
        "jar",
        "jars",
        "bottle",
        "bottles",
        "carton",
        "cartons",
        "box",
        "one",
    ]
)
_CONTAINERS = frozenset({"can", "packet", "glass"})  # containers whose size varies: a cup in brackets says it
# "baked potato with the skin", "apple with peel", "skin-on": how the food is eaten, not another food.
_WITH_SKIN_RE = re.compile(r"\b(?:with\s+(?:the\s+|its\s+)?(?:skins?|peels?)|skin[-\s]on)\b", re.IGNORECASE)


# -------------------------------------------------------------------------------------------- parsing


_NUMERIC_QTY = re.compile(
    rf"^(?P<num>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<num2>{_NUM}))?(?:\s*(?:x|×)(?=\s|$))?\s*", re.IGNORECASE
)
_X_PREFIX = re.compile(rf"^(?:x|×)\s*(?P<num>{_NUM})(?:\s+|$)", re.IGNORECASE)
_WORD_QTY = re.compile(
    rf"^(?P<word>{_WORDNUM})(?:\s*(?:-|–|to|or)\s*(?P<word2>{_WORDNUM}))?(?:\s+|$)", re.IGNORECASE
)
_ARTICLE = re.compile(r"^(?P<word>an?)\s+", re.IGNORECASE)
_TRAILING_QTY = re.compile(
    rf"(?:\s*[-–—:(]\s*|\s+)(?:x\s*)?(?P<num>{_NUM})\s*(?P<unit>{_UNIT_ALTERNATION}|[cCTtlLgG](?![A-Za-z]))?\s*\)?$"
)
# a word amount with a unit after the food: "lentils half cup", "rice one cup", "milk a glass"
_TRAILING_WORD_QTY = re.compile(
    rf"\s+(?P<word>half\s+a|half|a|an|one|two|three|four|quarter)\s+(?P<unit>{_UNIT_ALTERNATION})\s*$",
    re.IGNORECASE,
)
_TRAILING_HALF = re.compile(r"(?<!\band)(?<!&)\s+(?:a\s+)?half$", re.IGNORECASE)
_TRAILING_X = re.compile(rf"\s*(?:x|×)\s*(?P<num>{_NUM})\s*$", re.IGNORECASE)
# an amount inside or after the food words: "spinach 1 cup cooked", "baked potato 1 medium"
_MID_QTY = re.compile(
    rf"(?<=\s)(?:[x×]\s*)?(?P<num>{_NUM})\s*(?:(?P<unit>{_UNIT_ALTERNATION}|[gl])|(?P<size>{_SIZE_ALTERNATION}))(?![A-Za-z])",
    re.IGNORECASE,
)


_APPROX_RE = re.compile(
    rf"^(?:{APPROX_WORDS})\s*"
    rf"(?={_NUM}|(?:{_WORDNUM}|an?)\b)",
    re.IGNORECASE,
)
_APPROX_END_RE = re.compile(rf"\s*\b(?:{APPROX_AFTER_WORDS})$", re.IGNORECASE)
_TRAILING_WHOLE = re.compile(
    rf"(?:\s*[-–—:(]\s*|\s+)(?P<num>{_NUM}|{_WORDNUM})\s+whole\s*\)?$", re.IGNORECASE
)

_SIDE_END_RE = re.compile(r"(?<=[^\W\d_]{3})\s+(?:side|side\s+order|as\s+a\s+side)$", re.IGNORECASE)
_WHOLE_PART_RE = re.compile(r"^\s*(?:the\s+)?(?:whole|entire)(?:\s+(?:thing|one))?\s*$", re.IGNORECASE)

_THE_BEFORE_NUMBER_RE = re.compile(r"^the\s+(?=\d)", re.IGNORECASE)
_ATTACHED_NUMBER_RE = re.compile(rf"^({_NUM})(?=[A-Za-z])(?!x\b)")  # "200g", "3oz", "2x" (not "x2")
_PERCENT_RE = re.compile(rf"^{_NUM}(?:\s*[-–]\s*{_NUM})?\s*(?:%|percent)")
# _QUANTITY_PHRASES in one pattern: an alternative is tried (with what follows it) only when the ones before
# it failed, so the group that matched (lastindex) is the first phrase a loop over them would take
_QUANTITY_PHRASE_RE = re.compile("^(?:" + "|".join(f"({p})" for p, _ in _QUANTITY_PHRASES) + r")(?:\s+|$)")
_QUANTITY_VALUES = tuple(value for _, value in _QUANTITY_PHRASES)
assert _QUANTITY_PHRASE_RE.groups == len(_QUANTITY_PHRASES)


def _read_unit(rest: str, after_digit: bool) -> tuple[str | None, str | None, str]:
    """Read an optional size word and unit at the start of ``rest``: (unit, size, remaining)."""
    size = None
    m = _SIZE_RE.match(rest) or _SIZE_BEFORE_UNIT_RE.match(rest)
    if m:
        said = next((v for v in m.groupdict().values() if v), "")
        said = _SPACES_RE.sub(" ", said.lower())
        size = _SIZE_WORDS.get(said) or BEFORE_UNIT_SIZES.get(said, "small")
        rest = rest[m.end() :].lstrip()
    m = _UNIT_RE.match(rest)
    if m:
        unit = _UNIT_LOOKUP[_SPACES_RE.sub(" ", m.group("unit").lower())]
        # "fl oz" is written with flexible spacing
        return unit, size, _OF_RE.sub("", rest[m.end() :].lstrip())
    if after_digit and size is None:
        m = _LETTER_UNIT_RE.match(rest)
        if m and (len(rest) == 1 or rest[1] in " ."):
            unit = _LETTER_UNITS[m.group("unit")]
            remaining = rest[m.end() :].lstrip(". ")
            return unit, size, _OF_RE.sub("", remaining)
    if size is not None:
        return size, size, _OF_RE.sub("", rest)
    return None, None, _OF_RE.sub("", rest)


def _parse_simple(text: str) -> ParsedItem:
    """Read quantity, unit and size from the start (or end) of one comma-free item."""
    original = text
    rest = clean_text(text).replace("\n", " ").strip()
    rest = strip_trailers(strip_lead_ins(rest))
    rest = _APPROX_RE.sub("", rest).strip()
    rest = _THE_BEFORE_NUMBER_RE.sub("", rest)  # "(the 400g one)"
    rest = USUAL_BEFORE_COUNT_RE.sub("", rest)  # "the regular 1.9oz one": the weight says which size
    if pack := _PACK_OF_N_RE.search(rest):  # "mcnuggets 9 pack": nine mcnuggets
        said = re.sub(r"\(\s*\)|\(\s*$|^\s*\)", "", f"{rest[: pack.start()]} {rest[pack.end() :]}")
        rest = f"{pack.group('n') or pack.group('n2') or pack.group('n3')} {said.strip(' ,')}"
    rest = _APPROX_END_RE.sub("", rest).strip()
    rest = _SIDE_END_RE.sub("", rest).strip()  # "potato salad side": a side of potato salad, no side salad
    rest = _WHOLE_BEFORE_UNIT_RE.sub(lambda m: m.group("count") or "1 ", rest)
    # "avocado 1 whole", "eggs 3 whole": a count written after the food
    wm = _TRAILING_WHOLE.search(rest)
    if wm and wm.start() > 0:
        rest = f"{wm.group('num')} {rest[: wm.start()]}"
    quantity: float | None = None
    unit: str | None = None
    size: str | None = None
    after_digit = False

    # attached "200g", "3oz", "0.5kg", "2x", "x2"
    rest = _ATTACHED_NUMBER_RE.sub(r"\1 ", rest)
    m = _X_PREFIX.match(rest)
    if m:
        quantity = _number_value(m.group("num"))
        rest = rest[m.end() :]
        after_digit = True
    else:
        m = _NUMERIC_QTY.match(rest)
        if m and not _PERCENT_RE.match(rest):
            quantity = _number_value(m.group("num"))
            if m.group("num2"):
                quantity = (quantity + _number_value(m.group("num2"))) / 2
            rest = rest[m.end() :]
            after_digit = True
        else:
            pm = _QUANTITY_PHRASE_RE.match(rest.lower())  # the first of _QUANTITY_PHRASES that matches
            if pm:
                quantity = _QUANTITY_VALUES[pm.lastindex - 1]
                rest = rest[pm.end() :]
            else:
                wm = _WORD_QTY.match(rest)
                if wm:
                    quantity = _number_value(wm.group("word"))
                    if wm.group("word2"):
                        quantity = (quantity + _number_value(wm.group("word2"))) / 2
                    rest = rest[wm.end() :]
                else:
                    vm = _VAGUE.match(rest.lower())
                    if vm:
                        rest = rest[vm.end() :]
                    else:
                        am = _ARTICLE.match(rest)
                        if am:
                            quantity = 1.0
                            rest = rest[am.end() :]
    rest = rest.lstrip()
    if quantity is not None:
        rest = _OF_THOSE_RE.sub("", rest)  # "one of those mini boxes of raisins", "2 of these bars"
    # "half a cup", "a dozen eggs": a second article after a fraction word
    if quantity is not None and not after_digit:
        am = _ARTICLE.match(rest)
        if am:
            rest = rest[am.end() :]
    # "2 x 150g", "2 packs of 30 g"
    unit, size, rest = _read_unit(rest, after_digit)
    if quantity is not None and unit is None:
        # "1 cup" after a word quantity: "half a cup" was handled; "a couple of large eggs" too.
        pass
    if quantity is None and unit is not None:
        quantity = 1.0
    # a multiplier with a mass inside: "2 x 150 g chicken"
    if unit is None and quantity is not None:
        inner = _NUMERIC_QTY.match(rest)
        if inner and not inner.group("num2"):
            inner_unit, inner_size, inner_rest = _read_unit(rest[inner.end() :], True)
            if inner_unit is not None:
                quantity *= _number_value(inner.group("num"))
                unit, size, rest = inner_unit, inner_size, inner_rest
    # quantities written after the food: "spinach 200g", "banana x2", "almonds (30 g)"
    if quantity is None:
        tm = _TRAILING_QTY.search(rest)
        if tm and tm.start() > 0:
            unit_text = tm.group("unit")
            if unit_text:
                unit = _LETTER_UNITS.get(unit_text) or _UNIT_LOOKUP.get(
                    _SPACES_RE.sub(" ", unit_text.lower())
                )
                quantity = _number_value(tm.group("num"))
                rest = rest[: tm.start()]
            else:
                xm = _TRAILING_X.search(rest)
                if xm and xm.start() > 0:
                    quantity = _number_value(xm.group("num"))
                    rest = rest[: xm.start()]
    else:
        xm = _TRAILING_X.search(rest)
        if xm and xm.start() > 0:
            quantity *= _number_value(xm.group("num"))
            rest = rest[: xm.start()]
        else:
            quantity, unit, size, rest = _restated_after(rest, quantity, unit, size)
    if quantity is None:
        wm = _TRAILING_WORD_QTY.search(rest)
        if wm and wm.start() > 0:
            word = re.sub(r"\s+a$", "", wm.group("word").lower())
            quantity = _WORD_NUMBERS.get(word, 0.5 if word == "half" else 1.0)
            unit = _UNIT_LOOKUP.get(_SPACES_RE.sub(" ", wm.group("unit").lower()))
            rest = rest[: wm.start()]
    if quantity is None and (hm := _TRAILING_HALF.search(rest)) and hm.start() > 0:
        quantity, rest = 0.5, rest[: hm.start()]  # "avocado half", "grapefruit, half"
    if quantity is None:
        mm = _MID_QTY.search(rest)
        if mm and (mm.group("unit") or "").lower() in _LETTER_UNITS and not _only_modifiers(rest[mm.end() :]):
            mm = None  # "tofu 150g pan fried" is read; "prawns 100g with rice" is left to the splitter
        if mm and rest[: mm.start()].strip():
            quantity = _number_value(mm.group("num"))
            if mm.group("unit"):
                word = _SPACES_RE.sub(" ", mm.group("unit").lower())
                unit = _LETTER_UNITS.get(word) or _UNIT_LOOKUP[word]  # "tofu 150g pan fried"
            else:
                size = unit = _SIZE_WORDS[_SPACES_RE.sub(" ", mm.group("size").lower())]
            rest = f"{rest[: mm.start()].rstrip()} {_OF_RE.sub('', rest[mm.end() :].lstrip())}".strip()
    if unit is None:
        # a size word after an article: "a large banana" (article already consumed)
        sm = _SIZE_RE.match(rest)
        if sm:
            size = _SIZE_WORDS[_SPACES_RE.sub(" ", sm.group("size").lower())]
            unit = size
            rest = rest[sm.end() :]
    # "pint" stays a pint: 568 ml in the UK, 473 ml in the US; the estimator knows the user's region
    food_text = strip_trailers(_OF_RE.sub("", rest.strip()))
    if unit in MEASURED_UNITS:
        # "100g bar of dark chocolate", "a 400 g tin of chickpeas": the weight is said; the container is not food
        # (a bottle, carton or tub is left to the estimator: "bottle of water 500ml" is bottled water)
        head, of, tail = food_text.partition(" of ")
        if of and tail and _UNIT_LOOKUP.get(head.lower()) not in (None, *CONTAINER_UNITS):
            food_text = tail
    return ParsedItem(text=original.strip(), quantity=quantity, unit=unit, food_text=food_text, size=size)


# ------------------------------------------------------------------ "food, amount, state" written in parts

_EACH_WORD_RE = re.compile(r"\b(?:each|apiece|per\s+(?:pack|packet|bag|piece|one))\b", re.IGNORECASE)
_PART_SPLIT_RE = re.compile(r"(?<!\d),|,(?!\d)|;|(?<!\d):|:(?!\d)|[()\[\]]|(?<!\d)\s[-–—]\s")
_WORDS_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_STATE_WORDS_RE = re.compile(r"\d+(?:[.,]\d+)?\s*%|[^\W\d_]+(?:-[^\W\d_]+)*")  # keeps "2%" ("milk, 2%")


# "home made", "stir fried": a hyphenated modifier written as two words is that one modifier -- but not a
# fat or sugar level, which alone names the milk ("cornflakes with semi skimmed")
_SPLIT_MODIFIERS = [
    w for w in MODIFIER_WORDS if "-" in w and not {"fat", "skimmed", "cream", "sugar"} & set(w.split("-"))
]
_SPLIT_MODIFIER_RE = re.compile(
    r"\b("
    + "|".join(sorted((w.replace("-", r"\s+") for w in _SPLIT_MODIFIERS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _joined_modifiers(text: str) -> str:
    return _SPLIT_MODIFIER_RE.sub(_one_modifier, text)


def _one_modifier(m: re.Match) -> str:
    joined = "".join(m.group(1).split()).lower()  # "home made" -> "homemade", the form the matcher knows
    return joined if joined in MODIFIER_WORDS else "-".join(m.group(1).split())


def _only_modifiers(food_text: str) -> bool:
    return all(w in MODIFIER_WORDS for w in _WORDS_RE.findall(_joined_modifiers(food_text.lower())))


@lru_cache(maxsize=8192)
def is_modifier_only(text: str) -> bool:
    """True when ``text`` names no food: only amounts, units, sizes, states and descriptors, in one part or in
    several ("2 tbsp (~20g)")."""
    parts = [p for p in _PART_SPLIT_RE.split(clean_text(text).replace("\n", " ")) if p.strip()]
    return all(_only_modifiers(_parse_simple(part).food_text) for part in parts or [text])


@lru_cache(maxsize=8192)  # pure; the splitter and the estimator read the same items in turn
def parse_item(text: str) -> ParsedItem:
    """Read quantity, unit and size from the start (or end) of one item; the rest is the food text.

    ``quantity`` is None when no amount was given (the food's default serving applies); "some", "a bit of"
    and "a little" also give no quantity. Ranges ("2-3") give their mean.

    An item written in parts ("spinach, 2 cups, cooked", "eggs: 3", "broccoli (steamed) 1 cup") is read
    part by part: the amount comes from the first part that has one, state and descriptor words from the
    parts that name no food are put in front of the food ("cooked spinach"); "with skin"/"skin on" is
    dropped (the plain rows are weighed with skin where it is eaten).
    """
    original = text
    text = _SPACES_RE.sub(" ", _WITH_SKIN_RE.sub(" ", text)).strip(" ,")
    text = _STATE_FIRST_RE.sub(r"\2 \1 ", text)  # "scrambled 2 eggs" -> "2 scrambled eggs"
    text = length_as_size(text)  # "turkey sub 6 inch": a regular sub
    cleaned = clean_text(text).replace("\n", " ").strip()
    parts = [p.strip() for p in _PART_SPLIT_RE.split(cleaned)]
    parts = [p for p in parts if p and _ALNUM_RE.search(p)]
    if len(parts) <= 1:
        return replace(_parse_simple(text), text=original.strip())
    parsed = [_parse_simple(p) for p in parts]
    # "(415g tin)", "(the 400g one)": the weight of the container, no food
    sized = [p for p in parsed if p.unit in MEASURED_UNITS and p.food_text.lower() in _CONTAINER_NAMES]
    food_parts = [p for p in parsed if not _only_modifiers(p.food_text) and p not in sized]
    if not food_parts:
        return replace(_parse_simple(text), text=original.strip())
    first = food_parts[0]
    amount = first if first.quantity is not None or first.unit is not None else None
    if amount is None:
        amount = next((p for p in parsed if p.quantity is not None or p.unit is not None), first)
    if amount.unit not in MEASURED_UNITS:
        # a weight or volume beats a count: "a piece of salmon, about 3 oz" is 3 oz; a weight of each of the
        # counted pieces is that many weights: "crisps x2 packets (25g each)" is 50 g
        count = amount.quantity if amount.quantity and amount.quantity > 1 else None
        containers = amount.quantity if amount.unit in _CONTAINERS and amount.quantity else None
        amount = next((p for p in parsed if p.unit in MEASURED_UNITS), amount)
        if count and amount.unit in MEASURED_UNITS and amount.quantity and _EACH_WORD_RE.search(amount.text):
            amount = replace(amount, quantity=amount.quantity * count)
        elif containers and amount in sized and amount.quantity:
            amount = replace(amount, quantity=amount.quantity * containers)  # "half a tin (415g tin)"
    if amount.unit in _VAGUE_UNITS or amount.unit in _CONTAINERS:
        # a cup or spoon said in a part of its own restates a vague amount or a container of no set size: "a
        # punnet of strawberries, about a cup", "a big bowl of kale, cooked, maybe 1 cup", "a can of black beans
        # (drained ~ 1.5 cups)"
        amount = next((p for p in parsed if p not in food_parts and p.unit in ("cup", "tbsp", "tsp")), amount)
    # "avocado, whole", "avocado (whole)": one whole piece of a food said in the singular
    if (
        amount.quantity is None
        and amount.unit is None
        and not first.food_text.lower().endswith("s")
        and any(p not in food_parts and _WHOLE_PART_RE.match(p.text) for p in parsed)
    ):
        amount = replace(amount, quantity=1.0)
    if amount.unit is None and amount.quantity == 1:
        # "a nature valley bar, the pack of 2": the pieces the pack holds
        pack = next((p for p in parsed if p not in food_parts and _PACK_OF_N_RE.search(p.text)), None)
        amount = replace(amount, quantity=pack.quantity) if pack is not None and pack.quantity else amount
    if amount.size is not None and amount.unit == amount.size and amount.quantity == 1:
        # a count said in a part of its own counts the sized pieces: "large pancake stack (3)"
        count = next((p for p in parsed if p not in food_parts and p.unit is None and p.quantity), None)
        amount = replace(amount, quantity=count.quantity) if count is not None else amount
    states: list[str] = []
    for p in parsed:
        if p in food_parts or p in sized:
            continue
        words = [
            w
            for w in _STATE_WORDS_RE.findall(_joined_modifiers(p.food_text.lower()))
            if w not in _FILLER_WORDS
        ]
        states.extend(w for w in words if w not in states)
    food_text = " ".join([*states, *(p.food_text for p in food_parts)]).strip()
    return ParsedItem(
        text=original.strip(),
        quantity=amount.quantity,
        unit=amount.unit,
        food_text=food_text,
        size=amount.size,
    )
