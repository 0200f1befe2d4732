"""Settings, read from the environment and an optional `.env` file (pydantic-settings)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = REPO_ROOT / "knowledge"
DEFAULT_DATABASE_URL = f"sqlite+aiosqlite:///{REPO_ROOT / 'data' / 'magbot.db'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = Field(default=None)
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str | None = None
    database_url: str = DEFAULT_DATABASE_URL
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    knowledge_dir: Path = KNOWLEDGE_DIR
    reminder_tick_seconds: float = 30.0
    reminder_grace_minutes: int = 120
    default_reminder_time: str = "20:00"

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("default_timezone")
    @classmethod
    def _valid_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo

        ZoneInfo(value)  # raises on an unknown name
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
