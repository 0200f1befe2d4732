"""Rank knowledge sections for a question: BM25 fused with static sentence embeddings.

Each section is one document. The lexical side is BM25 (bm25s) over its heading, its `<!-- also: -->`
paraphrases, its body and its article's title, after the vocabulary in `knowledge/vocabulary.csv` adds a
canonical word for each everyday phrase it knows ("water pills" -> diuretic). The semantic side is the best
cosine similarity between the question's WordLlama vector and the vectors of the section's heading, each
paraphrase and its first sentences, all embedded once when the index is built.

The fused score of a section is `SEMANTIC_WEIGHT * cosine + (1 - SEMANTIC_WEIGHT) * bm25 / max(best bm25,
BM25_FLOOR)`: the floor keeps a question that matches nothing well lexically from being inflated to 1.
Coverage (the IDF-weighted share of the question's words that occur in a section) is reported with each
hit so that the answerer can tell a question about something else from one about us.

Pure Python: no framework imports.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

# bm25s's own switch for its progress bars (never shown here): without it, importing bm25s imports
# tqdm.auto (about 3 MB of RSS in the long-running bot).
os.environ.setdefault("DISABLE_TQDM", "1")

import bm25s  # noqa: E402
import numpy as np
import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.domain.embedding import Embedder
from bot.domain.knowledge import DEFAULT_KNOWLEDGE_DIR, Section

SEMANTIC_WEIGHT = 0.5
BM25_FLOOR = 12.0
LEAD_SENTENCES = 2
MAX_PHRASE_WORDS = 5

_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "−": "-", "’": "'", "‘": "'"})


_NUMBER_UNIT_RE = re.compile(r"(?<=\d)(?=[a-z])")


def _capital_names_re() -> re.Pattern[str] | None:
    """A domain symbol in capitals, not after a number (knowledge/capital_names.txt): a name ("an MG ZS EV")."""
    path = DEFAULT_KNOWLEDGE_DIR / "capital_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if not names:
        return None
    return re.compile(rf"(?<![\d\w])(?<!\d )({'|'.join(map(re.escape, names))})(?![a-z])")


_CAPITAL_NAME_RE = _capital_names_re()


def as_names(text: str) -> str:
    """The text with a domain symbol written as a name marked as one ("MG ZS" -> "nameMG ZS")."""
    return _CAPITAL_NAME_RE.sub(r"name\1", text) if _CAPITAL_NAME_RE else text


def words_of(text: str) -> list[str]:
    """Lower-case words; a number glued to its unit is two words ("500mg" -> "500", "mg"); a symbol in
    capitals not after a number is a name ("MG ZS EV" -> "namemg", "zs", "ev")."""
    return _WORD_RE.findall(_NUMBER_UNIT_RE.sub(" ", as_names(text).translate(_DASHES).lower()))


@dataclass(frozen=True)
class Vocabulary:
    """Everyday phrases and what they mean, and words that carry no topic (content in `knowledge/`)."""

    phrases: dict[tuple[str, ...], tuple[str, ...]]
    suffixes: tuple[tuple[str, tuple[str, ...]], ...]
    stopwords: frozenset[str]
    person_words: frozenset[str] = frozenset()  # who a question is about: not counted in its coverage
    off_topic: tuple[str, ...] = ()  # example questions outside the knowledge base ("anchors")
    animals: tuple[str, ...] = ()  # anchors about animals: declined with a pointer to a vet
    animal_words: frozenset[str] = frozenset()  # words for animals ("puppy", "hamster")
    domain: tuple[
        tuple[str, ...], ...
    ] = ()  # words and phrases that name the domain (knowledge/domain_words.txt)
    domain_prefixes: tuple[str, ...] = ()  # "osteo*"
    thing_words: frozenset[str] = frozenset()  # things a message can be about instead of a person ("lawn")
    taking_words: frozenset[str] = frozenset()  # a person taking a substance in ("drink", "swallow")
    # A dose unit that is also a symbol ("mg": magnesium, knowledge/situation_words.csv `dose-unit`) is read
    # as its unit after a number when the words name another supplement or medicine (`other-substance`):
    # "took my 250 mg tablet twice" is magnesium, "took my calcium twice, 600 mg each" is not.
    units: frozenset[str] = frozenset()
    other_substances: tuple[tuple[str, ...], ...] = ()

    def names_domain(self, words: list[str]) -> bool:
        """Whether these words (as written, corrected and expanded) name the domain ("magnesium", "osteo…")."""
        if any(w.startswith(self.domain_prefixes) for w in words if self.domain_prefixes):
            return True
        return _names_any(words, self.domain)

    def expansions(self, words: list[str]) -> list[str]:
        """The canonical words for every phrase of `words` the vocabulary knows (a unit after a number only
        when no other substance is named: see `units`)."""
        out: list[str] = []
        other = bool(self.units) and _names_any(words, self.other_substances)
        for i in range(len(words)):
            if other and words[i] in self.units and i and words[i - 1].isdigit():
                continue  # "calcium … 600 mg": milligrams, not magnesium
            for n in range(1, MAX_PHRASE_WORDS + 1):
                means = self.phrases.get(tuple(words[i : i + n]))
                if means:
                    out.extend(means)
            for suffix, means in self.suffixes:
                if words[i].endswith(suffix) and len(words[i]) > len(suffix) + 2:
                    out.extend(means)
        return out


def _names_any(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the phrases occurs in the words."""
    present = set(words)
    return any(
        phrase[0] in present and any(tuple(words[i : i + len(phrase)]) == phrase for i in range(len(words)))
        for phrase in phrases
    )


def _situation_rows(path: Path, signal: str) -> list[str]:
    """The phrases of one signal in knowledge/situation_words.csv."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    rows = csv.DictReader(line for line in lines if not line.startswith("#"))
    return [row["phrase"].strip().lower() for row in rows if row["signal"].strip() == signal]


def load_vocabulary(directory: Path | str | None = None) -> Vocabulary:
    root = Path(directory) if directory is not None else DEFAULT_KNOWLEDGE_DIR
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    suffixes: list[tuple[str, tuple[str, ...]]] = []
    table = root / "vocabulary.csv"
    if table.exists():
        with table.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                phrase, means = row["phrase"].strip().lower(), tuple(words_of(row["means"]))
                if phrase.startswith("*"):
                    suffixes.append((phrase[1:], means))
                elif phrase:
                    key = tuple(words_of(phrase))
                    phrases[key] = tuple(dict.fromkeys(phrases.get(key, ()) + means))
    return Vocabulary(
        phrases,
        tuple(suffixes),
        frozenset(_lines(root / "stopwords.txt")),
        frozenset(_lines(root / "person_words.txt")),
        tuple(dict.fromkeys(_lines(root / "off_topic.txt"))),
        tuple(dict.fromkeys(_lines(root / "off_topic_animals.txt"))),
        frozenset(_lines(root / "animal_words.txt")),
        tuple(tuple(words_of(d)) for d in _lines(root / "domain_words.txt") if not d.endswith("*")),
        tuple(d[:-1] for d in _lines(root / "domain_words.txt") if d.endswith("*")),
        frozenset(_lines(root / "thing_words.txt")),
        frozenset(_lines(root / "taking_words.txt")),
        frozenset(_situation_rows(root / "situation_words.csv", "dose-unit")),
        tuple(tuple(words_of(p)) for p in _situation_rows(root / "situation_words.csv", "other-substance")),
    )


def _lines(path: Path) -> list[str]:
    """The lower-cased lines of a one-entry-a-line file (`#` starts a comment line)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else ()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


RECENT_RANKINGS = 16  # rankings kept (Retriever.rank)


@dataclass(frozen=True)
class Hit:
    section: Section
    index: int
    score: float  # fused, 0..1
    cosine: float  # best similarity to the section's heading, paraphrases and lead
    coverage: float  # IDF-weighted share of the question's words found in the section
    off_topic: float = 0.0  # the question's best similarity to an off-topic anchor (same for every hit)
    animal: bool = False  # whether that anchor is about an animal


def lead(body: str) -> str:
    """The first sentences of a section body (markdown list and table markers dropped)."""
    text = " ".join(line.strip(" -*|#") for line in body.splitlines() if line.strip())
    return " ".join(_SENTENCE_END_RE.split(text)[:LEAD_SENTENCES])


class Retriever:
    def __init__(
        self,
        sections: tuple[Section, ...],
        vocabulary: Vocabulary,
        embedder: Embedder,
        titles: dict[str, str] | None = None,
    ) -> None:
        self.sections = sections
        self.vocabulary = vocabulary
        self.embedder = embedder
        self._recent: dict[tuple[str, int], tuple[Hit, ...]] = {}
        self._stemmer = Stemmer.Stemmer("english")
        titles = titles or {}
        docs = [
            self.terms(" ".join((s.heading, s.heading, *s.also, s.body, titles.get(s.slug, ""))))
            for s in sections
        ]
        self._doc_terms = [frozenset(d) for d in docs]
        self._bm25 = bm25s.BM25()
        self._vocab: frozenset[str] = frozenset()
        if sections:
            self._bm25.index(docs, show_progress=False)
            self._vocab = frozenset(self._bm25.vocab_dict)
        counts: dict[str, int] = {}
        for d in self._doc_terms:
            for term in d:
                counts[term] = counts.get(term, 0) + 1
        n = max(len(sections), 1)
        self._idf = {t: float(np.log(1 + (n - c + 0.5) / (c + 0.5))) for t, c in counts.items()}
        # A word no section uses weighs like a typical indexed word: it may be what the question is about.
        self._unknown_idf = float(np.median(list(self._idf.values()))) if self._idf else 1.0
        self._word_counts: dict[str, int] = {}
        for s in sections:
            for w in words_of(" ".join((s.heading, *s.also, s.body))):
                self._word_counts[w] = self._word_counts.get(w, 0) + 1
        self._words = sorted(set(self._word_counts) - vocabulary.stopwords)
        self._candidates = self._words + sorted(vocabulary.stopwords)
        self._short_stopwords = sorted(w for w in vocabulary.stopwords if len(w) <= 4)
        texts: list[str] = []
        owners: list[int] = []
        for i, s in enumerate(sections):
            for text in (s.heading, *s.also, lead(s.body)):
                texts.append(text.lower())
                owners.append(i)
        # int8 rows with one float32 scale each (a quarter of float32's memory; a cosine moves by < 0.002)
        vectors = embedder.embed(texts)
        self._scales = (
            np.maximum(np.abs(vectors).max(axis=1), 1e-12).astype(np.float32) / 127.0 if texts else None
        )
        self._vectors = np.round(vectors / self._scales[:, None]).astype(np.int8) if texts else vectors
        self._anchors = embedder.embed([*vocabulary.off_topic, *vocabulary.animals])
        self._first_animal = len(vocabulary.off_topic)
        self._owners = np.array(owners, dtype=int)
        self._starts = np.searchsorted(self._owners, np.arange(len(sections))) if sections else np.array([])
        self._cache: dict[str, np.ndarray] = {}
        self._norms: np.ndarray | None = None  # each section's longest vector (score_bounds)
        self._fixes: dict[str, str | None] = {}
        self._near_in_length: dict[tuple[int, int], list[str]] = {}  # (length, edits) -> candidates

    # -- lexical side -------------------------------------------------------------------------------------

    def stem(self, word: str) -> str:
        return self._stemmer.stemWord(word)

    def terms(self, text: str) -> list[str]:
        """Index terms of a text: its words and the vocabulary's canonical words, stopwords out, stemmed."""
        words = words_of(text)
        kept = [w for w in words + self.vocabulary.expansions(words) if w not in self.vocabulary.stopwords]
        return [self.stem(w) for w in kept]

    def indexed(self, word: str) -> bool:
        """Whether a word (not a stopword) is an index term."""
        return word not in self.vocabulary.stopwords and self.stem(word) in self._idf

    def idf(self, word: str) -> float:
        """How rare a word is among the sections (low: used by most of them, like "magnesium")."""
        return self._idf.get(self.stem(word), self._unknown_idf)

    def correct(self, word: str) -> str | None:
        """The word a typo most likely meant ("magnesim" -> "magnesium", "shuold" -> "should"), or None.
        Words of five letters or more may be one edit away (two from eight letters) from an indexed word or
        a stopword; shorter ones only a swap of two letters away from a stopword ("hwo" -> "how")."""
        if word in self._fixes:
            return self._fixes[word]
        fixed = None
        known = (word,) in self.vocabulary.phrases or word in self.vocabulary.stopwords
        if not known and not word.isdigit() and len(word) >= 5 and self._words:
            limit = 1 if len(word) < 8 else 2
            matches = process.extract(
                word, self._near_length(len(word), limit), scorer=OSA.distance, score_cutoff=limit, limit=None
            )
            # the closest, and among equally close ones the most used ("magnesim": magnesium, not magnesia)
            best = min(matches, key=lambda m: (m[1], -self._word_counts.get(m[0], 0)), default=None)
            fixed = best[0] if best else None
        elif not known and len(word) >= 3:
            fixed = next(
                (
                    w
                    for w in self._short_stopwords
                    if sorted(w) == sorted(word) and OSA.distance(w, word) == 1
                ),
                None,
            )
        self._fixes[word] = fixed
        return fixed

    def _near_length(self, length: int, edits: int) -> list[str]:
        """The typo candidates within ``edits`` letters of ``length``, in their order: no other is that few
        edits away (each edit adds or removes at most one letter), and ties keep their order."""
        key = (length, edits)
        near = self._near_in_length.get(key)
        if near is None:
            near = self._near_in_length[key] = [c for c in self._candidates if abs(len(c) - length) <= edits]
        return near

    def query_terms(self, question: str) -> list[str]:
        return self._query_terms(question)[0]

    def fixed_words(self, question: str) -> list[str]:
        """The question's words with typos corrected ("calcuim" -> "calcium")."""
        person = self.vocabulary.person_words
        return [
            (self.correct(w) or w)
            if w not in self.vocabulary.stopwords and w not in person and self.stem(w) not in self._vocab
            else w
            for w in words_of(question)
        ]

    def _query_terms(self, question: str) -> tuple[list[str], list[str]]:
        """(index terms of a question, the terms its coverage is measured on). A word the vocabulary
        explains ("lad" -> man) is measured by what it means, not as a word no section uses; a word for who
        the question is about ("my nan", "35 f") is not measured."""
        fixed = self.fixed_words(question)
        expansions = self.vocabulary.expansions(fixed)
        kept = [w for w in fixed + expansions if w not in self.vocabulary.stopwords]
        terms = list(dict.fromkeys(self.stem(w) for w in kept))
        explained = {w for w in fixed if (w,) in self.vocabulary.phrases and self.stem(w) not in self._vocab}
        person = [w for w in fixed if w in self.vocabulary.person_words]
        explained |= self.vocabulary.person_words | set(self.vocabulary.expansions(person))
        measured = [self.stem(w) for w in kept if w not in explained]
        return terms, list(dict.fromkeys(measured))

    def _bm25_scores(self, terms: list[str]) -> np.ndarray:
        total = np.zeros(len(self.sections), dtype=np.float32)
        for term in terms:
            if term not in self._vocab:
                continue
            scores = self._cache.get(term)
            if scores is None:
                scores = self._cache[term] = self._bm25.get_scores([term])
            total += scores
        return total

    def coverage(self, terms: list[str], index: int | list[int]) -> float:
        """IDF-weighted share of the question's terms that occur in section `index` (or in any of several);
        unknown words weigh like a typical indexed word, numbers not at all."""
        indexes = [index] if isinstance(index, int) else index
        weights = {t: self._idf.get(t, self._unknown_idf) for t in terms if not t.isdigit()}
        total = sum(weights.values())
        if total <= 0:
            return 0.0
        found = sum(w for t, w in weights.items() if any(t in self._doc_terms[i] for i in indexes))
        return found / total

    def may_reach(self, question: str, indexes: list[int], floor: float, coverage_weight: float) -> bool:
        """Whether a section of `indexes` may reach `floor` in score + coverage_weight × coverage when `rank`
        ranks `question` (False: none can). No embedding: the lexical side is the ranking's own, the semantic
        side at most the norm of the section's longest vector (the question's vector has unit length)."""
        if self._norms is None:
            rows = self._vectors.astype(np.float64) * self._scales[:, None]
            self._norms = np.maximum.reduceat(np.linalg.norm(rows, axis=1), self._starts) + 1e-3
        terms, measured = self._query_terms(question)
        bm25 = self._bm25_scores(terms)
        lexical = (1 - SEMANTIC_WEIGHT) * bm25.astype(np.float64) / max(float(bm25.max()), BM25_FLOOR)
        for i in indexes:
            score = SEMANTIC_WEIGHT * float(self._norms[i]) + float(lexical[i])
            if (
                score + coverage_weight >= floor
                and score + coverage_weight * self.coverage(measured, i) >= floor
            ):
                return True
        return False

    # -- ranking -------------------------------------------------------------------------------------------

    def rank(self, question: str, limit: int = 8, skip: frozenset[int] = frozenset()) -> list[Hit]:
        """The best `limit` sections for a question. One message is ranked several times while it is routed
        (the safety checks, the situation, the answer): the last few rankings are kept (hits are
        immutable; the retriever does not change once built). Sections whose index is in `skip` are left
        out before the best are taken."""
        key = (question, limit, skip)
        cached = self._recent.get(key)
        if cached is None:
            cached = self._recent[key] = tuple(self._rank(question, limit, skip))
            if len(self._recent) > RECENT_RANKINGS:
                del self._recent[next(iter(self._recent))]
        return list(cached)

    def _rank(self, question: str, limit: int, skip: frozenset[int] = frozenset()) -> list[Hit]:
        if not self.sections or not question.strip():
            return []
        terms, measured = self._query_terms(question)
        bm25 = self._bm25_scores(terms)
        # the embedding sees the corrected words: a misspelt key word ("calcuim") has a vector of its own
        fixed = self.fixed_words(question)
        text = " ".join(fixed) if fixed != words_of(question) else question.lower()
        vector = self.embedder.embed([text])[0]
        # einsum, not `@`: a BLAS call starts threads, slow on a busy machine for a matrix this small
        cosine = np.einsum("ij,j->i", self._vectors, vector)  # buffered: no float32 copy of the rows
        cosine = np.maximum.reduceat(
            cosine * self._scales if self._scales is not None else cosine, self._starts
        )
        fused = SEMANTIC_WEIGHT * cosine + (1 - SEMANTIC_WEIGHT) * bm25 / max(float(bm25.max()), BM25_FLOOR)
        order = [i for i in np.argsort(-fused)[: limit + len(skip)] if int(i) not in skip][:limit]
        similarity = np.einsum("ij,j->i", self._anchors, vector) if len(self._anchors) else np.zeros(1)
        closest = int(similarity.argmax())
        anchor, animal = float(similarity[closest]), len(self._anchors) > closest >= self._first_animal
        return [
            Hit(
                self.sections[i],
                int(i),
                float(fused[i]),
                float(cosine[i]),
                self.coverage(measured, int(i)),
                anchor,
                animal,
            )
            for i in order
        ]
