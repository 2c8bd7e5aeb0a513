"""Who made the published files and when: the code version and the time stamp.

The source PDF's own record (sha256, pages, title) is `extractors.source.SourcePDF`."""
from __future__ import annotations

import functools
import subprocess
from datetime import datetime, timezone
from pathlib import Path

_PROJECT = Path(__file__).resolve().parents[1]


@functools.cache
def code_version() -> str:
    """`git describe` of the checkout (commit, '-dirty' when edited), else the installed
    package version: which code made a published edition, so a reader can reproduce it."""
    try:
        described = subprocess.run(
            ["git", "describe", "--always", "--dirty", "--tags"], cwd=_PROJECT, capture_output=True,
            text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        described = ""
    from importlib import metadata  # only here: 15 ms of imports for one version string

    try:
        version = metadata.version("wpr-data")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"{version}+git.{described}" if described else version


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
