"""Pointing at a row or a column of a table the way the rule files do.

Rules must hold for the next edition, so they name rows by canonical id and columns by id
or by a pattern of their printed label, never by position alone.

    row:     TOTAL            the row whose row_id is TOTAL
             label:^小计       the row whose label (key form, see tables.key) matches
    column:  id:PTS           the column whose column_id is PTS
             支出$            the column(s) whose label (key form, levels joined by '/')
                              matches the pattern; where none does, the one column whose
                              label with its levels run together does (a header cell's lines
                              read as two levels: '2022/23年计划和/预算')
             #5               column_index 5 (a last resort for a header lost in extraction)
    any:     …@2, …@-1        the 2nd / the last of several matches, in printed order
             A || B           A, else B when A finds nothing (an id, else a label while
                              the matcher has not filled ids in)
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from schemas.tables import Column, Row, TableView

T = TypeVar("T")
_NTH = re.compile(r"@(-?\d+)$")


def _nth(selector: str) -> tuple[str, int | None]:
    match = _NTH.search(selector)
    if not match:
        return selector, None
    return selector[: match.start()], int(match.group(1))


def _pick(found: list[T], nth: int | None) -> list[T]:
    if nth is None:
        return found
    position = nth - 1 if nth > 0 else nth
    return [found[position]] if -len(found) <= position < len(found) else []


def _first_alternative(selector: str, one: Callable[[str], list[T]]) -> list[T]:
    for alternative in selector.split("||"):
        found = one(alternative.strip())
        if found:
            return found
    return []


def select_rows(table: TableView, selector: str) -> list[Row]:
    """Rows of the table a row selector names, in printed order."""
    def one(alternative: str) -> list[Row]:
        body, nth = _nth(alternative)
        if body.startswith("label:"):
            pattern = re.compile(body[len("label:"):])
            found = [r for r in table.rows if pattern.search(r.key)]
        else:
            found = [r for r in table.rows if r.row_id == body]
        return _pick(found, nth)
    return _first_alternative(selector, one)


def select_columns(table: TableView, selector: str) -> list[Column]:
    """Numeric columns of the table a column selector names, in printed order."""
    def one(alternative: str) -> list[Column]:
        body, nth = _nth(alternative)
        if body.startswith("id:"):
            found = [c for c in table.columns if c.column_id == body[len("id:"):]]
        elif re.fullmatch(r"#\d+", body):
            found = [c for c in table.columns if c.index == int(body[1:])]
        else:
            pattern = re.compile(body)
            found = [c for c in table.columns if pattern.search(c.key)]
            if not found:
                # Levels run together name a column only where they name one: over a header
                # read wrong (s176 表7, "含发展议程项目总计" under both spanners) they would name any.
                joined = [c for c in table.columns if pattern.search(c.key.replace("/", ""))]
                found = joined if len(joined) == 1 else []
        return _pick(found, nth)
    return _first_alternative(selector, one)


def only(found: Sequence[T]) -> T | None:
    """The single match, or None when the selector is missing or ambiguous."""
    return found[0] if len(found) == 1 else None
