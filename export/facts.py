"""Tables → facts: one long-form row per numeric body cell."""
from __future__ import annotations

import re

import pandas as pd

from export.columns import FACTS
from extractors.ids import table_ids
from extractors.model import Cell, Table
from extractors.numbers import is_percent, parse_number
from matching.tables import period_of

Ids = dict[tuple[str, int], str]

# Longest first: 百万瑞郎 and 千瑞郎 both contain 瑞郎.
_UNITS = [
    ("百万瑞郎", "CHFm"), ("千瑞郎", "kCHF"), ("瑞郎", "CHF"),
    (r"millions?\s+of\s+Swiss\s+francs|CHF\s*millions?|CHF\s*m\b", "CHFm"),
    (r"thousands?\s+of\s+Swiss\s+francs|CHF\s*thousands?|CHF\s*'?000", "kCHF"),
    (r"Swiss\s+francs|\bCHF\b", "CHF"),
]


def table_unit(unit_text: str) -> str:
    """Unit code of a printed unit note ('(单位: 千瑞郎)' → 'kCHF'); '' when none is recognised."""
    for pattern, code in _UNITS:
        if re.search(pattern, unit_text or "", re.I):
            return code
    return ""


def _position(cell: Cell) -> tuple[float | None, float | None, float | None, float | None]:
    box = cell.bbox
    if box is None:
        return None, None, None, None
    return round(box.x0, 2), round(box.top, 2), round(box.x1, 2), round(box.bottom, 2)


def _reading(text: str, parsed: dict[str, tuple[float | None, bool]]) -> tuple[float | None, bool]:
    """(value, printed as a percentage) of a cell text; the same texts ('-', '0', sector
    totals) recur across tables, so each is parsed once per edition."""
    if text not in parsed:
        parsed[text] = (parse_number(text), is_percent(text))
    return parsed[text]


def facts_frame(tables: list[Table], edition: str, row_ids: Ids | None = None,
                column_ids: Ids | None = None, measure_ids: Ids | None = None) -> pd.DataFrame:
    """Every numeric body cell of every table, with the contract's facts.csv columns and types.

    `row_ids` / `column_ids` / `measure_ids` map (table_id, index) to canonical ids
    (matching.match_tables)."""
    row_ids, column_ids, measure_ids = row_ids or {}, column_ids or {}, measure_ids or {}
    # Built as rows of plain tuples in FACTS order: a dict per cell cost a third of the stage.
    records: list[tuple] = []
    parsed: dict[str, tuple[float | None, bool]] = {}
    for table, table_id in zip(tables, table_ids(tables)):
        unit = table_unit(table.unit_text)
        labels = table.column_labels()
        periods = [period_of(label, edition) for label in labels]
        for row_index, row in enumerate(table.rows):
            if not row:
                continue
            row_label = row[0].text
            row_id = row_ids.get((table_id, row_index), "")
            for column_index, cell in enumerate(row[1:], start=1):
                value, percent = _reading(cell.raw or cell.text, parsed)
                if value is None:
                    continue
                if percent:
                    cell_unit = "percent"
                elif unit:
                    cell_unit = unit
                else:
                    cell_unit = "count" if value.is_integer() else "number"
                records.append((
                    edition, table_id, cell.page, row_index, row_label, row_id, column_index,
                    labels[column_index] if column_index < len(labels) else "",
                    column_ids.get((table_id, column_index), ""), value, cell_unit, cell.raw,
                    *_position(cell),
                    periods[column_index] if column_index < len(periods) else period_of("", edition),
                    measure_ids.get((table_id, column_index), ""),
                ))
    return pd.DataFrame.from_records(records, columns=list(FACTS)).astype(FACTS)
