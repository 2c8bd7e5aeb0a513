"""The id each extracted table is published under: stable within an edition, unique.

Here, below both matching (which keys its matches by these ids) and export (which names the
files after them), so that neither has to import the other for it.
"""
from __future__ import annotations

from extractors.model import Table


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
