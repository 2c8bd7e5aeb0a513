"""Prefect flows: one edition (`extract_edition`) and every PDF of a folder (`run`).

Pages are extracted in parallel and each page result is cached on
(PDF content hash, page number, extractor source), so re-running an unchanged PDF
costs only the Prefect overhead and the (cheap) assemble/publish steps.
"""
from __future__ import annotations

import contextlib
import contextvars
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import INPUTS, NO_CACHE, TASK_SOURCE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

import extractors
from export.edition import Edition, build_edition
from schemas import run_checks
from schemas import summary as check_summary
from export.publish import publish, sha256_file
from export.report import ReportInputs, flagged_table, summary, summary_markdown
from extractors.assemble import assemble
from extractors.edition import edition_id
from extractors.model import Table
from extractors.pages import PageResult, extract_page
from wpr.inputs import InputError, check_pdf, pdfs_in

# (label, pages done, pages total); label is the PDF's file name.
Progress = Callable[[str, int, int], None]
_progress: contextvars.ContextVar[Progress | None] = contextvars.ContextVar("wpr_progress", default=None)


@contextlib.contextmanager
def reporting(callback: Progress) -> Iterator[None]:
    """Call `callback` as pages finish, for flows run inside this block.

    A context variable rather than a flow parameter: Prefect records flow parameters
    on the server and a function is not serialisable.
    """
    token = _progress.set(callback)
    try:
        yield
    finally:
        _progress.reset(token)


def _report(label: str, done: int, total: int) -> None:
    if callback := _progress.get():
        callback(label, done, total)


def extractor_version() -> str:
    """Hash of the extractor's source. TASK_SOURCE only covers the task's own body, so
    without this a cached page would survive a change to the code that produced it."""
    digest = hashlib.sha256()
    for path in sorted(Path(extractors.__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _task_runner() -> ThreadPoolTaskRunner:
    # Threads, not processes: measured on the 148-page fixture, a ProcessPoolTaskRunner took
    # 45 s cold and 29 s fully cached (spawned workers re-import everything and set up their
    # own API clients per task), threads 24 s and 3 s.
    return ThreadPoolTaskRunner(max_workers=int(os.environ.get("WPR_WORKERS", 0)) or 4)


# Extraction is CPU-bound Python, so threads gain nothing from running it concurrently (GIL),
# and an open pdfminer document (one file handle, shared by the extractor across pages) and
# pdfium are not thread-safe. The threads still overlap Prefect's own work (API calls, cache
# reads and writes) with extraction, which is what makes them worth having.
_EXTRACT_LOCK = threading.Lock()


@task(cache_policy=NO_CACHE)
def fingerprint(pdf_path: str) -> str:
    return sha256_file(pdf_path)


@task(
    name="extract-page",
    # The path is left out of the key: the same bytes under another name hit the cache.
    cache_policy=(INPUTS - "pdf_path") + TASK_SOURCE,
    persist_result=True,  # stored under $PREFECT_HOME/storage (PREFECT_LOCAL_STORAGE_PATH)
    task_run_name="page-{page_number}",
)
def extract_page_task(pdf_path: str, sha256: str, page_number: int, code_version: str) -> PageResult:
    with _EXTRACT_LOCK:
        return extract_page(pdf_path, page_number)


@task(name="assemble", cache_policy=NO_CACHE)
def assemble_task(pages: list[PageResult]) -> list[Table]:
    return assemble(pages)


@task(name="match", cache_policy=NO_CACHE)
def match_task(tables: list[Table], edition: str) -> Edition:
    return build_edition(tables, edition)


@task(name="check", cache_policy=NO_CACHE)
def check_task(data: Edition) -> Edition:
    data.checks = run_checks(data.facts)
    return data


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(data: Edition, out_dir: str, pdf_path: str) -> str:
    return str(publish(data, out_dir, pdf_path))


@task(name="qa-artifacts", cache_policy=NO_CACHE)
def qa_artifacts_task(path: str, edition: str) -> dict[str, int]:
    """The report's summary in the Prefect UI (the run's Artifacts tab). Keyed by edition, so
    the UI also shows how the counts moved from one run to the next."""
    inputs = ReportInputs.from_folder(path, edition)
    key = re.sub(r"[^a-z0-9-]+", "-", edition.lower()).strip("-") or "edition"
    counts = summary(inputs)
    create_markdown_artifact(markdown=summary_markdown(inputs, Path(path) / "report.html"),
                             key=f"{key}-qa-summary", description=f"QA summary of {edition}")
    create_table_artifact(table=[{"edition": edition, **counts}], key=f"{key}-qa-counts",
                          description=f"Tables, cells, review queue and check outcomes of {edition}")
    if flagged := flagged_table(inputs):
        create_table_artifact(table=flagged, key=f"{key}-flagged-checks",
                              description=f"Failed and rounding checks of {edition}")
    return counts


def resolve_edition(pdf_path: str | Path, edition: str | None = None) -> str:
    """The given id, else the one printed in the document, else the file name."""
    if edition:
        return edition
    try:
        return edition_id(pdf_path)
    except ValueError:
        return re.sub(r"[^\w.-]+", "-", Path(pdf_path).stem).strip("-.") or "edition"


@flow(name="extract-edition", task_runner=_task_runner(), validate_parameters=False)
def extract_edition(pdf_path: str, out_dir: str = "output", edition: str | None = None) -> dict[str, Any]:
    """Extract every table of one PDF and publish it as out_dir/<edition>/."""
    started = time.monotonic()
    pdf_path = str(pdf_path)
    n_pages = check_pdf(pdf_path)
    edition = resolve_edition(pdf_path, edition)
    label = Path(pdf_path).name
    sha256 = fingerprint(pdf_path)
    futures = extract_page_task.map(
        unmapped(pdf_path), unmapped(sha256), list(range(1, n_pages + 1)), unmapped(extractor_version()))
    _report(label, 0, n_pages)
    for done, _ in enumerate(as_completed(futures), start=1):
        _report(label, done, n_pages)
    pages = [future.result() for future in futures]
    tables = assemble_task(pages)
    data = check_task(match_task(tables, edition))
    path = Path(publish_task(data, str(out_dir), pdf_path))
    qa_artifacts_task(str(path), edition)
    return {
        "pdf": pdf_path, "edition": edition, "path": str(path), "pages": n_pages,
        "tables": len(tables), "facts": pq.read_metadata(path / "facts.parquet").num_rows,
        "review": int((data.matches["status"] == "review").sum()),
        "checks": check_summary(data.checks),
        "seconds": round(time.monotonic() - started, 2),
    }


@flow(name="run", validate_parameters=False)
def run(raw_dir: str = "raw", out_dir: str = "output") -> dict[str, list]:
    """Every PDF under raw_dir; one failing PDF is reported and does not stop the others."""
    logger = get_run_logger()
    published: list[dict[str, Any]] = []
    failed: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    for pdf in pdfs_in(raw_dir):
        try:
            check_pdf(pdf)
            edition = resolve_edition(pdf)
            if edition in seen:
                raise ValueError(f"same edition {edition} as {seen[edition]}; give it another file")
            seen[edition] = pdf.name
            published.append(extract_edition(str(pdf), out_dir, edition))
        except Exception as error:  # noqa: BLE001 - reported, and the run goes on
            lines = str(error).strip().splitlines()
            reason = lines[0] if lines else type(error).__name__
            message = reason if isinstance(error, InputError) else f"{pdf}: {reason}"
            logger.error(message)
            failed.append({"pdf": str(pdf), "error": message})  # error: one line, path first
    return {"published": published, "failed": failed}
