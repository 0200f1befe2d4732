"""The use cases of magbot. Adapters (Telegram, console) call exactly one method per incoming update;
each method opens one session, does its work in one transaction and returns plain result data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.domain import rda
from bot.domain.corrections import parse_correction
from bot.domain.days import read_day
from bot.domain.estimate import is_question
from bot.domain.food_lookup import asked_items, compared_items
from bot.domain.meal_intent import not_a_meal_signals, weak_guess
from bot.domain.personal import without_age_sex
from bot.domain.regions import DEFAULT_REGION, region_for_timezone
from bot.domain.reminders import format_minute
from bot.domain.routing import Route, answered_by_log, asking_part, asks, classify, meal_then_question
from bot.domain.text_hygiene import clean_text
from bot.domain.timezones import parse_timezone
from bot.usecases.entries import (
    MAX_ITEM_TEXT,
    _estimated_view,
    _item_view,
    _new_entry,
    log_pending_item,
)
from bot.usecases.results import (
    AnswerView,
    DayView,
    FoodComparison,
    FoodFacts,
    ItemView,
    MealLogged,
    Outcome,
    PendingView,
    PickResult,
    ProfileView,
    SmallTalk,
    TimezoneResult,
    UndoResult,
    WeekView,
)
from db.models import PendingChoice, User
from db.repositories import EntryRepository, PendingChoiceRepository, UserRepository
from db.unit_of_work import in_update_unit

MAX_MESSAGE_CHARS = 4096
# a message that mixes supplements and food numbers its supplement entries from here (its meal items first)
MIXED_SUPPLEMENT_ITEMS = 200
_GREETINGS = {"hi", "hello", "hey", "hiya", "yo", "good morning", "good evening", "good afternoon", "start"}
_THANKS = {"thanks", "thank you", "thx", "ty", "cheers", "great", "ok", "okay", "cool", "nice", "👍"}


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    """What every use case needs, held for the life of the process."""

    sessionmaker: async_sessionmaker[AsyncSession]
    estimator: object  # bot.domain.estimate.Estimator
    answerer: object | None  # bot.domain.answering.Answerer
    default_timezone: str = "UTC"
    now: Callable[[], datetime] = _now


def local_date_for(instant: datetime, timezone: str) -> date:
    return instant.astimezone(ZoneInfo(timezone)).date()


def goal_for(user: User) -> int:
    return rda.daily_goal_mg(user.sex, user.age_band, user.life_stage, user.goal_override_mg)


class MagnesiumService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._last_estimate: tuple[str, object] | None = None
        self._edits = None

    @property
    def edits(self):
        """Corrections, /edit, /delete and large-amount confirmations (bot.usecases.corrections)."""
        if self._edits is None:
            from bot.usecases.corrections import MealEditService

            self._edits = MealEditService(self.ctx)
        return self._edits

    # ---- helpers ----------------------------------------------------------------------------------
    async def _user(self, session: AsyncSession, telegram_id: int) -> User:
        return await UserRepository(session).get_or_create(telegram_id, self.ctx.default_timezone)

    async def _day(self, session: AsyncSession, user: User, day: date, items: bool = False) -> DayView:
        from bot.usecases.supplements import bone_day  # food + supplements, calcium, vitamin D, limits

        return await bone_day(session, user, day, goal_for(user), items)

    def _profile(self, user: User):
        from bot.domain.rda import Profile

        return Profile(
            sex=user.sex,
            age_band=user.age_band,
            life_stage=user.life_stage,
            goal_override_mg=user.goal_override_mg,
        )

    def warm_up(self, text: str = "2 bananas and a glass of milk for breakfast") -> None:
        """Run the pure routing and estimating steps of `handle_text` once (no database), so the patterns
        and word lists they build on first use (compiled regular expressions, knowledge files) are ready
        before the first message instead of costing its sender the wait."""
        from bot.domain.any_match import build_all
        from bot.domain.meal_clauses import own_clauses
        from bot.domain.meal_intent import handled_not_eaten
        from bot.domain.supplements import split_supplements
        from bot.usecases.supplements import default_table as default_supplement_table

        # the clause and not-eaten patterns (0.1-0.3 s to compile) are met only by some messages
        own_clauses(text)
        handled_not_eaten(text)
        self._not_a_log(text, scope="any")
        self._asks_or_urgent(text)
        split_supplements(text, default_supplement_table())
        parse_correction(text)
        classify(read_day(text, self.ctx.now().date()).text, is_food=self.is_food)
        self._not_a_log(text)
        self.ctx.estimator.matcher.warm_up()
        self.ctx.estimator.estimate(text)  # (routing alone never estimates this text: the idiom patterns)
        build_all()  # the domain's joined and case-folded patterns (bot/domain/any_match.py, about 0.2 s)
        self._last_estimate = None

    def is_food(self, text: str) -> bool:
        estimate = self._estimate(text)
        return bool(
            estimate.items
            or estimate.ambiguous
            or estimate.implausible
            or estimate.confirm
            or estimate.rejected
        )

    def _not_a_log(self, text: str, scope: str = "meal") -> bool:
        """Whether a message is a worry rather than a log: (for a meal) it matches a safety section strongly,
        or it names a symptom, a medicine or a risk (knowledge/not_a_meal_signals.txt, by ``scope``)."""
        answerer = self.ctx.answerer
        if answerer is None:
            return False
        if scope == "asks":  # "living on pot noodles and toast, whats my rda": a usual diet asked about
            return asks(text) and bool(answerer.signals(text) & not_a_meal_signals(scope))
        if scope == "meal" and answerer.urgent(text):
            return True
        return bool(answerer.signals(text) & not_a_meal_signals(scope))

    def _asks_or_urgent(self, text: str) -> bool:
        """A message that asks something ("my multivitamin has 100mg magnesium, should I take another") or
        describes symptoms ("2000mg a day for months, now dizzy") is for the answerer, not a log."""
        answerer = self.ctx.answerer
        return asks(text) or (answerer is not None and answerer.urgent(text, safety_only=True))

    def _estimate(self, text: str, region: str | None = None):
        """The estimate of a message; routing and logging ask for the same text in turn, so the last one is
        kept rather than computed twice (estimates are immutable). ``region`` ("UK"/"US") decides pints;
        None is the default region (as in the estimator), so routing and logging share the estimate. An age
        and sex ("19f", "f19", "34 m") are read out of the text first."""
        region = region or DEFAULT_REGION
        if self._last_estimate is not None and self._last_estimate[0] == (text, region):
            return self._last_estimate[1]
        # "19f, had pot noodles": an age and sex describe the sender, never a quantity of a food
        estimate = self.ctx.estimator.estimate(without_age_sex(text), region=region)
        self._last_estimate = ((text, region), estimate)
        return estimate

    # ---- incoming text ----------------------------------------------------------------------------
    async def handle_text(
        self, telegram_id: int, chat_id: int, message_id: int, text: str, sent_at: datetime | None = None
    ) -> Outcome:
        """Route one message: a meal is logged, a question answered, a food looked up, small talk met."""
        text = clean_text(text).strip()
        if not text:
            return Outcome(small_talk=SmallTalk("empty"))
        if len(text) > MAX_MESSAGE_CHARS:
            return Outcome(small_talk=SmallTalk("too_long"))
        from bot.domain.supplements import parse_supplement, split_supplements
        from bot.usecases.data import DataService
        from bot.usecases.supplements import SupplementService
        from bot.usecases.supplements import default_table as default_supplement_table

        if await DataService(self.ctx).is_forgotten_update(telegram_id, message_id, sent_at):
            return Outcome(small_talk=SmallTalk("forgotten"))
        if self._not_a_log(text, scope="any"):
            # "my heart's been skipping since i started 1000mg mag a day": a symptom is answered, never logged
            return Outcome(answer=await self.ask(telegram_id, text))
        if self._not_a_log(text, scope="asks"):
            # "19f living on pot noodles and toast, whats my rda": a usual diet asked about is no meal; when
            # the description drowns the ask, the asking clause is answered on its own
            answer = await self.ask(telegram_id, text)
            part = None if answer.confident else asking_part(text)
            if part is not None:
                again = await self.ask(telegram_id, part)
                answer = again if again.confident else answer
            return Outcome(answer=answer)
        asks_or_urgent = self._asks_or_urgent(text)
        table = default_supplement_table()
        if (
            not asks_or_urgent
            and self._not_a_log(text, scope="supplement")
            and (parse_supplement(text, table) is not None or split_supplements(text, table) is not None)
        ):
            # "gave my 3 month old two drops of her vit d": a dose given to someone else is a worry to answer,
            # never the sender's own intake (knowledge/not_a_meal_signals.txt, scope "supplement")
            return Outcome(answer=await self.ask(telegram_id, text))
        supplement = None
        if not asks_or_urgent:
            supplement = await SupplementService(self.ctx).handle_text(
                telegram_id, chat_id, message_id, text, sent_at
            )
        if supplement is not None:
            return Outcome(supplement=supplement)
        mixed = split_supplements(text, table)
        if mixed is not None and not asks_or_urgent:
            # "magnesium glycinate 120mg + a banana": the supplement as on its own, then the meal
            supplement_text, text = mixed
            supplement = await SupplementService(self.ctx).handle_text(
                telegram_id, chat_id, message_id, supplement_text, sent_at, item_offset=MIXED_SUPPLEMENT_ITEMS
            )
            meal = await self.log_meal(
                telegram_id, chat_id, message_id, text, sent_at, beside_supplement=True
            )
            return Outcome(meal=meal, supplement=supplement)
        lowered = text.lower().strip(" !.?")
        if lowered in _GREETINGS:
            return Outcome(small_talk=SmallTalk("greeting"))
        if lowered in _THANKS:
            return Outcome(small_talk=SmallTalk("thanks"))
        correction = parse_correction(text)
        if correction is not None and self.edits.names_known_foods(correction):
            change = await self.edits.correct(telegram_id, correction)
            if not correction.is_meal_after(change.status):
                return Outcome(correction=change)
        # the day phrase ("yesterday", "on Monday") is not part of the meal; log_meal reads the day itself
        route = classify(read_day(text, self.ctx.now().date()).text, is_food=self.is_food)
        if route in (Route.FOOD_QUERY, Route.QUESTION):
            facts = await self.food_facts(telegram_id, text, compared_only=route is Route.QUESTION)
            if facts is not None:
                return Outcome(food=facts)
            route = Route.QUESTION
        if route in (Route.QUESTION, Route.MEAL):
            both = await self._meal_and_answer(telegram_id, chat_id, message_id, text, sent_at)
            if both is not None:
                return both
        if route is Route.QUESTION:
            return Outcome(answer=await self.ask(telegram_id, text))
        if route is Route.MEAL and self._not_a_log(text):
            # symptoms after a magnesium product ("milk of magnesia all week, now dizzy") and a medicine ("i take
            # furosemide (water pill) does that affect magnesium") are not a meal
            return Outcome(answer=await self.ask(telegram_id, text))
        if route is Route.MEAL:
            estimate = self._estimate(text)
            asks = any(is_question(part) for part in estimate.unmatched)
            guessed = bool(estimate.ambiguous) and all(
                weak_guess(a.text, [n for f in a.candidates for n in (f.name, *f.aliases)])
                for a in estimate.ambiguous
            )
            if not estimate.items and guessed and not estimate.unmatched:
                return Outcome(answer=await self.ask(telegram_id, text))  # no meal: answered or declined
            if not estimate.items and (estimate.unmatched or not self.is_food(text)):
                # "I had a fall and my wrist hurts" opens like a meal but names no food, and "i have stage 3
                # CKD, is a magnesium supplement ok" has a part that is no food: a question the knowledge
                # base answers confidently is answered (and a part that asks is answered, or declined);
                # a real meal miss keeps its reply.
                answer = await self.ask(telegram_id, text)
                # "reef tank calcium and magnesium dosing, alk keeps dropping": no food, about a thing
                if answer.confident or asks or self.ctx.answerer.names_thing(text):
                    return Outcome(answer=answer)
            return Outcome(meal=await self.log_meal(telegram_id, chat_id, message_id, text, sent_at))
        if route is Route.SMALL_TALK:
            return Outcome(small_talk=SmallTalk("other"))
        if route in (Route.HELP, Route.OTHER_SCRIPT):
            return Outcome(small_talk=SmallTalk(route.value))
        return Outcome(meal=await self.log_meal(telegram_id, chat_id, message_id, text, sent_at))

    async def _meal_and_answer(
        self, telegram_id: int, chat_id: int, message_id: int, text: str, sent_at: datetime | None
    ) -> Outcome | None:
        """A meal log followed by a question ("had porridge with banana, is that good for magnesium?"): the
        meal is logged and the question answered in one reply, when the meal part names foods only and the
        knowledge base answers the whole message confidently; a question the log itself answers ("…, how much
        magnesium is that") gets the log alone. None otherwise (routed as before)."""
        parts = meal_then_question(text)
        if parts is None or self._not_a_log(text) or self._not_a_log(text, scope="any"):
            return None
        meal_text, question = parts
        estimate = self._estimate(meal_text)
        if not estimate.items or estimate.unmatched or estimate.rejected or estimate.implausible:
            return None
        if answered_by_log(question):
            return Outcome(meal=await self.log_meal(telegram_id, chat_id, message_id, meal_text, sent_at))
        answer = await self.ask(telegram_id, text)
        if not answer.confident:
            return None
        meal = await self.log_meal(telegram_id, chat_id, message_id, meal_text, sent_at)
        return Outcome(meal=meal, answer=answer)

    # ---- logging ----------------------------------------------------------------------------------
    async def log_meal(
        self,
        telegram_id: int,
        chat_id: int,
        message_id: int,
        text: str,
        sent_at: datetime | None = None,
        *,
        replace: bool = False,
        beside_supplement: bool = False,
    ) -> MealLogged:
        """Estimate and store a meal message. Idempotent per (chat, message): a redelivered update shows
        the stored items again; `replace=True` (an edited message) swaps the old items for the new."""
        instant = sent_at or self.ctx.now()
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            entries = EntryRepository(session)
            pendings = PendingChoiceRepository(session)
            if replace:
                await entries.delete_message(user.id, chat_id, message_id)
                await pendings.delete_for_message(user.id, chat_id, message_id)
            # A stored update runs to a commit once (its done mark commits with these entries): only a
            # direct caller (the console, a test) can bring the same message again.
            elif (
                not in_update_unit()
                and not beside_supplement  # its supplement was just logged under the same message
                and await entries.message_seen(user.id, chat_id, message_id)
            ):
                stored = await entries.for_message(user.id, chat_id, message_id)
                waiting = await pendings.for_message(user.id, chat_id, message_id)
                if stored or waiting:
                    day = await self._day(
                        session,
                        user,
                        stored[0].local_date if stored else local_date_for(instant, user.timezone),
                    )
                    return MealLogged(
                        logged=tuple(_item_view(e) for e in stored),
                        pending=tuple(self._pending_view(p) for p in waiting if p.kind == "pick"),
                        unmatched=(),
                        implausible=(),
                        day=day,
                        duplicate=True,
                        confirm=await self.edits.waiting_confirmations(session, user, chat_id, message_id),
                    )
            today = local_date_for(instant, user.timezone)
            reading = read_day(text, today)
            day = reading.day
            estimate = self._estimate(reading.text, region_for_timezone(user.timezone))
            if reading.problem is not None and not estimate.is_empty:
                return MealLogged(
                    (),
                    (),
                    (),
                    (),
                    await self._day(session, user, today),
                    day_problem=reading.problem,
                    day_phrase=reading.phrase,
                    today=today,
                )
            new_entries = [
                _new_entry(item, day, instant, text, chat_id, message_id, index)
                for index, item in enumerate(estimate.items)
            ]
            await entries.add_many(user.id, new_entries, defer=True)
            pending_views = []
            for offset, ambiguous in enumerate(estimate.ambiguous):
                choice = await pendings.add(
                    PendingChoice(
                        user_id=user.id,
                        chat_id=chat_id,
                        message_id=message_id,
                        item_index=len(new_entries) + offset,
                        local_date=day,
                        message_text=text,
                        item_text=ambiguous.text[:MAX_ITEM_TEXT],
                        quantity=ambiguous.quantity,
                        unit=ambiguous.unit,
                        candidates=",".join(food.id for food in ambiguous.candidates[:4]),
                        created_at=instant,
                    )
                )
                pending_views.append(self._pending_view(choice))
            confirm_views = await self.edits.add_confirmations(
                session,
                user,
                estimate.confirm,
                day=day,
                instant=instant,
                text=text,
                chat_id=chat_id,
                message_id=message_id,
                first_index=len(new_entries) + len(estimate.ambiguous),
            )
            return MealLogged(
                logged=tuple(_estimated_view(item) for item in estimate.items),
                pending=tuple(pending_views),
                unmatched=tuple(estimate.unmatched),
                implausible=tuple(estimate.implausible),
                day=await self._day(session, user, day),
                edited=replace,
                confirm=confirm_views,
                rejected=tuple((r.text, r.reason) for r in estimate.rejected if r.reason != "implausible"),
                today=today,
                pint=estimate.pint,
            )

    def _pending_view(self, choice: PendingChoice) -> PendingView:
        table = self.ctx.estimator.table
        names = []
        for index, food_id in enumerate(choice.candidates.split(",")):
            food = table.by_id.get(food_id)
            if food is not None:
                names.append((index, food.name))
        return PendingView(id=choice.id, item_text=choice.item_text, candidates=tuple(names))

    async def edit_message(
        self, telegram_id: int, chat_id: int, message_id: int, text: str, sent_at: datetime | None = None
    ) -> MealLogged | None:
        """An edited message replaces the items it produced. Returns None when the message had logged
        nothing and still is not a meal (an edited question is simply answered again by the caller)."""
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            had_items = await EntryRepository(session).for_message(user.id, chat_id, message_id)
            had_pending = await PendingChoiceRepository(session).for_message(user.id, chat_id, message_id)
        if not (had_items or had_pending):
            return None
        parts = meal_then_question(text)  # "had porridge, is that good for magnesium?": its meal part only
        meal_text = parts[0] if parts is not None and self._estimate(parts[0]).items else text
        return await self.log_meal(telegram_id, chat_id, message_id, meal_text, sent_at, replace=True)

    async def handle_edit(
        self, telegram_id: int, chat_id: int, message_id: int, text: str, sent_at: datetime | None = None
    ) -> Outcome:
        """An edited message: its items are replaced; one that had logged nothing is handled afresh."""
        text = clean_text(text)
        from bot.usecases.supplements import SupplementService

        supplement = await SupplementService(self.ctx).handle_edit(
            telegram_id, chat_id, message_id, text, sent_at
        )
        if supplement is not None:
            return Outcome(supplement=supplement)
        meal = await self.edit_message(telegram_id, chat_id, message_id, text, sent_at)
        if meal is not None:
            return Outcome(meal=meal)
        return await self.handle_text(telegram_id, chat_id, message_id, text, sent_at)

    async def pick(self, telegram_id: int, choice_id: int, index: int | None) -> PickResult:
        """The user answered a "Did you mean …?" keyboard; index None means "none of these"."""
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            pendings = PendingChoiceRepository(session)
            choice = await pendings.get(choice_id)
            if choice is None or choice.user_id != user.id or choice.kind != "pick":
                return PickResult("expired", None, None)
            ids = choice.candidates.split(",")
            await pendings.delete(choice)
            if index is None or not 0 <= index < len(ids):
                return PickResult("skipped", None, await self._day(session, user, choice.local_date))
            food = self.ctx.estimator.table.by_id.get(ids[index])
            item = await log_pending_item(session, self.ctx.estimator, user, choice, food, self.ctx.now())
            if item is None:
                return PickResult("implausible", None, await self._day(session, user, choice.local_date))
            return PickResult(
                "logged",
                _estimated_view(item),
                await self._day(session, user, choice.local_date),
                local_date_for(self.ctx.now(), user.timezone),
            )

    async def today(self, telegram_id: int) -> DayView:
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            return await self._day(session, user, local_date_for(self.ctx.now(), user.timezone), items=True)

    async def week(self, telegram_id: int, days: int = 7) -> WeekView:
        """Daily totals for the last `days` local days, today included."""
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            today = local_date_for(self.ctx.now(), user.timezone)
            start = today - timedelta(days=days - 1)
            totals = await EntryRepository(session).totals_between(user.id, start, today)
            from bot.usecases.supplements import SupplementService

            nutrients = await SupplementService(self.ctx).week_nutrients(
                session, user, start, days, goal_for(user)
            )
        series = tuple(
            (start + timedelta(days=i), totals.get(start + timedelta(days=i), 0.0)) for i in range(days)
        )
        return WeekView(days=series, goal_mg=goal_for(user), nutrients=nutrients)

    async def undo(self, telegram_id: int) -> UndoResult:
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            entries = EntryRepository(session)
            last = await entries.last_message(user.id)
            removed: tuple[ItemView, ...] = ()
            if last is not None:
                rows = await entries.for_message(user.id, *last)
                removed = tuple(_item_view(e) for e in rows)
                await entries.delete_message(user.id, *last)
                await PendingChoiceRepository(session).delete_for_message(user.id, *last)
            today = local_date_for(self.ctx.now(), user.timezone)
            return UndoResult(removed=removed, day=await self._day(session, user, today))

    # ---- food facts and answers -------------------------------------------------------------------
    async def food_facts(self, telegram_id: int, text: str, compared_only: bool = False):
        """FoodFacts of the food asked about, or FoodComparison of those compared (only these: `compared_only`)."""
        asked = (compared_items if compared_only else asked_items)(self.ctx.estimator, text)
        if not asked:
            return None
        async with self.ctx.sessionmaker.begin() as session:
            goal = goal_for(await self._user(session, telegram_id))
        facts = tuple(FoodFacts.from_item(item, goal) for item in asked)
        return FoodComparison(facts) if len(facts) > 1 else facts[0]

    async def ask(self, telegram_id: int | None, question: str) -> AnswerView:
        profile = None
        if telegram_id is not None:
            async with self.ctx.sessionmaker.begin() as session:
                profile = self._profile(await self._user(session, telegram_id))
        return answer_view(self.ctx.answerer.answer(question, profile))

    async def related_topic(self, key: str) -> AnswerView | None:
        section = self.ctx.answerer.section_by_key(key)
        if section is None:
            return None
        return answer_view(self.ctx.answerer.answer_section(section))

    # ---- profile ----------------------------------------------------------------------------------
    async def profile(self, telegram_id: int) -> ProfileView:
        async with self.ctx.sessionmaker.begin() as session:
            return self._profile_view(await self._user(session, telegram_id))

    def _profile_view(self, user: User) -> ProfileView:
        minute = user.reminder_minute
        reminder = format_minute(minute) if minute is not None else None
        return ProfileView(
            sex=user.sex,
            age_band=user.age_band,
            life_stage=user.life_stage,
            goal_override_mg=user.goal_override_mg,
            goal_mg=goal_for(user),
            rda_mg=rda.rda_mg(user.sex, user.age_band, user.life_stage),
            timezone=user.timezone,
            reminder=reminder,
        )

    async def update_profile(self, telegram_id: int, **changes) -> ProfileView:
        """Set any of sex, age_band, life_stage, goal_override_mg (None clears the override)."""
        allowed = {"sex", "age_band", "life_stage", "goal_override_mg"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown profile fields: {sorted(unknown)}")
        if "sex" in changes and changes["sex"] is not None:
            changes["sex"] = rda.Sex(changes["sex"]).value
        if "age_band" in changes and changes["age_band"] not in rda.BANDS_BY_KEY:
            raise ValueError("unknown age band")
        if "life_stage" in changes:
            stage = rda.LifeStage(changes["life_stage"] or rda.LifeStage.NONE)
            changes["life_stage"] = None if stage is rda.LifeStage.NONE else stage.value
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            for key, value in changes.items():
                setattr(user, key, value)
            if user.sex == rda.Sex.MALE:
                user.life_stage = None
            await session.flush()
            return self._profile_view(user)

    async def set_timezone(self, telegram_id: int, text: str) -> TimezoneResult:
        guess = parse_timezone(text)
        if guess.name is None:
            return TimezoneResult(None, guess.suggestions)
        async with self.ctx.sessionmaker.begin() as session:
            user = await self._user(session, telegram_id)
            user.timezone = guess.name
        local = self.ctx.now().astimezone(ZoneInfo(guess.name)).strftime("%H:%M")
        return TimezoneResult(guess.name, guess.suggestions, local)


def answer_view(answer) -> AnswerView:
    related = tuple((section.key, section.heading) for section in answer.related[:3])
    return AnswerView(
        text=answer.text,
        confident=bool(answer.confident),
        sources=tuple((s.file, s.heading) for s in answer.sources),
        related=related,
    )
