"""The domain's fast paths change no result (pure, no mocks): each cheap check or precompiled pattern gives
what the slower code it skips or replaces gives, on the benchmark's varied meal texts and on texts made
to stress it (upper case, non-ASCII letters that fold to ASCII ones)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.domain import any_match
from bot.domain.any_match import AnyOf
from bot.domain.meal_lexicon import _LEAD_INS, _TRAILERS

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def _meal_texts() -> list[str]:
    texts: set[str] = set()
    for path in sorted(DATA.glob("meals_blind*.json")):
        texts.update(case["text"] for case in json.loads(path.read_text())["food"])
    return sorted(texts)


TEXTS = _meal_texts()
ODD = [
    "FOR LUNCH I HAD EGGS",
    "Had BREAKFAST: eggs",
    "eggs FOR BREAKFAST",
    "eggs TODAY",
    "\u212aale today",  # the Kelvin sign folds to "k"
    "\u0130 had eggs",
    "toast \u017fo good",  # the long s folds to "s"
    "café au lait this morning",
    "",
    "   ",
]


def _pieces(text: str) -> list[str]:
    """The text, its parts and their ends: what the splitter hands the strippers."""
    parts = [p.strip() for p in re.split(r"[,;\n]|\band\b|\bwith\b", text) if p.strip()]
    return [text, *parts, *(p.split(" ", 1)[-1] for p in parts)]


@pytest.mark.parametrize("patterns", [_LEAD_INS, _TRAILERS], ids=["lead-ins", "trailers"])
def test_any_of_finds_a_match_exactly_when_one_pattern_does(patterns, monkeypatch):
    monkeypatch.setattr(any_match, "BUILD_AFTER", 0)
    joined = AnyOf(patterns)
    texts = [piece for text in TEXTS + ODD for piece in _pieces(text)]
    texts += [t.upper() for t in texts[:2000]] + [t.title() for t in texts[:2000]]
    for text in texts:
        assert joined.may_match(text) == any(p.search(text) for p in patterns), text
    assert joined._folded is not None  # the fast case-sensitive search was used for ASCII texts


def test_any_of_answers_may_match_before_it_is_built():
    joined = AnyOf(_TRAILERS)
    assert all(joined.may_match("a banana") for _ in range(any_match.BUILD_AFTER))
    assert not joined._joined
    assert not joined.may_match("a banana")  # built now: no trailer ends "a banana"
    assert joined.may_match("a banana for breakfast")


@pytest.mark.parametrize(
    "pattern",
    [r"A", r"(?-i:a)b", "[\u212a]", r"[A-Z]x", r"\x41", "\u017f"],
)
def test_patterns_naming_upper_case_or_folding_letters_keep_the_case_insensitive_search(pattern, monkeypatch):
    monkeypatch.setattr(any_match, "BUILD_AFTER", 0)
    joined = AnyOf((re.compile(pattern, re.IGNORECASE),))
    joined.may_match("x")
    assert joined._folded is None
