"""A message that is both a meal and a question, a usual diet asked about, and a stated daily dose (real
database: SQLite, and PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

import pytest

from bot.texts import messages as t


async def test_a_meal_then_a_question_logs_the_meal_and_answers_in_one_reply(service):
    outcome = await service.handle_text(1, 1, 10, "had porridge with banana, is that good for magnesium?")
    assert outcome.meal is not None and outcome.answer is not None
    assert {item.food_name for item in outcome.meal.logged} >= {"banana"}
    assert not outcome.meal.unmatched  # the question is not shown as a food not recognised
    assert outcome.answer.confident
    reply = t.outcome_reply(outcome).text
    assert reply.startswith("Logged:") and "banana" in reply and "Source:" in reply
    day = await service.today(1)
    assert day.total_mg == pytest.approx(sum(item.magnesium_mg for item in outcome.meal.logged))


async def test_a_question_the_log_answers_gets_the_log_alone(service):
    outcome = await service.handle_text(
        2, 2, 10, "had 2 eggs on toast for breakfast. how much magnesium is that"
    )
    assert outcome.meal is not None and outcome.answer is None
    assert outcome.meal.logged and not outcome.meal.unmatched
    assert (await service.today(2)).total_mg > 0


async def test_a_meal_with_a_declined_question_is_routed_as_before(service):
    # the question is about a pet: declined as before, and nothing is logged for it
    outcome = await service.handle_text(3, 3, 10, "had a burger, is that bad for my cat?")
    assert outcome.answer is not None and not outcome.answer.confident
    assert outcome.meal is None
    assert (await service.today(3)).total_mg == 0


@pytest.mark.parametrize(
    "text",
    [
        "19f at uni living on pot noodles and toast 😅 whats my magnesium rda",
        "f19, surviving on toast and pasta. what's my magnesium rda?",
    ],
)
async def test_a_usual_diet_asked_about_is_answered_for_the_age_and_sex_not_logged(service, text):
    outcome = await service.handle_text(4, 4, 10, text)
    assert outcome.meal is None and outcome.answer is not None and outcome.answer.confident
    assert "310 mg" in outcome.answer.text  # a woman aged 19-30
    assert (await service.today(4)).total_mg == 0


async def test_an_age_and_sex_is_never_a_quantity(service):
    outcome = await service.handle_text(5, 5, 10, "19f, had pot noodles and toast for lunch")
    assert outcome.meal is not None
    assert all(item.quantity < 19 for item in outcome.meal.logged)
    assert not outcome.meal.confirm  # no "19 packets … far more than a usual portion"


@pytest.mark.parametrize(
    "text",
    [
        "been on 2 grams a day since summer, any issue",
        "taking 1000mg magnesium daily for months, is that ok",
    ],
)
async def test_a_stated_daily_dose_gets_the_upper_limit_and_what_a_lasting_excess_means(service, text):
    outcome = await service.handle_text(6, 6, 10, text)
    assert outcome.meal is None and outcome.supplement is None and outcome.answer is not None
    reply = outcome.answer.text
    assert outcome.answer.confident
    assert "350 mg" in reply and "diarrhoea" in reply and "kidney" in reply and "doctor" in reply
    assert "irregular heartbeat" in reply
    assert (await service.today(6)).total_mg == 0


async def test_a_usual_diet_that_drowns_the_ask_is_answered_from_the_asking_clause(service):
    outcome = await service.handle_text(
        7, 7, 10, "my diet is mostly pasta and chicken. am i getting enough magnesium"
    )
    assert outcome.meal is None and outcome.answer is not None and outcome.answer.confident
    assert (await service.today(7)).total_mg == 0


async def test_an_edited_meal_then_question_replaces_the_meal_only(service):
    await service.handle_text(8, 8, 10, "had porridge with banana, is that good for magnesium?")
    outcome = await service.handle_edit(8, 8, 10, "had porridge with an apple, is that good for magnesium?")
    assert outcome.meal is not None and outcome.meal.edited
    assert not outcome.meal.unmatched
    assert "apple" in {item.food_name for item in outcome.meal.logged}
