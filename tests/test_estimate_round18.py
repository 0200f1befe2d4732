"""Meal reading, set 18 (issue 8): US/Australian meals. Saying a food is out of stock or naming a place
by a food word logs nothing; dishes named with their filling, sizes USDA lists (a mini bagel, a Belgian
waffle, a pikelet) and regional names (long black, schnitty, IPA) find their own FNDDS rows."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


@pytest.mark.parametrize(
    "text",
    [
        "we're out of peanut butter again",
        "all out of milk",
        "ran out of bread this morning",
        "no eggs left",
        "flying to the big apple",
        "the big apple",
        "holiday in turkey was great",
    ],
)
def test_out_of_stock_and_places_log_nothing(estimator: Estimator, text: str) -> None:
    assert not estimator.estimate(text).items


@pytest.mark.parametrize(
    ("text", "food_id"),
    [
        ("a long black", "espresso"),
        ("4 pikelets", "pikelet"),
        ("belgian waffle", "waffle_belgian"),
        ("3 mini bagels", "bagel_mini"),
        ("2 bean tostadas", "tostada_bean"),
        ("bean taco", "taco_bean"),
        ("2 chicken soft tacos", "taco_chicken_soft"),
        ("premade protein shake", "protein_shake_rtd"),
        ("berry protein smoothie", "smoothie_protein"),
        ("drive thru cheeseburger", "cheeseburger_fast_food"),
        ("vegetarian pot pie", "pot_pie_vegetarian"),
        ("caramel macchiato", "latte_flavored"),
        ("a pint of ipa", "beer_strong"),
        ("chocolate frosted donut", "doughnut_chocolate_iced"),
        ("chicken schnitty", "chicken_schnitzel"),
        ("1/2 cup coconut milk", "coconut_milk_canned"),
        ("chicken burrito with rice and beans", "burrito_chicken_rice_beans"),
    ],
)
def test_named_dishes_and_regional_names_find_their_row(
    estimator: Estimator, text: str, food_id: str
) -> None:
    est = estimator.estimate(text)
    assert [item.food.id for item in est.items] == [food_id], est


def test_eaten_food_still_logs_beside_those_readings(estimator: Estimator) -> None:
    # "out of" says nothing was eaten, unless the sentence also says what was
    assert estimator.estimate("had the last of the bread, now we're out of it").items
    assert estimator.estimate("a big apple").items
