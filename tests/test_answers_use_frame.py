"""Issue 7 (answers): a domain substance used on a thing (a kettle, a face, a car) rather than taken by a person
is off-topic; a medicine's section needs its medicine named; ages written "7 y.o."; a message about someone
else that asks for the asker too gets both people's figures. Pure domain tests on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer
from bot.domain.personal import extract_demographics, personal_lines

ANSWERER = default_answerer()


@pytest.mark.parametrize(
    "message",
    [
        "the kettle's furred up with calcium, what dissolves it best?",
        "can I use milk of magnesia under my makeup to stop shine?",
        "best way to get magnesium stains off the tiles in the shower",
    ],
)
def test_a_substance_used_on_a_thing_is_declined(message):
    parts, _ = ANSWERER.choose(message)
    assert parts == []


@pytest.mark.parametrize(
    "message",
    [
        "does magnesium oil on the skin raise my magnesium?",
        "can I take calcium with breakfast if I'm on alendronate?",
        "magnesium glycinate or citrate for sleep?",
    ],
)
def test_a_person_taking_it_is_still_answered(message):
    parts, _ = ANSWERER.choose(message)
    assert parts


def test_a_whole_day_of_calcium_at_once_gets_the_split_dose_not_the_bisphosphonate_timing():
    answer = ANSWERER.answer("is it ok to take my 1200 mg calcium all at once in the morning?")
    assert answer.confident
    assert "500 mg" in answer.text and "bisphosphonate first" not in answer.text


def test_an_age_written_with_dots_is_read():
    assert extract_demographics("my 7 y.o. is a fussy eater").age == 7


def test_the_asker_too_gets_a_line():
    lines = personal_lines(
        ("magnesium",), "how much magnesium does my husband need at 66, and is it different for me? I'm 63"
    )
    assert any("420" in line for line in lines) and any("320" in line for line in lines)


def test_a_thing_with_a_person_drinking_from_it_is_answered():
    assert ANSWERER.answer("does the water filter take the magnesium out of the water we drink?").confident
