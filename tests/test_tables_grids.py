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


def three_line_table(c: Canvas, top: float, header: list[str], rows: list[list[str]], xs: list[float],
                     font: str = "Helvetica", every_row: bool = False, x1: float = 440.0) -> float:
    """A table ruled by horizontal lines only: a rule above the header, one under it and one
    under the last row (a three-line table), or with `every_row` one under every row. Text
    left-aligned in its column; no vertical rule, no band, no bold. Returns its bottom."""
    height = A4[1]

    def rule(y: float, width: float) -> None:
        c.setLineWidth(width)
        c.line(xs[0] - 2, height - y, x1, height - y)
    rule(top, 1.0)
    y = top
    for i, cells in enumerate([header] + rows):
        c.setFont(font, 9)
        for x, text in zip(xs, cells):
            c.drawString(x, height - (y + 11), text)
        y += 15
        if i == 0 or every_row or i == len(rows):
            rule(y, 1.0 if i == len(rows) else 0.5)
    return y


def paragraph(c: Canvas, top: float, n: int = 3) -> float:
    c.setFont("Helvetica", 10)
    for i in range(n):
        c.drawString(60, A4[1] - (top + 10), "The roles below were agreed at the start of the project and hold "
                     "until its end.")
        top += 13
    return top


ROLES = [["Ana Lima", "Project lead", "Geneva"], ["Ben Ortiz", "Analyst", "Madrid"],
         ["Chen Wei", "Engineer", "Beijing"], ["Dana Roy", "Reviewer", "Nairobi"]]


@pytest.mark.parametrize("every_row", [False, True])
def test_table_of_text_ruled_by_horizontal_lines_only(tmp_path: Path, every_row: bool) -> None:
    """No figures, no vertical rule, no band, no bold: the rules above and below its lines and
    cells standing column by column under the header's say it is a table; its labels all of
    one length say nothing of where the label column wraps, the room each cell leaves does."""
    pdf = tmp_path / "three-line.pdf"
    c = Canvas(str(pdf), pagesize=A4)
    top = paragraph(c, 60)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, A4[1] - (top + 24), "Table 1. Roles in the project")
    bottom = three_line_table(c, top + 34, ["Name", "Role", "Location"], ROLES, [62, 200, 330], every_row=every_row)
    paragraph(c, bottom + 20)
    c.save()
    assert [t.rows for t in find_tables(pdf, [1])] == [[["Name", "Role", "Location"]] + ROLES]


def test_chinese_three_line_table_of_text(tmp_path: Path) -> None:
    """The three-line table of Chinese reports: a caption centred above, labels of four
    characters each (every label line ends alike), a note under the bottom rule."""
    from fonts import FontUnavailable, cjk_font
    try:
        font = cjk_font()
    except FontUnavailable as exc:
        pytest.skip(str(exc))
    pdf = tmp_path / "three-line-zh.pdf"
    c = Canvas(str(pdf), pagesize=A4)
    top = paragraph(c, 60)
    c.setFont(font, 10)
    c.drawCentredString(250, A4[1] - (top + 24), "表 1  项目分工")
    rows = [["数据整理", "统计处", "三月底"], ["报告撰写", "研究室", "六月底"], ["审核发布", "办公室", "九月底"]]
    bottom = three_line_table(c, top + 34, ["项目", "负责单位", "完成时间"], rows, [62, 220, 360], font=font)
    c.setFont(font, 8)
    c.drawString(60, A4[1] - (bottom + 14), "注：各项工作按季度检查。")
    paragraph(c, bottom + 30)
    c.save()
    assert [t.rows for t in find_tables(pdf, [1])] == [[["项目", "负责单位", "完成时间"]] + rows]


PROGRAMMES = [["Programme", "2021", "2022"], ["Patents", "1,204", "1,310"], ["Trademarks", "803", "790"],
              ["Designs", "112", "130"]]
STAFF = [["Region", "Staff", "Offices", "Share"], ["Africa", "12", "3", "8%"], ["Asia", "40", "7", "27%"],
         ["Europe", "95", "4", "65%"]]


@pytest.mark.parametrize("between", ["nothing", "heading", "note"])
def test_three_line_tables_close_together_are_apart(tmp_path: Path, between: str) -> None:
    """Two tables ruled by horizontal lines only, one under the other: nothing between them
    (the bottom rule of one, a blank, the top rule of the next), a heading in the weight and
    size of the rows, or a note. Each table's own rules (top, under its header, bottom) and
    its header say where it begins."""
    pdf = tmp_path / "three-line-pair.pdf"
    c = Canvas(str(pdf), pagesize=A4)
    top = paragraph(c, 60)
    bottom = three_line_table(c, top + 20, PROGRAMMES[0], PROGRAMMES[1:], [62, 250, 330], x1=400)
    if between == "heading":
        c.setFont("Helvetica", 9)
        c.drawString(62, A4[1] - (bottom + 14), "Staff by region")
        bottom += 20
    elif between == "note":
        c.setFont("Helvetica", 7)
        c.drawString(62, A4[1] - (bottom + 11), "Source: annual accounts.")
        bottom += 16
    else:
        bottom += 16
    three_line_table(c, bottom, STAFF[0], STAFF[1:], [62, 250, 330, 370], x1=400)
    c.save()
    assert [t.rows for t in find_tables(pdf, [1])] == [PROGRAMMES, STAFF]


CANDIDATES = ["Ana Maria Lima", "Ben Ortiz", "Chen Wei Jun"]


@pytest.mark.parametrize("turn", [90, 270])
@pytest.mark.parametrize("ruled", [True, False])
def test_column_headers_turned_sideways_read_as_printed(tmp_path: Path, turn: int, ruled: bool) -> None:
    """Column headers set sideways in a tall header row (names running up their cells, or
    down), the rest of the page upright: each header is read in the order printed, its words
    joined into one cell over its column."""
    pdf = tmp_path / "sideways-headers.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    xs = [60, 160, 200, 240, 280]             # column edges: labels, then three candidates
    top, head, row = 100.0, 80.0, 16.0
    rows = [["Ward 1", "120", "85", "40"], ["Ward 2", "98", "110", "51"], ["Ward 3", "143", "77", "62"]]
    for k, name in enumerate(CANDIDATES):
        c.saveState()
        c.setFont("Helvetica", 9)
        x = xs[k + 1] + 23
        if turn == 90:      # running up, from the bottom of the header row
            c.translate(x, height - (top + head - 4))
            c.rotate(90)
        else:               # running down, from its top
            c.translate(x - 9, height - (top + 4))
            c.rotate(-90)
        c.drawString(0, 0, name)
        c.restoreState()
    c.setFont("Helvetica", 9)
    # The stub's header at the foot of the header row beside names running up from there,
    # at its head beside names running down from there.
    c.drawString(xs[0] + 4, height - (top + head - 6 if turn == 90 else top + 12), "Ward")
    for i, cells in enumerate(rows):
        y = top + head + i * row
        c.drawString(xs[0] + 4, height - (y + 12), cells[0])
        for k, text in enumerate(cells[1:]):
            c.drawRightString(xs[k + 2] - 4, height - (y + 12), text)
    bottom = top + head + len(rows) * row
    c.setLineWidth(0.6)
    for y in [top, top + head] + [top + head + (i + 1) * row for i in range(len(rows))] if ruled else [top, top + head, bottom]:
        c.line(xs[0], height - y, xs[-1], height - y)
    if ruled:
        for x in xs:
            c.line(x, height - top, x, height - bottom)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[["Ward"] + CANDIDATES] + rows]


def test_grid_with_rules_left_out_in_some_columns(tmp_path: Path) -> None:
    """A grid drawn cell by cell: each row rule in pieces with small breaks (the piece under a
    narrow first column shorter than any table rule), and the last two columns without rules
    between their rows. Their figures, one in each row, are rows of their own, not one tall cell."""
    pdf = tmp_path / "broken-grid.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    xs = [60, 90, 190, 250, 310, 370, 430]
    rows = [["No.", "Office", "Staff", "Desks", "Rooms", "Cars"],
            ["1", "Geneva", "120", "85", "40", "3"], ["2", "Madrid", "98", "110", "", "2"],
            ["3", "Nairobi", "143", "77", "62", "5"], ["4", "Beijing", "61", "70", "35", ""]]
    top, step = 100.0, 16.0
    c.setLineWidth(0.6)
    for i in range(len(rows) + 1):
        y = height - (top + i * step)
        outer = i in (0, 1, len(rows))   # the frame and the rule under the header
        for x0, x1 in zip(xs, xs[1:]):
            if outer or x0 < xs[-3]:
                c.line(x0 + 1, y, x1 - 1, y)   # each cell's own piece, 2 pt from the next
    for x in xs:
        c.line(x, height - top, x, height - (top + len(rows) * step))
    c.setFont("Helvetica", 9)
    for i, cells in enumerate(rows):
        for x0, x1, text in zip(xs, xs[1:], cells):
            c.drawCentredString((x0 + x1) / 2, height - (top + i * step + 11), text)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [rows]


def test_tight_listing_in_zebra_stripes(tmp_path: Path) -> None:
    """A listing set tight, one record per stripe or unshaded band: a record of one line or
    of two (a name wrapped above the line of the other cells; a line left blank above a short
    one), so lines stand further apart between records than within one. The longest name
    fills its column and runs on into the next with one word space: the next column's start,
    where its other cells start, parts them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    pdf = tmp_path / "listing.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    records = [("648765", "AAA", ["NORTH AIR"], "TULSA", "74115", "2014/12/03", 1),
               ("648766", "AAA", ["SOUTHERN SKIES CARGO"], "OKLAHOMA CITY", "73159", "2014/12/16", 1),
               ("82030", "BAW", ["AMERICAN EAGLE", "AIRLINES INC"], "TULSA", "74115", "2014/09/14", 2),
               ("509462", "BAW", ["DELTA"], "CLINTON", "73601", "2014/08/19", 2),
               ("509609", "AAA", ["ENDEAVOR AIR"], "SAYRE", "73662", "2014/08/19", 1),
               ("402986", "AAA", ["A SENSU JAPANESE", "RESTAURANT"], "OWASSO", "74055", "2014/10/22", 2),
               ("415051", "BAW", ["UNITED"], "TULSA", "74133", "2015/02/14", 1)]
    city = 130 + stringWidth("SOUTHERN SKIES CARGO ", "Helvetica", 8)
    xs = [50, 90, 130, city, city + 80, city + 120]
    slot = 10.7
    c.setFont("Helvetica", 8)
    for x, text in zip(xs, ["NUMBER", "TYPE", "NAME", "CITY", "ZIP", "EXPIRES"]):
        c.drawString(x, height - 100, text)
    y = 104.0
    for k, (number, kind, name, town, zip_code, expires, slots) in enumerate(records):
        if k % 2 == 0:
            c.setFillColorRGB(0.85, 0.85, 0.85)
            c.rect(xs[0] - 2, height - (y + slots * slot), xs[-1] + 50 - xs[0], slots * slot, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        last = y + slots * slot - 3
        if len(name) == 2:
            c.drawString(xs[2], height - (last - slot), name[0])
        for x, text in zip(xs, [number, kind, name[-1], town, zip_code, expires]):
            c.drawString(x, height - last, text)
        y += slots * slot
    c.save()
    expected = [["NUMBER", "TYPE", "NAME", "CITY", "ZIP", "EXPIRES"]]
    expected += [[r[0], r[1], " ".join(r[2]), r[3], r[4], r[5]] for r in records]
    assert [t.rows for t in find_tables(pdf, [1])] == [expected]


def test_full_grid_with_a_source_line_in_its_frame(tmp_path: Path) -> None:
    """A full grid whose last row, across the whole frame, holds the source note spaced out
    (its words far apart, as no row of the table is), and a full stop set just past the right
    rule: the grid is still read from its rules, the note one cell."""
    pdf = tmp_path / "grid-source.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    bottom = draw_grid(c, 60, 80, height, SPANNING) - 1
    c.setLineWidth(0.6)
    c.rect(60, height - (bottom + 18), 280, 18, stroke=1, fill=0)
    c.setFont("Helvetica", 9)
    c.drawString(64, height - (bottom + 12), "Source:")
    c.drawString(110, height - (bottom + 12), "sales ledger")
    c.drawRightString(336, height - (bottom + 12), "2024/01/31")
    c.drawString(341, height - (bottom - 6), ".")   # after the last figure, past the frame
    c.save()
    found = find_tables(pdf, [1])
    assert len(found) == 1 and found[0].method == "lattice"
    assert found[0].rows == GRID[:-1] + [["All regions", "", "62", "70 ."], ["Source: sales ledger 2024/01/31", "", "", ""]]
    assert found[0].spans == SPANS + [[7, 0, 1, 4]]


def test_small_table_of_text_with_a_bold_header(tmp_path: Path) -> None:
    """Between paragraphs, no rule, no figure: a header in bold over two rows of text whose
    labels are of one length (they end alike, as wrapped lines of one label would): each
    row keeps its own line, none of its cells having wrapped."""
    pdf = tmp_path / "bold-header.pdf"
    c = Canvas(str(pdf), pagesize=A4)
    top = paragraph(c, 60)
    rows = [["Name", "Role", "Location"], ["Ana Lima", "Project lead", "Geneva"], ["Ben Ortiz", "Analyst", "Madrid"]]
    for i, cells in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
        for x, text in zip([62, 200, 330], cells):
            c.drawString(x, A4[1] - (top + 20 + 13 * i), text)
    paragraph(c, top + 60)
    c.save()
    assert [t.rows for t in find_tables(pdf, [1])] == [rows]


@pytest.mark.parametrize("beside", ["labels", "prose"])
def test_row_labels_left_of_a_grid(tmp_path: Path, beside: str) -> None:
    """A grid ruled around its cells of figures only, the row labels printed left of its
    frame, one on each row: they are its first column. A column of body text beside a grid
    (running on above and below it, its lines wider than labels) is not."""
    pdf = tmp_path / "labels-outside.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    header = ["2022", "2023", "2024"]
    rows = [["North", "10", "12", "15"], ["South", "20", "22", "24"], ["East", "31", "30", "29"],
            ["West", "8", "9", "11"]]
    x0, top, step, width = 260.0, 120.0, 18.0, 50.0
    c.setLineWidth(0.6)
    for i, cells in enumerate([header] + [r[1:] for r in rows]):
        for k, text in enumerate(cells):
            c.rect(x0 + k * width, height - (top + (i + 1) * step), width, step, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawCentredString(x0 + k * width + width / 2, height - (top + i * step + 12), text)
    c.setFont("Helvetica", 9)
    if beside == "labels":
        for i, row in enumerate(rows, start=1):
            c.drawString(x0 - 60, height - (top + i * step + 12), row[0])
    else:
        for i in range(-3, 9):
            c.drawString(60, height - (top + i * 13 + 10), "and so the figures in the grid")
    c.save()
    found = find_tables(pdf, [1])
    if beside == "labels":
        assert [t.rows for t in found] == [[[""] + header] + rows]
    else:
        assert [t.rows for t in found] == [[header] + [r[1:] for r in rows]]


def test_grid_with_inner_rules_only(tmp_path: Path) -> None:
    """A grid with no frame: rules between the rows and between the columns only. The header
    above the first rule reaches further right than any row's text (a longer last heading),
    but not past the rules: it is the table's."""
    pdf = tmp_path / "no-frame.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    rows = [["Region", "Quarter", "Sales", "Costs"], ["North", "Q1", "10", "12"], ["North", "Q2", "11", "13"],
            ["South", "Q1 and part of Q2", "20", "22"], ["South", "Q2", "21", "23"]]
    xs, top, step = [60, 150, 260, 320, 380], 130.0, 18.0
    c.setLineWidth(0.6)
    for i in range(1, len(rows)):
        c.line(xs[0], height - (top + i * step), xs[-1], height - (top + i * step))
    for x in xs[1:-1]:
        c.line(x, height - top, x, height - (top + len(rows) * step))
    c.setFont("Helvetica", 9)
    for i, cells in enumerate(rows):
        for x, text in zip(xs, cells):
            c.drawString(x + 4, height - (top + i * step + 12), text)
    c.save()
    assert [t.rows for t in find_tables(pdf, [1])] == [rows]


def test_grid_whose_column_rules_pause_at_section_rows(tmp_path: Path) -> None:
    """A grid with section rows across it, its vertical rules (the frame's too) drawn per block
    of rows and stopping at each section row: one table, not one per block (a grid closed at
    its last rule, with nothing printed before the next, is another table)."""
    pdf = tmp_path / "sections.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    xs, top, step = [60, 200, 260, 320], 100.0, 16.0
    lines = [("Measure", "2022", "2023"), ("Reading",), ("Letters", "0.16", "NA"), ("Words", "0.31", "0.12"),
             ("Math",), ("Counting", "NA", "0.20"), ("Shapes", "0.09", "NA")]
    c.setLineWidth(0.6)
    block = top
    for i, cells in enumerate(lines):
        y = top + i * step
        c.line(xs[0], height - y, xs[-1], height - y)
        if len(cells) == 1 or i == len(lines) - 1:
            bottom = y if len(cells) == 1 else y + step
            for x in xs:         # the rules of the block above stop here, the frame's too
                c.line(x, height - block, x, height - bottom)
            block = y + step
        c.setFont("Helvetica-Bold" if len(cells) == 1 else "Helvetica", 9)
        for x, text in zip(xs, cells):
            c.drawString(x + 4, height - (y + 12), text)
    bottom = top + len(lines) * step
    c.line(xs[0], height - bottom, xs[-1], height - bottom)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[list(cells) + [""] * (3 - len(cells)) for cells in lines]]


def test_small_table_inside_a_framed_box(tmp_path: Path) -> None:
    """A box of text framed by rules, a label column on its left, and in its right cell a
    small ruled table between paragraphs: the small table is a table of its own."""
    pdf = tmp_path / "boxed.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    left, mid, right, top, bottom = 40.0, 150.0, 520.0, 100.0, 420.0
    c.setLineWidth(0.6)
    c.rect(left, height - bottom, right - left, bottom - top, stroke=1, fill=0)
    c.line(mid, height - top, mid, height - bottom)
    c.line(left, height - 300, right, height - 300)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(left + 4, height - 114, "DEATH BENEFIT")
    c.drawString(left + 4, height - 314, "OTHER OPTIONS")
    c.setFont("Helvetica", 9)
    for i in range(5):
        c.drawString(mid + 4, height - (114 + 12 * i), "The insurer pays the beneficiaries the value of the units held at the date of "
                     "death,")
    rows = [["Age at death", "Increase"], ["18-75", "1.00%"], ["76-80", "0.50%"], ["81 and over", "0.10%"]]
    for i, cells in enumerate(rows):
        y = 190 + i * 16
        c.line(200, height - y, 420, height - y)
        c.line(200, height - (y + 16), 420, height - (y + 16))
        for x0, x1, text in ((200, 320, cells[0]), (320, 420, cells[1])):
            c.drawCentredString((x0 + x1) / 2, height - (y + 11), text)
    for x in (200, 320, 420):
        c.line(x, height - 190, x, height - (190 + 16 * len(rows)))
    for i in range(2):
        c.drawString(mid + 4, height - (262 + 12 * i), "No financial guarantee is given by the insurer: the amount paid may be "
                     "less than")
    c.drawString(mid + 4, height - 314, "None provided.")
    c.save()
    assert rows in [t.rows for t in find_tables(pdf, [1])]


def test_footnote_markers_stay_as_printed(tmp_path: Path) -> None:
    """Footnote markers (small raised digits) after a label and after a figure: `wpr tables`
    prints them as superscript digits, never run on into the text they annotate ("24.91²" is
    not 24.912); the report's cells leave them out."""
    pdf = tmp_path / "markers.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    rows = [["State", "Debt", "Loans"], ["Kerala", "29.03", "24.91"], ["Goa", "1.4", "1.02"],
            ["Total", "30.43", "25.93"]]
    marks = {(1, 2): "2", (3, 0): "1"}
    xs, top, step = [60, 200, 260], 130.0, 16.0
    c.setLineWidth(0.6)
    for y in (top - 12, top + 6, top + len(rows) * step - 8):
        c.line(xs[0], height - y, 320, height - y)
    for i, cells in enumerate(rows):
        for k, (x, text) in enumerate(zip(xs, cells)):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
            c.drawString(x, height - (top + i * step), text)
            if (i, k) in marks:
                c.setFont("Helvetica", 5)
                c.drawString(x + c.stringWidth(text, "Helvetica", 9), height - (top + i * step) + 4, marks[i, k])
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[rows[0], rows[1][:2] + ["24.91²"], rows[2], ["Total¹"] + rows[3][1:]]]


def test_figures_of_a_table_in_small_print_are_no_footnote_markers(tmp_path: Path) -> None:
    """A table set much smaller than the page's text (a wide annex table): its figures of
    digits alone ("340", "(391)") are as small as a footnote marker, but stand on their row's
    baseline beside text of their size; they stay figures. A marker raised beside a label of
    the table stays a marker."""
    pdf = tmp_path / "small-print.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    c.setFont("Helvetica", 10)
    for k in range(12):  # the page's body text, in 10 pt
        c.drawString(60, height - (70 + 14 * k), "The budget after transfers is shown by sector in the table below.")
    rows = [["Sector", "Budget", "In", "Out"], ["Patents", "230,374", "340", "(4,084)"],
            ["Brands", "80,430", "1,838", "(4,168)"], ["Copyright", "31,735", "4,284", "(391)"]]
    xs, top, step = [60, 200, 260, 320], 280.0, 12.0
    c.setLineWidth(0.5)
    for y in (top - 9, top + 4, top + len(rows) * step - 7):
        c.line(xs[0], height - y, 380, height - y)
    for i, cells in enumerate(rows):
        for x, text in zip(xs, cells):
            c.setFont("Helvetica", 6.5)
            c.drawString(x, height - (top + i * step), text)
    c.setFont("Helvetica", 4)
    c.drawString(xs[0] + c.stringWidth("Brands", "Helvetica", 6.5), height - (top + 2 * step) + 3, "1")
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[rows[0], rows[1], ["Brands¹"] + rows[2][1:], rows[3]]]


def test_rules_drawn_through_every_column_edge(tmp_path: Path) -> None:
    """A table ruled by horizontal lines only, each rule one path through a point at every
    column edge (a curve to pdfminer): rules all the same. Under the header a row of column
    numbers with a formula wrapped under one, then a rule, then the rows: one table, the
    header's wrapped lines joined."""
    pdf = tmp_path / "polyline-rules.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    xs = [60, 170, 230, 290, 350]
    header = [["State", "Total", "Market", "Loans", "Loans"], ["", "internal", "loans", "from", "from"],
              ["", "debt", "", "banks", "LIC"]]
    numbers = [["1", "2=", "3", "4", "5"], ["", "(3 to 5)", "", "", ""]]
    rows = [["Assam", "12.69", "10.02", "0.26", "0.08"], ["Bihar", "40.75", "41.54", "-1.42", "0.19"],
            ["Goa", "1.4", "1.02", "0.38", "0.31"], ["Kerala", "29.03", "24.91", "4.11", "1.77"]]

    def rule(y: float) -> None:
        path = c.beginPath()
        path.moveTo(xs[0] - 4, height - y)
        for x in xs[1:] + [410]:
            path.lineTo(x, height - y)
        c.setLineWidth(0.5)
        c.drawPath(path, stroke=1, fill=0)

    def line(y: float, cells: list[str], bold: bool = False) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        for k, text in enumerate(cells):
            if k == 0:
                c.drawString(xs[0], height - y, text)
            else:
                c.drawRightString(xs[k] + 50, height - y, text)
    rule(100)
    for i, cells in enumerate(header):
        line(112 + 11 * i, cells, bold=True)
    rule(148)
    for i, cells in enumerate(numbers):
        line(162 + 11 * i, cells)
    rule(180)
    for i, cells in enumerate(rows):
        line(196 + 16 * i, cells)
    rule(196 + 16 * len(rows) - 8)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[["State", "Total internal debt", "Market loans", "Loans from banks",
                                         "Loans from LIC"], ["1", "2= (3 to 5)", "3", "4", "5"]] + rows]


@pytest.mark.parametrize("labels_outside", [True, False])
def test_totals_row_in_a_box_under_the_grid(tmp_path: Path, labels_outside: bool) -> None:
    """A grid whose totals row is printed in a box of its own a line under the frame, its
    cells under the grid's columns (the row labels, and 'Totals', left of the frame or in its
    first column): the table's last row. A blank column in the grid is kept when the totals
    row has a figure in it."""
    pdf = tmp_path / "totals.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    rows = [["Alcona", "963", "55", "", "26"], ["Curtis", "1026", "30", "", "25"], ["Gustin", "611", "22", "", "35"],
            ["Hawes", "884", "38", "", "36"]]
    totals = ["Totals", "3484", "145", "0", "122"]
    xs = [140, 190, 230, 270, 310] if labels_outside else [60, 140, 190, 230, 270, 310]
    first = 1 if labels_outside else 0
    top, step = 100.0, 18.0
    c.setLineWidth(0.6)

    def row(y: float, cells: list[str]) -> None:
        c.setFont("Helvetica", 9)
        if labels_outside:
            c.drawString(100, height - (y + 12), cells[0])
        for k, text in enumerate(cells[first:]):
            c.drawCentredString((xs[k] + xs[k + 1]) / 2, height - (y + 12), text)
    for i, cells in enumerate(rows):
        for k in range(len(xs) - 1):
            c.rect(xs[k], height - (top + (i + 1) * step), xs[k + 1] - xs[k], step, stroke=1, fill=0)
        row(top + i * step, cells)
    under = top + len(rows) * step + 16
    c.setLineWidth(2)
    c.rect(xs[0], height - (under + step), xs[-1] - xs[0], step, stroke=1, fill=0)
    c.setLineWidth(0.6)
    for x in xs[1:-1]:
        c.line(x, height - under, x, height - (under + step))
    row(under, totals)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [rows + [totals]]


def test_centred_header_wider_than_the_table(tmp_path: Path) -> None:
    """An unruled listing whose first and last columns are narrow (two-digit codes) under
    bold headers centred over them and wider than they are: the header sticks out past the
    rows on both sides and is still the table's."""
    pdf = tmp_path / "wide-header.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    centres = [80, 160, 240, 320]
    header = [["Code", "", "Code", ""], ["of state", "State name", "of town", "Town code"]]
    rows = [["01", "Alpha", "001", "11"], ["01", "Alpha", "002", "12"], ["02", "Beta", "001", "21"],
            ["02", "Beta", "003", "23"], ["03", "Gamma", "001", "31"]]
    for i, cells in enumerate(header):
        c.setFont("Helvetica-Bold", 9)
        for x, text in zip(centres, cells):
            c.drawCentredString(x, height - (100 + 10 * i), text)
    c.setFont("Helvetica", 9)
    for i, cells in enumerate(rows):
        for x, text in zip(centres, cells):
            c.drawCentredString(x, height - (126 + 12 * i), text)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[["Code of state", "State name", "Code of town", "Town code"]] + rows]


def test_label_ended_by_dot_leaders_is_complete(tmp_path: Path) -> None:
    """Row labels run into dot leaders up to their figures; a label wrapped onto two lines has
    its leaders on its last line. A label line after a row whose label ended in leaders, set
    at the same indent and spacing, is not that row's: it begins the next row."""
    pdf = tmp_path / "leaders.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    printed = [("Drug abuse violations", None, ["1,333.0", "136.6"]), ("Gambling", None, ["8.2", "1.4"]),
               ("Offenses against the family and", "children", ["92.4", "3.7"]),
               ("Liquor laws", None, ["48.2", "90.2"]), ("Vagrancy", None, ["26.6", "2.2"])]
    c.setFont("Helvetica", 7)
    y = 100.0

    def led(x: float, text: str) -> None:
        dots = int((170 - x - c.stringWidth(text, "Helvetica", 7)) / 3.9)
        c.drawString(x, height - y, text + " ." * dots)
    for first, second, figures in printed:
        if second is None:
            led(40, first)
        else:
            c.drawString(40, height - y, first)
            y += 8
            led(44, second)
        for x, text in zip((210, 260), figures):
            c.drawRightString(x, height - y, text)
        y += 8
    c.save()
    rows = [t.rows for t in find_tables(pdf, [1])][0]
    labels = [r[0].rstrip(" .") for r in rows]
    assert "Gambling" in labels and rows[labels.index("Gambling")][1:] == ["8.2", "1.4"]
    assert rows[labels.index("children")][1:] == ["92.4", "3.7"]


def test_right_aligned_column_a_word_space_before_a_left_aligned_one(tmp_path: Path) -> None:
    """A listing whose numbers are set flush right and the next column's codes flush left one
    word space after them ("648765 AAA"), in the header as in every row: two columns, though
    no row leaves more than a word space between them."""
    pdf = tmp_path / "flush-pair.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    rows = [("648765", "AAA", "NORTH AIR", "74115", "2014/12/03"), ("82030", "AAA", "SOUTH SKIES", "73159", "2014/12/16"),
            ("509462", "AAA", "EAGLE CARGO", "74133", "2015/02/14"), ("79145", "BAW", "DELTA", "73601", "2014/08/19"),
            ("600941", "BAW", "ENDEAVOR", "73662", "2014/10/22"), ("106719", "BAW", "UNITED", "74055", "2015/03/11")]
    c.setFont("Helvetica", 8)
    space = c.stringWidth(" ", "Helvetica", 8)
    header = ("NUMBER", "TYPE", "NAME", "ZIP", "EXPIRES")
    for i, cells in enumerate([header] + rows):
        y = height - (100 + 11 * i)
        c.drawRightString(90, y, cells[0])
        c.drawString(90 + space, y, cells[1])
        for x, text in zip((140, 240, 290), cells[2:]):
            c.drawString(x, y, text)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[list(header)] + [list(r) for r in rows]]


def boxed_table_with_notes(path: Path) -> None:
    """A table set in a box: its caption under the box's top edge, a spanner underlined over
    its columns, header cells wrapped onto two or three lines set at the bottom and so tight
    that their last lines run together ("method method service service"), rows of
    figures, a rule closing them, then notes (one running the box's width) over its bottom edge."""
    height = A4[1]
    c = Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.6)
    c.rect(50, height - 236, 480, 156, stroke=1, fill=0)      # the box: 80 .. 236 from the top
    c.setFont("Helvetica", 8)
    c.drawString(56, height - 92, "Table 7 Current use of transport by background characteristics")
    c.line(54, height - 97, 526, height - 97)
    # Columns: label at 56; figures right-aligned at these x.
    rights = [200, 230, 260, 290, 320, 350]
    c.drawCentredString(297, height - 108, "Public transport")
    c.line(238, height - 111, 356, height - 111)
    header = [["", "Any", "", "", "", ""], ["Any", "public", "Local", "Long", "", ""],
              ["method", "method", "service", "service", "Tram", "Rail"]]
    # Set tight: each cell's text centred on its figures, its neighbours a word space away.
    for i, cells in enumerate(header):
        for right, text in zip(rights, cells):
            if text:
                c.drawCentredString(right - 8, height - (120 + 9 * i), text)
    c.drawString(56, height - 138, "Background characteristic")
    c.line(54, height - 142, 526, height - 142)
    rows = [["Urban", "74.8", "55.8", "42.9", "0.9", "9.7", "0.4"],
            ["Rural", "59.3", "39.0", "26.8", "0.6", "6.4", "1.2"],
            ["Lowest", "64.5", "48.6", "34.3", "0.5", "10.5", "0.7"],
            ["Highest", "78.3", "44.4", "19.5", "1.0", "9.7", "0.0"],
            ["Total", "71.2", "49.9", "32.2", "0.7", "11.7", "0.3"]]
    for i, cells in enumerate(rows):
        y = height - (152 + 10 * i)
        c.drawString(56, y, cells[0])
        for right, text in zip(rights, cells[1:]):
            c.drawRightString(right, y, text)
    c.line(54, height - 202, 526, height - 202)
    c.drawString(56, height - 212, "Note: If more than one mode is used, only the one used most is counted in this tabulation, which")
    c.drawString(56, height - 221, "leaves walking out.")
    c.drawString(56, height - 230, "na = Not available")
    c.save()


def test_boxed_table_with_notes_and_tight_wrapped_header(tmp_path: Path) -> None:
    pdf = tmp_path / "boxed.pdf"
    boxed_table_with_notes(pdf)
    found = find_tables(pdf, [1])
    rows = max((t.rows for t in found), key=len)
    assert rows[-1] == ["Total", "71.2", "49.9", "32.2", "0.7", "11.7", "0.3"]
    assert not any("Note" in cell or "Not available" in cell for row in rows for cell in row)
    # Each header cell's wrapped lines joined in its own column, not run into its neighbours'.
    columns = [" ".join(row[k] for row in rows[:-5] if row[k]) for k in range(1, 7)]
    assert [col.split()[-2:] for col in columns[:4]] == [["Any", "method"], ["public", "method"],
                                                           ["Local", "service"], ["Long", "service"]]


def test_title_in_the_frame_and_a_marker_raised_high(tmp_path: Path) -> None:
    """A framed table whose title, set larger, stands in the frame over the header with a rule
    under it across the frame; a header cell's footnote marker "(1)" set small and raised so
    high that its top clears the header line. The title is no row; the marker stays with its
    word, as printed."""
    pdf = tmp_path / "titled.pdf"
    height = A4[1]
    c = Canvas(str(pdf), pagesize=A4)
    c.setLineWidth(0.8)
    rows = [["Andhra Pradesh", "47,824,589", "9,967,837", "59,082,426"],
            ["Assam", "14,874,821", "2,554,197", "17,590,618"],
            ["Bihar", "21,016,708", "4,332,141", "30,677,849"],
            ["Goa", "4,055,567", "110,000", "4,495,620"]]
    bottom = 140 + 20 * len(rows)
    c.rect(40, height - bottom, 440, bottom - 60, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(46, height - 76, "Table: 5")
    c.drawString(160, height - 76, "Public Outlay 2012-13")
    c.line(40, height - 82, 480, height - 82)
    c.setFont("Helvetica-Bold", 10)
    rights = [250, 340, 430]
    for right, text in zip(rights, ["Revenue", "Capital", "Others"]):
        c.drawRightString(right, height - 100, text)
    c.setFont("Helvetica-Bold", 6.5)
    c.drawString(430.5, height - 96, "(1)")
    c.drawString(46, height - 100, "States")
    c.line(40, height - 120, 480, height - 120)
    c.setFont("Helvetica", 10)
    for i, cells in enumerate(rows):
        y = 120 + 20 * i
        c.drawString(46, height - (y + 13), cells[0])
        for right, text in zip(rights, cells[1:]):
            c.drawRightString(right, height - (y + 13), text)
        c.line(40, height - (y + 20), 480, height - (y + 20))
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[["States", "Revenue", "Capital", "Others⁽¹⁾"]] + rows]


def test_a_grid_whose_column_rules_stop_short_of_its_row_rules_is_one_table(tmp_path: Path) -> None:
    """A grid drawn cell by cell (ICDAR us-013): each column rule runs from a stroke below one
    row rule to the next, the joints drawn as small squares of their own. Every row is the
    grid's, not only the rows whose rules happen to meet."""
    pdf = tmp_path / "joints.pdf"
    width, height = A4
    c = Canvas(str(pdf), pagesize=A4)
    xs, tops = (70, 170, 300, 430), (100, 140, 180, 215, 280)
    rows = [("", "General", "Modified"), ("Standards", "Grade level", "Grade level"),
            ("Achievement", "Grade level", "Modified level"), ("Students", "All students", "Some students")]
    c.setLineWidth(0.7)
    for y in tops:
        c.line(xs[0], height - y, xs[-1], height - y)
    for upper, lower in zip(tops, tops[1:]):
        for x in xs:
            c.rect(x - 0.7, height - upper - 1.8, 1.4, 1.8, stroke=0, fill=1)   # the joint
            c.line(x, height - (upper + 1.8), x, height - (lower - 0.3))         # the column rule
    c.setFont("Helvetica", 9)
    for (upper, lower), cells in zip(zip(tops, tops[1:]), rows):
        for x, text in zip(xs, cells):
            c.drawString(x + 4, height - (upper + 13), text)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [[list(r) for r in rows]]


def test_text_rows_a_blank_line_apart_between_rules_round_their_groups(tmp_path: Path) -> None:
    """ICDAR us-032: rules only above and below each group of rows; in a group, a label on a
    line of its own, then rows of text wrapped to their columns, a blank line apart, the label
    column shaded from the group's top to the middle of its last row. Neither the rules nor
    the shade's edge say where its rows part; the blank lines do."""
    from reportlab.lib.utils import simpleSplit

    pdf = tmp_path / "groups.pdf"
    width, height = A4
    c = Canvas(str(pdf), pagesize=A4)
    xs, lead = (72, 170, 330, 480), 11.5
    c.setFont("Helvetica-Bold", 9)
    for x, text in zip(xs, ("Source", "Definition", "Examples")):
        c.drawString(x + 4, height - 112, text)
    groups = [("Stationary:", [("Major", "Emissions of 10 tons per year or more of any one air toxic, or 25 tons "
                                "per year or more of any combination of air toxics",
                                "Utilities, refineries, steel manufacturers, chemical manufacturers"),
                               ("Area", "Emissions of less than 10 tons per year of any one air toxic pollutant",
                                "Dry cleaners, gas stations, auto body refinishing paint shops")]),
              ("Mobile:", [("On-road", "Emissions from motorized vehicles normally operated on public roadways",
                            "Cars, buses, sport-utility vehicles, light- and heavy-duty trucks"),
                           ("Non-road", "Emissions from a diverse collection of engines, equipment, vehicles, "
                            "and vessels operated off public roads",
                            "Construction and agricultural equipment, personal watercraft")]),
              ("Indoor:", [("Homes", "Emissions from stoves, heaters and fireplaces in homes",
                            "Gas stoves, wood stoves and fireplaces")])]
    c.setLineWidth(0.8)
    rule = 118.0
    expected = [["Source", "Definition", "Examples"]]
    for label, rows in groups:
        c.line(xs[0], height - rule, xs[-1], height - rule)
        y = rule + 14
        start = y - 10
        c.setFont("Helvetica-Bold", 9)
        c.drawString(xs[0] + 4, height - y, label)
        expected.append([label, "", ""])
        y += 2 * lead
        for name, definition, examples in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(xs[0] + 4, height - y, name)
            c.setFont("Helvetica", 9)
            wrapped = [simpleSplit(text, "Helvetica", 9, right - left - 8)
                       for text, left, right in ((definition, xs[1], xs[2]), (examples, xs[2], xs[3]))]
            for k, lines in enumerate(wrapped):
                for j, line in enumerate(lines):
                    c.drawString(xs[1 + k] + 4, height - (y + j * lead), line)
            expected.append([name, definition, examples])
            last, y = y, y + (max(map(len, wrapped)) + 1) * lead
        # The label column's shade ends half-way down the group's last row.
        c.setFillColorRGB(0.8, 1.0, 0.8)
        c.rect(xs[0] + 2, height - (last + 2), xs[1] - xs[0] - 4, last + 2 - start, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        rule = y - lead + 4
    c.line(xs[0], height - rule, xs[-1], height - rule)
    c.line(xs[0], height - 100, xs[-1], height - 100)
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [expected]


def test_a_grid_whose_rows_repeat_a_row_above_is_one_table(tmp_path: Path) -> None:
    """A full grid of short words ("Hj" row after row, camelot's multiple_tables): a row
    repeating the cells of a row above is no header of a table set anew under the first
    while the grid's column rules run on through both."""
    words = [["1", "Ghfhbdhj", "1", "Hgfdhgjsdhjdsf"], ["Vgvhgh", "Hj", "Hj", "Hj"], ["Hj", "Hj", "Hj", "Hj"],
             ["Hj", "Hj", "J", "Hj"], ["V", "C", "D", "Gfhj"], ["Hjb", "B", "Jhbh", "Hj"],
             ["Hjdhshj", "Hjhjhh", "Ddnj", "dsxv"]]
    cells = [(r, col, 1, 1, text) for r, row in enumerate(words) for col, text in enumerate(row)]
    pdf = tmp_path / "repeats.pdf"
    width, height = A4
    c = Canvas(str(pdf), pagesize=A4)
    draw_grid(c, 60, 80, height, cells, widths=(110, 110, 110, 110))
    c.save()
    found = find_tables(pdf, [1])
    assert [t.rows for t in found] == [words]
