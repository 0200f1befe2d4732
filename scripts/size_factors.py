"""Recompute SERVING_SIZE_FACTORS (bot/domain/foods.py): for each FNDDS 2017-2018 food with both a "1 small"
(or "1 large") portion and a "Quantity not specified" one, the ratio of the two; the median over the foods.

Usage: python scripts/size_factors.py [../shared/data]
"""

from __future__ import annotations

import csv
import statistics
import sys
from collections import defaultdict
from pathlib import Path


def size_factors(data: Path) -> dict[str, tuple[float, int]]:
    portions: dict[str, dict[str, float]] = defaultdict(dict)
    with (data / "usda_fndds_2017_2018_portions.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            portions[row["food_code"]][row["portion"].strip().lower()] = float(row["grams"])
    out: dict[str, tuple[float, int]] = {}
    for size in ("small", "medium", "large"):
        ratios = [
            p[f"1 {size}"] / p["quantity not specified"]
            for p in portions.values()
            if p.get("quantity not specified") and f"1 {size}" in p
        ]
        out[size] = (round(statistics.median(ratios), 2), len(ratios))
    return out


if __name__ == "__main__":
    root = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    )
    for size, (factor, n) in size_factors(root).items():
        print(f"{size}: {factor} (median over {n} foods)")
