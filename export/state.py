"""What a run has already published, so a scheduled run only works on new or changed PDFs.

`output/.state.json` maps each source file name to the sha256 of the bytes last published,
its edition and the pipeline version that published it:

    {"wpr-2022-23-zh.pdf": {"sha256": "b7d4…", "edition": "wpr-2022-23-zh",
                            "pipeline": "3f0c…", "published": "2025-01-31T06:00:12+00:00"}}

A PDF is unchanged, and skipped, when its bytes hash to the recorded sha256, the pipeline
(extractor, matching and export code, the registry) is the same, and `output/<edition>/` still
shows a publication of those bytes. Anything else — a new file, new bytes under an old name, a
code or registry change, an edition replaced by hand — is extracted again (the page cache keeps
that cheap when only the matching or export changed).
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import Iterator
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

from export.history import published_sha256
from matching.registry import registry_dir
from schemas.rules import rules_dir

STATE_FILE = ".state.json"
_PROJECT = Path(__file__).resolve().parents[1]
# What decides the published bytes; flows/ and wpr/ only wire it.
_PIPELINE = ("extractors", "matching", "export", "schemas")


def pipeline_version() -> str:
    """Hash of every source and data file of the packages that decide the output, and of the
    registry and rules in use (WPR_REGISTRY_DIR / WPR_RULES_DIR may name others)."""
    return _pipeline_version(registry_dir().resolve(), rules_dir().resolve())


@cache  # per process and folders; `forget` after writing to them (`wpr review`)
def _pipeline_version(registry: Path, rules: Path) -> str:
    digest = hashlib.sha256()
    roots = [_PROJECT / package for package in _PIPELINE]
    roots += [folder for folder in (registry, rules) if _PROJECT / "schemas" not in folder.parents]
    for root in roots:
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root.parent)
            if (not path.is_file() or "__pycache__" in relative.parts
                    or any(part.startswith(".") for part in relative.parts)):
                continue
            digest.update(str(relative).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def forget() -> None:
    """Compute the pipeline version again next time: its data files were just written."""
    _pipeline_version.cache_clear()


def _path(out_dir: str | Path) -> Path:
    return Path(out_dir) / STATE_FILE


def load(out_dir: str | Path) -> dict[str, dict[str, Any]]:
    try:
        with open(_path(out_dir), encoding="utf-8") as handle:
            state = json.load(handle)
        return state if isinstance(state, dict) else {}
    except (OSError, ValueError):
        return {}  # no state, or a damaged one: everything counts as new


def unchanged(out_dir: str | Path, name: str, sha256: str) -> str | None:
    """The edition `name` was published as, if these bytes are what it shows now; else None."""
    entry = load(out_dir).get(name) or {}
    edition = entry.get("edition")
    if (entry.get("sha256") == sha256 and entry.get("pipeline") == pipeline_version() and edition
            and published_sha256(Path(out_dir) / edition) == sha256):
        return str(edition)
    return None


@contextlib.contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / f"{STATE_FILE}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # held for a read-modify-write of a small file
        yield
    finally:
        os.close(fd)


def record(out_dir: str | Path, name: str, sha256: str, edition: str, path: str | Path | None = None) -> None:
    """Note that `name` with these bytes is published as `edition` (atomic, under a lock), and
    where the PDF was (`wpr review` publishes the edition again from it after a decision)."""
    out_dir = Path(out_dir)
    with _locked(out_dir):
        state = load(out_dir)
        state[name] = {"sha256": sha256, "edition": edition, "pipeline": pipeline_version(),
                       "published": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        if path is not None:
            state[name]["path"] = str(Path(path).resolve())
        partial = out_dir / f".{STATE_FILE}.partial"
        partial.write_text(json.dumps(state, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                           encoding="utf-8")
        os.replace(partial, _path(out_dir))


def source_of(out_dir: str | Path, edition: str) -> tuple[Path, str] | None:
    """(path, sha256) of the PDF `edition` was last published from, when recorded."""
    for entry in load(out_dir).values():
        if entry.get("edition") == edition and entry.get("path"):
            return Path(entry["path"]), str(entry.get("sha256", ""))
    return None
