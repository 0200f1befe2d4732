"""Meals on other days, corrections, /edit and /delete, and large-amount confirmations, on a real
database (SQLite, and PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.adapters.bootstrap import build_services
from bot.adapters.commands import run_callback, run_command
from bot.config import Settings
from bot.domain.answering import default_answerer
from bot.domain.estimate import default_estimator
from bot.texts import messages as t
from bot.texts.meals import item_change_reply
from bot.usecases.service import Context, MagnesiumService

THURSDAY_NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
TODAY, YESTERDAY = date(2026, 11, 26), date(2026, 11, 25)


class Clock:
    def __init__(self) -> None:
        self.now = THURSDAY_NOON

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(sessionmaker, clock) -> MagnesiumService:
    ctx = Context(
        sessionmaker=sessionmaker,
        estimator=default_estimator(),
        answerer=default_answerer(),
        default_timezone="UTC",
        now=clock,
    )
    return MagnesiumService(ctx)


_ids = iter(range(1000, 10**6))


async def say(service: MagnesiumService, text: str, user: int = 1):
    return await service.handle_text(user, user, next(_ids), text)


# ---- days ----------------------------------------------------------------------------------------
async def test_yesterday_shows_in_week_and_not_in_today(service):
    meal = (await say(service, "yesterday I had a cup of brown rice")).meal
    assert [i.food_name for i in meal.logged] == ["cooked brown rice"]
    assert meal.day.local_date == YESTERDAY and meal.today == TODAY
    text = t.outcome_reply(await say(service, "last night I had 1 oz almonds")).text
    assert text.startswith("Logged for yesterday, Wed 25 Nov:")
    assert (await service.today(1)).items == ()
    week = dict((await service.week(1)).days)
    assert week[YESTERDAY] == pytest.approx(meal.logged[0].magnesium_mg + 77, abs=3)
    assert week[TODAY] == 0


async def test_the_day_follows_the_users_time_zone(service):
    await service.set_timezone(5, "Pacific/Kiritimati")  # UTC+14: it is already Friday the 27th there
    meal = (await say(service, "yesterday 1 banana", user=5)).meal
    assert meal.day.local_date == date(2026, 11, 26)


async def test_a_weekday_and_a_date_log_on_that_day(service):
    assert (await say(service, "for breakfast on Monday I had oatmeal")).meal.day.local_date == date(
        2026, 11, 23
    )
    assert (await say(service, "on 24 Nov I had 2 eggs")).meal.day.local_date == date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    ["on 3 Nov I had rice", "on 5 Dec I had 2 eggs", "10 days ago I had a banana", "last week I had 2 eggs"],
)
async def test_days_out_of_range_log_nothing_and_say_so(service, text):
    outcome = await say(service, text)
    assert outcome.meal.logged == () and outcome.meal.day_problem
    assert "nothing was logged" in t.outcome_reply(outcome).text
    assert sum(total for _, total in (await service.week(1)).days) == 0


# ---- corrections ---------------------------------------------------------------------------------
async def test_corrections_amend_the_matching_item(service):
    await say(service, "had 2 cups of cooked spinach and a handful of almonds")
    outcome = await say(service, "not almonds, cashews")
    change = outcome.correction
    assert change.status == "changed"
    assert change.before.food_name == "raw almonds" and "cashew" in change.after.food_name
    assert change.after.quantity == change.before.quantity and change.after.unit == change.before.unit
    reply = t.outcome_reply(outcome).text
    assert reply.startswith("Changed: raw almonds 1 handful (77 mg) → ")
    spinach_before = (await service.today(1)).items[0]
    change = (await say(service, "actually it was 3 cups not 2")).correction
    assert change.status == "changed" and change.after.quantity == 3 and "spinach" in change.after.food_name
    assert change.after.magnesium_mg == pytest.approx(spinach_before.magnesium_mg * 1.5)
    items = (await service.today(1)).items
    assert items[0].food_name == "cooked spinach" and items[0].quantity == 3
    assert "cashew" in items[1].food_name and len(items) == 2
    assert change.day.total_mg == pytest.approx(sum(i.magnesium_mg for i in items))


async def test_make_that_and_i_meant(service):
    await say(service, "2 eggs")
    change = (await say(service, "make that 3 eggs")).correction
    assert change.status == "changed" and change.after.quantity == 3
    assert change.after.magnesium_mg == pytest.approx(change.before.magnesium_mg * 1.5)
    await say(service, "a cup of white rice")
    change = (await say(service, "sorry, I meant brown rice")).correction
    assert (change.before.food_name, change.after.food_name) == ("cooked white rice", "cooked brown rice")
    assert (change.after.quantity, change.after.unit) == (1, "cup")


async def test_a_correction_of_yesterdays_meal_stays_on_yesterday(service):
    await say(service, "yesterday I had a cup of brown rice")
    change = (await say(service, "actually it was 2 cups not 1")).correction
    assert change.status == "changed" and change.day.local_date == YESTERDAY
    assert "Changed (yesterday, Wed 25 Nov): cooked brown rice 1 cup" in item_change_reply(change).text
    assert "Yesterday (Wed 25 Nov): " in item_change_reply(change).text
    assert dict((await service.week(1)).days)[YESTERDAY] == pytest.approx(change.after.magnesium_mg)


async def test_corrections_without_a_fitting_meal_say_so(service, clock):
    assert (await say(service, "actually it was 2 cups not 1")).correction.status == "nothing_recent"
    await say(service, "had 2 cups of cooked spinach and a handful of almonds")
    no_match = (await say(service, "not walnuts, cashews")).correction
    assert no_match.status == "no_match" and len(no_match.choices) == 2
    assert "couldn't find “walnuts”" in t.outcome_reply(await say(service, "not walnuts, cashews")).text
    assert (await say(service, "make it 2")).correction.status == "which"
    clock.now += timedelta(hours=25)
    assert (await say(service, "not almonds, cashews")).correction.status == "nothing_recent"


async def test_undo_still_removes_the_whole_corrected_meal(service):
    await say(service, "had 2 cups of cooked spinach and a handful of almonds")
    await say(service, "not almonds, cashews")
    undone = await service.undo(1)
    assert len(undone.removed) == 2 and undone.day.total_mg == 0


async def test_a_message_that_is_not_about_a_known_food_is_not_a_correction(service):
    outcome = await say(service, "not sure, maybe later")
    assert outcome.correction is None


# ---- /delete N and /edit N -----------------------------------------------------------------------
@pytest.fixture
async def services(engine, clock):
    settings = Settings(_env_file=None, database_url="sqlite+aiosqlite:///unused.db")
    return await build_services(settings, engine=engine, migrate=False, now=clock)


async def command(services, line: str, user: int = 1) -> str:
    name, _, args = line.removeprefix("/").partition(" ")
    return (await run_command(services, user, name, args)).text


async def test_today_numbers_items_and_delete_and_edit_use_the_numbers(services):
    await services.magnesium.handle_text(1, 1, 1, "had 2 cups of cooked spinach and a handful of almonds")
    today = await command(services, "/today")
    assert "\n1. cooked spinach — 2 cups" in today and "\n2. raw almonds — 1 handful" in today

    edited = await command(services, "/edit 2 2 oz cashews")
    assert edited.startswith("Changed: raw almonds 1 handful (77 mg) → dry roasted cashews 2 oz")
    edited = await command(services, "/edit 1 1 cup")
    assert edited.startswith("Changed: cooked spinach 2 cups (313 mg) → cooked spinach 1 cup (157 mg)")
    edited = await command(services, "/edit 2 pumpkin seeds")  # same food group: the amount carries over
    assert "→ roasted pumpkin seeds 2 oz" in edited

    deleted = await command(services, "/delete 1")
    assert deleted.startswith("Deleted: cooked spinach 1 cup (157 mg)")
    day = await services.magnesium.today(1)
    assert [i.food_name for i in day.items] == ["roasted pumpkin seeds"]
    assert f"Today: {round(day.total_mg)} mg" in deleted


@pytest.mark.parametrize(
    "line",
    [
        "/delete",
        "/delete x",
        "/delete 0",
        "/delete -1",
        "/delete 1 2",
        "/delete 99999999999999999999",
        "/edit",
        "/edit 1",
        "/edit x 2 cups",
        "/edit 0 2 cups",
        "/edit 1 ",
        "/edit 1 ???",
        "/edit 💥 💥",
    ],
)
async def test_malformed_arguments_get_a_usage_line(services, line):
    assert (await command(services, line)).startswith("Usage: /")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/delete 3", "items 1 to 1"),
        ("/edit 3 2 cups", "items 1 to 1"),
        ("/edit 1 0 cups", "zero amount"),
        ("/edit 1 zzqx flurb", "don't know the food"),
        ("/edit 1 10 cups", "far more than a usual portion"),
        ("/edit 1 50 cups", "couldn't work out a sensible amount"),
    ],
)
async def test_edits_that_cannot_apply_say_why_and_change_nothing(services, line, expected):
    await services.magnesium.handle_text(1, 1, 1, "1 cup cooked spinach")
    assert expected in await command(services, line)
    assert [(i.quantity, i.unit) for i in (await services.magnesium.today(1)).items] == [(1, "cup")]


async def test_nothing_logged_today(services):
    assert "Nothing is logged today" in await command(services, "/delete 1")


# ---- large amounts: yes / no -----------------------------------------------------------------------
async def test_a_large_amount_waits_for_yes(services):
    outcome = await services.magnesium.handle_text(1, 1, 1, "50 cups of spinach and a banana")
    reply = t.outcome_reply(outcome)
    assert [i.food_name for i in outcome.meal.logged] == ["banana"]
    yes, no = reply.flat_buttons
    assert yes.label == "✅ Yes, log 1.5 kg" and no.label == "❌ No"
    assert yes.data.startswith("confirm:") and yes.data.endswith(":y") and len(yes.data.encode()) <= 64
    assert "far more than a usual portion" in reply.text
    before = (await services.magnesium.today(1)).total_mg
    assert (await run_callback(services, 2, yes.data)).text == t.BUTTON_EXPIRED  # someone else's button
    pick = yes.data.replace("confirm:", "pick:").replace(":y", ":0")
    assert "already" in (await run_callback(services, 1, pick)).text  # not a "Did you mean" keyboard
    logged = await run_callback(services, 1, yes.data)
    assert logged.text.startswith("Logged:\n• raw spinach — 50 cups (1500 g)")
    assert (await services.magnesium.today(1)).total_mg > before + 1000
    assert (await run_callback(services, 1, yes.data)).text == t.BUTTON_EXPIRED
    assert (await run_callback(services, 1, no.data)).text == t.BUTTON_EXPIRED


async def test_no_drops_the_large_amount(services):
    outcome = await services.magnesium.handle_text(1, 1, 1, "2 kg rice")
    _, no = t.outcome_reply(outcome).flat_buttons
    assert (await run_callback(services, 1, no.data)).text.startswith("OK, I didn't log it.")
    assert (await services.magnesium.today(1)).total_mg == 0


@pytest.mark.parametrize(
    "data",
    [
        "confirm:",
        "confirm:1",
        "confirm:x:y",
        "confirm:1:yes",
        "confirm:-1:y",
        "confirm:99999:y",
        "confirm:1:y:extra",
        "confirm:" + "9" * 40 + ":y",
    ],
)
async def test_forged_confirmations_expire(services, data):
    assert (await run_callback(services, 1, data)).text == t.BUTTON_EXPIRED


async def test_zero_is_nothing_to_log(services):
    outcome = await services.magnesium.handle_text(1, 1, 1, "0 g almonds")
    assert "a zero amount — nothing to log" in t.outcome_reply(outcome).text
    assert (await services.magnesium.today(1)).total_mg == 0


async def test_a_correction_of_nothing_that_names_a_food_is_logged_as_a_meal(service):
    meal = (await say(service, "oops, 3 eggs")).meal
    assert meal is not None and [i.quantity for i in meal.logged] == [3]


async def test_a_redelivered_message_shows_its_waiting_confirmation_again(services):
    first = t.outcome_reply(await services.magnesium.handle_text(1, 1, 7, "50 cups of spinach"))
    again = t.outcome_reply(await services.magnesium.handle_text(1, 1, 7, "50 cups of spinach"))
    assert again.flat_buttons == first.flat_buttons and len(first.flat_buttons) == 2


async def test_a_pick_for_yesterday_says_yesterday(services):
    reply = t.outcome_reply(await services.magnesium.handle_text(1, 1, 8, "yesterday I had a bowl of soup"))
    picks = [b for b in reply.flat_buttons if b.data.startswith("pick:") and not b.data.endswith(":x")]
    assert picks, reply.text
    logged = await run_callback(services, 1, picks[0].data)
    assert logged.text.startswith("Logged for yesterday, Wed 25 Nov:")
    assert "Yesterday (Wed 25 Nov): " in logged.text


async def test_a_confession_after_a_meal_is_logged_as_a_new_meal(service):
    await say(service, "1 cup cooked spinach")
    meal = (await say(service, "oops, I had 2 cookies")).meal
    assert meal is not None and meal.logged
    assert len((await service.today(1)).items) == 1 + len(meal.logged)
