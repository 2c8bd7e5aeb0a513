"""What the published files were made from and by: the source PDF and the code version."""
from __future__ import annotations

import functools
import hashlib
import subprocess
from datetime import datetime, timezone
from pathlib import Path

_PROJECT = Path(__file__).resolve().parents[1]
_TITLE_WORDS = ("绩效报告", "Performance Report")


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _title_and_pages(path: Path) -> tuple[str, int | None]:
    """The metadata title, else the report title printed on page 1 (the fixture's metadata
    title is empty), else ''; and the page count. ('', None) when pdfium cannot open it:
    publishing must not depend on it (tests publish a stub)."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - a damaged or stub file: no title, no page count
        return "", None
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        if not title and len(pdf):
            text = pdf[0].get_textpage().get_text_range()
            lines = [" ".join(line.split()) for line in text.splitlines()]
            title = next((line for line in lines if any(w in line for w in _TITLE_WORDS)), "")
        return title, len(pdf)
    finally:
        pdf.close()


def source_info(pdf_path: str | Path) -> dict[str, object]:
    """The source PDF as a Data Package `sources` entry (extra keys are allowed there)."""
    path = Path(pdf_path)
    title, pages = _title_and_pages(path)
    return {"title": title or path.name, "path": path.name, "sha256": sha256_file(path),
            "bytes": path.stat().st_size, "pages": pages}


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
