"""Meal reading, round F (issue 8): things handled, left behind or only wished for log nothing, nor does water
alone (knowledge/not_eating.txt); a meal named after "w"/"for" is when, not a food; when-clauses with no
eater, someone's leftovers and a takeaway named before its dishes are cut; "half of each" after a dashed
takeaway; a dish described in brackets by its ingredients is counted once; "... well two coffees"."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from tests.meal_helpers import ids


@pytest.mark.parametrize(
    "text",
    [
        "made my mum a smoothie with spinach and banana",
        "just water so far today",
        "only had water so far",
        "wanted a latte but the machine was broken",
        "left my sandwich on the bus 😭",
    ],
)
def test_not_eaten_logs_nothing(estimator: Estimator, text: str) -> None:
    assert not estimator.estimate(text).items


def test_a_wish_then_what_was_had_still_logs(estimator: Estimator) -> None:
    assert estimator.estimate("wanted a latte but had a banana instead").items


def test_a_meal_word_after_w_is_no_food(estimator: Estimator) -> None:
    est = estimator.estimate("a banana w breakfast + an apple")
    assert ids(est) == ["banana", "apple"]


def test_a_meal_word_with_its_day_is_cut(estimator: Estimator) -> None:
    est = estimator.estimate("steak, jacket potato and peas for sunday dinner")
    assert len(est.items) == 3 and not est.ambiguous


@pytest.mark.parametrize(
    "text",
    ["after work had 6 nuggets and small fries", "I had the kids leftover chicken nuggets and fries (small)"],
)
def test_when_and_leftovers_are_cut(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 2 and not est.ambiguous


def test_half_of_each_after_a_takeaway(estimator: Estimator) -> None:
    est = estimator.estimate(
        "we got a takeaway - chicken fried rice and chicken lo mein, i had about half of each"
    )
    assert [item.quantity for item in est.items] == [0.5, 0.5]


@pytest.mark.parametrize(
    "text", ["spag bol (pasta w meat sauce)", "green smoothie (spinach, banana, almond milk)"]
)
def test_a_dish_described_in_brackets_is_counted_once(estimator: Estimator, text: str) -> None:
    assert len(estimator.estimate(text).items) == 1


def test_well_corrects_the_amount(estimator: Estimator) -> None:
    est = estimator.estimate("a coffee... well two coffees")
    assert len(est.items) == 1 and est.items[0].quantity == 2
