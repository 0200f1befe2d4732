"""Daily nudges on a real database (SQLite, and PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from bot.domain.foods import Food
from bot.domain.reminders import WhenMet
from bot.usecases.nudges import NudgeService
from db.models import User
from db.repositories import EntryRepository, NewEntry, UserRepository
from db.session import create_engine, make_sessionmaker

SET_AT = datetime(2026, 1, 1, tzinfo=UTC)  # reminders below were set long before the instants tested
NOV26_19Z = datetime(2026, 11, 26, 19, 0, tzinfo=UTC)  # 20:00 in Berlin, 14:00 in New York
FOODS = [
    Food(id="pumpkin_seeds", name="Pumpkin seeds", magnesium_mg=550.0),
    Food(id="spinach_cooked", name="Spinach, cooked", magnesium_mg=87.0, portions={"cup": 180.0}),
]


def make_service(sessionmaker, **kwargs) -> NudgeService:
    kwargs.setdefault("now", lambda: SET_AT)
    kwargs.setdefault("foods", FOODS)
    return NudgeService(sessionmaker, **kwargs)


async def add_user(service, telegram_id, zone, time_text, *, when_met="quiet", **profile) -> int:
    async with service.sessionmaker() as session:
        user = await UserRepository(session).get_or_create(telegram_id, zone)
        for key, value in profile.items():
            setattr(user, key, value)
        await session.commit()
        user_id = user.id
    reply = await service.remind_command_reply(telegram_id, time_text)
    assert "⏰" in reply
    if when_met != "quiet":
        await service.set_when_met(telegram_id, when_met)
    return user_id


async def log_mg(service, user_id, day, mg, message_id=1):
    async with service.sessionmaker() as session:
        entry = NewEntry(
            local_date=day,
            logged_at=SET_AT,
            message_text="x",
            item_text="x",
            food_id="almonds",
            ndb="12061",
            food_name="Almonds",
            quantity=1,
            unit="oz",
            grams=28.35,
            magnesium_mg=mg,
            chat_id=user_id,
            message_id=message_id,
            item_index=0,
        )
        await EntryRepository(session).add_many(user_id, [entry])
        await session.commit()


async def claim_ids(service, now, limit=200):
    return [n.user_id for n in await service.claim_due(now, limit=limit)]


async def test_remind_command_round_trip(sessionmaker):
    service = make_service(sessionmaker)
    assert "off" in (await service.remind_command_reply(7, "")).lower()
    reply = await service.remind_command_reply(7, "8:30pm")
    assert "20:30" in reply
    setting = await service.get_reminder(7)
    assert (setting.minute, setting.when_met, setting.timezone) == (1230, WhenMet.QUIET, "UTC")
    assert "well-done" in await service.remind_command_reply(7, "praise")
    assert (await service.get_reminder(7)).when_met is WhenMet.PRAISE
    assert "20:30" in await service.remind_command_reply(7, "")
    assert "didn't catch" in await service.remind_command_reply(7, "soonish")
    assert "off" in await service.remind_command_reply(7, "off")
    assert (await service.get_reminder(7)).minute is None
    await service.set_default_reminder(7)
    assert (await service.get_reminder(7)).minute == 20 * 60


async def test_preview_lists_users_at_their_local_minute(sessionmaker):
    service = make_service(sessionmaker)
    await add_user(service, 101, "Europe/Berlin", "20:00")
    await add_user(service, 102, "America/New_York", "2pm", sex="male", age_band="31-50")
    await add_user(service, 103, "Europe/Berlin", "20:01")
    await add_user(service, 104, "Asia/Tokyo", "04:00")  # 04:00 on 27 Nov in Tokyo
    await add_user(service, 105, "Europe/Berlin", "19:00")
    due = await service.preview_due(NOV26_19Z)
    assert [n.user_id for n in due] == [101, 102, 104]
    texts = {n.user_id: n.text for n in due}
    assert "your goal is 420 mg" in texts[101]  # no profile: label Daily Value
    assert "your goal is 420 mg" in texts[102]  # man 31-50: RDA
    assert "1 oz of pumpkin seeds adds about 156 mg" in texts[101]
    assert texts[104].startswith("🌅 Morning")
    # a dry run changes nothing
    assert [n.user_id for n in await service.preview_due(NOV26_19Z)] == [101, 102, 104]
    assert await service.preview_due(NOV26_19Z + timedelta(seconds=59)) == due
    assert [n.user_id for n in await service.preview_due(NOV26_19Z + timedelta(minutes=1))] == [103]


async def test_goal_met_quiet_or_praise(sessionmaker):
    service = make_service(sessionmaker)
    quiet = await add_user(service, 201, "Europe/Berlin", "20:00", goal_override_mg=300)
    praise = await add_user(service, 202, "Europe/Berlin", "20:00", when_met="praise", goal_override_mg=300)
    short = await add_user(service, 203, "Europe/Berlin", "20:00", goal_override_mg=300)
    day = date(2026, 11, 26)
    await log_mg(service, quiet, day, 310, message_id=1)
    await log_mg(service, praise, day, 320, message_id=2)
    await log_mg(service, short, day, 212, message_id=3)
    await log_mg(service, short, day - timedelta(days=1), 500, message_id=4)  # yesterday does not count
    due = {n.user_id: n.text for n in await service.preview_due(NOV26_19Z)}
    assert set(due) == {202, 203}
    assert due[202].startswith("🎉 Goal met: 320 mg of your 300 mg")
    assert "212 mg of your 300 mg today (71%). 88 mg to go" in due[203]
    # claiming: the quiet user's day is handled without a message, so they are not due again
    claimed = await service.claim_due(NOV26_19Z)
    assert sorted(n.user_id for n in claimed) == [202, 203]
    assert await service.claim_due(NOV26_19Z + timedelta(minutes=1)) == []
    assert [n.user_id for n in await service.preview_due(NOV26_19Z)] == [202, 203]  # claims are not sends


async def test_at_most_one_nudge_per_local_day(sessionmaker):
    service = make_service(sessionmaker)
    await add_user(service, 301, "Europe/Berlin", "20:00")
    first = await service.claim_due(NOV26_19Z)
    assert [n.user_id for n in first] == [301]
    assert first[0].local_date == date(2026, 11, 26)
    await service.mark_sent(first[0])
    for minutes in (1, 30, 119):
        assert await service.claim_due(NOV26_19Z + timedelta(minutes=minutes)) == []
    # the user moves the reminder later the same evening: still nothing more today
    await service.remind_command_reply(301, "21:00")
    assert await service.claim_due(NOV26_19Z + timedelta(hours=1)) == []
    assert await service.preview_due(NOV26_19Z + timedelta(hours=1)) == []
    # next day, new nudge
    assert await claim_ids(service, NOV26_19Z + timedelta(days=1, hours=1)) == [301]


async def test_grace_window_after_downtime(sessionmaker):
    service = make_service(sessionmaker, grace_minutes=120)
    await add_user(service, 401, "Europe/Berlin", "20:00")
    await add_user(service, 402, "Europe/Berlin", "18:30")
    await add_user(service, 403, "Europe/Berlin", "17:59")
    # the bot was down from 17:00 to 20:00 local: 18:30 and 20:00 are sent late, once; 17:59 is too old
    due = await service.claim_due(NOV26_19Z)
    assert sorted(n.user_id for n in due) == [401, 402]
    assert [n.user_id for n in due] == [402, 401]  # oldest first
    for nudge in due:
        await service.mark_sent(nudge)
    assert await service.claim_due(NOV26_19Z + timedelta(seconds=30)) == []


async def test_grace_window_end(sessionmaker):
    service = make_service(sessionmaker, grace_minutes=120)
    await add_user(service, 411, "Europe/Berlin", "20:00")
    assert await service.claim_due(NOV26_19Z + timedelta(minutes=121)) == []
    assert await claim_ids(service, NOV26_19Z + timedelta(minutes=119)) == [411]


async def test_reminder_set_after_todays_time_starts_tomorrow(sessionmaker):
    clock = [datetime(2026, 11, 26, 19, 30, tzinfo=UTC)]  # 20:30 in Berlin
    service = make_service(sessionmaker, now=lambda: clock[0])
    await add_user(service, 501, "Europe/Berlin", "20:00")
    assert await service.claim_due(clock[0] + timedelta(minutes=1)) == []
    assert await service.claim_due(clock[0] + timedelta(minutes=2)) == []
    assert await claim_ids(service, NOV26_19Z + timedelta(days=1)) == [501]


async def test_failed_send_is_released_and_retried_within_grace(sessionmaker):
    service = make_service(sessionmaker)
    await add_user(service, 601, "Europe/Berlin", "20:00")
    [nudge] = await service.claim_due(NOV26_19Z)
    assert await service.claim_due(NOV26_19Z + timedelta(seconds=30)) == []  # claimed, not released
    await service.release(nudge)
    [again] = await service.claim_due(NOV26_19Z + timedelta(minutes=1))
    assert again.user_id == 601
    await service.mark_sent(again)
    assert await service.claim_due(NOV26_19Z + timedelta(minutes=2)) == []


async def test_restart_between_claim_and_send(sessionmaker):
    service = make_service(sessionmaker, lease_seconds=300)
    await add_user(service, 701, "Europe/Berlin", "20:00")
    claimed = await service.claim_due(NOV26_19Z)  # ... and the process dies before sending
    assert [n.user_id for n in claimed] == [701]
    restarted = make_service(sessionmaker, lease_seconds=300)
    assert await restarted.claim_due(NOV26_19Z + timedelta(minutes=1)) == []  # lease still held
    assert await restarted.claim_due(NOV26_19Z + timedelta(seconds=299)) == []
    [late] = await restarted.claim_due(NOV26_19Z + timedelta(seconds=301))
    assert late.user_id == 701
    await restarted.mark_sent(late)
    # the dead worker's stale claim can no longer release the new state, and nothing is sent again
    await service.release(claimed[0])
    for minutes in (6, 10, 60):
        assert await restarted.claim_due(NOV26_19Z + timedelta(minutes=minutes)) == []


async def test_disable_blocked_user(sessionmaker):
    service = make_service(sessionmaker)
    await add_user(service, 801, "Europe/Berlin", "20:00")
    [nudge] = await service.claim_due(NOV26_19Z)
    await service.disable(nudge.user_id)
    assert (await service.get_reminder(801)).minute is None
    assert await service.claim_due(NOV26_19Z + timedelta(days=1)) == []
    assert await service.preview_due(NOV26_19Z) == []


@pytest.mark.parametrize(
    ("zone", "time_text", "day", "expected_utc"),
    [
        ("Europe/Berlin", "02:30", date(2026, 3, 29), datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),
        ("America/New_York", "2:30am", date(2026, 3, 8), datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
        ("Europe/Berlin", "02:30", date(2026, 10, 25), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        ("America/New_York", "1:30am", date(2026, 11, 1), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
    ],
)
async def test_dst_switch_days_send_exactly_once(sessionmaker, zone, time_text, day, expected_utc):
    """Ticks through the switch night: one nudge, at the documented instant."""
    service = make_service(sessionmaker)
    await add_user(service, 901, zone, time_text)
    # the dry run shows the nudge at its instant only (tests/test_reminders_domain.py checks every minute)
    assert [n.user_id for n in await service.preview_due(expected_utc)] == [901]
    start = datetime.combine(day, datetime.min.time(), tzinfo=UTC) - timedelta(hours=1)
    # Every minute around the documented instant, every 10th elsewhere: a nudge stays claimable for the
    # whole 2-hour grace window, so a send at any other time or a second one cannot fall between ticks.
    at = int((expected_utc - start).total_seconds()) // 60
    sent_at = []
    for minute in sorted({*range(0, 10 * 60, 10), *range(at - 15, at + 16)}):
        now = start + timedelta(minutes=minute, seconds=5)
        for nudge in await service.claim_due(now):
            await service.mark_sent(nudge)
            sent_at.append(now.replace(second=0))
            assert nudge.local_date == day
    # (documented in bot.domain.reminders: gap -> +gap length, repeat -> first)
    assert sent_at == [expected_utc]
    assert await service.preview_due(expected_utc) == []  # handled for that local day now


async def test_local_day_boundary_far_east_and_west(sessionmaker):
    service = make_service(sessionmaker)
    await add_user(service, 1001, "Pacific/Kiritimati", "00:05")  # UTC+14
    await add_user(service, 1002, "Pacific/Honolulu", "23:55")  # UTC-10
    at = datetime(2026, 11, 26, 10, 5, tzinfo=UTC)  # 00:05 on 27 Nov in Kiritimati, 00:05 on 26 Nov HI
    [east] = await service.claim_due(at)
    assert (east.user_id, east.local_date) == (1001, date(2026, 11, 27))
    await service.mark_sent(east)
    at_hi = datetime(2026, 11, 27, 9, 55, tzinfo=UTC)  # 23:55 on 26 Nov in Honolulu
    [west] = await service.claim_due(at_hi)
    assert (west.user_id, west.local_date) == (1002, date(2026, 11, 26))
    await service.mark_sent(west)
    # 20 minutes later it is 27 Nov in Honolulu: nothing more for 1002; in Kiritimati it is 00:15 on 28 Nov
    [later] = await service.claim_due(at_hi + timedelta(minutes=20))
    assert (later.user_id, later.local_date) == (1001, date(2026, 11, 28))


async def _second_engine(engine):
    """Another engine (another connection pool) on the very same database."""
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "postgresql":
        async with engine.connect() as conn:
            search_path = (await conn.execute(text("SHOW search_path"))).scalar_one()
        return create_engine(url, connect_args={"server_settings": {"search_path": search_path}})
    return create_engine(url)


async def test_two_workers_claim_disjoint_sets(engine, sessionmaker):
    service = make_service(sessionmaker)
    async with sessionmaker() as session:
        session.add_all(
            User(
                telegram_id=5000 + i,
                timezone=("Europe/Berlin", "America/New_York", "Asia/Kolkata")[i % 3],
                reminder_minute=(1200, 840, 30)[i % 3],  # all due at 19:00Z on 26 Nov
                created_at=SET_AT,
            )
            for i in range(300)
        )
        await session.commit()
    expected = set(range(5000, 5300))
    assert {n.user_id for n in await service.preview_due(NOV26_19Z)} == expected

    other_engine = await _second_engine(engine)
    try:
        workers = [service, make_service(make_sessionmaker(other_engine))]

        async def work(worker):
            mine = []
            while True:
                batch = await worker.claim_due(NOV26_19Z + timedelta(seconds=10), limit=20)
                if not batch:
                    return mine
                for nudge in batch:
                    await asyncio.sleep(0)
                    await worker.mark_sent(nudge)
                mine.extend(n.user_id for n in batch)

        a, b = await asyncio.gather(work(workers[0]), work(workers[1]))
    finally:
        await other_engine.dispose()
    assert not set(a) & set(b)
    assert len(a) == len(set(a)) and len(b) == len(set(b))
    assert set(a) | set(b) == expected
    # (How the 300 split between the two depends on scheduling; one may legitimately take them all.)
