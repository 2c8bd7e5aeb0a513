"""Facts regrouped as tables: the shape every consistency check walks over.

Facts are long (one row per numeric cell); sums and rules need rows, columns and their
labels, so each table is rebuilt once here and shared by all checks. Rows or columns that
hold no number are absent from facts; a jump in `row_index` therefore marks a heading
row (a section title such as 差旅、培训和补助金 in 表6).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from schemas.rounding import half_unit

_WHITE = re.compile(r"\s+")
# A total row by its printed label: 小计, 合计, 总计, 共计, possibly after a part letter
# ("A 项小计，不含未分拨", "B 项共计").
_TOTAL_WORD = re.compile(r"^(?:[A-Za-z]项)?(小计|合计|共计|总计)")
_WORD_LEVEL = {"小计": 1, "合计": 2, "共计": 2, "总计": 3}
_ID_LEVEL = {"SUBTOTAL": 1, "TOTAL": 3}
# A total column by its leaf label (the lowest header level): begins or ends with a total
# word ("总计", "合计", "含发展议程项目总计", "收入总额", "支出总额").
_TOTAL_COLUMN = re.compile(r"^(小计|合计|总计|共计)|(总计|合计|总额)$")
# Columns of ratios even when the cells carry no % sign (附件七: "2023 年份额 (%)").
_PERCENT_LABEL = re.compile(r"%|百分比|占比|份额|比率|利用率|利用情况")


def key(text: str) -> str:
    """Comparable form of a label: NFKC (full-width ，（） become , ( )) and no white space.

    Rule patterns are written against this form: 'A 项小计，不含未分拨' is 'A项小计,不含未分拨',
    and header levels are joined by a bare '/'.
    """
    return _WHITE.sub("", unicodedata.normalize("NFKC", text or ""))


def leaf(label: str) -> str:
    """The lowest header level of a column label ('2022/23年支出 / 人事' → '人事')."""
    return key(label.split(" / ")[-1]) if label else ""


def total_level(label_key: str, row_id: str) -> int:
    """0 for an ordinary row, else how high a total it is: 小计 1, 合计/共计 2, 总计 3.

    The printed word wins over the id, since the matcher gives 'A 项共计' the id SUBTOTAL
    while it closes a part of the table as a 共计 does.
    """
    match = _TOTAL_WORD.match(label_key)
    if match:
        return _WORD_LEVEL[match.group(1)]
    return _ID_LEVEL.get(row_id, 0)


@dataclass(frozen=True)
class Figure:
    """One printed number and where it is printed."""
    table_id: str
    page: int
    row_index: int
    row_label: str
    row_id: str
    column_index: int
    column_label: str
    column_id: str
    value: float
    unit: str
    raw: str

    @functools.cached_property  # read by every check the figure is in (13,000 times an edition)
    def half(self) -> float | None:
        return half_unit(self.raw, self.unit)

    def where(self) -> str:
        column = self.column_label or f"column {self.column_index}"
        return f"{self.table_id} p.{self.page} [{self.row_label} / {column}]"


@dataclass
class Row:
    index: int
    label: str
    key: str
    row_id: str
    level: int                    # 0 ordinary row, else total level (see total_level)
    after_gap: bool               # a heading (a row without numbers) is printed right above
    cells: dict[int, Figure] = field(default_factory=dict)


@dataclass
class Column:
    index: int
    label: str
    key: str
    leaf: str
    column_id: str
    percent: bool                 # a column of ratios: never summed

    @property
    def is_total(self) -> bool:
        return self.column_id in _ID_LEVEL or bool(_TOTAL_COLUMN.search(self.leaf))


@dataclass
class TableView:
    table_id: str
    rows: list[Row]
    columns: list[Column]         # numeric columns only, in printed order

    def row(self, index: int) -> Row | None:
        return next((r for r in self.rows if r.index == index), None)

    def column(self, index: int) -> Column | None:
        return next((c for c in self.columns if c.index == index), None)


_FIGURE_COLUMNS = ["table_id", "page", "row_index", "row_label", "row_id", "column_index",
                   "column_label", "column_id", "value", "unit", "raw"]


def _figures(facts: pd.DataFrame) -> list[Figure]:
    """Every fact as a Figure, from plain column lists (a dict per row cost 30 ms)."""
    return [Figure(table_id=table_id, page=int(page), row_index=int(row_index),
                   row_label=row_label, row_id=row_id, column_index=int(column_index),
                   column_label=column_label, column_id=column_id, value=float(value),
                   unit=unit, raw=raw)
            for (table_id, page, row_index, row_label, row_id, column_index, column_label,
                 column_id, value, unit, raw) in zip(*(facts[c].tolist() for c in _FIGURE_COLUMNS))]


def table_view(table_id: str, figures: list[Figure]) -> TableView:
    """One table's figures as rows and columns."""
    by_row: dict[int, list[Figure]] = {}
    by_column: dict[int, list[Figure]] = {}
    for fig in figures:
        by_row.setdefault(fig.row_index, []).append(fig)
        by_column.setdefault(fig.column_index, []).append(fig)

    rows: list[Row] = []
    previous = None
    for index in sorted(by_row):
        cells = by_row[index]
        first = cells[0]
        label_key = key(first.row_label)
        row_id = next((c.row_id for c in cells if c.row_id), "")
        after_gap = previous is not None and index - previous > 1
        rows.append(Row(index, first.row_label, label_key, row_id,
                        total_level(label_key, row_id), after_gap,
                        {c.column_index: c for c in cells}))
        previous = index

    columns: list[Column] = []
    for index in sorted(by_column):
        cells = by_column[index]
        label = cells[0].column_label
        column_id = next((c.column_id for c in cells if c.column_id), "")
        share = sum(c.unit == "percent" for c in cells) / len(cells)
        percent = share >= 0.5 or bool(_PERCENT_LABEL.search(key(label)))
        columns.append(Column(index, label, key(label), leaf(label), column_id, percent))
    return TableView(table_id, rows, columns)


def table_views(facts: pd.DataFrame) -> dict[str, TableView]:
    """Every table of a prepared facts frame (no NaN in text), in the order tables first
    appear. The frame is turned into figures once: per table it cost a third of the checks."""
    by_table: dict[str, list[Figure]] = {}
    for figure in _figures(facts):
        by_table.setdefault(str(figure.table_id), []).append(figure)
    return {table_id: table_view(table_id, figures) for table_id, figures in by_table.items()}
