"""Pages extracted in worker processes, each page under a time limit.

Extraction is CPU-bound Python: threads share one core (the GIL), so pages go to worker
processes, one per core: pebble's `ProcessPool`, which kills a worker whose page outlives its
time limit (stuck in C code, where no signal reaches) or replaces one that crashed. Its
processes are started with loky's context: a fresh interpreter that imports only what the job
needs and, unlike multiprocessing's spawn and forkserver, never re-runs the caller's main
script (a script without an `if __name__ == "__main__"` guard would start workers without end);
fork is no option in a process running Prefect's threads. The pool is started once per process
(a worker costs about 0.3 s to start) and kept for later runs, e.g. those of `wpr serve`. No
Prefect here.
"""
from __future__ import annotations

import atexit
import contextlib
import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pebble
from loky.backend import get_context

from export.crops import Drawn, Render, Strip, render_strips
from flows.collector import collect_less

if TYPE_CHECKING:
    from extractors.pages import PageResult

# The extractor is imported where it runs, in the workers: this process starts them first
# (the CLI imports this module before its workers start, and each worker imports the
# extractor itself).

# Below this many pages, starting worker processes (about 0.3 s) costs more than it saves.
MIN_PAGES_FOR_PROCESSES = 12
# A worker silent this long past a page's own limit is stuck in C code: it is killed.
GRACE_SECONDS = 5.0
# Workers yield the CPU to the process that feeds them (and to a Prefect server on the same
# machine): the flow's steps there are on the critical path, pages queued ahead are not.
NICENESS = 5
# A worker's start-up on a loaded machine, at most: a fresh interpreter and the extractor's imports.
WORKER_START_SECONDS = 2.0


class PageTimeout(Exception):
    """One page took longer than its time limit."""

    def __init__(self, page: int, seconds: float) -> None:
        super().__init__(f"page {page} took longer than {seconds:g} s")
        self.page, self.seconds = page, seconds

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker, re-raised here
        return PageTimeout, (self.page, self.seconds)


class WorkerCrashed(Exception):
    """A worker process died: killed by a signal (the PDF library crashed on a page, or the
    machine ran out of memory), or exited (it could not start: see its error above)."""

    def __init__(self, status: int | None) -> None:
        self.status = status
        if status is not None and status < 0:
            try:
                name = signal.Signals(-status).name
            except ValueError:
                name = f"signal {-status}"
            super().__init__(f"a worker process was killed by {name} reading it")
        else:
            super().__init__(f"a worker process exited with status {status}")

    @property
    def crashed(self) -> bool:
        return self.status is not None and self.status < 0

    def __reduce__(self) -> tuple[Any, ...]:
        return WorkerCrashed, (self.status,)


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def workers_for(runner: str, workers: int | None) -> int | None:
    """Worker processes of ours only with the threads runner: on Dask, the cluster's
    workers extract the pages, each in its own process."""
    return 1 if runner == "dask" else workers


def processes_for(n_pages: int, workers: int | None = None) -> int:
    """How many worker processes extract a PDF of n_pages: 0 means in this process."""
    workers = workers or default_workers()
    return workers if workers > 1 and n_pages >= MIN_PAGES_FOR_PROCESSES else 0


def _start_worker() -> None:
    """In each worker, once: pebble's workers ignore SIGINT already (Ctrl-C reaches the whole
    process group, and the parent decides for its workers: wpr/stopping.py)."""
    os.nice(NICENESS)
    collect_less()
    gc.freeze()  # the imports' objects live as long as the worker: out of the collector's passes


class _Job(Future):
    """A job's future as callers know it: pebble's errors as WorkerCrashed, and its timeout as
    the job's own error (PageTimeout for a page)."""

    def __init__(self, inner: pebble.ProcessFuture, timeout_error: Exception | None) -> None:
        super().__init__()
        self._inner, self._timeout_error = inner, timeout_error
        inner.add_done_callback(self._settle)

    def _settle(self, inner: pebble.ProcessFuture) -> None:
        if inner.cancelled():
            super().cancel()
            return
        error = inner.exception()
        if isinstance(error, pebble.ProcessExpired):
            error = WorkerCrashed(error.exitcode)
        elif isinstance(error, BrokenProcessPool):  # a worker died between jobs: the pool is renewed
            error = WorkerCrashed(None)
        elif isinstance(error, TimeoutError) and self._timeout_error is not None:
            error = self._timeout_error
        if error is None:
            self.set_result(inner.result())
        else:
            self.set_exception(error)

    def cancel(self) -> bool:
        """Only a job not started yet: one under way is left to finish."""
        return not self._inner.running() and self._inner.cancel()


class Pool:
    """`size` worker processes taking jobs from one queue."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._started = time.monotonic()
        self._pool = self._start()

    def _start(self) -> pebble.ProcessPool:
        return pebble.ProcessPool(max_workers=self.size, initializer=_start_worker, context=get_context("loky"))

    def submit(self, function: Callable[..., Any], *args: Any, limit: float | None = None,
               timeout_error: Exception | None = None) -> Future:
        """`function(*args)` in a worker; one still running `limit` + GRACE_SECONDS later is
        killed with its worker, and its future raises `timeout_error` (TimeoutError if None)."""
        if not self._pool.active:  # pebble gives up a pool whose worker died between jobs
            self._pool = self._start()
        timeout = None if limit is None else limit + GRACE_SECONDS
        return _Job(self._pool.submit(function, timeout, *args), timeout_error)

    def shutdown(self) -> None:
        # A worker still starting when its pool stops finds the parent's semaphores gone and
        # prints a traceback (seen in CI, a script done within a second): a pool younger than
        # a worker's start-up lets its workers start first. Runs of the pipeline last longer.
        time.sleep(max(0.0, WORKER_START_SECONDS - (time.monotonic() - self._started)))
        self._pool.stop()
        self._pool.join()


_pool: Pool | None = None
_lock = threading.Lock()


def pool(workers: int) -> Pool:
    """The pool of this process, started on first use."""
    global _pool
    with _lock:
        if _pool is None or _pool.size != workers:
            if _pool is not None:
                _pool.shutdown()
            _pool = Pool(workers)
        return _pool


def warm_up(workers: int, pdf_path: str | Path | None = None) -> None:
    """Start the workers now (and open the PDF in each), so that their start-up overlaps
    other work: Prefect's start-up when the CLI calls this, the flow's first steps else."""
    for _ in range(workers):
        pool(workers).submit(_ready, str(pdf_path) if pdf_path else None)


def shutdown() -> None:
    global _pool
    drop_read_ahead()
    with _lock:
        if _pool is not None:
            _pool.shutdown()
            _pool = None


atexit.register(shutdown)

_one_run = threading.Event()


@contextlib.contextmanager
def one_run() -> Iterator[None]:
    """Within it this process extracts one PDF (`wpr extract`): its workers may stop as soon
    as that run is done with them (`done_with_workers`)."""
    _one_run.set()
    try:
        yield
    finally:
        _one_run.clear()


def done_with_workers() -> None:
    """The run needs the workers no more. In a process of one run they stop now, beside the
    run's last steps: stopping waits on pebble's polling (up to 0.1 s) and the workers' exit,
    50-90 ms that were the command's last. Elsewhere (`wpr run`: the next PDF) they stay."""
    global _pool
    if not _one_run.is_set():
        return
    drop_read_ahead()
    with _lock:  # a run after this one (in-process callers) starts a pool of its own
        stopping, _pool = _pool, None
    if stopping is not None:
        threading.Thread(target=stopping.shutdown, name="wpr-workers-stop").start()  # joined at exit

@dataclass
class _ReadAhead:
    """The pages of one PDF queued by `read_ahead`."""
    stamp: tuple[int, int]                  # the file's (size, mtime) when they were queued
    since: float                            # when (time.monotonic())
    n_pages: int
    futures: dict[tuple[int, float], Future]   # (page, time limit) → its page, until a task takes it
    done: list[float] = field(default_factory=list)   # when each page was done


_ahead: dict[str, _ReadAhead] = {}   # by path


def _stamp(pdf_path: str) -> tuple[int, int]:
    stat = Path(pdf_path).stat()
    return stat.st_size, stat.st_mtime_ns


def _submit_page(path: str, page: int, seconds: float, workers: int) -> Future:
    return pool(workers).submit(extract_limited, path, page, seconds, limit=seconds,
                                timeout_error=PageTimeout(page, seconds))


def read_ahead(pdf_path: str | Path, n_pages: int, seconds: float, workers: int) -> None:
    """Queue every page of the PDF now: the workers extract pages while this process starts
    Prefect, and `submit_pages` takes these pages instead of queueing them again. What no
    task takes (its pages were cached) is dropped by `drop_read_ahead`."""
    path = str(pdf_path)
    ahead = _ahead[path] = _ReadAhead(_stamp(path), time.monotonic(), n_pages, {})
    for page in range(1, n_pages + 1):
        future = ahead.futures[(page, seconds)] = _submit_page(path, page, seconds, workers)
        future.add_done_callback(lambda _: ahead.done.append(time.monotonic()))


def read_ahead_seconds(pdf_path: str | Path, until: float) -> float:
    """How long the workers were busy on this PDF's pages read ahead before `until`
    (time.monotonic()): from queueing to the last page done, or to `until` if some were not."""
    if (ahead := _ahead.get(str(pdf_path))) is None:
        return 0.0
    finished = [t for t in list(ahead.done) if t <= until]
    end = max(finished) if ahead.n_pages and len(finished) == ahead.n_pages else until
    return max(0.0, end - ahead.since)


def drop_read_ahead() -> None:
    """Cancel the read-ahead pages no task took (those not started yet are never extracted)."""
    while _ahead:
        for future in _ahead.popitem()[1].futures.values():
            future.cancel()


def submit_pages(pdf_path: str | Path, pages: list[int], seconds: float, workers: int) -> list[Future]:
    path = str(pdf_path)
    if (ahead := _ahead.get(path)) is not None and ahead.stamp != _stamp(path):  # the file changed: start again
        drop_read_ahead()
        ahead = None
    taken = ahead.futures if ahead is not None else {}
    return [taken.pop((page, seconds), None) or _submit_page(path, page, seconds, workers) for page in pages]


def results(pages: list[int], futures: list[Future]) -> list[PageResult]:
    """The pages' results in order. A page's error is raised with the page number as its
    `wpr_page`."""
    out = []
    for page, future in zip(pages, futures):
        try:
            out.append(future.result())
        except Exception as error:
            error.wpr_page = page  # type: ignore[attr-defined]
            raise
    return out


# The report's pictures of a fixture take about 0.2 s; a strip is a small render.
RENDER_LIMIT = 60.0


def strip_renderer(workers: int) -> Render:
    """The report's pictures drawn by the pool's workers, idle once the pages are read: the
    strips in `workers` even runs, drawn side by side (pdfium draws one at a time per process)."""
    def render(pdf_path: str, strips: list[Strip]) -> list[Drawn]:
        size = -(-len(strips) // workers)
        futures = [pool(workers).submit(render_strips, pdf_path, strips[i:i + size], limit=RENDER_LIMIT)
                   for i in range(0, len(strips), size)]
        return [drawn for future in futures for drawn in future.result()]

    return render


def extract_limited(pdf_path: str, page_number: int, seconds: float) -> PageResult:
    """extract_page under a time limit; run in a worker's main thread, where signals land."""
    def expire(signum: int, frame: Any) -> None:
        raise PageTimeout(page_number, seconds)

    from extractors.pages import extract_page

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return extract_page(pdf_path, page_number)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _ready(pdf_path: str | None) -> int:
    from extractors import pdf_page

    if pdf_path:
        path = str(Path(pdf_path).resolve())
        pdf_page.open_document(path, Path(path).stat().st_mtime)
    return os.getpid()
