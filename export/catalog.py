"""What the output folder publishes beyond its editions, rebuilt from them:

    output/series.csv, series.parquet   every fact with a row id and a column id, every edition
    output/wpr.db, metadata.json        the SQLite database and its Datasette metadata
    output/datapackage.json             the catalog: the series, the database, every edition's package
    output/.catalog.json                which publications they were built from

Rebuilt after every publication (`rebuild`), under one lock, each file written beside its
place and swapped in, the stamp last: a run stopped midway leaves the previous files whole,
and `ensure` (run by every `wpr` command that reads or writes the output) finds them stale
and builds them again. So the catalog never disagrees with the editions on disk for longer
than until the next command.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from export.history import EDITION_ID, file_lock
from extractors.source import sha256_file

# pandas, pyarrow and sqlite-utils are imported when the catalog is built, not to tell
# whether it is up to date: a run on unchanged PDFs never needs them.
STAMP = ".catalog.json"
LOCK = ".catalog.lock"
SERIES_CSV, SERIES_PARQUET = "series.csv", "series.parquet"
DATABASE, METADATA = "wpr.db", "metadata.json"
_TYPES = {"string": "string", "float64": "number", "int64": "integer"}
# Every file the catalog keeps in the output folder, beside the editions.
FILES = (SERIES_CSV, SERIES_PARQUET, DATABASE, METADATA, "datapackage.json", STAMP, LOCK)


def prepare() -> None:
    """Import what building the catalog needs (sqlite-utils alone: 0.5 s) ahead of the first
    publication: a flow does it while its pages are extracted."""
    import export.database  # noqa: F401
    import export.series  # noqa: F401


def editions_on_disk(out_dir: str | Path) -> list[Path]:
    """The published edition folders of out_dir, by name."""
    out = Path(out_dir)
    if not out.is_dir():
        return []
    return sorted(p for p in out.iterdir() if p.is_dir() and EDITION_ID.fullmatch(p.name)
                  and (p / "datapackage.json").is_file() and (p / "facts.parquet").is_file())


def _stamp(folders: list[Path]) -> dict[str, str]:
    # An edition's descriptor records every file's hash and its time of publication: its own
    # hash changes whenever the edition is published again.
    return {folder.name: sha256_file(folder / "datapackage.json") for folder in folders}


def stale(out_dir: str | Path) -> bool:
    """The catalog files do not describe the editions now on disk (or are missing)."""
    out = Path(out_dir)
    try:
        built = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return bool(editions_on_disk(out))
    missing = any(not (out / name).exists() for name in (SERIES_CSV, SERIES_PARQUET, DATABASE, METADATA,
                                                           "datapackage.json"))
    return missing or built != _stamp(editions_on_disk(out))


@contextlib.contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A temporary folder inside `out` (same file system: its files can be renamed into place)."""
    folder = Path(tempfile.mkdtemp(prefix=f".catalog.new-{os.getpid()}-", dir=out))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def rebuild(out_dir: str | Path) -> list[Path]:
    """Build every catalog file from the editions on disk; returns those editions.

    Every file is built first, in a staging folder, and only then renamed into place, the
    stamp last: stopped while building, the previous files stay as they were, together."""
    from export.database import build_database, metadata
    from export.published import read_published
    from export.series import build_series

    out = Path(out_dir)
    with file_lock(out / LOCK, f"{out}: the catalog", "is rebuilding it"), _staging(out) as new:
        folders = editions_on_disk(out)
        editions = [read_published(folder) for folder in folders]
        stamp = {edition.edition: edition.package_sha256 for edition in editions}
        series = build_series(editions)
        series.to_csv(new / SERIES_CSV, index=False, encoding="utf-8")
        series.to_parquet(new / SERIES_PARQUET, index=False)
        build_database(new / DATABASE, editions, series)
        _write_json(new / METADATA, metadata(editions, Path(DATABASE).stem))
        for name in (SERIES_CSV, SERIES_PARQUET, DATABASE, METADATA):
            os.replace(new / name, out / name)
        # The catalog's descriptor hashes the files now in place; the stamp says it is done.
        _write_json(new / "datapackage.json", catalog(out, folders))
        os.replace(new / "datapackage.json", out / "datapackage.json")
        _write_json(new / STAMP, stamp)
        os.replace(new / STAMP, out / STAMP)
    return folders


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def ensure(out_dir: str | Path) -> bool:
    """Rebuild the catalog when it is stale; True when it did."""
    if not stale(out_dir):
        return False
    rebuild(out_dir)
    return True


def _series_schema() -> dict[str, Any]:
    from export.database import SERIES_DOC
    from export.datapackage import table_field, table_schema
    from export.series import SERIES

    return table_schema([table_field(c, _TYPES[t], SERIES_DOC) for c, t in SERIES.items()],
                   ["edition", "table_id", "row_index", "column_index"])


def catalog(out: Path, editions: list[Path]) -> dict[str, Any]:
    """The output folder's Data Package: the series, the database, and each edition's package."""
    from export.datapackage import LICENSE, file_facts
    from export.provenance import code_version, now_utc

    resources: list[dict[str, Any]] = [
        {"name": "series", "path": SERIES_CSV, "title": "Series across editions",
         "description": "Every fact with a row id and a column id, in every published edition.",
         "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
         **file_facts(out, SERIES_CSV), "schema": _series_schema()},
        {"name": "series-parquet", "path": SERIES_PARQUET, "title": "Series across editions (Parquet)",
         "description": "series.csv as Apache Parquet.", "profile": "tabular-data-resource",
         "format": "parquet", "mediatype": "application/vnd.apache.parquet",
         "hash": file_facts(out, SERIES_PARQUET)["hash"], "schema": _series_schema()},
        {"name": "wpr-db", "path": DATABASE, "title": "SQLite database of every edition",
         "description": "editions, tables, facts, matches, checks, entities and series; browse it with "
                        "`datasette wpr.db -m metadata.json` (or `wpr browse`).",
         "format": "sqlite", "mediatype": "application/vnd.sqlite3", **file_facts(out, DATABASE)},
    ]
    for folder in editions:
        package = f"{folder.name}/datapackage.json"
        resources.append({"name": f"edition-{folder.name.lower()}", "path": package,
                          "title": f"Edition {folder.name}: its own data package",
                          "description": "Every file of the edition, described by its own datapackage.json.",
                          "format": "json", "mediatype": "application/json", "encoding": "utf-8",
                          **file_facts(out, package)})
    return {
        "profile": "data-package",
        "name": "wpr-data",
        "title": "WIPO Performance Report (产权组织绩效报告): every published edition",
        "description": ("The series of canonical facts across editions, a SQLite database of everything "
                        "published, and each edition's own package. The figures are WIPO's: cite the "
                        "report. This extraction is licensed CC-BY-4.0."),
        "licenses": [LICENSE],
        "created": now_utc(),
        "version": code_version(),
        "wpr": {"editions": [folder.name for folder in editions]},
        "resources": resources,
    }
