"""camelot as a second opinion, asked only where our own table looks doubtful.

Every table gets a quality score from its own cells (numbers merged into one
cell, text where a column holds figures, values on a row with no label). Below
`DOUBT` a ruled table's area is read again by camelot's lattice mode, which goes by
the rules as rendered, and the better-scoring version is kept; `Table.method`
records which one won so that `tables.csv` can say so.

Unruled tables are not asked: camelot's stream mode reads the same words as we do
with a cruder model (every wrapped cell becomes rows of its own). Measured on the
fixture (36 doubtful unruled tables, 2.6 s) and on ICDAR 2013 it never won, so it
could not change the answer and only cost time.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from extractors.model import Box, Cell, Table
from extractors.numbers import parse_number
from extractors.text import clean_text

DOUBT = 0.9
MARGIN = 0.15
_TWO_NUMBERS = re.compile(r"\d[\d,.]*%?\)?\s+\(?-?\d")
log = logging.getLogger(__name__)


def quality(table: Table) -> float:
    """1.0 for a table whose every cell looks like what its column holds."""
    rows = table.rows
    if not rows or table.n_cols < 2:
        return 0.0
    numeric_cols = {c for c in range(1, table.n_cols) if _mostly_numeric(rows, c)}
    bad = checked = 0
    for row in rows:
        values = [cell.text for cell in row[1:]]
        checked += 1
        if not row[0].text and any(values):
            bad += 1  # figures with no label: a wrapped row split in two
        for col, text in enumerate(values, start=1):
            if not text:
                continue
            checked += 1
            if _TWO_NUMBERS.search(text):
                bad += 1  # two figures run together: a missed column boundary
            elif col in numeric_cols and parse_number(text) is None and not _not_applicable(text):
                bad += 1
    return 1.0 - bad / checked if checked else 0.0


def _mostly_numeric(rows: list[list[Cell]], col: int) -> bool:
    texts = [row[col].text for row in rows if col < len(row) and row[col].text]
    return bool(texts) and sum(parse_number(t) is not None for t in texts) >= 0.6 * len(texts)


def _not_applicable(text: str) -> bool:
    return text.strip().lower() in {"n/a", "na", "不适用", "—", "..."}


def camelot_table(pdf_path: str | Path, page: int, bbox: Box, page_height: float,
                  ruled: bool) -> Table | None:
    """camelot's reading of one table area (PDF points, top-left origin like ours)."""
    try:
        import camelot
    except ImportError:  # camelot is optional at run time: no second opinion then
        return None
    area = f"{bbox.x0 - 2:.1f},{page_height - bbox.top + 2:.1f},{bbox.x1 + 2:.1f},{page_height - bbox.bottom - 2:.1f}"
    flavor = "lattice" if ruled else "stream"
    try:
        found = camelot.read_pdf(str(pdf_path), pages=str(page), flavor=flavor, table_areas=[area])
    except Exception as exc:  # camelot raises many kinds on odd pages; ours stands then
        log.debug("camelot %s failed on page %s: %s", flavor, page, exc)
        return None
    if not found:
        return None
    grid = found[0].df.values.tolist()
    # camelot joins the lines of a cell with "\n": a space keeps figures run together visible.
    cells = [[Cell(clean_text(str(text).replace("\n", " ")), str(text), page) for text in row] for row in grid]
    first_data = next((i for i, row in enumerate(cells)
                       if any(parse_number(c.text) is not None for c in row[1:])), 0)
    return Table(page_start=page, page_end=page, bbox=bbox, header=cells[:first_data],
                 rows=cells[first_data:], method=f"camelot-{flavor}")


def choose(table: Table, pdf_path: str | Path, page_height: float, ruled: bool) -> Table:
    """Our table, or camelot's reading of the same area where that scores better."""
    table.quality = quality(table)
    if table.quality >= DOUBT or not ruled:
        return table
    other = camelot_table(pdf_path, table.page_start, table.bbox, page_height, ruled)
    if other is None:
        return table
    other.quality = quality(other)
    # camelot must be clearly better, and not by splitting wrapped rows into fragments
    # nor by running many rows into one.
    same_rows = 0.8 * len(table.rows) <= len(other.rows) <= 1.2 * len(table.rows)
    # Nor by running the cells together: text all in the label column looks clean to
    # `quality` (no figure out of place), and holds no column at all.
    same_cells = _filled(other) >= 0.8 * _filled(table)
    clearly = other.quality >= table.quality + MARGIN and same_rows and same_cells
    return other if clearly else table


def _filled(table: Table) -> int:
    """The cells beside the label column that hold something."""
    return sum(1 for row in table.rows for cell in row[1:] if cell.text)
