"""One failed check per figure a table printed but no cell holds (extractors.orphans).

Not an inconsistency of the report but of its reading: the table was not read whole, and
every sum over it may be wrong for that reason. The check points at the figure's place on
its page, so the QA report can show it.
"""
from __future__ import annotations

from collections.abc import Mapping

from extractors.numbers import parse_number
from extractors.orphans import Orphan
from schemas.result import Check


def orphan_checks(orphans: Mapping[str, list[Orphan]]) -> list[Check]:
    checks = []
    for table_id, figures in orphans.items():
        for n, orphan in enumerate(figures, start=1):
            box = orphan.box
            checks.append(Check(
                check_id=f"extraction:{table_id}:orphan{n}", kind="extraction", table_id=table_id,
                page=orphan.page, row_label="", column_label="", expected=None,
                found=parse_number(orphan.text), difference=None, tolerance=None, status="fail",
                message=(f"figure {orphan.text} printed in {table_id} on page {orphan.page} at "
                         f"x={box.x0:.0f}, y={box.top:.0f} pt is in no cell of the table: "
                         "the table was not read whole"),
                x0=round(box.x0, 2), top=round(box.top, 2), x1=round(box.x1, 2), bottom=round(box.bottom, 2)))
    return checks
