"""How large a table's text may be: a designer shrinks a wide table until its longest figure
fits its column, as both engines would otherwise print figures over each other."""
from __future__ import annotations

import re

from benchmarks.renderings.document import Table
from benchmarks.renderings.style import Style

PAGE_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
PT_MM = 25.4 / 72
DIGIT_EM = 0.6  # a Latin digit or comma is at most ~0.6 em wide in the CJK fonts used
SMALLEST = 5.0
_FIGURE = re.compile(r"^[(\-]?[\d,.]+\)?%?$")


def text_width_mm(style: Style, landscape: bool) -> float:
    width, height = PAGE_MM[style.page]
    return (height if landscape else width) - 2 * style.margin_mm


def longest_figure(table: Table) -> int:
    """Characters of the longest figure in a value column (0 when it has none)."""
    return max((len(cell.strip()) for row in table.rows[table.header_rows:] for cell in row[1:]
                if _FIGURE.match(cell.strip())), default=0)


def table_font_size(table: Table, style: Style, landscape: bool) -> float:
    """The style's size (1.5 pt less on landscape pages), shrunk until figures fit."""
    size = max(6.0, style.font_size - 1.5) if landscape else style.font_size
    chars = longest_figure(table)
    if chars == 0 or table.n_cols < 2:
        return size
    column_mm = text_width_mm(style, landscape) * (1 - style.label_width) / (table.n_cols - 1)
    room_pt = column_mm / PT_MM - 2 * style.padding
    return round(max(SMALLEST, min(size, room_pt / (chars * DIGIT_EM))), 1)
