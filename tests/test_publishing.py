"""Safe publishing (export/publish.py, export/history.py) and the run state (export/state.py).

Plain functions on small editions; no Prefect."""
from __future__ import annotations

import hashlib
import importlib
import threading
import time
import uuid
from pathlib import Path

import pytest

from conftest import editions_and_locks, make_pdf
from export.edition import build_edition
from export.history import EditionBusy, edition_lock, history, published_sha256, recover
from export.publish import publish
from extractors.source import sha256_file


def tree_hash(folder: Path) -> dict[str, str]:
    """Every file under folder (hidden ones too) → its sha256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def pdf(tmp_path: Path, name: str) -> Path:
    return make_pdf(tmp_path / name, f"{name} {uuid.uuid4()}", pages=1)


def test_republished_from_another_pdf_the_previous_goes_to_history(tmp_path):
    out = tmp_path / "out"
    first, second = pdf(tmp_path, "a.pdf"), pdf(tmp_path, "b.pdf")
    publish(build_edition([], "ed"), out, first)
    before = tree_hash(out / "ed")
    publish(build_edition([], "ed"), out, second)
    assert published_sha256(out / "ed") == sha256_file(second)
    kept = out / ".history" / "ed" / sha256_file(first)[:12]
    assert history(out, "ed") == [kept] and tree_hash(kept) == before

    # the same PDF again (new code, say): replaced, nothing more in the history
    publish(build_edition([], "ed"), out, second)
    assert history(out, "ed") == [kept]
    # back to the first PDF: the second's publication is kept too
    publish(build_edition([], "ed"), out, first)
    assert {p.name for p in history(out, "ed")} == {sha256_file(first)[:12], sha256_file(second)[:12]}
    assert published_sha256(out / "ed") == sha256_file(first)
    assert not list(out.glob(".ed.*-*")), "no staging folder left"


def test_a_failure_while_writing_leaves_the_publication_untouched(tmp_path, monkeypatch):
    module = importlib.import_module("export.publish")  # `export.publish` is the function
    out = tmp_path / "out"
    publish(build_edition([], "ed"), out, pdf(tmp_path, "a.pdf"))
    before = tree_hash(out)

    def half_then_fail(data, folder, source_pdf, render=None):
        (folder / "facts.csv").write_text("half", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(module, "write_edition", half_then_fail)
    with pytest.raises(OSError, match="disk full"):
        publish(build_edition([], "ed"), out, pdf(tmp_path, "b.pdf"))
    assert tree_hash(out) == before and editions_and_locks(out) == [".ed.lock", "ed"]


def test_a_second_publisher_waits_for_the_lock_or_says_why(tmp_path, monkeypatch):
    out = tmp_path / "out"
    publish(build_edition([], "ed"), out, pdf(tmp_path, "a.pdf"))
    before = tree_hash(out / "ed")
    monkeypatch.setenv("WPR_LOCK_TIMEOUT", "0.3")
    with edition_lock(out, "ed"):
        with pytest.raises(EditionBusy) as busy:
            publish(build_edition([], "ed"), out, pdf(tmp_path, "b.pdf"))
    message = str(busy.value)
    assert "\n" not in message and "another run" in message and ".ed.lock" in message
    assert tree_hash(out / "ed") == before

    # within the timeout it waits, then publishes
    monkeypatch.setenv("WPR_LOCK_TIMEOUT", "30")
    released = threading.Event()

    def hold() -> None:
        with edition_lock(out, "ed"):
            time.sleep(0.5)
        released.set()

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.1)
    third = pdf(tmp_path, "c.pdf")
    publish(build_edition([], "ed"), out, third)
    holder.join()
    assert released.is_set() and published_sha256(out / "ed") == sha256_file(third)


def test_two_publishers_at_once_leave_one_whole_edition(tmp_path):
    out = tmp_path / "out"
    sources = [pdf(tmp_path, f"{n}.pdf") for n in range(4)]
    errors: list[BaseException] = []

    def publish_one(source: Path) -> None:
        try:
            publish(build_edition([], "ed"), out, source)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=publish_one, args=(s,)) for s in sources]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert published_sha256(out / "ed") in {sha256_file(s) for s in sources}
    assert len(history(out, "ed")) == 3 and not list(out.glob(".ed.*-*"))


def test_recover_after_a_run_killed_between_the_two_renames(tmp_path):
    out = tmp_path / "out"
    publish(build_edition([], "ed"), out, pdf(tmp_path, "a.pdf"))
    before = tree_hash(out / "ed")
    (out / "ed").rename(out / ".ed.old-x1")  # killed right after moving it aside
    recover(out, "ed")
    assert tree_hash(out / "ed") == before and not list(out.glob(".ed.old-*"))


def test_run_state_knows_unchanged_pdfs(tmp_path):
    from export import state

    out = tmp_path / "out"
    source = pdf(tmp_path, "a.pdf")
    digest = sha256_file(source)
    assert state.unchanged(out, "a.pdf", digest) is None
    publish(build_edition([], "ed"), out, source)
    state.record(out, "a.pdf", digest, "ed")
    assert state.unchanged(out, "a.pdf", digest) == "ed"
    assert state.unchanged(out, "a.pdf", "0" * 64) is None       # new bytes
    assert state.unchanged(out, "b.pdf", digest) is None          # another file
    publish(build_edition([], "ed"), out, pdf(tmp_path, "x.pdf"))  # the edition replaced by another PDF
    assert state.unchanged(out, "a.pdf", digest) is None
    (out / ".state.json").write_text("{broken", encoding="utf-8")
    assert state.unchanged(out, "a.pdf", digest) is None


def test_deciding_a_pdf_is_unchanged_imports_neither_pandas_nor_pandera():
    """`wpr extract` asks export.state before it starts the worker processes: pandas and
    pandera there (0.5-1 s of imports) would hold back the pages read ahead."""
    import subprocess
    import sys

    code = ("import sys, export.state, matching, schemas; heavy = {'pandas', 'pandera', 'pyarrow'} & set(sys.modules);"
            "print(sorted(heavy)); sys.exit(1 if heavy else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[1])
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_packages_lazy_names_all_resolve():
    import matching
    import schemas

    for package in (matching, schemas):
        for name in package.__all__:
            assert getattr(package, name) is not None, f"{package.__name__}.{name}"
