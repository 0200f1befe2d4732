"""Meal reading tuned on meals_blind27 (issue 8): FNDDS rows for dishes people log by name (dosa, sambar,
paratha, biryanis, fish curry, tteokbokki, congee, rice paper rolls, ...), a label before the meal ("date
night:", "lunch at the canteen -", "soup & sandwich:", "tea was ..."), how a side was served ("on the
side", "stirred into hot water") and "slices of white"."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from tests.meal_helpers import ids


@pytest.mark.parametrize(
    ("text", "food_id", "grams"),
    [
        ("masala dosa", "dosa_masala", 267),  # FNDDS "Quantity not specified"
        ("2 plain dosas (medium)", "dosa", 160),
        ("1 cup sambar", "sambar", 248),
        ("1 paratha", "paratha", 70),
        ("a couple of chapatis", "chapati", 80),  # FNDDS medium chapati, 40 g
        ("1 cup veg biryani", "biryani_veg", 172),
        ("lamb biryani, 2 cups", "biryani_meat", 392),
        ("2 vada", "vada", 58),
        ("kimchi", "kimchi", 30),
        ("tteokbokki, 1 cup", "tteokbokki", 250),
        ("2 rice paper rolls", "rice_paper_roll", 142),
        ("vegetable tempura, 5 pieces", "tempura_veg", 35),
        ("kung pao prawns 1 cup", "kung_pao_shrimp", 162),
        ("2 churros", "churros", 90),
        ("palak paneer, 1 cup", "palak_paneer", 200),
        ("fish curry 1 cup", "fish_curry", 240),
        ("2 tamales de puerco, medium", "tamale_meat", 256),
        ("chilaquiles con huevo, 1 cup", "chilaquiles", 232),
        ("1/2 cup frozen peas, cooked", "peas_frozen", 80),
        ("2 tamales", "tamale_meat", 256),  # FNDDS's tamale with meat, what NHANES records for "a tamale"
        ("4 pakoras", "pakora", 48),  # FNDDS "1 pakora" = 12 g
    ],
)
def test_dishes_as_people_name_them(estimator: Estimator, text: str, food_id: str, grams: float) -> None:
    est = estimator.estimate(text)
    assert ids(est) == [food_id]
    assert est.items[0].grams == pytest.approx(grams, rel=0.02)


def test_a_dish_with_its_own_ingredients_counts_once(estimator: Estimator) -> None:
    assert ids(estimator.estimate("a bowl of congee with pork and veg")) == ["congee_meat"]
    assert ids(estimator.estimate("fish curry with rice, 2 cups")) == ["fish_curry_rice"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date night: steak (6 oz cooked), medium baked potato, cup of green peas, glass of red",
            ["beef_sirloin", "potato_baked", "peas_frozen", "wine_red"],
        ),
        ("lunch at the canteen - lasagne (1 cup) and a caesar salad", ["lasagna_fndds", "caesar_salad"]),
        ("soup & sandwich: 1 cup split pea soup + cheese toastie", ["soup_split_pea", "grilled_cheese"]),
        ("tea was a jacket potato with a cup of baked beans", ["potato_baked", "baked_beans"]),
        ("some cooked spinach on the side", ["spinach_cooked"]),
        ("1 tbsp unsweetened cocoa powder stirred into hot water", ["cocoa_powder"]),
        ("4 fish fingers on 2 slices of white", ["fish_sticks", "bread_white"]),
    ],
)
def test_labels_and_asides_around_a_meal(estimator: Estimator, text: str, expected: list[str]) -> None:
    est = estimator.estimate(text)
    assert ids(est) == expected, est


@pytest.mark.parametrize("text", ["date night", "date night with hubby", "tea was strong"])
def test_a_label_alone_logs_nothing(estimator: Estimator, text: str) -> None:
    assert not estimator.estimate(text).items


def test_fish_and_chips_as_a_label_keeps_its_food(estimator: Estimator) -> None:
    assert ids(estimator.estimate("fish & chips: large")) == ["fish_battered", "chips_uk"]
