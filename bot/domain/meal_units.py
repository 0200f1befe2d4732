"""The words of a meal message that say how much: numbers, fractions, units, sizes and packs.

Data for :mod:`bot.domain.meal` (no logic beyond building the lookup tables and regular expressions); the
words around the food (lead-ins, trailers, separators) are in :mod:`bot.domain.meal_lexicon`.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------- numbers

_VULGAR = {
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "⅓": "1/3",
    "⅔": "2/3",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
    "⅕": "1/5",
    "⅙": "1/6",
}
_WORD_NUMBERS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "single": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "dozen": 12.0,
    "half": 0.5,
    "quarter": 0.25,
    "couple": 2.0,
    "pair": 2.0,
    "few": 3.0,
    "several": 3.0,
}
# Multi-word quantity phrases, longest first (matched at the start of an item).
_QUANTITY_PHRASES: tuple[tuple[str, float], ...] = (
    (r"half\s+a\s+dozen", 6.0),
    (r"a\s+half\s+dozen", 6.0),
    (r"a\s+dozen", 12.0),
    (r"a\s+couple\s+of", 2.0),
    (r"a\s+couple", 2.0),
    (r"couple\s+of", 2.0),
    (r"a\s+pair\s+of", 2.0),
    (r"a\s+few", 3.0),
    (r"few", 3.0),
    (r"several", 3.0),
    (r"half\s+an?", 0.5),
    (r"a\s+half(?:\s+of)?", 0.5),
    (r"one\s+half(?:\s+of)?", 0.5),
    (r"half(?:\s+of)?", 0.5),
    (r"a\s+quarter(?:\s+of)?", 0.25),
    (r"quarter\s+of\s+an?", 0.25),
    (r"quarter(?:\s+of)?", 0.25),
    (r"three\s+quarters?(?:\s+of)?", 0.75),
    (r"a\s+third(?:\s+of)?", 1 / 3),
    (r"one\s+third(?:\s+of)?", 1 / 3),
    (r"two\s+thirds(?:\s+of)?", 2 / 3),
)
# Vague amounts: no quantity (the default serving is used). A splash or drizzle is a tablespoon and a dash a
# teaspoon (see the unit words below), not a serving: "tea with a splash of milk" is not a glass of milk.
_VAGUE = re.compile(
    r"^(?:some|sum|summ|a\s+lil\s+bit\s+of|a\s+lil\s+bit|a\s+little\s+bit\s+of|a\s+little\s+bit|a\s+little|a\s+bit\s+of|a\s+bit|(?:lil\s+|little\s+)?bit\s+of|a\s+touch\s+of|"
    r"a\s+pinch\s+of|a\s+sprinkle\s+of|(?:a\s+)?side\s+of|"
    r"a\s+lot\s+of|lots\s+of|plenty\s+of|a\s+load\s+of|any|more|extra|the)\s+"
)
_NUM = r"(?:\d+\s+\d+/\d+|\d+/\d+|\d+(?:[.,]\d+)?|\.\d+)"
_WORDNUM = "|".join(sorted((w for w in _WORD_NUMBERS if w not in ("a", "an")), key=len, reverse=True))

# ----------------------------------------------------------------------------------------------- units

_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "g": ("g", "gr", "grs", "gm", "gms", "gram", "grams", "gramme", "grammes"),
    "kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"),
    "fl_oz": (
        "fl oz",
        "fl. oz",
        "fl.oz",
        "fl oz.",
        "floz",
        "fluid ounce",
        "fluid ounces",
        "fl ounce",
        "fl ounces",
    ),
    "oz": ("oz", "ozs", "oz.", "ounce", "ounces", "ounzes", "ounze", "onces", "ounces."),
    "lb": ("lb", "lbs", "lb.", "lbs.", "pound", "pounds"),
    "ml": ("ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters", "cc"),
    "l": ("l", "litre", "litres", "liter", "liters", "ltr", "ltrs"),
    "pint": ("pint", "pints", "pt"),
    "cup": ("cup", "cups", "c.", "cupful", "cupfuls", "mug", "mugs", "mugful", "cupz", "cuo"),
    "tbsp": (
        "tbsp",
        "tbsps",
        "tbsp.",
        "tablespoon",
        "tablespoons",
        "tablespoonful",
        "tablespoonfuls",
        "tbs",
        "tbs.",
        "tbl",
        "tbl.",
        "tbls",
        "tblsp",
        "tbsps.",
        "tablspoon",
        "tablespon",
        "splash",
        "splashes",
        "drizzle",
        "spoon",
        "spoons",
        "spoonful",
        "spoonfuls",
        "dessertspoon",
        "dessert spoon",
        "knob",
        "knobs",
        "dollop",
        "dollops",
    ),
    "tsp": ("tsp", "tsps", "tsp.", "teaspoon", "teaspoons", "teaspoonful", "teaspoonfuls", "teaspon", "dash"),
    "slice": ("slice", "slices", "slices of", "rasher", "rashers"),
    "piece": (
        "piece",
        "pieces",
        "pc",
        "pcs",
        "pc.",
        "bit",
        "bits",
        "chunk",
        "chunks",
        "stick",
        "sticks",
        "bar",
        "bars",
        "block",
        "blocks",
        "scoop",
        "scoops",
        "stalk",
        "stalks",
        "ball",
        "balls",
    ),
    "half": ("halves",),
    "square": ("square", "squares"),
    "handful": ("handful", "handfuls", "handfull", "handfulls", "fistful"),
    "bowl": ("bowl", "bowls", "bowlful", "bowlfuls", "plate", "plates", "plateful", "platefuls"),
    # a schooner or middy is an Australian beer glass
    "glass": ("glass", "glasses", "glassful", "glas", "schooner", "schooners", "middy", "middies"),
    "can": ("can", "cans", "tin", "tins"),
    # what a drink, a pot of yogurt or a takeaway comes in: its size per food is knowledge/container_sizes.csv
    "bottle": ("bottle", "bottles"),
    "carton": ("carton", "cartons"),
    "container": ("container", "containers"),
    "tub": ("tub", "tubs"),
    "pot": ("pot", "pots"),
    "jar": ("jar", "jars"),
    "packet": (
        "packet",
        "packets",
        "pack",
        "packs",
        "sachet",
        "sachets",
        "envelope",
        "envelopes",
        "pouch",
        "pouches",
        "bag",
        "bags",
        "box",
        "boxes",
    ),
    "serving": ("serving", "servings", "portion", "portions", "helping", "helpings", "serve", "serves"),
}
# containers whose size depends on the food (knowledge/container_sizes.csv), else the food's default serving
CONTAINER_UNITS = frozenset({"bottle", "carton", "container", "tub", "pot", "jar"})
_SIZE_WORDS = {
    "small": "small",
    "smallish": "small",
    "little": "small",
    "medium": "medium",
    "med": "medium",
    "average": "medium",
    "regular": "medium",
    "large": "large",
    "big": "large",
    "biggish": "large",
    "extra large": "large",
    "extra-large": "large",
    "huge": "large",
    "jumbo": "large",
    "massive": "large",
    "giant": "large",
    "enormous": "large",
    "hearty": "large",
    # a sub's length (the footlong is the large one), a coffee-shop venti (20 fl oz, FNDDS's large) and
    # grande (16 fl oz, its medium)
    "footlong": "large",
    "foot long": "large",
    "foot-long": "large",
    "venti": "large",
    "grande": "medium",
    # a spoon piled above its rim
    "heaped": "large",
    "heaping": "large",
    "rounded": "large",
}
# a sub said by its length ("turkey sub 6 inch", "12 inch blt"): the 6 inch is the regular one, the 12 inch
# the footlong; the length is read as that size word, never as a count
LENGTH_SIZE_RE = re.compile(
    r"(?<![^\s(])(?:(6|six)|(12|twelve))\s*-?\s*(?:inch(?:es)?|in|\"|”)(?=[\s,.;:)]|$)", re.IGNORECASE
)


# the usual size said before a count says nothing the count does not: "regular 3 egg omelette" is 3 eggs' worth
USUAL_BEFORE_COUNT_RE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:regular|normal|standard|usual|average)\s+(?=\d)", re.IGNORECASE
)


def length_as_size(text: str) -> str:
    """ "turkey sub 6 inch" -> "turkey sub regular", "12 inch blt" -> "footlong blt"; "regular 3 egg omelette"
    -> "3 egg omelette"."""
    text = USUAL_BEFORE_COUNT_RE.sub("", text)
    return LENGTH_SIZE_RE.sub(lambda m: "regular" if m.group(1) else "footlong", text)


# "medium size", "large-sized", "small sized": the size word with "size" after it
_SIZE_WORDS.update(
    {
        f"{word}{sep}{suffix}": size
        for word, size in list(_SIZE_WORDS.items())
        if " " not in word and "-" not in word
        for sep in (" ", "-")
        for suffix in ("size", "sized")
    }
)
# Single-letter units are only read after a digit ("2 c milk", "1 T butter", "1 t salt", "1 l water").
_LETTER_UNITS = {"c": "cup", "C": "cup", "T": "tbsp", "t": "tsp", "l": "l", "L": "l", "g": "g", "G": "g"}

_UNIT_LOOKUP: dict[str, str] = {}
for _canonical, _words in _UNIT_WORDS.items():
    for _word in _words:
        _UNIT_LOOKUP[_word] = _canonical
_UNIT_ALTERNATION = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_UNIT_LOOKUP, key=len, reverse=True) if len(w) > 1
)
_SIZE_ALTERNATION = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_SIZE_WORDS, key=len, reverse=True)
)
_UNIT_RE = re.compile(rf"(?P<unit>{_UNIT_ALTERNATION})(?![a-z])", re.IGNORECASE)
# "a full bar of", "a whole tub of", "whole small pizza": "whole" before a unit or a size says all of one,
# it is no part of the food ("whole milk", "a whole egg" keep it: no unit or size follows)
_WHOLE_BEFORE_UNIT_RE = re.compile(
    rf"^(?P<count>(?:an?|one|\d+)\s+)?(?:full|whole|entire|complete)\s+(?=(?:{_UNIT_ALTERNATION}|{_SIZE_ALTERNATION})\b)",
    re.IGNORECASE,
)
_SIZE_RE = re.compile(rf"(?P<size>{_SIZE_ALTERNATION})(?![a-z])", re.IGNORECASE)
_LETTER_UNIT_RE = re.compile(r"(?P<unit>[cCTtlLgG])(?![A-Za-z])")
_OF_RE = re.compile(r"^of(?:\s+(?:the|an?|some|those|these|them))?\s+", re.IGNORECASE)
# ... a generous amount, said only before a unit ("a good plateful", "a generous handful"; "good coffee" is none),
# and how full a spoon is ("2 level tsp", "a scant tbsp", "3 heaped teaspoons")
BEFORE_UNIT_SIZES = {
    "good": "large",
    "generous": "large",
    "level": "medium",
    "flat": "medium",
    "scant": "small",
    "rounded": "large",
    "heaped": "large",
    "heaping": "large",
}
# size words said only of a container or portion, never of a food: "a mini box of raisins", "a fun size bar"
# ("mini cheddars", "mini eggs" stay foods)
_SIZE_BEFORE_UNIT_RE = re.compile(
    rf"(?P<size>mini|miniature|fun[\s-]?size|snack[\s-]?size|kids?'?|good|generous)\s+(?=(?:{_UNIT_ALTERNATION})\b)"
    r"|(?P<single>individual|single[\s-]serve|single[\s-]serving)\s+(?=(?:tubs?|pots?|containers?|cartons?|bottles?)\b)"
    r"|(?P<fill>level|flat|scant|rounded|heaped|heaping)\s+(?=(?:tsps?|tbsps?|tbs|teaspoons?|tablespoons?|spoons?|"
    r"spoonfuls?|dessert\s*spoons?|scoops?)\b)",
    re.IGNORECASE,
)


# a pack or box named by how many it holds is that many pieces: "mcnuggets 9 pack", "a 6-piece nuggets",
# "nature valley bar (the pack of 2)", "reeses cups, the 2 pack"
_PACK_OF_N_RE = re.compile(
    r"(?:\ban?\s+)?\b(?P<n>[3-9]|[1-4]\d)[\s-]?(?:pack|pk|piece|pc)\b(?!s)(?:\s+of\b)?"
    r"|\b(?:the|an?)\s+(?P<n2>2)[\s-]?(?:pack|pk)\b(?!s)(?:\s+of\b)?"
    rf"|(?:\b(?:the|an?)\s+)?\b(?:pack|packet)\s+of\s+(?P<n3>[2-9]|[1-4]\d)\b(?!\s*(?:{_UNIT_ALTERNATION}|[gl])\b)",
    re.IGNORECASE,
)
# "a pasty (steak one)", "the kids' lunchbox one": which kind of the food just named, no food of its own
KIND_ONE_RE = re.compile(
    r"^(?:the\s+|a\s+)?(?P<kind>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s+(?:one|ones|kind|type|variety)$",
    re.IGNORECASE,
)
_OF_THOSE_RE = re.compile(r"^of\s+(?:those|these|them|the)\s+(?=\S)", re.IGNORECASE)
# "2 and a half", "a cup and a half"
_AND_A_HALF_RE = re.compile(rf"\b(\d+|{_WORDNUM}|an?)\s+(?:and\s+a\s+half|&\s*a\s+half)\b", re.IGNORECASE)
# "a cup and a half", and a bare "cup and a half" starting a part ("brown rice, cup and a half")
_UNIT_AND_A_HALF_RE = re.compile(
    rf"(?:\ban?\s+|^|(?<=[,;:(])|(?<=[,;:(]\s))({_UNIT_ALTERNATION})\s+and\s+a\s+half\b", re.IGNORECASE
)
