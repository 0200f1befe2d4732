"""What a message is about besides the domain: an off-topic trap that names magnesium.

"whats the share price of magnesium producers doing? thinking of buying in" names the domain, and its
embedding is dominated by "magnesium": every section is closer to it than the off-topic anchors are. With the
domain words (knowledge/domain_words.txt) taken out of the message, of the sections' texts (heading,
paraphrases, lead) and of the anchors (knowledge/off_topic.txt) alike, what is left — "share price of
producers doing, thinking of buying in" — is compared: `lean` is how much closer it is to the nearest anchor
than to the nearest section text. The caller declines above a calibrated margin (never a safety situation).

Pure Python plus numpy: no framework imports.
"""

from __future__ import annotations

import numpy as np

from bot.domain.embedding import Embedder
from bot.domain.retrieval import Vocabulary, words_of


def without_domain(text: str, vocabulary: Vocabulary) -> str:
    """The content words of a text that do not name the domain ("price of magnesium metal" -> "price metal")."""
    words = words_of(text)
    keep = [True] * len(words)
    for i, word in enumerate(words):
        if vocabulary.domain_prefixes and word.startswith(vocabulary.domain_prefixes):
            keep[i] = False
        for phrase in vocabulary.domain:
            if tuple(words[i : i + len(phrase)]) == phrase:
                keep[i : i + len(phrase)] = [False] * len(phrase)
    return " ".join(w for w, k in zip(words, keep, strict=True) if k and w not in vocabulary.stopwords)


MIN_WORDS = 2
# Situation signals (knowledge/situation_words.csv) that only name what a message is about (a form, a
# laxative, a medicine's name, a bone condition or medicine: "best magnesium mining stock" names a form, "can i
# get PIP for osteoporosis" a condition); any other one (a child, a product, a dose, swallowing, pregnancy …)
# is a situation, and such a message is never declined. A bone condition or medicine named alone leans 0.0 or
# less on every on-topic question of every set, the benefit-claim traps 0.2 and more.
NAMING = frozenset(
    {"magnesium", "substance", "supplement-use", "laxative", "drug", "bone-condition", "bone-medicine"}
)
# Calibrated on every question set (tests/data, benchmarks/data): no on-topic question leans more than 0.04,
# the off-topic traps that name the domain reach 0.6 ("share price of magnesium producers": 0.12).
REMAINDER_MARGIN = 0.08


class Remainder:
    def __init__(self, texts: list[str], vocabulary: Vocabulary, embedder: Embedder) -> None:
        self.vocabulary = vocabulary
        self.embedder = embedder
        # a text left with one word ("where can I buy magnesium?" -> "buy") says too little to compare with
        rests = [without_domain(t, vocabulary) for t in texts]
        self._sections = embedder.embed([r for r in rests if len(r.split()) >= MIN_WORDS])
        self._anchors = embedder.embed([without_domain(t, vocabulary) for t in vocabulary.off_topic])

    def lean(self, message: str) -> float:
        """How much closer the message without its domain words is to an off-topic anchor than to any
        section text (negative: closer to a section; 0 for a message that is only domain words)."""
        rest = without_domain(message, self.vocabulary)
        if not rest or not len(self._anchors) or not len(self._sections):
            return 0.0
        vector = self.embedder.embed([rest])[0]
        if not vector.any():
            return 0.0
        anchor = float(np.einsum("ij,j->i", self._anchors, vector).max())
        section = float(np.einsum("ij,j->i", self._sections, vector).max())
        return anchor - section

    def off_topic(self, message: str, signals: frozenset[str]) -> bool:
        """Whether a message that names the domain and describes no situation is about something else: its
        remainder is closer to an off-topic anchor than to every section text by more than REMAINDER_MARGIN."""
        return signals <= NAMING and self.lean(message) > REMAINDER_MARGIN
