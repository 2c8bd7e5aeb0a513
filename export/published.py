"""A published edition read back whole: what the catalog (series, database) is built from.

Read under the edition's lock, so a publication swapping the same edition in meanwhile is
either wholly before or wholly after the read, never half of each.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from export.history import edition_lock


@dataclass(frozen=True)
class Published:
    edition: str
    package: dict[str, Any]     # its datapackage.json
    package_sha256: str         # changes with every publication (it records the time and each file's hash)
    tables: pd.DataFrame
    facts: pd.DataFrame
    matches: pd.DataFrame
    checks: pd.DataFrame
    entities: pd.DataFrame

    @property
    def source(self) -> dict[str, Any]:
        return (self.package.get("sources") or [{}])[0]


def _csv(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / name, dtype=str, keep_default_na=False)


def read_published(folder: Path) -> Published:
    with edition_lock(folder.parent, folder.name):
        raw = (folder / "datapackage.json").read_bytes()
        return Published(
            edition=folder.name, package=json.loads(raw), package_sha256=hashlib.sha256(raw).hexdigest(),
            tables=_csv(folder, "tables.csv"), facts=pd.read_parquet(folder / "facts.parquet"),
            matches=_csv(folder, "matches.csv"), checks=_csv(folder, "checks.csv"),
            entities=_csv(folder, "registry/entities.csv"))
