"""Write a whole edition, then swap it in: readers never see a half-written edition, and a
failure leaves the previously published one untouched. The output folder's catalog (series,
database, its data package: export/catalog.py) is rebuilt right after."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from export import catalog
from export.columns import CHECKS
from export.confidence import table_confidence
from export.crops import Render
from export.datapackage import write_datapackage
from export.edition import Edition
from export.history import EDITION_ID, edition_lock, recover, retire
from export.registry_files import write_registry
from export.report import write_report
from export.tables import write_tables
from extractors.ids import table_ids
from extractors.source import SourcePDF, describe

__all__ = ["EDITION_ID", "publish", "write_edition"]


def write_edition(data: Edition, folder: Path, source: SourcePDF, render: Render | None = None) -> None:
    """Every file of one edition into an existing, empty folder; `render` draws the report's
    pictures elsewhere (export/crops.py)."""
    orphans = {table_id: len(figures) for table_id, figures in data.orphans.items()}
    confidence = table_confidence(data.tables, table_ids(data.tables), data.matches, data.checks, orphans)
    write_tables(data.tables, folder, confidence)
    data.facts.to_csv(folder / "facts.csv", index=False, encoding="utf-8")
    data.facts.to_parquet(folder / "facts.parquet", index=False)
    data.matches.to_csv(folder / "matches.csv", index=False, encoding="utf-8")
    checks = data.checks.reindex(columns=CHECKS)
    # A page is an integer; a frame built with NaN pages would print 6.0 and break the schema.
    checks["page"] = pd.to_numeric(checks["page"], errors="coerce").round().astype("Int64")
    checks.to_csv(folder / "checks.csv", index=False, encoding="utf-8")
    write_registry(folder)
    # The report reads the files just written, so it shows exactly what is published;
    # the descriptor comes last because it records every file's hash.
    write_report(folder, data.edition, source.path, source.entry(), render)
    write_datapackage(folder, data.edition, source.entry())


def publish(data: Edition, out_dir: str | Path, source: SourcePDF | str | Path, rebuild_catalog: bool = True,
            render: Render | None = None) -> Path:
    """Publish one edition to out_dir/<edition>/ and return that path. `source` is the run's
    record of its PDF, or a path (the file is then described here). The catalog across
    editions is rebuilt after, unless the caller does it (`catalog.rebuild`). `render` draws
    the report's pictures elsewhere (worker processes: export/crops.py)."""
    if not isinstance(source, SourcePDF):
        source = describe(source)
    edition = data.edition
    if not EDITION_ID.fullmatch(edition):
        raise ValueError(f"invalid edition id {edition!r}: use letters, digits, '.', '-', '_'")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / edition
    # Same parent folder, so the renames below stay on one file system.
    # The pid in the name: a command stopped by a signal removes its own (wpr/stopping.py).
    staging = Path(tempfile.mkdtemp(prefix=f".{edition}.new-{os.getpid()}-", dir=out_dir))
    try:
        write_edition(data, staging, source, render)
        staging.chmod(0o755)  # mkdtemp makes it 0700
        # One swap at a time per edition; the replaced publication goes to the history when it
        # came from another PDF (export/history.py).
        with edition_lock(out_dir, edition):
            recover(out_dir, edition)
            if final.exists():
                old = Path(tempfile.mkdtemp(prefix=f".{edition}.old-", dir=out_dir))
                os.replace(final, old)  # onto the empty dir mkdtemp made
                try:
                    os.replace(staging, final)
                except BaseException:
                    os.replace(old, final)  # put the previous edition back
                    raise
                retire(old, final, out_dir, edition)
            else:
                os.replace(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if rebuild_catalog:
        catalog.rebuild(out_dir)  # the series and the database across editions, now with this one
    return final
