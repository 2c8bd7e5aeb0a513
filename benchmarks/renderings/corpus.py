"""The corpus: N seeds rendered into .corpus/renderings/, one PDF per (seed, engine) named
with the hash of the engine's own source files and of the report's text, and a JSON beside it
(style, seconds, pages). A rendering whose file exists is not rendered again."""
from __future__ import annotations

import json
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from benchmarks.renderings.document import load_document
from benchmarks.renderings.engines import ENGINES
from benchmarks.renderings.paths import RENDERINGS
from benchmarks.renderings.style import Style, draw_style, engine_of

console = Console(stderr=True)


@dataclass(frozen=True)
class Rendering:
    style: Style
    pdf: Path

    @property
    def name(self) -> str:
        return f"s{self.style.seed:03d}-{self.style.engine}"

    @property
    def meta(self) -> Path:
        return self.pdf.with_suffix(".json")

    def info(self) -> dict:
        """What the render recorded: seconds, pages (empty before it is rendered)."""
        return json.loads(self.meta.read_text(encoding="utf-8")) if self.meta.exists() else {}


def parse_seeds(text: str) -> list[int]:
    """'0-5,9' → [0, 1, 2, 3, 4, 5, 9]."""
    seeds: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, _, last = part.partition("-")
        seeds += list(range(int(first), int(last or first) + 1))
    return seeds


def planned(n: int, seeds: list[int] | None = None, engines: list[str] | None = None,
            folder: Path = RENDERINGS) -> list[Rendering]:
    """The renderings of seeds 0..n-1 (or `seeds`), each on its engine, kept to `engines`."""
    unknown = set(engines or []) - set(ENGINES)
    if unknown:
        raise SystemExit(f"unknown engine(s) {', '.join(sorted(unknown))}: choose from {', '.join(ENGINES)}")
    chosen = [s for s in (seeds if seeds is not None else range(n)) if not engines or engine_of(s) in engines]
    hashes = {name: engine.source_hash() for name, engine in ENGINES.items()}
    return [Rendering(draw_style(s), folder / f"s{s:03d}-{engine_of(s)}-{hashes[engine_of(s)]}.pdf")
            for s in chosen]


def render_one(rendering: Rendering) -> dict:
    """Render one seed (in a worker process) and record its style, seconds and pages."""
    import pypdfium2

    rendering.pdf.parent.mkdir(parents=True, exist_ok=True)
    for stale in rendering.pdf.parent.glob(f"{rendering.name}-*"):  # another hash: older code
        stale.unlink()
    partial = rendering.pdf.with_suffix(".part.pdf")
    started = time.perf_counter()
    ENGINES[rendering.style.engine].render(_document(), rendering.style, partial)
    seconds = time.perf_counter() - started
    pages = len(pypdfium2.PdfDocument(partial))
    partial.rename(rendering.pdf)  # only a complete rendering gets the name the cache looks for
    info = {"style": rendering.style.as_dict(), "seconds": round(seconds, 1), "pages": pages}
    rendering.meta.write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return info


_DOCUMENT = None


def _document():
    global _DOCUMENT
    if _DOCUMENT is None:  # parsed once per worker process
        _DOCUMENT = load_document()
    return _DOCUMENT


def available(renderings: list[Rendering]) -> list[Rendering]:
    """The renderings whose engine can run here; one clear line per engine that cannot."""
    out = []
    for name in sorted({r.style.engine for r in renderings}):
        reason = ENGINES[name].missing()
        if reason:
            console.print(f"[bold red]engine {name} unavailable[/]: {reason} — its seeds are skipped")
    for rendering in renderings:
        if not ENGINES[rendering.style.engine].missing():
            out.append(rendering)
    return out


def build(renderings: list[Rendering], jobs: int = 2) -> list[Rendering]:
    """Render what is not in the cache yet, `jobs` at a time; the renderings that exist after."""
    todo = [r for r in available(renderings) if not r.pdf.exists()]
    console.print(f"corpus: {len(renderings)} renderings, {len(renderings) - len(todo)} cached, "
                  f"{len(todo)} to render in {RENDERINGS}")
    if todo:
        _render_all(todo, jobs)
    return [r for r in renderings if r.pdf.exists()]


def _render_all(todo: list[Rendering], jobs: int) -> None:
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress, ProcessPoolExecutor(max_workers=jobs) as pool:
        task = progress.add_task("rendering", total=len(todo))
        futures = {pool.submit(render_one, r): r for r in todo}
        for future in as_completed(futures):
            rendering = futures[future]
            try:
                info = future.result()
                progress.console.print(f"  {rendering.name}: {info['pages']} pages in {info['seconds']} s "
                                       f"({rendering.style.describe()})")
            except Exception as exc:  # one engine failing on one style must not stop the corpus
                progress.console.print(f"  [red]{rendering.name} failed[/]: {exc}")
            progress.advance(task)
