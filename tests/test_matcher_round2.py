"""Matcher behaviour added in issue 8's second round (pure domain, real food table)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import default_estimator
from bot.domain.matcher import FoodMatcher


@pytest.fixture(scope="module")
def matcher() -> FoodMatcher:
    return default_estimator().matcher


@pytest.mark.parametrize(("typo", "food_id"), [("mlik", "milk_whole"), ("rcie", "white_rice_cooked")])
def test_a_four_letter_word_with_swapped_letters_is_corrected(
    matcher: FoodMatcher, typo: str, food_id: str
) -> None:
    result = matcher.match(typo)
    assert result.status == "sure" and result.best is not None and result.best.id == food_id


@pytest.mark.parametrize("word", ["mate", "form", "meal", "lake", "cheer"])
def test_other_short_words_are_not_corrected_into_food(matcher: FoodMatcher, word: str) -> None:
    assert matcher.match(word).status != "sure"


def test_energy_alone_is_not_an_energy_drink(matcher: FoodMatcher) -> None:
    assert matcher.match("energy").status != "sure"
    assert matcher.match("energy drink").best.id == "energy_drink"
