"""Multi-part asks and personal figures named without "how much" (issue 7, feedback set E causes)."""

from __future__ import annotations

from bot.domain.answering import Answerer, _clauses
from bot.domain.knowledge import load_knowledge_base

ANSWERER = Answerer(load_knowledge_base())


def test_a_plus_joins_two_asks():
    answer = ANSWERER.answer("whats osteopenia in plain english + how is it diagnosed")
    assert len(answer.sources) >= 2


def test_context_before_an_ask_stays_with_it():
    assert _clauses("crohns + been on steroids, should i worry about my magnesium") == [
        "crohns been on steroids, should i worry about my magnesium"
    ]


def test_nutrients_listed_for_a_person_are_an_amount_ask():
    text = ANSWERER.answer("calcium and vitamin d for a 66 year old woman?").text
    assert "1,200 mg" in text and "600 IU" in text
    text = ANSWERER.answer("Female, 45. Daily targets for magnesium and calcium please").text
    assert "320 mg" in text and "1,000 mg" in text


def test_a_general_side_effect_question_is_not_the_unwell_safety_answer():
    answer = ANSWERER.answer("does magnesium cause loose stools?")
    assert answer.section is not None and not answer.section.safety


def test_a_comma_before_a_question_word_ends_the_context():
    answer = ANSWERER.answer("i take a handful of vitamins daily, which ones clash with magnesium")
    assert answer.section is not None and answer.section.file == "interactions.md"


def test_asks_declined_together_are_answered_one_by_one():
    answer = ANSWERER.answer("does magnesium help with sleep and does it clash with my hrt patch")
    assert answer.confident and answer.sources[0].heading == "Does magnesium help you sleep?"


def test_an_off_topic_message_is_not_answered_from_one_of_its_sentences():
    assert not ANSWERER.answer("reef tank magnesium keeps dropping, which supplement should i dose").confident


def test_an_rda_and_the_most_one_may_take_are_two_figures():
    text = ANSWERER.answer(
        "what's the magnesium rda for my 10 year old and what's the most she can have from pills"
    ).text
    assert "240 mg" in text and "350 mg" in text


def test_a_pronoun_in_a_later_ask_stands_for_the_subject_of_the_first():
    answer = ANSWERER.answer("which magnesium form is best and what time of day should i take it")
    assert len(answer.sources) >= 2
    assert "When and how should I take a magnesium supplement?" in [s.heading for s in answer.sources]


def test_a_later_ask_for_the_limit_gives_the_same_nutrients_limit():
    text = ANSWERER.answer("im 40 f. calcium rda and the upper limit?").text
    assert (
        "calcium RDA is 1,000 mg" in text
        and "upper limit for calcium from food and supplements is 2,500" in text
    )
    assert "magnesium" not in text.split("\n\n")[0]
    text = ANSWERER.answer("magnesium rda for a 45 year old man + the most he can take").text
    assert "RDA is 420 mg" in text and "350 mg" in text
    text = ANSWERER.answer("my dad is 75, how much vitamin d is too much").text
    assert "upper limit for vitamin D from food and supplements is 4,000 IU" in text
