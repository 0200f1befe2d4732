"""Acceptance cases for the meal estimator, written before tuning.

Truth is SR28-derived by hand: each food case lists its parts as ``(ndb, grams)``, the grams taken from the
SR28 household measures (the WEIGHT file: 1 medium banana = 118 g, 1 cup boiled spinach = 180 g, ...) and
the magnesium from :data:`SR28_MG` (SR28 nutrient 304, mg per 100 g). Expected mg = Σ grams × mg/100.
A case passes when the estimate is within ``tol`` (default ±20 %, never tighter than ±3 mg) of the truth.
Items written without an amount assume a typical serving and get a wider tolerance.

``NON_FOOD`` messages must log nothing at all.
"""

from __future__ import annotations

# SR28 magnesium, mg per 100 g edible portion.
SR28_MG: dict[str, float] = {
    "01009": 27,  # cheese, cheddar
    "01012": 8,  # cottage cheese
    "01077": 10,  # milk, whole
    "01079": 11,  # milk, 2%
    "01085": 11,  # milk, skim
    "01117": 17,  # yogurt, plain, low fat
    "01123": 12,  # egg, whole, raw
    "01256": 11,  # yogurt, Greek, plain, nonfat
    "05064": 29,  # chicken breast, roasted
    "08020": 39,  # corn flakes
    "08121": 27,  # oats, cooked with water (porridge)
    "08120": 138,  # oats, regular and quick, dry
    "08122": 128,  # instant oatmeal, dry (1 packet = 28 g)
    "08147": 130,  # shredded wheat, big biscuit
    "09003": 5,  # apple, raw, with skin
    "09037": 29,  # avocado
    "09040": 27,  # banana
    "09050": 6,  # blueberries
    "09094": 68,  # figs, dried
    "09148": 17,  # kiwifruit
    "09176": 10,  # mango
    "09200": 10,  # orange
    "09206": 11,  # orange juice
    "09252": 7,  # pear
    "09298": 32,  # raisins
    "09316": 13,  # strawberries
    "09421": 54,  # dates, medjool
    "11090": 21,  # broccoli, raw
    "11091": 21,  # broccoli, boiled
    "11099": 20,  # brussels sprouts, boiled
    "11124": 12,  # carrots, raw
    "11212": 64,  # edamame, prepared
    "11135": 15,  # cauliflower, raw
    "11168": 26,  # sweet corn, boiled
    "11233": 47,  # kale, raw
    "11457": 79,  # spinach, raw
    "11458": 87,  # spinach, boiled
    "11477": 18,  # zucchini / courgette, raw
    "11508": 27,  # sweet potato, baked
    "11674": 28,  # potato, baked, flesh and skin
    "11367": 20,  # potato, boiled, cooked without skin
    "01132": 11,  # egg, whole, scrambled
    "12063": 279,  # almonds, dry roasted (SR28 cup whole kernels = 138 g)
    "16018": 35,  # black beans, canned
    "16058": 27,  # chickpeas, canned (SR28 can, total contents = 448 g)
    "16358": 26,  # chickpeas, canned, drained solids (SR28 can drained = 253 g; the table's row since issue 8)
    "11959": 47,  # arugula / rocket
    "12006": 335,  # chia seeds
    "12012": 700,  # hemp seeds, hulled
    "12016": 550,  # pumpkin seeds, roasted
    "12023": 351,  # sesame seeds
    "12036": 325,  # sunflower seeds, dried (raw)
    "12037": 129,  # sunflower seeds, dry roasted (the bare name's row)
    "12061": 270,  # almonds
    "12078": 376,  # brazil nuts
    "12085": 260,  # cashews, dry roasted
    "12120": 163,  # hazelnuts
    "12131": 130,  # macadamia
    "12142": 121,  # pecans
    "12151": 121,  # pistachios
    "12147": 251,  # pine nuts, dried
    "12155": 158,  # walnuts
    "12220": 392,  # flaxseed
    "12563": 279,  # almonds, dry roasted
    "12698": 95,  # tahini
    "14016": 7,  # almond milk
    "14209": 3,  # coffee, brewed
    "14355": 3,  # tea, black, brewed
    "14411": 1,  # water, tap
    "15015": 32,  # cod
    "15037": 28,  # halibut, cooked
    "15088": 39,  # sardines, canned in oil
    "15121": 23,  # tuna, light, canned in water
    "15237": 30,  # salmon, Atlantic, farmed, cooked
    "15270": 35,  # shrimp
    "16015": 70,  # black beans, boiled
    "16034": 30,  # kidney beans, canned
    "16057": 48,  # chickpeas, boiled
    "16070": 36,  # lentils, boiled
    "16120": 25,  # soymilk
    "16126": 37,  # tofu, firm (calcium sulfate and nigari): "nigari tofu"
    "16426": 58,  # tofu, raw, firm (calcium sulfate): "firm tofu", the row the blind sets' writers chose
    "16158": 71,  # hummus
    "16389": 176,  # peanuts, oil-roasted
    "16390": 178,  # peanuts, dry-roasted
    "16398": 168,  # peanut butter, smooth
    "18001": 29,  # bagel
    "18069": 23,  # bread, white
    "18075": 75,  # bread, whole-wheat
    "19165": 499,  # cocoa powder
    "19411": 63,  # potato chips / crisps
    "19904": 228,  # dark chocolate 70-85 %
    "20037": 39,  # brown rice, cooked
    "20045": 12,  # white rice, cooked
    "20121": 18,  # pasta, cooked
    "20137": 64,  # quinoa, cooked
    "21155": 23,  # submarine sandwich, turkey breast (6 inch = 184 g): SR28's only turkey sandwich
    "23564": 23,  # ground beef 90 % lean, pan-broiled
}

Parts = list[tuple[str, float]]
# (message, parts) or (message, parts, tolerance as a fraction)
FoodCase = tuple[str, Parts] | tuple[str, Parts, float]

WIDE = 0.35  # for items given without an amount (a typical serving is assumed)

# --- every NIH ODS "selected food sources" row, phrased the way a person would write it
ODS_CASES: list[FoodCase] = [
    ("1 oz pumpkin seeds", [("12016", 28.35)]),
    ("an ounce of roasted pumpkin seeds", [("12016", 28.35)]),
    ("1 oz chia seeds", [("12006", 28.35)]),
    ("1 oz dry roasted almonds", [("12563", 28.35)]),
    ("half a cup of boiled spinach", [("11458", 90)]),
    ("1 oz cashews", [("12085", 28.35)]),
    ("¼ cup oil roasted peanuts", [("16389", 36)]),
    ("2 large shredded wheat biscuits", [("08147", 47)]),
    ("a cup of soy milk", [("16120", 243)]),
    ("½ cup black beans", [("16015", 86)]),
    ("half a cup of shelled edamame", [("11212", 77.5)]),
    ("2 tbsp smooth peanut butter", [("16398", 32)]),
    ("3.5 oz baked potato with skin", [("11674", 99)]),
    ("½ cup cooked brown rice", [("20037", 101)]),
    ("8 oz plain low-fat yogurt", [("01117", 227)]),
    ("a packet of instant oatmeal", [("08122", 28)]),
    ("½ cup canned kidney beans", [("16034", 128)]),
    ("1 medium banana", [("09040", 118)]),
    ("3 oz farmed salmon", [("15237", 85)]),
    ("a cup of milk", [("01079", 244)]),
    ("3 oz cooked halibut", [("15037", 85)]),
    ("half a cup of raisins", [("09298", 72.5)]),
    ("a slice of whole wheat bread", [("18075", 32)]),
    ("½ cup cubed avocado", [("09037", 75)]),
    ("3 oz roasted chicken breast", [("05064", 85)]),
    ("3 oz lean ground beef", [("23564", 85)]),
    ("half a cup of chopped cooked broccoli", [("11091", 78)]),
    ("½ cup cooked white rice", [("20045", 79)]),
    ("1 medium apple", [("09003", 182)]),
    ("a medium raw carrot", [("11124", 61)]),
]

# --- the same portions and other single foods, phrased differently (units, words, attached units)
SINGLE_CASES: list[FoodCase] = [
    ("28g pumpkin seeds", [("12016", 28)]),
    ("30 g of pepitas", [("12016", 30)]),
    ("2 tablespoons of chia seeds", [("12006", 24)]),
    ("1 tbsp chia seeds", [("12006", 12)]),
    ("a handful of almonds", [("12061", 28.35)], WIDE),
    ("23 almonds", [("12061", 27.6)]),
    ("1/4 cup almonds", [("12061", 35.75)]),
    ("100g almonds", [("12061", 100)]),
    ("1 cup cooked spinach", [("11458", 180)]),
    ("2 cups of cooked spinach", [("11458", 360)]),
    ("2 cups raw spinach", [("11457", 60)]),
    ("200g boiled spinach", [("11458", 200)]),
    ("a large banana", [("09040", 136)]),
    ("a small banana", [("09040", 101)]),
    ("2 bananas", [("09040", 236)]),
    ("banana x2", [("09040", 236)]),
    ("one and a half bananas", [("09040", 177)]),
    ("a banana", [("09040", 118)]),
    ("1 cup black beans", [("16015", 172)]),
    ("1 cup of quinoa", [("20137", 185)]),
    ("150g cooked quinoa", [("20137", 150)]),
    ("a cup of cooked lentils", [("16070", 198)]),
    ("half a cup of chickpeas", [("16057", 82)]),
    ("1 oz dark chocolate", [("19904", 28.35)]),
    ("30g of dark chocolate", [("19904", 30)]),
    ("1 oz walnuts", [("12155", 28.35)]),
    # bare "sunflower seeds" = dry-roasted kernels (the snack; 12037, cup 128 g), not the dried/raw
    # kernels (12036): the truth was changed with the default (see knowledge/FOODS.md)
    ("a quarter cup of sunflower seeds", [("12037", 32)]),
    ("1 tbsp ground flaxseed", [("12220", 7)], 0.5),
    ("2 tbsp tahini", [("12698", 30)]),
    ("2 brazil nuts", [("12078", 10)]),
    ("1 oz pistachios", [("12151", 28.35)]),
    ("3 tbsp hemp seeds", [("12012", 30)]),
    ("1 tbsp sesame seeds", [("12023", 9)], 0.3),
    ("1 oz macadamia nuts", [("12131", 28.35)]),
    ("1 oz pecans", [("12142", 28.35)]),
    ("1 oz hazelnuts", [("12120", 28.35)]),
    ("a cup of orange juice", [("09206", 248)]),
    ("250 ml orange juice", [("09206", 262)]),
    ("a glass of milk", [("01079", 244)]),
    ("500 ml milk", [("01079", 516)]),
    ("2 cups of whole milk", [("01077", 488)]),
    ("a cup of skim milk", [("01085", 245)]),
    ("a cup of almond milk", [("14016", 240)]),
    ("a mug of coffee", [("14209", 237)]),
    ("a cup of black tea", [("14355", 237)]),
    ("2 slices of whole wheat bread", [("18075", 64)]),
    ("2 slices of white bread", [("18069", 58)]),
    ("a bagel", [("18001", 99)], 0.3),
    ("2 eggs", [("01123", 100)]),
    ("3 large eggs", [("01123", 150)]),
    ("a cup of cooked oatmeal", [("08121", 234)]),
    ("1 cup corn flakes", [("08020", 28)]),
    ("1 oz cheddar cheese", [("01009", 28.35)]),
    ("2 slices of cheddar", [("01009", 56)]),
    ("half a cup of cottage cheese", [("01012", 113)]),
    ("a cup of greek yogurt", [("01256", 245)], 0.3),
    ("half a block of firm tofu", [("16426", 162)], 0.5),
    ("100g firm tofu", [("16426", 100)], 0.3),
    ("2 tbsp hummus", [("16158", 30)]),
    ("a medium baked potato", [("11674", 173)]),
    ("a medium sweet potato", [("11508", 114)]),
    ("a cup of cooked pasta", [("20121", 124)], 0.3),
    ("1 cup brown rice", [("20037", 202)]),
    ("a cup of white rice", [("20045", 158)]),
    ("a can of tuna", [("15121", 165)]),
    ("3 oz tuna", [("15121", 85)]),
    ("a can of sardines", [("15088", 92)]),
    ("4 oz shrimp", [("15270", 113)]),
    # "cod" by weight: raw or cooked is unsaid (cooked cod is denser in minerals per gram): wide range
    ("150g cod", [("15015", 150)], 0.35),
    ("6 oz salmon", [("15237", 170)], 0.25),
    ("a chicken breast", [("05064", 172)], WIDE),
    ("an orange", [("09200", 131)], 0.3),
    ("a cup of blueberries", [("09050", 148)]),
    ("a cup of strawberries", [("09316", 152)]),
    ("a kiwi", [("09148", 69)]),
    ("2 medjool dates", [("09421", 48)]),
    ("3 dried figs", [("09094", 25)], 0.3),
    ("a pear", [("09252", 178)], WIDE),
    ("a cup of mango", [("09176", 165)]),
    ("an avocado", [("09037", 201)], 0.25),
    ("half an avocado", [("09037", 100)], 0.25),
    ("1 cup of kale", [("11233", 16)], 0.3),
    ("a cup of raw broccoli", [("11090", 91)]),
    # bare "cauliflower" may be raw (truth) or cooked (the table's plain name): wide range
    ("1 cup cauliflower", [("11135", 107)], 0.35),
    ("a cup of brussels sprouts", [("11099", 156)]),
    ("1 cup sweet corn", [("11168", 164)], 0.25),
    ("2 carrots", [("11124", 122)]),
    ("1 tbsp cocoa powder", [("19165", 5.4)]),
    ("a 1 oz bag of potato chips", [("19411", 28)], 0.3),
    ("1 lb spinach", [("11457", 453.6)], 0.25),
    ("0.5 kg of potatoes", [("11674", 500)], 0.3),
]

# --- free-form meals with several items, lead-ins and filler
MEAL_CASES: list[FoodCase] = [
    ("had 2 cups of cooked spinach and a handful of almonds", [("11458", 360), ("12061", 28.35)]),
    # A "turkey sandwich" is genuinely vague; SR28's only turkey sandwich is the 6-inch sub (184 g), so the
    # truth counts it and the range is wide (a home-made sandwich is smaller).
    (
        "for lunch I had a turkey sandwich, an apple and a glass of milk",
        [("21155", 184), ("09003", 182), ("01079", 244)],
        0.4,
    ),
    ("breakfast: porridge with banana and chia seeds", [("08121", 234), ("09040", 118), ("12006", 12)], WIDE),
    ("I ate a banana and 2 slices of whole wheat bread", [("09040", 118), ("18075", 64)]),
    ("just had 1 oz pumpkin seeds", [("12016", 28.35)]),
    ("today I ate half a cup of black beans and half a cup of brown rice", [("16015", 86), ("20037", 101)]),
    (
        "for dinner: 3 oz salmon, 1 cup brown rice and half a cup of broccoli",
        [("15237", 85), ("20037", 202), ("11091", 78)],
    ),
    (
        "2 eggs, a slice of whole wheat toast and a cup of coffee",
        [("01123", 100), ("18075", 32), ("14209", 237)],
        0.25,
    ),
    ("a cup of oatmeal with 1 tbsp chia seeds and a banana", [("08121", 234), ("12006", 12), ("09040", 118)]),
    ("I've eaten a cup of quinoa and 1 cup of black beans", [("20137", 185), ("16015", 172)]),
    ("Lunch was 100g tofu with 1 cup brown rice", [("16426", 100), ("20037", 202)], 0.3),
    ("snack: 1 oz almonds + an apple", [("12061", 28.35), ("09003", 182)]),
    ("an apple and a banana", [("09003", 182), ("09040", 118)]),
    ("2 tbsp peanut butter and 2 slices of whole wheat bread", [("16398", 32), ("18075", 64)]),
    ("a glass of soy milk and a banana", [("16120", 243), ("09040", 118)]),
    ("1 cup greek yogurt with a cup of blueberries", [("01256", 245), ("09050", 148)], 0.3),
    ("8 oz plain low-fat yogurt with 1 oz walnuts", [("01117", 227), ("12155", 28.35)]),
    (
        "half a cup of cooked spinach, 3 oz chicken breast and half a cup of brown rice",
        [("11458", 90), ("05064", 85), ("20037", 101)],
    ),
    ("a medium baked potato and 3 oz lean ground beef", [("11674", 173), ("23564", 85)]),
    (
        "Breakfast - 2 eggs, 1 slice whole wheat bread, half an avocado",
        [("01123", 100), ("18075", 32), ("09037", 100)],
        0.25,
    ),
    ("I had a cup of lentils and a cup of rice for dinner", [("16070", 198), ("20045", 158)], 0.25),
    ("1 oz dark chocolate and a handful of almonds", [("19904", 28.35), ("12061", 28.35)], 0.25),
    (
        "a smoothie with a banana, a cup of spinach and a cup of soy milk",
        [("09040", 118), ("11457", 30), ("16120", 243)],
        0.3,
    ),
    ("pasta 1 cup, broccoli 1 cup", [("20121", 124), ("11091", 156)], 0.3),
    ("two eggs and two slices of toast", [("01123", 100), ("18069", 58)], WIDE),
    (
        "1 cup of cooked oatmeal, 1 tbsp peanut butter, 1 medium banana",
        [("08121", 234), ("16398", 16), ("09040", 118)],
    ),
    (
        "- 1 oz cashews\n- 1 medium banana\n- a cup of milk",
        [("12085", 28.35), ("09040", 118), ("01079", 244)],
    ),
    (
        "salmon 3 oz; quinoa 1 cup; spinach 1 cup cooked",
        [("15237", 85), ("20137", 185), ("11458", 180)],
        0.25,
    ),
    ("a bowl of oatmeal with raisins", [("08121", 351), ("09298", 40)], 0.45),
    ("3 oz tuna with 2 slices of whole wheat bread", [("15121", 85), ("18075", 64)]),
    ("a cup of edamame", [("11212", 155)]),
    ("2 cups of cooked spinach & 3 oz of halibut", [("11458", 360), ("15037", 85)]),
    ("a cup of black beans plus a cup of brown rice", [("16015", 172), ("20037", 202)]),
    ("1/2 cup hummus and 2 carrots", [("16158", 123), ("11124", 122)]),
    ("had an orange and a cup of orange juice this morning", [("09200", 131), ("09206", 248)], 0.3),
    ("for breakfast i had 2 shredded wheat biscuits with a cup of milk", [("08147", 47), ("01079", 244)]),
    ("ate 2 tbsp pumpkin seeds on my salad", [("12016", 16)], WIDE),
    ("a packet of instant oatmeal and a glass of soy milk", [("08122", 28), ("16120", 243)]),
    (
        "dinner was 6 oz salmon, a baked potato and a cup of broccoli",
        [("15237", 170), ("11674", 173), ("11091", 156)],
        0.3,
    ),
    ("1 cup cooked quinoa, ½ cup black beans, ½ cup avocado", [("20137", 185), ("16015", 86), ("09037", 75)]),
    ("I just ate 30g almonds and 30g cashews", [("12061", 30), ("12085", 30)]),
    ("drank 2 glasses of milk", [("01079", 488)]),
    ("a banana and a cup of coffee 😊", [("09040", 118), ("14209", 237)]),
    ("1 cup spinach (cooked), 1 cup rice (brown)", [("11458", 180), ("20037", 202)], 0.3),
    ("two medium bananas and one medium apple", [("09040", 236), ("09003", 182)]),
]

# --- typos and misspellings
TYPO_CASES: list[FoodCase] = [
    ("1 cup cooked spinnach", [("11458", 180)]),
    ("1 oz almods", [("12061", 28.35)]),
    ("a bananna", [("09040", 118)]),
    ("1 cup brocoli", [("11091", 156)], WIDE),
    ("8 oz yoghurt", [("01117", 227)], 0.45),
    ("1 oz pumkin seeds", [("12016", 28.35)]),
    ("1 oz cashew nuts", [("12085", 28.35)]),
    ("half a cup of blak beans", [("16015", 86)]),
    ("1 cup quinao", [("20137", 185)]),
    ("1 oz chia seed", [("12006", 28.35)]),
    ("2 tbsp peanutbutter", [("16398", 32)]),
    ("1 medium bannana", [("09040", 118)]),
    ("a cup of brown rise", [("20037", 202)]),
    ("1 oz wallnuts", [("12155", 28.35)]),
    ("an avacado", [("09037", 201)], 0.25),
    ("1 cup of lentills", [("16070", 198)]),
    ("a cup of soymilk", [("16120", 243)]),
    ("3 oz samon", [("15237", 85)]),
    ("1 oz dark chocolat", [("19904", 28.35)]),
    ("2 slices wholewheat bread", [("18075", 64)]),
]

# --- UK (and other) names and spellings
UK_CASES: list[FoodCase] = [
    ("a bowl of porridge", [("08121", 351)], 0.35),
    ("2 slices of wholemeal bread", [("18075", 64)]),
    ("a courgette", [("11477", 196)], WIDE),
    ("a packet of crisps", [("19411", 28)], WIDE),
    ("a jacket potato", [("11674", 173)], 0.3),
    ("200ml semi-skimmed milk", [("01079", 206)], 0.25),
    ("a pint of milk", [("01079", 488)], 0.25),
    ("a cup of rocket", [("11959", 20)], 0.35),
    ("100g prawns", [("15270", 100)], 0.3),
    ("a tin of sardines", [("15088", 92)]),
    ("a tin of tuna", [("15121", 165)]),
    ("150g natural yoghurt", [("01117", 150)], 0.35),
    ("a mug of tea", [("14355", 237)]),
    ("garbanzo beans 1 cup", [("16057", 164)]),
    ("a cup of porridge oats cooked", [("08121", 234)], 0.3),
]

# --- round 2, written before the second tuning: word order, counts, typos, sizes, mass units, case, emoji
ROUND2_CASES: list[FoodCase] = [
    # quantity after the food name
    ("spinach 2 cups cooked", [("11458", 360)]),
    ("1 cup spinach cooked", [("11458", 180)]),
    ("almonds 1 oz", [("12061", 28.35)]),
    ("eggs x2", [("01123", 100)]),
    ("banana x 3", [("09040", 354)]),
    ("baked potato 1 medium", [("11674", 173)]),
    ("salmon fillet 150g", [("15237", 150)]),
    ("tofu 100 g", [("16426", 100)], 0.3),
    ("black beans 1/2 cup", [("16015", 86)]),
    ("Quinoa 185g", [("20137", 185)]),
    ("hummus 2 tbsp", [("16158", 30)]),
    ("brown rice 1 cup cooked, broccoli 1 cup", [("20037", 202), ("11091", 156)]),
    # a/an/one + a countable food = one whole item
    ("a carrot", [("11124", 61)]),
    ("a potato", [("11674", 173)], 0.3),
    ("an egg", [("01123", 50)]),
    ("an apple 🍎", [("09003", 182)]),
    ("one avocado", [("09037", 201)], 0.25),
    ("1 avocado", [("09037", 201)], 0.25),
    ("2 kiwis", [("09148", 138)]),
    ("a pear and an orange", [("09252", 178), ("09200", 131)], 0.3),
    ("a kiwi and an orange", [("09148", 69), ("09200", 131)]),
    ("a sweet potato", [("11508", 114)], 0.3),
    ("a medium courgette", [("11477", 196)], 0.25),
    ("2 courgettes", [("11477", 392)], WIDE),
    # sizes
    ("a large apple", [("09003", 223)]),
    ("a small orange", [("09200", 96)]),
    ("1 large baked potato", [("11674", 299)]),
    ("a small banana and a cup of coffee", [("09040", 101), ("14209", 237)]),
    # mass units
    ("0.25 kg chicken breast", [("05064", 250)]),
    ("half a pound of salmon", [("15237", 226.8)]),
    ("100g samon", [("15237", 100)]),
    ("200 g greek yoghurt", [("01256", 200)]),
    ("6 oz plain yogurt", [("01117", 170)], 0.3),
    ("50g of 70% dark chocolate", [("19904", 50)]),
    # nuts and seeds by count, spoon and handful
    ("4 brazil nuts", [("12078", 20)]),
    ("10 almonds", [("12061", 12)]),
    ("a handful of cashews", [("12085", 28.35)], WIDE),
    ("a handful of pumpkin seeds", [("12016", 28.35)], WIDE),
    ("a tablespoon of tahini", [("12698", 15)]),
    ("1 tbsp flaxseed", [("12220", 10.3)], 0.3),
    ("1 oz of pistachios and a glass of water", [("12151", 28.35), ("14411", 237)]),
    ("1/4 cup raisins", [("09298", 36.25)]),
    # drinks
    ("a glass of semi skimmed milk", [("01079", 244)]),
    ("half a pint of milk", [("01079", 244)], 0.25),
    ("a cup of soya milk", [("16120", 243)]),
    ("a glass of orange juice", [("09206", 248)]),
    ("a cup of almond milk and a banana", [("14016", 240), ("09040", 118)]),
    ("a cup of coffee and a banana 🍌", [("14209", 237), ("09040", 118)]),
    # mixed case, emoji, trailing chat
    ("2 Cups Of Cooked Spinach", [("11458", 360)]),
    ("1 CUP BLACK BEANS", [("16015", 172)]),
    ("1 oz dark chocolate lol", [("19904", 28.35)]),
    ("half a cup of cooked spinach lol", [("11458", 90)]),
    ("1 cup of strawberries 🍓", [("09316", 152)]),
    ("a cup of mango chunks", [("09176", 165)]),
    ("1 cup edamame", [("11212", 155)]),
    ("½ cup chickpeas", [("16057", 82)]),
    ("1.5 cups cooked brown rice", [("20037", 303)]),
    # typos
    ("1 cup of steamed brocoli", [("11091", 156)]),
    ("a bananna and some almods", [("09040", 118), ("12061", 28.35)], WIDE),
    ("1 cup blueberies", [("09050", 148)]),
    ("a bowl of oatmeel", [("08121", 351)], 0.3),
    ("1/2 cup quinao", [("20137", 92.5)]),
    ("1 cup spinnach cooked", [("11458", 180)]),
    ("an avacado and a bananna", [("09037", 201), ("09040", 118)], 0.25),
    ("1 oz of walnutts", [("12155", 28.35)]),
    ("a cup of bluberries", [("09050", 148)]),
    ("a cup of lentles", [("16070", 198)]),
    # free-form meals
    ("1 cup of cooked lentils and 1 cup of brown rice", [("16070", 198), ("20037", 202)]),
    ("a handful of walnuts and a pear", [("12155", 28.35), ("09252", 178)], WIDE),
    ("ate 3 oz salmon and 1 cup of quinoa lol", [("15237", 85), ("20137", 185)]),
    (
        "Dinner: 150g chicken breast, 1 cup brown rice, 1 cup broccoli",
        [("05064", 150), ("20037", 202), ("11091", 156)],
    ),
    ("1 medium banana, 1 cup 2% milk", [("09040", 118), ("01079", 244)]),
    ("a slice of wholemeal bread and an egg", [("18075", 32), ("01123", 50)]),
    ("two boiled eggs", [("01123", 100)], 0.25),
    ("a bowl of porridge with a banana", [("08121", 351), ("09040", 118)], 0.3),
    ("an orange and 10 almonds lol", [("09200", 131), ("12061", 12)]),
    ("a cup of cooked oatmeal with a tablespoon of peanut butter", [("08121", 234), ("16398", 16)]),
    ("porridge oats 40g with 250ml semi skimmed milk", [("08120", 40), ("01079", 257.8)]),
    ("a can of sardines in oil", [("15088", 92)]),
    ("a packet of ready salted crisps", [("19411", 28)], WIDE),
    ("1 oz pine nuts", [("12147", 28.35)]),
]

# --- round 3: items written in parts ("food, amount, state"), upper-case units, negated segments,
# boiled potatoes, roasted sunflower seeds, cans
ROUND3_CASES: list[FoodCase] = [
    # modifier-only parts after commas/colons/brackets belong to the food before them
    ("spinach, 2 cups, cooked", [("11458", 360)]),
    ("almonds, roasted, 2 tbsp", [("12063", 17.25)]),
    ("potato, baked, large", [("11674", 299)]),
    ("yogurt, greek, plain, 1 container", [("01256", 170)]),
    ("eggs: 3", [("01123", 150)]),
    ("avocado: half", [("09037", 100)], 0.25),
    ("almonds, about 40g", [("12061", 40)]),
    ("salmon, about 3 oz", [("15237", 85)]),
    ("walnuts, 14 halves", [("12155", 28.35)]),
    ("pecans, 19 halves", [("12142", 28.35)]),
    ("chicken breast x 2 (roasted)", [("05064", 344)]),
    ("broccoli (steamed) 1 cup", [("11091", 156)]),
    ("avocado 1 whole", [("09037", 201)], 0.25),
    ("banana 1 whole", [("09040", 118)]),
    ("two eggs scrambled", [("01132", 122)]),
    ("3 eggs, scrambled", [("01132", 183)]),
    ("apple, with skin", [("09003", 182)], 0.3),
    ("baked potato, skin on", [("11674", 173)], 0.3),
    ("brown rice, 1 cup, cooked", [("20037", 202)]),
    ("quinoa: 1 cup", [("20137", 185)]),
    ("lentils, boiled, half a cup", [("16070", 99)]),
    ("black beans: ½ cup", [("16015", 86)]),
    ("spinach, raw, 2 cups", [("11457", 60)]),
    ("carrots, raw, 2 medium", [("11124", 122)]),
    ("pumpkin seeds, roasted, about 30 g", [("12016", 30)]),
    ("whole wheat bread, 2 slices", [("18075", 64)]),
    ("chia seeds (1 tbsp)", [("12006", 12)]),
    ("salmon (grilled), 6 oz", [("15237", 170)], 0.25),
    ("banana: 1 large", [("09040", 136)]),
    ("almonds (roughly 30g), banana: 1", [("12061", 30), ("09040", 118)]),
    ("oatmeal, 1 cup, cooked; blueberries, 1 cup", [("08121", 234), ("09050", 148)]),
    ("milk, 2%, 1 cup", [("01079", 244)]),
    ("rice, white, 1 cup", [("20045", 158)]),
    ("rice, brown: 1 cup", [("20037", 202)]),
    # upper-case units
    ("150G almonds", [("12061", 150)]),
    ("2 CUPS cooked spinach", [("11458", 360)]),
    ("3 OZ salmon", [("15237", 85)]),
    ("1 LB SPINACH", [("11457", 453.6)], 0.25),
    ("100G DARK CHOCOLATE", [("19904", 100)]),
    ("almonds, 1/4 CUP", [("12061", 35.75)]),
    # negated segments log nothing; the rest of the message still logs
    ("3 oz chicken breast with no sauce", [("05064", 85)]),
    ("2 eggs, no toast", [("01123", 100)]),
    ("a banana but no coffee", [("09040", 118)]),
    ("1 cup oatmeal without sugar", [("08121", 234)]),
    ("skipped lunch, had a banana", [("09040", 118)]),
    ("1 oz almonds, not the chocolate", [("12061", 28.35)]),
    # boiled potatoes are the boiled (no skin) row, not baked
    ("potatoes, boiled, 2 cups", [("11367", 312)]),
    ("1 kg of potatoes, boiled", [("11367", 1000)]),
    ("300g boiled potatoes", [("11367", 300)]),
    # sunflower seeds: bare name = dry roasted; raw stays raw
    ("1 oz sunflower seeds", [("12037", 28.35)]),
    ("1 oz raw sunflower seeds", [("12036", 28.35)]),
    # cans: the canned row's SR28 can, else a 15-oz can drained = 1.5 cups
    # issue 8: a can of chickpeas is the drained can (253 g), not the total contents with the liquid (448 g)
    ("half a can of chickpeas", [("16358", 126.5)]),
    # issue 8: canned beans are weighed drained; SR28 lists black beans only with their liquid, so the
    # can is the drained pinto can (SR28 16146 "can drained solids" = 277 g) at black beans' own 35 mg/100 g
    ("a can of black beans", [("16018", 277)]),
]

FOOD_CASES: list[FoodCase] = [
    *ODS_CASES,
    *SINGLE_CASES,
    *MEAL_CASES,
    *TYPO_CASES,
    *UK_CASES,
    *ROUND2_CASES,
    *ROUND3_CASES,
]

# --- must log nothing
NON_FOOD: list[str] = [
    "hello",
    "hi",
    "hey there!",
    "good morning",
    "thanks!",
    "thank you so much",
    "lol",
    "ok",
    "yes",
    "no",
    "I feel tired",
    "I'm feeling great today",
    "my head hurts",
    "my cat is 3 years old",
    "what's the weather",
    "what time is it?",
    "how are you?",
    "can you help me?",
    "how much magnesium do I need?",
    "is magnesium good for bones?",
    "remind me at 8pm",
    "42",
    "3.14159",
    "100",
    "2 + 2",
    "12/05/2024",
    "'; DROP TABLE entries; --",
    "SELECT * FROM users WHERE 1=1",
    "<script>alert(1)</script>",
    "🍌🍌🍌",
    "😀😀",
    "👍",
    "привет",
    "你好",
    "مرحبا",
    "こんにちは",
    "asdfghjkl",
    "qwerty",
    "zzzz",
    "...",
    "?",
    "/start",
    "/help",
    "I went for a run",
    "walked 10000 steps",
    "slept 8 hours",
    "took my vitamins",
    "the meeting went well",
    "see you tomorrow",
    "bye",
    "x" * 4096,
    "blah " * 800,
    # chatty messages with food-ish words: plans, wishes, questions, negations, non-food "had"
    "took my pills",
    "took my magnesium supplement",
    "took 400mg magnesium glycinate",
    "took my vitamin d",
    "walked my dog",
    "ran 5 km",
    "meeting at 3",
    "I love you",
    "I'm going to the store to buy milk later?",
    "I want to eat more spinach",
    "should I eat almonds",
    "going to buy bananas",
    "I need to buy eggs",
    "remind me to buy almonds tomorrow",
    "I'll have salmon for dinner tomorrow",
    "planning to make lentil soup this weekend",
    "I should eat more leafy greens",
    "do bananas have magnesium",
    "are almonds better than cashews?",
    "I'm allergic to nuts",
    "I don't like spinach",
    "I didn't eat breakfast",
    "skipped lunch today",
    "I hate broccoli",
    "thinking about having oatmeal tomorrow",
    "wish I had some chocolate",
    "craving chocolate so bad",
    "we ran out of eggs",
    "what should I have for lunch",
    "recipe for banana bread please",
    "had a great day",
    "had a long meeting",
    "had a headache all day",
    "had a nap",
    "had my bone scan today",
    "my sister is nuts",
    "feeling a bit bloated",
    "hello there, how's it going",
    "tired",
    # food idioms said on their own (added with the idiom rule; written before it, all logged food)
    "cool beans",
    "that's bananas",
    "spill the beans",
    "you're a peach",
    "big cheese",
    "sweet!",
    "go nuts",
    "piece of cake",
    "lol couch potato",
    # negated segments (round 3): nothing was eaten
    "no coffee this morning",
    "no coffee this morning, proud of myself",
    "without sugar",
    "not the bread",
    "hold the cheese",
    "zero sugar",
    "skipped breakfast, too busy",
    "no chocolate today!",
    # food idioms inside a sentence (round 3)
    "it's not really my cup of tea",
    "you are the apple of my eye",
    "we are in a real pickle here",
    "the kids are full of beans",
    "come on, spill the beans",
    "my boss went bananas",
    "in a nutshell, it went fine",
    "she brings home the bacon",
    "no use crying over spilt milk",
    "he thinks he's the big cheese",
    "been a couch potato all weekend",
    "politics is a hot potato",
    "he's a bad egg",
    "walking on eggshells at work",
    "they are the cream of the crop",
    "stop trying to butter me up",
    "that movie was so cheesy",
    "sounds like sour grapes to me",
    "this bug is a tough nut to crack",
    # programming / placeholder tokens (round 3)
    "NaN",
    "null",
    "None",
    "undefined",
    "N/A",
    "true",
    "false",
    "test",
    "asdf",
    "[object Object]",
]
