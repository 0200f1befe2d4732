"""Foods listed without separators: "yogurt banana coffee", "rice beans chicken", "fruit salad: apple
banana orange".

When a chunk does not match as a whole, it is read as a list when its words can be covered, left to right,
by two or more runs that are each exactly one food's name or alias as written (longest run first), with
only stopwords between them; two names the second of which is a dish ("ham toastie") are a filling and
its dish, not a list. A word that belongs to no food name, a
generic word ("fruit", "nuts") or a number leaves the chunk to the matcher's question, so chat is never
read as a list. The estimator reads "<dish>: <foods>" by its parts.
"""

from __future__ import annotations

from bot.domain.estimate_span import MAX_SPAN_WORDS
from bot.domain.matcher import FoodMatcher, tokens
from bot.domain.matcher_words import _STOPWORDS, DISH_WORDS
from bot.domain.meal_filters import _COMPOSITE_RE

MIN_ITEMS = 2
MAX_ITEMS = 6


def food_list(matcher: FoodMatcher, food_text: str) -> list[str] | None:
    """The food names ``food_text`` lists, in order; None unless it is wholly a list of 2+ exact names."""
    words = tokens(food_text, drop_stopwords=False)
    if len(words) < MIN_ITEMS or len(words) > MAX_ITEMS * MAX_SPAN_WORDS:
        return None
    names: list[str] = []
    start = 0
    while start < len(words):
        if words[start] in _STOPWORDS:
            start += 1
            continue
        for size in range(min(MAX_SPAN_WORDS, len(words) - start), 0, -1):
            span = " ".join(words[start : start + size])
            if matcher.is_generic(span) or any(ch.isdigit() for ch in span):
                continue
            if not matcher.is_known_name(span):
                continue  # as written: "tea break" is no tea and bread
            result = matcher.match(span)
            if result.status == "sure" and result.best is not None and result.score >= 97.0:
                names.append(span)
                start += size
                break
        else:
            return None  # a word that is part of no food name: not a bare list
        if len(names) > MAX_ITEMS:
            return None
    if len(names) < MIN_ITEMS:
        return None
    if len(names) == MIN_ITEMS and (
        _COMPOSITE_RE.match(" ".join(names)) or DISH_WORDS.intersection(tokens(names[-1]))
    ):
        return None  # "ham toastie", "chicken pie": a filling and its dish, not two foods
    return names
