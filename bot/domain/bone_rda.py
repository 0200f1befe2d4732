"""Calcium and vitamin D Recommended Dietary Allowances (IOM 2011, as tabulated by NIH ODS).

Pure data and lookups: no I/O, no framework imports.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    low: int  # inclusive, years
    high: int | None  # inclusive, years; None = open-ended
    male: int
    female: int
    pregnant: int | None = None  # pregnancy and breastfeeding share the value


# Calcium, mg/day (infants: Adequate Intake 200 mg to 6 months, 260 mg 7-12 months).
CALCIUM_MG: tuple[Row, ...] = (
    Row(1, 3, 700, 700),
    Row(4, 8, 1000, 1000),
    Row(9, 18, 1300, 1300, 1300),
    Row(19, 50, 1000, 1000, 1000),
    Row(51, 70, 1000, 1200),
    Row(71, None, 1200, 1200),
)
# Vitamin D, IU/day (40 IU = 1 mcg; infants: Adequate Intake 400 IU).
VITAMIN_D_IU: tuple[Row, ...] = (
    Row(1, 70, 600, 600, 600),
    Row(71, None, 800, 800),
)


# Upper limits from all sources (IOM 2011, as knowledge/calcium-and-vitamin-d.md states them): calcium
# 2,500 mg a day at 1-8, 3,000 mg at 9-18, 2,500 mg at 19-50 and 2,000 mg from 51; vitamin D 2,500 IU at
# 1-3, 3,000 IU at 4-8 and 4,000 IU from age 9. Infants: not stated here.
CALCIUM_UL_MG: tuple[Row, ...] = (
    Row(1, 8, 2500, 2500),
    Row(9, 18, 3000, 3000, 3000),
    Row(19, 50, 2500, 2500, 2500),
    Row(51, None, 2000, 2000),
)
VITAMIN_D_UL_IU: tuple[Row, ...] = (
    Row(1, 3, 2500, 2500),
    Row(4, 8, 3000, 3000),
    Row(9, None, 4000, 4000, 4000),
)


def lookup(table: tuple[Row, ...], age: int) -> Row | None:
    for row in table:
        if row.low <= age and (row.high is None or age <= row.high):
            return row
    return None
