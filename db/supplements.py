"""Queries for supplements, the three nutrients, the usual regimen, /export and /forget. They take an
`AsyncSession` and never commit; the use case owns the transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db import pg_raw
from db.models import Base, Entry, ForgottenUser, PendingChoice, PendingSupplement, RegimenItem, User
from db.repositories import DAY_SUMS_KEY, UserRepository, _insert_for
from db.unit_of_work import raw_reads, waiting_entries

# Synthetic source of "✅ Took my usual": message id = -(local date ordinal), item index = regimen row id,
# so a second tap on the same day hits the unique (chat, message, item) key and logs nothing twice.
USUAL_MESSAGE_SIGN = -1


def usual_message_id(day: date) -> int:
    return USUAL_MESSAGE_SIGN * day.toordinal()


@dataclass(frozen=True)
class DayNutrients:
    """One local day's sums. `*_missing`: food items without a value for that nutrient."""

    local_date: date
    food_mg: float = 0.0
    supplement_mg: float = 0.0
    food_calcium: float = 0.0
    supplement_calcium: float = 0.0
    calcium_missing: int = 0
    food_vitamin_d: float = 0.0
    supplement_vitamin_d: float = 0.0
    vitamin_d_missing: int = 0


def _sum(column, kind: str):
    return func.coalesce(func.sum(column).filter(Entry.__table__.c.kind == kind), 0.0)


def _missing(column):
    return func.count(Entry.__table__.c.id).filter(column.is_(None))


# Built once (every logged meal shows the day's sums): all the sums of a range of days, one query, on
# the table (no ORM bookkeeping).
_ENTRIES = Entry.__table__.c
_DAY_SUMS = (
    select(
        _ENTRIES.local_date,
        _sum(_ENTRIES.magnesium_mg, "food"),
        _sum(_ENTRIES.magnesium_mg, "supplement"),
        _sum(_ENTRIES.calcium_mg, "food"),
        _sum(_ENTRIES.calcium_mg, "supplement"),
        _missing(_ENTRIES.calcium_mg),
        _sum(_ENTRIES.vitamin_d_ug, "food"),
        _sum(_ENTRIES.vitamin_d_ug, "supplement"),
        _missing(_ENTRIES.vitamin_d_ug),
    )
    .where(
        _ENTRIES.user_id == bindparam("user_id"),
        _ENTRIES.local_date >= bindparam("start"),
        _ENTRIES.local_date <= bindparam("end"),
    )
    .group_by(_ENTRIES.local_date)
)


def _plus(day: DayNutrients, entry: dict) -> DayNutrients:
    """`day` with one more entry row, summed as _DAY_SUMS sums (None: unknown, counted as missing)."""
    kind = entry.get("kind", "food")
    food, supplement = float(kind == "food"), float(kind == "supplement")
    magnesium = entry["magnesium_mg"]
    calcium, vitamin_d = entry.get("calcium_mg"), entry.get("vitamin_d_ug")
    return DayNutrients(
        day.local_date,
        day.food_mg + food * magnesium,
        day.supplement_mg + supplement * magnesium,
        day.food_calcium + food * (calcium or 0.0),
        day.supplement_calcium + supplement * (calcium or 0.0),
        day.calcium_missing + (calcium is None),
        day.food_vitamin_d + food * (vitamin_d or 0.0),
        day.supplement_vitamin_d + supplement * (vitamin_d or 0.0),
        day.vitamin_d_missing + (vitamin_d is None),
    )


class NutrientRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def days(self, user_id: int, start: date, end: date) -> dict[date, DayNutrients]:
        unit = raw_reads(self.session)
        known = unit.info.get(DAY_SUMS_KEY) if unit is not None else None
        if known is not None and known[0] == user_id and known[1] <= start and end <= known[2]:
            # read with the user (db.pg_raw), and nothing written since: no round trip
            rows = [(day, *values) for day, values in known[3].items() if start <= day <= end]
        elif unit is not None:
            params = (user_id, start, end)
            rows = await unit.on_raw(lambda connection: connection.fetch(pg_raw.DAY_SUMS, *params))
        else:
            rows = await self.session.execute(_DAY_SUMS, {"user_id": user_id, "start": start, "end": end})
        sums = {
            row[0]: DayNutrients(
                row[0], *(float(v) for v in row[1:5]), int(row[5]), *map(float, row[6:8]), int(row[8])
            )
            for row in rows
        }
        # Entries of this update still waiting to be written with its done mark (db.unit_of_work): added
        # here as the query adds stored ones, instead of a round trip after they are written.
        for entry in waiting_entries(self.session):
            if entry["user_id"] == user_id and start <= entry["local_date"] <= end:
                sums[entry["local_date"]] = _plus(
                    sums.get(entry["local_date"]) or DayNutrients(entry["local_date"]), entry
                )
        return sums

    async def day(self, user_id: int, local_date: date) -> DayNutrients:
        return (await self.days(user_id, local_date, local_date)).get(local_date, DayNutrients(local_date))


class RegimenRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list(self, user_id: int) -> list[RegimenItem]:
        rows = await self.session.scalars(
            select(RegimenItem).where(RegimenItem.user_id == user_id).order_by(RegimenItem.id)
        )
        return list(rows)

    async def add(self, item: RegimenItem) -> RegimenItem:
        self.session.add(item)
        await self.session.flush()
        return item

    async def remove(self, item: RegimenItem) -> None:
        await self.session.delete(item)

    async def usual_logged(self, user_id: int, chat_id: int, day: date) -> bool:
        found = await self.session.scalar(
            select(Entry.id)
            .where(
                Entry.user_id == user_id, Entry.chat_id == chat_id, Entry.message_id == usual_message_id(day)
            )
            .limit(1)
        )
        return found is not None

    async def users_owing_usual(self, user_ids: list[int], day: date) -> set[int]:
        """Among `user_ids`: those with a regimen whose usual supplements are not logged on `day`."""
        if not user_ids:
            return set()
        with_regimen = set(
            await self.session.scalars(
                select(RegimenItem.user_id).where(RegimenItem.user_id.in_(user_ids)).distinct()
            )
        )
        logged = set(
            await self.session.scalars(
                select(Entry.user_id)
                .where(
                    Entry.user_id.in_(with_regimen or {-1}),
                    Entry.local_date == day,
                    Entry.message_id == usual_message_id(day),
                )
                .distinct()
            )
        )
        return with_regimen - logged


class PendingSupplementRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, pending: PendingSupplement) -> PendingSupplement:
        self.session.add(pending)
        await self.session.flush()
        return pending

    async def get(self, pending_id: int) -> PendingSupplement | None:
        return await self.session.get(PendingSupplement, pending_id)

    async def for_message(self, user_id: int, chat_id: int, message_id: int) -> PendingSupplement | None:
        return await self.session.scalar(
            select(PendingSupplement).where(
                PendingSupplement.user_id == user_id,
                PendingSupplement.chat_id == chat_id,
                PendingSupplement.message_id == message_id,
            )
        )

    async def delete(self, pending: PendingSupplement) -> None:
        await self.session.delete(pending)


def per_user_tables():
    """Every table with a `user_id` column (entries, pending questions, the regimen, and any added later),
    children before parents."""
    return [table for table in reversed(Base.metadata.sorted_tables) if "user_id" in table.c]


class UserDataRepository:
    """Everything held about one user: for /export and /forget."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def entries(self, user_id: int) -> list[Entry]:
        rows = await self.session.scalars(
            select(Entry).where(Entry.user_id == user_id).order_by(Entry.logged_at, Entry.id)
        )
        return list(rows)

    async def last_message_id(self, user_id: int, chat_id: int) -> int:
        """The largest positive message id this user's chat has produced rows for (0 if none)."""
        ids = []
        for model in (Entry, PendingChoice, PendingSupplement):
            ids.append(
                await self.session.scalar(
                    select(func.max(model.message_id)).where(
                        model.user_id == user_id, model.chat_id == chat_id
                    )
                )
            )
        return max([0, *[i for i in ids if i is not None]])

    async def forget(self, user: User, now: datetime, last_message_id: int) -> None:
        """Delete every row of this user (children first, so no backend relies on cascades) and leave
        the tombstone; one transaction, the caller's."""
        for table in per_user_tables():
            await self.session.execute(delete(table).where(table.c.user_id == user.id))
        telegram_id = user.telegram_id
        await self.session.execute(delete(User).where(User.id == user.id))
        UserRepository(self.session).forget_cached(telegram_id)
        insert = _insert_for(self.session)
        values = {"telegram_id": telegram_id, "forgotten_at": now, "last_message_id": last_message_id}
        await self.session.execute(
            insert(ForgottenUser)
            .values(**values)
            .on_conflict_do_update(
                index_elements=[ForgottenUser.telegram_id],
                set_={"forgotten_at": now, "last_message_id": last_message_id},
            )
        )

    async def tombstone(self, telegram_id: int) -> ForgottenUser | None:
        return await self.session.get(ForgottenUser, telegram_id)
