"""What goes wrong in an extraction: every numeric truth cell that score.py did not find,
given a failure class by comparing the truth table with the published table that holds most of
its figures (by label, else by the figures themselves).

Classes, per missing cell:
  table not found      no published table holds a quarter of the truth table's figures
  label cut            the row's figures are there under a label that is the start of the truth's
  label runs on        ... under a label that starts with the truth's and goes on (next row's text joined)
  label differs        ... under another label (merged with a neighbour's text, garbled)
  figures without label  ... in a row with no label
  figure lost          the row (same label) is there but this figure is in no cell of it
  occurrence shift     the row is there, but an earlier row of the same label (小计 …) was lost
                       or merged, so it is counted as the wrong one of its label
  column shift         the row holds the figure, in another column
  wrong value          the row's cell of that column holds another figure
  row in another table the row's figures are in a different published table
  row lost             the row's figures are nowhere in the table
Per table: merged tables (two truth tables read as one published table), split at page
breaks / split on a page (its figures spread over several published tables).
"""
from __future__ import annotations

import csv
import importlib.util
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from benchmarks.renderings.corpus import Rendering
from benchmarks.renderings.document import load_truth
from benchmarks.renderings.paths import EDITIONS, SCORE
from benchmarks.renderings.scoreboard import edition_dir

console = Console()


def _score_module():
    """../shared/tools/score.py read in place: its label and number rules are the measure's."""
    spec = importlib.util.spec_from_file_location("wpr_shared_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _score_module()


@dataclass
class Row:
    table_id: str
    index: int
    label: str
    page: int
    cells: dict[int, float] = field(default_factory=dict)


@dataclass
class Finding:
    kind: str
    truth_index: int
    caption: str
    table_id: str
    page: int | str
    detail: str
    cells: int = 1


def read_rows(edition: Path) -> dict[str, list[Row]]:
    """Published table id → its rows of figures, in order."""
    rows: dict[tuple[str, int], Row] = {}
    with open(edition / "facts.csv", newline="", encoding="utf-8") as handle:
        for fact in csv.DictReader(handle):
            key = (fact["table_id"], int(fact["row_index"]))
            row = rows.setdefault(key, Row(key[0], key[1], fact["row_label"], int(fact["page"])))
            row.cells[int(fact["column_index"])] = float(fact["value"])
    tables: dict[str, list[Row]] = defaultdict(list)
    for (table_id, _), row in sorted(rows.items(), key=lambda item: item[0]):
        tables[table_id].append(row)
    return tables


def truth_rows(entry: dict) -> list[tuple[str, dict[int, float]]]:
    """(label as printed, column → value) of the truth's body rows with figures."""
    out = []
    for row in entry["rows"][entry.get("header_rows", 0):]:
        cells = {col: v for col, cell in enumerate(row[1:], start=1) if (v := score.parse_number(cell)) is not None}
        if row and cells:
            out.append((row[0], cells))
    return out


def _overlap(a: dict[int, float], b: dict[int, float]) -> int:
    """Figures two rows share, whatever their columns."""
    left = Counter(round(v, 6) for v in a.values())
    return sum((left & Counter(round(v, 6) for v in b.values())).values())


def _best_table(values: dict[int, float], tables: dict[str, list[Row]]) -> tuple[str | None, int]:
    pool = Counter(round(v, 6) for v in values.values())
    best, hits = None, 0
    for table_id, rows in tables.items():
        found = sum((pool & Counter(round(v, 6) for row in rows for v in row.cells.values())).values())
        if found > hits:
            best, hits = table_id, found
    return best, hits


def diagnose_table(entry: dict, table_id: str | None, tables: dict[str, list[Row]]) -> list[Finding]:
    """Each missing cell of one truth table, classed."""
    expected = score.truth_cells(entry)
    rows = truth_rows(entry)
    caption = entry.get("caption", "")[:30]
    all_values = {i: v for i, v in enumerate(expected.values())}
    by_values, hits = _best_table(all_values, tables)
    if table_id is None or (by_values and hits > 2 * sum(1 for _ in expected) // 3 and by_values != table_id):
        table_id = by_values if hits >= len(expected) / 4 else None
    if table_id is None:
        return [Finding("table not found", entry["index"], caption, "", "", f"{len(expected)} figures", len(expected))]
    findings, seen = [], Counter()
    out_rows = tables[table_id]
    for label, cells in rows:
        key = score.norm_label(label)
        occurrence = seen[key]
        seen[key] += 1
        findings += _diagnose_row(entry["index"], caption, label, occurrence, cells, table_id, out_rows, tables)
    return findings


def _diagnose_row(index: int, caption: str, label: str, occurrence: int, cells: dict[int, float],
                  table_id: str, out_rows: list[Row], tables: dict[str, list[Row]]) -> list[Finding]:
    key = score.norm_label(label)
    same = [row for row in out_rows if score.norm_label(row.label) == key]
    short = label[:24]
    if len(same) > occurrence and _alike(cells, same[occurrence]):
        return _cells_of(index, caption, short, cells, same[occurrence], table_id)
    if any(_alike(cells, row) for row in same):  # an earlier row of this label was lost or merged
        row = next(row for row in same if _alike(cells, row))
        return [Finding("occurrence shift", index, caption, table_id, row.page,
                        f"{short!r} #{occurrence + 1} read as #{same.index(row) + 1} of its label", len(cells))]
    match = max(out_rows, key=lambda row: _overlap(cells, row.cells), default=None)
    if match is not None and _alike(cells, match):
        kind = _label_kind(key, score.norm_label(match.label))
        return [Finding(kind, index, caption, table_id, match.page,
                        f"{short!r} printed as {match.label[:40]!r}", len(cells))]
    if len(same) > occurrence:  # the row is there by its label, its figures are not
        return _cells_of(index, caption, short, cells, same[occurrence], table_id)
    elsewhere = [(tid, row) for tid, rows in tables.items() if tid != table_id for row in rows
                 if score.norm_label(row.label) == key and _alike(cells, row)]
    if elsewhere:
        tid, row = elsewhere[0]
        return [Finding("row in another table", index, caption, tid, row.page, f"{short!r} in {tid}", len(cells))]
    anywhere = [(tid, row) for tid, rows in tables.items() if tid != table_id for row in rows
                if len(cells) > 1 and _alike(cells, row)]
    if anywhere:
        tid, row = anywhere[0]
        return [Finding("row in another table", index, caption, tid, row.page,
                        f"{short!r} in {tid} as {row.label[:30]!r}", len(cells))]
    return [Finding("row lost", index, caption, table_id, "", f"{short!r}: {len(cells)} figures", len(cells))]


def _alike(cells: dict[int, float], row: Row) -> bool:
    """The published row holds most of the truth row's figures (one alone: in its column)."""
    if len(cells) == 1:
        (col, value), = cells.items()
        return col in row.cells and score.same(row.cells[col], value)
    return _overlap(cells, row.cells) >= max(2, -(-2 * len(cells) // 3))


def _label_kind(truth: str, got: str) -> str:
    if not got:
        return "figures without label"
    if truth.startswith(got):
        return "label cut"
    if got.startswith(truth):
        return "label runs on"
    return "label differs"


def _cells_of(index: int, caption: str, label: str, cells: dict[int, float], row: Row,
              table_id: str) -> list[Finding]:
    findings = []
    for col, value in cells.items():
        if col in row.cells and score.same(row.cells[col], value):
            continue
        if any(score.same(v, value) for v in row.cells.values()):
            at = [c for c, v in row.cells.items() if score.same(v, value)][0]
            kind, detail = "column shift", f"{label!r}: {value:g} in column {at}, not {col}"
        elif col in row.cells:
            kind, detail = "wrong value", f"{label!r} column {col}: {row.cells[col]:g} for {value:g}"
        else:
            kind, detail = "figure lost", f"{label!r} column {col}: {value:g} in no cell"
        findings.append(Finding(kind, index, caption, table_id, row.page, detail))
    return findings


def read_pages(edition: Path) -> dict[str, tuple[int, int]]:
    """Published table id → (first page, last page)."""
    with open(edition / "tables.csv", newline="", encoding="utf-8") as handle:
        return {t["table_id"]: (int(t["page_start"]), int(t["page_end"])) for t in csv.DictReader(handle)}


def table_findings(per_table: list[dict], tables: dict[str, list[Row]], truth: dict[int, dict],
                   pages: dict[str, tuple[int, int]]) -> list[Finding]:
    """Merged: two truth tables best read by one published table; split: a truth table whose
    figures are spread over several published tables, at page breaks (each part on its own
    pages, one after the other) or on one page."""
    findings = []
    by_output = defaultdict(list)
    for row in per_table:
        if row["table_id"] and row["found"] >= row["cells"] / 2:
            by_output[row["table_id"]].append(row["index"])
    for table_id, indices in by_output.items():
        bodies = {json.dumps(sorted(score.truth_cells(truth[i]).items())) for i in indices}
        if len(indices) > 1 and len(bodies) > 1:  # tables printing the same figures are no merge
            findings.append(Finding("merged tables", indices[0], truth[indices[0]].get("caption", "")[:30], table_id,
                                    pages.get(table_id, ("",))[0], f"truth tables {indices} read as {table_id}", 0))
    for row in per_table:
        homes = Counter(_row_homes(truth[row["index"]], tables))
        holders = sorted((tid for tid, n in homes.items() if n >= 2), key=lambda tid: pages.get(tid, (0, 0)))
        if len(holders) > 1 and row["found"] < row["cells"]:
            spans_ = sorted(pages.get(tid, (0, 0)) for tid in holders)
            apart = all(b[0] > a[1] for a, b in zip(spans_, spans_[1:]))
            where = ", ".join(f"{tid} p{pages.get(tid, ('?',))[0]}" for tid in holders)
            findings.append(Finding("split at page breaks" if apart else "split on a page", row["index"],
                                    row["caption"][:30], ",".join(holders), spans_[0][0], where, 0))
    return findings


def _row_homes(entry: dict, tables: dict[str, list[Row]]) -> list[str]:
    """The published table each truth row is found in (same label, most of its figures)."""
    homes = []
    for label, cells in truth_rows(entry):
        key = score.norm_label(label)
        homes += [next((tid for tid, rows in tables.items()
                        if any(score.norm_label(r.label) == key and _alike(cells, r) for r in rows)), None)]
    return [home for home in homes if home]


def diagnose(edition: Path, truth_entries: list[dict] | None = None) -> tuple[dict, list[Finding]]:
    truth_entries = truth_entries or load_truth()
    result = score.score(edition, truth_entries)
    tables = read_rows(edition)
    by_index = {entry["index"]: entry for entry in truth_entries}
    findings = []
    for row in result["per_table"]:
        if row["found"] < row["cells"]:
            findings += diagnose_table(by_index[row["index"]], row["table_id"], tables)
    return result, findings + table_findings(result["per_table"], tables, by_index, read_pages(edition))


def summary(findings: list[Finding]) -> Counter:
    """Failure class → missing cells (table classes count tables)."""
    counts = Counter()
    for finding in findings:
        counts[finding.kind] += finding.cells or 1
    return counts


def report(renderings: list[Rendering], examples: int = 4) -> dict:
    """Print each rendering's failure classes with examples; return them all (also written
    to .corpus/diagnosis.json)."""
    everything = {}
    for rendering in renderings:
        edition = edition_dir(EDITIONS / rendering.name)
        if edition is None:
            console.print(f"{rendering.name}: no edition (run make scoreboard first)")
            continue
        result, findings = diagnose(edition)
        console.rule(f"{rendering.name}  {result['cell_accuracy']:.2%}  {rendering.style.describe()}")
        for kind, count in summary(findings).most_common():
            console.print(f"[bold]{kind}[/]: {count}")
            for f in [f for f in findings if f.kind == kind][:examples]:
                console.print(f"    table {f.truth_index} {f.caption!r} → {f.table_id} p{f.page}: {f.detail}")
        everything[rendering.name] = {"accuracy": result["cell_accuracy"], "classes": dict(summary(findings)),
                                      "findings": [f.__dict__ for f in findings]}
    (EDITIONS.parent / "diagnosis.json").write_text(json.dumps(everything, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
    return everything
