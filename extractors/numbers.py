"""Printed cell text → number. The one place that decides what counts as a numeric cell."""
from __future__ import annotations

import functools
import re
import unicodedata

from extractors.text import FOOTNOTE_MARKS

# A lone dash is how the report prints zero / nothing to report.
_DASHES = {"-", "–", "—", "‒", "−", "－"}
# Thousands separated by commas, or plain digits; optional decimals. Anything else (words,
# "n/a", "不适用", "1.725 亿") is not a figure of the table.
# A year as a header prints it ("2023"): a figure that is no amount.
YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")


def _normalise(text: str) -> str:
    # Footnote markers first: NFKC would turn "¹" into a "1" glued to the figure.
    text = "".join(ch for ch in text if ch not in FOOTNOTE_MARKS)
    text = unicodedata.normalize("NFKC", text)
    # Wrapped cells and thin spaces inside figures ("1 234") carry no meaning.
    return "".join(ch for ch in text if not ch.isspace())


# The same texts come back in every step (pages, confidence, facts, checks: '-', totals, labels).
@functools.lru_cache(maxsize=1 << 16)
def parse_number(text: str | None) -> float | None:
    """Value of a printed cell: '(4,084)' → -4084.0, '-' → 0.0, '94%' → 94.0, words → None."""
    if not text:
        return None
    s = _normalise(text)
    if not s:
        return None
    if s in _DASHES:
        return 0.0
    negative = False
    s = s.removesuffix("%")  # "(12)%" as well as "(12%)"
    if len(s) > 2 and s[0] == "(" and s[-1] == ")":
        negative, s = True, s[1:-1].removesuffix("%")
    if s[:1] in ("+", "-", "−"):
        negative, s = negative != (s[0] != "+"), s[1:]
    if not _NUMBER.fullmatch(s):
        return None
    value = float(s.replace(",", ""))
    return -value if negative and value else value


def decimals(text: str) -> int:
    """How many decimals a printed figure shows ('1,045,396.38' → 2, '(12.5)%' → 1, '12' → 0)."""
    return len(text.rstrip(")%").partition(".")[2])


def is_percent(text: str | None) -> bool:
    """True for a numeric cell printed as a percentage ('94%', '（12）％')."""
    return bool(text) and "%" in _normalise(text) and parse_number(text) is not None
