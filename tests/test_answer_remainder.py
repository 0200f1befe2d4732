"""Off-topic traps that name the domain (bot/domain/remainder.py) and parts a situation adds
(bot/domain/situation_parts.py) — feedback set G."""

from __future__ import annotations

from bot.domain.answering import Answerer
from bot.domain.knowledge import load_knowledge_base
from bot.domain.remainder import without_domain

ANSWERER = Answerer(load_knowledge_base())


def test_the_remainder_drops_domain_words_and_stopwords():
    vocabulary = ANSWERER.retriever.vocabulary
    assert without_domain("what is the price of magnesium metal", vocabulary) == "price metal"


def test_a_trap_that_names_magnesium_is_declined():
    answer = ANSWERER.answer("whats the share price of magnesium producers doing? thinking of buying in")
    assert not answer.confident


def test_questions_about_magnesium_itself_stay_answered():
    for question in (
        "how much magnesium do i need",
        "why do bones need magnesium anyway",
        "best vegan sources of magnesium? i dont eat dairy or meat",
        "can i give my 4 year old some of my adult magnesium tablets for constipation?",
    ):
        assert ANSWERER.answer(question).confident, question


def test_a_dose_in_pregnancy_also_says_to_ask_the_midwife():
    text = ANSWERER.answer(
        "pregnant & was told to take vit D. is 10,000 IU a day fine? saw it on a podcast"
    ).text
    assert "4,000 IU" in text and "midwife" in text
    # an amount asked in pregnancy, with no dose or supplement, gets no extra part
    answer = ANSWERER.answer("im 24 and 20wks pregnant, how much magnesium do i actually need")
    assert len(answer.sources) == 1


def test_every_situation_part_names_a_section():
    assert ANSWERER.situation_parts.rules  # knowledge/situation_parts.csv names real headings
