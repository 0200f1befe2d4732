"""How a question splits into asks and sentences: shared by the answerer (multi-part answers) and the
personal figures ("calcium rda and the upper limit"). Plain Python, no framework imports."""

from __future__ import annotations

import re

# Where a question joins two asks: "calcium and vitamin d", "how much … and how much is too much", "…? …?",
# "what is it + how is it diagnosed".
CLAUSE_RE = re.compile(r"\s+(?:and|also|plus|as well as)\s+|\s*[&?;+]\s*", re.IGNORECASE)
# A clause that asks something of its own has a question word or a verb of its own ("how much is too much",
# "vitamin d does a 74 year old need"); "risedronate and a magnesium supplement" joins two nouns.
ASKS_RE = re.compile(
    r"\b(how|what|which|why|when|where|who|whats|hows|whys|wheres|whos|is|are|was|do|does|did|can|could|should|"
    r"would|will|need|needs)\b",
    re.IGNORECASE,
)
# A clause that only states what something is ("my tablet is 1000mg", "our dog was ill") asks nothing, though
# it has a verb: it begins with a possessive subject, and its only verb of the list above is a form of "be".
# "is that too much" after it asks again.
STATES_RE = re.compile(r"^\s*(?:my|our|his|her|their)\s+(?:[\w'-]+\s+){1,3}(?:is|are|was)\b", re.IGNORECASE)
# Where a message's sentences end: "…a 67 year old man. my dad lives on white bread and tea".
SENTENCE_RE = re.compile(r"((?<=[a-z0-9)\]'\"])\s*[.?!]+\s+|\n+)", re.IGNORECASE)
# In a message declined as a whole, a comma before a question word ends one too: "i take a handful of vitamins
# daily, which ones clash with magnesium".
DECLINED_SENTENCE_RE = re.compile(
    r"((?<=[a-z0-9)\]'\"])\s*[.?!]+\s+|\n+|\s*,\s*(?=(?:how|what|whats|which|why|when|where|is|are|can|could|"
    r"should|does|do|will|would)\b))",
    re.IGNORECASE,
)
# Words that stand for the subject of the clause before ("… and what foods have it").
PRONOUNS = frozenset({"it", "its", "they", "them", "ones"})
# "my horse is 18, can she have magnesium": with an animal and no person named, these stand for the animal.
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "hes", "shes"})


# "the difference between oxide and citrate": the "and" after "between" joins the pair compared, not two asks
_BETWEEN_RE = re.compile(r"\bbetween\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$", re.IGNORECASE)


def _pairs_joined(pieces: list[str]) -> list[str]:
    joined: list[str] = []
    for piece in pieces:
        if joined and _BETWEEN_RE.search(joined[-1]):
            joined[-1] = f"{joined[-1]} and {piece}"
        else:
            joined.append(piece)
    return joined


def clauses(question: str) -> list[str]:
    """The clauses of a question; one that asks nothing before one that asks is its context ("crohns + been
    on steroids, should i worry about magnesium" is one ask)."""
    found: list[str] = []
    context = ""
    for clause in _pairs_joined(CLAUSE_RE.split(question)):
        if not ASKS_RE.search(clause):
            context = f"{context} {clause}".strip()
            continue
        found.append(f"{context} {clause}".strip())
        context = ""
    return found


def asks(clause: str) -> bool:
    """Whether a clause asks something of its own: a question word or verb, unless it only states what
    something is ("my tablet is 1000mg")."""
    verbs = ASKS_RE.findall(clause)
    return bool(verbs) and not (STATES_RE.match(clause) and len(verbs) == 1)
