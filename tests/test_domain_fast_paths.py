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
        found = any(p.search(text) for p in patterns)
        if text.isascii():
            assert joined.may_match(text) == found, text
        else:  # a rare non-ASCII text "may match": the caller runs its patterns
            assert joined.may_match(text), text
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


def _strip_symbols_by_category(text: str, replacement: str) -> str:
    """meal_parse._strip_symbols as it reads every character's category (its path for non-ASCII texts)."""
    import unicodedata

    from bot.domain.meal_units import _VULGAR

    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in _VULGAR:
            out.append(ch)
        elif cat in ("So", "Sk", "Cs", "Co", "Cn") or ch in "\u200d\ufe0f\ufe0e":
            out.append(replacement)
        elif cat == "Cc" and ch not in "\n\t":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


@pytest.mark.parametrize("replacement", [" ", ","])
def test_strip_symbols_of_ascii_texts_as_by_category(replacement):
    import random

    from bot.domain.meal_parse import _strip_symbols

    every = "".join(chr(code) for code in range(128))
    rng = random.Random(7)
    texts = [every, every[::-1], *TEXTS, *ODD, "a \u00bd cup \U0001f34c ^ ` \x07"]
    texts += ["".join(rng.choice(every) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert _strip_symbols(text, replacement) == _strip_symbols_by_category(text, replacement), text


def test_quantity_phrases_in_one_pattern_take_the_first_phrase_a_loop_takes():
    from bot.domain.meal_parse import _QUANTITY_PHRASE_RE, _QUANTITY_VALUES
    from bot.domain.meal_units import _QUANTITY_PHRASES

    phrases = [
        "half a dozen",
        "a half dozen",
        "a couple of",
        "a couple",
        "half an",
        "half of",
        "half",
        "a half",
    ]
    phrases += [
        "a quarter of",
        "quarter of an",
        "three quarters of",
        "two thirds",
        "a third",
        "few",
        "several",
    ]
    texts = [f"{p}{end}" for p in phrases for end in ("", " eggs", "  cup of rice", "x", " of", "\tof  a")]
    texts += [t.lower() for text in TEXTS for t in (text, text.split(" ", 1)[-1])]
    for text in texts:
        loop = next(
            ((value, m.end()) for p, value in _QUANTITY_PHRASES if (m := re.match(rf"^{p}(?:\s+|$)", text))),
            None,
        )
        m = _QUANTITY_PHRASE_RE.match(text)
        assert (None if m is None else (_QUANTITY_VALUES[m.lastindex - 1], m.end())) == loop, text


def test_folded_searches_answer_as_their_patterns(monkeypatch):
    from bot.domain.food_idioms import _idioms_re
    from bot.domain.meal_intent import _IDIOM_ANYWHERE_FOLDED, _NOT_EATEN_FOLDED, _not_eating

    monkeypatch.setattr(any_match, "BUILD_AFTER", 0)
    folded = [_IDIOM_ANYWHERE_FOLDED, _NOT_EATEN_FOLDED, *_not_eating(), _idioms_re()]
    texts = [piece for text in TEXTS + ODD for piece in _pieces(text)]
    texts += [t.upper() for t in texts[:2000]] + ["Cool Beans", "SPILLED THE BEANS", "cheap as chips"]
    for one in folded:
        one.build()
        assert one._folded is not None
        for text in texts:
            assert one.search(text) == (one.pattern.search(text) is not None), text
            assert one.match(text) == (one.pattern.match(text) is not None), text


def test_typo_correction_among_words_of_near_length_as_among_all():
    from bot.domain.answering import default_answerer
    from bot.domain.retrieval import words_of

    retriever = default_answerer().retriever
    words = sorted({w for text in TEXTS[:600] for w in words_of(text)})
    words += [w + "x" for w in words[:300]] + [w[1:] for w in words[:300] if len(w) > 5]
    words += ["magnesim", "calcuim", "shuold", "hwo", "vitamine", "osteoporsis", "supplemnts"]
    fast = [retriever.correct(w) for w in words]
    retriever._fixes.clear()
    retriever._near_length = lambda length, edits: retriever._candidates  # every candidate, as before
    try:
        assert [retriever.correct(w) for w in words] == fast
    finally:
        del retriever._near_length
        retriever._fixes.clear()
