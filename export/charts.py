"""Budget against expenditure as inline SVG bars, drawn from the facts.

The columns are found by label patterns, not positions, so that a later edition that adds
or moves a column still draws; a table or column that is absent gives no chart, not an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

import pandas as pd
from markupsafe import Markup


@dataclass(frozen=True)
class ChartSpec:
    title: str
    table_id: str
    row_ids: str                # regex the row_id must match whole
    budget: tuple[str, ...]     # column label regexes, tried in order
    spent: tuple[str, ...]


SPECS = (
    ChartSpec("By sector (T5)", "T5", r"(?!TOTAL$)[A-Z]+",
              budget=(r"调剂使用后最终预算$",), spent=(r"支出$",)),
    # A4 prints 2022/23年支出 over 人事 / 非人事 / 总计 and the parent reaches only the first
    # child's label, so the expenditure total is the bare 总计 column.
    ChartSpec("By expected result (A4)", "A4", r"ER\d+\.\d+",
              budget=(r"调剂使用后最终预算$",), spent=(r"支出$", r"(?:^|/ )总计$")),
)


@dataclass(frozen=True)
class Bar:
    key: str       # the canonical id, short enough for the axis
    label: str     # the printed row label, as a tooltip
    budget: float
    spent: float


@dataclass(frozen=True)
class Chart:
    spec: ChartSpec
    bars: list[Bar]
    unit: str
    budget_label: str
    spent_label: str


def _column(table: pd.DataFrame, patterns: tuple[str, ...]) -> tuple[int, str] | None:
    columns = table[["column_index", "column_label"]].drop_duplicates().sort_values("column_index")
    for pattern in patterns:
        for index, label in columns.itertuples(index=False):
            if re.search(pattern, str(label)):
                return int(index), str(label)
    return None


def chart_data(facts: pd.DataFrame, spec: ChartSpec) -> Chart | None:
    table = facts[facts["table_id"] == spec.table_id]
    budget, spent = _column(table, spec.budget), _column(table, spec.spent)
    if table.empty or budget is None or spent is None:
        return None
    rows = table[table["row_id"].fillna("").astype(str).str.fullmatch(spec.row_ids)]
    bars = []
    for (row_index, row_id), cells in rows.groupby(["row_index", "row_id"], sort=True):
        by_column = dict(zip(cells["column_index"], cells["value"]))
        bars.append(Bar(str(row_id), str(cells["row_label"].iloc[0]),
                        float(by_column.get(budget[0], 0.0)), float(by_column.get(spent[0], 0.0))))
    if not bars:
        return None
    units = rows[rows["column_index"].isin([budget[0], spent[0]])]["unit"].dropna().unique()
    return Chart(spec, bars, str(units[0]) if len(units) == 1 else "", budget[1], spent[1])


# Layout in pixels.
_WIDTH, _AXIS, _RIGHT, _BAR, _GAP, _TOP = 760, 96, 96, 9, 10, 34
BUDGET_COLOUR, SPENT_COLOUR = "#7c93b8", "#e07b39"


def chart_svg(chart: Chart) -> Markup:
    """Horizontal paired bars, one pair per row; every text escaped (labels come from the PDF)."""
    plot = _WIDTH - _AXIS - _RIGHT
    top = max([max(b.budget, b.spent) for b in chart.bars] + [1.0])
    step = 2 * _BAR + _GAP
    height = _TOP + len(chart.bars) * step + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_WIDTH} {height}" role="img" aria-label="{escape(chart.spec.title)}">',
        f'<g><title>{escape(chart.budget_label)}</title>'
        f'<rect x="{_AXIS}" y="6" width="12" height="10" fill="{BUDGET_COLOUR}"/>'
        f'<text x="{_AXIS + 16}" y="15">final budget (调剂使用后最终预算)</text></g>',
        f'<g><title>{escape(chart.spent_label)}</title>'
        f'<rect x="{_AXIS + plot // 2}" y="6" width="12" height="10" fill="{SPENT_COLOUR}"/>'
        f'<text x="{_AXIS + plot // 2 + 16}" y="15">expenditure (支出)</text></g>',
    ]
    for i, bar in enumerate(chart.bars):
        y = _TOP + i * step
        parts.append(f'<g><title>{escape(bar.key)} {escape(bar.label)}</title>'
                     f'<text x="{_AXIS - 6}" y="{y + _BAR + 4}" text-anchor="end">{escape(bar.key)}</text>')
        for offset, value, colour in ((0, bar.budget, BUDGET_COLOUR), (_BAR, bar.spent, SPENT_COLOUR)):
            width = max(0.0, value) / top * plot
            parts.append(f'<rect x="{_AXIS}" y="{y + offset}" width="{width:.1f}" height="{_BAR}" '
                         f'fill="{colour}"/><text x="{_AXIS + width + 4:.1f}" y="{y + offset + 8}" '
                         f'class="value">{value:,.0f}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))
