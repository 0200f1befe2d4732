"""Daily-nudge benchmarks.

1. Due selection over 100,000 users with reminders across 30 time zones (temp SQLite; PostgreSQL too with
   ``--postgres URL``): the tick's claim-candidate query (grace window, LIMIT batch), the full due set, and
   the operator's dry run (exact minute, with texts). Median of several runs; the query plan is printed.
   Target: <= 50 ms.
2. Dispatch of ``--count`` nudges (default 3,000) through a real PTB ``Bot`` with ``AIORateLimiter`` to the
   fake Bot API enforcing 30 messages per sliding second: achieved rate as a fraction of 30/s (target
   >= 95%) and the number of 429 answers (target 0). Includes the real claim / mark-sent DB work.

    .venv/bin/python benchmarks/bench_nudges.py [--users 100000] [--count 3000] [--postgres URL]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import insert, text  # noqa: E402

from bot.domain.reminders import due_windows  # noqa: E402
from bot.usecases.nudges import NudgeService  # noqa: E402
from db import migrate  # noqa: E402
from db.models import User  # noqa: E402
from db.reminders import ReminderRepository  # noqa: E402
from db.session import create_engine, make_sessionmaker  # noqa: E402

ZONES = [
    "UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Kyiv", "Europe/Moscow",
    "Africa/Lagos", "Africa/Cairo", "Africa/Johannesburg", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata",
    "Asia/Kathmandu", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney",
    "Australia/Adelaide", "Pacific/Auckland", "Pacific/Kiritimati", "Pacific/Honolulu", "America/Anchorage",
    "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York", "America/Sao_Paulo",
    "America/St_Johns",
]  # fmt: skip
AT = datetime(2026, 11, 26, 19, 0, 10, tzinfo=UTC)
CREATED = datetime(2026, 1, 1, tzinfo=UTC)


DISTRIBUTION = "clustered"


def _minute(rng: random.Random) -> int:
    """clustered: half at the default 20:00, the rest on quarter hours 06:00-23:00 (a pessimistic burst);
    uniform: any minute of the day."""
    if DISTRIBUTION == "uniform":
        return rng.randrange(1440)
    if rng.random() < 0.5:
        return 20 * 60
    return rng.randrange(6 * 4, 23 * 4) * 15


async def seed(engine, users: int, *, all_due_at: datetime | None = None, id_base: int = 10**9) -> None:
    rng = random.Random(42)
    rows = []
    for i in range(users):
        if all_due_at is not None:
            zone, minute = "Europe/Berlin", 20 * 60  # AT is 20:00 in Berlin
        else:
            zone, minute = ZONES[i % len(ZONES)], _minute(rng)
        rows.append(
            {
                "telegram_id": id_base + i,
                "timezone": zone,
                "reminder_minute": minute,
                "nudge_when_met": "quiet",
                "created_at": CREATED,
            }
        )
    async with engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            await conn.execute(insert(User), rows[start : start + 5000])
    async with engine.begin() as conn:
        await conn.execute(text("ANALYZE"))


async def _median_ms(fn, runs: int = 9) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = await fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


async def bench_selection(engine, label: str, users: int) -> None:
    t0 = time.perf_counter()
    await seed(engine, users)
    print(f"[{label}] seeded {users:,} users in {time.perf_counter() - t0:.1f} s")
    sessionmaker = make_sessionmaker(engine)
    service = NudgeService(sessionmaker)

    async def zones():
        async with sessionmaker() as session:
            return await ReminderRepository(session).timezones_in_use()

    async def tick_candidates(limit=300):
        async with sessionmaker() as session:
            repo = ReminderRepository(session)
            windows = due_windows(AT, await repo.timezones_in_use(), 120)
            return await repo.due(windows, free_at=AT, limit=limit, lock=False)

    async def all_due():
        return await tick_candidates(limit=None)

    async def exact():
        async with sessionmaker() as session:
            repo = ReminderRepository(session)
            return await repo.due(due_windows(AT, await repo.timezones_in_use(), 0, exact=True))

    ms, z = await _median_ms(zones)
    print(f"[{label}] time zones in use (loose index scan): {len(z)} zones, median {ms:.2f} ms")
    ms, rows = await _median_ms(tick_candidates)
    print(f"[{label}] tick due selection (grace 120 min, LIMIT 300): {len(rows)} rows, median {ms:.2f} ms")
    ms, rows = await _median_ms(all_due)
    print(f"[{label}] all due in the grace window (no LIMIT): {len(rows):,} rows, median {ms:.2f} ms")
    ms, rows = await _median_ms(exact)
    print(f"[{label}] dry-run selection (exact minute): {len(rows):,} rows, median {ms:.2f} ms")
    ms, due = await _median_ms(lambda: service.preview_due(AT), runs=3)
    print(f"[{label}] dry run incl. totals and texts: {len(due):,} nudges, median {ms:.1f} ms")

    for name, grace, exact_minute, limit in (("tick", 120, False, 300), ("dry run", 0, True, None)):
        async with sessionmaker() as session:
            repo = ReminderRepository(session)
            windows = due_windows(AT, await repo.timezones_in_use(), grace, exact=exact_minute)
            statement = repo.due_statement(windows, free_at=AT if limit else None, limit=limit)
            compiled = statement.compile(engine.sync_engine, compile_kwargs={"literal_binds": True})
            explain = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
            plan = (await session.execute(text(explain + str(compiled)))).all()
        lines = [str(row[-1])[:150] for row in plan]
        uses_index = any("ix_users_reminder_due" in line for line in lines)
        print(f"[{label}] {name} query plan ({len(windows)} zone windows), index used: {uses_index}")
        for line in lines[:4]:
            print("    " + line)


async def bench_dispatch(count: int, rate: float, period: float) -> None:
    from telegram.ext import AIORateLimiter, ExtBot

    sys.path.insert(0, str(REPO / "tests"))
    from fake_bot_api import FakeBotAPI

    from bot.adapters.tg.nudges import run_tick

    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(tmp) / 'dispatch.db'}")
        await migrate.upgrade(engine)
        await seed(engine, count, all_due_at=AT)
        service = NudgeService(make_sessionmaker(engine), now=lambda: AT)
        api = FakeBotAPI(rate_limit_per_second=30)
        await api.start()
        limiter = AIORateLimiter(overall_max_rate=rate, overall_time_period=period)
        try:
            async with ExtBot(api.token, base_url=api.base_url, rate_limiter=limiter) as bot:
                t0 = time.perf_counter()
                stats = await run_tick(bot, service)
                elapsed = time.perf_counter() - t0
        finally:
            await api.stop()
            await engine.dispose()
    sent = len(api.sent())
    achieved = sent / elapsed
    print(
        f"[dispatch] {sent:,}/{count:,} nudges in {elapsed:.1f} s = {achieved:.2f} msg/s "
        f"= {achieved / 30:.1%} of 30/s; 429 answers: {api.count_429}; "
        f"stats: sent={stats.sent} failed={stats.failed} blocked={stats.blocked} expired={stats.expired} "
        f"(AIORateLimiter overall_max_rate={rate}, overall_time_period={period:.5f})"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--count", type=int, default=3000, help="nudges to dispatch (0 = skip)")
    parser.add_argument("--postgres", help="also benchmark selection on this PostgreSQL URL (temp schema)")
    parser.add_argument("--rate", type=float, default=1.0, help="AIORateLimiter overall_max_rate")
    parser.add_argument("--period", type=float, default=1 / 29.8, help="AIORateLimiter overall_time_period")
    parser.add_argument("--distribution", choices=["clustered", "uniform"], default="clustered")
    args = parser.parse_args()
    global DISTRIBUTION
    DISTRIBUTION = args.distribution
    print(f"reminder minutes: {DISTRIBUTION}")

    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        await migrate.upgrade(engine)
        try:
            await bench_selection(engine, "sqlite", args.users)
        finally:
            await engine.dispose()

    if args.postgres:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(args.postgres)
        async with admin.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine = create_engine(args.postgres, connect_args={"server_settings": {"search_path": schema}})
        try:
            await migrate.upgrade(engine)
            await bench_selection(engine, "postgresql", args.users)
        finally:
            await engine.dispose()
            async with admin.begin() as conn:
                await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            await admin.dispose()

    if args.count:
        await bench_dispatch(args.count, args.rate, args.period)


if __name__ == "__main__":
    asyncio.run(main())
