"""Routing a meal followed by a question, a usual diet, an age and sex, and stated daily doses of magnesium
and calcium against their upper limits (pure domain: no database, no mocks)."""

from __future__ import annotations

import pytest

from bot.domain.meal_intent import not_a_meal_signals
from bot.domain.personal import extract_demographics, without_age_sex
from bot.domain.routing import answered_by_log, asking_part, asks, meal_then_question
from bot.domain.situations import load_situation_words
from bot.domain.stated import calcium_dose_line, label_line, magnesium_dose_line, stated_amounts

WORDS = load_situation_words()


def signals(text: str) -> frozenset[str]:
    from bot.domain.retrieval import words_of

    return WORDS.signals(words_of(text))


@pytest.mark.parametrize(
    ("text", "meal", "question"),
    [
        ("had porridge with banana, is that good for magnesium?", "had porridge with banana", "is that good"),
        ("2 eggs and toast for breakfast. how much magnesium is that", "2 eggs and toast", "how much"),
        ("ate a big salad - is it enough", "ate a big salad", "is it enough"),
    ],
)
def test_a_meal_then_a_question_is_split(text, meal, question):
    parts = meal_then_question(text)
    assert parts is not None
    assert parts[0].startswith(meal) and parts[1].startswith(question)


@pytest.mark.parametrize(
    "text",
    [
        "had oatmeal with banana and milk",  # no question
        "how much magnesium is in almonds?",  # no meal
        "19f living on pot noodles and toast, whats my rda",  # a usual diet is no meal log
        "had porridge? is that good",  # the meal part asks
    ],
)
def test_no_meal_then_question(text):
    assert meal_then_question(text) is None


def test_a_question_the_meal_log_answers():
    assert answered_by_log("how much magnesium is that")
    assert answered_by_log("is that enough?")
    assert answered_by_log("whats my total")
    assert not answered_by_log("is that good for my bones?")
    assert not answered_by_log("is that enough for my dog")


def test_whats_asks_anywhere():
    assert asks("living on pot noodles 😅 whats my magnesium rda")


def test_a_usual_diet_is_a_signal_that_makes_a_question_of_an_ask():
    assert "usual-diet" in signals("19f at uni living on pot noodles and toast")
    assert "usual-diet" in signals("my diet is mostly pasta and chicken")
    assert "usual-diet" in not_a_meal_signals("asks")
    assert "usual-diet" not in not_a_meal_signals("meal")  # without a question it is no reason not to log
    assert "usual-diet" not in signals("had pasta and chicken for dinner")


@pytest.mark.parametrize(
    ("text", "sex", "age"), [("19f at uni", "female", 19), ("f19", "female", 19), ("34m", "male", 34)]
)
def test_an_age_and_sex_token(text, sex, age):
    person = extract_demographics(text)
    assert (person.sex, person.age) == (sex, age)
    assert not any(ch.isdigit() for ch in without_age_sex(text))


def test_an_age_and_sex_token_leaves_food_amounts():
    assert without_age_sex("had 2 m&ms and 150g rice") == "had 2 m&ms and 150g rice"


@pytest.mark.parametrize(
    "text",
    ["been on 2 grams a day since summer, any issue", "i'm taking 1000mg daily", "been on 1,200 mg a day"],
)
def test_an_unnamed_daily_amount_above_the_limit_is_a_high_dose(text):
    assert "high-dose" in signals(text)


@pytest.mark.parametrize(
    "text",
    ["2 grams of protein a day", "had 200g of rice", "taking 1200mg calcium a day", "i take 200mg daily"],
)
def test_a_named_or_small_amount_is_no_high_dose(text):
    assert "high-dose" not in signals(text)


def test_stated_amounts_take_the_nearest_nutrient():
    assert stated_amounts("cal 1000mg mag 400mg") == [("calcium", 1000.0, False), ("magnesium", 400.0, False)]
    assert stated_amounts("been on 2 grams a day") == [(None, 2000.0, True)]


def test_a_magnesium_dose_against_the_upper_limit():
    unnamed = magnesium_dose_line("been on 2 grams a day since summer, any issue")
    assert "2,000 mg (2 g)" in unnamed and "if that is magnesium" in unnamed and "about 6 times" in unnamed
    assert "diarrhoea" in unnamed and "kidneys" in unnamed and "doctor" in unnamed
    assert "diarrhoea" in magnesium_dose_line(
        "i take 500mg glycinate"
    ) and "above the 350" in magnesium_dose_line("i take 500mg glycinate")
    assert "within" in magnesium_dose_line("i take 300mg magnesium")
    assert magnesium_dose_line("my 7 year old takes 200mg magnesium") is None  # a child's limit is lower
    assert magnesium_dose_line("taking 1200mg calcium a day") is None
    # a label's two amounts are the label line's, not a dose
    assert magnesium_dose_line("magnesium citrate 1000mg (providing 160mg elemental)") is None


def test_a_label_line_leaves_out_another_nutrient():
    assert label_line("cal 1000mg mag 400mg") is None


def test_a_calcium_dose_against_the_upper_limit_by_age():
    assert "within the 2,500" in calcium_dose_line("taking 1500mg calcium a day, too much?")
    older = calcium_dose_line("im 60 and take 2200mg calcium")
    assert "above the 2,000 mg" in older and "2,500" not in older and "doctor" in older
    both = calcium_dose_line("taking 2200mg calcium a day")
    assert "within the 2,500" in both and "above the 2,000" in both
    assert calcium_dose_line("my 15 yo takes calcium 1200mg") is None  # under 19: not tabulated here
    assert calcium_dose_line("i take 400mg magnesium") is None


def test_the_asking_clause_of_a_message():
    assert (
        asking_part("my diet is mostly pasta. am i getting enough magnesium")
        == "am i getting enough magnesium"
    )
    assert asking_part("how much magnesium do i need") is None


def test_an_amount_of_a_named_food_is_not_a_nutrient_dose():
    from bot.domain.stated import stated_amounts

    assert stated_amounts("how much magnesium is in 30g of pepitas?") == [("other", 30000.0, True)]
    assert stated_amounts("had 100g of almonds, how much magnesium") == [("other", 100000.0, True)]
    assert stated_amounts("i take 400 mg of magnesium glycinate") == [("magnesium", 400.0, False)]
    assert stated_amounts("500mg of calcium citrate daily") == [("calcium", 500.0, False)]
    assert stated_amounts("1000mg of my magnesium") == [("magnesium", 1000.0, False)]
