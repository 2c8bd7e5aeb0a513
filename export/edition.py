"""One edition's published data, built from its tables: ids matched, facts, checks.

Plain functions over plain data, in the order of the data flow; the Prefect flow
calls them as separate tasks, tests and scripts call them directly.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from export.columns import CHECKS
from export.facts import facts_frame
from extractors.ids import table_ids
from extractors.model import Table
from extractors.orphans import Orphan
from matching import match_tables
from matching.registry import Registry


@dataclass
class Edition:
    edition: str
    tables: list[Table]
    facts: pd.DataFrame
    matches: pd.DataFrame
    checks: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CHECKS))

    @property
    def orphans(self) -> dict[str, list[Orphan]]:
        """Table id → the figures its reading left in no cell (only tables that have some)."""
        return {table_id: table.orphans for table, table_id in zip(self.tables, table_ids(self.tables))
                if table.orphans}


def build_edition(tables: list[Table], edition: str, registry: Registry | None = None) -> Edition:
    """Match every entity label to its canonical id and lay out the facts with those ids."""
    ids = match_tables(tables, edition, registry)
    facts = facts_frame(tables, edition, ids.row_ids, ids.column_ids, ids.measure_ids)
    return Edition(edition=edition, tables=tables, facts=facts, matches=ids.frame)
