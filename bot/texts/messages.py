"""User-facing text and keyboards for logging, profile, answers and help (plain text, no markup)."""

from __future__ import annotations

from dataclasses import replace

from bot.domain import rda
from bot.domain.timezones import display_timezone
from bot.texts import bone, meals
from bot.texts.reply import Button, Reply
from bot.usecases.results import (
    AnswerView,
    DayView,
    FoodComparison,
    FoodFacts,
    ItemView,
    MealLogged,
    Outcome,
    PickResult,
    ProfileView,
    SmallTalk,
    TimezoneResult,
    UndoResult,
    WeekView,
)

BOT_NAME = "magbot"
EXAMPLES = '"2 cups of cooked spinach and a handful of almonds", "a banana", "200 g greek yogurt"'
QUESTION_EXAMPLES = (
    '"why does magnesium matter for bones?", "how much magnesium do I need?", '
    '"can I take magnesium with Fosamax?"'
)
UNIT_LABELS = {"fl_oz": "fl oz", "serving": "serving", "handful": "handful"}

# Help lines of the listed commands (bot/adapters/commands registers the handlers, in this order).
COMMAND_HELP = {
    "today": "today's total and items",
    "week": "the last 7 days (with a chart on Telegram)",
    "undo": "remove the last logged meal",
    "edit": "change an item of /today, e.g. /edit 2 2 cups or /edit 2 cashews",
    "delete": "remove an item of /today, e.g. /delete 2",
    "profile": "your profile and goal",
    "goal": "set your own daily goal, e.g. /goal 350",
    "timezone": "set your time zone, e.g. /timezone Europe/Berlin",
    "remind": "daily reminder, e.g. /remind 20:00 or /remind off",
    "supplements": "your usual supplements: /supplements add magnesium glycinate 120 mg, /supplements remove 2",
    "export": "all your data as a CSV file",
    "forget": "delete everything I hold about you",
    "help": "what I can do",
}
BUTTON_EXPIRED = "That choice has expired. Send /help to see what I can do."


def unknown_command(name: str) -> str:
    shown = name if name.isascii() and name.isprintable() and len(name) <= 32 else "that command"
    return f"I don't know /{shown}. /help lists what I can do."


NO_TOKEN_HINT = (
    "No TELEGRAM_BOT_TOKEN set: starting the console chat. "
    "To run on Telegram, put TELEGRAM_BOT_TOKEN=<token from @BotFather> in .env (see .env.example)."
)
ERROR_APOLOGY = "Sorry, something went wrong on my side and nothing was saved. Please try again in a moment."


# ---- small formatting helpers ----------------------------------------------------------------------
def mg(value: float) -> str:
    return f"{round(value):,} mg"


def grams(value: float) -> str:
    """28.3495 -> "28.3", 360.0 -> "360", 118.4 -> "118"."""
    text = f"{value:.0f}" if value >= 100 else f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _qty(value: float) -> str:
    fractions = {0.25: "¼", 0.5: "½", 0.75: "¾", 1 / 3: "⅓", 2 / 3: "⅔"}
    whole = int(value)
    rest = value - whole
    for frac, glyph in fractions.items():
        if abs(rest - frac) < 0.01:
            return glyph if whole == 0 else f"{whole}{glyph}"
    return f"{value:g}" if value == round(value, 2) else f"{value:.2f}"


def amount(quantity: float, unit: str) -> str:
    unit_label = UNIT_LABELS.get(unit, unit)
    if unit in ("g", "ml"):
        return f"{_qty(quantity)} {unit_label}"
    if unit in ("small", "medium", "large"):
        return f"{_qty(quantity)} {unit_label}"
    plural = quantity > 1 and unit not in ("oz", "lb", "kg", "l", "fl_oz", "tbsp", "tsp")
    suffix = "es" if unit_label.endswith(("ch", "sh", "ss")) else "s"
    return f"{_qty(quantity)} {unit_label}{suffix if plural else ''}"


def item_line(item: ItemView) -> str:
    if item.kind == "supplement":
        return bone.supplement_entry_line(item)
    return f"• {item.food_name} — {amount(item.quantity, item.unit)} ({grams(item.grams)} g): {mg(item.magnesium_mg)}"


def progress_line(day: DayView, title: str = "Today") -> str:
    bar_len = 10
    filled = min(bar_len, round(bar_len * day.total_mg / day.goal_mg)) if day.goal_mg else 0
    bar = "▓" * filled + "░" * (bar_len - filled)
    line = f"{title}: {mg(day.total_mg)} of {mg(day.goal_mg)} ({day.percent}%) {bar}"
    parts = bone.magnesium_parts(day)
    line += f"\n({parts})" if parts else ""
    others = bone.others_line(day)
    line += f"\n{others}" if others else ""
    line += "".join(f"\n{warning}" for warning in bone.limit_lines(day.over_limits))
    if day.total_mg >= day.goal_mg:
        return line + "\nGoal reached — well done! 🎉"
    return line + f"\n{mg(day.remaining_mg)} to go."


# ---- logging ---------------------------------------------------------------------------------------
REJECTED_LINES = {
    "zero": "“{text}”: that's zero — nothing to log.",
    "negative": "“{text}”: an amount can't be negative, so I didn't log it.",
}
PINT_LINES = {
    "UK": "A pint here is a UK pint (568 ml), from your time zone.",
    "US": "A pint here is a US pint (473 ml); in the UK or Ireland set /timezone Europe/London for 568 ml.",
}
MAX_CHOICES_SHOWN = 3  # "Did you mean" keyboards in one reply (each has up to five buttons)
MAX_TODAY_ITEMS = 30  # items listed by /today; the rest are summed up in one line


def meal_reply(result: MealLogged) -> Reply:
    if result.day_problem:
        return meals.day_problem_reply(result.day_problem, result.day_phrase, result.day)
    lines: list[str] = meals.rejected_lines(result.rejected)
    if result.implausible:
        lines.append(
            "That amount looks implausible, so I didn't log it: "
            + "; ".join(f"“{t}”" for t in result.implausible)
            + ". If it's right, split it into realistic portions (e.g. “300 g spinach”)."
        )
    for text, reason in result.rejected:
        lines.append(REJECTED_LINES.get(reason, REJECTED_LINES["negative"]).format(text=text))
    if result.logged:
        head = (
            "Updated your edited meal:"
            if result.edited
            else meals.logged_head(result.day.local_date, result.today)
        )
        if result.duplicate:
            head = "Already logged:"
        lines.append(head)
        lines.extend(item_line(item) for item in result.logged)
        if len(result.logged) > 1:
            lines.append(f"Meal total: {mg(sum(i.magnesium_mg for i in result.logged))}")
    elif result.edited and not (result.pending or result.implausible or result.confirm):
        lines.append("Your edited message has no food I recognise, so I removed what it had logged.")
    if result.pint and any(item.unit == "pint" for item in result.logged):
        lines.append(PINT_LINES.get(result.pint, PINT_LINES["US"]))
    if result.unmatched:
        lines.append("Not recognised (not logged): " + ", ".join(f"“{t}”" for t in result.unmatched))
    if result.nothing_found and not result.edited:
        return Reply(
            "I couldn't find any food I know in that, so nothing was logged.\n"
            f"Tell me what you ate, e.g. {EXAMPLES} — or ask me a question about magnesium and bones."
        )
    buttons: list[tuple[Button, ...]] = []
    for pending in result.pending[:MAX_CHOICES_SHOWN]:
        names = ", ".join(name for _, name in pending.candidates)
        lines.append(f"Did you mean …? “{pending.item_text}” could be: {names}. Tap one below.")
        buttons.extend(pick_keyboard(pending.id, pending.candidates))
    lines.extend(meals.confirm_lines(result.confirm))
    buttons.extend(meals.confirm_keyboard(result.confirm))
    if len(result.pending) > MAX_CHOICES_SHOWN:
        skipped = len(result.pending) - MAX_CHOICES_SHOWN
        lines.append(
            f"{skipped} more unclear item{'s' if skipped > 1 else ''} (not logged): "
            + ", ".join(f"“{p.item_text}”" for p in result.pending[MAX_CHOICES_SHOWN:])
            + ". Send them on their own, with a bit more detail."
        )
    lines.append("")
    lines.append(meals.progress(result.day, result.today))
    return Reply("\n".join(lines).strip(), tuple(buttons))


def pick_keyboard(choice_id: int, candidates) -> list[tuple[Button, ...]]:
    rows = [(Button(name[:60], f"pick:{choice_id}:{index}"),) for index, name in candidates]
    rows.append((Button("None of these", f"pick:{choice_id}:x"),))
    return rows


def pick_reply(result: PickResult) -> Reply:
    if result.status == "expired":
        return Reply("That choice has already been handled.")
    if result.status == "skipped":
        return Reply("OK, I left that one out. " + (progress_line(result.day) if result.day else ""))
    if result.status == "implausible" or result.item is None:
        return Reply("I couldn't work out a sensible amount for that, so nothing was logged.")
    head = meals.logged_head(result.day.local_date, result.today) if result.day else "Logged:"
    return Reply(f"{head}\n{item_line(result.item)}\n\n{meals.progress(result.day, result.today)}")


def today_reply(day: DayView) -> Reply:
    lines = [
        f"{mg(day.total_mg)} today ({day.local_date:%a %d %b}) — {day.percent}% of your {mg(day.goal_mg)} goal."
    ]
    parts = bone.magnesium_parts(day)
    if parts:
        lines.append(f"Magnesium: {parts}.")
    lines.extend(bone.day_detail_lines(day))
    numbered = list(enumerate(day.items, start=1))  # numbers stay those of /edit N and /delete N
    if len(numbered) > MAX_TODAY_ITEMS:  # the largest ones, so the reply stays one readable message
        largest = sorted(numbered, key=lambda pair: -pair[1].magnesium_mg)
        rest = [item for _, item in largest[MAX_TODAY_ITEMS:]]
        numbered = sorted(largest[:MAX_TODAY_ITEMS], key=lambda pair: pair[0])
    else:
        rest = []
    if numbered:
        lines.extend(f"{number}. {item_line(item)[2:]}" for number, item in numbered)
        if rest:
            lines.append(f"… and {len(rest)} more items ({mg(sum(i.magnesium_mg for i in rest))})")
    else:
        lines.append(f"Nothing logged yet. Tell me what you ate, e.g. {EXAMPLES}.")
    lines.extend(bone.limit_lines(day.over_limits))
    if day.total_mg < day.goal_mg:
        lines.append(f"{mg(day.remaining_mg)} to go.")
    else:
        lines.append("Goal reached — well done! 🎉")
    return Reply("\n".join(lines))


def week_reply(week: WeekView) -> Reply:
    """Last seven days as text bars (the Telegram adapter adds a chart)."""
    lines = [
        f"Last 7 days — average {mg(week.average_mg)} a day, goal {mg(week.goal_mg)} met on {week.days_met} of 7:"
    ]
    for day, total in week.days:
        filled = min(10, round(10 * total / week.goal_mg)) if week.goal_mg else 0
        lines.append(f"{day:%a %d}  {'▓' * filled}{'░' * (10 - filled)}  {mg(total)}")
    lines.extend(bone.week_lines(week))
    return Reply("\n".join(lines))


def undo_reply(result: UndoResult) -> Reply:
    if not result.removed:
        return Reply("There is nothing to undo.")
    lines = ["Removed your last logged meal:"]
    lines.extend(item_line(item) for item in result.removed)
    lines += ["", progress_line(result.day)]
    return Reply("\n".join(lines))


# Calcium is mentioned beside a food's magnesium from a "good source" on a US label: 10% of the 1,300 mg
# Daily Value in the amount asked about (a glass of milk, a pot of yogurt, a serving of calcium-set tofu).
CALCIUM_NOTE_MG = 130


def food_facts_reply(facts: FoodFacts) -> Reply:
    lines = [
        f"{facts.name.capitalize()}: {mg(facts.serving_mg)} in {amount(facts.quantity, facts.unit)}"
        f"{'' if facts.unit in ('g', 'ml') else f' ({grams(facts.serving_grams)} g)'} — "
        f"{round(100 * facts.serving_mg / facts.goal_mg)}% of your {mg(facts.goal_mg)} goal.",
        f"Per 100 g: {facts.mg_per_100g:g} mg.",
    ]
    for unit, weight, value in facts.portions:
        lines.append(f"• 1 {UNIT_LABELS.get(unit, unit)} ({grams(weight)} g): {mg(value)}")
    if facts.calcium_mg is not None and facts.calcium_mg >= CALCIUM_NOTE_MG:
        lines.append(
            f"It also gives {mg(facts.calcium_mg)} of calcium in that amount, a good source for bones."
        )
    source = facts.provenance or f"USDA SR28, NDB {facts.ndb}"
    lines.append(f"Source: {source}. Nothing was logged — tell me if you ate it.")
    return Reply("\n".join(lines))


def food_comparison_reply(compared: FoodComparison) -> Reply:
    facts = compared.foods
    lines = ["Magnesium, side by side:"]
    for food in facts:
        weight = "" if food.unit in ("g", "ml") else f" ({grams(food.serving_grams)} g)"
        share = round(100 * food.serving_mg / food.goal_mg)
        lines.append(
            f"• {food.name.capitalize()} — {amount(food.quantity, food.unit)}{weight}: {mg(food.serving_mg)} "
            f"({share}% of your {mg(food.goal_mg)} goal; {food.mg_per_100g:g} mg per 100 g)"
        )
    ranked = sorted(facts, key=lambda f: f.serving_mg, reverse=True)
    if round(ranked[0].serving_mg) > round(ranked[1].serving_mg):
        lines.append(
            f"Most in these amounts: {ranked[0].name}, "
            f"{mg(ranked[0].serving_mg - ranked[1].serving_mg)} more than {ranked[1].name}."
        )
    else:
        lines.append("In these amounts they give about the same.")
    sources = "; ".join(dict.fromkeys(f.provenance or f"USDA SR28, NDB {f.ndb}" for f in facts))
    lines.append(f"Source: {sources}. Nothing was logged — tell me if you ate any.")
    return Reply("\n".join(lines))


# ---- answers ---------------------------------------------------------------------------------------
def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def chat_text(markdown: str) -> str:
    """Knowledge-base markdown as plain chat text: tables become one line per row, emphasis is dropped."""
    out: list[str] = []
    header: list[str] | None = None
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = _cells(stripped)
            if all(set(cell) <= set("-: ") for cell in cells):
                continue  # the |---| separator
            if header is None:
                header = cells
                continue
            label, values = cells[0], cells[1:]
            pairs = [f"{name} {value}" for name, value in zip(header[1:], values, strict=False) if value]
            out.append(f"• {label}: {', '.join(pairs)}" if pairs else f"• {label}")
            continue
        header = None
        out.append(line.replace("**", "").replace("__", ""))
    return "\n".join(out)


def answer_reply(answer: AnswerView) -> Reply:
    buttons = tuple((Button(f"📖 {heading}"[:60], f"topic:{key}"),) for key, heading in answer.related)
    return Reply(chat_text(answer.text), buttons if answer.confident else ())


# ---- small talk ------------------------------------------------------------------------------------
OTHER_SCRIPT = "Sorry, I only understand English for now."


def small_talk_reply(talk: SmallTalk, *, adapter: str = "telegram") -> Reply:
    if talk.kind == "help":
        return help_reply(adapter=adapter)
    if talk.kind == "other_script":
        return Reply(OTHER_SCRIPT)
    if talk.kind == "greeting":
        return Reply(
            f"Hi! Tell me what you ate and I'll count the magnesium, e.g. {EXAMPLES}. "
            f"Or ask me about magnesium and bone health. /help lists everything."
        )
    if talk.kind == "thanks":
        return Reply("You're welcome! 🙂")
    if talk.kind == "empty":
        return Reply(f"Send me what you ate, e.g. {EXAMPLES}, or a question.")
    if talk.kind == "forgotten":
        return Reply(bone.FORGOTTEN_UPDATE)
    if talk.kind == "too_long":
        return Reply("That message is too long for me. Please send meals in shorter messages.")
    return Reply(
        f"I'm a magnesium and bone-health helper. Tell me what you ate, e.g. {EXAMPLES}, "
        f"or ask a question, e.g. {QUESTION_EXAMPLES}."
    )


def outcome_reply(outcome: Outcome, *, adapter: str = "telegram") -> Reply:
    if outcome.meal is not None and outcome.supplement is not None:
        meal, supplement = meal_reply(outcome.meal), bone.supplement_reply(outcome.supplement, progress_line)
        return replace(
            meal, text=f"{supplement.text}\n\n{meal.text}", buttons=supplement.buttons + meal.buttons
        )
    if outcome.meal is not None and outcome.answer is not None:
        meal, answer = meal_reply(outcome.meal), answer_reply(outcome.answer)
        return replace(meal, text=f"{meal.text}\n\n{answer.text}", buttons=meal.buttons + answer.buttons)
    if outcome.meal is not None:
        return meal_reply(outcome.meal)
    if outcome.answer is not None:
        return answer_reply(outcome.answer)
    if isinstance(outcome.food, FoodComparison):
        return food_comparison_reply(outcome.food)
    if outcome.food is not None:
        return food_facts_reply(outcome.food)
    if outcome.correction is not None:
        return meals.item_change_reply(outcome.correction)
    if outcome.supplement is not None:
        return bone.supplement_reply(outcome.supplement, progress_line)
    return small_talk_reply(outcome.small_talk or SmallTalk("other"), adapter=adapter)


# ---- onboarding and profile ------------------------------------------------------------------------
def welcome_reply() -> Reply:
    return Reply(
        f"👋 I'm {BOT_NAME}, your magnesium and bone-health companion.\n"
        f"• Tell me what you ate — {EXAMPLES} — and I'll count the magnesium (USDA data).\n"
        "• Ask me about magnesium, bones and osteoporosis; answers come with their sources.\n"
        "• I can nudge you once a day with how far you are from your goal.\n\n"
        f"Until you tell me about yourself, your goal is the label Daily Value, {rda.DAILY_VALUE_MG} mg. "
        "To set it from the NIH recommended amounts: are you…",
        (
            (Button("👩 Female", "sex:female"), Button("👨 Male", "sex:male")),
            (Button("Skip", "onboard:skip"),),
        ),
    )


def age_keyboard_reply() -> Reply:
    bands = [rda.BANDS_BY_KEY[key] for key in ("9-13", *rda.ADULT_BAND_KEYS)]
    rows = [
        tuple(
            Button(band.label.replace(" years", "").replace(" and older", "+"), f"age:{band.key}")
            for band in bands[i : i + 3]
        )
        for i in range(0, len(bands), 3)
    ]
    return Reply("Your age?", tuple(rows))


def life_stage_reply() -> Reply:
    return Reply(
        "Are you pregnant or breastfeeding? (It changes the recommendation.)",
        (
            (Button("Neither", "stage:none"),),
            (Button("Pregnant", "stage:pregnant"), Button("Breastfeeding", "stage:lactating")),
        ),
    )


DAILY_VALUE_BASIS = "the label Daily Value"  # 420 mg: the US label Daily Value, not an RDA


def goal_basis(profile: ProfileView) -> str:
    """Where the goal comes from, in the one wording used everywhere (onboarding, /profile, /goal)."""
    if profile.goal_override_mg:
        return "your own goal"
    if profile.rda_mg:
        return f"{describe_profile(profile)}, NIH RDA"
    return DAILY_VALUE_BASIS


def goal_set_reply(profile: ProfileView, default_reminder: str) -> Reply:
    return Reply(
        f"Your daily goal is {'now ' if profile.rda_mg else ''}{mg(profile.goal_mg)} ({goal_basis(profile)}).\n"
        f"Your time zone is {display_timezone(profile.timezone)}; "
        "change it with /timezone Europe/Berlin (or UTC+2).\n"
        f"Shall I remind you every evening at {default_reminder} with today's progress?",
        (
            (Button(f"⏰ Yes, at {default_reminder}", f"remind:{default_reminder}"),),
            (Button("No reminders", "remind:off"),),
        ),
    )


def describe_profile(profile: ProfileView) -> str:
    parts = []
    if profile.sex:
        parts.append("woman" if profile.sex == "female" else "man")
    if profile.age_band:
        parts.append(f"aged {rda.BANDS_BY_KEY[profile.age_band].label}")
    if profile.life_stage == "pregnant":
        parts.append("pregnant")
    elif profile.life_stage == "lactating":
        parts.append("breastfeeding")
    return ", ".join(parts) or "no profile yet"


def profile_reply(profile: ProfileView) -> Reply:
    source = "NIH RDA" if profile.rda_mg and not profile.goal_override_mg else goal_basis(profile)
    lines = [
        f"Profile: {describe_profile(profile)}",
        f"Daily goal: {mg(profile.goal_mg)} ({source})",
        f"Time zone: {display_timezone(profile.timezone)}",
        f"Reminder: {profile.reminder or 'off'}",
        "Change: tap below, /goal 350, /timezone Europe/Berlin, /remind 20:00.",
    ]
    return Reply(
        "\n".join(lines),
        ((Button("👩 Female", "sex:female"), Button("👨 Male", "sex:male")),),
    )


def goal_reply(profile: ProfileView) -> Reply:
    if profile.goal_override_mg:
        return Reply(f"Your daily goal is now {mg(profile.goal_mg)}. /goal reset goes back to the RDA.")
    return Reply(
        f"Your daily goal is {mg(profile.goal_mg)} "
        f"({'NIH RDA for ' + describe_profile(profile) if profile.rda_mg else DAILY_VALUE_BASIS}).\n"
        "Set your own with /goal 350 (100–1000 mg); /goal reset returns to the RDA."
    )


GOAL_USAGE = "Usage: /goal 350 (a number of mg between 100 and 1000), or /goal reset."


def timezone_reply(result: TimezoneResult) -> Reply:
    if result.timezone:
        shown = display_timezone(result.timezone)
        return Reply(f"Time zone set to {shown} (it's {result.local_time} there now).")
    if result.suggestions:
        return Reply(
            "I'm not sure which time zone you mean. Did you mean one of these?",
            tuple((Button(name, f"tz:{name}"),) for name in result.suggestions[:4]),
        )
    return Reply(
        "I don't know that time zone. Try an IANA name like /timezone Europe/Berlin, a city, or UTC+2."
    )


TIMEZONE_USAGE = (
    "Usage: /timezone Europe/Berlin — a city (“/timezone Tokyo”) or an offset (“/timezone UTC+2”) works too."
)


# How to correct a logged meal, by adapter: Telegram can edit a sent message, the console cannot.
CORRECTION_HELP = {
    "telegram": "• Correct the last meal in words (“actually it was 2 cups not 1”, “not almonds, cashews”), "
    "edit the message, or use /edit 2 1 cup and /delete 2 on the numbered /today list; /undo removes the "
    "last meal. “Yesterday I had …” logs on yesterday.",
    "console": "• Correct the last meal in words (“actually it was 2 cups not 1”, “not almonds, cashews”), "
    "or use /edit 2 1 cup and /delete 2 on the numbered /today list; /undo removes the last meal. "
    "“Yesterday I had …” logs on yesterday.",
}


def help_reply(commands: list[tuple[str, str]] | None = None, *, adapter: str = "telegram") -> Reply:
    lines = [
        "I count magnesium from what you eat and answer questions on magnesium and bone health.",
        f"• Log food in your own words: {EXAMPLES}.",
        "• Ask: " + QUESTION_EXAMPLES + ".",
        "• “How much magnesium is in almonds?” looks a food up without logging it.",
        CORRECTION_HELP.get(adapter, CORRECTION_HELP["telegram"]),
        f"• Log supplements too: {bone.SUPPLEMENT_EXAMPLES}, “a multivitamin”.",
        "",
    ]
    lines += [f"/{name} — {what}" for name, what in (commands or COMMAND_HELP.items())]
    lines.append(
        "\nFood values: USDA SR28 (ingredients) and FNDDS 2017–2018 (dishes and drinks). Answers: NIH Office of Dietary Supplements and peer-reviewed reviews. "
        "Not medical advice — talk to your doctor about supplements and medicines."
    )
    lines.append("\n" + bone.DATA_NOTE)
    return Reply("\n".join(lines))


DECLINE_HINT = (
    "Questions I can answer: magnesium needs (RDA), food sources, supplements, bone health, osteoporosis."
)

TEXT_ONLY = "I can only read text messages. Tell me what you ate, or ask a question."
