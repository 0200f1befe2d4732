"""TopChoices ranks exactly as rapidfuzz's process.extract with WRatio over every choice (pure, no mocks)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bot.domain.estimate import default_estimator
from bot.domain.fuzzy_top import TopChoices

CORES = default_estimator().matcher._cores
TOP = TopChoices(CORES)
WORDS = sorted({w for core in CORES for w in core.split()})


def _same(query: str, limit: int = 40, cutoff: float = 55) -> None:
    want = process.extract(query, CORES, scorer=fuzz.WRatio, limit=limit, score_cutoff=cutoff)
    assert TOP.extract(query, limit=limit, score_cutoff=cutoff) == want


def test_everyday_queries_rank_as_process_extract():
    for query in (
        "cooked spinach",
        "almonds",
        "spinch",
        "brown rice cooked",
        "flat white",
        "a",
        "zzzz",
        "milk milk",
    ):
        _same(query)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    st.integers(1, 60),
    st.sampled_from([0, 40, 55, 80]),
)
def test_random_food_word_queries_rank_as_process_extract(words, limit, cutoff):
    _same(" ".join(words), limit, cutoff)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz é", min_size=0, max_size=25))
@example("a  b")  # two spaces: the token ratios rejoin the words with one (found by hypothesis)
def test_random_letters_rank_as_process_extract(query):
    _same(query)
