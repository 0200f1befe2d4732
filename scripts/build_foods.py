#!/usr/bin/env python3
"""Build knowledge/foods.csv, the curated magnesium food table, from USDA SR28 and FNDDS 2017-2018 extracts.

The curation is data: knowledge/food_curation.csv holds one row per food (kind, id, friendly name,
aliases, source SR28|FNDDS, the NDB number or FNDDS food code, an optional default serving, optional
measure choices, the ODS check, the component words of a dish) and knowledge/food_curation_generics.csv
the generic words ("cake", "nuts") with the foods to offer for them. Every nutrient value and every
portion weight is read from the USDA CSVs; the only numbers in this file are the documented default
portion rules (handful / bowl / glass / can), described in knowledge/FOODS.md.

Usage:  python scripts/build_foods.py [--sr28-dir ../shared/data] [--out knowledge/foods.csv] [--describe]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# fmt: off
HEADER = [
    "id", "name", "aliases", "source", "ndb", "food_group", "magnesium_mg", "calcium_mg", "vitamin_d_ug",
    "vitamin_k_ug", "energy_kcal", "portions", "serving", "ods", "components",
]
NUTRIENTS = ["magnesium_mg", "calcium_mg", "vitamin_d_ug", "vitamin_k_ug", "energy_kcal"]
UNITS = [
    "cup", "tbsp", "tsp", "slice", "piece", "small", "medium", "large", "handful", "bowl", "glass", "can",
    "packet", "serving", "fl_oz", "half", "square",
]
# fmt: on
OZ_G = 28.35  # 1 avoirdupois ounce in grams (the weight SR28 itself uses for "1 oz")
DRINK_KINDS = {"juice", "milk", "drink", "hotdrink", "beer", "wine", "spirit"}
CONTAINER_MAX_G = 250.0
# "6 brussels sprouts", "10 cherries": a measure named by the food's own noun ("1 sprout") is one piece when
# the item is bite-sized; a whole pie, pizza, roast or goose measured by its own name is not "a piece"
OWN_PIECE_MAX_G = 60.0
GLASS_FALLBACK_G = 240.0  # 8 fl oz (240 ml) of a water-like drink, when SR28 lists no cup or fl oz
ODS_TOLERANCE = 0.25
# "half a can of chickpeas": a standard 15-oz can of legumes or vegetables holds about 1.5 cups drained
# (USDA/FDA can-size tables: 15-16 oz can = 1.5-2 cups drained). Used for legume and cooked-vegetable rows
# whose own SR28 entry lists no "can" measure; a row with an SR28 can measure keeps it.
CAN_KINDS = {"legume", "veg"}
# an FNDDS soup or dish: a bowl is its "Quantity not specified" (the bowl NHANES records), not a multiple of a cup
QNS_BOWL_KINDS = {"soup", "dish"}
DEFAULT_CAN_CUPS = 1.5

# ---------------------------------------------------------------------------------------------------
# Default portion rules per kind (documented in knowledge/FOODS.md).
# (knowledge/food_kinds.csv; columns:)
#   serving : candidate default servings, first one whose unit exists wins ("oz:N" = N ounces by mass)
#   handful : "oz" -> 1 oz (28.35 g); "halfcup" -> 0.5 x the food's SR28 cup; "cup" -> 1 x cup
#   bowl    : multiple of the food's SR28 cup
#   glass   : "cup" -> the food's SR28 cup (8 fl oz), else 8 x fl_oz, else 240 g (8 fl oz of a
#             water-like drink); "beer" -> can, else 12 fl oz; "wine" -> 5 fl oz
#   fallback: mass default serving for a food that has no usable SR28 household measure
# ---------------------------------------------------------------------------------------------------
KINDS_CSV = REPO / "knowledge" / "food_kinds.csv"


def load_kinds(path: Path = KINDS_CSV) -> dict[str, dict]:
    """The default-portion rules per kind, from knowledge/food_kinds.csv (one row per kind)."""
    kinds: dict[str, dict] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rule: dict = {"serving": r["serving"].split("|")}
            for key in ("fallback", "handful", "glass"):
                if r[key]:
                    rule[key] = r[key]
            for key in ("bowl", "bowl_max_g"):
                if r[key]:
                    rule[key] = float(r[key])
            kinds[r["kind"]] = rule
    return kinds


KINDS = load_kinds()


CURATION = REPO / "knowledge" / "food_curation.csv"
GENERIC_CURATION = REPO / "knowledge" / "food_curation_generics.csv"
QNS = "quantity not specified"  # FNDDS: the typical amount NHANES uses when a person gives none


@dataclass(frozen=True)
class Food:
    """One curated row of knowledge/food_curation.csv."""

    id: str
    name: str
    ndb: str  # SR28 NDB number (5 digits) or FNDDS food code (8 digits)
    aliases: str = ""  # "|"-separated
    serving: str | None = None  # explicit default serving "unit:amount" (or "oz:N")
    pick: dict = field(default_factory=dict)  # canonical unit -> measure-text prefix to use
    # canonical unit -> (NDB, SR28 unit-text prefix): a measure of a *similar* SR28 food, used only when
    # this food's own SR28 entry has no such measure (e.g. Greek yogurt's cup = plain yogurt's cup)
    borrow: dict = field(default_factory=dict)
    ods: tuple | None = None  # (label, "unit:amount", mg_low, mg_high)
    ods_note: str = ""  # explanation when SR28 differs from ODS by more than the tolerance
    kind: str = ""
    source: str = "SR28"  # SR28 | FNDDS
    components: str = ""  # "|"-separated words a dish already contains ("oats|milk" for porridge with milk)
    handful: str | None = None
    bowl: float | None = None
    glass: str | None = None


def load_curation(path: Path) -> list[Food]:
    """Read knowledge/food_curation.csv (see its columns in knowledge/FOODS.md)."""
    foods = []
    with path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            pick, borrow = {}, {}
            for part in filter(None, (m.strip() for m in r["measures"].split(";"))):
                unit, _, spec = part.partition("=")
                borrowed = re.match(r"(\d{5}|\d{8}):(.+)$", spec)
                if borrowed:
                    borrow[unit] = (borrowed.group(1), borrowed.group(2))
                else:
                    pick[unit] = spec
            ods = None
            if r["ods_label"]:
                lo, _, hi = r["ods_mg"].partition("-")
                ods = (r["ods_label"], r["ods_serving"], float(lo), float(hi or lo))
            foods.append(
                Food(
                    id=r["id"],
                    name=r["name"],
                    ndb=r["code"],
                    aliases=r["aliases"],
                    serving=r["serving"] or None,
                    pick=pick,
                    borrow=borrow,
                    ods=ods,
                    ods_note=r["ods_note"],
                    kind=r["kind"],
                    source=r["source"],
                    components=r["components"],
                )
            )
    return foods


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


def load_fndds(data_dir: Path) -> tuple[dict, dict]:
    """FNDDS foods keyed by food code (as SR28 rows: food_group = WWEIA category) and their portions as
    SR28-style measure rows: "1 medium fillet" -> amount 1, unit "medium fillet"."""
    foods_path = data_dir / "usda_fndds_2017_2018_foods.csv"
    portions_path = data_dir / "usda_fndds_2017_2018_portions.csv"
    for p in (foods_path, portions_path):
        if not p.exists():
            sys.exit(f"error: FNDDS file not found: {p} (use --sr28-dir)")
    with foods_path.open(newline="", encoding="utf-8") as fh:
        foods = {r["food_code"]: {**r, "food_group": r["wweia_category"]} for r in csv.DictReader(fh)}
    portions: dict[str, list] = {}
    with portions_path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            m = re.match(r"(\d+/\d+|\d*\.?\d+)\s+(.+)$", r["portion"])
            amount = (
                (float(m.group(1).split("/")[0]) / float(m.group(1).split("/")[1]))
                if m and "/" in m.group(1)
                else (float(m.group(1)) if m else 1.0)
            )
            unit = m.group(2) if m else r["portion"]
            portions.setdefault(r["food_code"], []).append(
                {"seq": r["seq"], "amount": amount, "unit": unit, "grams": r["grams"]}
            )
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
    word = re.split(r"[ ,]", re.sub(r"^regular\s+", "", base.strip()), maxsplit=1)[0]
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
    kernels = re.search(r"\((\d+)(?:-(\d+))?\s+(?:whole\s+)?kernels\)", u)
    if kernels:  # "oz (18 kernels)", "oz (10-12 kernels)": one nut (when no "1 almond" row says it)
        low, high = float(kernels.group(1)), float(kernels.group(2) or kernels.group(1))
        out.append(("piece", (low + high) / 2, 2))
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
    for r in rows:  # "a footlong": SR28's 12 inch sub is the large one (twice the 6 inch)
        if "large" not in out and r["unit"].lower().startswith("inch sub") and float(r["amount"]) >= 12:
            out["large"], origin["large"] = float(r["grams"]), f"{r['amount']} {r['unit']}"
    for canon, prefix in pick.items():  # curated overrides: "use this SR28 measure for this unit"
        # "@0.5 breast": the measure as listed is ONE unit (SR28's "0.5 breast" is one breast side)
        whole = prefix.startswith("@")
        prefix = prefix.lstrip("@")
        match = [r for r in rows if r["unit"].lower().startswith(prefix.lower())]
        if not match:
            raise ValueError(f"no SR28 measure starting with {prefix!r} for unit {canon!r}")
        r = match[0]
        out[canon] = float(r["grams"]) / (1.0 if whole else float(r["amount"]))
        origin[canon] = r["unit"]
    return out, origin


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "oes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _own_piece(food: Food, rows: list[dict]) -> tuple[float, str] | None:
    """One piece of a food SR28 measures by its own noun ("1 sprout" of brussels sprouts, "1 falafel"):
    the measure's head word is the head noun (last word) of the food's name or of an alias."""
    nouns = {
        _singular(words[-1])
        for label in [food.name, *food.aliases.split("|")]
        if (words := re.findall(r"[a-z]+", label.lower()))
    }
    for r in rows:
        base = re.sub(r"\(.*?\)", "", r["unit"].lower()).strip()
        amount, grams = float(r["amount"]), float(r["grams"])
        own = re.fullmatch(r"[a-z]+", base) and _singular(base) in nouns
        if own and amount > 0 and 0 < grams / amount <= OWN_PIECE_MAX_G:
            return grams / amount, r["unit"]
    return None


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
        match = [r for r in (all_rows or {}).get(ndb, []) if r["unit"].lower().startswith(prefix.lower())]
        if not match:
            raise ValueError(f"no SR28 measure starting with {prefix!r} for NDB {ndb} (borrowed {canon!r})")
        # "oz (18 kernels)" borrowed as a piece is one kernel: the measure's own divisor applies
        divisor = next((d for c, d, _ in classify(match[0]["unit"]) if c == canon and d), 1.0)
        portions[canon] = float(match[0]["grams"]) / float(match[0]["amount"]) / divisor
        origin[canon] = f"{match[0]['unit']} (NDB {ndb})"
    if "piece" not in portions:  # "1 sprout" of brussels sprouts: a measure named by the food's own noun
        own = _own_piece(food, rows)
        if own is not None:
            portions["piece"], origin["piece"] = own
    qns = [r for r in rows if r["unit"].lower() == QNS and float(r["grams"]) > 0]
    if food.source == "FNDDS" and qns:  # FNDDS "Quantity not specified" is the serving of a dish or drink
        portions["serving"], origin["serving"] = float(qns[0]["grams"]), QNS
    # documented: a "piece" of a food sold in sizes is a medium one -- but not for drinks, and not when
    # "medium" is a restaurant portion ("serving medium" fries, a medium fountain drink)
    if (
        "medium" in portions
        and "piece" not in food.pick
        and "piece" not in food.borrow
        and food.kind not in DRINK_KINDS
        and not origin["medium"].lower().startswith("serving")
    ):
        portions["piece"] = portions["medium"]
    if food.kind in CAN_KINDS and "can" not in portions and "cup" in portions:
        portions["can"] = portions["cup"] * DEFAULT_CAN_CUPS
    handful = food.handful or rules.get("handful")
    if handful == "oz":
        portions["handful"] = OZ_G
        # a packet/bag of nuts, seeds, dried fruit or a snack is the 1 oz single-serve bag (as crisps)
        portions.setdefault("packet", OZ_G)
    elif handful in ("halfcup", "cup") and "cup" in portions:
        portions["handful"] = portions["cup"] * (0.5 if handful == "halfcup" else 1.0)
    bowl = food.bowl or rules.get("bowl")
    if bowl and "cup" in portions:
        portions["bowl"] = portions["cup"] * bowl
        if rules.get("bowl_max_g"):  # dense dry cereals (muesli, granola): a bowl is not 1.5 heavy cups
            portions["bowl"] = min(portions["bowl"], rules["bowl_max_g"])
    if bowl and "bowl" not in portions and rules.get("bowl_max_g"):
        # a cereal USDA lists only by the biscuit or serving (shredded wheat): a bowl is the kind's bowl
        portions["bowl"] = rules["bowl_max_g"]
    if food.kind in QNS_BOWL_KINDS and not food.bowl and food.source == "FNDDS" and qns:
        # a bowl of an FNDDS soup or dish is its "Quantity not specified", what NHANES records for a bowl
        portions["bowl"] = float(qns[0]["grams"])
    # a glass the curation picked from the row's own measures (FNDDS wine: "1 glass") is kept
    glass = None if "glass" in food.pick else food.glass or rules.get("glass")
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

    default = ["serving:1"] if food.source == "FNDDS" and qns else []
    candidates = [food.serving] if food.serving else default + rules["serving"] + [rules.get("fallback", "")]
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
        "source": food.source,
        "ndb": food.ndb,
        "food_group": sr["food_group"],
        **{n: sr[n] for n in NUTRIENTS},
        "portions": "|".join(f"{u}={g:.1f}" for u, g in rounded.items()),
        "serving": serving,
        "ods": food.ods[0] if food.ods else "",
        "components": "|".join(c.strip().lower() for c in food.components.split("|") if c.strip()),
    }
    return row, rounded


def mg_for(row: dict, portions: dict[str, float], spec: str) -> int:
    grams = spec_grams(spec, portions)
    assert grams is not None, spec
    return round(float(row["magnesium_mg"]) * grams / 100)


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
        digits = {"SR28": 5, "FNDDS": 8}.get(f.source)
        if digits is None or f.kind not in KINDS:
            errors.append(f"{f.id}: unknown source {f.source!r} or kind {f.kind!r}")
        elif not re.fullmatch(rf"\d{{{digits}}}", f.ndb):
            errors.append(f"{f.id}: {f.source} code {f.ndb!r} is not {digits} digits")
        elif f.ndb not in sr:
            errors.append(f"{f.id}: {f.source} code {f.ndb} not found in the USDA extract")
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


GENERIC_HEADER = ["word", "candidates"]


def write_generic(path: Path, ids: set[str]) -> int:
    """Copy the curated generic words to knowledge/generic_foods.csv; every candidate must be a table row."""
    with GENERIC_CURATION.open(newline="", encoding="utf-8") as fh:
        generic = {r["word"]: r["candidates"].split("|") for r in csv.DictReader(fh)}
    missing = sorted({fid for cands in generic.values() for fid in cands} - ids)
    if missing:
        sys.exit(f"error: GENERIC names ids that are not in the table: {missing}")
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(GENERIC_HEADER)
        for word in sorted(generic):
            writer.writerow([word, "|".join(generic[word])])
    return len(generic)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # ../shared/data beside the repository (or beside a parent folder, for a git worktree)
    shared = next((d / "shared" / "data" for d in REPO.parents if (d / "shared" / "data").is_dir()), None)
    ap.add_argument("--sr28-dir", type=Path, default=shared or REPO / ".." / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "knowledge" / "foods.csv")
    ap.add_argument("--describe", action="store_true", help="print id, name and SR28 description per row")
    args = ap.parse_args(argv)
    out = args.out if args.out.is_absolute() else Path.cwd() / args.out

    sr, portion_rows = load_sr28(args.sr28_dir)
    fndds, fndds_rows = load_fndds(args.sr28_dir)
    sr.update(fndds)  # 5-digit NDB numbers and 8-digit food codes never collide
    portion_rows.update(fndds_rows)
    foods = load_curation(CURATION)
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
    count = write_generic(out.with_name("generic_foods.csv"), {food.id for food, _, _ in results})
    print(f"wrote {count} generic words to {out.with_name('generic_foods.csv')}")

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
if __name__ == "__main__":
    sys.exit(main())
