"""Texts for supplements, calcium and vitamin D, upper limits, the usual regimen, /export and /forget."""

from __future__ import annotations

from bot.texts.reply import Button, Reply
from bot.usecases.results import DayView, LimitNote, NutrientTotal, WeekView

IU_PER_UG = 40.0
NAMES = {"magnesium": "Magnesium", "calcium": "Calcium", "vitamin_d": "Vitamin D"}
USUAL_BUTTON = Button("✅ Took my usual", "usual:take")
SUPPLEMENT_EXAMPLES = (
    '"magnesium 250 mg", "magnesium glycinate 2 capsules of 120 mg", "calcium 600 mg + D3 1000 IU"'
)


def _mg(value: float) -> str:
    return f"{round(value):,} mg"


def amount(nutrient: str, value: float) -> str:
    """mg for minerals; IU for vitamin D (stored in µg; 1 µg = 40 IU)."""
    if nutrient == "vitamin_d":
        return f"{round(value * IU_PER_UG):,} IU"
    return _mg(value)


def _percent(value: float, goal: float) -> int:
    return round(100 * value / goal) if goal else 0


def _known(total: NutrientTotal) -> str:
    """ "450 mg", or "at least 120 IU (3 items without data)" when some food items lack a value."""
    text = amount(total.nutrient, total.total)
    if total.missing:
        items = "item" if total.missing == 1 else "items"
        return f"at least {text} ({total.missing} {items} without data)"
    return text


def magnesium_parts(day: DayView) -> str | None:
    """ "food 120 mg + supplements 250 mg" when the day has supplements."""
    if day.supplement_mg <= 0:
        return None
    return f"food {_mg(day.total_mg - day.supplement_mg)} + supplements {_mg(day.supplement_mg)}"


def others_line(day: DayView) -> str | None:
    """The one short line for calcium and vitamin D under the magnesium total."""
    if not day.others:
        return None
    parts = []
    for o in day.others:
        bound = "≥ " if o.missing else ""
        unknown = f"; {o.missing} item{'s' if o.missing != 1 else ''} without data" if o.missing else ""
        parts.append(
            f"{NAMES[o.nutrient]} {bound}{amount(o.nutrient, o.total)} "
            f"({_percent(o.total, o.goal)}% of {amount(o.nutrient, o.goal)}{unknown})"
        )
    return " · ".join(parts)


def limit_lines(notes: tuple[LimitNote, ...]) -> list[str]:
    lines = []
    for note in notes:
        if note.nutrient == "magnesium":
            lines.append(
                f"ℹ️ Your supplemental magnesium today, {_mg(note.amount)}, is above the upper limit of "
                f"{_mg(note.limit)} a day from supplements (food doesn't count towards it). Diarrhoea is "
                "usually the first sign of too much; talk to a doctor before going higher."
            )
        else:
            lines.append(
                f"ℹ️ Your {NAMES[note.nutrient].lower()} today, {amount(note.nutrient, note.amount)} from food "
                f"and supplements, is above the upper limit of {amount(note.nutrient, note.limit)} a day. "
                "Talk to a doctor before taking more."
            )
    return lines


def day_detail_lines(day: DayView) -> list[str]:
    """/today: each nutrient against its goal, food and supplements apart."""
    lines = []
    for other in day.others:
        line = (
            f"{NAMES[other.nutrient]}: {_known(other)} — {_percent(other.total, other.goal)}% of your "
            f"{amount(other.nutrient, other.goal)} goal"
        )
        if other.supplement > 0:
            bound = "≥ " if other.missing else ""
            line += (
                f" (food {bound}{amount(other.nutrient, other.food)} + supplements "
                f"{amount(other.nutrient, other.supplement)})"
            )
        lines.append(line + ".")
    return lines


def supplement_item_line(
    name: str, dose_text: str, magnesium: float, calcium: float, vitamin_d: float
) -> str:
    parts = []
    if magnesium:
        parts.append(f"magnesium {_mg(magnesium)}")
    if calcium:
        parts.append(f"calcium {_mg(calcium)}")
    if vitamin_d:
        parts.append(f"vitamin D {amount('vitamin_d', vitamin_d)}")
    dose = f" — {dose_text}" if dose_text else ""
    return f"• 💊 {name}{dose}: {', '.join(parts) or 'no magnesium, calcium or vitamin D'}"


SUPPLEMENT_UNITS = {"mg": "mg", "ug": "µg", "iu": "IU"}


def supplement_entry_line(item) -> str:
    """A stored supplement entry (bot.usecases.results.ItemView of kind "supplement")."""
    if item.unit in SUPPLEMENT_UNITS:
        dose = f"{item.quantity:,.0f} {SUPPLEMENT_UNITS[item.unit]}"
    elif item.unit == "usual":
        dose = item.text  # the dose as saved in /supplements
    else:
        dose = f"{item.quantity:g} {item.unit}{'s' if item.quantity != 1 else ''}"
    return supplement_item_line(
        item.food_name, dose, item.magnesium_mg, item.calcium_mg or 0.0, item.vitamin_d_ug or 0.0
    )


# ---- supplement replies ----------------------------------------------------------------------------
def label_question(question) -> Reply:
    """ "Is 500 mg the magnesium on the Supplement Facts panel, or the weight of the citrate (≈ 80 mg of
    magnesium)?" with one button for each reading."""
    lines = []
    for name, dose_text, stated, elemental, salt in question.items:
        mineral = name.split()[0]
        lines.append(
            f"{name.capitalize()} {dose_text}: is {_mg(stated)} the {mineral} on the Supplement Facts panel, "
            f"or the weight of the {salt} (≈ {_mg(elemental)} of {mineral})?"
        )
    limit = question.magnesium_limit_mg
    stated_magnesium = sum(stated for name, _, stated, _, _ in question.items if name.startswith("magnesium"))
    if limit is not None and stated_magnesium > limit:
        lines.append(
            f"(For scale: the upper limit for magnesium from supplements is {_mg(limit)} a day — food doesn't "
            f"count — so {_mg(stated_magnesium)} from the panel would be above it; diarrhoea is usually the "
            "first sign of too much.)"
        )
    first = question.items[0]
    mineral = first[0].split()[0]
    if len(question.items) > 1:
        panel, compound = "The amounts on the panel", "The compounds' weights"
    else:
        panel, compound = (
            f"The {mineral} on the panel: {_mg(first[2])}",
            f"Weight of the {first[4]}: ≈ {_mg(first[3])} {mineral}",
        )
    return Reply(
        "\n".join(lines),
        (
            (Button(panel, f"supq:{question.pending_id}:e"),),
            (Button(compound, f"supq:{question.pending_id}:c"),),
        ),
    )


def supplement_reply(result, day_lines) -> Reply:
    """`day_lines(day)`: the shared progress block of bot.texts.messages."""
    status = result.status
    if status == "question" and result.question is not None:
        return label_question(result.question)
    if status == "expired":
        return Reply("That question has already been answered.")
    if status == "needs_dose":
        names = ", ".join(result.missing_dose)
        return Reply(
            f"How much {names} did you take? Send the dose, e.g. {SUPPLEMENT_EXAMPLES}, "
            "or save your usual supplements with /supplements add magnesium glycinate 120 mg. Nothing was logged."
        )
    if status == "implausible":
        return Reply(
            "That amount looks implausible for a supplement, so I didn't log it. Check the label and send "
            f"the dose again, e.g. {SUPPLEMENT_EXAMPLES}."
        )
    if status == "no_regimen":
        return Reply(regimen_help())
    if status == "regimen_added":
        return regimen_reply_from(result.regimen, "added")
    head = {
        "logged": "Logged (supplement):",
        "usual_logged": "Logged your usual supplements:",
        "duplicate": "Already logged:",
        "already_taken": "Your usual supplements are already logged for today:",
    }.get(status, "Logged:")
    lines = [head]
    lines.extend(
        supplement_item_line(i.name, i.dose_text, i.magnesium_mg, i.calcium_mg, i.vitamin_d_ug)
        for i in result.items
    )
    if result.day is not None:
        lines += ["", day_lines(result.day)]
    return Reply("\n".join(lines))


# ---- the usual regimen -----------------------------------------------------------------------------
def regimen_help() -> str:
    return (
        "You have no usual supplements saved. Add one with /supplements add magnesium glycinate 120 mg "
        "(or calcium 600 mg + D3 1000 IU, a multivitamin); then one tap on “✅ Took my usual” logs them."
    )


def regimen_reply_from(items, status: str = "list", changed=None) -> Reply:
    lines = []
    if status == "added":
        lines.append("Saved to your usual supplements.")
    elif status == "removed" and changed is not None:
        lines.append(f"Removed {changed.name} from your usual supplements.")
    elif status == "not_found":
        lines.append("There is no such number in your list.")
    elif status == "full":
        lines.append("Your list is full (20 items); remove one first.")
    elif status == "unparsed":
        lines.append(
            "I couldn't read that as a supplement with a dose. Try /supplements add magnesium glycinate 120 mg."
        )
    if not items:
        return Reply(" ".join([*lines, regimen_help()]))
    lines.append("Your usual supplements:")
    for number, item in enumerate(items, start=1):
        line = supplement_item_line(
            item.name, item.dose_text, item.magnesium_mg, item.calcium_mg, item.vitamin_d_ug
        )
        lines.append(f"{number}. {line[2:]}")
    lines.append("/supplements add … to add, /supplements remove 2 to remove.")
    return Reply("\n".join(lines), ((USUAL_BUTTON,),))


def regimen_reply(view) -> Reply:
    if view.status == "question" and view.question is not None:
        return label_question(view.question)
    return regimen_reply_from(view.items, view.status, view.changed)


SUPPLEMENTS_USAGE = (
    "Usage: /supplements (your list), /supplements add magnesium glycinate 120 mg, /supplements remove 2."
)


# ---- week ------------------------------------------------------------------------------------------
def week_lines(week: WeekView) -> list[str]:
    lines = []
    for n in week.nutrients:
        bound = "at least " if n.missing else ""
        unknown = f"; {n.missing} item{'s' if n.missing != 1 else ''} without data" if n.missing else ""
        line = (
            f"{NAMES[n.nutrient]}: average {bound}{amount(n.nutrient, n.average)} a day "
            f"({_percent(n.average, n.goal)}% of {amount(n.nutrient, n.goal)}{unknown})"
        )
        if n.supplement_average > 0:
            food = amount(n.nutrient, n.average - n.supplement_average)
            line += f" — food {bound}{food} + supplements {amount(n.nutrient, n.supplement_average)}"
        lines.append(line)
    return lines


WEEK_CHART_TITLE = "Last 7 days, % of your daily goal"
WEEK_CHART_GOAL = "Goal (100%)"
CHART_LABELS = {"magnesium": "Magnesium", "calcium": "Calcium", "vitamin_d": "Vitamin D"}

# ---- the user's data -------------------------------------------------------------------------------
DATA_NOTE = (
    "What I store: your Telegram id, your profile (sex, age band, pregnancy), goal, time zone and reminder, "
    "and each logged meal or supplement with its text and amounts — only to count your nutrients and "
    "remind you. /export sends it all to you; /forget deletes it."
)


def export_reply_text(entries: int) -> str:
    return (
        f"Your data: {entries} logged entr{'y' if entries == 1 else 'ies'} (date, time, text, food, source, "
        "amounts, food or supplement), then your profile and settings, as CSV."
    )


def export_saved(path: str, entries: int) -> str:
    return f"{export_reply_text(entries)}\nSaved to {path}"


def forget_confirm(token: int) -> Reply:
    return Reply(
        "This deletes everything I hold about you — every logged meal and supplement, your usual "
        "supplements, profile, goal, time zone, reminder and pending questions — and cannot be undone. "
        "/export first if you want a copy. Delete it all?",
        (
            (Button("🗑 Yes, delete everything", f"forget:yes:{token}"),),
            (Button("Cancel", "forget:no"),),
        ),
    )


def forget_reply(result) -> Reply:
    if result.status == "forgotten":
        return Reply(
            f"Done: I deleted everything I held about you ({result.entries} logged "
            f"entr{'y' if result.entries == 1 else 'ies'}, your profile, "
            "settings, usual supplements and reminders). Messages you sent before this are ignored if "
            "Telegram delivers them again. Send /start to begin afresh."
        )
    if result.status == "nothing":
        return Reply("I hold no data about you.")
    return Reply("That confirmation has expired; send /forget again.")


FORGET_CANCELLED = "OK, nothing was deleted."
FORGOTTEN_UPDATE = (
    "That message was sent before you asked me to forget your data, so I ignored it. Send it again to log it."
)
