"""Reading the day a meal message is about (bot.domain.days): pure, no mocks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.days import MAX_DAYS_BACK, read_day

MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "day", "rest"),
    [
        ("yesterday I had a cup of brown rice", date(2026, 11, 29), "I had a cup of brown rice"),
        ("I had a banana yesterday", date(2026, 11, 29), "I had a banana"),
        ("Yesterday, 2 eggs", date(2026, 11, 29), "2 eggs"),
        ("yesterday morning I had oats", date(2026, 11, 29), "I had oats"),
        ("yesterday's lunch was a tuna sandwich", date(2026, 11, 29), "lunch was a tuna sandwich"),
        ("last night I had salmon", date(2026, 11, 29), "I had salmon"),
        ("last night's dinner was chili", date(2026, 11, 29), "dinner was chili"),
        ("the day before yesterday I had nuts", date(2026, 11, 28), "I had nuts"),
        ("two days ago I ate spinach", date(2026, 11, 28), "I ate spinach"),
        ("3 days ago: 1 cup rice", date(2026, 11, 27), "1 cup rice"),
        ("for breakfast on Sunday I had oatmeal", date(2026, 11, 29), "for breakfast I had oatmeal"),
        ("for breakfast on Monday I had oatmeal", MONDAY, "for breakfast I had oatmeal"),
        ("last Monday I had figs", date(2026, 11, 23), "I had figs"),
        ("for dinner last Friday I had pasta", date(2026, 11, 27), "for dinner I had pasta"),
        ("Saturday lunch: soup", date(2026, 11, 28), "lunch: soup"),
        ("Sunday: 2 eggs", date(2026, 11, 29), "2 eggs"),
        ("on 28 Nov I had 2 eggs", date(2026, 11, 28), "I had 2 eggs"),
        ("on the 28th of November I had beans", date(2026, 11, 28), "I had beans"),
        ("Nov 27th - 1 cup rice", date(2026, 11, 27), "1 cup rice"),
        ("2026-11-29 1 banana", date(2026, 11, 29), "1 banana"),
    ],
)
def test_past_days_are_read_and_cut_out(text, day, rest):
    reading = read_day(text, MONDAY)
    assert (reading.day, reading.text, reading.problem) == (day, rest, None)
    assert reading.named


@pytest.mark.parametrize(
    "text",
    [
        "had 2 cups of spinach",
        "a sunday roast",
        "I may have had a banana",
        "this morning I had oats",
        "today: 1 banana",
        "2 dates and a fig",
        "a march hare",  # no day number: not a date
        "on 30 February I had rice",  # not a day at all
    ],
)
def test_no_past_day_named_means_today(text):
    reading = read_day(text, MONDAY)
    assert reading.day == MONDAY and reading.problem is None and not reading.named
    assert reading.text == text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("on 3 Nov I had rice", "too_old"),
        ("10 days ago I had rice", "too_old"),
        ("on 5 Dec I had rice", "future"),
        ("2026-12-02: 2 eggs", "future"),
        ("2025-11-29: 2 eggs", "too_old"),
        ("last month I had rice", "too_old"),
        ("3 weeks ago: rice", "too_old"),
        ("last week I had rice", "vague"),
        ("the other day I had 2 eggs", "vague"),
    ],
)
def test_days_out_of_range_are_refused(text, problem):
    reading = read_day(text, MONDAY)
    assert reading.problem == problem and reading.day == MONDAY and reading.named
    assert "rice" in reading.text or "eggs" in reading.text


def test_a_week_back_is_allowed_and_a_day_more_is_not():
    assert read_day("a week ago: rice", MONDAY).day == MONDAY - timedelta(days=7)
    assert read_day("7 days ago: rice", MONDAY).day == MONDAY - timedelta(days=MAX_DAYS_BACK)
    assert read_day("8 days ago: rice", MONDAY).problem == "too_old"


def test_a_date_late_in_the_year_read_in_january_is_last_year():
    assert read_day("on 30 Dec I had rice", date(2027, 1, 2)).day == date(2026, 12, 30)


_WORDS = st.sampled_from(
    [
        "yesterday",
        "last",
        "night",
        "on",
        "Monday",
        "sunday's",
        "28",
        "Nov",
        "the",
        "of",
        "days",
        "ago",
        "two",
        "a",
        "couple",
        "2026-11-31",
        "2026-02-29",
        "99",
        "breakfast",
        "I",
        "had",
        "rice",
        ",",
        "-",
        "may",
        "3rd",
        "before",
        "morning",
        "000",
        "december",
        "10000",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=12),
    today=st.dates(min_value=date(1901, 1, 1), max_value=date(2999, 12, 31)),
)
def test_never_raises_and_never_a_future_or_too_old_day(words, today):
    reading = read_day(" ".join(words), today)
    assert today - timedelta(days=MAX_DAYS_BACK) <= reading.day <= today
    assert (reading.problem is None) or reading.day == today
    assert reading.problem in (None, "future", "too_old", "vague")
