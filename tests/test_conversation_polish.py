"""First-ten-minutes conversation defects (issue 11): script detection, "what can you do", injuries,
time-zone display, `/remind on`, and one wording for the 420 mg Daily Value goal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.adapters.bootstrap import build_services
from bot.adapters.commands import run_callback, run_command
from bot.config import Settings
from bot.domain.language import is_other_script, letter_counts, non_latin_share
from bot.domain.reminders import RemindAction, parse_remind_command
from bot.domain.routing import Route, classify
from bot.domain.timezones import display_timezone, parse_timezone
from bot.texts import messages as t

NOON_UTC = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


# ---- script detection (pure) ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "я съел гречку с молоком",
        "我吃了米饭",
        "أكلت الأرز مع الدجاج",
        "έφαγα ψωμί",
        "אכלתי אורז",
        "मैंने चावल खाया",
        "ご飯を食べました",
    ],
)
def test_other_scripts_are_detected(text):
    assert is_other_script(text)
    assert classify(text) is Route.OTHER_SCRIPT


@pytest.mark.parametrize(
    "text",
    [
        "had 2 cups of cooked spinach",
        "crème brûlée and a café au lait",  # accented Latin letters are Latin
        "Müsli mit Milch",
        "200 µg of vitamin K",  # one stray Greek letter is not a language
        "🍌🍌",
        "12345",
        "",
    ],
)
def test_latin_text_is_not_foreign(text):
    assert not is_other_script(text)


def test_letter_counts_ignore_digits_punctuation_and_emoji():
    assert letter_counts("ab, 12 вг! 🍎") == (2, 2)
    assert non_latin_share("ab вгде") == pytest.approx(4 / 6)
    assert non_latin_share("!!") == 0.0


# ---- help phrasings ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "what can you do",
        "What can you do?",
        "help",
        "Help!",
        "what do you do",
        "how does this work?",
        "how do I use this bot",
        "what can magbot do",
        "can you help me",
        "I need help",
        "what are your features",
        "show me the commands",
        "what else can you do?",
    ],
)
def test_questions_about_the_bot_get_the_help_text(text):
    assert classify(text) is Route.HELP


@pytest.mark.parametrize(
    "text",
    [
        "can you help me with my bones",
        "what can I do about osteoporosis",
        "how does magnesium help bones",
        "help me understand my t-score",
        "what can I eat for more magnesium",
        "how are you",
        "hello",
        "a banana",
    ],
)
def test_real_questions_and_meals_are_not_help(text):
    assert classify(text) is not Route.HELP


# ---- time zones and /remind (pure) ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("+2", "UTC+02:00"),
        ("UTC+2", "UTC+02:00"),
        ("utc-5", "UTC-05:00"),
        ("GMT+10", "UTC+10:00"),
        ("+0", "UTC"),
        ("UTC", "UTC"),
        ("Europe/Berlin", "Europe/Berlin"),
        ("Tokyo", "Asia/Tokyo"),
        ("+5:30", "Asia/Kolkata"),
    ],
)
def test_time_zones_are_shown_the_way_people_read_them(typed, shown):
    name = parse_timezone(typed).name
    assert name is not None
    assert display_timezone(name) == shown
    assert "Etc/" not in display_timezone(name)


@pytest.mark.parametrize("words", ["on", "On", "yes", "resume", "turn on", "back on"])
def test_remind_on_words(words):
    assert parse_remind_command(words).action is RemindAction.ON


def test_remind_on_does_not_swallow_times():
    command = parse_remind_command("on 8pm")
    assert command.action is RemindAction.SET and command.minute == 20 * 60


# ---- through the commands and use cases, on a real database ----------------------------------------
@pytest.fixture
async def services(engine):
    settings = Settings(_env_file=None, database_url="sqlite+aiosqlite:///unused.db")
    built = await build_services(settings, engine=engine, migrate=False, now=lambda: NOON_UTC)
    yield built


async def test_timezone_offset_reply_has_no_flipped_sign(services):
    reply = await run_command(services, 1, "timezone", "+2")
    assert reply.text == "Time zone set to UTC+02:00 (it's 14:00 there now)."
    profile = await run_command(services, 1, "profile", "")
    assert "Time zone: UTC+02:00" in profile.text
    shown = await run_command(services, 1, "timezone", "")
    assert shown.text.startswith("Your time zone is UTC+02:00.")
    berlin = await run_command(services, 1, "timezone", "Europe/Berlin")
    assert berlin.text == "Time zone set to Europe/Berlin (it's 13:00 there now)."


async def test_remind_on_restores_the_last_time_or_the_default(services):
    first = await run_command(services, 1, "remind", "on")
    assert "at the default time: every day at 20:00" in first.text
    await run_command(services, 1, "remind", "21:30")
    await run_command(services, 1, "remind", "off")
    assert (await services.nudges.get_reminder(1)).minute is None
    back = await run_command(services, 1, "remind", "on")
    assert "Back on at your last reminder time: every day at 21:30" in back.text
    assert (await services.nudges.get_reminder(1)).minute == 21 * 60 + 30
    again = await run_command(services, 1, "remind", "on")  # already on: stays at its time
    assert "21:30" in again.text
    # A user who never had a reminder gets the default time, and "I didn't catch that" never appears.
    other = await run_command(services, 2, "remind", "on")
    assert "20:00" in other.text and "didn't catch" not in other.text


async def test_skip_gives_the_daily_value_in_one_wording_everywhere(services):
    await run_command(services, 1, "start", "")
    skipped = await run_callback(services, 1, "onboard:skip")
    assert "420 mg (the label Daily Value)" in skipped.text
    assert "no profile yet" not in skipped.text and "RDA" not in skipped.text.split("\n")[0]
    assert "420 mg (the label Daily Value)" in (await run_command(services, 1, "profile", "")).text
    assert "420 mg (the label Daily Value)" in (await run_command(services, 1, "goal", "")).text


async def test_rda_goal_after_onboarding_keeps_its_wording(services):
    await run_callback(services, 1, "sex:male")
    reply = await run_callback(services, 1, "age:51+")
    assert "Your daily goal is now 420 mg (man, aged 51 years and older, NIH RDA)" in reply.text


@pytest.mark.parametrize("text", ["what can you do", "help", "what do you do"])
async def test_help_phrasings_answer_with_the_help_text(services, text):
    outcome = await services.magnesium.handle_text(1, 1, 100, text)
    reply = t.outcome_reply(outcome)
    assert reply.text == t.help_reply().text
    assert "outside what I can answer" not in reply.text


async def test_console_help_shows_the_console_way_to_correct(services):
    console = await run_command(services, 1, "help", "", adapter="console")
    assert "edit the message" not in console.text
    assert "/edit" in console.text and "/delete" in console.text
    telegram = await run_command(services, 1, "help", "")
    assert "edit the message" in telegram.text
    outcome = await services.magnesium.handle_text(1, 1, 101, "what can you do")
    assert "edit the message" not in t.outcome_reply(outcome, adapter="console").text


@pytest.mark.parametrize("text", ["я съел гречку с молоком", "我吃了米饭", "أكلت الأرز"])
async def test_other_scripts_get_english_only(services, text):
    outcome = await services.magnesium.handle_text(1, 1, 102, text)
    assert t.outcome_reply(outcome).text == "Sorry, I only understand English for now."
    assert (await services.magnesium.today(1)).items == ()


@pytest.mark.parametrize(
    "text",
    ["I had a fall and my wrist hurts", "I fell down the stairs and my hip hurts", "I fell off a ladder"],
)
async def test_an_injury_is_not_a_meal_miss(services, text):
    outcome = await services.magnesium.handle_text(1, 1, 103, text)
    reply = t.outcome_reply(outcome).text
    assert "couldn't find any food" not in reply
    assert outcome.answer is not None and outcome.answer.confident
    assert "urgent care" in reply or "emergency" in reply


async def test_back_pain_is_never_a_food_search(services):
    outcome = await services.magnesium.handle_text(1, 1, 104, "my back hurts after lifting")
    assert outcome.meal is None
    assert "couldn't find any food" not in t.outcome_reply(outcome).text


async def test_a_real_meal_miss_keeps_its_reply(services):
    outcome = await services.magnesium.handle_text(1, 1, 105, "I had a plate of xyzzq")
    assert outcome.meal is not None and outcome.meal.nothing_found
    assert "couldn't find any food" in t.outcome_reply(outcome).text
