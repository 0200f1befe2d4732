"""Whether a message reports something eaten: questions, plans, wishes, idioms, placeholders and code.

Pure domain code used by :mod:`bot.domain.estimate` (which re-exports :func:`is_question` and
:func:`is_not_eaten`).
"""

from __future__ import annotations

import re

from bot.domain.meal_filters import (
    _CODE_SYNTAX,
    _IDIOM,
    _IDIOM_ANYWHERE,
    _NOT_EATEN,
    _PLACEHOLDER,
    _QUESTION_START,
    MEAL_AFTER_TIME_CLAUSE,
)


def is_question(text: str) -> bool:
    stripped = text.strip()
    if MEAL_AFTER_TIME_CLAUSE.match(stripped):
        return False  # "When I got home I had a bowl of pasta"
    return stripped.endswith("?") or bool(_QUESTION_START.match(stripped))


def is_not_eaten(text: str) -> bool:
    """True for a plan, wish, dislike or negation ("I want to eat more spinach"), a food idiom said on its
    own ("cool beans"), or a bot command."""
    stripped = text.strip().replace("’", "'")
    return stripped.startswith("/") or bool(
        _NOT_EATEN.search(stripped)
        or _IDIOM.match(stripped)
        or _IDIOM_ANYWHERE.search(stripped)
        or _PLACEHOLDER.match(stripped)
        or _CODE_SYNTAX.search(stripped)
    )


_SENTENCE_RE = re.compile(r"(?<=[^\W\d_][.!?])\s+(?=[^\W\d_])|\n")


def _eaten_sentences(text: str) -> str:
    """``text`` without its sentences that are plans, wishes, dislikes or negations (all of it when every
    sentence is one: the caller then logs nothing)."""
    sentences = _SENTENCE_RE.split(text)
    if len(sentences) < 2:
        return text
    kept = [sentence for sentence in sentences if not is_not_eaten(sentence)]
    return "\n".join(kept) if kept else text
