"""A table's last row printed alone at the top of the next page: too short for the page to
show it as a table, so its lines are read as text. Its cells on one line (`row_overleaf`), or
its label wrapped round its figures (`wrapped_rows_overleaf`).

A renderer that repeats a table's header on every page prints it there over that one row,
and cells set on their middle put the row's figures between its label's lines
("2023 年 12 月 31 日净" / "605.2" / "资产"). Read as text, the row was lost with no word.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractors.model import Box, Cell, Table
from extractors.numbers import parse_number
from extractors.pages import TextLine
from extractors.regions import ROW_PADDING
from extractors.text import clean_text, is_cjk, join_lines, sentence_left_of, squashed


def column_spans(table: Table, page: int) -> list[tuple[float, float] | None]:
    """Each column's x-range on a page, from its body cells there (None: empty there)."""
    spans: list[tuple[float, float] | None] = [None] * table.n_cols
    for row in table.rows:
        for col, cell in enumerate(row):
            if cell.bbox is None or not cell.text or cell.page != page:
                continue
            old = spans[col]
            spans[col] = (cell.bbox.x0, cell.bbox.x1) if old is None else \
                (min(old[0], cell.bbox.x0), max(old[1], cell.bbox.x1))
    return spans


def row_overleaf(prev: Table, line: TextLine, page: int) -> list[Cell] | None:
    """A line of figures alone at the top of a page, its cells each under a column of the
    table that ended the page before (the label under the labels): that table's last row,
    too short for the page to show it as a table; None when it is not."""
    spans = column_spans(prev, prev.page_end)
    if prev.page_end == page:
        # Rows already read on this page show only their own columns; the page before, all.
        spans = [s if s is not None else b for s, b in zip(spans, column_spans(prev, page - 1))]
    columns = _under_columns(line, spans)
    if not columns or columns[0] != 0 or len(line.cells) < 2:
        return None
    return _figure_row(line, columns, prev.n_cols, page)


def _figure_row(line: TextLine, columns: list[int], n_cols: int, page: int) -> list[Cell] | None:
    """The line's cells placed in their columns (`_under_columns`): a row of the table, or
    None when no cell but the label's prints a figure."""
    row = [Cell("", "", page) for _ in range(n_cols)]
    for (x0, x1, text), col in zip(line.cells, columns):
        row[col] = Cell(clean_text(text), text, page, _box(line, x0, x1))
    return row if any(parse_number(c.raw) is not None for c in row[1:]) else None


def wrapped_rows_overleaf(prev: Table, lines: list[TextLine], page: int
                          ) -> tuple[list[list[Cell]], list[TextLine]] | None:
    """The rows `prev` goes on with at the top of `page`, and the lines they were read from
    with the header repeated over them; None unless the page's first lines (`lines`, top
    down) are: lines repeating `prev`'s header, then a row of lines of its label column and
    one line of figures under its other columns, each no further under the last than a
    line's height; then as many rows more, each one line or wrapped so (s291 p3: T1's last
    three rows, each label's two lines round its figure). The first row may be one line when
    a wrapped row follows it."""
    spans = column_spans(prev, prev.page_end)
    if spans[0] is None:
        return None
    header = [squashed(c.text) for row in prev.header for c in row if c.text]
    start = 0
    while start < len(lines) and _repeats(lines[start], header):
        start += 1
    rows: list[list[Cell]] = []
    pitch = _one_line_row_pitch(prev)
    first_lines = 0
    while (found := _wrapped_row(prev.n_cols, lines, start, spans, page, row_pitch=pitch)) is not None:
        row, end = found
        first_lines = first_lines or end - start
        rows.append(row)
        start = end
    # A first row of one line alone is row_overleaf's; with wrapped rows after it, these
    # rows' (s447 p2: the contents' "附件十一 … 109" over "附件十二 …" wrapped round "161").
    if len(rows) == 1 and first_lines == 1:
        return None
    return (rows, lines[:start]) if rows else None


def _one_line_row_pitch(table: Table) -> float:
    """How far apart (top to top) the table's rows of one line stand on its last page: the
    least pitch of two such rows one after the other; 0 where no two show it."""
    labels = [row[0] for row in table.rows if row[0].bbox is not None and row[0].page == table.page_end and row[0].text]
    height = min((c.bbox.height for c in labels), default=0.0)
    one = [c for c in labels if c.bbox.height <= 1.2 * height]
    return min((b.bbox.top - a.bbox.top for a, b in zip(one, one[1:])), default=0.0)


def _wrapped_row(n_cols: int, lines: list[TextLine], start: int, spans: list[tuple[float, float] | None],
                 page: int, row_pitch: float = 0.0) -> tuple[list[Cell], int] | None:
    """One row from `lines[start]` on, and the index after its last line. Its lines
    stand no further apart than a line's height, or, down to its figures, closer than the
    table's rows of one line stand (`row_pitch`: a word processor's tall leading, s230 T2's
    last row, "注: 里斯本收费收入 (单位: 千瑞" 20.9 pt over "郎)  150.0  280.0  187%", rows 28.8
    pt apart)."""
    labels: list[TextLine] = []   # the lines holding the label, its cell first on each
    figures: tuple[TextLine, list[int]] | None = None
    end = start
    for i in range(start, len(lines)):
        line = lines[i]
        # Down to its figures, a label's lines may stand as far apart as a word processor's
        # leading sets them; under its figures, a line further off is no more of the row.
        tall = figures is None and line.top - lines[i - 1].top + ROW_PADDING * line.size <= row_pitch
        if i > start and line.top - line_bottom(lines[i - 1]) > line.size and not tall:
            break
        if figures is not None and _next_row(labels, figures[0], line):
            break
        columns = _under_columns(line, spans)
        if columns == [0]:
            labels.append(line)
        elif figures is None and columns and (columns[0] > 0 or len(columns) >= 2):
            # The line of figures may hold the label's middle line (a label of three lines
            # wrapped round its figure, s005 p2's last entry of the contents).
            if columns[0] == 0:
                labels.append(line)
            figures = (line, columns)
        else:
            break
        end = i + 1
    if figures is None or not labels:
        return None
    row = [Cell("", "", page) for _ in range(n_cols)]
    raw = join_lines([line.cells[0][2] for line in labels])
    row[0] = Cell(clean_text(raw), raw, page, Box.around(_box(line, *line.cells[0][:2]) for line in labels))
    line, columns = figures
    for (x0, x1, text), col in zip(line.cells, columns):
        if col > 0:
            row[col] = Cell(clean_text(text), text, page, _box(line, x0, x1))
    if not any(parse_number(cell.raw) is not None for cell in row[1:]):
        return None
    return row, end


def _next_row(labels: list[TextLine], figures: TextLine, line: TextLine) -> bool:
    """`line` stands further under the row's label than its lines stand apart (top to top),
    by more than measuring noise: the next row's (s290 p2: the contents' entries wrapped 16.4
    pt apart round their page numbers, rows 18.1 pt apart). Under figures set between a
    label's lines, or under a label of one line (its figures beside it: s017 p2, "附件十二 …
    推广全球知识产权体系相 161" over "关资源细目"), the label's next line is the row's."""
    if not labels:
        return False
    if figures.top > labels[-1].top:
        return False   # figures on the middle of the label: its lines go on under them
    pitches = [b.top - a.top for a, b in zip(labels, labels[1:])]
    return bool(pitches) and line.top - labels[-1].top > max(pitches) + ROW_PADDING * line.size


def _repeats(line: TextLine, header: list[str]) -> bool:
    """Every cell of the line is a piece of one of the header's cells, no figure among them."""
    return bool(line.cells) and all(
        parse_number(text) is None and len(piece := squashed(text)) >= 2 and any(piece in cell for cell in header)
        for _, _, text in line.cells)


def _under_columns(line: TextLine, spans: list[tuple[float, float] | None]) -> list[int] | None:
    """The column each cell of the line stands under most, left to right; None if one
    stands under none, or two under one."""
    columns: list[int] = []
    for x0, x1, _ in line.cells:
        overlap, col = max(((min(x1, s[1]) - max(x0, s[0]), j) for j, s in enumerate(spans) if s is not None),
                           default=(0.0, -1))
        if overlap <= 0 or columns and col <= columns[-1]:
            return None
        columns.append(col)
    return columns


def line_bottom(line: TextLine) -> float:
    """Where a line of text ends below (its top and size where its bottom is not known)."""
    return line.bottom or line.top + line.size


def _box(line: TextLine, x0: float, x1: float) -> Box:
    return Box(x0, line.top, x1, line_bottom(line))


def text_rows_overleaf(prev: Table, lines: list[TextLine], page: int) -> tuple[list[list[Cell]], list[TextLine]] | None:
    """The rows of a table of text going on at the top of `page` without its header, and the
    lines they were read from; None unless the page's first lines (`lines`, top down) are
    such rows. Cells set on their middle interleave their lines half a line apart, so no
    line holds a row (s176, s234: benefits whose cells wrap to different depths): each
    piece of text is put under the column of `prev` it stands in, and rows part where no
    column prints anything over a stretch taller than one cell's lines stand apart. Lines
    are taken while every piece stands within a column and they keep the table's size, under
    the header repeated if it is; a first row with nothing in the label column is the rest
    of `prev`'s last row."""
    spans = column_spans(prev, prev.page_end)
    if sum(s is not None for s in spans) < 3 or not lines:
        return None
    header = [squashed(c.text) for row in prev.header for c in row if c.text]
    start = 0
    while start < len(lines) and _repeats(lines[start], header):
        start += 1   # the header repeated over the rows
    taken = _lines_in_columns(lines[start:], spans, prev.text_size)
    columns = {piece.column for _, pieces in taken for piece in pieces}
    if not taken or len(columns) < 2 and 0 in columns:
        return None   # text in the label column alone: no sign of the table's columns
    rows = _rows_by_gaps(taken)
    if not rows:
        return None
    return [_row_cells(row, prev.n_cols, page) for row in rows], lines[:start] + [line for line, _ in taken]


@dataclass(frozen=True)
class _Piece:
    """A word of a line overleaf, under the column it stands in."""
    column: int
    text: str
    x0: float
    x1: float


_Placed = tuple[TextLine, list[_Piece]]


def _lines_in_columns(lines: list[TextLine], spans: list[tuple[float, float] | None], size: float) -> list[_Placed]:
    """The lines from the first, each with its pieces, as long as every word stands within a
    column, none is a note at the margin, and they go on in the table's size (`size`, else
    the first line's) no further apart than two lines."""
    size = size or (lines[0].size if lines else 0.0)
    taken: list[_Placed] = []
    for line in lines:
        # A caption or heading is set apart by its size, if by a point or less (9 over 8.5).
        if taken and line.top - max(line_bottom(t) for t, _ in taken) > 2 * line.size or \
                abs(line.size - size) > 0.04 * size:
            break
        # A word reaching past its column's cells of the page before is a cell's where the
        # line opens the page, holds other cells, or stands among the row's other lines
        # (cells set on their middle or foot, s250 p112, s200 p127), not where it stands
        # alone, set off under a row (a note under the total row, s126 p75).
        among = not taken or len(line.cells) >= 2 or \
            line.top < max(line_bottom(t) for t, _ in taken) + 0.5 * line.size
        pieces = _pieces_in_columns(line, spans, reach=among)
        if pieces is None or _sentence_at_margin(line, spans):
            break
        taken.append((line, pieces))
    return taken


def _sentence_at_margin(line: TextLine, spans: list[tuple[float, float] | None]) -> bool:
    """One text ending in a full stop set left of where the label column's cells start, at the
    page's margin: a note under the table (s055 p81: "剩余的预算余额 73,687.08 瑞士法郎随后将归入
    累计盈余。" under the total row), no line of a row."""
    first = spans[0]
    return len(line.cells) == 1 and first is not None and \
        sentence_left_of(line.text, line.cells[0][0], first[0], line.size)


def _pieces_in_columns(line: TextLine, spans: list[tuple[float, float] | None],
                       reach: bool = False) -> list[_Piece] | None:
    """The line's words, each under the column it stands within, give or take a character;
    None if one stands within none. Words of a printed run share its width by their
    characters (a CJK character an em wide, any other half an em): a figure run into the next
    column's text, "100% 随着网页内容的迁移", is parted where the columns part. With `reach`,
    a word reaching past its column's cells, touching no other's, stands in it."""
    pieces: list[_Piece] = []
    for x0, x1, text in line.cells:
        words = text.split()
        ems = [sum(1.0 if is_cjk(ch) else 0.5 for ch in w) for w in words]
        scale = (x1 - x0) / max(sum(ems) + 0.3 * (len(words) - 1), 0.1)
        at = x0
        for word, em in zip(words, ems):
            end = at + em * scale
            col = next((j for j, s in enumerate(spans) if s is not None
                        and at >= s[0] - line.size and end <= s[1] + line.size), None)
            if col is None and reach:
                col = _reaching_past(at, end, spans)
            if col is None:
                return None
            pieces.append(_Piece(col, word, at, end))
            at = end + 0.3 * scale
    return pieces


def _reaching_past(x0: float, x1: float, spans: list[tuple[float, float] | None]) -> int | None:
    """The column a word reaching past its column's cells on the page before stands in: the
    one it overlaps, touching no other column's cells there (a label longer than any of the
    page before, s250 p112); None if none."""
    shown = [(j, s) for j, s in enumerate(spans) if s is not None]
    over = [j for j, s in shown if x0 < s[1] and x1 > s[0]]
    return over[0] if len(over) == 1 else None


def _rows_by_gaps(taken: list[_Placed]) -> list[list[_Placed]]:
    """The lines grouped in rows, parted where they leave a stretch uncovered wider than a
    cell's own lines stand apart (`_cell_leading`); [] when nothing shows that."""
    leading = _cell_leading(taken)
    if leading is None:
        return []
    rows: list[list[_Placed]] = []
    bottom: float | None = None
    for line, pieces in taken:
        if bottom is None or line.top - bottom > leading + 0.25 * line.size:
            rows.append([])
        rows[-1].append((line, pieces))
        bottom = max(bottom or 0.0, line_bottom(line))
    return rows


def _cell_leading(taken: list[_Placed]) -> float | None:
    """The gap most often seen between a column's lines, one under the other (the smaller on
    a tie); None with no column of two lines."""
    by_column: dict[int, list[TextLine]] = {}
    for line, pieces in taken:
        for column in {piece.column for piece in pieces}:
            by_column.setdefault(column, []).append(line)
    gaps = [round(b.top - line_bottom(a), 1)
            for col_lines in by_column.values() for a, b in zip(col_lines, col_lines[1:])]
    return min(gaps, key=lambda g: (-gaps.count(g), g)) if gaps else None


def _row_cells(row: list[_Placed], n_cols: int, page: int) -> list[Cell]:
    """A row's cells: each column's words, line by line, joined as a wrapped cell's."""
    cells = []
    for column in range(n_cols):
        placed = [(line, [p for p in pieces if p.column == column]) for line, pieces in row]
        placed = [(line, pieces) for line, pieces in placed if pieces]
        raw = join_lines([" ".join(p.text for p in pieces) for _, pieces in placed])
        box = Box(min(p.x0 for _, pieces in placed for p in pieces), min(line.top for line, _ in placed),
                  max(p.x1 for _, pieces in placed for p in pieces),
                  max(line_bottom(line) for line, _ in placed)) if placed else None
        cells.append(Cell(clean_text(raw), raw, page, box))
    return cells


def rows_at_foot(table: Table, lines: list[TextLine], page: int) -> tuple[list[list[Cell]], int] | None:
    """The first rows of `table`, which has no header and opens `page`, left at the foot of the
    page before (too few there for the page to show them as a table: s452's contents, "附件十三
    | … | 162" alone over the page's end): the last of `lines`, read there under the table
    before, as rows and the index of the first line they take; None when the last line is no
    part of such a row. A row is a line of cells each under a column of the table, the first
    in its label column, a figure among the others; a cell's next lines are single pieces
    under its column, no further under the line above than a line's height."""
    spans = column_spans(table, page)
    if table.header or not lines or spans[0] is None:
        return None
    best: tuple[list[list[Cell]], int] | None = None
    for start in range(len(lines) - 1, -1, -1):
        rows = _foot_rows(lines[start:], spans, table.n_cols, page - 1)
        if rows is not None:
            best = (rows, start)
    return best


def _foot_rows(lines: list[TextLine], spans: list[tuple[float, float] | None], n_cols: int,
               page: int) -> list[list[Cell]] | None:
    rows: list[list[Cell]] = []
    for k, line in enumerate(lines):
        columns = _under_columns(line, spans)
        if columns is None:
            return None
        if k and line.top - line_bottom(lines[k - 1]) > line.size:
            return None
        if len(columns) >= 2 and columns[0] == 0:
            if (row := _figure_row(line, columns, n_cols, page)) is None:
                return None
            rows.append(row)
        elif len(columns) == 1 and rows and rows[-1][columns[0]].text:
            cell = rows[-1][columns[0]]
            x0, x1, text = line.cells[0]
            raw = join_lines([cell.raw, text])
            box = Box.around([cell.bbox, _box(line, x0, x1)]) if cell.bbox is not None else _box(line, x0, x1)
            rows[-1][columns[0]] = Cell(clean_text(raw), raw, page, box)
        else:
            return None
    return rows or None
