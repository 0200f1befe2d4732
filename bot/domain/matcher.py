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
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.domain.foods import Food, FoodTable
from bot.domain.matcher_kinds import add_kind_named
from bot.domain.matcher_words import (  # noqa: F401 (re-exported)
    _COMMON_WORDS_TEXT,
    _IRREGULAR_SINGULAR,
    _NO_SINGULAR,
    _STATE_FAMILIES,
    _STOPWORDS,
    _SYNONYMS,
    _WORD_RE,
    COMMON_WORDS,
    CUT_WORDS,
    DISH_WORDS,
    NON_FOOD_WORDS,
    TYPO_MIN_LEN,
    TYPO_SOUND_LEN,
    TYPO_TWO_EDITS_LEN,
)

TOPS_CACHE = 2048  # cores whose fuzzy top is kept (_fuzzy_top)
BUILD_TOP_AFTER = 8  # fuzzy queries scored directly before the ranking structure is built
MatchStatus = Literal["sure", "unsure", "none"]

SURE_SCORE = 88.0  # at or above (and clear of the runner-up): sure
UNSURE_SCORE = 75.0  # at or above: offer candidates
SHORT_UNSURE_SCORE = 82.0  # stricter for one-word queries ("hello" vs "jello", "weather" vs "water")
MARGIN = 2.5  # the best must beat the best *other* food by this much to be sure
MAX_CANDIDATES = 4


@lru_cache(maxsize=16384)
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
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ord(ch) < 128)


_IN_DISH_RE = re.compile(r"\b(?:in|into|on)\s+(?:my|a|an|the|his|her|their|our)\b")
_APOSTROPHE_RE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_LETTER_HYPHEN_RE = re.compile(r"\b([a-z])-(?=[a-z])")


def tokens(text: str, *, drop_stopwords: bool = True) -> list[str]:
    """Normalised tokens: ascii-folded, lowercase, punctuation-free, singular, synonyms applied."""
    return list(_tokens(text, drop_stopwords))


@lru_cache(maxsize=2048)  # phrases recur in a message; 16,384 kept the build's names (2 MB)
def _tokens(text: str, drop_stopwords: bool) -> tuple[str, ...]:
    text = _ascii_fold(text.lower()).replace("&", " and ").replace("%", " percent ")
    text = _APOSTROPHE_RE.sub("", text)  # "plain's" -> "plains"
    text = _LETTER_HYPHEN_RE.sub(r"\1", text)  # "t-bone" -> "tbone" (not the stopword "t")
    out: list[str] = []
    for raw in _WORD_RE.findall(text):
        word = _SYNONYMS.get(raw, raw)
        for part in word.split():
            one = singular(part)
            # "beens" is a misspelt food word, not the stopword "been": keep it as written
            part = part if one in _STOPWORDS and part not in _STOPWORDS else _SYNONYMS.get(one, one)
            for sub in part.split():
                if drop_stopwords and sub in _STOPWORDS:
                    continue
                out.append(sub)
    return tuple(out)


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    return " ".join(tokens(text))


_HARD_C_RE = re.compile(r"^(?:qu|q|c(?=[aoulr])|k)")


def _sound_key(word: str) -> str:
    """The word with a leading hard k sound spelt one way: "kinoa" and "quinoa", "cale" and "kale" meet."""
    return _HARD_C_RE.sub("k", word)


_VOWELS_RE = re.compile(r"(?<=.)(?:[aeiouy]|(?<=[aeiou])w)")  # "ew", "ow": the w is a vowel there


def _skeleton(word: str) -> str:
    """The word's first letter and its consonants after it ("cashew", "cashue" -> "csh")."""
    return _VOWELS_RE.sub("", word)


def _one_slip(word: str, other: str) -> bool:
    """Two words of one length that differ only in their last two letters ("cashue"/"cashew"): the ending
    fumbled. (Inside a word the same slip is too often another word: "choose"/"cheese", "pooled"/"peeled".)"""
    return word[:-2] == other[:-2] and word[-2:] != other[-2:]


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
    covered: bool = False  # unsure, but the best is the only close food whose name holds every word said


_NONE = MatchResult("none", None, 0.0, ())
_BELOW = MatchResult("none", None, 0.0, ())  # sure_at: no food can reach the score asked (not cached)
MAX_STATE_BONUS = 4.0  # the most _state_adjust adds to a core score


@dataclass(frozen=True)
class _Choice:
    food_index: int
    full: str  # normalised, state words included
    core: str  # normalised, state words removed
    states: frozenset[str]
    literal: str  # normalised with stopwords kept ("baked potato with skin")


class FoodMatcher:
    """Fuzzy food matching over names and aliases; choices are precomputed once per table."""

    def __init__(self, table: FoodTable) -> None:
        self.table = table
        self.foods: tuple[Food, ...] = tuple(table)
        # generic words, keyed by their normalised tokens ("berries" -> "berry")
        self._generics: dict[str, tuple[Food, ...]] = {
            " ".join(tokens(word)): foods for word, foods in getattr(table, "generics", {}).items() if foods
        }
        choices: list[_Choice] = []
        self._exact: dict[str, list[int]] = {}
        self._literal: dict[str, list[int]] = {}
        self._food_states: list[frozenset[str]] = []
        self._vocab: dict[str, int] = {}
        # core name -> foods carrying it (variants that differ only in state: raw/cooked courgette)
        self._family: dict[str, list[int]] = {}
        said: dict[tuple[str, bool], list[str]] = {}  # each label's tokens, for add_kind_named below
        for index, food in enumerate(self.foods):
            food_states: frozenset[str] = frozenset()
            seen: set[str] = set()
            for label in (food.name, *food.aliases):
                literal_toks = tokens(label, drop_stopwords=False)
                toks = [t for t in literal_toks if t not in _STOPWORDS]  # = tokens(label), computed once
                said[label, True], said[label, False] = toks, literal_toks
                if len(toks) == 1 and len(literal_toks) > 1:
                    # "energy drink", "soft drink": a label that only a stopword tells from an everyday word
                    # ("low energy today", "soft") is matched as written, never as its one remaining word
                    toks = literal_toks
                full = " ".join(toks)
                if full in seen:  # "hot dog on a bun" beside "hot dog in a bun": one more name as written
                    self._literal.setdefault(" ".join(literal_toks), [index])
                if not full or full in seen:
                    continue
                seen.add(full)
                core, states = _split_state(toks)
                food_states |= states  # "dry oats", "raw oats" are aliases of a dry/raw row
                literal = " ".join(literal_toks)
                choices.append(_Choice(index, full, core or full, states, literal))
                for key, index_map in ((full, self._exact), (literal, self._literal)):
                    bucket = index_map.setdefault(key, [])
                    if index not in bucket:
                        bucket.append(index)
                family = self._family.setdefault(core or full, [])
                if index not in family:
                    family.append(index)
                for tok in toks:
                    self._vocab[tok] = self._vocab.get(tok, 0) + 1
            self._food_states.append(food_states)
        add_kind_named(self.foods, self._exact, self._literal, said)  # "pb&j sandwich"
        self._choices = choices
        self._cores = [c.core for c in choices]
        self._top_built = None  # the WRatio ranking of the cores (see _fuzzy_top)
        self._ranked_queries = 0
        self._index_of = {food.id: index for index, food in enumerate(self.foods)}
        self._food_cores: dict[int, list[str]] = {}
        self._lossless: dict[str, list[int]] = {}  # normalised label that lost no stopword -> foods
        for choice in choices:
            self._food_cores.setdefault(choice.food_index, []).append(choice.core)
            if choice.literal == choice.full:
                self._lossless.setdefault(choice.full, []).append(choice.food_index)
        self._vocab_list = sorted(self._vocab)
        self._corrections: dict[str, str] = {}
        self._ties: dict[str, tuple[str, ...]] = {}  # misspelt word -> the food words it is equally near
        self._cache: dict[str, MatchResult] = {}
        self._tops: dict[tuple[str, int, float], list] = {}  # a core's fuzzy top (one message asks again)

    def warm_up(self) -> None:
        """Build the fuzzy ranking now (the bot calls this at start), so no message pays for it."""
        if self._top_built is None:
            from bot.domain.fuzzy_top import TopChoices

            self._top_built = TopChoices(self._cores)

    def _fuzzy_top(self, core: str, limit: int, score_cutoff: float) -> list:
        """``process.extract(core, cores, scorer=WRatio, …)``. The first few queries of a process score every
        core directly; from then on (or after warm_up) a ranking that skips cores which cannot enter the
        top (fuzzy_top.TopChoices, built with numpy) answers: a one-shot `magbot estimate` pays neither its
        ~100 ms build nor the numpy import, and the bot's thousandth message is 2× cheaper."""
        key = (core, limit, score_cutoff)
        known = self._tops.get(key)
        if known is None:
            if len(self._tops) >= TOPS_CACHE:
                self._tops.clear()
            known = self._tops[key] = self._top(core, limit, score_cutoff)
        return known

    def _top(self, core: str, limit: int, score_cutoff: float) -> list:
        if self._top_built is None:
            self._ranked_queries += 1
            if self._ranked_queries <= BUILD_TOP_AFTER:
                return process.extract(
                    core, self._cores, scorer=fuzz.WRatio, limit=limit, score_cutoff=score_cutoff
                )
            self.warm_up()
        return self._top_built.extract(core, limit=limit, score_cutoff=score_cutoff)

    def is_generic(self, text: str) -> bool:
        """True when ``text`` names a kind of food ("fish", "nuts"), not one food."""
        return " ".join(tokens(text)) in self._generics

    def is_literal_name(self, text: str) -> bool:
        """True when ``text``, word for word (no state or unit words taken out), is a food's name or alias."""
        return " ".join(tokens(text, drop_stopwords=False)) in self._literal

    def is_known_name(self, text: str) -> bool:
        """True when ``text`` is (after normalisation) exactly a food's name or alias."""
        full = normalise(text)
        literal = " ".join(tokens(text, drop_stopwords=False))
        return bool(full) and (full in self._exact or literal in self._literal)

    def variants(self, food: Food) -> tuple[Food, ...]:
        """Other rows sharing one of ``food``'s core names, differing only in state (raw/cooked ...)."""
        index = self._index_of.get(food.id, -1)
        out: list[Food] = []
        for core in self._food_cores.get(index, ()):
            for other in self._family.get(core, ()):
                if other != index and self.foods[other] not in out:
                    out.append(self.foods[other])
        return tuple(out)

    def _correct(self, word: str) -> str:
        """A misspelt word -> the one table-vocabulary word it most likely is; else the word unchanged.

        Only words unknown to the table, of at least :data:`TYPO_MIN_LEN` letters, not stopwords or
        :data:`NON_FOOD_WORDS`, are corrected; the correction keeps the first letter (or its hard k sound: "kinoa" for quinoa) and is at most one
        edit away (two from :data:`TYPO_TWO_EDITS_LEN` letters), transpositions counting as one edit.
        A tie between two vocabulary words is not corrected.
        """
        if word.endswith("s") and word[:-1] in self._vocab and word not in self._vocab:
            return word[:-1]  # a plural the crude singular() keeps ("kiwis", "pastis")
        if len(word) == TYPO_MIN_LEN - 1 and word.isalpha() and word not in self._vocab:
            swapped = self._transposed(word)
            return swapped if swapped != word else self._doubled(word)
        if len(word) == TYPO_MIN_LEN - 2 and word.isalpha() and word not in self._vocab:
            return self._doubled(word)
        if (
            len(word) < TYPO_MIN_LEN
            or word in self._vocab
            or word in _STOPWORDS
            or word in NON_FOOD_WORDS
            or word in COMMON_WORDS
            or not word.isalpha()
        ):
            return word
        cached = self._corrections.get(word)
        if cached is not None:
            return cached
        max_edits = 2 if len(word) >= TYPO_TWO_EDITS_LEN else 1
        hits = process.extract(
            word, self._vocab_list, scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
        # same first letter; and not a known word plus a suffix ("start" is not a typo of "star"), except
        # the classic trailing e of "potatoe", "tomatoe", "avocadoe"
        hits = [
            h
            for h in hits
            if h[0][0] == word[0]
            and abs(len(h[0]) - len(word)) <= max_edits
            and (not word.startswith(h[0]) or word == h[0] + "e")
            # two edits keep the first two letters and the last ("brocolli", "cheezburger"): "balanced" is
            # not "blanched", "swallowed" not "scalloped", "lunchbox" not "luncheon"
            and (h[1] < 2 or (h[0][:2] == word[:2] and h[0][-1] == word[-1]))
        ]
        if not hits and word.endswith("s") and not word.endswith("ss"):
            # a misspelt plural: its singular is near the (singular) vocabulary ("beens" -> bean or beet)
            stem = word[:-1]
            hits = [
                h
                for h in process.extract(
                    stem, self._vocab_list, scorer=OSA.distance, score_cutoff=1, limit=None
                )
                if h[0][0] == stem[0] and abs(len(h[0]) - len(stem)) <= 1 and not stem.startswith(h[0])
            ]
        if not hits and len(word) >= TYPO_SOUND_LEN:
            # the last two letters fumbled, the consonants kept in order ("cashue" for cashew, "lentle" for
            # lentil)
            skeleton = _skeleton(word)
            hits = [
                h
                for h in process.extract(
                    word, self._vocab_list, scorer=OSA.distance, score_cutoff=2, limit=None
                )
                if len(h[0]) == len(word) and _skeleton(h[0]) == skeleton and _one_slip(word, h[0])
            ]
        if not hits and _HARD_C_RE.match(word):
            # the same first sound spelt another way ("kinoa" for quinoa)
            key = _sound_key(word)
            hits = [
                (v, d, 0)
                for v in self._vocab_list
                if _HARD_C_RE.match(v) and v[0] != word[0]
                for d in (OSA.distance(_sound_key(v), key),)
                if d <= max_edits
            ]
        corrected = word
        if hits:
            best = min(h[1] for h in hits)
            closest = [h[0] for h in hits if h[1] == best]
            if len(closest) == 1:
                corrected = closest[0]
            else:
                self._ties[word] = tuple(sorted(closest))  # "beens": beans or beets, told by the phrase
        if len(self._corrections) > 4096:
            self._corrections.clear()
            self._ties.clear()
        self._corrections[word] = corrected
        return corrected

    def _tied_hit(self, toks: list[str]) -> tuple[int | None, list[str]]:
        """A misspelt word one edit from two food words ("beens": beans, beets) is the one that, with the
        words around it, names a food exactly ("black beens" -> "black beans"); else no hit."""
        found: list[tuple[int, list[str]]] = []
        for position, word in enumerate(toks):
            for option in self._ties.get(word, ()):
                trial = [*toks[:position], option, *toks[position + 1 :]]
                hit = self._exact_hit(" ".join(trial), trial)
                if hit is not None:
                    found.append((hit, trial))
        if len({hit for hit, _ in found}) == 1:
            return found[0]
        return None, toks

    def _transposed(self, word: str) -> str:
        """A four-letter word with two neighbouring letters swapped ("mlik") -> the one vocabulary word it is
        ("milk"); else the word unchanged. Other short-word edits are too often another word ("mate")."""
        if word in _STOPWORDS or word in NON_FOOD_WORDS or word in COMMON_WORDS:
            return word
        swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}
        hits = [w for w in swaps if w in self._vocab and w[0] == word[0]]
        return hits[0] if len(hits) == 1 else word

    def _doubled(self, word: str) -> str:
        """A short word with a double letter written single or on the wrong letter ("egs", "egss" for eggs)
        -> the one vocabulary word it is (or its plural's singular); else the word unchanged."""
        if word in _STOPWORDS or word in NON_FOOD_WORDS or word in COMMON_WORDS:
            return word
        undoubled = {word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]}
        candidates = {w[: i + 1] + w[i] + w[i + 1 :] for w in (word, *undoubled) for i in range(len(w))}
        hits = {c if c in self._vocab else singular(c) for c in candidates - {word}}
        hits = {h for h in hits if h in self._vocab and h[0] == word[0] and h != word}
        return hits.pop() if len(hits) == 1 else word

    def _state_adjust(self, query_states: frozenset[str], choice: _Choice) -> float:
        food_states = self._food_states[choice.food_index] | choice.states
        if not query_states:
            # a plain query prefers a plain label (the family's default row)
            return 0.0 if not choice.states else -3.0
        q_fam, f_fam = _families(query_states), _families(food_states)
        # a state the query did not say ("frozen" for "boiled brussels sprouts") costs a little, so the
        # row that is only what was said wins over its frozen or canned sibling
        unsaid = 1.5 if f_fam - q_fam else 0.0
        if query_states & food_states:
            return 4.0 - unsaid
        if q_fam & f_fam:
            return 2.5 - unsaid
        if not food_states:
            return -1.0
        return -8.0

    @staticmethod
    @lru_cache(maxsize=16384)  # pure; a message's pieces and the same words in other messages meet again
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
                if len(q_set) == 1 and extra_c:
                    # one word naming only part of a food ("vitamin" of "vitamin water", "cool" of
                    # "cool whip") is not enough to be sure: offer it as a candidate at most
                    subset = min(subset, SURE_SCORE - 4.0)
            else:
                subset = fuzz.token_set_ratio(query, choice) * 0.85
        # fuzzy word coverage: each query word against its best choice word (typos in multi-word text)
        cover = 0.0
        if len(q_toks) > 1 or len(c_toks) > 1:
            pairs = [[fuzz.ratio(q, c) for c in c_toks] for q in q_toks]  # ratio is symmetric
            q_best = [max(row) for row in pairs]
            c_best = [max(column) for column in zip(*pairs, strict=True)]
            q_cov = sum(b * len(q) for b, q in zip(q_best, q_toks, strict=True)) / sum(map(len, q_toks))
            c_cov = sum(b * len(c) for b, c in zip(c_best, c_toks, strict=True)) / sum(map(len, c_toks))
            cover = 0.6 * q_cov + 0.4 * c_cov - 4.0
        return max(ratio, sort, subset, cover)

    def match(self, text: str) -> MatchResult:
        return self._cached(text.strip().lower())

    def sure_at(self, text: str, floor: float) -> bool:
        """``match(text)`` is sure with a score of at least ``floor``: the same answer, without the fuzzy
        ranking when no food's core can score within MAX_STATE_BONUS of ``floor``."""
        result = self._cached(text.strip().lower(), floor)
        return result.status == "sure" and result.score >= floor

    def _cached(self, key: str, floor: float | None = None) -> MatchResult:
        result = self._cache.get(key)
        if result is None:
            result = self._match(key, floor)
            if result is not _BELOW:  # (a full match; _BELOW answers only sure_at's question)
                if len(self._cache) > 4096:
                    self._cache.clear()
                self._cache[key] = result
        return result

    def _may_reach(self, core: str, floor: float) -> bool:
        """Whether some core may score ``floor`` with ``core`` (False: none can). The terms of _core_score
        bound it (TopChoices.near): the ratios by shared characters (one word each: the mean of the ratio and
        a similarity <= 100), the word-set term needs the same words, the coverage 0.6 × query side + 0.4 ×
        choice side - 4 a choice side of (floor + 4 - 60) / 0.4; the few cores left are scored."""
        if self._top_built is None:
            return True  # no character counts built yet (a one-shot estimate): rank as usual
        plain = 2.0 * floor - 100.0 if " " not in core else floor
        near = self._top_built.near(core, plain, (floor + 4.0 - 60.0) / 0.4)
        return any(self._core_score(core, choice) >= floor - 1e-6 for choice in near)

    def _exact_hit(self, text: str, toks: list[str]) -> int | None:
        """The one food whose name/alias is exactly the query; a literal hit (stopwords kept) wins ties."""
        literal = self._literal.get(" ".join(tokens(text, drop_stopwords=False)))
        if literal is not None and len(literal) == 1:
            return literal[0]
        exact = self._exact.get(" ".join(toks))
        if exact is None:
            return None
        if len(exact) == 1:
            return exact[0]
        # "orange" vs "orange drink" (a stopword dropped): the label that lost no words wins
        full = " ".join(toks)
        lossless = [i for i in exact if i in self._lossless.get(full, ())]
        return lossless[0] if len(lossless) == 1 else None

    def _match(self, text: str, floor: float | None = None) -> MatchResult:
        toks = tokens(text)
        if not toks or not any(ch.isalpha() for ch in "".join(toks)) or len(text) > 200:
            return _NONE
        literal = self._literal.get(" ".join(tokens(text, drop_stopwords=False)))
        if literal is not None and len(literal) == 1:  # a name as written ("fruit drink", not "fruit")
            return MatchResult("sure", self.foods[literal[0]], 100.0, (self.foods[literal[0]],))
        generic = self._generics.get(" ".join(toks))
        if generic:  # "cake", "nuts": a kind of food, not one food; ask rather than guess
            return MatchResult("unsure", generic[0], 80.0, generic[:MAX_CANDIDATES])
        hit = self._exact_hit(text, toks)
        if hit is not None:
            return MatchResult("sure", self.foods[hit], 100.0, (self.foods[hit],))
        if any(t in NON_FOOD_WORDS for t in toks):
            return _NONE
        if any(t in _STATE_FAMILIES for t in toks[1:]):
            # "eggs scrambled", "broccoli steamed": the state word said after the food
            reordered = [t for t in toks if t in _STATE_FAMILIES] + [
                t for t in toks if t not in _STATE_FAMILIES
            ]
            hit = self._exact_hit(" ".join(reordered), reordered)
            if hit is not None:
                return MatchResult("sure", self.foods[hit], 98.0, (self.foods[hit],))
        corrected = [self._correct(t) for t in toks]
        uncut = [t for t in corrected if t not in CUT_WORDS]
        if uncut:
            corrected = uncut
        if corrected != toks or any(t in self._ties for t in toks):
            # the corrected words as said ("shredded wheat"), then without the cut words ("whole", "shredded")
            full = [self._correct(t) for t in toks]
            hit = self._exact_hit(" ".join(full), full) if full != corrected else None
            if hit is None:
                hit, full = self._tied_hit(full)
            toks = corrected
            if hit is None:
                hit = self._exact_hit(" ".join(toks), toks)
            if hit is None and any(t in _STATE_FAMILIES for t in toks[1:]):
                # "sweet potatoe baked": corrected, then the state word said after the food
                moved = [t for t in toks if t in _STATE_FAMILIES] + [
                    t for t in toks if t not in _STATE_FAMILIES
                ]
                hit = self._exact_hit(" ".join(moved), moved)
            if hit is None:
                hit, toks = self._tied_hit(toks)
            if hit is not None:
                return MatchResult("sure", self.foods[hit], 97.0, (self.foods[hit],))
        core, q_states = _split_state(toks)
        if not core:
            return _NONE
        if floor is not None and not self._may_reach(core, floor - MAX_STATE_BONUS):
            return _BELOW
        hits = self._fuzzy_top(core, limit=40, score_cutoff=55)  # = process.extract(… fuzz.WRatio …)
        best_by_food: dict[int, float] = {}
        said = set(core.split())
        covers: dict[int, bool] = {}  # food -> one of its labels holds every word said
        for _, _, idx in hits:
            choice = self._choices[idx]
            score = self._core_score(core, choice.core) + self._state_adjust(q_states, choice)
            if score > best_by_food.get(choice.food_index, -1.0):
                best_by_food[choice.food_index] = score
            if said <= set(choice.core.split()):
                covers[choice.food_index] = True
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
        # ("chia seeds in my smoothie" names the chia, not a smoothie)
        dish_words = DISH_WORDS.intersection(core.split()) if not _IN_DISH_RE.search(text) else set()
        if dish_words and not dish_words.issubset(" ".join(self._food_cores.get(best_index, ())).split()):
            return MatchResult("unsure", best_food, best_score, candidates)  # "squash soup" is no squash
        if best_score >= SURE_SCORE and best_score - runner_up >= MARGIN:
            return MatchResult("sure", best_food, best_score, candidates)
        close = [i for i, s in ranked[1:] if best_score - s < MARGIN]
        # the only close label that holds every word said ("instant ramen": the instant ramen noodles, not the
        # ramen that lacks "instant"); the estimator logs it when an amount says a food was meant
        covered = (
            best_score >= SURE_SCORE
            and bool(covers.get(best_index))
            and not any(covers.get(i) for i in close)
        )
        return MatchResult("unsure", best_food, best_score, candidates, covered)
