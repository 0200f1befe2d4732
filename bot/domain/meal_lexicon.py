"""The words of a meal message around its foods: lead-ins, trailers, meal words and item separators.

Data for :mod:`bot.domain.meal` (no logic beyond building the lookup tables and regular expressions); the
amount words (numbers, units, sizes) are in :mod:`bot.domain.meal_units`.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.domain.meal_units import _UNIT_ALTERNATION

# --------------------------------------------------------------------------------------- lead-ins etc.


def _chatter() -> dict[str, list[str]]:
    """knowledge/meal_chatter.txt: kind -> its phrases, each as a regular expression (longest first)."""
    path = Path(__file__).resolve().parents[2] / "knowledge" / "meal_chatter.txt"
    kinds: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        kind, colon, words = line.partition(":")
        if line.startswith("#") or not colon or not words.strip():
            continue
        kinds.setdefault(kind.strip(), []).append(words.strip().lower())
    return {
        kind: [re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)]
        for kind, phrases in kinds.items()
    }


_CHATTER = _chatter()
# meal names, and those of knowledge/meal_chatter.txt ("smoko", "arvo tea")
_MEALS = rf"(?:breakfast|brekkie|brekky|brunch|lunch|luncheon|dinner|supper|snacks?|dessert|pudding|elevenses|{'|'.join(_CHATTER.get('meal', ['tiffin']))})"
# words before a meal word that only say which one: "morning snack", "tuesday dinner", "late-night snack"
_MEAL_QUALIFIERS = (
    r"(?:(?:late|early|quick|light|small|big|mid[- ]?morning|morning|afternoon|evening|night|late[- ]night|"
    r"bedtime|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday'?s|today'?s|tonight'?s|"
    r"last\s+night'?s)\s+)?"
)
_TIMES = (
    r"(?:today|tonight|this\s+morning|this\s+afternoon|this\s+evening|yesterday|earlier(?:\s+today)?|"
    r"just\s+now|so\s+far|at\s+noon|at\s+night|in\s+the\s+morning|in\s+the\s+evening|last\s+night|"
    r"then|and\s+then|after\s+that|afterwards|later|also|plus|again|too|"
    # a part of the day: "Mid-afternoon I grabbed a KIND bar", "late evening"
    r"(?:mid|late|early)[- ]?(?:morning|afternoon|evening|night)|"
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?=\s*,?\s+(?:i|we|had|ate|drank|for|an?|some|\d)\b)|"
    # a bare part of the day before the next item ("..., afternoon a cup of strawberries") and time ago
    r"(?:in\s+the\s+)?(?:morning|afternoon|evening)(?=\s*,?\s+(?:an?|some|\d|one|two|half|i|we)\b)|"
    r"(?:an?|one|two|three|four|five|six|\d{1,2}|a\s+few|a\s+couple\s+of|couple\s+of)\s+"
    r"(?:hours?|hrs?|minutes?|mins?)\s+ago)"
)
_VERBS = (
    r"(?:had|have|having|ate|eat|eaten|eating|drank|drink|drunk|drinking|consumed|consume|snacked\s+on|"
    r"grabbed|got|finished|enjoyed|munched(?:\s+on)?|scoffed|devoured|tried|took|"
    r"was\s+having|am\s+having|am\s+eating|was\s+eating)"
)


def _person_words() -> list[str]:
    path = Path(__file__).resolve().parents[2] / "knowledge" / "person_words.txt"
    words = {w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()}
    return sorted((w for w in words if w.isalpha() and len(w) > 2 and w not in ("me", "myself")), key=len)[
        ::-1
    ]


# a meal named with no food, after "with" or "for": "250mg magnesium w breakfast" (said when, not a food)
MEAL_WORD_ONLY_RE = re.compile(
    rf"^(?:my\s+|a\s+|the\s+|our\s+)?{_MEAL_QUALIFIERS}(?:breakfast|brekkie|brekky|brunch|lunch|luncheon|dinner|supper|elevenses)$",
    re.IGNORECASE,
)
_ALT = "|".join
# an eating verb of chat before the food: "smashed a whole pizza", "wolfed down 3 slices"
_CHAT_VERB_RE = rf"^(?:{_ALT(_CHATTER.get('verb', ['devoured']))})(?:\s+(?:down|off|up|on|through|into|in))?\b\s*(?:some\s+)?"
# a word of chat before the food: "cheeky mcnuggets", "a sneaky kitkat"
_CHAT_LEAD_RE = rf"^(?:an?\s+)?(?:{_ALT(_CHATTER.get('lead', ['cheeky']))})\s+(?=\S)"
_COMPANY = _ALT([*_CHATTER.get("company", []), *(rf"{w}s?" for w in _person_words())])
# what is said after the food that names none: company, eating alone, an aside, a clause of when or why
# a word of approximation before an amount ("about 150g", "'bout 2 cups"): knowledge/meal_chatter.txt
APPROX_WORDS = _ALT(_CHATTER.get("approx", ["about"])).replace("'", "['’]")
APPROX_AFTER_WORDS = _ALT(_CHATTER.get("approx_after", ["or\\s+so"])).replace("'", "['’]")
# "... shared with hubby so about a cup of each": "so" before an amount starts the amount's own item
SO_AMOUNT_RE = re.compile(rf"\s+so\s+(?=(?:{APPROX_WORDS})\s*(?:\d|an?\b|half\b|one\b)|\d)", re.IGNORECASE)
# where or how the user sat while eating ("in front of the telly", "on the sofa"): said after the food
_SETTINGS = _ALT(_CHATTER.get("setting", ["in front of the tv"]))
_CHAT_TRAILERS = (
    rf"\s*\b(?:with|w/?|along\s+with)\s+(?:the\s+|my\s+|our\s+|some\s+|me\s+)?(?:{_COMPANY})\b[^,;\n]*$",
    rf"\s*\b(?:{_ALT(_CHATTER.get('alone', ['by myself']))})$",
    rf"\s*\b(?:{_SETTINGS})\b[^,;\n]*$",
    rf"\s*\b(?:(?:it\s+|they\s+|that\s+)?(?:was|were|is|tasted|looked)\s+)?"
    rf"(?:so\s+|really\s+|absolutely\s+|well\s+|pretty\s+|proper\s+|very\s+|soo+\s+)?"
    rf"(?:{_ALT(_CHATTER.get('aside', ['amazing']))})$",
    # at someone's: "trifle at nans", "sunday roast at mums"
    rf"\s*\bat\s+(?:my\s+|the\s+|our\s+)?(?:{_COMPANY})'?s?\b[^,;\n]*$",
    rf"\s*\b(?:{_ALT(_CHATTER.get('clause', ['when']))})\s+"
    r"(?:i|we|im|i'm|ive|i've|id|i'd|it|my|the|a|our|me|work|school|uni|class|training|practice)\b[^,;\n]*$",
)
# an aside said anywhere ("200g of baked beans straight from the tin, dont judge me"): not a negation of eating
_LONG_ASIDES = _ALT(p for p in _CHATTER.get("aside", []) if "\\s+" in p)
ASIDE_RE = re.compile(
    rf"(?:^|(?<=[\s,.;!(]))(?:{_LONG_ASIDES})(?=$|[\s,.;!?)])",
    re.IGNORECASE,
)
_LEAD_INS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"^(?:for|at|with|w/?|during|over)\s+(?:my\s+|a\s+)?{_MEAL_QUALIFIERS}{_MEALS}\b\s*[,:\-–—]?\s*",
        rf"^(?:my\s+|a\s+|the\s+)?{_MEAL_QUALIFIERS}{_MEALS}(?:\s+(?:today|tonight|yesterday|this\s+morning)(?=\s+(?:was|were|is)\b))?"
        r"\s*(?:[:\-–—=]|\s(?:was|were|is|today|tonight)\b)\s*",
        # a sub's length, the regular one, is no count: "6 inch subway chicken teriyaki" is one sub
        r"^(?:an?\s+)?(?:6|six)\s*-?\s*(?:inch|in|\")\s+",
        # what kind of meal, before a colon: "had a quick bite: a cheese sandwich", "grabbed a meal deal: ..."
        r"^(?:(?:had|grabbed|got|ate)\s+)?(?:an?\s+)?(?:quick\s+|light\s+|little\s+|small\s+|big\s+)?"
        r"(?:bite|bite\s+to\s+eat|snack|meal\s+deal|meal|something(?:\s+\w+)?)\s*:\s*",
        # a takeaway named before its dishes: "got a takeaway - chicken fried rice and lo mein", "ordered in: ..."
        r"^(?:(?:had|grabbed|got|ordered|ate)\s+)?(?:an?\s+|our\s+|the\s+)?(?:\w+\s+)?(?:takeaway|take-away|takeout|"
        r"take-out|delivery|in)\s*(?::|\s[-–—])\s*",
        # a meal word and where or with whom, before a colon or dash: "Dinner at the Indian place: ..."
        rf"^(?:my\s+|a\s+|the\s+)?{_MEAL_QUALIFIERS}{_MEALS}\s+(?:at|in|from|out|with|on)\b[^:\n]{{0,40}}?(?::|\s[-–—])\s*",
        # a meal word before a measured or counted food: "dinner 200g chicken breast" (not "dinner roll")
        rf"^{_MEAL_QUALIFIERS}{_MEALS}\s+(?=\d|(?:an?|one|two|three|half|some)\s|(?:{_UNIT_ALTERNATION})\s+of\s)",
        r"^tea\s*[:\-–—]\s*",
        # the evening meal said "tea" with when: "tea tonight was spag bol", "tea was a jacket potato"
        r"^(?:my\s+|our\s+)?tea\s+(?:(?:tonight|today|last\s+night|yesterday)\s+(?:was|were|is)|(?:was|were)(?=\s+(?:an?|some|\d|[^\W\d_]+\s+[^\W\d_]+)))\s+",
        # when or where before the eater and the verb: "After the gym I had ...", "Post-workout I had ..."
        # (the verb that ends it is one of eating: "When I got home I had ..." is cut before "I had")
        rf"^(?:after|before|post|pre|at|on|in|when|once|back\s+home|cos|coz|cuz|cause|because|bc|since|as)\b[^,.;:!?]{{0,40}}?,?\s+(?=(?:i|we)\s+(?:just\s+|also\s+|then\s+)?(?!got\b|took\b|tried\b|finished\b){_VERBS}\b)",
        # a clock time: "Around 3pm I had ...", "at 10am: ...", "midnight snack: ..." ("12 grapes" is no time)
        r"^(?:(?:at|around|about|by|circa|just\s+after|just\s+before|after|before)\s+)?(?:about\s+|around\s+)?"
        r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|ish|o'?clock)|noon|midday|midnight|lunchtime|teatime|"
        r"\d{1,2}:\d{2}(?!\d))\b\s*[,:\-–—]?\s*",
        # how a food was served with the last one: "served over half a cup of brown rice"
        r"^(?:served|spooned|poured|piled|eaten)\s+(?:over|on|with|alongside)\s+",
        rf"^{_TIMES}\b\s*,?\s*",
        r"^(?:ok(?:ay)?|so|well|um+|uh+|hm+|yeah|yes|hi|hey|hello|right|log|add|track|record|please|and|but)\b\s*[,:!.]?\s*",
        # back from somewhere: "Just back from the cinema.", "got home from work, had ..."
        r"^(?:just\s+)?(?:got\s+|get\s+|came\s+|come\s+)?(?:back|home)\s+from\s+[^,.;:!?]{0,40}?(?:[,.;:!?]\s*|$)",
        r"^(?:i|we|i've|ive|we've|i'd|i'm|im|i've\s+just|i\s+just|i\s+have|i\s+also|i\s+then)\b\s*",
        r"^(?:just|also|then|only|already|finally|recently|have|has|'ve|'d)\b\s*",
        rf"^{_VERBS}\b\s*(?:some\s+)?",
        _CHAT_VERB_RE,
        _CHAT_LEAD_RE,
        # when, with no eater before the verb: "after work had 6 nuggets", "before the gym grabbed a banana"
        rf"^(?:after|before|post|pre)\s+(?:the\s+|my\s+|our\s+)?[^\W\d_]+\s+(?={_VERBS}\s)",
        # someone's leftovers: "the kids leftover chicken nuggets", "hubby's leftover curry"
        r"^(?:(?:the|my|our|his|her)\s+)?(?:[^\W\d_]+(?:'s|’s|s'|s)?\s+)?(?:leftover|left-over|left\s+over)s?\s+(?:of\s+)?(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?=[^\W\d_])",
        # a stack or pile said before its count: "stack of 3 pancakes", "a pile of 4 cookies"
        r"^(?:an?\s+)?(?:stack|pile|plate|heap)\s+of\s+(?=\d|(?:two|three|four|five|six)\s)",
        # a cooking verb before an amount: "roasted half a can of chickpeas", "cooked 2 eggs" (but "roasted
        # chickpeas" keeps its word, and so does "fried an egg": only a measured amount follows)
        r"^(?:roasted|cooked|baked|fried|grilled|steamed|boiled|microwaved|toasted|heated(?:\s+up)?|"
        r"warmed(?:\s+up)?|blended|scrambled|poached)\s+"
        r"(?=\d|half\s|(?:a|an|one|two|three)\s+(?:half|quarter|cups?|cans?|tins?|handfuls?|bowls?|"
        r"packets?|bags?|tbsp|tablespoons?|pounds?|lbs?|ounces?|oz|grams?)\b)",
        # a dish named before its ingredients with amounts: "stir fry of 150g tofu, ..." -- the ingredients win
        r"^(?:an?\s+|my\s+|some\s+)?(?:(?:big|small|large|quick|homemade|simple|veggie|vegan)\s+)?"
        r"(?:stir[- ]?fry|stirfry|salad|smoothie|shake|curry|omelette|omelet|scramble|stew|traybake|"
        r"buddha\s+bowl|grain\s+bowl|poke\s+bowl)\s+(?:(?:that\s+)?(?:i|we)\s+)?(?:made\s+|cooked\s+)?"
        r"(?:of|from|using)\s+"
        r"(?=\d|(?:one|two|three|four|half|a|an)\s+(?:cups?|handfuls?|tbsp|tablespoons?|tsp|slices?|pieces?|\d))",
        # any dish named, then a colon or dash and its measured ingredients as a list: "a homemade burrito
        # bowl: 1 cup brown rice, half cup black beans, ...", "PB banana toast - 1 slice toast, 1 tbsp peanut
        # butter and half a banana" -- the ingredients win
        r"^[^\W\d_][^:,;\n]{2,48}?\s*(?::|\s[-–—]\s)\s*"
        # ... but not a food labelling its own amount: "spinach: 2 cups, and a banana"
        r"(?!(?:\d+(?:\.\d+)?|one|two|three|half|a|an)\s*(?:cups?|handfuls?|tbsp|tablespoons?|tsp|slices?|pieces?|"
        r"ounces?|oz|g|grams?|ml)\s*(?:,|$|\sand\s|\s?\+))"
        r"(?=(?:\d|(?:one|two|three|four|half|a|an)\s+(?:cups?|handfuls?|tbsp|tablespoons?|tsp|slices?|pieces?|"
        r"ounces?|oz|\d)"
        # ... or each food before its amount: "stir fry: tofu 150g, broccoli 1 cup, brown rice 1 cup"
        r"|[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+\d+(?:\.\d+)?\s*(?:g|grams?|cups?|tbsp|tsp|oz|ml)\b\s*,"
        r"[^\n,]*\d)[^\n]*(?:,|\sand\s|\+))",
        # one the user made, named before what went in with amounts: "made a quick stir fry with 100g tofu, ..."
        r"^(?:made|cooked|threw\s+together|whipped\s+up)\s+(?:an?\s+|my\s+|some\s+)?"
        r"(?:(?:big|small|large|quick|homemade|simple|veggie|vegan)\s+)?"
        r"(?:stir[- ]?fry|stirfry|salad|smoothie|shake|curry|omelette|omelet|scramble|stew|traybake|"
        r"buddha\s+bowl|grain\s+bowl|poke\s+bowl)\s+with\s+"
        r"(?=\d|(?:one|two|three|four|half|a|an)\s+(?:cups?|handfuls?|tbsp|tablespoons?|tsp|slices?|pieces?|\d))",
    )
)
_PLACES = (
    r"(?:local\s+)?(?:takeaway|take-away|takeout|take-out|drive[- ]?thru|drive[- ]?through|chippy|chipper|"
    r"chip\s+shop|canteen|cafeteria|cafe|café|deli|bakery|shop|corner\s+shop|supermarket|restaurant|food\s+truck|"
    r"van|vending\s+machine|pub|bar|cinema|movies|office|park|beach|airport|party|game|stadium|desk|gym|diner|"
    r"(?:[^\W\d_]+\s+)?(?:place|joint|stand|stall|counter|bar|truck|van|shack|shop|cafe|café|restaurant))"
)
_TRAILERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\s*\b(?:for|at|as|with|w/?|during|before|after)\s+(?:my\s+|a\s+|the\s+|our\s+)?{_MEAL_QUALIFIERS}{_MEALS}\b[^,;+\n]*$",
        r"\s*\b(?:before|after|post|pre|b4)[- ]?(?:my\s+|the\s+)?(?:workout|gym|run|bed|work|school|training)\b.*$",
        r"\s*\b(?:while|whilst)\b.*$",  # "crisps while watching tv"
        # how it was cooked, not an ingredient: "oatmeal made with water", "porridge cooked in water"
        r"\s+(?:(?:made|cooked|prepared|mixed|stirred|whisked|dissolved|made\s+up|soaked|steeped|left\s+to\s+soak)\s+)?(?:in|into|with|w/?)\s*(?:some\s+|an?\s+(?:glass|cup|mug|bottle)\s+of\s+)?(?:hot\s+|cold\s+|warm\s+|lukewarm\s+|tap\s+|boiling\s+|spring\s+|filtered\s+)?water$",
        # eaten from its container: "peanut butter off the spoon", "hummus straight from the tub"
        r"\s*\b(?:straight\s+)?(?:off|out\s+of|from)\s+(?:the\s+|a\s+)?(?:spoon|jar|tub|bag|packet|tin|carton|bottle|pot)\b.*$",
        # where it was eaten: "a latte on the way to work", "a banana on the train"
        r"\s*\b(?:on\s+(?:the|my|our)\s+(?:way|walk|drive|commute)\s+(?:to|home|back|in|into)|on\s+the\s+(?:go|run|train|bus|tube|commute)|in\s+the\s+car|at\s+work)\b.*$",
        r"\s*\b(?:for|at)\s+(?:my\s+|our\s+)?tea\b$",  # "jacket potato for tea": the evening meal (UK)
        r"\s*\b(?:at|in|after|from|outside)\s+(?:the\s+|a\s+|my\s+)?(?:pub|bar|cinema|movies|office|park|beach|cafe|café|"
        r"restaurant|airport|party|game|stadium|canteen|cafeteria|desk)\b.*$",
        # where it came from: "from the takeaway", "from a drive thru", "from the chippy"
        r"\s*\bfrom\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:local\s+)?(?:takeaway|take-away|takeout|take-out|"
        r"drive[- ]?thru|drive[- ]?through|chippy|chipper|chip\s+shop|canteen|cafeteria|cafe|café|deli|"
        r"bakery|shop|corner\s+shop|supermarket|restaurant|food\s+truck|van|vending\s+machine)\b.*$",
        rf"\s*\b(?:at|in|from)\s+(?:the\s+|a\s+|my\s+|our\s+)?{_PLACES}$",  # "edamame at the sushi bar"
        # where or how it came, said last: "a big mac from mcdonalds", "juice from concentrate" (not an amount:
        # "a smoothie from 1 banana")
        r"\s+from\s+(?!\d)(?:the\s+|a\s+|an\s+|my\s+|our\s+)?[^\W\d_][\w'’&-]*(?:\s+[^\W\d_][\w'’&-]*){0,2}$",
        # where it was eaten or bought, said last by its name: "small fries at Hungry Jacks", "a flat white at
        # Pret" (not a time: "at 7", "at noon" are read above)
        r"\s+at\s+(?!\d|least\b|most\b|all\b|once\b|last\b|first\b|a\s+time\b)(?:the\s+|my\s+|our\s+)?[^\W\d_][\w'’&-]*(?:\s+[^\W\d_][\w'’&-]*){0,2}$",
        # a place said with where it is: "from the chinese round the corner", "from the bakery down the road"
        r"\s+from\s+(?!\d)(?:the\s+|a\s+|our\s+|my\s+)?(?:[^\W\d_][\w'’&-]*\s+){1,2}(?:round|around|down|up|across|near)\s+the\s+(?:corner|road|street|way)$",
        # someone's home: "trifle at mums", "a roast at nan's", "pizza at my mate's"
        r"\s+at\s+(?:my\s+|the\s+)?(?:mum|mom|mam|nan|nana|gran|grandma|grandmas|dad|mate|friend|sister|brother|aunt|auntie|uncle|neighbour|neighbor|in-?laws?)(?:'?s)?(?:\s+(?:place|house))?$",
        rf"\s*\b{_TIMES}$",
        # a clock time at the end says when: "a KIND bar around 3", "a banana at 11am"
        r"\s*\b(?:at|around|circa)\s+(?:(?:about|around|roughly|like|approx\.?|exactly|precisely)\s+)?"
        r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|ish|o'?clock)?$",
        r"\s*\b(?:please|thanks|thank\s+you|thx|lol|haha|yum+|yummy|so\s+good|delicious|instead)$",
        r"[\s.!?,;:\-–—~*…]+$",
        *_CHAT_TRAILERS,
        # a fast-food meal named by its main item, its sides listed apart: "big mac meal, medium fries and a coke"
        r"(?<!\bhappy)(?<!\bkids)\s+(?:value\s+|large\s+|medium\s+|small\s+)?(?:meal|combo)$",
        # who made it, said after the food: "black bean chili I made", "the soup we cooked"
        r"\s+(?:that\s+)?(?:i|we|mum|mom|dad)\s+(?:made|cooked|baked|prepared|whipped\s+up)(?:\s+(?:earlier|yesterday|"
        r"last\s+night|tonight|today|myself))?$",
        # the fat or seasoning it was cooked in ("spinach cooked in garlic": cooked spinach)
        r"(?:(?<=cooked)|(?<=fried)|(?<=sauteed)|(?<=sautéed)|(?<=sauted)|(?<=roasted)|(?<=tossed)|(?<=done)|"
        r"(?<=wilted))\s+(?:in|with)\s+"
        r"(?:a\s+(?:bit|little|drizzle|splash|knob)\s+of\s+|some\s+|a\s+)?(?:garlic|butter|ghee|(?:olive\s+|coconut\s+|"
        r"spray\s+|sesame\s+|vegetable\s+|veg\s+)?oil|spray|lard)$",
        # how it was left to stand: "oats soaked overnight", "chia in the fridge overnight"
        rf"\s+(?:{_ALT(_CHATTER.get('prep', ['overnight']))})$",
    )
)

# Soft separators may be merged back by ``keep``; hard ones never are.
_SOFT_SEPARATORS = r"\s+(?:made|cooked|prepared|blended|mixed)\s+(?:up\s+)?(?:with\s+|w/\s*|w\s+)|\s+(?=without\s)|\s+but\s+|\s+and\s+|\s+with\s+|\s+(?:wiht|wtih|wih|iwth)\s+|\s+nd\s+|\s+w\s+(?=[a-z\d])|\s+plus\s+|\s*&\s*|\s+n\s+|\s+'n'?\s+|\s+w/\s*|\s+along\s+with\s+|\s+as\s+well\s+as\s+|\s+together\s+with\s+|\s+alongside\s+|\s+and\s+then\s+|\s+then\s+|\s+topped\s+with\s+|\s+on\s+top\s+of\s+|\s+on\s+(?=(?:a\s+|an\s+|\d+\s+|one\s+|two\s+|some\s+)?(?:slices?\s+of\s+)?(?:\w+\s+)?(?:toast|bread|rice|crackers?|a\s+bagel|bagels?|naan|pitta|pita|tortillas?|rye)\b)|\s+on\s+(?=(?:my|our|top\s+of\s+(?:my|our))\s+[^\W\d_]{3,}\s*$)|\s+on\s+(?=(?:an?|\d+|one|two|three|half\s+an?)\s+(?!diet\b|budget\b|plane\b|train\b|bus\b|date\b|walk\b|run\b|call\b|break\b|whim\b|roll\b)[^\W\d_])"
# a food served over another said with its amount: "tofu stir fry over 1 cup brown rice" (not "over 2 cups")
_SOFT_SEPARATORS += r"|(?<=[^\W\d_]|\))\s+(?:served\s+)?over\s+(?=(?:an?|\d+(?:\.\d+)?|one|two|half|some)\s+[^\W\d_])(?!\S+\s+\S+\s*$)"
_HARD_SEPARATORS = r"\n|;|(?<!\d),|,(?!\d)|,\s+|\+|•|·|\||/(?=\s)"
_SPLIT_RE = re.compile(rf"({_HARD_SEPARATORS}|{_SOFT_SEPARATORS})", re.IGNORECASE)
_HARD_RE = re.compile(rf"^(?:{_HARD_SEPARATORS})$", re.IGNORECASE)
# a leading "-2" is a negative amount, not a bullet
_BULLET_RE = re.compile(r"^\s*(?:[-*–—•·>]+(?![\d.])|[*•·>]+|\d{1,2}[.)](?=\s))\s*")
# The end of a sentence: ". ", "! ", "? " after a word that is not an abbreviation ("approx.", "oz.",
# "tbsp.", "c."), before the next word. "Lunch was a tuna sandwich. Dinner was salmon." is two lines.
_SENTENCE_END_RE = re.compile(r"\b([^\W\d_]+\)?)[.!?]+\s+(?=[^\W\d_]|\d)")
_ABBREVIATIONS = frozenset(
    [
        "oz",
        "ozs",
        "lb",
        "lbs",
        "fl",
        "tb",
        "tbs",
        "tbsp",
        "tsp",
        "tbl",
        "ts",
        "pt",
        "ml",
        "kg",
        "gr",
        "gm",
        "no",
        "vs",
        "approx",
        "appr",
        "ca",
        "med",
        "lg",
        "sm",
        "c",
        "t",
        "g",
        "l",
        "e.g",
        "i.e",
        "dr",
        "mr",
        "mrs",
        "st",
    ]
)

DEFAULT_COMPOUNDS: frozenset[str] = frozenset(
    {
        "mac and cheese",
        "macaroni and cheese",
        "mac n cheese",
        "mac & cheese",
        "salt and pepper",
        "fish and chips",
        "rice and beans",
        "beans and rice",
        "peanut butter and jelly",
        "peanut butter and jam",
        "pb and j",
        "pb&j",
        "bread and butter",
        "sweet and sour",
        "surf and turf",
        "bangers and mash",
        "cookies and cream",
        "half and half",
        "oil and vinegar",
        "franks and beans",
        "pork and beans",
        "spaghetti and meatballs",
        "salt and vinegar",
    }
)

# A short label before a colon at the start of a line ("pre-workout: a banana", "post run: a bar",
# "after the gym: ..."): dropped unless the label itself names a food ("spinach: 2 cups").
_W = (
    r"[^\W\d_][\w'-]*"  # a label: "breakfast:"; "soup & sandwich:" only before a list ("fish & chips: large")
)
_LABEL_RE = re.compile(
    rf"^(?P<label>{_W}(?:\s+{_W}){{0,2}}|{_W}\s*&\s*{_W}(?=\s*[:=][^\n]*(?:,|\+|\sand\s)))\s*[:=]\s+(?=\S)"
)
# "oatmeal for breakfast, a sandwich for lunch": a meal phrase inside a line, before more items, only says
# when; it becomes a separator instead of cutting the rest of the line off (see _TRAILERS).
_MID_MEAL_RE = re.compile(
    rf"\s+(?:for|at|as|with|during|over)\s+(?:my\s+|a\s+|the\s+)?(?:late\s+|early\s+|quick\s+|light\s+|small\s+)?{_MEALS}\b"
    r"\s*(?:[,;]\s*|(?=\(|\s+(?:and|then|plus|with)\b))",
    re.IGNORECASE,
)
# "a burrito from the food truck and a latte", "edamame at the sushi place and then salmon roll": a place
# inside a line, before more items, only says where; it becomes a separator instead of cutting the rest off.
# "a burrito from the food truck and a latte", "edamame at the sushi place and then salmon roll": a place
# inside a line, before more items, only says where; it becomes a separator instead of cutting the rest off.
_MID_WHERE_RE = re.compile(
    rf"\s+(?:at|in|from|after)\s+(?:the\s+|a\s+|my\s+|our\s+)?{_PLACES}\b"
    r"\s*(?:[,;]\s*|(?=\s+(?:and|then|plus)\b))",
    re.IGNORECASE,
)
# A line about what someone else ate ("my sister had pizza", "she ate a salad"): not the user's meal.
# "my wife and I had pizza" is the user's (no match: "I" is no verb).
_OTHER_EATER_RE = re.compile(
    r"^(?:he|she|they|his\s+\w+|her\s+\w+|their\s+\w+|my\s+(?:\w+\s+)?\w+|our\s+(?:\w+\s+)?\w+|"
    r"(?:the\s+)?(?:kids|children|boys|girls|guests|others|rest\s+of\s+(?:them|the\s+family))|"
    r"everyone(?:\s+else)?|everybody(?:\s+else)?)\s+(?:just\s+|also\s+|all\s+)?"
    r"(?:had|has|have|ate|eats|eat|drank|drinks|was\s+eating|were\s+eating|is\s+eating|are\s+eating)\b",
    re.IGNORECASE,
)
# "... and for lunch a tuna sandwich", ", then for dinner I had salmon": a meal phrase after a separator leads
# in the next item.
_NEXT_MEAL_RE = re.compile(
    rf"(?:\s*,\s*|\s+)(?:and\s+|then\s+|and\s+then\s+)?(?:for|at)\s+(?:my\s+|a\s+)?(?:late\s+|early\s+|quick\s+)?"
    rf"{_MEALS}\b\s*(?:(?:i|we)\s+)?(?:(?:just\s+)?(?:had|ate|was|were|drank)\b)?\s*[:,\-–—]?\s*(?=\S)",
    re.IGNORECASE,
)
