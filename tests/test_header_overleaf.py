"""A header broken by the page (extractors.header_overleaf), on hand-made tables: WeasyPrint
left A7's caption and its header's first row at the foot of p79 (read there as a table of
one row of text), its years over the rows on p80 (s033)."""
from __future__ import annotations

from extractors.header_overleaf import header_upper_rows
from extractors.model import Box, Cell, Table
from extractors.structure import Column

SIZE = 9.5
COLUMNS = [(54, 111), (272, 301), (314, 343), (356, 386), (398, 428), (440, 470), (488, 506), (531, 548)]


def cell(text: str, x0: float, x1: float, top: float, page: int) -> Cell:
    return Cell(text, text, page, Box(x0, top, x1, top + SIZE))


def overleaf() -> Table:
    years = [cell("", 0, 0, 0, 80)] + [cell(f"{2019 + i} 年", x0 - 2, x1 + 2, 52.2, 80)
                                      for i, (x0, x1) in enumerate(COLUMNS[1:6])] + [cell("", 0, 0, 0, 80)] * 2
    years[0] = years[6] = years[7] = Cell("", "", 80)
    row = [cell(t, x0, x1, 70.9, 80) for t, (x0, x1) in
           zip(["中国", "60,997", "72,338", "73,452", "74,409", "73,812", "27.1", "-0.8"], COLUMNS)]
    return Table(page_start=80, page_end=80, bbox=Box(54, 52, 548, 80), header=[years], rows=[row], text_size=SIZE)


def foot(cells: list[Cell]) -> Table:
    return Table(page_start=79, page_end=79, bbox=Box(54, 673, 557, 727), rows=[cells], text_size=SIZE)


def test_a_row_of_headings_at_the_foot_heads_the_header_overleaf() -> None:
    upper = foot([cell("受理局", 54, 82, 717.9, 79), cell("国际申请年份", 342, 399, 717.9, 79),
                  cell("2023 年份额 (%)", 478, 516, 703.2, 79), cell("与 2022 年相比的变化 (%)", 522, 557, 673.7, 79)])
    rows = header_upper_rows(upper, overleaf(), [Column(x0, x1) for x0, x1 in COLUMNS])
    assert rows is not None
    labels = [" / ".join(r[j].text for r in rows if r[j].text) for j in range(len(COLUMNS))]
    assert labels[0] == "受理局" and labels[6:] == ["2023 年份额 (%)", "与 2022 年相比的变化 (%)"]
    assert all(label.endswith(f"{2019 + i} 年") for i, label in enumerate(labels[1:6]))


def test_figures_at_the_foot_are_no_header() -> None:
    upper = foot([cell("其他", 54, 82, 717.9, 79), cell("16,244", 272, 301, 717.9, 79)])
    assert header_upper_rows(upper, overleaf(), [Column(x0, x1) for x0, x1 in COLUMNS]) is None
