"""One food named twice: by a general word and then more exactly, or exactly and then again with its amount.

"sushi, 8 pieces california roll", "had a curry from the takeaway. chicken madras, pilau rice", "sunday roast
at mums. roast beef, 3 roast potatoes" name one food twice, first in general and then exactly: the exact one
is logged. "smoked salmon and scrambled eggs, 2 eggs and 50g salmon" names each food exactly and then again
with its amount: the exact food with the amount. A dish said bare and then again before its recipe ("porridge,
porridge made with 40g oats and 250ml milk") is the recipe. Only after a comma or a new sentence (a list said with
"and" is of several foods: "a banana and a banana smoothie"), and only within one food group.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

from bot.domain.estimate_slots import _Slot
from bot.domain.matcher import normalise
from bot.domain.meal import MEASURED_UNITS

_BREAKS = frozenset({",", ""})  # a comma, or the first item of a new sentence or line
MAX_GENERAL_WORDS = 2  # "sushi", "sunday roast": a general name is short


def _last_word(name: str) -> str:
    words = normalise(name).split()
    return words[-1] if words else ""


def _more_exact(general: _Slot, exact: _Slot, said: list[str]) -> bool:
    """``exact`` names the food ``general`` named by a general word: the same row, or a row of the same group
    whose name ends in that word ("crackers" -> butter crackers) or whose group names it ("sushi" ->
    california roll, in FNDDS's "Egg rolls, dumplings, sushi")."""
    first, second = general.food, exact.food
    words = normalise(exact.parsed.food_text).split()
    if first is None or second is None or words == said or set(words) < set(said):
        return False  # "a latte, a latte": two; "smoked salmon, 50g salmon": said again, less exactly
    if general.parsed.unit is not None or (general.parsed.quantity or 1.0) != 1.0:
        return False  # "2 sausages", "a bag of chips": an amount of its own says it is that food
    if second.id == first.id:
        return True
    if second.food_group != first.food_group or len(said) > MAX_GENERAL_WORDS:
        return False
    return said[-1] == _last_word(second.name) or said[-1] in normalise(second.food_group).split()


def _restates(exact: _Slot, again: _Slot, said: list[str]) -> bool:
    """``again`` names ``exact``'s food by fewer words, with an amount: "scrambled eggs, 2 eggs"."""
    first, second = exact.food, again.food
    words = normalise(again.parsed.food_text).split()
    if first is None or second is None or again.parsed.quantity is None or not words:
        return False
    if exact.parsed.quantity is not None or exact.parsed.unit is not None or first.id == second.id:
        return False  # an amount of its own, or the same row (see estimate_slots.restated)
    return (
        len(words) < len(said)
        and set(words) < set(said)
        and words[-1] == _last_word(first.name)
        and first.food_group == second.food_group
    )


def _same_dish(bare: _Slot, recipe: _Slot) -> bool:
    """``bare`` is, with no amount of its own, the dish ``recipe`` names before its ingredients."""
    said = bare.parsed.unit is not None or (bare.parsed.quantity or 1.0) != 1.0
    return not said and bare.food is not None and recipe.food is not None and bare.food.id == recipe.food.id


def named_again(slots: list[_Slot]) -> None:
    """Drop a food named again later in the message (see the module docstring)."""
    for index, slot in enumerate(slots):
        if slot.dropped or slot.food is None or slot.parsed.unit in MEASURED_UNITS:
            continue
        said = normalise(slot.parsed.food_text).split()
        broken = False
        for following in slots[index + 1 :]:
            broken = broken or following.sep in _BREAKS
            if following.recipe and broken and _same_dish(slot, following):
                slot.dropped = True  # "porridge, porridge made with 40g oats and 250ml milk": its recipe
                break
            if following.dropped or not broken:
                continue
            if _more_exact(slot, following, said):
                slot.dropped = True
                break
            if _restates(slot, following, said):
                following.result = slot.result  # the exact food, with the amount said again
                slot.dropped = True
                break
