"""The token (and the other secrets) never reach a log line or stderr: not in messages, not in exception
text, not in tracebacks, not in an uncaught exception."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from telegram.error import InvalidToken

from bot.adapters.runner import LOG_FORMAT, RedactingFormatter, secrets_of
from bot.config import Settings

TOKEN = "123456:AAH-a-rejected-token-that-must-not-leak"
REPO = Path(__file__).resolve().parent.parent


def test_formatter_redacts_message_exception_and_traceback():
    settings = Settings(_env_file=None, telegram_bot_token=TOKEN)
    formatter = RedactingFormatter(LOG_FORMAT, secrets_of(settings))
    try:
        raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    except InvalidToken:
        record = logging.LogRecord(
            "telegram.ext.Application",
            logging.ERROR,
            __file__,
            1,
            "start failed for %s",
            (TOKEN,),
            sys.exc_info(),
        )
    text = formatter.format(record)
    assert "InvalidToken" in text and "<redacted>" in text
    assert TOKEN not in text and TOKEN.partition(":")[2] not in text


def test_secrets_include_webhook_secret_and_database_password():
    settings = Settings(
        _env_file=None,
        telegram_bot_token=TOKEN,
        telegram_webhook_url="https://bot.example.org/tg",
        telegram_webhook_secret="webhook-secret-123",
        database_url="postgresql+asyncpg://magbot:db-password-456@db/magbot",
    )
    found = secrets_of(settings)
    assert {"webhook-secret-123", "db-password-456", TOKEN} <= set(found)


def test_an_uncaught_exception_is_redacted_on_stderr(tmp_path):
    script = (
        "from bot.adapters.runner import configure_logging\n"
        "from bot.config import Settings\n"
        f"configure_logging(Settings(_env_file=None, telegram_bot_token={TOKEN!r}))\n"
        "import logging\n"
        f"logging.getLogger('telegram').error('rejected %s', {TOKEN!r})\n"
        f"raise RuntimeError('The token `{TOKEN}` was rejected')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1
    assert "RuntimeError" in result.stderr and "rejected <redacted>" in result.stderr
    assert TOKEN not in result.stderr + result.stdout
