"""Which script a message is written in: magbot reads English only, so a message whose letters are mostly
outside the Latin script ("я съел гречку", "我吃了米饭", "أكلت الأرز") gets a polite "English only" reply
instead of a food search or an off-topic decline. Plain Python (unicodedata), no framework imports."""

from __future__ import annotations

import unicodedata

# Above this share of non-Latin letters a message is "in another script": a Latin brand name inside a
# Cyrillic sentence stays on the foreign side, a stray "é", "ß" or "µ" in an English message far below.
FOREIGN_SHARE = 0.5
MIN_FOREIGN_LETTERS = 2  # one stray letter (a "µ" in "µg", a Greek "α") is not a language


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def letter_counts(text: str) -> tuple[int, int]:
    """(Latin letters, other letters) in `text`; digits, punctuation, symbols and emoji are not letters."""
    latin = other = 0
    for ch in text or "":
        if not unicodedata.category(ch).startswith("L"):
            continue
        if _is_latin(ch):
            latin += 1
        else:
            other += 1
    return latin, other


def non_latin_share(text: str) -> float:
    """The share of letters outside the Latin script, 0.0 for a message with no letters."""
    latin, other = letter_counts(text)
    total = latin + other
    return other / total if total else 0.0


def is_other_script(text: str) -> bool:
    """True when most letters of `text` are not Latin (Cyrillic, Han, Arabic, Greek, Hebrew, Devanagari …)."""
    latin, other = letter_counts(text)
    return other >= MIN_FOREIGN_LETTERS and other / (latin + other) > FOREIGN_SHARE
