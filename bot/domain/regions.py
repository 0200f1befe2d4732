"""Regional measures: which pint a person means, read from their time zone.

A pint is 568 ml in the UK and Ireland (imperial pint) and 473 ml in the US (US liquid pint). Pure
domain code: the caller passes the user's IANA time zone.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

PINT_ML: Mapping[str, float] = MappingProxyType({"UK": 568.261, "US": 473.176})
DEFAULT_REGION = "US"
# Time zones where a pint is the imperial pint (the UK, Ireland and the Crown dependencies).
UK_PINT_TIME_ZONES = frozenset(
    {
        "Europe/London",
        "Europe/Dublin",
        "Europe/Belfast",
        "Europe/Guernsey",
        "Europe/Jersey",
        "Europe/Isle_of_Man",
        "GB",
        "GB-Eire",
        "Eire",
    }
)


def region_for_timezone(timezone: str | None) -> str:
    """ "UK" for a UK or Irish time zone (imperial pint), else "US"."""
    return "UK" if (timezone or "").strip() in UK_PINT_TIME_ZONES else DEFAULT_REGION


def pint_ml(region: str | None) -> float:
    """Millilitres in one pint for ``region`` ("UK" or "US"; anything else counts as US)."""
    return PINT_ML.get(region or DEFAULT_REGION, PINT_ML[DEFAULT_REGION])
