"""Words that say how much, how big or in what state a food is, but name no food (data for
:mod:`bot.domain.meal`)."""

from __future__ import annotations

import re

from bot.domain.meal_lexicon import APPROX_AFTER_WORDS

# Words that say how much, how big or in what state a food is, but name no food: a comma/colon/bracket
# segment made only of these (and amounts) belongs to the food before it ("spinach, 2 cups, cooked").
_MODIFIER_WORDS_TEXT = """
    cooked boiled steamed baked grilled fried roasted roast sauteed sautéed poached broiled stewed
    microwaved braised scrambled toasted mashed simmered blanched barbecued bbq seared charred pan
    stir stirfried pan-fried stir-fried deep-fried air-fried airfried hard-boiled soft-boiled hardboiled
    softboiled medium-rare rare well-done done raw fresh uncooked dried dry dry-roasted canned tinned
    frozen thawed defrosted drained rinsed chopped sliced diced cubed minced halved quartered shredded
    grated crushed ground peeled unpeeled shelled hulled soaked sprouted whole plain greek natural
    unsalted salted unsweetened sweetened organic homemade home-made ripe firm soft hard lean skinless
    boneless skim skimmed low-fat lowfat nonfat non-fat fat-free full-fat lightly light lite warm hot
    cold iced chilled leftover leftovers about approx approximately roughly around circa nearly almost
    maybe ish each total or so in of the a an with skin skins peel on halves pieces piece white brown
    black red green yellow wild long-grain short-grain wholegrain whole-grain wholemeal whole-wheat smooth
    crunchy chunky creamy buttered unbuttered semi-skimmed reduced-fat full-cream sugar-free decaf instant
    percent them those these it size sized thin thick crust deep-dish stuffed-crust pot pots tub tubs one ones
    """
# ... and the words of approximation said after an amount ("2 cups probs", "2 cups worth")
_APPROX_AFTER = frozenset(w for p in APPROX_AFTER_WORDS.split("|") if (w := p.replace("\\", "")).isalpha())
MODIFIER_WORDS = frozenset(_MODIFIER_WORDS_TEXT.split()) | _APPROX_AFTER
# Modifier words that are dropped rather than put before the food: skin ("with skin", "skin on": the plain
# rows are weighed with skin where it is eaten), approximations, fillers and count words.
_FILLER_WORDS_TEXT = """
    skin skins peel on with about approx approximately roughly around circa nearly almost maybe of the a an
    in each total or so ish halves pieces piece whole them those these it size sized pot pots tub tubs one ones
    """
_FILLER_WORDS = frozenset(_FILLER_WORDS_TEXT.split()) | _APPROX_AFTER
# Words that say who made a dish or how it is served, but not which dish: "homemade pasta with tomato sauce"
# is the dish "pasta with tomato sauce" (kept whole rather than split at "with")
_SERVED_WORDS = frozenset(
    ["homemade", "home-made", "leftover", "leftovers", "fresh", "organic", "warm", "hot", "cold"]
)
_SERVED_RE = re.compile(r"^(?:(?:" + "|".join(sorted(_SERVED_WORDS)) + r")\s+)+", re.IGNORECASE)


def without_served_words(food_text: str) -> str:
    """``food_text`` without the words in front that say who made it or how it is served."""
    return _SERVED_RE.sub("", food_text.strip())
