"""The reviewer's decisions, written where the pipeline reads its knowledge: the registry and
the rules, as rows a person could have written by hand.

    accept   a label → an alias of a canonical id      registry/aliases.csv (one edition, or all)
    reject   a label is not an entity                  registry/not_entities.csv
    decide   a flagged check is real, an extraction    rules/decisions.csv (schemas/decisions.py)
             error, or accepted

Every function checks everything first and writes one row last, so an error (unknown
edition, item, id or check) writes nothing. ReviewError's str() is the one-line reason.
"""
from __future__ import annotations

import getpass
import os
import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from matching import review_queue
from matching.normalise import normalise
from matching.registry import ALIAS_COLUMNS, ALIASES_FILE, load_registry, registry_dir
from schemas.decisions import COLUMNS as DECISION_COLUMNS
from schemas.decisions import DECISIONS_FILE, append_row, decision_row
from schemas.rules import rules_dir

NOT_ENTITY_COLUMNS = ["pattern", "table_id", "axis", "note"]


class ReviewError(ValueError):
    """A review command that cannot be carried out; nothing was written."""


@dataclass(frozen=True)
class Item:
    number: int       # as `wpr review` lists it, from 1
    table_id: str
    axis: str
    index: int
    label: str
    candidate_id: str
    kind: str


def reviewer() -> str:
    """Who decides: WPR_REVIEWER, else git's user.name, else the login name."""
    if name := os.environ.get("WPR_REVIEWER"):
        return name
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    return name or getpass.getuser()


def _published(out_dir: Path, edition: str, name: str) -> pd.DataFrame:
    path = out_dir / edition / name
    if not path.is_file():
        raise ReviewError(f"{path}: no such file; publish the edition first (wpr extract / wpr run)")
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def items(out_dir: Path, edition: str) -> list[Item]:
    """The labels waiting for a reviewer, numbered from 1 in document order."""
    queue = review_queue(_published(out_dir, edition, "matches.csv"))
    return [Item(n, row.table_id, row.axis, int(row.index), row.label, row.candidate_id, row.kind)
            for n, row in enumerate(queue.itertuples(index=False), start=1)]


def find_item(out_dir: Path, edition: str, item: str) -> Item:
    """An item by its number, or by its label as printed."""
    queue = items(out_dir, edition)
    if item.isdigit():
        if not 1 <= int(item) <= len(queue):
            raise ReviewError(f"{edition}: no item {item} in the review queue (items 1-{len(queue)}; wpr review "
                              f"{edition} lists them)" if queue else f"{edition}: the review queue is empty")
        return queue[int(item) - 1]
    found = [entry for entry in queue if entry.label == item or normalise(entry.label) == normalise(item)]
    if not found:
        raise ReviewError(f"{edition}: no label {item!r} in the review queue (wpr review {edition} lists it)")
    return found[0]


def accept(out_dir: Path, edition: str, item: str, entity_id: str, all_editions: bool = False,
           who: str | None = None) -> dict[str, str]:
    """Add the item's label as an alias of `entity_id`, for this edition unless `all_editions`."""
    found = find_item(out_dir, edition, item)
    registry = load_registry()
    entry = registry.by_id.get(entity_id)
    if entry is None:
        raise ReviewError(f"{entity_id}: no such canonical id in {registry_dir()} (the nearest for this label "
                          f"is {found.candidate_id or 'none'})")
    allowed = registry.kinds_at(found.table_id, found.axis) if found.axis != "measure" else ("measure",)
    if entry.kind not in allowed:
        raise ReviewError(f"{entity_id} is a {entry.kind}; {found.table_id} {found.axis}s hold "
                          f"{' | '.join(allowed) or 'no entities'} (schemas/registry/positions.csv)")
    row = {"id": entity_id, "alias": found.label, "editions": "" if all_editions else edition,
           "reviewer": who or reviewer(), "date": date.today().isoformat(),
           "note": f"accepted in review of {edition}: {found.table_id} {found.axis} {found.index}"}
    append_row(registry_dir() / ALIASES_FILE, ALIAS_COLUMNS, row)
    return row


def reject(out_dir: Path, edition: str, item: str, who: str | None = None) -> dict[str, str]:
    """Record that the item's label is not an entity, at that position of that table."""
    found = find_item(out_dir, edition, item)
    row = {"pattern": f"^{re.escape(normalise(found.label))}$", "table_id": re.escape(found.table_id),
           "axis": found.axis if found.axis != "measure" else "",
           "note": f"rejected by {who or reviewer()} on {date.today().isoformat()} in review of {edition}: "
                   f"{found.label}"}
    append_row(registry_dir() / "not_entities.csv", NOT_ENTITY_COLUMNS, row)
    return row


def decide(out_dir: Path, edition: str, check_id: str, decision: str, note: str = "",
           who: str | None = None) -> dict[str, str]:
    """Record a decision on a flagged check of the published edition."""
    checks = _published(out_dir, edition, "checks.csv")
    matching = checks[checks["check_id"] == check_id]
    if matching.empty:
        raise ReviewError(f"{edition}: no check {check_id!r} in {out_dir / edition / 'checks.csv'}")
    check = matching.iloc[0].to_dict()
    if check["status"] not in ("fail", "rounding"):
        raise ReviewError(f"{edition}: check {check_id} passed; only flagged checks (fail, rounding) are decided")
    facts = pd.read_parquet(out_dir / edition / "facts.parquet")
    try:
        row = decision_row(check, facts, decision, note, who or reviewer(), edition)
    except ValueError as error:
        raise ReviewError(str(error)) from None
    append_row(rules_dir() / DECISIONS_FILE, DECISION_COLUMNS, row)
    return row
