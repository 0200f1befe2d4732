"""Sayings that name a food but report no meal ("the carrot and stick approach", "the toast of the town"):
a clause holding a phrase of ``knowledge/food_idioms.txt`` is cut from a message before it is read as a meal.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.domain.any_match import Folded

_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "food_idioms.txt"


def _pattern(phrase: str) -> str:
    words = [re.escape(word).replace("'", "['’]?") for word in phrase.split()]
    return r"[\s-]+".join(words)


@lru_cache(maxsize=1)
def _idioms_re() -> Folded:
    lines = (line.strip().lower() for line in _PATH.read_text(encoding="utf-8").splitlines())
    phrases = sorted({line for line in lines if line and not line.startswith("#")}, key=len, reverse=True)
    # (searched as lower-cased ASCII when the text is ASCII: the same answers, faster; bot/domain/any_match.py)
    return Folded(
        re.compile(rf"(?<![\w'’])(?:{'|'.join(_pattern(p) for p in phrases)})(?![\w'’])", re.IGNORECASE)
    )


_CLAUSE_RE = re.compile(r"([,;!?\n]+|\.+(?!\d))")  # "1.5 cups" is no end of a clause


def without_idioms(text: str) -> str:
    """``text`` without the clauses that hold a food saying ("had toast, cheap as chips" -> "had toast,";
    "the carrot and stick approach worked" -> "")."""
    if not has_idiom(text):
        return text
    parts = _CLAUSE_RE.split(text)
    return "".join(part for part in parts if not has_idiom(part))


def has_idiom(text: str) -> bool:
    return _idioms_re().search(text)
