"""The checks stage: facts in, the checks.csv frame out. Plain functions, no Prefect.

Every family of checks runs on its own: one that breaks (a malformed rule file, facts
without a column) becomes a failing `other` row naming the error, and the others still
run, so publishing an edition never stops on its own consistency report.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd

from extractors.orphans import Orphan
from schemas.decisions import DECISIONS_FILE, apply_decisions
from schemas.facts_model import schema_checks
from schemas.identities import identity_checks
from schemas.orphans import orphan_checks
from schemas.reconcile import reconciliation_checks
from schemas.result import Check, error_check
from schemas.rounding import STATUSES
from schemas.rules import load_domains, load_identities, load_reconciliations
from schemas.rules import rules_dir as rules_in_use
from schemas.sums import table_sums
from schemas.tables import TableView, table_views

CHECK_COLUMNS = ["check_id", "kind", "table_id", "page", "row_label", "column_label", "expected",
                 "found", "difference", "tolerance", "status", "message"]
_CHECK_DTYPES = {"check_id": "string", "kind": "string", "table_id": "string", "page": "Int64",
                 "row_label": "string", "column_label": "string", "expected": "float64",
                 "found": "float64", "difference": "float64", "tolerance": "float64",
                 "status": "string", "message": "string", "cells": "string",
                 "x0": "float64", "top": "float64", "x1": "float64", "bottom": "float64",
                 "review": "string", "review_note": "string"}
# Not in the contract: the figures each check read ('T5:r9:c3;…'), and where on its page a
# check with no cell points (an orphan figure), for the QA report.
EXTENSION_COLUMNS = ["cells", "x0", "top", "x1", "bottom", "review", "review_note"]
_TEXT = ["edition", "table_id", "row_label", "row_id", "column_label", "column_id", "unit", "raw"]
_NUMBERS = ["page", "row_index", "column_index", "value"]


def _as_published(facts: pd.DataFrame) -> pd.DataFrame:
    """Empty text read back from CSV is NaN; the contract means ''. Nothing else changes,
    so the schema still sees whatever is wrong with the types."""
    frame = facts.copy()
    for column in _TEXT:
        if column in frame:
            frame[column] = frame[column].astype("string").fillna("")
    return frame


def _for_arithmetic(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts sums can use: numeric where they must be (the rest is the schema's to
    report), ids and labels as plain text."""
    missing = [column for column in _NUMBERS if column not in facts.columns]
    if missing:
        raise ValueError(f"facts lack the column(s) {missing}: no table can be rebuilt")
    frame = facts.copy()
    for column in _TEXT:
        if column not in frame:
            frame[column] = ""
    for column in _NUMBERS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    frame = frame.dropna(subset=_NUMBERS)
    for column in _TEXT:
        frame[column] = frame[column].astype(str)
    return frame


def _guarded(name: str, run: Callable[[], list[Check]]) -> list[Check]:
    try:
        return run()
    except Exception as error:  # noqa: BLE001 - reported as a failing check instead
        where = traceback.extract_tb(error.__traceback__)[-1]
        return [error_check(f"other:{name}:error",
                            f"{name} could not run: {type(error).__name__}: {error} "
                            f"({Path(where.filename).name}:{where.lineno})")]


def run_checks(facts: pd.DataFrame, rules_dir: str | Path | None = None,
               orphans: Mapping[str, list[Orphan]] | None = None) -> pd.DataFrame:
    """Every consistency check of one edition's facts, passing ones included, and one failed
    `extraction` check per orphan figure (table id → figures its reading left in no cell).

    Returns the checks.csv frame (contract columns). `frame.attrs['skipped']` lists the
    reconciliation rules that found nothing to compare (missing tables or ids).
    """
    directory = Path(rules_dir) if rules_dir else rules_in_use()
    published = _as_published(facts)
    checks: list[Check] = orphan_checks(orphans or {})
    checks += _guarded("schema", lambda: schema_checks(published))

    views: dict[str, TableView] = {}
    checks += _guarded("tables", lambda: views.update(table_views(_for_arithmetic(published))) or [])
    for table_id, view in views.items():
        checks += _guarded(f"sums:{table_id}", lambda view=view: table_sums(view))
    checks += _guarded("identities", lambda: identity_checks(
        views, load_identities(directory / "identities.csv")))

    skipped: list[str] = []

    def reconcile() -> list[Check]:
        outcome = reconciliation_checks(views, load_reconciliations(directory / "reconciliation.csv"),
                                        load_domains(directory / "domains.csv"))
        skipped.extend(outcome.skipped)
        return outcome.checks
    checks += _guarded("reconciliation", reconcile)

    frame = apply_decisions(checks_frame(checks), published, directory / DECISIONS_FILE)
    frame.attrs["skipped"] = skipped
    return frame


def checks_frame(checks: list[Check]) -> pd.DataFrame:
    """Checks as the contract's frame, in a stable order, one row per check id."""
    frame = pd.DataFrame.from_records([c.record() for c in checks],
                                      columns=CHECK_COLUMNS + EXTENSION_COLUMNS)
    frame = frame.drop_duplicates("check_id", keep="first").reset_index(drop=True)
    return frame.astype(_CHECK_DTYPES)


def summary(checks: pd.DataFrame) -> dict[str, int]:
    """How many checks ran, and how many passed, were off by rounding only, or failed."""
    counts = checks["status"].value_counts() if len(checks) else pd.Series(dtype=int)
    result = {"run": int(len(checks))}
    result.update({status: int(counts.get(status, 0)) for status in STATUSES})
    if "skipped" in checks.attrs:
        result["skipped_rules"] = len(checks.attrs["skipped"])
    return result
