"""Personal figures for the asker and another person in one message, and the knowledge added for set-AA/AB/Q/R
misses (vitamin D blood levels, vegan diets and bone, K2 with D3, kidneys and too much magnesium)."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer
from bot.domain.personal import personal_lines


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much magnesium for me (f, 58) and my husband (61)?", ["420 mg", "320 mg"]),
        ("magnesium rda for my wife (52) and me (m, 55)", ["320 mg", "420 mg"]),
        ("how much magnesium do my son (15) and me, 40 need", ["410 mg"]),
    ],
)
def test_the_asker_described_beside_me_gets_figures_too(question: str, expected: list[str]) -> None:
    lines = personal_lines(("magnesium",), question)
    text = " ".join(lines)
    assert all(figure in text for figure in expected), lines
    assert len(lines) == 2


def test_a_weight_beside_me_is_not_an_age() -> None:
    lines = personal_lines(("magnesium",), "how much magnesium for my husband (61) and me, 60 kg")
    assert len(lines) == 1


@pytest.mark.parametrize(
    ("question", "heading", "fact"),
    [
        ("my vitamin d came back at 15 ng/ml, is that too low", "vitamin D blood test", "inadequate"),
        ("are vegans more likely to break a bone", "vegan diet", "EPIC-Oxford"),
        ("do i need k2 alongside my d3 so calcium doesnt end up in my arteries", "K2", "mixed"),
        ("what happens if i overdo my magnesium tablets", "too much magnesium", "kidney"),
    ],
)
def test_added_sections_answer(question: str, heading: str, fact: str) -> None:
    answer = default_answerer().answer(question)
    assert answer.confident
    assert heading.lower() in answer.section.heading.lower()
    assert fact.lower() in answer.text.lower()


def test_between_x_and_y_is_one_ask() -> None:
    from bot.domain.question_parts import clauses

    found = clauses("whats the difference between oxide and citrate, and what side effects should i expect")
    assert found[0] == "whats the difference between oxide and citrate,"
    assert len(found) == 2


@pytest.mark.parametrize(
    ("question", "headings"),
    [
        (
            "whats the difference between oxide and citrate, and what side effects should i expect",
            ["forms", "side effects"],
        ),
        (
            "what are the symptoms of magnesium deficiency and what should I eat to fix it?",
            ["symptoms", "foods"],
        ),
        (
            "t score -1.8, what does that mean, and is swimming good enough exercise for my bones?",
            ["swimming", "T-score"],
        ),
    ],
)
def test_each_ask_of_a_joined_question_is_a_part(question: str, headings: list[str]) -> None:
    answer = default_answerer().answer(question)
    got = [source.heading.lower() for source in answer.sources]
    assert all(any(h.lower() in g for g in got) for h in headings), got


def test_a_t_score_answer_names_the_category_first() -> None:
    text = (
        default_answerer()
        .answer("t score -1.8, what does that mean, and is swimming good for my bones?")
        .text
    )
    assert "osteopenia" in text


def test_a_missed_supplement_dose_is_not_doubled() -> None:
    answer = default_answerer().answer(
        "missed my magnesium last night, should i double up tonight to make up for it?"
    )
    assert answer.confident
    assert "usual dose" in answer.text and "350 mg" in answer.text


def test_a_doubled_vitamin_d_dose_is_set_against_its_own_limit() -> None:
    answer = default_answerer().answer(
        "forgot my vitamin d yesterday so i took two today (1000 IU each). too much?"
    )
    assert "4,000 IU" in answer.text


def test_weeks_gone_is_pregnant() -> None:
    from bot.domain.personal import extract_demographics

    assert (
        extract_demographics("34 and 20 weeks gone - what's my magnesium requirement now").life_stage
        == "pregnant"
    )
    assert extract_demographics("took it for 3 weeks, gone now").life_stage is None
