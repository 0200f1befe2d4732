"""Safety situations on the whole bot path (real database: SQLite, and PostgreSQL when TEST_DATABASE_URL is
set): self-harm overdose hints, urgent symptoms after a supplement, laxative, bowel prep, antacid or enema,
vitamin D and calcium-antacid toxicity, alcohol withdrawal and weight cutting are answered with urgent help
and never logged; routine worries about a dose are answered calmly, also never logged."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.domain.answering import default_answerer
from bot.domain.estimate import default_estimator
from bot.usecases.service import Context, MagnesiumService

NOON_UTC = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
EMERGENCY = re.compile(r"\b(911|999|112)\b")
CRISIS = re.compile(r"\b988\b.*116 123", re.S)
ALARM = re.compile(r"poison control|call (911|999|112)|ambulance|(?<!not an )emergency", re.I)


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


async def answered(service: MagnesiumService, text: str) -> str:
    """The answer to a message, checking that nothing was logged."""
    outcome = await service.handle_text(1, 1, 20, text)
    assert outcome.meal is None and outcome.supplement is None, text
    assert outcome.answer is not None and outcome.answer.confident, text
    day = await service.today(1)
    assert day.total_mg == 0 and not day.items
    return outcome.answer.text


@pytest.mark.parametrize(
    "text",
    [
        "i took all my tablets",
        "im so tired of everything, i took all my pills tonight",
        "took all of my sleeping tablets and magnesium",
        "just swallowed the whole pack of my calcium tablets because i cant cope",
        "i cant go on, i swallowed my tablets",
    ],
)
async def test_self_harm_overdose_hints_get_the_emergency_number_and_a_crisis_line(service, text):
    answer = await answered(service, text)
    assert EMERGENCY.search(answer) and CRISIS.search(answer)
    assert "1-800-222-1222" in answer
    assert "how many" not in answer.lower() and "how much" not in answer.lower()  # never asks for the dose


async def test_despair_with_tablets_at_hand_gets_the_crisis_lines(service):
    answer = await answered(service, "so tired of everything and i have a bottle of tablets here")
    assert CRISIS.search(answer) and EMERGENCY.search(answer)


@pytest.mark.parametrize(
    "text",
    [
        "taking 400 mg magnesium and now my heart feels slow and irregular",
        "magnesium glycinate 300mg, now my heartbeat is irregular",
        "drank the magnesium citrate colonoscopy prep and now i fainted",
        "my mum took milk of magnesia and now she is floppy and very weak",
        "dad had an enema and now he is drowsy and confused",
        "been taking rennies all day and now my speech is slurred",
        "my gran had a fit after her bowel prep",
        "my breathing is slow after the laxative",
        "i took 2 bottles of magnesium citrate for my colonoscopy and i keep vomiting and feel faint",
    ],
)
async def test_urgent_symptoms_after_a_product_get_urgent_help_and_are_never_logged(service, text):
    answer = await answered(service, text)
    assert EMERGENCY.search(answer) and re.search(r"\bnow\b", answer)


@pytest.mark.parametrize(
    "text",
    [
        "i've been taking 50,000 iu vitamin d every day for months and now im really thirsty and peeing a lot",
        "50000 IU of vitamin D daily for 3 months, now confused and vomiting",
        "high dose vitamin d for months, always thirsty and weeing constantly, is that bad",
    ],
)
async def test_vitamin_d_toxicity_gets_an_urgent_doctor(service, text):
    answer = await answered(service, text)
    assert "urgent" in answer.lower() and "hypercalcaemia" in answer and EMERGENCY.search(answer)


@pytest.mark.parametrize(
    "text",
    [
        "my mum takes loads of tums with her calcium and now she is vomiting and confused",
        "chewing tums all day plus calcium tablets, now constipated and confused",
        "been on lots of calcium carbonate antacids and feel sick and really thirsty",
    ],
)
async def test_calcium_and_antacids_with_symptoms_get_urgent_care(service, text):
    answer = await answered(service, text)
    assert "milk-alkali" in answer and "urgent" in answer.lower()


@pytest.mark.parametrize(
    "text",
    [
        "i stopped drinking yesterday after a heavy week and now im shaking and sweating, will magnesium help",
        "heavy drinker stopped 2 days ago, shaking and sweating, how much magnesium should i take",
        "alcohol withdrawal shakes, can magnesium help",
        "my husband drinks a lot and just had a seizure",
        "i drink heavily and had a fit this morning",
    ],
)
async def test_alcohol_withdrawal_gets_medical_help_not_magnesium(service, text):
    answer = await answered(service, text)
    assert "withdrawal" in answer and EMERGENCY.search(answer)
    assert "seizure" in answer


@pytest.mark.parametrize(
    "text",
    [
        "cutting weight for a fight, taking magnesium citrate and water pills and sitting in the sauna",
        "how much magnesium citrate plus diuretics to drop 4kg before weigh in",
        "sauna suit, laxatives and water pills to make weight tomorrow, is that ok",
    ],
)
async def test_weight_cutting_with_laxatives_and_water_pills_is_discouraged(service, text):
    answer = await answered(service, text)
    assert answer.startswith("Please don't") and "dehydrate" in answer and "coach" in answer


@pytest.mark.parametrize(
    "text, facts",
    [
        ("accidentally took 2 of my 600 mg calcium tablets", ["2,500", "2,000"]),
        ("i accidentally took my magnesium twice today, is that ok", ["350"]),
        ("oops took my calcium twice by mistake", ["2,500"]),
        ("magnesium oxide 500mg giving me the runs, is that dangerous", ["350", "lower the dose"]),
        ("glycinate 200 plus multi 100 = 300, too much?", ["350"]),
        ("my 10 yr old had two 100 mg chewables", ["110", "350"]),
        ("blood magnesium 0.72 mmol/L slightly low, is this an emergency", ["0.75"]),
    ],
)
async def test_routine_worries_stay_routine(service, text, facts):
    answer = await answered(service, text)
    assert all(fact in answer for fact in facts), answer
    assert not ALARM.search(answer), answer


async def test_a_routine_supplement_log_is_still_logged(service):
    outcome = await service.handle_text(1, 1, 21, "took my magnesium glycinate 200mg")
    assert outcome.supplement is not None and outcome.answer is None


async def test_the_days_round_of_tablets_is_no_overdose(service):
    outcome = await service.handle_text(1, 1, 22, "took all my tablets this morning with breakfast")
    assert outcome.answer is None or "116 123" not in outcome.answer.text
