"""The extractor with no report semantics: every table on some pages as rows of strings.

Used by `wpr tables`; the same table finder, column/row builder and cell joiner as the
report pipeline (extractors.pages), without captions, ids, units or page stitching.
A cell spanning several columns in a header is repeated in each of them; footnote markers
stay as printed (superscript digits).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from extractors.pages import extract_page, page_count


@dataclass
class FoundTable:
    page: int
    bbox: tuple[float, float, float, float]     # x0, top, x1, bottom in PDF points
    rows: list[list[str]]
    method: str
    # Cells spanning several rows or columns: [row, column, rows, columns] of `rows`, the
    # cell's text written once in its first row and column.
    spans: list[list[int]] = field(default_factory=list)


def parse_pages(spec: str | None, n_pages: int) -> list[int]:
    """'1,3-5' → [1, 3, 4, 5]; None → every page. Raises ValueError on a bad spec."""
    if not spec:
        return list(range(1, n_pages + 1))
    pages: list[int] = []
    for part in spec.split(","):
        match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if not match:
            raise ValueError(f"--pages {spec!r}: use numbers and ranges like 1,3-5")
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        if first > last:
            raise ValueError(f"--pages {spec!r}: the range {first}-{last} runs backwards")
        if not 1 <= first <= last <= n_pages:
            raise ValueError(f"--pages {spec!r}: the PDF has pages 1 to {n_pages}")
        pages.extend(range(first, last + 1))
    return pages


@dataclass
class Reading:
    """What `wpr tables` read of some pages."""
    tables: list[FoundTable]
    blank_pages: list[int]    # those without a text layer (scanned images): nothing read there


def read_tables(pdf_path: str | Path, pages: list[int] | None = None) -> Reading:
    pages = pages or list(range(1, page_count(pdf_path) + 1))
    found: list[FoundTable] = []
    blank: list[int] = []
    for number in pages:
        result = extract_page(pdf_path, number, grids=True)
        if result.n_chars == 0:
            blank.append(number)
        for table in result.tables:
            box = table.bbox
            found.append(FoundTable(page=number, bbox=(round(box.x0, 2), round(box.top, 2),
                                                      round(box.x1, 2), round(box.bottom, 2)),
                                    rows=table.grid(marks=True), method=table.method,
                                    spans=[list(s) for s in table.spans]))
    return Reading(found, blank)


def find_tables(pdf_path: str | Path, pages: list[int] | None = None) -> list[FoundTable]:
    return read_tables(pdf_path, pages).tables
