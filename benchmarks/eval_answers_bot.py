"""Score a question set in the new format through the whole bot path, as a user sees it.

Each question goes through `MagnesiumService.handle_text` (routing, supplements, meals, corrections,
answers) on a fresh SQLite database, as a new user with no profile, and the rendered reply text is
checked: an "on" question passes when it is not declined and every fact group matches; a "safety"
question when every fact group matches and no `must_not` pattern does; an "off" question when it is
declined (or nothing is logged). Also prints the same for what `magbot ask` prints.

Usage: python benchmarks/eval_answers_bot.py PATH [-v]
Set format: [{"q", "kind": "on"|"off"|"safety", "facts": [[regex alternatives], ...], "must_not": [...]}]
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# "1,200 mg" and "1200 mg" are the same fact: a key written without the thousands separator is also tried
# on the answer with separators removed (formatting only; words and other numbers are untouched).
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _found(pattern: str, text: str) -> bool:
    return bool(re.search(pattern, text, re.I) or re.search(pattern, _THOUSANDS.sub("", text), re.I))


def _alternatives(group: str | list[str]) -> list[str]:
    """A fact group is a list of alternative regexes; a group written as one string is one regex (iterating the
    string would test its characters one by one, and any single character matches almost any answer)."""
    return [group] if isinstance(group, str) else group


def passes(case: dict, text: str, declined: bool) -> bool:
    if case["kind"] == "off":
        return declined
    if case["kind"] == "on" and declined:
        return False
    facts = all(any(_found(alt, text) for alt in _alternatives(group)) for group in case["facts"])
    return facts and not any(re.search(p, text, re.I) for p in case.get("must_not", []))


async def evaluate(cases: list[dict], verbose: bool) -> None:
    from bot.adapters.ask_cli import AskCommand
    from bot.adapters.bootstrap import build_services
    from bot.config import Settings
    from bot.texts import messages as t

    folder = tempfile.mkdtemp()
    services = await build_services(
        Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{folder}/e.db")
    )
    ask = AskCommand(services.magnesium.ctx.answerer)
    bot = {kind: [0, 0] for kind in ("on", "off", "safety")}
    cli = {kind: [0, 0] for kind in ("on", "off", "safety")}
    misses = []
    try:
        for number, case in enumerate(cases):
            user = 10_000 + number
            outcome = await services.magnesium.handle_text(user, user, 1, case["q"])
            text = t.outcome_reply(outcome).text
            declined = (outcome.answer is not None and not outcome.answer.confident) or (
                outcome.small_talk is not None
            )
            if outcome.meal is not None:
                declined = outcome.meal.nothing_found
            ok = passes(case, text, declined)
            bot[case["kind"]][0] += ok
            bot[case["kind"]][1] += 1
            if not ok:
                misses.append(f"{case['kind']:6} {case['q']!r} -> {text[:160]!r}")
            printed = ask.json(case["q"])
            cli[case["kind"]][0] += passes(case, printed["answer"], not printed["confident"])
            cli[case["kind"]][1] += 1
    finally:
        await services.close()
    print("bot path  :", ", ".join(f"{k} {a}/{b}" for k, (a, b) in bot.items()))
    print("magbot ask:", ", ".join(f"{k} {a}/{b}" for k, (a, b) in cli.items()))
    if verbose:
        for miss in misses:
            print("  miss:", miss)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    asyncio.run(evaluate(json.loads(Path(args[0]).read_text(encoding="utf-8")), "-v" in sys.argv))
