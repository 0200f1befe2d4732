"""What a meal message is not: questions, plans, idioms, placeholders; and the words around a food lookup.

Regular expressions used by :mod:`bot.domain.estimate` (pure data, no logic).
"""

from __future__ import annotations

import re

_QUESTION_START = re.compile(
    r"^\s*(?:how|what|what's|whats|why|when|where|who|which|is|are|"
    r"can(?=\s+(?:i|you|we|he|she|they|my|it|one|someone|people|kids|children|magnesium)\b)|"
    r"could|should|does|do|did|will|"
    r"would|tell\s+me|explain)\b",
    re.IGNORECASE,
)
# A time clause before the meal ("When I got home I had a bowl of pasta", "once we got back we ate ..."):
# a statement, not a "when" question, when no question mark ends it.
MEAL_AFTER_TIME_CLAUSE = re.compile(
    # (not a time of life: "when I was pregnant I ate loads of spinach" is no meal of today)
    r"^\s*(?:when|whenever|once|after|as\s+soon\s+as)\s+(?!(?:i|we)\s+(?:was|were|am|are|lived|live|used)\b|i'm\b|we're\b)"
    r"[^?]{1,60}?,?\s+(?:i|we)\s+"
    r"(?:just\s+|also\s+|then\s+|finally\s+|quickly\s+)?(?:had|ate|drank|grabbed|snacked\s+on|munched|scoffed|"
    r"devoured|finished\s+off|made\s+(?:myself|ourselves))\b[^?]*$",
    re.IGNORECASE,
)
# Plans, wishes, habits, dislikes and negations: the message does not report something eaten.
_NOT_EATEN = re.compile(
    r"\b(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:having|eating|getting|grabbing|making|cooking)\b[^.!?]*\b(?:later|tonight|"
    r"this\s+evening)|wants?\s+to|wanted\s+to|wanna|(?:i|we)\s+(?:really\s+|so\s+|kinda\s+)?want\b|going\s+to|gonna|plan(?:s|ning)?\s+(?:to|on)|need\s+to|"
    r"have\s+to|has\s+to|should|shall|would|might|will|i'?ll|we'?ll|you'?ll|tomorrow|next\s+week|"
    r"this\s+weekend|buy|buying|recipe|recipes|craving|crave|wish|hope|thinking\s+(?:about|of)|"
    r"allergic|intolerant|don'?t|doesn'?t|didn'?t|do\s+not|did\s+not|never|no\s+more|avoid|avoiding|"
    r"ran\s+out|run\s+out|can'?t\s+wait|cannot\s+wait|looking\s+forward|love|loves|hate|hates|dislike|dislikes|can'?t\s+stand|remind\s+me|"
    # dreams and talk about food are not meals: "I had a dream about chocolate cake"
    r"dream(?:s|t|ed|ing)?\s+(?:about|of)|(?:talk|talked|talking|read|reading|heard)\s+about|"
    r"bought|purchased|shopping|groceries|"
    # wishes said another way: "I could really go for a pizza", "I fancy a curry", "dying for a burger"
    r"could\s+(?:really\s+|totally\s+|so\s+|honestly\s+)?(?:go\s+for|use|do\s+with|murder|kill\s+for)|"
    r"(?:i|we)\s+(?:really\s+)?fancy|^\s*fancy\s+(?:an?|some)\s|in\s+the\s+mood\s+for|dying\s+for|(?:feel|feeling)\s+like\s+(?:having|eating)|"
    # habits are not today's meal: "I usually have porridge", "every morning I have oatmeal"
    r"used\s+to|usually|normally|typically|generally|every\s+(?:day|morning|night|evening|week)|most\s+days)\b",
    re.IGNORECASE,
)
# Food idioms said as a whole message ("cool beans", "that's bananas", "spill the beans") are not meals.
_IDIOM = re.compile(
    r"^(?:(?:oh|lol|haha|wow|well|so|ha)\s+)*(?:"
    r"(?:it'?s\s+)?(?:tea|dinner|lunch|breakfast|snack|coffee)\s?time|"
    r"cool\s+beans|spill(?:ed|s)?\s+the\s+beans|(?:the\s+)?big\s+cheese|(?:go|goes|going|went)\s+nuts|"
    r"couch\s+potato|(?:a\s+)?piece\s+of\s+cake|sweet|not\s+my\s+cup\s+of\s+tea|in\s+a\s+nutshell|"
    r"full\s+of\s+beans|hot\s+potato|top\s+banana|apple\s+of\s+my\s+eye|bring(?:s)?\s+home\s+the\s+bacon|"
    r"(?:that'?s|that\s+is|it'?s|you'?re|you\s+are|he'?s|she'?s|they'?re|i'?m|my\s+\w+\s+(?:is|are))\s+"
    r"(?:(?:totally|so|a\s+bit|completely|going|just|such)\s+)?"
    r"(?:bananas|nuts|crackers|toast|a\s+peach|a\s+couch\s+potato|a\s+piece\s+of\s+cake|the\s+big\s+cheese|"
    r"full\s+of\s+beans|cheesy|corny|a\s+tough\s+cookie|a\s+smart\s+cookie|a\s+cream\s+puff)"
    r")[\s!.?]*$",
    re.IGNORECASE,
)
# Food idioms that are unambiguous anywhere in a sentence ("it's not my cup of tea", "we're in a pickle").
# "piece of cake" is NOT here: "had a piece of cake" is cake (only the bare phrase is an idiom, above).
_IDIOM_ANYWHERE = re.compile(
    r"\b(?:(?:not|isn'?t|wasn'?t|aren'?t)\s+(?:really\s+)?(?:my|his|her|your|their|our)\s+cup\s+of\s+tea|"
    r"apple\s+of\s+(?:my|his|her|your|their|our)\s+eyes?|in\s+(?:a\s+|such\s+a\s+)?(?:real\s+|right\s+|proper\s+|bit\s+of\s+a\s+)?pickle|full\s+of\s+beans|"
    r"spill(?:ed|s|ing|t)?\s+the\s+beans|cool\s+beans|(?:that'?s|that\s+is|it'?s|it\s+is|is|are|was|"
    r"went|go|goes|going|gone|drives?\s+me|driving\s+me)\s+(?:totally\s+|completely\s+|a\s+bit\s+|so\s+)?"
    r"bananas|in\s+a\s+nutshell|br(?:ing|ings|inging|ought)\s+home\s+the\s+bacon|"
    r"(?:cry|cries|crying|cried)\s+over\s+spil(?:t|led)\s+milk|the\s+big\s+cheese|couch\s+potato(?:es)?|"
    r"curry(?:ing)?\s+favou?r|(?:that'?s|it'?s)\s+a\s+wrap\b|wrap(?:s|ped|ping)?\s+(?:it\s+|things\s+|this\s+)?up|"
    r"spill(?:ed|s|ing)?\s+the\s+tea|mash[- ]?ups?\b|bun\s+fight|"
    r"hot\s+potato|an?\s+bad\s+egg|walk(?:ing|s|ed)?\s+on\s+egg\s?shells|cream\s+of\s+the\s+crop|"
    r"butter(?:s|ed|ing)?\s+(?:\w+\s+){0,2}up\b|sour\s+grapes|(?:tough|hard)\s+nut\s+to\s+crack|"
    r"(?:so|too|very|how|bit|pretty|really|kinda|super|that'?s|that\s+was|is|was|so\s+damn)\s+cheesy|"
    r"cheesy\s+(?:joke|jokes|line|lines|movie|movies|film|films|song|songs|pun|puns|pick-?up|romance|"
    r"music|lol|haha)|^cheesy[\s!.?]*$|"
    r"(?:go|goes|going|went)\s+nuts|top\s+banana|(?:a\s+)?smart\s+cookie|(?:a\s+)?tough\s+cookie|"
    r"(?:as\s+)?cool\s+as\s+a\s+cucumber|(?:peas|two\s+peas)\s+in\s+a\s+pod|"
    r"(?:the\s+)?bread\s+and\s+butter\s+of|(?:a\s+)?(?:real\s+)?lemon\s+of\s+a|"
    # words that are foods only in another sense: a date (not dates), a toast (to someone), a jam, a shot
    r"(?:a|my|our|her|his|their|the|first|blind|hot|dinner|lunch|coffee|movie|second|double)\s+date(?!s)|"
    r"date\s+(?:(?:night|nite)(?!\s*[:\-–—])|with|went|was|tonight|last)|on\s+a\s+date|"
    r"(?:a|the|raise\s+a|raised\s+a|drink\s+a|made\s+a|make\s+a|gave\s+a)\s+toast\s+(?:to|at|for)\b|"
    r"in\s+(?:a\s+|such\s+a\s+)?(?:real\s+|right\s+|proper\s+|bit\s+of\s+a\s+)?jam|traffic\s+jam|jam\s+session|roll\s+in\s+the\s+hay|pop\s+quiz|"
    r"(?:a|another|my|one)\s+shot\s+at|(?:flu|booster|vaccine|covid|b12|allergy|insulin)\s+shots?|"
    r"(?:a|my)\s+(?:bun|muffin)\s+in\s+the\s+oven|(?:a\s+)?piece\s+of\s+my\s+mind|"
    r"proof\s+of\s+the\s+pudding|(?:like|as)\s+hot\s?cakes|(?:have|had|having)\s+(?:your|my|his|her|their|our)\s+"
    r"cake\s+and\s+eat\s+it|(?:bigger|other)\s+fish\s+to\s+fry|pinch\s+of\s+salt\s+(?:with|about)|with\s+a\s+"
    r"pinch\s+of\s+salt|salt\s+of\s+the\s+earth|gravy\s+train|cheesed\s+off|egg(?:s|ed|ing)?\s+(?:him|her|them|me|you|us|each\s+other)\s+on\b|"
    r"nutty\s+as\s+a\s+fruitcake|"
    # food words that name something else: apple pay, say cheese, sweet on her, squash the sport
    r"apple\s+(?:pay|watch|music|tv|store|id|phone|iphone|ipad|mac|macbook|airpods|account|card)|say\s+cheese|"
    r"sweet\s+on\s+(?:him|her|them|you|me|each\s+other)|(?:play|plays|played|playing)\s+squash|"
    r"squash\s+(?:court|match|game|racket|racquet|club|lesson|partner)|"
    # food words as terms of endearment: "thanks honey", "night sweetie pie"
    r"(?:thanks|thank\s+you|thx|cheers|ta|love\s+you|night|morning|hi|hey|hello|bye|ok|okay|yes|sure)\s*,?\s+"
    r"(?:honey(?:\s*(?:bun|pie))?|sweetie(?:\s*pie)?|sugar|pumpkin|cupcake|muffin|sweet\s*pea|babycakes))\b",
    re.IGNORECASE,
)
# Sandwiches, toast, wraps and bagels named by their filling, and the bread each comes on (id, unit, amount).
_COMPOSITE_RE = re.compile(
    r"^(?P<filling>.+?)\s+(?P<kind>sandwich(?:es)?|sandwhich(?:es)?|sarnies?|butty|butties?|toasties?|on\s+toast|toast|"
    r"wraps?|bagels?|sub|subs)$",
    re.IGNORECASE,
)
_COMPOSITE_BREAD: dict[str, tuple[str, str, float]] = {
    "sandwich": ("bread_white", "slice", 2.0),
    "sandwiche": ("bread_white", "slice", 2.0),
    "sandwhich": ("bread_white", "slice", 2.0),
    "sandwhiche": ("bread_white", "slice", 2.0),
    "sarnie": ("bread_white", "slice", 2.0),
    "buttie": ("bread_white", "slice", 2.0),
    "butty": ("bread_white", "slice", 2.0),
    "toastie": ("bread_white", "slice", 2.0),
    "toast": ("toast_white", "slice", 1.0),
    "wrap": ("tortilla_flour", "piece", 1.0),
    "bagel": ("bagel", "medium", 1.0),
    "sub": ("bread_white", "slice", 3.0),
}
_WHOLEMEAL_RE = re.compile(r"\b(?:whole[- ]?wheat|wholemeal|whole[- ]?grain|brown)\b", re.IGNORECASE)
# Programming and placeholder tokens sent as a whole message ("NaN" is not naan).
_PLACEHOLDER = re.compile(
    r"^\s*[\[({<\"']*(?:nan|null|nil|none|undefined|n/?a|true|false|test(?:ing)?|asdf\w*|qwerty|foo|bar|"
    r"baz|todo|tbd|void|empty|blank|lorem\s+ipsum.*|\[object\s+object\]|object\s+object|"
    r"placeholder|example|sample|string|int|float|0x[0-9a-f]+)[\]\)}>\"']*[\s!.?]*$",
    re.IGNORECASE,
)
# Code and data syntax (JSON, dicts, key=value): a quoted key before a colon, or braces around key-value
# pairs ('{"food": "spinach", "grams": 100}'), or an equation ("solve 3x + 5 = 20"). People do not report
# meals in it.
_CODE_SYNTAX = re.compile(
    r"[\"'`]\s*\w+\s*[\"'`]\s*:|\{\s*\w+\s*[:=]|[{}]\s*$|^\s*[{\[]|"
    r"\b\d*[a-z]?\s*[-+*/×^]\s*\d*[a-z]?\s*=\s*-?\d|\b[a-z]\s*=\s*-?\d+\s*[-+*/×^]",
)
_LOOKUP_PREFIXES = re.compile(
    r"^(?:(?:so\s+|and\s+|but\s+)?(?:how\s+much|how\s+many|what(?:'s|\s+is)?(?:\s+the)?(?:\s+amount\s+of)?|"
    r"amount\s+of|is\s+there(?:\s+(?:any|much))?|does|do|are|is)\s+)?"
    r"(?:(?:(?:mg|milligrams?)\s+of\s+magnesium|mg|milligrams?|magnesium|mag)\s+)?"
    r"(?:(?:is\s+there|are\s+there|does\s+it\s+have|do\s+they\s+have|is|are|contained|found)\s+)?"
    r"(?:(?:in|inside|within|does|do|per(?=\s+\d))\s+)?"
    r"(?:(?:a|an|one|the|some)\s+)?",
    re.IGNORECASE,
)
_LOOKUP_SUFFIXES = re.compile(
    r"\s*(?:(?:have|has|contain|contains|got|provide|provides|give|gives|supply|supplies|offer|offers)"
    r"(?:\s+(?:in\s+it|any|me|you|much|enough|a\s+lot\s+of|lots\s+of))?(?:\s+magnesium(?:\s+in\s+(?:it|them|there))?)?|"
    r"magnesium(?:\s+content)?|mg|have\s+magnesium|have\s+a\s+lot\s+of\s+magnesium|rich\s+in\s+magnesium|"
    r"high\s+in\s+magnesium)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)

# The words around the items of a dish: what joins a dish to its ingredients, and list separators.
_DISH_SEPARATORS = frozenset(
    {
        "with",
        "w/",
        "w",
        "made with",
        "made w/",
        "made w",
        "cooked with",
        "cooked w/",
        "cooked w",
        "prepared w",
        "blended w",
        "mixed w",
        "prepared with",
        "blended with",
        "mixed with",
        "topped with",
        "on",
        "on top of",
        "made up with",
        "mixed up with",
        "blended up with",
    }
)
# a verb after the food words: a statement about a food ("pizza is the best"), not a report of eating it
_STATEMENT_RE = re.compile(
    r"\b(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t|tastes?|tasted|looks?|looked|smells?|smelled|"
    r"seems?|seemed|makes?|made\s+me|gives?|gave\s+me)\b",
    re.IGNORECASE,
)
_AND_RE = re.compile(r"\b(?:and|n|'n'?|with)\b|&|\bw/", re.IGNORECASE)
_WITH_RE = re.compile(r"\b(?:with|w/)\b", re.IGNORECASE)
_LIST_SEPARATORS = frozenset({",", "and", "&", "n", "plus", "nd", "'n", "'n'"})
# "a side of spinach": a side dish (of a vegetable, served cooked)
_SIDE_RE = re.compile(
    r"^\s*(?:an?\s+|some\s+)?(?:small\s+|large\s+|big\s+)?side\s+(?:of|order\s+of)\b", re.IGNORECASE
)
# A food named by its piece ("cod fillet", "roast chicken thigh", "pork chop"): one piece when no amount is given.
_PIECE_NOUN_RE = re.compile(r"\b(?:fillet|filet|breast|thigh|drumstick|chop|cutlet)$", re.IGNORECASE)
