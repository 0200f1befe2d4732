"""Estimate the magnesium in a free-text meal: split, parse, match, convert to grams, sum.

Pure domain code. Policy decisions, written down:

* An item the matcher is *sure* of is estimated and counted. An *unsure* item becomes an
  :class:`AmbiguousItem` (the chat asks "Did you mean …?" and calls :meth:`Estimator.resolve` with the
  pick); an item with no match, or whose unit the food has no weight for ("a can of banana"), goes to
  ``unmatched``. None of these are counted.
* An amount that cannot be logged is listed in ``rejected`` with its reason and NOT counted: ``"zero"``
  ("0 g almonds": nothing to log), ``"negative"`` ("-2 cups almonds") or ``"implausible"`` (beyond the
  hard limits: more than 3 kg of a solid or 5 l of a drink in one item, more than 100 units, or more than
  5,000 mg of magnesium; ``implausible`` lists those texts). The other items of the message still count.
* An amount above the food's own plausibility limit (more than 5x its largest usual portion, and more
  than 500 g, or 1.5 kg of a drink: "50 cups of spinach") but within the hard limits is returned in
  ``confirm`` for the user to confirm, not counted.
* One food, not two: a dish followed by its own ingredients ("porridge made with milk") is the dish, or
  the ingredients when they carry amounts ("made with 40 g oats and 250 ml milk"); see ``Food.components``.
* Several sentences are several parts of one message; an item that is not understood is listed in
  ``unmatched`` (pure punctuation and numbers are not items at all).
* ``region`` ("UK"/"US", from the user's time zone) decides what a pint is (568 or 473 ml) and, with
  ``knowledge/food_context.csv``, what a word means next to others ("chips" with fish are chip-shop chips).
* A message that is a question ("how much magnesium is in spinach?", "can I eat nuts?") is not a meal:
  nothing is estimated from it (use :meth:`Estimator.lookup` for those). Neither is a plan, wish, habit,
  dislike or negation ("I want to eat more spinach", "going to buy bananas", "I'll have salmon
  tomorrow", "I don't like spinach", "I'm allergic to nuts"), nor a bot command ("/start"): only what
  was eaten is logged ("I ate ...", "had ...", or a bare list of foods).
* "a/an/one/2 X" with no unit counts whole items: one medium fruit, egg, potato or courgette, not the
  default serving (see :meth:`Estimator._amount`). When the matched row has no piece weight (cooked
  courgette) and a variant of the same food does (raw courgette, 196 g), the variant is used: whole
  items are weighed as bought. A drink counted in units ("an orange juice", "2 lattes") is that many of
  its default drink portion, never a piece of the fruit it is made from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from bot.domain.estimate_absorb import absorb
from bot.domain.estimate_amount import amount, plausible, usual
from bot.domain.estimate_composite import composite, on_named_bread, split_on_bread
from bot.domain.estimate_dishes import dish_named_last
from bot.domain.estimate_list import food_list
from bot.domain.estimate_named import (
    container_named,
    described_dishes,
    same_food_again,
    whole_piece,
    without_container,
)
from bot.domain.estimate_put_in import put_in
from bot.domain.estimate_repeats import named_again
from bot.domain.estimate_slots import (
    _Slot,
    added_to_drink,
    is_component,
    one_slice_under,
    plural_count,
    restated,
    spread_on_bread,
    take_back,
)
from bot.domain.estimate_span import food_span
from bot.domain.estimate_types import AmbiguousItem, Estimate, EstimatedItem, Rejected, _Out, to_json
from bot.domain.food_idioms import without_idioms
from bot.domain.foods import SIZE_FACTORS, Food, FoodTable, load_food_table
from bot.domain.matcher import NON_FOOD_WORDS, FoodMatcher, MatchResult, normalise, singular
from bot.domain.meal import (
    MEASURED_UNITS,
    ParsedItem,
    parse_item,
    split_shared_items,
    strip_lead_ins,
    strip_trailers,
)
from bot.domain.meal_data import unit_food
from bot.domain.meal_filters import (
    _AND_RE,
    _COMPOSITE_RE,
    _LOOKUP_PREFIXES,
    _LOOKUP_SUFFIXES,
    _PIECE_NOUN_RE,
    _SIDE_RE,
    _STATEMENT_RE,
)
from bot.domain.meal_intent import _eaten_sentences, is_not_eaten, is_question
from bot.domain.meal_lexicon import ASIDE_RE, MEAL_WORD_ONLY_RE
from bot.domain.meal_modifiers import without_served_words
from bot.domain.meal_restate import read_message
from bot.domain.regions import DEFAULT_REGION

__all__ = [
    "AmbiguousItem",
    "Estimate",
    "EstimatedItem",
    "Estimator",
    "Rejected",
    "default_estimator",
    "is_not_eaten",
    "is_question",
    "to_json",
]

MAX_ITEMS = 40
MAX_ITEM_CHARS = 200
EXACT_SCORE = 97.0  # the matcher's score for a name or alias hit (after a typo correction at worst)
_NEGATIVE_RE = re.compile(r"^\s*(?:[-−–]\s*\d|minus\s+\d)", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]{3,}")  # a food is named by at least one word of three letters
# "a big mac type burger", "greek style yoghurt": a food like another; "sushi - a california roll", "fish (cod)"
_HEDGE_RE = re.compile(r"^(?P<first>.+?)(?:\s+|-)(?:type|style|kind\s+of|sort\s+of)\s+(?P<second>.+)$", re.I)
_APPOSITION_RE = re.compile(r"\s[-–—]\s|[()]")
_IN_WATER = r"\s+(?:in|with|w)\s+(?:some\s+|hot\s+|cold\s+|warm\s+|tap\s+|boiling\s+|spring\s+)?water\b"
_FILLED_RE = re.compile(r"^(?P<dish>[^\W\d_]+)\s+(?:with\s+|w/?\s+|w/)(?P<filling>[^\W\d_]+)$", re.IGNORECASE)
_DISH_AMOUNT_UNITS = frozenset({None, "bowl", "serving", "packet"})
# "half chicken", "half a roast chicken": a food whose own name starts with an amount word
_AMOUNT_NAMED_RE = re.compile(r"^(?:an?\s+)?(?:half|quarter|third)\s+(?:a\s+)?[^\W\d]", re.IGNORECASE)
_LEADING_COUNT_RE = re.compile(r"^(?:(?P<count>an?|one|\d{1,2})\s+)?(?P<name>[^\d].*)$", re.IGNORECASE)
_COUNT_PORTIONS = ("piece", "small", "medium", "large")
MAX_AFTER_WORDS = 6  # "pretzels small bag": an amount said after a food of a few words


def _modifies_thing(food_text: str) -> bool:
    """ "bread and butter issue", "salt and pepper hair": foods joined by "and" that only describe the
    non-food noun after them (knowledge/non_food_words.txt), said with no article or count before it ("baked
    beans and 2 hot dogs" are two foods)."""
    words = re.findall(r"[^\W_]+|&", food_text.lower())
    for k in range(3, len(words)):
        if words[k] not in NON_FOOD_WORDS and singular(words[k]) not in NON_FOOD_WORDS:
            continue
        joins = [j for j in range(1, k - 1) if words[j] in ("and", "n", "&")]
        between = words[joins[-1] + 1 : k] if joins else []
        return bool(joins) and not _ARTICLES & set(between) and not any(w.isdigit() for w in between)
    return False


_ARTICLES = frozenset({"a", "an", "the", "my", "our", "some", "his", "her", "their", "your", "this", "that"})


def _scaled(item: EstimatedItem, share: float) -> EstimatedItem:
    return replace(
        item, quantity=item.quantity * share, grams=item.grams * share, magnesium_mg=item.magnesium_mg * share
    )


class Estimator:
    """Turns meal text into an :class:`Estimate` using a food table and a matcher."""

    def __init__(self, table: FoodTable, matcher: FoodMatcher | None = None) -> None:
        self.table = table
        self.matcher = matcher or FoodMatcher(table)
        # context words keyed as the matcher normalises them ("beans" -> "bean")
        self._context = {normalise(word): rules for word, rules in table.context.items()}

    def _keep(self, phrase: str) -> bool:
        """Keep "X and/with Y" as one item when it names one food, exactly or but for a typo."""
        food_text = parse_item(phrase).food_text
        if self._filled_dish(food_text):
            return True  # "quesadilla with chicken": the table's chicken quesadilla
        if _modifies_thing(food_text):
            return True  # "bread and butter issue": one phrase about an issue, no food
        # a food's name, a dish on its bread ("PB&J on whole wheat"), or all but a typo of a name (the fuzzy
        # ranking is skipped when no name can be that close)
        if not (
            self.matcher.is_known_name(food_text)
            # "homemade pasta with tomato sauce": the dish, whoever made it
            or self.matcher.is_known_name(without_served_words(food_text))
            or on_named_bread(self, food_text)
            or (len(food_text.split()) > 1 and self.matcher.sure_at(food_text, EXACT_SCORE))
        ):
            return False
        result = self.matcher.match(food_text)
        # "cheese and crackers" is two foods, not "cheese crackers" ("and" is a stopword)
        return not _AND_RE.search(food_text) or (
            result.best is not None
            and any(_AND_RE.search(label) for label in (result.best.name, *result.best.aliases))
        )

    def estimate(self, text: str, region: str | None = None) -> Estimate:
        """Read a meal message. ``region`` ("UK"/"US", see :func:`bot.domain.regions.region_for_timezone`)
        decides what a pint is and what "chips" are."""
        parts, backs = read_message(without_idioms(text or ""))  # "cheap as chips" is said, not eaten
        # the message without its take-back clauses ("forget the feta, didnt eat it") and without the
        # sentences that are not a report of eating ("Didn't eat breakfast. Had a coffee.": the coffee)
        parts = [_eaten_sentences(ASIDE_RE.sub("", part)) for part in parts]  # "dont judge me" is no "don't"
        parts = [same_food_again(self.matcher, described_dishes(self.matcher, part)) for part in parts]
        said = "".join(parts)
        if not said.strip() or is_question(said) or is_not_eaten(said):
            return Estimate()
        region = region or DEFAULT_REGION
        lowered = " " + re.sub(r"[^\w%]+", " ", text.lower()) + " "
        out = _Out()
        slots: list[_Slot] = []
        for part, back in zip(parts, backs, strict=True):
            for whole_text, whole_sep, share in split_shared_items(part, keep=self._keep)[:MAX_ITEMS]:
                for item_text, sep in put_in(self, whole_text, whole_sep, lowered):
                    slot = self._slot(item_text, sep, lowered, region, out)
                    if slot is not None:
                        for one in self._listed(slot, lowered, region, out):
                            one.share = share
                            slots.append(one)
            take_back(slots, back)
        dish_named_last(slots, self.matcher, is_component)
        absorb(self, slots)
        restated(slots)
        named_again(slots)
        one_slice_under(slots)
        spread_on_bread(slots)
        for slot in slots:
            if not slot.dropped:
                logged = len(out.items)
                self._estimate_slot(slot, region, out)
                if slot.share != 1.0:  # "nachos, shared half with my gf": the user's half
                    out.items[logged:] = [_scaled(item, slot.share) for item in out.items[logged:]]
        return Estimate(
            tuple(out.items),
            tuple(out.ambiguous),
            tuple(out.unmatched),
            tuple(out.rejected),
            tuple(out.confirm),
            region if out.pint else "",
        )

    def _slot(self, item_text: str, sep: str, lowered: str, region: str, out: _Out) -> _Slot | None:
        """One item of the message, matched; None when it is not logged (listed in ``out`` when said)."""
        if len(item_text) > MAX_ITEM_CHARS:
            out.unmatched.append(item_text[:MAX_ITEM_CHARS] + "…")
            return None
        if _NEGATIVE_RE.match(item_text):
            out.rejected.append(Rejected(item_text, "negative"))
            return None
        parsed = self._made_with_water(self._parse(item_text), lowered)
        if sep.strip().lower() in ("with", "w", "w/", "for") and MEAL_WORD_ONLY_RE.match(
            parsed.food_text.strip()
        ):
            return None  # "w breakfast": when it was taken, no food
        filled = self._filled_dish(parsed.food_text)
        if filled:
            parsed = replace(parsed, food_text=filled)
        if parsed.quantity is None and parsed.unit is None and _PIECE_NOUN_RE.search(parsed.food_text):
            parsed = replace(parsed, quantity=1.0)  # "cod fillet", "roast chicken thigh": one piece
        if not parsed.food_text.strip() and parsed.unit and (unit_named := unit_food(item_text)):
            parsed = replace(parsed, food_text=unit_named)  # "2 pints": of beer; "2 rashers": bacon
        if not _WORD_RE.search(parsed.food_text) and not self.matcher.is_known_name(parsed.food_text):
            if _WORD_RE.search(item_text):
                out.unmatched.append(item_text)
            return None  # punctuation, numbers and symbols name no food
        if _STATEMENT_RE.search(parsed.food_text):
            out.unmatched.append(item_text)  # "sushi is my favourite": said about a food, not eaten
            return None
        if parsed.quantity is not None and parsed.quantity <= 0:
            out.rejected.append(Rejected(item_text, "zero" if parsed.quantity == 0 else "negative"))
            return None
        parsed = whole_piece(self.matcher, without_container(self.matcher, parsed))
        slot = _Slot(item_text, sep, parsed)
        in_context = self._in_context(parsed.food_text, lowered, region)
        if in_context is not None:
            slot.result = MatchResult("sure", in_context, 100.0, (in_context,))
        else:
            slot.result = self.matcher.match(parsed.food_text)
            named = slot.result.best if slot.result.status == "sure" else None
            # the same food named another way ("semi skimmed" for semi-skimmed milk) has the same context
            said = set(normalise(parsed.food_text).split())
            for name in (named.name, *named.aliases) if named is not None else ():
                if not said < set(normalise(name).split()):
                    continue  # only a fuller form of what was said: "semi skimmed" -> "semi skimmed milk"
                in_context = self._in_context(name, lowered, region)
                if in_context is not None:
                    slot.result = MatchResult("sure", in_context, 100.0, (in_context,))
                    break
            if slot.result.covered and (parsed.quantity is not None or parsed.unit is not None):
                # "instant ramen, 1 packet": an amount says a food was meant, and one name holds every word
                slot.result = replace(slot.result, status="sure")
            if slot.result.status != "sure":
                slot.result = (
                    self._one_of_two_names(item_text, lowered, region)
                    or food_span(self.matcher, parsed.food_text, lambda span: on_named_bread(self, span))
                    or slot.result
                )
        return slot

    def _listed(self, slot: _Slot, lowered: str, region: str, out: _Out) -> list[_Slot]:
        """An unsure chunk with no amount that lists foods without separators ("yogurt banana coffee")
        becomes one slot per food; any other slot is kept as it is."""
        parsed = slot.parsed
        if slot.result is not None and slot.result.status != "sure" and "," in slot.text:
            drink = self._drink_and_milk(slot, lowered, region, out)
            if drink:
                return drink
        if slot.result is None or slot.result.status == "sure" or parsed.quantity is not None:
            return [slot]
        if parsed.unit is not None:
            return [slot]
        head, colon, tail = slot.text.partition(":")  # "fruit salad: apple banana orange": the parts
        names = food_list(self.matcher, self._parse(tail).food_text if colon else parsed.food_text)
        if names is None:
            return [slot]
        parts = [
            self._slot(name, slot.sep if i == 0 else ",", lowered, region, out)
            for i, name in enumerate(names)
        ]
        return [part for part in parts if part is not None]

    def _drink_and_milk(self, slot: _Slot, lowered: str, region: str, out: _Out) -> list[_Slot] | None:
        """ "cuppa with semi-skimmed" (read as the tea and a word about it): a brewed drink and the milk named
        by its kind alone are two items, the milk a splash (knowledge/drink_additions.csv)."""
        head, _, tail = slot.text.rpartition(",")
        quiet = _Out()
        drink = self._slot(head, slot.sep, lowered, region, quiet)
        milk = self._slot(tail.strip(), "with", lowered, region, quiet)
        if drink is None or milk is None or not added_to_drink(drink, milk):
            return None
        return [drink, milk]

    def _one_of_two_names(self, item_text: str, lowered: str, region: str) -> MatchResult | None:
        """A food named twice, one name exact: "sushi - a california roll", "fish (cod)" (the later name),
        "a big mac type burger" (the one before "type"/"style"); None when neither name is sure."""
        hedge = _HEDGE_RE.match(item_text)
        names = (
            [hedge.group("first"), hedge.group("second")]
            if hedge
            else [p for p in reversed(_APPOSITION_RE.split(item_text)) if _WORD_RE.search(p)]
        )
        if len(names) < 2:
            return None
        names = [self._parse(name).food_text for name in names]
        for name in names:
            in_context = self._in_context(name, lowered, region)  # "toast - a cup of beans": baked beans
            if in_context is not None:
                return MatchResult("sure", in_context, 100.0, (in_context,))
            result = self.matcher.match(name)
            if result.status == "sure" and result.score >= EXACT_SCORE:
                return result
        return None

    def _parse(self, item_text: str) -> ParsedItem:
        """:func:`parse_item`, except that a whole food name the parser would cut is kept: "big mac" is a
        burger, not a large "mac"."""
        return self._parse_cut(item_text)

    def _filled_dish(self, food_text: str) -> str | None:
        """ "quesadilla with chicken", "omelette w cheese": a dish said with its filling after it is the
        table's dish named by the filling ("chicken quesadilla"), when there is one; else None."""
        m = _FILLED_RE.match(food_text)
        if m is None or self.matcher.is_known_name(food_text):
            return None  # "chili with beans" is the table's own name
        name = f"{m.group('filling')} {m.group('dish')}"
        if not self.matcher.is_known_name(name):
            return None
        # the dish it names is that dish ("yogurt granola" is a parfait: granola with yogurt stays two)
        food = self.matcher.match(name).best
        said = normalise(m.group("dish"))
        return name if food is not None and said in normalise(food.name).split() else None

    def _made_with_water(self, parsed: ParsedItem, lowered: str) -> ParsedItem:
        """ "a bowl of oats with water", "instant oats sachet made with water": the splitter drops the water as
        how it was cooked; with no measured amount (a bowl, a sachet, none) the food is the table's cooked
        dish "<food> made with water". A measured amount ("1/2 cup oats cooked with water") is of the food
        as named, the dry oats."""
        if parsed.unit not in _DISH_AMOUNT_UNITS or not parsed.food_text:
            return parsed
        made = f"{parsed.food_text} made with water"
        if not self.matcher.is_known_name(made):
            return parsed
        said = re.search(rf"\b{re.escape(parsed.food_text.lower())}\b(?:\s+\w+){{0,3}}?{_IN_WATER}", lowered)
        return replace(parsed, food_text=made) if said else parsed

    def _parse_cut(self, item_text: str) -> ParsedItem:
        said = strip_trailers(strip_lead_ins(item_text)).strip()
        if _AMOUNT_NAMED_RE.match(said) and self.matcher.is_known_name(said):
            return ParsedItem(item_text, None, None, said)  # "half chicken" is the table's half chicken
        parsed = parse_item(item_text)
        parsed = container_named(self.matcher, said, parsed)  # "a pot noodle", "a bottle of water"
        if parsed.quantity is None and parsed.unit is None and parsed.size is None:
            return self._amount_after(parsed)
        if parsed.unit in MEASURED_UNITS:
            # "beef jerky small bag (1 oz)": the weight is said; the bag said after the food is no food
            said = self._amount_after(ParsedItem(parsed.text, None, None, parsed.food_text), weighed=True)
            return replace(parsed, food_text=said.food_text)
        if parsed.unit not in SIZE_FACTORS:
            return parsed
        unit_after = self._unit_after_sized(parsed)
        if unit_after is not None:
            return unit_after
        m = _LEADING_COUNT_RE.match(strip_trailers(strip_lead_ins(item_text)))
        if m and self.matcher.is_known_name(m.group("name")):
            count = m.group("count")
            quantity = None if count is None else (float(count) if count.isdigit() else 1.0)
            return ParsedItem(item_text, quantity, None, m.group("name"))
        return parsed

    def _unit_after_sized(self, parsed: ParsedItem) -> ParsedItem | None:
        """ "large pizza slice", "big chocolate bar": the size is of the piece named after the food (a large
        slice of pizza, not a large pizza), when the words before it are a food's name; else None."""
        words = parsed.food_text.split()
        if len(words) < 2:
            return None
        food = " ".join(words[:-1])
        moved = parse_item(f"{parsed.quantity or 1:g} {parsed.size} {words[-1]} of {food}")
        if moved.unit in (None, *SIZE_FACTORS) or normalise(moved.food_text) != normalise(food):
            return None
        result = self.matcher.match(food)
        if result.status != "sure" or result.best is None or moved.unit not in result.best.portions:
            return None
        return ParsedItem(parsed.text, moved.quantity, moved.unit, moved.food_text, moved.size)

    def _amount_after(self, parsed: ParsedItem, weighed: bool = False) -> ParsedItem:
        """A size or container said after its food ("pretzels small bag", "sweet potato medium baked",
        "ginger ale can"): read as if said first, when what is left is exactly a food's name. ``weighed``:
        the weight is said too ("beef jerky small bag (1 oz)"), so any container is cut from the food."""
        words = parsed.food_text.split()
        if not 2 <= len(words) <= MAX_AFTER_WORDS:
            return parsed
        if self.matcher.is_literal_name(parsed.food_text):
            return parsed  # the whole phrase is a food's name ("dairy milk bar"): nothing was said after it
        for start in range(1, len(words)):
            for width in (2, 1):
                said, rest = words[start : start + width], words[:start] + words[start + width :]
                if len(said) < width or not rest:
                    continue
                food = " ".join(rest)
                moved = parse_item(f"{' '.join(said)} of {food}")
                if moved.unit is None and moved.size is None:
                    continue
                if normalise(moved.food_text) != normalise(food):
                    continue
                result = self.matcher.match(food)
                if result.status != "sure" or result.best is None or result.score < EXACT_SCORE:
                    continue
                known = {*result.best.portions, *MEASURED_UNITS}
                if moved.unit is not None and moved.unit not in known and not weighed:
                    continue  # a container the food has no weight for: as before
                return ParsedItem(parsed.text, moved.quantity, moved.unit, moved.food_text, moved.size)
        return parsed

    def _in_context(self, food_text: str, lowered: str, region: str) -> Food | None:
        """The food a context-dependent word means here ("chips" with fish, or in the UK: chip-shop chips)."""
        if not self._context:
            return None
        rules = self._context.get(normalise(food_text))
        for food, when in rules or ():
            for word in when:
                if word == f"region:{region.lower()}" or (
                    not word.startswith("region:") and f" {word} " in lowered
                ):
                    return food
        return None

    def _estimate_slot(self, slot: _Slot, region: str, out: _Out) -> None:
        item_text, parsed = slot.text, slot.parsed
        result = slot.result or self.matcher.match(parsed.food_text)
        dish, on = split_on_bread(parsed.food_text, self.matcher)
        if on and result.score < EXACT_SCORE and self.matcher.is_known_name(dish):
            result = self.matcher.match(dish)  # "cheese sandwich on white": the table's own sandwich
        if result.status != "sure" and parsed.unit == "slice" and parsed.food_text:
            # "2 slices of whole wheat", "a slice of white": a slice of a kind of flour is that bread
            as_bread = self.matcher.match(f"{parsed.food_text} bread")
            if as_bread.status == "sure":
                result = as_bread
        # "prawn sandwich": a filling and its bread, unless the table names that very dish ("tuna sandwich")
        fuzzy = (
            result.status == "sure"
            and result.score < EXACT_SCORE
            and _COMPOSITE_RE.match(split_on_bread(parsed.food_text)[0])
        )
        if result.status != "sure" or fuzzy:
            parts = composite(self, item_text, parsed, region)
            if parts:
                out.items.extend(parts)
                return
        if result.status == "none" or result.best is None:
            out.unmatched.append(item_text)
            return
        if result.status == "unsure":
            out.ambiguous.append(AmbiguousItem(item_text, parsed.quantity, parsed.unit, result.candidates))
            return
        food = self._canned(result.best, parsed.unit)
        food = self._side(food, item_text)
        food = self._countable(food, parsed.quantity, parsed.unit)
        parsed = plural_count(parsed, food)
        estimated = self._amount(item_text, parsed.quantity, parsed.unit, food, parsed.size, region)
        if estimated is None and parsed.unit is not None:
            # "2 slices of ham": the roast ham has no slice, its sliced variant has
            for variant in self.matcher.variants(food):
                if parsed.unit in variant.portions:
                    estimated = self._amount(
                        item_text, parsed.quantity, parsed.unit, variant, parsed.size, region
                    )
                    break
        if estimated is None:
            out.unmatched.append(item_text)
            return
        out.pint = out.pint or parsed.unit == "pint"
        if not self.plausible(estimated, parsed.quantity):
            out.rejected.append(Rejected(item_text, "implausible"))
        elif not self.usual(estimated):
            out.confirm.append(estimated)
        else:
            out.items.append(estimated)

    def _canned(self, food: Food, unit: str | None) -> Food:
        """For "a can of black beans": the canned variant of the food when the table has one."""
        if unit != "can" or "canned" in food.name:
            return food
        for variant in self.matcher.variants(food):
            if variant.name.startswith("canned ") and "can" in variant.portions:
                return variant
        return food

    def _side(self, food: Food, text: str) -> Food:
        """ "a side of spinach": a side dish of a vegetable is served cooked (the cooked variant, if any)."""
        if not _SIDE_RE.match(text) or not food.name.startswith("raw "):
            return food
        for variant in self.matcher.variants(food):
            if variant.name.startswith(("cooked ", "boiled ", "steamed ")):
                return variant
        return food

    def _countable(self, food: Food, quantity: float | None, unit: str | None) -> Food:
        """For a count of whole items ("a courgette", "2 medium courgettes"), a variant with a piece weight
        when ``food`` has none; else ``food``."""
        counted = (unit is None and quantity is not None) or unit in _COUNT_PORTIONS
        if not counted or food.is_drink or any(u in food.portions for u in _COUNT_PORTIONS):
            return food
        for variant in self.matcher.variants(food):
            if any(u in variant.portions for u in ("medium", "piece")):
                return variant
        return food

    _amount = staticmethod(amount)
    plausible = staticmethod(plausible)
    usual = staticmethod(usual)

    def resolve(
        self, text: str, quantity: float | None, unit: str | None, food: Food, region: str | None = None
    ) -> EstimatedItem | None:
        """Estimate an item after the user picked ``food``; None if the amount is unknown or implausible."""
        estimated = self._amount(text, quantity, unit, food, region=region)
        if estimated is None or not self.plausible(estimated, quantity):
            return None
        return estimated

    def lookup(self, text: str) -> Food | None:
        """The food asked about in "how much magnesium is in X?"-style questions (None if no food)."""
        found = self.lookup_item(text)
        return found.food if found is not None else None

    def lookup_item(self, text: str) -> EstimatedItem | None:
        """The food asked about in a "how much magnesium is in X?" question, with the amount the question
        states ("half a cup of boiled spinach", "a one-ounce handful of almonds") or else one typical
        serving; None when no food is named or the amount makes no sense."""
        cleaned = strip_trailers(text.strip())
        cleaned = _LOOKUP_SUFFIXES.sub("", _LOOKUP_PREFIXES.sub("", cleaned.strip(), count=1), count=1)
        cleaned = strip_lead_ins(cleaned)
        parsed = parse_item(cleaned) if cleaned else None
        if parsed is None or not parsed.food_text:
            return None
        result = self.matcher.match(parsed.food_text)
        if result.best is None or result.status == "none" or self.matcher.is_generic(parsed.food_text):
            return None  # a generic word ("fish"): the knowledge base answers about the food group
        item = self.resolve(cleaned, parsed.quantity, parsed.unit, result.best)
        return item or self.resolve(cleaned, None, None, result.best)


@lru_cache(maxsize=4)
def default_estimator(path: Path | None = None) -> Estimator:
    """The estimator over ``knowledge/foods.csv`` (built once)."""
    table = load_food_table(path)
    return Estimator(table, FoodMatcher(table))
