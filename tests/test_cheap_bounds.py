"""The cheap checks in front of costly ones change no answer (pure, no mocks): the urgency bound never rules
out a message the full ranking finds urgent, and the indexed red-flag and situation readers give the
signals a scan of every phrase gives."""

from __future__ import annotations

import pytest

from bot.domain.answering import URGENT_MIN, default_answerer
from bot.domain.red_flags import WINDOW_SLACK, _positions, _stems, load_red_flags
from bot.domain.retrieval import words_of

MESSAGES = [
    "2 eggs and toast for breakfast",
    "a banana and a glass of milk",
    "spinach salad with feta and walnuts",
    "took 30 of my magnesium tablets",
    "my kid swallowed a handful of my calcium chews",
    "chest pain and irregular heartbeat after magnesium",
    "been taking milk of magnesia all week, now im dizzy and confused",
    "threw up and there was blood in it",
    "i take furosemide, does that affect magnesium",
    "2000mg magnesium a day for months now my muscles are weak",
    "had a seizure after my supplements",
    "porridge with almond milk and chia seeds",
    "i havent peed all day after the laxatives",
    "my 2 year old ate some of the epsom salts",
]


@pytest.fixture(scope="module")
def answerer():
    return default_answerer()


def test_urgency_bound_keeps_every_urgent_message(answerer):
    pruned = 0
    for text in MESSAGES:
        signals = answerer.signals(text)
        safety = answerer.safety_hit(answerer._rank(text, signals, limit=3))
        strong = safety is not None and answerer.safety_strength(safety) >= URGENT_MIN
        may = answerer._may_be_urgent(text, signals)
        assert may or not strong, text
        pruned += not may
    assert pruned  # the bound rules out the plain meals


def _scan(concepts, text: str) -> frozenset[str]:
    """Concepts.signals as it read before the index: every phrase of every concept tried in turn."""
    words = words_of(text)
    stems = _stems(words)
    where = _positions(stems, {})
    found = {
        concept
        for concept, phrases in concepts.concepts.items()
        if any(
            set(stems).issuperset(p)
            and concepts._matches(p, where, words, concepts.slack.get(concept, WINDOW_SLACK))
            for p in phrases
        )
    }
    return frozenset(found | {concepts.umbrella}) - {""} if found else frozenset()


def test_indexed_red_flags_read_as_a_scan(answerer):
    flags = load_red_flags()
    for text in MESSAGES:
        assert flags.signals(text) == _scan(flags, text), text


def test_situation_words_read_every_phrase_start(answerer):
    words = answerer.situation_words
    for phrase in words.phrases:
        assert words._reach[phrase[0]] >= len(phrase)
    assert "child" in answerer.signals("my kid swallowed a handful of my calcium chews")
