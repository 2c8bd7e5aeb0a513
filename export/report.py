"""report.html: the page a reviewer opens. One self-contained file (CSS inline, pictures as
data: URIs), built from the published files, so it shows exactly what was published.

Every string that comes from the PDF (labels, titles, messages) is untrusted: the template
is rendered with autoescape on, and the SVG is escaped where it is built (export/charts.py).
The same summary feeds the Prefect artifacts (summary_markdown, flagged_table).
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd
from markupsafe import Markup

from export.charts import SPECS, chart_data, chart_svg
from export.columns import CHECKS
from export.crops import Crop, Outline, PageCrops, Render, bands_svg, crop_svg
from export.provenance import code_version, now_utc
from extractors.pdfium_lock import PDFIUM_LOCK

FLAGGED = ("fail", "rounding")
MAX_PICTURES = 600             # beyond this the report lists checks without pictures (size)
MAX_PICTURES_PER_CHECK = 8     # a cross-table sum can name a dozen tables
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_NUMBERS = ["expected", "found", "difference", "tolerance"]
_PLACE = ["x0", "top", "x1", "bottom"]  # where a check with no cell points (an orphan figure)


@dataclass
class ReportInputs:
    edition: str
    tables: pd.DataFrame
    facts: pd.DataFrame
    matches: pd.DataFrame
    checks: pd.DataFrame
    source: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_folder(cls, folder: str | Path, edition: str | None = None,
                    source: dict[str, Any] | None = None) -> ReportInputs:
        folder = Path(folder)

        def text(name: str) -> pd.DataFrame:
            return pd.read_csv(folder / name, dtype=str, keep_default_na=False)

        checks = text("checks.csv").reindex(columns=CHECKS, fill_value="")
        for column in _NUMBERS + _PLACE + ["page"]:
            checks[column] = pd.to_numeric(checks[column], errors="coerce")
        return cls(edition=edition or folder.name, tables=text("tables.csv"),
                   facts=pd.read_parquet(folder / "facts.parquet"), matches=text("matches.csv"),
                   checks=checks, source=source or {})


def summary(inputs: ReportInputs) -> dict[str, int]:
    status = inputs.checks["status"].astype(str) if len(inputs.checks) else pd.Series(dtype=str)
    return {
        "tables": len(inputs.tables), "cells": len(inputs.facts), "labels": len(inputs.matches),
        "review": int((inputs.matches["status"] == "review").sum()) if len(inputs.matches) else 0,
        "checks": len(inputs.checks), "fail": int((status == "fail").sum()),
        "rounding": int((status == "rounding").sum()), "pass": int((status == "pass").sum()),
        "doubtful": sum(doubtful(row) for row in inputs.tables.to_dict("records")),
        "new_flags": int((_flagged(inputs.checks) & ~_review(inputs.checks).isin(DECIDED)).sum()),
        "decided": int((_flagged(inputs.checks) & _review(inputs.checks).isin(DECIDED)).sum()),
    }


def _flagged(checks: pd.DataFrame) -> pd.Series:
    return checks["status"].astype(str).isin(FLAGGED) if len(checks) else pd.Series(dtype=bool)


def _review(checks: pd.DataFrame) -> pd.Series:
    if "review" not in checks or not len(checks):
        return pd.Series("", index=checks.index, dtype=str)
    return checks["review"].fillna("").astype(str)


DECIDED = ("real", "extraction", "accepted")  # a reviewer's decisions that hold (schemas/decisions.py)
BETTER_READING = "extraction error"  # in tables.csv doubts: a reviewer said the reading is wrong


def flagged_checks(checks: pd.DataFrame) -> pd.DataFrame:
    """Flags still to review (new, or decided on other figures: lapsed) before decided ones;
    failed checks before the ones within rounding; in document order inside each."""
    flagged = checks[checks["status"].isin(FLAGGED)].copy()
    review = flagged["review"].fillna("").astype(str) if "review" in flagged else pd.Series("", index=flagged.index)
    flagged["_decided"] = review.isin(DECIDED)
    flagged["_order"] = flagged["status"].map({s: i for i, s in enumerate(FLAGGED)})
    return flagged.sort_values(["_decided", "_order", "page", "check_id"], na_position="last",
                               kind="stable").drop(columns=["_decided", "_order"]).reset_index(drop=True)


# ------------------------------------------------------------------ the cells of a check

def _parts(value: object, separator: str) -> list[str]:
    """A check naming several tables (cross_table) lists them as 'A3 | T5', and its labels
    the same way, one per table (the last one standing for the rest)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or str(value) == "":
        return []
    return [part.strip() for part in str(value).split(separator)]


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


Record = dict[str, Any]


def by_table(facts: pd.DataFrame) -> dict[str, list[Record]]:
    """The facts split by table once, as plain records: the lookups below are small, and
    pandas filtering per check cost 20-30 ms a check (seconds per edition). One pass over
    plain column lists: a to_dict per table cost 0.1 s."""
    columns = list(facts.columns)
    tables: dict[str, list[Record]] = {}
    for values in zip(*(facts[c].tolist() for c in columns)):
        record = dict(zip(columns, values))
        tables.setdefault(str(record["table_id"]), []).append(record)
    return tables


def _prints(cell: Record, numbers: set[float]) -> bool:
    # Messages print amounts unsigned or in parentheses as often as with a minus.
    return cell["value"] in numbers or abs(cell["value"]) in numbers


def _key(cell: Record) -> tuple[str, int, int]:
    return cell["table_id"], cell["row_index"], cell["column_index"]


def involved_cells(facts: pd.DataFrame, check: Mapping[str, Any]) -> pd.DataFrame:
    """`involved` as a frame: facts.csv's columns plus `primary`."""
    return pd.DataFrame(involved(by_table(facts), check), columns=[*facts.columns, "primary"])


def involved(tables: dict[str, list[Record]], check: Mapping[str, Any]) -> list[Record]:
    """The facts a check is about, with a `primary` column: True for the figure checked,
    False for the ones it was compared with (other tables of a cross-table check) or computed
    from (the row of a row sum or percentage, the column of a column sum). Found by table,
    page and labels, the way checks.csv names them; when a label names several cells, the
    ones printing `found` or `expected` (else a number the message quotes) win."""
    rows, columns = _parts(check.get("row_label"), " | "), _parts(check.get("column_label"), " | ")
    page = _number(check.get("page"))
    values = {v for v in (_number(check.get("found")), _number(check.get("expected"))) if v is not None}
    quoted = _quoted_numbers(str(check.get("message") or ""))
    chosen: list[Record] = []
    for i, table_id in enumerate(_parts(check.get("table_id"), "|")):
        cells = tables.get(table_id, [])
        if i == 0 and page is not None and any(c["page"] == page for c in cells):
            cells = [c for c in cells if c["page"] == page]
        row = rows[min(i, len(rows) - 1)] if rows else ""
        column = columns[min(i, len(columns) - 1)] if columns else ""
        if not row and not column:
            continue  # a check on a whole table or column: no figure to point at
        if row:
            cells = [c for c in cells if c["row_label"] == row]
        if column and any(c["column_label"] == column for c in cells):
            cells = [c for c in cells if c["column_label"] == column]
        for wanted in (values, quoted):  # quoted: amounts converted between units differ
            if len(cells) > 1 and any(_prints(c, wanted) for c in cells):
                cells = [c for c in cells if _prints(c, wanted)]
        # The first table holds the figure checked; the others what it was compared with.
        chosen += [{**c, "primary": i == 0} for c in cells]
    primary = [c for c in chosen if c["primary"]]
    axis = {"row_sum": "row_index", "percent": "row_index",
            "column_sum": "column_index"}.get(str(check.get("kind") or ""))
    related: list[Record] = []
    if axis and primary:
        first, taken = primary[0], {_key(c) for c in primary}
        line = [c for c in tables.get(first["table_id"], [])
                if c[axis] == first[axis] and _key(c) not in taken]
        here = [c for c in line if c["page"] == first["page"]]
        # A column may hold several subtotals: when the message quotes the figures it summed,
        # keep the cells printing one of them (a stray match only adds an outline); quoted
        # figures not on this page may be on the table's other pages (a page break).
        named = [c for c in here if _prints(c, quoted)]
        missing = {q for q in quoted if q} - {abs(c["value"]) for c in named}
        elsewhere = [c for c in line if c["page"] != first["page"] and _prints(c, missing)]
        related = [{**c, "primary": False} for c in (named + elsewhere if named or elsewhere else here)]
    return chosen + related


def _quoted_numbers(message: str) -> set[float]:
    return {float(token.replace(",", "")) for token in re.findall(r"\d[\d,]*(?:\.\d+)?", message)}


def _outlines(cells: list[Record]) -> dict[int, list[Outline]]:
    """Outlines by page, pages in the order met (the checked figure's first)."""
    by_page: dict[int, list[Outline]] = {}
    for cell in cells:
        box = [_number(cell[k]) for k in ("x0", "top", "x1", "bottom")]
        if None not in box:  # a cell without a position cannot be outlined
            by_page.setdefault(int(cell["page"]), []).append(Outline(*box, bool(cell["primary"])))  # type: ignore[arg-type]
    return by_page


def _own_place(check: Mapping[str, Any]) -> dict[int, list[Outline]]:
    """The place a check points at itself (an orphan figure: no cell to outline)."""
    box = [_number(check.get(k)) for k in _PLACE]
    page = _number(check.get("page"))
    if page is None or None in box:
        return {}
    return {int(page): [Outline(*box, True)]}  # type: ignore[arg-type]


# ------------------------------------------------------------------ the page

def _display(value: object) -> str:
    number = _number(value)
    if number is None:
        return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.4g}"


@dataclass
class Picture:
    page: int
    svg: Markup


@dataclass
class FlaggedCheck:
    check: dict[str, str]
    pictures: list[Picture]
    note: str = ""


def _flagged_with_pictures(inputs: ReportInputs, crops: PageCrops,
                           render: Render | None = None) -> tuple[list[FlaggedCheck], Markup]:
    """The flagged checks with their pictures, and the rendered page bands they show."""
    budget = MAX_PICTURES
    chosen: list[tuple[dict[str, str], list[Crop], str]] = []
    tables = by_table(inputs.facts)
    for check in flagged_checks(inputs.checks).to_dict("records"):
        shown = {c: _display(check.get(c)) for c in CHECKS}
        pages = _outlines(involved(tables, check)) or _own_place(check)
        cut, note = [], ""
        if not pages:
            note = "No printed figure found for this check's table and labels."
        elif crops.n_pages == 0:
            note = "The source PDF could not be rendered."
        elif budget <= 0:
            note = f"Pictures are shown for the first {MAX_PICTURES} only."
        for page in list(pages)[:MAX_PICTURES_PER_CHECK] if budget > 0 else []:
            crop = crops.crop(page, pages[page])
            if crop is not None:
                cut.append(crop)
                budget -= 1
        chosen.append((shown, cut, note))
    # Every picture is known before any page is rendered: each page once, where shown.
    bands = crops.bands((crop for _, cut, _ in chosen for crop in cut), render)
    flagged = [FlaggedCheck(shown, [Picture(c.page, crop_svg(c, bands[c], crops.scale)) for c in cut], note)
               for shown, cut, note in chosen]
    return flagged, bands_svg(bands.values())


def _table_rows(inputs: ReportInputs, flagged: list[FlaggedCheck]) -> list[dict[str, Any]]:
    cells = inputs.facts["table_id"].value_counts().to_dict()
    flags: dict[str, int] = {}
    for item in flagged:
        for table_id in _parts(item.check["table_id"], "|"):
            flags[table_id] = flags.get(table_id, 0) + 1
    rows = [{**row, "cells": cells.get(row["table_id"], 0), "flags": flags.get(row["table_id"], 0),
             "doubtful": doubtful(row), "better_reading": BETTER_READING in str(row.get("doubts") or "")}
            for row in inputs.tables.to_dict("records")]
    # The tables nobody can vouch for first, least trusted first; the rest in document order.
    return sorted(rows, key=lambda row: (not row["doubtful"], _number(row.get("quality")) or 0.0
                                         if row["doubtful"] else 0.0))


def doubtful(table: Mapping[str, Any]) -> bool:
    """A tables.csv row whose reading is in doubt: quality below 1, or doubts named."""
    quality = _number(table.get("quality"))
    return bool(str(table.get("doubts") or "").strip()) or (quality is not None and quality < 1.0)


@functools.cache  # one per process, so each template is compiled once (30 ms)
def _environment() -> jinja2.Environment:
    # autoescape=True whatever the template's name: every PDF string is escaped by default.
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True,
                                     undefined=jinja2.StrictUndefined)
    environment.filters["number"] = _display
    return environment


def render_report(inputs: ReportInputs, pdf_path: str | Path | None, render: Render | None = None) -> str:
    """The report's HTML; `render` draws its pictures elsewhere (`PageCrops.bands`)."""
    from matching import review_queue

    with PDFIUM_LOCK, PageCrops(pdf_path or "") as crops:
        flagged, bands = _flagged_with_pictures(inputs, crops, render)
    charts = []
    for spec in SPECS:
        chart = chart_data(inputs.facts, spec)
        charts.append({"title": spec.title, "svg": chart_svg(chart) if chart else None,
                       "unit": chart.unit if chart else "",
                       "budget": chart.budget_label if chart else "",
                       "spent": chart.spent_label if chart else ""})
    queue = review_queue(inputs.matches) if len(inputs.matches) else inputs.matches
    return _environment().get_template("report.html.j2").render(
        edition=inputs.edition, source=inputs.source, summary=summary(inputs),
        flagged=flagged, bands=bands, queue=queue.to_dict("records"), charts=charts,
        tables=_table_rows(inputs, flagged), code_version=code_version(), created=now_utc(),
        max_pictures=MAX_PICTURES)


def prepare() -> None:
    """Load now what the first report loads: the template, compiled; Parquet (pyarrow's
    reader and writer, CSV writing) and the imaging library the pictures are made with."""
    import pandas.io.formats.csvs  # noqa: F401
    import pyarrow.dataset  # noqa: F401
    import pyarrow.parquet  # noqa: F401
    from PIL import Image

    Image.preinit()  # its common format plugins, which the first save loads
    _environment().get_template("report.html.j2")


def write_report(folder: Path, edition: str, pdf_path: str | Path | None,
                 source: dict[str, Any] | None = None, render: Render | None = None) -> Path:
    """Write folder/report.html from the files already published in `folder`."""
    inputs = ReportInputs.from_folder(folder, edition, source)
    path = folder / "report.html"
    path.write_text(render_report(inputs, pdf_path, render), encoding="utf-8")
    return path


_DIFF = re.compile(r"<!--wpr:diff-->.*?<!--/wpr:diff-->", re.S)
DIFF_ROWS = 300


def add_diff_section(report: Path, diff: pd.DataFrame, old: str, summary_text: str) -> bool:
    """Put `wpr diff`'s changes into an already written report.html, in place of any earlier
    ones; the pictures stay as they are (no PDF is needed). False if the report has no slot."""
    if not report.is_file():
        return False
    html = report.read_text(encoding="utf-8")
    if not _DIFF.search(html):
        return False
    # Object columns first: an empty cell of a numeric column shows as "", not NaN.
    rows = diff.head(DIFF_ROWS).astype(object).fillna("").to_dict("records")
    section = _environment().get_template("diff_section.html.j2").render(
        old=old, summary=summary_text, rows=rows, more=max(0, len(diff) - DIFF_ROWS))
    report.write_text(_DIFF.sub(lambda _: f"<!--wpr:diff-->{section}<!--/wpr:diff-->", html, count=1),
                      encoding="utf-8")
    return True


# ------------------------------------------------------------------ Prefect artifacts

def _md(value: object) -> str:
    """A markdown table cell: HTML escaped (the UI renders markdown, PDF text is untrusted),
    pipes escaped, one line."""
    return re.sub(r"\s+", " ", escape(_display(value))).replace("|", "\\|")


def summary_markdown(inputs: ReportInputs, report_path: str | Path | None = None,
                     limit: int = 20) -> str:
    counts = summary(inputs)
    lines = [f"# QA summary: {_md(inputs.edition)}", "",
             "| tables | numeric cells | labels | in review | checks | failed | rounding | passed |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
             "| " + " | ".join(str(counts[k]) for k in
                              ("tables", "cells", "labels", "review", "checks", "fail", "rounding", "pass")) + " |",
             ""]
    if report_path:
        lines += [f"Report with the page pictures: `{_md(report_path)}`", ""]
    if counts["checks"] == 0:
        lines.append("No consistency checks were run (checks.csv has no rows).")
    flagged = flagged_checks(inputs.checks)
    if len(flagged):
        lines += [f"## Flagged checks ({len(flagged)}, first {min(limit, len(flagged))})", "",
                  "| status | kind | table | page | row | column | expected | found |",
                  "| --- | --- | --- | ---: | --- | --- | ---: | ---: |"]
        lines += ["| " + " | ".join(_md(check[c]) for c in
                                    ("status", "kind", "table_id", "page", "row_label", "column_label",
                                     "expected", "found")) + " |"
                  for check in flagged.head(limit).to_dict("records")]
    return "\n".join(lines) + "\n"


def flagged_table(inputs: ReportInputs, limit: int = 500) -> list[dict[str, str]]:
    """The flagged checks as rows for a Prefect table artifact (text; the UI shows it as text)."""
    columns = ["status", "kind", "check_id", "table_id", "page", "row_label", "column_label",
               "expected", "found", "difference", "tolerance"]
    return [{c: _display(check[c]) for c in columns}
            for check in flagged_checks(inputs.checks).head(limit).to_dict("records")]
