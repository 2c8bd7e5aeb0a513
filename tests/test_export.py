import csv
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import editions_and_locks

from export.columns import CHECKS, FACTS, MATCHES, TABLES
from export.facts import facts_frame, table_unit
from export.edition import build_edition
from export.publish import publish
from extractors.ids import table_ids
from extractors.model import Box, Cell, Table

SPEC_FACTS = ["edition", "table_id", "page", "row_index", "row_label", "row_id", "column_index",
              "column_label", "column_id", "value", "unit", "raw"]
SPEC_TABLES = ["table_id", "title", "kind", "page_start", "page_end", "n_rows", "n_cols", "unit"]
SPEC_CHECKS = ["check_id", "kind", "table_id", "page", "row_label", "column_label", "expected",
               "found", "difference", "tolerance", "status", "message"]


def cell(text: str, page: int = 2, raw: str | None = None) -> Cell:
    return Cell(text=text, raw=text if raw is None else raw, page=page)


def sample_table(table_id: str = "T1", unit_text: str = "(单位: 百万瑞郎)") -> Table:
    header = [[cell("主要财务数据"), cell("2022/23 年"), cell("2022/23 年"), cell("差异")],
              [cell("主要财务数据"), cell("计划和预算"), cell("实际数"), cell("差异")]]
    rows = [
        [cell("IPSAS 调整后收入总额"), cell("951.8"), cell("972.2"), cell("102%")],
        [cell("支出"), cell(""), cell(""), cell("")],
        [cell("会费(单一)", raw="会费 (单一)¹"), cell("35.0", raw="35.0¹"), cell("(4,084)"), cell("-")],
        [cell("重估储备金盈余", page=3), cell("n/a", page=3), cell("(12.3)", page=3), cell("不适用", page=3)],
    ]
    return Table(page_start=2, page_end=3, bbox=Box(0, 0, 10, 10), header=header, rows=rows,
                 caption="表 1. 2022/23 年主要财务数据", unit_text=unit_text, table_id=table_id)


def test_contract_columns_are_kept_in_order():
    assert list(FACTS)[:len(SPEC_FACTS)] == SPEC_FACTS
    assert TABLES[:len(SPEC_TABLES)] == SPEC_TABLES
    assert CHECKS[:len(SPEC_CHECKS)] == SPEC_CHECKS


def test_facts_frame():
    facts = facts_frame([sample_table()], "wpr-2022-23-zh")
    assert list(facts.columns)[:len(SPEC_FACTS)] == SPEC_FACTS
    assert len(facts) == 7
    first = facts.iloc[0][SPEC_FACTS].to_dict()
    assert first == {
        "edition": "wpr-2022-23-zh", "table_id": "T1", "page": 2, "row_index": 0,
        "row_label": "IPSAS 调整后收入总额", "row_id": "", "column_index": 1,
        "column_label": "2022/23 年 / 计划和预算", "column_id": "", "value": 951.8, "unit": "CHFm",
        "raw": "951.8",
    }
    by_raw = facts.set_index("raw")
    assert by_raw.loc["102%", "unit"] == "percent" and by_raw.loc["102%", "value"] == 102
    assert by_raw.loc["102%", "column_label"] == "差异"
    assert by_raw.loc["(4,084)", "value"] == -4084
    assert by_raw.loc["-", "value"] == 0
    assert by_raw.loc["35.0¹", "value"] == 35.0 and by_raw.loc["35.0¹", "row_index"] == 2
    assert by_raw.loc["(12.3)", "page"] == 3 and by_raw.loc["(12.3)", "row_index"] == 3
    assert "n/a" not in by_raw.index and "不适用" not in by_raw.index


def test_units_without_unit_text():
    facts = facts_frame([sample_table(unit_text="")], "e")
    assert facts.set_index("raw").loc["(4,084)", "unit"] == "count"
    assert facts.set_index("raw").loc["951.8", "unit"] == "number"


@pytest.mark.parametrize("text, unit", [
    ("(单位: 千瑞郎)", "kCHF"), ("（单位：百万瑞郎）", "CHFm"), ("单位：瑞郎", "CHF"),
    ("(in thousands of Swiss francs)", "kCHF"), ("(in millions of Swiss francs)", "CHFm"), ("", ""),
])
def test_table_unit(text, unit):
    assert table_unit(text) == unit


def test_empty_frame_has_types():
    facts = facts_frame([], "e")
    assert list(facts.columns)[:len(SPEC_FACTS)] == SPEC_FACTS and len(facts) == 0
    assert str(facts["value"].dtype) == "float64" and str(facts["page"].dtype) == "int64"


def test_table_ids_are_unique_and_deterministic():
    tables = [sample_table("T1"), sample_table("T1"), sample_table(""), sample_table("")]
    assert table_ids(tables) == ["T1", "T1-2", "P002-1", "P002-2"]


def read_header(path: Path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def test_publish(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    out = publish(build_edition([sample_table()], "wpr-2022-23-zh"), tmp_path / "out", pdf)
    assert out == tmp_path / "out" / "wpr-2022-23-zh"
    assert read_header(out / "facts.csv")[:len(SPEC_FACTS)] == SPEC_FACTS
    assert read_header(out / "tables.csv")[:8] == SPEC_TABLES
    assert read_header(out / "checks.csv")[:len(SPEC_CHECKS)] == SPEC_CHECKS
    assert read_header(out / "matches.csv") == MATCHES
    with open(out / "tables" / "T1.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["主要财务数据", "2022/23 年 / 计划和预算", "2022/23 年 / 实际数", "差异"]
    assert rows[1] == ["IPSAS 调整后收入总额", "951.8", "972.2", "102%"]
    assert len(pd.read_parquet(out / "facts.parquet")) == 7
    catalog = list(csv.DictReader(open(out / "tables.csv", encoding="utf-8")))
    assert catalog[0]["n_rows"] == "4" and catalog[0]["unit"] == "CHFm" and catalog[0]["kind"] == "table"
    assert json.loads((out / "datapackage.json").read_text())["name"] == "wpr-2022-23-zh"
    # nothing left behind next to the edition
    # beside it only the edition's lock file (export/history.py): no staging folder left
    assert editions_and_locks(tmp_path / "out") == [".wpr-2022-23-zh.lock", "wpr-2022-23-zh"]


def test_datapackage_is_valid(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    out = publish(build_edition([sample_table()], "wpr-2022-23-zh"), tmp_path, pdf)
    report = frictionless.validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_failed_publish_keeps_previous_edition(tmp_path, monkeypatch):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    publish(build_edition([sample_table()], "ed"), tmp_path / "out", pdf)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    # export.publish is shadowed by the function of that name in export/__init__.py
    monkeypatch.setattr(sys.modules["export.publish"], "write_datapackage", boom)
    with pytest.raises(RuntimeError):
        publish(build_edition([], "ed"), tmp_path / "out", pdf)
    assert (tmp_path / "out" / "ed" / "tables" / "T1.csv").exists()
    assert editions_and_locks(tmp_path / "out") == [".ed.lock", "ed"]


def test_republish_replaces(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    publish(build_edition([sample_table()], "ed"), tmp_path, pdf)
    publish(build_edition([], "ed"), tmp_path, pdf)
    assert not (tmp_path / "ed" / "tables" / "T1.csv").exists()
    assert editions_and_locks(tmp_path) == [".ed.lock", "ed", "x.pdf"]  # same PDF: no history


@pytest.mark.parametrize("edition", ["../x", "a/b", ".hidden", ""])
def test_publish_rejects_unsafe_edition_ids(tmp_path, edition):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ValueError):
        publish(build_edition([], edition), tmp_path / "out", pdf)
