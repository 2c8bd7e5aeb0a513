"""Earlier publications kept by source hash, and one publisher per edition at a time.

    output/<edition>/                          the latest publication (what readers use)
    output/.history/<edition>/<sha256[:12]>/   the last publication made from each earlier source PDF
    output/.<edition>.lock                     held (fcntl.flock) while a run swaps the edition in

When an edition is published again from a *different* PDF (a corrected re-release), the
publication it replaces moves to `.history/<edition>/<hash of its source>/`; published again
from the *same* PDF (new code, a new alias), the previous one is simply replaced. A swap holds
the edition's lock, so two runs on one edition take turns; one that cannot get the lock within
`WPR_LOCK_TIMEOUT` seconds (default 600) fails with `EditionBusy`, a one-line reason.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

# An edition id is a folder name under the output folder: no separators, no leading dot.
EDITION_ID = re.compile(r"\w[\w.-]*")

HISTORY = ".history"


class EditionBusy(RuntimeError):
    """Another run holds the edition's lock; str() is the one-line reason."""


def lock_path(out_dir: str | Path, edition: str) -> Path:
    return Path(out_dir) / f".{edition}.lock"


def lock_timeout() -> float:
    return float(os.environ.get("WPR_LOCK_TIMEOUT", 600))


@contextlib.contextmanager
def edition_lock(out_dir: str | Path, edition: str, timeout: float | None = None) -> Iterator[None]:
    """Hold out_dir/.<edition>.lock; wait up to `timeout` s (WPR_LOCK_TIMEOUT) for another holder."""
    with file_lock(lock_path(out_dir, edition), f"{Path(out_dir) / edition}", "is publishing this edition",
                   timeout):
        yield


@contextlib.contextmanager
def file_lock(path: Path, what: str, doing: str = "is writing it", timeout: float | None = None) -> Iterator[None]:
    """Hold the lock file `path` (fcntl.flock), waiting up to `timeout` s for another holder;
    EditionBusy naming `what` when it does not let go.

    The lock file stays (deleting it would let a third run lock a file nobody else sees); it
    holds the pid of the last holder, for the message."""
    timeout = lock_timeout() if timeout is None else timeout
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
                    raise EditionBusy(f"{what}: another run (pid {holder}) {doing} and still holds {path} "
                                      f"after {timeout:g} s; try again later") from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def published_sha256(folder: str | Path) -> str | None:
    """The source PDF's sha256 recorded in a published edition's datapackage.json."""
    try:
        with open(Path(folder) / "datapackage.json", encoding="utf-8") as handle:
            sources = json.load(handle).get("sources") or []
        return str(sources[0]["sha256"]) or None
    except (OSError, ValueError, LookupError, TypeError, AttributeError):
        return None


def history_dir(out_dir: str | Path, edition: str) -> Path:
    return Path(out_dir) / HISTORY / edition


def history(out_dir: str | Path, edition: str) -> list[Path]:
    """Earlier publications of an edition, oldest first."""
    folder = history_dir(out_dir, edition)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
                  key=lambda p: p.stat().st_mtime)


def retire(previous: Path, current: Path, out_dir: str | Path, edition: str) -> Path | None:
    """Dispose of the publication `current` replaced (moved aside to `previous`): into the
    history under its source hash when it came from another PDF, else deleted. Call with the
    edition's lock held. Returns its place in the history, if kept."""
    old_sha, new_sha = published_sha256(previous), published_sha256(current)
    if old_sha is None or old_sha == new_sha:
        shutil.rmtree(previous, ignore_errors=True)
        return None
    folder = history_dir(out_dir, edition)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / old_sha[:12]
    if target.exists():  # an older publication of that same PDF: the later one wins
        stale = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=folder))
        os.replace(target, stale)
        shutil.rmtree(stale, ignore_errors=True)
    os.utime(previous)  # mtime = when it was retired, for `history()`'s order
    os.replace(previous, target)
    return target


def recover(out_dir: str | Path, edition: str) -> None:
    """After a run killed between its two renames (the edition moved aside, the new one not yet
    in): put the previous publication back. Call with the edition's lock held, before a swap."""
    out_dir = Path(out_dir)
    aside = sorted(out_dir.glob(f".{edition}.old-*"), key=lambda p: p.stat().st_mtime)
    final = out_dir / edition
    if aside and not final.exists() and (aside[-1] / "datapackage.json").exists():
        os.replace(aside.pop(), final)
    for stale in aside:
        shutil.rmtree(stale, ignore_errors=True)
