"""Why a question that ranks a section is still declined: it is closer to an off-topic example (an "anchor",
knowledge/off_topic.txt), it is an animal's, or it is about a thing (a lawn, a reef tank) or another field
(a market, a benefit claim) while its words besides the domain lean to an anchor (bot/domain/remainder.py).

Each check takes the answerer (bot/domain/answering.py), like bot/domain/medicines.py. Pure Python: no
framework imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.domain.frames import URGENT
from bot.domain.personal import descriptor
from bot.domain.red_flags import RED_FLAG
from bot.domain.retrieval import DEFAULT_KNOWLEDGE_DIR, Hit, Retriever, _lines, words_of

if TYPE_CHECKING:
    from bot.domain.answering import Answerer

# Off-topic anchors (knowledge/off_topic.txt): a question closer in meaning to one of them than to the best
# section by more than ANCHOR_MARGIN is declined.
ANCHOR_MARGIN = 0.02
# A message that names an animal and no person is the animal's question when it is within this of being closer
# to an animal example than to every section ("can i give my cat magnesium for constipation").
ANIMAL_SLACK = 0.05
# A message that names a thing (knowledge/thing_words.txt) and no person is about the thing unless its words
# besides the domain lean to a section by more than this. Calibrated on every question set: on-topic messages
# that name a thing ("best plant sources of magnesium") lean -0.27 or less; the traps -0.14 and up ("pool
# calcium hardness reading is 450 ppm"), a substance put on the face or a kettle near 0.
THING_LEAN = -0.1
# ... and about the thing even when it reads like a safety section's situation (a non-urgent one) when its words
# besides the domain lean to an off-topic example by more than this: "lemon tree leaves going yellow … epsom
# salts, how much per tree" reads as a laxative's diarrhoea and leans 0.31.
THING_FAR = 0.2
# An animal that swallowed one of these is a pet poisoning ("my puppy ate my magnesium gummies"): the vet or an
# animal poison line, given as an answer (bot/domain/answering.py)
SWALLOWED_PRODUCT = frozenset({"ingested", "product"})
# A person word this many words or fewer before a reporting verb (knowledge/reporting_words.txt) is who said
# something, not who the message is about: "the hot water system guy said …", "someone at bunnings said …".
SOURCE_WINDOW = 3


def anchored(hits: list[Hit], slack: float = 0.0) -> bool:
    """Whether the question is closer to an off-topic example (knowledge/off_topic.txt) than to every section."""
    return hits[0].off_topic > max(h.cosine for h in hits) + ANCHOR_MARGIN + slack


class ThingReader:
    """Whether a message names a thing it may be about instead of a person (knowledge/thing_words.txt: "lawn",
    "reef tank") and no person."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self._things = frozenset(  # stemmed word by word
            " ".join(retriever.stem(w) for w in thing.split()) for thing in retriever.vocabulary.thing_words
        )
        # a person drinking or eating it (knowledge/taking_words.txt): "the water we drink" is not the thing's
        self._taking = frozenset(retriever.stem(w) for w in retriever.vocabulary.taking_words)
        self._reporting = frozenset(_lines(DEFAULT_KNOWLEDGE_DIR / "reporting_words.txt"))

    def subjects(self, words: list[str]) -> set[str]:
        """The person words of a message besides a source of hearsay ("the plumber guy said …")."""
        person = self.retriever.vocabulary.person_words
        return {
            w
            for i, w in enumerate(words)
            if w in person and not self._reporting & set(words[i + 1 : i + 1 + SOURCE_WINDOW])
        }

    def names_thing(self, question: str) -> bool:
        words = words_of(question)
        if self.subjects(words) or descriptor(question):
            return False
        # stemmed, as written or possessive: "kettle's", "kettles" and "kettle" name one thing
        stems = [self.retriever.stem(w.removesuffix("'s").removesuffix("’s")) for w in words]
        named = set(stems) | {" ".join(stems[i : i + 2]) for i in range(len(stems))}
        return bool(named & self._things) and not set(stems) & self._taking


def about_something_else(
    answerer: Answerer, question: str, signals: frozenset[str], hits: list[Hit], parts: list[Hit]
) -> bool:
    """Whether a message the sections answer is about something else: a trap that names the domain ("share
    price of magnesium producers"), a thing ("epsom salts to fix magnesium deficiency in my lawn") or another
    field ("should i buy Amgen shares before earnings"). A safety section shields a message only when the
    message describes an urgent situation or a safety section's situation: ranked on its words alone ("should
    I put epsom salts on my tomatoes" near the laxative section), it does not."""
    if not parts:
        return False
    safe = answerer.safety_hit(hits) is None and not any(p.section.safety for p in parts)
    remainder = answerer.remainder
    if safe and answerer.names_domain(question) and remainder.off_topic(question, signals):
        return True
    if answerer.names_thing(question) and (lean := remainder.lean(question)) > THING_LEAN:
        urgent = bool(signals & URGENT)
        situated = urgent or answerer.situation_hit(question, signals) is not None
        if safe or not situated or (lean > THING_FAR and not urgent):
            return True  # "epsom salts to fix magnesium deficiency in my lawn": about the lawn
    return answerer.frames.declines(question, signals, remainder.lean)  # "Amgen shares": about the market


def declined_for_animal(answerer: Answerer, question: str, hits: list[Hit]) -> bool:
    """Whether the question is about an animal, declined ahead of the safety sections (written for people):
    it is closest to an animal anchor (by more than the margin), or a safety section would answer it but it
    names an animal ("my puppy ate my magnesium gummies"); never when it names a person."""
    animals = answerer.animals
    if not hits or animals.person_words(question) or answerer.descriptor(question):
        return False  # "my son and the dog ate my tablets": the person comes first
    if animals.only_in_sayings(question):
        return False  # "32 wks + charley horses every night": a cramp, not a horse
    if animals.in_passing(question):
        return False  # "stopped my denosumab … bent to pick up the cat and got back pain": a person's
    names_animal = animals.names_animal(question)
    if RED_FLAG in answerer.signals(question) and not names_animal:
        return False  # "i can barely breathe, lips swollen": an emergency that names no animal is a person's
    if hits[0].animal and anchored(hits, -ANIMAL_SLACK if names_animal else 0.0):
        return True  # closest to an animal example; nearly so will do when it names an animal and no person
    if not names_animal:
        return False
    if animals.pronoun_for_animal(question):
        return True  # "my horse is 18 and stiff, can she have magnesium": she is the horse
    # a safety section would answer, or it swallowed a product: "my puppy ate my magnesium gummies"
    return answerer.safety_hit(hits) is not None or answerer.signals(question) >= SWALLOWED_PRODUCT
