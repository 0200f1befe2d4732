"""`magbot run` / `magbot migrate`: logging set-up, token redaction and the choice between Telegram and
the console chat."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import traceback

from bot.config import Settings, get_settings

log = logging.getLogger("magbot")


def secrets_of(settings: Settings) -> list[str]:
    """Strings that must never reach a log line or stderr: the bot token (and its secret half), the
    webhook secret and the database password."""
    found: list[str] = []
    if settings.telegram_bot_token is not None:
        token = settings.telegram_bot_token.get_secret_value()
        found += [token, token.partition(":")[2]]
    if settings.telegram_webhook_secret is not None:
        found.append(settings.telegram_webhook_secret.get_secret_value())
    with contextlib.suppress(Exception):
        from sqlalchemy.engine import make_url

        found.append(make_url(settings.database_url).password or "")
    return sorted({s for s in found if len(s) >= 6}, key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, "<redacted>")
    return text


class RedactingFilter(logging.Filter):
    """Removes secrets from a record's message (for handlers whose formatter we do not own)."""

    def __init__(self, secret: str | list[str]) -> None:
        super().__init__()
        self.secrets = [secret] if isinstance(secret, str) else list(secret)
        self.secrets = [s for s in self.secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message, self.secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


class RedactingFormatter(logging.Formatter):
    """Formats a record, then removes secrets from the whole text: the message, the exception text and
    the traceback (PTB's InvalidToken quotes the token it was given)."""

    def __init__(self, fmt: str, secrets: list[str]) -> None:
        super().__init__(fmt)
        self.secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self.secrets)


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level.upper(), format=LOG_FORMAT, stream=sys.stderr)
    # httpx logs every request URL at INFO, and the URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # At DEBUG these would log message text: PTB every request's parameters, aiosqlite every statement's.
    logging.getLogger("telegram").setLevel(max(logging.getLogger().level, logging.INFO))
    logging.getLogger("aiosqlite").setLevel(logging.WARNING)
    secrets = secrets_of(settings)
    formatter = RedactingFormatter(LOG_FORMAT, secrets)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter(secrets))

    def redacted_excepthook(kind, value, tb) -> None:  # an uncaught exception's traceback, redacted
        sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb)), secrets))

    sys.excepthook = redacted_excepthook


def wait_for_database(settings: Settings) -> bool:
    """Start-up: wait for the database with backoff (one log line when it is not there), up to
    DB_STARTUP_WAIT_SECONDS. False when it never answered."""
    from db.session import create_engine, ping

    async def _wait() -> bool:
        engine = create_engine(settings.database_url, connect_timeout=settings.db_connect_timeout_seconds)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + settings.db_startup_wait_seconds
        delay, said = 0.5, False
        try:
            while True:
                try:
                    await asyncio.wait_for(ping(engine), settings.db_connect_timeout_seconds + 1)
                    if said:
                        log.info("database reachable")
                    return True
                except Exception as exc:  # noqa: BLE001 - any failure: wait and try again
                    if loop.time() + delay > deadline:
                        log.error("database still unreachable (%s); giving up", type(exc).__name__)
                        return False
                    if not said:
                        log.warning(
                            "database unreachable (%s); retrying with backoff for up to %.0f s",
                            type(exc).__name__,
                            settings.db_startup_wait_seconds,
                        )
                        said = True
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 10.0)
        finally:
            await engine.dispose()

    return asyncio.run(_wait())


def skip_httpx_cli() -> None:
    """httpx (which PTB imports) loads its command-line client when click and pygments are installed
    (uvicorn and pytest bring them): 2 MB of RSS the bot never uses. Marking that one module as absent
    before the first httpx import takes httpx's own fallback (a `main` that explains what is missing)."""
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)


def run_bot() -> int:
    settings = get_settings()
    if settings.telegram_bot_token is None:
        from bot.adapters.console import run_console  # logs to a file in the data folder
        from bot.texts.messages import NO_TOKEN_HINT

        return run_console(user_id=1, hint=NO_TOKEN_HINT)
    configure_logging(settings)
    if not wait_for_database(settings):
        return 1
    # Migrate in a short-lived child process: Alembic then never occupies the long-running bot's memory.
    import subprocess

    if subprocess.run([sys.executable, "-m", "bot", "migrate", "--quiet"], check=False).returncode:
        log.error("the database migration failed")
        return 1

    skip_httpx_cli()
    from telegram.error import InvalidToken

    from bot.adapters.tg.serve import serve

    try:
        return asyncio.run(serve(settings))
    except InvalidToken:
        log.error("Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN (from @BotFather)")
        return 1


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
