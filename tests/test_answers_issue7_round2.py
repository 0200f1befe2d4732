"""Issue 7 (answers), round 2: how-to questions without a question mark are no meal logs, a limit asked for a
person gets the limit line, each medicine named gets its part, an ask beside scene-setting context keeps its
own section, and traps that share our words are declined. Pure domain tests on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer
from bot.domain.medicines import medicines
from bot.domain.personal import amount_asked
from bot.domain.routing import Route, classify

ANSWERER = default_answerer()


@pytest.mark.parametrize(
    "message",
    [
        "the bathroom sink is blocked what should i use to clear it",
        "toddler keeps waking at 5am how do we get her to sleep longer",
        "write me a short poem about autumn",
        "recommend a good budget laptop for university",
    ],
)
def test_a_question_without_a_question_mark_is_no_meal_even_if_a_food_word_matches(message):
    assert classify(message, is_food=lambda _text: True) is Route.QUESTION


@pytest.mark.parametrize(
    "meal", ["had porridge with honey", "2 eggs and toast for breakfast", "chicken curry, rice"]
)
def test_meals_still_log(meal):
    assert classify(meal, is_food=lambda _text: True) is Route.MEAL


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("calcium UL for my 45 year old husband", ("calcium-limit",)),
        ("maximum vitamin d a day for a 6 year old", ("vitamin-d-limit",)),
        ("max magnesium for a 40 yo woman", ("upper-limit",)),
    ],
)
def test_a_limit_asked_for_a_person_is_the_limit_figure(question, expected):
    assert amount_asked(question) == expected


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("calcium UL for my 45 year old husband", "2,500 mg"),
        ("what is the upper limit of calcium for a 16 year old girl", "3,000 mg"),
        ("upper limit of vitamin d for a 2 year old", "2,500 IU"),
        ("max vitamin d for my 7 yo", "3,000 IU"),
    ],
)
def test_the_limit_line_leads_the_answer(question, line):
    answer = ANSWERER.answer(question)
    assert answer.confident
    assert line in "\n".join(answer.text.split("\n")[:2]), answer.text[:300]


def test_a_stated_rda_before_pills_is_no_count_of_medicines():
    signals = ANSWERER.signals(
        "im 58 m, the rda is 420 but the pills i got are 500mg, is that over the limit"
    )
    assert "polypharmacy" not in signals
    assert "polypharmacy" in ANSWERER.signals("i take 6 tablets a day for my heart, can i add magnesium")


def test_each_medicine_named_gets_its_part():
    assert medicines(ANSWERER, "mum is on nexium and risedronate, anything to know about magnesium") == [
        "nexium",
        "risedronate",
    ]
    answer = ANSWERER.answer("mum is on nexium and risedronate, anything to know about magnesium")
    text = answer.text.lower()
    assert "proton-pump" in text or "ppi" in text
    assert "bisphosphonate" in text or "2 hours" in text


def test_a_medicine_a_part_already_speaks_of_gets_no_part_of_its_own():
    parts, _ = ANSWERER.choose("on digoxin and bumetanide, is it ok to add magnesium")
    assert len(parts) == 1


def test_an_ask_beside_scene_setting_keeps_its_own_section():
    answer = ANSWERER.answer("how much of magnesium carbonate is really magnesium? the tub is confusing")
    assert "| Carbonate | ~30% |" in answer.text, answer.text[:300]


def test_diuretics_and_low_potassium_name_low_magnesium():
    answer = ANSWERER.answer("my potassium won't come up on water tablets, is magnesium involved?")
    assert answer.confident
    assert "low magnesium" in answer.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "best water softener for a house with very hard water full of calcium and magnesium?",
        "limescale from our hard water keeps furring up the kettle, which descaler works",
    ],
)
def test_household_hard_water_questions_are_declined(question):
    assert not ANSWERER.answer(question).confident


def test_softened_drinking_water_is_still_answered():
    assert ANSWERER.answer("does our water softener take the magnesium out of the water we drink?").confident
