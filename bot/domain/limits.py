"""Calcium and vitamin D goals, and the Tolerable Upper Intake Levels (ULs) of magnesium, calcium and
vitamin D, by the age bands of `bot.domain.rda` (IOM 1997 for magnesium; IOM 2011 for calcium and
vitamin D). Pure data and lookups.

* Magnesium: the UL covers supplemental magnesium only (supplements and medicines, not food).
* Calcium and vitamin D: the UL covers intake from all sources (food and supplements), so the day's total
  is compared.
* An unknown age band uses the adult value: 350 mg magnesium, 2,000 mg calcium (the lower adult UL, to
  be on the safe side), 4,000 IU vitamin D. Goals for an incomplete profile are the US label Daily Values
  (calcium 1,300 mg, vitamin D 20 µg = 800 IU), as for magnesium.
"""

from __future__ import annotations

from dataclasses import dataclass

IU_PER_UG = 40.0

# Recommended intakes: (male, female) per band; vitamin D in µg (15 µg = 600 IU, 20 µg = 800 IU).
# The "51+" band covers 51–70 and 71+: calcium 1,000 mg for men 51–70 (1,200 from 71), 1,200 mg for women;
# vitamin D 15 µg to age 70 (20 µg from 71). Infants: Adequate Intakes.
CALCIUM_RDA_MG = {
    "0-6m": (200, 200),
    "7-12m": (260, 260),
    "1-3": (700, 700),
    "4-8": (1000, 1000),
    "9-13": (1300, 1300),
    "14-18": (1300, 1300),
    "19-30": (1000, 1000),
    "31-50": (1000, 1000),
    "51+": (1000, 1200),
}
VITAMIN_D_RDA_UG = {
    "0-6m": (10, 10),
    "7-12m": (10, 10),
    "1-3": (15, 15),
    "4-8": (15, 15),
    "9-13": (15, 15),
    "14-18": (15, 15),
    "19-30": (15, 15),
    "31-50": (15, 15),
    "51+": (15, 15),
}
CALCIUM_DAILY_VALUE_MG = 1300
VITAMIN_D_DAILY_VALUE_UG = 20

# Upper limits per band. Magnesium: supplemental only; None = not established (infants).
MAGNESIUM_UL_MG = {"0-6m": None, "7-12m": None, "1-3": 65, "4-8": 110}
MAGNESIUM_UL_DEFAULT_MG = 350  # 9 years and over, pregnancy and lactation included; unknown age
CALCIUM_UL_MG = {
    "0-6m": 1000,
    "7-12m": 1500,
    "1-3": 2500,
    "4-8": 2500,
    "9-13": 3000,
    "14-18": 3000,
    "19-30": 2500,
    "31-50": 2500,
    "51+": 2000,
}
CALCIUM_UL_DEFAULT_MG = 2000
VITAMIN_D_UL_UG = {"0-6m": 25.0, "7-12m": 37.5, "1-3": 62.5, "4-8": 75.0}  # 1,000 / 1,500 / 2,500 / 3,000 IU
VITAMIN_D_UL_DEFAULT_UG = 100  # 4,000 IU from 9 years


@dataclass(frozen=True)
class Limit:
    nutrient: str  # magnesium | calcium | vitamin_d
    value: float  # mg, or µg for vitamin D
    supplemental_only: bool  # True: compare supplements only (magnesium); False: the whole day


def _by_sex(table: dict[str, tuple[int, int]], sex: str | None, band: str | None) -> int | None:
    row = table.get(band or "")
    if row is None or sex not in ("male", "female"):
        return None
    return row[0] if sex == "male" else row[1]


def calcium_goal_mg(sex: str | None, age_band: str | None) -> int:
    return _by_sex(CALCIUM_RDA_MG, sex, age_band) or CALCIUM_DAILY_VALUE_MG


def vitamin_d_goal_ug(sex: str | None, age_band: str | None) -> int:
    return _by_sex(VITAMIN_D_RDA_UG, sex, age_band) or VITAMIN_D_DAILY_VALUE_UG


def upper_limits(age_band: str | None) -> tuple[Limit, ...]:
    """The ULs that apply to a user of `age_band` (None = unknown: adult values)."""
    limits = []
    magnesium = MAGNESIUM_UL_MG.get(age_band or "", MAGNESIUM_UL_DEFAULT_MG)
    if magnesium is not None:
        limits.append(Limit("magnesium", float(magnesium), True))
    limits.append(Limit("calcium", float(CALCIUM_UL_MG.get(age_band or "", CALCIUM_UL_DEFAULT_MG)), False))
    limits.append(
        Limit("vitamin_d", float(VITAMIN_D_UL_UG.get(age_band or "", VITAMIN_D_UL_DEFAULT_UG)), False)
    )
    return tuple(limits)


def over_limits(
    age_band: str | None, supplemental: dict[str, float], total: dict[str, float]
) -> tuple[tuple[Limit, float], ...]:
    """(limit, amount) for each UL the day exceeds; `supplemental` and `total` by nutrient name."""
    out = []
    for limit in upper_limits(age_band):
        amount = (supplemental if limit.supplemental_only else total).get(limit.nutrient, 0.0)
        if amount > limit.value + 1e-9:
            out.append((limit, amount))
    return tuple(out)
