"""Reading a time zone the way people type it: IANA names (fuzzy), city names, abbreviations, UTC offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from rapidfuzz import fuzz, process

# Offsets that are not whole hours have no Etc/GMT zone: use a representative IANA zone.
_FRACTIONAL_OFFSETS = {
    (3, 30): "Asia/Tehran",
    (4, 30): "Asia/Kabul",
    (5, 30): "Asia/Kolkata",
    (5, 45): "Asia/Kathmandu",
    (6, 30): "Asia/Yangon",
    (8, 45): "Australia/Eucla",
    (9, 30): "Australia/Darwin",
    (10, 30): "Australia/Lord_Howe",
    (12, 45): "Pacific/Chatham",
    (-3, 30): "America/St_Johns",
    (-9, 30): "Pacific/Marquesas",
}
_ABBREVIATIONS = {
    "utc": "UTC",
    "gmt": "UTC",
    "z": "UTC",
    "zulu": "UTC",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "et": "America/New_York",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain": "America/Denver",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "akst": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "bst": "Europe/London",
    "uk": "Europe/London",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "eet": "Europe/Athens",
    "msk": "Europe/Moscow",
    "ist": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "japan": "Asia/Tokyo",
    "aest": "Australia/Sydney",
    "nyc": "America/New_York",
    "sf": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "beijing": "Asia/Shanghai",
    "china": "Asia/Shanghai",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "spain": "Europe/Madrid",
    "italy": "Europe/Rome",
    "netherlands": "Europe/Amsterdam",
    "russia": "Europe/Moscow",
    "ukraine": "Europe/Kyiv",
    "kiev": "Europe/Kyiv",
    "poland": "Europe/Warsaw",
    "brazil": "America/Sao_Paulo",
    "mexico": "America/Mexico_City",
    "canada": "America/Toronto",
    "washington": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "atlanta": "America/New_York",
    "seattle": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "houston": "America/Chicago",
    "dallas": "America/Chicago",
    "bangalore": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
}
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?:[:.h]?(\d{2}))?$")
MIN_SCORE = 85
SUGGEST_SCORE = 70
_LEGACY_PREFIXES = ("Etc/", "SystemV/", "posix/", "right/", "US/", "Canada/", "Brazil/", "Mexico/", "Chile/")


@dataclass(frozen=True)
class TimezoneGuess:
    name: str | None  # the IANA name when we are confident
    suggestions: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _choices() -> dict[str, str]:
    """lowercase key (full name, and the city part with spaces) -> IANA name."""
    keys: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if name.startswith(_LEGACY_PREFIXES) or "/" not in name:
            continue
        keys.setdefault(name.lower(), name)
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        keys.setdefault(city, name)
    return keys


def _from_offset(sign: str, hours: int, minutes: int) -> str | None:
    if hours > 14 or minutes not in (0, 30, 45):
        return None
    east = sign == "+"
    if minutes:
        return _FRACTIONAL_OFFSETS.get((hours if east else -hours, minutes))
    if hours == 0:
        return "UTC"
    # POSIX sign convention: Etc/GMT-2 is two hours *ahead* of UTC.
    return f"Etc/GMT{'-' if east else '+'}{hours}"


def parse_timezone(text: str) -> TimezoneGuess:
    """Best IANA zone for what the user typed, or suggestions when unsure."""
    raw = " ".join((text or "").split())[:64]
    if not raw:
        return TimezoneGuess(None)
    lowered = raw.lower()
    offset = _OFFSET.match(lowered.replace(" ", ""))
    if offset:
        sign = "-" if offset.group(1) in "-−" else "+"
        return TimezoneGuess(_from_offset(sign, int(offset.group(2)), int(offset.group(3) or 0)))
    if lowered in _ABBREVIATIONS:
        return TimezoneGuess(_ABBREVIATIONS[lowered])
    if raw in available_timezones():
        return TimezoneGuess(raw)
    choices = _choices()
    key = lowered.replace("_", " ")
    if key in choices:
        return TimezoneGuess(choices[key])
    if len(key) < 3:
        return TimezoneGuess(None)
    found = process.extract(key, list(choices), scorer=fuzz.WRatio, limit=5)
    ranked: list[str] = []
    for match, score, _ in found:
        if score >= SUGGEST_SCORE and choices[match] not in ranked:
            ranked.append(choices[match])
    best_key, best_score, _ = found[0]
    runner_up = found[1][1] if len(found) > 1 else 0
    if best_score >= MIN_SCORE and (best_score - runner_up >= 3 or choices[found[1][0]] == choices[best_key]):
        return TimezoneGuess(choices[best_key], tuple(ranked[1:4]))
    return TimezoneGuess(None, tuple(ranked[:4]))


def is_valid_timezone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        return False
    return True


_ETC_OFFSET = re.compile(r"^Etc/GMT([+-])(\d{1,2})$")


def display_timezone(name: str) -> str:
    """How a stored zone is shown to a person: "UTC+02:00" for a fixed offset (never the POSIX-signed
    "Etc/GMT-2", which reads as the opposite), "UTC" for UTC, and the IANA name ("Europe/Berlin") for a
    real place, where it tells more than an offset that changes with daylight saving time."""
    if name in (
        "UTC",
        "Etc/UTC",
        "Etc/GMT",
        "Etc/UCT",
        "Etc/Zulu",
        "GMT",
        "Etc/GMT0",
        "Etc/GMT+0",
        "Etc/GMT-0",
    ):
        return "UTC"
    m = _ETC_OFFSET.match(name or "")
    if m:
        east = m.group(1) == "-"  # POSIX: Etc/GMT-2 is two hours ahead of UTC
        return f"UTC{'+' if east else '-'}{int(m.group(2)):02d}:00"
    return name
