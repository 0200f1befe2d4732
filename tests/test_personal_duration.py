"""A number of years attached to on/for/since/taking is how long, not how old (bot/domain/personal.py):
"on risedronate for 5 yrs" is no child. Pure domain tests, no mocks."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer
from bot.domain.personal import extract_demographics

ANSWERER = default_answerer()  # shared with every other test in the process


@pytest.mark.parametrize(
    "text",
    [
        "on risedronate for 5 yrs and my thigh aches",
        "7 years on fosamax, is that too long",
        "been taking calcium 3 years now",
        "had my fracture 2 years ago",
        "10 yrs of alendronate and a sore jaw",
        "using magnesium since 4 years",
    ],
)
def test_a_duration_is_not_an_age(text):
    assert extract_demographics(text).age is None
    assert not {"child", "minor"} & ANSWERER.signals(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("my 7 year old swallowed some of my calcium tablets", 7),
        ("im 70 and on water tablets for 3 years", 70),
        ("a 15 year old on magnesium for 2 years", 15),
        ("my son is 8 years old", 8),
    ],
)
def test_an_age_beside_a_duration_is_still_read(text, age):
    assert extract_demographics(text).age == age


@pytest.mark.parametrize(
    "text",
    [
        "put on hydrochlorothiazide 2 months ago, how much magnesium do i need",
        "been on prolia every 6 months, how much calcium",
        "for the last 3 months i've taken 300mg, is that my rda",
        "5 months pregnant, how much magnesium",
    ],
)
def test_a_number_of_months_that_is_a_time_is_no_baby(text):
    assert extract_demographics(text).age_band not in {"0-6m", "7-12m"}
    assert "Adequate Intake is 30 mg" not in ANSWERER.answer(text).text


@pytest.mark.parametrize(
    ("text", "band"),
    [("my 6 month old, how much magnesium", "0-6m"), ("my baby is 9 months, how much magnesium", "7-12m")],
)
def test_a_babys_age_in_months_is_still_read(text, band):
    assert extract_demographics(text).age_band == band
