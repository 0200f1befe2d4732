"""Safety round 12: a teenager dared into a handful of capsules ("what happens now" asks what an overdose
means) gets Poison Control now; a blood pressure that has fallen, in any wording, on a supplement is the
toxicity answer; an older person on two named medicines who wants to add magnesium is sent to the prescriber
or pharmacist; a stated magnesium supplement dose (a user's or an older person's) also gives the 350 mg upper
limit, with no emergency wording; "(120mg elemental)" is the mineral itself, never asked about. Pure domain
tests on the real knowledge base."""

from __future__ import annotations

import re

import pytest

from bot.domain.answering import default_answerer
from bot.domain.situations import load_situation_words
from bot.domain.supplements import load_supplement_table, parse_supplement

ANSWERER = default_answerer()
WORDS = load_situation_words()
POISON = re.compile(r"1-800-222-1222")
PRESCRIBER = re.compile(r"doctor|pharmacist|prescriber", re.I)
EMERGENCY = re.compile(r"1-800-222-1222|call (911|999|the emergency)|get medical help now", re.I)


@pytest.mark.parametrize(
    "question",
    [
        "my lil bro (14) let his mate dare him to eat a load of my sleep magnesium caps, he had like 12 and says "
        "he feels dizzy lol. what happens now",
        "my little sister had like 10 of my magnesium gummies, what now",
    ],
)
def test_a_handful_taken_then_what_now_gets_poison_control(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and POISON.search(answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "mum's been on magnesium supplements and her BP has dropped to like 85/50, she's really lethargic and a "
        "bit confused. could it be the magnesium??",
        "dad takes magnesium tablets and his blood pressure has fallen a lot, he is very lethargic",
    ],
)
def test_a_fallen_blood_pressure_on_a_supplement_is_the_toxicity_answer(question):
    answer = ANSWERER.answer(question)
    assert answer.sources[0].heading.startswith("What are the signs of magnesium toxicity")
    assert EMERGENCY.search(answer.text)


def test_a_question_whether_magnesium_lowers_blood_pressure_is_not_severe():
    assert "severe" not in ANSWERER.signals("do magnesium supplements drop blood pressure")


def test_an_older_person_on_two_medicines_adding_magnesium_is_sent_to_the_prescriber():
    question = (
        "my 75 y/o mum takes omeprazole and furosemide and now wants to add magnesium, is that a weird combo?"
    )
    assert "polypharmacy" in ANSWERER.signals(question)
    answer = ANSWERER.answer(question)
    assert answer.confident and PRESCRIBER.search(answer.text)


def test_two_medicines_for_a_younger_adult_are_not_polypharmacy():
    words = ["i", "take", "omeprazole", "and", "furosemide", "can", "i", "add", "magnesium"]
    assert "polypharmacy" not in WORDS.signals(words)
    assert "polypharmacy" in WORDS.signals(words, older=True)


@pytest.mark.parametrize(
    "question",
    [
        "mum is 72, takes 250 mg magnesium for her restless legs and her calcium tab has another 100mg mag in "
        "it. she asked me to double check thats alright?",
        "Hello, I am 67 yrs male, taking Mg 200 mg alongwith calcium + vit D tablet daily as advised by "
        "pharmacist. Is it sufficient for bones? Kindly advise",
    ],
)
def test_a_stated_magnesium_dose_also_gives_the_upper_limit(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and "350" in answer.text
    assert not EMERGENCY.search(answer.text)


@pytest.mark.parametrize(
    "text",
    ["1 magnesium bisglycinate cap (120mg elemental)", "magnesium citrate 200 mg elemental"],
)
def test_a_dose_said_to_be_elemental_is_not_asked_about(text):
    message = parse_supplement(text, load_supplement_table())
    assert message is not None and not message.ambiguous
    assert message.items[0].stated_elemental


def test_an_older_person_on_two_medicines_asking_a_target_keeps_the_rda_answer():
    question = "im 67 (m), on amlodipine + a statin. whats my daily magnesium target in mg"
    assert "polypharmacy" not in ANSWERER.signals(question)
    assert "420" in ANSWERER.answer(question).text


def test_the_upper_limit_part_does_not_answer_an_iron_dose():
    assert not ANSWERER.answer(
        "how many iron tablets should I take for anaemia? ferrous sulphate 200mg"
    ).confident
