"""`wpr tables` (the generic mode) on generated pages of layouts public test suites have and the
report lacks: a full grid of rules with cells spanning rows and columns, the same table set
sideways on an upright page (text running up or down), two ruled tables close together over
white cell backgrounds, with their captions between them."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from extractors.generic import find_tables
from extractors.pdf_page import read

# (row, column, rows, columns, text) on a grid of 4 columns and 7 rows.
SPANNING = [(0, 0, 2, 1, "Region"), (0, 1, 2, 1, "Quarter"), (0, 2, 1, 2, "Sales"),
            (1, 2, 1, 1, "2022"), (1, 3, 1, 1, "2023"),
            (2, 0, 2, 1, "North"), (2, 1, 1, 1, "Q1"), (2, 2, 1, 1, "10"), (2, 3, 1, 1, "12"),
            (3, 1, 1, 1, "Q2"), (3, 2, 1, 1, "11"), (3, 3, 1, 1, "13"),
            (4, 0, 2, 1, "South"), (4, 1, 1, 1, "Q1"), (4, 2, 1, 1, "20"), (4, 3, 1, 1, "22"),
            (5, 1, 1, 1, "Q2"), (5, 2, 1, 1, "21"), (5, 3, 1, 1, "23"),
            (6, 0, 1, 2, "All regions"), (6, 2, 1, 1, "62"), (6, 3, 1, 1, "70")]
GRID = [["Region", "Quarter", "Sales", ""], ["", "", "2022", "2023"],
        ["North", "Q1", "10", "12"], ["", "Q2", "11", "13"],
        ["South", "Q1", "20", "22"], ["", "Q2", "21", "23"],
        ["All regions", "", "62", "70"]]
SPANS = [[0, 0, 2, 1], [0, 1, 2, 1], [0, 2, 1, 2], [2, 0, 2, 1], [4, 0, 2, 1], [6, 0, 1, 2]]


def draw_grid(c: Canvas, x0: float, top: float, page_height: float, cells, widths=(90, 70, 60, 60),
              row_height: float = 18.0, backgrounds: bool = False) -> float:
    """A table whose every cell is framed by rules, spanning cells with no rule inside them;
    text centred in its cell. Returns the bottom of the table (points from the page top)."""
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, col, nr, nc, text in cells:
        left, right = xs[col], xs[col + nc]
        upper, lower = top + r * row_height, top + (r + nr) * row_height
        if backgrounds:  # white behind every cell, as HTML renderers draw a cell's background
            c.setFillColor(white)
            c.rect(left, page_height - lower, right - left, lower - upper, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(0.6)
        c.rect(left, page_height - lower, right - left, lower - upper, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        c.drawCentredString((left + right) / 2, page_height - (upper + lower) / 2 - 3, text)
    return top + 1 + max(r + nr for r, _, nr, _, _ in cells) * row_height


def sideways_page(path: Path, turn: int) -> None:
    """A landscape table set sideways on a portrait page: turn 90 = text running up the page
    (the page must turn clockwise to read it), 270 = running down, 0 = upright."""
    width, height = A4
    c = Canvas(str(path), pagesize=A4)
    if turn == 90:
        c.translate(width, 0)
        c.rotate(90)
    elif turn == 270:
        c.translate(0, height)
        c.rotate(-90)
    inner_height = width if turn else height   # the height of the page as read
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, inner_height - 60, "Table 3: Sales by region and quarter")
    draw_grid(c, 60, 80, inner_height, SPANNING)
    c.setFont("Helvetica", 8)
    c.drawString(60, inner_height - 230, "Source: sales ledger; figures in thousands.")
    c.save()


@pytest.mark.parametrize("turn", [0, 90, 270])
def test_spanning_cells_in_a_full_grid_upright_or_sideways(tmp_path: Path, turn: int) -> None:
    pdf = tmp_path / f"sideways-{turn}.pdf"
    sideways_page(pdf, turn)
    assert read(pdf, 1).turned == turn
    found = find_tables(pdf, [1])
    assert len(found) == 1
    # Each spanning cell once, in its first row and column; its sub-rows keep their own rows.
    assert found[0].rows == GRID
    assert found[0].spans == SPANS
    assert found[0].method == "lattice"


def test_two_ruled_tables_close_together_over_white_backgrounds(tmp_path: Path) -> None:
    pdf = tmp_path / "two-grids.pdf"
    width, height = A4
    c = Canvas(str(pdf), pagesize=A4)
    top = 70.0
    for k in (1, 2):
        # The caption on a white box as wide as the table, touching it: nothing to see.
        c.setFillColor(white)
        c.rect(60, height - (top + 24), 280, 24, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(80, height - (top + 15), f"Table {k}: Sales by region and quarter")
        top = draw_grid(c, 60, top + 24, height, SPANNING, backgrounds=True) + 20
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [GRID, GRID]


def test_short_lines_under_a_row_are_rows_of_their_own(tmp_path: Path) -> None:
    """No rules; under a row, lines with cells in some columns only and no label. Where every
    such cell stands under a cell that ended with room for its first word, nothing wrapped:
    each line is a row. A cell that fills its column and goes on below is one wrapped cell."""
    pdf = tmp_path / "sub-rows.pdf"
    width, height = A4
    c = Canvas(str(pdf), pagesize=A4)
    xs = (70, 150, 230, 390, 470)
    lines = [("Plan", "Owner", "Steps", "Start", "Cost"),
             ("Alpha", "Ana", "Survey", "May", "1,200"),
             ("", "", "Design", "June", ""),
             ("", "", "Build", "July", ""),
             ("Beta", "Ben", "Tender for the works on the north", "March", "950"),
             ("", "", "wing and the car park", "", "")]
    for i, cells in enumerate(lines):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        for x, text in zip(xs, cells):
            c.drawString(x, height - (100 + 14 * i), text)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[
        ["Plan", "Owner", "Steps", "Start", "Cost"],
        ["Alpha", "Ana", "Survey", "May", "1,200"],
        ["", "", "Design", "June", ""],
        ["", "", "Build", "July", ""],
        ["Beta", "Ben", "Tender for the works on the north wing and the car park", "March", "950"]]]
