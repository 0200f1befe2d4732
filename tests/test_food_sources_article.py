"""The generated food-sources article must agree with what logging says: every listed serving, typed to
the estimator as a meal, gives the article's number."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.domain.estimate import default_estimator

ARTICLE = Path(__file__).resolve().parents[1] / "knowledge" / "food-sources.md"
LINE = re.compile(
    r"^- (?P<label>.+?), (?P<amount>[\d/.½¼¾]+ [a-z ]+?) \((?P<grams>[\d.]+) g\): (?P<mg>\d+) mg$"
)


def listed_servings() -> list[tuple[str, str, float, int]]:
    rows = []
    for line in ARTICLE.read_text(encoding="utf-8").splitlines():
        match = LINE.match(line.strip())
        if match:
            rows.append((match["label"], match["amount"], float(match["grams"]), int(match["mg"])))
    return rows


def as_meal(label: str, amount: str) -> str:
    """'spinach, boiled' + '1/2 cup' -> '1/2 cup boiled spinach'."""
    parts = [part.strip() for part in label.split(",")]
    return f"{amount} {' '.join(reversed(parts))}"


SERVINGS = listed_servings()


def test_article_lists_servings():
    assert len(SERVINGS) >= 40


@pytest.mark.parametrize(
    ("label", "amount", "grams", "mg"), SERVINGS, ids=[f"{a} {lab}" for lab, a, _, _ in SERVINGS]
)
def test_listed_serving_matches_logging(label, amount, grams, mg):
    estimate = default_estimator().estimate(as_meal(label, amount))
    assert len(estimate.items) == 1, (as_meal(label, amount), estimate)
    item = estimate.items[0]
    assert item.grams == pytest.approx(grams, abs=1.0, rel=0.02)
    assert round(item.magnesium_mg) == pytest.approx(mg, abs=1)


def test_committed_article_is_what_the_script_writes(tmp_path):
    """knowledge/food-sources.md is generated: a hand edit would be lost by the next `make foods`."""
    import runpy
    import sys

    scripts = ARTICLE.parents[1] / "scripts"
    sys.path.insert(0, str(scripts))  # the script imports its sibling module, as when run from the shell
    try:
        script = runpy.run_path(str(scripts / "build_food_sources_article.py"))
    finally:
        sys.path.remove(str(scripts))
    out = tmp_path / "food-sources.md"
    script["main"](["--out", str(out)])
    assert out.read_text(encoding="utf-8") == ARTICLE.read_text(encoding="utf-8")
