"""What a message asks about instead of a person's nutrition or bones (knowledge/off_topic_frames.txt): a
market, a company, work, law, sport results, games, music, software, history, travel, homework, industry.

"should i buy Amgen shares before earnings? heard their osteoporosis drug sales are booming" names an
osteoporosis drug and reads, to the situation words, like a prescribed product; "putting 5k into a magnesium
mining stock" reads like a large amount. A frame phrase ("shares", "mining stock") says what the message is
about; the answerer declines it when the message's words besides the domain lean to an off-topic example too
(bot/domain/remainder.py), so that one phrase alone never declines a question about the person.

Pure Python: no framework imports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.domain.retrieval import DEFAULT_KNOWLEDGE_DIR, _lines, words_of

# A message that names a field is about it when its words besides the domain lean to an off-topic example by
# more than this (Remainder.lean), unless it describes an urgent situation (URGENT). Calibrated on every question
# set: the traps lean -0.05 and up, a person's questions naming a field -0.11 and less ("doing a science project
# on magnesium in the body … how much is lethal": -0.15).
FRAME_LEAN = -0.05
URGENT = frozenset(
    {
        "red-flag",
        "ingested",
        "self-harm",
        "despair",
        "severe",
        "symptom",
        "unwell",
        "child",
        "infant",
        "injury",
    }
)


class FrameReader:
    def __init__(self, knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR) -> None:
        phrases: dict[tuple[str, ...], str] = {}
        for line in _lines(knowledge_dir / "off_topic_frames.txt"):
            field, _, phrase = line.partition(":")
            phrases[self._stems(phrase)] = field.strip()
        self._phrases = {p: f for p, f in phrases.items() if p}
        self._longest = max((len(p) for p in self._phrases), default=0)

    @staticmethod
    def _stems(text: str) -> tuple[str, ...]:
        """The words as written: a stem would join "mining" to "mine" and "shares" to "share"."""
        return tuple(words_of(text))

    def fields(self, message: str) -> frozenset[str]:
        """The fields a message names ("money" for "Amgen shares"), none for a person's question."""
        stems = self._stems(message)
        found: set[str] = set()
        for i in range(len(stems)):
            for n in range(1, self._longest + 1):
                field = self._phrases.get(stems[i : i + n])
                if field:
                    found.add(field)
        return frozenset(found)

    def declines(self, message: str, signals: frozenset[str], lean: Callable[[str], float]) -> bool:
        """Whether a message is about another field: it names one, its words besides the domain lean to an
        off-topic example (`lean`, bot/domain/remainder.py) and it describes nothing urgent."""
        if signals & URGENT or not self.fields(message):
            return False
        return lean(message) > FRAME_LEAN
