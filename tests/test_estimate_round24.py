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


@pytest.mark.parametrize(
    ("text", "food", "quantity"),
    [
        ("a 500ml bottle of coconut water", "coconut_water", 500),
        ("a 1.45oz dark chocolate bar", None, 1.45),
        ("bottle of water 500ml", None, 500),
    ],
)
def test_a_weighed_food_in_its_container(
    estimator: Estimator, text: str, food: str | None, quantity: float
) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and est.items[0].quantity == quantity
    assert food is None or est.items[0].food.id == food
    assert "bottled" in est.items[0].food.name or "bottle of water" not in text


def test_granola_bar_keeps_its_bar(estimator: Estimator) -> None:
    assert "granola bar" in estimator.estimate("granola bar 40g").items[0].food.name


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("brown toast x 3 wiht marmite... well just butter lol", 2),
        ("apple crumble... well apple pie slice and custard", 2),
        ("had a pastry... a choc croissant", 1),
    ],
)
def test_said_again_after_a_trail_off(estimator: Estimator, text: str, count: int) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == count and not est.ambiguous


def test_a_food_added_after_a_trail_off_is_kept(estimator: Estimator) -> None:
    est = estimator.estimate("a banana... an apple too")
    assert len(est.items) == 2


@pytest.mark.parametrize("text", ["a sausage sanger", "hot choc"])
def test_slang_names(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and (
        "sandwich" in est.items[0].food.name or "chocolate" in est.items[0].food.name
    )


def test_a_counted_container_is_the_foods_own_portion_only(estimator: Estimator) -> None:
    """ "half a dark chocolate bar": the bar is read only as a portion of that name; a food without one (the
    table's dark chocolate has squares) is not turned into squares."""
    est = estimator.estimate("half a dark chocolate bar")
    assert all(item.unit != "square" for item in est.items)


@pytest.mark.parametrize("text", ["cuppa with semi-skimmed", "a cuppa with a splash of semi-skimmed"])
def test_tea_with_milk_named_by_its_kind(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert ids(est)[0] == "tea_black" and len(est.items) == 2 and est.items[1].unit == "tbsp"
