"""The development fixture end to end through the extractor, against its per-table truth.

Truth lives beside the project in ../shared/corpus (never copied in); without it the
truth test is skipped with a message. The golden summary (tests/golden/) pins every
table's id, pages, shape and values, so any change in what is extracted shows up;
regenerate it with WPR_UPDATE_GOLDEN=1 after checking the change is an improvement.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from extractors import Table, extract_tables
from extractors.numbers import parse_number
from extractors.text import FOOTNOTE_MARKS

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "raw" / "wpr-2022-23-zh.pdf"
TRUTH = ROOT.parent / "shared" / "corpus" / "wpr-2022-23-zh.truth.json"
GOLDEN = ROOT / "tests" / "golden" / "wpr-2022-23-zh.tables.csv"


@pytest.fixture(scope="module")
def tables() -> list[Table]:
    return extract_tables(PDF)


def norm(label: str) -> str:
    # Footnote markers first: NFKC would turn "¹" into a "1" glued to the label.
    label = "".join(ch for ch in label if ch not in FOOTNOTE_MARKS)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", label)).lower()


def keyed(rows: list[list[str]]) -> dict[tuple[str, int, int], float]:
    """(label, occurrence of the label, column) → value, for every numeric cell."""
    cells: dict[tuple[str, int, int], float] = {}
    seen: dict[str, int] = defaultdict(int)
    for row in rows:
        label = norm(row[0])
        for col, text in enumerate(row[1:], start=1):
            value = parse_number(text)
            if value is not None:
                cells[(label, seen[label], col)] = value
        seen[label] += 1
    return cells


def test_every_truth_table_located_and_cells_exact(tables: list[Table]) -> None:
    if not TRUTH.exists():
        pytest.skip(f"truth not found at {TRUTH} (the shared/ folder beside the project)")
    ours = [keyed([[c.text for c in row[:1]] + [c.raw for c in row[1:]] for row in t.rows]) for t in tables]
    total = found = 0
    missing = []
    for truth in json.loads(TRUTH.read_text(encoding="utf-8")):
        body = truth["rows"][truth.get("header_rows", 0):]
        cells = keyed(body)
        numeric = [c for row in body for c in row[1:] if parse_number(c) is not None and c.strip() not in "-–—"]
        if len(numeric) < 2 or not cells:
            continue
        hits = max(sum(1 for k, v in cells.items() if out.get(k) == v) for out in ours)
        total += len(cells)
        found += hits
        if hits < 0.5 * len(cells):
            missing.append(f"{truth['index']} {truth['caption'][:30]} {hits}/{len(cells)}")
    accuracy = found / total
    # Every table, since figures set flush right in a cell of text count as that cell's
    # (extractors.structure._join_figures_into_text): the contents list's entry with no title,
    # and the performance tables whose body rows the renderer drew inside the header band.
    assert not missing, f"truth tables not located: {missing}"
    assert accuracy >= 0.999, f"numeric cells exact {found}/{total} = {accuracy:.2%}"


def summary(tables: list[Table]) -> list[dict[str, str]]:
    rows = []
    for t in tables:
        grid = json.dumps(t.grid(), ensure_ascii=False)
        rows.append({"table_id": t.table_id, "pages": f"{t.page_start}-{t.page_end}",
                     "n_rows": str(len(t.rows)), "n_cols": str(t.n_cols), "method": t.method,
                     "caption": t.caption[:40], "sha1": hashlib.sha1(grid.encode()).hexdigest()[:12]})
    return rows


def test_golden_summary(tables: list[Table]) -> None:
    current = summary(tables)
    if os.environ.get("WPR_UPDATE_GOLDEN") or not GOLDEN.exists():
        GOLDEN.parent.mkdir(exist_ok=True)
        with open(GOLDEN, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(current[0]))
            writer.writeheader()
            writer.writerows(current)
        if not os.environ.get("WPR_UPDATE_GOLDEN"):
            pytest.fail(f"golden file was missing and has been written: {GOLDEN}; commit it")
    with open(GOLDEN, newline="", encoding="utf-8") as handle:
        golden = list(csv.DictReader(handle))
    changed = [f"{g['table_id']}: {g} → {c}" for g, c in zip(golden, current) if g != c]
    assert len(golden) == len(current), f"{len(golden)} tables in the golden file, {len(current)} now"
    assert not changed, "tables changed:\n" + "\n".join(changed[:10])


def test_core_tables_have_contract_ids(tables: list[Table]) -> None:
    ids = {t.table_id for t in tables}
    expected = {f"T{n}" for n in range(1, 9)} | {f"A{n}" for n in (1, 2, 3, 4, 5, 6, 12, 13)}
    expected |= {f"S-{s}-{k}" for s in ("PTS", "BDS", "CCIS", "RNDS", "IPS", "GCPS", "IES", "AFMS")
                 for k in ("ER", "COST")}
    assert expected <= ids, f"missing: {sorted(expected - ids)}"


def test_no_figure_left_in_no_cell(tables: list[Table]) -> None:
    # The fixture is read whole: an orphan here is a regression of the table model.
    assert {t.table_id or t.caption: [o.text for o in t.orphans] for t in tables if t.orphans} == {}
