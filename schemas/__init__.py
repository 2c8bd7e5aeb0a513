"""Validation of published facts: pandera schemas, sums inside tables, cross-table rules.

    from schemas import run_checks, summary
    checks = run_checks(facts)      # the checks.csv frame
    summary(checks)                 # {'run': …, 'pass': …, 'rounding': …, 'fail': …}
"""
from schemas.checks import CHECK_COLUMNS, run_checks, summary

__all__ = ["CHECK_COLUMNS", "run_checks", "summary"]
