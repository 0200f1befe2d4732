"""`magbot estimate`: estimate the magnesium in a meal without logging it (never imports `telegram`)."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from bot.adapters.cli_io import serve
from bot.domain.estimate import Estimate, default_estimator, to_json


def _summary(text: str, estimate: Estimate) -> str:
    lines: list[str] = []
    for item in estimate.items:
        lines.append(
            f"  {item.quantity:g} {item.unit} {item.food.name} ({item.grams:.0f} g): {item.magnesium_mg:.0f} mg"
        )
    for amb in estimate.ambiguous:
        names = ", ".join(food.name for food in amb.candidates)
        lines.append(f"  ? {amb.text}: did you mean {names}?")
    for text_item in estimate.unmatched:
        lines.append(f"  ? {text_item}: not recognised")
    for rejected in estimate.rejected:
        lines.append(f"  ! {rejected.text}: {rejected.reason} amount, not counted")
    for item in estimate.confirm:
        lines.append(f"  ? {item.text}: {item.grams:.0f} g is a lot, not counted unless confirmed")
    header = f"{text.strip()[:80]!r}: about {estimate.total_mg:.0f} mg magnesium"
    return "\n".join([header, *lines])


def run_estimate(args: Any, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """With ``args.text``: one result; without: one per stdin line. JSON if ``args.json``, else text."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        estimator = default_estimator()
    except FileNotFoundError as exc:
        sys.stderr.write(f"magbot estimate: food table not found: {exc.filename}\n")
        return 2
    return serve(
        getattr(args, "text", None),
        as_json=getattr(args, "json", False),
        stdin=stdin,
        stdout=stdout,
        to_json=lambda text: {"text": text, **to_json(estimator.estimate(text))},
        to_text=lambda text: _summary(text, estimator.estimate(text)),
    )
