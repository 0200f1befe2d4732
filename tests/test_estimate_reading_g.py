"""Meal reading, round G (issue 8 §2): food sayings are no meal (knowledge/food_idioms.txt); a clock time said
with "about" is when, not an amount; a unit word said alone names its food (knowledge/unit_foods.csv); meal
names from knowledge/meal_chatter.txt ("smoko", "tea was ..."); a sentence may end after a bracket; a reason
said before the verb; packs of N; a container said after its food; "a few" of a food served by the handful."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator
from bot.domain.food_idioms import has_idiom, without_idioms
from bot.domain.meal_data import unit_food
from tests.meal_helpers import ids


@pytest.mark.parametrize(
    "text",
    [
        "toast of the town",
        "carrot and stick approach",
        "the carrot-and-stick approach worked on the kids",
        "honestly it's the best thing since sliced bread",
        "that's cheap as chips",
        "i had to eat humble pie at work",
        "bit of a storm in a teacup",
    ],
)
def test_food_sayings_log_nothing(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert not est.items and not est.ambiguous and not est.unmatched


def test_a_saying_beside_a_meal_keeps_the_meal(estimator: Estimator) -> None:
    assert ids(estimator.estimate("had cheese on toast, cheap as chips")) != []
    assert ids(estimator.estimate("a carrot and a stick of celery")) == ["carrot_raw", "celery_raw"]


def test_saying_phrases_match_whole_words_only() -> None:
    assert has_idiom("The Carrot-and-Stick approach")
    assert not has_idiom("carrot and sticky toffee pudding")
    assert without_idioms("had toast, my bread and butter job") == "had toast,"


def test_a_clock_time_with_about_is_when(estimator: Estimator) -> None:
    est = estimator.estimate("breakfast: 2 slices of toast. Then a flat white at about 11")
    white = next(item for item in est.items if item.food.id == "flat_white")
    assert white.grams < 400  # one flat white, not 11 of anything
    assert ids(estimator.estimate("a banana at like 3")) == ["banana"]


def test_a_unit_word_alone_names_its_food(estimator: Estimator) -> None:
    assert ids(estimator.estimate("2 schooners")) == ["beer"]
    assert ids(estimator.estimate("2 rashers")) == ["bacon"]
    assert ids(estimator.estimate("3 pints last night ugh")) == ["beer"]
    assert unit_food("2 middies") == "beer" and unit_food("2 slices") is None


def test_meal_names_from_data(estimator: Estimator) -> None:
    est = estimator.estimate("smoko was a flat white, tea was 2 lamb chops with mash")
    assert ids(est)[0] == "flat_white" and len(est.items) == 3 and not est.unmatched
    assert ids(estimator.estimate("snack handful of almonds")) == ["almonds_raw"]


def test_a_sentence_ends_after_a_bracket(estimator: Estimator) -> None:
    est = estimator.estimate("Also a latte and 2 biscuits (digestives). Lunch was soup - tomato")
    assert ids(est) == ["latte", "digestive", "soup_tomato"]


@pytest.mark.parametrize(
    "text",
    [
        "Office birthday so had a slice of chocolate cake",
        "I was starving so I had a slice of chocolate cake",
        "cos I was starving I had a slice of chocolate cake",
    ],
)
def test_a_reason_before_the_verb_is_cut(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and "cake" in est.items[0].food.name


def test_a_food_before_so_is_kept(estimator: Estimator) -> None:
    assert len(estimator.estimate("had rice so had some water").items) == 2


@pytest.mark.parametrize(
    ("text", "pieces"),
    [("nature valley bar (the pack of 2)", 2), ("granola bars, pack of 2", 2), ("a 2-pack of twix", 2)],
)
def test_a_pack_of_n_is_n_pieces(estimator: Estimator, text: str, pieces: int) -> None:
    (item,) = estimator.estimate(text).items
    assert (item.quantity, item.unit) == (pieces, "piece")


def test_a_container_after_its_food_is_its_amount(estimator: Estimator) -> None:
    est = estimator.estimate("rice pudding, a small pot")
    assert ids(est) == ["pudding_rice"] and est.items[0].grams < 150
    assert ids(estimator.estimate("yoghurt, a pot")) == ["yogurt_plain_lowfat"]
    assert ids(estimator.estimate("pot roast")) != []


def test_a_few_of_a_handful_food_is_one_handful(estimator: Estimator) -> None:
    (item,) = estimator.estimate("a few walnuts").items
    assert (item.quantity, item.unit) == (1.0, "handful")
    (three,) = estimator.estimate("a few almonds").items
    assert three.unit == "piece" and three.quantity == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sushi, 8 pieces california roll", ["sushi_california"]),
        ("had a curry from the takeaway. chicken madras, pilau rice", ["chicken_curry", "rice_pilaf"]),
        ("cheese n crackers, 30g cheddar and 6 ritz", ["cheddar", "crackers_snack"]),
    ],
)
def test_a_food_named_again_more_exactly_is_one(estimator: Estimator, text: str, expected: list[str]) -> None:
    assert ids(estimator.estimate(text)) == expected


def test_a_food_said_again_with_its_amount_keeps_its_kind(estimator: Estimator) -> None:
    est = estimator.estimate("smoked salmon and scrambled eggs, 2 eggs and 50g salmon")
    salmon = [item for item in est.items if "salmon" in item.food.name]
    assert [(item.food.name, item.grams) for item in salmon] == [("smoked salmon", 50.0)]


@pytest.mark.parametrize(
    "text",
    [
        "a latte, a latte",
        "a banana, a banana smoothie",
        "an apple, apple juice",
        "2 sausages, 2 slices black pudding",
    ],
)
def test_two_foods_named_alike_stay_two(estimator: Estimator, text: str) -> None:
    assert len(estimator.estimate(text).items) == 2


def test_whole_before_a_food_is_one_whole(estimator: Estimator) -> None:
    (avo,) = estimator.estimate("whole avo i reckon").items
    assert avo.food.id == "avocado" and avo.grams > 150
    assert ids(estimator.estimate("whole milk")) == ["milk_whole"]
    assert estimator.estimate("whole grain toast").items[0].grams < 100


def test_slices_of_white_are_bread_and_a_glass_of_white_is_wine(estimator: Estimator) -> None:
    assert ids(estimator.estimate("a slice of brown with butter")) == ["bread_whole_wheat", "butter"]
    assert ids(estimator.estimate("2 slices of white")) == ["bread_white"]
    assert ids(estimator.estimate("a glass of white")) == ["wine_white"]


def test_a_sentence_may_start_with_a_number(estimator: Estimator) -> None:
    assert ids(estimator.estimate("I had 2 eggs. 2 slices of toast")) == ["egg_whole", "toast_white"]
    assert len(estimator.estimate("approx. 2 cups rice").items) == 1


def test_the_lot_says_all_of_it_and_names_no_food(estimator: Estimator) -> None:
    est = estimator.estimate("pint of milk... drank the lot")
    assert len(est.items) == 1 and not est.unmatched and not est.ambiguous
