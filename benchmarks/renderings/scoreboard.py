"""The scoreboard: every rendering of the corpus extracted by `wpr extract` (into
.corpus/editions/<seed-engine>/) and scored with ../shared/tools/score.py against the truth,
printed as one table and written as Markdown (.corpus/scoreboard.md) and JSON
(.corpus/scoreboard.json, with score.py's per-table detail for `diagnose`)."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table as RichTable

from benchmarks.renderings.corpus import Rendering
from benchmarks.renderings.paths import CORPUS, EDITIONS, ROOT, SCORE, TRUTH, WPR

console = Console(width=200)  # the table's style column is long: never wrapped
UP_TO_DATE = ": up to date ("  # what `wpr extract` says when it had nothing to do


@dataclass
class Result:
    rendering: Rendering
    edition: Path | None
    seconds: float
    score: dict
    error: str = ""
    failed: int = 0   # failing checks (checks.csv): the report's own inconsistencies, or extraction errors

    def row(self) -> list[str]:
        style, info = self.rendering.style, self.rendering.info()
        if self.error:
            return [str(style.seed), style.engine, style.describe(), str(info.get("pages", "")), "-", self.error]
        located = f"{self.score['tables_located']}/{self.score['tables']}"
        return [str(style.seed), style.engine, style.describe(), str(info.get("pages", "")), located,
                f"{self.score['cell_accuracy']:.2%}", str(self.failed), f"{self.seconds:.0f}"]


HEADER = ["seed", "engine", "style", "pages", "tables located", "cells exact", "failed checks", "extract s"]


def failed_checks(edition: Path) -> int:
    """The edition's failing checks. The same text printed any way has the same inconsistencies
    (3 in the 2022/23 report: T6's plan column), so any more are extraction errors."""
    with (edition / "checks.csv").open(encoding="utf-8") as f:
        return sum(row["status"] == "fail" for row in csv.DictReader(f))


def edition_dir(out: Path) -> Path | None:
    """The edition `wpr extract` published last under `out` (the edition id is the PDF's name,
    hash included, when the title pages do not give it: older renderings leave theirs)."""
    found = sorted(out.glob("*/facts.csv"), key=lambda p: p.stat().st_mtime)
    return found[-1].parent if found else None


def extract(rendering: Rendering, workers: int | None = None) -> tuple[Path | None, float, str]:
    """`wpr extract` on one rendering: (edition folder, seconds, error)."""
    out = EDITIONS / rendering.name
    record = out / "extract.json"
    command = [str(WPR), "extract", str(rendering.pdf), "--out", str(out)]
    command += ["--workers", str(workers)] if workers else []
    env = {**os.environ, "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(ROOT / ".prefect"))}
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        return None, seconds, (done.stderr.strip().splitlines() or ["failed"])[-1][:80]
    if UP_TO_DATE in done.stdout and record.exists():  # nothing was extracted: keep the last run's time
        seconds = json.loads(record.read_text())["seconds"]
    else:
        record.write_text(json.dumps({"pdf": rendering.pdf.name, "seconds": round(seconds, 1)}) + "\n")
    return edition_dir(out), seconds, ""


def score(edition: Path, truth: Path = TRUTH) -> dict:
    done = subprocess.run([sys.executable, str(SCORE), str(edition), "--truth", str(truth), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def run_one(rendering: Rendering, workers: int | None) -> Result:
    edition, seconds, error = extract(rendering, workers)
    if edition is None:
        return Result(rendering, None, seconds, {}, error or "no edition published")
    return Result(rendering, edition, seconds, score(edition), failed=failed_checks(edition))


def run(renderings: list[Rendering], jobs: int = 1) -> list[Result]:
    """Every rendering extracted and scored, `jobs` at a time (each then with one page worker
    per job, so two runs at once do not fight over the cores)."""
    workers = 1 if jobs > 1 else None
    with console.status("extracting") as status, ThreadPoolExecutor(max_workers=jobs) as pool:
        results = []
        for result in pool.map(lambda r: run_one(r, workers), renderings):
            results.append(result)
            status.update(f"extracted {len(results)}/{len(renderings)}")
            console.print(" | ".join(result.row()), soft_wrap=True)
    return results


def markdown(results: list[Result]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + " --- |" * len(HEADER)]
    lines += ["| " + " | ".join(r.row()) + " |" for r in results]
    lines.append("")
    for engine in sorted({r.rendering.style.engine for r in results}) + [None]:
        scored = [r for r in results if r.score and engine in (None, r.rendering.style.engine)]
        if scored:
            found = sum(r.score["cells_found"] for r in scored)
            total = sum(r.score["cells"] for r in scored)
            seconds = sum(r.seconds for r in scored) / len(scored)
            failed = sum(r.failed for r in scored)
            lines.append(f"{engine or 'all renderings'}: {found}/{total} numeric cells exact = {found / total:.2%} "
                         f"over {len(scored)} rendering(s), {failed} failing checks, extraction {seconds:.0f} s "
                         "each on average.  ")
    return "\n".join(lines) + "\n"


def show(results: list[Result]) -> None:
    table = RichTable(title="renderings of wpr-2022-23-zh, scored against its truth")
    for column in HEADER:
        table.add_column(column, justify="right" if column not in ("engine", "style") else "left")
    for result in results:
        table.add_row(*result.row())
    console.print(table)


def write(results: list[Result], folder: Path = CORPUS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scoreboard.md").write_text(markdown(results), encoding="utf-8")
    detail = [{"name": r.rendering.name, "pdf": str(r.rendering.pdf), "edition": str(r.edition or ""),
               "style": r.rendering.style.as_dict(), "render": r.rendering.info(), "extract_seconds": r.seconds,
               "error": r.error, "score": r.score} for r in results]
    (folder / "scoreboard.json").write_text(json.dumps(detail, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    return folder / "scoreboard.md"
