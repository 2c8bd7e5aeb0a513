"""The table catalog (tables.csv) and one cleaned CSV per table (tables/<table_id>.csv)."""
from __future__ import annotations

import csv
from pathlib import Path

from export.columns import TABLES
from export.confidence import Confidence
from export.facts import table_unit
from extractors.ids import table_ids
from extractors.model import Table


def catalog_rows(tables: list[Table], confidence: dict[str, Confidence] | None = None) -> list[dict[str, object]]:
    """One tables.csv row per table; without `confidence` (not yet matched and checked) the
    extractor's own quality and no doubts."""
    confidence = confidence or {}
    rows = []
    for table, table_id in zip(tables, table_ids(tables)):
        assessed = confidence.get(table_id, Confidence(quality=table.quality))
        rows.append({
            "table_id": table_id, "title": table.caption, "kind": "table",
            "page_start": table.page_start, "page_end": table.page_end,
            "n_rows": len(table.rows), "n_cols": table.n_cols, "unit": table_unit(table.unit_text),
            "method": table.method, "quality": round(assessed.quality, 4),
            "orphans": assessed.doubts["orphans"], "doubts": assessed.describe(),
        })
    return rows


def write_tables(tables: list[Table], out_dir: Path, confidence: dict[str, Confidence] | None = None) -> None:
    """Write tables.csv and tables/<table_id>.csv into out_dir."""
    with open(out_dir / "tables.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=TABLES)
        writer.writeheader()
        writer.writerows(catalog_rows(tables, confidence))
    folder = out_dir / "tables"
    folder.mkdir(exist_ok=True)
    for table, table_id in zip(tables, table_ids(tables)):
        with open(folder / f"{table_id}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(table.column_labels())
            writer.writerows([cell.text for cell in row] for row in table.rows)
