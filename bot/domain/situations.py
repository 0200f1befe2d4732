"""What situation a message describes, from words listed as data (knowledge/situation_words.csv).

A safety section says in hidden lines which situations it answers and which it needs:

- `<!-- when: ingested, product, child|many|intent -->`: the section answers whenever every comma group
  holds (one of its `|` alternatives is among the message's signals; `!habit` means the signal is absent),
  ahead of the ranking: "my kid chewed a few of my calcium chews" is a child who swallowed a product.
- `<!-- needs: ingested|intent -->`: the section may answer only when one of these signals is present: "my
  son's 15 and does loads of sport, how much magnesium" names no swallowing, so it is no poisoning.

Signals are read from the message's words (typos corrected by the caller) and the canonical words the
vocabulary adds ("fosamax" -> bisphosphonate). Two are counted rather than listed: `child` also holds for
an age of 13 or under (the caller passes it), and `many` for a number of MANY_COUNT or more that is not a
dose, an age or a time ("took 10 of my 500mg tabs": 10 counts, 500 mg does not); `dose` also holds for a
number before a dose unit ("2 x 250mg").

Pure Python: no framework imports.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from bot.domain.knowledge import DEFAULT_KNOWLEDGE_DIR
from bot.domain.retrieval import words_of

MANY_COUNT = 5


@dataclass(frozen=True)
class SituationWords:
    phrases: dict[tuple[str, ...], frozenset[str]]  # words -> the signals they give
    not_a_count: frozenset[str] = frozenset()
    dose_units: frozenset[str] = frozenset()  # a number before one of these is a dose ("2 x 250mg")
    longest: int = 1  # the most words a listed phrase has ("don't want to be here": five)

    def signals(self, words: list[str], child: bool = False) -> frozenset[str]:
        """The signals of a message's words (lower-case, typos corrected, vocabulary expansions included)."""
        found: set[str] = {"child"} if child else set()
        for i, word in enumerate(words):
            for n in range(1, self.longest + 1):
                found |= self.phrases.get(tuple(words[i : i + n]), frozenset())
            if word.isdigit() and int(word) >= MANY_COUNT:
                following = words[i + 1] if i + 1 < len(words) else ""
                if following not in self.not_a_count:
                    found.add("many")
            if word.isdigit() and i + 1 < len(words) and words[i + 1] in self.dose_units:
                found.add("dose")
        return frozenset(found)


def holds(condition: tuple[tuple[str, ...], ...], signals: frozenset[str]) -> bool:
    """Whether every group of a `when`/`needs` condition has an alternative among the signals (`!x`: x absent)."""
    return bool(condition) and all(
        any((a[1:] not in signals) if a.startswith("!") else (a in signals) for a in group)
        for group in condition
    )


def load_situation_words(directory: Path | str | None = None) -> SituationWords:
    root = Path(directory) if directory is not None else DEFAULT_KNOWLEDGE_DIR
    path = root / "situation_words.csv"
    phrases: dict[tuple[str, ...], set[str]] = {}
    not_a_count: set[str] = set()
    dose_units: set[str] = set()
    if path.exists():
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
        for row in csv.DictReader(lines):
            signal, words = row["signal"].strip().lower(), tuple(words_of(row["phrase"]))
            if signal == "not-a-count":
                not_a_count.update(words)
            elif signal == "dose-unit":
                dose_units.update(words)
            elif words:
                phrases.setdefault(words, set()).add(signal)
    return SituationWords(
        {k: frozenset(v) for k, v in phrases.items()},
        frozenset(not_a_count),
        frozenset(dose_units),
        max(map(len, phrases), default=1),
    )
