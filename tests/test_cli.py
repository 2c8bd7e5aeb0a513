"""`wpr` end to end: contract files and headers, and one-line errors."""
from __future__ import annotations

import csv
import hashlib
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURE_PDF, make_pdf
from export.catalog import editions_on_disk

SPEC_HEADERS = {
    "tables.csv": ["table_id", "title", "kind", "page_start", "page_end", "n_rows", "n_cols", "unit"],
    "facts.csv": ["edition", "table_id", "page", "row_index", "row_label", "row_id", "column_index",
                  "column_label", "column_id", "value", "unit", "raw"],
    "checks.csv": ["check_id", "kind", "table_id", "page", "row_label", "column_label", "expected",
                   "found", "difference", "tolerance", "status", "message"],
}


def wpr(*args: str):
    from wpr.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def header(path: Path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


@pytest.mark.usefixtures("prefect_harness")
def test_extract_fixture(tmp_path):
    from extractors.source import read_source
    from wpr.cli import _published_from

    source = read_source(FIXTURE_PDF)
    assert _published_from(source, tmp_path) is False  # its pages are read ahead
    result = wpr("extract", FIXTURE_PDF, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    # A re-run into the same folder finds its pages in the page cache: none are read ahead.
    assert _published_from(source, tmp_path) is True
    edition = tmp_path / "wpr-2022-23-zh"
    for name, columns in SPEC_HEADERS.items():
        assert header(edition / name)[:len(columns)] == columns, name
    for name in ("facts.parquet", "matches.csv", "datapackage.json"):
        assert (edition / name).is_file()
    assert (edition / "tables").is_dir()
    assert "wpr-2022-23-zh" in result.stdout
    with open(edition / "tables.csv", newline="", encoding="utf-8") as handle:
        ids = {row["table_id"] for row in csv.DictReader(handle)}
    assert {f"T{n}" for n in range(1, 9)} <= ids and {"A1", "A4", "S-PTS-ER"} <= ids
    with open(edition / "facts.csv", newline="", encoding="utf-8") as handle:
        facts = list(csv.DictReader(handle))
    assert len(facts) > 2500
    total = [f for f in facts if f["table_id"] == "T4" and f["row_label"] == "总计" and f["column_index"] == "9"]
    assert [(float(f["value"]), f["unit"], f["raw"], f["page"]) for f in total] == [(742767.0, "kCHF", "742,767", "6")]
    assert (edition / "tables" / "T4.csv").read_text(encoding="utf-8").startswith("预期成果,部门 / 专利,部门 / 品牌,部门 / 版权")
    diff_against_an_edited_copy(tmp_path)


def diff_against_an_edited_copy(out: Path) -> None:
    """`wpr diff` of the published fixture against a copy with a value changed and a sector
    renamed (row_label edited, row_id kept): one value change, one rename, nothing else."""
    import shutil

    import pandas as pd

    shutil.copytree(out / "wpr-2022-23-zh", out / "wpr-2024-25-zh")
    new = out / "wpr-2024-25-zh"
    facts = pd.read_csv(new / "facts.csv", dtype=str, keep_default_na=False)
    total = (facts["table_id"] == "T4") & (facts["row_label"] == "总计") & (facts["column_index"] == "9")
    facts.loc[total, "value"] = "742768.0"
    bds = (facts["table_id"] == "T5") & (facts["row_id"] == "BDS")
    assert bds.sum() > 0
    old_label = facts.loc[bds, "row_label"].iloc[0]
    facts.loc[bds, "row_label"] = "品牌与外观设计部门"
    facts.to_csv(new / "facts.csv", index=False, encoding="utf-8")
    matches = pd.read_csv(new / "matches.csv", dtype=str, keep_default_na=False)
    matches.loc[(matches["table_id"] == "T5") & (matches["id"] == "BDS"), "label"] = "品牌与外观设计部门"
    matches.to_csv(new / "matches.csv", index=False, encoding="utf-8")

    result = wpr("diff", "wpr-2022-23-zh", "wpr-2024-25-zh", "--out", out)
    assert result.exit_code == 0, result.output
    assert "1 row renamed, 1 value changed" in result.stdout and "742,767" in result.stdout, result.stdout
    diff = pd.read_csv(new / "diff.csv", dtype=str, keep_default_na=False)
    assert diff["change"].tolist() == ["row_renamed", "value_changed"], diff
    renamed, changed = diff.iloc[0], diff.iloc[1]
    assert (renamed["table_id"], renamed["row_id"], renamed["old_label"], renamed["new_label"]) == \
        ("T5", "BDS", old_label, "品牌与外观设计部门")
    assert (changed["table_id"], changed["row_label"], changed["old"], changed["new"]) == \
        ("T4", "总计", "742767.0", "742768.0")
    report = (new / "report.html").read_text(encoding="utf-8")
    section = report[report.index('<section id="diff">'):report.index("<!--/wpr:diff-->")]
    assert "Changes since wpr-2022-23-zh" in section and "品牌与外观设计部门" in section and "742768" in section
    assert report.count('<section id="diff">') == 1 and "data:image/png" in report  # pictures kept
    # the same by paths; an unknown edition is one line, status 2
    assert wpr("diff", out / "wpr-2022-23-zh", new, "-o", out / "d.csv").exit_code == 0
    assert (out / "d.csv").read_text(encoding="utf-8") == (new / "diff.csv").read_text(encoding="utf-8")
    missing = wpr("diff", "wpr-1999-zh", "wpr-2024-25-zh", "--out", out)
    assert missing.exit_code == 2 and "wpr-1999-zh: no published edition" in missing.stderr


@pytest.mark.usefixtures("prefect_harness")
def test_run_exit_status_reports_failures(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    make_pdf(raw / "good.pdf", f"WIPO Performance Report 2024 {uuid.uuid4()}")
    (raw / "bad.pdf").write_bytes(b"%PDF-1.7 but truncated")
    result = wpr("run", "--raw", raw, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert (tmp_path / "out" / "wpr-2024-en" / "facts.csv").exists()
    assert result.stderr.strip().splitlines()[-1].startswith(f"wpr: {raw / 'bad.pdf'}: damaged PDF")
    assert "Traceback" not in result.output, result.output


def tree_hash(folder: Path) -> dict[str, str]:
    """Every file under folder, hidden ones too → its sha256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def truncated(path: Path) -> Path:
    make_pdf(path, f"2024 WIPO Performance Report {uuid.uuid4()}")
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize("make, reason, options", [
    (lambda p: p / "missing.pdf", "no such file", ()),
    (lambda p: p, "not a file", ()),
    (lambda p: (p / "x.pdf").write_text("hello") and p / "x.pdf", "not a PDF", ()),
    (lambda p: empty(p / "empty.pdf"), "empty file (0 bytes)", ()),
    (lambda p: truncated(p / "half.pdf"), "damaged PDF, truncated or corrupt", ()),
    (lambda p: encrypted(p / "e.pdf"), "encrypted", ()),
    (lambda p: make_pdf(p / "long.pdf", "2024 WIPO Performance Report", pages=3), "3 pages, more than the limit of 2",
     ("--max-pages", "2")),
])
def test_bad_input_is_one_line(tmp_path, make, reason, options):
    out = tmp_path / "out"
    (out / "wpr-2024-en").mkdir(parents=True)  # a previous publication (refused before any work)
    (out / "wpr-2024-en" / "facts.csv").write_text("edition\nwpr-2024-en\n", encoding="utf-8")
    before = tree_hash(out)
    result = wpr("extract", make(tmp_path), "--out", out, *options)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wpr: ") and reason in lines[0], result.stderr
    assert tree_hash(out) == before


def scanned(path: Path, text_pages: int, image_pages: int) -> Path:
    """image_pages pages holding only an image (a scan), then text_pages pages with a table."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    text = make_pdf(path.with_suffix(".text.pdf"), f"2024 WIPO Performance Report {uuid.uuid4()}",
                    pages=max(text_pages, 1))
    import pypdfium2

    merged = pypdfium2.PdfDocument.new()
    if image_pages:
        scan = path.with_suffix(".scan.pdf")
        pdf = canvas.Canvas(str(scan))
        for n in range(image_pages):
            pdf.drawImage(ImageReader(Image.new("L", (120, 160), 255 - n)), 72, 400, 240, 320)
            pdf.showPage()
        pdf.save()
        merged.import_pages(pypdfium2.PdfDocument(str(scan)))
    if text_pages:
        merged.import_pages(pypdfium2.PdfDocument(str(text)))
    merged.save(str(path))
    return path


def corrupt_stream(path: Path) -> Path:
    """A PDF pdfium opens but whose first page's content stream the parser cannot decode."""
    import re

    data = make_pdf(path, f"2024 WIPO Performance Report {uuid.uuid4()}").read_bytes()
    at = re.search(rb"stream\r?\n", data).end() + 20
    path.write_bytes(data[:at] + b"\0" * 40 + data[at + 40:])
    return path


@pytest.mark.usefixtures("prefect_harness")
def test_bad_input_found_while_extracting(tmp_path, monkeypatch):
    """Scanned pages, not a report, no tables, a page too slow: one line, status 2, the
    previous publication byte for byte as it was; some scanned pages among others: a warning."""
    out = tmp_path / "out"
    good = make_pdf(tmp_path / "good.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}")
    assert wpr("extract", good, "--out", out).exit_code == 0
    before = tree_hash(out)
    cases = [
        (scanned(tmp_path / "scan.pdf", 0, 2), "no text layer on any of its 2 page(s)"),
        (make_pdf(tmp_path / "minutes.pdf", f"Minutes {uuid.uuid4()}", table=False),
         "not a WIPO Performance Report (no report title or edition"),
        (make_pdf(tmp_path / "notables.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", table=False),
         "no table recognised on its 2 page(s); nothing to publish"),
        (corrupt_stream(tmp_path / "corrupt.pdf"), "damaged PDF, page 1 cannot be read ("),
    ]
    for pdf, reason in cases:
        result = wpr("extract", pdf, "--out", out, "--edition", "wpr-2024-en")
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2 and lines[-1] == f"wpr: {pdf}: {reason}" + lines[-1].split(reason, 1)[1], result.output
        assert "Traceback" not in result.output
        assert tree_hash(out) == before, pdf

    import flows.extract

    def endless(pdf_path, page_number):
        while True:
            pass

    monkeypatch.setattr(flows.extract, "extract_page", endless)
    slow = make_pdf(tmp_path / "slow.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=1)
    result = wpr("extract", slow, "--out", out, "--page-timeout", "1")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == \
        f"wpr: {slow}: page 1 took longer than 1 s (--page-timeout); nothing was published"
    assert tree_hash(out) == before
    monkeypatch.undo()

    some = scanned(tmp_path / "some.pdf", 2, 1)
    result = wpr("extract", some, "--out", tmp_path / "out2")
    assert result.exit_code == 0, result.output
    assert f"wpr: warning: {some}: no text layer on page(s) 1 of 3 (scanned images?)" in result.stderr
    assert (tmp_path / "out2" / "wpr-2024-en" / "facts.csv").exists()


@pytest.mark.usefixtures("prefect_harness")
def test_a_failure_in_the_export_step_leaves_the_publication_intact(tmp_path, monkeypatch):
    import importlib

    out = tmp_path / "out"
    pdf = make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}")
    assert wpr("extract", pdf, "--out", out).exit_code == 0
    before = tree_hash(out)

    def crash(data, folder, source_pdf, render=None):
        (folder / "facts.csv").write_text("half written", encoding="utf-8")
        raise RuntimeError("killed while writing")

    monkeypatch.setattr(importlib.import_module("export.publish"), "write_edition", crash)
    make_pdf(pdf, f"2024 WIPO Performance Report {uuid.uuid4()}")  # new bytes, same edition
    result = wpr("extract", pdf, "--out", out)
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("wpr")] == \
        [f"wpr: {pdf}: killed while writing"]
    assert "Traceback" not in result.stderr
    assert tree_hash(out) == before


@pytest.mark.usefixtures("prefect_harness")
def test_an_edition_being_published_elsewhere(tmp_path, monkeypatch):
    from export.history import edition_lock

    out = tmp_path / "out"
    pdf = make_pdf(tmp_path / "r.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}")
    monkeypatch.setenv("WPR_LOCK_TIMEOUT", "0.5")
    with edition_lock(out, "wpr-2024-en"):
        result = wpr("extract", pdf, "--out", out)
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()[-1:]
    assert "another run" in line and "is publishing this edition" in line and ".wpr-2024-en.lock" in line
    assert not (out / "wpr-2024-en").exists()


@pytest.mark.usefixtures("prefect_harness")
def test_run_with_names_with_spaces_and_bad_inputs_among_good(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    make_pdf(raw / "绩效报告 2024 (副本).pdf", f"2024 WIPO Performance Report {uuid.uuid4()}")
    make_pdf(raw / "my report 2022.pdf", f"2022/23 WIPO Performance Report {uuid.uuid4()}")
    empty(raw / "empty one.pdf")
    make_pdf(raw / "minutes.pdf", f"Minutes {uuid.uuid4()}", table=False)
    result = wpr("run", "--raw", raw, "--out", out)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("wpr: ")]
    assert sorted(errors) == sorted([f"wpr: {raw / 'empty one.pdf'}: empty file (0 bytes)",
                                     f"wpr: {raw / 'minutes.pdf'}: not a WIPO Performance Report (no report "
                                     "title or edition on its first pages, and no table recognised on its 2 "
                                     "page(s)); `wpr tables` reads the tables of other PDFs"])
    assert [p.name for p in editions_on_disk(out)] == ["wpr-2022-23-en", "wpr-2024-en"]
    published = tree_hash(out)

    again = wpr("run", "--raw", raw, "--out", out)  # nothing new: nothing extracted nor published
    assert again.exit_code == 1 and "unchanged, not extracted again" in again.stdout
    assert f"Nothing new under {raw}" in again.stdout
    assert "绩效报告 2024 (副本).pdf (wpr-2024-en)" in again.stdout
    assert tree_hash(out) == published

    single = wpr("extract", raw / "绩效报告 2024 (副本).pdf", "--out", tmp_path / "one", "--edition", "副本_1")
    assert single.exit_code == 0, single.output
    assert (tmp_path / "one" / "副本_1" / "facts.csv").exists()


def test_run_without_raw_folder(tmp_path):
    result = wpr("run", "--raw", tmp_path / "nope")
    assert result.exit_code == 2 and "no such folder" in result.stderr


@pytest.mark.parametrize("args, reason", [
    (("--cron", "every day"), "not a cron string"),
    (("--timezone", "Mars/Olympus"), "not an IANA time zone"),
    (("--runner", "spark"), "use 'threads' or 'dask'"),
    (("--runner", "dask"), "--runner dask needs --address"),
])
def test_serve_refuses_bad_options_before_starting(tmp_path, args, reason):
    result = wpr("serve", "--raw", tmp_path, "--out", tmp_path / "out", *args)
    assert result.exit_code == 2 and reason in result.stderr, result.output


def encrypted(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), encrypt="secret")
    pdf.drawString(72, 720, "secret")
    pdf.save()
    return path


def test_bad_edition_option(tmp_path):
    result = wpr("extract", FIXTURE_PDF, "--edition", "../up", "--out", tmp_path)
    assert result.exit_code == 2 and "--edition" in result.stderr


def test_review_lists_the_queue(tmp_path):
    folder = tmp_path / "ed"
    folder.mkdir()
    (folder / "matches.csv").write_text(
        "edition,table_id,axis,index,page,label,kind,id,score,runner_up_id,runner_up_score,status,candidate_id\n"
        "ed,T5,row,0,7,专利和技术,sector,PTS,100.0,,0.0,exact,PTS\n"
        "ed,T5,row,1,7,专利与创新技术,,,72.0,BDS,40.0,review,PTS\n", encoding="utf-8")
    result = wpr("review", "ed", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "1 label(s) to review" in result.stdout and "专利与创新技术" in result.stdout
    assert "专利和技术" not in result.stdout.replace("专利与创新技术", "")


def test_review_of_an_unpublished_edition(tmp_path):
    result = wpr("review", "nope", "--out", tmp_path)
    assert result.exit_code == 2 and "publish the edition first" in result.stderr

