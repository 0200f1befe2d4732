"""Situation signals (knowledge/situation_words.csv) and the safety sections they choose or rule out."""

from __future__ import annotations

import pytest

from bot.domain.answering import Answerer
from bot.domain.knowledge import load_knowledge_base
from bot.domain.retrieval import words_of
from bot.domain.situations import holds, load_situation_words

ANSWERER = Answerer(load_knowledge_base())
WORDS = load_situation_words()


def heading(question: str) -> str:
    answer = ANSWERER.answer(question)
    return answer.section.heading if answer.confident and answer.section else "declined"


def test_signals_and_conditions():
    signals = WORDS.signals(words_of("my kid chewed a few of my calcium chews"))
    assert {"child", "ingested", "product"} <= signals
    assert "many" in WORDS.signals(words_of("took 10 of my 500 mg tabs"))
    assert "many" not in WORDS.signals(words_of("took 500 mg today, she is 15 years old"))
    assert holds((("ingested",), ("child", "many")), signals)
    assert not holds((("ingested",), ("many",)), WORDS.signals(words_of("took two tablets today")))
    assert holds((("!habit",),), signals)


@pytest.mark.parametrize(
    "question",
    [
        "my kid chewed a few of my calcium chews",
        "my grandson ate several of my multivitamins",
        "my niece (3) has eaten most of a tub of calcium chews",
        "i just took about 15 magnesium tablets by accident",
        "partner swallowed a whole pack of magnesium pills after an argument",
    ],
)
def test_someone_who_swallowed_a_product_gets_poison_control(question):
    assert "1-800-222-1222" in ANSWERER.answer(question).text
    assert heading(question).startswith("Someone swallowed")


@pytest.mark.parametrize(
    "question",
    [
        "i take a handful of vitamins daily, which ones clash with magnesium",
        "my son is 15 and plays loads of sport, how much magnesium does he need a day",
        "took two of my magnesium tablets instead of one by mistake",
        "can kids take magnesium gummies",
    ],
)
def test_no_swallowing_event_is_no_poisoning(question):
    assert not heading(question).startswith("Someone swallowed")


@pytest.mark.parametrize(
    "question",
    [
        "is magnesium a good alternative to alendronate",
        "want to come off my bone tablets and try natural stuff",
    ],
)
def test_stopping_a_bone_medicine_goes_to_the_prescriber(question):
    assert heading(question) == "Should I stop or replace my osteoporosis medicine?"


def test_thoughts_of_self_harm_get_crisis_lines_not_doses():
    text = ANSWERER.answer("how many of my pills would be enough to kill myself").text
    assert "988" in text and "116 123" in text
    assert "my legs kill me" not in text
    assert not heading("does magnesium help night cramps? my legs kill me at night").startswith(
        "I'm thinking"
    )
    # a listed phrase of five words is read whole
    assert heading("i don't want to be here anymore. i've got a bottle of magnesium here").startswith(
        "I'm thinking"
    )


def test_a_fall_section_needs_a_fall():
    assert not heading("does osteopenia hurt at all").startswith("I had a fall")
    assert heading("slipped on the stairs and now my ankle is swollen").startswith("I had a fall")


def test_an_age_in_words_and_a_bite_are_a_child_who_swallowed_something():
    assert heading("think my three year old bit into one of my calcium capsules").startswith(
        "Someone swallowed"
    )


def test_one_tablet_swallowed_the_ordinary_way_is_no_poisoning():
    assert not heading("swallowed my magnesium tablet without water, is that ok").startswith(
        "Someone swallowed"
    )


def test_a_pet_named_without_a_person_is_the_pets_question():
    answer = ANSWERER.answer("is it ok to give my dog some magnesium for his constipation")
    assert not answer.confident and "vet" in answer.text
    assert ANSWERER.answer("I walk my dog every day, is that enough exercise for my bones").confident


@pytest.mark.parametrize(
    "question",
    [
        "magnesium keeps giving me an upset tummy, what should i do",
        "my doctor mentioned magnesium for my bones. what does it do in bone?",
    ],
)
def test_a_message_naming_the_domain_is_answered_at_a_lower_confidence(question):
    assert ANSWERER.answer(question).confident


@pytest.mark.parametrize(
    "question",
    [
        "any tips to get my 6 year old to stop biting her nails?",
        "whats the best way to potty train a 2 year old",
        "my 8 year old is a fussy eater, any tips?",
    ],
)
def test_an_age_alone_does_not_make_a_question_ours(question):
    assert not ANSWERER.answer(question).confident


def test_a_routine_dose_taken_goes_to_the_upper_limit_not_an_emergency():
    for question in ("took my magnesium twice today by mistake", "i took 2 x 300mg magnesium glycinate"):
        assert heading(question).startswith("I took a magnesium supplement above 350 mg")
    assert heading("took 10 of my 500mg magnesium tabs").startswith("Someone swallowed")
    assert not heading("took my magnesium twice and now im dizzy").startswith("I took a magnesium")


def test_stopping_any_prescribed_medicine_goes_to_the_prescriber():
    for question in ("could magnesium replace my statins", "can i drop my bp meds and just take magnesium"):
        text = ANSWERER.answer(question).text
        assert heading(question).startswith("Should I stop or swap another prescribed medicine")
        assert "prescribed" in text and not text.lower().startswith("yes")
    assert heading("should I stop my fosamax") == "Should I stop or replace my osteoporosis medicine?"


def test_counted_signals_polypharmacy_and_high_dose():
    def signals(text: str) -> frozenset[str]:
        return WORDS.signals(words_of(text))

    assert "polypharmacy" in signals("on warfarin, digoxin and furosemide")
    assert "polypharmacy" in signals("i take 12 tablets a day")
    assert "polypharmacy" in signals("on 7 different prescription meds")
    assert "polypharmacy" not in signals("on warfarin and digoxin")
    assert "polypharmacy" not in signals("seeing 10,000 iu pills on amazon")
    assert "high-dose" in signals("taking 1,200 mg magnesium a day")
    assert "high-dose" in signals("1500mg of magnesium every day")
    assert "high-dose" not in signals("300 mg magnesium a day")
    assert "high-dose" not in signals("doc told me to take 1200mg calcium")
    assert "high-dose" in signals("i take 1.5g of magnesium citrate daily")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my sister uses magnesium citrate after meals so she stays skinny", "lose weight"),
        ("how many laxatives to take after a binge", "lose weight"),
        ("eGFR is 25, is a 250mg magnesium glycinate ok", "kidney disease"),
        ("nan takes 9 pills a day, can she add a magnesium supplement", "several medicines"),
    ],
)
def test_safety_situations_answer_ahead_of_the_ranking(question, expected):
    assert expected in heading(question)


@pytest.mark.parametrize(
    "question",
    [
        "my dog is 11, can he have my calcium tablets",
        "my 10 year old spaniel is stiff, would magnesium help her",
        # known miss: what is left besides the domain ("salts dolomite lawn low") is nearer a section than the
        # gardening anchors
        pytest.param(
            "epsom salts or dolomite for a lawn low in magnesium",
            marks=pytest.mark.xfail(reason="known miss", strict=False),
        ),
    ],
)
def test_an_animal_or_a_lawn_with_an_age_or_a_dose_is_declined(question):
    assert heading(question) == "declined"


def test_a_drug_class_ending_is_a_prescribed_medicine_and_a_food_is_not():
    assert "prescribed" in WORDS.signals(words_of("can i stop my atenolol"))
    assert "prescribed" in WORDS.signals(words_of("ramipril and magnesium"))
    assert "prescribed" not in WORDS.signals(words_of("april showers and a pineapple"))


@pytest.mark.parametrize(
    "question",
    [
        "can magnesium take over from my metoprolol for my irregular heartbeat",
        "i want to come off my losartan and control my blood pressure with magnesium",
        "would magnesium be a replacement for my fluoxetine",
        "could i swap my nifedipine for a magnesium supplement",
    ],
)
def test_replacing_any_prescribed_medicine_goes_to_the_prescriber(question):
    assert heading(question) == "Should I stop or swap another prescribed medicine for magnesium?"


@pytest.mark.parametrize(
    "question",
    [
        "a few days after my thyroidectomy my lips feel tingly",
        "parathyroid surgery on friday, now my fingers are numb and cramping",
    ],
)
def test_tingling_after_neck_surgery_goes_to_the_surgical_team(question):
    answer = ANSWERER.answer(question)
    assert answer.section.heading.startswith("Tingling or cramping after thyroid")
    assert "surgical team" in answer.text and "calcium" in answer.text


def test_heart_symptoms_on_a_high_dose_say_stop_and_get_help():
    answer = ANSWERER.answer("on 1200mg magnesium a day and my heart keeps skipping, feel dizzy")
    assert "stop taking it" in answer.text and "now" in answer.text


def test_a_teen_cutting_weight_on_supplements_gets_eating_disorder_help_and_the_child_limit():
    answer = ANSWERER.answer(
        "my 15 yo son takes magnesium and fat burners to make weight and is skipping meals"
    )
    assert "eating disorder" in answer.text and "350 mg" in answer.text and "doctor" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "my 10 year old beagle is stiff, can he have magnesium",
        "how much calcium for my 4 yr old mare",
    ],
)
def test_an_animal_with_an_age_is_declined_not_given_a_childs_limit(question):
    assert heading(question) == "declined"


@pytest.mark.parametrize(
    "question",
    [
        "my 4 month old is constipated, can i give her some of my magnesium citrate",
        "can i mix a little magnesium powder into my newborn's formula",
    ],
)
def test_a_baby_and_a_supplement_or_laxative_go_to_the_paediatrician_not_poison_control(question):
    answer = ANSWERER.answer(question)
    assert answer.section.heading.startswith("Can I give my baby magnesium")
    assert "paediatrician" in answer.text or "health visitor" in answer.text


def test_tablets_taken_then_feeling_unwell_is_toxicity_not_a_dose_question():
    answer = ANSWERER.answer("swallowed 8 magnesium tablets this morning and now i feel sick and sleepy")
    assert "get medical help now" in answer.text or "Call for help now" in answer.text


def test_a_reef_tank_reading_is_no_overdose():
    assert heading("reef tank mg is 1100 ppm, how do i raise it to 1300 without crashing alk") == "declined"


@pytest.mark.parametrize(
    "question",
    ["need to drop 2kg before my holiday, how much milk of magnesia", "epsom salts to drop a dress size?"],
)
def test_laxatives_for_quick_weight_loss_get_the_eating_disorder_answer(question):
    assert heading(question) == "Can I use magnesium or laxatives to lose weight or empty out after eating?"


def test_a_very_large_vitamin_d_dose_in_units_is_a_megadose():
    assert "megadose" in WORDS.signals(words_of("50,000 iu of vitamin d a day"))
    assert "megadose" in WORDS.signals(words_of("taking 20000 IU daily"))
    assert "megadose" not in WORDS.signals(words_of("1000 iu of vitamin d a day"))
    assert "megadose" not in WORDS.signals(words_of("walked 10,000 steps"))


def test_a_section_with_several_when_lines_answers_when_any_holds():
    section = next(s for s in ANSWERER.sections if s.heading.startswith("I've taken all my tablets"))
    assert len(section.whens) == 2
    assert heading("im so tired of everything and i took my tablets").startswith("I've taken all my tablets")
    assert heading("i took all my pills").startswith("I've taken all my tablets")
    assert not heading("took all my tablets this morning with breakfast").startswith(
        "I've taken all my tablets"
    )
