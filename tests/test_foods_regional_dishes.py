"""Rows and portions added for UK/IE/AU/NZ eating and multicultural home cooking (issue 8, meals set 31):
each message must read as the named USDA food with the grams its curation row picks."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator

# message -> [(USDA code, grams)] of the items it must log, in order
CASES: list[tuple[str, list[tuple[str, float]]]] = [
    ("a mince pie", [("53306000", 112)]),  # FNDDS sweet mince pie, not the meat pie
    ("moo shu pork", [("27420160", 113)]),
    ("4 puris", [("51300180", 144)]),  # FNDDS "1 puri", 36 g
    ("baba ganoush", [("75412030", 60)]),  # FNDDS eggplant dip, 4 tbsp like hummus
    ("special fried rice", [("58150330", 198)]),
    ("pork fried rice, 2 cups", [("58150330", 396)]),
    ("2 snags", [("25221405", 150)]),  # an Aussie BBQ snag is FNDDS's bun-size link, 75 g
    ("beef madras", [("27116100", 240)]),
    ("kidney bean curry, 1 cup", [("16033", 177)]),
    ("10 prawns", [("15151", 50)]),  # a prawn of no stated size is FNDDS's medium shrimp, 5 g
    ("mince and tatties", [("23574", 85.1), ("11367", 78)]),
    ("3 onion bhajis", [("75440400", 144)]),  # one bhaji is FNDDS's pakora serving, 48 g
    ("2 pakoras", [("75440400", 24)]),  # a pakora stays FNDDS's piece, 12 g
    ("bombay potatoes", [("71704000", 125)]),
    ("3 slices of roast lamb", [("17012", 84)]),  # FNDDS roast lamb's medium slice, 28 g
    ("2 roast spuds", [("71104030", 120)]),  # a roast potato is FNDDS's baby potato, 60 g
    ("2 corn tortillas", [("18363", 48)]),  # SR28's "1 tortilla", 24 g (not its 19 g enchilada size)
]


@pytest.mark.parametrize(("message", "parts"), CASES, ids=[c[0] for c in CASES])
def test_reads_as_row_and_portion(estimator: Estimator, message: str, parts: list[tuple[str, float]]) -> None:
    estimate = estimator.estimate(message)
    got = [(item.food.ndb, round(item.grams, 1)) for item in estimate.items]
    assert got == [(code, round(grams, 1)) for code, grams in parts]
