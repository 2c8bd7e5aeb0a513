"""The last row of a table read from the lines at the top of the next page
(extractors.row_overleaf), on hand-made lines."""
from __future__ import annotations

from extractors.model import Box, Cell, Table
from extractors.pages import TextLine
from extractors.row_overleaf import wrapped_rows_overleaf


def text_line(top: float, *cells: tuple[float, float, str], size: float = 8.0) -> TextLine:
    return TextLine(top, cells[0][0], size, "  ".join(c[2] for c in cells), list(cells), top + size)


def table() -> Table:
    header = [[Cell(text, text, 2) for text in ("主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数",
                                                 "2022/23 年实际数与计划和预算的差异")]]
    row = [Cell("重估储备金盈余", "", 2, Box(76, 700, 160, 708)), Cell("", "", 2),
           Cell("(12.3)", "", 2, Box(380, 700, 402, 708)), Cell("", "", 2)]
    return Table(page_start=2, page_end=2, bbox=Box(76, 60, 520, 750), header=header, rows=[row])


def one_row_table(page: int, spans: list[tuple[float, float]], texts: list[str], top: float, bottom: float,
                  bbox: Box, text_size: float = 0.0) -> Table:
    """A table ending at the foot of `page` with one row, its cells where `spans` say."""
    row = [Cell(t, t, page, Box(x0, top, x1, bottom)) for (x0, x1), t in zip(spans, texts)]
    return Table(page_start=page, page_end=page, bbox=bbox, header=[], rows=[row], text_size=text_size)


def last_row_after(prev: Table, lines: list[TextLine], width: float, height: float) -> list[str]:
    """`prev`'s last row once the next page, holding only `lines`, is stitched to it."""
    from extractors.assemble import assemble
    from extractors.pages import PageResult
    pages = [PageResult(page=prev.page_end, width=width, height=height, tables=[prev], texts=[]),
             PageResult(page=prev.page_end + 1, width=width, height=height, tables=[], texts=lines)]
    return [c.text for c in assemble(pages)[0].rows[-1]]


def test_a_row_wrapped_round_its_figure_under_the_header_repeated() -> None:
    """WeasyPrint, cells on their middle (s045 p3)."""
    lines = [text_line(71.6, (406, 518, "2022/23 年 实际数与计划 和预")),
             text_line(76.9, (76, 124, "主要财务数据"), (185, 269, "2022/23 年 计划和预算"), (311, 379, "2022/23 年 实际数")),
             text_line(82.3, (446, 478, "算的差异")),
             text_line(96.5, (76, 160, "2023 年 12 月 31 日净")),
             text_line(101.9, (382, 402, "605.2")),
             text_line(107.2, (76, 92, "资产")),
             text_line(127.6, (74, 521, "¹ 2022/23 年预算。"), size=6.4)]
    found = wrapped_rows_overleaf(table(), lines, 3)
    assert found is not None
    [row], read = found
    assert [c.text for c in row] == ["2023 年 12 月 31 日净资产", "", "605.2", ""]
    assert read == lines[:6] and row[2].page == 3


def test_rows_each_wrapped_round_its_figure_overleaf_are_each_a_row() -> None:
    """s291 p3 (WeasyPrint, Droid 9.5 pt, unruled, cells on their middle): T1's last three rows
    overleaf, the first two each wrapped round its figure, the last on one line, then the
    footnotes. Once the second row's first line was read as the first's, and the rest lost."""
    size = 9.5
    lines = [text_line(50.9, (54.7, 216.3, "截至 2023 年 12 月 31 日的净资产——"), size=size),
             text_line(57.0, (421.6, 445.3, "838.6"), size=size),
             text_line(62.0, (54.7, 150.3, "不包括精算收益/(损失)"), size=size),
             text_line(80.2, (54.7, 213.8, "2023 年 12 月 31 日计入净资产的精算"), size=size),
             text_line(86.0, (415.2, 445.3, "(233.4)"), size=size),
             text_line(91.2, (54.7, 102.8, "收益/(损失)"), size=size),
             text_line(109.4, (54.7, 166.3, "2023 年 12 月 31 日净资产"), (421.6, 445.3, "605.2"), size=size),
             text_line(133.0, (51.4, 560.6, "¹ 2022/23 年预算。² 2022/23 年特别账户的 IPSAS 结算额为 38,231 瑞郎。"), size=6.5)]
    header = [[Cell(t, t, 2) for t in ("主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数")]]
    row = [Cell("重估储备金盈余", "", 2, Box(54.7, 700, 160, 709.5)), Cell("", "", 2),
           Cell("(12.3)", "", 2, Box(421.6, 700, 445.3, 709.5))]
    prev = Table(page_start=2, page_end=2, bbox=Box(54, 60, 557, 750), header=header, rows=[row])
    found = wrapped_rows_overleaf(prev, lines, 3)
    assert found is not None
    rows, read = found
    assert [[c.text for c in r] for r in rows] == [
        ["截至 2023 年 12 月 31 日的净资产——不包括精算收益/(损失)", "", "838.6"],
        ["2023 年 12 月 31 日计入净资产的精算收益/(损失)", "", "(233.4)"],
        ["2023 年 12 月 31 日净资产", "", "605.2"]]
    assert read == lines[:-1]


def test_text_at_the_top_of_the_page_is_no_row() -> None:
    heading = [text_line(62, (76, 200, "二、 计划绩效")), text_line(80, (76, 500, "本两年期的收入为 972.2 百万瑞郎。"))]
    assert wrapped_rows_overleaf(table(), heading, 3) is None
    no_label = [text_line(62, (382, 402, "605.2"))]
    assert wrapped_rows_overleaf(table(), no_label, 3) is None


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


def test_contents_entries_overleaf_at_a_tall_leading_are_each_a_row() -> None:
    """s290 p2 (LibreOffice, WenQuanYi 9 pt, cells on their middle, 1.8 lines apart): the
    contents' last entries at the top of the page, each wrapped round its page number; the page
    numbers of the edition at the foot of every page. "94", at the page's top edge like a
    running header, stands between its entry's lines: a cell, not the page's furniture. The
    entries' lines are 16.4 pt apart, the rows 18.1 pt (once "附件十 2023 年信托基金进" was cut
    there, and the two entries under it lost)."""
    from extractors.assemble import assemble
    from extractors.pages import PageResult
    size = 9.0
    prev = Table(page_start=1, page_end=1, bbox=Box(39.8, 114, 366.2, 742), header=[],
                 rows=[[Cell("附件九海牙业务指标", "", 1, Box(39.8, 732.7, 123.5, 741.7)),
                        Cell("89", "89", 1, Box(355.4, 732.7, 366.2, 741.7))]])
    lines = [text_line(42.5, (39.8, 147.8, "附件十 2023 年信托基金进"), size=size),
             text_line(50.7, (355.4, 366.2, "94"), size=size),
             text_line(58.9, (39.8, 66.8, "展报告"), size=size),
             text_line(77.0, (39.8, 147.8, "附件十一 2023 年基本建设"), size=size),
             text_line(85.2, (352.7, 368.9, "109"), size=size),
             text_line(93.4, (39.8, 102.8, "总计划进展报告"), size=size),
             text_line(111.6, (39.8, 142.4, "附件十二 预期成果 3.1 推"), size=size),
             text_line(128.0, (39.8, 147.8, "广全球知识产权体系相关资"), (352.7, 368.9, "161"), size=size),
             text_line(144.4, (39.8, 66.8, "源细目"), size=size),
             text_line(400.0, (39.8, 300.0, "一、 财务和成果概览"), size=12.0)]
    folio = [text_line(810.0, (290.0, 302.0, str(n)), size=8.0) for n in (1, 2, 3)]
    pages = [PageResult(page=1, width=595, height=842, tables=[prev], texts=[folio[0]]),
             PageResult(page=2, width=595, height=842, tables=[], texts=lines + [folio[1]]),
             PageResult(page=3, width=595, height=842, tables=[], texts=[text_line(100.0, (39.8, 300.0, "正文。")), folio[2]])]
    [found] = assemble(pages)
    assert [[c.text for c in row] for row in found.rows[-3:]] == [
        ["附件十 2023 年信托基金进展报告", "94"], ["附件十一 2023 年基本建设总计划进展报告", "109"],
        ["附件十二预期成果 3.1 推广全球知识产权体系相关资源细目", "161"]], found.rows


def test_a_label_of_one_line_beside_its_figure_goes_on_under_it_overleaf() -> None:
    """s017 p2 (cells on their top): the contents' last entry overleaf, its page number beside
    its first line, "关资源细目" 7 pt under it; nothing on the page says how far apart the
    rows stand, so the line is the entry's (once read as a row of its own, the entry's label
    cut)."""
    from extractors.assemble import assemble
    from extractors.pages import PageResult
    size = 9.5
    prev = Table(page_start=1, page_end=1, bbox=Box(42.6, 120, 565.5, 745), header=[],
                 rows=[[Cell("附件十一 2023 年基本建设总计划进展报告", "", 1, Box(42.6, 721.4, 177.5, 745.4)),
                        Cell("109", "109", 1, Box(549.3, 728.6, 565.5, 738.1))]])
    lines = [text_line(46.7, (42.6, 235.2, "附件十二 预期成果 3.1 推广全球知识产权体系相"), (549.3, 565.5, "161"), size=size),
             text_line(63.3, (42.6, 87.6, "关资源细目"), size=size),
             text_line(186.7, (42.6, 140.2, "一、 财务和成果概览"), size=12.0)]
    pages = [PageResult(page=1, width=612, height=792, tables=[prev], texts=[]),
             PageResult(page=2, width=612, height=792, tables=[], texts=lines)]
    [found] = assemble(pages)
    assert [c.text for c in found.rows[-1]] == ["附件十二预期成果 3.1 推广全球知识产权体系相关资源细目", "161"], found.rows


def text_table() -> Table:
    """A table of benefits (text cells) ending at the foot of page 101."""
    spans = [(59.0, 246.0), (259.6, 352.4), (357.7, 453.5), (458.4, 551.9)]
    texts = ["改进网站搜索引擎优化（SEO）", "搜索结果页面退出率 19%", "搜索结果页面退出率 15%", "1 年（新系统到位和所有内容完成迁移后）"]
    row = [Cell(t, t, 101, Box(x0, 700, x1, 730)) for (x0, x1), t in zip(spans, texts)]
    return Table(page_start=101, page_end=101, bbox=Box(57, 500, 555, 730), header=[], rows=[row])


# s234 p102 (WeasyPrint, Noto Sans CJK 8.5 pt, cells on their middle, header not repeated): the
# table's last two rows overleaf, each column's lines half a line off its neighbours'.
S234_OVERLEAF = [
    (55.8, [(458.4, 551.9, '所有网页都采用通用外观')]),
    (66.1, [(59.0, 246.0, '使“静态”网页现代化，与新的产权组织通用外观'), (458.4, 551.9, '和风格。随着网页内容的')]),
    (71.2, [(299.7, 312.3, '0%'), (394.6, 416.6, '100%')]),
    (76.4, [(59.0, 203.5, '和风格保持一致，并提供现代网络功能'), (458.4, 551.9, '迁移，网页也采用现代网')]),
    (86.7, [(488.2, 522.2, '络功能。')]),
    (101.0, [(471.2, 539.2, '唯一身份浏览量：')]),
    (111.2, [(458.5, 551.9, '112,518,593（2022 年）')]),
    (121.5, [(462.7, 547.7, '会话次数：63,669,997')]),
    (131.8, [(459.8, 550.5, '（2022 年） 每次会话时')]),
    (137.0, [(272.0, 340.0, '唯一身份浏览量：')]),
    (142.1, [(460.1, 550.3, '间：3:41（2022 年） 页')]),
    (147.2, [(261.6, 350.4, '70,460,059（2019 年）')]),
    (152.4, [(367.3, 443.8, '唯一身份浏览量增加'), (458.4, 551.9, '面浏览量和会话次数的增')]),
    (157.5, [(59.0, 246.0, '由于客户体验得到改善，网站总体流量和每页花费'), (266.8, 345.2, '会话次数 27,308,909')]),
    (162.7, [(358.1, 453.1, '10% 会话次数增加 5% 每'), (458.4, 551.9, '长超出预期（可能是由于')]),
    (167.8, [(59.0, 127.0, '的时间都有所增加'), (260.7, 351.3, '（2019 年） 每次会话时')]),
    (173.0, [(366.3, 444.9, '次会话时间增加 15%'), (458.4, 551.9, '在准备迁移过程中进行了')]),
    (178.1, [(265.4, 346.6, '间：5 分 18 秒（2019')]),
    (183.2, [(466.9, 543.4, '清理，从而改进了内')]),
    (188.4, [(297.5, 314.5, '年）')]),
    (193.5, [(458.4, 551.9, '容）。但是，每次会话时')]),
    (203.8, [(458.4, 551.9, '间有所减少，原因可能是')]),
    (214.1, [(458.4, 551.9, '用户找到所需内容的速度')]),
    (224.4, [(492.4, 517.9, '变快。')]),
]


def test_rows_of_text_interleaved_overleaf_are_read_in_the_columns_of_the_table_they_go_on() -> None:
    """s234 p102: the last two rows of a table of text overleaf, without header; cells set on
    their middle put no two of a row's cells on one line. Read as page text, the row of
    "0%" and "100%" was in no table and the table was not found."""
    from extractors.row_overleaf import text_rows_overleaf
    lines = [text_line(top, *cells, size=8.5) for top, cells in S234_OVERLEAF]
    lines.append(text_line(248.9, (57.0, 128.4, "风险和减缓行动"), size=10.2))
    found = text_rows_overleaf(text_table(), lines, 102)
    assert found is not None
    rows, read = found
    assert [[c.text for c in row] for row in rows] == [
        ["使“静态”网页现代化,与新的产权组织通用外观和风格保持一致,并提供现代网络功能", "0%", "100%",
         "所有网页都采用通用外观和风格。随着网页内容的迁移,网页也采用现代网络功能。"],
        ["由于客户体验得到改善,网站总体流量和每页花费的时间都有所增加",
         "唯一身份浏览量:70,460,059(2019 年)会话次数 27,308,909(2019 年) 每次会话时间:5 分 18 秒(2019年)",
         "唯一身份浏览量增加10% 会话次数增加 5% 每次会话时间增加 15%",
         "唯一身份浏览量:112,518,593(2022 年)会话次数:63,669,997(2022 年) 每次会话时间:3:41(2022 年) 页面浏览量和会话次数的增长超出预期(可能是由于在准备迁移过程中进行了清理,从而改进了内容)。但是,每次会话时间有所减少,原因可能是用户找到所需内容的速度变快。"]]
    assert read == lines[:-1]


def test_a_paragraph_at_the_top_of_the_page_is_no_row_of_text() -> None:
    from extractors.row_overleaf import text_rows_overleaf
    lines = [text_line(60, (59, 552, "本附件报告了成员国批准的由产权组织储备金供资的所有基本建设总计划项目。"), size=8.5),
             text_line(72, (59, 400, "本报告包括 2023 年正在实施项目的进度报告。"), size=8.5)]
    assert text_rows_overleaf(text_table(), lines, 102) is None


def test_the_rest_of_a_rows_cell_under_the_header_repeated_goes_on_with_that_row() -> None:
    """The fixture p91: the header band repeated, then the rest of the last row's second cell
    (its label and third cell ended overleaf); then a note's lines set larger, no row."""
    from extractors.assemble import assemble
    from extractors.pages import PageResult
    spans = [(61.0, 180.0), (191.4, 492.8), (503.8, 529.3)]
    head = [Cell(t, t, 90, Box(x0, 60, x1, 68)) for (x0, x1), t in zip(spans, ["绩效指标", "2023 年主要成果", "受益国"])]
    row = [Cell(t, t, 90, Box(x0, 752, x1, 760)) for (x0, x1), t in zip(spans, ["公共机构开发的商业化技术数量", "", "泰国"])]
    first = [Cell(t, t, 90, Box(x0, 700, x1, 708)) for (x0, x1), t in zip(spans, ["学生和学术界", "70 多名参与者", "特立尼达和多巴哥"])]
    prev = Table(page_start=90, page_end=90, bbox=Box(57, 60, 538, 760), header=[head], rows=[first, row], text_size=8.5)
    lines = [text_line(69.2, (61.0, 95.0, "绩效指标"), (191.4, 255.9, "2023 年主要成果"), (503.8, 529.3, "受益国"), size=8.5),
             text_line(84.5, (191.4, 488.7, "为了实现商业化，泰国孔敬大学开发了一种新型食品包装薄膜原型，"), size=8.5),
             text_line(96.8, (191.4, 352.9, "用于延长水果和蔬菜的保质期。"), size=8.5),
             text_line(134.9, (57.0, 479.1, "https://www.wipo.int/edocs/mdocs/copyright/zh/sccr_43/summary.pdf;"), size=9.5)]
    pages = [PageResult(page=90, width=595, height=842, tables=[prev], texts=[]),
             PageResult(page=91, width=595, height=842, tables=[], texts=lines)]
    found = assemble(pages)
    assert len(found) == 1 and len(found[0].rows) == 2, found
    assert [c.text for c in found[0].rows[-1]] == [
        "公共机构开发的商业化技术数量", "为了实现商业化,泰国孔敬大学开发了一种新型食品包装薄膜原型,用于延长水果和蔬菜的保质期。", "泰国"]


def test_a_sub_row_overleaf_with_figures_of_its_own_is_a_row() -> None:
    """s020 p235: a grid's last row overleaf with no label of its own (a second indicator
    under the label above) and figures where the row above has its own: a row, not the
    rest of the one above (once its figures were run into that row's, "0 1", "50% 200%")."""
    from extractors.assemble import assemble
    from extractors.pages import PageResult
    spans = [(68.2, 226.0), (240.3, 303.3), (318.0, 382.0), (397.0, 460.2), (476.0, 538.8)]
    texts = ["通过加强数据治理和数据管理做法,降低数据管理不当的风险", "已实施和监测的数据标准百分比", "0", "50%", "-"]
    prev = one_row_table(234, spans, texts, 600, 670, Box(65, 340, 541, 674), 10.5)
    lines = [text_line(72.9, (240.3, 303.3, "使用标准化数"), (376.8, 381.7, "1"), (433.0, 460.2, "200%"), (535.2, 538.8, "-"),
                       size=10.5),
             text_line(90.5, (240.3, 303.3, "据架构和管理"), size=10.5),
             text_line(108.2, (240.3, 303.3, "的业务领域增"), size=10.5),
             text_line(125.8, (282.3, 303.3, "长率"), size=10.5)]
    pages = [PageResult(page=234, width=612, height=792, tables=[prev], texts=[]),
             PageResult(page=235, width=612, height=792, tables=[], texts=lines)]
    found = assemble(pages)
    assert [[c.text for c in r] for r in found[0].rows] == [
        texts, ["", "使用标准化数据架构和管理的业务领域增长率", "1", "200%", "-"]], found[0].rows


def test_a_caption_set_a_little_larger_under_the_last_row_overleaf_is_no_row() -> None:
    """The bare rendering p50: the table's total row alone at the top of the page, then the
    next table's caption set at 9 pt over rows at 8.5: the caption is no line of the row."""
    spans = [(62.0, 330.0), (346.4, 384.5), (433.1, 471.4), (495.0, 533.3)]
    texts = ["4.3 知识产权知识和技能在所有成员国得到增进", "2,653", "2,387", "2,170"]
    prev = one_row_table(49, spans, texts, 700, 708, Box(57, 400, 538, 760), 8.5)
    lines = [text_line(67.2, (62.0, 79.0, "总计"), (351.4, 384.5, "230,374"), (438.2, 471.4, "226,630"),
                       (500.1, 533.3, "207,412"), size=8.5),
             text_line(89.2, (57.0, 236.1, "预算和支出（人事和非人事） (单位：千瑞郎)"), size=9.0)]
    last = last_row_after(prev, lines, 595, 842)
    assert last == ["总计", "230,374", "226,630", "207,412"], last


def test_a_note_at_the_margin_under_the_total_row_overleaf_is_no_row() -> None:
    """s055 p81: the total row alone at the top of the page, then a note set at the page's
    margin, left of the labels: the note ("…73,687.08 瑞士法郎…") is page text, not the rest of
    the total's label."""
    spans = [(53.4, 240.9), (262.9, 299.1), (325.1, 361.3), (387.8, 423.1)]
    texts = ["提高数据处理和信息技术解决方案的一致性", "240,000", "318,910", "389,271"]
    prev = one_row_table(80, spans, texts, 700, 708, Box(51, 400, 561, 760), 7.5)
    lines = [text_line(48.9, (53.4, 68.4, "总计"), (262.9, 299.1, "6,960,000"), (325.1, 361.3, "6,845,556"),
                       (387.8, 423.1, "6,886,313"), size=7.5),
             text_line(68.4, (51.0, 246.4, "剩余的预算余额 73,687.08 瑞士法郎随后将归入累计盈余。"), size=7.5)]
    last = last_row_after(prev, lines, 612, 792)
    assert last == ["总计", "6,960,000", "6,845,556", "6,886,313"], last


def test_a_label_overleaf_longer_than_any_on_the_page_before_stays_in_its_column() -> None:
    """s250 p112: the last row of a table of benefits overleaf, its label reaching further right
    than any label on the page before (up to 266.6, the labels there up to 234.7) but short of
    the next column's cells. It stood in no column, and the row was lost."""
    from extractors.row_overleaf import text_rows_overleaf
    spans = [(67.0, 234.7), (278.2, 336.2), (348.9, 404.6), (436.2, 456.3), (487.5, 544.1)]
    texts = ["提高全组织的意识和准备（包括所有工作人员）", "工作人员在经历就地避难演习之前接受培训。", "0% (2022 年)", "100%",
             "10% (2023 年) [将于 2024 年完成]"]
    prev = one_row_table(111, spans, texts, 684, 718, Box(62, 470, 550, 720))
    lines = [text_line(63.4, (279.2, 335.7, "符合本组织对员")),
             text_line(69.4, (67.0, 266.6, "减少产权组织风险热度地图中提到的与恐怖主义相关的组")),
             text_line(75.7, (279.6, 335.1, "工安全的低风险"), (348.9, 404.6, "100% (2022 年)"), (436.2, 456.3, "100%"),
                       (505.8, 525.8, "100%")),
             text_line(82.4, (67.0, 90.9, "织风险")),
             text_line(88.0, (295.2, 319.2, "偏好。")),
             text_line(115.5, (62.9, 137.5, "风险和减缓行动"), size=9.6)]
    found = text_rows_overleaf(prev, lines, 112)
    assert found is not None
    rows, read = found
    assert [[c.text for c in row] for row in rows] == [
        ["减少产权组织风险热度地图中提到的与恐怖主义相关的组织风险", "符合本组织对员工安全的低风险偏好。", "100% (2022 年)", "100%", "100%"]]
    assert read == lines[:-1]


def test_a_label_of_three_lines_round_its_figure_overleaf_is_the_tables_last_row() -> None:
    """s005 p2: the contents' last entry overleaf, its label wrapped over three lines and its
    page number beside the middle one (cells on their middle). The middle line holds label and
    figure, so no line held the figures alone, and the entry was lost (its first line taken
    for the caption of the table under it)."""
    prev = Table(page_start=1, page_end=1, bbox=Box(54, 120, 370, 745), header=[],
                 rows=[[Cell("附件十一 2023 年基本建设总计划进展报告", "", 1, Box(54.0, 721.4, 177.5, 745.4)),
                        Cell("109", "109", 1, Box(351.0, 728.6, 368.1, 738.1))]])
    lines = [text_line(57.1, (54.0, 171.8, "附件十二 预期成果 3.1 推广"), size=9.5),
             text_line(71.5, (54.0, 177.5, "全球知识产权体系相关资源细"), (351.0, 368.1, "161"), size=9.5),
             text_line(86.0, (54.0, 63.5, "目"), size=9.5),
             text_line(122.6, (54.0, 92.0, "附件十三"), (186.6, 352.1, "2022/23 年按预期成果开列的发展支出"), (441.2, 458.3, "162"),
                       size=9.5)]
    found = wrapped_rows_overleaf(prev, lines, 2)
    assert found is not None
    [row], read = found
    assert [c.text for c in row] == ["附件十二预期成果 3.1 推广全球知识产权体系相关资源细目", "161"]
    assert read == lines[:3]


def test_a_note_set_off_under_the_total_row_overleaf_is_no_part_of_its_label() -> None:
    """s126 p75: annex 7's total row alone overleaf, the table's note a line and a half under
    it, wider than any label of the page before. The note is no cell's line reaching past its
    column: it stands off the row, among none of its lines."""
    from extractors.row_overleaf import text_rows_overleaf
    spans = [(61.5, 150.0), (229.4, 263.6), (277.2, 311.4), (534.1, 550.5)]
    texts = ["其他", "16,244", "15,944", "-6.1"]
    prev = one_row_table(74, spans, texts, 740, 749.5, Box(59, 500, 552, 760))
    lines = [text_line(59.0, (61.5, 80.5, "总计"), (229.4, 263.6, "265,384"), (277.2, 311.4, "274,889"),
                       (534.1, 550.5, "-1.8"), size=9.5),
             text_line(84.3, (59.9, 216.4, "注： 2023 年数据为产权组织的概算。"), size=9.5),
             text_line(101.9, (59.9, 245.7, "来源：产权组织统计数据库， 2024 年 3 月。"), size=9.5)]
    found = text_rows_overleaf(prev, lines, 75)
    rows = found[0] if found is not None else []
    assert all("注" not in row[0].text for row in rows), [[c.text for c in row] for row in rows]


def test_a_label_reaching_past_its_column_on_a_line_of_the_rows_cells_stays_in_it() -> None:
    """s200 p127: the last row of a table of benefits overleaf, cells on their foot: the
    indicator's first line alone, then the label, longer than any of the page before, on the
    line of the row's other cells. The label stands in its column on a line holding cells."""
    from extractors.row_overleaf import text_rows_overleaf
    spans = [(51.1, 198.1), (261.1, 324.1), (358.9, 400.5), (459.5, 477.1), (490.4, 553.6)]
    texts = ["提高全组织的意识和准备（包括所有工作人员）", "工作人员在经历就地避难演习之前接受培训。", "0% (2022 年)", "100%",
             "10% (2023 年) [将于 2024 年完成]"]
    prev = one_row_table(126, spans, texts, 672, 710, Box(47, 560, 557, 712))
    lines = [text_line(56.0, (261.1, 324.1, "符合本组织对员工安"), size=7.0),
             text_line(71.6, (51.1, 247.1, "减少产权组织风险热度地图中提到的与恐怖主义相关的组织风险"), (268.1, 324.1, "全的低风险偏好。"),
                       (351.7, 400.5, "100% (2022 年)"), (459.5, 477.1, "100%"), (536.0, 553.6, "100%"), size=7.0)]
    found = text_rows_overleaf(prev, lines, 127)
    assert found is not None
    rows, _ = found
    assert [c.text for c in rows[-1]][:2] == ["减少产权组织风险热度地图中提到的与恐怖主义相关的组织风险", "符合本组织对员工安全的低风险偏好。"]


def test_a_row_wrapped_at_a_tall_leading_closer_than_rows_stand_is_the_last_row() -> None:
    """s230 T2 (LibreOffice, a 2.09-line leading, cells on their foot): the last row overleaf,
    its label's first line 10.7 pt over the line of its figures, further than a line's height,
    closer than the table's rows of one line stand (28.8 pt top to top): the row (once lost,
    the label read as a caption and its three figures with it)."""
    header = [[Cell(t, t, 4) for t in ("", "2022/23 年计划和预算收入概算", "2022/23 年收入实际数", "差异")]]
    spans = [(48.3, 147.5), (246.5, 273.4), (359.6, 386.5), (472.2, 500.1)]

    def row(top: float, texts: list[str]) -> list[Cell]:
        return [Cell(t, t, 4, Box(x0, top, x1, top + 10.0)) for (x0, x1), t in zip(spans, texts)]
    rows = [row(655.5 + 28.8 * k, [label, "1.0", "2.0", "100%"]) for k, label in
            enumerate(["仲裁", "出版物", "杂项收入", "小计", "IPSAS 调整后收入总额"])]
    prev = Table(page_start=4, page_end=4, bbox=Box(48, 600, 547, 781), header=header, rows=rows)
    lines = [text_line(54.5, (48.3, 186.3, "注: 里斯本收费收入 (单位: 千瑞"), size=10.0),
             text_line(75.4, (48.3, 61.3, "郎)"), (246.5, 273.4, "150.0"), (359.6, 386.5, "280.0"),
                       (473.7, 498.7, "187%"), size=10.0),
             text_line(125.2, (48.3, 244.3, "¹ 会费包括 2022/23 年的 IPSAS 调整数 29,924 瑞郎。"), size=8.0)]
    found = wrapped_rows_overleaf(prev, lines, 5)
    assert found is not None
    [last], read = found
    assert [c.text for c in last] == ["注: 里斯本收费收入 (单位: 千瑞郎)", "150.0", "280.0", "187%"]
    assert read == lines[:2]


def test_a_one_line_row_overleaf_then_a_row_wrapped_round_its_figure_are_both_rows() -> None:
    """s447 p2 (WeasyPrint, Noto Sans CJK 8.5 pt, unruled): the contents' last two entries
    overleaf, the first on one line, the second wrapped round its page number; the first alone
    was read (row_overleaf), the second lost as text."""
    size = 8.5
    lines = [text_line(61.0, (64.5, 265.0, "附件十一 2023 年基本建设总计划进展报告"), (532.0, 547.5, "109"), size=size),
             text_line(82.0, (64.5, 230.0, "附件十二 预期成果 3.1 推广全球知识产权体"), size=size),
             text_line(88.0, (532.0, 547.5, "161"), size=size),
             text_line(93.0, (64.5, 140.0, "系相关资源细目"), size=size)]
    row = [Cell("附件十 2023 年信托基金进展报告", "", 1, Box(64.5, 700, 245, 708.5)),
           Cell("94", "", 1, Box(536.5, 700, 547.5, 708.5))]
    prev = Table(page_start=1, page_end=1, bbox=Box(64, 120, 548, 710), header=[], rows=[row])
    found = wrapped_rows_overleaf(prev, lines, 2)
    assert found is not None
    rows, read = found
    assert [[c.text for c in r] for r in rows] == [
        ["附件十一 2023 年基本建设总计划进展报告", "109"],
        ["附件十二预期成果 3.1 推广全球知识产权体系相关资源细目", "161"]]
    assert read == lines
    assert wrapped_rows_overleaf(prev, lines[:1], 2) is None, "one line alone is row_overleaf's"


def test_a_tables_first_row_left_as_text_at_the_foot_before_is_its_first_row() -> None:
    """s452 p1-2 (LibreOffice, WQY 8.5 pt, grid, the contents' second table): its first row
    "附件十三 | 2022/23 年按预期成果开列的发展 / 支出 | 162" alone at the foot of page 1, under
    the contents' first table, read as text; the table, headerless, opens page 2. Once the
    row was lost."""
    from extractors.assemble import assemble
    from extractors.pages import PageResult
    size = 8.5
    first = one_row_table(1, [(46, 300), (398, 411)], ["附件十二 预期成果 3.1 推广全球知识产权体系相关资源细目", "161"],
                          707.7, 729.9, Box(45.5, 111.9, 410.7, 729.9), text_size=size)
    foot = [text_line(760.1, (46, 80, "附件十三"), (266, 460, "2022/23 年按预期成果开列的发展"), (467, 480, "162"),
                      size=size),
            text_line(773.8, (323, 340, "支出"), size=size)]
    rows = [[Cell("五、附录", "五、 附 录", 2, Box(46, 50.5, 90, 59)), Cell("163", "163", 2, Box(324, 50.5, 339, 59)),
             Cell("", "", 2)],
            [Cell("附录 A", "附录 A", 2, Box(46, 70.8, 80, 79.3)), Cell("方法", "方法", 2, Box(323, 70.8, 340, 79.3)),
             Cell("163", "163", 2, Box(467, 70.8, 480, 79.3))]]
    second = Table(page_start=2, page_end=2, bbox=Box(45.5, 50.5, 483, 79.3), header=[], rows=rows, text_size=size)
    pages = [PageResult(page=1, width=595, height=842, tables=[first], texts=foot),
             PageResult(page=2, width=595, height=842, tables=[second], texts=[])]
    tables = assemble(pages)
    assert len(tables) == 2
    assert [c.text for c in tables[1].rows[0]] == ["附件十三", "2022/23 年按预期成果开列的发展支出", "162"]
    assert tables[1].page_start == 1 and len(tables[1].rows) == 3


def test_text_at_the_foot_that_is_no_row_of_the_next_pages_table_stays_text() -> None:
    from extractors.row_overleaf import rows_at_foot
    size = 8.5
    rows = [[Cell("附录 A", "附录 A", 2, Box(46, 70.8, 80, 79.3)), Cell("方法", "方法", 2, Box(323, 70.8, 340, 79.3)),
             Cell("163", "163", 2, Box(467, 70.8, 480, 79.3))]]
    table = Table(page_start=2, page_end=2, bbox=Box(45.5, 70.8, 483, 79.3), header=[], rows=rows, text_size=size)
    paragraph = [text_line(760.1, (46, 540, "本附件报告了成员国批准的由产权组织储备金供资的所有基本建设总计划项目。"), size=size)]
    assert rows_at_foot(table, paragraph, 2) is None
    words_only = [text_line(760.1, (46, 80, "附件十三"), (266, 460, "按预期成果开列的发展支出"), size=size)]
    assert rows_at_foot(table, words_only, 2) is None, "no figure: no row of a table of figures"
