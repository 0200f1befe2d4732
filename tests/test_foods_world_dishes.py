"""Rows and aliases added for South and East Asian, Middle Eastern, Latin American, Caribbean and African home
cooking and takeaway food (issue 8, round world4): each message must read as the named USDA food (the nearest
honest FNDDS/SR28 row where USDA has no row for the dish, see knowledge/FOODS.md) with the grams its curation
row picks."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator

# message -> [(USDA code, grams)] of the items it must log, in order
CASES: list[tuple[str, list[tuple[str, float]]]] = [
    ("upma", [("58174000", 170)]),  # FNDDS's own upma, "Quantity not specified"
    ("2 samosas", [("58124500", 200)]),  # FNDDS's potato-and-pea pastry, "1 regular samosa" 100 g
    ("rajma chawal", [("58160150", 170)]),  # FNDDS kidney beans and white rice
    ("khichdi", [("41311040", 200)]),  # lentil curry with rice
    ("moong dal", [("41311030", 240)]),  # one dal, not mung beans plus a dal
    ("matar paneer", [("72125310", 100)]),  # the paneer curry FNDDS has
    ("sweet lassi", [("11115300", 244)]),  # not hard candy plus a smoothie
    ("3 idli with coconut chutney", [("63409020", 16)]),  # a chutney, not a whole coconut; idli has no row
    ("chole bhature", [("75440600", 240), ("51300180", 36)]),
    ("2 parathas with a bowl of curd", [("51300185", 140), ("01117", 367.5)]),  # curd is yogurt
    ("4 pieces of siu mai", [("58112510", 148)]),
    ("2 bao buns", [("58123110", 186)]),  # FNDDS's steamed filled bun, "1 manapua" 93 g
    ("tom yum soup", [("28340750", 305)]),
    ("nasi goreng", [("58150310", 198)]),
    ("banh mi", [("27520520", 136)]),
    ("chicken shawarma wrap", [("27516010", 390)]),  # one gyro, not a gyro plus a tortilla
    ("3 dolmades", [("58161510", 168)]),
    ("moussaka", [("77316600", 152)]),
    ("spanakopita", [("58124250", 100)]),
    ("souvlaki", [("27420520", 115)]),
    ("seekh kebab", [("27410250", 115)]),  # a skewer, not a 390 g doner
    ("ceviche", [("27151030", 113)]),
    ("gallo pinto", [("58160100", 170)]),
    ("jollof rice", [("58163410", 182)]),  # FNDDS Spanish rice: rice cooked in tomato
    ("fried plantain", [("71900200", 85)]),
    ("ackee and saltfish", [("26109180", 136)]),  # soaked salt cod (ackee has no USDA row), a cup
    ("curry goat", [("27116100", 240)]),
    ("tofu scramble w spinach", [("16426", 162), ("11457", 30)]),  # half a block, no scrambled egg
    ("jerk chicken with rice and peas", [("05013", 85.1), ("58160102", 170)]),  # Jamaican: kidney beans
    ("rice and peas", [("36407", 57.5)]),  # alone it stays arroz con gandules
]


@pytest.mark.parametrize(("message", "parts"), CASES, ids=[c[0] for c in CASES])
def test_reads_as_row_and_portion(estimator: Estimator, message: str, parts: list[tuple[str, float]]) -> None:
    estimate = estimator.estimate(message)
    got = [(item.food.ndb, round(item.grams, 1)) for item in estimate.items]
    assert got == [(code, round(grams, 1)) for code, grams in parts]
