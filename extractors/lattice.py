"""A table drawn as a full grid of rules, read cell by cell from its rules.

When every row and every column of a table is closed by rules, the rules say what the
cells are: a cell is a rectangle of the grid bounded by rules on all four sides, and a
cell whose inner rules are missing spans the rows or columns it covers. Its text is what
is printed inside it, however many lines it takes. The cell is written once, in its first
row and column, and `Table.spans` records (row, column, rows, columns) for each cell that
spans more than one position, so that sub-rows beside a spanning cell keep their own rows.

The grid is trusted only when it is complete: a frame of rules around the text, no word
outside it, and no cell holding two lines of figures one above the other (rows the rules
leave unsaid, which the line-based model in `extractors.structure` reads better).
"""
from __future__ import annotations

from extractors.layout import SEGMENT_GAP, Line, Segment, Word
from extractors.model import Box, Cell, Table, clusters
from extractors.regions import Region, is_figure
from extractors.text import clean_text, join_lines

SNAP = 2.0          # rules closer than this (points) are one grid line
COVER = 0.6         # a rule closes a cell's side when it runs along this share of it


def _snap(values: list[float]) -> list[float]:
    return [sum(g) / len(g) for g in clusters(values, SNAP)]


def _covered(spans: list[tuple[float, float]], lo: float, hi: float) -> bool:
    """Do the intervals cover COVER of [lo, hi]?"""
    total = 0.0
    for a, b in spans:
        total += max(0.0, min(b, hi) - max(a, lo))
    return total >= COVER * (hi - lo)


def lattice_table(region: Region, page: int, page_lines: list[Line] | None = None) -> Table | None:
    """The region read as a grid of ruled cells, or None when its rules are not a full grid.
    With the page's lines, row labels printed left of the frame are its first column."""
    if region.extent is None or len(region.vrules) < 3 or len(region.hrules) < 3:
        return None
    vrules = [r.box for r in region.vrules]
    hrules = region.hrules
    xs = _snap([(b.x0 + b.x1) / 2 for b in vrules])
    ys = _snap([(b.top + b.bottom) / 2 for b in hrules])
    if len(xs) < 3 or len(ys) < 3:
        return None
    # Rules along each grid line, as intervals.
    vlines = [[(b.top - SNAP, b.bottom + SNAP) for b in vrules if abs((b.x0 + b.x1) / 2 - x) <= SNAP] for x in xs]
    hlines = [[(b.x0 - SNAP, b.x1 + SNAP) for b in hrules if abs((b.top + b.bottom) / 2 - y) <= SNAP] for y in ys]
    # The frame: both outer verticals down the whole height, both outer horizontals across.
    if not (_covered(vlines[0], ys[0], ys[-1]) and _covered(vlines[-1], ys[0], ys[-1])
            and _covered(hlines[0], xs[0], xs[-1]) and _covered(hlines[-1], xs[0], xs[-1])):
        return None
    frame = Box(xs[0], ys[0], xs[-1], ys[-1])
    words = [w for ln in region.lines for s in ln.segments for w in s.words]
    # A word may stick out of the frame by half its size (a full stop set past the rule).
    if not words or any(not _inside(w.box, frame, 0.5 * w.size) for w in words):
        return None
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    # Union of grid positions across missing inner rules.
    parent = list(range(n_rows * n_cols))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covered(vlines[c + 1], ys[r], ys[r + 1]):
                parent[find(r * n_cols + c + 1)] = find(r * n_cols + c)
            if r + 1 < n_rows and not _covered(hlines[r + 1], xs[c], xs[c + 1]):
                parent[find((r + 1) * n_cols + c)] = find(r * n_cols + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            groups.setdefault(find(r * n_cols + c), []).append((r, c))
    cells: dict[tuple[int, int], tuple[int, int]] = {}   # (first row, first col) -> (rows, cols)
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for members in groups.values():
        r0, r1 = min(r for r, _ in members), max(r for r, _ in members)
        c0, c1 = min(c for _, c in members), max(c for _, c in members)
        if len(members) != (r1 - r0 + 1) * (c1 - c0 + 1):
            return None  # not a rectangle: rules that do not make a grid
        cells[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        for pos in members:
            owner[pos] = (r0, c0)
    texts: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        cx, cy = word.box.center_x, (word.box.top + word.box.bottom) / 2
        c = min(max(sum(1 for x in xs[1:-1] if x < cx), 0), n_cols - 1)
        r = min(max(sum(1 for y in ys[1:-1] if y < cy), 0), n_rows - 1)
        texts.setdefault(owner[(r, c)], []).append(word)
    _split_unruled_rows(texts, cells, ys)
    grid = [[Cell("", "", page) for _ in range(n_cols)] for _ in range(n_rows)]
    stacked: list[tuple[int, int]] = []   # cells of figures one above the other
    for pos, members in texts.items():
        printed = _printed_lines(members)
        rows_spanned, cols_spanned = cells[pos]
        inner = xs[pos[1] + 1:pos[1] + cols_spanned]
        # A line across the whole frame at its top or foot (a title, a source note) is one
        # text however it is spaced; elsewhere, cells side by side with no rule between
        # them are columns the rules leave unsaid.
        whole = cols_spanned == n_cols and (pos[0] == 0 or pos[0] + rows_spanned == n_rows)
        if not whole and any(_apart_at(ln, inner) for ln in printed):
            return None
        if len(printed) >= 2 and all(_has_figure(ln) for ln in printed):
            stacked.append(pos)
        raw = join_lines([" ".join(w.text for w in ln) for ln in printed])
        grid[pos[0]][pos[1]] = Cell(clean_text(raw), raw, page, Box.around(w.box for w in members))
    # Two cells of one row each holding figures one above the other: rows the rules leave
    # unsaid (a single such cell is one cell of two figures, two phone numbers say).
    if any(a != b and a[0] <= b[0] < a[0] + cells[a][0] for a in stacked for b in stacked):
        return None
    stub = _stub_outside(page_lines or [], xs, ys, grid)
    if stub:
        # Row labels printed left of the frame, one on each of most rows with text: the
        # table's first column (a renderer that rules the cells of figures only).
        for r in range(n_rows):
            words = stub.get(r, [])
            raw = " ".join(w.text for w in words)
            grid[r].insert(0, Cell(clean_text(raw), raw, page, Box.around(w.box for w in words) if words else None))
        cells = {(r, c + 1): v for (r, c), v in cells.items()}
        cells.update({(r, 0): (1, 1) for r in range(n_rows)})
        n_cols += 1
        frame = Box(min(w.box.x0 for ws in stub.values() for w in ws), frame.top, frame.x1, frame.bottom)
    under = _row_under(page_lines or [], xs, ys[-1], bool(stub))
    if under is not None:
        # A row of totals printed in its own box just under the frame, its cells under the
        # grid's columns: the table's last row.
        label, by_column = under
        row = [Cell("", "", page) for _ in range(len(xs) - 1)]
        for c, members in by_column.items():
            raw = " ".join(w.text for w in members)
            row[c] = Cell(clean_text(raw), raw, page, Box.around(w.box for w in members))
        if stub:
            raw = " ".join(w.text for w in label)
            row.insert(0, Cell(clean_text(raw), raw, page, Box.around(w.box for w in label) if label else None))
        grid.append(row)
        cells.update({(n_rows, c): (1, 1) for c in range(n_cols)})
        n_rows += 1
        frame = frame.union(Box.around(w.box for ws in [label, *by_column.values()] for w in ws))
    # Rows and columns with nothing in them (a double rule's sliver) are dropped.
    keep_rows = [r for r in range(n_rows) if any(grid[r][c].text for c in range(n_cols))]
    keep_cols = [c for c in range(n_cols) if any(grid[r][c].text for r in range(n_rows))]
    if len(keep_rows) < 2 or len(keep_cols) < 2:
        return None
    row_at = {r: i for i, r in enumerate(keep_rows)}
    col_at = {c: i for i, c in enumerate(keep_cols)}
    rows = [[grid[r][c] for c in keep_cols] for r in keep_rows]
    spans = []
    for (r0, c0), (nr, nc) in sorted(cells.items()):
        if (nr > 1 or nc > 1) and grid[r0][c0].text and r0 in row_at and c0 in col_at:
            kept_r = sum(1 for r in range(r0, r0 + nr) if r in row_at)
            kept_c = sum(1 for c in range(c0, c0 + nc) if c in col_at)
            if kept_r > 1 or kept_c > 1:
                spans.append((row_at[r0], col_at[c0], kept_r, kept_c))
    n_header = next((i for i, row in enumerate(rows) if any(is_figure_text(cell.text) for cell in row[1:])), 0)
    return Table(page_start=page, page_end=page, bbox=frame, header=rows[:n_header], rows=rows[n_header:],
                 method="lattice", quality=1.0, spans=spans)


def _stub_outside(lines: list[Line], xs: list[float], ys: list[float], grid: list[list[Cell]]) -> dict[int, list[Word]]:
    """Text left of the frame, the only cell of its line out there, centred in a grid row:
    by row, when such labels stand on three rows or more, on most rows that hold text below
    the first, on no row twice, their column ending within a column's width of the frame,
    none of them as wide as half the table, and no text beside the frame just above or below
    it (a column of body text beside a table runs on past it)."""
    found: dict[int, list[Word]] = {}
    widest = max(b - a for a, b in zip(xs, xs[1:]))
    for line in lines:
        outside = [seg for seg in line.segments if seg.box.x1 <= xs[0] + 1]
        if not outside:
            continue
        seg = outside[-1]
        mid = (seg.box.top + seg.box.bottom) / 2
        if not ys[0] < mid < ys[-1]:
            if ys[0] - 1.5 * line.size < mid < ys[-1] + 1.5 * line.size:
                return {}  # text running on just above or below the frame: a column of text
            continue
        if seg.box.width > 0.5 * (xs[-1] - xs[0]):
            return {}  # a label as wide as half the table: text beside it
        if len(outside) > 1:
            return {}
        r = sum(1 for y in ys[1:-1] if y < mid)
        if r in found or not any(cell.text for cell in grid[r]):
            return {}
        found[r] = list(seg.words)
    with_text = [r for r in range(1, len(grid)) if any(cell.text for cell in grid[r])]
    # The labels' column ends within a column's width of the frame.
    near = found and xs[0] - max(w.box.x1 for ws in found.values() for w in ws) <= widest
    return found if near and len(found) >= 3 and len(found) >= 0.6 * len(with_text) else {}


def _row_under(lines: list[Line], xs: list[float], bottom: float,
               labels_outside: bool) -> tuple[list[Word], dict[int, list[Word]]] | None:
    """The first line under the frame, when it is a row of the grid set apart (a totals row
    in a box of its own): within three text heights of the frame's foot, three cells or more
    each inside one of the grid's columns, most of them figures, and a label left of the
    frame only where the grid's row labels stand there too. Else None."""
    under = [ln for ln in lines if ln.box.top >= bottom - 1 and ln.segments]
    if not under:
        return None
    line = min(under, key=lambda ln: ln.box.top)
    if line.box.top - bottom > 3 * line.size:
        return None
    label: list[Word] = []
    by_column: dict[int, list[Word]] = {}
    for seg in line.segments:
        if seg.box.x1 <= xs[0] + 1 and labels_outside and not label and not by_column:
            label = list(seg.words)
            continue
        column = next((c for c in range(len(xs) - 1)
                       if xs[c] - 1 <= seg.box.x0 and seg.box.x1 <= xs[c + 1] + 1), None)
        if column is None or column in by_column:
            return None
        by_column[column] = list(seg.words)
    figures = sum(1 for seg in line.segments if is_figure(seg))
    if len(by_column) < 3 or figures < 0.6 * len(by_column):
        return None
    return label, by_column


def _split_unruled_rows(texts: dict[tuple[int, int], list[Word]], cells: dict[tuple[int, int], tuple[int, int]],
                        ys: list[float]) -> None:
    """A cell spanning rows whose text is figures, one line in each of several of the grid's
    rows: the rules between those rows are missing in its column (a renderer that rules only
    the cells it fills), not one cell. Each line goes to the cell of its row."""
    for pos, members in list(texts.items()):
        rows, cols = cells[pos]
        if rows < 2:
            continue
        printed = _printed_lines(members)
        if len(printed) < 2 or not all(_has_figure(ln) for ln in printed):
            continue
        at = [min(max(sum(1 for y in ys[1:-1] if y < _mid(ln)), pos[0]), pos[0] + rows - 1) for ln in printed]
        if len(set(at)) < len(at):
            continue  # two lines in one row: a cell of two figures, as printed
        del texts[pos]
        del cells[pos]
        for r in range(pos[0], pos[0] + rows):
            cells[(r, pos[1])] = (1, cols)
        for r, ln in zip(at, printed):
            texts[(r, pos[1])] = list(ln)


def _apart_at(words: list[Word], xs: list[float]) -> bool:
    """A printed line with a cell's gap (wider than a word space) at one of `xs`."""
    for left, right in zip(words, words[1:]):
        gap = right.box.x0 - left.box.x1
        if gap > SEGMENT_GAP * max(left.size, right.size) and any(left.box.x1 <= x <= right.box.x0 for x in xs):
            return True
    return False


def _inside(box: Box, frame: Box, pad: float = 0.0) -> bool:
    cx, cy = box.center_x, (box.top + box.bottom) / 2
    return frame.x0 - pad <= cx <= frame.x1 + pad and frame.top - pad <= cy <= frame.bottom + pad


def _printed_lines(words: list[Word]) -> list[list[Word]]:
    """Words of one cell → its printed lines, top to bottom, each left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: ((w.box.top + w.box.bottom) / 2, w.box.x0)):
        mid = (word.box.top + word.box.bottom) / 2
        if lines and abs(mid - _mid(lines[-1])) <= 0.4 * max(word.size, 1.0):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(ln, key=lambda w: w.box.x0) for ln in lines]


def _mid(words: list[Word]) -> float:
    return sum((w.box.top + w.box.bottom) / 2 for w in words) / len(words)


def _has_figure(words: list[Word]) -> bool:
    return is_figure(Segment(words=list(words)))


def is_figure_text(text: str) -> bool:
    return bool(text) and is_figure(Segment(words=[Word(text, Box(0, 0, 0, 0), 1.0)]))

