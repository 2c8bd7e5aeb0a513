"""The id each extracted table is published under: stable within an edition, unique.

Here, below both matching (which keys its matches by these ids) and export (which names the
files after them), so that neither has to import the other for it.

Tables of an annex with several tables are numbered in printed order, `A10-01`, `A10-02` …,
but only a table that starts under a heading of its own takes a number: a table read in two
(the second piece follows the first with no line between, on the same columns, with no
header of its own) keeps the first one's number as `A10-04.2`, flagged in `piece_of`. So a
table split, or one more or less that stands under no heading, moves no other id.
"""
from __future__ import annotations

import re
from collections import Counter

from extractors.model import Table
from extractors.numbers import parse_number

ANNEX_ID = re.compile(r"A\d+")
PIECE = re.compile(r"\.\d+$")   # A10-04.2: the second piece of A10-04


def whole_id(table_id: str) -> str:
    """The id of the table a piece was read apart from ('A10-04.2' → 'A10-04'); others as they are."""
    return PIECE.sub("", table_id)


def table_ids(tables: list[Table]) -> list[str]:
    """Each table's id, unique: the assembler's id, else a page-based one ('P012-1').

    Duplicates get '-2', '-3' in document order so file names never collide.
    """
    ids: list[str] = []
    used: set[str] = set()
    per_page: dict[int, int] = {}
    for table in tables:
        base = table.table_id
        if not base:
            per_page[table.page_start] = per_page.get(table.page_start, 0) + 1
            base = f"P{table.page_start:03d}-{per_page[table.page_start]}"
        ids.append(_unique(base, used))
    return ids


def is_piece(prev: Table, table: Table) -> bool:
    """`table` is the rest of `prev` read apart: nothing but footnotes and page furniture
    between them, the same columns, and no header of its own. A header like `prev`'s, read as
    a header or as the first row, repeats it overleaf (a piece) but on the same page starts
    another table (two tables set back to back). On other columns, only a body with figures in
    its first row and no header is a piece: its header band was read as the table above."""
    if table.heading:
        return False
    if table.n_cols != prev.n_cols:
        # Figures in its first row, no header: the body of a table whose header was read apart.
        return not table.header and _figures_first(table)
    top = _top_row(table)
    if top and top == _top_row(prev):
        return table.page_start > prev.page_end
    return not table.header


def _figures_first(table: Table) -> bool:
    return bool(table.rows) and any(parse_number(cell.text) is not None for cell in table.rows[0][1:] if cell.text)


def _top_row(table: Table) -> list[str]:
    """The texts of its first line, header or not (a header is not always told from the body)."""
    rows = table.header or table.rows
    return [cell.text for cell in rows[0]] if rows and any(cell.text for cell in rows[0]) else []


def number_tables(tables: list[Table]) -> list[Table]:
    """Annex tables numbered by the headings they start under (A7, or A7-01, A7-02 … when the
    annex holds several), second pieces as `<id>.2`; tables with no id get X01 … in order;
    a repeated id gets a -2, -3 suffix so every id is unique."""
    starts = _starts(tables)
    groups = Counter(t.table_id for t, start in zip(tables, starts) if start and ANNEX_ID.fullmatch(t.table_id))
    numbered: Counter[str] = Counter()
    pieces: Counter[str] = Counter()
    other, current = 0, ""
    used: set[str] = set()
    for table, start in zip(tables, starts):
        base = table.table_id
        if not base:
            other += 1
            table.table_id = f"X{other:02d}"
        elif ANNEX_ID.fullmatch(base) and not start:
            pieces[current] += 1
            table.table_id, table.piece_of = f"{current}.{pieces[current] + 1}", current
        elif ANNEX_ID.fullmatch(base):
            numbered[base] += 1
            current = table.table_id = f"{base}-{numbered[base]:02d}" if groups[base] > 1 else base
        table.table_id = _unique(table.table_id, used)
    return tables


def _starts(tables: list[Table]) -> list[bool]:
    """Whether each table starts under a heading of its own (annex tables only can be pieces)."""
    starts = []
    for i, table in enumerate(tables):
        prev = tables[i - 1] if i else None
        starts.append(prev is None or prev.table_id != table.table_id or not ANNEX_ID.fullmatch(table.table_id)
                      or not is_piece(prev, table))
    return starts


def _unique(table_id: str, used: set[str]) -> str:
    candidate, n = table_id, 1
    while candidate in used:
        n += 1
        candidate = f"{table_id}-{n}"
    used.add(candidate)
    return candidate
