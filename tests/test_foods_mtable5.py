"""Food rows from the mtable5 round (issue 8): malted drink powder measured by the spoon, Heinz beans,
bourbon biscuits beside a cuppa, and the FNDDS cup that a bowl of ready-to-eat cereal stays."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


@pytest.mark.parametrize(
    ("text", "food_id"),
    [
        ("2 heaped tsp milo", "malted_drink_powder"),  # the powder (FNDDS 11830260), not a made drink
        ("milo - 2 tbsp powder", "malted_drink_powder"),
        ("horlicks powder", "malted_drink_powder"),
        ("a cup of milo", "ovaltine"),  # a drink said by the cup stays the made drink
        ("heinz beans", "baked_beans"),  # not pinto beans
        ("half a tin of heinz baked beans", "baked_beans"),
        ("bowl of cheerios", "cheerios"),
    ],
)
def test_row(estimator: Estimator, text: str, food_id: str) -> None:
    (item,) = estimator.estimate(text).items
    assert item.food.id == food_id


def test_powder_spoon_is_fnddss_tablespoon(estimator: Estimator) -> None:
    """FNDDS lists a tablespoon of malted milk powder as 5.5 g; a teaspoon is a third of it."""
    (item,) = estimator.estimate("2 tbsp milo powder").items
    assert item.grams == pytest.approx(11.0, abs=0.1)
    (item,) = estimator.estimate("2 tsp milo").items
    assert item.grams == pytest.approx(11.0 / 3, abs=0.1)


def test_powder_in_milk_counts_the_milk_once(estimator: Estimator) -> None:
    ids = [item.food.id for item in estimator.estimate("2 heaped tsp milo in a cup of milk").items]
    assert ids.count("malted_drink_powder") == 1
    assert sum(1 for i in ids if i.startswith("milk")) == 1


def test_horlicks_with_milk_is_one_drink(estimator: Estimator) -> None:
    """The made malted milk row already holds its milk (components)."""
    assert [item.food.id for item in estimator.estimate("horlicks with milk").items] == ["breakfast_shake"]


@pytest.mark.parametrize("text", ["2 bourbons with my tea", "a cuppa and a couple of bourbons"])
def test_bourbons_beside_tea_are_biscuits(estimator: Estimator, text: str) -> None:
    ids = [item.food.id for item in estimator.estimate(text).items]
    assert "cookie_oreo" in ids and "spirits" not in ids


def test_bourbons_alone_stay_a_spirit(estimator: Estimator) -> None:
    (item,) = estimator.estimate("3 bourbons").items
    assert item.food.id == "spirits"


@pytest.mark.parametrize(("text", "grams"), [("a bowl of cheerios", 28.0), ("a bowl of corn flakes", 28.0)])
def test_bowl_of_cereal_is_fndds_quantity_not_specified(
    estimator: Estimator, text: str, grams: float
) -> None:
    """FNDDS's 'Quantity not specified' for ready-to-eat cereals is one cup (Cheerios 28 g), what most sets
    score; a bowl of cereal stays one cup for every cereal."""
    (item,) = estimator.estimate(text).items
    assert item.grams == pytest.approx(grams, abs=0.1)
