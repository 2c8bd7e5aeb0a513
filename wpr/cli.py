"""`wpr`: extract one PDF or every PDF of a folder into the published dataset.

Prefect is imported only inside the commands, after the environment below is set: its
settings are read at import time.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

_PROJECT = Path(__file__).resolve().parents[1]
if (_PROJECT / "pyproject.toml").exists():
    # A checkout: keep Prefect's database and the page cache with the project, no setup needed.
    os.environ.setdefault("PREFECT_HOME", str(_PROJECT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")
# Prefect logs a traceback per failed run; the CLI reports failures itself in one line.
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="WIPO Performance Report PDFs → open datasets (tables, facts).")
out = Console()
err = Console(stderr=True)

OutOption = Annotated[Path, typer.Option("--out", help="Folder the editions are published in.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs.")]


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"wpr: {message}", style="red", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _verbose(on: bool) -> None:
    if on:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("pages"), TimeElapsedColumn(), console=err, transient=False)


def _on_pages(progress: Progress) -> Any:
    bars: dict[str, Any] = {}

    def update(label: str, done: int, total: int) -> None:
        if label not in bars:
            bars[label] = progress.add_task(label, total=total)
        progress.update(bars[label], completed=done, total=total)

    return update


def _summary(published: list[dict[str, Any]], seconds: float) -> None:
    table = RichTable(title=f"Published {len(published)} edition(s) in {seconds:.1f} s",
                      title_justify="left")
    table.add_column("edition")
    for column in ("pages", "tables", "numeric cells", "labels to review", "seconds"):
        table.add_column(column, justify="right")
    for item in published:
        table.add_row(item["edition"], str(item["pages"]), str(item["tables"]), str(item["facts"]),
                      str(item.get("review", 0)), f"{item['seconds']:.1f}")
    out.print(table)
    for item in published:
        out.print(f"{item['edition']} → {item['path']}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def extract(
    pdf: Annotated[Path, typer.Argument(help="The report PDF.")],
    out_dir: OutOption = Path("output"),
    edition: Annotated[str | None, typer.Option("--edition", help="Edition id; read from the PDF if omitted.")] = None,
    verbose: VerboseOption = False,
) -> None:
    """Extract one PDF and publish it as OUT/<edition>/."""
    from wpr.inputs import InputError, check_pdf

    from export.publish import EDITION_ID

    started = time.monotonic()
    if edition is not None and not EDITION_ID.fullmatch(edition):
        raise _fail(f"--edition {edition!r}: use letters, digits, '.', '-', '_'", 2)
    try:
        check_pdf(pdf)  # before starting Prefect's server: a bad input fails in a second
    except InputError as error:
        raise _fail(str(error), 2) from None
    _verbose(verbose)
    from flows.extract import extract_edition, reporting

    try:
        with _progress() as progress, reporting(_on_pages(progress)):
            result = extract_edition(str(pdf), str(out_dir), edition)
    except KeyboardInterrupt:
        raise _fail("interrupted; nothing was published", 130) from None
    except Exception as error:  # noqa: BLE001 - one line, no traceback
        raise _fail(f"{pdf}: {_one_line(error)}") from None
    _summary([result], time.monotonic() - started)


@app.command()
def run(
    raw: Annotated[Path, typer.Option("--raw", help="Folder of report PDFs.")] = Path("raw"),
    out_dir: OutOption = Path("output"),
    verbose: VerboseOption = False,
) -> None:
    """Extract every PDF under RAW and publish each edition under OUT."""
    started = time.monotonic()
    if not raw.is_dir():
        raise _fail(f"{raw}: no such folder", 2)
    from wpr.inputs import pdfs_in

    if not pdfs_in(raw):
        err.print(f"wpr: no PDF under {raw}; nothing to do")
        return
    _verbose(verbose)
    from flows.extract import reporting, run as run_flow

    try:
        with _progress() as progress, reporting(_on_pages(progress)):
            result = run_flow(str(raw), str(out_dir))
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    except Exception as error:  # noqa: BLE001
        raise _fail(_one_line(error)) from None
    _summary(result["published"], time.monotonic() - started)
    for failure in result["failed"]:
        err.print(f"wpr: {failure['error']}", style="red", markup=False, highlight=False, soft_wrap=True)
    if result["failed"]:
        raise typer.Exit(1)


if __name__ == "__main__":
    sys.exit(app())


@app.command()
def review(
    edition: Annotated[str, typer.Argument(help="Edition id, e.g. wpr-2022-23-zh.")],
    out_dir: OutOption = Path("output"),
) -> None:
    """List the labels waiting for a reviewer: matched to no canonical id, with the nearest candidate."""
    import pandas as pd

    from matching import review_queue

    path = out_dir / edition / "matches.csv"
    if not path.is_file():
        raise _fail(f"{path}: no such file; publish the edition first (wpr extract / wpr run)", 2)
    queue = review_queue(pd.read_csv(path, dtype=str, keep_default_na=False))
    if queue.empty:
        out.print(f"{edition}: nothing to review")
        return
    table = RichTable(title=f"{edition}: {len(queue)} label(s) to review", title_justify="left")
    for column in ("table", "axis", "index", "page", "label", "nearest", "score", "kind"):
        table.add_column(column, overflow="fold")
    for row in queue.itertuples(index=False):
        table.add_row(row.table_id, row.axis, str(row.index), str(row.page), row.label,
                      row.candidate_id, str(row.score), row.kind)
    out.print(table)
    out.print("Accept a match by adding the label to the entry's aliases in schemas/registry/ "
              "(see its README); the next run uses it.", markup=False, highlight=False)


@app.command()
def tables(
    pdf: Annotated[Path, typer.Argument(help="Any born-digital PDF.")],
    pages: Annotated[str | None, typer.Option("--pages", help="Pages, e.g. 1,3-5 (default: all).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json, csv or xlsx.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (required for xlsx).")] = None,
) -> None:
    """Every table on the given pages as rows of cells, with its page and bounding box.

    No report semantics: no captions, ids or units. A header cell spanning several columns is
    repeated in each; merged body cells are left empty where they do not stand.
    """
    from wpr.inputs import InputError, check_pdf

    from extractors.generic import find_tables, parse_pages

    try:
        n_pages = check_pdf(pdf)
        found = find_tables(pdf, parse_pages(pages, n_pages))
    except (InputError, ValueError) as error:
        raise _fail(str(error), 2) from None
    except Exception as error:  # noqa: BLE001 - one line, no traceback
        raise _fail(f"{pdf}: {_one_line(error)}") from None
    from wpr.table_formats import write_tables_as

    try:
        write_tables_as(found, fmt, output)
    except ValueError as error:
        raise _fail(str(error), 2) from None
