"""Food table and meal reading, round 30 (issue 8): rows, aliases, counts and cup sizes from FNDDS/SR28."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


@pytest.mark.parametrize(
    ("text", "food_id", "grams"),
    [
        ("6 pierogies", "pierogi", 228.0),  # FNDDS "1 pierogi, any size" of the potato/cheese dumpling
        ("perogies", "pierogi", 114.0),  # no amount: three
        ("a whopper jr", "whopper_jr", 135.0),  # FNDDS's own Whopper Jr, not the Whopper
        ("ham pot pie slice", "pot_pie_ham", 105.0),  # FNDDS "1 piece (1/6 of pie)"
        ("tourtiere slice", "meat_pie", 119.0),  # a French-Canadian meat pie, by the slice
        ("mocha frap", "frappuccino", 372.0),
        ("iced capp large", "frappuccino", 620.0),  # a blended frozen coffee, FNDDS's large
        ("2 slices meat lovers pizza", "pizza_supreme", 272.0),
        ("12 shrimp", "shrimp", 60.0),  # a counted shrimp is FNDDS's medium shrimp (5 g), not 12 servings
        ("3 large shrimp", "shrimp", 18.0),
        ("8 fried shrimp", "shrimp_fried", 136.0),  # FNDDS "1 fried shrimp, NFS", 17 g
        ("a venti latte", "latte", 600.0),  # venti is the 20 fl oz cup, FNDDS's large
        ("venti iced coffee black", "iced_coffee", 600.0),
    ],
)
def test_rows_and_portions(estimator: Estimator, text: str, food_id: str, grams: float) -> None:
    (item,) = estimator.estimate(text).items
    assert (item.food.id, item.grams) == (food_id, pytest.approx(grams))


def test_size_word_with_size_after_it_still_reads() -> None:
    from bot.domain.meal import parse_item

    item = parse_item("a medium-sized apple")
    assert (item.quantity, item.unit, item.food_text) == (1.0, "medium", "apple")


def test_medium_sized_with_a_space_still_reads() -> None:
    from bot.domain.meal import parse_item

    item = parse_item("2 medium sized bananas")
    assert (item.quantity, item.unit, item.food_text) == (2.0, "medium", "bananas")


@pytest.mark.parametrize(
    ("text", "food_id", "quantity"),
    [
        ("a litre of 2% milk over the day", "milk_2", 1.0),
        ("2 cups of coffee throughout the day", "coffee", 2.0),
    ],
)
def test_over_the_day_is_no_food(estimator: Estimator, text: str, food_id: str, quantity: float) -> None:
    est = estimator.estimate(text)
    (item,) = est.items
    assert (item.food.id, item.quantity, est.unmatched, est.ambiguous) == (food_id, quantity, (), ())
