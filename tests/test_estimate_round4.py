"""Issue 8, fourth round: the general causes behind the misses of the third scored meal set (meals_blind6.json).
Pure domain tests over the real food table (only ids and counts are asserted, values come from the table)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator, is_not_eaten
from tests.meal_helpers import ids

# ---- a place inside a line only says where; the items after it still count --------------------------------


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("Breakfast burrito from the food truck and a medium iced latte", 2),
        ("had a cup of edamame at the sushi place and then 6 pieces of salmon roll", 2),
        ("a bacon roll from the cafe, then a flat white", 2),
        ("a burger at the burger joint and a milkshake", 2),
    ],
)
def test_a_place_mid_line_is_a_separator(estimator: Estimator, message: str, count: int) -> None:
    est = estimator.estimate(message)
    assert len(est.items) == count and not est.ambiguous, est


def test_a_place_at_the_end_is_still_cut(estimator: Estimator) -> None:
    est = estimator.estimate("a burrito from the food truck")
    assert len(est.items) == 1 and not est.unmatched, est


# ---- "fancy a ..." opening a message is a wish --------------------------------------------------------------


@pytest.mark.parametrize("message", ["fancy a curry tonight", "fancy some chips later"])
def test_fancy_a_is_a_wish(message: str) -> None:
    assert is_not_eaten(message)


def test_a_fancy_dish_is_eaten(estimator: Estimator) -> None:
    assert not is_not_eaten("had a fancy salad")


# ---- a dish named by a food, then that same food measured right after it, is counted once -------------------


@pytest.mark.parametrize(
    "message",
    [
        "overnight oats made with 1/2 cup dry oats",
        "overnight oats with 1/2 cup oats",
    ],
)
def test_same_food_restated_with_amount_is_one(estimator: Estimator, message: str) -> None:
    est = estimator.estimate(message)
    assert len(ids(est)) == 1, est
    assert est.items[0].quantity == 0.5


# ---- when or where said before "I had" is context; "served over" joins the next food ------------------------


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("After the gym I had a cup of cottage cheese", 1),
        ("after my run I had a banana", 1),
        ("Post-workout I had a protein shake and a banana", 2),
        ("tofu and broccoli, served over half a cup of brown rice", 3),
    ],
)
def test_context_before_the_eater_is_dropped(estimator: Estimator, message: str, count: int) -> None:
    est = estimator.estimate(message)
    assert len(est.items) == count and not est.ambiguous and not est.unmatched, est


# ---- a dish the user made, named before its ingredients with amounts, gives way to them ----------------------


def test_made_a_dish_with_measured_ingredients(estimator: Estimator) -> None:
    est = estimator.estimate("Made a quick stir fry with 100g firm tofu and a cup of broccoli")
    assert len(est.items) == 2 and not est.unmatched and not est.ambiguous, est


def test_a_dish_with_an_ingredient_not_made_keeps_the_dish_asked(estimator: Estimator) -> None:
    est = estimator.estimate("a salad with 2 boiled eggs")
    assert len(est.items) == 1 and est.ambiguous, est


# ---- a dish named, then a colon or dash and its measured ingredients: the ingredients win -------------------


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("a homemade burrito bowl: 1 cup brown rice, half cup black beans and 2 tbsp salsa", 3),
        ("PB banana toast - 1 slice whole wheat toast, 1 tbsp peanut butter and half a banana", 3),
        ("a spinach salad - 2 cups raw spinach, an ounce of feta", 2),
    ],
)
def test_dish_label_before_measured_ingredients(estimator: Estimator, message: str, count: int) -> None:
    est = estimator.estimate(message)
    assert len(est.items) == count and not est.ambiguous and not est.unmatched, est


def test_a_spinach_salad_label_keeps_the_two_cups(estimator: Estimator) -> None:
    est = estimator.estimate("a spinach salad - 2 cups raw spinach, an ounce of feta")
    assert est.items[0].quantity == 2


def test_a_food_labelling_its_own_amount_is_kept(estimator: Estimator) -> None:
    est = estimator.estimate("spinach: 2 cups, and a banana")
    assert len(est.items) == 2 and not est.unmatched, est


# ---- curation: dishes and drinks from FNDDS with "Quantity not specified" ---------------------------------


@pytest.mark.parametrize(
    ("message", "food_id", "source"),
    [
        ("iced coffee", "iced_coffee", "FNDDS"),  # brewed coffee over ice, not a bottled latte
        ("nachos with cheese", "nachos", "FNDDS"),
        ("beef stir fry", "stir_fry_beef", "FNDDS"),
        ("a KIND bar", "kind_bar", "FNDDS"),  # "kind" is a stop word elsewhere; the brand bar still matches
        ("an 8 oz sirloin", "beef_sirloin", "SR28"),
    ],
)
def test_curated_rows(estimator: Estimator, message: str, food_id: str, source: str) -> None:
    est = estimator.estimate(message)
    assert ids(est) == [food_id] and est.items[0].food.source == source, est


# ---- a clock time at the end of an item says when ------------------------------------------------------------


@pytest.mark.parametrize("message", ["a KIND bar around 3", "a banana at 11am", "2 eggs at 7:30"])
def test_clock_time_trailer(estimator: Estimator, message: str) -> None:
    est = estimator.estimate(message)
    assert len(est.items) == 1 and not est.ambiguous and not est.unmatched, est


@pytest.mark.parametrize(
    "message", ["a cup of edamame at the sushi bar", "a burger at the burger van", "a tuna melt at the diner"]
)
def test_a_place_at_the_end_with_its_kind_is_cut(estimator: Estimator, message: str) -> None:
    est = estimator.estimate(message)
    assert est.items and not est.unmatched, est
    assert all("at the" not in item.text for item in est.ambiguous), est
