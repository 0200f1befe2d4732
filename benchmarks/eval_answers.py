"""Answer accuracy on every question set in tests/data/questions*.json.

For each set: on-topic answers that are confident, come from the expected article and contain the key
fact; the looser "fact only" count (any article, key fact present); off-topic questions declined; and the
same for what `magbot ask` prints (which answers "how much magnesium is in X?" from the food table).
The sets were written at different times: questions.json was tuned on, the later ones were written
before the changes they measured (see tests/test_answering.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.answering import Answerer  # noqa: E402


def as_list(value) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def evaluate(answerer: Answerer, cases: list[dict]) -> tuple[int, int, int, int, int, list[str]]:
    on = [c for c in cases if c.get("file")]
    off = [c for c in cases if not c.get("file")]
    right = fact_only = 0
    misses: list[str] = []
    for case in on:
        answer = answerer.answer(case["q"])
        has_fact = answer.confident and any(f.lower() in answer.text.lower() for f in as_list(case["fact"]))
        in_file = answer.section is not None and answer.section.file in as_list(case["file"])
        fact_only += has_fact
        if has_fact and in_file:
            right += 1
        else:
            where = f"{answer.section.file}#{answer.section.heading}" if answer.section else "declined"
            misses.append(f"{case['q']!r} -> {where}")
    declined = sum(1 for case in off if not answerer.answer(case["q"]).confident)
    return right, fact_only, len(on), declined, len(off), misses


def ask_facts(ask, cases: list[dict]) -> tuple[int, int, int, int]:
    """What `magbot ask` prints (food-amount questions answered from the food table): key fact present."""
    on = [c for c in cases if c.get("file")]
    off = [c for c in cases if not c.get("file")]
    right = 0
    for case in on:
        result = ask.json(case["q"])
        right += result["confident"] and any(
            f.lower() in result["answer"].lower() for f in as_list(case["fact"])
        )
    declined = sum(1 for case in off if not ask.json(case["q"])["confident"])
    return right, len(on), declined, len(off)


def sync_known_miss_flags(answerer: Answerer, path: Path) -> None:
    """Mark each case's `known_miss` flag as it is now (tests/test_answering.py xfails flagged cases)."""
    cases = json.loads(path.read_text(encoding="utf-8"))
    for case in cases:
        answer = answerer.answer(case["q"])
        if case.get("file"):
            ok = (
                answer.confident
                and answer.section is not None
                and answer.section.file in as_list(case["file"])
                and any(f.lower() in answer.text.lower() for f in as_list(case["fact"]))
            )
        else:
            ok = not answer.confident
        if ok:
            case.pop("known_miss", None)
        else:
            case["known_miss"] = True
    lines = ",\n".join("  " + json.dumps(case, ensure_ascii=False) for case in cases)
    path.write_text("[\n" + lines + "\n]\n", encoding="utf-8")


def main() -> None:
    from bot.adapters.ask_cli import AskCommand

    answerer = Answerer()
    ask = AskCommand(answerer)
    verbose = "-v" in sys.argv
    for path in sorted((ROOT / "tests" / "data").glob("questions*.json")):
        if "--sync-flags" in sys.argv:
            sync_known_miss_flags(answerer, path)
        cases = json.loads(path.read_text(encoding="utf-8"))
        right, fact_only, on, declined, off, misses = evaluate(answerer, cases)
        print(
            f"{path.name:28} on-topic {right}/{on} ({100 * right / max(on, 1):.1f}%), "
            f"fact in answer {fact_only}/{on}; off-topic declined {declined}/{off}"
        )
        a_right, a_on, a_declined, a_off = ask_facts(ask, cases)
        print(
            f"{'':28} `magbot ask`: fact in answer {a_right}/{a_on}; off-topic declined {a_declined}/{a_off}"
        )
        if verbose:
            for miss in misses:
                print("    miss:", miss)


if __name__ == "__main__":
    main()
