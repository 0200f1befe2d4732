"""Which local day a meal message is about: "yesterday I had …", "for breakfast on Monday …", "last
night …", "on 28 Nov …", "two days ago …".

Pure domain code. :func:`read_day` takes the message and the user's local today and returns the day it
names (today when it names none) and the message without the day phrase, so the phrase never becomes a
food. A day in the future or more than :data:`MAX_DAYS_BACK` days back is not resolved: ``problem`` says
why and ``day`` stays today (the caller logs nothing and says so). Only days *before* today are read
here; "tomorrow" and plans are the estimator's business (they are not meals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MAX_DAYS_BACK = 7
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a few": 3,
}

_PARTS = r"(?:morning|afternoon|evening|night)"  # consumed with the day; meal words stay for the estimator
_MEALS = r"(?:breakfast|brunch|lunch(?:time)?|dinner|supper|tea|snacks?|dessert)"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_NUM = r"(?P<dom>[0-3]?\d)(?:st|nd|rd|th)?"
_AGO_NUM = r"(?P<ago>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|an?)"
_LEAD = r"(?:(?:on|for|from|since|at|during)\s+)?(?:the\s+)?"
_PART_OF = rf"(?:{_PARTS}\s+(?:of|on)\s+(?:the\s+)?)?"  # "the evening of the 28th"

# Past times that are no day we can log on: too long ago, or not one day.
_LONG_AGO = (
    r"\b(?:last\s+(?:month|year)|(?:\d+|two|three|four|a\s+few|a\s+couple\s+of|several)\s+(?:weeks|months|years)"
    r"\s+ago|(?:a|one)\s+(?:month|year)\s+ago)\b"
)
_VAGUE = r"\b(?:last\s+week|the\s+other\s+day|earlier\s+this\s+week|over\s+the\s+weekend|last\s+weekend)\b"

# Each pattern is a phrase naming one day; the first that matches wins. Surrounding "on", "for", "'s
# breakfast", "morning" are part of the phrase so what is left is the meal.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("before_yesterday", rf"\b{_LEAD}(?:the\s+)?day\s+before\s+yesterday(?:'s)?(?:\s+{_PARTS})?\b"),
        ("yesterday", rf"\b{_LEAD}{_PART_OF}yesterday(?:'s)?(?:\s+{_PARTS})?\b"),
        ("yesterday", r"\blast\s+(?:night|evening)(?:'s)?\b"),
        ("ago", rf"\b{_AGO_NUM}\s+days?\s+ago\b"),
        ("week_ago", r"\b(?:a|one)\s+week\s+ago\b"),
        ("too_old", _LONG_AGO),
        ("vague", _VAGUE),
        (
            "iso",
            r"\b(?:(?:on|for)\s+)?(?P<year>20\d\d)-(?P<mon>[01]?\d)-(?P<dom>[0-3]?\d)\b",
        ),
        ("date", rf"\b{_LEAD}{_PART_OF}{_DAY_NUM}\s+(?:of\s+)?{_MONTH}(?=\W|$)"),
        ("date", rf"\b{_LEAD}{_PART_OF}{_MONTH}\s+(?:the\s+)?{_DAY_NUM}(?![\w:.])"),
        (
            "weekday",
            rf"\b(?:(?:on|for|from)\s+)?(?:last|this\s+past|past)\s+{_WEEKDAY}(?:'s)?(?:\s+{_PARTS})?\b",
        ),
        ("weekday", rf"\b(?:on|for|from)\s+{_PART_OF}{_WEEKDAY}(?:'s)?(?:\s+{_PARTS})?\b"),
        ("weekday", rf"^\s*{_WEEKDAY}(?:'s)?(?:\s+{_PARTS})?\b\s*[,:\-–—]?(?!\s*{_MEALS}\b)"),
        ("weekday", rf"\b{_WEEKDAY}(?:'s)?\s+{_PARTS}\b"),
        ("weekday", rf"\b{_WEEKDAY}(?:'s)?(?=\s+{_MEALS}\b)"),
    )
)


@dataclass(frozen=True)
class DayReading:
    """``day``: the local day meant (today when no day is named or it cannot be used); ``text``: the
    message without the day phrase; ``phrase``: the phrase found, or None; ``problem``: None, "future",
    "too_old" or "vague" ("last week": which day?); with a problem nothing should be logged."""

    day: date
    text: str
    phrase: str | None = None
    problem: str | None = None

    @property
    def named(self) -> bool:
        return self.phrase is not None


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    for index, name in enumerate(MONTHS, start=1):
        if name.startswith(word[:3]):
            return index
    raise ValueError(word)


def _ago_count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _calendar_day(today: date, month: int, dom: int, year: int | None = None) -> date | None:
    """The date of `dom` `month` (this year, or last year when that is more than half a year ahead)."""
    try:
        if year is not None:
            return date(year, month, dom)
        found = date(today.year, month, dom)
        if (found - today).days > 183:
            found = date(today.year - 1, month, dom)
        return found
    except ValueError:
        return None


def _resolve(kind: str, match: re.Match[str], today: date) -> date | str | None:
    """The day a phrase names, a problem word ("too_old", "vague"), or None when it names no day."""
    groups = match.groupdict()
    if kind in ("too_old", "vague"):
        return kind
    if kind == "week_ago":
        return today - timedelta(days=7)
    if kind == "yesterday":
        return today - timedelta(days=1)
    if kind == "before_yesterday":
        return today - timedelta(days=2)
    if kind == "ago":
        return today - timedelta(days=min(_ago_count(groups["ago"]), 10_000))
    if kind == "weekday":
        wanted = WEEKDAYS.index(groups["weekday"].lower())
        back = (today.weekday() - wanted) % 7
        if back == 0 and re.search(r"\b(?:last|past)\b", match.group(0), re.IGNORECASE):
            back = 7  # "last Monday" said on a Monday is a week ago
        return today - timedelta(days=back)
    if kind == "iso":
        return _calendar_day(today, int(groups["mon"]), int(groups["dom"]), int(groups["year"]))
    if kind == "date":
        return _calendar_day(today, _month_number(groups["month"]), int(groups["dom"]))
    return None


def _without(text: str, match: re.Match[str]) -> str:
    """The message with the phrase cut out, spaces and dangling punctuation tidied."""
    rest = f"{text[: match.start()]} {text[match.end() :]}"
    rest = re.sub(r"\s+([,.;:!?])", r"\1", rest)
    rest = re.sub(r"^[\s,;:\-–—]+|[\s,;:\-–—]+$", "", rest)
    return re.sub(r"\s{2,}", " ", rest).strip()


@lru_cache(maxsize=256)  # pure, its answer frozen: routing and logging read the same message in turn
def read_day(text: str, today: date) -> DayReading:
    """The day a meal message is about and the message without the phrase naming it."""
    text = text or ""
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        day = _resolve(kind, match, today)
        if day is None:
            continue  # "30 February": not a day, so not a day phrase
        phrase = match.group(0).strip()
        rest = _without(text, match)
        if isinstance(day, str):
            return DayReading(today, rest, phrase, day)
        if day > today:
            return DayReading(today, rest, phrase, "future")
        if (today - day).days > MAX_DAYS_BACK:
            return DayReading(today, rest, phrase, "too_old")
        return DayReading(day, rest, phrase)
    return DayReading(today, text)
