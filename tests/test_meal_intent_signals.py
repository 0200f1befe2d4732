"""The not-a-meal signal sets are read from knowledge/not_a_meal_signals.txt once per scope: every message
asks for four scopes in turn, and a cache smaller than that read the file again on each call (pure)."""

from __future__ import annotations

from bot.domain import meal_intent
from bot.domain.meal_intent import not_a_meal_signals

SCOPES = ("any", "asks", "supplement", "meal")


def test_each_scope_is_read_once_however_often_messages_ask():
    not_a_meal_signals.cache_clear()
    reads = []
    path = meal_intent.NOT_A_MEAL_SIGNALS_PATH

    class Counting(type(path)):
        def read_text(self, *args, **kwargs):
            reads.append(1)
            return path.read_text(*args, **kwargs)

    meal_intent.NOT_A_MEAL_SIGNALS_PATH = Counting(path)
    try:
        first = [not_a_meal_signals(scope) for scope in SCOPES]
        for _ in range(3):  # three more messages
            assert [not_a_meal_signals(scope) for scope in SCOPES] == first
    finally:
        meal_intent.NOT_A_MEAL_SIGNALS_PATH = path
        not_a_meal_signals.cache_clear()
    assert len(reads) == len(SCOPES)


def test_scopes_hold_their_own_signals():
    meal, any_scope = not_a_meal_signals("meal"), not_a_meal_signals("any")
    assert any_scope <= meal  # "meal" is its own signals and those of "any"
