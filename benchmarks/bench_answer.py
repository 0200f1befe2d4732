"""Answering benchmark: index build time and in-process answer latency over the question set.

    .venv/bin/python benchmarks/bench_answer.py [--rounds 5]

Prints figures only; timing is never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bot.domain.answering import Answerer
from bot.domain.knowledge import load_knowledge_base

QUESTIONS = Path(__file__).resolve().parents[1] / "tests" / "data" / "questions.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    t0 = time.perf_counter()
    kb = load_knowledge_base()
    t1 = time.perf_counter()
    answerer = Answerer(kb)
    t2 = time.perf_counter()
    print(
        f"load knowledge base: {(t1 - t0) * 1000:.1f} ms ({len(kb.articles)} articles, {len(kb.sections)} sections)"
    )
    print(f"index build: {(t2 - t1) * 1000:.1f} ms")

    questions = [case["q"] for case in json.loads(QUESTIONS.read_text(encoding="utf-8"))]
    first = []
    for q in questions:  # cold: first sight of each term (score and typo caches empty)
        s = time.perf_counter()
        answerer.answer(q)
        first.append((time.perf_counter() - s) * 1000)
    timings: list[float] = []
    for _ in range(args.rounds):
        for q in questions:
            s = time.perf_counter()
            answerer.answer(q)
            timings.append((time.perf_counter() - s) * 1000)
    timings.sort()

    def pct(values: list[float], p: float) -> float:
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

    first.sort()
    print(f"questions: {len(questions)}, rounds: {args.rounds}")
    print(f"cold round  p50 {pct(first, 50):.2f} ms  p95 {pct(first, 95):.2f} ms  max {first[-1]:.2f} ms")
    print(
        f"warm rounds p50 {pct(timings, 50):.2f} ms  p95 {pct(timings, 95):.2f} ms  "
        f"mean {statistics.fmean(timings):.2f} ms  max {timings[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
