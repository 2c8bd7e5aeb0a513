"""One comparable form for printed labels and registry names.

Both sides go through `normalise`, so a reviewer writes aliases as printed and the
matcher never has to know which width of comma, which bracket or which script a
report used.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extractors.text import clean_text

if TYPE_CHECKING:
    from opencc_purepy import OpenCC

# NFKC (inside clean_text) already folds full-width ，：（） to , : ( ); what is left are
# the CJK marks that have no compatibility form: treat every list separator as one
# comma and every dash as one hyphen, and drop quotes and title marks, which reports
# put around names inconsistently.
_PUNCT = str.maketrans({
    "、": ",", "，": ",", "；": ",", ";": ",",
    "—": "-", "–": "-", "－": "-", "‐": "-", "‑": "-",
    "【": "(", "】": ")", "〔": "(", "〕": ")", "［": "(", "］": ")", "[": "(", "]": ")",
    "“": None, "”": None, "‘": None, "’": None, '"': None, "'": None,
    "《": None, "》": None, "「": None, "」": None, "『": None, "』": None,
})
# Footnote references that are not superscript characters: "^{2,3}" in converted text.
_LATEX_FOOTNOTE = re.compile(r"\^\{?[\d,\s]+\}?")
# "(单位: 千瑞郎)" is a unit note that some headers carry; it names no entity.
_UNIT_NOTE = re.compile(r"[(（]\s*单位\s*[:：][^)）]*[)）]")
# "A. 人事费", "一、…": an enumerator, not part of the name. Runs after white space is
# gone and the text is lower case, hence "a." and no spaces.
_ENUMERATOR = re.compile(r"^(?:[a-z]\.(?=\D)|[一二三四五六七八九十]+、)")
_WHITE = re.compile(r"\s+")
_HYPHENS = re.compile(r"-{2,}")

# Ordinal and numeric markers that make two otherwise alike names different entities:
# "…——第一期" and "…——第二期" are two projects, "AIMS 2.0" is not "AIMS 3.0".
_DISCRIMINATOR = re.compile(r"第[一二三四五六七八九十\d]+[期阶段轮次]|\d+")


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    # Imported when first needed: the package and its dictionaries take 0.1 s to load,
    # which code that imports `matching` without matching labels need not pay.
    from opencc_purepy import OpenCC

    return OpenCC("t2s")


def prepare() -> None:
    """Load the converter now (a flow does it while pages are extracted) rather than on the
    first label matched."""
    _t2s()


def to_simplified(text: str) -> str:
    """Traditional characters to simplified (版權和創意產業 → 版权和创意产业)."""
    return _t2s().convert(text) if text else text


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The form labels and names are compared in: clean_text (NFKC, radical look-alikes,
    footnote markers, CJK spacing), simplified script, unified punctuation, no white
    space at all, lower case, no leading enumerator or trailing punctuation."""
    text = clean_text(text or "")
    text = _LATEX_FOOTNOTE.sub("", text)
    text = _UNIT_NOTE.sub("", text)
    text = to_simplified(text).translate(_PUNCT)
    # Chinese labels carry no meaningful spaces and Latin ones (PCT 体系 / PCT体系)
    # carry them inconsistently, so characters are compared without any.
    text = _WHITE.sub("", text).casefold()
    text = _HYPHENS.sub("-", text)
    text = _ENUMERATOR.sub("", text)
    return text.strip(".:,-")


def strip_suffix(text: str, suffixes: tuple[str, ...]) -> str:
    """Drop a kind's generic suffix (专利和技术部门 → 专利和技术), never the whole text."""
    for suffix in suffixes:
        if suffix and text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


@lru_cache(maxsize=65536)  # every label is compared with every name of its kinds
def discriminators(text: str) -> tuple[str, ...]:
    """Phase and number markers of a normalised text, in order."""
    return tuple(_DISCRIMINATOR.findall(text))
