"""Canonical ids for the named entities of the report's tables (sectors, expected results,
totals, cost categories, …) by fuzzy matching against `schemas/registry/`, with a review
queue for everything that is not clear. Plain functions; no Prefect here."""
from matching.match import MARGIN, THRESHOLD, Match, match_label, similarity
from matching.normalise import normalise, prepare
from matching.registry import Entry, Registry, load_registry
from matching.tables import MATCH_COLUMNS, TableMatches, match_tables, period_of, review_queue

__all__ = [
    "Entry", "MARGIN", "MATCH_COLUMNS", "Match", "Registry", "THRESHOLD", "load_registry",
    "TableMatches", "match_label", "match_tables", "normalise", "period_of", "prepare", "review_queue",
    "similarity",
]
