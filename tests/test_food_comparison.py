"""Food-amount questions that compare foods, or carry context after their question mark (pure domain and text)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import default_estimator
from bot.domain.food_lookup import asked_items, compared_items, first_question
from bot.texts.messages import food_comparison_reply, food_facts_reply
from bot.usecases.results import FoodComparison, FoodFacts


def names(text: str) -> list[str]:
    return [item.food.name for item in asked_items(default_estimator(), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "how much magnesium in 1 oz pumpkin seeds vs 1 oz almonds? trying to pick a snack",
            ["pumpkin", "almonds"],
        ),
        ("which has more magnesium, a handful of almonds or a banana", ["almonds", "banana"]),
        ("avocado or banana for magnesium", ["avocado", "banana"]),
        ("magnesium in almonds versus cashews versus peanuts", ["almonds", "cashews", "peanuts"]),
        ("how much magnesium is in tofu compared to tempeh?", ["tofu", "tempeh"]),
    ],
)
def test_compared_foods_are_each_looked_up(text: str, expected: list[str]) -> None:
    found = names(text)
    assert len(found) == len(expected)
    assert all(word in name for word, name in zip(expected, found, strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "magnesium citrate or glycinate",
        "is oxide or citrate better",
        "calcium or magnesium for cramps",
        "is it ok to take magnesium with coffee or tea",
        "spinach or kale for calcium",  # names no magnesium: the knowledge base answers
    ],
)
def test_not_a_comparison_of_foods(text: str) -> None:
    assert compared_items(default_estimator(), text) == []


def test_an_amount_stated_once_is_each_sides() -> None:
    items = asked_items(default_estimator(), "how much magnesium is in a cup of rice or quinoa")
    assert [(i.quantity, i.unit) for i in items] == [(1.0, "cup"), (1.0, "cup")]
    items = asked_items(default_estimator(), "which has more magnesium, a handful of almonds or a banana")
    assert items[1].unit != "handful"  # "a banana" states its own amount


def test_context_after_the_question_mark_is_not_the_food() -> None:
    text = "how much magnesium is in 30g of pepitas (shelled pumpkin seeds)? i chuck them on my porridge every morning"
    assert first_question(text).endswith("seeds)")
    (item,) = asked_items(default_estimator(), text)
    assert "pumpkin seeds" in item.food.name and item.grams == 30
    assert 140 <= item.magnesium_mg <= 190


def test_comparison_reply_names_the_richest() -> None:
    items = asked_items(default_estimator(), "1 oz pumpkin seeds vs 1 oz almonds magnesium")
    facts = tuple(FoodFacts.from_item(item, 320) for item in items)
    text = food_comparison_reply(FoodComparison(facts)).text
    assert "156 mg" in text and "77 mg" in text
    assert "Most in these amounts: roasted pumpkin seeds" in text
    assert "Nothing was logged" in text


def test_a_rich_calcium_source_says_so() -> None:
    (milk,) = asked_items(default_estimator(), "how much magnesium in a glass of milk")
    assert "calcium" in food_facts_reply(FoodFacts.from_item(milk, 320)).text
    (spinach,) = asked_items(default_estimator(), "how much magnesium in a cup of spinach")
    assert "calcium" not in food_facts_reply(FoodFacts.from_item(spinach, 320)).text
