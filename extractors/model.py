"""Plain data passed between the stages: what the extractor found on the page.

Everything keeps its position (PDF points, top-left origin as in pdfplumber) so
that later stages can point a reviewer at the piece of the page a value came from.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from extractors.text import clean_text, has_marks


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def overlaps_x(self, other: "Box") -> bool:
        """The two share some width: one stands over the other, at least in part."""
        return min(self.x1, other.x1) > max(self.x0, other.x0)

    def overlaps_y(self, other: "Box") -> bool:
        """The two share some height: side by side, at least in part."""
        return min(self.bottom, other.bottom) > max(self.top, other.top)

    def within_x(self, other: "Box", slack: float = 0.0) -> bool:
        """This box stands within the other's ends, give or take `slack`."""
        return self.x0 >= other.x0 - slack and self.x1 <= other.x1 + slack

    def union(self, other: "Box") -> "Box":
        return Box(min(self.x0, other.x0), min(self.top, other.top),
                   max(self.x1, other.x1), max(self.bottom, other.bottom))

    @staticmethod
    def around(boxes: "Iterable[Box]") -> "Box":
        """The smallest box holding all of them (at least one)."""
        # One pass, not four: this runs for every word and line of every page.
        it = iter(boxes)
        first = next(it)
        x0, top, x1, bottom = first.x0, first.top, first.x1, first.bottom
        for b in it:
            if b.x0 < x0:
                x0 = b.x0
            if b.top < top:
                top = b.top
            if b.x1 > x1:
                x1 = b.x1
            if b.bottom > bottom:
                bottom = b.bottom
        return Box(x0, top, x1, bottom)

    @property
    def center_x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def center_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Cell:
    """One printed cell. `text` is cleaned (lines joined, NFKC, radicals mapped,
    CJK spaces removed); `raw` is the text as printed (footnote markers kept)."""
    text: str
    raw: str
    page: int                      # 1-based
    bbox: Box | None = None


@dataclass
class Table:
    """A table as printed, possibly continued over several pages.

    `header` holds the header rows as a grid (a spanning header cell is repeated
    in every column it spans); `rows` holds the body rows, column 0 being the
    row label. Every row of `header` and `rows` has `n_cols` cells.
    """
    page_start: int
    page_end: int
    bbox: Box                      # on page_start
    header: list[list[Cell]] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    caption: str = ""              # nearest caption above the table (表N / 附件N / ...)
    unit_text: str = ""            # e.g. "(单位: 千瑞郎)" when printed near the table
    method: str = "words"          # which extractor won: words | camelot-lattice | camelot-stream
    quality: float = 0.0           # the score the winner was chosen by
    table_id: str = ""             # filled by the caption → id stage
    # The nearest line read since the table before it, footnotes and page furniture aside
    # ("": it follows that table directly): the heading its id is keyed by (extractors.ids).
    heading: str = ""
    piece_of: str = ""             # the id of the table it is a second piece of (extractors.ids)
    open_end: bool = False         # ruled table whose last row has no rule under it (may go on)
    # The last row's label ends on a line that fills its column: it may go on overleaf.
    label_runs_on: bool = False
    # Rules close its rows one by one: a last row closed so (not `open_end`) ends there.
    rows_ruled: bool = False
    # The body's text size as printed (0: not known). A cell's box says it only for a cell of
    # one line; a table whose every cell wraps has none.
    text_size: float = 0.0
    # How far apart the body's labels wrap, baseline to baseline (0: no label shows it): a
    # header alone at the page's foot is set so too (extractors.pages.foot_header).
    label_wrap: float = 0.0
    # Figures printed in or just beside the table that are in no cell (extractors.orphans.Orphan)
    orphans: list = field(default_factory=list)
    # Cells spanning several grid positions, as (row, column, rows, columns) of grid():
    # such a cell is written once, in its first row and column (extractors.lattice).
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    # The page's lines read as rows from the top, header and all, for a header in regular
    # weight: what the top of a page holds when it is a table continued with no header
    # repeated (extractors.assemble takes it when the header repeats nothing of the table's).
    rows_if_continued: list[list[Cell]] = field(default_factory=list)
    # Light fills behind its rows (zebra stripes, shaded totals), by page: a row goes on
    # overleaf on the same shade it began on.
    stripes: list[tuple[int, Box]] = field(default_factory=list)

    @property
    def n_cols(self) -> int:
        rows = self.header or self.rows
        return len(rows[0]) if rows else 0

    def column_labels(self) -> list[str]:
        """Header path of every column, levels joined with ' / ' (repeats collapsed)."""
        labels = []
        for col in range(self.n_cols):
            parts: list[str] = []
            for row in self.header:
                text = row[col].text
                if text and (not parts or parts[-1] != text):
                    parts.append(text)
            labels.append(" / ".join(parts))
        return labels

    def grid(self, marks: bool = False) -> list[list[str]]:
        """Header and body rows as plain strings (the generic `wpr tables` view); with `marks`,
        footnote markers kept as printed (superscript digits)."""
        return [[clean_text(c.raw, marks=True) if marks and has_marks(c.raw) else c.text for c in row]
                for row in self.header + self.rows]


def clusters(values: list[float], within: float) -> list[list[float]]:
    """Values in ascending order, grouped by chains no more than `within` apart (rule
    positions drawn twice, cuts between columns that several rows agree on)."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= within:
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups
