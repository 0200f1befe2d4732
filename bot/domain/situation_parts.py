"""Sections added as a further part whenever a message describes a situation (knowledge/situation_parts.csv).

"pregnant & was told to take vit D. is 10,000 IU a day fine?" is answered from the vitamin D section, and a
dose or supplement asked about in pregnancy also needs "ask your midwife, obstetrician or doctor first": the
pregnancy-supplements section is added as a part. A rule whose `place` is "lead" puts its section first: "been
on 2 grams of magnesium a day since summer, any issue" is answered by the upper limit and what a lasting
excess means before anything else the words matched (where magnesium is stored). Conditions use the `when` syntax of safety sections
(bot/domain/situations.py).

Pure Python: no framework imports.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from bot.domain.knowledge import DEFAULT_KNOWLEDGE_DIR, Section
from bot.domain.situations import holds

# A situation part joins an answer of one part: with more, it would trim the parts the question asked for.
MAX_PARTS = 2


@dataclass(frozen=True)
class SituationParts:
    rules: tuple[tuple[tuple[tuple[str, ...], ...], Section], ...] = ()
    leading: frozenset[str] = frozenset()  # the keys of the sections that go first

    def leads(self, section: Section) -> bool:
        return section.key in self.leading

    def extra(
        self, signals: frozenset[str], sections: list[Section], limit: int = MAX_PARTS
    ) -> list[Section]:
        """The sections to add to an answer of `sections` for a message with these signals (up to `limit`
        parts in all)."""
        added: list[Section] = []
        for when, section in self.rules:
            taken = {s.key for s in (*sections, *added)}
            if len(sections) + len(added) < limit and section.key not in taken and holds(when, signals):
                added.append(section)
        return added


def _condition(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(a.strip().lower() for a in group.split("|") if a.strip())
        for group in text.split(",")
        if group.strip()
    )


def load_situation_parts(
    sections: tuple[Section, ...], directory: Path | str | None = None
) -> SituationParts:
    root = Path(directory) if directory is not None else DEFAULT_KNOWLEDGE_DIR
    path = root / "situation_parts.csv"
    if not path.exists():
        return SituationParts()
    by_heading = {s.heading.strip().lower(): s for s in sections}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rules = []
    leading = set()
    for row in csv.DictReader(lines):
        section = by_heading.get(row["heading"].strip().lower())
        if section is not None:  # a knowledge base without the section (a test's) has no such part
            rules.append((_condition(row["when"]), section))
            if (row.get("place") or "").strip().lower() == "lead":
                leading.add(section.key)
    return SituationParts(tuple(rules), frozenset(leading))
