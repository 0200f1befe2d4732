"""Supplements, nutrients, upper limits, the usual regimen, /export and /forget on a real database."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.domain.answering import default_answerer
from bot.domain.estimate import default_estimator
from bot.texts import messages as t
from bot.usecases.data import DataService
from bot.usecases.service import Context, MagnesiumService
from bot.usecases.supplements import SupplementService
from db.models import Base
from db.repositories import UserRepository

NOON_UTC = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
ESTIMATOR = default_estimator()
ANSWERER = default_answerer()


@pytest.fixture
def ctx(sessionmaker) -> Context:
    return Context(
        sessionmaker=sessionmaker,
        estimator=ESTIMATOR,
        answerer=ANSWERER,
        default_timezone="UTC",
        now=lambda: NOON_UTC,
    )


@pytest.fixture
def service(ctx) -> MagnesiumService:
    return MagnesiumService(ctx)


async def say(service, user: int, message_id: int, text: str):
    return await service.handle_text(user, user, message_id, text, NOON_UTC)


async def test_supplement_is_logged_apart_from_food_and_counts_in_the_total(service):
    meal = (await say(service, 1, 1, "1 cup cooked spinach")).meal
    food_mg = meal.day.total_mg
    logged = (await say(service, 1, 2, "took my magnesium, 250 mg")).supplement
    assert logged.status == "logged" and logged.items[0].magnesium_mg == 250
    assert logged.day.total_mg == pytest.approx(food_mg + 250)
    assert logged.day.supplement_mg == 250
    day = await service.today(1)
    assert [item.kind for item in day.items] == ["food", "supplement"]
    text = t.today_reply(day).text
    assert text.startswith(f"{round(food_mg + 250):,} mg today")
    assert f"food {round(food_mg)} mg + supplements 250 mg" in text


async def test_emergency_phrase_is_now_a_supplement_log_with_the_label_question(service, ctx):
    outcome = await say(service, 1, 3, "I took 400mg magnesium citrate")
    assert outcome.answer is None and outcome.supplement.status == "question"
    reply = t.outcome_reply(outcome)
    assert "Supplement Facts panel" in reply.text and "≈ 65 mg of magnesium" in reply.text
    assert [b.data.rsplit(":", 1)[1] for b in reply.flat_buttons] == ["e", "c"]
    assert (await service.today(1)).total_mg == 0  # nothing logged before the answer
    result = await SupplementService(ctx).answer_label(1, outcome.supplement.question.pending_id, True)
    assert result.status == "logged" and result.items[0].magnesium_mg == pytest.approx(64.7, abs=0.1)
    again = await SupplementService(ctx).answer_label(1, outcome.supplement.question.pending_id, False)
    assert again.status == "expired"
    assert (await service.today(1)).total_mg == pytest.approx(64.7, abs=0.1)


@pytest.mark.parametrize(
    ("band", "dose", "warned"),
    [
        ("1-3", 70, True),
        ("1-3", 60, False),
        ("4-8", 120, True),
        ("4-8", 100, False),
        ("9-13", 360, True),
        ("9-13", 340, False),
        ("31-50", 351, True),
        (None, 351, True),
        (None, 350, False),
    ],
)
async def test_magnesium_upper_limit_by_age_band(service, band, dose, warned):
    if band is not None:
        await service.update_profile(1, sex="female", age_band=band)
    await say(service, 1, 1, "3 cups cooked spinach")  # food never counts towards the UL
    day = (await say(service, 1, 2, f"magnesium {dose} mg")).supplement.day
    notes = [n for n in day.over_limits if n.nutrient == "magnesium"]
    assert bool(notes) is warned
    text = t.progress_line(day)
    assert ("upper limit" in text) is warned
    if warned:
        assert "Diarrhoea" in text and "doctor" in text


async def test_calcium_and_vitamin_d_limits_count_all_sources(service):
    await service.update_profile(1, sex="female", age_band="51+")
    day = (await say(service, 1, 1, "calcium 1500 mg + D3 5000 IU")).supplement.day
    assert {n.nutrient for n in day.over_limits} == {"vitamin_d"}
    day = (await say(service, 1, 2, "calcium 600 mg")).supplement.day
    assert {n.nutrient for n in day.over_limits} == {"calcium", "vitamin_d"}


async def test_unknown_vitamin_d_is_a_lower_bound_not_zero(service):
    meal = (await say(service, 1, 1, "a gala apple")).meal
    assert meal.logged[0].food_name.startswith("gala")  # SR28 has no vitamin D value for it
    day = (await say(service, 1, 2, "D3 1000 IU")).supplement.day
    vitamin_d = next(o for o in day.others if o.nutrient == "vitamin_d")
    assert vitamin_d.missing == 1 and vitamin_d.total == pytest.approx(25.0)
    text = t.today_reply(await service.today(1)).text
    assert "Vitamin D: at least 1,000 IU (1 item without data)" in text


async def test_usual_regimen_one_tap_once_a_day(service, ctx):
    supplements = SupplementService(ctx)
    view = await supplements.add_to_regimen(1, 1, -5, "magnesium 200 mg")
    assert view.status == "added" and len(view.items) == 1
    await supplements.add_to_regimen(1, 1, -6, "a multivitamin")
    first = await supplements.take_usual(1)
    assert first.status == "usual_logged" and first.day.supplement_mg == 250
    second = await supplements.take_usual(1)
    assert second.status == "already_taken" and second.day.supplement_mg == 250
    removed = await supplements.remove_from_regimen(1, 1)
    assert removed.status == "removed" and [i.name for i in removed.items] == ["multivitamin"]
    assert (await supplements.remove_from_regimen(1, 5)).status == "not_found"


async def test_dose_less_mention_uses_the_regimen_or_asks(service, ctx):
    asked = (await say(service, 1, 1, "took my magnesium")).supplement
    assert asked.status == "needs_dose"
    await SupplementService(ctx).add_to_regimen(1, 1, -7, "magnesium 300 mg")
    logged = (await say(service, 1, 2, "took my magnesium")).supplement
    assert logged.status == "logged" and logged.day.supplement_mg == 300


async def test_redelivered_supplement_message_counts_once(service):
    await say(service, 1, 1, "magnesium 250 mg")
    again = (await say(service, 1, 1, "magnesium 250 mg")).supplement
    assert again.status == "duplicate" and again.day.supplement_mg == 250


async def test_export_holds_every_entry_and_the_profile(service, ctx):
    await service.update_profile(1, sex="male", age_band="31-50")
    await say(service, 1, 1, "1 cup cooked spinach")
    await say(service, 1, 2, "calcium 600 mg + D3 1000 IU")
    await say(service, 2, 3, "magnesium 100 mg")  # another user
    result = await DataService(ctx).export(1)
    entries_part, _, settings_part = result.content.decode().partition("\n\n")
    rows = list(csv.DictReader(io.StringIO(entries_part)))
    assert [r["kind"] for r in rows] == ["food", "supplement", "supplement"]
    assert rows[0]["source_code"] and float(rows[0]["grams"]) > 0 and rows[0]["calcium_mg"]
    assert rows[2]["vitamin_d_iu"] == "1000" and rows[2]["date"] == "2026-11-26"
    settings = dict(csv.reader(io.StringIO(settings_part)))
    assert settings["sex"] == "male" and settings["goal_mg"] == "420"


async def _rows_for(session, user_id: int, telegram_id: int) -> dict[str, int]:
    counts = {}
    for table in Base.metadata.sorted_tables:
        if "user_id" in table.c:
            counts[table.name] = await session.scalar(
                select(func.count()).select_from(table).where(table.c.user_id == user_id)
            )
        elif table.name == "users":
            counts[table.name] = await session.scalar(
                select(func.count()).select_from(table).where(table.c.telegram_id == telegram_id)
            )
    return counts


async def test_forget_deletes_everything_of_that_user_only(service, ctx, sessionmaker):
    data = DataService(ctx)
    for user in (1, 2):
        await service.update_profile(user, sex="female", age_band="51+")
        await say(service, user, 10 * user, "1 cup cooked spinach")
        await say(service, user, 10 * user + 1, "a bowl of soup")  # a pending "Did you mean"
        await say(service, user, 10 * user + 2, "Magnesium citrate 500 mg")  # a pending label question
        await SupplementService(ctx).add_to_regimen(user, user, -1 - user, "magnesium 100 mg")
    async with sessionmaker() as session:
        alice = await UserRepository(session).get_by_telegram_id(1)
        bob = await UserRepository(session).get_by_telegram_id(2)
        before_bob = await _rows_for(session, bob.id, 2)
        assert all((await _rows_for(session, alice.id, 1)).values())  # every per-user table had rows
    result = await data.forget(1, data.confirm_token())
    assert result.status == "forgotten" and result.entries == 1
    async with sessionmaker() as session:
        assert set((await _rows_for(session, alice.id, 1)).values()) == {0}
        assert await _rows_for(session, bob.id, 2) == before_bob
    # A redelivered old message does not bring the data back; a new one is logged.
    assert (await say(service, 1, 10, "1 cup cooked spinach")).small_talk.kind == "forgotten"
    assert (await service.today(1)).total_mg == 0
    assert (await service.handle_text(1, 1, 99, "a banana", NOON_UTC + timedelta(seconds=5))).meal.logged


async def test_forget_confirmation_expires(ctx):
    data = DataService(ctx)
    assert (await data.forget(1, data.confirm_token() - 3600)).status == "expired"


async def test_evening_nudge_offers_took_my_usual_until_logged(ctx, sessionmaker):
    from bot.usecases.nudges import NudgeService

    nudges = NudgeService(sessionmaker, now=lambda: NOON_UTC - timedelta(days=1))
    supplements = SupplementService(ctx)
    for user in (1, 2):
        await nudges.set_reminder(user, 20 * 60)
    await supplements.add_to_regimen(1, 1, -9, "magnesium 200 mg")
    evening = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
    due = {n.user_id: n for n in await nudges.preview_due(evening)}
    assert due[1].offer_usual and "usual supplements" in due[1].text
    assert not due[2].offer_usual
    await supplements.take_usual(1)
    due = {n.user_id: n for n in await nudges.preview_due(evening)}
    assert not due[1].offer_usual


async def test_edited_supplement_message_is_replaced(service):
    await say(service, 1, 1, "magnesium 250 mg")
    edited = (await service.handle_edit(1, 1, 1, "magnesium 200 mg", NOON_UTC)).supplement
    assert edited.status == "logged" and edited.day.supplement_mg == 200
    as_meal = (await service.handle_edit(1, 1, 1, "1 medium banana", NOON_UTC)).meal
    assert [i.food_name for i in as_meal.logged] == ["banana"]
    day = await service.today(1)
    assert day.supplement_mg == 0 and [i.kind for i in day.items] == ["food"]


async def test_implausible_supplement_logs_nothing(service):
    result = (await say(service, 1, 1, "magnesium 50000 mg")).supplement
    assert result.status == "implausible"
    assert (await service.today(1)).total_mg == 0


async def test_week_shows_three_nutrients_with_supplements_apart(service):
    await say(service, 1, 1, "a gala apple")
    await say(service, 1, 2, "magnesium 140 mg")
    await say(service, 1, 3, "D3 1000 IU")
    week = await service.week(1)
    by_name = {n.nutrient: n for n in week.nutrients}
    assert set(by_name) == {"magnesium", "calcium", "vitamin_d"}
    assert by_name["magnesium"].supplements[-1] == 140 and by_name["magnesium"].totals[-1] > 140
    assert by_name["vitamin_d"].missing == 1 and by_name["vitamin_d"].totals[-1] == pytest.approx(25)
    text = t.week_reply(week).text
    assert "Magnesium: average" in text and "supplements 20 mg" in text
    assert "Vitamin D: average at least 143 IU a day" in text and "1 item without data" in text


async def test_a_supplement_beside_food_logs_both(service):
    """A supplement beside food ("magnesium 120mg + a banana"): the supplement as on its own, and the banana as a meal (a compound such
    as glycinate asks its label question, as it does alone)."""
    asked = await say(service, 8, 1, "magnesium glycinate 120mg + a banana")
    assert asked.supplement.status == "question" and asked.meal.logged
    outcome = await say(service, 7, 1, "took my magnesium 120mg + a banana")
    assert outcome.supplement.status == "logged" and outcome.supplement.items[0].magnesium_mg == 120
    assert outcome.meal.logged and not outcome.meal.unmatched
    day = await service.today(7)
    assert sorted(item.kind for item in day.items) == ["food", "supplement"]
    assert day.supplement_mg == 120
    reply = t.outcome_reply(outcome).text
    assert "120" in reply and "banana" in reply.lower()
