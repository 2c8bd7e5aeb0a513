"""Pages extracted in worker processes, each page under a time limit.

Extraction is CPU-bound Python: threads share one core (the GIL), so pages go to worker
processes, one per core. A worker is `python -m flows.workers`: it imports only the
extractor and takes its jobs, pickled, on stdin. Not multiprocessing: its spawned
children re-run the parent's main script, which breaks any caller's script without an
`if __name__ == "__main__"` guard (and forking a process that runs Prefect's threads
is unsafe). The pool is started once per process (a worker costs about 0.3 s to start)
and kept for later runs, e.g. those of `wpr serve`. No Prefect here.
"""
from __future__ import annotations

import atexit
import gc
import os
import pickle
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors import pdf_page
from extractors.pages import PageResult, extract_page

ROOT = Path(__file__).resolve().parents[1]
# Below this many pages, starting worker processes (about 0.3 s) costs more than it saves.
MIN_PAGES_FOR_PROCESSES = 12
# A worker silent this long past a page's own limit is stuck in C code: it is killed.
GRACE_SECONDS = 5.0
# Workers yield the CPU to the process that feeds them (and to a Prefect server on the same
# machine): the flow's steps there are on the critical path, pages queued ahead are not.
NICENESS = 5


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


class _Worker:
    """One worker process and its pipes."""

    def __init__(self) -> None:
        # The parent's code, whatever the child's working directory and path.
        path = os.pathsep.join([str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
        self.process = subprocess.Popen([sys.executable, "-m", "flows.workers"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": path})

    def call(self, job: tuple[Any, ...], limit: float | None) -> Any:
        assert self.process.stdin and self.process.stdout
        try:
            pickle.dump(job, self.process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self.process.stdin.flush()
            if limit is not None and not select.select([self.process.stdout], [], [], limit + GRACE_SECONDS)[0]:
                self.close(kill=True)
                raise PageTimeout(job[2], job[3])
            status, value = pickle.load(self.process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as error:
            try:
                status = self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.close(kill=True)
                status = self.process.returncode
            raise WorkerCrashed(status) from error
        if status == "error":
            raise value
        return value

    def close(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        elif self.process.stdin:
            self.process.stdin.close()  # end of jobs: the worker exits
        self.process.wait()


class Pool:
    """Worker processes fed by one thread each from a shared queue of jobs."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.threads = [threading.Thread(target=self._serve, daemon=True, name=f"wpr-worker-{i}")
                        for i in range(size)]
        for thread in self.threads:
            thread.start()

    def submit(self, job: tuple[Any, ...], limit: float | None = None) -> Future:
        future: Future = Future()
        self.jobs.put((future, job, limit))
        return future

    def _serve(self) -> None:
        worker = _Worker()
        while (item := self.jobs.get()) is not None:
            future, job, limit = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(worker.call(job, limit))
            except (WorkerCrashed, PageTimeout) as error:
                if worker.process.poll() is not None:
                    worker = _Worker()  # a fresh one for the next jobs
                future.set_exception(error)
            except BaseException as error:  # noqa: BLE001 - the page's error, for its caller
                future.set_exception(error)
        worker.close()

    def shutdown(self) -> None:
        for _ in self.threads:
            self.jobs.put(None)


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
        pool(workers).submit(("ready", str(pdf_path) if pdf_path else None))


def shutdown() -> None:
    global _pool
    drop_read_ahead()
    with _lock:
        if _pool is not None:
            _pool.shutdown()
            _pool = None


atexit.register(shutdown)

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
    return pool(workers).submit(("page", path, page, seconds), limit=seconds)


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


def _ready(pdf_path: str | None) -> int:
    if pdf_path:
        path = str(Path(pdf_path).resolve())
        pdf_page.open_document(path, Path(path).stat().st_mtime)
    return os.getpid()


def serve() -> None:
    """A worker's loop: jobs from stdin, ("ok", result) or ("error", exception) to stdout."""
    jobs, answers = sys.stdin.buffer, sys.stdout.buffer
    # Ctrl-C reaches the whole process group: the parent decides for its workers (it kills
    # them, wpr/stopping.py), so none prints a KeyboardInterrupt of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(NICENESS)
    gc.freeze()  # the imports' objects live as long as the worker: out of the collector's passes
    sys.stdout = sys.stderr  # a library's print must not break the pipe's pickles
    while True:
        try:
            job = pickle.load(jobs)
        except (EOFError, OSError):  # the parent closed the pipe, or is gone
            return
        kind, *args = job
        try:
            answer: tuple[str, Any] = ("ok", extract_limited(*args) if kind == "page" else _ready(*args))
        except Exception as error:  # noqa: BLE001 - sent to the parent, which raises it
            answer = ("error", error)
        try:
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - an exception that does not pickle: its text then
            data = pickle.dumps(("error", RuntimeError(str(answer[1]))), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            answers.write(data)
            answers.flush()
        except BrokenPipeError:  # the parent is gone (stopped): nobody to answer, nothing to say
            return


if __name__ == "__main__":
    # By its module name: exceptions sent to the parent must pickle as flows.workers.*, not __main__.*
    from flows.workers import serve as serve_jobs

    serve_jobs()
