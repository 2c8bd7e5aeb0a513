"""PDF page → tables with positions (STUB: the real table finder is being written)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extractors.model import Table


@dataclass
class PageResult:
    page: int                     # 1-based
    width: float
    height: float
    tables: list[Table] = field(default_factory=list)
    n_chars: int = 0              # 0 means no text layer (scanned page)
    captions: list[str] = field(default_factory=list)


def page_count(pdf_path: str | Path) -> int:
    import pypdfium2
    return len(pypdfium2.PdfDocument(str(pdf_path)))


def extract_page(pdf_path: str | Path, page_number: int) -> PageResult:
    """Find and extract every table on one page (1-based page number)."""
    return PageResult(page=page_number, width=0.0, height=0.0)
