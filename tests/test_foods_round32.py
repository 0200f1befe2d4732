"""A miss of the fresh set 32 (2026-12-02), found on its first run: an aside in brackets that holds a "don't"
("(don't judge)") is no negation of eating. (A plain "cake" still asks which cake: test_estimate_acceptance.)"""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


@pytest.mark.parametrize(
    ("text", "food_id", "grams"),
    [
        ("a slice of chocolate cake", "cake_chocolate", 138.0),  # a named cake keeps its own row
        ("prune juice 1 cup (don't judge)", "prune_juice", 256.0),
        ("had a banana (don't tell my trainer)", "banana", 118.0),
    ],
)
def test_logged(estimator: Estimator, text: str, food_id: str, grams: float) -> None:
    (item,) = estimator.estimate(text).items
    assert (item.food.id, item.grams) == (food_id, pytest.approx(grams))


@pytest.mark.parametrize("text", ["didn't have a banana", "pizza (didn't eat any)", "no cake for me today"])
def test_negations_still_log_nothing(estimator: Estimator, text: str) -> None:
    assert not estimator.estimate(text).items


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # set 32's false log: a take-back with "even" in it ("didn't even have the coffee")
        (
            "the kids had nuggets and chips, i just had a coffee... nah actually i didn't even have the coffee",
            [],
        ),
        ("had toast and a coffee. actually didn't even have the coffee", ["toast_white"]),
        ("had toast and a coffee, didnt eat the toast", ["coffee"]),
    ],
)
def test_a_take_back_with_even_removes_the_food(estimator: Estimator, text: str, kept: list[str]) -> None:
    assert [item.food.id for item in estimator.estimate(text).items] == kept
