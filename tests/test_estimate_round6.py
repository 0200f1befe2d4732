"""Issue 8, sixth round: general mechanisms behind the misses of the ninth scored meal set (meals_9_misses.txt).
Pure domain tests over the real food table (ids and relations are asserted, values come from the table)."""

from __future__ import annotations

import pytest

from bot.domain.estimate import Estimator

# ---- the one food inside a chunk of chat, when every other word is filler ----------------------------------


@pytest.mark.parametrize(
    ("message", "plain"),
    [
        ("2 tbsp peanut butter on its own lol", "2 tbsp peanut butter"),
        ("1 oz dark chocolate during study sesh", "1 oz dark chocolate"),
        ("after training had a banana", "a banana"),
    ],
)
def test_filler_around_one_food(estimator: Estimator, message: str, plain: str) -> None:
    got, want = estimator.estimate(message).items, estimator.estimate(plain).items
    assert len(got) == 1 and len(want) == 1
    assert got[0].food.id == want[0].food.id and got[0].grams == pytest.approx(want[0].grams)


@pytest.mark.parametrize(
    "message",
    ["2 cups pasta salad", "shrimp teriyaki, 1 cup", "milk and honey cake thing"],
)
def test_another_food_word_is_not_filler(estimator: Estimator, message: str) -> None:
    """A dish the table lacks is never logged as one of its ingredients."""
    est = estimator.estimate(message)
    assert not any(item.food.id in {"pasta_cooked", "shrimp_cooked"} for item in est.items)


# ---- "medium size", "a large-size egg": the size word with "size" after it ---------------------------------


def test_size_after_a_dish_is_its_own_sized_portion(estimator: Estimator) -> None:
    (item,) = estimator.estimate("fruit smoothie, medium size").items
    assert item.unit == "medium" and item.grams == pytest.approx(item.food.portions["medium"])


def test_size_word_with_size_before_a_food(estimator: Estimator) -> None:
    (sized,) = estimator.estimate("a medium size banana").items
    (plain,) = estimator.estimate("a medium banana").items
    assert sized.food.id == plain.food.id and sized.grams == pytest.approx(plain.grams)


# ---- "X sandwich on Y", "X toast on Y": the bread it is said to be on --------------------------------------


def test_sandwich_on_a_named_bread_takes_that_bread(estimator: Estimator) -> None:
    ids = {item.food.id for item in estimator.estimate("cheese and pickle sarnie on wholemeal").items}
    assert "bread_whole_wheat" in ids and "bread_white" not in ids


def test_toast_on_sourdough_is_the_filling_on_sourdough_toast(estimator: Estimator) -> None:
    ids = [item.food.id for item in estimator.estimate("avacado toast on sourdough").items]
    assert sorted(ids) == sorted(["avocado", "toast_sourdough"])


def test_a_table_sandwich_on_its_bread_stays_the_table_row(estimator: Estimator) -> None:
    on = estimator.estimate("cheese sandwich on white").items
    plain = estimator.estimate("cheese sandwich").items
    assert [i.food.id for i in on] == [i.food.id for i in plain]


# ---- typos: the ending of a word fumbled, its consonants kept ("cashues", "lentle") ------------------------


@pytest.mark.parametrize(
    ("typo", "word"), [("cashues 1oz", "cashews 1oz"), ("1 cup lentle soup", "1 cup lentil soup")]
)
def test_fumbled_ending_is_the_food(estimator: Estimator, typo: str, word: str) -> None:
    got, want = estimator.estimate(typo).items, estimator.estimate(word).items
    assert [i.food.id for i in got] == [i.food.id for i in want] and got


@pytest.mark.parametrize("word", ["choose", "pooled", "soothe", "staying", "family", "though", "someone"])
def test_english_words_are_not_fumbled_food_words(estimator: Estimator, word: str) -> None:
    assert estimator.matcher._correct(word) == word


# ---- the user's clause after someone else's, with any verb of eating; "X-style Y" -------------------------


def test_own_clause_with_any_eating_verb(estimator: Estimator) -> None:
    ids = {i.food.id for i in estimator.estimate("mum had soup, I finished a bowl of cheerios").items}
    assert ids and not any("soup" in food_id for food_id in ids)


def test_hyphenated_style_is_a_hedge(estimator: Estimator) -> None:
    est = estimator.estimate("2 weetabix-style shredded wheat biscuits")
    assert est.items and not est.ambiguous


@pytest.mark.parametrize("message", ["a PB&J on whole wheat", "egg mayo sandwich on rye"])
def test_a_sandwich_on_its_bread_is_one_item(estimator: Estimator, message: str) -> None:
    """The bread a table sandwich is said to be on is not logged again beside it."""
    items = estimator.estimate(message).items
    assert len(items) == 1 and "sandwich" in items[0].food.name


# ---- a big portion of a dish: FNDDS's large over its usual amount -------------------------------------------


def test_a_big_portion_is_fndds_large_over_usual(estimator: Estimator) -> None:
    from bot.domain.foods import SERVING_SIZE_FACTORS

    (big,) = estimator.estimate("shepherds pie, a big portion").items
    (usual,) = estimator.estimate("shepherds pie").items
    assert big.grams == pytest.approx(usual.grams * SERVING_SIZE_FACTORS["large"])


def test_a_big_bowl_keeps_the_container_scale(estimator: Estimator) -> None:
    from bot.domain.foods import SIZE_FACTORS

    (big,) = estimator.estimate("a big bowl of pho").items
    (usual,) = estimator.estimate("a bowl of pho").items
    assert big.grams == pytest.approx(usual.grams * SIZE_FACTORS["large"])


# ---- FNDDS dishes the ninth set named: pasta salad, shrimp teriyaki (not pasta, not shrimp) -----------------


@pytest.mark.parametrize(
    ("message", "food_id", "cups"),
    [("2 cups pasta salad", "pasta_salad", 2), ("shrimp teriyaki, 1 cup", "teriyaki_shrimp", 1)],
)
def test_fndds_dish_rows(estimator: Estimator, message: str, food_id: str, cups: int) -> None:
    (item,) = estimator.estimate(message).items
    assert item.food.id == food_id and item.food.source == "FNDDS"
    assert item.grams == pytest.approx(cups * item.food.portions["cup"])


# ---- two-edit typos keep the first two letters and the last ---------------------------------------------------


@pytest.mark.parametrize("word", ["balanced", "swallowed", "lunchbox", "matching", "absorbed"])
def test_long_english_words_are_not_two_edit_food_words(estimator: Estimator, word: str) -> None:
    assert estimator.matcher._correct(word) == word


@pytest.mark.parametrize(("typo", "word"), [("brocolli", "broccoli"), ("cheezburger", "cheeseburger")])
def test_two_edit_typos_still_corrected(estimator: Estimator, typo: str, word: str) -> None:
    assert estimator.matcher._correct(typo) == word


def test_filler_around_a_sandwich_on_its_bread(estimator: Estimator) -> None:
    ids = [i.food.id for i in estimator.estimate("kids lunchbox i ate too: cheese sandwich on white").items]
    assert ids == [i.food.id for i in estimator.estimate("cheese sandwich").items]
