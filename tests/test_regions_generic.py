"""Table regions on hand-made pages (no PDF needed): the layouts of public documents that
the ICDAR 2013 benchmark exercises — tables side by side, copies of one table side by side,
dot leaders, a table beside a column of body text, header set in another size."""
from __future__ import annotations

import pytest

from extractors.layout import Fill, Line, PageLayout, Rule, Segment, Word
from extractors.model import Box
from extractors import regions
from extractors.regions import find_regions, is_tabular, list_item, running_text
from extractors.structure import build_table

SIZE = 8.0


def words(x0: float, top: float, text: str, size: float = SIZE) -> list[Word]:
    """The words of one cell, 0.5 em per character and one space between words."""
    out, x = [], x0
    for token in text.split():
        width = 0.5 * size * len(token)
        out.append(Word(token, Box(x, top, x + width, top + size), size))
        x += width + 0.3 * size
    return out


def line(top: float, *cells: tuple[float, str], size: float = SIZE) -> Line:
    return Line([Segment(words(x0, top, text, size)) for x0, text in cells])


def hrule(x0: float, x1: float, y: float) -> Rule:
    return Rule(Box(x0, y - 0.25, x1, y + 0.25), horizontal=True)


def vrule(x: float, top: float, bottom: float) -> Rule:
    return Rule(Box(x - 0.25, top, x + 0.25, bottom), horizontal=False)


def grids(layout: PageLayout) -> list[list[list[str]]]:
    tables = [build_table(r, layout.page) for r in find_regions(layout)]
    return [t.grid() for t in tables if t is not None]


def printed(top: float, *cells: tuple[float, float, str], size: float = SIZE) -> Line:
    """A printed line: (x0, x1, text) per cell, each cell one word."""
    return Line([Segment([Word(text, Box(x0, top, x1, top + size), size)]) for x0, x1, text in cells])


def long_label_rows(rows: list[tuple[int, bool]], top: float, size: float, figures: list[str], xs: list[float],
                    label: tuple[float, float], leading: float, row_gap: float) -> tuple[list[Line], list[list[str]]]:
    """Rows whose labels wrap over n lines (`leading` apart), the figures on the first line
    of those that have them, rows `row_gap` apart; and the rows as they should be read."""
    lines, expected = [], []
    for r, (n, with_figures) in enumerate(rows):
        texts = []
        for k in range(n):
            text = f"第{r + 1}项成果说明第{k + 1}行"
            cells = [(label[0], label[1], text)]
            if with_figures and k == 0:
                cells += [(x, x + 5.0 * len(v), v) for x, v in zip(xs, figures)]
            lines.append(printed(top, *cells, size=size))
            texts.append(text)
            top += size + leading
        top += row_gap - leading
        expected.append(["".join(texts)] + (figures if with_figures else [""] * len(figures)))
    return lines, expected


def test_ruled_tables_side_by_side_are_two_tables() -> None:
    # Each table framed on its own; their rows share the page's lines.
    rows = [("Country", "Enquiries", "Country", "Enquiries"), ("Spain", "268", "Germany", "91"),
            ("Germany", "233", "Spain", "85"), ("France", "136", "Italy", "46")]
    lines = [line(100 + 12 * i, (60, a), (130, b), (230, c), (300, d)) for i, (a, b, c, d) in enumerate(rows)]
    rules = [hrule(x0, x0 + 110, 98 + 12 * i) for x0 in (55, 225) for i in range(5)]
    rules += [vrule(x, 98, 146) for x in (55, 125, 165, 225, 295, 335)]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines, rules=rules))
    assert found == [[["Country", "Enquiries"], ["Spain", "268"], ["Germany", "233"], ["France", "136"]],
                     [["Country", "Enquiries"], ["Germany", "91"], ["Spain", "85"], ["Italy", "46"]]]


def test_copies_of_one_table_side_by_side_are_one_table_each() -> None:
    lines = [line(100, (60, "Age"), (120, "Total"), (200, "Age"), (260, "Total"))]
    lines += [line(112 + 12 * i, (60, f"{i} years"), (120, f"{3000 + i:,}"), (200, f"{i + 40} years"),
                   (260, f"{2000 + i:,}")) for i in range(4)]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines))
    assert found == [[["Age", "Total"]] + [[f"{i} years", f"{3000 + i:,}"] for i in range(4)],
                     [["Age", "Total"]] + [[f"{i + 40} years", f"{2000 + i:,}"] for i in range(4)]]


def test_dot_leaders_and_typed_rules_are_no_cells() -> None:
    lines = [line(100, (60, "Proportion"), (200, "1.0"), (240, "1.1")),
             line(112, (60, "------------------------------")),
             line(124, (60, "0.99"), (90, "................"), (200, "800"), (240, "880")),
             line(136, (60, "0.95 ................"), (200, "160"), (240, "176"))]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines))
    assert found == [[["Proportion", "1.0", "1.1"], ["0.99", "800", "880"], ["0.95", "160", "176"]]]


def test_justified_text_column_beside_a_table_is_not_in_it() -> None:
    prose = "and the people who already have heart disease often focus on access to care"
    lines = [line(100, (40, "State"), (120, "Number"), (160, "Rate"), (250, prose))]
    lines += [line(112 + 12 * i, (40, name), (120, f"{1000 + i:,}"), (160, f"{50 + i}.5"), (250, prose))
              for i, name in enumerate(["Ohio", "Iowa", "Utah", "Idaho", "Maine", "Texas"])]
    lines += [line(184, (250, prose)), line(196, (250, prose))]
    found = grids(PageLayout(page=1, width=600, height=300, lines=lines))
    assert len(found) == 1
    assert found[0][0] == ["State", "Number", "Rate"]
    assert found[0][1:] == [[name, f"{1000 + i:,}", f"{50 + i}.5"]
                            for i, name in enumerate(["Ohio", "Iowa", "Utah", "Idaho", "Maine", "Texas"])]


def test_rows_set_smaller_than_the_header_stay_in_the_ruled_table() -> None:
    header = line(100, (120, "Weight"), (180, "Relative"), size=9.0)
    rows = [line(115 + 10 * i, (60, f"{250 * (i + 1)}"), (120, f"{5 + i}.8"), (180, f"{100 + i}"))
            for i in range(3)]
    rules = [hrule(50, 220, 98), hrule(50, 220, 112), hrule(50, 220, 146)]
    found = grids(PageLayout(page=1, width=400, height=300, lines=[header] + rows, rules=rules))
    assert found == [[["", "Weight", "Relative"], ["250", "5.8", "100"], ["500", "6.8", "101"],
                      ["750", "7.8", "102"]]]


def test_signs_in_place_of_figures_start_rows() -> None:
    # "†" (not applicable) holds a cell as a figure does: two lines each filling the same
    # columns, one with signs where the other has figures, are two rows.
    lines = [line(100, (60, "Group"), (150, "Mean"), (200, "Share")),
             line(112, (60, "None"), (150, "64.0"), (200, "†")),
             line(124, (60, "Some"), (150, "†"), (200, "54.4")),
             line(136, (60, "Many"), (150, "12.5"), (200, "45.7"))]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines))
    assert found == [[["Group", "Mean", "Share"], ["None", "64.0", "†"], ["Some", "†", "54.4"],
                      ["Many", "12.5", "45.7"]]]


def test_header_words_flush_over_two_columns_are_two_cells() -> None:
    # "graduate Graduate" printed as one run: each word ends flush with its own column.
    head = Line([Segment([Word("graduate", Box(150, 100, 182, 108), SIZE),
                          Word("Graduate", Box(185, 100, 222, 108), SIZE)])])
    rows = [line(112 + 12 * i, (60, name), (166, f"{10 + i}.5"), (206, f"{20 + i}.5"))
            for i, name in enumerate(["Total", "Public", "Private"])]
    found = grids(PageLayout(page=1, width=400, height=300, lines=[head] + rows))
    assert found[0][0] == ["", "graduate", "Graduate"]


def test_figures_with_currency_stars_and_intervals_are_figures() -> None:
    from extractors.regions import is_figure
    def seg(text: str) -> Segment:
        return Segment(words(0, 0, text))
    assert all(is_figure(seg(t)) for t in ["$49,497", "$1.1M", "5.3**", "~100", "(182.2–204.8)", "12.5"])
    assert not any(is_figure(seg(t)) for t in ["1988-94", "P60-235", "2b", "18–65 yrs", "Total"])


def test_heading_centred_over_the_figures_is_a_spanning_row() -> None:
    lines = [line(100, (60, "Source"), (150, "2008"), (200, "2009"), (250, "2010")),
             line(112, (60, "Actual"), (150, "49.2"), (200, "49.3"), (250, "49.4")),
             line(124, (152, "Projected values in thousands")),
             line(136, (60, "First"), (150, "49.6"), (200, "49.8"), (250, "50.1")),
             line(148, (60, "Second"), (150, "49.4"), (200, "49.6"), (250, "49.7"))]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines))
    assert found == [[["Source", "2008", "2009", "2010"], ["Actual", "49.2", "49.3", "49.4"],
                      ["", "Projected values in thousands", "Projected values in thousands",
                       "Projected values in thousands"],
                      ["First", "49.6", "49.8", "50.1"], ["Second", "49.4", "49.6", "49.7"]]]


def test_thousands_spaced_figures_are_one_cell() -> None:
    # "1 649 692" and "79 935": groups set half a space apart are one figure.
    def groups(top: float, label: str, *parts: tuple[float, str]) -> Line:
        segs = [Segment(words(60, top, label))]
        segs += [Segment([Word(t, Box(x, top, x + 4.0 * len(t), top + SIZE), SIZE)]) for x, t in parts]
        return Line(segs)
    lines = [line(100, (60, "Course"), (200, "Participants"), (280, "Females")),
             groups(112, "Labour", (227, "79"), (238, "935"), (300, "55")),
             groups(124, "Liberal", (216, "1"), (223, "649"), (238, "692"), (300, "72")),
             groups(136, "Other", (227, "91"), (238, "568"), (300, "66"))]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines))
    assert found == [[["Course", "Participants", "Females"], ["Labour", "79 935", "55"],
                      ["Liberal", "1 649 692", "72"], ["Other", "91 568", "66"]]]


def test_ruled_table_of_text_has_a_one_row_header() -> None:
    # Rows ruled across, the first ones without figures: the header is the top band only.
    rows = [("Groups", "Butter", "Margarine"), ("Astra", "Total: 0%", "Total: 47%"),
            ("Besnier", "Total: 18%", "Total: 0%"), ("Own brands", "26.9%", "19.4%"), ("Others", "42.2%", "13.3%")]
    lines = [line(100 + 14 * i, (60, a), (150, b), (240, c)) for i, (a, b, c) in enumerate(rows)]
    rules = [hrule(55, 320, 98 + 14 * i) for i in range(6)]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines, rules=rules))
    assert found == [[list(r) for r in rows]]


def test_justified_header_words_between_two_rules_are_one_cell() -> None:
    head = [line(100, (110, "Number"), (150, "of"), (200, "Pct"), (240, "of")),
            line(112, (110, "companies"), (200, "all"))]
    rows = [line(126 + 12 * i, (60, label), (110, f"{n}"), (200, f"{n}%"))
            for i, (label, n) in enumerate([("None", 52), ("One", 28), ("Two", 11)])]
    rules = [hrule(55, 280, y) for y in (98, 122, 160)]
    rules += [vrule(x, 98, 160) for x in (55, 105, 195, 280)]
    found = grids(PageLayout(page=1, width=400, height=300, lines=head + rows, rules=rules))
    assert found[0][0] == ["", "Number of companies", "Pct of all"]


def test_figures_under_a_figure_caption_are_a_chart() -> None:
    bars = [line(100 + 12 * i, (60, str(2001 + i)), (150, f"{30 - i}.5"), (250, f"{49 - i}.0")) for i in range(4)]
    caption = line(80, (60, "Figure 1: Population by age group"))
    assert grids(PageLayout(page=1, width=400, height=300, lines=[caption] + bars)) == []
    caption = line(80, (60, "Table 1: Population by age group"))
    assert len(grids(PageLayout(page=1, width=400, height=300, lines=[caption] + bars))) == 1


def test_groups_of_sub_rows_share_their_label() -> None:
    lines = [line(100, (60, "Difficulty"), (200, "Often"), (250, "Never"))]
    lines += [line(112, (60, "Alcohol use"), (150, "Count"), (200, "20"), (250, "391")),
              line(124, (150, "Percent"), (200, "4.3%"), (250, "83.7%")),
              line(136, (60, "Chronic illness and"), (150, "Count"), (200, "19"), (250, "425")),
              line(148, (60, "chronic pain"), (150, "Percent"), (200, "4.1%"), (250, "92.6%"))]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines))
    assert found == [[["Difficulty", "Difficulty", "Often", "Never"],
                      ["Alcohol use", "Count", "20", "391"], ["Alcohol use", "Percent", "4.3%", "83.7%"],
                      ["Chronic illness and chronic pain", "Count", "19", "425"],
                      ["Chronic illness and chronic pain", "Percent", "4.1%", "92.6%"]]]


def test_figures_beside_labels_in_one_ruled_column_are_two_columns() -> None:
    # The rule between labels and the first figures is drawn through the header only.
    head = line(100, (200, "Launch"), (260, "FY 2010"))
    rows = [line(114 + 12 * i, (60, label), (150, a), (200, b), (260, c))
            for i, (label, a, b, c) in enumerate([("Data sets", "47", "272", "389"),
                                                   ("Downloads", "0", "652", "2,348"),
                                                   ("Sites", "0", "6", "21")])]
    rules = [hrule(55, 300, y) for y in (98, 110, 150)]
    rules += [vrule(x, 98, 150) for x in (55, 190, 250, 300)] + [vrule(140, 98, 110)]
    found = grids(PageLayout(page=1, width=400, height=300, lines=[head] + rows, rules=rules))
    assert [row[:2] for row in found[0][1:]] == [["Data sets", "47"], ["Downloads", "0"], ["Sites", "0"]]


def test_paragraph_between_two_rules_is_not_a_table() -> None:
    prose = "This paragraph runs across the page between the page rule and the table"
    lines = [line(100 + 12 * i, (60, prose)) for i in range(3)]
    rows = [line(160 + 12 * i, (60, f"Row {i}"), (200, f"{i}.5"), (260, f"{i}.7")) for i in range(3)]
    rules = [hrule(55, 340, 90), hrule(55, 300, 156), hrule(55, 300, 196)]
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines + rows, rules=rules))
    assert found == [[[f"Row {i}", f"{i}.5", f"{i}.7"] for i in range(3)]]


def test_a_rule_under_a_spanning_header_parts_it_from_the_line_below() -> None:
    head = [line(100, (150, "Percent savings")), line(114, (150, "Speed"), (200, "Stops"))]
    rows = [line(128 + 12 * i, (60, f"C{i}"), (150, f"{i}.5%"), (200, f"{i}.9%")) for i in range(3)]
    rules = [hrule(55, 260, 98), hrule(145, 260, 111), hrule(55, 260, 125), hrule(55, 260, 165)]
    found = grids(PageLayout(page=1, width=400, height=300, lines=head + rows, rules=rules))
    assert found[0][:2] == [["", "Percent savings", "Percent savings"], ["", "Speed", "Stops"]]


def test_a_page_background_fill_is_no_table_band() -> None:
    from extractors.layout import Fill
    prose = [line(60 + 12 * i, (40, "Text beside the table, running on for a few words")) for i in range(3)]
    rows = [line(100 + 12 * i, (250, name), (330, f"{20 + i}%")) for i, name in enumerate(["Mink", "Otter", "Loon"])]
    rules = [hrule(245, 360, y) for y in (96, 110, 124, 138)]
    background = Fill(Box(0, 0, 400, 300), dark=False)
    found = grids(PageLayout(page=1, width=400, height=300, lines=prose + rows, rules=rules, fills=[background]))
    assert found == [[["Mink", "20%"], ["Otter", "21%"], ["Loon", "22%"]]]


def test_the_labels_end_where_labels_end_not_where_figures_set_alone_end():
    # A row's figures set at the middle of its two-line label stand on a line of their own;
    # the label column still ends where the labels do, so a heading centred over the first
    # figure column, wider than its figures, is over the figures, not beside the labels.
    from extractors.regions import _frame

    rows = [line(100, (60, "label one a"), (160, "1,234"), (210, "5,678")),
            line(110, (60, "label two")), line(115, (160, "2,345"), (210, "6,789")), line(120, (60, "ends"))]
    frame = _frame(rows)
    assert frame.labels_right < 160
    assert frame.over_values(line(80, (150, "heading")))


def test_a_header_above_the_rules_stops_at_the_rule_of_the_table_above() -> None:
    # Two tables ruled row by row one under the other (#14, s013): the one above the end of a
    # table of text (its rows' cells in no columns of their own: no table by itself), the
    # one below a header between its first two rules. The lines above that header are over
    # the upper table's closing rule: not a header of the table below.
    upper = [line(100, (220, "通过了 80 项"), (300, "新增通过 2 项"), (380, "新增通过 3 项")),
             line(114, (250, "通过并支助了"), (380, "支助了 2 项"))]
    header = line(138, (60, "绩效指标"), (220, "基准"), (300, "目标"), (380, "绩效数据"))
    rows = [line(152 + 14 * i, (60, name), (220, f"{60 + i}%"), (300, f"≥{70 + i}%"), (380, f"{80 + i}%"))
            for i, name in enumerate(["满意度", "成功率", "百分比"])]
    rules = [hrule(50, 440, y) for y in (98, 112, 126)] + [hrule(50, 440, y) for y in (136, 150, 164, 178, 192)]
    regions = find_regions(PageLayout(page=1, width=500, height=300, lines=upper + [header] + rows, rules=rules))
    below = [r for r in regions if any(ln is rows[0] for ln in r.lines)]
    assert len(below) == 1
    assert below[0].lines[0] is header



def flush_right(top: float, *cells: tuple[float, str]) -> list[Word]:
    """The words of cells each set flush right on its x (its text ends there)."""
    out: list[Word] = []
    for x1, text in cells:
        width = sum(0.5 * SIZE * len(t) for t in text.split()) + 0.3 * SIZE * (len(text.split()) - 1)
        out += words(x1 - width, top, text)
    return out


def test_right_aligned_text_columns_a_word_space_apart_are_columns() -> None:
    # Text columns set flush right, the next one's text starting one word space after a
    # column's edge on some rows (#14, s007/s013: "95% ≥95%满意"): each row's pair reads as one
    # piece, no strip of white runs down the table, yet the columns' edges show where
    # their cells end; text after an edge running to the next edge is the next cell.
    edges = (180, 220, 300)
    rows = [("满意度", "95%", "≥95%满意或非常", "96%(基于 25 份"), ("成功率", "93%", "≥90%满意或非常", "96%(基于 72 份"),
            ("百分比", "不适用", "≥80%", "82%"), ("考试率", "64%", "≥70%", "83%"),
            ("人数", "81,948", "每年增长 5%", "2022 年:87,967")]
    lines = [line(100, (40, "绩效指标"), (160, "基准"), (200, "目标"), (270, "绩效数据"))]
    for i, (label, *values) in enumerate(rows):
        top = 112 + 12 * i
        pieces = [words(40, top, label)] + [flush_right(top, (x, v)) for x, v in zip(edges, values)]
        if i < 2:  # base and target a word space apart: one piece
            pieces[1:3] = [pieces[1] + pieces[2]]
        lines.append(Line([Segment(p) for p in pieces]))
    found = grids(PageLayout(page=1, width=400, height=300, lines=lines))
    assert found == [[["绩效指标", "基准", "目标", "绩效数据"]] + [list(r) for r in rows]]


def test_a_lone_row_of_figures_among_rows_of_text_is_read_with_them() -> None:
    # A table of text cells, unruled, rows set apart by the leading plus roomy padding (1.4
    # lines) and each label wrapped onto a second line: only one row has figures. The rows of
    # text around it stand as far apart as rows do, not as far as a paragraph: one table.
    lines: list[Line] = []
    top = 100.0
    for i in range(5):
        cells = ("65%", "97%") if i == 2 else (f"目标{i}满意", f"数据{i}满意")
        lines.append(line(top, (60, f"指标{i}参与者"), (160, cells[0]), (240, cells[1])))
        lines.append(line(top + 1.2 * SIZE, (60, "的满意度")))
        top += 2.2 * SIZE + 1.4 * SIZE
    regions = find_regions(PageLayout(page=1, width=400, height=300, lines=lines))
    assert [len(r.lines) for r in regions] == [len(lines)]


def test_the_same_header_set_again_starts_the_next_table() -> None:
    """The tail of a table under its repeated header, then the next table of its kind under
    the same header, its columns set anew and its last heading no longer wrapped: two tables
    (s038 p43, where a header band and rows of wrapped cells held them in one region)."""
    from extractors.regions import Region, _split_at_header_anew

    first = [(60, "绩效指标"), (200, "基准"), (260, "目标"), (320, "绩效数据"), (400, "绩效指标")]
    second = [(60, "绩效指标"), (180, "基准"), (250, "目标"), (330, "绩效数据"), (420, "绩效指标评估")]
    lines = [line(100, *first), line(110, (400, "评估")),
             line(125, (60, "访问者人数"), (200, "20,086"), (260, "增长"), (320, "27,802"), (400, "●")),
             line(150, *second),
             line(165, (60, "满意度"), (180, "95%"), (250, "≥95%"), (330, "96%"), (420, "●")),
             line(180, (60, "成功率"), (180, "64%"), (250, "≥70%"), (330, "83%"), (420, "●"))]
    parts = _split_at_header_anew(Region(lines=lines))
    assert [[ln.text for ln in part.lines] for part in parts] == \
        [[ln.text for ln in lines[:3]], [ln.text for ln in lines[3:]]]
    # A body line that shares a cell or two with the header is no header.
    body = lines[:3] + [line(140, (60, "绩效指标"), (200, "基准"), (260, "12"))]
    assert len(_split_at_header_anew(Region(lines=body))) == 1
    # A lower header level that repeats its spanner's words is no header set again (s017 A1).
    levels = [line(100, (60, "部门"), (200, "2022/23"), (260, "调剂使用"), (360, "2022/23"), (420, "调剂使用占比%")),
              line(110, (200, "计划和预算"), (360, "最终预算")),
              line(125, (200, "调剂使用"), (250, "调剂使用"), (300, "调剂使用"), (360, "部门"), (420, "计划和预算")),
              line(140, (60, "专利和技术"), (200, "230,374"), (250, "340"), (300, "(4,084)"), (360, "226,630"))]
    assert len(_split_at_header_anew(Region(lines=levels))) == 1


def test_a_centred_page_title_with_a_date_beside_it_is_no_header_row() -> None:
    # A listing's title, centred over the table in two lines, the run date beside its
    # first line: that line and the title's foot look like a header row of cells and the
    # foot of one wrapped under it. The foot is wider than the title line over it, so it
    # ends no cell of that line, and the title stays off the table.
    title = [line(32, (350, "OF ACTIVE LICENSES"), (700, "3/19/2014")),
             line(42.7, (330, "OKLAHOMA ABLE COMMISSION"))]
    header = [line(60, (32, "LICENSE"), (330, "PREMISE")),
              line(70.8, (32, "NUMBER"), (110, "DBA NAME"), (210, "LICENSEE"), (330, "ADDRESS"),
                   (450, "CITY"), (540, "ST"), (580, "ZIP"), (690, "EXPIRES"))]
    rows = [(f"64876{i}", f"AIRLINE {i}", f"COMPANY {i} LLC", f"{7100 + i} TERMINAL DRIVE", "TULSA", "OK",
             f"7415{i}", f"2014/12/0{i + 1}") for i in range(6)]
    body = [line(81.5 + 10.7 * i, *zip((32, 110, 210, 330, 450, 540, 580, 690), row)) for i, row in enumerate(rows)]
    found = grids(PageLayout(page=1, width=792, height=612, lines=title + header + body))
    assert found == [[["LICENSE NUMBER", "DBA NAME", "LICENSEE", "PREMISE ADDRESS", "CITY", "ST", "ZIP", "EXPIRES"]]
                     + [list(row) for row in rows]]


def test_labels_wrapped_on_double_spaced_lines_keep_their_rows_together() -> None:
    # LibreOffice, lines double-spaced in the cells (a line's height between a cell's lines)
    # and rows a padding further apart (1.6 lines): each label wraps over two or three lines
    # under its figures. Every row is the table's, its label whole.
    labels = [["1.1 世界范围内的传播", "人们对知识产权改善", "的潜力有更好的认识"],
              ["2.4 与联合国建立有效", "织建立有效的互动和", "全球目标予以支持"],
              ["3.1 全球知识产权体系", "务知识和数据得到更", "的使用"]]
    figures = [("3,149", "3,718"), ("918", "887"), ("7,880", "7,546")]
    lines = [line(100, (43, "预期成果"), (290, "计划和预算"), (400, "支出"))]
    top = 125.0
    for label, (a, b) in zip(labels, figures):
        lines.append(line(top, (43, label[0]), (320 - 4 * len(a), a), (430 - 4 * len(b), b)))  # flush right
        lines += [line(top + 16 * k, (43, text)) for k, text in enumerate(label[1:], start=1)]
        top += 16 * len(label) + 5   # the wrapped lines a line apart; rows 1.6 lines apart
    found = grids(PageLayout(page=1, width=595, height=842, lines=lines))
    assert found == [[["预期成果", "计划和预算", "支出"]] + [["".join(label), a, b] for label, (a, b) in zip(labels, figures)]]


def test_small_print_in_tall_rows_is_one_table_with_its_header() -> None:
    # LibreOffice, a wide table in 6 pt type, its rows padded 3.4 lines apart and its header
    # as far above the first row as the rows stand apart; some rows have a figure in the
    # last column only. Every row is the table's, under its two header lines.
    size = 6.0
    unions = ["会费", "PCT", "马德里"]
    header = [line(48, (43, "主要财务数据"), *[(325 + 90 * k - 1.5 * len(u), u) for k, u in enumerate(unions)], size=size),
              line(70, *[(x, t) for k in range(3) for x, t in ((290 + 90 * k, "预算"), (330 + 90 * k, "实际数"))], size=size)]
    rows = [("收入", ["36,233", "36,537", "738,987", "744,487", "162,270", "173,875"]),
            ("直接联盟", ["30,111", "31,924", "245,078", "220,191", "75,900", "73,163"]),
            ("特别账户会费", ["", "", "", "", "", "16,673"]),
            ("特别账户支出", ["", "", "", "", "", "17,450"]),
            ("盈余", ["(10,109)", "(12,411)", "130,588", "146,711", "4,172", "9,995"])]

    def cells(values: list[str]) -> list[tuple[float, str]]:
        ends = [310 + 90 * k + d for k in range(3) for d in (0, 40)]   # flush right
        return [(end - 0.5 * size * len(v), v) for end, v in zip(ends, values) if v]
    body = [line(97 + 26.5 * i, (43, label), *cells(values), size=size) for i, (label, values) in enumerate(rows)]
    found = grids(PageLayout(page=1, width=842, height=595, lines=header + body))
    assert len(found) == 1, found
    assert found[0][:2] == [["主要财务数据", "会费", "会费", "PCT", "PCT", "马德里", "马德里"],
                            ["", "预算", "实际数", "预算", "实际数", "预算", "实际数"]]
    assert [row[0] for row in found[0][2:]] == [label for label, _ in rows]


def test_tall_rows_from_a_row_with_one_figure_are_one_run() -> None:
    # The same table overleaf, no header repeated (s053 A6, 12 columns of figures): its
    # first row has a figure in the total column only, and so have its last three; a
    # section label in bold between. Rows 3.4
    # lines apart are each a run of their own, and such a run lines up with too few of the
    # next row's figures to join it; the page's rows of figures standing that far apart,
    # they are one block: one table.
    size = 6.0
    ends = [327, 369, 411, 454, 496, 538, 580, 623, 665, 707, 749, 792]   # flush right
    full = ["-", "(1,019)", "-", "(33,624)", "-", "(1,310)", "-", "-", "-", "-", "-", "(35,954)"]
    rows = [("特别账户的投资收益", [""] * 11 + ["130"]),
            ("调整后的特别账户", ["-"] * 11 + ["38"]),
            ("投资收益", full), ("投资收益的调整额", full), ("盈余", full), ("净资产", [""] * 12),
            ("截至 2021 年的净资产", ["", "26,090", "", "678,310", "", "98,359", "", "(67,236)", "", "(6,200)", "", "729,323"]),
            ("重估储备金盈余", ["", "(773)", "", "(8,529)", "", "(2,413)", "", "(546)", "", "(51)", "", "(12,312)"]),
            ("特别账户的净资产", [""] * 11 + ["75"]),
            ("特别账户盈余", [""] * 11 + ["38"]),
            ("2023 年净资产", [""] * 11 + ["605,169"])]

    def cells(values: list[str]) -> list[tuple[float, str]]:
        return [(end - 0.5 * size * len(v), v) for end, v in zip(ends, values) if v]
    # Rows padded 2.6 lines apart, those with a label wrapped in other columns 3.4 lines.
    tops = [47.4, 74.0, 95.5, 117.1, 138.6, 160.2, 186.7, 213.3, 239.8, 266.4, 292.9]
    body = [line(top, (43, label), *cells(values), size=size) for top, (label, values) in zip(tops, rows)]
    for word in body[5].segments[0].words:   # the section label, in bold
        word.bold = True
    found = grids(PageLayout(page=1, width=842, height=595, lines=body))
    assert len(found) == 1, [t[0][0] for t in found]
    assert [row[0] for row in found[0]] == [label for label, _ in rows]


def test_a_header_cells_foot_a_tall_line_down_heads_the_one_row_under_it() -> None:
    # LibreOffice, cells double-spaced, a table begun at a page's foot: its header, one
    # heading wrapped onto a line a line's height down, its foot centred under it; then one
    # row, its label wrapped at the same pitch. The foot is the header's, and the header
    # the row's: one table (s068: the row '2.1' at p82's foot was lost).
    size = 10.0
    header = line(684.6, (37, "预期成果"), (184, "2022/23 年计划和预算"), (311, "2022/23 年调剂使用后"),
                  (452, "2022/23 年支出"), size=size)
    foot_x = header.segments[2].box.center_x - 0.5 * size   # "预算", two characters, centred
    lines = [line(620, (37, "这是一段正文，说明下表按成果开列预算和支出的情况，单位为千瑞郎。"), size=size),
             line(653.6, (37, "按成果开列的预算和支出 (单位：千瑞郎)"), size=size), header,
             line(704.5, (foot_x, "预算"), size=size),
             line(729.5, (37, "2.1 兼顾各方利益的有效"), (225, "7,411"), (352, "7,479"), (478, "7,144"), size=size),
             line(749.5, (37, "产权国际准则框架得到发"), size=size), line(769.5, (37, "展"), size=size)]
    found = grids(PageLayout(page=1, width=595, height=842, lines=lines))
    assert found == [[["预期成果", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"],
                      ["2.1 兼顾各方利益的有效产权国际准则框架得到发展", "7,411", "7,479", "7,144"]]]


def test_a_header_wider_than_a_continued_tables_last_rows_heads_them() -> None:
    # The last rows of a table continued at a page's top, with figures in one column only,
    # under its repeated header: its headings run on past those rows' width, and two wrap
    # onto a line a tall line's height down. Unruled, nothing else says how wide the table
    # is: the header is the rows', not text above a table (s074 T1's last two rows lost
    # their header, and the line of wrapped headings was read as their caption).
    size = 10.5
    lines = [printed(56.9, (51, 114, "主要财务数据"), (198, 303, "2022/23年计划和预"), (325, 420, "2022/23年实际数"),
                     (442, 548, "2022/23年实际数与"), size=size),
             printed(78.0, (245, 256, "算"), (452, 539, "计划和预算的差异"), size=size),
             printed(107.1, (51, 181, "2023年12月31日计入净"), (354, 392, "(233.4)"), size=size),
             printed(128.2, (51, 157, "资产的精算收益/(损失)"), size=size),
             printed(157.9, (51, 181, "2023年12月31日净资产"), (358, 388, "605.2"), size=size)]
    found = grids(PageLayout(page=5, width=595, height=842, lines=lines))
    assert found == [[["主要财务数据", "2022/23年计划和预算", "2022/23年实际数", "2022/23年实际数与计划和预算的差异"],
                      ["2023年12月31日计入净资产的精算收益/(损失)", "", "(233.4)", ""],
                      ["2023年12月31日净资产", "", "605.2", ""]]]


def test_rows_of_long_labels_padded_far_apart_with_figures_in_two_rows_are_one_table() -> None:
    # A word processor's tall lines: each cell's label wraps over two to five lines a line
    # apart, rows stand 1.75 lines apart, and only two rows, far apart, have figures (set at
    # their top). The rows' gap recurs between the label lines: they are one table under
    # the header (s074 A11-27: a page of the table was lost, 10 cells).
    size = 10.5
    header = [printed(56.9, (51, 93, "交付成果"), (204, 248, "项目预算"), (272, 327, "经调整的项"), (362, 383, "支出"),
                      (419, 474, "预算利用情"), (494, 546, "实施进展率"), size=size),
              printed(78.0, (284, 315, "目预算"), (441, 452, "况"), size=size)]
    rows, expected = long_label_rows([(2, False), (2, False), (3, False), (5, True), (4, False), (5, True), (3, False)],
                                     107.7, size, ["1,556,139", "2,198,131", "1,633,859", "74%", "75%"],
                                     [199, 273, 346, 435, 508], (51.0, 177.0), leading=10.6, row_gap=18.4)
    lines = header + rows
    found = grids(PageLayout(page=247, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert found[0][0] == ["交付成果", "项目预算", "经调整的项目预算", "支出", "预算利用情况", "实施进展率"]
    assert found[0][1:] == expected


def test_a_section_label_set_further_off_the_rows_under_it_keeps_the_rows_above() -> None:
    # A word processor's row of a section label, its other cells empty, is as tall as the
    # empty cells' type, larger than the table's: the label stands further off the rows
    # under it than they stand apart. Above it, a row of figures in the table's columns
    # and the header are still the table's (s074 A6 lost its header and first row).
    def row(top: float, label: str, *values: str) -> Line:
        return line(top, (51, label), *[(x - 0.5 * SIZE * len(v), v) for x, v in zip((215, 255, 315, 355), values)])
    lines = [line(40, (51, "主要财务数据"), (200, "甲联盟"), (300, "乙联盟")),
             line(62, (192, "预算"), (230, "实际数"), (292, "预算"), (330, "实际数")),
             row(87, "调整后收入", "36,233", "36,537", "738,987", "744,487"),
             line(112, (51, "支出")),
             row(144, "直接联盟", "30,111", "31,924", "245,078", "220,191"),
             row(169, "直接行政", "13,061", "12,610", "117,657", "102,651"),
             row(194, "小计，直接", "43,172", "44,534", "362,735", "322,842"),
             row(219, "间接联盟", "-", "-", "136,268", "129,867"),
             row(244, "小计，间接", "-", "-", "204,041", "189,740")]
    # Shading on the totals only: its stripes make the table's region.
    fills = [Fill(Box(46, top - 4.5, 370, top + SIZE + 4.5), dark=False) for top in (194, 244)]
    found = grids(PageLayout(page=1, width=595, height=842, lines=lines, fills=fills))
    assert len(found) == 1, found
    assert [r[0] for r in found[0]] == ["主要财务数据", "", "调整后收入", "支出", "直接联盟", "直接行政", "小计,直接",
                                        "间接联盟", "小计,间接"]


def test_a_cell_set_on_its_bottom_wrapped_wider_than_its_column_stays_in_its_row() -> None:
    # Cells set on their bottom: the last column's "100% (高容量表格)" wraps, its first line
    # above its row's line, centred on the column and wider than any cell of it. The line
    # is the table's (the table was cut in two there), and it is the next row's, not the
    # row above's, whose column already has its value (s085 A11-05).
    def centred(top: float, label: str, a: str, b: str, last: str) -> Line:
        return line(top, (64, label), (206, a), (354, b), (513 - 0.25 * SIZE * len(last), last))
    lines = [line(589.9, (64, "交付成果"), (203, "项目预算"), (360, "支出"), (496, "实施进展率")),
             centred(609.5, "分析和规划", "482,220", "484,074", "100%"),
             centred(628.2, "在线表格(步骤1)", "365,932", "325,587", "100%"),
             line(647.0, (513 - 0.5 * (0.5 * SIZE * 9 + 0.3 * SIZE), "100% (高容量表")),
             centred(657.5, "在线表格(步骤2)", "337,556", "311,043", "格)"),
             centred(676.2, "身份和卷宗管理", "142,000", "44,288", "100%")]
    found = grids(PageLayout(page=1, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert found[0][1:] == [["分析和规划", "482,220", "484,074", "100%"], ["在线表格(步骤1)", "365,932", "325,587", "100%"],
                            ["在线表格(步骤2)", "337,556", "311,043", "100% (高容量表格)"],
                            ["身份和卷宗管理", "142,000", "44,288", "100%"]]


def test_a_labels_foot_under_its_rows_figures_is_no_section_over_the_shaded_total() -> None:
    # Cells set on their middle: a label wrapped over three lines has its row's figures on
    # its middle line, and its foot ("中确定") under them, overlapping their line. Over a
    # total row shaded and closed by a rule, that foot is no section label between two rows
    # of the table: the rows above the shading are one table with it (s090 A11-08 was cut
    # in two there: 3 column sums).
    def row(top: float, label: str, *values: str) -> Line:
        cells = [(x - 0.5 * SIZE * len(v), v) for x, v in zip((247, 322, 397), values)]
        return line(top, *([(47, label)] if label else []), *cells)
    lines = [row(44.6, "甲项目", "1,000", "2,000", "3,000"),
             row(64.4, "马德里对象存储系统"), row(69.7, "", "660,256", "874,867", "819,551"), row(75.0, "管理系统"),
             row(94.9, "业务流程管理器"), row(100.2, "", "129,840", "129,840", "53,980"), row(105.5, "配置"),
             row(125.7, "基本云基础设施", "249,507", "61,096", "55,172"),
             row(145.9, "新文件系统", "-", "53,338", "-"),
             row(185.6, "附加的交付成果将在详细的"), row(190.9, "", "3,064,249", "1,285,411", "-"),
             row(195.8, "中确定"),
             row(216.1, "总计", "5,104,845", "2,406,394", "932,703")]
    layout = PageLayout(page=1, width=595, height=842, lines=lines, rules=[hrule(42, 400, 229.0)],
                        fills=[Fill(Box(42, 208.4, 400, 229.0), dark=False)])
    found = grids(layout)
    assert len(found) == 1, found
    assert [r[0] for r in found[0]][-2:] == ["附加的交付成果将在详细的中确定", "总计"]


def test_a_headless_page_of_long_labels_padded_far_apart_is_one_table() -> None:
    # A table continued overleaf without its header: labels wrap over two to four lines a
    # line apart, rows stand 1.7 lines apart, and three rows have figures. Each row of
    # figures began a run of its own; grown, each takes the others in: one table of two
    # rows of figures or more needs no header (s053 A11-37: a page of 20 cells was lost).
    lines, expected = long_label_rows([(3, False), (4, True), (2, False), (2, False), (3, False), (4, True), (3, False),
                                       (4, False), (3, True), (2, False)],
                                      48.0, 9.5, ["2,451,940", "2,713,797", "1,601,414", "59%"], [229, 298, 367, 458],
                                      (43.0, 195.0), leading=10.0, row_gap=16.5)
    found = grids(PageLayout(page=192, width=595, height=842, lines=lines))
    assert found == [expected], found


def test_a_header_and_first_row_set_further_off_a_section_set_at_its_bottom_are_the_tables() -> None:
    # The same table with its cells set at their bottom, in 5.5 pt type (s071 A6): the
    # section label's tall row sets it further off the row of figures above it, and the
    # header's upper row of union headings, over pairs of 预算 / 实际数 ("合计" between its
    # two, over neither), stands further off than the rows do. All of it is the table's: one
    # table, both header rows (s071's A6 was two tables, the upper header row lost).
    size = 5.5

    def row(top: float, label: str, *values: str) -> Line:
        xs = (387, 423, 459, 495, 531, 567)
        return line(top, (54, label), *[(x - 0.5 * size * len(v), v) for x, v in zip(xs, values)], size=size)
    lines = [line(56.6, (54, "主要财务数据 (单位: 千瑞郎)"), (380.6, "会费联盟"), (450.9, "PCT 联盟"), (527.9, "合计"),
                  size=size),
             line(77.8, (365, "预算"), (399, "实际数"), (438, "预算"), (471, "实际数"), (510, "预算"), (543, "实际数"),
                  size=size),
             row(94.8, "调整后收入", "36,233", "36,537", "738,987", "744,487", "951,762", "972,182"),
             line(116.3, (54, "支出"), size=size),
             row(133.2, "直接联盟", "30,111", "31,924", "245,078", "220,191", "374,178", "346,618"),
             row(150.5, "直接行政", "13,061", "12,610", "117,657", "102,651", "197,814", "181,986"),
             row(167.7, "小计,直接", "43,172", "44,534", "362,735", "322,842", "571,992", "528,605"),
             row(185.0, "间接联盟", "-", "-", "136,268", "129,867", "148,129", "146,561"),
             row(202.3, "小计,间接", "-", "-", "204,041", "189,740", "221,799", "214,163")]
    for word in [w for ln in lines[:2] for seg in ln.segments for w in seg.words]:   # the header, in bold
        word.bold = True
    fills = [Fill(Box(50, top - 3.0, 575, top + size + 3.0), dark=False) for top in (167.7, 202.3)]
    found = grids(PageLayout(page=1, width=842, height=595, lines=lines, fills=fills))
    assert len(found) == 1, found
    assert found[0][0][:3] == ["主要财务数据 (单位: 千瑞郎)", "会费联盟", "会费联盟"], found[0][:2]
    assert [r[0] for r in found[0][2:5]] == ["调整后收入", "支出", "直接联盟"]


def test_a_pages_first_row_right_over_a_row_of_tall_text_cells_is_the_tables() -> None:
    # A table of text continued at a page's top, cells set on their middle: the first row
    # ("0%", "100%" on its label's last line) stands right over the next row's tall cell of
    # text, whose lines begin far above that row's label. The first row is the table's, not
    # a lone row of figures left out (s085's 效益实现: "0%" and "100%" were lost).
    size = 8.0

    def printed(top: float, *cells: tuple[float, float, str], size: float) -> Line:
        """Each cell's words as the renderer spaced them: its width shared out by characters;
        a word of Latin letters or digits drawn from a font whose glyph boxes are taller."""
        segments = []
        for x0, x1, text in cells:
            tokens, x, words = text.split(), x0, []
            per = (x1 - x0 - 2.0 * (len(tokens) - 1)) / sum(len(t) for t in tokens)
            for token in tokens:
                height = 9.16 if any(ch.isascii() for ch in token) else size
                words.append(Word(token, Box(x, top, x + per * len(token), top + height), size))
                x += per * len(token) + 2.0
            segments.append(Segment(words))
        return Line(segments)
    lines = [printed(59.0, (64, 176, "使“静态”网页现代化，与新的"), (439, 543, "所有网页都采用通用外观和风"), size=size),
             printed(71.4, (64, 176, "产权组织通用外观和风格保持一"), (435, 547, "格。随着网页内容的迁移，网页"), size=size),
             printed(80.7, (64, 152, "致，并提供现代网络功能"), (239, 251, "0%"), (358, 378, "100%"),
                     (451, 531, "也采用现代网络功能。"), size=size),
             printed(99.5, (437, 545, "唯一身份浏览量： 112,518,593"), size=size),
             printed(110.0, (448, 534, "（ 2022 年） 会话次数："), size=size),
             printed(120.5, (436, 546, "63,669,997 （ 2022 年） 每次会"), size=size),
             printed(131.0, (436, 546, "话时间： 3:41 （ 2022 年） 页面"), size=size),
             printed(143.4, (435, 547, "浏览量和会话次数的增长超出预"), size=size),
             printed(153.9, (435, 547, "期（可能是由于在准备迁移过程"), size=size),
             printed(163.2, (193, 297, "唯一身份浏览量： 70,460,059"), (439, 543, "中进行了清理，从而改进了内"), size=size),
             printed(173.7, (64, 176, "由于客户体验得到改善，网站总"), (206, 284, "（ 2019 年） 会话次数"),
                     (314, 422, "唯一身份浏览量增加 10% 会话"), (435, 547, "容）。但是，每次会话时间有所"), size=size),
             printed(184.2, (64, 176, "体流量和每页花费的时间都有所"), (190, 300, "27,308,909 （ 2019 年） 每次会"),
                     (312, 424, "次数增加 5% 每次会话时间增"), (439, 543, "减少，原因可能是用户找到所需"), size=size),
             printed(195.5, (64, 80, "增加"), (189, 300, "话时间： 5 分 18 秒（ 2019 年）"), (360, 376, "15%"),
                     (459, 523, "内容的速度变快。"), size=size)]
    found = grids(PageLayout(page=116, width=595, height=842, lines=lines))
    assert len(found) == 1 and found[0][0][0].startswith("使“静态”网页现代化"), found
    assert ["0%", "100%"] in [row[1:3] for row in found[0]]


def test_rows_of_figures_each_after_a_long_label_padded_far_apart_are_one_table() -> None:
    # A table of text in tall rows: every row has figures on its first line, its label
    # wraps onto two lines and its indicator onto three to seven, a line apart; rows stand
    # 1.75 lines apart, further than the lines of one block. The gap over each row of
    # figures, the same three times, is how far the page's rows stand apart: one table, not
    # a table of its first row under the header and lone rows left out (s074's 效益实现:
    # two rows of four lost).
    size, leading, row_gap = 10.5, 10.6, 18.4
    lines = [printed(87.3, (51, 93, "效益说明"), (204, 267, "关键绩效指标"), (311, 343, "基准值"), (403, 434, "目标值"),
                     (490, 532, "绩效数据"), size=size)]
    expected, top = [], 116.3
    for r, n in enumerate([7, 7, 3, 3]):
        label, indicator = [f"第{r + 1}项效益", "说明的续行"], [f"指标第{k + 1}行" for k in range(n)]
        for k in range(n):
            cells = ([(51.0, 177.0, label[k])] if k < 2 else []) + [(198.0, 272.0, indicator[k])]
            if k == 0:
                cells += [(286.0, 367.0, "100% (2022 年)"), (404.0, 434.0, "100%"), (496.0, 525.0, "100%")]
            lines.append(printed(top, *cells, size=size))
            top += size + leading
        top += row_gap - leading
        expected.append(["".join(label), "".join(indicator), "100% (2022 年)", "100%", "100%"])
    found = grids(PageLayout(page=202, width=595, height=842, lines=lines))
    assert found == [[["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"]] + expected], found


def test_a_headless_page_of_indicators_with_two_rows_of_figures_is_a_table() -> None:
    # A table of indicators continued overleaf without its header, cells set on their
    # middle: most of its figures carry units ("10 家"), so only two rows are rows of
    # figures, and they stand too far apart to be a run. Grown, the table's text rows stand
    # in the columns of its widest row of figures: a table (s087: the page was lost whole).
    size = 7.5
    lines = [printed(70.2, (73, 230, "技术转让实体和其他机构对产权组织所提供服务"), (325, 387, "≥90%满意或非常"), size=size),
             printed(75.6, (289, 311, "不适用"), (448, 463, "98%"), (532, 539, "●"), size=size),
             printed(81.1, (73, 103, "的满意度"), (372, 387, "满意"), size=size),
             printed(100.9, (327, 387, "确定4项适用技术"), size=size),
             printed(106.4, (73, 235, "最不发达国家：针对发展需求而确定并部署的适用"), (403, 463, "确定2项适用技术"), size=size),
             printed(111.8, (257, 311, "0项(2021年底)"), (337, 387, "(其中部署1项)"), (532, 539, "▲"), size=size),
             printed(117.3, (73, 110, "技术的数量"), (427, 463, "(部署0项)"), size=size),
             printed(122.7, (348, 387, "(2023年底)"), size=size),
             printed(142.6, (73, 230, "与遗传资源、传统知识和传统文化表现形式相关"), (325, 387, "≥85%满意或非常"), size=size),
             printed(148.0, (296, 311, "65%"), (448, 463, "97%"), (532, 539, "●"), size=size),
             printed(153.4, (73, 208, "的培训和能力建设活动的参与者的满意度"), (372, 387, "满意"), size=size),
             printed(173.3, (73, 230, "使用产权组织资料和工具的中小企业支助机构的"), size=size),
             printed(178.8, (289, 311, "不适用"), (370, 387, "10家"), (446, 463, "21家"), (532, 539, "●"), size=size),
             printed(184.2, (73, 88, "数量"), size=size),
             printed(204.1, (73, 230, "使用产权组织资料和工具的支助机构所协助的中"), size=size),
             printed(209.5, (289, 311, "不适用"), (328, 387, "2,000家中小企业"), (397, 463, "3,670家中小企业"), (532, 539, "●"),
                     size=size),
             printed(214.9, (73, 110, "小企业数量"), size=size)]
    found = grids(PageLayout(page=42, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    cells = {cell for row in found[0] for cell in row}
    assert {"98%", "97%", "21家", "3,670家中小企业"} <= cells, found


def test_a_row_under_a_header_is_its_label_wrapped_round_its_figures() -> None:
    """Under a header's closing rule, one row (a table going on overleaf, s119): its label
    wrapped over four lines at a tall leading, cells set on their middle, its figures on a
    line of their own between the label's middle two. All five lines are the row, the
    label's lines under the figures too; the next row, further down, is not."""
    from extractors.regions import _label_down_to_figures
    size = 10.5
    below = [line(120.0, (48, "1.1 世界范围内的传播和接触更"), size=size),
             line(143.9, (48, "有效，人们对知识产权在处处"), size=size),
             line(155.8, (242, "8,269"), (357, "9,832"), (472, "9,447"), size=size),
             line(167.8, (48, "改善人人生活的潜力有更好的"), size=size),
             line(191.7, (48, "认识和更多的了解"), size=size),
             line(230.0, (48, "2.1 兼顾各方利益的有效知识产"), size=size)]
    row = _label_down_to_figures(below)
    assert row is not None and [ln.text for ln in row] == [ln.text for ln in below[:5]]


def test_a_headless_unruled_page_of_indicators_without_a_bare_figure_is_a_table() -> None:
    """LibreOffice, no rules, the header not repeated (s113 p22): every figure of the page
    carries its unit ("6,566 人") and its few percentages stand in sentences, so no line is a
    row of figures and nothing is bold or ruled. Line after line sets three cells or more in
    the same columns: a table, not text (the page was lost whole, with no word)."""
    size = 7.0
    lines = [printed(73.7, (68, 172, "1.1 世界范围内的传播和接触更有"), size=size),
             printed(88.2, (68, 180, "效，人们对知识产权在处处改善人人"), size=size),
             printed(139.9, (68, 180, "产权组织网站和驻外办事处网站的唯"), (208, 255, "20,086,245 人"),
                     (294, 345, "两年期增长 20%"), (374, 442, "27,802,067 人（增长"), (492, 499, "●"), size=size),
             printed(154.4, (68, 124, "一身份访问者人数"), (398, 418, "38%）"), size=size),
             printed(177.0, (208, 255, "WAO: 6,566 人"), (374, 441, "WAO: 7,368 人（增长"), (492, 499, "●"), size=size),
             printed(191.5, (398, 418, "12%）"), size=size),
             printed(214.1, (206, 257, "WBO: 28,739 人"), (376, 439, "WBO: 22,624（减少"), (492, 499, "▲"), size=size),
             printed(228.6, (398, 418, "21%）"), size=size),
             printed(251.2, (206, 257, "WOC: 19,995 人"), (372, 444, "WOC: 23,868 人（增长"), (492, 499, "●"), size=size),
             printed(265.7, (395, 420, "19%）"), size=size),
             printed(488.3, (68, 180, "下载产权组织出版物的唯一身份访问"), (210, 253, "4,860,251 人"),
                     (294, 345, "两年期增长 20%"), (376, 440, "5,118,589 人（增长"), (492, 499, "▲"), size=size),
             printed(502.9, (68, 89, "者人数"), (397, 418, "5%）"), size=size)]
    found = grids(PageLayout(page=22, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert any(row[:2] == ["", "WBO: 28,739 人"] for row in found[0]), found


def test_prose_and_a_list_of_two_columns_are_no_table_of_text() -> None:
    """Lines of two pieces (a glossary) or single lines of running text are no columns."""
    size = 8.0
    lines = [printed(100 + 14 * k, (60, 120, f"缩写{k}"), (200, 400, f"全称第{k}项的说明文字"), size=size)
             for k in range(8)]
    lines += [printed(240 + 14 * k, (60, 500, "正文的一行文字，说明本组织在两年期内开展的工作和取得的成果。"), size=size)
              for k in range(4)]
    assert grids(PageLayout(page=3, width=595, height=842, lines=lines)) == []


def test_a_section_in_small_print_padded_into_tall_rows_stays_in_its_table() -> None:
    """LibreOffice, 6 pt, rows 18 pt apart (s131 A6): the section label "支出" under the
    first row stands in a taller row, 33 pt from the rows around it, more than five of its
    lines; two rows and a half of this table are more. One table, not a header with one row
    and a headless table under it."""
    size = 6.0
    xs = [(278, 299), (316, 337), (350, 375), (388, 413)]

    def row(top: float, label: str, figures: list[str]) -> Line:
        return printed(top, (71, 71 + 6 * len(label), label), *[(a, b, f) for (a, b), f in zip(xs, figures)],
                       size=size)
    lines = [printed(95.2, (277, 289, "预算"), (312, 330, "实际数"), (352, 364, "预算"), (388, 406, "实际数"), size=size),
             row(112.9, "收入合计", ["36,233", "36,537", "738,987", "744,487"]),
             printed(134.5, (71, 83, "支出"), size=size),
             row(152.2, "直接联盟", ["30,111", "31,924", "245,078", "220,191"]),
             row(170.2, "直接行政", ["13,061", "12,610", "117,657", "102,651"]),
             row(188.2, "小计", ["43,172", "44,534", "362,735", "322,842"]),
             row(206.2, "间接联盟", ["-", "-", "136,268", "129,867"])]
    found = grids(PageLayout(page=99, width=842, height=595, lines=lines))
    assert len(found) == 1, found
    assert [r[0] for r in found[0]][-6:] == ["收入合计", "支出", "直接联盟", "直接行政", "小计", "间接联盟"], found


S141_A11_21 = [
    (285.6, [(281.6, 337.6, '经调整的 项目')]),
    (299.6, [(52.1, 88.1, '交付成果'), (222.8, 260.9, '项目 预算'), (300.6, 318.6, '预算'), (368.4, 386.4, '支出'), (417.1, 473.1, '预算 利用情况'), (490.4, 535.4, '实施进展率')]),
    (321.6, [(52.1, 196.1, '扩大产权组织知识产权门户网站控制')]),
    (335.6, [(52.1, 200.6, '面板的功能, 加强产权组织知识产权门')]),
    (349.7, [(52.1, 196.1, '户网站与综合业务应用程序之间的信')]),
    (363.7, [(52.1, 196.2, '息交换, 提供更多个性化协助, 扩大通')]),
    (377.8, [(52.1, 200.6, '用功能组合的覆盖范围, 并促进增强移')]),
    (391.8, [(52.1, 79.1, '动功能'), (232.1, 272.1, '1,308,000'), (307.4, 339.9, '956,139'), (367.7, 407.6, '1,099,748'), (452.1, 475.4, '115%'), (519.9, 543.2, '100%')]),
    (413.0, [(52.1, 200.6, '将其他业务应用程序迁移到该平台, 包')]),
    (427.1, [(52.1, 196.1, '括实现通用用户界面、通用导航系统')]),
    (441.1, [(52.1, 133.1, '和通用支付处理模块'), (232.1, 272.1, '1,206,000'), (299.9, 339.9, '1,581,694'), (367.7, 407.6, '1,654,772'), (452.1, 475.4, '105%'), (519.9, 543.2, '100%')]),
    (462.4, [(52.1, 200.6, '加强横向服务的标准化, 包括整合标准')]),
    (476.4, [(52.1, 200.6, '化客户服务; 在账户管理系统中实现通')]),
    (490.4, [(52.1, 200.6, '用用户群体功能; 并探索为门户文本引')]),
    (504.5, [(52.1, 169.1, '入一致的内容编辑工具和流程'), (239.6, 272.1, '540,000'), (307.4, 339.9, '874,560'), (367.7, 407.6, '1,028,737'), (452.1, 475.4, '118%'), (519.9, 543.2, '100%')]),
    (525.7, [(52.1, 196.1, '建立企业级分析平台和数据仓库解决')]),
    (539.8, [(52.1, 200.6, '方案, 通过数据科学的战略应用实现现')]),
    (553.8, [(52.1, 200.6, '有服务的增值, 同时增加在确保客户隐')]),
    (567.8, [(52.1, 133.1, '私和安全方面的投资'), (232.1, 272.1, '1,412,000'), (299.9, 339.9, '1,596,728'), (367.7, 407.6, '1,533,465'), (457.1, 475.4, '96%'), (519.9, 543.2, '100%')]),
    (589.1, [(52.1, 199.2, '为利益攸关方(如知识产权局、申请者')]),
    (603.1, [(52.1, 199.2, '和第三方软件供应商)启用开发人员聚')]),
    (617.2, [(52.1, 196.2, '合门户, 改善开发人员的体验, 并采用')]),
    (631.2, [(52.1, 198.0, '基于应用程序编程接口(API)的现代门')]),
    (645.2, [(52.1, 79.1, '户交互'), (239.6, 272.1, '192,000'), (307.4, 339.9, '335,162'), (375.2, 407.6, '188,736'), (457.1, 475.4, '56%'), (524.9, 543.2, '50%')]),
    (666.5, [(52.1, 196.1, '设计并配置初始后端应用程序编程接')]),
    (680.5, [(52.1, 200.6, '口管理环境, 从而在应用程序之间实现')]),
    (694.6, [(52.1, 200.6, '程度更高且一致的网络安全, 并实现软')]),
    (708.6, [(52.1, 142.1, '件和数据资产的外部化'), (239.6, 272.1, '768,000'), (336.8, 339.9, '-'), (404.5, 407.6, '-'), (472.3, 475.4, '-'), (529.9, 543.2, '5%')]),
    (729.8, [(52.1, 198.6, '不断开发产权组织知识产权门户网站,')]),
    (743.9, [(52.1, 200.6, '提供高质量的计划管理, 根据管理服务')]),
    (757.9, [(52.1, 197.1, '提供商(MSP)方法制定并管理战略/计')]),
    (772.0, [(52.1, 137.6, '划, 并支持和管理平台'), (232.1, 272.1, '1,294,000'), (299.9, 339.9, '1,182,363'), (375.2, 407.6, '991,584'), (457.1, 475.4, '84%'), (519.9, 543.2, '100%')]),
]


def test_the_last_row_under_the_last_stripe_set_on_its_bottom_is_the_tables() -> None:
    """WeasyPrint, booktabs and zebra stripes, cells on their bottom (s141 A11-21, as
    printed): the page's last row stands unshaded under the last stripe, its label wrapped
    over three lines above its figures. The gaps under the rows' figures, not those above
    them (a wrapped label's), say how far apart the rows stand: the row is the table's."""
    lines = [printed(top, *cells, size=9.0) for top, cells in S141_A11_21]
    fills = [Fill(Box(48.5, top, 546.8, bottom), dark=False) for top, bottom in ((404.9, 454.2), (517.6, 580.9),
                                                                                 (658.3, 721.7))]
    rules = [hrule(48.5, 546.8, 276.7), hrule(48.5, 546.8, 313.1)]
    found = grids(PageLayout(page=121, width=595, height=842, lines=lines, fills=fills, rules=rules))
    assert len(found) == 1, found
    assert [r[1] for r in found[0]][-2:] == ["768,000", "1,294,000"], found


S085_BENEFITS = [
    (445.1, [(64.1, 96.1, '效益实现'), (232.8, 256.8, '基准值'), (356.0, 380.0, '目标值'), (475.2, 507.1, '绩效数据')]),
    (463.9, [(64.1, 176.0, '降低与当前系统（未广泛使用的'), (439.2, 543.1, '截至 2023 年 9 月，风险降低')]),
    (474.4, [(64.1, 144.0, '网站平台）相关的风险'), (225.9, 263.7, '100%风险'), (351.4, 384.5, '10%风险'), (482.6, 499.7, '85%')]),
    (493.1, [(435.8, 546.5, '2 年（新系统就位、所有内容完')]),
    (503.6, [(192.8, 296.7, '创建和发布一条网络新闻用时'), (316.0, 419.9, '创建和发布一条网络新闻用时'), (435.2, 547.1, '成迁移以及网页发布者接受培训')]),
    (514.1, [(64.1, 160.0, '减少创建和维护网页的时间'), (229.7, 259.8, '1.5 小时'), (336.4, 399.6, '1.2 小时（20%）'), (451.2, 531.1, '并熟练掌握新系统后）')]),
    (534.5, [(435.9, 546.4, '2 年（新系统就位、所有内容完')]),
    (545.0, [(64.1, 152.0, '减少语言版本实施的时间'), (233.5, 256.0, '1 小时'), (337.3, 398.7, '0.5 小时（ 50% ）'), (471.2, 511.1, '成迁移后）')]),
    (563.7, [(312.6, 423.3, '100% （所有重复信息将通过单'), (435.9, 546.4, '2 年（新系统就位、所有内容完')]),
    (574.2, [(64.1, 168.0, '通过在不同网页中共享相同元'), (188.6, 300.9, '0% （目前的 CMS 不具备共享元'), (312.0, 423.9, '一元素显示在不同页面上 —— 因'), (435.2, 547.1, '成迁移以及网页发布者接受培训')]),
    (585.9, [(64.1, 176.0, '素，提高网页内容的重复利用率'), (224.8, 264.8, '素的功能）'), (316.0, 419.9, '此完全消除了人工重复内容）'), (451.2, 531.1, '并熟练掌握新系统后）')]),
    (603.5, [(64.1, 176.0, '通过为网页发布者提供用户友好'), (191.0, 298.5, '目前的内部网页发布者 < 10 发'), (321.5, 414.4, '超过 20 名内部网页发布者'), (435.9, 546.4, '2 年（新系统就位、所有内容完')]),
    (614.0, [(64.1, 176.0, '界面，分散网页发布工作，提高'), (188.5, 301.0, '布一条新闻的时间为 3 天（由于'), (312.6, 423.3, '（ 100% ） 发布一条新闻的时间'), (435.2, 547.1, '成迁移以及网页发布者接受培训')]),
    (625.2, [(64.1, 80.1, '效率'), (204.8, 284.7, '网络通信的瓶颈问题）'), (352.7, 383.2, '为： 1 天'), (451.2, 531.1, '并熟练掌握新系统后）')]),
    (644.0, [(64.1, 144.0, '通过集成内容交付网络'), (439.9, 542.4, '截至 2023 年 9 月，风险降低')]),
    (654.5, [(64.1, 176.4, '（ CDN ），降低网站不可用的风'), (434.8, 547.5, '80% ，即每月停机时间降至 2 分')]),
    (665.0, [(64.1, 72.1, '险'), (202.3, 287.3, '每月一次，停机 10 分钟'), (340.7, 395.2, '0 分钟停机时间'), (483.2, 499.2, '钟。')]),
    (683.7, [(435.9, 546.4, '1 年（新系统到位和所有内容完')]),
    (694.2, [(64.1, 175.4, '改进网站搜索引擎优化（ SEO ）'), (199.7, 289.9, '搜索结果页面退出率 19%'), (322.8, 413.1, '搜索结果页面退出率 15%'), (471.2, 511.1, '成迁移后）')]),
]


def test_rows_found_by_their_columns_go_on_with_the_table_right_above() -> None:
    """Chromium, cells on their middle (s085 p115): a header and a first row found by its
    figures ("100%风险"), then rows of text cells whose figures carry units, found by their
    columns. The rows go on with the table above them, a row's gap under it: one table
    with all its rows (the rows were once lost, then a table without a header)."""
    lines = [printed(top, *cells, size=8.0) for top, cells in S085_BENEFITS]
    found = grids(PageLayout(page=115, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    labels = [row[0] for row in found[0]]
    assert labels[0] == "效益实现" and "减少语言版本实施的时间" in labels and labels[-1].startswith("改进网站"), labels


def test_a_page_of_three_columns_of_ragged_prose_is_no_table_of_text() -> None:
    """ICDAR us-001: body text set in three columns, ragged right, every line three pieces
    in the same columns. Its pieces are runs of words, not cells: no table."""
    text = ["people aged 15 and older had a severe disability and about",
            "the magnitude of the estimate would be larger than reported",
            "rates for older age groups and for people overall would be",
            "Of individuals 55 to 64 years old about one in four had one",
            "and females and for different race and Hispanic origin groups"]
    lines = [line(100 + 11 * k, (54, text[k % 5][:40 - k % 3]), (230, text[(k + 1) % 5][:38]),
                  (406, text[(k + 2) % 5][:36 + k % 4]), size=7.0) for k in range(12)]
    assert all(len(ln.segments) == 3 for ln in lines)
    assert grids(PageLayout(page=1, width=612, height=792, lines=lines)) == []


def as_printed(printed_lines: list) -> list[Line]:
    """Lines as printed word by word: (size, cells), each cell a list of words
    (x0, x1, top, bottom, baseline, text[, bold])."""
    return [Line([Segment([Word(w[5], Box(w[0], w[2], w[1], w[3]), size, baseline=w[4], bold=len(w) > 6)
                           for w in cell]) for cell in cells]) for size, cells in printed_lines]


def bolded(top: float, bold: bool, cells: list[tuple[float, float, str]], size: float) -> Line:
    """A printed line whose cells are each one word, all of one weight."""
    return Line([Segment([Word(text, Box(x0, top, x1, top + size), size, bold=bold)]) for x0, x1, text in cells])


# s165 p91 (WeasyPrint, AR PL UMing 7 pt, unruled, cells on their bottom): a table of benefits
# whose renderer set its first three rows as header, in bold.
S165_BENEFITS = [
    (407.0, True, [(46.6, 74.5, '效益实现'), (219.2, 240.2, '基准值'), (348.3, 369.3, '目标值'), (473.9, 501.9, '绩效数据')]),
    (425.2, True, [(46.6, 158.5, '降低与当前系统（未广泛使用的网站')]),
    (436.1, True, [(46.6, 102.5, '平台）相关的风险'), (215.7, 243.7, '100%风险'), (346.5, 371.0, '10%风险'), (433.6, 542.1, '截至 2023 年 9 月，风险降低 85%')]),
    (454.3, True, [(428.4, 547.4, '2 年（新系统就位、所有内容完成迁移')]),
    (465.2, True, [(172.0, 287.5, '创建和发布一条网络新闻用时 1.5 小'), (301.0, 416.5, '创建和发布一条网络新闻用时 1.2 小'), (428.4, 547.4, '以及网页发布者接受培训并熟练掌握新')]),
    (476.0, True, [(46.6, 130.5, '减少创建和维护网页的时间'), (226.2, 233.2, '时'), (343.0, 374.5, '时（20%）'), (473.9, 501.9, '系统后）')]),
    (494.3, False, [(428.4, 547.4, '2 年（新系统就位、所有内容完成迁移')]),
    (505.1, False, [(46.6, 123.5, '减少语言版本实施的时间'), (219.2, 240.2, '1 小时'), (332.5, 385.0, '0.5 小时（50%）'), (480.9, 494.9, '后）')]),
    (523.4, False, [(301.0, 416.5, '100% （所有重复信息将通过单一元素'), (428.4, 547.4, '2 年（新系统就位、所有内容完成迁移')]),
    (534.2, False, [(46.6, 158.5, '通过在不同网页中共享相同元素，提'), (172.0, 287.5, '0%（目前的 CMS 不具备共享元素的功'), (299.3, 418.3, '显示在不同页面上——因此完全消除了'), (428.4, 547.4, '以及网页发布者接受培训并熟练掌握新')]),
    (545.1, False, [(46.6, 123.5, '高网页内容的重复利用率'), (222.7, 236.7, '能）'), (334.3, 383.3, '人工重复内容）'), (473.9, 501.9, '系统后）')]),
    (563.3, False, [(170.2, 289.2, '目前的内部网页发布者 < 10 发布一条'), (428.4, 547.4, '2 年（新系统就位、所有内容完成迁移')]),
    (574.2, False, [(46.6, 151.5, '通过为网页发布者提供用户友好界'), (172.0, 287.5, '新闻的时间为 3 天（由于网络通信的'), (302.8, 414.8, '超过 20 名内部网页发布者（100%）'), (428.4, 547.4, '以及网页发布者接受培训并熟练掌握新')]),
    (585.0, False, [(46.6, 151.5, '面，分散网页发布工作，提高效率'), (212.2, 247.2, '瓶颈问题）'), (313.3, 404.3, '发布一条新闻的时间为：1 天'), (473.9, 501.9, '系统后）')]),
    (603.3, False, [(46.6, 155.0, '通过集成内容交付网络（CDN），降'), (430.1, 545.6, '截至 2023 年 9 月，风险降低 80%，')]),
    (614.1, False, [(46.6, 109.5, '低网站不可用的风险'), (191.2, 268.2, '每月一次，停机 10 分钟'), (334.3, 383.3, '0 分钟停机时间'), (440.6, 535.1, '即每月停机时间降至 2 分钟。')]),
    (632.4, False, [(428.4, 547.4, '1 年（新系统到位和所有内容完成迁移')]),
    (643.2, False, [(46.6, 141.0, '改进网站搜索引擎优化（SEO）'), (191.2, 268.2, '搜索结果页面退出率 19%'), (320.3, 397.3, '搜索结果页面退出率 15%'), (480.9, 494.9, '后）')]),
    (661.5, False, [(46.6, 158.5, '使“静态”网页现代化，与新的产权'), (428.4, 547.4, '所有网页都采用通用外观和风格。随着')]),
    (672.3, False, [(46.6, 158.5, '组织通用外观和风格保持一致，并提'), (428.4, 547.4, '网页内容的迁移，网页也采用现代网络')]),
    (683.2, False, [(46.6, 95.5, '供现代网络功能'), (226.2, 233.2, '0%'), (351.8, 365.8, '100%'), (477.4, 498.4, '功能。')]),
    (701.4, False, [(430.1, 545.6, '唯一身份浏览量：112,518,593（2022')]),
    (712.3, False, [(433.6, 542.1, '年） 会话次数：63,669,997（2022')]),
    (723.1, False, [(428.4, 547.4, '年） 每次会话时间：3:41（2022 年）')]),
    (734.0, False, [(428.4, 547.4, '页面浏览量和会话次数的增长超出预期')]),
    (744.8, False, [(173.7, 285.7, '唯一身份浏览量：70,460,059（2019'), (428.4, 547.4, '（可能是由于在准备迁移过程中进行了')]),
    (755.7, False, [(177.2, 282.2, '年） 会话次数 27,308,909（2019'), (428.4, 547.4, '清理，从而改进了内容）。但是，每次')]),
    (766.5, False, [(46.6, 158.5, '由于客户体验得到改善，网站总体流'), (179.0, 280.5, '年） 每次会话时间：5 分 18 秒'), (301.0, 416.5, '唯一身份浏览量增加 10% 会话次数增'), (428.4, 547.4, '会话时间有所减少，原因可能是用户找')]),
    (777.4, False, [(46.6, 144.5, '量和每页花费的时间都有所增加'), (210.5, 249.0, '（2019 年）'), (313.3, 404.3, '加 5% 每次会话时间增加 15%'), (449.4, 526.4, '到所需内容的速度变快。')]),
]


def test_rows_found_by_their_columns_go_on_with_the_rows_found_by_their_figures_under_them() -> None:
    """s165 p91: the rows of text cells are found by their columns, the last rows by their
    figures ("0%", "100%"), the very last (figures inside text) by neither. One table: its
    three header rows each read cell by cell, its rows down to the last (once two tables, a
    header of seven rows of cells shifted across, and the last row lost)."""
    lines = [bolded(top, bold, cells, 7.0) for top, bold, cells in S165_BENEFITS]
    found = grids(PageLayout(page=91, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    rows = found[0]
    assert rows[0] == ["效益实现", "基准值", "目标值", "绩效数据"], rows[0]
    assert rows[1][1:3] == ["100%风险", "10%风险"], rows[1]
    assert ["0%", "100%"] == next(r for r in rows if r[0].startswith("使“静态”"))[1:3], rows
    assert rows[-1][0].startswith("由于客户体验得到改善"), rows[-1]


# s147 p142 (WeasyPrint, Noto Serif CJK 9.5 pt, booktabs, cells on their middle): the same
# table continued overleaf without its header; its first figures stand in its fifth row.
S147_BENEFITS_OVERLEAF = [
    (60.2, False, [(306.7, 408.9, '100% （所有重复信息将'), (426.7, 529.5, '2 年（新系统就位、所有')]),
    (67.5, False, [(61.5, 166.0, '通过在不同网页中共享相')]),
    (74.8, False, [(184.2, 290.8, '0%（目前的 CMS 不具备'), (305.5, 410.0, '通过单一元素显示在不同'), (425.9, 530.3, '内容完成迁移以及网页发')]),
    (82.1, False, [(61.5, 166.0, '同元素，提高网页内容的')]),
    (89.4, False, [(199.5, 275.5, '共享元素的功能）'), (305.5, 410.1, '页面上——因此完全消除'), (425.9, 530.3, '布者接受培训并熟练掌握')]),
    (96.7, False, [(61.5, 109.0, '重复利用率')]),
    (104.1, False, [(319.8, 395.8, '了人工重复内容）'), (454.3, 501.8, '新系统后）')]),
    (127.7, False, [(186.0, 289.0, '目前的内部网页发布者 <'), (426.7, 529.5, '2 年（新系统就位、所有')]),
    (135.0, False, [(61.5, 166.0, '通过为网页发布者提供用'), (302.6, 413.0, '超过 20 名内部网页发布者')]),
    (142.3, False, [(183.9, 291.1, '10 发布一条新闻的时间为'), (425.9, 530.3, '内容完成迁移以及网页发')]),
    (149.6, False, [(61.5, 166.0, '户友好界面，分散网页发'), (306.7, 408.9, '（100%） 发布一条新闻')]),
    (156.9, False, [(186.1, 288.8, '3 天（由于网络通信的瓶'), (425.9, 530.3, '布者接受培训并熟练掌握')]),
    (164.3, False, [(61.5, 137.5, '布工作，提高效率'), (325.8, 389.7, '的时间为：1 天')]),
    (171.6, False, [(218.5, 256.5, '颈问题）'), (454.3, 501.8, '新系统后）')]),
    (195.2, False, [(61.5, 156.5, '通过集成内容交付网络'), (426.7, 529.5, '截至 2023 年 9 月，风险')]),
    (209.8, False, [(61.5, 168.3, '（CDN），降低网站不可'), (187.4, 287.5, '每月一次，停机 10 分钟'), (325.4, 390.2, '0 分钟停机时间'), (424.5, 531.7, '降低 80%，即每月停机时')]),
    (224.5, False, [(61.5, 99.5, '用的风险'), (444.5, 511.7, '间降至 2 分钟。')]),
    (248.1, False, [(61.5, 156.5, '改进网站搜索引擎优化'), (427.1, 529.0, '1 年（新系统到位和所有')]),
    (255.4, False, [(184.2, 290.7, '搜索结果页面退出率 19%'), (304.6, 411.0, '搜索结果页面退出率 15%')]),
    (262.7, False, [(61.5, 99.3, '（SEO）'), (440.1, 516.1, '内容完成迁移后）')]),
    (286.4, False, [(61.5, 166.0, '使“静态”网页现代化，'), (425.9, 530.3, '所有网页都采用通用外观')]),
    (301.0, False, [(61.5, 166.0, '与新的产权组织通用外观'), (425.9, 530.3, '和风格。随着网页内容的')]),
    (308.3, False, [(230.5, 244.5, '0%'), (345.9, 369.7, '100%')]),
    (315.6, False, [(61.5, 166.1, '和风格保持一致，并提供'), (425.9, 530.3, '迁移，网页也采用现代网')]),
    (330.2, False, [(61.5, 118.5, '现代网络功能'), (459.1, 497.1, '络功能。')]),
    (353.9, False, [(440.1, 516.1, '唯一身份浏览量：')]),
    (368.5, False, [(426.3, 529.9, '112,518,593（2022 年）')]),
    (383.1, False, [(430.0, 526.2, '会话次数：63,669,997')]),
    (397.8, False, [(199.5, 275.5, '唯一身份浏览量：'), (427.1, 529.1, '（2022 年） 每次会话时')]),
    (412.4, False, [(187.6, 287.4, '70,460,059（2019 年）'), (422.8, 533.4, '间：3:41（2022 年） 页面')]),
    (419.7, False, [(61.5, 166.0, '由于客户体验得到改善，'), (304.6, 411.0, '唯一身份浏览量增加 10%')]),
    (427.0, False, [(193.0, 282.0, '会话次数 27,308,909'), (425.9, 530.3, '浏览量和会话次数的增长')]),
    (434.3, False, [(61.5, 166.3, '网站总体流量和每页花费'), (305.6, 410.0, '会话次数增加 5% 每次会')]),
    (441.7, False, [(186.9, 288.1, '（2019 年） 每次会话时'), (425.9, 530.3, '超出预期（可能是由于在')]),
    (449.0, False, [(61.5, 137.5, '的时间都有所增加'), (323.6, 392.0, '话时间增加 15%')]),
    (456.3, False, [(192.3, 282.6, '间：5 分 18 秒（2019'), (425.9, 530.3, '准备迁移过程中进行了清')]),
    (470.9, False, [(228.0, 247.0, '年）'), (425.9, 530.3, '理，从而改进了内容）。')]),
    (485.5, False, [(425.9, 530.3, '但是，每次会话时间有所')]),
    (500.2, False, [(425.9, 530.3, '减少，原因可能是用户找')]),
    (514.8, False, [(425.9, 530.3, '到所需内容的速度变快。')]),
]


def test_rows_of_text_over_the_first_figures_of_a_page_are_rows() -> None:
    """s147 p142: nothing sets a header apart (no rule, band or weight), and the row labels
    show four rows of text cells over the first row of figures. Read as a table, they are
    rows under a header of the top row at most (they were seven header lines)."""
    lines = [bolded(top, bold, cells, 9.5) for top, bold, cells in S147_BENEFITS_OVERLEAF]
    table = build_table(find_regions(PageLayout(page=142, width=595, height=842, lines=lines))[0], 142)
    assert len(table.header) <= 1, table.header
    labels = [row[0].text for row in table.rows]
    assert labels[0].startswith("通过为网页发布者") and labels[-1].startswith("由于客户体验"), labels
    assert next(r for r in table.rows if r[0].text.startswith("使“静态”"))[1].text == "0%"


def worded(top: float, cells: list[list[tuple[float, float, str]]], size: float) -> Line:
    """A printed line, each cell its words as printed (x0, x1, text)."""
    return Line([Segment([Word(text, Box(x0, top, x1, top + size), size) for x0, x1, text in cell]) for cell in cells])


# s152 p177 (LibreOffice, AR PL UMing 11 pt, cells on their top, figures flush right): a
# table of benefits continued overleaf without its header; its baselines "100% (2022 年)"
# wrap, "年)" flush right under "(2022".
S152_BENEFITS_OVERLEAF = [
    (69.8, [[(65.3, 241.3, '降低了枪击案和相关事件的风险水平')], [(256.9, 311.9, '与联合国安')], [(326.6, 348.6, '100%'), (354.1, 381.6, '(2022')], [(429.4, 451.4, '100%')], [(499.1, 521.1, '100%')]]),
    (86.3, [[(256.9, 311.9, '全风险管理')], [(365.1, 381.6, '年)')]]),
    (102.4, [[(251.4, 311.9, '（SRM）建议')]]),
    (118.6, [[(256.9, 311.9, '的此类事件')]]),
    (134.4, [[(256.9, 311.9, '的缓解措施')]]),
    (150.9, [[(256.9, 311.9, '保持一致。')]]),
    (167.0, [[(256.9, 311.9, '符合本组织')]]),
    (183.2, [[(256.9, 311.9, '对员工安全')]]),
    (199.0, [[(256.9, 311.9, '的低风险偏')]]),
    (215.5, [[(289.9, 311.9, '好。')]]),
    (241.5, [[(65.3, 241.3, '减少业务影响、生命损失和事件后的')], [(256.9, 311.9, '与联合国安')], [(332.1, 348.6, '90%'), (354.1, 381.6, '(2022')], [(429.4, 451.4, '100%')], [(499.1, 521.1, '100%')]]),
    (257.6, [[(65.3, 109.3, '恢复时间')], [(256.9, 311.9, '全风险管理')], [(365.1, 381.6, '年)')]]),
    (274.1, [[(251.4, 311.9, '（SRM）建议')]]),
    (290.2, [[(256.9, 311.9, '的此类事件')]]),
    (306.1, [[(256.9, 311.9, '的缓解措施')]]),
    (322.5, [[(256.9, 311.9, '保持一致。')]]),
    (338.7, [[(256.9, 311.9, '符合本组织')]]),
    (354.8, [[(256.9, 311.9, '对员工安全')]]),
    (370.7, [[(256.9, 311.9, '的低风险偏')]]),
    (387.1, [[(289.9, 311.9, '好。')]]),
    (413.4, [[(65.3, 241.3, '提高全组织的意识和准备（包括所有')], [(256.9, 311.9, '工作人员在')], [(337.6, 348.6, '0%'), (354.1, 381.6, '(2022')], [(429.4, 451.4, '100%')], [(471.6, 488.1, '10%'), (493.6, 521.1, '(2023')]]),
    (429.6, [[(65.3, 120.3, '工作人员）')], [(256.9, 311.9, '经历就地避')], [(365.1, 381.6, '年)')], [(471.6, 488.1, '年)'), (493.6, 521.1, '[将于')]]),
    (445.4, [[(256.9, 311.9, '难演习之前')], [(471.6, 493.6, '2024'), (499.1, 521.1, '年完')]]),
    (461.9, [[(256.9, 311.9, '接受培训。')], [(504.6, 521.1, '成]')]]),
    (488.2, [[(65.3, 241.3, '减少产权组织风险热度地图中提到的')], [(256.9, 311.9, '符合本组织')], [(326.6, 348.6, '100%'), (354.1, 381.6, '(2022')], [(429.4, 451.4, '100%')], [(499.1, 521.1, '100%')]]),
    (504.3, [[(65.3, 197.3, '与恐怖主义相关的组织风险')], [(256.9, 311.9, '对员工安全')], [(365.1, 381.6, '年)')]]),
    (520.2, [[(256.9, 311.9, '的低风险偏')]]),
    (536.6, [[(289.9, 311.9, '好。')]]),
]


def test_a_figure_and_its_year_in_one_cell_flush_right_are_one_cell() -> None:
    """s152 p177: "100%" and "(2022" stand a word space apart in every row, one over the
    other (the year is as wide in each), and the cell's wrapped "年)" starts a line flush
    right, a few points right of "(2022". That is one cell's wrapped end, not a column of
    its own: five columns, "100% (2022年)" one cell (once six, the year a column)."""
    lines = [worded(top, cells, 11.0) for top, cells in S152_BENEFITS_OVERLEAF]
    found = grids(PageLayout(page=177, width=595, height=842, lines=lines))
    assert len(found) == 1 and all(len(row) == 5 for row in found[0]), found
    assert [row[2] for row in found[0]] == ["100% (2022年)", "90% (2022年)", "0% (2022年)", "100% (2022年)"], found


# s144 p157 (WeasyPrint, AR PL UMing 9 pt, zebra, cells on their bottom): annex 12, its
# stub's heading, with the unit, wrapped over five lines, its last beside the other headings.
S144_ANNEX_12 = [
    (93.3, True, [(46.3, 149.8, '预期成果 3.1 “产权组织')]),
    (105.0, True, [(46.3, 145.3, '的全球知识产权体系、服')]),
    (116.7, True, [(46.3, 145.3, '务、知识和数据得到更广')]),
    (128.4, True, [(46.3, 145.3, '泛、更有效的使用” (单')]),
    (140.1, True, [(46.3, 95.8, '位：千瑞郎)'), (184.3, 269.8, '2022/23 年 核定预算'), (303.1, 424.6, '2022/23 调剂使 用后最终预算'), (469.2, 532.2, '2022/23 年支出')]),
    (158.6, False, [(46.3, 91.3, '专利和技术'), (215.8, 238.3, '3,067'), (352.6, 375.1, '3,607'), (489.5, 512.0, '3,647')]),
    (177.1, False, [(46.3, 109.3, '品牌和外观设计')]),
    (195.6, False, [(46.3, 73.3, '马德里'), (213.6, 240.6, '10,161'), (350.4, 377.4, '10,290'), (489.5, 512.0, '9,934')]),
    (214.1, False, [(46.3, 64.3, '海牙'), (215.8, 238.3, '2,438'), (352.6, 375.1, '2,133'), (489.5, 512.0, '2,030')]),
    (232.6, False, [(46.3, 73.3, '里斯本'), (220.3, 233.8, '724'), (357.1, 370.6, '646'), (494.0, 507.5, '627')]),
    (251.1, False, [(46.3, 109.3, '区域和国家发展')]),
    (269.6, False, [(46.3, 59.8, 'PCT'), (215.8, 238.3, '2,020'), (352.6, 375.1, '1,812'), (489.5, 512.0, '1,654')]),
    (288.1, False, [(46.3, 73.3, '马德里'), (215.8, 238.3, '1,975'), (352.6, 375.1, '1,946'), (489.5, 512.0, '1,590')]),
    (306.6, False, [(46.3, 64.3, '海牙'), (215.8, 238.3, '1,676'), (352.6, 375.1, '1,488'), (489.5, 512.0, '1,280')]),
    (325.1, False, [(46.3, 73.3, '里斯本'), (220.3, 233.8, '126'), (357.1, 370.6, '215'), (494.0, 507.5, '233')]),
    (343.6, False, [(46.3, 64.3, '总计'), (213.6, 240.6, '22,188'), (350.4, 377.4, '22,135'), (487.2, 514.2, '20,995')]),
]


def test_the_stubs_heading_wrapped_above_the_header_line_is_the_headers() -> None:
    """s144 p157: the lines of the stub's heading above the header line, each one piece of
    text where the heading starts, set at a cell's leading, are its first cell: its unit
    "(单位：千瑞郎)" reads whole (once cut between the heading and the header, so that the
    annex's figures had no unit and failed its schema 27 times)."""
    caption = bolded(71.8, True, [(42.9, 334.4, "附件十二 预期成果 3.1 推广全球知识产权体系相关资源细目")], 10.8)
    lines = [caption] + [bolded(top, bold, cells, 9.0) for top, bold, cells in S144_ANNEX_12]
    found = grids(PageLayout(page=157, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    assert found[0][0][0].startswith("预期成果 3.1") and found[0][0][0].endswith("(单位:千瑞郎)"), found[0][0]
    assert found[0][1] == ["专利和技术", "3,067", "3,607", "3,647"], found[0][1]


# s161 p81 (LibreOffice, Droid Sans Fallback 7.5 pt, every row ruled, cells on their middle):
# annex 4's header, its cells' lines 1.8 lines apart and set between one another's.
S161_ANNEX_4 = [
    (273.9, True, [(317.6, 351.6, '2022/23'), (477.5, 507.5, '调剂使用')]),
    (281.5, True, [(278.1, 312.1, '2022/23')]),
    (287.6, True, [(318.6, 350.5, '年 调剂使'), (477.5, 507.5, '后最终预'), (515.9, 547.8, '预算利 用')]),
    (294.4, True, [(59.7, 140.9, '预期成果 ( 单位 : 千瑞郎 )'), (279.2, 311.1, '年 核定预'), (384.3, 442.8, '2022/23 年支出')]),
    (301.3, True, [(318.6, 350.5, '用 后最终'), (477.5, 507.5, '算和支出'), (524.4, 539.4, '情况')]),
    (308.1, True, [(291.4, 298.9, '算')]),
    (315.0, True, [(327.1, 342.1, '预算'), (481.2, 503.7, '的差异')]),
    (332.6, True, [(366.6, 381.6, '人事'), (402.3, 424.8, '非人事'), (445.5, 460.5, '总计')]),
    (349.8, False, [(59.7, 272.9, '1.1 世界范围内的传播和接触更有效 , 人们对知识产权在处处改善')]),
    (356.6, False, [(282.0, 308.2, '16,967'), (321.5, 347.7, '19,339'), (361.0, 387.2, '11,711'), (402.8, 424.2, '6,793'), (439.9, 466.1, '18,504'), (482.4, 502.5, '(835)'), (523.6, 540.2, '96%')]),
    (363.9, False, [(59.7, 202.2, '人人生活的潜力有更好的认识和更多的了解')]),
    (380.1, False, [(59.7, 261.1, '2.1 兼顾各方利益的有效知识产权国际准则制定框架得到发展'), (282.0, 308.2, '20,447'), (321.5, 347.7, '22,799'), (361.0, 387.2, '12,975'), (402.8, 424.2, '7,918'), (439.9, 466.1, '20,893'), (478.8, 506.1, '(1,906)'), (523.6, 540.2, '92%')]),
    (396.7, False, [(59.7, 272.9, '2.2 产权组织将国际社会凝聚起来 , 积极主动应对全球层面与知识')]),
    (403.5, False, [(282.0, 308.2, '17,825'), (321.5, 347.7, '20,811'), (361.0, 387.2, '12,116'), (402.8, 424.2, '7,456'), (439.9, 466.1, '19,572'), (478.8, 506.1, '(1,238)'), (523.6, 540.2, '94%')]),
    (410.8, False, [(59.7, 202.2, '产权、创新和创造有关的新议题和政策挑战')]),
    (427.0, False, [(59.7, 231.1, '2.3 为树立尊重知识产权的风尚开展国际对话与合作'), (284.4, 305.8, '3,805'), (323.9, 345.3, '3,659'), (363.3, 384.7, '2,982'), (406.4, 420.7, '433'), (442.3, 463.7, '3,415'), (482.4, 502.5, '(245)'), (523.6, 540.2, '93%')]),
]


def test_header_cells_set_between_one_anothers_lines_keep_their_own_lines() -> None:
    """s161 A4: the header's cells, set on their middle, wrap at the body's leading, each
    line half a pitch off its neighbours' (a row's figures, set on its middle, stand between
    its label's lines the same way). The body's leading is its labels' (once the figures'
    half pitch: every heading line a cell of its own, shuffled across the columns, and the
    variance check read the wrong columns)."""
    lines = [bolded(top, bold, cells, 7.5) for top, bold, cells in S161_ANNEX_4]
    rules = [hrule(58.5, 551.5, y) for y in (271.6, 329.4, 348.0, 378.2, 394.9, 425.1, 441.8)]
    found = grids(PageLayout(page=81, width=612, height=792, lines=lines, rules=rules))
    assert len(found) == 1, found
    assert found[0][0] == ["预期成果 ( 单位 : 千瑞郎 )", "2022/23年核定预算", "2022/23年调剂使用后最终预算",
                           "2022/23 年支出", "2022/23 年支出", "2022/23 年支出", "调剂使用后最终预算和支出的差异",
                           "预算利用情况"], found[0][0]


# s145 p145 (Chromium, AR PL UMing 10.5 pt, unruled, no bold, cells on their bottom): a
# table of benefits' header and first row at the page's foot, its other rows overleaf.
S145_BENEFITS_FOOT = [
    (688.8, False, [(51.3, 88.4, '效益说明'), (205.3, 260.9, '关键绩效指标'), (309.2, 337.0, '基准值'), (399.2, 427.0, '目标值'), (484.6, 521.7, '绩效数据')]),
    (711.2, False, [(191.4, 274.8, '符合知识产权门户系')]),
    (725.2, False, [(191.4, 274.8, '统中的最低标准（共')]),
    (739.1, False, [(191.4, 274.8, '同的外观和感觉、共')]),
    (753.0, False, [(51.3, 181.2, '在产权组织面向外部的信通技术'), (191.4, 274.8, '同导航、ePay v2 和'), (290.7, 355.6, '69%（2021 年 5'), (371.4, 454.9, '适用的信通技术系统')]),
    (766.9, False, [(51.3, 162.6, '系统中提供统一的用户体验'), (200.6, 265.6, '产权组织帐户）'), (313.8, 332.4, '月）'), (394.6, 431.7, '100%达标'), (496.2, 510.1, '77%')]),
]


def test_a_first_row_alone_at_the_foot_set_on_its_bottom_keeps_its_first_lines() -> None:
    """s145 p145: under a one-line header (no weight, rule or band to tell it), the first
    row's cells wrap above its figures at one leading, the only row on the page: no wraps
    under its figures show that leading, its own lines over them do. The row keeps its
    label whole (once its first line went to the header, "在产权组织面向外部的信通技术")."""
    lines = [bolded(top, bold, cells, 10.5) for top, bold, cells in S145_BENEFITS_FOOT]
    found = grids(PageLayout(page=145, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert found[0][0] == ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"], found[0][0]
    assert found[0][1][0] == "在产权组织面向外部的信通技术系统中提供统一的用户体验", found[0]
    assert found[0][1][-1] == "77%", found[0]


def test_paragraph_lines_above_a_header_are_no_rows_of_text_over_the_figures() -> None:
    """s019 p140: two lines of the page's text (one piece each, where the labels start) read
    with the table over its header: no rows of text cells, so the header is not cut down
    to the first of them (a row holds cells beside its label)."""
    from extractors.regions import Region
    from extractors.structure import _text_rows_over_figures
    lines = [bolded(top, bold, cells, 7.8) for top, bold, cells in [
    (316.9, False, [(75.4, 192.1, '本部分的报告包括以下两个表格：')]),
    (329.9, False, [(75.4, 243.6, '- 按成果开列的预算和支出提供了下表所示信息。')]),
    (343.8, False, [(76.7, 162.5, '预期成果 (单位：千瑞郎)'), (284.2, 450.0, '2022/23 年 计划和预算 2022/23 年 调剂使用后'), (464.7, 522.7, '2022/23 年 支出')]),
    (353.1, False, [(401.5, 417.1, '预算')]),
    (366.2, False, [(76.7, 276.3, '2.1 兼顾各方利益的有效知识产权国际准则制定框架得到发'), (315.2, 334.6, '7,411'), (399.6, 419.0, '7,479'), (484.0, 503.4, '7,144')]),
    (377.1, False, [(76.7, 84.5, '展')]),
    (388.3, False, [(76.7, 276.3, '2.2 产权组织将国际社会凝聚起来，积极主动应对全球层面'), (315.2, 334.6, '1,467'), (399.6, 419.0, '1,467'), (484.0, 503.4, '1,422')]),
    (399.3, False, [(76.7, 247.9, '与知识产权、创新和创造有关的新议题和政策挑战')]),
    ]]
    first = next(i for i, ln in enumerate(lines) if "7,411" in ln.text)
    assert _text_rows_over_figures(lines, first, Region(lines=lines)) == first


# s049 p74 (Chromium, AR PL UMing 7.5 pt, unruled, cells on their top): the last rows of the
# table of benefits. Two lines' cells run together in the page's words are given as the
# table's gutters part them.
S049_BENEFITS_FOOT = [
    (381.3, False, [(64.2, 94.2, '效益实现'), (259.4, 281.9, '基准值'), (364.5, 387.0, '目标值'), (465.7, 495.7, '绩效数据')]),
    (392.6, False, [(64.2, 214.2, '降低与当前系统（未广泛使用的网站平台）相'), (255.7, 285.7, '100%风险'), (362.6, 388.8, '10%风险'), (430.1, 531.4, '截至 2023 年 9 月，风险降低')]),
    (400.8, False, [(64.2, 94.2, '关的风险'), (475.1, 486.4, '85%')]),
    (411.3, False, [(64.2, 154.2, '减少创建和维护网页的时间'), (221.9, 319.4, '创建和发布一条网络新闻用时'), (327.0, 424.5, '创建和发布一条网络新闻用时'), (432.0, 529.5, '2 年（新系统就位、所有内容')]),
    (419.6, False, [(255.7, 285.7, '1.5 小时'), (347.6, 403.8, '1.2 小时（20%）'), (432.0, 529.5, '完成迁移以及网页发布者接受')]),
    (428.6, False, [(435.7, 525.7, '培训并熟练掌握新系统后）')]),
    (440.6, False, [(64.2, 146.7, '减少语言版本实施的时间'), (259.4, 281.9, '1 小时'), (347.6, 403.8, '0.5 小时（50%）'), (432.0, 529.5, '2 年（新系统就位、所有内容')]),
    (448.9, False, [(458.2, 503.2, '完成迁移后）')]),
    (550.9, False, [(64.2, 165.4, '改进网站搜索引擎优化（SEO）'), (229.4, 311.9, '搜索结果页面退出率 19%'), (334.5, 417.0, '搜索结果页面退出率 15%'), (432.0, 529.5, '1 年（新系统到位和所有内容')]),
    (559.1, False, [(458.2, 503.2, '完成迁移后）')]),
    (569.6, False, [(64.2, 214.2, '使“静态”网页现代化，与新的产权组织通用'), (266.9, 274.4, '0%'), (368.2, 383.2, '100%'), (432.0, 529.5, '所有网页都采用通用外观和风')]),
    (578.6, False, [(64.2, 206.7, '外观和风格保持一致，并提供现代网络功能'), (432.0, 529.5, '格。随着网页内容的迁移，网')]),
    (586.9, False, [(439.5, 522.0, '页也采用现代网络功能。')]),
    (597.4, False, [(64.2, 214.2, '由于客户体验得到改善，网站总体流量和每页'), (221.9, 319.4, '唯一身份浏览量：70,460,059'), (325.1, 424.5, '唯一身份浏览量增加 10% 会话'), (430.1, 531.4, '唯一身份浏览量：112,518,593')]),
    (605.6, False, [(64.2, 139.2, '花费的时间都有所增加'), (233.2, 308.2, '（2019 年） 会话次数'), (327.0, 424.5, '次数增加 5% 每次会话时间增'), (439.5, 522.0, '（2022 年） 会话次数：')]),
    (614.6, False, [(221.9, 319.4, '27,308,909（2019 年） 每次'), (364.5, 387.0, '加 15%'), (432.0, 529.5, '63,669,997（2022 年） 每次')]),
    (622.9, False, [(221.9, 319.4, '会话时间：5 分 18 秒（2019'), (433.9, 527.6, '会话时间：3:41（2022 年）')]),
    (631.1, False, [(263.2, 278.2, '年）'), (432.0, 529.5, '页面浏览量和会话次数的增长')]),
    (639.4, False, [(432.0, 529.5, '超出预期（可能是由于在准备')]),
    (647.6, False, [(432.0, 529.5, '迁移过程中进行了清理，从而')]),
]


def test_a_column_whose_cell_ended_lines_above_starts_the_next_row_when_it_prints_again() -> None:
    """s049 p74: under a row whose figures ("0%", "100%") stand on its first line, its label
    fills its column and its last cell wraps a line lower; the next row's label follows at
    the wrapped lines' spacing. The figures' columns, empty for two lines, print again:
    a cell's lines follow each other, so that is the next row (once "0%唯一身份浏览量…")."""
    lines = [bolded(top, bold, cells, 7.5) for top, bold, cells in S049_BENEFITS_FOOT]
    found = grids(PageLayout(page=74, width=595, height=842, lines=lines))
    rows = [r for t in found for r in t]
    static = next(r for r in rows if r[0].startswith("使“静态”"))
    assert static[1:3] == ["0%", "100%"], rows
    assert rows[-1][0].startswith("由于客户体验"), rows


# s067 p105 (Chromium, AR PL UMing 7.5 pt, booktabs, cells on their bottom): the renderer set
# the table's first three rows as its header, one rule under them; the rows below part by padding.
S067_BENEFITS = [
    (412.1, False, [(53.1, 83.1, '效益实现'), (265.6, 288.1, '基准值'), (372.3, 394.8, '目标值'), (475.4, 505.4, '绩效数据')]),
    (426.3, False, [(53.1, 218.1, '降低与当前系统（未广泛使用的网站平台）相关的'), (439.7, 541.0, '截至 2023 年 9 月，风险降低')]),
    (436.8, False, [(53.1, 68.1, '风险'), (261.8, 291.8, '100%风险'), (370.5, 396.7, '10%风险'), (484.7, 496.0, '85%')]),
    (451.1, False, [(441.6, 539.1, '2 年（新系统就位、所有内容')]),
    (460.8, False, [(228.1, 325.6, '创建和发布一条网络新闻用时'), (334.8, 432.3, '创建和发布一条网络新闻用时'), (441.6, 539.1, '完成迁移以及网页发布者接受')]),
    (470.6, False, [(53.1, 143.1, '减少创建和维护网页的时间'), (261.8, 291.8, '1.5 小时'), (355.5, 411.7, '1.2 小时（20%）'), (445.4, 535.4, '培训并熟练掌握新系统后）')]),
    (487.1, False, [(444.2, 541.7, '2 年（新系统就位、所有内容')]),
    (497.6, False, [(53.1, 135.6, '减少语言版本实施的时间'), (305.6, 328.1, '1 小时'), (378.6, 434.9, '0.5 小时（50%）'), (496.7, 541.7, '完成迁移后）')]),
    (511.9, False, [(333.6, 434.9, '100% （所有重复信息将通过单')]),
    (521.6, False, [(337.4, 434.9, '一元素显示在不同页面上——'), (444.2, 541.7, '2 年（新系统就位、所有内容')]),
    (532.1, False, [(53.1, 218.1, '通过在不同网页中共享相同元素，提高网页内容的'), (226.9, 328.1, '0%（目前的 CMS 不具备共享元'), (344.9, 434.9, '因此完全消除了人工重复内'), (444.2, 541.7, '完成迁移以及网页发布者接受')]),
    (541.9, False, [(53.1, 90.6, '重复利用率'), (290.6, 328.1, '素的功能）'), (419.9, 434.9, '容）'), (451.7, 541.7, '培训并熟练掌握新系统后）')]),
    (556.1, False, [(234.4, 328.1, '目前的内部网页发布者 < 10'), (344.9, 434.9, '超过 20 名内部网页发布者'), (444.2, 541.7, '2 年（新系统就位、所有内容')]),
    (565.9, False, [(53.1, 218.1, '通过为网页发布者提供用户友好界面，分散网页发'), (234.4, 328.1, '发布一条新闻的时间为 3 天'), (333.6, 434.9, '（100%） 发布一条新闻的时间'), (444.2, 541.7, '完成迁移以及网页发布者接受')]),
    (576.4, False, [(53.1, 113.1, '布工作，提高效率'), (230.6, 328.1, '（由于网络通信的瓶颈问题）'), (404.9, 434.9, '为：1 天'), (451.7, 541.7, '培训并熟练掌握新系统后）')]),
    (590.6, False, [(440.4, 541.7, '截至 2023 年 9 月，风险降低')]),
    (600.4, False, [(53.1, 214.3, '通过集成内容交付网络（CDN），降低网站不可用'), (447.9, 541.7, '80%，即每月停机时间降至 2')]),
    (610.1, False, [(53.1, 75.6, '的风险'), (245.6, 328.1, '每月一次，停机 10 分钟'), (382.4, 434.9, '0 分钟停机时间'), (519.2, 541.7, '分钟。')]),
    (624.4, False, [(444.2, 541.7, '1 年（新系统到位和所有内容')]),
    (634.9, False, [(53.1, 154.3, '改进网站搜索引擎优化（SEO）'), (245.6, 328.1, '搜索结果页面退出率 19%'), (352.4, 434.9, '搜索结果页面退出率 15%'), (496.7, 541.7, '完成迁移后）')]),
    (649.1, False, [(444.2, 541.7, '所有网页都采用通用外观和风')]),
    (658.9, False, [(53.1, 218.1, '使“静态”网页现代化，与新的产权组织通用外观'), (444.2, 541.7, '格。随着网页内容的迁移，网')]),
    (669.4, False, [(53.1, 180.6, '和风格保持一致，并提供现代网络功能'), (320.6, 328.1, '0%'), (419.9, 434.9, '100%'), (459.2, 541.7, '页也采用现代网络功能。')]),
    (683.6, False, [(440.4, 541.7, '唯一身份浏览量：112,518,593')]),
    (693.4, False, [(459.2, 541.7, '（2022 年） 会话次数：')]),
    (703.1, False, [(444.2, 541.7, '63,669,997（2022 年） 每次')]),
    (713.6, False, [(447.9, 541.7, '会话时间：3:41（2022 年）')]),
    (723.4, False, [(444.2, 541.7, '页面浏览量和会话次数的增长')]),
    (733.9, False, [(444.2, 541.7, '超出预期（可能是由于在准备')]),
    (743.6, False, [(230.6, 328.1, '唯一身份浏览量：70,460,059'), (444.2, 541.7, '迁移过程中进行了清理，从而')]),
    (753.4, False, [(253.1, 328.1, '（2019 年） 会话次数'), (444.2, 541.7, '改进了内容）。但是，每次会')]),
    (763.9, False, [(230.6, 328.1, '27,308,909（2019 年） 每次'), (333.6, 434.9, '唯一身份浏览量增加 10% 会话'), (444.2, 541.7, '话时间有所减少，原因可能是')]),
    (773.6, False, [(53.1, 218.1, '由于客户体验得到改善，网站总体流量和每页花费'), (230.6, 328.1, '会话时间：5 分 18 秒（2019'), (337.4, 434.9, '次数增加 5% 每次会话时间增'), (451.7, 541.7, '用户找到所需内容的速度变')]),
    (783.4, False, [(53.1, 113.1, '的时间都有所增加'), (313.1, 328.1, '年）'), (412.4, 434.9, '加 15%'), (526.7, 541.7, '快。')]),
]


def test_rows_parted_by_padding_under_a_lone_rule_are_rows() -> None:
    """s067 p105: a rule under the rows the renderer set as header is the only one between
    the table's rules; below it eight rows of text cells part only by their padding. More
    rows part by padding than by rules: the rule does not decide alone (once the eight rows
    were one, every cell's text run together)."""
    lines = [bolded(top, bold, cells, 7.5) for top, bold, cells in S067_BENEFITS]
    rules = [hrule(51.0, 543.8, y) for y in (409.4, 484.1, 795.7)]
    found = grids(PageLayout(page=105, width=595, height=842, lines=lines, rules=rules))
    rows = [r for t in found for r in t]
    labels = [r[0] for r in rows]
    assert "减少语言版本实施的时间" in labels, labels
    static = next(r for r in rows if r[0].startswith("使“静态”"))
    assert static[1:3] == ["0%", "100%"], rows
    assert labels[-1].startswith("由于客户体验") and labels[-1].endswith("都有所增加"), labels


# s087 p124 (WeasyPrint, Noto Serif CJK 7.5 pt, unruled, cells on their middle): the table of
# benefits continued overleaf without its header; its last row holds no figure of its own.
S087_BENEFITS_OVERLEAF = [
    (70.2, False, [(451.2, 539.1, '1 年（新系统到位和所有内')]),
    (75.6, False, [(72.9, 177.7, '改进网站搜索引擎优化（SEO）'), (252.3, 336.4, '搜索结果页面退出率 19%'), (353.7, 437.7, '搜索结果页面退出率 15%')]),
    (81.1, False, [(486.6, 539.1, '容完成迁移后）')]),
    (100.9, False, [(449.1, 539.1, '所有网页都采用通用外观和')]),
    (111.8, False, [(72.9, 230.5, '使“静态”网页现代化，与新的产权组织通用外'), (456.6, 539.1, '风格。随着网页内容的迁')]),
    (117.3, False, [(325.3, 336.4, '0%'), (418.9, 437.7, '100%')]),
    (122.7, False, [(72.9, 207.9, '观和风格保持一致，并提供现代网络功能'), (449.1, 539.1, '移，网页也采用现代网络功')]),
    (133.6, False, [(524.1, 539.1, '能。')]),
    (153.4, False, [(479.1, 539.1, '唯一身份浏览量：')]),
    (164.3, False, [(447.9, 539.1, '112,518,593（2022 年） 会')]),
    (175.2, False, [(470.7, 539.1, '话次数：63,669,997')]),
    (186.1, False, [(458.6, 539.1, '（2022 年） 每次会话时')]),
    (191.5, False, [(276.4, 336.4, '唯一身份浏览量：')]),
    (196.9, False, [(451.7, 539.1, '间：3:41（2022 年） 页面')]),
    (202.4, False, [(248.1, 336.4, '70,460,059（2019 年） 会'), (353.7, 437.7, '唯一身份浏览量增加 10%')]),
    (207.8, False, [(72.9, 230.4, '由于客户体验得到改善，网站总体流量和每页花'), (449.1, 539.1, '浏览量和会话次数的增长超')]),
    (213.3, False, [(250.0, 336.4, '话次数 27,308,909（2019'), (347.8, 437.7, '会话次数增加 5% 每次会话')]),
    (218.7, False, [(72.9, 140.4, '费的时间都有所增加'), (449.1, 539.1, '出预期（可能是由于在准备')]),
    (224.1, False, [(253.3, 336.4, '年） 每次会话时间：5 分'), (391.2, 437.7, '时间增加 15%')]),
    (229.6, False, [(449.1, 539.1, '迁移过程中进行了清理，从')]),
    (235.0, False, [(278.7, 336.4, '18 秒（2019 年）')]),
    (240.4, False, [(449.1, 539.1, '而改进了内容）。但是，每')]),
    (251.3, False, [(449.1, 539.1, '次会话时间有所减少，原因')]),
    (262.2, False, [(449.1, 539.1, '可能是用户找到所需内容的')]),
    (273.1, False, [(501.6, 539.1, '速度变快。')]),
]


def test_figures_set_between_two_label_lines_keep_the_label_in_one_row() -> None:
    """s087 p124, the page's last row: "0%" and "100%" stand half a line under the label's
    first line, on the middle of its two lines (a row set on its middle). The label's second
    line is no new row, though its first ended short of the column (once two rows)."""
    lines = [bolded(top, bold, cells, 7.5) for top, bold, cells in S087_BENEFITS_OVERLEAF if top < 140]
    found = grids(PageLayout(page=124, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    assert len(found[0]) == 2, found[0]
    assert found[0][-1][0].endswith("现代网络功能") and found[0][-1][1:3] == ["0%", "100%"], found[0]


def test_a_last_row_of_text_cells_in_the_tables_columns_is_its_row() -> None:
    """s087 p124: under the row of "0%" and "100%", the last row's cells are all text set on
    their middle, each line's pieces in the table's columns, as far below as the rows above
    stand apart: the table's last row (once lost)."""
    lines = [bolded(top, bold, cells, 7.5) for top, bold, cells in S087_BENEFITS_OVERLEAF]
    found = grids(PageLayout(page=124, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    labels = [r[0] for r in found[0]]
    assert labels[-1].startswith("由于客户体验") and labels[-1].endswith("都有所增加"), labels
    assert found[0][-1][2].startswith("唯一身份浏览量增加 10%"), found[0][-1]


# s141 p130 (WeasyPrint, Noto Sans CJK 9 pt, booktabs and zebra stripes, cells on their bottom):
# the table of benefits continued overleaf without its header.
S141_BENEFITS_OVERLEAF = [
    (50.7, False, [(220.3, 317.3, '目前的内部网页发布者 <'), (446.2, 543.2, '2 年（新系统就位、所有')]),
    (64.7, False, [(215.3, 317.3, '10 发布一条新闻的时间为'), (326.2, 430.3, '超过 20 名内部网页发布者'), (444.2, 543.2, '内容完成迁移以及网页发')]),
    (78.7, False, [(52.1, 187.1, '通过为网页发布者提供用户友好界'), (220.3, 317.3, '3 天（由于网络通信的瓶'), (333.0, 430.3, '（100%） 发布一条新闻'), (444.2, 543.2, '布者接受培训并熟练掌握')]),
    (92.8, False, [(52.1, 187.1, '面，分散网页发布工作，提高效率'), (281.3, 317.3, '颈问题）'), (369.2, 430.3, '的时间为：1 天'), (498.2, 543.2, '新系统后）')]),
    (114.0, False, [(438.2, 543.2, '截至 2023 年 9 月，风险降')]),
    (128.1, False, [(52.1, 196.6, '通过集成内容交付网络（CDN），降'), (441.9, 543.2, '低 80%，即每月停机时间')]),
    (142.1, False, [(52.1, 133.1, '低网站不可用的风险'), (222.3, 317.3, '每月一次，停机 10 分钟'), (369.2, 430.3, '0 分钟停机时间'), (489.2, 543.2, '降至 2 分钟。')]),
    (163.3, False, [(446.2, 543.2, '1 年（新系统到位和所有')]),
    (177.4, False, [(52.1, 177.5, '改进网站搜索引擎优化（SEO）'), (216.0, 317.3, '搜索结果页面退出率 19%'), (329.0, 430.3, '搜索结果页面退出率 15%'), (471.2, 543.2, '内容完成迁移后）')]),
    (198.6, False, [(444.2, 543.2, '所有网页都采用通用外观')]),
    (212.7, False, [(52.1, 196.1, '使“静态”网页现代化，与新的产权'), (444.2, 543.2, '和风格。随着网页内容的')]),
    (226.7, False, [(52.1, 196.1, '组织通用外观和风格保持一致，并提'), (444.2, 543.2, '迁移，网页也采用现代网')]),
    (240.7, False, [(52.1, 115.1, '供现代网络功能'), (304.0, 317.3, '0%'), (407.0, 430.3, '100%'), (507.2, 543.2, '络功能。')]),
    (262.0, False, [(471.2, 543.2, '唯一身份浏览量：')]),
    (276.0, False, [(444.2, 543.2, '112,518,593（2022 年）')]),
    (290.1, False, [(453.2, 543.2, '会话次数：63,669,997')]),
    (304.1, False, [(447.2, 543.2, '（2022 年） 每次会话时')]),
    (318.1, False, [(438.7, 543.2, '间：3:41（2022 年） 页面')]),
    (332.2, False, [(444.2, 543.2, '浏览量和会话次数的增长')]),
    (346.2, False, [(444.2, 543.2, '超出预期（可能是由于在')]),
    (360.3, False, [(245.3, 317.3, '唯一身份浏览量：'), (444.2, 543.2, '准备迁移过程中进行了清')]),
    (374.3, False, [(212.3, 317.3, '70,460,059（2019 年） 会'), (444.2, 543.2, '理，从而改进了内容）。')]),
    (388.3, False, [(214.3, 317.3, '话次数 27,308,909（2019'), (329.0, 430.3, '唯一身份浏览量增加 10%'), (444.2, 543.2, '但是，每次会话时间有所')]),
    (402.4, False, [(52.1, 196.1, '由于客户体验得到改善，网站总体流'), (218.3, 317.3, '年） 每次会话时间：5 分'), (331.9, 430.3, '会话次数增加 5% 每次会'), (444.2, 543.2, '减少，原因可能是用户找')]),
    (416.4, False, [(52.1, 178.1, '量和每页花费的时间都有所增加'), (247.3, 317.3, '18 秒（2019 年）'), (365.0, 430.3, '话时间增加 15%'), (444.2, 543.2, '到所需内容的速度变快。')]),
]


def test_the_row_between_a_pages_first_two_stripes_keeps_the_table_whole() -> None:
    """s141 p130: the page's first stripe shades its second row; one unshaded row (no
    figure in it, its cells wrapped to different depths) stands between it and the next,
    taller stripe. After one stripe the two stripes show how tall the rows run: one table,
    not two (once the second began with two rows read as its header)."""
    lines = [bolded(top, bold, cells, 9.0) for top, bold, cells in S141_BENEFITS_OVERLEAF]
    fills = [Fill(Box(48.5, top, 546.8, bottom), dark=False) for top, bottom in ((105.9, 155.2), (190.5, 253.8))]
    found = grids(PageLayout(page=130, width=595, height=842, lines=lines, fills=fills,
                             rules=[hrule(48.5, 546.8, 430.3)]))
    assert len(found) == 1, found
    labels = [r[0] for r in found[0]]
    assert labels[0].startswith("通过为网页发布者") and labels[-1].startswith("由于客户体验"), labels
    assert any(label.startswith("改进网站搜索引擎优化") for label in labels), labels


# s115 p36 (Chromium, Noto Serif CJK 10.5 pt, unruled, header band, cells on their bottom and
# centred): a table of indicators whose three middle columns are set without a gutter; word by word.
S115_INDICATORS = [
    (325.8, [[(60.1, 92.0, '绩效指标')], [(286.6, 302.3, '基准')], [(357.5, 372.3, '目标')], [(417.7, 449.0, '绩效数据')], [(479.3, 526.4, '绩效指标评估')]]),
    (339.8, [[(60.1, 74.7, '4.4.'), (76.6, 256.8, '更多创新者、创造者、中小企业、高校、研究机构和')]]),
    (350.5, [[(60.1, 146.3, '社群成功地运用知识产权')]]),
    (364.5, [[(401.5, 409.4, '在'), (411.3, 420.6, '39'), (422.6, 453.9, '个国家的'), (455.9, 465.2, '56')]]),
    (375.1, [[(404.7, 451.8, '个创意类别的'), (453.7, 462.0, '41')]]),
    (385.7, [[(403.5, 463.2, '个集体管理组织-')]]),
    (396.4, [[(403.9, 421.9, '非洲:'), (423.8, 433.1, '25'), (435.1, 445.6, '个,'), (447.5, 463.2, '其中')]]),
    (407.0, [[(400.8, 409.1, '18'), (411.1, 465.9, '个在最不发达国')]]),
    (418.2, [[(401.8, 409.7, '家'), (411.6, 414.5, '-'), (416.5, 458.3, '阿拉伯国家:'), (460.3, 464.9, '3')]]),
    (428.8, [[(401.2, 409.1, '个'), (411.0, 413.9, '-'), (415.9, 465.5, '亚洲和太平洋:')]]),
    (439.5, [[(400.5, 405.1, '4'), (407.1, 417.6, '个,'), (419.5, 435.2, '其中'), (437.1, 440.8, '1'), (442.8, 466.3, '个在最')]]),
    (450.1, [[(402.5, 441.7, '不发达国家'), (443.7, 446.6, '-'), (448.5, 464.2, '拉丁')]]),
    (460.7, [[(400.4, 450.0, '美洲和加勒比:'), (452.0, 456.6, '5'), (458.6, 466.4, '个')]]),
    (471.9, [[(60.1, 177.0, '发展中国家和最不发达国家中使用'), (179.6, 203.0, 'WIPO'), (204.9, 238.0, 'Connect'), (240.0, 255.6, '的集')], [(265.3, 274.6, '25'), (276.6, 323.6, '个创意类别的')], [(334.8, 344.1, '56'), (346.0, 393.1, '个创意类别的')], [(405.8, 408.7, '-'), (410.6, 444.6, '转型国家:'), (446.6, 451.2, '4'), (453.2, 461.0, '个')]]),
    (482.6, [[(60.1, 122.8, '体管理组织的数量')], [(261.4, 270.7, '25'), (272.7, 328.1, '个集体管理组织'), (330.9, 340.2, '38'), (342.1, 397.6, '个集体管理组织')], [(404.3, 426.0, '(2023'), (428.0, 462.5, '年底累计)')], [(498.9, 506.8, '●')]]),
    (496.6, [[(403.8, 432.6, '830,623'), (434.6, 442.4, '种'), (444.4, 463.0, '(增加')]]),
    (506.9, [[(60.4, 125.4, '无障碍图书联合会:'), (127.4, 252.7, '向印刷品阅读障碍者提供无障碍图书')], [(404.0, 422.8, '58%)'), (424.8, 445.1, '(2023'), (447.1, 462.8, '年底')]]),
    (517.5, [[(60.1, 83.6, '的数量')], [(275.1, 303.9, '526,955'), (305.9, 313.8, '种')], [(335.3, 374.5, '两年期增加'), (376.5, 392.5, '25%')], [(424.1, 442.6, '累计)')], [(498.9, 506.8, '●')]]),
    (531.8, [[(261.7, 270.4, '42'), (272.4, 327.2, '个可持续的国家'), (331.1, 339.9, '49'), (341.9, 396.7, '个可持续的国家'), (400.6, 409.3, '49'), (411.3, 466.2, '个可持续的国家')]]),
    (542.1, [[(263.9, 278.7, '网络'), (280.7, 300.4, '(2021'), (302.4, 325.9, '年底累')], [(333.0, 347.8, '网络'), (349.8, 370.2, '(2023'), (372.2, 395.7, '年底累')], [(402.5, 417.3, '网络'), (419.3, 439.6, '(2023'), (441.6, 465.1, '年底累')]]),
    (553.1, [[(60.1, 107.1, '可持续的国家'), (109.1, 127.3, 'TISC'), (130.2, 168.5, '网络的数量')], [(289.1, 299.8, '计)')], [(358.6, 369.3, '计)')], [(428.0, 438.7, '计)')], [(498.9, 506.8, '●')]]),
    (566.8, [[(261.6, 285.1, '成熟度'), (287.1, 290.8, '1'), (292.8, 303.2, '级:'), (305.2, 320.9, '共计'), (322.9, 327.3, '4'), (331.1, 354.6, '成熟度'), (356.6, 360.3, '1'), (362.3, 372.7, '级:'), (374.7, 390.4, '共计'), (392.4, 396.7, '5'), (400.5, 424.1, '成熟度'), (426.1, 429.7, '1'), (431.8, 442.2, '级:'), (444.2, 459.8, '共计'), (461.8, 466.2, '5')]]),
    (578.3, [[(290.5, 298.4, '个')], [(360.0, 367.8, '个')], [(429.5, 437.3, '个')]]),
    (592.0, [[(264.5, 288.0, '成熟度'), (290.0, 294.3, '2'), (296.3, 306.7, '级:'), (308.8, 324.4, '共计')], [(333.9, 357.4, '成熟度'), (359.4, 363.8, '2'), (365.8, 376.2, '级:'), (378.2, 393.9, '共计')], [(403.4, 426.9, '成熟度'), (428.9, 433.3, '2'), (435.3, 445.7, '级:'), (447.7, 463.4, '共计')]]),
    (602.9, [[(285.1, 293.9, '29'), (295.9, 303.8, '个')], [(354.6, 363.4, '32'), (365.4, 373.2, '个')], [(424.1, 432.8, '32'), (434.8, 442.7, '个')]]),
    (616.6, [[(264.5, 288.0, '成熟度'), (290.0, 294.3, '3'), (296.3, 306.7, '级,'), (308.8, 324.4, '包括')], [(333.9, 357.4, '成熟度'), (359.4, 363.8, '3'), (365.8, 376.2, '级,'), (378.2, 393.9, '包括')], [(403.4, 426.9, '成熟度'), (428.9, 433.3, '3'), (435.3, 445.7, '级,'), (447.7, 463.4, '包括')]]),
    (627.5, [[(264.7, 314.3, '提供增值服务:'), (316.3, 324.2, '共')], [(334.2, 383.8, '提供增值服务:'), (385.8, 393.6, '共')], [(403.7, 453.2, '提供增值服务:'), (455.3, 463.1, '共')]]),
    (638.2, [[(282.4, 290.2, '计'), (292.2, 296.6, '9'), (298.7, 306.5, '个')], [(350.0, 357.9, '计'), (359.9, 367.9, '12'), (370.0, 377.8, '个')], [(419.5, 427.3, '计'), (429.3, 437.4, '12'), (439.4, 447.3, '个')]]),
    (652.2, [[(331.4, 355.2, '≥90%'), (357.2, 396.4, '满意或非常')]]),
    (662.5, [[(60.1, 256.0, '技术转让实体和其他机构对产权组织所提供服务的满意度')], [(282.7, 305.5, '不适用')], [(356.1, 371.7, '满意')], [(425.4, 441.4, '98%')], [(498.9, 506.8, '●')]]),
    (676.8, [[(332.3, 348.0, '确定'), (350.0, 354.3, '4'), (356.3, 395.5, '项适用技术')]]),
    (687.6, [[(60.1, 109.7, '最不发达国家:'), (111.7, 252.7, '针对发展需求而确定并部署的适用技术的')], [(337.6, 371.8, '(其中部署'), (373.8, 377.5, '1'), (379.5, 390.2, '项)')], [(401.8, 417.4, '确定'), (419.4, 423.8, '2'), (425.8, 465.0, '项适用技术')]]),
    (698.3, [[(60.1, 75.8, '数量')], [(266.2, 270.6, '0'), (272.6, 280.5, '项'), (282.5, 302.1, '(2021'), (304.1, 322.6, '年底)')], [(343.5, 363.8, '(2023'), (365.8, 384.3, '年底)')], [(414.6, 433.1, '(部署'), (435.1, 439.5, '0'), (441.5, 452.2, '项)')], [(498.9, 506.8, '▲')]]),
    (712.6, [[(60.1, 256.0, '与遗传资源、传统知识和传统文化表现形式相关的培训和')], [(331.4, 355.2, '≥85%'), (357.2, 396.4, '满意或非常')]]),
    (722.9, [[(60.1, 169.8, '能力建设活动的参与者的满意度')], [(286.5, 302.4, '65%')], [(356.1, 371.7, '满意')], [(425.4, 441.3, '97%')], [(498.9, 506.8, '●')]]),
    (737.2, [[(60.1, 240.3, '使用产权组织资料和工具的中小企业支助机构的数量')], [(282.7, 305.5, '不适用')], [(355.0, 363.0, '10'), (365.0, 372.9, '家')], [(424.4, 432.5, '21'), (434.5, 442.3, '家')], [(498.9, 506.8, '●')]]),
    (751.2, [[(60.1, 256.0, '使用产权组织资料和工具的支助机构所协助的中小企业数')], [(402.8, 422.8, '3,670'), (424.8, 464.0, '家中小企业')]]),
    (761.9, [[(60.1, 67.9, '量')], [(282.7, 305.5, '不适用')], [(333.3, 353.3, '2,000'), (355.3, 394.5, '家中小企业')], [(430.4, 436.4, '⁴³')], [(498.9, 506.8, '●')]]),
]


def test_cells_run_together_each_centred_under_its_head_are_cells() -> None:
    """s115 p36: "25 个集体管理组织 38 个集体管理组织" and "42 个可持续的国家 49 个…
    49 个…" run together on a line, no gutter left between the cells, which joined the
    基准 and 目标 columns. Each part stands centred under its column's head, as the head
    does in its cell: that many cells, and the columns stay apart."""
    lines = [worded(top, segs, 10.5) for top, segs in S115_INDICATORS]
    found = grids(PageLayout(page=36, width=595, height=842, lines=lines,
                             fills=[Fill(Box(58.5, 322.7, 537.6, 493.4), dark=True)]))
    assert len(found) == 1, found
    rows = {r[0]: r for r in found[0]}
    transfer = next(r for label, r in rows.items() if label.startswith("技术转让实体"))
    assert transfer[1:4] == ["不适用", "≥90% 满意或非常满意", "98%"], transfer
    tisc = next(r for label, r in rows.items() if label.startswith("可持续的国家 TISC"))
    assert tisc[1].startswith("42 个可持续的国家") and tisc[2].startswith("49 个可持续的国家"), tisc


# s106 p8 (Chromium, AR PL UMing 10 pt, unruled, cells on their middle): a table continued overleaf
# under its header, repeated; word by word.
S106_HEADER_OVERLEAF = [
    (60.5, [[(260.2, 291.6, '2022/23'), (296.0, 305.0, '年'), (309.5, 327.4, '工作'), (332.6, 363.9, '2022/23'), (368.4, 377.4, '年'), (381.8, 399.8, '调剂'), (404.9, 436.3, '2022/23'), (440.8, 449.7, '年'), (454.2, 472.1, '支出')]]),
    (67.2, [[(477.3, 495.2, '预算'), (499.7, 535.5, '利用情况'), (540.0, 544.5, '²')]]),
    (74.0, [[(269.2, 296.0, '计划和'), (300.5, 318.4, '预算')], [(332.6, 359.5, '使用后'), (363.9, 399.8, '最终预算')], [(436.3, 440.8, '¹')]]),
    (90.8, [[(66.2, 75.2, 'A.'), (79.7, 106.5, '人事费')]]),
    (109.4, [[(66.2, 84.1, '实习')], [(282.6, 305.0, '1,543')], [(355.0, 377.4, '1,309')], [(427.3, 449.7, '1,021')], [(504.2, 517.6, '66%')]]),
    (126.2, [[(66.2, 128.9, '产权组织研究金')], [(280.4, 307.2, '13,464')], [(352.7, 379.6, '16,816')], [(425.1, 452.0, '15,562')], [(502.0, 519.9, '116%')]]),
    (142.4, [[(66.2, 84.1, '小计')], [(280.4, 307.2, '15,006')], [(352.7, 379.6, '18,125')], [(425.1, 452.0, '16,583')], [(502.0, 519.9, '111%')]]),
    (159.2, [[(66.2, 146.8, '差旅、培训和补助金')]]),
    (176.0, [[(66.2, 120.0, '工作人员出差')], [(280.4, 307.2, '10,617')], [(355.0, 377.4, '8,086')], [(427.3, 449.7, '6,208')], [(504.2, 517.6, '58%')]]),
    (192.8, [[(66.2, 111.0, '第三方差旅')], [(280.4, 307.2, '12,730')], [(352.7, 379.6, '11,919')], [(425.1, 452.0, '11,301')], [(504.2, 517.6, '89%')]]),
    (209.6, [[(66.2, 146.8, '培训及相关差旅补助')], [(355.0, 377.4, '2,229')], [(427.3, 449.7, '1,650')], [(504.2, 517.6, '57%')]]),
    (225.7, [[(66.2, 84.1, '小计')], [(280.4, 307.2, '26,254')], [(352.7, 379.6, '22,234')], [(425.1, 452.0, '19,158')], [(504.2, 517.6, '73%')]]),
]


def test_a_header_cell_set_on_the_middle_of_the_others_two_lines_is_the_headers() -> None:
    """s106 p8: the last header cell, "预算 利用情况 ²", one line set on the middle of the other
    cells' two, reaches into the line under it and past the figures' width; the line over it
    holds the other cells' first lines run together. Both reach into the table's top line
    from inside its width: they are the header's, not a heading over the table (once the
    page's rows went on under a caption made of them, a table of their own)."""
    lines = [worded(top, segs, 9.0) for top, segs in S106_HEADER_OVERLEAF]
    tables = [build_table(r, 8) for r in find_regions(PageLayout(page=8, width=612, height=792, lines=lines))]
    tables = [t for t in tables if t is not None]
    assert len(tables) == 1, tables
    head = [cell.text for cell in tables[0].header[-1]] if tables[0].header else []
    assert head[1:] == ["2022/23 年工作计划和预算", "2022/23 年调剂使用后最终预算", "2022/23 年支出", "预算利用情况"], \
        tables[0].header


# s057 p107 (WeasyPrint, Droid Sans Fallback 7 pt, unruled, zebra stripes from the second row,
# cells on their top): a table of benefits under its caption and bold header.
S057_BENEFITS = [
    (456.9, True, [(59.1, 87.1, '效益说明'), (290.0, 332.0, '关键绩效指标'), (371.0, 392.0, '基准值'), (441.6, 462.6, '目标值'), (508.6, 536.6, '绩效数据')]),
    (475.4, False, [(59.1, 241.1, '在产权组织面向外部的信通技术系统中提供统一的用户体验'), (283.0, 339.0, '符合知识产权门户'), (355.9, 407.2, '69% （ 2021 年 5'), (424.1, 480.0, '适用的信通技术系'), (515.4, 529.7, '77%')]),
    (484.2, False, [(283.0, 339.0, '系统中的最低标准'), (374.5, 388.5, '月）'), (431.6, 472.5, '统 100% 达标')]),
    (492.9, False, [(283.0, 339.0, '（共同的外观和感')]),
    (501.7, False, [(286.5, 335.5, '觉、共同导航、')]),
    (510.2, False, [(282.2, 339.9, 'ePay v2 和产权组')]),
    (519.2, False, [(297.0, 325.0, '织帐户）')]),
    (537.7, False, [(59.1, 269.1, '产权组织面向外部的信通技术系统更加方便用户使用，并改善客户体'), (286.5, 335.5, '用户满意度分数'), (355.9, 407.2, '82% （ 2021 年 2'), (423.9, 480.2, '≥85% 表示满意或'), (515.4, 529.7, '80%')]),
    (546.5, False, [(59.1, 66.1, '验'), (374.5, 388.5, '月）'), (438.1, 466.0, '非常满意')]),
    (565.3, False, [(283.0, 339.0, '方便使用程度分数'), (355.9, 407.2, '80% （ 2021 年 2'), (444.9, 459.2, '85%'), (515.4, 529.7, '84%')]),
    (574.4, False, [(374.5, 388.5, '月）')]),
    (593.0, False, [(59.1, 262.1, '使用现代金融交易处理设施，方便客户缴费，并提供综合缴费信息'), (283.0, 339.0, '使用缴费小程序的'), (351.9, 411.2, '2021 年第二季度的'), (431.9, 472.2, '5,000 个用户'), (502.4, 542.7, '1,630 个用户')]),
    (601.7, False, [(297.0, 325.0, '用户数量'), (356.4, 406.7, '平均 603 个用户')]),
    (620.5, False, [(281.0, 341.1, '通过 ePay2 所提供'), (355.9, 407.2, '87% （ 2021 年 2'), (444.9, 459.2, '90%'), (515.4, 529.7, '89%')]),
    (629.4, False, [(283.0, 339.0, '服务的用户满意度'), (374.5, 388.5, '月）')]),
    (638.2, False, [(304.0, 318.0, '分数')]),
    (656.7, False, [(59.1, 192.1, '增强对产权组织服务和品牌认知的积极感受'), (286.5, 335.5, '用户满意度分数'), (355.9, 407.2, '58% （ 2021 年 2'), (423.9, 480.2, '≥85% 表示满意或'), (515.4, 529.7, '80%')]),
    (665.8, False, [(374.5, 388.5, '月）'), (438.1, 466.0, '非常满意')]),
    (684.2, False, [(59.1, 171.1, '改进客户数据质量以及客户关系管理'), (283.0, 339.0, '使用共享客户数据'), (356.6, 406.5, '0 个（ 2021 年 6'), (422.2, 481.9, '第三期继续在 CRM'), (492.7, 552.4, '第三期继续在 CRM')]),
    (693.1, False, [(283.0, 339.0, '的信通技术系统数'), (374.5, 388.5, '月）'), (434.6, 469.5, '项目下实施'), (505.1, 540.1, '项目下实施')]),
    (701.9, False, [(307.5, 314.5, '量')]),
    (720.4, False, [(59.1, 178.1, '增强客户对产权组织服务提供的满意度'), (286.5, 335.5, '用户满意度分数'), (355.9, 407.2, '84% （ 2021 年 2'), (423.9, 480.2, '≥85% 表示满意或'), (515.4, 529.7, '80%')]),
    (729.5, False, [(374.5, 388.5, '月）'), (438.1, 466.0, '非常满意')]),
]


def test_a_tall_first_row_over_the_first_stripe_stays_with_its_header() -> None:
    """s057 p107: the first stripe shades the second row, under a caption, a bold header and
    a tall first row whose centred cell wraps over six lines, each right over the next and
    centred with it. The table grows up over the whole cell to its header (once the stripes
    joined, the region stopped at the cell's last line and the header and first row were a
    table of their own)."""
    lines = [bolded(top, bold, cells, 7.0) for top, bold, cells in S057_BENEFITS]
    fills = [Fill(Box(54.2, top, 557.8, bottom), dark=False)
             for top, bottom in ((530.9, 558.5), (586.1, 613.8), (649.9, 677.5), (713.6, 741.2))]
    found = grids(PageLayout(page=107, width=612, height=792, lines=lines, fills=fills))
    assert len(found) == 1, found
    assert found[0][0] == ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"], found[0][0]
    assert found[0][1][1].endswith("织帐户)"), found[0][1]


# s074 p2 (LibreOffice, Noto Sans CJK 10.5 pt, unruled, totals shaded, double-spaced cells): the
# contents list's second page.
S074_CONTENTS = [
    (56.3, False, [(51.1, 184.3, '附件二 2022/23 年收入概算'), (366.2, 379.6, '70')]),
    (85.9, False, [(51.1, 148.3, '附件三 按部门开列的'), (366.2, 379.6, '71')]),
    (107.1, False, [(51.1, 181.5, '2022/23 年核定预算和调剂')]),
    (128.8, False, [(51.1, 103.6, '使用后预算')]),
    (157.9, False, [(51.1, 184.3, '附件四 2022/23 年按预期成'), (366.2, 379.6, '72')]),
    (179.6, False, [(51.1, 177.1, '果开列的预算和资源利用情')]),
    (200.8, False, [(51.1, 61.6, '况')]),
    (229.8, False, [(51.1, 148.3, '附件五 按部门开列的'), (366.2, 379.6, '73')]),
    (251.0, False, [(51.1, 129.0, '2022/23 年员额')]),
    (280.6, False, [(51.1, 184.3, '附件六 2022/23 年按联盟开'), (366.2, 379.6, '74')]),
    (302.4, False, [(51.1, 135.1, '列的主要财务数据')]),
    (331.4, False, [(51.1, 150.2, '附件七 PCT 体系指标'), (366.2, 379.6, '75')]),
    (361.1, False, [(51.1, 158.8, '附件八 马德里业务指标'), (366.2, 379.6, '81')]),
    (390.7, False, [(51.1, 148.3, '附件九 海牙业务指标'), (366.2, 379.6, '89')]),
    (420.4, False, [(51.1, 177.9, '附件十 2023 年信托基金进'), (366.2, 379.6, '94')]),
    (442.1, False, [(51.1, 82.6, '展报告')]),
    (471.2, False, [(51.1, 177.9, '附件十一 2023 年基本建设'), (362.8, 382.8, '109')]),
    (492.9, False, [(51.1, 124.6, '总计划进展报告')]),
    (522.0, False, [(51.1, 181.1, '附件十二 预期成果 3.1 推广'), (362.8, 382.8, '161')]),
    (543.7, False, [(51.1, 177.1, '全球知识产权体系相关资源')]),
    (564.9, False, [(51.1, 72.1, '细目')]),
    (620.3, False, [(51.1, 93.1, '附件十三'), (194.8, 367.2, '2022/23 年按预期成果开列的发展支'), (454.6, 474.6, '162')]),
    (642.1, False, [(275.8, 286.3, '出')]),
    (671.1, False, [(51.1, 98.6, '五、 附 录'), (271.0, 291.0, '163')]),
    (700.8, False, [(51.1, 82.1, '附录 A'), (270.5, 291.5, '方法'), (454.6, 474.6, '163')]),
]


def test_entries_of_a_contents_list_padded_apart_each_with_its_page_are_a_table() -> None:
    """s074 p2: the contents' last entries, each ending in its page number, stand so far
    apart that each begins a run of its own, one figure each, and the page's stripe holds
    the entries above them. Their page numbers stand one under the other: a table (once
    lost whole)."""
    lines = [bolded(top, bold, cells, 10.5) for top, bold, cells in S074_CONTENTS]
    found = grids(PageLayout(page=2, width=612, height=792, lines=lines,
                             fills=[Fill(Box(46.3, 465.9, 556.2, 516.6), dark=False)]))
    last = next((t for t in found if t[0][0] == "附件十三"), None)
    assert last is not None, found
    assert [row[-1] for row in last] == ["162", "", "163"], last


# s087 p2 (WeasyPrint, Noto Serif CJK 7.5 pt, unruled, cells on their middle): the contents list's
# last entries, then the page's first section.
S087_CONTENTS = [
    (70.2, False, [(72.9, 231.3, '附件十二 预期成果 3.1 推广全球知识产权体系相')]),
    (75.6, False, [(527.9, 539.1, '161')]),
    (81.1, False, [(72.9, 110.4, '关资源细目')]),
    (108.4, False, [(72.9, 102.9, '附件十三'), (259.9, 387.0, '2022/23 年按预期成果开列的发展支出'), (527.2, 539.1, '162')]),
    (128.3, False, [(72.9, 106.7, '五、 附 录'), (375.2, 387.0, '163')]),
    (148.2, False, [(72.9, 95.2, '附录 A'), (372.0, 387.1, '方法'), (527.2, 539.1, '163')]),
    (173.2, True, [(68.4, 151.6, '一、 财务和成果概览')]),
    (189.2, False, [(68.4, 543.6, '产权组织 2022/23 两年期的运营结果总额为 1.725 亿瑞郎，总收入为 9.722 亿瑞郎，总支出为 7.997 亿瑞郎（按《国际公共部门会计准则》编')]),
    (200.1, False, [(68.4, 543.6, '制）。与《2022/23 年工作计划和预算》概算相比，运营结果增加了 7,280 万瑞郎。这主要是由于收入比预计增加了 2,040 万瑞郎，支出比预计')]),
    (211.0, False, [(68.4, 255.6, '减少了 5,240 万瑞郎。两年期盈余总额为 1.215 亿瑞郎。')]),
    (225.6, False, [(68.4, 543.6, '在 2022/23 年，产权组织 96.1% 的收入来自其全球知识产权专利、商标、工业品外观设计和地理标志体系（即 PCT、马德里、海牙和里斯本体')]),
    (236.5, False, [(68.4, 449.8, '系）用户缴纳的规费。收入的主要贡献者是 PCT 体系，占总收入的 77%，其次是马德里体系，占总收入的 17.5%。')]),
    (251.1, False, [(68.4, 543.7, '截至 2023 年底，产权组织的净资产，包括储备金和周转基金，不包括精算损失，共计 8.386 亿瑞郎。包括精算损失在内的产权组织净资产总额')]),
    (262.0, False, [(68.4, 128.9, '为 6.052 亿瑞郎。')]),
]


def test_contents_entries_each_alone_one_right_under_the_other_are_a_table() -> None:
    """s087 p2: the contents' last three entries stand a row's padding apart, each a run and a
    region of its own, one figure each: none grows to take in the others. One right under
    the other, their page numbers one under the other: a table (once lost whole)."""
    lines = [bolded(top, bold, cells, 9.0 if bold else 7.5) for top, bold, cells in S087_CONTENTS]
    found = grids(PageLayout(page=2, width=612, height=792, lines=lines))
    last = next((t for t in found if t[0][0] == "附件十三"), None)
    assert last is not None, found
    assert [row[-1] for row in last] == ["162", "", "163"], last


# s002 p252 (LibreOffice, Noto Sans CJK 11 pt, unruled, header band, cells on their bottom, double
# spacing): the table of benefits overleaf under its repeated head of three rows, two of them rows.
S002_BENEFITS_OVERLEAF = [
    (63.0, True, [(56.8, 100.8, '效益实现'), (212.6, 245.6, '基准值'), (334.7, 367.7, '目标值'), (451.3, 495.3, '绩效数据')]),
    (94.0, True, [(56.8, 155.8, '降低与当前系统（未')]),
    (117.9, True, [(56.8, 144.8, '广泛使用的网站平'), (419.1, 527.6, '截至 2023 年 9 月，风')]),
    (141.8, True, [(56.8, 133.8, '台）相关的风险'), (203.1, 255.1, '100%风险'), (328.4, 374.0, '10%风险'), (443.8, 502.9, '险降低 85%')]),
    (172.9, True, [(419.3, 527.3, '2 年（新系统就位、所')]),
    (196.8, True, [(296.2, 406.2, '创建和发布一条网络新'), (418.3, 528.3, '有内容完成迁移以及网')]),
    (220.7, True, [(56.8, 155.8, '减少创建和维护网页'), (174.1, 284.1, '创建和发布一条网络新'), (312.9, 389.5, '闻用时 1.2 小时'), (418.3, 528.3, '页发布者接受培训并熟')]),
    (244.6, True, [(56.8, 89.8, '的时间'), (190.8, 267.4, '闻用时 1.5 小时'), (328.4, 374.0, '（20%）'), (429.3, 517.3, '练掌握新系统后）')]),
    (275.8, False, [(56.8, 155.8, '使“静态”网页现代')]),
    (299.7, False, [(56.8, 155.8, '化，与新的产权组织'), (418.3, 528.3, '所有网页都采用通用外')]),
    (323.6, False, [(56.8, 155.8, '通用外观和风格保持'), (418.3, 528.3, '观和风格。随着网页内')]),
    (347.5, False, [(56.8, 155.8, '一致，并提供现代网'), (418.3, 528.3, '容的迁移，网页也采用')]),
    (371.4, False, [(56.8, 89.8, '络功能'), (221.0, 237.2, '0%'), (337.0, 365.4, '100%'), (434.8, 511.8, '现代网络功能。')]),
    (402.5, False, [(429.3, 517.3, '唯一身份浏览量：')]),
    (426.4, False, [(425.1, 521.6, '112,518,593（2022')]),
    (450.3, False, [(433.6, 513.0, '年） 会话次数：')]),
    (474.2, False, [(428.1, 518.5, '63,669,997（2022')]),
    (498.1, False, [(422.6, 524.0, '年） 每次会话时间：')]),
    (522.0, False, [(420.5, 526.2, '3:41（2022 年） 页面')]),
    (545.9, False, [(418.3, 528.3, '浏览量和会话次数的增')]),
    (569.8, False, [(418.3, 528.3, '长超出预期（可能是由')]),
    (593.7, False, [(185.1, 273.1, '唯一身份浏览量：'), (418.3, 528.3, '于在准备迁移过程中进')]),
    (617.6, False, [(183.9, 274.3, '70,460,059（2019'), (418.3, 528.3, '行了清理，从而改进了')]),
    (641.5, False, [(56.8, 155.8, '由于客户体验得到改'), (194.9, 263.3, '年） 会话次数'), (418.3, 528.3, '内容）。但是，每次会')]),
    (665.4, False, [(56.8, 155.8, '善，网站总体流量和'), (183.9, 274.3, '27,308,909（2019'), (301.7, 400.7, '唯一身份浏览量增加'), (418.3, 528.3, '话时间有所减少，原因')]),
    (689.3, False, [(56.8, 155.8, '每页花费的时间都有'), (175.3, 282.9, '年） 每次会话时间：5'), (296.5, 405.9, '10% 会话次数增加 5%'), (418.3, 528.3, '可能是用户找到所需内')]),
    (713.2, False, [(56.8, 89.8, '所增加'), (179.6, 278.6, '分 18 秒（2019 年）'), (294.8, 407.6, '每次会话时间增加 15%'), (434.8, 511.8, '容的速度变快。')]),
]


def test_rows_under_a_band_holding_rows_padded_as_its_cells_are_the_tables() -> None:
    """s002 p252: the band repeats a head of three rows, the last two with figures of their
    own ("100%风险"), so the band says how far apart its lines stand, not its rows; the rows
    under it stand as far apart as the band pads its first and last lines. They are the
    table's rows (once a table of their own, its first row read as its header)."""
    lines = [bolded(top, bold, cells, 11.0) for top, bold, cells in S002_BENEFITS_OVERLEAF]
    found = grids(PageLayout(page=252, width=595, height=842, lines=lines,
                             fills=[Fill(Box(52.3, 56.7, 534.2, 269.4), dark=True)]))
    assert len(found) == 1, found
    static = next((r for r in found[0] if r[0].startswith("使“静态”")), None)
    assert static is not None and static[1:3] == ["0%", "100%"], found[0]


# s105 p122 (WeasyPrint, WenQuanYi 10.5 pt, unruled, header band, cells on their top): a label set
# flush left and the centred cell beside it with no gutter between; word by word.
S105_INTERIM_BENEFITS = [
    (272.6, [[(54.2, 117.2, '过渡期效益')]]),
    (294.8, [[(55.9, 97.9, '效益说明')], [(257.5, 320.5, '关键绩效指标')], [(350.1, 381.6, '基准值')], [(426.9, 458.4, '目标值')], [(498.4, 540.4, '绩效数据')]]),
    (310.9, [[(55.9, 76.9, '提高'), (80.0, 97.7, 'PCT'), (100.8, 226.8, '关键系统的服务水平和减少'), (230.0, 247.6, 'PCT'), (252.4, 270.0, 'PCT'), (273.1, 325.6, '系统的可用')], [(351.1, 380.5, '99.5%')], [(427.9, 457.3, '99.8%')], [(498.9, 528.3, '99.7%'), (531.5, 539.9, '⁶⁶')]]),
    (324.3, [[(55.9, 150.4, '关键系统的中断时间')], [(278.0, 288.5, '性'), (291.6, 300.0, '⁶⁵')]]),
    (341.0, [[(55.9, 234.4, '减少恶意或无意中披露或修改未公布申')], [(257.5, 320.5, '暴露在网络威')], [(351.1, 380.5, '74.5%')], [(427.9, 457.3, '53.5%')], [(498.9, 528.3, '59.3%'), (531.5, 539.9, '⁶⁸')]]),
    (354.3, [[(55.9, 245.3, '请/注册/专利信息的可能性，降低网络攻')], [(257.0, 309.5, '胁下的比例'), (312.6, 321.0, '⁶⁷')]]),
    (368.3, [[(55.9, 244.9, '击的可能性，并降低成功的网络攻击所造')]]),
    (381.6, [[(55.9, 97.9, '成的影响')]]),
]


def test_a_label_flush_left_and_a_cell_centred_under_its_head_run_together_are_two_cells() -> None:
    """s105 p122: "…和减少 PCT" (the label, flush left like its head) runs into "PCT 系统的可用"
    (centred under 关键绩效指标) with no gutter left. The first part flush left under the first
    head, the second centred under the next: two cells, and the label and indicator columns
    stay apart (once one column, the row's figures shifted one to the left)."""
    lines = [worded(top, segs, 10.5) for top, segs in S105_INTERIM_BENEFITS]
    found = grids(PageLayout(page=122, width=612, height=792, lines=lines,
                             fills=[Fill(Box(54.2, 290.3, 557.8, 307.1), dark=True)]))
    assert len(found) == 1, found
    row = next(r for r in found[0] if r[0].startswith("提高 PCT"))
    assert row[1].startswith("PCT 系统的可用性") and row[2:4] == ["99.5%", "99.8%"], found[0]


def based(cells: list[list[tuple]], size: float) -> Line:
    """A printed line, word by word as printed: (x0, x1, top, baseline, text[, bold])."""
    return Line([Segment([Word(w[4], Box(w[0], w[2], w[1], w[2] + size), size, bold=len(w) > 5 and w[5],
                               baseline=w[3]) for w in cell]) for cell in cells])


# s186 p45 (WeasyPrint, AR PL UMing 8.5 pt, booktabs, header band, cells on their middle):
# the figures of the second row stand on the middle of its label's four lines, half a line
# under the label's second line, and join that line; word by word with baselines.
S186_RESULTS = [
    [[(58.4, 92.4, 639.5, 646.7, '预期成果', True)], [(190.0, 219.8, 639.5, 646.7, '2022/23', True), (224.0, 232.5, 639.5, 646.7, '年', True), (236.8, 279.3, 639.5, 646.7, '计划和预算', True)], [(308.7, 338.4, 639.5, 646.7, '2022/23', True), (342.7, 351.2, 639.5, 646.7, '年', True), (355.4, 397.9, 639.5, 646.7, '调剂使用后', True), (402.2, 419.2, 639.5, 646.7, '预算', True)], [(461.3, 491.1, 639.5, 646.7, '2022/23', True), (495.3, 503.8, 639.5, 646.7, '年', True), (508.1, 525.1, 639.5, 646.7, '支出', True)]],
    [[(58.4, 71.1, 658.0, 665.2, '2.1'), (75.4, 160.4, 658.0, 665.2, '兼顾各方利益的有效知')]],
    [[(58.4, 160.4, 667.3, 674.5, '识产权国际准则制定框架得')], [(273.9, 295.1, 667.3, 674.5, '2,101')], [(403.1, 424.4, 667.3, 674.5, '2,165')], [(532.4, 553.7, 667.3, 674.5, '1,760')]],
    [[(58.4, 83.9, 676.7, 683.9, '到发展')]],
    [[(58.4, 71.1, 694.4, 701.6, '2.2'), (75.4, 160.4, 694.4, 701.6, '产权组织将国际社会凝')]],
    [[(58.4, 160.4, 703.8, 711.0, '聚起来，积极主动应对全球')], [(273.9, 295.1, 708.4, 715.7, '3,487')], [(403.1, 424.4, 708.4, 715.7, '3,773')], [(532.4, 553.7, 708.4, 715.7, '3,543')]],
    [[(58.4, 160.4, 713.1, 720.3, '层面与知识产权、创新和创')]],
    [[(58.4, 160.4, 722.5, 729.7, '造有关的新议题和政策挑战')]],
]


def test_figures_on_the_middle_of_a_label_of_four_lines_keep_the_label_in_one_row() -> None:
    """s186 p45: "3,487" stands half a line under "聚起来…", the label's second line, and
    the line they make stands on the figures' baseline: measured there, the label's first
    line stood a line and a half above it and passed for a row of its own. The label's own
    lines stand the leading apart."""
    lines = [based(cells, 8.5) for cells in S186_RESULTS]
    found = grids(PageLayout(page=45, width=612, height=792, lines=lines,
                             rules=[hrule(54.2, 557.9, 633.9), hrule(54.2, 557.9, 652.8)],
                             fills=[Fill(Box(54.2, 633.9, 557.9, 652.8), dark=True)]))
    assert len(found) == 1, found
    assert [r[0] for r in found[0][1:]] == ["2.1 兼顾各方利益的有效知识产权国际准则制定框架得到发展",
                                           "2.2 产权组织将国际社会凝聚起来,积极主动应对全球层面与知识产权、创新和创造有关的新议题和政策挑战"], found[0]
    assert found[0][2][1:] == ["3,487", "3,773", "3,543"], found[0]


# s185 p122 (LibreOffice, Noto Sans CJK 6 pt in a landscape table, every row ruled, zebra,
# cells on their bottom): under the page's first rows a section row "净资产", its empty cells
# set in the document's larger default size, stands taller than the rows before it; the
# rows under it have figures in every other column only.
S185_NET_ASSETS = [
    (55.4, True, [(51.1, 126.3, '主要财务数据 (单位: 千瑞郎)'), (309.4, 345.4, '会费供资联盟'), (389.6, 414.7, 'PCT 联盟'), (461.8, 491.8, '马德里联盟'), (539.5, 563.5, '海牙联盟'), (611.2, 641.2, '里斯本联盟'), (694.9, 706.9, '合计')]),
    (80.4, True, [(302.7, 314.7, '预算'), (337.1, 355.1, '实际数'), (377.4, 389.4, '预算'), (411.8, 429.8, '实际数'), (452.1, 464.1, '预算'), (486.5, 504.5, '实际数'), (526.8, 538.8, '预算'), (561.2, 579.2, '实际数'), (601.5, 613.5, '预算'), (635.9, 653.9, '实际数'), (676.2, 688.2, '预算'), (710.6, 728.6, '实际数')]),
    (98.9, False, [(51.1, 136.6, '投资收益/(损失)的 IPSAS 调整额'), (322.7, 324.8, '-'), (354.8, 362.1, '(1)'), (397.4, 399.5, '-'), (426.2, 436.9, '(42)'), (472.1, 474.2, '-'), (504.2, 511.5, '(5)'), (546.8, 548.9, '-'), (584.2, 586.3, '-'), (621.5, 623.6, '-'), (658.9, 661.0, '-'), (696.2, 698.3, '-'), (725.0, 735.7, '(48)')]),
    (117.4, False, [(51.1, 81.5, '盈余/(赤字)'), (302.4, 324.7, '(10,109)'), (339.8, 362.1, '(12,411)'), (377.9, 399.5, '130,588'), (415.3, 436.9, '146,711'), (459.2, 474.1, '4,172'), (496.6, 511.5, '9,995'), (526.5, 548.8, '(23,030)'), (563.9, 586.2, '(20,093)'), (604.6, 623.6, '(1,945)'), (642.0, 661.0, '(2,746)'), (680.0, 698.3, '99,676'), (714.1, 735.7, '121,494')]),
    (142.4, False, [(51.1, 69.1, '净资产')]),
    (167.4, False, [(51.1, 199.6, '截至 2021 年 12 月 31 日的净资产—不含精算收益/(损失)'), (343.9, 362.2, '26,090'), (415.3, 436.9, '678,310'), (493.3, 511.6, '98,359'), (563.9, 586.2, '(67,236)'), (642.0, 661.0, '(6,200)'), (714.1, 735.7, '729,323')]),
    (192.4, False, [(51.1, 81.5, '盈余/(赤字)'), (339.8, 362.1, '(12,411)'), (415.3, 436.9, '146,711'), (496.6, 511.5, '9,995'), (563.9, 586.2, '(20,093)'), (642.0, 661.0, '(2,746)'), (714.1, 735.7, '121,455')]),
    (217.4, False, [(51.1, 93.1, '重估储备金盈余'), (348.2, 362.2, '(773)'), (417.9, 436.9, '(8,529)'), (492.6, 511.6, '(2,413)'), (572.3, 586.3, '(546)'), (650.3, 661.0, '(51)'), (713.3, 735.6, '(12,312)')]),
    (242.4, False, [(51.1, 199.6, '截至 2023 年 12 月 31 日的净资产—不含精算收益/(损失)'), (343.9, 362.2, '12,906'), (415.3, 436.9, '816,492'), (490.0, 511.6, '105,941'), (563.9, 586.2, '(87,876)'), (642.0, 661.0, '(8,998)'), (714.1, 735.7, '838,466')]),
    (267.4, False, [(51.1, 180.9, '2023 年 12 月 31 日计入净资产的精算收益/(损失)'), (339.8, 362.1, '(10,794)'), (411.2, 436.9, '(166,224)'), (489.2, 511.5, '(45,648)'), (567.3, 586.3, '(9,812)'), (647.0, 661.0, '(932)'), (710.0, 735.7, '(233,410)')]),
    (292.4, False, [(51.1, 160.6, '2023 年 12 月 31 日净资产(不含特别账户)'), (347.2, 362.1, '2,112'), (415.3, 436.9, '650,268'), (493.3, 511.6, '60,294'), (563.9, 586.2, '(97,688)'), (642.0, 661.0, '(9,930)'), (714.1, 735.7, '605,056')]),
    (317.4, False, [(51.1, 169.2, '特别账户—截至 2021 年 12 月 31 日的净资产'), (729.1, 735.7, '75')]),
    (342.4, False, [(51.1, 110.9, '特别账户—盈余/(赤字)'), (729.1, 735.7, '38')]),
]
S185_RULES = [51.4, 70.0, 95.0, 113.5, 132.0, 157.0, 182.0, 207.0, 232.0, 257.0, 282.0, 307.0, 332.0, 357.1]


def test_a_taller_section_row_with_rows_in_the_tables_columns_under_it_stays_in_the_table() -> None:
    """s185 p122: the section row "净资产" stands twice as far under its rule as the rows
    above stand under theirs, which a caption between two tables drawn one under the other
    does too; but rows with figures in the table's columns go on under it (once the page
    read as two tables, the lower one of six columns)."""
    lines = [bolded(top, bold, cells, 6.0) for top, bold, cells in S185_NET_ASSETS]
    fills = [Fill(Box(48.4, top, 738.1, bottom), dark=False) for top, bottom in ((113.3, 131.8), (156.8, 181.8), (206.8, 231.8), (256.8, 281.8), (306.8, 331.8))]
    found = grids(PageLayout(page=122, width=792, height=612, lines=lines, fills=fills,
                             rules=[hrule(48.4, 738.2, y) for y in S185_RULES]))
    assert len(found) == 1, found
    assert len(found[0][0]) == 13, found[0][0]
    labels = [r[0] for r in found[0]]
    assert labels[4:7] == ["净资产", "截至 2021 年 12 月 31 日的净资产—不含精算收益/(损失)", "盈余/(赤字)"], labels
    assert found[0][7][:3] == ["重估储备金盈余", "", "(773)"] and found[0][-1][-1] == "38", found[0]


# s185 p121: the rows of one figure each (in the total column), taller than the rows above.
S185_SPECIAL_ACCOUNTS = [
    (55.4, True, [(51.1, 126.3, '主要财务数据 (单位: 千瑞郎)'), (309.4, 345.4, '会费供资联盟'), (389.6, 414.7, 'PCT 联盟'), (461.8, 491.8, '马德里联盟'), (539.5, 563.5, '海牙联盟'), (611.2, 641.2, '里斯本联盟'), (694.9, 706.9, '合计')]),
    (80.4, True, [(302.7, 314.7, '预算'), (337.1, 355.1, '实际数'), (377.4, 389.4, '预算'), (411.8, 429.8, '实际数'), (452.1, 464.1, '预算'), (486.5, 504.5, '实际数'), (526.8, 538.8, '预算'), (561.2, 579.2, '实际数'), (601.5, 613.5, '预算'), (635.9, 653.9, '实际数'), (676.2, 688.2, '预算'), (710.6, 728.6, '实际数')]),
    (98.9, False, [(51.1, 98.8, 'IPSAS 调整后收入'), (306.5, 324.8, '36,233'), (343.9, 362.2, '36,537'), (377.9, 399.5, '738,987'), (415.3, 436.9, '744,487'), (452.6, 474.2, '162,270'), (490.0, 511.6, '173,875'), (530.6, 548.9, '13,497'), (568.0, 586.3, '16,527'), (613.6, 623.5, '775'), (651.0, 660.9, '756'), (676.7, 698.3, '951,762'), (714.1, 735.7, '972,182')]),
    (117.4, False, [(51.1, 75.1, '直接联盟'), (306.5, 324.8, '30,111'), (343.9, 362.2, '31,924'), (377.9, 399.5, '245,078'), (415.3, 436.9, '220,191'), (455.9, 474.2, '75,900'), (493.3, 511.6, '73,163'), (530.6, 548.9, '21,381'), (568.0, 586.3, '19,200'), (608.6, 623.5, '1,708'), (646.0, 660.9, '2,139'), (676.7, 698.3, '374,178'), (714.1, 735.7, '346,618')]),
    (142.4, False, [(51.1, 87.1, '特别账户会费'), (717.4, 735.7, '16,673')]),
    (167.4, False, [(51.1, 130.2, '特别账户会费的 IPSAS 调整额'), (716.7, 735.7, '(1,046)')]),
    (192.4, False, [(51.1, 87.1, '特别账户支出'), (717.4, 735.7, '17,450')]),
]


def test_taller_rows_of_one_figure_in_the_tables_columns_stay_in_the_table() -> None:
    """s185 p121: rows of one figure each, in the total column, stand further under their
    rules than the rows above; one figure where theirs end, its label where theirs start, is
    a row of the table (once the table was cut in two there)."""
    lines = [bolded(top, bold, cells, 6.0) for top, bold, cells in S185_SPECIAL_ACCOUNTS]
    found = grids(PageLayout(page=121, width=792, height=612, lines=lines,
                             rules=[hrule(48.4, 738.2, y) for y in (51.4, 70.0, 95.0, 113.5, 132.0, 157.0, 182.0, 207.0)]))
    assert len(found) == 1, found
    assert [r[0] for r in found[0][-3:]] == ["特别账户会费", "特别账户会费的 IPSAS 调整额", "特别账户支出"], found[0]
    assert found[0][-2][-1] == "(1,046)", found[0]


# s188 p254 (LibreOffice, Noto Serif CJK 10 pt, full grid, dark header band, tall leading,
# cells on their middle): the label column's heading wraps over four lines 1.9 lines apart,
# the next cells over two (on its middle lines) and one (between them).
S188_BREAKDOWN = [
    (134.4, True, [(59.7, 219.4, '预期成果 3.1 “产权组织的全球知识')]),
    (153.0, True, [(59.7, 219.7, '产权体系、服务、知识和数据得到更'), (238.9, 323.9, '2022/23 年 核定预'), (338.9, 423.6, '2022/23 调剂使 用')]),
    (162.3, True, [(445.2, 517.3, '2022/23 年支出')]),
    (171.7, True, [(59.7, 216.2, '广泛、更有效的使用” (单位：千瑞'), (276.2, 286.2, '算'), (356.2, 406.2, '后最终预算')]),
    (190.3, True, [(59.7, 73.7, '郎)')]),
    (217.0, False, [(59.7, 109.7, '专利和技术'), (268.5, 294.0, '3,067'), (368.5, 394.0, '3,607'), (468.5, 493.9, '3,647')]),
    (244.4, False, [(59.7, 129.7, '品牌和外观设计')]),
    (271.9, False, [(59.7, 89.7, '马德里'), (267.0, 295.5, '10,161'), (366.1, 396.4, '10,290'), (468.5, 494.0, '9,934')]),
    (299.3, False, [(59.7, 79.7, '海牙'), (268.5, 294.0, '2,438'), (368.9, 393.5, '2,133'), (468.5, 494.0, '2,030')]),
]


def test_header_cells_of_a_grid_are_every_line_between_their_rules() -> None:
    """s188 p254: in a tall leading no body shows (one-line rows), a header cell's lines
    stand 1.9 lines apart, and the cells beside it put theirs between; between two vertical
    rules and under one band, they are one cell's lines (once seven header rows, the label
    column's heading spread over every column and the unit lost)."""
    lines = [bolded(top, bold, cells, 10.0) for top, bold, cells in S188_BREAKDOWN]
    rules = [vrule(x, 127.2, 320.3) for x in (55.0, 231.1, 331.1, 431.1, 531.2)]
    rules += [hrule(55.0, 531.2, y) for y in (127.2, 210.6, 238.0, 265.5, 292.9, 320.3)]
    found = grids(PageLayout(page=254, width=595, height=842, lines=lines, rules=rules,
                             fills=[Fill(Box(55.0, 126.9, 531.2, 210.3), dark=True)]))
    assert len(found) == 1, found
    assert found[0][0] == ["预期成果 3.1 “产权组织的全球知识产权体系、服务、知识和数据得到更广泛、更有效的使用” (单位:千瑞郎)",
                           "2022/23 年核定预算", "2022/23 调剂使用后最终预算", "2022/23 年支出"], found[0]
    assert found[0][1] == ["专利和技术", "3,067", "3,607", "3,647"], found[0]


# s176 p2 (LibreOffice, Noto Serif CJK 7 pt, unruled, cells on their middle): the last rows
# of one table, then the next table's caption, header and first row at the page's foot, its
# other rows overleaf.
S176_INCOME_AT_FOOT = [
    (543.0, False, [(51.1, 100.1, '重估储备金盈余'), (431.1, 449.5, '(12.3)')]),
    (559.0, False, [(51.1, 227.8, '截至 2023 年 12 月 31 日的净资产——不包括精算收益/(损')]),
    (565.9, False, [(431.7, 449.6, '838.6')]),
    (572.9, False, [(51.1, 60.6, '失)')]),
    (588.9, False, [(51.1, 202.6, '2023 年 12 月 31 日计入净资产的精算收益/(损失)'), (426.6, 449.5, '(233.4)')]),
    (604.8, False, [(51.1, 132.1, '2023 年 12 月 31 日净资产'), (431.7, 449.6, '605.2')]),
    (636.6, False, [(51.1, 539.9, '¹ 2022/23 年预算。² 2022/23 年特别账户的 IPSAS 结算额为 38,231 瑞郎。³ 由于长期投资组合(核心和战略现金)的预期收益率的波动性,2022/23 年的投资收益/(损失)概算不包括在两年期的收入概算中。')]),
    (651.8, True, [(51.1, 171.4, '表2. 2022/23年收入 (单位: 百万瑞郎)')]),
    (667.1, True, [(454.7, 555.9, '2022/23 年实际 数与计划和预算')]),
    (674.1, True, [(236.2, 339.2, '2022/23 年 计划和预算 收入概算'), (359.9, 433.1, '2022/23 年 收入实际数')]),
    (681.1, True, [(494.8, 515.8, '的差异')]),
    (697.0, True, [(51.1, 65.5, '收费')]),
    (712.5, False, [(51.1, 80.9, 'PCT 体系'), (322.8, 340.6, '736.9'), (431.7, 449.5, '749.4'), (540.8, 558.4, '102%')]),
]


def test_one_row_at_a_pages_foot_under_a_header_set_on_its_middle_is_a_table() -> None:
    """s176 p2: the header's third cell stands half a line over the line of the other two
    (set on the middle of its two lines); with it, the header stands over every figure of
    the one row under it: a table whose other rows are overleaf (once no table, and the row
    lost)."""
    lines = [bolded(top, bold, cells, 7.0) for top, bold, cells in S176_INCOME_AT_FOOT]
    found = grids(PageLayout(page=2, width=612, height=792, lines=lines))
    assert len(found) == 2, found
    assert found[1][-1] == ["PCT 体系", "736.9", "749.4", "102%"], found[1]
    assert found[1][0][1:] == ["2022/23 年计划和预算收入概算", "2022/23 年收入实际数", "2022/23 年实际数与计划和预算的差异"], found[0]


# s176 p51 (LibreOffice, Noto Serif CJK 7 pt, unruled, cells on their middle, lines two
# lines apart): a header whose cells of two and three lines put their lines half way between
# one another's; word by word.
S176_BUDGET_HEADER = [
    (519.2, [[(51.1, 222.8, '附件一 2022/23 年按部门开列的调剂使用后预算')]]),
    (540.6, [[(425.0, 452.7, '2022/23'), (454.5, 461.5, '年')]]),
    (547.5, [[(238.4, 266.1, '2022/23'), (267.9, 274.9, '年')]]),
    (554.5, [[(51.1, 65.1, '部门'), (66.9, 86.0, '(单位:'), (87.8, 111.6, '千瑞郎)')], [(333.6, 361.6, '调剂使用'), (363.4, 366.2, '¹')], [(421.4, 456.4, '调剂使用后'), (458.1, 465.1, '最')], [(488.8, 537.6, '调剂使用占比%')]]),
    (561.5, [[(239.1, 274.1, '计划和预算')]]),
    (568.5, [[(432.7, 453.7, '终预算')]]),
    (583.7, [[(374.7, 402.7, '调剂使用'), (404.4, 418.4, '总净')], [(514.7, 535.7, '计划和'), (537.4, 558.7, '预算总')]]),
    (590.7, [[(281.4, 309.4, '调剂使用'), (311.1, 325.1, '拨入'), (328.1, 356.1, '调剂使用'), (357.8, 371.8, '拨出')], [(482.9, 496.9, '部门')]]),
    (598.4, [[(393.1, 400.4, '额')], [(533.1, 540.4, '额')]]),
    (613.8, [[(51.1, 86.1, '专利和技术')], [(252.9, 278.5, '230,374')], [(313.6, 325.3, '340')], [(348.9, 371.8, '(4,084)')], [(395.7, 418.5, '(3,744)')], [(439.4, 465.1, '226,630')], [(493.5, 511.9, '-1.6%')], [(539.5, 558.5, '-0.5%')]]),
    (629.8, [[(51.1, 100.1, '品牌和外观设计')], [(256.8, 278.6, '80,430')], [(308.0, 325.3, '1,838')], [(349.5, 371.8, '(4,168)')], [(395.5, 418.5, '(2,329)')], [(444.6, 465.1, '78,101')], [(492.9, 511.9, '-2.9%')], [(539.5, 558.5, '-0.3%')]]),
]


def test_header_cells_whose_lines_stand_half_way_between_anothers_keep_their_lines() -> None:
    """s176 A1: "2022/23 年" / "调剂使用后 最" / "终预算" stand two lines apart on one middle,
    "2022/23 年" / "计划和预算" of the next cell half way between them. One cell's three lines
    show the header's leading (once each line its own header row, "调剂使用后最" over the net
    transfers: their negative figures failed the final budget's schema)."""
    lines = [worded(top, cells, 7.0) for top, cells in S176_BUDGET_HEADER]
    found = grids(PageLayout(page=51, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    assert found[0][0][:2] == ["部门 (单位: 千瑞郎)", "2022/23 年计划和预算"], found[0]
    assert found[0][0][5] == "2022/23 年调剂使用后最终预算", found[0]
    assert found[0][1][2:5] == ["调剂使用拨入", "调剂使用拨出", "调剂使用总净额"], found[0]


# s134 p85 (LibreOffice, Noto Serif CJK 7 pt, horizontal rules, dark header band, figures
# flush right): annex 6's header, word by word; "PCT" ends where its column's figures end
# (a row from the page's foot shows the next column's widest figure).
S134_UNIONS = [
    (40.5, [[(37.0, 79.0, '主要财务数据'), (80.7, 99.8, '(单位:'), (101.6, 125.4, '千瑞郎)')], [(303.4, 345.4, '会费供资联盟')], [(396.4, 410.9, 'PCT'), (412.6, 426.6, '联盟')], [(481.1, 516.1, '马德里联盟')], [(571.7, 599.7, '海牙联盟')], [(655.3, 690.3, '里斯本联盟')], [(752.9, 766.9, '合计')]]),
    (64.4, [[(295.7, 309.7, '预算')], [(335.7, 356.7, '实际数')], [(382.7, 396.7, '预算')], [(422.8, 443.8, '实际数')], [(469.9, 483.9, '预算')], [(509.9, 530.9, '实际数')], [(556.9, 570.9, '预算')], [(597.0, 618.0, '实际数')], [(644.1, 658.1, '预算')], [(684.1, 705.1, '实际数')], [(731.1, 745.1, '预算')], [(771.2, 792.2, '实际数')]]),
    (84.3, [[(37.0, 57.3, 'IPSAS'), (59.0, 94.0, '调整后收入')], [(300.8, 322.6, '36,233')], [(344.3, 366.0, '36,537')], [(384.0, 409.6, '738,987')], [(427.7, 453.2, '744,487')], [(471.7, 496.7, '162,270')], [(515.3, 540.3, '173,875')], [(562.7, 583.8, '13,497')], [(606.3, 627.4, '16,527')], [(659.4, 671.0, '775')], [(702.8, 714.4, '756')], [(732.9, 758.0, '951,762')], [(776.5, 801.6, '972,182')]]),
    (107.5, [[(37.0, 51.0, '支出')]]),
    (127.9, [[(37.0, 65.0, '直接联盟')], [(302.6, 322.6, '30,111')], [(344.9, 366.1, '31,924')], [(384.0, 409.6, '245,078')], [(428.7, 453.2, '220,191')], [(475.0, 496.8, '75,900')], [(519.1, 540.2, '73,163')], [(563.2, 583.8, '21,381')], [(606.2, 627.4, '19,200')], [(653.7, 670.9, '1,708')], [(697.1, 714.4, '2,139')], [(733.1, 758.0, '374,178')], [(776.5, 801.6, '346,618')]]),
    (148.3, [[(37.0, 86.5, '投资收益/(损失)')], [(320.1, 322.5, '-')], [(344.2, 366.0, '(1,019)')], [(407.2, 409.6, '-')], [(426.3, 453.1, '(33,624)')], [(494.3, 496.7, '-')], [(518.5, 540.2, '(1,310)')], [(581.4, 583.8, '-')], [(625.0, 627.4, '-')], [(668.5, 670.9, '-')], [(712.0, 714.4, '-')], [(755.6, 758.0, '-')], [(774.7, 801.6, '(35,954)')]]),
]


def test_a_spanner_whose_first_word_ends_at_a_columns_edge_stays_whole() -> None:
    """s134 A6: "PCT 联盟" stands over its two columns; "PCT" ends at the first column's right
    edge by chance and "联盟" only touches the next column's left edge: one heading, not two
    cells (once "PCT" went down a row, every union's budget shifted and eleven sums failed)."""
    lines = [worded(top, cells, 7.0) for top, cells in S134_UNIONS]
    rules = [hrule(35.0, 803.4, y) for y in (37.3, 57.8, 81.0, 101.4, 124.6, 145.0, 165.4)]
    found = grids(PageLayout(page=85, width=842, height=595, lines=lines, rules=rules,
                             fills=[Fill(Box(35.0, 36.9, 803.4, 80.7), dark=True)]))
    assert len(found) == 1, found
    assert found[0][0][3:5] == ["PCT 联盟", "PCT 联盟"] and found[0][1][3:5] == ["预算", "实际数"], found[0]
    assert found[0][2][:4] == ["IPSAS 调整后收入", "36,233", "36,537", "738,987"], found[0]


# s131 p144 (LibreOffice, DejaVu-like sans 8.5 pt, unruled, cells on their foot, two lines
# apart): the heading "经调整的 项目" / "预算" sets its first line alone over the header line.
S131_RESOURCES = [
    (298.2, True, [(281.8, 335.0, '经调整的 项目')]),
    (315.5, True, [(71.0, 105.0, '交付成果'), (224.5, 260.7, '项目 预算'), (300.0, 317.0, '预算'), (365.8, 382.8, '支出'), (413.5, 466.7, '预算 利用情况'), (484.8, 527.3, '实施进展率')]),
    (336.3, False, [(71.0, 206.1, '提供与所选 RSP 架构一致的 PCT 组')]),
    (353.5, False, [(71.0, 96.5, '织设计'), (238.0, 273.1, '164,475'), (303.9, 339.0, '164,475'), (369.7, 404.8, '164,475'), (446.4, 470.7, '100%'), (512.3, 536.6, '100%')]),
    (374.8, False, [(71.0, 199.9, '启动以选定设计实施为基础的 PCT')]),
    (392.1, False, [(71.0, 105.0, '组织转型'), (238.0, 273.1, '860,199'), (303.9, 339.0, '534,135'), (369.7, 404.8, '534,135'), (446.4, 470.7, '100%'), (512.3, 536.6, '100%')]),
]


def test_a_headings_first_line_alone_as_far_up_as_the_labels_wrap_is_its_line() -> None:
    """s131 p144: "经调整的 项目" stands centred on "预算" and wider, as far above it as the
    body's labels wrap: one heading's two lines set on their foot, not a spanner over three
    columns (once "经调整的项目" headed 项目预算, 预算 and 支出, and the utilisation checks
    compared the wrong columns)."""
    lines = [bolded(top, bold, cells, 8.5) for top, bold, cells in S131_RESOURCES]
    found = grids(PageLayout(page=144, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    assert found[0][0] == ["交付成果", "项目预算", "经调整的项目预算", "支出", "预算利用情况", "实施进展率"], found[0]
    assert found[0][2][:4] == ["启动以选定设计实施为基础的 PCT组织转型", "860,199", "534,135", "534,135"], found[0]


# s121 p88 (Chromium, 7.5 pt, ruled header, zebra stripes, cells on their top): a table's
# last rows at the page's foot, the last one's text cell wrapped, its closing rule overleaf.
S121_DELIVERABLES_AT_FOOT = [
    (643.6, False, [(70.3, 100.3, '交付成果'), (241.0, 273.0, '项目 预算'), (293.5, 348.0, '经调整的 项目预'), (376.9, 391.9, '支出'), (424.7, 471.6, '预算 利用情况'), (493.1, 530.6, '实施进展率')]),
    (655.6, False, [(317.0, 324.5, '算')]),
    (672.9, False, [(70.3, 107.8, '分析和规划'), (243.5, 270.5, '482,220'), (307.2, 334.3, '482,220'), (370.9, 398.0, '484,074'), (438.5, 457.9, '100%'), (502.2, 521.6, '100%')]),
    (689.4, False, [(70.3, 151.0, '马德里在线表格 ( 步骤 1)'), (243.5, 270.5, '365,932'), (307.2, 334.3, '365,932'), (370.9, 398.0, '325,587'), (440.5, 455.8, '89%'), (502.2, 521.6, '100%')]),
    (705.1, False, [(70.3, 151.0, '马德里在线表格 ( 步骤 2)'), (243.5, 270.5, '337,556'), (307.2, 334.3, '337,556'), (370.9, 398.0, '311,043'), (440.5, 455.8, '92%'), (484.9, 538.8, '100% ( 高容量表')]),
    (717.1, False, [(506.9, 516.9, '格 )')]),
]


def test_a_last_row_whose_text_cell_reaches_past_the_rows_above_is_the_tables() -> None:
    """s121 p88: the page's last row under the last stripe ends in a text cell wider than the
    figures above it (within the rules), its second line "格 )" under it: the table's row and
    that cell's line (once left out, its four figures orphans)."""
    lines = [bolded(top, bold, cells, 7.5) for top, bold, cells in S121_DELIVERABLES_AT_FOOT]
    found = grids(PageLayout(page=88, width=612, height=792, lines=lines,
                             rules=[Rule(Box(68.2, 639.8, 543.8, 641.2), horizontal=True),
                                    Rule(Box(68.2, 669.0, 543.8, 669.8), horizontal=True)],
                             fills=[Fill(Box(68.2, 685.5, 543.8, 701.2), dark=False)]))
    assert len(found) == 1, found
    assert found[0][-1] == ["马德里在线表格 ( 步骤 2)", "337,556", "337,556", "311,043", "92%", "100% ( 高容量表格 )"], found[0]


# s178 p46 (Chromium, 7.6 pt, ruled header, zebra stripes, cells on their top): every
# label wraps; the page's last row stands under the last stripe. Word by word with baselines.
S178_RESULTS_AT_FOOT = [
    [[(75.8, 106.2, 539.8, 547.3, '预期成果')], [(214.0, 243.9, 540.6, 547.3, '2022/23'), (245.9, 291.5, 539.8, 547.3, '年计划和预算')], [(314.7, 344.5, 540.6, 547.3, '2022/23'), (346.5, 407.4, 539.8, 547.3, '年调剂使用后预算')], [(441.9, 471.8, 540.6, 547.3, '2022/23'), (473.8, 496.6, 539.8, 547.3, '年支出')]],
    [[(75.8, 86.4, 559.3, 566.0, '2.1'), (88.3, 194.8, 560.4, 566.0, '兼顾各方利益的有效知识产权国')], [(284.5, 303.5, 559.3, 566.0, '2,440')], [(392.7, 411.7, 559.3, 566.0, '2,888')], [(501.0, 520.0, 559.3, 566.0, '2,485')]],
    [[(75.8, 159.5, 571.3, 576.8, '际准则制定框架得到发展')]],
    [[(75.8, 86.4, 588.3, 595.0, '2.2'), (88.3, 187.2, 589.4, 595.0, '产权组织将国际社会凝聚起来'), (187.2, 189.3, 588.3, 595.0, ',')], [(300.9, 303.5, 588.3, 595.0, '-')], [(403.3, 411.7, 588.3, 595.0, '48')], [(511.6, 520.0, 588.3, 595.0, '12')]],
    [[(75.8, 182.3, 600.3, 605.9, '积极主动应对全球层面与知识产')]],
    [[(75.8, 189.9, 611.2, 616.8, '权、创新和创造有关的新议题和政')]],
    [[(75.8, 98.6, 622.6, 628.2, '策挑战')]],
    [[(75.8, 86.4, 639.2, 645.9, '3.1'), (88.3, 194.8, 640.3, 645.9, '产权组织的全球知识产权体系、')], [(280.3, 303.5, 639.2, 645.9, '13,324')], [(388.5, 411.7, 639.2, 645.9, '13,068')], [(496.8, 520.0, 639.2, 645.9, '12,591')]],
    [[(75.8, 189.9, 651.7, 657.3, '服务、知识和数据得到更广泛、更')]],
    [[(75.8, 113.8, 662.6, 668.2, '有效的使用')]],
    [[(75.8, 86.4, 679.7, 686.4, '3.2'), (88.3, 194.8, 680.8, 686.4, '产权组织全球知识产权体系、服')], [(280.3, 303.5, 679.7, 686.4, '61,877')], [(388.5, 411.7, 679.7, 686.4, '59,032')], [(496.8, 520.0, 679.7, 686.4, '57,128')]],
    [[(75.8, 189.9, 691.7, 697.3, '务、知识和数据的生产率和服务质')]],
    [[(75.8, 113.8, 702.6, 708.2, '量得到提高')]],
    [[(75.8, 86.4, 719.6, 726.3, '4.1'), (88.3, 194.8, 720.7, 726.3, '更有效地利用知识产权支持所有')], [(300.9, 303.5, 719.6, 726.3, '-')], [(399.1, 411.7, 719.6, 726.3, '297')], [(507.3, 520.0, 719.6, 726.3, '260')]],
    [[(75.8, 189.9, 731.6, 737.2, '成员国及其相关区域和次区域的增')]],
    [[(75.8, 106.2, 743.0, 748.6, '长与发展'), (106.2, 108.3, 741.9, 748.6, ','), (110.3, 194.0, 743.0, 748.6, '包括通过将发展议程建议')]],
    [[(75.8, 106.2, 753.9, 759.5, '纳入主流')]],
]


def test_a_row_under_the_last_stripe_as_far_below_as_the_rows_stand_apart_is_the_tables() -> None:
    """s178 p46: no two rows of figures stand one right after the other (every label wraps),
    so the rows' spacing shows in the gaps above each row of figures; the page's last row
    stands that far under the last stripe (once left out, its figures orphans)."""
    lines = [based(cells, 7.6) for cells in S178_RESULTS_AT_FOOT]
    found = grids(PageLayout(page=46, width=612, height=792, lines=lines,
                             rules=[Rule(Box(72.4, 534.8, 523.4, 535.9), horizontal=True),
                                    Rule(Box(72.4, 553.5, 523.4, 554.0), horizontal=True)],
                             fills=[Fill(Box(72.4, 583.1, 523.4, 634.5), dark=False),
                                    Fill(Box(72.4, 674.4, 523.4, 714.4), dark=False)]))
    assert len(found) == 1, found
    assert found[0][-1][1:] == ["-", "297", "260"] and found[0][-1][0].startswith("4.1 更有效地"), found[0]


def test_a_line_of_page_text_running_past_the_rules_is_no_row_below() -> None:
    """Under a ruled table's closing rule, a line of page text as close as a row would stand
    runs on past the rules; cut at their ends, its part within them ends no further out than a
    wide last cell would: it stays page text (a last row's wide text cell may reach past the
    rows' figures within the rules, s121; the line running past them may not)."""
    lines = [line(130, (95, "Group"), (250, "Share"), (330, "Count"))]
    lines += [line(170 + 15 * i, (95, f"Group {'ABCDEF'[i]}"), (250, f"0.{i}5"), (330, f"{1000 + i:,}")) for i in range(6)]
    lines += [line(260, (95, "Total"), (330, "6,015"))]
    lines += [line(277, (95, "Source:"), (150, "2020"), (190, "survey"), (250, "of the resident"),
                   (330, "population of"), (400, "the area"))]
    rules = [hrule(90, 372.8, y) for y in (125, 163, 257, 272)]
    found = grids(PageLayout(page=1, width=612, height=792, lines=lines, rules=rules))
    assert len(found) == 1, found
    assert found[0][-1] == ["Total", "", "6,015"], found[0]


# s198 p35 (WeasyPrint, 7 pt, unruled, figures centred): annex 1's header, word by word;
# three headings run together on one line under their spanner "调剂使用 ¹".
S198_BUDGET_HEADER = [
    (344.6, [[(50.2, 64.2, '部门'), (67.7, 88.7, '(单位:'), (92.2, 116.7, '千瑞郎)')], [(220.4, 244.9, '2022/23'), (248.4, 255.4, '年'), (258.9, 265.9, '计')], [(324.2, 352.2, '调剂使用'), (355.7, 359.2, '¹')], [(417.5, 442.0, '2022/23'), (445.5, 452.5, '年'), (456.0, 463.0, '调')], [(491.4, 536.9, '调剂使用占比%')]]),
    (353.0, [[(229.1, 257.1, '划和预算')], [(417.5, 445.5, '剂使用后'), (449.0, 463.0, '最终')]]),
    (361.4, [[(433.3, 447.3, '预算')]]),
    (373.2, [[(269.6, 297.6, '调剂使用'), (301.1, 315.1, '拨入'), (318.9, 346.9, '调剂使用'), (350.4, 364.4, '拨出'), (368.2, 396.2, '调剂使用'), (399.7, 413.7, '总净')], [(482.5, 496.5, '部门')], [(516.1, 537.1, '计划和'), (540.6, 561.6, '预算总')]]),
    (381.6, [[(387.5, 394.5, '额')], [(535.3, 542.3, '额')]]),
    (393.4, [[(50.2, 85.2, '专利和技术')], [(230.9, 255.4, '230,374')], [(287.1, 297.6, '340')], [(329.4, 353.9, '(4,084)')], [(378.7, 403.2, '(3,744)')], [(428.0, 452.5, '226,630')], [(480.8, 498.3, '-1.6%')], [(530.1, 547.6, '-0.5%')]]),
    (405.2, [[(50.2, 99.2, '品牌和外观设计')], [(232.6, 253.6, '80,430')], [(283.6, 301.1, '1,838')], [(329.4, 353.9, '(4,168)')], [(378.7, 403.2, '(2,329)')], [(429.8, 450.8, '78,101')], [(480.8, 498.3, '-2.9%')], [(530.1, 547.6, '-0.3%')]]),
    (417.0, [[(50.2, 99.2, '版权和创意产业')], [(232.6, 253.6, '31,735')], [(283.6, 301.1, '4,284')], [(332.9, 350.4, '(391)')], [(382.2, 399.7, '3,893')], [(429.8, 450.8, '35,628')], [(480.8, 498.3, '12.3%')], [(531.8, 545.8, '0.5%')]]),
]


def test_headings_run_together_each_centred_over_a_column_of_figures_are_cells() -> None:
    """s198 A1: "调剂使用 拨入 调剂使用 拨出 调剂使用 总净" is one run of text on one line under
    the spanner over all three; each part stands centred on a column of centred figures:
    three headings (once one, over three columns, and A1's final budget no longer added up)."""
    lines = [worded(top, cells, 7.0) for top, cells in S198_BUDGET_HEADER]
    found = grids(PageLayout(page=35, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    assert found[0][1][2:5] == ["调剂使用拨入", "调剂使用拨出", "调剂使用总净额"], found[0]
    assert found[0][2][:5] == ["专利和技术", "230,374", "340", "(4,084)", "(3,744)"], found[0]


# s200 p66 (LibreOffice, 6 pt in a landscape table, unruled, cells on their foot): annex 1's
# header, word by word; two headings wrap over two lines 1.25 lines apart.
S200_BUDGET_HEADER = [
    (56.2, [[(327.5, 351.2, '2022/23'), (352.8, 358.8, '年'), (360.3, 378.3, '计划和')], [(564.1, 587.8, '2022/23'), (589.4, 595.4, '年'), (596.9, 614.9, '调剂使')]]),
    (69.7, [[(51.1, 63.1, '部门'), (64.6, 81.0, '(单位:'), (82.5, 102.9, '千瑞郎)')], [(346.9, 358.9, '预算')], [(457.2, 481.2, '调剂使用'), (482.7, 485.1, '¹')], [(570.7, 582.7, '用后'), (584.2, 608.2, '最终预算')], [(657.3, 699.1, '调剂使用占比%')]]),
    (91.3, [[(393.3, 417.3, '调剂使用'), (418.8, 430.8, '拨入')], [(452.4, 476.4, '调剂使用'), (477.9, 489.9, '拨出')], [(508.6, 532.6, '调剂使用'), (534.1, 552.4, '总净额')], [(642.7, 654.7, '部门')], [(686.1, 704.1, '计划和'), (705.6, 729.9, '预算总额')]]),
    (112.2, [[(51.1, 81.1, '专利和技术')], [(356.8, 378.7, '230,374')], [(427.8, 437.8, '340')], [(477.3, 497.0, '(4,084)')], [(536.5, 556.1, '(3,744)')], [(593.3, 615.3, '226,630')], [(658.7, 674.4, '-1.6%')], [(717.4, 733.6, '-0.5%')]]),
    (132.9, [[(51.1, 93.1, '品牌和外观设计')], [(360.1, 378.7, '80,430')], [(423.0, 437.8, '1,838')], [(477.8, 497.0, '(4,168)')], [(536.4, 556.1, '(2,329)')], [(597.7, 615.2, '78,101')], [(658.2, 674.4, '-2.9%')], [(717.4, 733.6, '-0.3%')]]),
]


def test_two_headings_each_going_on_under_itself_a_tall_line_apart_are_two_lines_each() -> None:
    """s200 A1: "2022/23 年计划和" / "预算" and "2022/23 年调剂使" / "用后 最终预算" stand 1.25
    lines apart, each second line centred under its first, the other headings beside them on
    the second line: two headings of two lines each (once their lines stood in three header
    rows, "2022/23 年计划和" over four columns, and A1's final budget no longer added up)."""
    lines = [worded(top, cells, 6.0) for top, cells in S200_BUDGET_HEADER]
    found = grids(PageLayout(page=66, width=792, height=612, lines=lines,
                             fills=[Fill(Box(47.2, 128.1, 737.2, 148.9), dark=False)]))
    assert len(found) == 1, found
    assert found[0][0][:2] == ["部门 (单位: 千瑞郎)", "2022/23 年计划和预算"], found[0]
    assert found[0][0][5] == "2022/23 年调剂使用后最终预算", found[0]



# s007 p127 (Chromium, 8.5 pt, dark header band between two rules, cells on their foot, the
# first two columns run together on some lines): a table of benefits under its band.
S007_BENEFITS = [
    (540.8, False, [(43.9, 77.9, '效益说明'), (235.1, 286.6, '关键绩效指标'), (336.0, 361.5, '基准值'), (425.7, 449.7, '目标值'), (508.1, 542.1, '绩效数据')]),
    (553.9, False, [(43.9, 303.5, '在产权组织面向外部的信通技术系统中提供统 符合知识产权门户系统'), (310.8, 391.7, '69%（2021 年 5 月 ）'), (403.4, 479.8, '适用的信通技术系统'), (550.9, 568.0, '77%')]),
    (565.5, False, [(44.4, 94.9, '一的用户体验'), (218.5, 303.5, '中的最低标准（共同的'), (441.5, 480.1, '100%达标')]),
    (576.0, False, [(227.0, 303.5, '外观和感觉、共同导')]),
    (587.3, False, [(219.5, 303.5, '航、ePay v2 和产权组')]),
    (597.8, False, [(269.5, 303.5, '织帐户）')]),
    (610.9, False, [(43.9, 213.1, '产权组织面向外部的信通技术系统更加方便用'), (244.3, 303.5, '用户满意度分数'), (310.9, 479.8, '82%（2021 年 2 月 ） ≥85%表示满意或非常'), (550.7, 568.1, '80%')]),
    (621.4, False, [(44.3, 137.4, '户使用，并改善客户体验'), (462.8, 479.8, '满意')]),
    (634.9, False, [(235.9, 303.5, '方便使用程度分数'), (310.9, 391.7, '80%（2021 年 2 月 ）'), (462.5, 479.8, '85%'), (550.7, 568.0, '84%')]),
    (648.4, False, [(43.9, 302.5, '使用现代金融交易处理设施，方便客户缴费， 使用缴费小程序的用户'), (311.8, 391.7, '2021 年第二季度的平'), (430.5, 478.9, '5,000 个用户'), (519.4, 567.1, '1,630 个用户')]),
    (658.9, False, [(43.9, 120.5, '并提供综合缴费信息'), (286.5, 303.5, '数量'), (339.1, 390.7, '均 603 个用户')]),
]


def test_rows_under_a_band_alone_are_read_by_their_columns_not_the_rules_width() -> None:
    """s007 p127: the band and its two rules frame the header only; the first row's line
    reaches past the header's text, within the rules. Taken by the rules' width alone it
    stood as a table of one row, the rows under it a table of their own, headed by the first
    row's wrapped lines: under a header alone, the rows are read as text, all one table."""
    lines = [bolded(top, bold, cells, 8.5) for top, bold, cells in S007_BENEFITS]
    found = grids(PageLayout(page=127, width=612, height=792, lines=lines,
                             rules=[Rule(Box(42.8, 536.2, 569.2, 537.8), horizontal=True),
                                    Rule(Box(42.8, 551.2, 569.2, 552.0), horizontal=True)],
                             fills=[Fill(Box(42.8, 537.0, 569.2, 551.2), dark=True)]))
    assert len(found) == 1, found
    assert found[0][0][0] == "效益说明" and found[0][-1][-1] == "1,630 个用户", found[0]


def shaded(top: float, light: bool, cells: list[tuple[float, float, str]], size: float) -> Line:
    """A printed line whose cells are each one word, light (on a dark band) or dark."""
    return Line([Segment([Word(text, Box(x0, top, x1, top + size), size, bold=light, light=light)])
                 for x0, x1, text in cells])


# s105 p193 (WeasyPrint, WenQuanYi 10.5 pt, no rules, a dark header band): the end of a
# table of results under its band, a sentence, and the next table under a band of its own.
S105_TWO_BANDED = [
    (52.7, True, [(55.9, 170.3, '预期成果 (单位：千瑞郎)'), (256.1, 347.6, '2022/23 年 计划和'), (358.4, 450.0, '2022/23 年 调剂使'), (466.1, 547.2, '2022/23 年 支出')]),
    (66.0, True, [(291.3, 312.3, '预算'), (381.6, 426.8, '用后 预算')]),
    (82.7, False, [(55.9, 242.8, '2.2 产权组织将国际社会凝聚起来，积极'), (287.6, 316.0, '1,467'), (390.0, 418.4, '1,467'), (492.4, 520.8, '1,422')]),
    (96.1, False, [(55.9, 244.9, '主动应对全球层面与知识产权、创新和创')]),
    (109.4, False, [(55.9, 181.9, '造有关的新议题和政策挑战')]),
    (126.1, False, [(55.9, 232.3, '3.1 产权组织的全球知识产权体系、服'), (284.5, 319.1, '10,148'), (390.0, 418.4, '9,554'), (492.4, 520.8, '8,428')]),
    (139.5, False, [(55.9, 244.9, '务、知识和数据得到更广泛、更有效的使')]),
    (152.8, False, [(55.9, 66.4, '用')]),
    (169.6, False, [(55.9, 242.8, '3.2 产权组织全球知识产权体系、服务、'), (287.6, 316.0, '6,089'), (390.0, 418.4, '6,968'), (492.4, 520.8, '6,516')]),
    (182.9, False, [(55.9, 244.9, '知识和数据的生产率和服务质量得到提高')]),
    (199.6, False, [(55.9, 242.8, '4.5 为知识产权局完善知识产权基础设施'), (284.5, 319.1, '12,568'), (386.9, 421.5, '12,450'), (489.3, 523.9, '11,531')]),
    (216.4, False, [(55.9, 76.9, '总计'), (284.5, 319.1, '37,682'), (386.9, 421.5, '37,918'), (489.3, 523.9, '35,042')]),
    (241.9, False, [(54.2, 302.0, '- 预算和支出（人事和非人事）提供了下表所示信息。')]),
    (262.2, True, [(55.9, 170.3, '费用类别 (单位：千瑞郎)'), (253.7, 477.9, '2022/23 年 计 2022/23 年 调 2022/23 年 支'), (495.3, 543.6, '利用率 (%)')]),
    (275.5, True, [(268.0, 310.0, '划和预算'), (332.7, 398.9, '剂使用后 预算'), (437.4, 447.9, '出')]),
    (292.2, False, [(55.9, 87.4, '人事费'), (271.7, 306.3, '26,496'), (348.5, 383.1, '24,542'), (425.3, 459.9, '23,521'), (509.4, 529.4, '96%')]),
    (309.0, False, [(55.9, 97.9, '非人事费'), (271.7, 306.3, '11,186'), (348.5, 383.1, '13,376'), (425.3, 459.9, '11,521'), (509.4, 529.4, '86%')]),
    (325.7, False, [(55.9, 76.9, '总计'), (271.7, 306.3, '37,682'), (348.5, 383.1, '37,918'), (425.3, 459.9, '35,042'), (509.4, 529.4, '92%')]),
]


def test_a_second_header_band_under_rows_ruled_by_bands_alone_starts_the_next_table() -> None:
    """s105 p193: two tables ruled by nothing but their dark header bands, one under the
    other with a sentence between. The rows under the first band are the first table's
    body; the second band, holding header cells, starts the second table (once both were
    read as one, the second's header a row of the first and its sums failing)."""
    lines = [shaded(top, light, cells, 10.5) for top, light, cells in S105_TWO_BANDED]
    fills = [Fill(Box(54.2, top, 557.8, bottom), dark=True) for top, bottom in ((48.2, 78.3), (257.7, 287.8))]
    found = grids(PageLayout(page=193, width=612, height=792, lines=lines, fills=fills))
    assert len(found) == 2, found
    assert found[0][-1] == ["总计", "37,682", "37,918", "35,042"], found[0]
    assert [r[0] for r in found[1][-3:]] == ["人事费", "非人事费", "总计"] and len(found[1][-1]) == 5, found[1]


# s191 p76 (LibreOffice, 6 pt landscape, every row ruled): "PCT 联盟" spans its two columns;
# "PCT" ends at the right edge of the figures under it by chance, "联盟" is nowhere near its
# column's edges.
S191_UNIONS = [
    (51.1, True, [(48.3, 125.3, '主要财务数据 (单位: 千瑞郎)'), (322.7, 358.7, '会费供资联盟')]),
    (66.5, True, [(316.4, 328.4, '预算'), (349.9, 367.9, '实际数'), (389.4, 401.4, '预算'), (422.9, 440.9, '实际数'), (462.4, 474.4, '预算'), (495.9, 513.9, '实际数')]),
    (81.7, False, [(48.3, 97.0, 'IPSAS 调整后收入'), (318.2, 339.2, '36,233'), (354.7, 375.7, '36,537'), (387.4, 412.2, '738,987'), (423.9, 448.7, '744,487'), (460.4, 485.2, '162,270'), (496.9, 521.7, '173,875')]),
    (97.4, False, [(48.3, 60.3, '支出')]),
    (112.5, False, [(48.3, 72.3, '直接联盟'), (318.2, 339.2, '30,111'), (354.7, 375.7, '31,924'), (387.4, 412.2, '245,078'), (423.9, 448.7, '220,191'), (464.2, 485.2, '75,900'), (500.7, 521.7, '73,163')]),
    (125.3, False, [(48.3, 72.3, '直接行政'), (318.2, 339.2, '13,061'), (354.7, 375.7, '12,610'), (387.4, 412.2, '117,657'), (419.2, 448.7, '1,102,651'), (464.2, 485.2, '53,623'), (500.7, 521.7, '51,017')]),
]


def test_a_spanner_over_a_wider_figure_of_the_next_column_stays_whole() -> None:
    """s191 A6: "PCT" ends 1.1 pt right of the figures under it and "联盟" stands over the
    next column's widest figure: once two cells, "PCT" a level of its own over three columns.
    Parts of a run are two cells only where both are set alike in their columns."""
    lines = [bolded(top, bold, cells, 6.0) for top, bold, cells in S191_UNIONS]
    lines[0].segments.insert(2, Segment([Word('PCT', Box(400.5, 51.1, 413.4, 57.1), 6.0, bold=True),
                                          Word('联盟', Box(414.9, 51.1, 426.9, 57.1), 6.0, bold=True)]))
    lines[0].segments.append(Segment([Word('马德里联盟', Box(471.7, 51.1, 501.7, 57.1), 6.0, bold=True)]))
    found = grids(PageLayout(page=76, width=792, height=612, lines=lines,
                             rules=[hrule(46.7, 742.1, y) for y in (48.6, 61.5, 79.5, 92.3, 110.5, 123.2, 136.0)]))
    assert len(found) == 1, found
    assert found[0][0][3:5] == ["PCT 联盟", "PCT 联盟"] and found[0][1][3:5] == ["预算", "实际数"], found[0][:3]
    assert found[0][2][:4] == ["IPSAS 调整后收入", "36,233", "36,537", "738,987"], found[0]


# s113 p102 (LibreOffice, WenQuanYi 7 pt, unruled, cells on their top, rows padded 2.2 lines
# apart): a list, a table's caption and unit, its header of three lines, its first section
# label and one row at the page's foot; the rest of the table is overleaf.
S113_FOOT = [
    (463.6, False, [(68.2, 92.7, 'CMP 38'), (300.6, 426.6, '企业服务管理（ESM）——项目进展报告')]),
    (486.2, False, [(68.2, 92.7, 'CMP 39'), (295.8, 431.3, 'AIMS 2.0 转型——第一期——项目进展报告')]),
    (508.7, False, [(68.2, 92.7, 'CMP 40'), (311.1, 416.1, '数据管理和治理——项目进展报告')]),
    (531.3, False, [(68.2, 92.7, 'CMP 41'), (286.7, 440.5, 'PCT 复原力安全平台——混合期——项目进展报告')]),
    (567.7, True, [(68.2, 241.0, '截至 2023 年 12 月 31 日的基本建设总计划项目')]),
    (587.6, False, [(68.2, 114.4, '(单位：千瑞郎)')]),
    (606.5, True, [(68.2, 98.3, '项目 预算'), (266.2, 284.8, '支出 ¹'), (378.9, 406.9, '剩余余额'), (429.6, 473.7, '预算 利用情况')]),
    (629.1, True, [(195.8, 237.8, '截至 2021 年'), (252.0, 299.1, '2022/23 年 支'), (319.2, 349.3, '支出 总额')]),
    (643.6, True, [(206.3, 227.3, '底支出'), (272.1, 279.1, '出')]),
    (666.2, True, [(68.2, 124.2, '信通技术相关项目')]),
    (688.7, False, [(68.2, 180.2, '产权组织知识产权门户网站——第二'), (207.4, 226.3, '6,960'), (266.1, 285.0, '6,050'), (328.0, 340.6, '837'), (383.5, 402.4, '6,886'), (447.5, 455.9, '74'), (503.7, 517.0, '99%')]),
    (703.3, False, [(68.2, 75.2, '期')]),
]


def test_a_section_label_as_far_under_the_header_as_over_the_one_row_is_in_the_table() -> None:
    """s113 p102: one row at the page's foot under a section label, the label as far under the
    header as over the row (2.2 lines: padded rows). Once the label passed for text between
    header and row, the row stood alone and was no table; its continuation overleaf, without
    a header, lost its first row and seven column sums failed."""
    lines = [bolded(top, bold, cells, 7.0) for top, bold, cells in S113_FOOT]
    found = grids(PageLayout(page=102, width=612, height=792, lines=lines))
    table = next((t for t in found if any(r[0] == "信通技术相关项目" for r in t)), None)
    assert table is not None, found
    assert table[-1] == ["产权组织知识产权门户网站——第二期", "6,960", "6,050", "837", "6,886", "74", "99%"], table
    assert any("剩余余额" in c for c in table[0]), table


# s154 p47 (Chromium, AR PL UMing 8 pt, booktabs, zebra, cells on their bottom, a label
# column a fifth of the width): the last row at the page's foot, under the last stripe, its
# label wrapped over six lines, its figures on the last.
S154_FOOT = [
    (464.2, False, [(69.2, 100.9, '预期成果'), (179.0, 261.0, '2022/23 年计划和预算'), (295.0, 392.8, '2022/23 年调剂使用后预算'), (438.6, 496.9, '2022/23 年支出')]),
    (485.1, False, [(69.2, 149.8, '2.1 兼顾各方利益的有')]),
    (495.5, False, [(69.2, 148.3, '效知识产权国际准则制')]),
    (505.9, False, [(69.2, 124.6, '定框架得到发展'), (209.2, 230.4, '2,440'), (333.1, 354.3, '2,888'), (457.0, 478.2, '2,485')]),
    (524.5, False, [(69.2, 149.8, '2.2 产权组织将国际社')]),
    (534.9, False, [(69.2, 149.1, '会凝聚起来, 积极主动')]),
    (546.0, False, [(69.2, 148.3, '应对全球层面与知识产')]),
    (556.4, False, [(69.2, 148.3, '权、创新和创造有关的')]),
    (566.8, False, [(69.2, 132.5, '新议题和政策挑战'), (217.8, 221.8, '-'), (339.6, 347.8, '48'), (463.5, 471.7, '12')]),
    (585.3, False, [(69.2, 149.8, '3.1 产权组织的全球知')]),
    (595.7, False, [(69.2, 148.3, '识产权体系、服务、知')]),
    (606.1, False, [(69.2, 148.3, '识和数据得到更广泛、')]),
    (617.2, False, [(69.2, 116.7, '更有效的使用'), (207.1, 232.6, '13,324'), (330.9, 356.5, '13,068'), (454.8, 480.4, '12,591')]),
    (635.8, False, [(69.2, 149.8, '3.2 产权组织全球知识')]),
    (646.2, False, [(69.2, 148.3, '产权体系、服务、知识')]),
    (656.6, False, [(69.2, 148.3, '和数据的生产率和服务')]),
    (667.0, False, [(69.2, 116.7, '质量得到提高'), (207.1, 232.6, '61,877'), (330.9, 356.5, '59,032'), (454.8, 480.4, '57,128')]),
    (685.5, False, [(69.2, 149.8, '4.1 更有效地利用知识')]),
    (696.6, False, [(69.2, 148.3, '产权支持所有成员国及')]),
    (707.0, False, [(69.2, 148.3, '其相关区域和次区域的')]),
    (717.4, False, [(69.2, 149.1, '增长与发展, 包括通过')]),
    (727.8, False, [(69.2, 148.3, '将发展议程建议纳入主')]),
    (738.2, False, [(69.2, 77.1, '流'), (217.8, 221.8, '-'), (337.4, 350.0, '297'), (461.3, 473.9, '260')]),
]


def test_a_last_row_wrapping_longer_than_any_above_it_under_the_last_stripe_is_taken() -> None:
    """s154 p47: under the last stripe, a label of five lines and its figures on a sixth at the
    page's foot; the rows above wrap four lines at most over theirs. Once three lines were
    the most a label could wrap there, the row was left off, its figures neither in the
    table nor counted as orphans, and the table's sums overleaf failed."""
    lines = [bolded(top, bold, cells, 7.9) for top, bold, cells in S154_FOOT]
    fills = [Fill(Box(65.2, top, 529.7, bottom), dark=False) for top, bottom in ((519.3, 580.2), (629.9, 680.3))]
    found = grids(PageLayout(page=47, width=595, height=842, lines=lines, fills=fills,
                             rules=[hrule(65.2, 529.7, 459.2), hrule(65.2, 529.7, 478.9)]))
    assert len(found) == 1, found
    assert found[0][-1] == ["4.1 更有效地利用知识产权支持所有成员国及其相关区域和次区域的增长与发展, 包括通过将发展议程建议纳入主流",
                            "-", "297", "260"], found[0][-2:]


# s154 p89 (the same style): a table's first rows at the page's foot; the last under the
# only stripe, its label and its last column's text cell wrapped, its figures on the second line.
S154_DELIVERABLES = [
    (663.8, False, [(239.7, 299.4, '经调整的 项目预')]),
    (674.9, False, [(69.2, 100.9, '交付成果'), (177.3, 213.2, '项目 预算'), (265.6, 273.5, '算'), (336.0, 351.8, '支出'), (392.3, 444.1, '预算 利用情况'), (472.8, 512.3, '实施进展率')]),
    (695.9, False, [(69.2, 108.8, '分析和规划'), (180.1, 210.0, '482,220'), (254.5, 284.3, '482,220'), (328.8, 358.6, '484,074'), (409.6, 426.5, '100%'), (483.9, 500.8, '100%')]),
    (714.4, False, [(69.2, 149.1, '马德里在线表格 (步骤')]),
    (724.8, False, [(69.2, 77.5, '1)'), (180.1, 210.0, '365,932'), (254.5, 284.3, '365,932'), (328.8, 358.6, '325,587'), (411.7, 424.3, '89%'), (483.9, 500.8, '100%')]),
    (743.4, False, [(69.2, 149.1, '马德里在线表格 (步骤'), (463.8, 521.3, '100% (高容量表')]),
    (753.8, False, [(69.2, 77.5, '2)'), (180.1, 210.0, '337,556'), (254.5, 284.3, '337,556'), (328.8, 358.6, '311,043'), (411.7, 424.3, '92%'), (486.4, 498.3, '格)')]),
]


def test_a_row_of_two_lines_under_the_last_stripe_its_figures_on_the_second_is_taken() -> None:
    """s154 p89: under the only stripe, a row whose first line holds its label and the first
    line of its last cell's text, its figures on the second line, as far under the stripe's
    row as the stripe pads it. Too few rows to measure their spacing, it was left off (an
    adjusted budget missing from the table's sums overleaf)."""
    lines = [bolded(top, bold, cells, 7.9) for top, bold, cells in S154_DELIVERABLES]
    found = grids(PageLayout(page=89, width=595, height=842, lines=lines,
                             fills=[Fill(Box(65.2, 708.5, 529.7, 738.2), dark=False)],
                             rules=[hrule(65.2, 529.7, 659.5), hrule(65.2, 529.7, 689.6)]))
    assert len(found) == 1, found
    assert found[0][-1] == ["马德里在线表格 (步骤2)", "337,556", "337,556", "311,043", "92%", "100% (高容量表格)"], found[0][-2:]


# s057 p125 (WeasyPrint, Droid Sans Fallback 7 pt, no rules, zebra, header rows in bold): a
# table of results, a sentence, and a table of costs, their stripes running on as one.
S057_TWO_STRIPED = [
    (97.3, False, [(54.2, 205.4, '- 按成果开列的预算和支出提供了下表所示信息。')]),
    (114.5, True, [(59.1, 136.2, '预期成果 ( 单位：千瑞郎 )'), (286.2, 359.4, '2022/23 年 计划和预算'), (375.8, 457.8, '2022/23 年 调剂使用后 预'), (484.8, 536.9, '2022/23 年 支出')]),
    (123.6, True, [(413.3, 420.3, '算')]),
    (142.4, False, [(59.1, 245.6, '2.1 兼顾各方利益的有效知识产权国际准则制定框架得到发展'), (314.1, 331.5, '7,411'), (408.1, 425.6, '7,479'), (502.1, 519.6, '7,144')]),
    (161.3, False, [(59.1, 266.6, '2.2 产权组织将国际社会凝聚起来，积极主动应对全球层面与知识产'), (314.1, 331.5, '1,467'), (408.1, 425.6, '1,467'), (502.1, 519.6, '1,422')]),
    (170.1, False, [(59.1, 185.1, '权、创新和创造有关的新议题和政策挑战')]),
    (189.0, False, [(59.1, 266.6, '3.1 产权组织的全球知识产权体系、服务、知识和数据得到更广泛、'), (312.1, 333.5, '10,148'), (408.1, 425.6, '9,554'), (502.1, 519.6, '8,428')]),
    (197.7, False, [(59.1, 101.1, '更有效的使用')]),
    (216.6, False, [(59.1, 266.6, '3.2 产权组织全球知识产权体系、服务、知识和数据的生产率和服务'), (314.1, 331.5, '6,089'), (408.1, 425.6, '6,968'), (502.1, 519.6, '6,516')]),
    (225.3, False, [(59.1, 101.1, '质量得到提高')]),
    (244.2, False, [(59.1, 182.6, '4.5 为知识产权局完善知识产权基础设施'), (312.1, 333.5, '12,568'), (406.1, 427.5, '12,450'), (500.2, 521.5, '11,531')]),
    (262.8, False, [(59.1, 73.1, '总计'), (312.1, 333.5, '37,682'), (406.1, 427.5, '37,918'), (500.2, 521.5, '35,042')]),
    (284.1, False, [(54.2, 219.4, '- 预算和支出（人事和非人事）提供了下表所示信息。')]),
    (301.2, True, [(59.1, 136.2, '费用类别 ( 单位：千瑞郎 )'), (281.5, 340.6, '2022/23 年 计划和'), (352.0, 411.1, '2022/23 年 调剂使'), (426.0, 478.1, '2022/23 年 支出'), (505.1, 540.0, '利用率 (%)')]),
    (310.3, True, [(304.0, 318.0, '预算'), (366.6, 396.5, '用后 预算')]),
    (328.9, False, [(59.1, 80.1, '人事费'), (300.4, 321.7, '26,496'), (370.9, 392.2, '24,542'), (441.4, 462.7, '23,521'), (515.4, 529.7, '96%')]),
    (347.7, False, [(59.1, 87.1, '非人事费'), (300.4, 321.7, '11,186'), (370.9, 392.2, '13,376'), (441.4, 462.7, '11,521'), (515.4, 529.7, '86%')]),
    (366.6, False, [(59.1, 73.1, '总计'), (300.4, 321.7, '37,682'), (370.9, 392.2, '37,918'), (441.4, 462.7, '35,042'), (515.4, 529.7, '92%')]),
]


def test_a_bold_header_over_rows_in_new_columns_starts_the_next_striped_table() -> None:
    """s057 p125: zebra stripes run on from one table into the next, a sentence and a bold
    header between. The header over rows in columns the rows above never use is the next
    table's (once one table of five columns, the costs' header a row of the results and
    their sums failing); the sentence is the page's text."""
    lines = [bolded(top, bold, cells, 7.0) for top, bold, cells in S057_TWO_STRIPED]
    fills = [Fill(Box(54.2, top, 557.9, bottom), dark=False)
             for top, bottom in ((154.1, 181.8), (209.4, 237.0), (255.9, 274.8), (340.9, 359.8))]
    found = grids(PageLayout(page=125, width=612, height=792, lines=lines, fills=fills))
    assert len(found) == 2, found
    assert found[0][-1] == ["总计", "37,682", "37,918", "35,042"], found[0]
    assert found[1][-3:] == [["人事费", "26,496", "24,542", "23,521", "96%"], ["非人事费", "11,186", "13,376", "11,521", "86%"],
                             ["总计", "37,682", "37,918", "35,042", "92%"]], found[1]
    assert not any("提供了下表" in cell for table in found for row in table for cell in row), found


# s229 p108 (Chromium, Noto Serif CJK 7.5 pt, booktabs, cells on their foot, header not
# repeated): a table of text continued from the page before, closed by its rule; a heading set
# larger; the next table; another heading. Word by word as printed: (size, cells of
# (x0, x1, top, bottom, baseline, text)).
S229_TEXT_OVERLEAF = [
    (7.548, [[(445.2, 520.9, 67.55, 75.10, 74.19, '所有网页都采用通用外')]]),
    (7.548, [[(445.2, 520.7, 78.25, 85.79, 84.89, '观和风格。随着网页内')]]),
    (7.548, [[(71.2, 244.8, 88.94, 97.06, 95.58, '使“静态”网页现代化，与新的产权组织通用外观和')], [(445.2, 520.0, 88.94, 97.06, 95.58, '容的迁移，网页也采用')]]),
    (7.548, [[(71.5, 192.0, 99.34, 107.75, 106.27, '风格保持一致，并提供现代网络功能')], [(296.0, 307.2, 99.63, 107.18, 106.27, '0%')], [(382.8, 401.7, 99.63, 107.18, 106.27, '100%')], [(456.5, 509.4, 99.63, 107.18, 106.27, '现代网络功能。')]]),
    (7.548, [[(452.8, 513.2, 117.87, 125.42, 124.51, '唯一身份浏览量：')]]),
    (7.548, [[(441.8, 507.1, 128.57, 136.69, 135.21, '112,518,593（2022'), (509.0, 524.1, 128.27, 136.69, 135.21, '年）')]]),
    (7.548, [[(444.8, 521.2, 139.25, 146.80, 145.90, '会话次数：63,669,997')]]),
    (7.548, [[(442.4, 466.8, 149.95, 158.07, 156.59, '（2022'), (468.7, 483.8, 149.66, 158.07, 156.59, '年）'), (485.8, 523.5, 149.95, 157.50, 156.59, '每次会话时')]]),
    (7.548, [[(442.8, 496.7, 160.65, 168.77, 167.29, '间：3:41（2022'), (498.6, 513.7, 160.35, 168.77, 167.29, '年）'), (515.9, 522.9, 160.65, 168.19, 167.29, '页')]]),
    (7.548, [[(445.6, 520.7, 171.33, 178.88, 177.97, '面浏览量和会话次数的')]]),
    (7.548, [[(445.2, 520.7, 182.03, 190.15, 188.67, '增长超出预期（可能是')]]),
    (7.548, [[(271.4, 331.8, 192.72, 200.27, 199.37, '唯一身份浏览量：')], [(445.2, 520.7, 192.72, 200.27, 199.37, '由于在准备迁移过程中')]]),
    (7.548, [[(261.9, 324.3, 203.41, 211.53, 210.05, '70,460,059（2019'), (326.2, 341.3, 203.12, 211.53, 210.05, '年）')], [(445.2, 520.7, 203.41, 211.53, 210.05, '进行了清理，从而改进')]]),
    (7.548, [[(266.3, 296.4, 214.11, 221.65, 220.75, '会话次数'), (298.4, 337.0, 214.11, 221.65, 220.75, '27,308,909')], [(443.3, 522.6, 214.11, 222.23, 220.75, '了内容）。但是，每次会')]]),
    (7.548, [[(261.4, 285.1, 224.17, 232.29, 230.81, '（2019'), (287.1, 302.2, 223.87, 232.29, 230.81, '年）'), (304.1, 341.8, 224.17, 231.72, 230.81, '每次会话时')], [(358.3, 426.2, 224.17, 231.72, 230.81, '唯一身份浏览量增加')], [(445.2, 520.7, 224.17, 232.29, 230.81, '话时间有所减少，原因')]]),
    (7.548, [[(71.2, 244.8, 234.86, 242.99, 241.51, '由于客户体验得到改善，网站总体流量和每页花费的')], [(265.8, 285.1, 234.86, 242.41, 241.51, '间：5'), (287.0, 294.5, 234.86, 242.41, 241.51, '分'), (296.5, 304.2, 234.86, 242.41, 241.51, '18'), (306.2, 337.5, 234.86, 242.99, 241.51, '秒（2019')], [(354.8, 369.5, 234.86, 242.41, 241.51, '10%'), (371.4, 416.7, 234.86, 242.41, 241.51, '会话次数增加'), (418.6, 429.8, 234.86, 242.41, 241.51, '5%')], [(445.2, 520.7, 234.86, 242.41, 241.51, '可能是用户找到所需内')]]),
    (7.548, [[(71.2, 124.1, 245.55, 253.10, 252.19, '时间都有所增加')], [(294.1, 309.2, 245.26, 253.67, 252.19, '年）')], [(353.8, 414.1, 245.55, 253.10, 252.19, '每次会话时间增加'), (416.1, 430.8, 245.55, 253.10, 252.19, '15%')], [(456.5, 509.4, 245.26, 253.10, 252.19, '容的速度变快。')]]),
    (9.057, [[(67.5, 130.6, 271.27, 280.33, 279.24, '风险和减缓行动')]]),
    (7.548, [[(71.4, 86.3, 292.10, 299.65, 298.74, '风险')], [(286.7, 316.9, 292.10, 299.65, 298.74, '风险演变')], [(365.9, 418.7, 292.10, 299.65, 298.74, '减缓措施的成效')], [(460.3, 505.6, 292.10, 299.65, 298.74, '对绩效的影响')]]),
    (7.548, [[(358.3, 426.2, 311.60, 319.15, 318.24, '作为遴选过程的一部')]]),
    (7.548, [[(354.5, 430.0, 322.29, 330.41, 328.93, '分，进行概念验证的缓')]]),
    (7.548, [[(358.3, 426.2, 332.35, 339.90, 338.99, '解计划取得了部分成')]]),
    (7.548, [[(71.2, 93.9, 343.04, 350.59, 349.69, '在考虑'), (95.8, 112.7, 343.04, 350.59, 349.69, 'CMS'), (114.6, 250.4, 343.04, 351.16, 349.69, '的所有业务和技术要求时，最适合的解决')], [(354.5, 429.8, 342.75, 351.16, 349.69, '功，但并未完全缓解风')]]),
    (7.548, [[(71.6, 124.1, 353.74, 361.29, 360.38, '方案可能与当前'), (126.0, 142.8, 353.74, 361.29, 360.38, 'CMS'), (144.8, 250.4, 353.44, 361.29, 360.38, '托管的某些网络应用程序存在兼')], [(351.7, 404.6, 353.74, 361.29, 360.38, '险。这导致了将'), (406.5, 423.4, 353.74, 361.29, 360.38, 'CMS'), (425.3, 432.8, 353.74, 361.29, 360.38, '解')]]),
    (7.548, [[(71.2, 244.8, 364.43, 372.55, 371.07, '容性问题，或者与产权组织基础设施存在意料之外的')], [(354.5, 430.0, 364.43, 371.97, 371.07, '决方案部署到生产中的')]]),
    (7.548, [[(71.2, 131.6, 375.12, 382.67, 381.76, '复杂兼容性问题。')], [(279.0, 324.3, 375.12, 382.67, 381.76, '该风险已出现')], [(366.2, 418.7, 375.12, 382.67, 381.76, '工作出现延误。')], [(479.2, 486.7, 375.12, 382.67, 381.76, '↓')]]),
    (9.057, [[(67.3, 121.6, 400.84, 409.90, 408.81, '资源利用情况')]]),
]


def test_a_heading_set_larger_under_a_rule_closing_rows_parts_two_tables() -> None:
    """s229 p108: a rule closes the rows of a table of text continued from the page before;
    under it a heading set larger than those rows, then the next table's rules. Measured on
    the heading alone (no line between the lone rule and the next), the heading passed for
    a row and the two tables' rules for one table's, which read the rows above as its header
    and left the row "使“静态”…" with its 0% and 100% out of every table."""
    lines = [Line([Segment([Word(w[5], Box(w[0], w[2], w[1], w[3]), size, baseline=w[4]) for w in cell])
                   for cell in cells]) for size, cells in S229_TEXT_OVERLEAF]
    rules = [Rule(Box(67.3, top, 528.3, bottom), horizontal=True)
             for top, bottom in ((258.5, 259.7), (285.5, 286.8), (305.0, 305.7), (388.1, 389.3))]
    found = grids(PageLayout(page=108, width=595, height=842, lines=lines, rules=rules))
    first = next((t for t in found if any("0%" in row for row in t)), None)
    assert first is not None and any(row[0].startswith("由于客户体验") for row in first), found
    assert not any("风险演变" in cell for row in first for cell in row), first


# s140 p2 (LibreOffice, Noto Sans CJK 10 pt, unruled, total rows shaded, cells on their foot):
# a table's first rows at the page's foot, a section label between two rows, all one pitch apart.
S140_FIRST_ROWS = [
    [[(459.2, 498.4, 629.4, 639.3, '2022/23', True), (500.7, 510.7, 629.4, 639.3, '年', True), (512.9, 562.9, 629.4, 639.3, '实际数与计', True)]],
    [[(45.5, 105.5, 650.3, 660.2, '主要财务数据', True)], [(243.7, 282.9, 650.3, 660.2, '2022/23', True), (285.2, 295.2, 650.3, 660.2, '年', True), (297.4, 347.4, 650.3, 660.2, '计划和预算', True)], [(361.4, 400.6, 650.3, 660.2, '2022/23', True), (403.0, 413.0, 650.3, 660.2, '年', True), (415.2, 455.2, 650.3, 660.2, '实际数', True)], [(513.0, 563.0, 650.3, 660.2, '划和预算的差异', True)]],
    [[(45.5, 72.7, 673.7, 683.5, 'IPSAS'), (75.0, 145.0, 673.7, 683.5, '调整后收入总额')], [(322.6, 347.5, 673.7, 683.5, '951.8')], [(430.3, 455.2, 673.7, 683.5, '972.2')], [(537.3, 563.1, 673.7, 683.5, '102%')]],
    [[(45.5, 65.5, 697.1, 706.9, '支出')]],
    [[(45.5, 85.5, 720.4, 730.2, '人事支出')], [(322.6, 347.5, 720.4, 730.2, '476.5')], [(430.3, 455.2, 720.4, 730.2, '449.4')], [(542.8, 563.1, 720.4, 730.2, '94%')]],
]


def test_a_short_label_over_the_next_rows_label_at_the_rows_pitch_is_a_section_label() -> None:
    """s140 T1: "支出" stands between two rows, as far from each as they stand apart, the only
    pitch on the page. It passed for the first line of "人事支出"'s label (cells on their
    foot), though "IPSAS 调整后收入总额" shows the label column holds far more than "支出人":
    the section label was lost into the next row's and T1's expenditure total failed."""
    lines = [Line([Segment([Word(w[4], Box(w[0], w[2], w[1], w[3]), 10.0, bold=len(w) > 5 and w[5],
                                 baseline=w[3] - 1.5) for w in cell]) for cell in cells]) for cells in S140_FIRST_ROWS]
    found = grids(PageLayout(page=2, width=612, height=792, lines=lines,
                             fills=[Fill(Box(43.5, 670.0, 564.8, 693.3), dark=False)]))
    assert len(found) == 1, found
    assert [r[0] for r in found[0][-3:]] == ["IPSAS 调整后收入总额", "支出", "人事支出"], found[0]


# s083 p155 (LibreOffice, AR PL UMing 9 pt, unruled, zebra, cells on their top, a label column
# a fifth of the width): "Tableau、Atlassian、Cherwell" overran the column and went down whole,
# then broke where it had to ("Tablea" / "u、Atlassian…").
S083_BROKEN_WORD = [
    [[(48.3, 84.3, 49.9, 58.1, '交付成果', True)], [(180.3, 198.3, 49.9, 58.1, '项目', True), (202.8, 220.8, 49.9, 58.1, '预算', True)], [(260.9, 296.9, 49.9, 58.1, '经调整的', True), (301.4, 337.4, 49.9, 58.1, '项目预算', True)], [(388.7, 406.7, 49.9, 58.1, '支出', True)], [(467.0, 485.0, 49.9, 58.1, '预算', True), (489.5, 525.5, 49.9, 58.1, '利用情况', True)]],
    [[(48.3, 138.3, 67.2, 75.5, '将共同服务迁移至云端')], [(184.8, 216.3, 67.3, 75.5, '530,000')], [(283.4, 314.9, 67.3, 75.5, '551,350')], [(388.7, 406.7, 67.3, 75.5, '104%')], [(489.5, 503.0, 67.3, 75.5, '80%')]],
    [[(48.3, 70.8, 80.7, 88.9, '(例如')]],
    [[(48.3, 75.3, 93.8, 102.3, 'Tablea')]],
    [[(48.3, 147.3, 107.2, 115.7, 'u、Atlassian、Cherwell')]],
    [[(48.3, 75.3, 120.9, 129.1, '、CMDB'), (79.8, 111.3, 120.9, 129.1, '和存储)')]],
    [[(48.3, 147.3, 138.2, 146.4, '支持以下产权组织业务应')], [(184.8, 216.3, 138.2, 146.4, '620,000')], [(283.4, 314.9, 138.2, 146.4, '489,100')], [(390.9, 404.4, 138.2, 146.4, '79%')], [(489.5, 503.0, 138.2, 146.4, '74%')]],
    [[(48.3, 106.8, 151.6, 159.8, '用程序的迁移:'), (111.3, 129.3, 151.6, 159.8, '马德')]],
    [[(48.3, 142.8, 165.0, 173.2, '里、ERP、全球数据库、')]],
    [[(48.3, 111.3, 178.4, 186.6, '知识产权局平台')]],
    [[(48.3, 66.3, 195.8, 204.0, '总计')], [(180.3, 220.8, 195.8, 204.0, '2,750,000')], [(278.9, 319.4, 195.8, 204.0, '1,464,332')], [(390.9, 404.4, 195.8, 204.0, '53%')], [(489.5, 503.0, 195.8, 204.0, '79%')]],
]


def test_a_label_line_short_of_a_latin_word_it_could_not_hold_goes_on() -> None:
    """s083 p155: "(例如" ends short of the label column, but the word after it ran on past
    the column's width and went down whole: the label goes on ("Tablea" is no new row, as
    "人事支出" under "支出" is in s140)."""
    lines = [based(cells, 9.0) for cells in S083_BROKEN_WORD]
    found = grids(PageLayout(page=155, width=595, height=842, lines=lines,
                             fills=[Fill(Box(46.4, 136.5, 545.3, 194.1), dark=False)]))
    assert len(found) == 1, found
    assert found[0][1] == ["将共同服务迁移至云端(例如Tablea u、Atlassian、Cherwell、CMDB 和存储)",
                           "530,000", "551,350", "104%", "80%"], found[0]


# s235 p3 (Chromium, Droid Sans Fallback 8 pt, unruled, zebra, header repeated, cells on their
# middle, figures flush right): a table's last rows overleaf, figures in one column only.
S235_OVERLEAF = [
    (65.0, [(422.5, 540.8, '2022/23 年 实际数与计划 和预算')]),
    (70.7, [(69.1, 117.3, '主要财务数据'), (188.7, 272.8, '2022/23 年 计划和预算'), (322.2, 390.2, '2022/23 年 实际数')]),
    (77.1, [(469.6, 493.7, '的差异')]),
    (92.8, [(69.1, 163.6, '2021 年 12 月 31 日计入净')]),
    (98.5, [(392.3, 417.8, '(320.9)')]),
    (104.9, [(69.1, 150.0, '资产的精算收益 /( 损失 )')]),
    (119.8, [(69.1, 163.6, '2021 年 12 月 31 日净资产'), (397.7, 417.8, '408.5')]),
    (136.1, [(69.1, 128.1, '盈余 /( 赤字 )'), (397.7, 417.8, '121.5')]),
    (152.4, [(69.1, 128.1, '重估储备金盈余'), (395.2, 417.8, '(12.3)')]),
]


def test_a_header_cell_nearer_a_headerless_column_heads_it_not_the_one_beyond() -> None:
    """s235 T1 overleaf: the figures stand right of "2022/23 年 实际数" only (the plan column
    is empty on this page). "计划和预算", further left, took that column first, "实际数"
    went under it as its lower level, and the rows overleaf joined the plan column."""
    lines = [bolded(top, False, cells, 8.0) for top, cells in S235_OVERLEAF]
    found = grids(PageLayout(page=3, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    head = found[0][0]
    assert len(head) == 4 and head[1] == "2022/23 年计划和预算" and head[2] == "2022/23 年实际数", found[0]
    assert found[0][-1] == ["重估储备金盈余", "", "(12.3)", ""], found[0]


# s138 p137 (WeasyPrint, AR PL UMing 8 pt, every cell ruled, zebra): a grid of results, a
# sentence, the grid of costs under it (its column rules elsewhere).
S138_TWO_GRIDS = [
    (461.5, True, [(309.2, 405.2, '2022/23 年 调剂使用后 预')]),
    (466.3, True, [(81.7, 173.7, '预期成果 (单位：千瑞郎)'), (207.9, 291.9, '2022/23 年 计划和预算'), (434.5, 494.5, '2022/23 年 支出')]),
    (471.0, True, [(353.2, 361.2, '算')]),
    (489.6, False, [(81.7, 185.7, '2.1 兼顾各方利益的有效知识')]),
    (499.2, False, [(81.7, 185.7, '产权国际准则制定框架得到发'), (279.0, 299.0, '7,411'), (386.3, 406.3, '7,479'), (493.6, 513.6, '7,144')]),
    (508.7, False, [(81.7, 89.7, '展')]),
    (649.8, False, [(81.7, 185.7, '4.5 为知识产权局完善知识产')]),
    (654.6, False, [(275.0, 299.0, '12,568'), (382.3, 406.3, '12,450'), (489.6, 513.6, '11,531')]),
    (659.3, False, [(81.7, 121.7, '权基础设施')]),
    (677.9, False, [(81.7, 97.7, '总计'), (275.0, 299.0, '19,979'), (382.3, 406.3, '19,929'), (489.6, 513.6, '18,675')]),
    (700.3, False, [(76.9, 268.9, '- 预算和支出（人事和非人事）提供了下表所示信息。')]),
    (718.6, True, [(202.4, 270.4, '2022/23 年 计划和'), (282.9, 350.9, '2022/23 年 调剂使')]),
    (723.3, True, [(81.7, 173.7, '费用类别 (单位：千瑞郎)'), (367.4, 427.4, '2022/23 年 支出'), (457.9, 497.9, '利用率 (%)')]),
    (728.1, True, [(228.4, 244.4, '预算'), (298.9, 334.9, '用后 预算')]),
    (746.7, False, [(81.7, 105.7, '人事费'), (248.1, 272.1, '26,496'), (328.6, 352.6, '24,542'), (409.1, 433.1, '23,521'), (501.6, 513.6, '96%')]),
]


def test_two_grids_with_a_sentence_between_are_two_tables() -> None:
    """s138 p137: the first grid's column rules end at its last rule; the second's start at its
    first, at other places. A sentence between passed for a section row across one grid whose
    rules pause for it, and the costs' header and rows were read as rows of the results."""
    lines = [bolded(top, bold, cells, 8.0) for top, bold, cells in S138_TWO_GRIDS]
    rules = [hrule(76.9, 518.4, y) for y in (456.0, 484.1, 521.8, 644.3, 672.4, 691.1, 713.1, 741.2, 759.8)]
    rules += [vrule(x, 455.8, 691.3) for x in (77.1, 196.2, 303.5, 410.8, 518.2)]
    rules += [vrule(x, 712.8, 760.1) for x in (77.1, 196.2, 276.7, 357.2, 437.7, 518.2)]
    found = grids(PageLayout(page=137, width=595, height=842, lines=lines, rules=rules))
    assert len(found) == 2, found
    assert found[0][-1] == ["总计", "19,979", "19,929", "18,675"], found[0]
    assert found[1][-1] == ["人事费", "26,496", "24,542", "23,521", "96%"], found[1]


# s165 p125 (WeasyPrint, AR PL UMing 7 pt, unruled, cells on their foot): a table of results,
# a sentence at the page's margin, the table of costs (its header's first line alone above).
# Word by word as printed: (size, cells of (x0, x1, top, bottom, baseline, text[, bold])).
S165_SENTENCE_BETWEEN = [
    (7.000, [[(42.9, 46.4, 53.29, 60.29, 59.23, '-'), (49.9, 196.8, 53.29, 60.29, 59.23, '按成果开列的预算和支出提供了下表所示信息。')]]),
    (7.000, [[(46.6, 74.5, 71.34, 78.34, 77.28, '预期成果', True), (78.0, 127.0, 71.34, 78.34, 77.28, '(单位：千瑞郎)', True)], [(193.0, 217.5, 71.34, 78.34, 77.28, '2022/23', True), (221.0, 228.0, 71.34, 78.34, 77.28, '年', True), (231.5, 266.5, 71.34, 78.34, 77.28, '计划和预算', True)], [(313.3, 337.8, 71.34, 78.34, 77.28, '2022/23', True), (341.3, 348.3, 71.34, 78.34, 77.28, '年', True), (351.8, 386.8, 71.34, 78.34, 77.28, '调剂使用后', True), (390.3, 404.3, 71.34, 78.34, 77.28, '预算', True)], [(461.6, 486.1, 71.34, 78.34, 77.28, '2022/23', True), (489.6, 496.6, 71.34, 78.34, 77.28, '年', True), (500.1, 514.1, 71.34, 78.34, 77.28, '支出', True)]]),
    (7.000, [[(46.6, 57.1, 89.59, 96.59, 95.53, '2.1'), (60.5, 158.5, 89.59, 96.59, 95.53, '兼顾各方利益的有效知识产权国')]]),
    (7.000, [[(46.6, 123.5, 100.44, 107.44, 106.38, '际准则制定框架得到发展')], [(221.0, 238.5, 100.44, 107.44, 106.38, '7,411')], [(350.0, 367.5, 100.44, 107.44, 106.38, '7,479')], [(479.1, 496.6, 100.44, 107.44, 106.38, '7,144')]]),
    (7.000, [[(46.6, 57.1, 118.69, 125.69, 124.63, '2.2'), (60.5, 158.5, 118.69, 125.69, 124.63, '产权组织将国际社会凝聚起来，')]]),
    (7.000, [[(46.6, 158.5, 129.54, 136.54, 135.48, '积极主动应对全球层面与知识产权、')]]),
    (7.000, [[(46.6, 158.5, 140.39, 147.39, 146.33, '创新和创造有关的新议题和政策挑战')], [(221.0, 238.5, 140.39, 147.39, 146.33, '1,467')], [(350.0, 367.5, 140.39, 147.39, 146.33, '1,467')], [(479.1, 496.6, 140.39, 147.39, 146.33, '1,422')]]),
    (7.000, [[(46.6, 57.1, 158.64, 165.64, 164.58, '3.1'), (60.5, 158.5, 158.64, 165.64, 164.58, '产权组织的全球知识产权体系、')]]),
    (7.000, [[(46.6, 158.5, 169.49, 176.49, 175.43, '服务、知识和数据得到更广泛、更有')]]),
    (7.000, [[(46.6, 74.5, 180.34, 187.34, 186.28, '效的使用')], [(219.2, 240.2, 180.34, 187.34, 186.28, '10,148')], [(350.0, 367.5, 180.34, 187.34, 186.28, '9,554')], [(479.1, 496.6, 180.34, 187.34, 186.28, '8,428')]]),
    (7.000, [[(46.6, 57.1, 198.59, 205.59, 204.53, '3.2'), (60.5, 158.5, 198.59, 205.59, 204.53, '产权组织全球知识产权体系、服')]]),
    (7.000, [[(46.6, 158.5, 209.44, 216.44, 215.38, '务、知识和数据的生产率和服务质量')]]),
    (7.000, [[(46.6, 74.5, 220.29, 227.29, 226.23, '得到提高')], [(221.0, 238.5, 220.29, 227.29, 226.23, '6,089')], [(350.0, 367.5, 220.29, 227.29, 226.23, '6,968')], [(479.1, 496.6, 220.29, 227.29, 226.23, '6,516')]]),
    (7.000, [[(46.6, 57.1, 238.54, 245.54, 244.48, '4.5'), (60.5, 158.5, 238.54, 245.54, 244.48, '为知识产权局完善知识产权基础')]]),
    (7.000, [[(46.6, 60.5, 249.39, 256.39, 255.33, '设施')], [(219.2, 240.2, 249.39, 256.39, 255.33, '12,568')], [(348.3, 369.3, 249.39, 256.39, 255.33, '12,450')], [(477.4, 498.4, 249.39, 256.39, 255.33, '11,531')]]),
    (7.000, [[(46.6, 60.5, 267.64, 274.64, 273.58, '总计')], [(219.2, 240.2, 267.64, 274.64, 273.58, '37,682')], [(348.3, 369.3, 267.64, 274.64, 273.58, '37,918')], [(477.4, 498.4, 267.64, 274.64, 273.58, '35,042')]]),
    (7.000, [[(42.9, 46.4, 289.19, 296.19, 295.13, '-'), (49.9, 210.8, 289.19, 296.19, 295.13, '预算和支出（人事和非人事）提供了下表所示信息。')]]),
    (7.000, [[(268.4, 292.9, 307.24, 314.24, 313.18, '2022/23', True), (296.4, 303.4, 307.24, 314.24, 313.18, '年', True), (306.9, 341.9, 307.24, 314.24, 313.18, '调剂使用后', True), (345.4, 352.4, 307.24, 314.24, 313.18, '预', True)]]),
    (7.000, [[(46.6, 74.5, 318.09, 325.09, 324.03, '费用类别', True), (78.0, 127.0, 318.09, 325.09, 324.03, '(单位：千瑞郎)', True)], [(176.8, 201.3, 318.09, 325.09, 324.03, '2022/23', True), (204.8, 211.8, 318.09, 325.09, 324.03, '年', True), (215.3, 250.3, 318.09, 325.09, 324.03, '计划和预算', True)], [(306.9, 313.9, 318.09, 325.09, 324.03, '算', True)], [(380.9, 405.4, 318.09, 325.09, 324.03, '2022/23', True), (408.9, 415.9, 318.09, 325.09, 324.03, '年', True), (419.4, 433.4, 318.09, 325.09, 324.03, '支出', True)], [(486.5, 507.5, 318.09, 325.09, 324.03, '利用率', True), (511.0, 521.5, 318.09, 325.09, 324.03, '(%)', True)]]),
    (7.000, [[(46.6, 67.5, 336.34, 343.34, 342.28, '人事费')], [(203.1, 224.1, 336.34, 343.34, 342.28, '26,496')], [(299.9, 320.9, 336.34, 343.34, 342.28, '24,542')], [(396.7, 417.7, 336.34, 343.34, 342.28, '23,521')], [(498.8, 509.3, 336.34, 343.34, 342.28, '96%')]]),
    (7.000, [[(46.6, 74.5, 354.59, 361.59, 360.53, '非人事费')], [(203.1, 224.1, 354.59, 361.59, 360.53, '11,186')], [(299.9, 320.9, 354.59, 361.59, 360.53, '13,376')], [(396.7, 417.7, 354.59, 361.59, 360.53, '11,521')], [(498.8, 509.3, 354.59, 361.59, 360.53, '86%')]]),
    (7.000, [[(46.6, 60.5, 372.84, 379.84, 378.78, '总计')], [(203.1, 224.1, 372.84, 379.84, 378.78, '37,682')], [(299.9, 320.9, 372.84, 379.84, 378.78, '37,918')], [(396.7, 417.7, 372.84, 379.84, 378.78, '35,042')], [(498.8, 509.3, 372.84, 379.84, 378.78, '92%')]]),
]


def test_a_sentence_at_the_margin_under_a_table_ends_it() -> None:
    """s165 p125: under the last row, a sentence set at the page's margin (the cells are padded
    off it) and the next table's header. The sentence and the header's first line were read
    as two more rows of the table above, and the costs' adjusted budget lost its heading."""
    lines = [Line([Segment([Word(w[5], Box(w[0], w[2], w[1], w[3]), size, baseline=w[4], bold=len(w) > 6)
                            for w in cell]) for cell in cells]) for size, cells in S165_SENTENCE_BETWEEN]
    found = grids(PageLayout(page=125, width=595, height=842, lines=lines))
    assert found[0][-1] == ["总计", "37,682", "37,918", "35,042"], found[0]
    assert found[-1][0][2] == "2022/23 年调剂使用后预算", found[-1]


# s056 p232 (LibreOffice, Droid Sans Fallback 11 pt, unruled, cells on their top): a table of
# benefits whose renderer set its header and first rows in bold, figures flush right.
S056_BOLD_ROWS = [
    (347.9, True, [(45.5, 89.5, '效益说明'), (194.5, 260.5, '关键绩效指标'), (301.9, 334.9, '基准值'), (392.7, 425.7, '目标值'), (478.1, 522.1, '绩效数据')]),
    (376.4, True, [(45.5, 166.5, '向内部客户更好地提供数'), (189.0, 266.0, '对全新集中化企'), (301.9, 334.9, '不适用'), (368.5, 449.9, '80% 的内部用户'), (497.8, 502.4, '-')]),
    (396.1, True, [(45.5, 111.5, '据和分析支持'), (189.0, 266.0, '业数据来源所生'), (387.2, 431.2, '使用报告')]),
    (415.8, True, [(189.0, 266.0, '成报告的采用率')]),
    (436.6, True, [(217.0, 238.0, '(%)')]),
    (463.9, True, [(189.0, 266.0, '可通过自助服务'), (307.6, 329.1, '0 个'), (389.8, 428.6, '3 个 ¹¹⁰'), (497.8, 502.4, '-')]),
    (483.6, True, [(189.0, 266.0, '平台获取的数据')]),
    (503.5, True, [(222.0, 233.0, '集')]),
    (531.1, False, [(45.5, 166.5, '通过加强数据管理和读写'), (202.3, 268.3, '依据明确标准'), (352.1, 359.1, '0'), (425.5, 449.9, '50%'), (536.9, 540.9, '-')]),
    (550.8, False, [(45.5, 166.5, '能力，实现分析和数据驱'), (198.0, 268.3, '( 如分类法、定')]),
]


def test_rows_set_in_bold_as_the_header_is_keep_their_table_whole() -> None:
    """s056 p232: a renderer set the header and the first rows in bold; a row's wrapped line of
    three bold cells over rows whose figures stand elsewhere is no new table's header (the
    striped-tables split, s057), since the rows above it are as bold as it is."""
    lines = [bolded(top, bold, cells, 11.0) for top, bold, cells in S056_BOLD_ROWS]
    found = grids(PageLayout(page=232, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert found[0][0] == ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"], found[0]


# s240 p4 (WeasyPrint, Noto Sans 10.5 pt, unruled, cells on their middle): table 1's last three
# rows overleaf under its repeated header; two of them wrap their label round their figure.
S240_ROWS_ROUND_FIGURES = [
    (71.9, True, [(441.5, 519.0, '2022/23 年 实际')]),
    (80.1, True, [(255.1, 332.6, '2022/23 年 计划'), (348.3, 425.8, '2022/23 年 实际')]),
    (88.4, True, [(72.6, 135.6, '主要财务数据'), (442.4, 518.2, '数与计划 和预算')]),
    (96.6, True, [(278.1, 309.6, '和预算'), (381.8, 392.3, '数')]),
    (104.9, True, [(464.5, 496.0, '的差异')]),
    (129.8, False, [(72.6, 227.8, '截至 2023 年 12 月 31 日的净资产')]),
    (138.0, False, [(403.3, 429.5, '838.6')]),
    (146.2, False, [(72.6, 199.3, '——不包括精算收益/(损失)')]),
    (171.1, False, [(72.6, 235.9, '2023 年 12 月 31 日计入净资产的精')]),
    (179.4, False, [(396.2, 429.5, '(233.4)')]),
    (187.6, False, [(72.6, 136.3, '算收益/(损失)')]),
    (212.5, False, [(72.6, 193.9, '2023 年 12 月 31 日净资产'), (403.3, 429.5, '605.2')]),
]


def test_rows_whose_labels_wrap_round_their_figures_make_a_table() -> None:
    """s240 p4: overleaf, three rows under the repeated header, the first two with their
    figure alone on the middle line of a label wrapped round it; one line only held a label
    and a figure. That lone row stood too far below the wrapped label over it to take it in,
    and the three rows were lost."""
    lines = [bolded(top, bold, cells, 10.5) for top, bold, cells in S240_ROWS_ROUND_FIGURES]
    found = grids(PageLayout(page=4, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert [row[0] for row in found[0][-3:]] == [
        "截至 2023 年 12 月 31 日的净资产——不包括精算收益/(损失)",
        "2023 年 12 月 31 日计入净资产的精算收益/(损失)", "2023 年 12 月 31 日净资产"], found[0]
    assert [row[2] for row in found[0][-3:]] == ["838.6", "(233.4)", "605.2"], found[0]


# s244 p11 (Chromium, UMing 8.7 pt, booktabs, cells on their middle): table 7's last rows
# overleaf under its repeated header, every row one line, as far apart as the page before's.
S244_ROWS_OVERLEAF = [
    (47.8, False, [(50.9, 68.3, '部门'), (218.9, 299.5, '2022/23 年核定预算'), (415.9, 488.1, '2022/23 年支出 ²')]),
    (67.4, False, [(297.4, 349.6, '含发展议程项'), (490.3, 542.5, '含发展议程项')]),
    (73.3, False, [(186.2, 203.6, '总计'), (233.1, 285.3, '发展议程项目'), (379.1, 396.5, '总计'), (426.0, 478.2, '发展议程项目')]),
    (79.8, False, [(310.5, 336.6, '目总计'), (503.4, 529.5, '目总计')]),
    (101.3, False, [(50.9, 120.5, '行政、财务和管理'), (187.9, 201.6, '469'), (256.9, 261.2, '-'), (316.5, 330.2, '469'),
                    (383.2, 392.2, '31'), (449.8, 454.1, '-'), (511.8, 520.8, '31')]),
    (120.9, False, [(50.9, 68.3, '总计'), (178.7, 210.9, '147,909'), (247.6, 270.5, '2,404'), (307.3, 339.5, '150,312'),
                    (371.6, 403.8, '144,212'), (440.5, 463.4, '1,764'), (500.2, 532.4, '145,976')]),
    (140.4, False, [(50.9, 155.3, '发展支出占总预算的百分比'), (311.9, 334.8, '18.9%'), (504.8, 527.7, '19.7%')]),
    (160.0, False, [(50.9, 85.7, '信托基金'), (176.3, 213.2, '34,847 ³'), (373.9, 401.4, '17,450')]),
]


def test_rows_as_far_apart_as_no_header_cell_wraps_are_rows() -> None:
    """s244 p11: one-line rows overleaf, two of them with figures in other columns, the upper
    label long enough to fill its column. Nothing in the body shows how close a cell's lines
    stand, and "信托基金" went on the label above; the header's wrapped cells ("含发展议程项" /
    "目总计") stand far closer than the rows do."""
    lines = [bolded(top, bold, cells, 8.7) for top, bold, cells in S244_ROWS_OVERLEAF]
    rules = [hrule(47.5, 548.6, y) for y in (43.3, 95.9, 174.6)]
    found = grids(PageLayout(page=11, width=595, height=842, lines=lines, rules=rules))
    assert len(found) == 1, found
    assert [row[0] for row in found[0][-2:]] == ["发展支出占总预算的百分比", "信托基金"], found[0]


# s030 p101 (WeasyPrint, 9 pt, zebra stripes, cells on their middle): a table of benefits whose
# unshaded rows run taller than any stripe (a label of seven lines), and whose last row, under
# the last stripe, sets a middle column's wrapped line alone between the label's lines.
S030_TALL_UNSHADED_ROW = [
    (116.5, False, [(40.0, 517.0, '应避免过度依赖一个或少数几个关键人员，并应采取积极主动的方式管理关键同事的长期缺勤，以保持项目的正常实施。')]),
    (139.4, True, [(40.0, 83.2, '效益实现')]),
    (158.6, True, [(41.5, 77.5, '效益说明'), (172.1, 226.1, '关键绩效指标'), (269.4, 332.4, '第二阶段基准值'), (371.1, 434.1, '第二阶段目标值'), (468.4, 540.4, '第二阶段绩效数据')]),
    (173.3, False, [(158.5, 248.5, '符合知识产权门户系统')]),
    (184.9, False, [(41.5, 140.5, '在产权组织面向外部的信'), (158.5, 248.5, '中的最低标准（共同的')]),
    (196.5, False, [(41.5, 140.5, '通技术系统中提供统一的'), (167.5, 248.5, '外观和感觉、共同导'), (256.7, 350.3, '52%（2019 年 12 月）'), (414.2, 452.0, '增长 15%'), (536.7, 553.8, '77%')]),
    (208.1, False, [(41.5, 77.5, '用户体验'), (152.2, 248.5, '航、ePay v2 和产权组织')]),
    (219.7, False, [(221.5, 248.5, '帐户）')]),
    (234.3, False, [(41.5, 140.5, '产权组织面向外部的信通')]),
    (245.9, False, [(41.5, 140.5, '技术系统更加方便用户使'), (185.5, 248.5, '用户满意度分数'), (256.7, 350.3, '73%（2018 年 11 月）'), (419.6, 452.0, '增长 5%'), (536.7, 553.8, '80%')]),
    (257.5, False, [(41.5, 122.5, '用，并改善客户体验')]),
    (272.1, False, [(41.5, 140.5, '使用现代金融交易处理设')]),
    (277.9, False, [(158.5, 350.3, '使用缴费小程序的用户 317 个（2020 年第三季')]),
    (283.7, False, [(41.5, 140.5, '施，方便客户缴费，并提'), (424.1, 452.0, '500 个'), (517.8, 553.8, '1,630 个')]),
    (289.5, False, [(230.5, 248.5, '数量'), (332.2, 350.2, '度）')]),
    (295.4, False, [(41.5, 104.5, '供综合缴费信息')]),
    (310.0, False, [(152.6, 248.5, '集成到 ePay 的信通技术')]),
    (315.8, False, [(262.1, 350.3, '3 个（2020 年 2 月）'), (429.5, 452.0, '10 个'), (536.7, 553.8, '7 个')]),
    (321.6, False, [(212.5, 248.5, '系统数量')]),
    (336.2, False, [(41.5, 140.5, '增强对产权组织服务和品')]),
    (342.0, False, [(185.5, 248.5, '用户满意度分数'), (256.7, 350.3, '71%（2018 年 11 月）'), (419.6, 452.0, '增长 5%'), (536.7, 553.8, '80%')]),
    (347.8, False, [(41.5, 113.5, '牌认知的积极感受')]),
    (362.4, False, [(41.5, 140.5, '增强客户对产权组织服务')]),
    (368.2, False, [(185.5, 248.5, '用户满意度分数'), (256.7, 350.3, '71%（2018 年 11 月）'), (419.6, 452.0, '增长 5%'), (536.7, 553.8, '80%')]),
    (374.0, False, [(41.5, 95.5, '提供的满意度')]),
    (388.6, False, [(41.5, 140.5, '加强产权组织对创新和创')]),
    (394.4, False, [(260.2, 350.2, '发展中国家用户日均数')]),
    (400.2, False, [(41.5, 140.5, '造力的贡献，使特别是发'), (158.5, 248.5, '使用服务的发展中国家')]),
    (406.0, False, [(261.2, 350.3, '量 37,315 个（所有服')]),
    (411.8, False, [(41.5, 140.5, '展中国家的中小企业和个'), (158.5, 248.5, '用户日均数量（每个季'), (419.6, 452.0, '增长 5%'), (507.0, 553.8, '18,092 个*')]),
    (417.6, False, [(263.0, 350.3, '务）（2020 年第四季')]),
    (423.5, False, [(41.5, 140.5, '体企业更易获得产权组织'), (230.5, 248.5, '度）')]),
    (429.3, False, [(332.2, 350.2, '度）')]),
    (435.1, False, [(41.5, 140.5, '服务，从而造福于所有人')]),
    (449.7, False, [(41.5, 140.5, '增加产权组织知识产权门'), (252.2, 350.3, '日均 68,046 人（所有服')]),
    (455.5, False, [(158.5, 248.5, '每项服务的用户和访问')]),
    (461.3, False, [(41.5, 140.5, '户综合服务访问者和用户'), (263.0, 350.3, '务）（2020 年第四季'), (419.6, 452.0, '增长 5%'), (507.0, 553.8, '77,309 人*')]),
    (467.1, False, [(203.5, 248.5, '者日均数量')]),
    (472.9, False, [(41.5, 68.5, '的人数'), (332.2, 350.2, '度）')]),
    (487.5, False, [(41.5, 140.5, '通过实施计划管理框架提'), (269.3, 350.3, '90,8%（2019 年 12')]),
    (493.3, False, [(191.8, 248.5, 'MSP 健康检查'), (434.9, 452.0, '95%'), (528.6, 553.8, '95.4%')]),
    (499.1, False, [(41.5, 86.5, '高组织效率'), (332.2, 350.2, '月）')]),
    (513.7, False, [(41.5, 140.5, '通过各业务部门的协同作')]),
    (525.3, False, [(41.5, 140.5, '用和信息技术平台，提高'), (158.5, 248.5, '在知识产权门户矩阵中')]),
    (531.1, False, [(262.1, 350.3, '57%（2020 年 4 月）'), (419.6, 452.0, '增长 5%'), (536.7, 553.8, '77%')]),
    (536.9, False, [(41.5, 140.5, '信息技术开发团队的成本'), (212.5, 248.5, '的调整率')]),
    (548.6, False, [(41.5, 104.5, '效率和工作效率')]),
    (563.2, False, [(41.5, 140.5, '通过提高解决方案的可扩')]),
    (574.8, False, [(41.5, 140.5, '展性和复原力，从而提高')]),
    (580.6, False, [(158.5, 248.5, '在知识产权门户矩阵中')]),
    (586.4, False, [(41.5, 140.5, '产权组织知识产权门户和'), (262.1, 350.3, '57%（2020 年 4 月）'), (419.6, 452.0, '增长 5%'), (536.7, 553.8, '77%')]),
    (592.2, False, [(212.5, 248.5, '的调整率')]),
    (598.0, False, [(41.5, 140.3, '产权组织 ICT 系统的可持')]),
    (609.6, False, [(41.5, 59.5, '续性')]),
    (634.0, True, [(40.0, 406.1, '* 自上次报告以来流量的减少可归因于更加完善的防火墙和僵尸程序检测能力')]),
    (658.7, True, [(40.0, 115.6, '风险和减缓行动')]),
    (676.5, False, [(40.0, 274.0, '在项目实施过程中，未出现对项目实施有重大影响的风险。')]),
]
S030_TALL_UNSHADED_ROW_FILLS = [(40.0, 230.3, 555.3, 268.2, False), (40.0, 306.0, 555.3, 332.2, False), (40.0, 358.4, 555.3, 384.6, False), (40.0, 445.7, 555.3, 483.5, False), (40.0, 509.7, 555.3, 559.2, False)]


def test_an_unshaded_row_taller_than_the_stripes_keeps_the_table_whole() -> None:
    """s030 p101: between two stripes an unshaded row of seven interleaved lines, taller than
    any stripe; the next stripe began another table, its first row cut in two. Under the
    last stripe, a line of the middle column alone ("在知识产权门户矩阵中") ended the table
    and the last row lost its figures."""
    lines = [bolded(top, bold, cells, 9.0) for top, bold, cells in S030_TALL_UNSHADED_ROW]
    fills = [Fill(Box(x0, top, x1, bottom), dark=dark) for x0, top, x1, bottom, dark in S030_TALL_UNSHADED_ROW_FILLS]
    found = grids(PageLayout(page=101, width=595, height=842, lines=lines, fills=fills))
    tables = [t for t in found if t[0][0] == "效益说明"]
    assert len(tables) == 1, found
    labels = [row[0] for row in tables[0]]
    assert "增加产权组织知识产权门户综合服务访问者和用户的人数" in labels, labels
    assert tables[0][-1][0] == "通过提高解决方案的可扩展性和复原力,从而提高产权组织知识产权门户和产权组织 ICT 系统的可持续性", tables[0][-1]
    assert tables[0][-1][-1] == "77%", tables[0][-1]


# s016 p170 (Chromium, 8.5 pt, horizontal rules, cells on their bottom, lines a line and a half
# apart): a table of benefits whose first row's label and indicator wrap above its figures.
S016_TALL_LEADING_ON_BOTTOM = [
    (8.497, [[(55.5, 89.5, 351.75, 360.25, 360.75, '效益说明')], [(178.7, 229.6, 351.75, 360.25, 360.75, '关键绩效指标')], [(293.2, 318.7, 351.75, 361.43, 360.75, '基准值')], [(395.1, 420.6, 351.75, 360.25, 360.75, '目标值')], [(492.7, 526.7, 351.75, 360.25, 360.75, '绩效数据')]]),
    (8.497, [[(55.5, 72.5, 375.29, 383.78, 382.50, '提高'), (76.8, 89.5, 375.29, 383.78, 382.50, 'PCT'), (93.8, 144.8, 375.29, 383.78, 382.50, '关键系统的服')]]),
    (8.497, [[(55.5, 106.5, 388.04, 396.53, 395.25, '务水平和减少'), (110.8, 123.5, 388.04, 396.53, 395.25, 'PCT'), (127.8, 144.8, 388.04, 396.53, 395.25, '关键')], [(157.4, 170.2, 388.04, 396.53, 395.25, 'PCT'), (174.4, 250.9, 388.04, 396.53, 395.25, '系统的可用性（内部')]]),
    (8.497, [[(55.5, 115.0, 401.54, 410.03, 408.75, '系统的中断时间')], [(216.9, 250.9, 401.54, 410.03, 408.75, '和外部）')], [(331.5, 352.7, 401.54, 410.03, 408.75, '99.5%')], [(433.3, 454.6, 401.54, 410.03, 408.75, '99.8%')], [(535.2, 556.4, 401.54, 410.03, 408.75, '99.8%')]]),
    (8.497, [[(55.5, 149.0, 422.54, 431.03, 429.75, '减少恶意或无意中披露或')]]),
    (8.497, [[(55.5, 149.0, 435.29, 443.78, 442.50, '修改未公布申请/注册/专')]]),
    (8.497, [[(55.5, 149.0, 448.79, 457.28, 456.00, '利信息的可能性，降低网')]]),
    (8.497, [[(55.5, 149.0, 461.54, 470.03, 468.75, '络攻击的可能性，并降低')]]),
    (8.497, [[(55.5, 149.0, 474.29, 482.78, 481.50, '成功的网络攻击所造成的')]]),
    (8.497, [[(55.5, 72.5, 487.79, 496.28, 495.00, '影响')], [(157.4, 250.9, 487.79, 496.28, 495.00, '暴露在网络威胁下的比例')], [(314.5, 335.7, 487.79, 496.28, 495.00, '59.5%'), (340.0, 352.7, 487.79, 496.28, 495.00, '¹¹²')], [(441.8, 454.6, 487.79, 496.28, 495.00, '40%')], [(535.2, 556.4, 487.79, 496.28, 495.00, '53.9%')]]),
    (8.497, [[(157.4, 170.2, 508.79, 517.28, 516.00, 'PCT'), (174.4, 250.9, 508.79, 517.28, 516.00, '安全态势的风险评估')], [(344.2, 352.7, 508.79, 517.28, 516.00, '中')], [(446.1, 454.6, 508.79, 517.28, 516.00, '低')], [(548.0, 556.5, 508.79, 517.28, 516.00, '中')]]),
    (8.497, [[(55.5, 72.5, 530.54, 539.03, 537.75, '减少'), (76.8, 89.5, 530.54, 539.03, 537.75, 'PCT'), (93.8, 144.8, 530.54, 539.03, 537.75, '关键系统的中')], [(157.4, 250.9, 530.54, 539.03, 537.75, '重大事件时恢复运行所需')]]),
    (8.497, [[(55.5, 81.0, 543.29, 551.78, 550.50, '断时间')], [(225.4, 250.9, 543.29, 551.78, 550.50, '的时间')], [(335.8, 340.0, 543.29, 551.78, 550.50, '1'), (344.2, 352.7, 543.29, 551.78, 550.50, '天')], [(429.1, 433.4, 543.29, 551.78, 550.50, '1'), (437.6, 454.6, 543.29, 551.78, 550.50, '小时')], [(539.5, 543.7, 543.29, 551.78, 550.50, '1'), (548.0, 556.5, 543.29, 551.78, 550.50, '天')]]),
    (8.497, [[(55.5, 72.5, 564.29, 572.78, 571.50, '减少'), (76.8, 89.5, 564.29, 572.78, 571.50, 'PCT'), (93.8, 144.8, 564.29, 572.78, 571.50, '关键系统的中')]]),
    (8.497, [[(55.5, 81.0, 577.79, 586.28, 585.00, '断时间')], [(165.9, 178.7, 577.79, 586.28, 585.00, 'PCT'), (182.9, 250.9, 577.79, 586.28, 585.00, '数据的恢复点目标')], [(323.0, 331.5, 577.79, 586.28, 585.00, '30'), (335.7, 352.7, 577.79, 586.28, 585.00, '分钟')], [(424.9, 433.3, 577.79, 586.28, 585.00, '10'), (437.6, 454.6, 577.79, 586.28, 585.00, '分钟')], [(526.7, 535.2, 577.79, 586.28, 585.00, '30'), (539.5, 556.4, 577.79, 586.28, 585.00, '分钟')]]),
]


def test_a_first_rows_lines_over_its_figures_in_a_tall_leading_are_the_rows() -> None:
    """s016 p170: the first row's label and indicator wrap over three lines, its figures on
    the last; its lines stand a line and a half apart and more (Chromium), further than the
    wrap pitch the first row was looked for at, so they were read as two header rows."""
    lines = [Line([Segment([Word(w[5], Box(w[0], w[2], w[1], w[3]), size, baseline=w[4], bold=len(w) > 6)
                            for w in cell]) for cell in cells]) for size, cells in S016_TALL_LEADING_ON_BOTTOM]
    rules = [hrule(51.0, 561.0, y) for y in (347.6, 369.4, 416.6, 502.9, 524.6, 558.4, 592.9)]
    found = grids(PageLayout(page=170, width=612, height=792, lines=lines, rules=rules))
    table = next(t for t in found if t[0][0] == "效益说明")
    assert table[0] == ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"], table
    assert table[1][:3] == ["提高 PCT 关键系统的服务水平和减少 PCT 关键系统的中断时间", "PCT 系统的可用性(内部和外部)", "99.5%"], table


# s016 p121 (the same rendering): the first row's indicator, set flush right, wraps above its
# figures over four lines, its label over two.
S016_INDICATORS_ON_BOTTOM = [
    (8.497, [[(55.5, 89.5, 479.25, 487.75, 488.25, '效益说明')], [(178.7, 229.6, 479.25, 487.75, 488.25, '关键绩效指标')], [(293.2, 318.7, 479.25, 488.93, 488.25, '基准值')], [(395.1, 420.6, 479.25, 487.75, 488.25, '目标值')], [(492.7, 526.7, 479.25, 487.75, 488.25, '绩效数据')]]),
    (8.497, [[(165.9, 250.9, 502.04, 510.53, 509.25, '与联合国安全风险管理')]]),
    (8.497, [[(161.7, 250.9, 515.54, 524.03, 522.75, '（SRM）建议的此类事件')]]),
    (8.497, [[(165.9, 250.9, 528.29, 536.78, 535.50, '的缓解措施保持一致。')]]),
    (8.497, [[(55.5, 149.0, 541.04, 549.53, 548.25, '降低了枪击案和相关事件')], [(157.4, 250.9, 541.04, 549.53, 548.25, '符合本组织对员工安全的')]]),
    (8.497, [[(55.5, 98.0, 554.54, 563.03, 561.75, '的风险水平')], [(199.9, 250.9, 554.54, 563.03, 561.75, '低风险偏好。')], [(293.3, 310.3, 554.54, 563.03, 561.75, '100%'), (314.5, 335.8, 554.54, 563.03, 561.75, '(2022'), (340.0, 352.7, 554.54, 563.03, 561.75, '年)')], [(437.6, 454.6, 554.54, 563.03, 561.75, '100%')], [(539.5, 556.5, 554.54, 563.03, 561.75, '100%')]]),
    (8.497, [[(165.9, 250.9, 575.54, 584.03, 582.75, '与联合国安全风险管理')]]),
    (8.497, [[(161.7, 250.9, 589.04, 597.53, 596.25, '（SRM）建议的此类事件')]]),
    (8.497, [[(165.9, 250.9, 601.79, 610.28, 609.00, '的缓解措施保持一致。')]]),
    (8.497, [[(55.5, 149.0, 614.54, 623.03, 621.75, '减少业务影响、生命损失')], [(157.4, 250.9, 614.54, 623.03, 621.75, '符合本组织对员工安全的')]]),
    (8.497, [[(55.5, 132.0, 628.04, 636.53, 635.25, '和事件后的恢复时间')], [(199.9, 250.9, 628.04, 636.53, 635.25, '低风险偏好。')], [(297.5, 310.3, 628.04, 636.53, 635.25, '90%'), (314.5, 335.7, 628.04, 636.53, 635.25, '(2022'), (340.0, 352.7, 628.04, 636.53, 635.25, '年)')], [(437.6, 454.6, 628.04, 636.53, 635.25, '100%')], [(539.5, 556.5, 628.04, 636.53, 635.25, '100%')]]),
    (8.497, [[(55.5, 149.0, 649.04, 657.53, 656.25, '提高全组织的意识和准备')], [(157.4, 250.9, 649.04, 657.53, 656.25, '工作人员在经历就地避难')], [(475.7, 488.5, 649.04, 657.53, 656.25, '10%'), (492.7, 514.0, 649.04, 657.53, 656.25, '(2023'), (518.2, 531.0, 649.04, 657.53, 656.25, '年)'), (535.2, 556.4, 649.04, 657.53, 656.25, '[将于')]]),
    (8.497, [[(55.5, 140.5, 661.79, 670.28, 669.00, '（包括所有工作人员）')], [(174.4, 250.9, 661.79, 670.28, 669.00, '演习之前接受培训。')], [(301.8, 310.3, 661.79, 670.28, 669.00, '0%'), (314.5, 335.8, 661.79, 670.28, 669.00, '(2022'), (340.0, 352.7, 661.79, 670.28, 669.00, '年)')], [(437.6, 454.6, 661.79, 670.28, 669.00, '100%')], [(505.5, 522.5, 661.79, 670.28, 669.00, '2024'), (526.7, 556.5, 661.79, 670.28, 669.00, '年完成]')]]),
    (8.497, [[(55.5, 149.0, 683.54, 692.03, 690.75, '减少产权组织风险热度地')]]),
    (8.497, [[(55.5, 149.0, 696.29, 704.78, 703.50, '图中提到的与恐怖主义相')], [(157.4, 250.9, 696.29, 704.78, 703.50, '符合本组织对员工安全的')]]),
    (8.497, [[(55.5, 106.5, 709.04, 717.53, 716.25, '关的组织风险')], [(199.9, 250.9, 709.04, 717.53, 716.25, '低风险偏好。')], [(293.3, 310.3, 709.04, 717.53, 716.25, '100%'), (314.5, 335.8, 709.04, 717.53, 716.25, '(2022'), (340.0, 352.7, 709.04, 717.53, 716.25, '年)')], [(437.6, 454.6, 709.04, 717.53, 716.25, '100%')], [(539.5, 556.5, 709.04, 717.53, 716.25, '100%')]]),
]


def test_a_first_rows_indicator_wrapped_flush_right_over_its_figures_is_the_rows() -> None:
    """s016 p121: the first row's indicator, set flush right in its column, stands three lines
    above the row's figures (cells on their bottom, a line and a half apart); its lines were
    read as a header row ("降低了枪击案和相关事件" / "的风险水平" cut in two)."""
    lines = [Line([Segment([Word(w[5], Box(w[0], w[2], w[1], w[3]), size, baseline=w[4], bold=len(w) > 6)
                            for w in cell]) for cell in cells]) for size, cells in S016_INDICATORS_ON_BOTTOM]
    found = grids(PageLayout(page=121, width=612, height=792, lines=lines,
                                   rules=[hrule(51.0, 561.0, y) for y in (475.1, 496.1, 569.6, 643.1, 677.6, 724.9)]))
    table = next(t for t in found if t[0][0] == "效益说明")
    assert table[0] == ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"], table
    assert table[1][0] == "降低了枪击案和相关事件的风险水平", table
    assert table[1][2:] == ["100% (2022 年)", "100%", "100%"], table


# s062 p122 (LibreOffice, 7 pt, zebra stripes, landscape): annex 6's last rows overleaf, no header
# repeated; a section label between two stripes, the last three rows with a figure in the last
# column only.
S062_ROWS_OF_ONE_COLUMN_UNDER_STRIPES = [
    (7.000, [[(65.3, 85.6, 68.10, 75.10, 75.00, 'IPSAS'), (87.4, 143.4, 68.10, 75.10, 75.00, '调整后的特别账户')], [(301.4, 303.8, 68.10, 75.10, 75.00, '-')], [(344.1, 346.5, 68.10, 75.10, 75.00, '-')], [(386.8, 389.2, 68.10, 75.10, 75.00, '-')], [(429.5, 431.9, 68.10, 75.10, 75.00, '-')], [(472.2, 474.6, 68.10, 75.10, 75.00, '-')], [(514.9, 517.3, 68.10, 75.10, 75.00, '-')], [(557.6, 560.0, 68.10, 75.10, 75.00, '-')], [(600.3, 602.7, 68.10, 75.10, 75.00, '-')], [(643.0, 645.4, 68.10, 75.10, 75.00, '-')], [(685.7, 688.1, 68.10, 75.10, 75.00, '-')], [(728.4, 730.8, 68.10, 75.10, 75.00, '-')], [(765.8, 773.6, 68.10, 75.10, 75.00, '38')]]),
    (7.000, [[(65.3, 114.8, 86.80, 93.80, 93.70, '投资收益/(损失)')], [(301.4, 303.8, 86.80, 93.80, 93.70, '-')], [(324.7, 346.5, 86.80, 93.80, 93.70, '(1,019)')], [(386.8, 389.2, 86.80, 93.80, 93.70, '-')], [(405.1, 431.9, 86.80, 93.80, 93.70, '(33,624)')], [(472.2, 474.6, 86.80, 93.80, 93.70, '-')], [(495.6, 517.3, 86.80, 93.80, 93.70, '(1,310)')], [(557.6, 560.0, 86.80, 93.80, 93.70, '-')], [(600.3, 602.7, 86.80, 93.80, 93.70, '-')], [(643.0, 645.4, 86.80, 93.80, 93.70, '-')], [(685.7, 688.1, 86.80, 93.80, 93.70, '-')], [(728.4, 730.8, 86.80, 93.80, 93.70, '-')], [(746.6, 773.5, 86.80, 93.80, 93.70, '(35,954)')]]),
    (7.000, [[(65.3, 121.9, 105.60, 112.60, 112.50, '投资收益/(损失)的'), (123.7, 144.0, 105.60, 112.60, 112.50, 'IPSAS'), (145.7, 166.7, 105.60, 112.60, 112.50, '调整额')], [(301.4, 303.8, 105.60, 112.60, 112.50, '-')], [(338.1, 346.4, 105.60, 112.60, 112.50, '(1)')], [(386.8, 389.2, 105.60, 112.60, 112.50, '-')], [(419.1, 431.9, 105.60, 112.60, 112.50, '(42)')], [(472.2, 474.6, 105.60, 112.60, 112.50, '-')], [(508.4, 517.3, 105.60, 112.60, 112.50, '(5)')], [(557.6, 560.0, 105.60, 112.60, 112.50, '-')], [(600.3, 602.7, 105.60, 112.60, 112.50, '-')], [(643.0, 645.4, 105.60, 112.60, 112.50, '-')], [(685.7, 688.1, 105.60, 112.60, 112.50, '-')], [(728.4, 730.8, 105.60, 112.60, 112.50, '-')], [(760.7, 773.5, 105.60, 112.60, 112.50, '(48)')]]),
    (7.000, [[(65.3, 100.8, 124.30, 131.30, 131.20, '盈余/(赤字)')], [(278.1, 303.8, 124.30, 131.30, 131.20, '(10,109)')], [(321.4, 346.4, 124.30, 131.30, 131.20, '(12,411)')], [(364.1, 389.2, 124.30, 131.30, 131.20, '130,588')], [(408.1, 431.9, 124.30, 131.30, 131.20, '146,711')], [(457.4, 474.6, 124.30, 131.30, 131.20, '4,172')], [(499.4, 517.4, 124.30, 131.30, 131.20, '9,995')], [(533.2, 560.0, 124.30, 131.30, 131.20, '(23,030)')], [(575.8, 602.7, 124.30, 131.30, 131.20, '(20,093)')], [(623.1, 645.4, 124.30, 131.30, 131.20, '(1,945)')], [(665.2, 688.1, 124.30, 131.30, 131.20, '(2,746)')], [(709.1, 730.9, 124.30, 131.30, 131.20, '99,676')], [(749.1, 773.6, 124.30, 131.30, 131.20, '121,494')]]),
    (7.000, [[(65.3, 86.3, 143.10, 150.10, 150.00, '净资产')]]),
    (7.000, [[(65.3, 79.3, 166.90, 173.90, 173.80, '截至'), (81.1, 96.1, 166.90, 173.90, 173.80, '2021'), (97.9, 104.9, 166.90, 173.90, 173.80, '年'), (106.7, 113.9, 166.90, 173.90, 173.80, '12'), (115.7, 122.7, 166.90, 173.90, 173.80, '月'), (124.5, 131.7, 166.90, 173.90, 173.80, '31'), (133.5, 238.3, 166.90, 174.37, 173.80, '日的净资产—不含精算收益/(损失)')], [(324.7, 346.5, 166.90, 173.90, 173.80, '26,090')], [(406.9, 431.9, 166.90, 173.90, 173.80, '678,310')], [(495.5, 517.3, 166.90, 173.90, 173.80, '98,359')], [(575.9, 602.7, 166.90, 173.90, 173.80, '(67,236)')], [(665.2, 688.1, 166.90, 173.90, 173.80, '(6,200)')], [(747.9, 773.6, 166.90, 173.90, 173.80, '729,323')]]),
    (7.000, [[(65.3, 100.8, 190.70, 197.70, 197.60, '盈余/(赤字)')], [(321.4, 346.4, 190.70, 197.70, 197.60, '(12,411)')], [(408.1, 431.9, 190.70, 197.70, 197.60, '146,711')], [(499.4, 517.4, 190.70, 197.70, 197.60, '9,995')], [(575.8, 602.7, 190.70, 197.70, 197.60, '(20,093)')], [(665.2, 688.1, 190.70, 197.70, 197.60, '(2,746)')], [(749.1, 773.6, 190.70, 197.70, 197.60, '121,455')]]),
    (7.000, [[(65.3, 114.3, 214.50, 221.50, 221.40, '重估储备金盈余')], [(329.8, 346.4, 214.50, 221.50, 221.40, '(773)')], [(408.9, 431.9, 214.50, 221.50, 221.40, '(8,529)')], [(495.0, 517.3, 214.50, 221.50, 221.40, '(2,413)')], [(586.0, 602.7, 214.50, 221.50, 221.40, '(546)')], [(675.9, 688.1, 214.50, 221.50, 221.40, '(51)')], [(747.9, 773.5, 214.50, 221.50, 221.40, '(12,312)')]]),
    (7.000, [[(65.3, 79.3, 238.30, 245.30, 245.20, '截至'), (81.1, 96.7, 238.30, 245.30, 245.20, '2023'), (98.5, 105.5, 238.30, 245.30, 245.20, '年'), (107.3, 114.5, 238.30, 245.30, 245.20, '12'), (116.3, 123.3, 238.30, 245.30, 245.20, '月'), (125.1, 132.3, 238.30, 245.30, 245.20, '31'), (134.1, 238.9, 238.30, 245.77, 245.20, '日的净资产—不含精算收益/(损失)')], [(325.3, 346.5, 238.30, 245.30, 245.20, '12,906')], [(406.8, 431.9, 238.30, 245.30, 245.20, '816,492')], [(492.9, 517.4, 238.30, 245.30, 245.20, '105,941')], [(576.0, 602.7, 238.30, 245.30, 245.20, '(87,876)')], [(665.1, 688.1, 238.30, 245.30, 245.20, '(8,998)')], [(747.9, 773.6, 238.30, 245.30, 245.20, '838,466')]]),
    (7.000, [[(65.3, 80.9, 262.10, 269.10, 269.00, '2023'), (82.7, 89.7, 262.10, 269.10, 269.00, '年'), (91.5, 98.7, 262.10, 269.10, 269.00, '12'), (100.5, 107.5, 262.10, 269.10, 269.00, '月'), (109.3, 116.5, 262.10, 269.10, 269.00, '31'), (118.3, 216.8, 262.10, 269.10, 269.00, '日计入净资产的精算收益/(损失)')], [(320.3, 346.5, 262.10, 269.10, 269.00, '(10,794)')], [(401.8, 431.9, 262.10, 269.10, 269.00, '(166,224)')], [(490.5, 517.3, 262.10, 269.10, 269.00, '(45,648)')], [(580.3, 602.7, 262.10, 269.10, 269.00, '(9,812)')], [(671.3, 688.1, 262.10, 269.10, 269.00, '(932)')], [(743.4, 773.5, 262.10, 269.10, 269.00, '(233,410)')]]),
    (7.000, [[(65.3, 80.9, 285.90, 292.90, 292.80, '2023'), (82.7, 89.7, 285.90, 292.90, 292.80, '年'), (91.5, 98.7, 285.90, 292.90, 292.80, '12'), (100.5, 107.5, 285.90, 292.90, 292.80, '月'), (109.3, 116.5, 285.90, 292.90, 292.80, '31'), (118.3, 193.4, 285.90, 293.37, 292.80, '日净资产(不含特别账户)')], [(329.8, 346.5, 285.90, 292.90, 292.80, '2,112')], [(406.2, 431.9, 285.90, 292.90, 292.80, '650,268')], [(495.5, 517.3, 285.90, 292.90, 292.80, '60,294')], [(575.9, 602.7, 285.90, 292.90, 292.80, '(97,688)')], [(665.1, 688.1, 285.90, 292.90, 292.80, '(9,930)')], [(747.8, 773.5, 285.90, 292.90, 292.80, '605,056')]]),
    (7.000, [[(65.3, 113.5, 309.70, 317.15, 316.60, '特别账户—截至'), (115.4, 130.4, 309.70, 316.70, 316.60, '2021'), (132.2, 139.2, 309.70, 316.70, 316.60, '年'), (141.0, 148.2, 309.70, 316.70, 316.60, '12'), (150.0, 157.0, 309.70, 316.70, 316.60, '月'), (158.8, 166.0, 309.70, 316.70, 316.60, '31'), (167.8, 202.8, 309.70, 316.70, 316.60, '日的净资产')], [(765.8, 773.5, 309.70, 316.70, 316.60, '75')]]),
    (7.000, [[(65.3, 135.1, 333.50, 340.95, 340.40, '特别账户—盈余/(赤字)')], [(765.8, 773.6, 333.50, 340.50, 340.40, '38')]]),
    (7.000, [[(65.3, 80.9, 357.30, 364.30, 364.20, '2023'), (82.7, 89.7, 357.30, 364.30, 364.20, '年'), (91.5, 98.7, 357.30, 364.30, 364.20, '12'), (100.5, 107.5, 357.30, 364.30, 364.20, '月'), (109.3, 116.5, 357.30, 364.30, 364.20, '31'), (118.3, 146.3, 357.30, 364.30, 364.20, '日净资产')], [(748.4, 773.5, 357.30, 364.30, 364.20, '605,169')]]),
]
S062_ROWS_OF_ONE_COLUMN_UNDER_STRIPES_FILLS = [(63.5, 84.0, 775.1, 102.7, False), (63.5, 121.5, 775.1, 140.2, False), (63.5, 164.0, 775.1, 187.8, False), (63.5, 211.6, 775.1, 235.4, False), (63.5, 259.2, 775.1, 283.0, False), (63.5, 306.8, 775.1, 330.6, False), (63.5, 354.4, 775.1, 378.2, False)]


def test_a_table_read_down_through_the_next_stripes_takes_their_rows_too() -> None:
    """s062 p122: the stripes over the section label "净资产" seemed to part two tables; the
    upper one, grown down, took the rows of the lower one but the last three (figures in the
    last column only), which were left a table of their own, lost to annex 6."""
    lines = [Line([Segment([Word(w[5], Box(w[0], w[2], w[1], w[3]), size, baseline=w[4], bold=len(w) > 6)
                            for w in cell]) for cell in cells]) for size, cells in S062_ROWS_OF_ONE_COLUMN_UNDER_STRIPES]
    fills = [Fill(Box(x0, top, x1, bottom), dark=dark)
             for x0, top, x1, bottom, dark in S062_ROWS_OF_ONE_COLUMN_UNDER_STRIPES_FILLS]
    found = grids(PageLayout(page=122, width=842, height=595, lines=lines, fills=fills))
    assert len(found) == 1, found
    assert found[0][-1][0] == "2023 年 12 月 31 日净资产" and found[0][-1][-1] == "605,169", found[0][-1]
    assert found[0][-4][0] == "2023 年 12 月 31 日净资产(不含特别账户)", found[0][-4]


# s226 p174 (Chromium, Droid 8 pt, zebra stripes, no rules): two striped tables, a sentence at the
# margin and the second one's header between the last stripe of one and the first of the other.
S226_SENTENCE_BETWEEN_STRIPED_TABLES = [
    (7.963, [[(284.2, 315.4, 147.15, 155.11, 154.16, '2022/23'), (317.5, 325.5, 146.32, 154.28, 154.16, '年'), (327.6, 359.4, 146.32, 154.28, 154.16, '计划和预')], [(372.1, 403.4, 147.15, 155.11, 154.16, '2022/23'), (405.5, 413.4, 146.32, 154.28, 154.16, '年'), (415.5, 447.4, 146.32, 154.28, 154.16, '调剂使用')]]),
    (7.963, [[(74.9, 106.7, 156.94, 164.90, 164.77, '预期成果'), (108.8, 162.6, 156.94, 166.14, 164.77, '(单位：千瑞郎)')], [(317.8, 325.8, 156.94, 164.90, 164.77, '算')], [(396.8, 404.7, 156.94, 164.90, 164.77, '后'), (406.8, 422.7, 156.94, 164.90, 164.77, '预算')], [(468.0, 499.3, 157.77, 165.73, 164.77, '2022/23'), (501.4, 509.3, 156.94, 164.90, 164.77, '年'), (511.4, 527.4, 156.94, 164.90, 164.77, '支出')]]),
    (7.963, [[(74.9, 85.9, 176.34, 184.31, 183.35, '2.1'), (88.0, 271.2, 177.50, 185.46, 183.35, '兼顾各方利益的有效知识产权国际准则制定框架得到')]]),
    (7.963, [[(74.9, 90.8, 188.12, 196.08, 193.97, '发展')], [(311.8, 331.7, 186.96, 194.92, 193.97, '7,411')], [(399.8, 419.7, 186.96, 194.92, 193.97, '7,479')], [(487.7, 507.6, 186.96, 194.92, 193.97, '7,144')]]),
    (7.963, [[(74.9, 85.9, 205.55, 213.51, 212.55, '2.2'), (88.0, 271.2, 206.70, 214.66, 212.55, '产权组织将国际社会凝聚起来，积极主动应对全球层')]]),
    (7.963, [[(74.9, 258.0, 217.31, 225.27, 223.16, '面与知识产权、创新和创造有关的新议题和政策挑战')], [(311.8, 331.7, 216.16, 224.12, 223.16, '1,467')], [(399.8, 419.7, 216.16, 224.12, 223.16, '1,467')], [(487.7, 507.6, 216.16, 224.12, 223.16, '1,422')]]),
    (7.963, [[(74.9, 85.9, 234.74, 242.71, 241.75, '3.1'), (88.0, 271.2, 235.90, 243.86, 241.75, '产权组织的全球知识产权体系、服务、知识和数据得')]]),
    (7.963, [[(74.9, 162.5, 246.51, 254.48, 252.37, '到更广泛、更有效的使用')], [(309.6, 334.0, 245.36, 253.32, 252.37, '10,148')], [(399.8, 419.7, 245.36, 253.32, 252.37, '9,554')], [(487.7, 507.6, 245.36, 253.32, 252.37, '8,428')]]),
    (7.963, [[(74.9, 85.9, 263.94, 271.90, 270.95, '3.2'), (88.0, 271.2, 265.09, 273.06, 270.95, '产权组织全球知识产权体系、服务、知识和数据的生')]]),
    (7.963, [[(74.9, 162.5, 275.71, 283.67, 281.56, '产率和服务质量得到提高')], [(311.8, 331.7, 274.56, 282.52, 281.56, '6,089')], [(399.8, 419.7, 274.56, 282.52, 281.56, '6,968')], [(487.7, 507.6, 274.56, 282.52, 281.56, '6,516')]]),
    (7.963, [[(74.9, 85.9, 293.13, 301.10, 300.14, '4.5'), (88.0, 215.4, 294.29, 302.25, 300.14, '为知识产权局完善知识产权基础设施')], [(309.6, 334.0, 293.13, 301.10, 300.14, '12,568')], [(397.6, 421.9, 293.13, 301.10, 300.14, '12,450')], [(485.5, 509.8, 293.13, 301.10, 300.14, '11,531')]]),
    (7.963, [[(74.9, 90.8, 313.53, 321.49, 319.38, '总计')], [(309.6, 334.0, 312.38, 320.34, 319.38, '37,682')], [(397.6, 421.9, 312.38, 320.34, 319.38, '37,918')], [(485.5, 509.8, 312.38, 320.34, 319.38, '35,042')]]),
    (7.963, [[(70.6, 73.3, 334.94, 342.90, 341.95, '-'), (75.4, 258.5, 336.09, 344.06, 341.95, '预算和支出（人事和非人事）提供了下表所示信息。')]]),
    (7.963, [[(285.1, 316.4, 353.52, 361.48, 360.52, '2022/23'), (318.5, 326.5, 352.69, 360.65, 360.52, '年'), (328.5, 336.5, 352.69, 360.65, 360.52, '计')], [(351.1, 382.4, 353.52, 361.48, 360.52, '2022/23'), (384.4, 392.4, 352.69, 360.65, 360.52, '年'), (394.5, 402.4, 352.69, 360.65, 360.52, '调')], [(417.0, 448.3, 353.52, 361.48, 360.52, '2022/23'), (450.4, 458.4, 352.69, 360.65, 360.52, '年'), (460.4, 468.4, 352.69, 360.65, 360.52, '支')]]),
    (7.963, [[(74.9, 106.7, 362.64, 370.60, 370.48, '费用类别'), (108.8, 162.6, 362.64, 371.84, 370.48, '(单位：千瑞郎)')], [(294.9, 326.7, 362.64, 370.60, 370.48, '划和预算')], [(351.8, 383.7, 362.64, 370.60, 370.48, '剂使用后'), (385.8, 401.7, 362.64, 370.60, 370.48, '预算')], [(438.7, 446.7, 362.64, 370.60, 370.48, '出')], [(488.8, 512.7, 362.64, 370.60, 370.48, '利用率'), (514.8, 528.5, 363.47, 371.43, 370.48, '(%)')]]),
    (7.963, [[(74.9, 98.8, 383.87, 391.83, 389.72, '人事费')], [(298.7, 323.0, 382.71, 390.67, 389.72, '26,496')], [(364.6, 388.9, 382.71, 390.67, 389.72, '24,542')], [(430.6, 454.9, 382.71, 390.67, 389.72, '23,521')], [(500.6, 516.8, 382.71, 390.67, 389.72, '96%')]]),
    (7.963, [[(74.9, 106.7, 402.44, 410.41, 408.30, '非人事费')], [(298.7, 323.0, 401.29, 409.25, 408.30, '11,186')], [(364.6, 388.9, 401.29, 409.25, 408.30, '13,376')], [(430.6, 454.9, 401.29, 409.25, 408.30, '11,521')], [(500.6, 516.8, 401.29, 409.25, 408.30, '86%')]]),
    (7.963, [[(74.9, 90.8, 421.69, 429.65, 427.54, '总计')], [(298.7, 323.0, 420.53, 428.49, 427.54, '37,682')], [(364.6, 388.9, 420.53, 428.49, 427.54, '37,918')], [(430.6, 454.9, 420.53, 428.49, 427.54, '35,042')], [(500.6, 516.8, 420.53, 428.49, 427.54, '92%')]]),
]
S226_SENTENCE_BETWEEN_STRIPED_TABLES_FILLS = [(70.6, 200.6, 541.7, 229.8, False), (70.6, 259.0, 541.7, 288.2, False), (70.6, 306.8, 541.7, 326.0, False), (70.6, 396.4, 541.7, 414.9, False)]


def test_a_sentence_between_two_striped_tables_keeps_them_two() -> None:
    """s226 p174: between the first table's last stripe and the second's only one, a sentence
    at the margin, a header and a row, no blank wider than two stripes' paddings: they read
    as one tall unshaded row (the rule that keeps a row of seven lines in its table), and the
    two tables as one, three sums failing."""
    lines = as_printed(S226_SENTENCE_BETWEEN_STRIPED_TABLES)
    fills = [Fill(Box(x0, top, x1, bottom), dark=dark)
             for x0, top, x1, bottom, dark in S226_SENTENCE_BETWEEN_STRIPED_TABLES_FILLS]
    found = grids(PageLayout(page=174, width=612, height=792, lines=lines, fills=fills))
    totals = [t for t in found if any(row[0] == "总计" for row in t)]
    assert len(totals) == 2, found


# s270 p3 (WeasyPrint, WenQuanYi 10.5 pt, line height 1.53, unruled, cells on their bottom): T1
# continued under its header repeated; the last header cell wraps over three lines, its first
# alone on the page's top line, 5.6 pt over the next (more than half a line: the table's leading).
S270_HEADER_TOP_LINE = [
    (73.4, True, [(453.4, 534.4, '2022/23 年 实际')]),
    (89.4, True, [(277.1, 358.1, '2022/23 年 计划'), (365.2, 446.3, '2022/23 年 实际'), (455.6, 532.2, '数与计划 和预算')]),
    (105.5, True, [(75.2, 138.2, '主要财务数据'), (301.8, 333.3, '和预算'), (400.5, 411.0, '数'), (478.1, 509.6, '的差异')]),
    (124.0, False, [(75.2, 138.2, '特别账户会费'), (306.6, 328.6, '19.5'), (394.7, 416.8, '16.7'), (483.9, 503.9, '86%')]),
    (142.4, False, [(75.2, 224.5, '对特别账户会费的 IPSAS 调整额'), (316.0, 319.2, '-'), (394.7, 416.8, '(1.0)')]),
    (160.9, False, [(75.2, 138.2, '特别账户支出'), (306.6, 328.6, '19.5'), (394.7, 416.8, '17.4'), (483.9, 503.9, '90%')]),
    (179.4, False, [(75.2, 224.5, '对特别账户支出的 IPSAS 调整额'), (316.0, 319.2, '-'), (394.7, 416.8, '(1.7)')]),
    (197.8, False, [(75.2, 159.2, '特别账户投资收益'), (316.0, 319.2, '-'), (397.9, 413.6, '0.1')]),
    (216.3, False, [(75.2, 183.1, 'IPSAS 调整后特别账户²'), (316.0, 319.2, '-'), (397.9, 413.6, '0.0')]),
    (234.8, False, [(75.2, 153.8, '投资收益/(损失)³'), (316.0, 319.2, '-'), (391.6, 419.9, '(36.0)')]),
    (253.2, False, [(75.2, 129.0, '盈余/(赤字)'), (306.6, 328.6, '70.8'), (391.6, 419.9, '121.5')]),
    (271.7, False, [(75.2, 106.7, '净资产')]),
    (290.2, False, [(75.2, 270.5, '截至 2021 年 12 月 31 日的净资产——不')]),
    (306.2, False, [(75.2, 171.0, '包括精算收益/(损失)'), (391.6, 419.9, '729.4')]),
]


# s272 p4 (LibreOffice, WenQuanYi 11 pt, unruled, cells on their bottom): the same page, its lines
# wrapped 9.7 pt apart (0.88 of a line).
S272_HEADER_TOP_LINE = [
    (67.4, True, [(465.1, 539.0, '2022/23 年 实')]),
    (88.1, True, [(286.4, 360.3, '2022/23 年 计'), (375.8, 449.6, '2022/23 年 实'), (461.9, 542.2, '际数与计划 和预')]),
    (108.9, True, [(62.5, 128.5, '主要财务数据'), (301.3, 345.3, '划和预算'), (401.7, 423.7, '际数'), (480.1, 524.1, '算的差异')]),
    (135.0, False, [(62.5, 95.5, '净资产')]),
    (161.1, False, [(62.5, 267.0, '截至 2021 年 12 月 31 日的净资产——不')]),
    (181.8, False, [(62.5, 162.8, '包括精算收益/(损失)'), (424.7, 454.3, '729.4')]),
    (207.9, False, [(62.5, 263.7, '2021 年 12 月 31 日计入净资产的精算收')]),
    (228.7, False, [(62.5, 107.8, '益/(损失)'), (418.1, 454.2, '(320.9)')]),
]


@pytest.mark.parametrize("printed_lines, size", [(S270_HEADER_TOP_LINE, 10.5), (S272_HEADER_TOP_LINE, 11.0)])
def test_a_header_cells_first_line_alone_at_the_leading_of_a_tall_line_height_heads_its_column(
        printed_lines: list[tuple[float, bool, list[tuple[float, float, str]]]], size: float) -> None:
    """s270 p3, s272 p4: the table's lines wrap 5.6 pt (9.7 pt) apart, more than half a line:
    the header's top line, alone over the last column, is that cell's first line, not a caption
    above the table (which kept the page's part from going on with T1)."""
    lines = [bolded(top, bold, cells, size) for top, bold, cells in printed_lines]
    found = grids(PageLayout(page=3, width=612, height=792, lines=lines))
    assert len(found) == 1
    assert found[0][0] == ["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数", "2022/23 年实际数与计划和预算的差异"]


# s281 p71 (LibreOffice, WenQuanYi 7 pt shrunk to 5 pt on a landscape page, unruled, cells on
# their bottom, padded 3 pt): annex 10's header repeated over its last row, the total, alone.
S281_HEADER_OVER_ONE_TALL_ROW = [
    (39.7, True, [(313.8, 343.8, '截至 2022 年'), (717.8, 747.8, '截至 2023 年')]),
    (47.9, True, [(315.6, 342.1, '12 月 31 日'), (719.6, 746.1, '12 月 31 日')]),
    (56.0, True, [(34.1, 69.1, '信托基金捐助方'), (278.4, 298.4, '基金代码'), (323.8, 333.8, '余额'), (435.8, 464.3, '2023 年收入'), (617.6, 646.1, '2023 年支出'), (727.8, 737.8, '余额')]),
    (74.1, True, [(440.0, 460.0, '未清偿债')]),
    (82.4, True, [(356.7, 381.7, '收到的款项'), (399.6, 419.6, '利息收益'), (436.2, 463.8, '务/其他收入'), (485.4, 495.4, '汇差'), (520.8, 540.8, '收入总额'), (556.2, 586.2, '工作人员支出'), (596.6, 626.6, '其他直接支出'), (637.0, 667.0, '行政支助费用'), (682.4, 702.4, '支出总额')]),
    (100.5, False, [(314.6, 343.0, '17,347,988.'), (355.0, 383.4, '8,231,151.4'), (516.6, 545.0, '8,363,340.3'), (557.0, 585.4, '2,607,287.7'), (597.3, 625.7, '6,614,321.0'), (637.8, 666.2, '1,030,907.7'), (678.2, 706.6, '10,252,516.'), (718.6, 747.0, '15,458,811.')]),
    (108.7, False, [(34.1, 44.1, '总计'), (325.8, 331.8, '16'), (367.7, 370.7, '9'), (396.1, 423.0, '130,165.73'), (439.5, 460.5, '2,141.90'), (480.7, 500.2, '(118.79)'), (529.3, 532.3, '3'), (569.7, 572.7, '9'), (610.1, 613.1, '7'), (650.5, 653.5, '5'), (689.4, 695.4, '61'), (729.8, 735.8, '88')]),
]


def test_a_bold_header_padded_off_its_one_tall_row_heads_it() -> None:
    """s281 p71: the header's rows stand 13 pt apart and 13 pt over the row (2.6 lines of 5 pt,
    both cells padded): bold headings over the row's cells, or over the header's next row, are
    its header; read as text above the row, they kept the total from annex 10's table."""
    lines = [bolded(top, bold, cells, 5.0) for top, bold, cells in S281_HEADER_OVER_ONE_TALL_ROW]
    found = grids(PageLayout(page=71, width=792, height=612, lines=lines))
    assert len(found) == 1
    assert found[0][0][0] == "信托基金捐助方" and found[0][-1][0] == "总计", found
    assert "17,347,988.16" in found[0][-1], found[0][-1]


# s281 p97 (LibreOffice, WenQuanYi 7 pt, unruled, cells on their bottom and centred): a benefits
# table whose third row's last cell, centred, wraps wider than its column's figures and past the
# header's right edge.
S281_CENTRED_CELL_WIDER_THAN_ITS_COLUMN = [
    (7.000, [[(34.1, 62.1, 347.53, 354.66, 353.70, '效益说明', True)], [(233.3, 275.3, 347.53, 354.95, 353.70, '关键绩效指标', True)], [(334.9, 355.9, 347.53, 354.66, 353.70, '基准值', True)], [(426.0, 447.0, 347.53, 354.66, 353.70, '目标值', True)], [(513.7, 541.7, 347.53, 354.53, 353.70, '绩效数据', True)]]),
    (7.000, [[(219.3, 289.3, 368.33, 375.46, 374.50, '与联合国安全风险管理')]]),
    (7.000, [[(215.6, 293.0, 379.83, 386.96, 386.00, '（SRM）建议的此类事件')]]),
    (7.000, [[(214.8, 284.8, 391.33, 398.75, 397.50, '的缓解措施保持一致。'), (286.9, 293.9, 391.42, 398.42, 397.50, '符')]]),
    (7.000, [[(215.8, 292.8, 402.83, 409.96, 409.00, '合本组织对员工安全的低')]]),
    (7.000, [[(34.1, 146.1, 414.26, 421.75, 420.50, '降低了枪击案和相关事件的风险水平')], [(236.8, 271.8, 414.33, 421.75, 420.50, '风险偏好。')], [(320.6, 338.1, 414.33, 421.33, 420.50, '100%'), (340.2, 359.0, 414.33, 421.33, 420.50, '(2022'), (361.2, 370.3, 414.33, 421.33, 420.50, '年)')], [(427.8, 445.3, 414.33, 421.33, 420.50, '100%')], [(518.9, 536.4, 414.33, 421.33, 420.50, '100%')]]),
    (7.000, [[(219.3, 289.3, 435.13, 442.26, 441.30, '与联合国安全风险管理')]]),
    (7.000, [[(215.6, 293.0, 446.63, 453.76, 452.80, '（SRM）建议的此类事件')]]),
    (7.000, [[(214.8, 284.8, 458.13, 465.55, 464.30, '的缓解措施保持一致。'), (286.9, 293.9, 458.22, 465.22, 464.30, '符')]]),
    (7.000, [[(215.8, 292.8, 469.63, 476.76, 475.80, '合本组织对员工安全的低')]]),
    (7.000, [[(34.1, 174.1, 481.13, 488.55, 487.30, '减少业务影响、生命损失和事件后的恢复时间')], [(236.8, 271.8, 481.13, 488.55, 487.30, '风险偏好。')], [(322.7, 336.0, 481.13, 488.13, 487.30, '90%'), (338.1, 356.9, 481.13, 488.13, 487.30, '(2022'), (359.1, 368.2, 481.13, 488.13, 487.30, '年)')], [(427.8, 445.3, 481.13, 488.13, 487.30, '100%')], [(518.9, 536.4, 481.13, 488.13, 487.30, '100%')]]),
    (7.000, [[(215.8, 292.8, 501.93, 509.35, 508.10, '工作人员在经历就地避难')], [(495.8, 509.1, 501.93, 508.93, 508.10, '10%'), (511.2, 530.0, 501.93, 508.93, 508.10, '(2023'), (532.2, 541.3, 501.93, 508.93, 508.10, '年)'), (543.4, 559.5, 501.93, 509.06, 508.10, '[将于')]]),
    (7.000, [[(34.1, 181.1, 513.43, 520.56, 519.60, '提高全组织的意识和准备（包括所有工作人员）')], [(222.8, 285.8, 513.43, 520.85, 519.60, '演习之前接受培训。')], [(324.8, 333.9, 513.43, 520.43, 519.60, '0%'), (336.0, 354.8, 513.43, 520.43, 519.60, '(2022'), (357.0, 366.1, 513.43, 520.43, 519.60, '年)')], [(427.8, 445.3, 513.43, 520.43, 519.60, '100%')], [(506.7, 523.5, 513.43, 520.43, 519.60, '2024'), (525.6, 548.7, 513.43, 520.56, 519.60, '年完成]')]]),
    (7.000, [[(34.1, 202.1, 534.16, 541.36, 540.40, '减少产权组织风险热度地图中提到的与恐怖主义相关的')], [(215.8, 292.8, 534.23, 541.36, 540.40, '符合本组织对员工安全的')]]),
    (7.000, [[(34.1, 62.1, 545.73, 552.86, 551.90, '组织风险')], [(233.3, 275.3, 545.73, 553.15, 551.90, '低风险偏好。')], [(320.6, 338.1, 545.73, 552.73, 551.90, '100%'), (340.2, 359.0, 545.73, 552.73, 551.90, '(2022'), (361.2, 370.3, 545.73, 552.73, 551.90, '年)')], [(427.8, 445.3, 545.73, 552.73, 551.90, '100%')], [(518.9, 536.4, 545.73, 552.73, 551.90, '100%')]]),
]


def test_a_centred_cell_wrapped_past_the_tables_right_edge_is_the_tables() -> None:
    """s281 p97: "10% (2023 年) [将于" reaches 18 pt past the header's right edge, centred on the
    column's figures: a cell's line under the table's rows, not page text (the table ended
    above it, two rows lost)."""
    lines = as_printed(S281_CENTRED_CELL_WIDER_THAN_ITS_COLUMN)
    rows, wider = lines[:11], lines[11]
    assert wider.text.startswith("工作人员在经历就地避难")
    assert regions._below(wider, rows[-1], regions._frame(rows))


# s270 p1 (WeasyPrint, WenQuanYi 10.5 pt, line height 1.53, cells padded 1.2 pt): the contents,
# its annex entries wrapped 16 pt apart, its rows 18.5 pt apart.
S270_CONTENTS = [
    (504.0, False, [(75.2, 106.7, '后预算'), (399.5, 412.1, '69')]),
    (522.5, False, [(75.2, 208.8, '附件二 2022/23 年收入概算'), (399.5, 412.1, '70')]),
    (541.0, False, [(75.2, 264.4, '附件三 按部门开列的 2022/23 年核定预')]),
    (557.0, False, [(75.2, 169.7, '算和调剂使用后预算'), (399.5, 412.1, '71')]),
    (575.5, False, [(75.2, 271.8, '附件四 2022/23 年按预期成果开列的预算')]),
    (591.5, False, [(75.2, 148.7, '和资源利用情况'), (399.5, 412.1, '72')]),
    (610.0, False, [(75.2, 253.9, '附件五 按部门开列的 2022/23 年员额'), (399.5, 412.1, '73')]),
    (628.5, False, [(75.2, 271.8, '附件六 2022/23 年按联盟开列的主要财务')]),
    (644.5, False, [(75.2, 96.2, '数据'), (399.5, 412.1, '74')]),
]


def test_contents_entries_wrapped_closer_than_rows_by_two_small_paddings_are_rows() -> None:
    """s270 p1: "附件四 2022/23 年按预期成果开列的预算" reads like a caption; its line goes on
    16 pt lower into the row's page number, the rows 18.5 pt apart: a row's label, not a
    caption splitting the contents."""
    lines = [bolded(top, bold, cells, 10.5) for top, bold, cells in S270_CONTENTS]
    found = grids(PageLayout(page=1, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    assert ["附件四 2022/23 年按预期成果开列的预算和资源利用情况", "72"] in found[0]


# s290 p1 (LibreOffice, WenQuanYi 9 pt, cells on their middle): the contents, its entries wrapped
# 16.4 pt apart, its rows 18.1 pt apart (paragraph spacing of 1.7 pt).
S290_CONTENTS = [
    (456.3, False, [(39.8, 145.3, '附件一 2022/23 年按部门')]),
    (464.5, False, [(355.4, 366.2, '69')]),
    (472.7, False, [(39.8, 129.8, '开列的调剂使用后预算')]),
    (490.8, False, [(39.8, 145.3, '附件二 2022/23 年收入概')]),
    (499.0, False, [(355.4, 366.2, '70')]),
    (507.2, False, [(39.8, 48.8, '算')]),
    (525.4, False, [(39.8, 123.5, '附件三 按部门开列的')]),
    (541.8, False, [(39.8, 142.6, '2022/23 年核定预算和调'), (355.4, 366.2, '71')]),
    (558.2, False, [(39.8, 93.8, '剂使用后预算')]),
    (576.3, False, [(39.8, 145.3, '附件四 2022/23 年按预期')]),
    (592.7, False, [(39.8, 147.8, '成果开列的预算和资源利用'), (355.4, 366.2, '72')]),
    (609.1, False, [(39.8, 57.8, '情况')]),
    (627.2, False, [(39.8, 123.5, '附件五 按部门开列的')]),
    (635.4, False, [(355.4, 366.2, '73')]),
    (643.6, False, [(39.8, 96.8, '2022/23 年员额')]),
]


def test_contents_entries_wrapped_closer_than_rows_by_a_paragraph_spacing_are_rows() -> None:
    """s290 p1: "附件三 按部门开列的" and "附件四 2022/23 年按预期" read like captions; each goes on
    16.4 pt lower into its row's page number, the rows 18.1 pt apart: rows' labels (once
    captions, the contents split in two and both entries lost)."""
    lines = [bolded(top, bold, cells, 9.0) for top, bold, cells in S290_CONTENTS]
    found = grids(PageLayout(page=1, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert ["附件三按部门开列的2022/23 年核定预算和调剂使用后预算", "71"] in found[0], found
    assert ["附件四 2022/23 年按预期成果开列的预算和资源利用情况", "72"] in found[0], found


# s228 p28 (WeasyPrint, Noto Serif 10.5 pt, rows ruled, zebra, cells on their top): pillar 1's
# indicators; the baseline cell "100%（2020/21" is wider than its column and runs within 4 pt of
# the target "100%" beside it, "两年期增长" reaches back under it: the two columns run together.
S228_TARGET_BESIDE_AN_OVERFLOWING_BASELINE = [
    (10.500, [[(68.3, 111.0, 67.73, 78.23, 75.23, '绩效指标', True)], [(296.1, 317.1, 67.73, 78.23, 75.23, '基准', True)], [(364.6, 386.3, 67.73, 78.23, 75.23, '目标', True)], [(422.7, 464.7, 67.73, 78.23, 75.23, '绩效数据', True)], [(486.0, 538.5, 67.73, 78.23, 75.23, '绩效指标评', True)]]),
    (10.500, [[(507.0, 517.5, 82.96, 93.46, 90.46, '估', True)]]),
    (10.500, [[(68.3, 81.6, 104.28, 114.78, 111.78, '1.1', True), (84.3, 262.8, 104.28, 114.78, 111.78, '世界范围内的传播和接触更有效，人们', True)]]),
    (10.500, [[(68.3, 267.8, 119.51, 130.01, 127.01, '对知识产权在处处改善人人生活的潜力有更', True)]]),
    (10.500, [[(68.3, 173.3, 134.73, 145.23, 142.23, '好的认识和更多的了解', True)]]),
    (10.500, [[(68.3, 267.8, 156.06, 166.56, 163.56, '产权组织网站和驻外办事处网站的唯一身份', True)], [(278.2, 335.1, 156.06, 166.56, 163.56, '20,086,245', True)], [(348.9, 401.4, 156.06, 166.56, 163.56, '两年期增长', True)], [(415.3, 472.1, 156.06, 166.56, 163.56, '27,802,067', True)], [(507.0, 517.5, 156.06, 166.56, 163.56, '●', True)]]),
    (10.500, [[(68.3, 120.8, 171.28, 181.78, 178.78, '访问者人数', True)], [(301.4, 311.9, 171.28, 181.78, 178.78, '人', True)], [(363.8, 386.4, 171.28, 181.78, 178.78, '20%', True)], [(422.7, 464.7, 171.28, 181.78, 178.78, '人（增长', True)]]),
    (10.500, [[(427.1, 460.2, 186.51, 197.01, 194.01, '38%）', True)]]),
    (10.500, [[(68.3, 183.8, 207.83, 218.33, 215.33, '媒体提及产权组织的次数')], [(288.1, 324.9, 207.83, 218.33, 215.33, '113,898'), (327.6, 338.1, 207.83, 218.33, 215.33, '次')], [(354.1, 406.6, 207.83, 218.33, 215.33, '两年期增长')], [(424.3, 462.0, 207.83, 218.33, 215.33, '143,696'), (464.6, 475.1, 207.83, 218.33, 215.33, '次')], [(533.2, 543.7, 207.83, 218.33, 215.33, '●')]]),
    (10.500, [[(289.7, 338.1, 223.06, 233.56, 230.56, '（2020/21')], [(385.2, 406.6, 223.06, 233.56, 230.56, '20%')], [(425.8, 475.1, 223.06, 233.56, 230.56, '（2022/23')]]),
    (10.500, [[(317.1, 338.1, 238.28, 248.78, 245.78, '年）')], [(422.6, 475.1, 238.28, 248.78, 245.78, '年）（增长')]]),
    (10.500, [[(443.2, 475.1, 253.51, 264.01, 261.01, '26%）')]]),
    (10.500, [[(68.3, 215.3, 274.83, 285.33, 282.33, '产权组织主要社交媒体的覆盖面')], [(282.1, 338.1, 274.83, 285.33, 282.33, '粉丝总人数:')], [(354.1, 406.6, 274.83, 285.33, 282.33, '在两年期结')], [(419.2, 475.1, 274.83, 285.33, 282.33, '粉丝总人数:')], [(533.2, 543.7, 274.83, 285.33, 282.33, '●')]]),
    (10.500, [[(281.9, 318.6, 290.06, 300.56, 297.56, '318,401'), (321.2, 331.7, 290.06, 300.56, 297.56, '人'), (334.4, 338.1, 290.06, 300.56, 297.56, '-')], [(354.1, 406.6, 290.06, 300.56, 297.56, '束时，所有')], [(418.1, 455.6, 290.06, 300.56, 297.56, '500,127'), (458.3, 468.8, 290.06, 300.56, 297.56, '人'), (471.5, 475.1, 290.06, 300.56, 297.56, '-')]]),
    (10.500, [[(297.6, 338.1, 305.28, 315.78, 312.78, 'Twitter:')], [(354.1, 406.6, 305.28, 315.78, 312.78, '社交媒体上')], [(434.7, 475.1, 305.28, 315.78, 312.78, 'Twitter:')]]),
    (10.500, [[(281.8, 318.6, 320.51, 331.01, 328.01, '112,968'), (321.2, 331.7, 320.51, 331.01, 328.01, '人'), (334.4, 338.1, 320.51, 331.01, 328.01, '-')], [(361.9, 393.4, 320.51, 331.01, 328.01, '的粉丝'), (396.1, 406.6, 320.51, 331.01, 328.01, '≥')], [(418.9, 455.6, 320.51, 331.01, 328.01, '142,914'), (458.3, 468.8, 320.51, 331.01, 328.01, '人'), (471.5, 475.1, 320.51, 331.01, 328.01, '-')]]),
    (10.500, [[(287.9, 338.1, 335.73, 346.23, 343.23, 'LinkedIn:')], [(354.9, 393.4, 335.73, 346.23, 343.23, '500,000'), (396.1, 406.6, 335.73, 346.23, 343.23, '人')], [(425.0, 475.1, 335.73, 346.23, 343.23, 'LinkedIn:')]]),
    (10.500, [[(281.0, 318.6, 350.96, 361.46, 358.46, '123,367'), (321.2, 331.7, 350.96, 361.46, 358.46, '人'), (334.4, 338.1, 350.96, 361.46, 358.46, '-')], [(417.9, 455.6, 350.96, 361.46, 358.46, '192,286'), (458.3, 468.8, 350.96, 361.46, 358.46, '人'), (471.5, 475.1, 350.96, 361.46, 358.46, '-')]]),
    (10.500, [[(285.9, 338.1, 366.18, 376.68, 373.68, 'Facebook:')], [(422.9, 475.2, 366.18, 376.68, 373.68, 'Facebook:')]]),
    (10.500, [[(293.1, 324.9, 381.41, 391.91, 388.91, '81,769'), (327.6, 338.1, 381.41, 391.91, 388.91, '人')], [(418.0, 455.6, 381.41, 391.91, 388.91, '150,084'), (458.3, 468.8, 381.41, 391.91, 388.91, '人'), (471.5, 475.1, 381.41, 391.91, 388.91, '-')]]),
    (10.500, [[(282.1, 338.1, 396.63, 407.13, 404.13, 'Instagram:')], [(419.2, 475.2, 396.63, 407.13, 404.13, 'Instagram:')]]),
    (10.500, [[(278.4, 295.9, 411.86, 422.36, 419.36, '387'), (298.5, 309.0, 411.86, 422.36, 419.36, '人'), (311.7, 338.1, 411.86, 422.36, 419.36, '(2021')], [(423.9, 455.6, 411.86, 422.36, 419.36, '14,365'), (458.3, 468.8, 411.86, 422.36, 419.36, '人'), (471.5, 475.1, 411.86, 422.36, 419.36, '-')]]),
    (10.500, [[(313.2, 338.1, 427.08, 437.58, 434.58, '年底)')], [(416.7, 455.2, 427.08, 437.58, 434.58, 'TikTok:'), (457.9, 475.2, 427.08, 437.58, 434.58, '478')]]),
    (10.500, [[(421.5, 432.0, 442.31, 452.81, 449.81, '人'), (434.7, 462.0, 442.31, 452.81, 449.81, '(2023'), (464.6, 475.1, 442.31, 452.81, 449.81, '年')]]),
    (10.500, [[(460.8, 475.1, 457.53, 468.03, 465.03, '底)')]]),
    (10.500, [[(68.3, 267.8, 478.86, 489.36, 486.36, '成员国和其他利益攸关方对活动组织的满意')], [(280.2, 338.1, 478.86, 489.36, 486.36, '100%满意或')], [(353.7, 406.6, 478.86, 489.36, 486.36, '≥85%满意')], [(422.1, 475.1, 478.86, 489.36, 486.36, '99%满意或')], [(533.2, 543.7, 478.86, 489.36, 486.36, '●')]]),
    (10.500, [[(68.3, 89.3, 494.08, 504.58, 501.58, '程度')], [(296.1, 338.1, 494.08, 504.58, 501.58, '非常满意')], [(354.1, 406.6, 494.08, 504.58, 501.58, '或非常满意')], [(426.2, 468.2, 494.08, 504.58, 501.58, '非常满意'), (470.9, 475.1, 493.56, 504.06, 501.58, '⁹')]]),
    (10.500, [[(68.3, 267.8, 515.41, 525.91, 522.91, '内容提要译为联合国所有正式语言的产权组')], [(275.1, 349.9, 515.41, 525.91, 522.91, '100%（2020/21')], [(380.3, 406.6, 515.41, 525.91, 522.91, '100%')], [(435.1, 458.5, 515.41, 525.91, 522.91, '2022'), (461.2, 475.1, 515.41, 525.91, 522.91, '年:')], [(533.2, 543.7, 515.41, 525.91, 522.91, '●')]]),
    (10.500, [[(68.3, 173.3, 530.63, 541.13, 538.13, '织旗舰出版物的百分比')], [(287.6, 329.6, 530.63, 541.13, 538.13, '年出版了'), (332.3, 338.1, 530.63, 541.13, 538.13, '7')], [(419.4, 462.0, 530.63, 541.13, 538.13, '100%（7'), (464.6, 475.1, 530.63, 541.13, 538.13, '种')]]),
    (10.500, [[(285.6, 338.1, 545.86, 556.36, 553.36, '种旗舰出版')], [(422.6, 475.1, 545.86, 556.36, 553.36, '旗舰出版物')]]),
    (10.500, [[(298.1, 329.6, 561.08, 571.58, 568.58, '物中的'), (332.3, 338.1, 561.08, 571.58, 568.58, '7')], [(422.0, 443.0, 561.08, 571.58, 568.58, '中的'), (445.7, 451.5, 561.08, 571.58, 568.58, '7'), (454.1, 475.1, 561.08, 571.58, 568.58, '种）')]]),
    (10.500, [[(317.1, 338.1, 576.31, 586.81, 583.81, '种）')], [(435.1, 458.5, 576.31, 586.81, 583.81, '2023'), (461.2, 475.1, 576.31, 586.81, 583.81, '年:')]]),
    (10.500, [[(419.3, 462.0, 591.53, 602.03, 599.03, '100%（6'), (464.6, 475.1, 591.53, 602.03, 599.03, '种')]]),
    (10.500, [[(422.6, 475.1, 606.76, 617.26, 614.26, '旗舰出版物')]]),
    (10.500, [[(421.9, 442.9, 621.98, 632.48, 629.48, '中的'), (445.6, 451.5, 621.98, 632.48, 629.48, '6'), (454.1, 475.1, 621.98, 632.48, 629.48, '种）')]]),
    (10.500, [[(68.3, 118.9, 643.31, 653.81, 650.81, '2022/2023'), (121.6, 268.6, 643.31, 653.81, 650.81, '年出版并译为联合国所有正式语')], [(282.2, 324.9, 643.31, 653.81, 650.81, '60%（10'), (327.6, 338.1, 643.31, 653.81, 650.81, '种')], [(380.3, 406.6, 643.31, 653.81, 650.81, '100%')], [(419.2, 462.0, 643.31, 653.81, 650.81, '42%（19'), (464.6, 475.1, 643.31, 653.81, 650.81, '种')], [(533.2, 543.7, 643.31, 653.81, 650.81, '▲')]]),
    (10.500, [[(68.3, 267.8, 658.53, 669.03, 666.03, '言的实体知识产权主题产权组织全球出版物')], [(284.8, 305.8, 658.53, 669.03, 666.03, '中的'), (308.5, 314.4, 658.53, 669.03, 666.03, '6'), (317.1, 338.1, 658.53, 669.03, 666.03, '种）')], [(421.9, 442.9, 658.53, 669.03, 666.03, '中的'), (445.6, 451.5, 658.53, 669.03, 666.03, '8'), (454.1, 475.1, 658.53, 669.03, 666.03, '种）')]]),
    (10.500, [[(68.3, 110.3, 673.76, 684.26, 681.26, '的百分比')]]),
]


def test_an_unbreakable_run_overflowing_into_the_next_column_under_its_own_heading_parts_no_column() -> None:
    """s228 p28 (s054, s270): the header's "基准" and "目标" head two columns; the rows' cells
    overflowing into each other ran them together ("100%(2020/21 100%年出版了…"), table 12's
    targets lost."""
    fills = [Fill(Box(65.5, top, 546.5, bottom), dark=False) for top, bottom in ((200.1, 267.1), (471.2, 507.7), (635.6, 687.4))]
    rules = [hrule(65.5, 546.5, y) for y in (59.9, 96.6, 148.4, 200.1, 267.1, 471.2, 507.7, 635.6, 687.4)]
    found = grids(PageLayout(page=28, width=612, height=792, lines=as_printed(S228_TARGET_BESIDE_AN_OVERFLOWING_BASELINE),
                             rules=rules, fills=fills))
    row = next(r for t in found for r in t if r[0].startswith("内容提要"))
    assert row[1:3] == ["100%(2020/21年出版了 7种旗舰出版物中的 7种)", "100%"], row


# s417 p26 (WeasyPrint, Noto Sans 10.5 pt, unruled, unshaded, headers repeated, cells on their
# middle, figures flush right): table 12 overleaf under its repeated header, which repeats the
# first row too, set bold as the header is. That row's wrapped cells ("人（增长 | ●") were
# taken for the header's headings, and "100%（2020/21" ran the baselines and targets together.
S417_REPEATED_HEADER_WITH_ITS_FIRST_ROW = [
    (10.5, [[(57.8, 99.8, 55.6, 66.1, 63.0, '绩效指标', True)], [(296.1, 317.1, 55.6, 66.1, 63.0, '基准', True)], [(367.9, 388.9, 55.6, 66.1, 63.0, '目标', True)], [(429.2, 471.2, 55.6, 66.1, 63.0, '绩效数据', True)], [(490.4, 553.4, 55.6, 66.1, 63.0, '绩效指标评估', True)]]),
    (10.5, [[(57.8, 73.6, 76.1, 86.6, 83.6, '1.1', True), (76.0, 265.0, 76.1, 86.6, 83.6, '世界范围内的传播和接触更有效，人们对', True)]]),
    (10.5, [[(57.8, 257.3, 89.4, 99.9, 96.9, '知识产权在处处改善人人生活的潜力有更好', True)]]),
    (10.5, [[(57.8, 152.3, 102.8, 113.3, 110.2, '的认识和更多的了解', True)]]),
    (10.5, [[(422.0, 478.4, 123.3, 133.8, 130.8, '27,802,067', True)]]),
    (10.5, [[(57.8, 257.3, 130.0, 140.5, 137.4, '产权组织网站和驻外办事处网站的唯一身份', True)], [(278.4, 334.8, 130.0, 140.5, 137.4, '20,086,245', True)], [(352.1, 404.6, 130.0, 140.5, 137.4, '两年期增长', True)]]),
    (10.5, [[(429.2, 471.2, 136.6, 147.1, 144.1, '人（增长', True)], [(516.7, 527.2, 136.6, 147.1, 144.1, '●', True)]]),
    (10.5, [[(57.8, 110.3, 143.3, 153.8, 150.8, '访问者人数', True)], [(301.4, 311.9, 143.3, 153.8, 150.8, '人', True)], [(367.1, 389.6, 143.3, 153.8, 150.8, '20%', True)]]),
    (10.5, [[(433.7, 466.7, 150.0, 160.5, 157.4, '38%）', True)]]),
    (10.5, [[(427.8, 453.9, 170.5, 181.0, 178.0, 'WSO:'), (456.2, 482.5, 170.5, 181.0, 178.0, '9,686')]]),
    (10.5, [[(284.2, 310.3, 177.2, 187.7, 184.6, 'WSO:'), (312.7, 338.9, 177.2, 187.7, 184.6, '6,531')]]),
    (10.5, [[(440.4, 482.4, 183.8, 194.3, 191.3, '人（增长')]]),
    (10.5, [[(283.4, 293.9, 190.5, 201.0, 198.0, '人'), (296.3, 338.9, 190.5, 201.0, 198.0, '(2020/21')], [(543.7, 554.2, 190.5, 201.0, 198.0, '●')]]),
    (10.5, [[(450.6, 482.4, 197.2, 207.7, 204.6, '48%）')]]),
    (10.5, [[(324.9, 338.9, 203.8, 214.3, 211.3, '年)')]]),
    (10.5, [[(423.4, 466.0, 210.5, 221.0, 218.0, '(2022/23'), (468.4, 482.4, 210.5, 221.0, 218.0, '年)')]]),
    (10.5, [[(423.0, 469.6, 231.0, 241.5, 238.5, '5,118,589'), (471.9, 482.4, 231.0, 241.5, 238.5, '人')]]),
    (10.5, [[(358.2, 410.7, 238.2, 248.7, 245.7, '两年期增长')]]),
    (10.5, [[(57.8, 257.3, 244.8, 255.3, 252.3, '下载产权组织出版物的唯一身份访问者人数')], [(279.4, 326.1, 244.8, 255.3, 252.3, '4,860,251'), (328.4, 338.9, 244.8, 255.3, 252.3, '人')], [(422.6, 454.1, 244.4, 254.9, 251.9, '（增长'), (456.4, 482.4, 244.4, 254.9, 251.9, '5%）')], [(543.7, 554.2, 244.8, 255.3, 252.3, '▲')]]),
    (10.5, [[(389.4, 410.7, 251.5, 262.0, 259.0, '20%')], [(478.2, 482.4, 257.2, 267.7, 265.2, '⁸')]]),
    (10.5, [[(431.7, 469.6, 279.2, 289.7, 286.7, '143,696'), (471.9, 482.4, 279.2, 289.7, 286.7, '次')]]),
    (10.5, [[(288.2, 326.1, 285.9, 296.4, 293.3, '113,898'), (328.4, 338.9, 285.9, 296.4, 293.3, '次')]]),
    (10.5, [[(358.2, 410.7, 292.5, 303.0, 300.0, '两年期增长')], [(432.9, 482.4, 292.5, 303.0, 300.0, '（2022/23')]]),
    (10.5, [[(57.8, 173.3, 299.2, 309.7, 306.7, '媒体提及产权组织的次数')], [(289.3, 338.9, 299.2, 309.7, 306.7, '（2020/21')], [(543.7, 554.2, 299.2, 309.7, 306.7, '●')]]),
    (10.5, [[(389.4, 410.7, 305.9, 316.4, 313.3, '20%')], [(429.9, 482.4, 305.9, 316.4, 313.3, '年）（增长')]]),
    (10.5, [[(317.9, 338.9, 312.5, 323.0, 320.0, '年）')]]),
    (10.5, [[(450.6, 482.4, 319.2, 329.7, 326.7, '26%）')]]),
    (10.5, [[(427.0, 482.4, 339.7, 350.2, 347.2, '粉丝总人数:')]]),
    (10.5, [[(283.5, 338.9, 353.1, 363.6, 360.5, '粉丝总人数:')], [(425.7, 463.6, 353.1, 363.6, 360.5, '500,127'), (466.0, 476.5, 353.1, 363.6, 360.5, '人'), (478.8, 482.4, 353.1, 363.6, 360.5, '-')]]),
    (10.5, [[(282.2, 320.1, 366.4, 376.9, 373.9, '318,401'), (322.4, 332.9, 366.4, 376.9, 373.9, '人'), (335.3, 338.9, 366.4, 376.9, 373.9, '-')], [(444.6, 482.5, 366.4, 376.9, 373.9, 'Twitter:')]]),
    (10.5, [[(301.1, 338.9, 379.7, 390.2, 387.2, 'Twitter:')], [(425.7, 463.6, 379.7, 390.2, 387.2, '142,914'), (466.0, 476.5, 379.7, 390.2, 387.2, '人'), (478.8, 482.4, 379.7, 390.2, 387.2, '-')]]),
    (10.5, [[(282.2, 320.1, 393.1, 403.6, 400.5, '112,968'), (322.4, 332.9, 393.1, 403.6, 400.5, '人'), (335.3, 338.9, 393.1, 403.6, 400.5, '-')], [(437.1, 482.4, 393.1, 403.6, 400.5, 'LinkedIn:')]]),
    (10.5, [[(347.7, 410.7, 399.7, 410.2, 407.2, '在两年期结束')]]),
    (10.5, [[(293.6, 338.9, 406.4, 416.9, 413.9, 'LinkedIn:')], [(425.7, 463.6, 406.4, 416.9, 413.9, '192,286'), (466.0, 476.5, 406.4, 416.9, 413.9, '人'), (478.8, 482.4, 406.4, 416.9, 413.9, '-')]]),
    (10.5, [[(347.7, 410.7, 413.1, 423.6, 420.5, '时，所有社交')]]),
    (10.5, [[(57.8, 204.8, 419.7, 430.2, 427.2, '产权组织主要社交媒体的覆盖面')], [(282.2, 320.1, 419.7, 430.2, 427.2, '123,367'), (322.4, 332.9, 419.7, 430.2, 427.2, '人'), (335.3, 338.9, 419.7, 430.2, 427.2, '-')], [(432.1, 482.4, 419.7, 430.2, 427.2, 'Facebook:')], [(543.7, 554.2, 419.7, 430.2, 427.2, '●')]]),
    (10.5, [[(347.7, 410.7, 426.4, 436.9, 433.9, '媒体上的粉丝')]]),
    (10.5, [[(288.6, 338.9, 433.1, 443.6, 440.6, 'Facebook:')], [(425.7, 463.6, 433.1, 443.6, 440.6, '150,084'), (466.0, 476.5, 433.1, 443.6, 440.6, '人'), (478.8, 482.4, 433.1, 443.6, 440.6, '-')]]),
    (10.5, [[(347.1, 357.6, 439.7, 450.2, 447.2, '≥'), (359.9, 397.8, 439.7, 450.2, 447.2, '500,000'), (400.2, 410.7, 439.7, 450.2, 447.2, '人')]]),
    (10.5, [[(294.0, 326.1, 446.4, 456.9, 453.9, '81,769'), (328.4, 338.9, 446.4, 456.9, 453.9, '人')], [(430.4, 482.5, 446.4, 456.9, 453.9, 'Instagram:')]]),
    (10.5, [[(286.9, 338.9, 459.7, 470.2, 467.2, 'Instagram:')], [(431.5, 463.6, 459.7, 470.2, 467.2, '14,365'), (466.0, 476.5, 459.7, 470.2, 467.2, '人'), (478.8, 482.4, 459.7, 470.2, 467.2, '-')]]),
    (10.5, [[(279.4, 296.9, 473.1, 483.6, 480.6, '387'), (299.2, 309.7, 473.1, 483.6, 480.6, '人'), (312.1, 338.9, 473.1, 483.6, 480.6, '(2021')], [(427.3, 462.6, 473.1, 483.6, 480.6, 'TikTok:'), (465.0, 482.4, 473.1, 483.6, 480.6, '478')]]),
    (10.5, [[(314.4, 338.9, 486.4, 496.9, 493.9, '年底)')], [(429.9, 440.4, 486.4, 496.9, 493.9, '人'), (442.7, 469.6, 486.4, 496.9, 493.9, '(2023'), (471.9, 482.4, 486.4, 496.9, 493.9, '年')]]),
    (10.5, [[(468.4, 482.4, 499.8, 510.3, 507.2, '底)')]]),
    (10.5, [[(57.8, 257.3, 520.3, 530.8, 527.8, '成员国和其他利益攸关方对活动组织的满意')], [(280.3, 338.9, 520.3, 530.8, 527.8, '100%满意或')], [(347.4, 410.7, 520.3, 530.8, 527.8, '≥85%满意或')], [(419.1, 482.4, 520.3, 530.8, 527.8, '99%满意或非')]]),
    (10.5, [[(543.7, 554.2, 527.0, 537.5, 534.4, '●')]]),
    (10.5, [[(57.8, 78.8, 533.6, 544.1, 541.1, '程度')], [(296.9, 338.9, 533.6, 544.1, 541.1, '非常满意')], [(368.7, 410.7, 533.6, 544.1, 541.1, '非常满意')], [(444.4, 475.9, 533.6, 544.1, 541.1, '常满意'), (478.2, 482.4, 533.1, 543.6, 541.1, '⁹')]]),
    (10.5, [[(443.4, 466.7, 554.2, 564.7, 561.6, '2022'), (469.0, 482.4, 554.2, 564.7, 561.6, '年:')]]),
    (10.5, [[(426.1, 469.6, 567.5, 578.0, 575.0, '100%（7'), (471.9, 482.4, 567.5, 578.0, 575.0, '种')]]),
    (10.5, [[(274.3, 351.1, 580.8, 591.3, 588.3, '100%（2020/21')], [(419.4, 482.4, 580.8, 591.3, 588.3, '旗舰出版物中')]]),
    (10.5, [[(57.8, 257.3, 594.2, 604.7, 601.6, '内容提要译为联合国所有正式语言的产权组')], [(275.9, 317.9, 594.2, 604.7, 601.6, '年出版了'), (320.2, 326.1, 594.2, 604.7, 601.6, '7'), (328.4, 338.9, 594.2, 604.7, 601.6, '种')], [(440.4, 450.9, 594.2, 604.7, 601.6, '的'), (453.3, 459.1, 594.2, 604.7, 601.6, '7'), (461.4, 482.4, 594.2, 604.7, 601.6, '种）')]]),
    (10.5, [[(383.5, 410.7, 600.8, 611.3, 608.3, '100%')], [(543.7, 554.2, 600.8, 611.3, 608.3, '●')]]),
    (10.5, [[(57.8, 162.8, 607.5, 618.0, 615.0, '织旗舰出版物的百分比')], [(275.9, 338.9, 607.5, 618.0, 615.0, '旗舰出版物中')], [(443.4, 466.7, 607.5, 618.0, 615.0, '2023'), (469.0, 482.4, 607.5, 618.0, 615.0, '年:')]]),
    (10.5, [[(296.9, 307.4, 620.8, 631.3, 628.3, '的'), (309.7, 315.6, 620.8, 631.3, 628.3, '7'), (317.9, 338.9, 620.8, 631.3, 628.3, '种）')], [(426.1, 469.6, 620.8, 631.3, 628.3, '100%（6'), (471.9, 482.4, 620.8, 631.3, 628.3, '种')]]),
    (10.5, [[(419.4, 482.4, 634.2, 644.7, 641.6, '旗舰出版物中')]]),
    (10.5, [[(440.4, 450.9, 647.5, 658.0, 655.0, '的'), (453.3, 459.1, 647.5, 658.0, 655.0, '6'), (461.4, 482.4, 647.5, 658.0, 655.0, '种）')]]),
    (10.5, [[(57.8, 108.5, 668.0, 678.5, 675.5, '2022/2023'), (110.9, 257.9, 668.0, 678.5, 675.5, '年出版并译为联合国所有正式语')]]),
    (10.5, [[(282.6, 326.1, 674.7, 685.2, 682.2, '60%（10'), (328.4, 338.9, 674.7, 685.2, 682.2, '种')], [(426.1, 469.6, 674.7, 685.2, 682.2, '42%（19'), (471.9, 482.4, 674.7, 685.2, 682.2, '种')]]),
    (10.5, [[(57.8, 257.3, 681.4, 691.9, 688.8, '言的实体知识产权主题产权组织全球出版物')], [(383.5, 410.7, 681.4, 691.9, 688.8, '100%')], [(543.7, 554.2, 681.4, 691.9, 688.8, '▲')]]),
    (10.5, [[(286.4, 307.4, 688.0, 698.5, 695.5, '中的'), (309.7, 315.6, 688.0, 698.5, 695.5, '6'), (317.9, 338.9, 688.0, 698.5, 695.5, '种）')], [(429.9, 450.9, 688.0, 698.5, 695.5, '中的'), (453.3, 459.1, 688.0, 698.5, 695.5, '8'), (461.4, 482.4, 688.0, 698.5, 695.5, '种）')]]),
    (10.5, [[(57.8, 99.8, 694.7, 705.2, 702.2, '的百分比')]]),
]


def test_a_bold_first_row_repeated_with_the_header_does_not_stand_for_its_headings() -> None:
    """s417 p26: the headings that part the columns are the header's line of most headings
    ("绩效指标 | 基准 | 目标 | 绩效数据 | 绩效指标评估"), not the last line of the repeated
    header; table 12's baselines and targets were run together and two rows lost."""
    found = grids(PageLayout(page=26, width=612, height=792, lines=as_printed(S417_REPEATED_HEADER_WITH_ITS_FIRST_ROW)))
    row = next(r for t in found for r in t if r[0].startswith("内容提要"))
    assert row[1:3] == ["100%(2020/21年出版了 7 种旗舰出版物中的 7 种)", "100%"], row
    row = next(r for t in found for r in t if r[0].startswith("2022/2023"))
    assert row[2] == "100%", row


# s409 p143 (Chromium, Droid Sans Fallback 10.5 pt, booktabs, zebra, cells on their bottom; the
# renderer's bold unseen, Droid having no bold face): table 133 under its top rule, the header
# a line of five headings over two rows; the rule under the rows the renderer set in the header,
# and the table's foot rule.
S409_BOOKTABS_HEADER_OVER_ROWS = [
    (8.8, [[(48.6, 83.8, 261.6, 270.4, 270.3, '效益说明')], [(220.9, 273.8, 261.6, 270.4, 270.3, '关键绩效指标')], [(325.6, 352.1, 261.6, 270.4, 270.3, '基准值')], [(417.1, 443.6, 261.6, 270.4, 270.3, '目标值')], [(504.2, 539.5, 261.6, 270.4, 270.3, '绩效数据')]]),
    (8.8, [[(207.7, 287.1, 279.3, 288.1, 287.9, '对全新集中化企业数')]]),
    (8.8, [[(48.6, 189.7, 289.3, 298.2, 298.0, '向内部客户更好地提供数据和分析支')], [(207.7, 287.1, 289.3, 298.2, 298.0, '据来源所生成报告的')], [(390.0, 470.7, 289.3, 299.1, 298.0, '80%的内部用户使用')]]),
    (8.8, [[(48.6, 57.4, 299.4, 308.2, 308.1, '持')], [(225.4, 251.9, 299.4, 308.2, 308.1, '采用率'), (254.2, 269.3, 300.3, 309.2, 308.1, '(%)')], [(325.6, 352.1, 299.4, 308.2, 308.1, '不适用')], [(421.5, 439.2, 299.4, 308.2, 308.1, '报告')], [(520.2, 523.5, 300.3, 309.2, 308.1, '-')]]),
    (8.8, [[(207.7, 287.1, 317.0, 325.9, 325.7, '可通过自助服务平台')]]),
    (8.8, [[(220.9, 273.8, 327.1, 335.9, 335.8, '获取的数据集')], [(330.7, 335.9, 328.0, 336.9, 335.8, '0'), (338.2, 347.0, 327.1, 335.9, 335.8, '个')], [(415.5, 420.7, 328.0, 336.9, 335.8, '3'), (423.0, 431.9, 327.1, 335.9, 335.8, '个'), (434.2, 445.2, 328.0, 337.5, 335.8, '¹¹⁰')], [(520.2, 523.5, 328.0, 336.9, 335.8, '-')]]),
    (8.8, [[(213.5, 266.4, 347.6, 356.4, 354.1, '依据明确标准'), (268.7, 271.7, 346.3, 355.1, 354.1, '('), (271.7, 289.3, 347.6, 356.4, 354.1, '如分')]]),
    (8.8, [[(48.6, 189.7, 357.7, 366.5, 364.1, '通过加强数据管理和读写能力，实现')], [(215.8, 286.4, 357.7, 366.5, 364.1, '类法、定义、使用'), (286.4, 289.3, 356.4, 365.2, 364.1, ')')]]),
    (8.8, [[(48.6, 136.8, 367.8, 376.6, 374.2, '分析和数据驱动的决策')], [(210.0, 289.3, 367.8, 376.6, 374.2, '定义的数据集百分比')], [(375.9, 380.8, 366.5, 375.3, 374.2, '0')], [(454.4, 472.3, 366.5, 375.3, 374.2, '50%')], [(560.8, 563.8, 366.5, 375.3, 374.2, '-')]]),
    (8.8, [[(210.0, 289.3, 385.4, 394.2, 391.9, '已实施和监测的数据')]]),
    (8.8, [[(48.6, 189.7, 396.1, 404.9, 402.6, '通过加强数据治理和数据管理做法，')], [(213.5, 257.6, 396.1, 404.9, 402.6, '标准百分比'), (259.9, 262.9, 394.8, 403.6, 402.6, '('), (262.9, 289.3, 396.1, 404.9, 402.6, '如分类')]]),
    (8.8, [[(48.6, 145.6, 406.2, 415.0, 412.7, '降低数据管理不当的风险')], [(224.6, 286.4, 406.2, 415.0, 412.7, '法、定义、使用'), (286.4, 289.3, 404.9, 413.7, 412.7, ')')], [(375.9, 380.8, 404.9, 413.7, 412.7, '0')], [(454.4, 472.3, 404.9, 413.7, 412.7, '50%')], [(560.8, 563.8, 404.9, 413.7, 412.7, '-')]]),
    (8.8, [[(210.0, 289.3, 423.8, 432.6, 430.3, '使用标准化数据架构')]]),
    (8.8, [[(210.0, 289.3, 433.9, 442.7, 440.4, '和管理的业务领域增')]]),
    (8.8, [[(271.7, 289.3, 444.0, 452.8, 450.4, '长率')], [(375.9, 380.8, 442.7, 451.5, 450.4, '1')], [(449.5, 472.3, 442.7, 451.5, 450.4, '200%')], [(560.8, 563.8, 442.7, 451.5, 450.4, '-')]]),
]


def test_a_header_line_under_a_booktabs_top_rule_is_no_first_row() -> None:
    """s409 p143: three rules (top, under the header, foot) are no table ruled row by row: the
    line under the top rule is the header, not the first row's top line (the headings were
    read into the first row's cells, "效益说明向内部客户…")."""
    rules = [hrule(44.8, 567.6, y) for y in (257.7, 341.8, 456.7)]
    fills = [Fill(Box(44.8, 379.9, 567.6, 418.3), dark=False)]
    found = grids(PageLayout(page=143, width=612, height=792, lines=as_printed(S409_BOOKTABS_HEADER_OVER_ROWS),
                             rules=rules, fills=fills))
    table = next(t for t in found if any("效益说明" in c for r in t for c in r))
    assert table[0] == ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"], table[0]
    assert table[1][0] == "向内部客户更好地提供数据和分析支持", table[1]


# s410 p162 (LibreOffice, WQY Zen Hei 7.5 pt, unruled, headings centred, figures flush right,
# cells on their top): a table of resources at the page's foot, one row before the break, its
# label wrapped ("软件转型：实现 PCT 申请处理的安全、" / "简化、现代化").
S410_LABEL_WRAPPED_UNDER_A_CENTRED_HEADING = [
    (9.0, [[(68.2, 122.2, 605.3, 614.3, 613.2, '资源利用情况', True)]]),
    (9.0, [[(68.2, 86.2, 626.7, 635.7, 634.6, '截至', True), (88.9, 110.5, 626.7, 635.7, 634.6, '2023', True), (113.2, 122.2, 626.7, 635.7, 634.6, '年', True), (124.9, 135.7, 626.7, 635.7, 634.6, '12', True), (138.4, 147.4, 626.8, 635.8, 634.6, '月', True), (150.1, 160.9, 626.7, 635.7, 634.6, '31', True), (163.6, 235.6, 626.7, 635.8, 634.6, '日的资源利用情况', True), (238.3, 288.7, 626.7, 635.8, 634.6, '(单位：瑞郎)', True)]]),
    (7.5, [[(68.2, 98.2, 649.6, 657.2, 656.2, '交付成果', True)], [(226.3, 241.3, 649.6, 657.1, 656.2, '项目', True), (243.5, 258.5, 649.6, 657.1, 656.2, '预算', True)], [(296.9, 326.9, 649.6, 657.1, 656.2, '经调整的', True), (329.1, 359.1, 649.6, 657.1, 656.2, '项目预算', True)], [(406.2, 421.2, 649.6, 657.1, 656.2, '支出', True)], [(475.8, 490.8, 649.6, 657.1, 656.2, '预算', True), (493.0, 523.0, 649.6, 657.1, 656.2, '利用情况', True)]]),
    (7.5, [[(68.2, 120.7, 667.2, 674.8, 673.8, '软件转型：实现'), (122.9, 135.4, 667.2, 674.7, 673.8, 'PCT'), (137.8, 197.8, 667.2, 674.8, 673.8, '申请处理的安全、')], [(247.5, 283.4, 667.2, 674.7, 673.8, '2,211,000')], [(339.9, 369.1, 667.2, 674.7, 673.8, '394,672')], [(440.5, 454.7, 667.2, 674.7, 673.8, '18%')], [(526.2, 540.4, 667.2, 674.7, 673.8, '22%')]]),
    (7.5, [[(68.2, 113.2, 681.9, 689.8, 688.5, '简化、现代化')]]),
]


def test_a_label_wrapped_short_of_a_centred_headings_column_is_one_row() -> None:
    """s410 p162: the label's first line ends 21 pt short of the heading "项目 预算", but the
    heading stands centred over figures flush right, so its column begins 4 pt after the
    label's line: no room for "简", the label wrapped (read as a row of its own, 4 cells of
    table 137 lost)."""
    found = grids(PageLayout(page=162, width=612, height=792, lines=as_printed(S410_LABEL_WRAPPED_UNDER_A_CENTRED_HEADING)))
    table = next(t for t in found if any(c == "交付成果" for r in t for c in r))
    assert table[1][0] == "软件转型:实现 PCT 申请处理的安全、简化、现代化", table
    assert len(table) == 2, table


# s142 p50 (Chromium, AR PL UMing 9.5 pt, rows ruled, cells on their top, headers repeated):
# pillar 4's indicators going on from p49, the page's first row read as a header; its
# baselines and targets ("42 个可持续的国家 49 个可持续的国家") run together on its first line and
# stand apart on the lines under it ("网络 (2021 年底累计) | 网络 (2023 年底累计)").
S142_TWO_COLUMNS_PARTED_BY_A_LOWER_HEADER_LINE = [
    (9.1, [[(72.2, 126.9, 69.0, 78.2, 76.8, '可持续的国家'), (131.2, 148.4, 69.0, 78.2, 76.8, 'TISC'), (152.2, 197.9, 69.0, 78.2, 76.8, '网络的数量')], [(204.5, 213.3, 69.0, 78.2, 76.8, '42'), (217.2, 281.0, 69.0, 78.2, 76.8, '个可持续的国家'), (285.0, 293.8, 69.0, 78.2, 76.8, '49'), (297.6, 361.5, 69.0, 78.2, 76.8, '个可持续的国家'), (365.5, 374.3, 69.0, 78.2, 76.8, '49'), (378.1, 442.0, 69.0, 78.2, 76.8, '个可持续的国家')], [(479.7, 488.8, 69.0, 78.2, 76.8, '●')]]),
    (9.1, [[(205.2, 223.5, 82.7, 91.9, 90.5, '网络'), (227.7, 249.1, 82.7, 91.9, 90.5, '(2021'), (253.0, 280.4, 82.7, 91.9, 90.5, '年底累'), (285.7, 304.0, 82.7, 91.9, 90.5, '网络'), (308.2, 329.6, 82.7, 91.9, 90.5, '(2023'), (333.5, 360.9, 82.7, 91.9, 90.5, '年底累'), (366.2, 384.5, 82.7, 91.9, 90.5, '网络'), (388.7, 410.1, 82.7, 91.9, 90.5, '(2023'), (414.0, 441.3, 82.7, 91.9, 90.5, '年底累')]]),
    (9.1, [[(236.1, 249.8, 96.4, 105.6, 104.2, '计)')], [(316.6, 330.3, 96.4, 105.6, 104.2, '计)')], [(397.1, 410.8, 96.4, 105.6, 104.2, '计)')]]),
    (9.1, [[(204.9, 232.2, 113.0, 122.1, 120.8, '成熟度'), (236.5, 241.0, 113.0, 122.1, 120.8, '1'), (244.9, 258.6, 113.0, 122.1, 120.8, '级:'), (262.4, 280.7, 113.0, 122.1, 120.8, '共计'), (285.4, 312.7, 113.0, 122.1, 120.8, '成熟度'), (317.0, 321.5, 113.0, 122.1, 120.8, '1'), (325.4, 339.1, 113.0, 122.1, 120.8, '级:'), (342.9, 361.2, 113.0, 122.1, 120.8, '共计'), (365.9, 393.2, 113.0, 122.1, 120.8, '成熟度'), (397.5, 402.0, 113.0, 122.1, 120.8, '1'), (405.9, 419.6, 113.0, 122.1, 120.8, '级:'), (423.4, 441.7, 113.0, 122.1, 120.8, '共计')]]),
    (9.1, [[(234.0, 238.6, 126.7, 135.8, 134.5, '4'), (242.4, 251.6, 126.7, 135.8, 134.5, '个')], [(314.5, 319.1, 126.7, 135.8, 134.5, '5'), (322.9, 332.1, 126.7, 135.8, 134.5, '个')], [(395.0, 399.6, 126.7, 135.8, 134.5, '5'), (403.4, 412.6, 126.7, 135.8, 134.5, '个')]]),
    (9.1, [[(204.9, 232.2, 143.3, 152.4, 151.1, '成熟度'), (236.5, 241.0, 143.3, 152.4, 151.1, '2'), (244.9, 258.6, 143.3, 152.4, 151.1, '级:'), (262.4, 280.7, 143.3, 152.4, 151.1, '共计'), (285.4, 312.7, 143.3, 152.4, 151.1, '成熟度'), (317.0, 321.5, 143.3, 152.4, 151.1, '2'), (325.4, 339.1, 143.3, 152.4, 151.1, '级:'), (342.9, 361.2, 143.3, 152.4, 151.1, '共计'), (365.9, 393.2, 143.3, 152.4, 151.1, '成熟度'), (397.5, 402.0, 143.3, 152.4, 151.1, '2'), (405.9, 419.6, 143.3, 152.4, 151.1, '级:'), (423.4, 441.7, 143.3, 152.4, 151.1, '共计')]]),
    (9.1, [[(231.9, 240.7, 157.0, 166.1, 164.8, '29'), (244.5, 253.7, 157.0, 166.1, 164.8, '个')], [(312.4, 321.2, 157.0, 166.1, 164.8, '32'), (325.0, 334.2, 157.0, 166.1, 164.8, '个')], [(392.9, 401.7, 157.0, 166.1, 164.8, '32'), (405.5, 414.7, 157.0, 166.1, 164.8, '个')]]),
    (9.1, [[(204.9, 232.2, 174.3, 183.4, 182.1, '成熟度'), (236.5, 241.0, 174.3, 183.4, 182.1, '3'), (244.9, 258.6, 174.3, 183.4, 182.1, '级,'), (262.4, 280.7, 174.3, 183.4, 182.1, '包括'), (285.4, 312.7, 174.3, 183.4, 182.1, '成熟度'), (317.0, 321.5, 174.3, 183.4, 182.1, '3'), (325.4, 339.1, 174.3, 183.4, 182.1, '级,'), (342.9, 361.2, 174.3, 183.4, 182.1, '包括'), (365.9, 393.2, 174.3, 183.4, 182.1, '成熟度'), (397.5, 402.0, 174.3, 183.4, 182.1, '3'), (405.9, 419.6, 174.3, 183.4, 182.1, '级,'), (423.4, 441.7, 174.3, 183.4, 182.1, '包括')]]),
    (9.1, [[(206.6, 266.0, 188.0, 197.1, 195.8, '提供增值服务:'), (269.8, 278.9, 188.0, 197.1, 195.8, '共')], [(287.1, 346.4, 188.0, 197.1, 195.8, '提供增值服务:'), (350.3, 359.4, 188.0, 197.1, 195.8, '共')], [(367.6, 426.9, 188.0, 197.1, 195.8, '提供增值服务:'), (430.8, 439.9, 188.0, 197.1, 195.8, '共')]]),
    (9.1, [[(227.3, 236.5, 201.7, 210.8, 209.5, '计'), (240.7, 245.2, 201.7, 210.8, 209.5, '9'), (249.1, 258.2, 201.7, 210.8, 209.5, '个')], [(305.7, 314.9, 201.7, 210.8, 209.5, '计'), (319.1, 327.8, 201.7, 210.8, 209.5, '12'), (331.7, 340.8, 201.7, 210.8, 209.5, '个')], [(386.2, 395.4, 201.7, 210.8, 209.5, '计'), (399.6, 408.3, 201.7, 210.8, 209.5, '12'), (412.2, 421.3, 201.7, 210.8, 209.5, '个')]]),
    (9.1, [[(72.2, 200.0, 218.3, 227.4, 226.0, '技术转让实体和其他机构对产权')], [(229.1, 256.5, 218.3, 227.4, 226.0, '不适用')], [(287.5, 309.6, 218.3, 227.4, 226.0, '≥90%'), (313.4, 359.1, 218.3, 227.4, 226.0, '满意或非常')], [(397.5, 410.4, 218.3, 227.4, 226.0, '98%')], [(479.7, 488.8, 218.3, 227.4, 226.0, '●')]]),
    (9.1, [[(72.2, 172.6, 232.0, 241.1, 239.7, '组织所提供服务的满意度')], [(314.2, 332.4, 232.0, 241.1, 239.7, '满意')]]),
    (9.1, [[(72.2, 131.5, 248.6, 257.7, 256.3, '最不发达国家:'), (135.4, 199.3, 248.6, 257.7, 256.3, '针对发展需求而')], [(208.0, 212.6, 248.6, 257.7, 256.3, '0'), (216.5, 225.6, 248.6, 257.7, 256.3, '项'), (229.8, 251.2, 248.6, 257.7, 256.3, '(2021'), (255.1, 277.9, 248.6, 257.7, 256.3, '年底)')], [(285.0, 303.3, 248.6, 257.7, 256.3, '确定'), (307.5, 312.0, 248.6, 257.7, 256.3, '4'), (315.9, 361.5, 248.6, 257.7, 256.3, '项适用技术'), (365.5, 383.8, 248.6, 257.7, 256.3, '确定'), (388.0, 392.5, 248.6, 257.7, 256.3, '2'), (396.4, 442.0, 248.6, 257.7, 256.3, '项适用技术')], [(479.7, 488.8, 248.6, 257.7, 256.3, '▲')]]),
    (9.1, [[(72.2, 190.8, 262.3, 271.4, 270.0, '确定并部署的适用技术的数量')], [(289.9, 330.7, 262.3, 271.4, 270.0, '(其中部署'), (334.9, 339.4, 262.3, 271.4, 270.0, '1'), (343.3, 357.0, 262.3, 271.4, 270.0, '项)')], [(379.6, 402.0, 262.3, 271.4, 270.0, '(部署'), (406.2, 410.8, 262.3, 271.4, 270.0, '0'), (414.7, 428.4, 262.3, 271.4, 270.0, '项)')]]),
    (9.1, [[(299.4, 320.8, 276.0, 285.1, 283.7, '(2023'), (324.7, 347.5, 276.0, 285.1, 283.7, '年底)')]]),
    (9.1, [[(72.2, 200.0, 292.6, 301.7, 300.3, '与遗传资源、传统知识和传统文')], [(236.5, 249.5, 292.6, 301.7, 300.3, '65%')], [(287.5, 309.6, 292.6, 301.7, 300.3, '≥85%'), (313.4, 359.1, 292.6, 301.7, 300.3, '满意或非常')], [(397.5, 410.4, 292.6, 301.7, 300.3, '97%')], [(479.7, 488.8, 292.6, 301.7, 300.3, '●')]]),
    (9.1, [[(72.2, 200.0, 306.3, 315.4, 314.0, '化表现形式相关的培训和能力建')], [(314.2, 332.4, 306.3, 315.4, 314.0, '满意')]]),
    (9.1, [[(72.2, 172.6, 320.0, 329.1, 327.7, '设活动的参与者的满意度')]]),
    (9.1, [[(72.2, 200.0, 336.5, 345.7, 344.3, '使用产权组织资料和工具的中小')], [(229.1, 256.5, 336.5, 345.7, 344.3, '不适用')], [(312.4, 321.2, 336.5, 345.7, 344.3, '10'), (325.0, 334.2, 336.5, 345.7, 344.3, '家')], [(392.9, 401.7, 336.5, 345.7, 344.3, '21'), (405.5, 414.7, 336.5, 345.7, 344.3, '家')], [(479.7, 488.8, 336.5, 345.7, 344.3, '●')]]),
    (9.1, [[(72.2, 154.3, 350.2, 359.4, 358.0, '企业支助机构的数量')]]),
    (9.1, [[(72.2, 200.0, 367.5, 376.7, 375.3, '使用产权组织资料和工具的支助')], [(229.1, 256.5, 367.5, 376.7, 375.3, '不适用')], [(287.8, 309.2, 367.5, 376.7, 375.3, '2,000'), (313.1, 358.7, 367.5, 376.7, 375.3, '家中小企业')], [(368.3, 389.7, 367.5, 376.7, 375.3, '3,670'), (393.6, 439.2, 367.5, 376.7, 375.3, '家中小企业')], [(479.7, 488.8, 367.5, 376.7, 375.3, '●')]]),
    (9.1, [[(72.2, 181.7, 381.2, 390.4, 389.0, '机构所协助的中小企业数量')], [(400.3, 407.6, 381.2, 390.4, 389.0, '⁴³')]]),
    (9.1, [[(72.2, 200.0, 397.8, 407.0, 405.6, '发明人及中小企业专门网络服务')], [(221.4, 251.2, 397.8, 407.0, 405.6, '366,023'), (255.1, 264.2, 397.8, 407.0, 405.6, '人')], [(292.0, 337.7, 397.8, 407.0, 405.6, '两年期增长'), (341.9, 354.9, 397.8, 407.0, 405.6, '20%')], [(369.0, 398.9, 397.8, 407.0, 405.6, '624,159'), (402.7, 411.9, 397.8, 407.0, 405.6, '人'), (416.1, 438.5, 397.8, 407.0, 405.6, '(增长')], [(479.7, 488.8, 397.8, 407.0, 405.6, '●')]]),
    (9.1, [[(72.2, 168.0, 411.5, 420.7, 419.3, '的唯一身份访问者数量,'), (171.9, 199.3, 411.5, 420.7, 419.3, '包括下')], [(395.3, 412.6, 411.5, 420.7, 419.3, '71%)')]]),
    (9.1, [[(72.2, 117.8, 425.2, 434.4, 433.0, '载者的数量')]]),
    (9.1, [[(72.2, 89.4, 441.8, 450.9, 449.6, '4.5.'), (93.2, 193.6, 441.8, 450.9, 449.6, '为知识产权局完善知识产')]]),
    (9.1, [[(72.2, 117.8, 455.5, 464.6, 463.3, '权基础设施')]]),
    (9.1, [[(72.2, 90.4, 472.1, 481.2, 479.8, '通过'), (94.6, 111.8, 472.1, 481.2, 479.8, 'IPAS'), (115.7, 197.9, 472.1, 481.2, 479.8, '套件应用程序协助的')], [(229.8, 242.8, 472.1, 481.2, 479.8, '3.5'), (246.6, 255.8, 472.1, 481.2, 479.8, '级')], [(305.7, 327.8, 472.1, 481.2, 479.8, '≥3.5'), (331.7, 340.8, 472.1, 481.2, 479.8, '级')], [(390.8, 403.8, 472.1, 481.2, 479.8, '3.6'), (407.6, 416.8, 472.1, 481.2, 479.8, '级')], [(479.7, 488.8, 472.1, 481.2, 479.8, '●')]]),
    (9.1, [[(72.2, 181.7, 485.8, 494.9, 493.5, '知识产权局的平均服务级别'), (185.9, 199.3, 485.8, 494.9, 493.5, '(从')]]),
    (9.1, [[(72.2, 76.7, 499.5, 508.6, 507.2, '1'), (80.6, 98.9, 499.5, 508.6, 507.2, '级到'), (103.1, 107.6, 499.5, 508.6, 507.2, '5'), (111.5, 125.2, 499.5, 508.6, 507.2, '级)')]]),
    (9.1, [[(72.2, 90.4, 516.1, 525.2, 523.8, '通过'), (94.6, 111.8, 516.1, 525.2, 523.8, 'WIPO'), (115.7, 132.9, 516.1, 525.2, 523.8, 'CASE'), (136.8, 145.9, 516.1, 525.2, 523.8, '和'), (150.1, 163.1, 516.1, 525.2, 523.8, 'DAS'), (167.0, 194.3, 516.1, 525.2, 523.8, '交换的')], [(221.4, 251.2, 516.1, 525.2, 523.8, '502,207'), (255.1, 264.2, 516.1, 525.2, 523.8, '份')], [(286.4, 316.3, 516.1, 525.2, 523.8, '550,000'), (320.1, 329.2, 516.1, 525.2, 523.8, '份'), (333.5, 360.5, 516.1, 525.2, 523.8, '(每年)')], [(369.7, 386.9, 516.1, 525.2, 523.8, '2022'), (390.8, 404.5, 516.1, 525.2, 523.8, '年:'), (408.3, 438.2, 516.1, 525.2, 523.8, '527,589')], [(479.7, 488.8, 516.1, 525.2, 523.8, '●')]]),
    (9.1, [[(72.2, 108.7, 529.8, 538.9, 537.5, '文件数量')], [(375.0, 384.1, 529.8, 538.9, 537.5, '份'), (388.3, 395.7, 529.8, 538.9, 537.5, '⁴⁴'), (398.2, 415.4, 529.8, 538.9, 537.5, '2023'), (419.2, 432.9, 529.8, 538.9, 537.5, '年:')]]),
    (9.1, [[(377.4, 407.3, 543.5, 552.6, 551.2, '641,328'), (411.2, 420.3, 543.5, 552.6, 551.2, '份'), (424.5, 431.9, 543.5, 552.6, 551.2, '⁴⁵')]]),
    (7.3, [[(71.0, 78.3, 568.1, 575.4, 574.3, '⁴³'), (82.0, 136.7, 568.1, 575.4, 574.3, '仅代表部分数据,'), (140.4, 505.4, 568.1, 575.4, 574.3, '因为缺乏关于中小企业直接通过产权组织网站而不是通过中小企业支持机构网站获取产权组织工具和材料的信息。')]]),
    (7.3, [[(71.0, 78.3, 582.5, 589.8, 588.7, '⁴⁴'), (82.0, 129.4, 582.5, 589.8, 588.7, '由于技术限制,'), (133.1, 169.6, 582.5, 589.8, 588.7, '不包括通过'), (173.2, 187.8, 582.5, 589.8, 588.7, 'WIPO'), (191.5, 206.1, 582.5, 589.8, 588.7, 'CASE'), (209.7, 290.0, 582.5, 589.8, 588.7, '为澳大利亚交换的文件。')]]),
    (7.3, [[(71.0, 78.3, 596.9, 604.2, 603.1, '⁴⁵'), (82.0, 129.4, 596.9, 604.2, 603.1, '由于技术限制,'), (133.1, 169.6, 596.9, 604.2, 603.1, '不包括通过'), (173.2, 187.8, 596.9, 604.2, 603.1, 'WIPO'), (191.5, 206.1, 596.9, 604.2, 603.1, 'CASE'), (209.7, 377.6, 596.9, 604.2, 603.1, '为澳大利亚和为美国专商局的部分数据交换的文件。')]]),
    (11.0, [[(71.0, 82.0, 620.1, 631.0, 629.8, '风', True), (87.4, 98.4, 618.2, 629.2, 629.8, '险', True)]]),
    (9.1, [[(72.2, 90.4, 640.3, 651.0, 650.0, '风险', True)], [(224.5, 261.0, 640.3, 651.0, 650.0, '风险演变', True)], [(291.3, 355.2, 640.3, 650.7, 650.0, '减缓措施的成效', True)], [(376.4, 431.2, 640.3, 651.0, 650.0, '风险负责部门', True)], [(456.9, 511.7, 640.3, 649.5, 650.0, '对绩效的影响', True)]]),
    (9.1, [[(72.2, 85.2, 658.8, 668.0, 666.6, '4.1'), (89.0, 198.6, 658.8, 668.0, 666.6, '更有效地利用知识产权支持')], [(206.3, 279.3, 658.8, 668.0, 666.6, '区域或国家层面的')], [(286.8, 359.8, 658.8, 668.0, 666.6, '保留地区和国家对')], [(394.7, 412.9, 658.8, 668.0, 666.6, '发展')], [(479.7, 488.8, 658.8, 668.0, 666.6, '↗')]]),
    (9.1, [[(72.2, 200.0, 672.5, 681.7, 680.3, '所有成员国及其相关区域和次区')], [(206.3, 279.3, 672.5, 681.7, 680.3, '知识产权政策或优')], [(286.8, 359.8, 672.5, 681.7, 680.3, '工作计划做出调整')]]),
    (9.1, [[(72.2, 200.0, 686.2, 695.4, 694.0, '域的增长与发展，包括通过将发')], [(206.3, 279.3, 686.2, 695.4, 694.0, '先事项的调整，可')], [(286.8, 359.8, 686.2, 695.4, 694.0, '的灵活性，并不断')]]),
    (9.1, [[(72.2, 154.3, 699.9, 709.1, 707.7, '展议程建议纳入主流')], [(206.3, 279.3, 699.9, 709.1, 707.7, '能会导致所涉国家')], [(286.8, 359.8, 699.9, 709.1, 707.7, '与合适的地区和国')]]),
    (9.1, [[(206.3, 279.3, 713.6, 722.8, 721.4, '工作计划的修订，')], [(286.8, 359.8, 713.6, 722.8, 721.4, '家当局联络以支持')]]),
    (9.1, [[(206.3, 279.3, 727.3, 736.5, 735.1, '并造成产权组织服')], [(286.8, 359.8, 727.3, 736.5, 735.1, '工作计划落实的减')]]),
    (9.1, [[(204.2, 281.4, 741.0, 750.2, 748.8, '务的范围缩小和/或')], [(295.9, 350.7, 741.0, 750.2, 748.8, '缓计划有效。')]]),
    (9.1, [[(220.0, 265.6, 754.7, 763.9, 762.5, '延迟交付。')]]),
]


def test_a_lower_header_line_setting_two_headings_apart_parts_their_columns() -> None:
    """s142 p50: every header line of several headings may part a column, not only the one
    with most of them (whose two cells ran together there): the baselines and targets were
    read as one column, table 27's figures a column off."""
    rules = [hrule(71.0, 524.5, y) for y in (65.2, 109.2, 139.5, 169.8, 213.8, 244.1, 288.8, 332.8, 363.0, 393.3,
                                              437.3, 468.3, 512.3, 556.3, 637.8, 655.1, 767.5)]
    found = grids(PageLayout(page=50, width=595, height=842, lines=as_printed(S142_TWO_COLUMNS_PARTED_BY_A_LOWER_HEADER_LINE),
                             rules=rules))
    row = next(r for t in found for r in t if r[0].startswith("技术转让实体"))
    assert row[1:4] == ["不适用", "≥90% 满意或非常满意", "98%"], row


# s119 p111 (LibreOffice, 10.5 pt, rows ruled, cells on their middle): a risk table of text
# cells over a table of budgets whose first page holds two rows, the first a lone row of figures.
S119_RISKS_OVER_BUDGETS = [
    (10.500, [[(48.3, 69.3, 57.22, 67.72, 66.80, '风险', True)], [(220.0, 262.2, 57.22, 67.72, 66.80, '风险演变', True)], [(290.3, 363.8, 57.22, 67.75, 66.80, '减缓措施的成效', True)], [(381.6, 444.6, 57.22, 67.75, 66.80, '风险负责部门', True)], [(467.6, 530.6, 57.22, 67.75, 66.80, '对绩效的影响', True)]]),
    (10.500, [[(290.3, 363.8, 88.55, 99.75, 98.90, '在重要合同的整')]]),
    (10.500, [[(290.3, 363.8, 112.45, 123.63, 122.80, '个周期内开展尽')]]),
    (10.500, [[(290.3, 363.8, 136.25, 149.44, 146.60, '职调查的减缓计')]]),
    (10.500, [[(290.3, 363.8, 160.15, 171.35, 170.50, '划降低了风险发')]]),
    (10.500, [[(48.3, 184.8, 183.95, 197.14, 194.30, '关键供应商未能提供服务，引')], [(204.2, 277.7, 183.95, 195.15, 194.30, '该风险未出现；')], [(290.3, 363.8, 183.95, 195.15, 194.30, '生的可能性，并')]]),
    (10.500, [[(48.3, 174.3, 207.85, 219.05, 218.20, '发向外部客户提供的服务中')], [(204.2, 277.7, 207.85, 221.04, 218.20, '风险敞口在两年')], [(290.3, 363.8, 207.85, 219.05, 218.20, '使产权组织做好')], [(402.6, 423.6, 207.85, 218.35, 218.20, '行政')], [(493.9, 504.4, 210.54, 221.04, 218.20, '→')]]),
    (10.500, [[(48.3, 69.3, 231.65, 242.85, 242.00, '断。')], [(204.2, 277.7, 231.65, 244.84, 242.00, '期内保持稳定。')], [(290.3, 363.8, 231.65, 242.82, 242.00, '准备迅速应对，')]]),
    (10.500, [[(290.3, 363.8, 255.55, 266.75, 265.90, '在必要情况下减')]]),
    (10.500, [[(290.3, 363.8, 279.35, 292.54, 289.70, '轻对自身运营和')]]),
    (10.500, [[(290.3, 363.9, 303.25, 314.45, 313.60, '向外部客户提供')]]),
    (10.500, [[(290.3, 363.8, 327.05, 338.25, 337.40, '的服务的影响。')]]),
    (12.500, [[(48.3, 210.8, 384.80, 398.53, 397.40, '三、按部门开列的绩效综览图', True)]]),
    (12.500, [[(48.3, 110.8, 418.40, 432.13, 431.00, '专利和技术', True)]]),
    (12.500, [[(48.3, 110.8, 453.20, 465.73, 464.60, '绩效综览图', True)]]),
    (12.500, [[(48.3, 185.8, 486.83, 499.33, 498.20, '按成果开列的预算和支出', True), (189.0, 274.0, 486.83, 499.33, 498.20, '(单位：千瑞郎)', True)]]),
    (10.500, [[(205.7, 247.2, 526.45, 536.95, 536.00, '2022/23', True), (249.9, 260.4, 526.45, 536.95, 536.00, '年', True), (263.0, 305.3, 526.45, 536.95, 536.00, '计划和预', True)], [(320.4, 361.9, 526.45, 536.95, 536.00, '2022/23', True), (364.6, 375.1, 526.45, 536.95, 536.00, '年', True), (377.7, 419.7, 526.45, 536.95, 536.00, '调剂使用', True)]]),
    (10.500, [[(48.3, 90.3, 538.35, 548.85, 547.90, '预期成果', True)], [(445.7, 487.2, 538.35, 548.85, 547.90, '2022/23', True), (489.9, 500.4, 538.35, 548.85, 547.90, '年', True), (503.0, 524.0, 538.35, 548.85, 547.90, '支出', True)]]),
    (10.500, [[(250.1, 260.6, 550.35, 560.85, 559.90, '算', True)], [(353.0, 363.5, 550.35, 560.85, 559.90, '后', True), (366.1, 387.1, 550.35, 560.85, 559.90, '预算', True)]]),
    (10.500, [[(48.3, 62.5, 582.35, 592.85, 592.70, '2.1'), (65.3, 191.3, 582.35, 593.52, 592.70, '兼顾各方利益的有效知识产')]]),
    (10.500, [[(242.8, 267.8, 594.25, 604.75, 604.60, '2,101')], [(357.1, 383.0, 594.25, 604.75, 604.60, '2,165')], [(472.0, 497.8, 594.25, 604.75, 604.60, '1,760')]]),
    (10.500, [[(48.3, 184.8, 606.25, 617.42, 616.60, '权国际准则制定框架得到发展')]]),
    (10.500, [[(48.3, 63.4, 638.35, 648.85, 648.70, '2.2'), (66.2, 192.2, 638.35, 649.52, 648.70, '产权组织将国际社会凝聚起')]]),
    (10.500, [[(48.3, 184.8, 662.15, 673.32, 672.50, '来，积极主动应对全球层面与')]]),
    (10.500, [[(242.0, 268.6, 674.05, 684.55, 684.40, '3,487')], [(356.8, 383.4, 674.05, 684.55, 684.40, '3,773')], [(471.5, 498.2, 674.05, 684.55, 684.40, '3,543')]]),
    (10.500, [[(48.3, 184.8, 686.05, 697.22, 696.40, '知识产权、创新和创造有关的')]]),
    (10.500, [[(48.3, 132.3, 709.85, 721.02, 720.20, '新议题和政策挑战')]]),
]
S119_RULES = [49.0, 82.2, 353.2, 518.2, 575.3]


def test_lines_only_too_wide_above_a_lone_row_say_nothing_of_its_rows_gaps() -> None:
    """s119 p111: the risk table's lines are wider than the budget table under them; taken as
    the table's own (centred on its columns), they set its rows' gap below the second row's,
    which was lost. Only under a table are such lines its own."""
    rules = [hrule(43.2, 542.1, y) for y in S119_RULES]
    fills = [Fill(Box(43.2, 48.2, 542.0, 81.8), dark=True), Fill(Box(43.2, 517.4, 542.2, 574.9), dark=True)]
    found = grids(PageLayout(page=111, width=595.3, height=841.9, lines=as_printed(S119_RISKS_OVER_BUDGETS),
                             rules=rules, fills=fills))
    labels = [row[0] for t in found for row in t]
    assert any(label.startswith("2.2 产权组织将国际社会凝聚起来") for label in labels), labels


# s290 p173 (LibreOffice, WenQuanYi 9 pt, booktabs, a header band shaded cell by cell): the label
# column's heading wraps over five lines at the word processor's leading, the unit note cut over
# the last two; the figures' headings, one line each, set on the band's middle.
S290_A12_HEAD = [
    (101.0, [[(39.8, 75.8, '预期成果'), (78.5, 92.0, '3.1'), (94.7, 142.7, '“产权组织的')]]),
    (117.4, [[(39.8, 147.8, '全球知识产权体系、服务、')]]),
    (133.8, [[(39.8, 147.8, '知识和数据得到更广泛、更')], [(176.8, 213.8, '2022/23'), (216.6, 225.6, '年'), (228.3, 264.3, '核定预算')],
             [(299.1, 336.1, '2022/23'), (338.9, 365.9, '调剂使'), (368.6, 422.6, '用后最终预算')],
             [(467.7, 504.7, '2022/23'), (507.5, 534.5, '年支出')]]),
    (150.2, [[(39.8, 87.8, '有效的使用”'), (90.5, 138.2, '(单位：千瑞')]]),
    (166.6, [[(39.8, 51.5, '郎)')]]),
    (185.5, [[(39.8, 84.8, '专利和技术')], [(208.4, 232.7, '3,067')], [(348.7, 373.0, '3,607')], [(489.0, 513.3, '3,647')]]),
    (203.7, [[(39.8, 102.8, '品牌和外观设计')]]),
    (221.8, [[(39.8, 66.8, '马德里')], [(205.7, 235.3, '10,161')], [(346.0, 375.6, '10,290')], [(489.0, 513.3, '9,934')]]),
    (240.0, [[(39.8, 57.8, '海牙')], [(208.4, 232.7, '2,438')], [(348.7, 373.0, '2,133')], [(489.0, 513.3, '2,030')]]),
    (258.1, [[(39.8, 66.8, '里斯本')], [(212.5, 228.7, '724')], [(352.7, 368.9, '646')], [(493.0, 509.2, '627')]]),
    (276.3, [[(39.8, 102.8, '区域和国家发展')]]),
    (294.4, [[(39.8, 54.9, 'PCT')], [(208.4, 232.7, '2,020')], [(348.7, 373.0, '1,812')], [(489.0, 513.3, '1,654')]]),
    (367.0, [[(39.8, 57.8, '总计')], [(205.7, 235.3, '22,188')], [(346.0, 375.6, '22,135')], [(486.3, 515.9, '20,995')]]),
]


def test_a_heading_inside_one_cell_of_a_band_shaded_cell_by_cell_is_one_cell() -> None:
    """s290 p173: the band's pieces, one per header cell, hold the label column's five lines: one
    heading, its unit note whole (once its first two lines were read as spanners over every
    column, and the unit was lost)."""
    lines = [worded(top, cells, 9.0) for top, cells in S290_A12_HEAD]
    pieces = tuple(Box(x0, 97.9, x1, 183.0) for x0, x1 in ((38.5, 150.2), (150.3, 290.6), (290.6, 430.9), (430.9, 571.0)))
    band = Fill(Box(38.5, 97.9, 571.0, 183.0), dark=True, pieces=pieces)
    [found] = grids(PageLayout(page=173, width=595, height=842, lines=lines, fills=[band]))
    assert found[0][0].startswith("预期成果 3.1") and found[0][0].endswith("(单位:千瑞郎)"), found[:2]
    assert found[0][1:] == ["2022/23 年核定预算", "2022/23 调剂使用后最终预算", "2022/23 年支出"], found[:2]
    assert found[1][0] == "专利和技术", found[:2]


def test_fills_joined_keep_their_pieces() -> None:
    from extractors.layout import merge_fills

    cells = [Fill(Box(x0, 10, x1, 30), dark=True) for x0, x1 in ((0, 50), (50.2, 120), (120, 200))]
    [band] = merge_fills(cells)
    assert band.box == Box(0, 10, 200, 30) and sorted(p.x0 for p in band.pieces) == [0, 50.2, 120]


# s291 p1 (WeasyPrint, Droid 9.5 pt, unruled): the contents; its last entry, "附件十三" flush left and
# the rest of its title justified out past the label column, to the middle of the page.
S291_CONTENTS = [
    (130.6, [[(54.7, 73.7, '一、'), (76.1, 142.6, '财务和成果概览')], [(552.1, 557.3, '5')]]),
    (148.7, [[(54.7, 73.7, '二、'), (76.1, 218.6, '按战略支柱和预期成果开列的绩效')], [(546.8, 557.3, '23')]]),
    (166.7, [[(54.7, 92.7, '战略支柱'), (95.1, 100.4, '1')], [(546.8, 557.3, '23')]]),
    (184.8, [[(54.7, 92.7, '战略支柱'), (95.1, 100.4, '2')], [(546.8, 557.3, '27')]]),
    (202.8, [[(54.7, 92.7, '战略支柱'), (95.1, 100.4, '3')], [(546.8, 557.3, '34')]]),
    (220.9, [[(54.7, 92.7, '战略支柱'), (95.1, 100.4, '4')], [(546.8, 557.3, '41')]]),
    (239.0, [[(54.7, 64.2, '基'), (66.6, 76.1, '石')], [(546.8, 557.3, '52')]]),
    (257.1, [[(54.7, 73.7, '三、'), (76.1, 180.6, '按部门开列的绩效综览图')], [(546.8, 557.3, '60')]]),
    (275.2, [[(54.7, 102.2, '专利和技术')], [(546.8, 557.3, '60')]]),
    (293.2, [[(54.7, 121.2, '品牌和外观设计')], [(546.8, 557.3, '61')]]),
    (311.3, [[(54.7, 121.2, '版权和创意产业')], [(546.8, 557.3, '62')]]),
    (329.4, [[(54.7, 121.2, '区域和国家发展')], [(546.8, 557.3, '63')]]),
    (347.5, [[(54.7, 121.2, '基础设施和平台')], [(546.8, 557.3, '64')]]),
    (365.5, [[(54.7, 140.1, '全球挑战和伙伴关系')], [(546.8, 557.3, '65')]]),
    (383.6, [[(54.7, 159.1, '知识产权和创新生态系统')], [(546.8, 557.3, '66')]]),
    (401.7, [[(54.7, 130.7, '行政、财务和管理')], [(546.8, 557.3, '67')]]),
    (419.7, [[(54.7, 73.7, '四、'), (76.1, 85.6, '附'), (88.1, 97.6, '件')], [(546.8, 557.3, '68')]]),
    (437.6, [[(54.7, 83.2, '附件一'), (85.6, 121.0, '2022/23'), (123.5, 218.5, '年按部门开列的调剂使')]]),
    (443.6, [[(54.7, 92.7, '用后预算')], [(546.8, 557.3, '69')]]),
    (466.5, [[(54.7, 83.2, '附件二'), (85.6, 121.0, '2022/23'), (123.5, 171.0, '年收入概算')], [(546.8, 557.3, '70')]]),
    (484.4, [[(54.7, 83.2, '附件三'), (85.6, 142.6, '按部门开列的'), (145.1, 180.5, '2022/23'), (183.0, 221.0, '年核定预')]]),
    (490.4, [[(54.7, 140.1, '算和调剂使用后预算')], [(546.8, 557.3, '71')]]),
    (513.2, [[(54.7, 83.2, '附件四'), (85.6, 121.0, '2022/23'), (123.5, 218.5, '年按预期成果开列的预')]]),
    (519.2, [[(54.7, 130.7, '算和资源利用情况')], [(546.8, 557.3, '72')]]),
    (542.1, [[(54.7, 83.2, '附件五'), (85.6, 142.6, '按部门开列的'), (145.1, 180.5, '2022/23'), (183.0, 211.5, '年员额')], [(546.8, 557.3, '73')]]),
    (560.0, [[(54.7, 83.2, '附件六'), (85.6, 121.0, '2022/23'), (123.5, 218.5, '年按联盟开列的主要财')]]),
    (566.0, [[(54.7, 83.2, '务数据')], [(546.8, 557.3, '74')]]),
    (588.7, [[(54.7, 83.2, '附件七'), (85.6, 103.8, 'PCT'), (106.8, 144.8, '体系指标')], [(546.8, 557.3, '75')]]),
    (607.1, [[(54.7, 83.2, '附件八'), (85.6, 152.1, '马德里业务指标')], [(546.8, 557.3, '81')]]),
    (625.2, [[(54.7, 83.2, '附件九'), (85.6, 142.6, '海牙业务指标')], [(546.8, 557.3, '89')]]),
    (643.2, [[(54.7, 83.2, '附件十'), (85.6, 106.7, '2023'), (109.2, 194.7, '年信托基金进展报告')], [(546.8, 557.3, '94')]]),
    (661.1, [[(54.7, 92.7, '附件十一'), (95.1, 116.2, '2023'), (118.7, 213.7, '年基本建设总计划进展')]]),
    (667.1, [[(54.7, 73.7, '报告')], [(541.5, 557.3, '109')]]),
    (689.8, [[(54.7, 92.7, '附件十二'), (95.1, 133.1, '预期成果'), (135.6, 148.8, '3.1'), (151.3, 217.8, '推广全球知识产')]]),
    (695.8, [[(54.7, 140.1, '权体系相关资源细目')], [(541.5, 557.3, '161')]]),
    (728.3, [[(54.7, 92.7, '附件十三')], [(227.9, 263.3, '2022/23'), (265.8, 389.3, '年按预期成果开列的发展支出')], [(541.5, 557.3, '162')]]),
]


def test_a_label_justified_past_its_column_is_the_labels() -> None:
    """s291 p1: the cell beside "附件十三", a point past where the other labels end and under or
    over no other cell, is the rest of its label (once a column of its own, its page number in
    a third column for the whole table)."""
    found = grids(PageLayout(page=1, width=612, height=792, lines=[worded(top, cells, 9.5) for top, cells in S291_CONTENTS]))
    assert len(found) == 1 and all(len(row) == 2 for row in found[0]), found
    assert found[0][-1] == ["附件十三2022/23 年按预期成果开列的发展支出", "162"], found[0]


# s290 p12 (LibreOffice, WenQuanYi 9 pt, booktabs, cells on their middle): T7's body, its last two
# rows one line each, the first's label filling its column, their figures in other columns.
S290_T7_BODY = [
    (130.2, [[(39.8, 84.8, '专利和技术')], [(173.4, 197.7, '9,473')], [(254.3, 257.0, '-')], [(313.7, 338.0, '9,473')], [(383.8, 408.1, '9,167')], [(464.8, 467.5, '-')], [(524.1, 548.4, '9,167')]]),
    (148.4, [[(39.8, 102.8, '品牌和外观设计')], [(170.7, 200.3, '10,563')], [(247.6, 263.8, '355')], [(311.0, 340.6, '10,918')], [(383.8, 408.1, '9,807')], [(458.0, 474.2, '238')], [(521.4, 551.0, '10,046')]]),
    (166.5, [[(39.8, 102.8, '版权和创意产业')], [(170.7, 200.3, '19,214')], [(243.5, 267.8, '1,195')], [(311.0, 340.6, '20,409')], [(381.1, 410.7, '19,957')], [(458.0, 474.2, '782')], [(521.4, 551.0, '20,739')]]),
    (184.7, [[(39.8, 102.8, '区域和国家发展')], [(170.7, 200.3, '65,171')], [(247.6, 263.8, '365')], [(311.0, 340.6, '65,536')], [(381.1, 410.7, '61,155')], [(458.0, 474.2, '434')], [(521.4, 551.0, '61,589')]]),
    (202.8, [[(39.8, 102.8, '基础设施和平台')], [(170.7, 200.3, '14,451')], [(254.3, 257.0, '-')], [(311.0, 340.6, '14,451')], [(381.1, 410.7, '13,441')], [(464.8, 467.5, '-')], [(521.4, 551.0, '13,441')]]),
    (221.0, [[(39.8, 120.8, '全球挑战和伙伴关系')], [(170.7, 200.3, '13,461')], [(254.3, 257.0, '-')], [(311.0, 340.6, '13,461')], [(381.1, 410.7, '12,485')], [(464.8, 467.5, '-')], [(521.4, 551.0, '12,485')]]),
    (239.1, [[(39.8, 138.8, '知识产权和创新生态系统')], [(170.7, 200.3, '15,106')], [(247.6, 263.8, '489')], [(311.0, 340.6, '15,596')], [(381.1, 410.7, '18,169')], [(458.0, 474.2, '309')], [(521.4, 551.0, '18,479')]]),
    (257.3, [[(39.8, 111.8, '行政、财务和管理')], [(177.4, 193.6, '469')], [(254.3, 257.0, '-')], [(317.8, 334.0, '469')], [(390.6, 401.4, '31')], [(464.8, 467.5, '-')], [(530.9, 541.7, '31')]]),
    (275.4, [[(39.8, 57.8, '总计')], [(168.0, 203.0, '147,909')], [(243.5, 267.8, '2,404')], [(308.3, 343.3, '150,312')], [(378.4, 413.4, '144,212')], [(454.0, 478.3, '1,764')], [(518.7, 553.7, '145,976')]]),
    (293.6, [[(39.8, 147.8, '发展支出占总预算的百分比')], [(313.3, 338.5, '18.9%')], [(523.7, 548.9, '19.7%')]]),
    (311.7, [[(39.8, 75.8, '信托基金')], [(167.7, 197.3, '34,847'), (200.1, 203.3, '³')], [(381.1, 410.7, '17,450')]]),
]


def test_a_label_with_figures_under_a_row_with_figures_is_a_row() -> None:
    """s290 p12: "信托基金" and its amounts under "发展支出占总预算的百分比" (filling the label
    column) and its percentages, in other columns: a row of its own, a row's figures standing
    on one of its lines (once the two labels ran together)."""
    from extractors.structure import Column, group_rows

    lines = [worded(top, cells, 9.0) for top, cells in S290_T7_BODY]
    columns = [Column(39.8, 147.8), Column(167.7, 203.3), Column(243.5, 267.8), Column(308.3, 343.3),
               Column(378.4, 413.4), Column(454.0, 478.3), Column(518.7, 553.7)]
    rows = group_rows(lines, columns, [])
    assert [row[0].segments[0].text for row in rows[-2:]] == ["发展支出占总预算的百分比", "信托基金"], \
        [[ln.text for ln in row] for row in rows]


# s288 p178 (WeasyPrint, WenQuanYi 10.5 pt, booktabs, cells on their top): A11-45's deliverables,
# two without figures between two with ("开发产权组织帐户应用程序 … (CX)" over "CX 加强…").
S288_DELIVERABLES = [
    (443.1, [[(66.6, 108.6, '交付成果')], [(233.9, 254.9, '项目'), (258.0, 279.0, '预算')], [(293.1, 335.1, '经调整的'), (338.2, 348.7, '项')], [(374.9, 395.9, '支出')], [(422.0, 443.0, '预算'), (446.1, 477.6, '利用情')], [(488.0, 540.5, '实施进展率')]]),
    (457.9, [[(305.2, 336.7, '目预算')], [(444.6, 455.1, '况')]]),
    (475.6, [[(66.6, 88.2, 'CRM'), (91.2, 206.9, '建立企业级客户关系管理')], [(231.3, 281.7, '1,274,380')], [(300.4, 341.4, '600,126')], [(364.9, 405.8, '137,192')], [(439.8, 459.8, '23%')], [(504.3, 524.2, '20%')]]),
    (490.4, [[(66.6, 94.5, '(CRM)'), (97.7, 142.8, '解决方案,'), (146.0, 219.5, '使客户相关数据')]]),
    (505.2, [[(66.6, 213.6, '和联系方式采用共同方法进行管')]]),
    (520.1, [[(66.6, 80.3, '理,'), (83.4, 219.9, '包括客户沟通渠道的标准化和')]]),
    (534.9, [[(66.6, 161.1, '客户反馈管理的整合')]]),
    (551.9, [[(66.6, 213.6, '在组织层面为产权组织客户建立')]]),
    (566.7, [[(66.6, 213.6, '产权组织各项服务的共同组合管')]]),
    (581.5, [[(66.6, 98.1, '理功能')]]),
    (598.5, [[(66.6, 195.8, '开发产权组织帐户应用程序,'), (198.9, 219.9, '以实')]]),
    (613.3, [[(66.6, 213.6, '现数据采集的标准化、协调各项')]]),
    (628.1, [[(66.6, 182.1, '服务和改善客户体验管理'), (185.3, 203.7, '(CX)')]]),
    (645.1, [[(66.6, 78.8, 'CX'), (81.9, 218.4, '加强产权组织各项服务与产权')], [(231.3, 281.7, '2,451,940')], [(295.7, 346.1, '2,713,797')], [(360.2, 410.6, '1,601,414')], [(439.8, 459.8, '59%')], [(504.3, 524.2, '45%')]]),
    (659.9, [[(66.6, 185.3, '组织知识产权门户的整合,'), (188.4, 219.9, '继续开')]]),
    (674.7, [[(66.6, 213.6, '发产权组织知识产权门户及其相')]]),
    (689.5, [[(66.6, 101.3, '关功能,'), (104.4, 209.4, '并最终移交给业务部门')]]),
]


def test_label_lines_over_a_rows_figures_in_a_table_set_on_top_are_a_row() -> None:
    """s288 p178: the first row's label runs four lines under its figures (cells on their top);
    "开发产权组织帐户应用程序 … (CX)", three lines without figures, is a row of its own, not the
    first half of the next row's label set round its figures (once its label, the row's three
    lines over and three under its figures passing for a cell set on its middle)."""
    lines = [worded(top, cells, 10.5) for top, cells in S288_DELIVERABLES]
    [found] = grids(PageLayout(page=178, width=612, height=792, lines=lines))
    labels = [row[0] for row in found]
    assert any(label.startswith("开发产权组织帐户应用程序") and label.endswith("(CX)") for label in labels), labels
    assert any(label.startswith("CX 加强产权组织各项服务") and row[1] == "2,451,940" for label, row in zip(labels, found)), found


# s302 p151 (LibreOffice, Droid 11 pt, booktabs, cells on their middle): the transition
# benefits' first row alone at the page foot, its indicator "PCT 系统的可" beside the label.
S302_BENEFIT_AT_FOOT = [
    (688.1, [[(56.8, 100.8, '效益说明')], [(250.9, 316.9, '关键绩效指标')], [(339.7, 372.7, '基准值')], [(412.0, 445.0, '目标值')], [(478.8, 522.8, '绩效数据')]]),
    (709.8, [[(56.8, 78.8, '提高'), (81.7, 102.7, 'PCT'), (105.6, 237.6, '关键系统的服务水平和减少')], [(250.0, 271.0, 'PCT'), (273.9, 317.9, '系统的可')]]),
    (719.0, [[(338.8, 373.7, '99.5%')], [(411.1, 446.0, '99.8%')], [(477.5, 512.4, '99.7%'), (515.3, 524.1, '⁶⁶')]]),
    (728.3, [[(56.8, 77.8, 'PCT'), (80.7, 179.7, '关键系统的中断时间')], [(267.1, 289.1, '用性'), (292.0, 300.8, '⁶⁵')]]),
]


def test_a_cell_beside_the_label_of_a_lone_row_keeps_its_column() -> None:
    """s302 p151: with one row on the page, nothing says the cell beside its label is the
    label's rest (`_label_spread` wants three rows or more to show its column empty); the
    indicator keeps its column (once joined to the label, the table overleaf no longer read
    as its continuation)."""
    from extractors.structure import Column, _label_spread

    lines = [worded(top, cells, 11.0) for top, cells in S302_BENEFIT_AT_FOOT[1:3]]   # the row read alone
    columns = [Column(56.8, 237.6), Column(338.8, 373.7), Column(411.1, 446.0), Column(477.5, 524.1)]
    assert not _label_spread(lines[0].segments[1].box, columns, lines)


def test_rows_parted_by_rules_are_not_parted_again_on_their_tops() -> None:
    """s089 A11-41 (a grid): rows set on their top and one set on its middle, a label of three
    lines round its figure; the rules part the rows, and the label's first line stays its row's
    (once read as a row of its own, the rows showing cells set on their top)."""
    from extractors.structure import Column, group_rows

    size = 9.0
    lines = [printed(100, (10, 90, "甲甲甲甲甲甲甲甲"), (200, 240, "80%"), size=size),
             printed(112, (10, 90, "乙乙乙乙乙乙乙乙"), size=size), printed(124, (10, 40, "丙丙丙"), size=size),
             printed(140, (10, 90, "丁丁丁丁丁丁丁丁"), size=size),
             printed(152, (10, 90, "戊戊戊戊戊戊戊戊"), (200, 240, "77%"), size=size),
             printed(164, (10, 40, "己己己"), size=size),
             printed(180, (10, 90, "庚庚庚庚庚庚庚庚"), (200, 240, "84%"), size=size), printed(192, (10, 40, "辛辛辛"), size=size)]
    rows = group_rows(lines, [Column(10, 90), Column(200, 240)], [137.0, 177.0])
    assert [[ln.segments[0].text for ln in row] for row in rows] == [
        ["甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙", "丙丙丙"], ["丁丁丁丁丁丁丁丁", "戊戊戊戊戊戊戊戊", "己己己"], ["庚庚庚庚庚庚庚庚", "辛辛辛"]]


# s221 p84 (landscape, 5.5 pt figures, total row alone shaded, its widest figures broken over two
# lines): annex 10's last rows at the top of the page, then its total.
S221_TRUST_FUND_FOOT = [
    (39.5, [[(34.1, 74.1, '阿拉伯联合酋长国')], [(342.3, 359.7, 'WDUAE')], [(379.2, 401.3, '45,857.39')], [(428.8, 430.5, '-')], [(461.4, 476.7, '345.08')], [(507.5, 509.2, '-')], [(546.9, 548.6, '-')], [(579.5, 594.8, '345.08')], [(625.5, 627.2, '-')], [(664.9, 666.6, '-')], [(704.3, 706.0, '-')], [(743.6, 745.3, '-')], [(772.8, 794.9, '46,202.47')]]),
    (60.7, [[(34.1, 49.1, '乌拉圭')], [(342.2, 359.6, 'WUYCH')], [(379.2, 401.3, '44,856.39')], [(428.8, 430.5, '-')], [(461.4, 476.7, '297.97')], [(507.5, 509.2, '-')], [(546.9, 548.6, '-')], [(579.5, 594.8, '297.97')], [(625.5, 627.2, '-')], [(654.7, 676.8, '12,474.00')], [(695.4, 714.8, '1,621.65')], [(733.4, 755.5, '14,095.65')], [(772.8, 794.9, '31,058.71')]]),
    (81.9, [[(34.1, 79.1, '产权组织服务创作者')], [(342.0, 359.9, 'WWFCR')], [(377.8, 402.7, '105,409.82')], [(419.9, 439.2, '7,688.00')], [(461.4, 476.7, '793.22')], [(507.5, 509.2, '-')], [(546.9, 548.6, '-')], [(577.4, 596.8, '8,481.22')], [(625.5, 627.2, '-')], [(664.9, 666.6, '-')], [(704.3, 706.0, '-')], [(743.6, 745.3, '-')], [(771.4, 796.3, '113,891.04')]]),
    (103.1, [[(375.8, 404.9, '17,347,988.1')], [(729.9, 759.0, '10,252,516.6')], [(769.3, 798.4, '15,458,811.8')]]),
    (114.1, [[(34.1, 44.1, '总计')], [(388.9, 391.7, '6')], [(415.1, 444.2, '8,231,151.49')], [(456.5, 481.4, '130,165.73')], [(498.7, 518.1, '2,141.90')], [(538.4, 557.0, '(118.79)')], [(572.5, 601.6, '8,363,340.33')], [(611.8, 640.9, '2,607,287.79')], [(651.2, 680.3, '6,614,321.07')], [(690.6, 719.7, '1,030,907.75')], [(743.1, 745.9, '1')], [(782.5, 785.3, '8')]]),
]


def test_a_total_row_shaded_alone_under_unruled_rows_is_their_tables() -> None:
    """s221 p84: the shaded total stands as far under the rows as they stand apart, its figures
    on theirs: one table (once a second piece, A10-02.2, the total apart from its rows)."""
    from extractors.layout import Rule

    size = 5.0
    lines = [worded(top, cells, size) for top, cells in S221_TRUST_FUND_FOOT]
    shade = Fill(Box(29.4, 97.6, 803.4, 130.55), dark=False)
    closing = Rule(Box(29.4, 130.55, 803.4, 130.55), horizontal=True)
    found = grids(PageLayout(page=84, width=842, height=595, lines=lines, fills=[shade], rules=[closing]))
    assert len(found) == 1, found
    assert found[0][-1][0] == "总计" and "17,347,988.16" in found[0][-1], found[0]


def test_label_lines_over_cells_of_text_are_not_parted_on_top() -> None:
    """s023 A11-56: in a table of benefits, a label's first line over its second, beside which
    stand the indicator (text) and the values, and its third: one row, even where another row
    shows its cells on their top (once parted, the label cut in two)."""
    from extractors.structure import Column, group_rows

    size = 9.0
    lines = [printed(100, (10, 90, "甲甲甲甲甲甲甲甲"), (100, 180, "乙乙乙乙乙乙乙乙"), (200, 240, "99.5%"), size=size),
             printed(111, (10, 90, "丙丙丙丙丙丙丙丙"), size=size), printed(122, (10, 40, "丁丁丁"), size=size),
             printed(140, (10, 90, "戊戊戊戊戊戊戊戊"), size=size),
             printed(151, (10, 90, "己己己己己己己己"), (100, 180, "庚庚庚庚庚庚庚庚"), (200, 240, "59.5%"), size=size),
             printed(162, (10, 40, "辛辛辛"), size=size)]
    columns = [Column(10, 90), Column(100, 180), Column(200, 240)]
    rows = group_rows(lines, columns, [])
    assert [[ln.segments[0].text for ln in row] for row in rows][-1] == ["戊戊戊戊戊戊戊戊", "己己己己己己己己", "辛辛辛"], \
        [[ln.text for ln in row] for row in rows]


# s170 p202 (LibreOffice, rows ruled one by one): annex 12 under its caption, the label column's heading
# wrapped over three lines and its unit note on a fourth, ruled off the first row 21.2 pt under it,
# the rows 21.2-22.5 pt apart.
S170_A12 = [
    (80.0, [[(39.8, 87.8, '附件十二'), (90.9, 138.9, '预期成果'), (142.1, 163.3, '3.1'), (166.5, 358.5, '推广全球知识产权体系相关资源细目')]]),
    (109.1, [[(39.8, 79.8, '预期成果'), (82.4, 100.0, '3.1'), (102.7, 109.2, '“'), (109.3, 179.3, '产权组织的全球')]]),
    (127.3, [[(39.8, 179.8, '知识产权体系、服务、知识和数')], [(318.4, 363.7, '2022/23'), (366.4, 396.4, '调剂使'), (399.0, 439.0, '用后最终')]]),
    (136.4, [[(200.7, 246.0, '2022/23'), (248.7, 258.7, '年'), (261.3, 301.3, '核定预算')], [(467.6, 512.9, '2022/23'), (515.6, 545.6, '年支出')]]),
    (145.5, [[(39.8, 169.8, '据得到更广泛、更有效的使用'), (169.8, 176.4, '”')], [(368.7, 388.7, '预算')]]),
    (163.7, [[(39.8, 44.4, '('), (44.4, 104.4, '单位：千瑞郎'), (104.4, 109.0, ')')]]),
    (184.9, [[(39.8, 89.8, '专利和技术')], [(284.4, 312.9, '3,067')], [(412.2, 440.7, '3,607')], [(540.0, 568.5, '3,647')]]),
    (207.4, [[(39.8, 109.8, '品牌和外观设计')]]),
    (228.6, [[(39.8, 69.8, '马德里')], [(278.0, 312.9, '10,161')], [(405.8, 440.7, '10,290')], [(540.0, 568.5, '9,934')]]),
    (250.5, [[(39.8, 59.8, '海牙')], [(284.4, 312.9, '2,438')], [(412.2, 440.7, '2,133')], [(540.0, 568.5, '2,030')]]),
    (272.3, [[(39.8, 69.8, '里斯本')], [(293.9, 313.0, '724')], [(421.7, 440.8, '646')], [(549.5, 568.5, '627')]]),
    (294.8, [[(39.8, 109.8, '区域和国家发展')]]),
    (316.0, [[(39.8, 58.9, 'PCT')], [(284.4, 312.9, '2,020')], [(412.2, 440.7, '1,812')], [(540.0, 568.5, '1,654')]]),
]
S170_A12_RULES = [105.8, 182.2, 204.0, 226.0, 247.8, 269.7, 291.5, 313.4]


def test_a_unit_note_ruled_off_the_first_row_is_the_headers() -> None:
    """s170 p202: "( 单位：千瑞郎 )" stands 21.2 pt over the first row, the rows 21.2-22.5 pt
    apart: as close as a label's lines, but a rule parts them, so it is no row's label wrapped
    (once a row's, the header was read as the table's first row and the unit lost)."""
    from extractors import regions

    lines = [worded(top, cells, 10.0) for top, cells in S170_A12 if top > 160]
    unit = next(i for i, ln in enumerate(lines) if ln.text.startswith("( 单位"))
    rule = Box(38.0, 182.2, 570.2, 182.2)
    assert regions._wraps_into_row(lines, unit, [])   # the spacing alone would say so
    assert not regions._wraps_into_row(lines, unit, [rule])


# s290 p62 (LibreOffice, WenQuanYi 9 pt, booktabs, a dark header band, cells on their middle, lines
# 16.4 pt apart): a sector's results table at the page foot, its last label wrapped round its figures.
S290_RESULTS_AT_FOOT = [
    (481.1, [[(39.8, 75.8, '预期成果')], [(172.3, 209.3, '2022/23'), (212.1, 221.1, '年'), (223.8, 268.8, '计划和预算')], [(302.2, 339.2, '2022/23'), (342.0, 351.0, '年'), (353.7, 398.7, '调剂使用后'), (401.4, 419.4, '预算')], [(466.4, 503.4, '2022/23'), (506.2, 515.2, '年'), (517.9, 535.9, '支出')]]),
    (500.0, [[(39.8, 53.3, '2.1'), (56.0, 146.0, '兼顾各方利益的有效知')]]),
    (516.4, [[(39.8, 147.8, '识产权国际准则制定框架得')], [(208.4, 232.7, '2,101')], [(348.7, 373.0, '2,165')], [(489.0, 513.3, '1,760')]]),
    (532.8, [[(39.8, 66.8, '到发展')]]),
    (550.9, [[(39.8, 53.3, '2.2'), (56.0, 146.0, '产权组织将国际社会凝')]]),
    (567.3, [[(39.8, 147.8, '聚起来，积极主动应对全球')]]),
    (575.5, [[(208.4, 232.7, '3,487')], [(348.7, 373.0, '3,773')], [(489.0, 513.3, '3,543')]]),
    (583.7, [[(39.8, 147.8, '层面与知识产权、创新和创')]]),
    (600.1, [[(39.8, 147.8, '造有关的新议题和政策挑战')]]),
    (618.3, [[(39.8, 53.3, '3.1'), (56.0, 146.0, '产权组织的全球知识产')]]),
    (634.7, [[(39.8, 147.8, '权体系、服务、知识和数据')], [(208.4, 232.7, '3,067')], [(348.7, 373.0, '3,607')], [(489.0, 513.3, '3,647')]]),
    (651.1, [[(39.8, 147.8, '得到更广泛、更有效的使用')]]),
    (669.2, [[(39.8, 53.3, '3.2'), (56.0, 146.0, '产权组织全球知识产权')]]),
    (685.6, [[(39.8, 147.8, '体系、服务、知识和数据的')], [(203.0, 238.0, '213,418')], [(343.3, 378.3, '208,909')], [(483.6, 518.6, '190,939')]]),
    (702.0, [[(39.8, 147.8, '生产率和服务质量得到提高')]]),
]


def test_a_labels_last_line_at_the_tables_leading_is_its_rows() -> None:
    """s290 p62: "生产率和服务质量得到提高", 7.2 pt under "体系、服务、知识和数据的" and its figures (past
    eight tenths of a line: a word processor's tall leading), is that label's last line, as the
    table's other labels show theirs (once left out, the label cut in three tables)."""
    from extractors.layout import Rule

    lines = [worded(top, cells, 9.0) for top, cells in S290_RESULTS_AT_FOOT]
    band = Fill(Box(38.5, 476.8, 571.0, 496.5), dark=True)
    rules = [Rule(Box(38.5, y, 571.1, y), horizontal=True) for y in (477.5, 496.9)]
    found = grids(PageLayout(page=62, width=595, height=842, lines=lines, fills=[band], rules=rules))
    assert found and found[-1][-1][0].endswith("生产率和服务质量得到提高"), found


# s302 p73 (LibreOffice, Droid Sans 11 pt, no rules, cells on their middle): a table of
# indicators continued overleaf, its targets in words ("≥90% 满意" / "或非常满意"), its marks
# (●) on the middle line of each row; the first rows' lines hold no mark.
S302_INDICATORS_OVERLEAF = [
    (136.4, [[(56.8, 243.8, '技术转让实体和其他机构对产权组织所')], [(327.0, 360.6, '≥90%'), (363.5, 385.5, '满意')]]),
    (145.7, [[(267.4, 300.4, '不适用')], [(416.3, 440.7, '98%')], [(496.0, 505.6, '●')]]),
    (155.7, [[(56.8, 144.8, '提供服务的满意度')], [(328.7, 383.7, '或非常满意')]]),
    (176.6, [[(322.3, 344.3, '确定'), (347.2, 354.2, '4'), (357.1, 390.1, '项适用')]]),
    (185.9, [[(394.6, 416.6, '确定'), (419.5, 426.5, '2'), (429.4, 462.4, '项适用')]]),
    (195.2, [[(56.8, 122.8, '最不发达国家'), (122.8, 126.5, ':'), (129.4, 239.4, '针对发展需求而确定并')], [(255.9, 262.9, '0'), (265.8, 276.8, '项'), (279.7, 312.0, '(2021')], [(325.1, 347.1, '技术'), (350.0, 354.3, '('), (354.3, 387.3, '其中部')]]),
    (204.4, [[(398.0, 420.0, '技术'), (422.9, 427.2, '('), (427.2, 449.2, '部署'), (452.1, 459.1, '0')], [(496.6, 505.1, '▲')]]),
    (213.7, [[(56.8, 166.8, '部署的适用技术的数量')], [(270.8, 292.8, '年底'), (292.8, 297.1, ')')], [(336.7, 347.7, '署'), (350.6, 357.6, '1'), (360.5, 371.5, '项'), (371.5, 375.8, ')')]]),
    (223.0, [[(420.9, 431.9, '项'), (431.9, 436.2, ')')]]),
    (232.3, [[(325.5, 357.8, '(2023'), (360.7, 382.7, '年底'), (382.7, 387.0, ')')]]),
    (254.6, [[(56.8, 243.8, '与遗传资源、传统知识和传统文化表现')]]),
    (263.2, [[(327.0, 360.6, '≥85%'), (363.5, 385.5, '满意')]]),
    (272.5, [[(56.8, 243.8, '形式相关的培训和能力建设活动的参与')], [(271.7, 296.1, '65%')], [(416.3, 440.7, '97%')], [(496.0, 505.6, '●')]]),
    (282.4, [[(328.7, 383.7, '或非常满意')]]),
    (291.7, [[(56.8, 111.8, '者的满意度')]]),
    (313.4, [[(56.8, 243.8, '使用产权组织资料和工具的中小企业支')]]),
    (321.9, [[(267.4, 300.4, '不适用')], [(342.3, 356.3, '10'), (359.2, 370.2, '家')], [(414.6, 428.6, '21'), (431.5, 442.5, '家')], [(496.0, 505.6, '●')]]),
    (331.9, [[(56.8, 122.8, '助机构的数量')]]),
    (352.9, [[(56.8, 243.8, '使用产权组织资料和工具的支助机构所')], [(322.5, 354.0, '2,000'), (356.9, 389.9, '家中小'), (394.8, 426.3, '3,670'), (429.2, 462.2, '家中小')]]),
    (362.1, [[(267.4, 300.4, '不适用')], [(496.0, 505.6, '●')]]),
    (371.4, [[(56.8, 155.8, '协助的中小企业数量')], [(345.2, 367.2, '企业')], [(410.6, 432.6, '企业'), (435.5, 439.9, '⁴'), (442.1, 446.5, '³')]]),
    (393.1, [[(56.8, 243.8, '发明人及中小企业专门网络服务的唯一')], [(328.7, 383.7, '两年期增长')], [(398.8, 444.3, '624,159'), (447.2, 458.2, '人')]]),
    (402.3, [[(254.2, 299.7, '366,023'), (302.6, 313.6, '人')], [(496.0, 505.6, '●')]]),
    (411.6, [[(56.8, 133.8, '身份访问者数量'), (133.8, 137.3, ','), (140.2, 228.2, '包括下载者的数量')], [(344.0, 368.4, '20%')], [(399.6, 403.9, '('), (403.9, 425.9, '增长'), (428.8, 457.5, '71%)')]]),
]


def test_a_column_the_first_lines_leave_empty_is_the_tables_as_it_grows() -> None:
    """s302 p73: the table grown up from its rows of figures takes in rows whose mark (●)
    stands right of every line it was found by: a row taken in says how wide the table is
    (once the rows above "使用产权组织资料和工具的中小企业支" / "助机构的数量" were left out,
    three figures of 表 27 lost with them)."""
    lines = [worded(top, cells, 11.0) for top, cells in S302_INDICATORS_OVERLEAF]
    found = grids(PageLayout(page=73, width=595, height=842, lines=lines))
    labels = [row[0] for table in found for row in table]
    assert any(label.startswith("技术转让实体") for label in labels), found
    assert any(label.startswith("与遗传资源") for label in labels), found
    assert len(found) == 1, found


# s335 p119 (LibreOffice, AR PL UMing 7.5 pt, header band, cells on their middle): under the
# band one row of figures, then rows of deliverables without figures round the next row of
# figures ("CX 加强…" / "2,451,940"), no rule and no room between rows.
S335_DELIVERABLES_UNDER_BAND = [
    (475.5, [[(301.9, 331.9, '经调整的'), (335.6, 358.1, '项目预')]]),
    (481.3, [[(65.3, 95.3, '交付成果')], [(251.5, 266.5, '项目'), (270.2, 285.2, '预算')], [(384.2, 399.2, '支出')], [(429.0, 444.0, '预算'), (447.7, 477.7, '利用情况')], [(496.3, 533.8, '实施进展率')]]),
    (487.1, [[(326.3, 333.8, '算')]]),
    (502.0, [[(65.3, 76.6, 'CRM'), (80.3, 162.8, '建立企业级客户关系管理'), (166.6, 185.4, '(CRM)'), (189.1, 222.9, '解决方案,'), (226.6, 234.1, '使')]]),
    (513.6, [[(65.3, 226.6, '客户相关数据和联系方式采用共同方法进行管理,')], [(251.5, 285.2, '1,274,380')], [(316.9, 343.1, '600,126')], [(378.6, 404.8, '137,192')], [(447.7, 458.9, '23%')], [(509.4, 520.6, '20%')]]),
    (525.0, [[(65.3, 230.3, '包括客户沟通渠道的标准化和客户反馈管理的整合')]]),
    (539.4, [[(65.3, 230.3, '在组织层面为产权组织客户建立产权组织各项服务')]]),
    (551.0, [[(65.3, 132.8, '的共同组合管理功能')]]),
    (565.1, [[(65.3, 159.1, '开发产权组织帐户应用程序,'), (162.8, 230.3, '以实现数据采集的标')]]),
    (576.5, [[(65.3, 200.3, '准化、协调各项服务和改善客户体验管理'), (204.1, 219.1, '(CX)')]]),
    (590.7, [[(65.3, 72.8, 'CX'), (76.6, 234.1, '加强产权组织各项服务与产权组织知识产权门户')]]),
    (602.5, [[(65.3, 91.6, '的整合,'), (95.3, 230.3, '继续开发产权组织知识产权门户及其相关')], [(251.5, 285.2, '2,451,940')], [(313.2, 346.9, '2,713,797')], [(374.8, 408.5, '1,601,414')], [(447.7, 458.9, '59%')], [(509.4, 520.6, '45%')]]),
    (614.1, [[(65.3, 84.1, '功能,'), (87.8, 162.8, '并最终移交给业务部门')]]),
    (628.2, [[(65.3, 215.3, '为产权组织移动应用程序建立框架并参与开发')]]),
    (642.4, [[(65.3, 230.3, '利用产权组织知识产权门户作为知识产权商业化的')]]),
    (653.8, [[(65.3, 80.3, '渠道')]]),
    (668.1, [[(65.3, 110.3, '知识产权分析'), (114.0, 234.0, '使知识产权分析平台的功能符合关于')]]),
    (679.7, [[(65.3, 162.8, '数据治理和管理的组织新政策')]]),
]


def test_a_lone_row_under_a_banded_table_no_rule_closes_is_its_rows() -> None:
    """s335 p119: the second row of figures, with the label-only rows round it, stands under
    the band's table as its rows stand apart, its figures on the first row's: the table's
    rows (once a lone row of figures, left out: the CX deliverable's five figures lost)."""
    from extractors.layout import Rule

    lines = [worded(top, cells, 7.5) for top, cells in S335_DELIVERABLES_UNDER_BAND]
    band = Fill(Box(64.1, 473.1, 545.75, 500.25), dark=True)
    rules = [Rule(Box(64.1, y, 545.8, y), horizontal=True) for y in (473.85, 500.7)]
    found = grids(PageLayout(page=119, width=595, height=842, lines=lines, fills=[band], rules=rules))
    assert len(found) == 1, found
    cx = next((row for row in found[0] if row[0].startswith("CX")), None)
    assert cx is not None and "2,451,940" in cx, found
    assert found[0][-1][0].startswith("知识产权分析"), found


# s329 p133 (LibreOffice, full grid, 9.5 pt): 附件四 continued overleaf, its header repeated
# (four lines tall, "2022/23 年支出" over 人事 / 非人事 / 总计), one row under it; the rules
# parting the three sub-columns run only from the sub-headings down.
S329_GRID_LAST_ROW = [
    (70.2, [[(65.3, 103.3, '预期成果'), (106.2, 130.8, '(单位:'), (133.7, 165.0, '千瑞郎)')], [(189.0, 228.0, '2022/23')], [(240.6, 279.6, '2022/23')], [(328.2, 367.2, '2022/23'), (370.2, 398.7, '年支出')], [(447.6, 485.6, '调剂使用')], [(497.8, 526.3, '预算利'), (529.1, 538.6, '用')]]),
    (89.3, [[(188.2, 197.7, '年'), (200.5, 229.0, '核定预')], [(239.8, 249.3, '年'), (252.1, 280.6, '调剂使')], [(447.6, 485.6, '后最终预')], [(508.7, 527.7, '情况')]]),
    (108.3, [[(203.9, 213.4, '算')], [(239.8, 249.3, '用'), (252.1, 280.6, '后最终')], [(447.6, 485.6, '算和支出')]]),
    (127.4, [[(250.7, 269.7, '预算')], [(452.4, 480.9, '的差异')]]),
    (152.4, [[(302.3, 321.3, '人事')], [(349.2, 377.7, '非人事')], [(405.5, 424.5, '总计')]]),
    (178.8, [[(65.3, 84.3, '总计')], [(190.1, 227.0, '793,792')], [(241.7, 278.6, '793,792')], [(293.3, 330.2, '449,428')], [(344.9, 381.8, '293,340')], [(396.5, 433.4, '742,767')], [(448.1, 485.1, '(51,024)')], [(509.2, 527.2, '94%')]]),
]


def test_rules_parting_the_rows_of_figures_part_columns_however_short() -> None:
    """s329 p133: the rules between 人事, 非人事 and 总计 run under a third of the table's
    height, yet part every row of figures: columns (once dropped as too short, the total's
    three figures one cell, "449,428 293,340 742,767", and three schema failures)."""
    from extractors.layout import Rule

    lines = [worded(top, cells, 9.5) for top, cells in S329_GRID_LAST_ROW]
    across = [Rule(Box(62.0, y, 544.2, y), horizontal=True) for y in (65.5, 147.7, 174.0, 199.0)]
    down = [Rule(Box(x, top, x, bottom), horizontal=False) for x, top, bottom in
            [(62.3, 65.2, 199.3), (182.7, 65.7, 198.8), (234.3, 65.7, 198.8), (285.9, 65.7, 198.8),
             (337.5, 147.4, 198.8), (389.1, 147.4, 198.8), (440.7, 65.7, 198.8), (492.3, 65.7, 198.8),
             (543.9, 65.2, 199.3)]]
    shade = Fill(Box(62.3, 173.8, 543.85, 198.75), dark=False)
    found = grids(PageLayout(page=133, width=595, height=842, lines=lines, fills=[shade], rules=across + down))
    assert len(found) == 1, found
    total = found[0][-1]
    assert total[0] == "总计" and total[3:6] == ["449,428", "293,340", "742,767"], found


# s323 T2 (LibreOffice, Noto Sans 10 pt, horizontal rules, a word processor's 2.2-line
# leading): each heading on two centred lines, the third's second line longer than its first
# ("2022/23 年实际 数" / "与计划和预算 的差异"); no row wraps to say how far a cell's lines stand.
S323_INCOME_HEAD = [
    (342.1, [[(279.0, 318.2, '2022/23'), (320.5, 330.5, '年'), (332.7, 362.7, '计划和')], [(377.3, 416.5, '2022/23'), (418.9, 428.9, '年'), (431.1, 461.1, '收入实')], [(475.7, 514.9, '2022/23'), (517.3, 547.3, '年实际'), (549.5, 559.5, '数')]]),
    (364.1, [[(289.8, 309.8, '预算'), (312.0, 352.0, '收入概算')], [(409.2, 429.2, '际数')], [(471.5, 531.5, '与计划和预算'), (533.7, 563.7, '的差异')]]),
    (390.6, [[(42.6, 62.6, '收费')]]),
    (416.5, [[(42.6, 61.3, 'PCT'), (63.6, 83.6, '体系')], [(308.4, 333.3, '736.9')], [(406.7, 431.6, '749.4')], [(504.7, 530.5, '102%')]]),
    (443.0, [[(42.6, 92.6, '马德里体系')], [(308.4, 333.3, '160.0')], [(406.7, 431.6, '169.9')], [(504.7, 530.5, '106%')]]),
    (469.6, [[(42.6, 82.6, '海牙体系')], [(311.2, 330.6, '12.2')], [(409.5, 428.9, '15.0')], [(504.7, 530.5, '123%')]]),
]


def test_a_centred_heading_whose_second_line_is_longer_is_one_heading() -> None:
    """s323 T2: the three headings' second lines each go on the line over them, centred on
    it, the third longer by less than an em: the leading of the header's cells, so three
    headings (once three header rows, "2022/23 年收入实" spanning two columns over "际数":
    actual income unrecognised, its negative 杂项收入 a schema failure)."""
    from extractors.layout import Rule

    lines = [worded(top, cells, 10.0) for top, cells in S323_INCOME_HEAD]
    rules = [Rule(Box(39.7, y, 566.7, y), horizontal=True) for y in (336.4, 385.0, 411.6, 438.1, 464.8)]
    tables = [build_table(r, 4) for r in find_regions(PageLayout(page=4, width=595, height=842, lines=lines,
                                                                  rules=rules))]
    assert len(tables) == 1 and tables[0] is not None
    assert [[c.text for c in row] for row in tables[0].header] == [
        ["", "2022/23 年计划和预算收入概算", "2022/23 年收入实际数", "2022/23 年实际数与计划和预算的差异"]]


# s313 p63 (Chromium, AR PL UMing 9.35 pt, header band, booktabs, cells on their middle, no
# padding between rows): 4.2's label on three lines round its figures, 4.3's on two, the
# figures between them.
S313_RESULTS_TIGHT = [
    (344.9, [[(307.8, 338.4, '2022/23'), (342.3, 351.7, '年'), (356.0, 402.8, '调剂使用后'), (407.1, 416.4, '预')]]),
    (350.8, [[(75.2, 112.6, '预期成果')], [(197.0, 227.6, '2022/23'), (231.5, 240.9, '年'), (245.2, 291.9, '计划和预算')], [(357.5, 366.8, '算')], [(446.4, 476.9, '2022/23'), (480.9, 490.2, '年'), (494.5, 513.2, '支出')]]),
    (373.4, [[(75.2, 88.5, '3.1'), (92.5, 176.6, '产权组织的全球知识')]]),
    (385.2, [[(75.2, 178.1, '产权体系、服务、知识和')]]),
    (391.9, [[(231.5, 257.8, '17,305')], [(349.2, 375.4, '17,892')], [(466.9, 493.1, '17,432')]]),
    (397.8, [[(75.2, 178.1, '数据得到更广泛、更有效')]]),
    (409.6, [[(75.2, 103.3, '的使用')]]),
    (423.6, [[(75.2, 88.5, '3.2'), (92.5, 176.6, '产权组织全球知识产')]]),
    (435.5, [[(75.2, 178.1, '权体系、服务、知识和数')]]),
    (441.4, [[(238.0, 251.3, '191')], [(355.7, 369.0, '287')], [(473.3, 486.6, '172')]]),
    (447.3, [[(75.2, 178.1, '据的生产率和服务质量得')]]),
    (459.1, [[(75.2, 103.3, '到提高')]]),
    (473.1, [[(75.2, 88.5, '3.3'), (92.5, 176.6, '通过产权组织基于知')]]),
    (484.9, [[(75.2, 164.0, '识产权的平台和工具,'), (168.0, 177.4, '促')]]),
    (490.8, [[(233.7, 255.6, '2,444')], [(351.3, 373.3, '2,490')], [(469.0, 491.0, '2,544')]]),
    (496.8, [[(75.2, 173.4, '进知识转让和技术调适,')]]),
    (508.6, [[(75.2, 131.3, '应对全球挑战')]]),
    (522.6, [[(75.2, 88.5, '4.1'), (92.5, 176.6, '更有效地利用知识产')]]),
    (534.4, [[(75.2, 178.1, '权支持所有成员国及其相')]]),
    (546.2, [[(75.2, 178.1, '关区域和次区域的增长与')], [(233.7, 255.6, '1,767')], [(351.3, 373.3, '1,690')], [(469.0, 491.0, '1,712')]]),
    (558.0, [[(75.2, 98.6, '发展,'), (102.6, 177.4, '包括通过将发展议')]]),
    (569.9, [[(75.2, 140.7, '程建议纳入主流')]]),
    (583.9, [[(75.2, 88.5, '4.2'), (92.5, 176.6, '兼顾各方利益的有效')]]),
    (595.7, [[(75.2, 178.1, '知识产权、创新和创造生')], [(231.5, 257.8, '10,630')], [(349.2, 375.4, '11,192')], [(466.9, 493.1, '11,144')]]),
    (608.3, [[(75.2, 178.1, '态系统在成员国得到发展')]]),
    (621.6, [[(75.2, 88.5, '4.3'), (92.5, 176.6, '知识产权知识和技能')]]),
    (628.2, [[(238.0, 251.3, '723')], [(355.7, 369.0, '768')], [(473.3, 486.6, '557')]]),
    (634.1, [[(75.2, 168.7, '在所有成员国得到增进')]]),
    (648.1, [[(75.2, 88.5, '4.4'), (92.5, 167.3, '更多创新者、创造')]]),
    (660.0, [[(75.2, 178.1, '者、中小企业、高校、研')]]),
    (665.9, [[(231.5, 257.8, '10,914')], [(349.2, 375.4, '11,533')], [(466.9, 493.1, '11,601')]]),
    (671.8, [[(75.2, 178.1, '究机构和社群成功地运用')]]),
    (683.6, [[(75.2, 112.6, '知识产权')]]),
    (697.6, [[(75.2, 93.9, '总计')], [(231.5, 257.8, '43,975')], [(349.2, 375.4, '45,852')], [(466.9, 493.1, '45,161')]]),
]


def test_a_rows_first_label_line_read_under_the_row_above_goes_back() -> None:
    """s313 p63: "4.3 知识产权知识和技能" stands at the wrapped lines' spacing under 4.2's
    label, and 4.3's figures between it and "在所有成员国得到增进": moved back, both rows
    stand on their middles (once 4.2's label ran on into 4.3's and 4.3's was cut: two
    cross-table checks failed on 4.3)."""
    from extractors.layout import Rule

    lines = [worded(top, cells, 9.35) for top, cells in S313_RESULTS_TIGHT]
    band = Fill(Box(74.16, 344.44, 538.66, 371.02), dark=True)
    rules = [Rule(Box(74.2, y, 538.7, y), horizontal=True) for y in (343.7, 371.0, 709.2)]
    found = grids(PageLayout(page=63, width=612, height=792, lines=lines, fills=[band], rules=rules))
    labels = [row[0] for row in found[-1]]
    assert "4.2 兼顾各方利益的有效知识产权、创新和创造生态系统在成员国得到发展" in labels, found
    assert "4.3 知识产权知识和技能在所有成员国得到增进" in labels, found


# s313 p45 (Chromium, AR PL UMing 9.35 pt, cells on their middle, rows 0.2 lines apart): a
# section label on two lines ("4.3. …") right over a row whose label wraps round its figures.
S313_SECTION_OVER_ROW = [
    (162.2, [[(75.2, 178.1, '利用全球创新指数发展其')], [(367.8, 376.8, '91'), (380.7, 431.4, '个国家（118'), (435.4, 444.7, '个')]]),
    (168.1, [[(191.3, 200.3, '77'), (204.2, 254.9, '个国家（110'), (258.9, 268.2, '个')]]),
    (174.0, [[(75.2, 178.1, '创新战略和生态系统的国')], [(286.0, 332.7, '两年期增长'), (337.1, 350.4, '20%')], [(368.9, 443.7, '国家答复）（增长')], [(489.8, 499.2, '●')]]),
    (179.9, [[(206.4, 253.1, '国家答复）')]]),
    (185.9, [[(75.2, 103.3, '家数量')], [(395.1, 417.4, '18%）')]]),
    (199.9, [[(365.6, 383.2, '2022'), (387.2, 414.9, '年：99'), (418.8, 446.9, '个国家')]]),
    (211.7, [[(367.1, 376.4, '和'), (380.7, 385.4, '3'), (389.4, 445.4, '个区域司法管')]]),
    (217.6, [[(277.0, 286.0, '70'), (290.0, 327.4, '个国家和'), (331.7, 336.3, '4'), (340.3, 359.0, '个区')]]),
    (223.5, [[(188.8, 197.8, '88'), (201.7, 239.1, '个国家和'), (243.4, 248.1, '6'), (252.0, 270.7, '个区')], [(373.5, 439.0, '辖区的代表参加')]]),
    (229.4, [[(275.9, 360.1, '域司法管辖区的代表')]]),
    (235.3, [[(75.2, 178.1, '成员国司法机构的持续参')], [(187.7, 271.8, '域司法管辖区的代表')], [(363.5, 381.1, '2023'), (385.0, 417.0, '年：101'), (421.0, 449.0, '个国家')]]),
    (241.2, [[(275.9, 360.1, '参加法官论坛（面对')], [(489.8, 499.2, '●')]]),
    (247.1, [[(75.2, 103.3, '与程度')], [(188.8, 207.5, '参加'), (211.8, 229.4, '2021'), (233.3, 270.7, '年度法官')], [(367.1, 376.4, '和'), (380.7, 385.4, '4'), (389.4, 445.4, '个区域司法管')]]),
    (253.1, [[(280.6, 355.4, '面，可选择混合形')]]),
    (259.0, [[(201.7, 257.8, '论坛（虚拟）')], [(364.2, 448.3, '辖区的代表参加（面')]]),
    (264.9, [[(308.6, 327.3, '式）')]]),
    (270.8, [[(364.2, 448.3, '对面，可选择混合形')]]),
    (282.6, [[(396.9, 415.6, '式）')]]),
    (296.6, [[(75.2, 92.9, '4.3.'), (96.8, 180.9, '知识产权知识和技能')]]),
    (308.4, [[(75.2, 168.7, '在所有成员国得到增进')]]),
    (322.5, [[(75.2, 178.1, '专利法及相关问题的能力')]]),
    (328.4, [[(278.8, 357.2, '≥95%满意或非常满')], [(365.6, 406.6, '96%（基于'), (410.9, 424.2, '258'), (428.2, 446.9, '份答')]]),
    (335.0, [[(75.2, 178.1, '建设和培训活动参与者的')], [(223.3, 236.6, '95%')], [(489.8, 499.2, '●')]]),
    (340.9, [[(313.3, 322.7, '意')], [(396.9, 415.6, '复）')]]),
    (346.8, [[(75.2, 103.3, '满意度')]]),
    (360.9, [[(75.2, 178.1, '商标、工业品外观设计和')]]),
    (372.7, [[(75.2, 178.1, '地理标志及相关问题的能')], [(278.8, 357.2, '≥90%满意或非常满')], [(367.8, 408.8, '96%（基于'), (413.1, 422.1, '72'), (426.0, 444.7, '份答')]]),
    (378.6, [[(223.3, 236.6, '93%')], [(489.8, 499.2, '●')]]),
    (384.5, [[(75.2, 178.1, '力建设和培训活动参与者')], [(313.3, 322.7, '意')], [(396.9, 415.6, '复）')]]),
    (396.3, [[(75.2, 112.6, '的满意度')]]),
]


def test_a_section_label_read_into_the_row_under_it_is_a_row_of_its_own() -> None:
    """s313 p45: the section's two lines stand further from "专利法及相关问题的能力" than a
    cell's lines wrap, and without them that row stands on its middle: a row of their own
    (once the first lines of the row's label, the label no longer the registry's)."""
    lines = [worded(top, cells, 9.35) for top, cells in S313_SECTION_OVER_ROW]
    found = grids(PageLayout(page=45, width=612, height=792, lines=lines))
    labels = [row[0] for table in found for row in table]
    assert "4.3. 知识产权知识和技能在所有成员国得到增进" in labels, found
    assert "专利法及相关问题的能力建设和培训活动参与者的满意度" in labels, found


# s148 p1 (Chromium, Noto Sans 8.2 pt, cells on their bottom): the contents, an annex's title
# wrapped over two lines, the page number on the second; a line with a Latin run ("附件一
# 2022/23 年按部门开列") stands higher by its box's top than one of CJK only.
S148_CONTENTS_WRAPPED = [
    [[(55.1, 112.8, 300.2, 307.7, '基础设施和平台')], [(349.0, 358.2, 300.5, 307.7, '64')]],
    [[(55.1, 129.3, 314.3, 321.6, '全球挑战和伙伴关系')], [(349.0, 358.2, 314.3, 321.6, '65')]],
    [[(55.1, 145.7, 327.4, 334.7, '知识产权和创新生态系统')], [(349.0, 358.2, 327.4, 334.7, '66')]],
    [[(55.3, 121.0, 341.2, 348.5, '行政、财务和管理')], [(349.0, 358.2, 341.2, 348.5, '67')]],
    [[(55.1, 71.6, 355.1, 362.3, '四、'), (73.4, 81.6, 354.7, 362.3, '附'), (83.5, 91.7, 355.1, 362.3, '件')], [(349.0, 358.2, 355.1, 362.3, '68')]],
    [[(55.1, 79.5, 367.8, 375.4, '附件一'), (81.6, 112.3, 368.2, 375.4, '2022/23'), (114.2, 163.6, 367.9, 375.4, '年按部门开列')]],
    [[(55.1, 121.0, 379.8, 387.0, '的调剂使用后预算')], [(349.0, 358.2, 379.8, 387.0, '69')]],
    [[(55.1, 79.3, 392.6, 400.1, '附件二'), (81.6, 112.3, 392.9, 400.1, '2022/23'), (114.2, 155.4, 392.6, 400.1, '年收入概算')], [(349.0, 358.2, 392.9, 400.1, '70')]],
    [[(55.1, 79.8, 406.4, 414.0, '附件三'), (81.6, 131.1, 406.7, 414.0, '按部门开列的'), (132.9, 163.6, 406.7, 414.0, '2022/23')]],
    [[(55.1, 162.2, 417.3, 424.9, '年核定预算和调剂使用后预算')], [(349.0, 358.2, 417.6, 424.9, '71')]],
    [[(55.1, 79.8, 431.1, 438.7, '附件四'), (81.6, 112.3, 431.5, 438.7, '2022/23'), (114.2, 163.6, 431.2, 438.7, '年按预期成果')]],
    [[(55.1, 154.0, 442.4, 449.6, '开列的预算和资源利用情况')], [(349.0, 358.2, 442.4, 449.6, '72')]],
    [[(55.1, 79.8, 455.9, 463.4, '附件五'), (81.6, 131.1, 456.2, 463.4, '按部门开列的'), (132.9, 163.6, 456.2, 463.4, '2022/23')]],
    [[(55.1, 79.8, 466.8, 474.4, '年员额')], [(349.0, 358.2, 467.1, 474.4, '73')]],
]


def test_a_caption_like_first_line_of_an_entry_is_measured_on_its_baseline() -> None:
    """s148 p1: "附件一 2022/23 年按部门开列" goes on into "的调剂使用后预算  69" closer than
    the entries stand apart on their baselines (11.6 against 13.1 pt), not on their tops
    (12.0 against 12.8): a row's first line, not a caption (once it cut the contents in two,
    twelve entries in a second table)."""
    lines = [based(cells, 8.24) for cells in S148_CONTENTS_WRAPPED]
    found = grids(PageLayout(page=1, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert ["附件一 2022/23 年按部门开列的调剂使用后预算", "69"] in found[0], found


# s119 p2 (LibreOffice, Noto Serif 10.5 pt, cells on their middle, a 1.15 leading): the
# contents overleaf, each annex's title on two lines, its page number on a line of its own
# between them.
S119_CONTENTS_MIDDLE = [
    (54.9, [[(48.3, 79.8, '附件二'), (82.5, 121.3, '2022/23'), (124.1, 176.6, '年收入概算')], [(364.3, 375.9, '70')]]),
    (87.0, [[(48.3, 79.8, '附件三'), (82.5, 145.5, '按部门开列的'), (148.2, 187.0, '2022/23')]]),
    (98.9, [[(364.8, 375.4, '71')]]),
    (110.9, [[(48.3, 184.8, '年核定预算和调剂使用后预算')]]),
    (143.0, [[(48.3, 79.8, '附件四'), (82.5, 121.3, '2022/23'), (124.1, 187.1, '年按预期成果')]]),
    (154.9, [[(364.3, 375.9, '72')]]),
    (166.8, [[(48.3, 174.3, '开列的预算和资源利用情况')]]),
    (198.9, [[(48.3, 79.8, '附件五'), (82.5, 145.5, '按部门开列的'), (148.2, 187.0, '2022/23')]]),
    (210.8, [[(364.3, 375.9, '73')]]),
    (222.8, [[(48.3, 79.9, '年员额')]]),
    (254.9, [[(48.3, 79.9, '附件六'), (82.5, 121.3, '2022/23'), (124.1, 187.1, '年按联盟开列')]]),
    (266.8, [[(364.3, 375.8, '74')]]),
    (278.7, [[(48.3, 121.8, '的主要财务数据')]]),
    (310.8, [[(48.3, 79.8, '附件七'), (82.5, 103.4, 'PCT'), (106.1, 148.4, '体系指标')], [(364.3, 375.9, '75')]]),
    (342.9, [[(48.3, 79.8, '附件八'), (82.5, 156.3, '马德里业务指标')], [(364.7, 375.4, '81')]]),
    (375.0, [[(48.3, 79.8, '附件九'), (82.5, 145.8, '海牙业务指标')], [(364.3, 376.0, '89')]]),
    (407.1, [[(48.3, 79.8, '附件十'), (82.5, 105.8, '2023'), (108.6, 192.6, '年信托基金进展报')]]),
    (419.0, [[(364.3, 376.0, '94')]]),
    (431.0, [[(48.3, 58.8, '告')]]),
    (463.1, [[(48.3, 90.3, '附件十一'), (93.0, 116.3, '2023'), (119.1, 192.6, '年基本建设总计')]]),
    (475.0, [[(361.8, 378.5, '109')]]),
    (486.9, [[(48.3, 100.8, '划进展报告')]]),
    (519.0, [[(48.3, 90.3, '附件十二'), (93.0, 135.0, '预期成果'), (137.7, 151.9, '3.1'), (154.6, 186.1, '推广全')]]),
    (530.9, [[(362.3, 378.0, '161')]]),
    (542.9, [[(48.3, 184.8, '球知识产权体系相关资源细目')]]),
]


def test_figures_on_a_line_of_their_own_midway_in_a_label_are_its_rows() -> None:
    """s119 p2: "71" stands on the middle between "附件三 按部门开列的 2022/23" and "年核定预算和
    调剂使用后预算", each half a line off it: the row's figure, and the caption-like first
    line the row's (once "附件三" to "附件五" were read as no table at all, "附件六" as a
    caption: nine entries of the contents lost)."""
    lines = [worded(top, cells, 10.4) for top, cells in S119_CONTENTS_MIDDLE]
    found = grids(PageLayout(page=2, width=595, height=842, lines=lines))
    assert len(found) == 1, found
    assert ["附件三按部门开列的 2022/23年核定预算和调剂使用后预算", "71"] in found[0], found
    assert ["附件六 2022/23 年按联盟开列的主要财务数据", "74"] in found[0], found


# s119 p84 (LibreOffice, Noto Serif 10.5 pt, header band repeated with the rows LibreOffice
# took for heading rows, cells on their middle): under the band, two rows whose labels wrap
# round their cells ("不适用  ≥80%  82%  ●"), each padded apart from the next.
S119_ROWS_ROUND_CELLS = [
    (57.2, [[(48.3, 91.0, '绩效指标')], [(230.5, 251.5, '基准')], [(316.5, 338.2, '目标')], [(392.1, 434.1, '绩效数据')], [(467.6, 530.6, '绩效指标评估')]]),
    (89.3, [[(379.9, 432.4, '新增支助了'), (435.1, 446.2, '14')]]),
    (101.2, [[(211.1, 242.6, '支助了'), (245.2, 257.6, '35'), (260.3, 271.3, '项')]]),
    (112.2, [[(295.0, 337.0, '新增支助'), (339.7, 345.9, '6'), (348.5, 359.5, '项')], [(377.6, 388.6, '项'), (390.7, 424.9, 'ccTLD'), (427.5, 448.5, '政策')]]),
    (124.1, [[(212.1, 246.3, 'ccTLD'), (248.9, 269.9, '政策')]]),
    (136.0, [[(298.1, 332.3, 'ccTLD'), (334.9, 355.9, '政策')], [(375.2, 427.2, '（2022/23'), (429.9, 451.0, '年共')], [(493.9, 504.4, '●')]]),
    (147.9, [[(206.9, 241.0, '（2021'), (243.6, 275.1, '年底累')]]),
    (160.9, [[(292.2, 327.6, '（2023'), (330.3, 361.8, '年底）')], [(378.6, 410.1, '支助了'), (412.8, 423.9, '31'), (426.5, 447.5, '项政')]]),
    (172.8, [[(230.5, 251.5, '计）')]]),
    (183.7, [[(402.6, 423.6, '策）')]]),
    (216.8, [[(48.3, 184.8, '全球创新指数网站的唯一身份')], [(300.8, 353.3, '两年期增长')], [(381.9, 431.1, '2,170,629'), (433.8, 444.3, '人')]]),
    (228.7, [[(209.9, 258.9, '1,757,767'), (261.6, 272.1, '人')], [(493.9, 504.4, '●')]]),
    (240.7, [[(48.3, 100.8, '访问者数量')], [(315.7, 338.2, '20%')], [(379.4, 410.9, '（增长'), (413.6, 446.7, '23%）')]]),
    (272.0, [[(48.3, 184.8, '成功完成技能培训项目的参与')]]),
    (283.9, [[(225.2, 256.7, '不适用')], [(311.1, 343.0, '≥80%')], [(402.4, 423.8, '82%')], [(493.9, 504.4, '●')]]),
    (295.8, [[(48.3, 90.3, '者百分比')]]),
    (327.9, [[(48.3, 184.8, '参加高级远程学习课程知识和')]]),
    (339.8, [[(230.3, 251.7, '64%')], [(311.1, 342.9, '≥70%')], [(396.9, 418.3, '83%'), (421.0, 425.0, '³'), (425.0, 429.2, '⁸')], [(493.9, 504.4, '●')]]),
    (351.8, [[(48.3, 174.3, '技能考试的参与者的成功率')]]),
]


def test_rows_whose_labels_wrap_round_their_cells_under_a_band_are_the_tables() -> None:
    """s119 p84: each row of cells stands between its label's two lines, which say how wide
    the table is, and the two rows, each alone, stand in one another's columns: the band's
    rows (once left out, the band read alone and no table on the page: two rows of 表 26
    lost)."""
    from extractors.layout import Rule

    lines = [worded(top, cells, 10.5) for top, cells in S119_ROWS_ROUND_CELLS]
    band = Fill(Box(43.2, 48.2, 542.05, 265.25), dark=True)
    rules = [Rule(Box(43.2, y, 542.1, y), horizontal=True) for y in (49.0, 265.7)]
    found = grids(PageLayout(page=84, width=595, height=842, lines=lines, fills=[band], rules=rules))
    assert len(found) == 1, found
    assert found[0][-2:] == [["成功完成技能培训项目的参与者百分比", "不适用", "≥80%", "82%", "●"],
                             ["参加高级远程学习课程知识和技能考试的参与者的成功率", "64%", "≥70%", "83%", "●"]], found


# s104 T1 overleaf (LibreOffice, Noto Serif 11 pt, a 2.15-line leading): the header repeated
# over the last rows, its three headings set 5.4 pt apart, their words 2.7 pt, two of them
# wrapped a line and a half below; the rows' figures in one column only.
S104_HEAD_OVERLEAF = [
    (64.1, [[(59.7, 125.7, '主要财务数据')], [(242.2, 285.7, '2022/23'), (288.5, 299.5, '年'), (302.2, 335.2, '计划和'), (340.6, 384.1, '2022/23'), (386.9, 397.9, '年'), (400.6, 433.6, '实际数'), (439.0, 482.5, '2022/23'), (485.3, 496.3, '年'), (499.0, 532.0, '实际数')]]),
    (87.8, [[(277.7, 299.7, '预算')], [(440.1, 473.1, '与计划'), (475.8, 530.8, '和预算的差')]]),
    (111.5, [[(480.0, 491.0, '异')]]),
    (135.5, [[(59.7, 83.3, '2021'), (86.1, 97.1, '年'), (99.9, 111.2, '12'), (114.0, 125.0, '月'), (127.8, 139.1, '31'), (142.0, 186.0, '日净资产')], [(407.1, 435.2, '408.5')]]),
    (160.3, [[(59.7, 115.6, '盈余/(赤字)')], [(409.0, 435.2, '121.5')]]),
    (185.1, [[(59.7, 136.7, '重估储备金盈余')], [(406.2, 435.2, '(12.3)')]]),
]


def test_headings_set_a_little_wider_apart_than_their_words_are_parted() -> None:
    """s104 p4: "2022/23 年 计划和 2022/23 年 实际数 2022/23 年 实际数", one piece of text,
    parts at its two gaps twice as wide as its words', the first and third parts centred over
    their wrapped lines: three headings (once one, the header no repeat of T1's and the last
    rows a table of their own, six figures lost)."""
    from extractors.layout import Rule

    lines = [worded(top, cells, 11.0) for top, cells in S104_HEAD_OVERLEAF]
    rules = [Rule(Box(58.0, y, 535.0, y), horizontal=True) for y in (60.0, 132.3, 157.1, 181.9)]
    [table] = [build_table(r, 4) for r in find_regions(PageLayout(page=4, width=595, height=842, lines=lines,
                                                                    rules=rules))]
    assert [c.text for c in table.header[0]] == ["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数",
                                                 "2022/23 年实际数与计划和预算的差异"]
    assert [c.text for c in table.rows[0]] == ["2021 年 12 月 31 日净资产", "", "408.5", ""]


# s177 p123 (WeasyPrint, AR PL UMing 11 pt, zebra stripes, cells on their foot): a table of
# benefits overleaf, one row unshaded at the top of the page, then a striped row.
S177_STRIPED_ROW_UNDER_ROW = [
    (42.1, [[(251.9, 317.9, '工作人员在经')]]),
    (54.4, [[(251.9, 317.9, '历就地避难演')], [(489.5, 506.0, '10%'), (511.5, 539.0, '(2023')]]),
    (66.7, [[(47.2, 234.1, '提高全组织的意识和准备（包括所有工')], [(251.9, 317.9, '习之前接受培')], [(489.5, 506.0, '年)'), (511.5, 539.0, '[将于')]]),
    (79.0, [[(47.2, 91.1, '作人员）')], [(273.9, 295.9, '训。')], [(328.3, 339.3, '0%'), (344.8, 372.3, '(2022'), (377.8, 394.3, '年)')], [(426.8, 448.8, '100%')], [(481.2, 503.2, '2024'), (508.7, 547.2, '年完成]')]]),
    (99.9, [[(251.9, 317.9, '符合本组织对')]]),
    (112.3, [[(47.2, 234.1, '减少产权组织风险热度地图中提到的与')], [(251.9, 317.9, '员工安全的低')], [(333.8, 355.8, '100%'), (361.3, 388.8, '(2022')]]),
    (124.6, [[(47.2, 168.1, '恐怖主义相关的组织风险')], [(257.4, 312.4, '风险偏好。')], [(353.1, 369.6, '年)')], [(426.8, 448.8, '100%')], [(503.2, 525.2, '100%')]]),
]


def test_a_striped_row_padded_as_the_rows_under_a_row_is_its_tables() -> None:
    """s177 p123: the stripe pads its row 5.2 pt above its first line, and the row above ends
    4.7 pt over the stripe: rows 9.9 pt apart, twice a row's padding, though the row above
    wraps its lines 1.3 pt apart; its figures stand on the row's cells: one table (once a
    second one, the striped row's first line its header)."""
    from extractors.layout import Rule

    lines = [worded(top, cells, 11.0) for top, cells in S177_STRIPED_ROW_UNDER_ROW]
    stripe = Fill(Box(42.85, 94.73, 552.43, 141.04), dark=False)
    closing = Rule(Box(42.85, 141.04, 552.43, 141.04), horizontal=True)
    found = grids(PageLayout(page=123, width=595, height=842, lines=lines, fills=[stripe], rules=[closing]))
    assert len(found) == 1, found
    assert found[0][-1][0] == "减少产权组织风险热度地图中提到的与恐怖主义相关的组织风险", found


# s311 p154 (LibreOffice, WenQuanYi 10.5 pt, no rules, cells on their top): a deliverable's
# label whose Latin run ("(eFiling、eLoop、电子续展…") LibreOffice moved whole to the next line,
# the line above ending with room for "(eFiling、" alone.
S311_LATIN_RUN_MOVED = [
    (470.0, [[(37.0, 79.0, '交付成果')], [(270.5, 291.5, '项目'), (294.6, 315.6, '预算')], [(327.7, 369.7, '经调整的'), (372.8, 383.3, '项')], [(407.5, 428.5, '支出')], [(452.6, 473.6, '预算'), (476.7, 508.2, '利用情')], [(515.1, 536.1, '实施'), (539.2, 570.7, '进展率')]]),
    (487.6, [[(339.8, 371.3, '目预算')], [(475.2, 485.7, '况')]]),
    (507.1, [[(37.0, 184.0, '将海牙四个面向用户的应用程序')], [(272.6, 313.4, '232,822')], [(335.1, 375.9, '196,805')], [(397.5, 438.3, '196,077')], [(467.3, 493.5, '100%')], [(529.8, 556.0, '100%')]]),
    (524.7, [[(37.0, 257.8, '(eFiling、eLoop、电子续展以及海牙客户数据库)')]]),
    (542.3, [[(37.0, 82.1, '迁移到云,'), (85.3, 224.9, '实施基于云的中心化监测系统;'), (228.1, 259.6, '为法律')]]),
    (559.9, [[(37.0, 155.6, '框架的发展提供技术支持;'), (158.8, 253.3, '以及增强访问权限管')]]),
    (577.5, [[(37.0, 47.5, '理')]]),
    (596.9, [[(37.0, 184.0, '增强主管局与国际局的数据交换')], [(272.6, 313.4, '784,298')], [(335.1, 375.9, '451,965')], [(397.5, 438.3, '451,965')], [(467.3, 493.5, '100%')], [(529.8, 556.0, '100%')]]),
    (616.4, [[(37.0, 218.6, '扩展并加强向海牙体系用户提供的服务,'), (221.8, 253.3, '例如扩')], [(267.9, 318.2, '1,100,597')], [(330.4, 380.7, '1,408,391')], [(392.8, 443.1, '1,396,782')], [(470.5, 490.4, '99%')], [(532.9, 552.8, '99%')]]),
    (634.0, [[(37.0, 145.1, '展现有的以下在线服务:'), (148.3, 253.3, '可用的语言服务、权利')]]),
    (651.6, [[(37.0, 257.5, '人就已在产权组织注册的工业品外观设计提出变')]]),
]


def test_a_latin_run_moved_whole_to_the_next_line_goes_on_the_label() -> None:
    """s311 p154: the next line's first unit runs through its CJK punctuation to the first
    ideograph ("(eFiling、eLoop、"), too wide for the room the line above left: the label goes
    on (once a row of its own, the deliverable's label cut and its five figures lost to it)."""
    lines = [worded(top, cells, 10.5) for top, cells in S311_LATIN_RUN_MOVED]
    found = grids(PageLayout(page=154, width=595, height=842, lines=lines))
    labels = [row[0] for table in found for row in table]
    assert any(label.startswith("将海牙四个面向用户的应用程序(eFiling、eLoop、") for label in labels), found
    assert not any(label.startswith("(eFiling") for label in labels), found


# s281 p87 (LibreOffice, WenQuanYi 7 pt, no rules, cells on their foot): a table of two rows
# under its header at a page's foot, the second padded further off than the first row's
# wrapped lines show; above it the section's list of benefits.
S281_SECOND_ROW_PADDED = [
    (7.0, [[(34.1, 271.4, 549.5, 557.0, 555.7, '减少了发生敏感数据的恶意或意外披露的可能性（65%，相当于每年规避成本'), (273.5, 286.1, 549.5, 556.5, 555.7, '180'), (288.2, 323.2, 549.5, 556.5, 555.7, '万瑞郎）。')]]),
    (7.0, [[(34.1, 55.1, 564.5, 571.5, 570.7, '减少了'), (57.2, 68.9, 564.5, 571.5, 570.7, 'PCT'), (71.1, 273.4, 564.5, 572.0, 570.7, '信息技术网络受到网络攻击的可能性（46%，相当于每年规避成本'), (275.5, 288.1, 564.5, 571.5, 570.7, '130'), (290.2, 325.2, 564.5, 571.5, 570.7, '万瑞郎）。')]]),
    (7.0, [[(34.1, 55.1, 579.5, 586.5, 585.7, '减少了'), (57.2, 68.9, 579.5, 586.5, 585.7, 'PCT'), (71.1, 224.4, 579.5, 587.0, 585.7, '关键系统的中断事件（10%，相当于每年规避成本'), (226.5, 234.9, 579.5, 586.5, 585.7, '10'), (237.0, 272.0, 579.5, 586.5, 585.7, '万瑞郎）。')]]),
    (7.0, [[(34.1, 166.4, 594.5, 601.7, 600.7, '改善客户体验（50%，相当于每年规避成本'), (168.5, 181.1, 594.5, 601.5, 600.7, '160'), (183.2, 218.2, 594.5, 601.5, 600.7, '万瑞郎）。')]]),
    (7.0, [[(34.1, 173.4, 609.5, 616.7, 615.7, '提高组织灵活性（45%，相当于每年规避成本'), (175.5, 183.9, 609.5, 616.5, 615.7, '40'), (186.0, 221.0, 609.5, 616.5, 615.7, '万瑞郎）。')]]),
    (8.0, [[(34.1, 74.1, 624.7, 632.8, 631.7, '过渡期效益', True)]]),
    (7.0, [[(34.1, 62.1, 645.9, 653.1, 652.1, '效益说明', True)], [(233.3, 275.3, 645.9, 653.4, 652.1, '关键绩效指标', True)], [(334.9, 355.9, 645.9, 653.1, 652.1, '基准值', True)], [(426.0, 447.0, 645.9, 653.1, 652.1, '目标值', True)], [(513.7, 541.7, 645.9, 652.9, 652.1, '绩效数据', True)]]),
    (7.0, [[(34.1, 48.1, 666.9, 673.9, 672.9, '提高'), (50.2, 61.9, 666.7, 673.7, 672.9, 'PCT'), (64.1, 148.1, 666.7, 674.2, 672.9, '关键系统的服务水平和减少'), (150.2, 161.9, 666.7, 673.7, 672.9, 'PCT'), (164.0, 199.0, 666.7, 674.2, 672.9, '关键系统的')]]),
    (7.0, [[(34.1, 62.1, 678.3, 685.4, 684.4, '中断时间')], [(222.6, 234.3, 678.2, 685.2, 684.4, 'PCT'), (236.4, 278.4, 678.2, 685.4, 684.4, '系统的可用性'), (280.5, 286.1, 678.6, 685.6, 684.4, '⁶⁵')], [(335.6, 355.2, 678.2, 685.2, 684.4, '99.5%')], [(426.7, 446.3, 678.2, 685.2, 684.4, '99.8%')], [(514.0, 533.6, 678.2, 685.2, 684.4, '99.7%'), (535.7, 541.3, 678.6, 685.6, 684.4, '⁶⁶')]]),
    (7.0, [[(34.1, 202.4, 699.0, 706.5, 705.2, '减少恶意或无意中披露或修改未公布申请/注册/专利信')]]),
    (7.0, [[(34.1, 202.1, 710.5, 718.0, 716.7, '息的可能性，降低网络攻击的可能性，并降低成功的网')], [(215.8, 292.8, 710.5, 718.0, 716.7, '暴露在网络威胁下的比例')]]),
    (7.0, [[(34.1, 97.1, 722.0, 729.5, 728.2, '络攻击所造成的影响')], [(251.5, 257.1, 722.4, 729.4, 728.2, '⁶⁷')], [(335.6, 355.2, 722.0, 729.0, 728.2, '74.5%')], [(426.7, 446.3, 722.0, 729.0, 728.2, '53.5%')], [(514.0, 533.6, 722.0, 729.0, 728.2, '59.3%'), (535.7, 541.3, 722.4, 729.4, 728.2, '⁶⁸')]]),
]


def test_a_lone_row_under_an_unruled_table_as_far_as_its_lines_stand_is_its_row() -> None:
    """s281 p87: the second row's figures stand on the first row's, its first line as far
    under the first row as the header stands over it: the table's row (once a lone row of
    figures left out, three figures of table 80 lost)."""
    lines = as_printed(S281_SECOND_ROW_PADDED)
    found = grids(PageLayout(page=87, width=612, height=792, lines=lines))
    assert len(found) == 1, found
    assert found[0][-1][0].startswith("减少恶意或无意中披露"), found
    assert "74.5%" in found[0][-1], found


# s176 p97 (LibreOffice, Noto Serif 7 pt, no rules, cells on their middle): a table of
# benefits under its header, its first row's cells (five lines of the indicator) set on their
# middle, the second row padded further off than the first row's lines stand.
S176_FIRST_ROW_APART = [
    (7.0, [[(51.1, 79.1, 223.4, 231.1, 230.5, '效益说明', True)], [(253.1, 295.6, 223.4, 231.1, 230.5, '关键绩效指标', True)], [(331.2, 380.2, 224.1, 231.1, 230.5, '第二阶段基准值', True)], [(412.8, 461.8, 224.1, 231.1, 230.5, '第二阶段目标值', True)], [(490.9, 546.9, 224.1, 231.1, 230.5, '第二阶段绩效数据', True)]]),
    (7.0, [[(236.6, 313.6, 239.5, 247.0, 246.4, '符合知识产权门户系统中')]]),
    (7.0, [[(236.6, 313.6, 253.5, 261.0, 260.4, '的最低标准（共同的外观')]]),
    (7.0, [[(51.1, 226.1, 260.4, 267.9, 267.3, '在产权组织面向外部的信通技术系统中提供统一的用户体')]]),
    (7.0, [[(264.6, 313.6, 267.4, 275.1, 274.3, '和感觉、共同导')], [(325.2, 361.5, 267.4, 274.4, 274.3, '52%（2019'), (363.4, 370.4, 267.4, 274.4, 274.3, '年'), (372.2, 379.4, 267.4, 274.4, 274.3, '12'), (381.2, 395.2, 267.4, 274.4, 274.3, '月）')], [(447.3, 461.3, 267.4, 274.4, 274.3, '增长'), (463.1, 476.8, 267.4, 274.4, 274.3, '15%')], [(544.2, 558.4, 267.4, 274.4, 274.3, '77%')]]),
    (7.0, [[(51.1, 58.1, 274.9, 281.9, 281.3, '验')]]),
    (7.0, [[(237.2, 267.3, 281.4, 290.2, 288.3, '航、ePay'), (269.0, 276.7, 281.8, 290.2, 288.3, 'v2'), (278.6, 313.8, 281.4, 288.4, 288.3, '和产权组织')]]),
    (7.0, [[(292.6, 313.6, 295.3, 302.8, 302.2, '帐户）')]]),
    (7.0, [[(51.1, 226.1, 311.3, 318.8, 318.2, '产权组织面向外部的信通技术系统更加方便用户使用，并')]]),
    (7.0, [[(264.6, 313.6, 318.2, 325.6, 325.1, '用户满意度分数')], [(326.0, 362.2, 318.2, 325.2, 325.1, '73%（2018'), (364.0, 371.0, 318.2, 325.2, 325.1, '年'), (372.8, 379.4, 318.2, 325.2, 325.1, '11'), (381.2, 395.2, 318.2, 325.2, 325.1, '月）')], [(450.6, 464.6, 318.2, 325.2, 325.1, '增长'), (466.4, 476.8, 318.2, 325.2, 325.1, '5%')], [(544.1, 558.4, 318.2, 325.2, 325.1, '80%')]]),
    (7.0, [[(51.1, 93.1, 325.2, 332.7, 332.1, '改善客户体验')]]),
    (7.0, [[(51.1, 226.1, 341.2, 350.0, 348.1, '使用现代金融交易处理设施，方便客户缴费，并提供综合')], [(236.6, 313.6, 341.2, 348.7, 348.1, '使用缴费小程序的用户数')], [(322.9, 333.9, 341.2, 348.2, 348.1, '317'), (335.8, 365.4, 341.2, 348.6, 348.1, '个（2020'), (367.2, 395.2, 341.2, 348.6, 348.1, '年第三季')]]),
    (7.0, [[(456.3, 468.0, 348.1, 355.1, 355.0, '500'), (469.8, 476.8, 348.5, 355.5, 355.0, '个')], [(532.3, 549.6, 348.1, 355.1, 355.0, '1,630'), (551.4, 558.4, 348.5, 355.5, 355.0, '个')]]),
    (7.0, [[(51.1, 79.2, 355.1, 362.6, 362.0, '缴费信息')], [(306.6, 313.6, 355.5, 362.5, 362.0, '量')], [(381.2, 395.2, 355.1, 362.5, 362.0, '度）')]]),
    (7.0, [[(237.9, 258.9, 371.1, 378.6, 378.0, '集成到'), (260.7, 276.8, 371.1, 379.9, 378.0, 'ePay'), (278.6, 313.6, 371.1, 378.5, 378.0, '的信通技术')]]),
    (7.0, [[(329.6, 333.5, 378.0, 385.0, 384.9, '3'), (335.3, 364.9, 378.0, 385.4, 384.9, '个（2020'), (366.7, 373.7, 378.0, 385.0, 384.9, '年'), (375.5, 379.4, 378.0, 385.0, 384.9, '2'), (381.2, 395.2, 378.0, 385.0, 384.9, '月）')], [(460.8, 468.0, 378.0, 385.0, 384.9, '10'), (469.8, 476.8, 378.4, 385.4, 384.9, '个')], [(545.7, 549.5, 378.0, 385.0, 384.9, '7'), (551.4, 558.4, 378.4, 385.4, 384.9, '个')]]),
    (7.0, [[(285.6, 313.6, 385.0, 392.4, 391.9, '系统数量')]]),
    (7.0, [[(51.1, 184.1, 401.0, 408.5, 407.9, '增强对产权组织服务和品牌认知的积极感受')], [(264.6, 313.6, 401.0, 408.4, 407.9, '用户满意度分数')], [(326.6, 362.2, 401.0, 408.0, 407.9, '71%（2018'), (364.0, 371.0, 401.0, 408.0, 407.9, '年'), (372.8, 379.4, 401.0, 408.0, 407.9, '11'), (381.2, 395.2, 401.0, 408.0, 407.9, '月）')], [(450.6, 464.6, 401.0, 408.0, 407.9, '增长'), (466.4, 476.8, 401.0, 408.0, 407.9, '5%')], [(544.1, 558.4, 401.0, 408.0, 407.9, '80%')]]),
    (7.0, [[(51.1, 170.1, 416.9, 424.4, 423.8, '增强客户对产权组织服务提供的满意度')], [(264.6, 313.6, 416.9, 424.3, 423.8, '用户满意度分数')], [(326.6, 362.2, 416.9, 423.9, 423.8, '71%（2018'), (364.0, 371.0, 416.9, 423.9, 423.8, '年'), (372.8, 379.4, 416.9, 423.9, 423.8, '11'), (381.2, 395.2, 416.9, 423.9, 423.8, '月）')], [(450.6, 464.6, 416.9, 423.9, 423.8, '增长'), (466.4, 476.8, 416.9, 423.9, 423.8, '5%')], [(544.1, 558.4, 416.9, 423.9, 423.8, '80%')]]),
    (7.0, [[(51.1, 226.1, 432.9, 440.3, 439.8, '加强产权组织对创新和创造力的贡献，使特别是发展中国')], [(318.2, 395.2, 432.9, 440.3, 439.8, '发展中国家用户日均数量')]]),
    (7.0, [[(236.6, 313.6, 439.8, 447.2, 446.7, '使用服务的发展中国家用')]]),
    (7.0, [[(51.1, 226.1, 446.8, 455.6, 453.7, '家的中小企业和个体企业更易获得产权组织服务，从而造')], [(323.2, 344.3, 446.8, 453.8, 453.7, '37,315'), (346.2, 395.2, 446.8, 454.2, 453.7, '个（所有服务）')], [(450.6, 464.6, 446.8, 453.8, 453.7, '增长'), (466.4, 476.8, 446.8, 453.8, 453.7, '5%')], [(525.0, 546.2, 446.8, 453.8, 453.7, '18,092'), (548.0, 558.3, 447.2, 454.3, 453.7, '个*')]]),
    (7.0, [[(236.6, 313.6, 453.8, 461.2, 460.7, '户日均数量（每个季度）')]]),
    (7.0, [[(51.1, 86.1, 460.8, 469.6, 467.7, '福于所有人')], [(328.8, 351.4, 460.8, 467.8, 467.7, '（2020'), (353.2, 395.2, 460.8, 468.2, 467.7, '年第四季度）')]]),
    (7.0, [[(320.8, 334.8, 476.7, 484.1, 483.6, '日均'), (336.6, 358.4, 476.7, 483.7, 483.6, '68,046'), (360.2, 395.2, 476.7, 484.1, 483.6, '人（所有服')]]),
    (7.0, [[(236.6, 313.6, 483.7, 491.2, 490.6, '每项服务的用户和访问者')]]),
    (7.0, [[(51.1, 226.1, 490.7, 498.2, 497.6, '增加产权组织知识产权门户综合服务访问者和用户的人数')], [(328.8, 365.4, 490.7, 497.7, 497.6, '务）（2020'), (367.2, 395.2, 490.7, 498.1, 497.6, '年第四季')], [(450.6, 464.6, 490.7, 497.7, 497.6, '增长'), (466.4, 476.8, 490.7, 497.7, 497.6, '5%')], [(524.5, 546.2, 490.7, 497.7, 497.6, '77,309'), (548.0, 558.3, 490.7, 498.2, 497.6, '人*')]]),
    (7.0, [[(285.6, 313.6, 497.6, 505.0, 504.5, '日均数量')]]),
    (7.0, [[(381.2, 395.2, 504.6, 512.0, 511.5, '度）')]]),
    (7.0, [[(51.1, 163.1, 520.6, 528.0, 527.5, '通过实施计划管理框架提高组织效率')], [(268.5, 283.8, 520.6, 528.1, 527.5, 'MSP'), (285.6, 313.6, 521.0, 529.4, 527.5, '健康检查')], [(319.0, 361.5, 520.6, 527.6, 527.5, '90,8%（2019'), (363.4, 370.4, 520.6, 527.6, 527.5, '年'), (372.2, 379.4, 520.6, 527.6, 527.5, '12'), (381.2, 395.2, 520.6, 527.6, 527.5, '月）')], [(462.5, 476.8, 520.6, 527.6, 527.5, '95%')], [(537.9, 558.3, 520.6, 527.6, 527.5, '95.4%')]]),
    (7.0, [[(51.1, 226.1, 536.5, 544.0, 543.4, '通过各业务部门的协同作用和信息技术平台，提高信息技')], [(236.6, 313.6, 536.5, 544.2, 543.4, '在知识产权门户矩阵中的')]]),
    (7.0, [[(328.1, 364.9, 543.5, 550.5, 550.4, '57%（2020'), (366.7, 373.7, 543.5, 550.5, 550.4, '年'), (375.5, 379.4, 543.5, 550.5, 550.4, '4'), (381.2, 395.2, 543.5, 550.5, 550.4, '月）')], [(450.6, 464.6, 543.5, 550.5, 550.4, '增长'), (466.4, 476.8, 543.5, 550.5, 550.4, '5%')], [(544.2, 558.4, 543.5, 550.5, 550.4, '77%')]]),
    (7.0, [[(51.1, 156.1, 550.5, 559.3, 557.4, '术开发团队的成本效率和工作效率')], [(292.6, 313.6, 550.5, 557.9, 557.4, '调整率')]]),
    (7.0, [[(51.1, 226.1, 566.4, 575.2, 573.3, '通过提高解决方案的可扩展性和复原力，从而提高产权组')], [(236.6, 313.6, 566.4, 574.1, 573.3, '在知识产权门户矩阵中的')]]),
    (7.0, [[(328.1, 364.9, 573.4, 580.4, 580.3, '57%（2020'), (366.7, 373.7, 573.4, 580.4, 580.3, '年'), (375.5, 379.4, 573.4, 580.4, 580.3, '4'), (381.2, 395.2, 573.4, 580.4, 580.3, '月）')], [(450.6, 464.6, 573.4, 580.4, 580.3, '增长'), (466.4, 476.8, 573.4, 580.4, 580.3, '5%')], [(544.2, 558.4, 573.4, 580.4, 580.3, '77%')]]),
    (7.0, [[(51.1, 135.3, 580.4, 587.4, 587.3, '织知识产权门户和产权组织'), (136.9, 149.1, 580.4, 587.4, 587.3, 'ICT'), (151.0, 200.0, 580.4, 587.8, 587.3, '系统的可持续性')], [(292.6, 313.6, 580.4, 587.8, 587.3, '调整率')]]),
]


def test_a_first_row_taken_in_with_its_header_goes_on_with_the_rows_under_it() -> None:
    """s176 p97: the header and the first row, found from the row's line of figures and its
    label wrapped round it, stand apart from the rows under it; nothing between, no header of
    their own, their figures on the first row's: one table (once two, the second piece a
    table of its own and table 118's rows read in it)."""
    found = grids(PageLayout(page=97, width=595, height=842, lines=as_printed(S176_FIRST_ROW_APART)))
    assert len(found) == 1, found
    assert found[0][-1][0].startswith("通过提高解决方案的可扩展性和复原力"), found


# s000 p195 (WeasyPrint, AR PL UMing 10.5 pt, unruled, no band, cells on their middle): a table
# of benefits whose document marks its first three rows as header rows; the renderer prints
# them in bold, though the second and third hold figures ("-", "0 个").
S000_BENEFITS_BOLD_HEAD = [
    (364.7, True, [(55.7, 97.7, '效益说明'), (219.3, 282.3, '关键绩效指标'), (318.8, 350.3, '基准值'), (402.6, 434.1, '目标值'), (481.1, 523.1, '绩效数据')]),
    (389.7, True, [(214.1, 287.6, '对全新集中化企')]),
    (406.1, True, [(55.7, 202.7, '向内部客户更好地提供数据和分'), (214.1, 287.6, '业数据来源所生'), (384.2, 452.4, '80%的内部用户')]),
    (414.3, True, [(318.8, 350.3, '不适用'), (499.4, 504.7, '-')]),
    (422.5, True, [(55.7, 87.2, '析支持'), (214.1, 287.6, '成报告的采用率'), (397.3, 439.3, '使用报告')]),
    (438.8, True, [(243.0, 258.7, '(%)')]),
    (463.8, True, [(214.1, 287.6, '可通过自助服务')]),
    (480.2, True, [(214.1, 287.6, '平台获取的数据'), (324.1, 345.1, '0 个'), (397.3, 439.3, '3 个'), (499.4, 504.7, '-')]),
    (496.6, True, [(245.6, 256.1, '集')]),
    (521.6, False, [(219.3, 282.3, '依据明确标准')]),
    (537.9, False, [(55.7, 202.7, '通过加强数据管理和读写能力，'), (216.7, 285.0, '(如分类法、定')]),
    (546.1, False, [(332.0, 337.2, '0'), (410.4, 426.2, '50%'), (499.4, 504.7, '-')]),
    (554.3, False, [(55.7, 181.7, '实现分析和数据驱动的决策'), (214.1, 287.6, '义、使用) 定义')]),
    (570.7, False, [(214.1, 287.6, '的数据集百分比')]),
    (595.7, False, [(214.1, 287.6, '已实施和监测的')]),
    (612.1, False, [(55.7, 202.7, '通过加强数据治理和数据管理做'), (214.1, 287.6, '数据标准百分比')]),
    (620.3, False, [(332.0, 337.2, '0'), (410.4, 426.2, '50%'), (499.4, 504.7, '-')]),
    (628.4, False, [(55.7, 192.2, '法，降低数据管理不当的风险'), (216.7, 285.0, '(如分类法、定')]),
    (644.8, False, [(227.2, 274.5, '义、使用)')]),
    (669.8, False, [(214.1, 287.6, '使用标准化数据')]),
    (686.2, False, [(214.1, 287.6, '架构和管理的业'), (332.0, 337.2, '1'), (407.8, 428.8, '200%'), (499.4, 504.7, '-')]),
    (702.6, False, [(219.3, 282.3, '务领域增长率')]),
]


def test_rows_of_text_cells_in_bold_under_a_bold_header_are_header_rows() -> None:
    """s000 p195: the rows printed in bold like the header, down to the first line in regular
    weight, are header rows, as a band would show them and the printed report reads them (once
    read as the first two body rows, their "-" a figure of a row labelled by nothing, which
    shifted the last row's place among the rows so labelled)."""
    lines = [bolded(top, bold, cells, 10.5) for top, bold, cells in S000_BENEFITS_BOLD_HEAD]
    [table] = [build_table(r, 195) for r in find_regions(PageLayout(page=195, width=595, height=842, lines=lines))]
    assert len(table.header) == 3, [[c.text for c in row] for row in table.header]
    labels = [row[0].text for row in table.rows]
    assert labels[0].startswith("通过加强数据管理") and len(labels) == 3, labels
    assert [c.text for c in table.rows[-1][2:]] == ["1", "200%", "-"], table.rows[-1]


def test_a_bold_row_of_figures_under_a_bold_header_stays_a_row() -> None:
    """A total row set in bold right under a bold header holds figures alone: a row, not more
    header (its figures would be lost into the column headings)."""
    rows = [(100.0, True, [(50.0, 90.0, '项目'), (300.0, 330.0, '2022 年'), (400.0, 430.0, '2023 年')]),
            (120.0, True, [(50.0, 90.0, '收入总额'), (300.0, 330.0, '951.8'), (400.0, 430.0, '972.2')]),
            (140.0, False, [(50.0, 90.0, '规费'), (300.0, 330.0, '800.1'), (400.0, 430.0, '820.5')]),
            (160.0, False, [(50.0, 90.0, '其他'), (300.0, 330.0, '151.7'), (400.0, 430.0, '151.7')])]
    lines = [bolded(top, bold, cells, 10.0) for top, bold, cells in rows]
    [table] = [build_table(r, 1) for r in find_regions(PageLayout(page=1, width=595, height=842, lines=lines))]
    assert [row[0].text for row in table.rows] == ["收入总额", "规费", "其他"], table.rows


# s350 (LibreOffice, Noto Serif CJK 10.5 pt at 2.1 lines, 1.7 pt of padding, booktabs, cells
# on their bottom): rows stand only their padding further apart than a cell's lines (24.2
# pt against 22.1), word by word with baselines. p107: labels wrapped over two or three lines
# over their figures.
S350_TALL_LEADING = [
    [[(277.0, 318.5, 173.7, 183.3, '2022/23', True), (321.2, 331.7, 173.7, 183.3, '年', True), (334.3, 365.8, 173.7, 183.3, '计划和', True)], [(372.2, 413.7, 173.7, 183.3, '2022/23', True), (416.4, 426.9, 173.7, 183.3, '年', True), (429.5, 461.0, 173.7, 183.3, '调剂使', True)]],
    [[(51.1, 93.1, 195.8, 205.4, '预期成果', True)], [(310.9, 331.9, 195.8, 205.4, '预算', True)], [(394.3, 415.3, 195.8, 205.4, '用后', True), (417.9, 438.9, 195.8, 205.4, '预算', True)], [(472.6, 514.1, 195.8, 205.4, '2022/23', True), (516.8, 527.3, 195.8, 205.4, '年', True), (529.9, 550.9, 195.8, 205.4, '支出', True)]],
    [[(51.1, 64.4, 219.9, 230.3, '1.1'), (67.1, 266.6, 219.9, 230.3, '世界范围内的传播和接触更有效，人们对知')]],
    [[(51.1, 271.8, 242.1, 252.5, '识产权在处处改善人人生活的潜力有更好的认识')]],
    [[(51.1, 114.1, 264.2, 274.6, '和更多的了解')], [(308.0, 334.9, 264.2, 274.6, '8,269')], [(403.2, 430.0, 264.2, 274.6, '9,832')], [(498.4, 525.2, 264.2, 274.6, '9,447')]],
    [[(51.1, 65.3, 288.4, 298.8, '2.1'), (68.1, 267.6, 288.4, 298.8, '兼顾各方利益的有效知识产权国际准则制定')]],
    [[(51.1, 114.1, 310.5, 320.9, '框架得到发展')], [(308.1, 334.8, 310.5, 320.9, '3,537')], [(403.6, 429.5, 310.5, 320.9, '3,561')], [(498.4, 525.2, 310.5, 320.9, '3,338')]],
    [[(51.1, 66.2, 334.7, 345.1, '2.2'), (69.0, 268.5, 334.7, 345.1, '产权组织将国际社会凝聚起来，积极主动应')]],
    [[(51.1, 271.6, 356.8, 367.2, '对全球层面与知识产权、创新和创造有关的新议')]],
    [[(51.1, 114.1, 379.0, 389.4, '题和政策挑战')], [(308.6, 334.3, 379.0, 389.4, '1,577')], [(403.2, 429.9, 379.0, 389.4, '4,273')], [(498.4, 525.0, 379.0, 389.4, '4,067')]],
    [[(51.1, 65.3, 403.1, 413.5, '3.1'), (68.0, 267.7, 403.1, 413.5, '产权组织的全球知识产权体系、服务、知识')]],
    [[(51.1, 208.6, 425.3, 435.7, '和数据得到更广泛、更有效的使用')], [(312.6, 330.1, 425.3, 435.7, '285')], [(407.8, 425.3, 425.3, 435.7, '225')], [(503.5, 520.1, 425.3, 435.7, '179')]],
    [[(51.1, 66.2, 449.4, 459.8, '3.2'), (69.0, 268.5, 449.4, 459.8, '产权组织全球知识产权体系、服务、知识和')]],
    [[(51.1, 208.6, 471.6, 482.0, '数据的生产率和服务质量得到提高')], [(312.6, 330.1, 471.6, 482.0, '286')], [(408.3, 424.9, 471.6, 482.0, '301')], [(503.5, 520.1, 471.6, 482.0, '301')]],
    [[(51.1, 65.2, 495.7, 506.1, '4.1'), (68.0, 267.9, 495.7, 506.1, '更有效地利用知识产权支持所有成员国及其')]],
    [[(51.1, 271.6, 517.9, 528.3, '相关区域和次区域的增长与发展，包括通过将发')]],
    [[(51.1, 145.6, 540.0, 550.4, '展议程建议纳入主流')], [(309.4, 333.5, 540.0, 550.4, '1,191')], [(403.6, 429.5, 540.0, 550.4, '1,586')], [(498.8, 524.7, 540.0, 550.4, '1,439')]],
    [[(51.1, 66.2, 564.2, 574.6, '4.2'), (68.9, 268.4, 564.2, 574.6, '兼顾各方利益的有效知识产权、创新和创造')]],
    [[(51.1, 177.1, 586.3, 596.7, '生态系统在成员国得到发展')], [(308.1, 334.8, 586.3, 596.7, '4,754')], [(403.7, 429.6, 586.3, 596.7, '4,512')], [(498.4, 525.2, 586.3, 596.7, '3,800')]],
    [[(51.1, 66.1, 610.5, 620.9, '4.3'), (68.9, 268.4, 610.5, 620.9, '知识产权知识和技能在所有成员国得到增进')], [(309.0, 333.8, 610.5, 620.9, '1,741')], [(403.6, 429.5, 610.5, 620.9, '1,630')], [(499.3, 524.4, 610.5, 620.9, '1,619')]],
    [[(51.1, 66.1, 634.6, 645.0, '4.4'), (68.9, 268.4, 634.6, 645.0, '更多创新者、创造者、中小企业、高校、研')]],
    [[(51.1, 208.6, 656.8, 667.2, '究机构和社群成功地运用知识产权')], [(305.5, 337.3, 656.8, 667.2, '10,095')], [(403.2, 429.9, 656.8, 667.2, '9,708')], [(498.8, 524.8, 656.8, 667.2, '9,193')]],
    [[(51.1, 72.1, 680.9, 691.3, '总计')], [(305.6, 337.2, 680.9, 691.3, '31,735')], [(400.3, 432.9, 680.9, 691.3, '35,628')], [(495.5, 528.1, 680.9, 691.3, '33,383')]],
]


def test_rows_a_padding_further_apart_than_a_tall_leading_keep_their_wrapped_labels() -> None:
    """s350 p107: each label's lines, 22.1 pt apart, go down to its figures; the next label
    stands 24.2 pt under them (once each label's first lines were a row of their own, a
    section label over a row labelled by its last line)."""
    lines = [based(cells, 10.5) for cells in S350_TALL_LEADING]
    rules = [hrule(49.3, 559.3, y) for y in (168.8, 216.2, 702.4)]
    [table] = [build_table(r, 107) for r in find_regions(PageLayout(page=107, width=612, height=792, lines=lines,
                                                                      rules=rules))]
    labels = [row[0].text for row in table.rows]
    assert len(labels) == 10, labels
    assert labels[0].startswith("1.1 世界范围内") and labels[0].endswith("更多的了解"), labels[0]
    assert labels[5].endswith("纳入主流") and [c.text for c in table.rows[5][1:]] == ["1,191", "1,586", "1,439"]


# s350 p251: a table of benefits under a booktabs header of three rows, all in bold (the
# document marks its first rows as header rows), its first row alone at the page's foot,
# its indicator wrapped over four lines above its figures, its label beside the last two.
S350_BOLD_HEAD_ROW_AT_FOOT = [
    [[(51.1, 93.1, 382.3, 391.9, '效益说明', True)], [(278.0, 341.7, 382.3, 391.9, '关键绩效指标', True)], [(365.2, 396.7, 382.3, 391.9, '基准值', True)], [(436.6, 468.1, 382.3, 391.9, '目标值', True)], [(502.7, 544.7, 382.3, 391.9, '绩效数据', True)]],
    [[(278.0, 341.0, 406.4, 416.0, '对全新集中化', True)]],
    [[(278.0, 341.6, 428.6, 438.2, '企业数据来源', True)]],
    [[(278.0, 341.0, 450.7, 460.3, '所生成报告的', True)], [(420.0, 484.6, 450.7, 460.3, '80%的内部用', True)]],
    [[(51.1, 229.6, 472.9, 482.5, '向内部客户更好地提供数据和分析支持', True)], [(283.2, 314.8, 472.9, 482.5, '采用率', True), (317.3, 335.8, 472.9, 482.5, '(%)', True)], [(365.2, 396.7, 472.9, 482.5, '不适用', True)], [(426.1, 478.6, 472.9, 482.5, '户使用报告', True)], [(521.8, 525.7, 472.9, 482.5, '-', True)]],
    [[(278.0, 341.0, 497.0, 506.6, '可通过自助服', True)]],
    [[(278.0, 341.0, 519.2, 528.8, '务平台获取的', True)]],
    [[(293.8, 325.3, 541.3, 550.9, '数据集', True)], [(371.3, 377.5, 541.3, 550.9, '0', True), (380.1, 390.6, 541.3, 550.9, '个', True)], [(434.8, 441.0, 541.3, 550.9, '3', True), (443.6, 454.1, 541.3, 550.9, '个', True), (456.8, 465.3, 541.3, 550.9, '¹¹', True), (465.3, 469.9, 542.2, 550.9, '⁰', True)], [(521.8, 525.7, 541.3, 550.9, '-', True)]],
    [[(278.0, 341.0, 565.4, 575.8, '依据明确标准')]],
    [[(276.1, 343.0, 587.6, 598.0, '(如分类法、定')]],
    [[(280.0, 325.8, 609.7, 620.1, '义、使用)'), (328.5, 339.0, 609.7, 620.1, '定')]],
    [[(51.1, 271.6, 631.9, 642.3, '通过加强数据管理和读写能力，实现分析和数据')], [(278.0, 341.0, 631.9, 642.3, '义的数据集百')]],
    [[(51.1, 103.6, 654.0, 664.4, '驱动的决策')], [(299.0, 320.0, 654.0, 664.4, '分比')], [(378.0, 383.8, 654.0, 664.4, '0')], [(441.6, 463.0, 654.0, 664.4, '50%')], [(521.9, 525.5, 654.0, 664.4, '-')]],
]


def test_an_indicator_wrapped_down_to_a_row_alone_under_a_ruled_bold_header_is_that_row() -> None:
    """s350 p251: the rules close a header of bold rows holding figures ("不适用", "-"): a
    header still; the lines under it down to the first figures, the indicator's then the
    label's too, are one row (once the header was read as a table and the row lost)."""
    lines = [based(cells, 10.5) for cells in S350_BOLD_HEAD_ROW_AT_FOOT]
    rules = [hrule(49.3, 559.3, y) for y in (377.4, 561.7)]
    [table] = [build_table(r, 251) for r in find_regions(PageLayout(page=251, width=612, height=792, lines=lines,
                                                                      rules=rules))]
    assert len(table.header) == 3, [[c.text for c in row] for row in table.header]
    [row] = table.rows
    assert row[0].text.startswith("通过加强数据管理") and row[1].text.startswith("依据明确标准"), row
    assert [c.text for c in row[2:]] == ["0", "50%", "-"], row


# s350 p252: the same table overleaf, its header not repeated: the next row's indicator
# wrapped over the page's top, 22.1 pt apart, its label beside its last lines.
S350_INDICATOR_OVER_PAGE_TOP = [
    [[(278.0, 341.0, 54.4, 64.8, '已实施和监测')]],
    [[(278.0, 341.0, 76.6, 87.0, '的数据标准百')]],
    [[(280.0, 301.0, 98.7, 109.1, '分比'), (303.7, 339.1, 98.7, 109.1, '(如分类')]],
    [[(51.1, 271.6, 120.9, 131.3, '通过加强数据治理和数据管理做法，降低数据管')], [(278.0, 341.0, 120.9, 131.3, '法、定义、使')]],
    [[(51.1, 114.1, 143.0, 153.4, '理不当的风险')], [(302.4, 316.7, 143.0, 153.4, '用)')], [(378.0, 383.8, 143.0, 153.4, '0')], [(441.6, 463.0, 143.0, 153.4, '50%')], [(521.9, 525.5, 143.0, 153.4, '-')]],
    [[(278.0, 341.0, 167.2, 177.6, '使用标准化数')]],
    [[(278.0, 341.0, 189.3, 199.7, '据架构和管理')]],
    [[(278.0, 341.0, 211.5, 221.9, '的业务领域增')]],
    [[(299.0, 320.0, 234.3, 244.0, '长率')], [(378.5, 383.4, 233.6, 244.0, '1')], [(438.7, 465.9, 233.6, 244.0, '200%')], [(521.9, 525.5, 233.6, 244.0, '-')]],
]


def test_an_indicator_wrapped_over_a_page_top_at_a_tall_leading_is_its_rows() -> None:
    """s350 p252: the indicator's first lines, a cell's lines apart over its next line, are
    that cell's (once they stood over the table as its caption)."""
    lines = [based(cells, 10.5) for cells in S350_INDICATOR_OVER_PAGE_TOP]
    layout = PageLayout(page=252, width=612, height=792, lines=lines, rules=[hrule(49.3, 559.3, 255.2)])
    [region] = find_regions(layout)
    assert [round(ln.box.top) for ln in region.lines][:3] == [54, 77, 99], [ln.box.top for ln in region.lines]


# s038 p154 (LibreOffice, 9 pt, unruled, a dark header band over three header rows, cells on
# their middle): the caption's sentence stands over the band about as far as the header's
# interleaved lines stand from each other, flush with the label heading.
S038_BANDED_BENEFITS = [
    [[(56.8, 100.8, 205.5, 215.6, '效益实现', True)]],
    [[(56.8, 75.7, 223.2, 231.9, '2022'), (80.6, 156.6, 222.9, 231.9, '年没有效益实现。')]],
    [[(56.8, 94.8, 242.9, 251.6, '效益说明', True)], [(226.5, 283.5, 242.6, 251.6, '关键绩效指标', True)], [(325.5, 354.0, 242.9, 251.6, '基准值', True)], [(410.3, 438.8, 242.9, 251.6, '目标值', True)], [(490.3, 528.3, 242.9, 251.6, '绩效数据', True)]],
    [[(217.0, 293.0, 261.6, 270.3, '对全新集中化企业', True)]],
    [[(56.8, 208.8, 267.2, 275.9, '向内部客户更好地提供数据和分析支', True)], [(388.9, 460.1, 267.2, 275.9, '80%的内部用户使', True)]],
    [[(217.0, 293.0, 272.8, 281.5, '数据来源所生成报', True)], [(325.5, 354.0, 272.8, 281.5, '不适用', True)], [(506.9, 511.6, 272.8, 281.5, '-', True)]],
    [[(56.8, 66.3, 278.5, 287.1, '持', True)], [(410.3, 438.8, 278.4, 287.1, '用报告', True)]],
    [[(221.8, 269.3, 284.0, 292.7, '告的采用率', True), (274.0, 288.2, 284.0, 292.7, '(%)', True)]],
    [[(217.0, 293.0, 302.7, 311.4, '可通过自助服务平', True)]],
    [[(330.3, 335.0, 308.3, 317.0, '0', True), (339.8, 349.3, 308.4, 317.0, '个', True)], [(405.5, 410.2, 308.3, 317.0, '3', True), (415.0, 424.5, 308.4, 317.0, '个', True), (429.3, 443.5, 308.3, 317.0, '¹¹⁰', True)], [(506.9, 511.6, 308.3, 317.0, '-', True)]],
    [[(221.8, 288.3, 313.9, 322.6, '台获取的数据集', True)]],
    [[(217.0, 274.0, 332.3, 341.3, '依据明确标准'), (278.8, 293.0, 332.6, 341.3, '(如')]],
    [[(56.8, 208.8, 343.5, 352.5, '通过加强数据管理和读写能力，实现')], [(217.0, 293.0, 343.8, 352.5, '分类法、定义、使')]],
    [[(337.4, 342.1, 349.4, 358.1, '0')], [(417.4, 431.6, 349.4, 358.1, '50%')], [(506.9, 511.6, 349.4, 358.1, '-')]],
    [[(56.8, 151.8, 355.0, 363.7, '分析和数据驱动的决策')], [(217.0, 231.2, 355.0, 363.7, '用)'), (236.0, 293.0, 355.0, 363.7, '定义的数据集')]],
    [[(240.8, 269.3, 366.2, 374.9, '百分比')]],
    [[(217.0, 293.0, 384.6, 393.6, '已实施和监测的数')]],
    [[(56.8, 208.8, 396.1, 404.8, '通过加强数据治理和数据管理做法，')], [(217.0, 274.0, 396.1, 404.8, '据标准百分比'), (278.8, 293.0, 396.1, 404.8, '(如')]],
    [[(337.4, 342.1, 401.7, 410.4, '0')], [(417.4, 431.6, 401.7, 410.4, '50%')], [(506.9, 511.6, 401.7, 410.4, '-')]],
    [[(56.8, 161.3, 407.3, 416.0, '降低数据管理不当的风险')], [(217.0, 293.0, 407.3, 416.0, '分类法、定义、使')]],
    [[(247.9, 262.1, 418.5, 427.2, '用)')]],
    [[(217.0, 293.0, 437.2, 445.9, '使用标准化数据架')]],
    [[(217.0, 293.0, 448.4, 457.1, '构和管理的业务领')], [(337.4, 342.1, 448.4, 457.1, '1')], [(415.0, 433.9, 448.4, 457.1, '200%')], [(506.9, 511.6, 448.4, 457.1, '-')]],
    [[(236.0, 274.0, 459.6, 468.3, '域增长率')]],
]


def test_a_sentence_over_a_header_band_at_no_cell_leading_stays_out_of_the_table() -> None:
    """s038 p154: "2022 年没有效益实现。" over the band, 19.7 pt over the header line where the
    table's cells wrap 11.2 pt apart: no cell's wrapped line, not part of the table (once
    read as a header row spanning every column when a cell's lines were taken at any gap up
    to the table's closest two lines)."""
    lines = [based(cells, 9.0) for cells in S038_BANDED_BENEFITS]
    band = Fill(Box(53.0, 239.3, 551.5, 329.0), dark=True)
    layout = PageLayout(page=154, width=595, height=842, lines=lines, fills=[band])
    [table] = [build_table(r, 154) for r in find_regions(layout)]
    texts = [c.text for row in table.header for c in row]
    assert not any("没有效益实现" in t for t in texts), table.header
    assert [c.text for c in table.header[0]] == ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"], texts


# s016 p153 (Chromium, AR PL UMing, a grid, cells on their bottom): a table of benefits, its
# header and first row at the page's foot, the rest overleaf; the row's indicator wrapped over
# four lines, its label over three, its figures on the last.
S016_GRID_ROW_AT_FOOT = [
    [[(55.5, 89.5, 633.8, 642.8, '效益说明')], [(178.7, 229.6, 633.8, 642.8, '关键绩效指标')], [(293.2, 318.7, 633.8, 642.8, '基准值')], [(395.1, 420.6, 633.8, 642.8, '目标值')], [(492.7, 526.7, 633.8, 642.8, '绩效数据')]],
    [[(157.4, 250.9, 656.5, 663.8, '符合知识产权门户系统中')]],
    [[(55.5, 149.0, 670.0, 677.2, '在产权组织面向外部的信')], [(157.4, 250.9, 670.0, 677.2, '的最低标准（共同的外观')]],
    [[(55.5, 149.0, 682.8, 690.0, '通技术系统中提供统一的')], [(157.4, 250.9, 682.8, 690.0, '和感觉、共同导航、ePay')], [(378.1, 454.6, 682.8, 690.0, '适用的信通技术系统')]],
    [[(55.5, 89.5, 695.5, 702.8, '用户体验')], [(170.2, 178.7, 695.5, 702.8, 'v2'), (182.9, 250.9, 695.5, 702.8, '和产权组织帐户）')], [(272.0, 310.3, 695.5, 702.8, '69%（2021'), (314.5, 323.0, 695.5, 702.8, '年'), (327.3, 331.5, 695.5, 702.8, '5'), (335.7, 352.7, 695.5, 702.8, '月）')], [(420.6, 454.6, 695.5, 702.8, '100%达标')], [(543.7, 556.4, 695.5, 702.8, '77%')]],
]


def test_in_a_grid_one_rule_over_the_first_figures_closes_the_header() -> None:
    """s016 p153: every row of a grid is ruled, so the lines under the header's rule, down
    to the figures, are the first row's (once its first lines were a second header row and
    its label cut to "用户体验")."""
    lines = [based(cells, 8.5) for cells in S016_GRID_ROW_AT_FOOT]
    rules = [hrule(51.0, 561.0, y) for y in (629.2, 650.2, 711.0)] + \
        [vrule(x, 629.2, 711.0) for x in (51.0, 153.0, 255.0, 356.2, 458.2, 560.2)]
    [table] = [build_table(r, 153) for r in find_regions(PageLayout(page=153, width=612, height=792, lines=lines,
                                                                      rules=rules))]
    assert len(table.header) == 1, [[c.text for c in row] for row in table.header]
    [row] = table.rows
    assert row[0].text == "在产权组织面向外部的信通技术系统中提供统一的用户体验", row[0].text
    assert row[1].text.startswith("符合知识产权门户系统中") and row[4].text == "77%", row


def glyphed(cells: list[list[tuple]], size: float) -> Line:
    """A printed line, word by word with where each glyph starts: (x0, x1, top, bottom,
    baseline, text, starts[, bold]); a word is cut at a column's edge between its glyphs."""
    return Line([Segment([Word(w[5], Box(w[0], w[2], w[1], w[3]), size, bold=len(w) > 7 and w[7],
                               baseline=w[4], starts=w[6]) for w in cell]) for cell in cells])


# s100 p116 (Chromium, 7.5 pt, every row ruled, no column rules, cells on their bottom): the same
# table's first rows, glyph by glyph.
S100_RULED_ROWS = [
    [[(68.3, 98.3, 560.6, 568.1, 568.498, '效益说明', (68.3, 75.8, 83.3, 90.8))], [(226.7, 271.7, 560.6, 568.1, 568.498, '关键绩效指标', (226.7, 234.2, 241.7, 249.2, 256.7, 264.2))], [(318.0, 340.5, 560.6, 569.1, 568.498, '基准值', (318.0, 325.5, 333.0))], [(398.1, 420.6, 560.6, 568.1, 568.498, '目标值', (398.1, 405.6, 413.1))], [(474.4, 504.4, 560.6, 568.1, 568.498, '绩效数据', (474.4, 481.9, 489.4, 496.9))]],
    [[(218.6, 286.1, 580.1, 587.6, 586.498, '符合知识产权门户系', (218.6, 226.1, 233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))]],
    [[(218.6, 286.1, 591.4, 598.9, 597.748, '统中的最低标准（共', (218.6, 226.1, 233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))]],
    [[(218.6, 286.1, 602.6, 610.1, 608.998, '同的外观和感觉、共', (218.6, 226.1, 233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))]],
    [[(68.3, 203.3, 613.9, 621.4, 620.248, '在产权组织面向外部的信通技术系统中提', (68.3, 75.8, 83.3, 90.8, 98.3, 105.8, 113.3, 120.8, 128.3, 135.8, 143.3, 150.8, 158.3, 165.8, 173.3, 180.8, 188.3, 195.8))], [(218.6, 263.6, 613.9, 621.4, 620.248, '同导航、ePay', (218.6, 226.1, 233.6, 241.1, 248.6, 252.4, 256.1, 259.9)), (267.4, 274.9, 613.9, 621.4, 620.248, 'v2', (267.4, 271.1)), (278.6, 286.1, 613.9, 621.4, 620.248, '和', (278.6,))], [(378.8, 446.3, 613.9, 621.4, 620.248, '适用的信通技术系统', (378.8, 386.3, 393.8, 401.3, 408.8, 416.3, 423.8, 431.3, 438.8))]],
    [[(68.3, 128.3, 625.1, 632.6, 631.498, '供统一的用户体验', (68.3, 75.8, 83.3, 90.8, 98.3, 105.8, 113.3, 120.8))], [(233.6, 286.1, 625.1, 632.6, 631.498, '产权组织帐户）', (233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))], [(295.0, 328.7, 625.1, 632.6, 631.498, '69%（2021', (295.0, 298.7, 302.5, 306.2, 313.7, 317.5, 321.2, 325.0)), (332.5, 340.0, 625.1, 632.6, 631.498, '年', (332.5,)), (343.7, 347.5, 625.1, 632.6, 631.498, '5', (343.7,)), (351.2, 366.2, 625.1, 632.6, 631.498, '月）', (351.2, 358.7))], [(416.3, 446.3, 625.1, 632.6, 631.498, '100%达标', (416.3, 420.0, 423.8, 427.5, 431.3, 438.8))], [(515.2, 526.4, 625.1, 632.6, 631.498, '77%', (515.2, 518.9, 522.7))]],
    [[(68.3, 203.3, 643.1, 650.6, 649.498, '产权组织面向外部的信通技术系统更加方', (68.3, 75.8, 83.3, 90.8, 98.3, 105.8, 113.3, 120.8, 128.3, 135.8, 143.3, 150.8, 158.3, 165.8, 173.3, 180.8, 188.3, 195.8))], [(375.0, 446.3, 643.1, 650.6, 649.498, '≥85%表示满意或非常', (375.0, 382.5, 386.3, 390.0, 393.8, 401.3, 408.8, 416.3, 423.8, 431.3, 438.8))]],
    [[(68.3, 165.8, 654.4, 661.9, 660.748, '便用户使用，并改善客户体验', (68.3, 75.8, 83.3, 90.8, 98.3, 105.8, 113.3, 120.8, 128.3, 135.8, 143.3, 150.8, 158.3))], [(233.6, 286.1, 654.4, 661.9, 660.748, '用户满意度分数', (233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))], [(295.0, 328.7, 654.4, 661.9, 660.748, '82%（2021', (295.0, 298.7, 302.5, 306.2, 313.7, 317.5, 321.2, 325.0)), (332.5, 340.0, 654.4, 661.9, 660.748, '年', (332.5,)), (343.7, 347.5, 654.4, 661.9, 660.748, '2', (343.7,)), (351.2, 366.2, 654.4, 661.9, 660.748, '月）', (351.2, 358.7))], [(431.3, 446.3, 654.4, 661.9, 660.748, '满意', (431.3, 438.8))], [(515.2, 526.4, 654.4, 661.9, 660.748, '80%', (515.2, 518.9, 522.7))]],
    [[(226.1, 286.1, 672.4, 679.9, 678.748, '方便使用程度分数', (226.1, 233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))], [(295.0, 328.7, 672.4, 679.9, 678.748, '80%（2021', (295.0, 298.7, 302.5, 306.2, 313.7, 317.5, 321.2, 325.0)), (332.5, 340.0, 672.4, 679.9, 678.748, '年', (332.5,)), (343.7, 347.5, 672.4, 679.9, 678.748, '2', (343.7,)), (351.2, 366.2, 672.4, 679.9, 678.748, '月）', (351.2, 358.7))], [(435.0, 446.3, 672.4, 679.9, 678.748, '85%', (435.0, 438.8, 442.5))], [(515.2, 526.4, 672.4, 679.9, 678.748, '84%', (515.2, 518.9, 522.7))]],
    [[(68.3, 203.3, 691.1, 698.6, 697.498, '使用现代金融交易处理设施，方便客户缴', (68.3, 75.8, 83.3, 90.8, 98.3, 105.8, 113.3, 120.8, 128.3, 135.8, 143.3, 150.8, 158.3, 165.8, 173.3, 180.8, 188.3, 195.8))], [(218.6, 286.1, 691.1, 698.6, 697.498, '使用缴费小程序的用', (218.6, 226.1, 233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))], [(295.0, 310.0, 691.1, 698.6, 697.498, '2021', (295.0, 298.7, 302.5, 306.2)), (313.7, 366.2, 691.1, 698.6, 697.498, '年第二季度的平', (313.7, 321.2, 328.7, 336.2, 343.7, 351.2, 358.7))]],
    [[(68.3, 150.8, 702.4, 709.9, 708.748, '费，并提供综合缴费信息', (68.3, 75.8, 83.3, 90.8, 98.3, 105.8, 113.3, 120.8, 128.3, 135.8, 143.3))], [(263.6, 286.1, 702.4, 709.9, 708.748, '户数量', (263.6, 271.1, 278.6))], [(317.5, 325.0, 702.4, 709.9, 708.748, '均', (317.5,)), (328.7, 340.0, 702.4, 709.9, 708.748, '603', (328.7, 332.5, 336.2)), (343.7, 366.2, 702.4, 709.9, 708.748, '个用户', (343.7, 351.2, 358.7))], [(401.3, 420.0, 702.4, 709.9, 708.748, '5,000', (401.3, 405.0, 408.8, 412.5, 416.3)), (423.8, 446.3, 702.4, 709.9, 708.748, '个用户', (423.8, 431.3, 438.8))], [(481.4, 500.2, 702.4, 709.9, 708.748, '1,630', (481.4, 485.2, 488.9, 492.7, 496.4)), (503.9, 526.4, 702.4, 709.9, 708.748, '个用户', (503.9, 511.4, 518.9))]],
    [[(214.9, 229.9, 720.4, 727.9, 726.748, '通过', (214.9, 222.4)), (233.6, 252.4, 720.4, 727.9, 726.748, 'ePay2', (233.6, 237.4, 241.1, 244.9, 248.6)), (256.1, 286.1, 720.4, 727.9, 726.748, '所提供服', (256.1, 263.6, 271.1, 278.6))]],
    [[(218.6, 286.1, 731.6, 739.1, 737.998, '务的用户满意度分数', (218.6, 226.1, 233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))], [(295.0, 328.7, 731.6, 739.1, 737.998, '87%（2021', (295.0, 298.7, 302.5, 306.2, 313.7, 317.5, 321.2, 325.0)), (332.5, 340.0, 731.6, 739.1, 737.998, '年', (332.5,)), (343.7, 347.5, 731.6, 739.1, 737.998, '2', (343.7,)), (351.2, 366.2, 731.6, 739.1, 737.998, '月）', (351.2, 358.7))], [(435.0, 446.3, 731.6, 739.1, 737.998, '90%', (435.0, 438.8, 442.5))], [(515.2, 526.4, 731.6, 739.1, 737.998, '89%', (515.2, 518.9, 522.7))]],
    [[(68.3, 203.3, 749.6, 757.1, 755.998, '增强对产权组织服务和品牌认知的积极感', (68.3, 75.8, 83.3, 90.8, 98.3, 105.8, 113.3, 120.8, 128.3, 135.8, 143.3, 150.8, 158.3, 165.8, 173.3, 180.8, 188.3, 195.8))], [(375.0, 446.3, 749.6, 757.1, 755.998, '≥85%表示满意或非常', (375.0, 382.5, 386.3, 390.0, 393.8, 401.3, 408.8, 416.3, 423.8, 431.3, 438.8))]],
    [[(68.3, 75.8, 760.9, 768.4, 767.248, '受', (68.3,))], [(233.6, 286.1, 760.9, 768.4, 767.248, '用户满意度分数', (233.6, 241.1, 248.6, 256.1, 263.6, 271.1, 278.6))], [(295.0, 328.7, 760.9, 768.4, 767.248, '58%（2021', (295.0, 298.7, 302.5, 306.2, 313.7, 317.5, 321.2, 325.0)), (332.5, 340.0, 760.9, 768.4, 767.248, '年', (332.5,)), (343.7, 347.5, 760.9, 768.4, 767.248, '2', (343.7,)), (351.2, 366.2, 760.9, 768.4, 767.248, '月）', (351.2, 358.7))], [(431.3, 446.3, 760.9, 768.4, 767.248, '满意', (431.3, 438.8))], [(515.2, 526.4, 760.9, 768.4, 767.248, '80%', (515.2, 518.9, 522.7))]],
]


def test_in_a_table_ruled_row_by_row_one_rule_over_the_first_figures_closes_the_header() -> None:
    """s100 p116: rules under its rows of figures show every row ruled; the rule under the
    header closes it (once the first row's first lines were a second header row)."""
    lines = [glyphed(cells, 7.5) for cells in S100_RULED_ROWS]
    rules = [hrule(65.2, 529.5, y) for y in (555.7, 574.5, 637.5, 666.7, 684.7, 714.7, 744.0, 773.2)]
    [table] = [build_table(r, 116) for r in find_regions(PageLayout(page=116, width=595, height=842, lines=lines,
                                                                      rules=rules))]
    assert len(table.header) == 1, [[c.text for c in row] for row in table.header]
    assert table.rows[0][0].text == "在产权组织面向外部的信通技术系统中提供统一的用户体验", table.rows[0][0].text
    assert table.rows[0][4].text == "77%", table.rows[0]


# s089 p115 (Chromium, Droid Sans Fallback 7.5 pt, a grid, zebra stripes, cells on their middle):
# a table of benefits continued, its three header rows repeated in bold (the second and third
# hold figures), every row ruled; the cells set on their middle interleave the row's lines
# half a cell's leading apart, glyph by glyph.
S089_GRID_MIDDLE = [
    [[(37.0, 67.0, 40.5, 48.0, 47.500, '效益实现', (37.0, 44.5, 52.0, 59.5), True)], [(211.8, 234.3, 40.5, 48.2, 47.500, '基准值', (211.8, 219.3, 226.8), True)], [(351.8, 374.3, 40.5, 48.2, 47.500, '目标值', (351.8, 359.3, 366.8), True)], [(488.0, 518.0, 40.5, 48.0, 47.500, '绩效数据', (488.0, 495.5, 503.0, 510.5), True)]],
    [[(37.0, 149.5, 59.9, 67.6, 66.900, '降低与当前系统（未广泛使用的网', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5, 97.0, 104.5, 112.0, 119.5, 127.0, 134.5, 142.0), True)]],
    [[(204.0, 227.1, 68.1, 75.6, 74.300, '100%', (204.0, 209.2, 214.4, 219.6), True), (227.2, 242.2, 67.5, 75.0, 74.300, '风险', (227.2, 234.7), True)], [(346.6, 364.5, 68.1, 75.6, 74.300, '10%', (346.6, 351.8, 357.0), True), (364.5, 379.5, 67.5, 75.0, 74.300, '风险', (364.5, 372.0), True)], [(442.4, 457.4, 67.3, 74.8, 74.300, '截至', (442.4, 449.9), True), (459.3, 480.1, 68.1, 75.6, 74.300, '2023', (459.3, 464.5, 469.7, 474.9), True), (482.2, 489.7, 67.3, 74.8, 74.300, '年', (482.2,), True), (491.6, 496.8, 68.1, 75.6, 74.300, '9', (491.6,), True), (498.8, 543.8, 67.3, 75.0, 74.300, '月，风险降低', (498.8, 506.3, 513.8, 521.3, 528.8, 536.3), True), (545.8, 563.7, 68.1, 75.6, 74.300, '85%', (545.8, 551.0, 556.2), True)]],
    [[(37.0, 104.5, 74.7, 82.4, 81.700, '站平台）相关的风险', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5, 97.0), True)]],
    [[(435.7, 440.9, 94.9, 102.4, 101.100, '2', (435.7,), True), (442.9, 570.4, 94.1, 101.8, 101.100, '年（新系统就位、所有内容完成迁移以', (442.9, 450.4, 457.9, 465.4, 472.9, 480.4, 487.9, 495.4, 502.9, 510.4, 517.9, 525.4, 532.9, 540.4, 547.9, 555.4, 562.9), True)]],
    [[(298.2, 395.7, 101.5, 109.2, 108.500, '创建和发布一条网络新闻用时', (298.2, 305.7, 313.2, 320.7, 328.2, 335.7, 343.2, 350.7, 358.2, 365.7, 373.2, 380.7, 388.2), True), (397.7, 410.9, 102.3, 109.8, 108.500, '1.2', (397.7, 402.9, 405.7), True), (412.9, 427.9, 101.5, 109.2, 108.500, '小时', (412.9, 420.4), True)]],
    [[(37.0, 127.0, 108.9, 116.6, 115.900, '减少创建和维护网页的时间', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5, 97.0, 104.5, 112.0, 119.5), True)], [(158.2, 255.7, 108.9, 116.6, 115.900, '创建和发布一条网络新闻用时', (158.2, 165.7, 173.2, 180.7, 188.2, 195.7, 203.2, 210.7, 218.2, 225.7, 233.2, 240.7, 248.2), True), (257.7, 270.9, 109.7, 117.2, 115.900, '1.5', (257.7, 262.9, 265.7), True), (272.9, 287.9, 108.9, 116.6, 115.900, '小时', (272.9, 280.4), True)], [(435.5, 570.5, 108.9, 116.6, 115.900, '及网页发布者接受培训并熟练掌握新系统', (435.5, 443.0, 450.5, 458.0, 465.5, 473.0, 480.5, 488.0, 495.5, 503.0, 510.5, 518.0, 525.5, 533.0, 540.5, 548.0, 555.5, 563.0), True)]],
    [[(346.6, 354.1, 116.3, 123.8, 123.300, '（', (346.6,), True), (354.1, 372.0, 117.1, 124.6, 123.300, '20%', (354.1, 359.3, 364.5), True), (372.0, 379.5, 116.3, 123.8, 123.300, '）', (372.0,), True)]],
    [[(495.5, 510.5, 123.8, 131.3, 130.800, '后）', (495.5, 503.0), True)]],
    [[(37.0, 112.0, 143.1, 150.8, 150.100, '通过集成内容交付网络', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5, 97.0, 104.5))]],
    [[(437.9, 452.9, 150.5, 158.0, 157.500, '截至', (437.9, 445.4)), (454.9, 474.0, 150.1, 157.6, 157.500, '2023', (454.9, 459.7, 464.4, 469.2)), (475.9, 483.4, 150.5, 158.0, 157.500, '年', (475.9,)), (485.4, 490.2, 150.1, 157.6, 157.500, '9', (485.4,)), (492.1, 537.1, 150.5, 158.2, 157.500, '月，风险降低', (492.1, 499.6, 507.1, 514.6, 522.1, 529.6)), (539.1, 555.7, 150.1, 157.6, 157.500, '80%', (539.1, 543.9, 548.6)), (555.8, 570.8, 150.5, 158.0, 157.500, '，即', (555.8, 563.3))]],
    [[(37.0, 44.5, 158.0, 165.5, 165.000, '（', (37.0,)), (44.5, 61.1, 157.6, 165.1, 165.000, 'CDN', (44.5, 49.7, 55.5)), (61.1, 143.6, 158.0, 165.7, 165.000, '），降低网站不可用的风', (61.1, 68.6, 76.1, 83.6, 91.1, 98.6, 106.1, 113.6, 121.1, 128.6, 136.1))], [(209.9, 262.4, 158.0, 165.7, 165.000, '每月一次，停机', (209.9, 217.4, 224.9, 232.4, 239.9, 247.4, 254.9)), (264.3, 273.9, 157.6, 165.1, 165.000, '10', (264.3, 269.1)), (275.8, 290.8, 158.2, 165.7, 165.000, '分钟', (275.8, 283.3))], [(379.0, 383.8, 157.6, 165.1, 165.000, '0', (379.0,)), (385.8, 430.8, 158.2, 165.7, 165.000, '分钟停机时间', (385.8, 393.3, 400.8, 408.3, 415.8, 423.3))]],
    [[(479.6, 539.6, 165.4, 173.1, 172.400, '每月停机时间降至', (479.6, 487.1, 494.6, 502.1, 509.6, 517.1, 524.6, 532.1)), (541.5, 546.3, 165.0, 172.5, 172.400, '2', (541.5,)), (548.3, 570.8, 165.4, 173.1, 172.400, '分钟。', (548.3, 555.8, 563.3))]],
    [[(37.0, 44.5, 173.0, 180.5, 179.800, '险', (37.0,))]],
    [[(444.0, 448.8, 191.8, 199.3, 199.200, '1', (444.0,)), (450.8, 570.8, 192.2, 199.9, 199.200, '年（新系统到位和所有内容完成迁移', (450.8, 458.3, 465.8, 473.3, 480.8, 488.3, 495.8, 503.3, 510.8, 518.3, 525.8, 533.3, 540.8, 548.3, 555.8, 563.3))]],
    [[(37.0, 119.5, 199.6, 207.3, 206.600, '改进网站搜索引擎优化（', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5, 97.0, 104.5, 112.0)), (119.5, 134.9, 199.2, 206.7, 206.600, 'SEO', (119.5, 124.2, 129.0)), (134.9, 142.4, 199.6, 207.1, 206.600, '）', (134.9,))], [(204.7, 272.2, 199.6, 207.3, 206.600, '搜索结果页面退出率', (204.7, 212.2, 219.7, 227.2, 234.7, 242.2, 249.7, 257.2, 264.7)), (274.1, 290.7, 199.2, 206.7, 206.600, '19%', (274.1, 278.9, 283.6))], [(344.6, 412.1, 199.6, 207.3, 206.600, '搜索结果页面退出率', (344.6, 352.1, 359.6, 367.1, 374.6, 382.1, 389.6, 397.1, 404.6)), (414.1, 430.7, 199.2, 206.7, 206.600, '15%', (414.1, 418.9, 423.6))]],
    [[(555.8, 570.8, 207.0, 214.5, 214.000, '后）', (555.8, 563.3))]],
    [[(37.0, 44.5, 226.4, 233.9, 233.400, '使', (37.0,)), (44.5, 48.4, 226.0, 233.5, 233.400, '“', (44.5,)), (48.4, 63.4, 226.4, 234.1, 233.400, '静态', (48.4, 55.9)), (63.4, 67.3, 226.0, 233.5, 233.400, '”', (63.4,)), (67.2, 149.7, 226.4, 234.1, 233.400, '网页现代化，与新的产权', (67.2, 74.7, 82.2, 89.7, 97.2, 104.7, 112.2, 119.7, 127.2, 134.7, 142.2))], [(435.8, 570.8, 226.4, 234.1, 233.400, '所有网页都采用通用外观和风格。随着网', (435.8, 443.3, 450.8, 458.3, 465.8, 473.3, 480.8, 488.3, 495.8, 503.3, 510.8, 518.3, 525.8, 533.3, 540.8, 548.3, 555.8, 563.3))]],
    [[(37.0, 149.5, 241.2, 248.9, 248.200, '组织通用外观和风格保持一致，并', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5, 97.0, 104.5, 112.0, 119.5, 127.0, 134.5, 142.0))], [(278.9, 290.8, 240.8, 248.3, 248.200, '0%', (278.9, 283.7))], [(409.3, 430.7, 240.8, 248.3, 248.200, '100%', (409.3, 414.1, 418.8, 423.6))], [(443.3, 570.8, 241.2, 248.9, 248.200, '页内容的迁移，网页也采用现代网络功', (443.3, 450.8, 458.3, 465.8, 473.3, 480.8, 488.3, 495.8, 503.3, 510.8, 518.3, 525.8, 533.3, 540.8, 548.3, 555.8, 563.3))]],
    [[(37.0, 97.0, 256.1, 263.8, 263.100, '提供现代网络功能', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5))], [(555.8, 570.8, 256.1, 263.8, 263.100, '能。', (555.8, 563.3))]],
    [[(436.4, 496.4, 275.4, 283.1, 282.400, '唯一身份浏览量：', (436.4, 443.9, 451.4, 458.9, 466.4, 473.9, 481.4, 488.9)), (496.4, 544.0, 275.0, 282.5, 282.400, '112,518,593', (496.4, 501.2, 505.9, 510.7, 513.1, 517.9, 522.6, 527.4, 529.8, 534.6, 539.3)), (544.2, 551.7, 275.4, 282.9, 282.400, '（', (544.2,)), (551.7, 570.8, 275.0, 282.5, 282.400, '2022', (551.7, 556.5, 561.2, 566.0))]],
    [[(446.8, 461.8, 290.3, 297.8, 297.300, '年）', (446.8, 454.3)), (463.7, 501.2, 290.3, 298.0, 297.300, '会话次数：', (463.7, 471.2, 478.7, 486.2, 493.7)), (501.2, 544.1, 289.9, 297.4, 297.300, '63,669,997', (501.2, 506.0, 510.7, 513.1, 517.9, 522.7, 527.4, 529.8, 534.6, 539.4)), (544.2, 551.7, 290.3, 297.8, 297.300, '（', (544.2,)), (551.7, 570.8, 289.9, 297.4, 297.300, '2022', (551.7, 556.5, 561.2, 566.0))]],
    [[(161.3, 221.3, 305.1, 312.8, 312.100, '唯一身份浏览量：', (161.3, 168.8, 176.3, 183.8, 191.3, 198.8, 206.3, 213.8)), (221.3, 264.2, 304.7, 312.2, 312.100, '70,460,059', (221.3, 226.1, 230.8, 233.2, 238.0, 242.8, 247.5, 249.9, 254.7, 259.5)), (264.2, 271.7, 305.1, 312.6, 312.100, '（', (264.2,)), (271.7, 290.8, 304.7, 312.2, 312.100, '2019', (271.7, 276.5, 281.2, 286.0))], [(440.9, 455.9, 305.1, 312.6, 312.100, '年）', (440.9, 448.4)), (457.8, 510.3, 305.1, 312.8, 312.100, '每次会话时间：', (457.8, 465.3, 472.8, 480.3, 487.8, 495.3, 502.8)), (510.4, 527.3, 304.7, 312.2, 312.100, '3:41', (510.4, 515.2, 517.7, 522.5)), (527.2, 534.7, 305.1, 312.6, 312.100, '（', (527.2,)), (534.7, 553.8, 304.7, 312.2, 312.100, '2022', (534.7, 539.5, 544.2, 549.0)), (555.8, 570.8, 305.1, 312.6, 312.100, '年）', (555.8, 563.3))]],
    [[(37.0, 149.5, 320.0, 327.7, 327.000, '由于客户体验得到改善，网站总体', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5, 97.0, 104.5, 112.0, 119.5, 127.0, 134.5, 142.0))], [(172.3, 187.3, 320.0, 327.5, 327.000, '年）', (172.3, 179.8)), (189.2, 219.2, 320.0, 327.7, 327.000, '会话次数', (189.2, 196.7, 204.2, 211.7)), (221.3, 264.2, 319.6, 327.1, 327.000, '27,308,909', (221.3, 226.1, 230.8, 233.2, 238.0, 242.8, 247.5, 249.9, 254.7, 259.5)), (264.2, 271.7, 320.0, 327.5, 327.000, '（', (264.2,)), (271.7, 290.8, 319.6, 327.1, 327.000, '2019', (271.7, 276.5, 281.2, 286.0))], [(297.7, 365.2, 320.0, 327.7, 327.000, '唯一身份浏览量增加', (297.7, 305.2, 312.7, 320.2, 327.7, 335.2, 342.7, 350.2, 357.7)), (367.1, 383.7, 319.6, 327.1, 327.000, '10%', (367.1, 371.9, 376.6)), (385.8, 430.8, 320.0, 327.7, 327.000, '会话次数增加', (385.8, 393.3, 400.8, 408.3, 415.8, 423.3))], [(443.3, 570.8, 320.0, 327.7, 327.000, '页面浏览量和会话次数的增长超出预期', (443.3, 450.8, 458.3, 465.8, 473.3, 480.8, 488.3, 495.8, 503.3, 510.8, 518.3, 525.8, 533.3, 540.8, 548.3, 555.8, 563.3))]],
    [[(37.0, 149.5, 334.8, 342.5, 341.800, '流量和每页花费的时间都有所增加', (37.0, 44.5, 52.0, 59.5, 67.0, 74.5, 82.0, 89.5, 97.0, 104.5, 112.0, 119.5, 127.0, 134.5, 142.0))], [(159.6, 174.6, 334.8, 342.3, 341.800, '年）', (159.6, 167.1)), (176.5, 229.0, 334.8, 342.5, 341.800, '每次会话时间：', (176.5, 184.0, 191.5, 199.0, 206.5, 214.0, 221.5)), (229.0, 233.8, 334.4, 341.9, 341.800, '5', (229.0,)), (235.8, 243.3, 335.0, 342.5, 341.800, '分', (235.8,)), (245.2, 254.8, 334.4, 341.9, 341.800, '18', (245.2, 250.0)), (256.7, 271.7, 334.8, 342.5, 341.800, '秒（', (256.7, 264.2)), (271.7, 290.8, 334.4, 341.9, 341.800, '2019', (271.7, 276.5, 281.2, 286.0))], [(338.3, 350.2, 334.4, 341.9, 341.800, '5%', (338.3, 343.1)), (352.1, 412.1, 334.8, 342.5, 341.800, '每次会话时间增加', (352.1, 359.6, 367.1, 374.6, 382.1, 389.6, 397.1, 404.6)), (414.1, 430.7, 334.4, 341.9, 341.800, '15%', (414.1, 418.9, 423.6))], [(435.8, 570.8, 334.8, 342.5, 341.800, '（可能是由于在准备迁移过程中进行了清', (435.8, 443.3, 450.8, 458.3, 465.8, 473.3, 480.8, 488.3, 495.8, 503.3, 510.8, 518.3, 525.8, 533.3, 540.8, 548.3, 555.8, 563.3))]],
    [[(275.8, 290.8, 349.7, 357.2, 356.700, '年）', (275.8, 283.3))], [(435.8, 570.8, 349.7, 357.4, 356.700, '理，从而改进了内容）。但是，每次会话', (435.8, 443.3, 450.8, 458.3, 465.8, 473.3, 480.8, 488.3, 495.8, 503.3, 510.8, 518.3, 525.8, 533.3, 540.8, 548.3, 555.8, 563.3))]],
    [[(435.8, 570.8, 364.5, 372.2, 371.500, '时间有所减少，原因可能是用户找到所需', (435.8, 443.3, 450.8, 458.3, 465.8, 473.3, 480.8, 488.3, 495.8, 503.3, 510.8, 518.3, 525.8, 533.3, 540.8, 548.3, 555.8, 563.3))]],
    [[(510.8, 570.8, 379.4, 387.1, 386.400, '内容的速度变快。', (510.8, 518.3, 525.8, 533.3, 540.8, 548.3, 555.8, 563.3))]],
]


def test_a_grid_of_text_cells_set_on_their_middle_keeps_its_rows_by_its_rules() -> None:
    """s089 p115: the bold lines are the header, all three rows of it; under it the rules
    part the rows, though a row's lines interleave half a cell's leading apart (once they
    were taken for the table's line pitch, every wrapped label a row of its own)."""
    lines = [glyphed(cells, 7.5) for cells in S089_GRID_MIDDLE]
    rules = [hrule(34.8, 572.7, y) for y in (37.15, 56.45, 90.65, 139.75, 188.75, 222.95, 272.05, 395.35)] + \
        [vrule(x, 37.4, 395.1) for x in (34.6, 153.0, 293.0, 432.9, 572.9)]
    stripes = [Fill(Box(34.6, 139.5, 572.85, 188.45), dark=False), Fill(Box(34.6, 222.7, 572.85, 271.75), dark=False)]
    layout = PageLayout(page=115, width=612, height=792, lines=lines, rules=rules, fills=stripes)
    [table] = [build_table(r, 115) for r in find_regions(layout)]
    assert len(table.header) == 3, [[c.text for c in row] for row in table.header]
    labels = [row[0].text for row in table.rows]
    assert "通过集成内容交付网络(CDN),降低网站不可用的风险" in [lb.replace(" ", "") for lb in labels], labels
    static = next(row for row in table.rows if row[0].text.startswith("使"))
    assert [c.text for c in static[1:3]] == ["0%", "100%"], static


# s352 p122 (Chromium, Noto Serif CJK 10.5 pt, unruled, no bold, cells on their bottom): a
# table of benefits, its first row's label wrapped over two lines above its figures; a cell's
# lines stand 11.37 pt apart, rows 13.77 (their padding), glyph by glyph.
S352_ROW_UNDER_PLAIN_HEADER = [
    [[(43.0, 76.5, 311.2, 319.6, 318.600, '效益说明', (43.0, 51.3, 59.7, 68.1))], [(282.1, 333.0, 311.2, 319.6, 318.600, '关键绩效指标', (282.1, 290.5, 298.9, 307.3, 315.6, 324.0))], [(365.1, 390.3, 311.2, 319.6, 318.600, '基准值', (365.1, 373.5, 381.9))], [(437.0, 460.7, 311.2, 319.6, 318.600, '目标值', (437.0, 443.9, 452.3))], [(501.8, 535.3, 311.2, 319.6, 318.600, '绩效数据', (501.8, 510.2, 518.5, 526.9))]],
    [[(43.0, 59.3, 325.0, 333.4, 332.365, '提高', (43.0, 51.8)), (61.9, 78.5, 325.0, 333.4, 332.365, 'PCT', (61.9, 67.2, 73.0)), (80.7, 181.2, 324.7, 333.4, 332.365, '关键系统的服务水平和减少', (80.7, 89.1, 97.4, 105.8, 114.2, 122.6, 131.0, 139.6, 147.7, 156.1, 164.5, 172.8)), (183.4, 200.0, 325.0, 333.4, 332.365, 'PCT', (183.4, 188.7, 194.5)), (202.2, 269.2, 325.0, 333.4, 332.365, '关键系统的中断时', (202.2, 210.6, 218.9, 227.3, 235.7, 244.1, 252.5, 260.8))], [(276.9, 293.6, 325.0, 333.4, 332.365, 'PCT', (276.9, 282.3, 288.1)), (295.7, 336.8, 325.0, 333.4, 332.365, '系统的可用', (295.7, 304.1, 312.5, 320.9, 329.6))]],
    [[(43.0, 51.3, 336.4, 344.7, 343.732, '间', (43.0,))], [(273.7, 340.8, 336.4, 345.4, 343.732, '性（内部和外部）', (273.7, 282.1, 290.5, 298.9, 307.3, 315.6, 324.0, 332.4))], [(365.4, 390.0, 336.4, 344.7, 343.732, '99.5%', (365.4, 370.1, 374.8, 377.6, 382.2))], [(435.8, 460.4, 336.4, 344.7, 343.732, '99.8%', (435.8, 440.5, 445.2, 448.0, 452.7))], [(506.3, 530.8, 336.4, 344.7, 343.732, '99.8%', (506.3, 511.0, 515.7, 518.4, 523.1))]],
    [[(43.0, 266.7, 350.1, 358.5, 357.498, '减少恶意或无意中披露或修改未公布申请/注册/专利信息的可', (43.0, 51.3, 59.7, 68.1, 76.5, 85.2, 93.2, 101.6, 110.0, 118.4, 126.7, 135.1, 143.5, 151.9, 160.3, 168.6, 177.0, 185.4, 193.8, 196.7, 205.1, 213.5, 216.4, 224.8, 233.2, 241.6, 249.9, 258.3))]],
    [[(43.0, 269.2, 361.2, 370.5, 368.865, '能性，降低网络攻击的可能性，并降低成功的网络攻击所造成', (43.0, 51.3, 59.7, 68.1, 76.5, 85.8, 93.2, 101.6, 110.0, 118.4, 126.7, 135.1, 143.5, 151.9, 160.3, 168.6, 177.0, 185.4, 193.8, 202.1, 211.4, 218.9, 227.3, 235.7, 244.0, 252.4, 260.8)), (273.7, 340.8, 361.5, 369.9, 368.865, '暴露在网络威胁下', (273.7, 282.1, 290.5, 299.8, 307.3, 315.6, 324.0, 332.4))]],
    [[(43.0, 68.1, 372.9, 381.2, 380.240, '的影响', (43.0, 51.3, 59.7))], [(294.7, 319.8, 372.9, 381.2, 380.240, '的比例', (294.7, 304.1, 311.4))], [(359.5, 384.0, 372.9, 381.2, 380.240, '59.5%', (359.5, 364.2, 368.9, 371.6, 376.3)), (386.2, 395.9, 372.9, 381.2, 380.240, '¹¹²', (386.2, 389.4, 392.6))], [(439.6, 456.6, 372.9, 381.2, 380.240, '40%', (439.6, 444.2, 448.9))], [(506.3, 530.8, 372.9, 381.2, 380.240, '53.9%', (506.3, 511.0, 515.6, 518.4, 523.1))]],
    [[(276.9, 293.6, 386.6, 395.0, 393.998, 'PCT', (276.9, 282.3, 288.1)), (295.7, 337.6, 386.6, 395.0, 393.998, '安全态势的', (295.7, 304.1, 312.5, 320.9, 329.2))]],
    [[(290.8, 324.0, 398.0, 406.4, 405.373, '风险评估', (290.8, 298.9, 307.3, 315.6))], [(373.5, 381.9, 398.0, 406.4, 405.373, '中', (373.5,))], [(443.9, 452.3, 398.0, 406.4, 405.373, '低', (443.9,))], [(514.4, 522.7, 398.0, 406.4, 405.373, '中', (514.4,))]],
    [[(273.7, 340.8, 411.8, 420.1, 419.131, '重大事件时恢复运', (273.7, 282.5, 290.5, 298.9, 307.3, 315.6, 324.0, 332.4))]],
    [[(43.0, 59.7, 423.1, 431.5, 430.506, '减少', (43.0, 51.3)), (61.9, 78.5, 423.1, 431.5, 430.506, 'PCT', (61.9, 67.2, 73.0)), (80.7, 156.1, 423.1, 431.5, 430.506, '关键系统的中断时间', (80.7, 89.1, 97.4, 105.8, 114.2, 122.6, 131.0, 139.3, 147.7))], [(282.4, 332.4, 423.1, 431.5, 430.506, '行所需的时间', (282.4, 290.5, 298.9, 307.3, 315.6, 324.0))], [(370.4, 374.4, 423.1, 431.5, 430.506, '1', (370.4,)), (376.5, 384.9, 423.1, 431.5, 430.506, '天', (376.5,))], [(436.7, 440.6, 423.1, 431.5, 430.506, '1', (436.7,)), (443.1, 459.5, 423.1, 431.5, 430.506, '小时', (443.1, 451.2))], [(511.3, 515.3, 423.1, 431.5, 430.506, '1', (511.3,)), (517.4, 525.8, 423.1, 431.5, 430.506, '天', (517.4,))]],
    [[(276.9, 293.6, 436.9, 445.3, 444.272, 'PCT', (276.9, 282.3, 288.1)), (295.7, 337.6, 436.9, 445.3, 444.272, '数据的恢复', (295.7, 304.1, 312.5, 320.9, 329.2))]],
    [[(43.0, 59.7, 448.3, 456.6, 455.639, '减少', (43.0, 51.3)), (61.9, 78.5, 448.3, 456.6, 455.639, 'PCT', (61.9, 67.2, 73.0)), (80.7, 156.1, 448.3, 456.6, 455.639, '关键系统的中断时间', (80.7, 89.1, 97.4, 105.8, 114.2, 122.6, 131.0, 139.3, 147.7))], [(294.7, 303.2, 448.3, 456.6, 455.639, '点', (294.7,)), (304.7, 320.1, 448.3, 456.6, 455.639, '目标', (304.7, 311.4))], [(363.6, 372.9, 448.3, 456.6, 455.639, '30', (363.6, 368.2)), (375.0, 391.8, 447.9, 456.6, 455.639, '分钟', (375.0, 383.4))], [(434.3, 443.0, 448.3, 456.6, 455.639, '10', (434.3, 438.3)), (445.1, 461.9, 447.9, 456.6, 455.639, '分钟', (445.1, 453.5))], [(504.4, 513.8, 448.3, 456.6, 455.639, '30', (504.4, 509.1)), (515.9, 532.7, 447.9, 456.6, 455.639, '分钟', (515.9, 524.3))]],
]


def test_a_first_row_set_on_its_foot_stands_a_padding_off_a_plain_header() -> None:
    """s352 p122: the first row's first label line stands 13.77 pt under the header, its
    second 11.37 under it: the row's, not the header's (once read as a second header row,
    its label cut to "间")."""
    lines = [glyphed(cells, 10.5) for cells in S352_ROW_UNDER_PLAIN_HEADER]
    [table] = [build_table(r, 122) for r in find_regions(PageLayout(page=122, width=595, height=842, lines=lines))]
    assert len(table.header) == 1, [[c.text for c in row] for row in table.header]
    assert table.rows[0][0].text == "提高 PCT 关键系统的服务水平和减少 PCT 关键系统的中断时间", table.rows[0][0].text
    assert [c.text for c in table.rows[0][2:]] == ["99.5%", "99.8%", "99.8%"], table.rows[0]


# s244 p21 (Chromium, AR PL UMing 8.7 pt in its tables, booktabs, no bold, cells on their middle): a table
# continued, its three header rows repeated between the rules, its first row under them set
# on its middle: figures interleaved with its cells' lines half a line apart, glyph by glyph.
S244_UNDER_REPEATED_HEADER = [
    [[(50.9, 85.7, 47.8, 56.5, 56.999, '绩效指标', (50.9, 59.6, 68.3, 77.0))], [(202.3, 219.7, 47.8, 57.7, 56.999, '基准', (202.3, 211.0))], [(298.7, 316.1, 47.8, 56.5, 56.999, '目标', (298.7, 307.4))], [(386.5, 421.3, 47.8, 56.5, 56.999, '绩效数据', (386.5, 395.2, 403.9, 412.6))], [(474.2, 526.5, 47.8, 57.9, 56.999, '绩效指标评估', (474.2, 483.0, 491.7, 500.4, 509.1, 517.8))]],
    [[(50.9, 64.5, 67.4, 76.1, 76.592, '1.1', (50.9, 55.5, 60.2)), (69.5, 156.5, 67.4, 77.5, 76.592, '世界范围内的传播和接', (69.5, 78.2, 86.9, 95.6, 104.3, 113.0, 121.7, 130.4, 139.1, 147.8))]],
    [[(50.9, 155.3, 79.8, 90.0, 89.060, '触更有效，人们对知识产权', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))]],
    [[(50.9, 155.3, 92.3, 102.5, 101.528, '在处处改善人人生活的潜力', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))]],
    [[(50.9, 155.3, 105.4, 115.5, 114.590, '有更好的认识和更多的了解', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))]],
    [[(50.9, 155.3, 125.0, 135.1, 134.183, '产权组织网站和驻外办事处', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))], [(361.0, 407.1, 125.0, 133.7, 134.183, '27,802,067', (361.0, 365.6, 370.2, 374.9, 379.5, 384.2, 388.8, 393.5, 398.1, 402.7)), (412.0, 446.8, 125.0, 135.1, 134.183, '人（增长', (412.0, 420.7, 429.4, 438.1))]],
    [[(181.1, 227.2, 130.9, 139.6, 140.120, '20,086,245', (181.1, 185.7, 190.4, 195.0, 199.7, 204.3, 208.9, 213.6, 218.2, 222.9)), (232.2, 240.9, 132.3, 141.0, 140.120, '人', (232.2,))], [(276.4, 319.9, 130.9, 139.6, 140.120, '两年期增长', (276.4, 285.1, 293.8, 302.5, 311.2)), (324.6, 338.2, 130.9, 139.6, 140.120, '20%', (324.6, 329.2, 333.8))], [(496.0, 504.7, 130.9, 139.6, 140.120, '●', (496.0,))]],
    [[(50.9, 155.3, 137.4, 147.6, 146.650, '网站的唯一身份访问者人数', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))], [(392.6, 415.2, 137.4, 146.1, 146.650, '38%）', (392.6, 397.2, 401.9, 406.5))]],
    [[(360.7, 378.9, 158.9, 167.6, 166.244, '2022', (360.7, 365.3, 370.0, 374.6)), (383.9, 396.9, 158.9, 167.6, 166.244, '年:', (383.9, 392.6)), (401.9, 433.5, 158.9, 167.6, 166.244, '100%（7', (401.9, 406.5, 411.2, 415.8, 420.4, 429.1)), (438.4, 447.1, 158.9, 167.6, 166.244, '种', (438.4,))]],
    [[(50.9, 155.3, 171.9, 180.6, 179.306, '内容提要译为联合国所有正', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))], [(170.1, 229.5, 171.9, 180.6, 179.306, '100%（2020/21', (170.1, 174.7, 179.4, 184.0, 188.6, 197.3, 202.0, 206.6, 211.3, 215.9, 220.5, 225.2)), (234.5, 251.9, 171.9, 180.6, 179.306, '年出', (234.5, 243.2))], [(368.8, 429.7, 171.9, 180.6, 179.306, '旗舰出版物中的', (368.8, 377.5, 386.2, 394.9, 403.6, 412.3, 421.0)), (434.4, 438.7, 171.9, 180.6, 179.306, '7', (434.4,))]],
    [[(50.9, 155.3, 184.4, 193.1, 191.773, '式语言的产权组织旗舰出版', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))], [(169.2, 186.6, 184.4, 193.1, 191.773, '版了', (169.2, 177.9)), (191.2, 195.6, 184.4, 193.1, 191.773, '7', (191.2,)), (200.5, 252.8, 184.4, 193.1, 191.773, '种旗舰出版物', (200.5, 209.2, 217.9, 226.6, 235.3, 244.0))], [(298.2, 316.4, 184.4, 193.1, 191.773, '100%', (298.2, 302.8, 307.4, 312.1))], [(374.6, 392.0, 184.4, 193.1, 191.773, '种）', (374.6, 383.3)), (396.6, 414.9, 184.4, 193.1, 191.773, '2023', (396.6, 401.3, 405.9, 410.6)), (419.9, 432.9, 184.4, 193.1, 191.773, '年:', (419.9, 428.6))], [(496.0, 504.7, 184.4, 193.1, 191.773, '●', (496.0,))]],
    [[(50.9, 94.4, 197.4, 206.2, 204.836, '物的百分比', (50.9, 59.6, 68.3, 77.0, 85.7))], [(186.6, 204.0, 197.4, 206.2, 204.836, '中的', (186.6, 195.3)), (208.6, 213.0, 197.4, 206.2, 204.836, '7', (208.6,)), (217.9, 235.3, 197.4, 206.2, 204.836, '种）', (217.9, 226.6))], [(359.5, 391.1, 197.4, 206.2, 204.836, '100%（6', (359.5, 364.1, 368.8, 373.4, 378.1, 386.8)), (396.1, 448.3, 197.4, 206.2, 204.836, '种旗舰出版物', (396.1, 404.8, 413.5, 422.2, 430.9, 439.6))]],
    [[(379.5, 396.9, 209.9, 218.6, 217.304, '中的', (379.5, 388.2)), (401.6, 405.9, 209.9, 218.6, 217.304, '6', (401.6,)), (410.9, 428.3, 209.9, 218.6, 217.304, '种）', (410.9, 419.6))]],
    [[(50.9, 92.4, 229.5, 238.2, 236.897, '2022/2023', (50.9, 55.5, 60.2, 64.8, 69.5, 74.1, 78.7, 83.4, 88.0)), (97.3, 158.2, 229.5, 238.2, 236.897, '年出版并译为联', (97.3, 106.0, 114.7, 123.4, 132.1, 140.8, 149.5))]],
    [[(50.9, 155.3, 242.0, 250.7, 249.365, '合国所有正式语言的实体知', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))], [(175.0, 206.6, 242.0, 250.7, 249.365, '60%（10', (175.0, 179.6, 184.3, 188.9, 197.6, 202.3)), (211.5, 237.7, 242.0, 250.7, 249.365, '种中的', (211.5, 220.3, 229.0)), (242.3, 246.7, 242.0, 250.7, 249.365, '6', (242.3,))], [(367.9, 399.5, 242.0, 250.7, 249.365, '42%（19', (367.9, 372.6, 377.2, 381.8, 390.5, 395.2)), (404.5, 430.6, 242.0, 250.7, 249.365, '种中的', (404.5, 413.2, 421.9)), (435.2, 439.6, 242.0, 250.7, 249.365, '8', (435.2,))]],
    [[(298.2, 316.4, 248.5, 257.2, 255.896, '100%', (298.2, 302.8, 307.4, 312.1))], [(496.0, 504.7, 248.5, 257.2, 255.896, '▲', (496.0,))]],
    [[(50.9, 155.3, 255.0, 263.7, 262.427, '识产权主题产权组织全球出', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))], [(202.3, 219.7, 255.0, 263.7, 262.427, '种）', (202.3, 211.0))], [(395.2, 412.6, 255.0, 263.7, 262.427, '种）', (395.2, 403.9))]],
    [[(50.9, 103.1, 267.5, 276.2, 274.895, '版物的百分比', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4))]],
    [[(360.4, 447.4, 287.1, 295.8, 294.488, '为在产权组织网站上使', (360.4, 369.1, 377.8, 386.5, 395.2, 403.9, 412.6, 421.3, 430.0, 438.7))]],
    [[(362.1, 423.0, 299.6, 308.3, 306.956, '用机器翻译开展', (362.1, 370.8, 379.5, 388.2, 396.9, 405.6, 414.3)), (427.7, 432.0, 299.6, 308.3, 306.956, '2', (427.7,)), (437.0, 445.7, 299.6, 308.3, 306.956, '项', (437.0,))]],
    [[(364.1, 399.0, 312.6, 321.3, 320.018, '试点工作', (364.1, 372.9, 381.6, 390.3)), (403.6, 412.6, 312.6, 321.3, 320.018, '¹⁰', (403.6, 408.2)), (415.8, 420.1, 312.6, 321.3, 320.018, ':', (415.8,)), (425.1, 429.4, 312.6, 321.3, 320.018, '-', (425.1,)), (434.4, 443.4, 312.6, 321.3, 320.018, 'IP', (434.4, 439.0))]],
    [[(363.3, 404.8, 325.1, 333.8, 332.486, 'Advantage', (363.3, 367.9, 372.6, 377.2, 381.8, 386.5, 391.1, 395.8, 400.4)), (409.7, 444.5, 325.1, 333.8, 332.486, '案例研究', (409.7, 418.4, 427.1, 435.8))]],
    [[(50.9, 155.3, 338.2, 346.9, 345.548, '在修订的语言政策路线图的', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))], [(362.1, 405.6, 338.2, 346.9, 345.548, '可提供多达', (362.1, 370.8, 379.5, 388.2, 396.9)), (410.3, 414.6, 338.2, 346.9, 345.548, '6', (410.3,)), (419.6, 445.7, 338.2, 346.9, 345.548, '种联合', (419.6, 428.3, 437.0))]],
    [[(197.9, 224.0, 344.1, 352.8, 351.485, '不适用', (197.9, 206.6, 215.3))], [(298.4, 302.8, 344.1, 352.8, 351.485, '2', (298.4,)), (307.7, 316.4, 344.1, 352.8, 351.485, '个', (307.7,))], [(496.0, 504.7, 344.1, 352.8, 351.485, '●', (496.0,))]],
    [[(50.9, 155.3, 350.6, 359.3, 358.017, '框架内实施试点，第一阶段', (50.9, 59.6, 68.3, 77.0, 85.7, 94.4, 103.1, 111.8, 120.5, 129.2, 137.9, 146.6))], [(360.4, 447.4, 350.6, 359.3, 358.017, '国官方语言的机器翻译', (360.4, 369.1, 377.8, 386.5, 395.2, 403.9, 412.6, 421.3, 430.0, 438.7))]],
    [[(362.1, 379.5, 363.1, 371.8, 370.484, '服务', (362.1, 370.8)), (384.2, 388.5, 363.1, 371.8, 370.484, '-', (384.2,)), (393.5, 445.7, 363.1, 371.8, 370.484, '世界知识产权', (393.5, 402.2, 410.9, 419.6, 428.3, 437.0))]],
    [[(360.4, 447.4, 376.2, 384.9, 383.546, '日变革者展厅提供联合', (360.4, 369.1, 377.8, 386.5, 395.2, 403.9, 412.6, 421.3, 430.0, 438.7))]],
    [[(362.1, 370.8, 388.6, 397.3, 396.015, '国', (362.1,)), (375.5, 379.8, 388.6, 397.3, 396.015, '6', (375.5,)), (384.7, 445.7, 388.6, 397.3, 396.015, '种正式语文以外', (384.7, 393.5, 402.2, 410.9, 419.6, 428.3, 437.0))]],
    [[(382.1, 425.7, 401.7, 410.4, 409.076, '的机器翻译', (382.1, 390.8, 399.5, 408.2, 417.0))]],
]


def test_lines_interleaved_half_a_line_apart_say_nothing_of_a_cells_leading() -> None:
    """s244 p21: the first row's lines over its figures stand 12.5-13 pt apart, the figures
    beside the cells' lines 6.5 pt: the row's first lines are the row's (once the least
    pitch, an interleaved one, was taken for the cells' leading and its first line read into
    the header)."""
    lines = [glyphed(cells, 8.7) for cells in S244_UNDER_REPEATED_HEADER]
    rules = [hrule(47.5, 548.6, y) for y in (43.34, 153.48, 416.2)]
    tables = [build_table(r, 21) for r in find_regions(PageLayout(page=21, width=595, height=842, lines=lines,
                                                                    rules=rules))]
    table = next(t for t in tables if t is not None and t.rows)
    labels = [row[0].text for row in table.rows]
    assert any(label.startswith("内容提要译为联合国所有正式语言") for label in labels), labels


# s312 p92 (WeasyPrint, AR PL UMing 9.5 pt, unruled, zebra stripes): annex 11's list of projects,
# one-line rows 21.4 pt apart, under a paragraph whose last line stands as far over the first
# row as the rows stand apart, flush with its label; glyph by glyph.
S312_LIST_UNDER_PARAGRAPH = [
    [[(40.0, 85.6, 401.9, 413.3, 411.622, '附件十一', (40.0, 51.4, 62.8, 74.2), True), (91.3, 114.1, 401.9, 413.3, 411.622, '2023', (91.3, 97.0, 102.7, 108.4), True), (119.8, 256.6, 401.9, 413.3, 411.622, '年基本建设总计划进展报告', (119.8, 131.2, 142.6, 154.0, 165.4, 176.8, 188.2, 199.6, 211.0, 222.4, 233.8, 245.2), True)]],
    [[(40.0, 405.7, 421.3, 430.8, 429.374, '本附件报告了成员国批准的由产权组织储备金供资的所有基本建设总计划（CMP）项目。', (40.0, 49.5, 59.0, 68.5, 78.0, 87.5, 97.0, 106.5, 116.0, 125.5, 135.0, 144.5, 154.0, 163.5, 173.0, 182.5, 192.0, 201.5, 211.0, 220.5, 230.0, 239.5, 249.0, 258.5, 268.0, 277.5, 287.0, 296.5, 306.0, 315.5, 325.0, 334.5, 344.0, 353.5, 358.2, 363.0, 367.7, 377.2, 386.7, 396.2))]],
    [[(40.0, 87.5, 438.7, 448.2, 446.759, '本报告包括', (40.0, 49.5, 59.0, 68.5, 78.0)), (92.3, 111.3, 438.7, 448.2, 446.759, '2023', (92.3, 97.0, 101.8, 106.5)), (116.0, 239.5, 438.7, 448.2, 446.759, '年正在实施项目的进度报告和', (116.0, 125.5, 135.0, 144.5, 154.0, 163.5, 173.0, 182.5, 192.0, 201.5, 211.0, 220.5, 230.0)), (244.3, 263.3, 438.7, 448.2, 446.759, '2023', (244.3, 249.0, 253.8, 258.5)), (268.0, 401.0, 438.7, 448.2, 446.759, '年期间已完成项目的完成报告。', (268.0, 277.5, 287.0, 296.5, 306.0, 315.5, 325.0, 334.5, 344.0, 353.5, 363.0, 372.5, 382.0, 391.5))]],
    [[(40.0, 144.5, 456.1, 465.6, 464.144, '进度报告向成员国概述了', (40.0, 49.5, 59.0, 68.5, 78.0, 87.5, 97.0, 106.5, 116.0, 125.5, 135.0))], [(150.4, 169.4, 456.1, 465.6, 464.144, '2023', (150.4, 155.2, 159.9, 164.7))], [(175.3, 184.8, 456.1, 465.6, 464.144, '年', (175.3,))], [(190.8, 195.5, 456.1, 465.6, 464.144, '1', (190.8,))], [(201.4, 220.4, 456.1, 465.6, 464.144, '月至', (201.4, 210.9))], [(226.3, 235.8, 456.1, 465.6, 464.144, '12', (226.3, 231.1))], [(241.8, 555.3, 456.1, 465.6, 464.144, '月期间项目实施的进展情况。完成报告对项目的整体实施和取得的效益进行', (241.8, 251.3, 260.8, 270.3, 279.8, 289.3, 298.8, 308.3, 317.8, 327.3, 336.8, 346.3, 355.8, 365.3, 374.8, 384.3, 393.8, 403.3, 412.8, 422.3, 431.8, 441.3, 450.8, 460.3, 469.8, 479.3, 488.8, 498.3, 507.8, 517.3, 526.8, 536.3, 545.8))]],
    [[(40.0, 125.5, 468.7, 478.2, 476.779, '了简要的归纳总结。', (40.0, 49.5, 59.0, 68.5, 78.0, 87.5, 97.0, 106.5, 116.0))]],
    [[(44.4, 58.7, 490.5, 500.0, 498.564, 'CMP', (44.4, 49.2, 53.9), True), (63.4, 68.2, 490.5, 500.0, 498.564, '9', (63.4,), True)], [(241.1, 255.4, 490.5, 500.0, 498.564, 'PCT', (241.1, 245.9, 250.6), True), (260.1, 488.1, 490.5, 500.0, 498.564, '复原力安全平台——第一期和混合期——项目完成报告', (260.1, 269.6, 279.1, 288.6, 298.1, 307.6, 317.1, 326.6, 336.1, 345.6, 355.1, 364.6, 374.1, 383.6, 393.1, 402.6, 412.1, 421.6, 431.1, 440.6, 450.1, 459.6, 469.1, 478.6), True)]],
    [[(44.4, 58.7, 511.9, 521.4, 519.999, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 511.9, 521.4, 519.999, '10', (63.4, 68.2))], [(389.4, 550.9, 511.9, 521.4, 519.999, '马德里信息技术平台——项目进展报告', (389.4, 398.9, 408.4, 417.9, 427.4, 436.9, 446.4, 455.9, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 533.4, 542.9, 541.434, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 533.4, 542.9, 541.434, '11', (63.4, 68.2))], [(351.4, 550.9, 533.4, 542.9, 541.434, '一体化会议服务平台（ICSP）——项目进展报告', (351.4, 360.9, 370.4, 379.9, 389.4, 398.9, 408.4, 417.9, 427.4, 436.9, 446.4, 451.1, 455.9, 460.6, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 554.8, 564.3, 562.869, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 554.8, 564.3, 562.869, '18', (63.4, 68.2))], [(384.6, 550.9, 554.8, 564.3, 562.869, '动态事件管理（DIM）——项目完成报告', (384.6, 394.1, 403.6, 413.1, 422.6, 432.1, 441.6, 451.1, 455.9, 460.6, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 576.2, 585.7, 584.304, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 576.2, 585.7, 584.304, '21', (63.4, 68.2))], [(313.4, 550.9, 576.2, 585.7, 584.304, '产权组织知识产权门户网站——第二期——项目完成报告', (313.4, 322.9, 332.4, 341.9, 351.4, 360.9, 370.4, 379.9, 389.4, 398.9, 408.4, 417.9, 427.4, 436.9, 446.4, 455.9, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 597.7, 607.2, 605.739, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 597.7, 607.2, 605.739, '22', (63.4, 68.2))], [(408.4, 550.9, 597.7, 607.2, 605.739, '海牙外部化项目——项目完成报告', (408.4, 417.9, 427.4, 436.9, 446.4, 455.9, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 619.1, 628.6, 627.174, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 619.1, 628.6, 627.174, '24', (63.4, 68.2))], [(394.1, 413.1, 619.1, 628.6, 627.174, '网络', (394.1, 403.6)), (417.9, 432.1, 619.1, 628.6, 627.174, 'CMS', (417.9, 422.6, 427.4)), (436.9, 550.9, 619.1, 628.6, 627.174, '技术更换——项目完成报告', (436.9, 446.4, 455.9, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 640.5, 650.0, 648.609, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 640.5, 650.0, 648.609, '25', (63.4, 68.2))], [(384.6, 550.9, 640.5, 650.0, 648.609, '财务管理系统（TMS）——项目进展报告', (384.6, 394.1, 403.6, 413.1, 422.6, 432.1, 441.6, 451.1, 455.9, 460.6, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 662.0, 671.5, 670.044, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 662.0, 671.5, 670.044, '31', (63.4, 68.2))], [(327.6, 550.9, 662.0, 671.5, 670.044, '企业绩效管理（EPM）第二代云系统——项目进展报告', (327.6, 337.1, 346.6, 356.1, 365.6, 375.1, 384.6, 394.1, 398.9, 403.6, 408.4, 417.9, 427.4, 436.9, 446.4, 455.9, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(185.1, 550.9, 683.4, 692.9, 691.479, '安全性增强、数据加密和用户管理第二期：身份认证和访问治理（IAG）——项目完成报', (185.1, 194.6, 204.1, 213.6, 223.1, 232.6, 242.1, 251.6, 261.1, 270.6, 280.1, 289.6, 299.1, 308.6, 318.1, 327.6, 337.1, 346.6, 356.1, 365.6, 375.1, 384.6, 394.1, 403.6, 413.1, 422.6, 432.1, 441.6, 451.1, 460.6, 465.4, 470.1, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 689.7, 699.2, 697.796, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 689.7, 699.2, 697.796, '33', (63.4, 68.2))]],
    [[(541.4, 550.9, 696.0, 705.5, 704.114, '告', (541.4,))]],
    [[(44.4, 58.7, 717.5, 727.0, 725.549, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 717.5, 727.0, 725.549, '34', (63.4, 68.2))], [(417.9, 550.9, 717.5, 727.0, 725.549, '会议系统升级——项目完成报告', (417.9, 427.4, 436.9, 446.4, 455.9, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 738.9, 748.4, 746.984, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 738.9, 748.4, 746.984, '35', (63.4, 68.2))], [(398.9, 550.9, 738.9, 748.4, 746.984, '现代化强身份认证——项目进展报告', (398.9, 408.4, 417.9, 427.4, 436.9, 446.4, 455.9, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
    [[(44.4, 58.7, 760.4, 769.9, 768.419, 'CMP', (44.4, 49.2, 53.9)), (63.4, 72.9, 760.4, 769.9, 768.419, '36', (63.4, 68.2))], [(313.4, 550.9, 760.4, 769.9, 768.419, '产权组织知识产权门户网站——第三期——项目进展报告', (313.4, 322.9, 332.4, 341.9, 351.4, 360.9, 370.4, 379.9, 389.4, 398.9, 408.4, 417.9, 427.4, 436.9, 446.4, 455.9, 465.4, 474.9, 484.4, 493.9, 503.4, 512.9, 522.4, 531.9, 541.4))]],
]


def test_a_paragraphs_last_line_a_row_pitch_over_one_line_rows_is_no_wrapped_cell() -> None:
    """s312 p92: rows of one line each show no cell wrapped: nothing says how far apart a
    cell's lines stand, and the paragraph's last line ("了简要的归纳总结。") over the first row
    stays out (once taken in as a cell's first line at the rows' pitch, its paragraph's
    figures orphans of the table)."""
    lines = [glyphed(cells, 9.5) for cells in S312_LIST_UNDER_PARAGRAPH]
    stripes = [Fill(Box(40.02, top, 555.26, bottom), dark=False) for top, bottom in
               ((527.18, 548.62), (570.05, 591.49), (612.92, 634.36), (655.79, 677.23), (711.3, 732.73),
                (754.17, 775.6))]
    layout = PageLayout(page=92, width=595, height=842, lines=lines, fills=stripes)
    tables = [build_table(r, 92) for r in find_regions(layout)]
    texts = [c.text for t in tables if t is not None for row in t.header + t.rows for c in row]
    assert not any("归纳总结" in text for text in texts), texts
    assert any(text == "CMP 10" for text in texts), texts


# s374 p81 (LibreOffice, Droid Sans Fallback in a landscape table, every row ruled, zebra,
# figures centred in their cells, cells on their bottom): rows with one figure, in the total
# column only, stand taller than the rows above (their empty cells set in the document's
# larger default size).
S374_SPECIAL_ACCOUNTS = [
    (71.3, True, [(68.2, 132.4, '主要财务数据 ( 单位 : 千瑞郎 )'), (340.3, 370.3, '会费供资联盟'), (411.0, 433.0, 'PCT 联盟'), (476.2, 501.2, '马德里联盟'), (545.4, 565.4, '海牙联盟'), (609.6, 634.6, '里斯本联盟'), (683.8, 693.8, '合计')]),
    (90.4, True, [(333.6, 343.6, '预算'), (364.5, 379.5, '实际数'), (400.3, 410.3, '预算'), (431.2, 446.2, '实际数'), (467.0, 477.0, '预算'), (497.9, 512.9, '实际数'), (533.7, 543.7, '预算'), (564.6, 579.6, '实际数'), (600.4, 610.4, '预算'), (631.3, 646.3, '实际数'), (667.1, 677.1, '预算'), (698.0, 713.0, '实际数')]),
    (104.6, False, [(68.2, 108.7, 'IPSAS 调整后收入'), (329.9, 347.4, '36,233'), (363.2, 380.7, '36,537'), (395.0, 415.7, '738,987'), (428.4, 449.1, '744,487'), (461.7, 482.4, '162,270'), (495.0, 515.7, '173,875'), (530.0, 547.5, '13,497'), (563.3, 580.8, '16,527'), (600.7, 610.2, '775'), (634.0, 643.5, '756'), (661.8, 682.5, '951,762'), (695.2, 715.9, '972,182')]),
    (123.9, False, [(68.2, 78.2, '支出')]),
    (138.1, False, [(68.2, 88.2, '直接联盟'), (329.9, 347.4, '30,111'), (363.2, 380.7, '31,924'), (395.0, 415.7, '245,078'), (428.4, 449.1, '220,191'), (463.3, 480.8, '75,900'), (496.6, 514.1, '73,163'), (530.0, 547.5, '21,381'), (563.3, 580.8, '19,200'), (598.3, 612.6, '1,708'), (631.6, 645.9, '2,139'), (661.8, 682.5, '374,178'), (695.2, 715.9, '346,618')]),
    (152.6, False, [(68.2, 88.2, '直接行政'), (329.9, 347.4, '13,061'), (363.2, 380.7, '12,610'), (395.0, 415.7, '117,657'), (428.4, 449.1, '102,651'), (463.3, 480.8, '53,623'), (496.6, 514.1, '51,017'), (530.0, 547.5, '12,648'), (563.3, 580.8, '14,596'), (600.7, 610.2, '825'), (631.6, 645.9, '1,113'), (661.8, 682.5, '197,814'), (695.2, 715.9, '181,986')]),
    (167.0, False, [(68.2, 91.1, '小计 , 直接'), (329.9, 347.4, '43,172'), (363.2, 380.7, '44,534'), (395.0, 415.7, '362,735'), (428.4, 449.1, '322,842'), (461.7, 482.4, '129,523'), (495.0, 515.7, '124,180'), (530.0, 547.5, '34,029'), (563.3, 580.8, '33,796'), (598.3, 612.6, '2,533'), (631.6, 645.9, '3,252'), (661.8, 682.5, '571,992'), (695.2, 715.9, '528,605')]),
    (181.5, False, [(68.2, 88.2, '间接联盟'), (337.7, 339.5, '-'), (371.1, 372.9, '-'), (395.0, 415.7, '136,268'), (428.4, 449.1, '129,867'), (463.3, 480.8, '11,860'), (496.6, 514.1, '16,694'), (537.8, 539.6, '-'), (571.2, 573.0, '-'), (604.5, 606.3, '-'), (637.9, 639.7, '-'), (661.8, 682.5, '148,129'), (695.2, 715.9, '146,561')]),
    (195.9, False, [(68.2, 88.2, '间接行政'), (337.7, 339.5, '-'), (371.1, 372.9, '-'), (396.6, 414.1, '67,772'), (430.0, 447.5, '59,873'), (464.9, 479.2, '5,899'), (498.2, 512.5, '7,729'), (537.8, 539.6, '-'), (571.2, 573.0, '-'), (604.5, 606.3, '-'), (637.9, 639.7, '-'), (663.4, 680.9, '73,671'), (696.8, 714.3, '67,602')]),
    (210.4, False, [(68.2, 91.1, '小计 , 间接'), (337.7, 339.5, '-'), (371.1, 372.9, '-'), (395.0, 415.7, '204,041'), (428.4, 449.1, '189,740'), (463.3, 480.8, '17,759'), (496.6, 514.1, '24,423'), (537.8, 539.6, '-'), (571.2, 573.0, '-'), (604.5, 606.3, '-'), (637.9, 639.7, '-'), (661.8, 682.5, '221,799'), (695.2, 715.9, '214,163')]),
    (224.8, False, [(68.2, 88.2, '支出合计'), (329.9, 347.4, '43,172'), (363.2, 380.7, '44,534'), (395.0, 415.7, '566,776'), (428.4, 449.1, '512,582'), (461.7, 482.4, '147,281'), (495.0, 515.7, '148,603'), (530.0, 547.5, '34,029'), (563.3, 580.8, '33,796'), (598.3, 612.6, '2,533'), (631.6, 645.9, '3,252'), (661.8, 682.5, '793,792'), (695.2, 715.9, '742,767')]),
    (239.3, False, [(68.2, 115.0, '支出的 IPSAS 调整额'), (331.5, 345.8, '3,170'), (364.8, 379.1, '3,373'), (396.6, 414.1, '41,623'), (430.0, 447.5, '39,290'), (463.3, 480.8, '10,816'), (496.6, 514.1, '11,391'), (531.6, 545.9, '2,499'), (564.9, 579.2, '2,587'), (600.7, 610.2, '186'), (634.0, 643.5, '250'), (663.4, 680.9, '58,294'), (696.8, 714.3, '56,891')]),
    (253.7, False, [(68.2, 118.7, 'IPSAS 调整后支出合计'), (329.9, 347.4, '46,342'), (363.2, 380.7, '47,907'), (395.0, 415.7, '608,399'), (428.4, 449.1, '551,872'), (461.7, 482.4, '158,097'), (495.0, 515.7, '159,994'), (530.0, 547.5, '36,528'), (563.3, 580.8, '36,383'), (598.3, 612.6, '2,719'), (631.6, 645.9, '3,502'), (661.8, 682.5, '852,086'), (695.2, 715.9, '799,658')]),
    (268.2, False, [(68.2, 88.2, '经营成果'), (327.9, 349.2, '(10,109)'), (361.3, 382.6, '(11,370)'), (395.0, 415.7, '130,588'), (428.4, 449.1, '192,615'), (464.9, 479.2, '4,172'), (496.6, 514.1, '13,881'), (528.0, 549.3, '(23,030)'), (561.4, 582.7, '(19,856)'), (596.3, 614.5, '(1,945)'), (629.7, 647.9, '(2,746)'), (663.4, 680.9, '99,676'), (695.2, 715.9, '172,524')]),
    (287.2, False, [(68.2, 103.2, '储备金供资项目'), (368.8, 375.2, '46'), (430.0, 447.5, '15,493'), (498.2, 512.5, '4,346'), (564.9, 579.2, '1,468'), (637.9, 639.7, '-'), (696.8, 714.3, '21,353')]),
    (306.3, False, [(68.2, 140.0, '储备金供资项目的 IPSAS 调整额'), (366.9, 377.1, '(25)'), (429.6, 447.8, '(3,255)'), (496.3, 514.5, '(1,774)'), (562.9, 581.1, '(1,231)'), (637.9, 639.7, '-'), (696.4, 714.6, '(6,286)')]),
    (320.7, False, [(68.2, 138.7, 'IPSAS 调整后的储备金供资项目'), (337.7, 339.5, '-'), (368.8, 375.2, '21'), (404.4, 406.2, '-'), (430.0, 447.5, '12,238'), (471.1, 472.9, '-'), (498.2, 512.5, '2,571'), (537.8, 539.6, '-'), (567.3, 576.8, '237'), (604.5, 606.3, '-'), (637.9, 639.7, '-'), (671.2, 673.0, '-'), (696.8, 714.3, '15,067')]),
    (339.8, False, [(68.2, 98.2, '特别账户会费'), (696.8, 714.3, '16,673')]),
    (358.8, False, [(68.2, 135.0, '特别账户会费的 IPSAS 调整额'), (696.4, 714.6, '(1,046)')]),
    (377.9, False, [(68.2, 98.2, '特别账户支出'), (696.8, 714.3, '17,450')]),
    (396.9, False, [(68.2, 135.0, '特别账户支出的 IPSAS 调整额'), (696.4, 714.6, '(1,731)')]),
    (416.0, False, [(68.2, 113.2, '特别账户的投资收益'), (700.7, 710.2, '130')]),
]
S374_RULES = [68.5, 83.0, 102.0, 116.5, 135.5, 150.0, 164.5, 179.0, 193.4, 207.9, 222.2, 236.8, 251.1, 265.6, 280.0,
              299.1, 318.1, 332.6, 351.6, 370.8, 389.8, 408.9, 427.9]


def test_taller_rows_of_one_centred_figure_stay_in_the_table() -> None:
    """s374 p81: under the taller rows of one figure each, the next such row is the table's,
    its figure centred where the total column's figures are centred (once it ended the table
    there, being flush with none of them: the table read in two pieces, A6 and A6.2)."""
    lines = [bolded(top, bold, cells, 5.0) for top, bold, cells in S374_SPECIAL_ACCOUNTS]
    fills = [Fill(Box(66.1, top, 722.1, bottom), dark=False) for top, bottom in ((332.4, 351.4), (370.5, 389.4), (408.6, 427.6))]
    found = grids(PageLayout(page=81, width=792, height=612, lines=lines, fills=fills,
                             rules=[hrule(66.1, 722.1, y) for y in S374_RULES]))
    assert len(found) == 1, found
    labels = [r[0] for r in found[0]]
    assert labels[-3:] == ["特别账户支出", "特别账户支出的 IPSAS 调整额", "特别账户的投资收益"], labels
    assert found[0][-1][-1] == "130", found[0][-1]


def sized(data: list[tuple[float, bool, list[tuple[float, float, str]], float]]) -> list[Line]:
    """Printed lines, each of its own type size, cells each one word of one weight."""
    return [bolded(top, bold, cells, size) for top, bold, cells, size in data]


# The bare rendering p50 (unruled, zebra stripes), the page whole: a sector's last table,
# then the next sector's heading, "绩效综览图" and the next table's caption, each a line at
# the page's margin (x 57), left of where the tables' cells start (x 62), 21.6 pt apart.
BARE_SECTOR_HEADING = [
    (29.0, False, [(493.4, 544.3, 'WO/PBC/37/7')], 8.0),
    (67.2, False, [(62.0, 79.0, '总计'), (351.4, 384.5, '230,374'), (438.2, 471.4, '226,630'), (500.1, 533.3, '207,412')], 8.5),
    (89.2, True, [(57.0, 236.1, '预算和支出（人事和非人事） (单位：千瑞郎)')], 9.0),
    (112.7, True, [(62.0, 96.0, '费用类别'), (116.3, 207.4, '2022/23 年 计划和预算'), (240.9, 351.5, '2022/23 年 调剂使用后 预算'), (389.6, 455.2, '2022/23 年 支出'), (482.7, 521.8, '利用率 (%)')], 8.5),
    (128.6, False, [(62.0, 87.5, '人事费'), (197.7, 230.9, '134,345'), (346.4, 379.6, '130,644'), (439.6, 472.8, '123,423'), (517.1, 533.3, '94%')], 8.5),
    (144.5, False, [(62.0, 96.0, '非人事费'), (202.8, 230.9, '96,030'), (351.5, 379.6, '95,986'), (444.7, 472.8, '83,989'), (517.1, 533.3, '88%')], 8.5),
    (160.4, False, [(62.0, 79.0, '总计'), (197.7, 230.9, '230,374'), (346.4, 379.6, '226,630'), (439.6, 472.8, '207,412'), (517.1, 533.3, '92%')], 8.5),
    (183.4, False, [(57.0, 120.0, '品牌和外观设计')], 9.0),
    (205.0, False, [(57.0, 102.0, '绩效综览图')], 9.0),
    (226.6, True, [(57.0, 156.0, '按成果开列的预算和支出')], 9.0),
    (248.2, False, [(57.0, 112.8, '(单位: 千瑞郎)')], 9.0),
    (271.7, True, [(62.0, 96.0, '预期成果'), (322.1, 385.1, '2022/23 年计划'), (397.4, 469.0, '2022/23 年调剂使'), (482.4, 528.4, '2022/23 年')], 8.5),
    (283.6, True, [(322.1, 347.6, '和预算'), (397.4, 431.4, '用后预算'), (482.4, 499.4, '支出')], 8.5),
    (299.5, False, [(62.0, 289.8, '2.1 兼顾各方利益的有效知识产权国际准则制定框架得到发展'), (364.5, 387.4, '2,440'), (449.4, 472.4, '2,888'), (510.3, 533.3, '2,485')], 8.5),
    (315.4, False, [(62.0, 311.9, '2.2 产权组织将国际社会凝聚起来, 积极主动应对全球层面与知识产'), (384.9, 387.4, '-'), (462.2, 472.4, '48'), (523.1, 533.3, '12')], 8.5),
    (327.3, False, [(62.0, 215.0, '权、创新和创造有关的新议题和政策挑战')], 8.5),
    (343.2, False, [(62.0, 298.3, '3.1 产权组织的全球知识产权体系、服务、知识和数据得到更广'), (359.4, 387.4, '13,324'), (444.3, 472.4, '13,068'), (505.2, 533.3, '12,591')], 8.5),
    (355.1, False, [(62.0, 130.0, '泛、更有效的使用')], 8.5),
    (371.0, False, [(62.0, 306.8, '3.2 产权组织全球知识产权体系、服务、知识和数据的生产率和服'), (359.4, 387.4, '61,877'), (444.3, 472.4, '59,032'), (505.2, 533.3, '57,128')], 8.5),
    (382.9, False, [(62.0, 121.5, '务质量得到提高')], 8.5),
    (398.8, False, [(62.0, 306.8, '4.1 更有效地利用知识产权支持所有成员国及其相关区域和次区域'), (384.9, 387.4, '-'), (457.1, 472.4, '297'), (518.0, 533.3, '260')], 8.5),
    (410.7, False, [(62.0, 245.6, '的增长与发展, 包括通过将发展议程建议纳入主流')], 8.5),
    (426.6, False, [(62.0, 306.8, '4.2 兼顾各方利益的有效知识产权、创新和创造生态系统在成员国'), (364.5, 387.4, '1,069'), (449.4, 472.4, '1,166'), (510.3, 533.3, '1,118')], 8.5),
    (438.5, False, [(62.0, 96.0, '得到发展')], 8.5),
    (454.4, False, [(62.0, 238.8, '4.3 知识产权知识和技能在所有成员国得到增进'), (364.5, 387.4, '1,521'), (449.4, 472.4, '1,558'), (510.3, 533.3, '1,495')], 8.5),
    (470.3, False, [(62.0, 306.8, '4.4 更多创新者、创造者、中小企业、高校、研究机构和社群成功'), (372.1, 387.4, '200'), (462.2, 472.4, '42'), (523.1, 533.3, '38')], 8.5),
    (482.2, False, [(62.0, 121.5, '地运用知识产权')], 8.5),
    (498.1, False, [(62.0, 79.0, '总计'), (359.4, 387.4, '80,430'), (444.3, 472.4, '78,101'), (505.2, 533.3, '75,128')], 8.5),
    (520.1, True, [(57.0, 164.1, '预算和支出 (人事和非人事)')], 9.0),
    (541.7, False, [(57.0, 112.8, '(单位: 千瑞郎)')], 9.0),
    (565.2, True, [(62.0, 96.0, '费用类别'), (117.7, 206.3, '2022/23 年计划和预算'), (242.4, 348.0, '2022/23 年调剂使用后预算'), (388.7, 451.7, '2022/23 年支出'), (481.1, 520.2, '利用率 (%)')], 8.5),
    (581.1, False, [(62.0, 87.5, '人事费'), (204.4, 232.5, '59,735'), (350.6, 378.7, '55,959'), (443.1, 471.1, '55,360'), (517.1, 533.3, '99%')], 8.5),
    (597.0, False, [(62.0, 96.0, '非人事费'), (204.4, 232.5, '20,695'), (350.6, 378.7, '22,142'), (443.1, 471.1, '19,769'), (517.1, 533.3, '89%')], 8.5),
    (612.9, False, [(62.0, 79.0, '总计'), (204.4, 232.5, '80,430'), (350.6, 378.7, '78,101'), (443.1, 471.1, '75,128'), (517.1, 533.3, '96%')], 8.5),
    (635.9, False, [(57.0, 120.0, '版权和创意产业')], 9.0),
    (657.5, False, [(57.0, 102.0, '绩效综览图')], 9.0),
    (679.1, True, [(57.0, 156.0, '按成果开列的预算和支出')], 9.0),
    (700.7, False, [(57.0, 116.4, '(单位：千瑞郎)')], 9.0),
    (724.2, True, [(62.0, 96.0, '预期成果'), (318.5, 384.1, '2022/23 年 计划'), (394.5, 468.6, '2022/23 年 调剂使'), (481.3, 527.4, '2022/23 年')], 8.5),
    (736.1, True, [(318.5, 344.0, '和预算'), (394.5, 431.0, '用后 预算'), (481.3, 498.3, '支出')], 8.5),
    (752.0, False, [(62.0, 306.8, '1.1 世界范围内的传播和接触更有效，人们对知识产权在处处改善'), (361.6, 384.5, '8,269'), (448.4, 471.4, '9,832'), (510.3, 533.3, '9,447')], 8.5),
    (763.9, False, [(62.0, 223.5, '人人生活的潜力有更好的认识和更多的了解')], 8.5),
    (810.2, False, [(292.5, 302.7, '50')], 8.0),
]


def test_heading_lines_at_the_margin_under_a_table_say_nothing_of_its_rows() -> None:
    """Bare rendering p50: the gaps between the heading lines under the table (at the page's
    margin, left of its cells) are no row gap of the table: once counted so, the sector's
    heading and the next caption were read as its last rows, and the next sector's tables
    took the first sector's ids (S-PTS-ER-2 for S-BDS-ER)."""
    stripes = [Fill(Box(57.0, top, 538.3, bottom), dark=False) for top, bottom in
               ((62.4, 78.3), (139.7, 155.6), (310.6, 338.4), (366.2, 394.0), (421.8, 449.6), (465.5, 493.3),
                (592.2, 608.1))]
    layout = PageLayout(page=50, width=595, height=842, lines=sized(BARE_SECTOR_HEADING), fills=stripes)
    regions = [[ln.text for ln in r.lines] for r in find_regions(layout)]
    holding = [r for r in regions if any(t.startswith("人事费  134,345") for t in r)]
    assert len(holding) == 1 and holding[0][-1].startswith("总计  230,374"), regions
    assert not any("品牌和外观设计" in t for r in regions for t in r), regions


# The bare rendering p106: a table of text whose bold rows run on into regular ones, its
# last row alone shaded; figures right-aligned in columns of text set flush left.
BARE_SHADED_LAST_ROW = [
    (99.4, False, [(57.0, 228.2, '⁸⁸ 不包括跨领域的可交付成果：项目管理。')], 9.0),
    (121.1, False, [(57.0, 93.0, '效益实现')], 9.0),
    (144.6, True, [(62.0, 96.0, '效益实现'), (149.9, 175.4, '基准值'), (257.5, 283.0, '目标值'), (345.6, 379.6, '绩效数据')], 8.5),
    (160.5, True, [(62.0, 138.5, '降低与当前系统（未'), (149.9, 188.2, '100%风险'), (257.5, 290.6, '10%风险'), (345.6, 476.5, '截至 2023 年 9 月，风险降低 85%')], 8.5),
    (172.4, True, [(62.0, 130.0, '广泛使用的网站平')], 8.5),
    (184.3, True, [(62.0, 121.5, '台）相关的风险')], 8.5),
    (200.2, True, [(62.0, 138.5, '减少创建和维护网页'), (149.9, 243.4, '创建和发布一条网络新闻'), (257.5, 334.0, '创建和发布一条网络'), (345.6, 531.7, '2 年（新系统就位、所有内容完成迁移以及网页发')], 8.5),
    (212.1, True, [(62.0, 87.5, '的时间'), (149.9, 201.8, '用时 1.5 小时'), (257.5, 326.3, '新闻用时 1.2 小时'), (345.6, 481.6, '布者接受培训并熟练掌握新系统后）')], 8.5),
    (224.0, True, [(257.5, 290.6, '（20%）')], 8.5),
    (239.9, True, [(62.0, 138.5, '减少语言版本实施的'), (149.9, 174.6, '1 小时'), (257.5, 322.9, '0.5 小时（50%）'), (345.6, 506.2, '2 年（新系统就位、所有内容完成迁移后）')], 8.5),
    (251.8, True, [(62.0, 79.0, '时间')], 8.5),
    (267.7, True, [(62.0, 138.5, '通过在不同网页中共'), (149.9, 243.1, '0%（目前的 CMS 不具备'), (257.5, 332.3, '100% （所有重复信'), (345.6, 531.7, '2 年（新系统就位、所有内容完成迁移以及网页发')], 8.5),
    (279.6, True, [(62.0, 138.5, '享相同元素，提高网'), (149.9, 217.9, '共享元素的功能）'), (257.5, 334.0, '息将通过单一元素显'), (345.6, 481.6, '布者接受培训并熟练掌握新系统后）')], 8.5),
    (291.5, True, [(62.0, 138.5, '页内容的重复利用率'), (257.5, 334.0, '示在不同页面上——')], 8.5),
    (303.4, True, [(257.5, 334.0, '因此完全消除了人工')], 8.5),
    (315.3, True, [(257.5, 300.0, '重复内容）')], 8.5),
    (331.2, True, [(62.0, 138.5, '通过为网页发布者提'), (149.9, 242.6, '目前的内部网页发布者 <'), (257.5, 332.3, '超过 20 名内部网页'), (345.6, 531.7, '2 年（新系统就位、所有内容完成迁移以及网页发')], 8.5),
    (343.1, True, [(62.0, 138.5, '供用户友好界面，分'), (149.9, 239.2, '10 发布一条新闻的时间'), (257.5, 332.3, '发布者（100%） 发'), (345.6, 481.6, '布者接受培训并熟练掌握新系统后）')], 8.5),
    (355.0, True, [(62.0, 138.5, '散网页发布工作，提'), (149.9, 245.1, '为 3 天（由于网络通信的'), (257.5, 325.5, '布一条新闻的时间')], 8.5),
    (366.9, True, [(62.0, 87.5, '高效率'), (149.9, 192.4, '瓶颈问题）'), (257.5, 290.6, '为：1 天')], 8.5),
    (382.8, True, [(62.0, 138.5, '通过集成内容交付网'), (149.9, 241.7, '每月一次，停机 10 分钟'), (257.5, 316.1, '0 分钟停机时间'), (345.6, 527.5, '截至 2023 年 9 月，风险降低 80%，即每月停机')], 8.5),
    (394.7, True, [(62.0, 138.0, '络（CDN），降低网'), (345.6, 415.3, '时间降至 2 分钟。')], 8.5),
    (406.6, True, [(62.0, 121.5, '站不可用的风险')], 8.5),
    (422.5, True, [(62.0, 138.5, '改进网站搜索引擎优'), (149.9, 245.1, '搜索结果页面退出率 19%'), (257.5, 334.0, '搜索结果页面退出率'), (345.6, 506.2, '1 年（新系统到位和所有内容完成迁移后）')], 8.5),
    (434.4, True, [(62.0, 103.1, '化（SEO）'), (257.5, 273.6, '15%')], 8.5),
    (450.3, False, [(62.0, 127.2, '使“静态”网页现代'), (236.5, 247.5, '0%'), (314.4, 335.6, '100%'), (345.6, 532.6, '所有网页都采用通用外观和风格。随着网页内容的')], 8.5),
    (462.2, False, [(62.0, 138.5, '化，与新的产权组织'), (345.6, 473.1, '迁移，网页也采用现代网络功能。')], 8.5),
    (474.1, False, [(62.0, 138.5, '通用外观和风格保持')], 8.5),
    (486.0, False, [(62.0, 138.5, '一致，并提供现代网')], 8.5),
    (497.9, False, [(62.0, 87.5, '络功能')], 8.5),
    (513.8, False, [(62.0, 138.5, '由于客户体验得到改'), (149.9, 217.9, '唯一身份浏览量：'), (257.5, 334.0, '唯一身份浏览量增加'), (345.6, 532.6, '唯一身份浏览量：112,518,593（2022 年） 会话')], 8.5),
    (525.7, False, [(62.0, 138.5, '善，网站总体流量和'), (149.9, 244.3, '70,460,059（2019 年）'), (257.5, 327.2, '10% 会话次数增加'), (345.6, 527.5, '次数：63,669,997（2022 年） 每次会话时间：')], 8.5),
    (537.6, False, [(62.0, 138.5, '每页花费的时间都有'), (149.9, 232.4, '会话次数 27,308,909'), (257.5, 330.6, '5% 每次会话时间增'), (345.6, 524.9, '3:41（2022 年） 页面浏览量和会话次数的增长')], 8.5),
    (549.5, False, [(62.0, 87.5, '所增加'), (149.9, 243.4, '（2019 年） 每次会话时'), (257.5, 284.7, '加 15%'), (345.6, 532.6, '超出预期（可能是由于在准备迁移过程中进行了清')], 8.5),
    (561.4, False, [(149.9, 235.8, '间：5 分 18 秒（2019'), (345.6, 532.6, '理，从而改进了内容）。但是，每次会话时间有所')], 8.5),
    (573.3, False, [(149.9, 166.9, '年）'), (345.6, 532.6, '减少，原因可能是用户找到所需内容的速度变快。')], 8.5),
    (596.3, False, [(57.0, 120.0, '风险和减缓行动')], 9.0),
]


def test_a_shaded_last_row_under_rows_of_text_with_figures_inside_their_columns_is_one_table() -> None:
    """Bare rendering p106: the rows taken in over the shaded last row ("0%", "100%" set flush
    right in columns of text set flush left) go on with the rows above: one table, not two
    (the second one shifted every later id of annex 11)."""
    shade = Fill(Box(57.0, 509.0, 538.3, 584.4), dark=False)
    layout = PageLayout(page=106, width=595, height=842, lines=sized(BARE_SHADED_LAST_ROW), fills=[shade])
    regions = [[ln.text for ln in r.lines] for r in find_regions(layout)]
    holding = [r for r in regions if any(t.startswith("减少创建和维护网页") for t in r)]
    assert len(holding) == 1 and any(t.startswith("由于客户体验得到改") for t in holding[0]), regions


# The bare rendering p124: a cell's footnote marker wrapped onto a line of its own ("¹⁰⁵",
# set small) between the rows found by their columns and those taken in over a shaded row.
BARE_MARKER_BETWEEN = [
    (86.8, False, [(57.0, 404.2, '¹⁰⁴ 业务理由和目标反映在“[2022-23 年基本建设总计划](#)”（文件 WO/PBC/33/11）。')], 9.0),
    (108.5, False, [(57.0, 93.0, '效益实现')], 9.0),
    (132.0, True, [(62.0, 96.0, '效益说明'), (158.6, 184.1, '关键绩'), (199.9, 225.4, '基准值'), (266.9, 292.4, '目标值'), (340.8, 374.8, '绩效数据')], 8.5),
    (143.9, True, [(158.6, 184.1, '效指标')], 8.5),
    (159.8, True, [(62.0, 147.0, '在组织层面为云托管系'), (158.6, 184.1, '改善对'), (199.9, 250.1, '78%迁移到云'), (266.9, 325.6, '80%迁移到云端'), (340.8, 510.9, '81%迁移到云端的应用程序 APDEX 评分 ≥0.6')], 8.5),
    (171.7, True, [(62.0, 130.0, '统提供有效的支持'), (158.6, 184.1, '外部利'), (199.9, 250.9, '端的应用程序'), (266.9, 309.4, '的应用程序'), (340.8, 401.1, '(2023 年 12 月)')], 8.5),
    (183.6, True, [(158.6, 184.1, '益攸关'), (199.9, 243.9, 'APDEX 评分'), (266.9, 311.0, 'APDEX 评分')], 8.5),
    (195.5, True, [(158.6, 184.1, '方的服'), (199.9, 254.3, '>0.6 (2020 年'), (266.9, 286.8, '≥0.6')], 8.5),
    (207.4, True, [(158.6, 184.1, '务交付'), (199.9, 211.0, '底)')], 8.5),
    (219.1, True, [(158.6, 167.8, '¹⁰⁵')], 5.1),
    (235.2, True, [(158.6, 184.1, '确保业'), (199.9, 250.9, '在目前的业务'), (266.9, 330.7, '100%的云工作负'), (340.8, 526.9, '85%的关键云应用程序具有高可用性。 77.77% 的')], 8.5),
    (246.9, True, [(158.6, 184.1, '务可持'), (199.9, 242.4, '连续性措施'), (266.9, 326.4, '载（云工作负载'), (340.8, 488.5, '关键云应用程序成功进行了灾难恢复 ¹⁰⁶')], 8.5),
    (259.0, True, [(158.6, 175.6, '续性'), (199.9, 250.9, '中，并未明确'), (266.9, 326.4, '高可用性和灾难')], 8.5),
    (270.9, True, [(199.9, 250.9, '界定恢复时间'), (266.9, 309.4, '恢复年度演')], 8.5),
    (282.8, True, [(199.9, 216.9, '目标'), (266.9, 292.4, '练）。')], 8.5),
    (298.7, False, [(62.0, 141.6, '通过为 IT 系统的开发'), (158.6, 184.1, '应用程'), (199.9, 249.2, '72.9% (2021'), (266.9, 325.6, '80%的应用程序'), (504.4, 533.3, '89.71%')], 8.5),
    (310.6, False, [(62.0, 141.5, '和运营（DevOps）提'), (158.6, 184.1, '序自动'), (199.9, 234.8, '年 12 月)'), (266.9, 326.4, '具有自动部署功')], 8.5),
    (322.5, False, [(62.0, 147.0, '供成熟支持，提高灵活'), (158.6, 184.1, '化部署'), (266.9, 275.4, '能')], 8.5),
    (334.4, False, [(62.0, 104.5, '度和灵敏度'), (158.6, 184.1, '的比例')], 8.5),
    (350.3, False, [(62.0, 138.5, '有效管理云相关支出'), (158.6, 184.1, '应用程'), (199.9, 250.9, '在电算中心托'), (266.9, 326.4, '迁移后的应用程'), (340.8, 526.9, '减幅从 11%到 90%不等，平均值为 60%。 最大的')], 8.5),
    (362.2, False, [(158.6, 184.1, '序托管'), (199.9, 250.9, '管应用程序的'), (266.9, 330.7, '序成本节约>30%'), (340.8, 532.9, '成本节省是在 AWS 中为安全虚拟桌面基础设施构建')], 8.5),
    (374.1, False, [(158.6, 175.6, '成本'), (199.9, 250.9, '成本（包括专'), (340.8, 527.8, '灾难恢复解决方案，而不是采购专用硬件。后者的')], 8.5),
    (386.0, False, [(199.9, 233.9, '业服务）'), (340.8, 527.8, '成本为每年 45 万美元，最低承诺期为 5 年，而云')], 8.5),
    (397.9, False, [(340.8, 526.9, '解决方案的成本估计为每年 45,000 美元，且没有')], 8.5),
    (409.8, False, [(340.8, 391.8, '最低承诺期。')], 8.5),
    (425.7, False, [(158.6, 184.1, '及时控'), (199.9, 250.9, '电算中心服务'), (266.9, 323.6, '“实时”监控云相'), (340.8, 527.8, '看板可用于对云成本的日常监测。实时监测和控制')], 8.5),
    (437.6, False, [(158.6, 184.1, '制和优'), (199.9, 250.9, '的月度成本报'), (266.9, 292.4, '关支出'), (340.8, 400.3, '尚不完全可用。')], 8.5),
    (449.5, False, [(158.6, 184.1, '化托管'), (199.9, 250.9, '告（延迟大于')], 8.5),
    (461.4, False, [(158.6, 175.6, '成本'), (199.9, 233.1, '1 个月）')], 8.5),
]


def test_a_footnote_marker_alone_between_two_runs_of_rows_parts_nothing() -> None:
    """Bare rendering p124: the marker line "¹⁰⁵" between the rows above and the rows over a
    shaded row is a cell's: one table, the marker in it (once two tables, every later id of
    annex 11 one ahead)."""
    shade = Fill(Box(57.0, 345.5, 538.3, 420.9), dark=False)
    layout = PageLayout(page=124, width=595, height=842, lines=sized(BARE_MARKER_BETWEEN), fills=[shade])
    regions = [[ln.text for ln in r.lines] for r in find_regions(layout)]
    holding = [r for r in regions if any(t.startswith("在组织层面为云托管系") for t in r)]
    assert len(holding) == 1, regions
    assert any(t.startswith("通过为 IT 系统的开发") for t in holding[0]) and "¹⁰⁵" in holding[0], holding


# s326 p72 (LibreOffice, unruled, text columns set flush right): annex 10's list of trust
# funds, a table of text, its bold header "信托基金 | 部门" with "部门" set short of where the
# sectors' names, flush right, begin.
S326_TRUST_FUNDS = [
    (373.6, True, [(62.5, 197.5, '附件十 2023 年信托基金进展报告')], 9.0),
    (391.1, False, [(62.5, 542.5, '信托基金报告是《产权组织绩效报告》的组成部分。本附件概述了 2023 年在产权组织信托基金下取得的主要成果以及财务信息。本附件还报告了')], 7.5),
    (402.7, False, [(62.5, 385.0, '下表所列的所有信托基金，但不包括专门资助人员的信托基金和 2023 年未开展活动的信托基金。')], 7.5),
    (420.1, True, [(62.5, 92.5, '信托基金'), (403.8, 418.8, '部门')], 7.5),
    (435.5, False, [(62.5, 145.0, '经认可的土著和当地社区'), (463.3, 545.8, '全球挑战和伙伴关系部门')], 7.5),
    (450.9, False, [(62.5, 77.5, '中国'), (478.3, 545.8, '品牌和外观设计部门')], 7.5),
    (466.3, False, [(62.5, 122.5, '法国（工业产权）'), (478.3, 545.8, '区域和国家发展部门')], 7.5),
    (481.7, False, [(62.5, 115.0, '法国（里斯本）'), (478.3, 545.8, '品牌和外观设计部门')], 7.5),
    (497.1, False, [(62.5, 107.5, '日本（版权）'), (478.3, 545.8, '版权和创意产业部门')], 7.5),
    (512.5, False, [(62.5, 107.5, '日本（全球）'), (478.3, 545.8, '基础设施和平台部门')], 7.5),
    (527.9, False, [(62.5, 160.0, '大韩民国（替代性争议解决）'), (448.3, 545.8, '知识产权和创新生态系统部门')], 7.5),
    (543.3, False, [(62.5, 205.0, '大韩民国（树立尊重版权及相关权的风尚）'), (463.3, 545.8, '全球挑战和伙伴关系部门')], 7.5),
    (558.7, False, [(62.5, 122.5, '大韩民国（版权）'), (478.3, 545.8, '版权和创意产业部门')], 7.5),
    (574.1, False, [(62.5, 137.5, '大韩民国（工业产权）'), (478.3, 545.8, '区域和国家发展部门')], 7.5),
    (589.5, False, [(62.5, 152.5, '大韩民国（知识产权教育）'), (478.3, 545.8, '区域和国家发展部门')], 7.5),
    (604.9, False, [(62.5, 85.0, '西班牙'), (448.3, 545.8, '知识产权和创新生态系统部门')], 7.5),
    (620.3, False, [(62.5, 85.0, '乌拉圭'), (478.3, 545.8, '区域和国家发展部门')], 7.5),
]


def test_rows_of_text_past_a_short_header_cell_in_its_columns_are_the_tables() -> None:
    """s326 p72: the rows' second cells begin past the header's short "部门", each in the
    column it begins: the table's rows (once each read as too wide for the header, the
    table lost, every later id of annex 10 one behind)."""
    layout = PageLayout(page=72, width=612, height=792, lines=sized(S326_TRUST_FUNDS))
    regions = [[ln.text for ln in r.lines] for r in find_regions(layout)]
    assert len(regions) == 1, regions
    assert regions[0][0].startswith("信托基金") and regions[0][-1] == "乌拉圭  区域和国家发展部门", regions


# The bare rendering p128 (landscape, unruled): annex 11's table of benefits begins at the
# page's foot, its header and first row set bold (the source's two header rows), its last
# row overleaf.
BARE_HEAD_AT_FOOT = [
    (452.9, False, [(57.0, 93.0, '效益实现')], 9.0),
    (476.3, True, [(62.0, 96.0, '效益说明'), (403.1, 454.1, '关键绩效指标'), (520.8, 537.8, '基准'), (553.4, 578.9, '目标值'), (671.6, 705.6, '绩效数据')], 8.5),
    (488.2, True, [(520.8, 529.3, '值')], 8.5),
    (504.1, True, [(62.0, 385.3, '通过确定关键业务和技术要求以及从市场和同行机构吸取的经验教训，加快下一代 ERP'), (403.1, 505.1, '确定了关键业务要求及其优'), (520.8, 537.8, '不适'), (553.4, 654.6, '95%的要求已确定并按优先'), (671.6, 772.8, '95%的要求已确定并按优先')], 8.5),
    (516.0, True, [(62.0, 130.0, '的采用准备工作。'), (403.1, 428.6, '先事项'), (520.8, 529.3, '用'), (553.4, 578.9, '级排序'), (671.6, 697.1, '级排序')], 8.5),
    (563.6, False, [(413.3, 428.6, '128')], 8.0),
]


def test_a_bold_header_and_row_ending_the_page_are_a_table() -> None:
    """Bare rendering p128: a header and a row set bold as it is, each cell flush under a
    header cell, with nothing under them but the page number, are a table, its rows overleaf
    (once no table: annex 11's later ids one behind). Not so where text follows them."""
    layout = PageLayout(page=128, width=842, height=595, lines=sized(BARE_HEAD_AT_FOOT))
    regions = [[ln.text for ln in r.lines] for r in find_regions(layout)]
    assert len(regions) == 1 and regions[0][0].startswith("效益说明") and len(regions[0]) == 4, regions
    paragraph = bolded(540.0, False, [(57.0, 700.0, "下一段正文，说明以上各项效益的衡量方法和数据来源。")], 9.0)
    followed = PageLayout(page=128, width=842, height=595, lines=sized(BARE_HEAD_AT_FOOT)[:-1] + [paragraph])
    assert not find_regions(followed), find_regions(followed)


# s455 p158 (LibreOffice, Noto Sans CJK 10.5 pt, booktabs, cells on their top, a tall
# leading): annex 11's resources used, the page's last row's label wrapped over four lines,
# its second line's "（" reaching lower than the others' glyphs.
S455_LABEL_OF_FOUR_LINES = [
    (10.5, [[(42.6, 102.2, 504.6, 515.6, 514.8, '(单位：瑞郎)')]]),
    (10.5, [[(42.6, 84.6, 531.6, 542.2, 541.2, '交付成果', True)], [(184.8, 205.8, 531.6, 542.1, 541.2, '项目', True), (208.2, 229.2, 531.6, 542.1, 541.2, '预算', True)], [(250.8, 292.8, 531.0, 542.2, 541.2, '经调整的', True), (295.2, 316.2, 531.6, 542.1, 541.2, '项目', True)], [(349.6, 370.6, 531.6, 542.1, 541.2, '支出', True)], [(403.9, 424.9, 531.6, 542.1, 541.2, '预算', True), (427.3, 469.3, 531.6, 542.1, 541.2, '利用情况', True)], [(486.9, 539.4, 531.6, 542.2, 541.2, '实施进展率', True)]]),
    (10.5, [[(273.0, 294.0, 555.0, 565.5, 564.6, '预算', True)]]),
    (10.5, [[(42.6, 95.1, 579.9, 592.6, 590.1, '提供与所选'), (97.5, 117.0, 579.9, 592.6, 590.1, 'RSP'), (119.4, 161.4, 579.9, 590.9, 590.1, '架构一致')], [(205.9, 243.7, 579.9, 590.4, 590.1, '164,475')], [(282.5, 320.3, 579.9, 590.4, 590.1, '164,475')], [(359.0, 396.8, 579.9, 590.4, 590.1, '164,475')], [(446.3, 473.5, 579.9, 590.4, 590.1, '100%')], [(522.8, 550.0, 579.9, 590.4, 590.1, '100%')]]),
    (10.5, [[(42.6, 53.1, 603.3, 613.8, 613.5, '的'), (55.5, 75.1, 603.3, 613.8, 613.5, 'PCT'), (77.5, 119.5, 603.3, 613.8, 613.5, '组织设计')]]),
    (10.5, [[(42.6, 158.1, 628.0, 640.7, 638.2, '启动以选定设计实施为基')], [(205.9, 243.7, 628.0, 638.5, 638.2, '860,199')], [(282.5, 320.3, 628.0, 638.5, 638.2, '534,135')], [(359.0, 396.8, 628.0, 638.5, 638.2, '534,135')], [(446.3, 473.5, 628.0, 638.5, 638.2, '100%')], [(522.8, 550.0, 628.0, 638.5, 638.2, '100%')]]),
    (10.5, [[(42.6, 63.6, 651.4, 661.9, 661.6, '础的'), (66.0, 85.6, 651.4, 661.9, 661.6, 'PCT'), (88.0, 130.0, 651.4, 662.5, 661.6, '组织转型')]]),
    (10.5, [[(42.6, 158.1, 676.1, 688.8, 686.3, '就复原力安全平台基于云')], [(205.9, 243.7, 676.1, 686.6, 686.3, '285,671')], [(282.5, 320.3, 676.1, 686.6, 686.3, '285,671')], [(359.0, 396.8, 676.1, 686.6, 686.3, '285,671')], [(446.3, 473.5, 676.1, 686.6, 686.3, '100%')], [(522.8, 550.0, 676.1, 686.6, 686.3, '100%')]]),
    (10.5, [[(42.6, 158.1, 699.5, 710.6, 709.7, '的安全解决方案（服务基')]]),
    (10.5, [[(42.6, 158.1, 722.9, 733.9, 733.1, '础设施、服务平台、服务')]]),
    (10.5, [[(42.6, 147.6, 746.3, 757.4, 756.5, '软件）提供相关性分析')]]),
]


def test_a_last_labels_lines_as_far_apart_as_the_tables_wrapped_lines_are_its_row() -> None:
    """s455 p158: the last row's label goes on for two more lines under the line whose "（"
    reaches lower, each a wrapped line's pitch under the one above (once measured bottom to
    top, 12.3 pt past the 12.0 the table's wrapped labels allow: the label cut after its
    second line, 9 cells)."""
    rules = [hrule(41.0, 551.3, y) for y in (526.8, 576.0)]   # booktabs: over and under the header
    stripe = Fill(Box(41.0, 624.5, 551.3, 672.6), dark=False)    # the second row's
    layout = PageLayout(page=158, width=595, height=842, lines=as_printed(S455_LABEL_OF_FOUR_LINES),
                        rules=rules, fills=[stripe])
    tables = [build_table(r, layout.page) for r in find_regions(layout)]
    assert len(tables) == 1 and tables[0] is not None
    assert tables[0].rows[-1][0].text.endswith("提供相关性分析"), tables[0].grid()


# s438 p97 (WeasyPrint, Droid Sans Fallback 8 pt, unruled, cells on their top): a label
# wrapped before "（ RSP ）", which the renderer sets as three words and never breaks.
S438_BRACKETED_WORD = [
    (8.0, [[(72.8, 104.8, 451.5, 459.5, 457.4, '交付成果', True)], [(232.1, 248.1, 451.5, 459.5, 457.4, '项目', True), (250.2, 266.2, 451.5, 459.5, 457.4, '预算', True)], [(284.9, 316.9, 451.5, 459.5, 457.4, '经调整的', True), (319.0, 343.0, 451.5, 459.5, 457.4, '项目预', True)], [(370.8, 386.8, 451.5, 459.5, 457.4, '支出', True)], [(418.5, 434.5, 451.5, 459.5, 457.4, '预算', True), (436.6, 468.6, 451.5, 459.5, 457.4, '利用情况', True)], [(488.4, 528.4, 451.5, 459.5, 457.4, '实施进展率', True)]]),
    (8.0, [[(310.0, 318.0, 463.1, 471.1, 469.0, '算', True)]]),
    (8.0, [[(72.8, 112.8, 477.9, 485.9, 483.8, '提供与所选'), (114.9, 130.4, 477.7, 485.7, 483.8, 'RSP'), (132.9, 172.9, 477.9, 485.9, 483.8, '架构一致的'), (175.0, 190.3, 477.7, 485.7, 483.8, 'PCT'), (192.8, 208.8, 477.9, 485.9, 483.8, '组织')], [(234.7, 263.6, 478.5, 486.5, 484.2, '164,475')], [(299.6, 328.4, 478.5, 486.5, 484.2, '164,475')], [(364.4, 393.2, 478.5, 486.5, 484.2, '164,475')], [(433.3, 453.9, 478.5, 486.5, 484.2, '100%')], [(498.1, 518.7, 478.5, 486.5, 484.2, '100%')]]),
    (8.0, [[(72.8, 88.8, 489.5, 497.5, 495.4, '设计')]]),
    (8.0, [[(72.8, 176.8, 504.3, 512.3, 510.2, '启动以选定设计实施为基础的'), (178.9, 194.2, 504.1, 512.1, 510.2, 'PCT'), (196.7, 212.7, 504.3, 512.3, 510.2, '组织')], [(234.7, 263.6, 504.9, 512.9, 510.6, '860,199')], [(299.6, 328.4, 504.9, 512.9, 510.6, '534,135')], [(364.4, 393.2, 504.9, 512.9, 510.6, '534,135')], [(433.3, 453.9, 504.9, 512.9, 510.6, '100%')], [(498.1, 518.7, 504.9, 512.9, 510.6, '100%')]]),
    (8.0, [[(72.8, 88.8, 515.9, 523.9, 521.8, '转型')]]),
    (8.0, [[(72.8, 208.8, 530.7, 538.7, 536.6, '就复原力安全平台基于云的安全解决方')], [(234.7, 263.6, 531.3, 539.3, 537.0, '285,671')], [(299.6, 328.4, 531.3, 539.3, 537.0, '285,671')], [(364.4, 393.2, 531.3, 539.3, 537.0, '285,671')], [(433.3, 453.9, 531.3, 539.3, 537.0, '100%')], [(498.1, 518.7, 531.3, 539.3, 537.0, '100%')]]),
    (8.0, [[(72.8, 208.8, 542.3, 550.3, 548.2, '案（服务基础设施、服务平台、服务软')]]),
    (8.0, [[(72.8, 144.8, 553.9, 561.9, 559.8, '件）提供相关性分析')]]),
    (8.0, [[(72.8, 176.8, 568.7, 576.7, 574.6, '开展软件应用架构评估和审查')], [(234.7, 263.6, 569.3, 577.3, 575.0, '134,659')], [(301.8, 326.2, 569.3, 577.3, 575.0, '83,913')], [(366.6, 391.0, 569.3, 577.3, 575.0, '83,913')], [(433.3, 453.9, 569.3, 577.3, 575.0, '100%')], [(498.1, 518.7, 569.3, 577.3, 575.0, '100%')]]),
    (8.0, [[(72.8, 88.8, 583.9, 591.9, 589.8, '依据'), (90.9, 107.7, 583.6, 591.6, 589.8, 'MSP'), (110.2, 158.2, 583.9, 591.9, 589.8, '框架最终确定'), (158.2, 166.2, 584.1, 592.1, 589.8, '“'), (166.2, 198.2, 583.9, 591.9, 589.8, '计划界定'), (198.2, 206.2, 584.1, 592.1, 589.8, '”'), (206.2, 214.2, 583.9, 591.9, 589.8, '阶')], [(237.0, 261.4, 584.4, 592.4, 590.1, '62,065')], [(301.8, 326.2, 584.4, 592.4, 590.1, '62,065')], [(366.6, 391.0, 584.4, 592.4, 590.1, '62,065')], [(433.3, 453.9, 584.4, 592.4, 590.1, '100%')], [(498.1, 518.7, 584.4, 592.4, 590.1, '100%')]]),
    (8.0, [[(72.8, 80.8, 595.6, 603.6, 601.5, '段')]]),
    (8.0, [[(72.8, 144.8, 610.4, 618.4, 616.3, '基于意向书结果以及'), (144.8, 152.8, 610.6, 618.6, 616.3, '“'), (152.8, 168.8, 610.4, 618.4, 616.3, '传统'), (168.8, 176.8, 610.6, 618.6, 616.3, '”'), (176.8, 192.8, 610.4, 618.4, 616.3, '方法')], [(234.7, 263.6, 610.9, 618.9, 616.6, '220,426')], [(299.6, 328.4, 610.9, 618.9, 616.6, '162,463')], [(364.4, 393.2, 610.9, 618.9, 616.6, '162,463')], [(433.3, 453.9, 610.9, 618.9, 616.6, '100%')], [(498.1, 518.7, 610.9, 618.9, 616.6, '100%')]]),
    (8.0, [[(72.8, 80.8, 622.1, 630.1, 628.0, '与'), (80.8, 88.8, 622.3, 630.3, 628.0, '“'), (88.8, 96.8, 622.1, 630.1, 628.0, '云'), (96.8, 104.8, 622.3, 630.3, 628.0, '”'), (104.8, 208.8, 622.1, 630.1, 628.0, '方法之间的比较，完成复原力')]]),
    (8.0, [[(72.8, 160.8, 633.8, 641.8, 639.7, '与安保平台外包招标活动')]]),
    (8.0, [[(72.8, 184.8, 648.6, 656.6, 654.5, '交付一项与选定复原力安全平台')], [(237.0, 261.4, 649.2, 657.2, 654.9, '98,359')], [(301.8, 326.2, 649.2, 657.2, 654.9, '98,359')], [(366.6, 391.0, 649.2, 657.2, 654.9, '98,359')], [(433.3, 453.9, 649.2, 657.2, 654.9, '100%')], [(498.1, 518.7, 649.2, 657.2, 654.9, '100%')]]),
    (8.0, [[(72.8, 80.8, 660.2, 668.2, 666.1, '（'), (80.8, 96.3, 660.0, 668.0, 666.1, 'RSP'), (96.3, 152.3, 660.2, 668.2, 666.1, '）架构相统一的'), (154.4, 169.7, 660.0, 668.0, 666.1, 'PCT'), (172.2, 204.2, 660.2, 668.2, 666.1, '技术设计')]]),
    (8.0, [[(72.8, 176.8, 675.0, 683.0, 680.9, '启动以选定设计实施为基础的'), (178.9, 194.2, 674.8, 682.8, 680.9, 'PCT'), (196.7, 212.7, 675.0, 683.0, 680.9, '应用')], [(231.4, 266.9, 675.6, 683.6, 681.3, '1,009,562')], [(296.2, 331.7, 675.6, 683.6, 681.3, '2,587,281')], [(361.0, 396.6, 675.6, 683.6, 681.3, '2,587,281')], [(433.3, 453.9, 675.6, 683.6, 681.3, '100%')], [(498.1, 518.7, 675.6, 683.6, 681.3, '100%')]]),
    (8.0, [[(72.8, 104.8, 686.6, 694.6, 692.5, '程序软件'), (106.9, 113.3, 686.4, 694.4, 692.5, '⁶⁹')]]),
]


def test_a_label_wrapped_before_a_bracketed_latin_word_goes_on_in_its_row() -> None:
    """s438 p97: "交付一项与选定复原力安全平台" ends short of its column, the next line opening
    with "（ RSP ）", as wide as the words must go together: no room for them, so the label
    goes on (once only the bracket was measured, and the row parted: 5 cells)."""
    layout = PageLayout(page=97, width=595, height=842, lines=as_printed(S438_BRACKETED_WORD))
    tables = [build_table(r, layout.page) for r in find_regions(layout)]
    assert len(tables) == 1 and tables[0] is not None
    labels = [row[0].text for row in tables[0].rows]
    assert any(label.startswith("交付一项") and label.endswith("技术设计") for label in labels), labels


# s453 p129 (WeasyPrint, Droid Sans Fallback 8 pt, booktabs, cells centred on their top):
# annex 11's benefits, the header and the first row's first line between the head's two
# rules, the rest of that row's cells under the second.
S453_ROW_UNDER_THE_HEAD = [
    (8.0, [[(67.4, 99.4, 575.5, 583.5, 581.4, '效益说明', True)], [(282.6, 330.6, 575.5, 583.5, 581.4, '关键绩效指标', True)], [(363.1, 387.1, 575.5, 583.5, 581.4, '基准值', True)], [(431.7, 455.7, 575.5, 583.5, 581.4, '目标值', True)], [(496.2, 528.2, 575.5, 583.5, 581.4, '绩效数据', True)]]),
    (8.0, [[(67.4, 267.4, 591.0, 599.0, 596.9, '在产权组织面向外部的信通技术系统中提供统一的用户体')], [(274.6, 338.6, 591.0, 599.0, 596.9, '符合知识产权门户')], [(345.8, 362.1, 591.5, 599.5, 597.2, '69%'), (362.1, 370.1, 591.4, 599.4, 597.2, '（'), (370.1, 387.8, 591.5, 599.5, 597.2, '2021'), (389.9, 397.9, 591.4, 599.4, 597.2, '年'), (400.0, 404.5, 591.5, 599.5, 597.2, '5')], [(411.7, 475.7, 591.0, 599.0, 596.9, '适用的信通技术系')], [(504.1, 520.3, 591.5, 599.5, 597.2, '77%')]]),
    (8.0, [[(67.4, 75.4, 601.9, 609.9, 607.7, '验')], [(274.6, 338.6, 601.9, 609.9, 607.7, '系统中的最低标准')], [(367.1, 383.1, 602.2, 610.2, 608.1, '月）')], [(420.3, 428.3, 601.9, 609.9, 607.7, '统'), (430.4, 451.1, 602.0, 610.0, 607.7, '100%'), (451.1, 467.1, 601.9, 609.9, 607.7, '达标')]]),
    (8.0, [[(274.6, 338.6, 612.7, 620.7, 618.6, '（共同的外观和感')]]),
    (8.0, [[(278.6, 334.6, 623.6, 631.6, 629.5, '觉、共同导航、')]]),
    (8.0, [[(277.6, 296.7, 634.3, 642.3, 640.4, 'ePay'), (299.2, 309.0, 634.3, 642.3, 640.4, 'v2'), (311.6, 335.6, 634.5, 642.5, 640.4, '和产权')]]),
    (8.0, [[(286.6, 326.6, 645.4, 653.4, 651.3, '组织帐户）')]]),
    (8.0, [[(67.4, 267.4, 660.1, 668.1, 665.9, '产权组织面向外部的信通技术系统更加方便用户使用，并')], [(278.6, 334.6, 660.1, 668.1, 665.9, '用户满意度分数')], [(345.8, 362.1, 660.6, 668.6, 666.3, '82%'), (362.1, 370.1, 660.4, 668.4, 666.3, '（'), (370.1, 387.8, 660.6, 668.6, 666.3, '2021'), (389.9, 397.9, 660.4, 668.4, 666.3, '年'), (400.0, 404.5, 660.6, 668.6, 666.3, '2')], [(411.5, 435.8, 660.6, 668.6, 666.3, '≥85%'), (435.8, 475.8, 660.4, 668.4, 666.3, '表示满意或')], [(504.1, 520.3, 660.6, 668.6, 666.3, '80%')]]),
    (8.0, [[(67.4, 115.4, 670.9, 678.9, 676.8, '改善客户体验')], [(367.1, 383.1, 671.3, 679.3, 677.2, '月）')], [(427.7, 459.7, 671.3, 679.3, 677.2, '非常满意')]]),
    (8.0, [[(274.6, 338.6, 686.0, 694.0, 691.9, '方便使用程度分数')], [(345.8, 362.1, 686.6, 694.6, 692.2, '80%'), (362.1, 370.1, 686.4, 694.4, 692.2, '（'), (370.1, 387.8, 686.6, 694.6, 692.2, '2021'), (389.9, 397.9, 686.4, 694.4, 692.2, '年'), (400.0, 404.5, 686.6, 694.6, 692.2, '2')], [(435.5, 451.8, 686.6, 694.6, 692.2, '85%')], [(504.1, 520.3, 686.6, 694.6, 692.2, '84%')]]),
    (8.0, [[(367.1, 383.1, 697.3, 705.3, 703.1, '月）')]]),
]


def test_a_first_rows_cells_wrapped_under_the_heads_rule_stay_in_its_table() -> None:
    """s453 p129: the first row's cells go on under the head's closing rule, each piece
    under its own cell ("验", "系统中的最低标准", "月）"): one table, its first row whole (once
    two tables, the first row's label cut at its first line and read as another table's)."""
    rules = [hrule(65.5, 546.5, y) for y in (570.2, 586.0)]
    layout = PageLayout(page=129, width=595, height=842, lines=as_printed(S453_ROW_UNDER_THE_HEAD), rules=rules)
    regions = find_regions(layout)
    assert len(regions) == 1, [[ln.text for ln in r.lines] for r in regions]
    table = build_table(regions[0], layout.page)
    assert table is not None and table.rows[0][0].text.endswith("用户体验"), table.grid()


# s442 p145 (Chromium, AR PL UMing 8.4 pt, booktabs, cells on their middle, text flush
# right): annex 11's benefits begin at the page's foot, a header between the head's rules and
# one row under it, its indicator the tallest cell, its figure alone on the row's middle line.
S442_ROW_AT_FOOT = [
    (10.1, [[(71.2, 111.6, 629.3, 639.4, 640.0, '效益实现', True)]]),
    (8.4, [[(75.4, 109.1, 654.1, 662.5, 663.0, '效益说明', True)], [(221.7, 272.2, 654.1, 662.5, 663.0, '关键绩效指标', True)], [(313.7, 339.0, 654.1, 663.7, 663.0, '基准值', True)], [(393.1, 418.3, 654.1, 662.5, 663.0, '目标值', True)], [(468.2, 501.9, 654.1, 662.5, 663.0, '绩效数据', True)]]),
    (8.4, [[(215.1, 282.5, 677.5, 685.9, 684.6, '符合知识产权门户')]]),
    (8.4, [[(215.1, 282.5, 690.1, 698.5, 697.2, '系统中的最低标准')]]),
    (8.4, [[(75.4, 201.7, 702.7, 711.2, 709.9, '在产权组织面向外部的信通技术系')], [(215.1, 282.5, 702.7, 711.2, 709.9, '（共同的外观和感')], [(302.9, 340.8, 702.7, 711.2, 709.9, '69%（2021'), (345.0, 353.4, 702.7, 711.2, 709.9, '年'), (357.6, 361.9, 702.7, 711.2, 709.9, '5')], [(373.8, 441.2, 702.7, 711.2, 709.9, '适用的信通技术系')]]),
    (8.4, [[(508.0, 520.6, 708.7, 717.1, 715.8, '77%')]]),
    (8.4, [[(75.4, 168.0, 715.4, 723.8, 722.5, '统中提供统一的用户体验')], [(223.5, 282.5, 715.4, 723.8, 722.5, '觉、共同导航、')], [(345.0, 361.9, 715.4, 723.8, 722.5, '月）')], [(394.9, 403.3, 715.4, 723.8, 722.5, '统'), (407.5, 441.2, 715.4, 723.8, 722.5, '100%达标')]]),
    (8.4, [[(215.1, 231.9, 728.0, 736.4, 735.2, 'ePay'), (236.2, 244.6, 728.0, 736.4, 735.2, 'v2'), (248.8, 282.5, 728.0, 736.4, 735.2, '和产权组')]]),
    (8.4, [[(248.8, 282.5, 740.7, 749.1, 747.8, '织帐户）')]]),
]


def test_a_ruled_header_and_its_one_row_at_the_foot_are_a_table_the_rows_cells_whole() -> None:
    """s442 p145: under the head's rules, the indicator's lines (flush right), the label's
    beside its middle, "77%" alone on a line, then the rest of the label, the indicator and
    the baseline under it: one row (once no table at all: the figure alone on its line was no
    row of figures, and the label's second line no line of the indicator's column)."""
    rules = [hrule(71.2, 524.8, y) for y in (648.9, 670.8)]
    layout = PageLayout(page=145, width=595, height=842, lines=as_printed(S442_ROW_AT_FOOT), rules=rules)
    regions = find_regions(layout)
    assert len(regions) == 1, [[ln.text for ln in r.lines] for r in regions]
    table = build_table(regions[0], layout.page)
    assert table is not None and len(table.rows) == 1, table.grid()
    assert table.rows[0][0].text.endswith("用户体验") and table.rows[0][-1].text == "77%", table.grid()


# s475 p90 (Chromium, Noto Sans CJK 7.6 pt, unruled, no shading): annex 11's table of risks,
# a header in bold, its headings centred over cells set flush left, a mark set flush right
# past the last heading; the first row a cell's padding under the header; the next heading.
S475_RISKS_UNDER_CENTRED_HEADINGS = [
    (9.1, [[(72.7, 136.3, 101.2, 110.3, 109.2, '风险和减缓行动', True)]]),
    (7.6, [[(75.7, 90.7, 121.8, 129.4, 128.4, '风险', True)], [(271.6, 301.8, 121.8, 129.4, 128.4, '风险演变', True)], [(354.7, 407.9, 121.8, 129.4, 128.4, '减缓措施的成效', True)], [(453.2, 498.9, 121.8, 129.4, 128.4, '对绩效的影响', True)]]),
    (7.6, [[(75.4, 103.8, 139.4, 147.0, 146.1, '2020/21'), (105.5, 227.2, 139.1, 147.0, 146.1, '年，云技术方面的知识有所增加，然')], [(249.2, 287.3, 139.1, 147.0, 146.1, '该风险随着'), (289.0, 305.8, 139.4, 147.0, 146.1, '2022'), (307.5, 315.2, 139.1, 146.7, 146.1, '年'), (316.9, 330.9, 139.4, 147.0, 146.1, 'RSP')], [(342.0, 425.6, 139.1, 147.0, 146.1, '为降低这一风险，确保了')], [(512.7, 520.3, 139.4, 147.0, 146.1, '→')]]),
    (7.6, [[(75.9, 235.2, 150.8, 158.4, 157.5, '而，云部署的暂停可能会导致关键资源的流失。')], [(247.7, 330.5, 150.8, 158.4, 157.5, '高级技术架构师的离职而')], [(349.6, 425.6, 150.8, 158.4, 157.5, '技术资源之间的知识传')]]),
    (7.6, [[(254.9, 330.9, 161.9, 169.8, 168.9, '出现。随着云活动的恢')], [(342.0, 425.6, 162.0, 169.8, 168.9, '播，并对产权组织内部资')]]),
    (7.6, [[(254.9, 330.9, 173.9, 181.8, 180.9, '复，该风险已被消除。')], [(342.0, 425.6, 174.2, 181.8, 180.9, '源进行了云相关知识的培')]]),
    (7.6, [[(342.0, 425.6, 185.3, 193.2, 192.3, '训，使影响降低到可接受')]]),
    (7.6, [[(395.2, 425.6, 196.7, 204.6, 203.7, '的水平。')]]),
    (9.1, [[(72.4, 127.2, 221.1, 230.2, 229.1, '资源利用情况', True)]]),
]


def test_text_under_centred_headings_of_a_bold_header_is_its_table() -> None:
    """s475 p90: a header of text, in bold, over one row of wrapped text cells, each
    beginning left of the heading centred over it, and a mark ("→") past the last heading,
    the row set further off the header than one line says rows stand: a table of one row
    (once no table at all, and annex 11's later numbered ids one behind)."""
    layout = PageLayout(page=90, width=595, height=842, lines=as_printed(S475_RISKS_UNDER_CENTRED_HEADINGS))
    found = grids(layout)
    assert len(found) == 1, found
    assert found[0][0] == ["风险", "风险演变", "减缓措施的成效", "对绩效的影响"], found[0]
    assert found[0][1][0].startswith("2020/21") and found[0][1][-1] == "→", found[0]
    assert found[0][1][1].endswith("该风险已被消除。"), found[0]


# s459 p147 (WeasyPrint, Noto Serif CJK 11 pt, justified text): a paragraph, then a list whose
# first item's dash the justification set apart from its text, the item wrapping onto a line.
S459_DASH_SET_APART_IN_A_LIST = [
    (11.0, [[(42.9, 67.4, 410.9, 421.9, 418.8, '2023'), (70.5, 202.5, 410.9, 421.9, 418.8, '年，该项目部分完成了基于'), (205.5, 257.4, 410.9, 421.9, 418.8, 'Microsoft'), (260.5, 313.9, 410.9, 421.9, 418.8, 'Dynamics'), (317.0, 335.1, 410.9, 421.9, 418.8, '365'), (338.2, 569.1, 410.9, 421.9, 418.8, '的集成平台的实施工作，以取代产权组织遗留的')]]),
    (11.0, [[(42.9, 251.8, 427.9, 438.9, 435.7, '独立会议工具。这部分项目分为两个阶段：')]]),
    (11.0, [[(42.9, 46.7, 450.3, 461.3, 458.2, '-')], [(53.8, 350.8, 450.3, 461.3, 458.2, '第一阶段，包括云架构和设置；与内部系统集成；以及替换在')], [(358.0, 382.5, 450.3, 461.3, 458.2, '2023')], [(389.7, 455.7, 450.3, 461.3, 458.2, '年持续使用的')], [(462.8, 496.0, 450.3, 461.3, 458.2, 'MDCS')], [(503.1, 569.1, 450.3, 461.3, 458.2, '会议和文件工')]]),
    (11.0, [[(42.9, 64.8, 467.3, 478.3, 475.1, '具；')]]),
    (11.0, [[(42.9, 46.7, 489.7, 500.7, 497.6, '-'), (49.5, 544.5, 489.7, 500.7, 497.6, '第二阶段，包括更换网络注册和会议室预订工具；文件工作流程自动化；已经分析方法（尚未启动）。')]]),
    (11.0, [[(42.9, 559.8, 512.1, 523.1, 520.0, '考虑到在项目第一阶段，更广泛的战略、业务和技术态势发生了重大变化，决定进行尽职评估，以便在继续')]]),
    (11.0, [[(42.9, 295.8, 529.1, 540.1, 536.9, '实施项目前审查各选项和建议。评估结果概述如下：')]]),
    (11.0, [[(42.9, 46.7, 551.5, 562.5, 559.4, '-'), (49.6, 74.7, 551.5, 562.5, 559.4, 'ICSP'), (77.6, 242.6, 551.5, 562.5, 559.4, '项目所依据的愿景和要求可追溯到'), (245.6, 269.2, 551.5, 562.5, 559.4, '2018'), (272.2, 569.2, 551.5, 562.5, 559.4, '年，主要侧重于内部会议服务团队的业务需求。产权组织显然')]]),
    (11.0, [[(42.9, 559.8, 568.5, 579.5, 576.3, '有机会后退一步，在明确阐述的业务愿景的基础上，并考虑到更广泛的利益攸关方和用户的意见，推动未来')]]),
    (11.0, [[(42.9, 67.9, 585.4, 596.4, 593.3, 'ICSP'), (70.7, 147.7, 585.4, 596.4, 593.3, '的设计和实施。')]]),
    (11.0, [[(42.9, 46.7, 607.8, 618.8, 615.7, '-'), (51.1, 249.1, 607.8, 618.8, 615.7, '现在有一个明显的机会，可以加强对未来'), (253.6, 278.7, 607.8, 618.8, 615.7, 'ICSP'), (283.1, 569.1, 607.8, 618.8, 615.7, '的业务主人翁意识。一名了解产权组织未来会议管理需求的')]]),
]


def test_a_list_items_dash_set_apart_from_its_text_is_no_row_of_figures() -> None:
    """s459 p147: "-" then a sentence on a line of two pieces is a list item, not a row whose
    "-" is a nil figure (once a table of two rows in annex 11, its later ids one ahead)."""
    lines = as_printed(S459_DASH_SET_APART_IN_A_LIST)
    assert list_item(lines[2]) and not is_tabular(lines[2]), lines[2].text
    assert grids(PageLayout(page=147, width=612, height=792, lines=lines)) == []


def test_a_nil_figure_beside_a_short_label_is_still_a_row() -> None:
    assert is_tabular(printed(100.0, (50.0, 56.0, "-"), (80.0, 120.0, "不适用")))
    assert is_tabular(printed(100.0, (50.0, 90.0, "成员国数目"), (200.0, 206.0, "-")))
    # a sub-item's label after a dash, its figures last: a row
    assert is_tabular(printed(100.0, (50.0, 54.0, "-"), (60.0, 150.0, "其中：通过马德里体系提交"), (200.0, 230.0, "1,234")))


# s462 p87 (WeasyPrint, Noto Sans CJK 9.5 pt, booktabs, zebra): annex 10's heading, a justified
# paragraph whose spaces round "2023" part its lines into pieces, then the table of trust funds.
S462_YEARS_IN_A_JUSTIFIED_PARAGRAPH = [
    (11.4, [[(48.5, 82.7, 153.4, 164.8, 161.5, '附件十', True), (85.3, 112.2, 153.4, 164.8, 161.5, '2023', True), (114.8, 217.4, 153.4, 164.8, 161.5, '年信托基金进展报告', True)]]),
    (9.5, [[(48.5, 324.0, 173.1, 182.6, 179.9, '信托基金报告是《产权组织绩效报告》的组成部分。本附件概述了')], [(329.8, 350.9, 173.1, 182.6, 179.9, '2023')], [(356.8, 546.7, 173.1, 182.6, 179.9, '年在产权组织信托基金下取得的主要成果以及')]]),
    (9.5, [[(48.5, 428.5, 186.4, 195.9, 193.2, '财务信息。本附件还报告了下表所列的所有信托基金，但不包括专门资助人员的信托基金和')], [(434.3, 455.4, 186.4, 195.9, 193.2, '2023')], [(461.3, 546.7, 186.4, 195.9, 193.2, '年未开展活动的信托')]]),
    (9.5, [[(48.5, 77.0, 199.7, 209.2, 206.5, '基金。')]]),
    (9.5, [[(52.4, 90.4, 223.1, 232.6, 229.9, '信托基金', True)], [(338.0, 357.0, 223.1, 232.6, 229.9, '部门', True)]]),
    (9.5, [[(52.4, 137.9, 245.0, 254.5, 251.8, '经认可的土著和当地')], [(295.2, 399.7, 245.0, 254.5, 251.8, '全球挑战和伙伴关系部门')]]),
    (9.5, [[(52.4, 71.4, 258.3, 267.8, 265.1, '社区')]]),
    (9.5, [[(52.4, 71.4, 279.4, 288.9, 286.2, '中国')], [(304.7, 390.2, 279.4, 288.9, 286.2, '品牌和外观设计部门')]]),
]


def test_a_justified_paragraphs_years_are_no_row_of_figures() -> None:
    """s462 p87: "……本附件概述了 | 2023 | 年在……" is a paragraph's line, not a row whose
    year is its figure (once a table of one row ahead of the trust funds, annex 10's later
    ids one ahead)."""
    lines = as_printed(S462_YEARS_IN_A_JUSTIFIED_PARAGRAPH)
    assert running_text(lines[1]) and not is_tabular(lines[1]), lines[1].text
    found = grids(PageLayout(page=87, width=595, height=842, lines=lines))
    assert [t[0] for t in found] == [["信托基金", "部门"]], found


def test_years_heading_columns_are_no_running_text() -> None:
    """A row whose figures are years, and one whose year is followed by text of its own."""
    assert not running_text(printed(100.0, (50.0, 130.0, "按部门开列的员额总数"), (200.0, 220.0, "2022"),
                                    (260.0, 280.0, "2023")))
    assert not running_text(printed(100.0, (50.0, 130.0, "按部门开列的员额总数"), (200.0, 220.0, "2023"),
                                    (260.0, 300.0, "已完成")))
    # a header's year over its unit wrapped apart: no running text
    assert not running_text(printed(100.0, (50.0, 70.0, "项目"), (200.0, 220.0, "2023"), (224.0, 232.0, "年")))


def test_a_paragraphs_line_beginning_on_a_year_is_running_text() -> None:
    """s027 p127: a list item's second line, justified: "2023 | 年底完成…… | 2024 | 年。MOSS |
    将取代 | IMAPS……", and its first, "- | 继 | 2023 | 年第一季度……" (once a table of two rows)."""
    first = printed(367.0, (71.0, 76.0, "-"), (80.0, 90.0, "继"), (96.0, 120.0, "2023"), (126.0, 541.0, "年第一季度发布处理音像商标的最低可行性解决方案之后"))
    second = printed(380.0, (71.0, 95.0, "2023"), (102.0, 255.0, "年底完成。预计验证和测试将持续到"), (262.0, 285.0, "2024"),
                     (292.0, 340.0, "年。MOSS"), (345.0, 375.0, "将取代"), (381.0, 541.0, "IMAPS（商标文件和图像的中央存储系"))
    assert running_text(first) and running_text(second)
    assert grids(PageLayout(page=127, width=612, height=792, lines=[first, second])) == []


# s456 p89 (WeasyPrint, 10 pt, booktabs): annex 10's heading and paragraph, then at the page's
# foot the table of trust funds' bold header and its first row, the department flush right.
S456_HEADER_AND_ROW_AT_FOOT = [
    (12.0, [[(57.0, 93.0, 661.8, 673.8, 671.9, '附件十', True), (99.0, 123.0, 661.8, 673.8, 671.9, '2023', True), (129.0, 237.0, 661.8, 673.8, 671.9, '年信托基金进展报告', True)]]),
    (10.0, [[(57.0, 347.0, 683.0, 693.0, 691.5, '信托基金报告是《产权组织绩效报告》的组成部分。本附件概述了'), (352.6, 372.6, 683.0, 693.0, 691.5, '2023'), (378.2, 538.2, 683.0, 693.0, 691.5, '年在产权组织信托基金下取得的主要')]]),
    (10.0, [[(57.0, 497.0, 697.1, 707.1, 705.6, '成果以及财务信息。本附件还报告了下表所列的所有信托基金，但不包括专门资助人员的信托基金和'), (502.6, 522.6, 697.1, 707.1, 705.6, '2023'), (528.2, 538.2, 697.1, 707.1, 705.6, '年')]]),
    (10.0, [[(57.0, 167.0, 711.2, 721.2, 719.7, '未开展活动的信托基金。')]]),
    (10.0, [[(61.3, 101.3, 736.1, 746.1, 744.6, '信托基金', True)], [(374.3, 394.3, 736.1, 746.1, 744.6, '部门', True)]]),
    (10.0, [[(61.3, 171.3, 759.6, 769.6, 768.1, '经认可的土著和当地社区')], [(424.0, 534.0, 759.6, 769.6, 768.1, '全球挑战和伙伴关系部门')]]),
]


def test_a_bold_header_and_a_row_in_its_columns_at_the_foot_are_a_table() -> None:
    """s456 p89: "信托基金 | 部门" over one row whose second cell stands far right of "部门",
    the page's last lines: a table (its other rows overleaf; once none, and annex 10's
    numbered ids one behind)."""
    found = grids(PageLayout(page=89, width=595, height=842, lines=as_printed(S456_HEADER_AND_ROW_AT_FOOT)))
    assert found == [[["信托基金", "部门"], ["经认可的土著和当地社区", "全球挑战和伙伴关系部门"]]], found


# s465 p111 (WeasyPrint, 8 pt, header bands, no rules): the end of one table of risks, then the
# next one's header band with the same headings and its rows, the next heading; text only, no figure.
S465_TWO_TABLES_OF_RISKS = [
    (8.0, [[(74.8, 90.8, 100.2, 108.2, 106.0, '风险', True)], [(281.6, 313.8, 100.2, 108.2, 106.0, '风险演变', True)], [(360.2, 416.2, 100.2, 108.2, 106.0, '减缓措施的成效', True)], [(454.8, 502.8, 100.2, 108.2, 106.0, '对绩效的影响', True)]]),
    (8.0, [[(349.9, 429.9, 119.4, 127.4, 125.1, '与其他业务部门合作，')]]),
    (8.0, [[(349.9, 429.9, 131.3, 139.3, 137.0, '共享相关技术资源，在')]]),
    (8.0, [[(349.9, 429.9, 143.2, 151.2, 148.9, '一定程度上有效地降低')]]),
    (8.0, [[(74.8, 245.6, 155.1, 163.1, 160.8, '难以确保/获得技术资源来进行项目工作，可能会')], [(349.9, 429.9, 155.1, 163.1, 160.8, '了风险。但在寻找和获')]]),
    (8.0, [[(283.3, 339.3, 161.1, 169.1, 166.8, '该风险已出现。')], [(513.8, 520.5, 160.3, 168.3, 166.5, '➔')]]),
    (8.0, [[(74.8, 154.8, 167.0, 175.0, 172.8, '影响项目的时间安排。')], [(349.9, 430.1, 167.0, 175.0, 172.8, '得具备所需技能的额外')]]),
    (8.0, [[(349.9, 430.0, 179.0, 187.0, 184.7, '技术开发资源方面仍然')]]),
    (8.0, [[(349.9, 429.9, 190.9, 198.9, 196.6, '存在困难，导致某些工')]]),
    (8.0, [[(373.9, 429.9, 202.8, 210.8, 208.5, '作包出现延误。')]]),
    (8.0, [[(349.9, 429.9, 221.9, 229.9, 227.6, '为了确保知识不过于集')]]),
    (8.0, [[(349.9, 429.9, 233.8, 241.8, 239.6, '中或丢失，项目人员需')]]),
    (8.0, [[(349.9, 429.9, 245.8, 253.8, 251.5, '要确保任何正在进行的')]]),
    (8.0, [[(349.9, 429.9, 257.7, 265.7, 263.4, '和未来的开发都经过精')]]),
    (8.0, [[(349.9, 429.9, 269.6, 277.6, 275.3, '心设计，得到记录并符')]]),
    (8.0, [[(349.9, 429.9, 281.5, 289.5, 287.2, '合组织标准和战略。通')]]),
    (8.0, [[(74.8, 242.8, 287.5, 295.5, 293.2, '高度依赖一批集中掌握新系统知识的人员，一旦')], [(259.3, 339.3, 287.5, 295.5, 293.2, '该风险未出现；风险敞')]]),
    (8.0, [[(349.9, 429.9, 293.4, 301.4, 299.2, '过以一致和透明的方式')], [(513.8, 520.5, 292.7, 300.7, 298.8, '➔')]]),
    (8.0, [[(74.8, 218.8, 299.4, 307.4, 305.1, '他们离开本组织，可能会造成单点故障。')], [(259.3, 339.3, 299.4, 307.4, 305.1, '口在整年中保持稳定。')]]),
    (8.0, [[(349.9, 429.9, 305.4, 313.4, 311.1, '重组和重新设计解决方')]]),
    (8.0, [[(349.9, 429.9, 317.3, 325.3, 323.0, '案，可以实现已实施解')]]),
    (8.0, [[(349.9, 429.9, 329.2, 337.2, 334.9, '决方案的可维护性和灵')]]),
    (8.0, [[(349.9, 430.0, 341.1, 349.1, 346.8, '活性，而不必过度依赖')]]),
    (8.0, [[(357.9, 429.9, 353.0, 361.0, 358.8, '特定人员的持续可用')]]),
    (8.0, [[(413.9, 429.9, 365.0, 373.0, 370.7, '性。')]]),
    (8.0, [[(74.8, 90.8, 392.1, 400.1, 397.8, '风险', True)], [(281.6, 313.8, 392.1, 400.1, 397.8, '风险演变', True)], [(360.2, 416.2, 392.1, 400.1, 397.8, '减缓措施的成效', True)], [(454.8, 502.8, 392.1, 400.1, 397.8, '对绩效的影响', True)]]),
    (8.0, [[(74.8, 122.8, 411.2, 419.2, 416.9, '需要对现有的'), (124.8, 149.4, 411.2, 419.2, 416.9, 'MIRIS'), (151.4, 247.4, 411.2, 419.2, 416.9, '系统进行改造以支持修正后')], [(349.9, 429.9, 411.2, 419.2, 416.9, '马德里注册部内部的密')]]),
    (8.0, [[(74.8, 242.8, 423.1, 431.1, 428.8, '的要求（如对马德里法律框架的修改），这将导')], [(259.3, 339.3, 423.1, 431.1, 428.8, '该风险未出现；风险敞')], [(349.9, 429.9, 423.1, 431.1, 428.8, '切协作有效地缓解了这')]]),
    (8.0, [[(512.5, 520.5, 429.1, 437.1, 434.8, '→')]]),
    (8.0, [[(74.8, 242.8, 435.0, 443.0, 440.8, '致马德里员工无法或受限地从事同时进行的工作')], [(259.3, 339.3, 435.0, 443.0, 440.8, '口在整年中保持稳定。')], [(349.9, 429.9, 435.0, 443.0, 440.8, '一风险，并确保项目不')]]),
    (8.0, [[(74.8, 90.8, 447.0, 455.0, 452.7, '包。')], [(365.9, 429.9, 447.0, 455.0, 452.7, '会受到重大影响。')]]),
    (8.0, [[(349.9, 429.9, 466.1, 474.1, 471.8, '为了达成产权组织范围')]]),
    (8.0, [[(349.9, 430.1, 478.0, 486.0, 483.7, '内的共同解决方案，必')]]),
    (8.0, [[(349.9, 430.1, 489.9, 497.9, 495.6, '须在各部门之间建立协')]]),
    (8.0, [[(347.9, 379.9, 501.8, 509.8, 507.6, '作文化。'), (381.9, 429.9, 501.8, 509.8, 507.6, '确立由代表各')]]),
    (8.0, [[(347.1, 429.9, 513.8, 521.8, 519.5, '业务单位/部门的主要联')]]),
    (8.0, [[(74.8, 234.8, 519.7, 527.7, 525.4, '项目依赖于在整个产权组织建立共同解决方案')]]),
    (8.0, [[(349.9, 429.9, 525.7, 533.7, 531.4, '系人组成的核心小组，')]]),
    (8.0, [[(74.8, 245.6, 531.6, 539.6, 537.4, '（例如身份和卷宗管理，常见的用户体验/用户界')], [(259.3, 339.3, 531.6, 539.6, 537.4, '持续密切监测该风险。')], [(512.5, 520.5, 531.6, 539.6, 537.4, '→')]]),
    (8.0, [[(349.9, 429.9, 537.6, 545.6, 543.3, '在就产权组织范围内的')]]),
    (8.0, [[(74.8, 218.8, 543.6, 551.6, 549.3, '面对象）。必要的协作可能会造成延误。')]]),
    (8.0, [[(349.9, 429.9, 549.5, 557.5, 555.2, '共同解决方案做出决定')]]),
    (8.0, [[(347.9, 411.9, 561.4, 569.4, 567.2, '方面被证明有效。'), (413.9, 429.9, 561.4, 569.4, 567.2, '高效')]]),
    (8.0, [[(349.9, 429.9, 573.4, 581.4, 579.1, '的项目规划减缓了这一')]]),
    (8.0, [[(349.9, 429.9, 585.3, 593.3, 591.0, '风险，项目没有受到重')]]),
    (8.0, [[(397.9, 429.9, 597.2, 605.2, 602.9, '大影响。')]]),
    (8.0, [[(349.9, 429.9, 616.3, 624.3, 622.0, '通过建立必要的工作队')]]),
    (8.0, [[(349.9, 429.9, 628.2, 636.2, 634.0, '与其他业务部门合作，')]]),
    (8.0, [[(74.8, 242.8, 634.2, 642.2, 639.9, '组织和政策变化、技术中断或未发现的机遇打乱')]]),
    (8.0, [[(259.3, 339.3, 640.2, 648.2, 645.9, '持续密切监测该风险。')], [(349.9, 429.9, 640.2, 648.2, 645.9, '确保协调和有效的沟通')], [(512.5, 520.5, 640.2, 648.2, 645.9, '→')]]),
    (8.0, [[(74.8, 189.6, 646.1, 654.1, 651.8, '了项目时间线、成本和/或范围。')]]),
    (8.0, [[(357.9, 429.9, 652.1, 660.1, 657.8, '渠道有效地缓解了风')]]),
    (8.0, [[(413.9, 429.9, 664.0, 672.0, 669.7, '险。')]]),
    (8.0, [[(74.8, 242.8, 683.1, 691.1, 688.8, '一旦工作包交付，缺乏具备足够技能的资源来有')], [(349.9, 429.9, 683.1, 691.1, 688.8, '已开始与相关的内部利')]]),
    (8.0, [[(259.3, 339.3, 689.1, 697.1, 694.8, '将继续密切监测这一风')]]),
    (8.0, [[(74.8, 242.8, 695.0, 703.0, 700.8, '效监测、支持、运行和不断改进已实施的解决方')], [(349.9, 430.0, 695.0, 703.0, 700.8, '益攸关方一起规划从项')], [(512.5, 520.5, 695.0, 703.0, 700.8, '→')]]),
    (8.0, [[(323.3, 339.3, 701.0, 709.0, 706.7, '险。')]]),
    (8.0, [[(74.8, 114.8, 707.0, 715.0, 712.7, '案和系统。')], [(349.9, 429.9, 707.0, 715.0, 712.7, '目到业务的逐步过渡。')]]),
    (9.6, [[(71.2, 128.8, 732.8, 742.4, 739.7, '资源利用情况', True)]]),
]


def test_a_band_repeating_the_headings_of_the_band_above_opens_the_next_table() -> None:
    """s465 p111: two tables of risks under header bands with the same headings, rows of text
    only: two tables (once one, its second header lost with the second table's rows)."""
    fills = [Fill(Box(71.2, 92.9, 524.1, 112.1), dark=True), Fill(Box(71.2, 385.0, 524.1, 404.2), dark=True)]
    lines = as_printed(S465_TWO_TABLES_OF_RISKS)
    for word in (w for ln in lines if ln.box.top in (100.2, 392.1) for s in ln.segments for w in s.words):
        word.light = True  # white on the bands
    layout = PageLayout(page=111, width=595, height=842, lines=lines, fills=fills)
    found = grids(layout)
    assert [t[0] for t in found] == [["风险", "风险演变", "减缓措施的成效", "对绩效的影响"]] * 2, found
    assert found[1][1][0].startswith("需要对现有的 MIRIS 系统"), found[1]


# s460 p92 (Chromium, 7.7 pt, unruled, cells on their middle): annex 11's table of risks, its
# bold header over one row whose longest cell's first line stands alone above the others'.
S460_RISKS_CELLS_ON_THEIR_MIDDLE = [
    (9.3, [[(71.0, 136.0, 197.4, 208.3, 207.3, '风险和减缓行动', True)]]),
    (7.7, [[(73.7, 89.1, 218.6, 227.7, 226.8, '风险', True)], [(237.0, 267.9, 218.6, 227.7, 226.8, '风险演变', True)], [(334.3, 388.3, 218.6, 227.4, 226.8, '减缓措施的成效', True)], [(447.0, 493.3, 218.6, 226.4, 226.8, '对绩效的影响', True)]]),
    (7.7, [[(311.1, 411.5, 237.6, 245.4, 244.2, '为降低这一风险，确保了技术')]]),
    (7.7, [[(202.2, 240.9, 244.2, 251.9, 250.7, '该风险随着'), (245.1, 261.6, 244.2, 251.9, 250.7, '2022'), (266.1, 273.9, 244.2, 251.9, 250.7, '年'), (278.1, 290.4, 244.2, 251.9, 250.7, 'RSP'), (294.9, 302.6, 244.2, 251.9, 250.7, '高')]]),
    (7.7, [[(73.7, 102.8, 250.0, 257.7, 256.5, '2020/21'), (107.4, 192.3, 250.0, 257.7, 256.5, '年，云技术方面的知识有')], [(311.1, 411.5, 250.0, 257.7, 256.5, '资源之间的知识传播，并对产')]]),
    (7.7, [[(202.2, 302.6, 256.5, 264.2, 263.0, '级技术架构师的离职而出现。')]]),
    (7.7, [[(73.7, 189.5, 262.3, 270.0, 268.8, '所增加，然而，云部署的暂停可能')], [(311.1, 411.5, 262.3, 270.0, 268.8, '权组织内部资源进行了云相关')], [(466.3, 474.0, 262.3, 270.0, 268.8, '→')]]),
    (7.7, [[(202.2, 302.6, 268.8, 276.5, 275.4, '随着云活动的恢复，该风险已')]]),
    (7.7, [[(73.7, 158.6, 274.6, 282.3, 281.2, '会导致关键资源的流失。')], [(311.1, 411.5, 274.6, 282.3, 281.2, '知识的培训，使影响降低到可')]]),
    (7.7, [[(237.0, 267.9, 280.4, 288.1, 287.0, '被消除。')]]),
    (7.7, [[(338.1, 384.5, 286.9, 294.6, 293.5, '接受的水平。')]]),
    (9.3, [[(71.0, 126.7, 309.0, 319.6, 318.8, '资源利用情况', True)]]),
]


def test_a_row_of_text_set_on_its_middle_under_a_bold_header_is_its_table() -> None:
    """s460 p92: under "风险 | 风险演变 | 减缓措施的成效 | 对绩效的影响", the row's first line
    holds the third cell's first words alone: a table of one row (once no table)."""
    found = grids(PageLayout(page=92, width=595, height=842, lines=as_printed(S460_RISKS_CELLS_ON_THEIR_MIDDLE)))
    assert len(found) == 1 and found[0][0] == ["风险", "风险演变", "减缓措施的成效", "对绩效的影响"], found
    assert len(found[0]) == 2 and found[0][1][2].startswith("为降低这一风险") and found[0][1][3] == "→", found[0]


# s470 p91 (LibreOffice, 7 pt, rules under every row, zebra): a table of risks continued from
# the page before, its header left there: two rows of text between rules, cells on their foot,
# the first line holding only two cells' ends.
S470_RULED_TEXT_ROWS_OVERLEAF = [
    (7.0, [[(352.3, 443.3, 50.0, 57.2, 56.2, '与其他业务部门合作，共享相')]]),
    (7.0, [[(352.3, 443.3, 64.5, 71.7, 70.7, '关技术资源，在一定程度上有')]]),
    (7.0, [[(352.3, 443.3, 79.1, 86.6, 85.3, '效地降低了风险。但在寻找和')]]),
    (7.0, [[(352.3, 443.3, 93.6, 100.8, 99.8, '获得具备所需技能的额外技术')]]),
    (7.0, [[(45.5, 238.1, 108.2, 115.7, 114.4, '难以确保/获得技术资源来进行项目工作，可能会影响项目的时')], [(352.3, 443.3, 108.2, 115.7, 114.4, '开发资源方面仍然存在困难，')]]),
    (7.0, [[(45.5, 73.5, 122.7, 129.9, 128.9, '间安排。')], [(293.4, 342.4, 122.7, 129.9, 128.9, '该风险已出现。')], [(359.3, 443.3, 122.7, 129.9, 128.9, '导致某些工作包出现延误。')], [(538.4, 544.3, 123.1, 130.1, 128.9, '➔')]]),
    (7.0, [[(352.3, 443.3, 142.8, 150.3, 149.0, '为了确保知识不过于集中或丢')]]),
    (7.0, [[(352.3, 443.3, 157.3, 164.8, 163.5, '失，项目人员需要确保任何正')]]),
    (7.0, [[(352.3, 443.3, 171.9, 179.1, 178.1, '在进行的和未来的开发都经过')]]),
    (7.0, [[(352.3, 443.3, 186.4, 193.9, 192.6, '精心设计，得到记录并符合组')]]),
    (7.0, [[(352.3, 443.3, 201.0, 208.2, 207.2, '织标准和战略。通过以一致和')]]),
    (7.0, [[(352.3, 443.3, 215.5, 222.7, 221.7, '透明的方式重组和重新设计解')]]),
    (7.0, [[(352.3, 443.3, 230.1, 237.3, 236.3, '决方案，可以实现已实施解决')]]),
    (7.0, [[(352.3, 443.3, 244.6, 252.1, 250.8, '方案的可维护性和灵活性，而')]]),
    (7.0, [[(45.5, 234.5, 259.2, 266.4, 265.4, '高度依赖一批集中掌握新系统知识的人员，一旦他们离开本组')], [(251.4, 342.4, 259.2, 266.7, 265.4, '该风险未出现；风险敞口在整')], [(352.3, 443.3, 259.2, 266.4, 265.4, '不必过度依赖特定人员的持续')]]),
    (7.0, [[(45.5, 129.5, 273.7, 280.9, 279.9, '织，可能会造成单点故障。')], [(293.4, 342.4, 273.7, 281.2, 279.9, '年中保持稳定。')], [(415.3, 443.3, 273.7, 280.9, 279.9, '可用性。')], [(538.4, 544.3, 274.1, 281.1, 279.9, '➔')]]),
]


def test_ruled_rows_of_text_under_no_header_are_a_table() -> None:
    """s470 p91: rules across, rows of text cells between them, no header on this page and
    the first line not a row's whole line: the line of most cells says the columns (once no
    table, annex 11's later numbered ids one behind)."""
    rules = [hrule(42.0, 547.0, y) for y in (45.7, 138.5, 289.6)]
    layout = PageLayout(page=91, width=595, height=842, lines=as_printed(S470_RULED_TEXT_ROWS_OVERLEAF), rules=rules)
    found = grids(layout)
    assert len(found) == 1 and len(found[0]) == 2, found
    assert found[0][0][0].startswith("难以确保") and found[0][1][0].startswith("高度依赖"), found


# s006 p135 (WeasyPrint, Noto Sans CJK 10 pt, booktabs): annex 11's list of projects, its first
# row set bold as a header, the projects' names centred; one name wider than any above it,
# set on the middle of its row, its number beside its second line.
S006_LONG_CENTRED_NAME = [
    (10.0, [[(73.3, 95.0, 380.7, 390.7, 387.8, 'CMP', True), (97.3, 103.2, 380.7, 390.7, 387.8, '9', True)], [(232.2, 251.6, 380.7, 390.7, 387.8, 'PCT', True), (253.8, 493.8, 380.7, 390.7, 387.8, '复原力安全平台——第一期和混合期——项目完成报告', True)]]),
    (10.0, [[(73.3, 94.1, 405.2, 415.2, 412.3, 'CMP'), (96.3, 107.4, 405.2, 415.2, 412.3, '10')], [(278.0, 448.0, 405.2, 415.2, 412.3, '马德里信息技术平台——项目进展报告')]]),
    (10.0, [[(73.3, 94.1, 428.9, 438.9, 436.0, 'CMP'), (96.3, 107.4, 428.9, 438.9, 436.0, '11')], [(257.4, 468.7, 428.9, 438.9, 436.0, '一体化会议服务平台（ICSP）——项目进展报告')]]),
    (10.0, [[(73.3, 94.1, 452.6, 462.6, 459.7, 'CMP'), (96.3, 107.4, 452.6, 462.6, 459.7, '18')], [(274.1, 452.0, 452.6, 462.6, 459.7, '动态事件管理（DIM）——项目完成报告')]]),
    (10.0, [[(73.3, 94.1, 476.3, 486.3, 483.4, 'CMP'), (96.3, 107.4, 476.3, 486.3, 483.4, '21')], [(238.0, 488.0, 476.3, 486.3, 483.4, '产权组织知识产权门户网站——第二期——项目完成报告')]]),
    (10.0, [[(73.3, 94.1, 500.0, 510.0, 507.1, 'CMP'), (96.3, 107.4, 500.0, 510.0, 507.1, '22')], [(288.0, 438.0, 500.0, 510.0, 507.1, '海牙外部化项目——项目完成报告')]]),
    (10.0, [[(73.3, 94.1, 523.7, 533.7, 530.8, 'CMP'), (96.3, 107.4, 523.7, 533.7, 530.8, '24')], [(280.6, 300.6, 523.7, 533.7, 530.8, '网络'), (302.8, 323.3, 523.7, 533.7, 530.8, 'CMS'), (325.5, 445.5, 523.7, 533.7, 530.8, '技术更换——项目完成报告')]]),
    (10.0, [[(73.3, 94.1, 547.4, 557.4, 554.5, 'CMP'), (96.3, 107.4, 547.4, 557.4, 554.5, '25')], [(273.0, 453.1, 547.4, 557.4, 554.5, '财务管理系统（TMS）——项目进展报告')]]),
    (10.0, [[(73.3, 94.1, 571.1, 581.1, 578.2, 'CMP'), (96.3, 107.4, 571.1, 581.1, 578.2, '31')], [(242.9, 483.2, 571.1, 581.1, 578.2, '企业绩效管理（EPM）第二代云系统——项目进展报告')]]),
    (10.0, [[(190.1, 535.9, 594.8, 604.8, 601.9, '安全性增强、数据加密和用户管理第二期：身份认证和访问治理（IAG）——项')]]),
    (10.0, [[(73.3, 94.1, 601.7, 611.7, 608.8, 'CMP'), (96.3, 107.4, 601.7, 611.7, 608.8, '33')]]),
    (10.0, [[(338.0, 388.0, 608.7, 618.7, 615.8, '目完成报告')]]),
    (10.0, [[(73.3, 94.1, 632.4, 642.4, 639.5, 'CMP'), (96.3, 107.4, 632.4, 642.4, 639.5, '34')], [(293.0, 433.0, 632.4, 642.4, 639.5, '会议系统升级——项目完成报告')]]),
    (10.0, [[(73.3, 94.1, 656.1, 666.1, 663.2, 'CMP'), (96.3, 107.4, 656.1, 666.1, 663.2, '35')], [(283.0, 443.0, 656.1, 666.1, 663.2, '现代化强身份认证——项目进展报告')]]),
    (10.0, [[(73.3, 94.1, 679.8, 689.8, 686.9, 'CMP'), (96.3, 107.4, 679.8, 689.8, 686.9, '36')], [(238.0, 488.0, 679.8, 689.8, 686.9, '产权组织知识产权门户网站——第三期——项目进展报告')]]),
]


def test_a_long_centred_cell_under_a_lone_header_stays_in_its_table() -> None:
    """s006 p135: "安全性增强……（IAG）——项" reaches past the header's width, centred on its
    heading: the list goes on under it to "CMP 36" (once it ended there, and the rows left
    under it parted the list from its rows overleaf: two tables, annex 11's ids one ahead)."""
    regions = find_regions(PageLayout(page=135, width=595, height=842, lines=as_printed(S006_LONG_CENTRED_NAME)))
    assert len(regions) == 1 and regions[0].lines[-1].text.startswith("CMP 36"), \
        [[ln.text[:12] for ln in r.lines] for r in regions]


# s074 p34 (LibreOffice, 10.5 pt, unruled): table 12's header and section label in bold, then its
# first rows set bold as well, their figures carrying units ("20,086,245 人": no figure).
S074_BOLD_FIRST_ROWS_UNDER_A_HEADER = [
    (10.5, [[(51.1, 93.1, 56.9, 67.4, 66.7, '绩效指标', True)], [(224.6, 245.6, 56.9, 67.4, 66.7, '基准', True)], [(316.4, 337.4, 56.9, 67.4, 66.7, '目标', True)], [(397.7, 439.7, 56.9, 67.4, 66.7, '绩效数据', True)], [(479.0, 542.0, 56.9, 67.6, 66.7, '绩效指标评估', True)]]),
    (10.5, [[(51.1, 69.7, 87.6, 98.1, 96.3, '1.1', True), (72.5, 177.5, 86.5, 97.2, 96.3, '世界范围内的传播和接', True)]]),
    (10.5, [[(51.1, 177.1, 107.7, 118.4, 117.5, '触更有效，人们对知识产权', True)]]),
    (10.5, [[(51.1, 177.1, 128.8, 139.5, 138.6, '在处处改善人人生活的潜力', True)]]),
    (10.5, [[(51.1, 177.1, 150.0, 160.7, 159.8, '有更好的认识和更多的了解', True)]]),
    (10.5, [[(51.1, 177.1, 179.6, 190.4, 189.4, '产权组织网站和驻外办事处', True)], [(195.3, 261.7, 180.7, 191.2, 189.4, '20,086,245', True), (264.5, 275.0, 179.6, 190.1, 189.4, '人', True)], [(286.7, 339.2, 179.6, 190.1, 189.4, '两年期增长', True), (342.0, 367.1, 180.7, 191.2, 189.4, '20%', True)], [(378.9, 445.3, 180.7, 191.2, 189.4, '27,802,067', True), (448.1, 458.6, 179.6, 190.1, 189.4, '人', True)], [(506.0, 515.2, 180.7, 191.2, 189.4, '●', True)]]),
    (10.5, [[(51.1, 177.1, 200.8, 211.6, 210.6, '网站的唯一身份访问者人数', True)], [(383.8, 415.3, 200.8, 211.3, 210.6, '（增长', True), (418.0, 443.1, 201.9, 212.4, 210.6, '38%', True), (443.2, 453.7, 200.8, 211.3, 210.6, '）', True)]]),
    (10.5, [[(197.1, 227.1, 229.8, 240.3, 240.2, 'WNO:'), (229.9, 259.9, 229.8, 240.3, 240.2, '9,995'), (262.7, 273.2, 230.4, 240.9, 240.2, '人')], [(384.0, 414.0, 229.8, 240.3, 240.2, 'WNO:'), (416.8, 453.5, 229.8, 240.3, 240.2, '15,245')], [(506.0, 515.2, 229.8, 240.3, 240.2, '●')]]),
    (10.5, [[(379.4, 421.4, 251.6, 262.1, 261.4, '人（增长'), (424.2, 447.5, 251.0, 261.5, 261.4, '53%'), (447.5, 458.0, 251.6, 262.1, 261.4, '）')]]),
    (10.5, [[(194.0, 223.4, 280.6, 291.1, 291.0, 'WRO:'), (226.2, 262.9, 280.6, 291.1, 291.0, '18,231'), (265.8, 276.3, 281.2, 291.7, 291.0, '人')], [(377.6, 407.0, 280.6, 291.1, 291.0, 'WRO:'), (409.8, 446.5, 280.6, 291.1, 291.0, '26,787'), (449.4, 459.9, 281.2, 291.7, 291.0, '人')], [(506.0, 515.2, 280.6, 291.1, 291.0, '●')]]),
]


def test_bold_rows_under_a_bold_header_are_no_lone_header_of_their_own() -> None:
    """s074 p34: the first row set bold is no header whose first row may stand off it: only
    the line right under a lone header begins its first row so (once the bold row took the
    rows under it as a table of its own, and the header and section label were lost)."""
    regions = find_regions(PageLayout(page=34, width=595, height=842,
                                      lines=as_printed(S074_BOLD_FIRST_ROWS_UNDER_A_HEADER)))
    assert regions and regions[0].lines[0].text.startswith("绩效指标"), \
        [[ln.text[:12] for ln in r.lines[:2]] for r in regions]
