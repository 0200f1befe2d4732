"""User-facing texts of the daily nudge and the /remind command."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.reminders import FoodSuggestion, WhenMet, format_minute
from bot.domain.timezones import display_timezone

REMIND_USAGE = (
    "Set your daily check-in with /remind 20:00 (or 8pm, 8:30am, 20h, 20.30).\n"
    "/remind off stops it, /remind on brings it back. On days your goal is already met: /remind praise for a "
    "short well-done, "
    "/remind quiet for silence."
)


def _greeting(minute: int) -> str:
    if minute < 12 * 60:
        return "🌅 Morning check-in"
    if minute < 17 * 60:
        return "☀️ Afternoon check-in"
    return "🌙 Evening check-in"


def _mg(value: float) -> str:
    return f"{round(value):,} mg"


def nudge_text(
    total_mg: float, goal_mg: int, suggestions: Sequence[FoodSuggestion], reminder_minute: int
) -> str:
    """The nudge when the day's goal is not met yet."""
    gap = max(goal_mg - total_mg, 0)
    percent = round(100 * total_mg / goal_mg) if goal_mg else 0
    if total_mg < 0.5:
        head = f"{_greeting(reminder_minute)}: nothing logged yet today — your goal is {_mg(goal_mg)}."
    else:
        head = (
            f"{_greeting(reminder_minute)}: {_mg(total_mg)} of your {_mg(goal_mg)} today ({percent}%). "
            f"{_mg(gap)} to go"
        )
    if suggestions:
        first, *rest = suggestions
        idea = f"{first.portion} adds about {_mg(first.magnesium_mg)}"
        for other in rest:
            idea += f", or {other.portion} about {_mg(other.magnesium_mg)}"
        body = f" — {idea}." if total_mg >= 0.5 else f" {idea[:1].upper()}{idea[1:]}."
    else:
        body = "." if total_mg >= 0.5 else ""
    return f"{head}{body}\nJust tell me what you ate to log it."


def praise_text(total_mg: float, goal_mg: int) -> str:
    """The short well-done for a user who chose /remind praise and has met the goal."""
    return f"🎉 Goal met: {_mg(total_mg)} of your {_mg(goal_mg)} today. Well done!"


def _when_met_line(mode: str) -> str:
    if mode == WhenMet.PRAISE:
        return "On days your goal is already met I send a short well-done (/remind quiet to skip it)."
    return "On days your goal is already met I stay quiet (/remind praise for a well-done)."


def remind_status(minute: int | None, mode: str, timezone: str) -> str:
    if minute is None:
        return "🔕 Your daily check-in is off.\n" + REMIND_USAGE
    return (
        f"⏰ Daily check-in at {format_minute(minute)} ({display_timezone(timezone)} time).\n"
        f"{_when_met_line(mode)}\n"
        "Change it with /remind 21:30, stop it with /remind off."
    )


def remind_set(minute: int, timezone: str) -> str:
    return (
        f"⏰ Done: every day at {format_minute(minute)} ({display_timezone(timezone)} time) I'll tell you "
        "where you stand "
        "and, if you're short, a food that closes the gap. /remind off stops it."
    )


def remind_on(minute: int, timezone: str, restored: bool) -> str:
    which = "Back on at your last reminder time" if restored else "On at the default time"
    return (
        f"⏰ {which}: every day at {format_minute(minute)} ({display_timezone(timezone)} time). "
        "/remind 21:30 changes it, /remind off stops it."
    )


def remind_off() -> str:
    return "🔕 Daily check-in is off. /remind on turns it back on."


def remind_when_met(mode: str, minute: int | None) -> str:
    line = "👍 " + _when_met_line(mode)
    if minute is None:
        line += "\nYour check-in is off at the moment — set a time with /remind 20:00."
    return line


def remind_invalid() -> str:
    return "I didn't catch that time. Try /remind 20:00, /remind 8pm or /remind off."


def onboarding_offer(default_minute: int) -> str:
    """The onboarding line offering the default reminder."""
    return (
        f"Want a daily check-in at {format_minute(default_minute)}? I'll tell you how close you are to "
        "your goal and suggest a food if you're short. Change it with /remind 21:00 or /remind off."
    )


USUAL_OFFER = "💊 Your usual supplements aren't logged yet today — tap below once you've taken them."


def with_usual_offer(text: str) -> str:
    """A nudge for a user whose usual supplements are not logged yet (the button goes under it)."""
    return f"{text}\n{USUAL_OFFER}"


def usual_only() -> str:
    """The goal is met (quiet mode), but the usual supplements are not logged yet."""
    return f"🌙 Evening check-in: your magnesium goal is met today. {USUAL_OFFER}"
