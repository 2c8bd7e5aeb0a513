"""One row of checks.csv, and the three comparisons every check reduces to: a sum, an
equality of the same figure printed twice, and a printed percent against its ratio.

Each comparison carries the tolerance it was judged with, so a reviewer can redo it by
hand from the row alone.
"""
from __future__ import annotations

from dataclasses import dataclass

from schemas.rounding import EXACT, factor, judge, known_halves
from schemas.tables import Figure

# extraction: a figure printed in a table that the reading left in no cell (extractors.orphans)
KINDS = ("row_sum", "column_sum", "percent", "cross_table", "schema", "extraction", "other")


@dataclass
class Check:
    check_id: str
    kind: str
    table_id: str
    page: int | None
    row_label: str
    column_label: str
    expected: float | None
    found: float | None
    difference: float | None
    tolerance: float | None
    status: str
    message: str
    cells: str = ""   # every figure the check read, 'T5:r9:c3;T4:r16:c1' (extension column)
    # Where the check points on `page` when no cell does (an orphan figure); extension columns.
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None

    def record(self) -> dict:
        # Shallow: every field is a scalar, and asdict's deep copy cost 0.1 s per edition.
        return dict(vars(self))


def cells_of(*figures: Figure) -> str:
    """The figures a check read, so a reviewer (and the tests) can tell what it involves."""
    return ";".join(f"{f.table_id}:r{f.row_index}:c{f.column_index}" for f in figures)


def _fmt(value: float) -> str:
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _exact(figures: list[Figure]) -> bool:
    return all(f.unit in EXACT for f in figures)


def _joined(values: list[str]) -> str:
    """Labels of the figures a check compares, each once, in order ('a | b')."""
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return " | ".join(seen)


def sum_check(check_id: str, kind: str, total: Figure, parts: list[Figure],
              signs: list[int] | None = None, blanks: int = 0, what: str = "") -> Check:
    """The printed `total` against the signed sum of the printed `parts`.

    Each part and the total are off by up to half a unit of their last digit, so the
    tolerance is the sum of those half units ((n+1)/2 units when all share one precision).
    Parts printed in another unit are converted to the total's unit first.
    """
    signs = signs or [1] * len(parts)
    exact = _exact([total, *parts])
    halves = known_halves([p.half for p in parts] + [total.half], exact)
    expected, tolerance = 0.0, halves[-1]
    for part, sign, half in zip(parts, signs, halves):
        to_total = factor(part.unit, total.unit)
        if to_total is None:
            return _unit_mismatch(check_id, kind, total, part)
        expected += sign * part.value * to_total
        tolerance += half * to_total
    difference = total.value - expected
    status = judge(difference, tolerance, scale=max(abs(total.value), abs(expected)))
    terms = " ".join(f"{'+' if s > 0 else '-'} {_fmt(p.value)}" for p, s in zip(parts, signs))
    note = f"; {blanks} component cell(s) printed blank, counted as 0" if blanks else ""
    tables = _joined([total.table_id, *(p.table_id for p in parts)])
    return Check(
        check_id, kind, tables, total.page,
        total.row_label if kind != "cross_table" else _joined([total.row_label, *(p.row_label for p in parts)]),
        total.column_label if kind != "cross_table" else _joined([total.column_label, *(p.column_label for p in parts)]),
        expected, total.value, difference, tolerance, status,
        f"{what}{total.where()} = {_fmt(total.value)}; sum of {len(parts)} figure(s) "
        f"{terms.lstrip('+ ')} = {_fmt(expected)}{note}"
        + ("" if kind != "cross_table" else "; from " + ", ".join(p.where() for p in parts)),
        cells_of(total, *parts),
    )


def equal_check(check_id: str, expected: Figure, found: Figure, what: str = "") -> Check:
    """The same figure printed in two places: each may be off by half a unit of its own
    last digit, so they may differ by the sum of both half units (one unit if alike)."""
    to_expected = factor(found.unit, expected.unit)
    if to_expected is None:
        return _unit_mismatch(check_id, "cross_table", expected, found)
    exact = _exact([expected, found])
    half_e, half_f = known_halves([expected.half, found.half], exact)
    value = found.value * to_expected
    difference = value - expected.value
    tolerance = half_e + half_f * to_expected
    status = judge(difference, tolerance, scale=max(abs(value), abs(expected.value)))
    return Check(
        check_id, "cross_table", _joined([found.table_id, expected.table_id]), found.page,
        _joined([found.row_label, expected.row_label]),
        _joined([found.column_label, expected.column_label]),
        expected.value, value, difference, tolerance, status,
        f"{what}{found.where()} = {found.raw} vs {expected.where()} = {expected.raw}"
        + ("" if to_expected == 1 else f" (converted {found.unit} → {expected.unit})"),
        cells_of(expected, found),
    )


def percent_check(check_id: str, percent: Figure, numerator: Figure, denominator: Figure,
                  offset: float = 0.0, kind: str = "percent", what: str = "",
                  dash_half: float = 0.5) -> Check | None:
    """A printed percent against 100 × numerator / denominator (+ offset, -100 for a change).

    pass: the percent is the ratio of the printed figures, rounded as printed; rounding:
    within what the rounding of numerator and denominator can move the ratio, plus half a
    unit of the percent. None when the denominator is, or may round from, zero.
    """
    to_den = factor(numerator.unit, denominator.unit)
    if to_den is None:
        return _unit_mismatch(check_id, kind, percent, numerator)
    exact = _exact([numerator, denominator])
    half_n, half_d = known_halves([numerator.half, denominator.half], exact)
    # A percent is always a rounding of its ratio; a '-' percent has the precision of its
    # column (`dash_half`), whole percents when nothing else is known.
    half_p = percent.half if percent.half is not None else dash_half
    num, den = numerator.value * to_den, denominator.value
    half_n *= to_den
    if abs(den) <= half_d or den == 0:
        return None
    ratio = 100.0 * num / den + offset
    corners = [100.0 * (num + a) / (den + b) + offset
               for a in (-half_n, half_n) for b in (-half_d, half_d)]
    tolerance = max(max(corners) - ratio, ratio - min(corners)) + half_p
    difference = percent.value - ratio
    status = judge(difference, tolerance, exact_band=half_p, scale=1.0)
    tables = _joined([percent.table_id, numerator.table_id, denominator.table_id])
    change = f" {offset:+g}" if offset else ""
    return Check(
        check_id, kind, tables, percent.page, percent.row_label, percent.column_label,
        ratio, percent.value, difference, tolerance, status,
        f"{what}{percent.where()} = {percent.raw}; 100 × {_fmt(numerator.value)} / "
        f"{_fmt(denominator.value)}{change} = {ratio:.4f}"
        + ("" if tables == percent.table_id else
           f"; numerator {numerator.where()}, denominator {denominator.where()}"),
        cells_of(percent, numerator, denominator),
    )


def _unit_mismatch(check_id: str, kind: str, a: Figure, b: Figure) -> Check:
    return Check(check_id, kind, _joined([a.table_id, b.table_id]), a.page, a.row_label,
                 a.column_label, None, None, None, None, "fail",
                 f"units differ: {a.where()} in {a.unit}, {b.where()} in {b.unit}",
                 cells_of(a, b))


def error_check(check_id: str, message: str) -> Check:
    """A check family that could not run at all: reported, never raised."""
    return Check(check_id, "other", "", None, "", "", None, None, None, None, "fail", message)
