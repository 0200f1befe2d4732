"""Round F answers: an emoji ends a clause when reading whether a message asks, and a supplement named
beside a child is not the sender's own dose to log (pure domain, no mocks)."""

from bot.domain.meal_intent import not_a_meal_signals
from bot.domain.routing import asks


def test_emoji_between_words_ends_a_clause() -> None:
    assert asks("gave her two drops instead of one this morning, so sleep deprived 😩 is she ok")
    assert not asks("had 2 eggs 🍳 and toast")


def test_child_stops_a_supplement_log_only() -> None:
    assert "child" in not_a_meal_signals("supplement")
    assert "child" not in not_a_meal_signals("meal")
    assert "child" not in not_a_meal_signals("any")
