"""Supplement parsing, elemental conversion and the limit tables: pure domain, no mocks."""

from __future__ import annotations

import csv

import pytest

from bot.domain import limits
from bot.domain.supplements import KNOWLEDGE_DIR, load_supplement_table, molar_mass, parse_supplement

TABLE = load_supplement_table()


def one(text: str):
    parsed = parse_supplement(text, TABLE)
    assert parsed is not None, text
    assert len(parsed.items) == 1, parsed
    return parsed.items[0]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("oxide", 0.603),
        ("citrate", 0.162),
        ("glycinate", 0.141),
        ("chloride", 0.120),
        ("lactate", 0.120),
        ("malate", 0.155),
        ("taurate", 0.089),
        ("threonate", 0.083),
        ("carbonate", 0.288),
        ("hydroxide", 0.417),
        ("sulfate", 0.202),
        ("gluconate", 0.059),
        ("aspartate", 0.084),
        ("orotate", 0.073),
    ],
)
def test_magnesium_forms_elemental_share_from_molecular_weight(form, expected):
    assert TABLE.form("magnesium", form).fraction == pytest.approx(expected, abs=0.0006)


def test_csv_fraction_column_matches_the_formula():
    with (KNOWLEDGE_DIR / "supplement_forms.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            form = TABLE.form(row["nutrient"], row["form"])
            assert form.fraction == pytest.approx(float(row["elemental_fraction"]), abs=0.0006), row["form"]


@pytest.mark.parametrize(
    ("formula", "mass"),
    [("MgO", 40.304), ("Mg3(C6H5O7)2", 451.113), ("MgCl2·6H2O", 203.29), ("CaCO3", 100.086)],
)
def test_molar_mass(formula, mass):
    assert molar_mass(formula) == pytest.approx(mass, abs=0.01)


@pytest.mark.parametrize(
    ("text", "name", "magnesium", "ambiguous"),
    [
        ("took my magnesium, 250 mg", "magnesium", 250, False),
        ("magnesium 250 mg", "magnesium", 250, False),
        ("250 mg of magnesium", "magnesium", 250, False),
        ("250mg magnesium", "magnesium", 250, False),
        ("magnesium (as citrate) 80 mg", "magnesium citrate", 80, False),
        ("I took 400mg magnesium citrate", "magnesium citrate", 400, True),
        ("Magnesium citrate 500 mg", "magnesium citrate", 500, True),
        ("magnesium glycinate 2 capsules of 120 mg", "magnesium glycinate", 240, True),
        ("magnesium glycinate two capsules of 120 mg", "magnesium glycinate", 240, True),
        ("magnesium glycinate 120 mg x 2", "magnesium glycinate", 240, True),
        ("took 0.5 g magnesium oxide", "magnesium oxide", 500, True),
        ("Nature Made magnesium oxide 400 mg", "magnesium oxide", 400, True),
        ("magnesium L-threonate 2,000 mg", "magnesium threonate", 2000, True),
        ("mag citrate 200mg", "magnesium citrate", 200, True),
        ("400mg mag", "magnesium", 400, False),
        ("I took 3 magnesium capsules of 100mg", "magnesium", 300, False),
        ("took 1 scoop of magnesium powder, 300 mg", "magnesium", 300, False),
        ("magnesium citrate 500 mg, 2 capsules", "magnesium citrate", 500, True),
        ("my magnesium 250", "magnesium", 250, False),
        ("Magnesium 500mg (as oxide)", "magnesium oxide", 500, False),
        ("took 2 tablets of magnesium 200mg each", "magnesium", 400, False),
    ],
)
def test_magnesium_messages(text, name, magnesium, ambiguous):
    item = one(text)
    assert item.name == name
    assert item.nutrients().magnesium_mg == pytest.approx(magnesium)
    assert item.ambiguous is ambiguous


@pytest.mark.parametrize(
    ("text", "elemental"),
    [
        ("Magnesium citrate 500 mg", 80.8),
        ("magnesium oxide 400 mg", 241.2),
        ("magnesium glycinate 2 capsules of 120 mg", 33.8),
        ("calcium carbonate 1250 mg", 500.5),
    ],
)
def test_compound_weight_converts_to_elemental(text, elemental):
    amounts = one(text).nutrients(as_compound=True)
    assert (amounts.magnesium_mg or amounts.calcium_mg) == pytest.approx(elemental, abs=0.1)


def test_calcium_and_vitamin_d_in_one_message():
    parsed = parse_supplement("calcium 600 mg + D3 1000 IU", TABLE)
    calcium, vitamin_d = parsed.items
    assert calcium.nutrients().calcium_mg == 600 and not calcium.ambiguous
    assert vitamin_d.nutrients().vitamin_d_ug == pytest.approx(25.0)  # 1,000 IU = 25 µg


@pytest.mark.parametrize(
    ("text", "ug"),
    [
        ("vitamin d 50 mcg", 50),
        ("d3 2000iu", 50),
        ("I took 1,000 IU vitamin D3", 25),
        ("vit D 25 µg", 25),
        ("vitamin D 1000", 25),  # no unit: IU from 100
        ("vitamin D 25", 25),  # no unit: µg below 100
    ],
)
def test_vitamin_d_units(text, ug):
    assert one(text).nutrients().vitamin_d_ug == pytest.approx(ug)


@pytest.mark.parametrize(
    ("text", "count", "magnesium", "calcium", "vitamin_d"),
    [
        ("a multivitamin", 1, 50, 200, 25),
        ("took 2 multivitamins", 2, 100, 400, 50),
        ("calcium + D", 1, 0, 600, 20),
        ("took my calcium with vitamin D", 1, 0, 600, 20),
    ],
)
def test_products_use_the_stated_assumption(text, count, magnesium, calcium, vitamin_d):
    item = one(text)
    assert item.product is not None and item.product.assumption
    amounts = item.nutrients()
    assert (item.count, amounts.magnesium_mg, amounts.calcium_mg, amounts.vitamin_d_ug) == (
        count,
        magnesium,
        calcium,
        vitamin_d,
    )


@pytest.mark.parametrize("text", ["took my magnesium", "took 2 magnesium", "took a magnesium tablet"])
def test_dose_missing_is_unknown_not_zero(text):
    item = one(text)
    assert item.needs_dose and item.nutrients().magnesium_mg is None


def test_count_is_kept_across_segments():
    item = one("took 1 scoop of magnesium powder, 300 mg")
    assert (item.count, item.count_unit, item.dose) == (1, "scoop", 300)


@pytest.mark.parametrize(
    "text",
    [
        "how much magnesium is in almonds?",
        "can I take magnesium with Fosamax",
        "should I take magnesium citrate or glycinate",
        "magnesium citrate",
        "magnesium",
        "magnesium rich foods",
        "calcium-fortified orange juice",
        "a glass of milk with 300 mg calcium",
        "2 cups of spinach",
        "had a multivitamin and a banana",
        "magnesium RDA for a 10 year old",
        "my daughter is 12 how much magnesium does she need a day",
        "magnesium 400 mg is that too much",
        "a banana",
        "",
    ],
)
def test_not_a_supplement_log(text):
    assert parse_supplement(text, TABLE) is None


@pytest.mark.parametrize(
    ("band", "magnesium"),
    [("1-3", 65), ("4-8", 110), ("9-13", 350), ("14-18", 350), ("31-50", 350), ("51+", 350), (None, 350)],
)
def test_magnesium_upper_limit_by_age_band(band, magnesium):
    mg_limit = next(lim for lim in limits.upper_limits(band) if lim.nutrient == "magnesium")
    assert mg_limit.value == magnesium and mg_limit.supplemental_only


@pytest.mark.parametrize(
    ("band", "calcium", "vitamin_d_iu"),
    [
        ("9-13", 3000, 4000),
        ("14-18", 3000, 4000),
        ("19-30", 2500, 4000),
        ("31-50", 2500, 4000),
        ("51+", 2000, 4000),
    ],
)
def test_calcium_and_vitamin_d_upper_limits(band, calcium, vitamin_d_iu):
    by_name = {lim.nutrient: lim for lim in limits.upper_limits(band)}
    assert by_name["calcium"].value == calcium and not by_name["calcium"].supplemental_only
    assert by_name["vitamin_d"].value * limits.IU_PER_UG == vitamin_d_iu


def test_over_limits_compares_supplements_for_magnesium_and_totals_for_the_rest():
    over = limits.over_limits("31-50", {"magnesium": 351}, {"calcium": 2400, "vitamin_d": 101})
    assert [(lim.nutrient, amount) for lim, amount in over] == [("magnesium", 351), ("vitamin_d", 101)]
    assert limits.over_limits("31-50", {"magnesium": 350}, {"calcium": 2500, "vitamin_d": 100}) == ()


@pytest.mark.parametrize(
    ("sex", "band", "calcium", "vitamin_d_iu"),
    [
        ("female", "51+", 1200, 600),
        ("male", "51+", 1000, 600),
        ("female", "14-18", 1300, 600),
        ("male", "31-50", 1000, 600),
        (None, None, 1300, 800),
    ],
)
def test_calcium_and_vitamin_d_goals(sex, band, calcium, vitamin_d_iu):
    assert limits.calcium_goal_mg(sex, band) == calcium
    assert limits.vitamin_d_goal_ug(sex, band) * limits.IU_PER_UG == vitamin_d_iu


@pytest.mark.parametrize(
    ("text", "implausible"),
    [
        ("magnesium 50000 mg", True),
        ("magnesium 400 mg", False),
        ("vitamin D 1000000 IU", True),
        ("vitamin D 50000 IU", False),
        ("magnesium glycinate 40 capsules of 120 mg", True),
    ],
)
def test_implausible_doses(text, implausible):
    assert one(text).implausible is implausible


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key in ("question", "q", "text"):
            if isinstance(node.get(key), str):
                yield node[key]
        for value in node.values():
            if isinstance(value, (list, dict)):
                yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_no_question_of_the_question_sets_is_taken_for_a_supplement_log():
    """Supplement messages are routed before questions: none of the 1,900 questions may be captured
    ("magnesium RDA for a 10 year old" has a number but no dose)."""
    import json
    from pathlib import Path

    questions = [
        text
        for path in sorted(Path(__file__).parent.glob("data/questions*.json"))
        for text in _strings(json.loads(path.read_text(encoding="utf-8")))
        if not text.lower().startswith(("i took ", "i take "))  # statements of a dose are supplement logs
    ]
    assert len(questions) > 1000
    assert [q for q in questions if parse_supplement(q, TABLE) is not None] == []


def test_no_meal_of_the_acceptance_set_is_taken_for_a_supplement():
    from tests.data import estimate_cases

    meals = [
        case[0] if isinstance(case, (tuple, list)) else case
        for name in ("FOOD_CASES", "MEAL_CASES", "SINGLE_CASES", "ODS_CASES", "UK_CASES", "TYPO_CASES")
        for case in getattr(estimate_cases, name, ())
    ]
    assert len(meals) > 300
    assert [m for m in meals if isinstance(m, str) and parse_supplement(m, TABLE) is not None] == []
