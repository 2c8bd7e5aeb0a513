"""The CJK font the generated test PDFs are drawn with.

Default: reportlab's built-in CID font STSong-Light (Adobe-GB1, UniGB-UCS2-H
encoding). It needs no font file and pdfplumber/pdfminer map it back to Unicode
through the CMap, so extracted text equals what was drawn. It is not embedded,
so a renderer without a CJK system font shows blank glyphs; that only matters
for looking at the pages, not for extraction.

Set WPR_TEST_CJK_FONT=/path/to/font.ttc (a TrueType-outline font such as
/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc from the Debian package
fonts-wqy-zenhei) to embed a real font instead, e.g. to render previews.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

CID_FONT = "STSong-Light"
ENV_VAR = "WPR_TEST_CJK_FONT"
LATIN_FONT = "Helvetica"
LATIN_BOLD = "Helvetica-Bold"


class FontUnavailable(RuntimeError):
    """No usable CJK font: the generated-PDF tests must be skipped, not failed."""


@functools.cache
def cjk_font() -> str:
    """Register the CJK font once and return its reportlab name."""
    path = os.environ.get(ENV_VAR)
    if path:
        if not Path(path).is_file():
            raise FontUnavailable(
                f"{ENV_VAR}={path}: no such font file "
                "(install the Debian package fonts-wqy-zenhei or unset the variable)")
        from reportlab.pdfbase.ttfonts import TTFont
        try:
            pdfmetrics.registerFont(TTFont("CJK-TTF", path, subfontIndex=0))
        except Exception as exc:  # reportlab raises TTFError and plain Exceptions
            raise FontUnavailable(f"cannot load CJK TrueType font {path}: {exc}") from exc
        return "CJK-TTF"
    try:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    except Exception as exc:
        raise FontUnavailable(f"reportlab CID font {CID_FONT} unavailable: {exc}") from exc
    return CID_FONT
