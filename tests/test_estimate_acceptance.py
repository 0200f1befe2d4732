"""Acceptance: a large, varied set of meal messages against SR28-derived truth, and non-food messages."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from tests.data.estimate_cases import FOOD_CASES, NON_FOOD, SR28_MG

DEFAULT_TOLERANCE = 0.20
MIN_ABS_TOLERANCE_MG = 3.0


def _truth(parts: list[tuple[str, float]]) -> float:
    return sum(grams * SR28_MG[ndb] / 100.0 for ndb, grams in parts)


def _within(case: tuple, got: float) -> bool:
    parts = case[1]
    tol = case[2] if len(case) > 2 else DEFAULT_TOLERANCE
    truth = _truth(parts)
    margin = max(truth * tol, MIN_ABS_TOLERANCE_MG)
    return truth - margin <= got <= truth + margin


def test_acceptance_set_is_large_and_varied() -> None:
    assert len(FOOD_CASES) + len(NON_FOOD) >= 150
    assert len(NON_FOOD) >= 40
    assert len({case[0] for case in FOOD_CASES}) == len(FOOD_CASES)


def test_food_cases_within_range(estimator: Estimator) -> None:
    misses = []
    for case in FOOD_CASES:
        estimate = estimator.estimate(case[0])
        if not _within(case, estimate.total_mg):
            misses.append(f"{case[0]!r}: got {estimate.total_mg:.1f}, truth {_truth(case[1]):.1f}")
    fraction = 1 - len(misses) / len(FOOD_CASES)
    print(f"\nacceptance: {len(FOOD_CASES)} food cases, {fraction:.1%} within range")
    for miss in misses:
        print("  miss:", miss)
    assert fraction >= 0.9, "\n".join(misses)


@pytest.mark.parametrize("message", NON_FOOD, ids=lambda m: m[:30])
def test_non_food_logs_nothing(estimator: Estimator, message: str) -> None:
    estimate = estimator.estimate(message)
    assert estimate.items == ()
    assert estimate.total_mg == 0


GENERIC_WORDS = [
    "cake",
    "a slice of cake",
    "soup",
    "a bowl of soup",
    "a handful of nuts",
    "some berries",
    "fish",
    "fruit",
    "veggies",
    "meat",
    "sandwich",
    "beef",
    "seeds",
]


@pytest.mark.parametrize("message", GENERIC_WORDS)
def test_generic_words_ask_rather_than_guess(estimator: Estimator, message: str) -> None:
    estimate = estimator.estimate(message)
    assert estimate.items == ()
    assert len(estimate.ambiguous) == 1 and len(estimate.ambiguous[0].candidates) >= 3


@pytest.mark.parametrize(
    "message",
    [
        "had a date last night",
        "we had a toast at the wedding",
        "I'm in a jam",
        "had a shot at it",
        "got my flu shot",
        "had a pop quiz",
        "ugh, rough night, barely slept",
        "had a roll in the hay",
    ],
)
def test_words_that_are_foods_only_in_another_sense_log_nothing(estimator: Estimator, message: str) -> None:
    assert estimator.estimate(message).items == ()


@pytest.mark.parametrize(
    ("message", "foods"),
    [
        ("eggs on toast", {"whole egg", "white toast"}),
        (
            "beans on toast",
            {"baked beans", "white toast"},
        ),  # beans with toast are baked beans (food_context.csv)
        ("3 oz roast chicken breast", {"roasted chicken breast"}),
        ("ate 3 dates", {"dates"}),
    ],
)
def test_on_toast_and_roast(estimator: Estimator, message: str, foods: set[str]) -> None:
    assert {item.food.name for item in estimator.estimate(message).items} == foods


@pytest.mark.parametrize(
    ("message", "foods"),
    [
        # FNDDS sandwiches the table knows are one dish (since issue 8); others are filling + bread
        ("peanut butter sandwich", {"peanut butter sandwich"}),
        ("a cheese sandwich", {"cheese sandwich"}),
        ("ham and cheese sandwich", {"ham and cheese sandwich"}),
        ("avocado toast", {"avocado", "white toast"}),
        ("wholemeal cheese sandwich", {"wholemeal cheese sandwich"}),
        ("salami sandwich", {"salami", "white bread"}),
        ("a prawn sandwich", {"cooked shrimp", "white bread"}),
        ("french toast", {"french toast"}),  # a dish the table knows stays one item
    ],
)
def test_sandwiches_and_toast_are_their_fillings_and_bread(estimator: Estimator, message, foods):
    assert {item.food.name for item in estimator.estimate(message).items} == foods


def test_two_sandwiches_double_everything(estimator: Estimator):
    one = estimator.estimate("egg sandwich").total_mg
    assert estimator.estimate("2 egg sandwiches").total_mg == pytest.approx(2 * one)


@pytest.mark.parametrize(
    ("message", "food"),
    [
        ("can of beer", "beer"),
        ("handful of pistachios while watching tv", "pistachios"),
        ("crisps at the pub", "potato chips"),
    ],
)
def test_a_can_is_not_a_question_and_trailing_places_are_dropped(estimator: Estimator, message, food):
    assert [item.food.name for item in estimator.estimate(message).items] == [food]


def test_can_i_is_still_a_question(estimator: Estimator):
    assert estimator.estimate("can I eat almonds").items == ()
