"""Small helpers shared by the meal-reading tests (the `estimator` fixture lives in conftest.py)."""

from __future__ import annotations

from bot.domain.estimate import Estimate


def ids(estimate: Estimate) -> list[str]:
    """The food ids an estimate logged, in order."""
    return [item.food.id for item in estimate.items]
