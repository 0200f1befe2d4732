"""Texts for meals on other days, corrections, /edit and /delete, large-amount confirmations and amounts
that log nothing (zero, negative)."""

from __future__ import annotations

from datetime import date

from bot.domain.days import MAX_DAYS_BACK
from bot.texts.reply import Button, Reply
from bot.usecases.edit_results import ConfirmResult, ConfirmView, ItemChange
from bot.usecases.results import DayView, ItemView

DELETE_USAGE = "Usage: /delete 2 — removes item 2 of /today's numbered list."
EDIT_USAGE = (
    "Usage: /edit 2 2 cups (a new amount), /edit 2 cashews (a new food) or /edit 2 2 cups cashews — "
    "item 2 of /today's numbered list."
)


def day_label(day: date, today: date | None) -> str:
    """ "yesterday, Sun 29 Nov" / "Fri 27 Nov" / "today"."""
    if today is None or day == today:
        return "today"
    if (today - day).days == 1:
        return f"yesterday, {day:%a %d %b}"
    return f"{day:%a %d %b}"


def day_title(day: date, today: date | None) -> str:
    """The label that starts a progress line: "Today", "Yesterday (Sun 29 Nov)", "Fri 27 Nov"."""
    if today is None or day == today:
        return "Today"
    if (today - day).days == 1:
        return f"Yesterday ({day:%a %d %b})"
    return f"{day:%a %d %b}"


def short_item(item: ItemView) -> str:
    """ "raw almonds 1 oz (77 mg)"."""
    from bot.texts.messages import amount, mg

    return f"{item.food_name} {amount(item.quantity, item.unit)} ({mg(item.magnesium_mg)})"


def logged_head(day: date, today: date | None) -> str:
    if today is None or day == today:
        return "Logged:"
    return f"Logged for {day_label(day, today)}:"


def rejected_lines(rejected: tuple[tuple[str, str], ...]) -> list[str]:
    """Items that log nothing because of their amount, each with the reason."""
    lines = []
    for text, reason in rejected:
        if reason == "zero":
            lines.append(f"“{text}”: a zero amount — nothing to log.")
        elif reason == "negative":
            lines.append(f"“{text}”: amounts can't be negative, so nothing was logged.")
        else:
            lines.append(f"“{text}”: that amount looks implausible, so nothing was logged.")
    return lines


def confirm_lines(confirm: tuple[ConfirmView, ...]) -> list[str]:
    from bot.texts.messages import amount, grams

    return [
        f"“{view.item.text}” is {amount(view.item.quantity, view.item.unit)} of {view.item.food_name} "
        f"({grams(view.item.grams)} g) — far more than a usual portion. Log it anyway?"
        for view in confirm
    ]


def weight_label(grams_value: float) -> str:
    """ "1.5 kg", "750 g"."""
    from bot.texts.messages import grams

    return f"{grams_value / 1000:.3g} kg" if grams_value >= 1000 else f"{grams(grams_value)} g"


def confirm_keyboard(confirm: tuple[ConfirmView, ...]) -> list[tuple[Button, ...]]:
    rows = []
    for view in confirm:
        rows.append(
            (
                Button(f"✅ Yes, log {weight_label(view.item.grams)}"[:60], f"confirm:{view.id}:y"),
                Button("❌ No", f"confirm:{view.id}:n"),
            )
        )
    return rows


def day_problem_reply(problem: str, phrase: str | None, day: DayView) -> Reply:
    named = f"“{phrase}”" if phrase else "That day"
    if problem == "vague":
        text = (
            f"Which day was {named}? Say e.g. “on Monday I had …” or “2 days ago …” (up to {MAX_DAYS_BACK} "
            "days back) — nothing was logged yet."
        )
    elif problem == "future":
        text = f"{named} is still to come, so nothing was logged. Tell me once you've eaten it."
    else:
        text = (
            f"{named} is more than {MAX_DAYS_BACK} days ago: I only log meals from the last {MAX_DAYS_BACK} "
            "days, so nothing was logged."
        )
    return Reply(text)


def progress(day: DayView | None, today: date | None) -> str:
    from bot.texts.messages import progress_line

    if day is None:
        return ""
    return progress_line(day, day_title(day.local_date, today))


def item_change_reply(change: ItemChange) -> Reply:
    """The answer to a correction, `/edit N` or `/delete N`."""
    from bot.texts.messages import item_line

    status = change.status
    if status == "changed" and change.before and change.after:
        on = "" if change.day is None else day_label(change.day.local_date, change.today)
        where = f" ({on})" if on and on != "today" else ""
        return Reply(
            f"Changed{where}: {short_item(change.before)} → {short_item(change.after)}\n\n"
            f"{progress(change.day, change.today)}"
        )
    if status == "deleted" and change.before:
        return Reply(f"Deleted: {short_item(change.before)}\n\n{progress(change.day, None)}")
    if status == "nothing_recent":
        return Reply(
            "There's no meal logged in the last 24 hours to correct. /today lists today's items; "
            "/edit 2 2 cups changes one."
        )
    if status == "no_match":
        lines = [f"I couldn't find “{change.words}” in your last meal, so nothing was changed. It has:"]
        lines += [item_line(item) for item in change.choices]
        lines.append("Try e.g. “not almonds, cashews”, or /edit N on the numbered list of /today.")
        return Reply("\n".join(lines))
    if status == "which":
        lines = ["Which one? Your last meal has:"]
        lines += [item_line(item) for item in change.choices]
        lines.append(
            "Say it with the food (“make that 3 eggs”), or use /edit N on the numbered list of /today."
        )
        return Reply("\n".join(lines))
    if status == "out_of_range":
        count = change.count
        if count == 0:
            return Reply("Nothing is logged today, so there is nothing to change. /today shows the list.")
        return Reply(f"Today's list has items 1 to {count}; /today shows them numbered.")
    if status == "unknown_food":
        return Reply(f"I don't know the food “{change.words}”, so nothing was changed.")
    if status == "zero":
        return Reply("A zero amount is nothing to log; to remove the item use /delete N (see /today).")
    if status == "negative":
        return Reply("Amounts can't be negative, so nothing was changed.")
    if status == "too_much":
        return Reply(
            f"“{change.words}” is far more than a usual portion, so I left the item as it was. "
            "If it's right, send it as a new message and confirm it there."
        )
    return Reply(f"I couldn't work out a sensible amount for “{change.words}”, so nothing was changed.")


def confirm_reply(result: ConfirmResult) -> Reply:
    from bot.texts.messages import BUTTON_EXPIRED, item_line

    if result.status == "expired":
        return Reply(BUTTON_EXPIRED)
    if result.status == "dropped":
        return Reply(f"OK, I didn't log it.\n\n{progress(result.day, result.today)}".strip())
    if result.status == "logged" and result.item is not None and result.day is not None:
        return Reply(
            f"{logged_head(result.day.local_date, result.today)}\n{item_line(result.item)}\n\n"
            f"{progress(result.day, result.today)}"
        )
    return Reply("I couldn't work out a sensible amount for that, so nothing was logged.")
