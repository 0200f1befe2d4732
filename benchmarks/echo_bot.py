"""The baseline for benchmarks/bench_replicas.py: python-telegram-bot's `customwebhookbot` pattern (starlette
+ uvicorn, updates put on `application.update_queue`) with one handler that echoes the text, the same
rate limiter and the same Bot API server as magbot. Usage: echo_bot.py PORT PATH (token and base URL
from TELEGRAM_BOT_TOKEN / TELEGRAM_API_BASE_URL)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import AIORateLimiter, Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(update.effective_message.text, do_quote=False)


async def main(port: int, path: str) -> None:
    application = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .updater(None)
        .concurrent_updates(16)
        .rate_limiter(AIORateLimiter(overall_max_rate=1, overall_time_period=1 / 29.8, max_retries=2))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))

    async def telegram(request: Request) -> Response:
        await application.update_queue.put(Update.de_json(await request.json(), application.bot))
        return Response()

    async def healthz(_request: Request) -> Response:
        return Response("ok")

    server = uvicorn.Server(
        uvicorn.Config(
            Starlette(routes=[Route(path, telegram, methods=["POST"]), Route("/healthz", healthz)]),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            access_log=False,
        )
    )
    await application.initialize()
    await application.start()
    try:
        await server.serve()
    finally:
        await application.stop()
        await application.shutdown()


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
