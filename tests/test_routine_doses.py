"""Routine magnesium doses: an age written with its sex ("31f") is no count of tablets, "no kidney stuff"
denies kidney disease, a count of tablets or amounts taken together add up against the 350 mg upper limit,
and a routine or mistaken dose gets the upper limit and its side effect, not an emergency (pure domain)."""

from __future__ import annotations

import pytest

from bot.domain.answering import Answerer
from bot.domain.knowledge import load_knowledge_base
from bot.domain.retrieval import words_of
from bot.domain.situations import load_situation_words
from bot.domain.stated import label_line, magnesium_dose_line

ANSWERER = Answerer(load_knowledge_base())
WORDS = load_situation_words()
UPPER_LIMIT = "I took a magnesium supplement above 350 mg — is that too much?"


def signals(text: str) -> frozenset[str]:
    return WORDS.signals(words_of(text))


def test_an_age_with_its_sex_is_no_count_of_tablets():
    assert "many" not in signals("took 400mg magnesium this morning, 31f no health probs")
    assert "polypharmacy" not in signals("took 2 of my 200mg tablets, 28m, no meds")
    assert "many" in signals("took 30 of my magnesium tablets")


def test_a_negator_denies_a_condition_but_not_a_symptom():
    assert "kidney" not in signals("no meds no kidney stuff")
    assert "kidney" in signals("i have kidney disease")
    assert "kidney" not in signals("without kidney problems")


def test_a_count_of_tablets_and_amounts_taken_together_add_up():
    assert "2 × 200 mg = 400 mg" in magnesium_dose_line("took 2 of my 200mg mag citrate by mistake")
    line = magnesium_dose_line("i take 300mg magnesium and also a multivit that has 100mg magnesium in it")
    assert "300 mg + 100 mg = 400 mg" in line and "above" in line
    assert "within" in magnesium_dose_line("i take 200mg magnesium plus 100mg magnesium in my multi")
    assert "=" not in (magnesium_dose_line("is 200mg or 400mg magnesium better") or "")
    assert label_line("magnesium citrate 1000mg (providing 160mg elemental)")


@pytest.mark.parametrize(
    "question",
    [
        "took 400mg magnesium citrate this morning (label said 2 caps lol) is that too much?? 31f no health probs",
        "took 2 of my 200mg mag citrate instead of 1 by mistake, 28m, no meds no kidney stuff. am i ok",
        "whoops took 2 of my husbands ZMA caps instead of my fish oil, im 41 healthy, bad??",
        "i take 300mg magnesium and also a multivit that has 100mg magnesium in it. is that over the limit?",
    ],
)
def test_a_routine_dose_gets_the_upper_limit_and_no_emergency(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and answer.section and answer.section.heading == UPPER_LIMIT
    assert "350 mg" in answer.text and "diarrhoea" in answer.text
    assert "Poison Control" not in answer.text and "emergency" not in answer.text.lower()


def test_mild_diarrhoea_after_magnesium_says_drink_fluids():
    answer = ANSWERER.answer(
        "had my magnesium and prunes yesterday, today mild diarrhoea, anything to worry about?"
    )
    assert answer.confident and "fluids" in answer.text


def test_diarrhoea_unwell_on_a_diuretic_is_dehydration_first():
    answer = ANSWERER.answer(
        "my mum has had watery diarrhoea 3 days since starting magnesium for cramps, she's weak and hasnt had "
        "a wee since last night. she's on water tablets too"
    )
    assert answer.section and "dehydrated" in answer.section.heading


def test_living_on_the_loo_is_diarrhoea():
    answer = ANSWERER.answer(
        "started mag citrate last week and i've basically been living on the loo, normal?"
    )
    assert answer.section and "diarrhoea" in answer.section.heading


def test_a_fussy_young_child_gets_the_rda_not_the_weight_cutting_warning():
    answer = ANSWERER.answer("how much magnesium does a 6 year old need? she's fussy and barely eats veg")
    assert "130 mg" in answer.text and "coach" not in answer.text
    teen = ANSWERER.answer(
        "My daughter is 14, takes magnesium and zinc and barely eats to stay light for gymnastics"
    )
    assert teen.section and "cutting weight" in teen.section.heading


def test_a_toddler_who_nicked_tablets_gets_poison_control():
    answer = ANSWERER.answer(
        "my 3yo nicked a couple of my mag tablets off the bench. should i just keep an eye on him?"
    )
    assert "1-800-222-1222" in answer.text


def test_just_after_the_birth_the_pregnancy_warning_signs_still_send_to_the_maternity_unit():
    answer = ANSWERER.answer(
        "5 days postpartum, bad headache that won't go and vision gone blurry. should i just take magnesium?"
    )
    assert answer.section and "pregnant" in answer.section.heading and "right now" in answer.text


def test_diarrhoea_on_magnesium_is_called_a_common_side_effect():
    answer = ANSWERER.answer("been on the loo all day since starting mag citrate, is that normal")
    assert "common side effect" in answer.text
