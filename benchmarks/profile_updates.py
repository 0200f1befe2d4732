"""Deterministic in-process CPU profile of message handling: `MagnesiumService.handle_text` and the rendered
reply for N varied meal texts (the texts `make bench-replicas` sends with BENCH_TEXTS=varied, in the same
order), 50 users, on a fresh SQLite database, under cProfile with a CPU-time clock. Prints function calls
and CPU ms per update and the top functions; the reply texts can be written out to check that a change
leaves every reply identical (diff two runs' files).

Usage: python benchmarks/profile_updates.py [--count N] [--replies FILE] [--stats FILE] [--top K] [--sort tottime|cumtime]
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


async def run(args: argparse.Namespace) -> list[str]:
    from bench_replicas import varied_texts

    from bot.adapters.bootstrap import build_services
    from bot.config import Settings
    from bot.texts import messages as t

    texts = varied_texts(USERS * 20)[: args.count]
    folder = tempfile.mkdtemp()
    services = await build_services(
        Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{folder}/p.db"), now=lambda: NOW
    )
    replies: list[str] = []
    profiler = cProfile.Profile(time.process_time)
    started = time.process_time()
    try:
        for number, text in enumerate(texts):
            user = 1_000 + number % USERS
            profiler.enable()
            outcome = await services.magnesium.handle_text(user, user, number + 1, text, NOW)
            reply = t.outcome_reply(outcome)
            profiler.disable()
            replies.append(f"{number}\t{text!r}\n{reply.text}\n{[b for row in reply.buttons for b in row]}\n")
    finally:
        await services.close()
    total = time.process_time() - started
    stats = pstats.Stats(profiler)
    calls = stats.total_calls  # type: ignore[attr-defined]
    print(
        f"{len(texts)} updates: {calls / len(texts):,.0f} function calls per update, "
        f"CPU {1000 * stats.total_tt / len(texts):.2f} ms per update profiled "  # type: ignore[attr-defined]
        f"({1000 * total / len(texts):.2f} ms wall-CPU including the profiler and the database)"
    )
    if args.stats:
        stats.dump_stats(args.stats)
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
    arguments = parser.parse_args()
    replies = asyncio.run(run(arguments))
    if arguments.replies:
        Path(arguments.replies).write_text("".join(replies), encoding="utf-8")
