"""Property tests (hypothesis) for the supplement parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.supplements import load_supplement_table, parse_supplement

TABLE = load_supplement_table()
FORMS = sorted({form.key for form in TABLE.forms if form.nutrient == "magnesium"})
WORDS = [
    "magnesium",
    "calcium",
    "vitamin",
    "d3",
    "citrate",
    "mg",
    "iu",
    "mcg",
    "took",
    "my",
    "and",
    "+",
    ",",
    "capsules",
    "of",
    "2",
    "250",
    "a",
    "multivitamin",
    "?",
    "spinach",
    "x",
    "(as",
    "oxide)",
    "µg",
    "1,000",
]


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=120))
def test_never_raises_on_any_text(text):
    parsed = parse_supplement(text, TABLE)
    if parsed is not None:
        for item in parsed.items:
            amounts = item.nutrients(as_compound=True)
            assert all(
                v is None or v >= 0 for v in (amounts.magnesium_mg, amounts.calcium_mg, amounts.vitamin_d_ug)
            )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_never_raises_on_supplement_like_word_salad(words):
    parsed = parse_supplement(" ".join(words), TABLE)
    if parsed is not None:
        assert parsed.items
        for item in parsed.items:
            assert item.dose is None or item.dose >= 0
            assert item.nutrients() is not None


@settings(max_examples=200, deadline=None)
@given(
    dose=st.integers(1, 5000),
    form=st.sampled_from(FORMS),
    verb=st.sampled_from(["", "took ", "I took ", "just had "]),
    spaced=st.booleans(),
)
def test_compound_with_weight_always_asks_and_converts_by_its_share(dose, form, verb, spaced):
    unit = " mg" if spaced else "mg"
    parsed = parse_supplement(f"{verb}{dose}{unit} magnesium {form}", TABLE)
    assert parsed is not None and len(parsed.items) == 1
    item = parsed.items[0]
    assert item.ambiguous and item.form.key == form
    assert item.nutrients().magnesium_mg == pytest.approx(dose)
    assert item.nutrients(as_compound=True).magnesium_mg == pytest.approx(dose * item.form.fraction)


@settings(max_examples=200, deadline=None)
@given(count=st.integers(1, 6), each=st.integers(1, 1000), as_words=st.booleans())
def test_count_times_dose(count, each, as_words):
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
    number = words[count] if as_words else str(count)
    parsed = parse_supplement(f"magnesium {number} capsules of {each} mg", TABLE)
    item = parsed.items[0]
    assert item.count == count and item.dose == pytest.approx(count * each) and not item.ambiguous
