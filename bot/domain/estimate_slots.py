"""The items of a meal message while the estimator reads them, and rules between neighbouring items.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.domain.foods import Food
from bot.domain.matcher import MatchResult, normalise
from bot.domain.meal import MEASURED_UNITS, ParsedItem
from bot.domain.meal_clauses import TakeBack
from bot.domain.meal_data import drink_additions, side_dishes


@dataclass
class _Slot:
    """One item of a message while it is being read."""

    text: str
    sep: str
    parsed: ParsedItem
    result: MatchResult | None = None
    dropped: bool = False
    share: float = 1.0  # the user's share of a shared dish ("shared half with my gf")
    recipe: bool = False  # a dish dropped for the ingredients said with their amounts after it

    @property
    def food(self) -> Food | None:
        """The food the matcher is sure of (None when unsure or unknown)."""
        return self.result.best if self.result is not None and self.result.status == "sure" else None


def _has_amount(slot: _Slot) -> bool:
    """An ingredient with its own amount: a weight or volume ("40 g", "250 ml", "a cup of") or a number
    ("2 eggs"). A splash, a spoon or "some" is not an amount that replaces the dish."""
    unit = slot.parsed.unit
    return unit in MEASURED_UNITS or unit in ("cup", "pint") or bool(re.match(r"\s*\d", slot.text))


def restated(slots: list[_Slot]) -> None:
    """A food named again with its amount ("spinach salad, 2 cups raw spinach") is one food, not two; so is a
    dish named by that food ("chickpea curry, about a cup of chickpeas": the chickpeas, as measured). The
    amount may come later in the list, after a comma ("pasta with prawns, 150g prawns and 1 cup penne"), or
    right after it joined by anything when it is the same food row ("overnight oats made with 1/2 cup oats")."""
    for index, slot in enumerate(slots):
        if slot.food is None or slot.parsed.quantity is not None or slot.parsed.unit is not None:
            continue
        words = normalise(slot.parsed.food_text).split()
        after_comma = False
        for position, following in enumerate(slots[index + 1 :]):
            after_comma = after_comma or following.sep == ","
            following_words = normalise(following.parsed.food_text).split()
            # a dish named by an ingredient ("tofu stir fry with broccoli, 200g tofu") is restated by that
            # ingredient's amount after a comma, whatever was listed in between
            named_by = bool(following_words) and following_words[-1] in words
            same = following.food is not None and (
                following.food.id == slot.food.id
                or (named_by and (position == 0 or (after_comma and bool(slot.food.components))))
            )
            # the very next item, the same food row with an amount, restates it whatever joins them
            # ("overnight oats made with 1/2 cup dry oats": the oats, as measured)
            restates = after_comma or (
                position == 0 and following.food is not None and following.food.id == slot.food.id
            )
            if same and restates and following.parsed.quantity is not None:
                slot.dropped = True
                break


_SPREAD_AFTER = frozenset({"with", "w/", "w", "topped with"})


def _spread_amount(spread_slot: _Slot, bread: _Slot) -> None:
    """Set a tablespoon per slice on ``spread_slot`` when it is an unmeasured spread and ``bread`` bread."""
    spread = spread_slot.food
    if (
        spread is None
        or bread.food is None
        or spread_slot.parsed.quantity is not None
        or spread_slot.parsed.unit is not None
        or spread.serving_unit != "tbsp"
        or spread.serving_amount <= 1
        or bread.food.serving_unit != "slice"
        or bread.parsed.unit not in (None, "slice")
    ):
        return
    slices = bread.parsed.quantity or 1.0
    spread_slot.parsed = replace(spread_slot.parsed, quantity=min(slices, spread.serving_amount), unit="tbsp")


def spread_on_bread(slots: list[_Slot]) -> None:
    """A spread on bread ("peanut butter on toast", "2 slices of toast with peanut butter") is a tablespoon
    per slice, not its own serving (2 tbsp of peanut butter), when no amount is given. Only lowers a default
    served in tablespoons."""
    for first, second in zip(slots, slots[1:], strict=False):
        if second.sep == "on":
            _spread_amount(first, second)
        elif second.sep in _SPREAD_AFTER:
            _spread_amount(second, first)


def one_slice_under(slots: list[_Slot]) -> None:
    """ "fried egg on toast", "vegemite on toast", "half an avocado on toast": one thing on sliced bread said
    with no amount is on one slice, not the bread's own serving of two. A count of two or more or a plural
    on it ("2 eggs on toast", "beans on toast") keeps the bread's serving."""
    for first, second in zip(slots, slots[1:], strict=False):
        bread = second.food
        if second.sep != "on" or bread is None or bread.serving_unit != "slice" or first.food is None:
            continue
        if second.parsed.quantity is not None or second.parsed.unit is not None:
            continue
        count = first.parsed.quantity
        words = re.findall(r"[^\W\d_]+", first.parsed.food_text.lower())
        plural = bool(words) and words[-1].endswith("s") and not words[-1].endswith(("ss", "us"))
        if (count is None and not plural) or (count is not None and first.parsed.unit is None and count <= 1):
            second.parsed = replace(second.parsed, quantity=1.0, unit="slice")


def _named(slot: _Slot, words: set[str]) -> bool:
    said = set(normalise(slot.parsed.food_text).split())
    if slot.food is not None:
        said |= set(normalise(slot.food.name).split())
    return bool(said & words)


def take_back(slots: list[_Slot], back: TakeBack | None) -> None:
    """Apply a take-back clause to the items read before it (see :mod:`bot.domain.meal_clauses`): the last
    item ("… no a tuna sandwich"), the items it names ("forget the feta") or all but those ("ok just the
    pho actually")."""
    if back is None:
        return
    live = [slot for slot in slots if not slot.dropped]
    if back.kind == "vague":
        if live and live[-1].food is None:
            live[-1].dropped = True
        return
    if back.kind == "last":
        if live:
            live[-1].dropped = True
        return
    words = set(normalise(back.words).split())
    named = [slot for slot in live if _named(slot, words)]
    if back.kind == "named":
        for slot in named:
            slot.dropped = True
    elif named:  # "only": the others go
        for slot in live:
            slot.dropped = slot.dropped or slot not in named


def plural_count(parsed: ParsedItem, food: Food) -> ParsedItem:
    """ "eggs on toast", "had sausages": a food counted one piece at a time, named in the plural with no
    count, is two pieces (the fewest a plural says), not one."""
    if parsed.quantity is not None or parsed.unit is not None or parsed.size is not None:
        return parsed
    if food.serving_unit not in ("piece", "medium") or food.serving_amount != 1 or food.is_drink:
        return parsed
    words = re.findall(r"[^\W\d_]+", parsed.food_text.lower())  # as written: normalise() singularises
    last = words[-1] if words else ""
    names = {n.lower().split()[-1] for n in (food.name, *food.aliases) if n.strip()}
    if not last.endswith("s") or not (last[:-1] in names or (last.endswith("es") and last[:-2] in names)):
        return parsed
    return replace(parsed, quantity=2.0, unit=food.serving_unit)


def is_component(slot: _Slot, components: set[str]) -> bool:
    """Whether ``slot`` names one of a dish's ``components`` (by its words, last word or food names)."""
    words = normalise(slot.parsed.food_text)
    names = {words, words.split()[-1] if words else ""}
    if slot.food is not None:
        names |= {normalise(n) for n in (slot.food.name, *slot.food.aliases)}
    return bool(names & components)


def added_to_drink(dish: _Slot, other: _Slot) -> bool:
    """Milk named with brewed tea or coffee (``knowledge/drink_additions.csv``) is added to the drink, not
    part of its row: ``other`` becomes a splash a cup (True); False for any other dish and ingredient."""
    if (
        dish.food is None
        or dish.food.id not in drink_additions()
        or other.food is None
        or not other.food.is_drink
    ):
        return False
    count = dish.parsed.quantity if dish.parsed.unit in ("cup", "mug", None) else None
    other.parsed = replace(other.parsed, quantity=count or 1.0, unit="tbsp")
    return True


def served_beside(dish: _Slot, other: _Slot) -> bool:
    """``other`` is a side served with ``dish`` (``knowledge/side_dishes.csv``), a food of its own: "shepherd's
    pie with peas", "a pie with mash"; not when the dish's name says it ("fish and chips")."""
    sides = re.split(r"\s+(?:and|&|n)\s+", other.parsed.food_text.lower())  # "carrots and peas": two sides
    if dish.food is None or not {normalise(side) for side in sides} <= {normalise(s) for s in side_dishes()}:
        return False
    said = " ".join(normalise(side) for side in sides)
    names = " ".join(normalise(name) for name in (dish.food.name, *dish.food.aliases))
    return not set(said.split()) & set(names.split()) and not dish.food.is_drink
