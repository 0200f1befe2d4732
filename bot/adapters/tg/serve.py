"""`magbot run` on Telegram: one process of the bot, polling or serving a webhook, with durable intake.

Start: initialize (Telegram checks the token), build the services, handle what the inbox still holds, then
poll or serve. SIGTERM/SIGINT: stop accepting updates, finish the ones in flight, stop the nudge job,
release the nudge lock, close the database; `serve` then returns 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from datetime import timedelta

from telegram import Update

from bot.adapters.bootstrap import Services
from bot.adapters.tg.app import SERVICES_KEY, build_application
from bot.adapters.tg.intake import Intake, poll
from bot.adapters.tg.nudges import LEADER_KEY
from bot.config import Settings
from bot.usecases.intake import IntakeService
from db.leader import AdvisoryLease

log = logging.getLogger(__name__)


def _on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)


async def serve(
    settings: Settings,
    stop: asyncio.Event | None = None,
    *,
    services: Services | None = None,
    handle_signals: bool = True,
) -> int:
    """Run until `stop` is set (or SIGTERM/SIGINT with `handle_signals`). `services`: prebuilt (tests);
    by default they are built on start and closed on exit."""
    stop = stop or asyncio.Event()
    if handle_signals:
        _on_signals(stop)
    application = build_application(settings, services, migrate_on_start=False)
    await application.initialize()  # getMe: raises InvalidToken for a rejected token
    started = False
    leader: AdvisoryLease | None = None
    try:
        if application.post_init is not None:
            await application.post_init(application)
        services = application.bot_data[SERVICES_KEY]
        leader = AdvisoryLease(services.engine)
        application.bot_data[LEADER_KEY] = leader
        service = IntakeService(
            services.magnesium.ctx.sessionmaker, lease=timedelta(seconds=settings.inbox_lease_seconds)
        )
        intake = Intake(
            application,
            service,
            concurrency=settings.handler_concurrency,
            sweep_seconds=settings.inbox_sweep_seconds,
        )
        await application.start()
        started = True
        await intake.start()
        if settings.telegram_webhook_url:
            from bot.adapters.tg.webhook import serve_webhook

            await serve_webhook(application, intake, settings, stop)
        else:
            log.info("polling Telegram for updates")
            await poll(application, intake, stop, allowed_updates=Update.ALL_TYPES)
        log.info("stopping: finishing the updates in flight")
        await intake.stop()
    finally:
        if started:
            await application.stop()
        if leader is not None:
            await leader.release()
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
    log.info("stopped")
    return 0
