"""Meal reading, round 14 (issue 8): misses of blind set 15."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal import parse_item


@pytest.mark.parametrize(
    ("text", "food_text", "grams"),
    [
        ("tofu 150g pan fried", "tofu pan fried", 150.0),  # a weight inside, only states after it
        ("100g bar of dark chocolate 85%", "dark chocolate 85%", 100.0),  # the container is not food
        ("a 400 g tin of chickpeas", "chickpeas", 400.0),
    ],
)
def test_weight_said_inside_or_before_a_container(text: str, food_text: str, grams: float) -> None:
    parsed = parse_item(text)
    assert (parsed.quantity, parsed.unit, parsed.food_text) == (grams, "g", food_text)


def test_weight_before_another_food_is_left_to_the_splitter(estimator: Estimator) -> None:
    est = estimator.estimate("prawns 100g with rice")
    assert len(est.items) == 2, est


def test_dish_heading_then_its_measured_recipe_is_the_recipe(estimator: Estimator) -> None:
    est = estimator.estimate("Porridge, 40g oats made with 250ml whole milk, plus a tbsp of honey")
    assert len(est.items) == 3, est
    assert not any("oatmeal" in i.food.name for i in est.items), est


def test_dish_then_another_measured_food_is_two_foods(estimator: Estimator) -> None:
    est = estimator.estimate("chili, 200g rice")
    assert len(est.items) == 2, est


@pytest.mark.parametrize(
    ("text", "food_id"),
    [
        ("bowl of oats with water", "porridge_water"),  # no measured amount: the cooked dish
        ("oats w/ water", "porridge_water"),
        ("instant oats sachet made with water", "instant_oatmeal_prepared"),
        ("hot chocolate made w water", "hot_cocoa_mix"),
        ("1/2 cup oats cooked w water", "oats_dry"),  # a measured amount is of the oats as named
    ],
)
def test_food_made_with_water(estimator: Estimator, text: str, food_id: str) -> None:
    est = estimator.estimate(text)
    assert [i.food.id for i in est.items] == [food_id], est


def test_water_drunk_beside_a_food_is_still_water(estimator: Estimator) -> None:
    est = estimator.estimate("oats and a glass of water")
    assert [i.food.id for i in est.items] == ["oats_dry", "water_tap"], est


@pytest.mark.parametrize(
    ("text", "food_id"),
    [
        ("tbsp peanut butter off the spoon lol", "peanut_butter"),  # eaten from its container
        ("hummus straight from the tub", "hummus"),
        ("tuna, 1 can in spring water", "tuna_canned_water"),  # how it is packed, not a drink of water
        ("2 boiled eggs and soldiers", "toast_soldiers"),  # UK: toast cut in strips, one slice
    ],
)
def test_container_packing_and_uk_names(estimator: Estimator, text: str, food_id: str) -> None:
    est = estimator.estimate(text)
    assert food_id in [i.food.id for i in est.items], est
    assert not est.ambiguous and not est.unmatched, est


@pytest.mark.parametrize(
    ("text", "food_id"),
    [
        ("quesadilla w chicken", "quesadilla_chicken"),  # the dish named by its filling, not both
        ("quesadilla with chicken", "quesadilla_chicken"),
    ],
)
def test_dish_said_with_its_filling_is_the_filled_dish(estimator: Estimator, text: str, food_id: str) -> None:
    est = estimator.estimate(text)
    assert [i.food.id for i in est.items] == [food_id], est


def test_filling_reversed_into_another_dish_stays_two_foods(estimator: Estimator) -> None:
    est = estimator.estimate("granola w yogurt")  # "yogurt granola" is a parfait: not granola
    assert len(est.items) == 2, est
