"""Round-13 classes of the food table: AU/IE/UK names, packs and bars, roast-dinner parts, and rows where
USDA FNDDS (the form people drink or eat) replaces SR28. Grams come from the USDA measures named in
knowledge/food_curation.csv; these tests pin the class, not a phrasing."""

from __future__ import annotations

import pytest

from bot.domain.estimate import default_estimator


@pytest.mark.parametrize(
    "message, food_id, low, high",
    [
        # regional names mapped to the closest honest USDA row
        ("bag of taytos", "potato_chips", 27, 29),
        ("2 tim tams", "tim_tam", 33, 35),
        ("some lollies", "lollies", 13, 15),
        ("a pot of 2 minute noodles", "soup_ramen_dry", 75, 90),
        ("a cheese sanga", "cheese_sandwich", 95, 110),
        ("a slice of soda bread", "bread_soda", 73, 75),
        ("bangers", "banger", 145, 155),
        ("an ensure", "ensure_drink", 250, 254),
        ("chocolate covered almonds", "almonds_chocolate", 20, 22),
        # packs and bars: what the wrapper holds
        ("a twix", "twix", 57, 59),
        ("a kit kat", "kit_kat", 41, 43),
        ("a bag of m&ms", "mms", 47, 49),
        ("dairy milk bar", "milk_chocolate_fndds", 43, 45),
        ("a packet of pretzels", "pretzels", 27, 29),
        # roast-dinner parts and slices
        ("3 slices of roast beef", "beef_round_roast", 120, 130),
        ("3 roast potatoes", "roast_potatoes", 175, 185),  # a roastie is a chunk, FNDDS's baby potato (60 g)
        ("a slice of meatloaf", "meatloaf", 105, 110),
        ("a mango", "mango", 205, 215),
        ("a whole wheat roll", "roll_whole_wheat", 42, 44),
        ("2 flour tortillas", "tortilla_flour", 95, 100),
        # an individual pie is FNDDS's individual pot pie, not a sixth of a family pie
        ("a meat pie", "meat_pie", 225, 230),
        ("a slice of meat pie", "meat_pie", 115, 125),
        ("4 new potatoes", "potato_boiled_skin", 235, 245),
        ("reeses cups x2", "reeses_cups", 33, 35),
        ("brekkie burrito", "breakfast_burrito", 215, 230),
        ("slice of choc cake", "cake_chocolate", 60, 140),
    ],
)
def test_round13_foods_as_people_mean_them(message, food_id, low, high):
    items = default_estimator().estimate(message).items
    assert [i.food.id for i in items] == [food_id]
    assert low <= items[0].grams <= high


@pytest.mark.parametrize(
    "message, food_id, mg_per_100g",
    [
        # FNDDS as drunk, not SR28's powder or fresh-coconut rows
        ("coconut water", "coconut_water", 6),
        ("a glass of lemonade", "lemonade", 2),
        ("a bowl of bran flakes", "bran_flakes", 165),
        ("large movie popcorn", "popcorn_movie", 59),
    ],
)
def test_round13_fndds_rows(message, food_id, mg_per_100g):
    items = default_estimator().estimate(message).items
    assert [i.food.id for i in items] == [food_id]
    assert round(items[0].food.magnesium_mg) == mg_per_100g


def test_a_dish_with_its_own_potatoes_is_one_food():
    items = default_estimator().estimate("beef stew w spuds").items
    assert [i.food.id for i in items] == ["beef_stew"]


def test_glasses_of_red_are_wine():
    items = default_estimator().estimate("a couple of glasses of red").items
    assert [i.food.id for i in items] == ["wine_red"]


@pytest.mark.parametrize("message", ["pie and mash", "a pie and chips", "pie and a pint at the pub"])
def test_a_pie_with_savoury_company_is_a_meat_pie(message):
    ids = [i.food.id for i in default_estimator().estimate(message).items]
    assert ids[0] == "meat_pie"


def test_a_pie_in_the_uk_is_a_meat_pie_and_apple_pie_stays_apple():
    est = default_estimator()
    assert [i.food.id for i in est.estimate("a pie", region="UK").items] == ["meat_pie"]
    assert [i.food.id for i in est.estimate("slice of apple pie", region="UK").items] == ["pie_apple"]
