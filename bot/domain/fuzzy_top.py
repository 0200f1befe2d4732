"""The best `limit` of many strings for a query by rapidfuzz's WRatio — exactly what
``process.extract(query, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=cutoff)`` returns — without
scoring every string.

WRatio is the best of a few ratios (plain, token-sorted and token-set, and partial ones for strings of
unequal length, each scaled). Every one of them compares characters, so none can exceed a bound computed
from the characters the two strings have in common (counted as multisets: `common`):

* the plain and token-sorted ratios: ``200 × common / (len(query) + len(choice))`` (the longest common
  subsequence has at most `common` characters; sorting the words moves them, it changes none);
* the partial ratios (a string at least 1.5 times the other's length): the shorter string against windows of
  the longer, at most ``200 × common / (len(shorter) + common)``, times WRatio's scale for partial scores
  (0.9, or 0.6 beyond eight times the length);
* the token-set ratios compare words: a word the two strings share (or a word said twice in one of them)
  can make them 100, so such a choice is bounded by 100.

The choices are scored best bound first; once `limit` scores are in, a choice whose bound is below the
`limit`-th best score cannot enter, and neither can any after it. The few that can are then ranked by
``process.extract`` itself (same scores, same order of ties). Identical choice strings are scored once.
The character counts are built once per list of choices (numpy).

`TopChoices.near` serves a different question, whether a query can score near-exactly with any choice under
the matcher's own score (FoodMatcher._core_score): it returns a superset of the choices that can, from the
same character bound and a per-word bound, so that a caller can rule out a near-exact match without the
ranking.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

_SLACK = 1e-3  # scores within this of the threshold are kept for the exact ranking (float rounding)
_CHUNK = 256  # choices scored at a time (one call), best bound first


class TopChoices:
    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = list(choices)
        first: dict[str, int] = {}
        self._members: list[list[int]] = []  # unique string -> the positions of the choices that are it
        for position, choice in enumerate(self.choices):
            unique = first.setdefault(choice, len(first))
            if unique == len(self._members):
                self._members.append([])
            self._members[unique].append(position)
        self._unique = list(first)
        self._unique_array = np.array(self._unique, dtype=object)
        self._positions = np.array([len(members) for members in self._members], dtype=np.int64)
        alphabet = sorted({ch for choice in self._unique for ch in choice})
        self._column = {ch: i for i, ch in enumerate(alphabet)}
        lengths = [len(choice) for choice in self._unique]
        rows = np.repeat(np.arange(len(self._unique), dtype=np.int64), lengths)
        points = np.frombuffer("".join(self._unique).encode("utf-32-le"), dtype=np.uint32)
        lookup = np.zeros(int(points.max(initial=0)) + 1, dtype=np.int64)
        lookup[[ord(ch) for ch in alphabet]] = np.arange(len(alphabet))
        columns = lookup[points]
        flat = np.bincount(rows * len(alphabet) + columns, minlength=len(self._unique) * len(alphabet))
        # one row per character: a query reads only the rows of its own characters
        self._counts = np.ascontiguousarray(flat.reshape(len(self._unique), len(alphabet)).T.astype(np.int16))
        self._lengths = np.array(lengths, dtype=np.float64)
        self._open: list[int] = []  # choices any query may score 100 with in a token-set ratio
        self._by_word: dict[str, list[int]] = {}
        for row, choice in enumerate(self._unique):
            words = choice.split()
            if len(set(words)) != len(words):
                self._open.append(row)
            for word in set(words):
                self._by_word.setdefault(word, []).append(row)
        # every word of every choice as (row, word, length), for the per-word bound of `near`
        self._words = sorted(self._by_word)
        word_index = {word: i for i, word in enumerate(self._words)}
        occurrences = [(row, word) for row, choice in enumerate(self._unique) for word in choice.split()]
        self._token_row = np.array([row for row, _ in occurrences], dtype=np.int64)
        self._token_word = np.array([word_index[word] for _, word in occurrences], dtype=np.int64)
        self._token_length = np.array([len(word) for _, word in occurrences], dtype=np.float64)
        self._word_letters = np.bincount(
            self._token_row, weights=self._token_length, minlength=len(self._unique)
        )

    def _plain(self, query: str) -> np.ndarray:
        """An upper bound of the plain and the token-sorted ratio of the query with every unique choice:
        ``200 × common / (len(query) + len(choice))``."""
        return 200.0 * self._common(query) / (float(len(query)) + self._lengths)

    def _common(self, query: str) -> np.ndarray:
        """The characters each unique choice shares with the query, counted as multisets."""
        wanted: dict[int, int] = {}
        for ch in query:
            column = self._column.get(ch)
            if column is not None:
                wanted[column] = wanted.get(column, 0) + 1
        if not wanted:
            return np.zeros(len(self._unique), dtype=np.float64)
        rows = np.fromiter(wanted, dtype=np.int64, count=len(wanted))
        counts = np.fromiter(wanted.values(), dtype=np.int16, count=len(wanted))
        return np.minimum(self._counts[rows], counts[:, None]).sum(axis=0, dtype=np.float64)

    def near(self, query: str, plain_floor: float, word_floor: float) -> list[str]:
        """The unique choices whose plain or token-sorted ratio with the single-spaced ``query`` may reach
        ``plain_floor``, or whose words' length-weighted best ``fuzz.ratio`` with a word of the query (the
        choice side of FoodMatcher._core_score's word coverage) reaches ``word_floor``. A choice whose
        words are the query's has a coverage of 100, so it is among them."""
        if not query or not self._unique:
            return []
        scores = process.cdist(query.split(), self._words, scorer=fuzz.ratio, dtype=np.float64)
        best = scores.max(axis=0)  # each word of the choices: its best ratio with a word of the query
        cover = (
            np.bincount(
                self._token_row,
                weights=best[self._token_word] * self._token_length,
                minlength=len(self._unique),
            )
            / self._word_letters
        )
        rows = np.flatnonzero((self._plain(query) >= plain_floor - _SLACK) | (cover >= word_floor - _SLACK))
        return [self._unique[row] for row in rows.tolist()]

    def _bounds(self, query: str) -> np.ndarray:
        """An upper bound of WRatio(query, choice) for every unique choice."""
        common = self._common(query)
        length = float(len(query))
        plain = 200.0 * common / (length + self._lengths)
        shorter = np.minimum(self._lengths, length)
        longer = np.maximum(self._lengths, length)
        ratio = longer / shorter
        partial = 200.0 * common / (shorter + common) * np.where(ratio > 8.0, 0.6, 0.9)
        bounds = np.where(ratio < 1.5, plain, np.maximum(plain, partial))
        words = query.split()
        if len(set(words)) != len(words):
            bounds[:] = 100.0
            return bounds
        bounds[self._open] = 100.0
        for word in set(words):
            bounds[self._by_word.get(word, [])] = 100.0
        return bounds

    def extract(self, query: str, limit: int, score_cutoff: float) -> list[tuple[str, float, int]]:
        """``process.extract(query, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=score_cutoff)``."""
        # the bounds assume single spaces between words (the token ratios rejoin words with one space, which
        # shortens a query like 'a  b' and so raises its scores above a bound computed from its length)
        if not query or not self._unique or query != " ".join(query.split()):
            return process.extract(
                query, self.choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=score_cutoff
            )
        bounds = self._bounds(query)
        candidates = np.flatnonzero(bounds >= score_cutoff - _SLACK)
        order = candidates[np.argsort(-bounds[candidates], kind="stable")]
        threshold = score_cutoff
        best = np.empty(0, dtype=np.float64)  # the `limit` best scores so far, a choice once per position
        kept: list[np.ndarray] = []
        start = 0
        while start < len(order):
            floor = threshold - _SLACK
            rows = order[start : start + _CHUNK]
            rows = rows[bounds[rows] >= floor]  # (bounds fall along `order`: none after these can enter)
            if not len(rows):
                break
            start += _CHUNK
            scores = process.cdist(
                [query], self._unique_array[rows], scorer=fuzz.WRatio, score_cutoff=max(floor, 0.0)
            )[0].astype(np.float64)
            entered = scores >= floor
            rows, scores = rows[entered], scores[entered]
            kept.append(rows)
            best = np.concatenate((best, np.repeat(scores, self._positions[rows])))
            if len(best) >= limit:
                best = np.partition(best, len(best) - limit)[len(best) - limit :]
                threshold = max(score_cutoff, float(best.min()))
        entered_rows = np.concatenate(kept).tolist() if kept else []
        positions = sorted(p for row in entered_rows for p in self._members[row])
        hits = process.extract(
            query,
            [self.choices[p] for p in positions],
            scorer=fuzz.WRatio,
            limit=limit,
            score_cutoff=score_cutoff,
        )
        return [(choice, score, positions[index]) for choice, score, index in hits]
