"""Issue 7, round B (answers): new sections (peak bone mass, the contraceptive injection, the DEXA scan, a
baby's vitamin D, ZMA), sections that now win their own asks, a food-limit or absorption ask that is no
personal-figure ask, a compound weight named beside a large dose, and two traps declined (a statistics
question, a reef tank). Domain tests on the real knowledge base, no mocks; the reef tank through the service on
the real database."""

from __future__ import annotations

import pytest

from bot.domain.answering import default_answerer
from bot.domain.personal import amount_asked
from bot.domain.stated import magnesium_dose_line

ANSWERER = default_answerer()


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("at what age do your bones stop building? i'm 24, have i missed it", "peak bone mass"),
        ("been having the contraceptive jab for 2 years, is it bad for my bones", "Depo-Provera"),
        ("is a bone density scan painful? mine is on friday", "DEXA scan like"),
        ("how many mcg of vitamin d does my breastfed newborn need", "vitamin D does a baby need"),
        ("what is zma, does it actually boost testosterone", "ZMA"),
        ("can you overdo magnesium just by eating food, my wife lives on almonds", "from food"),
        ("signs of low magnesium in elderly people", "symptoms of magnesium deficiency"),
        ("grandad struggles to swallow pills, other ways to get magnesium?", "soft foods"),
        ("my mum is 80 and keeps tripping at home, how can we stop her falling", "balance"),
        ("who should have a bone density scan", "Who should get a bone density test"),
    ],
)
def test_the_section_that_answers_wins(question, heading):
    answer = ANSWERER.answer(question)
    assert answer.confident
    assert any(heading in s.heading for s in answer.sources), [s.heading for s in answer.sources]


def test_taking_an_antibiotic_with_magnesium_is_not_answered_yes():
    text = ANSWERER.answer("can i take magnesium and doxycycline together").text
    assert not text.lower().startswith("yes")
    assert "apart" in text and "hours" in text


def test_half_the_daily_value_is_given_in_mg():
    assert "210 mg" in ANSWERER.answer("my supplement says 50% DV of magnesium, how many mg is it").text


@pytest.mark.parametrize(
    "question",
    [
        "is there a limit on the magnesium my husband can get from food, he eats tons of nuts",
        "my dad's magnesium citrate is 300mg, how much does he actually absorb",
    ],
)
def test_no_personal_figure_for_a_food_limit_or_an_absorption_ask(question):
    assert amount_asked(question) == ()


def test_a_food_ask_still_gets_the_upper_limit_when_it_asks_supplements():
    assert amount_asked("how much magnesium can my 70 year old dad safely take from supplements") == (
        "upper-limit",
    )


def test_a_large_dose_named_as_a_compound_may_be_its_weight():
    line = magnesium_dose_line("on 3 grams of magnesium citrate a day, too much?")
    assert line is not None and "times the 350 mg" in line and "Supplement Facts" in line
    plain = magnesium_dose_line("on 3 grams of magnesium a day, too much?")
    assert plain is not None and "Supplement Facts" not in plain
    small = magnesium_dose_line("is 400mg magnesium glycinate safe")
    assert small is not None and "Supplement Facts" not in small


@pytest.mark.parametrize(
    "question",
    [
        "for my stats homework, t score or z score when the sample is small? n=12",
    ],
)
def test_a_statistics_question_is_declined(question):
    assert not ANSWERER.answer(question).confident


def test_a_bone_z_score_is_still_answered():
    answer = ANSWERER.answer("my dexa report says z score -2.2, what does that mean")
    assert answer.confident and "Z-score" in answer.text


def test_a_teen_sports_ask_gets_the_rda_not_the_weight_cutting_section():
    answer = ANSWERER.answer(
        "my 15 year old son plays football most days and barely touches his greens. how much magnesium does he "
        "need a day, and is a sports magnesium powder worth it"
    )
    assert "410 mg" in answer.text
    assert not any("cutting weight" in s.heading for s in answer.sources)


async def test_a_reef_tank_message_is_declined_not_logged(service):
    outcome = await service.handle_text(
        5, 5, 10, "reef tank magnesium and calcium levels, alk keeps dropping, any tips"
    )
    assert outcome.meal is None
    assert outcome.answer is not None and not outcome.answer.confident
    assert (await service.today(5)).total_mg == 0
