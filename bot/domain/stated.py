"""Figures the user states, set against the reference the answer gives: a vitamin D dose ("i take 5000iu")
against the vitamin D upper limit, a daily magnesium amount ("been on 2 grams a day since summer", "1000mg
magnesium daily") against the supplemental upper limit and what a lasting excess means, a calcium amount
against the calcium upper limit for the age (from all sources), and a label's two magnesium amounts ("magnesium citrate 1000mg (providing
160mg elemental)") read as compound weight and elemental magnesium — the smaller is always the elemental one,
since the compound weighs more than the magnesium it holds.

Pure Python: no framework imports.
"""

from __future__ import annotations

import re

from bot.domain import bone_rda
from bot.domain.personal import person_for
from bot.domain.rda import Profile

SUPPLEMENT_UL_MG = 350  # supplemental magnesium, age 9 and over (IOM 1997)
IU_PER_MCG = 40
# "5000iu", "5,000 IU", "5k iu", "125 mcg", "50 µg" (a vitamin D dose); "400mg" (a magnesium amount)
_VITAMIN_D_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k)?\s*(iu|i\.u\.|units?|mcg|µg|ug|micrograms?)(?![a-z])",
    re.IGNORECASE,
)
_MG_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:mg|milligrams?)(?![a-z])", re.IGNORECASE
)


# "2 grams", "1.5g", "1,000 mg", "500mg": an amount in milligrams or grams
_AMOUNT_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(mg|milligrams?|g|grams?|gr)(?![a-z])", re.IGNORECASE
)
# What an amount is of: the nutrient named nearest it, within NEAR_CHARS ("calcium 1200mg and magnesium 400")
_NUTRIENT_RE = re.compile(
    r"\b(?:(?P<magnesium>magnesium|mag|glycinate|bisglycinate|citrate|threonate|malate|taurate)|"
    r"(?P<calcium>calcium|cal)|(?P<other>vitamins?|vit|iron|zinc|potassium|protein|creatine|fish oil|omega|"
    r"fib(?:re|er)|salt|sodium|caffeine|collagen|sugar|carbs?|fat|paracetamol|ibuprofen|aspirin|metformin))\b",
    re.IGNORECASE,
)
NEAR_CHARS = 30
# a nutrient named in another sentence does not name the amount ("baked beans, about 200g, for lunch. magnesium
# content?" weighs the beans)
_SENTENCE_END_RE = re.compile(r"[.?!](?!\d)\s")
# What an amount is an amount of, when the message says so: "30g of pepitas", "400 mg of elemental magnesium"
_OF_RE = re.compile(r"\s+of\s+(?:elemental\s+|pure\s+|the\s+|my\s+)?([a-z]+)", re.IGNORECASE)
# A magnesium salt named beside the amount: the amount may be the compound's weight, not the magnesium in it
_COMPOUND_RE = re.compile(
    r"\b(bisglycinate|glycinate|citrate|threonate|malate|taurate|chloride|lactate)\b", re.I
)
# "took 2 of my 200mg", "2 x 250mg", "two 200 mg tablets": a count of tablets right before their amount
_COUNT_BEFORE_RE = re.compile(
    r"(?<![\d.,])(\d|two|three|four)\s*(?:x|×|of\s+(?:my|the|his|her|their|our|those|these))?\s*$", re.I
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
# "250 mg … I have it twice a day", "2x daily", "morning and night": one amount taken several times a day
_TIMES_RE = re.compile(
    r"\b(?:(twice|two times|2 ?x|x ?2|2 times)|(three times|thrice|3 ?x|x ?3|3 times))\s*(?:a |per |each )?"
    r"(?:day|daily)\b|\b(morning and (?:night|evening)|am and pm)\b",
    re.I,
)
_SPLIT_RE = re.compile(r"\b(?:split|divided|halves|half)\b", re.I)  # "split into 2 doses": the same amount
# "300mg magnesium and also a multivit that has 100mg": amounts taken together, not alternatives ("200 or 400")
_TOGETHER_RE = re.compile(r"\b(?:also|plus|on top|as well)\b|\+", re.I)
_ALTERNATIVES_RE = re.compile(r"\b(?:or|vs|versus|instead|rather|better|switch|change)\b", re.I)
UNNAMED_MAX_G = 10  # "been on 2 grams a day": an unnamed amount in grams up to this may be a supplement dose
LASTING_EXCESS_TIMES = 2  # from twice the limit, what taking that much for weeks or months means
CHILD_AGE = 9  # under 9 the magnesium limit is lower (the section gives it): no line


def stated_amounts(question: str) -> list[tuple[str | None, float, bool]]:
    """(nutrient or None, milligrams, said in grams) for each amount a message states, the nutrient being the
    one named nearest it ("magnesium", "calcium" or "other")."""
    names = [(m.start(), m.end(), m.lastgroup) for m in _NUTRIENT_RE.finditer(question)]
    found = []
    for m in _AMOUNT_RE.finditer(question):
        grams = m.group(2).lower().startswith("g")
        value = _number(m.group(1)) * (1000 if grams else 1)
        near = [
            (min(abs(m.start() - end), abs(start - m.end())), kind)
            for start, end, kind in names
            if min(abs(m.start() - end), abs(start - m.end())) <= NEAR_CHARS
            and not _SENTENCE_END_RE.search(question, min(end, m.end()), max(start, m.start()))
        ]
        whose = _OF_RE.match(question, m.end())
        if whose:  # "30g of pepitas" weighs a food; "400 mg of magnesium" is magnesium
            named = _NUTRIENT_RE.fullmatch(whose.group(1))
            found.append((named.lastgroup if named else "other", value, grams))
            continue
        found.append((min(near)[1] if near else None, value, grams))
    return found


def taken_together(question: str) -> bool:
    """Whether a message's amounts are taken together ("300mg and also a multivit with 100mg"), not
    alternatives ("200 or 400") nor one label's two figures."""
    return bool(_TOGETHER_RE.search(question)) and not _ALTERNATIVES_RE.search(question)


def magnesium_total(question: str, named: list[tuple[float, bool]]) -> tuple[float, str] | None:
    """(the total, how it adds up) when a message states a count of tablets ("took 2 of my 200mg": 400 mg)
    or several magnesium amounts taken together ("300mg and also a multivit with 100mg": 400 mg); else None."""
    counted = []
    for m in _AMOUNT_RE.finditer(question):
        count = _COUNT_BEFORE_RE.search(question[: m.start()])
        if count and not m.group(2).lower().startswith("g"):
            n = _COUNT_WORDS.get(count.group(1).lower()) or int(count.group(1))
            value = _number(m.group(1))
            if n > 1 and (value, False) in named:
                counted.append((n, value))
    times = _TIMES_RE.search(question)
    per_day = 0 if not times or _SPLIT_RE.search(question) else 3 if times.group(2) else 2
    if len(counted) == 1 and len(named) == 1:
        n, value = counted[0]
        if per_day:
            return (
                n * value * per_day,
                f"{n} × {value:,.0f} mg, {per_day} times a day = {n * value * per_day:,.0f} mg",
            )
        return n * value, f"{n} × {value:,.0f} mg = {n * value:,.0f} mg"
    if per_day and len(named) == 1 and not named[0][1]:
        value = named[0][0]
        return value * per_day, f"{value:,.0f} mg {per_day} times a day = {value * per_day:,.0f} mg"
    if not counted and len(named) >= 2 and not any(grams for _, grams in named) and taken_together(question):
        parts = " + ".join(f"{mg:,.0f} mg" for mg, _ in named)
        total = sum(mg for mg, _ in named)
        return total, f"{parts} = {total:,.0f} mg"
    return None


def _age(question: str, profile: Profile | None) -> int | None:
    person = person_for(question, profile)
    return person.age if person.age is not None else (person.band.low if person.band is not None else None)


def _mg(value: float, grams: bool) -> str:
    said = f"{value:,.0f} mg"
    return f"{said} ({value / 1000:g} g)" if grams else said


def magnesium_dose_line(question: str, profile: Profile | None = None) -> str | None:
    """A daily magnesium amount the message states against the 350 mg supplemental upper limit (age 9 and
    over); an amount that names nothing counts as magnesium when the message names no other nutrient."""
    amounts = stated_amounts(question)
    if not amounts or label_line(question):
        return None
    named = [(mg, grams) for kind, mg, grams in amounts if kind == "magnesium"]
    others = {m.lastgroup for m in _NUTRIENT_RE.finditer(question)} - {"magnesium"}
    unnamed = not named and not others and all(kind is None for kind, _, _ in amounts)
    if unnamed:
        named = [(mg, grams) for _, mg, grams in amounts if not grams or mg <= UNNAMED_MAX_G * 1000]
    age = _age(question, profile)
    if not named or age is not None and age < CHILD_AGE:
        return None
    total = magnesium_total(question, named)
    mg, grams = (total[0], False) if total else max(named)
    compound = _COMPOUND_RE.search(question)
    label = (
        f" If {_mg(mg, grams)} is the weight of the magnesium {compound.group(1).lower()} (the front of a pack "
        "often gives the compound), the elemental magnesium in it, the figure on the Supplement Facts label "
        "that the limit counts, is much less: check the label."
        if compound and mg >= LASTING_EXCESS_TIMES * SUPPLEMENT_UL_MG
        else ""
    )
    limit = f"the {SUPPLEMENT_UL_MG} mg a day upper limit for supplements"
    said = f"You mention {total[1] if total else _mg(mg, grams)}" + (
        ": if that is magnesium from supplements, it is" if unnamed else " of magnesium: that is"
    )
    if mg <= SUPPLEMENT_UL_MG:
        return f"{said} within {limit}."
    times = mg / SUPPLEMENT_UL_MG
    if times < LASTING_EXCESS_TIMES:
        return f"{said} above {limit}, where diarrhoea becomes likely."
    line = (
        f"{said} about {round(times)} times {limit}.{label} Taken for weeks or months, that much usually causes "
        "diarrhoea and can build up, above all if the kidneys are weak; nausea, flushing, low blood pressure, "
        "muscle weakness or an irregular heartbeat are signs of too much (get urgent care). Talk to your "
        "doctor soon."
    )
    return line


def calcium_dose_line(question: str, profile: Profile | None = None) -> str | None:
    """A calcium amount the message states against the upper limit from all sources for the age (2,500 mg a
    day at 19-50, 2,000 mg from 51; both when the age is not known; none under 19)."""
    verdict = calcium_verdict(question, profile)
    return verdict[0] if verdict else None


def calcium_verdict(question: str, profile: Profile | None = None) -> tuple[str, bool] | None:
    """calcium_dose_line's line, and whether the amount is above a limit that may apply."""
    named = [(mg, grams) for kind, mg, grams in stated_amounts(question) if kind == "calcium"]
    if not named:
        return None
    mg, grams = max(named)
    age = _age(question, profile)
    adults = [row for row in bone_rda.CALCIUM_UL_MG if row.low >= ADULT_AGE]
    if age is not None and age < ADULT_AGE:
        return None  # a child's or teenager's limit: the personal figures give it
    rows = [bone_rda.lookup(bone_rda.CALCIUM_UL_MG, age)] if age is not None else adults
    limits = [(row.male, row.low, row.high) for row in rows if row is not None]
    if not limits:
        return None
    said = f"You mention {_mg(mg, grams)} of calcium"
    verdicts = [
        f"{'within' if mg <= limit else 'above'} the {limit:,} mg a day upper limit "
        + (f"at ages {low}–{high}" if high else f"from {low}")
        for limit, low, high in limits
    ]
    joint = " but " if len({v.split()[0] for v in verdicts}) > 1 else " and "
    line = f"{said}: {joint.join(verdicts)} (food and supplements together)."
    if all(mg <= limit for limit, _, _ in limits):
        return line, False
    return (
        f"{line} Too much calcium can cause constipation, and from supplements it may raise the risk of kidney "
        "stones: ask your doctor or pharmacist what dose you need."
    ), True


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def vitamin_d_dose_iu(question: str) -> int | None:
    """The largest vitamin D amount a question states, in IU, or None."""
    doses = []
    for m in _VITAMIN_D_RE.finditer(question):
        value = _number(m.group(1)) * (1000 if m.group(2) else 1)
        doses.append(
            value * IU_PER_MCG
            if m.group(3).lower() in ("mcg", "µg", "ug") or "microgram" in m.group(3).lower()
            else value
        )
    return round(max(doses)) if doses else None


ADULT_AGE = 19  # a stated calcium dose is set against the adult limits
STATED_FROM_AGE = 9  # a stated vitamin D dose is set against the limit for everyone aged 9 and over


def vitamin_d_line(question: str, profile: Profile | None = None) -> str | None:
    """The stated vitamin D dose against the upper limit for the person (4,000 IU from age 9)."""
    verdict = vitamin_d_verdict(question, profile)
    return verdict[0] if verdict else None


def vitamin_d_verdict(question: str, profile: Profile | None = None) -> tuple[str, bool] | None:
    """vitamin_d_line's line, and whether the dose is above the limit."""
    dose = vitamin_d_dose_iu(question)
    if dose is None:
        return None
    person = person_for(question, profile)
    age = person.age if person.age is not None else (person.band.low if person.band is not None else 19)
    row = bone_rda.lookup(bone_rda.VITAMIN_D_UL_IU, age)
    if row is None or row.low < STATED_FROM_AGE:
        return None  # a young child: the limit is lower, and the personal figures give it
    limit = row.male
    said = f"{dose:,} IU ({dose / IU_PER_MCG:g} mcg) a day"
    if dose > limit:
        return (
            f"You mention {said}: that is above the upper limit of {limit:,} IU ({limit // IU_PER_MCG} mcg) "
            "a day for everyone aged 9 and over. Higher doses are sometimes prescribed for a while to treat a "
            "deficiency, under a doctor's care; otherwise talk to your doctor about lowering it."
        ), True
    return (
        f"You mention {said}: that is within the upper limit of {limit:,} IU ({limit // IU_PER_MCG} mcg) a day.",
        False,
    )


def label_line(question: str) -> str | None:
    """A label's compound weight and elemental magnesium, when the question states both amounts."""
    other = {mg for kind, mg, grams in stated_amounts(question) if kind in ("calcium", "other") and not grams}
    amounts = sorted({_number(m.group(1)) for m in _MG_RE.finditer(question)} - other)
    if len(amounts) != 2 or taken_together(question):
        return None
    elemental, compound = (f"{a:,g} mg" for a in amounts)
    over = amounts[0] > SUPPLEMENT_UL_MG
    limit = (
        f"it is above the {SUPPLEMENT_UL_MG} mg a day upper limit for supplements"
        if over
        else f"compare it with your RDA and the {SUPPLEMENT_UL_MG} mg a day upper limit for supplements"
    )
    return (
        f"On your label, {elemental} is the elemental magnesium, the amount that counts; {compound} is the "
        f"weight of the whole compound. Count {elemental}: {limit}."
    )


STATED = {
    "vitamin-d": vitamin_d_line,
    "vitamin-d-limit": vitamin_d_line,
    "label": label_line,
    "upper-limit": magnesium_dose_line,
    "calcium": calcium_dose_line,
    "calcium-limit": calcium_dose_line,
}


# A stated dose above its upper limit is said whatever the answer's sections are about ("pregnant, is 10,000 IU
# of vitamin D a day fine?" may be answered from the pregnancy section): the line leads the answer.
ALWAYS_IF_ABOVE = {vitamin_d_line: vitamin_d_verdict, calcium_dose_line: calcium_verdict}


def stated_lines(figures: tuple[str, ...], question: str, profile: Profile | None = None) -> list[str]:
    """What the user's own figures mean, for the figures an answer's sections carry, and any stated vitamin D
    or calcium dose above its upper limit."""
    lines = []
    makers = dict.fromkeys(STATED[f] for f in figures if f in STATED)
    for make in makers:
        line = make(question) if make is label_line else make(question, profile)
        if line:
            lines.append(line)
    for make, verdict_of in ALWAYS_IF_ABOVE.items():
        if make not in makers:
            verdict = verdict_of(question, profile)
            if verdict and verdict[1]:
                lines.insert(0, verdict[0])
    return lines
