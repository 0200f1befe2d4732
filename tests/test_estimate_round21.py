"""Meal reading, set 21 (issue 8): chat around a food (knowledge/meal_chatter.txt) is cut before matching,
an amount said again after the food is read, a spoonful stirred into a food is two foods, and travel, long
ago and a fast log nothing."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


@pytest.mark.parametrize(
    ("text", "food_id"),
    [
        ("smashed a whole medium pizza margherita with the lads", None),
        ("demolished a large bag of doritos by myself", None),
        ("mug of chicken broth when i was sick", None),
        ("clam chowder in a bread bowl was amazing", "soup_clam_chowder"),
        ("3 tim tams... dont judge me", None),
    ],
)
def test_chat_around_a_food_is_cut(estimator: Estimator, text: str, food_id: str | None) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and not est.ambiguous and not est.unmatched
    if food_id is not None:
        assert est.items[0].food.id == food_id


def test_an_amount_said_again_after_the_food(estimator: Estimator) -> None:
    kefir = estimator.estimate("glass of kefir 1 cup").items
    assert len(kefir) == 1 and kefir[0].unit == "cup"
    almonds = estimator.estimate("a small handful of almonds maybe 15").items
    assert len(almonds) == 1 and almonds[0].quantity == 15


def test_size_and_count_after_a_dish_with_an_addition(estimator: Estimator) -> None:
    smoothie = estimator.estimate("banana smoothie w milk, 16oz").items
    assert len(smoothie) == 1 and smoothie[0].unit == "oz"
    tea = estimator.estimate("cuppa tea with milk x3 today").items
    assert tea[0].quantity == 3


def test_a_spoonful_stirred_into_a_food_is_two_foods(estimator: Estimator) -> None:
    assert len(estimator.estimate("tbsp chia seeds in my yoghurt").items) == 2
    assert len(estimator.estimate("1 oz chia seeds in my smoothie").items) == 1


def test_a_name_holding_every_word_said_is_logged_with_an_amount(estimator: Estimator) -> None:
    est = estimator.estimate("instant ramen, 1 packet")
    assert len(est.items) == 1 and not est.ambiguous
    oatmeal = estimator.estimate("a packet of instant oatmeal, maple brown sugar")
    assert len(oatmeal.items) == 1  # a flavour said alone is asked about, not logged as a second food


@pytest.mark.parametrize(
    "text",
    ["fasting today, just water", "went to Turkey on holiday last year", "had amazing paella years ago"],
)
def test_travel_long_ago_and_a_fast_log_nothing(estimator: Estimator, text: str) -> None:
    assert not estimator.estimate(text).items


def test_a_shared_dish_logs_the_users_share(estimator: Estimator) -> None:
    alone = estimator.estimate("nachos w cheese").items
    shared = estimator.estimate("nachos w cheese, shared half with my gf").items
    assert len(shared) == 1 and shared[0].magnesium_mg == pytest.approx(alone[0].magnesium_mg / 2)
    thirds = estimator.estimate("a large pizza between three of us").items
    whole = estimator.estimate("a large pizza").items
    assert thirds and thirds[0].grams == pytest.approx(whole[0].grams / 3)


def test_an_aside_is_no_negation(estimator: Estimator) -> None:
    est = estimator.estimate("200g of baked beans straight from the tin, dont judge me")
    assert len(est.items) == 1 and est.items[0].grams == 200


def test_a_scoop_in_a_measured_drink_is_two_foods(estimator: Estimator) -> None:
    est = estimator.estimate("1 scoop whey in 300ml 2% milk post gym")
    assert len(est.items) == 2 and not est.ambiguous


def test_back_from_somewhere_names_no_food(estimator: Estimator) -> None:
    est = estimator.estimate("Just back from the cinema. A large coke to myself")
    assert [item.food.id for item in est.items] == [est.items[0].food.id] and "cola" in est.items[0].food.name


def test_slang_some_and_a_bowl_built_of_its_parts(estimator: Estimator) -> None:
    assert len(estimator.estimate("had sum chips n gravy").items) == 2
    bowl = estimator.estimate("chipotle burrito bowl w chicken, black beans, brown rice, salsa, guac").items
    assert len(bowl) == 5 and all("burrito" not in item.food.name for item in bowl)
    oatmeal = estimator.estimate("a big bowl of oatmeal with milk, banana and blueberries").items
    assert oatmeal and "milk" in oatmeal[0].food.name  # a bowl of a dish is the dish
