"""Load test of webhook mode: two PostgreSQL-backed magbot replicas behind this script's own round-robin
router, against the fake Bot API from tests/fake_bot_api.py; then the same load on a python-telegram-bot
echo bot (benchmarks/echo_bot.py, two processes) for the CPU baseline; then magbot again with one replica
killed (kill -9) in the middle of the run.

"Telegram" here is a sender that POSTs 50 users × 20 meals as fast as it can (each user's updates in
order, all users at once) and, like Telegram, sends an update again until it is answered 200.

Prints, per run: updates lost (no entry for a meal; goal 0), duplicated (a meal counted twice; goal 0),
reply messages sent per update and duplicate replies (the fake Bot API's count of messages that repeat an
earlier one to the same chat: same text, or answering the same message; goal 0 while nobody dies), replies/s, p50/p95 handler latency (from the replicas' /metrics histograms), and CPU ms per update of the
bot processes (magbot vs the echo bot; goal ≤ 2×).

BENCH_TEXTS=varied: every update a different meal text, drawn (fixed seed) from the food texts of
benchmarks/data/meals_blind*.json, so the estimator's caches are no help (the default repeats 10 texts).
Varied texts route as the bot reads them (some log several items, some ask a choice or are answered),
so "lost" then counts updates not handled (no done mark with outcome "handled") rather than meals without
an entry, and "duplicated" counts entries stored twice for one (chat, message, item). Every stored update
not handled is listed with its outcome ("failed": its handler raised; "unfinished": never done) and text;
BENCH_LOGS=DIR keeps each replica's log (warnings and errors, with the tracebacks) in DIR.

Needs PostgreSQL: BENCH_DATABASE_URL (default postgresql+asyncpg://postgres@127.0.0.1:5432/test); a
database of its own is created and dropped.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from sqlalchemy import text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from db.session import create_engine  # noqa: E402
from tests.fake_bot_api import FakeBotAPI, reply_key  # noqa: E402

USERS, MEALS = 50, 20
SECRET = "bench-secret"
PATH = "/telegram"
MEAL_TEXTS = [
    "1 medium banana",
    "1 oz pumpkin seeds",
    "a cup of cooked spinach",
    "2 slices of whole wheat bread",
    "1 cup of black beans",
    "a handful of almonds",
    "1 cup of plain yogurt",
    "100 g dark chocolate",
    "1 cup cooked quinoa",
    "an avocado",
]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
VARIED = os.environ.get("BENCH_TEXTS", "") == "varied"


def varied_texts(count: int) -> list[str]:
    """`count` different food texts from the meal sets, in a fixed pseudo-random order."""
    import json
    import random

    texts: set[str] = set()
    for path in sorted((REPO / "benchmarks" / "data").glob("meals_blind*.json")):
        texts.update(case["text"] for case in json.loads(path.read_text())["food"])
    return random.Random(10).sample(sorted(texts), count)


TEXTS = (
    varied_texts(USERS * MEALS)
    if VARIED
    else [MEAL_TEXTS[(index + meal) % len(MEAL_TEXTS)] for index in range(USERS) for meal in range(MEALS)]
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


# ---- the router: round-robin over the replicas, skipping one that does not answer ----------------------
class Router:
    def __init__(self, backends: list[str]) -> None:
        self.backends = backends
        self._next = itertools.cycle(range(len(backends)))
        self.session: aiohttp.ClientSession | None = None

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        for _ in range(len(self.backends)):
            backend = self.backends[next(self._next)]
            try:
                async with self.session.post(backend + request.path, data=body, headers=request.headers) as r:
                    return web.Response(status=r.status, body=await r.read())
            except aiohttp.ClientError:
                continue  # connection refused or reset: the next replica
        return web.Response(status=502)

    async def start(self) -> str:
        self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        app = web.Application()
        app.router.add_post(PATH, self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        port = free_port()
        await web.TCPSite(self.runner, "127.0.0.1", port).start()
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        await self.session.close()
        await self.runner.cleanup()


# ---- "Telegram": sends every update until it is answered 200 -----------------------------------------
async def send_all(api: FakeBotAPI, router_url: str, on_progress=None) -> float:
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    sent = 0

    async def user(session: aiohttp.ClientSession, index: int) -> None:
        nonlocal sent
        chat = 100_000 + index
        for meal in range(MEALS):
            update = {
                "update_id": 1 + index * MEALS + meal,
                "message": api._message(chat, TEXTS[index * MEALS + meal], 1 + meal),
            }
            while True:
                try:
                    async with session.post(router_url + PATH, json=update, headers=headers) as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.2)
            sent += 1
            if on_progress is not None:
                await on_progress(sent)

    started = time.perf_counter()
    connector = aiohttp.TCPConnector(limit=USERS)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:
        await asyncio.gather(*(user(session, i) for i in range(USERS)))
    return started


def replied_chats(api: FakeBotAPI) -> list[int]:
    return [c.chat_id for c in api.sent() if c.chat_id and c.chat_id >= 100_000]


async def wait_for_replies(api: FakeBotAPI, expected: int, timeout: float = 300, *, distinct=True) -> float:
    """Until `expected` distinct replies went out, or as many messages (two replies in one chat may say
    the same; `distinct` False: messages only, for the echo bot, whose replies repeat the texts)."""
    deadline = time.perf_counter() + timeout
    for _ in range(int(timeout * 10)):
        got = len(replied_chats(api))
        if distinct:
            got = max(got, len(_reply_keys(api)))
        if got >= expected or time.perf_counter() > deadline:
            break
        await asyncio.sleep(0.1)
    return time.perf_counter()


def _reply_keys(api: FakeBotAPI) -> set:
    """The distinct replies sent to the users (a reply sent twice counts once: tests.fake_bot_api.reply_key)."""
    return {reply_key(c) for c in api.sent() if c.chat_id and c.chat_id >= 100_000}


async def settle(api: FakeBotAPI, quiet: float = 4.0, timeout: float = 60.0) -> None:
    """Wait until no message has gone out for `quiet` seconds (over a lease: a reply the sweep would send
    again has gone by then), so late duplicates are counted too."""
    deadline = time.perf_counter() + timeout
    last, since = len(api.calls), time.perf_counter()
    while time.perf_counter() - since < quiet and time.perf_counter() < deadline:
        await asyncio.sleep(0.2)
        if len(api.calls) != last:
            last, since = len(api.calls), time.perf_counter()


# ---- processes ---------------------------------------------------------------------------------------
async def start_magbot(api: FakeBotAPI, database_url: str, port: int) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "WEBHOOK_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=api.token,
        TELEGRAM_API_BASE_URL=api.base_url,
        TELEGRAM_WEBHOOK_URL=f"https://bot.example.org{PATH}",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
        DATABASE_URL=database_url,
        INBOX_LEASE_SECONDS="3",
        INBOX_SWEEP_SECONDS="2",
        REMINDER_TICK_SECONDS="30",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(REPO),
    )
    return await asyncio.create_subprocess_exec(
        sys.executable,
        *_profiled(f"magbot-{port}", "-m", "bot"),
        "run",
        env=env,
        cwd="/tmp",
        stderr=_log_file(f"magbot-{port}"),
    )


def _log_file(name: str):
    """BENCH_LOGS=DIR: a replica's log (warnings and errors) goes to DIR/<name>.log; else nowhere."""
    folder = os.environ.get("BENCH_LOGS")
    if not folder:
        return asyncio.subprocess.DEVNULL
    Path(folder).mkdir(parents=True, exist_ok=True)
    return open(Path(folder) / f"{name}.log", "w")  # noqa: SIM115 - the child process holds it


def _profiled(name: str, *command: str) -> list[str]:
    """BENCH_PROFILE=DIR: the process runs under a CPU-time cProfile (benchmarks/cpu_profile.py), started
    once it is healthy (see `start_profiling`) and written to DIR/<name>.prof when it exits."""
    profile = os.environ.get("BENCH_PROFILE")
    if not profile:
        return list(command)
    return [str(REPO / "benchmarks" / "cpu_profile.py"), f"{profile}/{name}.prof", *command]


def start_profiling(processes) -> None:
    if os.environ.get("BENCH_PROFILE"):
        for process in processes:
            process.send_signal(signal.SIGUSR1)


async def start_echo(api: FakeBotAPI, port: int) -> asyncio.subprocess.Process:
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        *_profiled(f"echo-{port}", str(REPO / "benchmarks" / "echo_bot.py")),
        str(port),
        PATH,
        env=env,
        cwd="/tmp",
    )


async def wait_healthy(port: int, timeout: float = 240) -> None:
    deadline = time.perf_counter() + timeout
    async with aiohttp.ClientSession() as session:
        while time.perf_counter() < deadline:
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise TimeoutError(f"nothing healthy on port {port}")


async def latency_quantiles(ports: list[int]) -> tuple[float, float]:
    """p50 and p95 of magbot_handler_seconds, summed over the replicas still up (bucket interpolation)."""
    buckets: dict[float, float] = {}
    async with aiohttp.ClientSession() as session:
        for port in ports:
            try:
                async with session.get(f"http://127.0.0.1:{port}/metrics") as response:
                    body = await response.text()
            except aiohttp.ClientError:
                continue
            for le, value in re.findall(r'magbot_handler_seconds_bucket\{le="([^"]+)"\} ([0-9.e+]+)', body):
                bound = float("inf") if le == "+Inf" else float(le)
                buckets[bound] = buckets.get(bound, 0.0) + float(value)
    bounds = sorted(buckets)
    total = buckets[bounds[-1]] if bounds else 0

    def quantile(q: float) -> float:
        target, previous_bound, previous_count = q * total, 0.0, 0.0
        for bound in bounds:
            if buckets[bound] >= target:
                if bound == float("inf"):
                    return previous_bound
                share = (target - previous_count) / max(buckets[bound] - previous_count, 1e-9)
                return previous_bound + share * (bound - previous_bound)
            previous_bound, previous_count = bound, buckets[bound]
        return previous_bound

    return quantile(0.5), quantile(0.95)


async def count_entries(database_url: str) -> tuple[int, int]:
    """(meals stored, duplicated): meals are messages with an entry, or (BENCH_TEXTS=varied) updates
    handled; duplicated counts entries beyond one per message (varied: per message and item)."""
    source = "chat_id, message_id, item_index" if VARIED else "chat_id, message_id"
    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.scalar(text("SELECT count(*) FROM entries WHERE chat_id >= 100000"))
            distinct = await conn.scalar(
                text(f"SELECT count(DISTINCT ({source})) FROM entries WHERE chat_id >= 100000")
            )
            meals = distinct
            if VARIED:
                meals = await conn.scalar(
                    text("SELECT count(*) FROM inbox WHERE outcome = 'handled' AND done_at IS NOT NULL")
                )
    finally:
        await engine.dispose()
    return int(meals), int(rows - distinct)


async def not_handled(database_url: str) -> list[tuple]:
    """The stored updates of the users not done with outcome "handled": (update_id, outcome or
    "unfinished", attempts, text)."""
    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                text(
                    "SELECT update_id, coalesce(outcome, 'unfinished'), attempts, payload FROM inbox"
                    " WHERE done_at IS NULL OR outcome IS DISTINCT FROM 'handled' ORDER BY update_id"
                )
            )
            found = list(rows)
    finally:
        await engine.dispose()
    import json

    return [
        (uid, outcome, attempts, (json.loads(payload).get("message") or {}).get("text", ""))
        for uid, outcome, attempts, payload in found
    ]


async def wait_for_entries(database_url: str, expected: int, timeout: float = 120) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if (await count_entries(database_url))[0] >= expected:
            return
        await asyncio.sleep(0.5)


async def fresh_database(base_url: str, name: str) -> str:
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    url = make_url(base_url).set(database=name)
    return url.render_as_string(hide_password=False)


async def drop_database(base_url: str, name: str) -> None:
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


# ---- runs --------------------------------------------------------------------------------------------
async def run_magbot(base_url: str, kill_one: bool) -> dict:
    name = f"magbot_bench_{os.getpid()}_{int(kill_one)}"
    database_url = await fresh_database(base_url, name)
    migrate = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "migrate",
        "--quiet",
        env=dict(os.environ, DATABASE_URL=database_url),
        cwd=REPO,
    )
    await migrate.wait()
    api = FakeBotAPI()
    await api.start()
    ports = [free_port(), free_port()]
    replicas = [await start_magbot(api, database_url, port) for port in ports]
    try:
        for port in ports:
            await wait_healthy(port)
        router = Router([f"http://127.0.0.1:{port}" for port in ports])
        router_url = await router.start()
        start_profiling(replicas)
        cpu_before = sum(cpu_seconds(p.pid) for p in replicas)
        killed: list[float] = []

        async def maybe_kill(sent: int) -> None:
            if kill_one and not killed and sent >= USERS * MEALS * 2 // 5:
                killed.append(cpu_seconds(replicas[0].pid) - 0)
                replicas[0].kill()

        started = await send_all(api, router_url, maybe_kill)
        finished = await wait_for_replies(api, USERS * MEALS)
        if kill_one or VARIED:
            # (varied: a reply may come in two messages, and the inbox counts the updates handled.)
            # Replies are at least once: the replies a killed replica sent but had not yet marked sent go
            # out again, so the reply count can be reached before the last of its updates (taken over
            # after the lease) are handled. Wait for the entries too before counting.
            await wait_for_entries(database_url, USERS * MEALS)
        alive = [p for p in replicas if p.returncode is None]
        cpu_after = sum(cpu_seconds(p.pid) for p in alive) + (killed[0] if killed else 0)
        await settle(api)
        p50, p95 = await latency_quantiles(
            [port for port, p in zip(ports, replicas, strict=True) if p in alive]
        )
        await router.stop()
    finally:
        for process in replicas:
            if process.returncode is None:
                process.terminate()
        exit_codes = [await process.wait() for process in replicas]
        await api.stop()
    distinct, duplicated = await count_entries(database_url)
    unhandled = await not_handled(database_url)
    await drop_database(base_url, name)
    replies = replied_chats(api)
    repeated: dict[tuple, int] = {}
    for call in api.sent():
        if call.chat_id and call.chat_id >= 100_000:
            repeated[reply_key(call)] = repeated.get(reply_key(call), 0) + 1
    for key, times in sorted(repeated.items(), key=str):
        if times > 1:
            print(f"  sent {times}×: chat {key[0]}: {key[-1][:100]!r}", flush=True)
    return {
        "lost": USERS * MEALS - distinct,
        "duplicated": duplicated,
        "duplicate_replies": api.repeated_replies(chat_min=100_000),
        "distinct_replies": len(_reply_keys(api)),
        "replies_per_s": len(_reply_keys(api)) / (finished - started),
        "p50_ms": p50 * 1000,
        "p95_ms": p95 * 1000,
        "cpu_ms_per_update": 1000 * (cpu_after - cpu_before) / (USERS * MEALS),
        "exit_codes": exit_codes,
        "count_429": api.count_429,
        "messages": len(replies),
        "unhandled": unhandled,
    }


async def run_echo() -> dict:
    api = FakeBotAPI()
    await api.start()
    ports = [free_port(), free_port()]
    bots = [await start_echo(api, port) for port in ports]
    try:
        for port in ports:
            await wait_healthy(port)
        router = Router([f"http://127.0.0.1:{port}" for port in ports])
        router_url = await router.start()
        start_profiling(bots)
        cpu_before = sum(cpu_seconds(p.pid) for p in bots)
        started = await send_all(api, router_url)
        finished = await wait_for_replies(api, USERS * MEALS, distinct=False)
        cpu_after = sum(cpu_seconds(p.pid) for p in bots)
        await router.stop()
    finally:
        for process in bots:
            process.terminate()
        for process in bots:
            await process.wait()
        await api.stop()
    return {
        "replies_per_s": len(replied_chats(api)) / (finished - started),
        "cpu_ms_per_update": 1000 * (cpu_after - cpu_before) / (USERS * MEALS),
    }


async def main() -> None:
    base_url = os.environ.get("BENCH_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    print(
        f"webhook replicas: {USERS} users × {MEALS} meals = {USERS * MEALS} updates through a round-robin router"
        f" ({'all different texts' if VARIED else f'{len(MEAL_TEXTS)} texts repeated'})"
    )
    magbot = await run_magbot(base_url, kill_one=False)
    echo = await run_echo()
    killed = await run_magbot(base_url, kill_one=True)
    for label, result in (("2 replicas", magbot), ("2 replicas, one killed (kill -9) at 40%", killed)):
        print(
            f"magbot, {label}: lost {result['lost']}, duplicated {result['duplicated']} "
            f"(duplicate replies {result['duplicate_replies']}; {result['messages']} reply messages, "
            f"{result['messages'] / (USERS * MEALS):.3f} per update, {result['distinct_replies']} distinct), "
            f"{result['replies_per_s']:.1f} replies/s, "
            f"handler p50 {result['p50_ms']:.0f} ms / p95 {result['p95_ms']:.0f} ms, "
            f"CPU {result['cpu_ms_per_update']:.1f} ms/update, 429s {result['count_429']}, "
            f"exit codes {result['exit_codes']}"
        )
        for update_id, outcome, attempts, said in result["unhandled"]:
            print(f"  not handled: update {update_id} ({outcome}, {attempts} attempts): {said[:100]!r}")
    print(
        f"echo bot (PTB customwebhookbot), 2 processes: {echo['replies_per_s']:.1f} replies/s, "
        f"CPU {echo['cpu_ms_per_update']:.1f} ms/update"
    )
    print(
        f"CPU per update, magbot / echo bot: {magbot['cpu_ms_per_update'] / echo['cpu_ms_per_update']:.2f}× (goal ≤ 2×)"
    )


if __name__ == "__main__":
    asyncio.run(main())
