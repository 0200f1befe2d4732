"""Routing incoming messages: questions vs meals vs food queries vs small talk."""

from __future__ import annotations

import pytest

from bot.domain.routing import Route, classify

Q, M, F, S = Route.QUESTION, Route.MEAL, Route.FOOD_QUERY, Route.SMALL_TALK

CASES = [
    # commands and empty
    ("/start", Route.COMMAND),
    ("/today", Route.COMMAND),
    ("  /undo  ", Route.COMMAND),
    ("", Route.EMPTY),
    ("   \n ", Route.EMPTY),
    # small talk
    ("hi", S),
    ("Hello!", S),
    ("hey there", S),
    ("thanks", S),
    ("Thank you so much!", S),
    ("ok", S),
    ("okay cool", S),
    ("bye", S),
    ("good morning", S),
    ("👍", S),
    ("🙂🙂", S),
    ("lol", S),
    # questions
    ("How much magnesium do I need?", Q),
    ("what's my RDA", Q),
    ("Why does magnesium matter for bones", Q),
    ("is spinach good for bones?", Q),
    ("are almonds good for osteoporosis?", Q),
    ("should I eat more nuts?", Q),
    ("Can I take magnesium with Fosamax", Q),
    ("does omeprazole lower magnesium", Q),
    ("tell me about PTH", Q),
    ("explain osteopenia", Q),
    ("I'm a 45-year-old woman, how much magnesium should I get?", Q),
    ("I'm a 30 year old pregnant woman, how much mg", Q),
    ("which supplement is best absorbed", Q),
    ("when should I take magnesium", Q),
    ("will magnesium help my bones", Q),
    ("magnesium and osteoporosis?", Q),
    ("I have osteoporosis", Q),
    ("my doctor says my bones are thin", Q),
    ("I take alendronate, is magnesium ok", Q),
    ("what is a t-score", Q),
    ("Is dark chocolate a good source of magnesium?", F),  # about its magnesium content
    ("do bananas help with cramps?", Q),
    ("what's the weather today", Q),
    ("I had a fracture last year, should I take magnesium?", Q),
    ("I ate spinach today, is that enough for my bones?", Q),
    ("how much calcium do I need", Q),
    # food queries
    ("How much magnesium is in almonds?", F),
    ("how much magnesium in a banana", F),
    ("mg in a banana", F),
    ("magnesium in spinach?", F),
    ("magnesium content of spinach", F),
    ("How many mg of magnesium does an avocado have?", F),
    ("is there magnesium in dark chocolate", F),
    ("does quinoa contain magnesium?", F),
    ("how much mg is in 100g of pumpkin seeds", F),
    # not food queries: magnesium "in" the body, supplements, pregnancy
    ("how much magnesium is in the body?", Q),
    ("how much magnesium is in my supplement", Q),
    ("how much magnesium is in bones", Q),
    # meals
    ("had oatmeal with a banana", M),
    ("I had 2 eggs and toast", M),
    ("ate a handful of almonds", M),
    ("For lunch: spinach salad and brown rice", M),
    ("breakfast was porridge with milk", M),
    ("200g salmon, 1 cup quinoa", M),
    ("just had a bowl of black beans", M),
    ("spinach, almonds, banana", M),
    ("a banana", M),
    ("2 slices whole wheat bread with peanut butter", M),
    ("dinner: lentil soup", M),
    ("I ate a banana for breakfast", M),
    ("snack: pumpkin seeds 30g", M),
    ("Chicken curry with rice", M),
    ("yesterday I had dark chocolate", M),
    ("drank a glass of milk", M),
]


@pytest.mark.parametrize("text, route", CASES, ids=[c[0] or repr(c[0]) for c in CASES])
def test_classify(text, route):
    assert classify(text) is route


def test_enough_cases():
    assert len(CASES) >= 60


def test_none_is_empty():
    assert classify(None) is Route.EMPTY


FOODS = {"almonds", "banana", "spinach", "oatmeal", "toast", "kale", "quinoa"}


def is_food(text: str) -> bool:
    return any(food in text.lower() for food in FOODS)


@pytest.mark.parametrize(
    "text, route",
    [
        ("kale", M),  # a bare food
        ("I feel tired all the time", Q),  # no food: to the knowledge base (which declines politely)
        ("how much magnesium is in almonds", F),
        ("how much magnesium is in my diet", Q),
        ("how much magnesium is in gravel", Q),  # not a known food: a question, not a food lookup
        ("is spinach good for bones?", Q),
        ("oatmeal and toast", M),
    ],
)
def test_classify_with_a_food_callback(text, route):
    assert classify(text, is_food=is_food) is route
