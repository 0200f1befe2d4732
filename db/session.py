"""Engine and session factory. SQLite gets WAL, a busy timeout and foreign keys on every connection;
PostgreSQL (asyncpg) a connect timeout and a per-statement timeout, so a hanging database turns into a
quick error instead of a hang. SQL parameters (message text) never appear in exception text or logs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

SQLITE_BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_SECONDS = 5.0
STATEMENT_TIMEOUT_SECONDS = 10.0


def _ensure_sqlite_dir(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def sqlite_folder(url: str) -> Path | None:
    """The folder of an SQLite database file (None for other backends and in-memory databases)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database).expanduser().resolve().parent
    return None


def create_engine(
    url: str,
    *,
    connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
    statement_timeout: float | None = None,
    **kwargs,
) -> AsyncEngine:
    _ensure_sqlite_dir(url)
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    kwargs.setdefault("hide_parameters", True)
    if not is_sqlite:
        # No pre-ping (a round trip per checkout): a connection that went stale fails as a transient
        # error, is invalidated, and the intake handles the update again.
        kwargs.setdefault("pool_timeout", connect_timeout + (statement_timeout or STATEMENT_TIMEOUT_SECONDS))
        connect_args = dict(kwargs.pop("connect_args", {}))
        if make_url(url).get_driver_name() == "asyncpg":
            connect_args.setdefault("timeout", connect_timeout)
            if statement_timeout:
                connect_args.setdefault("command_timeout", statement_timeout)
        kwargs["connect_args"] = connect_args
    engine = create_async_engine(url, **kwargs)
    if is_sqlite:

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    return engine


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def ping(engine: AsyncEngine) -> bool:
    """True when the database answers a trivial query."""
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
    return True
