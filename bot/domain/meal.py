"""Reading a free-text meal: split it into items (each item is read by :mod:`bot.domain.meal_parse`).

No food knowledge lives here. Splitting on " and " / " with " / "&" can destroy a food name ("mac and
cheese"), so :func:`split_items` takes an optional ``keep`` predicate: adjacent pieces joined by a *soft*
separator (and, with, &, plus, n) are merged back whenever ``keep(joined_text)`` is true. The estimator
passes a predicate that asks the food matcher whether the joined phrase is a known food name; without a
predicate a small built-in list of compound dishes is used. Commas, semicolons, newlines, bullets and
"+" are *hard* separators and are never merged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.meal_amounts import MEASURED_UNITS, read_share
from bot.domain.meal_clauses import (
    for_someone_else,
    own_clauses,
    split_counted_list,
    without_bought_for_other,
)
from bot.domain.meal_lexicon import (
    _ABBREVIATIONS,
    _BULLET_RE,
    _HARD_RE,
    _LABEL_RE,
    _MID_MEAL_RE,
    _MID_WHERE_RE,
    _NEXT_MEAL_RE,
    _OTHER_EATER_RE,
    _SENTENCE_END_RE,
    _SPLIT_RE,
    DEFAULT_COMPOUNDS,
    SO_AMOUNT_RE,
)
from bot.domain.meal_modifiers import MODIFIER_WORDS
from bot.domain.meal_parse import (  # noqa: F401 (re-exported: the reader's public names)
    _VAGUE_UNITS,
    ParsedItem,
    clean_text,
    is_modifier_only,
    parse_item,
    strip_lead_ins,
    strip_trailers,
)
from bot.domain.meal_units import (
    _PACK_OF_N_RE,
    _SIZE_WORDS,
    KIND_ONE_RE,
)

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


# the separators that join what goes with a dish or drink to it ("tea with milk", "smoothie w milk")
_WITH_SEP_RE = re.compile(
    r"^(?:with|w/?|(?:made|cooked|prepared|blended|mixed)\s+(?:up\s+)?(?:with|w/?))$", re.I
)
# the measures of a whole dish, said after what it is served with ("pad thai w chicken, 1.5 cups")
_DISH_MEASURES = frozenset({"cup", "bowl", "serving"})
# a volume said after what a drink is served with sizes the drink's own glass ("a glass of milk with haldi, 300ml")
_DRINK_VESSELS = frozenset({"glass", "cup", "bottle", "can"})
_VOLUMES = frozenset({"ml", "l", "fl_oz"})
# the units that measure a food said before a negated part ("caesar salad, no croutons, 2 cups")
_RESTATING_UNITS = MEASURED_UNITS | {"cup"}
# a multiplier said at the end ("x3", "×2", "3 times")
_TIMES_AT_END_RE = re.compile(r"\s(?:[x×]\s*\d{1,2}|\d{1,2}\s*x|\d{1,2}\s+times)\s*$", re.IGNORECASE)
# an amount said once for every item listed before it: "a cup of each", "2 of each", "one each"
_EACH_RE = re.compile(r"\s*\b(?:of\s+)?each\b", re.IGNORECASE)


def _bracketed(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The pieces and separators of a split line, with a bracket that describes one food kept whole: "a can
    of chickpeas (drained, ~240g)" is one piece. A bracket naming a food or holding two amounts lists the
    parts of a dish ("toast (2 slices, 2 tbsp pb)", "sardines on toast (1 tin, 1 slice wholemeal)")."""
    pieces, seps = [tokens[0]], []
    index = 1
    while index < len(tokens):
        opened = pieces[-1].rfind("(")
        end = next((j for j in range(index + 1, len(tokens), 2) if ")" in tokens[j]), None)
        if (
            opened > pieces[-1].rfind(")")
            and end is not None
            and _describes_one(pieces[-1], tokens, index, end)
        ):
            pieces[-1] += "".join(tokens[index : end + 1])
            index = end + 1
            continue
        seps.append(tokens[index])
        pieces.append(tokens[index + 1])
        index += 2
    return pieces, seps


def _describes_one(piece: str, tokens: list[str], start: int, end: int) -> bool:
    parts = [piece[piece.rfind("(") + 1 :], *tokens[start + 1 : end : 2], tokens[end].split(")")[0]]
    if not all(part.strip() and is_modifier_only(part) for part in parts):
        return False
    return sum(parse_item(part).quantity is not None for part in parts) <= 1


def _each_after(pieces: list[str], seps: list[str], index: int) -> bool:
    """Whether the piece after ``pieces[index]`` is an amount said of each food before it ("a cup each")."""
    if index + 1 >= len(pieces) or not _HARD_RE.match(seps[index]):
        return False
    after = pieces[index + 1]
    return bool(_EACH_RE.search(after)) and is_modifier_only(after) and parse_item(after).quantity is not None


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
        line = without_bought_for_other(line)  # "got the kids nuggets and had a salad": the salad
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
        pieces, seps = _bracketed(_SPLIT_RE.split(line))
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
            if (
                merged_to > i
                and _each_after(pieces, seps, merged_to)
                and all(keep(strip_trailers(strip_lead_ins(p.strip()))) for p in pieces[i : merged_to + 1])
            ):
                merged_to, best = i, pieces[i]  # "dal and rice, a cup each": two foods, a cup of each
            groups.append(best)
            group_seps.append(seps[i - 1] if i > 0 else "")
            i = merged_to + 1
        line_items: list[str] = []
        line_seps: list[str] = []
        line_has_amount: list[bool] = []
        line_measured: list[bool] = []
        line_vague: list[bool] = []
        line_units: list[str | None] = []
        last: int | None = None  # index in line_items of the last item naming a food; -1: a negated one
        eaten: int | None = None  # the item named before a negated one
        head = 0  # index in line_items of the dish that the items joined to it by "with" go with
        for group, sep in zip(groups, group_seps, strict=True):
            if for_someone_else(_BULLET_RE.sub("", group)):
                continue  # "a babycino for the kid", "got the kids nuggets": not the user's
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
                # "no toast", "without sugar": not eaten; its modifiers go with it, but for a measure of the food
                # before it ("caesar salad, no croutons, 2 cups": the salad's)
                eaten = last if last is not None and last >= 0 and parse_item(item).quantity is None else None
                last = -1
                continue
            hard = bool(_HARD_RE.match(sep)) or sep.strip().lower() == "with"
            if last is not None and hard and is_modifier_only(item):
                if last == -1:
                    if (
                        eaten is None
                        or line_has_amount[eaten]
                        or parse_item(item).unit not in _RESTATING_UNITS
                    ):
                        continue
                    last = eaten
                modifier = parse_item(item)
                has_amount = modifier.quantity is not None
                measured = modifier.unit in MEASURED_UNITS
                if has_amount and _EACH_RE.search(item):
                    # "strawberries and blueberries, a cup of each": the amount of every item said without one
                    amount = _EACH_RE.sub("", item).strip(" ,")
                    others = [i for i, said in enumerate(line_has_amount) if not said and i != last]
                    for index in others:
                        line_items[index] = f"{line_items[index]}, {amount}"
                        line_has_amount[index] = True
                    if others or not line_has_amount[last]:
                        item = amount  # else of each piece counted: "2 bags of crisps, 25g each"
                # "a piece of salmon, about 3 oz": a weight or volume refines a count, so it joins too; so
                # does a cup or spoon after a vague amount ("a punnet of strawberries, about a cup")
                restates = modifier.unit in ("cup", "tbsp", "tsp") and line_vague[last]
                # a pack said after one piece counts the pieces: "a nature valley bar, the pack of 2"
                restates = restates or (modifier.unit is None and _PACK_OF_N_RE.search(item) is not None)
                # a cup or bowl said after what a dish is served with is the dish's ("pad thai w chicken, 1.5
                # cups"), after what it is made with the ingredient's ("porridge made w milk, 1 cup")
                served = modifier.unit in _DISH_MEASURES and line_seps[last] in ("with", "w", "w/")
                whole = measured or served
                sized = modifier.unit in _VOLUMES and line_units[head] in _DRINK_VESSELS
                if (
                    whole
                    and head < last
                    and (sized or not line_has_amount[head])
                    and not line_has_amount[last]
                ):
                    # "banana smoothie w milk, 16oz", "split pea soup w ham, big bowl": the size of the drink
                    # or dish, not of what is in it
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
            line_units.append(parsed_item.unit)
            last = len(line_items) - 1
        items.extend((item, sep, share) for item, sep in zip(line_items, line_seps, strict=True))
    return items
