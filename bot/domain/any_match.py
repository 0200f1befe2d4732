"""Whether any of several regular expressions finds a match in a text, in one search.

A text none of a tuple of patterns matches is left unchanged by substituting each of them in turn, so a
caller can skip the pass (meal_parse.strip_lead_ins / strip_trailers: about 30 patterns each, mostly
matching nothing). The patterns are joined into one alternation, which searches the text once: a position
matches the alternation exactly when it matches one of them.

Python's `re` tries every alternative of a case-insensitive alternation in full at every position, but
rejects a case-sensitive alternative by its first letter. When every letter the patterns name is lower
case (ASCII), none of their non-ASCII characters folds to an ASCII one (the Kelvin sign and the long s do)
and the text is ASCII, a case-insensitive match in the text is exactly a case-sensitive match in the
lower-cased text (same length, same positions): that search is used, about four times faster.
"""

from __future__ import annotations

import re
import string
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

_FOLDS_TO_ASCII = re.compile(r"[\x00-\x7f]", re.IGNORECASE)  # "\u212a" (Kelvin) matches "k"


def _chars_ok(codes: range | list[int]) -> bool:
    """No upper-case ASCII letter, and no non-ASCII character that matches an ASCII one ignoring case."""
    return not any(
        chr(code) in string.ascii_uppercase or (code > 127 and _FOLDS_TO_ASCII.fullmatch(chr(code)))
        for code in codes
    )


def _lower_case_only(parsed) -> bool:  # noqa: ANN001 (re's parse tree)
    """Whether no literal, range or set of a parsed pattern names an upper-case ASCII letter or a character
    that folds to an ASCII one."""
    c = sre_constants
    for op, av in parsed:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _chars_ok([av]):
                return False
        elif op == c.IN:
            for item_op, item_av in av:
                if item_op == c.LITERAL and not _chars_ok([item_av]):
                    return False
                if item_op == c.RANGE and not _chars_ok(range(item_av[0], item_av[1] + 1)):
                    return False
        elif op == c.BRANCH:
            if not all(_lower_case_only(branch) for branch in av[1]):
                return False
        elif op == c.SUBPATTERN:
            if av[1] or av[2] or not _lower_case_only(av[3]):  # (no inline flags: "(?-i:...)")
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _lower_case_only(av[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _lower_case_only(av[1]):
                return False
        elif op == c.ATOMIC_GROUP:
            if not _lower_case_only(av):
                return False
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS):
            return False
    return True


BUILD_AFTER = 64  # searches answered the slow way before the faster pattern is compiled (~0.05-0.1 s)
_MADE: list[AnyOf | Folded] = []  # every one made, for build_all


def build_all() -> None:
    """Compile every faster pattern now (the bot's warm-up, about 0.2 s in all), so no message pays for it."""
    for made in _MADE:
        made.build()


def _folded_twin(source: str, flags: int) -> re.Pattern[str] | None:
    """The case-sensitive pattern that matches a lower-cased ASCII text exactly where ``source`` with
    ``flags`` (IGNORECASE) matches the text; None when there is none (see the module's docstring)."""
    if not flags & re.IGNORECASE or not _lower_case_only(sre_parser.parse(source, flags)):
        return None
    return re.compile(source, flags & ~re.IGNORECASE)


class AnyOf:
    """``AnyOf(patterns).may_match(text)`` is False only when ``not any(p.search(text) for p in patterns)``.
    The patterns share their flags and have no groups. The first BUILD_AFTER calls answer True (the
    caller then runs its patterns as before): a one-shot `magbot estimate` never pays for the build."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self._patterns = patterns
        self._calls = 0
        self._joined = ""
        self._folded: re.Pattern[str] | None = None
        _MADE.append(self)

    def build(self) -> None:
        if self._joined:
            return
        flags = self._patterns[0].flags
        assert all(p.flags == flags and not p.groups for p in self._patterns)
        self._joined = "|".join(f"(?:{p.pattern})" for p in self._patterns)
        self._folded = _folded_twin(self._joined, flags)

    def may_match(self, text: str) -> bool:
        if not self._joined:
            self._calls += 1
            if self._calls <= BUILD_AFTER:
                return True
            self.build()
        if self._folded is not None and text.isascii():
            return self._folded.search(text.lower()) is not None
        return True  # (a rare non-ASCII text: the caller runs its patterns)


class Folded:
    """``Folded(pattern).search(text)`` is ``pattern.search(text) is not None`` (``.match`` likewise), by the
    faster case-sensitive search of the lower-cased text when the text is ASCII and the pattern allows it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._calls = 0
        self._built = False
        self._folded: re.Pattern[str] | None = None
        _MADE.append(self)

    def build(self) -> None:
        if not self._built:
            self._built = True
            self._folded = _folded_twin(self.pattern.pattern, self.pattern.flags)

    def _twin(self) -> re.Pattern[str] | None:
        if not self._built:
            self._calls += 1
            if self._calls <= BUILD_AFTER:
                return None
            self.build()
        return self._folded

    def search(self, text: str) -> bool:
        twin = self._twin()
        if twin is not None and text.isascii():
            return twin.search(text.lower()) is not None
        return self.pattern.search(text) is not None

    def match(self, text: str) -> bool:
        twin = self._twin()
        if twin is not None and text.isascii():
            return twin.match(text.lower()) is not None
        return self.pattern.match(text) is not None
