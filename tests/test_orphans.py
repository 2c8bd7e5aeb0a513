"""Figures a table printed but no cell holds are found, attached to their table, published as
failed `extraction` checks and shown in report.html."""
from __future__ import annotations

import csv

import pandas as pd

from conftest import make_pdf
from export.edition import build_edition
from export.publish import publish
from extractors.layout import Line, PageLayout, Segment, Word
from extractors.model import Box, Cell, Table
from extractors.orphans import Orphan, assign_orphans, page_orphans
from schemas import run_checks

SIZE = 10.0


def line(top: float, *cells: tuple[float, str]) -> Line:
    return Line([Segment([Word(text, Box(x0, top, x0 + 6 * len(text), top + SIZE), SIZE)]) for x0, text in cells])


def cell_of(line_: Line, index: int, page: int = 1) -> Cell:
    segment = line_.segments[index]
    return Cell(segment.text, segment.text, page, segment.box)


# A three-column table read with its first two body rows only; the third row sits right under
# it, a figure of the second row (column 3) was not taken, and a page number is far below.
HEADER = line(100, (72, "Sector"), (250, "2022"), (350, "2023"))
ROW1 = line(115, (72, "Patents"), (250, "1,200"), (350, "1,300"))
ROW2 = line(130, (72, "Brands"), (250, "456"), (350, "567"))
ROW3 = line(145, (72, "Total"), (250, "1,656"), (350, "1,867"))
PAGE_NUMBER = line(800, (300, "12"))


def read_table(page: int = 1) -> Table:
    rows = [[cell_of(ROW1, i, page) for i in range(3)], [cell_of(ROW2, 0, page), cell_of(ROW2, 1, page),
                                                         Cell("", "", page, None)]]
    return Table(page_start=page, page_end=page, bbox=Box(72, 100, 380, 140),
                 header=[[cell_of(HEADER, i, page) for i in range(3)]], rows=rows, quality=1.0, table_id="T5")


def test_figures_in_no_cell_inside_and_just_below_the_table_are_orphans():
    layout = PageLayout(page=1, width=595, height=842, lines=[HEADER, ROW1, ROW2, ROW3, PAGE_NUMBER])
    orphans = page_orphans(layout, [read_table()])
    assert [o.text for o in orphans] == ["567", "1,656", "1,867"]  # not the page number, not "Total"


def test_a_table_read_whole_has_no_orphans():
    layout = PageLayout(page=1, width=595, height=842, lines=[HEADER, ROW1, ROW2, PAGE_NUMBER])
    whole = read_table()
    whole.rows[1][2] = cell_of(ROW2, 2)
    assert page_orphans(layout, [whole]) == []


def test_orphans_go_to_the_nearest_table_of_their_page():
    first, second = read_table(page=3), read_table(page=4)
    orphan = Orphan(4, "567", ROW2.segments[2].box)
    assert assign_orphans([orphan], [first, second]) == [[], [orphan]]


def test_orphans_are_published_as_extraction_checks_and_shown(tmp_path):
    table = read_table()
    table.orphans = [Orphan(1, "1,656", ROW3.segments[1].box), Orphan(1, "1,867", ROW3.segments[2].box)]
    data = build_edition([table], "ed")
    data.checks = run_checks(data.facts, orphans=data.orphans)
    out = publish(data, tmp_path / "out", make_pdf(tmp_path / "x.pdf", "orphans"))

    with open(out / "checks.csv", newline="", encoding="utf-8") as handle:
        extraction = [row for row in csv.DictReader(handle) if row["kind"] == "extraction"]
    assert [(r["table_id"], r["page"], r["status"], r["found"]) for r in extraction] == [
        ("T5", "1", "fail", "1656.0"), ("T5", "1", "fail", "1867.0")]
    assert float(extraction[0]["x0"]) == ROW3.segments[1].box.x0
    tables = pd.read_csv(out / "tables.csv", dtype=str, keep_default_na=False)
    assert tables.loc[0, "orphans"] == "2"
    assert float(tables.loc[0, "quality"]) < 1.0
    assert "2 figure(s) printed in the table but in no cell" in tables.loc[0, "doubts"]
    report = (out / "report.html").read_text(encoding="utf-8")
    check = report[report.index("extraction:T5:orphan1"):]
    assert "is in no cell of the table" in check
    assert "<svg" in check[:check.index("extraction:T5:orphan2")]  # its picture, before the next check
