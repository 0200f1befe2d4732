"""Supplement reading, round G (issue 8 §2): "Mg" said as a word is magnesium, and a dose someone else takes
or was given is not the user's to log."""

from __future__ import annotations

import pytest

from bot.domain.supplement_takers import someone_elses
from bot.domain.supplements import load_supplement_table, parse_supplement, split_supplements


@pytest.fixture(scope="module")
def table():
    return load_supplement_table()


@pytest.mark.parametrize("text", ["250mg Mg supplement", "Mg supplement 250mg", "mg glycinate 250 mg"])
def test_mg_as_a_word_is_magnesium(table, text: str) -> None:
    message = parse_supplement(text, table)
    assert message is not None and [item.nutrient for item in message.items] == ["magnesium"]


def test_mg_after_a_number_stays_a_unit(table) -> None:
    message = parse_supplement("calcium 600 mg", table)
    assert message is not None and [item.nutrient for item in message.items] == ["calcium"]


def test_a_mg_supplement_beside_food_is_split(table) -> None:
    assert split_supplements("250mg Mg supplement w breakfast + a banana", table) == (
        "250mg Mg supplement w breakfast",
        "a banana",
    )


@pytest.mark.parametrize(
    "text",
    [
        "my husband takes 400mg magnesium",
        "mum took 2 magnesium tablets",
        "he took 500mg magnesium citrate",
        "gave my dad his calcium 600mg",
        "my partner takes vitamin d 1000iu",
    ],
)
def test_someone_elses_dose_is_not_logged(table, text: str) -> None:
    assert someone_elses(text)
    assert parse_supplement(text, table) is None


@pytest.mark.parametrize("text", ["took my magnesium 250mg", "my magnesium 400mg", "magnesium 250mg"])
def test_the_users_own_dose_is_logged(table, text: str) -> None:
    assert not someone_elses(text)
    assert parse_supplement(text, table) is not None


def test_the_users_part_beside_someone_elses_is_kept(table) -> None:
    assert split_supplements("I took 250mg magnesium and my husband took 400mg magnesium", table) == (
        "I took 250mg magnesium",
        "my husband took 400mg magnesium",
    )
