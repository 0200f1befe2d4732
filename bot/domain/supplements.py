"""Supplement messages: "took my magnesium, 250 mg", "magnesium glycinate 2 capsules of 120 mg",
"calcium 600 mg + D3 1000 IU", "a multivitamin".

Pure Python. The data (compound forms with their chemical formula, and what a plain "multivitamin" or
"calcium + D" tablet is assumed to contain) lives in `knowledge/supplement_forms.csv` and
`knowledge/supplement_products.csv`, documented in `knowledge/SUPPLEMENTS.md`. The elemental share of
each form is computed here from its formula and standard atomic weights.

Amount conventions follow the meal parser: digits, decimals and word numbers ("two capsules"), units
mg/g/mcg/µg/IU, and counts in capsules/tablets/softgels/scoops. A dose in mg of a *named compound*
("magnesium citrate 500 mg") is ambiguous — it may be the mineral on the Supplement Facts panel or the
weight of the whole salt — so such an item is `ambiguous` and the caller asks.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.domain.supplement_labels import is_bare_dose
from bot.domain.supplement_takers import someone_elses
from bot.domain.supplement_words import (
    BARE_VITAMIN_D_IU_FROM,
    COUNT_UNITS,
    ELEMENTAL_WORDS,
    FILLER_WORDS,
    LABEL_SAYS,
    LOG_VERBS,
    MASS_UNITS,
    MAX_BARE_COUNT,
    NUTRIENT_WORDS,
    PLAIN_NUTRIENTS,
    QUESTION_STARTS,
    QUESTION_WORDS_ANYWHERE,
    SENTENCE_WORDS,
    VOLUME_UNITS,
    after_dose,
    normalised,
    per_amount,
)
from bot.domain.supplement_words import number as _number

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"
IU_PER_UG_VITAMIN_D = 40.0
MAX_COUNT = 20  # capsules, tablets … in one message
MAX_MINERAL_MG = 20_000.0  # stated weight of a mineral or its compound
MAX_VITAMIN_D_UG = 15_000.0  # 600,000 IU, the largest single "stoss" dose in use

# Standard atomic weights (IUPAC, conventional values), g/mol.
ATOMIC_WEIGHTS = {
    "H": 1.008,
    "C": 12.011,
    "N": 14.007,
    "O": 15.999,
    "Mg": 24.305,
    "P": 30.974,
    "S": 32.06,
    "Cl": 35.45,
    "Ca": 40.078,
}
ELEMENTS = {"magnesium": "Mg", "calcium": "Ca"}
NUTRIENTS = ("magnesium", "calcium", "vitamin_d")
NUTRIENT_NAMES = {"magnesium": "magnesium", "calcium": "calcium", "vitamin_d": "vitamin D"}

_SEPARATORS = re.compile(r"\s*(?:\+|&|,|;|\band\b|\bplus\b|\bwith\b)\s*")
_IN_PRODUCT = re.compile(
    r"^(?:(?:it|which|that|this|and)\s+)?(?:with|w|has|contains|containing)\b"
)  # a product's own amount said after it
_PRODUCT_FIELD = {"magnesium": "magnesium_mg", "calcium": "calcium_mg", "vitamin_d": "vitamin_d_ug"}
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z][a-z'-]*")


def molar_mass(formula: str) -> float:
    """Molar mass (g/mol) of a formula such as "Mg3(C6H5O7)2" or "MgCl2·6H2O"."""
    total = 0.0
    for part in formula.split("·"):
        match = re.match(r"(\d*)(.+)", part)
        assert match is not None
        total += int(match.group(1) or 1) * _group_mass(match.group(2))
    return total


def _group_mass(text: str) -> float:
    stack = [0.0]
    i = 0
    while i < len(text):
        if text[i] == "(":
            stack.append(0.0)
            i += 1
        elif text[i] == ")":
            digits = re.match(r"\d*", text[i + 1 :]).group()  # type: ignore[union-attr]
            inner = stack.pop() * int(digits or 1)
            stack[-1] += inner
            i += 1 + len(digits)
        else:
            match = re.match(r"([A-Z][a-z]?)(\d*)", text[i:])
            if match is None or match.group(1) not in ATOMIC_WEIGHTS:
                raise ValueError(f"cannot read formula {text!r}")
            stack[-1] += ATOMIC_WEIGHTS[match.group(1)] * int(match.group(2) or 1)
            i += len(match.group(0))
    return stack[0]


@dataclass(frozen=True)
class Form:
    nutrient: str  # magnesium | calcium
    key: str  # citrate
    aliases: tuple[str, ...]
    formula: str
    element_atoms: int
    note: str = ""

    @property
    def fraction(self) -> float:
        """Elemental share by weight: atoms x atomic weight / molar mass of the compound."""
        element = ATOMIC_WEIGHTS[ELEMENTS[self.nutrient]]
        return self.element_atoms * element / molar_mass(self.formula)

    @property
    def name(self) -> str:
        return f"{self.nutrient} {self.key}"


@dataclass(frozen=True)
class Product:
    key: str
    name: str
    aliases: tuple[str, ...]
    magnesium_mg: float
    calcium_mg: float
    vitamin_d_ug: float
    assumption: str


@dataclass(frozen=True)
class Nutrients:
    """Amounts of one entry; None = unknown (never read as zero)."""

    magnesium_mg: float | None = 0.0
    calcium_mg: float | None = 0.0
    vitamin_d_ug: float | None = 0.0

    def scaled(self, factor: float) -> Nutrients:
        def one(value: float | None) -> float | None:
            return None if value is None else value * factor

        return Nutrients(one(self.magnesium_mg), one(self.calcium_mg), one(self.vitamin_d_ug))


@dataclass(frozen=True)
class SupplementTable:
    forms: tuple[Form, ...]
    products: tuple[Product, ...]
    form_index: dict[tuple[str, str], Form] = field(default_factory=dict)  # (nutrient, alias) -> form
    product_index: dict[str, Product] = field(default_factory=dict)  # alias -> product

    @classmethod
    def build(cls, forms: tuple[Form, ...], products: tuple[Product, ...]) -> SupplementTable:
        form_index = {(form.nutrient, alias): form for form in forms for alias in (form.key, *form.aliases)}
        product_index = {alias: p for p in products for alias in (p.key, p.name.lower(), *p.aliases)}
        return cls(forms, products, form_index, product_index)

    def form(self, nutrient: str, word: str) -> Form | None:
        return self.form_index.get((nutrient, word))

    def forms_named(self, word: str) -> list[Form]:
        return [form for (_, alias), form in self.form_index.items() if alias == word]

    def names_a_form(self, word: str) -> bool:
        """Whether `word` is an alias of some form (of any nutrient): a set lookup, built on first use."""
        aliases = self.__dict__.get("_form_aliases")
        if aliases is None:
            aliases = frozenset(alias for (_, alias) in self.form_index)
            object.__setattr__(self, "_form_aliases", aliases)
        return word in aliases


def load_supplement_table(directory: Path | None = None) -> SupplementTable:
    directory = directory or KNOWLEDGE_DIR
    with (directory / "supplement_forms.csv").open(encoding="utf-8") as handle:
        forms = tuple(
            Form(
                nutrient=row["nutrient"],
                key=row["form"],
                aliases=tuple(a for a in row["aliases"].split("|") if a),
                formula=row["formula"],
                element_atoms=int(row["element_atoms"]),
                note=row.get("note") or "",
            )
            for row in csv.DictReader(handle)
        )
    with (directory / "supplement_products.csv").open(encoding="utf-8") as handle:
        products = tuple(
            Product(
                key=row["key"],
                name=row["name"],
                aliases=tuple(normalised(a) for a in row["aliases"].split("|") if a),
                magnesium_mg=float(row["magnesium_mg"]),
                calcium_mg=float(row["calcium_mg"]),
                vitamin_d_ug=float(row["vitamin_d_ug"]),
                assumption=row["assumption"],
            )
            for row in csv.DictReader(handle)
        )
    return SupplementTable.build(forms, products)


# ---- parsing ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SupplementItem:
    """One supplement named in a message. `dose` is the stated total in `dose_unit` (mg, ug or iu) —
    count x per-unit dose when both are given; None when the message gives no dose."""

    text: str
    nutrient: str | None = None  # magnesium | calcium | vitamin_d (None for a product)
    form: Form | None = None
    product: Product | None = None
    count: float | None = None
    count_unit: str | None = None
    dose: float | None = None
    dose_unit: str | None = None
    per_unit_dose: float | None = None
    volume_ml: float | None = None  # "10 ml liquid magnesium": what a dose "per 10 ml" is scaled by
    stated_elemental: bool = False  # "250 mg of magnesium", "magnesium (as citrate) 80 mg"

    @property
    def name(self) -> str:
        if self.product is not None:
            return self.product.name
        if self.form is not None:
            return self.form.name
        return NUTRIENT_NAMES.get(self.nutrient or "", self.nutrient or "supplement")

    @property
    def ambiguous(self) -> bool:
        """A weight given for a named compound: the mineral on the label, or the whole salt?"""
        return (
            self.form is not None
            and self.dose is not None
            and self.dose_unit == "mg"
            and not self.stated_elemental
        )

    @property
    def implausible(self) -> bool:
        """A dose no supplement comes in (a typo or a unit slip): more than 20 units, 20 g of a mineral
        compound or 15 mg (600,000 IU) of vitamin D."""
        if self.count is not None and self.count > MAX_COUNT:
            return True
        if self.dose is None:
            return False
        if self.dose_unit == "mg" and self.nutrient != "vitamin_d":
            return self.dose > MAX_MINERAL_MG
        vitamin_d = self.nutrients().vitamin_d_ug
        return vitamin_d is not None and vitamin_d > MAX_VITAMIN_D_UG

    @property
    def needs_dose(self) -> bool:
        return self.product is None and self.dose is None

    def nutrients(self, as_compound: bool = False) -> Nutrients:
        """What this item supplies; `as_compound`: the dose is the weight of the whole compound."""
        if self.product is not None:
            p = self.product
            return Nutrients(p.magnesium_mg, p.calcium_mg, p.vitamin_d_ug).scaled(self.count or 1.0)
        if self.dose is None or self.nutrient is None:
            return Nutrients(None, None, None)
        if self.nutrient == "vitamin_d":
            ug = {"ug": self.dose, "iu": self.dose / IU_PER_UG_VITAMIN_D, "mg": self.dose * 1000.0}
            return Nutrients(vitamin_d_ug=ug[self.dose_unit or "ug"])
        if self.dose_unit != "mg":
            return Nutrients(None, None, None)
        amount = self.dose * (self.form.fraction if (as_compound and self.form) else 1.0)
        return Nutrients(**{f"{self.nutrient}_mg": amount})

    def with_dose(self, dose: float, unit: str) -> SupplementItem:
        return replace(self, dose=dose, dose_unit=unit)


@dataclass(frozen=True)
class SupplementMessage:
    items: tuple[SupplementItem, ...]

    @property
    def ambiguous(self) -> tuple[SupplementItem, ...]:
        return tuple(item for item in self.items if item.ambiguous)


def _is_question(raw: str, tokens: list[str]) -> bool:
    return (
        "?" in raw
        or (bool(tokens) and tokens[0] in QUESTION_STARTS)
        or bool(QUESTION_WORDS_ANYWHERE & set(tokens))
    )


@dataclass
class _Segment:
    nutrient: str | None = None
    form: Form | None = None
    form_words: list[str] = field(default_factory=list)
    count: float | None = None
    count_unit: str | None = None
    dose: float | None = None
    dose_unit: str | None = None
    as_form: bool = False  # "(as citrate)", "(120mg elemental)": the dose is the mineral itself
    of_nutrient: bool = False
    total_word: bool = False
    each_word: bool = False  # "100mg each": the dose is of one capsule
    per_count: float | None = None  # "450 mg per 3 caps": the dose is of this many units
    count_implicit: bool = False  # "gummies" with no number: one, unless "x2" follows
    volume_ml: float | None = None
    bare: list[float] = field(default_factory=list)  # numbers without a unit
    by_product: bool = False  # the nutrient came from a product word ("cal-mag"), not its own name
    leftovers: list[str] = field(default_factory=list)


def _read_segment(text: str, table: SupplementTable) -> _Segment:
    tokens = _TOKEN.findall(text)
    seg = _Segment()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        number = _number(token)
        if token in NUTRIENT_WORDS:
            # a product word names a nutrient only until a dose names its own: "cal-mag tablet: 300mg calcium"
            if seg.nutrient is None or (
                seg.by_product and token in PLAIN_NUTRIENTS and after_dose(tokens, i)
            ):
                seg.nutrient, seg.by_product = NUTRIENT_WORDS[token], token not in PLAIN_NUTRIENTS
            if i > 0 and tokens[i - 1] == "of" and seg.dose is not None:
                seg.of_nutrient = True
        elif token in ELEMENTAL_WORDS:
            seg.as_form = True
        elif table.names_a_form(token):
            seg.form_words.append(token)
            if i > 0 and tokens[i - 1] == "as":
                seg.as_form = True
        elif number is not None and nxt in MASS_UNITS:
            unit, factor = MASS_UNITS[nxt]
            if seg.dose is None:
                seg.dose, seg.dose_unit = number * factor, unit
            i += 1
        elif number is not None and nxt in VOLUME_UNITS:
            seg.volume_ml = seg.volume_ml or number
            i += 1
        elif number is not None and nxt in COUNT_UNITS:
            seg.count, seg.count_unit = number, COUNT_UNITS[nxt]
            i += 1
        elif (
            token == "per"
            and seg.dose is not None
            and seg.per_count is None
            and (per := per_amount(tokens, i))
        ):
            seg.per_count, seg.count_unit, skip = per
            i += skip
        elif token == "x" and nxt and _number(nxt) is not None and (seg.count is None or seg.count_implicit):
            seg.count, seg.count_implicit = _number(nxt), False
            i += 1
        elif number is not None and nxt == "x" and seg.count is None:
            seg.count = number
            i += 1
        elif token in COUNT_UNITS:  # "3 magnesium capsules": the number came before the nutrient
            seg.count_unit = seg.count_unit or COUNT_UNITS[token]
            if seg.count is None:
                seg.count_implicit = not seg.bare
                seg.count = seg.bare.pop() if seg.bare else 1.0
        elif token == "total":
            seg.total_word = True
        elif token in ("each", "apiece"):
            seg.each_word = True
        elif number is not None and re.fullmatch(r"\d+(?:\.\d+)?", token):
            seg.bare.append(number)
        elif token not in FILLER_WORDS:
            seg.leftovers.append(token)
        i += 1
    return seg


def _read_bare_number(seg: _Segment, after_item: bool = False) -> None:
    """A number without a unit: a count when small, else a dose in the nutrient's usual unit — only in a
    segment with nothing else unexplained ("magnesium RDA for a 10 year old" is no dose). After an item,
    a small number alone is how many were taken ("450mg per 3 caps, took all 3")."""
    alone = seg.nutrient is None and seg.dose is None and seg.count is None and not seg.leftovers
    if after_item and alone and len(seg.bare) == 1 and seg.bare[0] <= MAX_BARE_COUNT:
        seg.count = seg.bare.pop()
    if seg.nutrient is not None and len(seg.bare) == 1 and seg.dose is None and not seg.leftovers:
        value = seg.bare.pop()
        if value <= MAX_BARE_COUNT and seg.count is None:
            seg.count = value
        elif value > MAX_BARE_COUNT and seg.nutrient == "vitamin_d":
            seg.dose, seg.dose_unit = value, ("iu" if value >= BARE_VITAMIN_D_IU_FROM else "ug")
        elif value > MAX_BARE_COUNT:
            seg.dose, seg.dose_unit = value, "mg"
    seg.leftovers.extend(f"{value:g}" for value in seg.bare)  # numbers that make no sense here
    seg.bare.clear()


def _resolve_form(seg: _Segment, table: SupplementTable) -> None:
    for word in seg.form_words:
        if seg.nutrient is not None:
            seg.form = seg.form or table.form(seg.nutrient, word)
        else:
            named = table.forms_named(word)
            if len({form.nutrient for form in named}) == 1:
                seg.nutrient, seg.form = named[0].nutrient, named[0]
    if seg.form is None and seg.form_words:
        seg.leftovers.extend(seg.form_words)


def _product_for(text: str, table: SupplementTable) -> tuple[Product, float] | None:
    """A whole message (or segment) that names a product: "a multivitamin", "took 2 calcium + d"."""
    words = [w for w in _TOKEN.findall(text.replace("+", " + ")) if w not in FILLER_WORDS or w in ("a", "an")]
    for size in range(len(words), 0, -1):
        for start in range(0, len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            product = table.product_index.get(phrase)
            if product is None:
                continue
            rest = words[:start] + words[start + size :]
            numbers = [n for n in (_number(w) for w in rest) if n is not None]
            others = [w for w in rest if _number(w) is None and w not in COUNT_UNITS]
            if others:
                return None
            count = numbers[0] if numbers else 1.0
            return product, count
    return None


RECENT_PARSES = 64  # parse_supplement results kept per table


def parse_supplement(text: str, table: SupplementTable) -> SupplementMessage | None:
    """The supplements a message logs, or None when it is not a supplement message (a meal, a question,
    small talk). Mixed messages (a supplement and a food) are left to the meal logger. A message is parsed
    several times while it is routed (as a whole, then split): the last results are kept per table
    (results are immutable)."""
    recent = table.__dict__.get("_recent_parses")
    if recent is None:
        recent = {}
        object.__setattr__(table, "_recent_parses", recent)
    if text in recent:
        return recent[text]
    if len(recent) >= RECENT_PARSES:
        recent.clear()
    found = recent[text] = _parse_supplement(text, table)
    return found


def _parse_supplement(text: str, table: SupplementTable) -> SupplementMessage | None:
    raw = text or ""
    normal = normalised(raw)
    tokens = _TOKEN.findall(normal)
    if not tokens or len(tokens) > 40 or _is_question(raw, tokens) or someone_elses(raw):
        return None  # a question, or "my husband takes 400mg magnesium": not the user's dose
    whole_product = _product_for(normal.replace("+", " + "), table)
    if whole_product is not None:
        product, count = whole_product
        return SupplementMessage((SupplementItem(product.name, product=product, count=count),))
    items: list[SupplementItem] = []
    pending_dose: _Segment | None = None
    signal = bool(LOG_VERBS & set(tokens)) or "my" in tokens
    parts = _SEPARATORS.split(normal)
    joins = ["", *(sep.strip() for sep in _SEPARATORS.findall(normal))]
    for part, join in zip(parts, joins, strict=True):
        if not part.strip():
            continue
        product = _product_for(part, table)
        if product is not None:
            items.append(SupplementItem(part, product=product[0], count=product[1]))
            continue
        seg = _read_segment(part, table)
        _resolve_form(seg, table)
        _read_bare_number(seg, after_item=bool(items))
        each = seg.each_word and seg.dose is not None and seg.count is None
        if each and items and items[-1].needs_dose and seg.nutrient in (None, items[-1].nutrient):
            items[-1] = _with_amount(items[-1], seg)  # "cal-mag-zinc tabs x3, each has 133mg of magnesium"
            continue
        if seg.nutrient is None:
            if seg.leftovers:
                return None  # something that is not a supplement: a food, a remark
            if seg.dose is not None or seg.count is not None:
                if items and items[-1].needs_dose:
                    items[-1] = _with_amount(items[-1], seg)
                elif items and seg.dose is None and items[-1].count is None and not items[-1].product:
                    # "magnesium citrate 500 mg, 2 capsules": the dose stays the stated total; a dose
                    # said per unit ("450mg per 3 caps, took all 3") is scaled by the count taken
                    per_unit, dose = items[-1].per_unit_dose, items[-1].dose
                    dose = per_unit * seg.count if per_unit is not None and seg.count is not None else dose
                    items[-1] = replace(items[-1], count=seg.count, count_unit=seg.count_unit, dose=dose)
                else:
                    pending_dose = seg
            continue
        if seg.leftovers and (seg.dose is None or SENTENCE_WORDS & set(seg.leftovers)):
            return None  # "magnesium rich foods", "calcium-fortified orange juice", "… is that too much"
        if pending_dose is not None and seg.dose is None and seg.count is None:
            seg.dose, seg.dose_unit = pending_dose.dose, pending_dose.dose_unit
            seg.count, seg.count_unit = pending_dose.count, pending_dose.count_unit
            pending_dose = None
        # "a multivitamin with 100 mg magnesium": the amount its label states, not the typical product's
        if (
            seg.dose is not None
            and items
            and items[-1].product
            and (_IN_PRODUCT.match(join) or _IN_PRODUCT.match(part.strip()) or LABEL_SAYS.search(raw))
        ):
            items[-1] = replace(
                items[-1], product=replace(items[-1].product, **{_PRODUCT_FIELD[seg.nutrient]: 0.0})
            )
        items.append(_item(part, seg))
    if not items:
        return None
    has_amount = any(item.dose is not None or item.count is not None or item.product for item in items)
    if not (signal or has_amount):
        return None  # "magnesium citrate" alone is a topic, not a log
    return SupplementMessage(tuple(items))


def _item(text: str, seg: _Segment) -> SupplementItem:
    item = SupplementItem(
        text=text.strip(),
        nutrient=seg.nutrient,
        form=seg.form,
        volume_ml=seg.volume_ml,
        stated_elemental=seg.as_form or (seg.of_nutrient and seg.form is None),
    )
    return _with_amount(item, seg)


def _with_amount(item: SupplementItem, seg: _Segment) -> SupplementItem:
    dose, unit, count = seg.dose, seg.dose_unit, seg.count
    per_unit = None
    if seg.per_count is not None and dose is not None:  # "350 mg per scoop": of what was taken, if said
        per_unit = dose / seg.per_count
        taken = item.count if count is None else count
        if seg.count_unit == "ml":  # "10 ml liquid magnesium, bottle says 10ml = 100 mg"
            taken = item.volume_ml
        dose = per_unit * (taken if taken is not None else seg.per_count)
        return replace(
            item,
            dose=dose,
            dose_unit=unit,
            count=taken,
            per_unit_dose=per_unit,
            count_unit=item.count_unit or seg.count_unit,
            stated_elemental=item.stated_elemental,
        )
    if dose is not None and count is not None and not seg.total_word:
        per_unit = dose
        dose = dose * count
    stated = item.stated_elemental or seg.as_form
    if count is None:  # a count said earlier ("1 scoop of magnesium, 300 mg") stays; the dose is the total
        count, count_unit = item.count, item.count_unit
        if seg.each_word and dose is not None and count is not None:  # "2 capsules of magnesium, 100mg each"
            per_unit, dose = dose, dose * count
    else:
        count_unit = seg.count_unit
    return replace(
        item,
        dose=dose,
        dose_unit=unit,
        count=count,
        count_unit=count_unit,
        per_unit_dose=per_unit,
        stated_elemental=stated,
    )


def split_supplements(text: str, table: SupplementTable) -> tuple[str, str] | None:
    """A message that mixes supplements and food ("magnesium glycinate 120mg + a banana"): the text of its
    supplements (a supplement message on its own) and the rest (the meal), or None when it is not such a mix. Each part between
    separators is read alone: a part that is a supplement message goes to the supplements, the others stay
    in the meal, in order."""
    if parse_supplement(text, table) is not None:
        return None
    supplements: list[str] = []
    food = ""
    pieces = re.split(f"({_SEPARATORS.pattern})", text or "")
    for index in range(0, len(pieces), 2):
        part, before = pieces[index].strip(), pieces[index - 1] if index else ""
        if not part:
            continue
        adjacent = bool(supplements) and supplements[-1].endswith(pieces[index - 2].strip())
        if adjacent and _IN_PRODUCT.match(before.strip()) and parse_supplement(part, table) is not None:
            supplements[-1] += before + part  # "multivit with 100mg magnesium": the product's own amount
        elif parse_supplement(part, table) is not None:
            supplements.append(part)
        elif supplements and is_bare_dose(part) and supplements[-1] == pieces[index - 2].strip():
            supplements[-1] += ", " + part  # "3 magnesium caps, 100 mg each, plus a cup of chai"
        else:  # the meal keeps its own joining words: "porridge with milk" stays one dish
            food += (before if food else "") + part
    if not supplements or not food:
        return None
    joined = " + ".join(supplements)
    if parse_supplement(joined, table) is None:
        return None
    return joined, food.strip(" ,;+&")
