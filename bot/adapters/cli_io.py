"""Shared shape of the one-shot CLI commands (`estimate`, `ask`): one result for an argument, or one JSON
object per non-empty stdin line, flushed as it goes so the commands work in pipes."""

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
    if text is not None:
        if as_json:
            write_json(stdout, to_json(text))
        else:
            stdout.write(to_text(text) + "\n")
            stdout.flush()
        return 0
    for line in stdin:
        line = line.strip()
        if line:
            write_json(stdout, to_json(line))
    return 0
