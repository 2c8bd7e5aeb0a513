"""A table region → a grid of cells: columns, header levels, body rows, joined cell text."""
from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass

from extractors.broken_figures import join_broken_figures
from extractors.layout import Line, Rule, Segment, Word
from extractors.model import Box, Cell, Table, clusters
from extractors.regions import Region, figures_alone, header_line, is_data, is_figure, n_figures, spanner_row, within
from extractors.text import clean_text, is_cjk, join_lines


@dataclass
class Column:
    x0: float
    x1: float

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


# A strip of white this many ems wide down a whole table parts two columns (a word space is
# a quarter to a third of an em); one as wide as a word space does when right-aligned cells
# end on its left edge (a column's padding, not a space: "1.1 目标" ends and starts alike).
GUTTER = 0.5
FLUSH_GUTTER = 0.3


def build_table(region: Region, page: int) -> Table | None:
    lines = _split_at_gutters(_split_at_starts(_split_under_centred_head(
        _split_at_rules(_clip(region.lines, region.extent), region.vrules))))
    lines = join_broken_figures(lines)
    edges = _column_edges(lines)
    lines = _split_at_edges(lines, edges)
    if not lines:
        return None
    region = Region(lines=lines, separators=region.separators, row_rules=region.row_rules, hrules=region.hrules,
                    vrules=region.vrules,
                    band=region.band, fills=region.fills, extent=region.extent)
    if region.band is not None:
        # A filled header band says where the header ends, whatever the rows hold.
        first_data = _after_band(region)
    else:
        # A table of text has no first row of figures: its header is its leading bold lines.
        # A row label wrapped round its figure (extractors.regions marks its first line)
        # begins the body as a row of figures does.
        left = min(ln.box.x0 for ln in lines)
        first_data = next((i for i, ln in enumerate(lines) if is_data(ln) or ln.in_row
                           or i > 0 and figures_alone(ln, left)), None)
        if first_data is None:
            # Years over quarters: the upper row is header, even unbolded.
            first_data = 1 if len(lines) > 1 and spanner_row(lines[0], lines[1]) else _bold_lead(lines)
        first_data = _interleaved_above(lines, first_data)
        first_data = _first_ruled_row(lines, region.row_rules, first_data, _gridded(region))
        first_data = _wrapped_under_bold(lines, first_data)
        first_data = _wrapped_over_first_row(lines, first_data)
        first_data = _bold_rows_under_header(lines, first_data, region)
    # Rows of text cells under a bold header are body rows, but their columns are read from
    # the rows of figures under them: wrapped text cells set at their foot may run into the
    # next column's text on a line ("成员国司法机构的持续参与程 域司法管辖区的代表"), which
    # joins two columns. Where the rows of figures are too few to show every column (a figure
    # alone in a column of text reads as that column's), all the rows say more.
    columns_from = first_data
    if region.band is None:
        first_data = _text_rows_over_figures(lines, _text_rows_under_bold(lines, first_data), region)
    # The header's last line of several headings and its fullest: either may set two headings
    # apart over one column (a first row set bold with the header, its cells wrapped, may end
    # it, "人（增长 | ●", s417 p26; the lower lines of cells may part two the fullest runs
    # together, s142 p50). Not every line: a page of text read as a header parts into columns.
    several = [ln for ln in lines[:columns_from] if len(ln.segments) >= 2 and not n_figures(ln)]
    fullest = max(reversed(several), key=lambda ln: len(ln.segments)) if several else None
    heads = [several[-1]] + ([fullest] if fullest is not several[-1] else []) if several else []
    columns = find_columns(lines[columns_from:], region, edges, heads)
    if first_data < columns_from:
        columns = max(columns, find_columns(lines[first_data:], region, edges, heads), key=len)
    if len(columns) < 2:
        return None
    n_header = _header_count(lines, first_data, columns, region)
    header_lines, body_lines = lines[:n_header], lines[n_header:]
    if not body_lines:
        return None
    if not _ruled_columns(region):
        # Between rules a header is padded off the column edges; only text columns can be flush.
        split: list[Line] = []
        for i, ln in enumerate(header_lines):
            near = [other for other in (split[-1] if split else None,
                                        header_lines[i + 1] if i + 1 < len(header_lines) else None)
                    if other is not None and (other.box.top - ln.box.bottom < 0.8 * ln.size
                                              if other.box.top > ln.box.top else
                                              ln.box.top - other.box.bottom < 0.8 * ln.size)]
            # Cells set on their middle interleave the header's lines: a cell's wrapped line
            # may be the second line below.
            # The next line too, however far a word processor's leading sets it (s104 T1).
            around = [o for k, o in enumerate(header_lines)
                      if o is not ln and (abs(o.box.top - ln.box.top) <= 1.6 * ln.size or k == i + 1)]
            split.append(_split_at_columns(_split_over_columns(_split_over_wraps(ln, around), columns),
                                           columns, near, region.hrules))
        header_lines = split
    else:
        header_lines = [_joined_within_rules(ln, region, columns) for ln in header_lines]
    rules = region.rule_ys()  # drawn rules; shades say less of a cell's lines
    label_wrap = _label_wrap_pitch(body_lines, columns)
    columns, placed = place_header(header_lines, columns, region.hrules, _cell_leading(body_lines, rules, columns),
                                   _flush_right(body_lines, columns), _ruled_columns(region), label_wrap,
                                   _shaded_cells(region))
    rows = group_rows(body_lines, columns, region.separators, header_lines)
    body = [_row_cells(row, columns, page) for row in rows]
    header = header_rows(placed, len(columns), page)
    if header:
        header, body = merge_headerless(header, body)
    continued = _rows_if_continued(lines, header_lines, columns, region, page) if header else []
    _spread_stub(header, body)
    last_bottom = body_lines[-1].box.bottom
    # Only rules say a row is closed; stripes shade every other row and leave the last open.
    closing = rules + [y for f in region.fills if f.dark for y in (f.box.top, f.box.bottom)]
    # Rows ruled one by one: rules close body rows above the last (booktabs rules the head and
    # the foot only, and leaves every row open; the rule under its head may pass under a first
    # section label set in the head).
    ruled_rows = sum(1 for y in closing if body_lines[0].box.bottom - 1 <= y < last_bottom - 1) >= 2
    open_end = ruled_rows and len(closing) >= 2 and not any(y >= last_bottom - 1 for y in closing)
    return Table(page_start=page, page_end=page, bbox=region.box, header=header, rows=body,
                 open_end=open_end, rows_ruled=ruled_rows, label_runs_on=_label_runs_on(rows[-1], body_lines, header_lines, columns),
                 text_size=median_size(body_lines), label_wrap=label_wrap, rows_if_continued=continued,
                 stripes=[(page, f.box) for f in region.fills if not f.dark])


def _rows_if_continued(lines: list[Line], header_lines: list[Line], columns: list[Column], region: Region,
                       page: int) -> list[list[Cell]]:
    """Every line read as body rows, for a header that may be none: in regular weight, with
    no band under it."""
    if region.band is not None or any(w.bold for ln in header_lines for s in ln.segments for w in s.words):
        return []
    return [_row_cells(row, columns, page) for row in group_rows(lines, columns, region.separators, [])]


def _spread_stub(header: list[list[Cell]], body: list[list[Cell]]) -> None:
    """Rows in groups under one label, each group's second column repeating the same
    sub-labels ("Count", "Percentage"): the label (with its wrapped lines) belongs to
    every row of its group, and the stub's header heads both columns."""
    if not body or len(body[0]) < 3:
        return
    subs = [row[1].text for row in body]
    for period in range(2, 5):
        if len(body) % period or len(body) < 2 * period:
            continue
        first = subs[:period]
        if len(set(first)) < period or not all(first) or any(_numberish(t) for t in first):
            continue
        if any(subs[i] != first[i % period] for i in range(len(subs))):
            continue
        groups = [body[i:i + period] for i in range(0, len(body), period)]
        if not all(group[0][0].text for group in groups):
            continue
        for group in groups:
            parts = [row[0] for row in group if row[0].text]
            raw = join_lines([c.raw for c in parts])
            cell = Cell(clean_text(raw), raw, parts[0].page, Box.around(c.bbox for c in parts if c.bbox)
                        if any(c.bbox for c in parts) else None)
            for row in group:
                row[0] = cell
        for row in header:
            if row[0].text and not row[1].text:
                row[1] = row[0]
        return


def _numberish(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def merge_headerless(header: list[list[Cell]], body: list[list[Cell]]) -> tuple[list[list[Cell]], list[list[Cell]]]:
    """A column with no header of its own, beside a headed column whose rows it never
    shares, is that column's cells printed with another alignment ("N/A" left, "100%"
    right in one wide cell): fold it into its neighbour."""
    col = 1
    while col < len(header[0]):
        headed = any(row[col].text for row in header)
        for other in (col - 1, col + 1):
            # A headerless column, or one under the very same header cell as its neighbour.
            same = [row[col].text for row in header] == [row[other].text for row in header] \
                if 0 < other < len(header[0]) else False
            if (same or not headed) and 0 < other < len(header[0]) and \
                    any(row[other].text for row in header) and \
                    not any(row[col].text and row[other].text for row in body):
                for row in body:
                    if row[col].text:
                        row[other] = row[col]
                for row in header + body:
                    del row[col]
                break
        else:
            col += 1
    return header, body


def _split_at_starts(lines: list[Line]) -> list[Line]:
    """A cell run on into the next column of words ("Concern over friends Count") is two
    cells where one of its words starts exactly where that column's cells start on at
    least three other rows of figures."""
    starts: dict[int, int] = {}
    for line in lines:
        if n_figures(line):
            for seg in line.segments[1:]:
                if not is_figure(seg):
                    starts[round(seg.box.x0)] = starts.get(round(seg.box.x0), 0) + 1
    flush = _flush_pairs(lines)
    if not starts and not flush:
        return lines
    def strong(x: float) -> bool:
        return sum(starts.get(round(x) + d, 0) for d in (-1, 0, 1)) >= 3 or \
            any(abs(x - f) <= 1.0 for f in flush)
    out = []
    for line in lines:
        if not n_figures(line):
            out.append(line)
            continue
        # Any cell of a row run on into the next column (cells set a space apart in a
        # fixed-width listing): cut where a word starts on that column's start.
        segments: list[Segment] = []
        for seg in line.segments:
            words = seg.words
            while True:
                cut = next((i for i, w in enumerate(words) if i > 0 and strong(w.box.x0)), None)
                if cut is None:
                    break
                segments.append(Segment(words=words[:cut]))
                words = words[cut:]
            segments.append(seg if words is seg.words else Segment(words=words))
        out.append(line if len(segments) == len(line.segments) else Line(segments=segments))
    return out


def _split_under_centred_head(lines: list[Line]) -> list[Line]:
    """Cells in columns too tight for a gutter: two cells of one line run together ("25 个
    集体管理组织 38 个集体管理组织"; a left-aligned label and the centred cell beside it), which
    joins their columns. Each part stands under its column's head (the table's first line of
    three cells or more, no figures) as the head stands in its cell: a text whose parts are
    each under a head cell of its own, in order, one of them centred under it to a point
    (the first may be flush left with its head, the last flush right), is that many cells.
    Only lines under the head: a spanner over it is one cell however its words fall."""
    head = next((ln for ln in lines[:3] if len(ln.segments) >= 3 and not n_figures(ln)), None)
    if head is None:
        return lines
    heads = [s.box for s in head.segments]

    def cut(seg: Segment) -> list[Segment]:
        parts = _parts_under(seg.words, heads) if seg.box.top > head.box.bottom else None
        return [Segment(words=p) for p in parts] if parts else [seg]
    return _cut_lines(lines, cut)


def _parts_under(words: list[Word], heads: list[Box]) -> list[list[Word]] | None:
    """The words in two parts or more, each under a head of its own in order (`_under_head`),
    one of them centred; None if there is no such cut."""
    n = len(words)

    def search(start: int, used: int, centred: bool) -> list[list[Word]] | None:
        if start == n:
            return [] if centred else None
        # Shorter parts first: the whole text under one head is no cut.
        for end in list(range(start + 1, n)) + [n]:
            box = Box.around(w.box for w in words[start:end])
            if end < n and words[end].box.x0 <= box.x1:
                continue
            for k in range(used + 1, len(heads)):
                how = _under_head(box, heads[k], start == 0, end == n)
                if how and (rest := search(end, k, centred or how == "centred")) is not None:
                    return [words[start:end]] + rest
        return None
    parts = search(0, -1, False)
    return parts if parts is not None and len(parts) >= 2 else None


def _under_head(box: Box, head: Box, first: bool, last: bool) -> str:
    """How `box` stands under `head`: "centred" to a point, "left" (the line's first part)
    or "right" (its last part) flush with it; "" if not."""
    if abs(box.center_x - head.center_x) <= CENTRED_CUT:
        return "centred"
    if first and abs(box.x0 - head.x0) <= CENTRED_CUT:
        return "left"
    if last and abs(box.x1 - head.x1) <= CENTRED_CUT:
        return "right"
    return ""


# How far (points) a cell's middle may stand off its head's and still be centred under it.
CENTRED_CUT = 1.0


def _split_at_gutters(lines: list[Line]) -> list[Line]:
    """Text columns set closer than a cell gap ("...提供统一 符合知识产权门户系统"): each
    row's pair reads as one cell, yet a strip of white runs down the whole table between
    them, which no line's words cross while lines on both sides hold text. A cell cut there
    is two cells; a word space within a cell is narrower and moves from line to line."""
    words = [w.box for ln in lines for s in ln.segments for w in s.words]
    if len(lines) < 4 or not words:
        return lines
    size = median_size(lines)
    gutters: list[tuple[float, float]] = []
    reach = None
    for x0, x1 in sorted((b.x0, b.x1) for b in words):
        if reach is not None and x0 - reach >= FLUSH_GUTTER * size:
            gutters.append((reach, x0))
        reach = x1 if reach is None else max(reach, x1)
    # The rows say where columns part: header cells ("2023 年 份额 (%)" wrapped over a
    # wide column) hold word spaces of their own.
    # A table of text has no figures to say where its body begins (a figure or two among its
    # cells, "100%", may come late): all under its first line.
    body = lines[1:] if _of_text(lines) else lines[next((i for i, ln in enumerate(lines) if n_figures(ln)), 1):]
    gutters = [g for g in gutters if _gutter_held(body, g, size)
               and (g[1] - g[0] >= GUTTER * size or _right_aligned_before(body, g[0])
                    or _lines_start_at(body, g[1]))]
    if not gutters:
        return lines
    return _cut_lines(lines, lambda seg: _cut_segment(seg, gutters))


def _of_text(lines: list[Line]) -> bool:
    """Fewer than half the cells beside the first of their lines are figures: a table of text."""
    values = [s for ln in lines for s in ln.segments[1:]]
    return sum(is_figure(s) for s in values) < 0.5 * len(values)


def _split_at_edges(lines: list[Line], edges: list[float]) -> list[Line]:
    """Text columns packed closer than a word space apart on some lines ("…降低数据 已实施和
    监测的数据标", "95% ≥95%满意或非常满意"): no strip of white runs down the table, but a
    column's right edge shows where its cells end, alone, on lines of their own or set
    right-aligned, and where its full wrapped lines end. Text running on past that edge on
    another line, one word space off, is the next column's cell (`edges`: _column_edges)."""
    if not edges:
        return lines
    return _cut_lines(lines, lambda seg: _cut_at_edges(seg, edges))


def _split_at_rules(lines: list[Line], vrules: list[Rule]) -> list[Line]:
    """A vertical rule between two words parts them, however close: a label filling its cell
    to the rule runs into the next cell's first word, a word space off ("…语言的实 60%（10")."""
    if not vrules:
        return lines

    def cut(seg: Segment) -> list[Segment]:
        mid = (seg.box.top + seg.box.bottom) / 2
        xs = [r.box.center_x for r in vrules if r.box.top - 1 <= mid <= r.box.bottom + 1]
        words = seg.words
        at = [i for i in range(1, len(words)) if any(words[i - 1].box.x1 <= x + 0.5 and words[i].box.x0 >= x - 0.5
                                                    for x in xs)]
        bounds = [0] + at + [len(words)]
        return [Segment(words=words[a:b]) for a, b in zip(bounds, bounds[1:])]
    return _cut_lines(lines, cut)


def _cut_lines(lines: list[Line], cut: Callable[[Segment], list[Segment]]) -> list[Line]:
    """Each line with its segments cut by `cut` (itself where nothing was cut)."""
    out = []
    for line in lines:
        segments = [part for seg in line.segments for part in cut(seg)]
        out.append(line if len(segments) == len(line.segments) else Line(segments=segments, in_row=line.in_row))
    return out


def _column_edges(lines: list[Line], tol: float = 0.6) -> list[float]:
    """Where cells of one column end: on three lines or more a word ends there, on two a
    cell ends there with a gap after it (the cell alone), and hardly any word runs across it
    (in a column of left-aligned text, words end on a grid of character widths, and longer
    texts run across). The words before it and after it are of several texts (not one phrase
    repeated, not a unit after figures), and not groups of digits (thousands spaced "1 649")."""
    ends: list[tuple[float, Segment, int]] = [(w.box.x1, seg, i) for ln in lines for seg in ln.segments
                                              for i, w in enumerate(seg.words)]
    ends.sort(key=lambda e: e[0])
    edges: list[float] = []
    k = 0
    while k < len(ends):
        group = [ends[k]]
        while k + 1 < len(ends) and ends[k + 1][0] - group[-1][0] <= tol and ends[k + 1][0] - group[0][0] <= 4 * tol:
            k += 1
            group.append(ends[k])
        k += 1
        x = max(e[0] for e in group)
        alone = [seg for _, seg, i in group if i == len(seg.words) - 1]
        ran_on = [(seg.words[i], seg.words[i + 1]) for _, seg, i in group if i + 1 < len(seg.words)]
        if len(group) < 3 or len(alone) < 2:
            continue
        before = {w.text for _, seg, i in group for w in seg.words[i:i + 1]}
        after = {nxt.text for _, nxt in ran_on}
        # One text repeated after the edge is a phrase's words, unless a column starts there
        # (two rows of one key performance indicator) or cells end there far more often than
        # text runs on (right-aligned cells set tight: "共计 4 成熟度 1 级" twice, base
        # and target alike).
        if len(before) < 2 or (len(ran_on) > 1 and len(after) < 2 and len(alone) < max(5, 4 * len(ran_on))
                               and not all(_lines_start_at(lines, nxt.box.x0) for _, nxt in ran_on)):
            continue
        if ran_on and all(_digits(a.text, 1) and _digits(b.text, 3) for a, b in ran_on):
            continue
        across = sum(1 for e in ends if e[1].words[e[2]].box.x0 < x - 2 * tol and e[0] > x + 2 * tol)
        if across > 0.25 * len(group):
            continue
        edges.append(x)
    return edges


def _cut_at_edges(seg: Segment, edges: list[float], tol: float = 0.6) -> list[Segment]:
    """Cut where a word ends on a column's edge and the text after it runs to the next
    column's edge: the next cell, whole. Text after an edge that ends between edges (a
    spanner centred over several columns) is one cell across them. A cell's last word may
    end a little past its edge: an unbreakable run overflows a narrow cell."""
    def on_edge(word: Word) -> bool:
        # A right-aligned cell's wrapped line may end a space short of its edge (the space
        # it broke at hangs), a fifth of an em.
        return any(abs(word.box.x1 - x) <= max(2 * tol, 0.2 * word.size) for x in edges)
    words = seg.words
    cuts = [i for i in range(1, len(words)) if on_edge(words[i - 1]) and words[i].box.x0 > words[i - 1].box.x1]
    kept: list[int] = []
    for k, i in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(words)
        last = words[end - 1]
        if on_edge(last) or (end == len(words) and _overflow(last.box, edges, last.size) is not None):
            kept.append(i)
    if not kept:
        return [seg]
    bounds = [0] + kept + [len(words)]
    return [Segment(words=words[a:b]) for a, b in zip(bounds, bounds[1:])]


def _overflow(box: Box, edges: list[float], size: float) -> float | None:
    """The column edge a text's box runs past by less than an em (an unbreakable run, "42%（19
    种中的 8 种）", set in a cell too narrow for it), if any."""
    return next((x for x in edges if box.x0 < x < box.x1 <= x + size), None)


def _gutter_held(lines: list[Line], gutter: tuple[float, float], size: float) -> bool:
    """Cells touching the strip on both sides, within an em of it, on two lines or more (a
    column's edges, not a word space in one header line over a blank), and some cell
    reaching across it. Where they all end and start alike, one phrase repeated
    ("马德里在线表格 (步骤 1)", "(步骤 2)") or numbered labels ("1.1 目标") are words of one
    cell: the right side is a column only if it also starts a line with nothing close before."""
    a, b = gutter
    ends, starts = [], []
    alone = False
    for ln in lines:
        left = [w.box.x1 for s in ln.segments for w in s.words if a - 2 * size <= w.box.x1 <= a]
        right = [w.box.x0 for s in ln.segments for w in s.words if b <= w.box.x0 <= b + size]
        # A line starting where the right side starts (not a cell's wrapped end set flush
        # right under it, "年)" under "100% (2022", s152).
        if right and not left and min(right) <= b + 1.0:
            alone = True
        # A wrapped line of ideographs ends up to one character short of its cell's edge.
        left = [x for x in left if x >= a - 1.05 * size]
        if left and right:
            ends.append(max(left))
            starts.append(min(right))
    if len(ends) < 2:
        return False
    aligned = max(ends) - min(ends) <= 1.0 and max(starts) - min(starts) <= 1.0
    return (alone or not aligned) and any(s.box.x0 < a and s.box.x1 > b for ln in lines for s in ln.segments)


def _right_aligned_before(lines: list[Line], edge: float) -> bool:
    """Cells that end on the strip's left edge on several lines, starting at different x."""
    starts = []
    for ln in lines:
        for seg in ln.segments:
            ends = [i for i, w in enumerate(seg.words) if abs(w.box.x1 - edge) <= 0.5]
            if ends:
                i = ends[0]
                # The cell's text on this line: back to the last gap wider than a word space.
                while i > 0 and seg.words[i].box.x0 - seg.words[i - 1].box.x1 < FLUSH_GUTTER * seg.words[i].size:
                    i -= 1
                starts.append(seg.words[i].box.x0)
    return len(starts) >= 3 and max(starts) - min(starts) > 2


def _lines_start_at(lines: list[Line], edge: float, tol: float = 1.0) -> bool:
    """Two lines or more begin on the strip's right edge with nothing before them: the left
    edge of a column whose cells wrap, not a word space moving from line to line."""
    return sum(1 for ln in lines if ln.segments and abs(ln.segments[0].words[0].box.x0 - edge) <= tol) >= 2


def _cut_segment(seg: Segment, gutters: list[tuple[float, float]]) -> list[Segment]:
    parts: list[Segment] = []
    words = seg.words
    for a, b in gutters:
        cut = next((i for i in range(1, len(words)) if words[i - 1].box.x1 <= a and words[i].box.x0 >= b), None)
        if cut is not None:
            parts.append(Segment(words=words[:cut]))
            words = words[cut:]
    if not parts:
        return [seg]
    return parts + [Segment(words=words)]


def _flush_pairs(lines: list[Line]) -> list[float]:
    """Where a right-aligned column and a left-aligned one are set one word space apart
    ("648765 AAA", "82030 AAA"), each row's pair reads as one cell. Row after row the words
    before the gap end at one x and the word after it starts at one x, while the left parts
    start at different x (right-aligned, unlike a repeated left-aligned phrase) and the right
    parts are words of more than one text (unlike a unit after a figure, "12 kg")."""
    seen: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for line in lines:
        if not n_figures(line):
            continue
        for seg in line.segments:
            for prev, word in zip(seg.words, seg.words[1:]):
                if _wordy(word.text):
                    seen.setdefault((round(prev.box.x1), round(word.box.x0)), []).append(
                        (seg.words[0].box.x0, word.text))
    out: list[float] = []
    for (end, start), hits in seen.items():
        near = [h for (e, s), more in seen.items() if abs(e - end) <= 1 and abs(s - start) <= 1 for h in more]
        lefts = sorted(x for x, _ in near)
        if len(near) >= 3 and lefts[-1] - lefts[0] > 2 and len({t for _, t in near}) >= 2:
            out.append(float(start))
    return out


def _clip(lines: list[Line], extent: Box | None) -> list[Line]:
    """Only the text within a ruled table's width: a chart's labels or a note printed beside
    the table share its lines but are not its cells."""
    if extent is None:
        return lines
    return [v for v in (within(ln, extent) for ln in lines) if v is not None]


def _interleaved_above(lines: list[Line], first: int) -> int:
    """Lines closer above the first row of figures than a line's height are interleaved with
    it (a text cell wrapped round the row's middle, its figures between its lines): the
    row's own, not a header."""
    while 0 < first < len(lines) and (lines[first].box.bottom - lines[first - 1].box.bottom < 0.9 * lines[first].size
                                      or _cell_goes_on_below(lines, first - 1)):
        first -= 1
    return first


def _cell_goes_on_below(lines: list[Line], i: int) -> bool:
    """Line i is one piece of text over two more lines of its column, set at one pitch with
    them, on lines with no figures: the top line of a cell wrapped round the middle of the
    first row (centred cells of a tall row start higher than its figures). A header stands
    further off than the lines inside a cell are set, or right over a row's own figures."""
    line = lines[i]
    if len(line.segments) != 1 or is_figure(line.segments[0]):
        return False
    piece = line.segments[0].box
    under = [(s, ln) for ln in lines[i + 1:] for s in ln.segments
             if min(s.box.x1, piece.x1) - max(s.box.x0, piece.x0) > 0][:2]
    if len(under) < 2 or any(is_data(ln) for _, ln in under):
        return False
    under = [s for s, _ in under]
    first, second = under[0].box.top - piece.top, under[1].box.top - under[0].box.top
    return first < 2 * line.size and abs(first - second) <= 0.1 * line.size


def _wrapped_over_first_row(lines: list[Line], first: int) -> int:
    """Lines over the first row of figures, set at the pitch of the table's wrapped cells down
    to it, the top one starting where the row labels do and set further off the line above
    than that pitch: the first row's cells set on their bottom, their first lines above its
    figures, under a header of one line. A header's own wrapped lines are set at that pitch
    too, but the gap to the first row is a cell's padding wider."""
    if first < 2 or first >= len(lines):
        return first
    size = lines[first].size
    pitches = [b.baseline - a.baseline for a, b in zip(lines[first:], lines[first + 1:])]
    # The row alone at a page's foot shows no wraps under its figures: its own lines over
    # them do (s145).
    wraps = [p for p in pitches if 0 < p < 1.5 * size] or _cells_wrap_below(lines, first) or \
        [p for p in [lines[first].baseline - lines[first - 1].baseline] if 0 < p < 1.5 * size]
    if not wraps:
        return first
    # A cell's lines stand the leading apart to a pixel (a browser snaps them); rows stand a
    # cell's padding further (s352 p122: 11.37 against 13.77 pt). Lines closer than a line's
    # height are interleaved (figures set on a row's middle), not wrapped (s244 p21).
    leading = _leading([p for p in wraps if p >= 0.9 * size]) or statistics.median(wraps)
    i = first
    while i > 1 and abs(lines[i].baseline - lines[i - 1].baseline - leading) <= 0.15 * size:
        i -= 1
    left = min(ln.box.x0 for ln in lines)
    # The top line starts a cell: the label's, or another text cell's (an indicator wrapped
    # over five lines above a label of two, s130).
    if i == first or lines[i].box.x0 > left + 0.5 * size and not _over_text_cell(lines[i], lines[first]) \
            or lines[i].baseline - lines[i - 1].baseline < leading + PIXEL:
        return first
    return i


def _cells_wrap_below(lines: list[Line], first: int) -> list[float]:
    """How far apart the cells under the first row of figures wrap, in a tall leading (a
    browser's line and a half and more): a line of text alone going on under a cell of the
    line above, flush with it left or right, closer than two lines (s016 A11-59's labels,
    A11-13's indicators set flush right)."""
    below = lines[first + 1:first + 1 + CELL_WRAP_WINDOW]
    return [b.baseline - a.baseline for a, b in zip(below, below[1:])
            if len(b.segments) == 1 and not n_figures(b) and 0 < b.baseline - a.baseline < 2.0 * b.size
            and any(abs(b.box.x0 - s.box.x0) <= 1.0 or abs(b.box.x1 - s.box.x1) <= 1.0 for s in a.segments)]


# How many lines under the first row of figures show how far apart cells wrap.
CELL_WRAP_WINDOW = 8


def _wrapped_under_bold(lines: list[Line], first: int) -> int:
    """Lines in regular weight, each starting where the row labels do, between a header set
    wholly in bold and a first row of figures in regular weight: that row's label (and cells)
    wrapped and set on their bottom, so that their first lines stand above its figures. A
    renderer sets a header in one weight and its rows in another (`_weight_changes`); a lower
    header level over the figures leaves the labels' place empty."""
    def weights(ln: Line) -> set[bool]:
        return {w.bold for s in ln.segments for w in s.words}
    if first <= 1 or first >= len(lines) or weights(lines[first]) != {False}:
        return first
    left = min(ln.box.x0 for ln in lines)
    i = first
    while i > 1 and weights(lines[i - 1]) == {False} and (lines[i - 1].box.x0 <= left + 0.5 * lines[i - 1].size
                                                         or _over_text_cell(lines[i - 1], lines[first])):
        i -= 1
    if i == first or weights(lines[i - 1]) != {True}:
        return first
    # Another column's cell than the labels' (an indicator wrapped over seven lines, s140):
    # its lines go down to the row at one pitch, as one cell's lines are set.
    taken = lines[i:first + 1]
    pitches = [b.baseline - a.baseline for a, b in zip(taken, taken[1:])]
    if any(ln.box.x0 > left + 0.5 * ln.size for ln in taken[:-1]) and \
            max(pitches) - min(pitches) > 0.15 * lines[first].size:
        return first
    return i


def _text_rows_over_figures(lines: list[Line], first: int, region: Region) -> int:
    """In a table of text with nothing to set its header apart (no band, rule or weight), rows
    of text cells over the first row of figures: the header is the top row alone, when the
    row labels show two rows or more under it (label lines further apart than a cell's lines
    are set). The top row ends at the widest gap above the next label (s147: a table of
    benefits continued overleaf, its cells set on their middle, its first figures in its
    fifth row, read as its header)."""
    top = lines[:first]
    if first < 3 or region.row_rules or any(w.bold for ln in top for s in ln.segments for w in s.words):
        return first
    leading = _cell_pitch(top)
    left = min(ln.box.x0 for ln in lines)
    labels = [i for i, ln in enumerate(top) if ln.box.x0 <= left + 0.5 * ln.size]
    starts = labels[:1] + [b for a, b in zip(labels, labels[1:])
                           if top[b].baseline - top[a].baseline > leading + PIXEL]
    # A row holds cells beside its label (a paragraph's lines above the table do not).
    rows = [a for a, b in zip(starts, starts[1:] + [first])
            if any(s.box.x0 > left + 0.5 * ln.size for ln in top[a:b] for s in ln.segments)]
    if leading == 0.0 or len(starts) < 3 or len(rows) < 3:
        return first
    gaps = [(top[i + 1].box.top - top[i].box.bottom, i + 1) for i in range(starts[0], starts[1])]
    return max(gaps)[1]


def _cell_pitch(lines: list[Line]) -> float:
    """How far apart a cell's wrapped lines are set: the least pitch between a piece of text
    and the next one under it in its column (0.0 where no two pieces stand so)."""
    pitches = []
    for i, line in enumerate(lines):
        for seg in line.segments:
            under = next((ln for ln in lines[i + 1:] if any(s.box.overlaps_x(seg.box) for s in ln.segments)), None)
            if under is not None:
                pitches.append(under.baseline - line.baseline)
    return min((p for p in pitches if p > 0.5 * lines[0].size), default=0.0)


def _over_text_cell(line: Line, row: Line) -> bool:
    """One piece of text over a text cell of the row beside its label (not over a figure)."""
    return len(line.segments) == 1 and _over_a_text_cell(line, row)


def _text_rows_under_bold(lines: list[Line], first: int) -> int:
    """Under a header set wholly in bold, every line down to the first row of figures in
    regular weight, one of them a row label where the labels start: rows of text cells (a
    table of indicators whose first rows hold no figure), not more header. A renderer sets
    its header in one weight and its rows in another; a lower header level in regular weight
    would leave the labels' place empty (`_wrapped_under_bold`)."""
    lead = _bold_lead(lines[:first])
    if lead == 0 or lead >= first:
        return first
    rest = lines[lead:first]
    if any(w.bold for ln in rest for s in ln.segments for w in s.words):
        return first
    left = min(ln.box.x0 for ln in lines)
    return lead if any(ln.box.x0 <= left + 0.5 * ln.size for ln in rest) else first


def _bold_rows_under_header(lines: list[Line], first: int, region: Region) -> int:
    """Rows of text cells set in bold like the header right under it, down to the lines in
    regular weight: header rows, as the renderer prints them, though they hold figures ("不适用
    | 80%的内部用户使用报告 | -"). A document may mark a table's first rows as header rows;
    a band shows them in it, bold alone shows them in an unbanded style. A bold row of
    figures alone, or one on a shade, is a total row, not header."""
    lead = _bold_lead(lines)
    if not 0 < first < lead < len(lines):
        return first
    taken = lines[first:lead]
    left = min(ln.box.x0 for ln in lines)
    shades = [f.box for f in region.fills if not f.dark]
    if any(shade.top <= (ln.box.top + ln.box.bottom) / 2 <= shade.bottom for ln in taken for shade in shades):
        return first
    texts = [s for ln in taken for s in ln.segments if s.box.x0 > left + ln.size and not is_figure(s)]
    return lead if texts else first


def _bold_lead(lines: list[Line]) -> int:
    """How many lines at the top are set wholly in bold, one of them a row of several
    cells (a header, with its wrapped words), when lines in regular weight follow."""
    n = next((i for i, ln in enumerate(lines) if not all(w.bold for s in ln.segments for w in s.words)), 0)
    return n if any(header_line(ln) for ln in lines[:n]) else 0


def _gridded(region: Region) -> bool:
    """Rules part its columns from its top to its bottom: a grid, every row ruled."""
    box = region.box
    return sum(1 for v in region.vrules if v.box.top <= box.top + 1 and v.box.bottom >= box.bottom - 1) >= 3


def _first_ruled_row(lines: list[Line], rules: list[float], first_data: int, grid: bool = False) -> int:
    """In a table ruled across row by row whose first rows hold no figures (a table of
    text), the header is what stands above the first rule under the top line, not every
    line before the first figure. Where every row is ruled one rule says so (s016 p153: a
    grid's first row alone at a page's foot, its cells set on their bottom, their first
    lines over its figures; s100 p116: the same, ruled row by row)."""
    if not lines or first_data == 0:
        return first_data
    below = [y for y in rules if lines[0].box.bottom - 1 <= y <= lines[first_data].box.top + 1]
    if not below and _opens_a_ruled_row(lines, rules):
        # The top line stands in one ruled row with the first figures: that row's label
        # begun above them (cells set on their bottom), on a page that repeats no header.
        return 0
    # Rules under two rows of figures or more, or a grid's: every row ruled, so one rule over
    # the first figures closes the header (a table ruled row by row, s100 p116).
    one_by_one = grid or sum(1 for y in rules if y >= lines[first_data].box.bottom - 1) >= 2
    if len(below) < (1 if one_by_one else 3):
        return first_data  # at most a header band and one row: nothing to say
    first = next((j for j, ln in enumerate(lines) if ln.box.top + 1 >= below[0]), first_data)
    # Under a spanner's rule, lines over the figure columns with nothing where the row labels
    # stand (the years under "2022/23 年收入概算", wrapped) are the header's lower level; a
    # line over a text cell of the row is that cell's first (set on its bottom).
    left = min(ln.box.x0 for ln in lines)
    while first < first_data and lines[first].box.x0 > left + 3 * lines[first].size and \
            not _over_a_text_cell(lines[first], lines[first_data]):
        first += 1
    return first


def _over_a_text_cell(line: Line, row: Line) -> bool:
    """A piece of the line stands over a cell of text (not figures) of the row, beside its label."""
    cells = [s for s in row.segments[1:] if not is_figure(s)]
    return any(s.box.overlaps_x(c.box) for s in line.segments for c in cells)


def _opens_a_ruled_row(lines: list[Line], rules: list[float]) -> bool:
    """A rule runs just over the top line (within a line's height) and the table's rows are
    ruled one by one: two rules or more between its lines. Booktabs rules the top, the foot
    and under the header only (s409 p143: a header of three rows under the top rule, read
    as the first row's top line)."""
    line = lines[0]
    inside = sum(1 for y in rules if line.box.bottom < y < lines[-1].box.top)
    return inside >= 2 and any(0 <= line.box.top - y <= 1.5 * line.size for y in rules)


def _after_band(region: Region) -> int:
    if region.band is None:
        return 0
    band = region.band
    return next((i for i, ln in enumerate(region.lines) if ln.box.top >= band.bottom - 1), len(region.lines))


# --- columns -----------------------------------------------------------------------------

def find_columns(lines: list[Line], region: Region, edges: list[float] | None = None,
                 heads: list[Line] | None = None) -> list[Column]:
    """Columns from vertical rules when the table is ruled, else from gaps in the text. A text
    overflowing a column's edge (`edges`, where its cells end) by less than an em stays in
    that column: it does not join it to the next; nor does one overflowing into the next
    column's text under a header that heads the two apart (`heads`, the header's lines of
    several headings)."""
    ruled = _ruled_columns(region)
    if ruled:
        return [part for col in ruled for part in _figures_beside_labels(col, lines)]
    box = region.box
    multi = [ln for ln in lines if len(ln.segments) > 1]
    # Figures and row labels anchor the columns; other text may widen a column but a
    # cell that reaches over two anchored columns spans them, it does not merge them.
    if _of_text(multi):
        # A table of text: every cell anchors (text columns have no figures to go by).
        anchors = [_within_edges(s.box, edges or [], ln.size) for ln in multi for s in ln.segments]
    else:
        # Figures printed run into each other overflowed their cells: their neighbours say
        # where the columns stand.
        anchors = [s.box for ln in multi for i, s in enumerate(ln.segments)
                   if i == 0 or is_figure(s) and not s.run_on]
    columns = _merge_spans([(b.x0, b.x1) for b in anchors])
    others = [s.box for ln in multi for i, s in enumerate(ln.segments) if i > 0 and not is_figure(s)]
    others += [ln.box for ln in lines if len(ln.segments) == 1 and ln.box.width <= 0.5 * box.width]
    for sbox in others:
        hits = [c for c in columns if _overlap(sbox, c) > 0]
        if not hits and _label_spread(sbox, columns, multi):
            sbox = Box(columns[0].x1, sbox.top, sbox.x1, sbox.bottom)
        if len(hits) <= 1:
            columns = _merge_spans([(c.x0, c.x1) for c in columns] + [(sbox.x0, sbox.x1)])
    if _of_text(multi):
        for head in heads or []:
            columns = _parted_by_head(columns, head, multi)
    return _join_figures_into_text(_join_close(_parted_where_a_line_parts(columns, multi), multi), multi)


def _label_spread(box: Box, columns: list[Column], lines: list[Line]) -> bool:
    """`box`, clear of every column, is the rest of a label spread past its column: the second
    cell of its line, after the label and before figures only, within an em and a half of the
    label column's end, and no other line's cell stands under or over it, of three rows at the
    least (s291's contents: "附件十三" flush left and "2022/23 年按预期成果开列的发展支出"
    justified out to the middle of the page, once a column of its own; a table of one row on
    a page says nothing of where its columns' cells stand, s302 p151)."""
    line = next((ln for ln in lines if len(ln.segments) > 1 and ln.segments[1].box == box), None)
    if line is None or not columns or len(lines) < 4 or _overlap(line.segments[0].box, columns[0]) <= 0 or \
            not 0 <= box.x0 - columns[0].x1 <= 1.5 * line.size or not all(is_figure(s) for s in line.segments[2:]):
        return False
    return not any(s.box.overlaps_x(box) for ln in lines if ln is not line for s in ln.segments)


def _parted_by_head(columns: list[Column], head: Line, lines: list[Line]) -> list[Column]:
    """In a table of text, a column over which the header's last line sets two headings or
    more apart is as many columns: a cell too narrow for an unbreakable run ("100%（2020/21")
    overflows into the next column's text and runs the two together. Each part falls in the
    gap between two headings, where fewest of the rows' cells cross."""
    if len(head.segments) < 2 or n_figures(head):
        return columns
    cells = [s.box for ln in lines for s in ln.segments]
    out: list[Column] = []
    for col in columns:
        heads = [h.box for h in head.segments if col.x0 <= h.box.center_x <= col.x1]
        bounds = [col.x0]
        for a, b in zip(heads, heads[1:]):
            if b.x0 - a.x1 < head.size:
                continue   # words of one heading, not two headings
            xs = [a.x1 + k * (b.x0 - a.x1) / 8 for k in range(1, 8)]
            bounds.append(min(xs, key=lambda x: (sum(1 for c in cells if c.x0 < x < c.x1), abs(x - (a.x1 + b.x0) / 2))))
        out += [Column(x0, x1) for x0, x1 in zip(bounds, bounds[1:] + [col.x1])]
    return out


def _parted_where_a_line_parts(columns: list[Column], lines: list[Line]) -> list[Column]:
    """In a column of figures only, two figures side by side on one line are two columns,
    however near other rows' wider figures bring their ends (small print: "17,347,988.16" a
    point off "8,231,151.49", and another row's figure half a point further left, run the
    two columns' spans together). The part falls between the two, where no figure crosses
    it by half a point or more and two rows or more agree."""
    figures = [[s.box for s in ln.segments if is_figure(s) and not s.run_on] for ln in lines]
    boxes = [box for row in figures for box in row]
    out: list[Column] = []
    for col in columns:
        inside = [s for ln in lines for s in ln.segments if _overlap(s.box, col) > 0]
        # Between two figures of one line, both within the column.
        gaps = [(a.x1, b.x0) for row in figures for a, b in zip(row, row[1:])
                if a.x1 < b.x0 and col.x0 <= a.x0 and b.x1 <= col.x1] if all(is_figure(s) for s in inside) else []
        bounds = [col.x0] + _agreed_parts(gaps, boxes) + [col.x1]
        out += [Column(a, b) for a, b in zip(bounds, bounds[1:])]
    return out


def _agreed_parts(gaps: list[tuple[float, float]], boxes: list[Box]) -> list[float]:
    """Where the gaps between side-by-side figures of two rows or more overlap, one part
    each: at the x that most of them hold and that no figure crosses by half a point or
    more. A gap's middle would do for figures set alike, but one row's wider pair
    ("17,347,988.16" a point off "8,231,151.49") moves it off the others' by a point."""
    edges = sorted({x for gap in gaps for x in gap})
    held = {(a + b) / 2: [g for g in gaps if g[0] <= (a + b) / 2 <= g[1]] for a, b in zip(edges, edges[1:])}
    parts: list[float] = []
    for x in sorted(held, key=lambda x: -len(held[x])):
        if len(held[x]) >= 2 and not any(g[0] <= p <= g[1] for g in held[x] for p in parts) and \
                all(min(box.x1 - x, x - box.x0) < 0.5 for box in boxes if box.x0 < x < box.x1):
            parts.append(x)
    return sorted(parts)


def _within_edges(box: Box, edges: list[float], size: float) -> Box:
    x = _overflow(box, edges, size)
    return box if x is None else Box(box.x0, box.top, x, box.bottom)


def _join_figures_into_text(columns: list[Column], lines: list[Line]) -> list[Column]:
    """A figure set flush right in a wide cell of text ("100%" under a column of sentences,
    a page number in a title's cell) stands clear of that column's text and would read as a
    column of its own. Figures whose cells in the text column on their left are empty are
    that column's cells. Not beside the label column: a row's figures stand beside its label."""
    i = len(columns) - 1
    while i >= 2:
        if _figures_apart_in(columns[i - 1], columns[i], lines):
            columns[i - 1:i + 1] = [Column(columns[i - 1].x0, columns[i].x1)]
        i -= 1
    return columns


def _figures_apart_in(left: Column, right: Column, lines: list[Line]) -> bool:
    texts = [(ln.box.center_y, s) for ln in lines for s in ln.segments if _overlap(s.box, left) > 0]
    figures = [(ln, s) for ln in lines for s in ln.segments if _overlap(s.box, right) > 0]
    if not figures or all(is_figure(s) for _, s in texts):
        return False
    # Text of the left column within a line and a half of a figure is that row's cell beside
    # it (set at the middle, a figure stands between a wrapped cell's lines): two columns.
    return all(is_figure(s) and all(abs(y - ln.box.center_y) > 1.5 * ln.size for y, _ in texts)
               for ln, s in figures)


def _join_close(columns: list[Column], lines: list[Line]) -> list[Column]:
    """Two columns that are one cell's text set with a narrow gap: words that always follow
    their left neighbour's text within one em ("40  years"), or groups of three digits
    after one to three digits within half an em (thousands spaced, "1 649 692")."""
    i = len(columns) - 2
    while i >= 0:
        if _joinable(columns[i], columns[i + 1], lines):
            columns[i:i + 2] = [Column(columns[i].x0, columns[i + 1].x1)]
            i = min(i, len(columns) - 2)
        else:
            i -= 1
    return columns


def _joinable(left: Column, right: Column, lines: list[Line]) -> bool:
    kinds: set[str] = set()
    tight = True
    for line in lines:
        after = [s for s in line.segments if _overlap(s.box, right) > 0]
        before = [s for s in line.segments if _overlap(s.box, left) > 0]
        if not after:
            if before and _digits(before[-1].text, 1):
                return False  # a figure that no group follows: a column of its own
            continue
        if not before:
            if _wordy(after[0].text):
                return False  # words that stand alone are a column of their own
            continue
        gap = after[0].box.x0 - before[-1].box.x1
        if _wordy(after[0].text) and all(_wordy(s.text) for s in after) and gap < line.size:
            kinds.add("words")
        elif _digits(before[-1].text, 1) and _digits(after[0].text, 3) and gap < 0.5 * line.size:
            kinds.add("thousands")
            tight = tight and gap < 0.3 * line.size
        else:
            return False
    rows = sum(1 for ln in lines if any(_overlap(s.box, right) > 0 for s in ln.segments))
    if kinds == {"words"} and _set_flush(left, right, lines):
        return False
    # Groups set tighter than a word space: one row is evidence enough.
    return len(kinds) == 1 and (rows >= 2 or kinds == {"thousands"} and tight)


def _set_flush(left: Column, right: Column, lines: list[Line]) -> bool:
    """Two columns a word space apart that are two columns all the same (extractors'
    _flush_pairs): the left one's cells end at one x from different starts (right-aligned),
    the right one's start at one x and are not all one word (not a unit after a figure)."""
    pairs = []
    for line in lines:
        before = [s for s in line.segments if _overlap(s.box, left) > 0]
        after = [s for s in line.segments if _overlap(s.box, right) > 0]
        if before and after:
            pairs.append((before[-1].box, after[0].box, after[0].text))
    if len(pairs) < 3:
        return False
    ends, starts, lefts = ([p[0].x1 for p in pairs], [p[1].x0 for p in pairs], [p[0].x0 for p in pairs])
    return max(ends) - min(ends) <= 1.5 and max(starts) - min(starts) <= 1.5 and \
        max(lefts) - min(lefts) > 2 and len({p[2] for p in pairs}) >= 2


def _digits(text: str, shortest: int) -> bool:
    """A group of digits as thousands are spaced: 1–3 (the first group) or exactly 3."""
    return bool(re.fullmatch(r"\d{%d,3}" % shortest, text.strip()))


def _wordy(text: str) -> bool:
    """Words, no figures: text that can go on a label ("years"), not a value."""
    return any(ch.isalpha() for ch in text) and not any(ch.isdigit() for ch in text)


def _figures_beside_labels(col: Column, lines: list[Line]) -> list[Column]:
    """A ruled column holding row labels and, clear of them, a column of figures (the rule
    between them drawn only through the header): two columns."""
    inside = [[s for s in ln.segments if col.x0 <= s.box.center_x <= col.x1] for ln in lines]
    spans = _merge_spans([(s.box.x0, s.box.x1) for segs in inside for i, s in enumerate(segs)
                          if i == 0 or is_figure(s)])
    if len(spans) != 2:
        return [col]
    figures = [s for segs in inside for s in segs if s.box.x0 >= spans[1].x0 - 0.5]
    labels = [s for segs in inside for s in segs if s.box.x1 <= spans[0].x1 + 0.5]
    # Row labels stand on several lines; one text beside the figures (a year over them, set
    # off-centre in a full grid) is a header cell, not a column of labels.
    labelled = sum(1 for segs in inside if any(s.box.x1 <= spans[0].x1 + 0.5 for s in segs))
    if len(figures) < 2 or not all(is_figure(s) for s in figures) or labelled < 2 or \
            sum(is_figure(s) for s in labels) > 0.5 * len(labels):
        return [col]
    cut = (spans[0].x1 + spans[1].x0) / 2
    return [Column(col.x0, cut), Column(cut, col.x1)]


def _merge_spans(spans: list[tuple[float, float]]) -> list[Column]:
    columns: list[Column] = []
    for x0, x1 in sorted(spans):
        if columns and x0 <= columns[-1].x1 + 0.5:
            columns[-1].x1 = max(columns[-1].x1, x1)
        else:
            columns.append(Column(x0, x1))
    return columns


def _ruled_columns(region: Region) -> list[Column]:
    box = region.box
    data = [ln.box for ln in region.lines if is_data(ln)]
    # A rule parting the rows of figures parts columns, however short: under a tall header
    # a table's last row overleaf is all its sub-columns' rules show (s329 p133).
    rows = Box.around(data) if data else None
    tall = [r for r in region.vrules if r.box.height >= 0.5 * box.height or
            rows is not None and r.box.top <= rows.top and r.box.bottom >= rows.bottom]
    if len(tall) < 3:
        return []
    xs: list[float] = []
    for x in sorted((r.box.x0 + r.box.x1) / 2 for r in tall):
        if not xs or x - xs[-1] > 3:
            xs.append(x)
    columns = [Column(a, b) for a, b in zip(xs, xs[1:])]
    text_x0 = min(ln.box.x0 for ln in region.lines)
    text_x1 = max(ln.box.x1 for ln in region.lines)
    if text_x0 < xs[0] - 2 or text_x1 > xs[-1] + 2:
        return []  # text outside the rules: they are not the table's grid
    return [c for c in columns if any(_overlap(s.box, c) > 0 for ln in region.lines for s in ln.segments)]


def _overlap(box: Box, col: Column) -> float:
    return min(box.x1, col.x1) - max(box.x0, col.x0)


def column_of(seg: Segment, columns: list[Column]) -> int:
    box = seg.box
    x0, x1 = box.x0, box.x1
    best, most = 0, float("-inf")
    for i, col in enumerate(columns):  # _overlap inlined: it runs for every segment and column
        overlap = (x1 if x1 < col.x1 else col.x1) - (x0 if x0 > col.x0 else col.x0)
        if overlap > most:
            best, most = i, overlap
    if most > 0:
        return best
    center = (box.x0 + box.x1) / 2
    return min(range(len(columns)), key=lambda i: _distance(center, columns[i]))


def _distance(x: float, col: Column) -> float:
    return 0.0 if col.x0 <= x <= col.x1 else min(abs(x - col.x0), abs(x - col.x1))


# --- header ------------------------------------------------------------------------------

def _header_count(lines: list[Line], first_data: int, columns: list[Column], region: Region) -> int:
    """Lines before the first data row that are inside the band or reach a value column, and
    the wrapped lines of the label column's header cell that run on below them."""
    if region.band is not None:
        return first_data
    last = -1
    for i, line in enumerate(lines[:first_data]):
        if any(max(_header_span(s.box, columns)) > 0 for s in line.segments):
            last = i
    while 0 <= last < first_data - 1 and _header_runs_on(lines, last + 1, first_data, columns, region):
        last += 1
    return last + 1


_OPENING, _CLOSING = "(（“‘《〈[【", ")）”’》〉]】"


def _header_runs_on(lines: list[Line], i: int, first_data: int, columns: list[Column], region: Region) -> bool:
    """Line i, under the header's last line over the figures, only in the label column, is
    the label header's cell still wrapping (a long heading in a narrow label column, its unit
    "(单位：千瑞郎)" cut at the end): above the rule that closes the header, or inside a
    bracket the header opened and has not closed."""
    if any(max(_header_span(s.box, columns)) > 0 for s in lines[i].segments):
        return False
    above, line, below = lines[i - 1], lines[i], lines[first_data]
    # The label column's header cell must still be running: its last line just above (the
    # figures' headings, set at the middle, may stand between), not ended or empty.
    labelled = [ln for ln in lines[:i] if any(min(_header_span(s.box, columns)) == 0 for s in ln.segments)]
    if not labelled or line.box.top - labelled[-1].box.bottom > 1.5 * line.size:
        return False
    rules = region.rule_ys()
    if any(above.box.bottom - 1 <= y <= line.box.top + 1 for y in rules):
        return False  # a rule closed the header above it
    if any(line.box.bottom - 1 <= y <= below.box.top + 1 for y in rules):
        return True
    text = "".join(ln.text for ln in lines[:i])
    return sum(text.count(c) for c in _OPENING) > sum(text.count(c) for c in _CLOSING) or \
        _wraps_on_to_a_gap(lines[i - 1:first_data + 1], columns)


def _wraps_on_to_a_gap(lines: list[Line], columns: list[Column]) -> bool:
    """From the header's last line down to the first row of figures (`lines`), the label
    column alone goes on at one pitch, and the row of figures stands further below: the
    label header's cell set on the row's middle, wrapped over more lines than the headings
    beside it, its last lines (the unit) under them (s030 A12). A first row whose label
    wraps round its figures has its figures at that pitch, not after a gap."""
    pitches = [b.baseline - a.baseline for a, b in zip(lines, lines[1:])]
    if len(pitches) < 2 or any(max(_header_span(s.box, columns)) > 0 for ln in lines[1:-1] for s in ln.segments):
        return False
    wrap, gap = pitches[:-1], pitches[-1]
    return max(wrap) - min(wrap) <= PIXEL and gap > min(wrap) + 2 * PIXEL


def _split_at_columns(line: Line, columns: list[Column], near: list[Line] | None = None,
                      rules: list[Box] | None = None) -> Line:
    """Header words set closely over two columns ("graduate Graduate" over two figures
    columns) are two cells where the first part ends flush with its column's right edge
    (or the second starts flush with its column's left edge) and the other part stands
    over another column only; or where the line just above or below parts there too, each
    side over its own column (wrapped headers set tight, their last lines "method method
    sterilization" running together under "Any  modern  Female"). Never a text over a rule
    drawn under it across both parts: a spanner."""
    segments: list[Segment] = []
    for seg in line.segments:
        words = seg.words
        start = 0
        for i in range(1, len(words)):
            left, right = Box.around(w.box for w in words[start:i]), Box.around(w.box for w in words[i:])
            lcols = [c for c in columns if _overlap(left, c) > 0]
            rcols = [c for c in columns if _overlap(right, c) > 0]
            if len(lcols) != 1 or not rcols or lcols[0] in rcols:
                continue
            # Each part set in its own column (flush with an edge or centred), standing over it,
            # not merely touching its edge (s134/s191 A6: "PCT 联盟", a spanner whose "PCT" ends
            # at the figures' right edge by chance, "联盟" set nowhere in the next column).
            lcol, rcol = lcols[0], rcols[0]
            flush = (abs(left.x1 - lcol.x1) <= 1.5 or abs(right.x0 - rcol.x0) <= 1.5) and \
                _set_in(left, lcol) and _set_in(right, rcol) and \
                _overlap(right, rcol) >= 0.5 * right.width and _overlap(left, lcol) >= 0.5 * left.width
            if _underlined(Box.around(w.box for w in words), rules, line.size, columns):
                break
            # CJK text runs on without spaces: its words are no evidence of two cells.
            spaced = not any(is_cjk(ch) for ch in words[i - 1].text + words[i].text)
            if flush and len(rcols) == 1 or spaced and \
                    any(_parted(words[i - 1].box, words[i].box, other, lcols[0], columns) for other in near or []):
                segments.append(Segment(words=words[start:i]))
                start = i
        segments.append(Segment(words=words[start:]) if start else seg)
    return line if len(segments) == len(line.segments) else Line(segments=segments)


def _set_in(box: Box, column: Column) -> bool:
    """Text flush with one of the column's edges or centred in it."""
    return (abs(box.x0 - column.x0) <= 1.5 or abs(box.x1 - column.x1) <= 1.5 or
            abs(box.center_x - (column.x0 + column.x1) / 2) <= 1.5)


def _split_over_wraps(line: Line, near: list[Line]) -> Line:
    """Header cells set side by side a word space apart or less, each wrapped onto the next
    line centred under it ("调剂使用 拨调剂使用 拨调剂使用 总" over "入  出  净额"): parted
    where each part stands centred over one cell of the line beside it, in order."""
    others = sorted((s for ln in near for s in ln.segments), key=lambda s: s.box.x0)
    # Segments a word space apart or less are one run of text here, however cut before.
    runs: list[list[Segment]] = []
    for seg in line.segments:
        if runs and seg.box.x0 - runs[-1][-1].box.x1 <= 0.5 * line.size:
            runs[-1].append(seg)
        else:
            runs.append([seg])
    boxes = [o.box for o in others]
    words = [[w for seg in run for w in seg.words] for run in runs]
    segments = [part for run, ws in zip(runs, words)
                for part in (_centred_parts(ws, boxes) or _parted_at_wide_gaps(ws, boxes, line.size) or run)]
    changed = len(segments) != len(line.segments) or any(a is not b for a, b in zip(segments, line.segments))
    return Line(segments=segments) if changed else line


def _parted_at_wide_gaps(words: list[Word], others: list[Box], size: float) -> list[Segment] | None:
    """The words parted at their wide gaps, where two of the parts or more stand centred (to
    a point) over a cell of `others` (their wrapped lines): headings set side by side a
    little wider apart than their own words, some not wrapped (s104 T1 overleaf: "2022/23 年
    计划和", "2022/23 年 实际数", "2022/23 年 实际数" 5.4 pt apart, their words 2.7 pt, over
    "预算" and "与计划 和预算的差"). None unless so."""
    gaps = [b.box.x0 - a.box.x1 for a, b in zip(words, words[1:])]
    if len(gaps) < 2:
        return None
    narrow = min(gaps)
    cuts = [k + 1 for k, g in enumerate(gaps) if g >= max(WIDE_GAP * narrow, 0.4 * size)]
    if not cuts or len(cuts) == len(gaps):
        return None
    parts = [Segment(words=words[a:b]) for a, b in zip([0] + cuts, cuts + [len(words)])]
    centred = sum(1 for p in parts if any(abs(p.box.center_x - o.center_x) <= 1.0 for o in others))
    return parts if centred >= 2 else None


WIDE_GAP = 1.6   # times the narrowest gap between a line's words: a gap between two cells


def _split_over_columns(line: Line, columns: list[Column]) -> Line:
    """Header cells run together on one line, each part centred (to a point) over one of the
    body's columns (its figures centred in it): that many cells (s198 A1: "调剂使用 拨入 调剂使用
    拨出 调剂使用 总净" over three columns, no head cell above each to part them by)."""
    spans = [Box(c.x0, line.box.top, c.x1, line.box.bottom) for c in columns]
    segments = [part for seg in line.segments
                for part in (_centred_parts(seg.words, spans) or [seg])]
    return Line(segments=segments) if len(segments) != len(line.segments) else line


def _centred_parts(words: list[Word], others: list[Box]) -> list[Segment] | None:
    """The words in runs each centred (to a point) over one of `others` and clear of the next
    run, every word in one; None unless two runs or more."""
    parts: list[Segment] = []
    start = 0
    for i in range(1, len(words) + 1):
        box = Box.around(w.box for w in words[start:i])
        match = next((o for o in others if abs(o.center_x - box.center_x) <= 1.0
                      and box.x0 - 1 <= o.x0 and o.x1 <= box.x1 + 1), None)
        if match is not None and (i == len(words) or words[i].box.x0 >= match.x1):
            parts.append(Segment(words=words[start:i]))
            start = i
    return parts if start == len(words) and len(parts) >= 2 else None


def _parted(left: Box, right: Box, other: Line, col: Column, columns: list[Column]) -> bool:
    """The neighbouring header line has a cell over `left` or over `right` and none over
    both, and `right` stands over columns other than `left`'s."""
    if col in [c for c in columns if _overlap(right, c) > 0]:
        return False
    over_left = [s for s in other.segments if _overlap(s.box, Column(left.x0, left.x1)) > 0]
    over_right = [s for s in other.segments if _overlap(s.box, Column(right.x0, right.x1)) > 0]
    if not over_left and not over_right:
        return False
    return not any(s.box.x0 < left.x1 and s.box.x1 > right.x0 for s in over_left + over_right)


def _underlined(box: Box, rules: list[Box] | None, size: float, columns: list[Column]) -> bool:
    """A rule drawn just under the text, as wide as it at least and not across the whole
    table (the rule under the header): a spanner's underline."""
    return any(0 <= r.top - box.bottom <= 1.5 * size and r.x0 <= box.x0 + 2 and r.x1 >= box.x1 - 2
               and not (r.x0 <= columns[0].x1 and r.x1 >= columns[-1].x0) for r in rules or [])


def _joined_within_rules(line: Line, region: Region, columns: list[Column]) -> Line:
    """Words of a header line between the same two vertical rules (and within one of the
    body's columns) are one cell's text, however wide justified setting spreads them."""
    mid = (line.box.top + line.box.bottom) / 2
    xs = [r.box.center_x for r in region.vrules if r.box.top - 1 <= mid <= r.box.bottom + 1]
    xs += [c.x0 for c in columns[1:]]
    segments: list[Segment] = []
    for seg in line.segments:
        if segments and not any(segments[-1].box.x1 < x < seg.box.x0 for x in xs):
            segments[-1] = Segment(words=segments[-1].words + seg.words)
        else:
            segments.append(seg)
    return line if len(segments) == len(line.segments) else Line(segments=segments)


@dataclass
class HeaderBlock:
    """A header cell: segments stacked on consecutive lines (a wrapped label)."""
    texts: list[str]
    box: Box
    size: float


def header_blocks(lines: list[Line], rules: list[Box] | None = None, leading: float = 0.0,
                  grid: list[Column] | None = None, wrap: float = 0.0,
                  cells: list[Box] | None = None) -> list[HeaderBlock]:
    """Header lines → header cells. `leading`: how far apart the lines of one cell stand in
    this table, where its body shows it (0: a line's height and a little). `grid`: the
    columns drawn between vertical rules, if any: a cell's lines are all its lines between
    two of them (and two rules across), however far apart its tall leading sets them.
    `wrap`: how far apart the body's labels wrap (`_label_wrap_pitch`). `cells`: fills drawn
    cell by cell (`_shaded_cells`): a cell's lines are all its lines inside one of them."""
    blocks: list[HeaderBlock] = []
    leading = max(leading, _stacked_pitch(lines, rules or []), _one_to_one_pitch(lines, rules or [], wrap))
    for line in lines:
        # Where headings of the line above are parents of this line's cells, so are the
        # others beside them: a short one ("差异") stands over its middle child alone. Not
        # over a cell at the line's end ("Age group" / "(yrs)" in the label column).
        parents = [b for b in blocks if any(_over_neighbours(b.box, s.box, line) and _aligned(s.box, b.box)
                                            for s in line.segments)]
        for seg in line.segments:
            box = seg.box
            # A rule between two header lines (a spanner's underline) parts their cells.
            below_of = [b for b in blocks if (_wraps_into(b, box, line, leading) or _one_ruled_cell(b, box, line, grid)
                                              or _one_shaded_cell(b, box, line, cells, blocks))
                        and not (_neighbours(box, line) and any(b.box.overlaps_y(p.box) for p in parents))
                        and not any(b.box.bottom - 1 <= (r.top + r.bottom) / 2 <= box.top + 1
                                    and min(r.x1, b.box.x1) - max(r.x0, b.box.x0) >= 0.5 * b.box.width
                                    for r in rules or [])]
            if below_of:
                block = below_of[-1]
                block.texts.append(seg.text)
                block.box = block.box.union(box)
            else:
                blocks.append(HeaderBlock([seg.text], box, line.size))
    return blocks


def _one_ruled_cell(block: HeaderBlock, box: Box, line: Line, grid: list[Column] | None) -> bool:
    """The segment stands under the block between the same two vertical rules of a grid, the
    only one of its line there (a rule across between them parts them: header_blocks)."""
    if not grid or box.top < block.box.bottom - 1:
        return False
    within = [c for c in grid if c.x0 - 1 <= min(box.x0, block.box.x0) and max(box.x1, block.box.x1) <= c.x1 + 1]
    return bool(within) and sum(1 for s in line.segments if _overlap(s.box, within[0]) > 0) == 1


def _one_shaded_cell(block: HeaderBlock, box: Box, line: Line, cells: list[Box] | None,
                     blocks: list[HeaderBlock]) -> bool:
    """The segment stands under the block inside the fill of one cell with it, each the only
    one of its line there (s290 A12: LibreOffice shades each header cell; the label column's
    heading wraps over five lines at a word processor's leading, the unit note on the last two)."""
    if not cells or box.top < block.box.bottom - 1:
        return False
    around = next((c for c in cells if c.x0 - 1 <= min(box.x0, block.box.x0) and max(box.x1, block.box.x1) <= c.x1 + 1
                   and c.top - 1 <= block.box.top and box.bottom <= c.bottom + 1), None)
    return around is not None and sum(1 for s in line.segments if s.box.overlaps_x(around)) == 1 and \
        not any(b is not block and b.box.overlaps_x(around) and b.box.overlaps_y(around) for b in blocks)


def _shaded_cells(region: Region) -> list[Box]:
    """The cells of a header band drawn cell by cell (a word processor's): the pieces narrower
    than the band they make up. A band drawn row by row across the table says nothing of
    where a cell ends; light stripes shade body rows, not a header's cells."""
    return [piece for f in region.fills if f.dark for piece in f.pieces if piece.width < f.box.width - 1]


def _stacked_pitch(lines: list[Line], rules: list[Box]) -> float:
    """How far apart a header cell's lines stand where one cell shows three of them, one
    under the other on one middle at one pitch with no rule between: a body of
    one-line ruled rows gives no leading, and a word processor's tall lines stand further
    apart than a line's height and a little (s026 A5: "DG/", "DDG/", "ADG" one cell each
    time, not three header rows). 0 where no cell shows it."""
    # Cells set on their middle put the other cells' lines half way between a cell's lines
    # (s176 A1: "2022/23 年" / "调剂使用后 最" / "终预算", the next cell's lines between them).
    halfway = [(a, c, e) for a, b, c, d, e in zip(lines, lines[1:], lines[2:], lines[3:], lines[4:])
               if abs(2 * b.baseline - a.baseline - c.baseline) <= PIXEL
               and abs(2 * d.baseline - c.baseline - e.baseline) <= PIXEL]
    for a, b, c in list(zip(lines, lines[1:], lines[2:])) + halfway:
        pitch = b.baseline - a.baseline
        if abs(c.baseline - b.baseline - pitch) > PIXEL or not 0 < pitch <= 3 * a.size or \
                any(a.box.bottom <= r.center_y <= c.box.top for r in rules):
            continue
        for top in a.segments:
            middle = next((m for m in b.segments if _on_one_middle(top.box, m.box)), None)
            bottom = middle and next((s for s in c.segments if _on_one_middle(middle.box, s.box)), None)
            # Lines of one length set on one left edge are as likely three rows of a column
            # of text (a table of text whose body follows its header unruled).
            if bottom is not None and len({round(box.x0) for box in (top.box, middle.box, bottom.box)}) > 1:
                return pitch
    return 0.0


# A header's own lines: rows read as header (a table of text's) hold figures, or lie deeper.
HEADER_LINES = 3


def _one_to_one_pitch(lines: list[Line], rules: list[Box], wrap: float = 0.0) -> float:
    """How far apart a header cell's lines stand where a header line goes on the cells of a
    line above one to one: each of its segments under one cell, aligned with it and shorter,
    no cell with two under it (a heading's children stand several under it, and beside it
    under no cell), no rule between, less than 1.2 lines below. A word processor's tall lines
    set a cell's wrapped line this far down ("经调整的项目" / "预算", "收入实际" / "数"); cells
    set on their middle put the other cells' line between the two. 0 where no line shows it."""
    head = [ln for ln in lines[:HEADER_LINES] if not n_figures(ln)]
    for i, a in enumerate(head):
        for b, between in ((head[k], head[i + 1:k]) for k in (i + 1, i + 2) if k < len(head)):
            gap = b.box.top - a.box.bottom
            # Other cells set on their middle between the two lines show how far a cell's
            # lines stand apart in a tall leading (LibreOffice's 1.6 lines: 1.3 lines apart).
            # So do two cells side by side or more, each going on in one cell right under it
            # (s200 A1: "2022/23 年计划和" / "预算" beside "2022/23 年调剂使" / "用后 最终预算",
            # 1.25 lines apart in a table set small).
            beside = _wrapped_beside(a, b)
            centred = _centred_over_one(a, b, wrap)
            if centred:
                # From the cell under it: other cells' fonts may stand taller on the line.
                gap = min(s.box.top for s in b.segments if s.box.overlaps_x(a.box)) - a.box.bottom
            # A heading's first line as far above as the body's labels wrap is its line,
            # however tall the leading (a word processor's double spacing).
            widest = (1.5 if between or beside else 1.2) * a.size
            if 0.7 * a.size < gap and (gap <= widest or centred) and all(_on_the_middle(m, a, b) for m in between) \
                    and not any(a.box.bottom <= r.center_y <= b.box.top for r in rules) \
                    and (_goes_on(a, b) or beside or centred):
                return b.baseline - a.baseline
    return 0.0


def _goes_on(a: Line, b: Line) -> bool:
    """Every segment of b under one of a's, one to one, its wrapped text (`_wraps_on`)."""
    pairs: list[tuple[Segment, Segment]] = []
    for seg in b.segments:
        over = [top for top in a.segments if top.box.overlaps_x(seg.box)]
        if len(over) != 1:
            return False
        pairs.append((seg, over[0]))
    tops = [id(top) for _, top in pairs]
    # A flush-left line as long as the cell over it says nothing alone (a table of text's
    # next row starts there too), unless it goes on the label column's heading.
    return len(set(tops)) == len(tops) and _wraps_on(pairs, a.size, alone_ok=tops == [id(a.segments[0])])


def _wrapped_beside(a: Line, b: Line) -> bool:
    """Every cell of a, two or more, goes on in one segment of b right under it
    (`_wraps_on`); b's other segments stand under none of a's (headings of their own, set
    at the foot of their cells beside the wrapped ones: s071 and s002 A1, "2022/23 年计划"
    / "和预算" beside "调剂使用"). A spanner has several children under it, not one."""
    if len(a.segments) < 2:
        return False
    pairs: list[tuple[Segment, Segment]] = []
    for top in a.segments:
        under = [s for s in b.segments if s.box.overlaps_x(top.box)]
        if len(under) != 1:
            return False
        pairs.append((under[0], top))
    return _wraps_on(pairs, a.size)


def _centred_over_one(a: Line, b: Line, wrap: float) -> bool:
    """a's one cell stands centred on one of b's cells (not the label column's, among three
    or more), wider, as far above it as the body's labels wrap (`_label_wrap_pitch`): a
    heading's first line set on its foot (s131: "经调整的 项目" over "预算" beside "项目 预算"
    and "支出"). A spanner over children beside it stands so too where no body says how far
    a cell's lines stand apart."""
    if len(a.segments) != 1 or wrap <= 0 or abs(b.baseline - a.baseline - wrap) > PIXEL:
        return False
    top = a.segments[0]
    under = [s for s in b.segments if s.box.overlaps_x(top.box)]
    return len(b.segments) >= 3 and len(under) == 1 and under[0] is not b.segments[0] and \
        abs(under[0].box.center_x - top.box.center_x) <= 1.5 and top.box.width > under[0].box.width


def _label_wrap_pitch(lines: list[Line], columns: list[Column]) -> float:
    """How far apart the body's labels wrap: a line of the label column alone, the next line
    going on flush under it; where two such agree (0 where not)."""
    pitches = [b.baseline - a.baseline for a, b in zip(lines, lines[1:])
               if len(a.segments) == 1 and column_of(a.segments[0], columns) == 0 and not n_figures(a)
               and abs(b.box.x0 - a.box.x0) <= 1.0 and column_of(b.segments[0], columns) == 0]
    agreeing = max(clusters(pitches, PIXEL), key=len, default=[])
    return min(agreeing) if len(agreeing) >= 2 else 0.0


def _wraps_on(pairs: list[tuple[Segment, Segment]], size: float, alone_ok: bool = False) -> bool:
    """Each segment goes on the text of the one over it (`_wrap_of`, flush left and as long
    allowed), and one at least ends its cell shorter, centred or aligned (`alone_ok`: no
    need of that)."""
    return all(_wrap_of(seg.box, top.box, size, flush=True) for seg, top in pairs) and \
        (alone_ok or any(_wrap_of(seg.box, top.box, size) for seg, top in pairs))


def _wrap_of(box: Box, top: Box, size: float, flush: bool = False) -> bool:
    """`box` may go on the text of `top` on the next line: aligned with it and shorter, or,
    with `flush`, flush left with it and as long (a heading's middle lines, wrapped over
    several: s062 A12's label heading, A1's "2022/23 年调剂" / "使用后最终预算"), or
    centred on its middle and as long ("2022/23 年调" / "剂使用后预算")."""
    if flush and abs(box.x0 - top.x0) <= 1.0 and box.width <= top.width + 0.5 * size:
        return True
    # Centred lines break where the text allows: a first line ending in a Latin run
    # ("2022/23 年实际 数" / "与计划和预算 的差异", s323 T2) may be shorter by an em.
    if flush and _on_one_middle(box, top) and box.width <= top.width + size:
        return True
    return _aligned(box, top) and box.width <= top.width - 0.5 * size


def _on_the_middle(m: Line, a: Line, b: Line) -> bool:
    """m stands on the middle between a and b, beside their cells."""
    middle = (a.box.center_y + b.box.center_y) / 2
    return abs(m.box.center_y - middle) <= 1.5 and not any(
        min(s.box.x1, t.box.x1) > max(s.box.x0, t.box.x0) for s in m.segments for t in a.segments + b.segments)


def _on_one_middle(a: Box, b: Box) -> bool:
    """One under the other on one middle (1.5 pt: closer than `_aligned` asks, since three
    such lines alone decide a header's leading)."""
    return abs(a.center_x - b.center_x) <= 1.5


def _aligned(a: Box, b: Box) -> bool:
    """One under the other on one left edge, right edge or middle (2.5 pt)."""
    return min(abs(a.x0 - b.x0), abs(a.x1 - b.x1), abs(a.center_x - b.center_x)) <= 2.5


def _wraps_into(block: HeaderBlock, box: Box, line: Line, leading: float = 0.0) -> bool:
    """The segment continues the block's text on the next printed line: as close under it as
    a line's height and a little, or as the lines of the body's cells stand (`leading`)."""
    gap = box.top - block.box.bottom
    if not (-1 <= gap <= max(0.7 * block.size, leading - box.height + PIXEL)):
        return False
    aligned = _aligned(box, block.box)
    # Several segments side by side under one wider block are its children, not its wrap;
    # a child may reach out past the block's ends (a heading centred over wider columns).
    under = [s for s in line.segments if min(s.box.x1, block.box.x1) - max(s.box.x0, block.box.x0) > 1.0]
    return aligned and len(under) <= 1 and not _over_neighbours(block.box, box, line)


def _neighbours(box: Box, line: Line) -> tuple[Box, Box] | None:
    """The nearest cells of the line left and right of `box`; None without one on each side."""
    left = [s.box for s in line.segments if s.box.x1 <= box.x0]
    right = [s.box for s in line.segments if s.box.x0 >= box.x1]
    if not left or not right:
        return None
    return max(left, key=lambda b: b.x1), min(right, key=lambda b: b.x0)


def _over_neighbours(block: Box, box: Box, line: Line) -> bool:
    """The block reaches over the cells beside `box` on its line, on both sides, past six
    tenths of the way to their middles, and they and `box` are short beside it: a heading
    centred over its children, one of them right under its middle ("2022/23 年核定预算"
    over DG/DDG, D, P, G, 合计), not a cell whose wrapped text `box` is (its neighbours
    stand a column away)."""
    near = _neighbours(box, line)
    if near is None:
        return False
    half = block.width / 2
    # Children are short beside their heading; a wrapped cell's neighbours are cells of text.
    return all(b.width < half for b in (box, *near)) and half > 0.6 * (box.center_x - near[0].center_x) \
        and half > 0.6 * (near[1].center_x - box.center_x)


def place_header(lines: list[Line], columns: list[Column], rules: list[Box] | None = None,
                 leading: float = 0.0, flush_right: set[int] | None = None, grid: list[Column] | None = None,
                 wrap: float = 0.0, cells: list[Box] | None = None,
                 ) -> tuple[list[Column], list[tuple[HeaderBlock, list[int]]]]:
    """Header lines → their cells (`header_blocks`) → the columns they stand over (`place_blocks`)."""
    return place_blocks(header_blocks(lines, rules, leading, grid, wrap, cells), columns, flush_right)


def _flush_right(lines: list[Line], columns: list[Column]) -> set[int]:
    """The columns other than the labels' whose cells all end at one x from different starts:
    set flush right, so that their column's cell ends there (and its header with it)."""
    ends: dict[int, list[Box]] = {}
    for ln in lines:
        for seg in ln.segments:
            ends.setdefault(column_of(seg, columns), []).append(seg.box)
    return {j for j, boxes in ends.items() if j > 0 and len(boxes) >= 2
            and max(b.x1 for b in boxes) - min(b.x1 for b in boxes) <= 1.0
            and max(b.x0 for b in boxes) - min(b.x0 for b in boxes) > 1.0}


def place_blocks(blocks: list[HeaderBlock], columns: list[Column], flush_right: set[int] | None = None,
                 ) -> tuple[list[Column], list[tuple[HeaderBlock, list[int]]]]:
    """Header cells → the columns they stand over, bottom-up.

    A placed single-column cell widens its column's reach, so that a left-aligned
    parent above it finds its column too. A header cell standing clear of every
    column is a column of its own whose body is empty on this page. `flush_right`:
    the columns whose cells are set flush right (`_flush_right`)."""
    reach = [Column(c.x0, c.x1) for c in columns]
    placed: list[tuple[HeaderBlock, list[int]]] = []
    headed: set[int] = set()
    # Level by level from the bottom: a child header claims its column before the parent
    # above it is placed; within a level, cells over their figures go before loose ones.
    for level in _levels(blocks):
        loose = []
        for block in level:
            if any(_overlap(block.box, c) > 0 for c in reach):
                span = _place(block, reach)
                headed.update(span)
                placed.append((block, span))
            else:
                loose.append(block)
        for block in loose:
            if any(_overlap(block.box, c) > 0 for c in reach):
                span = _place(block, reach)
            elif over := _centered_span(block, [], placed, reach):
                # Clear of every column but centred over headers placed below: their parent.
                span = over
            elif _stub_header(block, reach, headed):
                span = [0]
            elif (col := _headerless_neighbour(block, reach, headed, placed, flush_right or set(),
                                               blocks)) is not None:
                span = [col]
                reach[col].x0, reach[col].x1 = min(reach[col].x0, block.box.x0), max(reach[col].x1, block.box.x1)
            elif all(_distance_box(block.box, c) > 2.0 for c in reach):
                reach.append(Column(block.box.x0, block.box.x1))
                span = [len(reach) - 1]
            else:
                span = _place(block, reach)
            headed.update(span)
            placed.append((block, span))
    # Columns found in the header join the body's in left-to-right order.
    order = sorted(range(len(reach)), key=lambda i: reach[i].x0)
    new_index = {old: new for new, old in enumerate(order)}
    reach = [reach[i] for i in order]
    placed = [(block, sorted(new_index[c] for c in span)) for block, span in placed]
    # Left to right, so that a spanner printed over its first column knows which columns the
    # spanners before it have taken.
    spans: dict[int, list[int]] = {}
    for block, span in sorted(placed, key=lambda p: p[0].box.x0):
        spans[id(block)] = span if _full_row(block, placed, len(reach)) else \
            _centered_span(block, span, placed, reach, spans)
    return reach, [(block, spans[id(block)]) for block, _ in placed]


def _full_row(block: HeaderBlock, placed: list[tuple[HeaderBlock, list[int]]], n_cols: int) -> bool:
    """The header row of the cell holds a cell over every column, one column each: a row of
    cells (rows of the body a renderer set as header, s165), not a spanner over children."""
    row = [sp for b, sp in placed if _same_level(b, block)]
    return len(row) == n_cols and sorted(c for sp in row for c in sp) == list(range(n_cols))


def _left_aligned_span(block: HeaderBlock, span: list[int], placed: list[tuple[HeaderBlock, list[int]]],
                       below: list[tuple[HeaderBlock, list[int]]]) -> list[int]:
    """A parent left-aligned with its first child heads every child up to where the next
    header of its own level begins ("部门" over 专利 … 行政, up to "总计")."""
    same_level = [b for b, _ in placed if b is not block and abs(b.box.bottom - block.box.bottom) <= 2.0]
    next_x0 = min((b.box.x0 for b in same_level if b.box.x0 > block.box.x1 - 1), default=float("inf"))
    children = [sp for b, sp in below if block.box.x0 - 2.0 <= b.box.x0 < next_x0]
    return sorted({c for sp in children for c in sp} | set(span)) if children else span


def _levels(blocks: list[HeaderBlock]) -> list[list[HeaderBlock]]:
    """Header cells grouped by the line they end on, bottom level first."""
    levels: list[list[HeaderBlock]] = []
    for block in sorted(blocks, key=lambda b: -b.box.bottom):
        if levels and _same_level(levels[-1][0], block):
            levels[-1].append(block)
        else:
            levels.append([block])
    return levels


def _same_level(a: HeaderBlock, b: HeaderBlock) -> bool:
    """Two header cells of one header row: ending on one line, or each standing across the
    other's middle (a one-line label set vertically centred beside a wrapped one)."""
    if abs(a.box.bottom - b.box.bottom) <= 2.0:
        return True
    mid_a, mid_b = (a.box.top + a.box.bottom) / 2, (b.box.top + b.box.bottom) / 2
    return a.box.top <= mid_b <= a.box.bottom and b.box.top <= mid_a <= b.box.bottom


def _centered_span(block: HeaderBlock, span: list[int], placed: list[tuple[HeaderBlock, list[int]]],
                   reach: list[Column], done: dict[int, list[int]] | None = None) -> list[int]:
    """A parent header centred over several child headers spans all of their columns; one
    printed over the first of them only spans them too (`done`: spans of the cells before)."""
    near = [(b, sp) for b, sp in placed
            if b is not block and -1 < b.box.top - block.box.bottom < _children_reach(block, placed)]
    # The rest of that header row: one-line cells set at its bottom, beside wrapped ones.
    below = sorted(near + [(b, sp) for b, sp in placed if b is not block and all(b is not n for n, _ in near)
                           and b.box.top > block.box.bottom - 1 and any(_same_level(b, n) for n, _ in near)],
                   key=lambda p: p[0].box.x0)
    # Left-aligned text starts where its cell's padding ends, as its first child's does: to a
    # fraction of a point. A centred heading that merely begins within 2 pt of a child's
    # first character is centred, when it stands on the middle of three or more of them.
    offset = min((abs(b.box.x0 - block.box.x0) for b, _ in below), default=float("inf"))
    if offset <= 0.5 or (offset <= 2.0 and not _squarely_centred(block, below, reach)):
        return _left_aligned_span(block, span, placed, below)
    if done is not None and (first := _over_first_child(block, span, below, placed, done)):
        return first
    centre = block.box.center_x
    # Spanners side by side on one line share the children out: each centred over the widest
    # run of them nearer to its own centre than to another's ("差异" over all five of its
    # columns, not the middle three). Alone, it spans the narrowest run it is centred over,
    # but in a header set at the top of its cells the widest run of cells on the line under
    # it with nothing over them, squarely on its middle: a heading of its own would start on
    # the spanner's line.
    lo, hi = min((b.box.x0 for b, _ in below), default=0.0), max((b.box.x1 for b, _ in below), default=0.0)
    peers = [b.box.center_x for b, _ in placed if b is not block and _same_level(b, block) and lo <= b.box.center_x <= hi]
    top_set = _top_set_beside(block, placed)
    flanked: list[int] = []
    flanked_width = 0.0
    best: list[int] = span
    best_width = float("inf")
    widest = 0.0
    for i in range(len(below)):
        for j in range(i + 1, len(below)):
            x0, x1 = _run_extent(below[i:j + 1], reach)
            run = {c for _, sp in below[i:j + 1] for c in sp}
            if not (x0 <= block.box.x0 + 1 and x1 >= block.box.x1 - 1 and set(span) <= run and
                    abs((x0 + x1) / 2 - centre) <= 0.15 * (x1 - x0)):
                continue
            if peers and all(abs(b.box.center_x - centre) < min(abs(b.box.center_x - p) for p in peers)
                             for b, _ in below[i:j + 1]):
                if x1 - x0 > widest:
                    best, widest = sorted(run), x1 - x0
            elif not widest and x1 - x0 < best_width:
                best = sorted(run)
                best_width = x1 - x0
            if top_set and x1 - x0 > flanked_width and abs((x0 + x1) / 2 - centre) <= 0.05 * (x1 - x0) \
                    and _headless_row(below[i:j + 1], block, placed):
                flanked, flanked_width = sorted(run), x1 - x0
    return flanked if flanked and not widest else best


def _top_set_beside(block: HeaderBlock, placed: list[tuple[HeaderBlock, list[int]]]) -> bool:
    """The header cells beside the spanner on its level start on its line, and one of them
    reaches down past it (a cell two rows high, set at its top)."""
    beside = [b for b, _ in placed if b is not block and (_same_level(b, block) or abs(b.box.top - block.box.top) <= 2.0)]
    return bool(beside) and all(abs(b.box.top - block.box.top) <= 2.0 for b in beside) \
        and any(b.box.bottom > block.box.bottom + 2.0 for b in beside)


def _headless_row(run: list[tuple[HeaderBlock, list[int]]], block: HeaderBlock,
                  placed: list[tuple[HeaderBlock, list[int]]]) -> bool:
    """Child headers on one line with no other header over any of them."""
    top = run[0][0].box.top
    return all(abs(b.box.top - top) <= 2.0 and not any(
        p is not block and p is not b and p.box.bottom <= b.box.top + 1 and p.box.overlaps_x(b.box)
        for p, _ in placed) for b, _ in run)


def _squarely_centred(block: HeaderBlock, below: list[tuple[HeaderBlock, list[int]]], reach: list[Column]) -> bool:
    """The header stands on the middle of three or more children side by side, to a
    twentieth of their width (s031 and s029 A5: "2022/23 年调剂使用后最终预算" over its five
    columns began 1-2 pt from "D", its second child, and was read as left-aligned over the
    next group's first columns)."""
    for i in range(len(below)):
        for j in range(i + 2, len(below)):
            x0, x1 = _run_extent(below[i:j + 1], reach)
            if x0 <= block.box.x0 and block.box.x1 <= x1 and \
                    abs((x0 + x1) / 2 - block.box.center_x) <= 0.05 * (x1 - x0):
                return True
    return False


def _run_extent(run: list[tuple[HeaderBlock, list[int]]], reach: list[Column]) -> tuple[float, float]:
    """From the left of a run of child headers (the first one's, or its columns') to the right
    of the last (their headers' or columns')."""
    cols = [reach[c] for _, sp in run for c in sp]
    return min([run[0][0].box.x0] + [c.x0 for c in cols]), max([b.box.x1 for b, _ in run] + [c.x1 for c in cols])


def _children_reach(block: HeaderBlock, placed: list[tuple[HeaderBlock, list[int]]]) -> float:
    """How far under a header cell its children may stand: three and a half lines, or as far
    as the next level down when a word processor sets the header's lines wider apart than
    that (a 6.5 pt header on 31 pt lines), though never past six of the header's lines
    (as far apart as its wrapped cells set them: small type on tall lines)."""
    gaps = [b.box.top - block.box.bottom for b, _ in placed if b is not block and b.box.top - block.box.bottom > -1]
    nearest = min(gaps, default=float("inf"))
    line = max([block.size] + [(b.box.height - b.size) / (len(b.texts) - 1) for b, _ in placed if len(b.texts) >= 2])
    return max(3.5 * block.size, nearest + 1.0) if nearest < 6 * line else 3.5 * block.size


def _over_first_child(block: HeaderBlock, span: list[int], below: list[tuple[HeaderBlock, list[int]]],
                      placed: list[tuple[HeaderBlock, list[int]]], done: dict[int, list[int]]) -> list[int] | None:
    """A spanning header printed over the first of its columns, the cells of its row after it
    left blank (an HTML table's spanning label in its first cell): it heads the columns after
    that one which have a header under it and none at its own level, up to the next header of
    its level. Not when a column just before it has a header under it and none above: then
    the label is centred over several columns, not printed over its first."""
    if len(span) != 1:
        return None
    first = span[0]
    # The row of headers under it, with those of that row set lower (centred beside wrapped ones).
    row = [(b, sp) for b, sp in placed if b.box.top > block.box.bottom - 1
           and any(b is c or _same_level(b, c) for c, _ in below)]
    children = {col: b for b, sp in row for col in sp}
    under = children.get(first)
    centre = (block.box.x0 + block.box.x1) / 2
    if under is None or not under.box.x0 - 1 <= centre <= under.box.x1 + 1:
        return None
    peers = [(b, sp) for b, sp in placed if b is not block and _same_level(b, block)]
    taken = {col for b, sp in peers for col in done.get(id(b), sp)}
    if first - 1 in children and first - 1 not in taken:
        return None
    end = first + 1
    while end in children and end not in taken and not any(
            min(b.box.x1, children[end].box.x1) > max(b.box.x0, children[end].box.x0) for b, _ in peers):
        end += 1
    return list(range(first, end)) if end > first + 1 else None


def _stub_header(block: HeaderBlock, reach: list[Column], headed: set[int]) -> bool:
    """A header clear of every column between the row labels and the first column of figures,
    as if centred in a cell that starts where the labels do and ends before the figures: the
    header of the labels (费用类别, 部门), when they have none."""
    if 0 in headed or len(reach) < 2:
        return False
    labels, figures = reach[0], min(reach[1:], key=lambda c: c.x0)
    centre = (block.box.x0 + block.box.x1) / 2
    return labels.x1 < block.box.x0 and block.box.x1 < figures.x0 and 2 * centre - labels.x0 <= figures.x0


def _headerless_neighbour(block: HeaderBlock, reach: list[Column], headed: set[int],
                          placed: list[tuple[HeaderBlock, list[int]]], flush_right: set[int],
                          blocks: list[HeaderBlock]) -> int | None:
    """The nearest column with no header of its own, if no other header stands between:
    a left-aligned header over right-aligned figures that do not reach it. Not a column set
    flush right that the header stands wholly right of: its cell, and the header in it, end
    where its figures do, so that header is the next column's (empty on this page). Nor a
    column that a header cell beside this one stands over alone: that one is its header, so
    this one heads a column empty on this page."""
    best: int | None = None
    for i, col in enumerate(reach):
        if i in headed or i == 0 or (i in flush_right and block.box.x0 > col.x1 + 1.0):
            continue
        if any(_beside(b, block) and _over_alone(b.box, reach) == i for b in blocks):
            continue
        lo, hi = sorted((block.box.x1, col.x0) if col.x0 >= block.box.x1 else (col.x1, block.box.x0))
        # Nor one with another header cell of this row nearer it, placed yet or not (s235 T1
        # overleaf: "计划和预算" left of "实际数", which heads the figures right of it).
        if any(lo < (b.box.x0 + b.box.x1) / 2 < hi for b in [b for b, _ in placed] +
               [b for b in blocks if _beside(b, block)]):
            continue
        if best is None or _distance_box(block.box, col) < _distance_box(block.box, reach[best]):
            best = i
    return best


def _over_alone(box: Box, columns: list[Column]) -> int | None:
    """The one column a header cell stands over, if it stands over exactly one."""
    hits = _columns_under(box, columns)
    return hits[0] if len(hits) == 1 else None


def _columns_under(box: Box, columns: list[Column]) -> list[int]:
    """The columns a text stands over, at least in part."""
    return [i for i, c in enumerate(columns) if _overlap(box, c) > 0]


def _beside(a: HeaderBlock, b: HeaderBlock) -> bool:
    """Two header cells of one header row, however many lines each wraps to: side by side."""
    return a is not b and a.box.overlaps_y(b.box)


def _place(block: HeaderBlock, reach: list[Column]) -> list[int]:
    span = _header_span(block.box, reach)
    if len(span) == 1:
        col = reach[span[0]]
        col.x0, col.x1 = min(col.x0, block.box.x0), max(col.x1, block.box.x1)
    return span


def header_rows(placed: list[tuple[HeaderBlock, list[int]]], n_cols: int, page: int) -> list[list[Cell]]:
    """Placed header cells → levels, top-aligned per column in printed order."""
    per_col: list[list[HeaderBlock]] = [[] for _ in range(n_cols)]
    for block, span in sorted(placed, key=lambda p: p[0].box.top):
        for col in span:
            per_col[col].append(block)
    depth = max((len(p) for p in per_col), default=0)
    grid = [[Cell("", "", page) for _ in range(n_cols)] for _ in range(depth)]
    for col, blocks in enumerate(per_col):
        for level, block in enumerate(blocks):
            raw = join_lines(block.texts)
            grid[level][col] = Cell(clean_text(raw), raw, page, block.box)
    return grid


def _distance_box(box: Box, col: Column) -> float:
    return max(0.0, col.x0 - box.x1, box.x0 - col.x1)


def _header_span(box: Box, columns: list[Column]) -> list[int]:
    hits = [i for i, c in enumerate(columns) if _overlap(box, c) > min(2.0, 0.2 * (c.x1 - c.x0))]
    if hits:
        return hits
    center = (box.x0 + box.x1) / 2
    return [min(range(len(columns)), key=lambda i: _distance(center, columns[i]))]


# --- rows --------------------------------------------------------------------------------

LEADERS_END = re.compile(r"(?:\.\s?){3,}$")


def _cell_leading(lines: list[Line], rules: list[float], columns: list[Column]) -> float:
    """How far apart (baseline to baseline) the lines of one cell stand, as the
    body shows it; 0 where it does not. A renderer with a tall font (LibreOffice with
    WenQuanYi or Noto) sets a cell's lines further apart than a line's height and a little.
    Where drawn rules part every row: the smallest pitch of two lines no rule parts (a wrapped
    cell), at least a line's height (figures set between two label lines are closer). Else the
    smallest pitch of the label column's lines, when clearly less than the rows' (labels wrap)."""
    pairs = list(zip(lines, lines[1:]))
    ruled = [any(a.box.bottom - 1 <= y <= b.box.top + 1 for y in rules) for a, b in pairs]
    data = [ln for ln in lines if n_figures(ln)]
    if len(data) < 3:
        return _wrapped_label_pitch(lines, columns)
    height = median_size(lines)
    if sum(ruled) >= 0.6 * (len(data) - 1):
        # A label's lines one after another, where labels wrap: the figures of a row set on
        # its middle stand between two of them, half as far (s161 A4).
        label_lines = [ln for ln in lines if any(column_of(s, columns) == 0 for s in ln.segments)]
        wrapped = [b.baseline - a.baseline for a, b in zip(label_lines, label_lines[1:])
                   if not any(a.box.bottom - 1 <= y <= b.box.top + 1 for y in rules)
                   and b.baseline - a.baseline >= 0.9 * height]
        return _leading(wrapped or [b.baseline - a.baseline for (a, b), r in zip(pairs, ruled)
                                    if not r and b.baseline - a.baseline >= 0.9 * height])
    labels = [_label_baseline(ln, columns) for ln in lines if any(column_of(s, columns) == 0 for s in ln.segments)]
    leading = _leading([b - a for a, b in zip(labels, labels[1:]) if b - a >= 0.9 * height])
    row_pitch = min(b.baseline - a.baseline for a, b in zip(data, data[1:]))
    return leading if leading < 0.8 * row_pitch else 0.0


def _wrapped_label_pitch(lines: list[Line], columns: list[Column]) -> float:
    """Where too few rows of figures show the rows' pitch (a table's page with one or two long
    rows): the pitch of a label wrapped over three lines or more (the last may hold its row's
    figures), lines of the label column alone one after another at one pitch (s026 A11-21: a
    row whose label wraps over eleven lines, under a header whose wrapped heading then read as
    a spanner); 0 where none is."""
    alone = [not n_figures(ln) and all(column_of(s, columns) == 0 for s in ln.segments) for ln in lines]
    # A label set on its row's bottom ends on the line of its figures.
    ends = [bool(n_figures(ln)) and column_of(ln.segments[0], columns) == 0 for ln in lines]
    pitches = [b.baseline - a.baseline if alone[i] and (alone[i + 1] or ends[i + 1]) else 0.0
               for i, (a, b) in enumerate(zip(lines, lines[1:]))]
    steady = [p for p, q in zip(pitches, pitches[1:]) if p > 0 and q > 0 and abs(p - q) <= PIXEL]
    height = median_size(lines) if lines else 0.0
    return _leading([p for p in steady if p >= 0.9 * height])


MAX_LEADING = 2.5  # lines: no cell's wrapped lines stand further apart


def group_rows(lines: list[Line], columns: list[Column], separators: list[float],
               header: list[Line] | None = None) -> list[list[Line]]:
    """Body lines → rows. Where rules separate the rows, they decide alone; otherwise a new
    row starts at a gap wider than the table's line spacing, where a value column would
    receive a second value, or after a label line that left room for the next line's first
    word (a label wraps only when the next word does not fit)."""
    limit = _label_limit(lines, header or [], columns)
    reach = _label_reach(lines, columns)
    header_wrap = _header_wrap(header or [])
    ruled = [any(a.box.bottom - 1 <= y <= b.box.top + 1 for y in separators) for a, b in zip(lines, lines[1:])]
    data_lines = sum(1 for ln in lines if n_figures(ln))
    # In a table of text, one rule (under a header) says nothing of the rows below it.
    fully_ruled = sum(ruled) >= max(1 if data_lines >= 2 else 2, 0.6 * (data_lines - 1)) and \
        not _rows_unruled(lines, ruled, columns)
    pitches = [b.baseline - a.baseline for a, b in zip(lines, lines[1:])]
    # Lines closer than a line's height are interleaved (figures centred between two label
    # lines), not wrapped: the leading is the smallest pitch of at least a line's height.
    height = statistics.median(ln.size for ln in lines) if lines else 0.0
    # In a tall leading (LibreOffice's 1.6 lines), figures set between two label lines stand
    # a line's height from each: a line of figures alone says nothing of the leading then.
    left = min((ln.box.x0 for ln in lines), default=0.0)
    alone = [figures_alone(ln, left) for ln in lines]
    leading = _leading([p for p, a, b in zip(pitches, alone, alone[1:]) if p >= 0.9 * height and not (a or b)]) \
        or _leading([p for p in pitches if p >= 0.9 * height])
    # Figures centred between two label lines sit closer to each than a line's height; the
    # label column's own lines show the leading then.
    stands = [_label_baseline(ln, columns) for ln in lines]
    labels = [b for b, ln in zip(stands, lines) if any(column_of(s, columns) == 0 for s in ln.segments)]
    # A cell's own lines show how far apart its lines stand; cells set on their middle
    # interleave the lines of the row closer than that (s089 p115).
    cell_leading = max(leading, _cell_pitch(lines)) if data_lines < 2 else leading
    if fully_ruled and data_lines < 2 and leading > 0 and \
            any(not between and pitch > 1.6 * cell_leading for between, pitch in zip(ruled, pitches)):
        # A table of text whose rules part groups of rows, and a blank line each row in a
        # group: the rules do not decide alone.
        fully_ruled = False
    leading = _leading([b - a for a, b in zip(labels, labels[1:]) if b - a >= 0.9 * height]) or leading
    # In a table of text whose every label is one line, the label column shows the row pitch:
    # a blank line between rows of wrapped text still parts them. (Where figures stand at the
    # middle of wrapped labels, the lines' own pitch is no cell's leading.) Measured between
    # baselines, a cell's lines stand the leading apart to a tenth of a point, whatever their
    # fonts: rows set with a cell's padding between them (a quarter of a leading more, in a
    # word processor's table of text) are apart.
    blank = 1.2 * (min(leading, cell_leading or leading) if data_lines < 2 else leading)
    if fully_ruled and leading > 0 and \
            sum(not between and pitch > blank for between, pitch in zip(ruled, pitches)) >= sum(ruled):
        # More rows parted by a cell's padding than by rules: the rules (one under rows the
        # renderer set as a header, say) part some rows only.
        fully_ruled = False
    # Rows are as far apart as their lines of figures (one per row); wrapped lines are closer.
    # Two lines of figures next to each other are two one-line rows: the smallest of their
    # pitches is the row pitch itself, untouched by wrapped labels and section rows between.
    data_tops = [ln.baseline for ln in lines if n_figures(ln)]
    data_pitches = [b - a for a, b in zip(data_tops, data_tops[1:])]
    adjacent = [b.baseline - a.baseline for a, b in zip(lines, lines[1:]) if n_figures(a) and n_figures(b)]
    row_pitch = min(adjacent) if adjacent else statistics.median(data_pitches or pitches) if pitches else 0.0
    if leading > MAX_LEADING * height:
        # No cell's lines stand so far apart: one-line rows padded apart, some a little less
        # (a line of CJK only is shorter than one with Latin in it), and the closest two of
        # them, a row and a section label under it, are not a label and its wrapped line.
        row_pitch = min(row_pitch, leading)
    # One line of figures (a table's first row at a page foot, the rest overleaf) gives no
    # row pitch: a label line filling its column above it is that row's, wrapped round it.
    one_row = data_lines == 1
    rows: list[list[Line]] = [[lines[0]]] if lines else []
    sub_row = False   # the row was begun by a sub-row line (_cells_ended)
    lone = _one_line_rows(lines, columns)
    for i, line in enumerate(lines[1:], start=1):
        prev = lines[i - 1]
        if lone is not None and i >= lone:
            new_row = True
        elif fully_ruled and _between_separators(prev, line, separators):
            # Rules decide, but two figures one above the other in one column are never one
            # cell: a rule is missing there (shading only on total rows, say).
            new_row = ruled[i - 1] or _figures_collide(rows[-1], line, columns)
            sub_row = False
        else:
            pitch = stands[i] - stands[i - 1]
            label_line = _last_label_line(rows[-1], columns)
            # Further apart than any cell's wrapped lines stand: never one cell's two lines.
            spaced = leading > 0 and pitch > blank or pitch > MAX_LEADING * height or \
                0 < header_wrap < pitch / (HEADER_WRAP_SLACK * line.size)
            new_row = ruled[i - 1] or spaced or _collides(rows[-1], line, columns) or \
                bool(_spanning(line, columns)) or bool(_spanning(prev, columns)) or \
                (_after_section_label(rows[-1], line, columns, pitch, leading, row_pitch)
                 and not ((leading < 0.9 * row_pitch or one_row) and _label_full(prev, line, columns, limit))) or \
                _section_label(rows[-1], line, columns, pitch, leading) or \
                (_label_ended(label_line or prev, line, columns, limit)
                 and (not _wrap_spacing(pitch, leading, row_pitch)
                      or _room_shown(label_line or prev, line, columns, reach))
                 and not _set_between(prev, label_line, line)) or \
                (sub_row and any(column_of(s, columns) == 0 for s in line.segments)) or \
                _led_to_figures(prev, line, columns) or _weight_changes(prev, line) or \
                _labelled_figures_under_figures(rows[-1], line, columns) or \
                _padded_after_figures(prev, pitch, leading, height) or \
                _cell_resumes(rows[-1], line, columns, leading)
            # Under a row, a line of cells that each ended with room to spare above: a
            # sub-row (no label of its own), complete in itself.
            sub = not new_row and _cells_ended(rows[-1], line, columns, lines + (header or [])) and \
                not _wrap_spacing(pitch, leading, row_pitch)
            new_row = new_row or sub or (_texts_ended(prev, line, columns, lines + (header or []))
                                         and not _wrap_spacing(pitch, leading, row_pitch))
            if new_row and one_row and i == len(lines) - 1 and not ruled[i - 1] and \
                    _label_tight_over_figures(rows[-1], line, header or []):
                new_row = False
            sub_row = sub
        if new_row:
            rows.append([line])
        else:
            rows[-1].append(line)
    rows = _recentred(rows, columns, leading)
    return rows if fully_ruled else _parted_on_top(rows, columns)


def _parted_on_top(rows: list[list[Line]], columns: list[Column]) -> list[list[Line]]:
    """In a table whose rows show their cells set on their top (a label taller than the
    row's figures shares their top; no row shares only a bottom, and no more rows only a
    middle), label lines over a row's line of figures are a row of their own: a row's figures
    stand on its first line (s288 and s311 A11-45: a deliverable without figures, "开发产权组织
    帐户应用程序 … (CX)", run into the next row's "CX 加强产权组织各项服务…", three lines over
    its figures and three under them, as if set on their middle). Where rules part the rows,
    they decide alone (s089 A11-41: a grid, a label of three lines round its figures); cells
    of text beside a label say nothing of a row's first line (s023 A11-56: a benefit's
    indicator and values on its label's second line, the cells set on their bottom)."""
    shown = [_alignment(row, columns) for row in rows]
    if {"top"} not in shown or shown.count({"top"}) < shown.count({"middle"}) or {"bottom"} in shown:
        return rows
    out: list[list[Line]] = []
    for row, aligned in zip(rows, shown):
        first = next((k for k, ln in enumerate(row) if any(column_of(s, columns) > 0 for s in ln.segments)), 0)
        if aligned is not None and "top" not in aligned and first > 0 and \
                all(column_of(s, columns) == 0 for ln in row[:first] for s in ln.segments) and \
                _figures_beside(row[first], columns):
            out += [row[:first], row[first:]]
        else:
            out.append(row)
    return out


# How much further apart than a header cell's wrapped lines two body lines may stand and
# still be one cell's (pixel snapping and a line of Latin among CJK make a few tenths).
HEADER_WRAP_SLACK = 1.3


def _header_wrap(header: list[Line]) -> float:
    """How far apart a header cell's wrapped lines stand, in lines of their size: the
    closest two header lines, one going on under a text of the other within its width
    (its wrapped line, centred or flush). Body cells wrap at the same spacing, so the body's
    lines further apart are rows, where the body alone cannot tell (rows of one line each
    overleaf, a row's label reaching its column's edge). 0 where no header cell wraps."""
    ratios = []
    for i, a in enumerate(header):
        for b in header[i + 1:i + 3]:
            pitch = b.baseline - a.baseline
            if abs(a.size - b.size) <= 0.1 * a.size and 0.9 * a.size <= pitch and any(
                    upper.box.x0 - 0.5 * a.size <= lower.box.x0 and lower.box.x1 <= upper.box.x1 + 0.5 * a.size
                    for upper in a.segments for lower in b.segments):
                ratios.append(pitch / a.size)
    return min(ratios, default=0.0)


def _label_baseline(line: Line, columns: list[Column]) -> float:
    """Where the line's label stands (else the line's baseline): figures set on the middle
    of a label of four lines stand half a line under its second line, and join that line
    (s186: "2.2 产权组织将国际社会凝" / "聚起来…  3,487"); the label's own lines keep the
    cell's leading."""
    stands = [w.baseline for s in line.segments if column_of(s, columns) == 0
              for w in s.words if w.baseline is not None]
    return max(stands) if stands else line.baseline


# How far apart (in ems) two blocks' middles may stand and still be set on one middle: a
# superscript or a tall glyph moves a line's box by a point or so, half a line's pitch is far.
CENTRED = 0.25


def _recentred(rows: list[list[Line]], columns: list[Column], leading: float) -> list[list[Line]]:
    """Rows put back together where a wrapped label was split off its figures: a row whose
    label lines and other cells are set neither on one top, one middle nor one bottom (or,
    in a table whose rows show the cells set on their middle, not on one middle) takes the
    label-only row beside it at the wrapped lines' spacing, when its label then stands on
    the middle of its cells as the renderer set it. A middle-aligned label of three lines
    has its figures on its second line; at a pitch hardly tighter than the rows' its first
    line passes for a row of its own."""
    if leading <= 0 or len(rows) < 2:
        return rows
    middle = _shows_middle(rows, columns)
    out: list[list[Line]] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        before = out[-1] if out and _label_only(out[-1], columns) else None
        after = rows[i + 1] if i + 1 < len(rows) and _label_only(rows[i + 1], columns) else None
        joined = _centred_join(before, row, after, columns, leading, middle)
        if joined is None:
            out.append(row)
            i += 1
            continue
        took_before, took_after = joined
        if took_before:
            out.pop()
        out.append((before if took_before else []) + row + (after if took_after else []))
        i += 2 if took_after else 1
    return _label_heads_moved(out, columns, leading) if middle else out


def _label_heads_moved(rows: list[list[Line]], columns: list[Column], leading: float) -> list[list[Line]]:
    """In a table whose cells are set on their middle, a row's first label lines read as the
    last of the row above (rows set tight, no padding between): moved back where each of the
    two rows then stands on its middle and neither did before (s313 p63: "4.3 知识产权知识和技能"
    at the foot of 4.2's label, 4.3's figures between it and "在所有成员国得到增进")."""
    for i in range(1, len(rows)):
        above, row = rows[i - 1], rows[i]
        if _settled(above, columns) or _settled(row, columns):
            continue
        for k in (1, 2):
            head = above[-k:]
            if len(above) <= k or not _label_only(head, columns) or not _wrap_gap(head[-1], row[0], leading):
                continue
            if "middle" in (_alignment(above[:-k], columns) or set()) and \
                    "middle" in (_alignment(head + row, columns) or set()):
                rows[i - 1], rows[i] = above[:-k], head + row
                break
    return [part for row in rows for part in _section_split_off(row, columns, leading)]


def _settled(row: list[Line], columns: list[Column]) -> bool:
    """The row stands on its middle, or has not both a label and other cells: nothing to move."""
    aligned = _alignment(row, columns)
    return aligned is None or "middle" in aligned


def _section_split_off(row: list[Line], columns: list[Column], leading: float) -> list[list[Line]]:
    """A row not on its middle whose first label lines, further from the rest than a cell's
    lines wrap, leave it on its middle: those lines are a row of their own, a section label
    read into the row under it (s313 p45: "4.3. 知识产权知识和技能" / "在所有成员国得到增进"
    over "专利法及相关问题的能力…", its figures on that label's middle)."""
    if _settled(row, columns):
        return [row]
    for k in (1, 2, 3):
        head, rest = row[:k], row[k:]
        if not rest or not _label_only(head, columns):
            break
        if not _wrap_gap(head[-1], rest[0], leading) and "middle" in (_alignment(rest, columns) or set()):
            return [head, rest]
    return [row]


def _centred_join(before: list[Line] | None, row: list[Line], after: list[Line] | None,
                  columns: list[Column], leading: float, middle: bool) -> tuple[bool, bool] | None:
    """Which of the label-only rows beside `row` (before, after) complete it, or None."""
    aligned = _alignment(row, columns)
    if aligned is None or "middle" in aligned or (aligned and not middle):
        return None
    for took_before, took_after in ((True, False), (False, True), (True, True)):
        if (took_before and before is None) or (took_after and after is None):
            continue
        if took_before and not _wrap_gap(before[-1], row[0], leading):
            continue
        if took_after and not _wrap_gap(row[-1], after[0], leading):
            continue
        whole = (before if took_before else []) + row + (after if took_after else [])
        if "middle" in (_alignment(whole, columns) or set()):
            return took_before, took_after
    return None


def _wrap_gap(upper: Line, lower: Line, leading: float) -> bool:
    """Two lines at the spacing of a cell's wrapped lines, no further apart."""
    return lower.box.bottom - upper.box.bottom <= 1.05 * leading


def _label_only(row: list[Line], columns: list[Column]) -> bool:
    """A row of label text alone (no cell in another column, not set across them)."""
    return all(column_of(s, columns) == 0 for ln in row for s in ln.segments) and \
        not any(_spanning(ln, columns) for ln in row)


def _alignment(row: list[Line], columns: list[Column]) -> set[str] | None:
    """How the row's label block and the block of its other cells line up: the set of
    "top", "middle", "bottom" they share (empty: none); None for a row without both."""
    label = [s.box for ln in row for s in ln.segments if column_of(s, columns) == 0]
    others = [s.box for ln in row for s in ln.segments if column_of(s, columns) > 0]
    if not label or not others:
        return None
    a, b = Box.around(label), Box.around(others)
    tol = CENTRED * median_size(row)
    found = set()
    if abs(a.top - b.top) <= tol:
        found.add("top")
    if abs(a.center_y - b.center_y) <= tol:
        found.add("middle")
    if abs(a.bottom - b.bottom) <= tol:
        found.add("bottom")
    return found


def _shows_middle(rows: list[list[Line]], columns: list[Column]) -> bool:
    """Some row's label and other cells, of different heights, stand on one middle (and so
    on no top nor bottom): the renderer sets the table's cells on their middle."""
    return any(_alignment(row, columns) == {"middle"} for row in rows)


def _one_line_rows(lines: list[Line], columns: list[Column]) -> int | None:
    """Where a body of three lines or more begins whose every line has a cell in every column
    (of three or more), no cell running up to the next column: a row per line, whatever the
    labels' lengths say (two labels of one length pass for a wrapped column's width). A row
    of wrapped cells leaves a column empty on some line, or fills its column to the wrap.
    None when the body is not so."""
    if len(columns) < 3:
        return None
    cols = [[column_of(s, columns) for s in ln.segments] for ln in lines]
    full = [len(set(c)) == len(columns) for c in cols]
    if True not in full:
        return None
    first = full.index(True)
    # Lines before it are a header's (no label): a label line there is a wrapped label's start.
    if len(lines) - first < 3 or not all(full[first:]) or any(0 in c for c in cols[:first]):
        return None
    # And no cell ran up to the next column, as the lines of a wrapped cell do.
    cells = [(s, j, ln.size) for ln, c in zip(lines[first:], cols[first:]) for s, j in zip(ln.segments, c)]
    starts = [min(s.box.x0 for s, k, _ in cells if k == j) for j in range(len(columns))]
    return first if all(s.box.x1 < starts[j + 1] - 2 * size for s, j, size in cells if j + 1 < len(columns)) else None


def _rows_unruled(lines: list[Line], ruled: list[bool], columns: list[Column]) -> bool:
    """Two lines one under the other with figures in the same column (two rows, whatever
    else; signs such as ● may stack in one cell) and no rule or shade edge between them: the rules mark some rows only (a shade
    behind the total rows), so they cannot say alone where the other rows part."""
    return any(not between and _figures_collide([a], b, columns) for a, b, between in zip(lines, lines[1:], ruled))


# A browser places each line on its device pixels (1/96 inch): the lines of one wrapped cell
# stand 8.25 or 9.0 points apart where the leading is 8.6.
PIXEL = 0.8


def _leading(pitches: list[float]) -> float:
    """The spacing of wrapped lines: the smallest pitch, or the largest within a device pixel
    of it (lines snapped to whole pixels are a pixel closer or further apart, never more)."""
    if not pitches:
        return 0.0
    low = min(pitches)
    return max(p for p in pitches if p <= low + PIXEL)


def _label_limit(body: list[Line], header: list[Line], columns: list[Column]) -> float:
    """How far right a label line can run before it must wrap: not into the text of the next
    column (header or body, less a cell's padding on either side), and not past where
    several of its lines end alike (the column's width as its wrapped lines show it)."""
    size = median_size(body)
    # Only a label line that may have wrapped shows the width: one without figures, or one
    # followed by a line of label text without figures. A row of one line, its label and its
    # figures, ended where its label did.
    wrappable = [ln for ln, below in zip(body, body[1:] + [None])
                 if not n_figures(ln) or below is not None and _label_goes_on(below, columns)]
    ends = sorted((s.box.x1 for ln in wrappable for s in ln.segments if column_of(s, columns) == 0), reverse=True)
    others = [s.box.x0 - size for ln in body + header for s in ln.segments if column_of(s, columns) > 0]
    wrapped = [ends[0]] if len(ends) >= 2 and ends[1] >= ends[0] - size else []
    labels = max((s.box.x1 for ln in body for s in ln.segments if column_of(s, columns) == 0), default=0.0)
    centred = [x for x in _centred_heading_starts(body, header, columns) if x >= labels]
    return min(others + wrapped + centred, default=float("inf"))


def _centred_heading_starts(body: list[Line], header: list[Line], columns: list[Column]) -> list[float]:
    """Where the column after the labels begins, as a heading centred over its flush-right
    figures shows it: as far left of the heading's middle as their right end is right of it
    (s410 p162: "项目 预算" centred over "2,211,000"; the label's line, ending 4 pt short of
    that, left no room for its next character, though 21 pt short of the heading's start).
    A heading set flush left would put it left of the labels' ends: the caller drops those."""
    figures = [s.box for ln in body for s in ln.segments if column_of(s, columns) == 1 and is_figure(s)]
    if not figures or max(b.x1 for b in figures) - min(b.x1 for b in figures) > 1.0:
        return []
    right = max(b.x1 for b in figures)
    return [2 * s.box.center_x - right for ln in header for s in ln.segments
            if column_of(s, columns) == 1 and s.box.x1 < right - ln.size]


def _label_goes_on(line: Line, columns: list[Column]) -> bool:
    """A line with label text and no figures: it may be the label of the line above, wrapped."""
    return any(column_of(s, columns) == 0 for s in line.segments) and not n_figures(line)


def _label_runs_on(row: list[Line], body: list[Line], header: list[Line], columns: list[Column]) -> bool:
    """The row's label ends on its last line, and that line leaves no room for one more
    character: the label may go on at the top of the next page."""
    last = [s for s in row[-1].segments if column_of(s, columns) == 0]
    if not last:
        return False
    size = row[-1].size
    return last[-1].box.x1 + size >= _label_limit(body, header, columns) - 0.5 * size


# A cell's padding, however small, in lines: a word processor pads cells by a few points.
PADDING = 0.15


def _padded_after_figures(prev: Line, pitch: float, leading: float, height: float) -> bool:
    """The line under a line of figures, or of three cells or more (figures with their units,
    "10 个"), stands a cell's padding further off than a cell's lines are set: the row ended
    there (cells set on their bottom, an indicator wrapped over seven lines above its
    figures, s140). A row's own lines under its cells (set at the top or the middle) stand
    at the leading or closer."""
    return (n_figures(prev) > 0 or len(prev.segments) >= 3) and leading > 0 and pitch >= leading + PADDING * height


def _led_to_figures(prev: Line, line: Line, columns: list[Column]) -> bool:
    """The label above ran into dot leaders: it was complete there, so a label on this line
    begins the next row (a label wrapped onto two lines has its leaders on the last)."""
    above = [s for s in prev.segments if column_of(s, columns) == 0]
    return bool(above) and bool(LEADERS_END.search(above[-1].text)) and \
        any(column_of(s, columns) == 0 for s in line.segments)


def _weight_changes(prev: Line, line: Line) -> bool:
    """One line all bold, the other with no bold word: not the wrapped lines of one row's
    cells (a renderer sets a row in one weight, or bolds its label alone)."""
    def weights(ln: Line) -> set[bool]:
        return {w.bold for s in ln.segments for w in s.words}
    return {frozenset(weights(prev)), frozenset(weights(line))} == {frozenset({True}), frozenset({False})}


def _label_tight_over_figures(row: list[Line], line: Line, header: list[Line]) -> bool:
    """The page's one row of figures, its last line, under label lines (cells set on their
    bottom, the rest of the table overleaf): standing closer under them than half the gap
    between the header and them, with no padding between, they are its label wrapped."""
    if not header or any(n_figures(ln) for ln in row) or not n_figures(line):
        return False
    padded = row[0].box.top - header[-1].box.bottom
    return line.box.top - row[-1].box.bottom < 0.5 * padded


def _wrap_spacing(pitch: float, leading: float, row_pitch: float) -> bool:
    """Lines set at the tighter spacing of a wrapped cell, in a table whose rows are set wider.
    In a tall leading rows may stand only their cells' padding further apart than a cell's
    lines (LibreOffice's 2.1 lines, 1.7 pt of padding: 22.1 pt against 24.2, s350); baselines
    keep a cell's lines the leading apart to a pixel, so two pixels apart tell them apart."""
    if leading < 0.9 * row_pitch:
        return pitch <= 1.05 * leading
    apart = row_pitch - leading
    return apart >= 2 * PIXEL and pitch <= leading + apart / 3


def _set_between(prev: Line, label: Line | None, line: Line) -> bool:
    """Figures on a line of their own stand on the middle between the row's last label line
    and this one: a row set on its middle, its label wrapped round them (a row of one label
    line would have its figures on that line)."""
    return label is not None and prev is not label and bool(n_figures(prev)) and _on_the_middle(prev, label, line)


def _last_label_line(row: list[Line], columns: list[Column]) -> Line | None:
    """The row's last line with label text: where its label ended, though a wrapped text
    cell or a figure set between lines may stand under it."""
    return next((ln for ln in reversed(row) if any(column_of(s, columns) == 0 for s in ln.segments)), None)


def _label_ended(prev: Line, line: Line, columns: list[Column], limit: float) -> bool:
    """`line` begins with a label, and the label on the line above ended with room to spare
    for its first word: the label above was complete, so this one starts a row (a section
    label, or the first line of a row whose figures are printed lower down)."""
    pair = _labels_meeting(prev, line, columns)
    if pair is None:
        return False
    end, start = pair
    size = max(prev.size, line.size)
    return end.box.x1 + _first_unit(start) < limit - 0.5 * size


def _labels_meeting(prev: Line, line: Line, columns: list[Column]) -> tuple[Segment, Segment] | None:
    """The label text `prev` ends with and the label `line` begins with (its first cell), when
    both lines have label text; None otherwise."""
    above = [s for s in prev.segments if column_of(s, columns) == 0]
    below = [s for s in line.segments if column_of(s, columns) == 0]
    if not above or not below or line.segments[0] is not below[0]:
        return None
    return above[-1], below[0]


def _label_reach(lines: list[Line], columns: list[Column]) -> float:
    """How far right a label on a row of figures reaches (0 with none)."""
    return max((s.box.x1 for ln in lines if n_figures(ln) for s in ln.segments if column_of(s, columns) == 0),
               default=0.0)


def _room_shown(prev: Line, line: Line, columns: list[Column], reach: float) -> bool:
    """A row's label on one line with its figures reaches further than the label above would
    with the first word of this line and more: that label had room for it and did not wrap,
    however close the lines stand (s140 T1: "支出" over "人事支出" as far apart as every
    row, the only pitch on the page, which passed for a wrapped label's leading). CJK text
    only: it breaks anywhere."""
    pair = _labels_meeting(prev, line, columns)
    if pair is None or not is_cjk(pair[1].text[0]):
        return False   # a Latin word may have been broken where it overran the column
    end, start = pair
    # Two characters to spare beyond that word: a wrapped line's width varies by one (a
    # character that may not begin a line goes up with the one before it).
    return end.box.x1 + _first_unit(start) + 2 * max(prev.size, line.size) < reach


def _label_full(prev: Line, line: Line, columns: list[Column], limit: float) -> bool:
    """The label above filled its column: it ended short of the column's end by less than the
    first word of the label below, and not past it (a section label set across the figure
    columns is no wrapped line)."""
    pair = _labels_meeting(prev, line, columns)
    if pair is None:
        return False
    end, start = pair
    size = max(prev.size, line.size)
    return limit - 0.5 * size - _first_unit(start) <= end.box.x1 <= limit + 0.5 * size


def _cells_ended(row: list[Line], line: Line, columns: list[Column], lines: list[Line]) -> bool:
    """A line with no label whose every cell stands under a cell of the row above that ended
    with room to spare for its first word, and short of where its column's text (header
    included, in `lines`) reaches elsewhere: no cell of the row wrapped, so this line is a
    row of its own (sub-rows under one label), not the row's wrapped text."""
    if not line.segments or any(column_of(s, columns) == 0 for s in line.segments):
        return False
    if any(_value(s) for s in line.segments):
        return False  # figures: a second one in a column is a new row already (_collides)
    size = line.size
    judged = 0
    for seg in line.segments:
        col = column_of(seg, columns)
        above = [s for ln in row for s in ln.segments if column_of(s, columns) == col]
        if not above:
            return False
        room = _room_left(seg, above[-1].box.x1, col, columns, lines, size)
        if room is None:
            continue
        if not room:
            return False
        # Nor did it reach as far as the column's text reaches elsewhere (a full line).
        widest = max(s.box.x1 for ln in lines for s in ln.segments if column_of(s, columns) == col)
        if above[-1].box.x1 >= widest - 0.5 * size:
            return False
        judged += 1
    return judged > 0


def _room_left(seg: Segment, end: float, col: int, columns: list[Column], lines: list[Line],
               size: float) -> bool | None:
    """Whether a text of column `col` ending at `end` left room for `seg`'s first word before
    the text of the next column to the right begins, on any line (so `seg` did not wrap from
    it); None for the last column, whose end is not known (it says nothing either way)."""
    right = [s.box.x0 for ln in lines for s in ln.segments if column_of(s, columns) > col]
    if not right:
        return None
    # CJK lines break anywhere but never before closing punctuation, which takes the
    # character before it along: room for two characters.
    unit = _first_unit(seg) * (2 if is_cjk(seg.text[0]) else 1)
    return end + unit < min(right) - 1.5 * size


def _texts_ended(prev: Line, line: Line, columns: list[Column], lines: list[Line]) -> bool:
    """A line of text cells in two columns or more, each under a text of the line above that
    ended with room to spare for its first word before the next column's text begins: none
    of them wrapped, so this line starts a row (rows of a table of text whose labels are all
    of one length, which says nothing of the label column's width)."""
    judged = 0
    for seg in line.segments:
        if _value(seg):
            continue
        col = column_of(seg, columns)
        above = [s for s in prev.segments if column_of(s, columns) == col]
        if not above:
            return False
        room = _room_left(seg, above[-1].box.x1, col, columns, lines, line.size)
        if room is None:
            continue
        if not room:
            return False
        judged += 1
    return judged >= 2


OPENING = "“‘（《【「『〔([{"
CLOSING = "”’）》】」』〕)]}，。、；：！？,.;:!?"


def _first_unit(seg: Segment) -> float:
    """The width the first word of a cell needs on the line above: one character of CJK
    text (which breaks anywhere), else the first word and a space."""
    word = seg.words[0]
    text = word.text
    per_char = word.box.width / max(len(text), 1)
    if len(seg.words) > 1 and all(ch in OPENING for ch in text):
        return _bracket_word_width(seg.words)
    if text[0] in OPENING and is_cjk(text[0]):
        return per_char * _bracketed_head(text)
    if is_cjk(text[0]):
        # A line never ends on an opening bracket or quote, nor starts with a closing one:
        # the character, the punctuation after it and the character that follows go together.
        n = 1
        while n < len(text) and text[n] in OPENING + CLOSING:
            n += 1
        if n > 1 and text[n - 1] in OPENING and n < len(text):
            n += 1
        return per_char * n
    # A Latin run goes on through CJK punctuation to the first ideograph: a renderer may keep
    # "(eFiling、eLoop、" together and move it whole to the next line (LibreOffice, s311).
    run = next((i for i, ch in enumerate(text) if is_cjk(ch) and ch not in OPENING + CLOSING), len(text))
    return per_char * (run + 0.5)


def _bracket_word_width(words: list[Word]) -> float:
    """The width of an opening bracket read as a word of its own ("（" "RSP" "）架构…", a
    renderer's spaces around the Latin) and what must go with it onto a line: the next word
    when Latin (never broken), else its first character, and the closing marks after it."""
    after = words[1]
    if is_cjk(after.text[0]):
        return after.box.x0 - words[0].box.x0 + after.box.width / len(after.text)
    end = after.box.x1
    if len(words) > 2 and words[2].text[0] in CLOSING:
        closing = len(words[2].text) - len(words[2].text.lstrip(CLOSING))
        end = words[2].box.x0 + words[2].box.width * closing / len(words[2].text)
    return end - words[0].box.x0


def _bracketed_head(text: str) -> int:
    """How many characters of a text opening with a full-width bracket or quote must go
    together onto a line: the opening marks (a line never ends on one), the character after
    them or, when it is Latin, the whole word ("（VDI）": a word is never broken), and the
    closing marks after it (a line never starts with one)."""
    n = 0
    while n < len(text) and text[n] in OPENING:
        n += 1
    if n < len(text) and is_cjk(text[n]):
        n += 1
    else:
        while n < len(text) and not is_cjk(text[n]) and not text[n].isspace() and text[n] not in CLOSING:
            n += 1
    while n < len(text) and text[n] in CLOSING:
        n += 1
    return max(n, 1)


def _between_separators(prev: Line, line: Line, separators: list[float]) -> bool:
    """Both lines stand between the first and the last separator: only there do rules or
    stripes say where rows part (stripes shade every other row, and the first or last row
    of a table, or of its part on a page, may have none)."""
    return bool(separators) and separators[0] <= prev.box.top + 1 and line.box.bottom - 1 <= separators[-1]


def _after_section_label(row: list[Line], line: Line, columns: list[Column],
                         pitch: float, leading: float, row_pitch: float) -> bool:
    """A label with no figures, followed by a line with a label and figures of its own, is a
    section heading row ("Actual", "B. 非人事费") — unless it sits at the tighter spacing
    of a wrapped label while the table's rows are spaced wider (nor, in such a table, where
    its label filled its column, the caller's test: a word processor sets the lines of one
    cell a point or two apart more or less, figures on its last line)."""
    if any(column_of(s, columns) > 0 for ln in row for s in ln.segments):
        return False
    has_label = any(column_of(s, columns) == 0 for s in line.segments)
    if not (has_label and n_figures(line)):
        return False
    return not _wrap_spacing(pitch, leading, row_pitch)


def _section_label(row: list[Line], line: Line, columns: list[Column], pitch: float,
                   leading: float) -> bool:
    """A label with no figures after a row that has them is a wrapped line of that row's label
    only at the row's label indent and at the table's tightest spacing; outdented, or set
    further off, it heads the next section ("Race", "Men")."""
    if any(column_of(s, columns) > 0 for s in line.segments):
        return False
    if not any(column_of(s, columns) > 0 for ln in row for s in ln.segments):
        return False
    label_x0 = min((s.box.x0 for ln in row for s in ln.segments if column_of(s, columns) == 0),
                   default=columns[0].x0)
    return line.box.x0 < label_x0 - 1.5 or pitch > 1.08 * leading


def _cell_resumes(row: list[Line], line: Line, columns: list[Column], leading: float) -> bool:
    """A column of the row whose cell ended a blank line or more above gets text again: a
    cell's lines follow each other, so this is the next row's cell (a row of two lines of
    figures under a taller cell of text, the next label set at the wrapped lines' spacing).
    Figures set between two label lines stand half a line off, never a whole line."""
    if leading <= 0:
        return False
    for seg in line.segments:
        col = columns[column_of(seg, columns)]
        above = [ln for ln in row if any(_overlap(s.box, col) > 0 for s in ln.segments)]
        if above and line.baseline - above[-1].baseline > 1.5 * leading and \
                not any(_overlap(s.box, col) > 0 for s in row[-1].segments):
            return True
    return False


def _figures_collide(row: list[Line], line: Line, columns: list[Column]) -> bool:
    """A column would get a second figure (signs such as ● may stack in one ruled cell)."""
    used = {column_of(s, columns) for ln in row for s in ln.segments if is_figure(s)}
    return any(is_figure(s) and column_of(s, columns) in used for s in line.segments)


def _labelled_figures_under_figures(row: list[Line], line: Line, columns: list[Column]) -> bool:
    """A label with figures beside it, under a row whose figures stand on a line already: a
    row of its own, whichever columns the two rows fill (s290 T7: "发展支出占总预算的百分比"
    filling its column, its percentages in two columns, and "信托基金" under it with amounts
    in two others; no column got a second figure). A row's figures stand on one of its lines,
    whichever way its cells are set."""
    first = line.segments[0]
    return column_of(first, columns) == 0 and not is_figure(first) and _figures_beside(line, columns) and \
        any(_figures_beside(ln, columns) for ln in row)


def _figures_beside(line: Line, columns: list[Column]) -> bool:
    """The line holds cells beyond the label column, and all of them are figures."""
    rest = [s for s in line.segments if column_of(s, columns) > 0]
    return bool(rest) and all(is_figure(s) for s in rest)


def _collides(row: list[Line], line: Line, columns: list[Column]) -> bool:
    """A column would get a second value: a figure, or a cell's text beginning with one
    ("100% (高容量表", a cell set on its bottom wrapped above its row's line)."""
    used = {column_of(s, columns) for ln in row for s in ln.segments if _value(s)}
    return any((_value(s) or _leads_with_figure(s)) and column_of(s, columns) in used for s in line.segments)


def _leads_with_figure(seg: Segment) -> bool:
    return len(seg.words) >= 2 and is_figure(Segment(words=seg.words[:1]))


def _value(seg: Segment) -> bool:
    """A figure, or a sign standing for one (†, ‡, —, *): one per cell, never wrapped."""
    text = seg.text.strip()
    return is_figure(seg) or (bool(text) and len(text) <= 3 and not any(ch.isalnum() for ch in text))


def _spanning(line: Line, columns: list[Column]) -> list[int]:
    """The value columns a line of one text spans when it stands over several of them and
    clear of the labels ("Projected enrollment, in thousands" centred over the figures):
    a heading of the rows below it, its own row."""
    if len(line.segments) != 1 or is_figure(line.segments[0]):
        return []
    box = line.segments[0].box
    cols = _columns_under(box, columns)
    if len(cols) < 2 or 0 in cols:
        return []
    # Centred over the figures: the widest run of value columns it stands in the middle of.
    centre = box.center_x
    for first in range(1, cols[0] + 1):
        for last in range(len(columns) - 1, cols[-1] - 1, -1):
            x0, x1 = columns[first].x0, columns[last].x1
            if last - first > cols[-1] - cols[0] and abs((x0 + x1) / 2 - centre) <= 0.05 * (x1 - x0):
                return list(range(first, last + 1))
    return cols


def _row_cells(row: list[Line], columns: list[Column], page: int) -> list[Cell]:
    span = _spanning(row[0], columns) if len(row) == 1 else []
    if span:
        # Repeated in every column it spans, as a spanning header cell is.
        text = row[0].segments[0].text
        return [Cell(clean_text(text), text, page, row[0].box) if i in span else Cell("", "", page)
                for i in range(len(columns))]
    texts: list[list[str]] = [[] for _ in columns]
    boxes: list[Box | None] = [None for _ in columns]
    for line in row:
        for seg in line.segments:
            col = column_of(seg, columns)
            texts[col].append(seg.text)
            box = boxes[col]
            boxes[col] = seg.box if box is None else box.union(seg.box)
    cells = []
    for col, parts in enumerate(texts):
        raw = join_lines(parts)
        cells.append(Cell(clean_text(raw), raw, page, boxes[col]))
    return cells


def median_size(lines: list[Line]) -> float:
    return statistics.median(ln.size for ln in lines) if lines else 10.0
