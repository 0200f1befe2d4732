"""Issue 8, seventh round: mechanisms behind the misses of the eleventh scored meal set (meals_11_misses.txt).
Pure domain tests over the real food table (ids and relations are asserted, values come from the table)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.meal_intent import handled_not_eaten

# ---- "w" is "with", also before an amount -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("1 cup corn flakes w 1 cup whole milk", "1 cup corn flakes with 1 cup whole milk"),
        ("2 weetabix w 200ml semi skimmed milk", "2 weetabix with 200ml semi skimmed milk"),
        ("half a cup of oats w 250 ml oat milk", "half a cup of oats with 250 ml oat milk"),
    ],
)
def test_w_before_an_amount_is_with(estimator: Estimator, short: str, long: str) -> None:
    got, want = estimator.estimate(short).items, estimator.estimate(long).items
    assert len(got) == len(want) == 2
    assert [i.food.id for i in got] == [i.food.id for i in want]
    assert [i.grams for i in got] == pytest.approx([i.grams for i in want])


# ---- milk named with brewed tea or coffee is added (a splash a cup), not absorbed ---------------------------


@pytest.mark.parametrize(
    ("message", "cups"),
    [
        ("cup of tea with milk", 1),
        ("coffee w a splash of oat milk", 1),
        ("2 cups of coffee with a dash of semi-skimmed milk", 2),
        ("a mug of decaf tea with milk", 1),
    ],
)
def test_milk_in_a_brewed_drink_is_a_splash_a_cup(estimator: Estimator, message: str, cups: int) -> None:
    est = estimator.estimate(message)
    milks = [i for i in est.items if "milk" in i.food.name]
    assert len(est.items) == 2 and len(milks) == 1
    assert milks[0].grams < 20 * cups  # a splash, never a glass


def test_a_dish_made_with_milk_still_absorbs_it(estimator: Estimator) -> None:
    for message in (
        "a latte with oat milk",
        "a smoothie with banana and almond milk",
        "porridge made with milk",
    ):
        assert len(estimator.estimate(message).items) == 1, message


# ---- food handled, seen or made for others is not eaten (knowledge/not_eating.txt) --------------------------


@pytest.mark.parametrize(
    "message",
    [
        "put the milk in the fridge",
        "put the yoghurts back in the fridge",
        "saw an advert for chocolate",
        "spotted cheap avocados at the market",
        "smelled bacon cooking next door",
        "cooked salmon and rice for the kids",
        "fed the dog some chicken",
        "gave my banana to a colleague",
        "unpacked the groceries: milk, eggs, bread",
        "put the bread away",
        "left the cheese out overnight",
        "took the chicken out of the freezer",
    ],
)
def test_food_not_eaten_is_not_logged(estimator: Estimator, message: str) -> None:
    assert handled_not_eaten(message)
    assert not estimator.estimate(message).items


@pytest.mark.parametrize(
    "message",
    [
        "handful of pistachios while watching tv",
        "put peanut butter on my toast",
        "cooked pasta for the kids and had a bowl myself",
        "saw a friend and had a coffee",
        "a yoghurt from the fridge",
        "took a yoghurt out of the fridge and ate it",
    ],
)
def test_real_meals_around_those_words_still_log(estimator: Estimator, message: str) -> None:
    assert estimator.estimate(message).items


# ---- a supplement beside food: the supplement is split off, the meal keeps its words -----------------------


@pytest.mark.parametrize(
    ("message", "mg", "meal"),
    [
        ("magnesium glycinate 120mg + a banana", 120.0, "a banana"),
        ("a banana and 200mg magnesium citrate", 200.0, "a banana"),
        ("porridge with milk, took 2 magnesium tablets 100mg each", 200.0, "porridge with milk"),
    ],
)
def test_supplement_and_food_split(message: str, mg: float, meal: str) -> None:
    from bot.domain.supplements import load_supplement_table, parse_supplement, split_supplements

    split = split_supplements(message, load_supplement_table())
    assert split is not None
    supplements, rest = split
    message = parse_supplement(supplements, load_supplement_table())
    assert message is not None
    assert sum(i.nutrients().magnesium_mg or 0 for i in message.items) == pytest.approx(mg)
    assert rest == meal


@pytest.mark.parametrize(
    "message", ["spinach and a banana", "magnesium glycinate 120mg", "magnesium rich foods like spinach"]
)
def test_not_a_mix(message: str) -> None:
    from bot.domain.supplements import load_supplement_table, split_supplements

    assert split_supplements(message, load_supplement_table()) is None


# ---- "a full bar of", "whole small": all of one, no part of the food's name ---------------------------------


@pytest.mark.parametrize(
    ("message", "plain"),
    [
        ("a full bar of dark chocolate", "a bar of dark chocolate"),
        ("an entire bar of milk chocolate", "a bar of milk chocolate"),
        ("a whole large avocado", "a large avocado"),
    ],
)
def test_whole_before_a_unit_or_size(estimator: Estimator, message: str, plain: str) -> None:
    got, want = estimator.estimate(message).items, estimator.estimate(plain).items
    assert len(got) == len(want) == 1
    assert got[0].food.id == want[0].food.id and got[0].grams == pytest.approx(want[0].grams)


def test_whole_milk_and_a_whole_egg_keep_their_words(estimator: Estimator) -> None:
    assert estimator.estimate("a glass of whole milk").items[0].food.id == "milk_whole"
    assert estimator.estimate("a whole egg").items[0].food.id == "egg_whole"


def test_grams_in_parentheses_win_over_a_bar(estimator: Estimator) -> None:
    est = estimator.estimate("a full bar of 85% dark chocolate (100g)")
    assert len(est.items) == 1 and est.items[0].grams == pytest.approx(100)
    assert "dark" in est.items[0].food.name


# ---- "X on my Y": both eaten -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message", ["30g walnuts on my yoghurt", "blueberries on my porridge", "almonds on top of my oats"]
)
def test_topping_on_my_food_is_two_foods(estimator: Estimator, message: str) -> None:
    assert len(estimator.estimate(message).items) == 2


def test_on_my_way_is_no_food(estimator: Estimator) -> None:
    est = estimator.estimate("had a coffee on the way")
    assert [i.food.id for i in est.items] == ["coffee"]


# ---- a pint said alone is a pint of beer, in the user's pint ------------------------------------------------


@pytest.mark.parametrize(("region", "ml"), [("UK", 568), ("US", 473)])
def test_bare_pints_are_beer(estimator: Estimator, region: str, ml: int) -> None:
    est = estimator.estimate("2 pints", region=region)
    assert [i.food.id for i in est.items] == ["beer"] and est.pint == region
    assert est.items[0].grams == pytest.approx(2 * ml, rel=0.02)
    assert estimator.estimate("a pint of milk", region=region).items[0].food.id != "beer"


# ---- a plural with no count is two pieces -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plural", "two"), [("eggs", "2 eggs"), ("sausages", "2 sausages"), ("bananas", "2 bananas")]
)
def test_plural_without_a_count_is_two(estimator: Estimator, plural: str, two: str) -> None:
    got, want = estimator.estimate(plural).items, estimator.estimate(two).items
    assert got[0].grams == pytest.approx(want[0].grams)


def test_eggs_on_toast_counts_two_eggs(estimator: Estimator) -> None:
    est = estimator.estimate("eggs on toast")
    eggs = [i for i in est.items if i.food.id == "egg_whole"]
    assert eggs and eggs[0].quantity == 2


# ---- a food named by part of its name keeps its context: "semi skimmed" on cereal is milk on cereal ----------


def test_short_milk_name_on_cereal(estimator: Estimator) -> None:
    short = estimator.estimate("bowl of bran flakes w semi skimmed").items
    full = estimator.estimate("bowl of bran flakes with semi skimmed milk").items
    assert [i.food.id for i in short] == [i.food.id for i in full]


@pytest.mark.parametrize(
    ("message", "mg"),
    [
        ("2 capsules of magnesium, 100mg each", 200.0),
        ("3 magnesium capsules, 150 mg apiece", 450.0),
        ("1 scoop of magnesium, 300 mg", 300.0),
    ],
)
def test_a_dose_each_after_a_count(message: str, mg: float) -> None:
    from bot.domain.supplements import load_supplement_table, parse_supplement

    parsed = parse_supplement(message, load_supplement_table())
    assert parsed is not None
    assert sum(i.nutrients().magnesium_mg or 0 for i in parsed.items) == pytest.approx(mg)
