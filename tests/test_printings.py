"""One report printed differently must give the same cells (#14): generated pages in the
ways other renderers set a table (tests/pdfgen.py, `ISSUE14_LAYOUTS`) through the whole
extractor, checked table by table and cell by cell."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import pdfgen
from extractors.model import Table
from extractors.text import clean_text
from fonts import FontUnavailable
from pdfgen import ExpectedTable

_cache: dict[str, tuple[list[Table], list[ExpectedTable]]] = {}


def _run(name: str, factory: pytest.TempPathFactory) -> tuple[list[Table], list[ExpectedTable]]:
    if name not in _cache:
        from extractors import extract_tables
        pdf = factory.mktemp("printings") / f"{name}.pdf"
        try:
            expected = pdfgen.ISSUE14_LAYOUTS[name](pdf)
        except FontUnavailable as exc:
            pytest.skip(f"no CJK font to draw the test PDFs with: {exc}")
        _cache[name] = (extract_tables(pdf), expected)
    return _cache[name]


def _describe(tables: list[Table]) -> str:
    return "; ".join(f"[{t.caption or 'no caption'} p{t.page_start}-{t.page_end} "
                     f"{len(t.header)}+{len(t.rows)} rows x {t.n_cols} cols]" for t in tables)


@pytest.mark.parametrize("name", list(pdfgen.ISSUE14_LAYOUTS))
def test_same_cells(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    tables, expected = _run(name, tmp_path_factory)
    assert len(tables) == len(expected), f"{name}: {len(expected)} expected, got {_describe(tables)}"
    for got, want in zip(tables, expected):
        where = f"{name} / {want.caption}"
        assert (got.page_start, got.page_end) == (want.page_start, want.page_end), where
        assert clean_text(got.caption) == clean_text(want.caption), where
        assert got.column_labels() == want.column_labels(), where
        assert [[c.text for c in row] for row in got.rows] == want.rows, where


def test_rows_under_a_band_down_to_far_figures(tmp_path: Path) -> None:
    """Under a header band, a label wrapped over ten lines before its row's figures, then the
    next row's label to the page's foot: all of them the table's rows (s002, #14)."""
    from extractors import extract_tables
    pdf = tmp_path / "long_label_under_band.pdf"
    try:
        want = pdfgen.long_label_under_band(pdf)[0]
    except FontUnavailable as exc:
        pytest.skip(f"no CJK font to draw the test PDFs with: {exc}")
    tables = extract_tables(pdf, pages=[1])
    assert len(tables) == 1, _describe(tables)
    rows = [[c.text for c in row] for row in tables[0].rows]
    assert rows[0] == want.rows[0]
    assert len(rows) == 2 and want.rows[1][0].startswith(rows[1][0]) and len(rows[1][0]) >= 20, rows


def test_wrapped_years_wider_than_the_table_are_its_header(tmp_path: Path) -> None:
    """A squeezed timeline's year headings wrap, and the last one's top line reaches past the
    width the lines under it give the table: still the header's top line, not a title above
    the table, and no year is left as a figure in no cell (s015, #14)."""
    table, want = _one_table(tmp_path, pdfgen.timeline_wrapped_years)
    headings = [cell.text for row in table.header for cell in row]
    assert all(year in headings for year in want.header[0]), headings
    assert table.orphans == []


def test_years_broken_inside_their_cells_are_the_headers_years(tmp_path: Path) -> None:
    """A narrow header cell breaks its year inside the number ("202" over "3 年"): the year
    is one heading of the table's header, and no "202" is left as a figure in no cell (s044,
    #14)."""
    table, want = _one_table(tmp_path, pdfgen.timeline_years_broken)
    headings = ["".join(cell.text.split()) for row in table.header for cell in row]
    assert all("".join(year.split()) in headings for year in want.header[0]), headings
    assert table.orphans == []


def test_years_over_their_wrapped_units_are_the_headers_years(tmp_path: Path) -> None:
    """Header cells on their bottom line with a tall leading: each later year over its unit
    ("2021" over "年", "202" over "3年"). The years are headings of the header, its top line
    no caption of figures over the table, and no year a figure in no cell (s437, #14)."""
    table, want = _one_table(tmp_path, pdfgen.timeline_units_wrapped)
    headings = ["".join(cell.text.split()) for row in table.header for cell in row]
    assert all("".join(year.split()) in headings for year in want.header[0]), headings
    assert table.orphans == []
    assert not any(ch.isdigit() for ch in table.caption), table.caption


def _one_table(tmp_path: Path, layout: Callable[[Path], list[ExpectedTable]]) -> tuple[Table, ExpectedTable]:
    """The one table read from a generated page, and the one it should be."""
    from extractors import extract_tables
    pdf = tmp_path / f"{layout.__name__}.pdf"
    try:
        want = layout(pdf)[0]
    except FontUnavailable as exc:
        pytest.skip(f"no CJK font to draw the test PDFs with: {exc}")
    tables = extract_tables(pdf)
    assert len(tables) == 1, _describe(tables)
    return tables[0], want
