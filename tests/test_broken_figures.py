"""Figures broken over two lines of their cell, joined again (extractors.broken_figures), on
hand-made lines. Generated pages of such tables: tests/pdfgen.py `broken_figures_*`."""
from __future__ import annotations

from extractors.broken_figures import join_broken_figures, join_broken_years, join_wrapped_year_units
from extractors.layout import Line, Segment, Word
from extractors.model import Box

SIZE = 5.0
PITCH = 9.9   # a cell's lines
ROWS = 16.4   # rows, padded apart


def line(top: float, *cells: tuple[float, float, str]) -> Line:
    """A printed line: (x0, x1, text) per cell."""
    return Line([Segment([Word(text, Box(x0, top, x1, top + SIZE), SIZE)]) for x0, x1, text in cells])


def texts(lines: list[Line]) -> list[list[str]]:
    return [[s.text for s in ln.segments] for ln in lines]


def test_a_figures_foot_under_its_row_joins_it() -> None:
    lines = [line(0, (10, 40, "中国"), (100, 126, "557,237.23"), (140, 166, "239,107.62")),
             line(ROWS, (10, 60, "法国(工业产权)"), (100, 127, "1,045,396.3"), (140, 166, "5,996.36")),
             line(ROWS + PITCH, (124, 127, "8")),
             line(2 * ROWS + PITCH, (10, 40, "意大利"), (101, 126, "43,799.12"), (140, 166, "329.59"))]
    assert texts(join_broken_figures(lines)) == [
        ["中国", "557,237.23", "239,107.62"],
        ["法国(工业产权)", "1,045,396.38", "5,996.36"],
        ["意大利", "43,799.12", "329.59"]]


def test_a_figures_head_over_its_row_joins_it_there() -> None:
    """Cells on their bottom: the head stands alone above the row's line, which has the foot;
    a head ending in its decimal point is no figure at all."""
    lines = [line(0, (10, 40, "中国"), (100, 126, "557,237.23"), (140, 166, "239,107.62")),
             line(ROWS, (100, 127, "1,045,396.3"), (140, 166, "17,347,988.")),
             line(ROWS + PITCH, (10, 60, "法国(工业产权)"), (112, 115, "8"), (150, 155, "16"))]
    joined = join_broken_figures(lines)
    assert texts(joined) == [["中国", "557,237.23", "239,107.62"],
                             ["法国(工业产权)", "1,045,396.38", "17,347,988.16"]]
    assert joined[1].segments[1].box == Box(100, ROWS, 127, ROWS + PITCH + SIZE)


def test_two_rows_each_beside_its_label_are_not_joined() -> None:
    lines = [line(0, (10, 40, "中国"), (100, 126, "557,237.23")),
             line(ROWS, (10, 40, "小计"), (100, 127, "1,045,396.3")),
             line(ROWS + PITCH, (10, 40, "其他"), (124, 127, "8"))]
    assert texts(join_broken_figures(lines)) == texts(lines)


def test_a_figure_the_column_prints_whole_is_not_a_head() -> None:
    """Its decimals are the column's, or it did not fill its cell: the line under it is a row."""
    lines = [line(0, (10, 40, "中国"), (100, 127, "1,045,396.4")),
             line(ROWS, (10, 40, "日本"), (100, 127, "2,045,396.5")),
             line(ROWS + PITCH, (124, 127, "8"))]
    assert texts(join_broken_figures(lines)) == texts(lines)
    narrow = [line(0, (10, 40, "中国"), (100, 126, "557,237.23")),
              line(ROWS, (10, 40, "日本"), (110, 126, "7,237.2")),
              line(ROWS + PITCH, (124, 126, "3"))]
    assert texts(join_broken_figures(narrow)) == texts(narrow)


def test_a_foot_as_far_below_as_the_rows_stand_apart_is_a_row() -> None:
    """Rows set as close as a cell's lines: nothing says the line under is not a row."""
    lines = [line(0, (10, 40, "中国"), (100, 126, "557,237.23")),
             line(PITCH, (10, 60, "法国(工业产权)"), (100, 127, "1,045,396.3")),
             line(2 * PITCH, (124, 127, "8")),
             line(3 * PITCH, (10, 40, "意大利"), (101, 126, "43,799.12"))]
    assert texts(join_broken_figures(lines)) == texts(lines)


def words_line(top: float, *cells: tuple[float, str]) -> Line:
    """A printed line of cells of several words: (x0, text) per cell, 3 pt a character."""
    segments = []
    for x0, text in cells:
        words, x = [], x0
        for token in text.split():
            words.append(Word(token, Box(x, top, x + 3 * len(token), top + SIZE), SIZE))
            x += 3 * len(token) + 1.5
        segments.append(Segment(words))
    return Line(segments)


def test_a_year_broken_in_a_narrow_header_cell_is_whole_on_its_first_line() -> None:
    lines = [words_line(0, (10, "2022 年"), (100, "202"), (140, "202")),
             words_line(6, (100, "3 年"), (140, "4 年")),
             words_line(20, (10, "第一季度"), (100, "第二季度"))]
    joined = join_broken_years(lines)
    assert texts(joined) == [["2022 年", "2023", "2024"], ["年", "年"], ["第一季度", "第二季度"]]
    assert joined[0].segments[1].box == Box(100, 0, 112, SIZE)


def test_years_over_their_wrapped_units_join_the_line_that_keeps_text() -> None:
    """Cells on their bottom line: the years alone on the top line go down to their units, beside
    the first year printed whole; on their top line, the units come up; a year run into its
    unit ("3年") is parted before it joins."""
    bottom = [words_line(0, (100, "2021"), (140, "202")),
              words_line(6, (10, "2020 年"), (104, "年"), (140, "3年"))]
    joined = join_wrapped_year_units(join_broken_years(bottom))
    assert texts(joined) == [["2020 年", "2021 年", "2023 年"]]
    assert joined[0].segments[1].box.top == 6
    top = [words_line(0, (10, "2020 年"), (100, "2021")), words_line(6, (104, "年"))]
    assert texts(join_wrapped_year_units(top)) == [["2020 年", "2021 年"]]


def test_a_unit_under_no_year_or_a_row_apart_stays() -> None:
    not_a_year = [words_line(0, (10, "甲"), (100, "1,045")), words_line(6, (104, "年"))]
    assert texts(join_wrapped_year_units(not_a_year)) == texts(not_a_year)
    apart = [words_line(0, (100, "2021")), words_line(11, (104, "年"))]
    assert texts(join_wrapped_year_units(apart)) == texts(apart), "more than a line's height apart"
    more = [words_line(0, (100, "2021")), words_line(6, (104, "年 预算"))]
    assert texts(join_wrapped_year_units(more)) == texts(more), "a cell's text, no unit alone"


def test_figures_of_two_rows_are_no_broken_year() -> None:
    """The line under holds a figure alone, or a figure after the digits: rows of figures."""
    alone = [words_line(0, (10, "甲"), (100, "202")), words_line(6, (10, "乙"), (100, "3"))]
    assert texts(join_broken_years(alone)) == texts(alone)
    figures = [words_line(0, (100, "20")), words_line(6, (100, "23 1,045"))]
    assert texts(join_broken_years(figures)) == texts(figures)
    apart = [words_line(0, (100, "202")), words_line(10, (100, "3 年"))]
    assert texts(join_broken_years(apart)) == texts(apart), "a line's height apart: two rows"


def test_figures_broken_in_most_rows_of_a_column_are_joined() -> None:
    """A narrow column where most figures broke ("557,237.2" / "3"): the halves are most of
    its figures, so the decimals it prints are those of its figures that did not break."""
    rows = [("甲", "6,446.23", None), ("乙", "557,237.2", "3"), ("丙", "410,762.2", "3"),
            ("丁", "97,284.50", None), ("戊", "168,522.7", "5"), ("己", "122,647.2", "9")]
    lines, top = [], 0.0
    for label, head, tail in rows:
        lines.append(line(top, (10, 40, label), (100, 124, head)))
        if tail:
            lines.append(line(top + PITCH, (121, 124, tail)))
        top += ROWS + (PITCH if tail else 0)
    assert texts(join_broken_figures(lines)) == [[label, head + (tail or "")] for label, head, tail in rows]
