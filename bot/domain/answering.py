"""Answer free-text questions from the markdown knowledge base.

1. `Retriever` (bot/domain/retrieval.py) ranks every section by a fusion of BM25 and WordLlama sentence
   embeddings.
2. Safety first: a safety section (from an article with `kind: safety`) that matches well enough and is
   close to the top is answered ahead of everything else.
3. Decline: a question closer in meaning to an off-topic example (knowledge/off_topic.txt: gardening, pets,
   metals, chemistry, other nutrients …) than to every section is declined. Else the best section must be
   confident — its fused score, its lead over the runner-up and its
   coverage of the question's words, combined into one calibrated confidence (see CONFIDENCE_*). A
   question about something else ("how much iron do I need") scores well on phrasing but leaves its key
   word uncovered, and is declined. The checks on what a message is about besides the domain (a thing, a
   field, an animal) are in bot/domain/declines.py.
4. Multi-part: when the question joins asks ("calcium and vitamin d", "how much … and how much is too
   much"), each clause that asks on its own and whose best section is another one — close to the best for
   the whole question, or confident on its own — adds one short part (up to three).
   A question that describes a person and asks an amount of named nutrients ("my nan is 82 how much
   vitamin d") is never declined: each nutrient's personal-figure section is a part.
5. Personal figures: a section marked `<!-- personal: … -->` leads with the exact recommended amount for
   the age, sex and pregnancy the question (else the profile) states.
6. Every part cites its own section's source.

Pure Python: no framework imports.
"""

from __future__ import annotations

from pathlib import Path

from bot.domain import answer_text
from bot.domain.animals import AnimalReader
from bot.domain.answer_text import MAX_ANSWER_CHARS, Answer, SourceRef, trim_text  # noqa: F401 - re-exported
from bot.domain.declines import (
    SWALLOWED_PRODUCT,
    ThingReader,
    about_something_else,
    anchored,
    declined_for_animal,
)
from bot.domain.embedding import Embedder, default_embedder
from bot.domain.frames import URGENT, FrameReader
from bot.domain.knowledge import DEFAULT_KNOWLEDGE_DIR, KnowledgeBase, Section, load_knowledge_base
from bot.domain.medicines import MEDICINE_SIGNALS, medicine_parts
from bot.domain.personal import (  # noqa: F401 - extract_demographics re-exported for callers and tests
    FIGURES,
    LIMITS,
    amount_asked,
    descriptor,
    extract_demographics,
    group_words,
)
from bot.domain.question_parts import ASKS_RE as _ASKS_RE
from bot.domain.question_parts import DECLINED_SENTENCE_RE as _DECLINED_SENTENCE_RE
from bot.domain.question_parts import PRONOUNS as _PRONOUNS
from bot.domain.question_parts import SENTENCE_RE as _SENTENCE_RE
from bot.domain.question_parts import asks as _asks
from bot.domain.question_parts import clauses as _clauses
from bot.domain.rda import Profile
from bot.domain.red_flags import load_red_flags, load_situation_concepts
from bot.domain.remainder import Remainder
from bot.domain.retrieval import Hit, Retriever, lead, load_vocabulary, words_of
from bot.domain.situation_parts import load_situation_parts
from bot.domain.situations import OLDER_AGE, holds, load_situation_words
from bot.domain.sole_ask import meant, sole_ask

# Confidence = score + MARGIN_WEIGHT * (score - runner-up score) + COVERAGE_WEIGHT * coverage, calibrated on
# tests/data/questions*.json (see benchmarks/eval_answers.py --calibrate and the README).
MARGIN_WEIGHT = 0.25
COVERAGE_WEIGHT = 0.3
CONFIDENCE_MIN = 0.66
# The domain prior: a message that names the domain (knowledge/domain_words.txt: magnesium, bone, osteo…,
# calcium, vitamin D, bone medicines), names no animal and is clearly closer to a section than to every
# off-topic example (by DOMAIN_GAP in cosine) is answered from DOMAIN_MIN; one that names the domain otherwise
# from CONFIDENCE_MIN; one that names none needs NO_DOMAIN_MIN, and the person it describes ("my 4 year old")
# is not added to its ranking: an age alone does not make a question ours.
DOMAIN_MIN = 0.45
DOMAIN_GAP = 0.15
NO_DOMAIN_MIN = 0.72
# A safety section among the top three wins when it is within SAFETY_MARGIN of the best and its score plus
# COVERAGE_WEIGHT * coverage clears SAFETY_MIN (no margin term: it may be the runner-up).
SAFETY_MIN = 0.62
# A message on the meal path is answered from a safety section only when it matches far more strongly
# (calibrated on benchmarks/data/meals_*.json, where no meal reaches it).
URGENT_MIN = 0.9
SAFETY_MARGIN = 0.02
# Multi-part: each clause of a joined question whose own best section is another one adds a part, when that
# section is within PART_MARGIN of the best for the whole question or confident for the clause on its own.
MAX_PARTS = 3
PART_MARGIN = 0.10
PART_ANSWERED = 0.02
# A clause of at most this many query words besides the domain's ("and does magnesium help") borrows the subject
# of the one before.
ELLIPTIC_TERMS = 1
ELLIPTIC_IDF = 1.1  # "help" 1.05, "food" 0.65; "fracture" 1.41, "exercise" 2.21
PART_CONFIDENCE = 0.70
# A clause too short to carry its topic ("… and what foods have the most") adds a part at a lower confidence
# when the whole message ranks the clause's section among its PART_AGREE_RANK best.
PART_AGREE_RANK = 5
PART_AGREE_CONFIDENCE = 0.62
SIGNALS_CACHE = 8  # the messages being answered now (several calls each), not a cache across messages
SIGNAL_SETS_CACHE = 1024  # different sets of situation signals remembered (messages share a few)
# A message declined as a whole but close (CLAUSES_MIN) that joins asks is answered ask by ask, each confident.
CLAUSES_MIN = 0.55
# A message of several sentences is answered from one of them when that sentence alone is confident and, if
# the whole message was confident too, more confident than it by SENTENCE_LEAD.
SENTENCE_LEAD = 0.1
# "Related topics": other articles within this share of the best score.
RELATED_MIN_RATIO = 0.8
MAX_RELATED = 3
# A body that opens with "Yes." or "No." keeps it only when the question is (nearly) the section's own.
DIRECT_ANSWER_COSINE = 0.9


class Answerer:
    def __init__(self, kb: KnowledgeBase | None = None, embedder: Embedder | None = None) -> None:
        embedder = embedder or default_embedder()
        with embedder.known_ids():  # the knowledge texts' token ids from knowledge/token_ids.jsonl
            self._build(kb, embedder)

    def _build(self, kb: KnowledgeBase | None, embedder: Embedder) -> None:
        self.kb = kb if kb is not None else load_knowledge_base()
        self.sections: tuple[Section, ...] = self.kb.sections
        self.retriever = Retriever(
            self.sections,
            load_vocabulary(),
            embedder,
            {a.slug: a.title for a in self.kb.articles},
        )
        self._by_key = {s.key: s for s in self.sections}
        self.animals = AnimalReader(self.retriever.vocabulary)  # an animal's question or a person's
        self.frames = FrameReader()  # a market, a company, a game … named instead of a person's health
        self.things = ThingReader(self.retriever)  # a lawn, a reef tank … named instead of a person
        # the sections with a situation (`when`), the safety ones first (_situation_hit)
        ordered = sorted(enumerate(self.sections), key=lambda p: not p[1].safety)
        self._situations = [(index, section) for index, section in ordered if section.when]
        self._needing = [i for i, s in enumerate(self.sections) if s.needs]  # sections _rank may leave out
        self._safety = [i for i, s in enumerate(self.sections) if s.safety]
        texts = [t.lower() for s in self.sections for t in (s.heading, *s.also, lead(s.body))]
        self.remainder = Remainder(texts, self.retriever.vocabulary, self.retriever.embedder)
        self.situation_words = load_situation_words()
        self.red_flags = load_red_flags()  # serious symptoms, as concepts (knowledge/red_flags.txt)
        self.situation_concepts = load_situation_concepts()  # "lost a lot of weight": `weight`
        self.situation_parts = load_situation_parts(self.sections)  # pregnant + a dose: ask the midwife
        self._signals: dict[str, frozenset[str]] = {}  # a message's situation signals, read once
        self._thresholds: dict[str, float] = {}  # the confidence a message needs, measured once
        # a message's [situation's section is a safety one (None: no situation), strong safety hit (None:
        # not ranked yet)] (urgent)
        self._urgency: dict[str, list[bool | None]] = {}
        # per set of signals (few differ): the sections _rank leaves out, the section _situation_hit finds
        self._skips: dict[frozenset[str], frozenset[int]] = {}
        self._situation_of: dict[frozenset[str], int | None] = {}

    # -- situations ----------------------------------------------------------------------------------------

    def signals(self, question: str) -> frozenset[str]:
        """The situation signals of a message (bot/domain/situations.py): "my kid chewed a few of my calcium
        chews" -> child, ingested, product."""
        known = self._signals.get(question)
        if known is not None:
            return known
        fixed = self.retriever.fixed_words(question)  # as written and with typos corrected ("swallowd")
        who = self.descriptor(question).split()
        read = self.situation_words.signals
        expansions = self.retriever.vocabulary.expansions(fixed)
        older = (extract_demographics(question).age or 0) >= OLDER_AGE  # "she's 86": kidneys clear less
        found = read(words_of(question), "child" in who, older) | read(fixed, older=older)
        found |= read(expansions, older=older)
        # "her kidneys are fine", "a kidney infection": no reduced kidney function (`not:` phrases)
        found -= self.situation_words.denied(words_of(question)) | self.situation_words.denied(fixed)
        # a seizure, collapse, vomiting blood, no urine …: `red-flag` and its concept (bot/domain/red_flags.py)
        texts = {" ".join(words_of(question)), " ".join(fixed)}  # as written and with typos corrected
        for concepts in (self.red_flags, self.situation_concepts):
            found |= frozenset().union(*(concepts.signals(text) for text in texts))
        if "child" in found or "teen" in who:
            found |= {"minor"}  # under 18: a child, or a teenager by age ("im 16", "my son is 14")
        if older:
            found |= {"older"}  # kidneys that clear extra magnesium less well
        if len(self._signals) > SIGNALS_CACHE:
            self._signals.clear()
        self._signals[question] = found
        return found

    def names_domain(self, question: str) -> bool:
        """Whether a message names the domain (as written, typos corrected, or through the vocabulary)."""
        fixed = self.retriever.fixed_words(question)
        words = words_of(question)
        vocabulary = self.retriever.vocabulary
        return vocabulary.names_domain(words) or vocabulary.names_domain(fixed + vocabulary.expansions(fixed))

    def threshold(self, message: str) -> float:
        """The confidence a message's sections need (each of its sentences and asks alike): lower when the
        message names the domain and the whole message is clearly closer to a section than to an off-topic
        example."""
        known = self._thresholds.get(message)
        if known is not None:
            return known
        if not self.names_domain(message):
            found = NO_DOMAIN_MIN
        else:
            hits = self._rank(self._about(message, message), self.signals(message))
            clear = bool(hits) and max(h.cosine for h in hits) - hits[0].off_topic >= DOMAIN_GAP
            found = DOMAIN_MIN if clear and not self.animals.names_animal(message) else CONFIDENCE_MIN
        if len(self._thresholds) > SIGNALS_CACHE:
            self._thresholds.clear()
        self._thresholds[message] = found
        return found

    def _about(self, text: str, message: str) -> str:
        """What is ranked for a text of a message: with the words for who it is about ("child") when the
        message names the domain."""
        who = self.descriptor(message)
        return f"{text} {who}" if who and self.names_domain(message) else text

    def _rank(self, text: str, signals: frozenset[str], limit: int = 8) -> list[Hit]:
        """The ranking without the safety sections whose needed situation the message does not describe."""
        # left out before the best are taken, so that they never shorten the list
        return self.retriever.rank(text, limit=limit, skip=self._skip(signals))

    def _skip(self, signals: frozenset[str]) -> frozenset[int]:
        """The safety sections whose needed situation the signals do not describe."""
        skip = self._skips.get(signals)
        if skip is None:
            skip = frozenset(i for i in self._needing if not holds(self.sections[i].needs, signals))
            if len(self._skips) > SIGNAL_SETS_CACHE:
                self._skips.clear()
            self._skips[signals] = skip
        return skip

    def situation_hit(self, text: str, signals: frozenset[str]) -> Hit | None:
        """The first section whose situation (`when`) the message describes, as a hit, or None: the safety
        articles' first ("took 30 tablets" is a poisoning before it is a dose with kidney disease)."""
        if signals in self._situation_of:
            found = self._situation_of[signals]
        else:
            found = next(
                (i for i, s in self._situations if any(holds(when, signals) for when in s.whens)), None
            )
            if len(self._situation_of) > SIGNAL_SETS_CACHE:
                self._situation_of.clear()
            self._situation_of[signals] = found
        if found is None:
            return None
        return next(h for h in self.retriever.rank(text, limit=len(self.sections)) if h.index == found)

    # -- deciding ------------------------------------------------------------------------------------------

    @staticmethod
    def confidence(hits: list[Hit], i: int = 0) -> float:
        """Calibrated confidence that hits[i] answers the question."""
        hit = hits[i]
        others = [h.score for j, h in enumerate(hits) if j != i]
        margin = hit.score - max(others, default=0.0)
        return hit.score + MARGIN_WEIGHT * margin + COVERAGE_WEIGHT * hit.coverage

    def choose(self, question: str) -> tuple[list[Hit], list[Hit]]:
        """(the sections that answer a question, best first, one per part — [] to decline; all hits)."""
        signals = self.signals(question)
        hits = self._rank(self._about(question, question), signals)  # "my 7 year old" is a child
        parts = self._choose(question, hits, signals)
        if about_something_else(self, question, signals, hits, parts):
            return [], hits  # "share price of magnesium producers", "epsom salts for my lawn", "Amgen shares"
        safe = self.safety_hit(hits) is None and not any(p.section.safety for p in parts)
        if parts and safe and signals & MEDICINE_SIGNALS:
            parts = medicine_parts(self, question, parts, signals, MAX_PARTS)
        return parts, hits

    def names_thing(self, question: str) -> bool:
        """Whether a message names a thing (a reef tank, a lawn) and no person (bot/domain/declines.py)."""
        return self.things.names_thing(question)

    def _choose(self, question: str, hits: list[Hit], signals: frozenset[str]) -> list[Hit]:
        parts = self._choose_whole(question, hits, signals)
        if not hits or declined_for_animal(self, question, hits) or anchored(hits) and not parts:
            return parts  # a message closer to an off-topic example than to us: none of its sentences answers
        if not parts and self.confidence(hits) >= CLAUSES_MIN and not self.animals.names_animal(question):
            parts = self._clause_parts(question, signals)
        if parts and (parts[0] is not hits[0] or parts[0].section.safety):
            return parts  # a safety section or personal figures: the whole message asks for them
        # Context around the ask ("whats the daily magnesium for a 67 year old man. my dad lives on white
        # bread", "good food sources of magnesium? trying to eat better after my osteopenia diagnosis")
        # dilutes it: a sentence that is confident on its own, and clearly more so than the whole message,
        # answers — the most confident first.
        pieces = (_SENTENCE_RE if parts else _DECLINED_SENTENCE_RE).split(question)  # sentence, its end, …
        if len(pieces) < 3:
            return parts
        # only a sentence that asks (a question word or verb, or a question mark) answers: "my doctor says I
        # have osteopenia" is context
        ends = [*pieces[1::2], ""]
        texts = pieces[0::2]
        sentences = [
            s
            for n, (s, end) in enumerate(zip(texts, ends, strict=True))
            if ("?" in end or s.rstrip().endswith("?") or _ASKS_RE.search(s))
            and self.retriever.query_terms(s)
            and not self._borrows_subject(s, texts[:n])
        ]
        best: tuple[float, list[Hit]] = (self.confidence(hits) + SENTENCE_LEAD if parts else 0.0, parts)
        alone = sole_ask(
            self, texts, ends, sentences
        )  # "what % of oxide is magnesium? the bottle is confusing"
        for sentence in sentences:
            ranked = self._rank(self._about(sentence, question), signals)
            chosen = self._choose_whole(sentence, ranked, signals, fallback=question)
            strength = self.confidence(ranked) if ranked else 0.0
            if chosen and strength > best[0]:
                best = (strength, chosen)
            elif (
                chosen
                and parts
                and sentence == alone
                and meant(self, question, chosen, parts, ranked, PART_MARGIN)
            ):
                return chosen
        return best[1]

    def _borrows_subject(self, sentence: str, before: list[str]) -> bool:
        """Whether a sentence stands for something named before it that is not ours: "amlodipine making my
        ankles swell, can i take it at night instead" asks about amlodipine, not magnesium's timing."""
        return (
            bool(before)
            and bool(set(words_of(sentence)) & _PRONOUNS)
            and not self.names_domain(sentence)
            and not any(self.names_domain(b) for b in before)
        )

    def _clause_parts(self, question: str, signals: frozenset[str]) -> list[Hit]:
        """For a message declined as a whole that joins several asks ("does magnesium help with sleep and does
        it clash with my thyroid tablets"), the best section of each ask that is confident on its own."""
        clauses = [c for c in _clauses(question) if self._topical(c)]
        if len(clauses) < 2:
            return []
        parts: list[Hit] = []
        for clause in clauses:
            ranked = self._rank(self._about(clause, question), signals)
            chosen = self._choose_whole(clause, ranked, signals, fallback=question)
            if chosen and len(parts) < MAX_PARTS and all(p.index != chosen[0].index for p in parts):
                parts.append(chosen[0])
        return parts

    def descriptor(self, question: str) -> str:
        """Who a message is about (personal.descriptor), unless the age it states is an animal's."""
        return "" if self.animals.names_animal(question) else descriptor(question)

    def _choose_whole(
        self, question: str, hits: list[Hit], signals: frozenset[str], fallback: str = ""
    ) -> list[Hit]:
        if not hits or declined_for_animal(self, fallback or question, hits):
            return []
        situation = self.situation_hit(fallback or question, signals)
        if situation is not None:
            return [situation]  # "my kid chewed a few of my calcium chews": a child swallowed a product
        # a safety section ranked on the words alone does not answer a message closer to an off-topic example
        # that describes nothing urgent ("should I put epsom salts on my tomatoes", near the laxative section)
        if anchored(hits) and not signals & URGENT:
            return []
        safety = self.safety_hit(hits)
        if safety is not None and self.safety_strength(safety) >= SAFETY_MIN:
            return [safety]
        if anchored(hits):
            return []
        personal = self._personal_parts(question, fallback)
        if not personal and self.confidence(hits) < self.threshold(fallback or question):
            return []
        parts = personal or [hits[0]]
        asks = [c for c in _clauses(question) if _asks(c)]  # not one that only states: "my tablet is 1000mg"
        resolved = (self._resolved(c, asks[n - 1] if n else "") for n, c in enumerate(asks))
        clauses = [c for c in resolved if self._topical(c)]
        if not clauses or (len(clauses) < 2 and clauses[0].strip() == question.strip()):
            return parts  # one ask: but a clause that asks beside context ("… and my bones") may add a part
        asked = set(amount_asked(question, fallback)) if personal else set(LIMITS) | set(LIMITS.values())
        whole = self._rank(question, signals, limit=16)
        near = {h.index: h for h in whole if h.score >= hits[0].score - PART_MARGIN}
        agreed = {h.index for h in whole[:PART_AGREE_RANK]}
        order = {h.index: i for i, h in enumerate(whole)}
        for clause in clauses:
            ranked = self._rank(clause, signals, limit=4)
            if len(parts) >= MAX_PARTS or not ranked or ranked[0].section.safety:
                continue
            # of the sections the clause ranks about equally, the one the whole message ranks best ("what kind
            # of exercise should she do" after "wife is 52 and post menopausal": exercise for bones)
            tied = [h for h in ranked if h.score >= ranked[0].score - PART_ANSWERED]
            top = min(tied, key=lambda h: order.get(h.index, len(order)))
            given = {f for p in personal for f in p.section.personal}
            own = set(top.section.personal) & set(FIGURES)  # not "label": the user's own label figures
            if own and (own <= given or not own & asked):
                # the personal figures already give this amount, for the person asked about, or it is another
                # nutrient's ("calcium rda and the most per day": not magnesium's limit)
                continue
            if len(clauses) == 1 and top.index not in near:
                continue  # a lone ask beside context adds only a section close to the best for the whole
            strength = self.confidence(ranked)
            if (
                top.index not in near
                and strength < PART_CONFIDENCE
                and not (top.index in agreed and strength >= PART_AGREE_CONFIDENCE)
            ):
                continue
            taken = {p.index for p in parts}
            if any(h.index in taken and h.score >= top.score - PART_ANSWERED for h in ranked):
                continue  # a part already chosen answers this clause about as well
            if all(top.section.heading != p.section.heading for p in parts):
                parts.append(near.get(top.index, top))
        return parts

    def _resolved(self, clause: str, before: str) -> str:
        """A clause whose pronoun stands for the subject of the clause before ("how much calcium should i get and
        what foods have it"), or too short to name it ("menopause, does that affect my bones? and does
        magnesium help"), with that subject added: the clause's most widely used indexed word."""
        retriever = self.retriever
        vocabulary = retriever.vocabulary
        # "does magnesium help": nothing but the domain and words most sections use (not "what exercise")
        own = [t for t in retriever.query_terms(clause) if not vocabulary.names_domain([t])]
        short = len(own) <= ELLIPTIC_TERMS and all(retriever.idf(t) < ELLIPTIC_IDF for t in own)
        if not before or not (set(words_of(clause)) & _PRONOUNS or short):
            return clause
        words = [w for w in retriever.fixed_words(before) if w not in retriever.vocabulary.person_words]
        subject = min((w for w in words if retriever.indexed(w)), key=retriever.idf, default="")
        return f"{clause} {subject}".strip()

    def _topical(self, clause: str) -> bool:
        """Whether a clause has a word beyond the person it describes: "wife is 52" or "im 35 f" asks nothing."""
        person = self.retriever.vocabulary.person_words
        return any(not t.isdigit() and t not in person for t in self.retriever.query_terms(clause))

    @staticmethod
    def safety_hit(hits: list[Hit]) -> Hit | None:
        """The first safety section among the top three that is close to the best, or None."""
        for hit in hits[:3]:
            if hit.section.safety and hit.score >= hits[0].score - SAFETY_MARGIN:
                return hit
        return None

    @staticmethod
    def safety_strength(hit: Hit) -> float:
        return hit.score + COVERAGE_WEIGHT * hit.coverage

    def urgent(self, text: str, safety_only: bool = False) -> bool:
        """Whether a message that reads like a meal ("been taking milk of magnesia all week, now im dizzy and
        confused") matches a safety section strongly (URGENT_MIN): it is answered, never logged. With
        `safety_only`, a situation counts only when its section is a safety section (a routine dose such as
        "took my magnesium 120mg + a banana" is a log, not a question about the upper limit)."""
        known = self._urgency.get(text)
        if known is None:
            signals = self.signals(text)
            situation = self.situation_hit(text, signals)
            known = [None if situation is None else situation.section.safety, None]
            if len(self._urgency) > SIGNALS_CACHE:
                self._urgency.clear()
            self._urgency[text] = known  # a meal asks both ways in turn: the ranking runs once
        situation_safety, strong = known
        if situation_safety is not None and (situation_safety or not safety_only):
            return True
        if strong is None:
            who = descriptor(text)
            query, signals = f"{text} {who}" if who else text, self.signals(text)
            # most meals share too few words with every safety section to reach URGENT_MIN, whatever the
            # embedding says: the ranking (and the embedding) is skipped for them
            safety = (
                self.safety_hit(self._rank(query, signals, limit=3))
                if self._may_be_urgent(query, signals)
                else None
            )
            strong = known[1] = safety is not None and self.safety_strength(safety) >= URGENT_MIN
        return strong

    def _may_be_urgent(self, query: str, signals: frozenset[str]) -> bool:
        """Whether a safety section the ranking keeps could reach URGENT_MIN (False: none can)."""
        skip = self._skip(signals)
        safety = [i for i in self._safety if i not in skip]
        return self.retriever.may_reach(query, safety, URGENT_MIN - 1e-6, COVERAGE_WEIGHT)

    def _personal_parts(self, question: str, context: str = "") -> list[Hit]:
        """For a question asking the daily amount of named nutrients for a person it describes ("im 35 f how
        much magnesium", "68 yo male: magnesium rda + calcium + vit d"), the best-ranked section carrying
        each nutrient's personal figure, in the order the question names them — never declined. The person
        may be described in the `context` the question was taken from (another sentence of the message)."""
        fixed = " ".join(self.retriever.fixed_words(question))
        nutrients = amount_asked(f"{question} {fixed}", context)
        if not nutrients or self.animals.names_animal(context or question):
            return []  # "how much calcium does my horse need, she's 20": not a person's figure
        who = group_words(context or question)  # "my mum is 67": women over 50, not pregnancy
        ranked = self.retriever.rank(f"{fixed} {who}", limit=len(self.sections))
        parts: list[Hit] = []
        base = {limit: nutrient for nutrient, limit in LIMITS.items()}
        for nutrient in nutrients[:MAX_PARTS]:
            # a limit no section carries (calcium's) leads the section of its nutrient's RDA
            hit = next((h for h in ranked if nutrient in h.section.personal), None) or next(
                (h for h in ranked if base.get(nutrient) in h.section.personal), None
            )
            if hit is not None and all(hit.index != p.index for p in parts):
                parts.append(hit)
        return parts

    # -- answers -------------------------------------------------------------------------------------------

    def answer(self, question: str, profile: Profile | None = None) -> Answer:
        """The best section(s) for a question, or a polite decline listing what the bot can answer."""
        question = question or ""
        parts, hits = self.choose(question)
        animal = not parts and declined_for_animal(self, question, hits)
        situation = [] if parts or animal else self.situation_parts.extra(self.signals(question), [], limit=1)
        if situation:  # "been on 2 grams of magnesium a day since summer": a situation is never declined
            return self.compose(situation, question=question, direct=False)
        if animal and self.signals(question) >= SWALLOWED_PRODUCT:
            return answer_text.pet_swallowed()  # "our beagle just ate half a bottle of my magnesium tablets"
        if not parts:
            return self.decline(animal=animal)
        best = parts[0]
        related = []
        for hit in hits[1:]:
            if len(related) >= MAX_RELATED or hit.score < RELATED_MIN_RATIO * best.score:
                break
            taken = {p.section.slug for p in parts} | {s.slug for s in related}
            if hit.section.slug not in taken and not hit.section.safety:
                related.append(hit.section)
        chosen = [p.section for p in parts]
        # a situation's part ("pregnant" + a dose: ask the midwife) takes the place of a further asked part
        extra = self.situation_parts.extra(self.signals(question), chosen[:1])
        # "been on 2 grams a day": the limit first — but not beside a safety section ("400 mg and now my heart
        # feels slow": the emergency, whole)
        leading = [s for s in extra if self.situation_parts.leads(s)]
        # nor beside a section whose situation the message describes ("stage 4 CKD, want to start 400 mg": the
        # kidney answer, whole)
        situated = best.section.safety or any(holds(w, self.signals(question)) for w in best.section.whens)
        first = [] if situated else leading
        others = [s for s in extra if s not in leading]
        room = max(0, MAX_PARTS - 1 - len(first) - len(others))
        sections = first + chosen[:1] + [s for s in chosen[1:] if s not in extra][:room] + others
        return self.compose(
            sections,
            question=question,
            profile=profile,
            direct=best.cosine >= DIRECT_ANSWER_COSINE and not first,
            related=tuple(related),
        )

    def compose(
        self,
        sections: list[Section],
        question: str = "",
        profile: Profile | None = None,
        direct: bool = True,
        related: tuple[Section, ...] = (),
    ) -> Answer:
        """Sections as one answer (see `answer_text.compose`)."""
        return answer_text.compose(sections, question, profile, direct, related)

    def answer_section(self, section: Section, personal: str | None = None, related=()) -> Answer:
        """One section as an answer (for "Related topics" buttons)."""
        answer = self.compose([section], related=tuple(related))
        if personal:
            answer = Answer(
                trim_text(f"{personal}\n\n{answer.text}", MAX_ANSWER_CHARS),
                answer.sources,
                True,
                section,
                answer.related,
            )
        return answer

    def section_by_key(self, key: str) -> Section | None:
        """The section with this `Section.key` (for "Related topics" buttons), or None."""
        return self._by_key.get(key)

    def decline(self, animal: bool = False) -> Answer:
        """The polite decline; about an animal, it points to a vet or an animal poison line first."""
        return answer_text.decline(animal)


_built: dict[Path, Answerer] = {}


def default_answerer(directory: Path | str | None = None) -> Answerer:
    """A process-wide Answerer over the knowledge base in `directory` (default: the repository's), built on
    first use: indexing and embedding every section takes a second, and every later caller shares it."""
    root = Path(directory if directory is not None else DEFAULT_KNOWLEDGE_DIR).resolve()
    if root not in _built:
        _built[root] = Answerer(load_knowledge_base(root))
    return _built[root]
