"""A reviewer's decisions on flagged checks, kept in `schemas/rules/decisions.csv`.

One row per decision: `rule, table_id, subject, figures, decision, note, reviewer, date,
edition`. A decision is keyed by what the check is about, not by a run: its rule (the check id
without row and column positions), its table, and its subject (the canonical ids of the figures
it read, else their labels). So it is found again on the next run and on the next edition, and
holds while the figures it saw (`figures`: found and expected) are the same; when they change it
has `lapsed`. The latest row for a key wins; rows are only ever added, by `wpr review check` or
by hand.
"""
from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pandas as pd

DECISIONS_FILE = "decisions.csv"
COLUMNS = ["rule", "table_id", "subject", "figures", "decision", "note", "reviewer", "date", "edition"]
DECISIONS = ("real", "extraction", "accepted")  # an inconsistency of the report, of its reading, or fine
REVIEWS = ("new", *DECISIONS, "lapsed")
FLAGGED = ("fail", "rounding")
_POSITION = re.compile(r":(?:row|col|orphan)\d+\b")


def rule_of(check_id: str) -> str:
    """'column_sum:T6:col1:row3' → 'column_sum:T6': positions move between editions."""
    return _POSITION.sub("", check_id)


def _fact_keys(facts: pd.DataFrame) -> dict[tuple[str, int, int], str]:
    """(table, row_index, column_index) → 'row id or label × column id or label' (none for facts
    that lack those columns: their checks say what is wrong)."""
    needed = ("table_id", "row_index", "column_index", "row_id", "row_label", "column_id", "column_label")
    if any(column not in facts for column in needed):
        return {}
    facts = facts.assign(row_index=pd.to_numeric(facts["row_index"], errors="coerce"),
                         column_index=pd.to_numeric(facts["column_index"], errors="coerce")
                         ).dropna(subset=["row_index", "column_index"])
    rows = facts["row_id"].fillna("").where(facts["row_id"].fillna("") != "", facts["row_label"].fillna(""))
    columns = facts["column_id"].fillna("").where(facts["column_id"].fillna("") != "",
                                                  facts["column_label"].fillna(""))
    return {(t, int(r), int(c)): f"{row}×{column}" for t, r, c, row, column in
            zip(facts["table_id"], facts["row_index"], facts["column_index"], rows, columns)}


def subject_of(check: dict, keys: dict[tuple[str, int, int], str]) -> str:
    """The figures a check read, by canonical id: the checked one first, the others sorted."""
    named = []
    for cell in filter(None, str(check.get("cells") or "").split(";")):
        table_id, row, column = cell.rsplit(":", 2)
        named.append(f"{table_id}:{keys.get((table_id, int(row[1:]), int(column[1:])), cell)}")
    if not named:  # a check on no cell (an orphan figure): what it says is its subject
        return f"{check.get('table_id', '')}:{check.get('row_label', '')}×{check.get('column_label', '')}:" \
               f"{_figure(check.get('found'))}"
    return ";".join(named[:1] + sorted(named[1:]))


def _figure(value: object) -> str:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""
    return "" if number != number else f"{number:g}"


def figures_of(check: dict) -> str:
    return f"found={_figure(check.get('found'))};expected={_figure(check.get('expected'))}"


def load_decisions(path: Path) -> dict[tuple[str, str, str], dict[str, str]]:
    """(rule, table_id, subject) → the latest decision row."""
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as handle:
        return {(row["rule"], row["table_id"], row["subject"]): row for row in csv.DictReader(handle)}


def apply_decisions(checks: pd.DataFrame, facts: pd.DataFrame, path: Path) -> pd.DataFrame:
    """checks with `review` (new, real, extraction, accepted, lapsed; empty when not flagged)
    and `review_note` (the decision's note, who decided and when)."""
    decisions = load_decisions(path)
    keys = _fact_keys(facts) if len(facts) else {}
    reviews, notes = [], []
    for check in checks.to_dict("records"):
        if check.get("status") not in FLAGGED:
            reviews.append("")
            notes.append("")
            continue
        decided = decisions.get((rule_of(str(check["check_id"])), str(check.get("table_id") or ""),
                                 subject_of(check, keys)))
        if decided is None:
            reviews.append("new")
            notes.append("")
        elif decided["figures"] != figures_of(check):
            reviews.append("lapsed")
            notes.append(f"decided {decided['decision']} on {decided['figures']} ({decided['reviewer']}, "
                         f"{decided['date']}); the figures are now {figures_of(check)}")
        else:
            reviews.append(decided["decision"])
            notes.append(f"{decided['note']} ({decided['reviewer']}, {decided['date']}, {decided['edition']})".strip())
    return checks.assign(review=pd.Series(reviews, index=checks.index, dtype="string"),
                         review_note=pd.Series(notes, index=checks.index, dtype="string"))


def decision_row(check: dict, facts: pd.DataFrame, decision: str, note: str, reviewer: str,
                 edition: str) -> dict[str, str]:
    """The decisions.csv row recording `decision` on this check (a published checks.csv row)."""
    if decision not in DECISIONS:
        raise ValueError(f"--as {decision!r}: use one of {', '.join(DECISIONS)}")
    return {"rule": rule_of(str(check["check_id"])), "table_id": str(check.get("table_id") or ""),
            "subject": subject_of(check, _fact_keys(facts)), "figures": figures_of(check),
            "decision": decision, "note": note, "reviewer": reviewer, "date": date.today().isoformat(),
            "edition": edition}


def append_row(path: Path, columns: list[str], row: dict[str, str]) -> None:
    """One row more in a reviewer's CSV file (written with its header when new)."""
    new = not path.exists() or path.stat().st_size == 0
    with open(path, "a", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        if new:
            writer.writeheader()
        writer.writerow(row)
