"""The meal parser: splitting messages into items and reading quantities and units (no food knowledge)."""

from __future__ import annotations

import pytest

from bot.domain.meal import ParsedItem, parse_item, split_items, split_items_with_separators


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "had 2 cups of cooked spinach and a handful of almonds",
            ["2 cups of cooked spinach", "a handful of almonds"],
        ),
        (
            "for lunch I had a turkey sandwich, an apple and a glass of milk",
            ["a turkey sandwich", "an apple", "a glass of milk"],
        ),
        ("breakfast: porridge with banana and chia seeds", ["porridge", "banana", "chia seeds"]),
        ("I ate a banana", ["a banana"]),
        ("just had an apple!", ["an apple"]),
        ("today I ate 2 eggs; toast", ["2 eggs", "toast"]),
        ("i've eaten rice + beans", ["rice", "beans"]),
        ("oatmeal & blueberries for breakfast", ["oatmeal", "blueberries"]),
        ("- oatmeal\n- 2 eggs\n• toast", ["oatmeal", "2 eggs", "toast"]),
        ("1. yogurt\n2. granola", ["yogurt", "granola"]),
        ("salmon plus broccoli", ["salmon", "broccoli"]),
        ("🍌 banana 🥛 milk", ["banana", "milk"]),
        ("a banana 🍌🍌!!", ["a banana"]),
        ("Lunch was a salad with chickpeas.", ["a salad", "chickpeas"]),
        ("for dinner: salmon, rice and broccoli", ["salmon", "rice", "broccoli"]),
        ("1,5 cups rice, 2 eggs", ["1,5 cups rice", "2 eggs"]),
        ("a cup of tea this morning", ["a cup of tea"]),
        ("", []),
        ("   \n  ", []),
        ("!!!", []),
    ],
)
def test_split_items(text: str, expected: list[str]) -> None:
    assert split_items(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mac and cheese", ["mac and cheese"]),
        ("fish and chips and peas", ["fish and chips", "peas"]),
        ("salt and pepper", ["salt and pepper"]),
        ("rice and beans, an apple", ["rice and beans", "an apple"]),
    ],
)
def test_split_keeps_default_compounds(text: str, expected: list[str]) -> None:
    assert split_items(text) == expected


def test_split_uses_keep_predicate() -> None:
    known = {"peanut butter and jelly sandwich", "apple"}
    items = split_items(
        "a peanut butter and jelly sandwich and an apple", keep=lambda s: s.removeprefix("a ") in known
    )
    assert items == ["a peanut butter and jelly sandwich", "an apple"]
    # without the predicate's knowledge the phrase is split
    assert split_items("peanut butter and jelly sandwich", keep=lambda s: False) == [
        "peanut butter",
        "jelly sandwich",
    ]


def test_split_hard_separators_are_never_merged() -> None:
    assert split_items("mac, cheese", keep=lambda s: True) == ["mac", "cheese"]


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "food"),
    [
        ("2 cups of cooked spinach", 2, "cup", "cooked spinach"),
        ("a handful of almonds", 1, "handful", "almonds"),
        ("a bowl of oatmeal", 1, "bowl", "oatmeal"),
        ("1½ cups milk", 1.5, "cup", "milk"),
        ("½ cup black beans", 0.5, "cup", "black beans"),
        ("¼ cup peanuts", 0.25, "cup", "peanuts"),
        ("¾ cup oats", 0.75, "cup", "oats"),
        ("⅓ cup rice", 1 / 3, "cup", "rice"),
        ("⅔ cup rice", 2 / 3, "cup", "rice"),
        ("1 1/2 cup oats", 1.5, "cup", "oats"),
        ("1/2 cup raisins", 0.5, "cup", "raisins"),
        ("1.5 cups rice", 1.5, "cup", "rice"),
        ("1,5 cups rice", 1.5, "cup", "rice"),
        ("200g chicken", 200, "g", "chicken"),
        ("200 gr chicken", 200, "g", "chicken"),
        ("150 grams of salmon", 150, "g", "salmon"),
        ("100 gramme tofu", 100, "g", "tofu"),
        ("3oz salmon", 3, "oz", "salmon"),
        ("1 ounce pumpkin seeds", 1, "oz", "pumpkin seeds"),
        ("0.5kg potatoes", 0.5, "kg", "potatoes"),
        ("1 lb ground beef", 1, "lb", "ground beef"),
        ("2 lbs potatoes", 2, "lb", "potatoes"),
        ("half a pound of shrimp", 0.5, "lb", "shrimp"),
        ("250 ml milk", 250, "ml", "milk"),
        ("1.5l water", 1.5, "l", "water"),
        ("1 litre of orange juice", 1, "l", "orange juice"),
        ("8 fl oz orange juice", 8, "fl_oz", "orange juice"),
        ("8 fl. oz orange juice", 8, "fl_oz", "orange juice"),
        ("2 c milk", 2, "cup", "milk"),
        ("2 c. milk", 2, "cup", "milk"),
        ("1 T butter", 1, "tbsp", "butter"),
        ("1 t salt", 1, "tsp", "salt"),
        ("2 tbsp peanut butter", 2, "tbsp", "peanut butter"),
        ("2 tablespoons of peanut butter", 2, "tbsp", "peanut butter"),
        ("1 tbs honey", 1, "tbsp", "honey"),
        ("1 tsp chia seeds", 1, "tsp", "chia seeds"),
        ("a teaspoon of honey", 1, "tsp", "honey"),
        ("2 slices of whole wheat bread", 2, "slice", "whole wheat bread"),
        ("a slice of toast", 1, "slice", "toast"),
        ("3 pcs sushi", 3, "piece", "sushi"),
        ("a piece of salmon", 1, "piece", "salmon"),
        ("a glass of milk", 1, "glass", "milk"),
        ("2 glasses of soy milk", 2, "glass", "soy milk"),
        ("a can of tuna", 1, "can", "tuna"),
        ("3 tins of sardines", 3, "can", "sardines"),
        ("a packet of instant oatmeal", 1, "packet", "instant oatmeal"),
        ("a sachet of porridge oats", 1, "packet", "porridge oats"),
        ("1 pack of crisps", 1, "packet", "crisps"),
        ("a serving of quinoa", 1, "serving", "quinoa"),
        ("2 portions of rice", 2, "serving", "rice"),
        ("a large banana", 1, "large", "banana"),
        ("2 medium apples", 2, "medium", "apples"),
        ("a small potato", 1, "small", "potato"),
        ("a big orange", 1, "large", "orange"),
        ("2 large shredded wheat biscuits", 2, "large", "shredded wheat biscuits"),
        ("1 medium banana", 1, "medium", "banana"),
        ("a banana", 1, None, "banana"),
        ("an apple", 1, None, "apple"),
        ("one egg", 1, None, "egg"),
        ("two eggs", 2, None, "eggs"),
        ("three figs", 3, None, "figs"),
        ("twelve almonds", 12, None, "almonds"),
        ("a dozen almonds", 12, None, "almonds"),
        ("half a dozen eggs", 6, None, "eggs"),
        ("half an avocado", 0.5, None, "avocado"),
        ("half a cup of rice", 0.5, "cup", "rice"),
        ("a half cup of rice", 0.5, "cup", "rice"),
        ("a quarter cup peanuts", 0.25, "cup", "peanuts"),
        ("quarter of an avocado", 0.25, None, "avocado"),
        ("a couple of eggs", 2, None, "eggs"),
        ("couple eggs", 2, None, "eggs"),
        ("a few dates", 3, None, "dates"),
        ("several walnuts", 3, None, "walnuts"),
        ("2-3 eggs", 2.5, None, "eggs"),
        ("2 - 3 eggs", 2.5, None, "eggs"),
        ("2 to 3 cups of milk", 2.5, "cup", "milk"),
        ("banana x2", 2, None, "banana"),
        ("2x banana", 2, None, "banana"),
        ("2 x banana", 2, None, "banana"),
        ("x2 bananas", 2, None, "bananas"),
        ("spinach 200g", 200, "g", "spinach"),
        ("almonds (30 g)", 30, "g", "almonds"),
        ("one and a half cups of rice", 1.5, "cup", "rice"),
        ("1 and a half cups of rice", 1.5, "cup", "rice"),
        ("a cup and a half of rice", 1.5, "cup", "rice"),
        ("2 x 150 g chicken", 300, "g", "chicken"),
        ("some almonds", None, None, "almonds"),
        ("a bit of cheese", None, None, "cheese"),
        ("a little milk", None, None, "milk"),
        ("spinach", None, None, "spinach"),
        ("three quarters of a cup of rice", 0.75, "cup", "rice"),
    ],
)
def test_parse_item(text: str, quantity: float | None, unit: str | None, food: str) -> None:
    parsed = parse_item(text)
    assert isinstance(parsed, ParsedItem)
    if quantity is None:
        assert parsed.quantity is None
    else:
        assert parsed.quantity == pytest.approx(quantity)
    assert parsed.unit == unit
    assert parsed.food_text == food
    assert parsed.text == text


def test_parse_item_keeps_size_with_another_unit() -> None:
    parsed = parse_item("a large bowl of porridge")
    assert (parsed.quantity, parsed.unit, parsed.size, parsed.food_text) == (1, "bowl", "large", "porridge")


@pytest.mark.parametrize("text", ["", "   ", "42", "!!!", "a" * 4096, "🍌🍌", "привет", "你好"])
def test_parse_item_never_crashes(text: str) -> None:
    parsed = parse_item(text)
    assert isinstance(parsed, ParsedItem)


def test_split_long_input_does_not_crash() -> None:
    assert len(split_items("spinach and almonds, " * 200)) > 10


# ------------------------------------------------- round 3: items in parts, negations, upper-case units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("spinach, 2 cups, cooked", ["spinach, 2 cups, cooked"]),
        ("almonds, roasted, 2 tbsp", ["almonds, roasted, 2 tbsp"]),
        ("potato, baked, large", ["potato, baked, large"]),
        ("yogurt, greek, plain, 1 container", ["yogurt, greek, plain, 1 container"]),
        ("almonds, about 40g, and a banana", ["almonds, about 40g", "a banana"]),
        ("walnuts, 14 halves", ["walnuts, 14 halves"]),
        ("apple with skin", ["apple, skin"]),
        ("potato, skin on", ["potato, skin on"]),
        # a second amount for a food that already has one stays a separate (unmatched) item
        ("2 eggs, 2 slices", ["2 eggs", "2 slices"]),
        # a modifier-only first segment has no food to attach to
        ("cooked, spinach", ["cooked", "spinach"]),
    ],
)
def test_split_attaches_modifier_only_segments(text: str, expected: list[str]) -> None:
    assert split_items(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chicken with no sauce", ["chicken"]),
        ("chicken without sauce", ["chicken"]),
        ("eggs, no toast", ["eggs"]),
        ("eggs but no toast", ["eggs"]),
        ("no coffee this morning, proud of myself", ["proud of myself"]),
        ("skipped lunch, had a banana", ["a banana"]),
        ("hold the cheese", []),
        ("zero sugar", []),
        ("not the bread", []),
        ("no sugar, 2 tsp", []),  # the amount belongs to the negated item
        ("no", ["no"]),  # a bare "no" is not a negated food
    ],
)
def test_split_drops_negated_segments(text: str, expected: list[str]) -> None:
    assert split_items(text) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "food"),
    [
        ("spinach, 2 cups, cooked", 2, "cup", "cooked spinach"),
        ("almonds, roasted, 2 tbsp", 2, "tbsp", "roasted almonds"),
        ("potato, baked, large", 1, "large", "baked potato"),
        ("yogurt, greek, plain, 1 container", 1, "container", "greek plain yogurt"),
        ("eggs: 3", 3, None, "eggs"),
        ("avocado: half", 0.5, None, "avocado"),
        ("almonds, about 40g", 40, "g", "almonds"),
        ("salmon, about 3 oz", 3, "oz", "salmon"),
        ("potatoes, boiled", None, None, "boiled potatoes"),
        ("1 kg of potatoes, boiled", 1, "kg", "boiled potatoes"),
        ("walnuts, 14 halves", 14, "half", "walnuts"),
        ("chicken breast x 2 (roasted)", 2, None, "roasted chicken breast"),
        ("chicken breast x2 (roasted)", 2, None, "roasted chicken breast"),
        ("2x chicken breast (roasted)", 2, None, "roasted chicken breast"),
        ("broccoli (steamed) 1 cup", 1, "cup", "steamed broccoli"),
        ("almonds (about 100 g)", 100, "g", "almonds"),
        ("avocado 1 whole", 1, None, "avocado"),
        ("two eggs scrambled", 2, None, "eggs scrambled"),
        ("apple, with skin", None, None, "apple"),
        ("potato, skin on", None, None, "potato"),
        ("about 40g almonds", 40, "g", "almonds"),
        ("roughly 2 cups rice", 2, "cup", "rice"),
        ("~30 g walnuts", 30, "g", "walnuts"),
        ("150G almonds", 150, "g", "almonds"),
        ("2 CUPS spinach", 2, "cup", "spinach"),
        ("3 OZ salmon", 3, "oz", "salmon"),
        ("almonds 150G", 150, "g", "almonds"),
        ("1 KG potatoes", 1, "kg", "potatoes"),
        ("milk, 2%, 1 cup", 1, "cup", "2% milk"),
        ("rice, white, 1 cup", 1, "cup", "white rice"),
    ],
)
def test_parse_item_in_parts(text: str, quantity: float | None, unit: str | None, food: str) -> None:
    parsed = parse_item(text)
    assert (parsed.quantity, parsed.unit, parsed.food_text) == (quantity, unit, food)


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "food"),
    [
        ("3.5 oz baked potato with the skin", 3.5, "oz", "baked potato"),
        ("apple with its peel", None, None, "apple"),
        ("a piece of salmon, about 3 oz", 3.0, "oz", "salmon"),
    ],
)
def test_skin_is_how_it_is_eaten_and_weights_beat_counts(text, quantity, unit, food):
    parsed = parse_item(text)
    assert (parsed.quantity, parsed.unit) == (quantity, unit)
    assert parsed.food_text == food


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [("quinoa (cooked) - 200 g", 200.0, "g"), ("salmon – 150g", 150.0, "g"), ("2 - 3 eggs", 2.5, None)],
)
def test_a_spaced_dash_separates_parts_but_not_a_range(text, quantity, unit):
    parsed = parse_item(text)
    assert parsed.quantity == quantity
    assert parsed.unit == unit or (unit is None and parsed.unit in (None, "piece"))


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("salmon 6 ounzes", 6.0, "oz"),
        ("a glas of milk", 1.0, "glass"),
        ("a bag of crisps", 1.0, "packet"),
        ("a splash of milk", 1.0, "tbsp"),
        ("a dash of milk", 1.0, "tsp"),
    ],
)
def test_unit_misspellings_and_small_amounts(text, quantity, unit):
    parsed = parse_item(text)
    assert (parsed.quantity, parsed.unit) == (quantity, unit)


@pytest.mark.parametrize(
    ("text", "items"),
    [("i ate 1 croissant nd a coffee", 2), ("hummus w carrot sticks", 2), ("chicken w/ rice", 2)],
)
def test_text_speak_separators(text, items):
    assert len(split_items(text)) == items


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "food"),
    [
        ("lentils half cup", 0.5, "cup", "lentils"),
        ("rice one cup", 1.0, "cup", "rice"),
        ("milk a glass", 1.0, "glass", "milk"),
    ],
)
def test_word_amount_after_the_food(text, quantity, unit, food):
    parsed = parse_item(text)
    assert (parsed.quantity, parsed.unit, parsed.food_text) == (quantity, unit, food)


def test_cooking_word_before_the_amount():
    parsed = parse_item("scrambled 2 eggs")
    assert (parsed.quantity, parsed.food_text) == (2.0, "scrambled eggs")


# ---- issue 8: sentences, separators, pints, spoons, squares, negative amounts --------------------


def test_sentences_are_separate_lines() -> None:
    assert split_items("Lunch was a tuna sandwich. Dinner was salmon and rice.") == [
        "a tuna sandwich",
        "salmon",
        "rice",
    ]
    assert split_items("approx. 3 oz chicken. Then a banana!") == ["approx. 3 oz chicken", "a banana"]


def test_separators_are_reported() -> None:
    assert split_items_with_separators("porridge made with 40g oats and 250ml milk") == [
        ("porridge", ""),
        ("40g oats", "made with"),
        ("250ml milk", "and"),
    ]
    assert split_items_with_separators("smoothie with banana, spinach")[1:] == [
        ("banana", "with"),
        ("spinach", ","),
    ]


def test_a_leading_minus_is_not_a_bullet() -> None:
    assert split_items("-2 cups almonds") == ["-2 cups almonds"]
    assert split_items("- 2 eggs") == ["2 eggs"]


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "food"),
    [
        ("a pint of guinness", 1.0, "pint", "guinness"),
        ("2 pints of milk", 2.0, "pint", "milk"),
        ("a spoon of peanut butter", 1.0, "tbsp", "peanut butter"),
        ("2 spoonfuls of honey", 2.0, "tbsp", "honey"),
        ("a square of dark chocolate", 1.0, "square", "dark chocolate"),
        ("3 squares of chocolate", 3.0, "square", "chocolate"),
    ],
)
def test_pints_spoons_and_squares(text: str, quantity: float, unit: str, food: str) -> None:
    parsed = parse_item(text)
    assert (parsed.quantity, parsed.unit, parsed.food_text) == (quantity, unit, food)


@pytest.mark.parametrize(
    ("message", "unit", "quantity"),
    [
        ("a punnet of strawberries, about a cup", "cup", 1.0),  # a cup restates a count with no unit
        ("a big bowl of kale, cooked, maybe 1 cup", "cup", 1.0),  # and a bowl
        ("spinach, 2 cups, cooked", "cup", 2.0),
    ],
)
def test_a_cup_said_after_a_vague_amount_restates_it(message: str, unit: str, quantity: float) -> None:
    items = split_items(message)
    assert len(items) == 1
    parsed = parse_item(items[0])
    assert (parsed.unit, parsed.quantity) == (unit, quantity)
