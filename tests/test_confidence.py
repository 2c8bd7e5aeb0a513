"""A table's published quality drops, and says why, when its reading is in doubt."""
from __future__ import annotations

import pandas as pd
import pytest

from export.confidence import Confidence, cut_label, table_confidence
from export.report import ReportInputs, _table_rows, summary
from extractors.model import Box, Cell, Table

MATCH_COLUMNS = ["table_id", "axis", "index", "status"]
CHECK_COLUMNS = ["table_id", "kind", "status", "difference", "tolerance"]


def cell(text: str) -> Cell:
    return Cell(text=text, raw=text, page=1, bbox=Box(0, 0, 1, 1))


def table(rows: list[list[str]], quality: float = 1.0) -> Table:
    return Table(page_start=1, page_end=1, bbox=Box(0, 0, 10, 10),
                 header=[[cell("部门"), cell("预算"), cell("支出")]],
                 rows=[[cell(t) for t in row] for row in rows], quality=quality)


CLEAN = [["专利和技术", "1,200", "1,100"], ["品牌和外观设计", "800", "750"], ["总计", "2,000", "1,850"]]


def assess(rows: list[list[str]], matches: list[tuple] = (), checks: list[tuple] = (),
           orphans: int = 0) -> Confidence:
    return table_confidence([table(rows)], ["T5"], pd.DataFrame(list(matches), columns=MATCH_COLUMNS),
                            pd.DataFrame(list(checks), columns=CHECK_COLUMNS), {"T5": orphans})["T5"]


@pytest.mark.parametrize("label, cut", [
    ("专利和技术", False), ("与遗传资源相关的培训", False), ("会费 (单一)", False),
    ("全球挑战和伙伴关系（", True), ("）部门", True), ("专利和", True), ("行政、财务", False),
    ("行政、", True), ("中国外交部(人力", True), ("", False),
])
def test_cut_labels(label, cut):
    assert cut_label(label) is cut


def test_a_clean_reading_keeps_its_quality():
    confidence = assess(CLEAN, matches=[("T5", "row", 0, "exact")],
                        checks=[("T5", "column_sum", "pass", 0.0, 1.5)])
    assert confidence.quality == 1.0 and confidence.describe() == ""


def test_each_doubt_lowers_quality_and_is_named():
    rows = [["专利和", "1,200", "1,100"], ["", "800", "750"], ["总计", "2,000", "1,850"], ["区域", "5", "6"]]
    confidence = assess(rows, matches=[("T5", "row", 3, "review"), ("T5", "column", 2, "review")],
                        checks=[("T5", "column_sum", "fail", 150.0, 1.5), ("T5", "column_sum", "pass", 0, 1.5)],
                        orphans=2)
    assert confidence.doubts == {"cut_labels": 1, "rows_without_label": 1, "unmatched_labels": 2,
                                 "sums_far_off": 1, "orphans": 2}
    # 3 of 4 rows in doubt, 1 of 3 columns unmatched, 1 of 2 sums far off, 2 orphans beside 8 figures
    assert confidence.quality == pytest.approx(0.25 * (2 / 3) * 0.75 * 0.8)
    assert confidence.describe() == ("1 label(s) cut mid-phrase; 1 row(s) of figures without any label; "
                                     "2 label(s) at an entity position matching no id; "
                                     "1 sum(s) failing far beyond rounding; "
                                     "2 figure(s) printed in the table but in no cell")


def test_a_failure_within_ten_tolerances_is_not_far_off():
    confidence = assess(CLEAN, checks=[("T5", "column_sum", "fail", 10.0, 1.5)])
    assert confidence.quality == 1.0


def test_the_report_lists_doubtful_tables_first_least_trusted_first():
    tables = pd.DataFrame([
        {"table_id": "T1", "quality": "1.0", "doubts": ""},
        {"table_id": "T2", "quality": "0.9", "doubts": "1 label(s) cut mid-phrase"},
        {"table_id": "T3", "quality": "1.0", "doubts": ""},
        {"table_id": "T4", "quality": "0.5", "doubts": "3 figure(s) printed in the table but in no cell"},
    ])
    inputs = ReportInputs(edition="e", tables=tables, facts=pd.DataFrame(columns=["table_id"]),
                          matches=pd.DataFrame(columns=["status"]), checks=pd.DataFrame(columns=["status"]))
    assert [row["table_id"] for row in _table_rows(inputs, [])] == ["T4", "T2", "T1", "T3"]
    assert summary(inputs)["doubtful"] == 2
