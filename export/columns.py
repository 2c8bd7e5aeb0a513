"""Column lists of the published files. The contract's columns come first and keep their
order; extend at the end only (shared/spec/dataset.md)."""
from __future__ import annotations

from matching.tables import MATCH_COLUMNS

TABLES = ["table_id", "title", "kind", "page_start", "page_end", "n_rows", "n_cols", "unit",
          "method", "quality",
          # Extension: what lowered `quality` (export/confidence.py), figures left in no cell.
          "orphans", "doubts"]

# column -> pandas dtype; also the source of facts.parquet's schema and the datapackage types.
FACTS = {
    "edition": "string", "table_id": "string", "page": "int64", "row_index": "int64",
    "row_label": "string", "row_id": "string", "column_index": "int64", "column_label": "string",
    "column_id": "string", "value": "float64", "unit": "string", "raw": "string",
    # Extension: where the cell is printed (PDF points, origin top-left of `page`), so a
    # reviewer's report can outline it.
    "x0": "float64", "top": "float64", "x1": "float64", "bottom": "float64",
    # Extension: the biennium or year the fact is about, and what its column measures (the
    # same id in every edition: the series across editions joins on it).
    "period": "string", "measure_id": "string",
}

CHECKS = ["check_id", "kind", "table_id", "page", "row_label", "column_label", "expected", "found",
          "difference", "tolerance", "status", "message",
          # Extension: the figures the check read ('T5:r9:c3;T4:r16:c1': table, row_index,
          # column_index of facts.csv), and where on `page` a check with no cell points (an
          # orphan figure of kind extraction), PDF points from the top-left.
          "cells", "x0", "top", "x1", "bottom",
          # Extension: a reviewer's decision on a flagged check (schemas/decisions.py).
          "review", "review_note"]

# The contract names the content (label, canonical id, score, status), not the columns;
# the matcher's frame defines them.
MATCHES = list(MATCH_COLUMNS)
