"""Issue 7 (answers and safety), round ans7: "mg" after a number is magnesium only when no other supplement or
medicine is named (knowledge/situation_words.csv `other-substance`), and a magnesium-only safety answer needs
magnesium named or nothing else named. Pure domain tests on the real knowledge base."""

from __future__ import annotations

import re

import pytest

from bot.domain.answering import default_answerer
from bot.domain.retrieval import load_vocabulary

ANSWERER = default_answerer()
VOCABULARY = load_vocabulary()
POISON = re.compile(r"poison control|1-800-222-1222", re.I)


@pytest.mark.parametrize(
    ("words", "magnesium"),
    [
        ("took my 250 mg tablet twice", True),
        ("mg 200 mg", True),
        ("took my calcium twice 600 mg each", False),
        ("2 paracetamol 500 mg", False),
        ("calcium 600 mg and mg 200 mg", True),  # 'Mg' as a word still names magnesium
    ],
)
def test_a_unit_after_a_number_is_magnesium_only_when_nothing_else_is_named(words, magnesium):
    assert ("magnesium" in VOCABULARY.expansions(words.split())) is magnesium


@pytest.mark.parametrize(
    "question",
    [
        "took my calcium twice, 600 mg each, I'm 72",
        "Silly me, I took my calcium twice today, forgot I'd had it with breakfast. 600 mg each time. I'm 72.",
    ],
)
def test_a_doubled_calcium_dose_gets_the_calcium_limit_not_poison_control(question):
    text = ANSWERER.answer(question).text
    assert "2,000 mg" in text
    assert not POISON.search(text)


def test_a_doubled_unnamed_dose_in_milligrams_is_still_magnesium():
    text = ANSWERER.answer("I took my 250 mg tablet twice by mistake").text
    assert "350 mg" in text


def test_an_older_persons_doubled_magnesium_still_gets_poison_control():
    assert POISON.search(ANSWERER.answer("mum took her magnesium twice by mistake, she's 86").text)


# -- time to work, painkillers: sections that answer only when asked (`needs: how-long`, `needs: magnesium`) --


def test_how_long_magnesium_takes_to_work_is_answered_by_use():
    answer = ANSWERER.answer("how long does magnesium take to work")
    assert answer.confident
    assert "6 hours" in answer.text and "12 weeks" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "can I take ibuprofen with magnesium",
        "is it ok to take nurofen and magnesium together",
        "NSAIDs and magnesium",
    ],
)
def test_painkillers_with_magnesium_are_answered_with_the_kidney_caution(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and "kidney" in answer.text
    assert not answer.text.lower().startswith(("yes", "no"))


@pytest.mark.parametrize(
    "question",
    [
        "ibuprofen or paracetamol better for a tension headache?",
        "how much ibuprofen can i take for a toothache",
    ],
)
def test_a_painkiller_question_without_magnesium_is_still_declined(question):
    assert not ANSWERER.answer(question).confident


def test_a_migraine_question_that_asks_no_time_keeps_the_migraine_section():
    text = ANSWERER.answer(
        "my daughter gets migraines, her GP mentioned magnesium. does it actually work"
    ).text
    assert "evidence is modest" in text


@pytest.mark.parametrize(
    "question", ["nan took her iron 200mg twice today, she's 90", "dad took his zinc twice, he's 85"]
)
def test_an_older_persons_doubled_other_supplement_gets_advice_now(question):
    text = ANSWERER.answer(question).text
    assert "1-800-222-1222" in text and "pharmacist" in text
    assert "extra magnesium" not in text


def test_a_painkiller_with_a_magnesium_form_reaches_the_painkiller_section():
    assert "kidney" in ANSWERER.answer("can i take advil with mag citrate").text
