"""Whose supplement a message reports: "my husband takes 400mg magnesium", "he took 500mg citrate", "gave my dad
his calcium 600mg" are someone else's doses, not the user's to log (the person words are
``knowledge/person_words.txt``). "I took 250mg and my husband took 400mg" logs the user's 250 mg: the message
is read in parts, and only the other's part is left out.

Pure domain code used by :mod:`bot.domain.supplements`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.domain.meal_lexicon import _person_words

_TAKES = (
    r"(?:takes|took|take|taking|is\s+taking|was\s+taking|has|had|gets|got|started|starts|is\s+on|was\s+on|"
    r"uses|used|swallowed|popped|needs)"
)


@lru_cache(maxsize=1)
def _taker_re() -> re.Pattern[str]:
    persons = "|".join(re.escape(word) for word in _person_words())
    someone = rf"(?:(?:my|our|his|her|their|the)\s+(?:\w+\s+)?)?(?:{persons})(?:s|'s)?|he|she|they"
    return re.compile(
        rf"(?:^|[,;.+&]|\band\b|\bbut\b)\s*(?:{someone})\s+(?:also\s+|just\s+|only\s+|usually\s+|still\s+)?{_TAKES}\b"
        rf"|\b(?:gave|give|giving|given)\s+(?:my|our|his|her|the)\s+(?:\w+\s+)?(?:{persons})",
        re.IGNORECASE,
    )


def someone_elses(text: str) -> bool:
    """True when ``text`` reports a supplement someone else takes or was given."""
    return _taker_re().search(text or "") is not None
