"""The food matcher (rapidfuzz) and the food table, on a small fixture table (no mocks)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.domain.foods import Food, FoodTable, load_food_table
from bot.domain.matcher import FoodMatcher, normalise, singular

FIXTURE_CSV = """\
id,name,aliases,ndb,food_group,magnesium_mg,calcium_mg,vitamin_d_ug,vitamin_k_ug,energy_kcal,portions,serving,ods
cheddar,cheddar cheese,cheddar|cheese,01009,Dairy and Egg Products,27,,,,,slice=28|cup=113,slice:1,
cottage_cheese,cottage cheese,,01012,Dairy and Egg Products,8,,,,,cup=225,cup:0.5,
milk_whole,whole milk,full fat milk|full-fat milk,01077,Dairy and Egg Products,10,,,,,cup=244|glass=244|fl_oz=30.5|tbsp=15,cup:1,
milk,milk,2% milk|semi-skimmed milk|semi skimmed milk|reduced fat milk,01079,Dairy and Egg Products,11,,,,,cup=244|glass=244|fl_oz=30.5,cup:1,
milk_skim,skim milk,skimmed milk|nonfat milk|fat free milk,01085,Dairy and Egg Products,11,,,,,cup=245|glass=245|fl_oz=30.6,cup:1,
yogurt,plain low-fat yogurt,yogurt|plain yogurt|natural yogurt|low fat yogurt,01117,Dairy and Egg Products,17,,,,,cup=245|serving=170,cup:0.75,
egg,egg,eggs|boiled egg|fried egg|scrambled eggs,01123,Dairy and Egg Products,12,,,,,large=50|medium=44|small=38|piece=50,large:1,
greek_yogurt,greek yogurt,,01256,Dairy and Egg Products,11,,,,,cup=245|serving=170,serving:1,
chicken_breast,roasted chicken breast,chicken breast|chicken,05064,Poultry Products,29,,,,,piece=172|cup=140,oz:3,
corn_flakes,corn flakes,cornflakes,08020,Breakfast Cereals,39,,,,,cup=28,cup:1,
oatmeal,oatmeal,porridge|oats|cooked oatmeal,08121,Breakfast Cereals,27,,,,,cup=234|bowl=351,cup:1,
instant_oatmeal,instant oatmeal,,08122,Breakfast Cereals,128,,,,,packet=28,packet:1,
shredded_wheat,shredded wheat,shredded wheat biscuits,08147,Breakfast Cereals,130,,,,,large=23.5|piece=23.5,piece:2,
apple,apple,apples,09003,Fruits and Fruit Juices,5,,,,,small=149|medium=182|large=223|cup=125,medium:1,
avocado,avocado,,09037,Fruits and Fruit Juices,29,,,,,piece=201|medium=201|cup=150,piece:0.5,
banana,banana,,09040,Fruits and Fruit Juices,27,,,,,small=101|medium=118|large=136|cup=150,medium:1,
blueberries,blueberries,,09050,Fruits and Fruit Juices,6,,,,,cup=148|handful=40,cup:0.5,
orange,orange,,09200,Fruits and Fruit Juices,10,,,,,small=96|medium=131|large=184,medium:1,
orange_juice,orange juice,oj,09206,Fruits and Fruit Juices,11,,,,,cup=248|glass=248|fl_oz=31,cup:1,
raisins,raisins,,09298,Fruits and Fruit Juices,32,,,,,cup=145|handful=40,cup:0.25,
spinach_raw,raw spinach,spinach,11457,Vegetables and Vegetable Products,79,,,,,cup=30|handful=30,cup:1,
spinach_cooked,cooked spinach,boiled spinach,11458,Vegetables and Vegetable Products,87,,,,,cup=180,cup:0.5,
almonds,almonds,almond,12061,Nut and Seed Products,270,,,,,cup=143|piece=1.2|handful=28.35,oz:1,
almonds_roasted,dry roasted almonds,roasted almonds,12563,Nut and Seed Products,279,,,,,cup=138,oz:1,
pumpkin_seeds,pumpkin seeds,pepitas,12016,Nut and Seed Products,550,,,,,cup=118,oz:1,
chia_seeds,chia seeds,chia,12006,Nut and Seed Products,335,,,,,tbsp=12,tbsp:1,
cashews,cashews,cashew nuts,12085,Nut and Seed Products,260,,,,,cup=137|tbsp=8.6,oz:1,
peanuts,peanuts,oil roasted peanuts,16389,Legumes and Legume Products,176,,,,,cup=144,oz:1,
soy_milk,soy milk,soymilk,16120,Legumes and Legume Products,25,,,,,cup=243|glass=243|fl_oz=30.6,cup:1,
black_beans,black beans,,16015,Legumes and Legume Products,70,,,,,cup=172,cup:0.5,
peanut_butter,peanut butter,smooth peanut butter,16398,Legumes and Legume Products,168,,,,,tbsp=16|cup=258,tbsp:2,
potato_baked,baked potato,potato|jacket potato,11674,Vegetables and Vegetable Products,28,,,,,small=138|medium=173|large=299,medium:1,
brown_rice,cooked brown rice,brown rice,20037,Cereal Grains and Pasta,39,,,,,cup=202,cup:0.5,
white_rice,cooked white rice,white rice|rice,20045,Cereal Grains and Pasta,12,,,,,cup=158,cup:0.5,
salmon,farmed salmon,salmon,15237,Finfish and Shellfish Products,30,,,,,piece=178,oz:3,
bread_ww,whole wheat bread,wholemeal bread|whole wheat toast,18075,Baked Products,75,,,,,slice=32,slice:1,
bread_white,white bread,bread|toast,18069,Baked Products,23,,,,,slice=29,slice:1,
coffee,coffee,,14209,Beverages,3,,,,,cup=237|fl_oz=29.6,cup:1,
tea,tea,black tea,14355,Beverages,3,,,,,cup=237|fl_oz=29.6,cup:1,
turkey_sandwich,turkey sandwich,,07925,Sausages and Luncheon Meats,18,,,,,piece=150,piece:1,
broccoli_cooked,cooked broccoli,broccoli,11091,Vegetables and Vegetable Products,21,,,,,cup=156,cup:0.5,
broccoli_raw,raw broccoli,,11090,Vegetables and Vegetable Products,21,,,,,cup=91,cup:1,
mac_cheese,macaroni and cheese,mac and cheese|mac n cheese,32023,Meals,26,,,,,cup=200,cup:1,
jello,jello,gelatin dessert,19172,Sweets,1,,,,,cup=240,cup:0.5,
beans_kidney,kidney beans,,16034,Legumes and Legume Products,30,,,,,cup=256|can=436,cup:0.5,
water,water,tap water,14411,Beverages,1,,,,,cup=237|glass=237|fl_oz=29.6,glass:1,
"""


def write_fixture(directory: Path) -> Path:
    path = directory / "foods.csv"
    path.write_text(FIXTURE_CSV, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> FoodTable:
    return load_food_table(write_fixture(tmp_path_factory.mktemp("foods")))


@pytest.fixture(scope="module")
def matcher(table: FoodTable) -> FoodMatcher:
    return FoodMatcher(table)


# ------------------------------------------------------------------------------------------ food table


def test_table_loads_rows_and_portions(table: FoodTable) -> None:
    banana = table.by_id["banana"]
    assert banana.name == "banana"
    assert banana.ndb == "09040"
    assert banana.magnesium_mg == 27
    assert banana.calcium_mg is None  # empty cell = unknown
    assert banana.portions["medium"] == 118
    assert (banana.serving_unit, banana.serving_amount) == ("medium", 1.0)
    assert len(list(table)) == len(table.foods) > 40


def test_table_is_cached_per_path(tmp_path: Path) -> None:
    path = write_fixture(tmp_path)
    assert load_food_table(path) is load_food_table(path)


@pytest.mark.parametrize(
    ("food_id", "quantity", "unit", "grams"),
    [
        ("banana", 1, None, 118),  # default serving
        ("banana", 2, None, 236),
        ("banana", 1, "medium", 118),
        ("banana", 1, "large", 136),
        ("banana", 1, "piece", 118),  # piece falls back to medium
        ("banana", 100, "g", 100),
        ("banana", 0.5, "kg", 500),
        ("almonds", 1, "oz", 28.3495),
        ("almonds", 1, "lb", 453.592),
        ("spinach_cooked", 1, None, 90),  # serving cup:0.5
        ("spinach_cooked", 2, "cup", 360),
        ("spinach_cooked", 1, "tbsp", 180 / 16),  # derived from the cup
        ("milk", 236.6, "ml", 244),  # via the cup weight
        ("milk", 1, "l", 1000 * 244 / 236.6),
        ("milk", 8, "fl_oz", 8 * 30.5),
        ("water", 500, "ml", 500 * 237 / 236.6),
        ("oatmeal", 1, "bowl", 351),
    ],
)
def test_grams_for(table: FoodTable, food_id: str, quantity: float, unit: str | None, grams: float) -> None:
    assert table.by_id[food_id].grams_for(quantity, unit) == pytest.approx(grams, rel=1e-3)


def test_grams_for_unknown_unit_is_none(table: FoodTable) -> None:
    assert table.by_id["banana"].grams_for(1, "can") is None
    assert table.by_id["banana"].grams_for(1, "furlong") is None


def test_magnesium_for() -> None:
    food = Food(id="x", name="x", magnesium_mg=80.0)
    assert food.magnesium_for(50) == pytest.approx(40.0)
    assert Food(id="y", name="y").magnesium_for(100) == 0.0


# ------------------------------------------------------------------------------------------ normalising


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("berries", "berry"),
        ("tomatoes", "tomato"),
        ("potatoes", "potato"),
        ("leaves", "leaf"),
        ("almonds", "almond"),
        ("peaches", "peach"),
        ("sandwiches", "sandwich"),
        ("hummus", "hummus"),
        ("asparagus", "asparagus"),
        ("oats", "oat"),
    ],
)
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


def test_normalise() -> None:
    assert normalise("Crème Fraîche!") == "creme fraiche"
    assert normalise("Yoghurt") == "yogurt"
    assert normalise("mac & cheese") == "mac and cheese" or normalise("mac & cheese") == "mac cheese"
    assert normalise("the blueberries") == "blueberry"


# ------------------------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("text", "food_id"),
    [
        ("banana", "banana"),
        ("bananas", "banana"),
        ("almonds", "almonds"),
        ("cooked spinach", "spinach_cooked"),
        ("boiled spinach", "spinach_cooked"),
        ("steamed spinach", "spinach_cooked"),
        ("raw spinach", "spinach_raw"),
        ("fresh spinach", "spinach_raw"),
        ("spinach", "spinach_raw"),  # the plain name is the family default
        ("roasted almonds", "almonds_roasted"),
        ("cooked broccoli", "broccoli_cooked"),
        ("raw broccoli", "broccoli_raw"),
        ("broccoli", "broccoli_cooked"),
        ("Whole Milk", "milk_whole"),
        ("soymilk", "soy_milk"),
        ("soy milk", "soy_milk"),
        ("porridge", "oatmeal"),
        ("mac n cheese", "mac_cheese"),
        ("pepitas", "pumpkin_seeds"),
        ("plain low fat yogurt", "yogurt"),
        ("shredded wheat biscuits", "shredded_wheat"),
    ],
)
def test_match_sure(matcher: FoodMatcher, text: str, food_id: str) -> None:
    result = matcher.match(text)
    assert result.status == "sure", result
    assert result.best is not None and result.best.id == food_id


@pytest.mark.parametrize(
    ("text", "food_id"),
    [
        ("spinnach", "spinach_raw"),
        ("almods", "almonds"),
        ("bananna", "banana"),
        ("brocoli", "broccoli_cooked"),
        ("yoghurt", "yogurt"),
        ("cooked spinnach", "spinach_cooked"),
        ("pumkin seeds", "pumpkin_seeds"),
        ("blak beans", "black_beans"),
        ("chia seed", "chia_seeds"),
    ],
)
def test_match_typos(matcher: FoodMatcher, text: str, food_id: str) -> None:
    result = matcher.match(text)
    assert result.status in ("sure", "unsure")
    assert result.candidates and result.candidates[0].id == food_id
    assert result.best is not None and result.best.id == food_id


@pytest.mark.parametrize(
    "text",
    [
        "hello",
        "I feel tired",
        "my cat is 3 years old",
        "what's the weather",
        "thanks!",
        "lol",
        "'; DROP TABLE entries; --",
        "🍌🍌",
        "😀",
        "привет",
        "你好",
        "",
        "   ",
        "42",
        "asdfghjkl",
        "good morning",
        "x" * 4096,
    ],
)
def test_match_non_food_is_none(matcher: FoodMatcher, text: str) -> None:
    result = matcher.match(text)
    assert result.status == "none"
    assert result.best is None and result.candidates == ()


def test_ambiguous_gives_unsure_with_up_to_four_candidates(matcher: FoodMatcher) -> None:
    result = matcher.match("beans")
    assert result.status == "unsure"
    assert 2 <= len(result.candidates) <= 4
    assert {food.id for food in result.candidates} >= {"black_beans", "beans_kidney"}


def test_is_known_name(matcher: FoodMatcher) -> None:
    assert matcher.is_known_name("mac and cheese")
    assert matcher.is_known_name("Macaroni & Cheese")
    assert not matcher.is_known_name("spinach and almonds")


def test_match_is_fast(matcher: FoodMatcher) -> None:
    """Smoke check only (no timing assertion): thousands of matches run without error."""
    start = time.perf_counter()
    for i in range(2000):
        matcher.match(f"cooked spinach {i % 7}")
    assert time.perf_counter() - start >= 0


def test_state_word_after_the_food(matcher: FoodMatcher) -> None:
    """A state said after the food ("eggs scrambled", "spinach boiled"): the said after the food still names the exact row."""
    result = matcher.match("spinach boiled")
    assert result.status == "sure" and result.best is not None
    assert result.best.id == "spinach_cooked"


def test_trailing_e_misspellings_are_corrected():
    from bot.domain.estimate import default_estimator

    matcher = default_estimator().matcher
    for text, name in [
        ("potatoe", "potato"),
        ("baked sweet potatoe", "baked sweet potato"),
        ("tomatoe", "tomato"),
    ]:
        result = matcher.match(text)
        assert result.status == "sure" and name in result.best.name
