"""Food table, round 24 (issue 8): rows and portions as a person means them, from FNDDS/SR28."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


@pytest.mark.parametrize(
    ("text", "food_id", "grams"),
    [
        ("10 tortilla chips", "tortilla_chips", 30.0),  # FNDDS "1 chip", 3 g (not a bag)
        ("5 doritos", "tortilla_chips_nacho", 15.0),
        ("a whopper", "whopper", 270.0),  # FNDDS's own Whopper (Burger King)
        ("chili cheese fries", "chili_cheese_fries", 227.0),  # FNDDS fast-food fries with chili and cheese
        ("a frappuccino", "frappuccino", 372.0),  # FNDDS frozen mocha coffee drink, not the bottled one
        ("a choc croissant", "croissant_chocolate", 57.0),
        ("falafel", "falafel", 28.0),  # FNDDS's "Quantity not specified"
        ("falafel, 4 balls", "falafel", 68.0),  # "balls" count pieces: 4 patties of 17 g
        ("milk chocolate", "milk_chocolate", 21.0),  # no amount: FNDDS's "Quantity not specified"
        ("a milk chocolate bar", "milk_chocolate_fndds", 44.0),  # a bar is the bar
        ("a bar of milk chocolate", "milk_chocolate", 44.0),
        ("brazil nuts", "brazil_nuts", 28.4),  # no amount: a handful, as every nut
        ("3 brazil nuts", "brazil_nuts", 15.0),
    ],
)
def test_rows_and_portions(estimator: Estimator, text: str, food_id: str, grams: float) -> None:
    (item,) = estimator.estimate(text).items
    assert (item.food.id, item.grams) == (food_id, pytest.approx(grams))


def test_green_smoothie_with_its_own_ingredients_is_one_food(estimator: Estimator) -> None:
    (item,) = estimator.estimate("green smoothie with spinach, banana and almond milk").items
    assert item.food.id == "green_smoothie"
