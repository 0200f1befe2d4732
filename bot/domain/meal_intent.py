"""Whether a message reports something eaten: questions, plans, wishes, idioms, placeholders and code.

Pure domain code used by :mod:`bot.domain.estimate` (which re-exports :func:`is_question` and
:func:`is_not_eaten`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.domain.any_match import Folded
from bot.domain.meal_filters import (
    _CODE_SYNTAX,
    _IDIOM,
    _IDIOM_ANYWHERE,
    _NOT_EATEN,
    _PLACEHOLDER,
    _QUESTION_START,
    MEAL_AFTER_TIME_CLAUSE,
)

_NOT_EATEN_FOLDED = Folded(_NOT_EATEN)  # (the same answers, faster: bot/domain/any_match.py)
_IDIOM_ANYWHERE_FOLDED = Folded(_IDIOM_ANYWHERE)
NOT_EATING_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "not_eating.txt"
NOT_A_MEAL_SIGNALS_PATH = NOT_EATING_PATH.with_name("not_a_meal_signals.txt")
GUESS_MIN_WORDS = 4  # a guess for this many words or more must share a word with the food it proposes


@lru_cache(maxsize=8)  # one set per scope; four scopes are asked of every message
def not_a_meal_signals(scope: str = "meal") -> frozenset[str]:
    """The situation signals that make a meal-shaped message a question (knowledge/not_a_meal_signals.txt):
    for ``scope`` "meal" those of "meal" and "any", for "any" those that stop a supplement log too, for
    "asks" those that do so only when the message also asks something ("living on toast, whats my rda")."""
    rows = [ln.split() for ln in NOT_A_MEAL_SIGNALS_PATH.read_text(encoding="utf-8").splitlines()]
    rows = [row for row in rows if len(row) == 2 and not row[0].startswith("#")]
    wanted = ("meal", "any") if scope == "meal" else (scope,)
    return frozenset(signal for signal, where in rows if where in wanted)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def weak_guess(text: str, names: list[str]) -> bool:
    """True when a long stretch of text ("recommend a good crime novel for my dad") is offered foods none of
    whose words it contains (navel orange, by a typo match of "novel"): a loose spelling match across a
    whole sentence is no sign of a meal."""
    words = _words(text)
    if len(words) < GUESS_MIN_WORDS:
        return False
    return not any(_words(name) & words for name in names)


@lru_cache(maxsize=1)
def _not_eating() -> tuple[Folded, Folded]:
    """(food handled but not eaten, eaten after all): the patterns of ``knowledge/not_eating.txt``."""
    handled: list[str] = []
    eaten: list[str] = []
    for line in NOT_EATING_PATH.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("eaten:"):
            eaten.append(line.removeprefix("eaten:").strip())
        else:
            handled.append(line)
    never = r"(?!x)x"
    return (
        Folded(re.compile("|".join(f"(?:{p})" for p in handled) or never, re.IGNORECASE)),
        Folded(re.compile("|".join(f"(?:{p})" for p in eaten) or never, re.IGNORECASE)),
    )


def handled_not_eaten(text: str) -> bool:
    """True for food put away, seen, smelled or made for someone else ("put the milk in the fridge", "saw an
    advert for chocolate"), when the sentence does not also say something was eaten."""
    handled, eaten = _not_eating()
    return handled.search(text) and not eaten.search(text)


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
        _NOT_EATEN_FOLDED.search(stripped)
        or _IDIOM.match(stripped)
        or _IDIOM_ANYWHERE_FOLDED.search(stripped)
        or _PLACEHOLDER.match(stripped)
        or _CODE_SYNTAX.search(stripped)
        or handled_not_eaten(stripped)
    )


# a sentence ends after a word and its full stop, "!" or "?", or after an ellipsis ("3 tim tams... dont judge me")
_SENTENCE_RE = re.compile(r"(?:(?<=[^\W\d_][.!?])|(?<=[^\W\d_]\)[.!?])|(?<=\.\.\.)|(?<=…))\s+(?=[^\W\d_])|\n")


def _eaten_sentences(text: str) -> str:
    """``text`` without its sentences that are plans, wishes, dislikes or negations (all of it when every
    sentence is one: the caller then logs nothing)."""
    sentences = _SENTENCE_RE.split(text)
    if len(sentences) < 2:
        return text
    kept = [sentence for sentence in sentences if not is_not_eaten(sentence)]
    return "\n".join(kept) if kept else text
