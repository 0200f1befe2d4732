"""The food table's coverage pass of round 37 (knowledge/food_curation.csv): names people type in the UK,
Ireland, Australia, India and the US find a sensible USDA row with a realistic default portion."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator


@pytest.mark.parametrize(
    ("text", "food_id", "grams"),
    [
        # portions that were off by a whole joint or a wafer
        ("a slice of turkey", "turkey_breast", 60.0),  # FNDDS medium slice, not SR28's 863 g breast
        ("2 ryvita", "crispbread_rye", 20.0),  # SR28 crispbread 10 g, not a 2 g thin wafer
        ("an eclair", "cream_puff", 102.0),  # FNDDS eclair, not SR28's 4 oz
        ("6 steamed pork dumplings", "dumplings", 222.0),  # FNDDS medium dumpling, 37 g
        ("tamale de pollo", "tamale_meat", 128.0),  # one tamale said once
        ("beef empanada", "empanada", 222.0),  # FNDDS's empanada
        ("corn on the cob", "corn_cooked", 118.0),  # a large ear
        ("hash brown", "hash_browns", 55.0),  # a patty
        ("half a cup of slivered almonds", "almonds_slivered", 54.0),  # SR28's slivered cup, 108 g
        # Indian dals by their legume, besan and makhana
        ("1 cup cooked moong dal", "mung_beans_cooked", 202.0),
        ("urad dal 150g cooked", "urad_dal_cooked", 150.0),
        ("60g besan", "besan", 60.0),
        ("a handful of makhana", "lotus_seeds", 28.4),
        ("teff porridge 1 cup", "teff_cooked", 252.0),
        # UK/IE/AU names
        ("a galaxy bar", "milk_chocolate_fndds", 44.0),
        ("a wispa", "milk_chocolate_fndds", 44.0),
        ("bag of walkers ready salted", "potato_chips", 28.0),
        ("packet of tayto cheese & onion", "potato_chips_cheese", 28.4),
        ("a croque monsieur", "ham_cheese_toastie", 162.0),  # was the Monster energy drink
        ("runner beans", "green_beans_cooked", 62.5),  # was pinto beans
        ("a slice of malt loaf", "bread_raisin", 26.0),  # was beef meatloaf
        ("barramundi fillet 180g", "sea_bass", 180.0),
        ("a stubby", "beer", 356.0),
        # dishes as eaten, from FNDDS
        ("a crepe", "crepe", 65.0),
        ("tiramisu", "tiramisu", 175.0),
        ("a bowl of gazpacho", "gazpacho", 300.0),
        ("2 crab rangoon", "crab_rangoon", 46.0),
        ("pupusas de frijol x2", "pupusa_bean_fndds", 252.0),
    ],
)
def test_logged_as_the_row_and_portion(estimator: Estimator, text: str, food_id: str, grams: float) -> None:
    (item,) = estimator.estimate(text).items
    assert (item.food.id, item.grams) == (food_id, pytest.approx(grams))


def test_swiss_is_swiss_cheese_not_swiss_miss(estimator: Estimator) -> None:
    ids = [item.food.id for item in estimator.estimate("ham & swiss on rye w mustard").items]
    assert "swiss" in ids and "hot_cocoa_mix" not in ids


def test_injera_counts_by_the_injera(estimator: Estimator) -> None:
    (item,) = estimator.estimate("two pieces of injera").items
    assert (item.food.id, item.grams) == ("injera", pytest.approx(254.0))
