"""The words of supplement messages: nutrients, units, counts, numbers, and the filler, question and
remark words that tell a log ("took my magnesium, 250 mg") from a question or a remark. Pure data."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from bot.domain.supplement_labels import rewrite_label_phrases


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that name a nutrient (after `_normalise`, which folds "vitamin d3", "d3", "cholecalciferol" … to vitd).
NUTRIENT_WORDS = {"magnesium": "magnesium", "mag": "magnesium", "calcium": "calcium", "vitd": "vitamin_d"}
# Brand and product words that name a nutrient ("Slow-Mag", "ZMA"): knowledge/supplement_brands.csv.
BRANDS_CSV = Path(__file__).resolve().parents[2] / "knowledge" / "supplement_brands.csv"
with BRANDS_CSV.open(newline="", encoding="utf-8") as _fh:
    NUTRIENT_WORDS.update({row["word"]: row["nutrient"] for row in csv.DictReader(_fh)})
# ... written with a space for its hyphen ("slow mag", "cal mag zinc"): read as the brand word
_SPACED_BRANDS = [
    (re.compile(r"\b" + word.replace("-", r"\s+") + r"\b"), word)
    for word in sorted(NUTRIENT_WORDS, key=len, reverse=True)
    if "-" in word and not all(part in NUTRIENT_WORDS for part in word.split("-"))  # "calcium magnesium": two
]


def joined_brands(text: str) -> str:
    """``text`` (lowercase) with a brand written with spaces for its hyphens joined: "slow mag" -> "slow-mag"."""
    for pattern, word in _SPACED_BRANDS:
        text = pattern.sub(word, text)
    return text


# A number without a unit beside a nutrient ("magnesium 250", "vitamin D 1000"): up to this many it is a
# count of tablets ("took 2 magnesium"); above it a dose in mg (minerals) or, for vitamin D, IU from 100
# and µg below (no vitamin D product is labelled "25 IU" or "1000 µg").
MAX_BARE_COUNT = 6
BARE_VITAMIN_D_IU_FROM = 100
MASS_UNITS = {
    "mg": ("mg", 1.0),
    "milligram": ("mg", 1.0),
    "milligrams": ("mg", 1.0),
    "g": ("mg", 1000.0),
    "gram": ("mg", 1000.0),
    "grams": ("mg", 1000.0),
    "mcg": ("ug", 1.0),
    "ug": ("ug", 1.0),
    "microgram": ("ug", 1.0),
    "micrograms": ("ug", 1.0),
    "iu": ("iu", 1.0),
    "ius": ("iu", 1.0),
}
COUNT_UNITS = {
    "capsule": "capsule",
    "capsules": "capsule",
    "caps": "capsule",
    "cap": "capsule",
    "tablet": "tablet",
    "tablets": "tablet",
    "tab": "tablet",
    "tabs": "tablet",
    "pill": "tablet",
    "pills": "tablet",
    "softgel": "softgel",
    "softgels": "softgel",
    "gummy": "gummy",
    "gummies": "gummy",
    "scoop": "scoop",
    "scoops": "scoop",
    "sachet": "sachet",
    "sachets": "sachet",
}
# A volume of a liquid supplement ("10 ml liquid magnesium"): no count, but what a dose "per 10 ml" scales by
VOLUME_UNITS = frozenset({"ml", "millilitres", "milliliters", "millilitre", "milliliter"})
WORD_NUMBERS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "half": 0.5,
    "couple": 2.0,
}
# Words a supplement message may hold besides nutrients, forms, numbers and units.
FILLER_WORDS = words(
    """i i've ive just took take taken taking had have swallowed popped my a an the of some each per as in
    also and another extra usual daily today tonight this morning evening night bedtime bed at before
    after with breakfast lunch dinner supplement supplements dose doses elemental vitamin vit total plus
    x or so about around every day powder liquid chewable chewables effervescent has contains all drink dropped
    dissolved stirred mixed cut it halved split"""
)
LOG_VERBS = words("""took take taken taking had swallowed popped""")
# "1 magnesium bisglycinate cap (120mg elemental)": a dose that says it is the mineral itself, not its compound
ELEMENTAL_WORDS = words("""elemental""")
QUESTION_STARTS = words(
    """how what why when which who whom whose can could should shall is are was were does do did will would
    may might must tell explain any"""
)
QUESTION_WORDS_ANYWHERE = words("""how what whats why which should""")
# Words that make a message a remark or a question about a dose, not a log of it (a brand name beside a
# dose is fine: "Nature Made magnesium 400 mg"; "magnesium 400 mg is that too much" is not a log).
SENTENCE_WORDS = words(
    """is are was were be that this it too much many enough safe unsafe ok okay bad good fine better best
    dangerous normal high low right wrong can could would will does do did if or vs versus than"""
)

# The nutrients' own names: a dose said right before one is that nutrient's, whatever product word came first
# ("cal-mag tablet: 300mg calcium, 150mg magnesium").
PLAIN_NUTRIENTS = frozenset({"magnesium", "calcium", "vitd"})


# what a dose is said "per": a count unit ("per scoop", "per 3 caps") or a volume ("per 10 ml")
PER_UNITS = {**COUNT_UNITS, **{unit: "ml" for unit in VOLUME_UNITS}}


def number(token: str) -> float | None:
    """A token's number: digits ("2", "2.5") or a number word ("two", "a")."""
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    return WORD_NUMBERS.get(token)


def after_dose(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] comes right after a number and its mass unit ("300 mg calcium")."""
    return i >= 2 and tokens[i - 1] in MASS_UNITS and number(tokens[i - 2]) is not None


def per_amount(tokens: list[str], i: int) -> tuple[float, str, int] | None:
    """ "per scoop", "per 3 caps", "per 10 ml" at tokens[i] ("per"): (count, count unit, tokens used)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if nxt in PER_UNITS:
        return 1.0, PER_UNITS[nxt], 1
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    count = number(nxt)
    if count is not None and after in PER_UNITS:
        return count or 1.0, PER_UNITS[after], 2  # "per 0 caps" is no divisor
    return None


# a nutrient named after another's dose with no separator: "magnesium 400 mg calcium 600 mg vitd 1000 iu"
NEXT_NUTRIENT = re.compile(
    r"(?P<said>\b(?:magnesium|calcium|vitd)\b[^,+;&]*?\d\s*(?:mg|mcg|ug|iu|g)\b)\s+(?=(?:magnesium|calcium|vitd)\b)"
)


def normalised(text: str) -> str:
    """A supplement message lowercased, its numbers, vitamin D names, brands and label phrases in one form."""
    text = text.lower().replace("µ", "u").replace("μ", "u").replace("×", " x ")
    text = re.sub(r"(\d),(\d{3})\b", r"\1\2", text)
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)
    text = re.sub(
        r"\bvit(?:amin)?\.?\s*-?\s*d\s*-?\s*[23]?\b|\bd[23]\b|\b(?:chole|ergo)calciferol\b", " vitd ", text
    )
    text = re.sub(r"\bl-threonate\b", "threonate", text)
    text = re.sub(r"\bbis-?glycinate\b", "bisglycinate", text)
    text = re.sub(r"(\d)\s*x\b", r"\1 x ", text)
    text = re.sub(r"[()\[\]:!?.](?!\d)", " ", text)
    text = joined_brands(rewrite_label_phrases(re.sub(r"\s+", " ", text).strip()))
    text = re.sub(r"(?<!\d)(?<!\d )\bmg\b(?!\s*/)", "magnesium", text)  # "Mg supplement", not "250 mg"
    return NEXT_NUTRIENT.sub(r"\g<said>, ", text)  # "magnesium 400 mg calcium 600 mg": two supplements


# a product's amount read off its label: "multivitamin, label says magnesium 50 mg" (normalised() drops the words)
LABEL_SAYS = re.compile(r"\b(?:label|bottle|box|pack|packet|tub)\s+(?:says|said|states|reads|lists)\b", re.I)
