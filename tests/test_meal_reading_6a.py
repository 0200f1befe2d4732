"""Reading amounts as people say them (issue 8, tuning set 37): heaped and level spoons, the user's part of an
amount just named ("415g can of baked beans, i had half"), an amount of each of two foods ("dal and rice, a cup
each"), a bracket naming a food again ("(chana)"), a dish said with one measured ingredient, a food served
over another after a bracket, and a Raspberry Pi that is no raspberry."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal import parse_item, split_items
from bot.domain.meal_amounts import read_share
from tests.meal_helpers import ids


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("3 heaped tsp milo", "large"),
        ("2 level teaspoons of chia", "medium"),
        ("a scant tbsp of honey", "small"),
    ],
)
def test_spoon_fill_is_a_size(text: str, size: str) -> None:
    parsed = parse_item(text)
    assert parsed.size == size
    assert parsed.unit in ("tsp", "tbsp")


def test_heaped_spoon_holds_twice_a_level_one(estimator: Estimator) -> None:
    heaped = estimator.estimate("3 heaped tsp milo").items[0].grams
    level = estimator.estimate("3 level tsp milo").items[0].grams
    assert heaped == pytest.approx(2 * level)


@pytest.mark.parametrize(
    ("line", "rest", "part"),
    [
        ("415g can of baked beans, i had half", "415g can of baked beans", 0.5),
        ("tub of greek yoghurt (500g), ate about a third", "tub of greek yoghurt (500g)", 1 / 3),
        ("carton of soy milk (1 litre) - drank half of it over the day", "carton of soy milk (1 litre)", 0.5),
        ("a bagel and i had half", "a bagel and i had half", 1.0),  # no amount said to take a part of
    ],
)
def test_part_of_an_amount_said(line: str, rest: str, part: float) -> None:
    assert read_share(line) == (rest, pytest.approx(part))


def test_amount_of_each(estimator: Estimator) -> None:
    assert split_items("dal and rice, a cup each", estimator._keep) == ["dal, a cup", "rice, a cup"]
    # one dish's name keeps its "n": the amount is of each of the dishes listed
    assert len(estimator.estimate("egg fried rice and sweet n sour chicken, about a cup of each").items) == 2


@pytest.mark.parametrize(
    ("text", "food_ids"),
    [
        ("1 cup of buckwheat groats, cooked (kasha)", ["buckwheat_cooked"]),
        ("omelette w 3 eggs", ["egg_whole"]),
        ("porridge with 40g oats (dry weight) made w water", ["oats_dry"]),
        ("leftover chili (1 cup) over a baked potato (medium)", None),
    ],
)
def test_reads(estimator: Estimator, text: str, food_ids: list[str] | None) -> None:
    got = ids(estimator.estimate(text))
    if food_ids is None:
        assert len(got) == 2
    else:
        assert got == food_ids


def test_dish_measured_after_its_ingredient(estimator: Estimator) -> None:
    items = estimator.estimate("chili con carne w beans 1.5 cups").items
    assert len(items) == 1
    assert (items[0].quantity, items[0].unit) == (1.5, "cup")


def test_raspberry_pi_is_no_food(estimator: Estimator) -> None:
    assert estimator.estimate("just ordered a raspberry pi for my project").items == ()
