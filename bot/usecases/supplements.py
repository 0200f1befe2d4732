"""Supplements: logging them (with the label question when a compound is named with a weight), the
usual regimen (/supplements, "✅ Took my usual"), and the day's three nutrients with their upper limits.

Each public method opens one session and does its work in one transaction, like `MagnesiumService`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain import limits, rda
from bot.domain.supplements import (
    SupplementItem,
    SupplementMessage,
    SupplementTable,
    load_supplement_table,
    parse_supplement,
)
from bot.usecases.entries import _item_view
from bot.usecases.results import DayView, ItemView, LimitNote, NutrientTotal, WeekNutrient
from bot.usecases.service import Context, local_date_for
from db.models import PendingSupplement, RegimenItem, User
from db.repositories import EntryRepository, NewEntry, PendingChoiceRepository, UserRepository
from db.supplements import (
    DayNutrients,
    NutrientRepository,
    PendingSupplementRepository,
    RegimenRepository,
    usual_message_id,
)

MAX_REGIMEN_ITEMS = 20
MAX_TEXT = 300


@dataclass(frozen=True)
class SupplementView:
    name: str
    dose_text: str  # "2 capsules, 240 mg" / "1,000 IU" / "1 tablet"
    magnesium_mg: float
    calcium_mg: float
    vitamin_d_ug: float


@dataclass(frozen=True)
class LabelQuestion:
    pending_id: int
    items: tuple[tuple[str, str, float, float, str], ...]  # (name, dose text, stated mg, elemental mg, salt)
    magnesium_limit_mg: float | None = None  # the user's supplemental UL, shown when a reading exceeds it


@dataclass(frozen=True)
class SupplementResult:
    """What a supplement message, a label answer or "Took my usual" did.
    status: logged | question | needs_dose | implausible | duplicate | expired | no_regimen | usual_logged |
    already_taken | regimen_added"""

    status: str
    items: tuple[SupplementView, ...] = ()
    question: LabelQuestion | None = None
    missing_dose: tuple[str, ...] = ()
    day: DayView | None = None
    regimen: tuple[SupplementView, ...] = ()


@dataclass(frozen=True)
class RegimenView:
    items: tuple[SupplementView, ...]
    status: str = "list"  # list | added | removed | not_found | full | unparsed | question
    changed: SupplementView | None = None
    question: LabelQuestion | None = None


def _dose_text(item: SupplementItem) -> str:
    parts = []
    if item.count is not None and item.count_unit:
        plural = "s" if item.count != 1 else ""
        parts.append(f"{item.count:g} {item.count_unit}{plural}")
    elif item.count is not None and item.product is not None:
        parts.append(f"{item.count:g} tablet{'s' if item.count != 1 else ''}")
    if item.dose is not None:
        unit = {"ug": "µg", "iu": "IU"}.get(item.dose_unit or "", item.dose_unit or "")
        parts.append(f"{item.dose:,.0f} {unit}" if item.dose >= 10 else f"{item.dose:g} {unit}")
    return ", ".join(parts)


def _view(item: SupplementItem, as_compound: bool) -> SupplementView:
    amounts = item.nutrients(as_compound=as_compound)
    return SupplementView(
        name=item.name,
        dose_text=_dose_text(item),
        magnesium_mg=amounts.magnesium_mg or 0.0,
        calcium_mg=amounts.calcium_mg or 0.0,
        vitamin_d_ug=amounts.vitamin_d_ug or 0.0,
    )


def _provenance(item: SupplementItem, as_compound: bool) -> str:
    if item.product is not None:
        return "preset"
    return "compound" if (as_compound and item.ambiguous) else "label"


def _question(pending_id: int, message: SupplementMessage, age_band: str | None = None) -> LabelQuestion:
    rows = []
    for item in message.ambiguous:
        stated = item.dose or 0.0
        elemental = stated * item.form.fraction if item.form else stated
        rows.append((item.name, _dose_text(item), stated, elemental, item.form.key if item.form else ""))
    limit = next((x.value for x in limits.upper_limits(age_band) if x.nutrient == "magnesium"), None)
    return LabelQuestion(pending_id, tuple(rows), limit)


entry_item_view = _item_view  # one mapping from a stored entry to its view, food or supplement


async def bone_day(
    session: AsyncSession, user: User, day: date, goal_mg: int, items: bool = False
) -> DayView:
    """The day's magnesium (food + supplements), calcium and vitamin D against the user's goals, and the
    upper limits it exceeds."""
    sums = await NutrientRepository(session).day(user.id, day)
    views: tuple[ItemView, ...] = ()
    if items:
        views = tuple(entry_item_view(e) for e in await EntryRepository(session).for_day(user.id, day))
    calcium = NutrientTotal(
        "calcium",
        sums.food_calcium,
        sums.supplement_calcium,
        sums.calcium_missing,
        limits.calcium_goal_mg(user.sex, user.age_band),
    )
    vitamin_d = NutrientTotal(
        "vitamin_d",
        sums.food_vitamin_d,
        sums.supplement_vitamin_d,
        sums.vitamin_d_missing,
        limits.vitamin_d_goal_ug(user.sex, user.age_band),
    )
    over = limits.over_limits(
        user.age_band,
        {"magnesium": sums.supplement_mg},
        {"calcium": calcium.total, "vitamin_d": vitamin_d.total},
    )
    return DayView(
        local_date=day,
        total_mg=sums.food_mg + sums.supplement_mg,
        goal_mg=goal_mg,
        items=views,
        supplement_mg=sums.supplement_mg,
        others=(calcium, vitamin_d),
        over_limits=tuple(
            LimitNote(lim.nutrient, amount, lim.value, lim.supplemental_only) for lim, amount in over
        ),
    )


def _goal(user: User) -> int:
    return rda.daily_goal_mg(user.sex, user.age_band, user.life_stage, user.goal_override_mg)


class SupplementService:
    def __init__(self, ctx: Context, table: SupplementTable | None = None) -> None:
        self.ctx = ctx
        self.table = table or default_table()

    async def _user(self, session: AsyncSession, telegram_id: int) -> User:
        return await UserRepository(session).get_or_create(telegram_id, self.ctx.default_timezone)

    def parse(self, text: str) -> SupplementMessage | None:
        return parse_supplement(text, self.table)

    # ---- logging ----------------------------------------------------------------------------------
    async def handle_text(
        self,
        telegram_id: int,
        chat_id: int,
        message_id: int,
        text: str,
        sent_at: datetime | None = None,
        *,
        item_offset: int = 0,
    ) -> SupplementResult | None:
        """Log a supplement message; None when the message is not one (the caller goes on routing).
        ``item_offset`` numbers its entries after a meal's in the same message ("magnesium 120mg + a banana")."""
        message = self.parse(text)
        if message is None:
            return None
        if any(item.implausible for item in message.items):
            return SupplementResult("implausible")
        instant = sent_at or self.ctx.now()
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            day = local_date_for(instant, user.timezone)
            entries = EntryRepository(session)
            pendings = PendingSupplementRepository(session)
            stored = await entries.for_message(user.id, chat_id, message_id)
            waiting = await pendings.for_message(user.id, chat_id, message_id)
            if stored or waiting:
                question = _question(waiting.id, message, user.age_band) if waiting else None
                return SupplementResult(
                    "question" if waiting else "duplicate",
                    question=question,
                    day=await bone_day(session, user, stored[0].local_date if stored else day, _goal(user)),
                )
            regimen = await RegimenRepository(session).list(user.id)
            missing = [item for item in message.items if item.needs_dose]
            if missing:
                matched = _regimen_matches(missing, regimen)
                if matched is None:
                    return SupplementResult("needs_dose", missing_dose=tuple(item.name for item in missing))
                message = SupplementMessage(tuple(item for item in message.items if not item.needs_dose))
                await self._log_regimen(
                    session, user, matched, chat_id, message_id, day, instant, text, offset=100
                )
            if message.ambiguous:
                pending = await pendings.add(
                    PendingSupplement(
                        user_id=user.id,
                        chat_id=chat_id,
                        message_id=message_id,
                        local_date=day,
                        purpose="log",
                        message_text=text,
                        created_at=instant,
                    )
                )
                return SupplementResult("question", question=_question(pending.id, message, user.age_band))
            views = await self._log(
                session, user, message, False, chat_id, message_id, day, instant, text, offset=item_offset
            )
            views += tuple(_regimen_view(r) for r in (_regimen_matches(missing, regimen) or []))
            return SupplementResult(
                "logged", items=views, day=await bone_day(session, user, day, _goal(user))
            )

    async def handle_edit(
        self, telegram_id: int, chat_id: int, message_id: int, text: str, sent_at: datetime | None = None
    ) -> SupplementResult | None:
        """An edited message: a supplement message replaces whatever the message had logged; a message that
        had logged supplements and now is something else loses them (the caller then handles it afresh)."""
        message = self.parse(text)
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            stored = await EntryRepository(session).for_message(user.id, chat_id, message_id)
            had_supplements = any(entry.kind == "supplement" for entry in stored)
            if message is None and not had_supplements:
                return None
            await EntryRepository(session).delete_message(user.id, chat_id, message_id)
            await PendingChoiceRepository(session).delete_for_message(user.id, chat_id, message_id)
            pending = await PendingSupplementRepository(session).for_message(user.id, chat_id, message_id)
            if pending is not None:
                await PendingSupplementRepository(session).delete(pending)
        if message is None:
            return None
        return await self.handle_text(telegram_id, chat_id, message_id, text, sent_at)

    async def _log(
        self,
        session: AsyncSession,
        user: User,
        message: SupplementMessage,
        as_compound: bool,
        chat_id: int,
        message_id: int,
        day: date,
        instant: datetime,
        text: str,
        offset: int = 0,
    ) -> tuple[SupplementView, ...]:
        rows, views = [], []
        for index, item in enumerate(message.items):
            view = _view(item, as_compound)
            views.append(view)
            rows.append(
                NewEntry(
                    local_date=day,
                    logged_at=instant,
                    message_text=text,
                    item_text=item.text[:MAX_TEXT],
                    food_id=f"supplement:{item.product.key if item.product else item.name}"[:64],
                    ndb=_provenance(item, as_compound),
                    food_name=view.name,
                    quantity=float(item.count if item.count is not None else (item.dose or 1.0)),
                    unit=(item.count_unit or ("tablet" if item.product else item.dose_unit or ""))[:16],
                    grams=0.0,
                    magnesium_mg=view.magnesium_mg,
                    chat_id=chat_id,
                    message_id=message_id,
                    item_index=offset + index,
                    kind="supplement",
                    calcium_mg=view.calcium_mg,
                    vitamin_d_ug=view.vitamin_d_ug,
                )
            )
        await EntryRepository(session).add_many(user.id, rows)
        return tuple(views)

    async def _log_regimen(
        self,
        session: AsyncSession,
        user: User,
        regimen: list[RegimenItem],
        chat_id: int,
        message_id: int,
        day: date,
        instant: datetime,
        text: str,
        offset: int = 0,
    ) -> int:
        rows = [
            NewEntry(
                local_date=day,
                logged_at=instant,
                message_text=text,
                item_text=item.dose_text,
                food_id=f"supplement:usual:{item.name}"[:64],
                ndb="usual",
                food_name=item.name,
                quantity=1.0,
                unit="usual",
                grams=0.0,
                magnesium_mg=item.magnesium_mg,
                chat_id=chat_id,
                message_id=message_id,
                item_index=offset + item.id,
                kind="supplement",
                calcium_mg=item.calcium_mg,
                vitamin_d_ug=item.vitamin_d_ug,
            )
            for item in regimen
        ]
        return await EntryRepository(session).add_many(user.id, rows)

    async def answer_label(self, telegram_id: int, pending_id: int, as_compound: bool) -> SupplementResult:
        """The tap on the label question: log (or add to the regimen) per the answer."""
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            pendings = PendingSupplementRepository(session)
            pending = await pendings.get(pending_id)
            if pending is None or pending.user_id != user.id:
                return SupplementResult("expired")
            message = self.parse(pending.message_text)
            await pendings.delete(pending)
            if message is None:
                return SupplementResult("expired")
            if pending.purpose == "regimen":
                regimen = RegimenRepository(session)
                added = []
                for item in message.items:
                    added.append(await regimen.add(_regimen_row(user.id, item, as_compound, self.ctx.now())))
                return SupplementResult(
                    "regimen_added",
                    items=tuple(_regimen_view(r) for r in added),
                    regimen=tuple(_regimen_view(r) for r in await regimen.list(user.id)),
                )
            views = await self._log(
                session,
                user,
                SupplementMessage(tuple(i for i in message.items if not i.needs_dose)),
                as_compound,
                pending.chat_id,
                pending.message_id,
                pending.local_date,
                self.ctx.now(),
                pending.message_text,
            )
            return SupplementResult(
                "logged", items=views, day=await bone_day(session, user, pending.local_date, _goal(user))
            )

    # ---- the usual regimen ------------------------------------------------------------------------
    async def regimen(self, telegram_id: int) -> RegimenView:
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            return RegimenView(
                tuple(_regimen_view(r) for r in await RegimenRepository(session).list(user.id))
            )

    async def add_to_regimen(self, telegram_id: int, chat_id: int, message_id: int, text: str) -> RegimenView:
        message = parse_supplement(f"took {text}", self.table) if text else None
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            regimen = RegimenRepository(session)
            current = await regimen.list(user.id)
            views = tuple(_regimen_view(r) for r in current)
            if message is None or any(item.needs_dose or item.implausible for item in message.items):
                return RegimenView(views, "unparsed")
            if len(current) + len(message.items) > MAX_REGIMEN_ITEMS:
                return RegimenView(views, "full")
            if message.ambiguous:
                pending = await PendingSupplementRepository(session).add(
                    PendingSupplement(
                        user_id=user.id,
                        chat_id=chat_id,
                        message_id=message_id,
                        local_date=local_date_for(self.ctx.now(), user.timezone),
                        purpose="regimen",
                        message_text=f"took {text}"[:MAX_TEXT],
                        created_at=self.ctx.now(),
                    )
                )
                return RegimenView(views, "question", question=_question(pending.id, message, user.age_band))
            added = None
            for item in message.items:
                added = await regimen.add(_regimen_row(user.id, item, False, self.ctx.now()))
            listed = tuple(_regimen_view(r) for r in await regimen.list(user.id))
            return RegimenView(listed, "added", changed=_regimen_view(added) if added else None)

    async def remove_from_regimen(self, telegram_id: int, number: int) -> RegimenView:
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            regimen = RegimenRepository(session)
            current = await regimen.list(user.id)
            if not 1 <= number <= len(current):
                return RegimenView(tuple(_regimen_view(r) for r in current), "not_found")
            gone = current[number - 1]
            await regimen.remove(gone)
            rest = tuple(_regimen_view(r) for r in current if r.id != gone.id)
            return RegimenView(rest, "removed", changed=_regimen_view(gone))

    async def take_usual(self, telegram_id: int) -> SupplementResult:
        """ "✅ Took my usual": log the regimen for today, once per local day."""
        now = self.ctx.now()
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            regimen = await RegimenRepository(session).list(user.id)
            if not regimen:
                return SupplementResult("no_regimen")
            day = local_date_for(now, user.timezone)
            inserted = await self._log_regimen(
                session, user, regimen, telegram_id, usual_message_id(day), day, now, "✅ Took my usual"
            )
            status = "usual_logged" if inserted else "already_taken"
            return SupplementResult(
                status,
                items=tuple(_regimen_view(r) for r in regimen),
                day=await bone_day(session, user, day, _goal(user)),
            )

    async def week_nutrients(
        self, session: AsyncSession, user: User, start: date, days: int, goal_mg: int
    ) -> tuple[WeekNutrient, ...]:
        """Magnesium, calcium and vitamin D of each day from `start`, food and supplements apart."""
        sums = await NutrientRepository(session).days(user.id, start, start + timedelta(days=days - 1))
        empty = [DayNutrients(start + timedelta(days=i)) for i in range(days)]
        rows = [sums.get(day.local_date, day) for day in empty]

        def one(nutrient: str, goal: float, food: str, supplement: str, missing: str | None) -> WeekNutrient:
            return WeekNutrient(
                nutrient,
                float(goal),
                tuple(getattr(r, food) + getattr(r, supplement) for r in rows),
                tuple(getattr(r, supplement) for r in rows),
                sum(getattr(r, missing) for r in rows) if missing else 0,
            )

        return (
            one("magnesium", goal_mg, "food_mg", "supplement_mg", None),
            one(
                "calcium",
                limits.calcium_goal_mg(user.sex, user.age_band),
                "food_calcium",
                "supplement_calcium",
                "calcium_missing",
            ),
            one(
                "vitamin_d",
                limits.vitamin_d_goal_ug(user.sex, user.age_band),
                "food_vitamin_d",
                "supplement_vitamin_d",
                "vitamin_d_missing",
            ),
        )


def _regimen_row(user_id: int, item: SupplementItem, as_compound: bool, now: datetime) -> RegimenItem:
    amounts = item.nutrients(as_compound=as_compound)
    return RegimenItem(
        user_id=user_id,
        name=item.name[:80],
        dose_text=_dose_text(item)[:80],
        magnesium_mg=amounts.magnesium_mg or 0.0,
        calcium_mg=amounts.calcium_mg or 0.0,
        vitamin_d_ug=amounts.vitamin_d_ug or 0.0,
        created_at=now,
    )


def _regimen_view(row: RegimenItem) -> SupplementView:
    return SupplementView(row.name, row.dose_text, row.magnesium_mg, row.calcium_mg, row.vitamin_d_ug)


def _regimen_matches(missing: list[SupplementItem], regimen: list[RegimenItem]) -> list[RegimenItem] | None:
    """The regimen items a dose-less mention ("took my magnesium") stands for, or None if any is unknown."""
    matched: list[RegimenItem] = []
    for item in missing:
        found = [r for r in regimen if item.name.lower() in r.name.lower()]
        if not found:
            return None
        matched.extend(r for r in found if r not in matched)
    return matched


_TABLE: SupplementTable | None = None


def default_table() -> SupplementTable:
    global _TABLE
    if _TABLE is None:
        _TABLE = load_supplement_table()
    return _TABLE
