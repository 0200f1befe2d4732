"""Containers read as units with a size per food (knowledge/container_sizes.csv, issue 8): "a carton of milk"
is a school carton of milk (8 fl oz), not coconut milk; "half a bottle of red" is 375 ml; a tub of hummus,
a pot of yogurt, a takeaway carton of chow mein; "a pot noodle" stays a food; a container no row sizes is the
food's default serving."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal import parse_item
from bot.domain.meal_data import container_amounts


def test_container_rows() -> None:
    assert container_amounts("bottle", ("red wine", "merlot"), True, None) == ((("ml", 750.0),), False)
    assert container_amounts("carton", ("whole milk",), True, None) == ((("fl_oz", 8.0),), False)
    assert container_amounts("tub", ("hummus",), False, "small") == ((("g", 57.0),), True)
    assert container_amounts("bottle", ("raw spinach",), False, None) is None


@pytest.mark.parametrize(
    ("text", "unit", "food"),
    [
        ("a carton of milk", "carton", "milk"),
        ("half a bottle of red wine", "bottle", "red wine"),
        ("2 tubs of yogurt", "tub", "yogurt"),
        ("a pot of tea", "pot", "tea"),
    ],
)
def test_container_is_a_unit(text: str, unit: str, food: str) -> None:
    parsed = parse_item(text)
    assert (parsed.unit, parsed.food_text) == (unit, food)


@pytest.mark.parametrize(
    ("text", "food_id", "low", "high"),
    [
        ("a carton of milk", "milk_whole", 240, 250),
        ("half a bottle of red wine", "wine_red", 370, 380),
        ("a bottle of coke", None, 495, 505),
        ("a bottle of beer", "beer", 350, 360),
        ("a pot of yogurt", None, 150, 150),
        ("1 individual tub of hummus", "hummus", 57, 57),
        ("chicken chow mein from the chinese, one carton", None, 350, 500),
        ("a bottle of water", "water_bottled", 495, 505),
        ("bottle of water 500ml", "water_bottled", 495, 505),
    ],
)
def test_container_sizes(
    estimator: Estimator, text: str, food_id: str | None, low: float, high: float
) -> None:
    items = estimator.estimate(text).items
    assert len(items) == 1
    assert food_id is None or items[0].food.id == food_id
    assert low <= items[0].grams <= high


def test_pot_noodle_stays_a_food(estimator: Estimator) -> None:
    items = estimator.estimate("a pot noodle").items
    assert [i.food.id for i in items] == ["soup_ramen_dry"]
    assert items[0].unit != "pot"
