"""Route an incoming chat message: command, question, food query, meal log, small talk or nothing.

Pure text rules; the food table is consulted only through the optional `is_food(text) -> bool` callback the
caller may pass (e.g. "does the meal matcher find a food in this?"). No framework imports.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from bot.domain.language import is_other_script
from bot.domain.meal_filters import MEAL_AFTER_TIME_CLAUSE


class Route(StrEnum):
    COMMAND = "command"  # starts with "/"
    QUESTION = "question"  # answered from the knowledge base
    FOOD_QUERY = "food_query"  # "how much magnesium is in almonds?": answered from the food table, not logged
    MEAL = "meal"  # a food log: "had oatmeal with a banana"
    SMALL_TALK = "small_talk"  # hi, thanks, ok, bye, emoji
    HELP = "help"  # "what can you do", "help", "how does this work": the /help text
    OTHER_SCRIPT = "other_script"  # mostly non-Latin letters ("я съел гречку"): English only, for now
    EMPTY = "empty"


SMALL_TALK_WORDS = frozenset(
    """
    hi hello hey hiya howdy yo hallo hola heya sup morning evening afternoon night good gm gn
    thanks thank thx ty tnx cheers ta you so much very many lot great awesome cool nice perfect super
    ok okay okey k kk alright fine sure yes yeah yep yup no nope nah got it understood noted
    bye goodbye cya later see ya night bb lol haha hah hehe wow oh ah hmm hm love welcome there bot
    """.split()  # noqa: SIM905 - data block
)

# A message about the bot itself ("what can you do", "help", "how do I use this?") is made only of these
# words and asks what it can do with at least one of HELP_ANCHORS ("how are you" has none: small talk);
# any other word (a food, "magnesium", "bones") makes it a real question or a meal.
HELP_WORDS = frozenset(
    """
    what whats what's which how can could do does did you your yourself are is it this the a an i me my we
    to for with about else exactly so all here please tell show give explain list me us able good at use
    using work works working help helps helping commands command features feature functions options menu
    things thing stuff kind kinds sort of bot magbot get started start offer offers know hello hi hey there
    ok okay now then just who anything something really need want some
    """.split()  # noqa: SIM905 - data block
)
HELP_ANCHORS = frozenset(
    """
    do does can could able help helps helping use using work works commands command features feature
    functions options menu offer offers bot magbot
    """.split()  # noqa: SIM905 - data block
)

# Words that open a question ("is spinach good for bones", "tell me about PTH").
_QUESTION_START_RE = re.compile(
    r"^(?:what|what's|whats|why|how|how's|hows|who|whom|whose|which|when|where|is|are|am|was|were|can|could|"
    r"should|shall|does|do|did|will|would|may|might|must|has|have|isn't|aren't|can't|doesn't|don't|won't|"
    r"shouldn't|tell me|explain|describe|define|give me|list|please explain|any tips|i wonder|i'm wondering|"
    r"im wondering|i was wondering|wondering|help me understand|is it true|compare|difference|"
    # a request to the bot ("write me a python function that sorts dates", "recommend a good kettle")
    r"write|rewrite|translate|summari[sz]e|generate|draft|recommend|suggest|help me|find me|make me)\b"
)
# A question inside a longer message ("I'm a 45-year-old woman, how much do I need").
_EMBEDDED_QUESTION_RE = re.compile(
    r"(?:^|[,;:.!()\u2014-]\s*|\b(?:so|and|but)\s+)(?:what|whats|what's|why|how|hows|how's|which|when|where|who|"
    r"(?:is|does|do|did|can|could|should|will|would|are|am)\s+(?:it|that|this|they|there|i|you|he|she|we|"
    r"magnesium|mg|these|those)|tell me)\b"
    r"|\bhow (?:much|many|often|long)\b|\bwhat(?:'s|s| is| are| about)\b|\bi (?:want|need|would like) to know\b"
    r"|\b(?:tell|explain|show) me\b|\bany (?:advice|tips|idea)\b"
    # "tap in the kitchen wont stop dripping how do i fix it": a question word, an auxiliary and its subject
    r"|\b(?:how|what|why|where|which)\s+(?:do|does|did|can|could|should|would|will|shall|is|are)\s+"
    r"(?:i|you|we|they|he|she|it|my|your|our|their|his|her|the|this|that|these|those)\b"
)
# A question tagged on at the end without a question mark ("400mg before bed or nah", "…, is that enough").
_TAG_QUESTION_RE = re.compile(
    r"(?:\bor (?:nah|not|no)|\bis (?:that|it|this) (?:enough|ok|okay|fine|safe|too much|alright|bad))\W*$"
)
# "How much magnesium is in almonds?", "mg in a banana", "magnesium content of spinach".
_FOOD_QUERY_RES = (
    re.compile(
        r"\bhow (?:much|many)\s+(?:magnesium|mg|milligrams?)(?:\s+of magnesium)?\s+(?:is|are|'s)?\s*(?:there\s+)?"
        r"(?:in|inside|per(?=\s+\d))\s+(?P<food>.+)"
    ),
    re.compile(
        r"\bhow (?:much|many)\s+(?:magnesium|mg|milligrams?)(?:\s+of magnesium)?\s+(?:does|do|did|would|will)\s+"
        r"(?P<food>.+?)\s+(?:have|has|contain|contains|provide|provides|give|gives|got)\b"
    ),
    re.compile(r"\b(?:magnesium|mg)\s+(?:content|amount|level|value|count)s?\s+(?:of|in|for)\s+(?P<food>.+)"),
    re.compile(r"^(?:the\s+)?(?:magnesium|mg)\s+(?:in|of)\s+(?P<food>.+)"),
    re.compile(r"\b(?:is|are)\s+there\s+(?:any\s+|much\s+|a lot of\s+)?(?:magnesium|mg)\s+in\s+(?P<food>.+)"),
    re.compile(
        r"^(?:does|do|is|are)\s+(?P<food>.+?)\s+(?:have|has|contain|contains|provide|high in|rich in|"
        r"a good source of|a source of|full of)\s+(?:any\s+|much\s+|a lot of\s+)?(?:magnesium|mg)\b"
    ),
)
# Things magnesium is "in" that are not foods: these stay questions for the knowledge base.
_NOT_FOOD_RE = re.compile(
    r"^(?:the\s+|my\s+|your\s+|our\s+|a\s+|an\s+)?(?:body|bones?|blood|serum|urine|cells?|muscles?|skeleton|"
    r"supplements?|pills?|tablets?|capsules?|multivitamins?|vitamins?|antacids?|laxatives?|milk of magnesia|"
    r"epsom|water pills?|pregnancy|breastfeeding|women|men|children|kids|adults?|people|the rda|a day|"
    r"total|my diet|the diet|diet|urine|kidneys?|food\b|foods\b)"
)
# A meal log: "had", "ate", "for lunch", "breakfast:" ...
_MEAL_LEAD_RE = re.compile(
    r"^(?:(?:today|yesterday|this morning|tonight|just now|earlier|so far)[, ]+)?"
    r"(?:i\s+)?(?:just\s+|also\s+)?(?:had|ate|eaten|eat|have eaten|'ve eaten|ve eaten|drank|drink|drunk|"
    r"snacked on|finished|grabbed|cooked|made|am eating|'m eating|m eating|eating|having|log|logged|add|"
    r"adding|track)\b"
    r"|^(?:for\s+)?(?:breakfast|brekkie|lunch|dinner|supper|snack|snacks|dessert|brunch|tea)\b"
    r"|\bfor\s+(?:breakfast|lunch|dinner|supper|a snack|snack|dessert|brunch)\b"
    r"|^(?:my\s+)?(?:breakfast|lunch|dinner|snack)\s+(?:was|is|today)\b"
)
_QUANTITY_RE = re.compile(
    r"\b\d+(?:[.,/]\d+)?\s*(?:g|gr|grams?|kg|oz|ounces?|lbs?|pounds?|ml|l|litres?|liters?|cups?|tbsp|tsp|"
    r"tablespoons?|teaspoons?|slices?|pieces?|pcs|handfuls?|servings?|portions?|bowls?|glass(?:es)?|cans?|"
    r"scoops?|bars?|x)\b"
    r"|\b(?:a|an|one|two|three|four|five|half a|half an|a couple of|a handful of|a bowl of|a cup of|a glass of|"
    r"a slice of|a piece of|some)\s+\w+"
    r"|\b\d+\s+[a-z]+"
)
# Statements about health rather than food: route them to the knowledge base, which declines politely.
_DOMAIN_RE = re.compile(
    r"\b(?:magnesium|osteoporosis|osteopenia|bones?|calcium|vitamin|supplements?|rda|deficien\w*|fractures?|"
    r"pth|kidneys?|medications?|medicines?|pills?|doctor|cramps?|t-score|dexa|dxa|bmd|pregnan\w*|"
    r"breastfeeding|intake|dose|overdose|side effects?|symptoms?)\b"
)
_FIRST_PERSON_STATEMENT_RE = re.compile(
    r"^(?:i|i'm|im|i've|ive|i am|my|me|we|we're|it|it's|this|that|you|you're)\b"
)


_EMOJI_RE = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]+")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text.strip().lower())


def _is_small_talk(text: str) -> bool:
    if not any(ch.isalnum() for ch in text):
        return True  # emoji / punctuation only
    words = re.findall(r"[a-z']+", text)
    if not words or len(words) > 6 or re.search(r"\d", text):
        return False
    return all(w.strip("'") in SMALL_TALK_WORDS for w in words)


def _is_help_request(text: str) -> bool:
    words = [w.strip("'") for w in re.findall(r"[a-z']+", text)]
    if not words or len(words) > 10 or re.search(r"\d", text):
        return False
    return all(w in HELP_WORDS for w in words) and any(w in HELP_ANCHORS for w in words)


def _food_query_target(text: str) -> str | None:
    for pattern in _FOOD_QUERY_RES:
        m = pattern.search(text)
        if m:
            food = m.group("food").split("?")[0].strip(" ?!.,")  # "a latte? i have one most days": the latte
            if food and not _NOT_FOOD_RE.match(food):
                return food
    return None


def asks(text: str) -> bool:
    """Whether a message asks something anywhere in it ("…500mg calcium, is that enough", "on cipro and take
    magnesium, is that ok together or nah"): its question shape alone, whatever else it names."""
    # an emoji between words ends a clause as a full stop would ("so sleep deprived 😩 is she ok")
    t = _EMOJI_RE.sub(",", _normalise(text.strip())).strip(" ,")
    if MEAL_AFTER_TIME_CLAUSE.match(t):
        return False
    return bool(
        "?" in t
        or _QUESTION_START_RE.match(t)
        or _EMBEDDED_QUESTION_RE.search(t)
        or _TAG_QUESTION_RE.search(t)
    )


# Where a meal's clause may end and a question about it begin: "had porridge with banana, is that good for
# magnesium?", "2 eggs and toast. how much magnesium is that", "ate a big salad - enough for today?"
_CLAUSE_END_RE = re.compile(r"[,;:.!?]+\s+|\s+[-\u2013\u2014]+\s+|\s+(?:so|but)\s+|\n+")


MEAL_FOLLOWUPS_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "meal_followups.txt"


@lru_cache(maxsize=1)
def _meal_followups() -> re.Pattern[str]:
    lines = [ln.strip() for ln in MEAL_FOLLOWUPS_PATH.read_text(encoding="utf-8").splitlines()]
    patterns = [ln for ln in lines if ln and not ln.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x")


def answered_by_log(question: str) -> bool:
    """Whether a question after a meal is one the meal's own logged reply answers ("how much magnesium is
    that", "is that enough"): knowledge/meal_followups.txt."""
    return bool(_meal_followups().match(_normalise(question)))


def asking_part(text: str) -> str | None:
    """The last clause of a message that asks on its own ("my diet is mostly pasta and chicken. am i getting
    enough magnesium" -> "am i getting enough magnesium"), when the message has more than that; else None."""
    raw = text.strip()
    for boundary in reversed(list(_CLAUSE_END_RE.finditer(raw))):
        tail = raw[boundary.end() :].strip()
        q = _normalise(tail)
        if q and (_QUESTION_START_RE.match(q) or _EMBEDDED_QUESTION_RE.search(q)):
            return tail
    return None


def meal_then_question(text: str) -> tuple[str, str] | None:
    """(the meal, the question) of a message that logs a meal and then asks something ("had porridge with
    banana, is that good for magnesium?"): its first clause opens like a meal log and asks nothing, and a
    later clause opens a question; None otherwise. Whether the meal part names foods is the caller's check."""
    raw = text.strip()
    for boundary in _CLAUSE_END_RE.finditer(raw):
        head, tail = raw[: boundary.start()].strip(), raw[boundary.end() :].strip()
        h, q = _normalise(head), _normalise(tail)
        if not h or not q or not _MEAL_LEAD_RE.search(h):
            continue
        if asks(h) or "?" in boundary.group():
            return None  # "had porridge? is that good": the meal part already asks
        if _QUESTION_START_RE.match(q) or _EMBEDDED_QUESTION_RE.search(q) or _TAG_QUESTION_RE.search(q):
            return head, tail
    return None


def classify(text: str | None, is_food: Callable[[str], bool] | None = None) -> Route:
    """The route for one incoming message (see Route)."""
    if text is None or not text.strip():
        return Route.EMPTY
    raw = text.strip()
    if raw.startswith("/"):
        return Route.COMMAND
    if is_other_script(raw):
        return Route.OTHER_SCRIPT
    t = _normalise(raw)
    if _is_small_talk(t):
        return Route.SMALL_TALK
    if _is_help_request(t):
        return Route.HELP

    food = _food_query_target(t)
    if food is not None and (is_food is None or is_food(food)):
        return Route.FOOD_QUERY

    if MEAL_AFTER_TIME_CLAUSE.match(t):
        return Route.MEAL  # "when I got home I had a bowl of pasta": a statement, not a "when" question
    if _QUESTION_START_RE.match(t):
        return Route.QUESTION
    meal_lead = bool(_MEAL_LEAD_RE.search(t))
    if _EMBEDDED_QUESTION_RE.search(t):
        return Route.QUESTION
    if meal_lead:
        return Route.MEAL
    if "?" in t:
        return Route.QUESTION
    if is_food is not None:
        if is_food(raw):
            return Route.MEAL
        return Route.QUESTION
    if _DOMAIN_RE.search(t):
        return Route.QUESTION
    if _QUANTITY_RE.search(t) or "," in t or " and " in t or " with " in t:
        return Route.MEAL
    if _FIRST_PERSON_STATEMENT_RE.match(t):
        return Route.QUESTION
    # A few words with no question or statement shape: most likely foods ("spinach salad").
    return Route.MEAL if len(t.split()) <= 8 else Route.QUESTION
