"""Tables → row and column ids plus the matches frame (`matches.csv`).

Only the positions declared in `schemas/registry/positions.csv` are looked at, and
only with the kinds declared there: a 部门 column of T4 can be a sector or a total,
never an expected result, whatever its label resembles.
"""
from __future__ import annotations

import pandas as pd

from extractors.ids import table_ids
from extractors.model import Table
from matching.match import Match, match_label
from matching.registry import Registry, load_registry

MATCH_COLUMNS = {
    "edition": "string", "table_id": "string", "axis": "string", "index": "int64",
    "page": "int64", "label": "string", "kind": "string", "id": "string",
    "score": "float64", "runner_up_id": "string", "runner_up_score": "float64",
    "status": "string", "candidate_id": "string",
}

Key = tuple[str, int]


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


def _record(edition: str, table_id: str, axis: str, index: int, page: int, label: str,
            found: Match) -> dict[str, object]:
    return {
        "edition": edition, "table_id": table_id, "axis": axis, "index": index, "page": page,
        "label": label, "kind": found.kind, "id": found.id, "score": found.score,
        "runner_up_id": found.runner_up_id, "runner_up_score": found.runner_up_score,
        "status": found.status, "candidate_id": found.candidate_id,
    }


def match_tables(tables: list[Table], edition: str, registry: Registry | None = None,
                 ) -> tuple[dict[Key, str], dict[Key, str], pd.DataFrame]:
    """Row ids keyed by (table_id, row_index), column ids keyed by (table_id, column_index),
    and one matches row per non-blank label met at a declared position.

    Column 0 is the row-label column: its header names the rows' dimension, not an entity.
    """
    registry = registry or load_registry()
    row_ids: dict[Key, str] = {}
    column_ids: dict[Key, str] = {}
    records: list[dict[str, object]] = []
    for table, table_id in zip(tables, table_ids(tables)):
        kinds = registry.kinds_at(table_id, "row")
        for index, row in enumerate(table.rows if kinds else []):
            if not row or not row[0].text.strip():
                continue
            found = match_label(row[0].text, kinds, registry, edition, table_id=table_id, axis="row")
            records.append(_record(edition, table_id, "row", index, row[0].page, row[0].text, found))
            if found.id:
                row_ids[(table_id, index)] = found.id
        kinds = registry.kinds_at(table_id, "column")
        labels = table.column_labels() if kinds else []
        for index, label in enumerate(labels):
            if index == 0 or not label.strip():
                continue
            found = _column_match(label, kinds, registry, edition, table_id)
            page = table.header[-1][index].page if table.header else table.page_start
            records.append(_record(edition, table_id, "column", index, page, label, found))
            if found.id:
                column_ids[(table_id, index)] = found.id
    frame = pd.DataFrame.from_records(records, columns=list(MATCH_COLUMNS)).astype(MATCH_COLUMNS)
    return row_ids, column_ids, frame


def review_queue(matches: pd.DataFrame) -> pd.DataFrame:
    """The labels a person has to decide on: accept (add an alias) or declare not an entity."""
    return matches[matches["status"] == "review"].reset_index(drop=True)
