"""Daily-nudge rules: parsing reminder times, local-minute math across time zones and DST, food suggestions.

Pure domain code (standard library only; never imports telegram or sqlalchemy).

A reminder is a *minute of the local day* (0..1439) in the user's time zone. The nudge for local date D is
scheduled at ``scheduled_instant(D, minute, tz)``: the wall time read with PEP 495 ``fold=0``. That gives
the DST rules:

* spring forward (a wall time that does not exist, e.g. 02:30 in Europe/Berlin or America/New_York on the
  switch day): the nudge fires shifted by the length of the gap, at 03:30 local (the same instant as
  "02:30 in the old offset"). It is never skipped.
* fall back (a wall time that occurs twice, e.g. 01:30 in New York on the first Sunday of November): the
  nudge fires at the FIRST occurrence only (and the database allows one nudge per local date anyway).

A nudge is due at instant ``now`` when its scheduled instant for the user's *current* local date lies in
``(now - grace, now]``. A nudge whose local day has already ended is never sent late (food logged now
counts for the new day, so the nudge would be useless).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

MINUTES_PER_DAY = 24 * 60
_MINUTE = timedelta(minutes=1)
# Longest DST gap we must map across (real ones are 30 or 60 minutes; a 3 h margin is plenty).
_MAX_GAP = timedelta(hours=3)


# ---- /remind arguments ----------------------------------------------------------------------------


class WhenMet(StrEnum):
    """What to do at reminder time when the day's goal is already met."""

    QUIET = "quiet"  # send nothing
    PRAISE = "praise"  # send a short well-done


class RemindAction(StrEnum):
    SHOW = "show"
    OFF = "off"
    ON = "on"  # back on at the last time set (or the default)
    SET = "set"
    WHEN_MET = "when_met"
    INVALID = "invalid"


@dataclass(frozen=True)
class RemindCommand:
    action: RemindAction
    minute: int | None = None
    when_met: WhenMet | None = None


_ON_WORDS = {"on", "yes", "enable", "start", "resume", "restart", "back on", "turn on"}
_OFF_WORDS = {"off", "stop", "none", "disable", "no", "never", "cancel"}
_PRAISE_WORDS = {"praise", "cheer", "congrats", "welldone", "well-done", "loud"}
_QUIET_WORDS = {"quiet", "silent", "silence", "mute", "skip"}
_NAMED_TIMES = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}
_TIME_RE = re.compile(
    r"""^(?P<hour>\d{1,2})
        (?:
            (?:[:.h]|\s*h\s*)(?P<minute>\d{2})?   # 20:00  20.30  20h  20h30  8h 30
          | (?P<compact>\d{2})                    # 2030 / 830
        )?
        \s*(?P<ampm>a\.?\s*m\.?|p\.?\s*m\.?)?\s*$""",
    re.VERBOSE,
)


def parse_reminder_time(text: str) -> int | None:
    """The minute of the day named by `text`, or None when it is not a time.

    Accepts 24-hour ``20:00``, ``20.30``, ``20h``, ``20h30``, ``2030``, 12-hour ``8pm``, ``8:30am``,
    ``8 p.m.``, a bare hour ``20`` (24-hour clock) and ``noon``/``midnight``.
    """
    value = " ".join((text or "").strip().lower().split())
    if not value:
        return None
    if value in _NAMED_TIMES:
        return _NAMED_TIMES[value]
    match = _TIME_RE.match(value)
    if match is None:
        return None
    hour = int(match["hour"])
    minute_text = match["minute"] or match["compact"]
    if match["compact"] and len(match["hour"]) + len(match["compact"]) not in (3, 4):
        return None
    minute = int(minute_text) if minute_text else 0
    if minute > 59:
        return None
    ampm = (match["ampm"] or "").replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif hour > 23:
        return None
    return hour * 60 + minute


def parse_remind_command(args_text: str) -> RemindCommand:
    """What `/remind <args>` asks for: show the setting, turn off, set a time, or choose the goal-met mode."""
    value = " ".join((args_text or "").strip().lower().split())
    if not value:
        return RemindCommand(RemindAction.SHOW)
    if value in _OFF_WORDS:
        return RemindCommand(RemindAction.OFF)
    if value in _ON_WORDS:
        return RemindCommand(RemindAction.ON)
    if value in _PRAISE_WORDS:
        return RemindCommand(RemindAction.WHEN_MET, when_met=WhenMet.PRAISE)
    if value in _QUIET_WORDS:
        return RemindCommand(RemindAction.WHEN_MET, when_met=WhenMet.QUIET)
    for prefix in ("at ", "on "):
        if value.startswith(prefix):
            value = value[len(prefix) :]
    minute = parse_reminder_time(value)
    if minute is None:
        return RemindCommand(RemindAction.INVALID)
    return RemindCommand(RemindAction.SET, minute=minute)


def format_minute(minute: int) -> str:
    """``1200`` -> ``"20:00"``."""
    minute %= MINUTES_PER_DAY
    return f"{minute // 60:02d}:{minute % 60:02d}"


# ---- local-minute math ----------------------------------------------------------------------------


def floor_minute(instant: datetime) -> datetime:
    """The UTC instant truncated to the whole minute (naive input is taken as UTC)."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC).replace(second=0, microsecond=0)


def scheduled_instant(local_date: date, minute: int, tz: str | ZoneInfo) -> datetime:
    """The UTC instant of a reminder at `minute` on `local_date` in `tz` (``fold=0``: gap -> later by the
    gap length, repeated hour -> first occurrence)."""
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    wall = datetime.combine(local_date, time(minute // 60, minute % 60), tzinfo=zone)
    return wall.astimezone(UTC)


def local_date_at(instant: datetime, tz: str | ZoneInfo) -> date:
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    return instant.astimezone(zone).date()


@dataclass(frozen=True)
class DueWindow:
    """Users in `timezone` whose reminder minute is in [first_minute, last_minute] are due for `local_date`."""

    timezone: str
    local_date: date
    first_minute: int
    last_minute: int


def _ranges(minutes: Iterable[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in sorted(set(minutes)):
        if out and m == out[-1][1] + 1:
            out[-1] = (out[-1][0], m)
        else:
            out.append((m, m))
    return out


def _due_minutes_slow(zone: ZoneInfo, start: datetime, end: datetime, today: date) -> list[int]:
    """Exact enumeration, minute by minute, of reminders on `today` scheduled in (start, end]."""
    minutes: list[int] = []
    t = start + _MINUTE
    while t <= end:
        candidates = set()
        for probe in (t, t - _MAX_GAP):
            offset = probe.astimezone(zone).utcoffset() or timedelta(0)
            wall = (t + offset).replace(tzinfo=None)
            if wall.date() == today:
                candidates.add(wall.hour * 60 + wall.minute)
        for m in candidates:
            if scheduled_instant(today, m, zone) == t:
                minutes.append(m)
        t += _MINUTE
    return minutes


def due_windows(
    now: datetime, timezones: Iterable[str], grace_minutes: int, *, exact: bool = False
) -> list[DueWindow]:
    """The (time zone, local date, minute range) triples whose reminders are due at `now`.

    A reminder is due when its scheduled instant (see `scheduled_instant`) for the current local date lies in
    ``(now - grace, now]`` (``now`` floored to the minute). With ``exact=True`` the window is the single
    minute of `now` (the operator's dry run). Unknown time-zone names are skipped.
    """
    end = floor_minute(now)
    start = end - (_MINUTE if exact else timedelta(minutes=max(int(grace_minutes), 0) + 1))
    windows: list[DueWindow] = []
    for name in sorted(set(timezones)):
        try:
            zone = ZoneInfo(name)
        except (KeyError, ValueError, OSError):
            continue
        local_end = end.astimezone(zone)
        today = local_end.date()
        offset_end = local_end.utcoffset()
        offset_before = (start - _MAX_GAP).astimezone(zone).utcoffset()
        if offset_end == offset_before:
            # No UTC-offset change around the window: wall times are a plain shift of the instants.
            first_wall = (start + _MINUTE).astimezone(zone).replace(tzinfo=None)
            first = 0 if first_wall.date() < today else first_wall.hour * 60 + first_wall.minute
            last = local_end.hour * 60 + local_end.minute
            ranges = [(first, last)] if first <= last else []
        else:
            ranges = _ranges(_due_minutes_slow(zone, start, end, today))
        windows.extend(DueWindow(name, today, lo, hi) for lo, hi in ranges)
    return windows


def is_due(
    now: datetime, timezone: str, minute: int, grace_minutes: int, *, exact: bool = False
) -> date | None:
    """The local date a reminder at `minute` in `timezone` is due for at `now`, or None (a reference
    implementation of `due_windows` for one user)."""
    end = floor_minute(now)
    start = end - (_MINUTE if exact else timedelta(minutes=max(int(grace_minutes), 0) + 1))
    today = local_date_at(end, timezone)
    return today if start < scheduled_instant(today, minute, timezone) <= end else None


# ---- food suggestions -----------------------------------------------------------------------------


class FoodLike(Protocol):
    """What `suggest_foods` needs from a food-table row (`bot.domain.foods.Food` satisfies it)."""

    id: str
    name: str
    magnesium_mg: float | None
    serving_unit: str
    serving_amount: float

    def grams_for(self, quantity: float, unit: str | None) -> float | None: ...


# Common, magnesium-dense foods worth suggesting, in order of preference, with a typical portion. Matched
# against the food table by id first, then by name; the table's own per-100 g value gives the milligrams.
SUGGESTED_PORTIONS: tuple[tuple[tuple[str, ...], float, str], ...] = (
    (("pumpkin_seeds_roasted", "pumpkin_seeds_raw", "pumpkin_seeds", "pumpkin seeds"), 1.0, "oz"),
    (("almonds_raw", "almonds_dry_roasted", "almonds"), 1.0, "oz"),
    (("spinach_cooked", "cooked spinach"), 0.5, "cup"),
    (("cashews_dry_roasted", "cashews_raw", "cashews"), 1.0, "oz"),
    (("black_beans_cooked", "black_beans", "cooked black beans"), 0.5, "cup"),
    (("dark_chocolate_70", "dark_chocolate", "dark chocolate"), 1.0, "oz"),
    (("edamame",), 0.5, "cup"),
    (("peanuts_dry_roasted", "peanuts"), 1.0, "oz"),
    (("chia_seeds", "chia seeds"), 1.0, "tbsp"),
    (("quinoa_cooked", "cooked quinoa"), 0.5, "cup"),
    (("oatmeal",), 1.0, "cup"),
    (("peanut_butter", "peanut butter"), 2.0, "tbsp"),
    (("soy_milk", "soymilk", "soy milk"), 1.0, "cup"),
    (("brown_rice_cooked", "brown_rice", "cooked brown rice"), 0.5, "cup"),
    (("potato_baked", "baked potato"), 1.0, "medium"),
    (("banana",), 1.0, "medium"),
    (("yogurt_plain_lowfat", "yogurt", "plain yogurt"), 1.0, "cup"),
    (("avocado",), 0.5, "cup"),
)
_FRACTIONS = {0.25: "¼", 0.5: "½", 0.75: "¾", 1 / 3: "⅓", 2 / 3: "⅔"}
_PIECE_UNITS = {"small", "medium", "large", "piece", "whole"}


@dataclass(frozen=True)
class FoodSuggestion:
    food_id: str
    name: str  # display name, e.g. "pumpkin seeds"
    amount: float
    unit: str
    magnesium_mg: float

    @property
    def portion(self) -> str:
        """``"1 oz of pumpkin seeds"``, ``"½ cup of cooked spinach"``, ``"1 medium banana"``."""
        amount = format_amount(self.amount)
        if self.unit in _PIECE_UNITS:
            return f"{amount} {self.unit} {self.name}" if self.unit != "piece" else f"{amount} {self.name}"
        unit = self.unit
        if self.amount > 1 and unit in ("cup", "slice"):
            unit += "s"
        return f"{amount} {unit} of {self.name}"


def format_amount(amount: float) -> str:
    for value, glyph in _FRACTIONS.items():
        if abs(amount - value) < 0.01:
            return glyph
    whole = int(amount)
    rest = amount - whole
    for value, glyph in _FRACTIONS.items():
        if whole and abs(rest - value) < 0.01:
            return f"{whole}{glyph}"
    return f"{amount:g}"


# Cooking words that change the portion's weight a lot (½ cup of raw vs cooked spinach), kept in the name.
_PREPARATIONS = {"cooked": "cooked", "boiled": "cooked", "baked": "baked"}


def display_name(name: str) -> str:
    """``"Spinach, cooked"`` -> ``"cooked spinach"``, ``"Almonds, raw"`` -> ``"almonds"``: the first clause,
    lower-case unless an acronym, with a cooking word kept in front when the name has one."""
    head, _, rest = name.partition(",")
    head = head.split("(")[0].strip()
    if not head[:2].isupper():
        head = head[:1].lower() + head[1:]
    head = head.removeprefix("raw ").removeprefix("Raw ")
    rest_lower = rest.lower()
    for word, shown in _PREPARATIONS.items():
        if word in rest_lower and shown not in head.lower():
            return f"{shown} {head}"
    return head


def _find(foods: Sequence[FoodLike], keys: tuple[str, ...]) -> FoodLike | None:
    """The first key that is a food id, else the first that is a food's exact name."""
    by_id = {food.id: food for food in foods}
    by_name = {food.name.lower(): food for food in foods}
    for key in keys:
        if key in by_id:
            return by_id[key]
    for key in keys:
        if key in by_name:
            return by_name[key]
    return None


def suggestion_pool(foods: Iterable[FoodLike]) -> list[FoodSuggestion]:
    """Concrete portions of the common magnesium-dense foods present in the table, in preference order."""
    table = list(foods)
    pool: list[FoodSuggestion] = []
    seen: set[str] = set()
    for keys, amount, unit in SUGGESTED_PORTIONS:
        food = _find(table, keys)
        if food is None or food.id in seen or not food.magnesium_mg:
            continue
        grams = food.grams_for(amount, unit)
        if not grams:
            continue
        mg = food.magnesium_mg * grams / 100.0
        if mg < 15:
            continue
        seen.add(food.id)
        pool.append(FoodSuggestion(food.id, display_name(food.name), amount, unit, round(mg)))
    return pool


def suggest_foods(
    gap_mg: float, pool: Sequence[FoodSuggestion], k: int = 2, rotate: int = 0
) -> list[FoodSuggestion]:
    """Up to `k` alternative portions for a gap: first those that close it on their own, then those that
    reduce it most. `rotate` (e.g. the date's ordinal) varies the pick from day to day among equally good
    options so the nudge does not always name the same food."""
    if gap_mg <= 0 or not pool or k <= 0:
        return []
    closing = [s for s in pool if s.magnesium_mg >= gap_mg]
    partial = sorted((s for s in pool if s.magnesium_mg < gap_mg), key=lambda s: -s.magnesium_mg)
    if closing:
        shift = rotate % len(closing)
        closing = closing[shift:] + closing[:shift]
        return (closing + partial)[:k]
    # No single portion closes it: the densest few, varied by `rotate`, shown densest first.
    top = partial[: k + 1]
    shift = rotate % len(top)
    picked = (top[shift:] + top[:shift])[:k]
    return sorted(picked, key=lambda s: -s.magnesium_mg)
