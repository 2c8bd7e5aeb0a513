"""output/wpr.db: every published edition in one SQLite database, and the Datasette metadata
that makes `datasette output/wpr.db -m output/metadata.json` a browsable open dataset.

Built with sqlite-utils from the published files only (each edition's folder and the series),
so the database never says more than the editions on disk. Empty ids are stored as NULL, so
the foreign keys to `entities` hold.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import sqlite_utils

from export import dictionary
from export.series import SERIES

_IDS = ("row_id", "column_id", "measure_id", "id", "runner_up_id", "candidate_id")

EDITIONS = {
    "edition": "Edition id (wpr-<years>-<lang>): the folder output/<edition>/.",
    "title": "Title of the source PDF.",
    "source": "File name of the source PDF.",
    "source_sha256": "sha256 of the source PDF: which bytes the edition was extracted from.",
    "pages": "Pages of the source PDF.",
    "created": "When the edition was published (UTC).",
    "code_version": "Version of wpr-data that published it.",
}
ENTITIES = {
    "id": "Canonical id; facts.row_id, column_id and measure_id refer to it.",
    "kind": "Entity kind (sector, expected_result, measure …: registry/kinds.csv).",
    "name_zh": "Canonical Chinese name.",
    "name_en": "English name.",
}
SERIES_DOC = {
    "edition": "Edition the fact was published in.",
    "period": "Biennium or year the fact is about.",
    "table_id": "Table it is printed in.",
    "row_id": "Canonical id of its row's entity.",
    "column_id": "Canonical id of its column: an entity, else what the column measures.",
    "value": "The number as printed ((4,084) is -4084; 94% is 94).",
    "unit": "kCHF, CHF, CHFm, percent, count or number.",
    "page": "1-based page of the source PDF it is printed on.",
    "status": "Worst outcome of the consistency checks that read it: fail, rounding, pass; empty: none did.",
    "measure_id": "What its column measures (M-EXPENDITURE …), the same in every edition.",
    "row_label": "Its row label as printed.",
    "column_label": "Its column's header path as printed.",
    "row_index": "0-based body row in its table.",
    "column_index": "0-based printed column in its table.",
}

# The questions a user would otherwise write by hand, across editions.
_BY_SECTOR = """
select s.edition, s.period, s.row_id as sector, e.name_zh, e.name_en, s.value as {name}, s.unit, s.page
from series s join entities e on e.id = s.row_id
where s.table_id = 'T5' and s.measure_id = '{measure}' and e.kind = 'sector'
order by s.edition, s.row_index"""
_BY_RESULT = """
select s.edition, s.period, s.row_id as expected_result, e.name_zh, e.name_en, s.value as {name}, s.unit, s.page
from series s join entities e on e.id = s.row_id
where s.table_id = 'A4' and s.measure_id = '{measure}' and e.kind = 'expected_result'
  and s.column_id in ('TOTAL', '{measure}')
order by s.edition, s.row_index"""
VIEWS = {
    "expenditure_by_sector": ("Expenditure by sector, every edition (表5).",
                              _BY_SECTOR.format(name="expenditure", measure="M-EXPENDITURE")),
    "utilisation_by_sector": ("Budget utilisation by sector, every edition (表5), percent.",
                              _BY_SECTOR.format(name="utilisation", measure="M-UTILISATION")),
    "expenditure_by_expected_result": ("Expenditure by expected result, every edition (附件四 total).",
                                       _BY_RESULT.format(name="expenditure", measure="M-EXPENDITURE")),
    "utilisation_by_expected_result": ("Budget utilisation by expected result, every edition (附件四).",
                                       _BY_RESULT.format(name="utilisation", measure="M-UTILISATION")),
}


def _records(frame: pd.DataFrame, edition: str | None = None) -> list[dict[str, Any]]:
    frame = frame.copy()
    if edition is not None:
        frame.insert(0, "edition", edition)
    for column in _IDS:
        if column in frame:
            frame[column] = frame[column].astype("string").replace("", pd.NA)
    frame = frame.astype(object).where(frame.notna(), None)
    return frame.to_dict("records")


def _edition_row(folder: Path) -> dict[str, Any]:
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    source = (package.get("sources") or [{}])[0]
    return {"edition": folder.name, "title": source.get("title", ""), "source": source.get("path", ""),
            "source_sha256": source.get("sha256", ""), "pages": source.get("pages"),
            "created": package.get("created", ""), "code_version": package.get("wpr", {}).get("code_version", "")}


def _csv(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / name, dtype=str, keep_default_na=False)


def _entities(editions: list[Path]) -> list[dict[str, Any]]:
    """Every id any edition's registry knew; the newest edition's names win."""
    entities: dict[str, dict[str, Any]] = {}
    for folder in editions:
        for row in _csv(folder, "registry/entities.csv").to_dict("records"):
            entities[row["id"]] = row
    return list(entities.values())


def build_database(path: Path, editions: list[Path], series: pd.DataFrame) -> None:
    """Write the database of these editions to `path` (a new file)."""
    db = sqlite_utils.Database(path)
    db["editions"].insert_all([_edition_row(f) for f in editions], pk="edition")
    db["entities"].insert_all(_entities(editions), pk="id")
    for folder in editions:
        edition = folder.name
        db["tables"].insert_all(_records(_csv(folder, "tables.csv"), edition), pk=("edition", "table_id"),
                                alter=True)
        db["facts"].insert_all(_records(pd.read_parquet(folder / "facts.parquet")),
                               pk=("edition", "table_id", "row_index", "column_index"), alter=True)
        db["matches"].insert_all(_records(_csv(folder, "matches.csv")), pk=("edition", "table_id", "axis", "index"),
                                 alter=True)
        db["checks"].insert_all(_records(_csv(folder, "checks.csv"), edition), pk=("edition", "check_id"),
                                alter=True)
    db["series"].insert_all(_records(series), alter=True)
    _keys_and_search(db)
    for name, (_, sql) in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    db.vacuum()


def _keys_and_search(db: sqlite_utils.Database) -> None:
    for table in ("tables", "facts", "matches", "checks", "series"):
        if table in db.table_names():
            db[table].add_foreign_key("edition", "editions", "edition", ignore=True)
    for table, columns in (("facts", ("row_id", "column_id", "measure_id")), ("series", ("row_id", "column_id", "measure_id")),
                           ("matches", ("id",))):
        if table not in db.table_names():
            continue
        for column in columns:
            db[table].add_foreign_key(column, "entities", "id", ignore=True)
            db[table].create_index([column], if_not_exists=True)
    if "series" in db.table_names():
        db["series"].create_index(["edition", "table_id", "row_id", "column_id"], if_not_exists=True)
    for table, columns in (("facts", ["row_label", "column_label"]), ("matches", ["label"]),
                           ("entities", ["name_zh", "name_en"]), ("tables", ["title"])):
        if table in db.table_names() and db[table].count:
            # trigram: Chinese has no spaces between words; any 3 characters of a label find it
            db[table].enable_fts(columns, create_triggers=False, replace=True, tokenize="trigram")


def metadata(editions: list[Path], database: str = "wpr") -> dict[str, Any]:
    """Datasette metadata: titles, the licence, the source PDFs and every column described."""
    sources = "; ".join(f"{row['source']} (sha256 {row['source_sha256']})" for row in map(_edition_row, editions))
    tables = {
        "editions": ("Published editions and the PDF each was extracted from.", EDITIONS),
        "tables": ("Every extracted table of every edition (tables.csv).", dictionary.TABLES),
        "facts": ("Every numeric cell of every edition (facts.csv), with its place on the page.", dictionary.FACTS),
        "matches": ("Every entity label met and its canonical id (matches.csv).", dictionary.MATCHES),
        "checks": ("Every consistency check and its outcome (checks.csv).", dictionary.CHECKS),
        "entities": ("The canonical ids: sectors, expected results, measures …", ENTITIES),
        "series": ("Every fact with a row id and a column id, across editions: follow a figure "
                   "from one edition to the next.", SERIES_DOC),
    }
    described = {name: {"description": text, "columns": dict(columns)} for name, (text, columns) in tables.items()}
    described["checks"]["columns"].setdefault("edition", "Edition the check ran on.")
    described["tables"]["columns"].setdefault("edition", "Edition the table was published in.")
    for name, (text, _) in VIEWS.items():
        described[name] = {"description": text}
    assert set(SERIES_DOC) == set(SERIES), "every series column needs a description"
    return {
        "title": "WIPO Performance Report (产权组织绩效报告): open data",
        "description": ("The tables of the Chinese editions of the WIPO Performance Report, extracted "
                        "by wpr-data, with canonical ids so a figure can be followed across editions. "
                        f"Sources: {sources}. The figures are WIPO's: cite the report."),
        "license": "CC-BY-4.0",
        "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "source": "WIPO Performance Report (PDF editions)",
        "databases": {database: {"tables": described}},
    }
