"""Text hygiene: what is stored must be storable identically on SQLite and PostgreSQL."""

from __future__ import annotations

import re

# NUL (PostgreSQL text cannot hold it), other C0/C1 control characters except tab and newline, and lone
# UTF-16 surrogates (not encodable as UTF-8).
_UNSTORABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str | None) -> str:
    """`text` without NUL, control characters (tab and newline stay; carriage return becomes newline) and
    lone surrogates."""
    if not text:
        return ""
    return _UNSTORABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
