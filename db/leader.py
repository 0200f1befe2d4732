"""One leader among several bot processes on one PostgreSQL database: a session-level advisory lock held
on a dedicated connection. When the holder dies its connection closes, PostgreSQL releases the lock, and
the next `hold()` of another process takes it. On SQLite a single process is assumed: it always leads."""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)

NUDGE_LOCK_KEY = 0x6D61_6762  # "magb": the nudge dispatcher's advisory lock


class AdvisoryLease:
    def __init__(self, engine: AsyncEngine, key: int = NUDGE_LOCK_KEY) -> None:
        self.engine = engine
        self.key = key
        self._connection: AsyncConnection | None = None

    @property
    def shared(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def held(self) -> bool:
        return self._connection is not None or not self.shared

    async def hold(self) -> bool:
        """True when this process leads now: keeps the lock it has (checking its connection is alive) or
        tries to take it without waiting."""
        if not self.shared:
            return True
        if self._connection is not None:
            try:
                await self._connection.execute(text("SELECT 1"))
                await self._connection.commit()
                return True
            except Exception as exc:  # noqa: BLE001 - the connection (and with it the lock) is gone
                log.warning("nudge leadership lost (%s)", type(exc).__name__)
                await self._discard()
        connection = await self.engine.connect()
        try:
            taken = await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key})
            await connection.commit()
        except Exception:
            await connection.close()
            raise
        if not taken:
            await connection.close()
            return False
        self._connection = connection
        log.info("this process now dispatches the nudges")
        return True

    async def release(self) -> None:
        if self._connection is None:
            return
        try:
            await self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
            await self._connection.commit()
        except Exception as exc:  # noqa: BLE001 - closing the connection releases it as well
            log.warning("could not release the nudge lock cleanly (%s)", type(exc).__name__)
        await self._discard()

    async def _discard(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                await connection.close()
            except Exception:  # noqa: BLE001 - already broken
                await connection.invalidate()
