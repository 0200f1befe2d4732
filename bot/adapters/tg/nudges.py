"""The Telegram side of the daily nudges: one repeating JobQueue tick that claims due nudges and sends them.

Wiring: put a `bot.usecases.nudges.NudgeService` in ``application.bot_data["nudges"]`` and call
``schedule_nudges(application, settings.reminder_tick_seconds)``. Build the Application with
``.rate_limiter(AIORateLimiter(...))``: the limiter paces the concurrent sends (Telegram allows about 30
messages per second per bot). On top of it this module

* sleeps ``retry_after`` and retries on `RetryAfter` (429), a bounded number of times;
* turns reminders off for a user who blocked the bot (`Forbidden`, 403);
* retries other `TelegramError`/`NetworkError` with exponential backoff (bounded), except `BadRequest`;
* releases a nudge that finally fails, so a later tick can retry it within the grace window;
* skips a nudge whose lease has (nearly) run out before it could be sent: another worker may own it now.

Several bot processes may share the database: claims are atomic, so each nudge goes out once.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes, Job

from bot.usecases.nudges import DueNudge, NudgeService

log = logging.getLogger(__name__)

NUDGES_KEY = "nudges"  # application.bot_data[NUDGES_KEY] -> NudgeService
LEADER_KEY = "nudge_leader"  # application.bot_data[LEADER_KEY] -> db.leader.AdvisoryLease (optional)
JOB_NAME = "nudges"
BATCH_SIZE = 300  # nudges claimed at once (10 s of sending at 30 msg/s, well inside the 5 min lease)
CONCURRENCY = 32  # sends in flight; the rate limiter does the pacing
MAX_ATTEMPTS = 4  # per kind of failure: backoff retries, and RetryAfter waits
BASE_BACKOFF_SECONDS = 1.0
MAX_RETRY_AFTER_SECONDS = 120.0
LEASE_MARGIN = timedelta(seconds=5)


class Outcome(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"
    EXPIRED = "expired"


@dataclass
class DispatchStats:
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    expired: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    def merge(self, other: DispatchStats) -> None:
        for name in ("sent", "blocked", "failed", "expired"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def total(self) -> int:
        return self.sent + self.blocked + self.failed + self.expired


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22.2+: int now, timedelta in a future major version
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def send_with_retries(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    max_attempts: int = MAX_ATTEMPTS,
    base_backoff: float = BASE_BACKOFF_SECONDS,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    reply_markup=None,
) -> Outcome:
    """Send one message, honouring RetryAfter, giving up on Forbidden/BadRequest, backing off on the rest."""
    failures = 0
    waits = 0
    while True:
        try:
            extra = {"reply_markup": reply_markup} if reply_markup is not None else {}
            await bot.send_message(chat_id=chat_id, text=text, **extra)
            return Outcome.SENT
        except RetryAfter as exc:
            waits += 1
            if waits > max_attempts:
                log.warning("nudge to %s: still rate limited after %d waits", chat_id, waits - 1)
                return Outcome.FAILED
            await sleep(min(_retry_after_seconds(exc), MAX_RETRY_AFTER_SECONDS))
        except Forbidden:
            return Outcome.BLOCKED
        except BadRequest as exc:  # e.g. chat not found: retrying the same request cannot help
            log.warning("nudge to %s refused: %s", chat_id, exc)
            return Outcome.FAILED
        except TelegramError as exc:  # NetworkError, TimedOut, 5xx, …
            failures += 1
            if failures >= max_attempts:
                log.warning("nudge to %s failed %d times: %s", chat_id, failures, exc)
                return Outcome.FAILED
            await sleep(base_backoff * 2 ** (failures - 1))


def _usual_markup():
    """The "✅ Took my usual" button under a nudge to a user whose usual supplements are not logged yet."""
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    from bot.texts.bone import USUAL_BUTTON

    return InlineKeyboardMarkup([[InlineKeyboardButton(USUAL_BUTTON.label, callback_data=USUAL_BUTTON.data)]])


async def dispatch(
    bot: Bot,
    service: NudgeService,
    nudges: Sequence[DueNudge],
    *,
    concurrency: int = CONCURRENCY,
    **send_options,
) -> DispatchStats:
    """Send claimed nudges concurrently (bounded) and record each outcome in the database."""
    stats = DispatchStats()
    semaphore = asyncio.Semaphore(concurrency)

    async def one(nudge: DueNudge) -> None:
        async with semaphore:
            if nudge.lease_until is not None and service.now() >= nudge.lease_until - LEASE_MARGIN:
                stats.add(Outcome.EXPIRED)  # our claim lapsed: leave it to whoever reclaims it
                return
            markup = _usual_markup() if nudge.offer_usual else None
            outcome = await send_with_retries(
                bot, nudge.chat_id, nudge.text, reply_markup=markup, **send_options
            )
            try:
                if outcome is Outcome.SENT:
                    await service.mark_sent(nudge)
                elif outcome is Outcome.BLOCKED:
                    log.info("user %s blocked the bot: reminders off", nudge.user_id)
                    await service.disable(nudge.user_id)
                else:
                    await service.release(nudge)
            finally:
                stats.add(outcome)

    await asyncio.gather(*(one(nudge) for nudge in nudges))
    return stats


async def run_tick(
    bot: Bot, service: NudgeService, *, batch_size: int = BATCH_SIZE, **dispatch_options
) -> DispatchStats:
    """Claim and send batches until nothing is due (or a batch sends nothing, so failures wait a tick)."""
    stats = DispatchStats()
    while True:
        due = await service.claim_due(limit=batch_size)
        if not due:
            break
        batch = await dispatch(bot, service, due, **dispatch_options)
        stats.merge(batch)
        if len(due) < batch_size or batch.sent == 0:
            break
    return stats


async def nudge_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue callback: needs ``context.bot_data["nudges"]`` (a NudgeService); does nothing without it."""
    service: NudgeService | None = context.bot_data.get(NUDGES_KEY)
    if service is None:
        return
    leader = context.bot_data.get(LEADER_KEY)  # db.leader.AdvisoryLease: one dispatcher among replicas
    try:
        if leader is not None and not await leader.hold():
            return
        stats = await run_tick(context.bot, service)
    except Exception:  # noqa: BLE001 - a failing tick must not stop the next one
        log.exception("nudge tick failed")
        return
    from bot.adapters import metrics

    for outcome in ("sent", "blocked", "failed"):
        metrics.NUDGES.labels(outcome).inc(getattr(stats, outcome))
    if stats.total:
        log.info(
            "nudges: %d sent, %d blocked, %d failed, %d lease expired",
            stats.sent,
            stats.blocked,
            stats.failed,
            stats.expired,
        )


def schedule_nudges(application: Application, interval_seconds: float, first: float = 5.0) -> Job | None:
    """Register the repeating tick (one per process; APScheduler never overlaps two runs of it)."""
    job_queue = application.job_queue
    if job_queue is None:
        log.warning("no JobQueue (install python-telegram-bot[job-queue]): daily nudges are disabled")
        return None
    for job in job_queue.get_jobs_by_name(JOB_NAME):
        job.schedule_removal()
    return job_queue.run_repeating(nudge_tick, interval=interval_seconds, first=first, name=JOB_NAME)
