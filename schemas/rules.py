"""The rule files under schemas/rules/: reading them, and nothing else.

Rules are data so that a reviewer adds one for the next edition without touching code;
see schemas/rules/README.md for the columns.
"""
from __future__ import annotations

import csv
import itertools
import os
import re
from dataclasses import dataclass
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent / "rules"


def rules_dir() -> Path:
    """The rules folder in use: WPR_RULES_DIR, else the checkout's schemas/rules/."""
    return Path(os.environ.get("WPR_RULES_DIR") or RULES_DIR)
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in rows]


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


@dataclass(frozen=True)
class Identity:
    """An arithmetic identity that holds along every row (or every column) of a table."""
    rule: str
    tables: re.Pattern[str]
    axis: str                 # row: selectors name columns; column: selectors name rows
    kind: str                 # sum | percent
    target: str
    plus: tuple[str, ...]
    minus: tuple[str, ...]
    denominator: str
    denominator_at: str       # the denominator's row (axis row) or column (axis column)
    offset: float
    exceptions: tuple[str, ...]   # rows (axis row) or columns (axis column) left out
    note: str


def load_identities(path: Path | None = None) -> list[Identity]:
    rules = []
    for row in _read(path or rules_dir() / "identities.csv"):
        if row["axis"] not in ("row", "column") or row["kind"] not in ("sum", "percent"):
            raise ValueError(f"identities.csv: bad axis or kind in {row!r}")
        rules.append(Identity(
            row["rule"], re.compile(row["tables"]), row["axis"], row["kind"], row["target"],
            tuple(_split(row["plus"])), tuple(_split(row["minus"])), row["denominator"],
            row["denominator_at"], float(row["offset"] or 0), tuple(_split(row["except"])),
            row.get("note", ""),
        ))
    return rules


ROLES = ("=", "+", "-", "%", "num", "den")


@dataclass(frozen=True)
class Reference:
    """One figure a reconciliation rule points at (placeholders still in)."""
    role: str
    table: str
    row: str
    column: str


@dataclass(frozen=True)
class Reconciliation:
    rule: str
    for_each: tuple[str, ...]       # domain names, expanded as a product
    references: tuple[Reference, ...]
    note: str


def load_domains(path: Path | None = None) -> dict[str, list[str]]:
    return {row["domain"]: row["values"].split()
            for row in _read(path or rules_dir() / "domains.csv")}


def load_reconciliations(path: Path | None = None) -> list[Reconciliation]:
    groups: dict[str, list[dict[str, str]]] = {}
    for row in _read(path or rules_dir() / "reconciliation.csv"):
        if row["role"] not in ROLES:
            raise ValueError(f"reconciliation.csv: bad role in {row!r}")
        groups.setdefault(row["rule"], []).append(row)
    rules = []
    for name, rows in groups.items():
        for_each = tuple(d.strip() for d in rows[0]["for_each"].split(",") if d.strip())
        refs = tuple(Reference(r["role"], r["table"], r["row"], r["column"]) for r in rows)
        rules.append(Reconciliation(name, for_each, refs,
                                    " ".join(r.get("note", "") for r in rows).strip()))
    return rules


def bindings(for_each: tuple[str, ...], domains: dict[str, list[str]]) -> list[dict[str, str]]:
    """Every combination of the rule's domains ({} once when it has none)."""
    unknown = [d for d in for_each if d not in domains]
    if unknown:
        raise ValueError(f"unknown domain(s) {unknown}")
    values = [domains[d] for d in for_each]
    return [dict(zip(for_each, combo)) for combo in itertools.product(*values)]


def substitute(text: str, binding: dict[str, str]) -> str:
    """'{SECTOR}' → 'PTS'; regex quantifiers such as \\d{4} are left alone."""
    return _PLACEHOLDER.sub(lambda m: binding.get(m.group(1), m.group(0)), text)
