"""Red flags: serious symptoms and emergencies read from a message by concepts kept as data.

`knowledge/red_flags.txt` lists concepts (`## flag-seizure`, `## flag-no-urine`, …), each written in many
everyday ways. A phrase matches when each of its words, stemmed ("fainted" = "faint", "seizures" = "seizure"),
occurs in the message in any order within a span of its own length plus WINDOW_SLACK words ("threw up and there
was blood in it" has "threw … blood"), and no negator (`## negators`: "no", "not" …) comes just before one of its words
("there was no blood", "dentures that don't fit"); a phrase may hold one itself ("haven't peed"). A concept
may set its own slack (`window: 0`: "5 month olds" is an infant, "22 weeks pregnant, 28 yrs old" is not).

A match gives the message the concept's signal and `red-flag`; the safety sections name these signals in their
`<!-- when: … -->` lines (bot/domain/situations.py), so a new way of putting an emergency needs a phrase for its
concept, never a new rule, and a message with a red flag is never declined or logged as a meal.

Pure Python: no framework imports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import Stemmer

from bot.domain.knowledge import DEFAULT_KNOWLEDGE_DIR
from bot.domain.retrieval import words_of

RED_FLAG = "red-flag"
NEGATORS = "negators"
WINDOW_SLACK = 4  # words that may come between a phrase's own ("threw up and there was blood")

_stemmer = Stemmer.Stemmer("english")


def _stems(words: list[str]) -> list[str]:
    return _stemmer.stemWords(words)


def _positions(stems: list[str], where: dict[str, list[int]]) -> dict[str, list[int]]:
    """Fill `where` with each stem's positions in the message (once, on the first phrase that may match)."""
    for i, stem in enumerate(stems):
        where.setdefault(stem, []).append(i)
    return where


@dataclass(frozen=True)
class Concepts:
    # concept -> its phrases, each a tuple of stems
    concepts: dict[str, tuple[tuple[str, ...], ...]]
    negators: frozenset[str] = frozenset()
    umbrella: str = ""  # a signal given with any concept (`red-flag`)
    slack: dict[str, int] = field(default_factory=dict)  # a concept's own WINDOW_SLACK (`window: 0`)

    def signals(self, text: str) -> frozenset[str]:
        """The concepts a message names, with the umbrella signal when there is one ("my sister just had some
        kind of fit" -> flag-seizure, red-flag)."""
        words = words_of(text)
        if not words:
            return frozenset()
        stems = _stems(words)
        present = set(stems)
        where: dict[str, list[int]] = {}
        found = set()
        starting = self._starting
        for stem in present:
            # only the phrases whose first word the message holds; then a cheap subset test
            for concept, phrase in starting.get(stem, ()):
                if (
                    concept not in found
                    and present.issuperset(phrase)
                    and self._matches(
                        phrase,
                        where or _positions(stems, where),
                        words,
                        self.slack.get(concept, WINDOW_SLACK),
                    )
                ):
                    found.add(concept)
        return frozenset(found | {self.umbrella}) - {""} if found else frozenset()

    @cached_property
    def _starting(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        """A stem -> the (concept, phrase) pairs whose phrase starts with it."""
        starting: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for concept, phrases in self.concepts.items():
            for phrase in phrases:
                if phrase:
                    starting.setdefault(phrase[0], []).append((concept, phrase))
        return starting

    def _matches(
        self, phrase: tuple[str, ...], where: dict[str, list[int]], words: list[str], slack: int
    ) -> bool:
        span = len(phrase) + slack
        # every start at an occurrence of the phrase's first word: the others within the span, either side
        for start in where[phrase[0]]:
            positions = [start]
            for stem in phrase[1:]:
                near = [i for i in where[stem] if abs(i - start) < span and i not in positions]
                if not near:
                    break
                positions.append(min(near, key=lambda i: abs(i - start)))
            else:
                negated = any(
                    i > 0 and i - 1 not in positions and words[i - 1] in self.negators for i in positions
                )
                if max(positions) - min(positions) < span and not negated:
                    return True
        return False


def load_red_flags(directory: Path | str | None = None) -> Concepts:
    """The red-flag concepts (knowledge/red_flags.txt), each also giving `red-flag`."""
    return load_concepts("red_flags.txt", RED_FLAG, directory)


def load_situation_concepts(directory: Path | str | None = None) -> Concepts:
    """Situation signals written as concepts (knowledge/situation_concepts.txt): "lost a lot of weight" is
    `weight` as "lost weight" is, "my 5 month olds bottle" is an `infant`."""
    return load_concepts("situation_concepts.txt", "", directory)


def load_concepts(name: str, umbrella: str = "", directory: Path | str | None = None) -> Concepts:
    """The concepts of a file (`## name` starts one; a line is a phrase; `#` a comment; `## negators`)."""
    path = Path(directory if directory is not None else DEFAULT_KNOWLEDGE_DIR) / name
    groups: dict[str, list[tuple[str, ...]]] = {}
    negators: set[str] = set()
    slack: dict[str, int] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("## "):
            current = line[3:].strip()
            continue
        if not line or line.startswith("#") or not current:
            continue
        if line.startswith("window:"):
            slack[current] = int(line.partition(":")[2])
            continue
        words = words_of(line)
        if current == NEGATORS:
            negators.update(words)
        elif words:
            groups.setdefault(current, []).append(tuple(_stems(words)))
    return Concepts({c: tuple(p) for c, p in groups.items()}, frozenset(negators), umbrella, slack)
