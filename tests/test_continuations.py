"""A table continued at the top of the next page is one table (#14), however the page shows
it: with fewer columns seen (the rows there leave some empty), or with a single row."""
from __future__ import annotations

from extractors.assemble import assemble
from extractors.model import Box, Cell, Table
from extractors.pages import PageResult, TextLine

XS = [(62, 200), (300, 330), (390, 420), (490, 515), (570, 600), (660, 690), (750, 780)]


def cells(page: int, top: float, texts: list[str], xs: list[tuple[float, float]]) -> list[Cell]:
    return [Cell(t, t, page, Box(x0, top, x1, top + 8.5)) for t, (x0, x1) in zip(texts, xs)]


def part(page: int, header: list[list[str]], rows: list[list[str]], xs: list[tuple[float, float]]) -> Table:
    return Table(page_start=page, page_end=page, bbox=Box(57, 70, 785, 300),
                 header=[cells(page, 60, r, xs) for r in header],
                 rows=[cells(page, 80 + 16 * i, r, xs) for i, r in enumerate(rows)])


def page(number: int, texts: list[TextLine], tables: list[Table]) -> PageResult:
    furniture = [TextLine(30, 740, 8, "WO/PBC/37/7"), TextLine(570, 420, 8, f"{number} / 9")]
    return PageResult(page=number, width=842, height=595, tables=tables, texts=furniture + texts)


HEADER = [["主要财务数据", "会费", "PCT", "马德里", "海牙", "里斯本", "合计"]]


def test_fewer_columns_seen_on_the_next_page_go_under_the_same_columns() -> None:
    # Page 2 has figures in columns 1, 2, 4 and 6 only: five columns are seen there.
    first = part(1, HEADER, [["收入", "36,233", "738,987", "162,270", "13,497", "775", "951,762"]], XS)
    seen = part(2, [], [["盈余", "(12,411)", "146,711", "(2,746)", "121,455"]],
                [XS[0], XS[1], XS[2], XS[4], XS[6]])
    pages = [page(1, [TextLine(40, 57, 12.5, "附件六 2022/23 年按联盟开列的主要财务数据")], [first]),
             page(2, [], [seen])]
    [table] = assemble(pages)
    assert (table.page_start, table.page_end, table.n_cols) == (1, 2, 7)
    assert [c.text for c in table.rows[1]] == ["盈余", "(12,411)", "146,711", "", "(2,746)", "", "121,455"]


def test_columns_that_stand_under_none_of_the_previous_ones_are_another_table() -> None:
    first = part(1, HEADER, [["收入", "36,233", "738,987", "162,270", "13,497", "775", "951,762"]], XS)
    other = part(2, [], [["甲", "1", "2"]], [(62, 120), (230, 260), (340, 370)])
    pages = [page(1, [TextLine(40, 57, 12.5, "附件六 主要财务数据")], [first]), page(2, [], [other])]
    assert len(assemble(pages)) == 2


def test_a_header_of_its_own_is_another_table() -> None:
    first = part(1, HEADER, [["收入", "36,233", "738,987", "162,270", "13,497", "775", "951,762"]], XS)
    other = part(2, [["项目", "预算", "支出", "差异", "利用率"]], [["甲", "1", "2", "3", "4%"]],
                 [XS[0], XS[1], XS[2], XS[4], XS[6]])
    pages = [page(1, [TextLine(40, 57, 12.5, "附件六 主要财务数据")], [first]), page(2, [], [other])]
    assert len(assemble(pages)) == 2


def test_one_column_printed_apart_overleaf_goes_under_one_column() -> None:
    # "N/A" set left and "100%" right in the last column: two columns seen on page 2,
    # never both in one row, both under the previous part's last column.
    xs = [(62, 200), (336, 370), (411, 444), (454, 533)]
    first = part(1, [["交付成果", "项目预算", "支出", "实施进展率"]],
                 [["设计", "30,500", "30,160", "100%"], ["集成", "161,000", "160,933", "N/A"]],
                 [xs[0], xs[1], xs[2], (485, 533)])
    seen = part(2, [], [["培训", "8,500", "8,298", "", "100%"], ["项目管理", "100,000", "134,417", "N/A", ""]],
                [xs[0], xs[1], xs[2], (485, 500), (512, 533)])
    pages = [page(1, [TextLine(40, 57, 9, "截至 2023 年 12 月 31 日的资源利用情况 (单位: 瑞郎)")], [first]),
             page(2, [], [seen])]
    [table] = assemble(pages)
    assert [[c.text for c in row] for row in table.rows[2:]] == [["培训", "8,500", "8,298", "100%"],
                                                                 ["项目管理", "100,000", "134,417", "N/A"]]


def test_a_line_of_figures_overleaf_is_the_last_row_only_under_the_same_columns() -> None:
    xs = [(62, 200), (300, 330), (390, 420)]

    def first() -> Table:
        return part(1, [["部门", "预算", "支出"]], [["专利", "1,000", "900"]], xs)
    under = TextLine(60, 62, 8.5, "总计  1,000  900", [(62, 79, "总计"), (300, 330, "1,000"), (395, 420, "900")], 68.5)
    elsewhere = TextLine(60, 62, 8.5, "2023 年  12 月  31", [(62, 90, "2023 年"), (200, 230, "12 月"), (500, 520, "31")], 68.5)
    [table] = assemble([page(1, [TextLine(40, 57, 9, "表5. 预算")], [first()]), page(2, [under], [])])
    assert (table.page_end, [c.text for c in table.rows[-1]]) == (2, ["总计", "1,000", "900"])
    [table] = assemble([page(1, [TextLine(40, 57, 9, "表5. 预算")], [first()]), page(2, [elsewhere], [])])
    assert (table.page_end, len(table.rows)) == (1, 1)


def test_section_labels_the_renderer_repeated_with_the_header_are_dropped() -> None:
    """A renderer repeating a table's head overleaf may take the first section label with it
    (set in the head): under the repeated header, that label again is no row, and the next
    section label is a row of its own, not the run-on of the last row's label."""
    xs = XS[:4]
    header = [["", "预算", "调剂使用后", "支出"]]
    first = part(1, header, [["A. 人事费", "", "", ""], ["员额", "451,089", "431,306", "428,758"],
                             ["财务成本", "", "", ""], ["小计", "2,480", "453", "530"]], xs)
    overleaf = part(2, header, [["A. 人事费", "", "", ""], ["业务费用", "", "", ""],
                                ["通信", "3,003", "2,094", "1,618"]], xs)
    pages = [page(1, [TextLine(40, 57, 12.5, "表6. 按费用类别开列的预算与支出")], [first]), page(2, [], [overleaf])]
    [table] = assemble(pages)
    assert [row[0].text for row in table.rows] == ["A. 人事费", "员额", "财务成本", "小计", "业务费用", "通信"]


def test_rows_under_booktabs_rules_are_not_open_at_a_page_foot(tmp_path) -> None:
    """Booktabs rules a table's head and foot only: a page break after any row leaves no row
    unclosed that its rules would have closed (open_end), even with the first section label
    set above the rule under the head. Rows ruled one by one are open where the last rule is
    missing."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from extractors.pages import extract_page

    height = A4[1]
    rows = [["A. Staff", "", ""], ["Posts", "451,089", "428,758"], ["Temporary", "14,897", "19,025"],
            ["Finance", "", ""], ["Subtotal", "2,480", "530"]]

    def draw(path, every_row: bool) -> None:
        c = Canvas(str(path), pagesize=A4)
        xs, top, step = (60, 250, 350), 620.0, 18.0
        c.setFont("Helvetica-Bold", 9)
        for x, text in zip(xs[1:], ("Budget", "Spent")):
            c.drawString(x, height - top, text)
        c.setLineWidth(0.8)
        c.line(60, height - (top - 12), 420, height - (top - 12))
        for i, cells in enumerate(rows):
            y = top + (i + 1) * step
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
            for x, text in zip(xs, cells):
                c.drawString(x, height - y, text)
            if i == 0 or every_row and i < len(rows) - 1:   # booktabs: the rule under the head
                c.line(60, height - (y + 6), 420, height - (y + 6))
        c.save()

    for every_row in (False, True):
        pdf = tmp_path / f"foot-{every_row}.pdf"
        draw(pdf, every_row)
        [table] = extract_page(pdf, 1).tables
        assert table.open_end is every_row


def test_a_section_label_over_the_rows_at_the_top_of_the_next_page_is_the_tables_row() -> None:
    """A renderer may leave the section row that opens a page outside the table's frame and
    shades (header not repeated): set as the row labels are, one row over the first row, it
    is that table's row, and the rows under it go on the table."""
    xs = XS[:4]
    header = [["", "预算", "调剂使用后", "支出"]]
    first = part(1, header, [["A. 人事费", "", "", ""], ["员额", "451,089", "431,306", "428,758"],
                             ["小计", "212,364", "228,160", "197,315"]], xs)
    overleaf = part(2, [], [["小计", "2,480", "453", "530"], ["通信", "3,003", "2,094", "1,618"],
                            ["总计", "5,483", "2,547", "2,148"]], xs)
    label = TextLine(80 - 16, xs[0][0], 8.5, "财务成本", cells=[(xs[0][0], xs[0][0] + 34, "财务成本")],
                     bottom=80 - 16 + 8.5)
    pages = [page(1, [TextLine(40, 57, 12.5, "表6. 按费用类别开列的预算与支出")], [first]),
             page(2, [label], [overleaf])]
    [table] = assemble(pages)
    assert [row[0].text for row in table.rows] == ["A. 人事费", "员额", "小计", "财务成本", "小计", "通信", "总计"]
    assert (table.page_start, table.page_end) == (1, 2)
