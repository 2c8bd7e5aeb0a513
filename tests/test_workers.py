"""Pages in worker processes: the time limit of a page, the process pool, the chunks."""
from __future__ import annotations

import threading
import time
import uuid

import pytest

from conftest import make_pdf


def test_a_page_over_its_limit_raises_page_timeout(monkeypatch):
    import extractors.pages
    import flows.workers

    def endless(pdf_path, page_number):
        while True:
            pass

    monkeypatch.setattr(extractors.pages, "extract_page", endless)
    with pytest.raises(flows.workers.PageTimeout) as raised:
        flows.workers.extract_limited("any.pdf", 7, 0.2)
    assert raised.value.page == 7 and "page 7 took longer than 0.2 s" in str(raised.value)


def test_pages_from_the_pool_equal_pages_in_process(tmp_path):
    from extractors.pages import extract_page
    from flows import workers

    pdf = make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=3)
    try:
        pooled = workers.results([1, 2, 3], workers.submit_pages(pdf, [1, 2, 3], 60, 2))
    finally:
        workers.shutdown()
    assert [p.page for p in pooled] == [1, 2, 3]
    assert [[t.grid() for t in p.tables] for p in pooled] == \
        [[t.grid() for t in extract_page(pdf, n).tables] for n in (1, 2, 3)]


def test_an_error_in_a_worker_names_its_page(tmp_path):
    from flows import workers

    pdf = make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=2)
    try:
        with pytest.raises(Exception) as raised:
            workers.results([1, 5], workers.submit_pages(pdf, [1, 5], 60, 2))
    finally:
        workers.shutdown()
    assert raised.value.wpr_page == 5


def test_pages_read_ahead_are_taken_not_queued_again_and_the_rest_dropped(tmp_path):
    from flows import workers

    pdf = str(make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=3))
    try:
        workers.read_ahead(pdf, 3, 60, 2)
        ahead = dict(workers._ahead[pdf].futures)
        taken = workers.submit_pages(pdf, [1, 2], 60, 2)
        assert taken == [ahead[(1, 60)], ahead[(2, 60)]]
        assert workers.submit_pages(pdf, [1], 30, 2)[0] is not ahead[(1, 60)]  # another time limit
        assert workers.read_ahead_seconds(pdf, time.monotonic()) > 0
        workers.drop_read_ahead()
        assert workers.read_ahead_seconds(pdf, time.monotonic()) == 0 and not workers._ahead
        assert ahead[(3, 60)].cancelled() or ahead[(3, 60)].done()
        assert [p.page for p in workers.results([1, 2], taken)] == [1, 2]
    finally:
        workers.shutdown()


def test_pages_read_ahead_of_a_file_that_changed_since_are_queued_again(tmp_path):
    import os

    from flows import workers

    pdf = str(make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=2))
    try:
        workers.read_ahead(pdf, 2, 60, 2)
        ahead = workers._ahead[pdf].futures[(1, 60)]
        stat = os.stat(pdf)
        os.utime(pdf, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
        assert workers.submit_pages(pdf, [1], 60, 2)[0] is not ahead
        assert not workers._ahead
    finally:
        workers.shutdown()


def test_page_chunks_cover_every_page_once():
    from flows.extract import page_chunks

    chunks = page_chunks(37, 16)
    assert chunks[0][0] == 1 and [p for c in chunks for p in c] == list(range(1, 38))
    assert max(len(c) for c in chunks) == 16


def crash() -> None:
    """A job that kills its worker, as a PDF library crashing on a page would."""
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_a_worker_that_dies_fails_its_job_and_is_replaced(tmp_path):
    from flows import workers

    pdf = make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=1)
    pool = workers.Pool(1)
    try:
        with pytest.raises(workers.WorkerCrashed) as crashed:
            pool.submit(crash).result(timeout=60)
        assert crashed.value.crashed and "killed by SIGKILL" in str(crashed.value)
        assert pool.submit(workers.extract_limited, str(pdf), 1, 60, limit=60).result(timeout=60).page == 1
    finally:
        pool.shutdown()


def test_a_job_stuck_past_its_limit_is_killed_and_its_worker_replaced(monkeypatch):
    """SIGALRM cannot interrupt C code: a job silent GRACE_SECONDS past its limit is killed."""
    from flows import workers

    monkeypatch.setattr(workers, "GRACE_SECONDS", 0.2)
    pool = workers.Pool(1)
    try:
        started = time.monotonic()
        with pytest.raises(workers.PageTimeout, match="page 7 took longer than 0.3 s"):
            pool.submit(sleep, 30, limit=0.3, timeout_error=workers.PageTimeout(7, 0.3)).result(timeout=60)
        assert time.monotonic() - started < 10
        assert pool.submit(sleep, 0).result(timeout=60) == 0
    finally:
        pool.shutdown()


def test_workers_run_from_a_script_without_a_main_guard(tmp_path):
    """Unlike multiprocessing's spawned children, the workers do not re-run the caller's script."""
    import subprocess
    import sys

    pdf = make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=2)
    script = tmp_path / "script.py"
    script.write_text("from flows import workers\n"
                      f"found = workers.results([1, 2], workers.submit_pages({str(pdf)!r}, [1, 2], 60, 2))\n"
                      "print('pages', [p.page for p in found])\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.stdout.strip() == "pages [1, 2]", done.stderr


def test_time_read_ahead_counts_until_the_last_page_done_not_while_the_pages_wait(tmp_path):
    from flows import workers

    pdf = str(make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=2))
    try:
        workers.read_ahead(pdf, 2, 60, 2)
        workers.results([1, 2], workers.submit_pages(pdf, [1, 2], 60, 2))
        while len(workers._ahead[pdf].done) < 2:  # done callbacks run just after the results
            time.sleep(0.01)
        busy = workers.read_ahead_seconds(pdf, time.monotonic())
        time.sleep(0.3)  # waiting for the flow adds nothing
        assert workers.read_ahead_seconds(pdf, time.monotonic()) == busy
        queued = workers._ahead[pdf].since
        assert workers.read_ahead_seconds(pdf, queued + 0.001) == pytest.approx(0.001, abs=1e-6)  # not all done then
    finally:
        workers.shutdown()


def test_report_pictures_drawn_by_the_workers_equal_those_drawn_here():
    from conftest import FIXTURE_PDF
    from export.crops import Outline, PageCrops

    from flows.workers import shutdown, strip_renderer
    try:
        with PageCrops(FIXTURE_PDF) as crops:
            wanted = [crops.crop(page, [Outline(300, top, 340, top + 10)])
                      for page in (7, 8, 9) for top in (200, 600)]
            here = crops.bands(wanted)
            pooled = crops.bands(wanted, strip_renderer(2))
            failing = crops.bands(wanted, lambda path, strips: 1 / 0)  # a pool that failed: drawn here
            short = crops.bands(wanted, lambda path, strips: strips[:1])  # a wrong answer: drawn here
    finally:
        shutdown()
    assert len({band.id for band in here.values()}) == 6
    assert pooled == here and failing == here and short == here


def test_the_workers_and_the_command_run_the_collector_less_often():
    """flows/collector.py: measured 0.3-0.6 s of a one-off run's CPU went to the collector's
    passes at Python's default thresholds."""
    import gc
    import subprocess
    import sys

    from flows import collector, workers

    pool = workers.Pool(1)
    try:
        assert pool.submit(gc.get_threshold).result(timeout=60) == collector.THRESHOLDS
    finally:
        pool.shutdown()
    command = ("import gc, sys\nfrom wpr import cli\nsys.argv = ['wpr', '--help']\n"
               "try:\n    cli.main()\nexcept SystemExit:\n    pass\nprint(gc.get_threshold())")
    done = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == str(collector.THRESHOLDS), done.stderr
    assert collector.THRESHOLDS[0] >= 10 * 700  # Python's default young generation


def test_the_workers_of_a_one_run_process_stop_when_it_is_done_with_them():
    from flows import workers

    workers.pool(1).submit(sleep, 0).result(timeout=60)
    workers.done_with_workers()  # `wpr run`: the next PDF may need them
    assert workers._pool is not None
    try:
        with workers.one_run():
            workers.done_with_workers()
        stopping = [t for t in threading.enumerate() if t.name == "wpr-workers-stop"]
        assert workers._pool is None and stopping
        stopping[0].join(timeout=60)
        workers.pool(1).submit(sleep, 0).result(timeout=60)  # the next run starts its own
        workers.done_with_workers()  # and keeps it: one_run() is over
        assert workers._pool is not None
    finally:
        workers.shutdown()
