"""Portion classes of the food table (knowledge/foods.csv): sizes people name, taken from USDA portions."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.domain.estimate import default_estimator

FOODS = Path(__file__).resolve().parents[1] / "knowledge" / "foods.csv"


def _rows() -> dict[str, dict]:
    with FOODS.open(newline="", encoding="utf-8") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


def _portions(row: dict) -> dict[str, float]:
    return {u: float(g) for u, _, g in (p.partition("=") for p in row["portions"].split("|") if p)}


def test_every_sliced_cheese_uses_the_fndds_slice():
    rows = _rows()
    sliced = [
        r for r in rows.values() if r["food_group"] == "Dairy and Egg Products" and "slice" in _portions(r)
    ]
    assert len(sliced) >= 10
    for row in sliced:
        assert _portions(row)["slice"] == pytest.approx(21.0), row["id"]  # FNDDS "1 slice" of cheese


def test_every_potato_chip_row_has_bag_sizes():
    chips = [r for r in _rows().values() if r["id"].startswith("potato_chips")]
    assert len(chips) >= 4
    for row in chips:
        p = _portions(row)
        assert p["small"] < p["medium"] < p["large"], row["id"]


def test_toast_without_amount_is_two_slices():
    rows = _rows()
    for tid in ("toast_white", "toast_whole_wheat", "toast_rye", "toast_sourdough"):
        assert rows[tid]["serving"] == "slice:2", tid


@pytest.mark.parametrize("food_id", ["brownie", "cookie_shortbread", "hamburger", "hamburger_mcdonalds"])
def test_baked_goods_and_burgers_as_eaten_come_from_fndds(food_id):
    assert _rows()[food_id]["source"] == "FNDDS"


@pytest.mark.parametrize(
    "message, food_id, low, high",
    [
        ("2 slices of cheddar", "cheddar", 40, 44),
        ("3 shortbread fingers", "cookie_shortbread", 80, 100),
        ("large chicken breast", "chicken_breast_roasted", 120, 150),
        ("a slice of toast", "toast_white", 20, 30),
        ("bowl of rice", "white_rice_cooked", 140, 180),
        ("large chips", "potato_chips", 80, 90),
        ("a burger", "hamburger", 140, 150),
    ],
)
def test_named_sizes_read_as_usda_portions(message, food_id, low, high):
    items = default_estimator().estimate(message).items
    assert [i.food.id for i in items] == [food_id]
    assert low <= items[0].grams <= high
