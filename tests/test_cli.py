"""`wpr` end to end: contract files and headers, and one-line errors."""
from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURE_PDF, make_pdf

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
    result = wpr("extract", FIXTURE_PDF, "--out", tmp_path)
    assert result.exit_code == 0, result.output
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
    assert (edition / "tables" / "T4.csv").read_text(encoding="utf-8").startswith("预期成果,部门 / 专利,品牌")


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


@pytest.mark.parametrize("make, reason", [
    (lambda p: p / "missing.pdf", "no such file"),
    (lambda p: p, "not a file"),
    (lambda p: (p / "x.pdf").write_text("hello") and p / "x.pdf", "not a PDF"),
    (lambda p: encrypted(p / "e.pdf"), "encrypted"),
])
def test_bad_input_is_one_line(tmp_path, make, reason):
    result = wpr("extract", make(tmp_path), "--out", tmp_path / "out")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wpr: ") and reason in lines[0], result.stderr
    assert not (tmp_path / "out").exists()


def test_run_without_raw_folder(tmp_path):
    result = wpr("run", "--raw", tmp_path / "nope")
    assert result.exit_code == 2 and "no such folder" in result.stderr


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
