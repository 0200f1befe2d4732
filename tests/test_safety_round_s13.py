"""Safety round 13: a child who drank a magnesium laxative (bowel prep) gets Poison Control now; kidney disease
(or an older age) with a magnesium antacid or laxative and the signs of too much magnesium (flushing, weakness,
drowsiness, nausea) is the toxicity answer, not the routine kidney advice; a doctor's offer of magnesium sulphate
in pregnancy ("should I refuse it?") is talked through with the obstetrician; kidneys said to be fine, or a
kidney infection, are no reduced kidney function; a dose taken twice a day counts twice against the 350 mg
upper limit. Pure domain tests on the real knowledge base."""

from __future__ import annotations

import re

import pytest

from bot.domain.answering import default_answerer
from bot.domain.situations import load_situation_words
from bot.domain.stated import magnesium_dose_line

ANSWERER = default_answerer()
WORDS = load_situation_words()
POISON = re.compile(r"1-800-222-1222")
EMERGENCY = re.compile(r"1-800-222-1222|call (911|999|the emergency)|get medical help now", re.I)
TOXICITY = "What are the signs of magnesium toxicity"
KIDNEY = "Is it safe to take magnesium supplements with kidney disease?"


@pytest.mark.parametrize(
    "question",
    [
        "my 4 year old drank some of my magnesium citrate from the fridge, what do i do",
        "my 7yo got hold of the bowel prep and drank a load of it",
        "toddler drank half a bottle of milk of magnesia",
    ],
)
def test_a_child_who_drank_a_magnesium_laxative_gets_poison_control(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and POISON.search(answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "nan is 88 and has ckd, the nurses give her magnesium hydroxide for her bowels and now she is flushed and"
        " really weak",
        "i have kidney failure and have been chewing antacids all day, now i feel sick and cant stay awake",
        "my uncle on dialysis takes mag hydroxide and his blood pressure is low and he is very drowsy",
    ],
)
def test_kidney_disease_a_magnesium_product_and_signs_of_excess_is_the_toxicity_answer(question):
    answer = ANSWERER.answer(question)
    assert answer.sources[0].heading.startswith(TOXICITY)
    assert EMERGENCY.search(answer.text)


def test_the_routine_kidney_advice_still_answers_a_dose_with_no_signs():
    answer = ANSWERER.answer("i have ckd stage 3, can i take 200 mg magnesium glycinate?")
    assert answer.sources[0].heading == KIDNEY


@pytest.mark.parametrize(
    "question",
    [
        "the consultant wants me on magnesium sulphate because the baby may come early at 28 weeks, can i refuse?",
        "they want to start a mag drip for preterm labour, i'm worried about the baby's bones",
    ],
)
def test_magnesium_sulphate_offered_in_pregnancy_is_talked_through_with_the_obstetrician(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and re.search(r"obstetrician or midwife", answer.text)
    assert not re.search(r"(you should|just) refuse", answer.text, re.I)


@pytest.mark.parametrize(
    ("words", "denied"),
    [
        ("her kidneys are fine what is the upper limit", {"kidney"}),
        ("on cipro for a kidney infection", {"kidney"}),
        ("a kidney infection last year and now ckd", set()),
        ("my kidneys are not great", set()),
    ],
)
def test_kidneys_said_to_be_fine_or_an_infection_take_the_kidney_signal_back(words, denied):
    assert WORDS.denied(words.split()) == denied


def test_a_message_with_fine_kidneys_has_no_kidney_signal():
    assert "kidney" not in ANSWERER.signals(
        "i care for my aunt, her kidneys are fine. upper limit for adults?"
    )
    assert "kidney" in ANSWERER.signals("i have ckd, whats the upper limit of magnesium")


def test_an_antibiotic_for_a_kidney_infection_gets_the_spacing_answer():
    answer = ANSWERER.answer(
        "on ciprofloxacin for a kidney infection, I take 250mg magnesium daily, same time ok?"
    )
    assert answer.sources[0].heading == "Does magnesium interact with antibiotics?"


def test_a_dose_taken_twice_a_day_counts_twice():
    line = magnesium_dose_line("magnesium 250 mg, I have it twice a day. am I over?")
    assert line is not None and "500 mg" in line and "above" in line
    assert "within" in (magnesium_dose_line("200 mg magnesium split into two doses twice a day") or "")


def test_a_routine_dose_taken_twice_a_day_gets_the_upper_limit_and_no_emergency():
    answer = ANSWERER.answer(
        "my multi has magnesium 200 mg and I take it twice daily, is that too much? 45 f"
    )
    assert "350" in answer.text and not EMERGENCY.search(answer.text)


@pytest.mark.parametrize(
    ("words", "low"),
    [
        ("bp 80/50 this morning", True),
        ("my blood pressure was 85 over 55", True),
        ("my bp is 120/80", False),
        ("bp pills 2 a day", False),
    ],
)
def test_a_blood_pressure_reading_below_90_60_is_low(words, low):
    found = WORDS.signals(words.replace("/", " ").split())
    assert ("severe" in found and "excess-sign" in found) is low


def test_a_low_reading_on_magnesium_and_a_laxative_is_the_toxicity_answer_not_a_decline():
    answer = ANSWERER.answer(
        "bp 78/48 today, been taking mag tablets and a laxative most days, feel woozy, linked?"
    )
    assert answer.sources[0].heading.startswith(TOXICITY) and EMERGENCY.search(answer.text)
