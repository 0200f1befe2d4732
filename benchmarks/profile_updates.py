"""Deterministic in-process CPU profile of message handling: `MagnesiumService.handle_text` and the rendered
reply for N varied meal texts (the texts `make bench-replicas` sends with BENCH_TEXTS=varied, in the same
order), 50 users, on a fresh SQLite database, under cProfile with a CPU-time clock. Prints function calls
and CPU ms per update and the top functions; the reply texts can be written out to check that a change
leaves every reply identical (diff two runs' files).

`--database-url postgresql+asyncpg://...` (a database of its own: its tables are emptied first) profiles
each update as the bot handles it, through the intake: stored in the inbox, handled in its unit of work
with the done mark, its reply marked sent with the next update's done mark (the DB path under
PostgreSQL: raw reads, entries written with the done mark). `--db-only`: print the share of the CPU
spent in SQLAlchemy, the drivers and db/. `--warm N`: the first N updates
run unprofiled (with N = 50 every user exists when profiling starts: the steady state).

Usage: python benchmarks/profile_updates.py [--count N] [--replies FILE] [--stats FILE] [--top K]
       [--sort tottime|cumtime] [--database-url URL] [--db-only] [--warm N]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

USERS = 50
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


async def through_intake(services, intake, update_id: int, user: int, text: str, sent: list[int]):
    """Store the update, handle it in its unit of work with the done mark (the replies of the update
    before it marked sent in the same statement), as the webhook intake does."""
    import json

    from bot.texts import messages as t

    await intake.store_new([(update_id, json.dumps({"update_id": update_id, "text": text}), user)])
    replies = []

    async def process():
        outcome = await services.magnesium.handle_text(user, user, update_id, text, NOW)
        replies.append(t.outcome_reply(outcome))
        return True, json.dumps([replies[-1].text])

    outcome = await intake.handle(update_id, process, replies_sent=list(sent))
    assert outcome == "handled", outcome
    sent[:] = [update_id]
    return replies[-1]


def db_share(stats: pstats.Stats) -> None:
    """CPU share by layer: SQLAlchemy, the drivers, db/, asyncio, the rest."""
    shares: dict[str, float] = {}
    for (path, _line, _name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        layer = next(
            (k for k in ("sqlalchemy", "asyncpg", "aiosqlite", "asyncio") if f"/{k}/" in path or k in path),
            "db/" if f"{ROOT}/db/" in path else "other",
        )
        shares[layer] = shares.get(layer, 0.0) + own
    total = sum(shares.values()) or 1.0
    print("  ".join(f"{k} {100 * v / total:.1f}%" for k, v in sorted(shares.items(), key=lambda kv: -kv[1])))


async def run(args: argparse.Namespace) -> list[str]:
    from bench_replicas import varied_texts

    from bot.adapters.bootstrap import build_services
    from bot.config import Settings
    from bot.texts import messages as t

    texts = varied_texts(USERS * 20)[: args.count]
    url = args.database_url or f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/p.db"
    services = await build_services(Settings(_env_file=None, database_url=url), now=lambda: NOW)
    intake = None
    if args.database_url:
        from sqlalchemy import text as sql

        from bot.usecases.intake import IntakeService

        async with services.engine.begin() as connection:
            tables = "entries, pending_choices, inbox, outbox, forgotten_users, users"
            await connection.execute(sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))  # same ids each run
        intake = IntakeService(services.magnesium.ctx.sessionmaker)
    sent: list[int] = []
    replies: list[str] = []
    profiler = cProfile.Profile(time.process_time)
    started = time.process_time()
    try:
        for number, text in enumerate(texts):
            user = 1_000 + number % USERS
            profiling = number >= args.warm
            if profiling:
                profiler.enable()
            if intake is None:
                outcome = await services.magnesium.handle_text(user, user, number + 1, text, NOW)
                reply = t.outcome_reply(outcome)
            else:
                reply = await through_intake(services, intake, number + 1, user, text, sent)
            if profiling:
                profiler.disable()
            replies.append(f"{number}\t{text!r}\n{reply.text}\n{[b for row in reply.buttons for b in row]}\n")
    finally:
        await services.close()
    total = time.process_time() - started
    stats = pstats.Stats(profiler)
    calls = stats.total_calls  # type: ignore[attr-defined]
    profiled = len(texts) - min(args.warm, len(texts))
    print(
        f"{profiled} updates: {calls / profiled:,.0f} function calls per update, "
        f"CPU {1000 * stats.total_tt / profiled:.2f} ms per update profiled "  # type: ignore[attr-defined]
        f"({1000 * total / len(texts):.2f} ms wall-CPU including the profiler and the database)"
    )
    if args.stats:
        stats.dump_stats(args.stats)
    if args.db_only:
        db_share(stats)
        return replies
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(out.getvalue())
    return replies


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--replies")
    parser.add_argument("--stats")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--database-url")
    parser.add_argument("--warm", type=int, default=0, help="the first N updates run unprofiled")
    parser.add_argument("--db-only", action="store_true")
    arguments = parser.parse_args()
    replies = asyncio.run(run(arguments))
    if arguments.replies:
        Path(arguments.replies).write_text("".join(replies), encoding="utf-8")
