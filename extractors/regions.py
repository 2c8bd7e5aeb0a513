"""Where the tables are on a page: regions of lines bounded by rules, bands or alignment.

Two kinds of evidence, used together so that ruled, banded and unruled tables are
all found: graphics (horizontal rules, filled bands, boxes) stacked over the same
x-range, and runs of text lines that have several cells with numbers among them.
"""
from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import takewhile

from extractors.layout import Fill, Line, PageLayout, Rule, Segment, Word
from extractors.model import Box, clusters
from extractors.numbers import YEAR, parse_number
from extractors.text import sentence_left_of

# Lines that introduce or annotate a table; they end a table region, never join one.
CAPTION = re.compile(r"^\s*(表\s*[0-9０-９]+|图\s*[0-9０-９一二三四五六七八九十]+|附件\s*[一二三四五六七八九十]+|"
                     r"附录|(Table|Figure)\s+([A-Z]{1,2}[-.]?)?\d+|Annex\s+[IVX\d]+)", re.IGNORECASE)
# A unit note on a line of its own; beside other cells it is the wrapped end of a header cell
# ("预期成果" / "(单位：千瑞郎)" in a narrow label column, the figures' headings beside it).
UNIT_START = re.compile(r"^\s*[（(]\s*单位\s*[:：]")
# Dot leaders joining a label to its figure, and rules typed as a line of dashes.
LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|(?:·\s?){4,}")
TEXT_RULE = re.compile(r"\s*[-_=—–]{5,}\s*")
# What may stand around a figure without making it text: currency, approximation, scale, stars.
DECORATION = re.compile(r"^[~≈<>$€£¥]+|(?<=\d)(?:\*+|[†‡]+|\s?(?:[MKkB]|bn|m))$")
RANGE = re.compile(r"\(\s?[-−]?\d[\d,.]*\s?[–—-]\s?[-−]?\d[\d,.]*\s?\)")
FIGURE_CAPTION = re.compile(r"^\s*(图\s*[0-9０-９一二三四五六七八九十]+|(Figure|Fig\.|Chart|Graph)\s+([A-Z]{1,2}[-.]?)?\d+)",
                            re.IGNORECASE)
# A footnote: a raised marker, then its text. A marker alone on a line ("⁷⁰") is a cell's
# marker wrapped onto a line of its own, in the table still.
MARKERS = " ⁰¹²³⁴⁵⁶⁷⁸⁹"
FOOTNOTE_START = re.compile(r"^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹\s]*[^⁰¹²³⁴⁵⁶⁷⁸⁹\s]")
# A title that ends on the table's unit note ("预算和支出 (单位：千瑞郎)") introduces a table
# as a caption does, whatever its wording.
UNIT_NOTE_END = re.compile(r"[（(]\s*单位\s*[:：][^()（）]{1,20}[)）]\s*$")
MIN_RULE_WIDTH = 40.0


@dataclass
class Region:
    lines: list[Line]
    separators: list[float] = field(default_factory=list)   # y of horizontal rules / band edges
    row_rules: list[float] = field(default_factory=list)    # y of the rules across the whole table
    hrules: list[Box] = field(default_factory=list)         # the horizontal rules themselves
    vrules: list[Rule] = field(default_factory=list)
    band: Box | None = None                                 # filled band at the top (header)
    fills: list[Fill] = field(default_factory=list)
    extent: Box | None = None                               # x-range of the rules, if ruled

    @property
    def box(self) -> Box:
        return Box.around(ln.box for ln in self.lines)

    def rule_ys(self) -> list[float]:
        """Where its drawn horizontal rules stand (their middles); stripes and bands aside."""
        return [(r.top + r.bottom) / 2 for r in self.hrules]


def is_footnote(line: Line) -> bool:
    """A footnote: a raised marker, then its text. A marker with only figures beside it is a
    row whose label's marker wrapped onto the line its figures stand on (bottom-aligned cells)."""
    if not FOOTNOTE_START.match(line.text):
        return False
    first, rest = line.segments[0], line.segments[1:]
    return not (rest and not first.text.strip(MARKERS) and all(is_figure(s) for s in rest))


def is_figure(segment: Segment) -> bool:
    """A figure as tables print them: a number, or one with a currency sign, a scale suffix,
    significance stars or an approximate sign ("$49,497", "$1.1M", "5.3**", "~100"), or an
    interval in brackets ("(182.2–204.8)"; a bare "1988-94" is as often a label)."""
    return segment.is_numeric or _figure_text(segment.text.strip())


@lru_cache(maxsize=4096)
def _figure_text(text: str) -> bool:
    bare = DECORATION.sub("", text)
    if bare != text and bare and parse_number(bare) is not None:
        return True
    return bool(RANGE.fullmatch(text))


def n_figures(line: Line) -> int:
    return sum(1 for s in line.segments if is_figure(s))


def figures_alone(line: Line, left: float) -> bool:
    """Figures and nothing else, right of where the lines begin (`left`): a row's figures set
    at the middle of its wrapped label, on a line of their own (the label's lines above and
    below them are the row's). Years alone head columns ("2022  2023")."""
    return line.box.x0 > left + 2 * line.size and all(is_figure(s) for s in line.segments) \
        and not years_only(line)


def is_caption(line: Line) -> bool:
    """A caption names a table; a line shaped like a data row (a table of contents
    entry "附件一 … 69") is a row even when its text starts like a caption, and so is the
    first line of a row's wrapped label (`_mark_row_labels`)."""
    if line.in_row or len(line.segments) >= 2 and is_figure(line.segments[-1]):
        return False
    if len(line.segments) == 1 and (UNIT_NOTE_END.search(line.text) or UNIT_START.match(line.text)):
        return True
    return bool(CAPTION.match(line.text))


def is_tabular(line: Line) -> bool:
    """Several cells with at least one number: a data row of some table. Not a list item
    whose dash stands apart from its text ("-  第一阶段，包括……", s459 p147: the dash is no
    figure "nil" there), nor a justified paragraph's line parted round a year
    (`running_text`)."""
    return len(line.segments) >= 2 and n_figures(line) >= 1 and not is_caption(line) and not list_item(line) \
        and not running_text(line)


BULLETS = frozenset("-–—•·●▪")


def running_text(line: Line) -> bool:
    """A line of a paragraph that justification parted into pieces at the spaces round a
    year ("……本附件概述了 | 2023 | 年在产权组织……", s462 p87; "2023 | 年底完成……", s027
    p127): it ends on text, and its every figure is a year whose next piece goes on from its
    unit 年 ("年底", "年。", never the unit alone: a header's year wrapped before it). A
    bullet before it is the paragraph's."""
    pieces = line.segments[1:] if line.segments and line.segments[0].text.strip() in BULLETS else line.segments
    figures = [i for i, s in enumerate(pieces) if is_figure(s)]
    if len(pieces) < 2 or not figures or is_figure(pieces[-1]):
        return False
    return all(YEAR.fullmatch(pieces[i].text.strip()) and _goes_on_from_year(pieces[i + 1].text) for i in figures)


def _goes_on_from_year(text: str) -> bool:
    bare = "".join(text.split())
    return bare.startswith("年") and len(bare) >= 2


def list_item(line: Line) -> bool:
    """A bullet (a dash or dot alone), then running text: its first piece eight characters
    or more and no figure, its last piece no figure (justified, the text's spaces part it
    into pieces, a year among them; a table's row ends on its figures)."""
    if len(line.segments) < 2:
        return False
    bullet, text, last = line.segments[0], line.segments[1], line.segments[-1]
    return bullet.text.strip() in BULLETS and not is_figure(text) and len(text.text.replace(" ", "")) >= 8 \
        and not is_figure(last)


def find_regions(layout: PageLayout) -> list[Region]:
    lines = [v for v in (_without_leaders(ln) for ln in layout.lines if ln.segments) if v is not None]
    _mark_row_labels(lines, [r.box for r in layout.hrules])
    regions: list[Region] = []
    used: set[int] = set()   # ids of the segments a ruled table has taken
    heads: list[tuple[Region, list[Line]]] = []   # ruled or banded headers and the row under each, read last
    for region in _graphic_regions(layout, lines):
        if regions and _grown_through(regions[-1], region, used):
            _take_in(regions[-1], region, used)
            continue
        # Extending a region up or down can reach into the next one: each cell belongs once.
        region.lines = [v for v in (_without(ln, used) for ln in region.lines) if v is not None]
        row = _row_under_head(region, lines) if region.lines else None
        if row is not None:
            heads.append((region, row))
        elif region.lines and _looks_tabular(region):
            regions.append(region)
            used.update(id(s) for ln in region.lines for s in ln.segments)
    # Body text set in a column beside an unruled table is not part of it.
    used.update(_prose_column(lines))
    # What stands beside a ruled table on its lines (another table, unruled) stays free.
    rest = [_without(ln, used) or ln for ln in lines]
    free = [v for ln, v in zip(lines, rest) if v is not ln or not any(id(s) in used for s in ln.segments)]
    # Lines a ruled or striped table holds whole: no text table grows into them.
    held = {id(v) for ln, v in zip(lines, rest) if v is ln and any(id(s) in used for s in ln.segments)}
    loose: list[Region] = []
    texts = _text_regions(free, rest, held, loose)
    texts += _headed_text_regions(free, rest, held | {id(ln) for r in texts for ln in r.lines},
                                  ruled={id(ln) for head, _ in heads for ln in head.lines})
    regions += _with_columned(texts, _columned_text_regions(free, held | {id(ln) for r in texts for ln in r.lines}),
                              rest, held)
    regions += _unread_heads(heads, regions)
    regions = _joined_open_ends(regions, rest)
    _lone_rows_under(regions, loose, rest)
    regions = [part for r in regions for part in _split_copies(r)]
    regions = [part for r in regions for part in _split_at_header_anew(r)]
    regions = [part for r in regions for part in _split_at_new_header(r)]
    regions = [part for r in regions for part in _split_at_gap(r)]
    regions = [r for r in regions if _looks_tabular(r) and not _under_figure_caption(r, lines)]
    return sorted(regions, key=lambda r: r.box.top)


def _grown_through(prev: Region, region: Region, used: set[int]) -> bool:
    """The table above grew down through this one's shaded rows to its last lines (stripes
    that seemed to part, then its rows read on): one table, read twice. No header band of
    its own, the same width, and more than half of its lines already the one above's."""
    taken = [ln for ln in region.lines if any(id(s) in used for s in ln.segments)]
    size = statistics.median(ln.size for ln in region.lines)
    return region.band is None and prev.band is None and 2 * len(taken) > len(region.lines) and \
        any(ln is region.lines[0] for ln in taken) and abs(prev.box.x0 - region.box.x0) <= size and \
        abs(prev.box.x1 - region.box.x1) <= size and region.box.bottom > prev.box.bottom + size


def _take_in(prev: Region, region: Region, used: set[int]) -> None:
    """The table above goes on with this one's lines it had not taken, and its shading."""
    rest = [v for v in (_without(ln, used) for ln in region.lines) if v is not None]
    prev.lines = sorted(prev.lines + rest, key=lambda ln: ln.box.top)
    prev.fills = prev.fills + [f for f in region.fills if f not in prev.fills]
    prev.separators = sorted(set(prev.separators) | set(region.separators))
    used.update(id(s) for ln in rest for s in ln.segments)


def _names_or_units(text: str) -> bool:
    return bool(CAPTION.match(text) or UNIT_START.match(text))


def _mark_row_labels(lines: list[Line], rules: list[Box]) -> None:
    """A line that reads like a caption ("附件一 2022/23 年按部门开") may be the first line of
    a row's label wrapped in a narrow column, its figures set beside a later line (cells
    aligned at the middle or the bottom of their row). Such a line is marked a row's, so
    that it does not end the table as a caption would; not where a rule across (`rules`)
    stands between it and the row (s170 A12: the header's unit note over the ruled rows)."""
    for i, line in enumerate(lines):
        if len(line.segments) == 1 and _names_or_units(line.text) and _wraps_into_row(lines, i, rules):
            line.in_row = True


def _wraps_into_row(lines: list[Line], i: int, rules: list[Box] = ()) -> bool:
    """Whether lines[i] goes on, at its left edge, into a line with the row's figures, the
    way a cell's lines do: figures beside it (set within its height), or lines as close one
    under the other as nowhere else around (rows stand further apart than a cell's lines)."""
    line, size = lines[i], lines[i].size
    run = [line]
    for k, below in enumerate(lines[i + 1:i + 6], start=i + 1):
        beside = below.box.top < run[-1].box.bottom or k + 1 < len(lines) and _midway(run[-1], below, lines[k + 1])
        if beside and below.box.x0 > line.box.x1 and all(is_figure(s) for s in below.segments):
            return True   # the row's figures set at its middle, beside this line
        if abs(below.box.x0 - line.box.x0) > 0.5 * size or abs(below.size - line.size) > 0.1 * size \
                or _names_or_units(below.text):
            return False
        run.append(below)
        if len(below.segments) >= 2:
            break
    data = run[-1]
    if len(run) < 2 or not is_data(data) or data.segments[1].box.x0 <= line.box.x1:
        return False
    if any(line.box.bottom <= r.center_y <= data.box.top and r.overlaps_x(line.box) for r in rules):
        return False   # a rule parts them: two rows, not one cell's lines
    # Measured on baselines: a line with a Latin run ("附件一 2022/23 年按部门开列") has its
    # box's top further up than one of CJK only, by as much as rows are padded apart (s148).
    pitches = [b.baseline - a.baseline for a, b in zip(run, run[1:])]
    if max(pitches) - min(pitches) > 0.2 * size:
        return False
    return max(pitches) + ROW_PADDING * size <= _row_pitch(lines, i, i + len(run) - 1, min(pitches), size)


# How much further apart rows stand than a cell's lines, at the least, in lines: more than
# measuring noise (s270's contents: lines 16 pt apart, rows 18.5; s290's, a word processor's
# paragraph spacing: lines 16.4 pt apart in 9 pt type, rows 18.1).
ROW_PADDING = 0.12


def _row_pitch(lines: list[Line], first: int, last: int, pitch: float, size: float) -> float:
    """How far this row's lines stand from the next row's (past lines at the row's own
    pitch: a label running on under its figures), else from the line above; 0 when alone."""
    while last + 1 < len(lines) and lines[last + 1].baseline - lines[last].baseline < pitch + ROW_PADDING * size \
            and len(lines[last + 1].segments) == 1:
        last += 1
    if last + 1 < len(lines):
        return lines[last + 1].baseline - lines[last].baseline
    return lines[first].baseline - lines[first - 1].baseline if first > 0 else 0.0


def _under_figure_caption(region: Region, lines: list[Line]) -> bool:
    """A chart's labels and ticks line up like a table's cells; the caption above says
    which it is ("Figure 1: …" rather than "Table 1: …"). A footnote between them closes the
    figure: what follows it (a table printed without a caption of its own) is no chart."""
    top = region.box.top
    above = [ln for ln in lines if ln.box.bottom <= top + 1 and ln.box.top >= top - 8 * ln.size]
    for line in sorted(above, key=lambda ln: -ln.box.bottom):
        if FIGURE_CAPTION.match(line.text):
            return True
        if is_caption(line) or is_footnote(line):
            return False
    return False


def _joined_open_ends(regions: list[Region], lines: list[Line]) -> list[Region]:
    """A ruled or shaded table that no rule closes (its last rows under its last rule or
    shade), and an unruled run of rows right under it, as far below as its own lines stand
    apart and on its figure columns, are one table: a style that shades only its total rows
    draws nothing between the others, whose lines may stand further apart than a line's
    height. So are a ruled head holding the first rows and the rows under its closing rule
    (`_rows_under_ruled_head`)."""
    out: list[Region] = []
    for region in sorted(regions, key=lambda r: r.box.top):
        if out and _shaded_rows_under(out[-1], region, lines):
            out[-1].lines += _lines_between(out[-1].lines[-1], region.lines[0], lines)
            _take_in(out[-1], region, set())
            continue
        above = next((r for r in reversed(out) if r.extent is not None), None)
        if region.extent is None and above is not None:
            if _open_end_over(above, region, lines):
                above.lines += _lines_between(above.lines[-1], region.lines[0], lines) + region.lines
                continue
            between = _rows_under_ruled_head(above, region, lines)
            if between is not None:
                above.lines += between + region.lines
                continue
        out.append(region)
    return out


def _lone_rows_under(regions: list[Region], loose: list[Region], lines: list[Line]) -> None:
    """A lone row of figures, with the rows of text around it, right under a table that no
    rule closes, as far under it as its lines stand apart and its figures on the table's: the
    table's next rows (s335 p119: under a header band and one row, label-only rows round a row
    of figures, set further apart than the band's row shows; s281 p87: a second row of small
    print padded further off than the first row's wrapped lines show)."""
    taken = {id(ln) for r in regions for ln in r.lines}
    for lone in loose:
        if any(id(ln) in taken for ln in lone.lines):
            continue
        above = max((r for r in regions if r.lines and r.lines[-1].box.bottom <= lone.lines[0].box.top),
                    key=lambda r: r.lines[-1].box.bottom, default=None)
        if above is not None and _open_end_over(above, lone, lines):
            above.lines += _lines_between(above.lines[-1], lone.lines[0], lines) + lone.lines
            taken.update(id(ln) for ln in lone.lines)


def _open_end_over(above: Region, below: Region, lines: list[Line]) -> bool:
    last = above.lines[-1]
    if any(r.top >= last.box.bottom - 1 for r in above.hrules) or len(above.lines) < 3:
        return False   # closed by a rule, or too short to say how far apart its rows stand
    first = below.lines[0]
    extent = above.extent or above.box
    if first.box.x0 < extent.x0 - first.size or first.box.x1 > extent.x1 + first.size:
        return False
    return _rows_go_on(above.lines, below.lines, lines)


def _rows_go_on(above: list[Line], below: list[Line], lines: list[Line], apart: float = 0.0) -> bool:
    """`below` goes on with the rows `above`: nothing printed between them, its first line no
    further under their last than they stand apart, or than `apart` says rows stand (and a
    little), its figures on theirs (with `apart`, on their cells)."""
    last, first = above[-1], below[0]
    between = _lines_between(last, first, lines)
    # A cell's footnote marker alone on a line of its own (bare rendering p124 "¹⁰⁵") is the
    # cell's and parts nothing; anything else printed between them does.
    if any(ln.text.strip(MARKERS) for ln in between):
        return False
    last = max([last] + between, key=lambda ln: ln.box.bottom)
    gaps = [b.box.top - a.box.bottom for a, b in zip(above, above[1:])]
    return first.box.top - last.box.bottom <= 1.15 * max(gaps + [apart]) and \
        _figures_aligned(above, below, any_cell=apart > 0)


def _lines_between(last: Line, first: Line, lines: list[Line]) -> list[Line]:
    """The lines printed wholly between one line and another below it."""
    return [ln for ln in lines if last.box.bottom <= ln.box.top and ln.box.bottom <= first.box.top]


def _shaded_rows_under(above: Region, below: Region, lines: list[Line]) -> bool:
    """Unruled rows, and right under them a row shaded alone (a style that shades only its
    total rows): one table, where the shaded row stands as far under the rows as they stand
    apart, nothing between, its figures on theirs (s221 p84: annex 10's total, its broken
    figures over two lines, once a second piece of the table)."""
    first = below.lines[0]
    if above.extent is not None or below.extent is None or below.band is not None or len(above.lines) < 3 or \
            not below.fills or any(f.dark for f in below.fills) or any(r.top < first.box.top for r in below.hrules):
        return False   # (a rule under the shaded row closes the table; one over it opens another)
    # The shade pads its row as the renderer pads every row: rows stand twice that apart
    # (s177 p123: a striped row under one row whose label wraps at a tight leading).
    # The shaded row's first line says how far: the rows above it may have been taken in
    # with it (bare rendering p106: a table of text whose last row alone is shaded).
    shade = min((f.box for f in below.fills), key=lambda b: b.top)
    shaded = next((ln for ln in below.lines if ln.box.top >= shade.top - 1), first)
    return _rows_go_on(above.lines, below.lines, lines, 2 * max(shaded.box.top - shade.top, 0.0))


def _rows_under_ruled_head(above: Region, below: Region, lines: list[Line]) -> list[Line] | None:
    """A header ruled off with the first rows set in it (a renderer's table head holding more
    than the header), and under its closing rule rows of no header of their own whose cells
    stand each nearest a header cell of its own, in order: one table. The lines between the
    rule and those rows (rows no table took: no figures to find them by) are returned with
    them; None when they are not one table (a caption, a heading, a paragraph between)."""
    last, first = above.lines[-1], below.lines[0]
    rule = next((r.top for r in above.hrules if last.box.bottom - 1 <= r.top <= first.box.top + 1), None)
    if rule is None:
        return None
    extent = above.extent or above.box
    between = _lines_between(last, first, lines)
    rows = between + below.lines
    if rows[0].box.top - rule > 2 * first.size or any(
            is_caption(ln) or abs(ln.size - first.size) > 0.1 * first.size
            or ln.box.x0 < extent.x0 - ln.size or ln.box.x1 > extent.x1 + ln.size for ln in between):
        return None
    head = above.lines[0].segments
    if len(head) < 3 or any(header_line(ln) for ln in rows):
        return None

    def in_columns(line: Line) -> bool:
        cols = [min(range(len(head)), key=lambda k: abs(head[k].box.center_x - s.box.center_x))
                for s in line.segments]
        return cols == sorted(set(cols))
    multi = [ln for ln in rows if len(ln.segments) >= 2]
    return between if len(multi) >= 2 and sum(map(in_columns, multi)) >= 0.8 * len(multi) else None


def _figures_aligned(above: list[Line], below: list[Line], any_cell: bool = False) -> bool:
    """Most figures below stand on a figure edge (left, right or centre) of the lines above,
    or with `any_cell`, on an edge of any of their cells (words as well as figures) or inside
    one of their columns (a figure set flush right in a column of text set flush left)."""
    def edges(seg: Segment) -> tuple[float, float, float]:
        return seg.box.x0, seg.box.x1, seg.box.center_x
    theirs = [edges(s) for ln in above for s in ln.segments if any_cell or is_figure(s)]
    # Columns from each cell start to the next; the last one's right edge no cell shows.
    starts = sorted({round(s.box.x0) for ln in above for s in ln.segments}) + [math.inf] if any_cell else []
    ours = [s for ln in below for s in ln.segments if is_figure(s)]
    aligned = sum(1 for s in ours if any(any(abs(a - b) <= 2 for a, b in zip(edges(s), t)) for t in theirs)
                  or _inside_a_column(s.box, starts))
    return bool(ours) and aligned >= 0.8 * len(ours)


def _inside_a_column(box: Box, starts: list[float]) -> bool:
    """The box begins at or after one cell start and ends before the next one to its right."""
    return any(a - 2 <= box.x0 and box.x1 <= b for a, b in zip(starts, starts[1:]))


def _split_copies(region: Region) -> list[Region]:
    """A long list printed as several copies of one table side by side ("Age  Total
    Age  Total"): a header line that repeats the same cells from the table's left edge
    on splits the region into one table per copy."""
    for header, line in enumerate(region.lines[:5]):
        starts = _copy_starts(line, region.box)
        if starts:
            break
    else:
        return [region]
    # Header lines above it must repeat as well: a parent over each half ("JASPERS
    # categories", "EV categories") makes the halves parts of one table.
    if any(len(_copy_starts(ln, region.box, left=False)) != len(starts) for ln in region.lines[:header]):
        return [region]
    body = [s for ln in region.lines[header + 1:] for s in ln.segments]
    bounds = [_gutter(body, lo, hi) for lo, hi in starts]
    parts: list[Region] = []
    for x0, x1 in zip([float("-inf")] + bounds, bounds + [float("inf")]):
        lines = [v for v in (_between(ln, x0, x1) for ln in region.lines) if v is not None]
        extent = None if region.extent is None else \
            Box(max(x0, region.extent.x0), region.extent.top, min(x1, region.extent.x1), region.extent.bottom)
        parts.append(Region(lines=lines, separators=region.separators, row_rules=region.row_rules, hrules=region.hrules,
                            band=region.band, fills=region.fills,
                            vrules=[r for r in region.vrules if x0 < r.box.center_x < x1], extent=extent))
    return parts


def _split_at_header_anew(region: Region) -> list[Region]:
    """Two tables with the same header set one under the other: a line below the header
    that repeats its cells is the next table's header (the tail of a table continued from
    the page before, under its repeated header, then the next table of the same kind). The
    header's cells may wrap differently in the two (the columns are set anew)."""
    lines = region.lines
    head = next((i for i, ln in enumerate(lines[:4]) if _header_cells(ln)), None)
    if head is None:
        return [region]
    for i in range(head + 2, len(lines)):
        if _header_cells(lines[i]) and _repeats(lines[head], lines[i]) and not _framed_across(region, lines[i - 1], lines[i]):
            return [_part(region, lines[:i])] + _split_at_header_anew(_part(region, lines[i:]))
    return [region]


def _framed_across(region: Region, above: Line, below: Line) -> bool:
    """A vertical rule of the region runs on from one line into the next: one frame, one
    table, whatever its cells repeat (a grid of short words, "Hj" row after row)."""
    return any(r.box.top < above.box.center_y and r.box.bottom > below.box.center_y for r in region.vrules)


def _header_cells(line: Line) -> bool:
    return len(line.segments) >= 3 and not n_figures(line)


def _repeats(head: Line, line: Line) -> bool:
    """Most of the line's cells, three at least, are the header's, in its order, each once (a
    cell wrapped otherwise is the start or the end of the other's: "标评估" under its "绩效指",
    "绩效指标评估"; a lower header level repeating its spanner, "调剂使用" three times under
    "调剂使用", is no repeat)."""
    cells = ["".join(s.text.split()) for s in head.segments]
    same, start = 0, 0
    for segment in line.segments:   # in the header's order, each of its cells once
        text = "".join(segment.text.split())
        k = next((k for k in range(start, len(cells)) if _same_heading(text, cells[k])), None)
        if k is not None:
            same, start = same + 1, k + 1
    return same >= 3 and same >= 0.75 * max(len(cells), len(line.segments))


def _same_heading(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and (long.startswith(short) or long.endswith(short))


def _copy_starts(line: Line, box: Box, left: bool = True) -> list[tuple[float, float]]:
    """Where each copy after the first begins, as the free stretch between the end of
    the copy before and the first cell of this one; [] if the line does not repeat.
    With `left`, the repeat must start at the table's left edge (its row labels' header)."""
    texts = [s.text.strip().lower() for s in line.segments]
    n = len(texts)
    if n < (4 if left else 2) or (left and line.segments[0].box.x0 > box.x0 + line.size):
        return []
    for period in range(2 if left else 1, n // 2 + 1):
        if n % period == 0 and all(texts[i] == texts[i % period] for i in range(n)):
            segs = line.segments
            return [(segs[i - 1].box.x1, segs[i].box.x0) for i in range(period, n, period)]
    return []


def _gutter(segments: list[Segment], lo: float, hi: float) -> float:
    """The x between lo and hi crossed by the fewest cells (the rightmost of those)."""
    best, crossed = hi, len(segments) + 1
    x = hi
    while x >= lo:
        n = sum(1 for s in segments if s.box.x0 < x < s.box.x1)
        if n < crossed:
            best, crossed = x, n
        x -= 1.0
    return best


def _overlapping(line: Line, extent: Box) -> Line | None:
    return line.keeping(lambda s: s.box.x1 > extent.x0 and s.box.x0 < extent.x1)


def _between(line: Line, x0: float, x1: float) -> Line | None:
    return line.keeping(lambda s: x0 <= s.box.center_x < x1)


def _without_leaders(line: Line) -> Line | None:
    """The line without dot leaders ("0.99 ........ 800": two cells) and None for a rule
    typed as text ("-------"): neither is a cell's content. The line itself when it has none."""
    if TEXT_RULE.fullmatch(line.text):
        return None
    if not any(LEADER.search(w.text) for s in line.segments for w in s.words):
        return line
    segments: list[Segment] = []
    for seg in line.segments:
        words: list[Word] = []
        for word in seg.words:
            parts = [p for p in LEADER.split(word.text) if p.strip()]
            if not LEADER.search(word.text):
                words.append(word)
                continue
            # A leader between two words ends one cell: what follows it is the next one.
            if words:
                segments.append(Segment(words=words))
                words = []
            if parts:
                words.append(_trimmed(word, parts))
        if words:
            segments.append(Segment(words=words))
    return Line(segments=segments) if segments else None


def _trimmed(word: Word, parts: list[str]) -> Word:
    """A word whose leader dots are cut off, its box shrunk in proportion to the characters
    kept (before or after the dots)."""
    text = word.text
    start, end = text.index(parts[0]), text.rindex(parts[-1]) + len(parts[-1])
    per_char = word.box.width / max(len(text), 1)
    box = Box(word.box.x0 + start * per_char, word.box.top, word.box.x0 + end * per_char, word.box.bottom)
    return replace(word, text=text[start:end], box=box)


def within_width(segment: Segment, extent: Box, pad: float = 6.0) -> bool:
    """The cell stands within a ruled table's width (its centre, give or take a few points)."""
    return extent.x0 - pad <= segment.box.center_x <= extent.x1 + pad


def _prose_column(lines: list[Line]) -> set[int]:
    """Segments of a column of justified body text (a two-column page): many lines of
    running words starting and ending at the same x, each the first or last cell of its
    line. Text cells of a table wrap ragged; a justified paragraph is page text."""
    prose = [(ln, s) for ln in lines for s in ln.segments
             if len(s.words) >= 6 and not is_figure(s) and s.box.width >= 15 * ln.size]
    found: set[int] = set()
    for side in (0, -1):
        edge = [(ln, s) for ln, s in prose if s is ln.segments[side]]
        for ln, seg in edge:
            if id(seg) in found:
                continue
            same = [(o, t) for o, t in edge if abs(t.box.x0 - seg.box.x0) <= 2 and abs(t.box.x1 - seg.box.x1) <= 2]
            if len(same) < 6:
                continue
            x0, x1 = min(t.box.x0 for _, t in same), max(t.box.x1 for _, t in same)
            top, bottom = min(t.box.top for _, t in same), max(t.box.bottom for _, t in same)
            # The column's other lines: paragraph ends, indented first lines, each set at the
            # paragraph's spacing from one of its lines (a table under a paragraph that runs
            # across the page stands further off).
            for other in lines:
                last = other.segments[side]
                if top - other.size <= last.box.top and last.box.bottom <= bottom + other.size and \
                        x0 - 2 <= last.box.x0 and last.box.x1 <= x1 + 2 and not is_figure(last) and \
                        any(-1 <= last.box.top - t.box.bottom <= 0.6 * other.size
                            or -1 <= t.box.top - last.box.bottom <= 0.6 * other.size for _, t in same):
                    found.add(id(last))
    return found


def _without(line: Line, used: set[int]) -> Line | None:
    """The line less the cells already taken (itself when none is, None when all are)."""
    return line.keeping(lambda s: id(s) not in used)


def within(line: Line, extent: Box) -> Line | None:
    """The part of a line standing within a table's width (itself when all of it does):
    tables printed side by side share their lines."""
    return line.keeping(lambda s: within_width(s, extent))


def _looks_tabular(region: Region) -> bool:
    # In rows ruled one by one (a rule between two rows at least), a row's figures set on a
    # line of their own, beside its label's middle lines, are cells side by side as much as
    # a row on one line (s117 T1's last two rows at a page's top). Elsewhere such lines are
    # as likely a contents list's (s006: a shaded entry and a rule under the list).
    left = min((ln.box.x0 for ln in region.lines), default=0.0)
    ruled = len(region.row_rules) >= 3
    multi = sum(1 for ln in region.lines if len(ln.segments) >= 2 or ruled and figures_alone(ln, left))
    numeric = sum(1 for ln in region.lines if is_tabular(ln))
    return multi >= 2 and (numeric >= 1 or region.band is not None or len(region.vrules) >= 2
                           or _bold_header(region.lines) or _header_and_flush_row(region.lines)
                           or _header_and_row_in_its_columns(region.lines)
                           or _striped_cells(region) or _ruled_rows(region)
                           or _columned(region.lines)
                           or any(spanner_row(a, b) for a, b in zip(region.lines, region.lines[1:])))


def _ruled_rows(region: Region) -> bool:
    """A table of text ruled by horizontal lines only (a three-line table: a rule above the
    header, one under it, one under the last row; or a rule under every row): rules across
    its whole width above and below its lines, and lines of several cells that stand under
    the cells of its first line, column by column (what the rules hold is a grid, not a
    paragraph)."""
    rules = region.row_rules
    if len(rules) < 2:
        return False
    inside = [ln for ln in region.lines if rules[0] - 1 <= ln.box.top and ln.box.bottom <= rules[-1] + 1]
    multi = [ln for ln in inside if len(ln.segments) >= 2]
    if len(multi) < 2:
        return False
    # Its first line says the columns (a header's), or else, in rows continued overleaf
    # under no header, its line of most cells (s470 p91: the first line holds two cells' ends).
    widest = max(range(len(multi)), key=lambda i: (len(multi[i].segments), -i))
    return any(_ruled_under(multi, k, rules) for k in dict.fromkeys((0, widest)))


def _ruled_under(multi: list[Line], k: int, rules: list[float]) -> bool:
    """Lines of several cells stand under the cells of multi[k], column by column."""
    if k + 1 == len(multi):
        return False
    head = multi[k]
    aligned = [ln for ln in multi[k + 1:] + multi[:k] if _under_head_cells(head, ln)]
    # Under a rule of its own, one row says it; between two rules only, two rows must.
    under_head = any(head.box.bottom - 1 <= y <= multi[k + 1].box.top + 1 for y in rules)
    return len(aligned) >= (1 if len(rules) >= 3 and under_head else 2)


def _under_head_cells(head: Line, line: Line) -> bool:
    """Each cell of `line` under a cell of `head`, column by column: all of them, or, under a
    header of four cells or more, three or more each under a header cell of its own in order
    (a row whose other cells are empty on this line, set on its middle)."""
    n, m = len(line.segments), len(head.segments)
    return (n == m or n < m and m >= 4) and in_same_columns(head, line)


def in_same_columns(a: Line, b: Line) -> bool:
    """Two lines' cells in the same columns: as many cells, each over the other's in turn, or
    the line of fewer cells (three or more) each under a cell of the other's of its own, in
    order. `b`'s size is the tolerance."""
    if len(a.segments) == len(b.segments):
        return all(_over(x, y, b.size) for x, y in zip(a.segments, b.segments))
    wide, narrow = (a, b) if len(a.segments) > len(b.segments) else (b, a)
    return _in_columns_of(wide, narrow)


def _in_columns_of(wide: Line, line: Line) -> bool:
    """Three cells or more of `line`, each under exactly one cell of `wide`, a cell of its own
    and in order: the same columns, some empty on `line`."""
    return len(line.segments) >= 3 and _under_cells_of(wide, line)


def _under_cells_of(wide: Line, line: Line) -> bool:
    """Every cell of `line` under exactly one cell of `wide`, a cell of its own, in order."""
    cols = []
    for seg in line.segments:
        over = [k for k, w in enumerate(wide.segments) if _over(w, seg, line.size)]
        if len(over) != 1:
            return False
        cols.append(over[0])
    return cols == sorted(set(cols))


def _striped_cells(region: Region) -> bool:
    """Light stripes each behind a line of several cells: rows of a table of text (a shaded
    box behind a paragraph has lines of one text)."""
    stripes = [f for f in region.fills if not f.dark]
    return bool(stripes) and not region.hrules and all(
        any(len(ln.segments) >= 2 and f.box.top - 1 <= ln.box.top and ln.box.bottom <= f.box.bottom + 1
            for ln in region.lines) for f in stripes)


def _bold_header(lines: list[Line]) -> bool:
    """A table of text: its first line of several cells is a header set in bold (as a band
    would say), and a line below has cells under at least two of its cells."""
    multi = [ln for ln in lines if len(ln.segments) >= 2]
    if len(multi) < 2 or not header_line(multi[0]):
        return False
    # The header's lines: its cells may wrap, and the line the body's cells stand under is
    # then not the first.
    heads = list(takewhile(header_line, multi))
    body = [ln for ln in multi[len(heads):] if not header_line(ln)]
    if any(_under_head(head, line) for head in heads for line in body):
        return True
    # Or every row's cells in the header's columns, where they begin past a short header cell.
    if len(body) < 2:
        return False
    columns = tuple(s.box for s in max(heads, key=lambda ln: len(ln.segments)).segments)
    return all(_in_columns_begun_by(columns, line, line.size) for line in body)


def _header_and_row_at_foot(lines: list[Line], page: list[Line]) -> bool:
    """A bold header and a row set bold as it is, each cell flush under a header cell, the
    last lines of the page (a page number at most under them): a table whose header and
    first row (a renderer's header rows) end the page, its rows overleaf (bare rendering
    p128: annex 11's table of benefits on a landscape page's foot)."""
    below = [ln for ln in page if ln.box.top > lines[-1].box.bottom]
    return (_header_and_flush_row(lines) or _header_and_row_in_its_columns(lines)) and \
        all(len(ln.segments) == 1 and parse_number(ln.text) is not None for ln in below)


def _header_and_row_in_its_columns(lines: list[Line]) -> bool:
    """A bold header and one row of text under it, each cell in a column a heading begins
    (s456 p89: "信托基金 | 部门" over its first row, the second cell flush right)."""
    multi = [ln for ln in lines if len(ln.segments) >= 2]
    if len(multi) != 2 or not header_line(multi[0]) or header_line(multi[1]):
        return False
    heads = tuple(s.box for s in multi[0].segments)
    return len(multi[1].segments) == len(heads) and _in_columns_begun_by(heads, multi[1], multi[1].size)


def _header_and_flush_row(lines: list[Line]) -> bool:
    """Bold lines of three cells or more, one of them under the first with each cell flush
    under one of its cells: a header and a row set bold as it is."""
    multi = [ln for ln in lines if len(ln.segments) >= 3]
    if len(multi) < 2 or not all(header_line(ln) for ln in multi):
        return False
    head = multi[0]
    return any(len(ln.segments) == len(head.segments) and all(
        abs(s.box.x0 - h.box.x0) <= 0.5 * ln.size for s, h in zip(ln.segments, head.segments)) for ln in multi[1:])


def _under_head(head: Line, line: Line) -> bool:
    under = sum(1 for h in head.segments if any(_over(h, c, line.size) for c in line.segments))
    # Cells under two of the header's; or, both rows of three cells or more, under one
    # (a grid of quarters under its first year: "2018 年 … 2023 年" over "第一季度 … 第四季度").
    return under >= 2 or under >= 1 and min(len(head.segments), len(line.segments)) >= 3


def _over(a: Segment, b: Segment, size: float) -> bool:
    """Two cells one over the other: they overlap across, or begin at the same x."""
    return min(a.box.x1, b.box.x1) - max(a.box.x0, b.box.x0) > 0 or abs(a.box.x0 - b.box.x0) <= 0.5 * size


# --- graphics ---------------------------------------------------------------------------

@dataclass
class _Item:
    box: Box
    rule: Rule | None = None
    fill: Fill | None = None
    row_width: float = 0.0      # a fill's width with the fills of its shade beside it


def _row_widths(items: list[_Item]) -> None:
    """A band is often drawn cell by cell: the width of the row of same-shade fills each
    fill belongs to tells a band across the table from one shaded column."""
    fills = [it for it in items if it.fill is not None]
    for item in fills:
        row = [o.box for o in fills if o.fill.dark == item.fill.dark
               and abs(o.box.top - item.box.top) <= 1 and abs(o.box.bottom - item.box.bottom) <= 1]
        item.row_width = sum(b.width for b in row)


def _graphic_regions(layout: PageLayout, lines: list[Line]) -> list[Region]:
    # Pieces of a rule drawn cell by cell are joined before short strokes are left out: the
    # piece under a narrow column is part of the rule across the table.
    items = [_Item(r.box, rule=r) for r in _joined(layout.hrules) if r.box.width >= MIN_RULE_WIDTH]
    # A fill behind the whole page is its background, no band of a table.
    items += [_Item(f.box, fill=f) for f in layout.fills if f.box.width >= MIN_RULE_WIDTH
              and not (f.box.width >= 0.9 * layout.width and f.box.height >= 0.9 * layout.height)]
    items.sort(key=lambda it: it.box.top)
    _row_widths(items)
    size = statistics.median([ln.size for ln in lines]) if lines else 10.0
    groups: list[list[_Item]] = []
    for item in items:
        # Tables side by side are drawn rule by rule across the page: an item continues the
        # latest group standing over the same stretch of the page, not merely the latest one.
        group = next((g for g in reversed(groups) if _over_same_width(g, item)), None)
        if group and _frame_closed(group, item, layout, lines):
            groups.append([item])   # a grid's frame ends at its last rule: another table below
            continue
        framed = bool(group) and _framed_between(group, item, layout)
        if group and (framed or
                      _continues(group, item, lines, size) and not _blank_between(group, item, lines, layout, size)):
            # Inside a frame of vertical rules a row set further below its rule is a taller
            # row (its cells set at the foot), not the space between two tables.
            if not framed and _spaced_apart(group, item, lines, size):
                # The rule above this row closes one table and opens the next.
                group = [group[-1]]
                groups.append(group)
            elif _header_anew(group, item, lines, layout):
                # A header between two rules under the table's rows (a heading at most between
                # them and the rows): the next table, ruled on its own.
                top_rule = group.pop()
                group = [top_rule]
                groups.append(group)
            group.append(item)
        else:
            groups.append([item])
    regions = []
    for group in groups:
        region = _region_from_group(group, layout, lines)
        if region is not None:
            regions.append(region)
    return regions


def _frame_closed(group: list[_Item], item: _Item, layout: PageLayout, lines: list[Line]) -> bool:
    """The vertical rules of a grid come down to the group's last rule and stop there, and
    this item stands apart below it: the grid is closed, the item belongs to another table
    (two grids stacked close together)."""
    extent = _extent(group)
    top, bottom = group[-1].box.bottom, item.box.top
    if bottom - top < 3:
        return False
    ours = [r for r in layout.vrules if extent.x0 - 2 <= r.box.center_x <= extent.x1 + 2
            and extent.top - 2 <= r.box.top < top - 1 and r.box.bottom >= top - 1.5]
    if len(ours) < 2 or not all(r.box.bottom <= top + 1.5 for r in ours):
        return False
    # Column rules starting anew under the item elsewhere than ours: another grid, whatever
    # stands between (s138 p137: a sentence between a table of results and one of costs).
    theirs = [r for r in layout.vrules
              if abs(r.box.top - bottom) <= 1.5 and extent.x0 - 2 <= r.box.center_x <= extent.x1 + 2]
    if len(theirs) >= 2 and any(all(abs(r.box.center_x - o.box.center_x) > 1.0 for o in ours) for r in theirs):
        return True
    # A row between: a section label across a grid whose column rules pause for it.
    return not any(top - 1 <= ln.box.top and ln.box.bottom <= bottom + 1 and ln.box.x1 > extent.x0
                   and ln.box.x0 < extent.x1 for ln in lines)


def _framed_between(group: list[_Item], item: _Item, layout: PageLayout) -> bool:
    """The stretch from the group's last rule down to this one lies inside a frame of vertical
    rules (the table's borders and one between its columns at least): a cell, whatever its
    text looks like ("附件一 …" wrapped in a table of contents is no caption)."""
    extent = _extent(group)
    top, bottom = group[-1].box.bottom, item.box.top
    # A grid drawn cell by cell may leave its column rules a stroke short of the row rules
    # (the joints drawn as squares of their own).
    xs = [r.box.center_x for r in layout.vrules if r.box.top <= top + 2.5 and r.box.bottom >= bottom - 2.5
          and extent.x0 - 2 <= r.box.center_x <= extent.x1 + 2]
    # The rule below closes the stretch across the frame: a rule inside one of its cells
    # (a small table set in a framed box) is no row rule of the frame.
    return len(xs) >= 3 and min(xs) <= extent.x0 + 2 and max(xs) >= extent.x1 - 2 and \
        item.box.x0 <= min(xs) + 2 and item.box.x1 >= max(xs) - 2


def _joined(rules: list[Rule], gap: float = 3.0) -> list[Rule]:
    """Pieces of one horizontal rule with a small break between them (drawn per column
    group) are one rule; pieces further apart may be two tables' rules side by side."""
    def mid(r: Rule) -> float:
        return (r.box.top + r.box.bottom) / 2
    heights: list[list[Rule]] = []
    for rule in sorted(rules, key=mid):
        if heights and mid(rule) - mid(heights[-1][-1]) <= 1:
            heights[-1].append(rule)
        else:
            heights.append([rule])
    out: list[Rule] = []
    for same in heights:
        row: list[Rule] = []
        for rule in sorted(same, key=lambda r: r.box.x0):
            if row and rule.box.x0 - row[-1].box.x1 <= gap:
                row[-1] = Rule(row[-1].box.union(rule.box), horizontal=True)
            else:
                row.append(rule)
        out += row
    return out


def _extent(group: list[_Item]) -> Box:
    return Box.around(it.box for it in group)


def _over_same_width(group: list[_Item], item: _Item) -> bool:
    extent = _extent(group)
    overlap = min(extent.x1, item.box.x1) - max(extent.x0, item.box.x0)
    return overlap >= 0.6 * min(extent.width, item.box.width)


def _continues(group: list[_Item], item: _Item, lines: list[Line], size: float) -> bool:
    extent = _extent(group)
    # Lines as far as they reach over the table: what stands wholly beside it (the rows of
    # another table on the same lines) is no break.
    between = [v for v in (_overlapping(ln, extent) for ln in lines
                           if extent.bottom - 1 <= ln.box.top and ln.box.bottom <= item.box.top + 1) if v]
    if _second_band(group, item, lines, between):
        return False  # a second header band across the table: the next table starts
    if _stripes_only(group + [item]) and not _stripes_continue(group, item, lines):
        return False
    edges = [extent.bottom] + [y for ln in between for y in (ln.box.top, ln.box.bottom)] + [item.box.top]
    if max((b - a for a, b in zip(edges[::2], edges[1::2])), default=0) > 4 * size:
        return False  # an empty stretch of page between two rules
    inside = [ln for ln in lines if extent.top - 1 <= ln.box.top and ln.box.bottom <= extent.bottom + 1]
    # Under a table's first rule the lines down to the next are its first row: their type,
    # not the page's (a table set smaller than the text around it), says what is a heading;
    # over a rule closing rows (cells side by side right above it), so are those rows' (s229
    # p108: a table of text continued overleaf, closed by a rule, a heading set larger and
    # the next table under it).
    sized = inside or _rows_closed_by(group[0], lines) or between
    table_size = statistics.median([ln.size for ln in sized]) if sized else size
    # Two lines of running text across the table's width are a paragraph between tables.
    prose = [ln for ln in between if len(ln.segments) == 1 and len(ln.segments[0].words) >= 8
             and ln.box.width >= 0.6 * extent.width]
    if len(between) == 1 and item.box.top - extent.bottom <= 2.2 * between[0].size and \
            not is_caption(between[0]) and between[0].box.x0 >= extent.x0 - 2 and between[0].box.x1 <= extent.x1 + 2:
        return True  # one line in a band as high as a row: a row (a section label set larger)
    return len(prose) < 2 and not any(_breaks_table(ln, extent, table_size) for ln in between)


def _rows_closed_by(item: _Item, lines: list[Line]) -> list[Line]:
    """The line right over a lone rule (less than a line above it), cells side by side within
    its width: the last row of the table the rule closes; [] if none."""
    if item.rule is None:
        return []
    box = item.box
    above = [ln for ln in lines if ln.box.bottom <= box.top + 1 and box.top - ln.box.bottom <= ln.size
             and len(ln.segments) >= 2 and ln.box.x0 >= box.x0 - 2 and ln.box.x1 <= box.x1 + 2]
    return above[-1:]


def _second_band(group: list[_Item], item: _Item, lines: list[Line], between: list[Line]) -> bool:
    """A header band across the table under its rows: the rows ruled under the first band, or,
    in a table ruled by its bands alone, rows of figures printed dark between the two bands
    and header cells on the new one (a band of one cell may be a section label in the table)."""
    if item.fill is None or not _is_band(item.fill, lines) or item.row_width < 0.95 * _extent(group).width:
        return False
    if _has_body(group) or _band_repeated(group[0], item, lines):
        return True
    if group[-1].fill is None or not any(is_data(ln) and not _light(ln) for ln in between):
        return False
    return any(len(ln.segments) >= 2 for ln in _lines_on(item.fill.box, lines))


def _band_repeated(first: _Item, item: _Item, lines: list[Line]) -> bool:
    """The band repeats the headings of the band that opens the table: the next table's
    header, a table of the same kind right under it (s465 p111: two tables of risks, rows of
    text only). A table repeats its header band overleaf, never on the same page."""
    if first.fill is None:
        return False
    upper = [ln for ln in _lines_on(first.fill.box, lines) if _header_cells(ln)]
    return any(_repeats(a, b) for a in upper for b in _lines_on(item.fill.box, lines) if _header_cells(b))


def _lines_on(band: Box, lines: list[Line]) -> list[Line]:
    """The lines printed on a band, top to bottom within it."""
    return [ln for ln in lines if band.top - 1 <= ln.box.top and ln.box.bottom <= band.bottom + 1]


def _light(line: Line) -> bool:
    return _mostly_light([w for s in line.segments for w in s.words])


def _mostly_light(words: list[Word]) -> bool:
    """Half the words or more drawn in a light colour (text on a dark band)."""
    return sum(w.light for w in words) >= 0.5 * len(words)


def _all_bold(line: Line) -> bool:
    return all(w.bold for s in line.segments for w in s.words)


def _header_anew(group: list[_Item], item: _Item, lines: list[Line], layout: PageLayout) -> bool:
    """In a table ruled by horizontal lines only: between the group's last rule and this one
    a header (a line of several cells, no figures); between the rule before and the last one
    nothing, or a heading of one cell; and rows of figures above those: the last rule opens
    another table, this one closes its header."""
    if len(group) < 3 or item.rule is None or group[-1].rule is None or group[-2].rule is None:
        return False
    extent = _extent(group)
    if any(_crosses(r.box, extent) for r in layout.vrules):
        return False

    def between(top: float, bottom: float) -> list[Line]:
        return [v for v in (_overlapping(ln, extent) for ln in lines
                            if top - 1 <= ln.box.top and ln.box.bottom <= bottom + 1) if v]
    head = between(group[-1].box.bottom, item.box.top)
    if not head or any(is_data(ln) for ln in head) or not any(len(ln.segments) >= 2 for ln in head):
        return False
    gap = between(group[-2].box.bottom, group[-1].box.top)
    if len(gap) > 1 or any(len(ln.segments) >= 2 for ln in gap):
        return False
    return any(is_data(ln) for ln in between(extent.top, group[-2].box.top))


def _blank_between(group: list[_Item], item: _Item, lines: list[Line], layout: PageLayout, size: float) -> bool:
    """Two rules with nothing printed between them, further apart than a double rule: the
    bottom rule of one table and the top rule of the next, in tables ruled by horizontal lines
    only (a grid's cells may be drawn as boxes apart from each other). A renderer may set the
    next table less than a line below, and no row of a table is that low and empty."""
    last = group[-1]
    if item.rule is None or last.rule is None:
        return False
    top, bottom = last.box.bottom, item.box.top
    if bottom - top <= 0.8 * size:
        return False
    x0, x1 = max(last.box.x0, item.box.x0), min(last.box.x1, item.box.x1)
    if any(ln.box.bottom > top and ln.box.top < bottom and ln.box.x1 > x0 and ln.box.x0 < x1 for ln in lines):
        return False
    extent = _extent(group + [item])
    return not any(_crosses(r.box, extent) for r in layout.vrules)


def _stripes_only(group: list[_Item]) -> bool:
    return all(it.fill is not None and not it.fill.dark for it in group)


def _stripes_continue(group: list[_Item], item: _Item, lines: list[Line]) -> bool:
    """Stripes mark rows, not where a table ends: the next stripe belongs to the same
    table only if every line from the last one down to it would belong to the table grown
    from the rows it has (no heading, caption or paragraph between)."""
    extent = _extent(group)
    views = [v for v in (within(ln, extent) for ln in lines) if v is not None]
    inside = [v for v in views if extent.top - 1 <= (v.box.top + v.box.bottom) / 2 <= extent.bottom + 1]
    after = [v for v in views if extent.bottom + 1 < (v.box.top + v.box.bottom) / 2 <= item.box.bottom + 1]
    if not inside or not after:
        return True
    frame = replace(_frame(inside), box=Box(extent.x0, extent.top, extent.x1, extent.bottom))
    if not any(is_data(v) for v in inside):
        # A shaded row of text alone shows no column of figures: its label column may reach
        # as far as its shade (its own text ended short of it, the next label's does not).
        frame = replace(frame, labels_end=extent.x1)
    pairs = list(zip([inside[-1]] + after, after))
    gaps = [b.box.top - a.box.bottom for a, b in pairs if b.box.top > a.box.bottom]
    if sum(1 for v in inside if is_data(v)) < 2 and len(gaps) >= 2:
        # One shaded row (a total, or a section label) says nothing of how far apart the
        # rows are set: the lines from it down to the next shading do, as most of them stand.
        frame = replace(frame, step=max(frame.step, statistics.median(gaps)))
    if all(_below(line, above, frame) for above, line in pairs):
        return True
    # Zebra rows of one line or more, set apart by more than the rows' own spacing: past two
    # stripes, the unshaded row before the next no taller than a stripe or an unshaded row
    # before, every line in it and in the next stripe of the table's kind (no caption,
    # heading or note), however far apart its lines are set. After one stripe (a table
    # begun overleaf, s141), the two stripes show how tall its rows run.
    gaps = [b.box.top - a.box.bottom for a, b in zip(group, group[1:])]
    tallest = max(max(it.box.height for it in group), max(gaps)) if gaps else \
        max(group[0].box.height, item.box.height)
    tall_row = _one_unshaded_row(group, item, views)
    return (item.box.top - extent.bottom <= tallest + 1 or tall_row) and item.box.height <= tallest + 1 and \
        not any(_foreign(v, frame) or len(v.segments) < 2 and not (frame.in_labels(v) or frame.over_values(v)
                                                                   or frame.in_a_cell(v))
                for v in after)


def _one_unshaded_row(group: list[_Item], item: _Item, views: list[Line]) -> bool:
    """Between the last stripe and the next, one row taller than any before (a label of many
    lines, s030 p101): its lines follow one another with no blank stretch wider than two
    stripes' paddings (a cell's own above and the next row's below), as one cell's lines do."""
    shaded = [(it, inside) for it in group if it.fill is not None
              and (inside := [v for v in views if it.box.top - 1 <= v.box.top and v.box.bottom <= it.box.bottom + 1])]
    if not shaded:
        return False
    pads = [min(v.box.top for v in inside) - it.box.top for it, inside in shaded]
    top, bottom = group[-1].box.bottom, item.box.top
    between = sorted((v for v in views if top - 1 <= v.box.top and v.box.bottom <= bottom + 1), key=lambda v: v.box.top)
    # A sentence at the page's margin, left of where the table's cells start, is the page's
    # text between two tables (s226 p174), no line of a row.
    left = min(v.box.x0 for _, inside in shaded for v in inside)
    if not between or any(_sentence(v, left) for v in between):
        return False
    reach, widest = top, 0.0
    for v in between:
        widest = max(widest, v.box.top - reach)
        reach = max(reach, v.box.bottom)
    widest = max(widest, bottom - reach)
    return widest <= 2 * min(pads) + 1


def _spaced_apart(group: list[_Item], item: _Item, lines: list[Line], size: float) -> bool:
    """A one-line row standing much further below its rule than the rows before it:
    the space a renderer leaves between two tables drawn one under the other."""
    rules = [it.box.bottom for it in group if it.rule is not None]
    if len(rules) < 3 or group[-1].rule is None:
        return False
    pads = []
    for top, bottom in zip(rules, rules[1:] + [item.box.top]):
        inside = [ln for ln in lines if top <= ln.box.top and ln.box.bottom <= bottom]
        if inside:
            pads.append(inside[0].box.top - top)
    last = [ln for ln in lines if rules[-1] <= ln.box.top and ln.box.bottom <= item.box.top]
    if len(pads) < 3 or len(last) != 1:
        return False
    rows = [ln for ln in lines if rules[0] <= ln.box.top and ln.box.bottom <= rules[-1] and is_data(ln)]
    if _figures_in_columns_of(last[0], rows):
        return False  # a total row set apart (smaller type, more padding): the table's last row
    below = min((ln for ln in lines if ln.box.top >= item.box.top - 1), key=lambda ln: ln.box.top, default=None)
    if below is not None and _row_in_columns_of(below, rows):
        # Rows in the same columns go on under it: a taller section row of the table (its
        # empty cells set in a larger default size), no space between two tables.
        return False
    usual = statistics.median(pads[:-1])
    return pads[-1] - usual > 0.8 * size


def _total_set_apart(line: Line, region_lines: list[Line], frame: _Frame) -> bool:
    """A row of figures further below the table's last row than its rows stand apart (a
    total set in smaller type and padded further), standing in the columns of its rows."""
    gap = line.box.top - region_lines[-1].box.bottom
    rows = [ln for ln in region_lines if is_data(ln)]
    return (is_data(line) and len(rows) >= 2 and gap <= 2.2 * frame.step and not is_caption(line)
            and frame.within_width(line) and _figures_in_columns_of(line, rows))


def _figures_in_columns_of(line: Line, rows: list[Line]) -> bool:
    """Most of the line's figures (two at least) end or centre where figures of the rows above
    do: it stands in their columns."""
    figures = [s for s in line.segments if is_figure(s)]
    above = [s for ln in rows for s in ln.segments if is_figure(s)]
    aligned = [f for f in figures if any(_same_column(f.box, a.box) for a in above)]
    return len(aligned) >= max(2, 0.6 * len(figures))


def _row_in_columns_of(line: Line, rows: list[Line]) -> bool:
    """A row of the rows' table: its figures in their columns (`_figures_in_columns_of`), or
    one figure ending or centred where one of theirs does (figures set flush right or centred
    in their cells), its label starting where theirs start (a row with a figure in the total
    column only)."""
    if _figures_in_columns_of(line, rows):
        return True
    figures = [s for s in line.segments if is_figure(s)]
    first = line.segments[0]
    return len(figures) == 1 and not is_figure(first) and \
        any(_same_column(figures[0].box, s.box) for ln in rows for s in ln.segments if is_figure(s)) and \
        any(abs(first.box.x0 - ln.segments[0].box.x0) <= 1.5 and not is_figure(ln.segments[0]) for ln in rows)


def _same_column(a: Box, b: Box) -> bool:
    """Two figures flush right or centred on one another: one column's."""
    return abs(a.x1 - b.x1) <= 1.5 or abs(a.center_x - b.center_x) <= 1.5


def _is_band(fill: Fill, lines: list[Line]) -> bool:
    """A dark fill printed with light text on it (a header band). Dark-looking fills under
    dark text are cell shading whose colour we misread, not bands: text must stay legible."""
    if not fill.dark:
        return False
    words = [w for ln in lines if fill.box.top - 1 <= ln.box.top and ln.box.bottom <= fill.box.bottom + 1
             for s in ln.segments for w in s.words if fill.box.x0 - 1 <= w.box.center_x <= fill.box.x1 + 1]
    return not words or _mostly_light(words)


def _has_body(group: list[_Item]) -> bool:
    last_fill = max((i for i, it in enumerate(group) if it.fill is not None), default=-1)
    return any(it.rule is not None for it in group[last_fill + 1:])


def _breaks_table(line: Line, extent: Box, size: float) -> bool:
    """A caption, heading or paragraph line between two rules means two tables."""
    if not line.text.strip(MARKERS):
        return False  # a footnote marker wrapped onto a line of its own
    if is_caption(line):
        return True
    outside = line.box.x1 > extent.x1 + 2 * size or line.box.x0 < extent.x0 - 2 * size
    # Rows of figures are often set smaller than the header above them, and column headers
    # larger; a heading or a paragraph in another size is one run of text.
    if abs(line.size - size) > 0.07 * size and not (len(line.segments) >= 2 and not outside):
        return True
    return outside


def _region_from_group(group: list[_Item], layout: PageLayout, lines: list[Line]) -> Region | None:
    extent = _extent(group)
    fills = [it.fill for it in group if it.fill is not None]
    # A single stroke is a separator or an underline, not a table.
    if len(group) < 2 and not fills:
        return None
    # The page's lines as far as they stand within the table's width.
    views = [v for v in (within(ln, extent) for ln in lines) if v is not None]
    printed = {id(ln) for ln in lines}
    cut = {id(v) for v in views if id(v) not in printed}   # lines running on past the table
    inside = [v for v in views if extent.top - 1 <= (v.box.top + v.box.bottom) / 2 <= extent.bottom + 1]
    across = _rules_across(group, extent)
    inside = _without_boxed_title(_without_boxed_notes(inside, across), across)
    if not inside:
        return None
    region = Region(lines=inside, fills=fills, extent=extent)
    # A fill behind one column (the label column shaded) says nothing of where its rows end.
    region.separators = sorted({round(y, 1) for it in group for y in _edges(it)
                                if it.rule is not None or it.box.width >= 0.5 * extent.width})
    region.hrules = [it.box for it in group if it.rule is not None]
    region.row_rules = sorted({round(y, 1) for it in group if it.rule is not None
                               and it.box.width >= 0.9 * extent.width for y in _edges(it)})
    region.vrules = [r for r in layout.vrules if _crosses(r.box, extent)]
    if region.hrules:
        _extend(region, views, _other_rules(group, layout, extent), cut)
        start = next(i for i, ln in enumerate(views) if ln is region.lines[0])
        if _stripe_over_rows(group[0], region.lines) and not _fenced_above(region, views, start):
            # No rule opens the table on this page, a stripe marks its first rows: it goes on
            # from the page before, and the rows above the stripe are its rows too.
            top, _ = _grow_up(views, start, _frame(region.lines), set(), region.lines)
            region.lines = views[top:start] + region.lines
    else:
        # Fills only (a header band, zebra stripes): they mark some rows, not where the
        # table ends.
        grow(region, views, under_band=any(f.dark for f in fills) and not any(is_data(ln) for ln in inside))
    # A dark band at the very top is a header band; light fills may be zebra stripes.
    top_fill = min(fills, key=lambda f: f.box.top) if fills else None
    if top_fill is not None and _is_band(top_fill, lines) and top_fill.box.top <= region.lines[0].box.top + 1:
        region.band = top_fill.box
    return region


def _stripe_over_rows(item: _Item, lines: list[Line]) -> bool:
    """A light fill behind a row of figures: a zebra stripe or a shaded row, not a header."""
    return item.fill is not None and not item.fill.dark and any(
        is_data(ln) for ln in lines if item.box.top - 1 <= ln.box.top and ln.box.bottom <= item.box.bottom + 1)


def _fenced_above(region: Region, lines: list[Line], i: int) -> bool:
    """A rule between the region's first line (lines[i]) and the line above it."""
    return i == 0 or any(lines[i - 1].box.bottom - 1 <= r.center_y <= region.lines[0].box.top + 1 for r in region.hrules)


def _rules_across(group: list[_Item], extent: Box) -> list[float]:
    """Where the rules across (nearly) the table's whole width stand, top to bottom."""
    return sorted((it.box.top + it.box.bottom) / 2 for it in group
                  if it.rule is not None and it.box.width >= 0.9 * extent.width)


def _without_boxed_notes(inside: list[Line], across: list[float]) -> list[Line]:
    """A table set in a box with its notes: under the rule that closes its rows and above the
    box's bottom edge stand lines of text only, each one piece without a figure ("Note: …",
    "na = Not available"), one of them running on over the columns of figures, while the
    rows above hold figures. They are the table's notes, not its rows."""
    if len(across) < 3:
        return inside
    closing = across[-2]
    tail = [ln for ln in inside if ln.box.top >= closing - 1]
    rows = [ln for ln in inside if ln.box.bottom <= closing + 1]
    if not tail or len(tail) == len(inside):
        return inside
    if any(len(ln.segments) != 1 or n_figures(ln) for ln in tail):
        return inside
    data = [ln for ln in rows if is_data(ln)]
    if len(data) < 2:
        return inside  # a table of text: its last compartment may be a row
    # A row whose cells are blank but its label stays in the label column; a note runs on
    # over the columns of figures.
    figures_from = min(s.box.x0 for ln in data for s in ln.segments[1:])
    if not any(ln.box.x1 > figures_from for ln in tail):
        return inside
    return rows


def _without_boxed_title(inside: list[Line], across: list[float]) -> list[Line]:
    """A table's title set inside its frame, over its header: alone between the frame's top
    and the first rule across it, in a larger size than any line under it, and in fewer
    pieces than the rows have cells. It is a caption, not a header row."""
    if len(across) < 3:
        return inside
    first = [ln for ln in inside if (ln.box.top + ln.box.bottom) / 2 < across[1]]
    rest = inside[len(first):]
    if len(first) != 1 or not rest or first[0] is not inside[0]:
        return inside
    widest = max(len(ln.segments) for ln in rest)
    if first[0].size >= 1.2 * max(ln.size for ln in rest) and 2 * len(first[0].segments) <= widest:
        return rest
    return inside


def _edges(item: _Item) -> list[float]:
    if item.rule is not None:
        return [(item.box.top + item.box.bottom) / 2]
    return [item.box.top, item.box.bottom]


def _crosses(rule: Box, extent: Box, pad: float = 2.0) -> bool:
    """A vertical rule within the extent's width that runs down most of its height: a rule
    drawn once through two tables stacked in one frame still separates each one's columns."""
    if not extent.x0 - pad <= rule.center_x <= extent.x1 + pad:
        return False
    overlap = min(rule.bottom, extent.bottom + pad) - max(rule.top, extent.top - pad)
    return overlap >= 0.5 * min(rule.height, extent.height)


def _other_rules(group: list[_Item], layout: PageLayout, extent: Box) -> list[float]:
    """Where the page's rules across most of the table's width stand that are none of its
    own: the rules of a table above or below it."""
    own = [(it.box.top + it.box.bottom) / 2 for it in group if it.rule is not None]
    out = []
    for rule in _joined(layout.hrules):
        y = (rule.box.top + rule.box.bottom) / 2
        across = min(rule.box.x1, extent.x1) - max(rule.box.x0, extent.x0)
        if across >= 0.5 * extent.width and not any(abs(y - o) <= 1 for o in own):
            out.append(y)
    return out


def _extend(region: Region, lines: list[Line], fences: list[float] | None = None, cut: set[int] | None = None) -> None:
    """Take in a header printed above the first rule and data rows below the last one; never
    past another table's rule (a header is not ruled off from its own table). `cut`: the
    lines (ids) only part of which stands within the table's width."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    first, last = index[id(region.lines[0])], index[id(region.lines[-1])]
    box = region.box
    # A header of text (no figures) may reach as far as the rules do, beyond the rows' text.
    ruled = box if region.extent is None else Box(min(box.x0, region.extent.x0), box.top,
                                                  max(box.x1, region.extent.x1), box.bottom)
    while first > 0 and not _fenced(lines[first - 1], lines[first], fences or []) and (
            _header_above(lines[first - 1], lines[first], box)
            or not is_data(lines[first - 1]) and _header_above(lines[first - 1], lines[first], ruled)):
        first -= 1
    # Too few rows to measure, their stripes say how far apart the rows are padded (s154 p89).
    spacing = _rows_spacing(lines[first:last + 1]) or _row_starts_spacing(lines[first:last + 1]) \
        or _stripe_padding(region)
    while last + 1 < len(lines):
        below, held = lines[last + 1], lines[first:last + 1]
        # A row's text may reach past the rows' above, within the rules (a last column's
        # wrapped text cell "100% ( 高容量表" wider than its figures: s121 A11-08); not a
        # line of page text running past them, cut at their ends (ICDAR us-035a "Source: …").
        # Under a header alone (a band), rows are read by their columns as text (s007).
        reach = ruled if id(below) not in (cut or set()) and any(is_data(ln) for ln in held) else box
        if _row_below(below, lines[last], reach, spacing) or _wrapped_below(below, held, box) or \
                _cells_below(below, held, box) or _cells_wrapped_under(below, lines[last], held):
            last += 1
        elif taken := (_sections_then_row(lines, last, lines[first:last + 1], box, rules=region.rule_ys())
                       or _row_of_two_lines_below(lines, last, reach, spacing)):
            last += taken
        else:
            break
    region.lines = lines[first:last + 1]


def _fenced(line: Line, below: Line, fences: list[float]) -> bool:
    return any(line.box.bottom - 1 <= y <= below.box.top + 1 for y in fences)


def _sections_then_row(lines: list[Line], last: int, region_lines: list[Line], box: Box,
                       rules: list[float] | None = None) -> int:
    """Section labels under the last rule ("B. 非人事费", "实习和产权组织研究金": one text
    each, in the label column, set as far apart as the rows) with a row of figures under
    them: rows of a table whose closing rule is overleaf; or the first lines of a row's
    label wrapped above its figures, under the rule closing a header whose other rows are
    overleaf. How many lines they take, the row included; 0 if the labels lead to no row (a
    heading over the text after it). Three lines of text at most, or one more than the
    table's own labels wrap above their figures (s154 p47: a label of six lines in a narrow
    column, its figures on the last, at a page's foot)."""
    most = max(3, _longest_label_run(region_lines) + 1)
    row = next((ln for ln in reversed(region_lines) if len(ln.segments) > 1), None)
    label_end = row.segments[1].box.x0 if row is not None else box.x1
    spacing = _rows_spacing(region_lines)
    # A line of CJK text alone stands a little lower than one with figures: the rows'
    # own gaps, not a fixed share of a line, say how far apart they are set; above a row's
    # figures, or under them where rows are set on their bottom (the gap above the figures
    # is a wrapped label's then).
    gaps = [b.box.top - a.box.bottom for a, b in zip(region_lines, region_lines[1:]) if is_tabular(b) or is_tabular(a)]
    for k in range(1, most + 1):
        if last + k + 1 >= len(lines):
            return 0
        line, above = lines[last + k], lines[last + k - 1]
        limit = max([1.2 * line.size] + [g + 0.2 * line.size for g in gaps if g <= 2 * line.size])
        # Under the rule closing a header (no row yet), the first row's text is set from the
        # rule (the cell's padding), not from the header's text.
        # Only at the page's foot (no figures further down): rows going on under it on this
        # page are read as a table of text, whose header is found above them.
        header_only = not any(is_data(ln) for ln in region_lines) and \
            not any(is_data(ln) for ln in lines[last + k + 2:])
        top = max([above.box.bottom] + [y for y in rules or [] if header_only and above.box.bottom <= y <= line.box.top])
        if is_caption(line) or is_footnote(line) or len(line.segments) != 1 \
                or line.box.top - top > limit or abs(line.box.x0 - box.x0) > line.size \
                or line.box.x1 >= label_end or abs(line.size - above.size) > 0.1 * above.size:
            return 0
        if _row_below(lines[last + k + 1], line, box, spacing):
            return k + 1
    return 0


def _row_of_two_lines_below(lines: list[Line], last: int, box: Box, spacing: float) -> int:
    """A row whose figures stand on its second line, under the table's last rule or stripe:
    its first line (a label and the first line of a text cell: "马德里在线表格 (步骤" and
    "100% (高容量表") as near as the rows stand apart, the second one line under it, the
    text cell going on there in its column (s154 p89). 2 for the lines it takes, else 0."""
    if last + 2 >= len(lines):
        return 0
    above, first, second = lines[last], lines[last + 1], lines[last + 2]
    size = first.size
    if is_caption(first) or is_footnote(first) or is_data(first) or len(first.segments) < 2 or not is_data(second):
        return 0
    if first.box.top - above.box.bottom > max(1.2 * size, 1.1 * spacing) or \
            second.box.top - first.box.bottom > 0.8 * size:
        return 0
    if not (first.box.within_x(box, size) and second.box.within_x(box, size)) or \
            abs(first.box.x0 - box.x0) > size or abs(second.box.x0 - first.box.x0) > 1.5:
        return 0
    going_on = all(any(s.box.overlaps_x(t.box) for t in second.segments[1:]) for s in first.segments[1:])
    return 2 if going_on else 0


def _longest_label_run(lines: list[Line]) -> int:
    """The most lines of one text each (no figures) running one under the other."""
    longest = run = 0
    for line in lines:
        run = run + 1 if len(line.segments) == 1 and not is_data(line) else 0
        longest = max(longest, run)
    return longest


def _row_under_head(region: Region, lines: list[Line]) -> list[Line] | None:
    """A header and nothing else between rules or in a band (no figures), and a row of figures
    right under the rule or edge closing it: that row. The header is the head of the table of
    text read under it, which finds its header above its rows by their own spacing (the
    rules say nothing of it). A cell's padding sets the first row from the closing rule rather
    than from the header's last line, further than the rows stand apart; a renderer that sets
    a section row in the header band leaves the band no figures either. Header rows holding
    figures ("不适用 | -") are set in bold with the header over them: a header still."""
    if region.extent is None or any(is_data(ln) for ln in region.lines) and not _set_as_header(region):
        return None
    if region.band is None and not any(len(ln.segments) >= 2 for ln in region.lines):
        return None   # no cells side by side: a boxed title or note, no header
    last = region.lines[-1]
    below = [ln for ln in lines if ln.box.top > last.box.bottom - 1
             and ln.box.x1 > region.extent.x0 and ln.box.x0 < region.extent.x1]
    if not below:
        return None
    row = min(below, key=lambda ln: ln.box.top)
    ruled = Box(region.extent.x0, region.box.top, region.extent.x1, region.box.bottom)
    # The cells' padding: how far the header's first line stands under the rule or band edge
    # opening it (small print padded in points stands further off than its own height).
    padding = region.lines[0].box.top - region.extent.top
    if not _row_under_rule(row, last, region.separators, ruled, padding):
        return None
    return [row] if is_tabular(row) else _label_down_to_figures(sorted(below, key=lambda ln: ln.box.top))


def _set_as_header(region: Region) -> bool:
    """Between rules, every line in bold, the top one a header row: rows the renderer set as
    header. (A band says where its header ends itself: its rows are read as a table.)"""
    return region.band is None and header_line(region.lines[0]) and all(_all_bold(ln) for ln in region.lines)


# The most lines a row's label may wrap over above its figures, under a header, for that row
# alone (a page's last) to be read with the header.
MAX_LABEL_LINES = 8


def _label_down_to_figures(below: list[Line]) -> list[Line] | None:
    """Under a header's closing rule, one row's label wrapped down to its row's figures (cells
    set on their bottom, the row alone at a page's foot): its lines, each one text starting
    where the first does, a cell's leading apart, then the line of figures. Cells set on
    their middle print the figures beside the label's middle lines: the label's lines
    under them are the row's too, as many as stand over them and one more at most."""
    first = below[0]
    labels, figures = [first], None
    for line in below[1:MAX_LABEL_LINES + 1]:
        pitch = line.box.top - labels[-1].box.top
        if pitch > 2.5 * first.size:
            break
        if figures is None and (is_data(line) or _figures_only(line)) and \
                line.box.x0 > max(ln.box.x1 for ln in labels):
            figures, over = line, len(labels)
            continue
        # Another cell than the label may be the tallest (an indicator wrapped over five lines,
        # the label's lines beside its last two, s350): its column goes on down. A line goes
        # on a cell of the lines above: it starts or ends where one does, or stands on its
        # middle (centred; s442 p145: the label's second line beside an indicator's fifth,
        # set flush right, its figure alone on the middle line).
        goes_on = any(_aligned(s.box, t.box, first.size) for s in line.segments for ln in labels for t in ln.segments)
        if not goes_on or \
                len(labels) >= 2 and abs(pitch - (labels[1].box.top - labels[0].box.top)) > 0.15 * first.size:
            break
        if figures is not None:
            if is_data(line) or len(labels) > 2 * over or len(line.segments) != 1 and not _under_cells(line, labels):
                break
            labels.append(line)
            continue
        labels.append(line)
        if is_data(line):
            return labels
        if len(line.segments) != 1 and line.box.x0 >= first.box.x0 - 0.5 * first.size:
            return None
    return sorted(labels + [figures], key=lambda ln: ln.box.top) if figures is not None else None


def _under_cells(line: Line, lines: list[Line]) -> bool:
    """Each piece of the line stands under a cell of the fullest of the lines above (the next
    lines of a row's cells set on their middle, under its figure)."""
    row = max(lines, key=lambda ln: len(ln.segments))
    return all(any(t.box.x0 - 1 <= s.box.center_x <= t.box.x1 + 1 for t in row.segments) for s in line.segments)


def _figures_only(line: Line) -> bool:
    """A line that prints figures and nothing else (a cell's figure set on its row's middle)."""
    return bool(line.segments) and all(is_figure(s) for s in line.segments)


def _aligned(a: Box, b: Box, size: float) -> bool:
    """Two pieces of one column: set flush left or right together, or centred on one middle."""
    return abs(a.x0 - b.x0) <= 0.5 * size or abs(a.x1 - b.x1) <= 0.5 * size or \
        abs(a.x0 + a.x1 - b.x0 - b.x1) <= size


def _unread_heads(heads: list[tuple[Region, list[Line]]], regions: list[Region]) -> list[Region]:
    """The headers whose rows no table of text took (one row alone at a page's foot, or under
    a section row the band holds): each is read with the row under its rule. A header
    whose rows a table of text took is that table's whole: it found its header above its
    rows by their spacing, but the rules or band say which lines the header holds (a
    heading's first line alone over the others, set on their middle)."""
    taken = {id(s): r for r in regions for ln in r.lines for s in ln.segments}
    out = []
    for head, row in heads:
        found = (taken.get(id(s)) for ln in head.lines + row for s in ln.segments)
        owners = {id(r): r for r in found if r is not None}
        if not owners:
            head.lines = head.lines + row
            out.append(head)
        elif len(owners) == 1:
            (owner,) = owners.values()
            left = [ln for ln in head.lines if not any(id(s) in taken for s in ln.segments)]
            owner.lines = sorted(owner.lines + left, key=lambda ln: ln.box.top)
    return out


def _row_under_rule(line: Line, above: Line, separators: list[float], box: Box, padding: float = 0.0) -> bool:
    """The first row's first line under the rule or band edge closing a header (its figures,
    or its label's first line): a cell's padding sets it from that edge, not from the header's
    last line, which may stand further above it than the rows stand apart (a section row set
    inside the band). As far as a line's height and a little, or as the header's cells are
    padded (`padding`) and a little."""
    edges = [y for y in separators if above.box.bottom - 1 <= y <= line.box.top + 1]
    if not edges:
        return False
    within = line.box.x0 >= box.x0 - line.size and line.box.x1 <= box.x1 + line.size
    return (not is_caption(line) and not is_footnote(line) and within
            and line.box.top - max(edges) <= max(1.2 * line.size, 1.3 * padding))


def _header_above(line: Line, below: Line, box: Box) -> bool:
    gap = below.box.top - line.box.bottom
    if is_caption(line) or gap > 2.5 * line.size or line.size > 1.15 * below.size:
        return False
    within = line.box.x0 >= box.x0 - line.size and line.box.x1 <= box.x1 + line.size
    return within and len(line.segments) >= 2


def _stub_heading_over(lines: list[Line], first: int, taken: set[int]) -> int:
    """How many lines over the header line lines[first] are its first cell wrapped above it
    (cells set on their bottom, the stub's heading the tallest: "预期成果 3.1 “产权组织" …
    "泛、更有效的使用” (单" over "位：千瑞郎)", s144): one piece of text each, starting where
    that cell does and ending before the next, each as close over the next as a cell's lines
    stand."""
    head = lines[first]
    if len(head.segments) < 2 or is_data(head):
        return 0
    n = 0
    below = head
    for line in reversed(lines[:first]):
        if id(line) in taken or len(line.segments) != 1 or is_caption(line) or is_footnote(line) or \
                abs(line.size - head.size) > 0.1 * head.size or below.box.top - line.box.bottom > 0.8 * line.size or \
                abs(line.box.x0 - head.box.x0) > 0.5 * line.size or line.box.x1 >= head.segments[1].box.x0:
            break
        n += 1
        below = line
    return n


def _rows_spacing(lines: list[Line]) -> float:
    """The gap between two rows of figures next to each other, as the table sets it (the
    median; 0 with fewer than two such pairs)."""
    gaps = _adjacent_row_gaps(lines)
    return statistics.median(gaps) if len(gaps) >= 2 else 0.0


def _row_starts_spacing(lines: list[Line]) -> float:
    """Where no two rows of figures stand one right after the other (every label wraps): the
    gap above each row of figures after the first, as the rows set on their top stand apart,
    when three or more agree to a point (0 where not)."""
    gaps = [b.box.top - a.box.bottom for a, b in zip(lines, lines[1:]) if is_tabular(b) and not is_tabular(a)]
    agreeing = max(clusters(gaps, 1.0), key=len, default=[])
    return statistics.median(agreeing) if len(agreeing) >= 3 else 0.0


def _adjacent_row_gaps(lines: list[Line]) -> list[float]:
    """The gaps between two rows of figures one right after the other."""
    return [b.box.top - a.box.bottom for a, b in zip(lines, lines[1:]) if is_tabular(a) and is_tabular(b)]


def _row_below(line: Line, above: Line, box: Box, spacing: float = 0.0) -> bool:
    """A row of figures under the table's last rule, as close as a line's height and a little,
    or as the table's rows stand apart (`spacing`: a word processor pads its rows)."""
    gap = line.box.top - above.box.bottom
    if is_caption(line) or is_footnote(line) or gap > max(1.2 * line.size, 1.1 * spacing):
        return False
    within = line.box.x0 >= box.x0 - line.size and line.box.x1 <= box.x1 + line.size
    return within and is_tabular(line)


def _cells_below(line: Line, region_lines: list[Line], box: Box) -> bool:
    """A row of a table of text under the last rule (its closing rule overleaf): cells of no
    figures, each starting where the table's cells start, as close as its rows are; or one
    cell's next line, as close as a cell's lines are."""
    gap = line.box.top - region_lines[-1].box.bottom
    if is_caption(line) or is_footnote(line) or gap > (1.2 if len(line.segments) >= 2 else 0.8) * line.size:
        return False
    if not line.box.within_x(box, line.size):
        return False
    if len(line.segments) == 1 and line.box.x0 <= box.x0 + line.size:
        return False   # the label column's next line is _wrapped_below's to judge
    starts = [s.box.x0 for ln in region_lines for s in ln.segments]
    return all(any(abs(s.box.x0 - x) <= 1.5 for x in starts) for s in line.segments)


def _cells_wrapped_under(line: Line, above: Line, region_lines: list[Line]) -> bool:
    """The next lines of a row's cells right under its first (s453 p129: a ruled head holding
    the header and a first row's first line, its cells centred, the rest under the rule):
    each piece under a cell of its own of the last row of three cells or more, closer to the
    line above than half a line, as large as the row's text; the row one of the table's
    body (not its header)."""
    gap = line.box.top - above.box.bottom
    row = next((ln for ln in reversed(region_lines) if len(ln.segments) >= 3), None)
    if row is None or is_caption(line) or is_footnote(line) or not 0 <= gap <= 0.5 * line.size \
            or abs(line.size - row.size) > 0.05 * row.size or row is region_lines[0] or header_line(row) \
            or header_line(line):
        return False
    cells = [next((k for k, s in enumerate(row.segments) if s.box.x0 - 1 <= piece.box.center_x <= s.box.x1 + 1
                   and piece.box.within_x(s.box, line.size)), None) for piece in line.segments]
    return None not in cells and len(set(cells)) == len(cells)


def _wrapped_below(line: Line, region_lines: list[Line], box: Box) -> bool:
    """The next printed line of the label above it (a row label wrapped under the last rule):
    as large as the row's text, and narrow enough to stay in the label column."""
    above = region_lines[-1]
    gap = line.box.top - above.box.bottom
    # Past eight tenths of a line, the table's own wrapped labels say how far one may stand.
    if is_caption(line) or is_footnote(line) or gap > 0.8 * line.size and gap > _wrap_gap_shown(region_lines, box) \
            and line.box.top - above.box.top > _wrap_pitch_shown(region_lines, box):
        return False
    if line.size < 0.95 * above.size or len(line.segments) != 1:
        return False
    row = next((ln for ln in reversed(region_lines) if len(ln.segments) > 1), None)
    label_end = row.segments[1].box.x0 if row is not None else box.x1
    if abs(line.box.x0 - box.x0) <= line.size and line.box.x1 < label_end:
        return True
    # Or a text cell's wrapped line under it, in another column ("100% ( 高容量表" / "格 )").
    text = line.segments[0]
    return not is_figure(text) and above is row and any(
        not is_figure(s) and s is not above.segments[0] and s.box.x0 - 1 <= text.box.x0 and text.box.x1 <= s.box.x1 + 1
        for s in above.segments)


def _wrap_gap_shown(region_lines: list[Line], box: Box) -> float:
    """How far under a label a wrapped line of it may stand, where the table shows it: its
    labels' own wrapped lines (one cell each, at the label column's edge) at the closest, and
    measuring noise (s290 p62: a word processor's leading sets them 7.2-7.4 pt apart in 9 pt
    type, past eight tenths of a line; the last row's last label line was left out). 0 where
    the table shows none."""
    gaps = [b.box.top - a.box.bottom for a, b in _label_wraps(region_lines, box)]
    return min(gaps) + ROW_PADDING * region_lines[-1].size if len(gaps) >= 2 else 0.0


def _wrap_pitch_shown(region_lines: list[Line], box: Box) -> float:
    """The same from top to top: a line whose glyphs reach lower ("（" in s455 A11-05) stands
    its gap to the next line further apart than its pitch says. 0 where the table shows none."""
    pitches = [b.box.top - a.box.top for a, b in _label_wraps(region_lines, box)]
    return min(pitches) + ROW_PADDING * region_lines[-1].size if len(pitches) >= 2 else 0.0


def _label_wraps(region_lines: list[Line], box: Box) -> list[tuple[Line, Line]]:
    """A label's line and its next, one cell each at the label column's edge, set apart (no
    two lines of one row set closer than half a line)."""
    return [(a, b) for a, b in zip(region_lines, region_lines[1:])
            if len(b.segments) == 1 and abs(b.box.x0 - box.x0) <= b.size and abs(a.box.x0 - box.x0) <= a.size
            and b.box.top - a.box.bottom >= 0.5 * b.size]


# --- text alignment only ------------------------------------------------------------------

def _text_regions(free: list[Line], all_lines: list[Line], held: set[int],
                  left: list[Region] | None = None) -> list[Region]:
    """Unruled tables: runs of tabular lines, with their wrapped lines and header. The lone
    rows of figures that make no table by themselves go to `left`, grown, no line of them
    in a table found here (one may still be the last row of a table above, `_lone_rows_under`)."""
    regions: list[Region] = []
    run: list[Line] = []
    pitch = _rows_gap(free)
    for i, line in enumerate(free):
        if run and not _same_block(run, line, pitch):
            regions.append(Region(lines=run))
            run = []
        if run or is_tabular(line) or _row_round_figures(free, i):
            run.append(line)
    if run:
        regions.append(Region(lines=run))
    kept: list[Region] = []
    for region in regions:
        while region.lines and not is_tabular(region.lines[-1]) and not _wrapped_tail(region):
            region.lines.pop()
        if not region.lines:
            continue
        if kept and _same_table(kept[-1], region, all_lines):
            index = {id(ln): i for i, ln in enumerate(all_lines)}
            start, end = index[id(kept[-1].lines[-1])] + 1, index[id(region.lines[0])]
            kept[-1].lines += all_lines[start:end] + region.lines
        else:
            kept.append(region)
    out: list[Region] = []
    claimed: set[int] = set(held)
    lone: Region | None = None   # the last lone row of figures left out, with its lines
    lones: list[Region] = []     # lone rows left out one right under the other
    loose: list[Region] = []     # every lone row left out
    for region in kept:
        # A table grown down may have taken the rows of the next run already.
        region.lines = [ln for ln in region.lines if id(ln) not in claimed]
        rows = sum(1 for i, ln in enumerate(region.lines) if is_tabular(ln) or _row_round_figures(region.lines, i))
        if rows >= 1:
            # A header is looked for above the table, never among the rows of the one above.
            grow(region, all_lines, claimed)
            # A lone row of figures stands in a table when a header is found over it, its
            # text rows stand in its columns, or it grew to take in other rows of figures in
            # its columns (rows padded so far apart that each began a run of its own).
            if rows >= 2 or _rows_of_figures(region) or _headed(region) or _rows_in_its_columns(region) \
                    or _rows_of_a_figure(region):
                if lone is not None and _row_right_over(lone, region, all_lines):
                    region.lines = [ln for ln in lone.lines if id(ln) not in claimed] + region.lines
                region.lines += _row_of_text_under(region.lines, all_lines, claimed)
                claimed.update(id(ln) for ln in region.lines)
                out.append(region)
                lone, lones = None, []
            else:
                lone = region
                loose.append(region)
                lones = lones + [region] if lones and _right_under(lones[-1], region, all_lines) else [region]
                run = Region(lines=[ln for r in lones for ln in r.lines if id(ln) not in claimed]) \
                    if len(lones) >= 2 else None
                if run is not None and (_rows_of_a_figure(run) or _rows_alike(run)):
                    # Rows of one figure each padded so far apart that each stood alone
                    # (s087 p2: a contents list's last entries), or rows of cells whose
                    # labels wrap round them (s119 p84: under a header band, two such rows).
                    claimed.update(id(ln) for ln in run.lines)
                    out.append(run)
                    lone, lones = None, []
    for region in loose:
        # Left out alone, a row of figures whose other rows of figures have text rows in their
        # columns is a table all the same (s302 p73: no row of it stood in the widest's
        # columns); only once no table around it has taken it in.
        if not any(id(ln) in claimed for ln in region.lines) and _rows_in_its_columns(region, any_row=True):
            claimed.update(id(ln) for ln in region.lines)
            out.append(region)
    if left is not None:
        left += [r for r in loose if not any(id(ln) in claimed for ln in r.lines)]
    return _runs_joined(sorted(out, key=lambda r: r.box.top), all_lines)


def _runs_joined(regions: list[Region], lines: list[Line]) -> list[Region]:
    """A table found right under another, the line after the other's last its first, no
    header of its own (a bold line) and its figures on the other's (`_same_table`), goes on
    with it: a first row taken in with the header above it stood apart from the rows under
    it, padded further off than its own lines (s176 p97)."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    out: list[Region] = []
    for region in regions:
        if out and index.get(id(region.lines[0]), -1) == index.get(id(out[-1].lines[-1]), -2) + 1 and \
                not header_line(region.lines[0]) and _same_table(out[-1], region, lines):
            out[-1].lines = out[-1].lines + region.lines
        else:
            out.append(region)
    return out


def _right_under(upper: Region, lower: Region, lines: list[Line]) -> bool:
    """`lower`'s first line is the line right after `upper`'s last, no further off than
    three lines of its size."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    last, first = upper.lines[-1], lower.lines[0]
    return index.get(id(first), -1) == index.get(id(last), -2) + 1 and \
        first.box.top - last.box.bottom <= 3 * first.size


def _row_of_text_under(rows: list[Line], lines: list[Line], claimed: set[int]) -> list[Line]:
    """The lines right under a table's last row that make a last row of text cells (s087: a
    tall row set on its middle, no figure in it, lost): free lines of the table's size, no
    further apart than its own lines stand, each piece in one column of the table's rows,
    in order; one of them of two cells or more, none a caption, a footnote or a bold header."""
    spans = _column_spans(rows)
    limit = max((b.box.top - a.box.bottom for a, b in zip(rows, rows[1:])), default=0.0)
    index = {id(ln): i for i, ln in enumerate(lines)}
    tail: list[Line] = []
    last = rows[-1]
    after = lines[index[id(last)] + 1:] if len(spans) >= 3 else []
    for line in after:
        if not _row_line(line, last, spans, claimed) or line.box.top - last.box.bottom > limit:
            break
        tail.append(line)
        last = line
    # Where more lines in the columns follow, a row's gap off, the table goes on: its rows
    # are found by their columns (`_with_columned`), the tail with them.
    goes_on = len(after) > len(tail) and _row_line(after[len(tail)], last, spans, claimed)
    return tail if any(len(ln.segments) >= 2 for ln in tail) and not goes_on else []


def _row_line(line: Line, last: Line, spans: list[tuple[float, float]], claimed: set[int]) -> bool:
    """A free line of the table's size, no caption, footnote or bold header, whose pieces
    stand in the table's columns."""
    return id(line) not in claimed and not (is_caption(line) or is_footnote(line) or header_line(line)) and \
        abs(line.size - last.size) <= 0.1 * last.size and _in_spans(line, spans)


def _in_spans(line: Line, spans: list[tuple[float, float]]) -> bool:
    """Each piece of the line in exactly one of the spans, a span of its own, in order."""
    cols = []
    for seg in line.segments:
        over = [k for k, (x0, x1) in enumerate(spans) if min(seg.box.x1, x1) - max(seg.box.x0, x0) > 0]
        if len(over) != 1:
            return False
        cols.append(over[0])
    return cols == sorted(set(cols))


def _column_spans(lines: list[Line]) -> list[tuple[float, float]]:
    """The x-extents the lines' pieces cover, those that overlap merged: a table's columns."""
    spans: list[list[float]] = []
    for x0, x1 in sorted((s.box.x0, s.box.x1) for ln in lines for s in ln.segments):
        if spans and x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return [(a, b) for a, b in spans]


def _row_right_over(lone: Region, region: Region, lines: list[Line]) -> bool:
    """A lone row of figures (its wrapped lines with it) right over a table of text, the
    line after it the table's first, a block's gap apart, within its width: the table's
    first row, whose gap to the next row, set at the middle of its tall cells, the table's
    own lines do not show (s085: a page's first row, "0%" and "100%", was lost)."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    last, first = lone.lines[-1], region.lines[0]
    box = region.box
    return index[id(first)] == index[id(last)] + 1 and first.box.top - last.box.bottom <= 1.6 * first.size \
        and all(ln.box.within_x(box, ln.size) for ln in lone.lines)


def _rows_of_figures(region: Region) -> bool:
    """Two rows or more of two figures or more, each standing in the others' columns."""
    rows = [ln for ln in region.lines if n_figures(ln) >= 2]
    return len(rows) >= 2 and all(_figures_in_columns_of(ln, [o for o in rows if o is not ln]) for ln in rows)


def _rows_of_a_figure(region: Region) -> bool:
    """Two rows or more, each ending in one figure set apart from its text, the figures one
    under the other (right-aligned or centred alike): a contents list whose entries a
    renderer padded so far apart that each began a run of its own (s074 p2)."""
    ends = [ln.segments[-1].box for ln in region.lines
            if is_tabular(ln) and len(ln.segments) >= 2 and is_figure(ln.segments[-1])]
    return any(_same_column(a, b) for i, a in enumerate(ends) for b in ends[i + 1:])


def _rows_alike(region: Region) -> bool:
    """Two rows or more of three cells or more with a figure, each in the columns of the
    first, cell by cell."""
    rows = [ln for ln in region.lines if is_tabular(ln) and len(ln.segments) >= 3]
    return len(rows) >= 2 and all(in_same_columns(rows[0], ln) for ln in rows[1:])


def _rows_in_its_columns(region: Region, any_row: bool = False) -> bool:
    """A row of figures and two rows or more of text cells standing in its columns, cell by
    cell (three or more, where one of the two leaves some columns empty): a table of
    indicators whose figures mostly carry units ("10 家", "3.5 级"), continued overleaf
    without its header. Of several rows of figures, the one of most cells, or with `any_row`
    any of them: the widest may leave a column empty that the text rows fill (a target in
    words over the line of figures)."""
    data = [ln for ln in region.lines if is_tabular(ln)]
    figures = {id(ln) for ln in data}
    rows = data if any_row else [_widest(data)] if data else []
    return any(sum(1 for ln in region.lines if id(ln) not in figures and in_same_columns(row, ln)) >= 2
               for row in rows if len(row.segments) >= 3)


def _headed_text_regions(free: list[Line], all_lines: list[Line], claimed: set[int],
                         ruled: set[int] = frozenset()) -> list[Region]:
    """Tables of text, with no figures to find them by: a header row in bold, or a header's
    upper row over a finer one (years over quarters), and the rows under it as far as they
    belong to it. A header between rules (`ruled`, its lines) has its rows found by them
    (`_unread_heads`) where its first row stands off it."""
    out: list[Region] = []
    for line, below in zip(free, free[1:] + [None]):
        spanned = spanner_row(line, below)   # the upper row over a finer one: both are header
        if id(line) in claimed or not (header_line(line) or spanned) or is_caption(line):
            continue
        region = Region(lines=[line, below] if spanned and below is not None else [line])
        grow(region, all_lines, claimed, text_head=id(line) not in ruled)
        if spanned or _bold_header(region.lines) or _header_and_row_at_foot(region.lines, all_lines):
            claimed.update(id(ln) for ln in region.lines)
            out.append(region)
    return out


# Lines of three cells or more, each in the others' columns, that make a table of text
# with no header, figure or rule to find it by.
COLUMNED_LINES = 4


def _columned_text_regions(free: list[Line], claimed: set[int]) -> list[Region]:
    """Tables of text continued overleaf with their header not repeated, unruled (LibreOffice,
    s113: indicators whose every figure carries its unit, "4,860,251 人"): nothing marks them
    but their columns. A block of lines no further apart than a cell's wrapped lines and its
    padding is one where `COLUMNED_LINES` of its lines or more set three cells or more in
    one another's columns (`_columned`)."""
    out: list[Region] = []
    block: list[Line] = []
    for line in [ln for ln in free if id(ln) not in claimed] + [None]:
        text = line is not None and not is_caption(line) and not is_footnote(line)
        if text and block and line.box.top - block[-1].box.bottom <= _row_gap_cap(line.size, line.size) and \
                abs(line.size - block[-1].size) <= 0.1 * block[-1].size:
            block.append(line)
            continue
        if _columned(block):
            out.append(Region(lines=block))
        block = [line] if text else []
    return out


def _with_columned(texts: list[Region], columned: list[Region], lines: list[Line], held: set[int]) -> list[Region]:
    """The tables of text found by their columns, each joined to the table right above it
    whose rows it goes on with (a header and a first row found by that row's figures, the
    rows under it by their columns, s085) and to the one right below it that goes on with
    its rows (the last rows found by their figures, s165): the two meet line to line, no
    further apart than the block's own lines stand, and the other table's lines of three
    cells or more stand in the block's columns. Then the free lines right under it that go
    on in its columns (`_columned_tail`)."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    out = list(texts)
    for region in columned:
        above = next((t for t in out if index.get(id(t.lines[-1]), -2) + 1 == index.get(id(region.lines[0]), -1)),
                     None)
        if above is not None and _goes_on(region, above.lines, region.lines):
            above.lines = above.lines + region.lines
            region = above
        else:
            out.append(region)
        below = next((t for t in out if index.get(id(region.lines[-1]), -2) + 1 == index.get(id(t.lines[0]), -1)),
                     None)
        if below is not None and _goes_on(region, region.lines, below.lines):
            region.lines = region.lines + below.lines
            out.remove(below)
        taken = held | {id(ln) for t in out for ln in t.lines}
        region.lines = region.lines + _columned_tail(region.lines, lines[index[id(region.lines[-1])] + 1:], taken)
    return out


def _columned_tail(rows: list[Line], after: list[Line], taken: set[int]) -> list[Line]:
    """The lines right under a table of text found by its columns that go on with its rows
    where no line of three cells is left to find them by (s165: a last row whose cells wrap
    to different depths): free lines of the table's size, no further apart than its own
    lines stand, every piece under one cell of its line of most cells, in order."""
    wide = _widest(rows)
    limit = max((b.box.top - a.box.bottom for a, b in zip(rows, rows[1:])), default=0.0)
    tail: list[Line] = []
    last = rows[-1]
    for line in after:
        if id(line) in taken or is_caption(line) or is_footnote(line) or line.box.top - last.box.bottom > limit \
                or abs(line.size - last.size) > 0.1 * last.size:
            break
        if not _under_cells_of(wide, line):
            break
        tail.append(line)
        last = line
    return tail


def _goes_on(block: Region, upper: list[Line], lower: list[Line]) -> bool:
    """`lower` goes on with `upper`'s rows, one of them the columned `block`: they stand no
    further apart than the block's own lines, and together their lines are columned."""
    gaps = [b.box.top - a.box.bottom for a, b in zip(block.lines, block.lines[1:])]
    wide = _widest(block.lines)
    other = lower if upper is block.lines else upper
    return lower[0].box.top - upper[-1].box.bottom <= max(gaps, default=0.0) and _columned(upper + lower) and \
        all(in_same_columns(wide, ln) for ln in other if len(ln.segments) >= 3)


def _widest(lines: list[Line]) -> Line:
    """The line of most cells (the first of them)."""
    return max(lines, key=lambda ln: len(ln.segments))


def _columned(lines: list[Line]) -> bool:
    """`COLUMNED_LINES` lines or more of three cells or more, each in the columns of the
    line of most cells. Not columns of running text (a page set in three columns of prose,
    ragged right: ICDAR us-001), whose pieces are mostly runs of five words or more."""
    rows = [ln for ln in lines if len(ln.segments) >= 3]
    if len(rows) < COLUMNED_LINES:
        return False
    pieces = [s for ln in rows for s in ln.segments]
    if sum(1 for s in pieces if len(s.words) >= 5) >= 0.5 * len(pieces):
        return False
    wide = _widest(rows)
    return 1 + sum(1 for ln in rows if ln is not wide and in_same_columns(wide, ln)) >= COLUMNED_LINES


def spanner_row(line: Line, below: Line | None) -> bool:
    """A header's upper row over a finer one, bold or not: three cells or more of no figures,
    each standing over cells of the line right under it, which has at least twice as many
    ("2022年 2023年 2024年" over twelve quarters)."""
    if below is None or len(line.segments) < 3 or len(below.segments) < 2 * len(line.segments):
        return False
    if is_data(line) or is_data(below) or below.box.top - line.box.bottom > 1.5 * line.size:
        return False
    return all(any(_over(h, c, below.size) for c in below.segments) for h in line.segments)


def _headed(region: Region) -> bool:
    """One row of figures under a header row whose cells stand over its cells (a table
    whose other rows are overleaf, or a table of one row): a table too."""
    first = next((i for i, ln in enumerate(region.lines) if is_data(ln)), 0)
    if first == 0:
        return False   # no header above it
    data = region.lines[first]
    heads = [ln for ln in region.lines[:first] if not is_data(ln)]
    for line in heads:
        cells = _header_cells_around(line, heads)
        if len(cells) < 2:
            continue
        over = sum(1 for h in cells
                   if any(min(h.box.x1, d.box.x1) - max(h.box.x0, d.box.x0) > -0.5 * data.size for d in data.segments))
        if over >= min(3, len(data.segments)) and len(data.segments) >= 2 or _under_left_heads(line, data):
            return True
    return False


def _header_cells_around(line: Line, heads: list[Line]) -> list[Segment]:
    """The line's cells and those of the header lines less than a line away above or below
    it, beside them: cells set on their middle put a one-line cell between the lines of the
    others (s176 p2: "2022/23 年实际 数与计划和预算" half a line over the line of two cells)."""
    cells = list(line.segments)
    for other in heads:
        if other is not line and abs(other.box.top - line.box.top) <= 1.05 * line.size:
            cells += [s for s in other.segments if not any(s.box.overlaps_x(c.box) for c in cells)]
    return cells


def _under_left_heads(head: Line, data: Line) -> bool:
    """Figures set flush right under headings set flush left in wide columns: no figure
    overlaps its heading, but each ends between its heading's start and the next heading's,
    and no two share one."""
    starts = [s.box.x0 for s in head.segments]
    if len(starts) < 3 or len(data.segments) < 3:
        return False
    bands = [sum(1 for x in starts if x <= s.box.x1) - 1 for s in data.segments[1:]]
    return min(bands) >= 1 and len(set(bands)) == len(bands)


def _same_table(above: Region, below: Region, lines: list[Line]) -> bool:
    """Two runs of rows with the same figure columns, apart only by a short section label
    ("Projected") or a wider gap, are one table."""
    box = above.box
    between = [ln for ln in lines if box.bottom <= ln.box.top and ln.box.bottom <= below.box.top]
    size = above.lines[-1].size
    # Small print padded into tall rows (6 pt, rows 3 lines apart) sets a section's row as
    # far off as five of its lines: two rows and a half say more there.
    step = statistics.median(_adjacent_row_gaps(above.lines) + _adjacent_row_gaps(below.lines) or [0.0]) + size
    if len(between) > 2 or below.box.top - box.bottom > max(5 * size, 2.5 * step):
        return False
    # The label column ends where the first figures begin.
    labels_end = min((s.box.x0 for ln in above.lines for s in ln.segments[1:] if is_figure(s)), default=box.x1)
    for ln in between:
        if is_caption(ln) or len(ln.segments) > 1:
            return False
        section = ln.box.width <= 0.4 * box.width and abs(ln.box.x0 - box.x0) <= 2 * size
        # A heading centred over the figures ("Projected values") heads the rows below it.
        over_figures = ln.box.x0 >= labels_end - size and ln.box.x1 <= box.x1 + size
        if not (section or over_figures):
            return False
    # Figures right-aligned share their right edges; centred ones ("-" over "207,412") their centres.
    mine = [s.box for ln in above.lines for s in ln.segments if is_figure(s)]
    theirs = [s.box for ln in below.lines for s in ln.segments if is_figure(s)]
    aligned = sum(1 for b in theirs if any(abs(b.x1 - e.x1) <= 2 or abs(b.center_x - e.center_x) <= 2 for e in mine))
    return bool(theirs) and aligned >= 0.6 * len(theirs)


def _rows_gap(lines: list[Line]) -> float:
    """How far apart the page's rows of figures usually stand: the median gap between two
    of them one after the other, or where fewer than three pairs say, the widest gap
    between two rows of figures with wrapped label lines between them, when two or more
    agree (rows of long labels padded far apart: three rows of figures at a page's foot
    give two); 0 where neither says."""
    gaps = _adjacent_row_gaps(lines)
    if len(gaps) >= 3:
        return statistics.median(gaps)
    size = statistics.median(ln.size for ln in lines) if lines else 10.0
    agreeing = max(clusters(_row_boundaries(lines), 0.15 * size), key=len, default=[])
    return statistics.median(agreeing) if len(agreeing) >= 2 else 0.0


def _row_boundaries(lines: list[Line]) -> list[float]:
    """Between two rows of figures with a wrapped label's lines between them, the widest gap
    of those lines, and each as wide: where one row ends and the next begins, whichever line
    of its cells a row sets its figures on (top, middle or bottom), rows of text between
    them included. Only as wide as rows are padded apart (`_row_gap_cap`)."""
    rows = [i for i, ln in enumerate(lines) if is_tabular(ln)]
    out = []
    for i, j in zip(rows, rows[1:]):
        if not 2 <= j - i <= 2 * MAX_LABEL_LINES:
            continue
        between = lines[i:j + 1]
        pairs = list(zip(between, between[1:]))
        gaps = [b.box.top - a.box.bottom for a, b in pairs]
        # The cells' leading: the gaps between lines of the label column (figures set in
        # the middle of a row stand closer to the label's lines around them).
        left = min(ln.box.x0 for ln in between)
        wrapped = [g for g, (a, b) in zip(gaps, pairs) if max(a.box.x0, b.box.x0) <= left + a.size]
        widest, size = max(gaps), lines[j].size
        if 0 < widest <= _row_gap_cap(max(min(wrapped, default=0.0), 0.0), size):
            out += [g for g in gaps if g >= widest - 0.15 * size]
    return out


def _row_gap_cap(leading: float, size: float) -> float:
    """The widest gap rows of `size` are set apart by, their cells' lines `leading` apart:
    the leading and `WIDE_ROW_GAP` lines of padding more (a cell's padding is set in points,
    not lines: small print in a tall font stands as far apart as s113's 7 pt WenQuanYi,
    lines 1.04 lines apart and rows 2.2)."""
    return leading + WIDE_ROW_GAP * size


def _same_block(run: list[Line], line: Line, rows_gap: float = 0.0) -> bool:
    """`line` goes on the run's block: as near as a line and a half, or as the page's rows of
    figures stand apart (`rows_gap`: small print padded into tall rows sets its rows
    further apart than its lines' height and a half)."""
    prev = run[-1]
    gap = line.box.top - prev.box.bottom
    if is_caption(line) or is_footnote(line) or gap > max(1.6 * max(line.size, prev.size), 1.15 * rows_gap):
        return False
    if abs(line.size - prev.size) > 0.2 * prev.size:
        return False
    if is_tabular(line) or _figure_beside(line, prev) or _label_beside(line, prev) or _cells_beside(line, prev):
        return True
    # A cell's next line is set as the line above: a heading is set larger.
    if abs(line.size - prev.size) > 0.1 * prev.size:
        return False
    # A wrapped label line: starts at the left edge of the run and stays inside it.
    box = Region(lines=run).box
    if abs(line.box.x0 - box.x0) <= line.size and line.box.x1 <= box.x1 + line.size:
        return True
    return _within_cells(line, run, box.width)


def _figure_beside(line: Line, prev: Line) -> bool:
    """A figure alone, right of the line above and reaching up beside it: the value of a row
    whose label wraps round it (a table of one figure column, set in the rows' middle)."""
    return len(line.segments) == 1 and is_figure(line.segments[0]) and line.box.top < prev.box.bottom and \
        line.box.x0 > prev.box.x1


def _row_round_figures(lines: list[Line], i: int) -> bool:
    """lines[i], figures alone, is a row's: its label wraps round them, one line reaching
    down beside them and the next reaching up (cells set on their middle; a table's rows
    overleaf may all be so, none a label and figures on one line)."""
    if not 0 < i < len(lines) - 1:
        return False
    above, line, below = lines[i - 1], lines[i], lines[i + 1]
    return len(above.segments) == 1 and all(is_figure(s) for s in line.segments) and not years_only(line) \
        and (line.box.top < above.box.bottom or _midway(above, line, below)) and line.box.x0 > above.box.x1 \
        and _label_beside(below, line) and abs(above.box.x0 - below.box.x0) <= 0.5 * line.size


def _midway(above: Line, line: Line, below: Line) -> bool:
    """`line` stands on the middle between `above` and `below`, each as close to it as a
    cell's lines stand (half a line): a row's figures set on the middle of its label's two
    lines, where a tall leading leaves them a line of their own (s119's contents)."""
    middle = (above.box.center_y + below.box.center_y) / 2
    return abs(line.box.center_y - middle) <= 0.15 * line.size and _closely_round(above, line, below)


def _closely_round(above: Line, line: Line, below: Line) -> bool:
    """`above` and `below` each stand half a line off `line` or closer: a cell's lines round it."""
    return line.box.top - above.box.bottom <= 0.5 * line.size and below.box.top - line.box.bottom <= 0.5 * line.size


def _label_beside(line: Line, prev: Line) -> bool:
    """A text alone, left of a line of figures alone and reaching up beside it, or set right
    under it (closer than half a line): a line of their row's label, set round the figures
    (cells at the middle of their row), not text after the table."""
    return len(line.segments) == 1 and not is_figure(line.segments[0]) \
        and line.box.top < prev.box.bottom + 0.5 * line.size \
        and line.box.x1 < prev.box.x0 and all(is_figure(s) for s in prev.segments)


def _cells_beside(line: Line, prev: Line) -> bool:
    """Cells reaching up beside the line above, none of them under one of its cells: text set
    at the middle of a row whose cells wrap onto different numbers of lines. Lines of one
    column never overlap, so this is no paragraph."""
    if line.box.top >= prev.box.bottom - 0.2 * line.size or abs(line.size - prev.size) > 0.1 * prev.size:
        return False
    return not any(min(a.box.x1, b.box.x1) > max(a.box.x0, b.box.x0) for a in line.segments for b in prev.segments)


def _within_cells(line: Line, run: list[Line], width: float, recent: int = 6) -> bool:
    """Each piece of the line stands under a cell of the rows just above, no wider than it,
    or centred on it, no wider than such a cell: the next line of a wrapped cell in any
    column, not only the label column ("100% (高容量表" centred over its column's "100%").
    Only narrow cells count (`width`: the run's): a line of running text (a list item
    justified into pieces) is no column."""
    cells = [s.box for ln in run[-recent:] for s in ln.segments if s.box.width <= 0.5 * width]
    return all(any(c.x0 - line.size <= s.box.x0 and s.box.x1 <= c.x1 + line.size
                   or abs(s.box.center_x - c.center_x) <= 0.5 * line.size and s.box.width <= 0.5 * width
                   for c in cells)
               for s in line.segments)


def _wrapped_tail(region: Region) -> bool:
    if len(region.lines) < 2:
        return False
    last, prev = region.lines[-1], region.lines[-2]
    return is_tabular(prev) and last.box.top - prev.box.bottom <= 0.8 * last.size or _label_lines_under(region.lines)


def _label_lines_under(lines: list[Line]) -> bool:
    """The lines after the last row of figures are its label's wrapped lines: two or more,
    each one text in the label column under the label's start, one pitch apart as the first
    is under the row, a line's height at most (a word processor's double-spaced cells set
    a cell's lines further apart than `_wrapped_tail`'s eight tenths of a line)."""
    k = len(lines)
    while k > 0 and not is_tabular(lines[k - 1]):
        k -= 1
    if k == 0 or len(lines) - k < 2:
        return False
    row, tail = lines[k - 1], lines[k:]
    labels_end = row.segments[1].box.x0 if len(row.segments) > 1 else row.box.x1
    if any(len(ln.segments) != 1 or abs(ln.box.x0 - row.box.x0) > ln.size or ln.box.x1 > labels_end for ln in tail):
        return False
    gaps = [b.box.top - a.box.bottom for a, b in zip([row] + tail, tail)]
    return all(0 < g <= 1.1 * ln.size for g, ln in zip(gaps, tail)) and max(gaps) - min(gaps) <= 0.15 * tail[0].size


def _extend_header_text(region: Region, lines: list[Line], claimed: set[int]) -> None:
    index = {id(ln): i for i, ln in enumerate(lines)}
    first = index[id(region.lines[0])]
    box = region.box
    taken = 0
    while first > 0 and taken < 6:
        line, below = lines[first - 1], lines[first]
        gap = below.box.top - line.box.bottom
        # A header row of several cells may stand further off than a wrapped line.
        limit = (2.5 if len(line.segments) >= 2 else 0.8) * line.size
        if id(line) in claimed or is_caption(line) or line.size > 1.15 * below.size or gap > limit:
            break
        inside = line.box.x0 >= box.x0 - line.size and line.box.x1 <= box.x1 + line.size
        if not inside:
            break
        first -= 1
        taken += 1
    if first > 0 and is_caption(lines[first - 1]):
        # The caption's own next lines (set as tight as it, from its left edge) are not header.
        caption = lines[first - 1]
        while first < index[id(region.lines[0])] and _continues_caption(lines[first], lines[first - 1], caption):
            first += 1
    region.lines = lines[first:index[id(region.lines[-1])] + 1]


def _continues_caption(line: Line, above: Line, caption: Line) -> bool:
    gap = line.box.top - above.box.bottom
    return gap <= 0.3 * line.size and abs(line.box.x0 - caption.box.x0) <= 2 and not is_tabular(line)


# --- growing a table by its own text ------------------------------------------------------

@dataclass
class _Frame:
    """What a table's own lines say about the lines around it: its width, its text size,
    where its label column ends, and how far apart its rows are set."""
    box: Box
    size: float
    labels_end: float       # where the first figures begin
    labels_right: float     # where the widest row label ends
    step: float
    cells: tuple[Box, ...] = ()   # the table's narrow cells (pieces of its lines), where they stand
    wrap: float = 0.0   # the least space between two of its lines: a cell's lines wrapped (0: none)
    leading: float = 0.0   # how far apart a cell's wrapped lines stand, baseline to baseline (0: none)
    heads: tuple[Box, ...] = ()   # a lone header's cells, over the rows to find

    def within_width(self, line: Line) -> bool:
        return line.box.x0 >= self.box.x0 - self.size and line.box.x1 <= self.box.x1 + self.size

    def in_labels(self, line: Line) -> bool:
        """One text in the label column: a wrapped label, or a section label."""
        return line.box.x1 <= self.labels_end + 0.5 * self.size

    def in_a_cell(self, line: Line) -> bool:
        """One text standing within one of the table's cells: a cell's wrapped line in a
        column of text between the labels and the figures."""
        return len(line.segments) == 1 and any(c.x0 - self.size <= line.box.x0 and line.box.x1 <= c.x1 + self.size
                                               for c in self.cells)

    def over_values(self, line: Line) -> bool:
        """One text over the value columns only: a wrapped cell or header, a spanner."""
        return line.box.x0 >= min(self.labels_end - 0.5 * self.size, self.labels_right + 0.5 * self.size)


def _frame(lines: list[Line]) -> _Frame:
    box = Box.around(ln.box for ln in lines)
    size = statistics.median(ln.size for ln in lines)
    data = [ln for ln in lines if is_data(ln)]
    labels_end = min((s.box.x0 for ln in data for s in ln.segments[1:]), default=box.x1)
    # A row's figures set at the middle of its wrapped label stand on a line of their own:
    # their first segment is a figure, not where the labels end.
    labels_right = max((ln.segments[0].box.x1 for ln in data if not is_figure(ln.segments[0])), default=box.x0)
    cells = tuple(s.box for ln in lines for s in ln.segments if s.box.width <= 0.5 * box.width)
    wrap = min((b.box.top - a.box.bottom for a, b in zip(lines, lines[1:]) if b.box.top >= a.box.bottom), default=0.0)
    return _Frame(box, size, labels_end, labels_right, _row_gap(lines, size), cells, wrap, _cell_leading(lines))


def _cell_leading(lines: list[Line]) -> float:
    """How far apart a cell's wrapped lines stand: the least pitch, between baselines, from a
    line to the next one with a piece under one of its pieces, more than half a line (lines
    of cells set on their middle interleave closer), where rows stand further apart than
    that. 0.0 where nothing shows a cell wrapped (one-line rows stand at one pitch, s312's
    list of projects under a paragraph)."""
    pitches = [b.baseline - a.baseline for a, b in zip(lines, lines[1:]) if b.baseline - a.baseline > 0.5 * a.size
               and any(s.box.overlaps_x(t.box) for s in a.segments for t in b.segments)]
    low = min(pitches, default=0.0)
    size = statistics.median(ln.size for ln in lines) if lines else 0.0
    return low if any(p >= low + 0.15 * size for p in pitches) else 0.0


def _row_gap(lines: list[Line], size: float) -> float:
    """The space between two rows: the usual gap above a line of figures (cells set at the
    top of their rows) or below one (set at the bottom), whichever is wider; wrapped lines
    are set closer. One row alone says nothing: a table sets rows about a line apart."""
    pairs = [(b.box.top - a.box.bottom, a, b) for a, b in zip(lines, lines[1:])]
    # What stands three lines or more below a table's last row (a note, the page's folio) is
    # no row under it: its gap says nothing of the rows'.
    before = [g for g, _, b in pairs if 0 <= g <= 3 * size and is_data(b)]
    after = [g for g, a, _ in pairs if 0 <= g <= 3 * size and is_data(a)]
    gaps = sorted(g for g, _, _ in pairs if g >= 0)
    if not gaps:
        return 0.9 * size
    candidates = [statistics.median(v) for v in (before, after) if v] + [gaps[int(0.8 * (len(gaps) - 1))]]
    if sum(1 for ln in lines if is_data(ln)) < 2:
        candidates.append(0.9 * size)   # one row: its own gaps are its wrapped lines
    # A wrapped cell may end in a figure ("增长 / 15%"), and then its line passes for a row:
    # rows are never set much closer than three quarters of a line apart.
    return max(max(candidates), 0.75 * size)


def is_data(line: Line) -> bool:
    """A row of figures; a line whose only figures are years is a header ("2007  2009")."""
    return is_tabular(line) and not years_only(line)


def years_only(line: Line) -> bool:
    """Every figure of the line is a year (or it has none)."""
    return all(YEAR.fullmatch(s.text.strip()) for s in line.segments if is_figure(s))


def _foreign(line: Line, frame: _Frame, above: bool = False, below: bool = False) -> bool:
    """Lines that are never part of an unruled table: captions and unit notes, footnotes,
    rules typed as text, text set much larger or smaller, and text reaching past its width
    (above the table, a header line of headings over its columns may: a heading wider than
    the narrow column under it; under it, a centred cell's wrapped line, `_centred_on_columns`),
    and footnotes beginning at the text's left (a marker that begins a cell's wrapped line
    inside the table is the cell's). A cell's footnote marker wrapped onto a line of its own
    is set small, and is the table's."""
    if not line.text.strip(MARKERS):
        return not frame.within_width(line)
    wide = not frame.within_width(line) and not (above and _headings_over(line, frame)) \
        and not (below and (_centred_on_columns(line, frame) or _in_head_columns(line, frame)))
    footnote = is_footnote(line) and not _marker_wrapped_in_cell(line, frame)
    return _not_of_its_type(line, frame) or footnote or wide


def _not_of_its_type(line: Line, frame: _Frame) -> bool:
    """A caption or unit note, a rule typed as text, or text set much larger or smaller
    than the table's."""
    return is_caption(line) or bool(TEXT_RULE.fullmatch(line.text)) \
        or not 0.8 * frame.size <= line.size <= 1.15 * frame.size


def _centred_on_columns(line: Line, frame: _Frame) -> bool:
    """Every cell reaching past the table's width is narrow and centred on cells of the
    table's (a centred cell's wrapped line wider than its column's figures, s281 p97 "10%
    (2023 年) [将于"), never a line of page text, which is wide. Asked under the table only:
    lines around it say how far apart its rows stand as they did (s119 p111: a risk table's
    lines above a table of budgets)."""
    past = [s for s in line.segments if s.box.x0 < frame.box.x0 - frame.size or s.box.x1 > frame.box.x1 + frame.size]
    return all(s.box.width <= 0.5 * frame.box.width and
               any(abs(s.box.center_x - c.center_x) <= 0.5 * frame.size for c in frame.cells)
               or _long_centred_line(s, frame) for s in past)


def _long_centred_line(segment: Segment, frame: _Frame) -> bool:
    """A centred cell's first line, wider than any line of its column above it but not than
    the table, centred on one of its cells or a lone header's headings to a quarter of a
    line (s006 p135: a project's long name in a list of projects, the only line reaching
    past the header's width)."""
    return segment.box.width <= frame.box.width and \
        any(abs(segment.box.center_x - c.center_x) <= 0.25 * frame.size for c in frame.cells + frame.heads)


def _in_head_columns(line: Line, frame: _Frame) -> bool:
    """Under a lone header, two cells or more, each in a column of its own, in order: a
    column from where a header cell begins to where the next one does, the last as far
    right as its cells go (s326 p72: "信托基金 | 部门" over "中国 | 品牌和外观设计部门", the
    second set flush right far past "部门")."""
    return _in_columns_begun_by(frame.heads, line, frame.size)


def _in_columns_begun_by(heads: tuple[Box, ...], line: Line, size: float, centred: bool = False) -> bool:
    """Two cells or more, each in a column of its own, in order, a column running from where
    one of `heads` begins to where the next one does (`centred`: from halfway across the gap
    between two headings, `_column_starts`)."""
    if len(heads) < 2 or not 2 <= len(line.segments) <= len(heads) or line.box.x0 < heads[0].x0 - size:
        return False
    starts = _column_starts(heads, size) if centred else [h.x0 - 0.5 * size for h in heads]
    columns = [max(k for k, x in enumerate(starts) if x <= s.box.x0) if s.box.x0 >= starts[0] else None
               for s in line.segments]
    return None not in columns and columns == sorted(set(columns))


def _column_starts(heads: tuple[Box, ...], size: float) -> list[float]:
    """Where the columns under a header's cells begin: where its heading does, or halfway
    across the gap from the heading before where headings are centred over cells set flush
    left (s475 p90)."""
    return [heads[0].x0 - 0.5 * size] + [min(h.x0 - 0.5 * size, (g.x1 + h.x0) / 2) for g, h in zip(heads, heads[1:])]


def _marker_wrapped_in_cell(line: Line, frame: _Frame) -> bool:
    """A line that begins with a footnote marker inside one of the table's columns: a cell's
    text wrapped just before its marker ("多米尼加共和国" / "⁴⁰、埃塞俄比亚"). A footnote begins
    at the text column's left, never well inside the table."""
    return line.box.x0 > frame.box.x0 + 2 * frame.size and frame.within_width(line)


def _headings_over(line: Line, frame: _Frame) -> bool:
    """Cells each centred over the table's width, or each beginning inside it: headings
    wider than the columns under them (a heading set flush left over a narrow last column
    of marks runs on past the table's right edge)."""
    if len(line.segments) < 2 or is_data(line):
        return False
    box = frame.box
    return all(box.x0 <= s.box.center_x <= box.x1 for s in line.segments) or \
        all(box.x0 - frame.size <= s.box.x0 <= box.x1 - frame.size for s in line.segments) or \
        _wide_header(line, frame)


def _wide_header(line: Line, frame: _Frame) -> bool:
    """A row of headings over more columns than the table's lines fill (a table continued
    on a page where only its first columns have figures): it begins at the table's left
    edge, and three headings or more begin within the table's width."""
    box = frame.box
    return len(line.segments) >= 3 and not is_data(line) and not is_caption(line) and \
        abs(line.segments[0].box.x0 - box.x0) <= frame.size and \
        sum(1 for s in line.segments if s.box.x0 <= box.x1 - frame.size) >= 3


def grow(region: Region, lines: list[Line], taken: set[int] | None = None, under_band: bool = False,
         text_head: bool = False) -> None:
    """Take in the lines above and below a table that belong to it by their place alone
    (no rule says where it ends): the header and the rest of a first row above, rows, wrapped
    labels and section labels below. Captions and unit lines start a table; headings and
    paragraphs (text across the label and value columns, or set further off than the
    table's rows) end one. With `text_head`, the region is a lone header of text cells with
    nothing else to find its table by: its first row may stand a cell's padding under it
    (`_first_row_under_head`)."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    first, last = index[id(region.lines[0])], index[id(region.lines[-1])]
    frame = _frame(lines[first:last + 1])
    if region.extent is not None:
        # A stripe or band says how wide the table is, beyond the lines it happens to cover.
        frame = replace(frame, box=frame.box.union(region.extent))
    if all(header_line(ln) for ln in lines[first:last + 1] if len(ln.segments) >= 2):
        # A lone header's cells say where its columns begin: its rows' cells may reach past
        # its short last cell (text set flush right under a heading set left or centred).
        head = max(lines[first:last + 1], key=lambda ln: len(ln.segments))
        frame = replace(frame, heads=tuple(s.box for s in head.segments))
    if under_band:
        # A header band alone says nothing of how far apart its rows are: the lines under
        # it do, as far as they go on at one spacing.
        below = [ln for ln in _under_band(lines[last + 1:]) if not _foreign(ln, frame, below=True)]
        frame = replace(frame, step=max(frame.step, _row_gap(below, frame.size) if len(below) >= 3 else 0))
    elif sum(1 for ln in lines[first:last + 1] if is_data(ln)) == 1:
        frame = replace(frame, step=max(frame.step, _lone_row_step(lines, first, last, frame)))
    if region.band is None and region.fills:
        frame = replace(frame, step=max(frame.step, _stripe_padding(region), _band_padding(region)))
    taken = taken or set()
    if _label_round(lines, first):
        # Its label wrapped round its cells says where the table's labels stand.
        frame = _widened(frame, Line(lines[first - 1].segments + lines[first].segments))
    first, frame = _grow_up(lines, first, frame, taken, lines[first:last + 1])
    head_end = last   # the lone header's last line, under which its first row may stand off
    while last + 1 < len(lines) and id(lines[last + 1]) not in taken:
        line = lines[last + 1]
        if not (_below(line, lines[last], frame) or _total_set_apart(line, lines[first:last + 1], frame)):
            if not (text_head and last == head_end and _first_row_under_head(line, lines[last], frame)):
                break
            # Its rows stand as far apart as the header stands off its first row.
            frame = replace(frame, step=max(frame.step, line.box.top - lines[last].box.bottom))
        last += 1
        frame = _widened(frame, lines[last])
    region.lines = lines[first:last + 1]


def _first_row_under_head(line: Line, head: Line, frame: _Frame) -> bool:
    """The first row under a lone header of text cells, padded further off it than one line
    says rows stand (`_row_gap` of one line): two cells or more in the header's columns, a
    cell's padding under it at most (s475 p90: a table of risks, headings centred over
    text set flush left, a mark flush right past the last heading). Its width is the
    columns' to say, not the header's (`_foreign` but for the width)."""
    if not (frame.heads and header_line(head) and not header_line(line) and not is_data(line)
            and line.box.top - head.box.bottom <= 2.5 * frame.size
            and not (_not_of_its_type(line, frame) or is_footnote(line))):
        return False
    return _in_columns_begun_by(frame.heads, line, frame.size, centred=True) or \
        len(line.segments) == 1 and _in_one_column(line, frame)


def _in_one_column(line: Line, frame: _Frame) -> bool:
    """One piece within one column of a lone header's, as far as the next heading's column
    begins: a cell's first line where cells are set on their middle (s460 p92: the longest
    cell's first line stands alone, above the other cells' lines)."""
    starts = _column_starts(frame.heads, frame.size)
    ends = starts[1:] + [frame.box.x1 + frame.size]
    return any(a <= line.box.x0 and line.box.x1 <= b + frame.size for a, b in zip(starts, ends))


def _label_round(lines: list[Line], i: int) -> bool:
    """lines[i], cells and no label, has a label wrapped round it: one text right above it
    and one right below, on one left edge, each half a line off it or closer, left of its
    cells (a row set on its middle whose cells hold words as well as figures: "不适用" / "82%",
    s119 p84)."""
    if not 0 < i < len(lines) - 1:
        return False
    above, line, below = lines[i - 1], lines[i], lines[i + 1]
    return len(above.segments) == 1 and len(below.segments) == 1 and len(line.segments) >= 2 \
        and abs(above.box.x0 - below.box.x0) <= 0.5 * line.size and max(above.box.x1, below.box.x1) < line.box.x0 \
        and _closely_round(above, line, below)


def _widened(frame: _Frame, row: Line) -> _Frame:
    """A row taken in says how wide the table is: a column the lines it was found by left
    empty (a mark set on the middle line of a tall row, s302 p72-73) is the table's."""
    return replace(frame, box=frame.box.union(row.box)) if len(row.segments) >= 2 else frame


def _band_padding(region: Region) -> float:
    """The padding a header band leaves above its first line and under its last, together:
    the space between two rows whose cells are padded alike (a word processor's double
    spacing pads its cells far more than a browser); 0 without a dark band."""
    bands = [f.box for f in region.fills if f.dark]
    inside = [ln for ln in region.lines if any(b.top - 1 <= ln.box.top and ln.box.bottom <= b.bottom + 1 for b in bands)]
    if not inside:
        return 0.0
    band = next(b for b in bands if b.top - 1 <= inside[0].box.top <= b.bottom)
    return (inside[0].box.top - band.top) + (band.bottom - inside[-1].box.bottom)


def _stripe_padding(region: Region) -> float:
    """The space a stripe leaves above and below its row's lines: the gap between two rows'
    lines, whatever the lines around say (a table of three rows, its middle one striped).
    The median over the region's light stripes behind a row of figures (a header band says
    nothing of the rows); 0 where there is none."""
    gaps = []
    for fill in region.fills:
        inside = [ln for ln in region.lines if fill.box.top - 1 <= ln.box.top and ln.box.bottom <= fill.box.bottom + 1]
        if any(is_data(ln) for ln in inside) and not fill.dark:
            gaps.append(fill.box.height - (max(ln.box.bottom for ln in inside) - min(ln.box.top for ln in inside)))
    return statistics.median(gaps) if gaps else 0.0


def _grow_up(lines: list[Line], first: int, frame: _Frame, taken: set[int], rows: list[Line]
             ) -> tuple[int, _Frame]:
    """The first of the lines above lines[first] (the top of the table's `rows`) that belong
    to its table (`_above`), and the frame widened by the rows taken (`_widened`)."""
    in_header = header_line(lines[first])
    data = [ln for ln in rows if is_data(ln)]
    while first > 0 and id(lines[first - 1]) not in taken:
        verdict = _above(lines[first - 1], lines[first], frame, in_header)
        if verdict is None and not in_header and (_section_under_row(lines, first - 1, frame, data)
                                                  or _row_over_section(lines, first - 1, frame, data)):
            verdict = False
        if verdict is None and not in_header and _section_under_header(lines, first - 1, frame, taken):
            verdict = False
        if verdict is None and _interleaved_top(lines, first - 1):
            verdict = True
        if verdict is None and _header_row_over(lines, first - 1, frame, taken):
            first -= 2
            in_header = True
            continue
        if verdict is None and in_header and (wrapped := _stub_heading_over(lines, first, taken)):
            first -= wrapped
            continue
        if verdict is None:
            break
        if verdict is False:
            frame = _widened(frame, lines[first - 1])
        in_header = verdict
        first -= 1
    return first, frame


def _section_under_row(lines: list[Line], i: int, frame: _Frame, rows: list[Line]) -> bool:
    """lines[i], a section label over the table's top row, set further off than the rows
    stand apart (a word processor's row of empty cells is as tall as the empty cells' type,
    larger than the table's), under a row of figures standing in the columns of the table's
    rows of figures (`rows`) as near as they stand: a section between two of its rows. The
    row has a label of its own, and the section label stands clear of it (not the foot of
    a label wrapped round its row's figures)."""
    if i == 0:
        return False
    line, row, below = lines[i], lines[i - 1], lines[i + 1]
    gap_above = line.box.top - row.box.bottom
    return (_one_label(line, frame) and not _foreign(line, frame, above=True)
            and below.box.top - line.box.bottom <= 2 * frame.step
            and 0.5 * line.size <= gap_above <= 1.3 * frame.step and _labelled_row_of(row, rows))


def _row_over_section(lines: list[Line], i: int, frame: _Frame, rows: list[Line]) -> bool:
    """lines[i], a row of figures with its label standing in the columns of the table's rows
    of figures (`rows`), over the section label that tops the table: the section's tall row
    (`_section_under_row`) may set it further off than the rows stand apart, on this side
    when its cells are set at their bottom."""
    row, section = lines[i], lines[i + 1]
    return (_one_label(section, frame) and section.box.top - row.box.bottom <= 2 * frame.step
            and frame.within_width(row) and _labelled_row_of(row, rows))


def _section_under_header(lines: list[Line], i: int, frame: _Frame, taken: set[int]) -> bool:
    """lines[i], a section label over the table's top row, under a header row standing as far
    above it as it stands above the row: rows padded further apart than the row alone shows
    (s113 p102: a header, its first section and one row at a page's foot, each 2.2 lines
    apart, the rest overleaf)."""
    if i == 0 or id(lines[i - 1]) in taken:
        return False
    head, line, row = lines[i - 1], lines[i], lines[i + 1]
    gap_above, gap_below = line.box.top - head.box.bottom, row.box.top - line.box.bottom
    # Printed light on the header's band, it is the header's lower level, not a section.
    return (_one_label(line, frame) and not _foreign(line, frame, above=True) and not _light(line)
            and len(head.segments) >= 2 and header_line(head) and not is_data(head) and not is_caption(head)
            and 0.5 * line.size <= gap_below <= 3 * line.size and abs(gap_above - gap_below) <= 0.15 * line.size)


def _one_label(line: Line, frame: _Frame) -> bool:
    """One text in the table's label column: a section label."""
    return len(line.segments) == 1 and frame.in_labels(line)


def _labelled_row_of(row: Line, rows: list[Line]) -> bool:
    """A row of figures with a label of its own, its figures in the columns of `rows`."""
    return is_data(row) and not is_figure(row.segments[0]) and _figures_in_columns_of(row, rows)


def _interleaved_top(lines: list[Line], i: int) -> bool:
    """lines[i] is the first line of a header cell set on its middle: the line under it,
    the other cells' (one line each), stands on the middle between it and the cell's second
    line, alone on its line, which it tops (`_tops_a_cell`)."""
    if i + 2 >= len(lines):
        return False
    line, middle, below = lines[i], lines[i + 1], lines[i + 2]
    if len(line.segments) != 1 or len(below.segments) != 1 or len(middle.segments) < 2 \
            or is_data(line) or is_data(middle) or is_footnote(line):
        return False
    centred = abs(middle.box.center_y - (line.box.center_y + below.box.center_y) / 2) <= 0.15 * line.size
    return centred and line.box.bottom > middle.box.top and _tops_a_cell(line.segments[0], below)


def _header_row_over(lines: list[Line], i: int, frame: _Frame, taken: set[int]) -> bool:
    """lines[i], one text over the value columns, is the foot of a header cell wrapped
    below the header's row of cells (lines[i - 1], right over it: cells set on the middle of
    a header row of three lines). The header row stands off the first row as a row does,
    more than its wrapped foot alone seems to (`_above`'s header row rule judges the gap).
    The foot reaches past no cell of the row over it (it ends its own cell, in the row or
    set on the middle round it): a page's centred title, wider than the title line over
    it, is no header cell (a date beside that line makes it a "row"). Centred under a cell
    of the row, it may stand a tall line's height under it (`_centred_under`)."""
    if i == 0 or id(lines[i - 1]) in taken:
        return False
    foot, row, below = lines[i], lines[i - 1], lines[i + 1]
    # A row of headings wider than the table's lines, each of the foot's texts under one.
    wide = _wide_header(row, frame) and _feet_under(foot, row)
    return ((len(foot.segments) == 1 and frame.over_values(foot) and len(row.segments) >= 2
             and all(foot.box.within_x(s.box, 0.5 * foot.size) for s in row.segments if s.box.overlaps_x(foot.box))
             or wide)
            and not is_data(row) and not is_caption(row) and not _foreign(row, frame, above=True)
            and foot.box.top - row.box.bottom <= (1.2 if wide or _centred_under(foot, row) else 0.5) * foot.size
            and below.box.top - foot.box.bottom <= 2.5 * foot.size)


def _feet_under(foot: Line, row: Line) -> bool:
    """Each text of the line stands under one heading of the row, within it: their cells'
    wrapped lines."""
    return not is_data(foot) and all(any(f.box.within_x(s.box, 0.5 * foot.size) for s in row.segments[1:])
                                     for f in foot.segments)


def _centred_under(foot: Line, row: Line) -> bool:
    """The foot stands centred under one cell of the row, shorter: that cell's wrapped
    line, which a word processor's tall lines set a line's height down."""
    return any(abs(foot.box.center_x - s.box.center_x) <= 0.15 * foot.size and foot.box.width < s.box.width
               for s in row.segments)


# How many lines on either side of a lone row of figures show how far apart its table's rows are.
LONE_ROW_WINDOW = 12
# How far apart, in lines, a word processor's tall lines and padding may set a table's rows.
WIDE_ROW_GAP = 1.9


def _lone_row_step(lines: list[Line], first: int, last: int, frame: _Frame) -> float:
    """How far apart the rows stand around a lone row of figures (a table of text cells
    with figures in one row only); 0 when the lines around it do not say. The row alone
    says nothing (its own lines overlap or stand a line apart), but the table's text rows
    around it do: cells wrap onto lines set at the leading, and rows stand apart by the
    leading plus the cells' padding. The widest gap that recurs between the lines of the
    table's width is that row gap, as long as it stays within the gap that still joins
    lines of one block (1.6 lines, as `_same_block`); a gap seen once is a paragraph's or
    a heading's space, not the rows'. Rows padded further apart (tall lines, up to
    `WIDE_ROW_GAP`) must show it three times: two headed tables on a page show their
    headings' spaces twice. The row's own gaps to its neighbours are what is to be judged,
    no evidence: only the gaps between other lines count (a header band's section row as
    far above the row as the header above it says nothing of rows)."""
    window = lines[max(0, first - LONE_ROW_WINDOW):last + 1 + LONE_ROW_WINDOW]
    own = {id(ln) for ln in lines[first:last + 1]}
    near = [ln for ln in window if not _foreign(ln, frame)]
    # Lines set out at the page's margin, left of where the row's cells start, are the
    # page's headings and paragraphs: the space around them is not the rows' (a sector's
    # three heading lines under its last table, bare rendering p50).
    left = min(ln.box.x0 for ln in lines[first:last + 1])
    gaps = sorted(b.box.top - a.box.bottom for a, b in zip(near, near[1:])
                  if id(a) not in own and id(b) not in own and not _outdented(a, left, frame.size)
                  and not _outdented(b, left, frame.size))

    def seen(g: float) -> int:
        return sum(1 for h in gaps if abs(h - g) <= 0.15 * frame.size)
    recurring = [g for g in gaps if 0 < g <= WIDE_ROW_GAP * frame.size
                 and seen(g) >= (2 if g <= 1.6 * frame.size else 3)]
    return max(recurring, default=0.0)


def _outdented(line: Line, left: float, size: float) -> bool:
    """Starting left of `left` (where a table's cells start) by more than a third of a line's
    height: more than a stroke's or a pixel's difference, the cells' padding at the margin."""
    return line.box.x0 < left - 0.3 * size


# How many lines under a header band show how far apart its rows are set.
BAND_WINDOW = 8


def _under_band(lines: list[Line]) -> list[Line]:
    """The lines under a header band that show its rows' spacing: the first few, or, where a
    label wraps over more lines than that before its row's figures (set at the bottom of
    the row), every line down to the line after those figures (the next row's first): only
    a row's figures and the line after them show where one row ends and the next begins."""
    first_data = next((i for i, ln in enumerate(lines) if is_data(ln)), None)
    if first_data is None or first_data < BAND_WINDOW:
        return lines[:BAND_WINDOW]
    figures_from = min((s.box.x0 for s in lines[first_data].segments[1:]), default=lines[first_data].box.x1)
    if any(len(ln.segments) != 1 or ln.box.x1 > figures_from for ln in lines[:first_data]):
        return lines[:BAND_WINDOW]  # not one label wrapped down the label column
    return lines[:first_data + 2]


def header_line(line: Line) -> bool:
    """Cells set in bold with no figures: a header row (bold is a hint some renderings give;
    a row of text cells without it may be a header or the wrapped lines of a row)."""
    return len(line.segments) >= 2 and not is_data(line) and _all_bold(line)


def _above(line: Line, below: Line, frame: _Frame, in_header: bool) -> bool | None:
    """Whether `line` above a table belongs to it: None if not, else whether it is a header
    line (above a header only header lines follow: a row above it is another table's)."""
    gap = below.box.top - line.box.bottom
    if _interleaved_over(line, below, frame):
        return in_header
    if _foreign(line, frame, above=True) and not _wraps_onto(line, below, frame):
        return None
    if len(line.segments) >= 2:
        if is_data(line):
            return None if in_header or gap > 1.3 * frame.step else False
        # Far off (further than the rows stand apart: a word processor pads its rows), or a
        # row in regular weight above a bold header: another table's. Bold headings over the
        # row's cells, or over the header's next row, stand a header's padding off them (one
        # tall row under it, s281 p71).
        far = max(2.5 * line.size, 1.3 * frame.step)
        if header_line(line) and (in_header or _under_head(line, below)):
            far = max(far, HEADS_FAR * line.size)
        if gap > far and not (in_header and _spanners_over(line, below, frame)) \
                or in_header and not header_line(line):
            return None
        return header_line(line)
    if gap > 1.3 * frame.step:
        return None
    # A cell's wrapped lines stand the table's cell leading apart, however tall (s350: an
    # indicator wrapped over the top of a page, its lines 22 pt apart at 10.5 pt).
    close = gap <= 0.5 * line.size or abs(below.baseline - line.baseline - frame.leading) <= 0.1 * line.size
    if frame.over_values(line) or close and _tops_a_cell(line.segments[0], below):
        # A wrapped header cell or a spanner; in the body a wrapped cell (its line right over
        # the cell's next, flush with it: s057's tall first row over the first stripe).
        return in_header
    if frame.in_labels(line) and not in_header and not _sentence(line, below.box.x0):
        return False          # the first row's wrapped label, or a section label
    return None


HEADS_FAR = 3.5   # lines: a header's last line over its first row, both cells padded


def _interleaved_over(line: Line, below: Line, frame: _Frame) -> bool:
    """`line` reaches down into the table's top line, beginning inside the table: lines of
    one row of cells set on their middle (a one-line header cell between two lines of the
    others), never a line of the page above, which stands clear of the table."""
    size = min(line.size, below.size)
    return line.box.bottom - below.box.top > 0.2 * size and 0.8 * frame.size <= line.size <= 1.15 * frame.size \
        and line.box.x0 >= frame.box.x0 - size and not is_caption(line) and not is_footnote(line)


def _spanners_over(line: Line, below: Line, frame: _Frame) -> bool:
    """A header's upper row of headings, each but the stub's over cells of the header line
    under it (or between two of them), which has at least twice as many: a word processor's
    tall header row may set it further off than the rows stand apart, up to two rows' steps."""
    heads, cells = line.segments[1:], below.segments
    return len(heads) >= 2 and len(cells) >= 2 * len(heads) and not is_data(line) \
        and below.box.top - line.box.bottom <= 2 * frame.step \
        and all(any(_over(h, c, below.size) for c in cells)
                or any(a.box.x0 <= h.box.x0 and h.box.x1 <= b.box.x1 for a, b in zip(cells, cells[1:]))
                for h in heads)


def _sentence(line: Line, x0: float) -> bool:
    """One text ending in a full stop ("2022 年没有效益实现。") set left of where the table's
    lines start (`x0`), at the page's margin where the table's cells are padded off it: a
    sentence of the page around the table, not a row's label nor a section label."""
    return len(line.segments) == 1 and sentence_left_of(line.text, line.box.x0, x0, line.size)


def _wraps_onto(line: Line, below: Line, frame: _Frame) -> bool:
    """The top lines of header cells that wrap onto the line below: each of its cells stands
    over one of that line's, set at the leading, in the table's type. A wrapped cell's first
    line is its longest, so it may reach past the width the lines under it give the table
    ("2024" over its "年" in the last column of a squeezed timeline)."""
    if not line.segments or is_data(line) or is_caption(line) or is_footnote(line):
        return False
    # Set as close as a cell's lines wrap: half a line, or the table's own leading where its
    # lines wrap further apart (a line height of 1.5 or more), up to WRAP_GAP.
    limit = max(0.5 * line.size, min(frame.wrap + WRAP_SLACK, WRAP_GAP * line.size))
    if below.box.top - line.box.bottom > limit or not 0.8 * frame.size <= line.size <= 1.15 * frame.size:
        return False
    if len(line.segments) == 1:
        return _tops_a_cell(line.segments[0], below)
    return all(any(_over(s, c, line.size) for c in below.segments) for s in line.segments)


WRAP_GAP = 1.0     # the most a cell's wrapped lines stand apart, in lines (line height 2)
WRAP_SLACK = 0.5   # points: two gaps of one leading, measured on glyph boxes


def _tops_a_cell(top: Segment, below: Line) -> bool:
    """One line over a line of cells, set as the wrapped start of one of them: flush with it
    (left, right or centred) and reaching over no other (a line of text above a table
    spans several of its cells)."""
    tol = 0.5 * below.size
    for cell in below.segments:
        aligned = min(abs(top.box.x0 - cell.box.x0), abs(top.box.x1 - cell.box.x1),
                      abs(top.box.center_x - cell.box.center_x)) <= tol
        clear = all(o.box.x1 <= top.box.x0 or o.box.x0 >= top.box.x1 for o in below.segments if o is not cell)
        if aligned and clear:
            return True
    return False


def _below(line: Line, above: Line, frame: _Frame) -> bool:
    gap = line.box.top - above.box.bottom
    if _foreign(line, frame, below=True) or gap > 1.3 * frame.step or _sentence(line, frame.box.x0):
        return False   # (a sentence under the table, s165 p125, ends it)
    if len(line.segments) >= 2:
        return True
    return frame.in_labels(line) or frame.over_values(line) or frame.in_a_cell(line)


def _split_at_gap(region: Region) -> list[Region]:
    """Two unruled tables set one under the other: rows of figures, a gap wider than the
    space between rows, then rows of figures in columns the first rows never use (a cell
    beginning or ending where none of theirs does). Stripes may run on across both; rules
    or a dark band would have said where each ends."""
    if region.hrules or region.band is not None or any(f.dark for f in region.fills) or len(region.lines) < 4:
        return [region]
    lines = region.lines
    frame = _frame(lines)
    for i in range(1, len(lines) - 1):
        above, below = lines[:i], lines[i:]
        if lines[i].box.top - lines[i - 1].box.bottom <= 1.6 * frame.step:
            continue
        if not any(is_data(ln) for ln in above) or not any(is_data(ln) for ln in below):
            continue
        if _new_columns(above, below, frame.size):
            return [_part(region, above)] + _split_at_gap(_part(region, below))
    return [region]


def _split_at_new_header(region: Region) -> list[Region]:
    """Two unruled tables one under the other, the stripes of both running on as one: a bold
    header line of three cells or more under rows of figures, over rows of figures in columns
    the rows above never use (`_new_columns`), is the next table's header (s057 p125: a table
    of results, a sentence, the table of costs). The lines between the last row above (with
    its wrapped lines) and that header are the page's text."""
    if region.hrules or region.band is not None or any(f.dark for f in region.fills):
        return [region]
    lines = region.lines
    for i in range(1, len(lines) - 1):
        if not (header_line(lines[i]) and len(lines[i].segments) >= 3):
            continue
        above = [ln for ln in lines[:i] if is_data(ln)]
        below = [ln for ln in lines[i + 1:] if is_data(ln)]
        if not above or not below or not _new_columns(above, below, lines[i].size):
            continue
        if _all_bold(above[-1]):
            continue   # rows set in bold as the header is (s056: a renderer's first rows as header)
        end = max(k for k in range(i) if is_data(lines[k])) + 1
        while end < i and lines[end].box.top - lines[end - 1].box.bottom <= 0.8 * lines[end].size:
            end += 1
        return [_part(region, lines[:end])] + _split_at_new_header(_part(region, lines[i:]))
    return [region]


def _new_columns(above: list[Line], below: list[Line], size: float) -> bool:
    """A cell below that begins, ends and centres where no cell above does (centred cells
    of one column, "-" over "1,294,000", share only their middle)."""
    cells = [seg.box for ln in above for seg in ln.segments[1:]]
    edges = [x for box in cells for x in (box.x0, box.x1)]
    middles = [box.center_x for box in cells]
    return any(all(abs(seg.box.x0 - x) > size for x in edges) and all(abs(seg.box.x1 - x) > size for x in edges)
               and all(abs(seg.box.center_x - x) > size for x in middles)
               for ln in below if is_data(ln) for seg in ln.segments[1:])


def _part(region: Region, lines: list[Line]) -> Region:
    """The region cut down to some of its lines, with the rules and fills among them."""
    top, bottom = lines[0].box.top, lines[-1].box.bottom
    size = max(ln.size for ln in lines)

    def inside(y0: float, y1: float) -> bool:
        return y1 >= top - size and y0 <= bottom + size
    return replace(region, lines=lines,
                   separators=[y for y in region.separators if inside(y, y)],
                   row_rules=[y for y in region.row_rules if inside(y, y)],
                   hrules=[b for b in region.hrules if inside(b.top, b.bottom)],
                   fills=[f for f in region.fills if inside(f.box.top, f.box.bottom)])
