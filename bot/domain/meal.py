"""Reading a free-text meal: split it into items and read each item's quantity and unit.

No food knowledge lives here. Splitting on " and " / " with " / "&" can destroy a food name ("mac and
cheese"), so :func:`split_items` takes an optional ``keep`` predicate: adjacent pieces joined by a *soft*
separator (and, with, &, plus, n) are merged back whenever ``keep(joined_text)`` is true. The estimator
passes a predicate that asks the food matcher whether the joined phrase is a known food name; without a
predicate a small built-in list of compound dishes is used. Commas, semicolons, newlines, bullets and
"+" are *hard* separators and are never merged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.domain.meal_amounts import MEASURED_UNITS, _number_value, _restated_after, read_share
from bot.domain.meal_clauses import own_clauses, split_counted_list
from bot.domain.meal_lexicon import (  # noqa: F401 (DEFAULT_COMPOUNDS is re-exported)
    _ABBREVIATIONS,
    _AND_A_HALF_RE,
    _BULLET_RE,
    _HARD_RE,
    _LABEL_RE,
    _LEAD_INS,
    _LETTER_UNIT_RE,
    _LETTER_UNITS,
    _MID_MEAL_RE,
    _MID_WHERE_RE,
    _NEXT_MEAL_RE,
    _NUM,
    _OF_RE,
    _OF_THOSE_RE,
    _OTHER_EATER_RE,
    _PACK_OF_N_RE,
    _QUANTITY_PHRASES,
    _SENTENCE_END_RE,
    _SIZE_ALTERNATION,
    _SIZE_BEFORE_UNIT_RE,
    _SIZE_RE,
    _SIZE_WORDS,
    _SPLIT_RE,
    _TRAILERS,
    _UNIT_ALTERNATION,
    _UNIT_AND_A_HALF_RE,
    _UNIT_LOOKUP,
    _UNIT_RE,
    _VAGUE,
    _VULGAR,
    _WHOLE_BEFORE_UNIT_RE,
    _WORD_NUMBERS,
    _WORDNUM,
    APPROX_AFTER_WORDS,
    APPROX_WORDS,
    DEFAULT_COMPOUNDS,
    KIND_ONE_RE,
    SO_AMOUNT_RE,
)
from bot.domain.meal_modifiers import _FILLER_WORDS, MODIFIER_WORDS


@dataclass(frozen=True)
class ParsedItem:
    """One meal item: the original text, the amount read from it and the remaining food words."""

    text: str
    quantity: float | None
    unit: str | None
    food_text: str
    size: str | None = None


# ------------------------------------------------------------------------------------------- cleaning


def _strip_symbols(text: str, replacement: str = " ") -> str:
    """Replace emoji and other pictographs by ``replacement``; keep letters, digits and punctuation."""
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
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


@lru_cache(maxsize=8192)  # pure; an item's text is stripped again by the splitter and the estimator
def strip_lead_ins(text: str) -> str:
    """Remove "for lunch I had", "I ate", "breakfast:", "today I've eaten", ... from the start."""
    previous = None
    text = text.strip()
    while previous != text:
        previous = text
        for pattern in _LEAD_INS:
            text = pattern.sub("", text, count=1).strip()
    return text


@lru_cache(maxsize=8192)  # pure (see strip_lead_ins)
def strip_trailers(text: str) -> str:
    """Remove "for breakfast", "today", trailing punctuation and similar filler from the end."""
    previous = None
    text = text.strip()
    while previous != text:
        previous = text
        for pattern in _TRAILERS:
            stripped = pattern.sub("", text, count=1).strip()
            if stripped or not text:
                text = stripped
    return text.strip(" \"'()[]{}")


# A segment that says what was NOT eaten: "no toast", "without sugar", "skipped lunch", "hold the cheese".
NEGATED_RE = re.compile(
    r"^(?:no|not|without|w/o|zero|none\s+of|never|minus|sans|except|excluding|skip|skipped|skipping|"
    r"hold\s+the|held\s+the|instead\s+of|rather\s+than)\b(?!-)\s*\S",
    re.IGNORECASE,
)


def _default_keep(text: str) -> bool:
    """True when ``text`` holds one built-in compound dish and no other separator."""
    lowered = re.sub(r"\s+", " ", text.lower())
    for compound in DEFAULT_COMPOUNDS:
        if compound in lowered and not _SPLIT_RE.search(lowered.replace(compound, " ", 1)):
            return True
    return False


# A cooking word before the amount: "scrambled 2 eggs", "boiled 3 potatoes".
_STATE_FIRST_RE = re.compile(
    r"^(scrambled|boiled|fried|poached|baked|roasted|roast|grilled|steamed|mashed|toasted|cooked|raw)\s+"
    r"(\d+(?:[.,/]\d+)?|one|two|three|four|five|six|half\s+a|a\s+couple\s+of)\s+",
    re.IGNORECASE,
)
# amounts that say little about the weight: a count with no unit ("a punnet of"), a bowl, a plate, a handful
_VAGUE_UNITS = frozenset({None, "bowl", "handful", "serving"})
# "baked potato with the skin", "apple with peel", "skin-on": how the food is eaten, not another food.
_WITH_SKIN_RE = re.compile(r"\b(?:with\s+(?:the\s+|its\s+)?(?:skins?|peels?)|skin[-\s]on)\b", re.IGNORECASE)


# the separators that join what goes with a dish or drink to it ("tea with milk", "smoothie w milk")
_WITH_SEP_RE = re.compile(
    r"^(?:with|w/?|(?:made|cooked|prepared|blended|mixed)\s+(?:up\s+)?(?:with|w/?))$", re.I
)
# a multiplier said at the end ("x3", "×2", "3 times")
_TIMES_AT_END_RE = re.compile(r"\s(?:[x×]\s*\d{1,2}|\d{1,2}\s*x|\d{1,2}\s+times)\s*$", re.IGNORECASE)
# an amount said once for every item listed before it: "a cup of each", "2 of each", "one each"
_EACH_RE = re.compile(r"\s*\b(?:of\s+)?each\b", re.IGNORECASE)


def split_items(text: str, keep: Callable[[str], bool] | None = None) -> list[str]:
    """Split a meal message into item texts, with lead-ins and trailing filler removed.

    ``keep(joined)`` is asked before two pieces separated by a soft separator (and/with/&/plus/n) are
    kept apart; when it says True they stay one item. Without ``keep`` the built-in
    :data:`DEFAULT_COMPOUNDS` list is used. Sentences are read as separate lines.
    """
    return [item for item, _ in split_items_with_separators(text, keep)]


def split_items_with_separators(
    text: str, keep: Callable[[str], bool] | None = None
) -> list[tuple[str, str]]:
    """:func:`split_items`, with the separator word before each item ("" for the first item of a line,
    "with", "and", "made with", "on", ","): the estimator uses it to tell "porridge with milk" (one dish
    and what it is made with) from "porridge and a glass of milk" (two foods)."""
    return [(item, sep) for item, sep, _ in split_shared_items(text, keep)]


def split_shared_items(text: str, keep: Callable[[str], bool] | None = None) -> list[tuple[str, str, float]]:
    """:func:`split_items_with_separators`, with the user's share of each item: 1, or 1/2 on a line that
    says it was shared ("nachos, shared half with my gf"), 1/3 "between three of us"."""
    keep = keep or _default_keep
    cleaned = clean_text(text, symbol_replacement=",")
    if not cleaned:
        return []
    cleaned = _SENTENCE_END_RE.sub(
        lambda m: m.group(0) if m.group(1).lower() in _ABBREVIATIONS else f"{m.group(1)}\n", cleaned
    )
    items: list[tuple[str, str, float]] = []
    for line in cleaned.split("\n"):
        line, share = read_share(_BULLET_RE.sub("", line))
        if SO_AMOUNT_RE.search(line):
            # "shared with hubby so about a cup of each": the amount after "so" is the user's own share
            line, share = SO_AMOUNT_RE.sub(", ", line), 1.0
        line = own_clauses(line)  # "my husband had steak and I had salmon": the salmon
        if _OTHER_EATER_RE.match(line):
            continue  # "my sister had pizza": someone else's meal
        label = _LABEL_RE.match(line)
        if label and not keep(label.group("label")):
            line = line[label.end() :]
        line = _MID_MEAL_RE.sub(", ", line)
        line = _MID_WHERE_RE.sub(", ", line)
        line = line[:1] + _NEXT_MEAL_RE.sub(", ", line[1:])
        line = split_counted_list(strip_trailers(strip_lead_ins(line)))
        if not line:
            continue
        tokens = _SPLIT_RE.split(line)
        pieces = tokens[0::2]
        seps = tokens[1::2]
        groups: list[str] = []
        group_seps: list[str] = []  # the separator before each group ("" for the first)
        i = 0
        while i < len(pieces):
            # Merge the longest run of pieces joined by soft separators that ``keep`` recognises.
            merged_to = i
            joined = best = pieces[i]
            for j in range(i + 1, min(i + 4, len(pieces))):
                sep = seps[j - 1]
                if _HARD_RE.match(sep):
                    break
                joined_j = joined + sep + pieces[j]
                candidate = strip_trailers(strip_lead_ins(joined_j.strip()))
                if candidate and keep(candidate):
                    merged_to = j
                    best = joined_j
                joined = joined_j
            groups.append(best)
            group_seps.append(seps[i - 1] if i > 0 else "")
            i = merged_to + 1
        line_items: list[str] = []
        line_seps: list[str] = []
        line_has_amount: list[bool] = []
        line_measured: list[bool] = []
        line_vague: list[bool] = []
        last: int | None = None  # index in line_items of the last item naming a food; -1: a negated one
        head = 0  # index in line_items of the dish that the items joined to it by "with" go with
        for group, sep in zip(groups, group_seps, strict=True):
            item = strip_trailers(strip_lead_ins(_BULLET_RE.sub("", group.strip())))
            if not item or not re.search(r"[^\W_]", item):
                continue
            kind = KIND_ONE_RE.match(item) if last is not None and last >= 0 and _HARD_RE.match(sep) else None
            if kind and all(
                w in MODIFIER_WORDS or w in _SIZE_WORDS for w in kind.group("kind").lower().split()
            ):
                kind = None  # "a big one", "the whole big one": a size, read as before
            if kind:
                # "a pasty (steak one)": the kind of the food just named, when that names one food; else chat
                food = parse_item(line_items[last]).food_text
                named = f"{kind.group('kind')} {food}"
                if food and keep(named):
                    line_items[last] = re.sub(rf"\b{re.escape(food)}\b", named, line_items[last], count=1)
                continue
            if NEGATED_RE.match(item):
                last = -1  # "no toast", "without sugar": not eaten; its modifiers go with it
                continue
            hard = bool(_HARD_RE.match(sep)) or sep.strip().lower() == "with"
            if last is not None and hard and is_modifier_only(item):
                if last == -1:
                    continue
                modifier = parse_item(item)
                has_amount = modifier.quantity is not None
                measured = modifier.unit in MEASURED_UNITS
                if has_amount and _EACH_RE.search(item):
                    # "strawberries and blueberries, a cup of each": the amount of every item said without one
                    amount = _EACH_RE.sub("", item).strip(" ,")
                    for index, said in enumerate(line_has_amount):
                        if not said and index != last:
                            line_items[index] = f"{line_items[index]}, {amount}"
                            line_has_amount[index] = True
                    item = amount
                # "a piece of salmon, about 3 oz": a weight or volume refines a count, so it joins too; so
                # does a cup or spoon after a vague amount ("a punnet of strawberries, about a cup")
                restates = modifier.unit in ("cup", "tbsp", "tsp") and line_vague[last]
                if measured and head < last and not line_has_amount[head] and not line_has_amount[last]:
                    # "banana smoothie w milk, 16oz": the size of the drink or dish, not of what is in it
                    line_items[head] = f"{line_items[head]}, {item}"
                    line_has_amount[head] = line_measured[head] = True
                    continue
                if (
                    not (has_amount and line_has_amount[last])
                    or (measured and not line_measured[last])
                    or restates
                ):
                    line_items[last] = f"{line_items[last]}, {item}"
                    line_has_amount[last] = line_has_amount[last] or has_amount
                    line_measured[last] = line_measured[last] or measured
                    line_vague[last] = line_vague[last] and not restates
                    continue
            joined_to_head = last is not None and last >= 0 and _WITH_SEP_RE.match(sep.strip()) is not None
            times = _TIMES_AT_END_RE.search(item) if joined_to_head else None
            if times and not line_has_amount[head] and head == len(line_items) - 1:
                # "cuppa tea with milk x3": three cups of tea with milk
                line_items[head] = f"{line_items[head]} {times.group(0).strip()}"
                line_has_amount[head] = True
            parsed_item = parse_item(item)
            if not joined_to_head:
                head = len(line_items)
            line_items.append(item)
            line_seps.append(re.sub(r"\s+", " ", sep.strip().lower()))
            line_has_amount.append(parsed_item.quantity is not None)
            line_measured.append(parsed_item.unit in MEASURED_UNITS)
            line_vague.append(parsed_item.unit in _VAGUE_UNITS)
            last = len(line_items) - 1
        items.extend((item, sep, share) for item, sep in zip(line_items, line_seps, strict=True))
    return items


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
_TRAILING_X = re.compile(rf"\s*(?:x|×)\s*(?P<num>{_NUM})\s*$", re.IGNORECASE)
# an amount inside or after the food words: "spinach 1 cup cooked", "baked potato 1 medium"
_MID_QTY = re.compile(
    rf"(?<=\s)(?P<num>{_NUM})\s*(?:(?P<unit>{_UNIT_ALTERNATION}|[gl])|(?P<size>{_SIZE_ALTERNATION}))(?![A-Za-z])",
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


def _read_unit(rest: str, after_digit: bool) -> tuple[str | None, str | None, str]:
    """Read an optional size word and unit at the start of ``rest``: (unit, size, remaining)."""
    size = None
    m = _SIZE_RE.match(rest) or _SIZE_BEFORE_UNIT_RE.match(rest)
    if m:
        size = _SIZE_WORDS.get(re.sub(r"\s+", " ", m.group("size").lower()), "small")
        rest = rest[m.end() :].lstrip()
    m = _UNIT_RE.match(rest)
    if m:
        unit = _UNIT_LOOKUP[re.sub(r"\s+", " ", m.group("unit").lower())]
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
    if pack := _PACK_OF_N_RE.search(rest):  # "mcnuggets 9 pack": nine mcnuggets
        said = re.sub(r"\(\s*\)|\(\s*$|^\s*\)", "", f"{rest[: pack.start()]} {rest[pack.end() :]}")
        rest = f"{pack.group('n') or pack.group('n2') or pack.group('n3')} {said.strip(' ,')}"
    rest = _APPROX_END_RE.sub("", rest).strip()
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
    rest = re.sub(rf"^({_NUM})(?=[A-Za-z])(?!x\b)", r"\1 ", rest)
    m = _X_PREFIX.match(rest)
    if m:
        quantity = _number_value(m.group("num"))
        rest = rest[m.end() :]
        after_digit = True
    else:
        m = _NUMERIC_QTY.match(rest)
        if m and not re.match(rf"^{_NUM}(?:\s*[-–]\s*{_NUM})?\s*(?:%|percent)", rest):
            quantity = _number_value(m.group("num"))
            if m.group("num2"):
                quantity = (quantity + _number_value(m.group("num2"))) / 2
            rest = rest[m.end() :]
            after_digit = True
        else:
            lowered = rest.lower()
            for pattern, value in _QUANTITY_PHRASES:
                pm = re.match(rf"^{pattern}(?:\s+|$)", lowered)
                if pm:
                    quantity = value
                    rest = rest[pm.end() :]
                    break
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
                    re.sub(r"\s+", " ", unit_text.lower())
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
            unit = _UNIT_LOOKUP.get(re.sub(r"\s+", " ", wm.group("unit").lower()))
            rest = rest[: wm.start()]
    if quantity is None:
        mm = _MID_QTY.search(rest)
        if mm and (mm.group("unit") or "").lower() in _LETTER_UNITS and not _only_modifiers(rest[mm.end() :]):
            mm = None  # "tofu 150g pan fried" is read; "prawns 100g with rice" is left to the splitter
        if mm and rest[: mm.start()].strip():
            quantity = _number_value(mm.group("num"))
            if mm.group("unit"):
                word = re.sub(r"\s+", " ", mm.group("unit").lower())
                unit = _LETTER_UNITS.get(word) or _UNIT_LOOKUP[word]  # "tofu 150g pan fried"
            else:
                size = unit = _SIZE_WORDS[re.sub(r"\s+", " ", mm.group("size").lower())]
            rest = f"{rest[: mm.start()].rstrip()} {_OF_RE.sub('', rest[mm.end() :].lstrip())}".strip()
    if unit is None:
        # a size word after an article: "a large banana" (article already consumed)
        sm = _SIZE_RE.match(rest)
        if sm:
            size = _SIZE_WORDS[re.sub(r"\s+", " ", sm.group("size").lower())]
            unit = size
            rest = rest[sm.end() :]
    # "pint" stays a pint: 568 ml in the UK, 473 ml in the US; the estimator knows the user's region
    food_text = strip_trailers(_OF_RE.sub("", rest.strip()))
    if unit in MEASURED_UNITS:
        # "100g bar of dark chocolate", "a 400 g tin of chickpeas": the weight is said; the container is not food
        head, of, tail = food_text.partition(" of ")
        if of and tail and head.lower() in _UNIT_LOOKUP:
            food_text = tail
    return ParsedItem(text=original.strip(), quantity=quantity, unit=unit, food_text=food_text, size=size)


# ------------------------------------------------------------------ "food, amount, state" written in parts

_PART_SPLIT_RE = re.compile(r"(?<!\d),|,(?!\d)|;|(?<!\d):|:(?!\d)|[()\[\]]|(?<!\d)\s[-–—]\s")
_WORDS_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_STATE_WORDS_RE = re.compile(r"\d+(?:[.,]\d+)?\s*%|[^\W\d_]+(?:-[^\W\d_]+)*")  # keeps "2%" ("milk, 2%")


def _only_modifiers(food_text: str) -> bool:
    return all(w in MODIFIER_WORDS for w in _WORDS_RE.findall(food_text.lower()))


@lru_cache(maxsize=8192)
def is_modifier_only(text: str) -> bool:
    """True when ``text`` names no food: only amounts, units, sizes, states and descriptors."""
    return _only_modifiers(_parse_simple(text).food_text)


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
    text = re.sub(r"\s+", " ", _WITH_SKIN_RE.sub(" ", text)).strip(" ,")
    text = _STATE_FIRST_RE.sub(r"\2 \1 ", text)  # "scrambled 2 eggs" -> "2 scrambled eggs"
    cleaned = clean_text(text).replace("\n", " ").strip()
    parts = [p.strip() for p in _PART_SPLIT_RE.split(cleaned)]
    parts = [p for p in parts if p and re.search(r"[^\W_]", p)]
    if len(parts) <= 1:
        return replace(_parse_simple(text), text=original.strip())
    parsed = [_parse_simple(p) for p in parts]
    food_parts = [p for p in parsed if not _only_modifiers(p.food_text)]
    if not food_parts:
        return replace(_parse_simple(text), text=original.strip())
    first = food_parts[0]
    amount = first if first.quantity is not None or first.unit is not None else None
    if amount is None:
        amount = next((p for p in parsed if p.quantity is not None or p.unit is not None), first)
    if amount.unit not in MEASURED_UNITS:
        # a weight or volume beats a count: "a piece of salmon, about 3 oz" is 3 oz
        amount = next((p for p in parsed if p.unit in MEASURED_UNITS), amount)
    if amount.unit in _VAGUE_UNITS:
        # a cup or spoon said in a part of its own restates a vague amount: "a punnet of strawberries,
        # about a cup", "a big bowl of kale, cooked, maybe 1 cup"
        amount = next((p for p in parsed if p not in food_parts and p.unit in ("cup", "tbsp", "tsp")), amount)
    if amount.size is not None and amount.unit == amount.size and amount.quantity == 1:
        # a count said in a part of its own counts the sized pieces: "large pancake stack (3)"
        count = next((p for p in parsed if p not in food_parts and p.unit is None and p.quantity), None)
        amount = replace(amount, quantity=count.quantity) if count is not None else amount
    states: list[str] = []
    for p in parsed:
        if p in food_parts:
            continue
        words = [w for w in _STATE_WORDS_RE.findall(p.food_text.lower()) if w not in _FILLER_WORDS]
        states.extend(w for w in words if w not in states)
    food_text = " ".join([*states, *(p.food_text for p in food_parts)]).strip()
    return ParsedItem(
        text=original.strip(),
        quantity=amount.quantity,
        unit=amount.unit,
        food_text=food_text,
        size=amount.size,
    )
