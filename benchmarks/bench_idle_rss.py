"""Idle resident memory of `magbot run`: the real process, long polling against the fake Bot API server.

Prints the RSS after start-up (foods, knowledge index, PTB, SQLAlchemy loaded) and after a meal, a /week
chart and a few seconds of idle polling. Target: <= 160 MB (with the sentence-embedding model loaded).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fake_bot_api import FakeBotAPI  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def main(idle_seconds: float = 8.0) -> None:
    api = FakeBotAPI()
    base_url = await api.start()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": api.token,
            "TELEGRAM_API_BASE_URL": base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/bench.db",
            "LOG_LEVEL": "WARNING",
        }
        started = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            env=env,
            cwd=tmp,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await api.wait_for(lambda c: c.method == "setMyCommands", timeout=60)
        except TimeoutError:
            if proc.returncode is None:
                proc.terminate()
            _, err = await proc.communicate()
            raise SystemExit(f"magbot run did not start:\n{err.decode()[-3000:]}") from None
        ready = time.perf_counter() - started
        at_ready = rss_mb(proc.pid)
        before = len(api.calls)
        api.push_text(42, "1 oz pumpkin seeds")
        await api.wait_for_reply(42, before, timeout=30)
        before = len(api.calls)
        api.push_text(42, "/week")  # the chart is drawn in a child process, not in the bot
        await api.wait_for(lambda c: c.method == "sendPhoto", timeout=60, start=before)
        await asyncio.sleep(idle_seconds)
        idle = rss_mb(proc.pid)
        proc.terminate()
        await proc.wait()
    await api.stop()
    print(
        f"magbot run: ready in {ready:.2f} s; RSS at ready {at_ready:.1f} MB; "
        f"RSS after a meal, a /week chart and {idle_seconds:.0f} s idle {idle:.1f} MB (target <= 160 MB)"
    )


if __name__ == "__main__":
    asyncio.run(main())
