"""A header broken by the page: its upper rows left at the foot of one page under the
table's caption (read there as a small table of text), its lower rows over the table's rows
overleaf. WeasyPrint broke A7's header so: "受理局 | 国际申请年份 | 2023 年份额 (%) | 与 2022
年相比的变化 (%)" at the foot, "2019 年 … 2023 年" over the rows; the rows' last two columns
had no heading, and a percentage change was checked as a sum.
"""
from __future__ import annotations

from extractors.model import Box, Cell, Table
from extractors.numbers import parse_number
from extractors.pages import TextLine
from extractors.structure import Column, HeaderBlock, header_rows, place_blocks
from extractors.text import clean_text, join_lines, squashed

# How far above the header overleaf the upper rows are set, as printed on one page (points).
ABOVE = 2.0


def header_upper_rows(upper: Table, table: Table, columns: list[Column]) -> list[list[Cell]] | None:
    """`table`'s whole header, `upper` (text only, a row or two) read as its upper rows and
    placed with the header's own cells over its columns (`columns`); None unless they head
    the columns the header leaves blank and only span the ones it heads, the header's own
    cells staying where they were."""
    cells = [c for row in upper.header + upper.rows for c in row if c.text and c.bbox is not None]
    if not cells or len(upper.header) + len(upper.rows) > 2 or any(parse_number(c.raw) is not None for c in cells):
        return None
    size = table.text_size or 9.0
    return header_under(table, [HeaderBlock([c.raw], c.bbox, size) for c in cells], columns)


def header_under(table: Table, upper: list[HeaderBlock], columns: list[Column]) -> list[list[Cell]] | None:
    """`table`'s whole header, its own cells the lower rows under `upper`, the header cells
    printed on the page before (as `header_upper_rows` places them); None unless `table` has
    a header of its own and they fit over it so."""
    own = _own_cells(table)
    if not own or not upper:
        return None
    shift = min(c.bbox.top for _, c in own) - ABOVE - max(b.box.bottom for b in upper)
    above = [HeaderBlock(b.texts, Box(b.box.x0, b.box.top + shift, b.box.x1, b.box.bottom + shift), b.size)
             for b in upper]
    size = table.text_size or upper[0].size
    below = [HeaderBlock([c.raw], c.bbox, size) for _, c in own]
    placed = placed_over(below + above, columns, table.n_cols)
    if placed is None:
        return None
    headed = {col for col, _ in own}
    if not all(len(span) >= 2 or not set(span) & headed for block, span in placed
               if any(block is a for a in above)):
        return None
    rows = header_rows(placed, table.n_cols, table.page_start)
    kept = {(col, c.text) for col, c in own} <= {(col, row[col].text) for row in rows for col in range(table.n_cols)}
    return rows if kept else None


def placed_over(blocks: list[HeaderBlock], columns: list[Column], n_cols: int) -> list[tuple[HeaderBlock, list[int]]] | None:
    """Header cells placed over a table's columns as on their own page; None unless every cell
    stands over some of them and they make no column the table lacks."""
    reach, placed = place_blocks(blocks, columns)
    if len(reach) != n_cols or any(not span for _, span in placed):
        return None
    return placed


def _own_cells(table: Table) -> list[tuple[int, Cell]]:
    """The header's printed cells, a spanning one once (it is repeated in every column)."""
    seen: set[tuple[float, float, float, str]] = set()
    cells = []
    for row in table.header:
        for col, cell in enumerate(row):
            if not cell.text or cell.bbox is None:
                continue
            key = (cell.bbox.x0, cell.bbox.top, cell.bbox.x1, cell.text)
            if key not in seen:
                seen.add(key)
                cells.append((col, cell))
    return cells


def cell_top_read_as_text(prev: Table, table: Table, line: TextLine) -> bool:
    """Whether `line`, read as text right above `table` overleaf, is the first line of one of
    its header's cells, and if so put back: with that cell's text it prints a cell of the
    header of `prev`, the table it continues, and stands over the cell (a tall leading set the
    cell's first line further above it than the page alone shows: s140 T1, "2022/23 年 实际数与计"
    over "划和预算的差异", read as a caption and the header no repeat). Every copy of the cell in
    its row (a cell spanning columns) is mended."""
    theirs = {squashed(c.text) for row in prev.header for c in row if c.text}
    for row in table.header:
        for cell in row:
            if not cell.text or cell.bbox is None or squashed(cell.text) in theirs or \
                    squashed(line.text + cell.text) not in theirs or not _over(line, cell.bbox):
                continue
            raw = join_lines([line.text, cell.raw])
            whole = Cell(clean_text(raw), raw, cell.page, cell.bbox.union(Box(line.x0, line.top, cell.bbox.x1, line.bottom)))
            row[:] = [whole if c.text == cell.text and c.bbox == cell.bbox else c for c in row]
            return True
    return False


def _over(line: TextLine, box: Box) -> bool:
    """The line stands over the box, overlapping it across."""
    x1 = max((x for _, x, _ in line.cells), default=line.x0)
    return line.bottom <= box.top + 1 and min(x1, box.x1) > max(line.x0, box.x0)

