"""Validation of published facts: pandera schemas, sums inside tables, cross-table rules.

    from schemas import run_checks, summary
    checks = run_checks(facts)      # the checks.csv frame
    summary(checks)                 # {'run': …, 'pass': …, 'rounding': …, 'fail': …}

The names below are loaded on first use, as in `export`: deciding whether a PDF is unchanged
(`export.state`) needs `schemas.rules` only, not pandas and pandera.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_NAMES = {"CHECK_COLUMNS": "schemas.checks", "run_checks": "schemas.checks", "summary": "schemas.checks",
          "facts_schema": "schemas.facts_model"}

__all__ = [*sorted(_NAMES), "prepare"]

if TYPE_CHECKING:
    from schemas.checks import CHECK_COLUMNS, run_checks, summary
    from schemas.facts_model import facts_schema


def prepare() -> None:
    """Build the facts schema now, with pandera's backends for pandas (0.4 s of imports),
    rather than on the first check."""
    import pandas as pd

    from schemas.facts_model import facts_schema

    facts_schema().register_default_backends(pd.DataFrame)


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        return getattr(importlib.import_module(_NAMES[name]), name)
    raise AttributeError(f"module 'schemas' has no attribute {name!r}")
