"""The user's data: /export (every entry, the profile, settings and usual supplements as CSV) and /forget
(delete everything held about the user in one transaction — their raw updates in the inbox and unsent
replies in the outbox included — leaving only a tombstone so that an old update
delivered again afterwards is ignored instead of bringing data back)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.usecases.service import Context, goal_for
from db.inbox import InboxRepository, OutboxRepository
from db.repositories import UserRepository
from db.supplements import RegimenRepository, UserDataRepository
from db.unit_of_work import UnitOfWork

ENTRY_COLUMNS = (
    "date",
    "time",
    "kind",
    "text",
    "food",
    "source_code",
    "quantity",
    "unit",
    "grams",
    "magnesium_mg",
    "calcium_mg",
    "vitamin_d_ug",
    "vitamin_d_iu",
)
FORGET_CONFIRM_SECONDS = 600  # a "Yes, delete" button older than this has expired


@dataclass(frozen=True)
class ExportResult:
    filename: str
    content: bytes
    entries: int


@dataclass(frozen=True)
class ForgetResult:
    status: str  # "forgotten" | "expired" | "nothing"
    entries: int = 0


def _number(value: float | None, digits: int = 1) -> str:
    return "" if value is None else f"{value:.{digits}f}"


class DataService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    async def export(self, telegram_id: int) -> ExportResult:
        """One CSV file: the entries (one row each, local date and time), then a blank line and a second
        section `setting,value` with the profile, settings and usual supplements."""
        async with self.ctx.sessionmaker() as session:
            users = UserRepository(session)
            user = await users.get_by_telegram_id(telegram_id)
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(ENTRY_COLUMNS)
            count = 0
            settings: list[tuple[str, str]] = []
            if user is not None:
                zone = ZoneInfo(user.timezone)
                for entry in await UserDataRepository(session).entries(user.id):
                    local = entry.logged_at.astimezone(zone)
                    supplement = entry.kind == "supplement"
                    vitamin_d_iu = None if entry.vitamin_d_ug is None else entry.vitamin_d_ug * 40
                    writer.writerow(
                        (
                            entry.local_date.isoformat(),
                            local.strftime("%H:%M"),
                            entry.kind,
                            entry.message_text,
                            entry.food_name,
                            entry.ndb,
                            f"{entry.quantity:g}",
                            entry.unit,
                            "" if supplement else _number(entry.grams),
                            _number(entry.magnesium_mg),
                            _number(entry.calcium_mg),
                            _number(entry.vitamin_d_ug, 2),
                            _number(vitamin_d_iu, 0),
                        )
                    )
                    count += 1
                settings = [
                    ("sex", user.sex or ""),
                    ("age_band", user.age_band or ""),
                    ("life_stage", user.life_stage or ""),
                    ("goal_mg", str(goal_for(user))),
                    ("goal_override_mg", str(user.goal_override_mg or "")),
                    ("timezone", user.timezone),
                    ("reminder_minute", "" if user.reminder_minute is None else str(user.reminder_minute)),
                    ("nudge_when_met", user.nudge_when_met or ""),
                    ("created_at", user.created_at.isoformat() if user.created_at else ""),
                ]
                for number, item in enumerate(await RegimenRepository(session).list(user.id), start=1):
                    settings.append(
                        (
                            f"usual_supplement_{number}",
                            f"{item.name} ({item.dose_text}): magnesium {item.magnesium_mg:.0f} mg, "
                            f"calcium {item.calcium_mg:.0f} mg, vitamin D {item.vitamin_d_ug * 40:.0f} IU",
                        )
                    )
            writer.writerow(())
            writer.writerow(("setting", "value"))
            writer.writerows(settings)
        stamp = self.ctx.now().strftime("%Y%m%d-%H%M")
        return ExportResult(f"magbot-export-{stamp}.csv", out.getvalue().encode("utf-8"), count)

    def confirm_token(self) -> int:
        """The time stamp carried by the confirmation button."""
        return int(self.ctx.now().timestamp())

    async def forget(self, telegram_id: int, token: int) -> ForgetResult:
        """Delete every row about this user in one transaction (entries, pending questions, usual
        supplements, profile, reminder settings) and keep a tombstone: id, time, last message id."""
        now = self.ctx.now()
        if not 0 <= now.timestamp() - token <= FORGET_CONFIRM_SECONDS:
            return ForgetResult("expired")
        async with self.ctx.sessionmaker.begin() as session:
            data = UserDataRepository(session)
            user = await UserRepository(session).get_by_telegram_id(telegram_id)
            if user is None:
                return ForgetResult("nothing")
            entries = len(await data.entries(user.id))
            last = await data.last_message_id(user.id, telegram_id)
            old = await data.tombstone(telegram_id)
            if old is not None:
                last = max(last, old.last_message_id)
            await data.forget(user, now, last)
            # the raw updates and unsent replies hold the user's texts too
            unit = UnitOfWork.current()
            await InboxRepository(session).forget_sender(telegram_id, unit.update_id if unit else None)
            await OutboxRepository(session).forget_chat(telegram_id)
            return ForgetResult("forgotten", entries)

    async def is_forgotten_update(self, telegram_id: int, message_id: int, sent_at: datetime | None) -> bool:
        """True for an update from before the user's /forget (redelivered by Telegram): its message id is
        not above the last one seen then, or it was sent before the forget (to the second)."""
        async with self.ctx.sessionmaker() as session:
            # the same query (and, in one update's unit of work, the same row) the use case then reads the
            # user with
            _user, tomb = await UserRepository(session).with_tombstone(telegram_id)
        if tomb is None:
            return False
        if 0 < message_id <= tomb.last_message_id:
            return True
        cutoff = tomb.forgotten_at.replace(microsecond=0)
        return sent_at is not None and sent_at < cutoff
