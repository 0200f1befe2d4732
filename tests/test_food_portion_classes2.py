"""Round-12 portion and row classes of the food table: foods as a person means them, sized by USDA FNDDS."""

from __future__ import annotations

import pytest

from bot.domain.estimate import default_estimator


@pytest.mark.parametrize(
    "message, food_id, low, high",
    [
        # pizza: a whole personal or small pizza is FNDDS's whole-pizza portion; "pizza" alone is 2 slices
        ("a personal pizza", "pizza_personal", 170, 180),
        ("personal pepperoni pizza", "pizza_personal_pepperoni", 180, 190),
        ("a small pizza", "pizza_cheese", 470, 490),
        ("had pizza for dinner", "pizza_cheese", 200, 240),
        ("a slice of pizza", "pizza_cheese", 100, 115),
        # tacos: FNDDS's medium taco
        ("3 beef tacos", "taco_meat", 340, 350),
        ("5 chicken tacos", "taco_chicken", 485, 495),
        # a piece of fried chicken: FNDDS's NS-part piece, not a whole breast
        ("2 pieces of fried chicken", "fried_chicken", 165, 175),
        ("2 string cheese", "string_cheese", 55, 58),
        ("a big chocolate chip cookie", "cookie_choc_chip", 40, 50),
        ("a chocolate doughnut", "doughnut_chocolate", 70, 80),
        ("a blueberry scone", "scone_fruit", 65, 75),
        ("ham and cheese croissant", "croissant_ham_cheese", 110, 116),
        ("a breakfast burrito", "breakfast_burrito", 215, 230),
        ("bacon egg and cheese on a roll", "bacon_egg_sandwich", 170, 180),
        ("medium sweet potato fries", "sweet_potato_fries", 140, 150),
        ("chips from the chippy", "chips_uk", 140, 150),
        ("a bag of chips from the chippy", "chips_uk", 175, 185),
    ],
)
def test_foods_as_people_mean_them(message, food_id, low, high):
    items = default_estimator().estimate(message).items
    assert [i.food.id for i in items] == [food_id]
    assert low <= items[0].grams <= high
