"""Meal reading, round 12 (issue 8): lists written without commas, each item led by its count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.estimate import Estimator
from bot.domain.meal_clauses import split_counted_list


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("3 eggs 2 toast 1 coffee", "3 eggs, 2 toast, 1 coffee"),
        ("2 eggs 2 sausages 2 bacon", "2 eggs, 2 sausages, 2 bacon"),
        ("200g chicken 100g rice", "200g chicken, 100g rice"),
        ("1 bagel with 2 tbsp cream cheese", "1 bagel with 2 tbsp cream cheese"),
        ("2 slices toast w 2 tbsp hummus", "2 slices toast w 2 tbsp hummus"),
        ("1 cup milk 2%", "1 cup milk 2%"),
        ("kale salad 2 cups raw", "kale salad 2 cups raw"),  # no count first: an amount after its food
        ("eggs at 7 am", "eggs at 7 am"),
    ],
)
def test_split_counted_list(line: str, split: str) -> None:
    assert split_counted_list(line) == split


@given(st.text(max_size=60))
def test_split_counted_list_only_adds_commas(line: str) -> None:
    assert split_counted_list(line).replace(",", "") == line.replace(",", "")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3 eggs 2 toast 1 coffee", 3),
        ("4 pancakes 2 sausages", 2),
        ("2 slices pizza 1 can coke", 2),
        ("200g chicken 100g rice", 2),
    ],
)
def test_counted_list_logs_each_item(estimator: Estimator, text: str, count: int) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == count and not est.ambiguous


def test_amount_after_a_counted_food_still_refines_it(estimator: Estimator) -> None:
    est = estimator.estimate("2 chicken thighs 6 oz")
    assert len(est.items) == 1 and est.items[0].unit == "oz"
