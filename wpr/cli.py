"""`wpr`: extract one PDF or every PDF of a folder into the published dataset.

Prefect is imported only inside the commands, after the environment below is set: its
settings are read at import time.
"""
from __future__ import annotations

import contextvars
import gc
import logging
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from flows.collector import collect_less

if TYPE_CHECKING:
    from extractors.source import SourcePDF

_PROJECT = Path(__file__).resolve().parents[1]
if (_PROJECT / "pyproject.toml").exists():
    # A checkout: keep Prefect's database and the page cache with the project, no setup needed.
    os.environ.setdefault("PREFECT_HOME", str(_PROJECT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")
# The temporary server's 20 s default is short on a busy 2-core machine (seen failing here).
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
# Prefect logs a traceback per failed run; the CLI reports failures itself in one line.
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
# Prefect's background services log their shutdown ("EventsWorker - Still processing items",
# "Service 'EventsWorker' failed with N pending items") on loggers named after the service,
# which propagate to the root logger, and on prefect._internal: a refusal or a stop said in
# one line must not be followed by them. -v shows them again.
_QUIET = {"PREFECT_LOGGING_ROOT_LEVEL": "CRITICAL", "PREFECT_INTERNAL_LOGGING_LEVEL": "CRITICAL"}
for _name, _level in _QUIET.items():
    os.environ.setdefault(_name, _level)


def quiet_logs() -> None:
    """The root logger at the level Prefect will give it, from now: before Prefect sets up its
    logging (or in a process where it never does), Python's last-resort handler would print
    what reaches the root logger at WARNING (the `wpr` command, from main())."""
    level = os.environ.get("PREFECT_LOGGING_ROOT_LEVEL", "WARNING")
    logging.getLogger().setLevel(logging.getLevelName(level) if level.isalpha() else int(level))

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="WIPO Performance Report PDFs → open datasets (tables, facts).")
out = Console()
err = Console(stderr=True)

OutOption = Annotated[Path, typer.Option("--out", help="Folder the editions are published in.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs.")]
MaxPagesOption = Annotated[int, typer.Option("--max-pages", min=1, help="Refuse PDFs with more pages.")]
PageTimeoutOption = Annotated[float, typer.Option(
    "--page-timeout", min=0.1, help="Seconds one page may take before the PDF is given up.")]
RunnerOption = Annotated[str, typer.Option(
    "--runner", help="Where pages are extracted: 'threads' (this process) or 'dask' (a Dask cluster).")]
AddressOption = Annotated[str | None, typer.Option(
    "--address", help="Dask scheduler address for --runner dask, e.g. tcp://10.0.0.5:8786.")]
WorkersOption = Annotated[int | None, typer.Option(
    "--workers", min=1, help="Processes extracting pages (default: one per core; 1: in this process).")]


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"wpr: {message}", style="red", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _verbose(on: bool) -> None:
    if on:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"
        for name in _QUIET:
            os.environ[name] = "WARNING"
        quiet_logs()


def _up_to_date(source: SourcePDF, out_dir: Path, edition: str | None) -> str | None:
    """The edition OUT holds of these bytes, made by this pipeline, when it is the one asked
    for (export.state); its catalog brought up to date too. None: there is work to do."""
    from export import catalog, state

    kept = state.unchanged(out_dir, source.name, source.sha256)
    if kept is None or (edition is not None and edition != kept):
        return None
    catalog.ensure(out_dir)
    return kept


def _published_from(source: SourcePDF, out_dir: Path) -> bool:
    """OUT holds an edition published from these bytes by this pipeline (export.state)."""
    from export import state

    return state.unchanged(out_dir, source.name, source.sha256) is not None


def _stop_cleanly(out_dir: Path | None = None, message: str = "nothing was published") -> None:
    """SIGINT and SIGTERM end this command in a moment, with one line (wpr/stopping.py); the
    project's Prefect server and its watchdog are left to serve the next command."""
    from wpr import stopping

    if not _AS_COMMAND:  # called in-process (tests, notebooks): the caller owns its signals
        return

    def keep() -> set[int]:
        from flows import server

        running = server.status()
        return {running.pid, running.watchdog} if running else set()

    stopping.install(out_dir, message, keep)


def _flow_call(a_flow: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a flow; in the `wpr` command, off the main thread. Prefect takes over SIGTERM for a
    flow run in the main thread and, on SIGTERM, reports the run crashed to its server before
    handing the signal on (seconds on a busy machine, once per nested flow: past the grace
    period of `timeout -k`); in another thread it leaves the signal to this command's handler,
    which stops at once (wpr/stopping.py). The main thread waits, and takes the signals."""
    if not _AS_COMMAND:
        return a_flow(*args, **kwargs)
    context = contextvars.copy_context()  # the progress callback (flows.extract.reporting)
    with ThreadPoolExecutor(1, thread_name_prefix="wpr-flow") as pool:
        return pool.submit(context.run, a_flow, *args, **kwargs).result()


def _project_server() -> str | None:
    """Point Prefect at the project's own server (flows/server.py), started on first use; its UI's
    address, or None when Prefect's temporary server is used (PREFECT_API_URL names another
    server, WPR_PREFECT_SERVER=temporary, or ours could not start: one line says why)."""
    import atexit

    from flows import server

    if not server.wanted():
        return None
    started_at = time.monotonic()
    try:
        running, started = server.use()
    except Exception as error:  # noqa: BLE001 - never a failed run because of it
        _warn(f"the project's Prefect server could not start ({_one_line(error)}); using a temporary one")
        return None
    if started:
        err.print(f"wpr: started the project's Prefect server at {running.ui} in {time.monotonic() - started_at:.1f} s "
                  "(once; later commands reuse it; `wpr server stop` stops it)", markup=False, highlight=False,
                  soft_wrap=True)
    os.environ["PREFECT_API_URL"] = running.api
    atexit.register(server.touch)
    return running.ui


def _ui_link(ui: str | None, result: dict[str, Any]) -> None:
    """The flow run's page in the Prefect UI (its QA artifacts are there)."""
    if ui is None and os.environ.get("PREFECT_API_URL"):
        from prefect.settings import get_current_settings

        ui = get_current_settings().ui_url
    if ui and result.get("flow_run_id"):
        out.print(f"Prefect UI (QA artifacts): {ui.rstrip('/')}/runs/flow-run/{result['flow_run_id']}",
                  markup=False, highlight=False, soft_wrap=True)


def _import_flows(later_steps: bool = True) -> None:
    """Import Prefect (and the later steps' modules) now, and leave what the imports built
    (objects that live until exit) out of the cyclic collector's passes, which otherwise
    walk them all several times a run: 0.7 s of a one-off run's 3.5 s of CPU went there.
    `run` leaves the later steps to the flow: with every PDF unchanged it never needs them."""
    gc.disable()  # the imports make next to no garbage
    try:
        from flows.extract import import_later_steps

        if later_steps:
            import_later_steps()
    finally:
        gc.freeze()
        gc.enable()


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


def _runner(runner: str, address: str | None) -> None:
    """Refuse a bad --runner/--address before Prefect starts."""
    if runner not in ("threads", "dask"):
        raise _fail(f"--runner {runner!r}: use 'threads' or 'dask'", 2)
    if runner == "dask":
        if not address:
            raise _fail("--runner dask needs --address tcp://HOST:PORT of a Dask scheduler", 2)
        try:
            import prefect_dask  # noqa: F401
        except ImportError:
            raise _fail("--runner dask needs prefect-dask: pip install prefect-dask", 2) from None
    elif address:
        raise _fail("--address is for --runner dask", 2)


def _warn(message: str) -> None:
    err.print(f"wpr: warning: {message}", style="yellow", markup=False, highlight=False, soft_wrap=True)


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
        if checks := item.get("checks"):
            out.print(f"{item['edition']}: checks {checks['run']} run / {checks.get('rounding', 0)} rounding / "
                      f"{checks.get('fail', 0)} failed (checks.csv, report.html)", markup=False, highlight=False)


@app.command()
def extract(
    pdf: Annotated[Path, typer.Argument(help="The report PDF.")],
    out_dir: OutOption = Path("output"),
    edition: Annotated[str | None, typer.Option("--edition", help="Edition id; read from the PDF if omitted.")] = None,
    max_pages: MaxPagesOption = 2000,
    page_timeout: PageTimeoutOption = 300.0,
    runner: RunnerOption = "threads",
    address: AddressOption = None,
    workers: WorkersOption = None,
    read_ahead_pages: Annotated[bool, typer.Option(
        "--read-ahead/--no-read-ahead",
        help="Have the workers extract pages while Prefect starts (not when OUT already holds this "
             "PDF's edition: its pages are cached then).")] = True,
    force: Annotated[bool, typer.Option(
        "--force", help="Extract and publish again even when OUT holds this PDF's edition, made by this "
                        "pipeline (same code, registry and rules).")] = False,
    verbose: VerboseOption = False,
) -> None:
    """Extract one PDF and publish it as OUT/<edition>/ (nothing to do when OUT holds the edition
    of these bytes made by this pipeline: --force does it again)."""
    from export.history import EDITION_ID
    from extractors.source import InputError, read_source

    started = time.monotonic()
    _stop_cleanly(out_dir)
    if edition is not None and not EDITION_ID.fullmatch(edition):
        raise _fail(f"--edition {edition!r}: use letters, digits, '.', '-', '_'", 2)
    _runner(runner, address)
    try:
        source = read_source(pdf, max_pages)  # before starting Prefect's server: a bad input fails in a second
    except InputError as error:
        raise _fail(str(error), 2) from None
    if not force and (kept := _up_to_date(source, out_dir, edition)):
        out.print(f"{kept}: up to date ({source.name} unchanged, same pipeline) in {out_dir / kept} "
                  f"({time.monotonic() - started:.1f} s; --force extracts it again)", markup=False, highlight=False,
                  soft_wrap=True)
        return
    from flows.workers import one_run, processes_for, read_ahead, warm_up, workers_for

    workers = workers_for(runner, workers)
    if processes := processes_for(source.pages or 0, workers):
        warm_up(processes, pdf)  # the workers start, and extract pages, while Prefect starts
        if read_ahead_pages and not _published_from(source, out_dir):  # else its pages are cached
            read_ahead(str(pdf), source.pages or 0, page_timeout, processes)
    _verbose(verbose)
    ui = _project_server()
    _import_flows()
    from flows.extract import extract_edition, reporting, with_runner

    try:
        with _progress() as progress, reporting(_on_pages(progress)), one_run():
            result = _flow_call(with_runner(extract_edition, runner, address),
                                str(pdf), str(out_dir), edition, max_pages=max_pages, page_timeout=page_timeout,
                                workers=workers, source=source)
    except KeyboardInterrupt:
        raise _fail("interrupted; nothing was published", 130) from None
    except InputError as error:  # found while extracting: scanned, not a report, a page too slow
        raise _fail(str(error), 2) from None
    except Exception as error:  # noqa: BLE001 - one line, no traceback
        raise _fail(f"{pdf}: {_one_line(error)}") from None
    for warning in result.get("warnings", []):
        _warn(warning)
    _summary([result], time.monotonic() - started)
    _ui_link(ui, result)


@app.command()
def run(
    raw: Annotated[Path, typer.Option("--raw", help="Folder of report PDFs.")] = Path("raw"),
    out_dir: OutOption = Path("output"),
    force: Annotated[bool, typer.Option("--force", help="Extract unchanged PDFs again too.")] = False,
    max_pages: MaxPagesOption = 2000,
    page_timeout: PageTimeoutOption = 300.0,
    runner: RunnerOption = "threads",
    address: AddressOption = None,
    workers: WorkersOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Extract every new or changed PDF under RAW and publish each edition under OUT.

    A PDF whose bytes (sha256) and pipeline are those of its current publication is skipped
    (OUT/.state.json); --force extracts it again."""
    started = time.monotonic()
    _stop_cleanly(out_dir, "the edition in progress was not published (editions published before it stay)")
    if not raw.is_dir():
        raise _fail(f"{raw}: no such folder", 2)
    _runner(runner, address)
    from extractors.source import pdfs_in

    if not pdfs_in(raw):
        err.print(f"wpr: no PDF under {raw}; nothing to do")
        return
    _verbose(verbose)
    ui = _project_server()
    _import_flows(later_steps=False)
    from flows.extract import reporting, run as run_flow

    try:
        with _progress() as progress, reporting(_on_pages(progress)):
            result = _flow_call(run_flow, str(raw), str(out_dir), force=force, max_pages=max_pages,
                                page_timeout=page_timeout, runner=runner, address=address, workers=workers)
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    except Exception as error:  # noqa: BLE001
        raise _fail(_one_line(error)) from None
    for item in result["published"]:
        for warning in item.get("warnings", []):
            _warn(warning)
    if result["published"] or not result.get("unchanged"):
        _summary(result["published"], time.monotonic() - started)
    else:
        out.print(f"Nothing new under {raw} ({time.monotonic() - started:.1f} s).", markup=False, highlight=False,
                  soft_wrap=True)
    if result.get("unchanged"):
        names = ", ".join(f"{u['pdf'].rsplit('/', 1)[-1]} ({u['edition']})" for u in result["unchanged"])
        out.print(f"unchanged, not extracted again: {names}", markup=False, highlight=False, soft_wrap=True)
    for item in result["published"]:
        _ui_link(ui, item)
    for failure in result["failed"]:
        err.print(f"wpr: {failure['error']}", style="red", markup=False, highlight=False, soft_wrap=True)
    if result["failed"]:
        raise typer.Exit(1)


REVIEW_USAGE = """wpr review EDITION                          list the labels and flags waiting for a reviewer
wpr review accept EDITION ITEM ID [--all-editions]   the label is an alias of ID
wpr review reject EDITION ITEM                  the label is not an entity
wpr review check EDITION CHECK_ID --as real|extraction|accepted [--note TEXT]"""
_REVIEW_ARITY = {"list": 1, "accept": 3, "reject": 2, "check": 2}


@app.command(help=f"Review an edition: labels matched to no id, and flagged checks.\n\n{REVIEW_USAGE}")
def review(
    words: Annotated[list[str], typer.Argument(metavar="[ACTION] EDITION [ITEM|CHECK_ID] [ID]",
                                               help="accept, reject or check, then their arguments; "
                                                    "without an action: list.")],
    out_dir: OutOption = Path("output"),
    all_editions: Annotated[bool, typer.Option("--all-editions", help="accept: the alias holds for every edition.")] = False,
    decision: Annotated[str | None, typer.Option("--as", help="check: real, extraction or accepted.")] = None,
    note: Annotated[str, typer.Option("--note", help="check: why (kept with the decision).")] = "",
) -> None:
    from export import review as reviewing

    _stop_cleanly(out_dir, "the decision is recorded; the edition was not published again")
    action, args = (words[0], words[1:]) if words[0] in _REVIEW_ARITY else ("list", words)
    if len(args) != _REVIEW_ARITY[action]:
        raise _fail(f"review {action}: expected {_REVIEW_ARITY[action]} argument(s), got {len(args)}; usage:\n"
                    f"{REVIEW_USAGE}", 2)
    if action == "check" and decision is None:
        raise _fail("review check: say what the flag is: --as real, --as extraction or --as accepted", 2)
    edition = args[0]
    try:
        if action == "list":
            _list_review(out_dir, edition)
            return
        if action == "accept":
            row = reviewing.accept(out_dir, edition, args[1], args[2], all_editions)
            said = f"{row['alias']!r} is now an alias of {row['id']} ({'every edition' if all_editions else edition})"
        elif action == "reject":
            row = reviewing.reject(out_dir, edition, args[1])
            said = f"recorded as not an entity: {row['note'].rsplit(': ', 1)[-1]!r}"
        else:
            row = reviewing.decide(out_dir, edition, args[1], str(decision), note)
            said = f"{args[1]}: decided {row['decision']} (holds while its figures stay {row['figures']})"
    except reviewing.ReviewError as error:
        raise _fail(str(error), 2) from None
    out.print(f"{edition}: {said}", markup=False, highlight=False, soft_wrap=True)
    _publish_again(out_dir, edition)


def _list_review(out_dir: Path, edition: str) -> None:
    import pandas as pd

    from export import review as reviewing

    queue = reviewing.items(out_dir, edition)
    path = out_dir / edition / "checks.csv"
    checks = pd.read_csv(path, dtype=str, keep_default_na=False) if path.is_file() else pd.DataFrame(
        columns=["check_id", "status", "table_id", "page", "message"])
    flags = checks[(checks["status"].isin(["fail", "rounding"]))
                   & checks.get("review", pd.Series("new", index=checks.index)).isin(["new", "lapsed"])]
    if not queue and flags.empty:
        out.print(f"{edition}: nothing to review")
        return
    if queue:
        table = RichTable(title=f"{edition}: {len(queue)} label(s) to review", title_justify="left")
        for column in ("item", "table", "axis", "index", "label", "nearest", "kind"):
            table.add_column(column, overflow="fold")
        for item in queue:
            table.add_row(str(item.number), item.table_id, item.axis, str(item.index), item.label,
                          item.candidate_id, item.kind)
        out.print(table)
        for item in queue:  # whole lines: a command to copy is never folded
            if item.candidate_id:
                out.print(f"  item {item.number} is {item.candidate_id}: wpr review accept {edition} {item.number} "
                          f"{item.candidate_id}", markup=False, highlight=False, soft_wrap=True)
        out.print(f"Another id: wpr review accept {edition} ITEM ID [--all-editions]. "
                  f"Not an entity: wpr review reject {edition} ITEM.", markup=False, highlight=False, soft_wrap=True)
    if not flags.empty:
        table = RichTable(title=f"{edition}: {len(flags)} flag(s) new since the last review", title_justify="left")
        for column in ("check", "status", "table", "page", "message"):
            table.add_column(column, overflow="fold")
        for row in flags.head(30).itertuples(index=False):
            table.add_row(row.check_id, row.status, row.table_id, row.page, row.message[:120])
        out.print(table)
        out.print(f"Decide one: wpr review check {edition} CHECK_ID --as real|extraction|accepted [--note TEXT] "
                  f"(every flag with its picture: {out_dir / edition / 'report.html'})", markup=False, highlight=False,
                  soft_wrap=True)


def _publish_again(out_dir: Path, edition: str) -> None:
    """Publish the edition again from its PDF (pages from the cache: matching and checks only),
    so the decision shows at once; when the PDF is gone, the next run applies it."""
    from export import state
    from extractors.source import InputError, read_source

    state.forget()  # the registry or the rules just changed
    known = state.source_of(out_dir, edition)
    try:
        source = read_source(known[0]) if known else None
    except InputError:
        source = None
    if source is None or source.sha256 != known[1]:
        out.print(f"{edition}: recorded; the next wpr extract / wpr run of its PDF applies it "
                  f"({known[0] if known else 'its PDF'} is not where it was published from)",
                  markup=False, highlight=False, soft_wrap=True)
        return
    ui = _project_server()
    _import_flows()
    from flows.extract import extract_edition

    try:
        result = extract_edition(str(source.path), str(out_dir), edition, source=source)
    except Exception as error:  # noqa: BLE001 - one line, no traceback
        raise _fail(f"{source.path}: {_one_line(error)} (the decision is recorded; the next run applies it)") from None
    out.print(f"{edition}: published again with it: {result['review']} label(s) to review, "
              f"{result['checks'].get('fail', 0)} failed / {result['checks'].get('rounding', 0)} rounding checks",
              markup=False, highlight=False, soft_wrap=True)
    _ui_link(ui, result)


NO_TEXT = 3  # `wpr tables`: the pages asked have no text layer (scanned images), nothing was read


@app.command()
def tables(
    pdf: Annotated[Path, typer.Argument(help="Any born-digital PDF.")],
    pages: Annotated[str | None, typer.Option("--pages", help="Pages, e.g. 1,3-5 (default: all).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json, csv or xlsx.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (required for xlsx).")] = None,
) -> None:
    """Every table on the given pages as rows of cells, with its page and bounding box.

    No report semantics: no captions, ids or units. A header cell spanning several columns is
    repeated in each; merged body cells are left empty where they do not stand. Exit status 3
    when none of the pages asked has a text layer (scanned images: nothing could be read).
    """
    from extractors.generic import parse_pages, read_tables
    from extractors.source import InputError, check_pdf, missing_text

    _stop_cleanly(message="nothing was written")
    try:
        n_pages = check_pdf(pdf)
        asked = parse_pages(pages, n_pages)
    except (InputError, ValueError) as error:
        raise _fail(str(error), 2) from None
    try:
        reading = read_tables(pdf, asked)
    except Exception as error:  # noqa: BLE001 - one line, no traceback
        raise _fail(f"{pdf}: {_one_line(error)}") from None
    try:
        if warning := missing_text(pdf, reading.blank_pages, len(asked), "its" if pages is None else "the"):
            _warn(warning)
    except InputError as error:  # nothing on those pages could be read: not an empty answer
        raise _fail(str(error), NO_TEXT) from None
    from wpr.table_formats import write_tables_as

    try:
        write_tables_as(reading.tables, fmt, output)
    except ValueError as error:
        raise _fail(str(error), 2) from None


@app.command()
def serve(
    raw: Annotated[Path, typer.Option("--raw", help="Folder of report PDFs.")] = Path("raw"),
    out_dir: OutOption = Path("output"),
    cron: Annotated[str, typer.Option("--cron", help="When to run: minute hour day month weekday.")] = "0 6 * * *",
    timezone: Annotated[str, typer.Option("--timezone", help="IANA time zone of --cron.")] = "UTC",
    name: Annotated[str, typer.Option("--name", help="Deployment name (flow 'run').")] = "scheduled",
    port: Annotated[int, typer.Option("--port", help="Port of the local Prefect server and UI.")] = 4200,
    max_pages: MaxPagesOption = 2000,
    page_timeout: PageTimeoutOption = 300.0,
    runner: RunnerOption = "threads",
    address: AddressOption = None,
    workers: WorkersOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Run `wpr run` on a schedule (daily at 06:00 UTC by default) until interrupted.

    Serves a Prefect deployment of the `run` flow; each scheduled run extracts the new or
    changed PDFs under RAW and skips the others. Without PREFECT_API_URL a local Prefect
    server (scheduler and UI) is started for as long as this command runs."""
    _stop_cleanly(out_dir, "the run in progress, if any, was not published (editions published before stay)")
    if not raw.is_dir():
        raise _fail(f"{raw}: no such folder", 2)
    _runner(runner, address)
    os.environ["PREFECT_LOGGING_LEVEL"] = "INFO" if verbose else "WARNING"  # before Prefect is imported
    from flows.schedule import deployment, schedule, serve as serve_deployment, start_local_server, stop

    try:
        schedule(cron, timezone)
    except ValueError as error:
        raise _fail(str(error), 2) from None
    api = os.environ.get("PREFECT_API_URL")
    server = None
    if not api:
        err.print("wpr: starting a local Prefect server (the temporary one has no scheduler)…")
        try:
            server, api = start_local_server(port)
        except (OSError, RuntimeError) as error:
            raise _fail(f"cannot start a local Prefect server: {_one_line(error)}") from None
        os.environ["PREFECT_API_URL"] = api  # inherited by the flow runs the runner starts
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from wpr import stopping

    options = {"max_pages": max_pages, "page_timeout": page_timeout, "runner": runner, "address": address,
               "workers": workers}
    try:
        with temporary_settings({PREFECT_API_URL: api}):  # Prefect read its settings when imported
            served = deployment(raw, out_dir, cron, timezone, name, **options)
            out.print(f"Serving run/{name}: new or changed PDFs under {raw} → {out_dir}, cron '{cron}' "
                      f"({timezone}). Prefect UI: {api.removesuffix('/api')}. Ctrl-C stops.",
                      markup=False, highlight=False, soft_wrap=True)
            serve_deployment(served, on_sigterm=stopping.stop if _AS_COMMAND else None)
    except KeyboardInterrupt:
        err.print("wpr: stopped")
    finally:
        if server is not None:
            stop(server)


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="Earlier edition: a published folder, or an id under --out "
                                            "(EDITION@HASH for one kept in OUT/.history).")],
    new: Annotated[str, typer.Argument(help="Later edition, the same way.")],
    out_dir: OutOption = Path("output"),
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Where to write the CSV (default: NEW/diff.csv).")] = None,
) -> None:
    """Compare two published editions by canonical ids: values changed, rows, columns and tables
    added or removed, labels renamed. Writes diff.csv and prints a summary."""
    from export.diff import EditionFolderError, counts, diff_editions, summary_line, write_diff

    def folder(ref: str) -> Path:
        path = Path(ref)
        if (path / "facts.csv").is_file():
            return path
        edition, _, digest = ref.partition("@")
        candidate = (out_dir / ".history" / edition / digest[:12]) if digest else out_dir / edition
        if (candidate / "facts.csv").is_file():
            return candidate
        raise _fail(f"{ref}: no published edition there nor as {candidate}", 2)

    old_dir, new_dir = folder(old), folder(new)
    try:
        changes = diff_editions(old_dir, new_dir)
    except EditionFolderError as error:
        raise _fail(str(error), 2) from None
    target = write_diff(changes, output or new_dir / "diff.csv")
    out.print(f"{old_dir} → {new_dir}: {summary_line(changes)}", markup=False, highlight=False, soft_wrap=True)
    if output is None:
        from export.report import add_diff_section

        if add_diff_section(new_dir / "report.html", changes, old, summary_line(changes)):
            out.print(f"report: {new_dir / 'report.html'} has a section with these changes",
                      markup=False, highlight=False, soft_wrap=True)
    if counts(changes).get("value_changed"):
        table = RichTable(title="values changed (first 10)", title_justify="left")
        for column in ("table", "row", "column", "old", "new"):
            table.add_column(column, overflow="fold")
        for row in changes[changes["change"] == "value_changed"].head(10).itertuples(index=False):
            table.add_row(row.table_id, row.row_id or row.row_label, row.column_id or row.column_label,
                          f"{row.old:,.10g}", f"{row.new:,.10g}")
        out.print(table)
    out.print(f"written to {target}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def browse(
    out_dir: OutOption = Path("output"),
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (0: any free port).")] = 8001,
) -> None:
    """Serve every published edition with Datasette: OUT/wpr.db with OUT/metadata.json, on
    127.0.0.1, until interrupted (Ctrl-C)."""
    from export.catalog import DATABASE, METADATA, ensure

    if not (out_dir / DATABASE).is_file() and not out_dir.is_dir():
        raise _fail(f"{out_dir}: no such folder; publish an edition first (wpr extract / wpr run)", 2)
    if ensure(out_dir):
        err.print(f"wpr: {out_dir / DATABASE} rebuilt from the editions on disk", markup=False, highlight=False)
    if not (out_dir / DATABASE).is_file():
        raise _fail(f"{out_dir}: no published edition; publish one first (wpr extract / wpr run)", 2)
    command = [sys.executable, "-m", "datasette", "serve", str(out_dir / DATABASE), "--metadata",
               str(out_dir / METADATA), "--host", "127.0.0.1", "--port", str(port)]
    out.print(f"Serving {out_dir / DATABASE} with Datasette on http://127.0.0.1:{port or '<free port>'}/ "
              "(Ctrl-C stops it)", markup=False, highlight=False, soft_wrap=True)
    sys.stdout.flush()
    # This process becomes Datasette: a signal meant for `wpr browse` (Ctrl-C, SIGTERM) reaches
    # the server itself, and no child is left behind.
    os.execv(sys.executable, command)


server_app = typer.Typer(no_args_is_help=True, help="The project's own Prefect server (kept between commands).")
app.add_typer(server_app, name="server")


@server_app.command("status")
def server_status() -> None:
    """Whether the project's Prefect server runs, since when, and the address of its UI."""
    from flows import server

    running = server.status()
    if running is None:
        out.print("The project's Prefect server is not running (the next wpr extract / run starts it).",
                  markup=False, highlight=False)
        return
    idle = (time.time() - running.last_used) / 60
    out.print(f"The project's Prefect server runs since {running.started} (pid {running.pid}), last used "
              f"{idle:.0f} min ago; it stops after {server.idle_seconds() / 60:g} min unused.\n"
              f"UI: {running.ui}   API: {running.api}", markup=False, highlight=False, soft_wrap=True)


@server_app.command("stop")
def server_stop() -> None:
    """Stop the project's Prefect server now."""
    from flows import server

    stopped = server.stop()
    out.print("The project's Prefect server was stopped." if stopped else "The project's Prefect server was not running.",
              markup=False, highlight=False)


_AS_COMMAND = False  # main() runs: this process is the `wpr` command and owns its signals


def main() -> None:
    """The `wpr` command."""
    global _AS_COMMAND
    _AS_COMMAND = True
    collect_less()
    quiet_logs()
    try:
        app()
    finally:
        # Leave out the cyclic collector's last pass over everything a run built (pages,
        # tables, Prefect's state): measured 0.6 s of the exit, for nothing (files are closed).
        gc.freeze()


if __name__ == "__main__":
    main()
