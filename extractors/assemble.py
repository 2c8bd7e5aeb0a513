"""Page results → the document's tables: continued tables stitched, captions and ids given.

The document is read as one stream of text lines and tables in printed order.
Captions, annex headings and sector headings seen in the text set the context
that names the next table; the patterns live in `schemas/registry/captions.csv`
and the sector names in `schemas/registry/sectors.csv` (with the aliases accepted in review),
so a new edition's wording is a data change.
"""
from __future__ import annotations

import csv
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz

from extractors.header_overleaf import cell_top_read_as_text, header_under, header_upper_rows, placed_over
from extractors.ids import number_tables
from extractors.model import Box, Cell, Table
from extractors.numbers import parse_number
from extractors.pages import PageResult, TextLine
from extractors.regions import ROW_PADDING
from extractors.row_overleaf import column_spans, line_bottom, row_overleaf, rows_at_foot, text_rows_overleaf, \
    wrapped_rows_overleaf
from extractors.structure import Column, HeaderBlock, header_rows
from extractors.text import FOOTNOTE_MARKS, clean_text, join_lines, squashed

REGISTRY = Path(__file__).resolve().parent.parent / "schemas" / "registry"
SECTION_HEADING = re.compile(r"^[一二三四五六七八九十]+、|^附录")
UNIT = re.compile(r"单\s*位\s*[:：]\s*([^)）\s]+)")
HEADER_KIND = "_header"   # captions.csv kinds matched against a table's first header cell
# captions.csv kind matched against a table's whole header (its column labels joined, white
# space dropped): a numbered table printed with no 表N caption above it.
HEADER_SET_KIND = "numbered_header"
FOOTNOTE = re.compile(r"^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]")
CAPTION_WINDOW = 6
CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass
class CaptionRule:
    kind: str
    pattern: re.Pattern[str]
    table_id: str


def load_caption_rules(path: Path = REGISTRY / "captions.csv") -> list[CaptionRule]:
    with open(path, newline="", encoding="utf-8") as handle:
        return [CaptionRule(r["kind"], re.compile(r["pattern"]), r["table_id"]) for r in csv.DictReader(handle)]


def load_sector_names(path: Path = REGISTRY / "sectors.csv",
                      accepted: Path = REGISTRY / "aliases.csv") -> list[tuple[str, str]]:
    """(printed name, sector id), longest names first so the most specific one wins: names
    and aliases of `sectors.csv` and the aliases of sectors a reviewer accepted (`aliases.csv`)."""
    names: list[tuple[str, str]] = []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names += [(name, row["id"]) for name in [row["name_zh"], *row["aliases"].split("|")]]
    ids = {sector_id for _, sector_id in names}
    if accepted.exists():
        with open(accepted, newline="", encoding="utf-8") as handle:
            names += [(row["alias"], row["id"]) for row in csv.DictReader(handle) if row["id"] in ids]
    names = list(dict.fromkeys((clean_text(name), sector_id) for name, sector_id in names if len(name) >= 4))
    return sorted(names, key=lambda n: -len(n[0]))


def sector_heading(text: str, sectors: list[tuple[str, str]]) -> str | None:
    """The sector a short line (a heading) names at its start: one of its names, else a name
    printed slightly otherwise (a sector renamed, 品牌与外观设计) that scores as the matcher's
    fuzzy matches must: 80 or more, and 10 ahead of every other sector."""
    best: dict[str, float] = {}
    for name, sector_id in sectors:
        if len(text) > len(name) + 12:
            continue
        if text.startswith(name):
            return sector_id
        best[sector_id] = max(best.get(sector_id, 0.0), fuzz.ratio(name, text[:len(name)]))
    ranked = sorted(best.values(), reverse=True) + [0.0]
    if ranked[0] >= 80 and ranked[0] - ranked[1] >= 10:
        return next(sector_id for sector_id, score in best.items() if score == ranked[0])
    return None


def chinese_numeral(text: str) -> int:
    """一 … 九十九 → int (annex numbers)."""
    if "十" not in text:
        return CN_DIGITS[text]
    tens, _, units = text.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[units] if units else 0)


@dataclass
class _Context:
    annex: int | None = None
    sector: str | None = None
    pending: list[TextLine] = field(default_factory=list)   # text since the last table
    # A header left at the foot of the page before (pages.foot_header): that page, its cells,
    # and its lines as read into `pending`.
    foot: tuple[int, list[HeaderBlock], list[TextLine]] | None = None
    # The lines of `pending` read on the last table's own page, under it.
    after_table: list[TextLine] = field(default_factory=list)
    # Where in `after_table` the first line naming a table (caption, unit line, heading) is.
    names_at: int | None = None
    headings: list[int] = field(default_factory=list)      # the annex of every annex heading read
    named: set[str] = field(default_factory=set)           # the ids tables took from captions or headers
    # Each table named after an annex heading, with that heading's place in `headings`.
    under: list[tuple[Table, int]] = field(default_factory=list)


def furniture(pages: list[PageResult]) -> set[str]:
    """Running headers, footers and page numbers: the same text at a page edge on many pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        seen = {_signature(t) for t in page.texts if _at_edge(t, page)}
        counts.update(seen)
    threshold = max(2, int(0.25 * len(pages)))
    return {sig for sig, n in counts.items() if n >= threshold}


def _signature(line: TextLine) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))


def _at_edge(line: TextLine, page: PageResult) -> bool:
    return line.top < 0.1 * page.height or line.top > 0.88 * page.height


def _furniture_on(page: PageResult, skip: set[str]) -> set[int]:
    """The page's running headers, footers and page numbers (ids of its texts): at its edge,
    their text one of the edition's furniture (`furniture`), and outside what the page holds;
    a figure between the page's first lines is a cell, however like a page number (s290 p2:
    the contents' "94" set between the two lines of its entry at the top of the page)."""
    edge = [t for t in page.texts if _at_edge(t, page) and _signature(t) in skip]
    ids = {id(t) for t in edge}
    held = [t.top for t in page.texts if id(t) not in ids] + \
        [y for t in page.tables if t.bbox is not None for y in (t.bbox.top, t.bbox.bottom)]
    return {id(t) for t in edge if not held or not min(held) < t.top < max(held)}


def written_to(pages: list[PageResult], furniture_of: dict[int, set[int]]) -> dict[tuple[float, float], float]:
    """How far down pages of each size are written: the lowest text or table on most of them
    (a page whose table goes on overleaf is written to there), page furniture aside
    (`furniture_of`: each page's, `_furniture_on`)."""
    bottoms: dict[tuple[float, float], list[float]] = {}
    for page in pages:
        ys = [t.bbox.bottom for t in page.tables] + \
             [line_bottom(t) for t in page.texts if id(t) not in furniture_of[page.page]]
        if ys:
            bottoms.setdefault((page.width, page.height), []).append(max(ys))
    return {size: sorted(ys)[int(WRITTEN_TO * (len(ys) - 1))] for size, ys in bottoms.items()}


WRITTEN_TO = 0.9   # the share of pages written less far down


def _room_under(table: Table, page: PageResult, written: dict[tuple[float, float], float],
                furniture_ids: set[int]) -> bool:
    """The page had room under the table's last row for more of its label: the row, had it
    gone on, would have filled it (a renderer breaks a row only at the page's foot)."""
    cells = [c for c in table.rows[-1] if c.text and c.bbox is not None and c.page == page.page] if table.rows else []
    if not cells:
        return False
    bottom = max(c.bbox.bottom for c in cells)
    below = [t.top for t in page.texts if t.top > bottom and id(t) not in furniture_ids]
    end = min(below + [written.get((page.width, page.height), page.height)])
    pitch = table.label_wrap or LEADING * table_text_size(table)
    return end - bottom > ROOM_FOR_LINES * pitch


ROOM_FOR_LINES = 2   # a cell's paragraph may keep two lines together at a page's foot
LEADING = 1.2


def assemble(pages: list[PageResult]) -> list[Table]:
    pages = sorted(pages, key=lambda p: p.page)
    rules = load_caption_rules()
    sectors = load_sector_names()
    skip = furniture(pages)
    furniture_of = {page.page: _furniture_on(page, skip) for page in pages}
    written = written_to(pages, furniture_of)
    ctx = _Context()
    tables: list[Table] = []
    last_page_of_prev = 0
    for page in pages:
        events: list[tuple[float, TextLine | Table]] = [(t.top, t) for t in page.texts]
        events += [(t.bbox.top, t) for t in page.tables]
        page_top = True   # nothing but furniture read on this page yet
        furniture_ids = furniture_of[page.page]
        read = _row_wrapped_overleaf(tables, page, furniture_ids, ctx, last_page_of_prev)
        rows_end = max((line_bottom(t) for t in read), default=None)  # of the rows read overleaf
        if read:
            last_page_of_prev = page.page
        for _, item in sorted(events, key=lambda e: e[0]):
            if isinstance(item, TextLine):
                if id(item) in furniture_ids or any(item is r for r in read):
                    continue
                if page_top and tables and \
                        _goes_on_overleaf(tables[-1], item, ctx, last_page_of_prev, page.page, rows_end) and \
                        _row_overleaf(tables[-1], item, page.page):
                    last_page_of_prev = page.page
                    rows_end = line_bottom(item)
                    continue
                page_top = False
                if tables and tables[-1].page_end == page.page:
                    if ctx.names_at is None and _names_a_table(item, rules, sectors):
                        ctx.names_at = len(ctx.after_table)
                    ctx.after_table.append(item)
                _read_text(item, ctx, rules, sectors)
                continue
            if page_top and ctx.foot is not None and ctx.foot[0] == page.page - 1 \
                    and _headed_from_foot(item, ctx.foot[1], ctx.foot[0]):
                ctx.pending = [t for t in ctx.pending if not any(t is f for f in ctx.foot[2])]
            if page_top and tables and _header_broken_over(tables[-1], item, ctx, last_page_of_prev, page.page):
                _take_name(tables.pop(), item, ctx)
                tables.append(item)
                ctx.pending, ctx.after_table, ctx.names_at = [], [], None
                last_page_of_prev = page.page
                page_top = False
                continue
            at_top, page_top = page_top, False
            if tables and ctx.pending and _continued_header(tables[-1], item, last_page_of_prev, page.page) and \
                    cell_top_read_as_text(tables[-1], item, ctx.pending[-1]):
                ctx.pending.pop()
            if tables and _continues(tables[-1], item, ctx, last_page_of_prev, page.page):
                _add_section_rows(tables[-1], _section_labels(tables[-1], ctx))
                _add_section_rows(item, _labels_overleaf(item, ctx), first=True)
                _append(tables[-1], _on_columns_of(tables[-1], item))
            else:
                if at_top and tables and tables[-1].page_end == page.page - 1:
                    _take_rows_at_foot(item, ctx, page.page)
                _name(item, ctx, rules)
                tables.append(item)
            ctx.pending, ctx.after_table, ctx.names_at = [], [], None
            last_page_of_prev = page.page
        if tables and tables[-1].page_end == page.page and _room_under(tables[-1], page, written, furniture_ids):
            tables[-1].label_runs_on = False
        ctx.foot = _foot(page)
    _unname_contents(ctx)
    for table in tables:
        _join_labels_wrapped_at_foot(table)
        _join_labels_wrapped_over_rows(table)
    return number_tables(tables)


def _take_rows_at_foot(table: Table, ctx: _Context, page: int) -> None:
    """`table`, opening this page under no header, takes its first rows left as text at the
    foot of the page before, under the table there (extractors.row_overleaf.rows_at_foot)."""
    found = rows_at_foot(table, ctx.after_table, page)
    if found is None:
        return
    rows, start = found
    taken = ctx.after_table[start:]
    table.rows[:0] = rows
    table.page_start = page - 1
    ctx.pending = [t for t in ctx.pending if not any(t is x for x in taken)]
    ctx.after_table = ctx.after_table[:start]


def _row_wrapped_overleaf(tables: list[Table], page: PageResult, furniture_ids: set[int], ctx: _Context,
                          last_page_of_prev: int) -> list[TextLine]:
    """The last table's last row read from the lines at the top of this page, if they are
    that row wrapped round its figures (extractors.row_overleaf): appended to the table, and
    its lines (with the header repeated over it) returned, to be read no further."""
    if not tables or not _continues(tables[-1], None, ctx, last_page_of_prev, page.page):
        return []
    first = min((t.bbox.top for t in page.tables), default=page.height)
    lines = sorted((t for t in page.texts if t.top < first and id(t) not in furniture_ids),
                   key=lambda t: t.top)
    found = wrapped_rows_overleaf(tables[-1], lines, page.page)
    if found is not None:
        rows, read = found
        tables[-1].rows.extend(rows)
    elif (text_rows := text_rows_overleaf(tables[-1], lines, page.page)) is not None:
        rows, read = text_rows
        if rows and tables[-1].rows and _rest_of(tables[-1].rows[-1], rows[0]):
            _go_on_with(tables[-1].rows[-1], rows.pop(0))   # the last row's cells wrapped overleaf
        tables[-1].rows.extend(rows)
    else:
        return []
    tables[-1].page_end = page.page
    return read


def _rest_of(row: list[Cell], rest: list[Cell]) -> bool:
    """`rest`, with nothing in the label column, is the rest of `row`'s cells: no figure in it
    stands under a cell of `row` and no figure of `row` over a cell of it (a sub-row with
    figures of its own under the same label is a row, s020 A11-57)."""
    def figure(cell: Cell) -> bool:
        return parse_number(cell.raw) is not None
    return not rest[0].text and not any(a.text and b.text and (figure(a) or figure(b)) for a, b in zip(row, rest))


def _go_on_with(row: list[Cell], rest: list[Cell]) -> None:
    """A row's cells go on with the text of their rest, printed overleaf."""
    for k, cell in enumerate(rest):
        if cell.text:
            raw = join_lines([row[k].raw, cell.raw])
            row[k] = replace(row[k], text=clean_text(raw), raw=raw)


def _foot(page: PageResult) -> tuple[int, list[HeaderBlock], list[TextLine]] | None:
    if not page.foot_header:
        return None
    top = min(block.box.top for block in page.foot_header)
    return page.page, page.foot_header, [t for t in page.texts if t.top >= top - 1]


def _headed_from_foot(table: Table, blocks: list[HeaderBlock], page: int) -> bool:
    """A table with no header at the top of a page takes the header left alone at the foot of
    the page before, its cells placed over the table's columns as on their own page; False
    (and nothing changed) when they do not fit those columns. A "header" of its own that
    repeats nothing of that header is its first row's lines set above the row's figures
    (cells set on their middle, s023): the page read whole gives its rows, when the header
    at the foot heads every column with a cell of its own (else that "header" may be its
    lower level)."""
    own = any(c.text for row in table.header for c in row)
    if not table.rows or own and _repeats_blocks(table.header, blocks):
        return False
    columns = _columns_of(table)
    if columns is None:
        return False
    # Its own header may be the lower rows of the one broken by the page (s428 A4: "人事 |
    # 非人事 | 总计" under "2022/23 年支出", left at the foot of the page before in a band).
    if own and (whole := header_under(table, blocks, columns)) is not None:
        table.header = whole
        return True
    if own and not table.rows_if_continued:
        return False
    placed = placed_over(blocks, columns, table.n_cols)
    if placed is None or own and not _one_cell_a_column(placed, table.n_cols):
        return False   # a header's lower level under its spanners (s124 T8) is no row
    if own:
        table.rows = table.rows_if_continued
    table.header = header_rows(placed, table.n_cols, page)
    return True


def _one_cell_a_column(placed: list[tuple[HeaderBlock, list[int]]], n_cols: int) -> bool:
    """The header heads every column with a cell of its own, none spanning several."""
    return all(len(span) == 1 for _, span in placed) and sorted(c for _, span in placed for c in span) == \
        list(range(n_cols))


def _repeats_blocks(header: list[list[Cell]], blocks: list[HeaderBlock]) -> bool:
    """Most of the header's cells print a header cell's text, or a line of one (the header
    repeated). One alone may be a lower level's: "2023 年" under "国际申请年份" beside the
    foot's "2023 年 / 份额 (%)" (s033 A7)."""
    theirs = {clean_text("".join(b.texts)) for b in blocks} | {clean_text(t) for b in blocks for t in b.texts}
    own = {clean_text(c.text) for row in header for c in row if c.text}
    return 2 * len(own & theirs) > len(own)


def _header_broken_over(prev: Table, table: Table, ctx: _Context, prev_page: int, page: int) -> bool:
    """`prev`, the last table of the page before, with nothing but footnotes after it, is the
    upper rows of the header of `table`, at the top of this page (extractors.header_overleaf):
    `table` takes them into its header when it is."""
    if page != prev_page + 1 or prev.page_end != prev_page or any(not FOOTNOTE.match(t.text) for t in ctx.pending):
        return False
    columns = _columns_of(table)
    rows = header_upper_rows(prev, table, columns) if columns is not None else None
    if rows is None:
        return False
    table.header = rows
    return True


def _take_name(prev: Table, table: Table, ctx: _Context) -> None:
    """`table` goes by the name `prev` was given (its caption was over `prev`)."""
    table.caption, table.unit_text, table.heading, table.table_id = prev.caption, prev.unit_text, prev.heading, \
        prev.table_id
    ctx.under = [(table if t is prev else t, k) for t, k in ctx.under]


def _columns_of(table: Table) -> list[Column] | None:
    """Each column's extent, from its cells that print something; None if one prints nothing."""
    columns = []
    for j in range(table.n_cols):
        boxes = [row[j].bbox for row in table.rows if j < len(row) and row[j].text and row[j].bbox is not None]
        if not boxes:
            return None
        columns.append(Column(min(b.x0 for b in boxes), max(b.x1 for b in boxes)))
    return columns


def _named_by_header(table: Table, ctx: _Context, rules: list[CaptionRule]) -> bool:
    """A sector's table whose caption is not among the lines above it (not printed, or rows read
    as text pushed it out of the window) is named by what its first column is about (预期成果,
    费用类别: rules of kind `…_header`), under the sector's heading only."""
    rows = table.header or table.rows
    first = rows[0][0].text if rows and rows[0] else ""
    if not ctx.sector or ctx.annex is not None or not first:
        return False
    for rule in rules:
        if rule.kind.startswith("sector") and rule.kind.endswith(HEADER_KIND) and (match := rule.pattern.match(first)):
            table.table_id = rule.table_id.format(sector=ctx.sector, **match.groupdict())
            table.caption = first
            return True
    return False


def _numbered_by_header(table: Table, ctx: _Context, rules: list[CaptionRule]) -> None:
    """A numbered table whose 表N caption is not printed (a printing that sets only the unit
    line above a table) is known by its header: the column labels that say what it holds
    (主要财务数据, 收入概算 …: rules of kind `numbered_header`), outside the annexes, and each
    id once (a later table with the same header is another table, or a piece read apart)."""
    if ctx.annex is not None or not table.header:
        return
    header_set = re.sub(r"\s", "", "".join(clean_text(label) for label in table.column_labels()))
    for rule in rules:
        if rule.kind == HEADER_SET_KIND and rule.table_id not in ctx.named and rule.pattern.search(header_set):
            table.table_id = rule.table_id
            ctx.named.add(table.table_id)
            return


def _unname_contents(ctx: _Context) -> None:
    """Annex headings come in rising order: one that a heading of the same or a lower annex
    follows later (the body's 附件一 … after the contents' 附件六) was an entry of the contents
    printed as text, and a piece of the contents read after it is no table of that annex."""
    for table, place in ctx.under:
        if min(ctx.headings[place + 1:], default=ctx.headings[place] + 1) <= ctx.headings[place]:
            table.table_id, table.caption = "", ""


def _read_text(line: TextLine, ctx: _Context, rules: list[CaptionRule],
               sectors: list[tuple[str, str]]) -> None:
    text = clean_text(line.text)
    ctx.pending.append(line)
    for rule in rules:
        match = rule.pattern.match(text)
        if rule.kind == "annex" and match:
            ctx.annex, ctx.sector = chinese_numeral(match.group("annex")), None
            ctx.headings.append(ctx.annex)
            return
    if SECTION_HEADING.match(text):
        ctx.annex = ctx.sector = None
        return
    if not text.endswith("。") and (sector_id := sector_heading(text, sectors)):
        ctx.sector = sector_id


def _continued_header(prev: Table, table: Table, prev_page: int, page: int) -> bool:
    """`table`, at the top of the page after `prev`'s last, has a header of its own, and so
    has `prev`: perhaps its header repeated."""
    return page == prev_page + 1 and prev.page_end == prev_page and bool(table.header) and bool(prev.header)


def _continues(prev: Table, table: Table | None, ctx: _Context, prev_page: int, page: int) -> bool:
    """A table at the top of the next page, with only footnotes and page furniture
    between it and the previous table, and the same columns, is that table continued
    (`table` None: whether anything at the top of this page can continue it)."""
    if page != prev_page + 1 or prev.page_end != prev_page:
        return False
    if table is not None and table.n_cols != prev.n_cols and column_map(prev, table) is None:
        return False
    size = table_text_size(table if table is not None else prev)
    rest = _rest_of_last_row(prev, ctx) + (_labels_overleaf(table, ctx) if table is not None else [])
    between = [t for t in ctx.pending if not (FOOTNOTE.match(t.text) or t.size < 0.9 * size
                                              or any(t is r for r in rest))]
    repeated = table is not None and bool(table.header) and _repeats_header(prev, table)
    printed = [t for t in between if _prints_header_of(prev, t)] if table is not None and \
        (repeated or not table.header) else []
    if printed and (repeated or any(len(t.cells) >= 2 for t in printed)):
        # The header repeated over it, or its upper rows or a cell's first line, set further
        # off than its own rows (a tall header row's lines on their middle), read as text: the
        # header's, not text between two tables (s174 附件一, s140 T1; over rows read without
        # a header, only with a row of cells among them, s106 T1).
        between = [t for t in between if not any(t is h for h in printed)]
    if not between:
        return True
    # Section labels under its last row: only into the same table, its header repeated or none.
    sections = _section_labels(prev, ctx) if table is not None else []
    return (all(any(t is s for s in sections) for t in between) and table is not None
            and (not table.header or _repeats_header(prev, table)) and column_map(prev, table) is not None)


def _prints_header_of(table: Table, line: TextLine) -> bool:
    """Every piece of the line is part of a cell of the table's header (markers aside)."""
    cells = [_bare(c.text) for row in table.header for c in row if c.text]
    pieces = [_bare(text) for _, _, text in line.cells] or [_bare(line.text)]
    return all(piece and any(piece in cell for cell in cells) for piece in pieces)


def _bare(text: str) -> str:
    return "".join(ch for ch in squashed(text) if ch not in FOOTNOTE_MARKS)


def _rest_of_last_row(prev: Table, ctx: _Context) -> list[TextLine]:
    """The lines under a table on its page set as its cells are (their size, within its
    width): text of its rows that the table was not read with (a row of text wrapped further
    down than the others, at the page's foot). They say nothing against the table going on
    overleaf; a heading, set larger, does, and a caption or unit line however set (a word
    processor sets a caption as its tables' cells) ends them."""
    size = table_text_size(prev)
    header = {clean_text(c.text) for row in prev.header for c in row if c.text}
    rest = []
    for line in ctx.after_table[:ctx.names_at]:
        cells = [clean_text(text) for _, _, text in line.cells if text.strip()]
        if len(cells) >= 2 and all(c in header for c in cells):
            break   # its header again: the next table, set with the same header, begins
        right = max((x1 for _, x1, _ in line.cells), default=line.x0)
        if abs(line.size - size) <= 0.05 * size and line.x0 >= prev.bbox.x0 - line.size \
                and right <= prev.bbox.x1 + 4 * line.size:
            rest.append(line)
    return rest


def _section_labels(prev: Table, ctx: _Context) -> list[TextLine]:
    """The lines under a table's last row at its page's foot that are its next section's labels
    (a renderer leaves a section row whose rows go overleaf outside the table's frame and
    shades): each one line of no figures, set as the rows are (their size, in the label
    column), as close under the row before as the table's rows are to each other, and no
    other text after them on that page. [] when any text there is not such a label, or names
    a table (caption, unit line, heading)."""
    labels = [t for t in ctx.after_table if not FOOTNOTE.match(t.text)]
    rows = [r for r in prev.rows if r[0].bbox is not None and r[0].page == prev.page_end]
    if not labels or len(rows) < 2 or ctx.names_at is not None:
        return []
    column = _LabelColumn.of(rows, table_text_size(prev))
    above = max(r[0].bbox.top for r in rows)
    for line in labels:
        if not column.holds(line, above):
            return []
        above = line.top
    return labels


@dataclass
class _LabelColumn:
    """Where a table's row labels stand on a page: left edge, where its figures begin, text
    size, and the largest step from one row to the next."""
    x0: float
    figures: float
    size: float
    pitch: float

    @classmethod
    def of(cls, rows: list[list[Cell]], size: float) -> _LabelColumn:
        """Read from rows of one page (two or more, their labels placed)."""
        return cls(x0=min(r[0].bbox.x0 for r in rows),
                   figures=min((c.bbox.x0 for r in rows for c in r[1:] if c.bbox is not None and c.text),
                               default=0.0),
                   size=size, pitch=max(b[0].bbox.top - a[0].bbox.top for a, b in zip(rows, rows[1:])))

    def holds(self, line: TextLine, above: float) -> bool:
        """`line` is set as a row label of no figures, one row under `above` (a row's top)."""
        return (len(line.cells) == 1 and line.cells[0][1] <= self.figures
                and parse_number(line.text) is None and not line.text.rstrip().endswith("。")
                and abs(line.x0 - self.x0) <= self.size
                and 0.9 * self.size <= line.size <= 1.2 * self.size
                and line.top - above <= 1.2 * self.pitch)


def _names_a_table(line: TextLine, rules: list[CaptionRule], sectors: list[tuple[str, str]]) -> bool:
    """A caption, unit line, annex, section or sector heading: what starts a table, never its row."""
    text = clean_text(line.text)
    return (any(rule.pattern.match(text) for rule in rules) or bool(UNIT.search(text))
            or bool(SECTION_HEADING.match(text)) or sector_heading(text, sectors) is not None)


def _add_section_rows(prev: Table, labels: list[TextLine], first: bool = False) -> None:
    """Section labels read under `prev` at its page's foot become its rows, label alone; each
    is a whole label (nothing runs on from it overleaf). `first`: labels read above its first
    row, at the top of its page, go before its rows."""
    rows = []
    for line in labels:
        box = Box(line.x0, line.top, line.cells[0][1], line.bottom or line.top + line.size)
        cells = [Cell(clean_text(line.text), line.text, prev.page_start if first else prev.page_end, box)]
        rows.append(cells + [Cell("", "", cells[0].page) for _ in range(prev.n_cols - 1)])
    if first:
        prev.rows[:0] = rows
    elif labels:
        prev.rows += rows
        prev.open_end = prev.label_runs_on = False


def _labels_overleaf(table: Table, ctx: _Context) -> list[TextLine]:
    """The lines at the top of the page over a table that goes on from the page before, when
    they are its section labels (a renderer leaves the section row that opens a page outside
    the table's frame and shades): one line each, of no figures, set as its row labels are,
    the last as close over its first row as its rows are to each other. [] when any line
    read on this page before it is not such a label."""
    above = [t for t in ctx.pending if not any(t is a for a in ctx.after_table) and not FOOTNOTE.match(t.text)]
    rows = [r for r in table.rows if r[0].bbox is not None and r[0].page == table.page_start]
    if not above or len(rows) < 2:
        return []
    column = _LabelColumn.of(rows, table_text_size(table))
    below = rows[0][0].bbox.top
    for line in reversed(above):
        if not column.holds(line, line.top) or below - line.top > 1.2 * column.pitch:
            return []
        below = line.top
    return above


def _goes_on_overleaf(prev: Table, line: TextLine, ctx: _Context, prev_page: int, page: int,
                      rows_end: float | None) -> bool:
    """Whether a line at the top of this page may be `prev`'s next row: `prev` ended the page
    before (`_continues`), or its rows went on at the top of this page (`rows_end`: where the
    last ends) and the line stands right under them, as near as padded rows stand (s201 T1:
    a row wrapped round its figures, then a row of one line, then the table's closing rule)."""
    if rows_end is not None and prev.page_end == page:
        return line.top - rows_end <= 2 * line.size
    return _continues(prev, None, ctx, prev_page, page)


def _row_overleaf(prev: Table, line: TextLine, page: int) -> bool:
    """`line`, at the top of the page, is `prev`'s last row (extractors.row_overleaf): appended
    to `prev` when it is."""
    row = row_overleaf(prev, line, page)
    if row is None:
        return False
    prev.rows.append(row)
    prev.page_end = page
    return True


def column_map(prev: Table, table: Table) -> list[int] | None:
    """Where each column of `table`, the top of a page, stands among the columns of `prev`,
    the table at the foot of the page before, when a page's rows leave some columns empty
    and fewer columns are seen (left to right, each under the one it overlaps most, the
    row labels under the row labels); None when some column stands under none of them.
    A header of its own that is not a repeat of `prev`'s makes it another table."""
    if table.header and not _repeats_header(prev, table):
        return None
    theirs = column_spans(prev, prev.page_end)
    # A header printed as prev's, cell for cell, but placed over the few columns this page's
    # rows show, heads no column of its own: the rows alone say where they stand.
    shown = table.rows if _printed_alike(prev.header, table.header) else table.header + table.rows
    mapping: list[int] = []
    for col, span in enumerate(column_spans(table, table.page_start)):
        if span is None and not any(row[col].text for row in shown):
            mapping.append(-1)   # a column of nothing (a gap the page's column finder kept)
            continue
        if span is None:
            return None
        overlaps = [(min(span[1], s[1]) - max(span[0], s[0]), j) for j, s in enumerate(theirs) if s is not None]
        best = max(overlaps, default=(0.0, -1))
        placed = [m for m in mapping if m >= 0]
        first = not placed
        if best[0] <= 0 or (placed and best[1] < placed[-1]) or first != (best[1] == 0):
            return None
        mapping.append(best[1])
    # Two columns under one are one column's cells printed apart ("N/A" left, "100%" right):
    # never two cells of one row.
    for a in range(len(mapping)):
        for b in range(a + 1, len(mapping)):
            if mapping[a] == mapping[b] >= 0 and any(row[a].text and row[b].text for row in table.rows):
                return None
    return mapping


def _repeats_header(prev: Table, table: Table) -> bool:
    return _header_repeated_lead(prev, table.header) == len(table.header)


def _printed_alike(header: list[list[Cell]], other: list[list[Cell]]) -> bool:
    """The two headers print the same cells at the same places across the page (a header
    repeated overleaf), however each page's rows had them placed: over a page of rows with
    figures in one column only, a repeated header's cells fall over other columns."""
    def printed(rows: list[list[Cell]]) -> list[tuple[str, float, float]]:
        cells = {(c.text, round(c.bbox.x0, 1), round(c.bbox.x1, 1))
                 for row in rows for c in row if c.text and c.bbox is not None}
        return sorted(cells, key=lambda c: (c[1], c[2], c[0]))
    mine, theirs = printed(header), printed(other)
    return len(mine) >= 2 and len(mine) == len(theirs) and all(
        a[0] == b[0] and abs(a[1] - b[1]) <= PRINTED_ALIKE and abs(a[2] - b[2]) <= PRINTED_ALIKE
        for a, b in zip(mine, theirs))


# How far (points) a header's cells may stand from where they stood on the page before and
# still be its repeat: the same renderer sets them to the same place, a rounding apart.
PRINTED_ALIKE = 1.0


def _on_columns_of(prev: Table, table: Table) -> Table:
    """The continuation with its cells moved under `prev`'s columns (itself when they agree)."""
    if table.n_cols == prev.n_cols:
        return table
    mapping = column_map(prev, table)
    assert mapping is not None  # _continues checked it

    def moved(row: list[Cell]) -> list[Cell]:
        out = [Cell("", "", cell.page) for cell in [row[0]] * prev.n_cols]
        for col, cell in zip(mapping, row):
            if col >= 0 and (cell.text or not out[col].text):
                out[col] = cell
        return out
    table.rows = [moved(row) for row in table.rows]
    table.header = []   # a repeat of prev's (column_map says so), seen over fewer columns
    return table


def table_text_size(table: Table) -> float:
    if table.text_size:
        return table.text_size
    heights = [c.bbox.height for row in table.rows for c in row if c.bbox is not None and c.text]
    return min(heights) if heights else 10.0


def _append(prev: Table, table: Table) -> None:
    repeated = [[c.text for c in row] for row in table.header] == [[c.text for c in row] for row in prev.header]
    if table.header and not repeated and not prev.header and prev.rows and table.rows_if_continued and \
            not _repeats_first_row(prev, table.header):
        # A table read without a header goes on without one: lines read as a header overleaf
        # are its first row's, set above the row's figures (s211: a row set on its foot).
        # Unless they repeat the table's first row: its header, read as a row (s148).
        table = replace(table, header=[], rows=table.rows_if_continued)
    if table.header and not repeated and not prev.header:
        prev.header = table.header
    elif table.header and not repeated and all(not c.text for row in table.header for c in row[1:]):
        prev.rows.extend(table.header)  # section rows set like a header band: body after all
    rows = table.rows
    lead = _header_repeated_lead(prev, table.header)
    extra = table.header[lead:]
    if table.header and prev.header and 0 < lead < len(table.header) and \
            (not table.rows_if_continued or _a_whole_row(extra, rows)):
        # The header repeated, then rows read as header: the first rows of this page (a
        # renderer set the table's first rows as its head and repeats them, s166). Lines
        # of fewer cells than a row has are rather a row's first lines, its figures below
        # (s016, s145): the page read whole says.
        rows = _as_rows(extra) + rows
    elif table.header and prev.header and table.rows_if_continued and not (repeated or _repeats_header(prev, table)):
        # Its "header" repeats nothing of the table it continues, or more than that header:
        # its first rows, read whole (a row set on its bottom, its first lines read as
        # header, s145), the header repeated left out.
        rows = table.rows_if_continued[_header_repeated_lead(prev, table.rows_if_continued):]
    if table.header and (repeated or _repeats_header(prev, table)):
        rows = rows[_repeated_lead(prev, rows):]
    if rows and prev.rows and _label_overleaf(prev, rows[0]) and \
            _shaded_alike(prev.rows[-1], rows[0], prev.stripes + table.stripes):
        label, more = prev.rows[-1][0], rows[0][0]
        raw = join_lines([label.raw, more.raw])
        prev.rows[-1][0] = Cell(clean_text(raw), raw, label.page if label.text else more.page,
                                label.bbox if label.text else more.bbox)
        rows = rows[1:]
    prev.rows.extend(rows)
    prev.page_end = table.page_end
    prev.open_end, prev.rows_ruled, prev.label_runs_on = table.open_end, table.rows_ruled, table.label_runs_on
    prev.label_wrap = prev.label_wrap or table.label_wrap
    prev.stripes = prev.stripes + table.stripes


def _shaded_alike(last: list[Cell], first: list[Cell], stripes: list[tuple[int, Box]]) -> bool:
    """The last row before the page break and the first overleaf stand both on a stripe or
    both on none (each by its first printed cell: a row whose label went overleaf by its
    figures): a row going on overleaf keeps its shade (s044 A11-36: a label alone on the next
    stripe, under the header repeated, is a row of its own, not the rest of the last)."""
    def shaded(row: list[Cell]) -> bool:
        cell = next((c for c in row if c.text and c.bbox is not None), None)
        return cell is not None and any(page == cell.page and box.top - 1 <= cell.bbox.center_y <= box.bottom + 1
                                        and box.x0 - 1 <= cell.bbox.center_x <= box.x1 + 1 for page, box in stripes)
    return shaded(last) == shaded(first)


def _repeats_first_row(prev: Table, header: list[list[Cell]]) -> bool:
    """Some cell of `header` prints a cell of `prev`'s first row (its header read as a row)."""
    first = {clean_text(c.text) for c in prev.rows[0] if c.text}
    return any(clean_text(c.text) in first for row in header for c in row if c.text)


def _header_repeated_lead(prev: Table, rows: list[list[Cell]]) -> int:
    """How many of a continuation's rows, from its first, print only cells of the header of
    the table it continues (its header repeated)."""
    theirs = {c.text for row in prev.header for c in row if c.text}
    return next((k for k, row in enumerate(rows) if not all(c.text in theirs for c in row if c.text)), len(rows))


def _a_whole_row(extra: list[list[Cell]], rows: list[list[Cell]]) -> bool:
    """One of the rows read as header fills as many cells as the first body row does."""
    def filled(row: list[Cell]) -> int:
        return sum(1 for c in row if c.text)
    return bool(rows) and any(filled(row) >= filled(rows[0]) for row in extra)


def _as_rows(header: list[list[Cell]]) -> list[list[Cell]]:
    """Header rows as body rows: a cell spanning columns is written in its first column
    only (the header wrote it, one box, in each; two cells printing the same text apart are
    two cells)."""
    return [[Cell("", "", c.page) if j and c.text and (c.text, c.bbox) == (row[j - 1].text, row[j - 1].bbox) else c
             for j, c in enumerate(row)] for row in header]


def _repeated_lead(prev: Table, rows: list[list[Cell]]) -> int:
    """How many rows overleaf, under the header repeated, repeat the rows the table began
    with on one of its pages: a renderer repeating the table's head took its first rows with
    it (LibreOffice repeats every row a document marks as a heading row: section labels, or
    whole rows of an indicators table; WeasyPrint repeats a head of several rows, s150). A
    row repeats one of them when it prints the same text, however the page's columns cut it
    (one row read as two or three, a wrapped label's lines apart)."""
    return max(_repeats_from(prev.rows[start:], rows) for start in _page_starts(prev.rows))


def _page_starts(rows: list[list[Cell]]) -> list[int]:
    """Where the rows of each page begin (the first row, and each row printed on another page
    than the row before it)."""
    pages = [min((c.page for c in row if c.text), default=0) for row in rows]
    return [0] + [i for i in range(1, len(rows)) if pages[i] and pages[i - 1] and pages[i] != pages[i - 1]]


def _repeats_from(lead: list[list[Cell]], rows: list[list[Cell]]) -> int:
    """How many of `rows` repeat `lead`'s first rows, in order."""
    n = i = 0
    while i < len(lead) and n < len(rows):
        want = _letters(lead[i:i + 1])
        taken = next((k for k in (1, 2, 3) if n + k <= len(rows) and _letters(rows[n:n + k]) == want), 0)
        if not want or not taken:
            break
        n, i = n + taken, i + 1
    return n


def _letters(rows: list[list[Cell]]) -> str:
    """The rows' text, every character once for each time it is printed, in no order."""
    return "".join(sorted(ch for row in rows for c in row for ch in c.text if not ch.isspace()))


def _label_only(row: list[Cell]) -> bool:
    return bool(row[0].text) and not any(c.text for c in row[1:])


def _label_overleaf(prev: Table, first: list[Cell]) -> bool:
    """The first row overleaf is a label alone that belongs to the last row before the page
    break: that row is ruled but not closed (its label ran on), or its label filled its
    column to the end on a page written to its foot and no rule closed it, or it has figures
    but no label (the renderer moved the label cell to the next page); never a row with its
    label and figures in a table whose cells are set on their foot."""
    if not _label_only(first):
        return False
    last = prev.rows[-1]
    if last[0].text and _has_figures(last) and _set_on_bottom(prev.rows):
        # Cells set on their foot put a row's figures on its last line: a row broken by the
        # page shows them overleaf, under the rest of its label (s259 A11-20).
        return False
    if prev.open_end:
        return True
    if not _has_figures(last):
        return False
    return not last[0].text or (prev.label_runs_on and not prev.rows_ruled)


def _has_figures(row: list[Cell]) -> bool:
    """A figure in one of the row's cells past its label."""
    return any(parse_number(c.raw or c.text) is not None for c in row[1:])


def _join_labels_wrapped_at_foot(table: Table) -> None:
    """A label alone closing a page's part of a table, right under a row with figures, is
    that row's label wrapped (cells set on their top; the page's part too short for its
    reading to tell a wrapped line from a row): where it stands far closer under the row than
    the table's rows stand apart on its pages (s004 A11-33 "评估和定义对每个业务部门" / "的要求",
    the rows overleaf)."""
    rows = table.rows
    gaps = _row_gaps(rows)
    for i in range(len(rows) - 2, 0, -1):
        row, above, below = rows[i], rows[i - 1], rows[i + 1]
        if not _label_only(row) or not _has_figures(above) or \
                row[0].bbox is None or above[0].bbox is None or row[0].page != above[0].page or \
                below[0].page == row[0].page:
            continue
        others = [g for k, g in gaps if k not in (i - 1, i)]
        gap = row[0].bbox.top - above[0].bbox.bottom
        closer = len(others) >= 2 and gap < WRAPPED_AT_FOOT * statistics.median(others)
        # `row` is one line: the label above ends on a line as tall.
        padded = len(others) >= 2 and gap < PADDED_APART * statistics.median(others) and \
            _at_wrap_pitch(table, above[0].bbox.bottom - row[0].bbox.height, row[0].bbox.top, row[0].bbox.height)
        if closer or padded or _tighter_than_rows(rows, i):
            raw = join_lines([above[0].raw, row[0].raw])
            above[0] = Cell(clean_text(raw), raw, above[0].page, above[0].bbox.union(row[0].bbox))
            del rows[i]


def _tighter_than_rows(rows: list[list[Cell]], i: int) -> bool:
    """rows[i], a label of one line under a row of one, stands closer under it than the
    page's rows of one line stand apart (two or more, at one pitch), by a row's padding at
    the least: the row's label wrapped, in a table padded so little that its gap passed for
    theirs (s143 A3: "知识产权和创新生态系" / "统" at a page's foot, 19.8 pt under it, rows 22 pt)."""
    row, above = rows[i], rows[i - 1]
    height = row[0].bbox.height

    def one_line(r: list[Cell]) -> bool:
        return r[0].bbox is not None and r[0].page == row[0].page and abs(r[0].bbox.height - height) <= 0.2 * height
    pairs = [(a, b) for a, b in zip(rows[:i - 1], rows[1:i]) if one_line(a) and one_line(b) and a[0].text and b[0].text]
    pitches = [b[0].bbox.top - a[0].bbox.top for a, b in pairs]
    if len(pitches) < 2 or max(pitches) - min(pitches) > 0.1 * height or not one_line(above):
        return False
    return row[0].bbox.top - above[0].bbox.top + ROW_PADDING * height <= min(pitches)


def _join_labels_wrapped_over_rows(table: Table) -> None:
    """A label alone right over a row of figures, at the table's wrap pitch and closer than
    its rows stand apart, in a table whose cells are set on their bottom, is that row's
    label's first line (s194 A11-50: the row alone on its page, "评估和定义对每个业务部门" over
    "的要求 275,000 …"; the page's part too short for its reading to tell)."""
    rows = table.rows
    if not _set_on_bottom(rows):
        return
    gaps = _row_gaps(rows)
    for i in range(len(rows) - 2, -1, -1):
        row, below = rows[i], rows[i + 1]
        if not _label_only(row) or not _has_figures(below) or not below[0].text or \
                row[0].bbox is None or below[0].bbox is None or row[0].page != below[0].page:
            continue
        others = [g for k, g in gaps if k not in (i - 1, i)]
        gap = below[0].bbox.top - row[0].bbox.bottom
        if len(others) >= 2 and gap < PADDED_APART * statistics.median(others) and \
                _at_wrap_pitch(table, row[0].bbox.top, below[0].bbox.top, row[0].bbox.height):
            raw = join_lines([row[0].raw, below[0].raw])
            below[0] = Cell(clean_text(raw), raw, row[0].page, row[0].bbox.union(below[0].bbox))
            del rows[i]


def _set_on_bottom(rows: list[list[Cell]]) -> bool:
    """Where a row's label wraps over more lines than its figures take, the figures stand on
    its last line more often than on its first."""
    bottom = top = 0
    for row in rows:
        label, figures = row[0], [c for c in row[1:] if c.bbox is not None and c.text and c.page == row[0].page]
        if label.bbox is None or not figures or label.bbox.height < 1.8 * figures[0].bbox.height:
            continue
        size = figures[0].bbox.height
        bottom += abs(figures[0].bbox.bottom - label.bbox.bottom) <= 0.3 * size
        top += abs(figures[0].bbox.top - label.bbox.top) <= 0.3 * size
    return bottom > top


def _row_gaps(rows: list[list[Cell]]) -> list[tuple[int, float]]:
    """The space between each row's label and the next's on one page, by the upper row's
    index."""
    return [(k, b[0].bbox.top - a[0].bbox.bottom) for k, (a, b) in enumerate(zip(rows, rows[1:]))
            if a[0].bbox is not None and b[0].bbox is not None and a[0].page == b[0].page
            and a[0].text and b[0].text]


# How much closer under its row than rows stand apart a label alone is that row's wrapped line;
# closer than rows stand (their cells' padding) where it stands at the table's wrap pitch.
WRAPPED_AT_FOOT = 0.5
PADDED_APART = 0.8


def _at_wrap_pitch(table: Table, upper: float, lower: float, height: float) -> bool:
    """A label's line at `lower` (its top) stands under one at `upper`, of `height`, as far as
    the table's labels wrap (`Table.label_wrap`, top to top; s074 A11-37 "的要求", a line height
    of 1.54 and rows padded 4.7 pt)."""
    return bool(table.label_wrap) and abs(lower - upper - table.label_wrap) <= WRAP_PITCH_SLACK * height


WRAP_PITCH_SLACK = 0.1


def _name(table: Table, ctx: _Context, rules: list[CaptionRule]) -> None:
    table.heading = next((clean_text(t.text) for t in reversed(ctx.pending) if not FOOTNOTE.match(t.text)), "")
    window = ctx.pending[-CAPTION_WINDOW:]
    texts = [clean_text(t.text) for t in window]
    # Column by column: a heading wrapped over header rows ("…(单" / "位：千瑞郎)") reads whole.
    header_text = " ".join(join_lines([row[j].text for row in table.header if j < len(row)]) for j in range(table.n_cols))
    for text in reversed(texts + [header_text]):
        unit = UNIT.search(text)
        if unit and not table.unit_text:
            table.unit_text = unit.group(0)
    for text in reversed(texts):
        for rule in rules:
            match = rule.pattern.match(text)
            if not match or rule.kind == "annex" or rule.kind.endswith(HEADER_KIND):
                continue
            if rule.kind.startswith("sector") and not ctx.sector:
                continue
            table.table_id = rule.table_id.format(sector=ctx.sector, **match.groupdict())
            table.caption = text
            ctx.named.add(table.table_id)
            return
    if _named_by_header(table, ctx, rules):
        return
    if ctx.annex is not None:
        table.table_id = f"A{ctx.annex}"
        ctx.under.append((table, len(ctx.headings) - 1))
        table.caption = next((t for t in reversed(texts) if t.startswith("附件")), texts[-1] if texts else "")
        return
    _numbered_by_header(table, ctx, rules)
    # No caption: the nearest short heading-like line is the best title there is.
    table.caption = next((t for t in reversed(texts) if len(t) <= 40 and not t.endswith("。")), "")
