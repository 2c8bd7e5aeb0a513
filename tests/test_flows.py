"""The Prefect wiring: page cache, progress, one bad PDF not stopping a run."""
from __future__ import annotations

import shutil
import sys
import uuid

import pytest

from conftest import make_pdf
from export.catalog import editions_on_disk

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def counted_pages(monkeypatch):
    """Count the real page extractions (cache misses)."""
    import flows.extract

    calls: list[int] = []
    real = flows.extract.extract_page

    def counting(pdf_path, page_number):
        calls.append(page_number)
        return real(pdf_path, page_number)

    monkeypatch.setattr(flows.extract, "extract_page", counting)
    return calls


def test_second_run_is_served_from_the_page_cache(tmp_path, counted_pages):
    from flows.extract import extract_edition, reporting

    pdf = make_pdf(tmp_path / "report.pdf", f"2023 WIPO Performance Report {uuid.uuid4()}", pages=3)
    seen = []
    with reporting(lambda label, done, total: seen.append((label, done, total))):
        first = extract_edition(str(pdf), str(tmp_path / "out"))
    assert first["edition"] == "wpr-2023-en" and first["pages"] == 3
    assert sorted(counted_pages) == [1, 2, 3]
    assert seen[0] == ("report.pdf", 0, 3) and seen[-1] == ("report.pdf", 3, 3)
    assert (tmp_path / "out" / "wpr-2023-en" / "facts.csv").exists()

    assert first["cached_pages"] == 0
    assert extract_edition(str(pdf), str(tmp_path / "out"))["cached_pages"] == 3
    # same bytes under another name: the path is not part of the cache key
    copy = shutil.copy(pdf, tmp_path / "renamed.pdf")
    extract_edition(str(copy), str(tmp_path / "out2"), edition="given-id")
    assert sorted(counted_pages) == [1, 2, 3]
    assert (tmp_path / "out2" / "given-id" / "tables.csv").exists()


def test_pages_in_worker_processes_are_cached_too(tmp_path):
    from flows.extract import extract_edition
    from flows.workers import MIN_PAGES_FOR_PROCESSES

    n = MIN_PAGES_FOR_PROCESSES + 2
    pdf = make_pdf(tmp_path / "report.pdf", f"2023 WIPO Performance Report {uuid.uuid4()}", pages=n)
    first = extract_edition(str(pdf), str(tmp_path / "out"), workers=2)
    assert first["cached_pages"] == 0 and first["tables"] >= n
    again = extract_edition(str(pdf), str(tmp_path / "out"), workers=2)
    assert again["cached_pages"] == n and again["facts"] == first["facts"]


def test_edition_falls_back_to_file_stem(tmp_path):
    from flows.extract import extract_edition

    pdf = make_pdf(tmp_path / "some report.pdf", f"no title here {uuid.uuid4()}", pages=1)
    assert extract_edition(str(pdf), str(tmp_path / "out"))["edition"] == "some-report"


def test_run_goes_on_after_a_bad_pdf(tmp_path):
    from flows.extract import run

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a-broken.pdf").write_bytes(b"not a pdf at all")
    make_pdf(raw / "b-good.pdf", f"2022/23 WIPO Performance Report {uuid.uuid4()}")
    make_pdf(raw / "c-same.pdf", f"2022/23 WIPO Performance Report {uuid.uuid4()}")
    result = run(str(raw), str(tmp_path / "out"))
    assert [p["edition"] for p in result["published"]] == ["wpr-2022-23-en"]
    errors = {f["pdf"].rsplit("/", 1)[-1]: f["error"] for f in result["failed"]}
    assert set(errors) == {"a-broken.pdf", "c-same.pdf"}
    assert "not a PDF" in errors["a-broken.pdf"] and "\n" not in errors["a-broken.pdf"]
    assert "same edition" in errors["c-same.pdf"]
    # beside it only hidden files: the run state and the edition's lock
    assert [p.name for p in editions_on_disk(tmp_path / "out")] == ["wpr-2022-23-en"]


def test_the_module_that_patches_typing_is_imported_before_the_preload_thread_starts():
    """pandera's typing module patches typing's generic aliases while it is imported: imported
    in the preload thread alone, a page's thread calling one meanwhile failed (NameError
    'DataFrameBase'). A fresh interpreter whose threads never start still has it after
    `_preload()`."""
    import subprocess
    from pathlib import Path

    code = ("import sys, threading; threading.Thread.start = lambda self: None; "
            "from flows.extract import _preload; _preload(); "
            "print('pandera.typing.common' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.strip() == "True", done.stderr[-2000:]


def test_preparing_the_later_steps_builds_what_their_first_use_would():
    # What a flow does while its pages are extracted: the first label matched, check run and
    # report written then find the converter, the schema and the template already built.
    from export.report import _environment
    from flows.extract import prepare_later_steps
    from matching.normalise import _t2s
    from schemas.facts_model import facts_schema

    for cached in (_t2s, facts_schema, _environment):
        cached.cache_clear()
    prepare_later_steps()
    assert [cached.cache_info().currsize for cached in (_t2s, facts_schema, _environment)] == [1, 1, 1]
    assert [name for _, name in _environment().cache.keys()] == ["report.html.j2"]  # compiled
