"""Estimate the magnesium in a free-text meal: split, parse, match, convert to grams, sum.

Pure domain code. Policy decisions, written down:

* An item the matcher is *sure* of is estimated and counted. An *unsure* item becomes an
  :class:`AmbiguousItem` (the chat asks "Did you mean …?" and calls :meth:`Estimator.resolve` with the
  pick); an item with no match, or whose unit the food has no weight for ("a can of banana"), goes to
  ``unmatched``. None of these are counted.
* An *implausible* item (more than 3 kg of a solid or 5 l of a drink in one item, more than 100 units,
  a zero/negative amount, or more than 5,000 mg of magnesium) is reported in ``implausible`` and NOT
  counted; the other items of the same message are still counted.
* A message that is a question ("how much magnesium is in spinach?", "can I eat nuts?") is not a meal:
  nothing is estimated from it (use :meth:`Estimator.lookup` for those). Neither is a plan, wish, habit,
  dislike or negation ("I want to eat more spinach", "going to buy bananas", "I'll have salmon
  tomorrow", "I don't like spinach", "I'm allergic to nuts"), nor a bot command ("/start"): only what
  was eaten is logged ("I ate ...", "had ...", or a bare list of foods).
* "a/an/one/2 X" with no unit counts whole items: one medium fruit, egg, potato or courgette, not the
  default serving (see :meth:`Estimator._amount`). When the matched row has no piece weight (cooked
  courgette) and a variant of the same food does (raw courgette, 196 g), the variant is used: whole
  items are weighed as bought.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.domain.foods import MASS_UNITS, SIZE_FACTORS, VOLUME_UNITS, Food, FoodTable, load_food_table
from bot.domain.matcher import FoodMatcher
from bot.domain.meal import parse_item, split_items, strip_lead_ins, strip_trailers

MAX_SOLID_G = 3000.0
MAX_DRINK_G = 5000.0
MAX_ITEM_MG = 5000.0
MAX_UNITS = 100.0
MAX_ITEMS = 40
MAX_ITEM_CHARS = 200
CONFIRM_FACTOR = 5.0
CONFIRM_MIN_G = 500.0
COUNT_UNITS = frozenset({"piece", "small", "medium", "large", "slice", "packet", "can"})
_COUNT_PORTIONS = ("piece", "small", "medium", "large")

_QUESTION_START = re.compile(
    r"^\s*(?:how|what|what's|whats|why|when|where|who|which|is|are|"
    r"can(?=\s+(?:i|you|we|he|she|they|my|it|one|someone|people|kids|children|magnesium)\b)|"
    r"could|should|does|do|did|will|"
    r"would|tell\s+me|explain)\b",
    re.IGNORECASE,
)
# Plans, wishes, habits, dislikes and negations: the message does not report something eaten.
_NOT_EATEN = re.compile(
    r"\b(?:wants?\s+to|wanted\s+to|wanna|going\s+to|gonna|plan(?:s|ning)?\s+(?:to|on)|need\s+to|"
    r"have\s+to|has\s+to|should|shall|would|might|will|i'?ll|we'?ll|you'?ll|tomorrow|next\s+week|"
    r"this\s+weekend|buy|buying|recipe|recipes|craving|crave|wish|hope|thinking\s+(?:about|of)|"
    r"allergic|intolerant|don'?t|doesn'?t|didn'?t|do\s+not|did\s+not|never|no\s+more|avoid|avoiding|"
    r"ran\s+out|run\s+out|love|loves|hate|hates|dislike|dislikes|can'?t\s+stand|remind\s+me)\b",
    re.IGNORECASE,
)
# Food idioms said as a whole message ("cool beans", "that's bananas", "spill the beans") are not meals.
_IDIOM = re.compile(
    r"^(?:(?:oh|lol|haha|wow|well|so|ha)\s+)*(?:"
    r"cool\s+beans|spill(?:ed|s)?\s+the\s+beans|(?:the\s+)?big\s+cheese|(?:go|goes|going|went)\s+nuts|"
    r"couch\s+potato|(?:a\s+)?piece\s+of\s+cake|sweet|not\s+my\s+cup\s+of\s+tea|in\s+a\s+nutshell|"
    r"full\s+of\s+beans|hot\s+potato|top\s+banana|apple\s+of\s+my\s+eye|bring(?:s)?\s+home\s+the\s+bacon|"
    r"(?:that'?s|that\s+is|it'?s|you'?re|you\s+are|he'?s|she'?s|they'?re|i'?m|my\s+\w+\s+(?:is|are))\s+"
    r"(?:(?:totally|so|a\s+bit|completely|going|just|such)\s+)?"
    r"(?:bananas|nuts|crackers|toast|a\s+peach|a\s+couch\s+potato|a\s+piece\s+of\s+cake|the\s+big\s+cheese|"
    r"full\s+of\s+beans|cheesy|corny|a\s+tough\s+cookie|a\s+smart\s+cookie|a\s+cream\s+puff)"
    r")[\s!.?]*$",
    re.IGNORECASE,
)
# Food idioms that are unambiguous anywhere in a sentence ("it's not my cup of tea", "we're in a pickle").
# "piece of cake" is NOT here: "had a piece of cake" is cake (only the bare phrase is an idiom, above).
_IDIOM_ANYWHERE = re.compile(
    r"\b(?:(?:not|isn'?t|wasn'?t|aren'?t)\s+(?:really\s+)?(?:my|his|her|your|their|our)\s+cup\s+of\s+tea|"
    r"apple\s+of\s+(?:my|his|her|your|their|our)\s+eyes?|in\s+a\s+(?:real\s+)?pickle|full\s+of\s+beans|"
    r"spill(?:ed|s|ing|t)?\s+the\s+beans|cool\s+beans|(?:that'?s|that\s+is|it'?s|it\s+is|is|are|was|"
    r"went|go|goes|going|gone|drives?\s+me|driving\s+me)\s+(?:totally\s+|completely\s+|a\s+bit\s+|so\s+)?"
    r"bananas|in\s+a\s+nutshell|br(?:ing|ings|inging|ought)\s+home\s+the\s+bacon|"
    r"(?:cry|cries|crying|cried)\s+over\s+spil(?:t|led)\s+milk|the\s+big\s+cheese|couch\s+potato(?:es)?|"
    r"hot\s+potato|an?\s+bad\s+egg|walk(?:ing|s|ed)?\s+on\s+egg\s?shells|cream\s+of\s+the\s+crop|"
    r"butter(?:s|ed|ing)?\s+(?:\w+\s+){0,2}up\b|sour\s+grapes|(?:tough|hard)\s+nut\s+to\s+crack|"
    r"(?:so|too|very|how|bit|pretty|really|kinda|super|that'?s|that\s+was|is|was|so\s+damn)\s+cheesy|"
    r"cheesy\s+(?:joke|jokes|line|lines|movie|movies|film|films|song|songs|pun|puns|pick-?up|romance|"
    r"music|lol|haha)|^cheesy[\s!.?]*$|"
    r"(?:go|goes|going|went)\s+nuts|top\s+banana|(?:a\s+)?smart\s+cookie|(?:a\s+)?tough\s+cookie|"
    r"(?:as\s+)?cool\s+as\s+a\s+cucumber|(?:peas|two\s+peas)\s+in\s+a\s+pod|"
    r"(?:the\s+)?bread\s+and\s+butter\s+of|(?:a\s+)?(?:real\s+)?lemon\s+of\s+a|"
    # words that are foods only in another sense: a date (not dates), a toast (to someone), a jam, a shot
    r"(?:a|my|our|her|his|their|the|first|blind|hot|dinner|lunch|coffee|movie|second|double)\s+date(?!s)|"
    r"date\s+(?:night|nite|with|went|was|tonight|last)|on\s+a\s+date|"
    r"(?:a|the|raise\s+a|raised\s+a|drink\s+a|made\s+a|make\s+a|gave\s+a)\s+toast\s+(?:to|at|for)\b|"
    r"in\s+a\s+(?:real\s+)?jam|traffic\s+jam|jam\s+session|roll\s+in\s+the\s+hay|pop\s+quiz|"
    r"(?:a|another|my|one)\s+shot\s+at|(?:flu|booster|vaccine|covid|b12|allergy|insulin)\s+shots?|"
    r"(?:a|my)\s+(?:bun|muffin)\s+in\s+the\s+oven|(?:a\s+)?piece\s+of\s+my\s+mind)\b",
    re.IGNORECASE,
)
# Sandwiches, toast, wraps and bagels named by their filling, and the bread each comes on (id, unit, amount).
_COMPOSITE_RE = re.compile(
    r"^(?P<filling>.+?)\s+(?P<kind>sandwich(?:es)?|sandwhich(?:es)?|sarnies?|butties?|toasties?|on\s+toast|toast|"
    r"wraps?|bagels?|sub|subs)$",
    re.IGNORECASE,
)
_COMPOSITE_BREAD: dict[str, tuple[str, str, float]] = {
    "sandwich": ("bread_white", "slice", 2.0),
    "sandwiche": ("bread_white", "slice", 2.0),
    "sandwhich": ("bread_white", "slice", 2.0),
    "sandwhiche": ("bread_white", "slice", 2.0),
    "sarnie": ("bread_white", "slice", 2.0),
    "buttie": ("bread_white", "slice", 2.0),
    "toastie": ("bread_white", "slice", 2.0),
    "toast": ("toast_white", "slice", 1.0),
    "wrap": ("tortilla_flour", "piece", 1.0),
    "bagel": ("bagel", "medium", 1.0),
    "sub": ("bread_white", "slice", 3.0),
}
_WHOLEMEAL_RE = re.compile(r"\b(?:whole[- ]?wheat|wholemeal|whole[- ]?grain|brown)\b", re.IGNORECASE)
# Programming and placeholder tokens sent as a whole message ("NaN" is not naan).
_PLACEHOLDER = re.compile(
    r"^\s*[\[({<\"']*(?:nan|null|nil|none|undefined|n/?a|true|false|test(?:ing)?|asdf\w*|qwerty|foo|bar|"
    r"baz|todo|tbd|void|empty|blank|lorem\s+ipsum.*|\[object\s+object\]|object\s+object|"
    r"placeholder|example|sample|string|int|float|0x[0-9a-f]+)[\]\)}>\"']*[\s!.?]*$",
    re.IGNORECASE,
)
_LOOKUP_PREFIXES = re.compile(
    r"^(?:(?:so\s+|and\s+|but\s+)?(?:how\s+much|how\s+many|what(?:'s|\s+is)?(?:\s+the)?(?:\s+amount\s+of)?|"
    r"amount\s+of|is\s+there(?:\s+(?:any|much))?|does|do|are|is)\s+)?"
    r"(?:(?:mg|milligrams?|magnesium|mag|mg\s+of\s+magnesium)\s+)?"
    r"(?:(?:is\s+there|are\s+there|does\s+it\s+have|do\s+they\s+have|is|are|contained|found)\s+)?"
    r"(?:(?:in|inside|within|does|do)\s+)?"
    r"(?:(?:a|an|one|the|some)\s+)?",
    re.IGNORECASE,
)
_LOOKUP_SUFFIXES = re.compile(
    r"\s*(?:(?:have|has|contain|contains|got|provide|provides|give|gives|supply|supplies|offer|offers)"
    r"(?:\s+(?:in\s+it|any|me|you|much|enough|a\s+lot\s+of|lots\s+of))?(?:\s+magnesium)?|"
    r"magnesium(?:\s+content)?|mg|have\s+magnesium|have\s+a\s+lot\s+of\s+magnesium|rich\s+in\s+magnesium|"
    r"high\s+in\s+magnesium)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class EstimatedItem:
    text: str
    food: Food
    quantity: float
    unit: str
    grams: float
    magnesium_mg: float


@dataclass(frozen=True)
class AmbiguousItem:
    text: str
    quantity: float | None
    unit: str | None
    candidates: tuple[Food, ...]


@dataclass(frozen=True)
class Rejected:
    """An item that logs nothing, and why: "zero", "negative" or "implausible"."""

    text: str
    reason: str


@dataclass(frozen=True)
class Estimate:
    items: tuple[EstimatedItem, ...] = ()
    ambiguous: tuple[AmbiguousItem, ...] = ()
    unmatched: tuple[str, ...] = ()
    implausible: tuple[str, ...] = ()
    confirm: tuple[EstimatedItem, ...] = ()  # above the food's usual amounts: not counted, to be confirmed
    rejected: tuple[Rejected, ...] = ()

    @property
    def total_mg(self) -> float:
        return sum(item.magnesium_mg for item in self.items)

    @property
    def is_empty(self) -> bool:
        return not (self.items or self.ambiguous or self.unmatched or self.implausible)


def _amount_sign(text: str, quantity: float | None) -> str | None:
    """ "zero" for "0 g almonds", "negative" for a negative amount, else None."""
    if quantity is not None and quantity <= 0:
        return "zero" if quantity == 0 else "negative"
    return None


def is_question(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith("?") or bool(_QUESTION_START.match(stripped))


def is_not_eaten(text: str) -> bool:
    """True for a plan, wish, dislike or negation ("I want to eat more spinach"), a food idiom said on its
    own ("cool beans"), or a bot command."""
    stripped = text.strip().replace("’", "'")
    return stripped.startswith("/") or bool(
        _NOT_EATEN.search(stripped)
        or _IDIOM.match(stripped)
        or _IDIOM_ANYWHERE.search(stripped)
        or _PLACEHOLDER.match(stripped)
    )


class Estimator:
    """Turns meal text into an :class:`Estimate` using a food table and a matcher."""

    def __init__(self, table: FoodTable, matcher: FoodMatcher | None = None) -> None:
        self.table = table
        self.matcher = matcher or FoodMatcher(table)

    def _keep(self, phrase: str) -> bool:
        return self.matcher.is_known_name(parse_item(phrase).food_text)

    def estimate(self, text: str) -> Estimate:
        if not text or not text.strip() or is_question(text) or is_not_eaten(text):
            return Estimate()
        items: list[EstimatedItem] = []
        ambiguous: list[AmbiguousItem] = []
        unmatched: list[str] = []
        implausible: list[str] = []
        confirm: list[EstimatedItem] = []
        rejected: list[Rejected] = []
        for item_text in split_items(text, keep=self._keep)[:MAX_ITEMS]:
            if len(item_text) > MAX_ITEM_CHARS:
                unmatched.append(item_text[:MAX_ITEM_CHARS] + "…")
                continue
            parsed = parse_item(item_text)
            if not parsed.food_text:
                unmatched.append(item_text)
                continue
            result = self.matcher.match(parsed.food_text)
            if result.status != "sure":
                parts = self._composite(item_text, parsed)
                if parts:
                    items.extend(parts)
                    continue
            if result.status == "none" or result.best is None:
                unmatched.append(item_text)
                continue
            if result.status == "unsure":
                ambiguous.append(AmbiguousItem(item_text, parsed.quantity, parsed.unit, result.candidates))
                continue
            food = self._canned(result.best, parsed.unit)
            food = self._countable(food, parsed.quantity, parsed.unit)
            estimated = self._amount(item_text, parsed.quantity, parsed.unit, food, parsed.size)
            sign = _amount_sign(item_text, parsed.quantity)
            if sign:
                rejected.append(Rejected(item_text, sign))
            elif estimated is None:
                unmatched.append(item_text)
            elif not self.plausible(estimated, parsed.quantity):
                implausible.append(item_text)
                rejected.append(Rejected(item_text, "implausible"))
            elif self.needs_confirmation(estimated):
                confirm.append(estimated)
            else:
                items.append(estimated)
        return Estimate(
            tuple(items),
            tuple(ambiguous),
            tuple(unmatched),
            tuple(implausible),
            tuple(confirm),
            tuple(rejected),
        )

    def _composite(self, text: str, parsed) -> tuple[EstimatedItem, ...]:
        """A sandwich, toast, wrap or bagel the table has no row for ("peanut butter sandwich", "avocado
        toast", "ham and cheese sandwich"): one serving of each filling plus the bread it comes on, times
        the number of sandwiches. Empty when a filling is not a food we are sure of."""
        match = _COMPOSITE_RE.match(parsed.food_text.strip())
        if match is None or parsed.unit not in (None, "piece", "serving"):
            return ()
        count = parsed.quantity or 1.0
        bread_id, bread_unit, bread_amount = _COMPOSITE_BREAD[
            match.group("kind").lower().split()[-1].rstrip("s")
        ]
        filling = match.group("filling")
        if _WHOLEMEAL_RE.search(filling):
            filling = _WHOLEMEAL_RE.sub(" ", filling).strip()
            bread_id = {"bread_white": "bread_whole_wheat", "toast_white": "toast_whole_wheat"}.get(
                bread_id, bread_id
            )
        bread = self.table.by_id.get(bread_id)
        fillings = [f.strip() for f in re.split(r"\s+(?:and|&|n)\s+|\s*&\s*|,", filling) if f.strip()]
        if bread is None or not fillings:
            return ()
        parts: list[EstimatedItem] = []
        for name in fillings:
            result = self.matcher.match(name)
            if result.status != "sure" or result.best is None:
                return ()
            item = self._amount(name, None, None, result.best)  # one typical serving of the filling
            if item is None:
                return ()
            if count != 1.0:
                item = replace(
                    item,
                    quantity=item.quantity * count,
                    grams=item.grams * count,
                    magnesium_mg=item.magnesium_mg * count,
                )
            parts.append(item)
        bread_item = self._amount(f"{text} ({bread.name})", count * bread_amount, bread_unit, bread)
        if bread_item is None:
            return ()
        parts.append(bread_item)
        if not all(self.plausible(part) for part in parts):
            return ()
        return tuple(parts)

    def _canned(self, food: Food, unit: str | None) -> Food:
        """For "a can of black beans": the canned variant of the food when the table has one."""
        if unit != "can" or "canned" in food.name:
            return food
        for variant in self.matcher.variants(food):
            if variant.name.startswith("canned ") and "can" in variant.portions:
                return variant
        return food

    def _countable(self, food: Food, quantity: float | None, unit: str | None) -> Food:
        """For a count of whole items ("a courgette", "2 medium courgettes"), a variant with a piece weight
        when ``food`` has none; else ``food``."""
        counted = (unit is None and quantity is not None) or unit in _COUNT_PORTIONS
        if not counted or any(u in food.portions for u in _COUNT_PORTIONS):
            return food
        for variant in self.matcher.variants(food):
            if any(u in variant.portions for u in ("medium", "piece")):
                return variant
        return food

    @staticmethod
    def _amount(
        text: str, quantity: float | None, unit: str | None, food: Food, size: str | None = None
    ) -> EstimatedItem | None:
        q = 1.0 if quantity is None else float(quantity)
        if unit is None and quantity is not None and food.serving_unit not in COUNT_UNITS:
            # "23 almonds", "3 figs": a bare count means pieces when the food has a piece weight
            unit = next((u for u in ("piece", "medium") if u in food.portions), None)
        if unit is None and quantity is not None and food.serving_unit in COUNT_UNITS:
            # "2 shredded wheat biscuits" with a serving of 2 biscuits: 2 biscuits, not 2 servings
            unit = food.serving_unit
        if unit is None:
            grams = food.grams_for(q, None)
            used_quantity, used_unit = q * food.serving_amount, food.serving_unit
        else:
            grams = food.grams_for(q, unit)
            used_quantity, used_unit = q, unit
            if grams is None and unit in SIZE_FACTORS:
                # "a large spinach": scale the default serving by the size
                serving = food.grams_for(q, None)
                grams = None if serving is None else serving * SIZE_FACTORS[unit]
            elif (
                grams is not None
                and size
                and size != unit
                and unit not in MASS_UNITS
                and unit not in VOLUME_UNITS
            ):
                grams *= SIZE_FACTORS.get(size, 1.0)  # "a large bowl", "a small glass"
        if grams is None:
            return None
        return EstimatedItem(text, food, used_quantity, used_unit, grams, food.magnesium_for(grams))

    @staticmethod
    def plausible(item: EstimatedItem, quantity: float | None = None) -> bool:
        """False for amounts nobody eats in one go (see the module docstring)."""
        if item.grams <= 0 or (quantity is not None and quantity <= 0):
            return False
        limit = MAX_DRINK_G if item.food.is_drink else MAX_SOLID_G
        if item.grams > limit or item.magnesium_mg > MAX_ITEM_MG:
            return False
        return not (
            item.unit not in MASS_UNITS and item.unit not in VOLUME_UNITS and item.quantity > MAX_UNITS
        )

    @staticmethod
    def needs_confirmation(item: EstimatedItem) -> bool:
        """More than CONFIRM_FACTOR x the food's largest listed portion (and over CONFIRM_MIN_G): logged
        only after the user confirms it ("50 cups of spinach")."""
        largest = max([*item.food.portions.values(), item.food.grams_for(1.0, None) or 0.0], default=0.0)
        return largest > 0 and item.grams > max(CONFIRM_FACTOR * largest, CONFIRM_MIN_G)

    def resolve(
        self, text: str, quantity: float | None, unit: str | None, food: Food
    ) -> EstimatedItem | None:
        """Estimate an item after the user picked ``food``; None if the amount is unknown or implausible."""
        estimated = self._amount(text, quantity, unit, food)
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


def to_json(estimate: Estimate) -> dict[str, Any]:
    """The `magbot estimate --json` shape; ambiguous and implausible items are listed in ``unmatched``."""
    return {
        "items": [
            {
                "text": item.text,
                "food": item.food.name,
                "ndb": item.food.ndb,
                "quantity": round(item.quantity, 3),
                "unit": item.unit,
                "grams": round(item.grams, 1),
                "magnesium_mg": round(item.magnesium_mg, 1),
            }
            for item in estimate.items
        ],
        "total_mg": round(estimate.total_mg, 1),
        "unmatched": [*estimate.unmatched, *(a.text for a in estimate.ambiguous), *estimate.implausible],
        "implausible": list(estimate.implausible),
    }


@lru_cache(maxsize=4)
def default_estimator(path: Path | None = None) -> Estimator:
    """The estimator over ``knowledge/foods.csv`` (built once)."""
    table = load_food_table(path)
    return Estimator(table, FoodMatcher(table))
