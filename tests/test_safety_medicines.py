"""Safety by mechanism for medicines and conditions (knowledge/safety.md sections with `when` lines, signals in
knowledge/situation_words.csv and knowledge/situation_concepts.txt): a double dose from a dosette box, an
osteoporosis tablet taken too often, lying down or with food, a missed weekly tablet, a hospital magnesium drip,
IV magnesium for asthma, pre-eclampsia and its warning signs, cramps on a water pill or a PPI, myasthenia gravis,
diarrhoea with dehydration, a child offered an adult dose, high-dose vitamin D for a teenager. Fresh phrasings,
not the benchmark questions; routine questions stay calm. Pure domain tests over the real knowledge base."""

from __future__ import annotations

import re

import pytest

from tests.test_safety_signs import ANSWERER, EMERGENCY, STOP, answer

CALM_ALARM = re.compile(r"call (911|999|112)|poison control|ambulance|emergency|right now", re.I)


def heading(text: str) -> str:
    result = ANSWERER.answer(text)
    return result.section.heading if result.section is not None else ""


def test_a_double_dose_of_heart_tablets_with_new_confusion_is_urgent_and_names_digoxin():
    text = "mum took her morning pills twice, the carer doubled up. she's on digoxin and bisoprolol and seems muddled"
    reply = answer(text)
    assert "double-dose" in ANSWERER.signals(text)
    assert EMERGENCY.search(reply) and "digoxin" in reply and not STOP.search(reply)


def test_a_weekly_bone_tablet_taken_daily_with_painful_swallowing_gets_the_doctor_today():
    reply = answer("my father took his risedronate daily instead of weekly and now swallowing hurts")
    assert "today" in reply and re.search(r"doctor|pharmacist", reply)


def test_a_bone_tablet_lying_down_or_with_food_is_a_no_with_the_upright_rule():
    for text in (
        "dad is bedridden, can the nurse crush his alendronate into his porridge at night?",
        "is it ok to take fosamax with breakfast and a cup of tea?",
    ):
        reply = answer(text)
        assert re.search(r"upright", reply) and "30 minutes" in reply, text
        assert not re.search(
            r"(?<!never )(?<!not )\bwith (food|a biscuit)\b", reply.replace("never with food", "")
        )


def test_a_missed_weekly_tablet_follows_the_label_and_never_two_in_a_day():
    reply = answer("forgot my alendronate on saturday, do i take it now or skip it")
    assert "never take two" in reply and not STOP.search(reply)
    assert "don't stop the medicine" in reply


def test_feeling_unwell_on_a_hospital_magnesium_drip_means_telling_the_nurse_now():
    reply = answer(
        "my wife is on the mag sulphate drip on labour ward and says she can barely breathe and is so sleepy"
    )
    assert re.search(r"nurse or midwife now", reply)


def test_iv_magnesium_for_asthma_is_not_a_tablet_dose():
    reply = answer(
        "A&E put me on a magnesium drip for my asthma, should i now take magnesium pills daily at that dose"
    )
    assert "350 mg" in reply and "inhaler" in reply and "action plan" in reply


def test_pre_eclampsia_sends_supplements_to_the_obstetrician_with_the_warning_signs():
    reply = answer("i've got preeclampsia at 30 weeks, is it ok to take magnesium glycinate for sleep")
    assert re.search(r"obstetrician or midwife", reply) and "headache" in reply and "vision" in reply


def test_pregnancy_warning_signs_in_other_words_go_to_the_maternity_unit_now():
    text = (
        "33 weeks pregnant with a pounding headache and my hands are suddenly swollen, can i take magnesium"
    )
    assert "pregnancy-warning" in ANSWERER.signals(text)
    assert "maternity unit" in answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "been on bendroflumethiazide a year and my legs cramp at night, thinking 900mg magnesium",
        "on water tablets for my heart and getting cramps, can i take magnesium and potassium from the shop",
    ],
)
def test_cramps_on_a_diuretic_get_a_blood_test_and_the_upper_limit(text):
    reply = answer(text)
    assert re.search(r"blood test", reply) and "350 mg" in reply and not STOP.search(reply)


def test_twitching_on_a_long_term_ppi_gets_a_blood_test_and_keeps_the_ppi():
    reply = answer("taken nexium for 4 years, now my legs twitch and i get palpitations, is it the nexium")
    assert "blood test" in reply and "FDA" in reply and "Don't stop the PPI on your own" in reply


def test_myasthenia_gravis_and_magnesium_goes_to_the_neurologist():
    reply = answer("can someone with myasthenia take magnesium citrate for constipation")
    assert "neurologist" in reply and "weakness" in reply


def test_diarrhoea_with_dizziness_on_magnesium_stops_it_and_rehydrates():
    reply = answer("magnesium oxide has given me diarrhea for 4 days, i feel lightheaded and hardly peed")
    assert heading("magnesium oxide has given me diarrhea for 4 days, i feel lightheaded").startswith(
        "I have diarrhoea and feel dizzy"
    )
    assert re.search(r"Stop the magnesium", reply) and "fluids" in reply


def test_a_child_offered_an_adult_dose_gets_the_age_limit_not_a_decline():
    result = ANSWERER.answer("my 5 year old is constipated, can i give her one of my 250mg magnesium tablets")
    assert result.confident and "110 mg" in result.text and re.search(r"doctor", result.text)


def test_a_teenager_on_a_high_dose_vitamin_d_gets_stop_giving_it_and_the_limit():
    reply = answer("my 16 yo son has been taking my 50000 iu vitamin d pills every day for his skin")
    assert "4,000 IU" in reply and re.search(r"doctor", reply)


def test_a_head_bump_on_blood_thinners_is_urgent():
    reply = answer("nan fell again and bumped her head, she's on apixaban")
    assert EMERGENCY.search(reply)


def test_a_heart_rhythm_medicine_and_magnesium_goes_to_the_cardiologist():
    reply = answer("i've got afib and take flecainide, can i add a magnesium supplement")
    assert "cardiologist" in reply and not reply.lower().startswith("yes")


@pytest.mark.parametrize(
    "text",
    [
        "can i take magnesium with my fosamax?",
        "does omeprazole lower magnesium?",
        "do water pills affect magnesium levels?",
        "how much magnesium do i need when pregnant?",
        "is magnesium good for leg cramps?",
        "how much vitamin d should a 15 year old have?",
    ],
)
def test_routine_questions_on_the_same_medicines_stay_calm(text):
    assert not CALM_ALARM.search(answer(text)), text
