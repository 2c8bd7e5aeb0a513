"""Stitching continued tables and naming tables from captions and headings."""
from __future__ import annotations

import pytest

from extractors.assemble import assemble, chinese_numeral, load_sector_names, sector_heading
from extractors.model import Box, Cell, Table
from extractors.pages import PageResult, TextLine

HEIGHT = 842.0


def table(page: int, top: float, header: list[list[str]], rows: list[list[str]], open_end: bool = False) -> Table:
    def cells(row: list[str]) -> list[Cell]:
        return [Cell(t, t, page, Box(60 + 50 * i, top, 100 + 50 * i, top + 8.5)) for i, t in enumerate(row)]
    return Table(page_start=page, page_end=page, bbox=Box(57, top, 538, top + 100),
                 header=[cells(r) for r in header], rows=[cells(r) for r in rows], open_end=open_end)


def text(top: float, words: str, size: float = 9.5) -> TextLine:
    return TextLine(top=top, x0=57, size=size, text=words)


def page(number: int, texts: list[TextLine], tables: list[Table]) -> PageResult:
    furniture = [text(30, "WO/PBC/37/7", 8), text(810, str(number), 8)]
    return PageResult(page=number, width=595, height=HEIGHT, tables=tables, texts=furniture + texts)


HEADER = [["部门", "预算", "支出"]]


def test_caption_gives_table_id_and_unit() -> None:
    pages = [page(1, [text(100, "表5. 2022/23年按部门开列的预算和支出"), text(115, "(单位: 千瑞郎)")],
                  [table(1, 130, HEADER, [["专利", "1", "2"]])])]
    [t] = assemble(pages)
    assert (t.table_id, t.unit_text) == ("T5", "单位: 千瑞郎")
    assert t.caption.startswith("表5.")


def test_unit_read_from_a_heading_wrapped_over_header_rows() -> None:
    # A narrow label column: the heading's unit note cut over two header rows, the figures'
    # headings in the other columns of those rows.
    header = [["预期成果 3.1 (单", "2022/23 调剂使用后最", "支出"], ["位：千瑞郎)", "终预算", ""]]
    pages = [page(1, [text(100, "附件十二 预期成果 3.1 推广全球知识产权体系相关资源细目")],
                  [table(1, 130, header, [["专利", "1", "2"]])])]
    [t] = assemble(pages)
    assert "千瑞郎" in t.unit_text


def test_unit_read_from_a_heading_wrapped_inside_its_unit() -> None:
    # s290 A12: the line breaks inside the unit's name ("(单位：千瑞" / "郎)"); the rows' texts
    # run together as a cell's lines do, with no space between the characters.
    header = [["预期成果 3.1 (单位：千瑞", "2022/23 调剂使用后最", "支出"], ["郎)", "终预算", ""]]
    pages = [page(1, [text(100, "附件十二 预期成果 3.1 推广全球知识产权体系相关资源细目")],
                  [table(1, 130, header, [["专利", "1", "2"]])])]
    [t] = assemble(pages)
    assert "千瑞郎" in t.unit_text


def test_caption_at_the_bottom_of_the_previous_page() -> None:
    pages = [page(1, [text(700, "表4. 2022/23年按预期成果和部门开列的支出")], []),
             page(2, [], [table(2, 60, HEADER, [["专利", "1", "2"]])])]
    assert [t.table_id for t in assemble(pages)] == ["T4"]


def test_continued_table_with_repeated_header_is_one_table() -> None:
    pages = [page(1, [text(60, "表6. 按费用类别开列")], [table(1, 80, HEADER, [["员额", "1", "2"]])]),
             page(2, [], [table(2, 60, HEADER, [["实习", "3", "4"]])])]
    [t] = assemble(pages)
    assert (t.page_start, t.page_end) == (1, 2)
    assert [r[0].text for r in t.rows] == ["员额", "实习"]
    assert len(t.header) == 1


def test_first_rows_repeated_with_the_header_overleaf_are_read_once() -> None:
    """LibreOffice repeats every row a document marks as a heading row (s104's indicators
    table: a section label and the first indicator): overleaf, under the header, those rows
    again, one of them read as two rows where the page's columns cut it otherwise. They are
    the table's first rows, not rows of its own; a row after them that only begins alike is."""
    first = [["1.1 传播更有效", "", ""], ["网站访问者人数", "20,086,245 人", "27,802,067 人"]]
    again = [["1.1 传播更有效", "", ""], ["网站访问者", "20,086,245", "27,802,067 人"], ["人数", "人", ""],
             ["网站访问者人数", "4,860,251 人", "5,118,589 人"]]
    pages = [page(1, [text(60, "表6. 按费用类别开列")], [table(1, 80, HEADER, first)]),
             page(2, [], [table(2, 60, HEADER, again)])]
    [t] = assemble(pages)
    assert [[c.text for c in r] for r in t.rows] == first + [again[-1]]


def test_rows_repeated_with_the_header_are_those_the_tables_last_page_began_with() -> None:
    """WeasyPrint repeats a head of several rows (s150): the header and the first rows of the
    page the table last went on to (a section label, its first indicator), not of its first
    page. Read once, they leave the last row before the page break its own label (the
    section label was joined to it as its label's end)."""
    pages = [page(1, [text(60, "表6. 按费用类别开列")], [table(1, 80, HEADER, [["4.3 培训", "", ""], ["参与者", "1", "2"]])]),
             page(2, [], [table(2, 60, HEADER, [["4.4 运用", "", ""], ["集体管理组织", "25 个", "38 个"],
                                                 ["满意度", "65%", "97%"]])]),
             page(3, [], [table(3, 60, HEADER, [["4.4 运用", "", ""], ["集体管理组织", "25 个", "38 个"],
                                                 ["中小企业", "10 家", "21 家"]])])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["4.3 培训", "参与者", "4.4 运用", "集体管理组织", "满意度", "中小企业"]


def test_header_rows_under_the_header_repeated_overleaf_are_rows() -> None:
    """A renderer set a table's first rows as its head (s166): overleaf, under the header of
    the table it continues, more header rows, one of them a whole row (as many cells as the
    first body row). They are rows of the table, each cell once (a section label spanning
    the columns is written in its first), not dropped, nor the page read again without a
    header (its rows run together where their cells are set on their middle)."""
    def spanning(page_: int, top: float, text_: str, n: int) -> list[Cell]:
        box = Box(60, top, 300, top + 8.5)
        return [Cell(text_, text_, page_, box) for _ in range(n)]
    overleaf = table(2, 60, HEADER + [["", "", ""], ["集体管理组织", "5 个", "5 个"]], [["满意度", "65%", "97%"]])
    overleaf.header[1] = spanning(2, 72, "4.4 运用", 3)
    # The page read whole, with no header, runs those rows' lines together.
    overleaf.rows_if_continued = [[Cell(t, t, 2) for t in ["表头4.4 运用集体管理组织", "5 个", "5 个"]]]
    pages = [page(1, [text(60, "表6. 按费用类别开列")], [table(1, 80, HEADER, [["参与者", "1", "2"]])]),
             page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [[c.text for c in r] for r in t.rows] == [["参与者", "1", "2"], ["4.4 运用", "", ""],
                                                     ["集体管理组织", "5 个", "5 个"], ["满意度", "65%", "97%"]]


def test_a_rows_first_lines_read_as_header_under_the_header_repeated_are_its_row() -> None:
    """s145, s016: overleaf, the header repeated, then a row set on its bottom whose first
    lines were read as more header (one line of cells, a figure with its text among them).
    The page read whole gives that row whole; the header repeated is left out of it (once a
    body row "效益说明 …")."""
    overleaf = table(2, 60, HEADER + [["减少风险热度地图中提", "≥85%表示满意或非常满", ""]],
                     [["到的组织风险", "意", "100%"]])
    overleaf.rows_if_continued = [overleaf.header[0], [Cell(t, t, 2) for t in ["减少风险热度地图中提到的组织风险",
                                                                               "≥85%表示满意或非常满意", "100%"]]]
    pages = [page(1, [text(60, "表6. 按费用类别开列")], [table(1, 80, HEADER, [["参与者", "1", "2"]])]),
             page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["参与者", "减少风险热度地图中提到的组织风险"]


def test_continued_table_without_header_is_one_table() -> None:
    pages = [page(1, [text(60, "表6. 按费用类别开列")], [table(1, 80, HEADER, [["员额", "1", "2"]])]),
             page(2, [], [table(2, 60, [], [["实习", "3", "4"], ["总计", "4", "6"]])])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["员额", "实习", "总计"]


def test_row_label_running_over_the_page_break() -> None:
    pages = [page(1, [text(60, "表6. x")], [table(1, 80, HEADER, [["4.1 更有效地利用", "1", "2"]], open_end=True)]),
             page(2, [], [table(2, 60, HEADER, [["知识产权", "", ""], ["4.2 兼顾", "3", "4"]])])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["4.1 更有效地利用知识产权", "4.2 兼顾"]


def test_body_text_between_tables_keeps_them_apart() -> None:
    pages = [page(1, [text(60, "表6. x")], [table(1, 80, HEADER, [["员额", "1", "2"]])]),
             page(2, [text(60, "本两年期的支出情况如下。")], [table(2, 90, HEADER, [["实习", "3", "4"]])])]
    assert len(assemble(pages)) == 2


def cells_line(top: float, cells: list[str], size: float = 8.5) -> TextLine:
    """A line of several cells under a table, as the page reader leaves it."""
    spans = [(60 + 120 * i, 100 + 120 * i, c) for i, c in enumerate(cells)]
    return TextLine(top=top, x0=60, size=size, text="  ".join(cells), cells=spans, bottom=top + size)


def text_table(page: int, top: float, header: list[str], rows: list[list[str]]) -> Table:
    """A table of text at size 8.5 whose every cell wraps (each box three lines tall)."""
    def cells(row: list[str]) -> list[Cell]:
        return [Cell(t, t, page, Box(60 + 120 * i, top, 100 + 120 * i, top + 30)) for i, t in enumerate(row)]
    return Table(page_start=page, page_end=page, bbox=Box(57, top, 538, top + 100), header=[cells(header)],
                 rows=[cells(r) for r in rows], text_size=8.5)


RISKS = ["风险", "风险演变", "减缓措施的成效", "对绩效的影响"]


def test_a_heading_under_a_table_of_text_keeps_the_next_page_apart() -> None:
    # Every cell wraps, so no cell's box tells the text size: the table's own size does, and
    # the heading (set larger) at the page's foot starts another table overleaf.
    pages = [page(1, [text(60, "附件十一 x"), text(700, "风险和减缓行动")],
                  [text_table(1, 80, ["效益实现", "基准值", "目标值", "绩效数据"], [["a", "b", "c", "d"]])]),
             page(2, [], [text_table(2, 60, RISKS, [["e", "f", "g", "h"]])])]
    assert [(t.page_start, t.caption) for t in assemble(pages)] == [(1, "附件十一 x"), (2, "风险和减缓行动")]


def test_the_rest_of_a_row_left_under_a_table_does_not_keep_it_apart() -> None:
    # Lines of cells set as the table's under it at the page's foot: its last row's text
    # wrapped further down than it was read; the table goes on overleaf.
    pages = [page(1, [text(60, "附件十一 x"), cells_line(700, ["的成本", "节约"])],
                  [text_table(1, 80, RISKS, [["a", "b", "c", "d"]])]),
             page(2, [], [text_table(2, 60, RISKS, [["e", "f", "g", "h"]])])]
    [t] = assemble(pages)
    assert (t.page_start, t.page_end, len(t.rows)) == (1, 2, 2)


def test_its_header_again_under_a_table_starts_the_next_one() -> None:
    # Two tables with one header set back to back, the second's header read as text at the
    # page's foot and repeated overleaf: two tables.
    pages = [page(1, [text(60, "附件十一 x"), cells_line(700, RISKS), cells_line(715, ["i", "j"])],
                  [text_table(1, 80, RISKS, [["a", "b", "c", "d"]])]),
             page(2, [], [text_table(2, 60, RISKS, [["e", "f", "g", "h"]])])]
    assert [(t.page_start, t.page_end) for t in assemble(pages)] == [(1, 1), (2, 2)]


def test_sector_tables_and_annex_numbering() -> None:
    er = [["预期成果", "预算"]]
    pages = [page(1, [text(60, "专利和技术", 12), text(80, "按成果开列的预算和支出")],
                  [table(1, 100, er, [["2.1 兼顾", "1"]])]),
             page(2, [text(60, "行政、财务和管理与总干事办公室 绩效综览图", 12),
                      text(80, "预算和支出（人事和非人事）")],
                  [table(2, 100, er, [["人事费", "1"]])]),
             page(3, [text(60, "附件七 PCT 体系指标", 12)], [table(3, 100, er, [["a", "1"]])]),
             page(4, [text(60, "前 10 大受理局")], [table(4, 100, er, [["b", "1"]])]),
             page(5, [text(60, "附件十三 2022/23 年按预期成果开列的发展支出", 12)], [table(5, 100, er, [["c", "1"]])])]
    assert [t.table_id for t in assemble(pages)] == ["S-PTS-ER", "S-AFMS-COST", "A7-01", "A7-02", "A13"]


def test_renamed_sector_headings_name_their_tables() -> None:
    """A sector renamed in a later edition (和 → 与) is still its sector's heading, as the
    matcher would score it; a heading close to two sectors, or to none, names none."""
    sectors = load_sector_names()
    assert sector_heading("品牌与外观设计", sectors) == "BDS"
    assert sector_heading("区域与国家发展部门", sectors) == "RNDS"
    assert sector_heading("专利和技术", sectors) == "PTS"
    assert sector_heading("品牌与外观设计部门在两年期内开展了大量工作并取得了成果", sectors) is None
    assert sector_heading("预算和支出", sectors) is None
    er = [["预期成果", "预算"]]
    pages = [page(1, [text(60, "品牌与外观设计", 12), text(80, "按成果开列的预算和支出")],
                  [table(1, 100, er, [["2.1 兼顾", "1"]])]),
             page(2, [text(60, "区域与国家发展", 12), text(80, "预算和支出（人事和非人事）")],
                  [table(2, 100, er, [["人事费", "1"]])])]
    assert [t.table_id for t in assemble(pages)] == ["S-BDS-ER", "S-RNDS-COST"]


def test_tables_without_caption_get_unique_ids() -> None:
    pages = [page(1, [text(60, "一些正文。")], [table(1, 100, HEADER, [["a", "1", "2"]]),
                                              table(1, 400, [["x", "y"]], [["b", "1"]])])]
    ids = [t.table_id for t in assemble(pages)]
    assert ids == ["X01", "X02"]


def test_numbered_tables_printed_without_their_caption_are_known_by_their_header() -> None:
    """A printing that sets only the unit line above a table: 表1's header set names it T1
    (schemas/registry/captions.csv, kind numbered_header), once; a captioned table keeps its
    caption's id, and under an annex heading the annex numbers its tables."""
    t1 = [["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数"]]
    t2 = [["", "2022/23 年计划和预算收入概算", "2022/23 年收入实际数"]]
    pages = [page(1, [text(60, "一、 财务和成果概览", 12), text(80, "(单位: 百万瑞郎)"),
                      text(300, "收入总额比两年期核定预算增加 8.9%。"), text(320, "(单位: 百万瑞郎)")],
                  [table(1, 100, t1, [["IPSAS 调整后收入总额", "951.8", "972.2"]]),
                   table(1, 340, t2, [["PCT 体系", "736.9", "749.4"]])]),
             page(3, [text(60, "表5. 2022/23年按部门开列的预算和支出")], [table(3, 100, t1, [["专利", "1", "2"]])]),
             page(4, [text(60, "一些正文。")], [table(4, 100, t1, [["品牌", "3", "4"]])]),
             page(5, [text(60, "附件二 2022/23 年收入概算", 12)], [table(5, 100, t2, [["马德里", "5", "6"]])])]
    tables = assemble(pages)
    assert [t.table_id for t in tables] == ["T1", "T2", "T5", "X01", "A2"]
    assert tables[0].caption == "(单位: 百万瑞郎)"


def test_chinese_numerals() -> None:
    assert [chinese_numeral(t) for t in ["一", "九", "十", "十一", "十三", "二十"]] == [1, 9, 10, 11, 13, 20]


def test_a_header_left_at_the_foot_heads_the_rows_overleaf_whose_first_lines_read_as_header() -> None:
    """s023: a table's heading and header band at p157's foot, its rows overleaf set on their
    middle, so that the first row's top lines (a tall text cell's) read as that page's own
    header. That "header" repeats nothing of the one at the foot: the foot's header heads
    the rows, and the page read whole gives them (once the header was the row's top lines
    and the caption the foot header's words)."""
    from extractors.structure import HeaderBlock

    def box(col: int, top: float) -> Box:
        return Box(60 + 50 * col, top, 100 + 50 * col, top + 8.5)
    foot = [HeaderBlock([t], box(i, 780), 8.5) for i, t in enumerate(["部门", "预算", "支出"])]
    overleaf = table(2, 60, [["", "与联合国安全", ""]], [["降低风险", "风险管理", "100%"]])
    overleaf.rows_if_continued = [[Cell(t, t, 2, box(i, 70)) for i, t in enumerate(["降低风险", "与联合国安全风险管理",
                                                                                      "100%"])]]
    first = page(1, [text(760, "效益实现", 12.5)], [])
    first.foot_header = foot
    [t] = assemble([first, page(2, [], [overleaf])])
    assert [[c.text for c in r] for r in t.header] == [["部门", "预算", "支出"]]
    assert [[c.text for c in r] for r in t.rows] == [["降低风险", "与联合国安全风险管理", "100%"]]
    # Its own header repeating the foot's is a header: the rows stay as read under it.
    again = table(2, 60, [["部门", "预算", "支出"]], [["降低风险", "风险管理", "100%"]])
    again.rows_if_continued = [again.header[0], again.rows[0]]
    first.foot_header = foot
    [t] = assemble([first, page(2, [], [again])])
    assert [[c.text for c in r] for r in t.rows] == [["降低风险", "风险管理", "100%"]]
    # Its own header under a spanner of the foot's (s124 T8: "支出" over three columns) is the
    # header's lower level: the rows stay as read under it.
    spanner = [HeaderBlock(["部门"], box(0, 780), 8.5), HeaderBlock(["支出"], Box(110, 780, 200, 788.5), 8.5)]
    lower = table(2, 60, [["", "人事", "非人事"]], [["专利", "1", "2"]])
    lower.rows_if_continued = [lower.header[0], lower.rows[0]]
    first.foot_header = spanner
    [t] = assemble([first, page(2, [], [lower])])
    assert [[c.text for c in r] for r in t.rows] == [["专利", "1", "2"]]
    # ... and the foot's cells are its upper rows: the whole header heads every column (s428
    # A4, a header band broken by the page: the expenditure's spanner left at p61's foot, its
    # staff / non-staff / total overleaf; the columns went unnamed and a difference in
    # brackets was checked as an amount, 17 schema failures).
    assert [[c.text for c in r] for r in t.header] == [["部门", "支出", "支出"], ["", "人事", "非人事"]]
    lower = table(2, 60, [["", "人事", "非人事"]], [["专利", "1", "2"]])
    first.foot_header = spanner
    [t] = assemble([first, page(2, [], [lower])])
    assert [[c.text for c in r] for r in t.header] == [["部门", "支出", "支出"], ["", "人事", "非人事"]]
    # One cell of the lower level printing a line of a foot cell ("2023 年" beside "2023 年 /
    # 份额") repeats no header (s033 A7): the foot's cells are still its upper rows.
    years = [HeaderBlock(["受理局"], box(0, 780), 8.5), HeaderBlock(["年份"], Box(110, 780, 200, 788.5), 8.5),
             HeaderBlock(["2023 年", "份额"], Box(210, 771.5, 250, 788.5), 8.5)]
    lower = table(2, 60, [["", "2022 年", "2023 年", ""]], [["中国", "1", "2", "50%"]])
    first.foot_header = years
    [t] = assemble([first, page(2, [], [lower])])
    assert [[c.text for c in r] for r in t.header] == [["受理局", "年份", "年份", "2023 年份额"],
                                                       ["", "2022 年", "2023 年", ""]]


def test_a_table_without_header_goes_on_without_one() -> None:
    """s211 p104: a table of text read without a header (its header set as a row) goes on
    overleaf with a row set on its foot, whose first lines above its figures were read as a
    header there. The page read whole gives that row; once the "header" became the whole
    table's, the rows began with half a row and the row of 0% and 100% lost its label."""
    prev = table(5, 600, [], [["效益实现", "基准值", "目标值"], ["改进网站", "退出率 19%", "退出率 15%"]])
    part = table(6, 60, [["使网页现代化,与新的", "", ""]], [["外观一致", "0%", "100%"]])
    part.rows_if_continued = [[Cell(t, t, 6) for t in ("使网页现代化,与新的外观一致", "0%", "100%")]]
    tables = assemble([page(5, [], [prev]), page(6, [], [part])])
    assert len(tables) == 1 and not tables[0].header
    assert [[c.text for c in row] for row in tables[0].rows][-1] == ["使网页现代化,与新的外观一致", "0%", "100%"]


def test_a_header_repeated_overleaf_over_a_table_read_without_one_is_no_row() -> None:
    """s148 p34: the table's header was read as its first row on the page before; overleaf the
    header is repeated (read as a header there): that is no row's first lines, and the rows
    overleaf keep their own reading, not every line read as rows."""
    prev = table(33, 600, [], [["绩效指标", "基准", "目标"], ["可持续的国家 TISC 网络的数量", "42 个", "49 个"]])
    part = table(34, 60, [["绩效指标", "基准", "目标"]], [["技术转让实体的满意度", "不适用", "98%"]])
    part.rows_if_continued = [[Cell(t, t, 34) for t in ("绩效指标技术转让实体的满意度", "基准不适用", "目标98%")]]
    tables = assemble([page(33, [], [prev]), page(34, [], [part])])
    assert [[c.text for c in row] for row in tables[0].rows][-1] == ["技术转让实体的满意度", "不适用", "98%"], tables[0].rows


def test_a_header_repeated_overleaf_over_rows_of_one_column_is_a_repeat() -> None:
    """s244 A6 overleaf: the last three rows have figures in the last column only, too few
    columns for the page's header to be placed as on the page before; the same cells printed
    at the same places are the header repeated, and the rows go on under their columns (read
    as a second table, their figures lost to the checks)."""
    header = [["部门", "预算", "支出", "合计"]]
    first = table(1, 80, header, [["员额", "1", "2", "3"]])
    printed = [c for c in table(2, 60, header, []).header[0]]
    label, figure = table(2, 75, [], [["实习", "", "", "4"]]).rows[0][0::3]
    blank = Cell("", "", 2)
    overleaf = Table(page_start=2, page_end=2, bbox=Box(57, 60, 538, 90),
                     header=[printed[:3], [printed[3], blank, blank]], rows=[[label, blank, figure]])
    pages = [page(1, [text(60, "表6. 按费用类别开列")], [first]), page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [[c.text for c in row] for row in t.rows] == [["员额", "1", "2", "3"], ["实习", "", "", "4"]]
    assert [c.text for c in t.header[0]] == ["部门", "预算", "支出", "合计"]


def test_a_label_alone_closing_a_page_close_under_its_row_is_its_wrapped_line() -> None:
    """s004 A11-33: the table's first row at the page's foot, its label wrapped under its
    figures (cells on their top), read as a row of its own; the rows overleaf stand far
    further apart than that line under its row."""
    def row(page_no: int, top: float, texts: list[str], lines: int = 1) -> list[Cell]:
        return [Cell(t, t, page_no, Box(56 + 100 * i, top, 150 + 100 * i, top + 8 + 10.5 * (lines - 1)))
                if t else Cell("", "", page_no) for i, t in enumerate(texts)]
    header = [["交付成果", "项目预算", "支出"]]
    first = table(1, 695, header, [])
    first.rows = [row(1, 715.2, ["评估和定义对每个业务部门", "275,000", "219,636"]), row(1, 725.7, ["的要求", "", ""])]
    overleaf = table(2, 60, header, [])
    overleaf.rows = [row(2, 80, ["开发和实施企业服务管理平台", "825,000", "-"], 2),
                     row(2, 111, ["服务资产和配置流程", "200,000", "-"], 2),
                     row(2, 142, ["总计", "1,500,000", "219,636"])]
    pages = [page(1, [text(660, "(单位：瑞郎)")], [first]), page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["评估和定义对每个业务部门的要求", "开发和实施企业服务管理平台", "服务资产和配置流程", "总计"]


def test_a_label_alone_closing_a_page_closer_than_its_rows_stand_is_its_wrapped_line() -> None:
    """s143 A3: rows of one line 22 pt apart (cells on their top, padded 2 pt), and at the
    page's foot "统" 19.8 pt under "知识产权和创新生态系": closer than the page's rows stand
    by a row's padding, the label's wrapped line (once a row of its own, the label cut and
    six figures lost to the registry)."""
    def row(page_no: int, top: float, texts: list[str]) -> list[Cell]:
        return [Cell(t, t, page_no, Box(37 + 150 * i, top, 140 + 150 * i, top + 10.5)) if t else Cell("", "", page_no)
                for i, t in enumerate(texts)]
    header = [["部门", "2022 年", "2023 年"]]
    first = table(1, 540, header, [])
    labels = ["专利和技术", "品牌和外观设计", "版权和创意产业", "区域和国家发展", "基础设施和平台"]
    first.rows = [row(1, 575.9 + 22 * k, [label, f"{k + 1},000", f"{k + 2},000"]) for k, label in enumerate(labels)]
    first.rows += [row(1, 685.9, ["知识产权和创新生态系", "21,808", "22,167"]), row(1, 705.7, ["统", "", ""])]
    overleaf = table(2, 60, header, [])
    overleaf.rows = [row(2, 80, ["行政、财务和管理", "131,132", "131,892"]), row(2, 102, ["总计", "395,660", "398,131"])]
    pages = [page(1, [text(520, "附件三 (单位：千瑞郎)")], [first]), page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows][-3:] == ["知识产权和创新生态系统", "行政、财务和管理", "总计"]


def test_a_section_label_closing_a_page_as_far_under_its_row_as_rows_stand_stays_a_row() -> None:
    def row(page_no: int, top: float, texts: list[str]) -> list[Cell]:
        return [Cell(t, t, page_no, Box(56 + 100 * i, top, 150 + 100 * i, top + 8)) if t else Cell("", "", page_no)
                for i, t in enumerate(texts)]
    header = [["交付成果", "项目预算", "支出"]]
    first = table(1, 695, header, [])
    first.rows = [row(1, 715.2, ["评估", "275,000", "219,636"]), row(1, 725.7, ["信通技术相关项目", "", ""])]
    overleaf = table(2, 60, header, [])
    overleaf.rows = [row(2, 80, ["开发", "825,000", "-"]), row(2, 90.5, ["服务", "200,000", "-"]),
                     row(2, 101, ["总计", "1,500,000", "219,636"])]
    pages = [page(1, [text(660, "(单位：瑞郎)")], [first]), page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["评估", "信通技术相关项目", "开发", "服务", "总计"]


def runs_on(page_no: int, top: float, rows: list[list[str]], rows_ruled: bool = False) -> Table:
    """A table whose last row's label fills its column (it may go on overleaf)."""
    t = table(page_no, top, HEADER, rows)
    t.label_runs_on, t.rows_ruled = True, rows_ruled
    return t


def overleaf(page_no: int) -> PageResult:
    return page(page_no, [], [table(page_no, 60, HEADER, [["知识产权", "", ""], ["4.2 兼顾", "3", "4"]])])


def test_a_label_filling_its_column_at_the_pages_foot_goes_on_overleaf() -> None:
    pages = [page(1, [text(680, "表6. x")], [runs_on(1, 700, [["4.1 更有效地利用", "1", "2"]])]), overleaf(2)]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["4.1 更有效地利用知识产权", "4.2 兼顾"]


def test_a_label_filling_its_column_closed_by_its_rule_ends_there() -> None:
    """s027, s117, s122, s225: rules close every row; the last row before the break is closed,
    so the label alone overleaf is a row of its own (table 119's deliverables without figures)."""
    pages = [page(1, [text(680, "表6. x")], [runs_on(1, 700, [["4.1 更有效地利用", "1", "2"]], rows_ruled=True)]),
             overleaf(2)]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["4.1 更有效地利用", "知识产权", "4.2 兼顾"]


def test_a_label_filling_its_column_with_room_under_it_ends_there() -> None:
    """s075, s259: the page had room under the row for more of its lines; a renderer breaks a
    row only at the page's foot (the other pages are written down to 780)."""
    pages = [page(1, [text(60, "表6. x")], [runs_on(1, 80, [["4.1 更有效地利用", "1", "2"]])]), overleaf(2),
             page(3, [text(780, "正文")], []), page(4, [text(780, "正文")], [])]
    t = assemble(pages)[0]
    assert [r[0].text for r in t.rows] == ["4.1 更有效地利用", "知识产权", "4.2 兼顾"]


def test_whether_a_label_goes_on_is_read_on_the_tables_last_page() -> None:
    """A table over three pages: its first page's last label filled its column, its second
    page's did not; the label alone on the third page is a row."""
    second = table(2, 60, HEADER, [["4.2 兼顾", "3", "4"]])
    second.bbox = Box(57, 60, 538, 800)
    pages = [page(1, [text(680, "表6. x")], [runs_on(1, 700, [["4.1 更有效地利用", "1", "2"]])]),
             page(2, [], [second]),
             page(3, [], [table(3, 60, HEADER, [["知识产权", "", ""], ["4.3 新", "5", "6"]])])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["4.1 更有效地利用", "4.2 兼顾", "知识产权", "4.3 新"]


LINE, PITCH, ROWS_APART = 10.5, 21.6, 18.6   # a line's height, labels' wrap pitch, rows' gap


def row_at(page_no: int, top: float, label: str, lines: int, figures: list[str], on_bottom: bool) -> list[Cell]:
    """A row whose label wraps over `lines` lines, its figures on the label's first or last."""
    bottom = top + (lines - 1) * PITCH + LINE
    y = bottom - LINE if on_bottom else top
    return [Cell(label, label, page_no, Box(60, top, 180, bottom))] + \
        [Cell(f, f, page_no, Box(220 + 60 * i, y, 260 + 60 * i, y + LINE)) for i, f in enumerate(figures)]


def wrapped_rows_page(page_no: int, on_bottom: bool) -> Table:
    """Three rows of three-line labels, padded apart, their labels wrapping at PITCH."""
    rows, top = [], 100.0
    for k in range(3):
        rows.append(row_at(page_no, top, f"开发和实施第{k}项", 3, ["825,000", "-"], on_bottom))
        top += 2 * PITCH + LINE + ROWS_APART
    t = Table(page_start=page_no, page_end=page_no, bbox=Box(57, 60, 538, top), header=[], rows=rows)
    t.label_wrap = PITCH
    return t


@pytest.mark.parametrize("on_bottom", [False, True])
def test_a_rows_label_wrapped_at_a_pages_foot_at_the_tables_wrap_pitch_is_one_label(on_bottom: bool) -> None:
    """s074, s136 (cells on their top), s194 (on their bottom) A11-37: a one-row part at a page's
    foot, "评估和定义对每个业务部门" / "的要求" at the labels' wrap pitch (line height 1.54), closer
    than the rows overleaf stand apart but not half as close."""
    first = [row_at(1, 680, "评估和定义", 1, [] if on_bottom else ["275,000", "80%"], on_bottom),
             row_at(1, 680 + PITCH, "的要求", 1, ["275,000", "80%"] if on_bottom else [], on_bottom)]
    for row in first:
        row += [Cell("", "", 1)] * (3 - len(row))
    part = Table(page_start=1, page_end=1, bbox=Box(57, 600, 538, 720), header=[], rows=first)
    pages = [page(1, [text(580, "表6. x")], [part]), page(2, [], [wrapped_rows_page(2, on_bottom)])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows][0] == "评估和定义的要求"
    assert t.rows[0][1].text == "275,000"


def test_a_header_cells_first_line_read_as_text_overleaf_goes_back_into_it() -> None:
    """s140 T1 overleaf: the header repeated over the last row, its last cell's first line
    ("2022/23 年 实际数与计") set so far above the rest of the header (LibreOffice's tall
    leading) that it read as text, a caption; the header no repeat, the row a second table.
    The line and the cell under it print the cell of the header it repeats: one cell."""
    header = [["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数", "2022/23 年实际数与计划和预算的差异"]]
    first = table(1, 80, header, [["盈余/(赤字)", "70.8", "121.5", ""]])
    overleaf = table(2, 70, [header[0][:3] + ["划和预算的差异"]], [["2023 年 12 月 31 日净资产", "", "605.2", ""]])
    cell = overleaf.header[0][3]
    line = TextLine(top=49.0, x0=cell.bbox.x0 - 5, size=10.0, text="2022/23 年 实际数与计",
                    cells=[(cell.bbox.x0 - 5, cell.bbox.x1 + 5, "2022/23 年 实际数与计")], bottom=58.9)
    pages = [page(1, [text(60, "表 1. 主要财务数据")], [first]), page(2, [line], [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["盈余/(赤字)", "2023 年 12 月 31 日净资产"]
    assert t.header[0][3].text == "2022/23 年实际数与计划和预算的差异"


def test_upper_header_rows_repeated_overleaf_read_as_text_do_not_part_the_table() -> None:
    """s174 附件一 overleaf: the header repeated over the total row, its upper row (cells of
    three and four lines on their middle) set so far over its lower row that it was read as
    text: between the two parts of the table, it made the total a table of its own (seven
    figures lost). Text printing only pieces of the header's cells is the header repeated."""
    upper = ["部门 (单位: 千瑞郎)", "2022/23 年计划和预算", "调剂使用", "2022/23 年调剂使用后最终预算"]
    lower = ["", "", "调剂使用拨入", "调剂使用拨出"]
    first = table(1, 80, [upper, lower], [["专利和技术", "230,374", "340", "(4,084)"]])
    overleaf = table(2, 110, [lower], [["总计", "793,792", "36,409", "(36,409)"]])

    def line(top: float, *pieces: str) -> TextLine:
        cells = [(60 + 50 * i, 100 + 50 * i, p) for i, p in enumerate(pieces)]
        return TextLine(top=top, x0=60, size=8.5, text="  ".join(pieces), cells=cells, bottom=top + 8.5)
    lines = [line(65, "2022/23"), line(76, "年 调剂使"), line(81, "部门 (单位: 千瑞郎)", "年 计划和", "调剂使用 ¹"),
             line(86, "用后 最终"), line(92, "预算")]
    pages = [page(1, [text(60, "附件一 2022/23 年按部门开列的调剂使用后预算")], [first]), page(2, lines, [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["专利和技术", "总计"]


def test_a_label_alone_overleaf_on_the_next_stripe_is_a_row_of_its_own() -> None:
    """s044 A11-36 (zebra stripes, no rules): the last row before the break fills the page,
    its label its column; overleaf, under the header repeated, a label alone on a stripe.
    A row going on overleaf keeps its shade: the label is a row of its own (once joined to
    the last row's label, which then ran on into the next deliverable)."""
    header = [["交付成果", "项目预算", "支出"]]
    first = table(1, 80, header, [["开发并嵌入数据科学的战略性应用", "", ""],
                                  ["加强数据处理和信息技术解决方案的融合", "1,497,960", "1,021,694"]])
    first.label_runs_on = True
    first.bbox = Box(57, 80, 538, 88.5)   # the page written to the last row's foot: no room left
    overleaf = table(2, 60, header, [["设计并配置初始后端应用程序编程接口管理环境", "", ""],
                                     ["PM 交付高质量的项目行政管理", "750,244", "327,813"]])
    overleaf.bbox = Box(57, 60, 538, 68.5)
    stripe_row = overleaf.rows[0][0].bbox
    overleaf.stripes = [(2, Box(57, stripe_row.top - 3, 538, stripe_row.bottom + 3))]
    pages = [page(1, [text(60, "(单位：瑞郎)")], [first]), page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["开发并嵌入数据科学的战略性应用", "加强数据处理和信息技术解决方案的融合",
                                           "设计并配置初始后端应用程序编程接口管理环境", "PM 交付高质量的项目行政管理"]


def test_a_label_alone_overleaf_after_a_row_set_on_its_foot_is_a_row_of_its_own() -> None:
    """s259 A11-20 (cells on their foot, no rules, no stripes): the last row before the break
    has its label and, on the label's last line, its figures; overleaf a label alone. A row
    broken by the page would show its figures overleaf, under its label's rest: the label is a
    row of its own (once joined to the last, which ran on into the next deliverable)."""
    def row(page_no: int, top: float, label: str, lines: int, figures: list[str]) -> list[Cell]:
        bottom = top + 8 + 10.5 * (lines - 1)
        cells = [Cell(label, label, page_no, Box(56, top, 200, bottom))]
        return cells + [Cell(f, f, page_no, Box(260 + 60 * i, bottom - 8, 300 + 60 * i, bottom)) if f
                        else Cell("", "", page_no) for i, f in enumerate(figures)]
    header = [["交付成果", "项目预算", "支出"]]
    first = table(1, 680, header, [])
    first.rows = [row(1, 700, "技术标准在本组织范围内实施 API 管理功能", 3, ["", ""]),
                  row(1, 735, "加强数据处理和信息技术解决方案的融合,以实现更高的组织效率", 2, ["1,497,960", "1,021,694"])]
    first.label_runs_on, first.bbox = True, Box(57, 680, 538, 753.5)
    overleaf = table(2, 60, [], [])
    overleaf.rows = [row(2, 60, "设计并配置初始后端应用程序编程接口管理环境", 3, ["", ""]),
                     row(2, 95, "PM 交付高质量的项目行政管理", 2, ["750,244", "327,813"])]
    overleaf.bbox = Box(57, 60, 538, 113.5)
    pages = [page(1, [text(660, "(单位：瑞郎)")], [first]), page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows][-3:] == ["加强数据处理和信息技术解决方案的融合,以实现更高的组织效率",
                                                "设计并配置初始后端应用程序编程接口管理环境", "PM 交付高质量的项目行政管理"]


def test_figures_before_the_break_and_their_label_overleaf_on_one_shade_are_one_row() -> None:
    """The bare rendering's 附件四 (zebra stripes): the renderer moved 2.3's label overleaf and
    left its figures at the page's foot, both on a stripe. The row is read by its figures'
    shade where it has no label there: one row (once parted for want of a label's shade)."""
    header = [["预期成果", "核定预算", "支出"]]
    first = table(1, 680, header, [["2.2 产权组织将国际社会凝聚起来", "17,825", "19,572"], ["", "3,805", "3,415"]])
    first.rows[-1][0] = Cell("", "", 1)
    first.stripes = [(1, Box(57, 675, 538, 700))]
    overleaf = table(2, 65, header, [["2.3 为树立尊重知识产权的风尚开展国际对话与合作", "", ""],
                                     ["2.4 与联合国、政府间组织和非政府组织建立有效的互动", "7,583", "7,309"]])
    overleaf.stripes = [(2, Box(57, 60, 538, 80))]
    pages = [page(1, [text(660, "附件四 (单位：千瑞郎)")], [first]), page(2, [], [overleaf])]
    [t] = assemble(pages)
    assert [c.text for c in t.rows[1]] == ["2.3 为树立尊重知识产权的风尚开展国际对话与合作", "3,805", "3,415"]


def test_a_header_repeated_overleaf_read_as_text_over_headerless_rows_does_not_part_them() -> None:
    """s106 T1 overleaf (Chromium, cells on their middle): the header repeated over the last
    rows, its lines interleaved and reaching past the one column of figures the page shows,
    read as text; the rows a table without a header, once a second table (four figures and
    two cross-table checks lost). Lines printing only pieces of the header's cells, one of
    them a row of cells, are the header repeated."""
    header = [["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数", "2022/23 年实际数与计划和预算的差异"]]
    first = table(1, 80, header, [["盈余/(赤字)", "70.8", "121.5", ""]])
    overleaf = table(2, 92, [], [["重估储备金盈余", "(12.3)"], ["2023 年 12 月 31 日净资产", "605.2"]])

    def line(top: float, *cells: tuple[float, str]) -> TextLine:
        return TextLine(top=top, x0=cells[0][0], size=9.0, text="  ".join(t for _, t in cells),
                        cells=[(x, x + 60, t) for x, t in cells], bottom=top + 9.0)
    lines = [line(60.5, (263, "2022/23 年 计划和预"), (456, "2022/23 年 实际数与")),
             line(67.2, (66, "主要财务数据"), (364, "2022/23 年 实际数")),
             line(74.0, (301, "算"), (460, "计划 和预算的差异"))]
    pages = [page(1, [text(60, "表 1. 2022/23 年主要财务数据")], [first]), page(2, lines, [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["盈余/(赤字)", "重估储备金盈余", "2023 年 12 月 31 日净资产"]


def test_a_header_cells_first_line_read_as_text_over_a_header_read_in_two_rows_is_no_text_between() -> None:
    """s140 T1 across pages 2-4: the header read on page 2 in two rows ("2022/23 年实际数与计"
    over "划和预算的差异"), repeated on page 4 with its first line read as text over the rest:
    a piece of the header it repeats, no text between two tables (once the last row a table
    of its own)."""
    upper = ["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数", "2022/23 年实际数与计"]
    first = table(1, 80, [upper, ["", "", "", "划和预算的差异"]], [["盈余/(赤字)", "70.8", "121.5", ""]])
    overleaf = table(2, 70, [upper[:3] + ["划和预算的差异"]], [["2023 年 12 月 31 日净资产", "", "605.2", ""]])
    line = TextLine(top=49.0, x0=459.2, size=10.0, text="2022/23 年 实际数与计",
                    cells=[(459.2, 562.9, "2022/23 年 实际数与计")], bottom=58.9)
    pages = [page(1, [text(60, "表 1. 主要财务数据")], [first]), page(2, [line], [overleaf])]
    [t] = assemble(pages)
    assert [r[0].text for r in t.rows] == ["盈余/(赤字)", "2023 年 12 月 31 日净资产"]
