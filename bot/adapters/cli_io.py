"""Shared shape of the one-shot CLI commands (`estimate`, `ask`): one result for an argument, or one result
per non-empty stdin line, flushed as it goes so the commands work in pipes. Plain text unless `--json`
(then one JSON object per line); piped plain-text results are separated by a blank line."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO


def write_json(stdout: TextIO, payload: dict[str, Any]) -> None:
    stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    stdout.flush()


def serve(
    text: str | None,
    *,
    as_json: bool,
    stdin: TextIO,
    stdout: TextIO,
    to_json: Callable[[str], dict[str, Any]],
    to_text: Callable[[str], str],
) -> int:
    lines = [text] if text is not None else (line.strip() for line in stdin)
    first = True
    for line in lines:
        if not line:
            continue
        if as_json:
            write_json(stdout, to_json(line))
        else:
            stdout.write(("" if first else "\n") + to_text(line) + "\n")
            stdout.flush()
        first = False
    return 0
