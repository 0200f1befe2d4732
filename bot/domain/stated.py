"""Figures the user states, set against the reference the answer gives: a vitamin D dose ("i take 5000iu")
against the vitamin D upper limit, and a label's two magnesium amounts ("magnesium citrate 1000mg (providing
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


def vitamin_d_line(question: str, profile: Profile | None = None) -> str | None:
    """The stated vitamin D dose against the upper limit for the person (4,000 IU from age 9)."""
    dose = vitamin_d_dose_iu(question)
    if dose is None:
        return None
    person = person_for(question, profile)
    age = person.age if person.age is not None else (person.band.low if person.band is not None else 19)
    row = bone_rda.lookup(bone_rda.VITAMIN_D_UL_IU, age)
    if row is None:
        return None  # a young child: the limit is lower and not tabulated here
    limit = row.male
    said = f"{dose:,} IU ({dose / IU_PER_MCG:g} mcg) a day"
    if dose > limit:
        return (
            f"You mention {said}: that is above the upper limit of {limit:,} IU ({limit // IU_PER_MCG} mcg) "
            "a day for everyone aged 9 and over. Higher doses are sometimes prescribed for a while to treat a "
            "deficiency, under a doctor's care; otherwise talk to your doctor about lowering it."
        )
    return f"You mention {said}: that is within the upper limit of {limit:,} IU ({limit // IU_PER_MCG} mcg) a day."


def label_line(question: str) -> str | None:
    """A label's compound weight and elemental magnesium, when the question states both amounts."""
    amounts = sorted({_number(m.group(1)) for m in _MG_RE.finditer(question)})
    if len(amounts) != 2:
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


STATED = {"vitamin-d": vitamin_d_line, "vitamin-d-limit": vitamin_d_line, "label": label_line}


def stated_lines(figures: tuple[str, ...], question: str, profile: Profile | None = None) -> list[str]:
    """What the user's own figures mean, for the figures an answer's sections carry."""
    lines = []
    for make in dict.fromkeys(STATED[f] for f in figures if f in STATED):
        line = make(question, profile) if make is vitamin_d_line else make(question)
        if line:
            lines.append(line)
    return lines
