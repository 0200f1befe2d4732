"""Issue 8, tuning set 38: the causes behind its misses. Pure domain tests over the real food table (only ids,
units and gram ranges are asserted)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal_parse import is_modifier_only, parse_item
from tests.meal_helpers import ids


@pytest.mark.parametrize(
    ("message", "food_id", "low_g", "high_g"),
    [
        ("6 brussels sprouts", "brussels_cooked", 100, 150),  # SR28's "1 sprout" measure is one piece
        ("10 cherries", "cherries", 60, 100),
    ],
)
def test_counted_by_the_foods_own_noun(estimator: Estimator, message, food_id, low_g, high_g):
    est = estimator.estimate(message)
    assert ids(est) == [food_id] and low_g <= est.items[0].grams <= high_g, est


def test_a_whole_pie_measured_by_its_name_is_not_a_piece(estimator: Estimator):
    assert "piece" not in estimator.table.by_id["pie_pumpkin"].portions


@pytest.mark.parametrize("part", ["home made", "stir fried", "the regular 1.9oz one"])
def test_a_split_modifier_or_a_remark_with_a_weight_names_no_food(part):
    assert is_modifier_only(part)


def test_semi_skimmed_alone_still_names_the_milk():
    assert not is_modifier_only("semi skimmed")


def test_home_made_goes_with_the_food_before_it():
    parsed = parse_item("soup, home made, 2 cups")
    assert parsed.food_text == "homemade soup" and parsed.quantity == 2.0


def test_the_weight_in_a_remark_is_the_amount(estimator: Estimator):
    est = estimator.estimate("milky way bar, the regular 1.9oz one")
    assert (
        ids(est) == ["milky_way"]
        and est.items[0].unit == "oz"
        and est.items[0].quantity == pytest.approx(1.9)
    )


def test_a_dish_said_homemade_is_the_dish(estimator: Estimator):
    est = estimator.estimate("homemade pasta with tomato sauce")
    assert ids(est) == ["spaghetti_pomodoro"], est


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("4 falafel in a pita", ["falafel", "pita_white"]),
        ("3 fish fingers in a bun", ["fish_sticks", "bun_hamburger"]),
    ],
)
def test_a_food_in_a_bread_is_the_food_and_the_bread(estimator: Estimator, message, expected):
    est = estimator.estimate(message)
    assert ids(est) == expected and est.items[0].quantity == float(message.split()[0]), est
