"""Meal reading, round 17 (issue 8, UK/Irish names): chippy, bakery, pub and biscuit-tin names map to their
closest USDA rows; a food whose own name starts with an amount word ("half chicken") keeps its name; running
out of a food is no meal."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


def _ids(estimator: Estimator, text: str) -> list[str]:
    return [item.food.id for item in estimator.estimate(text).items]


@pytest.mark.parametrize(
    "text, food_id",
    [
        ("a slice of victoria sponge", "victoria_sponge"),
        ("carrot cake from the cafe", "carrot_cake"),
        ("3 jaffa cakes", "jaffa_cake"),
        ("fish pie for dinner", "fish_pie"),
        ("a vodka and red bull", "vodka_energy"),
        ("steak bake from greggs", "steak_bake"),
        ("cheese and crackers with mango chutney", "chutney"),
        ("a muller corner", "muller_corner"),
        ("bag of mini cheddars", "mini_cheddars"),
        ("oat flat white", "flat_white_oat"),
        ("spaghetti hoops", "spaghetti_hoops"),
        ("club orange", "orange_soda"),
        ("beef and guinness stew", "beef_stew_fndds"),
        ("dahl with rice", "dal_rice"),
        ("chicken fillet roll", "chicken_fillet_sandwich"),
    ],
)
def test_uk_and_irish_names(estimator: Estimator, text: str, food_id: str) -> None:
    assert food_id in _ids(estimator, text)


def test_a_sized_slice_of_victoria_sponge_is_a_cake_slice(estimator: Estimator) -> None:
    item = estimator.estimate("slice of victoria sponge").items[0]
    assert item.food.id == "victoria_sponge" and item.grams > 60  # a layer-cake slice, not a 38 g sponge


def test_the_parts_of_a_dish_are_not_counted_again(estimator: Estimator) -> None:
    assert _ids(estimator, "chicken fillet roll with cheese and mayo") == ["chicken_fillet_sandwich"]
    assert _ids(estimator, "had fish pie. well its cod in white sauce with mash on top") == ["fish_pie"]


@pytest.mark.parametrize("text", ["half chicken", "half a chicken", "half a roast chicken"])
def test_a_name_starting_with_half_is_that_food(estimator: Estimator, text: str) -> None:
    items = estimator.estimate(text).items
    assert [i.food.id for i in items] == ["half_chicken"] and items[0].grams == pytest.approx(300)


def test_half_of_a_food_is_still_half(estimator: Estimator) -> None:
    items = estimator.estimate("half a banana").items
    assert items[0].food.id == "banana" and items[0].quantity == pytest.approx(0.5)


@pytest.mark.parametrize(
    "text", ["we're out of bread again", "ran out of milk", "we are completely out of eggs"]
)
def test_running_out_of_a_food_is_no_meal(estimator: Estimator, text: str) -> None:
    assert estimator.estimate(text).items == ()


@pytest.mark.parametrize("text", ["ate the beans straight out of the tin", "had the crisps out of the bag"])
def test_out_of_the_tin_is_still_eaten(estimator: Estimator, text: str) -> None:
    assert estimator.estimate(text).items
