"""Issue 8, fifth round: the general causes behind the misses of the fourth scored meal set (meals_blind7.json).
Pure domain tests over the real food table (ids, units and relations are asserted, values come from the table)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator, is_not_eaten

# ---- code and data syntax is not a meal ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        '{"food": "spinach", "grams": 100}',
        "{'food': 'almonds', 'qty': 2}",
        '"food": "banana"',
        "[spinach, almonds]",
        "{food=spinach}",
    ],
)
def test_code_syntax_is_junk(estimator: Estimator, message: str) -> None:
    assert is_not_eaten(message)
    assert not estimator.estimate(message).items


@pytest.mark.parametrize("message", ["spinach: 100 g", "lunch: a cup of spinach", "Dinner - rice (1 cup)"])
def test_plain_meal_lines_are_not_code(message: str) -> None:
    assert not is_not_eaten(message)


# ---- a bar of chocolate is the bar, a square is a square, a bare count is squares -----------------------------


def test_a_bar_of_dark_chocolate_is_the_bar(estimator: Estimator) -> None:
    bar = estimator.estimate("a bar of dark chocolate").items
    square = estimator.estimate("a square of dark chocolate").items
    assert len(bar) == 1 and len(square) == 1
    assert bar[0].food.id == square[0].food.id
    assert bar[0].grams == bar[0].food.grams_for(1, "piece") and bar[0].grams > 10 * square[0].grams


def test_a_bare_count_of_a_square_food_is_squares(estimator: Estimator) -> None:
    items = estimator.estimate("2 dark chocolate").items
    assert len(items) == 1 and items[0].unit == "square"
    assert items[0].grams == items[0].food.grams_for(2, "square")


# ---- a sized mug or cup of a drink is the drink's sized serving -----------------------------------------------


@pytest.mark.parametrize("message", ["a big mug of black coffee", "a large cup of coffee"])
def test_a_big_mug_of_a_drink_is_its_large_serving(estimator: Estimator, message: str) -> None:
    items = estimator.estimate(message).items
    assert len(items) == 1 and items[0].food.is_drink, items
    assert items[0].grams == items[0].food.grams_for(1, "large")
    assert items[0].grams > items[0].food.grams_for(1, "cup")


def test_an_unsized_mug_is_still_a_cup(estimator: Estimator) -> None:
    items = estimator.estimate("a mug of black coffee").items
    assert len(items) == 1 and items[0].unit == "cup"
    assert items[0].grams == items[0].food.grams_for(1, "cup")


# ---- a dollop is a spoonful -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message", ["a dollop of hummus", "a dollop of greek yogurt", "2 dollops of sour cream"]
)
def test_a_dollop_is_a_tablespoon(estimator: Estimator, message: str) -> None:
    items = estimator.estimate(message).items
    assert len(items) == 1 and items[0].unit == "tbsp", items
    assert items[0].grams == items[0].food.grams_for(items[0].quantity, "tbsp")


# ---- a part of the day before the eater is a lead-in ----------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Mid-afternoon I grabbed a banana",
        "late evening I had a banana",
        "a banana mid-morning",
        "Early morning, a banana",
    ],
)
def test_a_part_of_the_day_is_not_food(estimator: Estimator, message: str) -> None:
    est = estimator.estimate(message)
    assert [item.food.id for item in est.items] == [estimator.estimate("a banana").items[0].food.id]
    assert not est.ambiguous and not est.unmatched, est


# ---- a cooking verb before a measured amount is a lead-in -----------------------------------------------------


def test_a_cooking_verb_before_an_amount_keeps_the_amount(estimator: Estimator) -> None:
    plain = estimator.estimate("half a can of chickpeas").items
    cooked = estimator.estimate("roasted half a can of chickpeas (drained)").items
    assert len(plain) == 1 and len(cooked) == 1
    assert (cooked[0].food.id, cooked[0].grams) == (plain[0].food.id, plain[0].grams)
    assert estimator.estimate("cooked 2 eggs").items[0].quantity == 2


def test_a_cooking_verb_without_an_amount_names_the_food(estimator: Estimator) -> None:
    assert (
        estimator.estimate("fried an egg").items[0].food.id
        == estimator.estimate("a fried egg").items[0].food.id
    )


# ---- a slice of a kind of flour is that bread -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "bread"),
    [("2 slices of whole wheat", "whole wheat bread"), ("2 slices of wholemeal", "wholemeal bread")],
)
def test_a_slice_of_whole_wheat_is_bread(estimator: Estimator, message: str, bread: str) -> None:
    items = estimator.estimate(message).items
    expected = estimator.estimate(f"2 slices of {bread}").items
    assert len(items) == 1 and items[0].food.id == expected[0].food.id and items[0].grams == expected[0].grams


def test_a_slice_of_a_known_food_is_that_food(estimator: Estimator) -> None:
    assert [item.food.id for item in estimator.estimate("a slice of ham").items] == ["ham_sliced"]
