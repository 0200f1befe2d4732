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
from contextvars import ContextVar
from dataclasses import dataclass
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


@dataclass
class _Handling:
    update_id: int
    attempts: int
    error: BaseException | None = None
    retry: bool = False


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


def first_failure() -> bool:
    """True while handling an update for the first time (so a notice is sent once, not on every retry)."""
    state = _CURRENT.get()
    return state is None or state.attempts <= 1


def _chat_key(update: dict[str, Any]) -> int:
    for key, value in update.items():
        if key == "update_id" or not isinstance(value, dict):
            continue
        for holder in (value.get("chat"), (value.get("message") or {}).get("chat"), value.get("from")):
            if isinstance(holder, dict) and isinstance(holder.get("id"), int):
                return holder["id"]
    return 0


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
        self._semaphore = asyncio.Semaphore(concurrency)
        self._chat_locks: dict[int, tuple[asyncio.Lock, int]] = {}
        self._inflight: dict[int, asyncio.Task] = {}
        self._sweeper: asyncio.Task | None = None
        self._last_prune = 0.0
        self._store = GroupCommit(self._store_batch)
        self._claim = GroupCommit(self._claim_batch)
        self._finish = GroupCommit(self._finish_batch)
        application.bot_data[INTAKE_KEY] = self

    # ---- receiving ----------------------------------------------------------------------------------
    async def receive(self, updates: list[dict[str, Any]]) -> int:
        """Store updates (raises when the database cannot: the caller must not acknowledge them), then
        start handling them. Returns how many were new."""
        pairs = [
            (int(update["update_id"]), json.dumps(update, ensure_ascii=True, separators=(",", ":")))
            for update in updates
        ]
        new = await asyncio.gather(*(self._store.submit(pair, key=pair[0]) for pair in pairs))
        for (update_id, _payload), update in zip(pairs, updates, strict=True):
            self._schedule(update_id, _chat_key(update))
        return sum(1 for added in new if added)

    # One round trip for many updates at once (group commit): storing, claiming, marking done.
    async def _store_batch(self, pairs: list[tuple[int, str]]) -> dict[int, bool]:
        unique = list(dict(pairs).items())
        new = await self.service.store_new(unique)
        metrics.UPDATES_RECEIVED.inc(len(new))
        return {update_id: update_id in new for update_id, _ in unique}

    async def _claim_batch(self, update_ids: list[int]):
        return await self.service.claim_many(sorted(set(update_ids)))

    async def _finish_batch(self, outcomes: list[tuple[int, str]]) -> None:
        await self.service.finish_outcomes(dict(outcomes))

    def _schedule(self, update_id: int, chat: int) -> None:
        if update_id in self._inflight or not self.accepting:
            return
        task = asyncio.create_task(self._handle(update_id, chat))
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

    async def _handle(self, update_id: int, chat: int) -> None:
        async with self._chat_lock(chat), self._semaphore:
            try:
                stored = await self._claim.submit(update_id)
            except Exception as exc:  # noqa: BLE001 - the row stays; the sweep tries again
                log.warning(
                    "inbox: could not claim update %s (%s); retrying later", update_id, type(exc).__name__
                )
                return
            if stored is None:
                return  # done already, or another worker holds it
            await self._process(stored.update_id, stored.payload, stored.attempts)

    async def _process(self, update_id: int, payload: str, attempts: int) -> None:
        state = _Handling(update_id, attempts)
        token = _CURRENT.set(state)
        started = time.perf_counter()
        try:
            update = Update.de_json(json.loads(payload), self.application.bot)
            await self.application.process_update(update)
        except Exception as exc:  # noqa: BLE001 - outside any handler (e.g. a payload PTB cannot read)
            log.error("inbox: update %s could not be processed (%s)", update_id, type(exc).__name__)
            state.error, state.retry = exc, is_transient(exc)
        finally:
            _CURRENT.reset(token)
            metrics.HANDLER_SECONDS.observe(time.perf_counter() - started)
        try:
            if state.retry:
                metrics.UPDATES_FAILED.inc()
                await self.service.retry_later(update_id, _retry_delay(attempts))
                return
            await self._finish.submit((update_id, "failed" if state.error else "handled"), key=update_id)
        except Exception as exc:  # noqa: BLE001 - unmarked: handled again after the lease (idempotent)
            log.warning("inbox: could not mark update %s (%s)", update_id, type(exc).__name__)
            return
        (metrics.UPDATES_FAILED if state.error else metrics.UPDATES_HANDLED).inc()

    # ---- sweeping -----------------------------------------------------------------------------------
    async def sweep(self) -> int:
        """Schedule unfinished rows nobody holds (start-up backlog, a dead worker's rows, retries)."""
        ids = [uid for uid in await self.service.claimable(limit=500) if uid not in self._inflight]
        payloads = await self.service.payloads(ids)
        for update_id in ids:
            if update_id in payloads:
                self._schedule(update_id, _chat_key(json.loads(payloads[update_id])))
        return len(ids)

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.sweep_seconds)
            try:
                await self.sweep()
                await self.send_outbox()
                metrics.INBOX_BACKLOG.set(await self.service.backlog())
                if time.monotonic() - self._last_prune > PRUNE_EVERY_SECONDS:
                    self._last_prune = time.monotonic()
                    await self.service.prune()
            except Exception as exc:  # noqa: BLE001 - the next sweep tries again
                log.warning("inbox sweep failed (%s)", type(exc).__name__)

    async def start(self) -> None:
        """Handle what an earlier run left unfinished first, then keep sweeping in the background."""
        backlog = await self.sweep()
        if backlog:
            log.info("inbox: %d unfinished updates from before are being handled first", backlog)
        self._last_prune = time.monotonic()
        await self.service.prune()
        self._sweeper = asyncio.create_task(self._sweep_forever())

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

    async def drain(self) -> None:
        """Wait until nothing is being handled (tests and benchmarks)."""
        while self._inflight:
            await asyncio.gather(*list(self._inflight.values()), return_exceptions=True)

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
