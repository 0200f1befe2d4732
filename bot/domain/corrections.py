"""Corrections of the last logged meal: "actually it was 2 cups not 1", "make that 3 eggs", "not almonds,
cashews", "sorry, I meant brown rice".

Pure domain code. :func:`parse_correction` reads a message as a correction or returns None (then the
message is routed as usual). A correction names what it should be (``new``: an amount, a food or both)
and sometimes what it was (``old``); the use case finds the item of the last meal it applies to.

How a message is recognised, written down:

* a correcting *lead-in* ("actually", "sorry", "oops", "correction", "no", "my bad", …) followed by a
  statement of what it was ("it was 2 cups", "I had brown rice", "2 cups not 1");
* or a phrase that corrects by itself: "make that / make it / change that to …", "I meant …", "not X,
  Y", "it was X not Y" (an *old* part after "not / instead of / rather than");
* the new part must be short (at most :data:`MAX_NEW_WORDS` words) and name an amount or a food; a
  question, or a message adding more ("… too", "another …"), is not a correction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.meal import parse_item

MAX_NEW_WORDS = 8
MAX_CHARS = 160

# Words that open a correction ("sorry, …"). "actually" alone opens only anaphoric or "not"-forms.
_STRONG_LEAD = r"(?:sorry|oops|whoops|oopsie|correction|my\s+bad|my\s+mistake|no|nope|wait|err|erm|um|uh)"
_WEAK_LEAD = r"(?:actually|oh|ah|hmm|ok|okay|well|so)"
_LEAD_RE = re.compile(rf"^\s*(?P<lead>{_STRONG_LEAD}|{_WEAK_LEAD})\b\s*[,.!:;\-–—]*\s*", re.IGNORECASE)
# Phrases that correct by themselves.
_MAKE_RE = re.compile(
    r"^(?:(?:please\s+)?(?:make|change|correct|update|edit)\s+(?:that|it|this|the\s+last\s+one)(?:\s+(?:to|into))?|"
    r"(?:i\s+)?meant(?:\s+to\s+say)?)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_NOT_FIRST_RE = re.compile(
    r"^not\s+(?P<old>.+?)\s*(?:,|;|\s-\s|\s–\s|\s—\s|\bbut\b)\s*"
    r"(?:(?:it\s+was|it'?s|that\s+was|i\s+had|i\s+ate|i\s+meant)\s+)?(?P<new>.+)$",
    re.IGNORECASE,
)
# "it was", "I had", … before the new part.
_ANAPHORIC = r"(?:it\s+was|it\s+were|that\s+was|it'?s|its|that'?s|it\s+should\s+be|should\s+be|should\s+have\s+been|was|were)"
_STATED = r"(?:i\s+had|i\s+ate|i\s+drank|i\s+have\s+had|there\s+were|there\s+was)"
_STATEMENT_RE = re.compile(rf"^(?P<how>{_ANAPHORIC}|{_STATED})\s+(?P<rest>.+)$", re.IGNORECASE)
_NOT_SPLIT_RE = re.compile(
    r"^(?P<new>.+?)\s*,?\s*\b(?:not|instead\s+of|rather\s+than|and\s+not)\s+(?:the\s+)?(?P<old>.+)$",
    re.IGNORECASE,
)
_ADDING_RE = re.compile(r"\b(?:too|also|as\s+well|another|more|again|extra|plus)\b", re.IGNORECASE)
_TRAILING = re.compile(r"[\s.!,;:…]+$")


@dataclass(frozen=True)
class Amended:
    """One side of a correction: the words, and the amount and food read from them (None = not said)."""

    text: str
    quantity: float | None
    unit: str | None
    food_text: str | None

    @property
    def says_something(self) -> bool:
        return self.quantity is not None or bool(self.food_text)


@dataclass(frozen=True)
class Correction:
    new: Amended  # what it should be
    old: Amended | None = None  # what it was, when said ("not 1", "not almonds")
    # True when the words could also report a new meal ("oops, I had 2 cookies", "sorry, 3 eggs"): if no
    # item of the last meal fits, the message is a meal rather than a failed correction.
    could_be_a_meal: bool = False

    def is_meal_after(self, status: str) -> bool:
        """After the correction found nothing to amend ("nothing_recent", "no_match"), is the message
        better read as a meal? Yes when its words could report a meal ("oops, I had 2 cookies")."""
        return status in ("nothing_recent", "no_match") and self.could_be_a_meal


def read_amount(text: str) -> Amended:
    """ "2 cups" -> (2, cup, None); "cashews" -> (None, None, cashews); "2 cups cashews" -> all three."""
    cleaned = _TRAILING.sub("", text.strip())
    cleaned = re.sub(r"^(?:the|some|just)\s+", "", cleaned, flags=re.IGNORECASE)
    parsed = parse_item(cleaned) if cleaned else None
    if parsed is None:
        return Amended(cleaned, None, None, None)
    food = parsed.food_text.strip()
    food = food if re.search(r"[^\W\d_]", food) else None  # words, not leftover punctuation
    return Amended(cleaned, parsed.quantity, parsed.unit, food)


def _split_old(rest: str) -> tuple[str, str | None]:
    match = _NOT_SPLIT_RE.match(rest)
    if match is None:
        return rest, None
    return match.group("new"), match.group("old")


def _build(new_text: str, old_text: str | None, could_be_a_meal: bool = False) -> Correction | None:
    new_text = _TRAILING.sub("", new_text.strip())
    if not new_text or len(new_text.split()) > MAX_NEW_WORDS:
        return None
    new = read_amount(new_text)
    old = read_amount(old_text) if old_text else None
    if not new.says_something or (old is not None and not old.says_something):
        return None
    return Correction(new, old, could_be_a_meal and old is None and bool(new.food_text))


def parse_correction(text: str) -> Correction | None:
    """The correction a message makes, or None when it is not one."""
    text = (text or "").strip()
    if not text or len(text) > MAX_CHARS or text.startswith("/") or text.rstrip().endswith("?"):
        return None
    strong = weak = False
    while True:
        lead = _LEAD_RE.match(text)
        if lead is None or lead.end() == 0:
            break
        if re.fullmatch(_STRONG_LEAD, lead.group("lead"), re.IGNORECASE):
            strong = True
        else:
            weak = True
        text = text[lead.end() :]
    text = _TRAILING.sub("", text)
    if not text or _ADDING_RE.search(text):
        return None

    made = _MAKE_RE.match(text)
    if made:
        rest, old = _split_old(made.group("rest"))
        return _build(rest, old)
    not_first = _NOT_FIRST_RE.match(text)
    if not_first:
        return _build(not_first.group("new"), not_first.group("old"))
    statement = _STATEMENT_RE.match(text)
    if statement:
        rest, old = _split_old(statement.group("rest"))
        anaphoric = re.fullmatch(_ANAPHORIC, statement.group("how"), re.IGNORECASE) is not None
        if old is not None or strong or (anaphoric and (weak or _starts_with_amount(rest))):
            return _build(rest, old, could_be_a_meal=not anaphoric)
        return None
    rest, old = _split_old(text)
    # (the amount is read only when something is taken back: parsing it is most of the cost of a meal here)
    if old is not None and (strong or weak or _bare_amount(rest)):
        return _build(rest, old)
    if strong and _starts_with_amount(text):
        return _build(text, None, could_be_a_meal=True)  # "sorry, 2 cups"
    return None


def _bare_amount(text: str) -> bool:
    """An amount and no food ("2 cups not 1")."""
    return _starts_with_amount(text) and read_amount(text).food_text is None


def _starts_with_amount(text: str) -> bool:
    # the cheap test first: most texts do not start with a number word, and then nothing is parsed
    return bool(_AMOUNT_START_RE.match(text)) and read_amount(text).quantity is not None


_AMOUNT_START_RE = re.compile(
    r"^\s*(?:\d|half\b|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b)", re.IGNORECASE
)
