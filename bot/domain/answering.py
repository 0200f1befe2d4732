"""Answer free-text questions from the markdown knowledge base.

Retrieval is BM25 (bm25s) over *sections*; each section is indexed with its article's title and keywords and
its own heading (weighted by repetition) plus its body. Queries and documents go through the same analyzer:
synonym/normalisation table -> tokenizer -> stopwords -> stemmer. Query words the index has never seen are
mapped to the closest vocabulary word with rapidfuzz (typos such as "magnesim" or "fosamx").

An answer is *confident* only when the question contains at least one on-topic term (domain vocabulary,
after synonyms) and the best BM25 score is high enough for the question's length; otherwise the reply is a
polite decline listing what the bot can answer. "How much do I need" questions get a personal RDA line
built from what the question says (age, sex, pregnancy, breastfeeding) and, failing that, the profile.

Pure Python: no framework imports.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import bm25s
import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.domain.knowledge import Article, KnowledgeBase, Section, load_knowledge_base
from bot.domain.rda import AGE_BANDS, BANDS_BY_KEY, AgeBand, Profile, band_for_age

# --------------------------------------------------------------------------------------------------------
# Data: synonyms, stopwords, domain vocabulary
# --------------------------------------------------------------------------------------------------------

# (expansion, variants): when a variant occurs in a text (whole words, case-insensitive, multi-word allowed;
# a variant starting with "re:" is a regular expression), the expansion is appended to the text once per
# occurrence before tokenizing. Applied to documents and queries alike, so both sides meet on the expansion.
SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("magnesium", ("mg", "magnesium's", "magnesiums", "mag")),
    (
        "osteoporosis bone loss",
        (
            "brittle bones",
            "brittle bone",
            "thin bones",
            "thinning bones",
            "weak bones",
            "fragile bones",
            "bone loss",
            "losing bone",
            "bone thinning",
            "bones are thinning",
            "porous bones",
            "osteoporotic",
            "-2.5",
        ),
    ),
    ("osteopenia", ("low bone mass", "low bone density", "osteopenic", "pre-osteoporosis", "-1.0", "-1")),
    ("bone mineral density bmd", ("bmd", "bone density", "bone mineral density", "bone strength")),
    (
        "fracture",
        (
            "fractures",
            "broken bone",
            "broken bones",
            "break a bone",
            "broke",
            "broken",
            "break",
            "breaking",
            "breaks",
            "hip fracture",
            "fractured",
            # "Fracture risk" is about fractures, not about who is "at risk" of a deficiency.
            "fracture risk",
            "risk of fracture",
            "risk of fractures",
            "fracture rate",
            "fracture rates",
        ),
    ),
    (
        "fragility fracture",
        (
            "small fall",
            "minor fall",
            "simple fall",
            "little fall",
            "low-trauma",
            "low trauma",
            "fall from standing height",
            "fragility fractures",
            "tripped",
            "slipped",
        ),
    ),
    (
        "definition",
        (
            "difference between",
            "difference",
            "versus",
            "vs",
            "define",
            "definition",
            "meaning of",
            "what is",
            "what's",
            "what are",
        ),
    ),
    (
        "prevent",
        (
            "prevents",
            "prevention",
            "preventing",
            "stop me from",
            "keep me from",
            "protect",
            "protects",
            "protection",
            "ward off",
            "avoid getting",
            "lower my risk",
            "reduce my risk",
        ),
    ),
    (
        "treatment",
        (
            "treat",
            "treated",
            "treatable",
            "treating",
            "reverse",
            "reversible",
            "reversed",
            "cure",
            "curable",
            "therapy",
        ),
    ),
    (
        "together relate",
        (
            "together",
            "combine",
            "combined",
            "combination",
            "relate",
            "relates",
            "related",
            "relationship",
            "link",
            "linked",
            "connection",
            "at the same time",
            "along with",
        ),
    ),
    ("affect", ("change", "changes", "alter", "alters", "influence", "influences", "impact", "impacts")),
    ("level", ("range", "reference range", "normal range", "levels")),
    (
        "percentdv",
        ("%dv", "% dv", "percent daily value", "percent dv", "percent", "percentage", "% daily value"),
    ),
    (
        "add more increase",
        ("get more", "add more", "eat more", "boost my", "increase my", "raise my", "more magnesium"),
    ),
    (
        "tscore",
        (
            "t-score",
            "t score",
            "t-scores",
            "t scores",
            "tscores",
            # A bone density result as people quote it: "-2.6", "−1.8", "minus 2".
            r"re:-[0-4](?:\.\d)?(?![\d.])",
            r"re:minus [0-4]\b",
        ),
    ),
    ("zscore", ("z-score", "z score", "z-scores", "z scores")),
    ("dexa scan bmd", ("dexa", "dxa", "bone scan", "bone density scan", "bone density test")),
    (
        "bisphosphonate osteoporosis medication",
        (
            "fosamax",
            "alendronate",
            "alendronic acid",
            "actonel",
            "risedronate",
            "boniva",
            "ibandronate",
            "zoledronic acid",
            "reclast",
            "atelvia",
            "bisphosphonates",
            "biphosphonate",
            "biphosphonates",
            "osteoporosis drug",
            "osteoporosis drugs",
            "osteoporosis medicine",
            "osteoporosis medication",
            r"re:[a-z]+dron(?:ate|ic acid)\b",
        ),
    ),
    (
        "proton pump inhibitor ppi",
        (
            "ppi",
            "ppis",
            "omeprazole",
            "prilosec",
            "nexium",
            "esomeprazole",
            "pantoprazole",
            "protonix",
            "lansoprazole",
            "prevacid",
            "rabeprazole",
            "dexlansoprazole",
            "proton-pump inhibitor",
            "proton-pump inhibitors",
            "heartburn pills",
            "heartburn pill",
            "heartburn tablets",
            "heartburn medicine",
            "heartburn medication",
            "heartburn drugs",
            "acid reflux pills",
            "acid reflux medication",
            "acid reflux medicine",
            "reflux pills",
            "reflux medication",
            "reflux medicine",
            "acid blockers",
            "acid blocker",
            "stomach acid pills",
            "gerd",
            "losec",
            "zoton",
            r"re:[a-z]+prazole?\b",
        ),
    ),
    (
        "diuretic",
        (
            "diuretics",
            "water pill",
            "water pills",
            "water tablets",
            "lasix",
            "furosemide",
            "frusemide",
            "bumetanide",
            "bumex",
            "torsemide",
            "hydrochlorothiazide",
            "hctz",
            "thiazide",
            "thiazides",
            "chlorthalidone",
            "loop diuretic",
            "spironolactone",
            "aldactone",
            "amiloride",
            "bendroflumethiazide",
            "indapamide",
            "metolazone",
            r"re:[a-z]+thiazide\b",
        ),
    ),
    (
        "antibiotic quinolone tetracycline",
        (
            "antibiotics",
            "cipro",
            "ciprofloxacin",
            "levofloxacin",
            "levaquin",
            "moxifloxacin",
            "fluoroquinolone",
            "fluoroquinolones",
            "quinolones",
            "doxycycline",
            "minocycline",
            "tetracyclines",
            r"re:[a-z]+floxacin\b",
            r"re:[a-z]+cycline\b",
        ),
    ),
    ("warfarin blood thinner", ("coumadin", "jantoven", "blood thinners", "anticoagulant", "anticoagulants")),
    (
        "medication interaction",
        ("medications", "medicine", "medicines", "drug", "drugs", "prescription", "meds"),
    ),
    (
        "interaction",
        (
            "interact",
            "interacts",
            "interacting",
            "clash",
            "clashes",
            "mix",
            "mixing",
            "any problem",
            "any problems",
            "a problem",
            "any issue",
            "any issues",
            "safe to combine",
        ),
    ),
    (
        "pregnancy pregnant",
        (
            "pregnant",
            "pregnancy",
            "expecting a baby",
            "expecting mother",
            "expectant",
            "mother-to-be",
            "mum-to-be",
            "mom-to-be",
            "trimester",
            "prenatal",
        ),
    ),
    (
        "lactation breastfeeding",
        (
            "breastfeeding",
            "breast feeding",
            "breast-feeding",
            "nursing mother",
            "lactating",
            "lactation",
            "nursing",
        ),
    ),
    (
        "rda recommended dietary allowance requirement intake",
        (
            "rda",
            "rdas",
            "recommended dietary allowance",
            "recommended dietary allowances",
            "recommended daily allowance",
            "recommended intake",
            "recommended amount",
            "daily requirement",
            "requirements",
            r"re:how (?:much|many)\b[^.?!\n]{0,60}?\b(?:need|needs|needed|take|taking|get|getting|have|"
            r"having|eat|eating|consume|aim for)\b",
            r"re:how (?:much|many) (?:mg|milligrams)",
            r"re:how much(?: \w+){0,2} (?:a|per|each) day\b",
            "how much daily",
            "daily intake",
            "daily need",
            "daily needs",
            "daily dose",
            "daily amount",
            "personally need",
            "what i need",
            "my needs",
            "personal target",
            "personal requirement",
        ),
    ),
    (
        "upper limit ul maximum",
        (
            "ul",
            "tolerable upper intake level",
            "upper intake level",
            "upper level",
            "too much",
            "maximum",
            "max",
            "overdose",
            "overdosing",
            "safe limit",
            "safe dose",
            "safe amount",
            "highest dose",
            "highest daily dose",
            "largest dose",
            "most i can take",
            "the most supplemental",
            "most supplemental",
            "limit",
            "limits",
        ),
    ),
    (
        "hypermagnesemia toxicity",
        (
            "toxicity",
            "toxic",
            "hypermagnesemia",
            "magnesium poisoning",
            "high magnesium",
            "too much magnesium in the blood",
        ),
    ),
    (
        "daily value dv label",
        (
            "dv",
            "daily value",
            "daily values",
            "nutrition label",
            "food label",
            "label",
            "labels",
            "bottle",
            "packaging",
            "supplement facts",
            "nutrition facts",
        ),
    ),
    (
        "deficiency",
        ("deficient", "deficiencies", "low magnesium", "hypomagnesemia", "not enough magnesium", "lack of"),
    ),
    ("too little shortfall", ("too little", "not enough", "enough", "shortfall", "inadequate", "low intake")),
    ("risk", ("at risk", "likely", "prone", "risk groups", "who gets", "more common in")),
    ("symptoms", ("signs", "symptom", "sign")),
    (
        "supplement",
        ("supplements", "pill", "pills", "tablet", "tablets", "capsule", "capsules", "supplementing"),
    ),
    (
        "forms",
        (
            "citrate",
            "glycinate",
            "bisglycinate",
            "oxide",
            "chloride",
            "lactate",
            "malate",
            "threonate",
            "aspartate",
            "taurate",
            "orotate",
            "which type",
            "which form",
            "best form",
            "best type",
            "kind of magnesium",
            "type of magnesium",
        ),
    ),
    (
        "side effects diarrhea",
        (
            "diarrhea",
            "diarrhoea",
            "loose stools",
            "laxative effect",
            "upset stomach",
            "side effect",
            "side effects",
        ),
    ),
    (
        "timing meal",
        (
            r"re:when (?:and how )?(?:should|do|to|can) (?:i )?take",
            "what time",
            "time of day",
            "morning or night",
            "at night",
            "bedtime",
            "empty stomach",
            "with food",
            "with meals",
            "with a meal",
            "apart",
            "spacing",
            "schedule",
        ),
    ),
    (
        "kidney",
        (
            "kidneys",
            "renal",
            "ckd",
            "chronic kidney disease",
            "kidney disease",
            "kidney failure",
            "dialysis",
            "nephrologist",
        ),
    ),
    ("vitamin_d", ("vitamin d", "vit d", "vitamin d3", "d3", "cholecalciferol", "calcitriol", "calcidiol")),
    (
        "vitamin_k",
        (
            "vitamin k",
            "vit k",
            "vitamin k1",
            "vitamin k2",
            "k2",
            "k1",
            "mk-7",
            "mk7",
            "menaquinone",
            "phylloquinone",
        ),
    ),
    ("calcium", ("calcium's", "ca")),
    ("parathyroid hormone pth", ("pth", "parathyroid", "parathyroid hormone")),
    (
        "osteoblast",
        ("osteoblasts", "bone-building", "bone building", "bone forming", "bone-forming", "build bone"),
    ),
    ("osteoclast", ("osteoclasts", "bone-resorbing", "bone resorbing", "bone-breaking", "break down bone")),
    (
        "hydroxyapatite crystal",
        ("hydroxyapatite", "apatite", "bone crystals", "bone crystal", "mineralization", "mineralisation"),
    ),
    ("osteoblast osteoclast", ("remodeling", "remodelling", "bone turnover")),
    (
        "blood test serum",
        (
            "blood test",
            "blood tests",
            "serum",
            "lab test",
            "rbc magnesium",
            "blood level",
            "blood work",
            "bloodwork",
        ),
    ),
    (
        "exercise",
        (
            "exercises",
            "workout",
            "weight-bearing",
            "weight bearing",
            "strength training",
            "physical activity",
        ),
    ),
    (
        "reduce",
        (
            "block",
            "blocks",
            "blocking",
            "inhibit",
            "inhibits",
            "lower",
            "lowers",
            "decrease",
            "decreases",
            "reduces",
            "interfere",
            "interferes",
            "deplete",
            "depletes",
            "hinder",
            "hinders",
            "worsen",
            "worsens",
        ),
    ),
    (
        "help improve",
        ("helps", "improve", "improves", "increase", "increases", "boost", "boosts", "enhance", "enhances"),
    ),
    (
        "role function",
        (
            r"re:what (?:does|do) [\w ]{1,30}? do\b",
            r"re:how (?:does|do|can) [\w ]{1,30}? help\b",
            "role",
            "function",
            "functions",
            "does it work",
            "purpose",
        ),
    ),
    # Turning vitamin D into its active hormone: "activate", "active/usable form", "convert", "turn into".
    (
        "activation",
        (
            "activate",
            "activates",
            "activated",
            "activating",
            "active form",
            "usable form",
            "active hormone",
            "convert",
            "converts",
            "converted",
            "conversion",
            "turn into",
            "turned into",
            "turns into",
        ),
    ),
    ("good", ("helpful", "beneficial", "benefit", "benefits", "good for")),
    # Superlatives and comparatives rank options ("best food sources", "is oxide better"): a weak hint only.
    ("praise good", ("best", "better")),
    ("food", ("foods", "eat", "eating", "diet")),
    (
        "food sources",
        (
            "sources",
            "source of",
            "rich in",
            "high in",
            "richest",
            "magnesium-rich",
            "most magnesium",
            "the most",
            "a good source",
            "list of foods",
            "highest in",
            "plant foods",
            "plant-based",
            "vegan",
            "vegetarian",
            "foods list",
        ),
    ),
    ("menopause", ("menopausal", "postmenopausal", "post-menopausal", "after menopause")),
    (
        "elderly older adults",
        (
            "elderly",
            "older people",
            "seniors",
            "aging",
            "ageing",
            "older adults",
            "over 50",
            "over 60",
            "older",
            "younger",
            "get older",
            "getting older",
        ),
    ),
    ("doctor", ("gp", "physician", "see a doctor", "talk to my doctor", "medical advice", "clinician")),
    ("vegetables", ("veg", "veggies", "veggie", "vegetable", "greens")),
    ("beans lentils", ("legumes", "legume", "pulses")),
    ("children", ("kids", "child", "kid", "toddler", "teenager", "teen", "teens", "infant", "baby")),
    (
        "evidence study",
        (
            "studies",
            "research",
            "trial",
            "trials",
            "proven",
            "prove",
            "proof",
            "science",
            "scientific",
            "rct",
            "rcts",
            "randomised",
            "randomized",
            "meta analysis",
            "meta-analysis",
            "meta-analyses",
            "systematic review",
        ),
    ),
    (
        "trial",
        (
            "trials",
            "rct",
            "rcts",
            "randomised",
            "randomized",
            "randomized controlled trial",
            "randomised controlled trial",
            "controlled trial",
            "controlled trials",
            "clinical trial",
            "clinical trials",
            "intervention study",
        ),
    ),
    ("absorption", ("absorb", "absorbed", "absorbs", "bioavailability", "bioavailable")),
    ("cramps", ("cramp", "muscle cramps", "leg cramps", "spasms", "twitching")),
    ("alcohol", ("alcoholism", "drinking alcohol", "booze")),
    ("diabetes", ("diabetic", "type 2 diabetes", "blood sugar")),
    ("gut", ("crohn's", "crohns", "celiac", "coeliac", "ibd", "gastrointestinal")),
)

STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
    during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
    here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
    let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves
    out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this those through
    to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
    where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
    you've your yours yourself yourselves tell explain please know want wondering wonder much many really
    actually just anything something thing things get got getting take taking use using bad okay ok thanks
    thank hi hello hey im ive id dont doesnt isnt cant whats hows thats lot lots kind sort way ways make
    makes made will shall may might must need needs also even still ever every one ones s t d say says said per
    give gives giving
    told tells mean means meaning likely year years old aged month months
    great high higher highest rich richer richest top like without came come comes
    """.split()  # noqa: SIM905 - data, easier to read and edit as a block
)

# On-topic vocabulary: a question must contain at least one of these (after synonyms and typo correction)
# for a confident answer. Deliberately excludes foods and everyday words, so "a recipe for chocolate cake"
# or "the weather in Paris" are declined however well they happen to match a food table.
DOMAIN_TERMS: tuple[str, ...] = tuple(
    """
    magnesium bone bones osteoporosis osteopenia calcium vitamin_d vitamin_k vitamin vitamins mineral
    minerals supplement supplements rda intake requirement allowance deficiency deficient ul upper limit
    overdose toxicity dv label fracture fractures bmd density tscore zscore dexa bisphosphonate proton pump
    inhibitor ppi diuretic antibiotic quinolone tetracycline medication interaction kidney pregnancy
    pregnant lactation breastfeeding pth parathyroid hormone osteoblast osteoclast osteocalcin
    hydroxyapatite crystal serum blood test symptoms cramps menopause doctor absorption diarrhea laxative
    forms citrate glycinate oxide skeleton skeletal collagen exercise nutrient nutrients dose dosage dietary
    milligrams sources hypomagnesemia hypermagnesemia spine hip wrist posture frailty falls elderly children
    teen frax warfarin gla carboxylation tetany arrhythmia electrolyte electrolytes absorb phytate zinc rbc
    cofactor enzymes postmenopausal
    injury injured fell
    """.split()  # noqa: SIM905
)

# Another nutrient or another health condition: such a question is declined unless it also names one of
# our subjects (magnesium, bones and osteoporosis, calcium, vitamin D or K, or the drugs we cover).
_ELSEWHERE_RE = re.compile(
    r"\b(?:iron|zinc|vitamin (?:a|b\d*|c|e)|vit (?:b\d*|c)|b12|folate|folic|protein|potassium|sodium|salt|"
    r"fib(?:re|er)|omega|fish oil|creatine|caffeine|sugar|carbs?|calories|cholesterol|"
    r"diabetes|diabetic|blood pressure|hypertension|heart|migraines?|headaches?|sleep|insomnia|acne|"
    r"cold|colds|flu|covid|cancer|depression|anxiety|stress|arthritis|osteoarthritis|rheumatoid|asthma|"
    r"gout|obesity|weight loss|lose weight|back pain|yoga)\b"
)
_OURS_RE = re.compile(
    r"\b(?:magnesium|mg|bones?|bony|osteopor\w*|osteopen\w*|calcium|vitamin d|vit d|d3|vitamin k|"
    r"fractur\w*|broken|skelet\w*|osteo(?:blast|clast|calcin)s?|hydroxyapatite|parathyroid|pth|bmd|dexa|"
    r"dxa|t-?scores?|z-?scores?|bisphosphonates?|alendronate|fosamax|risedronate|actonel|ibandronate|boniva|"
    r"rda|hypomagnes\w*|hypermagnes\w*|epsom|magnesia|diuretics?|ppis?|omeprazole|antibiotics?)\b"
)

# Words that put a question in another field even when it names a mineral or a bone word ("magnesium wheels
# for my car", "calcium carbonate chemistry homework", "t score for my statistics class", "broken phone
# screen"): such a question is declined.
OFF_TOPIC_CONTEXT: frozenset[str] = frozenset(
    """
    car cars vehicle wheel wheels rim rims alloy alloys bike bicycle engine fire firestarter starter flint
    homework assignment equation equations chemistry atomic molar molecule molecules periodic
    phone smartphone laptop computer recipe recipes weather forecast flights stock stocks
    bitcoin crypto marrow transplant battery batteries welding
    dog dogs puppy puppies cat cats kitten kittens pet pets vet veterinarian horse horses
    garden gardening soil fertilizer fertiliser lawn
    industrial industrially manufacturing manufactured smelting ore mining seawater metallurgy metal metals
    cast casts splint sling crutches plaster
    """.split()  # noqa: SIM905
)

# --------------------------------------------------------------------------------------------------------
# Analyzer
# --------------------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[a-z0-9_]+(?:'[a-z]+)?")
# Years are kept as index terms: "the 2022 meta-analysis" names one study.
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_AMOUNT_MG_RE = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:mg|milligrams?|mcg|µg|iu|g|grams?)\b")
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "−": "-", "’": "'", "‘": "'"})


def _suffix_stem(word: str) -> str:
    """A tiny fallback stemmer (used only when PyStemmer is not installed)."""
    for suffix, replacement in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ness", ""),
        ("ments", "ment"),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + replacement
    return word


def _make_stemmer() -> Callable[[str], str]:
    try:
        import Stemmer  # PyStemmer

        snowball = Stemmer.Stemmer("english")
        cache: dict[str, str] = {}

        def stem(word: str) -> str:
            out = cache.get(word)
            if out is None:
                out = cache[word] = snowball.stemWord(word)
            return out

        return stem
    except ImportError:  # pragma: no cover - depends on the environment
        return _suffix_stem


def _normalise(text: str) -> str:
    text = text.translate(_DASHES).lower()
    return _AMOUNT_MG_RE.sub(" ", text)


class Analyzer:
    """Synonyms -> tokens -> stopwords -> stems. The same analyzer serves documents and queries."""

    def __init__(self, synonyms: Iterable[tuple[str, tuple[str, ...]]] = SYNONYMS) -> None:
        self.stem = _make_stemmer()
        single: dict[str, list[str]] = {}
        # (literal hint that must occur in the text, pattern, expansion, is an intent pattern); the hint is a
        # cheap pre-check. Intent patterns ("how much ... need") say what kind of question it is, not its topic.
        phrases: list[tuple[str, re.Pattern[str], str, bool]] = []
        literal: list[tuple[str, re.Pattern[str]]] = []  # the multi-word literal variants
        for expansion, variants in synonyms:
            for variant in variants:
                v = variant.lower()
                if v.startswith("re:"):
                    hint = re.match(r"[a-z]*", v[3:]).group(0)
                    pattern = re.compile(r"(?<![\w-])" + v[3:])
                    phrases.append((hint, pattern, expansion, expansion in INTENT_EXPANSIONS))
                elif re.fullmatch(r"[a-z0-9_]+", v):
                    single.setdefault(v, []).append(expansion)
                else:
                    pattern = re.compile(r"(?<![\w-])" + re.escape(v) + r"(?![\w-])")
                    phrases.append((v, pattern, expansion, False))
                    literal.append((v, pattern))
        # A word in several groups ("trials": evidence and trial) expands into each, weighted separately.
        self._single = {word: tuple(exps) for word, exps in single.items()}
        self._phrases = phrases
        self._literal = literal
        self.synonym_words = frozenset(
            w
            for _, variants in synonyms
            for v in variants
            if not v.startswith("re:")
            for w in _WORD_RE.findall(v.lower())
        )

    def words(self, text: str) -> list[str]:
        """Surface words (lower case, amounts dropped) before synonyms; used for typo correction."""
        return _WORD_RE.findall(_normalise(text))

    def _expansions(self, normalised: str, intent: bool = True) -> list[str]:
        extra: list[str] = []
        for hint, pattern, expansion, is_intent in self._phrases:
            if hint in normalised and (intent or not is_intent):
                extra.extend([expansion] * len(pattern.findall(normalised)))
        for word in _WORD_RE.findall(normalised):
            expansions = self._single.get(word)
            if expansions:
                extra.extend(expansions)
        return extra

    def variant_stems(self, text: str) -> set[str]:
        """Stems of the words that a synonym stands for: single-word variants and the words of multi-word
        variants ("vit" in "vit d"). Their meaning is carried by the expansion."""
        normalised = _normalise(text)
        words = [w for w in _WORD_RE.findall(normalised) if w in self._single]
        for hint, pattern in self._literal:
            if hint in normalised:
                for match in pattern.findall(normalised):
                    words.extend(_WORD_RE.findall(match))
        return {stem for word in words for stem in self._stems(word)}

    def expand(self, text: str) -> str:
        """The normalised text followed by the synonym expansions of everything in it."""
        text = _normalise(text)
        extra = self._expansions(text)
        return text + " " + " ".join(extra) if extra else text

    def stems(self, text: str) -> list[str]:
        """Stemmed words of a text without synonym expansion (stopwords dropped)."""
        return self._stems(_normalise(text))

    def _stems(self, text: str) -> list[str]:
        out: list[str] = []
        for word in _WORD_RE.findall(text):
            word = word.split("'", 1)[0]
            if len(word) < 2 or word in STOPWORDS or (word.isdigit() and not _YEAR_RE.fullmatch(word)):
                continue
            out.append(self.stem(word))
        return out

    def tokens(self, text: str) -> list[str]:
        """Index terms for a text: its own words plus synonym expansions, stopwords dropped, stemmed."""
        return self._stems(self.expand(text))

    def phrase_words(self, normalised: str) -> set[str]:
        """The words of the multi-word synonym variants found in a normalised text ("problem" of "any
        problem"): the expansion carries their meaning."""
        words: set[str] = set()
        for hint, pattern in self._literal:
            if hint in normalised:
                for match in pattern.findall(normalised):
                    words.update(_WORD_RE.findall(match))
        return words

    def weighted_terms(
        self, text: str, expansion_weight: float = 0.5, intent: bool = True
    ) -> dict[str, float]:
        """Distinct query terms with weights: the text's own words 1.0 (a word that is, or is part of, a
        synonym variant VARIANT_WEIGHT); a synonym expansion of n terms gives each of them
        max(1/n, expansion_weight), so one-word expansions ("vitamin d" -> vitamin_d) count fully and long
        ones ("bottle" -> daily value dv label) do not swamp the question. intent=False leaves out the
        expansions of intent patterns ("how much ... need")."""
        normalised = _normalise(text)
        terms: dict[str, float] = {}
        in_phrase = self.phrase_words(normalised) if PHRASE_WORDS_AS_VARIANTS else set()
        for word in _WORD_RE.findall(normalised):
            for stem in self._stems(word):
                # A word that is itself a synonym variant ("fosamax") is represented by its expansion too.
                # Praise and subject words stay low even when they are also synonym variants ("best").
                weight = (
                    PRAISE_WEIGHT
                    if word in PRAISE_WORDS
                    else LOW_WEIGHT
                    if word in LOW_WEIGHT_WORDS
                    else VARIANT_WEIGHT
                    if word in self._single or word in in_phrase
                    else 1.0
                )
                terms[stem] = max(terms.get(stem, 0.0), weight)
        for term, weight in self.expansion_terms(normalised, expansion_weight, intent).items():
            terms[term] = max(terms.get(term, 0.0), weight)
        return terms

    def expansion_terms(
        self, normalised: str, expansion_weight: float = 0.5, intent: bool = True
    ) -> dict[str, float]:
        """The weighted terms of a normalised text's synonym expansions (see weighted_terms)."""
        terms: dict[str, float] = {}
        for expansion in self._expansions(normalised, intent):
            stems = self._stems(expansion)
            if not stems:
                continue
            weight = (
                PRAISE_WEIGHT
                if expansion in PRAISE_EXPANSIONS
                else LOW_WEIGHT
                if expansion in LOW_WEIGHT_EXPANSIONS
                else max(1.0 / len(stems), expansion_weight)
            )
            for term in stems:
                terms[term] = max(terms.get(term, 0.0), weight)
        return terms


# --------------------------------------------------------------------------------------------------------
# Personal RDA
# --------------------------------------------------------------------------------------------------------

_FEMALE_RE = re.compile(
    r"\b(woman|women|female|females|girl|girls|lady|ladies|wife|mother|mom|mum|daughter|sister|grandmother|"
    r"grandma|she|her|pregnant|pregnancy|breastfeeding|breast-feeding|lactating|postmenopausal|menopause|"
    r"menopausal)\b"
)
_MALE_RE = re.compile(
    r"\b(man|men|male|males|boy|boys|guy|guys|husband|father|dad|son|brother|grandfather|grandpa|he|him|his)\b"
)
_PREGNANT_RE = re.compile(r"\b(pregnant|pregnancy|expecting|expectant|(?:mother|mum|mom)-to-be|trimester)\b")
_LACTATING_RE = re.compile(r"\b(breastfeeding|breast[- ]feeding|lactating|lactation|nursing)\b")
_AGE_RES = (
    re.compile(r"\b(\d{1,3})\s*-?\s*(?:years?|yrs?|yo|y/o|y\.o\.)(?:\s*-?\s*old)?\b"),
    re.compile(r"\b(?:aged?|age of)\s*(\d{1,3})\b"),
    re.compile(r"\bi\s*(?:'m|am)\s*(?:a\s+)?(\d{1,3})\b(?!\s*(?:kg|lbs?|pounds|cm|%|mg))"),
    re.compile(r"\b(\d{1,3})\s*(?:f|m)\b(?=[ ,.?!]|$)"),
    re.compile(
        r"\b(?:i'm|i am|im)\b[^.?!]{0,30}?\b(\d{2})\b(?!\s*(?:mg|%|kg|lbs?|g|mcg|iu|weeks?|months?)\b)"
    ),
    # "my mum is 72", "he's 80", "she just turned 15", "breastfeeding mom 35", "a woman of 60"
    re.compile(
        r"\b(?:is|he's|she's|turned|turning|mom|mum|mother|dad|father|woman|man|lady|guy|girl|boy|wife|"
        r"husband|female|male)\s*,?\s*(?:of\s+|aged?\s+)?(\d{1,3})\b(?![.,]\d)"
        r"(?!\s*(?:mg|%|kg|lbs?|pounds|g|mcg|iu|cm|weeks?|months?|days?|times|hours?|minutes?|tablets?|pills?)\b)"
    ),
)
_MONTHS_RE = re.compile(r"\b(\d{1,2})\s*-?\s*months?(?:\s*-?\s*old)?\b")
_DECADE_RE = re.compile(r"\bin (?:my|her|his|their) (\d0)'?s\b")
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70}
_DECADE_WORD_RE = re.compile(r"\bin (?:my|her|his|their) (" + "|".join(_DECADE_WORDS) + r")\b")
_OVER_RE = re.compile(r"\b(?:over|above|older than|past)\s*(\d{2})\b")
_OLDER_WORDS_RE = re.compile(
    r"\b(postmenopausal|post-menopausal|after menopause|elderly|senior|seniors|retired)\b"
)
_TEEN_RE = re.compile(r"\b(teen|teens|teenager|teenagers|teenage|adolescent|adolescents)\b")
_OTHER_PERSON_RE = re.compile(
    r"\b(my|our|her|his) (daughter|son|husband|wife|child|children|kid|kids|mother|mom|mum|father|dad|"
    r"teen|teenager|baby|toddler|partner|grand\w+|sister|brother|parents?)\b|\b(an?|for) (\d{1,3}|woman|man|"
    r"child|kid|boy|girl|teen|teenager|baby|toddler|person|adult)\b|\bfor (women|men|children|kids|teens|adults)\b"
)
_RDA_INTENT_RE = re.compile(
    r"\b(how much|how many (?:mg|milligrams)|rda|recommended|requirement|requirements|allowance|"
    r"daily (?:magnesium |mg )?(?:need|needs|intake|amount|dose|target|goal|requirement)|do i need|"
    r"(?:does|do) (?:a|an|my|our|your|he|she|they|his|her) .{0,40}need|"
    r"should (?:i|he|she|we|they) (?:be )?(?:get|getting|take|taking|have|having|aim)|"
    r"(?:my|our|his|her|their) (?:daily |magnesium |mg )*(?:goal|target|intake)|per day|a day|"
    r"magnesium needs|needs? for (?:a|an|my)\b)\b"
)
_NOT_RDA_RE = re.compile(
    r"\b(too much|upper limit|upper level|maximum|max|highest|largest|overdose|toxic|toxicity|limit|ul|"
    r"(?:is|are) (?:there )?in|contains?|content of|in (?:a|an|one|100 ?g|a cup of)|daily value|dv|label|"
    r"how much (?:magnesium|mg) (?:is |are )?in)\b"
)
_ADULTS_RE = re.compile(r"\b(adults?|grown-?ups?)\b")
_MAG_CONTEXT_RE = re.compile(r"\b(magnesium|mg|rda|milligrams|goal|target|intake|need)\b")


@dataclass(frozen=True)
class Demographics:
    sex: str | None = None
    age_band: str | None = None
    life_stage: str | None = None
    about_other: bool = False

    @property
    def empty(self) -> bool:
        return self.sex is None and self.age_band is None and self.life_stage is None


def _age_band_from_years(age: int) -> str | None:
    band = band_for_age(age)
    return band.key if band else None


def extract_demographics(question: str) -> Demographics:
    """Age band, sex and pregnancy/breastfeeding stated in a question (None where not stated)."""
    q = question.translate(_DASHES).lower()
    female = bool(_FEMALE_RE.search(q))
    male = bool(_MALE_RE.search(q))
    sex = "female" if female and not male else "male" if male and not female else None
    stage = None
    if _PREGNANT_RE.search(q):
        stage, sex = "pregnant", "female"
    elif _LACTATING_RE.search(q):
        stage, sex = "lactating", "female"

    band: str | None = None
    months = _MONTHS_RE.search(q)
    if months and not re.search(r"\b\d{1,3}\s*-?\s*(?:years?|yrs?)\b", q):
        band = "0-6m" if int(months.group(1)) <= 6 else "7-12m" if int(months.group(1)) <= 12 else "1-3"
    if band is None:
        for pattern in _AGE_RES:
            m = pattern.search(q)
            if m:
                band = _age_band_from_years(int(m.group(1)))
                if band:
                    break
    if band is None:
        m = _DECADE_RE.search(q)
        decade = int(m.group(1)) if m else None
        if decade is None:
            mw = _DECADE_WORD_RE.search(q)
            decade = _DECADE_WORDS[mw.group(1)] if mw else None
        if decade is not None:
            band = _age_band_from_years(decade + 5)
    if band is None:
        m = _OVER_RE.search(q)
        if (
            m
            and int(m.group(1)) >= 18
            and re.search(r"\b(age|aged|years?|old|women|men|woman|man|adults?)\b", q)
        ):
            band = _age_band_from_years(int(m.group(1)) + 1)
        elif _OLDER_WORDS_RE.search(q):
            band = "51+"
        elif _TEEN_RE.search(q):
            band = "14-18"
    return Demographics(sex, band, stage, about_other=bool(_OTHER_PERSON_RE.search(q)))


def is_rda_question(question: str) -> bool:
    q = question.translate(_DASHES).lower()
    return bool(_RDA_INTENT_RE.search(q)) and not _NOT_RDA_RE.search(q) and bool(_MAG_CONTEXT_RE.search(q))


def _range_text(values: list[tuple[str, int]]) -> str:
    return ", ".join(f"{mg} mg at {label}" for label, mg in values)


def personal_rda_line(question: str, profile: Profile | None = None) -> str | None:
    """One sentence with the RDA for whoever the question (else the profile) describes; None if unknown."""
    stated = extract_demographics(question)
    if stated.about_other or profile is None:
        sex, band_key, stage = stated.sex, stated.age_band, stated.life_stage
    else:
        sex = stated.sex or profile.sex
        band_key = stated.age_band or profile.age_band
        stage = stated.life_stage or (profile.life_stage if sex == "female" else None)
    stage = None if stage in (None, "", "none") else stage
    band = BANDS_BY_KEY.get(band_key or "")
    own_goal = (
        f" Your own daily goal is set to {profile.goal_override_mg} mg."
        if profile is not None and profile.goal_override_mg and not stated.about_other and stated.empty
        else ""
    )

    if band is not None:
        return _band_line(band, sex, stage) + own_goal
    if stage == "pregnant":
        values = [(b.label.replace(" years", ""), b.pregnant) for b in AGE_BANDS if b.pregnant]
        return f"During pregnancy the RDA is {_range_text(values)} (ages in years)." + own_goal
    if stage == "lactating":
        values = [(b.label.replace(" years", ""), b.lactating) for b in AGE_BANDS if b.lactating]
        return f"While breastfeeding the RDA is {_range_text(values)} (ages in years)." + own_goal
    if sex in ("female", "male"):
        adult = [b for b in AGE_BANDS if b.key in ("14-18", "19-30", "31-50", "51+")]
        values = [
            (
                b.label.replace(" years", "").replace(" and older", "+"),
                b.female if sex == "female" else b.male,
            )
            for b in adult
        ]
        who = "women" if sex == "female" else "men"
        return f"For {who} the RDA is {_range_text(values)} (ages in years)." + own_goal
    if _ADULTS_RE.search(question.lower()):
        return "For adults the RDA is 400–420 mg a day for men and 310–320 mg for women." + own_goal
    if own_goal:
        return own_goal.strip()
    return None


def _band_line(band: AgeBand, sex: str | None, stage: str | None) -> str:
    label = band.label.replace(" years", "")
    if band.key in ("0-6m", "7-12m"):
        return f"For a baby aged {label} the Adequate Intake is {band.male} mg a day (from breast milk or formula)."
    if band.male == band.female:
        return f"For a child aged {label} the RDA is {band.male} mg a day."
    aged = f"aged {label}" if band.high is not None else "aged 51 and older"
    if sex == "female":
        if stage == "pregnant" and band.pregnant:
            return f"For a pregnant woman {aged} the RDA is {band.pregnant} mg a day."
        if stage == "lactating" and band.lactating:
            return f"For a breastfeeding woman {aged} the RDA is {band.lactating} mg a day."
        who = "a teenage girl" if band.key == "14-18" else "a woman"
        extras = []
        if band.pregnant:
            extras.append(f"{band.pregnant} mg if pregnant")
        if band.lactating and band.lactating != band.female:
            extras.append(f"{band.lactating} mg if breastfeeding")
        extra = f" ({', '.join(extras)})" if extras else ""
        return f"For {who} {aged} the RDA is {band.female} mg a day{extra}."
    if sex == "male":
        who = "a teenage boy" if band.key == "14-18" else "a man"
        return f"For {who} {aged} the RDA is {band.male} mg a day."
    preg = f" ({band.pregnant} mg during pregnancy)" if band.pregnant else ""
    return f"For people {aged} the RDA is {band.male} mg a day for men and {band.female} mg for women{preg}."


# --------------------------------------------------------------------------------------------------------
# Answers
# --------------------------------------------------------------------------------------------------------

MAX_ANSWER_CHARS = 1100
MAX_BODY_CHARS = 1000
HEADING_WEIGHT = 3
TYPO_MIN_LEN = 4
# Confidence: the question must contain an on-topic term, and the best section must cover at least
# MIN_COVERAGE of the question's IDF-weighted terms (unseen words weigh UNKNOWN_IDF_RATIO x the rarest word).
MIN_COVERAGE = 0.3
# ... but 0.5 when the only on-topic word is a generic one such as "magnesium".
MIN_COVERAGE_GENERIC = 0.5
GENERIC_DOMAIN_TERMS = (
    "magnesium",
    "mg",
    "mineral",
    "minerals",
    "vitamin",
    "vitamins",
    "doctor",
    "blood",
    "test",
)
UNKNOWN_IDF_RATIO = 0.7
VARIANT_WEIGHT = 0.6
# Words that are usually the subject rather than the topic ("how do doctors test ...").
LOW_WEIGHT_WORDS = frozenset(
    {
        "doctor",
        "doctors",
        "people",
        "person",
        "someone",
        "body",
        "normal",
        "check",
        "checked",
        # Structural words: they shape the question but rarely say what it is about ("part of", "play a role").
        "part",
        "parts",
        "play",
        "plays",
        "work",
        "works",
        "working",
        "happen",
        "happens",
    }
)
LOW_WEIGHT = 0.4
# Praise words rank options rather than name a topic ("best food sources", "is oxide better"): they are rare
# in the corpus (high IDF), so even a low weight would pull toward any heading saying "better".
PRAISE_WORDS = frozenset({"best", "better", "good"})
PRAISE_WEIGHT = 0.3
# Expansions that say what kind of question it is rather than what it is about ("what is ..." -> definition,
# "best"/"better" -> good): they break ties but should not outweigh a topic word.
LOW_WEIGHT_EXPANSIONS = frozenset({"definition"})
PRAISE_EXPANSIONS = frozenset({"praise good"})
RELATED_MIN_RATIO = 0.6
MAX_RELATED = 3
HEADING_BOOST = 2.0
EXPANSION_WEIGHT = 0.3
COVERAGE_POWER = 0.5
ARTICLE_WEIGHT = 0.7
# Question-vs-heading similarity (see Answerer.heading_similarity) added to the normalised scores.
HEADING_SIM_WEIGHT = 0.5
# Weight of question-to-question retrieval over each section's phrasings (see Answerer.phrasing_scores).
PHRASING_WEIGHT = float(__import__("os").environ.get("MAGBOT_PHRASING_WEIGHT", "0.5"))
HEADING_SIM_FLOOR = 75.0
HEADING_SIM_MIN_TERM_WEIGHT = 0.3
# Words of a matched multi-word synonym variant ("problem" of "any problem") weigh like a one-word variant.
PHRASE_WORDS_AS_VARIANTS = True
# Expansions of intent patterns: they tell what kind of question it is, not that it is on topic.
INTENT_EXPANSIONS = frozenset(
    {"rda recommended dietary allowance requirement intake", "timing meal", "role function"}
)
# Medicine words (after synonyms) and the cues that, next to one, make a question about an interaction.
DRUG_TERMS = ("bisphosphonate", "antibiotic", "diuretic", "proton pump inhibitor ppi", "warfarin")
INTERACTION_CUES = ("together", "combine", "relate")
# Entities a question can be *about*: a medicine class or a diagnosis. A section whose heading names an
# entity of the question gains ENTITY_BONUS; one whose heading names only other entities loses
# ENTITY_PENALTY ("long-term omeprazole" -> the PPI section, not "who is at risk of deficiency").
ENTITY_TERMS = (*DRUG_TERMS, "osteoporosis", "osteopenia", "kidney")
# Words that ask for a kind of answer one article gives: "is there evidence / research / proof ...?" asks
# what the studies show, whatever the topic words pull toward. Sections of that article gain the bonus
# (times the word's weight in the question, so a synonym-added term counts less than a typed one).
ARTICLE_INTENTS: tuple[tuple[str, str], ...] = (("evidence", "evidence-bone-density-fractures.md"),)
ARTICLE_INTENT_BONUS = 0.5
ENTITY_BONUS = 0.4
ENTITY_PENALTY = 0.5
INTERACTION_CUE_RE = re.compile(
    r"\b(?:any (?:problems?|issues?|concerns?|risks?)|is (?:it|that|this) (?:ok|okay|fine|safe)|"
    r"safe to|okay to|ok to|at the same time|same day|with (?:my|a|the|her|his)?\s*(?:magnesium|supplements?|"
    r"calcium|antacids?|laxatives?))\b"
)


@dataclass(frozen=True)
class SourceRef:
    file: str
    heading: str


@dataclass(frozen=True)
class Answer:
    text: str
    sources: tuple[SourceRef, ...]
    confident: bool
    section: Section | None = None
    related: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Scored:
    section: Section
    score: float
    index: int


def trim_text(text: str, limit: int) -> str:
    """Trim to at most `limit` characters, at a line or sentence boundary where possible."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    floor = limit // 3
    cut = head.rfind("\n")
    if cut < floor:
        sentence = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind(".\n"))
        cut = sentence + 1 if sentence >= floor else -1
    if cut < floor:
        space = head.rfind(" ")
        return (head[:space] if space > floor else head[: limit - 1]).rstrip(" ,;:") + "…"
    return head[:cut].rstrip()


# Paraphrases are whole questions: compare them with the question as a whole (not as a subset, which
# would let any short paraphrase match every longer question that contains its words).
ALSO_SCORER = fuzz.token_sort_ratio


RDA_ARTICLE = "how-much-magnesium-rda.md"
# A word found in only a few sections (an author, a study) and a best section covering most of the
# question make a question on topic even without a topic word (see Answerer._names_our_sources).
RARE_TERM_IDF = 2.5
SOURCE_NAME_COVERAGE = 0.7
# A "how much do I need" question about another nutrient is not a magnesium RDA question.
_OTHER_NUTRIENT_RE = re.compile(
    r"\b(calcium|vitamin|vit|protein|iron|zinc|potassium|fib(?:re|er)|sodium|salt|calories|water|omega)\b"
)


class Answerer:
    """Two-level BM25 answering over a KnowledgeBase.

    Articles are indexed on their title, curated keywords and section headings (which article is this
    question about?); sections on their heading (repeated) and body (which part of it answers?). A section's
    score is its own BM25 score, boosted when its heading matches the question, plus the article score,
    both normalised to the best hit.
    """

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else load_knowledge_base()
        self.analyzer = Analyzer()
        self.sections: tuple[Section, ...] = self.kb.sections
        self._articles: dict[str, Article] = {a.slug: a for a in self.kb.articles}
        self._article_order = [a.slug for a in self.kb.articles]
        self._article_index = {slug: i for i, slug in enumerate(self._article_order)}
        self._section_article = np.array([self._article_index[s.slug] for s in self.sections], dtype=int)
        surface: Counter[str] = Counter(self.analyzer.synonym_words) + Counter(DOMAIN_TERMS)

        section_corpus: list[list[str]] = []
        heading_tokens: list[frozenset[str]] = []
        also_strings: list[list[str]] = []
        for section in self.sections:
            text = " ".join([*([section.heading] * HEADING_WEIGHT), *section.also, section.body])
            section_corpus.append(self.analyzer.tokens(text) or ["_empty_"])
            surface.update(self.analyzer.words(text))
            heading_tokens.append(frozenset(self.analyzer.tokens(section.heading)))
            also_strings.append([" ".join(sorted(set(self.analyzer.tokens(q)))) for q in section.also])
        article_corpus: list[list[str]] = []
        for article in self.kb.articles:
            text = " ".join(
                [
                    article.title,
                    article.title,
                    ", ".join(article.keywords),
                    *(s.heading for s in article.sections),
                ]
            )
            article_corpus.append(self.analyzer.tokens(text) or ["_empty_"])
            surface.update(self.analyzer.words(text))

        # Coverage and IDF look at a section together with its article's title and keywords.
        article_sets = [frozenset(tokens) for tokens in article_corpus]
        self._section_tokens = [
            frozenset(tokens) | article_sets[self._section_article[i]]
            for i, tokens in enumerate(section_corpus)
        ]
        df = Counter(t for tokens in self._section_tokens for t in tokens)
        n = len(section_corpus)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        # A word the index has never seen counts like the rarest indexed word.
        self._unknown_idf = UNKNOWN_IDF_RATIO * math.log(1 + (n - 1 + 0.5) / 1.5) if n else 1.0
        # One document per phrasing of each section's question (its heading and its "also asked" lines):
        # question-to-question retrieval, scored per section by its best phrasing.
        phrasing_corpus: list[list[str]] = []
        phrasing_section: list[int] = []
        for i, section in enumerate(self.sections):
            for phrasing in (section.heading, *section.also):
                toks = self.analyzer.tokens(phrasing)
                if toks:
                    phrasing_corpus.append(toks)
                    phrasing_section.append(i)
        self._phrasing_section = np.array(phrasing_section, dtype=int)
        self.phrasing_retriever = bm25s.BM25()
        if phrasing_corpus:
            self.phrasing_retriever.index(phrasing_corpus, show_progress=False)
        self._phrasing_vocab = (
            frozenset(self.phrasing_retriever.vocab_dict) if phrasing_corpus else frozenset()
        )
        self.section_retriever = bm25s.BM25()
        self.article_retriever = bm25s.BM25()
        if section_corpus:
            self.section_retriever.index(section_corpus, show_progress=False)
            self.article_retriever.index(article_corpus, show_progress=False)
        self.vocab: frozenset[str] = frozenset(self._idf)
        self._section_vocab = frozenset(self.section_retriever.vocab_dict) if section_corpus else frozenset()
        self._article_vocab = frozenset(self.article_retriever.vocab_dict) if article_corpus else frozenset()
        self._heading_tokens = heading_tokens
        # Headings are questions: each as its sorted analysed terms, for question-vs-heading similarity.
        self._heading_strings = [" ".join(sorted(tokens)) for tokens in heading_tokens]
        # ... and the other phrasings of each section's question ("also asked"), as (string, section index).
        self._also_strings = [q for qs in also_strings for q in qs if q]
        self._also_section = np.array([i for i, qs in enumerate(also_strings) for q in qs if q], dtype=int)
        surface.update(STOPWORDS)
        self._surface_freq = surface
        self._surface = sorted(w for w in surface if len(w) >= 3 and not w.isdigit() and "'" not in w)
        self._surface_set = frozenset(self._surface) | STOPWORDS
        # Inflections the corpus does not use map to a surface word with the same stem ("omeprazol" ->
        # "omeprazole", "breaking" -> "break"), so that synonyms see a word they know.
        self._by_stem: dict[str, str] = {}
        for word, _ in surface.most_common():
            self._by_stem.setdefault(self.analyzer.stem(word), word)
        self._domain_words = frozenset(DOMAIN_TERMS)
        self._drug_stems = frozenset(t for term in DRUG_TERMS for t in self.analyzer.stems(term))
        # Each entity as the stems that name it ("proton pump inhibitor ppi" -> {"ppi"}: the distinctive one).
        self._entities = tuple(frozenset(self.analyzer.stems(term.split()[-1])) for term in ENTITY_TERMS)
        self._definition_stems = frozenset(self.analyzer.stems("definition"))
        self._bonus_entities = frozenset(range(len(DRUG_TERMS)))  # medicines: the section naming one
        self._heading_entities = [
            frozenset(k for k, stems in enumerate(self._entities) if stems & tokens)
            for tokens in heading_tokens
        ]
        self._article_intents = [
            (self.analyzer.stem(word), np.array([s.file == file for s in self.sections], dtype=bool))
            for word, file in ARTICLE_INTENTS
        ]
        self._cue_stems = frozenset(t for term in INTERACTION_CUES for t in self.analyzer.stems(term))
        self._interaction_stem = self.analyzer.stem("interaction")
        self.domain_stems = frozenset(t for term in DOMAIN_TERMS for t in self.analyzer.stems(term))
        self._generic_stems = frozenset(t for term in GENERIC_DOMAIN_TERMS for t in self.analyzer.stems(term))
        self._by_key = {section.key: section for section in self.sections}
        # Words of each article's Sources list (authors, journals, agencies), for questions that name them.
        self._source_stems = {
            article.slug: frozenset(self.analyzer.tokens(" ".join(src.text for src in article.sources)))
            for article in self.kb.articles
        }
        self._typo_cache: dict[str, str | None] = {}
        self._score_cache: dict[tuple[str, str], np.ndarray] = {}

    # -- query analysis ----------------------------------------------------------------------------------

    def correct(self, word: str) -> str | None:
        """The vocabulary word closest to an unknown word (None when nothing is close enough).

        Optimal-string-alignment distance (a transposition is one edit): at most 1 edit for words of 5-7
        letters, 2 for longer ones; ties go to on-topic words, then to words frequent in the corpus.
        """
        if word in self._typo_cache:
            return self._typo_cache[word]
        best = None
        if len(word) >= TYPO_MIN_LEN and word.isalpha():
            max_edits = 1 if len(word) < 8 else 2
            matches = process.extract(
                word, self._surface, scorer=OSA.distance, score_cutoff=max_edits, limit=20
            )
            if len(word) == TYPO_MIN_LEN:
                # Four letters are too few to guess from: only a missing letter of an on-topic word ("uper").
                matches = [m for m in matches if m[0] in self._domain_words and len(m[0]) == len(word) + 1]
            if matches:
                best = min(
                    matches,
                    key=lambda m: (m[1], m[0] not in self._domain_words, -self._surface_freq.get(m[0], 0)),
                )[0]
        self._typo_cache[word] = best
        return best

    def _fix_word(self, word: str) -> str | None:
        """A word as the index knows it: itself, a same-stem surface word, a typo correction, or None for
        an unknown word shorter than TYPO_MIN_LEN (noise such as "tak")."""
        if word in self._surface_set or not word.isalpha():
            return word
        same_stem = self._by_stem.get(self.analyzer.stem(word))
        if same_stem is not None:
            return same_stem
        if len(word) < TYPO_MIN_LEN:
            return None
        return self.correct(word) or word

    def query_terms(self, question: str, intent: bool = True) -> dict[str, float]:
        """The question's weighted terms after typo correction, synonyms, stopwords and stemming
        (intent=False: without the expansions of intent patterns, to judge what the question is about)."""
        fixed = []
        for word in self.analyzer.words(question):
            base = word.split("'", 1)[0]
            if base != word and word in self._surface_set:
                fixed.append(word)
                continue
            out = self._fix_word(base)
            if out is not None:
                fixed.append(out)
        text = " ".join(fixed)
        terms = self.analyzer.weighted_terms(text, EXPANSION_WEIGHT, intent)
        # Variants with punctuation ("-2.6", "t-score", "%dv") are matched on the question as typed.
        normalised = _normalise(question)
        for term, weight in self.analyzer.expansion_terms(normalised, EXPANSION_WEIGHT, intent).items():
            terms[term] = max(terms.get(term, 0.0), weight)
        # A named medicine plus "together", "any problem", "safe to ..." asks about an interaction, with or
        # without the word "magnesium" ("fosamax and calcium citrate together, ok?").
        if self._drug_stems.intersection(terms) and (
            self._cue_stems.intersection(terms) or INTERACTION_CUE_RE.search(normalised)
        ):
            terms[self._interaction_stem] = max(terms.get(self._interaction_stem, 0.0), 1.0)
        # "What's the best ...?" asks to rank options, not for a definition.
        if PRAISE_WORDS.intersection(fixed):
            for term in self._definition_stems:
                terms.pop(term, None)
        # A synonym variant the articles never use ("vit" of "vit d", "rcts") adds nothing the expansion
        # does not say, but as an unseen word it would count against the coverage of every section.
        for stem in self.analyzer.variant_stems(text):
            if stem not in self.vocab:
                terms.pop(stem, None)
        return terms

    def query_tokens(self, question: str) -> list[str]:
        return list(self.query_terms(question))

    def on_topic(self, terms: Iterable[str]) -> bool:
        return any(t in self.domain_stems for t in terms)

    def _names_our_sources(self, terms: dict[str, float], best: Scored) -> bool:
        """A question with no topic word can still be ours when it names a source the best section's
        article cites ("the 2023 Dominguez meta-analysis") and that section covers most of the question."""
        cited = self._source_stems.get(best.section.slug, frozenset())
        named = [t for t in terms if t in cited and self.weight(t) >= RARE_TERM_IDF and not t.isdigit()]
        return bool(named) and self.coverage(terms, best.index) >= SOURCE_NAME_COVERAGE

    def _scores(self, which: str, terms: dict[str, float]) -> np.ndarray | None:
        retriever, vocab = {
            "section": (self.section_retriever, self._section_vocab),
            "article": (self.article_retriever, self._article_vocab),
            "phrasing": (self.phrasing_retriever, self._phrasing_vocab),
        }[which]
        total = None
        for term, weight in terms.items():
            if term not in vocab:
                continue
            cached = self._score_cache.get((which, term))
            if cached is None:
                cached = self._score_cache[(which, term)] = retriever.get_scores([term])
            total = weight * cached if total is None else total + weight * cached
        return total

    def rank(self, terms: dict[str, float] | list[str]) -> list[Scored]:
        """Sections by combined score, best first (only those sharing a term with the question)."""
        if not isinstance(terms, dict):
            terms = dict.fromkeys(terms, 1.0)
        if not self.sections:
            return []
        section = self._scores("section", terms)
        article = self._scores("article", terms)
        if section is None and article is None:
            return []
        n = len(self.sections)
        section = np.zeros(n) if section is None else section.astype(float)
        article = np.zeros(len(self._article_order)) if article is None else article.astype(float)
        # Boost sections whose own heading matches the question (weighted Jaccard of the term sets).
        query_mass = sum(self.weight(t) * w for t, w in terms.items())
        for i, heading in enumerate(self._heading_tokens):
            shared = [t for t in heading if t in terms]
            if shared:
                shared_mass = sum(self.weight(t) * terms[t] for t in shared)
                extra = sum(self.weight(t) for t in heading if t not in terms)
                section[i] *= 1.0 + HEADING_BOOST * shared_mass / (query_mass + extra)
        if section.max() > 0:
            section = section / section.max()
        if article.max() > 0:
            article = article / article.max()
        coverage = np.array([self.coverage(terms, i) for i in range(n)])
        scores = section + ARTICLE_WEIGHT * article[self._section_article]
        if HEADING_SIM_WEIGHT:
            scores = scores + HEADING_SIM_WEIGHT * self.heading_similarity(terms)
        if PHRASING_WEIGHT:
            scores = scores + PHRASING_WEIGHT * self.phrasing_scores(terms)
        scores = scores * coverage**COVERAGE_POWER
        for stem, members in self._article_intents:
            if stem in terms:
                scores[members] += ARTICLE_INTENT_BONUS * terms[stem] * (scores[members] > 0)
        asked = frozenset(k for k, stems in enumerate(self._entities) if stems.intersection(terms))
        if asked:
            for i, named in enumerate(self._heading_entities):
                if named & asked & self._bonus_entities:
                    scores[i] += ENTITY_BONUS * (scores[i] > 0)
                elif named & asked:
                    pass
                elif named:
                    scores[i] = max(0.0, scores[i] - ENTITY_PENALTY)
        order = np.argsort(-scores, kind="stable")
        return [Scored(self.sections[i], float(scores[i]), int(i)) for i in order if scores[i] > 0]

    def phrasing_scores(self, terms: dict[str, float]) -> np.ndarray:
        """Per section, the BM25 score of its best-matching phrasing (heading or paraphrase), scaled 0..1."""
        best = np.zeros(len(self.sections))
        raw = self._scores("phrasing", terms)
        if raw is None or raw.max() <= 0:
            return best
        np.maximum.at(best, self._phrasing_section, raw.astype(float))
        return best / best.max()

    def heading_similarity(self, terms: dict[str, float]) -> np.ndarray:
        """How closely each section heading asks the question: rapidfuzz token_set_ratio between the
        question's and the heading's analysed terms (synonyms applied, stemmed), rescaled so that
        HEADING_SIM_FLOOR or less counts 0 and an identical term set counts 1."""
        query = " ".join(sorted(t for t, w in terms.items() if w >= HEADING_SIM_MIN_TERM_WEIGHT))
        if not query:
            return np.zeros(len(self._heading_strings))
        ratios = process.cdist([query], self._heading_strings, scorer=fuzz.token_set_ratio)[0].astype(float)
        if self._also_strings:
            # a paraphrase counts like the heading, but never above it: the best phrasing of each section
            also = process.cdist([query], self._also_strings, scorer=ALSO_SCORER)[0].astype(float)
            np.maximum.at(ratios, self._also_section, also)
        return np.clip((ratios - HEADING_SIM_FLOOR) / (100.0 - HEADING_SIM_FLOOR), 0.0, 1.0)

    def weight(self, token: str) -> float:
        return self._idf.get(token, self._unknown_idf)

    def coverage(self, terms: dict[str, float] | list[str], section_index: int) -> float:
        """The weighted share of the question's terms (IDF x term weight) found in a section or its
        article's title and keywords."""
        if not isinstance(terms, dict):
            terms = dict.fromkeys(terms, 1.0)
        total = sum(self.weight(t) * w for t, w in terms.items())
        if total <= 0:
            return 0.0
        present = self._section_tokens[section_index]
        return sum(self.weight(t) * w for t, w in terms.items() if t in present) / total

    def gate_coverage(
        self, terms: dict[str, float], section_index: int, guessed: frozenset[str] = frozenset()
    ) -> float:
        """Coverage for the confidence gate: like `coverage`, except that a typo correction into an
        everyday word (`guessed_stems`) weighs like an unseen word and never counts as matched."""
        total = present_mass = 0.0
        present = self._section_tokens[section_index]
        for t, w in terms.items():
            if t in guessed:
                total += self._unknown_idf * w
                continue
            total += self.weight(t) * w
            if t in present:
                present_mass += self.weight(t) * w
        return present_mass / total if total > 0 else 0.0

    def guessed_stems(self, question: str) -> frozenset[str]:
        """Stems of the question's typo corrections into everyday words ("price" -> "rice"): a guess, so
        the confidence gate does not count them as matched."""
        out = set()
        for word in self.analyzer.words(question):
            base = word.split("'", 1)[0]
            if base in self._surface_set or not base.isalpha() or len(base) < TYPO_MIN_LEN:
                continue
            if self._by_stem.get(self.analyzer.stem(base)) is not None:
                continue
            fixed = self.correct(base)
            if fixed is not None and fixed not in self._domain_words:
                out.update(self.analyzer.stems(fixed))
        return frozenset(out)

    def _confident(
        self, terms: dict[str, float], item: Scored, guessed: frozenset[str] = frozenset()
    ) -> bool:
        specific = any(t in self.domain_stems and t not in self._generic_stems for t in terms)
        cover = self.gate_coverage(terms, item.index, guessed)
        return cover >= (MIN_COVERAGE if specific else MIN_COVERAGE_GENERIC)

    # -- answers -----------------------------------------------------------------------------------------

    def answer(self, question: str, profile: Profile | None = None) -> Answer:
        """The best section for a question (with a personal RDA line for "how much do I need"
        questions), or a polite decline listing what the bot can answer."""
        terms = self.query_terms(question or "")
        if OFF_TOPIC_CONTEXT.intersection(self.analyzer.words(question or "")):
            return self.decline()
        lowered = (question or "").lower()
        if _ELSEWHERE_RE.search(lowered) and not _OURS_RE.search(lowered):
            # "What is vitamin C good for?", "What are the symptoms of diabetes?": another nutrient or
            # another condition, and nothing of ours (magnesium, bone, calcium, vitamin D/K) in the question
            return self.decline()
        ranked = self.rank(terms)
        # "How many calories should I eat?" matches the "how much ... need/eat" intent pattern (-> RDA)
        # but names nothing on topic: the topic check ignores intent-pattern expansions.
        topic = self.query_terms(question or "", intent=False)
        rda_section = self.rda_section(question or "")
        if rda_section is not None:
            # "How much magnesium does a 60-year-old woman need?": the RDA section for who is asked about
            personal = personal_rda_line(question, profile)
            return self.answer_section(rda_section, personal=personal)
        guessed = self.guessed_stems(question or "")
        if not ranked or not self._confident(terms, ranked[0], guessed):
            return self.decline()
        if not self.on_topic(topic) and not self._names_our_sources(topic, ranked[0]):
            return self.decline()
        best = ranked[0]
        personal = personal_rda_line(question, profile) if is_rda_question(question) else None
        related: list[Section] = []
        seen = {best.section.slug}
        for item in ranked[1:]:
            if len(related) >= MAX_RELATED or item.score < RELATED_MIN_RATIO * best.score:
                break
            if item.section.slug not in seen and self._confident(terms, item, guessed):
                seen.add(item.section.slug)
                related.append(item.section)
        return self.answer_section(best.section, personal=personal, related=tuple(related))

    def rda_section(self, question: str) -> Section | None:
        """For a "how much do I need" question that says who it is about (age, sex, pregnancy), the RDA
        article's section for that person; None otherwise (the ranker decides)."""
        if not is_rda_question(question) or _OTHER_NUTRIENT_RE.search(question.lower()):
            return None
        who = extract_demographics(question)
        if who.empty:
            return None
        band = BANDS_BY_KEY.get(who.age_band or "")
        if who.life_stage in ("pregnant", "lactating"):
            key = r"\bpregnan"
        elif band is not None and band.high is not None and band.high <= 18:
            key = r"\bchildren\b"
        elif who.sex == "female":
            key = r"\bwomen\b"
        elif who.sex == "male":
            key = r"\bmen\b"
        elif band is not None and band.high is None:
            key = r"\bover 50\b"
        else:
            return None
        for section in self.sections:
            if section.file == RDA_ARTICLE and re.search(key, section.heading.lower()):
                return section
        return None

    def answer_section(
        self, section: Section, personal: str | None = None, related: tuple[Section, ...] = ()
    ) -> Answer:
        """A section as an answer: optional personal line, the body trimmed to fit, the source line."""
        article = self._articles[section.slug]
        source_line = self._source_line(article)
        budget = MAX_ANSWER_CHARS - len(source_line) - 2 - (len(personal) + 2 if personal else 0)
        body = trim_text(section.body, min(MAX_BODY_CHARS, budget))
        parts = [p for p in (personal, body, source_line) if p]
        return Answer(
            text="\n\n".join(parts),
            sources=(SourceRef(section.file, section.heading),),
            confident=True,
            section=section,
            related=related,
        )

    def section_by_key(self, key: str) -> Section | None:
        """The section with this `Section.key` (for "Related topics" buttons), or None."""
        return self._by_key.get(key)

    def decline(self) -> Answer:
        text = (
            "Sorry, that's outside what I can answer well: I only answer questions on magnesium, bone health "
            "and osteoporosis. I can tell you about: how much magnesium you need, food sources, supplements "
            "and their side effects, medicines that interact with magnesium, deficiency, what the evidence "
            "says on bone density and fractures, osteoporosis and osteopenia, calcium and vitamin D, and "
            'exercise for bones. Try "How much magnesium do I need?" or "Can I take magnesium with Fosamax?".'
        )
        return Answer(text=text, sources=(), confident=False)

    @staticmethod
    def _source_line(article: Article) -> str:
        if not article.sources:
            return ""
        first = article.sources[0]
        line = f"Source: {first.text} ({first.url})" if first.url else f"Source: {first.text}"
        return line if len(line) <= 300 else line[:297] + "…"


_default: Answerer | None = None


def default_answerer() -> Answerer:
    """A process-wide Answerer over the repository's knowledge base (built on first use)."""
    global _default
    if _default is None:
        _default = Answerer(load_knowledge_base())
    return _default
