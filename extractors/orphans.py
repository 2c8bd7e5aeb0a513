"""Figures a table printed but no cell holds: how a reviewer learns a table was not read whole.

Two places a figure can be lost: inside the table's area, between the cells the model built
(a column or a row it did not see), and just outside it, in lines of figures that continue
the table above or below but were left out of its region (a row cut at the table's edge).
Found per page, by position, from the page's words and the cells of its tables; attached to
the assembled tables afterwards, also by position, so the assembler need not carry them.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractors.layout import Line, PageLayout
from extractors.model import Box, Table
from extractors.regions import is_figure

# A line of figures this close to a table's edge (in its own line heights) continues it.
ADJACENT_LINES = 1.5
MIN_FIGURES_IN_LINE = 2  # one figure alone beside a table is as often a page number or a note


@dataclass(frozen=True)
class Orphan:
    page: int
    text: str
    box: Box


def _inside(box: Box, area: Box, slack: float = 0.5) -> bool:
    x, y = box.center_x, (box.top + box.bottom) / 2
    return area.x0 - slack <= x <= area.x1 + slack and area.top - slack <= y <= area.bottom + slack


def _cell_boxes(tables: list[Table], page: int) -> list[Box]:
    return [cell.bbox for table in tables for row in table.header + table.rows for cell in row
            if cell.bbox is not None and cell.page == page]


def _adjacent(line: Line, area: Box) -> bool:
    """A line just above or below the table, overlapping it across the page."""
    box = line.box
    reach = ADJACENT_LINES * max(line.size, box.height)
    overlaps = min(box.x1, area.x1) - max(box.x0, area.x0) > 0.5 * min(box.width, area.width)
    near = -reach <= box.top - area.bottom <= reach or -reach <= area.top - box.bottom <= reach
    return overlaps and near


def page_orphans(layout: PageLayout, tables: list[Table]) -> list[Orphan]:
    """The figures of this page inside or just beside one of its tables that are in no cell."""
    cells = _cell_boxes(tables, layout.page)
    areas = [table.bbox for table in tables if table.page_start == layout.page]
    found: list[Orphan] = []
    for line in layout.lines:
        # Only the cells level with the line can hold its figures: looked for first, as a
        # page has hundreds of cells and each line's figures would be tried against them all.
        level = [c for c in cells if c.top - 0.5 <= line.box.bottom and line.box.top <= c.bottom + 0.5]
        figures = [s for s in line.segments if is_figure(s) and not any(_inside(s.box, c) for c in level)]
        if not figures:
            continue
        in_area = [s for s in figures if any(_inside(s.box, a) for a in areas)]
        beside = (len(figures) >= MIN_FIGURES_IN_LINE and not in_area
                  and any(_adjacent(line, a) for a in areas))
        for segment in figures if beside else in_area:
            found.append(Orphan(layout.page, segment.text, segment.box))
    return found


def _extent(table: Table, page: int) -> Box | None:
    boxes = [c.bbox for row in table.header + table.rows for c in row if c.bbox is not None and c.page == page]
    return Box.around(boxes) if boxes else None


def _distance(box: Box, area: Box) -> float:
    dx = max(area.x0 - box.x1, box.x0 - area.x1, 0.0)
    dy = max(area.top - box.bottom, box.top - area.bottom, 0.0)
    return dx + dy


def assign_orphans(orphans: list[Orphan], tables: list[Table]) -> list[list[Orphan]]:
    """Each assembled table's orphans: those of its pages nearest to the cells it has there."""
    assigned: list[list[Orphan]] = [[] for _ in tables]
    for orphan in orphans:
        candidates = [(_distance(orphan.box, extent), i) for i, table in enumerate(tables)
                      if (extent := _extent(table, orphan.page)) is not None]
        if candidates:
            assigned[min(candidates)[1]].append(orphan)
    return assigned


def attach_orphans(orphans: list[Orphan], tables: list[Table]) -> list[Table]:
    """The assembled tables, each holding its orphans (`Table.orphans`)."""
    for table, own in zip(tables, assign_orphans(orphans, tables)):
        table.orphans = own
    return tables
