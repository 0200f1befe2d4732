"""Meal reading from the misses of meals_blind30-32 (issue 8), by mechanism: an amount after a negated part
or after what a dish is served with, "cup and a half", a weight in brackets after a count ("(~20g)", "(25g
each)"), "a big one", the user's part of a shared dish, a bracket that describes one food, a cup restating
a can, a dish heading before "+" or food-first amounts, chat around the food ("running late", "for the
road", "I made", "cooked in olive oil"), a stack of a count, "over 1 cup rice", slices of a spread on toast,
a heaped spoon and "grapefruit half"."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal import parse_item, split_items
from bot.domain.meal_restate import read_message
from tests.meal_helpers import ids


@pytest.mark.parametrize(
    ("text", "food_id", "quantity", "unit"),
    [
        ("greek salad, no olives, 2 cups", "greek_salad", 2.0, "cup"),  # the salad's cups, not the olives'
        ("white rice, cup and a half", "white_rice_cooked", 1.5, "cup"),
        ("almonds, 2 tbsp (~18g)", "almonds_raw", 18.0, "g"),  # the weight in brackets wins
        ("pretzels x3 packets (30g each)", "pretzels", 90.0, "g"),  # a weight of each counted packet
        ("3 bags of crisps, 25g each", "potato_chips", 75.0, "g"),
        ("blueberry muffin, a big one", "muffin_blueberry", 1.0, "large"),  # "one" is the muffin
        ("oatmeal cookie, the small one", "cookie_oatmeal", 1.0, "small"),
        ("tuna 1 can (drained ~ 1 cup)", "tuna_canned_water", 1.0, "cup"),  # a cup restates the can
        ("a can of lentils (drained, ~200g)", "lentils_cooked", 200.0, "g"),  # one bracket, one food
        ("kale cooked in olive oil, 1 cup", "kale_cooked", 1.0, "cup"),  # the oil is how it was cooked
        ("lentil soup I made, 2 cups", "soup_lentil", 2.0, "cup"),
        ("stack of 4 pancakes", "pancakes", 4.0, "piece"),
        ("1 cup lentils in my salad", "lentils_cooked", 1.0, "cup"),  # put in a dish said by its kind
        ("pumpkin seeds small bag (1 oz)", "pumpkin_seeds_roasted", 1.0, "oz"),  # the bag is no food
        ("grapefruit half", "grapefruit", 0.5, "medium"),
        ("dinner was chicken korma, 1 cup", "chicken_curry", 1.0, "cup"),
        ("2 hard boiled eggs, running late", "egg_boiled", 2.0, "piece"),
        ("orange juice box for the road", "orange_juice", 1.0, "packet"),
    ],
)
def test_one_food_read_with_its_amount(
    estimator: Estimator, text: str, food_id: str, quantity: float, unit: str
) -> None:
    est = estimator.estimate(text)
    assert [(i.food.id, i.quantity, i.unit) for i in est.items] == [(food_id, quantity, unit)]
    assert not est.ambiguous and not est.unmatched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "lentils 1 cup and 2 eggs",
            ["lentils_cooked", "egg_whole"],
        ),  # a count is no "bread and butter issue"
        ("porridge - 40g oats + 200ml milk", ["oats_dry", "milk_whole"]),  # the recipe after a dish heading
        (
            "bagel sandwich: egg 1 large, cheese 1 slice",
            ["egg_whole", "cheddar"],
        ),  # each food before its amount
        ("chicken stir fry over 1 cup white rice", ["chicken_vegetables", "white_rice_cooked"]),
        ("3 slices of marmite toast", ["yeast_extract", "toast_white"]),  # a spread on three toasts
        ("sprinkled 2 tbsp chia on my yoghurt", ["chia_seeds", "yogurt_plain_lowfat"]),
        ("oats made w milk, 1 cup", ["oats_dry", "milk_whole"]),  # the cup of what it is made with
    ],
)
def test_foods_read_apart(estimator: Estimator, text: str, expected: list[str]) -> None:
    est = estimator.estimate(text)
    assert ids(est) == expected and not est.ambiguous and not est.unmatched


def test_an_amount_after_what_a_dish_is_served_with_is_the_dishs(estimator: Estimator) -> None:
    est = estimator.estimate("leftover pad thai w chicken, 1.5 cups")
    assert [(i.food.id, i.quantity, i.unit) for i in est.items] == [("pad_thai", 1.5, "cup")]
    assert split_items("ramen w egg, large bowl") == ["ramen, large bowl", "egg"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("nachos, shared a plate (i had about half)", 0.5),
        ("nachos, shared an order but i ate most, like 3/4", 0.75),
        ("nachos, shared a platter, i had a third", 1 / 3),
    ],
)
def test_the_users_part_of_a_shared_dish(estimator: Estimator, text: str, share: float) -> None:
    whole = estimator.estimate("nachos").items[0]
    est = estimator.estimate(text)
    assert len(est.items) == 1 and not est.unmatched
    assert est.items[0].grams == pytest.approx(whole.grams * share)


def test_a_heaped_spoon_is_a_large_one() -> None:
    parsed = parse_item("2 heaped tsp of cocoa")
    assert (parsed.quantity, parsed.unit, parsed.size, parsed.food_text) == (2.0, "tsp", "large", "cocoa")


def test_a_bracket_listing_two_amounts_still_splits() -> None:
    assert split_items("sardines on toast (1 tin, 1 slice wholemeal)") == [
        "sardines",
        "toast (1 tin",
        "1 slice wholemeal",
    ]
    assert split_items("a can of chickpeas (drained, ~240g) and rice") == [
        "a can of chickpeas (drained, ~240g",  # the closing bracket is cut with the trailers
        "rice",
    ]


def test_half_and_half_is_not_half_a_food() -> None:
    assert parse_item("coffee with half and half").quantity is None


def test_a_dish_said_bare_then_with_its_recipe_is_the_recipe(estimator: Estimator) -> None:
    est = estimator.estimate("porridge, porridge made with 40g oats and 250ml milk")
    assert ids(est) == ["oats_dry", "milk_whole"]
    # with "and" a second porridge is another food (see estimate_repeats)
    assert (
        ids(estimator.estimate("a porridge and a porridge made with 40g oats and 250ml milk"))[0] == "oatmeal"
    )


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("half a can of chickpeas (400g can)", 200.0),  # the can's size times the part of it eaten
        ("2 cans of tuna (145g can)", 290.0),
        ("a tin of tuna (the 160g one)", 160.0),
    ],
)
def test_a_containers_size_in_brackets(estimator: Estimator, text: str, grams: float) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and est.items[0].grams == pytest.approx(grams)


def test_a_container_size_stays_in_its_sentence() -> None:
    parts, _ = read_message("beans on toast. half a tin of beans (415g tin)")
    assert parts == ["beans on toast. 207.5 g tin of beans"]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("a good plateful of pasta", "large"),
        ("a generous handful of almonds", "large"),
        ("good coffee", None),
    ],
)
def test_a_generous_amount_is_a_large_one_only_before_a_unit(text: str, size: str | None) -> None:
    assert parse_item(text).size == size


def test_a_pack_said_after_one_piece_counts_the_pieces(estimator: Estimator) -> None:
    est = estimator.estimate("ate a nature valley bar, the pack of 2")
    assert [(i.quantity, i.unit) for i in est.items] == [(2.0, "piece")] and not est.unmatched
