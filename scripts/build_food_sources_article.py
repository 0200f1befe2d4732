#!/usr/bin/env python3
"""Generate knowledge/food-sources.md (a knowledge-base article) from knowledge/foods.csv.

Every number in the article is computed from foods.csv with the bot's arithmetic:
mg = magnesium_mg * grams / 100, rounded to whole mg, where grams = amount x the portion's grams
(ounces are 28.35 g). Which foods appear and in which portions is curated below; the values are not.

Usage:  python scripts/build_food_sources_article.py
            [--foods knowledge/foods.csv] [--out knowledge/food-sources.md]
"""

from __future__ import annotations

import argparse
import csv
import sys
from fractions import Fraction
from pathlib import Path

from food_sources_questions import ALSO_ASKED  # the section paraphrases, a sibling module

REPO = Path(__file__).resolve().parent.parent
OZ_G = 28.35
MAX_SECTION_CHARS = 900
GOAL_MG = 400  # the adult RDA is 310-420 mg/day (NIH ODS); 400 mg is a round target for the sample day

FRONT_MATTER = """---
title: Food sources of magnesium
keywords: food, foods, food sources, sources, magnesium-rich foods, foods high in magnesium, \
richest, highest, top foods, list, magnesium content, how much magnesium is in, per serving, serving, \
portion, nuts, seeds, pumpkin seeds, almonds, cashews, brazil nuts, peanuts, chia, hemp, \
spinach, vegetables, leafy greens, fruit, banana, avocado, beans, lentils, tofu, soy, whole grains, \
brown rice, oats, quinoa, bread, cereal, dark chocolate, cocoa, fish, dairy, milk, cheese, yogurt, \
calcium, diet, eat, Mg
---
# Food sources of magnesium
"""

SOURCES = """## Sources
- [USDA ARS, National Nutrient Database for Standard Reference, Release 28 (2016)]\
(https://www.ars.usda.gov/northeast-area/beltsville-md-bhnrc/beltsville-human-nutrition-research-center/\
methods-and-application-of-food-composition-laboratory/mafcl-site-pages/sr11-sr28/)
- [NIH Office of Dietary Supplements, Magnesium fact sheet]\
(https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/)
- [NIH Office of Dietary Supplements, Calcium fact sheet]\
(https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/)
- [Linus Pauling Institute, Oregon State University. Micronutrient Information Center: Magnesium (sources)]\
(https://lpi.oregonstate.edu/mic/minerals/magnesium)
"""
CHLOROPHYLL_SOURCE = 4  # the Linus Pauling Institute entry above

# Candidates for "richest foods": (id, portion spec). The ranking itself is computed. Each line shows the
# table's display name and a portion in the bot's own units, so typing "<portion> <name>" to the bot
# logs exactly the number printed (tests/test_food_sources_article.py checks this).
RICHEST = [
    ("pumpkin_seeds_roasted", "oz:1"),
    ("chia_seeds", "oz:1"),
    ("hemp_seeds", "oz:1"),
    ("brazil_nuts", "oz:1"),
    ("almonds_dry_roasted", "oz:1"),
    ("spinach_cooked", "cup:0.5"),
    ("chard_cooked", "cup:0.5"),
    ("cashews_dry_roasted", "oz:1"),
    ("peanuts_oil_roasted", "cup:0.25"),
    ("shredded_wheat", "piece:2"),
    ("soy_milk", "cup:1"),
    ("black_beans_cooked", "cup:0.5"),
    ("quinoa_cooked", "cup:1"),
    ("dark_chocolate_70", "oz:1"),
    ("edamame", "cup:0.5"),
    ("peanut_butter", "tbsp:2"),
    ("brown_rice_cooked", "cup:1"),
    ("oatmeal", "cup:1"),
    ("tofu_firm", "cup:0.5"),
    ("mackerel", "oz:3"),
]
# Plant foods only, for vegans and vegetarians; ranked by mg per serving like RICHEST.
PLANT = [
    ("pumpkin_seeds_roasted", "oz:1"),
    ("chia_seeds", "oz:1"),
    ("almonds_dry_roasted", "oz:1"),
    ("spinach_cooked", "cup:0.5"),
    ("cashews_dry_roasted", "oz:1"),
    ("black_beans_cooked", "cup:0.5"),
    ("quinoa_cooked", "cup:1"),
    ("tofu_firm", "cup:0.5"),
    ("soy_milk", "cup:1"),
    ("edamame", "cup:0.5"),
    ("peanut_butter", "tbsp:2"),
    ("brown_rice_cooked", "cup:1"),
]
NUTS_SEEDS = [
    ("pumpkin_seeds_roasted", "oz:1"),
    ("hemp_seeds", "tbsp:3"),
    ("chia_seeds", "oz:1"),
    ("brazil_nuts", "oz:1"),
    ("almonds_dry_roasted", "oz:1"),
    ("cashews_dry_roasted", "oz:1"),
    ("flaxseed", "tbsp:1"),
    ("sunflower_seeds_roasted", "oz:1"),
    ("peanuts_dry_roasted", "oz:1"),
    ("walnuts", "oz:1"),
    ("tahini", "tbsp:1"),
    ("peanut_butter", "tbsp:2"),
]
LEGUMES = [
    ("black_beans_cooked", "cup:0.5"),
    ("soy_milk", "cup:1"),
    ("edamame", "cup:0.5"),
    ("white_beans_cooked", "cup:0.5"),
    ("chickpeas_cooked", "cup:0.5"),
    ("kidney_beans_canned", "cup:0.5"),
    ("lentils_cooked", "cup:0.5"),
    ("tofu_firm", "cup:0.5"),
    ("tempeh", "oz:3"),
    ("hummus", "tbsp:2"),
]
GRAINS = [
    ("shredded_wheat", "piece:2"),
    ("quinoa_cooked", "cup:0.5"),
    ("brown_rice_cooked", "cup:0.5"),
    ("fortified_cereal", "serving:1"),
    ("oatmeal", "cup:1"),
    ("instant_oatmeal", "packet:1"),
    ("bread_whole_wheat", "slice:1"),
    ("white_rice_cooked", "cup:0.5"),
    ("bread_white", "slice:1"),
]
VEGETABLES = [
    ("spinach_cooked", "cup:0.5"),
    ("spinach_raw", "cup:1"),
    ("chard_cooked", "cup:0.5"),
    ("potato_baked", "medium:1"),
    ("broccoli_cooked", "cup:0.5"),
    ("kale_cooked", "cup:0.5"),
    ("carrot_raw", "medium:1"),
]
FRUIT = [
    ("banana", "medium:1"),
    ("figs_dried", "cup:0.25"),
    ("avocado", "cup:0.5"),
    ("raisins", "cup:0.5"),
    ("kiwi", "piece:1"),
    ("orange", "piece:1"),
    ("apple", "medium:1"),
]
ANIMAL = [
    ("yogurt_plain_lowfat", "oz:8"),
    ("mackerel", "oz:3"),
    ("salmon_farmed", "oz:3"),
    ("milk_whole", "cup:1"),
    ("halibut", "oz:3"),
    ("chicken_breast_roasted", "oz:3"),
    ("beef_ground_90", "oz:3"),
    ("egg_boiled", "large:1"),
]
# Milk first: the section's opening sentence quotes it.
DAIRY = [
    ("milk_whole", "cup:1"),
    ("yogurt_plain_lowfat", "oz:8"),
    ("cheddar", "oz:1"),
]
DRINKS = [
    ("soy_milk", "cup:1"),
    ("dark_chocolate_70", "oz:1"),
    ("cocoa_powder", "tbsp:1"),
    ("hot_chocolate", "cup:1"),
    ("orange_juice", "cup:1"),
    ("milk_chocolate", "oz:1"),
    ("coffee", "cup:1"),
    ("beer", "can:1"),
    ("wine_red", "glass:1"),
    ("tea_black", "cup:1"),
]
SAMPLE_DAY = [
    ("Breakfast", [("oatmeal", "cup:1", "oatmeal"), ("banana", "medium:1", "banana")]),
    (
        "Lunch",
        [
            ("bread_whole_wheat", "slice:2", "whole-wheat bread"),
            ("peanut_butter", "tbsp:2", "peanut butter"),
        ],
    ),
    ("Snack", [("almonds_dry_roasted", "oz:1", "almonds")]),
    (
        "Dinner",
        [
            ("salmon_farmed", "oz:3", "salmon"),
            ("brown_rice_cooked", "cup:0.5", "brown rice"),
            ("spinach_cooked", "cup:0.5", "cooked spinach"),
        ],
    ),
]


class Foods:
    def __init__(self, path: Path):
        with path.open(newline="", encoding="utf-8") as fh:
            self.rows = {r["id"]: r for r in csv.DictReader(fh)}

    def grams(self, food_id: str, spec: str) -> float:
        row = self.rows[food_id]
        unit, _, amount = spec.partition(":")
        if unit == "oz":
            return float(amount) * OZ_G
        portions = dict(p.split("=") for p in row["portions"].split("|"))
        if unit not in portions:
            sys.exit(f"error: {food_id} has no {unit!r} portion (has {sorted(portions)})")
        return float(amount) * float(portions[unit])

    def mg(self, food_id: str, spec: str, nutrient: str = "magnesium_mg") -> int:
        return round(float(self.rows[food_id][nutrient]) * self.grams(food_id, spec) / 100)


COUNTED = {"slice", "piece", "packet", "serving", "glass", "can", "bowl", "handful"}


def amount_text(spec: str) -> str:
    """A portion in the words the bot reads and prints: "1/2 cup", "2 tbsp", "1 medium", "2 slices"."""
    unit, _, amount = spec.partition(":")
    frac = Fraction(amount).limit_denominator(8)
    qty = str(frac) if frac.denominator != 1 else str(frac.numerator)
    if unit in COUNTED and frac > 1:
        return f"{qty} {unit}es" if unit.endswith("ch") else f"{qty} {unit}s"
    return f"{qty} {unit.replace('_', ' ')}"


def item(foods: Foods, food_id: str, spec: str) -> tuple[int, str]:
    mg = foods.mg(food_id, spec)
    grams = foods.grams(food_id, spec)
    return mg, f"- {foods.rows[food_id]['name']}, {amount_text(spec)} ({grams:.0f} g): {mg} mg"


def listing(foods: Foods, items: list[tuple[str, str, str]], sort: bool = True) -> tuple[list[str], dict]:
    done = [(*item(foods, *it), it[0]) for it in items]
    if sort:
        done.sort(key=lambda t: -t[0])
    return [line for _, line, _ in done], {fid: mg for mg, _, fid in done}


def also_line(title: str) -> str:
    """The hidden `<!-- also: ... -->` line of other ways to ask a section's question (indexed, not shown)."""
    questions = ALSO_ASKED.get(title)
    if not questions:
        sys.exit(f"error: section {title!r} has no entry in ALSO_ASKED")
    for q in questions:
        if "|" in q or "-->" in q:
            sys.exit(f"error: paraphrase {q!r} of {title!r} contains '|' or '-->'")
    return "<!-- also: " + " | ".join(questions) + " -->\n"


def section(title: str, body: str, source: int | None = None) -> str:
    text = f"## {title}\n{body.strip()}\n"
    # The also-line is not part of the answer the user sees, so it does not count towards the length.
    if len(text) > MAX_SECTION_CHARS:
        sys.exit(f"error: section {title!r} is {len(text)} characters (max {MAX_SECTION_CHARS})")
    cited = f"<!-- source: {source} -->\n" if source else ""  # default: the first entry of SOURCES
    return f"## {title}\n{also_line(title)}{cited}{body.strip()}\n"


def list_section(foods: Foods, title: str, intro: str, items: list, limit: int | None = None) -> str:
    """A section that is an introduction followed by a ranked list of servings."""
    lines, _ = listing(foods, items)
    return section(title, intro + "\n" + "\n".join(lines[:limit]))


def build(foods: Foods) -> str:
    parts = [FRONT_MATTER]

    parts.append(
        list_section(
            foods,
            "Which foods are richest in magnesium?",
            "Seeds, nuts, leafy greens, beans, soy and whole grains give the most magnesium per typical "
            "serving. The top 12 of a set of common foods, per serving (USDA SR28 values):",
            RICHEST,
            limit=12,
        )
    )

    parts.append(
        list_section(
            foods,
            "Which plant foods are best for magnesium?",
            "Most of the richest magnesium sources are plants (a few fish, such as mackerel, are rich too), "
            "so vegan and vegetarian diets can meet the RDA with some planning. Phytate in whole grains, "
            "beans, nuts and seeds binds some of their magnesium, but the effect is modest (soaking, sprouting "
            "and leavening lower it) and these foods stay the best sources. Seeds, nuts, beans, soy foods, "
            "whole grains and leafy greens lead (USDA SR28, per serving):",
            PLANT,
            limit=10,
        )
    )

    parts.append(
        list_section(
            foods,
            "How much magnesium is in nuts and seeds?",
            "Seeds and nuts are among the richest sources: a small handful (1 oz, about 28 g) is one of the easiest ways to add "
            "magnesium:",
            NUTS_SEEDS,
        )
    )

    parts.append(
        list_section(
            foods,
            "How much magnesium is in beans, lentils and soy foods?",
            "Cooked beans and soy foods are good everyday sources (portions are cooked or ready to eat):",
            LEGUMES,
        )
    )

    lines, mg = listing(foods, GRAINS)
    ratio = mg["brown_rice_cooked"] / max(mg["white_rice_cooked"], 1)
    parts.append(
        section(
            "Do whole grains and breakfast cereals have magnesium?",
            "Yes: most of a grain's magnesium is in the bran and germ, so whole grains beat refined ones "
            f"(half a cup of brown rice has about {ratio:.0f} times the magnesium of white rice).\n"
            + "\n".join(lines),
        )
    )

    lines, mg = listing(foods, VEGETABLES, sort=False)
    raw_cup = foods.grams("spinach_raw", "cup:1")
    cooked_cup = foods.grams("spinach_cooked", "cup:1")
    parts.append(
        section(
            "Which vegetables have magnesium, and does cooking matter?",
            "Dark leafy greens such as spinach and chard are the richest vegetables, and good sources. Boiling "
            "leaches some magnesium into the water (steaming keeps more), and cooking doesn't add any, but greens "
            "shrink: a cup of cooked "
            f"spinach ({cooked_cup:.0f} g) holds about {cooked_cup / raw_cup:.0f} cups of raw leaves "
            f"({raw_cup:.0f} g "
            'each), so "a cup of spinach" means much more magnesium when it is cooked.\n' + "\n".join(lines),
        )
    )

    half_cup = foods.mg("spinach_cooked", "cup:0.5")
    parts.append(
        section(
            "Why are green leafy vegetables rich in magnesium?",
            "Because magnesium is part of chlorophyll, the green pigment plants use to capture sunlight: each "
            "chlorophyll molecule has a magnesium atom at its centre. So dark green leaves such as spinach "
            f"and chard are among the richest vegetables (half a cup of cooked spinach has about "
            f"{half_cup} mg). Nuts, seeds, beans and whole grains are rich sources "
            "too.",
            source=CHLOROPHYLL_SOURCE,
        )
    )

    parts.append(
        list_section(
            foods,
            "Which fruits have magnesium?",
            "Fruit is a modest source of magnesium (bananas are known more for potassium); bananas, avocado "
            "and dried fruit give the most per serving, while seeds, nuts and beans give more:",
            FRUIT,
        )
    )

    parts.append(
        list_section(
            foods,
            "How much magnesium is in dairy, fish and meat?",
            "Animal foods have less magnesium than seeds or beans, but dairy and fish still add up over "
            "a day:",
            ANIMAL,
        )
    )

    # Milk and dairy: asked about as a magnesium source by people who drink milk for their bones.
    lines = []
    for food_id, spec in DAIRY:
        grams = foods.grams(food_id, spec)
        mg, ca = foods.mg(food_id, spec), foods.mg(food_id, spec, "calcium_mg")
        name = foods.rows[food_id]["name"]
        lines.append(f"- {name}, {amount_text(spec)} ({grams:.0f} g): {mg} mg magnesium, {ca} mg calcium")
    milk_mg, milk_ca = foods.mg(*DAIRY[0]), foods.mg(*DAIRY[0], "calcium_mg")
    parts.append(
        section(
            "Is milk or dairy a good source of magnesium?",
            f"Not much: milk is mainly a calcium source. A cup of milk gives about {milk_mg} mg of magnesium, "
            f"under a tenth of the 310-420 mg adults need, but about {milk_ca} mg of calcium, roughly a "
            "quarter of an adult's 1,000-1,200 mg. Dairy is good for your calcium; for magnesium, add seeds, "
            "nuts, beans, whole grains and leafy greens (USDA SR28, per serving):\n" + "\n".join(lines),
        )
    )

    parts.append(
        list_section(
            foods,
            "How much magnesium is in chocolate, cocoa and drinks?",
            "Cocoa is rich in magnesium, so dark chocolate and cocoa drinks help; coffee, tea and "
            "alcohol add little:",
            DRINKS,
        )
    )

    day_lines, total = [], 0
    for meal, items in SAMPLE_DAY:
        mgs = [foods.mg(fid, spec) for fid, spec, _ in items]
        total += sum(mgs)
        desc = ", ".join(
            f"{amount_text(spec)} {label}" + f" ({m} mg)"
            for (_fid, spec, label), m in zip(items, mgs, strict=True)
        )
        day_lines.append(f"- {meal}: {desc}")
    parts.append(
        section(
            "How can I reach my magnesium goal with food?",
            "Adults need about 310-420 mg a day, and ordinary foods can cover it. A sample day:\n"
            + "\n".join(day_lines)
            + f"\n\nTotal: about {total} mg. Swapping white bread and rice for whole-grain versions "
            "and adding a handful of seeds or nuts is usually enough to close the gap.",
        )
    )
    if abs(total - GOAL_MG) > 60:
        sys.exit(f"error: the sample day adds up to {total} mg, not about {GOAL_MG} mg")

    parts.append(SOURCES)
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--foods", type=Path, default=REPO / "knowledge" / "foods.csv")
    ap.add_argument("--out", type=Path, default=REPO / "knowledge" / "food-sources.md")
    args = ap.parse_args(argv)
    text = build(Foods(args.foods))
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
