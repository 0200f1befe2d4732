"""Whose meal a clause reports, take-backs inside one message, and time clauses (issue 8, round 6)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal_clauses import own_clauses, read_takebacks
from bot.domain.routing import Route, classify
from tests.meal_helpers import ids


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("my husband had steak and I had salmon", "I had salmon"),
        ("He had a burger, I had the fish", "I had the fish"),
        ("I had salmon and my husband had steak", "I had salmon"),
        ("friend ordered nachos, I only had a glass of red wine", "I only had a glass of red wine"),
        ("Tom had pizza and I had a salad", "I had a salad"),
        ("mum made chili, I had a bowl of it", "I had a bowl of chili"),
        ("my wife and I had pizza", "my wife and I had pizza"),
        ("I had eggs and also had toast", "I had eggs and also had toast"),
        ("Tom had pizza", ""),
        ("I had a salad, my wife the pasta", "I had a salad"),
    ],
)
def test_own_clauses(line: str, kept: str) -> None:
    assert own_clauses(line) == kept


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("my husband had steak and I had salmon", ["salmon_farmed"]),
        ("the kids had pizza, I just had 1 cup of black beans", ["black_beans_cooked"]),
        ("a big bowl of beef pho and a thai iced tea... ok just the pho actually, skipped the tea.", ["pho"]),
        ("salad with 2 cups romaine and 1 oz feta... forget the feta, didnt eat it", ["lettuce_romaine"]),
        ("lunch was a turkey... no a tuna sandwich plus an orange", ["tuna_sandwich", "orange"]),
        ("a coffee and a muffin... actually no, just water", ["coffee", "water_tap"]),
        ("When I got home I had a bowl of pasta", ["pasta_cooked"]),
    ],
)
def test_clauses_and_take_backs(estimator: Estimator, message: str, expected: list[str]) -> None:
    assert ids(estimator.estimate(message)) == expected


@pytest.mark.parametrize(
    "message",
    ["eggs, no toast", "a burger, no bun, and fries", "coffee, no sugar. a banana", "2 eggs and toast"],
)
def test_negations_are_not_take_backs(message: str) -> None:
    parts, backs = read_takebacks(message)
    assert parts == [message] and backs == [None]


@pytest.mark.parametrize(
    "message",
    [
        "my husband had steak",
        "when i ate spinach i felt sick",
        "I want pizza tonight",
        "the cat had tuna",  # an animal after a determiner is someone else too
        "my dog ate my sandwich",
        "ho mangiato la pasta",  # another language: no English filler around its one food-looking word
    ],
)
def test_nothing_of_mine_logs_nothing(estimator: Estimator, message: str) -> None:
    assert estimator.estimate(message).items == ()


def test_a_time_clause_is_a_meal_not_a_question() -> None:
    assert classify("When I got home I had a bowl of pasta") == Route.MEAL
    assert classify("when should I take magnesium") == Route.QUESTION


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("pancakes, 3 of them", [("pancakes", 3.0)]),
        ("a big mac type burger from mcdonalds", [("big_mac", 1.0)]),
        ("a fish (cod), 5 oz", [("cod", 5.0)]),
        ("2 hours ago I ate 1 oz dark chocolate (70-85%)", [("dark_chocolate_70", 1.0)]),
        ("tuesday dinner was 3 oz mackerel", [("mackerel", 3.0)]),
        ("morning snack was a kiwi", [("kiwi", 1.0)]),
        ("dinner 200g chicken breast", [("chicken_breast_roasted", 200.0)]),
    ],
)
def test_amounts_and_names_said_another_way(estimator: Estimator, message: str, expected) -> None:
    est = estimator.estimate(message)
    assert [(item.food.id, item.quantity) for item in est.items] == expected


def test_a_recipe_made_with_measured_ingredients_is_the_ingredients(estimator: Estimator) -> None:
    est = estimator.estimate("dal made with 1 cup cooked lentils and half a cup of cooked spinach")
    assert ids(est) == ["lentils_cooked", "spinach_cooked"]
    assert ids(estimator.estimate("a hot chocolate made w/ whole milk")) == ["hot_chocolate"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("my sister made banana bread and I had 2 slices", "I had 2 slices of banana bread"),
        ("mum made chili, I had some", "I had some of chili"),
    ],
)
def test_an_amount_of_their_food(message: str, expected: str) -> None:
    assert own_clauses(message) == expected


def test_a_sentence_that_is_not_a_meal_does_not_silence_the_rest(estimator: Estimator) -> None:
    assert ids(estimator.estimate("didn't eat breakfast. had a coffee")) == ["coffee"]
    assert ids(estimator.estimate("Friday I had fish and chips")) == ["fish_battered", "chips_uk"]
    assert estimator.estimate("Salmon tonight, can't wait!").items == ()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("pasta. wait, also a coffee", ["pasta_cooked", "coffee"]),
        ("toast, sorry, and a coffee", ["toast_white", "coffee"]),
        ("2 eggs. no wait, 3 eggs", ["egg_whole"]),
        ("a sandwich, no a wrap", ["wrap_generic"]),
    ],
)
def test_filler_is_not_a_take_back(estimator: Estimator, message: str, expected: list[str]) -> None:
    assert ids(estimator.estimate(message)) == expected


@pytest.mark.parametrize(
    "message",
    [
        "when I was pregnant I ate loads of spinach",
        "I'm having steak later",
        "we're having fish tonight",
        "my friend had a burger and I had a bite",
    ],
)
def test_times_of_life_plans_and_bites_log_nothing(estimator: Estimator, message: str) -> None:
    assert estimator.estimate(message).items == ()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Around 3pm I had a banana", [("banana", 1.0)]),
        ("Snacked on 10 cashews", [("cashews_dry_roasted", 10.0)]),
        ("My breakfast today was porridge", [("oatmeal", 1.0)]),
        ("Had a quick bite: a cheese sandwich", [("cheese_sandwich", 1.0)]),
    ],
)
def test_clock_times_counts_of_nuts_and_meal_labels(estimator: Estimator, message: str, expected) -> None:
    est = estimator.estimate(message)
    assert [(item.food.id, item.quantity) for item in est.items] == expected


def test_a_count_of_a_food_with_no_piece_weight_is_not_that_many_servings(estimator: Estimator) -> None:
    assert estimator.estimate("20 blueberries").items == ()


def test_not_x_but_y_stays_a_negation(estimator: Estimator) -> None:
    est = estimator.estimate("eggs on toast, not the brown bread, the white")
    assert ids(est) == ["egg_whole", "toast_white"]
    assert ids(estimator.estimate("Had a banana instead")) == ["banana"]


@pytest.mark.parametrize(
    "message", ["Porridge made with oat milk", "Pasta cooked with garlic", "Smoothie made with 1 banana"]
)
def test_a_capitalised_food_is_no_one_elses_meal(estimator: Estimator, message: str) -> None:
    assert estimator.estimate(message).items != ()
