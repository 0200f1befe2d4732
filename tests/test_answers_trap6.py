"""Off-topic traps from fresh question sets' first runs: a message about something else that uses our words
(a lemon tree and epsom salts, a hot water system's magnesium anode, an MG car, banana peel water for a plant,
another drink's limit while breastfeeding) is declined, and the on-topic questions next to them are answered.
Domain tests on the real knowledge base, no mocks; one through the service (not logged as a meal)."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer
from bot.domain.retrieval import words_of

ANSWERER = default_answerer()

TRAPS = [
    "lemon tree leaves going yellow between the veins, someone at bunnings said epsom salts. how much per tree?",
    "the hot water system guy said the magnesium anode needs replacing. is that a real thing or is he having me on",
    "looking at an MG ZS EV or MG4 for mum as a runaround, which has better range?",
    "banana peel water for potassium for my monstera, legit or tiktok myth",
    "caffeine limit while breastfeeding? i need my cold brew lol",
]


@pytest.mark.parametrize("question", TRAPS)
def test_a_message_about_something_else_is_declined(question):
    assert not ANSWERER.answer(question).confident


@pytest.mark.parametrize(
    "question",
    [
        "is it safe to take magnesium while breastfeeding?",
        "is 400 MG of magnesium too much a day?",
        "my doctor said i should take magnesium for leg cramps, how much?",
        "how much magnesium is in a banana?",
    ],
)
def test_the_on_topic_neighbours_are_answered(question):
    assert ANSWERER.answer(question).confident


def test_a_symbol_in_capitals_not_after_a_number_is_a_name():
    assert words_of("an MG ZS EV or MG4") == ["an", "namemg", "zs", "ev", "or", "namemg4"]
    assert words_of("400 MG and 250MG") == ["400", "mg", "and", "250", "mg"]
    assert words_of("Mg levels, how many mg") == ["mg", "levels", "how", "many", "mg"]


def test_a_person_who_said_something_is_the_source_not_the_subject():
    things = ANSWERER.things
    assert things.names_thing("someone at bunnings said epsom salts for my lemon tree")
    assert not things.names_thing("my mum wants epsom salts for her lemon tree")


async def test_a_question_about_a_plant_is_not_logged_as_a_meal(service):
    outcome = await service.handle_text(5, 5, 10, TRAPS[3])
    assert outcome.meal is None
    assert (await service.today(5)).total_mg == 0
