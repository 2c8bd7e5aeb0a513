"""Tables → row and column ids plus the matches frame (`matches.csv`).

Only the positions declared in `schemas/registry/positions.csv` are looked at, and
only with the kinds declared there: a 部门 column of T4 can be a sector or a total,
never an expected result, whatever its label resembles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from extractors.ids import table_ids
from extractors.model import Table
from extractors.numbers import parse_number
from extractors.text import clean_text
from matching.match import Match, match_label
from matching.normalise import normalise
from matching.registry import MEASURE, Registry, load_registry

MATCH_COLUMNS = {
    "edition": "string", "table_id": "string", "axis": "string", "index": "int64",
    "page": "int64", "label": "string", "kind": "string", "id": "string",
    "score": "float64", "runner_up_id": "string", "runner_up_score": "float64",
    "status": "string", "candidate_id": "string",
}

Key = tuple[str, int]
# A printed period: 2022/23, 2022/2023, 2022-23 (a biennium) or 2023 (a year).
PERIOD = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d{2})(?:\s*[/／\-–]\s*(?P<second>(?:19|20)?\d{2}))?(?!\d)")


def _column_match(label: str, kinds: tuple[str, ...], registry: Registry, edition: str,
                  table_id: str) -> Match:
    """Match the most specific header level first ("部门 / 专利" → 专利); when it is not an
    entity (a measure like "预算" under "PCT 联盟"), try the levels above it."""
    levels = [part for part in label.split(" / ") if part.strip()]
    first: Match | None = None
    for level in reversed(levels):
        found = match_label(level, kinds, registry, edition, table_id=table_id, axis="column")
        first = first or found
        if found.id:
            return found
    assert first is not None
    return first


def _measure_match(label: str, registry: Registry, edition: str, table_id: str) -> Match | None:
    """What a column measures: its whole header path first ("调剂使用占比% / 部门"), then the
    path without its top levels (a spanner read over it: "调剂使用 / 调剂使用占比% / 部门"),
    then each level, most specific first, periods left out; None when no level is more than a
    period. Each path is also tried with its levels run together: a header cell's lines set
    apart like two header rows ("2022/23 年调剂使 / 用后最终预算", LibreOffice) are one name."""
    kind = registry.kinds[MEASURE]
    levels = [level for level in label.split(" / ") if kind.form(normalise(level))]
    paths = [levels[i:] for i in range(len(levels) - 1)]
    first: Match | None = None
    for text in [form for path in paths for form in (" / ".join(path), "".join(path))] + levels[::-1]:
        found = match_label(text, (MEASURE,), registry, edition, table_id=table_id, axis=MEASURE)
        first = first or found
        if found.id:
            return found
    return first


def period_of(label: str, edition: str) -> str:
    """The biennium or year a column is about: the most specific period its header prints
    ('2022/23 年支出' → '2022/23', '收入概算 / 2023 年' → '2023'), else the edition's."""
    for level in reversed(label.split(" / ")):
        if found := PERIOD.search(clean_text(level)):
            return _period(found)
    found = PERIOD.search(edition)  # wpr-2022-23-zh
    return _period(found) if found else ""


def _period(found: re.Match[str]) -> str:
    first, second = found["first"], found["second"]
    return f"{first}/{second[-2:]}" if second else first


def _record(edition: str, table_id: str, axis: str, index: int, page: int, label: str,
            found: Match) -> dict[str, object]:
    return {
        "edition": edition, "table_id": table_id, "axis": axis, "index": index, "page": page,
        "label": label, "kind": found.kind, "id": found.id, "score": found.score,
        "runner_up_id": found.runner_up_id, "runner_up_score": found.runner_up_score,
        "status": found.status, "candidate_id": found.candidate_id,
    }


@dataclass
class TableMatches:
    """Canonical ids keyed by (table_id, row or column index), and the matches.csv frame.
    A column's id is its entity's (a sector, a union) or, when it names none, its measure's."""
    row_ids: dict[Key, str] = field(default_factory=dict)
    column_ids: dict[Key, str] = field(default_factory=dict)
    measure_ids: dict[Key, str] = field(default_factory=dict)
    frame: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(MATCH_COLUMNS)))


def match_tables(tables: list[Table], edition: str, registry: Registry | None = None) -> TableMatches:
    """Row, column and measure ids of every table, and one matches row per non-blank label
    met at a declared position (axis `measure` for what a column measures).

    Column 0 is the row-label column: its header names the rows' dimension, not an entity.
    """
    registry = registry or load_registry()
    found_ids = TableMatches()
    records: list[dict[str, object]] = []
    for table, table_id in zip(tables, table_ids(tables)):
        kinds = registry.kinds_at(table_id, "row")
        for index, row in enumerate(table.rows if kinds else []):
            if not row or not row[0].text.strip():
                continue
            found = match_label(row[0].text, kinds, registry, edition, table_id=table_id, axis="row")
            records.append(_record(edition, table_id, "row", index, row[0].page, row[0].text, found))
            if found.id:
                found_ids.row_ids[(table_id, index)] = found.id
        records += _match_columns(table, table_id, edition, registry, found_ids)
    found_ids.frame = pd.DataFrame.from_records(records, columns=list(MATCH_COLUMNS)).astype(MATCH_COLUMNS)
    return found_ids


def _match_columns(table: Table, table_id: str, edition: str, registry: Registry,
                   found_ids: TableMatches) -> list[dict[str, object]]:
    kinds, measured = registry.kinds_at(table_id, "column"), registry.measured(table_id)
    labels = table.column_labels() if kinds or measured else []
    records = []
    for index, label in enumerate(labels):
        if index == 0 or not label.strip():
            continue
        page = table.header[-1][index].page if table.header else table.page_start
        key = (table_id, index)
        if kinds:
            found = _column_match(label, kinds, registry, edition, table_id)
            records.append(_record(edition, table_id, "column", index, page, label, found))
            if found.id:
                found_ids.column_ids[key] = found.id
        numeric = measured and any(index < len(row) and parse_number(row[index].text) is not None for row in table.rows)
        measure = _measure_match(label, registry, edition, table_id) if numeric else None
        # A column that names an entity (T4's sectors) need not name a measure: only one with
        # neither is left for a reviewer.
        if measure is not None and (measure.id or key not in found_ids.column_ids):
            records.append(_record(edition, table_id, MEASURE, index, page, label, measure))
            if measure.id:
                found_ids.measure_ids[key] = measure.id
                found_ids.column_ids.setdefault(key, measure.id)
    return records


def review_queue(matches: pd.DataFrame) -> pd.DataFrame:
    """The labels a person has to decide on: accept (add an alias) or declare not an entity."""
    return matches[matches["status"] == "review"].reset_index(drop=True)
