"""Red flags (bot/domain/red_flags.py, knowledge/red_flags.txt): serious symptoms read as concepts, matched by
stemmed words in any order within a few words, never negated; a message with one is answered by a safety
section with urgent help (the most fitting one, else "get help now"), never declined; routine worries stay
calm. Pure domain tests over the real knowledge base, no mocks."""

from __future__ import annotations

import re

import pytest

from bot.domain.answering import Answerer
from bot.domain.knowledge import load_knowledge_base
from bot.domain.red_flags import RED_FLAG, load_concepts, load_red_flags, load_situation_concepts

ANSWERER = Answerer(load_knowledge_base())
FLAGS = load_red_flags()
URGENT = re.compile(r"\b(911|999|112)\b|emergency|poison control|right now|\bnow\b", re.I)
ALARM = re.compile(r"call (911|999|112)|poison control|ambulance|emergency(?! number)", re.I)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("grandad had a seizure after dinner", "flag-seizure"),
        ("my wife just had some sort of fit in the kitchen", "flag-seizure"),
        ("he collapsed in the garden", "flag-unresponsive"),
        ("she is really hard to wake this morning", "flag-unresponsive"),
        ("threw up earlier and there was blood in it", "flag-bleeding"),
        ("my poo has gone black and sticky", "flag-bleeding"),
        ("i haven't peed since this morning", "flag-no-urine"),
        ("my throat is closing up", "flag-breathing"),
        ("dad seems confused and keeps nodding off", "flag-confusion"),
        ("i'm weak all over and my legs gave way twice", "flag-weakness"),
        ("honestly i dont care anymore what happens", "flag-despair"),
    ],
)
def test_fresh_phrasings_of_a_red_flag_give_its_concept(text, concept):
    assert {concept, RED_FLAG} <= FLAGS.signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "there was no blood in it, just a tummy ache",  # negated
        "my gran's dentures don't fit anymore, which foods have magnesium",
        "how do i keep fit in my 60s for my bones",
        "black beans and rice from the cuban place",
        "2 black coffees",
        "im confused about which magnesium is best",
        "whats the melting point of magnesium metal",
        "took 2 of my 200mg magnesium by mistake, will i be ok",
    ],
)
def test_everyday_words_are_no_red_flag(text):
    assert not FLAGS.signals(text)


def test_a_phrase_matches_in_any_order_within_its_window_and_not_beyond(tmp_path):
    (tmp_path / "c.txt").write_text(
        "## negators\nno\n\n## flag-bleeding\nthrew blood\n\n## infant\nwindow: 0\nmonth old\n",
        encoding="utf-8",
    )
    concepts = load_concepts("c.txt", RED_FLAG, tmp_path)
    assert concepts.signals("blood came up when i threw up") == {"flag-bleeding", RED_FLAG}
    assert not concepts.signals("threw the ball, then after lunch and a long walk saw blood")  # too far apart
    assert not concepts.signals("threw up, no blood")  # negated
    assert concepts.signals("my 5 month olds bottle") == {"infant", RED_FLAG}  # "olds" stems to "old"
    assert not concepts.signals("22 weeks pregnant at 5 month, 28 old")  # window 0: adjacent only


def test_situation_concepts_read_a_situation_however_it_is_worded():
    concepts = load_situation_concepts()
    assert "weight" in concepts.signals("she has lost a lot of weight lately")
    assert "infant" in concepts.signals("can i put it in my 5 month olds bottle")
    assert "harm-amount" in concepts.signals("how much would kill a person")
    assert not concepts.signals("30 weeks pregnant and the leg cramps are killing me")


@pytest.mark.parametrize(
    "text",
    [
        "my 8 year old has coeliac and just had a seizure, what should we give him",
        "mum had a fit at the table and now she is out of it, she takes magnesium",
        "vomited blood twice today, been on calcium and ibuprofen",
        "not passed urine since yesterday lunch, i take magnesium and vitamin d",
        "been taking 12 magnesium tablets a day for weeks, now weak all over and muddled",
    ],
)
def test_a_red_flag_is_answered_by_a_safety_section_with_urgent_help(text):
    parts, _ = ANSWERER.choose(text)
    assert parts and parts[0].section.safety, text
    answer = ANSWERER.answer(text)
    assert answer.confident and URGENT.search(answer.text), answer.text


def test_a_red_flag_that_names_no_animal_is_never_declined_as_an_animals():
    answer = ANSWERER.answer(
        "i can barely breathe after my new calcium supplement, lips tingling and swollen"
    )
    assert answer.confident and "911" in answer.text


def test_a_heartbeat_red_flag_gets_the_heart_section_not_the_general_one():
    parts, _ = ANSWERER.choose("my heart sometimes skips a beat, could low magnesium be why?")
    assert parts[0].section.heading.startswith("What should I do about chest pain")


def test_a_red_flag_no_other_section_answers_gets_the_general_get_help_now_section():
    parts, _ = ANSWERER.choose("my 8 year old has coeliac and just had a seizure, what should we give him")
    assert parts[0].section.heading.startswith("A seizure, collapse")


def test_despair_beside_an_amount_gets_crisis_lines_not_a_dose():
    answer = ANSWERER.answer(
        "how many of the calcium pills would be too many. i dont care what happens anymore"
    )
    assert "988" in answer.text and "116 123" in answer.text
    assert "350 mg" not in answer.text


def test_a_red_flag_on_the_meal_path_is_urgent_never_a_log():
    assert ANSWERER.urgent("haven't peed since yesterday, had toast and tea", safety_only=True)
    assert not ANSWERER.urgent("black beans and rice with a coffee", safety_only=True)


@pytest.mark.parametrize(
    "text",
    [
        "took two of my 200 mg magnesium glycinate instead of one this morning, am i ok",
        "magnesium citrate is giving me loose stools, nothing major",
        "felt a bit queasy after my magnesium on an empty stomach",
        "took my wife's 600mg calcium as well as mine by mistake",
    ],
)
def test_routine_worries_stay_calm(text):
    assert RED_FLAG not in ANSWERER.signals(text)
    assert not ALARM.search(ANSWERER.answer(text).text), text
