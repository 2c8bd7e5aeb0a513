"""Numeric columns of the core tables (T1–T8, A1–A6, A12, A13, S-*) and their ids, per
published edition: which have no `column_id`, and whether the same printed measure has the
same ids in every edition (#15). Used by tests/test_catalog.py; from the command line

    python tests/core_columns.py OUTPUT/<edition> [OUTPUT/<edition> …]

lists, per edition, every core column with an empty `column_id` (table_id, column_index,
column_label, how many facts), then the printed measures (a table's column label with the
period left out) given different ids in different editions.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

CORE = r"(?:T[1-8]|A[1-6]|A1[23]|S-[A-Z]+-(?:ER|COST))(?:-\d+)?"
_PERIOD = re.compile(r"(?<!\d)20\d\d(?:\s*/\s*\d\d)?\s*年?")


def core_facts(edition: Path) -> pd.DataFrame:
    facts = pd.read_csv(edition / "facts.csv", dtype=str, keep_default_na=False)
    return facts[facts["table_id"].str.fullmatch(CORE)]


def empty_column_ids(edition: Path) -> pd.DataFrame:
    """table_id, column_index, column_label, facts: core columns with no column id."""
    facts = core_facts(edition)
    empty = facts[facts["column_id"] == ""]
    return (empty.groupby(["table_id", "column_index", "column_label"], sort=False).size()
            .rename("facts").reset_index())


def printed_measure(label: str) -> str:
    """A column label as the measure is printed, the period and white space left out."""
    return re.sub(r"\s+", "", _PERIOD.sub("", label))


def column_ids(edition: Path) -> pd.DataFrame:
    """One row per core column: table_id, column_index, printed (the label, no period),
    column_id, measure_id."""
    columns = core_facts(edition).drop_duplicates(["table_id", "column_index"])
    return pd.DataFrame({"table_id": columns["table_id"], "column_index": columns["column_index"].astype(int),
                         "printed": columns["column_label"].map(printed_measure),
                         "column_id": columns["column_id"], "measure_id": columns["measure_id"]})


def differing_ids(editions: list[Path]) -> pd.DataFrame:
    """table_id, printed, ids: printed measures of one table found in several editions with
    different (column_id, measure_id) pairs."""
    both = pd.concat([column_ids(e).assign(edition=e.name) for e in editions])
    both["ids"] = list(zip(both["column_id"], both["measure_id"]))
    grouped = both.groupby(["table_id", "printed"])
    ids = grouped["ids"].agg(lambda s: tuple(sorted(set(s))))
    seen_in = grouped["edition"].nunique()
    return ids[(ids.map(len) > 1) & (seen_in > 1)].reset_index()


if __name__ == "__main__":
    folders = [Path(arg) for arg in sys.argv[1:]]
    pd.set_option("display.width", 200, "display.max_rows", 500, "display.max_colwidth", 60)
    for folder in folders:
        empty = empty_column_ids(folder)
        print(f"{folder.name}: {int(empty['facts'].sum())} core facts in {len(empty)} columns without column_id")
        if len(empty):
            print(empty.to_string(index=False))
    if len(folders) > 1:
        differing = differing_ids(folders)
        print(f"printed measures with different ids across editions: {len(differing)}")
        if len(differing):
            print(differing.to_string(index=False))
