"""Issue 7 (answers), safety round 11: more magnesium than meant ("3 instead of 1", "3 times her dose", "mine as
well as his") is a double dose, and an older person (by word or by a stated age of 65 or more), kidney or heart
trouble makes it a call to Poison Control / NHS 111 now; a healthy adult's extra tablet stays a plain answer;
"osteo tablets" are a bone medicine; a message asking whether a medicine and magnesium interact, or a high
dose beside a medicine, goes to the prescriber or pharmacist. Pure domain tests on the real knowledge base."""

from __future__ import annotations

import re

import pytest

from bot.domain.answering import default_answerer
from bot.domain.situations import load_situation_words

ANSWERER = default_answerer()
WORDS = load_situation_words()
POISON = re.compile(r"1-800-222-1222|\b111\b|13 11 26")
PRESCRIBER = re.compile(r"doctor|pharmacist|prescriber", re.I)
EMERGENCY_CALL = re.compile(r"call (911|999|poison)|emergency department", re.I)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("had 3 of her tablets this morning instead of 1", True),
        ("took six of my magnesium instead of two", True),
        ("magnesium glycinate instead of oxide", False),
        ("took 1 instead of 2 tablets", False),
        ("took 4 tablets but instead of 2", False),
    ],
)
def test_more_than_meant_by_instead_of_is_a_double_dose(words, expected):
    assert ("more-than-meant" in WORDS.signals(words.split())) is expected


@pytest.mark.parametrize(
    "question",
    [
        "nan had 3 of her magnesium tablets this morning instead of 1, will she be ok",
        "mum took her magnesium twice by mistake today, she's 86 and has kidney problems, is she ok",
        "nana's had 3 times her magnesium dose, she's 88 with heart failure, is that serious",
        "accidentally took my partners magnesium as well as mine, and my kidney function is only 25%",
        "dad double dosed his magnesium citrate laxative, he's 79, will he be alright",
        "took three doses of my magnesium this evening cos I forgot, now my heart feels weird",
    ],
)
def test_more_magnesium_than_meant_at_risk_gets_poison_advice_now(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and POISON.search(answer.text)
    assert not re.match(r"\W*(yes|sure|no worries)\b", answer.text, re.I)


def test_a_stated_age_of_65_or_more_is_older():
    assert "older" in ANSWERER.signals("my dad is 79 and takes magnesium")
    assert "older" not in ANSWERER.signals("i'm 34 and take magnesium")


def test_a_healthy_adults_extra_tablet_gets_no_emergency_wording():
    answer = ANSWERER.answer(
        "accidentally took my mag glycinate twice last night, 2x 200mg. feel totally fine, 34 and healthy"
    )
    assert not EMERGENCY_CALL.search(answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "reckon I can ditch me osteo tablets and just take magnesium? GP's a bit pushy",
        "my mum takes amlodipine and wants to start magnesium, any interaction",
        "on digoxin and my GP didn't mention magnesium, can I take 400mg",
        "on methotrexate and a PPI, can i take 500mg magnesium",
    ],
)
def test_medicines_beside_magnesium_go_to_the_prescriber(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and PRESCRIBER.search(answer.text)
    assert not re.match(r"\W*yes\b", answer.text, re.I)


def test_meds_named_alone_ask_about_no_interaction():
    """The vocabulary adds "medication interaction" to "meds": the bare word gives no `interaction`."""
    assert "interaction" not in ANSWERER.signals(
        "can mag supplements reverse osteopenia?? want to avoid meds"
    )
    assert "interaction" in ANSWERER.signals("my mum takes amlodipine and wants magnesium, any interaction")
