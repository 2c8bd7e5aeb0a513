"""A header left at a page's foot and read there as a table of text (extractors.pages), on
hand-made lines: WeasyPrint left annex 4's caption and whole two-level header at p47's foot,
its rows overleaf with no header (s021)."""
from __future__ import annotations

from dataclasses import replace

from extractors.layout import Line, Segment, Word
from extractors.model import Box, Cell, Table
from extractors.pages import _header_read_as_table

SIZE = 6.6


def line(top: float, *cells: tuple[float, float, str]) -> Line:
    return Line([Segment([Word(text, Box(x0, top, x1, top + SIZE), SIZE)]) for x0, x1, text in cells])


CAPTION = Line([Segment([Word("附件四 2022/23 年按预期成果开列的预算和资源利用情况", Box(40, 710.5, 270, 719.5), 9.0)])])
HEADER = [line(731.1, (321, 344, "2022/23"), (481, 508, "调剂使用")),
          line(739.9, (281, 304, "2022/23"), (318, 347, "年调剂使"), (481, 508, "后最终预")),
          line(748.8, (277, 307, "年核定预"), (318, 347, "用后最终"), (481, 508, "算和支出"), (520, 550, "预算利用")),
          line(757.6, (45, 121, "预期成果 (单位: 千瑞郎)"), (289, 295, "算"), (326, 339, "预算"),
               (390, 437, "2022/23 年支出"), (485, 504, "的差异"), (528, 541, "情况")),
          line(776.8, (366, 380, "人事"), (404, 423, "非人事"), (447, 461, "总计"))]
ABOVE = Table(page_start=47, page_end=47, bbox=Box(45, 400, 550, 680))


def read_as(texts: list[str]) -> Table:
    row = [Cell(t, t, 47, Box(45 + 60 * i, 731, 90 + 60 * i, 783)) for i, t in enumerate(texts)]
    return Table(page_start=47, page_end=47, bbox=Box(45, 731, 550, 783), rows=[row])


def test_a_header_at_the_foot_read_as_a_row_of_text_is_the_foot_header() -> None:
    table = read_as(["预期成果 (单位: 千瑞郎)", "2022/23 年核定预算", "2022/23 年支出 人事 非人事 总计"])
    found = _header_read_as_table([ABOVE, table], [CAPTION] + HEADER, {id(ln) for ln in HEADER},
                                  {id(table): HEADER})
    assert found is table


def test_a_row_of_figures_at_the_foot_is_a_table() -> None:
    table = read_as(["总计", "793,792", "793,792"])
    rows = [line(760, (45, 60, "总计"), (288, 314, "793,792"), (382, 408, "793,792"))]
    assert _header_read_as_table([ABOVE, table], [CAPTION] + rows, {id(ln) for ln in rows}, {id(table): rows}) is None


def test_a_header_under_a_heading_at_the_foot_is_a_foot_header_of_the_free_lines() -> None:
    """LibreOffice left a table's header under its heading "效益实现" (13 pt, over 11 pt cells)
    at p176's foot, its rows overleaf (s152). From the lines no table was read from, the
    heading opens the header as a caption does; a table of text read under a heading is
    still a table (only a caption or unit line makes its lines a header there)."""
    from extractors.pages import foot_header

    def big(top: float, text: str, size: float) -> Line:
        return Line([Segment([Word(text, Box(65, top, 65 + size * len(text), top + size), size)])])
    cells = [Line([Segment([Word(t, Box(x0, 612.4, x1, 623.8), 11.0)]) for x0, x1, t in
                   [(65, 109, "效益说明"), (254, 309, "关键绩效指"), (335, 368, "基准值"), (405, 438, "目标值"),
                    (469, 513, "绩效数据")]]),
             Line([Segment([Word("标", Box(276, 628.8, 287, 639.8), 11.0)])])]
    lines = [big(564.7, "⁸² 不包括跨领域的可交付成果：项目管理。", 8.5), big(582.7, "效益实现", 13.0)] + cells
    assert [b.texts for b in foot_header(lines, headings=True)][:2] == [["效益说明"], ["关键绩效指", "标"]]
    assert foot_header(lines) == []


def test_a_heading_at_the_foot_wrapped_as_far_as_the_pages_labels_wrap_is_one_cell() -> None:
    """s134 p140 (LibreOffice, double spacing): the header of a utilisation table alone at the
    page's foot, "经调整的 项目预" over "算" beside the one-line cells set on the foot of the
    row, 21 points apart, as far as the labels of the table above wrap. Read as a spanner
    over three columns, the utilisation checks compared the wrong columns."""
    from extractors.pages import foot_header

    def bold(top: float, *cells: tuple[float, float, str]) -> Line:
        return Line([Segment([Word(t, Box(x0, top, x1, top + 9.0), 9.0, bold=True)]) for x0, x1, t in cells])
    lines = [bold(642.3, (37.0, 100.0, "资源利用情况")),
             Line([Segment([Word("截至 2023 年 12 月 31 日的资源利用情况 (单位: 瑞郎)", Box(37.0, 669.6, 285.2, 680.1), 10.5,
                                 bold=True)])]),
             bold(700.4, (275.8, 341.3, "经调整的 项目预")),
             bold(721.7, (37.0, 73.0, "交付成果"), (218.3, 256.5, "项目 预算"), (303.9, 312.9, "算"), (370.4, 388.4, "支出"),
                  (422.2, 478.4, "预算 利用情况"), (498.8, 543.9, "实施进展率"))]
    blocks = foot_header(lines, headings=True, wraps=[(9.0, 21.3)])
    assert ["经调整的 项目预 算" == " ".join(b.texts) for b in blocks].count(True) == 1, [b.texts for b in blocks]
    assert not any(b.texts == ["算"] for b in blocks)
    # Without the page's tables to say how far labels wrap, the two lines stay two cells.
    assert any(b.texts == ["算"] for b in foot_header(lines, headings=True))


def test_a_header_cell_wrapped_above_its_line_at_a_tall_leading_is_one_cell() -> None:
    """s431 p193 (LibreOffice, Noto Sans 11 pt, cells set on their foot): "关键绩效指" stands
    centred over "标" a line and three quarters above the header's line, and no table of the
    page shows how far labels wrap. It is one cell, "关键绩效指标", or the table overleaf
    cannot take the header (six cells over five columns): its first row was read as its
    header and the header as its caption."""
    from extractors.pages import foot_header

    def word(x0: float, x1: float, top: float, bottom: float, baseline: float, text: str, size: float) -> Segment:
        return Segment([Word(text, Box(x0, top, x1, bottom), size, baseline=baseline, bold=True)])
    lines = [Line([word(65.3, 117.3, 665.0, 678.1, 676.9, "效益实现", 13.0)]),
             Line([word(238.0, 293.0, 696.4, 708.1, 707.1, "关键绩效指", 11.0)]),
             Line([word(65.3, 109.3, 715.7, 727.4, 726.4, "效益说明", 11.0), word(260.0, 271.0, 716.4, 727.4, 726.4, "标", 11.0),
                   word(323.5, 356.5, 716.4, 727.4, 726.4, "基准值", 11.0), word(397.9, 430.9, 716.4, 727.4, 726.4, "目标值", 11.0),
                   word(466.8, 510.8, 716.4, 727.4, 726.4, "绩效数据", 11.0)])]
    assert sorted(b.texts for b in foot_header(lines, headings=True)) == \
        [["关键绩效指", "标"], ["基准值"], ["效益说明"], ["目标值"], ["绩效数据"]]


def bold_line(top: float, *cells: tuple[float, float, str], size: float = 10.0) -> Line:
    return Line([Segment([Word(text, Box(x0, top, x1, top + size), size, bold=True)]) for x0, x1, text in cells])


S408_HEADING = bold_line(661.7, (68.4, 242.4, "前 10 大受理局受理的 PCT 申请"), size=12.0)
S408_HEADER = [bold_line(687.7, (483.6, 518.6, "与 2022")), bold_line(701.2, (483.6, 518.6, "年 相比")),
               bold_line(714.7, (432.6, 467.6, "2023 年"), (486.1, 516.1, "的变化")),
               bold_line(728.2, (73.8, 103.8, "受理局"), (267.0, 327.0, "国际申请年份"), (430.1, 470.1, "份额 (%)"),
                         (493.6, 508.6, "(%)")),
               bold_line(752.0, (177.4, 212.4, "2019 年"), (228.5, 263.5, "2020 年"), (279.5, 314.5, "2021 年"),
                         (330.5, 365.5, "2022 年"), (381.6, 416.6, "2023 年"))]


def test_a_bold_header_under_a_heading_at_the_foot_read_as_a_table_is_the_foot_header() -> None:
    """s408 p89 (WeasyPrint, captions as headings): A7's two header rows, all bold, at the
    foot under the heading "前 10 大受理局受理的 PCT 申请", read as a table of text of two rows;
    its rows overleaf had no header, the change in percent was checked as a sum. Set in
    regular weight, such lines are a table of text under its heading, and stay one."""
    table = read_as(["受理局", "国际申请年份", "2023 年份额 (%)", "与 2022 年相比的变化 (%)"])
    table.bbox = Box(68, 687.7, 519, 762)
    above = Table(page_start=89, page_end=89, bbox=Box(68, 400, 519, 600))
    found = _header_read_as_table([above, table], [S408_HEADING] + S408_HEADER, {id(ln) for ln in S408_HEADER},
                                  {id(table): S408_HEADER})
    assert found is table
    regular = [Line([Segment([replace(w, bold=False) for w in s.words]) for s in ln.segments]) for ln in S408_HEADER]
    assert _header_read_as_table([above, table], [S408_HEADING] + regular, {id(ln) for ln in regular},
                                 {id(table): regular}) is None
