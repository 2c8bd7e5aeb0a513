"""`wpr tables`: the generic extractor on any PDF, no report semantics."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pdfgen
from extractors.generic import parse_pages

BENCHMARK = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "icdar2013"


def wpr(*args: object):
    from wpr.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def test_parse_pages() -> None:
    assert parse_pages("1,3-5", 9) == [1, 3, 4, 5]
    assert parse_pages(None, 3) == [1, 2, 3]
    for bad in ("0", "2-1", "x", "4-12"):
        with pytest.raises(ValueError):
            parse_pages(bad, 9)


@pytest.fixture(scope="module")
def two_tables(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[pdfgen.ExpectedTable]]:
    pdf = tmp_path_factory.mktemp("generic") / "two tables.pdf"   # a space in the name on purpose
    return pdf, pdfgen.LAYOUTS["two_tables"](pdf)


def test_json_rows_page_and_bbox(two_tables) -> None:
    pdf, expected = two_tables
    result = wpr("tables", pdf, "--pages", "1")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert len(found) == len(expected) == 2
    for table, want in zip(found, expected):
        assert table["page"] == 1 and len(table["bbox"]) == 4
        assert table["rows"][-len(want.rows):] == want.rows


def test_csv_and_xlsx(two_tables, tmp_path: Path) -> None:
    pdf, expected = two_tables
    result = wpr("tables", pdf, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.count("# page 1, table") == 2
    book = tmp_path / "t.xlsx"
    assert wpr("tables", pdf, "--format", "xlsx", "-o", book).exit_code == 0
    from openpyxl import load_workbook
    sheets = load_workbook(book).worksheets
    assert [s.max_row for s in sheets] == [len(t.header) + len(t.rows) for t in expected]


def test_bad_arguments_are_one_line(two_tables) -> None:
    pdf, _ = two_tables
    for args, reason in ((["--pages", "9"], "pages 1 to 1"), (["--format", "html"], "use json, csv or xlsx"),
                         (["--format", "xlsx"], "needs --output")):
        result = wpr("tables", pdf, *args)
        assert result.exit_code == 2 and reason in result.stderr, result.stderr


def test_one_benchmark_file_end_to_end() -> None:
    """us-017 page 2 of the ICDAR 2013 competition: read from ../shared, never copied here."""
    if not (BENCHMARK / "us-017.pdf").exists():
        pytest.skip(f"ICDAR 2013 benchmark not found at {BENCHMARK} (the shared/ folder beside the project)")
    sys.path.insert(0, str(BENCHMARK.parents[1] / "tools"))
    import icdar2013

    [(page, grid)] = [t for t in icdar2013.ground_truth(BENCHMARK / "us-017-str.xml") if t[0] == 2]
    result = wpr("tables", BENCHMARK / "us-017.pdf", "--pages", str(page))
    found = [icdar2013.relations(t["rows"]) for t in json.loads(result.stdout)]
    truth = icdar2013.relations(grid)
    best = max(found, key=lambda rel: len(rel & truth))
    recall, precision = len(best & truth) / len(truth), len(best & truth) / len(best)
    assert recall >= 0.95 and precision >= 0.95, (recall, precision)


def test_pages_without_a_text_layer_are_said_not_an_empty_answer(tmp_path: Path) -> None:
    """A scan has nothing to read: one line and status 3, not `[]` and 0; some scanned pages
    among others: a warning, and the tables of the others."""
    from test_cli import scanned

    pdf = scanned(tmp_path / "scan.pdf", text_pages=1, image_pages=2)
    only_scans = wpr("tables", pdf, "--pages", "1-2")
    assert only_scans.exit_code == 3 and only_scans.stdout == ""
    assert only_scans.stderr.strip() == (f"wpr: {pdf}: no text layer on any of the 2 page(s) (scanned images?); "
                                         "run OCR on it first")
    some = wpr("tables", pdf)
    assert some.exit_code == 0 and len(json.loads(some.stdout)) == 1
    assert f"wpr: warning: {pdf}: no text layer on page(s) 1-2 of 3" in " ".join(some.stderr.split())
