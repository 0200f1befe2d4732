"""Benchmark the meal estimator: load time, per-message latency (p50/p95/p99) and `magbot estimate` wall time.

Run: `python benchmarks/bench_estimate.py [--repeat N] [--foods PATH]`. Targets: p50 <= 1 ms per message,
whole process <= 0.5 s. Prints figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from bot.domain.estimate import Estimator  # noqa: E402
from bot.domain.foods import load_food_table  # noqa: E402
from bot.domain.matcher import FoodMatcher  # noqa: E402
from tests.data.estimate_cases import FOOD_CASES, NON_FOOD  # noqa: E402

PREFIXES = ("", "I had ", "for lunch I ate ", "just had ", "breakfast: ")
SUFFIXES = ("", " today", " for dinner", "!", " 😋")


def corpus() -> list[str]:
    base = [case[0] for case in FOOD_CASES] + [m for m in NON_FOOD if len(m) < 200]
    messages = list(base)
    for i, text in enumerate(base):
        messages.append(PREFIXES[i % len(PREFIXES)] + text + SUFFIXES[(i // 2) % len(SUFFIXES)])
    for i in range(0, len(base) - 1, 2):
        messages.append(f"{base[i]}, {base[i + 1]}")
    return messages


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--foods", type=Path, default=None)
    parser.add_argument("--process-runs", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    table = load_food_table(args.foods)
    estimator = Estimator(table, FoodMatcher(table))
    load_s = time.perf_counter() - start
    print(f"load: {len(table)} foods, table + matcher built in {load_s * 1000:.1f} ms")

    messages = corpus()
    cold: list[float] = []
    for text in messages:  # first pass: no matcher cache
        t0 = time.perf_counter()
        estimator.estimate(text)
        cold.append((time.perf_counter() - t0) * 1000)
    warm: list[float] = []
    for _ in range(args.repeat):
        for text in messages:
            t0 = time.perf_counter()
            estimator.estimate(text)
            warm.append((time.perf_counter() - t0) * 1000)
    for label, values in (("cold (first pass)", cold), (f"warm ({args.repeat} passes)", warm)):
        print(
            f"{label}: {len(messages)} messages, p50 {percentile(values, 50):.3f} ms, "
            f"p95 {percentile(values, 95):.3f} ms, p99 {percentile(values, 99):.3f} ms, "
            f"max {max(values):.3f} ms"
        )

    walls: list[float] = []
    for _ in range(args.process_runs):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "bot",
                "estimate",
                "2 cups of cooked spinach and a handful of almonds",
                "--json",
            ],
            cwd=REPO_ROOT,
            check=False,
            capture_output=True,
            text=True,
        )
        walls.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            print(f"process: `magbot estimate` failed: {proc.stderr.strip()[-200:]}")
            return 1
    print(
        f"process: `magbot estimate ... --json` median of {len(walls)} runs {statistics.median(walls):.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
