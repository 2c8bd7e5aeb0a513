"""datapackage.json: a Frictionless descriptor so the CSVs load with their types anywhere."""
from __future__ import annotations

import json
from pathlib import Path

from export.columns import CHECKS, FACTS, MATCHES, TABLES

_PANDAS_TO_TABLE_SCHEMA = {"string": "string", "int64": "integer", "float64": "number"}
_TYPES = {
    "page_start": "integer", "page_end": "integer", "n_rows": "integer", "n_cols": "integer",
    "quality": "number", "page": "integer", "index": "integer", "score": "number",
    "expected": "number", "found": "number", "difference": "number", "tolerance": "number",
    "runner_up_score": "number",
}


def _schema(columns: list[str], types: dict[str, str] | None = None) -> dict:
    types = types or _TYPES
    return {"fields": [{"name": c, "type": types.get(c, "string")} for c in columns]}


def write_datapackage(out_dir: Path, edition: str, source: dict[str, str]) -> None:
    facts_types = {c: _PANDAS_TO_TABLE_SCHEMA[t] for c, t in FACTS.items()}
    resources = [
        {"name": "tables", "path": "tables.csv", "schema": _schema(TABLES)},
        {"name": "facts", "path": "facts.csv", "schema": _schema(list(FACTS), facts_types)},
        {"name": "matches", "path": "matches.csv", "schema": _schema(MATCHES)},
        {"name": "checks", "path": "checks.csv", "schema": _schema(CHECKS)},
    ]
    for resource in resources:
        resource.update({"profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8"})
    descriptor = {
        "profile": "tabular-data-package",
        "name": edition,
        "title": f"WIPO Performance Report tables, edition {edition}",
        "sources": [source],
        "resources": resources,
    }
    (out_dir / "datapackage.json").write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
