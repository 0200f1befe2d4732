"""One unit of work per incoming update: one `AsyncSession` and one transaction, from the inbox claim
through every effect to the done mark.

`UnitOfWork` stands where the use cases used to hold an `async_sessionmaker`: `async with uow() as s`
and `async with uow.begin() as s` behave as before (a session of their own; `begin` commits at the end)
— unless a unit is open in the current task (`async with uow.unit() as unit`). Then both hand out the
unit's session and leave the transaction to the unit: several use cases called for one update share one
session and one transaction, and the owner of the unit (bot.usecases.intake) commits once, the done mark
included, or rolls everything back. An exception escaping a joined block marks the unit failed, so it
is rolled back even when a caller further up swallowed the exception.

Under PostgreSQL a unit of a stored update saves round trips (each costs more CPU than the work it
carries): it opens no transaction until it must. Its reads (the user, the tombstone and the recent days'
sums, one query) run on an asyncpg connection of the pool in autocommit (`raw_reads`, db.pg_raw: no
SQLAlchemy machinery per statement), and the entries of a meal wait in the unit (`defer_entries`) to be
written with the done mark, in ONE statement on that connection (db.inbox): one statement is one transaction, atomic, with no
BEGIN and COMMIT round trips. Any other statement on the unit's session first writes the waiting entries
and begins the ordinary transaction, which the done mark then ends: the fast path is only taken when the
update wrote nothing else. SQLite keeps the ordinary transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

EntryWriter = Callable[[AsyncSession, list[dict[str, Any]]], Awaitable[Any]]


@dataclass
class Unit:
    session: AsyncSession
    update_id: int | None = None  # the inbox row the unit handles (/forget deletes the rows before it)
    failed: bool = False
    deferring: bool = False  # PostgreSQL: reads in autocommit on `raw` while `session` has begun nothing
    raw: Any = None  # the asyncpg connection of `pooled` (a connection of the engine's pool)
    pooled: Any = None
    engine: Any = None
    entries: list[dict[str, Any]] = field(default_factory=list)  # waiting to be written (defer_entries)
    write_entries: EntryWriter | None = None
    info: dict[str, Any] = field(default_factory=dict)  # what the unit's raw reads found (db.repositories)

    @property
    def reads(self) -> bool:
        """True while the unit reads (and may finish) on its autocommit raw connection."""
        return self.deferring

    async def raw_connection(self):
        """The asyncpg connection the unit reads on in autocommit (taken from the pool on first use)."""
        if self.raw is None:
            self.pooled = await self.engine.raw_connection()
            self.raw = self.pooled.driver_connection
        return self.raw

    def raw_failed(self) -> None:
        """The raw connection failed: not back to the pool (it may be broken or mid-statement)."""
        if self.pooled is not None:
            pooled, self.pooled, self.raw = self.pooled, None, None
            pooled.invalidate()

    async def on_raw(self, run: Callable[[Any], Awaitable[Any]]) -> Any:
        """`run(connection)` on the raw connection; one that fails is invalidated, not pooled again."""
        connection = await self.raw_connection()
        try:
            return await run(connection)
        except BaseException:
            self.raw_failed()
            raise

    async def close_reads(self) -> None:
        """Give the raw connection back; from now on the unit reads and writes on `session`."""
        self.deferring = False
        self.info.clear()
        if self.pooled is not None:
            pooled, self.pooled, self.raw = self.pooled, None, None
            pooled.close()  # no transaction was begun on it: returned without a round trip

    def untouched(self) -> bool:
        """True while the unit's session has taken no connection (begun no transaction in the database)
        and holds no pending ORM change."""
        # (the sets behind `session.new`, `.dirty` and `.deleted`, which build a fresh IdentitySet of
        # objects per call: this runs several times per update)
        sync = self.session.sync_session
        return not (_connected(self.session) or sync._new or sync._deleted or sync.identity_map._modified)

    async def write_waiting(self) -> None:
        """Write the waiting entries on the unit's session (it begins the ordinary transaction)."""
        if self.entries and self.write_entries is not None:
            rows, self.entries = self.entries, []
            await self.write_entries(self.session, rows)


_CURRENT: ContextVar[Unit | None] = ContextVar("magbot_unit_of_work", default=None)


def _connected(session: AsyncSession) -> bool:
    """Whether the session holds a connection (has begun a transaction in the database). (A session event
    would say so too, but any listener slows every operation of every session of its class.)"""
    transaction = session.sync_session.get_transaction()
    return transaction is not None and bool(transaction._connections)


def _unit_of(session: AsyncSession) -> Unit | None:
    unit = _CURRENT.get()
    return unit if unit is not None and unit.session is session else None


def raw_reads(session: AsyncSession) -> Unit | None:
    """The unit whose autocommit raw connection `session` (the unit's) reads on while it has begun no
    transaction (what it reads was committed before; entries waiting in the unit are not in it), else None
    (read on `session`)."""
    unit = _unit_of(session)
    if unit is None or not unit.deferring or not unit.untouched():
        return None
    return unit


def adopt(session: AsyncSession, instance) -> None:
    """An ORM object built from a raw read (detached, as if loaded) joins the unit's session: changes to
    it are then written by the unit, as if it had been read there; no SQL."""
    if instance is not None:
        session.add(instance)


def waiting_entries(session: AsyncSession) -> list[dict[str, Any]]:
    """Entries deferred in the unit of `session` and not written yet (their sums count all the same)."""
    unit = _unit_of(session)
    return unit.entries if unit is not None else []


def defer_entries(session: AsyncSession, rows: list[dict[str, Any]], writer: EntryWriter) -> bool:
    """Keep entry rows in the unit to be written with its done mark; False (the caller writes them now)
    outside a deferring unit or once its transaction has begun."""
    unit = _unit_of(session)
    if unit is None or not unit.deferring or not unit.untouched():
        return False
    unit.entries.extend(rows)
    unit.write_entries = writer
    return True


def fast_finish(session: AsyncSession) -> Unit | None:
    """The unit whose done mark may carry its waiting entries in one autocommit statement (nothing else
    was written), else None (the caller writes on `session`, which writes the waiting entries first)."""
    unit = _unit_of(session)
    if unit is None or not unit.deferring or not unit.untouched():
        return None
    return unit


class _UnitSession(AsyncSession):
    """The session of a unit. Before any statement on it: the unit's autocommit read session gives its
    connection back (a unit holds one connection at a time, so a full pool cannot deadlock), and the
    entries waiting in the unit are written (in the transaction this statement begins)."""

    async def _before(self) -> None:
        unit = _CURRENT.get()
        if unit is None or unit.session is not self:
            return
        if unit.deferring and not _connected(self):
            await unit.close_reads()
        if unit.entries:
            await unit.write_waiting()


def _guarded(name: str):
    method = getattr(AsyncSession, name)

    async def guarded(self, *args, **kwargs):
        await self._before()
        return await method(self, *args, **kwargs)

    guarded.__name__ = name
    guarded.__doc__ = method.__doc__
    return guarded


for _name in (
    "execute",
    "scalar",
    "scalars",
    "get",
    "get_one",
    "flush",
    "refresh",
    "stream",
    "stream_scalars",
    "merge",
    "delete",
    "connection",
    "run_sync",
    "commit",
):
    setattr(_UnitSession, _name, _guarded(_name))


def in_update_unit() -> bool:
    """True inside the unit of work of a stored update: its effects commit with its done mark, so it runs
    to a commit at most once and a use case need not look for what an earlier run of it stored."""
    unit = _CURRENT.get()
    return unit is not None and unit.update_id is not None


class UnitOfWork:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker
        bind = sessionmaker.kw.get("bind")
        self.engine = bind
        self._unit_maker = async_sessionmaker(class_=_UnitSession, **sessionmaker.kw)
        # Autocommit by the driver's own switch on a connection of the one pool (an engine with the
        # isolation level as an execution option costs an event dispatch on every statement).
        self._autocommit = getattr(getattr(bind, "dialect", None), "driver", None) == "asyncpg"

    async def _autocommit_session(self) -> tuple[AsyncSession, Any]:
        session = self.sessionmaker()
        connection = await session.connection()
        driver = (await connection.get_raw_connection()).dbapi_connection
        driver.autocommit = True  # before any statement: the driver begins nothing
        return session, driver

    @property
    def raw_available(self) -> bool:
        """Whether `on_raw` runs statements on asyncpg itself (PostgreSQL), in autocommit."""
        return self._autocommit

    async def on_raw(self, run: Callable[[Any], Awaitable[Any]]) -> Any:
        """`run(asyncpg connection)` on a connection of the engine's pool, in autocommit (each statement
        its own transaction); a connection whose statement failed is invalidated."""
        pooled = await self.engine.raw_connection()
        try:
            result = await run(pooled.driver_connection)
        except BaseException:
            pooled.invalidate()
            raise
        pooled.close()
        return result

    @contextlib.asynccontextmanager
    async def single_statement(self) -> AsyncIterator[AsyncSession]:
        """A session for ONE statement: under PostgreSQL (asyncpg) in autocommit (the statement is its
        own transaction: no BEGIN/COMMIT round trips), else in a transaction committed at the end."""
        if not self._autocommit:
            async with self.sessionmaker.begin() as session:
                yield session
            return
        session, driver = await self._autocommit_session()
        try:
            yield session
        finally:
            driver.autocommit = False
            await session.close()

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
    async def unit(self, update_id: int | None = None, *, defer: bool = True) -> AsyncIterator[Unit]:
        """Open a unit for the current task: committed when the block ends normally and nothing inside
        failed, rolled back otherwise (`unit.failed = True` asks for a rollback without raising). `defer`
        False: the ordinary transaction even under PostgreSQL."""
        if _CURRENT.get() is not None:
            raise RuntimeError("a unit of work is already open in this task")
        deferring = update_id is not None and self._autocommit and defer
        async with self._unit_maker() as session:
            unit = Unit(session, update_id, deferring=deferring, engine=self.engine)
            if not deferring:
                await session.begin()
            token = _CURRENT.set(unit)
            try:
                try:
                    yield unit
                except BaseException:
                    unit.entries.clear()
                    await session.rollback()
                    raise
                if unit.failed:
                    unit.entries.clear()
                    await session.rollback()
                elif not (unit.deferring and not unit.entries and unit.untouched()):
                    # (a unit that read in autocommit and wrote with its done mark has begun nothing on
                    # its session and has nothing waiting: no commit to make, and none of its cost)
                    await session.commit()
            finally:
                _CURRENT.reset(token)
                await unit.close_reads()
