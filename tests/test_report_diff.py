"""`wpr diff`'s section of report.html: escaped, replaced on a second diff, absent slot tolerated."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from export.report import add_diff_section


def changes(label: str) -> pd.DataFrame:
    return pd.DataFrame([{"change": "row_renamed", "table_id": "T5", "row_id": "BDS", "column_id": "",
                          "row_label": label, "column_label": "", "old": None, "new": None,
                          "old_label": "品牌和外观设计", "new_label": label}])


def test_section_is_escaped_and_replaced(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text("<p>a</p><!--wpr:diff--><!--/wpr:diff--><p>b</p>", encoding="utf-8")
    assert add_diff_section(report, changes("<script>alert(1)</script>"), "old-ed", "1 row renamed")
    html = report.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html and "Changes since old-ed" in html
    assert add_diff_section(report, changes("品牌与外观设计"), "old-ed", "1 row renamed")
    html = report.read_text(encoding="utf-8")
    assert html.count('<section id="diff">') == 1 and "品牌与外观设计" in html and "script" not in html
    assert html.startswith("<p>a</p>") and html.endswith("<p>b</p>")


def test_no_slot_or_no_report(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    assert not add_diff_section(report, changes("x"), "old", "s")
    report.write_text("<p>old report</p>", encoding="utf-8")
    assert not add_diff_section(report, changes("x"), "old", "s")
    assert report.read_text(encoding="utf-8") == "<p>old report</p>"
