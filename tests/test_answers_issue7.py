"""Issue 7 (answers): on-topic questions the knowledge base now answers, and an animal's age read as the
animal's ("my 12yo labrador"). Pure domain tests on the real knowledge base, no mocks."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer

ANSWERER = default_answerer()


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        (
            "im taking 1200mg calcium and also magnesium, should i take them at the same time or split them up",
            ["500 mg", "split"],
        ),
        (
            "my 13 yo son is growing like a weed, does he need more calcium than me? im 40",
            ["1,300 mg", "1,000 mg"],
        ),
        ("how much magnesium do people take for migraine prevention", ["600 mg", "350 mg", "doctor"]),
        ("what does magnesium actually do in the body apart from bones", ["300 enzyme", "heart rhythm"]),
        (
            "do i need vitamin d to absorb magnesium or is it the other way round",
            ["needed to activate vitamin D"],
        ),
        ("is low magnesium the real cause of osteoporosis rather than calcium?", ["risk factor", "calcium"]),
        ("can men get osteoporosis? my dad broke his wrist falling off a step", ["Men do get", "doctor"]),
        (
            "does cooking spinach lose the magnesium? also read somewhere oxalates block it",
            ["oxalate", "boil"],
        ),
        (
            "my dad's on a soft food diet after dentures, what soft foods are good for magnesium",
            ["beans", "nut"],
        ),
        ("what's magnesium glycinate and is it any different to the cheap oxide ones", ["glycine", "oxide"]),
        ("is magnesium stearate in my tablets bad for me? someone said its toxic", ["GRAS", "not a source"]),
    ],
)
def test_issue7_questions_are_answered_with_their_key_facts(question, facts):
    answer = ANSWERER.answer(question)
    assert answer.confident
    for fact in facts:
        assert fact.lower() in answer.text.lower(), (fact, answer.text[:300])


def test_a_teenagers_calcium_leads_with_the_figure_for_their_age():
    answer = ANSWERER.answer("my daughter is 15, does she need more calcium than an adult?")
    assert "1,300 mg" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "my 12yo labrador has arthritis, can I give him magnesium or calcium for his bones",
        "my 9 yo spaniel is stiff, can she have some of my magnesium",
    ],
)
def test_an_age_before_an_animal_is_the_animals(question):
    answer = ANSWERER.answer(question)
    assert not answer.confident and "vet" in answer.text


@pytest.mark.parametrize(
    "question",
    ["my 12 yo son has growing pains, can I give him magnesium", "my 9yo ate the dog's magnesium tablets"],
)
def test_an_age_before_a_person_stays_the_persons(question):
    answer = ANSWERER.answer(question)
    assert answer.confident and "vet" not in answer.text


def test_a_falls_question_is_not_answered_with_supplement_timing():
    answer = ANSWERER.answer("dad keeps falling, 3 times this month, should I up his calcium and magnesium")
    assert "together or apart" not in answer.text and "Either is fine" not in answer.text
