"""Write a whole edition, then swap it in: readers never see a half-written edition, and a
failure leaves the previously published one untouched."""
from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from export.columns import CHECKS
from export.datapackage import write_datapackage
from export.edition import Edition
from export.tables import write_tables


# An edition id names a folder: no separators, no leading dot (hidden, or our staging dirs).
EDITION_ID = re.compile(r"\w[\w.-]*")


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_edition(data: Edition, folder: Path, source_pdf: str | Path) -> None:
    """Every file of one edition into an existing, empty folder."""
    write_tables(data.tables, folder)
    data.facts.to_csv(folder / "facts.csv", index=False, encoding="utf-8")
    data.facts.to_parquet(folder / "facts.parquet", index=False)
    data.matches.to_csv(folder / "matches.csv", index=False, encoding="utf-8")
    data.checks.reindex(columns=CHECKS).to_csv(folder / "checks.csv", index=False, encoding="utf-8")
    source = Path(source_pdf)
    write_datapackage(folder, data.edition, {"title": source.name, "sha256": sha256_file(source)})


def publish(data: Edition, out_dir: str | Path, source_pdf: str | Path) -> Path:
    """Publish one edition to out_dir/<edition>/ and return that path."""
    edition = data.edition
    if not EDITION_ID.fullmatch(edition):
        raise ValueError(f"invalid edition id {edition!r}: use letters, digits, '.', '-', '_'")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / edition
    # Same parent folder, so the renames below stay on one file system.
    staging = Path(tempfile.mkdtemp(prefix=f".{edition}.new-", dir=out_dir))
    try:
        write_edition(data, staging, source_pdf)
        staging.chmod(0o755)  # mkdtemp makes it 0700
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{edition}.old-", dir=out_dir))
            os.replace(final, old)  # onto the empty dir mkdtemp made
            try:
                os.replace(staging, final)
            except BaseException:
                os.replace(old, final)  # put the previous edition back
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return final
