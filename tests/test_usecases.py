"""Use cases on a real database (SQLite, and PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain.answering import default_answerer
from bot.domain.estimate import default_estimator
from bot.usecases.service import Context, MagnesiumService

NOON_UTC = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def service(sessionmaker) -> MagnesiumService:
    ctx = Context(
        sessionmaker=sessionmaker,
        estimator=default_estimator(),
        answerer=default_answerer(),
        default_timezone="UTC",
        now=lambda: NOON_UTC,
    )
    return MagnesiumService(ctx)


async def test_log_meal_then_today_and_undo(service):
    outcome = await service.handle_text(1, 1, 10, "had 2 cups of cooked spinach and a handful of almonds")
    meal = outcome.meal
    assert meal is not None and len(meal.logged) == 2
    spinach, almonds = meal.logged
    assert "spinach" in spinach.food_name and spinach.grams == pytest.approx(360, rel=0.05)
    assert 250 <= spinach.magnesium_mg <= 330
    assert "almond" in almonds.food_name
    assert meal.day.total_mg == pytest.approx(spinach.magnesium_mg + almonds.magnesium_mg)
    assert meal.day.goal_mg == 420

    day = await service.today(1)
    assert day.total_mg == pytest.approx(meal.day.total_mg)
    assert [i.food_name for i in day.items] == [spinach.food_name, almonds.food_name]

    undone = await service.undo(1)
    assert len(undone.removed) == 2 and undone.day.total_mg == 0
    assert (await service.undo(1)).removed == ()


async def test_redelivered_message_counts_once(service):
    first = (await service.handle_text(1, 1, 11, "a banana")).meal
    again = (await service.handle_text(1, 1, 11, "a banana")).meal
    assert again.duplicate and again.logged == first.logged
    assert (await service.today(1)).total_mg == pytest.approx(first.logged[0].magnesium_mg)


async def test_edit_replaces_items(service):
    await service.handle_text(1, 1, 12, "1 cup cooked spinach")
    edited = (await service.handle_edit(1, 1, 12, "1 medium banana")).meal
    assert edited.edited and [i.food_name for i in edited.logged] == ["banana"]
    day = await service.today(1)
    assert [i.food_name for i in day.items] == ["banana"]


async def test_users_are_isolated(service):
    await service.handle_text(1, 1, 13, "1 oz pumpkin seeds")
    assert (await service.today(2)).total_mg == 0
    assert (await service.undo(2)).removed == ()
    assert (await service.today(1)).total_mg > 100


async def test_local_day_follows_timezone(service):
    await service.set_timezone(5, "Pacific/Kiritimati")  # UTC+14: 12:00 UTC is 02:00 the next day
    meal = (await service.handle_text(5, 5, 14, "1 banana", NOON_UTC)).meal
    assert meal.day.local_date == date(2026, 11, 27)
    await service.set_timezone(6, "Pacific/Pago_Pago")  # UTC−11: still the 26th
    meal = (await service.handle_text(6, 6, 15, "1 banana", NOON_UTC)).meal
    assert meal.day.local_date == date(2026, 11, 26)


async def test_implausible_amount_logs_nothing(service):
    meal = (await service.handle_text(1, 1, 16, "9000 kg spinach")).meal
    assert meal.implausible and not meal.logged
    assert (await service.today(1)).total_mg == 0


@pytest.mark.parametrize(
    "text", ["hello", "I feel tired", "my cat is 3 years old", "'; DROP TABLE entries; --"]
)
async def test_non_food_logs_nothing(service, text):
    outcome = await service.handle_text(1, 1, 17, text)
    assert outcome.meal is None or not outcome.meal.logged
    assert (await service.today(1)).total_mg == 0


async def test_profile_sets_goal_from_rda(service):
    profile = await service.update_profile(3, sex="female", age_band="31-50")
    assert profile.goal_mg == 320
    profile = await service.update_profile(3, life_stage="pregnant")
    assert profile.goal_mg == 360
    profile = await service.update_profile(3, goal_override_mg=400)
    assert profile.goal_mg == 400
    meal = (await service.handle_text(3, 3, 18, "1 banana")).meal
    assert meal.day.goal_mg == 400


async def test_question_is_answered_not_logged(service):
    outcome = await service.handle_text(1, 1, 19, "is spinach good for bones?")
    assert outcome.answer is not None and outcome.meal is None
    assert (await service.today(1)).total_mg == 0


async def test_food_query_is_not_logged(service):
    outcome = await service.handle_text(1, 1, 20, "how much magnesium is in almonds?")
    assert outcome.food is not None and "almond" in outcome.food.name
    assert (await service.today(1)).total_mg == 0


async def test_unsure_match_asks_and_pick_logs(service):
    meal = None
    for message_id, text in enumerate(["2 cups of beans", "a bowl of soup", "some nuts", "cheese"], start=30):
        meal = (await service.handle_text(1, 1, message_id, text)).meal
        if meal and meal.pending:
            break
    if not (meal and meal.pending):
        pytest.skip("the matcher is sure about all of these")
    pending = meal.pending[0]
    result = await service.pick(1, pending.id, pending.candidates[0][0])
    assert result.status == "logged" and result.item is not None
    assert (await service.pick(1, pending.id, 0)).status == "expired"


async def test_timezone_fuzzy(service):
    assert (await service.set_timezone(1, "berlin")).timezone == "Europe/Berlin"
    assert (await service.set_timezone(1, "UTC+2")).timezone == "Etc/GMT-2"
    assert (await service.set_timezone(1, "nowhere-land-xyz")).timezone is None
    assert (await service.profile(1)).timezone == "Etc/GMT-2"


async def test_week_totals_by_local_day(service):
    from datetime import timedelta

    await service.handle_text(7, 7, 40, "1 oz pumpkin seeds", NOON_UTC - timedelta(days=2))
    await service.handle_text(7, 7, 41, "1 medium banana", NOON_UTC)
    await service.handle_text(7, 7, 42, "1 medium banana", NOON_UTC - timedelta(days=9))  # outside the week
    week = await service.week(7)
    assert [day for day, _ in week.days][-1] == date(2026, 11, 26) and len(week.days) == 7
    totals = dict(week.days)
    assert totals[date(2026, 11, 24)] == pytest.approx(156, abs=2)
    assert totals[date(2026, 11, 26)] == pytest.approx(32, abs=2)
    assert sum(totals.values()) == pytest.approx(188, abs=3)
    assert week.days_met == 0


async def test_food_query_uses_the_amount_asked_about(service):
    facts = (
        await service.handle_text(1, 1, 50, "How much magnesium does half a cup of boiled spinach provide?")
    ).food
    assert facts is not None and facts.unit == "cup" and facts.quantity == 0.5
    assert facts.serving_mg == pytest.approx(78, abs=2)
    facts = (await service.handle_text(1, 1, 51, "how much magnesium is in almonds?")).food
    assert facts.serving_grams == pytest.approx(28.4, abs=0.5)  # no amount asked: one typical serving
