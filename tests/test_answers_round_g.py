"""Round G answers (issue 7): how osteoporosis medicines are taken, why greens hold magnesium, T- vs Z-score,
calcium split into doses; off-topic traps about benefit claims, records and tomato plants; a clause that only
states something is context (pure domain, no mocks; phrasings beyond the tuning set)."""

import pytest

from bot.domain.answering import default_answerer
from bot.domain.question_parts import asks
from bot.domain.stated import magnesium_dose_line


def _answer(question: str):
    answer = default_answerer().answer(question)
    assert answer.confident, f"declined: {question}"
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "how am i meant to take my weekly fosamax tablet",
        "can i have breakfast straight after my alendronate?",
        "do i have to stay sitting up after alendronate, and for how long",
    ],
)
def test_alendronate_how_to(question: str) -> None:
    text = _answer(question).text
    assert "30 minutes" in text
    assert "upright" in text
    assert "plain water" in text


@pytest.mark.parametrize(
    ("question", "fact", "source"),
    [
        ("when is dad's next prolia jab due? he had one in march", "every 6 months", "prolia"),
        ("is the reclast drip once a year?", "once a year", "reclast"),
        ("how often is zoledronic acid given for osteoporosis", "once a year", "reclast"),
        ("is forteo a daily injection", "once a day", "teriparatide"),
    ],
)
def test_medicine_schedule_cites_its_label(question: str, fact: str, source: str) -> None:
    answer = _answer(question)
    assert fact in answer.text
    assert f"query={source}" in answer.text  # the label the section rests on


def test_why_greens_hold_magnesium_cites_the_page_that_says_it() -> None:
    answer = _answer("why is spinach so high in magnesium?")
    assert "chlorophyll" in answer.text
    assert "lpi.oregonstate.edu" in answer.text


def test_t_score_and_z_score_compared() -> None:
    text = _answer("t score vs z score, what's the difference?").text
    assert "young adult" in text
    assert "age-matched" in text


def test_calcium_split_dose_is_not_read_as_magnesium() -> None:
    question = "should i split my calcium into 2 doses? the pills are 1200mg"
    text = _answer(question).text
    assert "500 mg" in text
    assert "350 mg" not in text  # not the magnesium supplement limit
    assert magnesium_dose_line(question) is None
    assert magnesium_dose_line("been on 1000mg a day since summer") is not None  # nothing else named


@pytest.mark.parametrize(
    "question",
    [
        "my dad has osteoporosis and needs help at home. can I claim attendance allowance for him?",
        "is carers allowance means tested? i look after my nan who has brittle bones",
        "what's the world record for the most broken bones?",
        "epsom salts on my tomato plants for blossom end rot, yes or no?",
        "should I put epsom salts on my tomatoes?",
    ],
)
def test_off_topic_traps_declined(question: str) -> None:
    assert not default_answerer().answer(question).confident


def test_on_topic_neighbours_still_answered() -> None:
    for question in (
        "my mum has osteoporosis, what should she eat?",
        "my grandad keeps falling at home, how can we make his house safer",
        "can I take epsom salts as a laxative",
    ):
        assert default_answerer().answer(question).confident, question


def test_a_clause_that_only_states_is_context() -> None:
    assert not asks("my tablet is 1000mg")
    assert asks("my tablet is 1000mg calcium, is that too much")
    assert asks("is it ok")


@pytest.mark.parametrize(
    "question",
    [
        "can i get PIP for osteoporosis?",
        "does medicare cover prolia injections",
        "my mum has osteoporosis, can she get a blue badge?",
    ],
)
def test_claims_and_cover_declined_though_they_name_a_bone_condition(question: str) -> None:
    assert not default_answerer().answer(question).confident


def test_an_overdue_dose_held_up_by_insurance_is_still_answered() -> None:
    text = _answer(
        "my prolia shot is 2 months overdue bc of insurance stuff. can i just wait til january?"
    ).text
    assert "as soon as possible" in text
    assert "doctor" in text


def test_running_out_is_not_a_reason_to_share_tablets() -> None:
    text = _answer("ran out of my alendronate, can i borrow my sister's till the pharmacy gets more in").text
    assert "Don't take tablets prescribed for someone else" in text
    assert "pharmacist" in text
