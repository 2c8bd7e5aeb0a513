"""Sums inside one table, found from its labels and ids rather than declared per edition.

Down a column: a total row (小计/合计/共计/总计 or the id SUBTOTAL/TOTAL) closes the rows
above it. Which rows depends on how the table nests its sections, and printed tables
nest them in a few recurring ways; the labels alone cannot tell them apart, so each total
gets a short list of structural candidates, most natural first:

  A  the rows since the previous total of the same or a higher level, lower totals
     standing for the rows they closed (T5's 总计; T6's 总计 over A 项共计 + B 项共计);
  D  the same, but only below the last heading row (附件六: '小计, 直接' must not take in the
     income row printed above the 支出 heading);
  B  when it follows totals of its own level directly: those totals (T6's 'B 项小计' over
     the section 小计 rows);
  C  a running total: the previous total plus the rows after it (T6's 'A 项共计' =
     'A 项小计' + 未分拨).

The candidate that holds in a strict majority of the table's columns is the structure; a
wrong figure spoils one column, not the structure, so it still fails where it is. When no
candidate holds in a majority, A (else the first non-empty one) is reported.

Across a row: a total column (leaf label 总计/合计/…总额, or the id TOTAL) is the sum of the
contiguous columns just left of it; how many is decided the same way, by the run that holds
in most rows (表4: the eight sector columns; 附件四: 人事 + 非人事, not the budgets before).
A biennium column ('2022/23 年') is the sum of its two year columns ('2022 年', '2023 年').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from schemas.result import Check, sum_check
from schemas.tables import Column, Row, TableView


@dataclass
class _Item:
    row: Row
    level: int  # 0 for an ordinary row, else the level of the total it is


def _candidates(items: list[_Item], total: Row) -> list[tuple[str, list[_Item]]]:
    level = total.level
    # A: back to the previous total of the same or a higher level.
    a: list[_Item] = []
    for item in reversed(items):
        if item.level >= level:
            break
        a.insert(0, item)
    # D: A below the last heading; nothing when a heading is printed right above the total.
    d: list[_Item] = []
    if not total.after_gap:
        d = list(a)
        for position in range(len(a) - 1, -1, -1):
            if a[position].row.after_gap:
                d = a[position:]
                break
    # B: a run of totals of this level directly above (no heading in between).
    b: list[_Item] = []
    if not a and not total.after_gap:
        for item in reversed(items):
            if item.level == 0 or item.level > level:
                break
            b.insert(0, item)
    # C: the previous total (any level) and the ordinary rows after it.
    c: list[_Item] = []
    for item in reversed(items):
        c.insert(0, item)
        if item.level > 0:
            break
    if not c or c[0].level == 0 or len(c) < 2:
        c = []
    found: list[tuple[str, list[_Item]]] = []
    for name, rows in (("A", a), ("D", d), ("B", b if len(b) >= 2 else []), ("C", c)):
        if rows and all(rows != other for _, other in found):
            found.append((name, rows))
    return found


def _column_check(table: TableView, total: Row, column: Column, parts: list[Row]) -> Check | None:
    cell = total.cells.get(column.index)
    if cell is None or cell.unit == "percent":
        return None
    # A ratio printed in an amount column (表7's 百分比 row) is never part of a sum.
    figures = [r.cells[column.index] for r in parts
               if column.index in r.cells and r.cells[column.index].unit != "percent"]
    if not figures:
        return None
    blanks = len(parts) - len(figures)
    rows = ", ".join(str(r.index) for r in parts)
    return sum_check(f"column_sum:{table.table_id}:col{column.index}:row{total.index}",
                     "column_sum", cell, figures, blanks=blanks,
                     what=f"total of rows {rows}: ")


def column_sums(table: TableView) -> list[Check]:
    """Every total row of the table against its component rows, column by column."""
    columns = [c for c in table.columns if not c.percent]
    items: list[_Item] = []
    checks: list[Check] = []
    for row in table.rows:
        if row.level == 0:
            items.append(_Item(row, 0))
            continue
        chosen: tuple[str, list[_Item]] | None = None
        results: list[Check] = []
        candidates = _candidates(items, row)
        for name, parts in candidates:
            trial = [c for c in (_column_check(table, row, col, [p.row for p in parts])
                                 for col in columns) if c is not None]
            passed = sum(c.status != "fail" for c in trial)
            if trial and 2 * passed > len(trial):
                chosen, results = (name, parts), trial
                break
        if chosen is None and candidates:
            name, parts = candidates[0]
            results = [c for c in (_column_check(table, row, col, [p.row for p in parts])
                                   for col in columns) if c is not None]
            chosen = (name, parts) if results else None
        level = row.level
        if chosen is not None:
            name, parts = chosen
            checks.extend(results)
            items = [i for i in items if all(i is not p for p in parts)]
            closed = max((p.level for p in parts), default=0)
            level = max(level, closed + (1 if name == "B" else 0))
        items.append(_Item(row, level))
    return checks


def _row_check(table: TableView, row: Row, total: Column, parts: list[Column]) -> Check | None:
    cell = row.cells.get(total.index)
    if cell is None or cell.unit == "percent":
        return None
    figures = [row.cells[c.index] for c in parts if c.index in row.cells]
    if not figures or any(f.unit == "percent" for f in figures):
        return None
    labels = " + ".join(c.leaf or str(c.index) for c in parts)
    return sum_check(f"row_sum:{table.table_id}:row{row.index}:col{total.index}", "row_sum",
                     cell, figures, blanks=len(parts) - len(figures),
                     what=f"columns {labels}: ")


def _best_run(table: TableView, total: Column, runs: list[list[Column]],
              after_total: int) -> list[Check]:
    """Checks of the run that holds in a strict majority of rows.

    The run that starts right after the previous total column is what the layout says,
    so it wins whenever it holds (附件五's 差异 / 合计 takes in its DG/DDG/ADG column of
    dashes, which a shorter run would leave unchecked); otherwise the run that holds in
    most rows, the shortest on a tie.
    """
    best: tuple[tuple[bool, int, int], list[Check]] | None = None
    for run in runs:
        trial = [c for c in (_row_check(table, r, total, run) for r in table.rows) if c]
        passed = sum(c.status != "fail" for c in trial)
        if not trial or 2 * passed <= len(trial):
            continue
        score = (run[0].index == after_total, passed, -len(run))
        if best is None or score > best[0]:
            best = (score, trial)
    return best[1] if best else []


def row_sums(table: TableView) -> list[Check]:
    """Every total column against the run of columns left of it that it adds up."""
    checks: list[Check] = []
    columns = table.columns
    for position, total in enumerate(columns):
        if total.percent or not total.is_total:
            continue
        runs: list[list[Column]] = []
        for start in range(position - 2, -1, -1):
            run = columns[start:position]
            if any(c.percent for c in run):
                break
            runs.append(run)
        # The first column after the previous total column (or the first column at all).
        previous = [c for c in columns[:position] if c.is_total and not c.percent]
        after = columns.index(previous[-1]) + 1 if previous else 0
        after_total = columns[after].index if after < position else -1
        checks.extend(_best_run(table, total, runs, after_total))
    return checks


_YEAR = re.compile(r"(\d{4})年")
_BIENNIUM = re.compile(r"(\d{4})/(\d{2})年")


def biennium_sums(table: TableView) -> list[Check]:
    """'2022/23 年' = '2022 年' + '2023 年': the two nearest year columns before it."""
    checks: list[Check] = []
    columns = table.columns
    for position, total in enumerate(columns):
        match = _BIENNIUM.fullmatch(total.leaf)
        if not match or total.percent:
            continue
        first = int(match.group(1))
        wanted = {first, first + 1}
        parts: dict[int, Column] = {}
        for column in reversed(columns[:position]):
            if _BIENNIUM.fullmatch(column.leaf):
                break  # the previous biennium's years are not ours
            year = _YEAR.fullmatch(column.leaf)
            if year and int(year.group(1)) in wanted and int(year.group(1)) not in parts:
                parts[int(year.group(1))] = column
        if set(parts) != wanted:
            continue
        run = [parts[first], parts[first + 1]]
        checks.extend(c for c in (_row_check(table, r, total, run) for r in table.rows) if c)
    return checks


def table_sums(table: TableView) -> list[Check]:
    """All generic sums of one table; a biennium total column is checked once."""
    checks = column_sums(table) + biennium_sums(table)
    seen = {c.check_id for c in checks}
    checks.extend(c for c in row_sums(table) if c.check_id not in seen)
    return checks
