"""Reading corrections of the last meal (bot.domain.corrections): pure, no mocks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.corrections import parse_correction, read_amount


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        ("actually it was 2 cups not 1", (2.0, "cup", None), (1.0, None, None)),
        ("Actually, it was 2 cups, not 1 cup.", (2.0, "cup", None), (1.0, "cup", None)),
        ("2 cups not 1", (2.0, "cup", None), (1.0, None, None)),
        ("make that 3 eggs", (3.0, None, "eggs"), None),
        ("make it 2", (2.0, None, None), None),
        ("change that to 1 oz cashews", (1.0, "oz", "cashews"), None),
        ("not almonds, cashews", (None, None, "cashews"), (None, None, "almonds")),
        ("not almonds but cashews", (None, None, "cashews"), (None, None, "almonds")),
        ("sorry, I meant brown rice", (None, None, "brown rice"), None),
        ("I meant 2 cups", (2.0, "cup", None), None),
        ("oops, 3 eggs", (3.0, None, "eggs"), None),
        ("no, it was 2 eggs", (2.0, None, "eggs"), None),
        ("sorry, it was brown rice not white rice", (None, None, "brown rice"), (None, None, "white rice")),
        ("actually, it was cashews", (None, None, "cashews"), None),
        ("correction: half a cup", (0.5, "cup", None), None),
    ],
)
def test_corrections_are_read(text, new, old):
    correction = parse_correction(text)
    assert correction is not None
    assert (correction.new.quantity, correction.new.unit, correction.new.food_text) == new
    if old is None:
        assert correction.old is None
    else:
        assert (correction.old.quantity, correction.old.unit, correction.old.food_text) == old


@pytest.mark.parametrize(
    "text",
    [
        "had 2 cups of spinach and a handful of almonds",
        "yesterday I had a cup of brown rice",
        "I had 2 eggs",
        "actually I had salmon too",  # more food, not a correction
        "had coffee not tea",
        "1 oz almonds, not the chocolate",  # a meal that says what it was not
        "it was delicious",
        "it was great",
        "no thanks",
        "sorry",
        "not bad",
        "no more spinach",
        "what was it?",
        "actually, how much magnesium is in 2 cups of spinach?",
        "/edit 1 2 cups",
        "",
        "wait what",
    ],
)
def test_other_messages_are_not_corrections(text):
    assert parse_correction(text) is None


def test_read_amount_reads_amount_food_or_both():
    assert (read_amount("2 cups").quantity, read_amount("2 cups").food_text) == (2.0, None)
    both = read_amount("2 cups cashews")
    assert (both.quantity, both.unit, both.food_text) == (2.0, "cup", "cashews")
    assert not read_amount("").says_something


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "actually",
                    "sorry,",
                    "not",
                    "make",
                    "that",
                    "it",
                    "was",
                    "2",
                    "cups",
                    "almonds",
                    ",",
                    "I",
                    "meant",
                    "instead",
                    "of",
                    "-1",
                    "0",
                    "half",
                    "no",
                    "but",
                    "?",
                    "rather",
                    "than",
                ]
            ),
            st.text(max_size=6),
        ),
        max_size=14,
    )
)
def test_never_raises_and_always_says_something(words):
    correction = parse_correction(" ".join(words))
    if correction is not None:
        assert correction.new.says_something
        assert correction.old is None or correction.old.says_something


@pytest.mark.parametrize(
    ("text", "status", "meal"),
    [
        ("oops, I had 2 cookies", "no_match", True),  # a confession, not a correction
        ("sorry, 3 eggs", "no_match", True),
        ("make that 3 eggs", "no_match", False),  # says it amends: the answer says nothing fits
        ("not almonds, cashews", "no_match", False),
        ("it was 2 cups, not 1", "nothing_recent", False),
        ("sorry, I meant brown rice", "nothing_recent", False),
        ("sorry, I had brown rice", "nothing_recent", True),
        ("actually it was 2 cups", "nothing_recent", False),
    ],
)
def test_when_a_correction_finds_nothing_to_amend_it_may_be_a_meal(text, status, meal):
    assert parse_correction(text).is_meal_after(status) is meal
