"""The food named inside a chunk of chat: "2 tbsp peanut butter on its own lol", "1 oz dark chocolate
during study sesh", "after training had a banana".

When a chunk does not match as a whole, its longest run of words that is exactly one food's name or alias
(typos corrected as the matcher corrects them) is that food, provided every other word is filler: a word
that names no food (not in the table's vocabulary, not a typo of one, not a generic food word). One other
food word ("pasta salad", "shrimp teriyaki", "cheese sandwich on white") and the chunk is left to the
matcher's question, so a dish the table lacks is never logged as one of its ingredients. Two different
foods of the same length ("milk and honey" merged) are not guessed between either.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.domain.matcher import FoodMatcher, MatchResult, tokens
from bot.domain.matcher_words import _STOPWORDS, COMMON_WORDS, NON_FOOD_WORDS

# the longest food name tried, in words (the table's longest aliases are about this long)
MAX_SPAN_WORDS = 6


def food_span(
    matcher: FoodMatcher, food_text: str, on_bread: Callable[[str], str] | None = None
) -> MatchResult | None:
    """A sure match for the one food named inside ``food_text`` with only filler around it; else None.
    ``on_bread`` gives the dish of a span "<dish> on <bread>" ("cheese sandwich on white"), else ""."""
    words = tokens(food_text, drop_stopwords=False)
    if len(words) < 2 or len(words) > 20:
        return None
    n = len(words)
    for size in range(min(MAX_SPAN_WORDS, n - 1), 0, -1):
        found: list[tuple[int, MatchResult]] = []
        for start in range(0, n - size + 1):
            span = " ".join(words[start : start + size])
            if not span or matcher.is_generic(span):
                continue
            dish = on_bread(span) if on_bread is not None and size > 2 else ""
            named = dish if dish and matcher.is_known_name(dish) else span
            if matcher.sure_at(named, 97.0):  # (without the fuzzy ranking when no name is that close)
                found.append((start, matcher.match(named)))
        if not found:
            continue
        if len({id(result.best) for _, result in found}) != 1:
            return None  # two foods named: not one food with filler
        start, result = found[0]
        rest = words[:start] + words[start + size :]
        if start + size < n and words[start + size] in NON_FOOD_WORDS:
            return None  # the food only says which thing: "my tea break", "a chocolate problem"
        # filler is English chat: at least one function word ("on its own", "during", "after"), so a
        # sentence in another language ("ho mangiato la pasta") is not read by its one English-looking word
        if any(word in _STOPWORDS or word in COMMON_WORDS for word in words) and all(
            _filler(matcher, word) for word in rest
        ):
            return result
        return None
    return None


def _filler(matcher: FoodMatcher, word: str) -> bool:
    """True for a word that names no food: a stopword, or a word neither in the food vocabulary, nor a typo
    of a food word, nor a generic food word."""
    toks = tokens(word)
    if not toks:
        return True  # a stopword ("on", "its", "a")
    return all(
        not any(ch.isdigit() for ch in tok)
        and tok not in matcher._vocab
        and matcher._correct(tok) == tok
        and not matcher.is_generic(tok)
        for tok in toks
    )
