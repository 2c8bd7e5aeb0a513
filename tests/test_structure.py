"""Row, column and header building on hand-made lines (no PDF needed)."""
from __future__ import annotations

import pytest

from extractors.layout import Line, Segment, Word
from extractors.model import Box, Cell
from extractors.regions import Region
from extractors.structure import (Column, _cell_leading, _label_ended, _split_at_gutters, build_table, find_columns,
                                  group_rows, header_blocks, header_rows, merge_headerless, place_header)

SIZE = 8.5


def line(top: float, *cells: tuple[float, str], size: float = SIZE) -> Line:
    """A printed line: (x0, text) per cell, each cell one word 5 pt per character wide."""
    segments = []
    for x0, text in cells:
        width = 5.0 * len(text)
        segments.append(Segment([Word(text, Box(x0, top, x0 + width, top + size), size)]))
    return Line(segments)


def texts(rows: list[list[Line]]) -> list[list[str]]:
    return [[ln.text for ln in row] for row in rows]


def test_columns_from_gaps_between_cells() -> None:
    lines = [line(100, (60, "专利和技术"), (200, "1,234"), (300, "94%")),
             line(112, (60, "品牌"), (195, "12,345"), (305, "9%"))]
    cols = find_columns(lines, Region(lines=lines))
    assert [(round(c.x0), round(c.x1)) for c in cols] == [(60, 85), (195, 225), (300, 315)]


def test_rules_decide_rows_when_every_row_is_ruled() -> None:
    lines = [line(100, (60, "实习和产权组织研究")), line(112, (60, "金")),
             line(130, (60, "实习"), (200, "1,543")),
             line(148, (60, "产权组织研究金"), (200, "13,464"))]
    cols = [Column(60, 150), Column(190, 240)]
    rows = group_rows(lines, cols, separators=[125.0, 143.0])
    assert texts(rows) == [["实习和产权组织研究", "金"], ["实习  1,543"], ["产权组织研究金  13,464"]]


def test_wider_gap_starts_a_row_without_rules() -> None:
    lines = [line(100, (60, "1.1 世界范围内的传播"), (200, "18,504")), line(112, (60, "的了解")),
             line(130, (60, "2.1 兼顾各方利益"), (200, "20,893"))]
    rows = group_rows(lines, [Column(60, 160), Column(190, 240)], separators=[])
    assert texts(rows) == [["1.1 世界范围内的传播  18,504", "的了解"], ["2.1 兼顾各方利益  20,893"]]


def test_second_value_in_a_column_starts_a_row_at_even_spacing() -> None:
    lines = [line(100, (60, "申请"), (200, "145")), line(112, (60, "注册"), (200, "138")),
             line(124, (60, "续展"), (200, "66"))]
    rows = group_rows(lines, [Column(60, 160), Column(190, 240)], separators=[])
    assert len(rows) == 3


def test_two_level_header_paths() -> None:
    header = [line(60, (60, "部门"), (215, "2022/23 年支出"), (330, "利用率")),
              line(80, (200, "人事"), (250, "非人事"), (290, "总计"))]
    body = [line(100, (60, "专利"), (200, "9,473"), (250, "355"), (290, "9,828"), (330, "92%"))]
    region = Region(lines=header + body)
    cols = find_columns(body, region)
    cols, placed = place_header(header, cols)
    grid = header_rows(placed, len(cols), page=1)
    from extractors.model import Table
    table = Table(page_start=1, page_end=1, bbox=region.box, header=grid, rows=[])
    assert table.column_labels() == ["部门", "2022/23 年支出 / 人事", "2022/23 年支出 / 非人事",
                                     "2022/23 年支出 / 总计", "利用率"]


def test_wrapped_header_cell_is_one_cell() -> None:
    header = [line(60, (200, "2022/23 年调剂"), (300, "支出")), line(70, (200, "使用后预算"))]
    body = [line(100, (60, "专利"), (215, "1,234"), (300, "5")), line(112, (60, "品牌"), (215, "2,345"), (300, "6"))]
    table = build_table(Region(lines=header + body), page=3)
    assert table is not None
    assert table.column_labels() == ["", "2022/23 年调剂使用后预算", "支出"]
    assert [[c.text for c in row] for row in table.rows] == [["专利", "1,234", "5"], ["品牌", "2,345", "6"]]
    assert table.rows[0][1].page == 3 and table.rows[0][1].bbox is not None


def test_headerless_column_folds_into_its_neighbour() -> None:
    def cells(*values: str) -> list[Cell]:
        return [Cell(v, v, 1) for v in values]
    header = [cells("交付成果", "支出", "预算利用情况", "")]
    body = [cells("评估", "100%", "", "100%"), cells("项目支持", "-", "N/A", "")]
    header, body = merge_headerless(header, body)
    assert [[c.text for c in row] for row in body] == [["评估", "100%", "100%"], ["项目支持", "-", "N/A"]]
    assert len(header[0]) == 3


def test_columns_in_conflict_stay_apart() -> None:
    def cells(*values: str) -> list[Cell]:
        return [Cell(v, v, 1) for v in values]
    header = [cells("部门", "预算", "")]
    body = [cells("专利", "1", "2")]
    _, body = merge_headerless(header, body)
    assert len(body[0]) == 3


def test_a_bracketed_word_goes_on_a_line_whole() -> None:
    """A label line ending short of its column by less than "（VDI）" filled it: a line never
    ends on an opening bracket and a Latin word is never broken, so the bracket, the word and
    the closing bracket went to the next line together. The label was not complete."""
    above = line(100, (60, "为 PCT 实施企业"))
    below = line(112, (60, "（VDI）解决方案"), (200, "486,500"))
    cols = [Column(60, 130), Column(190, 240)]
    assert not _label_ended(above, below, cols, limit=130.0)
    # One CJK character after the bracket is all that must go along with it.
    assert _label_ended(above, line(112, (60, "（一）解决方案"), (200, "486,500")), cols, limit=130.0)


def test_footnote_marker_below_the_line_keeps_a_wrapped_label_in_its_row() -> None:
    """A marker drawn from another font ("构 ⁷⁰", Chromium) reaches below the line's text: the
    line stands where its text does, at the wrapped label's spacing, not a row of its own."""
    def wrapped(top: float, text: str, marker: str = "") -> Line:
        label = line(top, (60, text), size=8.0)
        if marker:
            x0 = label.segments[0].words[-1].box.x1 + 1
            label.segments[0].words.append(Word(marker, Box(x0, top + 0.9, x0 + 6, top + 8.9), 8.0))
        return label
    lines = [line(100, (60, "开展软件应用架构评估和审"), (200, "134,659"), (260, "100%"), size=8.0), wrapped(110.5, "查"),
             line(130, (60, "交付 RSP 底层设计混合云架"), (200, "500,000"), (260, "95%"), size=8.0),
             wrapped(140.5, "构", "⁷⁰"),
             line(160, (60, "为 PCT 实施企业解决"), (200, "486,500"), (260, "100%"), size=8.0), wrapped(170.5, "方案"),
             line(190, (60, "交付混合云托管环境"), (200, "300,000"), (260, "76%"), size=8.0)]
    rows = group_rows(lines, [Column(60, 185), Column(195, 240), Column(255, 285)], separators=[])
    assert [len(row) for row in rows] == [2, 2, 2, 1]


def test_figures_alone_at_a_wrapped_labels_middle_begin_the_body() -> None:
    """A row's figure set at the middle of its wrapped label, on a line of its own between
    the label's lines, under a header: that row is the first of the body, not the header's."""
    lines = [line(60, (60, "主要财务数据"), (200, "2022/23 年实际数")),
             line(84, (60, "2023 年 12 月 31 日计入净资产")), line(90, (205, "(233.4)")),
             line(96, (60, "的精算收益/(损失)")),
             line(114, (60, "2023 年 12 月 31 日净资产"), (210, "605.2"))]
    table = build_table(Region(lines=lines), page=3)
    assert table is not None
    assert [[c.text for c in row] for row in table.header] == [["主要财务数据", "2022/23 年实际数"]]
    assert [row[1].text for row in table.rows] == ["(233.4)", "605.2"]



def test_header_right_of_flush_right_figures_heads_a_column_of_its_own() -> None:
    """A continued table's page where the last column is empty: the figures beside it end at
    one x (set flush right in their cells), so its wrapped header, standing wholly right of
    that edge, is not theirs; their own header stands left of them, as a header centred over
    short right-aligned figures does."""
    header = [line(60, (60, "项目"), (170, "计划"), (260, "实际"), (330, "实际与计划之")),
              line(70, (340, "差异"))]
    body = [line(100, (60, "甲"), (200, "-"), (290, "0.0")),
            line(112, (60, "乙"), (200, "-"), (275, "(36.0)")),
            line(124, (60, "丙"), (185, "70.8"), (280, "121.5"))]
    table = build_table(Region(lines=header + body), page=3)
    assert table is not None
    assert table.column_labels() == ["项目", "计划", "实际", "实际与计划之差异"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["甲", "-", "0.0", ""], ["乙", "-", "(36.0)", ""], ["丙", "70.8", "121.5", ""]]


def test_a_wrapped_header_cell_leaves_the_column_its_neighbour_stands_over() -> None:
    """A continued table's last page with figures in one column only: the wrapped heading
    beside that column's own heading does not take its column (it would become the heading's
    parent, and the page would no longer continue its table); it heads a column of its own,
    empty on this page, as every heading standing over no figures does."""
    header = [line(50, (43, "主要财务数据"), (217, "2022/23 年计划和预算"), (346, "2022/23 年实际数"),
                   (449, "2022/23 年实际数与计划和")),
              line(67, (476, "预算的差异"))]
    body = [line(93, (43, "2023 年计入净资产的精算"), (370, "(233.4)")),
            line(111, (43, "收益/(损失)")),
            line(137, (43, "2023 年净资产"), (372, "605.2"))]
    table = build_table(Region(lines=header + body), page=4)
    assert table is not None
    assert table.column_labels() == ["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数",
                                     "2022/23 年实际数与计划和预算的差异"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["2023 年计入净资产的精算收益/(损失)", "", "(233.4)", ""], ["2023 年净资产", "", "605.2", ""]]


def test_first_row_set_on_its_bottom_under_a_bold_header_is_body() -> None:
    """A table of long text cells set on their bottom: the first row's wrapped label and
    indicator start above its figures, in regular weight under a header set in bold. They are
    that row's lines, not the header's lower level."""
    def bold(ln: Line) -> Line:
        for seg in ln.segments:
            for w in seg.words:
                w.bold = True
        return ln
    lines = [bold(line(60, (60, "效益说明"), (190, "关键绩效指标"), (300, "基准值"), (390, "目标值"))),
             line(80, (60, "提高关键系统的服")),
             line(92, (60, "务水平和减少中断"), (190, "系统的可用")),
             line(104, (60, "时间"), (210, "性"), (320, "99.5%"), (410, "99.8%")),
             line(125, (60, "减少恶意披露"), (190, "暴露比例"), (320, "74.5%"), (410, "53.5%"))]
    table = build_table(Region(lines=lines), page=110)
    assert table is not None
    assert table.column_labels() == ["效益说明", "关键绩效指标", "基准值", "目标值"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["提高关键系统的服务水平和减少中断时间", "系统的可用性", "99.5%", "99.8%"],
        ["减少恶意披露", "暴露比例", "74.5%", "53.5%"]]


def _standing(base: float, *cells: tuple[float, str, float], size: float = 10.0) -> Line:
    """A printed line on baseline `base`: (x0, text, descent) per cell, each one word whose box
    ends `descent` below the baseline, as its font's descent puts it."""
    return Line([Segment([Word(text, Box(x0, base + descent - size, x0 + 10.0 * len(text), base + descent), size,
                               baseline=base)]) for x0, text, descent in cells])


def test_a_cells_leading_is_measured_between_baselines() -> None:
    """LibreOffice's CJK font ends 2.7 pt below its baseline, the Latin one 0.8: measured at
    their bottoms, a label line of Latin words under one of CJK text stood 1.9 pt closer than
    the cell's leading, which then looked too short for the header's wrapped cell, and its
    first line was read as a spanner over three columns (s026 A11-05). Between baselines the
    leading is the cell's, and the wrapped heading is one cell."""
    cjk, latin, pitch = 2.7, 0.8, 21.4
    lines = []
    for top in (200.0, 290.0, 380.0):  # three rows of three label lines, figures on the last
        lines += [_standing(top, (57, "提供与所选", cjk)), _standing(top + pitch, (57, "RSP", latin)),
                  _standing(top + 2 * pitch, (57, "设计", cjk), (190, "164,475", latin), (266, "98,359", latin))]
    cols = [Column(57, 150), Column(190, 260), Column(266, 340)]
    rules = [top + 2 * pitch + 8 for top in (200.0, 290.0)]
    leading = _cell_leading(lines, rules, cols)
    assert leading == pytest.approx(pitch, abs=0.05)
    header = [_standing(150.0, (236, "经调整的项目", cjk)),
              _standing(150.0 + pitch, (57, "交付成果", cjk), (190, "项目预算", cjk), (256, "预算", cjk))]
    blocks = header_blocks(header, leading=leading)
    assert [b.texts for b in blocks] == [["经调整的项目", "预算"], ["交付成果"], ["项目预算"]]


def test_one_row_whose_label_ends_on_its_figures_shows_the_cells_leading() -> None:
    """A header band and one row at a page's foot (LibreOffice, s002), the row's label wrapped
    over three lines and its figures on the last: the label's lines, the last one with the
    figures, show the cell's leading, by which the headings wrapped over two lines in the
    band are one cell each, not a spanner over three columns and a row of cells."""
    pitch = 23.9
    lines = [_standing(583.6, (57, "2.1 兼顾各方利益的有", 2.7)), _standing(583.6 + pitch, (57, "效知识产权国际准则", 2.7)),
             _standing(583.6 + 2 * pitch, (57, "制定框架得到发展", 2.7), (215, "2,101", 0.8), (338, "2,165", 0.8),
                       (460, "1,760", 0.8))]
    cols = [Column(57, 163), Column(215, 243), Column(338, 365), Column(460, 487)]
    leading = _cell_leading(lines, [], cols)
    assert leading == pytest.approx(pitch, abs=0.05)
    header = [_standing(530.0, (150, "2022/23 年 计划和预", 2.7), (300, "2022/23 年 调剂使用", 2.7)),
              _standing(530.0 + pitch, (57, "预期成果", 2.7), (215, "算", 2.7), (350, "后 预算", 2.7),
                        (450, "2022/23 年 支出", 2.7))]
    blocks = header_blocks(header, leading=leading)
    assert [b.texts for b in blocks] == [["2022/23 年 计划和预", "算"], ["2022/23 年 调剂使用", "后 预算"], ["预期成果"],
                                         ["2022/23 年 支出"]]


def test_rows_of_text_a_cells_padding_apart_are_rows() -> None:
    """A table of text as a word processor sets it (s002's list of CMP projects): one-line
    rows whose baselines stand a cell's padding, a quarter of a leading, further apart, and one row wrapped
    over two lines one leading apart. Every one-line row is a row of its own."""
    cjk, leading, pitch = 2.7, 23.9, 30.1
    texts_ = [("CMP 24", "网络技术更换——项目完成报告"), ("CMP 25", "财务管理系统——项目进展报告"),
              ("CMP 31", "企业绩效管理第二代云系统——项目进展报告")]
    lines = [_standing(100 + i * pitch, (57, label, cjk), (178, text, cjk), size=11) for i, (label, text) in
             enumerate(texts_)]
    top = 100 + 3 * pitch
    lines += [_standing(top, (178, "安全性增强、数据加密和用户管理第二期", cjk), size=11),
              _standing(top + leading, (57, "CMP 33", cjk), (178, "——项目完成报告", cjk), size=11),
              _standing(top + leading + pitch, (57, "CMP 34", cjk), (178, "会议系统升级——项目完成报告", cjk), size=11)]
    cols = [Column(57, 120), Column(178, 560)]
    rows = group_rows(lines, cols, separators=[])
    assert [len(row) for row in rows] == [1, 1, 1, 2, 1]


def test_a_header_cell_wrapped_over_three_tall_lines_is_one_cell() -> None:
    """A word processor's tall lines (2.1 times the text size) and a body of one-line ruled
    rows: the body shows no leading, but a header cell of three lines one under the other at
    one pitch does. "DG/", "DDG/", "ADG" are one cell beside the one-line "D" (s026 A5)."""
    size, pitch = 8.5, 18.1
    header = [line(100, (40, "DG/"), size=size), line(100 + pitch, (37.5, "DDG/"), size=size),
              line(100 + 2 * pitch, (40, "ADG"), (80, "D"), (120, "P"), size=size)]
    assert [b.texts for b in header_blocks(header)] == [["DG/", "DDG/", "ADG"], ["D"], ["P"]]


def test_a_heading_on_the_middle_of_its_columns_is_centred_though_it_starts_near_a_child() -> None:
    """Three spanners side by side, each centred over five children; the second happens to
    begin 1.5 pt from its second child. It still heads its own five columns, not that child
    and the next group's first (s031 and s029 A5, whose 差异 then lost two of its columns).
    A left-aligned heading begins where its first child does, to a fraction of a point."""
    def group(x: float) -> list[tuple[float, str]]:
        return [(x, "ADG"), (x + 40, "D"), (x + 80, "P"), (x + 120, "G"), (x + 160, "合计")]
    # Spanners 5 pt a character, each on its group's middle (135, 335, 535); the second, 90 pt
    # wide, begins 1.5 pt right of its "D" (x 290).
    header = [line(100, (0, "部门"), (125, "核定预算"), (291.5, "调剂使用后最终预算调剂使用后最终预算"), (525, "差异总数")),
              line(118, *group(50), *group(250), *group(450))]  # a row's padding below
    body = [line(136, (0, "专利和技术"), *[(x, "9") for x in range(50, 650, 40)])]
    cols = find_columns(body, Region(lines=body))
    cols, placed = place_header(header, cols)
    rows = header_rows(placed, len(cols), 1)
    spans = {cell.text: [i for i, c in enumerate(rows[0]) if c.text == cell.text] for cell in rows[0] if cell.text}
    assert spans["调剂使用后最终预算调剂使用后最终预算"] == [6, 7, 8, 9, 10]
    assert spans["差异总数"] == [11, 12, 13, 14, 15]


def test_a_heading_centred_over_five_years_in_a_top_set_header_heads_all_five() -> None:
    """A7 in Chromium: the header set at the top of its cells, "国际申请年份" centred over
    five years on the line under it, its neighbours' headings starting on its own line, one
    wrapped down past it. It is as much on the middle of the three years under its text as
    of all five; the first and last years, with nothing over them, would start on the top
    line were they headings of their own: they are its too."""
    years = [(260 + 45 * k, f"{2019 + k}年") for k in range(5)]
    header = [line(563, (46, "受理局"), (347.5, "国际申请年份"), (485, "份额"), (530, "与2022")),
              line(577, (485, "(%)"), (530, "年相比")),
              line(591, (530, "的变化")), line(600, *years)]
    body = [line(620, (46, "中国"), *[(x, "60,997") for x, _ in years], (485, "27.1"), (530, "-0.8"))]
    cols = find_columns(body, Region(lines=body))
    cols, placed = place_header(header, cols)
    from extractors.model import Table
    table = Table(page_start=1, page_end=1, bbox=Region(lines=header + body).box,
                  header=header_rows(placed, len(cols), 1), rows=[])
    assert table.column_labels() == ["受理局"] + [f"国际申请年份 / {year}" for _, year in years] \
        + ["份额(%)", "与2022年相比的变化"]


def test_a_heading_over_the_middle_years_alone_where_headings_are_set_low() -> None:
    """The same header set at the foot of its cells: the headings beside the spanner end on
    the years' line, so a year with nothing over it may be a heading of its own. The spanner
    heads the narrowest run it is centred over."""
    years = [(260 + 45 * k, f"{2019 + k}年") for k in range(5)]
    header = [line(563, (347.5, "国际申请年份")),
              line(586, (46, "受理局"), *years, (485, "份额"), (530, "变化"))]
    body = [line(606, (46, "中国"), *[(x, "60,997") for x, _ in years], (485, "27.1"), (530, "-0.8"))]
    cols = find_columns(body, Region(lines=body))
    cols, placed = place_header(header, cols)
    from extractors.model import Table
    table = Table(page_start=1, page_end=1, bbox=Region(lines=header + body).box,
                  header=header_rows(placed, len(cols), 1), rows=[])
    assert table.column_labels()[1:6] == ["2019年"] + [f"国际申请年份 / {y}年" for y in (2020, 2021, 2022)] \
        + ["2023年"]


def test_figures_a_point_apart_in_small_print_are_two_columns() -> None:
    """Small print in narrow columns: a total row's wide figures stand a point apart, and
    another row's figure of the next column begins half a point further left; the spans of
    the two columns run together. Figures side by side on a line part them (s066 A10-02,
    whose first two columns of figures were read as one)."""
    def right(x1: float, text: str) -> tuple[float, str]:
        return (x1 - 5.0 * len(text), text)   # set flush right: 5 pt a character
    rows = [("甲", "6,446.23", "39,725.05"), ("乙", "557,237.23", "239,107.62"), ("丙", "1,045,396.38", "-"),
            ("丁", "8,806,160.04", "5,129,160.00"), ("总计", "17,347,988.16", "8,231,151.49")]
    # Right edges as a renderer's glyph widths leave them: within a point of the column's.
    ends = {"5,129,160.00": 505.5, "17,347,988.16": 445.1}
    body = [line(20 + 11 * i, (10, label), right(ends.get(a, 445.0), a), right(ends.get(b, 506.1), b))
            for i, (label, a, b) in enumerate(rows)]
    table = build_table(Region(lines=body), page=1)
    assert table is not None and [[c.text for c in row] for row in table.rows] == [list(r) for r in rows]


def test_centred_figures_whose_gaps_part_only_in_a_sliver_are_two_columns() -> None:
    """Centred small print: a wide figure's end comes within a point of the next column's
    wide figures, so no gap's middle is clear of every figure but the total row's. The
    gaps of all rows still share a sliver no figure crosses: the part falls there (s076
    A10-02, whose first two columns of figures were read as one: 230 cells)."""
    rows = [("甲", ("6,446.23", 375.8, 395.7), ("39,725.05", 406.5, 428.9)),
            ("乙", ("557,237.23", 373.7, 398.7), ("239,107.62", 405.7, 430.7)),
            ("丙", ("1,045,396.38", 373.7, 403.7), ("-", 416.4, 418.9)),
            ("丁", ("1,049,688.58", 373.7, 403.7), ("468,646.00", 405.7, 430.7)),
            ("戊", ("8,806,160.04", 373.7, 403.7), ("5,129,160.00", 405.7, 435.7)),
            ("总计", ("17,347,988.16", 373.7, 405.4), ("8,231,151.49", 406.4, 435.7))]

    def placed(top: float, label: str, *figures: tuple[str, float, float]) -> Line:
        cells = [(label, 75.0, 75.0 + 5.0 * len(label))] + list(figures)
        return Line([Segment([Word(text, Box(x0, top, x1, top + 5.0), 5.0)]) for text, x0, x1 in cells])
    body = [placed(137 + 15 * i, label, a, b) for i, (label, a, b) in enumerate(rows)]
    table = build_table(Region(lines=body), page=1)
    assert table is not None
    assert [[c.text for c in row] for row in table.rows] == [[label, a[0], b[0]] for label, a, b in rows]


def test_one_line_rows_padded_far_apart_are_rows_whatever_their_figures_and_labels() -> None:
    """Every row one line, padded 2.8 lines apart: the last two rows' figures stand in other
    columns, and the upper label fills its column. No cell's wrapped lines stand so far
    apart, so they are two rows (s074 T7: "发展支出占总预算的百分比" and "信托基金" were one)."""
    rows = [["专利和技术", "9,473", "-", "9,473"], ["品牌和外观设计", "10,563", "355", "10,918"],
            ["总计", "147,909", "2,404", "150,312"], ["发展支出占总预算的百分比(合计)", "", "", "18.9%"],
            ["信托基金", "34,847", "", ""]]
    body = [line(20 + 24 * i, (10, r[0]), *[(x, v) for x, v in zip((100, 150, 200), r[1:]) if v])
            for i, r in enumerate(rows)]
    table = build_table(Region(lines=body), page=1)
    assert table is not None and [[c.text for c in row] for row in table.rows] == rows


def test_a_heading_over_children_six_type_sizes_down_on_tall_lines_is_their_parent() -> None:
    """Small type on tall lines (5 pt on 8.4 pt lines): a heading at the header's top, its
    children on the header's last line four of its lines down, beside a cell wrapped over
    three lines. Six lines down is measured in the header's lines, not in its type (s077
    A10-02: "2023 年收入" headed only the middle of its five columns)."""
    size = 5.0
    header = [line(88.45, (65, "捐助方"), (405, "截至2022"), (496, "2023年收入"), size=size),
              line(96.9, (408, "年12月"), size=size), line(105.3, (406, "31日余额"), size=size),
              line(124.95, (441, "收到"), (475, "利息"), (509, "其他"), (547, "汇差"), (576, "总额"), size=size)]
    body = [line(161.5 + 20 * i, (65, label), *[(x, f"{i + 1}.{k}0") for k, x in enumerate((405, 441, 475, 509, 547, 576))],
                 size=size) for i, label in enumerate(["中国", "法国"])]
    table = build_table(Region(lines=header + body), page=1)
    assert table is not None
    assert table.column_labels() == ["捐助方", "截至2022年12月31日余额"] + [
        f"2023年收入 / {c}" for c in ("收到", "利息", "其他", "汇差", "总额")]


def test_a_heading_right_over_its_middle_child_is_not_wrapped_into_it() -> None:
    """Chromium in small print (s049 A5): "2022/23 年核定预算" centred over five short
    headings a line under it, "P" right under its middle and as close under it as a cell's
    wrapped line. The heading reaches over the children beside P: they are its columns'
    headings, P one of them, not the rest of its text. "差异", too short to reach over
    its children, is their parent as the headings beside it on its line are."""
    header = [line(58.9, (20, "部门"), (351, "2022/23年核定预算"), (511, "2022/23年调剂预算"), (695.5, "差异")),
              line(67.9, *[(x + d, t) for d in (0, 160, 320)
                           for x, t in zip((307, 346, 378, 410, 438), ("DG", "D", "P", "G", "合计"))])]
    blocks = [b.texts for b in header_blocks(header)]
    assert blocks[:5] == [["部门"], ["2022/23年核定预算"], ["2022/23年调剂预算"], ["差异"], ["DG"]]
    assert blocks.count(["P"]) == 3, "差异, short over its five, is their parent as the headings beside it are"


def test_a_label_heading_wrapped_over_five_tall_lines_is_one_heading() -> None:
    """LibreOffice, cells double-spaced (s062 A12): the label column's heading wraps over
    five lines a line's height apart, flush left and each as long as the first; the heading
    beside it wraps once at that pitch, its foot centred under it. One heading each, the
    unit at the foot of the first."""
    pitch = 18.0
    texts = ["预期成果3.1产权组织的", "全球知识产权体系、服务、", "知识和数据得到更广泛、更", "有效的使用(单位:千瑞", "郎)"]
    header = [line(100, (65, texts[0]), (200, "核定预算"), (300, "2022/23 调剂使用后"), (435, "支出"))]
    header += [line(100 + pitch * k, (65, text)) for k, text in enumerate(texts[1:], start=1)]
    header[1] = line(100 + pitch, (65, texts[1]), (320, "最终预算"))
    assert [b.texts for b in header_blocks(header)] == [texts, ["核定预算"], ["2022/23 调剂使用后", "最终预算"], ["支出"]]


def test_headings_wrapped_a_tall_line_down_one_centred_one_filling_its_cell() -> None:
    """LibreOffice, cells double-spaced (s062 A1): two headings wrap onto the line a line's
    height under them, one centred and shorter ("2022/23 年计划" / "和预算"), one flush left
    and as long (its cell filled: "2022/23 年调剂" / "使用后最终预算"). Both are wrapped
    text, not headings of a second level; the spanner between them has its children a line
    further down."""
    header = [line(69, (65, "部门"), (266, "2022/23年计划"), (425, "调剂使用"), (559, "2022/23年调剂")),
              line(87.1, (283.5, "和预算"), (559, "使用后的最终预算总额")),
              line(108.4, (344, "拨入"), (418, "拨出"), (486, "总净额"))]
    assert [b.texts for b in header_blocks(header)] == [
        ["部门"], ["2022/23年计划", "和预算"], ["调剂使用"], ["2022/23年调剂", "使用后的最终预算总额"], ["拨入"], ["拨出"], ["总净额"]]


def test_headings_wrapped_beside_headings_set_at_their_foot_are_one_cell_each() -> None:
    """LibreOffice, header cells set at their foot on tall lines (s002 and s071 A1): two
    headings wrap, "2022/23年计划" / "和预算" and "2022/23年调剂" / "使用后最终预算"; the
    headings beside them, one line each, stand on the line of their feet, and a spanner's
    children a line further down. Each wrapped heading is one cell, not the parent of what
    stands on the line under it."""
    header = [line(62.7, (232, "2022/23年计划"), (548, "2022/23年调剂")),
              line(80.2, (57, "部门(单位:千瑞郎)"), (249.5, "和预算"), (403, "调剂使用"), (548, "使用后的最终预算总额"),
                   (669, "调剂使用占比%")),
              line(108.4, (316, "拨入"), (395, "拨出"), (470, "总净额"), (653, "部门"), (707, "计划和预算总额"))]
    blocks = [b.texts for b in header_blocks(header)]
    assert ["2022/23年计划", "和预算"] in blocks and ["2022/23年调剂", "使用后的最终预算总额"] in blocks, blocks
    assert ["部门(单位:千瑞郎)"] in blocks and ["调剂使用"] in blocks


def test_a_label_heading_wrapped_below_the_headings_beside_it_keeps_its_unit() -> None:
    """The label column's heading wraps over five lines set on the header row's middle; the
    figures' headings stand on its third line. Its last two lines, the unit among them, go on
    at the cell's pitch and the first row stands a padding further: they are the heading's,
    not a row without figures (s030 A12 lost "(单位：千瑞郎)" and its checks failed)."""
    pitch = 11.6
    header = [line(112, (42, "务、知识和数据"), (172, "核定预算"), (290, "最终预算"), (454, "支出")),
              line(112 + pitch, (42, "更有效的使用”")), line(112 + 2 * pitch, (42, "(单位：千瑞郎)"))]
    body = [line(112 + 2 * pitch + 14.6, (42, "专利和技术"), (200, "3,067"), (320, "3,607"), (470, "3,647")),
            line(112 + 2 * pitch + 29.2, (42, "马德里"), (195, "10,161"), (315, "10,290"), (470, "9,934"))]
    table = build_table(Region(lines=header + body), page=3)
    assert table is not None
    assert [c.text for c in table.header[-1]][0].endswith("(单位:千瑞郎)")
    assert [row[0].text for row in table.rows] == ["专利和技术", "马德里"]


def test_one_long_row_shows_the_cells_leading() -> None:
    """A table's page holding one row, its label wrapped over four lines: no rows of figures
    show the rows' pitch, but the label's lines show how far apart a cell's lines stand, and
    the header's wrapped heading is read with it (s026 A11-21)."""
    cjk, pitch = 2.7, 21.4
    lines = [_standing(200 + i * pitch, (57, "将海牙四个面向用户", cjk)) for i in range(3)]
    lines.append(_standing(200 + 3 * pitch, (57, "权限管理", cjk), (190, "232,822", cjk), (266, "196,805", cjk)))
    cols = [Column(57, 150), Column(190, 260), Column(266, 340)]
    assert _cell_leading(lines, [], cols) == pytest.approx(pitch, abs=0.05)


def _cells(top: float, *cells: tuple[float, float, str], size: float = 8.0) -> Line:
    """A printed line from (x0, x1, text) cells; cells in one tuple list are one segment."""
    return Line([Segment([Word(text, Box(x0, top, x1, top + size), size)]) for x0, x1, text in cells])


def _joined(top: float, left: tuple[float, float, str], right: tuple[float, float, str], size: float = 8.0) -> Line:
    """Two cells' texts read as one segment (set a word space or so apart)."""
    return Line([Segment([Word(t, Box(x0, top, x1, top + size), size) for x0, x1, t in (left, right)])])


def test_a_strip_touched_by_a_label_one_character_short_parts_two_columns() -> None:
    """Chromium (s013): the benefit column's wrapped lines end on the strip of white or one
    ideograph short of it (the next one went over with the comma after it); the indicator
    column starts 4.7 pt on. Both lines touch the strip: two columns."""
    lines = [_cells(488, (47, 79, "效益说明"), (251, 299.6, "关键绩效指标"), (509, 541, "绩效数据")),
             _cells(538, (47, 71, "户体验"), (283.5, 315.5, "织帐户）"), (549.6, 565.7, "77%")),
             _joined(586, (47, 230.93, "使用现代金融交易处理设施，方便客户缴费，并提供"), (235.6, 314.6, "使用缴费小程序的用户")),
             _cells(596, (47, 95, "综合缴费信息"), (299.5, 315.5, "数量"), (519.9, 564.8, "1,630")),
             _cells(609, (240.8, 315.5, "通过 ePay2 所提供服")),
             _joined(708, (47, 222.9, "中国家的中小企业和个体企业更易获得产权组织服"), (235.6, 315.5, "使用服务的发展中国家")),
             _cells(717, (47, 126.7, "务，从而造福于所有人"), (264, 315.5, "用户日均数量"), (526, 565.7, "18,092"))]
    table = build_table(Region(lines=lines), page=103)
    assert table is not None
    assert [row[1].text for row in table.rows if row[0].text.startswith("使用现代")] == ["使用缴费小程序的用户数量"]




def test_a_table_of_text_is_parted_at_its_strips_from_its_second_line_on() -> None:
    """No bare figure anywhere (indicators continued overleaf, their header not repeated):
    the lines under the first say where its columns part. Targets set flush right end 3 pt
    before the performance data set flush left, so two of them read with it as one cell."""
    lines = [_cells(41, (47, 200, "产权组织主要社交媒体的覆盖面"), (430, 482.3, "（2023 年底）")),
             _joined(153, (378.8, 398.9, "全部"), (403.2, 482.3, "2023 年：全部")),
             _cells(162, (401.8, 482.3, "旗舰出版物中的六种）")),
             _joined(185, (378.8, 398.9, "达标"), (403.2, 482.3, "42%（19 种中的 8 种）")),
             _cells(197, (402.4, 482.3, "为在产权组织网站上使")),
             _cells(236, (47, 180, "在修订的语言政策路线图"), (319, 398.9, "以战略性、受众驱动型"), (401.8, 460, "可提供多达六种"))]
    parted = _split_at_gutters(lines)
    assert [[s.text for s in ln.segments] for ln in parted][1:4:2] == [["全部", "2023 年：全部"],
                                                                       ["达标", "42%（19 种中的 8 种）"]]


def test_a_table_of_text_with_a_figure_late_is_parted_from_its_second_line_on() -> None:
    """LibreOffice, indicators centred in a narrow grid (s110): the label column's full lines
    end 6.6 pt before the baseline column's text, and on two rows a label line runs into it
    as one segment. A lone "100%" a few rows down is no first row of figures: the lines say
    where the columns part from under the header on, as in a table without any figure."""
    size = 10.5
    lines = [_cells(41.6, (40, 82, "绩效指标"), (214, 235, "基准"), (308, 330, "目标"), size=size),
             _cells(124.1, (40, 176.3, "产权组织网站和驻外办事处网"), (368, 458, "27,802,067 人（增"), size=size),
             _cells(139.2, (40, 155, "站的唯一身份访问者人数"), (191, 259, "20,086,245 人"), (282, 356, "两年期增长 20%"),
                    size=size),
             _joined(278.3, (40, 176.3, "产权组织主要社交媒体的覆盖"), (188, 269, "人 Instagram: 387"), size=size),
             _cells(312.3, (40, 176.3, "成员国和其他利益攸关方对活"), (183, 267, "100%满意或非常满"), size=size),
             _joined(391.3, (40, 176.3, "语言的产权组织旗舰出版物的"), (183, 270, "出版了 7 种旗舰出"), size=size),
             _cells(406.4, (40, 71, "百分比"), (186, 264, "版物中的 7 种）"), (308, 329, "100%"), size=size),
             _cells(455.2, (40, 176.3, "权主题产权组织全球出版物的"), (183, 267, "60%（10 种中的 6"), size=size)]
    parted = _split_at_gutters(lines)
    assert [[s.text for s in ln.segments] for ln in parted][3:6:2] == [
        ["产权组织主要社交媒体的覆盖", "人 Instagram: 387"], ["语言的产权组织旗舰出版物的", "出版了 7 种旗舰出"]]


def test_a_figure_set_tight_before_a_text_opening_with_one_is_two_cells() -> None:
    """LibreOffice, right-aligned text columns 4 pt apart, no word space between (s104): the
    target "100%" and the performance data "42%（19 种中" are two cells, as two figures side
    by side are; a figure and its own bracketed note a word space on stay one."""
    from extractors.layout import split_segments

    def word(text: str, x0: float, x1: float) -> Word:
        return Word(text=text, box=Box(x0, 0, x1, 11), size=11)

    tight = split_segments([word("100%", 358, 386), word("42%（19", 390.2, 436), word("种中", 439, 460)])
    assert [s.text for s in tight] == ["100%", "42%（19 种中"]
    spaced = split_segments([word("2022", 300, 324), word("年:", 327, 340), word("100%（7", 343, 380)])
    assert [s.text for s in spaced] == ["2022 年: 100%（7"]


def test_a_quote_from_a_font_set_higher_stays_in_its_words_line() -> None:
    """Chromium with Droid Sans Fallback takes “ ” from Noto Sans CJK, whose glyph boxes stand
    2.4 pt higher: the marks came before their line in the top order, joined the line of the
    next column's wrapped cell (which they also touch), and the label read "“ ”使静态网页"."""
    from extractors.layout import group_lines

    def word(text: str, x0: float, top: float) -> Word:
        return Word(text=text, box=Box(x0, top, x0 + 9 * len(text), top + 9), size=9)

    lines = group_lines([word("外观和风格", 463, 460.6), word("使", 48, 466.6), word("“", 57, 465.3),
                         word("静态", 66, 466.6), word("”", 84, 465.3), word("网页现代化", 93, 466.6),
                         word("页内容", 463, 471.9)])
    texts = [ln.text.replace(" ", "") for ln in lines]
    assert texts == ["外观和风格", "使“静态”网页现代化", "页内容"]


def test_digits_set_lower_by_a_fallback_font_stay_on_their_cells_line() -> None:
    """Chromium (s061 T1): a header set on its middle beside a wrapped heading puts its line
    half a line (4.2 pt of 8.3) under the heading's first line, and "2022/23", from a
    fallback font, stands 0.9 pt lower than "年计划和预算" beside it: its middle fell in the
    next line's boxes and the cell was cut in two. Words touching on one baseline are one
    line's."""
    from extractors.layout import group_lines

    def word(text: str, x0: float, baseline: float, lower: float = 0.0) -> Word:
        top = baseline - 8.2 + lower
        width = (4.2 if text.isascii() else 8.3) * len(text)
        return Word(text=text, box=Box(x0, top, x0 + width, top + 8.3), size=8.33, baseline=baseline)

    lines = group_lines([word("2022/23", 451, 736.7, 0.9), word("年", 486, 736.7), word("实际数与计", 497, 736.7),
                         word("主要财务数据", 53, 740.9), word("2022/23", 254, 740.9, 0.9), word("年", 287, 740.9),
                         word("计划和预算", 298, 740.9), word("划", 465, 745.75), word("和预算的差异", 475, 745.75)])
    texts = [[seg.text for seg in ln.segments] for ln in lines]
    assert any("2022/23 年 计划和预算" in line for line in texts), texts
    assert texts[-1] == ["划 和预算的差异"], texts


def test_figures_whose_boxes_start_higher_than_the_label_on_their_baseline_are_its_line() -> None:
    """Cells set on their middle (Chromium, s073's 效益实现): a wrapped cell's lines stand half
    a line off the row's line, and the row's figures, Latin glyphs whose boxes start 1.2 pt
    higher than the CJK label on their baseline, come first in the top order: their middles
    fall in the wrapped cell's line above. Words sharing the one baseline of the line beside
    theirs are that line's."""
    from extractors.layout import group_lines

    def word(text: str, x0: float, baseline: float) -> Word:
        top = baseline - (7.04 if text.isascii() else 5.88)
        width = (4.0 if text.isascii() else 8.0) * len(text)
        return Word(text=text, box=Box(x0, top, x0 + width, top + 8.0), size=8.0, baseline=baseline)

    lines = group_lines([word("与联合国安全风险管", 237, 460.75), word("类事件的缓解措施保", 237, 471.0),
                         word("100%", 335, 476.25), word("(2022", 353, 476.25), word("100%", 452, 476.25),
                         word("降低了枪击案和相关事件", 57, 476.25), word("年", 375, 476.25), word(")", 383, 476.25),
                         word("持一致。", 235, 481.5)])
    texts = [[seg.text for seg in ln.segments] for ln in lines]
    assert texts == [["与联合国安全风险管"], ["类事件的缓解措施保"],
                     ["降低了枪击案和相关事件", "100% (2022 年 )", "100%"], ["持一致。"]], texts


def _words_line(top: float, *cells: list[tuple[str, float, float]], size: float = 6.7) -> Line:
    """A printed line: per cell, its words as (text, x0, x1)."""
    return Line([Segment([Word(text, Box(x0, top, x1, top + size), size) for text, x0, x1 in words])
                 for words in cells])


def test_header_cells_set_a_word_space_apart_part_where_their_wraps_stand_centred() -> None:
    """Chromium (s040 annex 1): three headings set closer than a word space, each wrapped onto
    the line below centred under it ("调剂使用 拨" over "入"): one segment on the page, three
    cells of the header, not one heading over three columns."""
    head = _words_line(539.8, [("部门", 61, 94)], [("调剂使用", 349, 376)])
    joined = _words_line(561.3, [("调剂使用", 308.8, 335.7), ("拨", 337.4, 344.1), ("调剂使用", 346.9, 373.8),
                                 ("拨", 375.6, 382.3), ("调剂使用", 385.1, 412.0), ("总", 413.7, 420.4)])
    wraps = _words_line(570.7, [("入", 323.1, 329.8)], [("出", 361.3, 368.0)], [("净额", 396.1, 409.5)])
    body = [_words_line(584.2 + 12 * i, [(label, 61, 94)], [(a, 321, 332)], [(b, 354, 375)], [(c, 392, 413)])
            for i, (label, a, b, c) in enumerate([("专利和技术", "340", "(4,084)", "(3,744)"),
                                                   ("品牌和外观设计", "1,838", "(4,168)", "(2,329)"),
                                                   ("版权和创意产业", "4,284", "(391)", "3,893")])]
    table = build_table(Region(lines=[head, joined, wraps] + body), page=51)
    assert table is not None
    assert table.column_labels()[1:] == ["调剂使用 / 调剂使用拨入", "调剂使用 / 调剂使用拨出", "调剂使用 / 调剂使用总净额"]


def test_a_header_line_going_on_the_cells_above_one_to_one_is_their_wrap() -> None:
    """A word processor's tall lines: each cell's wrapped line stands a line's height under
    it (no body line shows the leading). Each segment under one cell, centred, shorter: the
    cells' own lines ("2022/23 年收入实际" / "数"), not a heading over one child each."""
    size, pitch = 9.0, 17.9
    header = [line(72, (268, "2022/23 年计划和预"), (361, "2022/23 年收入实际"), size=size),
              line(72 + pitch, (285.5, "算收入概算"), (388.5, "数"), size=size)]
    assert [b.texts for b in header_blocks(header)] == [["2022/23 年计划和预", "算收入概算"],
                                                       ["2022/23 年收入实际", "数"]]
    alone = [line(657, (254, "项目预算"), (305, "经调整的项目"), (383, "支出"), size=size),
             line(657 + pitch, (315, "预算"), size=size)]
    assert [b.texts for b in header_blocks(alone)] == [["项目预算"], ["经调整的项目", "预算"], ["支出"]]


def test_a_heading_over_children_beside_it_is_no_wrap_however_tall_its_lines() -> None:
    size, pitch = 9.0, 17.9
    header = [line(72, (215, "按部门开列"), size=size),
              line(72 + pitch, (160, "发展"), (222.5, "专利"), (270, "品牌"), size=size)]
    assert [b.texts for b in header_blocks(header)] == [["按部门开列"], ["发展"], ["专利"], ["品牌"]]


def test_a_header_cells_wrap_over_the_line_of_the_cells_set_on_their_middle_is_its_own() -> None:
    """Cells on their middle: the other cells' line stands between a cell's two lines."""
    size = 9.0
    header = [line(256.1, (270, "经调整的项目预"), size=size),
              line(263.9, (207, "项目预算"), (370, "支出"), size=size),
              line(271.8, (300, "算"), size=size)]
    assert [b.texts for b in header_blocks(header)] == [["经调整的项目预", "算"], ["项目预算"], ["支出"]]


def test_a_child_reaching_out_past_its_headings_end_keeps_its_sibling_a_child() -> None:
    """Two headings under '2022/23 年支出', the second reaching out past its end (centred
    over wider columns): both are its children, not the first its wrapped line."""
    size = 9.0
    header = [line(129.4, (438, "2022/23 年支出"), size=size),
              line(143.5, (453, "发展议程项"), (486, "含发展议程"), size=size),
              line(154.9, (463, "目"), (488.5, "项目总计"), size=size)]
    assert [b.texts for b in header_blocks(header)] == [["2022/23 年支出"], ["发展议程项", "目"],
                                                       ["含发展议程", "项目总计"]]


def test_one_line_rows_padded_far_apart_show_no_leading() -> None:
    """Rows 3.3 and 3.9 lines apart (a word processor's padded cells, a line with Latin in it
    set taller): the closest two, a row and the section label under it, are two rows, not a
    label and its wrapped line."""
    size = 5.5
    lines = [line(104.6, (60, "盈余/(赤字)"), (270, "(10,109)"), (352, "130,588"), size=size),
             line(122.7, (60, "净资产"), size=size),
             line(144.0, (60, "截至 2021 年 12 月 31 日的净资产"), (315, "26,090"), (391, "678,310"), size=size),
             line(165.2, (60, "盈余/(赤字)"), (310, "(12,411)"), (391, "146,711"), size=size),
             line(186.5, (60, "重估储备金盈余"), (318, "(773)"), (391, "(8,529)"), size=size)]
    columns = [Column(60, 205), Column(270, 332), Column(352, 410)]
    assert texts(group_rows(lines, columns, separators=[])) == [[ln.text] for ln in lines]


def test_two_figures_run_into_each_other_are_two_cells_in_their_columns() -> None:
    """Chromium sets a total too wide for its cell on into the next, no space between: the
    word "17,347,988.168,231,151.49" is two figures of two columns, parted where both read
    whole and alike; words that part no single way stay whole."""
    from extractors.layout import group_lines, split_segments

    def word(text: str, x0: float, x1: float, top: float) -> Word:
        return Word(text=text, box=Box(x0, top, x1, top + 5), size=5)

    lines = group_lines([word("乌拉圭", 66, 81, 100), word("44,856.39", 372, 393, 100), word("-", 425, 427, 100),
                         word("产权组织服务创作者", 66, 111, 112), word("105,409.82", 368, 393, 112),
                         word("7,688.00", 407, 427, 112),
                         word("总计", 66, 76, 124), word("17,347,988.168,231,151.49", 366, 429, 124)])
    assert [s.text for s in lines[-1].segments] == ["总计", "17,347,988.16", "8,231,151.49"]
    table = build_table(Region(lines=lines), page=54)
    assert table is not None and [c.text for c in table.rows[-1]] == ["总计", "17,347,988.16", "8,231,151.49"]
    for text in ("1,2345", "12345678", "2022/23", "1,234.5"):
        assert [s.text for s in split_segments([word(text, 10, 50, 0)])] == [text]


def test_figures_run_together_are_parted_where_their_characters_stand_and_keep_the_columns_apart() -> None:
    """Chromium, 7 pt Droid (s127 A10-02): totals too wide for their cells run on into the
    next ones, three or four to a word ("17,347,988.168,231,151.49130,165.73"). Each part
    stands where its characters were printed, not at an even share of the word; and their
    boxes, overflowing, do not join the columns the other rows keep apart."""
    from extractors.layout import group_lines

    def word(text: str, x0: float, top: float, per: float = 2.5, starts: bool = True) -> Word:
        xs = tuple(x0 + per * k for k in range(len(text)))
        return Word(text=text, box=Box(x0, top, x0 + per * len(text), top + 5), size=5,
                    starts=xs if starts else None)

    rows = [[word("中国", 76, 100, 5), word("557,237.23", 390, 100), word("239,107.62", 420, 100),
             word("3,842.86", 455, 100)],
            [word("法国", 76, 110, 5), word("1,045,396.38", 388, 110), word("-", 440, 110), word("5,996.36", 455, 110)],
            [word("日本", 76, 120, 5), word("468,646.00", 420, 120), word("8,183.96", 455, 120)]]
    # Set wider (3 pt a figure): the second total runs past its column's end, over where
    # the next column's figures begin.
    total = Word("17,347,988.168,231,151.49130,165.73", Box(380, 130, 482, 135), 5,
                 starts=tuple([380 + 3 * k for k in range(13)] + [420 + 3 * k for k in range(12)]
                              + [457 + 2.5 * k for k in range(10)]))
    lines = group_lines([w for row in rows for w in row] + [word("总计", 76, 130, 5), total])
    parts = lines[-1].segments[1:]
    assert [s.text for s in parts] == ["17,347,988.16", "8,231,151.49", "130,165.73"]
    assert [round(s.box.x0, 1) for s in parts] == [380.0, 420.5, 457.5]
    table = build_table(Region(lines=lines), page=67)
    assert table is not None and table.n_cols == 4, table.grid()
    assert [c.text for c in table.rows[-1]] == ["总计", "17,347,988.16", "8,231,151.49", "130,165.73"]


def test_the_pages_one_row_set_on_its_bottom_keeps_its_label_line_set_tight_over_it() -> None:
    """Chromium, cells on their bottom, a table's first row at a page's foot (s043 p39): its
    label's first line ends a few points short of where the next column's header begins,
    which reads as room to spare; but it stands right over the figures' line, with none of
    the padding between the header and it: one row."""
    size = 7.0
    header = [line(684.6, (66, "预期成果"), (270, "2022/23 年计划和预算"), (359, "2022/23 年调剂使用后预算"),
                   size=size)]
    body = [line(701.1, (66, "1.1 世界范围内的传播和接触更有效人们对知识产权在处处"), size=size),
            line(708.6, (66, "改善人人生活的潜力有更好的认识"), (334, "8,269"), (431, "9,832"), size=size)]
    columns = [Column(66, 252), Column(327, 352), Column(424, 449)]
    rows = group_rows(body, columns, separators=[], header=header)
    assert texts(rows) == [[ln.text for ln in body]]


def _benefit_rows(tops: list[tuple[float, list[tuple[float, float, str]]]], size: float,
                  bold_head: bool) -> list[Line]:
    """Lines from (top, cells); the first line is the header, bold or not."""
    out = []
    for k, (top, cells) in enumerate(tops):
        out.append(Line([Segment([Word(text, Box(x0, top, x1, top + size), size, bold=bold_head and k == 0,
                                       baseline=top + 0.85 * size)]) for x0, x1, text in cells]))
    return out


BENEFIT_HEAD = [(46, 86, "效益说明"), (252, 312, "关键绩效指标"), (348, 378, "基准值"), (429, 459, "目标值"),
                (504, 544, "绩效数据")]


def test_rows_set_on_their_bottom_end_at_their_figures_when_an_indicator_wraps_above_them() -> None:
    """LibreOffice, cells on their bottom, padded 2.5 pt (s140): each row's indicator wraps
    over six lines above its figures, 20.8 pt apart, and the next row's first line stands
    23.3 pt under them. The first row's lines under the bold header are that row's (not
    more header), and every row ends at its line of figures."""
    size = 10.0
    kpi = [(251, 321, "与联合国安全风"), (250, 321, "险管理（SRM）"), (251, 321, "建议的此类事件"),
           (251, 321, "的缓解措施保持"), (248, 320, "一致。符合本组")]
    rows = [(79.0, BENEFIT_HEAD)]
    top = 102.5
    for label, base in ((["降低了枪击案和相关事件的风险水平"], "100% (2022 年)"),
                        (["减少业务影响、生命损失和事件后的恢复时", "间"], "90% (2022 年)")):
        for k, cell in enumerate(kpi):
            rows.append((top, ([(46, 236, label[0])] if len(label) == 2 and k == len(kpi) - 1 else []) + [cell]))
            top += 20.8
        rows.append((top, [(46, 46 + 10 * len(label[-1]), label[-1]), (261, 321, "低风险偏好。"), (332, 401, base),
                           (456, 482, "100%"), (537, 563, "100%")]))
        top += 23.3
    table = build_table(Region(lines=_benefit_rows(rows, size, bold_head=True)), page=171)
    assert table is not None
    assert [c.text for c in table.header[-1]] == [t for _, _, t in BENEFIT_HEAD]
    assert [(r[0].text, r[2].text) for r in table.rows] == [("降低了枪击案和相关事件的风险水平", "100% (2022 年)"),
                                                           ("减少业务影响、生命损失和事件后的恢复时间", "90% (2022 年)")]
    assert table.rows[0][1].text.startswith("与联合国安全风险管理")


def test_a_first_row_whose_indicator_wraps_above_its_label_is_no_header() -> None:
    """Chromium, cells on their bottom, the header in regular weight (s130): the first row's
    indicator starts five lines above its figures, its label two; all stand at the cells'
    leading down to the figures, the header a padding further up. They are the row's."""
    size = 8.2
    rows = [(439.4, [(75, 108, "效益说明"), (206, 255, "关键绩效指标"), (303, 327, "基准值"), (387, 411, "目标值"),
                     (467, 499, "绩效数据")]),
            (459.1, [(195, 268, "与联合国安全风险管")]), (469.4, [(194, 268, "理（SRM）建议的此")]),
            (479.7, [(195, 268, "类事件的缓解措施保")]), (490.0, [(200, 268, "持一致。符合本组")]),
            (500.3, [(75, 182, "降低了枪击案和相关事件的风"), (195, 268, "织对员工安全的低风")]),
            (510.6, [(75, 100, "险水平"), (236, 268, "险偏好。"), (294, 352, "100% (2022 年)"), (416, 436, "100%"),
                     (500, 520, "100%")]),
            (530.7, [(195, 268, "工作人员在经历就地")]),
            (541.0, [(75, 182, "提高全组织的意识和准备"), (195, 268, "避难演习之前培训。"), (294, 352, "0% (2022 年)"),
                     (416, 436, "100%"), (500, 520, "10%")])]
    table = build_table(Region(lines=_benefit_rows(rows, size, bold_head=False)), page=96)
    assert table is not None and len(table.header) == 1, table.header
    assert [r[0].text for r in table.rows] == ["降低了枪击案和相关事件的风险水平", "提高全组织的意识和准备"]


def test_a_sub_row_of_figures_with_units_set_on_its_bottom_ends_at_its_cells() -> None:
    """LibreOffice, cells on their bottom (s140 p176): a row's sub-row (no label of its own)
    ends on a line of cells whose figures carry units ("10 个"), so none is a bare figure;
    the next row's first line stands a padding under it. The next row is a row of its own,
    not that sub-row's label."""
    size = 10.0
    rows = [(155.8, BENEFIT_HEAD),
            (392.7, [(46, 226, "使用现代金融交易处理设施，方便客户缴"), (251, 321, "使用缴费小程序"),
                     (328, 401, "317 个（2020 年")]),
            (413.5, [(46, 156, "费，并提供综合缴费信息"), (271, 321, "的用户数量"), (351, 401, "第三季度）"),
                     (453, 482, "500 个"), (526, 563, "1,630 个")]),
            (436.9, [(253, 321, "集成到 ePay 的")]),
            (457.7, [(251, 321, "信通技术系统数"), (331, 401, "3 个（2020 年 2")]),
            (478.5, [(311, 321, "量"), (381, 401, "月）"), (459, 482, "10 个"), (545, 563, "7 个")]),
            (501.9, [(337, 401, "71%（2018 年")]),
            (522.7, [(46, 236, "增强对产权组织服务和品牌认知的积极感受"), (251, 321, "用户满意度分数"), (368, 401, "11 月）"),
                     (445, 482, "增长 5%"), (543, 563, "80%")])]
    table = build_table(Region(lines=_benefit_rows(rows, size, bold_head=True)), page=176)
    assert table is not None
    assert [r[0].text for r in table.rows] == ["使用现代金融交易处理设施,方便客户缴费,并提供综合缴费信息", "",
                                               "增强对产权组织服务和品牌认知的积极感受"], table.grid()
