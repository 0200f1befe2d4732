"""Fuzzy matching of a food phrase ("cooked spinnach", "yoghurt") to rows of the food table.

Pure domain code (rapidfuzz only). Names and aliases are normalised once (lowercase, accents and
punctuation removed, plurals singularised, stopwords dropped). Cooking-state words (cooked, boiled,
raw, roasted, ...) are taken out of both sides before fuzzy scoring and then decide between variants:
a plain "spinach" prefers the row whose name or alias is plain, "boiled spinach" prefers the cooked row.

Status: ``"sure"`` (log it), ``"unsure"`` (ask "Did you mean …?" with up to 4 candidates) or ``"none"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.domain.foods import Food, FoodTable

MatchStatus = Literal["sure", "unsure", "none"]

SURE_SCORE = 88.0  # at or above (and clear of the runner-up): sure
UNSURE_SCORE = 75.0  # at or above: offer candidates
SHORT_UNSURE_SCORE = 82.0  # stricter for one-word queries ("hello" vs "jello", "weather" vs "water")
MARGIN = 2.5  # the best must beat the best *other* food by this much to be sure
MAX_CANDIDATES = 4

# Cooking-state words, grouped into families; an exact word match beats a family match.
_STATE_FAMILIES: dict[str, str] = {
    **dict.fromkeys(
        (
            "cooked",
            "boiled",
            "steamed",
            "baked",
            "grilled",
            "fried",
            "roasted",
            "roast",
            "sauteed",
            "poached",
            "broiled",
            "stewed",
            "microwaved",
            "braised",
            "scrambled",
            "toasted",
            "pan",
            "broiled",
            "simmered",
            "blanched",
            "barbecued",
            "bbq",
            "seared",
            "stir",
            "stirfried",
        ),
        "cooked",
    ),
    **dict.fromkeys(("raw", "fresh", "uncooked"), "raw"),
    **dict.fromkeys(("dried", "dry"), "dried"),
    **dict.fromkeys(("canned", "tinned"), "canned"),
    **dict.fromkeys(("frozen",), "frozen"),
}
# Canonical spellings (after singularising).
_SYNONYMS: dict[str, str] = {
    "yoghurt": "yogurt",
    "yogourt": "yogurt",
    "yoghourt": "yogurt",
    "lowfat": "low fat",
    "nonfat": "non fat",
    "fatfree": "fat free",
    "wholewheat": "whole wheat",
    "wholemeal": "whole wheat",
    "wholegrain": "whole grain",
    "porage": "porridge",
    "tinned": "canned",
    "tin": "canned",
    "grey": "gray",
    "flavour": "flavor",
    "flavoured": "flavored",
    "colour": "color",
    "sauted": "sauteed",
    "saute": "sauteed",
    "bbq": "barbecued",
    "pb": "peanut butter",
    "oj": "orange juice",
    "n": "and",
}
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "with",
        "in",
        "on",
        "for",
        "to",
        "at",
        "from",
        "by",
        "some",
        "any",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "i",
        "me",
        "we",
        "us",
        "you",
        "he",
        "she",
        "it",
        "they",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "having",
        "just",
        "also",
        "then",
        "very",
        "really",
        "so",
        "too",
        "more",
        "most",
        "much",
        "many",
        "lot",
        "lots",
        "little",
        "bit",
        "bits",
        "piece",
        "please",
        "thanks",
        "thank",
        "thx",
        "ok",
        "okay",
        "yes",
        "no",
        "not",
        "what",
        "whats",
        "how",
        "why",
        "when",
        "where",
        "who",
        "which",
        "can",
        "could",
        "would",
        "should",
        "will",
        "like",
        "about",
        "today",
        "yesterday",
        "tonight",
        "morning",
        "evening",
        "afternoon",
        "night",
        "ate",
        "eat",
        "eaten",
        "eating",
        "drank",
        "drink",
        "drinking",
        "s",
        "t",
        "ll",
        "ve",
        "d",
        "re",
        "m",
    ]
)
_IRREGULAR_SINGULAR = {
    "leaves": "leaf",
    "loaves": "loaf",
    "halves": "half",
    "calves": "calf",
    "knives": "knife",
    "children": "child",
    "teeth": "tooth",
    "feet": "foot",
    "mice": "mouse",
    "geese": "goose",
    "oats": "oat",
    "cookies": "cookie",
    "brownies": "brownie",
    "smoothies": "smoothie",
    "pies": "pie",
    "ties": "tie",
    "movies": "movie",
    "chives": "chive",
    "olives": "olive",
    "grapes": "grape",
    "dates": "date",
    "pancakes": "pancake",
    "cakes": "cake",
    "sprouts": "sprout",
}
_NO_SINGULAR = frozenset(
    {
        "hummus",
        "couscous",
        "asparagus",
        "swiss",
        "molasses",
        "grits",
        "brussels",
        "bass",
        "cress",
        "watercress",
        "citrus",
        "octopus",
        "cactus",
        "lotus",
        "quinoa",
        "this",
        "is",
        "was",
        "has",
        "yes",
        "us",
        "gas",
        "plus",
        "bus",
        "hibiscus",
        "haggis",
        "chips",
        "fries",
        "nachos",
        "cheerios",
        "anchovies",
    }
)
_WORD_RE = re.compile(r"[a-z0-9]+")


def singular(word: str) -> str:
    """A crude, deterministic English singular (applied identically to names and queries)."""
    if word in _IRREGULAR_SINGULAR:
        return _IRREGULAR_SINGULAR[word]
    if len(word) <= 3 or word in _NO_SINGULAR or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("oes"):
        return word[:-2]
    if word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ord(ch) < 128)


def tokens(text: str, *, drop_stopwords: bool = True) -> list[str]:
    """Normalised tokens: ascii-folded, lowercase, punctuation-free, singular, synonyms applied."""
    text = _ascii_fold(text.lower()).replace("&", " and ").replace("%", " percent ")
    text = re.sub(r"(?<=[a-z])'(?=[a-z])", "", text)  # "plain's" -> "plains"
    out: list[str] = []
    for raw in _WORD_RE.findall(text):
        word = _SYNONYMS.get(raw, raw)
        for part in word.split():
            part = _SYNONYMS.get(singular(part), singular(part))
            for sub in part.split():
                if drop_stopwords and sub in _STOPWORDS:
                    continue
                out.append(sub)
    return out


def normalise(text: str) -> str:
    return " ".join(tokens(text))


def _split_state(toks: list[str]) -> tuple[str, frozenset[str]]:
    core = [t for t in toks if t not in _STATE_FAMILIES]
    states = frozenset(t for t in toks if t in _STATE_FAMILIES)
    # "dry roasted" is a roast, not "dried"
    if "dry" in states and "roasted" in states:
        states = states - {"dry"}
    return " ".join(core), states


def _families(states: frozenset[str]) -> frozenset[str]:
    return frozenset(_STATE_FAMILIES[s] for s in states)


@dataclass(frozen=True)
class MatchResult:
    status: MatchStatus
    best: Food | None
    score: float
    candidates: tuple[Food, ...] = ()


_NONE = MatchResult("none", None, 0.0, ())


@dataclass(frozen=True)
class _Choice:
    food_index: int
    full: str  # normalised, state words included
    core: str  # normalised, state words removed
    states: frozenset[str]


class FoodMatcher:
    """Fuzzy food matching over names and aliases; choices are precomputed once per table."""

    def __init__(self, table: FoodTable) -> None:
        self.table = table
        self.foods: tuple[Food, ...] = tuple(table)
        choices: list[_Choice] = []
        self._exact: dict[str, list[int]] = {}
        self._food_states: list[frozenset[str]] = []
        for index, food in enumerate(self.foods):
            name_core, name_states = _split_state(tokens(food.name))
            self._food_states.append(name_states)
            seen: set[str] = set()
            for label in (food.name, *food.aliases):
                toks = tokens(label)
                full = " ".join(toks)
                if not full or full in seen:
                    continue
                seen.add(full)
                core, states = _split_state(toks)
                choices.append(_Choice(index, full, core or full, states))
                bucket = self._exact.setdefault(full, [])
                if index not in bucket:
                    bucket.append(index)
        self._choices = choices
        self._cores = [c.core for c in choices]
        self._cache: dict[str, MatchResult] = {}

    # ------------------------------------------------------------------------------------ helpers

    def is_known_name(self, text: str) -> bool:
        """True when ``text`` is (after normalisation) exactly a food's name or alias."""
        full = normalise(text)
        return bool(full) and full in self._exact

    def _state_adjust(self, query_states: frozenset[str], choice: _Choice) -> float:
        food_states = self._food_states[choice.food_index] | choice.states
        if not query_states:
            # a plain query prefers a plain label (the family's default row)
            return 0.0 if not choice.states else -3.0
        if query_states & food_states:
            return 4.0
        q_fam, f_fam = _families(query_states), _families(food_states)
        if q_fam & f_fam:
            return 2.5
        if not food_states:
            return -1.0
        return -8.0

    @staticmethod
    def _core_score(query: str, choice: str) -> float:
        if query == choice:
            return 100.0
        ratio = fuzz.ratio(query, choice)
        sort = fuzz.token_sort_ratio(query, choice)
        q_toks, c_toks = query.split(), choice.split()
        if len(q_toks) == 1 and len(c_toks) == 1:
            # one word each: average with the transposition-aware OSA similarity, which tells a typo
            # ("quinao") from a different word ("weather" vs "water")
            return (ratio + 100.0 * OSA.normalized_similarity(query, choice)) / 2
        q_set, c_set = set(q_toks), set(c_toks)
        subset = 0.0
        common = q_set & c_set
        if common:
            extra_q = len(q_set - c_set)
            extra_c = len(c_set - q_set)
            if extra_q == 0 or extra_c == 0:
                # one side's words all appear in the other: strong but below an exact hit
                subset = 94.0 - 3.0 * min(extra_q + extra_c, 4) - (2.0 if extra_q else 0.0)
            else:
                subset = fuzz.token_set_ratio(query, choice) * 0.85
        # fuzzy word coverage: each query word against its best choice word (typos in multi-word text)
        cover = 0.0
        if len(q_toks) > 1 or len(c_toks) > 1:
            q_best = [max(fuzz.ratio(q, c) for c in c_toks) for q in q_toks]
            c_best = [max(fuzz.ratio(c, q) for q in q_toks) for c in c_toks]
            q_cov = sum(b * len(q) for b, q in zip(q_best, q_toks, strict=True)) / sum(map(len, q_toks))
            c_cov = sum(b * len(c) for b, c in zip(c_best, c_toks, strict=True)) / sum(map(len, c_toks))
            cover = 0.6 * q_cov + 0.4 * c_cov - 4.0
        return max(ratio, sort, subset, cover)

    # -------------------------------------------------------------------------------------- match

    def match(self, text: str) -> MatchResult:
        key = text.strip().lower()
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self._match(key)
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _match(self, text: str) -> MatchResult:
        toks = tokens(text)
        if not toks or not any(ch.isalpha() for ch in "".join(toks)) or len(text) > 200:
            return _NONE
        full = " ".join(toks)
        exact = self._exact.get(full)
        if exact is not None and len(exact) == 1:
            return MatchResult("sure", self.foods[exact[0]], 100.0, (self.foods[exact[0]],))
        core, q_states = _split_state(toks)
        if not core:
            return _NONE
        hits = process.extract(core, self._cores, scorer=fuzz.WRatio, limit=40, score_cutoff=55)
        best_by_food: dict[int, float] = {}
        for _, _, idx in hits:
            choice = self._choices[idx]
            score = self._core_score(core, choice.core) + self._state_adjust(q_states, choice)
            if score > best_by_food.get(choice.food_index, -1.0):
                best_by_food[choice.food_index] = score
        if not best_by_food:
            return _NONE
        ranked = sorted(best_by_food.items(), key=lambda kv: (-kv[1], kv[0]))
        best_index, best_score = ranked[0]
        best_food = self.foods[best_index]
        threshold = SHORT_UNSURE_SCORE if len(core.split()) == 1 else UNSURE_SCORE
        if best_score < threshold:
            return MatchResult("none", None, best_score, ())
        candidates = tuple(self.foods[i] for i, s in ranked[:MAX_CANDIDATES] if s >= threshold)
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best_score >= SURE_SCORE and best_score - runner_up >= MARGIN:
            return MatchResult("sure", best_food, best_score, candidates)
        return MatchResult("unsure", best_food, best_score, candidates)
