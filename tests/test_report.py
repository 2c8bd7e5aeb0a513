"""report.html and the QA summary: flagged checks next to pictures of their page, the review
queue, the charts, links to the CSVs, nothing from the PDF able to inject markup.

Checks are hand-made frames in the contract's checks.csv shape, so these tests do not wait
for (or depend on) the checks stage of issue #4.
"""
from __future__ import annotations

import base64
import dataclasses
import functools
import io
import re
import uuid
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image

from conftest import FIXTURE_PDF, make_pdf
from export.columns import CHECKS, FACTS
from export.edition import Edition, build_edition
from export.publish import publish
from export.report import (ReportInputs, flagged_checks, flagged_table, involved_cells,
                           render_report, summary, summary_markdown)
from extractors.assemble import assemble
from extractors.model import Table
from extractors.pages import extract_page

EDITION = "wpr-2022-23-zh"
FIXTURE_PAGES = range(1, 9)   # T1 … T6: enough for every kind of check, in 3 s
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
# A picture is an inline SVG showing its window of a page band rendered once (export/crops.py).
CROP = re.compile(r'<svg [^>]*class="crop" width="(\d+)" height="(\d+)" viewBox="([-\d. ]+)"[^>]*>'
                  r'<use href="#(band-\d+)"/>(.*?)</svg>', re.S)
BAND = re.compile(r'<image id="(band-\d+)" x="0" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" '
                  r'preserveAspectRatio="none" href="data:image/png;base64,([A-Za-z0-9+/=]+)"/>')
PRIMARY, RELATED = "rgb(220,20,60)", "rgb(30,110,220)"


def check(**values: object) -> dict[str, object]:
    row: dict[str, object] = {c: "" for c in CHECKS}
    row.update(values)
    return row


# Real cells of the fixture (pages 6-8), as the checks stage names them.
FIXTURE_CHECKS = [
    check(check_id="column_sum:T6:col1:row15", kind="column_sum", table_id="T6", page=8,
          row_label="小计", column_label="2022/23 年工作计划和预算", expected=23347, found=26254,
          difference=2907, tolerance=1.5, status="fail",
          message="total of rows 12, 13, 14: T6 p.8 [小计] = 26,254; sum of 2 figure(s) "
                  "10,617 + 12,730 = 23,347"),
    check(check_id="row_sum:T4:row10:col9", kind="row_sum", table_id="T4", page=6,
          row_label="4.3 知识产权知识和技能在所有成员国得到增进", column_label="总计",
          expected=33863, found=33862, difference=-1, tolerance=4.5, status="rounding",
          message="columns 专利 + 品牌 + …: T4 p.6 = 33,862; sum of 8 figure(s) = 33,863"),
    check(check_id="cross_table:sector-spent[PTS]", kind="cross_table", table_id="T5 | T4",
          page=7, row_label="专利和技术 | 总计", column_label="2022/23 年支出 | 部门 / 专利",
          expected=207413, found=207412, difference=-1, tolerance=1, status="rounding",
          message="T5 p.7 = 207,412 vs T4 p.6 = 207,413"),
    check(check_id="row_sum:T5:row0:col4", kind="row_sum", table_id="T5", page=7,
          row_label="专利和技术", column_label="预算利用情况", expected=92, found=92,
          difference=0, tolerance=0.5, status="pass", message="passes"),
    check(check_id="other:no-position", kind="other", table_id="", page="", row_label="",
          column_label="", status="fail", message="a check about the whole edition"),
]
FLAGGED_IDS = [c["check_id"] for c in FIXTURE_CHECKS if c["status"] != "pass"]


@functools.cache
def fixture_tables() -> tuple[Table, ...]:
    return tuple(assemble([extract_page(FIXTURE_PDF, n) for n in FIXTURE_PAGES]))


def publish_fixture(out: Path, checks: list[dict[str, object]] | None = FIXTURE_CHECKS) -> Path:
    """The fixture's first pages published with `checks` (None: header-only checks.csv)."""
    data = build_edition(list(fixture_tables()), EDITION)
    if checks is not None:
        data.checks = pd.DataFrame(checks, columns=CHECKS)
    return publish(data, out, FIXTURE_PDF)


def draw_hostile_pdf(path: Path) -> Path:
    """A report page whose caption, header and row labels are markup."""
    from pdfgen import ZEBRA, Doc, RowStyle, columns

    doc = Doc(path)
    top = doc.paragraph(62, f"说明文字。{SCRIPT} 这段文字不是表格。")
    top = doc.unit_line(doc.caption(top + 6, f"表5. <b>预算</b>{SCRIPT}"), "(单位: 千瑞郎)")
    header = ["部门", "<i>预算</i>", IMG]
    rows = [[SCRIPT, "1,000", "900"], [IMG, "2,000", "1,800"], ["总计", "3,000", "2,700"]]
    widths = [200, 90, 150]
    head_cols, cols = columns(doc.left, widths, "ccc"), columns(doc.left, widths, "lrr")
    head = RowStyle(size=9, bold=True)
    ys = [top, top + head.height(doc, header, head_cols)]
    doc.fill(cols[0].x0, ys[0], cols[-1].x1, ys[1], ZEBRA)
    head.draw(doc, top, header, head_cols, valign="middle")
    for row in rows:
        ys.append(RowStyle(size=9).draw(doc, ys[-1], row, cols))
    doc.canvas.grid([c.x0 for c in cols] + [cols[-1].x1], [doc.height - y for y in ys])
    doc.save()
    return path


def publish_hostile(tmp: Path) -> Path:
    """The hostile PDF through the real pipeline (extract, match, publish), with checks whose
    labels and messages are markup as well."""
    pdf = draw_hostile_pdf(tmp / "hostile.pdf")
    data = build_edition(assemble([extract_page(pdf, 1)]), "hostile")
    assert SCRIPT in set(data.facts["row_label"]), "the extractor should keep the text as printed"
    data.checks = pd.DataFrame([
        check(check_id=f"row_sum:{SCRIPT}", kind="row_sum", table_id="T5", page=1,
              row_label=SCRIPT, column_label=IMG, expected=901, found=900, difference=-1,
              tolerance=1, status="fail", message=f"{IMG} {SCRIPT}"),
        check(check_id="column_sum:T5", kind="column_sum", table_id=f"T5{SCRIPT}", page=1,
              row_label=IMG, column_label="<i>预算</i>", expected=2001, found=2000,
              difference=-1, tolerance=1, status="rounding", message=SCRIPT),
    ], columns=CHECKS)
    data.matches.loc[len(data.matches)] = {
        "edition": "hostile", "table_id": "T5", "axis": "row", "index": 9, "page": 1,
        "label": SCRIPT, "kind": "sector", "id": "", "score": 50.0, "runner_up_id": "",
        "runner_up_score": 0.0, "status": "review", "candidate_id": "PTS"}
    return publish(data, tmp / "out", pdf)


@dataclasses.dataclass
class Picture:
    width: int                # pixels at natural size
    height: int
    strokes: list[str]        # outline colours, in drawing order
    band: Image.Image         # the rendered page band it shows


def pictures(block: str, html: str) -> list[Picture]:
    """The pictures of one article; `html` is the whole report, where the bands are."""
    bands = {m[0]: m for m in BAND.findall(html)}
    found = []
    for width, height, view, band_id, rects in CROP.findall(block):
        _, y, band_width, band_height, encoded = bands[band_id]
        image = Image.open(io.BytesIO(base64.b64decode(encoded, validate=True)))
        image.load()
        left, top, view_width, view_height = map(float, view.split())
        # the window lies on its band
        assert 0 <= left and left + view_width <= float(band_width) + 0.01
        assert float(y) - 0.01 <= top and top + view_height <= float(y) + float(band_height) + 0.01
        found.append(Picture(int(width), int(height), re.findall(r'stroke="(rgb\([\d,]+\))"', rects),
                             image.convert("RGB")))
    return found


def articles(html: str) -> dict[str, str]:
    """check_id → its <article> in the report."""
    found = {}
    for block in re.findall(r"<article.*?</article>", html, re.S):
        heading = re.search(r"<h3>.*?· (.*?)</h3>", block, re.S)
        assert heading, block[:200]
        found[heading.group(1)] = block
    return found


def has_colour(image: Image.Image, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    return any(all(abs(a - b) <= tolerance for a, b in zip(pixel, rgb))
               for _, pixel in image.getcolors(1 << 20))


# --------------------------------------------------------------------- the fixture

@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory) -> Path:
    return publish_fixture(tmp_path_factory.mktemp("fixture"))


def test_each_flagged_check_is_shown_next_to_its_page(fixture_report):
    html = (fixture_report / "report.html").read_text(encoding="utf-8")
    shown = articles(html)
    # failed first, then rounding, each by page (none last), each once
    assert list(shown) == ["column_sum:T6:col1:row15", "other:no-position", "row_sum:T4:row10:col9",
                           "cross_table:sector-spent[PTS]"]
    for check_id in ["column_sum:T6:col1:row15", "row_sum:T4:row10:col9"]:
        (picture,) = pictures(shown[check_id], html)
        assert picture.width > 600 and 60 < picture.height < 1200
        assert picture.strokes[-1] == PRIMARY, "the checked figure is outlined in red, on top"
        assert RELATED in picture.strokes, "the figures it sums are outlined in blue"
        assert picture.band.width > 600 and len(picture.band.getcolors()) > 2  # printed, not blank
    # a cross-table check: one picture per table's page, T5 (p.7) then T4 (p.6)
    cross = shown["cross_table:sector-spent[PTS]"]
    assert re.findall(r"PDF page (\d+)", cross) == ["7", "6"]
    assert len(pictures(cross, html)) == 2
    # each band of a page is rendered once, however many pictures show it
    bands = [band[0] for band in BAND.findall(html)]
    assert len(bands) == len(set(bands)) <= 4
    assert "No printed figure found" in shown["other:no-position"]
    assert "row_sum:T5:row0:col4" not in html  # passed checks are only counted


def test_summary_review_queue_charts_and_links(fixture_report):
    html = (fixture_report / "report.html").read_text(encoding="utf-8")
    inputs = ReportInputs.from_folder(fixture_report)
    counts = summary(inputs)
    assert counts["checks"] == 5 and counts["fail"] == 2 and counts["rounding"] == 2 and counts["pass"] == 1
    assert counts["tables"] == len(inputs.tables) and counts["cells"] == len(inputs.facts) > 400
    for value, label in [(counts["cells"], "numeric cells"), (2, "failed"), (2, "within rounding"),
                         (1, "passed"), (0, "labels in review")]:
        assert f"<b>{value}</b>{label}" in html
    for section in ["summary", "checks", "review", "charts", "tables", "files"]:
        assert f'<section id="{section}">' in html
    assert "Nothing to review" in html
    # T5 gives the sector chart; A4 is not among these pages: said, not failed
    assert re.search(r'<svg[^>]*class="chart".*?>PTS</text>.*?</svg>', html, re.S)
    assert "Not found in this edition" in html
    for table_id in inputs.tables["table_id"]:
        assert f'href="tables/{table_id}.csv"' in html
        assert (fixture_report / "tables" / f"{table_id}.csv").is_file()
    # self-contained: no scripts, nothing fetched
    assert "<script" not in html and not re.search(r'(src|href)="(https?:)?//', html)


def test_involved_cells_pick_the_printed_figures(fixture_report):
    facts = pd.read_parquet(fixture_report / "facts.parquet")
    cells = involved_cells(facts, FIXTURE_CHECKS[0])
    # 小计 appears six times in that column: the one printing `found` is the checked one
    assert cells[cells["primary"]]["raw"].tolist() == ["26,254"]
    # and only the figures the message quotes are the components
    assert sorted(cells[~cells["primary"]]["raw"]) == ["10,617", "12,730"]
    row = involved_cells(facts, FIXTURE_CHECKS[1])
    assert row[row["primary"]]["raw"].tolist() == ["33,862"]
    assert set(row[~row["primary"]]["row_index"]) == set(row[row["primary"]]["row_index"])
    cross = involved_cells(facts, FIXTURE_CHECKS[2])
    assert [(c.table_id, c.page, c.primary) for c in cross.itertuples()] == [("T5", 7, True), ("T4", 6, False)]


def test_header_only_checks(tmp_path):
    out = publish_fixture(tmp_path, checks=None)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "No consistency checks were run" in html and "<article" not in html
    assert (out / "checks.csv").read_text(encoding="utf-8").strip() == ",".join(CHECKS)
    assert summary(ReportInputs.from_folder(out))["checks"] == 0


# --------------------------------------------------------------------- untrusted text

def test_pdf_text_cannot_inject_markup(tmp_path):
    out = publish_hostile(tmp_path)
    html = (out / "report.html").read_text(encoding="utf-8")
    for hostile in [SCRIPT, IMG, "<b>预算</b>", "<i>预算</i>"]:
        assert hostile not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<script" not in html.lower() and "onerror=" not in html.replace("onerror=alert(2)&gt;", "")
    # every tag in the page is one of ours
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
                    "p", "code", "nav", "a", "section", "div", "b", "article", "span", "dl", "dt",
                    "dd", "figure", "figcaption", "table", "tr", "th", "td", "svg", "rect",
                    "text", "g", "defs", "image", "use"}, tags
    # the flagged check still shows its picture, the labels escaped around it
    shown = articles(html)
    assert len(pictures(shown[f"row_sum:{SCRIPT}".replace("<", "&lt;").replace(">", "&gt;")], html)) == 1


def test_chart_text_is_escaped():
    from export.charts import SPECS, Bar, Chart, chart_svg

    svg = str(chart_svg(Chart(SPECS[0], [Bar(SCRIPT, IMG, 10.0, 5.0)], "kCHF", IMG, SCRIPT)))
    assert SCRIPT not in svg and IMG not in svg and "&lt;script&gt;" in svg
    assert set(re.findall(r"<([a-zA-Z]+)", svg)) == {"svg", "rect", "text", "g", "title"}


def test_summary_markdown_and_table_escape(tmp_path):
    out = publish_hostile(tmp_path)
    inputs = ReportInputs.from_folder(out)
    markdown = summary_markdown(inputs, out / "report.html")
    assert "<script" not in markdown and "<img" not in markdown
    assert "| 1 | 1 | 0 |" in markdown  # failed, rounding, passed
    rows = flagged_table(inputs)
    assert [r["status"] for r in rows] == ["fail", "rounding"]
    assert rows[0]["row_label"] == SCRIPT  # a table artifact is shown as text, not HTML


def test_unrenderable_pdf_still_gets_a_report(tmp_path):
    pdf = tmp_path / "stub.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    data = Edition(edition="ed", tables=list(fixture_tables()),
                   facts=build_edition(list(fixture_tables()), "ed").facts,
                   matches=build_edition([], "ed").matches,
                   checks=pd.DataFrame(FIXTURE_CHECKS, columns=CHECKS))
    out = publish(data, tmp_path / "out", pdf)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "could not be rendered" in html and "<image" not in html and 'class="crop"' not in html
    assert len(articles(html)) == len(FLAGGED_IDS)


def test_flagged_order_and_numbers():
    checks = pd.DataFrame([
        check(check_id="b", status="rounding", page=3), check(check_id="a", status="pass", page=1),
        check(check_id="c", status="fail", page=9), check(check_id="d", status="rounding", page=1),
    ], columns=CHECKS)
    assert flagged_checks(checks)["check_id"].tolist() == ["c", "d", "b"]
    facts = pd.DataFrame(columns=list(FACTS)).astype(FACTS)
    html = render_report(ReportInputs("e", pd.DataFrame(columns=["table_id"]), facts,
                                      pd.DataFrame(columns=["status"]), checks), None)
    assert len(articles(html)) == 3


# --------------------------------------------------------------------- Prefect artifacts

@pytest.mark.usefixtures("prefect_harness")
def test_flow_run_publishes_the_summary_as_artifacts(tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.extract import extract_edition

    pdf = make_pdf(tmp_path / "r.pdf", f"2021 WIPO Performance Report {uuid.uuid4()}", pages=1)
    result = extract_edition(str(pdf), str(tmp_path / "out"), edition="Art_1.x")
    assert (Path(result["path"]) / "report.html").is_file()
    keys = ["art-1-x-qa-summary", "art-1-x-qa-counts"]
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=keys)))
    by_key = {a.key: a for a in artifacts}
    assert set(by_key) == set(keys)
    assert by_key["art-1-x-qa-summary"].type == "markdown"
    assert "QA summary: Art_1.x" in by_key["art-1-x-qa-summary"].data
    assert by_key["art-1-x-qa-counts"].type == "table"
    # make_pdf draws a small table (a PDF without any is refused, #6): its checks all pass
    assert '"fail": 0' in str(by_key["art-1-x-qa-counts"].data).replace("'", '"')
    assert all(a.flow_run_id for a in artifacts)


def test_page_bands_are_rendered_once_for_overlapping_pictures():
    from export.crops import Outline, PageCrops

    with PageCrops(FIXTURE_PDF) as crops:
        near = [crops.crop(8, [Outline(300, 200 + dy, 340, 210 + dy)]) for dy in (0, 20)]
        far = crops.crop(8, [Outline(300, 700, 340, 710, primary=False)])
        other = crops.crop(7, [Outline(300, 200, 340, 210)])
        assert crops.crop(999, [Outline(1, 1, 2, 2)]) is None and crops.crop(8, []) is None
        bands = crops.bands([*near, far, other])
    assert bands[near[0]] is bands[near[1]]
    assert len({bands[far].id, bands[near[0]].id, bands[other].id}) == 3
    band = bands[near[0]]
    assert band.top <= near[0].top and near[1].bottom <= band.top + band.height
