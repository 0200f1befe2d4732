"""Webhook mode: a starlette app under uvicorn (after python-telegram-bot's `customwebhookbot` example).

POST <path of TELEGRAM_WEBHOOK_URL>: 403 without the right X-Telegram-Bot-Api-Secret-Token; 200 only once
the update is stored in the inbox, else 503 so Telegram delivers it again. GET /healthz: 200 when the
database answers, 503 otherwise. GET /metrics: Prometheus text. Any number of replicas can serve the same
URL behind a load balancer: all state is in the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from urllib.parse import urlparse

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application

from bot.adapters import metrics
from bot.adapters.tg.intake import Intake
from bot.config import Settings
from db.session import ping

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_TIMEOUT_SECONDS = 3.0


def webhook_path(url: str) -> str:
    return urlparse(url).path or "/"


def build_asgi(application: Application, intake: Intake, settings: Settings) -> Starlette:
    secret = (
        settings.telegram_webhook_secret.get_secret_value().encode()
        if settings.telegram_webhook_secret
        else b""
    )
    engine = application.bot_data["services"].engine

    async def telegram(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not secret or not hmac.compare_digest(given, secret):
            return Response(status_code=403)
        if not intake.accepting:
            return Response(status_code=503)  # shutting down: Telegram retries, another replica takes it
        body = await request.body()
        try:
            update = json.loads(body)
        except ValueError:  # not JSON, or not UTF-8
            return Response(status_code=400)
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return Response(status_code=400)
        try:
            # stored as Telegram sent it (valid JSON in UTF-8: read above), not encoded again
            await intake.receive([update], payloads=[body.decode()])
        except Exception as exc:  # noqa: BLE001 - not stored: a non-200 makes Telegram deliver it again
            log.warning(
                "could not store an update (%s); answered 503 so Telegram retries", type(exc).__name__
            )
            return Response(status_code=503)
        return Response(status_code=200)

    async def healthz(_request: Request) -> Response:
        try:
            ok = await asyncio.wait_for(ping(engine), HEALTH_TIMEOUT_SECONDS)
        except Exception:  # noqa: BLE001 - any failure is "not healthy"
            ok = False
        return PlainTextResponse("ok" if ok else "database unavailable", status_code=200 if ok else 503)

    async def metrics_endpoint(_request: Request) -> Response:
        with contextlib.suppress(Exception):
            metrics.INBOX_BACKLOG.set(
                await asyncio.wait_for(intake.service.backlog(), HEALTH_TIMEOUT_SECONDS)
            )
        body, content_type = metrics.exposition()
        return Response(body, media_type=content_type)

    return Starlette(
        routes=[
            Route(webhook_path(settings.telegram_webhook_url or "/"), telegram, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/metrics", metrics_endpoint, methods=["GET"]),
        ]
    )


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: `magbot run` handles SIGTERM (and exits 0)."""

    @contextlib.contextmanager
    def capture_signals(self):
        yield

    def install_signal_handlers(self) -> None:  # uvicorn < 0.29
        return None


async def serve_webhook(
    application: Application, intake: Intake, settings: Settings, stop: asyncio.Event
) -> None:
    """Register the webhook with Telegram, serve until `stop` is set, then stop accepting and let the
    requests in flight finish."""
    server = _Server(
        uvicorn.Config(
            build_asgi(application, intake, settings),
            host=settings.webhook_listen,
            port=settings.webhook_port,
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
    )
    serving = asyncio.create_task(server.serve())
    for _ in range(500):  # up to 10 s for the socket to be bound
        if server.started or serving.done():
            break
        await asyncio.sleep(0.02)
    if serving.done():
        await serving  # raises (e.g. the port is taken)
        return
    await application.bot.set_webhook(
        settings.telegram_webhook_url,
        secret_token=settings.telegram_webhook_secret.get_secret_value(),
        allowed_updates=Update.ALL_TYPES,
    )
    log.info("webhook: listening on %s:%s", settings.webhook_listen, settings.webhook_port)
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    intake.accepting = False
    server.should_exit = True
    await serving
