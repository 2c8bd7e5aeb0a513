"""What changed between two published editions, by canonical ids.

Rows and columns are matched by their canonical id (`row_id`, `column_id` in facts.csv) and,
where the matcher gave none, by their printed label; a key that occurs several times in one
table (e.g. `TOTAL` under each section) is told apart by its order of occurrence. So a
sector printed under a new name in the new edition is the same row, `row_renamed`, and its
figures are compared; a row without an id whose label changed is `row_removed` + `row_added`.

`diff_editions(old_dir, new_dir)` is a plain function over two published folders; `wpr diff`
writes its frame as `diff.csv` and prints `summary_line`. Changes, in this order:

| change | what | old / new |
| --- | --- | --- |
| `table_added`, `table_removed` | a table_id in one edition only | — (`old_label`/`new_label`: title) |
| `table_renamed` | same table_id, another title | — (titles in `old_label`/`new_label`) |
| `row_added`, `row_removed` | a row (with figures) of a table in both | — |
| `row_renamed` | same row_id, another printed label | — (labels in `old_label`/`new_label`) |
| `column_added`, `column_removed`, `column_renamed` | the same for columns | — |
| `value_changed` | same table, row and column, another value or unit | the two amounts |
| `value_added`, `value_removed` | a cell with a figure in one edition only, its row and column in both | the amount |

Rows and columns of added or removed tables, and cells of added or removed rows or columns,
are not listed one by one: the table, row or column line stands for them.
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

CHANGES = ["table_added", "table_removed", "table_renamed",
           "row_added", "row_removed", "row_renamed",
           "column_added", "column_removed", "column_renamed",
           "value_changed", "value_added", "value_removed"]

DIFF_COLUMNS = ["change", "table_id", "row_id", "column_id", "row_label", "column_label",
                "old", "new", "old_label", "new_label", "unit", "old_page", "new_page"]

_TEXT = ["edition", "table_id", "row_label", "row_id", "column_label", "column_id", "unit", "raw"]


class EditionFolderError(ValueError):
    """Not a published edition folder; str() is the one-line reason."""


def read_facts(folder: str | Path) -> pd.DataFrame:
    path = Path(folder) / "facts.csv"
    if not path.is_file():
        raise EditionFolderError(f"{folder}: not a published edition (no facts.csv)")
    facts = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = {"table_id", "row_index", "row_label", "column_index", "column_label", "value"} - set(facts)
    if missing:
        raise EditionFolderError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    for column in _TEXT:
        if column not in facts:
            facts[column] = ""
    facts["row_index"] = pd.to_numeric(facts["row_index"], errors="coerce").fillna(-1).astype(int)
    facts["column_index"] = pd.to_numeric(facts["column_index"], errors="coerce").fillna(-1).astype(int)
    facts["value"] = pd.to_numeric(facts["value"], errors="coerce")
    facts["page"] = pd.to_numeric(facts.get("page", pd.Series(dtype=str)), errors="coerce")
    return facts


def read_titles(folder: str | Path, facts: pd.DataFrame) -> dict[str, str]:
    """table_id → title in printed order: tables.csv, else the tables the facts name."""
    path = Path(folder) / "tables.csv"
    if path.is_file():
        tables = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        if "table_id" in tables:
            titles = tables["title"] if "title" in tables else pd.Series([""] * len(tables))
            return dict(zip(tables["table_id"], titles))
    return {table_id: "" for table_id in dict.fromkeys(facts["table_id"])}


def _keys(items: pd.DataFrame, index: str, ident: str, label: str) -> pd.DataFrame:
    """One row per row (or column) of each table with its key: (id or 'label:' + label, n-th)."""
    items = (items.sort_values(["table_id", index]).drop_duplicates(["table_id", index])
             [["table_id", index, ident, label, "page"]].copy())
    items["base"] = [f"id:{i}" if i else f"label:{lab}" for i, lab in zip(items[ident], items[label])]
    items["nth"] = items.groupby(["table_id", "base"]).cumcount()
    items["key"] = list(zip(items["base"], items["nth"]))
    return items


def _number(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _line(change: str, table_id: str, **fields) -> dict:
    line = dict.fromkeys(DIFF_COLUMNS)
    line.update(change=change, table_id=table_id, **fields)
    return line


def diff_editions(old_dir: str | Path, new_dir: str | Path, tolerance: float = 1e-9) -> pd.DataFrame:
    """Every change from the edition published in old_dir to the one in new_dir (see module doc)."""
    old, new = read_facts(old_dir), read_facts(new_dir)
    old_titles, new_titles = read_titles(old_dir, old), read_titles(new_dir, new)
    lines: list[dict] = []

    for table_id, title in new_titles.items():
        if table_id not in old_titles:
            lines.append(_line("table_added", table_id, new_label=title))
        elif (old_titles[table_id] or "") != (title or ""):
            lines.append(_line("table_renamed", table_id, old_label=old_titles[table_id], new_label=title))
    for table_id, title in old_titles.items():
        if table_id not in new_titles:
            lines.append(_line("table_removed", table_id, old_label=title))

    common = [t for t in new_titles if t in old_titles]
    axes = {"row": ("row_index", "row_id", "row_label"), "column": ("column_index", "column_id", "column_label")}
    keyed: dict[str, tuple[pd.DataFrame, pd.DataFrame]] = {}
    for axis, (index, ident, label) in axes.items():
        old_keys = _keys(old[old["table_id"].isin(common)], index, ident, label)
        new_keys = _keys(new[new["table_id"].isin(common)], index, ident, label)
        keyed[axis] = (old_keys, new_keys)

    for table_id in common:
        for axis, (index, ident, label) in axes.items():
            old_keys, new_keys = (k[k["table_id"] == table_id] for k in keyed[axis])
            old_by_key = {k: r for k, r in zip(old_keys["key"], old_keys.itertuples(index=False))}
            new_by_key = {k: r for k, r in zip(new_keys["key"], new_keys.itertuples(index=False))}
            for key, item in old_by_key.items():
                if key not in new_by_key:
                    lines.append(_line(f"{axis}_removed", table_id, **{ident: getattr(item, ident),
                                       label: getattr(item, label)}, old_label=getattr(item, label),
                                       old_page=_number(item.page)))
            for key, item in new_by_key.items():
                if key not in old_by_key:
                    lines.append(_line(f"{axis}_added", table_id, **{ident: getattr(item, ident),
                                       label: getattr(item, label)}, new_label=getattr(item, label),
                                       new_page=_number(item.page)))
                elif getattr(item, ident) and getattr(item, label) != getattr(old_by_key[key], label):
                    lines.append(_line(f"{axis}_renamed", table_id, **{ident: getattr(item, ident),
                                       label: getattr(item, label)}, old_label=getattr(old_by_key[key], label),
                                       new_label=getattr(item, label), old_page=_number(old_by_key[key].page),
                                       new_page=_number(item.page)))

    lines.extend(_value_changes(old, new, keyed, common, tolerance))
    frame = pd.DataFrame(lines, columns=DIFF_COLUMNS)
    order = {change: n for n, change in enumerate(CHANGES)}
    frame["_order"] = frame["change"].map(order)
    # Stable: within a kind of change, tables and cells keep the new edition's printed order.
    frame = frame.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)
    for column in ("old", "new", "old_page", "new_page"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    for column in ("old_page", "new_page"):
        frame[column] = frame[column].round().astype("Int64")
    return frame


def _with_keys(facts: pd.DataFrame, keyed: dict, which: int) -> pd.DataFrame:
    rows = keyed["row"][which][["table_id", "row_index", "key"]].rename(columns={"key": "row_key"})
    columns = keyed["column"][which][["table_id", "column_index", "key"]].rename(columns={"key": "column_key"})
    return facts.merge(rows, on=["table_id", "row_index"]).merge(columns, on=["table_id", "column_index"])


def _value_changes(old: pd.DataFrame, new: pd.DataFrame, keyed: dict, common: list[str],
                   tolerance: float) -> list[dict]:
    old_cells = _with_keys(old[old["table_id"].isin(common)], keyed, 0)
    new_cells = _with_keys(new[new["table_id"].isin(common)], keyed, 1)
    old_rows = {(t, k) for t, k in zip(keyed["row"][0]["table_id"], keyed["row"][0]["key"])}
    new_rows = {(t, k) for t, k in zip(keyed["row"][1]["table_id"], keyed["row"][1]["key"])}
    old_cols = {(t, k) for t, k in zip(keyed["column"][0]["table_id"], keyed["column"][0]["key"])}
    new_cols = {(t, k) for t, k in zip(keyed["column"][1]["table_id"], keyed["column"][1]["key"])}
    # A row or column key twice in one table cannot happen (n-th occurrence), but two cells can
    # share a (row, column) where a label column was folded: keep the first, in printed order.
    old_index = {}
    for cell in old_cells.itertuples(index=False):
        old_index.setdefault((cell.table_id, cell.row_key, cell.column_key), cell)
    lines = []
    seen = set()
    for cell in new_cells.itertuples(index=False):
        key = (cell.table_id, cell.row_key, cell.column_key)
        if key in seen:
            continue
        seen.add(key)
        where = dict(row_id=cell.row_id, column_id=cell.column_id, row_label=cell.row_label,
                     column_label=cell.column_label, unit=cell.unit, new_page=_number(cell.page))
        before = old_index.get(key)
        if before is None:
            if (cell.table_id, cell.row_key) in old_rows and (cell.table_id, cell.column_key) in old_cols:
                lines.append(_line("value_added", cell.table_id, new=_number(cell.value), **where))
            continue
        old_value, new_value = _number(before.value), _number(cell.value)
        same_value = (old_value is None and new_value is None) or (
            old_value is not None and new_value is not None and abs(old_value - new_value) <= tolerance)
        if not same_value or before.unit != cell.unit:
            lines.append(_line("value_changed", cell.table_id, old=old_value, new=new_value,
                               old_page=_number(before.page), **where))
    for key, cell in old_index.items():
        if key in seen:
            continue
        if (cell.table_id, cell.row_key) in new_rows and (cell.table_id, cell.column_key) in new_cols:
            lines.append(_line("value_removed", cell.table_id, old=_number(cell.value), row_id=cell.row_id,
                               column_id=cell.column_id, row_label=cell.row_label,
                               column_label=cell.column_label, unit=cell.unit, old_page=_number(cell.page)))
    return lines


def counts(diff: pd.DataFrame) -> dict[str, int]:
    """Number of lines per change, in the order of CHANGES, only those that occur."""
    found = diff["change"].value_counts()
    return {change: int(found[change]) for change in CHANGES if change in found}


def summary_line(diff: pd.DataFrame) -> str:
    """e.g. '3 values changed, 1 row renamed, 2 tables added' or 'no changes'."""
    if diff.empty:
        return "no changes"
    parts = []
    for change, n in counts(diff).items():
        thing, what = change.split("_")
        noun = {"value": "value", "row": "row", "column": "column", "table": "table"}[thing]
        parts.append(f"{n} {noun}{'' if n == 1 else 's'} {what}")
    return ", ".join(parts)


def write_diff(diff: pd.DataFrame, path: str | Path) -> Path:
    """diff.csv, written beside and renamed into place (a reader never sees half of it)."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    diff.to_csv(partial, index=False, encoding="utf-8")
    partial.replace(path)
    return path
