"""Sayings that name a food but report no meal ("the carrot and stick approach", "the toast of the town"):
the phrases of ``knowledge/food_idioms.txt`` are cut from a message before it is read as a meal.

Pure domain code used by :mod:`bot.domain.estimate`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "food_idioms.txt"


def _pattern(phrase: str) -> str:
    words = [re.escape(word).replace("'", "['’]?") for word in phrase.split()]
    return r"[\s-]+".join(words)


@lru_cache(maxsize=1)
def _idioms_re() -> re.Pattern[str]:
    lines = (line.strip().lower() for line in _PATH.read_text(encoding="utf-8").splitlines())
    phrases = sorted({line for line in lines if line and not line.startswith("#")}, key=len, reverse=True)
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(_pattern(p) for p in phrases)})(?![\w'’])", re.IGNORECASE)


def without_idioms(text: str) -> str:
    """``text`` with every food saying cut out ("carrot and stick approach" -> " approach")."""
    return _idioms_re().sub(" ", text)


def has_idiom(text: str) -> bool:
    return _idioms_re().search(text) is not None
