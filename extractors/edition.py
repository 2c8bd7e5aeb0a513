"""Which edition a PDF is: `wpr-<year>[-<yy>]-<lang>`, read from the title pages.

The id is read from the document rather than the file name so that a renamed or
re-downloaded file still lands in the same published edition.
"""
from __future__ import annotations

import re
from pathlib import Path

from extractors.text import clean_text, is_cjk

_YEARS = r"(?P<y1>(?:19|20)\d{2})(?:\s*[/／\-–]\s*(?P<y2>\d{4}|\d{2}))?"
# The title in its printed orders: "2022/23 年产权组织绩效报告", "绩效报告 2022/23",
# "WIPO Performance Report 2022/23", "2022/23 WIPO Performance Report".
_TITLES = [
    re.compile(_YEARS + r"\s*年?\s*(?:度)?\s*(?:产权组织|WIPO)?\s*(?:的)?\s*绩效报告"),
    re.compile(r"绩效报告\s*(?:\(WPR\))?\s*[:：]?\s*" + _YEARS),
    re.compile(r"Performance\s+Report\s*(?:\(WPR\))?\s*[:,]?\s*(?:for\s+)?" + _YEARS, re.I),
    re.compile(_YEARS + r"\s+(?:WIPO\s+)?(?:Program(?:me)?\s+)?Performance\s+Report", re.I),
]


def language(text: str) -> str:
    """'zh' when most letters are CJK ideographs, else 'en'."""
    cjk = sum(1 for ch in text if is_cjk(ch) and ch.isalpha())
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "zh" if cjk and cjk >= latin else "en"


def _years(match: re.Match[str]) -> str | None:
    y1, y2 = int(match["y1"]), match["y2"]
    if y2 is None:
        return str(y1)
    second = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    # A biennium is two consecutive years; anything else is a date range in the text.
    return f"{y1}-{second % 100:02d}" if second == y1 + 1 else None


def _title_years(text: str) -> str | None:
    """The years of the first report title in `text` (later mentions may cite other editions)."""
    found = [(m.start(), years) for pattern in _TITLES for m in pattern.finditer(text) if (years := _years(m))]
    return min(found)[1] if found else None


def edition_from_text(text: str) -> str:
    """Edition id from the text of the first pages; ValueError when no report title is found."""
    cleaned = clean_text(text)
    # Some PDFs give their title one glyph a line (each glyph placed on its own, as Chromium
    # does with letter-spaced titles): read again without any space where the text as laid
    # out names no report.
    years = _title_years(cleaned) or _title_years(clean_text(re.sub(r"\s+", "", text)))
    if years is None:
        raise ValueError("no 'WIPO Performance Report <year>' title found in the first pages")
    return f"wpr-{years}-{language(cleaned)}"


def edition_id(pdf_path: str | Path, pages: int = 3) -> str:
    """Edition id of a PDF (see `edition_from_text`); ValueError when not recognisable."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(min(pages, len(pdf))))
    finally:
        pdf.close()
    return edition_from_text(text)
