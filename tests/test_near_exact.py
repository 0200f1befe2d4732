"""FoodMatcher.sure_at answers exactly as match() does, and TopChoices.near never leaves out a core that scores
near-exactly (pure, no mocks: the real food table, brute force over every core)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.domain.estimate import default_estimator
from bot.domain.matcher import FoodMatcher

TABLE = default_estimator().table
MATCHER = FoodMatcher(TABLE)
MATCHER.warm_up()
CORES = sorted(set(MATCHER._cores))
WORDS = sorted({w for core in CORES for w in core.split()})
FLOOR = 93.0  # the core score _keep's and food_span's 97 needs, less the largest state bonus


def _typo(word: str, kind: int, at: int) -> str:
    if len(word) < 2:
        return word
    at %= len(word) - 1
    if kind == 0:
        return word[:at] + word[at + 1 :]  # a letter dropped
    if kind == 1:
        return word[:at] + word[at] + word[at:]  # a letter doubled
    if kind == 2:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]  # two letters swapped
    return word


queries = st.builds(
    lambda words, typos: " ".join(
        _typo(w, kind, at) for w, (kind, at) in zip(words, typos + [(3, 0)] * len(words), strict=False)
    ),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 20)), max_size=4),
)


def _near_holds(query: str) -> None:
    one_word = " " not in query
    near = set(MATCHER._top_built.near(query, 2 * FLOOR - 100 if one_word else FLOOR, (FLOOR - 56) / 0.4))
    missed = [c for c in CORES if c not in near and MATCHER._core_score(query, c) >= FLOOR - 1e-6]
    assert not missed, (query, missed[:5])


@settings(max_examples=40, deadline=None)
@given(queries)
@example("chicken chiken")  # one word of the core said twice, once misspelt: a coverage of 93.9
@example("apple appl")
@example("brown rice")
@example("rice brown")  # the same words in another order
@example("spinch")
def test_near_keeps_every_core_scoring_near_exactly(query):
    _near_holds(query)


ASKED = FoodMatcher(TABLE)  # asked sure_at only (its cache holds only the full matches it had to make)
ASKED._top_built = MATCHER._top_built
PHRASES = [
    "cheese and crackers",
    "chicken quesadila",
    "mac and cheese",
    "fish and chips",
    "peanut butter and jelly",
    "brown rice",
    "bread and butter",
    "spinach with garlic",
    "boiled egg",
    "eggs scrambled",
    "strawberries and cream",
    "salt and pepper",
    "a cup of coffee with milk",
    "grilled chiken breast",
]


@settings(max_examples=60, deadline=None)
@given(st.one_of(queries, st.sampled_from(PHRASES)), st.sampled_from([97.0, 90.0]))
def test_sure_at_is_matchs_answer(text, floor):
    result = MATCHER.match(text)
    assert ASKED.sure_at(text, floor) == (result.status == "sure" and result.score >= floor)
