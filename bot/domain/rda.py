"""Magnesium Recommended Dietary Allowances (IOM 1997, as tabulated by NIH ODS).

Pure data and lookups: no I/O, no framework imports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DAILY_VALUE_MG = 420  # US label Daily Value for adults and children >= 4 years


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class LifeStage(StrEnum):
    NONE = "none"
    PREGNANT = "pregnant"
    LACTATING = "lactating"


@dataclass(frozen=True)
class AgeBand:
    key: str
    label: str
    low: int  # inclusive, years (0 for infants)
    high: int | None  # inclusive, years; None = open-ended
    male: int
    female: int
    pregnant: int | None = None
    lactating: int | None = None


# mg/day; the two infant rows are Adequate Intakes.
AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("0-6m", "0–6 months", 0, 0, 30, 30),
    AgeBand("7-12m", "7–12 months", 0, 0, 75, 75),
    AgeBand("1-3", "1–3 years", 1, 3, 80, 80),
    AgeBand("4-8", "4–8 years", 4, 8, 130, 130),
    AgeBand("9-13", "9–13 years", 9, 13, 240, 240),
    AgeBand("14-18", "14–18 years", 14, 18, 410, 360, 400, 360),
    AgeBand("19-30", "19–30 years", 19, 30, 400, 310, 350, 310),
    AgeBand("31-50", "31–50 years", 31, 50, 420, 320, 360, 320),
    AgeBand("51+", "51 years and older", 51, None, 420, 320),
)
BANDS_BY_KEY = {band.key: band for band in AGE_BANDS}
# The bands offered on the onboarding keyboard (children are set by a parent through /profile too).
ADULT_BAND_KEYS = ("14-18", "19-30", "31-50", "51+")

# Tolerable Upper Intake Level for supplemental magnesium only (none for food).
UPPER_LIMITS_MG = (("1-3", 65), ("4-8", 110), ("9+", 350))


def band_for_age(age_years: int) -> AgeBand | None:
    """The age band containing a whole-years age (ages under 1 map to the 7–12 month band)."""
    if age_years < 0 or age_years > 130:
        return None
    if age_years == 0:
        return BANDS_BY_KEY["7-12m"]
    for band in AGE_BANDS[2:]:
        if band.low <= age_years and (band.high is None or age_years <= band.high):
            return band
    return None


def rda_mg(
    sex: Sex | str | None, age_band: str | None, life_stage: LifeStage | str | None = None
) -> int | None:
    """The RDA for a profile, or None when the profile is incomplete."""
    band = BANDS_BY_KEY.get(age_band or "")
    if band is None or sex is None:
        return None
    sex = Sex(sex)
    stage = LifeStage(life_stage or LifeStage.NONE)
    if sex is Sex.FEMALE and stage is LifeStage.PREGNANT and band.pregnant is not None:
        return band.pregnant
    if sex is Sex.FEMALE and stage is LifeStage.LACTATING and band.lactating is not None:
        return band.lactating
    return band.male if sex is Sex.MALE else band.female


def daily_goal_mg(
    sex: Sex | str | None,
    age_band: str | None,
    life_stage: LifeStage | str | None = None,
    override_mg: int | None = None,
) -> int:
    """The user's goal: their own override, else the RDA for their profile, else the label Daily Value."""
    if override_mg:
        return override_mg
    return rda_mg(sex, age_band, life_stage) or DAILY_VALUE_MG


def upper_limit_mg(age_years: int) -> int | None:
    """The UL for supplemental magnesium; None under 1 year (not established)."""
    if age_years < 1:
        return None
    if age_years <= 3:
        return 65
    if age_years <= 8:
        return 110
    return 350


@dataclass(frozen=True)
class Profile:
    """What the bot knows about a user for personal answers (all optional)."""

    sex: str | None = None  # Sex value
    age_band: str | None = None  # AgeBand.key
    life_stage: str | None = None  # LifeStage value
    goal_override_mg: int | None = None
