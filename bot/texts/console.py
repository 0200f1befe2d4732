"""User-facing text of the console chat (`magbot chat`, `make run` without a token)."""

from __future__ import annotations

GOODBYE = "Bye! Everything you logged is saved; `make run` or `magbot chat` brings me back."
PIPED_READY = "ready (console chat, /quit to leave)"
QUIT_WORDS = frozenset({"/quit", "/exit", "/bye"})
