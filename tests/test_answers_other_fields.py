"""Issue 7, set V: a message about another field than a person's health (a market, a company, work, law, sport,
games, music, software, history, travel, homework, industry: knowledge/off_topic_frames.txt) is declined even
when it names magnesium, bones or an osteoporosis drug; a question about the person that uses one of those words
in passing, or a word that only looks like one ("chicken stock", "share my tablets"), is not. Domain tests on the
real knowledge base, no mocks."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer
from bot.domain.frames import FrameReader
from bot.domain.personal import extract_demographics

ANSWERER = default_answerer()


@pytest.mark.parametrize(
    "question",
    [
        "thinking of putting 5k into a magnesium mining stock since it's a 'critical mineral' now. good buy or not?",
        "should i buy Amgen shares before earnings? heard their osteoporosis drug sales are booming",
        "will Amgen's share price go up if Evenity gets approved in more countries?",
        "is it worth investing in a vitamin d supplement company?",
        "which calcium carbonate suppliers are listed on the stock exchange?",
        "im a chemist, what salary can i expect at a magnesium plant?",
        "can i sue my doctor because my osteoporosis was missed for years?",
        "in minecraft where do you find calcium or bone meal?",
        "whats the song with the lyrics about broken bones?",
        "write me python code to calculate magnesium intake from a csv",
        "who discovered magnesium and in which century?",
        "can i take my magnesium tablets through airport security on a flight to spain?",
        "what is magnesium alloy used for in aerospace?",
        "what is the electron configuration of calcium",
    ],
)
def test_a_message_about_another_field_is_declined(question):
    assert not ANSWERER.answer(question).confident


@pytest.mark.parametrize(
    "question",
    [
        "can i share my magnesium tablets with my husband?",
        "my job involves heavy lifting, is that good for my bones?",
        "family history of osteoporosis, should i get a scan?",
        "i play football three times a week, do i need more magnesium?",
        "my mum has osteoporosis and is going on a long flight, any risks?",
        "What share of the body's magnesium is stored in the skeleton?",
        "read about jaw bone death from bisphosphonates, should i stop mine tomorrow",
    ],
)
def test_a_persons_question_with_such_a_word_is_answered(question):
    assert ANSWERER.answer(question).confident


def test_fields_match_words_as_written():
    frames = FrameReader()
    assert frames.fields("buy Amgen shares") == {"money"}
    assert frames.fields("a magnesium mining stock") >= {"money", "industry"}
    # a stem would join these to "shares" and "mining"
    assert not frames.fields("can i share a meal, should i stop mine, is chicken stock ok")


@pytest.mark.parametrize(
    ("question", "heading", "fact"),
    [
        (
            "nan (84) is a bit wobbly on her feet since her hip op. what sort of activity should she be doing?",
            "balance",
            "Balance",
        ),
        ("how can my nan avoid falls, shes 84 and a bit wobbly", "balance", "rugs"),
        (
            "my mag supplement says 250mg = 60% DV. so what's the daily value based on then?",
            "Daily Value",
            "420",
        ),
        (
            "calcium carbonate vs calcium citrate — does it matter when i take them?",
            "carbonate",
            "carbonate with food",
        ),
        (
            "pregnant w/ no.2 at 36. midwife never mentioned magnesium at all. what should i be aiming for daily",
            "",
            "360 mg",
        ),
    ],
)
def test_set_v_on_topic_asks_are_answered(question, heading, fact):
    answer = ANSWERER.answer(question)
    assert answer.confident
    assert any(heading in s.heading for s in answer.sources), [s.heading for s in answer.sources]
    assert fact in answer.text


def test_a_question_about_the_son_takes_his_age_not_the_askers():
    assert (
        extract_demographics("I'm 40 and take magnesium. my son, he's 10, how much does he need?").age == 10
    )
    assert extract_demographics("im 35 and my husband is 40, how much do i need").age == 35
    assert extract_demographics("i'm 40, how much magnesium for me and my son, he's 10").age == 40


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("mum is 84 and had a fall last month. what can we do so it doesnt happen again", "balance"),
        (
            "gran slipped on the hall rug and fractured her wrist. she's got osteoporosis. how do we stop the next "
            "fall happening?",
            "balance",
        ),
        # an injury that hurts now is the injury's answer, even when the message also asks about next time
        ("nan fell again yesterday and now her hip hurts, how do we stop it happening again", "injury"),
        ("Could I have broken a bone in a fall?", "injury"),
    ],
)
def test_stopping_the_next_fall_is_fall_prevention_unless_it_hurts_now(question, heading):
    answer = ANSWERER.answer(question)
    assert any(heading in s.heading for s in answer.sources), [s.heading for s in answer.sources]


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("my bp is 120/80, how much magnesium should i take", None),
        ("im 45 and my bp is 130/85, is magnesium ok", 45),
        ("my mum is 72, does she need more magnesium", 72),
    ],
)
def test_a_reading_such_as_a_blood_pressure_is_no_age(question: str, age: int | None) -> None:
    # "my bp is 120/80" was read as someone aged 120 (found in round safe7)
    assert extract_demographics(question).age == age
