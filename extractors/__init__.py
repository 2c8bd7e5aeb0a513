"""PDF → tables with positions. Plain functions; no Prefect here."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from extractors.model import Box, Cell, Table

if TYPE_CHECKING:
    from extractors.pages import PageResult


def extract_tables(pdf_path: str | Path, pages: list[int] | None = None) -> list[Table]:
    """Every table of the PDF (or of the given 1-based pages), continued tables stitched."""
    from extractors.pages import extract_page, page_count

    numbers = pages or list(range(1, page_count(pdf_path) + 1))
    return tables_of_pages([extract_page(pdf_path, n) for n in numbers])


def tables_of_pages(pages: list[PageResult]) -> list[Table]:
    """The pages' tables stitched over page breaks, each holding the figures of its pages
    that no cell took (`Table.orphans`)."""
    from extractors.assemble import assemble
    from extractors.orphans import attach_orphans

    return attach_orphans([orphan for page in pages for orphan in page.orphans], assemble(pages))


__all__ = ["Box", "Cell", "Table", "extract_tables", "tables_of_pages"]
