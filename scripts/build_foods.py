#!/usr/bin/env python3
"""Build knowledge/foods.csv, the curated magnesium food table, from USDA SR28 extracts.

Every nutrient value and every SR28 portion weight is read from the SR28 CSVs; the only numbers written
in this file are the curation choices (which NDB numbers, names, aliases, default servings) and the
documented default portion rules (handful / bowl / glass), which are described in knowledge/FOODS.md.

Usage:  python scripts/build_foods.py [--sr28-dir ../shared/data] [--out knowledge/foods.csv]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# fmt: off
HEADER = [
    "id", "name", "aliases", "ndb", "food_group", "magnesium_mg", "calcium_mg", "vitamin_d_ug",
    "vitamin_k_ug", "energy_kcal", "portions", "serving", "ods",
]
NUTRIENTS = ["magnesium_mg", "calcium_mg", "vitamin_d_ug", "vitamin_k_ug", "energy_kcal"]
UNITS = [
    "cup", "tbsp", "tsp", "slice", "piece", "small", "medium", "large", "handful", "bowl", "glass", "can",
    "packet", "serving", "fl_oz", "half",
]
# fmt: on
OZ_G = 28.35  # 1 avoirdupois ounce in grams (the weight SR28 itself uses for "1 oz")
DRINK_KINDS = {"juice", "milk", "drink", "hotdrink", "beer", "wine", "spirit"}
CONTAINER_MAX_G = 250.0
GLASS_FALLBACK_G = 240.0  # 8 fl oz (240 ml) of a water-like drink, when SR28 lists no cup or fl oz
ODS_TOLERANCE = 0.25
# "half a can of chickpeas": a standard 15-oz can of legumes or vegetables holds about 1.5 cups drained
# (USDA/FDA can-size tables: 15-16 oz can = 1.5-2 cups drained). Used for legume and cooked-vegetable rows
# whose own SR28 entry lists no "can" measure; a row with an SR28 can measure keeps it.
CAN_KINDS = {"legume", "veg"}
DEFAULT_CAN_CUPS = 1.5

# ---------------------------------------------------------------------------------------------------
# Default portion rules per kind (documented in knowledge/FOODS.md).
#   serving : candidate default servings, first one whose unit exists wins ("oz:N" = N ounces by mass)
#   handful : "oz" -> 1 oz (28.35 g); "halfcup" -> 0.5 x the food's SR28 cup; "cup" -> 1 x cup
#   bowl    : multiple of the food's SR28 cup
#   glass   : "cup" -> the food's SR28 cup (8 fl oz), else 8 x fl_oz, else 240 g (8 fl oz of a
#             water-like drink); "beer" -> can, else 12 fl oz; "wine" -> 5 fl oz
#   fallback: mass default serving for a food that has no usable SR28 household measure
# ---------------------------------------------------------------------------------------------------
KINDS: dict[str, dict] = {
    "fruit": {"serving": ["medium:1", "piece:1", "cup:1", "serving:1"]},
    "berry": {"serving": ["cup:0.5"], "handful": "halfcup"},
    "dried": {"serving": ["handful:1"], "handful": "oz"},
    "juice": {"serving": ["glass:1"], "glass": "cup"},
    "veg": {"serving": ["cup:0.5", "medium:1", "piece:1", "serving:1"], "fallback": "oz:3"},
    "rawveg": {"serving": ["cup:0.5", "medium:1", "piece:1", "serving:1"]},
    "greens": {"serving": ["cup:1"], "bowl": 2.0},
    "herb": {"serving": ["tbsp:1", "cup:0.25", "piece:1"]},
    "legume": {"serving": ["cup:0.5"], "bowl": 1.5},
    "soy": {"serving": ["cup:0.5", "serving:1", "oz:3"]},
    "nut": {"serving": ["handful:1"], "handful": "oz"},
    "seed": {"serving": ["tbsp:1", "handful:1"], "handful": "oz"},
    "nutbutter": {"serving": ["tbsp:2"]},
    "grain": {"serving": ["cup:0.5"], "bowl": 1.5},
    "pasta": {"serving": ["cup:1"], "bowl": 1.5},
    "hotcereal": {"serving": ["cup:1", "packet:1"], "bowl": 1.5},
    "cereal": {"serving": ["serving:1", "cup:1"], "bowl": 1.5, "bowl_max_g": 75.0},
    "bread": {"serving": ["slice:1", "piece:1", "medium:1", "serving:1", "oz:1"]},
    "baked": {"serving": ["piece:1", "medium:1", "slice:1", "serving:1", "oz:1"]},
    "cracker": {"serving": ["serving:1", "oz:1"], "handful": "oz"},
    "milk": {"serving": ["glass:1"], "glass": "cup"},
    "drink": {"serving": ["glass:1", "can:1", "serving:1"], "glass": "cup"},
    "hotdrink": {"serving": ["cup:1", "fl_oz:8", "glass:1"], "glass": "cup"},
    "beer": {"serving": ["glass:1"], "glass": "beer"},
    "wine": {"serving": ["glass:1"], "glass": "wine"},
    "spirit": {"serving": ["fl_oz:1.5"]},
    "yogurt": {"serving": ["piece:1", "cup:1"], "fallback": "oz:6"},
    "cheese": {"serving": ["slice:1", "oz:1"]},
    "dairy": {"serving": ["tbsp:1", "cup:0.5"]},
    "dessert": {"serving": ["cup:0.5", "piece:1", "slice:1", "serving:1"], "fallback": "oz:3"},
    "egg": {"serving": ["piece:1", "large:1", "cup:0.5"]},
    "meat": {"serving": ["oz:3"]},
    "deli": {"serving": ["oz:2"]},
    "sausage": {"serving": ["piece:1", "oz:2"]},
    "dish": {"serving": ["piece:1", "slice:1", "serving:1", "medium:1", "cup:1"], "fallback": "oz:5"},
    "soup": {"serving": ["cup:1", "serving:1"], "bowl": 1.5},
    "snack": {"serving": ["handful:1"], "handful": "oz"},
    "popcorn": {"serving": ["cup:3"], "handful": "cup", "bowl": 3.0, "fallback": "oz:1"},
    "sweet": {"serving": ["piece:1", "serving:1", "oz:1"]},
    "spread": {"serving": ["tbsp:1", "tsp:1", "serving:1"], "fallback": "oz:0.5"},
    "condiment": {"serving": ["tbsp:1", "tsp:1", "serving:1", "cup:0.0625"]},
    "fat": {"serving": ["tbsp:1", "tsp:1", "piece:1"]},
    "sugar": {"serving": ["tsp:1", "tbsp:1", "serving:1", "packet:1"]},
    "spice": {"serving": ["tsp:1", "tbsp:1", "cup:0.02"]},
}


@dataclass(frozen=True)
class Food:
    id: str
    name: str
    ndb: str
    aliases: str = ""  # "|"-separated
    serving: str | None = None  # explicit default serving "unit:amount" (or "oz:N")
    pick: dict = field(default_factory=dict)  # canonical unit -> SR28 unit-text prefix to use
    # canonical unit -> (NDB, SR28 unit-text prefix): a measure of a *similar* SR28 food, used only when
    # this food's own SR28 entry has no such measure (e.g. Greek yogurt's cup = plain yogurt's cup)
    borrow: dict = field(default_factory=dict)
    handful: str | None = None
    bowl: float | None = None
    glass: str | None = None
    ods: tuple | None = None  # (label, "unit:amount", mg_low, mg_high)
    ods_note: str = ""  # explanation when SR28 differs from ODS by more than the tolerance
    kind: str = ""


def load_sr28(sr28_dir: Path) -> tuple[dict, dict]:
    foods_path = sr28_dir / "usda_sr28_foods.csv"
    portions_path = sr28_dir / "usda_sr28_portions.csv"
    for p in (foods_path, portions_path):
        if not p.exists():
            sys.exit(f"error: SR28 file not found: {p} (use --sr28-dir)")
    with foods_path.open(newline="", encoding="utf-8") as fh:
        foods = {r["ndb"]: r for r in csv.DictReader(fh)}
    portions: dict[str, list] = {}
    with portions_path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            portions.setdefault(r["ndb"], []).append(r)
    for rows in portions.values():
        rows.sort(key=lambda r: int(r["seq"]))
    return foods, portions


# ---------------------------------------------------------------------------------------------------
# SR28 household measure -> canonical unit
# ---------------------------------------------------------------------------------------------------
# fmt: off
PIECE_HEADS = {
    "fruit", "piece", "each", "biscuit", "bar", "egg", "patty", "link", "stalk", "clove", "leaf", "nut",
    "kernel", "cookie", "muffin", "bagel", "sandwich", "item", "roll", "pancake", "waffle", "doughnut",
    "donut", "tortilla", "croissant", "frankfurter", "wing", "drumstick", "thigh", "breast", "fillet",
    "steak", "chop", "pepper", "spear", "ear", "olive", "date", "fig", "pod", "shrimp", "cracker",
    "bun", "burger", "burrito", "taco", "pastry", "sausage", "pat", "chip",
    "fry", "nugget", "tender", "wedge", "enchilada", "tamale", "pupusa", "empanada", "arepa",
    "quesadilla", "danish", "pretzel", "egg roll", "shell", "wafer", "square", "envelope", "scoop",
    "pattie", "stick", "wrapper", "sheet", "sundae", "hotcake", "skin", "mushroom", "container",
    # whole vegetables/fruit SR28 measures by their own name ("cucumber (8-1/4\")", "leek", "avocado, NS as
    # to Florida or California", "eggplant, unpeeled"): one whole item
    "avocado", "cucumber", "leek", "eggplant",
}
NOT_SIZE_HEADS = {"head", "bunch", "package", "bag", "box", "jar", "bottle", "loaf", "pizza", "leaf", "can",
                  "melon", "pie", "cake", "container", "recipe", "wedge", "strip"}
BAD_CUP = re.compile(r"pureed|mashed|ground|crumbs|melted|yields|\bdry\b|in shell|condensed|puree|juice|"
                     r"(?<!not )packed|frozen|unthawed|with liquid|drained|whipped|shredded|grated")
# fmt: on
SIZE_RE = re.compile(r"\b(extra[ -]small|extra[ -]large|very large|jumbo|small|medium|large)\b")


def _head(base: str) -> str:
    word = re.split(r"[ ,]", base.strip(), maxsplit=1)[0]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in PIECE_HEADS:
        return word[:-2]
    if word.endswith("s") and word[:-1] in PIECE_HEADS:
        return word[:-1]
    return word


def classify(unit: str) -> list[tuple[str, float, int]]:
    """Map one SR28 measure description to [(canonical unit, divisor, score)].

    grams per canonical unit = row grams / row amount / divisor ... the divisor is 1 except for a row
    that *is* one serving (e.g. "2 biscuits (1 NLEA serving)": serving = whole row).  A lower score is a
    more typical measure; ties are broken by SR28 sequence order.
    """
    u = unit.lower().strip()
    base = re.sub(r"\(.*?\)", "", u).strip()
    out: list[tuple[str, float, int]] = []
    if "nlea serving" in u and not base.startswith(("serving", "nlea")):
        out.append(("serving", 0.0, 0))  # 0.0 marks "the whole row is one serving"
    m = re.match(r"serving\s+(\d+(?:/\d+)?|\d*\.\d+)\s+(cup|tbsp|tsp|fl oz)\b", base)
    if m:  # "serving 1 cup", "serving 2 TBSP", "serving 6 fl oz"
        num, what = m.groups()
        qty = float(num.split("/")[0]) / float(num.split("/")[1]) if "/" in num else float(num)
        out.append(({"fl oz": "fl_oz"}.get(what, what), qty, 1))
    halves = re.search(r"\((\d+) halves\)", u)
    if halves:  # "oz (14 halves)", "cup shelled (50 halves)": one nut half (walnuts, pecans)
        out.append(("half", float(halves.group(1)), 0))
    if re.match(r"inch sub\b", base):  # "6 inch sub": the amount is a length; the row is one sandwich
        return out + [("piece", 0.0, 0)]
    if base.startswith("fl oz"):
        return out + [("fl_oz", 1.0, 0)]
    if re.match(r"(oz|ounce|lb|pound|g|gram|kg)\b", base):
        return out
    if re.match(r"cups?\b", base):
        qual = base[3:].strip(" ,")
        score = 0 if not qual else (3 if BAD_CUP.search(qual) else 1)
        return out + [("cup", 1.0, score)]
    if re.match(r"(tbsp|tablespoons?)\b", base):
        return out + [("tbsp", 1.0, 0 if base in ("tbsp", "tablespoon") else 1)]
    if re.match(r"(tsp|teaspoons?)\b", base):
        return out + [("tsp", 1.0, 0 if base in ("tsp", "teaspoon") else 1)]
    if re.match(r"slices?\b", base):
        qual = re.sub(r"^slices?", "", base).strip(" ,")
        score = 0 if not qual else (1 if re.search(r"medium|regular", qual) else 2)
        return out + [("slice", 1.0, score)]
    if re.match(r"(can|cans)\b", base):
        return out + [("can", 1.0, 0)]
    if re.match(r"(packet|packets|envelope|pouch|sachet)\b", base):
        out.append(("packet", 1.0, 0))
    head = _head(base)
    size = SIZE_RE.search(base)
    if size and not size.group(1).startswith(("extra", "very", "jumbo")) and head not in NOT_SIZE_HEADS:
        return out + [(size.group(1), 1.0, 0 if base.startswith(size.group(1)) else 1)]
    if base.startswith(("serving", "nlea serving")):
        return out + [("serving", 1.0, 0 if "nlea" in base else 1)]
    if head == "order":  # a restaurant order is one serving
        return out + [("serving", 1.0, 1)]
    if head in PIECE_HEADS or base.startswith("egg roll"):
        out.append(("piece", 1.0, 0 if re.search(r"medium|regular|average", u) else 1))
    return out


def sr28_portions(rows: list[dict], pick: dict) -> tuple[dict[str, float], dict[str, str]]:
    """Canonical unit -> grams for one unit, and canonical unit -> the SR28 measure it came from."""
    best: dict[str, tuple] = {}
    for r in rows:
        amount, grams, unit = float(r["amount"]), float(r["grams"]), r["unit"]
        if amount <= 0 or grams <= 0:
            continue
        for canon, div, score in classify(unit):
            g = grams if div == 0.0 else grams / amount / div
            if canon == "piece" and unit.lower().startswith("container") and g > CONTAINER_MAX_G:
                continue  # only a single-serve container is "a piece" (a 32 oz tub of broth is not)
            key = (score, int(r["seq"]))
            if canon not in best or key < best[canon][0]:
                best[canon] = (key, g, unit)
    out = {k: v[1] for k, v in best.items()}
    origin = {k: v[2] for k, v in best.items()}
    for canon, prefix in pick.items():  # curated overrides: "use this SR28 measure for this unit"
        match = [r for r in rows if r["unit"].lower().startswith(prefix.lower())]
        if not match:
            raise ValueError(f"no SR28 measure starting with {prefix!r} for unit {canon!r}")
        r = match[0]
        out[canon] = float(r["grams"]) / float(r["amount"])
        origin[canon] = r["unit"]
    return out, origin


def parse_spec(spec: str) -> tuple[str, float]:
    unit, _, amount = spec.partition(":")
    return unit, float(amount)


def spec_grams(spec: str, portions: dict[str, float]) -> float | None:
    unit, amount = parse_spec(spec)
    if unit == "oz":
        return amount * OZ_G
    if unit in portions:
        return amount * portions[unit]
    return None


def build_row(
    food: Food, sr: dict, rows: list[dict], all_rows: dict[str, list] | None = None
) -> tuple[dict, dict[str, float]]:
    rules = KINDS[food.kind]
    portions, origin = sr28_portions(rows, food.pick)
    for canon, (ndb, prefix) in food.borrow.items():
        if canon in portions:
            raise ValueError(f"borrowed unit {canon!r} but SR28 already lists one")
        match = [r for r in (all_rows or {}).get(ndb, []) if r["unit"].lower().startswith(prefix.lower())]
        if not match:
            raise ValueError(f"no SR28 measure starting with {prefix!r} for NDB {ndb} (borrowed {canon!r})")
        portions[canon] = float(match[0]["grams"]) / float(match[0]["amount"])
        origin[canon] = f"{match[0]['unit']} (NDB {ndb})"
    # documented: a "piece" of a food sold in sizes is a medium one -- but not for drinks, and not when
    # "medium" is a restaurant portion ("serving medium" fries, a medium fountain drink)
    if (
        "medium" in portions
        and "piece" not in food.pick
        and food.kind not in DRINK_KINDS
        and not origin["medium"].lower().startswith("serving")
    ):
        portions["piece"] = portions["medium"]
    if food.kind in CAN_KINDS and "can" not in portions and "cup" in portions:
        portions["can"] = portions["cup"] * DEFAULT_CAN_CUPS
    handful = food.handful or rules.get("handful")
    if handful == "oz":
        portions["handful"] = OZ_G
    elif handful in ("halfcup", "cup") and "cup" in portions:
        portions["handful"] = portions["cup"] * (0.5 if handful == "halfcup" else 1.0)
    bowl = food.bowl or rules.get("bowl")
    if bowl and "cup" in portions:
        portions["bowl"] = portions["cup"] * bowl
        if rules.get("bowl_max_g"):  # dense dry cereals (muesli, granola): a bowl is not 1.5 heavy cups
            portions["bowl"] = min(portions["bowl"], rules["bowl_max_g"])
    glass = food.glass or rules.get("glass")
    if glass == "cup":
        if "cup" in portions:
            portions["glass"] = portions["cup"]
        elif "fl_oz" in portions:
            portions["glass"] = 8 * portions["fl_oz"]
        else:
            portions["glass"] = GLASS_FALLBACK_G
    elif glass == "beer":
        if "can" in portions:
            portions["glass"] = portions["can"]
        elif "fl_oz" in portions:
            portions["glass"] = 12 * portions["fl_oz"]
    elif glass == "wine" and "fl_oz" in portions:
        portions["glass"] = 5 * portions["fl_oz"]

    candidates = [food.serving] if food.serving else rules["serving"] + [rules.get("fallback", "")]
    candidates = [c for c in candidates if c]
    serving = None
    for spec in candidates:
        grams = spec_grams(spec, portions)
        if grams is None:
            continue
        unit, amount = parse_spec(spec)
        if unit == "oz":  # mass default: becomes the "serving" unit (overrides SR28 serving rows)
            portions["serving"] = grams
            serving = "serving:1"
        else:
            portions.setdefault("serving", grams)
            serving = f"{unit}:{amount:g}"
        break
    if serving is None:
        raise ValueError(f"no usable default serving among {candidates} (portions: {sorted(portions)})")

    rounded = {u: round(portions[u], 1) for u in UNITS if u in portions}
    rounded = {u: g for u, g in rounded.items() if g > 0}
    row = {
        "id": food.id,
        "name": food.name,
        "aliases": "|".join(a.strip().lower() for a in food.aliases.split("|") if a.strip()),
        "ndb": food.ndb,
        "food_group": sr["food_group"],
        **{n: sr[n] for n in NUTRIENTS},
        "portions": "|".join(f"{u}={g:.1f}" for u, g in rounded.items()),
        "serving": serving,
        "ods": food.ods[0] if food.ods else "",
    }
    return row, rounded


def mg_for(row: dict, portions: dict[str, float], spec: str) -> int:
    grams = spec_grams(spec, portions)
    assert grams is not None, spec
    return round(float(row["magnesium_mg"]) * grams / 100)


def all_foods() -> list[Food]:
    foods = []
    for kind, items in FOODS_BY_KIND:
        if kind not in KINDS:
            sys.exit(f"error: unknown kind {kind!r}")
        foods.extend(replace(f, kind=kind) for f in items)
    return foods


def validate(foods: list[Food], sr: dict) -> None:
    errors = []
    ids: set[str] = set()
    claimed: dict[str, str] = {}
    for f in foods:
        if not re.fullmatch(r"[a-z0-9_]+", f.id):
            errors.append(f"{f.id}: id must match [a-z0-9_]+")
        if f.id in ids:
            errors.append(f"{f.id}: duplicate id")
        ids.add(f.id)
        if not re.fullmatch(r"\d{5}", f.ndb):
            errors.append(f"{f.id}: NDB {f.ndb!r} is not 5 digits")
        elif f.ndb not in sr:
            errors.append(f"{f.id}: NDB {f.ndb} not found in usda_sr28_foods.csv")
        if f.name != f.name.lower():
            errors.append(f"{f.id}: name must be lowercase")
        for term in [f.name] + [a for a in f.aliases.split("|") if a.strip()]:
            key = term.strip().lower()
            if key in claimed and claimed[key] != f.id:
                errors.append(f"name/alias {key!r} claimed by both {claimed[key]} and {f.id}")
            elif key in claimed:
                errors.append(f"{f.id}: {key!r} listed twice")
            claimed[key] = f.id
    if errors:
        sys.exit("error: curation problems:\n  " + "\n  ".join(errors))


def ods_check(results: list[tuple[Food, dict, dict]]) -> tuple[list[str], bool]:
    lines = [
        "| ODS food and serving | ODS mg | SR28 NDB | grams | computed mg | diff | status |",
        "|---|---|---|---|---|---|---|",
    ]
    ok = True
    for food, row, portions in results:
        if not food.ods:
            continue
        label, spec, lo, hi = food.ods
        grams = spec_grams(spec, portions)
        mg = mg_for(row, portions, spec)
        if mg < lo:
            diff = (mg - lo) / lo
        elif mg > hi:
            diff = (mg - hi) / hi
        else:
            diff = 0.0
        within = abs(diff) <= ODS_TOLERANCE
        status = "ok" if within else ("EXPLAINED" if food.ods_note else "FAIL")
        ok &= within or bool(food.ods_note)
        ods_mg = f"{lo:g}" if lo == hi else f"{lo:g}-{hi:g}"
        lines.append(f"| {label} | {ods_mg} | {row['ndb']} | {grams:.1f} | {mg} | {diff:+.0%} | {status} |")
    return lines, ok


# Generic words that name a kind of food, not one food ("cake", "soup", "nuts"). The bot never guesses
# for these: it asks "Did you mean …?" with these candidates (ids of this table), best first.
GENERIC: dict[str, list[str]] = {
    "cake": ["cake_yellow", "cake_chocolate", "cake_sponge", "cheesecake"],
    "sandwich": ["club_sandwich", "blt", "sub_ham", "sub_turkey"],
    "sub": ["sub_turkey", "sub_ham", "sub_tuna", "club_sandwich"],
    "salad": ["lettuce_green_leaf", "potato_salad", "fruit_salad_canned"],
    "soup": ["soup_chicken_noodle", "soup_tomato", "soup_vegetable", "soup_lentil"],
    "beef": ["beef_ground_90", "beef_sirloin", "beef_round_roast", "beef_stew_meat"],
    "pork": ["pork_chop", "pork_tenderloin", "bacon"],
    "meat": ["chicken_roasted", "beef_ground_90", "beef_sirloin", "pork_chop"],
    "nuts": ["mixed_nuts", "almonds_raw", "peanuts_dry_roasted", "cashews_dry_roasted"],
    "seeds": ["pumpkin_seeds_roasted", "sunflower_seeds_roasted", "chia_seeds", "flaxseed"],
    "berries": ["blueberries", "strawberries", "raspberries", "blackberries"],
    "fruit": ["apple", "banana", "orange", "grapes"],
    "vegetables": ["mixed_vegetables", "broccoli_cooked", "carrots_cooked", "spinach_cooked"],
    "veggies": ["mixed_vegetables", "broccoli_cooked", "carrots_cooked", "spinach_cooked"],
    "veg": ["mixed_vegetables", "broccoli_cooked", "carrots_cooked", "spinach_cooked"],
    "fish": ["salmon_farmed", "cod", "tuna_canned_water", "fish_fried"],
}
GENERIC_HEADER = ["word", "candidates"]


def write_generic(path: Path, ids: set[str]) -> None:
    """Write knowledge/generic_foods.csv; every candidate must be a row of the table."""
    missing = sorted({fid for cands in GENERIC.values() for fid in cands} - ids)
    if missing:
        sys.exit(f"error: GENERIC names ids that are not in the table: {missing}")
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(GENERIC_HEADER)
        for word in sorted(GENERIC):
            writer.writerow([word, "|".join(GENERIC[word])])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sr28-dir", type=Path, default=REPO / ".." / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "knowledge" / "foods.csv")
    ap.add_argument("--describe", action="store_true", help="print id, name and SR28 description per row")
    args = ap.parse_args(argv)
    out = args.out if args.out.is_absolute() else Path.cwd() / args.out

    sr, portion_rows = load_sr28(args.sr28_dir)
    foods = all_foods()
    validate(foods, sr)

    results, errors = [], []
    for food in foods:
        try:
            row, portions = build_row(food, sr[food.ndb], portion_rows.get(food.ndb, []), portion_rows)
        except ValueError as exc:
            errors.append(f"{food.id} ({food.ndb}): {exc}")
            continue
        results.append((food, row, portions))
        if args.describe:
            print(f"{food.id:34} {food.ndb} {sr[food.ndb]['description'][:70]:70} {row['portions']}")
    if errors:
        sys.exit("error: portion problems:\n  " + "\n  ".join(errors))

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        for _, row, _ in results:
            writer.writerow(row)
    print(f"wrote {len(results)} foods to {out}")
    write_generic(out.with_name("generic_foods.csv"), {food.id for food, _, _ in results})
    print(f"wrote {len(GENERIC)} generic words to {out.with_name('generic_foods.csv')}")

    lines, ok = ods_check(results)
    print("\nODS 'Selected Food Sources of Magnesium' check (tolerance ±25%):")
    print("\n".join(lines))
    for food, _, _ in results:
        if food.ods and food.ods_note:
            print(f"  note ({food.id}): {food.ods_note}")
    if not ok:
        print("error: ODS check failed for a row without an explanation", file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------------------------------------------
# Curation: which SR28 foods, their friendly names, aliases and default servings.
# Naming rules (see knowledge/FOODS.md): a family's bare name ("spinach", "rice", "beans") is an alias of
# exactly one row, the variant a person most likely means; cooked/raw variants carry the state in the
# name. Aliases cover US/UK names and synonyms; plurals and misspellings are the matcher's job.
# ---------------------------------------------------------------------------------------------------
F = Food

# fmt: off

FRUIT = [
    F("apple", "apple", "09003", "raw apple|fresh apple|apple with skin",
      ods=("apple, 1 medium", "medium:1", 9, 9)),
    F("apple_peeled", "peeled apple", "09004", "apple without skin"),
    F("apple_granny_smith", "granny smith apple", "09502", "granny smith|green apple"),
    F("apple_gala", "gala apple", "09503", "gala"),
    F("apple_fuji", "fuji apple", "09504", "fuji"),
    F("apple_red_delicious", "red delicious apple", "09500", "red delicious|red apple"),
    F("apple_golden_delicious", "golden delicious apple", "09501", "golden delicious|yellow apple"),
    F("apricot", "apricot", "09021", "fresh apricot"),
    F("avocado", "avocado", "09037", "avocado pear|avo|hass avocado",
      ods=("avocado, cubed, 1/2 cup", "cup:0.5", 22, 22), serving="cup:0.5"),
    F("banana", "banana", "09040", "ripe banana|raw banana", ods=("banana, 1 medium", "medium:1", 32, 32)),
    F("cherries", "sweet cherries", "09070", "cherries|fresh cherries|bing cherries"),
    F("cherries_sour", "sour cherries", "09063", "tart cherries|morello cherries"),
    F("cranberries", "cranberries", "09078", "fresh cranberries"),
    F("fig_fresh", "fresh figs", "09089", "raw figs"),
    F("grapefruit", "grapefruit", "09111", "pink grapefruit|red grapefruit|white grapefruit",
      serving="medium:1"),
    F("guava", "guava", "09139", "guavas|guayaba"),
    F("jackfruit", "jackfruit", "09144", "jak fruit"),
    F("kiwi", "kiwi", "09148", "kiwifruit|kiwi fruit|green kiwi|chinese gooseberry"),
    F("kiwi_gold", "gold kiwi", "09520", "sungold kiwi|golden kiwi"),
    F("lemon", "lemon", "09150", "fresh lemon"),
    F("lime", "lime", "09159", "fresh lime"),
    F("lychee", "lychee", "09164", "litchi|lichee|lychees", serving="piece:5"),
    F("mango", "mango", "09176", "fresh mango|ripe mango"),
    F("cantaloupe", "cantaloupe", "09181", "rockmelon|muskmelon|melon|cantaloupe melon", serving="cup:1"),
    F("honeydew", "honeydew melon", "09184", "honeydew|honeydew melon balls", serving="cup:1"),
    F("watermelon", "watermelon", "09326", "water melon", serving="cup:1"),
    F("nectarine", "nectarine", "09191", "fresh nectarine"),
    F("orange", "orange", "09200", "fresh orange|raw orange"),
    F("orange_navel", "navel orange", "09202", "navel"),
    F("tangerine", "mandarin", "09218", "tangerine|mandarin orange|satsuma|tangerines"),
    F("clementine", "clementine", "09433", "cutie|easy peeler"),
    F("papaya", "papaya", "09226", "pawpaw|papaw", serving="cup:1"),
    F("passion_fruit", "passion fruit", "09231", "passionfruit|granadilla|maracuja"),
    F("peach", "peach", "09236", "fresh peach|yellow peach"),
    F("pear", "pear", "09252", "fresh pear"),
    F("pear_asian", "asian pear", "09340", "nashi pear|nashi"),
    F("persimmon", "persimmon", "09263", "sharon fruit|kaki|japanese persimmon"),
    F("pineapple", "pineapple", "09266", "fresh pineapple|pineapple chunks", serving="cup:1"),
    F("plantain_cooked", "cooked plantain", "09278", "plantain|boiled plantain"),
    F("plantain_ripe_fried", "fried ripe plantains", "09447", "maduros|platanos maduros|sweet plantains"),
    F("tostones", "tostones", "09446", "fried green plantains|patacones"),
    F("plum", "plum", "09279", "fresh plum|red plum"),
    F("pomegranate", "pomegranate", "09286", "pomegranate seeds|pomegranate arils"),
    F("prickly_pear", "prickly pear", "09287", "cactus pear|cactus fruit|nopal fruit"),
    F("quince", "quince", "09296", ""),
    F("rhubarb", "rhubarb", "09307", "raw rhubarb", serving="cup:0.5"),
    F("star_fruit", "star fruit", "09060", "starfruit|carambola"),
    F("tamarind", "tamarind", "09322", "tamarind pulp|imli", serving="cup:0.25"),
    F("durian", "durian", "09422", "", serving="cup:0.5"),
    F("coconut_meat", "fresh coconut", "12104", "coconut|coconut meat|raw coconut", serving="piece:1"),
    F("olives_green", "green olives", "09195", "olives|pickled olives|manzanilla olives",
      serving="piece:5"),
    F("olives_black", "black olives", "09193", "ripe olives|kalamata olives", serving="small:5"),
]
BERRY = [
    F("blackberries", "blackberries", "09042", "fresh blackberries|brambles"),
    F("blueberries", "blueberries", "09050", "fresh blueberries|bilberries"),
    F("blueberries_frozen", "frozen blueberries", "09054", "frozen wild blueberries"),
    F("raspberries", "raspberries", "09302", "fresh raspberries"),
    F("raspberries_frozen", "frozen raspberries", "09518", ""),
    F("strawberries", "strawberries", "09316", "fresh strawberries|strawbs"),
    F("strawberries_frozen", "frozen strawberries", "09318", "frozen unsweetened strawberries"),
    F("grapes", "grapes", "09132", "red grapes|green grapes|seedless grapes|white grapes|table grapes",
      pick={"piece": "grapes"}),
    F("cherry_tomatoes", "cherry tomatoes", "11529", "grape tomatoes|baby tomatoes",
      pick={"piece": "cherry", "cup": "cup cherry"}),
    F("gooseberries", "gooseberries", "09107", ""),
    F("currants_black", "blackcurrants", "09083", "black currants|fresh blackcurrants"),
    F("mulberries", "mulberries", "09190", ""),
    F("elderberries", "elderberries", "09088", ""),
]
DRIED = [
    F("raisins", "raisins", "09298", "seedless raisins|dark raisins",
      ods=("raisins, 1/2 cup", "cup:0.5", 23, 23), pick={"piece": "raisins"}),
    F("raisins_golden", "golden raisins", "09297", "sultanas|golden sultanas"),
    F("currants_dried", "dried currants", "09085", "zante currants|currants"),
    F("apricots_dried", "dried apricots", "09032", "dried apricot halves"),
    F("apple_dried", "dried apple", "09011", "dried apple rings"),
    F("cranberries_dried", "dried cranberries", "09079", "craisins|sweetened dried cranberries"),
    F("cherries_dried", "dried cherries", "09044", "dried tart cherries"),
    F("blueberries_dried", "dried blueberries", "09163", ""),
    F("dates", "dates", "09087", "deglet noor dates|dried dates|pitted dates", serving="piece:3"),
    F("dates_medjool", "medjool dates", "09421", "medjool", serving="piece:2"),
    F("figs_dried", "dried figs", "09094", "figs|dried fig", serving="piece:2"),
    F("prunes", "prunes", "09291", "dried plums|pitted prunes"),
    F("peaches_dried", "dried peaches", "09246", ""),
    F("pears_dried", "dried pears", "09259", ""),
    F("mango_dried", "dried mango", "09178", "dried mango slices"),
    F("persimmon_dried", "dried persimmon", "09264", "hoshigaki"),
    F("lychee_dried", "dried lychee", "09165", "lychee nuts"),
    F("banana_chips", "banana chips", "19400", "dried banana chips"),
    F("coconut_desiccated", "desiccated coconut", "12108", "dried coconut|unsweetened shredded coconut"),
    F("coconut_sweetened", "sweetened shredded coconut", "12179", "coconut flakes|flaked coconut"),
    F("trail_mix", "trail mix", "19059", "scroggin|gorp|student food"),
    F("trail_mix_chocolate", "trail mix with chocolate", "19062", "trail mix with chocolate chips"),
    F("trail_mix_tropical", "tropical trail mix", "19061", ""),
]
JUICE = [
    F("orange_juice", "orange juice", "09209", "oj|juice|orange juice from concentrate|carton orange juice"),
    F("orange_juice_fresh", "fresh orange juice", "09206", "freshly squeezed orange juice|fresh-squeezed oj"),
    F("orange_juice_calcium", "calcium-fortified orange juice", "09211", "orange juice with calcium"),
    F("apple_juice", "apple juice", "09016", "apple juice unsweetened"),
    F("grape_juice", "grape juice", "09135", "purple grape juice|concord grape juice"),
    F("grapefruit_juice", "grapefruit juice", "09123", ""),
    F("pineapple_juice", "pineapple juice", "09273", ""),
    F("cranberry_juice", "cranberry juice", "43382", "unsweetened cranberry juice|pure cranberry juice"),
    F("cranberry_cocktail", "cranberry juice cocktail", "14242", "cranberry drink"),
    F("prune_juice", "prune juice", "09294", ""),
    F("pomegranate_juice", "pomegranate juice", "09442", "pom juice"),
    F("lemon_juice", "lemon juice", "09152", "fresh lemon juice", serving="fl_oz:0.5"),
    F("lime_juice", "lime juice", "09160", "fresh lime juice", serving="fl_oz:0.5"),
    F("tomato_juice", "tomato juice", "11886", ""),
    F("vegetable_juice", "vegetable juice", "11578", "v8|vegetable juice cocktail"),
    F("carrot_juice", "carrot juice", "11655", ""),
    F("coconut_water", "coconut water", "12119", "coconut juice"),
    F("mango_nectar", "mango nectar", "09436", "mango juice"),
    F("apricot_nectar", "apricot nectar", "09036", ""),
    F("peach_nectar", "peach nectar", "09251", ""),
    F("lemonade", "lemonade", "14288", "homemade lemonade|still lemonade"),
    F("fruit_punch", "fruit punch", "14264", "fruit drink|hawaiian punch"),
    F("smoothie", "strawberry banana smoothie", "21521", "smoothie|fruit smoothie"),
    F("green_smoothie", "green smoothie", "09508", "green juice smoothie|naked green machine"),
]

VEG = [
    F("spinach_cooked", "cooked spinach", "11458",
      "boiled spinach|steamed spinach|wilted spinach|sauteed spinach|spinach cooked",
      ods=("spinach, boiled, 1/2 cup", "cup:0.5", 78, 78)),
    F("spinach_frozen", "frozen spinach, cooked", "11464", "frozen spinach|cooked frozen spinach"),
    F("kale_cooked", "cooked kale", "11234", "boiled kale|steamed kale|sauteed kale|kale cooked"),
    F("kale_frozen", "frozen kale, cooked", "11236", "frozen kale"),
    F("broccoli_cooked", "cooked broccoli", "11091",
      "broccoli|boiled broccoli|steamed broccoli|broccoli cooked|broccoli florets cooked"),
    F("broccoli_frozen", "frozen broccoli, cooked", "11093", "frozen broccoli",
      ods=("broccoli, chopped, cooked, 1/2 cup", "cup:0.5", 12, 12)),
    F("broccoli_rabe", "cooked broccoli rabe", "11097", "broccoli rabe|broccoli raab|rapini"),
    F("chinese_broccoli", "cooked chinese broccoli", "11969", "chinese broccoli|gai lan|kai lan"),
    F("brussels_cooked", "cooked brussels sprouts", "11099", "brussels sprouts|sprouts|boiled sprouts"),
    F("brussels_frozen", "frozen brussels sprouts, cooked", "11101", "frozen brussels sprouts"),
    F("cabbage_cooked", "cooked cabbage", "11110", "boiled cabbage|steamed cabbage"),
    F("red_cabbage_cooked", "cooked red cabbage", "11113", "braised red cabbage"),
    F("savoy_cooked", "cooked savoy cabbage", "11115", ""),
    F("bok_choy_cooked", "cooked bok choy", "11117", "bok choy|pak choi|pak choy|boiled bok choy"),
    F("napa_cooked", "cooked napa cabbage", "11970", ""),
    F("carrots_cooked", "cooked carrots", "11125", "boiled carrots|steamed carrots|carrots cooked"),
    F("cauliflower_cooked", "cooked cauliflower", "11136",
      "cauliflower|boiled cauliflower|steamed cauliflower"),
    F("cauliflower_frozen", "frozen cauliflower, cooked", "11138", "frozen cauliflower"),
    F("celery_cooked", "cooked celery", "11144", "boiled celery"),
    F("corn_cooked", "sweet corn", "11168", "corn|corn on the cob|boiled corn|corn kernels|sweetcorn",
      serving="medium:1"),
    F("corn_canned", "canned corn", "11172", "tinned sweetcorn|canned sweetcorn|whole kernel corn"),
    F("corn_frozen", "frozen corn, cooked", "11179", "frozen corn|frozen sweetcorn"),
    F("corn_creamed", "creamed corn", "11174", "cream-style corn"),
    F("eggplant_cooked", "cooked eggplant", "11210", "eggplant|aubergine|cooked aubergine|brinjal"),
    F("green_beans_cooked", "cooked green beans", "11053",
      "green beans|string beans|snap beans|french beans|boiled green beans|haricots verts"),
    F("green_beans_frozen", "frozen green beans, cooked", "11061", "frozen green beans"),
    F("yellow_beans_cooked", "cooked wax beans", "11724", "wax beans|yellow beans"),
    F("leeks_cooked", "cooked leeks", "11247", "leeks|boiled leeks"),
    F("mushrooms_cooked", "cooked mushrooms", "11261", "boiled mushrooms"),
    F("mushrooms_sauteed", "sauteed mushrooms", "11263", "fried mushrooms|stir-fried mushrooms"),
    F("portobello_grilled", "grilled portobello mushroom", "11243",
      "portobello mushroom|portabella mushroom|portobello", serving="cup:0.5"),
    F("shiitake_cooked", "cooked shiitake mushrooms", "11269", "cooked shiitake"),
    F("shiitake_stirfried", "stir-fried shiitake mushrooms", "11267", ""),
    F("okra_cooked", "cooked okra", "11279", "okra|ladies fingers|bhindi|gumbo pods"),
    F("onion_cooked", "cooked onions", "11283", "boiled onions"),
    F("onion_sauteed", "sauteed onions", "11286", "fried onions|caramelized onions|caramelised onions"),
    F("parsnips_cooked", "cooked parsnips", "11299", "parsnips|boiled parsnips"),
    F("peas_cooked", "cooked peas", "11305", "peas|green peas|garden peas|boiled peas"),
    F("peas_frozen", "frozen peas, cooked", "11313", "frozen peas|petits pois"),
    F("snow_peas_cooked", "cooked snow peas", "11301", "cooked sugar snap peas|cooked mangetout"),
    F("peas_carrots", "peas and carrots", "11323", "frozen peas and carrots"),
    F("mixed_vegetables", "mixed vegetables", "11584", "frozen mixed vegetables|mixed veg|mixed veggies"),
    F("red_pepper_cooked", "cooked red bell pepper", "11823", "cooked red pepper|roasted red pepper"),
    F("green_pepper_cooked", "cooked green bell pepper", "11334", "cooked green pepper"),
    F("green_pepper_sauteed", "sauteed green peppers", "11339", "fried peppers"),
    F("potato_baked", "baked potato", "11674",
      "potato|jacket potato|baked potato with skin|potato baked with skin|oven baked potato",
      serving="medium:1", pick={"medium": "potato medium", "small": "potato small", "large": "potato large"},
      ods=("potato, baked, with skin, 3.5 oz", "oz:3.5", 43, 43),
      ods_note="ODS's 43 mg equals SR28's baked potato *skin* (11364, 43 mg/100 g); SR28 flesh and skin "
               "(11674) is 28 mg/100 g, russet flesh and skin (11356) 30 mg/100 g"),
    F("potato_russet_baked", "baked russet potato", "11356", "russet potato|idaho potato"),
    F("potato_red_baked", "baked red potato", "11358", "red potato|roasted red potatoes"),
    F("potato_white_baked", "baked white potato", "11357", "white potato"),
    F("potato_skin", "baked potato skin", "11364", "potato skins|potato skin"),
    F("potato_boiled", "boiled potato", "11367",
      "boiled potatoes|peeled boiled potato|boiled potato without skin", serving="cup:0.5"),
    F("potato_boiled_skin", "boiled potato in skin", "11365", "new potatoes|boiled new potatoes"),
    F("potato_mashed", "mashed potatoes", "11934",
      "mash|mashed potato|mashed potatoes with butter|creamed potatoes|pomme puree"),
    F("potato_mashed_instant", "instant mashed potatoes", "11930", "smash|potato flakes prepared"),
    F("fries_oven", "oven fries", "11403", "oven-baked fries|frozen fries|oven chips|oven-baked chips",
      serving="oz:3"),
    F("hash_browns", "hash browns", "11370", "homemade hash browns|rosti|hash brown potatoes"),
    F("potato_salad", "potato salad", "11414", "homemade potato salad"),
    F("potato_scalloped", "scalloped potatoes", "11372", "potato bake"),
    F("potato_au_gratin", "au gratin potatoes", "11373",
      "potato gratin|gratin dauphinois|potatoes au gratin"),
    F("potato_pancakes", "potato pancakes", "11672", "latkes|latke|potato latkes"),
    F("potatoes_obrien", "potatoes o'brien", "11671", "home fries"),
    F("sweet_potato_baked", "baked sweet potato", "11508",
      "sweet potato|kumara|baked sweet potato in skin|roasted sweet potato", serving="medium:1"),
    F("sweet_potato_boiled", "boiled sweet potato", "11510", "mashed sweet potato|boiled sweet potatoes"),
    F("sweet_potato_candied", "candied sweet potatoes", "11659", "candied yams"),
    F("sweet_potato_fries", "sweet potato fries", "31023", "sweet potato chips", serving="oz:3"),
    F("yam_cooked", "cooked yam", "11602", "yam|true yam|boiled yam"),
    F("pumpkin_cooked", "cooked pumpkin", "11423", "pumpkin|boiled pumpkin|mashed pumpkin"),
    F("pumpkin_canned", "canned pumpkin", "11424", "pumpkin puree|pumpkin puree canned"),
    F("zucchini_cooked", "cooked zucchini", "11478",
      "zucchini|courgette|cooked courgette|boiled zucchini|sauteed zucchini"),
    F("yellow_squash_cooked", "cooked yellow squash", "11468",
      "yellow squash|summer squash|crookneck squash"),
    F("butternut_baked", "baked butternut squash", "11486",
      "butternut squash|butternut|roasted butternut squash|roast butternut"),
    F("acorn_baked", "baked acorn squash", "11483", "acorn squash"),
    F("spaghetti_squash", "cooked spaghetti squash", "11493", "spaghetti squash"),
    F("winter_squash_baked", "baked winter squash", "11644", "winter squash|squash|hubbard squash"),
    F("tomatoes_cooked", "cooked tomatoes", "11530", "boiled tomatoes|grilled tomatoes"),
    F("tomatoes_canned", "canned tomatoes", "11531", "tinned tomatoes|chopped tomatoes|diced tomatoes"),
    F("tomatoes_stewed", "stewed tomatoes", "11533", "canned stewed tomatoes"),
    F("tomatoes_crushed", "crushed tomatoes", "11693", "passata|tomato passata"),
    F("tomato_sauce", "tomato sauce", "11549", "canned tomato sauce|plain tomato sauce"),
    F("tomato_paste", "tomato paste", "11546", "tomato concentrate|double concentrate", serving="tbsp:1"),
    F("sun_dried_tomatoes", "sun-dried tomatoes", "11955", "sundried tomatoes|dried tomatoes",
      serving="piece:3", pick={"piece": "piece"}),
    F("sun_dried_tomatoes_oil", "sun-dried tomatoes in oil", "11956", "sundried tomatoes in oil",
      serving="piece:3", pick={"piece": "piece"}),
    F("beets_cooked", "cooked beets", "11081", "beets|beetroot|boiled beetroot|cooked beetroot"),
    F("beet_greens_cooked", "cooked beet greens", "11087", "beet greens|beet tops"),
    F("chard_cooked", "cooked swiss chard", "11148", "swiss chard|chard|silverbeet|rainbow chard"),
    F("collards_cooked", "cooked collard greens", "11162", "collard greens|collards|cooked collards"),
    F("collards_frozen", "frozen collard greens, cooked", "11164", "frozen collards"),
    F("mustard_greens_cooked", "cooked mustard greens", "11271", "mustard greens"),
    F("turnip_greens_cooked", "cooked turnip greens", "11569", "turnip greens|turnip tops"),
    F("dandelion_cooked", "cooked dandelion greens", "11208", ""),
    F("amaranth_leaves_cooked", "cooked amaranth leaves", "11004",
      "callaloo|amaranth greens|chinese spinach"),
    F("artichoke_cooked", "cooked artichoke", "11008", "artichoke|globe artichoke|boiled artichoke",
      serving="medium:1"),
    F("asparagus_cooked", "cooked asparagus", "11012", "asparagus|boiled asparagus|steamed asparagus"),
    F("bamboo_shoots", "bamboo shoots", "11027", "cooked bamboo shoots"),
    F("turnip_cooked", "cooked turnip", "11565", "turnip|boiled turnip"),
    F("rutabaga_cooked", "cooked rutabaga", "11436", "rutabaga|swede|neeps|mashed swede"),
    F("celeriac_cooked", "cooked celeriac", "11142", "celeriac|celery root"),
    F("kohlrabi_cooked", "cooked kohlrabi", "11242", "kohlrabi"),
    F("daikon_cooked", "cooked daikon", "11431", "cooked mooli"),
    F("bitter_melon", "cooked bitter melon", "11025", "bitter melon|bitter gourd|karela"),
    F("chayote", "cooked chayote", "11150", "chayote|choko|christophine"),
    F("taro", "cooked taro", "11519", "taro|dasheen|eddo"),
    F("lotus_root", "cooked lotus root", "11255", "lotus root|renkon"),
    F("nopales", "cooked nopales", "11964", "nopales|nopalitos|cactus pads"),
    F("edamame", "edamame", "11212", "shelled edamame|green soybeans|edamame beans|mukimame",
      ods=("edamame, shelled, cooked, 1/2 cup", "cup:0.5", 50, 50)),
    F("soybeans_green_cooked", "cooked green soybeans", "11451", ""),
    F("succotash", "succotash", "11496", "corn and lima beans"),
    F("mung_sprouts_cooked", "cooked bean sprouts", "11044", "boiled bean sprouts"),
    F("mung_sprouts_stirfried", "stir-fried bean sprouts", "11045", ""),
    F("moringa_cooked", "cooked moringa leaves", "11223", "drumstick leaves|moringa"),
    F("purslane_cooked", "cooked purslane", "11428", ""),
    F("cassava", "cassava", "11134", "yuca|manioc|tapioca root"),
    F("poi", "poi", "11349", "taro paste"),
    F("sauerkraut", "sauerkraut", "11439", "fermented cabbage|sour cabbage"),
    F("kimchi", "kimchi", "11118", "kimchee"),
    F("pickles", "dill pickle", "11937", "pickle|gherkin|pickled cucumber|kosher dill pickle",
      serving="small:1"),
    F("pickles_sweet", "sweet pickles", "11940", "bread and butter pickles", serving="small:1"),
    F("relish", "sweet pickle relish", "11945", "relish|pickle relish", serving="tbsp:1"),
    F("hearts_of_palm", "hearts of palm", "11961", "palm hearts|canned hearts of palm"),
    F("water_chestnuts", "water chestnuts", "11588", "chinese water chestnuts"),
    F("seaweed_wakame", "wakame", "11669", "wakame seaweed|seaweed salad", serving="tbsp:2"),
    F("seaweed_kelp", "kelp", "11445", "kombu|raw kelp", serving="tbsp:2"),
    F("seaweed_nori", "nori", "11446", "laver|seaweed sheets|sushi nori|seaweed snack", serving="tbsp:2"),
    F("spirulina", "spirulina", "11667", "spirulina powder|dried spirulina", serving="tbsp:1"),
]
RAWVEG = [
    F("carrot_raw", "raw carrot", "11124", "carrot|carrot sticks|fresh carrot|grated carrot",
      serving="medium:1", ods=("carrot, raw, 1 medium", "medium:1", 7, 7)),
    F("baby_carrots", "baby carrots", "11960", "baby-cut carrots|mini carrots", serving="piece:5",
      pick={"piece": "large"}),
    F("broccoli_raw", "raw broccoli", "11090", "broccoli florets|fresh broccoli|broccoli raw"),
    F("cauliflower_raw", "raw cauliflower", "11135", "cauliflower florets|cauliflower raw"),
    F("cabbage_raw", "raw cabbage", "11109", "cabbage|white cabbage|green cabbage|shredded cabbage"),
    F("red_cabbage_raw", "red cabbage", "11112", "purple cabbage|raw red cabbage"),
    F("savoy_raw", "savoy cabbage", "11114", "raw savoy cabbage"),
    F("bok_choy_raw", "raw bok choy", "11116", "raw pak choi"),
    F("napa_raw", "napa cabbage", "11119", "chinese cabbage|wombok|chinese leaves"),
    F("brussels_raw", "raw brussels sprouts", "11098", "shaved brussels sprouts"),
    F("celery_raw", "celery", "11143", "celery sticks|raw celery|celery stalk", serving="piece:1",
      pick={"piece": "stalk, medium"}),
    F("cucumber", "cucumber", "11205", "raw cucumber|cucumber with peel|english cucumber|cuke"),
    F("cucumber_peeled", "peeled cucumber", "11206", "cucumber without peel"),
    F("eggplant_raw", "raw eggplant", "11209", "raw aubergine"),
    F("green_beans_raw", "raw green beans", "11052", "raw string beans"),
    F("mushrooms_raw", "raw mushrooms", "11260", "mushrooms|white mushrooms|button mushrooms"),
    F("cremini", "cremini mushrooms", "11266",
      "crimini mushrooms|baby bella mushrooms|chestnut mushrooms|brown mushrooms"),
    F("shiitake_raw", "shiitake mushrooms", "11238", "shiitake|raw shiitake"),
    F("shiitake_dried", "dried shiitake mushrooms", "11268", "dried shiitake|dried mushrooms",
      serving="piece:4", pick={"piece": "mushroom"}),
    F("oyster_mushrooms", "oyster mushrooms", "11987", ""),
    F("enoki", "enoki mushrooms", "11950", "enoki|enokitake"),
    F("maitake", "maitake mushrooms", "11993", "hen of the woods"),
    F("chanterelle", "chanterelle mushrooms", "11239", "chanterelles|girolles"),
    F("morel", "morel mushrooms", "11240", "morels"),
    F("portobello_raw", "raw portobello mushroom", "11998", "raw portabella"),
    F("okra_raw", "raw okra", "11278", ""),
    F("onion_raw", "raw onion", "11282", "onion|red onion|white onion|yellow onion|brown onion|diced onion"),
    F("sweet_onion", "sweet onion", "11294", "vidalia onion|walla walla onion"),
    F("scallions", "scallions", "11291", "green onions|spring onions|salad onions", serving="piece:2"),
    F("shallots", "shallots", "11677", "shallot|eschalot", serving="tbsp:1"),
    F("garlic", "garlic", "11215", "garlic clove|raw garlic|fresh garlic", serving="piece:1"),
    F("ginger_root", "fresh ginger", "11216", "ginger root|ginger|root ginger", serving="tsp:1"),
    F("peas_raw", "raw peas", "11304", "fresh peas"),
    F("snow_peas_raw", "snow peas", "11300", "mangetout|sugar snap peas|snap peas|mange tout"),
    F("red_pepper", "red bell pepper", "11821", "red pepper|bell pepper|capsicum|red capsicum|sweet pepper",
      serving="medium:1"),
    F("green_pepper", "green bell pepper", "11333", "green pepper|green capsicum", serving="medium:1"),
    F("yellow_pepper", "yellow bell pepper", "11951", "yellow pepper|yellow capsicum", serving="large:1"),
    F("jalapeno", "jalapeno", "11979", "jalapeno pepper|jalapenos", serving="piece:1"),
    F("serrano", "serrano pepper", "11977", "serrano chili", serving="piece:1"),
    F("chili_red", "red chili pepper", "11819", "red chilli|chili pepper|chilli pepper|hot pepper",
      serving="piece:1"),
    F("chili_green", "green chili pepper", "11670", "green chilli|green chile", serving="piece:1"),
    F("banana_pepper", "banana pepper", "11976", "pepperoncini|hungarian wax pepper", serving="medium:1"),
    F("potato_raw", "raw potato", "11352", "uncooked potato"),
    F("sweet_potato_raw", "raw sweet potato", "11507", "uncooked sweet potato"),
    F("tomato", "tomato", "11529",
      "raw tomato|fresh tomato|tomatoes on the vine|sliced tomato|beefsteak tomato",
      serving="medium:1", pick={"cup": "cup, chopped"}),
    F("tomato_green", "green tomato", "11527", "unripe tomato"),
    F("tomato_yellow", "yellow tomato", "11696", ""),
    F("tomatillos", "tomatillos", "11954", "tomatillo|husk tomato"),
    F("zucchini_raw", "raw zucchini", "11477", "raw courgette|zucchini noodles|courgetti|zoodles"),
    F("yellow_squash_raw", "raw yellow squash", "11467", "raw summer squash"),
    F("butternut_raw", "raw butternut squash", "11485", ""),
    F("pumpkin_raw", "raw pumpkin", "11422", ""),
    F("beets_raw", "raw beets", "11080", "raw beetroot|grated beetroot"),
    F("asparagus_raw", "raw asparagus", "11011", ""),
    F("artichoke_raw", "raw artichoke", "11007", ""),
    F("parsnips_raw", "raw parsnips", "11298", ""),
    F("turnip_raw", "raw turnip", "11564", ""),
    F("rutabaga_raw", "raw rutabaga", "11435", "raw swede"),
    F("celeriac_raw", "raw celeriac", "11141", "celeriac remoulade"),
    F("kohlrabi_raw", "raw kohlrabi", "11241", ""),
    F("radishes", "radishes", "11429", "radish|red radishes", serving="piece:5", pick={"piece": "medium"}),
    F("daikon", "daikon", "11430", "mooli|white radish|oriental radish|daikon radish"),
    F("jicama", "jicama", "11603", "yam bean|mexican turnip"),
    F("fennel", "fennel", "11957", "fennel bulb|finocchio"),
    F("leeks_raw", "raw leeks", "11246", ""),
    F("corn_raw", "raw corn", "11167", "raw sweet corn"),
    F("alfalfa_sprouts", "alfalfa sprouts", "11001", "alfalfa"),
    F("bean_sprouts", "bean sprouts", "11043", "mung bean sprouts|beansprouts|raw bean sprouts"),
    F("lentil_sprouts", "sprouted lentils", "11248", "lentil sprouts"),
    F("radish_sprouts", "radish sprouts", "11676", "radish microgreens"),
    F("snap_peas_raw_fava", "fava beans in pod", "11973", "fresh broad beans"),
    F("soybeans_green_raw", "raw green soybeans", "11450", ""),
    F("jerusalem_artichoke", "jerusalem artichokes", "11226", "sunchokes|sunroot"),
    F("burdock", "burdock root", "11104", "gobo|burdock"),
    F("wasabi_root", "wasabi root", "11990", "fresh wasabi", serving="cup:0.02"),
    F("lemongrass", "lemongrass", "11972", "lemon grass|citronella", serving="tbsp:1"),
    F("salsa", "salsa", "06164", "tomato salsa|salsa dip|jarred salsa", serving="tbsp:2"),
    F("salsa_verde", "salsa verde", "27047", "green salsa|tomatillo salsa", serving="tbsp:2"),
    F("coleslaw", "coleslaw", "21127", "cole slaw|slaw"),
    F("sofrito", "sofrito", "06142", "sofrito sauce", serving="cup:0.125"),
]
GREENS = [
    F("spinach_raw", "raw spinach", "11457",
      "spinach|baby spinach|fresh spinach|spinach leaves|spinach salad"),
    F("kale_raw", "raw kale", "11233", "kale|curly kale|baby kale|kale leaves"),
    F("kale_scotch", "scotch kale", "11622", "lacinato kale|cavolo nero|tuscan kale|dinosaur kale"),
    F("arugula", "arugula", "11959", "rocket|roquette|rucola|baby rocket"),
    F("watercress", "watercress", "11591", "water cress"),
    F("garden_cress", "garden cress", "11203", "cress|mustard and cress"),
    F("lettuce_iceberg", "iceberg lettuce", "11252", "lettuce|crisphead lettuce|shredded lettuce"),
    F("lettuce_romaine", "romaine lettuce", "11251", "romaine|cos lettuce|cos|little gem"),
    F("lettuce_green_leaf", "green leaf lettuce", "11253", "leaf lettuce|mixed salad leaves|salad greens"),
    F("lettuce_red_leaf", "red leaf lettuce", "11257", "lollo rosso"),
    F("lettuce_butter", "butter lettuce", "11250", "boston lettuce|bibb lettuce|butterhead lettuce"),
    F("endive", "endive", "11213", "curly endive|frisee|escarole"),
    F("chicory", "belgian endive", "11151", "witloof|chicory|witlof"),
    F("radicchio", "radicchio", "11952", "red chicory"),
    F("chard_raw", "raw swiss chard", "11147", "raw chard"),
    F("collards_raw", "raw collard greens", "11161", "raw collards"),
    F("mustard_greens_raw", "raw mustard greens", "11270", ""),
    F("turnip_greens_raw", "raw turnip greens", "11568", ""),
    F("beet_greens_raw", "raw beet greens", "11086", ""),
    F("dandelion_raw", "dandelion greens", "11207", "dandelion leaves|raw dandelion greens"),
    F("purslane_raw", "purslane", "11427", "verdolagas"),
    F("cornsalad", "lamb's lettuce", "11190", "corn salad|mache|lambs lettuce"),
    F("amaranth_leaves_raw", "raw amaranth leaves", "11003", ""),
    F("grape_leaves", "grape leaves", "11974", "vine leaves", serving="piece:5", pick={"piece": "leaf"}),
]
HERB = [
    F("parsley", "parsley", "11297", "fresh parsley|flat-leaf parsley|curly parsley|italian parsley"),
    F("cilantro", "cilantro", "11165", "coriander|coriander leaves|fresh coriander|chinese parsley"),
    F("basil_fresh", "fresh basil", "02044", "basil|basil leaves|sweet basil", pick={"piece": "leaves"}),
    F("mint", "fresh mint", "02064", "mint|peppermint leaves|mint leaves"),
    F("spearmint", "spearmint", "02065", "fresh spearmint"),
    F("dill_fresh", "fresh dill", "02045", "dill|dill weed"),
    F("chives", "chives", "11156", "fresh chives|chopped chives"),
    F("thyme_fresh", "fresh thyme", "02049", "thyme sprigs", serving="tsp:1"),
    F("rosemary_fresh", "fresh rosemary", "02063", "rosemary sprigs", serving="tsp:1"),
]

LEGUME = [
    F("black_beans_cooked", "cooked black beans", "16015",
      "black beans|black turtle beans|frijoles negros|boiled black beans",
      ods=("black beans, cooked, 1/2 cup", "cup:0.5", 60, 60)),
    F("black_beans_canned", "canned black beans", "16018", "tinned black beans"),
    F("kidney_beans_cooked", "cooked kidney beans", "16033", "kidney beans|red kidney beans|rajma"),
    F("kidney_beans_canned", "canned kidney beans", "16034", "tinned kidney beans|canned red kidney beans",
      ods=("kidney beans, canned, 1/2 cup", "cup:0.5", 35, 35)),
    F("pinto_beans_cooked", "cooked pinto beans", "16043", "beans|pinto beans|frijoles|cooked beans"),
    F("pinto_beans_canned", "canned pinto beans", "16044", "tinned pinto beans"),
    F("navy_beans_cooked", "cooked navy beans", "16038", "navy beans|haricot beans|pea beans"),
    F("navy_beans_canned", "canned navy beans", "16039", ""),
    F("great_northern_cooked", "cooked great northern beans", "16025", "great northern beans"),
    F("white_beans_cooked", "cooked white beans", "16050", "white beans|cannellini beans|cannellini"),
    F("white_beans_canned", "canned white beans", "16051", "canned cannellini beans|tinned cannellini"),
    F("cranberry_beans", "cooked cranberry beans", "16020", "borlotti beans|roman beans|cranberry beans"),
    F("pink_beans", "cooked pink beans", "16041", "pink beans|habichuelas rosadas"),
    F("chickpeas_cooked", "cooked chickpeas", "16057",
      "chickpeas|garbanzo beans|garbanzos|chana|channa|chick peas|boiled chickpeas"),
    F("chickpeas_canned", "canned chickpeas", "16058", "tinned chickpeas|canned garbanzo beans"),
    F("lentils_cooked", "cooked lentils", "16070",
      "lentils|boiled lentils|brown lentils|green lentils|red lentils cooked|puy lentils"),
    F("split_peas_cooked", "cooked split peas", "16086", "split peas|yellow split peas|green split peas"),
    F("black_eyed_peas", "cooked black-eyed peas", "16063", "black-eyed peas|blackeye peas|cowpeas|lobia"),
    F("lima_beans_cooked", "cooked lima beans", "16072", "lima beans|butter beans|large lima beans"),
    F("baby_lima_cooked", "cooked baby lima beans", "16075", "baby lima beans|baby limas"),
    F("fava_beans_cooked", "cooked fava beans", "16053", "fava beans|broad beans|ful|foul medames"),
    F("mung_beans_cooked", "cooked mung beans", "16081", "mung beans|green gram|moong"),
    F("adzuki_cooked", "cooked adzuki beans", "16002", "adzuki beans|azuki beans|aduki beans"),
    F("red_bean_paste", "sweetened red bean paste", "16003", "red bean paste|anko|sweet adzuki beans",
      serving="cup:0.25"),
    F("pigeon_peas", "cooked pigeon peas", "16102", "pigeon peas|gandules|toor dal|arhar"),
    F("lupini", "cooked lupini beans", "16077", "lupini beans|lupins"),
    F("soybeans_cooked", "cooked soybeans", "16109", "soybeans|soya beans|boiled soybeans"),
    F("baked_beans", "baked beans", "16006",
      "beans on toast|canned baked beans|baked beans in tomato sauce|vegetarian baked beans"),
    F("pork_and_beans", "pork and beans", "16009", "baked beans with pork"),
    F("baked_beans_home", "homemade baked beans", "16005", "boston baked beans"),
    F("refried_beans", "refried beans", "16103", "frijoles refritos|refritos"),
    F("refried_beans_veg", "vegetarian refried beans", "16171", ""),
    F("chili_with_beans", "chili with beans", "16059",
      "chili|chilli|chili con carne|chilli con carne|canned chili"),
    F("hummus", "hummus", "16158", "houmous|hommus|humus|hummous", serving="tbsp:2"),
    F("hummus_home", "homemade hummus", "16137", "", serving="tbsp:2"),
    F("bean_dip", "bean dip", "27065", "", serving="tbsp:2"),
]
SOY = [
    F("tofu_firm", "firm tofu", "16126", "tofu|beancurd|bean curd|firm beancurd", pick={"piece": "block"}),
    F("tofu_soft", "soft tofu", "16127", "soft beancurd"),
    F("tofu_extra_firm", "extra firm tofu", "16159", "extra-firm tofu"),
    F("tofu_silken", "silken tofu", "16161", "silken soft tofu"),
    F("tofu_calcium", "calcium-set firm tofu", "16426", "tofu prepared with calcium sulfate"),
    F("tofu_fried", "fried tofu", "16129", "tofu puffs|deep-fried tofu|agedashi tofu"),
    F("tempeh", "tempeh", "16114", "tempe|raw tempeh"),
    F("tempeh_cooked", "cooked tempeh", "16174", "fried tempeh|grilled tempeh"),
    F("natto", "natto", "16113", "fermented soybeans"),
    F("miso", "miso", "16112", "miso paste|white miso|red miso", serving="tbsp:1"),
    F("soy_nuts", "soy nuts", "16111", "roasted soybeans|soynuts", serving="cup:0.25"),
    F("veggie_burger", "veggie burger", "16147", "soy burger|vegetarian burger|veggie patty|vegan burger",
      serving="piece:1"),
    F("veggie_sausage", "vegetarian sausage", "16107", "veggie sausage|vegan sausage|meatless sausage",
      serving="piece:2"),
    F("meatless_chicken", "meatless chicken", "43128", "vegetarian chicken|mock chicken|quorn"),
    F("veggie_meatballs", "meatless meatballs", "43132", "vegetarian meatballs|vegan meatballs"),
    F("okara", "okara", "16130", "soy pulp"),
    F("seitan", "seitan", "48052", "vital wheat gluten|wheat gluten", serving="oz:3"),
]
NUT = [
    F("almonds_raw", "raw almonds", "12061", "almonds|natural almonds|whole almonds|unroasted almonds",
      pick={"piece": "almond"}),
    F("almonds_dry_roasted", "dry roasted almonds", "12063", "roasted almonds|toasted almonds",
      ods=("almonds, dry roasted, 1 oz", "oz:1", 80, 80)),
    F("almonds_oil_roasted", "oil roasted almonds", "12065", "salted almonds|fried almonds"),
    F("almonds_blanched", "blanched almonds", "12062", "skinless almonds|flaked almonds"),
    F("almonds_honey_roasted", "honey roasted almonds", "12206", ""),
    F("brazil_nuts", "brazil nuts", "12078", "brazils|para nuts", pick={"piece": "kernel"}, serving="piece:2"),
    F("cashews_dry_roasted", "dry roasted cashews", "12085", "cashews|roasted cashews|cashew nuts",
      ods=("cashews, dry roasted, 1 oz", "oz:1", 74, 74)),
    F("cashews_raw", "raw cashews", "12087", "unroasted cashews"),
    F("cashews_oil_roasted", "oil roasted cashews", "12086", "salted cashews"),
    F("chestnuts_roasted", "roasted chestnuts", "12167", "chestnuts|roast chestnuts"),
    F("chestnuts_boiled", "boiled chestnuts", "12101", "steamed chestnuts"),
    F("hazelnuts", "hazelnuts", "12120", "filberts|cobnuts|raw hazelnuts"),
    F("hazelnuts_roasted", "roasted hazelnuts", "12122", "dry roasted hazelnuts|toasted hazelnuts"),
    F("macadamias", "macadamia nuts", "12131", "macadamias|macadamia|raw macadamia nuts"),
    F("macadamias_roasted", "roasted macadamia nuts", "12132", "dry roasted macadamias"),
    F("mixed_nuts", "mixed nuts", "12135", "dry roasted mixed nuts|nut mix|assorted nuts"),
    F("mixed_nuts_no_peanuts", "mixed nuts without peanuts", "12138", "deluxe mixed nuts"),
    F("pecans", "pecans", "12142", "pecan nuts|pecan halves|raw pecans"),
    F("pecans_roasted", "roasted pecans", "12143", "toasted pecans"),
    F("pine_nuts", "pine nuts", "12147", "pignoli|pinoli|pinon nuts"),
    F("pistachios", "pistachios", "12152", "roasted pistachios|pistachio nuts|dry roasted pistachios"),
    F("pistachios_raw", "raw pistachios", "12151", "unroasted pistachios"),
    F("walnuts", "walnuts", "12155", "english walnuts|walnut halves|walnut pieces|raw walnuts"),
    F("walnuts_black", "black walnuts", "12154", ""),
    F("peanuts_dry_roasted", "dry roasted peanuts", "16390",
      "peanuts|roasted peanuts|groundnuts|monkey nuts"),
    F("peanuts_oil_roasted", "oil roasted peanuts", "16389", "salted peanuts|cocktail peanuts",
      ods=("peanuts, oil roasted, 1/4 cup", "cup:0.25", 63, 63)),
    F("peanuts_raw", "raw peanuts", "16087", "unroasted peanuts|redskin peanuts"),
    F("peanuts_spanish", "spanish peanuts", "16392", ""),
    F("acorns", "acorns", "12059", "dried acorns"),
    F("pili_nuts", "pili nuts", "12145", ""),
    F("ginkgo_nuts", "ginkgo nuts", "12128", ""),
    F("hickory_nuts", "hickory nuts", "12130", ""),
]
SEED = [
    F("pumpkin_seeds_roasted", "roasted pumpkin seeds", "12016",
      "pumpkin seeds|pepitas|roasted pepitas|toasted pumpkin seeds",
      serving="handful:1", ods=("pumpkin seeds, roasted, 1 oz", "oz:1", 156, 156)),
    F("pumpkin_seeds_raw", "raw pumpkin seeds", "12014",
      "raw pepitas|pumpkin seed kernels|shelled pumpkin seeds",
      serving="handful:1"),
    F("pumpkin_seeds_whole", "whole roasted pumpkin seeds", "12163",
      "pumpkin seeds in shell|roasted pumpkin seeds with shell", serving="handful:1"),
    F("chia_seeds", "chia seeds", "12006", "chia|chia seed", serving="tbsp:1",
      borrow={"tbsp": ("12220", "tbsp, whole"), "tsp": ("12220", "tsp, whole")},
      ods=("chia seeds, 1 oz", "oz:1", 111, 111)),
    F("flaxseed", "flaxseed", "12220", "flax seeds|linseed|flax|linseeds|whole flaxseed"),
    F("flaxseed_ground", "ground flaxseed", "12220", "milled flaxseed|flax meal|ground linseed",
      pick={"tbsp": "tbsp, ground", "tsp": "tsp, ground", "cup": "cup"}),
    F("hemp_seeds", "hemp seeds", "12012", "hemp hearts|hulled hemp seeds|shelled hemp seeds"),
    F("sesame_seeds", "sesame seeds", "12023", "sesame|white sesame seeds|black sesame seeds"),
    F("sesame_seeds_toasted", "toasted sesame seeds", "12024", "roasted sesame seeds"),
    # bare "sunflower seeds" is the snack people buy: dry-roasted kernels (12037, 129 mg/100 g); the
    # dried/raw kernels (12036, 325 mg/100 g) only when "raw" is said
    F("sunflower_seeds_roasted", "roasted sunflower seeds", "12037",
      "sunflower seeds|sunflower kernels|sunflower seed kernels|dry roasted sunflower seeds|"
      "roasted sunflower kernels", serving="handful:1"),
    F("sunflower_seeds_raw", "raw sunflower seeds", "12036",
      "raw sunflower kernels|dried sunflower seeds|unroasted sunflower seeds", serving="handful:1"),
    F("watermelon_seeds", "watermelon seeds", "12174", "dried watermelon seeds", serving="handful:1"),
    F("lotus_seeds", "dried lotus seeds", "12013", "lotus seeds", serving="handful:1"),
    F("poppy_seeds", "poppy seeds", "02033", "poppy seed|khus khus", serving="tsp:1"),
]
NUTBUTTER = [
    F("peanut_butter", "peanut butter", "16098", "smooth peanut butter|creamy peanut butter|pb",
      ods=("peanut butter, smooth, 2 tbsp", "tbsp:2", 49, 49)),
    F("peanut_butter_chunky", "chunky peanut butter", "16097", "crunchy peanut butter"),
    F("peanut_butter_natural", "natural peanut butter", "16398", "unsalted peanut butter"),
    F("peanut_butter_reduced_fat", "reduced-fat peanut butter", "16150", "light peanut butter"),
    F("almond_butter", "almond butter", "12195", ""),
    F("cashew_butter", "cashew butter", "12088", ""),
    F("sunflower_butter", "sunflower seed butter", "12040", "sunbutter|sunflower butter"),
    F("tahini", "tahini", "12698", "tahina|sesame paste|tehina|tahini paste", serving="tbsp:1"),
    F("nutella", "chocolate hazelnut spread", "19125", "nutella|hazelnut spread|chocolate spread",
      serving="tbsp:1"),
    F("almond_paste", "almond paste", "12071", "marzipan", serving="oz:1"),
]

GRAIN = [
    F("brown_rice_cooked", "cooked brown rice", "20037",
      "brown rice|boiled brown rice|long-grain brown rice|wholegrain rice",
      ods=("brown rice, cooked, 1/2 cup", "cup:0.5", 42, 42)),
    F("brown_rice_medium", "cooked medium-grain brown rice", "20041", "short-grain brown rice"),
    F("white_rice_cooked", "cooked white rice", "20045",
      "rice|white rice|long grain rice|boiled rice|steamed rice|basmati rice|jasmine rice|plain rice",
      ods=("rice, white, long-grain, cooked, 1/2 cup", "cup:0.5", 10, 10)),
    F("white_rice_medium", "cooked medium-grain rice", "20051", "arborio rice|calrose rice|risotto rice"),
    F("white_rice_short", "cooked short-grain rice", "20053", "sushi rice|sticky rice|japanese rice"),
    F("parboiled_rice", "cooked parboiled rice", "20047", "converted rice|easy-cook rice"),
    F("instant_rice", "instant rice", "20049", "minute rice|microwave rice"),
    F("restaurant_rice", "chinese restaurant steamed rice", "20058", "takeaway rice|takeout rice"),
    F("wild_rice", "cooked wild rice", "20089", "wild rice"),
    F("fried_rice", "fried rice", "36602", "egg fried rice|vegetable fried rice"),
    F("spanish_rice", "spanish rice", "36417", "mexican rice|arroz rojo"),
    F("rice_black_beans", "rice and black beans", "36405", "moros y cristianos|congri|black beans and rice"),
    F("rice_red_beans", "rice and red beans", "36406", "arroz con habichuelas|red beans and rice"),
    F("rice_pigeon_peas", "rice with pigeon peas", "36407", "arroz con gandules|rice and peas"),
    F("rice_pilaf", "rice pilaf", "32003", "pilaf|pilau|rice-a-roni"),
    F("quinoa_cooked", "cooked quinoa", "20137", "quinoa|boiled quinoa"),
    F("couscous_cooked", "cooked couscous", "20029", "couscous"),
    F("bulgur_cooked", "cooked bulgur", "20013", "bulgur|bulgur wheat|burghul|bulghur"),
    F("barley_cooked", "cooked barley", "20006", "barley|pearl barley|pearled barley"),
    F("buckwheat_cooked", "cooked buckwheat", "20010", "buckwheat|kasha|buckwheat groats"),
    F("millet_cooked", "cooked millet", "20032", "millet"),
    F("amaranth_cooked", "cooked amaranth", "20002", "amaranth"),
    F("teff_cooked", "cooked teff", "20143", "teff"),
    F("spelt_cooked", "cooked spelt", "20141", "spelt|farro"),
    F("kamut_cooked", "cooked kamut", "20139", "kamut|khorasan wheat"),
    F("hominy", "hominy", "20030", "canned hominy|pozole corn"),
    F("oats_dry", "rolled oats", "08120",
      "oats|old-fashioned oats|dry oats|raw oats|oat flakes|porridge oats",
      serving="cup:0.5"),
    F("oat_bran_cooked", "cooked oat bran", "20034", "oat bran cereal"),
    F("wheat_germ", "wheat germ", "08084", "toasted wheat germ", serving="cup:0.125"),
    F("wheat_bran", "wheat bran", "20077", "bran|unprocessed bran|miller's bran", serving="cup:0.125"),
    F("rice_bran", "rice bran", "20060", "", serving="cup:0.125"),
    F("oat_bran_raw", "oat bran", "20033", "raw oat bran", serving="cup:0.125"),
]
PASTA = [
    F("pasta_cooked", "cooked pasta", "20121",
      "pasta|spaghetti|macaroni|penne|fusilli|rotini|linguine|fettuccine|boiled pasta|farfalle|rigatoni"),
    F("pasta_whole_wheat", "cooked whole-wheat pasta", "20125",
      "whole wheat pasta|wholemeal pasta|whole wheat spaghetti|wholewheat pasta"),
    F("egg_noodles", "cooked egg noodles", "20110", "egg noodles|noodles"),
    F("rice_noodles", "cooked rice noodles", "20134", "rice noodles|rice vermicelli|pho noodles|rice sticks"),
    F("soba", "cooked soba noodles", "20115", "soba|buckwheat noodles|soba noodles"),
    F("somen", "cooked somen noodles", "20117", "somen"),
    F("spinach_pasta", "cooked spinach spaghetti", "20127", "spinach pasta|green pasta"),
    F("gluten_free_pasta", "cooked corn pasta", "20092", "gluten-free pasta|corn pasta"),
    F("chow_mein_noodles", "chow mein noodles", "20113", "crispy noodles|crunchy chow mein noodles"),
    F("mac_and_cheese", "macaroni and cheese", "32005",
      "mac and cheese|mac n cheese|macaroni cheese|kraft dinner|boxed mac and cheese"),
    F("ravioli_canned", "canned ravioli", "22900", "ravioli in tomato sauce|beef ravioli"),
    F("spaghetti_meatballs_canned", "canned spaghetti and meatballs", "22912", "spaghettios with meatballs"),
]
HOTCEREAL = [
    F("oatmeal", "oatmeal", "08121",
      "porridge|cooked oatmeal|cooked oats|oat porridge|bowl of porridge|hot oatmeal|rolled oats cooked"),
    F("instant_oatmeal", "instant oatmeal", "08122",
      "instant oats|oatmeal packet|instant porridge|quick oats",
      serving="packet:1", ods=("oatmeal, instant, 1 packet", "packet:1", 36, 36)),
    F("instant_oatmeal_prepared", "prepared instant oatmeal", "08123", "instant oatmeal made with water"),
    F("instant_oatmeal_flavored", "flavored instant oatmeal", "08130",
      "maple brown sugar oatmeal|maple and brown sugar instant oatmeal"),
    F("instant_oatmeal_apple", "apple cinnamon instant oatmeal", "08124", "apples and cinnamon oatmeal"),
    F("grits_cooked", "cooked grits", "08091", "grits|hominy grits|polenta|cornmeal mush"),
    F("cream_of_wheat", "cream of wheat", "08113", "farina|semolina porridge|cooked farina"),
]
CEREAL = [
    F("fortified_cereal", "fortified breakfast cereal", "08028",
      "cereal|breakfast cereal|fortified cereal|all-bran complete wheat flakes|wheat flakes",
      ods=("breakfast cereal, fortified with 10% of the DV for magnesium, 1 serving", "serving:1", 42, 42)),
    F("shredded_wheat", "shredded wheat", "08147", "shredded wheat biscuits|big biscuit shredded wheat",
      pick={"piece": "biscuits"},
      ods=("shredded wheat cereal, 2 large biscuits", "piece:2", 61, 61)),
    F("shredded_wheat_spoon", "spoon-size shredded wheat", "08148", "spoon size shredded wheat"),
    F("shredded_wheat_bran", "shredded wheat 'n bran", "43393", "shredded wheat and bran"),
    F("weetabix", "weetabix", "42237", "wheat biscuits|weet-bix", pick={"piece": "biscuits"}),
    F("cheerios", "cheerios", "08013", "toasted oat cereal|oat o's"),
    F("honey_nut_cheerios", "honey nut cheerios", "08045", "honey cheerios"),
    F("multigrain_cheerios", "multi grain cheerios", "08087", "multigrain cheerios"),
    F("corn_flakes", "corn flakes", "08020", "cornflakes|kellogg's corn flakes"),
    F("frosted_flakes", "frosted flakes", "08069", "frosties|sugar frosted flakes"),
    F("rice_krispies", "rice krispies", "08065", "rice bubbles|rice crispies|crisp rice cereal|rice pops"),
    F("special_k", "special k", "08067", "special k original"),
    F("all_bran", "all-bran", "08001", "all bran|all-bran original|bran sticks"),
    F("bran_flakes", "bran flakes", "08029", "post bran flakes|40% bran flakes"),
    F("raisin_bran", "raisin bran", "08060", "kellogg's raisin bran|sultana bran"),
    F("grape_nuts", "grape-nuts", "08038", "grape nuts"),
    F("wheaties", "wheaties", "08089", ""),
    F("total", "total cereal", "08077", "whole grain total"),
    F("wheat_chex", "wheat chex", "08082", ""),
    F("rice_chex", "rice chex", "08064", ""),
    F("corn_chex", "corn chex", "08019", ""),
    F("life_cereal", "life cereal", "08049", "quaker life"),
    F("kix", "kix", "08048", ""),
    F("lucky_charms", "lucky charms", "08050", ""),
    F("froot_loops", "froot loops", "08030", "fruit loops"),
    F("apple_jacks", "apple jacks", "08003", ""),
    F("cocoa_krispies", "cocoa krispies", "08014", "coco pops|choco krispies|cocoa pops"),
    F("cocoa_puffs", "cocoa puffs", "08271", ""),
    F("cinnamon_toast_crunch", "cinnamon toast crunch", "08272", "cinnamon grahams"),
    F("honey_bunches", "honey bunches of oats", "43570", "honey bunches"),
    F("capn_crunch", "cap'n crunch", "08010", "captain crunch|capn crunch"),
    F("trix", "trix", "08078", ""),
    F("golden_grahams", "golden grahams", "08035", ""),
    F("fiber_one", "fiber one cereal", "08244", "fiber one bran cereal"),
    F("kashi_golean", "kashi go lean", "08393", "golean|kashi golean"),
    F("granola", "granola", "08037", "homemade granola|toasted muesli", serving="cup:0.5"),
    F("granola_oats_honey", "oat and honey granola", "08054", "natural granola|store-bought granola"),
    F("granola_lowfat", "low-fat granola", "08284", "low fat granola with raisins"),
    F("muesli", "muesli", "43241", "swiss muesli|bircher muesli|familia", serving="cup:0.5"),
    F("alpen", "alpen", "43218", "alpen muesli"),
    F("oatmeal_squares", "oatmeal squares", "08214", "quaker oatmeal squares"),
    F("puffed_rice", "puffed rice", "08066", "puffed rice cereal|murmura"),
    F("puffed_millet", "puffed millet", "43483", ""),
    F("frosted_mini_wheats", "frosted mini-wheats", "08319", "mini-wheats|mini wheats|frosted shreddies"),
    F("crispix", "crispix", "08259", ""),
    F("honey_smacks", "honey smacks", "08071", "sugar smacks|honey monster puffs"),
    F("fruity_pebbles", "fruity pebbles", "08034", ""),
    F("cocoa_pebbles", "cocoa pebbles", "08015", ""),
    F("honeycomb_cereal", "honeycomb cereal", "08046", ""),
    F("reeses_puffs", "reese's puffs", "08194", "reeses puffs"),
    F("raisin_nut_bran", "raisin nut bran", "08261", ""),
    F("basic_4", "basic 4", "08262", ""),
    F("oat_bran_flakes", "oat bran flakes", "43495", ""),
    F("cracklin_oat_bran", "cracklin' oat bran", "08023", "cracklin oat bran"),
    F("crunchy_nut", "crunchy nut", "08615", "crunchy nut cornflakes"),
]

BREAD = [
    F("bread_whole_wheat", "whole-wheat bread", "18075",
      "whole wheat bread|wholemeal bread|brown bread|wholewheat bread|whole grain bread|"
      "100% whole wheat bread",
      ods=("bread, whole wheat, 1 slice", "slice:1", 23, 23)),
    F("toast_whole_wheat", "whole-wheat toast", "18076", "wholemeal toast|brown toast|whole wheat toast"),
    F("bread_white", "white bread", "18069", "bread|sandwich bread|sliced bread|white sliced bread"),
    F("toast_white", "white toast", "18070", "toast|toasted white bread|toasted bread"),
    F("bread_wheat", "wheat bread", "18064", "wheat sandwich bread"),
    F("bread_multigrain", "multigrain bread", "28397",
      "multi-grain bread|granary bread|seeded bread|grain bread"),
    F("toast_multigrain", "multigrain toast", "18036", "toasted multigrain bread"),
    F("bread_rye", "rye bread", "18060", "rye|light rye|jewish rye|deli rye"),
    F("bread_pumpernickel", "pumpernickel bread", "18044", "pumpernickel|dark rye bread"),
    F("bread_french", "french bread", "18029", "sourdough bread|baguette|sourdough|french stick|vienna bread",
      serving="slice:1"),
    F("bread_italian", "italian bread", "18033", "ciabatta|italian loaf"),
    F("bread_oatmeal", "oatmeal bread", "18039", "oat bread"),
    F("bread_oat_bran", "oat bran bread", "18037", ""),
    F("bread_raisin", "raisin bread", "18047", "cinnamon raisin bread|fruit loaf"),
    F("bread_cracked_wheat", "cracked-wheat bread", "18025", "cracked wheat bread"),
    F("bread_potato", "potato bread", "18971", ""),
    F("bread_sprouted", "sprouted wheat bread", "28316", "ezekiel bread|sprouted bread|sprouted grain bread"),
    F("bread_gluten_free", "gluten-free bread", "28338", "gf bread|gluten free bread"),
    F("bread_gf_whole_grain", "gluten-free whole-grain bread", "28339", ""),
    F("bread_protein", "protein bread", "18043", "high-protein bread|gluten bread"),
    F("bread_egg", "egg bread", "18027", "challah|brioche"),
    F("bread_cinnamon", "cinnamon bread", "28315", "cinnamon swirl bread"),
    F("bread_wheat_bran", "wheat bran bread", "18066", "bran bread"),
    F("bread_rice_bran", "rice bran bread", "18059", ""),
    F("bread_cheese", "cheese bread", "18972", ""),
    F("bread_boston_brown", "boston brown bread", "18021", "brown bread canned"),
    F("cornbread", "cornbread", "18024", "corn bread|johnnycake", serving="piece:1"),
    F("focaccia", "focaccia", "18973", "focaccia bread"),
    F("pita_white", "pita bread", "18041", "pita|pitta|pitta bread|white pita", serving="piece:1",
      pick={"piece": "pita, large"}),
    F("pita_whole_wheat", "whole-wheat pita", "18042", "wholemeal pitta|whole wheat pita", serving="piece:1",
      pick={"piece": "pita, large"}),
    F("naan", "naan", "28307", "naan bread|nan|nan bread", serving="piece:1"),
    F("naan_whole_wheat", "whole-wheat naan", "28287", "whole wheat naan", serving="piece:1"),
    F("chapati", "chapati", "28306", "roti|chapatti|phulka|paratha", serving="piece:1"),
    F("bagel", "bagel", "18001", "plain bagel|everything bagel|sesame bagel|onion bagel|poppy seed bagel",
      serving="medium:1"),
    F("bagel_wheat", "whole-wheat bagel", "18968", "wheat bagel|whole wheat bagel", serving="piece:1"),
    F("bagel_cinnamon_raisin", "cinnamon raisin bagel", "18005", "raisin bagel", serving="medium:1"),
    F("bagel_multigrain", "multigrain bagel", "28322", "multi-grain bagel", serving="piece:1"),
    F("bagel_egg", "egg bagel", "18003", "", serving="medium:1"),
    F("bagel_oat_bran", "oat bran bagel", "18007", "", serving="medium:1"),
    F("english_muffin", "english muffin", "18258", "plain english muffin|toasted english muffin",
      serving="piece:1"),
    F("english_muffin_ww", "whole-wheat english muffin", "18266", "whole wheat english muffin",
      serving="piece:1"),
    F("english_muffin_multigrain", "multigrain english muffin", "18260", "", serving="piece:1"),
    F("croissant", "croissant", "18239", "butter croissant|plain croissant", serving="medium:1"),
    F("croissant_cheese", "cheese croissant", "18241", "", serving="medium:1"),
    F("dinner_roll", "dinner roll", "18342", "bread roll|roll|soft roll|white roll", serving="piece:1"),
    F("roll_whole_wheat", "whole-wheat roll", "18348", "wholemeal roll|brown roll|whole wheat roll",
      serving="piece:1"),
    F("roll_rye", "rye roll", "18346", "", serving="piece:1"),
    F("roll_hard", "hard roll", "18353", "kaiser roll|crusty roll", serving="piece:1"),
    F("roll_french", "french roll", "18349", "sub roll|hoagie roll", serving="piece:1"),
    F("bun_hamburger", "hamburger bun", "18350", "hot dog bun|burger bun|bun|bap", serving="piece:1"),
    F("bun_whole_wheat", "whole-wheat hamburger bun", "28313", "whole wheat bun", serving="piece:1"),
    F("tortilla_flour", "flour tortilla", "18364", "tortilla|wheat tortilla|wrap|tortilla wrap",
      serving="piece:1"),
    F("tortilla_corn", "corn tortilla", "18363", "soft corn tortilla", serving="piece:1"),
    F("tortilla_whole_wheat", "whole-wheat tortilla", "28295", "whole wheat wrap|wholemeal wrap",
      serving="piece:1"),
    F("taco_shell", "taco shell", "18360", "hard taco shell|crispy taco shell", serving="piece:1"),
    F("tostada_shell", "tostada shell", "18952", "tostada", serving="piece:1"),
    F("breadsticks", "breadsticks", "18080", "grissini|bread sticks", serving="piece:2"),
    F("pretzel_soft", "soft pretzel", "43109", "bavarian pretzel|pretzel roll", serving="medium:1"),
    F("biscuit", "biscuit", "21142", "buttermilk biscuit|southern biscuit", serving="piece:1"),
    F("wonton_wrappers", "wonton wrappers", "18368", "egg roll wrappers|dumpling wrappers",
      serving="piece:4", pick={"piece": "wrapper, wonton"}),
    F("bread_crumbs", "bread crumbs", "18079", "breadcrumbs|dried breadcrumbs", serving="cup:0.125"),
    F("panko", "seasoned bread crumbs", "18376", "italian breadcrumbs", serving="cup:0.125"),
    F("croutons", "croutons", "18242", "plain croutons", serving="cup:0.25"),
    F("phyllo", "phyllo dough", "18338", "filo|filo pastry|phyllo", serving="piece:2"),
    F("flour_white", "all-purpose flour", "20081", "flour|plain flour|white flour|ap flour",
      serving="cup:0.125"),
    F("flour_whole_wheat", "whole-wheat flour", "20080",
      "wholemeal flour|whole wheat flour|whole grain flour",
      serving="cup:0.125"),
    F("cornmeal", "cornmeal", "20020", "whole-grain cornmeal|polenta meal|maize meal", serving="cup:0.125"),
    F("cornstarch", "cornstarch", "20027", "cornflour|corn starch|maize starch", serving="cup:0.0625"),
    F("semolina", "semolina", "20066", "semolina flour|durum semolina", serving="cup:0.125"),
]
BAKED = [
    F("muffin_blueberry", "blueberry muffin", "18274", "muffin|mini muffin|store-bought muffin"),
    F("muffin_oat_bran", "oat bran muffin", "18283", "bran muffin"),
    F("muffin_corn", "corn muffin", "18279", "cornbread muffin"),
    F("pancakes", "pancakes", "18293", "pancake|hotcakes|flapjacks|buttermilk pancakes|american pancakes",
      serving="piece:2"),
    F("pancakes_frozen", "frozen pancakes", "18936", "microwave pancakes", serving="piece:2"),
    F("waffles", "waffles", "18367", "waffle|belgian waffle|homemade waffles", serving="piece:1"),
    F("waffles_frozen", "frozen waffles", "18365", "toaster waffles|eggo waffles|eggos", serving="piece:2"),
    F("french_toast", "french toast", "21023", "eggy bread|pain perdu", serving="slice:2"),
    F("french_toast_sticks", "french toast sticks", "21024", "", serving="piece:5"),
    F("doughnut_glazed", "glazed doughnut", "18255",
      "doughnut|donut|glazed donut|yeast doughnut|ring doughnut"),
    F("doughnut_cake", "cake doughnut", "18248", "cake donut|old-fashioned doughnut|plain doughnut"),
    F("doughnut_chocolate", "chocolate frosted doughnut", "18249", "chocolate donut|frosted donut"),
    F("doughnut_jelly", "jelly doughnut", "18256", "jam doughnut|jelly donut|berliner"),
    F("doughnut_cream", "cream-filled doughnut", "18254", "boston cream donut|custard doughnut"),
    F("cruller", "french cruller", "18253", "cruller"),
    F("danish", "danish pastry", "18244", "danish|cinnamon danish"),
    F("danish_cheese", "cheese danish", "18245", ""),
    F("danish_fruit", "fruit danish", "18246", "apple danish"),
    F("cinnamon_roll", "cinnamon roll", "18356", "cinnamon bun|sweet roll|chelsea bun"),
    F("cinnamon_bun_frosted", "frosted cinnamon bun", "18964", "honey bun|iced cinnamon bun"),
    F("toaster_pastry", "toaster pastry", "18362", "pop-tart|pop tart|poptart"),
    F("strudel", "apple strudel", "18354", "strudel"),
    F("cream_puff", "eclair", "18969", "cream puff|chocolate eclair|profiterole"),
    F("cake_chocolate", "chocolate cake", "18096", "chocolate fudge cake|chocolate gateau"),
    F("cake_yellow", "yellow cake with chocolate frosting", "18140", "birthday cake|layer cake"),
    F("cake_yellow_vanilla", "yellow cake with vanilla frosting", "18141", "vanilla cake|sheet cake"),
    F("cake_pound", "pound cake", "18121", "madeira cake"),
    F("cake_angel", "angel food cake", "18086", "angel cake"),
    F("cake_sponge", "sponge cake", "18133", "victoria sponge|genoise"),
    F("cake_fruit", "fruitcake", "18110", "fruit cake|christmas cake"),
    F("cake_coffee", "coffee cake", "18104", "crumb cake|streusel cake"),
    F("cheesecake", "cheesecake", "18147", "new york cheesecake|baked cheesecake"),
    F("snack_cake", "creme-filled snack cake", "18127", "hostess cupcake|ding dong|cupcake"),
    F("sponge_snack_cake", "sponge snack cake", "18128", "twinkie|twinkies"),
    F("brownie", "brownie", "18151", "chocolate brownie|fudge brownie"),
    F("brownie_homemade", "homemade brownie", "18154", ""),
    F("cookie_choc_chip", "chocolate chip cookie", "18159", "cookie|choc chip cookie|chips ahoy"),
    F("cookie_choc_chip_soft", "soft chocolate chip cookie", "18160", "chewy chocolate chip cookie"),
    F("cookie_oatmeal", "oatmeal cookie", "18178", "oatmeal raisin cookie|oat cookie|anzac biscuit"),
    F("cookie_peanut_butter", "peanut butter cookie", "18185", ""),
    F("cookie_sugar", "sugar cookie", "18204", "vanilla cookie"),
    F("cookie_butter", "butter cookie", "18155", "danish butter cookie", serving="piece:4"),
    F("cookie_shortbread", "shortbread", "18192", "shortbread cookie|shortbread biscuit"),
    F("cookie_oreo", "chocolate sandwich cookie", "18166", "oreo|oreo cookie|bourbon biscuit"),
    F("cookie_vanilla_sandwich", "vanilla sandwich cookie", "18210", "golden oreo|custard cream"),
    F("cookie_pb_sandwich", "peanut butter sandwich cookie", "18190", "nutter butter"),
    F("gingersnaps", "gingersnaps", "18172", "ginger snaps|ginger nuts|ginger biscuits", serving="piece:4"),
    F("fig_bar", "fig bar", "18170", "fig newton|fig roll"),
    F("vanilla_wafers", "vanilla wafers", "18213", "nilla wafers|vanilla wafer cookies", serving="piece:8"),
    F("animal_crackers", "animal crackers", "28399",
      "arrowroot biscuits|tea biscuits|arrowroot cookies", serving="piece:12"),
    F("marie_biscuit", "marie biscuit", "28351", "rich tea biscuit|marie cookie|rich tea", serving="piece:4"),
    F("macaroon", "coconut macaroon", "28309", "macaroon"),
    F("molasses_cookie", "molasses cookie", "18177", "ginger molasses cookie"),
    F("chocolate_wafers", "chocolate wafer cookies", "18157", "chocolate wafers", serving="piece:5"),
    F("fortune_cookie", "fortune cookie", "18171", ""),
    F("ladyfingers", "ladyfingers", "18175", "savoiardi|sponge fingers|boudoir biscuits"),
    F("sugar_wafers", "sugar wafers", "18209", "wafer cookies|cream wafers"),
    F("marshmallow_cookie", "chocolate-coated marshmallow cookie", "18176",
      "mallomar|moon pie|tunnock's teacake|marshmallow pie"),
    F("pie_apple", "apple pie", "18301", "apple tart"),
    F("pie_pumpkin", "pumpkin pie", "18326", ""),
    F("pie_pecan", "pecan pie", "18324", ""),
    F("pie_cherry", "cherry pie", "18308", ""),
    F("pie_blueberry", "blueberry pie", "18305", ""),
    F("pie_peach", "peach pie", "18323", ""),
    F("pie_lemon_meringue", "lemon meringue pie", "18320", ""),
    F("pie_chocolate_creme", "chocolate cream pie", "18310", "chocolate pie"),
    F("pie_coconut_creme", "coconut cream pie", "18313", ""),
    F("pie_custard", "custard pie", "18317", "egg custard pie|custard tart"),
    F("pie_fried", "fried fruit pie", "18319", "fried pie|hand pie"),
    F("ice_cream_cone_wafer", "wafer ice cream cone", "18271", "cake cone|ice cream cone shell"),
    F("ice_cream_cone_sugar", "sugar cone", "18272", "waffle cone"),
    F("breakfast_bar", "cereal bar", "08546", "breakfast bar|rice and wheat cereal bar"),
    F("milk_cereal_bar", "milk and cereal bar", "08510", ""),
]
CRACKER = [
    F("saltines", "saltine crackers", "18228",
      "saltines|soda crackers|oyster crackers|cream crackers|saltine"),
    F("crackers_whole_wheat", "whole-wheat crackers", "18235", "whole wheat crackers|triscuit|triscuits"),
    F("crackers_wheat", "wheat crackers", "18232", "wheat thins"),
    F("crackers_snack", "butter crackers", "18229", "ritz crackers|ritz|snack crackers|round crackers"),
    F("crackers_cheese", "cheese crackers", "18214", "cheez-its|cheez its|cheese nips"),
    F("crackers_cheese_whole_grain", "whole-grain cheese crackers", "28303", ""),
    F("crackers_goldfish", "goldfish crackers", "28331", "goldfish|fish-shaped crackers"),
    F("crackers_multigrain", "multigrain crackers", "28292", "multi-grain crackers"),
    F("crackers_pb_sandwich", "peanut butter cracker sandwiches", "18231", "nabs|peanut butter crackers"),
    F("crackers_cheese_sandwich", "cheese cracker sandwiches", "18230", "cheese sandwich crackers"),
    F("crispbread_rye", "rye crispbread", "18216", "crispbread|knackebrod|ryvita|wasa"),
    F("rye_wafers", "rye wafer crackers", "18226", "rye crackers|finn crisp"),
    F("matzo", "matzo", "18217", "matzah|matza|matzos|matzoh"),
    F("matzo_whole_wheat", "whole-wheat matzo", "18219", "whole wheat matzah"),
    F("melba_toast", "melba toast", "18220", "melba"),
    F("water_crackers", "water crackers", "28327", "water biscuits|table water crackers|carr's crackers"),
    F("graham_crackers", "graham crackers", "18173",
      "graham cracker|honey grahams|cinnamon grahams crackers"),
    F("rice_cakes", "rice cakes", "19816", "puffed rice cakes|brown rice cakes|rice cake"),
    F("rice_cakes_multigrain", "multigrain rice cakes", "19414", ""),
    F("corn_cakes", "corn cakes", "19419", "corn thins|puffed corn cakes"),
    F("popcorn_cakes", "popcorn cakes", "19036", ""),
    F("rice_crackers", "rice crackers", "25071", "senbei|japanese rice crackers"),
    F("rice_crackers_brown", "brown rice crackers", "19051", ""),
    F("crackers_gf_seeded", "seeded gluten-free crackers", "28345",
      "multi-seed crackers|mary's gone crackers"),
    F("crackers_saltine_ww", "whole-wheat saltines", "18966", "multigrain saltines"),
    F("crackers_snack_ww", "whole-wheat snack crackers", "28308", ""),
    F("rusk", "rusk", "18224", "zwieback|rusks|dutch rusk"),
]

MILK = [
    F("milk_whole", "whole milk", "01077",
      "milk|full-fat milk|full cream milk|3.25% milk|homo milk|glass of milk",
      ods=("milk, 1 cup", "cup:1", 24, 27)),
    F("milk_2", "2% milk", "01079", "reduced-fat milk|semi-skimmed milk|2 percent milk|semi skimmed milk"),
    F("milk_1", "1% milk", "01082", "low-fat milk|lowfat milk|1 percent milk"),
    F("milk_skim", "skim milk", "01085", "fat-free milk|nonfat milk|skimmed milk|skim"),
    F("milk_buttermilk", "buttermilk", "01088", "low-fat buttermilk|cultured buttermilk"),
    F("chocolate_milk", "chocolate milk", "01103", "choc milk|chocolate flavored milk|chocolate milk drink"),
    F("milk_goat", "goat milk", "01106", "goat's milk|goats milk"),
    F("milk_sheep", "sheep milk", "01109", "sheep's milk"),
    F("milk_buffalo", "buffalo milk", "01108", "water buffalo milk"),
    F("milk_lactose_free", "lactose-free milk", "01089", "low-sodium milk"),
    F("hot_chocolate", "hot chocolate", "01105",
      "hot cocoa|drinking chocolate|cocoa with milk|homemade hot cocoa",
      serving="cup:1"),
    F("eggnog", "eggnog", "01057", "egg nog"),
    F("milkshake_chocolate", "chocolate milkshake", "01110", "chocolate shake|chocolate thick shake"),
    F("milkshake_vanilla", "vanilla milkshake", "01111", "vanilla shake|milkshake|thick shake"),
    F("milkshake_strawberry", "strawberry milkshake", "14428", "strawberry shake"),
    F("kefir", "kefir", "01289", "plain kefir|milk kefir"),
    F("soy_milk", "soy milk", "16120",
      "soymilk|soya milk|plain soy milk|vanilla soy milk|soy milk unfortified",
      ods=("soymilk, plain or vanilla, 1 cup", "cup:1", 61, 61)),
    F("soy_milk_fortified", "fortified soy milk", "16139", "calcium-fortified soy milk|enriched soya milk"),
    F("soy_milk_unsweetened", "unsweetened soy milk", "16222", "unsweetened soya milk"),
    F("soy_milk_chocolate", "chocolate soy milk", "16166", "chocolate soymilk"),
    F("soy_milk_light", "light soy milk", "16225", "lite soymilk"),
    F("almond_milk", "unsweetened almond milk", "14091", "almond milk|almond milk unsweetened"),
    F("almond_milk_sweet", "vanilla almond milk", "14016", "sweetened almond milk"),
    F("almond_milk_chocolate", "chocolate almond milk", "14054", ""),
    F("rice_milk", "rice milk", "14639", "rice drink|rice dream"),
    F("coconut_milk_drink", "coconut milk beverage", "14171", "coconut milk drink|coconut milk carton"),
    F("horchata", "horchata", "14638", ""),
    F("smoothie_choc_soy", "chocolate soy-milk drink", "14163", "chocolate protein drink"),
    F("breakfast_shake", "malted milk", "14312", "malted milk drink|horlicks"),
    F("ovaltine", "chocolate malted milk", "14318", "ovaltine|milo|chocolate malt drink"),
    F("evaporated_milk", "evaporated milk", "01096",
      "canned evaporated milk|carnation milk", serving="fl_oz:1"),
    F("condensed_milk", "sweetened condensed milk", "01095", "condensed milk", serving="fl_oz:0.5"),
    F("milk_powder", "powdered milk", "01092",
      "dry milk|milk powder|instant nonfat dry milk|skim milk powder",
      serving="cup:0.125"),
]
DRINK = [
    F("water_tap", "tap water", "14411", "water|glass of water|drinking water|municipal water"),
    F("water_bottled", "bottled water", "14555", "spring water|still water|bottle of water"),
    F("water_well", "well water", "14412", ""),
    F("cola", "cola", "14148", "coke|coca-cola|pepsi|soda|soft drink|pop|fizzy drink|cola soda"),
    F("cola_diet", "diet cola", "14416",
      "diet coke|coke zero|pepsi max|diet pepsi|diet soda|sugar-free cola"),
    F("lemon_lime_soda", "lemon-lime soda", "14144", "sprite|7up|7 up|sierra mist|fizzy lemonade"),
    F("ginger_ale", "ginger ale", "14136", "canada dry"),
    F("root_beer", "root beer", "14157", "a&w root beer"),
    F("orange_soda", "orange soda", "14150", "fanta|orangeade|sunkist"),
    F("grape_soda", "grape soda", "14142", ""),
    F("cream_soda", "cream soda", "14130", ""),
    F("pepper_soda", "dr pepper", "14153", "dr. pepper|pepper-type soda"),
    F("club_soda", "club soda", "14121", "soda water|sparkling water|seltzer|fizzy water|carbonated water"),
    F("tonic_water", "tonic water", "14155", "tonic|indian tonic water"),
    F("energy_drink", "red bull", "14154", "energy drink|redbull"),
    F("monster", "monster energy drink", "14627", "monster|monster energy"),
    F("sports_drink", "sports drink", "14460", "gatorade|powerade|isotonic drink"),
    F("iced_tea", "iced tea", "14199", "sweet tea|lemon iced tea|bottled iced tea|ice tea"),
    F("green_tea_bottled", "bottled green tea", "14206", "ready-to-drink green tea|sweetened green tea"),
    F("vitamin_water", "vitamin water", "14605", "vitaminwater|enhanced water"),
    F("coconut_water_rtd", "packaged coconut water", "14090", "vita coco|boxed coconut water"),
    F("kiwi_strawberry_drink", "kiwi strawberry juice drink", "14161", "juice drink"),
    F("orange_drink", "orange drink", "14323", "sunny d|sunny delight|orange squash"),
    F("grape_drink", "grape drink", "14277", "grape juice drink"),
    F("pina_colada", "pina colada", "14017", "pina coladas"),
    F("daiquiri", "daiquiri", "14010", "strawberry daiquiri|frozen daiquiri"),
    F("whiskey_sour", "whiskey sour", "14531", "whisky sour"),
    F("hard_lemonade", "hard lemonade", "14239", "alcopop|mike's hard lemonade"),
    F("non_alcoholic_beer", "non-alcoholic beer", "14305", "alcohol-free beer|malt beverage|na beer"),
    F("protein_shake_whey", "whey protein powder", "14066", "whey|protein powder|whey protein|protein shake",
      serving="cup:0.33"),
    F("protein_powder_soy", "soy protein powder", "14067", "soy protein", serving="piece:1"),
    F("meal_shake", "meal replacement shake", "14632", "ensure|boost|nutrition shake"),
    F("diabetic_shake", "diabetes nutrition shake", "01250", "glucerna"),
    F("chocolate_drink_mix_milk", "chocolate milk made with powder", "14177",
      "nesquik|chocolate milk from mix"),
]
HOTDRINK = [
    F("coffee", "coffee", "14209",
      "brewed coffee|black coffee|filter coffee|drip coffee|americano|cup of coffee|long black"),
    F("coffee_decaf", "decaf coffee", "14201", "decaffeinated coffee|decaf"),
    F("espresso", "espresso", "14210", "shot of espresso|espresso shot|ristretto|short black",
      serving="fl_oz:1"),
    F("espresso_decaf", "decaf espresso", "14202", "", serving="fl_oz:1"),
    F("coffee_instant", "instant coffee", "14215", "nescafe|instant coffee made with water"),
    F("coffee_instant_decaf", "decaf instant coffee", "14219", ""),
    F("coffee_substitute", "grain coffee substitute", "14237", "postum|caro|barley coffee|chicory coffee"),
    F("coffee_latte_rtd", "bottled iced coffee", "14179", "iced coffee|frappuccino|canned coffee|latte"),
    F("coffee_mocha_rtd", "iced mocha", "14183", "mocha|cafe mocha"),
    F("tea_black", "black tea", "14355",
      "tea|brewed tea|english breakfast tea|cuppa|cup of tea|earl grey|builder's tea|hot tea"),
    F("tea_black_decaf", "decaf black tea", "14352", "decaf tea|decaffeinated tea"),
    F("tea_green", "green tea", "14278", "brewed green tea|sencha|matcha tea"),
    F("tea_green_decaf", "decaf green tea", "14260", ""),
    F("tea_oolong", "oolong tea", "14185", "oolong"),
    F("tea_herbal", "herbal tea", "14381", "herb tea|tisane|peppermint tea|fruit tea|rooibos|ginger tea"),
    F("tea_chamomile", "chamomile tea", "14545", "camomile tea|chamomile"),
    F("tea_hibiscus", "hibiscus tea", "14649", "agua de jamaica|sorrel drink"),
    F("tea_instant", "instant tea", "14367", "instant iced tea"),
    F("hot_cocoa_mix", "instant hot chocolate", "14194",
      "hot chocolate made with water|cocoa mix drink|swiss miss|hot chocolate from mix"),
]
BEER = [
    F("beer", "beer", "14003", "lager|ale|pint of beer|bitter|pilsner|ipa|stout|can of beer"),
    F("beer_light", "light beer", "14006", "lite beer|low-calorie beer|bud light"),
    F("beer_strong", "strong beer", "14251", "high-alcohol beer|craft beer|double ipa"),
    F("beer_light_low_carb", "low-carb beer", "14013", "ultra light beer|michelob ultra"),
]
WINE = [
    F("wine_red", "red wine", "14096", "wine|glass of wine|merlot|cabernet|pinot noir|shiraz|malbec"),
    F("wine_white", "white wine", "14106",
      "chardonnay|sauvignon blanc|pinot grigio|riesling|prosecco|champagne"),
    F("wine_rose", "rose wine", "14253", "blush wine|rose"),
    F("wine_dessert", "dessert wine", "14057", "port|sherry|sweet wine|marsala"),
    F("wine_non_alcoholic", "non-alcoholic wine", "14553", "alcohol-free wine"),
    F("sake", "sake", "43479", "rice wine|saki"),
]
SPIRIT = [
    F("spirits", "spirits", "14037",
      "vodka|gin|rum|whiskey|whisky|liquor|bourbon|tequila|scotch|brandy|cognac|shot|hard liquor"),
    F("coffee_liqueur", "coffee liqueur", "14414", "kahlua|tia maria"),
    F("cream_liqueur", "cream liqueur", "14415", "baileys|irish cream"),
    F("creme_de_menthe", "creme de menthe", "14034", "mint liqueur"),
]
YOGURT = [
    F("yogurt_plain_lowfat", "plain low-fat yogurt", "01117",
      "yogurt|low-fat yogurt|plain yogurt|yoghurt|natural yogurt|plain yoghurt|lowfat yogurt",
      ods=("yogurt, plain, low fat, 8 oz", "oz:8", 42, 42)),
    F("yogurt_whole", "whole-milk yogurt", "01116", "full-fat yogurt|whole milk yogurt|full fat yoghurt"),
    F("yogurt_nonfat", "nonfat yogurt", "01118",
      "fat-free yogurt|skim milk yogurt|0% yogurt|fat free yoghurt"),
    F("yogurt_vanilla", "vanilla yogurt", "01119", "vanilla yoghurt"),
    F("yogurt_fruit", "fruit yogurt", "01122",
      "strawberry yogurt|flavored yogurt|fruit-on-the-bottom yogurt|fruit yoghurt|blueberry yogurt"),
    F("yogurt_fruit_light", "light fruit yogurt", "01203", "diet yogurt|yoplait light|light and fit"),
    F("yogurt_chocolate", "chocolate yogurt", "01187", ""),
    F("greek_yogurt", "greek yogurt", "01256",
      "plain greek yogurt|nonfat greek yogurt|0% greek yogurt|greek yoghurt|fage 0%|strained yogurt|skyr",
      borrow={"cup": ("01117", "cup")}),
    F("greek_yogurt_lowfat", "low-fat greek yogurt", "01287", "2% greek yogurt",
      borrow={"cup": ("01117", "cup")}),
    F("greek_yogurt_whole", "whole-milk greek yogurt", "01293", "full-fat greek yogurt|greek style yoghurt",
      borrow={"cup": ("01117", "cup")}),
    F("greek_yogurt_vanilla", "vanilla greek yogurt", "01286", "nonfat vanilla greek yogurt"),
    F("greek_yogurt_strawberry", "strawberry greek yogurt", "01285", "fruit greek yogurt"),
    F("tofu_yogurt", "soy yogurt", "43476", "tofu yogurt|vegan yogurt|dairy-free yogurt"),
    F("yogurt_parfait", "yogurt parfait", "21463", "fruit and yogurt parfait|yogurt with granola"),
]
CHEESE = [
    F("cheddar", "cheddar cheese", "01009", "cheddar|cheese|mature cheddar|sharp cheddar|mild cheddar"),
    F("cheddar_reduced_fat", "reduced-fat cheddar", "01260", "light cheddar|low-fat cheddar"),
    F("mozzarella", "mozzarella", "01026", "fresh mozzarella|mozzarella cheese|mozz|buffalo mozzarella"),
    F("mozzarella_part_skim", "part-skim mozzarella", "01028", "string cheese|cheese stick"),
    F("mozzarella_shredded", "shredded mozzarella", "01271",
      "low-moisture mozzarella|pizza cheese|grated mozzarella"),
    F("swiss", "swiss cheese", "01040", "emmental|emmentaler|jarlsberg"),
    F("parmesan", "parmesan", "01033", "parmesan cheese|parmigiano|parmigiano reggiano|parmesan wedge"),
    F("parmesan_grated", "grated parmesan", "01032", "grated parmesan cheese|parm", serving="tbsp:1"),
    F("parmesan_shredded", "shredded parmesan", "01146", "", serving="tbsp:1"),
    F("romano", "romano cheese", "01038", "pecorino romano|pecorino|romano", serving="oz:0.5"),
    F("feta", "feta", "01019", "feta cheese"),
    F("goat_cheese_soft", "goat cheese", "01159", "chevre|soft goat cheese|goats cheese"),
    F("goat_cheese_hard", "hard goat cheese", "01156", "aged goat cheese"),
    F("goat_cheese_semisoft", "semisoft goat cheese", "01157", ""),
    F("brie", "brie", "01006", "brie cheese"),
    F("camembert", "camembert", "01007", ""),
    F("blue_cheese", "blue cheese", "01004", "gorgonzola|stilton|danish blue|bleu cheese"),
    F("roquefort", "roquefort", "01039", ""),
    F("gouda", "gouda", "01022", "gouda cheese|smoked gouda"),
    F("edam", "edam", "01018", "edam cheese"),
    F("gruyere", "gruyere", "01023", "gruyere cheese|comte"),
    F("provolone", "provolone", "01035", "provolone cheese"),
    F("monterey_jack", "monterey jack", "01025", "jack cheese|monterey jack cheese|pepper jack"),
    F("colby", "colby cheese", "01011", "colby|colby jack"),
    F("muenster", "muenster", "01030", "munster cheese"),
    F("fontina", "fontina", "01020", ""),
    F("havarti_brick", "brick cheese", "01005", "havarti"),
    F("limburger", "limburger", "01024", ""),
    F("american_cheese", "american cheese", "01042",
      "processed cheese|cheese slice|kraft singles|american cheese slice|process cheese"),
    F("mexican_blend", "mexican cheese blend", "01251", "shredded mexican cheese|taco cheese"),
    F("queso_fresco", "queso fresco", "01228", "fresh mexican cheese"),
    F("queso_blanco", "queso blanco", "01229", "paneer|white cheese"),
    F("cotija", "cotija", "01267", "queso cotija|queso anejo"),
    F("gjetost", "gjetost", "01021", "brunost|brown cheese"),
    F("cottage_cheese", "cottage cheese", "01012", "creamed cottage cheese|full-fat cottage cheese",
      serving="cup:0.5"),
    F("cottage_cheese_2", "low-fat cottage cheese", "01015", "2% cottage cheese|lowfat cottage cheese",
      serving="cup:0.5"),
    F("cottage_cheese_1", "1% cottage cheese", "01016", "", serving="cup:0.5"),
    F("cream_cheese", "cream cheese", "01017", "philadelphia|philly|cream cheese spread", serving="tbsp:2"),
    F("cream_cheese_fat_free", "fat-free cream cheese", "01186", "light cream cheese", serving="tbsp:2"),
    F("neufchatel", "neufchatel", "01031", "neufchatel cheese", serving="oz:1"),
    F("ricotta", "ricotta", "01036", "ricotta cheese|whole milk ricotta", serving="cup:0.25"),
    F("ricotta_part_skim", "part-skim ricotta", "01037", "light ricotta", serving="cup:0.25"),
    F("cheese_sauce", "cheese sauce", "06930", "nacho cheese sauce|queso dip", serving="cup:0.25"),
    F("vegan_cheese", "imitation mozzarella", "01161", "cheese substitute|vegan cheese"),
]
DAIRY = [
    F("half_and_half", "half and half", "01049", "half-and-half|half & half"),
    F("cream_light", "light cream", "01050", "single cream|table cream|coffee cream"),
    F("cream_heavy", "heavy cream", "01053",
      "double cream|whipping cream|heavy whipping cream|thickened cream"),
    F("cream_whipped", "whipped cream", "01054", "squirty cream|aerosol whipped cream|reddi wip",
      serving="tbsp:2"),
    F("sour_cream", "sour cream", "01056", "soured cream|creme fraiche", serving="tbsp:2"),
    F("sour_cream_light", "light sour cream", "01179", "reduced-fat sour cream", serving="tbsp:2"),
    F("creamer_liquid", "liquid coffee creamer", "01067", "non-dairy creamer|coffee creamer"),
    F("creamer_powder", "powdered creamer", "01069", "coffee whitener|coffee-mate|powdered coffee creamer",
      serving="tsp:1"),
    F("creamer_flavored", "flavored coffee creamer", "01205", "french vanilla creamer|hazelnut creamer"),
    F("whipped_topping", "whipped topping", "01073", "cool whip|frozen whipped topping", serving="tbsp:2"),
    F("dulce_de_leche", "dulce de leche", "01225", "cajeta|caramel spread"),
]

DESSERT = [
    F("ice_cream_vanilla", "vanilla ice cream", "19095", "ice cream|vanilla icecream|scoop of ice cream"),
    F("ice_cream_chocolate", "chocolate ice cream", "19270", "choc ice cream"),
    F("ice_cream_strawberry", "strawberry ice cream", "19271", ""),
    F("ice_cream_rich", "premium vanilla ice cream", "19089", "rich vanilla ice cream|haagen-dazs|gelato"),
    F("ice_cream_light", "light vanilla ice cream", "19088", "low-fat ice cream|halo top"),
    F("soft_serve", "soft serve", "19090", "soft-serve ice cream|mr whippy|frozen custard"),
    F("soft_serve_chocolate", "chocolate soft serve", "01236", ""),
    F("frozen_yogurt", "frozen yogurt", "01298", "froyo|frozen yoghurt"),
    F("sherbet", "orange sherbet", "19097", "sherbet|sorbet"),
    F("ice_cream_sandwich", "ice cream sandwich", "01238", "", serving="serving:1"),
    F("ice_cream_bar", "chocolate-covered ice cream bar", "01237", "ice cream bar|choc ice|magnum|eskimo pie",
      serving="piece:1"),
    F("sundae_fudge", "hot fudge sundae", "21033", "sundae|ice cream sundae", serving="piece:1"),
    F("sundae_caramel", "caramel sundae", "21032", "", serving="piece:1"),
    F("sundae_strawberry", "strawberry sundae", "21034", "", serving="piece:1"),
    F("pudding_chocolate", "chocolate pudding", "19183", "chocolate pudding cup|chocolate mousse"),
    F("pudding_vanilla", "vanilla pudding", "19201", "pudding|pudding cup|custard|vanilla custard"),
    F("pudding_rice", "rice pudding", "19193", "creamed rice|arroz con leche"),
    F("pudding_tapioca", "tapioca pudding", "19218", "tapioca"),
    F("applesauce", "applesauce", "09019", "apple sauce|unsweetened applesauce|apple puree|stewed apple"),
    F("applesauce_sweet", "sweetened applesauce", "09020", ""),
    F("fruit_salad_canned", "canned fruit salad", "09103", "fruit cocktail|fruit cup|tinned fruit salad"),
    F("cranberry_sauce", "cranberry sauce", "09081", "jellied cranberry sauce", serving="cup:0.25"),
    F("jello", "gelatin dessert", "19177", "jello|jelly (dessert)|gelatine powder", serving="packet:1"),
    F("yokan", "yokan", "16004", "red bean jelly"),
]
EGG = [
    F("egg_whole", "whole egg", "01123", "egg|raw egg|eggs|large egg|chicken egg", pick={"piece": "large"}),
    F("egg_boiled", "hard-boiled egg", "01129", "boiled egg|hard boiled egg|soft-boiled egg|soft boiled egg",
      pick={"piece": "large"}),
    F("egg_fried", "fried egg", "01128",
      "sunny side up egg|over easy egg|fried eggs", pick={"piece": "large"}),
    F("egg_scrambled", "scrambled eggs", "01132", "scrambled egg|scrambled|scramble",
      pick={"piece": "large"}),
    F("egg_poached", "poached egg", "01131", "poached eggs", pick={"piece": "large"}),
    F("omelette", "omelette", "01130", "omelet|plain omelette|egg omelette", pick={"piece": "large"},
      serving="piece:2"),
    F("egg_white", "egg white", "01124", "egg whites|raw egg white", pick={"piece": "large"}),
    F("egg_yolk", "egg yolk", "01125", "egg yolks|raw egg yolk", pick={"piece": "large"}),
    F("egg_duck", "duck egg", "01138", "duck eggs"),
    F("egg_quail", "quail egg", "01140", "quail eggs", serving="piece:3"),
    F("egg_goose", "goose egg", "01139", ""),
    F("egg_substitute", "liquid egg substitute", "01226",
      "egg beaters|liquid egg whites", serving="cup:0.25"),
    F("egg_fast_food_scrambled", "restaurant scrambled eggs", "21018", "diner scrambled eggs",
      serving="piece:2"),
]

MEAT = [
    F("chicken_breast_roasted", "roasted chicken breast", "05064",
      "chicken breast|baked chicken breast|skinless chicken breast|cooked chicken breast|"
      "grilled chicken breast|"
      "grilled chicken|chicken fillet",
      ods=("chicken breast, roasted, 3 oz", "oz:3", 22, 22)),
    F("chicken_breast_skin", "roasted chicken breast with skin", "05060", "chicken breast with skin"),
    F("chicken_breast_fried", "fried chicken breast", "05059",
      "pan-fried chicken breast|floured fried chicken"),
    F("chicken_breast_stewed", "poached chicken breast", "05065",
      "boiled chicken breast|stewed chicken breast"),
    F("chicken_breast_rotisserie", "rotisserie chicken breast", "05342",
      "rotisserie chicken|store-bought roast chicken"),
    F("chicken_roasted", "roast chicken", "05013",
      "chicken|cooked chicken|chicken meat|roasted chicken meat"),
    F("chicken_roasted_skin", "roast chicken with skin", "05009", "whole roast chicken"),
    F("chicken_stewed", "stewed chicken", "05014", "boiled chicken|chicken stew meat|shredded chicken"),
    F("chicken_fried_home", "home-fried chicken", "05008", "pan-fried chicken"),
    F("chicken_thigh", "roasted chicken thigh", "05098",
      "chicken thigh|skinless chicken thigh|chicken thighs"),
    F("chicken_thigh_skin", "roasted chicken thigh with skin", "05094", "chicken thigh with skin"),
    F("chicken_drumstick", "roasted chicken drumstick", "05073",
      "chicken drumstick|drumstick|chicken drumsticks"),
    F("chicken_drumstick_skin", "roasted chicken drumstick with skin", "05069", ""),
    F("chicken_leg", "roasted chicken leg", "05082", "chicken leg|chicken leg quarter|chicken legs"),
    F("chicken_wing", "roasted chicken wing", "05103", "chicken wing|chicken wings|baked wings"),
    F("chicken_wing_fried", "fried chicken wing", "05102", "fried wings|buffalo wings|hot wings"),
    F("chicken_ground", "ground chicken", "05333", "chicken mince|minced chicken"),
    F("chicken_liver", "chicken liver", "05028", "chicken livers|simmered chicken liver"),
    F("chicken_liver_fried", "fried chicken liver", "05661", ""),
    F("chicken_giblets", "chicken giblets", "05022", "giblets"),
    F("turkey_breast", "roasted turkey breast", "05711", "turkey breast|turkey|roast turkey|turkey meat"),
    F("turkey_whole_skin", "roast turkey with skin", "05166", "thanksgiving turkey|turkey with skin"),
    F("turkey_dark", "roasted turkey thigh", "05722", "turkey thigh|turkey dark meat"),
    F("turkey_drumstick", "roasted turkey drumstick", "05723", "turkey leg|turkey drumstick"),
    F("turkey_wing", "roasted turkey wing", "05713", "turkey wing"),
    F("duck", "roast duck", "05142", "duck|duck meat|duck breast|crispy duck"),
    F("duck_skin", "roast duck with skin", "05140", "peking duck"),
    F("goose", "roast goose", "05149", "goose"),
    F("beef_ground_90", "lean ground beef patty", "23564",
      "lean ground beef|90% lean ground beef|90% lean ground beef patty|90% lean beef patty|lean mince|lean beef mince|90/10 ground beef",
      ods=("ground beef, 90% lean, pan-broiled, 3 oz", "oz:3", 20, 20)),
    F("beef_ground_80", "ground beef patty", "23574",
      "ground beef|mince|beef mince|minced beef|hamburger meat|burger patty|hamburger patty|"
      "beef burger patty"),
    F("beef_ground_crumbles", "browned ground beef", "23575",
      "ground beef crumbles|cooked mince|taco meat|savoury mince"),
    F("beef_ground_85", "85% lean ground beef patty", "23569", "85% lean ground beef|85/15 ground beef"),
    F("beef_ground_95", "extra-lean ground beef patty", "23559", "extra lean mince|95% lean ground beef|95% lean ground beef patty"),
    F("beef_ground_70", "70% lean ground beef patty", "13496", "regular ground beef|fatty mince"),
    F("meatloaf", "beef meatloaf", "23571", "meatloaf|meat loaf"),
    F("beef_sirloin", "sirloin steak", "13451", "top sirloin|steak|beef steak|grilled steak|rump steak"),
    F("beef_ribeye", "ribeye steak", "23227", "rib eye|ribeye|rib-eye steak|scotch fillet|delmonico"),
    F("beef_tenderloin", "beef tenderloin", "13439",
      "filet mignon|fillet steak|tenderloin steak|beef fillet"),
    F("beef_tbone", "t-bone steak", "13473", "t-bone|tbone steak"),
    F("beef_porterhouse", "porterhouse steak", "13459", "porterhouse"),
    F("beef_strip", "strip steak", "13445", "new york strip|sirloin strip|top loin steak|striploin|ny strip"),
    F("beef_flank", "flank steak", "13948", "london broil"),
    F("beef_skirt", "skirt steak", "23541", "fajita steak|outside skirt"),
    F("beef_tri_tip", "tri-tip roast", "13953", "tri-tip|tri tip"),
    F("beef_pot_roast", "pot roast", "13373", "chuck roast|braised beef|beef pot roast"),
    F("beef_brisket", "beef brisket", "13369", "brisket|smoked brisket"),
    F("beef_short_ribs", "beef short ribs", "23125", "short ribs|braised short ribs"),
    F("beef_stew_meat", "beef stew meat", "23090", "stewing beef|braising steak|diced beef|beef chunks"),
    F("beef_round_roast", "roast beef", "13415", "eye of round|roast beef joint|sunday roast beef"),
    F("beef_bottom_round", "bottom round roast", "13399", "silverside|round roast"),
    F("beef_top_round", "top round steak", "13959", "topside|minute steak|round steak"),
    F("beef_rib_roast", "prime rib", "13826", "standing rib roast|rib roast"),
    F("beef_corned", "corned beef", "13347", "salt beef|corned beef brisket"),
    F("beef_liver", "fried beef liver", "13327", "liver|beef liver|liver and onions|calf liver"),
    F("beef_liver_braised", "braised beef liver", "13326", ""),
    F("pork_chop", "pork chop", "10038", "pork chops|grilled pork chop|pork loin chop|bone-in pork chop"),
    F("pork_chop_boneless", "boneless pork chop", "10064", "pork loin steak|boneless pork loin chop"),
    F("pork_chop_fried", "pan-fried pork chop", "10179", "fried pork chop"),
    F("pork_tenderloin", "pork tenderloin", "10061", "pork fillet|pork tenderloin roast"),
    F("pork_roast", "roast pork", "10009", "pork roast|roast leg of pork|pork loin roast|roast pork leg"),
    F("pork_ground", "ground pork", "10220", "pork mince|minced pork"),
    F("pork_ribs", "pork spareribs", "10089", "spare ribs|pork ribs|ribs|bbq ribs|spareribs"),
    F("pork_shoulder", "cured pork shoulder", "10168", "picnic ham|pork shoulder"),
    F("pulled_pork", "pulled pork", "22972", "bbq pulled pork|pulled pork in barbecue sauce"),
    F("ham_roast", "roast ham", "10136", "ham|baked ham|gammon|ham steak|glazed ham"),
    F("ham_lean", "extra-lean ham", "10134", "lean ham"),
    F("ham_honey", "honey ham", "07938", "honey roast ham|honey baked ham"),
    F("pork_liver", "pork liver", "10111", "pig's liver"),
    F("lamb_leg", "roast leg of lamb", "17012", "roast lamb|lamb|leg of lamb|lamb roast"),
    F("lamb_loin_chop", "lamb chop", "17024", "lamb chops|lamb loin chop|grilled lamb chops"),
    F("lamb_rib", "lamb rib chop", "17030", "rack of lamb|lamb cutlet|lamb cutlets|lamb rack"),
    F("lamb_shoulder", "roast lamb shoulder", "17038", "lamb shoulder|slow-cooked lamb shoulder"),
    F("lamb_ground", "ground lamb", "17225", "lamb mince|minced lamb|lamb burger"),
    F("lamb_stew", "lamb stew meat", "17061", "diced lamb|lamb curry meat|lamb kebab meat"),
    F("lamb_liver", "lamb liver", "17201", "lambs liver|lamb's liver"),
    F("veal", "veal", "17091", "cooked veal|veal roast"),
    F("veal_chop", "veal chop", "17427", "veal loin chop"),
    F("veal_ground", "ground veal", "17143", "veal mince"),
    F("veal_liver", "calf's liver", "17204", "veal liver|calves liver"),
    F("venison", "venison", "17165", "deer meat|roast venison"),
    F("venison_steak", "venison steak", "17345", "venison loin"),
    F("venison_ground", "ground venison", "17344", "venison mince|deer burger"),
    F("bison_ground", "ground bison", "17331", "buffalo burger|ground buffalo|bison burger"),
    F("bison_steak", "bison ribeye steak", "17335", "bison steak|buffalo steak"),
    F("elk_ground", "ground elk", "17339", "elk burger"),
    F("rabbit", "roast rabbit", "17178", "rabbit|stewed rabbit"),
    F("salmon_farmed", "cooked atlantic salmon", "15237",
      "salmon|farmed salmon|baked salmon|grilled salmon|salmon fillet|atlantic salmon",
      ods=("salmon, Atlantic, farmed, cooked, 3 oz", "oz:3", 26, 26)),
    F("salmon_wild", "wild atlantic salmon", "15209", "wild salmon"),
    F("salmon_sockeye", "sockeye salmon", "15086", "red salmon|sockeye"),
    F("salmon_coho", "coho salmon", "15247", "silver salmon|coho"),
    F("salmon_pink", "pink salmon", "15212", "humpback salmon"),
    F("salmon_chinook", "king salmon", "15210", "chinook salmon|chinook"),
    F("salmon_chum", "chum salmon", "15211", "keta salmon"),
    F("salmon_canned", "canned salmon", "15084", "tinned salmon|canned pink salmon"),
    F("salmon_canned_sockeye", "canned sockeye salmon", "15087", "canned red salmon"),
    F("salmon_smoked", "smoked salmon", "15179", "lox|nova lox|smoked salmon slices"),
    F("tuna_canned_water", "canned tuna", "15121",
      "tuna|tinned tuna|tuna in water|light tuna|canned light tuna"),
    F("tuna_canned_oil", "tuna in oil", "15119", "canned tuna in oil|tinned tuna in oil"),
    F("tuna_albacore", "canned albacore tuna", "15126", "albacore|white tuna|albacore tuna"),
    F("tuna_steak", "tuna steak", "15221", "yellowfin tuna|ahi tuna|grilled tuna|seared tuna|fresh tuna"),
    F("tuna_bluefin", "bluefin tuna", "15118", "bluefin"),
    F("tuna_skipjack", "skipjack tuna", "15220", "bonito|skipjack"),
    F("halibut", "cooked halibut", "15037", "halibut|baked halibut|halibut fillet",
      ods=("halibut, cooked, 3 oz", "oz:3", 24, 24)),
    F("cod", "cooked cod", "15016", "cod|baked cod|cod fillet|atlantic cod"),
    F("cod_pacific", "cooked pacific cod", "15192", "pacific cod"),
    F("haddock", "haddock", "15034", "cooked haddock|haddock fillet"),
    F("haddock_smoked", "smoked haddock", "15035", "finnan haddie"),
    F("pollock", "alaska pollock", "15067", "pollock|pollack|walleye pollock"),
    F("pollock_atlantic", "atlantic pollock", "15205", "coley|saithe"),
    F("tilapia", "tilapia", "15262", "cooked tilapia|tilapia fillet"),
    F("catfish", "farmed catfish", "15235", "catfish|cooked catfish"),
    F("catfish_fried", "fried catfish", "15011", "breaded catfish"),
    F("flounder", "flounder", "15029", "sole|plaice|dover sole|lemon sole|flatfish"),
    F("trout", "rainbow trout", "15241", "trout|farmed trout"),
    F("trout_wild", "wild rainbow trout", "15116", "wild trout"),
    F("mackerel", "mackerel", "15047", "atlantic mackerel|cooked mackerel|smoked mackerel"),
    F("mackerel_king", "king mackerel", "15200", "kingfish"),
    F("mackerel_canned", "canned mackerel", "15048", "tinned mackerel|jack mackerel"),
    F("herring", "herring", "15040", "atlantic herring|kipper|kippers"),
    F("herring_pickled", "pickled herring", "15041", "rollmops|marinated herring"),
    F("sardines", "sardines", "15088", "canned sardines|sardines in oil|tinned sardines|pilchards"),
    F("sardines_tomato", "sardines in tomato sauce", "15089", "pilchards in tomato sauce"),
    F("anchovies", "anchovies", "15002", "canned anchovies|anchovy fillets", serving="oz:0.5"),
    F("swordfish", "swordfish", "15111", "swordfish steak"),
    F("mahi_mahi", "mahi-mahi", "15194", "mahi mahi|dolphinfish|dorado"),
    F("snapper", "red snapper", "15102", "snapper"),
    F("grouper", "grouper", "15032", ""),
    F("sea_bass", "sea bass", "15092", "branzino|seabass|sea bass fillet"),
    F("striped_bass", "striped bass", "15188", "rockfish (striped bass)"),
    F("perch", "perch", "15061", "yellow perch"),
    F("pike", "northern pike", "15063", "pike"),
    F("walleye", "walleye", "15204", "pickerel|walleye pike"),
    F("whiting", "whiting", "15133", "hake"),
    F("orange_roughy", "orange roughy", "15232", ""),
    F("monkfish", "monkfish", "15203", ""),
    F("turbot", "turbot", "15222", ""),
    F("carp", "carp", "15009", ""),
    F("eel", "eel", "15026", "unagi|cooked eel"),
    F("rockfish", "pacific rockfish", "15071", "rockfish|pacific snapper"),
    F("bluefish", "bluefish", "15189", ""),
    F("sablefish", "sablefish", "15208", "black cod|butterfish"),
    F("smelt", "smelt", "15100", "smelts"),
    F("fish_roe", "fish roe", "15207", "roe|cod roe"),
    F("shrimp", "cooked shrimp", "15151",
      "shrimp|prawns|cooked prawns|boiled shrimp|steamed shrimp|grilled shrimp"),
    F("shrimp_fried", "fried shrimp", "15150", "breaded shrimp|fried prawns|coconut shrimp|tempura prawns"),
    F("shrimp_canned", "canned shrimp", "15152", "tinned prawns"),
    F("crab_king", "king crab", "15137", "alaska king crab|crab legs|king crab legs"),
    F("crab_blue", "crab", "15140", "crab meat|blue crab|crabmeat"),
    F("crab_dungeness", "dungeness crab", "15226", ""),
    F("crab_snow", "snow crab", "15227", "queen crab"),
    F("crab_canned", "canned crab", "15141", "tinned crab"),
    F("lobster", "lobster", "15148", "lobster tail|maine lobster"),
    F("lobster_spiny", "spiny lobster", "15228", "rock lobster|crayfish tail"),
    F("crayfish", "crawfish", "15146", "crayfish|crawdads|mudbugs"),
    F("clams", "cooked clams", "15159", "clams|steamed clams|vongole"),
    F("clams_canned", "canned clams", "15160", "tinned clams"),
    F("clams_fried", "fried clams", "15158", "clam strips"),
    F("mussels", "mussels", "15165", "cooked mussels|moules|steamed mussels"),
    F("oysters_raw", "raw oysters", "15167", "oysters|oysters on the half shell"),
    F("oysters_cooked", "cooked oysters", "15169", "steamed oysters"),
    F("oysters_fried", "fried oysters", "15168", "breaded oysters"),
    F("oysters_pacific", "pacific oysters", "15231", ""),
    F("scallops", "scallops", "90240", "sea scallops|bay scallops|seared scallops"),
    F("scallops_fried", "fried scallops", "15173", "breaded scallops"),
    F("calamari", "fried calamari", "15176", "calamari|fried squid|squid rings"),
    F("octopus", "octopus", "15230", "cooked octopus|grilled octopus|pulpo"),
    F("cuttlefish", "cuttlefish", "15229", ""),
    F("abalone", "abalone", "15156", "fried abalone"),
    F("whelk", "whelk", "15178", "whelks|conch"),
    F("fish_sticks", "fish sticks", "15027", "fish fingers|fish sticks frozen", serving="piece:4"),
    F("fish_fried", "fried fish fillet", "36033",
      "battered fish|fish and chips fish|fried fish|beer-battered fish|breaded fish"),
    F("salmon_nuggets", "salmon nuggets", "15252", "salmon burger"),
]
DELI = [
    F("ham_sliced", "sliced ham", "07029", "deli ham|ham slices|lunch meat ham|sandwich ham|boiled ham"),
    F("turkey_sliced", "sliced turkey breast", "07081",
      "deli turkey|turkey slices|turkey lunch meat|turkey deli meat"),
    F("turkey_rotisserie_deli", "rotisserie turkey deli meat", "07944", ""),
    F("chicken_sliced", "sliced chicken breast", "07961", "deli chicken|chicken lunch meat"),
    F("roast_beef_deli", "deli roast beef", "07043", "sliced roast beef|roast beef slices"),
    F("pastrami", "pastrami", "13355", "beef pastrami"),
    F("pastrami_turkey", "turkey pastrami", "07052", ""),
    F("corned_beef_canned", "canned corned beef", "13348", "bully beef|corned beef hash meat"),
    F("salami", "salami", "07071", "hard salami|genoa salami|dry salami"),
    F("salami_italian", "italian salami", "07926", "milano salami|soppressata"),
    F("salami_cooked", "cooked salami", "07069", "beef and pork salami"),
    F("pepperoni", "pepperoni", "07057", "pepperoni slices", serving="oz:1"),
    F("bologna", "bologna", "07008", "baloney|polony|boloney"),
    F("bologna_turkey", "turkey bologna", "07011", ""),
    F("mortadella", "mortadella", "07050", ""),
    F("liverwurst", "liverwurst", "07041", "liver sausage|braunschweiger"),
    F("pate", "liver pate", "07055", "pate", serving="tbsp:2"),
    F("spam", "spam", "07908", "luncheon meat|canned pork"),
    F("bacon", "bacon", "10862", "fried bacon|streaky bacon|bacon rashers|crispy bacon|bacon strips",
      serving="piece:3", pick={"piece": "slice"}),
    F("bacon_baked", "baked bacon", "10860", "oven bacon", serving="piece:3", pick={"piece": "slice"}),
    F("bacon_microwaved", "microwaved bacon", "10861", "", serving="piece:3", pick={"piece": "slice"}),
    F("canadian_bacon", "canadian bacon", "10998", "back bacon|peameal bacon"),
    F("turkey_bacon", "turkey bacon", "07973", "", serving="slice:2"),
    F("beef_jerky", "beef jerky", "19002", "jerky|meat jerky", serving="oz:1"),
    F("beef_sticks", "smoked beef sticks", "19407", "slim jim|meat sticks", serving="piece:1"),
    F("dried_beef", "dried beef", "13350", "chipped beef"),
    F("scrapple", "scrapple", "07951", ""),
    F("headcheese", "headcheese", "07034", "brawn"),
]
SAUSAGE = [
    F("pork_sausage", "pork sausage", "07064",
      "breakfast sausage|sausage|sausages|banger|bangers|sausage links|sausage patty"),
    F("italian_sausage", "italian sausage", "07089", "sweet italian sausage|hot italian sausage"),
    F("bratwurst", "bratwurst", "07013", "brat|brats"),
    F("bratwurst_chicken", "chicken bratwurst", "07923", ""),
    F("kielbasa", "kielbasa", "07968", "polish sausage|kielbasy"),
    F("chorizo", "chorizo", "07019", "chorizo sausage"),
    F("smoked_sausage", "smoked sausage", "07075", "smoked link sausage|andouille"),
    F("frankfurter", "hot dog sausage", "07949", "frankfurter|wiener|frank|weiner|hotdog sausage"),
    F("frankfurter_beef", "beef hot dog", "07945", "beef frank|all-beef hot dog"),
    F("frankfurter_chicken", "chicken hot dog", "07024", "chicken frankfurter"),
    F("frankfurter_turkey", "turkey hot dog", "07025", "turkey frank"),
    F("knackwurst", "knackwurst", "07038", "knockwurst"),
    F("vienna_sausage", "vienna sausage", "07083", "vienna sausages|cocktail sausages"),
    F("turkey_sausage", "turkey sausage", "07958", "turkey sausage patty"),
    F("chicken_sausage", "chicken sausage", "07928", "chicken apple sausage"),
    F("beef_sausage", "beef sausage", "07956", ""),
    F("blood_sausage", "blood sausage", "07005", "black pudding|morcilla|blood pudding"),
    F("bockwurst", "bockwurst", "07006", ""),
    F("summer_sausage", "summer sausage", "07078", "cervelat|thuringer"),
    F("meatballs", "meatballs", "07972",
      "italian meatballs|beef meatballs|frozen meatballs", serving="piece:3"),
]

DISH = [
    F("pizza_cheese", "cheese pizza", "21299",
      "pizza|margherita pizza|pizza slice|plain pizza|takeaway pizza", serving="slice:1"),
    F("pizza_pepperoni", "pepperoni pizza", "21302", "pepperoni pizza slice", serving="slice:1"),
    F("pizza_thin", "thin-crust cheese pizza", "21301", "thin crust pizza", serving="slice:1"),
    F("pizza_thick", "thick-crust cheese pizza", "21300", "deep dish pizza|pan pizza", serving="slice:1"),
    F("pizza_supreme", "meat and vegetable pizza", "21304",
      "supreme pizza|combination pizza|everything pizza",
      serving="slice:1"),
    F("pizza_sausage", "sausage pizza", "21484", "", serving="slice:1"),
    F("pizza_stuffed", "stuffed-crust pizza", "21511", "stuffed crust pizza", serving="slice:1"),
    F("pizza_frozen", "frozen cheese pizza", "21224", "frozen pizza", serving="serving:1"),
    F("pizza_frozen_pepperoni", "frozen pepperoni pizza", "22903", "", serving="oz:4.5"),
    F("hamburger", "hamburger", "21107", "burger|plain hamburger|plain burger"),
    F("hamburger_works", "hamburger with lettuce and tomato", "21109",
      "burger with salad|burger with the works"),
    F("hamburger_large", "large hamburger", "21113", "quarter-pound burger|big burger"),
    F("hamburger_double", "double hamburger", "21111", "double burger"),
    F("cheeseburger", "cheeseburger", "21090", "cheese burger"),
    F("cheeseburger_double", "double cheeseburger", "21395", "double cheese burger"),
    F("cheeseburger_bacon", "bacon cheeseburger", "21097", "bacon burger"),
    F("big_mac", "big mac", "21237", "bigmac"),
    F("quarter_pounder", "quarter pounder with cheese", "21235", "quarter pounder|qpc"),
    F("mcnuggets", "chicken mcnuggets", "21309", "mcnuggets"),
    F("egg_mcmuffin", "egg mcmuffin", "21357", "breakfast sandwich|egg muffin sandwich"),
    F("sausage_mcmuffin", "sausage mcmuffin with egg", "21359", "sausage egg mcmuffin"),
    F("filet_o_fish", "filet-o-fish", "21232", "filet o fish|fillet o fish"),
    F("mcchicken", "mcchicken", "21355", "mcchicken sandwich"),
    F("hotcakes", "mcdonald's hotcakes", "21321", "hotcakes plain", serving="piece:3"),
    F("hot_dog", "hot dog", "21118", "hot dog in a bun|hotdog|frankfurter in a bun"),
    F("chili_dog", "chili dog", "21119", "hot dog with chili"),
    F("corn_dog", "corn dog", "21120", "corndog|pogo"),
    F("chicken_nuggets", "chicken nuggets", "21229", "chicken bites|nuggets|popcorn chicken|chicken pieces",
      serving="oz:3"),
    F("chicken_tenders", "chicken tenders", "21401", "chicken strips|chicken fingers|chicken goujons",
      serving="oz:3"),
    F("fried_chicken", "fried chicken", "21469", "fast food fried chicken|kfc|southern fried chicken",
      serving="piece:1", pick={"piece": "breast"}),
    F("fried_chicken_drumstick", "fried chicken drumstick", "21470", "fried drumstick", serving="piece:1",
      pick={"piece": "drumstick"}),
    F("fried_chicken_thigh", "fried chicken thigh", "21471", "", serving="piece:1", pick={"piece": "thigh"}),
    F("fried_chicken_wing", "fried chicken wing (fast food)", "21472", "kfc wing", serving="piece:2",
      pick={"piece": "wing"}),
    F("chicken_sandwich_fried", "fried chicken sandwich", "21230", "chicken burger|crispy chicken sandwich"),
    F("chicken_sandwich_grilled", "grilled chicken sandwich", "21490", "grilled chicken burger"),
    F("fish_sandwich", "fish sandwich", "21105", "fish burger|fish fillet sandwich"),
    F("roast_beef_sandwich", "roast beef sandwich", "21121", "beef sandwich"),
    F("club_sandwich", "club sandwich", "21461", "chicken club|chicken club sandwich"),
    F("sub_cold_cut", "cold cut sub", "21124", "sub sandwich|submarine sandwich|hoagie|hero|italian sub"),
    F("sub_tuna", "tuna sub", "21126", "tuna sandwich|tuna sub sandwich"),
    F("sub_turkey", "turkey sub", "21155", "turkey sandwich|turkey breast sub"),
    F("sub_ham", "ham sub", "21156", "ham sandwich"),
    F("sub_chicken", "roast chicken sub", "21154", "chicken sandwich|chicken sub"),
    F("sub_meatball", "meatball sub", "21158", "meatball marinara sub|meatball sandwich"),
    F("cheesesteak", "philly cheesesteak", "21160", "cheesesteak|steak and cheese sub|cheese steak"),
    F("blt", "blt sandwich", "21162", "blt|bacon lettuce and tomato|bacon sandwich"),
    F("biscuit_egg_sausage", "sausage egg biscuit", "21005", "sausage and egg biscuit"),
    F("biscuit_sausage", "sausage biscuit", "21009", ""),
    F("croissant_egg_cheese", "egg and cheese croissant", "21011", "breakfast croissant"),
    F("bagel_breakfast", "breakfast bagel sandwich", "21410", "egg sausage bagel"),
    F("breakfast_burrito", "breakfast burrito", "21519", "egg burrito"),
    F("burrito_bean", "bean burrito", "21060", "bean and rice burrito|vegetarian burrito"),
    F("burrito_bean_cheese", "bean and cheese burrito", "21061", ""),
    F("burrito_beef", "beef and bean burrito", "21063", "burrito|beef burrito"),
    F("burrito_microwave", "frozen beef and bean burrito", "22928", "microwave burrito"),
    F("taco_beef", "beef taco", "21082", "taco|hard taco|crunchy taco"),
    F("taco_soft", "soft beef taco", "21486", "soft taco"),
    F("taco_chicken", "chicken taco", "21487", "soft chicken taco"),
    F("quesadilla", "cheese quesadilla", "36052", "quesadilla"),
    F("quesadilla_chicken", "chicken quesadilla", "21488", ""),
    F("nachos", "nachos with cheese", "21078", "nachos|cheese nachos"),
    F("nachos_loaded", "loaded nachos", "21080", "nachos supreme|nachos with beef and beans"),
    F("enchilada", "cheese enchilada", "36050", "enchilada|enchiladas"),
    F("tamale", "tamale", "36411", "tamal|corn tamale"),
    F("tamale_pork", "pork tamale", "36412", ""),
    F("taco_salad", "taco salad", "21083", ""),
    F("pupusa", "bean pupusa", "36408", "pupusa|pupusas"),
    F("pupusa_cheese", "cheese pupusa", "36409", ""),
    F("arepa", "arepa", "36415", "arepas"),
    F("empanada", "beef empanada", "36403", "empanada|empanadas"),
    F("chicken_and_rice", "chicken and rice", "36401", "arroz con pollo"),
    F("onion_rings", "onion rings", "36036", "fried onion rings"),
    F("french_fries", "french fries", "21138",
      "fries|fried potatoes|french fried potatoes|frites|chips (fries)|fast food fries|hot chips",
      serving="medium:1"),
    F("mcdonalds_fries", "mcdonald's fries", "21238", "mcdonalds fries|mcfries", serving="medium:1"),
    F("restaurant_fries", "restaurant french fries", "36014", "steak fries|chunky chips"),
    F("hash_brown_patty", "hash brown patty", "21026", "fast food hash brown|hash brown"),
    F("mozzarella_sticks", "mozzarella sticks", "36012", "fried mozzarella|mozz sticks"),
    F("hush_puppies", "hush puppies", "21129", "hushpuppies"),
    F("general_tso", "general tso's chicken", "36618",
      "general tsos chicken|general tso chicken", serving="serving:1"),
    F("orange_chicken", "orange chicken", "36629", "", serving="serving:1"),
    F("kung_pao", "kung pao chicken", "36619", "kung po chicken|gong bao chicken", serving="serving:1"),
    F("sweet_sour_chicken", "sweet and sour chicken", "36621", "", serving="serving:1"),
    F("sweet_sour_pork", "sweet and sour pork", "36622", "", serving="serving:1"),
    F("sesame_chicken", "sesame chicken", "36633", "", serving="serving:1"),
    F("lemon_chicken", "lemon chicken", "36617", "", serving="serving:1"),
    F("chow_mein", "chicken chow mein", "36623", "chow mein", serving="serving:1"),
    F("lo_mein", "vegetable lo mein", "36625", "lo mein|vegetable noodles", serving="serving:1"),
    F("beef_broccoli", "beef and vegetables", "36603",
      "beef with broccoli|beef and broccoli|beef stir fry", serving="serving:1"),
    F("chicken_vegetables", "chicken and vegetables", "36626",
      "chicken stir fry|chicken with mixed vegetables", serving="serving:1"),
    F("shrimp_vegetables", "shrimp and vegetables", "36620",
      "shrimp stir fry|prawn stir fry", serving="serving:1"),
    F("egg_roll", "egg roll", "36601", "spring roll|egg rolls|chinese egg roll"),
    F("spaghetti_bolognese", "spaghetti bolognese", "36630",
      "spaghetti with meat sauce|spag bol|bolognese|pasta bolognese"),
    F("spaghetti_pomodoro", "spaghetti with tomato sauce", "36046",
      "spaghetti marinara|pasta pomodoro|pasta with tomato sauce|pasta marinara"),
    F("spaghetti_meatballs", "spaghetti and meatballs", "36038", "spaghetti with meatballs"),
    F("lasagna", "lasagna", "36041", "lasagne|meat lasagna|beef lasagne"),
    F("ravioli_cheese", "cheese ravioli", "36055", "ravioli|ravioli with marinara"),
    F("chicken_parm", "chicken parmesan", "36059", "chicken parm|chicken parmigiana|chicken parmo"),
    F("tortellini", "cheese tortellini", "22901", "tortellini", serving="cup:1"),
    F("beef_stew", "beef stew", "22905", "stew|beef casserole|irish stew"),
    F("chili_no_beans", "chili without beans", "22911", "chili no beans|texas chili"),
    F("chili_restaurant", "restaurant chili", "36037", "chili with meat and beans"),
    F("corned_beef_hash", "corned beef hash", "22908", "hash"),
    F("pot_pie", "chicken pot pie", "22906", "pot pie|chicken pie"),
    F("potato_salad_egg", "potato salad with egg", "22971", "deli potato salad"),
    F("falafel", "falafel", "16138", "felafel|falafel balls", serving="piece:3"),
    F("egg_rolls_chicken", "chicken egg roll", "22954", ""),
    F("cheese_enchilada_otb", "mexican restaurant cheese enchilada", "36049", ""),
]
SOUP = [
    F("soup_chicken_noodle", "chicken noodle soup", "06419", "chicken soup|canned chicken noodle soup"),
    F("soup_chicken_noodle_chunky", "chunky chicken noodle soup", "06018", "hearty chicken noodle soup"),
    F("soup_chicken_rice", "chicken rice soup", "06423", "chicken and rice soup"),
    F("soup_chicken_vegetable", "chicken vegetable soup", "06024", "chicken and vegetable soup"),
    F("soup_tomato", "tomato soup", "06559", "cream of tomato soup|canned tomato soup"),
    F("soup_tomato_milk", "tomato soup made with milk", "06359", ""),
    F("soup_tomato_bisque", "tomato bisque", "06358", ""),
    F("soup_minestrone", "minestrone", "06440", "minestrone soup"),
    F("soup_minestrone_chunky", "chunky minestrone", "06039", ""),
    F("soup_lentil", "lentil soup", "06037", "lentil and ham soup|dal soup"),
    F("soup_split_pea", "split pea soup", "06451", "pea and ham soup|split pea and ham soup"),
    F("soup_pea", "green pea soup", "06449", "pea soup"),
    F("soup_black_bean", "black bean soup", "36413", ""),
    F("soup_black_bean_canned", "canned black bean soup", "06402", ""),
    F("soup_bean", "bean soup", "06404", "bean with bacon soup|bean and bacon soup"),
    F("soup_bean_ham", "bean and ham soup", "06007", "ham and bean soup"),
    F("soup_vegetable", "vegetable soup", "06468", "veg soup|vegetarian vegetable soup"),
    F("soup_vegetable_chunky", "chunky vegetable soup", "06067", ""),
    F("soup_vegetable_beef", "vegetable beef soup", "06471", "beef and vegetable soup|beef vegetable soup"),
    F("soup_beef_barley", "beef barley soup", "27062", "beef and barley soup"),
    F("soup_beef_noodle", "beef noodle soup", "06409", ""),
    F("soup_clam_chowder", "clam chowder", "27042", "new england clam chowder|chowder"),
    F("soup_manhattan_chowder", "manhattan clam chowder", "06428", ""),
    F("soup_cream_mushroom", "cream of mushroom soup", "06243", "mushroom soup"),
    F("soup_cream_chicken", "cream of chicken soup", "06216", ""),
    F("soup_cream_potato", "cream of potato soup", "06253", "potato soup"),
    F("soup_cream_celery", "cream of celery soup", "06210", "celery soup"),
    F("soup_cheese", "cheese soup", "06211", "cheddar soup"),
    F("soup_mushroom_barley", "mushroom barley soup", "06442", ""),
    F("soup_turkey_noodle", "turkey noodle soup", "06465", ""),
    F("soup_chili_beef", "chili beef soup", "06426", ""),
    F("soup_hot_sour", "hot and sour soup", "27001", ""),
    F("soup_wonton", "wonton soup", "27002", ""),
    F("soup_egg_drop", "egg drop soup", "27000", "egg flower soup"),
    F("broth_chicken", "chicken broth", "06194", "chicken stock|bone broth|chicken bouillon"),
    F("broth_beef", "beef broth", "06008", "beef stock|bouillon|beef bouillon|consomme"),
    F("broth_vegetable", "vegetable broth", "06700", "vegetable stock|veggie broth"),
    F("stock_chicken_home", "homemade chicken stock", "06172", ""),
    F("stock_fish", "fish stock", "06174", "fish broth"),
    F("soup_oyster_stew", "oyster stew", "06448", ""),
    F("soup_tripe", "tripe soup", "36414", "menudo|mondongo"),
    F("soup_ramen_dry", "instant ramen noodles", "06583",
      "ramen|instant noodles|cup noodles|pot noodle|maggi noodles",
      serving="packet:1", pick={"packet": "package"}),
]

SNACK = [
    F("potato_chips", "potato chips", "19411", "chips|crisps|potato crisps|salted chips|ready salted crisps",
      pick={"packet": "oz"}),
    F("potato_chips_bbq", "barbecue potato chips", "19042", "bbq chips|bbq crisps|barbecue crisps"),
    F("potato_chips_sour_cream", "sour cream and onion chips", "19043", "sour cream and onion crisps"),
    F("potato_chips_cheese", "cheese potato chips", "19421", "cheese and onion crisps"),
    F("potato_chips_baked", "baked potato chips", "42283", "baked crisps|baked lays"),
    F("pringles", "stackable potato crisps", "19410", "pringles|stackable chips"),
    F("kettle_chips", "lightly salted potato chips", "25064", "kettle chips|lightly salted crisps"),
    F("tortilla_chips", "tortilla chips", "19056", "nacho chips|tostitos|totopos"),
    F("tortilla_chips_nacho", "nacho cheese tortilla chips", "19057", "doritos|cheese tortilla chips"),
    F("tortilla_chips_baked", "baked tortilla chips", "19433", "low-fat tortilla chips"),
    F("corn_chips", "corn chips", "19003", "fritos"),
    F("cheese_puffs", "cheese puffs", "19008", "cheetos|cheese curls|wotsits|cheese twists"),
    F("pretzels", "pretzels", "19047", "hard pretzels|pretzel sticks|pretzel twists"),
    F("pretzels_chocolate", "chocolate-covered pretzels", "25060", "chocolate pretzels"),
    F("pork_rinds", "pork rinds", "19041", "pork scratchings|chicharrones|pork crackling|crackling"),
    F("pita_chips", "pita chips", "25037", "pitta chips"),
    F("bagel_chips", "bagel chips", "25046", ""),
    F("veggie_chips", "vegetable chips", "25040", "veggie chips|veggie straws|vegetable crisps"),
    F("plantain_chips", "plantain chips", "25027", "chifles|mariquitas"),
    F("cassava_chips", "cassava chips", "25050", "yuca chips"),
    F("taro_chips", "taro chips", "19524", ""),
    F("soy_chips", "soy crisps", "25025", "soy chips"),
    F("brown_rice_chips", "brown rice chips", "25059", ""),
    F("potato_sticks", "potato sticks", "19415", "shoestring potato chips"),
    F("corn_nuts", "corn nuts", "19401", "cornnuts|toasted corn"),
    F("sesame_sticks", "sesame sticks", "19418", ""),
    F("wasabi_peas", "wasabi peas", "25066", "roasted wasabi peas"),
    F("oriental_mix", "rice cracker snack mix", "19031", "oriental mix|asian snack mix|bombay mix"),
    F("shrimp_crackers", "shrimp crackers", "25070", "prawn crackers|krupuk"),
    F("granola_bites", "granola bites", "25036", ""),
]
POPCORN = [
    F("popcorn_air", "air-popped popcorn", "19034", "popcorn|plain popcorn|air popped popcorn"),
    F("popcorn_microwave", "microwave popcorn", "25026", "butter popcorn|buttered popcorn"),
    F("popcorn_oil", "oil-popped popcorn", "19807", "movie popcorn|stovetop popcorn|salted popcorn"),
    F("popcorn_caramel", "caramel popcorn", "19039", "caramel corn|toffee popcorn"),
    F("popcorn_cheese", "cheese popcorn", "19040", ""),
    F("popcorn_light", "light microwave popcorn", "25001", "low-fat popcorn|skinny popcorn"),
    F("cracker_jack", "caramel popcorn with peanuts", "19038", "cracker jack"),
]
SWEET = [
    F("dark_chocolate_70", "dark chocolate 70-85%", "19904",
      "dark chocolate|70% dark chocolate|85% dark chocolate|bittersweet chocolate|extra dark chocolate",
      serving="oz:1"),
    F("dark_chocolate_60", "dark chocolate 60-69%", "19903", "60% dark chocolate|semisweet dark chocolate",
      serving="oz:1"),
    F("dark_chocolate_45", "dark chocolate 45-59%", "19902", "50% dark chocolate|plain chocolate",
      serving="oz:1"),
    F("milk_chocolate", "milk chocolate", "19120", "chocolate|chocolate bar|milk chocolate bar|hershey bar|"
      "dairy milk|candy bar", pick={"piece": "bar (1.55"}),
    F("white_chocolate", "white chocolate", "19087", "white chocolate bar", serving="oz:1"),
    F("milk_chocolate_almonds", "milk chocolate with almonds", "19132", "almond chocolate bar"),
    F("chocolate_chips", "semisweet chocolate chips", "19080",
      "chocolate chips|choc chips|semi-sweet chocolate",
      serving="cup:0.0625"),
    F("baking_chocolate", "unsweetened baking chocolate", "19078",
      "baking chocolate|cooking chocolate|100% chocolate",
      serving="oz:0.5"),
    F("cocoa_powder", "cocoa powder", "19165", "unsweetened cocoa powder|cacao powder|cocoa|raw cacao powder",
      serving="tbsp:1"),
    F("cocoa_dutch", "dutch-process cocoa powder", "19166", "alkalized cocoa|dutch cocoa", serving="tbsp:1"),
    F("chocolate_raisins", "chocolate-covered raisins", "19127",
      "raisinets|chocolate raisins", serving="oz:1"),
    F("chocolate_peanuts", "chocolate-covered peanuts", "19126", "chocolate peanuts|goobers", serving="oz:1"),
    F("chocolate_coffee_beans", "chocolate-covered coffee beans", "19268", "", serving="oz:1"),
    F("mexican_chocolate", "mexican chocolate", "19124", "abuelita|ibarra chocolate", serving="oz:1"),
    F("snickers", "snickers", "19155", "snickers bar"),
    F("mms", "m&m's", "19141", "m&ms|m and ms|plain m&ms", serving="serving:1"),
    F("mms_peanut", "peanut m&m's", "19140", "peanut m&ms", serving="serving:1"),
    F("kit_kat", "kit kat", "19109", "kitkat|kit kat bar"),
    F("reeses_cups", "reese's peanut butter cups", "19150", "peanut butter cups|reeses|reese's cups"),
    F("reeses_pieces", "reese's pieces", "19151", "reeses pieces", serving="oz:1"),
    F("twix", "twix", "19160", "twix bar"),
    F("milky_way", "milky way", "19135", "mars bar|milky way bar"),
    F("three_musketeers", "3 musketeers", "19159", "three musketeers"),
    F("toblerone", "toblerone", "19001", ""),
    F("payday", "payday bar", "19923", "payday"),
    F("peanut_bar", "peanut bar", "19147", "peanut candy bar"),
    F("peanut_brittle", "peanut brittle", "19148", "brittle", serving="oz:1"),
    F("halva", "halva", "19117", "halvah|halawa|helva", serving="oz:1"),
    F("sesame_snaps", "sesame snaps", "19154", "sesame crunch|sesame brittle", serving="oz:1"),
    F("sugared_almonds", "sugar-coated almonds", "19858", "jordan almonds|sugared almonds", serving="oz:1"),
    F("caramel_nut_candy", "chocolate caramel nut candy", "43031", "turtles", serving="oz:1"),
    F("nougat", "nougat with almonds", "43046", "nougat|torrone", serving="oz:1"),
    F("fudge", "fudge", "19104", "vanilla fudge with nuts", serving="oz:1"),
    F("caramels", "caramels", "19074", "caramel candy|toffees|chewy caramels", serving="oz:1"),
    F("gumdrops", "gumdrops", "19106",
      "gummy bears|gummies|jelly sweets|wine gums|gummy candy", serving="oz:1"),
    F("jelly_beans", "jelly beans", "19108", "jellybeans", serving="oz:1"),
    F("hard_candy", "hard candy", "19107", "boiled sweets|lollipop|candy|sweets|mints", serving="oz:0.5"),
    F("marshmallows", "marshmallows", "19116", "marshmallow|mini marshmallows", serving="oz:1"),
    F("fruit_snacks", "fruit snacks", "19919", "gummy fruit snacks", serving="oz:1"),
    F("fruit_leather", "fruit leather", "19014", "fruit roll-up|fruit roll up|fruit bar"),
    F("candy_tamarind", "tamarind candy", "19921", "", serving="oz:1"),
    F("coconut_bar", "coconut candy bar", "19922", "bounty|almond joy"),
    F("granola_bar_hard", "granola bar", "19015", "crunchy granola bar|nature valley bar|oat bar"),
    F("granola_bar_chewy", "chewy granola bar", "19020", "soft granola bar|muesli bar"),
    F("granola_bar_choc_chip", "chocolate chip granola bar", "19404", "chewy chocolate chip bar"),
    F("granola_bar_pb", "peanut butter granola bar", "19021", ""),
    F("granola_bar_nut_raisin", "nut and raisin granola bar", "19406", "fruit and nut bar"),
    F("granola_bar_coated", "chocolate-coated granola bar", "19024", "coated granola bar"),
    F("granola_bar_almond", "almond granola bar", "19016", ""),
    F("fiber_bar", "high-fiber bar", "25045", "fiber one bar|fibre bar"),
    F("oatmeal_to_go", "oatmeal bar", "25039", "oatmeal to go bar|breakfast oat bar"),
    F("kudos", "whole-grain chocolate chip bar", "19440", "kudos bar"),
    F("crisped_rice_bar", "crisped rice bar", "19010", "rice crispy treat|rice krispie treat"),
    F("breakfast_bar_oats", "oat and raisin breakfast bar", "43100", "flapjack|oat flapjack"),
    F("berry_bar", "mixed berry bar", "25062", "fruit and grain bar"),
]

SPREAD = [
    F("jam", "jam", "19297", "preserves|jam and preserves|fruit jam|strawberry jam|conserve"),
    F("jelly", "jelly", "19300", "grape jelly|fruit jelly spread"),
    F("marmalade", "marmalade", "19303", "orange marmalade"),
    F("fruit_spread", "fruit spread", "19920", "no-sugar-added jam|fruit-sweetened jam"),
    F("apple_butter", "apple butter", "19294", ""),
    F("honey", "honey", "19296", "raw honey|runny honey|manuka honey"),
    F("maple_syrup", "maple syrup", "19353", "pure maple syrup|canadian maple syrup"),
    F("pancake_syrup", "pancake syrup", "19129", "table syrup|waffle syrup|aunt jemima|log cabin syrup"),
    F("molasses", "molasses", "19304", "treacle|black treacle|blackstrap molasses"),
    F("agave", "agave syrup", "19912", "agave nectar|agave"),
    F("corn_syrup", "corn syrup", "19350", "light corn syrup|glucose syrup|golden syrup"),
    F("sorghum_syrup", "sorghum syrup", "19355", "sorghum molasses"),
    F("malt_syrup", "malt syrup", "19352", "barley malt syrup|malt extract"),
    F("chocolate_syrup", "chocolate syrup", "14181", "hershey's syrup|chocolate sauce"),
    F("fudge_sauce", "hot fudge sauce", "19348", "fudge sauce|fudge topping"),
    F("caramel_topping", "caramel sauce", "19364", "caramel topping|butterscotch sauce"),
    F("marshmallow_fluff", "marshmallow creme", "19365", "marshmallow fluff|fluff"),
    F("frosting_chocolate", "chocolate frosting", "19226", "chocolate icing|chocolate buttercream"),
    F("frosting_vanilla", "vanilla frosting", "19230", "icing|vanilla icing|buttercream"),
    F("cream_cheese_frosting", "cream cheese frosting", "19228", ""),
    F("yeast_extract", "yeast extract spread", "43406", "marmite|vegemite|promite", serving="tsp:1"),
]
CONDIMENT = [
    F("ketchup", "ketchup", "11935", "catsup|tomato ketchup"),
    F("mustard", "mustard", "02046", "yellow mustard|american mustard|prepared mustard|dijon mustard",
      serving="tsp:1"),
    F("mayonnaise", "mayonnaise", "04025", "mayo|real mayonnaise"),
    F("mayonnaise_light", "light mayonnaise", "04641", "lite mayo|reduced-fat mayonnaise"),
    F("mayonnaise_tofu", "tofu mayonnaise", "42178", "vegan mayo|vegenaise"),
    F("soy_sauce", "soy sauce", "16123", "shoyu|soya sauce|light soy sauce|dark soy sauce"),
    F("tamari", "tamari", "16124", "tamari soy sauce|gluten-free soy sauce"),
    F("teriyaki", "teriyaki sauce", "06112", "teriyaki"),
    F("hoisin", "hoisin sauce", "06175", "hoisin"),
    F("oyster_sauce", "oyster sauce", "06176", ""),
    F("fish_sauce", "fish sauce", "06179", "nam pla|nuoc mam|patis"),
    F("sriracha", "sriracha", "06631", "sriracha sauce|sriracha hot sauce", serving="tsp:1"),
    F("hot_sauce", "hot sauce", "06168", "tabasco|pepper sauce|louisiana hot sauce|frank's red hot",
      serving="tsp:1"),
    F("bbq_sauce", "barbecue sauce", "06150", "bbq sauce|barbeque sauce"),
    F("worcestershire", "worcestershire sauce", "06971",
      "worcester sauce|lea and perrins", serving="tbsp:0.33"),
    F("pesto", "pesto", "06626", "basil pesto|pesto sauce|pesto genovese"),
    F("marinara", "marinara sauce", "06931",
      "pasta sauce|spaghetti sauce|tomato pasta sauce|jarred pasta sauce|ragu", serving="cup:0.5"),
    F("pizza_sauce", "pizza sauce", "06152", ""),
    F("gravy_beef", "beef gravy", "06116", "gravy|brown gravy", serving="cup:0.25"),
    F("gravy_chicken", "chicken gravy", "06119", "poultry gravy", serving="cup:0.25"),
    F("gravy_turkey", "turkey gravy", "06125", "", serving="cup:0.25"),
    F("gravy_mushroom", "mushroom gravy", "06121", "", serving="cup:0.25"),
    F("white_sauce", "white sauce", "06166",
      "bechamel|bechamel sauce|white sauce medium", serving="cup:0.25"),
    F("tartar_sauce", "tartar sauce", "27049", "tartare sauce"),
    F("cocktail_sauce", "cocktail sauce", "27051", "seafood sauce|marie rose sauce"),
    F("sweet_sour_sauce", "sweet and sour sauce", "27050", ""),
    F("duck_sauce", "duck sauce", "27046", "plum sauce"),
    F("peanut_sauce", "peanut sauce", "27059", "satay sauce|satay"),
    F("steak_sauce", "steak sauce", "27048", "a1 sauce|brown sauce|hp sauce"),
    F("horseradish", "horseradish", "02055", "prepared horseradish|horseradish sauce", serving="tsp:1"),
    F("wasabi", "wasabi", "27064", "wasabi paste", serving="tsp:1"),
    F("chili_sauce", "tomato chili sauce", "06972", "chili sauce|sweet chili sauce"),
    F("enchilada_sauce", "enchilada sauce", "27063", "red enchilada sauce", serving="cup:0.25"),
    F("capers", "capers", "02054", "caper berries"),
    F("ranch", "ranch dressing", "04639", "ranch|ranch dip"),
    F("ranch_light", "light ranch dressing", "04640", "reduced-fat ranch"),
    F("italian_dressing", "italian dressing", "04114", "zesty italian dressing"),
    F("french_dressing", "french dressing", "04120", "catalina dressing"),
    F("thousand_island", "thousand island dressing", "04017", "thousand island|burger sauce|big mac sauce"),
    F("caesar_dressing", "caesar dressing", "43015", "caesar"),
    F("blue_cheese_dressing", "blue cheese dressing", "04539", "bleu cheese dressing"),
    F("honey_mustard", "honey mustard dressing", "04703", "honey mustard"),
    F("vinaigrette", "vinaigrette", "04135", "oil and vinegar dressing|balsamic vinaigrette|house dressing"),
    F("sesame_dressing", "sesame dressing", "04016", "asian sesame dressing"),
    F("poppyseed_dressing", "poppyseed dressing", "04704", ""),
    F("coleslaw_dressing", "coleslaw dressing", "43016", ""),
    F("vinegar_balsamic", "balsamic vinegar", "02069", "balsamic|balsamic glaze"),
    F("vinegar_cider", "apple cider vinegar", "02048", "cider vinegar|acv"),
    F("vinegar_white", "white vinegar", "02053", "vinegar|distilled vinegar|malt vinegar"),
    F("vinegar_red_wine", "red wine vinegar", "02068", "wine vinegar"),
    F("salsa_con_queso", "salsa con queso", "27052", "queso|cheese dip"),
]
FAT = [
    F("butter", "butter", "01001", "salted butter|stick of butter|knob of butter"),
    F("butter_unsalted", "unsalted butter", "01145", "sweet cream butter"),
    F("butter_whipped", "whipped butter", "01002", ""),
    F("ghee", "ghee", "01003", "clarified butter|butter oil"),
    F("margarine", "margarine", "04610", "marge|oleo|stick margarine"),
    F("spread_vegetable", "vegetable oil spread", "04614",
      "buttery spread|low-fat spread|tub margarine|flora"),
    F("butter_light", "light butter", "04601", "reduced-fat butter"),
    F("lard", "lard", "04002", "pork fat"),
    F("shortening", "shortening", "04615", "crisco|vegetable shortening"),
    F("bacon_grease", "bacon grease", "04609", "bacon fat|dripping"),
    F("olive_oil", "olive oil", "04053", "extra virgin olive oil|evoo|light olive oil"),
    F("canola_oil", "canola oil", "04582", "rapeseed oil"),
    F("vegetable_oil", "vegetable oil", "04044", "soybean oil|cooking oil|oil"),
    F("sunflower_oil", "sunflower oil", "04506", ""),
    F("corn_oil", "corn oil", "42289", "corn and canola oil"),
    F("coconut_oil", "coconut oil", "04047", "virgin coconut oil"),
    F("sesame_oil", "sesame oil", "04058", "toasted sesame oil"),
    F("peanut_oil", "peanut oil", "04042", "groundnut oil"),
    F("avocado_oil", "avocado oil", "04581", ""),
    F("flaxseed_oil", "flaxseed oil", "42231", "linseed oil|flax oil"),
    F("walnut_oil", "walnut oil", "04528", ""),
    F("grapeseed_oil", "grapeseed oil", "04517", ""),
    F("cooking_spray", "cooking spray", "04679", "pam|oil spray", serving="serving:1"),
    F("cod_liver_oil", "cod liver oil", "04589", "fish oil", serving="tsp:1"),
]
SUGAR = [
    F("sugar", "sugar", "19335", "white sugar|granulated sugar|table sugar|caster sugar|cane sugar"),
    F("sugar_brown", "brown sugar", "19334", "light brown sugar|dark brown sugar|demerara sugar"),
    F("sugar_powdered", "powdered sugar", "19336", "icing sugar|confectioners sugar"),
    F("sugar_turbinado", "turbinado sugar", "19908", "raw sugar|sugar in the raw"),
    F("sugar_maple", "maple sugar", "19340", ""),
    F("baking_powder", "baking powder", "18369", "double-acting baking powder"),
    F("baking_soda", "baking soda", "18372", "bicarbonate of soda|bicarb|sodium bicarbonate"),
    F("cream_of_tartar", "cream of tartar", "18373", ""),
    F("yeast_dry", "active dry yeast", "18375", "yeast|dried yeast|instant yeast|baker's yeast"),
    F("salt", "salt", "02047", "table salt|sea salt|kosher salt"),
]
SPICE = [
    F("cinnamon", "cinnamon", "02010", "ground cinnamon|cinnamon powder"),
    F("turmeric", "turmeric", "02043", "ground turmeric|turmeric powder|haldi"),
    F("cumin", "cumin", "02014", "cumin seed|ground cumin|jeera"),
    F("curry_powder", "curry powder", "02015", "madras curry powder"),
    F("paprika", "paprika", "02028", "smoked paprika|sweet paprika"),
    F("chili_powder", "chili powder", "02009", "chilli powder"),
    F("cayenne", "cayenne pepper", "02031", "cayenne|red pepper flakes|crushed red pepper|chili flakes"),
    F("ginger_ground", "ground ginger", "02021", "dried ginger|ginger powder"),
    F("garlic_powder", "garlic powder", "02020", "granulated garlic"),
    F("onion_powder", "onion powder", "02026", ""),
    F("onion_flakes", "dried onion flakes", "11284", "dehydrated onion|minced onion"),
    F("black_pepper", "black pepper", "02030", "pepper|ground pepper|ground black pepper|peppercorns"),
    F("white_pepper", "white pepper", "02032", ""),
    F("oregano", "dried oregano", "02027", "oregano"),
    F("basil_dried", "dried basil", "02003", ""),
    F("thyme_dried", "dried thyme", "02042", "thyme"),
    F("rosemary_dried", "dried rosemary", "02036", "rosemary"),
    F("parsley_dried", "dried parsley", "02029", "parsley flakes"),
    F("dill_dried", "dried dill", "02017", "dill weed dried"),
    F("sage", "sage", "02038", "ground sage|dried sage"),
    F("marjoram", "marjoram", "02023", "dried marjoram"),
    F("tarragon", "tarragon", "02041", "dried tarragon"),
    F("coriander_dried", "dried coriander leaf", "02012", "dried cilantro"),
    F("spearmint_dried", "dried mint", "02066", "dried spearmint"),
    F("bay_leaf", "bay leaf", "02004", "bay leaves|laurel"),
    F("cloves", "cloves", "02011", "ground cloves"),
    F("nutmeg", "nutmeg", "02025", "ground nutmeg"),
    F("mace", "mace", "02022", ""),
    F("allspice", "allspice", "02001", "pimento spice|jamaica pepper"),
    F("cardamom", "cardamom", "02006", "cardamon|elaichi"),
    F("coriander_seed", "coriander seed", "02013", "ground coriander|dhania"),
    F("fennel_seed", "fennel seed", "02018", "fennel seeds|saunf"),
    F("fenugreek", "fenugreek seed", "02019", "fenugreek|methi seeds"),
    F("mustard_seed", "mustard seed", "02024", "ground mustard|mustard powder"),
    F("caraway", "caraway seed", "02005", "caraway"),
    F("anise", "anise seed", "02002", "aniseed"),
    F("celery_seed", "celery seed", "02007", ""),
    F("dill_seed", "dill seed", "02016", ""),
    F("saffron", "saffron", "02037", "saffron threads"),
    F("savory", "savory", "02039", "summer savory"),
    F("poultry_seasoning", "poultry seasoning", "02034", ""),
    F("pumpkin_pie_spice", "pumpkin pie spice", "02035", "mixed spice|pumpkin spice"),
    F("vanilla", "vanilla extract", "02050", "vanilla|vanilla essence"),
]

FOODS_BY_KIND = [
    ("fruit", FRUIT), ("berry", BERRY), ("dried", DRIED), ("juice", JUICE), ("veg", VEG),
    ("rawveg", RAWVEG), ("greens", GREENS), ("herb", HERB), ("legume", LEGUME), ("soy", SOY), ("nut", NUT),
    ("seed", SEED), ("nutbutter", NUTBUTTER), ("grain", GRAIN), ("pasta", PASTA), ("hotcereal", HOTCEREAL),
    ("cereal", CEREAL), ("bread", BREAD), ("baked", BAKED), ("cracker", CRACKER), ("milk", MILK),
    ("drink", DRINK), ("hotdrink", HOTDRINK), ("beer", BEER), ("wine", WINE), ("spirit", SPIRIT),
    ("yogurt", YOGURT), ("cheese", CHEESE), ("dairy", DAIRY), ("dessert", DESSERT), ("egg", EGG),
    ("meat", MEAT), ("deli", DELI), ("sausage", SAUSAGE), ("dish", DISH), ("soup", SOUP), ("snack", SNACK),
    ("popcorn", POPCORN), ("sweet", SWEET), ("spread", SPREAD), ("condiment", CONDIMENT), ("fat", FAT),
    ("sugar", SUGAR), ("spice", SPICE),
]
# fmt: on

if __name__ == "__main__":
    sys.exit(main())
