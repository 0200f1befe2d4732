"""Food table, round 23 (issue 8): rows and portions as a person means them, from FNDDS/SR28."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


@pytest.mark.parametrize(
    ("text", "food_id", "grams"),
    [
        ("a small choc shake", "milkshake_chocolate", 405.0),  # "choc" is chocolate
        ("8 timbits", "doughnut_holes", 120.0),  # FNDDS doughnut holes, 15 g each
        ("large double double", "coffee", 600.0),  # a double double is brewed coffee by FNDDS's sizes
        ("poutine", "poutine", 222.0),  # FNDDS fast-food cheese fries, the medium (regular) order
        ("a large poutine", "poutine", 276.0),
        ("a cinnabon", "cinnabon", 240.0),  # FNDDS's own "1 Cinnabon"
        ("shepherds pie", "shepherds_pie", 182.0),
        ("cottage pie", "cottage_pie", 182.0),
        ("a cheese quesadilla", "quesadilla", 141.0),  # FNDDS "1 quesadilla, any size"
        ("a cheese and ham toastie", "ham_cheese_toastie", 162.0),
        ("chick-fil-a chicken sandwich", "chicken_sandwich_fast_food", 140.0),
        ("a turkey sub", "sub_turkey_cheese", 260.0),  # the 6" sub as eaten, with cheese
        ("a footlong turkey sub", "sub_turkey_cheese", 520.0),
        ("2 tbsp ground flax", "flaxseed_ground", 14.0),  # SR28 "tbsp, ground", 7 g
        ("2 clementines", "clementine", 170.0),  # FNDDS "1 fruit", 85 g
        ("chicken pot pie", "pot_pie", 252.0),  # FNDDS's "Quantity not specified"
        ("a large iced oat latte", "iced_latte_nondairy", 600.0),
        ("kung pao pork", "kung_pao_pork", 121.0),
        ("a pack of sushi", "sushi", 180.0),  # a supermarket pack is FNDDS's "Quantity not specified"
        ("a cup of cocoa made with milk", "hot_chocolate", 248.0),  # the drink, not the powder
        ("50g biltong", "beef_jerky", 50.0),
        ("4 puff puff", "doughnut_holes", 60.0),
        ("an egg custard tart", "custard_tart", 117.0),  # FNDDS's individual custard pie or tart
        ("a scoop of hokey pokey ice cream", "ice_cream_mixins", 125.0),
        ("3 rusks", "rusk", 30.0),  # FNDDS's "1 rusk", 10 g
        ("a small bag of popcorn", "popcorn_bagged", 28.0),  # FNDDS's small single-serving bag
        ("a hash brown from mcdonalds", "hash_brown_patty", 53.0),  # fast food: the patty
    ],
)
def test_rows_and_portions(estimator: Estimator, text: str, food_id: str, grams: float) -> None:
    (item,) = estimator.estimate(text).items
    assert (item.food.id, item.grams) == (food_id, pytest.approx(grams))


def test_footlong_of_an_sr28_sub_is_its_12_inch_sub(estimator: Estimator) -> None:
    (six,) = estimator.estimate("a meatball sub").items
    (foot,) = estimator.estimate("a footlong meatball sub").items
    assert foot.food.id == six.food.id == "sub_meatball"
    assert foot.grams == pytest.approx(418.0)  # SR28 21158 "12 inch sub", twice the 6 inch (209 g)


@pytest.mark.parametrize(
    ("text", "food_id", "grams"),
    [
        ("slice of pizza at school", "pizza_school", 147.0),  # FNDDS school-lunch pizza
        ("a chicken burrito from chipotle", "burrito_chain_large", 482.0),  # the chain's large burrito
        ("large popcorn at the cinema", "popcorn_movie", 238.0),  # movie-theater popcorn's large order
        ("chicken sandwich from the drive thru", "chicken_sandwich_fast_food", 140.0),
    ],
)
def test_the_place_picks_the_row(estimator: Estimator, text: str, food_id: str, grams: float) -> None:
    (item,) = estimator.estimate(text).items
    assert (item.food.id, item.grams) == (food_id, pytest.approx(grams))


@pytest.mark.parametrize(
    "text", ["2 slices of pizza", "a chicken burrito", "3 cups of popcorn", "2 tbsp cocoa", "hash browns"]
)
def test_without_the_place_the_usual_row(estimator: Estimator, text: str) -> None:
    (item,) = estimator.estimate(text).items
    assert item.food.id not in {
        "pizza_school",
        "burrito_chain_large",
        "popcorn_movie",
        "popcorn_bagged",
        "hot_chocolate",
        "hash_brown_patty",
    }
