"""Issue 7 (answers), safety round S10: a pet that swallowed tablets gets the vet / animal poison line as an
answer; an animal at a clause's end stays in passing when the sender says "my" without "I"; a gestation written
"36w" is a pregnancy; confusion for days and barely talking are red flags; a medicine taken again by someone who
forgot is a double dose; "gonna die" asks whether it was an overdose; a teenager with an adult dose above the
limit is sent to a doctor or pharmacist. Pure domain tests on the real knowledge base, no mocks."""

from __future__ import annotations

import re

import pytest

from bot.domain.answering import default_answerer
from bot.domain.red_flags import RED_FLAG, load_red_flags

ANSWERER = default_answerer()
FLAGS = load_red_flags()
URGENT = re.compile(r"\b(911|999)\b|right now|straight away|emergency", re.I)


@pytest.mark.parametrize(
    "question",
    [
        "the puppy chewed through a bottle of my calcium tablets",
        "our labrador ate a few of my vitamin d capsules",
    ],
)
def test_a_pet_that_swallowed_a_product_is_answered_with_the_vet(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and re.search(r"\bvet\b|animal poison", answer.text)
    assert "1-800-222-1222" not in answer.text and "Sorry" not in answer.text


def test_a_pet_that_swallowed_no_product_is_still_declined():
    answer = ANSWERER.answer("my dog swallowed a cooked chicken bone, will he be ok")
    assert not answer.confident


def test_an_animal_ending_a_clause_in_a_my_message_is_in_passing():
    text = "stopped my alendronate last year, now sharp back pain after picking up the dog. pulled muscle?"
    answer = ANSWERER.answer(text)
    assert answer.confident and "vet" not in answer.text


@pytest.mark.parametrize(
    ("text", "pregnant"),
    [("32w and my face has puffed up, can magnesium help", True), ("been taking it for 3 w", False)],
)
def test_a_gestation_written_with_w_is_a_pregnancy(text, pregnant):
    assert ("pregnant" in ANSWERER.signals(text)) is pregnant


def test_sudden_swelling_at_a_written_gestation_goes_to_maternity_now():
    text = "34w, my feet and face swelled up overnight, should i take more magnesium for it"
    answer = ANSWERER.answer(text)
    assert answer.confident and re.search(r"maternity|midwife", answer.text) and URGENT.search(answer.text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("grandpa has been confused for days and keeps asking the same things", "flag-confusion"),
        ("she's barely talking this evening and just wants to sleep", "flag-speech"),
    ],
)
def test_lasting_confusion_and_barely_talking_are_red_flags(text, concept):
    assert {concept, RED_FLAG} <= FLAGS.signals(text)


def test_a_passing_confusion_about_doses_is_no_red_flag():
    assert RED_FLAG not in FLAGS.signals("i'm confused about which magnesium to buy")


def test_a_medicine_taken_again_by_someone_who_forgot_is_a_double_dose():
    text = "grandad forgot he took his furosemide and took it all again after tea, now hes lightheaded"
    assert "double-dose" in ANSWERER.signals(text)
    answer = ANSWERER.answer(text)
    assert answer.confident and re.search(r"pharmacist|doctor|poison", answer.text, re.I)


def test_forgetting_to_ask_is_no_double_dose():
    assert "double-dose" not in ANSWERER.signals(
        "dad had his first prolia shot and forgot to ask about the next"
    )


def test_asking_whether_one_will_die_is_an_overdose_question():
    assert "od-question" in ANSWERER.signals("had 3 of my calcium chews by accident, am i going to die")


def test_a_teenager_with_an_adult_dose_above_the_limit_is_sent_to_a_doctor():
    answer = ANSWERER.answer("my 14 yo son wants to take my 600mg magnesium for leg cramps, ok?")
    assert answer.confident and "350 mg" in answer.text
    assert re.search(r"doctor|pharmacist", answer.text) and not re.match(r"\W*yes\b", answer.text, re.I)
