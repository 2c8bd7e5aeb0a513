"""Text normalisation shared by every stage: what a printed label becomes when published."""
from __future__ import annotations

import re
import unicodedata

FOOTNOTE_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾"

# NFKC maps the Kangxi radicals block (U+2F00-) to ideographs but leaves most of the
# CJK Radicals Supplement (U+2E80-) alone; some PDF producers use those code points.
RADICAL_SUPPLEMENT = {
    "⺁": "厂", "⺇": "几", "⺈": "⺈", "⺊": "卜", "⺌": "小", "⺍": "小", "⺎": "兀", "⺏": "尣",
    "⺐": "尢", "⺑": "尢", "⺒": "巳", "⺓": "幺", "⺔": "彑", "⺖": "忄", "⺗": "心", "⺘": "扌",
    "⺙": "攵", "⺛": "旡", "⺜": "日", "⺝": "月", "⺞": "歺", "⺟": "母", "⺠": "民", "⺡": "氵",
    "⺢": "氺", "⺣": "灬", "⺤": "爫", "⺥": "爫", "⺦": "丬", "⺧": "牛", "⺨": "犭", "⺩": "王",
    "⺪": "疋", "⺫": "目", "⺬": "示", "⺭": "礻", "⺮": "竹", "⺯": "糸", "⺰": "纟", "⺱": "网",
    "⺲": "罒", "⺳": "罒", "⺴": "网", "⺵": "网", "⺶": "羊", "⺷": "羊", "⺸": "羊", "⺹": "耂",
    "⺺": "聿", "⺻": "聿", "⺼": "肉", "⺽": "臼", "⺾": "艹", "⺿": "艹", "⻀": "艹", "⻁": "虎",
    "⻂": "衤", "⻃": "西", "⻄": "西", "⻅": "见", "⻆": "角", "⻇": "角", "⻈": "讠", "⻉": "贝",
    "⻊": "足", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶", "⻏": "阝", "⻐": "金", "⻑": "長",
    "⻒": "镸", "⻓": "长", "⻔": "门", "⻕": "阝", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦",
    "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻞": "食", "⻟": "饣", "⻠": "饣", "⻡": "首",
    "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄",
    "⻪": "黾", "⻫": "齐", "⻬": "齐", "⻭": "齿", "⻮": "齿", "⻯": "龙", "⻰": "龙", "⻱": "龟",
    "⻲": "龟", "⻳": "龟",
}
_RADICALS = str.maketrans({k: v for k, v in RADICAL_SUPPLEMENT.items() if k != v})

_CJK = r"\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_SPACE_NEXT_TO_CJK_PUNCT = re.compile(r"\s*([，。、；：（）【】《》“”‘’！？])\s*")
_FOOTNOTES = re.compile(f"[{FOOTNOTE_MARKS}]+")


def squashed(text: str) -> str:
    """The text cleaned, its white space left out: two printings of one cell compare equal
    however their lines broke."""
    return "".join(clean_text(text).split())


def is_cjk(ch: str) -> bool:
    return bool(re.match(f"[{_CJK}]", ch))


def has_marks(text: str) -> bool:
    return bool(_FOOTNOTES.search(text))


def strip_footnotes(text: str) -> str:
    return _FOOTNOTES.sub("", text)


def join_lines(lines: list[str]) -> str:
    """Join the printed lines of one wrapped cell: no space where either side is CJK."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and not (is_cjk(out[-1]) or is_cjk(line[0])) and not out.endswith(("-", "/")):
            out += " "
        out += line
    return out


def clean_text(text: str, marks: bool = False) -> str:
    """Published form of a label: NFKC, radicals mapped, footnotes removed, CJK spacing removed.
    With `marks`, footnote markers stay as printed, superscript digits (NFKC would make them
    plain digits run on into the text they annotate: "24.91²" is not 24.912)."""
    if marks:
        parts = re.split(f"([{FOOTNOTE_MARKS}]+)", text.translate(_RADICALS))
        text = "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts))
        # A marker is read as a word of its own: it stands against the text it annotates.
        text = re.sub(f"\\s+(?=[{FOOTNOTE_MARKS}])", "", text)
    else:
        text = unicodedata.normalize("NFKC", strip_footnotes(text).translate(_RADICALS))
    text = _SPACE_BETWEEN_CJK.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text


def sentence_left_of(text: str, x0: float, edge: float, size: float) -> bool:
    """One text ending in a full stop, set left of `edge` (where a table's cells start, padded
    off the page's margin): a sentence of the page around a table, no cell of it."""
    return text.rstrip().endswith(("。", "．")) and x0 < edge - 0.25 * size
