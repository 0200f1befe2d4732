"""Durable intake for the PTB Application, shared by long polling and the webhook.

Every update is stored in the inbox (bot.usecases.intake) *before* it is acknowledged: polling only moves
its getUpdates offset past a batch once the batch is stored, and the webhook answers 200 only then. The
stored update is claimed, fed to `Application.process_update` and marked done afterwards. Effects are
idempotent (entries are keyed by chat, message and item), so a crash between an effect and the mark only
means the update is handled again — it finds its entries and says "already logged" — and never counts
twice. Unfinished rows are picked up by a sweep: at start-up first, then every few seconds (rows claimed
by a process that died become free when their lease runs out).

Updates of one chat are handled in order; different chats run concurrently (bounded). A handler that
fails because the database is unreachable or too slow is retried with backoff, and the user is told once
that the message is kept; any other failure marks the update failed (the error handler apologises).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

from bot.adapters import metrics
from bot.adapters.batching import GroupCommit
from bot.usecases.intake import IntakeService
from db.errors import is_transient

log = logging.getLogger(__name__)

INTAKE_KEY = "intake"  # application.bot_data[INTAKE_KEY] -> Intake
OUTBOX_MAX_ATTEMPTS = 8
PRUNE_EVERY_SECONDS = 3600.0
REPLIED_MARK_SECONDS = 1.0
OUTBOX_EVERY_SECONDS = 10.0
SWEEP_LIMIT = 500
HOLD_RENEWALS_PER_LEASE = 3  # a reply being sent is held again every lease / 3


@dataclass
class _Handling:
    update_id: int
    attempts: int
    error: BaseException | None = None
    retry: bool = False
    after_commit: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    after_failure: list[Callable[[], Awaitable[None]]] = field(default_factory=list)  # error notices
    durable: list[dict[str, Any]] = field(default_factory=list)  # the replies, as stored


_CURRENT: ContextVar[_Handling | None] = ContextVar("magbot_handling", default=None)


def note_failure(exc: BaseException) -> bool:
    """Called by the error handler: records the failure of the update being handled. True when the
    update will be handled again later (a database problem), so the user need not be told to resend."""
    state = _CURRENT.get()
    if state is None:
        return False
    state.error = exc
    state.retry = is_transient(exc)
    return state.retry


def after_commit(action: Callable[[], Awaitable[None]], *durable: dict[str, Any]) -> bool:
    """Inside the handling of a stored update: keep `action` (a network call: a reply, a button answer)
    until the update's transaction is committed, and return True; no transaction waits on Telegram.
    `durable`: the messages `action` sends, as {"chat_id", "text", "markup"} dicts; they are stored with
    the update's effects, so a crash before they are sent loses no reply (the sweep sends them). Outside
    (the console, tests): False, and the caller acts now."""
    state = _CURRENT.get()
    if state is None:
        return False
    state.after_commit.append(action)
    state.durable.extend(durable)
    return True


def after_failure(action: Callable[[], Awaitable[None]]) -> bool:
    """Inside the handling of a stored update: keep `action` (the error notice to the user) until the
    failure is recorded, and return True; it runs only if the update was still undone then. (Two workers
    may handle one update, e.g. a sweep taking a row that waited over a lease in another replica's queue:
    when the one fails because the other's committed effects clash with its own, the user got the
    other's reply and must not hear that nothing was saved.) Outside (the console, tests): False, and the
    caller acts now."""
    state = _CURRENT.get()
    if state is None:
        return False
    state.after_failure.append(action)
    return True


def first_failure() -> bool:
    """True while handling an update for the first time (so a notice is sent once, not on every retry)."""
    state = _CURRENT.get()
    return state is None or state.attempts < 1


def _chat_key(update: dict[str, Any]) -> int:
    for key, value in update.items():
        if key == "update_id" or not isinstance(value, dict):
            continue
        for holder in (value.get("chat"), (value.get("message") or {}).get("chat"), value.get("from")):
            if isinstance(holder, dict) and isinstance(holder.get("id"), int):
                return holder["id"]
    return 0


def _sender_key(update: dict[str, Any]) -> int | None:
    """The Telegram user an update comes from (so /forget can delete that user's raw updates)."""
    for key, value in update.items():
        if key != "update_id" and isinstance(value, dict):
            sender = value.get("from")
            if isinstance(sender, dict) and isinstance(sender.get("id"), int):
                return sender["id"]
    return None


def _retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=min(2.0 * 2 ** max(attempts - 1, 0), 60.0))


class Intake:
    def __init__(
        self,
        application: Application,
        service: IntakeService,
        *,
        concurrency: int = 16,
        sweep_seconds: float = 2.0,
    ) -> None:
        self.application = application
        self.service = service
        self.sweep_seconds = sweep_seconds
        self.accepting = True
        self.concurrency = concurrency
        self.outbox_seconds = min(OUTBOX_EVERY_SECONDS, service.lease.total_seconds())
        self._last_outbox = 0.0
        self._semaphore = asyncio.Semaphore(concurrency)
        self._chat_locks: dict[int, tuple[asyncio.Lock, int]] = {}
        self._inflight: dict[int, asyncio.Task] = {}
        self._sweeper: asyncio.Task | None = None
        self._last_prune = 0.0
        self._store = GroupCommit(self._store_batch)
        # Updates whose replies went out: marked so in the next update's transaction (no round trip of
        # their own), or after REPLIED_MARK_SECONDS when no update comes. A crash before the mark means
        # those replies go out again: the window is the gap to the next update.
        self._sent: list[int] = []
        self._replied = GroupCommit(self._replied_batch, delay=REPLIED_MARK_SECONDS)
        # Updates whose replies this process has committed and not yet marked sent (waiting behind the
        # rate limiter, being sent, or sent and waiting for the mark): their hold is renewed every lease /
        # HOLD_RENEWALS_PER_LEASE (one statement for all), so the sweep of any replica sends again only
        # the replies of a process that stopped renewing them (it died). Exactly once while nobody dies.
        self._holding: set[int] = set()
        self._holder: asyncio.Task | None = None
        application.bot_data[INTAKE_KEY] = self

    # ---- receiving ----------------------------------------------------------------------------------
    async def receive(self, updates: list[dict[str, Any]], payloads: list[str] | None = None) -> int:
        """Store updates (raises when the database cannot: the caller must not acknowledge them), then
        start handling the new ones (one stored before is done, being handled, or left to the sweep).
        `payloads`: the updates' JSON as received (the webhook's request body), stored as it is; by
        default each is encoded. Returns how many were new."""
        if payloads is None:
            payloads = [json.dumps(update, ensure_ascii=True, separators=(",", ":")) for update in updates]
        rows = [
            (int(update["update_id"]), payload, _sender_key(update))
            for update, payload in zip(updates, payloads, strict=True)
        ]
        if len(rows) == 1:  # a webhook request: no task of its own for the one submission
            new = [await self._store.submit(rows[0], key=rows[0][0])]
        else:
            new = await asyncio.gather(*(self._store.submit(row, key=row[0]) for row in rows))
        for row, update, added in zip(rows, updates, new, strict=True):
            if added:
                self._schedule(row[0], _chat_key(update), update, 0)
        return sum(1 for added in new if added)

    # One round trip for many updates at once (group commit): storing, and marking replies sent.
    async def _store_batch(self, rows: list[tuple[int, str, int | None]]) -> dict[int, bool]:
        unique = list({row[0]: row for row in rows}.values())
        new = await self.service.store_new(unique)
        metrics.UPDATES_RECEIVED.inc(len(new))
        return {row[0]: row[0] in new for row in unique}

    async def _replied_batch(self, _ticks: list[None]) -> None:
        sent, self._sent = self._sent, []
        if sent:
            try:
                await self.service.replies_sent(sorted(set(sent)))
            except Exception:
                self._sent.extend(sent)
                raise
            self._holding.difference_update(sent)

    def _schedule(self, update_id: int, chat: int, update: dict[str, Any], attempts: int) -> None:
        if update_id in self._inflight or not self.accepting:
            return
        task = asyncio.create_task(self._handle(update_id, chat, update, attempts))
        self._inflight[update_id] = task
        task.add_done_callback(lambda _task, uid=update_id: self._inflight.pop(uid, None))

    @contextlib.asynccontextmanager
    async def _chat_lock(self, chat: int):
        lock, users = self._chat_locks.get(chat) or (asyncio.Lock(), 0)
        self._chat_locks[chat] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._chat_locks[chat]
            if users <= 1:
                del self._chat_locks[chat]
            else:
                self._chat_locks[chat] = (lock, users - 1)

    async def _handle(self, update_id: int, chat: int, update: dict[str, Any], attempts: int) -> None:
        async with self._chat_lock(chat), self._semaphore:
            await self._process(update_id, update, attempts)

    async def _process(self, update_id: int, payload: dict[str, Any], attempts: int) -> None:
        """Handle the update and mark it done in one transaction with its effects (IntakeService.handle);
        the replies are stored in that transaction too and sent once it is committed. A failed handler
        rolls everything back: a database problem is retried later, anything else is marked failed (the
        error handler has apologised)."""
        state = _Handling(update_id, attempts)
        token = _CURRENT.set(state)
        started = time.perf_counter()

        async def process() -> tuple[bool, str | None]:
            try:
                update = Update.de_json(payload, self.application.bot)
                await self.application.process_update(update)
            except Exception as exc:  # noqa: BLE001 - outside any handler (e.g. a payload PTB cannot read)
                log.error("inbox: update %s could not be processed (%s)", update_id, type(exc).__name__)
                state.error, state.retry = exc, is_transient(exc)
            return state.error is None, json.dumps(state.durable) if state.durable else None

        sent, self._sent = self._sent, []
        try:
            # a retry takes the ordinary transaction (a first try's deferred entries may have clashed)
            outcome = await self.service.handle(update_id, process, sent, fast=attempts == 0)
            if outcome == "again":
                state.retry, outcome = True, "rolled back"
        except Exception as exc:  # noqa: BLE001 - the commit failed
            log.warning("inbox: update %s not handled (%s); retrying later", update_id, type(exc).__name__)
            state.error, state.retry = exc, True
            outcome = "rolled back"
        finally:
            _CURRENT.reset(token)
            metrics.HANDLER_SECONDS.observe(time.perf_counter() - started)
        if outcome != "handled":
            self._sent.extend(sent)  # not marked with this update: with the next one
        if outcome == "busy":
            return
        if outcome == "handled":
            metrics.UPDATES_HANDLED.inc()
            self._holding.difference_update(sent)  # marked sent in the transaction
            if state.durable:
                self._holding.add(update_id)  # before any await: held from the commit on
            for action in state.after_commit:
                try:
                    await action()
                except Exception as exc:  # noqa: BLE001 - the effects are stored; the sweep resends
                    log.warning("inbox: a reply to update %s failed (%s)", update_id, type(exc).__name__)
                    self._holding.discard(update_id)  # left to the sweep after the lease
                    return
            if state.durable:
                self._sent.append(update_id)
                self._replied.add(None)
            return
        metrics.UPDATES_FAILED.inc()
        try:
            if state.retry:
                ours = await self.service.retry_later(update_id, _retry_delay(attempts + 1))
            else:
                ours = await self.service.finish(update_id, "failed")
        except Exception as exc:  # noqa: BLE001 - unmarked: the sweep finds it after the lease
            log.warning("inbox: could not mark update %s (%s)", update_id, type(exc).__name__)
            ours = True  # still undone as far as anyone knows: the user hears of it
        if not ours:
            log.info("inbox: update %s was handled by another worker meanwhile", update_id)
            return
        for action in state.after_failure:
            try:
                await action()
            except Exception as exc:  # noqa: BLE001 - the notice is best effort
                log.warning("inbox: an error notice for update %s failed (%s)", update_id, type(exc).__name__)

    # ---- sweeping -----------------------------------------------------------------------------------
    async def sweep(self, *, fresh_too: bool = False) -> int:
        """Schedule unfinished rows nobody holds (start-up backlog, a dead worker's rows, retries). Only
        as many as there is room for: a process busy with its own updates leaves the others' to a
        replica with time to spare (taken by two, an update is done by one and rolled back by the other)."""
        room = SWEEP_LIMIT if fresh_too else self.concurrency * 2 - len(self._inflight)
        if room <= 0:
            return 0
        ids = [
            uid
            for uid in await self.service.claimable(limit=room, fresh_too=fresh_too)
            if uid not in self._inflight
        ]
        payloads = await self.service.payloads(ids)
        for update_id in ids:
            if update_id in payloads:
                payload, attempts = payloads[update_id]
                update = json.loads(payload)
                self._schedule(update_id, _chat_key(update), update, attempts)
        return len(ids)

    async def resend_replies(self) -> int:
        """Replies of updates whose process died between the commit and the sending: sent now (a reply
        that fails again goes to the outbox)."""
        sent = 0
        claimed = await self.service.unsent_replies()
        waiting = {update_id for update_id, _ in claimed}
        self._holding.update(waiting)  # the claim started their lease: renewed while they wait their turn
        try:
            for update_id, replies in claimed:
                for message in json.loads(replies):
                    markup = (
                        InlineKeyboardMarkup.de_json(message["markup"], None)
                        if message.get("markup")
                        else None
                    )
                    try:
                        await self.application.bot.send_message(
                            message["chat_id"], message["text"], reply_markup=markup
                        )
                        sent += 1
                    except (Forbidden, BadRequest) as exc:
                        log.warning("inbox: a reply to update %s refused (%s)", update_id, type(exc).__name__)
                    except TelegramError:
                        await keep_unsent_reply(self.application, message["chat_id"], message["text"], markup)
                waiting.discard(update_id)
                self._sent.append(update_id)  # held until marked, like a reply sent at once
                self._replied.add(None)
        finally:
            self._holding.difference_update(waiting)  # not sent: left to the next sweep after the lease
        return sent

    async def _hold_forever(self) -> None:
        every = self.service.lease.total_seconds() / HOLD_RENEWALS_PER_LEASE
        while True:
            await asyncio.sleep(every)
            if not self._holding:
                continue
            try:
                await self.service.hold_replies(sorted(self._holding))
            except Exception as exc:  # noqa: BLE001 - the next renewal tries again
                log.warning("inbox: could not renew the hold on replies being sent (%s)", type(exc).__name__)

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.sweep_seconds)
            try:
                await self.sweep()
                # Unsent replies wait at least a lease (and the outbox backs off for 30 s or more): no need
                # to look every sweep. (The backlog gauge is read when /metrics is scraped.)
                if time.monotonic() - self._last_outbox >= self.outbox_seconds:
                    self._last_outbox = time.monotonic()
                    unsent, due = await self.service.anything_to_resend()  # one query: usually neither
                    if unsent:
                        await self.resend_replies()
                    if due:
                        await self.send_outbox()
                if time.monotonic() - self._last_prune > PRUNE_EVERY_SECONDS:
                    self._last_prune = time.monotonic()
                    await self.service.prune()
            except Exception as exc:  # noqa: BLE001 - the next sweep tries again
                log.warning("inbox sweep failed (%s)", type(exc).__name__)

    async def start(self) -> None:
        """Handle what an earlier run left unfinished first, then keep sweeping in the background."""
        backlog = await self.sweep(fresh_too=True)
        if backlog:
            log.info("inbox: %d unfinished updates from before are being handled first", backlog)
        self._last_prune = time.monotonic()
        await self.service.prune()
        self._sweeper = asyncio.create_task(self._sweep_forever())
        self._holder = asyncio.create_task(self._hold_forever())

    async def stop(self, timeout: float = 25.0) -> None:
        """Stop taking updates and wait for the ones being handled."""
        self.accepting = False
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        pending = list(self._inflight.values())
        if pending:
            _done, late = await asyncio.wait(pending, timeout=timeout)
            for task in late:
                task.cancel()
        await self._replied.flush_pending()
        if self._holder is not None:  # last: the replies still being sent were held until now
            self._holder.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._holder

    async def drain(self) -> None:
        """Wait until nothing is being handled (tests and benchmarks)."""
        while self._inflight:
            await asyncio.gather(*list(self._inflight.values()), return_exceptions=True)
        await self._replied.flush_pending()

    # ---- outbox -------------------------------------------------------------------------------------
    async def send_outbox(self) -> int:
        sent = 0
        for reply in await self.service.due_replies():
            markup = (
                InlineKeyboardMarkup.de_json(json.loads(reply.reply_markup), None)
                if reply.reply_markup
                else None
            )
            try:
                await self.application.bot.send_message(reply.chat_id, reply.text, reply_markup=markup)
            except (Forbidden, BadRequest) as exc:
                log.warning("outbox: reply to %s refused (%s); dropped", reply.chat_id, type(exc).__name__)
                await self.service.reply_sent(reply.id)
                continue
            except TelegramError:
                if not await self.service.reply_later(reply, OUTBOX_MAX_ATTEMPTS):
                    log.warning(
                        "outbox: reply to %s dropped after %d attempts", reply.chat_id, reply.attempts
                    )
                continue
            await self.service.reply_sent(reply.id)
            sent += 1
        return sent


async def keep_unsent_reply(application: Application, chat_id: int, text: str, markup) -> None:
    """A reply that could not be sent (network, 5xx, 429 beyond the limiter's retries) goes to the outbox,
    from where the sweep sends it again."""
    metrics.REPLIES_DEFERRED.inc()
    intake: Intake | None = application.bot_data.get(INTAKE_KEY)
    if intake is None:
        log.warning("a reply to %s could not be sent and there is no outbox in this mode", chat_id)
        return
    encoded = json.dumps(markup.to_dict()) if markup is not None else None
    try:
        await intake.service.keep_reply(chat_id, text, encoded)
    except Exception as exc:  # noqa: BLE001 - recorded in the log at least
        log.warning("a reply to %s could not be sent nor kept (%s)", chat_id, type(exc).__name__)


# ---- long polling ---------------------------------------------------------------------------------------
async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def poll(
    application: Application,
    intake: Intake,
    stop: asyncio.Event,
    *,
    timeout: int = 30,
    allowed_updates: list[str] | None = None,
) -> None:
    """Long polling that acknowledges a batch (by asking for the next offset) only after storing it."""
    bot = application.bot
    await bot.delete_webhook()
    offset: int | None = None
    backoff = 1.0
    while not stop.is_set():
        fetch = asyncio.create_task(
            bot.get_updates(
                offset=offset, timeout=timeout, allowed_updates=allowed_updates, read_timeout=timeout + 10
            )
        )
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({fetch, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not fetch.done():
            fetch.cancel()  # not stored, not acknowledged: Telegram serves it again next time
            with contextlib.suppress(asyncio.CancelledError, TelegramError):
                await fetch
            break
        try:
            updates = fetch.result()
        except InvalidToken:
            raise
        except RetryAfter as exc:
            from bot.adapters.tg.nudges import _retry_after_seconds

            metrics.TELEGRAM_429.inc()
            await _wait(stop, _retry_after_seconds(exc))
            continue
        except (NetworkError, TelegramError) as exc:
            log.warning("getUpdates failed (%s); retrying in %.0f s", type(exc).__name__, backoff)
            await _wait(stop, backoff)
            backoff = min(backoff * 2, 30.0)
            continue
        backoff = 1.0
        if not updates:
            continue
        try:
            await intake.receive([update.to_dict() for update in updates])
        except Exception as exc:  # noqa: BLE001 - not acknowledged: Telegram keeps the batch for us
            log.warning(
                "could not store %d updates (%s); not acknowledged, retrying in %.0f s",
                len(updates),
                type(exc).__name__,
                backoff,
            )
            await _wait(stop, backoff)
            backoff = min(backoff * 2, 30.0)
            continue
        offset = updates[-1].update_id + 1
    if offset is not None:  # acknowledge the last stored batch (a redelivery would find its rows anyway)
        with contextlib.suppress(TelegramError, asyncio.CancelledError):
            await bot.get_updates(offset=offset, timeout=0)
