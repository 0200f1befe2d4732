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
    ("moong dal", [("16081", 101.0)]),  # one food: SR28 cooked mung beans (round 37), not beans + a dal
    ("matar paneer", [("72125310", 100)]),  # the paneer curry FNDDS has
    ("sweet lassi", [("11115300", 244)]),  # not hard candy plus a smoothie
    ("3 idli with coconut chutney", [("63409020", 16)]),  # a chutney, not a whole coconut; idli has no row
    ("chole bhature", [("41302010", 185), ("51300180", 36)]),  # chole: chickpeas from dried, fat added
    ("2 parathas with a bowl of curd", [("51300185", 140), ("01116", 367.5)]),  # curd is whole-milk yogurt
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
    ("60g dry quinoa", [("20035", 60)]),  # said dry: SR28's uncooked quinoa, not the cooked row
    ("40g dry red lentils", [("16144", 40)]),
    ("channa saag, about a cup", [("72125500", 245)]),  # FNDDS's own Channa Saag
    ("3 chipolatas", [("07064", 81)]),
    ("cheese scone", [("52105100", 70)]),  # one scone, no cheddar beside it
    ("150g cooked basmati", [("20045", 150)]),
    ("50g dry brown rice", [("20036", 50)]),
    ("40g red lentils", [("16070", 40)]),  # no state said: stays the cooked row, as before
    ("coconut yogurt", [("42401100", 170)]),  # not a whole coconut and a yogurt
    ("chicken empanada", [("58116130", 222)]),  # one empanada, not chicken plus a beef empanada
    ("cuban sandwich", [("27520410", 255)]),
    ("cafe con leche", [("92101850", 372)]),
    ("yuca frita", [("71930190", 70)]),
    ("ugali", [("56201516", 240)]),  # stiff maize porridge: FNDDS cornmeal mush
    ("stew chicken with rice and peas", [("27141050", 244), ("58160102", 170)]),
    ("jamaican beef patty", [("58126110", 100)]),
    ("vegetable pulao", [("32003", 119)]),  # pulao and jeera rice are the pilaf
    ("bowl of moong sprouts", [("11043", 156)]),  # sprouted mung beans, not brussels sprouts
    ("sarson ka saag", [("11271", 70)]),  # cooked mustard greens
    ("pongal", [("41311040", 200)]),
    ("2 uttapam", [("55702100", 160)]),
    (
        "egg bhurji with 2 pav buns",
        [("01132", 61), ("18342", 56)],
    ),  # bhurji is scrambled egg; "pav" alone is left to pavlova
    ("pav bhaji", [("75440600", 240)]),  # not the onion bhaji
    ("chilli chicken", [("27445150", 110)]),  # Indo-Chinese, not chili con carne and chicken
    ("chicken tikka kebab", [("27440130", 154)]),
    ("a pack of maggi", [("06583", 81)]),
    ("roti canai", [("51300185", 70)]),
    ("tonkatsu", [("22000300", 85)]),
    ("char siu", [("27120030", 197)]),  # the pork, not the bun
    ("drunken noodles", [("58135110", 152)]),
    ("baklava", [("53441110", 78)]),
    ("arroz caldo", [("58157310", 187)]),
    (
        "poutine - medium fries with curds and gravy (like 2 oz curds)",
        [("01009", 56.7)],
    ),  # curds beside gravy are cheese
]


@pytest.mark.parametrize(("message", "parts"), CASES, ids=[c[0] for c in CASES])
def test_reads_as_row_and_portion(estimator: Estimator, message: str, parts: list[tuple[str, float]]) -> None:
    estimate = estimator.estimate(message)
    got = [(item.food.ndb, round(item.grams, 1)) for item in estimate.items]
    assert got == [(code, round(grams, 1)) for code, grams in parts]
