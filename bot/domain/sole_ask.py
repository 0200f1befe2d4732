"""The only ask of a message beside sentences that only set the scene ("what % of magnesium oxide is actually
magnesium? the bottle is confusing"): the scene's words ("bottle") may pull another section ahead of the one
the ask means. Used by the answerer; plain Python, no framework imports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.domain.question_parts import PRONOUNS
from bot.domain.retrieval import Hit, words_of
from bot.domain.routing import asks

if TYPE_CHECKING:
    from bot.domain.answering import Answerer

# Words by which a sentence points at another ("been on omeprazole 3 years. could that affect my magnesium?").
REFERS = PRONOUNS | {"that", "this", "these", "those", "them", "there"}


def sole_ask(answerer: Answerer, texts: list[str], ends: list[str], sentences: list[str]) -> str | None:
    """The message's one sentence that asks (a question mark, or a question's shape) when every other one
    names nothing of the domain ("spinach - good for magnesium? heard it blocks calcium" is context that
    counts) and the ask points at none of them ("i'm 70 with leg cramps at night. will magnesium sort them
    out?"); None otherwise."""
    asking = [s for s, end in zip(texts, ends, strict=True) if "?" in end or asks(s)]
    rest = [s for s in texts if s not in asking and s.strip()]
    if len(asking) != 1 or asking[0] not in sentences or not rest or set(words_of(asking[0])) & REFERS:
        return None
    return None if any(answerer.names_domain(s) for s in rest) else asking[0]


def meant(
    answerer: Answerer, question: str, chosen: list[Hit], parts: list[Hit], ranked: list[Hit], margin: float
) -> bool:
    """Whether the whole message is closer in meaning (cosine) to the first section chosen for its sole ask
    than to the first part chosen for the whole, and the ask alone (``ranked``) does not rank that part within
    ``margin`` of its best ("whats a t-score? ...": T-score and Z-score are a near tie)."""
    if chosen[0].index == parts[0].index:
        return False
    top = answerer.confidence(ranked)
    if any(
        h.index == parts[0].index and answerer.confidence(ranked, i) >= top - margin
        for i, h in enumerate(ranked)
    ):
        return False
    whole = answerer.retriever.rank(question, limit=len(answerer.sections))
    cosine = {h.index: h.cosine for h in whole}
    return cosine.get(chosen[0].index, 0.0) > cosine.get(parts[0].index, 1.0)
