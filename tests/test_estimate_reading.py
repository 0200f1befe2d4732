"""Reading a meal the way a person meant it (issue 8): dishes vs their ingredients, several sentences,
zero/negative/too-much amounts, pints by region, context words, junk. Pure domain tests, no mocks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.estimate import Estimator, Rejected, default_estimator
from bot.domain.regions import PINT_ML, pint_ml, region_for_timezone
from tests.meal_helpers import ids

# ---- one food, not two ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("porridge made with milk", ["porridge_milk"]),
        ("a bowl of chili con carne with beans", ["chili_con_carne"]),
        ("chicken curry with rice", ["chicken_curry_rice"]),
        ("a latte", ["latte"]),
    ],
)
def test_a_dish_named_with_its_ingredients_is_the_dish(estimator: Estimator, message, expected) -> None:
    assert ids(estimator.estimate(message)) == expected


def test_a_smoothie_with_its_fruit_and_milk_is_one_smoothie(estimator: Estimator) -> None:
    est = estimator.estimate("a smoothie with banana, spinach and almond milk")
    assert len(est.items) == 1 and est.items[0].food.id.startswith("smoothie")


def test_ingredients_with_amounts_win_over_the_dish(estimator: Estimator) -> None:
    est = estimator.estimate("porridge made with 40g oats and 250ml semi-skimmed milk")
    assert ids(est) == ["oats_rolled_dry", "milk_2pct"] or [i.grams for i in est.items] == pytest.approx(
        [40, 258], abs=5
    )
    assert len(est.items) == 2
    assert not any("porridge" in item.food.name or "oatmeal" in item.food.name for item in est.items)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # milk in brewed tea or coffee is added, a splash (knowledge/drink_additions.csv)
        ("a coffee with milk", ["coffee", "milk_whole"]),
        ("tea with a splash of milk", ["tea_black", "milk_whole"]),
        ("coffee with 100ml milk", ["coffee", "milk_whole"]),  # one measured ingredient is an addition
        ("porridge with a cup of milk", ["oatmeal", "milk_whole"]),
    ],
)
def test_drinks_and_dishes_with_one_addition(estimator: Estimator, message, expected) -> None:
    assert ids(estimator.estimate(message)) == expected


def test_oat_milk_is_fndds_non_dairy_milk_not_goat_milk(estimator: Estimator) -> None:
    est = estimator.estimate("a glass of oat milk")
    assert ids(est) == ["non_dairy_milk"] and est.items[0].food.source == "FNDDS"


def test_a_dish_and_another_food_are_two_foods(estimator: Estimator) -> None:
    est = estimator.estimate("porridge and a glass of milk")
    assert len(est.items) == 2


def test_avocado_on_sourdough_toast_is_one_bread(estimator: Estimator) -> None:
    est = estimator.estimate("avocado on sourdough toast")
    breads = [item for item in est.items if item.food.id.startswith(("bread", "toast"))]
    assert len(breads) == 1 and "avocado" in ids(est)


# ---- several sentences ---------------------------------------------------------------------------


def test_several_sentences_are_several_parts(estimator: Estimator) -> None:
    est = estimator.estimate("Lunch was a tuna sandwich. Dinner was salmon and rice.")
    names = [item.food.name for item in est.items]
    assert len(names) == 3
    assert "tuna sandwich" in names and any("salmon" in n for n in names) and any("rice" in n for n in names)


def test_abbreviations_do_not_end_a_sentence(estimator: Estimator) -> None:
    est = estimator.estimate("approx. 3 oz. chicken breast")
    assert len(est.items) == 1 and est.items[0].grams == pytest.approx(85, abs=1)


def test_an_item_not_understood_is_listed(estimator: Estimator) -> None:
    est = estimator.estimate("a banana. Then some zorblax.")
    assert ids(est) == ["banana"] and est.unmatched == ("some zorblax",)


# ---- amounts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("0 g almonds", "zero"),
        ("0 bananas", "zero"),
        ("-2 cups almonds", "negative"),
        ("-100g spinach", "negative"),
    ],
)
def test_zero_and_negative_amounts_log_nothing_and_say_why(estimator: Estimator, message, reason) -> None:
    est = estimator.estimate(message)
    assert est.items == () and est.total_mg == 0
    assert est.rejected == (Rejected(message, reason),)
    assert est.implausible == ()


def test_a_negative_amount_never_adds_magnesium(estimator: Estimator) -> None:
    est = estimator.estimate("-2 cups almonds and a banana")
    assert ids(est) == ["banana"] and est.total_mg < 40


def test_far_above_the_usual_portion_is_returned_for_confirmation(estimator: Estimator) -> None:
    est = estimator.estimate("50 cups of spinach")
    assert est.items == () and est.total_mg == 0
    assert [item.food.id for item in est.confirm] == ["spinach_raw"]
    assert est.confirm[0].grams == pytest.approx(1500)


def test_beyond_the_hard_limits_is_implausible_not_a_question(estimator: Estimator) -> None:
    est = estimator.estimate("9000 kg spinach")
    assert est.confirm == () and est.rejected == (Rejected("9000 kg spinach", "implausible"),)


@pytest.mark.parametrize(
    "message", ["2 cups of spinach", "500 g chicken breast", "2 pints of beer", "a litre of water"]
)
def test_ordinary_large_portions_are_logged_directly(estimator: Estimator, message: str) -> None:
    est = estimator.estimate(message)
    assert est.confirm == () and len(est.items) == 1


# ---- regions -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "region"),
    [
        ("Europe/London", "UK"),
        ("Europe/Dublin", "UK"),
        ("America/New_York", "US"),
        ("Europe/Berlin", "US"),
        ("UTC", "US"),
        (None, "US"),
        ("", "US"),
    ],
)
def test_region_from_time_zone(zone, region) -> None:
    assert region_for_timezone(zone) == region


def test_a_pint_follows_the_region(estimator: Estimator) -> None:
    uk = estimator.estimate("a pint of guinness", region="UK")
    us = estimator.estimate("a pint of guinness", region="US")
    assert uk.pint == "UK" and us.pint == "US"
    assert uk.items[0].unit == "pint" and us.items[0].unit == "pint"
    assert uk.items[0].grams / us.items[0].grams == pytest.approx(PINT_ML["UK"] / PINT_ML["US"])
    assert pint_ml("UK") == pytest.approx(568.261) and pint_ml(None) == pytest.approx(473.176)


def test_no_pint_no_pint_note(estimator: Estimator) -> None:
    assert estimator.estimate("a glass of milk", region="UK").pint == ""


@pytest.mark.parametrize(
    ("message", "region", "food"),
    [
        ("fish and chips", "US", "chips_uk"),
        ("chips from the chippy", "US", "chips_uk"),
        ("a bag of chips", "UK", "chips_uk"),
        ("a bag of chips", "US", "potato_chips"),
        ("a packet of crisps", "UK", "potato_chips"),
    ],
)
def test_chips_are_fries_with_fish_or_in_the_uk(estimator: Estimator, message, region, food) -> None:
    assert food in ids(estimator.estimate(message, region=region))


@pytest.mark.parametrize(
    ("message", "region", "food"),
    [
        ("a glass of red", "US", "wine_red"),
        ("a glass of squash", "UK", "orange_drink"),
        ("beans on toast", "US", "baked_beans"),
        ("jacket potato with cheese and beans", "UK", "baked_beans"),
        ("a flapjack", "UK", "breakfast_bar_oats"),
        ("a cup of beans", "US", "pinto_beans_cooked"),
    ],
)
def test_words_read_in_context(estimator: Estimator, message, region, food) -> None:
    assert food in ids(estimator.estimate(message, region=region))


def test_fish_and_chips_is_battered_fish_and_chips(estimator: Estimator) -> None:
    est = estimator.estimate("fish and chips")
    assert ids(est) == ["fish_battered", "chips_uk"] and est.ambiguous == ()


# ---- names and junk ------------------------------------------------------------------------------


def test_an_exact_name_is_logged_without_asking(estimator: Estimator) -> None:
    est = estimator.estimate("big mac")
    assert ids(est) == ["big_mac"] and est.ambiguous == ()
    assert ids(estimator.estimate("a big mac")) == ["big_mac"]


@pytest.mark.parametrize(
    "message",
    [
        "NaN g",
        "1 NaN",
        '" OR 1=1 -- %s',
        "100%",
        "÷2?%",
        "I had a fall and my wrist hurts",
        "%%%",
        "1=1",
        "-- ;",
    ],
)
def test_junk_and_injuries_log_nothing(estimator: Estimator, message: str) -> None:
    est = estimator.estimate(message)
    assert est.items == () and est.ambiguous == () and est.confirm == ()


@pytest.mark.parametrize(
    "message",
    [
        "sushi is my favourite",
        "pizza is the best",
        "mars is a planet",
        "that's a wrap",
        "curry favour",
        "spill the tea",
    ],
)
def test_statements_and_idioms_about_food_log_nothing(estimator: Estimator, message: str) -> None:
    est = estimator.estimate(message)
    assert est.items == () and est.ambiguous == () and est.confirm == ()


_JUNK = st.text(
    alphabet=st.sampled_from(list("0123456789 .,;:!?%$#@&*()[]{}<>/\\|+-=_~^'\"`÷×±§°")), max_size=40
)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_JUNK)
def test_property_punctuation_and_numbers_never_log(text: str) -> None:
    est = default_estimator().estimate(text)
    assert est.items == () and est.ambiguous == () and est.confirm == ()


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80))
def test_property_any_text_parses_without_error(text: str) -> None:
    est = default_estimator().estimate(text)
    assert est.total_mg >= 0
    assert all(item.grams > 0 and item.magnesium_mg >= 0 for item in est.items)


# ---- realistic portions (values come from the table, never typed: only ranges of grams) ---------


@pytest.mark.parametrize(
    ("message", "low_g", "high_g"),
    [
        ("a square of dark chocolate", 5, 10),
        ("a salmon fillet", 110, 230),
        ("a steak", 150, 260),
        ("a slice of sourdough", 25, 80),
        ("a spoon of peanut butter", 14, 18),
        ("a mars bar", 45, 65),
        ("a tin of chickpeas", 220, 270),
        ("a latte", 300, 400),
        ("a flat white", 150, 250),
        ("2 digestives", 20, 40),
    ],
)
def test_realistic_default_portions(estimator: Estimator, message: str, low_g: float, high_g: float) -> None:
    est = estimator.estimate(message)
    assert len(est.items) == 1, est
    assert low_g <= est.items[0].grams <= high_g


def test_generic_muesli_not_the_brand(estimator: Estimator) -> None:
    food = estimator.estimate("a bowl of muesli").items[0].food
    assert food.source == "FNDDS" and (food.magnesium_mg or 0) < 120


def test_provenance_names_the_source() -> None:
    table = default_estimator().table
    assert table.by_id["spinach_cooked"].provenance == "USDA SR28, NDB 11458"
    assert table.by_id["latte"].provenance == "USDA FNDDS 2017–2018, food code 92101900"


# ---- the reply says why and which pint ---------------------------------------------------------------


def _meal(**kw):
    from datetime import date

    from bot.usecases.results import DayView, MealLogged

    base = dict(
        logged=(), pending=(), unmatched=(), implausible=(), day=DayView(date(2026, 11, 30), 0.0, 320)
    )
    return MealLogged(**{**base, **kw})


def test_reply_says_why_zero_and_negative_were_not_logged() -> None:
    from bot.texts.messages import meal_reply

    text = meal_reply(_meal(rejected=(("0 g almonds", "zero"), ("-2 cups almonds", "negative")))).text
    assert "“0 g almonds”: that's zero — nothing to log." in text
    assert "“-2 cups almonds”: an amount can't be negative" in text
    assert "couldn't find any food" not in text


def test_reply_says_which_pint() -> None:
    from bot.texts.messages import meal_reply
    from bot.usecases.results import ItemView

    item = ItemView("a pint of guinness", "stout", 1.0, "pint", 568.3, 34.1)
    assert "UK pint (568 ml)" in meal_reply(_meal(logged=(item,), pint="UK")).text
    assert "US pint (473 ml)" in meal_reply(_meal(logged=(item,), pint="US")).text
    assert "pint" not in meal_reply(_meal(logged=(), pint="")).text


@pytest.mark.parametrize("text", ['<6":1', '<12"', ">6 in", '=six"'])
def test_a_sub_length_glued_to_a_symbol_is_no_size_word(estimator: Estimator, text: str) -> None:
    # hypothesis found '<6":1' read as "<regular" (a 6-inch sub's size), then fuzzy-matched to "regular ground beef"
    est = estimator.estimate(text)
    assert est.items == () and est.ambiguous == () and est.confirm == ()
