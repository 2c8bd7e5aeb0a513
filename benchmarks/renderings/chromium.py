"""Headless Chromium: the document's HTML page printed with --print-to-pdf."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from benchmarks.renderings.document import Document
from benchmarks.renderings.html_page import page_html
from benchmarks.renderings.style import Style

TIMEOUT = 600


def executable() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def missing() -> str | None:
    return None if executable() else "no chromium (Debian package chromium; make system installs it)"


def render(document: Document, style: Style, pdf: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="wpr-chromium-") as folder:
        page = Path(folder) / "report.html"
        page.write_text(page_html(document, style), encoding="utf-8")
        # A profile of its own: two renderings at once must not share Chromium's profile lock.
        subprocess.run([executable(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={folder}/profile", f"--print-to-pdf={pdf.resolve()}", page.as_uri()],
                       check=True, capture_output=True, timeout=TIMEOUT)
    return pdf
