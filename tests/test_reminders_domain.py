"""Pure reminder rules: parsing, formatting, time zones and DST, food suggestions (no DB, no mocks)."""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, date, datetime, timedelta
from functools import cache

import pytest

from bot.domain.foods import Food
from bot.domain.reminders import (
    RemindAction,
    WhenMet,
    due_windows,
    floor_minute,
    format_minute,
    is_due,
    local_date_at,
    parse_remind_command,
    parse_reminder_time,
    scheduled_instant,
    suggest_foods,
    suggestion_pool,
)


@pytest.mark.parametrize(
    ("text", "minute"),
    [
        ("20:00", 1200),
        ("8pm", 1200),
        ("8 PM", 1200),
        ("8 p.m.", 1200),
        ("8:30am", 510),
        ("8.30 am", 510),
        ("20h", 1200),
        ("20h30", 1230),
        ("20 h", 1200),
        ("20.30", 1230),
        ("2030", 1230),
        ("830", 510),
        ("7", 420),
        ("07:05", 425),
        ("0:00", 0),
        ("23:59", 1439),
        ("12am", 0),
        ("12:15am", 15),
        ("12pm", 720),
        ("noon", 720),
        ("midnight", 0),
    ],
)
def test_parse_reminder_time(text, minute):
    assert parse_reminder_time(text) == minute


@pytest.mark.parametrize(
    "text", ["", "24:00", "25", "8:75", "13pm", "0am", "20:0", "tomorrow", "8 30 pm", "20:00:00", "-1"]
)
def test_parse_reminder_time_rejects(text):
    assert parse_reminder_time(text) is None


@pytest.mark.parametrize(
    ("args", "action", "minute", "when_met"),
    [
        ("", RemindAction.SHOW, None, None),
        ("  ", RemindAction.SHOW, None, None),
        ("off", RemindAction.OFF, None, None),
        ("OFF", RemindAction.OFF, None, None),
        ("stop", RemindAction.OFF, None, None),
        ("praise", RemindAction.WHEN_MET, None, WhenMet.PRAISE),
        ("quiet", RemindAction.WHEN_MET, None, WhenMet.QUIET),
        ("at 8pm", RemindAction.SET, 1200, None),
        ("21:30", RemindAction.SET, 1290, None),
        ("banana", RemindAction.INVALID, None, None),
    ],
)
def test_parse_remind_command(args, action, minute, when_met):
    command = parse_remind_command(args)
    assert (command.action, command.minute, command.when_met) == (action, minute, when_met)


@pytest.mark.parametrize(("minute", "text"), [(0, "00:00"), (510, "08:30"), (1200, "20:00"), (1439, "23:59")])
def test_format_minute(minute, text):
    assert format_minute(minute) == text
    assert parse_reminder_time(text) == minute


# ---- DST ------------------------------------------------------------------------------------------
# 2026 switches: EU 29 Mar (02:00 CET -> 03:00 CEST) and 25 Oct (03:00 CEST -> 02:00 CET); US 8 Mar
# (02:00 EST -> 03:00 EDT) and 1 Nov (02:00 EDT -> 01:00 EST).


@pytest.mark.parametrize(
    ("zone", "day", "minute", "utc"),
    [
        # spring forward: 02:30 does not exist -> fires at 03:30 local (shifted by the gap)
        ("Europe/Berlin", date(2026, 3, 29), 150, datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),
        ("America/New_York", date(2026, 3, 8), 150, datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
        # fall back: 02:30 (Berlin) / 01:30 (New York) occur twice -> the first occurrence only
        ("Europe/Berlin", date(2026, 10, 25), 150, datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        ("America/New_York", date(2026, 11, 1), 90, datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
        # ordinary days either side
        ("Europe/Berlin", date(2026, 3, 28), 1200, datetime(2026, 3, 28, 19, 0, tzinfo=UTC)),
        ("Europe/Berlin", date(2026, 3, 29), 1200, datetime(2026, 3, 29, 18, 0, tzinfo=UTC)),
        ("America/New_York", date(2026, 11, 1), 1200, datetime(2026, 11, 2, 1, 0, tzinfo=UTC)),
    ],
)
def test_scheduled_instant_dst(zone, day, minute, utc):
    assert scheduled_instant(day, minute, zone) == utc


def _due_minutes(now, zones, grace, exact=False):
    return {
        (w.timezone, w.local_date, m)
        for w in due_windows(now, zones, grace, exact=exact)
        for m in range(w.first_minute, w.last_minute + 1)
    }


ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Pacific/Kiritimati",  # UTC+14
    "Pacific/Honolulu",  # UTC-10
    "Australia/Lord_Howe",  # 30-minute DST
    "Asia/Kathmandu",  # +05:45
    "UTC",
]


@cache
def _instants_by_minute(zone: str, day: date) -> tuple[list[datetime], list[int]]:
    """Every reminder minute of `day` in `zone` with its scheduled instant, sorted by instant."""
    pairs = sorted((scheduled_instant(day, m, zone), m) for m in range(1440))
    return [instant for instant, _m in pairs], [m for _instant, m in pairs]


def _due_by_definition(now, zone, grace, exact):
    """The reminders due at `now` by the definition: those whose scheduled instant on the local date at `now`
    lies in (now - grace - 1 min, now], `now` floored to the minute (the exact window: the minute of `now`).
    Found by bisecting the day's sorted instants; `test_is_due_is_the_definition` ties it to `is_due`."""
    end = floor_minute(now)
    start = end - timedelta(minutes=1 if exact else grace + 1)
    day = local_date_at(end, zone)
    instants, minutes = _instants_by_minute(zone, day)
    return {(zone, day, m) for m in minutes[bisect_right(instants, start) : bisect_right(instants, end)]}


@pytest.mark.parametrize(
    "day",
    [date(2026, 3, 8), date(2026, 3, 29), date(2026, 10, 25), date(2026, 11, 1), date(2026, 4, 5)],
    ids=str,
)
@pytest.mark.parametrize("exact", [False, True], ids=["grace", "exact"])
def test_due_windows_match_the_definition_around_dst(day, exact):
    """The fast window computation equals the per-user definition at every 13th minute of a switch day."""
    start = datetime.combine(day, datetime.min.time(), tzinfo=UTC) - timedelta(hours=12)
    for step in range(0, 48 * 60, 13):
        now = start + timedelta(minutes=step, seconds=17)
        expected = set().union(*(_due_by_definition(now, zone, 120, exact) for zone in ZONES))
        assert _due_minutes(now, ZONES, 120, exact=exact) == expected, now


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 3, 29, 1, 0, 17, tzinfo=UTC),  # Berlin's spring-forward instant
        datetime(2026, 10, 25, 1, 30, 17, tzinfo=UTC),  # inside Berlin's repeated hour
        datetime(2026, 3, 8, 8, 5, 17, tzinfo=UTC),  # just after New York's spring-forward
        datetime(2026, 11, 1, 6, 10, 17, tzinfo=UTC),  # just after New York's fall-back
        datetime(2026, 4, 4, 15, 0, 17, tzinfo=UTC),  # Lord Howe's 30-minute fall-back
    ],
    ids=str,
)
@pytest.mark.parametrize("exact", [False, True], ids=["grace", "exact"])
def test_is_due_is_the_definition(now, exact):
    """`is_due`, asked about each of the 1,440 minutes, accepts exactly the minutes `_due_by_definition`
    finds (so the DST comparison above checks `due_windows` against `is_due`)."""
    for zone in ZONES:
        every_minute = {
            (zone, day, m) for m in range(1440) if (day := is_due(now, zone, m, 120, exact=exact))
        }
        assert every_minute == _due_by_definition(now, zone, 120, exact)
        assert every_minute or exact  # a 2-hour window always holds due minutes (one minute may not)


@pytest.mark.parametrize(
    ("zone", "day", "minute", "fires_at"),
    [
        ("Europe/Berlin", date(2026, 3, 29), 150, datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),
        ("America/New_York", date(2026, 3, 8), 150, datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
        ("Europe/Berlin", date(2026, 10, 25), 150, datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        ("America/New_York", date(2026, 11, 1), 90, datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
    ],
)
def test_exact_minute_matches_once_on_switch_days(zone, day, minute, fires_at):
    """Walking the day minute by minute, the dry-run rule matches exactly one instant (never twice on
    fall-back, never skipped on spring-forward)."""
    start = datetime.combine(day, datetime.min.time(), tzinfo=UTC) - timedelta(hours=2)
    hits = [
        start + timedelta(minutes=i)
        for i in range(30 * 60)
        if (zone, day, minute) in _due_minutes(start + timedelta(minutes=i), [zone], 0, exact=True)
    ]
    assert hits == [fires_at]


def test_grace_window_bounds():
    zone = "Europe/Berlin"  # CET, UTC+1 in November
    at_20 = datetime(2026, 11, 26, 19, 0, tzinfo=UTC)
    assert is_due(at_20 - timedelta(seconds=1), zone, 1200, 120) is None  # 19:59:59 local
    assert is_due(at_20, zone, 1200, 120) == date(2026, 11, 26)
    assert is_due(at_20 + timedelta(minutes=119, seconds=59), zone, 1200, 120) == date(2026, 11, 26)
    assert is_due(at_20 + timedelta(minutes=121), zone, 1200, 120) is None
    assert is_due(at_20 + timedelta(minutes=30), zone, 1200, 120, exact=True) is None


@pytest.mark.parametrize(
    ("zone", "now", "minute", "local_day"),
    [
        # UTC+14: 10:00Z is already midnight of the next day there
        ("Pacific/Kiritimati", datetime(2026, 11, 26, 10, 0, tzinfo=UTC), 0, date(2026, 11, 27)),
        # UTC-10: 09:59Z is 23:59 of the day before
        ("Pacific/Honolulu", datetime(2026, 11, 27, 9, 59, tzinfo=UTC), 1439, date(2026, 11, 26)),
        ("Pacific/Honolulu", datetime(2026, 11, 27, 10, 0, tzinfo=UTC), 0, date(2026, 11, 27)),
    ],
)
def test_local_day_boundary(zone, now, minute, local_day):
    assert is_due(now, zone, minute, 0, exact=True) == local_day
    assert (zone, local_day, minute) in _due_minutes(now, [zone], 120)


def test_a_missed_nudge_is_not_sent_after_its_local_day_ended():
    # Kiritimati 23:30 reminder; at 00:30 local the next day (grace 2 h) it is not due any more.
    now = datetime(2026, 11, 26, 10, 30, tzinfo=UTC)  # 00:30 on 27 Nov in Kiritimati
    assert is_due(now, "Pacific/Kiritimati", 23 * 60 + 30, 120) is None
    assert not {m for (_z, _d, m) in _due_minutes(now, ["Pacific/Kiritimati"], 120) if m > 60}


def test_unknown_zone_is_skipped():
    assert due_windows(datetime(2026, 1, 1, tzinfo=UTC), ["Mars/Olympus", "UTC"], 0, exact=True) == [
        due_windows(datetime(2026, 1, 1, tzinfo=UTC), ["UTC"], 0, exact=True)[0]
    ]


# ---- food suggestions -----------------------------------------------------------------------------
FOODS = [
    Food(id="pumpkin_seeds", name="Pumpkin seeds, roasted", magnesium_mg=550.0, portions={"cup": 64.0}),
    Food(id="almonds", name="Almonds", magnesium_mg=270.0, portions={"cup": 143.0}),
    Food(id="spinach_cooked", name="Spinach, cooked, boiled", magnesium_mg=87.0, portions={"cup": 180.0}),
    Food(id="black_beans", name="Black beans, cooked", magnesium_mg=70.0, portions={"cup": 172.0}),
    Food(id="dark_chocolate", name="Dark chocolate, 70-85%", magnesium_mg=228.0, portions={}),
    Food(id="banana", name="Banana", magnesium_mg=27.0, portions={"medium": 118.0}),
    Food(id="lettuce", name="Lettuce", magnesium_mg=13.0, portions={"cup": 36.0}),
]


def test_suggestion_pool_has_concrete_portions():
    pool = suggestion_pool(FOODS)
    by_id = {s.food_id: s for s in pool}
    assert by_id["pumpkin_seeds"].portion == "1 oz of pumpkin seeds"
    assert by_id["pumpkin_seeds"].magnesium_mg == 156
    assert by_id["spinach_cooked"].portion == "½ cup of cooked spinach"
    assert by_id["spinach_cooked"].magnesium_mg == 78
    assert by_id["banana"].portion == "1 medium banana"
    assert "lettuce" not in by_id  # not on the list of suggestion-worthy foods
    assert [s.food_id for s in pool][:3] == ["pumpkin_seeds", "almonds", "spinach_cooked"]


@pytest.mark.parametrize(
    ("gap", "expected_first"),
    [(108, "pumpkin_seeds"), (60, "pumpkin_seeds"), (500, "pumpkin_seeds")],
)
def test_suggest_foods_closes_or_reduces_the_gap(gap, expected_first):
    picked = suggest_foods(gap, suggestion_pool(FOODS), k=2)
    assert len(picked) == 2
    assert picked[0].food_id == expected_first
    assert len({s.food_id for s in picked}) == 2


def test_suggest_foods_prefers_portions_that_close_the_gap():
    picked = suggest_foods(70, suggestion_pool(FOODS), k=2)
    assert all(s.magnesium_mg >= 70 for s in picked)


def test_suggest_foods_rotates_between_days():
    pool = suggestion_pool(FOODS)
    firsts = {suggest_foods(60, pool, k=1, rotate=day)[0].food_id for day in range(5)}
    assert len(firsts) > 1


@pytest.mark.parametrize("gap", [0, -10])
def test_no_suggestion_without_a_gap(gap):
    assert suggest_foods(gap, suggestion_pool(FOODS)) == []
    assert suggest_foods(100, []) == []


def test_suggestions_from_the_real_food_table():
    from bot.domain.foods import DEFAULT_FOODS_CSV, load_food_table

    if not DEFAULT_FOODS_CSV.exists():
        pytest.skip("knowledge/foods.csv not generated")
    pool = suggestion_pool(load_food_table())
    assert len(pool) >= 10
    picked = suggest_foods(108, pool, k=2)
    assert "pumpkin seeds" in picked[0].portion and picked[0].magnesium_mg >= 108
    assert all(s.portion.split()[0] in {"1", "½", "2"} for s in pool)
