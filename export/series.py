"""The series: every fact with a row id and a column id, across every published edition.

One row per fact that canonical ids place (`row_id` × `column_id`, what the column measures
beside), so "expenditure of the Patents and Technology Sector, every edition" is a filter, not
a merge of folders by hand. `status` is the worst outcome of the checks that read the fact.
"""
from __future__ import annotations

import pandas as pd

from export.published import Published

SERIES = {
    "edition": "string", "period": "string", "table_id": "string", "row_id": "string",
    "column_id": "string", "value": "float64", "unit": "string", "page": "int64", "status": "string",
    # Extension: what the column measures, and the fact's labels and place in its table.
    "measure_id": "string", "row_label": "string", "column_label": "string",
    "row_index": "int64", "column_index": "int64",
}
_WORST_FIRST = ("fail", "rounding", "pass")


def fact_status(checks: pd.DataFrame) -> dict[tuple[str, int, int], str]:
    """(table_id, row_index, column_index) → the worst status of the checks that read it
    (checks.csv `cells`: 'T5:r9:c3;T4:r16:c1')."""
    status: dict[tuple[str, int, int], str] = {}
    if "cells" not in checks:
        return status
    for cells, outcome in zip(checks["cells"].fillna(""), checks["status"].fillna("")):
        if outcome not in _WORST_FIRST:
            continue
        for cell in filter(None, str(cells).split(";")):
            table_id, row, column = cell.rsplit(":", 2)
            key = (table_id, int(row.lstrip("r")), int(column.lstrip("c")))
            known = status.get(key)
            if known is None or _WORST_FIRST.index(outcome) < _WORST_FIRST.index(known):
                status[key] = outcome
    return status


def edition_series(edition: Published) -> pd.DataFrame:
    """The series rows of one published edition."""
    facts = edition.facts
    for column in ("period", "measure_id"):  # editions published before these columns existed
        if column not in facts:
            facts = facts.assign(**{column: ""})
    facts = facts[(facts["row_id"].fillna("") != "") & (facts["column_id"].fillna("") != "")].copy()
    status = fact_status(edition.checks)
    facts["status"] = [status.get(key, "") for key in
                       zip(facts["table_id"], facts["row_index"], facts["column_index"])]
    return facts.reindex(columns=list(SERIES)).fillna({"status": ""})


def build_series(editions: list[Published]) -> pd.DataFrame:
    """Every edition's series rows, editions in the order given, facts in printed order."""
    frames = [edition_series(edition) for edition in editions]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in SERIES.items()})
    return pd.concat(frames, ignore_index=True).astype(SERIES)
