"""Meal reading, set 23 (issue 8): words of approximation and where the user sat (knowledge/meal_chatter.txt),
how food was left to stand, "one of those", a short word with a slipped double letter, a chicken piece at
KFC (knowledge/food_context.csv), a side served with a dish (knowledge/side_dishes.csv), fillings named
before their dish, and talk, travel and television that log nothing (knowledge/not_eating.txt)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal import parse_item
from tests.meal_helpers import ids


@pytest.mark.parametrize("text", ["bout 150g firm tofu", "’bout 150g firm tofu", "abt 150g firm tofu"])
def test_a_word_of_approximation_before_an_amount(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and not est.ambiguous
    assert (est.items[0].quantity, est.items[0].unit) == (150, "g")


@pytest.mark.parametrize(
    "text",
    [
        "30g salted pistachios in front of the telly",
        "30g salted pistachios on the sofa",
        "1/3 cup dry oats soaked in water overnight",
    ],
)
def test_where_it_was_eaten_and_how_it_stood_are_cut(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and not est.ambiguous and not est.unmatched


def test_one_of_those_is_a_count() -> None:
    item = parse_item("one of those mini boxes of raisins")
    assert (item.quantity, item.unit, item.size, item.food_text) == (1.0, "packet", "small", "raisins")
    assert parse_item("2 of these protein bars").food_text == "protein bars"
    assert parse_item("mini cheddars").food_text == "mini cheddars"  # a food's own name keeps "mini"


@pytest.mark.parametrize("text", ["2 scrambled egs", "scrambled egss x2"])
def test_a_slipped_double_letter_in_a_short_word(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and est.items[0].quantity == 2


def test_a_chicken_piece_at_kfc(estimator: Estimator) -> None:
    est = estimator.estimate("kfc - a drumstick and a breast")
    assert len(est.items) == 2 and not est.ambiguous
    assert ids(est)[1] == "fried_chicken"


def test_a_side_with_a_dish_is_its_own_food(estimator: Estimator) -> None:
    assert ids(estimator.estimate("shepherd's pie with peas")) == ["shepherds_pie", "peas_frozen"]
    assert len(estimator.estimate("cottage pie w carrots and peas").items) == 2
    assert len(estimator.estimate("porridge with milk").items) == 1  # what it is made with


def test_fillings_named_before_their_dish(estimator: Estimator) -> None:
    assert ids(estimator.estimate("ham and cheese toastie")) == ["ham_cheese_toastie"]  # a row of its own
    assert ids(estimator.estimate("tuna and cheese toastie")) == ["grilled_cheese"]
    assert len(estimator.estimate("coffee and cheese toastie").items) == 2  # a drink is no filling
    assert len(estimator.estimate("toast and cheese omelette").items) == 2


@pytest.mark.parametrize(
    "text",
    [
        "we drove through Cheddar Gorge at the weekend, stunning",
        "watching Bananas in Pyjamas with my niece",
        "Grandad's been on about prunes again, he swears by them",
    ],
)
def test_travel_television_and_talk_log_nothing(estimator: Estimator, text: str) -> None:
    assert not estimator.estimate(text).items


def test_a_show_watched_with_a_food_is_a_meal(estimator: Estimator) -> None:
    assert len(estimator.estimate("watching the footy with a pie").items) == 1


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("spag bol, a big bowl, 2 cups probs", 2, "cup"),
        ("chicken pad thai, maybe 2 cups worth", 2, "cup"),
        ("11pm cheeky mcnuggets 9 pack", 9, "piece"),
        ("schooner of pale ale (425ml)", 425, "ml"),
    ],
)
def test_amounts_said_with_chat_around_them(
    estimator: Estimator, text: str, quantity: float, unit: str
) -> None:
    parsed = [parse_item(t) for t in ("2 cups probs", "mcnuggets 9 pack")]
    assert parsed[0].food_text == "" and parsed[1].quantity == 9
    est = estimator.estimate(text)
    if est.items:
        assert (est.items[0].quantity, est.items[0].unit) == (quantity, unit)
    else:
        assert est.ambiguous[0].quantity == quantity  # the beer's row is the food table's matter


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("porridge made w milk, 1 cup, drizzle of honey", 3),
        ("mug of hot chocolate made w milk", 1),
        ("2 weetbix with milk b4 school run", 2),
        ("7am: porridge w banana. 10:30 flat white. lunch was a ham sarnie", 4),
        ("big mac meal, medium fries and a diet coke", 3),
        ("I had a cheeseburger and small fries at Hungry Jacks", 2),
        ("tea tonight was spag bol (1 cup) + garlic bread 2 slices", 2),
        ("flat white pls log it", 1),
    ],
)
def test_lines_read_item_by_item(estimator: Estimator, text: str, count: int) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == count and not est.ambiguous and not est.unmatched


def test_which_kind_said_after_the_food(estimator: Estimator) -> None:
    assert len(estimator.estimate("had a pasty for lunch (steak one)").items) == 1
    assert ids(estimator.estimate("a curry, the chicken one")) == ["chicken_curry"]


def test_an_amount_after_sharing_is_the_users_own(estimator: Estimator) -> None:
    est = estimator.estimate(
        "egg fried rice and sweet n sour chicken, shared with hubby so about a cup of each"
    )
    assert [(i.quantity, i.unit) for i in est.items] == [(1, "cup"), (1, "cup")]
