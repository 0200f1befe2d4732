"""More safety signs kept as data (knowledge/red_flags.txt, knowledge/situation_words.csv) and the sections
of knowledge/safety.md that answer them: feeling a burden with no point going on, slurred speech and weak
arms on magnesium, a thick tongue after an infusion, a hot red injection site, laxatives to stay flat.
Fresh phrasings, not the benchmark questions; routine worries stay calm. Pure domain tests, no mocks."""

from __future__ import annotations

import re

import pytest

from bot.domain.red_flags import RED_FLAG
from tests.test_safety_signs import ANSWERER, CRISIS, EMERGENCY, answer

ALARM = re.compile(r"call (911|999|112)|poison control|ambulance|emergency", re.I)


@pytest.mark.parametrize(
    "text",
    [
        "broke my wrist now too. i'm just a burden on my family, no reason to go on really",
        "since the hip op i feel like theres nothing to live for, does calcium even matter",
    ],
)
def test_feeling_a_burden_with_no_point_going_on_gets_the_crisis_lines(text):
    assert CRISIS.search(answer(text))


@pytest.mark.parametrize(
    "text",
    [
        "mum's been on loads of magnesium for her legs, kidneys are poor, and now her speech is slurred",
        "taking 2000 mg magnesium a day and i can hardly lift my arms, legs like jelly",
    ],
)
def test_slurred_speech_or_weak_arms_on_a_lot_of_magnesium_is_an_emergency(text):
    assert RED_FLAG in ANSWERER.signals(text)
    assert EMERGENCY.search(answer(text))


def test_a_thick_tongue_after_a_bone_infusion_is_an_emergency():
    reply = answer("my tongue feels thick and swollen since my reclast drip today")
    assert EMERGENCY.search(reply) and "dentist" not in reply


def test_a_red_hot_injection_site_after_injecting_magnesium_gets_care_today():
    reply = answer("she injected some magnesium sulphate into her thigh and the spot is hot and swollen")
    assert "today" in reply and "trained staff" in reply


def test_laxatives_to_stay_flat_are_an_eating_disorder_worry():
    reply = answer("i drink milk of magnesia every night to stay flat for my wedding, ok for bones?")
    assert "eating disorder" in reply


@pytest.mark.parametrize(
    "text",
    [
        "is 300 mg of magnesium glycinate a day ok at 70 on water tablets",
        "I've been on alendronate for 5 years, should I ask about a drug holiday?",
        "my speech therapist said magnesium helps, how much is in almonds",
    ],
)
def test_routine_worries_stay_calm(text):
    assert RED_FLAG not in ANSWERER.signals(text)
    assert not ALARM.search(answer(text))


def test_cannot_stop_being_sick_and_barely_weeing_after_bowel_prep_is_an_emergency():
    text = "took the picolax prep last night, can't stop vomiting and have hardly peed since"
    assert RED_FLAG in ANSWERER.signals(text)
    assert EMERGENCY.search(answer(text))
