"""Test setup shared by every test module.

Pure tests never import Prefect. Flow and CLI tests ask for the `prefect_harness` fixture,
which starts Prefect's temporary test server once per test process (about 10 s).
"""
from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_PDF = ROOT / "raw" / "wpr-2022-23-zh.pdf"
SHARED = ROOT.parent / "shared"

# Before anything imports Prefect (it reads its settings at import): a Prefect home of our
# own per test process, so xdist workers share no database or page cache with each other
# or with `make run`.
_home = tempfile.mkdtemp(prefix="wpr-test-prefect-")
atexit.register(shutil.rmtree, _home, ignore_errors=True)
os.environ["PREFECT_HOME"] = _home
# Flow and CLI tests use the test harness, never the project's own server (tests/test_server.py does).
os.environ["WPR_PREFECT_SERVER"] = "temporary"
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
assert "prefect" not in sys.modules, "conftest must configure Prefect before it is imported"


@pytest.fixture(scope="session")
def prefect_harness():
    # Prefect configures logging on first real use, binding its console handler to the
    # sys.stderr of that moment; inside a CliRunner invocation that stream is closed right
    # after, and every later Prefect log line fails with "I/O operation on closed file".
    import prefect.main  # noqa: F401
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


def make_pdf(path: Path, title: str, pages: int = 2, table: bool = True) -> Path:
    """A small PDF, `title` on each page and (unless table=False) a small ruled table under it:
    a report without any table is refused. `title` makes its bytes (and so its cache key) unique."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in range(1, pages + 1):
        pdf.drawString(72, 770, title)
        pdf.drawString(72, 740, f"Page {page}")
        if table:
            pdf.drawString(72, 700, f"Table {page}. Budget by sector")
            rows = [("Sector", "2022", "2023"), ("Patents", f"{1200 + page:,}", "2,345"),
                    ("Brands", "456", "(567)")]
            xs, top = (72, 252, 342, 432), 690
            for i, row in enumerate(rows):
                pdf.drawString(xs[0] + 4, top - 18 * i - 13, row[0])
                for j, cell in enumerate(row[1:], start=1):
                    pdf.drawRightString(xs[j + 1] - 4, top - 18 * i - 13, cell)
            pdf.setLineWidth(0.5)
            pdf.grid(list(xs), [top - 18 * i for i in range(len(rows) + 1)])
        pdf.showPage()
    pdf.save()
    return path


def editions_and_locks(folder: Path) -> list[str]:
    """What a folder holds besides the catalog files of export/catalog.py (series, database …)."""
    from export.catalog import FILES

    return sorted(p.name for p in folder.iterdir() if p.name not in FILES)
