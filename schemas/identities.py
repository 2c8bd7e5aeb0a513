"""Identities declared in schemas/rules/identities.csv, applied inside one table.

They cover what labels alone cannot reveal: columns that add up without a total word
(附件一: 计划和预算 + 调剂使用总净额 = 最终预算), rows that are differences rather than sums
(表1: 经营成果 = 收入 − 支出), and percents against the ratio they describe.
"""
from __future__ import annotations

from schemas.result import Check, percent_check, sum_check
from schemas.rules import Identity
from schemas.selectors import only, select_columns, select_rows
from schemas.tables import Column, Figure, Row, TableView


def _lines(table: TableView, rule: Identity) -> list[Row] | list[Column]:
    """The rows (axis row) or columns (axis column) the rule is applied along."""
    if rule.axis == "row":
        left_out = {r.index for s in rule.exceptions for r in select_rows(table, s)}
        return [r for r in table.rows if r.index not in left_out]
    left_out = {c.index for s in rule.exceptions for c in select_columns(table, s)}
    return [c for c in table.columns if c.index not in left_out]


def _select(table: TableView, rule: Identity, selector: str) -> list[int]:
    """Indices the selector names across the rule's axis (columns for axis row)."""
    if rule.axis == "row":
        return [c.index for c in select_columns(table, selector)]
    return [r.index for r in select_rows(table, selector)]


def _cell(table: TableView, rule: Identity, line: Row | Column, across: int) -> Figure | None:
    if rule.axis == "row":
        return line.cells.get(across)  # type: ignore[union-attr]
    row = table.row(across)
    return row.cells.get(line.index) if row else None


def _ratio_column(table: TableView, rule: Identity, index: int) -> bool | None:
    """Whether a column holds percents (axis row); None when the rule names rows."""
    if rule.axis != "row":
        return None
    column = table.column(index)
    return bool(column and column.percent)


def _is_percent_target(table: TableView, rule: Identity, index: int, cell: Figure) -> bool:
    if cell.unit == "percent":
        return True
    column = table.column(index if rule.axis == "row" else cell.column_index)
    return bool(column and column.percent)


def _sum_checks(table: TableView, rule: Identity) -> list[Check]:
    target = only(_select(table, rule, rule.target))
    plus = [i for s in rule.plus for i in _select(table, rule, s)]
    minus = [i for s in rule.minus for i in _select(table, rule, s)]
    if target is None or not plus or target in plus + minus:
        return []
    kind = "row_sum" if rule.axis == "row" else "column_sum"
    checks = []
    for line in _lines(table, rule):
        total = _cell(table, rule, line, target)
        if total is None or _is_percent_target(table, rule, target, total):
            continue
        parts, signs = [], []
        for indices, sign in ((plus, 1), (minus, -1)):
            for index in indices:
                cell = _cell(table, rule, line, index)
                if cell is not None and cell.unit != "percent":
                    parts.append(cell)
                    signs.append(sign)
        if not parts:
            continue
        where = f"row{line.index}" if rule.axis == "row" else f"col{line.index}"
        checks.append(sum_check(f"{kind}:{table.table_id}:{rule.rule}:{where}", kind, total,
                                parts, signs, blanks=len(plus) + len(minus) - len(parts),
                                what=f"{rule.rule}: "))
    return checks


def _dash_half(cells: list[Figure]) -> float:
    """Precision of a '-' percent: that of the other percents beside it (most common)."""
    halves = [c.half for c in cells if c.half is not None]
    return max(set(halves), key=halves.count) if halves else 0.5


def _percent_run(table: TableView, rule: Identity, target: int, numerator: int,
                 denominator: int, fixed: Row | Column | None) -> list[Check]:
    lines = _lines(table, rule)
    dash_half = _dash_half([c for line in lines
                            if (c := _cell(table, rule, line, target)) is not None])
    checks = []
    for line in lines:
        percent = _cell(table, rule, line, target)
        num = _cell(table, rule, line, numerator)
        den = _cell(table, rule, fixed or line, denominator)
        if percent is None or num is None or den is None:
            continue
        if not _is_percent_target(table, rule, target, percent):
            continue  # the header names a percent but the cells are amounts: labels shifted
        if num.unit == "percent" or den.unit == "percent":
            continue
        where = f"row{line.index}" if rule.axis == "row" else f"col{line.index}"
        check = percent_check(f"percent:{table.table_id}:{rule.rule}:{where}", percent, num,
                              den, offset=rule.offset, what=f"{rule.rule}: ",
                              dash_half=dash_half)
        if check is not None:
            checks.append(check)
    return checks


def _percent_checks(table: TableView, rule: Identity) -> list[Check]:
    """Percents against their ratio. The denominator may have candidates (';'): a table's
    footnote decides whether utilisation is measured against the final or the approved
    budget (表5 final, 表6 approved), so the candidate that holds in most lines is used."""
    target = only(_select(table, rule, rule.target))
    numerator = only([i for s in rule.plus for i in _select(table, rule, s)])
    if target is None or numerator is None or _ratio_column(table, rule, target) is False \
            or _ratio_column(table, rule, numerator):
        # Headers shifted against their cells (some CMP deliverable tables): the column
        # named 支出 holds the percents. Checking it would compare unrelated figures.
        return []
    # The denominator may sit on another line: the share of the 总计 row (附件七).
    fixed = None
    if rule.denominator_at:
        lines = (select_rows(table, rule.denominator_at) if rule.axis == "row"
                 else select_columns(table, rule.denominator_at))
        fixed = only(lines)
        if fixed is None:
            return []
    best: tuple[int, list[Check]] | None = None
    for candidate in _split_candidates(rule.denominator):
        denominator = only(_select(table, rule, candidate))
        # Numerator and denominator share a column only for a share of another line.
        if denominator is None or denominator == target or (denominator == numerator and not fixed) \
                or _ratio_column(table, rule, denominator):
            continue
        checks = _percent_run(table, rule, target, numerator, denominator, fixed)
        passed = sum(c.status != "fail" for c in checks)
        if checks and (best is None or passed > best[0]):
            best = (passed, checks)
    return best[1] if best else []


def _split_candidates(selectors: str) -> list[str]:
    return [s.strip() for s in selectors.split(";") if s.strip()]


def identity_checks(tables: dict[str, TableView], rules: list[Identity]) -> list[Check]:
    checks: list[Check] = []
    for rule in rules:
        for table_id, table in tables.items():
            if not rule.tables.fullmatch(table_id):
                continue
            run = _sum_checks if rule.kind == "sum" else _percent_checks
            checks.extend(run(table, rule))
    return checks
