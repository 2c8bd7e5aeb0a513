"""Tables → facts: one long-form row per numeric body cell."""
from __future__ import annotations

import re

import pandas as pd

from export.columns import FACTS
from extractors.model import Cell, Table
from extractors.numbers import is_percent, parse_number

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


def table_ids(tables: list[Table]) -> list[str]:
    """Each table's id, unique: the assembler's id, else a page-based one ('P012-1').

    Duplicates get '-2', '-3' in document order so file names never collide.
    """
    ids: list[str] = []
    per_page: dict[int, int] = {}
    for table in tables:
        base = table.table_id
        if not base:
            per_page[table.page_start] = per_page.get(table.page_start, 0) + 1
            base = f"P{table.page_start:03d}-{per_page[table.page_start]}"
        candidate, n = base, 1
        while candidate in ids:
            n += 1
            candidate = f"{base}-{n}"
        ids.append(candidate)
    return ids


def _position(cell: Cell) -> dict[str, float | None]:
    box = cell.bbox
    if box is None:
        return {"x0": None, "top": None, "x1": None, "bottom": None}
    return {"x0": round(box.x0, 2), "top": round(box.top, 2), "x1": round(box.x1, 2),
            "bottom": round(box.bottom, 2)}


def facts_frame(tables: list[Table], edition: str, row_ids: Ids | None = None,
                column_ids: Ids | None = None) -> pd.DataFrame:
    """Every numeric body cell of every table, with the contract's facts.csv columns and types.

    `row_ids` / `column_ids` map (table_id, index) to canonical ids (matching.match_tables)."""
    row_ids, column_ids = row_ids or {}, column_ids or {}
    records = []
    for table, table_id in zip(tables, table_ids(tables)):
        unit = table_unit(table.unit_text)
        labels = table.column_labels()
        for row_index, row in enumerate(table.rows):
            if not row:
                continue
            row_label = row[0].text
            for column_index, cell in enumerate(row[1:], start=1):
                value = parse_number(cell.raw or cell.text)
                if value is None:
                    continue
                if is_percent(cell.raw or cell.text):
                    cell_unit = "percent"
                elif unit:
                    cell_unit = unit
                else:
                    cell_unit = "count" if value.is_integer() else "number"
                records.append({
                    "edition": edition, "table_id": table_id, "page": cell.page,
                    "row_index": row_index, "row_label": row_label,
                    "row_id": row_ids.get((table_id, row_index), ""),
                    "column_index": column_index,
                    "column_label": labels[column_index] if column_index < len(labels) else "",
                    "column_id": column_ids.get((table_id, column_index), ""),
                    "value": value, "unit": cell_unit, "raw": cell.raw,
                    **_position(cell),
                })
    return pd.DataFrame.from_records(records, columns=list(FACTS)).astype(FACTS)
