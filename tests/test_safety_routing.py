"""A message that reads like a meal but describes symptoms after a magnesium product is answered from the
safety sections, never logged (real database: SQLite, and PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

from datetime import UTC, datetime

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


async def test_symptoms_after_milk_of_magnesia_are_answered_not_logged(service):
    text = "been taking loads of milk of magnesia for a week, now im dizzy, confused and my heart feels irregular"
    outcome = await service.handle_text(1, 1, 10, text)
    assert outcome.meal is None and outcome.answer is not None
    assert outcome.answer.confident
    assert "emergency" in outcome.answer.text.lower()
    day = await service.today(1)
    assert day.total_mg == 0


async def test_a_plain_milk_meal_is_still_logged(service):
    outcome = await service.handle_text(1, 1, 11, "drank 2 glasses of milk")
    assert outcome.meal is not None and outcome.meal.logged


@pytest.mark.parametrize(
    "text",
    [
        "had my thyroid removed 3 days ago and now pins and needles round my lips",
        "since upping my magnesium to 1000mg a day my heart is racing and i feel faint",
        "bad flu last week, now my legs feel weak and my heart is pounding",
    ],
)
async def test_symptoms_are_answered_never_logged(service, text):
    outcome = await service.handle_text(1, 1, 12, text)
    assert outcome.meal is None and outcome.supplement is None and outcome.answer is not None
    assert outcome.answer.confident
    day = await service.today(1)
    assert day.total_mg == 0


@pytest.mark.parametrize(
    "text",
    [
        "magnesium citrate 300mg at night or nah",
        "400mg glycinate daily, is that enough",
        "calcium 600mg twice a day ok?",
        "mag oxide 500mg safe?",
    ],
)
async def test_a_supplement_message_that_asks_is_answered_not_logged(service, text):
    outcome = await service.handle_text(1, 1, 13, text)
    assert outcome.supplement is None and outcome.meal is None and outcome.answer is not None


async def test_a_dry_weak_constant_meal_is_still_logged(service):
    outcome = await service.handle_text(1, 1, 14, "weak tea and dry toast with a banana")
    assert outcome.meal is not None and outcome.meal.logged
