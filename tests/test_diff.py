"""Edition diffs by canonical ids (export/diff.py): plain data, no PDF, no Prefect."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from export.diff import DIFF_COLUMNS, counts, diff_editions, summary_line, write_diff

COLUMNS = ["edition", "table_id", "page", "row_index", "row_label", "row_id", "column_index",
           "column_label", "column_id", "value", "unit", "raw"]


def publish(folder: Path, cells: list[tuple], tables: dict[str, str]) -> Path:
    """A published edition as far as the diff reads it: facts.csv and tables.csv.

    cells: (table_id, row_index, row_label, row_id, column_index, column_label, column_id, value)
    """
    folder.mkdir(parents=True)
    rows = [{"edition": folder.name, "table_id": t, "page": 3, "row_index": r, "row_label": rl,
             "row_id": ri, "column_index": c, "column_label": cl, "column_id": ci, "value": v,
             "unit": "kCHF", "raw": f"{v:,.0f}"} for t, r, rl, ri, c, cl, ci, v in cells]
    pd.DataFrame(rows, columns=COLUMNS).to_csv(folder / "facts.csv", index=False)
    pd.DataFrame({"table_id": list(tables), "title": list(tables.values())}).to_csv(
        folder / "tables.csv", index=False)
    return folder


BASE = [
    ("T5", 0, "专利和技术", "PTS", 1, "2022/23年预算", "", 100.0),
    ("T5", 0, "专利和技术", "PTS", 2, "2022/23年支出", "", 90.0),
    ("T5", 1, "品牌和外观设计", "BDS", 1, "2022/23年预算", "", 50.0),
    ("T5", 1, "品牌和外观设计", "BDS", 2, "2022/23年支出", "", 40.0),
    ("T5", 2, "其他", "", 1, "2022/23年预算", "", 7.0),
    ("T5", 3, "总计", "TOTAL", 1, "2022/23年预算", "", 157.0),
    ("T5", 3, "总计", "TOTAL", 2, "2022/23年支出", "", 130.0),
    ("T6", 0, "杂项", "", 1, "收入", "", 5.0),
]
TITLES = {"T5": "按部门开列的预算", "T6": "收入"}


def test_identical_editions_have_no_changes(tmp_path):
    old = publish(tmp_path / "a", BASE, TITLES)
    new = publish(tmp_path / "b", BASE, TITLES)
    diff = diff_editions(old, new)
    assert list(diff.columns) == DIFF_COLUMNS and diff.empty
    assert summary_line(diff) == "no changes"


def test_values_renames_rows_columns_and_tables(tmp_path):
    old = publish(tmp_path / "a", BASE, TITLES)
    cells = [list(c) for c in BASE]
    cells[1][7] = 95.0                              # PTS expenditure changed
    for cell in cells[2:4]:
        cell[2] = "品牌与外观设计部门"                  # BDS renamed, same id
    cells[3][7] = 41.0                              # ... and a value of the renamed row changed
    cells[4][2] = "其它"                             # no id: a new label is another row
    cells = [c for c in cells if c[0] != "T6"]      # T6 dropped
    cells.append(["T5", 4, "未分拨", "UNALLOCATED", 1, "2022/23年预算", "", 3.0])
    cells.append(["T5", 0, "专利和技术", "PTS", 3, "2024/25年预算", "", 120.0])
    cells.append(["T9", 0, "新表", "", 1, "x", "", 1.0])
    new = publish(tmp_path / "b", [tuple(c) for c in cells], {"T5": "按部门开列的预算和支出", "T9": "新"})
    diff = diff_editions(old, new)

    assert counts(diff) == {"table_added": 1, "table_removed": 1, "table_renamed": 1, "row_added": 2,
                            "row_removed": 1, "row_renamed": 1, "column_added": 1, "value_changed": 2}
    changed = diff[diff["change"] == "value_changed"].set_index("row_id")
    assert (changed.loc["PTS", "old"], changed.loc["PTS", "new"]) == (90.0, 95.0)
    assert changed.loc["PTS", "column_label"] == "2022/23年支出"
    assert (changed.loc["BDS", "old"], changed.loc["BDS", "new"]) == (40.0, 41.0)
    renamed = diff[diff["change"] == "row_renamed"].iloc[0]
    assert (renamed["row_id"], renamed["old_label"], renamed["new_label"]) == ("BDS", "品牌和外观设计", "品牌与外观设计部门")
    assert set(diff.loc[diff["change"] == "row_added", "row_label"]) == {"其它", "未分拨"}
    assert list(diff.loc[diff["change"] == "row_removed", "row_label"]) == ["其他"]
    assert list(diff.loc[diff["change"] == "table_removed", "table_id"]) == ["T6"]
    assert list(diff.loc[diff["change"] == "table_added", "table_id"]) == ["T9"]
    # cells of added rows and columns are covered by the row/column line
    assert not ((diff["change"] == "value_added")).any()
    assert summary_line(diff).startswith("1 table added, 1 table removed, 1 table renamed, 2 rows added")

    written = write_diff(diff, new / "diff.csv")
    again = pd.read_csv(written, dtype=str, keep_default_na=False)
    assert list(again.columns) == DIFF_COLUMNS and len(again) == len(diff)


def test_repeated_ids_are_told_apart_by_order(tmp_path):
    """TOTAL under two sections of one table: each is compared with its own counterpart."""
    cells = [("A5", 0, "总计", "TOTAL", 1, "预算", "", 10.0), ("A5", 1, "总计", "TOTAL", 1, "预算", "", 20.0)]
    old = publish(tmp_path / "a", cells, {"A5": "附件五"})
    new = publish(tmp_path / "b", [cells[0], cells[1][:7] + (21.0,)], {"A5": "附件五"})
    diff = diff_editions(old, new)
    assert list(diff["change"]) == ["value_changed"] and list(diff["old"]) == [20.0]


def test_value_added_and_removed_within_kept_rows_and_columns(tmp_path):
    cells = [("T1", 0, "a", "", 1, "x", "", 1.0), ("T1", 0, "a", "", 2, "y", "", 2.0),
             ("T1", 1, "b", "", 1, "x", "", 3.0)]
    old = publish(tmp_path / "a", cells, {"T1": ""})
    new = publish(tmp_path / "b", cells + [("T1", 1, "b", "", 2, "y", "", 4.0)], {"T1": ""})
    diff = diff_editions(old, new)
    assert list(diff["change"]) == ["value_added"] and list(diff["new"]) == [4.0]
    assert list(diff_editions(new, old)["change"]) == ["value_removed"]


def test_a_folder_without_facts_is_refused(tmp_path):
    import pytest

    from export.diff import EditionFolderError

    (tmp_path / "empty").mkdir()
    publish(tmp_path / "b", BASE, TITLES)
    with pytest.raises(EditionFolderError, match="not a published edition"):
        diff_editions(tmp_path / "empty", tmp_path / "b")
