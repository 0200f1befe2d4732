"""Daily-nudge queries: due selection, atomic claims, mark-sent, release, disable.

Reminder state lives on `users` (migration 0002):

* ``reminder_minute`` — minute after local midnight, NULL = off; ``timezone`` — the user's IANA zone;
* ``last_nudged_on`` — the local date whose nudge was last handled (sent, or skipped because the goal was met
  and the user chose quiet): at most one per local day;
* ``nudge_claimed_until`` — a worker's lease. A claim is a conditional UPDATE that only succeeds while the
  lease is free or expired and the day is not yet handled, so two bot processes on one database never claim
  the same nudge; on PostgreSQL the candidates are first locked with ``FOR UPDATE SKIP LOCKED`` in the same
  transaction so concurrent workers skip each other's rows instead of waiting. A worker that dies between
  claim and send leaves a lease that expires; the next tick reclaims the nudge (still once per day).

Due selection needs no time-zone math in SQL: the caller computes, per time zone in use, the local date and
the range of reminder minutes that are due (`bot.domain.reminders.due_windows`), and the query probes the
partial index ``ix_users_reminder_due (timezone, reminder_minute, last_nudged_on) WHERE reminder_minute IS
NOT NULL`` once per zone. The zones in use are found with a loose index scan of the same index.

Like the other repositories this never commits, and it must not import `bot`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import and_, func, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Entry, User


class Window(Protocol):
    """One time zone's due reminders: minutes [first_minute, last_minute] for `local_date`."""

    timezone: str
    local_date: date
    first_minute: int
    last_minute: int


@dataclass(frozen=True)
class ReminderRow:
    id: int
    telegram_id: int
    timezone: str
    reminder_minute: int
    reminder_set_at: datetime | None
    nudge_when_met: str
    last_nudged_on: date | None
    sex: str | None
    age_band: str | None
    life_stage: str | None
    goal_override_mg: int | None
    local_date: date  # the local date the matching window is for


_COLUMNS = (
    User.id,
    User.telegram_id,
    User.timezone,
    User.reminder_minute,
    User.reminder_set_at,
    User.nudge_when_met,
    User.last_nudged_on,
    User.sex,
    User.age_band,
    User.life_stage,
    User.goal_override_mg,
)

# Loose index scan: one index probe per distinct time zone among users with a reminder.
_ZONES_IN_USE = text(
    """
    WITH RECURSIVE zones(tz) AS (
        SELECT (SELECT timezone FROM users WHERE reminder_minute IS NOT NULL ORDER BY timezone LIMIT 1)
        UNION ALL
        SELECT (SELECT u.timezone FROM users AS u
                WHERE u.reminder_minute IS NOT NULL AND u.timezone > zones.tz
                ORDER BY u.timezone LIMIT 1)
        FROM zones WHERE zones.tz IS NOT NULL
    )
    SELECT tz FROM zones WHERE tz IS NOT NULL
    """
)


def _not_handled(day: date):
    return or_(User.last_nudged_on.is_(None), User.last_nudged_on != day)


def _claim_free(now: datetime):
    return or_(User.nudge_claimed_until.is_(None), User.nudge_claimed_until <= now)


class ReminderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def dialect(self) -> str:
        bind = self.session.bind
        return bind.dialect.name if bind is not None else "sqlite"

    # ---- settings ---------------------------------------------------------------------------------
    async def set_reminder(self, user_id: int, minute: int | None, now: datetime) -> None:
        await self.session.execute(
            update(User)
            .where(User.id == user_id)
            .values(
                reminder_minute=minute,
                reminder_set_at=now,
                nudge_claimed_until=None,
                # Off keeps the last time, so that `/remind on` can bring it back.
                **({"reminder_last_minute": minute} if minute is not None else {}),
            ),
            execution_options={"synchronize_session": False},
        )

    async def last_minute(self, user_id: int) -> int | None:
        """The reminder's current minute, else the last one set before it was turned off."""
        row = await self.session.execute(
            select(User.reminder_minute, User.reminder_last_minute).where(User.id == user_id)
        )
        current, last = row.one()
        return current if current is not None else last

    async def set_when_met(self, user_id: int, mode: str) -> None:
        await self.session.execute(
            update(User).where(User.id == user_id).values(nudge_when_met=mode),
            execution_options={"synchronize_session": False},
        )

    async def disable_by_telegram_id(self, telegram_id: int) -> int:
        """Turn reminders off (e.g. the user blocked the bot) and drop any claim. Returns rows changed."""
        result = await self.session.execute(
            update(User)
            .where(User.telegram_id == telegram_id)
            .values(reminder_minute=None, nudge_claimed_until=None),
            execution_options={"synchronize_session": False},
        )
        return result.rowcount or 0

    # ---- due selection ----------------------------------------------------------------------------
    async def timezones_in_use(self) -> list[str]:
        rows = await self.session.execute(_ZONES_IN_USE)
        return [tz for (tz,) in rows]

    def due_statement(
        self,
        windows: Sequence[Window],
        *,
        free_at: datetime | None = None,
        limit: int | None = None,
        lock: bool = False,
    ):
        """SELECT users due in `windows` and not yet handled that local day; with `free_at`, only those
        whose claim is free or expired at that instant; with `lock` (PostgreSQL), FOR UPDATE SKIP LOCKED."""
        terms = [
            and_(
                User.timezone == w.timezone,
                User.reminder_minute >= w.first_minute,
                User.reminder_minute <= w.last_minute,
                _not_handled(w.local_date),
            )
            for w in windows
        ]
        statement = select(*_COLUMNS).where(User.reminder_minute.is_not(None), or_(*terms))
        if free_at is not None:
            statement = statement.where(_claim_free(free_at))
        if limit is not None:
            statement = statement.limit(limit)
        if lock and self.dialect == "postgresql":
            statement = statement.with_for_update(skip_locked=True, of=User)
        return statement

    async def due(
        self,
        windows: Sequence[Window],
        *,
        free_at: datetime | None = None,
        limit: int | None = None,
        lock: bool = False,
    ) -> list[ReminderRow]:
        if not windows:
            return []
        dates = {w.timezone: w.local_date for w in windows}
        rows = await self.session.execute(
            self.due_statement(windows, free_at=free_at, limit=limit, lock=lock)
        )
        return [ReminderRow(*row, local_date=dates[row.timezone]) for row in rows]

    # ---- claims -----------------------------------------------------------------------------------
    async def claim(
        self, ids_by_date: dict[date, Iterable[int]], now: datetime, lease_until: datetime
    ) -> set[int]:
        """Atomically claim users for their local date: a conditional UPDATE that succeeds only while the
        claim is free or expired and the day is not handled. Returns the ids this call claimed."""
        claimed: set[int] = set()
        for day, ids in ids_by_date.items():
            ids = list(ids)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                result = await self.session.execute(
                    update(User)
                    .where(
                        User.id.in_(chunk),
                        User.reminder_minute.is_not(None),
                        _not_handled(day),
                        _claim_free(now),
                    )
                    .values(nudge_claimed_until=lease_until)
                    .returning(User.id),
                    execution_options={"synchronize_session": False},
                )
                claimed.update(result.scalars())
        return claimed

    async def mark_handled(self, user_ids: Iterable[int], local_date: date) -> None:
        """Record that the nudge for `local_date` was sent (or deliberately skipped) and drop the claim."""
        ids = list(user_ids)
        for start in range(0, len(ids), 500):
            await self.session.execute(
                update(User)
                .where(User.id.in_(ids[start : start + 500]))
                .values(last_nudged_on=local_date, nudge_claimed_until=None),
                execution_options={"synchronize_session": False},
            )

    async def release(self, user_id: int, lease_until: datetime | None) -> int:
        """Give a claim back (sending failed) so a later tick may retry; only our own lease is released."""
        condition = (
            User.nudge_claimed_until == lease_until
            if lease_until is not None
            else User.nudge_claimed_until.is_not(None)
        )
        result = await self.session.execute(
            update(User).where(User.id == user_id, condition).values(nudge_claimed_until=None),
            execution_options={"synchronize_session": False},
        )
        return result.rowcount or 0

    # ---- totals -----------------------------------------------------------------------------------
    async def totals_for_day(self, user_ids: Iterable[int], local_date: date) -> dict[int, float]:
        """Magnesium logged per user on `local_date` (users without entries are absent), in one query per
        500 users (same sum as `EntryRepository.total_for_day`)."""
        ids = list(user_ids)
        totals: dict[int, float] = {}
        for start in range(0, len(ids), 500):
            rows = await self.session.execute(
                select(Entry.user_id, func.sum(Entry.magnesium_mg))
                .where(Entry.user_id.in_(ids[start : start + 500]), Entry.local_date == local_date)
                .group_by(Entry.user_id)
            )
            totals.update({user_id: float(total or 0.0) for user_id, total in rows})
        return totals
