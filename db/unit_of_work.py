"""One unit of work per incoming update: one `AsyncSession` and one transaction, from the inbox claim
through every effect to the done mark.

`UnitOfWork` stands where the use cases used to hold an `async_sessionmaker`: `async with uow() as s`
and `async with uow.begin() as s` behave as before (a session of their own; `begin` commits at the end)
— unless a unit is open in the current task (`async with uow.unit() as unit`). Then both hand out the
unit's session and leave the transaction to the unit: several use cases called for one update share one
session and one transaction, and the owner of the unit (bot.usecases.intake) commits once, the done mark
included, or rolls everything back. An exception escaping a joined block marks the unit failed, so it
is rolled back even when a caller further up swallowed the exception.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


@dataclass
class Unit:
    session: AsyncSession
    update_id: int | None = None  # the inbox row the unit handles (/forget deletes the rows before it)
    failed: bool = False


_CURRENT: ContextVar[Unit | None] = ContextVar("magbot_unit_of_work", default=None)


def in_update_unit() -> bool:
    """True inside the unit of work of a stored update: its effects commit with its done mark, so it runs
    to a commit at most once and a use case need not look for what an earlier run of it stored."""
    unit = _CURRENT.get()
    return unit is not None and unit.update_id is not None


class UnitOfWork:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    @staticmethod
    def current() -> Unit | None:
        return _CURRENT.get()

    @contextlib.asynccontextmanager
    async def _joined(self, unit: Unit) -> AsyncIterator[AsyncSession]:
        try:
            yield unit.session
        except BaseException:
            unit.failed = True
            raise

    def __call__(self):
        """A session; inside a unit, the unit's (commit is the unit's business: use `begin`)."""
        unit = _CURRENT.get()
        return self.sessionmaker() if unit is None else self._joined(unit)

    def begin(self):
        """A session in a transaction committed at the end; inside a unit, the unit's session and
        transaction."""
        unit = _CURRENT.get()
        return self.sessionmaker.begin() if unit is None else self._joined(unit)

    @contextlib.asynccontextmanager
    async def unit(self, update_id: int | None = None) -> AsyncIterator[Unit]:
        """Open a unit for the current task: committed when the block ends normally and nothing inside
        failed, rolled back otherwise (`unit.failed = True` asks for a rollback without raising)."""
        if _CURRENT.get() is not None:
            raise RuntimeError("a unit of work is already open in this task")
        async with self.sessionmaker() as session:
            unit = Unit(session, update_id)
            token = _CURRENT.set(unit)
            try:
                await session.begin()
                try:
                    yield unit
                except BaseException:
                    await session.rollback()
                    raise
                if unit.failed:
                    await session.rollback()
                else:
                    await session.commit()
            finally:
                _CURRENT.reset(token)
