"""The source PDF: checked, hashed and described once, at the start of a run.

`read_source` refuses what cannot be extracted (missing file, not a PDF, encrypted, damaged,
too many pages) and returns a `SourcePDF` record (path, sha256, size, pages, title, printed
edition) that the rest of the run is handed instead of opening the file again. `text_layer`
and `not_a_report` judge what extraction then found (scanned pages, no tables).

Every refusal is an `InputError` whose str() is one line starting with the file's path: the
command line prints it as it is, the flows log it.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractors.edition import edition_from_text
from extractors.pdfium_lock import PDFIUM_LOCK

MAX_PAGES = 2000  # `--max-pages`: more is not a performance report (~150 pages) but a mistake
TITLE_PAGES = 3  # the report's title and edition are printed on its first pages
_TITLE_WORDS = ("绩效报告", "Performance Report")


class InputError(Exception):
    """The input cannot be processed; str() is the one-line reason shown to the user."""


@dataclass(frozen=True)
class SourcePDF:
    """What a run knows of its PDF. `pages` is None and `title` '' only for a file pdfium
    cannot open (`describe` of a stub); `blank_pages` is filled in once pages are extracted."""

    path: Path
    sha256: str
    bytes: int
    pages: int | None
    title: str = ""
    edition: str | None = None  # the edition id printed on the title pages, None when there is none
    blank_pages: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        return self.path.name

    def with_blank_pages(self, chars_per_page: dict[int, int]) -> SourcePDF:
        """The record with the pages extraction found no character on."""
        return dataclasses.replace(self, blank_pages=tuple(sorted(p for p, n in chars_per_page.items() if n == 0)))

    def entry(self) -> dict[str, Any]:
        """The source as a Data Package `sources` entry (extra keys are allowed there)."""
        return {"title": self.title or self.path.name, "path": self.path.name, "sha256": self.sha256,
                "bytes": self.bytes, "pages": self.pages}


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_file(path: Path) -> None:
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


def _open(path: Path) -> Any:
    """The pypdfium2 document; InputError naming what is wrong when pdfium refuses it."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError(f"{path}: encrypted PDF (password required)") from None
        reason = str(error).strip()
        if "(" in reason and reason.endswith(")"):  # 'Failed to load document (PDFium: Data format error).'
            reason = reason[reason.index("(") + 1:-1]
        raise InputError(f"{path}: damaged PDF, truncated or corrupt ({reason.rstrip('.')})") from None


def _check_pages(path: Path, pages: int, max_pages: int | None) -> None:
    if pages == 0:
        raise InputError(f"{path}: PDF has no pages")
    if max_pages is not None and pages > max_pages:
        raise InputError(f"{path}: {pages} pages, more than the limit of {max_pages} (--max-pages)")


@contextlib.contextmanager
def _checked(path: Path, max_pages: int | None) -> Iterator[Any]:
    """The open pypdfium2 document of a PDF that passes the input checks (InputError else),
    under the pdfium lock, closed after the block."""
    _check_file(path)
    with PDFIUM_LOCK:
        pdf = _open(path)
        try:
            _check_pages(path, len(pdf), max_pages)
            yield pdf
        finally:
            pdf.close()


def check_pdf(path: str | Path, max_pages: int | None = None) -> int:
    """Page count of a readable, unencrypted PDF of at most max_pages pages; InputError otherwise.
    For callers that need no more than that (`wpr tables`); a run calls `read_source`."""
    with _checked(Path(path), max_pages) as pdf:
        return len(pdf)


def _title_and_edition(pdf: Any) -> tuple[str, str | None]:
    """The metadata title, else the line of page 1 that names the report; and the edition id
    printed on the first pages (None when there is no report title)."""
    texts = [pdf[i].get_textpage().get_text_range() for i in range(min(TITLE_PAGES, len(pdf)))]
    title = (pdf.get_metadata_dict().get("Title") or "").strip()
    if not title and texts:
        lines = [" ".join(line.split()) for line in texts[0].splitlines()]
        title = next((line for line in lines if any(w in line for w in _TITLE_WORDS)), "")
    try:
        edition = edition_from_text("\n".join(texts))
    except ValueError:
        edition = None
    return title, edition


def read_source(path: str | Path, max_pages: int | None = MAX_PAGES) -> SourcePDF:
    """Check the PDF (InputError when it cannot be extracted) and describe it: the one look
    at the file a run takes before its pages are extracted."""
    path = Path(path)
    with _checked(path, max_pages) as pdf:
        pages = len(pdf)
        title, edition = _title_and_edition(pdf)
    return SourcePDF(path=path, sha256=sha256_file(path), bytes=path.stat().st_size, pages=pages,
                     title=title, edition=edition)


def describe(path: str | Path) -> SourcePDF:
    """A record of any file, unchecked: what pdfium can read of it, nothing when it cannot
    (publishing must not depend on it: tests publish stub files)."""
    path = Path(path)
    try:
        return read_source(path, max_pages=None)
    except InputError:
        return SourcePDF(path=path, sha256=sha256_file(path), bytes=path.stat().st_size, pages=None)


def edition_or_name(source: SourcePDF, given: str | None = None) -> str:
    """The given edition id, else the one printed in the document, else one from the file name."""
    return (given or source.edition
            or re.sub(r"[^\w.-]+", "-", source.path.stem).strip("-.") or "edition")


def page_ranges(pages: Iterable[int]) -> str:
    """[1, 2, 3, 7, 9, 10] → '1-3, 7, 9-10'."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][1] + 1:
            runs[-1][1] = page
        else:
            runs.append([page, page])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def text_layer(source: SourcePDF) -> str | None:
    """None when every page has text; a one-line warning naming the pages without a text layer
    (scanned images) when some have; InputError when none has."""
    return missing_text(source.path, source.blank_pages, source.pages or len(source.blank_pages))


def missing_text(path: Path, blank: Iterable[int], total: int, of: str = "its") -> str | None:
    """`text_layer` for `total` pages read of which `blank` had no character. `of` names the
    pages read: "its" (all of them) or "the" (those asked for)."""
    blank = sorted(blank)
    if not blank:
        return None
    if len(blank) == total:
        raise InputError(f"{path}: no text layer on any of {of} {total} page(s) (scanned images?); "
                         "run OCR on it first")
    return (f"{path}: no text layer on page(s) {page_ranges(blank)} of {total} (scanned images?); "
            "tables there are not extracted")


def not_a_report(source: SourcePDF) -> InputError:
    """Extraction found no table: a report whose tables it does not recognise, or no report.
    Says what was looked at, not that the PDF holds no table: a table drawn as a picture, or
    laid out in a way the extractor does not know, is not seen."""
    pages = f"its {source.pages} page(s)" if source.pages else "its pages"
    if source.edition is None:
        return InputError(f"{source.path}: not a WIPO Performance Report (no report title or edition on "
                          f"its first pages, and no table recognised on {pages}); `wpr tables` reads "
                          "the tables of other PDFs")
    return InputError(f"{source.path}: no table recognised on {pages}; nothing to publish")


def pdfs_in(folder: str | Path) -> list[Path]:
    """The PDFs directly in `folder`, by name; '.PDF' counts too."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == ".pdf")
