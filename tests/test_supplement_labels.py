"""Label quotes in supplement logs: a dose per unit, per amount, "each", "half a", brand words (pure domain)."""

from __future__ import annotations

import pytest

from bot.domain.supplement_labels import is_bare_dose, rewrite_label_phrases
from bot.domain.supplements import load_supplement_table, parse_supplement, split_supplements

TABLE = load_supplement_table()


def magnesium(text: str) -> float:
    parsed = parse_supplement(text, TABLE)
    assert parsed is not None, text
    return sum(item.nutrients().magnesium_mg or 0.0 for item in parsed.items)


@pytest.mark.parametrize(
    ("text", "mg"),
    [
        ("Slow-Mag, 2 tablets (64 mg each)", 128),  # a brand word names the nutrient
        ("cal-mag-zinc tabs x3, each has 133mg of magnesium", 399),  # "each" after a count
        ("magnesium citrate gummies x2, 50mg each", 100),  # "gummies x2": two, not one
        ("1 scoop of that Calm magnesium drink powder, label says 350 mg per scoop", 350),
        ("2 scoops of magnesium powder, label says 150 mg per scoop", 300),  # per unit x units taken
        ("10 ml liquid magnesium, bottle says 10ml = 100 mg", 100),  # per amount, not x 10
        ("20 ml liquid magnesium, bottle says 10ml = 100 mg", 200),
        ("ZMA before bed - label says 450mg magnesium per 3 caps, took all 3", 450),
        ("ZMA, 450mg magnesium per 3 caps, took 2", 300),
        ("half a 500mg mag tablet", 250),
        ("half of a 250mg magnesium tab", 125),  # "half of a" is half a
        ("dropped an effervescent magnesium tablet (375mg) in water n drank it", 375),
        ("electrolyte tab w 50mg magnesium in my water bottle (750ml)", 50),  # a volume is no count
    ],
)
def test_label_quotes(text, mg):
    assert magnesium(text) == pytest.approx(mg)


def test_a_dose_after_a_supplement_stays_with_it_in_a_mixed_message():
    split = split_supplements("took 3 of my magnesium caps, 100 mg each, plus a cup of chai", TABLE)
    assert split is not None
    supplements, food = split
    assert magnesium(supplements) == pytest.approx(300)
    assert food == "a cup of chai"


def test_rewrites():
    assert rewrite_label_phrases("bottle says 10ml = 100 mg").strip() == "100 mg per 10 ml"
    assert rewrite_label_phrases("half a 500mg tablet") == "0.5 500mg tablet"
    assert is_bare_dose("100 mg each") and is_bare_dose("(64mg apiece)")
    assert not is_bare_dose("100 mg of spinach")


@pytest.mark.parametrize(
    "text", ["I feel calm today", "label says 350 mg per scoop", "is 450mg per 3 caps too much?"]
)
def test_no_log_without_a_supplement(text):
    assert parse_supplement(text, TABLE) is None


def test_a_dose_named_by_its_nutrient_is_not_the_products() -> None:
    """A cal-mag tablet's calcium dose is calcium, not magnesium (it logged 450 mg of magnesium)."""
    from bot.domain.supplements import load_supplement_table, parse_supplement

    table = load_supplement_table()
    message = parse_supplement("cal-mag tablet: 300mg calcium, 150mg magnesium", table)
    assert [(i.nutrient, i.dose) for i in message.items] == [("calcium", 300.0), ("magnesium", 150.0)]
    # a dose after a nutrient's own name stays that nutrient's; a product alone still names magnesium
    message = parse_supplement("calcium 500mg and magnesium 250mg", table)
    assert [(i.nutrient, i.dose) for i in message.items] == [("calcium", 500.0), ("magnesium", 250.0)]
    message = parse_supplement("cal-mag 150mg magnesium", table)
    assert [(i.nutrient, i.dose) for i in message.items] == [("magnesium", 150.0)]
