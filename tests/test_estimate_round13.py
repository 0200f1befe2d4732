"""Meal reading, round 13 (issue 8): foods listed with no separators at all ("yogurt banana coffee")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.estimate import Estimator
from bot.domain.estimate_list import food_list


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("yogurt banana coffee", 3),
        ("banana apple", 2),
        ("lunch was rice beans chicken", 2),  # "rice beans": the table's rice and beans
        ("fruit salad: apple banana orange", 3),  # the dish told by its parts: the parts, not both
        ("breakfast: eggs toast coffee", 3),
        ("had apple banana", 2),
    ],
)
def test_bare_list_logs_each_food(estimator: Estimator, text: str, count: int) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == count, est
    assert not est.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "ok cool",
        "tea break",  # "break" is no typo of bread in a list
        "ham toastie",  # a filling and its dish
        "banana ok whatever",
        "apple watch banana",
    ],
)
def test_not_a_bare_list(estimator: Estimator, text: str) -> None:
    assert food_list(estimator.matcher, text) is None


def test_list_of_one_is_no_list(estimator: Estimator) -> None:
    assert food_list(estimator.matcher, "banana") is None


@settings(max_examples=60)
@given(st.text(max_size=40))
def test_food_list_names_only_words_said(estimator: Estimator, text: str) -> None:
    names = food_list(estimator.matcher, text)
    if names is not None:
        assert 2 <= len(names) <= 6
        said = text.lower()
        assert all(word in said for name in names for word in name.split())


@pytest.mark.parametrize(
    ("text", "unit", "size"),
    [
        ("pretzels small bag", "packet", None),
        ("sweet potato medium baked", "medium", None),
        ("tomato soup can", "can", None),
        ("latte large", "large", None),
    ],
)
def test_amount_said_after_the_food(estimator: Estimator, text: str, unit: str, size: str | None) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and not est.ambiguous, est
    assert est.items[0].unit == unit


def test_container_the_food_has_no_weight_for_is_read_as_before(estimator: Estimator) -> None:
    # "tub" is no portion of the table's raw almonds: the amount is not guessed from it
    before = estimator.estimate("raw almonds")
    after = estimator.estimate("raw almonds tub")
    assert [i.grams for i in after.items] == [i.grams for i in before.items]
