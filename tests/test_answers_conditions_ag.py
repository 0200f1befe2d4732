"""Issue 7 (round ans7b): personal figures when the sex is unstated or implied, and the sections on
constipation, blood pressure, diabetes, how long magnesium takes to work and Prolia with calcium and vitamin D."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer
from bot.domain.personal import calcium_line, extract_demographics, person_for, vitamin_d_line


def test_calcium_for_one_age_and_unknown_sex_gives_both_figures() -> None:
    line = calcium_line(person_for("I'm 52, how much calcium do I need?"))
    assert line == "For someone aged 52 the calcium RDA is 1,200 mg a day for a woman and 1,000 mg for a man."


def test_vitamin_d_needs_no_sex() -> None:
    assert (
        vitamin_d_line(person_for("I'm 52, how much vitamin d?"))
        == "For someone aged 52 the vitamin D RDA is 600 IU a day."
    )


@pytest.mark.parametrize(
    "question",
    [
        "I'm 52, periods stopped last year. how much calcium do I need?",
        "perimenopausal at 48, what calcium should I get",
        "hot flushes started, I'm 51, how much calcium",
    ],
)
def test_words_only_a_woman_uses_of_herself_set_the_sex(question: str) -> None:
    assert extract_demographics(question).sex == "female"


@pytest.mark.parametrize(
    ("question", "heading", "fact"),
    [
        ("how fast does magnesium citrate work for constipation?", "constipation", "30 minutes to 6 hours"),
        ("how long does milk of magnesia take", "constipation", "30 minutes to 6 hours"),
        ("will magnesium bring my blood pressure down", "blood pressure", "2 mmHg"),
        ("can magnesium help my type 2 diabetes", "diabetes", "observational"),
        ("been on magnesium a week and feel nothing, how long does it take to work", "How long", "12 weeks"),
        ("on prolia now, do I need calcium and vitamin d with it", "Prolia", "hypocalcaemia"),
    ],
)
def test_condition_questions_get_their_own_section(question: str, heading: str, fact: str) -> None:
    answer = default_answerer().answer(question)
    assert answer.confident
    assert heading.lower() in answer.section.heading.lower()
    assert fact in answer.text


def test_periods_stopped_at_52_gets_the_womans_calcium_figure() -> None:
    answer = default_answerer().answer(
        "I'm 52, periods stopped last year. how much calcium do I need now for my bones?"
    )
    assert "1,200 mg" in answer.text.split("\n")[0]
