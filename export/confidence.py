"""How far a table's reading can be vouched for, once it is matched and checked.

The extractor's `quality` says how well the printed grid was read; what it cannot see is found
later: labels cut mid-phrase (a wrapped label split between two rows), rows of figures with no
text at all, labels at an entity position that match no canonical id, sums that fail far
beyond rounding (a structure read wrong more often than a report that does not add up),
figures printed inside the table that landed in no cell, and checks a reviewer decided are an
extraction error (`wpr review check … --as extraction`). Each lowers the published `quality`
and is named in `doubts`, so a table nobody can vouch for says so in tables.csv and comes
first in report.html.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from extractors.model import Cell, Table
from extractors.numbers import parse_number

# A label cut mid-phrase: starts with what closes or continues a phrase, ends with what opens
# one, or leaves a bracket open. Chinese and English punctuation alike.
_CUT_START = re.compile(r"^[)）\]】》」』,，、;；:：.。]")
_CUT_END = re.compile(r"[(（\[【《「『,，、;；:：和及与或的]$")
_PAIRS = ("()", "（）", "【】", "《》", "[]")
# A sum off by more than this many times its rounding tolerance is a failure of the reading
# as much as of the report: both are worth a reviewer's look.
FAR_BEYOND_ROUNDING = 10.0
SUM_KINDS = ("row_sum", "column_sum", "percent")

_REASONS = {
    "cut_labels": "label(s) cut mid-phrase",
    "rows_without_label": "row(s) of figures without any label",
    "unmatched_labels": "label(s) at an entity position matching no id",
    "sums_far_off": "sum(s) failing far beyond rounding",
    "orphans": "figure(s) printed in the table but in no cell",
    "decided_extraction": "check(s) a reviewer decided are an extraction error",
    # extractors.ids: read apart from the table above it, numbered with it rather than merged
    "piece": "second piece of the table above it (no heading between): numbered with it, not merged",
}
# A reviewer said the reading is wrong: no share of the table can be vouched for.
DECIDED_EXTRACTION = 0.5


@dataclass
class Confidence:
    """One table's doubts (reason → count) and the quality they leave."""
    quality: float
    doubts: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        """'2 label(s) cut mid-phrase; 1 sum(s) failing far beyond rounding' ('' when none)."""
        return "; ".join(f"{n} {_REASONS[reason]}" for reason, n in self.doubts.items() if n)


def cut_label(text: str) -> bool:
    text = text.strip()
    if not text:
        return False
    if _CUT_START.search(text) or _CUT_END.search(text):
        return True
    return any(text.count(a) != text.count(b) for a, b in _PAIRS)


def _is_figure(cell: Cell) -> bool:
    return bool(cell.text.strip()) and parse_number(cell.text) is not None


@dataclass
class _Rows:
    """What a table's rows leave in doubt, read in one pass over its cells."""
    cut: set[int] = field(default_factory=set)          # body rows whose label looks cut
    unlabelled: set[int] = field(default_factory=set)   # rows of figures with no text
    figures: int = 0


def row_doubts(table: Table) -> _Rows:
    rows = _Rows()
    for index, row in enumerate(table.rows):
        if row and cut_label(row[0].text):
            rows.cut.add(index)
        is_figure = [_is_figure(c) for c in row]
        rows.figures += sum(is_figure)
        if any(is_figure) and not any(c.text.strip() for c, figure in zip(row, is_figure) if not figure):
            rows.unlabelled.add(index)
    return rows


@dataclass
class _Unmatched:
    """A table's labels at entity positions that match no id."""
    labels: int = 0
    rows: set[int] = field(default_factory=set)
    columns: int = 0


def _unmatched(matches: pd.DataFrame) -> dict[str, _Unmatched]:
    """By table id, in one pass (per-table frames cost 1-2 ms each, over a hundred tables)."""
    found: dict[str, _Unmatched] = {}
    if not len(matches):
        return found
    review = matches.loc[matches["status"] == "review", ["table_id", "axis", "index"]]
    for table_id, axis, index in review.itertuples(index=False):
        entry = found.setdefault(str(table_id), _Unmatched())
        entry.labels += 1
        if axis == "row":
            entry.rows.add(int(index))
        elif axis == "column":
            entry.columns += 1
    return found


def _per_table(frame: pd.DataFrame, mask: pd.Series) -> dict[str, pd.DataFrame]:
    return {str(key): group for key, group in frame[mask].groupby("table_id")} if len(frame) else {}


def _far_sums(checks: pd.DataFrame) -> dict[str, int]:
    if checks.empty:
        return {}
    difference = pd.to_numeric(checks["difference"], errors="coerce").abs()
    tolerance = pd.to_numeric(checks["tolerance"], errors="coerce").fillna(0.0)
    far = (checks["status"] == "fail") & checks["kind"].isin(SUM_KINDS) & (difference > FAR_BEYOND_ROUNDING * tolerance)
    return {table_id: len(group) for table_id, group in _per_table(checks, far).items()}


def _decided_extraction(checks: pd.DataFrame) -> dict[str, int]:
    if checks.empty or "review" not in checks:
        return {}
    return {table_id: len(group) for table_id, group in
            _per_table(checks, checks["review"].fillna("").astype(str) == "extraction").items()}


def _sum_checks(checks: pd.DataFrame) -> dict[str, int]:
    if checks.empty:
        return {}
    return checks[checks["kind"].isin(SUM_KINDS)].groupby("table_id").size().astype(int).to_dict()


def table_confidence(tables: list[Table], table_ids: list[str], matches: pd.DataFrame,
                     checks: pd.DataFrame, orphans: dict[str, int] | None = None) -> dict[str, Confidence]:
    """Each table's confidence: its extractor quality lowered by the share of rows in doubt,
    of entity labels unmatched, of sum checks failing far beyond rounding, and of figures left
    in no cell."""
    orphans = orphans or {}
    unmatched = _unmatched(matches)
    far, sums, decided = _far_sums(checks), _sum_checks(checks), _decided_extraction(checks)
    result: dict[str, Confidence] = {}
    for table, table_id in zip(tables, table_ids):
        rows = row_doubts(table)
        labels = unmatched.get(table_id, _Unmatched())
        doubts = Counter({"cut_labels": len(rows.cut), "rows_without_label": len(rows.unlabelled),
                          "unmatched_labels": labels.labels, "sums_far_off": far.get(table_id, 0),
                          "orphans": orphans.get(table_id, 0), "decided_extraction": decided.get(table_id, 0),
                          "piece": int(bool(table.piece_of))})
        quality = table.quality
        quality *= 1 - len(rows.cut | rows.unlabelled | labels.rows) / max(len(table.rows), 1)
        quality *= 1 - labels.columns / max(table.n_cols, 1)
        quality *= 1 - 0.5 * doubts["sums_far_off"] / max(sums.get(table_id, 0), 1)
        if rows.figures or doubts["orphans"]:
            quality *= rows.figures / max(rows.figures + doubts["orphans"], 1)
        if doubts["decided_extraction"]:
            quality *= DECIDED_EXTRACTION
        result[table_id] = Confidence(quality=max(quality, 0.0), doubts=+doubts)
    return result
