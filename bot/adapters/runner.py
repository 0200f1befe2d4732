"""`magbot run` / `magbot migrate`: logging set-up, token redaction and the choice between Telegram and
the console chat."""

from __future__ import annotations

import asyncio
import logging
import sys

from bot.config import Settings, get_settings


class RedactingFilter(logging.Filter):
    """Removes the bot token from every log record, wherever it might appear (URLs, exceptions)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secret:
            message = record.getMessage()
            if self.secret in message:
                record.msg = message.replace(self.secret, "<token>")
                record.args = ()
        return True


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # httpx logs every request URL at INFO, and the URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    redactor = RedactingFilter(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)


def run_bot() -> int:
    settings = get_settings()
    if settings.telegram_bot_token is None:
        from bot.adapters.console import run_console  # logs to a file in the data folder
        from bot.texts.messages import NO_TOKEN_HINT

        return run_console(user_id=1, hint=NO_TOKEN_HINT)
    configure_logging(settings)
    # Migrate in a short-lived child process: Alembic then never occupies the long-running bot's memory.
    import subprocess

    subprocess.run([sys.executable, "-m", "bot", "migrate", "--quiet"], check=True)

    from telegram import Update

    from bot.adapters.tg.app import build_application

    application = build_application(settings, migrate_on_start=False)
    application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


def run_migrate(quiet: bool = False) -> int:
    from db import migrate
    from db.session import create_engine

    settings = get_settings()

    async def _upgrade() -> None:
        engine = create_engine(settings.database_url)
        try:
            await migrate.upgrade(engine)
        finally:
            await engine.dispose()

    asyncio.run(_upgrade())
    if not quiet:
        print("database is at the latest revision")
    return 0
