"""Prefect flows: one edition (`extract_edition`) and every PDF of a folder (`run`).

Pages are extracted in parallel and each page result is cached on
(PDF content hash, page number, extractor source), so re-running an unchanged PDF
costs only the Prefect overhead and the (cheap) assemble/publish steps.
"""
from __future__ import annotations

import contextlib
import contextvars
import hashlib
import importlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import INPUTS, NO_CACHE, TASK_SOURCE
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

import extractors
from export import catalog
from export import state as run_state
from extractors.model import Table
from extractors.pages import PageResult, extract_page
from extractors.pdfium_lock import PDFIUM_LOCK
from extractors.pdf_page import DamagedPage
from extractors.source import (MAX_PAGES, InputError, SourcePDF, edition_or_name, not_a_report, pdfs_in,
                               read_source, text_layer)
from flows import prefect_mends
from flows import workers as workers_pool
from flows.workers import PageTimeout, WorkerCrashed, processes_for, workers_for

if TYPE_CHECKING:
    from export.edition import Edition

# pandas, pyarrow and the export and checks modules (about 0.5 s to import) are imported by
# the tasks that use them, or ahead of them (`prepare_later_steps`, `wpr extract`): a run
# that skips an unchanged PDF, or fails on a bad one, never needs them.

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


# `--page-timeout`: the time limit of one page (its task's timeout_seconds), waiting for the
# extractor lock included; a fixture page takes well under a second.
PAGE_TIMEOUT = 300.0


class _NoThreadTimeoutWarning(logging.Filter):
    """Prefect warns, once per page, that a timeout in a worker thread waits for blocking calls
    to return; the extractor is Python bytecode, so the limit holds. Said once in the README."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Timeout of %s seconds configured for this task")


logging.getLogger("prefect.task_runs").addFilter(_NoThreadTimeoutWarning())
prefect_mends.install()  # flow runs end when their work does, not up to 1 s later


def _task_runner() -> ThreadPoolTaskRunner:
    # Threads: the page chunks' tasks mostly wait for the worker processes (flows.workers),
    # and the flow's own steps are short. A ProcessPoolTaskRunner was measured slower (each
    # worker re-imports Prefect and sets up its own API client per task).
    return ThreadPoolTaskRunner(max_workers=8)



# Pages per extract-pages task: each task run costs Prefect some milliseconds and is one
# cache entry, so pages are cached in chunks rather than one by one.
CHUNK_PAGES = 16


def task_runner(runner: str = "threads", address: str | None = None) -> Any:
    """'threads' (this process) or 'dask': the page tasks on the Dask cluster at `address`
    (prefect-dask's DaskTaskRunner; the workers must see the PDF's path and run this code)."""
    if runner == "threads":
        return _task_runner()
    if runner == "dask":
        if not address:
            raise ValueError("runner 'dask' needs the address of a Dask scheduler (tcp://HOST:PORT)")
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=address)
    raise ValueError(f"unknown runner {runner!r}: use 'threads' or 'dask'")


@contextlib.contextmanager
def api_for_remote_tasks() -> Iterator[None]:
    """Tasks run elsewhere (Dask workers) report to the API the settings they carry name:
    Prefect hands each task the settings of the process submitting it. With no API URL set,
    this process talks to Prefect's temporary server, which those settings do not name, and
    each worker process would start a temporary server of its own (seen left running after
    the workers were stopped): here its address is named, for the block's duration."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    if get_current_settings().api.url:
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the one Prefect's client starts for this process, shared
    server.start()
    with temporary_settings({PREFECT_API_URL: server.api_url}):
        yield


def with_runner(a_flow: Any, runner: str = "threads", address: str | None = None) -> Any:
    """The flow with its page tasks on the given runner (the flow itself when 'threads');
    on Dask, called under `api_for_remote_tasks`."""
    if runner == "threads":
        return a_flow
    remote = a_flow.with_options(task_runner=task_runner(runner, address))

    def reporting_here(*args: Any, **kwargs: Any) -> Any:
        with api_for_remote_tasks():
            return remote(*args, **kwargs)

    reporting_here.task_runner = remote.task_runner  # type: ignore[attr-defined] - what it runs on
    return reporting_here


def _chunk_name() -> str:
    from prefect.runtime import task_run

    pages = task_run.parameters["pages"]
    return f"pages-{pages[0]}-{pages[-1]}"


@task(
    name="extract-pages",
    # The path is left out of the key (the same bytes under another name hit the cache), and
    # so are how the pages are run and their time limit, which do not change the result.
    cache_policy=(INPUTS - "pdf_path" - "workers" - "page_timeout") + TASK_SOURCE,
    persist_result=True,  # stored under $PREFECT_HOME/storage (PREFECT_LOCAL_STORAGE_PATH)
    task_run_name=_chunk_name,
)
def extract_pages_task(pdf_path: str, sha256: str, pages: list[int], code_version: str,
                       workers: int = 1, page_timeout: float = 300.0) -> list[PageResult]:
    if workers > 1:
        return workers_pool.results(pages, workers_pool.submit_pages(pdf_path, pages, page_timeout, workers))
    results = []
    for page in pages:
        try:
            results.append(_extract_locked(pdf_path, page))
        except Exception as error:
            error.wpr_page = page  # type: ignore[attr-defined] - named in the one-line report
            raise
    return results


def _extract_locked(pdf_path: str, page_number: int) -> PageResult:
    # Apart from the task: Dask pickles the task's function by value (the module attribute is
    # the Task), which must not reach the lock itself; this function goes by reference.
    with PDFIUM_LOCK:  # in-process extraction: task threads share one pdfium
        return extract_page(pdf_path, page_number)


def page_chunks(n_pages: int, size: int = CHUNK_PAGES) -> list[list[int]]:
    pages = list(range(1, n_pages + 1))
    return [pages[i:i + size] for i in range(0, n_pages, size)]


@task(name="assemble", cache_policy=NO_CACHE)
def assemble_task(pages: list[PageResult]) -> list[Table]:
    return extractors.tables_of_pages(pages)


@task(name="match", cache_policy=NO_CACHE)
def match_task(tables: list[Table], edition: str) -> Edition:
    from export.edition import build_edition

    return build_edition(tables, edition)


@task(name="check", cache_policy=NO_CACHE)
def check_task(data: Edition) -> Edition:
    from schemas import run_checks

    data.checks = run_checks(data.facts, orphans=data.orphans)
    return data


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(data: Edition, out_dir: str, source: SourcePDF, processes: int = 0) -> str:
    from export.publish import publish

    # The report's pictures drawn by the worker processes, idle by now, side by side.
    render = workers_pool.strip_renderer(processes) if processes else None
    return str(publish(data, out_dir, source, rebuild_catalog=False, render=render))  # the flow rebuilds it


@task(name="qa-artifacts", cache_policy=NO_CACHE)
def qa_artifacts_task(path: str, edition: str) -> dict[str, int]:
    """The report's summary in the Prefect UI (the run's Artifacts tab). Keyed by edition, so
    the UI also shows how the counts moved from one run to the next."""
    from export.report import ReportInputs, flagged_table, summary, summary_markdown

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


# The modules of the steps after extraction (pandas, pyarrow, pandera, jinja2, opencc, sqlite-utils), and
# with them what they build on first use (schema, converter, template): ~1 s of a cold run.
LATER_STEPS = ("extractors.assemble", "extractors.orphans", "export.edition", "matching", "matching.tables",
               "schemas", "schemas.checks", "export.publish", "export.report", "export.catalog")


def import_later_steps() -> None:
    for name in LATER_STEPS:
        importlib.import_module(name)


def prepare_later_steps() -> None:
    """Import the later steps and call each one's `prepare()`."""
    for name in LATER_STEPS:
        getattr(importlib.import_module(name), "prepare", lambda: None)()


def _preload() -> None:
    """Prepare the later steps in a background thread while the worker processes extract the
    pages, rather than after them (next to nothing left to do when the CLI did it).

    pandera's typing module is imported here first, in the calling thread: importing it
    replaces typing's `_GenericAlias.__call__` with a function that reads a class the module
    defines further down, so any thread calling a generic alias while another imports it
    fails ("name 'DataFrameBase' is not defined", seen once on a page in 400 extractions)."""
    importlib.import_module("pandera.typing.common")
    threading.Thread(target=prepare_later_steps, daemon=True, name="wpr-preload").start()


def checks_summary(checks: Any) -> dict[str, int]:
    from schemas import summary

    return summary(checks)


def _damaged(error: Exception) -> bool:
    """The PDF is at fault: a parser's error, or the PDF library killed its worker."""
    if isinstance(error, WorkerCrashed):
        return error.crashed
    return isinstance(error, DamagedPage) or type(error).__module__.split(".")[0] in ("pdfminer", "pypdfium2", "zlib")


def _page_results(futures: list[Any], chunks: list[list[int]], pdf_path: str,
                  page_timeout: float) -> list[PageResult]:
    """Each page's result; a page that failed becomes one line naming it (InputError when the
    PDF is at fault: too slow a page, or one the parser cannot read)."""
    results: list[PageResult] = []
    for future, chunk in zip(futures, chunks):
        try:
            results.extend(future.result())
        except PageTimeout as error:
            raise InputError(f"{pdf_path}: page {error.page} took longer than {page_timeout:g} s "
                             "(--page-timeout); nothing was published") from None
        except TimeoutError:  # in-process: the chunk's limit, its pages' limits summed
            pages = f"page {chunk[0]}" if len(chunk) == 1 else f"pages {chunk[0]}-{chunk[-1]}"
            raise InputError(f"{pdf_path}: {pages} took longer than {page_timeout:g} s "
                             "(--page-timeout); nothing was published") from None
        except Exception as error:  # noqa: BLE001 - one line per failure, the page named
            lines = str(error).strip().splitlines()
            reason = lines[0] if lines else type(error).__name__
            number = getattr(error, "wpr_page", chunk[0])
            if _damaged(error):
                raise InputError(f"{pdf_path}: damaged PDF, page {number} cannot be read ({reason})") from None
            raise RuntimeError(f"page {number}: {reason}") from error
    return results


@flow(name="extract-edition", task_runner=_task_runner(), validate_parameters=False)
def extract_edition(pdf_path: str, out_dir: str = "output", edition: str | None = None,
                    max_pages: int = MAX_PAGES, page_timeout: float = PAGE_TIMEOUT,
                    workers: int | None = None, source: SourcePDF | None = None) -> dict[str, Any]:
    """Extract every table of one PDF and publish it as out_dir/<edition>/.

    `source` is the caller's record of that PDF (`extractors.source.read_source`), read here
    when not given; either way the file is checked, hashed and its title read once a run.
    InputError (one line) when the PDF cannot give an edition: too many pages, a page slower
    than page_timeout, no text layer at all, no tables. Pages without a text layer among
    others are a warning, in the result's `warnings`."""
    pdf_path = str(pdf_path)
    started = time.monotonic()
    # The pipeline's time includes the pages the CLI had the workers read ahead before this
    # flow started (not the time they then waited for Prefect; nothing when every page came
    # from the cache and what was read ahead went unused).
    ahead = workers_pool.read_ahead_seconds(pdf_path, started)
    catalog.ensure(out_dir)  # a run stopped before its catalog was rebuilt left it stale
    source = source or read_source(pdf_path, max_pages)
    n_pages = source.pages or 0
    edition = edition_or_name(source, edition)
    label = source.name
    processes = processes_for(n_pages, workers)
    if processes:
        workers_pool.warm_up(processes, pdf_path)  # started already if the CLI did, else now
        _preload()
    version = extractor_version()
    chunks = page_chunks(n_pages)
    # In worker processes each page has its own limit (flows.workers); in this process the
    # chunk's task has its pages' limits summed.
    futures = [extract_pages_task.with_options(timeout_seconds=None if processes else page_timeout * len(chunk))
               .submit(pdf_path, source.sha256, chunk, version, processes or 1, page_timeout)
               for chunk in chunks]
    sizes = {future.task_run_id: len(chunk) for future, chunk in zip(futures, chunks)}
    done = 0
    _report(label, done, n_pages)
    try:
        for future in as_completed(futures):
            done += sizes[future.task_run_id]
            _report(label, done, n_pages)
        pages = _page_results(futures, chunks, pdf_path, page_timeout)
    finally:
        workers_pool.drop_read_ahead()  # pages read ahead that came from the cache instead
    cached = sum(sizes[f.task_run_id] for f in futures if f.state.name == "Cached")
    warnings = []
    source = source.with_blank_pages({page.page: page.n_chars for page in pages})
    if warning := text_layer(source):
        get_run_logger().warning(warning)
        warnings.append(warning)
    # quote(): Prefect would otherwise walk every cell of these looking for futures (~1 s each).
    tables = assemble_task(quote(pages))
    if not tables:
        raise not_a_report(source)
    data = check_task(quote(match_task(quote(tables), edition)))
    path = Path(publish_task(quote(data), str(out_dir), source, processes))
    workers_pool.done_with_workers()  # the report's pictures were their last job
    # The catalog across editions in a thread beside the QA artifacts: sqlite, pyarrow and the
    # server's answers leave the lock to the other, and the second core is idle by now.
    with ThreadPoolExecutor(1, thread_name_prefix="wpr-catalog") as beside:
        rebuilt = beside.submit(catalog.rebuild, out_dir)
        run_state.record(out_dir, source.name, source.sha256, edition, source.path)
        qa_artifacts_task(str(path), edition)
        rebuilt.result()
    return {
        "pdf": pdf_path, "edition": edition, "path": str(path), "pages": n_pages, "cached_pages": cached,
        "tables": len(tables), "facts": len(data.facts),
        "review": int((data.matches["status"] == "review").sum()),
        "checks": checks_summary(data.checks),
        "seconds": round(time.monotonic() - started + (ahead if cached < n_pages else 0.0), 2),
        "warnings": warnings,
        "flow_run_id": str(flow_run.id),  # the run's page in the Prefect UI, with its QA artifacts
    }


@flow(name="run", validate_parameters=False)
def run(raw_dir: str = "raw", out_dir: str = "output", force: bool = False, max_pages: int = MAX_PAGES,
        page_timeout: float = PAGE_TIMEOUT, runner: str = "threads", address: str | None = None,
        workers: int | None = None) -> dict[str, list]:
    """Every new or changed PDF under raw_dir; one failing PDF is reported and does not stop the others.

    A PDF whose bytes and pipeline are those of its edition's current publication is skipped
    (`export.state`), unless `force`. This is what `wpr serve` runs on its schedule."""
    logger = get_run_logger()
    published: list[dict[str, Any]] = []
    unchanged: list[dict[str, str]] = []
    failed: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    extract = with_runner(extract_edition, runner, address)
    catalog.ensure(out_dir)  # a run stopped before its catalog was rebuilt left it stale
    for pdf in pdfs_in(raw_dir):
        try:
            source = read_source(pdf, max_pages)
            kept = None if force else run_state.unchanged(out_dir, pdf.name, source.sha256)
            edition = kept or edition_or_name(source)
            if edition in seen:
                raise ValueError(f"same edition {edition} as {seen[edition]}; give it another file")
            seen[edition] = pdf.name
            if kept:
                logger.info(f"{pdf.name}: unchanged, {edition} is up to date")
                unchanged.append({"pdf": str(pdf), "edition": edition, "sha256": source.sha256})
                continue
            published.append(extract(str(pdf), out_dir, edition, max_pages=max_pages, page_timeout=page_timeout,
                                     workers=workers_for(runner, workers), source=source))
            logger.info(f"{pdf.name}: published {edition}")
        except Exception as error:  # noqa: BLE001 - reported, and the run goes on
            lines = str(error).strip().splitlines()
            reason = lines[0] if lines else type(error).__name__
            message = reason if isinstance(error, InputError) else f"{pdf}: {reason}"
            logger.error(message)
            failed.append({"pdf": str(pdf), "error": message})  # error: one line, path first
    logger.info(f"{len(published)} published, {len(unchanged)} unchanged, {len(failed)} failed")
    return {"published": published, "unchanged": unchanged, "failed": failed}
