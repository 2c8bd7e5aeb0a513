"""Speed and memory of the pipeline beside the raw libraries, measured in one run.

    python benchmarks/bench.py [PDF] [--repeat 3] [--quick]

Every measurement runs in a fresh child process (so imports and start-up count, and
peak memory is the child's own, from wait4's rusage) and is repeated; medians are
reported. Prefect's fixed cost is measured with an empty 10-task flow run the same way
(with the pipeline's mend to Prefect's flow engine, as its flows run).
The pipeline's "work" is the time inside the extract-edition flow (the CLI summary's
seconds, with --no-read-ahead so that every page is extracted inside it); its "overhead"
the rest of the wall time (interpreter, imports, Prefect's temporary server). Cold runs
start from an empty page cache, warm runs reuse it (`--force`: unforced, an unchanged PDF
has nothing to do). The project's own Prefect server (flows/server.py) is measured as a user
meets it: the first command, which starts it, once; then `wpr extract` of a changed copy of
the PDF (new bytes each run, so nothing is cached; pages read ahead while Prefect starts),
alternating with camelot stream, which it is compared with; then re-runs on the unchanged copy.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

RAW_LIBRARIES = {
    "pypdfium2 text, every page": """
import pypdfium2 as pdfium, sys
doc = pdfium.PdfDocument(sys.argv[1])
for page in doc:
    text = page.get_textpage()
    [text.get_charbox(i) for i in range(text.count_chars())]
""",
    "pdfplumber extract_tables(), every page": """
import pdfplumber, sys
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_tables()
        page.close()
""",
    "camelot stream, pages=all": """
import camelot, sys, warnings
warnings.filterwarnings("ignore")
camelot.read_pdf(sys.argv[1], pages="all", flavor="stream")
""",
    "camelot lattice, pages=all": """
import camelot, sys, warnings
warnings.filterwarnings("ignore")
camelot.read_pdf(sys.argv[1], pages="all", flavor="lattice")
""",
}

# With the mend wpr's flows run with (flows/prefect_mends.py: a run ends when its work does),
# so that Prefect's fixed cost is counted as the pipeline pays it.
EMPTY_FLOW = """
from prefect import flow, task
from flows import prefect_mends
prefect_mends.install()
@task
def step(i: int) -> int:
    return i
@flow
def empty() -> None:
    step.map(list(range(10))).result()
empty()
"""


COLD = "wpr extract, cold page cache"
WARM = "wpr extract, warm re-run"
EMPTY = "empty Prefect flow (10 tasks)"
FIRST = "first wpr extract, starts project server"
SERVED_COLD = "wpr extract, changed copy, project server"
SERVED_RERUN = "wpr extract, unchanged, project server"
SERVED_EMPTY = "empty Prefect flow, project server"
STREAM = "camelot stream, pages=all"
PLUMBER = "pdfplumber extract_tables(), every page"


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak MiB, stdout) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"bench: {' '.join(args[:3])} … exited {child.returncode}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024, out


def median_of(repeat: int, args: list[str], env: dict[str, str], before=None) -> dict[str, float]:
    return interleaved(repeat, [(args, env, before)])[0]


def interleaved(repeat: int, commands: list[tuple[list[str], dict[str, str], Any]]) -> list[dict[str, float]]:
    """Medians of each command, run in turn `repeat` times: commands compared with each other
    see the same machine (its speed drifts by tens of percent over minutes on a shared host)."""
    walls: list[list[float]] = [[] for _ in commands]
    peaks: list[list[float]] = [[] for _ in commands]
    works: list[list[float]] = [[] for _ in commands]
    for _ in range(repeat):
        for i, (args, env, before) in enumerate(commands):
            if before:
                before()
            wall, peak, out = run(args, env)
            walls[i].append(wall)
            peaks[i].append(peak)
            match = re.search(r"│\s*\S+\s*│\s*\d+\s*│\s*\d+\s*│\s*\d+\s*│\s*\d+\s*│\s*([\d.]+)\s*│", out)
            if match:
                works[i].append(float(match.group(1)))
    results = []
    for wall, peak, work in zip(walls, peaks, works):
        result = {"wall": statistics.median(wall), "peak": max(peak)}
        if work:
            result["work"] = statistics.median(work)
        results.append(result)
    return results


def concatenated(pdf: Path, times: int, folder: Path) -> Path:
    import pypdfium2 as pdfium
    src = pdfium.PdfDocument(str(pdf))
    out = pdfium.PdfDocument.new()
    for _ in range(times):
        out.import_pages(src)
    path = folder / f"{pdf.stem}-x{times}.pdf"
    out.save(str(path))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=ROOT / "raw" / "wpr-2022-23-zh.pdf")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="skip camelot lattice and the 2x/4x scaling runs")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="wpr-bench-"))
    home = scratch / "prefect"
    # One-off commands with Prefect's temporary server (the project's server is measured below).
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_LOGGING_LEVEL": "CRITICAL",
           "WPR_PREFECT_SERVER": "temporary"}
    env.pop("PREFECT_API_URL", None)
    wpr = [str(ROOT / ".venv" / "bin" / "wpr")] if (ROOT / ".venv" / "bin" / "wpr").exists() else [PY, "-m", "wpr.cli"]
    subprocess.run([str(Path(PY).with_name("prefect")), "server", "database", "upgrade", "-y"],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

    def cold() -> None:  # the page cache and the output; the database stays (a one-off)
        shutil.rmtree(home / "storage", ignore_errors=True)
        shutil.rmtree(scratch / "out", ignore_errors=True)

    rows: list[tuple[str, dict[str, float]]] = []
    # The flow's own work (issue #7: "inside the flow") is measured with every page extracted
    # inside it; the whole `wpr extract` against a running server as a user runs it.
    whole = wpr + ["extract", str(args.pdf), "--out", str(scratch / "out")]
    extract = whole + ["--no-read-ahead"]
    print(f"bench: {args.pdf.name}, {args.repeat} run(s) each, medians", file=sys.stderr)
    rows.append((COLD, median_of(args.repeat, extract, env, before=cold)))
    rows.append((WARM, median_of(args.repeat, extract + ["--force"], env)))  # unforced it has nothing to do
    rows.append((EMPTY, median_of(args.repeat, [PY, "-c", EMPTY_FLOW], env)))
    project = {**env, "WPR_PREFECT_SERVER": "project"}
    copy = scratch / f"{args.pdf.stem}-changed.pdf"
    changes = iter(range(1_000_000))

    def changed() -> None:  # new bytes (a comment after %%EOF): a PDF this output has not seen
        copy.write_bytes(args.pdf.read_bytes() + f"\n% change {next(changes)}\n".encode())

    served_whole = wpr + ["extract", str(copy), "--out", str(scratch / "out")]
    try:
        changed()
        rows.append((FIRST, median_of(1, served_whole, project)))  # the one-time start, printed beside
        # Side by side with camelot stream, which the served run is compared with.
        stream = [PY, "-c", RAW_LIBRARIES[STREAM], str(args.pdf)]
        served_cold, stream_runs = interleaved(args.repeat, [(served_whole, project, changed), (stream, env, None)])
        rows.append((SERVED_COLD, served_cold))
        rows.append((SERVED_RERUN, median_of(args.repeat, served_whole, project)))
        api = json.loads((home / "wpr-server.json").read_text())["api"]
        rows.append((SERVED_EMPTY, median_of(args.repeat, [PY, "-c", EMPTY_FLOW], {**env, "PREFECT_API_URL": api})))
    finally:
        subprocess.run(wpr + ["server", "stop"], env=project, stdout=subprocess.DEVNULL, check=False)
    rows.append((STREAM, stream_runs))
    for name, code in RAW_LIBRARIES.items():
        if (args.quick and "lattice" in name) or name == STREAM:
            continue
        repeat = 1 if "lattice" in name else args.repeat
        rows.append((name, median_of(repeat, [PY, "-c", code, str(args.pdf)], env)))
    if not args.quick:
        for times in (2, 4):
            bigger = concatenated(args.pdf, times, scratch)
            command = wpr + ["extract", str(bigger), "--out", str(scratch / "out"), "--edition", f"x{times}",
                             "--no-read-ahead"]
            rows.append((f"wpr extract, cold, fixture x{times}", median_of(1, command, env, before=cold)))
    report(rows)
    targets(dict(rows))
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


def report(rows: list[tuple[str, dict[str, float]]]) -> None:
    base = rows[0][1]
    pipeline = base.get("work", base["wall"])
    print(f"{'measurement':<42} {'wall s':>8} {'flow s':>8} {'peak MiB':>9} {'vs pipeline work':>17}")
    for name, m in rows:
        work = f"{m['work']:.2f}" if "work" in m else ""
        ratio = m.get("work", m["wall"]) / pipeline if pipeline else 0
        print(f"{name:<42} {m['wall']:>8.2f} {work:>8} {m['peak']:>9.0f} {ratio:>16.2f}x")


def targets(m: dict[str, dict[str, float]]) -> None:
    """Issues #7's and #16's targets, each with the figures it compares."""
    cold, warm, empty, served = m[COLD], m[WARM], m[EMPTY], m[SERVED_COLD]
    overhead = cold["wall"] - cold.get("work", 0)
    checks = [
        (f"cold flow work {cold.get('work', 0):.2f} s <= camelot stream {m[STREAM]['wall']:.2f} s",
         cold.get("work", 0) <= m[STREAM]["wall"]),
        (f"cold flow work {cold.get('work', 0):.2f} s < pdfplumber extract_tables {m[PLUMBER]['wall']:.2f} s",
         cold.get("work", 0) < m[PLUMBER]["wall"]),
        (f"one-off overhead {overhead:.2f} s <= empty flow {empty['wall']:.2f} s + 1 s",
         overhead <= empty["wall"] + 1),
        (f"project server: wpr extract of a changed copy {served['wall']:.2f} s <= camelot stream "
         f"{m[STREAM]['wall']:.2f} s (first command, starting the server: {m[FIRST]['wall']:.2f} s)",
         served["wall"] <= m[STREAM]["wall"]),
        (f"project server: wpr extract re-run on the unchanged PDF {m[SERVED_RERUN]['wall']:.2f} s <= 3 s",
         m[SERVED_RERUN]["wall"] <= 3),
        (f"warm re-run work {warm.get('work', 0):.2f} s < 3 s", warm.get("work", 0) < 3),
        (f"peak memory {max(r['peak'] for r in m.values()):.0f} MiB < 1024 MiB",
         max(r["peak"] for r in m.values()) < 1024),
    ]
    if "wpr extract, cold, fixture x4" in m:
        per_page = [m[k].get("work", 0) / n for k, n in ((COLD, 1), ("wpr extract, cold, fixture x2", 2),
                                                          ("wpr extract, cold, fixture x4", 4))]
        checks.append((f"flow work per fixture copy 1x/2x/4x: {' / '.join(f'{p:.2f}' for p in per_page)} s "
                       "(no worse than linear)", per_page[2] <= per_page[0] * 1.1))
    print()
    for text, ok in checks:
        print(f"{'ok  ' if ok else 'MISS'} {text}")


if __name__ == "__main__":
    sys.exit(main())
