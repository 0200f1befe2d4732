"""Asked to make something about a food (a poem, a joke, a drawing) is not eating it (knowledge/not_eating.txt);
set 33's one false log after its first run was 'write me a poem about tacos'. Eating beside it still logs."""

from __future__ import annotations

import pytest

from bot.domain.estimate import default_estimator


@pytest.mark.parametrize(
    "message",
    [
        "write me a poem about tacos",
        "tell me a joke about pizza",
        "draw a banana",
        "compose a song about spinach",
        "can you write a haiku about almonds",
    ],
)
def test_a_request_about_a_food_logs_nothing(message):
    assert not default_estimator().estimate(message).items


@pytest.mark.parametrize(
    ("message", "food_id"),
    [
        ("had a taco then wrote a poem about it", "taco_beef"),
        ("painted the fence then had a banana", "banana"),
    ],
)
def test_eating_beside_a_creative_word_still_logs(message, food_id):
    assert [item.food.id for item in default_estimator().estimate(message).items] == [food_id]
