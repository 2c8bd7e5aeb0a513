"""The last row of a table read from the lines at the top of the next page
(extractors.row_overleaf), on hand-made lines."""
from __future__ import annotations

from extractors.model import Box, Cell, Table
from extractors.pages import TextLine
from extractors.row_overleaf import wrapped_row_overleaf


def text_line(top: float, *cells: tuple[float, float, str], size: float = 8.0) -> TextLine:
    return TextLine(top, cells[0][0], size, "  ".join(c[2] for c in cells), list(cells), top + size)


def table() -> Table:
    header = [[Cell(text, text, 2) for text in ("主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数",
                                                 "2022/23 年实际数与计划和预算的差异")]]
    row = [Cell("重估储备金盈余", "", 2, Box(76, 700, 160, 708)), Cell("", "", 2),
           Cell("(12.3)", "", 2, Box(380, 700, 402, 708)), Cell("", "", 2)]
    return Table(page_start=2, page_end=2, bbox=Box(76, 60, 520, 750), header=header, rows=[row])


def test_a_row_wrapped_round_its_figure_under_the_header_repeated() -> None:
    """WeasyPrint, cells on their middle (s045 p3)."""
    lines = [text_line(71.6, (406, 518, "2022/23 年 实际数与计划 和预")),
             text_line(76.9, (76, 124, "主要财务数据"), (185, 269, "2022/23 年 计划和预算"), (311, 379, "2022/23 年 实际数")),
             text_line(82.3, (446, 478, "算的差异")),
             text_line(96.5, (76, 160, "2023 年 12 月 31 日净")),
             text_line(101.9, (382, 402, "605.2")),
             text_line(107.2, (76, 92, "资产")),
             text_line(127.6, (74, 521, "¹ 2022/23 年预算。"), size=6.4)]
    found = wrapped_row_overleaf(table(), lines, 3)
    assert found is not None
    row, read = found
    assert [c.text for c in row] == ["2023 年 12 月 31 日净资产", "", "605.2", ""]
    assert read == lines[:6] and row[2].page == 3


def test_text_at_the_top_of_the_page_is_no_row() -> None:
    heading = [text_line(62, (76, 200, "二、 计划绩效")), text_line(80, (76, 500, "本两年期的收入为 972.2 百万瑞郎。"))]
    assert wrapped_row_overleaf(table(), heading, 3) is None
    no_label = [text_line(62, (382, 402, "605.2"))]
    assert wrapped_row_overleaf(table(), no_label, 3) is None


def test_rows_going_on_at_the_top_of_the_page_after_a_wrapped_one_are_all_read() -> None:
    """WeasyPrint, booktabs, cells on their middle (s201 p3): the table's last two rows overleaf,
    the first wrapped round its figure, the second on one line, then the closing rule and a
    footnote. Once only the first was read, the table's closing total was lost and the
    cross-table check compared annex 6's closing net assets with the opening ones."""
    from extractors.assemble import assemble
    from extractors.pages import PageResult
    lines = [text_line(46.0, (76, 186, "2023 年 12 月 31 日计入净资产的精算收")),
             text_line(51.5, (378, 403, "(233.4)")),
             text_line(56.9, (76, 107, "益/(损失)")),
             text_line(75.2, (76, 168, "2023 年 12 月 31 日净资产"), (380, 401, "605.2")),
             text_line(98.2, (45, 566, "¹ 2022/23 年预算。"), size=6.0)]
    pages = [PageResult(page=2, width=612, height=792, tables=[table()], texts=[]),
             PageResult(page=3, width=612, height=792, tables=[], texts=lines)]
    found = assemble(pages)
    assert len(found) == 1, found
    assert [[c.text for c in row] for row in found[0].rows[-2:]] == [
        ["2023 年 12 月 31 日计入净资产的精算收益/(损失)", "", "(233.4)", ""],
        ["2023 年 12 月 31 日净资产", "", "605.2", ""]], found[0].rows
