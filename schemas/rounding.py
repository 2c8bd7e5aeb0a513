"""How far apart honest printed figures may be.

A figure printed in thousands or millions is a rounding: it may be off by half a unit of
its last printed digit. A total that was rounded on its own may therefore differ from
the sum of its n rounded components by up to (n+1)/2 units without anyone having made a
mistake, and the same figure printed in two tables may differ by one unit. Counts
(posts, applications) are not rounded, so they must agree exactly.
"""
from __future__ import annotations

import math
import re

# Monetary units and their size in francs, so figures printed in different units compare.
MONEY = {"CHF": 1.0, "kCHF": 1e3, "CHFm": 1e6}
# Units whose figures are exact: any difference is an error.
EXACT = frozenset({"count"})
UNITS = ("kCHF", "CHF", "CHFm", "percent", "count", "number")

STATUSES = ("pass", "rounding", "fail")

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def decimals(raw: str) -> int | None:
    """Digits printed after the decimal point; None when no digit is printed ('-', 'n/a'),
    whose precision then comes from the other figures of the same check."""
    match = _NUMBER.search(raw or "")
    if match is None:
        return None
    return len(match.group(1) or "")


def half_unit(raw: str, unit: str) -> float | None:
    """The most a printed figure can be off from the value it rounds (in its own unit)."""
    if unit in EXACT:
        return 0.0
    places = decimals(raw)
    return None if places is None else 0.5 * 10.0 ** -places


def known_halves(halves: list[float | None], exact: bool = False) -> list[float]:
    """Fill the unknown precision of '-' cells with the coarsest precision of their
    neighbours in the check: a '-' stands for a value that rounds to nothing."""
    if exact:
        return [0.0 for _ in halves]
    known = [h for h in halves if h is not None]
    default = max(known) if known else 0.5
    return [default if h is None else h for h in halves]


def factor(unit: str, to_unit: str) -> float | None:
    """Multiplier from one unit to another; None when they measure different things."""
    if unit == to_unit:
        return 1.0
    if unit in MONEY and to_unit in MONEY:
        return MONEY[unit] / MONEY[to_unit]
    # Unit-less figures (count, number) compare with each other as plain numbers.
    if {unit, to_unit} <= {"count", "number"}:
        return 1.0
    return None


def judge(difference: float, tolerance: float, exact_band: float = 0.0,
          scale: float = 1.0) -> str:
    """pass within `exact_band` (0: equal), rounding within `tolerance`, else fail.

    The epsilon only absorbs binary floating point error, relative to the figures' size.
    """
    eps = 1e-9 * max(1.0, abs(scale))
    if not math.isfinite(difference):
        return "fail"
    if abs(difference) <= exact_band + eps:
        return "pass"
    if abs(difference) <= tolerance + eps:
        return "rounding"
    return "fail"
