"""Amending logged meals: corrections in words ("actually it was 2 cups not 1", "not almonds, cashews"),
`/delete N` and `/edit N …` on the numbered list of `/today`, and the yes/no for an amount far above the
food's usual portions. Each method opens one session and does its work in one transaction."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.corrections import Amended, Correction
from bot.domain.foods import MASS_UNITS, VOLUME_UNITS
from bot.usecases.edit_results import ConfirmResult, ConfirmView, ItemChange
from bot.usecases.entries import MAX_ITEM_TEXT, _estimated_view, _item_view, log_pending_item
from bot.usecases.results import DayView
from bot.usecases.service import Context, goal_for, local_date_for
from db.meal_edits import MealEditRepository
from db.models import Entry, PendingChoice, User
from db.repositories import EntryRepository, PendingChoiceRepository, UserRepository

CORRECTION_WINDOW = timedelta(hours=24)  # a correction amends a meal logged at most this long ago
_WORD = re.compile(r"[a-z]+")
_NOT_NAMES = {"of", "a", "an", "the", "some", "cup", "cups", "raw", "cooked", "with", "and", "i", "had"}


def _words(text: str) -> set[str]:
    """Lower-case words without a plural s, for comparing what the user said with a logged item."""
    return {word.removesuffix("s") for word in _WORD.findall(text.lower()) if word not in _NOT_NAMES}


class MealEditService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ---- helpers ----------------------------------------------------------------------------------
    async def _user(self, session: AsyncSession, telegram_id: int) -> User:
        return await UserRepository(session).get_or_create(telegram_id, self.ctx.default_timezone)

    async def _day(self, session: AsyncSession, user: User, day: date) -> DayView:
        total = await EntryRepository(session).total_for_day(user.id, day)
        return DayView(local_date=day, total_mg=total, goal_mg=goal_for(user))

    def _today(self, user: User) -> date:
        return local_date_for(self.ctx.now(), user.timezone)

    def _same_food(self, food_text: str, entry: Entry) -> bool:
        """Does `food_text` name the food of `entry` ("eggs" for "whole egg", "almonds" for "raw almonds")?"""
        said = _words(food_text)
        if said and said <= _words(f"{entry.food_name} {entry.item_text}"):
            return True
        result = self.ctx.estimator.matcher.match(food_text)
        return result.best is not None and result.status != "none" and result.best.id == entry.food_id

    def names_known_foods(self, correction: Correction) -> bool:
        """A correction names foods the table knows ("not sure, maybe rice" is not a correction)."""
        matcher = self.ctx.estimator.matcher
        for side in (correction.new, correction.old):
            if side is not None and side.food_text:
                result = matcher.match(side.food_text)
                if result.best is None or result.status == "none":
                    return False
        return True

    def _targets(self, entries: list[Entry], correction: Correction) -> list[Entry]:
        """The items of the last meal a correction applies to (one, several, or none)."""
        new, old = correction.new, correction.old
        if old is not None:
            if old.food_text:
                return [e for e in entries if self._same_food(old.food_text, e)]
            return [
                e
                for e in entries
                if abs(e.quantity - (old.quantity or 0.0)) < 1e-6 and old.unit in (None, e.unit)
            ]
        if new.food_text:
            same = [e for e in entries if self._same_food(new.food_text, e)]
            if same:
                return same
            sharing = [e for e in entries if _words(new.food_text) & _words(f"{e.food_name} {e.item_text}")]
            if sharing or new.quantity is not None:
                return sharing  # "make that 3 eggs" after spinach: not about the spinach
            return entries if len(entries) == 1 else []  # "I meant brown rice": the only item
        if len(entries) == 1:
            return entries
        if new.unit:
            return [e for e in entries if e.unit == new.unit]
        return entries

    def _re_estimate(self, entry: Entry, new: Amended):
        """The item `entry` becomes with `new`'s amount and/or food, or a status word why it cannot."""
        estimator = self.ctx.estimator
        current = estimator.table.by_id.get(entry.food_id)
        food = current
        if new.food_text and not self._same_food(new.food_text, entry):
            result = estimator.matcher.match(new.food_text)
            if result.best is None or result.status == "none":
                return "unknown_food"
            food = result.best
        if food is None:
            return "unknown_food"
        same = current is not None and food.id == current.id
        if new.quantity is not None:
            if new.quantity <= 0:
                return "zero" if new.quantity == 0 else "negative"
            quantity, unit = (
                new.quantity,
                new.unit if new.unit is not None else (entry.unit if same else None),
            )
        elif same or current is None or self._keeps_amount(entry.unit, current, food):
            quantity, unit = entry.quantity, entry.unit
        else:
            quantity, unit = None, None  # cashews -> brown rice: a serving of rice, not a handful
        text = entry.item_text if not new.food_text else new.text
        item = estimator.resolve(text, quantity, unit, food)
        if item is None and new.quantity is None and not same and quantity is not None:
            item = estimator.resolve(text, None, None, food)  # the new food has no such unit: a serving
        if item is None:
            return "no_amount"
        if not estimator.usual(item):
            return "too_much"
        return item

    @staticmethod
    def _keeps_amount(unit: str, old, new) -> bool:
        """Does the amount of `old` carry over to `new`? Weights and volumes always do; household units
        ("1 handful", "1 cup") only between foods of the same food group (almonds -> cashews)."""
        return (
            unit in MASS_UNITS
            or unit in VOLUME_UNITS
            or (old.food_group and old.food_group == new.food_group)
        )

    async def _amend(self, session: AsyncSession, user: User, entry: Entry, new: Amended) -> ItemChange:
        before = _item_view(entry)
        item = self._re_estimate(entry, new)
        if isinstance(item, str):
            return ItemChange(item, before=before, words=new.text, today=self._today(user))
        entry.food_id, entry.ndb, entry.food_name = item.food.id, item.food.ndb, item.food.name
        entry.quantity, entry.unit = float(item.quantity), item.unit
        entry.grams, entry.magnesium_mg = float(item.grams), float(item.magnesium_mg)
        await session.flush()
        return ItemChange(
            "changed",
            before=before,
            after=_item_view(entry),
            day=await self._day(session, user, entry.local_date),
            today=self._today(user),
        )

    # ---- corrections in words ---------------------------------------------------------------------
    async def correct(self, telegram_id: int, correction: Correction) -> ItemChange:
        """Amend the matching item of the last logged message (logged within CORRECTION_WINDOW)."""
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            since = self.ctx.now() - CORRECTION_WINDOW
            entries = await MealEditRepository(session).last_message_entries(user.id, since)
            if not entries:
                return ItemChange("nothing_recent")
            targets = self._targets(entries, correction)
            words = (correction.old or correction.new).text
            if not targets:
                choices = tuple(_item_view(e) for e in entries)
                return ItemChange("no_match", words=words, choices=choices)
            if len(targets) > 1:
                return ItemChange("which", words=words, choices=tuple(_item_view(e) for e in targets))
            return await self._amend(session, user, targets[0], correction.new)

    # ---- /delete N and /edit N ---------------------------------------------------------------------
    async def _numbered(self, session: AsyncSession, user: User) -> list[Entry]:
        """Today's items in the order `/today` numbers them."""
        return await EntryRepository(session).for_day(user.id, self._today(user))

    async def delete_item(self, telegram_id: int, number: int) -> ItemChange:
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            entries = await self._numbered(session, user)
            if not 1 <= number <= len(entries):
                return ItemChange("out_of_range", count=len(entries))
            entry = entries[number - 1]
            before = _item_view(entry)
            await MealEditRepository(session).delete_entry(entry)
            return ItemChange("deleted", before=before, day=await self._day(session, user, entry.local_date))

    async def edit_item(self, telegram_id: int, number: int, new: Amended) -> ItemChange:
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            entries = await self._numbered(session, user)
            if not 1 <= number <= len(entries):
                return ItemChange("out_of_range", count=len(entries))
            return await self._amend(session, user, entries[number - 1], new)

    # ---- amounts far above the usual: yes / no -----------------------------------------------------
    async def add_confirmations(
        self,
        session: AsyncSession,
        user: User,
        items,
        *,
        day: date,
        instant: datetime,
        text: str,
        chat_id: int,
        message_id: int,
        first_index: int,
    ) -> tuple[ConfirmView, ...]:
        """Store the items of a message that wait for a yes/no (called inside log_meal's transaction)."""
        views = []
        for offset, item in enumerate(items):
            choice = await PendingChoiceRepository(session).add(
                PendingChoice(
                    user_id=user.id,
                    chat_id=chat_id,
                    message_id=message_id,
                    item_index=first_index + offset,
                    local_date=day,
                    message_text=text,
                    item_text=item.text[:MAX_ITEM_TEXT],
                    quantity=float(item.quantity),
                    unit=item.unit,
                    candidates=item.food.id,
                    created_at=instant,
                    kind="confirm",
                )
            )
            views.append(ConfirmView(choice.id, _estimated_view(item)))
        return tuple(views)

    async def waiting_confirmations(
        self, session: AsyncSession, user: User, chat_id: int, message_id: int
    ) -> tuple[ConfirmView, ...]:
        """The confirmations a message still waits for (shown again when its update is redelivered)."""
        views = []
        for choice in await PendingChoiceRepository(session).for_message(user.id, chat_id, message_id):
            food = self.ctx.estimator.table.by_id.get(choice.candidates)
            if choice.kind != "confirm" or food is None:
                continue
            item = self.ctx.estimator.resolve(choice.item_text, choice.quantity, choice.unit, food)
            if item is not None:
                views.append(ConfirmView(choice.id, _estimated_view(item)))
        return tuple(views)

    async def confirm(self, telegram_id: int, choice_id: int, yes: bool) -> ConfirmResult:
        """The user pressed "Yes, log it" or "No" under a large amount."""
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            pendings = PendingChoiceRepository(session)
            choice = await pendings.get(choice_id)
            if choice is None or choice.user_id != user.id or choice.kind != "confirm":
                return ConfirmResult("expired")
            await pendings.delete(choice)
            today = self._today(user)
            if not yes:
                return ConfirmResult(
                    "dropped", day=await self._day(session, user, choice.local_date), today=today
                )
            food = self.ctx.estimator.table.by_id.get(choice.candidates)
            item = await log_pending_item(session, self.ctx.estimator, user, choice, food, self.ctx.now())
            if item is None:
                return ConfirmResult("no_amount")
            return ConfirmResult(
                "logged",
                _estimated_view(item),
                await self._day(session, user, choice.local_date),
                today,
            )
