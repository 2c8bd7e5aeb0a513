"""WeasyPrint: the document's HTML page printed in-process."""
from __future__ import annotations

from pathlib import Path

from benchmarks.renderings.document import Document
from benchmarks.renderings.html_page import page_html
from benchmarks.renderings.style import Style


def missing() -> str | None:
    """Why this engine cannot run here, or None."""
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        return "weasyprint is not installed (pip install -e '.[test]', as make does)"
    return None


def render(document: Document, style: Style, pdf: Path) -> Path:
    import weasyprint

    weasyprint.HTML(string=page_html(document, style)).write_pdf(pdf)
    return pdf
