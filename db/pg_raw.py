"""The hot statements of a stored update under PostgreSQL, on the asyncpg connection itself (a connection
of the engine's pool, in autocommit: db.unit_of_work): storing updates in the inbox, reading the user,
the tombstone and the recent days' sums in ONE query, and the done mark with the meal's entries in ONE
statement. asyncpg prepares each once per connection (its statement cache); no SQLAlchemy compile,
result or session machinery per call, which costs several times the statement itself.

The other statements, and everything under SQLite, stay on SQLAlchemy (db.inbox, db.repositories,
db.supplements); these are the same queries, written for asyncpg's numbered parameters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import make_transient_to_detached

from db.errors import EntriesStoredAlready
from db.models import Entry, ForgottenUser, User

_STORE = """
    INSERT INTO inbox (update_id, payload, received_at, sender_id, attempts)
    SELECT u, p, $4, s, 0 FROM unnest($1::bigint[], $2::text[], $3::bigint[]) AS t(u, p, s)
    ON CONFLICT (update_id) DO NOTHING
    RETURNING update_id
"""


async def store_updates(conn, updates: Sequence[tuple], now: datetime) -> set[int]:
    """Insert (update_id, payload[, sender id]) rows, one statement whatever their number (the rows go
    as arrays); returns the ids that were new."""
    ids, payloads, senders = [], [], []
    for row in updates:
        ids.append(row[0])
        payloads.append(row[1])
        senders.append(row[2] if len(row) > 2 else None)
    return {record[0] for record in await conn.fetch(_STORE, ids, payloads, senders, now)}


_USER_COLUMNS = [c.name for c in User.__table__.c]
_NEW_USER = User.__mapper__.class_manager.new_instance  # an instance with its state, no __init__
_USER_DECORATED = [(c.name, c.type) for c in User.__table__.c if hasattr(c.type, "impl")]
_FORGOTTEN_AT = ForgottenUser.__table__.c.forgotten_at.type
_SUMS = """
    SELECT local_date,
           COALESCE(SUM(magnesium_mg) FILTER (WHERE kind = 'food'), 0.0),
           COALESCE(SUM(magnesium_mg) FILTER (WHERE kind = 'supplement'), 0.0),
           COALESCE(SUM(calcium_mg) FILTER (WHERE kind = 'food'), 0.0),
           COALESCE(SUM(calcium_mg) FILTER (WHERE kind = 'supplement'), 0.0),
           COUNT(id) FILTER (WHERE calcium_mg IS NULL),
           COALESCE(SUM(vitamin_d_ug) FILTER (WHERE kind = 'food'), 0.0),
           COALESCE(SUM(vitamin_d_ug) FILTER (WHERE kind = 'supplement'), 0.0),
           COUNT(id) FILTER (WHERE vitamin_d_ug IS NULL)
    FROM entries WHERE user_id = u.id AND local_date BETWEEN $2 AND $3
    GROUP BY local_date
"""
DAY_SUMS = _SUMS.replace("user_id = u.id", "user_id = $1")  # the same sums of a user, alone
# One row per day with entries (at least one row: the user and the tombstone, when neither exists).
_USER_TOMBSTONE_DAYS = f"""
    SELECT {", ".join(f"u.{name}" for name in _USER_COLUMNS)}, f.forgotten_at, f.last_message_id, s.*
    FROM (SELECT $1::bigint AS telegram_id) AS w
    LEFT JOIN users AS u ON u.telegram_id = w.telegram_id
    LEFT JOIN forgotten_users AS f ON f.telegram_id = w.telegram_id
    LEFT JOIN LATERAL ({_SUMS}) AS s ON true
"""
PREFETCH_BEFORE, PREFETCH_AFTER = timedelta(days=2), timedelta(days=1)  # around today's UTC date


def prefetch_range(today_utc: date) -> tuple[date, date]:
    """The days read with the user: every time zone's today and yesterday."""
    return today_utc - PREFETCH_BEFORE, today_utc + PREFETCH_AFTER


async def user_tombstone_days(conn, dialect, telegram_id: int, start: date, end: date):
    """(user or None, (forgotten_at, last_message_id) or None, {day: the 8 sums}) in one query. The user
    is a detached ORM instance, as if loaded (the caller adds it to its session: no SQL)."""
    rows = await conn.fetch(_USER_TOMBSTONE_DAYS, telegram_id, start, end)
    first = rows[0]
    width = len(_USER_COLUMNS)
    user = None
    if first[0] is not None:
        values = dict(zip(_USER_COLUMNS, first, strict=False))
        for name, kind in _USER_DECORATED:  # the few columns a TypeDecorator reads (found once)
            values[name] = kind.process_result_value(values[name], dialect)
        # built as the ORM's loader builds a row's instance: the values straight into its dict (the
        # constructor would fire an attribute event per column), then made persistent-detached
        user = _NEW_USER()
        user.__dict__.update(values)
        make_transient_to_detached(user)
    tombstone = None
    if first[width] is not None:
        forgotten_at = _FORGOTTEN_AT.process_result_value(first[width], dialect)
        tombstone = (forgotten_at, first[width + 1])
    days = {row[width + 2]: tuple(row[width + 3 :]) for row in rows if row[width + 2] is not None}
    return user, tombstone, days


_ENTRY_COLUMNS = [c.name for c in Entry.__table__.c if c.name != "id"]
_PG_TYPES = {"Date": "date", "UTCDateTime": "timestamptz", "Text": "text", "String": "text"}
_PG_TYPES |= {"Float": "double precision", "BigInteger": "bigint", "Integer": "integer"}
_ENTRY_RECORD = ", ".join(
    f"{c.name} {_PG_TYPES[type(c.type).__name__]}" for c in Entry.__table__.c if c.name != "id"
)
_ENTRY_NAMES = ", ".join(_ENTRY_COLUMNS)
# The done mark, the update's entries and the replies of earlier updates marked sent: ONE statement (one
# implicit transaction, atomic). The entries are written only when the done mark is (a row done already,
# or held for a retry, writes nothing). A source (chat, message, item) stored already (the message's edit
# was handled first) is a clash: the reply counted that item as new, so nothing is written and the caller
# handles the update again on the ordinary transaction (which sums after writing).
_FINISH_WITH_ENTRIES = f"""
    WITH given AS (
        SELECT {_ENTRY_NAMES} FROM jsonb_to_recordset($5::jsonb) AS r({_ENTRY_RECORD})
    ), clash AS (
        SELECT 1 FROM entries AS e JOIN given AS g
          ON e.chat_id = g.chat_id AND e.message_id = g.message_id AND e.item_index = g.item_index
        LIMIT 1
    ), done AS (
        UPDATE inbox SET done_at = $1, outcome = 'handled', claimed_until = NULL,
                         attempts = attempts + 1, replies = $2
        WHERE update_id = $3 AND done_at IS NULL AND (claimed_until IS NULL OR claimed_until < $1)
          AND NOT EXISTS (SELECT 1 FROM clash)
        RETURNING update_id
    ), sent AS (
        UPDATE inbox SET replies = NULL
        WHERE update_id = ANY($4::bigint[]) AND update_id <> $3 AND EXISTS (SELECT 1 FROM done)
    ), added AS (
        INSERT INTO entries ({_ENTRY_NAMES})
        SELECT {_ENTRY_NAMES} FROM given WHERE EXISTS (SELECT 1 FROM done)
        ON CONFLICT (chat_id, message_id, item_index) DO NOTHING
    )
    SELECT EXISTS (SELECT 1 FROM done), EXISTS (SELECT 1 FROM clash)
"""


def _json_value(value: Any):
    """The JSON encoder's fallback: called only for the values it cannot encode itself (dates, times)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


async def finish_with_entries(
    conn, update_id: int, now: datetime, replies: str | None, sent: Sequence[int], entries: list[dict]
) -> bool:
    """True when the row was marked done (with the entries); False when it is done already or held for a
    retry (nothing written); raises EntriesStoredAlready on a clash (nothing written)."""
    encoded = json.dumps(entries, default=_json_value)
    marked, clash = await conn.fetchrow(_FINISH_WITH_ENTRIES, now, replies, update_id, list(sent), encoded)
    if clash:
        raise EntriesStoredAlready(update_id)
    return marked


# The intake's background statements (each process runs them every few seconds whatever the load, and the
# replies' sent marks about once a second under load): on asyncpg too, in autocommit. The claims of
# unsent replies and of due outbox replies look first, in one cheap query, whether there is anything to
# take; only then does the caller take the ordinary transaction.
_REPLIES_SENT = "UPDATE inbox SET replies = NULL WHERE update_id = ANY($1::bigint[])"
# A process renews its hold on the replies it is still sending (done_at is the start of the replies'
# lease: the sweep takes only replies whose done_at is older than a lease).
_HOLD_REPLIES = "UPDATE inbox SET done_at = $1 WHERE update_id = ANY($2::bigint[]) AND replies IS NOT NULL"
_CLAIMABLE = """
    SELECT update_id FROM inbox
    WHERE done_at IS NULL AND (claimed_until IS NULL OR claimed_until < $1)
      AND ($2::timestamptz IS NULL OR claimed_until IS NOT NULL OR received_at < $2)
    ORDER BY update_id LIMIT $3
"""
_ANYTHING_TO_RESEND = """
    SELECT EXISTS (SELECT 1 FROM inbox WHERE replies IS NOT NULL AND done_at < $1),
           EXISTS (SELECT 1 FROM outbox WHERE next_attempt_at <= $2)
"""


async def replies_sent(conn, update_ids: Sequence[int]) -> None:
    await conn.execute(_REPLIES_SENT, list(update_ids))


async def hold_replies(conn, update_ids: Sequence[int], now: datetime) -> None:
    await conn.execute(_HOLD_REPLIES, now, list(update_ids))


async def claimable_ids(conn, now: datetime, limit: int, received_before: datetime | None) -> list[int]:
    return [record[0] for record in await conn.fetch(_CLAIMABLE, now, received_before, limit)]


async def anything_to_resend(conn, done_before: datetime, now: datetime) -> tuple[bool, bool]:
    """(replies of handled updates never marked sent, outbox replies due)."""
    unsent, due = await conn.fetchrow(_ANYTHING_TO_RESEND, done_before, now)
    return bool(unsent), bool(due)
