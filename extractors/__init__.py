"""PDF → tables with positions. Plain functions; no Prefect here."""
from __future__ import annotations

from pathlib import Path

from extractors.model import Box, Cell, Table


def extract_tables(pdf_path: str | Path, pages: list[int] | None = None) -> list[Table]:
    """Every table of the PDF (or of the given 1-based pages), continued tables stitched."""
    from extractors.assemble import assemble
    from extractors.pages import extract_page, page_count

    numbers = pages or list(range(1, page_count(pdf_path) + 1))
    return assemble([extract_page(pdf_path, n) for n in numbers])


__all__ = ["Box", "Cell", "Table", "extract_tables"]
