"""How people quote a supplement label in a log: "label says 350 mg per scoop", "10ml = 100 mg", "half a
500mg tablet", "2 tablets, 64 mg each". Pure Python; used by :mod:`bot.domain.supplements`.

A dose said *per* an amount ("450 mg per 3 caps", "100 mg per 10 ml") is the dose of that amount, not a
dose to multiply by it; the amount actually taken, said elsewhere ("took all 3", "10 ml liquid
magnesium"), scales it. These rewrites put such phrases in the one form the segment reader knows:
"<dose> <unit> per <count> <count unit>".
"""

from __future__ import annotations

import re

_DOSE = r"(\d+(?:\.\d+)?)\s*(mg|mcg|ug|iu|g)\b"
# "10ml = 100 mg", "2 caps = 400mg": the amount on the left carries the dose on the right
_EQUALS_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)\s*=\s*" + _DOSE)
# "half a 500mg tablet", "half an effervescent tablet", "half of a 250mg tab": half of one
_HALF_A_RE = re.compile(r"\bhalf\s+(?:of\s+)?(?:a|an)\b")
# "a scoop of that magnesium powder": "that" points at the product, it is no remark ("is that too much")
_OF_THAT_RE = re.compile(r"\bof\s+(?:that|this|the)\b")
# who says the dose: "label says 350 mg per scoop", "the bottle says 10ml = 100 mg"
_LABEL_SAYS_RE = re.compile(
    r"\b(?:the\s+)?(?:label|bottle|box|tub|packet|pack|jar|tin)\s+(?:says|said|reads|states)\b"
)
# how a tablet or powder was taken, no food: "dropped a tablet in water n drank it", "stirred into water"
_IN_WATER_RE = re.compile(
    r"\b(?:in|into)\s+(?:a\s+glass\s+of\s+|some\s+|a\s+cup\s+of\s+)?water(?:\s+(?:and|n|&)\s+(?:drank|drunk)\s+it)?\b"
)
# a part that is only a dose ("100 mg each", "64mg apiece"): the dose of the supplement before it
_BARE_DOSE_RE = re.compile(r"^\s*\(?\s*" + _DOSE + r"\s*(?:each|apiece|a piece|per\s+\w+)?\s*\)?\s*$", re.I)


def rewrite_label_phrases(text: str) -> str:
    """The normalised message with label quotes in the reader's form (see the module docstring)."""
    text = _EQUALS_RE.sub(r"\3 \4 per \1 \2", text)
    text = _HALF_A_RE.sub("0.5", text)
    text = _LABEL_SAYS_RE.sub(" ", text)
    text = _IN_WATER_RE.sub(" ", text)
    return _OF_THAT_RE.sub("of", text)


def is_bare_dose(part: str) -> bool:
    """ "100 mg each": a dose with nothing else, said after the supplement it belongs to."""
    return bool(_BARE_DOSE_RE.match(part))
