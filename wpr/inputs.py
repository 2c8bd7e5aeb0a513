"""Is this file something we can extract? Checked before any work so the user gets one clear line.

`check_pdf` runs before extraction (file, PDF signature, encryption, damage, page limit);
`text_layer` and `not_a_report` judge what extraction found (scanned pages, no tables).
Every refusal is an `InputError` whose str() is one line starting with the file's path.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

MAX_PAGES = 2000  # `--max-pages`: more is not a performance report (~150 pages) but a mistake


class InputError(Exception):
    """The input cannot be processed; str() is the one-line reason shown to the user."""


def check_pdf(path: str | Path, max_pages: int | None = None) -> int:
    """Page count of a readable, unencrypted PDF of at most max_pages pages; InputError otherwise."""
    import pypdfium2

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if not head:
        raise InputError(f"{path}: empty file (0 bytes)")
    if b"%PDF-" not in head:
        raise InputError(f"{path}: not a PDF")
    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError(f"{path}: encrypted PDF (password required)") from None
        reason = str(error).strip()
        if "(" in reason and reason.endswith(")"):  # 'Failed to load document (PDFium: Data format error).'
            reason = reason[reason.index("(") + 1:-1]
        raise InputError(f"{path}: damaged PDF, truncated or corrupt ({reason.rstrip('.')})") from None
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    if pages == 0:
        raise InputError(f"{path}: PDF has no pages")
    if max_pages is not None and pages > max_pages:
        raise InputError(f"{path}: {pages} pages, more than the limit of {max_pages} (--max-pages)")
    return pages


def page_ranges(pages: Iterable[int]) -> str:
    """[1, 2, 3, 7, 9, 10] → '1-3, 7, 9-10'."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][1] + 1:
            runs[-1][1] = page
        else:
            runs.append([page, page])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def text_layer(path: str | Path, chars_per_page: dict[int, int]) -> str | None:
    """None when every page has text; a one-line warning naming the pages without a text layer
    (scanned images) when some have; InputError when none has."""
    blank = [page for page, n in chars_per_page.items() if n == 0]
    if not blank:
        return None
    total = len(chars_per_page)
    if len(blank) == total:
        raise InputError(f"{path}: no text layer on any of its {total} page(s) (scanned images?); "
                         "run OCR on it first")
    return (f"{path}: no text layer on page(s) {page_ranges(blank)} of {total} (scanned images?); "
            "tables there are not extracted")


def not_a_report(path: str | Path, titled: bool) -> InputError:
    """Extraction found no table: a report without recognisable tables, or not a report at all."""
    if not titled:
        return InputError(f"{path}: not a WIPO Performance Report (no report title or edition on its "
                          "first pages, and no tables)")
    return InputError(f"{path}: no recognisable tables; nothing to publish")


def pdfs_in(folder: str | Path) -> list[Path]:
    """The PDFs directly in `folder`, by name; '.PDF' counts too."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == ".pdf")
