"""Page results → document tables (STUB): stitch continued tables, give table ids."""
from __future__ import annotations

from extractors.model import Table
from extractors.pages import PageResult


def assemble(pages: list[PageResult]) -> list[Table]:
    return [t for p in sorted(pages, key=lambda p: p.page) for t in p.tables]
