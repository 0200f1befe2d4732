"""Matcher behaviour added in issue 8's third round (pure domain, real food table)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import default_estimator
from bot.domain.matcher import FoodMatcher


@pytest.fixture(scope="module")
def matcher() -> FoodMatcher:
    return default_estimator().matcher


def sure_id(matcher: FoodMatcher, text: str) -> str | None:
    result = matcher.match(text)
    return result.best.id if result.status == "sure" and result.best is not None else None


@pytest.mark.parametrize(
    ("typo", "food_id"),
    [
        ("kinoa", "quinoa_cooked"),  # a hard k sound spelt with k for q
        ("black beens", "black_beans_cooked"),  # beans or beets: the phrase tells
        ("whole wheet bread", "bread_whole_wheat"),  # the phrase as said, before "whole" is cut
        ("shreded wheat", "shredded_wheat"),  # "shredded" is kept when it names the food
        ("lentels", "lentils_cooked"),  # a misspelt plural
    ],
)
def test_typos_are_read_in_their_phrase(matcher: FoodMatcher, typo: str, food_id: str) -> None:
    assert sure_id(matcher, typo) == food_id


@pytest.mark.parametrize("text", ["beens", "cinoa"])
def test_an_undecidable_typo_is_not_guessed(matcher: FoodMatcher, text: str) -> None:
    assert sure_id(matcher, text) is None


def test_an_unsaid_state_loses_to_the_plain_cooked_row(matcher: FoodMatcher) -> None:
    assert sure_id(matcher, "boiled brussels sprouts") == "brussels_cooked"
    assert sure_id(matcher, "frozen brussels sprouts") == "brussels_frozen"


def test_a_corrected_food_with_its_state_said_after_it(matcher: FoodMatcher) -> None:
    assert sure_id(matcher, "sweet potatoe baked") == "sweet_potato_baked"
