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


def test_a_woman_over_50_gets_the_over_50_section_not_pregnancy() -> None:
    answer = default_answerer().answer("my mum is 67, how much magnesium calcium and vitamin d")
    assert "pregnan" not in answer.text.lower()
    assert "For a woman aged 67 the calcium RDA is 1,200 mg a day." in answer.text


@pytest.mark.parametrize(
    ("question", "line"),
    [
        (
            "how much vitamin d should a breastfeeding mum take",
            "For a breastfeeding woman the vitamin D RDA is 600 IU a day.",
        ),
        (
            "how much calcium do i need while pregnant",
            "For a pregnant woman the calcium RDA is 1,000 mg a day (1,300 mg at ages 14–18).",
        ),
    ],
)
def test_pregnancy_or_breastfeeding_without_an_age_gives_the_figure(question: str, line: str) -> None:
    assert line in default_answerer().answer(question).text


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("does magnesium help with menopause symptoms like hot flushes", "hot flushes"),
        ("magnesium for night sweats?", "hot flushes"),
        ("does magnesium help with pms or period cramps", "period pain"),
    ],
)
def test_menopause_and_period_questions_get_their_sections(question: str, heading: str) -> None:
    answer = default_answerer().answer(question)
    assert answer.confident and heading in answer.section.heading
