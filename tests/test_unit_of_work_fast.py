"""The unit of work of a stored update without a transaction round trip (db.unit_of_work): under
PostgreSQL its reads run in autocommit and a meal's entries wait to be written with the done mark in one
statement; whatever else the update writes takes the ordinary transaction. On SQLite and PostgreSQL the
same outcomes: effects and done mark together or not at all, day sums that count the update's items,
ORM changes to the user kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from bot.usecases.intake import IntakeService
from db.models import Entry, PendingChoice, User
from db.repositories import EntryRepository, NewEntry, UserRepository
from db.session import make_sessionmaker
from db.supplements import NutrientRepository
from db.unit_of_work import UnitOfWork

DAY = date(2026, 11, 30)


def _entry(
    message_id: int, index: int = 0, magnesium: float = 40.0, calcium: float | None = 10.0
) -> NewEntry:
    return NewEntry(
        local_date=DAY,
        logged_at=datetime(2026, 11, 30, 12, tzinfo=UTC),
        message_text="1 banana",
        item_text="1 banana",
        food_id="banana",
        ndb="09040",
        food_name="Banana",
        quantity=1.0,
        unit="medium",
        grams=118.0,
        magnesium_mg=magnesium,
        chat_id=7,
        message_id=message_id,
        item_index=index,
        calcium_mg=calcium,
    )


async def _setup(engine):
    uow = UnitOfWork(make_sessionmaker(engine))
    async with uow.begin() as session:
        await UserRepository(session).get_or_create(7, "UTC")
        user = await UserRepository(session).get_or_create(7, "UTC")
        await EntryRepository(session).add_many(user.id, [_entry(1)])
    intake = IntakeService(uow)
    await intake.store([(10, "{}", 7), (11, "{}", 7), (12, "{}", 7)])
    return uow, intake


async def _entries(uow) -> int:
    async with uow() as session:
        return int(await session.scalar(select(func.count()).select_from(Entry)))


async def test_a_meal_is_written_with_its_done_mark_and_counted_in_the_day(engine, backend):
    uow, intake = await _setup(engine)
    seen = {}

    async def meal(message_id: int):
        async with uow.begin() as session:
            user = await UserRepository(session).get_or_create(7, "UTC")
            await EntryRepository(session).add_many(
                user.id, [_entry(message_id), _entry(message_id, 1, 60.0, None)], defer=True
            )
            seen["day"] = await NutrientRepository(session).day(user.id, DAY)
            seen["fast"] = UnitOfWork.current().untouched()
        return True, None

    assert await intake.handle(10, lambda: meal(2)) == "handled"
    assert seen["fast"] is (backend == "postgresql")  # no transaction begun under PostgreSQL
    day = seen["day"]
    assert (day.food_mg, day.food_calcium, day.calcium_missing) == (140.0, 20.0, 1)
    assert await _entries(uow) == 3
    async with uow() as session:
        assert (await NutrientRepository(session).day(1, DAY)) is not None
        user = await UserRepository(session).get_by_telegram_id(7)
        assert await NutrientRepository(session).day(user.id, DAY) == day  # as the database sums them
    # Done already: handled again, it writes nothing (not even entries of another message).
    assert await intake.handle(10, lambda: meal(3)) == "busy"
    assert await _entries(uow) == 3


async def test_a_failed_update_writes_none_of_its_waiting_entries(engine):
    uow, intake = await _setup(engine)

    async def fails():
        async with uow.begin() as session:
            user = await UserRepository(session).get_or_create(7, "UTC")
            await EntryRepository(session).add_many(user.id, [_entry(2)], defer=True)
        return False, None

    assert await intake.handle(11, fails) == "rolled back"
    assert await _entries(uow) == 1
    assert await intake.claim(11) is not None  # not done


async def test_other_writes_take_the_transaction_with_the_waiting_entries(engine):
    """A change to the user and a pending choice, after the entries were deferred: all committed with the
    done mark (the waiting entries are written first, in the same transaction)."""
    uow, intake = await _setup(engine)

    async def meal_and_more():
        async with uow.begin() as session:
            user = await UserRepository(session).get_or_create(7, "UTC")
            await EntryRepository(session).add_many(user.id, [_entry(2)], defer=True)
            user.timezone = "Europe/Paris"
            session.add(
                PendingChoice(
                    user_id=user.id,
                    chat_id=7,
                    message_id=2,
                    item_index=1,
                    local_date=DAY,
                    message_text="1 banana and some nuts",
                    item_text="some nuts",
                    quantity=1.0,
                    unit="handful",
                    candidates="almonds",
                    created_at=datetime(2026, 11, 30, 12, tzinfo=UTC),
                )
            )
            assert (await NutrientRepository(session).day(user.id, DAY)).food_mg == 80.0
        return True, None

    assert await intake.handle(12, meal_and_more) == "handled"
    assert await _entries(uow) == 2
    async with uow() as session:
        assert await session.scalar(select(User.timezone).where(User.telegram_id == 7)) == "Europe/Paris"
        assert await session.scalar(select(func.count()).select_from(PendingChoice)) == 1


async def test_deferred_entries_stored_already_are_handled_again_on_the_ordinary_transaction(engine, backend):
    """Message 1's item 0 is stored (say its edit was handled first). Its update, deferring items 0 and 1,
    would count item 0 twice in the reply: under PostgreSQL the final statement writes nothing and asks for
    the ordinary transaction, which sums after writing; SQLite takes it at once. Rows and sums correct."""
    uow, intake = await _setup(engine)
    seen = {}

    async def meal():
        async with uow.begin() as session:
            user = await UserRepository(session).get_or_create(7, "UTC")
            await EntryRepository(session).add_many(user.id, [_entry(1), _entry(1, 1, 60.0)], defer=True)
            seen["day"] = await NutrientRepository(session).day(user.id, DAY)
        return True, "reply"

    first = await intake.handle(10, meal)
    if backend == "postgresql":
        assert first == "again"
        assert await _entries(uow) == 1  # nothing written, not done
        assert await intake.claim(10) is not None
        assert await intake.handle(10, meal, fast=False) == "busy"  # claimed just now: held
        await intake.retry_later(10, timedelta(0))
        assert await intake.handle(10, meal, fast=False) == "handled"
    else:
        assert first == "handled"
    assert await _entries(uow) == 2
    assert seen["day"].food_mg == 100.0  # 40 stored + 60 new: item 0 once
