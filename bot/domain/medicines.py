"""Each medicine a message names gets its own part of the answer ("I take omeprazole AND alendronate - anything
I should know about magnesium?": the acid-reflux section and the bisphosphonate one).

A medicine is a phrase that gives, itself or through the vocabulary ("fosamax" -> bisphosphonate), a one-medicine
signal of knowledge/situation_words.csv (`drug`, `bone-medicine`). Plain Python, no framework imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.domain.retrieval import Hit
from bot.domain.situations import POLYPHARMACY_COUNT

if TYPE_CHECKING:
    from bot.domain.answering import Answerer

MEDICINES_MIN = 2  # medicines a message names before each gets its own part
MEDICINE_SIGNALS = frozenset({"drug", "bone-medicine"})
MANY = frozenset({"many", "polypharmacy"})  # signals of more medicines than are named
MEDICINE_COVERED = 0.3  # a part already speaks of a medicine ("diuretics" for furosemide: 0.38; not 0.12)


def medicines(answerer: Answerer, question: str) -> list[str]:
    """The medicines a message names, as written ("omeprazole", "blood thinners", "fosamax")."""
    words = answerer.retriever.fixed_words(question)
    vocabulary = answerer.retriever.vocabulary
    table = answerer.situation_words
    found: list[str] = []
    for i in range(len(words)):
        for n in range(1, table.longest + 1):
            phrase = words[i : i + n]
            if len(phrase) < n:
                break
            if n == 1:  # a word, a word ending ("bisoprolol"), or a name the vocabulary knows ("cipro")
                given = table.signals(phrase) | table.signals(vocabulary.expansions(phrase))
                if "prescribed" in table.signals(vocabulary.expansions(phrase)) - table.signals(phrase):
                    given |= {"drug"}  # "cipro" -> antibiotic, a prescribed medicine
            else:
                given = table.phrases.get(tuple(phrase), frozenset())
            if given & MEDICINE_SIGNALS and not any(f in " ".join(phrase) for f in found):
                found.append(" ".join(phrase))
    return found


def medicine_parts(
    answerer: Answerer, question: str, parts: list[Hit], signals: frozenset[str], limit: int
) -> list[Hit]:
    """The parts with, for each medicine the message names (MEDICINES_MIN, fewer than POLYPHARMACY_COUNT), the section that answers
    it with magnesium, when that section is confident on its own and no part already speaks of it ("on digoxin
    and furosemide": the digoxin section speaks of diuretics too)."""
    named = medicines(answerer, question)
    if not MEDICINES_MIN <= len(named) < POLYPHARMACY_COUNT or signals & MANY:
        return parts  # three or more ("… and about 8 other things"): a pharmacist's review of them all
    parts = list(parts)
    retriever = answerer.retriever
    for medicine in named:
        if len(parts) >= limit:
            break
        if retriever.coverage(retriever.query_terms(medicine), [p.index for p in parts]) >= MEDICINE_COVERED:
            continue
        ranked = answerer._rank(f"{medicine} magnesium", signals)
        if not ranked or answerer.confidence(ranked) < answerer.threshold(question):
            continue
        top = ranked[0]
        if not top.section.safety and all(p.index != top.index for p in parts):
            parts.append(top)
    return parts
