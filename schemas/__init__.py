"""Validation of published facts: pandera schemas, sums inside tables, cross-table rules.

    from schemas import run_checks, summary
    checks = run_checks(facts)      # the checks.csv frame
    summary(checks)                 # {'run': …, 'pass': …, 'rounding': …, 'fail': …}
"""
from schemas.checks import CHECK_COLUMNS, run_checks, summary
from schemas.facts_model import facts_schema


def prepare() -> None:
    """Build the facts schema now, with pandera's backends for pandas (0.4 s of imports),
    rather than on the first check."""
    import pandas as pd

    facts_schema().register_default_backends(pd.DataFrame)


__all__ = ["CHECK_COLUMNS", "facts_schema", "prepare", "run_checks", "summary"]
