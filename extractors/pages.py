"""One PDF page → its tables with positions, and the text around them.

The unit of parallel work: each call opens the PDF itself, so pages can be
extracted in separate threads or processes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from extractors import pdf_page
from extractors.broken_figures import join_broken_years, join_wrapped_year_units
from extractors.lattice import lattice_table
from extractors.layout import Line, PageLayout, read_page
from extractors.model import Box, Table
from extractors.numbers import parse_number
from extractors.orphans import Orphan, page_orphans
from extractors.regions import find_regions, is_caption, n_figures
from extractors.second_opinion import choose
from extractors.structure import HeaderBlock, build_table, header_blocks, median_size

log = logging.getLogger(__name__)


@dataclass
class TextLine:
    """A line printed outside every table: captions, headings, body text."""
    top: float
    x0: float
    size: float
    text: str
    # Its cells as printed (x0, x1, text) and its bottom: a line of figures alone at the top
    # of a page may be the last row of the table before the page break.
    cells: list[tuple[float, float, str]] = field(default_factory=list)
    bottom: float = 0.0


@dataclass
class PageResult:
    page: int                     # 1-based
    width: float
    height: float
    tables: list[Table] = field(default_factory=list)
    n_chars: int = 0              # 0 means no text layer (scanned page)
    texts: list[TextLine] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)  # figures of its tables in no cell
    # The header of a table whose rows all went overleaf: its cells as printed at this page's
    # foot, under the table's caption (`foot_header`); the table overleaf takes it.
    foot_header: list[HeaderBlock] = field(default_factory=list)


def page_count(pdf_path: str | Path) -> int:
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return len(doc)
    finally:
        doc.close()


def extract_page(pdf_path: str | Path, page_number: int, grids: bool = False) -> PageResult:
    """Find and extract every table on one page (1-based page number)."""
    layout = read_page(pdf_page.read(pdf_path, page_number))
    layout.lines = join_wrapped_year_units(join_broken_years(layout.lines))
    return tables_of_layout(layout, pdf_path, grids)


def tables_of_layout(layout: PageLayout, pdf_path: str | Path | None = None, grids: bool = False) -> PageResult:
    """Tables of one page; with the PDF's path, doubtful tables get camelot's second opinion.
    With `grids` (the generic `wpr tables`), a table drawn as a full grid of rules is read
    cell by cell from its rules, spanning cells as one cell (extractors.lattice)."""
    result = PageResult(page=layout.page, width=layout.width, height=layout.height,
                        n_chars=layout.n_chars)
    in_tables: set[int] = set()
    lines_of: dict[int, list[Line]] = {}
    for region in find_regions(layout):
        try:
            table = lattice_table(region, layout.page, layout.lines) if grids else None
            if table is not None:
                result.tables.append(table)
                in_tables.update(id(ln) for ln in region.lines)
                continue
            table = build_table(region, layout.page)
        except Exception:  # noqa: BLE001 - one odd region must not cost the page's other tables
            log.warning("page %s: could not read the table at %s", layout.page, region.box, exc_info=True)
            continue
        if table is None:
            continue
        if pdf_path is not None:
            table = choose(table, pdf_path, layout.height, ruled=len(region.vrules) >= 3)
        result.tables.append(table)
        in_tables.update(id(ln) for ln in region.lines)
        lines_of[id(table)] = region.lines
    if (last := _header_read_as_table(result.tables, layout.lines, in_tables, lines_of)) is not None:
        result.tables.remove(last)
        in_tables.difference_update(id(ln) for ln in lines_of[id(last)])
    result.texts = [TextLine(ln.box.top, ln.box.x0, ln.size, ln.text,
                             [(s.box.x0, s.box.x1, s.text) for s in ln.segments], ln.box.bottom)
                    for ln in layout.lines if id(ln) not in in_tables and ln.segments]
    result.orphans = page_orphans(layout, result.tables)
    below = max((t.bbox.bottom for t in result.tables if t.bbox is not None), default=0.0)
    result.foot_header = foot_header([ln for ln in layout.lines if id(ln) not in in_tables
                                      and ln.segments and ln.box.top > below], headings=True,
                                     wraps=[(t.text_size, t.label_wrap) for t in result.tables])
    return result


def _header_read_as_table(tables: list[Table], lines: list[Line], in_tables: set[int],
                          lines_of: dict[int, list[Line]]) -> Table | None:
    """The page's lowest table, when it is a header left alone at the page's foot read as a
    table of text (a row or two, no figure): its lines are a `foot_header`. Under a heading
    rather than a caption, only a "table" all set bold is (s408 p89: A7's two header rows
    under "前 10 大受理局受理的 PCT 申请", its rows overleaf headerless); a table of text with
    a row in regular weight is a table."""
    if not tables:
        return None
    last = max(tables, key=lambda t: t.bbox.bottom)
    if len(last.header) + len(last.rows) > 2 or id(last) not in lines_of or \
            any(parse_number(c.raw) is not None for row in last.header + last.rows for c in row if c.text):
        return None
    own = {id(ln) for ln in lines_of[id(last)]}
    above = max((t.bbox.bottom for t in tables if t is not last), default=0.0)
    free = [ln for ln in lines if (id(ln) not in in_tables or id(ln) in own) and ln.segments and ln.box.top > above]
    bold = all(w.bold for ln in lines_of[id(last)] for seg in ln.segments for w in seg.words)
    blocks = foot_header(free, headings=bold, wraps=[(t.text_size, t.label_wrap) for t in tables if t is not last])
    covered = {id(ln) for ln in free if any(b.box.top - 1 <= ln.box.top <= b.box.bottom + 1 for b in blocks)}
    return last if blocks and own <= covered else None


def foot_header(lines: list[Line], headings: bool = False,
                wraps: list[tuple[float, float]] | None = None) -> list[HeaderBlock]:
    """The cells of a header left alone at a page's foot, its rows overleaf (a renderer that
    keeps a caption with the header but not with the rows): the lines after the page's last
    caption or unit line, under its tables, none with a figure, most of them of several
    cells, to the foot of the page (its number aside). [] when there is no such header.
    With `headings`, a heading set larger than the lines under it opens the header as a
    caption does (lines no table was read from; a table of text under a heading is kept).
    `wraps`: the (text size, label wrap pitch) of the page's tables: the header has no body
    to show how far apart its cells' lines stand, the page's other tables of its size do."""
    last = max((i for i, ln in enumerate(lines)
                if is_caption(ln) or headings and _heading_over(ln, lines[i + 1:])), default=None)
    if last is None:
        return []
    header = lines[last + 1:]
    while header and len(header[-1].segments) == 1 and n_figures(header[-1]):
        header.pop()  # the page number
    if not header or len(header) > 12 or any(n_figures(ln) for ln in header):
        return []
    if 2 * sum(len(ln.segments) >= 2 for ln in header) < len(header) and not _cells_side_by_side(header):
        return []
    return header_blocks(header, wrap=_page_wrap(header, wraps or []) or _lone_first_line_pitch(header))


def _lone_first_line_pitch(header: list[Line]) -> float:
    """With no table of the page to show how far labels wrap, the header's own: its first
    line one cell alone, the next line's cells under it, less than two lines down (s431 p193:
    "关键绩效指" over "标", cells set on their foot at LibreOffice's tall leading). Whether
    that cell is one wrapped is `header_blocks`' to say (centred on one cell, wider)."""
    if len(header) < 2 or len(header[0].segments) != 1:
        return 0.0
    pitch = header[1].baseline - header[0].baseline
    return pitch if header[0].size < pitch <= 2 * header[0].size else 0.0


def _page_wrap(header: list[Line], wraps: list[tuple[float, float]]) -> float:
    """How far apart the labels of the page's tables set in the header's size wrap (the
    closest, where several show it); 0 where none does."""
    size = median_size(header)
    return min((wrap for text_size, wrap in wraps if wrap > 0 and abs(text_size - size) <= 0.05 * size), default=0.0)


def _heading_over(line: Line, below: list[Line]) -> bool:
    """A heading over the lines under it: one piece of text, set larger than any of them (a
    table's section heading, "效益实现", opens its header as a caption does, s152)."""
    return bool(below) and len(line.segments) == 1 and line.size >= 1.15 * max(ln.size for ln in below)


def _cells_side_by_side(lines: list[Line]) -> bool:
    """Lines of narrow cells standing side by side, most of them one cell wide (a header band's
    wrapped cells each set at its middle): three places or more where they start, and no line
    of text as wide as half of them all, as a paragraph's would be."""
    extent = Box.around(ln.box for ln in lines)
    segments = [s for ln in lines for s in ln.segments]
    starts: list[float] = []
    for x in sorted(s.box.x0 for s in segments):
        if not starts or x - starts[-1] > lines[0].size:
            starts.append(x)
    return len(starts) >= 3 and all(s.box.width <= 0.5 * extent.width for s in segments)
