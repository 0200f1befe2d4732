"""Daily nudges: /remind settings, the operator's dry run, and claim / mark-sent / release for the sender.

The sender (``bot.adapters.tg.nudges``) calls `claim_due` on every tick, sends what it got, then
`mark_sent`, `release` (sending failed; a later tick may retry within the grace window) or `disable`
(the user blocked the bot). Rules (see `bot.domain.reminders` for the time-zone and DST details):

* due = the reminder's scheduled instant for the user's current local date is within the grace window
  ``(now - grace, now]`` and that local date has not been handled yet (at most one nudge per local day);
* a reminder set after today's time has passed starts tomorrow (no surprise nudge right after /remind);
* goal met: ``quiet`` users get nothing (the day is marked handled), ``praise`` users a short well-done;
* the dry run (`preview_due`) lists users whose scheduled minute is exactly the instant's minute and whose
  day is not handled, whatever the claims and whenever the reminder was set, and changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.domain import rda
from bot.domain.reminders import (
    FoodLike,
    FoodSuggestion,
    RemindAction,
    WhenMet,
    due_windows,
    floor_minute,
    parse_remind_command,
    parse_reminder_time,
    scheduled_instant,
    suggest_foods,
    suggestion_pool,
)
from bot.texts import nudges as texts
from db.reminders import ReminderRepository, ReminderRow
from db.repositories import UserRepository
from db.supplements import RegimenRepository

DEFAULT_LEASE_SECONDS = 300.0


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DueNudge:
    user_id: int  # Telegram user id
    chat_id: int  # private chat = the user id
    text: str
    db_user_id: int = 0
    local_date: date | None = None
    scheduled_at: datetime | None = None  # UTC instant the nudge was scheduled for
    lease_until: datetime | None = None  # the claim's lease (None in a dry run)
    offer_usual: bool = False  # the user's usual supplements are not logged yet: offer "✅ Took my usual"


@dataclass(frozen=True)
class ReminderSetting:
    minute: int | None  # None = off
    when_met: WhenMet
    timezone: str

    @property
    def enabled(self) -> bool:
        return self.minute is not None


class NudgeService:
    """Daily nudges over one database. Put it in ``application.bot_data["nudges"]`` for the PTB job."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        foods: Iterable[FoodLike] = (),
        grace_minutes: int = 120,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        default_timezone: str = "UTC",
        default_reminder_minute: int = 20 * 60,
        now: Callable[[], datetime] = _now,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.pool: list[FoodSuggestion] = suggestion_pool(foods)
        self.grace_minutes = grace_minutes
        self.lease = timedelta(seconds=lease_seconds)
        self.default_timezone = default_timezone
        self.default_reminder_minute = default_reminder_minute
        self.now = now

    @classmethod
    def from_settings(cls, sessionmaker, settings, foods: Iterable[FoodLike] | None = None, **kwargs):
        """Built from `bot.config.Settings`; `foods` defaults to the food table in the knowledge dir."""
        if foods is None:
            foods = _default_foods(settings)
        return cls(
            sessionmaker,
            foods=foods,
            grace_minutes=settings.reminder_grace_minutes,
            default_timezone=settings.default_timezone,
            default_reminder_minute=parse_reminder_time(settings.default_reminder_time) or 20 * 60,
            **kwargs,
        )

    @classmethod
    def from_context(cls, ctx, settings) -> NudgeService:
        """Built from the use-case `Context` (shares its sessionmaker, clock and the estimator's table)."""
        return cls.from_settings(ctx.sessionmaker, settings, foods=ctx.estimator.table, now=ctx.now)

    # ---- settings ---------------------------------------------------------------------------------
    async def get_reminder(self, telegram_id: int) -> ReminderSetting:
        async with self.sessionmaker() as session:
            user = await UserRepository(session).get_by_telegram_id(telegram_id)
            if user is None:
                return ReminderSetting(None, WhenMet.QUIET, self.default_timezone)
            return ReminderSetting(user.reminder_minute, _mode(user.nudge_when_met), user.timezone)

    async def set_reminder(self, telegram_id: int, minute: int | None) -> ReminderSetting:
        """Set the daily minute (0..1439) or turn reminders off (None)."""
        if minute is not None and not 0 <= minute < 24 * 60:
            raise ValueError(f"minute of day out of range: {minute}")
        async with self.sessionmaker.begin() as session:
            user = await UserRepository(session).get_or_create(telegram_id, self.default_timezone)
            await ReminderRepository(session).set_reminder(user.id, minute, self.now())
            return ReminderSetting(minute, _mode(user.nudge_when_met), user.timezone)

    async def set_default_reminder(self, telegram_id: int) -> ReminderSetting:
        """Onboarding's "yes": the default time from settings."""
        return await self.set_reminder(telegram_id, self.default_reminder_minute)

    async def set_when_met(self, telegram_id: int, mode: WhenMet | str) -> ReminderSetting:
        mode = WhenMet(mode)
        async with self.sessionmaker.begin() as session:
            user = await UserRepository(session).get_or_create(telegram_id, self.default_timezone)
            await ReminderRepository(session).set_when_met(user.id, mode.value)
            return ReminderSetting(user.reminder_minute, mode, user.timezone)

    async def _minute_to_restore(self, telegram_id: int) -> tuple[int, bool]:
        """The minute `/remind on` sets: the current or last one set (True), else the default (False)."""
        async with self.sessionmaker() as session:
            user = await UserRepository(session).get_by_telegram_id(telegram_id)
            last = await ReminderRepository(session).last_minute(user.id) if user is not None else None
        return (last, True) if last is not None else (self.default_reminder_minute, False)

    async def disable(self, telegram_id: int) -> None:
        """Turn reminders off (the user blocked the bot) and drop any claim."""
        async with self.sessionmaker.begin() as session:
            await ReminderRepository(session).disable_by_telegram_id(telegram_id)

    async def remind_command_reply(self, telegram_id: int, args_text: str) -> str:
        """The whole /remind command: parse the arguments, apply them, return the reply text."""
        command = parse_remind_command(args_text)
        if command.action is RemindAction.SHOW:
            setting = await self.get_reminder(telegram_id)
            return texts.remind_status(setting.minute, setting.when_met, setting.timezone)
        if command.action is RemindAction.OFF:
            await self.set_reminder(telegram_id, None)
            return texts.remind_off()
        if command.action is RemindAction.ON:
            minute, restored = await self._minute_to_restore(telegram_id)
            setting = await self.set_reminder(telegram_id, minute)
            return texts.remind_on(minute, setting.timezone, restored)
        if command.action is RemindAction.SET and command.minute is not None:
            setting = await self.set_reminder(telegram_id, command.minute)
            return texts.remind_set(command.minute, setting.timezone)
        if command.action is RemindAction.WHEN_MET and command.when_met is not None:
            setting = await self.set_when_met(telegram_id, command.when_met)
            return texts.remind_when_met(command.when_met, setting.minute)
        return texts.remind_invalid()

    # ---- dry run ----------------------------------------------------------------------------------
    async def preview_due(self, instant: datetime) -> list[DueNudge]:
        """Who would be nudged at `instant`'s minute, with the text; sends and records nothing."""
        async with self.sessionmaker() as session:
            repo = ReminderRepository(session)
            windows = due_windows(instant, await repo.timezones_in_use(), 0, exact=True)
            rows = await repo.due(windows)
            nudges = await self._compose(repo, rows)
        return sorted(
            (nudge for nudge, _row in nudges if nudge is not None), key=lambda n: (n.user_id, n.text)
        )

    # ---- sending ----------------------------------------------------------------------------------
    async def claim_due(self, now: datetime | None = None, limit: int = 200) -> list[DueNudge]:
        """Claim up to `limit` due nudges for this worker (lease: `lease_seconds`) and return their texts.
        Nudges that need no message (goal met and quiet; reminder set after today's time) are recorded as
        handled here and not returned. Returns [] when nothing is due."""
        now = now or self.now()
        lease_until = now + self.lease
        async with self.sessionmaker() as session:
            repo = ReminderRepository(session)
            windows = due_windows(now, await repo.timezones_in_use(), self.grace_minutes)
            if not windows:
                return []
            locking = repo.dialect == "postgresql"
            rows = await repo.due(windows, free_at=now, limit=limit, lock=locking)
            by_date: dict[date, list[int]] = defaultdict(list)
            for row in rows:
                by_date[row.local_date].append(row.id)
            claimed = await repo.claim(by_date, now, lease_until) if rows else set()
            await session.commit()
            rows = [row for row in rows if row.id in claimed]
            if not rows:
                return []
            composed = await self._compose(repo, rows, lease_until=lease_until)
            skipped: dict[date, list[int]] = defaultdict(list)
            due: list[DueNudge] = []
            for nudge, row in composed:
                set_at = row.reminder_set_at
                scheduled = scheduled_instant(row.local_date, row.reminder_minute, row.timezone)
                if nudge is None or (set_at is not None and scheduled < floor_minute(set_at)):
                    skipped[row.local_date].append(row.id)
                else:
                    due.append(nudge)
            if skipped:
                for day, ids in skipped.items():
                    await repo.mark_handled(ids, day)
                await session.commit()
        due.sort(key=lambda n: (n.scheduled_at or now, n.user_id))
        return due

    async def mark_sent(self, nudge: DueNudge) -> None:
        assert nudge.local_date is not None
        async with self.sessionmaker() as session:
            await ReminderRepository(session).mark_handled([nudge.db_user_id], nudge.local_date)
            await session.commit()

    async def release(self, nudge: DueNudge) -> None:
        async with self.sessionmaker() as session:
            await ReminderRepository(session).release(nudge.db_user_id, nudge.lease_until)
            await session.commit()

    # ---- texts ------------------------------------------------------------------------------------
    async def _compose(
        self, repo: ReminderRepository, rows: Sequence[ReminderRow], lease_until: datetime | None = None
    ) -> list[tuple[DueNudge | None, ReminderRow]]:
        by_date: dict[date, list[int]] = defaultdict(list)
        for row in rows:
            by_date[row.local_date].append(row.id)
        totals: dict[tuple[int, date], float] = {}
        for day, ids in by_date.items():
            for user_id, total in (await repo.totals_for_day(ids, day)).items():
                totals[(user_id, day)] = total
        owing = {
            (user_id, day)
            for day, ids in by_date.items()
            for user_id in await RegimenRepository(repo.session).users_owing_usual(ids, day)
        }
        out: list[tuple[DueNudge | None, ReminderRow]] = []
        for row in rows:
            total = totals.get((row.id, row.local_date), 0.0)
            text = self.text_for(row, total)
            offer_usual = (row.id, row.local_date) in owing
            if offer_usual:
                text = texts.with_usual_offer(text) if text is not None else texts.usual_only()
            nudge = None
            if text is not None:
                nudge = DueNudge(
                    user_id=row.telegram_id,
                    chat_id=row.telegram_id,
                    text=text,
                    db_user_id=row.id,
                    local_date=row.local_date,
                    scheduled_at=scheduled_instant(row.local_date, row.reminder_minute, row.timezone),
                    lease_until=lease_until,
                    offer_usual=offer_usual,
                )
            out.append((nudge, row))
        return out

    def text_for(self, row: ReminderRow, total_mg: float) -> str | None:
        """The nudge text for a user with `total_mg` logged that day, or None (goal met, quiet)."""
        goal = rda.daily_goal_mg(row.sex, row.age_band, row.life_stage, row.goal_override_mg)
        if total_mg >= goal:
            if _mode(row.nudge_when_met) is WhenMet.PRAISE:
                return texts.praise_text(total_mg, goal)
            return None
        gap = goal - total_mg
        suggestions = suggest_foods(gap, self.pool, k=2, rotate=row.local_date.toordinal() + row.id)
        return texts.nudge_text(total_mg, goal, suggestions, row.reminder_minute)


async def remind_command_reply(service: NudgeService, telegram_id: int, args_text: str) -> str:
    """`/remind <args>` in one call (for a one-line handler)."""
    return await service.remind_command_reply(telegram_id, args_text)


def _mode(value: str | None) -> WhenMet:
    try:
        return WhenMet(value or WhenMet.QUIET)
    except ValueError:
        return WhenMet.QUIET


def _default_foods(settings) -> Iterable[FoodLike]:
    from bot.domain.foods import load_food_table

    path = settings.knowledge_dir / "foods.csv"
    if not path.exists():
        return ()
    return load_food_table(path)


__all__ = [
    "DueNudge",
    "NudgeService",
    "ReminderSetting",
    "remind_command_reply",
]
