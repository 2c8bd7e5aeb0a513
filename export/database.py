"""output/wpr.db: every published edition in one SQLite database, and the Datasette metadata
that makes `datasette output/wpr.db -m output/metadata.json` a browsable open dataset.

Built with sqlite-utils from the published files only (each edition's folder and the series),
so the database never says more than the editions on disk. Empty ids are stored as NULL, so
the foreign keys to `entities` hold.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import sqlite_utils
from sqlite_utils.utils import suggest_column_types

from export import dictionary
from export.published import Published
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


def _records(frame: pd.DataFrame, edition: str | None = None) -> pd.DataFrame:
    """The frame as the database stores it: ids without empty strings, missing values None."""
    frame = frame.copy()
    if edition is not None:
        frame.insert(0, "edition", edition)
    for column in _IDS:
        if column in frame:
            frame[column] = frame[column].astype("string").replace("", pd.NA)
    return frame.astype(object).where(frame.notna(), None)


def _edition_row(edition: Published) -> dict[str, Any]:
    source = edition.source
    return {"edition": edition.edition, "title": source.get("title", ""), "source": source.get("path", ""),
            "source_sha256": source.get("sha256", ""), "pages": source.get("pages"),
            "created": edition.package.get("created", ""),
            "code_version": edition.package.get("wpr", {}).get("code_version", "")}


def _entities(editions: list[Published]) -> list[dict[str, Any]]:
    """Every id any edition's registry knew; the newest edition's names win."""
    entities: dict[str, dict[str, Any]] = {}
    for edition in editions:
        for row in edition.entities.to_dict("records"):
            entities[row["id"]] = row
    return list(entities.values())


_TO_EDITION = ("edition", "editions", "edition")
_TO_ENTITIES = tuple((column, "entities", "id") for column in ("row_id", "column_id", "measure_id"))
_KEYS: dict[str, dict[str, Any]] = {
    "tables": {"pk": ("edition", "table_id"), "foreign_keys": [_TO_EDITION]},
    "facts": {"pk": ("edition", "table_id", "row_index", "column_index"),
              "foreign_keys": [_TO_EDITION, *_TO_ENTITIES]},
    "matches": {"pk": ("edition", "table_id", "axis", "index"),
                "foreign_keys": [_TO_EDITION, ("id", "entities", "id")]},
    "checks": {"pk": ("edition", "check_id"), "foreign_keys": [_TO_EDITION]},
    "series": {"foreign_keys": [_TO_EDITION, *_TO_ENTITIES]},
}
_INDEXES = {"facts": [["row_id"], ["column_id"], ["measure_id"]], "matches": [["id"]],
            "series": [["row_id"], ["column_id"], ["measure_id"], ["edition", "table_id", "row_id", "column_id"]]}
_SEARCH = {"facts": ["row_label", "column_label"], "matches": ["label"], "entities": ["name_zh", "name_en"],
           "tables": ["title"]}


def build_database(path: Path, editions: list[Published], series: pd.DataFrame) -> None:
    """Write the database of these editions to `path` (a new file, swapped in by the caller:
    hence no journal while it is built)."""
    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode = off")
    db.execute("pragma synchronous = off")
    db["editions"].insert_all([_edition_row(f) for f in editions], pk="edition")
    db["entities"].insert_all(_entities(editions), pk="id")
    for edition in editions:
        _insert(db, "tables", _records(edition.tables, edition.edition))
        _insert(db, "facts", _records(edition.facts))
        _insert(db, "matches", _records(edition.matches))
        _insert(db, "checks", _records(edition.checks, edition.edition))
    _insert(db, "series", _records(series))
    for table, indexes in _INDEXES.items():
        for columns in indexes if table in db.table_names() else []:
            db[table].create_index(columns, if_not_exists=True)
    for table, columns in _SEARCH.items():
        if table in db.table_names() and db[table].count:
            # trigram: Chinese has no spaces between words; any 3 characters of a label find it
            db[table].enable_fts(columns, create_triggers=False, replace=True, tokenize="trigram")
    for name, (_, sql) in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


# Rows the column types are chosen from when a table is created (sqlite-utils' batch size).
_TYPED_FROM = 1000


def _insert(db: sqlite_utils.Database, table: str, frame: pd.DataFrame) -> None:
    """Rows into `table`, created on first use with its keys (declared up front: adding a
    foreign key later copies the whole table) and column types from its first rows. The rows
    go in through one prepared statement: sqlite-utils' insert_all, which checks every value
    of every row, took 1.2 of the 2 s the database took to build (and 0.15 s for the first
    1000 rows of each table)."""
    if frame.empty:
        return
    columns = [str(c) for c in frame.columns]
    rows = list(frame.itertuples(index=False, name=None))
    first = [dict(zip(columns, row)) for row in rows[:_TYPED_FROM]]
    if table in db.table_names():
        db[table].add_missing_columns(first)
    else:  # the table insert_all would create, without its per-value checks of the first rows
        db[table].create(suggest_column_types(first), **_KEYS[table])
    names = ", ".join(f"[{c}]" for c in columns)
    db.conn.executemany(f"insert into [{table}] ({names}) values ({', '.join('?' * len(columns))})", rows)
    db.conn.commit()


def metadata(editions: list[Published], database: str = "wpr") -> dict[str, Any]:
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
