"""Score the meal estimator against the blind meal set (benchmarks/data/meals_blind.json).

food case passes if the estimated total is within [low, high];
non-food case passes if no food is logged (no items). Messages are routed as the bot routes them: a
supplement message (or the supplement part of a mixed message) counts its elemental magnesium.

Usage: python benchmarks/eval_meals.py [path/to/meals.json] [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.domain.estimate import default_estimator  # noqa: E402
from bot.domain.supplements import load_supplement_table, parse_supplement, split_supplements  # noqa: E402

DEFAULT = Path(__file__).with_name("data") / "meals_blind.json"


def expand(text):
    if isinstance(text, dict) and "repeat" in text:
        return str(text["repeat"]) * int(text["times"])
    return text


def total_of(est) -> float:
    total = getattr(est, "total_mg", None)
    if total is None:
        total = sum(float(i.magnesium_mg or 0) for i in est.items)
    return float(total)


class _Routed:
    """A message as the bot routes it: a supplement message goes to the supplements, a mix of supplements
    and food logs both (bot.usecases.service), anything else is a meal."""

    def __init__(self, est, supplement_mg: float, names: list[str]) -> None:
        self.items, self.unmatched, self.ambiguous = est.items if est else (), (), ()
        if est is not None:
            self.unmatched, self.ambiguous = est.unmatched, est.ambiguous
            self.implausible = getattr(est, "implausible", ())
        self.total_mg = supplement_mg + sum(float(i.magnesium_mg or 0) for i in self.items)
        self.supplements = names


def route(est, table, text: str):
    message = parse_supplement(text, table)
    rest = None
    if message is None:
        mixed = split_supplements(text, table)
        if mixed is None:
            return est.estimate(text)
        supplements, rest = mixed
        message = parse_supplement(supplements, table)
    mg = sum(float(i.nutrients().magnesium_mg or 0) for i in message.items)
    return _Routed(est.estimate(rest) if rest else None, mg, [i.name for i in message.items])


def describe(est) -> str:
    parts = []
    for i in est.items:
        food = getattr(i.food, "name", None) or getattr(i.food, "id", "?")
        ndb = getattr(i.food, "ndb", "?")
        parts.append(f"{food}[{ndb}] {i.quantity:g} {i.unit or ''} = {i.grams:g} g → {i.magnesium_mg:.1f} mg")
    extra = []
    if getattr(est, "unmatched", ()):
        extra.append(f"unmatched={list(est.unmatched)}")
    if getattr(est, "ambiguous", ()):
        extra.append(f"ambiguous={[str(a)[:60] for a in est.ambiguous]}")
    if getattr(est, "implausible", ()):
        extra.append(f"implausible={[str(a)[:60] for a in est.implausible]}")
    parts += [f"supplement {name}" for name in getattr(est, "supplements", ())]
    out = "; ".join(parts) if parts else "(no items)"
    if extra:
        out += " | " + " ".join(extra)
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    data = json.loads(path.read_text(encoding="utf-8"))
    est = default_estimator()
    table = load_supplement_table()

    food_ok, food_miss = 0, []
    for case in data["food"]:
        try:
            r = route(est, table, case["text"])
            got = total_of(r)
            desc = describe(r)
        except Exception as exc:  # a crash counts as a miss
            got, desc = float("nan"), f"ERROR {type(exc).__name__}: {exc}"
        if case["low"] <= got <= case["high"]:
            food_ok += 1
        else:
            food_miss.append((case, got, desc))

    nf_logged = []
    for raw in data["non_food"]:
        text = expand(raw)
        try:
            r = route(est, table, text)
            items = list(r.items)  # a supplement logged by the supplement path is no false FOOD log
            desc = describe(r)
        except Exception as exc:
            items, desc = ["<error>"], f"ERROR {type(exc).__name__}: {exc}"
        if items:
            nf_logged.append((raw, total_of(r) if items != ["<error>"] else float("nan"), desc))

    nf = len(data["non_food"])
    nfood = len(data["food"])
    print(f"food cases within range: {food_ok}/{nfood} ({100 * food_ok / nfood:.1f}%)")
    print(f"false logs (non-food with items): {len(nf_logged)}/{nf} ({100 * len(nf_logged) / nf:.1f}%)")
    print()
    print(f"== food misses ({len(food_miss)}) ==")
    for case, got, desc in food_miss:
        print(
            f"- {case['text']!r}: got {got:.1f} mg, truth {case['truth_mg']} [{case['low']}-{case['high']}]"
        )
        print(f"    matched: {desc}")
    print()
    print(f"== false logs ({len(nf_logged)}) ==")
    for raw, got, desc in nf_logged:
        shown = raw if isinstance(raw, str) else json.dumps(raw)
        print(f"- {shown!r}: got {got:.1f} mg; matched: {desc}")
    if "--json" in argv:
        print(
            json.dumps({"food_ok": food_ok, "food_n": nfood, "false_logs": len(nf_logged), "non_food_n": nf})
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
