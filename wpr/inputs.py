"""Is this file something we can extract? Checked before any work so the user gets one clear line."""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """The input cannot be processed; str() is the one-line reason shown to the user."""


def check_pdf(path: str | Path) -> int:
    """Page count of a readable, unencrypted PDF; InputError otherwise."""
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
    if b"%PDF-" not in head:
        raise InputError(f"{path}: not a PDF")
    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError(f"{path}: encrypted PDF (password required)") from None
        raise InputError(f"{path}: damaged PDF ({error})") from None
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    if pages == 0:
        raise InputError(f"{path}: PDF has no pages")
    return pages


def pdfs_in(folder: str | Path) -> list[Path]:
    """The PDFs directly in `folder`, by name; '.PDF' counts too."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == ".pdf")
