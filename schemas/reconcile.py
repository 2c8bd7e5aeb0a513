"""Cross-table reconciliation: rules of schemas/rules/reconciliation.csv.

A rule names figures by table id, row id and column selector. Within a rule (and one
binding of its placeholders), every '=' figure must equal the first one found, the
anchor; the '+'/'-' figures must add up to the anchor; '%' must be 100 × num / den.

A figure that cannot be found does not fail the rule: the table may be missing from an
edition, or ids not filled in yet. Only figures that exist are compared; what could not
run is listed in `skipped`, so a rule that silently never runs is visible.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from schemas.result import Check, equal_check, percent_check, sum_check
from schemas.rules import Reconciliation, Reference, bindings, substitute
from schemas.selectors import only, select_columns, select_rows
from schemas.tables import Figure, TableView


@dataclass
class _Resolved:
    figure: Figure | None
    absent: bool              # the entity has no row in a table that has ids: counts as 0
    reason: str = ""


def _resolve(tables: dict[str, TableView], ref: Reference, binding: dict[str, str]) -> _Resolved:
    table_id = substitute(ref.table, binding)
    table = tables.get(table_id)
    if table is None:
        return _Resolved(None, False, f"no table {table_id}")
    row_selector, column_selector = substitute(ref.row, binding), substitute(ref.column, binding)
    column = only(select_columns(table, column_selector))
    if column is None:
        return _Resolved(None, False, f"{table_id}: no single column {column_selector!r}")
    rows = select_rows(table, row_selector)
    row = only(rows)
    if row is None:
        # An id selector finds nothing in a table whose rows carry ids: the entity is not
        # in this table (a sector without that expected result) and contributes nothing.
        has_ids = any(r.row_id for r in table.rows)
        absent = not rows and has_ids and not row_selector.startswith("label:")
        return _Resolved(None, absent, f"{table_id}: no single row {row_selector!r}")
    figure = row.cells.get(column.index)
    if figure is None:
        return _Resolved(None, False, f"{table_id}: blank cell {row_selector!r} / {column_selector!r}")
    return _Resolved(figure, False)


@dataclass
class Outcome:
    checks: list[Check] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _label(binding: dict[str, str]) -> str:
    return ",".join(binding.values())


def _one_binding(tables: dict[str, TableView], rule: Reconciliation,
                 binding: dict[str, str]) -> tuple[list[Check], list[str]]:
    resolved = [(ref, _resolve(tables, ref, binding)) for ref in rule.references]
    base = f"{rule.rule}" + (f"[{_label(binding)}]" if binding else "")
    checks: list[Check] = []
    reasons = [r.reason for _, r in resolved if r.figure is None and r.reason]
    what = f"{base}: "

    equals = [(ref, r.figure) for ref, r in resolved if ref.role == "=" and r.figure]
    anchor = equals[0][1] if equals else None
    used: dict[str, int] = {}

    def check_id(kind: str, table_id: str) -> str:
        used[table_id] = used.get(table_id, 0) + 1
        suffix = "" if used[table_id] == 1 else f"#{used[table_id]}"
        return f"{kind}:{base}:{table_id}{suffix}"

    for _, figure in equals[1:]:
        checks.append(equal_check(check_id("cross_table", figure.table_id), anchor, figure, what))

    terms = [(ref, r) for ref, r in resolved if ref.role in "+-"]
    if terms and anchor is not None:
        if all(r.figure or r.absent for _, r in terms) and any(r.figure for _, r in terms):
            figures = [r.figure for _, r in terms if r.figure]
            signs = [1 if ref.role == "+" else -1 for ref, r in terms if r.figure]
            absent = sum(r.absent for _, r in terms)
            checks.append(sum_check(check_id("cross_table", "sum"), "cross_table", anchor,
                                    figures, signs, blanks=absent, what=what))

    roles = {ref.role: r.figure for ref, r in resolved if ref.role in ("%", "num", "den")}
    if "%" in roles:
        if all(roles.get(k) for k in ("%", "num", "den")):
            check = percent_check(f"percent:{base}", roles["%"], roles["num"], roles["den"],
                                  what=what)
            if check is not None:
                checks.append(check)
    return checks, reasons


def reconciliation_checks(tables: dict[str, TableView], rules: list[Reconciliation],
                          domains: dict[str, list[str]]) -> Outcome:
    outcome = Outcome()
    for rule in rules:
        ran = 0
        reasons: list[str] = []
        for binding in bindings(rule.for_each, domains):
            checks, why = _one_binding(tables, rule, binding)
            outcome.checks.extend(checks)
            ran += bool(checks)
            reasons.extend(why)
        if not ran:
            first = reasons[0] if reasons else "fewer than two figures found"
            outcome.skipped.append(f"{rule.rule}: never ran ({first})")
    return outcome
