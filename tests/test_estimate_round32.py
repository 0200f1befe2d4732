"""Meal reading from sets 30-32 (issue 8): a food's short name said with its kind word ("pb&j sandwich"), a
sub said by its length ("turkey sub 6 inch", "12 inch blt"), an item bought for someone else ("a babycino
for the kid", "got the kids nuggets") not counted, and a correction that starts with the usual size ("nah
regular 3 egg omelette")."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.matcher_kinds import kind_named_labels
from bot.domain.meal_clauses import for_someone_else, without_bought_for_other
from bot.domain.meal_units import length_as_size
from tests.meal_helpers import ids


def test_kind_word_labels() -> None:
    labels = kind_named_labels("peanut butter and jelly sandwich", ["pb&j", "pbj sandwich"], str.split)
    assert labels == [("pb&j", "sandwich")]
    assert kind_named_labels("blt", ["bacon sandwich"], str.split) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("turkey sub 6 inch", "turkey sub regular"),
        ("12 inch blt", "footlong blt"),
        ("a 12-inch meatball sub", "a footlong meatball sub"),
        ("six inch veggie sub", "regular veggie sub"),
        ("regular 3 egg omelette", "3 egg omelette"),
        ("a regular coffee", "a regular coffee"),
    ],
)
def test_length_as_size(text: str, said: str) -> None:
    assert length_as_size(text) == said


@pytest.mark.parametrize(
    ("item", "theirs"),
    [
        ("a babycino for the kid", True),
        ("a juice box for my son", True),
        ("got the kids nuggets", True),
        ("a smoothie for me", False),
        ("got my coffee", False),
        ("a salad for lunch", False),
        ("cooked pasta for the kids", False),  # the cook eats it too
    ],
)
def test_for_someone_else(item: str, theirs: bool) -> None:
    assert for_someone_else(item) is theirs


def test_without_bought_for_other() -> None:
    assert without_bought_for_other("got the kids nuggets and had a salad") == "had a salad"
    assert without_bought_for_other("got a salad and nuggets") == "got a salad and nuggets"


@pytest.mark.parametrize(
    ("text", "food_ids"),
    [
        ("pb&j sandwich", ["pbj"]),
        ("pb & j sandwich", ["pbj"]),
        ("turkey sub 6 inch w cheese", ["sub_turkey_cheese"]),
        ("a flat white and a babycino for the kid", ["flat_white"]),
        ("got the kids nuggets and had a caesar salad", ["caesar_salad"]),
    ],
)
def test_reads(estimator: Estimator, text: str, food_ids: list[str]) -> None:
    assert ids(estimator.estimate(text)) == food_ids


def test_twelve_inch_sub_is_the_footlong(estimator: Estimator) -> None:
    item = estimator.estimate("12 inch blt").items[0]
    assert item.food.id == "blt"
    assert item.grams == pytest.approx(296)


def test_correction_with_the_usual_size(estimator: Estimator) -> None:
    estimate = estimator.estimate("egg white omelette? nah regular 3 egg omelette with cheddar")
    assert ids(estimate) == ["omelette"]
    assert estimate.items[0].quantity == 3
