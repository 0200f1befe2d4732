"""Meal reading, tuning set blind35 (issue 8): a drink's cup is the drink even when said "made with" one of its
ingredients, a volume said after what a drink in a glass is served with sizes that glass, and roast pork is
sliced as FNDDS slices it."""

from __future__ import annotations

from bot.domain.estimate import Estimator


def test_a_drink_made_with_milk_by_the_cup_is_one_drink(estimator: Estimator) -> None:
    items = estimator.estimate("hot chocolate made with milk, 1 cup").items
    assert [(i.food.id, i.unit) for i in items] == [("hot_chocolate", "cup")]
    # a food made with milk keeps the cup as the milk's
    assert len(estimator.estimate("porridge made w milk, 1 cup").items) == 2


def test_a_volume_after_a_glass_with_a_spice_sizes_the_glass(estimator: Estimator) -> None:
    items = estimator.estimate("big glass of milk with haldi, 300ml").items
    assert len(items) == 2
    milk, haldi = items
    assert milk.unit == "ml" and milk.quantity == 300
    assert haldi.grams < 10  # a pinch of turmeric, not 300 ml of it


def test_roast_pork_by_the_slice(estimator: Estimator) -> None:
    items = estimator.estimate("roast pork, 2 slices").items
    assert [(i.food.id, i.grams) for i in items] == [("pork_roast", 84.0)]  # FNDDS medium slice, 42 g


def test_a_chocolate_covered_coconut_bar_reads_its_own_fndds_row(estimator: Estimator) -> None:
    bounty = estimator.estimate("bounty, 57g").items[0]
    assert bounty.food.ndb == "91706000"  # coconut candy, chocolate covered (SR28 19922 is not covered)
