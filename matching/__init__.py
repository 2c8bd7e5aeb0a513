"""Canonical ids for the named entities of the report's tables (sectors, expected results,
totals, cost categories, …) by fuzzy matching against `schemas/registry/`, with a review
queue for everything that is not clear. Plain functions; no Prefect here.

The table-matching names are loaded on first use, as in `export`: deciding whether a PDF is unchanged
(`export.state`) needs `matching.registry` only, and `matching.tables` imports pandas (~0.4 s,
before the worker processes could start reading pages).
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from matching.match import MARGIN, THRESHOLD, Match, match_label, similarity
from matching.normalise import normalise, prepare
from matching.registry import Entry, Registry, load_registry

_LATER = {name: "matching.tables" for name in ("MATCH_COLUMNS", "TableMatches", "match_tables", "period_of",
                                                  "review_queue")}

__all__ = sorted(["Entry", "MARGIN", "Match", "Registry", "THRESHOLD", "load_registry", "match_label",
                  "normalise", "prepare", "similarity", *_LATER])

if TYPE_CHECKING:
    from matching.tables import MATCH_COLUMNS, TableMatches, match_tables, period_of, review_queue


def __getattr__(name: str) -> Any:
    if name in _LATER:
        return getattr(importlib.import_module(_LATER[name]), name)
    raise AttributeError(f"module 'matching' has no attribute {name!r}")
