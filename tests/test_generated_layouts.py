"""Synthetic report pages (tests/pdfgen.py) through `extract_tables`, checked cell by cell.

Every layout is generated once per test session and extracted once; the tests then
compare table count and pages, caption, header (column labels), and every body
cell with the expected cleaned text. `test_text_round_trips` checks the generated
PDF itself, so that a font problem shows up as such and not as an extractor bug.

Run: .venv/bin/python -m pytest tests/test_generated_layouts.py
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pdfplumber
import pytest

import pdfgen
from fonts import FontUnavailable
from pdfgen import SUPERSCRIPTS as FOOTNOTE_MARKS, ExpectedTable

if TYPE_CHECKING:
    from extractors.model import Table


@dataclass
class Generated:
    name: str
    pdf: Path
    expected: list[ExpectedTable]


_cache: dict[str, Generated] = {}


def _generate(name: str, factory: pytest.TempPathFactory) -> Generated:
    if name not in _cache:
        pdf = factory.mktemp("generated") / f"{name}.pdf"
        try:
            expected = pdfgen.LAYOUTS[name](pdf)
        except FontUnavailable as exc:
            pytest.skip(f"no CJK font to draw the test PDFs with: {exc}")
        _cache[name] = Generated(name, pdf, expected)
    return _cache[name]


@pytest.fixture(scope="module", params=list(pdfgen.LAYOUTS))
def generated(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return _generate(request.param, tmp_path_factory)


_extracted: dict[str, list[Table]] = {}


def _extract(gen: Generated) -> list[Table]:
    if gen.name not in _extracted:
        from extractors import extract_tables
        _extracted[gen.name] = extract_tables(gen.pdf)
    return _extracted[gen.name]


@pytest.fixture(scope="module")
def tables(generated: Generated) -> list[Table]:
    return _extract(generated)


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _describe(tables: list[Table]) -> str:
    return "; ".join(f"[{t.caption or 'no caption'} p{t.page_start}-{t.page_end} "
                     f"{len(t.header)}+{len(t.rows)} rows x {t.n_cols} cols]" for t in tables)


# --------------------------------------------------------------------------- the PDF itself

def test_text_round_trips(generated: Generated) -> None:
    """Every drawn string comes back out of pdfplumber as the same Unicode text."""
    with pdfplumber.open(generated.pdf) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        # chars in content-stream order: each cell's wrapped lines were drawn in a row
        stream = _squash("".join(ch["text"] for page in pdf.pages for ch in page.chars))
    assert "(cid:" not in text, f"font problem: CJK glyphs extracted as CIDs:\n{text[:300]}"
    wanted = [t.caption for t in generated.expected]
    wanted += [cell for t in generated.expected for row in t.header + t.rows for cell in row]
    missing = [s for s in wanted if _squash(s) not in stream]
    assert not missing, (f"font problem, not an extractor bug: drawn text not extracted "
                         f"back by pdfplumber: {missing[:8]}\nextracted:\n{text[:500]}")
    for t in generated.expected:
        assert t.caption in text


# --------------------------------------------------------------------------- the extractor

def test_table_count_and_pages(generated: Generated, tables: list[Table]) -> None:
    expected = generated.expected
    assert len(tables) == len(expected), (
        f"{generated.name}: expected {len(expected)} table(s) "
        f"({[t.caption for t in expected]}), got {len(tables)}: {_describe(tables)}")
    for got, want in zip(tables, expected):
        assert (got.page_start, got.page_end) == (want.page_start, want.page_end), \
            f"{generated.name}: {want.caption} pages"


def _pairs(generated: Generated, tables: list[Table]) -> list[tuple[Table, ExpectedTable]]:
    if len(tables) != len(generated.expected):
        pytest.fail(f"{generated.name}: {len(tables)} table(s) found, "
                    f"{len(generated.expected)} expected: {_describe(tables)}")
    return list(zip(tables, generated.expected))


def test_caption(generated: Generated, tables: list[Table]) -> None:
    for got, want in _pairs(generated, tables):
        assert got.caption == want.caption


def test_header(generated: Generated, tables: list[Table]) -> None:
    """Header rows and the header path of every column.

    Column labels are the header grid modulo where a vertically spanning cell (e.g.
    "部门" beside a two-level header) is put, which the model leaves open.
    """
    for got, want in _pairs(generated, tables):
        assert got.n_cols == len(want.header[0]), \
            f"{want.caption}: columns {got.column_labels()}"
        assert len(got.header) == len(want.header), \
            f"{want.caption}: header rows {[[c.text for c in r] for r in got.header]}"
        assert got.column_labels() == want.column_labels(), want.caption


def test_body_cells(generated: Generated, tables: list[Table]) -> None:
    """Every body cell, reported row by row (label first) so a failure shows where."""
    for got, want in _pairs(generated, tables):
        got_rows = [[c.text for c in row] for row in got.rows]
        problems = []
        for i, (g, w) in enumerate(zip(got_rows, want.rows)):
            if g != w:
                diff = {j: (gc, wc) for j, (gc, wc) in enumerate(zip(g, w)) if gc != wc}
                problems.append(f"row {i} {w[0]!r}: got {g}\n    expected {w}\n"
                                f"    differing cols (got, expected): {diff}")
        for i in range(len(want.rows), len(got_rows)):
            problems.append(f"row {i}: unexpected extra row {got_rows[i]}")
        for i in range(len(got_rows), len(want.rows)):
            problems.append(f"row {i}: missing row {want.rows[i]}")
        assert not problems, f"{generated.name} / {want.caption}:\n" + "\n".join(problems)


def test_footnote_markers_kept_in_raw(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Small raised digits are dropped from Cell.text but kept, as ¹²³, in Cell.raw."""
    gen = _generate("footnote_markers", tmp_path_factory)
    got, want = _pairs(gen, _extract(gen))[0]
    cells = got.header + got.rows
    assert want.raw, "layout has no footnote markers"
    for (r, c), raw in sorted(want.raw.items()):
        assert r < len(cells) and c < len(cells[r]), f"no cell ({r}, {c}) for {raw!r}"
        text = (want.header + want.rows)[r][c]
        got_raw = re.sub(rf"\s+(?=[{FOOTNOTE_MARKS}])", "", cells[r][c].raw).strip()
        assert (cells[r][c].text, got_raw) == (text, raw), f"cell ({r}, {c})"
