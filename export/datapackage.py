"""datapackage.json: a Frictionless Data Package describing every published file, so the
CSVs load with their types, keys and documentation anywhere (`frictionless validate` passes).

Written last, over the finished folder: each resource carries the bytes and sha256 of the
file as published.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from export import dictionary
from export.columns import CHECKS, FACTS, MATCHES, TABLES
from export.provenance import code_version, now_utc
from export.registry_files import ENTITIES_FILE, ENTITY_COLUMNS
from extractors.source import sha256_file
from matching.tables import MATCH_COLUMNS

LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
_PANDAS_TO_TABLE_SCHEMA = {"string": "string", "int64": "integer", "float64": "number",
                           "Int64": "integer"}
_TABLES_TYPES = {"page_start": "integer", "page_end": "integer", "n_rows": "integer",
                 "n_cols": "integer", "quality": "number", "orphans": "integer"}
_CHECKS_TYPES = {"page": "integer", "expected": "number", "found": "number",
                 "difference": "number", "tolerance": "number", "x0": "number", "top": "number",
                 "x1": "number", "bottom": "number"}
# The contract fixes these vocabularies; the schema lets a validator hold the data to them.
_CHECKS_ENUMS = {"kind": ["row_sum", "column_sum", "percent", "cross_table", "schema", "extraction", "other"],
                 "status": ["pass", "rounding", "fail"],
                 "review": ["", "new", "real", "extraction", "accepted", "lapsed"]}
_FACTS_KEY = ["table_id", "row_index", "column_index"]
ENTITIES = "registry-entities"  # resource_name(ENTITIES_FILE)
# Entity files: id,name_zh,name_en,aliases,editions (the other registry files are rules).
_ENTITY_FILE_HEADER = ["id", "name_zh", "name_en", "aliases", "editions"]


def table_field(name: str, type_: str, docs: dict[str, str], **extra: Any) -> dict[str, Any]:
    return {"name": name, "type": type_, "description": docs.get(name, ""), **extra}


def _fk(field: str, resource: str, target: str) -> dict[str, Any]:
    return {"fields": [field], "reference": {"resource": resource, "fields": [target]}}


def table_schema(fields: list[dict[str, Any]], primary_key: list[str] | None = None,
            foreign_keys: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    # Empty text is "no value" everywhere (an empty row_id: not an entity); without this a
    # foreign key would look up "" in the registry and fail.
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if primary_key:
        schema["primaryKey"] = primary_key
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def resource_name(path: str) -> str:
    """A resource name from a file path: lower case, [a-z0-9._-] only (the spec's pattern);
    'tables/S-PTS-ER.csv' → 'table-s-pts-er'."""
    stem = Path(path).with_suffix("").as_posix().lower()
    stem = re.sub(r"^tables/", "table-", stem).replace("/", "-")
    return re.sub(r"[^a-z0-9._-]+", "-", stem).strip("-") or "resource"


def file_facts(folder: Path, path: str) -> dict[str, Any]:
    file = folder / path
    return {"bytes": file.stat().st_size, "hash": f"sha256:{sha256_file(file)}"}


def _csv(folder: Path, path: str, title: str, description: str, schema: dict[str, Any],
         **extra: Any) -> dict[str, Any]:
    return {"name": resource_name(path), "path": path, "title": title, "description": description,
            "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", **file_facts(folder, path), **extra, "schema": schema}


def _header(path: Path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle), [])


def _facts_schema(with_keys: bool) -> dict[str, Any]:
    fields = [table_field(c, _PANDAS_TO_TABLE_SCHEMA[t], dictionary.FACTS) for c, t in FACTS.items()]
    if not with_keys:
        return table_schema(fields, _FACTS_KEY)
    return table_schema(fields, _FACTS_KEY, [
        _fk("table_id", "tables", "table_id"),
        _fk("row_id", ENTITIES, "id"),
        _fk("column_id", ENTITIES, "id"),
    ])


def _core_resources(folder: Path) -> list[dict[str, Any]]:
    tables = table_schema([table_field(c, _TABLES_TYPES.get(c, "string"), dictionary.TABLES) for c in TABLES],
                     ["table_id"])
    matches = table_schema(
        [table_field(c, _PANDAS_TO_TABLE_SCHEMA[MATCH_COLUMNS[c]], dictionary.MATCHES) for c in MATCHES],
        ["table_id", "axis", "index"],
        [_fk("table_id", "tables", "table_id"), _fk("id", ENTITIES, "id"),
         _fk("runner_up_id", ENTITIES, "id"), _fk("candidate_id", ENTITIES, "id")])
    # No foreign key from checks.table_id: a cross-table rule may name a table this edition
    # lacks, and that is a finding of the check, not a broken package.
    checks = table_schema([table_field(c, _CHECKS_TYPES.get(c, "string"), dictionary.CHECKS,
                             **({"constraints": {"enum": _CHECKS_ENUMS[c]}} if c in _CHECKS_ENUMS else {}))
                      for c in CHECKS], ["check_id"])
    return [
        _csv(folder, "tables.csv", "Tables", "Catalog: one row per extracted table.", tables),
        _csv(folder, "facts.csv", "Facts",
             "Every numeric body cell of every table, long form, with its position on the page.",
             _facts_schema(with_keys=True)),
        {"name": "facts-parquet", "path": "facts.parquet", "title": "Facts (Parquet)",
         "description": "facts.csv as Apache Parquet, with the same columns and types.",
         "profile": "tabular-data-resource", "format": "parquet",
         "mediatype": "application/vnd.apache.parquet",
         # No "bytes": frictionless reads Parquet through pyarrow, counts none and then
         # reports a byte-count mismatch.
         "hash": file_facts(folder, "facts.parquet")["hash"],
         "schema": _facts_schema(with_keys=False)},
        _csv(folder, "matches.csv", "Entity matches",
             "Every entity label met, with its canonical id, score and status (review queue: "
             "status review).", matches),
        _csv(folder, "checks.csv", "Consistency checks",
             "Every consistency check run and its outcome (pass, rounding, fail).", checks),
    ]


def _registry_resources(folder: Path) -> list[dict[str, Any]]:
    entities = table_schema([table_field(c, "string", dictionary.ENTITIES) for c in ENTITY_COLUMNS], ["id"],
                       [_fk("kind", "registry-kinds", "kind")])
    resources = [_csv(folder, ENTITIES_FILE, "Canonical entities",
                      "Every entity of every kind: the target of facts.row_id / column_id.",
                      entities)]
    for path in sorted((folder / "registry").glob("*.csv")):
        relative = f"registry/{path.name}"
        if relative == ENTITIES_FILE:
            continue
        header = _header(path)
        key = ["id"] if header == _ENTITY_FILE_HEADER else (["kind"] if path.name == "kinds.csv" else None)
        schema = table_schema([table_field(c, "string", dictionary.REGISTRY) for c in header], key)
        resources.append(_csv(folder, relative, f"Registry: {path.stem}",
                              "The registry file the run used (see registry/README in the "
                              "code repository: schemas/registry/README.md).", schema))
    return resources


def _table_schema(header: list[str]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Fields named by the printed labels when they can be field names; otherwise (a blank or
    repeated label, common in printed headers) c0, c1 … with the label as title, and the
    header row skipped as a comment row: the CSV itself stays as printed (the contract)."""
    usable = all(header) and len(set(header)) == len(header)
    fields = [{"name": label if usable else f"c{i}", "title": label, "type": "string"}
              for i, label in enumerate(header)]
    if fields:
        fields[0]["description"] = dictionary.TABLE_LABEL
    dialect = None if usable else {"header": False, "commentRows": [1]}
    return table_schema(fields), dialect


def _table_resources(folder: Path) -> list[dict[str, Any]]:
    titles: dict[str, str] = {}
    if (folder / "tables.csv").exists():
        with open(folder / "tables.csv", newline="", encoding="utf-8") as handle:
            titles = {row["table_id"]: row["title"] for row in csv.DictReader(handle)}
    resources = []
    for path in sorted((folder / "tables").glob("*.csv")):
        schema, dialect = _table_schema(_header(path))
        table_id = path.stem
        extra = {"dialect": dialect} if dialect else {}
        resources.append(_csv(folder, f"tables/{path.name}", f"{table_id} {titles.get(table_id, '')}".strip(),
                              f"Table {table_id} as printed. {dictionary.TABLE_CELLS}", schema,
                              **extra))
    return resources


def _unique_names(resources: list[dict[str, Any]]) -> None:
    # Lower-casing table ids could make two names equal; the spec wants them unique.
    seen: set[str] = set()
    for resource in resources:
        name, n = resource["name"], 1
        while name in seen:
            n += 1
            name = f"{resource['name']}-{n}"
        resource["name"] = name
        seen.add(name)


def build_descriptor(folder: Path, edition: str, source: dict[str, Any],
                     created: str | None = None) -> dict[str, Any]:
    """The descriptor of the edition published in `folder` (every file must be written)."""
    resources = _core_resources(folder) + _registry_resources(folder) + _table_resources(folder)
    if (folder / "report.html").exists():
        resources.append({"name": "report", "path": "report.html", "title": "QA report",
                          "description": "The reviewer's report: summary, flagged checks with "
                                         "page crops, review queue (self-contained HTML).",
                          "format": "html", "mediatype": "text/html", "encoding": "utf-8",
                          **file_facts(folder, "report.html")})
    _unique_names(resources)
    return {
        "profile": "data-package",  # not tabular-data-package: report.html is not a table
        "name": resource_name(edition),
        "title": f"WIPO Performance Report (产权组织绩效报告), edition {edition}: tables and facts",
        "description": (
            "Every table of the report as a CSV, every numeric cell as a row of facts.csv with "
            "its page, labels, canonical ids and position, the entity matches, the consistency "
            "checks and the registry of canonical ids. The figures are WIPO's, extracted "
            "automatically from the source PDF: cite the report as the source. This "
            "extraction is licensed CC-BY-4.0."),
        "keywords": ["WIPO", "performance report", "budget", "expenditure", edition],
        "licenses": [LICENSE],
        "sources": [source],
        "created": created or now_utc(),
        "version": code_version(),
        "wpr": {"edition": edition, "code_version": code_version(),
                "contract": "shared/spec/dataset.md"},
        "resources": resources,
    }


def write_datapackage(out_dir: Path, edition: str, source: dict[str, Any]) -> None:
    descriptor = build_descriptor(out_dir, edition, source)
    (out_dir / "datapackage.json").write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
