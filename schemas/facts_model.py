"""Pandera models of the published facts, and their failures as rows of checks.

Validation is lazy: every failing cell is collected, and each becomes one `schema` row of
checks.csv, so a malformed edition is still published with its problems listed rather
than stopping the run. Checks that found nothing are listed once each, as `pass`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from schemas.result import Check
from schemas.rounding import UNITS

if TYPE_CHECKING:
    import pandera.pandas as pa

# Canonical ids are upper-case words with digits, dots, dashes ('ER3.1', 'S-PTS', 'TF-W_IJC').
_ID = r"^(?:[A-Z][A-Z0-9_.\-]*)?$"
_UTILISATION = re.compile(r"利用情况|利用率")


def _finite(value: pd.Series) -> pd.Series:
    return pd.Series(np.isfinite(value.to_numpy(dtype=float)), index=value.index)


def _one_per_cell(df: pd.DataFrame) -> pd.Series:
    return ~df.duplicated(["edition", "table_id", "row_index", "column_index"], keep=False)


def _count_is_whole(df: pd.DataFrame) -> pd.Series:
    return (df["unit"] != "count") | (df["value"] == df["value"].round())


def _percent_in_range(df: pd.DataFrame) -> pd.Series:
    # Wide on purpose: 杂项收入 can be -130% of plan and 用品与材料 191% of budget.
    return (df["unit"] != "percent") | df["value"].between(-1000, 1000)


def _utilisation(df: pd.DataFrame) -> pd.Series:
    is_util = df["column_label"].astype(str).str.contains(_UTILISATION)
    return ~(is_util & (df["unit"] == "percent")) | (df["value"] >= 0)


@functools.cache
def facts_schema() -> pa.DataFrameSchema:
    """facts.csv as the contract describes it (shared/spec/dataset.md).

    A DataFrameSchema, not a DataFrameModel: turning a model into a schema makes pandera
    import its dask typing (dask.dataframe, 0.7 s) to look for index types. pandera itself
    is imported here, when checks run, so importing `schemas` stays light."""
    import pandera.pandas as pa

    def text(*checks: pa.Check) -> pa.Column:
        return pa.Column(str, list(checks))

    return pa.DataFrameSchema(
        {
            "edition": text(pa.Check.str_matches(r"^\w[\w.-]*$")),
            "table_id": text(pa.Check.str_matches(r"^\S+$")),
            "page": pa.Column(int, pa.Check.ge(1)),
            "row_index": pa.Column(int, pa.Check.ge(0)),
            "row_label": text(),
            "row_id": text(pa.Check.str_matches(_ID)),
            "column_index": pa.Column(int, pa.Check.ge(1)),  # 0 is the label column: never a number
            "column_label": text(),
            "column_id": text(pa.Check.str_matches(_ID)),
            "value": pa.Column(float, pa.Check(_finite, name="finite")),
            "unit": text(pa.Check.isin(list(UNITS))),
            "raw": text(pa.Check.str_length(min_value=1)),
        },
        checks=[pa.Check(_one_per_cell, name="one_fact_per_cell"),
                pa.Check(_count_is_whole, name="count_is_whole"),
                pa.Check(_percent_in_range, name="percent_in_range"),
                pa.Check(_utilisation, name="utilisation_not_negative")],
        name="facts",
        coerce=True,
        strict=False,  # columns may be added to the contract, never removed
    )


@dataclass(frozen=True)
class CoreTables:
    """A family of core tables: the units its cells may have, and which of its amounts may
    be negative (by column label); every other amount is a budget, an expenditure or a
    count, none of which can be below zero."""
    name: str
    tables: str
    units: tuple[str, ...]
    may_be_negative: str = ""


CORE = (
    CoreTables("budget-by-sector", r"T5|A1|A3", ("kCHF", "percent"), r"拨出|净额|占比"),
    CoreTables("by-expected-result", r"T4|A4|A12|A13|S-[A-Z]+-ER", ("kCHF", "percent"), r"差异"),
    CoreTables("by-cost-category", r"T6|S-[A-Z]+-COST", ("kCHF", "percent")),
    CoreTables("development", r"T7|T8", ("kCHF", "percent")),
    CoreTables("posts", r"A5", ("count",), r"差异"),
    CoreTables("demand", r"T3", ("count", "percent")),
    CoreTables("income", r"T2|A2", ("CHFm", "kCHF", "percent"), r"实际数|差异"),
)


def header_paths(facts: pd.DataFrame) -> pd.Series:
    """Each fact's column label with its spanning parent restored, white space removed.

    Extraction sometimes gives a spanning header ('差异') to the first column under it
    only ('差异 / DG/DDG /ADG', then 'D', 'P'); a label without a parent takes the parent of
    the column before it, so the whole span reads as 差异.
    """
    paths: dict[tuple[str, int], str] = {}
    cells = facts[["table_id", "column_index", "column_label"]].drop_duplicates(
        ["table_id", "column_index"])
    # Plain lists, not a groupby with itertuples per table: this runs once per family of
    # core tables, and pandas' per-group overhead was most of the schema checks' time.
    columns: dict[str, list[tuple[int, str]]] = {}
    for table_id, index, label in zip(cells["table_id"].astype(str).tolist(),
                                      cells["column_index"].astype(int).tolist(),
                                      cells["column_label"].astype(str).tolist()):
        columns.setdefault(table_id, []).append((index, label))
    for table_id, labels in columns.items():
        parent = ""
        for index, label in sorted(labels):  # column indexes are unique within a table
            if " / " in label:
                parent = label.rsplit(" / ", 1)[0]
            elif parent:
                label = f"{parent} / {label}"
            paths[(table_id, index)] = re.sub(r"\s+", "", label)
    keys = zip(facts["table_id"].astype(str).tolist(), facts["column_index"].astype(int).tolist())
    return pd.Series([paths.get(k, "") for k in keys], index=facts.index, dtype=str)


@functools.cache
def core_schema(core: CoreTables) -> pa.DataFrameSchema:
    """A schema over the facts of one family of core tables."""
    import pandera.pandas as pa

    def not_negative(df: pd.DataFrame) -> pd.Series:
        amount = df["unit"] != "percent"
        if core.may_be_negative:
            amount &= ~header_paths(df).str.contains(core.may_be_negative)
        return ~amount | (df["value"] >= 0)

    return pa.DataFrameSchema(
        {"unit": pa.Column(str, pa.Check.isin(list(core.units)), coerce=True),
         "value": pa.Column(float, coerce=True)},
        checks=[pa.Check(not_negative, name="amount_not_negative")],
        name=f"core:{core.name}",
    )


def _short(check: str) -> str:
    """A check's name for ids: 'isin([...])' → 'isin'; a type that did not coerce
    ('coerce_dtype('int64')') or did not match ('dtype('int64')') → 'dtype'."""
    name = re.sub(r"\(.*", "", check)
    return "dtype" if name == "coerce_dtype" else name


def _declared(schema: pa.DataFrameSchema) -> list[tuple[str, str]]:
    """(where, check) pairs the schema runs: a column, or '' for a frame-wide check."""
    pairs = [(column, "dtype") for column, spec in schema.columns.items() if spec.dtype]
    pairs += [(column, _short(check.error or check.name))
              for column, spec in schema.columns.items() for check in spec.checks]
    pairs += [("", check.name) for check in schema.checks]
    return pairs


def _failures(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> pd.DataFrame:
    from pandera.errors import SchemaErrors

    try:
        schema.validate(frame, lazy=True)
    except SchemaErrors as errors:
        return errors.failure_cases
    return pd.DataFrame(columns=["schema_context", "column", "check", "failure_case", "index"])


def _where(case: dict) -> str:
    """The column a failure belongs to; '' for a frame-wide check, which pandera reports
    once per column of the failing row."""
    return "" if case["schema_context"] == "DataFrameSchema" else str(case["column"])


def _check_name(schema_name: str, where: str, name: str) -> str:
    return ":".join(p for p in ("schema", schema_name, where, name) if p)


def _failure_check(schema_name: str, case: dict, facts: pd.DataFrame) -> Check:
    check, where = str(case["check"]), _where(case)
    base = _check_name(schema_name, where, _short(check))
    index = case["index"]
    if index is None or pd.isna(index) or index not in facts.index:
        return Check(base, "schema", "", None, "", str(case["column"]), None, None, None, None,
                     "fail", f"{schema_name}: {case['column']} fails {check}: {case['failure_case']}")
    fact = facts.loc[index]
    found = pd.to_numeric(pd.Series([fact["value"]]), errors="coerce").iloc[0]
    page = pd.to_numeric(pd.Series([fact["page"]]), errors="coerce").iloc[0]
    return Check(
        f"{base}:{fact['table_id']}:row{fact['row_index']}:col{fact['column_index']}",
        "schema", str(fact["table_id"]), None if pd.isna(page) else int(page),
        str(fact["row_label"]), str(fact["column_label"]), None,
        None if pd.isna(found) else float(found), None, None, "fail",
        f"{schema_name}: {where or 'the fact'} fails {check} (value {fact['value']!r}, unit "
        f"{fact['unit']!r}, printed {fact['raw']!r})",
        f"{fact['table_id']}:r{fact['row_index']}:c{fact['column_index']}",
    )


def _schema_checks(schema: pa.DataFrameSchema, frame: pd.DataFrame, facts: pd.DataFrame) -> list[Check]:
    """One fail row per failing fact and check; one pass row per check that found nothing."""
    checks: list[Check] = []
    failed: set[tuple[str, str]] = set()
    for case in _failures(schema, frame).to_dict("records"):
        check = _failure_check(schema.name, case, facts)
        failed.add((_where(case), _short(str(case["check"]))))
        checks.append(check)
    checks = list({c.check_id: c for c in checks}.values())  # one row per fact and check
    for where, name in _declared(schema):
        if (where, name) not in failed:
            checks.append(Check(_check_name(schema.name, where, name), "schema", "", None, "",
                                where, None, None, None, None, "pass",
                                f"{schema.name}: every fact passes {name}"
                                + (f" on {where}" if where else "")))
    return checks


def schema_checks(facts: pd.DataFrame) -> list[Check]:
    """Pandera validation of the facts and of each core table family, as checks.

    Facts without a contract column are reported as such and go no further: every other
    check would fail on every row for the same reason.
    """
    schema = facts_schema()
    missing = [column for column in schema.columns if column not in facts.columns]
    if missing:
        return [Check(f"schema:facts:{column}:column_in_dataframe", "schema", "", None, "",
                      column, None, None, None, None, "fail",
                      f"facts: the contract's column {column!r} is missing")
                for column in missing]
    checks = _schema_checks(schema, facts, facts)
    table_ids = facts["table_id"].astype(str)
    for core in CORE:
        subset = facts[table_ids.str.fullmatch(core.tables)]
        if len(subset):
            checks.extend(_schema_checks(core_schema(core), subset, facts))
    return checks
