"""Meal reading, round 15 (issue 8): messages that are no meal of the user's (shopping, cooking, liking,
someone else's meal, an equation, a food used as a modifier, a chat word near a food word), "X on toast"
on one slice, and the splitter on separators it used to lose count of."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.estimate import Estimator
from bot.domain.matcher_words import COMMON_WORDS, NON_FOOD_WORDS
from bot.domain.meal import split_items_with_separators
from bot.domain.meal_clauses import own_clauses

QUICK = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck), derandomize=True)
FOODS = ["bread", "butter", "milk", "eggs", "cheese", "salmon", "pasta", "rice", "bananas", "chocolate"]


@pytest.mark.parametrize(
    "text",
    [
        # shopping
        "picked up milk and bread at tesco",
        "picked up some salmon from the butcher's",
        "got eggs and milk from the supermarket",
        "did the weekly shop, loads of veg",
        # cooking for later
        "cooking pasta for dinner tonight",
        "baking a chocolate cake for the party",
        # liking
        "i like salmon",
        "we really enjoy sushi",
        "dark chocolate is my favourite",
        # someone else, named in lowercase
        "john had a burrito",
        "sam ate 2 slices of pizza",
        # an equation
        "solve 3x + 5 = 20",
        "x = 4 + 2",
        # foods that only describe a thing
        "bread and butter issue that…",
        "bread and butter issue tbh",
        "salt and pepper question",
        # a chat word one edit from a food word
        "solve",
        "calm down",
    ],
)
def test_no_meal_of_the_user_logs_nothing(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert not est.items, est


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("had oats, i like it with honey", 2),  # liking what was just eaten is still the meal
        ("today had a burrito", 1),  # a time before the verb is no name
        ("finally ate a burrito", 1),
        ("ensure drink", 1),  # a drink's name before "drink" is no name
        ("john had a burrito and i had a taco", 1),  # the user's own clause stays
        ("bread and butter pudding", 1),  # the table's dish
        ("two digestives with my tea break", 1),  # the biscuits; "tea break" is no tea
        ("toast and jam before my meeting", 2),
        ("chicken breast, broccoli and rice - meal prep", 3),
    ],
)
def test_meals_around_those_readings_still_log(estimator: Estimator, text: str, count: int) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == count, est


@QUICK
@given(st.integers(1, 99), st.integers(0, 99), st.integers(0, 999), st.sampled_from(["+", "-", "*", "/"]))
def test_an_equation_is_never_a_meal(estimator: Estimator, a: int, b: int, c: int, op: str) -> None:
    assert not estimator.estimate(f"solve {a}x {op} {b} = {c}").items


@QUICK
@given(st.sampled_from(sorted(COMMON_WORDS)))
def test_a_common_word_is_never_corrected_into_a_food(estimator: Estimator, word: str) -> None:
    matcher = estimator.matcher
    assert matcher._correct(word) == word


@QUICK
@given(
    st.sampled_from(FOODS),
    st.sampled_from(FOODS),
    st.sampled_from(sorted(NON_FOOD_WORDS - {"nan", "null", "undefined", "infinity"})),
)
def test_foods_joined_before_a_non_food_noun_are_no_meal(
    estimator: Estimator, a: str, b: str, noun: str
) -> None:
    assert not estimator.estimate(f"{a} and {b} {noun} again").items


@QUICK
@given(st.sampled_from(["sam", "alex", "kim", "pat", "lee", "max"]), st.sampled_from(FOODS))
def test_a_lowercase_name_before_had_is_someone_else(name: str, food: str) -> None:
    assert own_clauses(f"{name} had some {food}") == ""


@pytest.mark.parametrize(
    ("text", "slices"),
    [
        ("fried egg on toast", 1.0),
        ("vegemite on toast", 1.0),
        ("nutella on toast", 1.0),
        ("half an avocado on toast", 1.0),
        ("2 eggs on toast", 2.0),  # a count of two keeps the bread's serving
        ("beans on toast", 2.0),  # so does a plural
        ("poached egg on 2 slices of toast", 2.0),  # the bread's own amount
    ],
)
def test_one_thing_on_toast_is_on_one_slice(estimator: Estimator, text: str, slices: float) -> None:
    est = estimator.estimate(text)
    toast = [i for i in est.items if "toast" in i.food.name]
    assert len(toast) == 1 and toast[0].unit == "slice" and toast[0].quantity == slices, est


def test_merged_pieces_keep_their_separators(estimator: Estimator) -> None:
    est = estimator.estimate("pumpkin seeds on my porridge, 1 tbsp")  # was an IndexError
    assert est.items, est


WORDS = st.sampled_from(
    ["seeds", "on", "my", "porridge", ",", "1 tbsp", "and", "with", "milk", "toast", "w/"]
)


@QUICK
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_splitting_never_fails(estimator: Estimator, words: list[str]) -> None:
    text = " ".join(words)
    items = split_items_with_separators(text, keep=estimator._keep)
    assert all(isinstance(item, str) and isinstance(sep, str) for item, sep in items)
