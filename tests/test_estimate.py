"""The estimator on the fixture table: items, defaults, ambiguity, implausible amounts, lookup, JSON."""

from __future__ import annotations

import json

import pytest

from bot.domain.estimate import Estimate, Estimator, Rejected, to_json
from bot.domain.foods import load_food_table
from bot.domain.matcher import FoodMatcher
from tests.test_matcher import write_fixture


@pytest.fixture(scope="module")
def estimator(tmp_path_factory: pytest.TempPathFactory) -> Estimator:
    table = load_food_table(write_fixture(tmp_path_factory.mktemp("foods")))
    return Estimator(table, FoodMatcher(table))


def test_two_items(estimator: Estimator) -> None:
    est = estimator.estimate("had 2 cups of cooked spinach and a handful of almonds")
    assert [item.food.id for item in est.items] == ["spinach_cooked", "almonds"]
    spinach = est.items[0]
    assert (spinach.quantity, spinach.unit, spinach.grams) == (2, "cup", 360)
    assert spinach.magnesium_mg == pytest.approx(360 * 0.87)
    assert est.total_mg == pytest.approx(sum(i.magnesium_mg for i in est.items))
    assert est.unmatched == est.ambiguous == est.implausible == ()


def test_default_serving_is_reported(estimator: Estimator) -> None:
    (item,) = estimator.estimate("a banana").items
    assert (item.quantity, item.unit, item.grams) == (1, "medium", 118)
    (item,) = estimator.estimate("2 bananas").items
    assert (item.quantity, item.unit, item.grams) == (2, "medium", 236)
    (item,) = estimator.estimate("cooked spinach").items
    assert (item.quantity, item.unit, item.grams) == (0.5, "cup", 90)


def test_size_scales_other_units(estimator: Estimator) -> None:
    (plain,) = estimator.estimate("a bowl of oatmeal").items
    (large,) = estimator.estimate("a large bowl of oatmeal").items
    assert large.grams > plain.grams


def test_compound_name_is_not_split(estimator: Estimator) -> None:
    est = estimator.estimate("mac and cheese and an apple")
    assert [item.food.id for item in est.items] == ["mac_cheese", "apple"]


def test_unmatched_and_ambiguous_are_not_counted(estimator: Estimator) -> None:
    est = estimator.estimate("a banana, some zxqv and beans")
    assert [item.food.id for item in est.items] == ["banana"]
    assert est.unmatched == ("some zxqv",)
    (amb,) = est.ambiguous
    assert amb.text == "beans" and len(amb.candidates) >= 2
    assert est.total_mg == pytest.approx(est.items[0].magnesium_mg)


def test_unknown_unit_for_food_is_unmatched(estimator: Estimator) -> None:
    est = estimator.estimate("a can of banana")
    assert est.items == () and est.unmatched == ("a can of banana",)


@pytest.mark.parametrize(
    "text",
    [
        "9000 kg spinach",
        "50 kg almonds",
        "200 bananas",
        "10 litres of milk",
        "5 kg pumpkin seeds",
    ],
)
def test_implausible_amounts_are_not_logged(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert est.items == ()
    assert est.implausible == (text,)
    assert est.total_mg == 0


def test_zero_is_nothing_to_log_not_implausible(estimator: Estimator) -> None:
    est = estimator.estimate("0 bananas")
    assert est.items == () and est.implausible == ()
    assert est.rejected == (Rejected("0 bananas", "zero"),)


@pytest.mark.parametrize("text", ["50 cups of spinach", "1.5 kg spinach", "2 kg cooked rice"])
def test_far_above_the_usual_portion_is_to_be_confirmed(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert est.items == () and len(est.confirm) == 1 and est.total_mg == 0
    assert est.confirm[0].grams > 1000


@pytest.mark.parametrize("text", ["3 cups of spinach", "300 g spinach", "2 cups cooked rice", "4 bananas"])
def test_usual_amounts_are_counted_without_asking(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert len(est.items) == 1 and est.confirm == ()


def test_implausible_item_does_not_block_the_others(estimator: Estimator) -> None:
    est = estimator.estimate("a banana and 9000 kg spinach")
    assert [item.food.id for item in est.items] == ["banana"]
    assert est.implausible == ("9000 kg spinach",)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "x" * 4096, "banana " * 600, "🍌" * 1000])
def test_degenerate_input_does_not_crash(estimator: Estimator, text: str) -> None:
    est = estimator.estimate(text)
    assert isinstance(est, Estimate)
    assert est.total_mg < 10_000


def test_questions_are_not_meals(estimator: Estimator) -> None:
    assert estimator.estimate("how much magnesium is in spinach?").items == ()
    assert estimator.estimate("can I eat almonds every day?").items == ()


def test_resolve_after_user_pick(estimator: Estimator) -> None:
    beans = estimator.table.by_id["black_beans"]
    item = estimator.resolve("a cup of beans", 1, "cup", beans)
    assert item is not None and item.grams == 172 and item.food is beans
    assert estimator.resolve("beans", None, None, beans).grams == 86
    assert estimator.resolve("9000 kg beans", 9000, "kg", beans) is None
    assert estimator.resolve("a can of beans", 1, "can", beans) is None


@pytest.mark.parametrize(
    ("question", "food_id"),
    [
        ("how much magnesium is in spinach?", "spinach_raw"),
        ("How much magnesium is in cooked spinach?", "spinach_cooked"),
        ("magnesium in almonds", "almonds"),
        ("mg in a banana?", "banana"),
        ("how much magnesium does dark chocolate have", None),
        ("is there magnesium in pumpkin seeds?", "pumpkin_seeds"),
        ("does black beans have magnesium?", "black_beans"),
        ("pepitas", "pumpkin_seeds"),
        ("how much magnesium is in my cat?", None),
        ("", None),
    ],
)
def test_lookup(estimator: Estimator, question: str, food_id: str | None) -> None:
    food = estimator.lookup(question)
    assert (food.id if food else None) == food_id


def test_to_json_shape(estimator: Estimator) -> None:
    payload = to_json(estimator.estimate("2 cups of cooked spinach, beans, zxqv and 9000 kg almonds"))
    json.dumps(payload)
    assert set(payload) == {"items", "total_mg", "unmatched", "implausible", "rejected", "confirm"}
    (item,) = payload["items"]
    assert item == {
        "text": "2 cups of cooked spinach",
        "food": "cooked spinach",
        "ndb": "11458",
        "quantity": 2.0,
        "unit": "cup",
        "grams": 360.0,
        "magnesium_mg": 313.2,
    }
    assert payload["total_mg"] == 313.2
    assert set(payload["unmatched"]) == {"beans", "zxqv", "9000 kg almonds"}
    assert payload["implausible"] == ["9000 kg almonds"]


@pytest.mark.parametrize(
    ("text", "food_id", "grams"),
    [
        ("spinach, 2 cups, boiled", "spinach_cooked", 360),
        ("eggs: 3", "egg", 150),
        ("avocado: half", "avocado", 100.5),
        ("almonds, about 40g", "almonds", 40),
        ("chicken breast x 2 (roasted)", "chicken_breast", 344),
        ("150G almonds", "almonds", 150),
        ("avocado 1 whole", "avocado", 201),
    ],
)
def test_items_written_in_parts(estimator: Estimator, text: str, food_id: str, grams: float) -> None:
    est = estimator.estimate(text)
    assert [item.food.id for item in est.items] == [food_id]
    assert est.items[0].grams == pytest.approx(grams)
    assert est.unmatched == est.ambiguous == ()


@pytest.mark.parametrize(
    ("text", "food_ids"),
    [
        ("chicken with no sauce", ["chicken_breast"]),
        ("2 eggs, no toast", ["egg"]),
        ("no coffee this morning, proud of myself", []),
        ("without sugar", []),
        ("a banana but not the chocolate", ["banana"]),
    ],
)
def test_negated_segments_log_nothing(estimator: Estimator, text: str, food_ids: list[str]) -> None:
    assert [item.food.id for item in estimator.estimate(text).items] == food_ids


@pytest.mark.parametrize(
    "text",
    [
        "it's not my cup of tea",
        "she is the apple of my eye",
        "we're in a pickle",
        "full of beans today",
        "that's bananas",
        "in a nutshell, yes",
        "couch potato again",
        "NaN",
        "null",
        "undefined",
        "N/A",
        "false",
    ],
)
def test_idioms_and_placeholders_log_nothing(estimator: Estimator, text: str) -> None:
    assert estimator.estimate(text).is_empty


def test_piece_of_cake_in_a_sentence_is_still_food(estimator: Estimator) -> None:
    est = estimator.estimate("had a piece of cake")
    assert not est.items and len(est.ambiguous) + len(est.unmatched) == 1
