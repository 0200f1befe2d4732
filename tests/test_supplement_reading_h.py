"""Supplement reading, round H (issue 8, supplements said with meals): a nutrient named after another's dose
with no separator is a second supplement ("magnesium 400 mg calcium 600 mg" keeps the calcium), a brand
written with a space ("slow mag"), "calcium-magnesium" written out, a remark about the pill ("(cut it)"), and
a product said with its own label amount ("a multivitamin with 100 mg magnesium" is 100 mg, not 50 + 100)."""

from __future__ import annotations

import pytest

from bot.domain.supplements import load_supplement_table, parse_supplement, split_supplements


@pytest.fixture(scope="module")
def table():
    return load_supplement_table()


def _total(message, field: str) -> float:
    return sum(getattr(item.nutrients(), field) or 0.0 for item in message.items)


@pytest.mark.parametrize(
    ("text", "nutrients", "doses"),
    [
        ("magnesium 400 mg calcium 600 mg", ["magnesium", "calcium"], [400.0, 600.0]),
        (
            "calcium 500mg magnesium 250mg vitamin d 1000 iu",
            ["calcium", "magnesium", "vitamin_d"],
            [500, 250, 1000],
        ),
        ("400 mg magnesium", ["magnesium"], [400.0]),  # a dose before its nutrient stays one
    ],
)
def test_a_nutrient_after_another_dose_is_a_second_supplement(table, text, nutrients, doses) -> None:
    message = parse_supplement(text, table)
    assert message is not None
    assert [item.nutrient for item in message.items] == nutrients
    assert [item.dose for item in message.items] == doses


def test_a_brand_written_with_a_space(table) -> None:
    message = parse_supplement("slow mag 2 tabs, 64mg each", table)
    assert message is not None and _total(message, "magnesium_mg") == pytest.approx(128.0)


def test_calcium_magnesium_written_out_counts_the_stated_magnesium(table) -> None:
    message = parse_supplement("calcium-magnesium tablet, 100mg Mg per tab, took 2", table)
    assert message is not None and _total(message, "magnesium_mg") == pytest.approx(200.0)


def test_a_remark_about_cutting_the_pill(table) -> None:
    message = parse_supplement("half a 400mg magnesium oxide pill (cut it)", table)
    assert message is not None and [item.count for item in message.items] == [0.5]


@pytest.mark.parametrize(
    ("text", "magnesium"),
    [
        ("multivitamin with 100mg magnesium", 100.0),
        ("centrum, has 100 mg magnesium", 100.0),
        ("a multivitamin and 400mg magnesium glycinate", 450.0),  # two supplements: the multi's 50 mg counts
        ("multivit", 50.0),
    ],
)
def test_a_product_said_with_its_own_amount(table, text: str, magnesium: float) -> None:
    message = parse_supplement(text, table)
    assert message is not None and _total(message, "magnesium_mg") == pytest.approx(magnesium)


def test_a_product_and_its_own_amount_stay_together_beside_food(table) -> None:
    assert split_supplements("multivit with 100mg magnesium + a coffee", table) == (
        "multivit with 100mg magnesium",
        "a coffee",
    )
    message = parse_supplement("took my multivitamin, it has 100mg magnesium in it", table)
    assert message is not None and _total(message, "magnesium_mg") == pytest.approx(100.0)
