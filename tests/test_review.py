"""The reviewer's loop, scripted as a reviewer runs it: a rendering whose labels the matcher
cannot place and whose totals do not add up; two labels accepted, one rejected, three flags
decided; then the same PDF again (nothing new), and a next edition with one figure changed
under a decided flag (that decision lapses, the others hold)."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from pdfgen import ZEBRA, Doc, RowStyle, columns

EDITION = "wpr-2022-23-zh"
HEADER = ["部门", "2022/23 年计划和预算", "2022/23 年调剂使用后最终预算", "2022/23 年支出"]
ROWS = [
    ["专利与技术工作", "210,000", "205,000", "200,000"],   # PTS, said otherwise: accepted
    ["品牌及设计", "80,000", "78,000", "75,000"],          # BDS, said otherwise: accepted
    ["其他杂项开支", "1,000", "1,000", "900"],             # not an entity: rejected
    ["平台", "50,000", "49,000", "48,000"],
    ["总计", "341,500", "333,500", "324,400"],             # each column 500 more than its rows
]


def render(path: Path, rows: list[list[str]], title: str = "2022/23 年产权组织绩效报告") -> Path:
    doc = Doc(path)
    doc.text(doc.left, 70, title, size=14)
    top = doc.unit_line(doc.caption(110, "表5. 2022/23年按部门开列的预算和支出"), "(单位: 千瑞郎)")
    widths = [160, 100, 110, 90]
    head_cols, cols = columns(doc.left, widths, "cccc"), columns(doc.left, widths, "lrrr")
    head = RowStyle(size=9, bold=True)
    ys = [top, top + head.height(doc, HEADER, head_cols)]
    doc.fill(cols[0].x0, ys[0], cols[-1].x1, ys[1], ZEBRA)
    head.draw(doc, top, HEADER, head_cols, valign="middle")
    for row in rows:
        ys.append(RowStyle(size=9).draw(doc, ys[-1], row, cols))
    doc.canvas.setLineWidth(0.6)
    doc.canvas.grid([c.x0 for c in cols] + [cols[-1].x1], [doc.height - y for y in ys])
    doc.save()
    return path


@pytest.fixture
def knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The registry and rules as a reviewer's copy: the checkout's stay untouched."""
    registry, rules = tmp_path / "registry", tmp_path / "rules"
    shutil.copytree(ROOT / "schemas" / "registry", registry)
    shutil.copytree(ROOT / "schemas" / "rules", rules)
    monkeypatch.setenv("WPR_REGISTRY_DIR", str(registry))
    monkeypatch.setenv("WPR_RULES_DIR", str(rules))
    monkeypatch.setenv("WPR_REVIEWER", "A. Reviewer")
    return registry, rules


def wpr(*args: object):
    from wpr.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def rows_of(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def flagged(out: Path, edition: str = EDITION) -> dict[str, str]:
    return {c["check_id"]: c["review"] for c in rows_of(out / edition / "checks.csv") if c["status"] in ("fail", "rounding")}


@pytest.mark.usefixtures("prefect_harness")
def test_a_scripted_review_then_the_same_pdf_then_a_next_edition(tmp_path: Path, knowledge) -> None:
    registry, rules = knowledge
    before = {name: (registry / name).read_text(encoding="utf-8") for name in ("not_entities.csv",)}
    out = tmp_path / "out"
    pdf = render(tmp_path / "report.pdf", ROWS)
    assert wpr("extract", pdf, "--out", out).exit_code == 0

    listing = wpr("review", EDITION, "--out", out)
    assert listing.exit_code == 0, listing.output
    assert f"wpr review accept {EDITION} 1 PTS" in listing.output  # the exact command, nearest id filled in
    labels = [row["label"] for row in rows_of(out / EDITION / "matches.csv") if row["status"] == "review"]
    assert labels[:3] == ["专利与技术工作", "品牌及设计", "其他杂项开支"]
    flags = flagged(out)
    assert len(flags) == 3 and set(flags.values()) == {"new"}

    # Errors are one line, and write nothing.
    for bad in (["review", "accept", "wpr-1999-zh", "1", "PTS"], ["review", "accept", EDITION, "9", "PTS"],
                ["review", "accept", EDITION, "1", "NO-SUCH-ID"], ["review", "accept", EDITION, "1", "ER1.1"],
                ["review", "check", EDITION, "no-such-check", "--as", "real"]):
        result = wpr(*bad, "--out", out)
        assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output
    assert rows_of(registry / "aliases.csv") == [] and rows_of(rules / "decisions.csv") == []

    # --all-editions: the next edition below prints the same labels
    assert wpr("review", "accept", EDITION, "1", "PTS", "--all-editions", "--out", out).exit_code == 0
    assert wpr("review", "accept", EDITION, "品牌及设计", "BDS", "--all-editions", "--out", out).exit_code == 0
    assert wpr("review", "reject", EDITION, "1", "--out", out).exit_code == 0  # now item 1 is 其他杂项开支
    notes = {"real": "the report's totals include a line not printed", "extraction": "", "accepted": "ok"}
    for check_id, decision in zip(sorted(flags), notes):
        result = wpr("review", "check", EDITION, check_id, "--as", decision, "--note", notes[decision], "--out", out)
        assert result.exit_code == 0, result.output

    # The registry diff is exactly the accepted aliases (and the rejected label in not_entities).
    aliases = rows_of(registry / "aliases.csv")
    assert [(a["id"], a["alias"], a["editions"], a["reviewer"]) for a in aliases] == [
        ("PTS", "专利与技术工作", "", "A. Reviewer"), ("BDS", "品牌及设计", "", "A. Reviewer")]
    added = (registry / "not_entities.csv").read_text(encoding="utf-8")[len(before["not_entities.csv"]):]
    assert added.count("\n") == 1 and "其他杂项开支" in added
    assert len(rows_of(rules / "decisions.csv")) == 3

    # The next run of the same PDF: an empty queue for those labels, the decisions, nothing new.
    again = wpr("extract", pdf, "--out", out)
    assert again.exit_code == 0, again.output
    matches = {row["label"]: row for row in rows_of(out / EDITION / "matches.csv")}
    assert matches["专利与技术工作"]["id"] == "PTS" and matches["品牌及设计"]["id"] == "BDS"
    assert matches["其他杂项开支"]["status"] == "none"
    assert sorted(flagged(out).values()) == ["accepted", "extraction", "real"]
    assert "nothing to review" in wpr("review", EDITION, "--out", out).output
    report = (out / EDITION / "report.html").read_text(encoding="utf-8")
    assert "flags new since the last review" in report and "Decided by a reviewer (3)" in report
    assert "Needs a better reading" in report  # the table of the check decided as an extraction error
    tables = {t["table_id"]: t for t in rows_of(out / EDITION / "tables.csv")}
    assert "extraction error" in tables["T5"]["doubts"] and float(tables["T5"]["quality"]) <= 0.5

    # A next edition: one figure changed under a decided flag; its decision lapses, the others hold.
    next_rows = [row[:] for row in ROWS]
    next_rows[4][3] = "324,900"  # the 支出 total: now it adds up... to 1,000 more than its rows
    next_pdf = render(tmp_path / "next.pdf", next_rows, title="2024/25 年产权组织绩效报告")
    nxt = wpr("extract", next_pdf, "--out", out, "--edition", "wpr-2024-25-zh")
    assert nxt.exit_code == 0, nxt.output
    reviews = flagged(out, "wpr-2024-25-zh")
    spent = [check for check in reviews if "col3" in check]
    assert [reviews[c] for c in spent] == ["lapsed"]
    assert sorted(v for c, v in reviews.items() if c not in spent) == sorted(
        d for c, d in zip(sorted(flags), notes) if "col3" not in c)


def test_an_alias_accepted_for_one_edition_holds_there_only(knowledge) -> None:
    from export.review import ALIAS_COLUMNS, ALIASES_FILE
    from matching import load_registry, match_label
    from schemas.decisions import append_row

    registry_dir, _ = knowledge
    append_row(registry_dir / ALIASES_FILE, ALIAS_COLUMNS, {"id": "PTS", "alias": "专利与技术工作", "editions": EDITION,
                                                            "reviewer": "r", "date": "2026-12-04", "note": ""})
    registry = load_registry()
    here = match_label("专利与技术工作", ("sector",), registry, EDITION)
    there = match_label("专利与技术工作", ("sector",), registry, "wpr-2024-25-zh")
    assert (here.id, here.status) == ("PTS", "exact") and (there.id, there.status) == ("", "review")
