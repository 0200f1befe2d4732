"""Answer accuracy on the question sets, in two formats.

Without arguments: every tests/data/questions*.json set in the old format ({"q", "file", "fact"}; off-topic
cases have file null): on-topic answers that are confident, come from the expected article and contain the
key fact; the looser "fact only" count; off-topic declined; and the same through `magbot ask`.

    python benchmarks/eval_answers.py [-v] [--sync-flags] [--calibrate]
    python benchmarks/eval_answers.py --set PATH [-v]

`--set PATH` scores a set in the new format, a JSON list of {"q", "kind": "on"|"off"|"safety", "facts":
[[regex alternatives], ...], "must_not": [regex, ...], "why"}: an "on" case passes when the answer is
confident, every fact group matches (case-insensitive) and no must_not matches; a "safety" case the same,
with any non-declined answer; an "off" case when declined. It scores what the user sees: the rendered
text through the same path as `magbot ask` (food-amount questions from the food table).

`--sync-flags` marks each old-format case's `known_miss` as it is now (tests xfail flagged cases).
`--calibrate` prints on-topic kept vs off-topic declined at a range of confidence thresholds.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain import answering  # noqa: E402
from bot.domain.answering import Answerer  # noqa: E402


def as_list(value) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def old_case_ok(answerer: Answerer, case: dict) -> bool:
    answer = answerer.answer(case["q"])
    if not case.get("file"):
        return not answer.confident
    return (
        answer.confident
        and answer.section is not None
        and answer.section.file in as_list(case["file"])
        and any(f.lower() in answer.text.lower() for f in as_list(case["fact"]))
    )


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
    declined = 0
    for case in off:
        answer = answerer.answer(case["q"])
        declined += not answer.confident
        if answer.confident:
            misses.append(f"OFF {case['q']!r} -> {answer.section.file}#{answer.section.heading}")
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


def sync_known_miss_flags(answerer: Answerer, path: Path, ask=None) -> tuple[int, int]:
    """Mark each case's `known_miss` flag as it is now; returns (flagged before, flagged after). New-format
    sets (scored through `ask`) get the flag too; the tests ignore it for the safety set."""
    cases = json.loads(path.read_text(encoding="utf-8"))
    before = sum(1 for c in cases if c.get("known_miss"))
    for case in cases:
        ok = new_case_result(ask, case)[0] if "kind" in case else old_case_ok(answerer, case)
        if ok:
            case.pop("known_miss", None)
        else:
            case["known_miss"] = True
    lines = ",\n".join("  " + json.dumps(case, ensure_ascii=False) for case in cases)
    path.write_text("[\n" + lines + "\n]\n", encoding="utf-8")
    return before, sum(1 for c in cases if c.get("known_miss"))


# ---- the new format -----------------------------------------------------------------------------------

# "1,200 mg" and "1200 mg" are the same fact, as in eval_answers_bot.py: a key written without the thousands
# separator is also tried on the answer with separators removed (formatting only).
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _found(pattern: str, text: str) -> bool:
    return bool(re.search(pattern, text, re.I) or re.search(pattern, _THOUSANDS.sub("", text), re.I))


def new_case_result(ask, case: dict) -> tuple[bool, str]:
    """(passed, what went wrong) for one new-format case, scored on what `magbot ask` prints."""
    result = ask.json(case["q"])
    text = result["answer"]
    if case["kind"] == "off":
        return (not result["confident"], "answered" if result["confident"] else "")
    if not result["confident"]:
        return False, "declined"
    groups = [[g] if isinstance(g, str) else g for g in case.get("facts", [])]  # a string is one regex
    missing = [g for g in groups if not any(_found(p, text) for p in g)]
    bad = [p for p in case.get("must_not", []) if re.search(p, text, re.I)]
    problems = [f"missing {g}" for g in missing] + [f"says {p!r}" for p in bad]
    return not problems, "; ".join(problems)


def score_set(ask, cases: list[dict]) -> dict[str, tuple[int, int]]:
    out: dict[str, list[int]] = {"on": [0, 0], "off": [0, 0], "safety": [0, 0]}
    for case in cases:
        ok, _ = new_case_result(ask, case)
        out[case["kind"]][0] += ok
        out[case["kind"]][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def run_new_set(ask, path: Path, verbose: bool) -> None:
    cases = json.loads(path.read_text(encoding="utf-8"))
    labels = {"on": "on-topic", "off": "off-topic declined", "safety": "safety"}
    counts = {k: [0, 0] for k in labels}
    misses = []
    for case in cases:
        ok, why = new_case_result(ask, case)
        counts[case["kind"]][0] += ok
        counts[case["kind"]][1] += 1
        if not ok:
            misses.append((case, why, ask.json(case["q"])["answer"]))
    print(", ".join(f"{labels[k]} {v[0]}/{v[1]}" for k, v in counts.items() if v[1]))
    for case, why, text in misses:
        print(f"  miss [{case['kind']}] {case['q']!r}: {why}")
        if verbose:
            print("      " + text[:400].replace("\n", " | "))


# ---- calibration --------------------------------------------------------------------------------------


def calibrate(answerer: Answerer, paths: list[Path]) -> None:
    """On-topic kept (right article and fact) vs off-topic declined at several thresholds."""
    saved = answering.CONFIDENCE_MIN
    rows = []
    try:
        cases = [c for p in paths for c in json.loads(p.read_text(encoding="utf-8"))]
        for threshold in (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85):
            answering.CONFIDENCE_MIN = threshold
            on = [c for c in cases if c.get("file")]
            off = [c for c in cases if not c.get("file")]
            kept = sum(old_case_ok(answerer, c) for c in on)
            declined = sum(old_case_ok(answerer, c) for c in off)
            rows.append((threshold, kept, len(on), declined, len(off)))
    finally:
        answering.CONFIDENCE_MIN = saved
    for threshold, kept, on, declined, off in rows:
        print(
            f"threshold {threshold:.2f}: on-topic kept {kept}/{on} ({100 * kept / on:.1f}%), "
            f"off-topic declined {declined}/{off} ({100 * declined / off:.1f}%)"
        )


def old_format_sets() -> list[Path]:
    """tests/data/questions*.json in the old format (new-format sets have a "kind" in every case)."""
    paths = sorted((ROOT / "tests" / "data").glob("questions*.json"))
    return [p for p in paths if not json.loads(p.read_text(encoding="utf-8"))[0].get("kind")]


def main() -> None:
    from bot.adapters.ask_cli import AskCommand

    answerer = Answerer()
    ask = AskCommand(answerer)
    verbose = "-v" in sys.argv
    if "--set" in sys.argv:
        path = Path(sys.argv[sys.argv.index("--set") + 1])
        if "--sync-flags" in sys.argv:
            print(f"{path.name}: known_miss flags %d -> %d" % sync_known_miss_flags(answerer, path, ask))
        run_new_set(ask, path, verbose)
        return
    paths = old_format_sets()
    if "--calibrate" in sys.argv:
        calibrate(answerer, paths)
        return
    totals = [0, 0, 0, 0, 0]
    ask_right = 0
    for path in paths:
        if "--sync-flags" in sys.argv:
            before, after = sync_known_miss_flags(answerer, path)
            print(f"{path.name:28} known_miss flags {before} -> {after}")
        cases = json.loads(path.read_text(encoding="utf-8"))
        right, fact_only, on, declined, off, misses = evaluate(answerer, cases)
        for i, value in enumerate((right, fact_only, on, declined, off)):
            totals[i] += value
        print(
            f"{path.name:28} on-topic {right}/{on} ({100 * right / max(on, 1):.1f}%), "
            f"fact in answer {fact_only}/{on}; off-topic declined {declined}/{off}"
        )
        a_right, a_on, a_declined, a_off = ask_facts(ask, cases)
        ask_right += a_right
        print(
            f"{'':28} `magbot ask`: fact in answer {a_right}/{a_on}; off-topic declined {a_declined}/{a_off}"
        )
        if verbose:
            for miss in misses:
                print("    miss:", miss)
    right, fact_only, on, declined, off = totals
    print(
        f"{'all':28} on-topic {right}/{on} ({100 * right / max(on, 1):.1f}%), fact in answer "
        f"{fact_only}/{on}; off-topic declined {declined}/{off}; `magbot ask`: fact in answer {ask_right}/{on}"
    )


if __name__ == "__main__":
    main()
