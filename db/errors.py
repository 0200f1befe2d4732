"""Which database errors are worth retrying."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

_TRANSIENT_NAMES = {
    "QueryCanceledError",  # asyncpg: statement timeout
    "ConnectionDoesNotExistError",
    "CannotConnectNowError",
    "TooManyConnectionsError",
    "InterfaceError",
    "OperationalError",  # SQLite: database is locked; PostgreSQL: connection trouble
}


def is_transient(exc: BaseException) -> bool:
    """The database was unreachable, busy or too slow: the same work may well succeed later. Follows the
    exception's cause chain; an error of another kind (e.g. Telegram's) somewhere up the chain is not."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if type(current).__module__.startswith("telegram"):
            return False
        if isinstance(current, PoolTimeout | TimeoutError | ConnectionError):
            return True
        if isinstance(current, DBAPIError) and current.connection_invalidated:
            return True
        if type(current).__name__ in _TRANSIENT_NAMES:
            return True
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else (current.__cause__ or current.__context__)
    return False


class EntriesStoredAlready(Exception):
    """An update's deferred entries (db.unit_of_work) found their sources stored already, so the reply built
    with them counted those items twice: nothing was written; handle the update again on the ordinary
    transaction (`IntakeService.handle(..., fast=False)`)."""
