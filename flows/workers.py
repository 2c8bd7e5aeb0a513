"""Pages extracted in worker processes, each page under a time limit.

Extraction is CPU-bound Python: threads share one core (the GIL), so pages go to a
pool of processes, one per core. The pool is started once per process (a worker
costs about 0.3 s to start: an interpreter and the extractor's imports) and kept for
later runs, e.g. those of `wpr serve`. No Prefect here: the workers import only the
extractor.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from extractors import pdf_page
from extractors.pages import PageResult, extract_page


class PageTimeout(Exception):
    """One page took longer than its time limit."""

    def __init__(self, page: int, seconds: float) -> None:
        super().__init__(f"page {page} took longer than {seconds:g} s")
        self.page, self.seconds = page, seconds

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker, re-raised here
        return PageTimeout, (self.page, self.seconds)


class WorkerCrashed(Exception):
    """A worker process died (the PDF library crashed on a page)."""


# Below this many pages, starting worker processes (about 0.3 s) costs more than it saves.
MIN_PAGES_FOR_PROCESSES = 12


def processes_for(n_pages: int, workers: int | None = None) -> int:
    """How many worker processes extract a PDF of n_pages: 0 means in this process."""
    workers = workers or default_workers()
    return workers if workers > 1 and n_pages >= MIN_PAGES_FOR_PROCESSES else 0


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


_pool: ProcessPoolExecutor | None = None
_pool_size = 0


def pool(workers: int) -> ProcessPoolExecutor:
    """The process pool of this process, started on first use."""
    global _pool, _pool_size
    if _pool is None or _pool_size != workers:
        shutdown()
        # spawn, not fork: the parent runs Prefect's threads, and a forked child could
        # inherit a lock one of them held.
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        _pool_size = workers
    return _pool


def warm_up(workers: int, pdf_path: str | Path | None = None) -> None:
    """Start the workers now (and open the PDF in each), so that their start-up overlaps
    other work: Prefect's start-up when the CLI calls this, the flow's first steps else."""
    for _ in range(workers):
        pool(workers).submit(_ready, str(pdf_path) if pdf_path else None)


def _ready(pdf_path: str | None) -> int:
    if pdf_path:
        path = str(Path(pdf_path).resolve())
        pdf_page.open_document(path, Path(path).stat().st_mtime)
    return os.getpid()


def shutdown() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


atexit.register(shutdown)


def submit_pages(pdf_path: str | Path, pages: list[int], seconds: float, workers: int) -> list[Future]:
    return [pool(workers).submit(extract_limited, str(pdf_path), page, seconds) for page in pages]


def results(pages: list[int], futures: list[Future]) -> list[PageResult]:
    """The pages' results in order. A page's error is raised with the page number as its
    `wpr_page`; WorkerCrashed when a worker died (the pool is replaced for the next run)."""
    out = []
    for page, future in zip(pages, futures):
        try:
            out.append(future.result())
        except BrokenProcessPool as error:
            shutdown()
            raise WorkerCrashed("the PDF library crashed on one of its pages") from error
        except Exception as error:
            error.wpr_page = page  # type: ignore[attr-defined]
            raise
    return out


def extract_limited(pdf_path: str, page_number: int, seconds: float) -> PageResult:
    """extract_page under a time limit; run in a worker's main thread, where signals land."""
    def expire(signum: int, frame: Any) -> None:
        raise PageTimeout(page_number, seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return extract_page(pdf_path, page_number)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
