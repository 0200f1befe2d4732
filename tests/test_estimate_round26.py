"""Meal reading, round 26 (issue 8, set 26's misses): the container size is the amount ("a red bull 8.4oz
can", "2 beers (12oz cans)"), a weight in brackets restates the amount, brackets that name no food are an
aside, "no wait it was …" and "2 eggs, no wait 3" correct the item before; new FNDDS rows (frappe, Boost,
SlimFast, PowerBar, chicken biscuit, chicken caesar wrap, iced tea by drink size) and container portions."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal_restate import restate_amounts
from tests.meal_helpers import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("had a red bull 8.4oz can", "had 8.4 oz red bull"),
        ("orange juice, 12 oz bottle", "12 oz orange juice"),
        ("2 beers (12oz cans) watching the game", "24 oz beers watching the game"),
        ("slimfast shake for lunch (11oz can)", "11 oz slimfast shake for lunch"),
        ("2 tbsp chia (~24g) in 1 cup almond milk", "24 g chia in 1 cup almond milk"),
        ("a pint of lager (proper UK pint, 568ml)", "568 ml lager"),
        ("servo meat pie (AU)", "servo meat pie"),
        ("2 slices pepperoni pizza (large pie)", "2 slices pepperoni pizza"),
        ("nature valley crunchy bar (the 2-bar pouch)", "2 nature valley crunchy bar"),
    ],
)
def test_amounts_said_beside_the_food_are_restated(text: str, expected: str) -> None:
    assert restate_amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "chicken with rice and a 330ml can of coke",  # the can comes before its food: read as said
        "3 eggs (large)",  # a size of the food itself is kept
        "spag bol (pasta w meat sauce)",
        "a banana",
    ],
)
def test_other_brackets_and_containers_are_left_alone(text: str) -> None:
    assert restate_amounts(text) == text


def test_the_container_size_is_the_amount(estimator: Estimator) -> None:
    est = estimator.estimate("had a red bull 8.4oz can")
    assert ids(est) == ["energy_drink"] and est.items[0].grams == pytest.approx(8.4 * 28.3495, rel=0.01)
    two = estimator.estimate("2 beers (12oz cans) watching the game")
    assert ids(two) == ["beer"] and two.items[0].grams == pytest.approx(24 * 28.3495, rel=0.01)
    juice = estimator.estimate("orange juice, 12 oz bottle")
    assert ids(juice) == ["orange_juice"] and not juice.ambiguous


def test_a_pint_restated_in_ml_is_that_volume(estimator: Estimator) -> None:
    est = estimator.estimate("a pint of lager down the pub (proper UK pint, 568ml)", region="US")
    assert ids(est) == ["beer"] and est.items[0].grams == pytest.approx(568, rel=0.02)


def test_an_aside_in_brackets_names_no_food(estimator: Estimator) -> None:
    assert ids(estimator.estimate("2 slices pepperoni pizza (large pie)")) == ["pizza_pepperoni"]
    bars = estimator.estimate("nature valley crunchy bar (the 2-bar pouch)")
    assert ids(bars) == ["granola_bar_hard"] and bars.items[0].quantity == 2


def test_no_wait_it_was_replaces_the_item_before(estimator: Estimator) -> None:
    est = estimator.estimate("a can of monster... no wait it was a 12oz red bull")
    assert ids(est) == ["energy_drink"]


def test_a_count_alone_recounts_the_item_before(estimator: Estimator) -> None:
    est = estimator.estimate("2 eggs, no wait 3")
    assert ids(est) == ["egg_whole"] and est.items[0].quantity == 3


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("large frappe from mcdonalds with whip", "frappe"),
        ("boost protein drink, 1 bottle", "boost_drink"),
        ("powerbar", "powerbar"),
        ("chik fil a chicken biscuit", "chicken_biscuit"),
        ("chicken caesar wrap", "chicken_caesar_wrap"),
        ("large unsweet iced tea", "iced_tea_unsweetened"),
        ("hot dog on a bun", "hot_dog_fndds"),
        ("small bag of lays", "potato_chips"),
        ("pack of maruchan ramen", "soup_ramen_dry"),
    ],
)
def test_drinks_and_dishes_as_named(estimator: Estimator, text: str, food: str) -> None:
    assert ids(estimator.estimate(text))[:1] == [food]


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("can of coconut water", 360),  # FNDDS's can
        ("small bag of peanut m&ms", 54),  # SR28's singles bag
        ("applesauce pouch", 90),  # FNDDS's pouch
        ("frosted mini wheats 1 cup", 53),  # FNDDS's cup
        ("large sweet tea", 744),  # FNDDS's large drink
        ("oatmeal raisin cookie, large", 45),  # FNDDS's large cookie
    ],
)
def test_container_and_size_portions(estimator: Estimator, text: str, grams: float) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and est.items[0].grams == pytest.approx(grams, rel=0.02)


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("fun size snickers x3", "snickers", 45),  # three fun-size bars (SR28's 15 g bar)
        ("a medium fry", "french_fries", 117),  # an order of fries
        ("6 pc salmon roll", "sushi_salmon", 180),  # six pieces, not six rolls
        ("10 piece nuggets", "chicken_nuggets", 160),
    ],
)
def test_words_said_the_way_a_menu_says_them(
    estimator: Estimator, text: str, food: str, grams: float
) -> None:
    est = estimator.estimate(text)
    assert ids(est) == [food] and est.items[0].grams == pytest.approx(grams, rel=0.02)


def test_boxed_mac_and_cheese_by_its_context(estimator: Estimator) -> None:
    assert ids(estimator.estimate("1 cup mac n cheese from the box")) == ["mac_cheese_boxed"]
    assert ids(estimator.estimate("mac and cheese")) == ["mac_and_cheese"]


def test_a_sandwich_on_its_bun_is_counted_once(estimator: Estimator) -> None:
    assert ids(estimator.estimate("ham n cheese sandwhich on a bun w lettuce")) == ["ham_cheese_sandwich"]


def test_two_weighed_foods_one_put_in_the_other_are_both_eaten(estimator: Estimator) -> None:
    est = estimator.estimate("chia pudding: 2 tbsp chia (~24g) in 1 cup almond milk")
    assert ids(est) == ["chia_seeds", "almond_milk"] and est.items[0].grams == pytest.approx(24)


def test_a_burrito_with_meat_and_beans_is_one_burrito(estimator: Estimator) -> None:
    est = estimator.estimate("big burrito w meat and beans, basically a chipotle size one")
    assert ids(est) == ["burrito_chain_large"] and not est.ambiguous


def test_a_size_said_in_an_aside_sizes_the_counted_food(estimator: Estimator) -> None:
    assert restate_amounts("grabbed a blueberry muffin (the big coffee shop kind)") == (
        "grabbed a large blueberry muffin"
    )
    est = estimator.estimate("grabbed a blueberry muffin (the big coffee shop kind)")
    assert ids(est) == ["muffin_blueberry"] and est.items[0].unit == "large"


def test_a_crust_said_after_a_comma_is_the_pizza_s_crust(estimator: Estimator) -> None:
    assert ids(estimator.estimate("slice of cheese pizza, thin crust")) == ["pizza_thin"]


def test_multigrain_toast_is_fndds_toasted_multigrain(estimator: Estimator) -> None:
    est = estimator.estimate("2 slices multigrain toast")
    assert ids(est) == ["toast_multigrain"] and est.items[0].food.ndb == "51601010"
    assert est.items[0].grams == pytest.approx(66)


def test_a_juice_box_is_its_packet(estimator: Estimator) -> None:
    est = estimator.estimate("a juice box of apple juice")
    assert ids(est) == ["apple_juice"] and est.items[0].grams == pytest.approx(209)


def test_a_pint_said_with_its_country_is_that_pint_anywhere(estimator: Estimator) -> None:
    uk = estimator.estimate("a proper uk pint of lager", region="US")
    assert ids(uk) == ["beer"] and uk.items[0].grams == pytest.approx(568, rel=0.01)
    us = estimator.estimate("2 US pints of beer", region="UK")
    assert ids(us) == ["beer"] and us.items[0].grams == pytest.approx(946, rel=0.01)
    plain = estimator.estimate("a pint of lager", region="UK")
    assert plain.items[0].grams == pytest.approx(568, rel=0.01)


def test_what_it_was_eaten_with_is_no_food(estimator: Estimator) -> None:
    assert restate_amounts("a whole avocado with a spoon") == "a whole avocado"
    est = estimator.estimate("just had me a big ol bowl of grits")
    assert ids(est) == ["grits_cooked"] and not est.ambiguous
