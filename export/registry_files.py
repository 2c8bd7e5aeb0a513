"""The registry published with each edition, so that row_id / column_id can be joined to
names without the code repository, and a reader sees exactly the registry the run used."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

from matching.registry import load_registry, registry_dir

ENTITIES_FILE = "registry/entities.csv"
ENTITY_COLUMNS = ["kind", "id", "name_zh", "name_en"]


def write_registry(folder: Path, source: Path | None = None) -> list[str]:
    """Copy every registry CSV to folder/registry/ and add entities.csv, every kind's entities
    in one file. One file because facts.row_id holds ids of several kinds and a foreign key
    can point at one resource only. Returns the written paths, relative to `folder`."""
    source = Path(source) if source else registry_dir()
    target = folder / "registry"
    target.mkdir(exist_ok=True)
    written = []
    for path in sorted(source.glob("*.csv")):
        shutil.copyfile(path, target / path.name)
        written.append(f"registry/{path.name}")
    registry = load_registry(source)
    with open(folder / ENTITIES_FILE, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(ENTITY_COLUMNS)
        writer.writerows([e.kind, e.id, e.name_zh, e.name_en] for e in registry.entries)
    return written + [ENTITIES_FILE]
