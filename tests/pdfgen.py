"""Synthetic report pages with tables, for testing the table extractor cell by cell.

Every generator draws a page (or two) in the style of a WIPO programme performance
report -- running header, body paragraph, caption `表N. ...`, unit line, the table,
notes, page-number footer -- with reportlab canvas primitives, writes it to `path`
and returns the tables the extractor should find, as `ExpectedTable`s holding the
cleaned text (what `Cell.text` must be).

Cell strings are written as printed; `^N` marks a footnote marker drawn as a small
raised digit. The expected text drops the markers and is NFKC-normalised; the
expected `Cell.raw` keeps them as superscript digits (¹²³).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reportlab.lib.colors import Color, black, grey, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fonts import LATIN_BOLD, LATIN_FONT, cjk_font

Align = Literal["left", "right", "center"]

NAVY = Color(0.12, 0.22, 0.39)
LIGHT_BAND = Color(0.84, 0.87, 0.92)
ZEBRA = Color(0.92, 0.92, 0.92)
RULE_GREY = Color(0.55, 0.55, 0.55)

_MARK = re.compile(r"(\^\d+)")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
_TOKEN = re.compile(r"\^\d+|[A-Za-z0-9.,:;/%()+\-]+|\s+|.")
SUP_SCALE, SUP_RISE = 0.6, 0.38


# --------------------------------------------------------------------------- expectations

def expected_text(printed: str) -> str:
    """What `Cell.text` must be for a printed string: markers dropped, NFKC."""
    return unicodedata.normalize("NFKC", _MARK.sub("", printed)).strip()


def expected_raw(printed: str) -> str:
    """What `Cell.raw` must be: as printed, markers as superscript digits."""
    return _MARK.sub(lambda m: m.group(1)[1:].translate(_SUPERSCRIPT), printed)


@dataclass
class ExpectedTable:
    caption: str
    header: list[list[str]]
    rows: list[list[str]]
    page_start: int = 1
    page_end: int = 1
    raw: dict[tuple[int, int], str] = field(default_factory=dict)  # grid (row, col) → Cell.raw

    @classmethod
    def printed(cls, caption: str, header: Sequence[Sequence[str]],
                rows: Sequence[Sequence[str]], page_start: int = 1,
                page_end: int = 1) -> "ExpectedTable":
        grid = [list(r) for r in header] + [list(r) for r in rows]
        raw = {(i, j): expected_raw(s) for i, row in enumerate(grid)
               for j, s in enumerate(row) if _MARK.search(s)}
        clean = [[expected_text(s) for s in row] for row in grid]
        return cls(caption, clean[:len(header)], clean[len(header):], page_start, page_end, raw)

    def column_labels(self) -> list[str]:
        """Same rule as `Table.column_labels`: header path, repeats collapsed."""
        labels = []
        for col in range(len(self.header[0])):
            parts: list[str] = []
            for row in self.header:
                if row[col] and (not parts or parts[-1] != row[col]):
                    parts.append(row[col])
            labels.append(" / ".join(parts))
        return labels


# --------------------------------------------------------------------------- drawing

class Doc:
    """A reportlab canvas with top-down coordinates and report page furniture."""

    margin = 57.0

    def __init__(self, path: Path, pagesize: tuple[float, float] = A4, page_label: int = 3):
        self.canvas = Canvas(str(path), pagesize=pagesize)
        self.width, self.height = pagesize
        self.page = 1
        self.page_label = page_label
        self._running_header()

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.width - self.margin

    def _running_header(self) -> None:
        self.text(self.right, 36, "WO/PBC/37/7", size=8, align="right", latin=True)

    def _footer(self) -> None:
        self.text(self.width / 2, self.height - 30, str(self.page_label), size=8.5,
                  align="center", latin=True)

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.page += 1
        self.page_label += 1
        self._running_header()

    def save(self) -> None:
        self._footer()
        self.canvas.save()

    # -- text ------------------------------------------------------------------------

    @staticmethod
    def _font(s: str, latin: bool, bold: bool) -> str:
        if latin and s.isascii():
            return LATIN_BOLD if bold else LATIN_FONT
        return cjk_font()

    def measure(self, s: str, size: float, latin: bool = False, bold: bool = False) -> float:
        width = 0.0
        for seg in _MARK.split(s):
            if seg.startswith("^"):
                width += stringWidth(seg[1:], LATIN_FONT, size * SUP_SCALE)
            elif seg:
                width += stringWidth(seg, self._font(seg, latin, bold), size)
        return width

    def text(self, x: float, baseline: float, s: str, *, size: float = 9, align: Align = "left",
             bold: bool = False, color: Color = black, latin: bool = False) -> None:
        """Draw one line at `baseline` (points from the page top); `^N` → raised small N."""
        width = self.measure(s, size, latin, bold)
        x -= {"left": 0.0, "right": width, "center": width / 2}[align]
        c = self.canvas
        for seg in _MARK.split(s):
            if not seg:
                continue
            sup = seg.startswith("^")
            sz, rise = (size * SUP_SCALE, size * SUP_RISE) if sup else (size, 0.0)
            seg = seg[1:] if sup else seg
            font = LATIN_FONT if sup else self._font(seg, latin, bold)
            t = c.beginText(x, self.height - baseline + rise)
            t.setFont(font, sz)
            c.saveState()                  # Tr, colours and line width do not leak out
            if bold and font == cjk_font():  # no bold CJK face: fill + stroke outline
                c.setStrokeColor(color)
                c.setLineWidth(sz * 0.035)
                t.setTextRenderMode(2)
            c.setFillColor(color)
            t.textOut(seg)
            c.drawText(t)
            c.restoreState()
            x += stringWidth(seg, font, sz)

    def wrap(self, s: str, width: float, size: float, latin: bool = False,
             bold: bool = False) -> list[str]:
        """Greedy wrap: breaks between CJK characters or at spaces, never inside Latin runs."""
        lines, line = [], ""
        for tok in _TOKEN.findall(s):
            if line and not tok.startswith("^") and \
                    self.measure(line + tok, size, latin, bold) > width:
                lines.append(line.rstrip())
                line = "" if tok.isspace() else tok
            else:
                line += tok
        return lines + [line.rstrip()] if line.strip() else lines

    def paragraph(self, top: float, s: str, *, size: float = 9.5, x0: float | None = None,
                  x1: float | None = None) -> float:
        """Body text; returns the top of what follows."""
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        leading = size * 1.65
        lines = self.wrap(s, x1 - x0, size)
        for i, line in enumerate(lines):
            self.text(x0, top + size + i * leading, line, size=size)
        return top + len(lines) * leading + size * 0.8

    def paragraphs_down_to(self, y: float) -> float:
        """Body text from the page's top until a paragraph ends past `y` (a table pushed down
        to the page's foot); returns the top of what follows."""
        top = 62.0
        while top < y:
            top = self.paragraph(top, PARA)
        return top

    def caption(self, top: float, s: str) -> float:
        self.text(self.left, top + 10, s, size=10, bold=True)
        return top + 22

    def unit_line(self, top: float, s: str, x: float | None = None, align: Align = "left") -> float:
        self.text(self.left if x is None else x, top + 9, s, size=9, align=align)
        return top + 18

    # -- filled shapes and rules ---------------------------------------------------

    def fill(self, x0: float, top: float, x1: float, bottom: float, color: Color) -> None:
        self.canvas.setFillColor(color)
        self.canvas.rect(x0, self.height - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.canvas.setFillColor(black)

    def hline(self, x0: float, x1: float, y: float, width: float = 0.5,
              color: Color = RULE_GREY) -> None:
        self.canvas.setStrokeColor(color)
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, self.height - y, x1, self.height - y)


@dataclass
class Col:
    x0: float
    x1: float
    align: Align = "right"
    pad: float = 4.0

    def anchor(self) -> float:
        return {"left": self.x0 + self.pad, "right": self.x1 - self.pad,
                "center": (self.x0 + self.x1) / 2}[self.align]


def columns(x0: float, widths: Sequence[float], aligns: str) -> list[Col]:
    """Columns side by side from `x0`; aligns is one letter per column (l/r/c)."""
    names: dict[str, Align] = {"l": "left", "r": "right", "c": "center"}
    cols = []
    for w, a in zip(widths, aligns, strict=True):
        cols.append(Col(x0, x0 + w, names[a]))
        x0 += w
    return cols


@dataclass
class RowStyle:
    size: float = 9
    leading: float = 11.5
    vpad: float = 3.5
    latin: bool = True            # draw ASCII-only cells (numbers) in Helvetica
    bold: bool = False
    color: Color = black

    def lines(self, doc: Doc, cells: Sequence[str], cols: Sequence[Col]) -> list[list[str]]:
        return [doc.wrap(s, c.x1 - c.x0 - 2 * c.pad, self.size, self.latin, self.bold)
                for s, c in zip(cells, cols, strict=True)]

    def height(self, doc: Doc, cells: Sequence[str], cols: Sequence[Col]) -> float:
        n = max(len(ls) for ls in self.lines(doc, cells, cols))
        return 2 * self.vpad + self.size * 1.1 + (n - 1) * self.leading

    def draw(self, doc: Doc, top: float, cells: Sequence[str], cols: Sequence[Col],
             valign: str = "top") -> float:
        """Draw one row, every cell aligned at the top, the middle or the bottom of the row
        (`valign`); returns the row bottom."""
        wrapped = self.lines(doc, cells, cols)
        height = self.height(doc, cells, cols)
        n = max(len(ls) for ls in wrapped)
        for lines, col in zip(wrapped, cols):
            first = top + self.vpad + self.size * 0.9
            if valign == "middle":
                first += (height - (2 * self.vpad + self.size * 1.1
                                    + (len(lines) - 1) * self.leading)) / 2
            elif valign == "bottom":
                first += (n - len(lines)) * self.leading
            for i, line in enumerate(lines):
                doc.text(col.anchor(), first + i * self.leading, line, size=self.size,
                         align=col.align, bold=self.bold, color=self.color, latin=self.latin)
        return top + height

    def ruled_rows(self, doc: Doc, top: float, rows: Sequence[Sequence[str]], cols: Sequence[Col],
                   width: float) -> float:
        """Rows with a rule above each and under the last, cells aligned at the bottom (a word
        processor's table); returns the last rule's y."""
        doc.hline(cols[0].x0, cols[-1].x1, top, width, black)
        for row in rows:
            top = self.draw(doc, top, row, cols, valign="bottom")
            doc.hline(cols[0].x0, cols[-1].x1, top, width, black)
        return top


def money(v: int | None) -> str:
    """Report number style: thousands separators, negatives in parentheses, '-' for none."""
    if v is None:
        return "-"
    return f"({-v:,})" if v < 0 else f"{v:,}"


def pct(part: int | None, whole: int | None) -> str:
    return "-" if not part or not whole else f"{round(100 * part / whole)}%"


PARA = ("2022/23 两年期的财务业绩总体良好。收入总额比两年期核定预算增加 8.9%，"
        "主要得益于 PCT 体系和马德里体系的收费收入高于预期。支出总额低于预算，"
        "反映了空缺员额和差旅节余。下表按组织的主要财务指标列出了两年期的实际数。")
NOTE = "注: 本表中的数字按四舍五入计算，因此各项之和可能与总计略有出入。"


# --------------------------------------------------------------------------- layouts

def ruled_grid(path: Path) -> list[ExpectedTable]:
    """1. Every cell boxed; 1-row header whose cells wrap over two lines."""
    doc = Doc(path)
    top = doc.paragraph(62, PARA)
    caption = "表1. 2022/23 年主要财务数据"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
    header = ["项目", "2020/21 年实际数", "2022/23 年计划和预算", "2022/23 年实际数",
              "实际数与预算的差异", "变化率"]
    rows = [["收入总额", "940,716", "1,001,760", "1,091,062", "89,302", "8.9%"],
            ["支出总额", "766,417", "793,792", "742,767", "(51,025)", "-6.4%"],
            ["营业结果", "174,299", "207,968", "348,295", "140,327", "67.5%"],
            ["投资收益/(损失)", "12,052", "-", "(53,284)", "(53,284)", "-"],
            ["重估储备金盈余", "(1,234)", "-", "2,891", "2,891", "-"],
            ["净资产", "403,318", "452,630", "605,198", "152,568", "33.7%"]]
    widths = [131, 72, 72, 72, 72, 62]
    head_cols, cols = columns(doc.left, widths, "cccccc"), columns(doc.left, widths, "lrrrrr")
    head = RowStyle(size=9, bold=True)
    ys = [top, top + head.height(doc, header, head_cols)]
    doc.fill(cols[0].x0, ys[0], cols[-1].x1, ys[1], ZEBRA)
    head.draw(doc, top, header, head_cols, valign="middle")
    for row in rows:
        ys.append(RowStyle(size=9).draw(doc, ys[-1], row, cols))
    doc.canvas.setStrokeColor(black)
    doc.canvas.setLineWidth(0.6)
    doc.canvas.grid([c.x0 for c in cols] + [cols[-1].x1], [doc.height - y for y in ys])
    doc.paragraph(ys[-1] + 14, "上表中的营业结果为按 IPSAS 编制的收入总额减去支出总额。"
                  "投资收益的波动主要源于金融市场的变化。")
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


def whitespace_only(path: Path) -> list[ExpectedTable]:
    """2. No rules, no fills: columns only by whitespace, numbers right-aligned."""
    doc = Doc(path, page_label=4)
    top = doc.paragraph(62, "2022/23 年收费收入继续占本组织收入的绝大部分。"
                        "PCT 国际申请量比概算低 3.2%，但瑞士法郎汇率的变化抵消了部分影响。")
    caption = "表2. 2022/23 年按来源开列的收入"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 百万瑞郎)")
    header = ["收入来源", "2022/23 年预算", "2022/23 年实际", "实际占预算比例"]
    rows = [["PCT 体系", "712.4", "738.1", "104%"], ["马德里体系", "158.2", "171.6", "108%"],
            ["海牙体系", "11.8", "14.3", "121%"], ["里斯本体系", "0.2", "0.1", "50%"],
            ["小计", "882.6", "924.1", "105%"], ["会费", "35.0", "34.8", "99%"],
            ["仲裁与调解", "3.1", "4.9", "158%"], ["出版物", "1.2", "0.8", "67%"],
            ["杂项收入", "2.9", "(3.7)", "-128%"], ["小计", "42.2", "36.8", "87%"],
            ["收入总额", "924.8", "960.9", "104%"]]
    cols = columns(doc.left + 10, [190, 95, 95, 95], "lrrr")
    top = RowStyle(size=9.5, bold=True).draw(doc, top + 4, header, cols) + 6
    for row in rows:
        strong = row[0] in ("小计", "收入总额")
        top = RowStyle(size=9.5, leading=12, vpad=2.5, bold=strong).draw(doc, top, row, cols)
    doc.paragraph(top + 18, "PCT 体系收入占收费收入总额的 79.9%。马德里体系收入增长 8%，"
                  "主要原因是续展数量增加。")
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


def zebra(path: Path) -> list[ExpectedTable]:
    """3. Alternate body rows on light-grey bands; no lines at all; CJK-font numbers."""
    doc = Doc(path, page_label=5)
    top = doc.paragraph(62, PARA)
    caption = "表3. 2022/23 年各地区技术援助活动"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left, [150, 70, 90, 80, 91], "lcrrr")
    top = doc.unit_line(top, "(单位: 千瑞郎)", x=cols[-1].x1, align="right")
    header = ["地区", "活动数", "参与人数", "女性占比", "支出"]
    rows = [["非洲", "214", "9,872", "46%", "12,430"],
            ["阿拉伯地区", "97", "4,105", "41%", "5,218"],
            ["亚洲及太平洋", "263", "12,660", "44%", "14,905"],
            ["拉丁美洲和加勒比", "188", "7,934", "52%", "9,887"],
            ["某些欧洲和亚洲国家", "76", "2,841", "49%", "3,102"],
            ["最不发达国家", "132", "5,377", "38%", "6,744"],
            ["跨区域", "45", "3,019", "55%", "2,611"],
            ["总计", "1,015", "45,808", "47%", "54,897"]]
    head = RowStyle(size=8.5, bold=True, latin=False)
    top = head.draw(doc, top, header, columns(doc.left, [150, 70, 90, 80, 91], "lcrrr")) + 2
    body = RowStyle(size=8.5, leading=11, vpad=4.5, latin=False)
    for i, row in enumerate(rows):
        if i % 2 == 0:
            doc.fill(cols[0].x0, top, cols[-1].x1, top + body.height(doc, row, cols), ZEBRA)
        top = body.draw(doc, top, row, cols)
    doc.paragraph(top + 16, "参与者中女性的比例从上一两年期的 42% 上升到 47%。")
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


def band_two_level(path: Path) -> list[ExpectedTable]:
    """4. Navy header band, white bold text, parent header over three children; thin rules."""
    doc = Doc(path, page_label=7)
    top = doc.paragraph(62, "按部门开列的支出见下表。人事支出占支出总额的 62%，"
                        "非人事支出低于预算，主要是由于会议和差旅的节余。")
    caption = "表4. 2022/23 年按部门开列的支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
    data: list[tuple[str, int | None, int | None, str]] = [
        ("专利和技术", 98_214, 109_198, "92%"), ("品牌和外观设计", 38_902, 36_226, "96%"),
        ("版权和创意产业", 17_440, 15_943, "94%"), ("区域和国家发展", 41_873, 26_294, "92%"),
        ("基础设施和平台", 19_508, 15_534, "92%"), ("全球挑战和伙伴关系", 14_611, 11_073, "96%"),
        ("知识产权和创新生态系统", 23_307, 21_854, "98%"),
        ("行政、财务和管理", 121_642, 131_148, "95%"), ("未分拨", None, None, "-")]
    rows = [[n, money(a), money(b), money(a + b if a and b else None), u] for n, a, b, u in data]
    staff = sum(a or 0 for _, a, _, _ in data)
    other = sum(b or 0 for _, _, b, _ in data)
    rows.append(["总计", money(staff), money(other), money(staff + other), "94%"])
    cols = columns(doc.left, [161, 80, 80, 80, 80], "lrrrr")
    white_bold = RowStyle(size=8.5, vpad=3, bold=True, color=white)
    band_bottom = top + 2 * white_bold.height(doc, ["人事"] * 5, cols)
    doc.fill(cols[0].x0, top, cols[-1].x1, band_bottom, NAVY)
    parent = Col(cols[1].x0, cols[3].x1, "center")
    mid = white_bold.draw(doc, top, ["2022/23 年支出"], [parent])
    doc.hline(parent.x0 + 4, parent.x1 - 4, mid, 0.5, white)
    children = ["部门", "人事", "非人事", "总计", "预算利用情况"]
    white_bold.draw(doc, mid, children, cols)
    top = band_bottom
    for row in rows:
        total = row[0] == "总计"
        if total:
            doc.hline(cols[0].x0, cols[-1].x1, top, 0.9, black)
        top = RowStyle(size=8.5, vpad=4, bold=total).draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.9 if total else 0.4)
    doc.paragraph(top + 14, "预算利用情况反映 2022/23 年支出与调剂使用后最终预算的对比情况。")
    doc.save()
    header = [["", "2022/23 年支出", "2022/23 年支出", "2022/23 年支出", ""], children]
    return [ExpectedTable.printed(caption, header, rows)]


RESULTS = [
    "1.1 世界范围内的传播和接触更有效，人们对知识产权改善生活的潜力有更好的认识",
    "2.1 成员国之间就国际知识产权规范性框架的平衡发展开展更有效的多边对话",
    "3.1 各类企业和社区更好地利用知识产权促进增长，加强地方创新生态系统",
    "4.1 知识产权和创新生态系统更加包容，更多女性和青年参与创新活动",
    "4.4 更多创新者、创作者、中小企业和研究人员成功地利用知识产权创造价值",
]


def wrapped_labels(path: Path) -> list[ExpectedTable]:
    """5. Narrow label column: every label wraps over 3 lines, numbers on the first line."""
    doc = Doc(path, page_label=11)
    top = doc.paragraph(62, "下表按预期成果列出资源和支出。预期成果的完整表述见计划和预算文件。")
    caption = "表5. 2022/23 年按预期成果开列的资源和支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
    cols = columns(doc.left, [118, 92, 92, 92, 87], "lrrrr")
    header = ["预期成果", "核定预算", "调剂后预算", "2022/23 年支出", "预算利用情况"]
    rng = random.Random(5)
    rows = []
    for label in RESULTS:
        budget = rng.randrange(8_000, 60_000)
        final = budget + rng.randrange(-3_000, 3_000)
        spent = final - rng.randrange(-800, 4_000)
        rows.append([label, money(budget), money(final), money(spent), pct(spent, final)])
    head = RowStyle(size=8.5, vpad=4, bold=True)
    h = head.height(doc, header, cols)
    doc.fill(cols[0].x0, top, cols[-1].x1, top + h, LIGHT_BAND)
    top = head.draw(doc, top, header, cols)
    body = RowStyle(size=8.5, leading=11, vpad=4)
    for row in rows:
        assert len(body.lines(doc, row, cols)[0]) == 3, f"label must wrap over 3 lines: {row[0]}"
        top = body.draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.4)
    doc.paragraph(top + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


COST_ITEMS = [
    "员额", "临时工作人员", "其他人事费用", "实习", "研究金", "工作人员差旅", "第三方差旅",
    "培训和相关差旅补助金", "会议", "出版", "个人订约承办事务", "其他订约承办事务",
    "房舍和维护", "通信", "代表活动和其他业务费用", "联合国联合服务", "家具和设备",
    "用品和材料", "办公用品", "信息技术设备", "软件许可证", "云服务", "安保服务",
    "保险", "银行手续费", "法律服务", "翻译服务", "印刷服务", "口译服务", "审计费用",
    "外部评价", "专家组会议", "设备租赁", "网络服务", "数据库订阅", "档案管理", "搬迁费用",
    "医疗保险", "语言培训", "咨询委员会",
]


def split_pages(path: Path) -> list[ExpectedTable]:
    """6. One table over two pages, header NOT repeated on page 2."""
    doc = Doc(path, page_label=8)
    top = doc.paragraph(62, PARA)
    top = doc.paragraph(top + 4, "与上一两年期相比，非人事支出增加 14%，主要是由于会议和差旅"
                        "在疫情后恢复。信息技术方面的支出继续向云服务转移。")
    caption = "表6. 2022/23 年按费用类别开列的预算与支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
    cols = columns(doc.left, [171, 80, 80, 80, 70], "lrrrr")
    header = ["费用类别", "2022/23 年预算", "2022/23 年支出", "差异", "利用率"]
    head = RowStyle(size=9, vpad=4, bold=True)
    doc.fill(cols[0].x0, top, cols[-1].x1, top + head.height(doc, header, cols), ZEBRA)
    top = head.draw(doc, top, header, cols)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.8, black)
    rng = random.Random(6)
    rows, total_budget, total_spent, on_page_2 = [], 0, 0, 0
    for item in COST_ITEMS:
        budget = rng.randrange(300, 90_000)
        spent = round(budget * rng.uniform(0.7, 1.15))
        rows.append([item, money(budget), money(spent), money(budget - spent), pct(spent, budget)])
        total_budget, total_spent = total_budget + budget, total_spent + spent
    rows.append(["总计", money(total_budget), money(total_spent),
                 money(total_budget - total_spent), pct(total_spent, total_budget)])
    for row in rows:
        body = RowStyle(size=9, vpad=3.5, bold=row[0] == "总计")
        if top + body.height(doc, row, cols) > doc.height - 60:
            doc.new_page()
            top = 62.0
        top = body.draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.4)
        on_page_2 += doc.page == 2
    assert doc.page == 2 and on_page_2 >= 6, "the table must run well onto page 2"
    doc.paragraph(top + 16, "差异为正数表示支出低于预算。" + NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


SYSTEMS = ["PCT 国际申请", "马德里国际注册", "海牙外观设计申请", "里斯本注册",
           "仲裁与调解案件", "域名争议案件", "WIPO Lex 访问量"]


def landscape_wide(path: Path) -> list[ExpectedTable]:
    """7. A4 landscape page, 10 columns, booktabs rules (thick top/bottom, thin under header)."""
    doc = Doc(path, pagesize=landscape(A4), page_label=14)
    top = doc.paragraph(58, "下表列出 2016 年至 2023 年各全球知识产权服务的需求。"
                        "年均增长按复合增长率计算。")
    caption = "表7. 2016-2023 年全球知识产权服务的需求"
    top = doc.unit_line(doc.caption(top + 4, caption), "(单位: 件)")
    years = [f"{y} 年" for y in range(2016, 2024)]
    header = ["服务", *years, "年均增长"]
    cols = columns(doc.left, [140, *[66] * 8, 60], "l" + "r" * 9)
    rng = random.Random(7)
    rows = []
    for name in SYSTEMS:
        v = rng.randrange(50, 250_000)
        values = []
        for _ in years:
            values.append(v)
            v = max(1, round(v * rng.uniform(0.93, 1.12)))
        growth = (values[-1] / values[0]) ** (1 / 7) - 1
        rows.append([name, *[money(x) for x in values], f"{100 * growth:.1f}%"])
    x0, x1 = cols[0].x0, cols[-1].x1
    doc.hline(x0, x1, top, 1.3, black)
    top = RowStyle(size=8, vpad=4, bold=True).draw(doc, top, header, cols)
    doc.hline(x0, x1, top, 0.6, black)
    for row in rows:
        top = RowStyle(size=8, vpad=3.5).draw(doc, top, row, cols)
    doc.hline(x0, x1, top, 1.3, black)
    doc.paragraph(top + 12, "注: WIPO Lex 访问量按千次计。", size=8.5)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


def footnote_markers(path: Path) -> list[ExpectedTable]:
    """8. Small raised footnote digits after header texts, labels and values."""
    doc = Doc(path, page_label=9)
    top = doc.paragraph(62, "人事支出总额为 4.52 亿瑞郎，比核定预算减少 2.1%。")
    caption = "表8. 2022/23 年人事支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
    header = ["费用类别", "2022/23 年计划和预算", "2022/23 年支出^1", "预算利用情况^2"]
    rows = [["员额^3", "451,089", "428,758", "95%"],
            ["临时工作人员", "14,897", "19,025^4", "128%"],
            ["其他人事费用^5", "1,214", "988", "81%"],
            ["实习和研究金", "3,406", "3,952", "116%"],
            ["总计", "470,606", "452,723", "96%"]]
    cols = columns(doc.left, [150, 115, 115, 101], "lrrr")
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    top = RowStyle(size=9, vpad=4, bold=True, latin=False).draw(doc, top, header, cols)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.8, black)
    for row in rows:
        top = RowStyle(size=9, vpad=4, latin=False, bold=row[0] == "总计").draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.4)
    top += 10
    for n, note in enumerate(["2022/23 年支出系指在进行 IPSAS 调整之前的实际支出。",
                              "预算利用情况反映支出与调剂使用后最终预算的对比情况。",
                              "包括 2022/23 年新设的 12 个员额。",
                              "其中 2019 冠状病毒病一揽子方案临时人员为 1,205 千瑞郎。",
                              "包括离职后健康保险的追加资金。"], start=1):
        doc.text(doc.left, top + 9, f"^{n} {note}", size=8.5)
        top += 14
    doc.paragraph(top + 8, "员额费用低于预算，主要是由于空缺员额和临时职位节余。")
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


def two_tables(path: Path) -> list[ExpectedTable]:
    """9. Two tables on one page (rules, then whitespace only) with a paragraph between."""
    doc = Doc(path, page_label=18)
    top = doc.paragraph(62, "产权组织的驻外办事处网络在两年期内继续扩大其服务范围。")
    cap_a = "表9. 2022/23 年各驻外办事处的员额"
    top = doc.caption(top + 6, cap_a)
    header_a = ["驻外办事处", "员额", "临时工作人员", "支出(千瑞郎)"]
    rows_a = [["巴西办事处", "5", "3", "2,904"], ["中国办事处", "8", "4", "4,117"],
              ["日本办事处", "6", "2", "3,385"], ["俄罗斯办事处", "4", "1", "1,962"],
              ["新加坡办事处", "7", "3", "3,740"], ["阿尔及利亚办事处", "3", "2", "1,208"]]
    cols = columns(doc.left, [170, 90, 110, 111], "lrrr")
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.9, black)
    top = RowStyle(size=9, vpad=4, bold=True).draw(doc, top, header_a, cols)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.9, black)
    for row in rows_a:
        top = RowStyle(size=9, vpad=3.5).draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.4)
    top = doc.paragraph(top + 16, "差旅支出比上一两年期有所回升，但仍低于 2018/19 年的水平。"
                        "大部分会议采用混合形式举行。")
    cap_b = "表10. 2022/23 年差旅支出"
    top = doc.unit_line(doc.caption(top + 8, cap_b), "(单位: 千瑞郎)")
    header_b = ["差旅类别", "2020/21 年", "2022/23 年", "变化"]
    rows_b = [["工作人员差旅", "1,873", "6,512", "248%"], ["第三方差旅", "942", "5,307", "463%"],
              ["培训差旅补助金", "311", "1,486", "378%"], ["总计", "3,126", "13,305", "326%"]]
    cols = columns(doc.left + 20, [180, 90, 90, 80], "lrrr")
    top = RowStyle(size=9, bold=True).draw(doc, top, header_b, cols) + 4
    for row in rows_b:
        top = RowStyle(size=9, vpad=2.5).draw(doc, top, row, cols)
    doc.paragraph(top + 20, NOTE)
    doc.save()
    return [ExpectedTable.printed(cap_a, [header_a], rows_a),
            ExpectedTable.printed(cap_b, [header_b], rows_b)]


Generator = Callable[[Path], list[ExpectedTable]]

def middle_aligned(path: Path) -> list[ExpectedTable]:
    """10. No rules at all, a light header band, labels over 2-3 lines with the figures
    centred vertically in the row (the figures' line is not the label's first line)."""
    doc = Doc(path, page_label=14)
    top = doc.paragraph(62, "下表按预期成果列出资源和支出，数字在行中垂直居中。")
    caption = "表7. 2022/23 年按预期成果开列的支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
    cols = columns(doc.left, [150, 100, 100, 100], "lrrr")
    header = ["预期成果", "核定预算", "2022/23 年支出", "预算利用情况"]
    rng = random.Random(10)
    rows = []
    for label in RESULTS:
        budget = rng.randrange(8_000, 60_000)
        spent = budget - rng.randrange(-800, 4_000)
        rows.append([label, money(budget), money(spent), pct(spent, budget)])
    head = RowStyle(size=8.5, vpad=4, bold=True)
    h = head.height(doc, header, cols)
    doc.fill(cols[0].x0, top, cols[-1].x1, top + h, LIGHT_BAND)
    top = head.draw(doc, top, header, cols)
    body = RowStyle(size=8.5, leading=11, vpad=6)
    for row in rows:
        top = body.draw(doc, top, row, cols, valign="middle")
    doc.paragraph(top + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


LAYOUTS: dict[str, Generator] = {
    "ruled_grid": ruled_grid,
    "whitespace_only": whitespace_only,
    "zebra": zebra,
    "band_two_level": band_two_level,
    "wrapped_labels": wrapped_labels,
    "split_pages": split_pages,
    "landscape_wide": landscape_wide,
    "footnote_markers": footnote_markers,
    "two_tables": two_tables,
    "middle_aligned": middle_aligned,
}


# --------------------------------------------------------------------------- one report, printed differently (#14)
#
# The same tables set the way other renderers set them: no rules, a bold header row that is
# not repeated when the table breaks, light stripes behind some body rows, cells aligned to
# the top, the middle or the bottom of their row. `Printing` says how; `striped_table` draws.

VAlign = Literal["top", "middle", "bottom"]


@dataclass
class Printing:
    """How a rendering sets a table: text size, line pitch inside a cell, cell padding, the
    vertical alignment of cells, and which body rows are striped (0-based, counted over the
    whole table)."""
    size: float = 8.5
    leading: float = 11.9
    vpad: float = 3.7
    valign: VAlign = "top"
    stripe: Callable[[int], bool] = lambda i: i % 2 == 0 and i > 0
    head_bold: bool = True

    def style(self, bold: bool = False) -> RowStyle:
        return RowStyle(size=self.size, leading=self.leading, vpad=self.vpad, bold=bold)


def draw_cells(doc: Doc, top: float, cells: Sequence[str], cols: Sequence[Col], p: Printing,
               bold: bool = False) -> float:
    """One row, each cell's lines placed at the top, middle or bottom of the row."""
    style = p.style(bold)
    wrapped = style.lines(doc, cells, cols)
    n = max(len(ls) for ls in wrapped)
    for lines, col in zip(wrapped, cols):
        shift = {"top": 0.0, "middle": (n - len(lines)) * p.leading / 2,
                 "bottom": (n - len(lines)) * p.leading}[p.valign]
        first = top + p.vpad + p.size * 0.9 + shift
        for i, line in enumerate(lines):
            doc.text(col.anchor(), first + i * p.leading, line, size=p.size, align=col.align,
                     bold=bold, latin=style.latin)
    return top + style.height(doc, cells, cols)


def striped_table(doc: Doc, top: float, header: Sequence[Sequence[str]], rows: Sequence[Sequence[str]],
                  cols: Sequence[Col], p: Printing, *, head_cols: Sequence[Col] | None = None,
                  break_after: int | None = None) -> float:
    """Header rows (bold, unshaded), then the body; a row that does not fit on the page, or
    the row after `break_after`, goes to the next page with no header repeated. Returns the
    bottom of the last row."""
    for row in header:
        top = draw_cells(doc, top, row, head_cols or cols, p, bold=p.head_bold)
    for i, row in enumerate(rows):
        height = p.style().height(doc, row, cols)
        if top + height > doc.height - 60 or (break_after is not None and i == break_after + 1):
            doc.new_page()
            top = 62.0
        if p.stripe(i):
            doc.fill(cols[0].x0, top, cols[-1].x1, top + height, ZEBRA)
        top = draw_cells(doc, top, row, cols, p)
    return top


COST_SECTIONS = [
    ["A. 人事费", "", "", "", ""],
    ["员额", "451,089", "431,306", "428,758", "95%"],
    ["临时工作人员", "14,897", "27,279", "19,025", "128%"],
    ["其他工作人员费用", "", "3,152", "1,644", "52%"],
    ["A 项小计，不含未分拨", "469,138", "461,738", "449,428", "96%"],
    ["未分拨（人事）", "7,346", "1,551", "-", "-"],
    ["A 项共计", "476,484", "463,288", "449,428", "94%"],
    ["B. 非人事费", "", "", "", ""],
    ["实习和产权组织研究金", "", "", "", ""],
    ["实习", "1,543", "1,309", "1,021", "66%"],
    ["产权组织研究金", "13,464", "16,816", "15,562", "116%"],
    ["小计", "15,006", "18,125", "16,583", "111%"],
    ["交际费与其他业务费用", "1,680", "1,683", "1,640", "98%"],
    ["总计", "793,792", "793,792", "742,767", "94%"],
]


def sections_over_break(path: Path) -> list[ExpectedTable]:
    """11. Unruled, striped, bold header not repeated: section labels with no figures (one
    ends page 1), labels wrapped under top-aligned figures, the table going on at the top
    of page 2 with a section label in an unshaded row."""
    doc = Doc(path, page_label=7)
    top = doc.paragraph(500, PARA)
    caption = "表6. 2022/23 年按费用类别开列的预算与支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：千瑞郎)")
    cols = columns(doc.left + 5, [105, 90, 110, 90, 80], "lrrrr")
    header = ["", "2022/23 年工作计划和预算", "2022/23 年调剂使用后最终预算", "2022/23 年支出", "预算利用情况"]
    top = striped_table(doc, top + 4, [header], COST_SECTIONS, cols, Printing(), break_after=7)
    doc.text(doc.left, top + 22, "^1 2022/23 年支出系指在进行 IPSAS 调整之前的实际支出。", size=9)
    doc.paragraph(top + 40, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], COST_SECTIONS, page_start=1, page_end=2)]


def unit_titles(path: Path) -> list[ExpectedTable]:
    """12. Two unruled tables with the same header one under the other, each under a title
    that ends on its unit note ("预算和支出 (单位：千瑞郎)"), not a numbered caption."""
    doc = Doc(path, page_label=50)
    cols = columns(doc.left + 5, [90, 110, 130, 90, 61], "lrrrr")
    header = ["费用类别", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出", "利用率 (%)"]
    bodies = [[["人事费", "134,345", "130,644", "123,423", "94%"], ["非人事费", "96,030", "95,986", "83,989", "88%"],
               ["总计", "230,374", "226,630", "207,412", "92%"]],
              [["人事费", "59,735", "55,959", "55,360", "99%"], ["非人事费", "20,695", "22,142", "19,769", "89%"],
               ["总计", "80,430", "78,101", "75,128", "96%"]]]
    title = "预算和支出（人事和非人事） (单位：千瑞郎)"
    top = doc.paragraph(62, PARA)
    expected = []
    for body in bodies:
        doc.text(doc.left, top + 9, title, size=9)
        top = striped_table(doc, top + 22, [header], body, cols, Printing(stripe=lambda i: i % 2 == 1)) + 14
        expected.append(ExpectedTable.printed(title, [header], body))
    doc.paragraph(top, NOTE)
    doc.save()
    return expected


ISSUE14_LAYOUTS: dict[str, Generator] = {
    "sections_over_break": sections_over_break,
    "unit_titles": unit_titles,
}


SYSTEM_SECTIONS = [
    ["PCT 体系", "", "", ""],
    ["提交的国际申请", "593,800", "550,232", "93%"],
    ["马德里体系", "", "", ""],
    ["申请", "145,200", "133,222", "92%"],
    ["注册", "138,700", "132,207", "95%"],
    ["续展", "66,400", "77,910", "117%"],
    ["海牙体系", "", "", ""],
    ["申请", "15,470", "16,543", "107%"],
    ["注册", "14,620", "16,091", "110%"],
    ["里斯本体系", "", "", ""],
    ["申请", "150", "127", "85%"],
]


def section_rows_plain(path: Path) -> list[ExpectedTable]:
    """13. No rules, no stripes, every row one line at one spacing: a label with no figures
    before a row of figures is a section row, not the first line of that row's label."""
    doc = Doc(path, page_label=3)
    top = doc.paragraph(62, PARA)
    caption = "表3. 2022/23 年各体系服务需求"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left + 5, [150, 120, 110, 96], "lrrr")
    header = ["", "2022/23 年计划和预算需求概算", "2022/23 年实际数", "实际数与计划和预算的差异"]
    top = striped_table(doc, top + 4, [header], SYSTEM_SECTIONS, cols, Printing(stripe=lambda i: False))
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], SYSTEM_SECTIONS)]


def _result_rows(seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    rows = [["战略支柱 4", "", "", ""]]
    for label in RESULTS:
        budget = rng.randrange(8_000, 60_000)
        spent = budget - rng.randrange(-800, 4_000)
        rows.append([label, money(budget), money(spent), pct(spent, budget)])
    rows.append(["总计", "98,765", "91,234", "92%"])
    return rows


def aligned_rows(valign: VAlign, stripes: bool) -> Generator:
    """14-19. Labels wrapped over two or three lines, the figures printed on the first, the
    middle or the last line of the label (cells aligned to the top, middle or bottom of
    the row, as Word and LibreOffice print them), unruled, with or without stripes; a section
    row with no figures first and a one-line total last."""
    def layout(path: Path) -> list[ExpectedTable]:
        doc = Doc(path, page_label=20)
        top = doc.paragraph(62, "下表按预期成果列出资源和支出。")
        caption = "表7. 2022/23 年按预期成果开列的支出"
        top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
        cols = columns(doc.left + 5, [190, 100, 100, 86], "lrrr")
        header = ["预期成果", "核定预算", "2022/23 年支出", "预算利用情况"]
        rows = _result_rows(7)
        stripe = (lambda i: i % 2 == 1) if stripes else (lambda i: False)
        top = striped_table(doc, top + 4, [header], rows, cols, Printing(valign=valign, stripe=stripe))
        doc.paragraph(top + 16, NOTE)
        doc.save()
        return [ExpectedTable.printed(caption, [header], rows)]
    return layout


ISSUE14_LAYOUTS.update({
    "section_rows_plain": section_rows_plain,
    **{f"{v}_aligned{'_striped' if s else ''}": aligned_rows(v, s)
       for v in ("top", "middle", "bottom") for s in (False, True)},
})


def draw_split_row(doc: Doc, top: float, cells: Sequence[str], cols: Sequence[Col], p: Printing,
                   keep: Sequence[int]) -> float:
    """One top-aligned row broken by the page end: column j keeps its first keep[j] lines on
    this page, the rest go to the top of the next. Returns where the next row starts."""
    style = p.style()
    wrapped = style.lines(doc, cells, cols)
    for lines, col, k in zip(wrapped, cols, keep):
        for i, line in enumerate(lines[:k]):
            doc.text(col.anchor(), top + p.vpad + p.size * 0.9 + i * p.leading, line, size=p.size,
                     align=col.align, latin=style.latin)
    doc.new_page()
    top, rest = 62.0, [lines[k:] for lines, k in zip(wrapped, keep)]
    for lines, col in zip(rest, cols):
        for i, line in enumerate(lines):
            doc.text(col.anchor(), top + p.vpad + p.size * 0.9 + i * p.leading, line, size=p.size,
                     align=col.align, latin=style.latin)
    return top + 2 * p.vpad + p.size * 1.1 + (max(len(ls) for ls in rest) - 1) * p.leading


def _trust_funds() -> list[list[str]]:
    donors = ["中国（人力资源）", "中国外交部（人力资源）", "法国（工业产权）", "法国（里斯本）", "意大利",
              "日本（版权）", "日本（工业产权）全球", "日本（初级专业干事）", "墨西哥", "大韩民国（工业产权）",
              "西班牙（工业产权）", "乌拉圭"]
    donors += [f"{name}（{'二三四五六七八九十'[n - 2]}期）" for n in range(2, 11) for name in ("瑞士", "芬兰", "德国", "葡萄牙")]
    rng = random.Random(20)
    rows = []
    for i, name in enumerate(donors):
        a, b = rng.randrange(40_000, 1_100_000), rng.choice([0, rng.randrange(50_000, 500_000)])
        rows.append([name, f"W{i:03d}", money(a), money(b or None), money(a + b - rng.randrange(0, 30_000))])
    return rows


def rows_over_breaks(path: Path) -> list[ExpectedTable]:
    """20. An unruled table over three pages whose narrow label column wraps: one row's label
    runs on at the top of the next page (its first line filled the column), and on the next
    break the renderer moved a row's label cell alone to the next page, its figures left at
    the foot of the page before."""
    doc = Doc(path, page_label=68)
    top = doc.paragraph(600, PARA)
    caption = "表10. 2023 年信托基金"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：瑞郎)")
    cols = columns(doc.left + 5, [58, 70, 110, 110, 110], "llrrr")
    header = ["捐助方", "代码", "2022 年底余额", "收到的款项", "2023 年底余额"]
    rows = _trust_funds()
    p = Printing(stripe=lambda i: False)
    top = draw_cells(doc, top + 4, header, cols, p, bold=True)
    top = draw_cells(doc, top, rows[0], cols, p)
    assert len(p.style().lines(doc, rows[1], cols)[0]) >= 2, "the label must wrap"
    top = draw_split_row(doc, top, rows[1], cols, p, keep=[1, 1, 1, 1, 1])
    moved = None
    for i, row in enumerate(rows[2:], start=2):
        if moved is None and top + 2 * p.style().height(doc, row, cols) > doc.height - 60:
            top, moved = draw_split_row(doc, top, row, cols, p, keep=[0, 1, 1, 1, 1]), i
            continue
        top = draw_cells(doc, top, row, cols, p)
    assert doc.page == 3 and moved is not None and moved < len(rows) - 2
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=3)]


ISSUE14_LAYOUTS["rows_over_breaks"] = rows_over_breaks


def one_striped_row(path: Path) -> list[ExpectedTable]:
    """21. A two-row table under a heading, unruled, only its second row striped, both rows'
    labels wrapped under top-aligned figures: the stripe marks one row, the table is both."""
    doc = Doc(path, page_label=87)
    top = doc.paragraph(62, "减少了 PCT 关键系统的中断事件（10%，相当于每年规避成本 10 万瑞郎）。")
    doc.text(doc.left, top + 9, "过渡期效益", size=9)
    cols = columns(doc.left + 5, [250, 80, 45, 45, 56], "llrrr")
    header = ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"]
    rows = [["提高 PCT 关键系统的服务水平和减少 PCT 关键系统的中断时间，提高可用性", "PCT 系统的可用性",
             "99.5%", "99.8%", "99.7%"],
            ["减少恶意或无意中披露或修改未公布申请/注册/专利信息的可能性，降低网络攻击的可能性",
             "暴露在网络威胁下的比例", "74.5%", "53.5%", "59.3%"]]
    top = striped_table(doc, top + 24, [header], rows, cols, Printing(stripe=lambda i: i % 2 == 1))
    doc.paragraph(top + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed("过渡期效益", [header], rows)]


ISSUE14_LAYOUTS["one_striped_row"] = one_striped_row


def contents_then_table(path: Path) -> list[ExpectedTable]:
    """22. Two unruled tables one under the other with stripes running on across both: a
    list of entries and page numbers, a wider gap, then rows with a column the first
    never uses. Apart by the gap and the new column, they are two tables."""
    doc = Doc(path, page_label=1)
    doc.text(doc.left, 80, "目 录", size=9)
    first = [["一、财务和成果概览", "5"], ["二、按战略支柱和预期成果开列的绩效", "23"], ["战略支柱 1", "23"],
             ["战略支柱 2", "27"], ["三、按部门开列的绩效综览图", "60"], ["四、附件", "68"],
             ["附件一 2022/23 年按部门开列的调剂使用后预算", "69"]]
    second = [["附件十三", "2022/23 年按预期成果开列的发展支出", "162"], ["附录 A", "方法", "163"],
              ["附录 B", "术语", "165"]]
    p = Printing(stripe=lambda i: i % 2 == 1)
    top = striped_table(doc, 96, [], first, columns(doc.left + 5, [430, 46], "lr"), p)
    top = striped_table(doc, top + 14, [], second, columns(doc.left + 5, [100, 330, 46], "llr"),
                        Printing(stripe=lambda i: i % 2 == 0))
    doc.paragraph(top + 24, PARA)
    doc.save()
    return [ExpectedTable.printed("目录", [["", ""]], first), ExpectedTable.printed("", [["", "", ""]], second)]


ISSUE14_LAYOUTS["contents_then_table"] = contents_then_table


def header_and_one_row_at_foot(path: Path) -> list[ExpectedTable]:
    """23. A table that starts at the foot of a page with its header and one row (unshaded,
    the label wrapped under top-aligned figures), the rest of its rows on the next page with
    no header repeated."""
    doc = Doc(path, page_label=50)
    top = doc.paragraph(630, "下表列出各预期成果的预算和支出。")
    doc.text(doc.left, top + 9, "表4. 按成果开列的预算和支出", size=9)
    doc.text(doc.left, top + 30, "(单位：千瑞郎)", size=9)
    cols = columns(doc.left + 5, [250, 80, 80, 66], "lrrr")
    header = ["预期成果", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"]
    rows = _result_rows(23)[1:]
    top = striped_table(doc, top + 44, [header], rows, cols, Printing(), break_after=0)
    assert doc.page == 2
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed("表4. 按成果开列的预算和支出", [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["header_and_one_row_at_foot"] = header_and_one_row_at_foot


def last_row_overleaf(path: Path) -> list[ExpectedTable]:
    """24. An unruled table whose last row (the total) is alone at the top of the next page,
    followed there by a title and another table."""
    doc = Doc(path, page_label=49)
    cols = columns(doc.left + 5, [250, 80, 80, 66], "lrrr")
    header = ["预期成果", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"]
    rows = _result_rows(24)[1:]
    top = doc.paragraph(560, "下表列出各预期成果的预算和支出。")
    doc.text(doc.left, top + 9, "表4. 按成果开列的预算和支出", size=9)
    top = striped_table(doc, top + 24, [header], rows, cols, Printing(), break_after=len(rows) - 2)
    assert doc.page == 2
    title = "表5. 预算和支出（人事和非人事）"
    doc.text(doc.left, top + 22, title, size=9)
    cost_header = ["费用类别", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"]
    cost = [["人事费", "134,345", "130,644", "123,423"], ["非人事费", "96,030", "95,986", "83,989"],
            ["总计", "230,374", "226,630", "207,412"]]
    top = striped_table(doc, top + 36, [cost_header], cost, cols, Printing())
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed("表4. 按成果开列的预算和支出", [header], rows, page_start=1, page_end=2),
            ExpectedTable.printed(title, [cost_header], cost, page_start=2, page_end=2)]


ISSUE14_LAYOUTS["last_row_overleaf"] = last_row_overleaf


def bold_rows_then_plain(path: Path) -> list[ExpectedTable]:
    """25. Unruled, one spacing throughout: two rows set in bold (the second with no label of
    its own), then one in regular weight whose cells never collide with the row above. A line
    in another weight is not a wrapped line of the row above. The bold rows are set as the
    header is: header rows, as a document marks its first rows and the report reads them."""
    doc = Doc(path, page_label=130)
    top = doc.paragraph(62, "效益实现情况见下表。")
    caption = "Table 9. Benefits realized"
    doc.text(doc.left, top + 9, caption, size=9, latin=True)
    cols = columns(doc.left + 5, [150, 130, 60, 80, 56], "lllrr")
    header = ["Benefit", "Indicator", "Baseline", "Target", "Result"]
    strong = [["Better data for internal clients", "Adoption rate (%)", "n/a", "80% of users", "-"],
              ["", "Datasets available", "0", "3", "-"]]
    plain = [["Data literacy and decisions", "Datasets defined (%)", "none yet", "half", "n/a"]]
    p = Printing(stripe=lambda i: False)
    top = draw_cells(doc, top + 24, header, cols, p, bold=True)
    for row in strong:
        top = draw_cells(doc, top, row, cols, p, bold=True)
    for row in plain:
        top = draw_cells(doc, top, row, cols, p)
    doc.paragraph(top + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header] + strong, plain)]


ISSUE14_LAYOUTS["bold_rows_then_plain"] = bold_rows_then_plain


def text_table_bold_header(path: Path) -> list[ExpectedTable]:
    """26. A table of text with no figures, no rules and no stripes under a heading: a bold
    header row, then rows whose cells stand under the header's, wrapped at the top."""
    doc = Doc(path, page_label=100)
    top = doc.paragraph(62, PARA)
    doc.text(doc.left, top + 9, "风险和减缓行动", size=9)
    cols = columns(doc.left + 5, [150, 100, 170, 56], "llll")
    header = ["Risk", "Evolution", "Mitigation", "Impact"]
    rows = [["难以确保/获得技术资源来进行项目工作，可能会影响项目的时间安排。", "该风险已出现。",
             "与其他业务部门合作，共享相关资源，减缓了这一风险。", "→"],
            ["高度依赖一批集中掌握新系统知识的人员，一旦他们离开本组织，可能会造成单点故障。",
             "该风险未出现；风险敞口在整年中保持稳定。", "为了确保知识不过于集中或丢失，所有开发都经过精心设计。", "→"]]
    top = striped_table(doc, top + 24, [header], rows, cols, Printing(stripe=lambda i: False))
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed("风险和减缓行动", [header], rows)]


ISSUE14_LAYOUTS["text_table_bold_header"] = text_table_bold_header


def striped_under_headings(path: Path) -> list[ExpectedTable]:
    """27. Striped tables of the same columns one after the other, each under two heading
    lines: the stripes of the second do not carry the first on over the headings."""
    doc = Doc(path, page_label=76)
    cols = columns(doc.left + 5, [200, 140, 136], "lrr")
    header = ["绩效指标", "2022 年", "2023 年"]
    bodies = [[["提高里斯本体系的运作效率和质量", "180", "207"], ["在线申请比例", "64%", "71%"],
               ["平均处理时间（天）", "41", "35"]],
              [["采取措施改进版权框架发展的国家数量", "3", "5"], ["培训人数", "120", "164"],
               ["满意度", "91%", "95%"]]]
    top = 62.0
    expected = []
    for heading, body in zip(["法国（里斯本）", "日本（版权）"], bodies):
        doc.text(doc.left, top + 9, heading, size=9)
        doc.text(doc.left, top + 31, "绩效数据", size=9)
        top = striped_table(doc, top + 44, [header], body, cols, Printing(stripe=lambda i: i % 2 == 1)) + 14
        expected.append(ExpectedTable.printed("绩效数据", [header], body))
    doc.paragraph(top, NOTE)
    doc.save()
    return expected


ISSUE14_LAYOUTS["striped_under_headings"] = striped_under_headings


def stripe_narrower_than_table(path: Path) -> list[ExpectedTable]:
    """28. A two-row table of text whose only stripe (on its second row) covers text that
    starts right of the first column: the stripe's width, not its text, says how wide the
    table is, so the first row (a result number in the first column) is the table's too."""
    doc = Doc(path, page_label=76)
    top = doc.paragraph(62, PARA)
    doc.text(doc.left, top + 9, "绩效数据", size=9)
    cols = columns(doc.left + 5, [24, 110, 230, 112], "llll")
    header = ["", "Indicator", "Results in 2023", "Beneficiaries"]
    rows = [["3.2", "产权组织全球知识产权体系、服务、知识和数据的生产率和服务质量得到提高", "", ""],
            ["", "提高里斯本体系的运作效率和质量", "为及时高效地处理、登记、通知和公布 207 件国际注册做出了贡献。", "里斯本联盟成员"]]
    top = striped_table(doc, top + 24, [header], rows, cols, Printing(stripe=lambda i: i == 1))
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed("绩效数据", [header], rows)]


ISSUE14_LAYOUTS["stripe_narrower_than_table"] = stripe_narrower_than_table


RISKS = [["难以确保/获得技术资源来进行项目工作，可能会影响项目的时间安排。", "该风险已出现。",
          "与其他业务部门合作，共享相关资源，减缓了这一风险。", "→"],
         ["高度依赖一批集中掌握新系统知识的人员，一旦他们离开本组织，可能会造成单点故障。",
          "该风险未出现；风险敞口在整年中保持稳定。", "所有开发都经过精心设计，得以一致和透明的方式重组。", "→"],
         ["需要对现有系统进行改造以支持修正后的要求，这将导致员工无法从事同时进行的工作包。",
          "该风险未出现。", "内部的密切协作有效地缓解了这一风险。", "→"],
         ["项目依赖于在整个组织建立共同解决方案，必要的协作可能会造成延误。", "持续密切监测该风险。",
          "确立由各业务单位主要联系人组成的核心小组，被证明有效。", "→"]]


def text_tables_back_to_back(path: Path) -> list[ExpectedTable]:
    """29. Two tables of text (bold header, striped second row) one right under the other,
    the first broken over a page with its second row alone at the top of page 2: the
    striped rows are rows though they hold no figures, and a row in regular weight above a
    bold header belongs to the table before."""
    doc = Doc(path, page_label=90)
    cols = columns(doc.left + 5, [150, 100, 170, 56], "llll")
    header = ["Risk", "Evolution", "Mitigation", "Impact"]
    p = Printing(stripe=lambda i: i % 2 == 1)
    top = doc.paragraph(640, "风险评估结果见下表。")
    doc.text(doc.left, top + 9, "风险和减缓行动", size=9)
    top = striped_table(doc, top + 24, [header], RISKS[:2], cols, p, break_after=0)
    assert doc.page == 2
    top = striped_table(doc, top + 10, [header], RISKS[2:], cols, p)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed("风险和减缓行动", [header], RISKS[:2], page_start=1, page_end=2),
            ExpectedTable.printed("", [header], RISKS[2:], page_start=2, page_end=2)]


ISSUE14_LAYOUTS["text_tables_back_to_back"] = text_tables_back_to_back


def figures_in_wrapped_cells(path: Path) -> list[ExpectedTable]:
    """30. A table of indicators whose narrow target column wraps "增长15%" so that the
    figure stands on the cell's second line, its second row striped: lines of figures one
    wrapped line apart are not rows one row apart, so the first row still reaches its
    header and the stripe its row above."""
    doc = Doc(path, page_label=97)
    top = doc.paragraph(62, PARA)
    doc.text(doc.left, top + 9, "效益实现", size=9)
    cols = columns(doc.left + 5, [150, 150, 100, 34, 42], "llrrr")
    header = ["Benefit", "Indicator", "Baseline", "Target", "Result"]
    rows = [["在产权组织面向外部的信通技术系统中提供统一的用户体验", "符合知识产权门户系统中的最低标准",
             "52%（2019 年 12 月）", "增长15%", "77%"],
            ["产权组织面向外部的信通技术系统更加方便用户使用", "用户满意度分数", "73%（2018 年 11 月）",
             "增长5%", "80%"]]
    assert p14_wraps(doc, rows[0][3], cols[3])
    top = striped_table(doc, top + 24, [header], rows, cols, Printing(stripe=lambda i: i == 1))
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed("效益实现", [header], rows)]


def p14_wraps(doc: Doc, text: str, col: Col) -> bool:
    return len(Printing().style().lines(doc, [text], [col])[0]) == 2


ISSUE14_LAYOUTS["figures_in_wrapped_cells"] = figures_in_wrapped_cells


def band_over_unruled_rows(path: Path) -> list[ExpectedTable]:
    """31. A dark header band (white bold text) over body rows with no rules or stripes,
    labels wrapped over two or three lines with the figures on the last (bottom-aligned,
    as LibreOffice prints them), rows set well apart: the band heads the rows below it."""
    doc = Doc(path, page_label=11)
    top = doc.paragraph(62, "下表按预期成果列出资源和支出。")
    caption = "表4. 2022/23 年按预期成果开列的支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
    cols = columns(doc.left + 5, [150, 110, 110, 106], "lrrr")
    header = ["预期成果", "2022/23 年计划和预算核定数额", "2022/23 年按预算编制的实际支出", "预算利用情况"]
    rows = _result_rows(31)[1:]
    head = Printing(size=9, vpad=6)
    style = head.style(True)
    height = style.height(doc, header, cols)
    assert max(len(ls) for ls in style.lines(doc, header, cols)) == 2, "the header must take two lines"
    doc.fill(cols[0].x0, top, cols[-1].x1, top + height, NAVY)
    for lines, col in zip(style.lines(doc, header, cols), cols):
        for i, text in enumerate(lines):
            doc.text(col.anchor(), top + head.vpad + 9 * 0.9 + i * head.leading, text, size=9, align=col.align,
                     bold=True, color=white)
    top = striped_table(doc, top + height, [], rows, cols,
                        Printing(size=9, leading=12.5, vpad=6, valign="bottom", stripe=lambda i: False))
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["band_over_unruled_rows"] = band_over_unruled_rows


def shaded_totals(path: Path) -> list[ExpectedTable]:
    """32. Booktabs rules (top, under the header, bottom) and a light shade behind the
    subtotal and total rows only: between two shaded rows several one-line rows stand with
    no rule between them, each its own row (two figures one above the other in a column
    are two cells, whatever the rules and shades leave unsaid)."""
    return _shaded_totals_page(path, [r for r in COST_SECTIONS if r[1]], bold_totals=False)


def _shaded_totals_page(path: Path, rows: list[list[str]], bold_totals: bool) -> list[ExpectedTable]:
    """Table 6 under booktabs rules, a light shade behind its subtotal and total rows (set in
    bold with `bold_totals`)."""
    doc = Doc(path, page_label=11)
    top = doc.paragraph(62, PARA)
    caption = "表6. 2022/23 年按费用类别开列的预算与支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：千瑞郎)")
    cols = columns(doc.left + 5, [130, 90, 110, 80, 66], "lrrrr")
    header = ["费用类别", "2022/23 年工作计划和预算", "调剂使用后最终预算", "2022/23 年支出", "利用情况"]
    p = Printing(valign="middle", stripe=lambda i: False)
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.2, black)
    top = draw_cells(doc, top, header, cols, p, bold=True)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.6, black)
    for row in rows:
        height = p.style().height(doc, row, cols)
        if "计" in row[0]:
            doc.fill(cols[0].x0, top, cols[-1].x1, top + height, ZEBRA)
        top = draw_cells(doc, top, row, cols, p, bold=bold_totals and "计" in row[0])
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.2, black)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["shaded_totals"] = shaded_totals


def spanners_in_first_cell(path: Path) -> list[ExpectedTable]:
    """33. An HTML table printed by a browser (the next edition's style): a navy band whose
    labels are centred in their cells and vertically; a label spanning several columns is
    printed in the first cell of its span, the cells after it left blank; a one-line child
    label centred in height beside children wrapped on two lines; the labels' header centred
    in a label column far wider than its labels."""
    doc = Doc(path, page_label=9)
    top = doc.paragraph(62, "发展支出总额见下表，包括发展议程项目的支出。")
    caption = "表7. 2022/23 年发展支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：千瑞郎)")
    cols = columns(doc.left, [160] + [53] * 6, "lrrrrrr")
    heads = [Col(c.x0, c.x1, "center") for c in cols]
    parents = ["部门", "2022/23 年核定预算", "", "", "2022/23 年支出", "", ""]
    children = ["", "总计", "发展议程项目", "含发展议程项目总计", "总计", "发展议程项目", "含发展议程项目总计"]
    data = [("专利和技术", 9_473, 0, 9_167, 0), ("品牌和外观设计", 10_563, 355, 9_807, 238),
            ("版权和创意产业", 19_214, 1_195, 19_957, 782), ("区域和国家发展", 65_171, 365, 61_155, 434)]
    rows = [[name, money(a), money(b) if b else "-", money(a + b), money(c), money(d) if d else "-", money(c + d)]
            for name, a, b, c, d in data]
    sums = [sum(r[i] for r in data) for i in range(1, 5)]
    rows.append(["总计", money(sums[0]), money(sums[1]), money(sums[0] + sums[1]),
                 money(sums[2]), money(sums[3]), money(sums[2] + sums[3])])
    white_bold = RowStyle(size=7, leading=8.5, vpad=3, bold=True, color=white)
    band_bottom = top + white_bold.height(doc, parents, heads) + white_bold.height(doc, children, heads)
    doc.fill(cols[0].x0, top, cols[-1].x1, band_bottom, NAVY)
    mid = white_bold.draw(doc, top, parents, heads, valign="middle")
    white_bold.draw(doc, mid, children, heads, valign="middle")
    top = band_bottom
    for row in rows:
        top = RowStyle(size=7, vpad=2.5).draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, grey)
    doc.paragraph(top + 14, "发展支出定义见 A/55/4。")
    doc.save()
    spans = ["部门"] + ["2022/23 年核定预算"] * 3 + ["2022/23 年支出"] * 3
    return [ExpectedTable.printed(caption, [spans, children], rows)]


ISSUE14_LAYOUTS["spanners_in_first_cell"] = spanners_in_first_cell


def table_after_figure_footnote(path: Path) -> list[ExpectedTable]:
    """34. A figure's caption (its chart an image, no text), then a footnote of the text above,
    then a table with no caption of its own (the style prints a unit line only, and this table
    has no unit): unruled rows, section rows with no figures, a bold header. The footnote
    closes the figure: the rows under it are a table, not the chart's labels."""
    doc = Doc(path, page_label=3)
    top = doc.paragraph(62, "2022/23 年里斯本费用收入达到 30 万瑞郎，本两年期里斯本体系申请量为 127 件^1，"
                            "比 2022/23 年概算低 15.3%。")
    doc.text(doc.left, top + 24, "图一. 2022/23 年按来源开列的收入比例", size=10.5, bold=True)
    doc.text(doc.left, top + 48, "^1 关于 PCT、马德里和海牙体系的需求变化情况请参见表 3。", size=7)
    cols = columns(doc.left + 5, [170, 100, 100, 106], "lrrr")
    header = ["", "2022/23 年计划和预算需求概算", "2022/23 年实际数", "2022/23 年实际数与计划和预算的差异"]
    rows = [["PCT 体系", "", "", ""], ["提交的国际申请", "593,800", "550,232", "93%"],
            ["马德里体系", "", "", ""], ["申请", "145,200", "133,222", "92%"],
            ["注册", "138,700", "132,207", "95%"], ["续展", "66,400", "77,910", "117%"],
            ["海牙体系", "", "", ""], ["申请", "15,470", "16,543", "107%"],
            ["注册", "14,620", "16,091", "110%"]]
    p = Printing(size=9, leading=12, vpad=6, stripe=lambda i: False)
    top = striped_table(doc, top + 62, [header], rows, cols, p)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed("图一. 2022/23 年按来源开列的收入比例", [header], rows)]


ISSUE14_LAYOUTS["table_after_figure_footnote"] = table_after_figure_footnote


def pixel_snapped_wraps(path: Path) -> list[ExpectedTable]:
    """35. A browser's table: every line placed on whole device pixels (0.75 pt), so the two
    lines of one wrapped label stand 8.25 or 9.0 points apart where the leading is 8.6;
    booktabs rules, a shaded header, labels wrapped beside top-aligned figures, no rule
    between the rows. Each wrapped label's second line stays in its row."""
    doc = Doc(path, page_label=57)
    top = doc.paragraph(62, "下表按预期成果列出 2022/23 年的预算和支出。")
    caption = "表8. 2022/23 年按预期成果开列的预算和支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：千瑞郎)")
    cols = columns(doc.left, [190, 90, 90, 80], "lrrr")
    header = ["预期成果", "2022/23 年核定预算", "2022/23 年支出", "预算利用情况"]
    rng = random.Random(35)
    labels = RESULTS + ["4.2 兼顾各方利益的有效知识产权生态系统", "5.1 通过充满活力的组织文化为秘书处赋能，"
                        "提供适当的资源和培训，使工作卓有成效"]
    rows = []
    for label in labels:
        budget = rng.randrange(3_000, 90_000)
        spent = budget - rng.randrange(-500, 3_000)
        rows.append([label, money(budget), money(spent), pct(spent, budget)])
    size, leading, vpad = 7.0, 8.6, 1.3

    def snap(y: float) -> float:
        return round(y / 0.75) * 0.75

    def draw(y: float, cells: Sequence[str], shade: bool = False) -> float:
        wrapped = [doc.wrap(s, c.x1 - c.x0 - 2 * c.pad, size, latin=True) for s, c in zip(cells, cols)]
        bottom = y + 2 * vpad + size * 1.1 + (max(len(ls) for ls in wrapped) - 1) * leading
        if shade:
            doc.fill(cols[0].x0, y + 0.5, cols[-1].x1, bottom, ZEBRA)
        for lines, col in zip(wrapped, cols):
            for i, text in enumerate(lines):
                doc.text(col.anchor(), snap(y + vpad + size * 0.9 + i * leading), text, size=size,
                         align=col.align, latin=True)
        return bottom

    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    top = draw(top, header, shade=True)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.6, black)
    assert any(len(doc.wrap(r[0], cols[0].x1 - cols[0].x0 - 8, size, latin=True)) == 2 for r in rows)
    for row in rows:
        top = draw(top, row)
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["pixel_snapped_wraps"] = pixel_snapped_wraps


def shaded_totals_open_end(path: Path) -> list[ExpectedTable]:
    """36. Booktabs rules over and under the header, a shade behind the total rows only, rows
    set far apart (the space between two rows wider than a line), centred figures: the page
    breaks after more rows than the last shade, with no rule to close the table there; the
    rows after the last shade are the same table's, and so is its end on the next page."""
    doc = Doc(path, page_label=3)
    top = doc.paragraph(440, PARA)
    caption = "表1. 2022/23 年主要财务数据 (单位: 百万瑞郎)"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left + 5, [170, 100, 100, 106], "lccc")
    header = ["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数", "差异"]
    rows = [["收入总额", "951.8", "972.2", "102%"], ["人事支出", "476.5", "449.4", "94%"],
            ["非人事支出", "317.3", "293.3", "92%"], ["支出总额", "793.8", "742.8", "94%"],
            ["经营成果", "99.7", "172.5", ""], ["储备金供资的项目", "34.5", "21.4", "62%"],
            ["特别账户会费", "19.5", "16.7", "86%"], ["特别账户支出", "19.5", "17.4", "90%"],
            ["投资收益/(损失)", "-", "(36.0)", ""], ["盈余/(赤字)", "70.8", "121.5", ""]]
    p = Printing(size=9, leading=12, vpad=5.5, valign="middle", stripe=lambda i: False)
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.2, black)
    top = draw_cells(doc, top, header, cols, p, bold=True)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.6, black)
    for i, row in enumerate(rows):
        height = p.style().height(doc, row, cols)
        if i == 7:
            doc.new_page()
            top = 62.0
        if "总额" in row[0]:
            doc.fill(cols[0].x0, top, cols[-1].x1, top + height, ZEBRA)
        top = draw_cells(doc, top, row, cols, p)
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.2, black)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["shaded_totals_open_end"] = shaded_totals_open_end


def grid_centred_years(path: Path) -> list[ExpectedTable]:
    """37. A full grid (a browser's bordered table, landscape): two spanners over three
    columns each, the years under them centred in wide columns, the figures right-aligned,
    clear of the years above them, a section row first (the first rows hold no figures). Each ruled column is one column: a year beside the
    figures is their header, not a column of labels."""
    doc = Doc(path, pagesize=landscape(A4), page_label=70)
    top = doc.paragraph(62, "下表列出按来源开列的收入概算和更新后的收入概算。")
    caption = "附件二 2022/23 年收入概算"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：千瑞郎)")
    cols = columns(doc.left, [140] + [92] * 6, "lrrrrrr")
    heads = [Col(c.x0, c.x1, "center") for c in cols]
    parents = ["收入", "2022/23 年收入概算", "", "", "2022/23 年更新后收入概算", "", ""]
    years = ["", "2022 年", "2023 年", "2022/23 年", "2022 年", "2023 年", "2022/23 年"]
    data = [("PCT", 362_434, 374_490, 376_600, 366_280), ("马德里", 78_451, 81_510, 87_140, 83_550),
            ("海牙", 5_833, 6_393, 6_680, 7_610), ("里斯本", 75, 75, 75, 75)]
    rows = [["规费", "", "", "", "", "", ""]]
    rows += [[name, money(a), money(b), money(a + b), money(c), money(d), money(c + d)] for name, a, b, c, d in data]
    style = RowStyle(size=7.5, leading=9, vpad=5)
    x_rules = [c.x0 for c in cols] + [cols[-1].x1]

    def vline(x: float, y0: float, y1: float) -> None:
        doc.canvas.setStrokeColor(black)
        doc.canvas.setLineWidth(0.5)
        doc.canvas.line(x, doc.height - y0, x, doc.height - y1)

    first = top
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
    # The parents centred over their three columns, in one cell each.
    height = style.height(doc, parents[:1], cols[:1])
    doc.text((cols[0].x0 + cols[0].x1) / 2, top + 5 + 7.5 * 0.9, parents[0], size=7.5, align="center")
    for start in (1, 4):
        doc.text((cols[start].x0 + cols[start + 2].x1) / 2, top + 5 + 7.5 * 0.9, parents[start], size=7.5,
                 align="center")
    parent_bottom = top + height
    doc.hline(cols[0].x0, cols[-1].x1, parent_bottom, 0.5, black)
    top = style.draw(doc, parent_bottom, years, heads)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
    for row in rows:
        top = style.draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
    for i, x in enumerate(x_rules):
        vline(x, first if i in (0, 1, 4, 7) else parent_bottom, top)
    doc.paragraph(top + 16, "收入概算见计划和预算文件。")
    doc.save()
    spans = ["收入"] + ["2022/23 年收入概算"] * 3 + ["2022/23 年更新后收入概算"] * 3
    return [ExpectedTable.printed(caption, [spans, years], rows)]


ISSUE14_LAYOUTS["grid_centred_years"] = grid_centred_years


def contents_grid_wrapped(path: Path) -> list[ExpectedTable]:
    """38. A table of contents in a full grid, its entry column narrow: annex titles wrap over
    two or three lines, the first of which reads like a caption ("附件一2022/23年按部"), the
    page number on the last line (cells aligned at the bottom). Inside a grid's frame no line
    is a caption. A second grid set close under it, its own frame, is another table."""
    doc = Doc(path, page_label=1)
    doc.text(doc.left, 80, "目 录", size=10)
    first = [["三、按部门开列的绩效综览图", "60"], ["行政、财务和管理", "67"], ["四、附件", "68"],
             ["附件一2022/23年按部门开列的调剂使用后预算", "69"], ["附件二2022/23年收入概算", "70"],
             ["附件三按部门开列的2022/23年核定预算和调剂使用后预算", "71"],
             ["附件四2022/23年按预期成果开列的预算和资源利用情况", "72"], ["附件五按部门开列的2022/23年员额", "73"]]
    second = [["附件十三", "2022/23 年按预期成果开列的发展支出", "162"], ["附录 A", "方法", "163"],
              ["附录 B", "术语", "165"]]
    style = RowStyle(size=8.5, leading=12.75, vpad=4)

    def grid(top: float, rows: list[list[str]], cols: list[Col]) -> float:
        start = top
        top = style.ruled_rows(doc, top, rows, cols, 0.5)
        for x in [c.x0 for c in cols] + [cols[-1].x1]:
            doc.canvas.setLineWidth(0.5)
            doc.canvas.line(x, doc.height - start, x, doc.height - top)
        return top

    top = grid(96, first, columns(doc.left, [105, 370], "lr"))
    assert any(len(doc.wrap(r[0], 97, 8.5, True)) >= 3 for r in first)
    top = grid(top + 10, second, columns(doc.left, [105, 270, 100], "llr"))
    doc.paragraph(top + 24, PARA)
    doc.save()
    return [ExpectedTable.printed("目录", [["", ""]], first), ExpectedTable.printed("", [["", "", ""]], second)]


ISSUE14_LAYOUTS["contents_grid_wrapped"] = contents_grid_wrapped


def word_processor_wraps(path: Path) -> list[ExpectedTable]:
    """39. A word processor's table with no rules under a dark header band: long labels wrapped over two to five lines
    in a narrow column, the figures on the last line (cells aligned at the bottom), lines
    set wide apart, each a little taller or shorter than the next (a line with Latin text
    or full-width brackets in it is set taller: 21.5 to 24.6 points where the leading is 23),
    the rows 31 apart. Each row's lines
    stay together: what decides is the spacing the lines keep, not a point's difference."""
    doc = Doc(path, page_label=213)
    top = doc.paragraph(62, "下表列出各项目活动的预算和支出。")
    caption = "表9. 2022/23 年按活动开列的预算和支出 (单位：瑞郎)"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left, [115, 90, 90, 90], "lrrr")
    header = ["活动", "核定预算", "调剂后预算", "支出"]
    labels = ["提供与所选 RSP 架构一致的 PCT 组织设计", "启动以选定设计实施为基础的 PCT 组织转型",
              "就复原力安全平台基于云的安全解决方案（服务基础设施、服务平台、服务软件）提供相关性分析",
              "开展软件应用架构评估和审查", "依据 MSP 框架最终确定“计划界定”阶段"]
    rng = random.Random(39)
    rows = []
    for label in labels:
        a = rng.randrange(50_000, 900_000)
        b = a - rng.randrange(0, 50_000)
        rows.append([label, money(a), money(b), money(b - rng.randrange(0, 20_000))])
    size, leading = 11.0, 23.0
    head = RowStyle(size=size, leading=leading, vpad=4, bold=True, color=white)
    doc.fill(cols[0].x0, top, cols[-1].x1, top + head.height(doc, header, cols), NAVY)
    y = head.draw(doc, top, header, cols) + 8
    offsets = iter([-1.5, 0.9, -0.8, 1.6, 0.9, -0.9] * 5)   # each line's own height, as measured
    for row in rows:
        lines = doc.wrap(row[0], cols[0].x1 - cols[0].x0 - 8, size)
        assert 2 <= len(lines) <= 5
        baseline = y + size
        for i, text in enumerate(lines):
            if i:
                baseline += leading + next(offsets)
            doc.text(cols[0].anchor(), baseline, text, size=size)
        for cell, col in zip(row[1:], cols[1:]):
            doc.text(col.anchor(), baseline, cell, size=size, align=col.align, latin=True)
        y = baseline + 31 - size
    doc.paragraph(y + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["word_processor_wraps"] = word_processor_wraps


def contents_wrapped(valign: VAlign) -> Generator:
    """40-41. A table of contents with no rules, its entry column narrow: annex titles wrap
    over two or three lines, the first of which reads like a caption ("附件一 2022/23 年按部门开"),
    the page number beside the middle or the last line of its entry (cells aligned at the
    middle or the bottom, as a word processor sets them), the lines of an entry closer than
    the entries. A caption-like line whose entry's figure stands beside it, or on a line set
    as close under it as the entry's own lines, is a row, not a caption."""
    def layout(path: Path) -> list[ExpectedTable]:
        doc = Doc(path, page_label=1)
        doc.text(doc.left, 80, "目 录", size=10)
        rows = [["战略支柱 4", "41"], ["行政、财务和管理", "67"], ["四、附件", "68"],
                ["附件一2022/23年按部门开列的调剂使用后预算", "69"], ["附件二2022/23年收入概算", "70"],
                ["附件三按部门开列的2022/23年核定预算和调剂使用后预算", "71"],
                ["附件四2022/23年按预期成果开列的预算和资源利用情况", "72"],
                ["附件五按部门开列的2022/23年员额", "73"], ["附件七PCT体系指标", "75"]]
        cols = columns(doc.left, [120, 190], "lr")
        assert any(len(doc.wrap(r[0], 112, 9.5)) >= 3 for r in rows)
        p = Printing(size=9.5, leading=14.5, vpad=4.0, valign=valign, stripe=lambda i: False)
        top = striped_table(doc, 96, [], rows, cols, p)
        doc.paragraph(top + 24, PARA)
        doc.save()
        return [ExpectedTable.printed("目录", [["", ""]], rows)]
    return layout


ISSUE14_LAYOUTS.update({f"contents_wrapped_{v}": contents_wrapped(v) for v in ("middle", "bottom")})


def contents_ruled_rows(path: Path) -> list[ExpectedTable]:
    """42. A table of contents ruled by horizontal lines only, a rule under every row, its
    entry column narrow (titles wrap, the page number on the last line), and a second table
    of three columns set a little under it: less than a line of blank page between the last
    rule of one and the first of the other, which no row of a table leaves (a row holds a
    line of text at least). Two tables."""
    doc = Doc(path, page_label=1)
    doc.text(doc.left, 80, "目 录", size=10)
    first = [["四、附件", "68"], ["附件一2022/23年按部门开列的调剂使用后预算", "69"], ["附件二2022/23年收入概算", "70"],
             ["附件十一2023年基本建设总计划进展报告", "109"], ["附件十二预期成果3.1推广全球知识产权体系相关资源细目", "161"]]
    second = [["附件十三", "2022/23 年按预期成果开列的发展支出", "162"], ["附录 A", "方法", "163"],
              ["附录 B", "术语", "165"]]
    style = RowStyle(size=8.0, leading=10.0, vpad=2.5)

    top = style.ruled_rows(doc, 96, first, columns(doc.left, [180, 290], "lr"), 0.6)
    assert any(len(doc.wrap(r[0], 172, 8.0, True)) >= 2 for r in first)
    top = style.ruled_rows(doc, top + 9, second, columns(doc.left, [105, 270, 95], "llr"), 0.6)
    doc.paragraph(top + 24, PARA)
    doc.save()
    return [ExpectedTable.printed("目录", [["", ""]], first), ExpectedTable.printed("", [["", "", ""]], second)]


ISSUE14_LAYOUTS["contents_ruled_rows"] = contents_ruled_rows


def spanners_set_far_above(path: Path) -> list[ExpectedTable]:
    """43. A wide table set small (6.5 pt) at a word processor's wide line spacing, no rules:
    the header rows shaded, a spanner centred over each pair of columns ("合计" over 预算 and
    实际数), clear of both its children, on a line nearly four times its size above them. The spanner heads the
    pair however far its line is set: the level under it is its children's."""
    doc = Doc(path, pagesize=landscape(A4), page_label=74)
    caption = "附件六 2022/23 年按联盟开列的主要财务数据"
    top = doc.caption(doc.paragraph(58, PARA) + 6, caption)
    cols = columns(doc.left, [180, *[46] * 6], "l" + "c" * 6)
    spanners = ["会费供资联盟", "PCT 联盟", "合计"]
    children = ["预算", "实际数"] * 3
    rng = random.Random(43)
    rows = [[label, *[money(rng.randrange(1_000, 900_000)) for _ in children]]
            for label in ["IPSAS 调整后收入", "直接联盟", "直接行政", "支出合计"]]
    size, y = 6.5, top + 20
    doc.fill(cols[0].x0, y - 14, cols[-1].x1, y + 40, LIGHT_BAND)   # the header rows shaded
    doc.text(cols[0].anchor(), y, "主要财务数据 (单位: 千瑞郎)", size=size)
    for i, name in enumerate(spanners):
        doc.text((cols[1 + 2 * i].x0 + cols[2 + 2 * i].x1) / 2, y, name, size=size, align="center")
    y += 31
    for name, col in zip(children, cols[1:]):
        doc.text(col.anchor(), y, name, size=size, align=col.align)
    for row in rows:
        y += 24.5
        for text, col in zip(row, cols):
            doc.text(col.anchor(), y, text, size=size, align=col.align, latin=True)
    doc.paragraph(y + 24, NOTE)
    doc.save()
    header = [["主要财务数据 (单位: 千瑞郎)", *[s for s in spanners for _ in range(2)]], ["", *children]]
    return [ExpectedTable.printed(caption, header, rows)]


ISSUE14_LAYOUTS["spanners_set_far_above"] = spanners_set_far_above


def marker_on_its_own_line(path: Path) -> list[ExpectedTable]:
    """44. A word processor's table with no rules, its header on a dark band: labels wrapped over two lines set wide apart, the figures
    set at the middle of the row, and one label's footnote marker wrapped onto a line of its
    own ("⁷⁰" under "交付 RSP 底层设计混合云架构"). A marker alone is no footnote: the rows
    under it are the table's still."""
    doc = Doc(path, page_label=145)
    top = doc.paragraph(62, "下表列出各项目活动的预算和支出。")
    caption = "表9. 2022/23 年按活动开列的预算和支出 (单位：瑞郎)"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left, [150, 90, 90, 90], "lrrr")
    header = ["活动", "核定预算", "调剂后预算", "支出"]
    labels = [["为 PCT 实施企业（VDI）解决方", "案"], ["依据 MSP 框架管理并交付 RSP", "项目的第一批"],
              ["交付混合云托管环境"], ["交付 RSP 底层设计混合云架构", "^70"],
              ["将 PCT 信息技术系统迁移到", "PCT 混合云基础架构中^71"], ["进行 PCT 应用程序软件改造和", "现代化建设"]]
    rng = random.Random(44)
    size, leading, y = 10.5, 19.5, top + 20
    doc.fill(cols[0].x0, y - 14, cols[-1].x1, y + 6, NAVY)   # the header row on a dark band
    for text, col in zip(header, cols):
        doc.text(col.anchor(), y, text, size=size, align=col.align, bold=True, color=white)
    rows = []
    for lines in labels:
        y += 32
        figures = [money(rng.randrange(50_000, 900_000)) for _ in cols[1:]]
        for i, text in enumerate(lines):
            doc.text(cols[0].anchor(), y + i * leading, text, size=size)
        for text, col in zip(figures, cols[1:]):   # at the middle of the row
            doc.text(col.anchor(), y + (len(lines) - 1) * leading / 2, text, size=size, align=col.align, latin=True)
        y += (len(lines) - 1) * leading
        rows.append(["".join(lines), *figures])
    doc.paragraph(y + 44, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["marker_on_its_own_line"] = marker_on_its_own_line


def booktabs_open_sections(path: Path) -> list[ExpectedTable]:
    """45. Booktabs rules (a rule over the header, one under it and the first section label,
    the closing rule overleaf)
    and rows set as far apart as a line: section labels with no figures ("B. 非人事费",
    "实习和产权组织研究金") under the last rows of the page, then a row of figures, then the
    page ends. The section labels are rows of the table, not text after it, and the rows
    overleaf, no header repeated, go on with it."""
    doc = Doc(path, page_label=7)
    top = doc.paragraph(470, PARA)
    caption = "表6. 2022/23 年按费用类别开列的预算与支出 (单位：千瑞郎)"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left, [170, 80, 80, 80, 66], "lrrrr")
    header = ["", "2022/23 年工作计划和预算", "2022/23 年调剂使用后最终预算", "2022/23 年支出", "预算利用情况"]
    p = Printing(size=9.0, leading=14.0, vpad=5.0, stripe=lambda i: False, head_bold=False)
    x0, x1 = cols[0].x0, cols[-1].x1
    doc.hline(x0, x1, top, 1.0, black)
    top = draw_cells(doc, top, header, cols, p)
    for i, row in enumerate(COST_SECTIONS):
        if i == 10:
            doc.new_page()
            top = 62.0
        top = draw_cells(doc, top, row, cols, p)
        if i == 0:   # the rule under the header drawn under the first section label
            doc.hline(x0, x1, top, 0.5, black)
    doc.hline(x0, x1, top, 1.0, black)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], COST_SECTIONS, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["booktabs_open_sections"] = booktabs_open_sections


def middle_row_overleaf(path: Path) -> list[ExpectedTable]:
    """46. No rules, figures set at the middle of their row and centred in their columns,
    labels wrapped over two lines, the header not repeated: the page overleaf begins with a row whose figures stand
    between the two lines of its label, then the total. The figures alone ("-" centred where
    the total's figures are wider), the label's lines left of them, and the total are rows
    of the table begun on page 1."""
    doc = Doc(path, page_label=6)
    top = doc.paragraph(62, PARA)
    caption = "表4. 2022/23 年按预期成果开列的支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 千瑞郎)")
    cols = columns(doc.left, [170, 90, 90, 86], "lccc")
    header = ["预期成果", "核定预算", "支出", "利用率"]
    rows = _result_rows(46)[1:-1] + [["5.3 健全、审慎的财务管理以及有效的组织治理和监督", "-", "44,163", "44,163"],
                                     ["总计", "98,765", "91,234", "92%"]]
    p = Printing(size=8.0, leading=12.3, valign="middle", stripe=lambda i: False)
    assert len(doc.wrap(rows[-2][0], 170 - 8, 8.0)) == 2
    top = striped_table(doc, top + 4, [header], rows, cols, p, break_after=len(rows) - 3)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["middle_row_overleaf"] = middle_row_overleaf


CONTENTS_ANNEXES = [["四、附件", "68"], ["附件一 2022/23 年按部门开列的调剂使用后预算", "69"],
                    ["附件二 2022/23 年收入概算", "70"], ["附件三按部门开列的2022/23 年核定预算和调剂使用后预算", "71"],
                    ["附件四 2022/23 年按预期成果开列的预算和资源利用情况", "72"],
                    ["附件五按部门开列的2022/23 年员额", "73"], ["附件六 2022/23 年按联盟开列的主要财务数据", "74"],
                    ["附件七 PCT 体系指标", "75"], ["附件八马德里业务指标", "81"]]
CONTENTS_APPENDIX = [["附件十三", "2022/23 年按预期成果开列的发展支出", "162"], ["五、附录", "163", ""],
                     ["附录 A", "方法", "163"]]


def contents_middle_over_break(path: Path) -> list[ExpectedTable]:
    """47. A table of contents with no rules or stripes, its entry column narrow, cells aligned
    in the middle of their rows: annex titles wrap over two or three lines, the first reading
    like a caption ("附件一 2022/23 年按部"), the page number alone between two of them or on
    the middle one; the list goes on overleaf, nothing repeated. Under it a three-column list
    whose first row's middle cell wraps round its figure, and whose second row has its figure
    in the middle column: one table of contents over two pages, and a second table."""
    doc = Doc(path, page_label=1)
    p = Printing(size=10.0, leading=16.0, vpad=7.0, valign="middle", stripe=lambda i: False)
    doc.text(doc.left, 80, "目 录", size=12)
    cols = columns(doc.left + 5, [120, 200], "lc")
    assert {len(p.style().lines(doc, r, cols)[0]) for r in CONTENTS_ANNEXES} >= {1, 2, 3}
    top = striped_table(doc, 96, [], CONTENTS_ANNEXES, cols, p, break_after=5)
    assert doc.page == 2
    wide = columns(doc.left + 5, [80, 110, 130], "lcc")
    assert len(p.style().lines(doc, CONTENTS_APPENDIX[0], wide)[1]) == 2
    top = striped_table(doc, top + 2 * p.vpad, [], CONTENTS_APPENDIX, wide, p)
    doc.text(doc.left, top + 30, "一、 财务和成果概览", size=12)
    doc.paragraph(top + 44, PARA)
    doc.save()
    return [ExpectedTable.printed("目录", [["", ""]], CONTENTS_ANNEXES, page_end=2),
            ExpectedTable.printed("", [["", "", ""]], CONTENTS_APPENDIX, page_start=2, page_end=2)]


ISSUE14_LAYOUTS["contents_middle_over_break"] = contents_middle_over_break


def contents_booktabs_pair(path: Path) -> list[ExpectedTable]:
    """48. Two tables in booktabs rules one right under the other, less than a line apart: the
    bottom rule of the first and the top rule of the second with nothing between them are
    where one ends and the next begins. The second's short labels end alike (no wrapping to
    learn its column's width from) and its middle row has its figure in the middle column."""
    doc = Doc(path, page_label=1)
    doc.text(doc.left, 80, "目 录", size=12)
    first = [["一、财务和成果概览", "5"], ["二、按战略支柱和预期成果开列的绩效", "23"], ["四、附件", "68"],
             ["附件一 2022/23 年按部门开列的调剂使用后预算", "69"], ["附件二 2022/23 年收入概算", "70"]]
    style = RowStyle(size=10, leading=13, vpad=6.5)

    def booktabs(top: float, rows: list[list[str]], cols: list[Col]) -> float:
        doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
        for row in rows:
            top = style.draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
        return top

    top = booktabs(92, first, columns(doc.left + 5, [300, 60], "lc"))
    wide = columns(doc.left + 5, [110, 200, 160], "lcc")
    assert abs(doc.measure(CONTENTS_APPENDIX[0][0], 10) - doc.measure(CONTENTS_APPENDIX[1][0], 10)) < 10
    top = booktabs(top + 9, CONTENTS_APPENDIX, wide)
    doc.paragraph(top + 24, PARA)
    doc.save()
    return [ExpectedTable.printed("目录", [["", ""]], first), ExpectedTable.printed("", [["", "", ""]], CONTENTS_APPENDIX)]


ISSUE14_LAYOUTS["contents_booktabs_pair"] = contents_booktabs_pair


def shaded_totals_sections(path: Path) -> list[ExpectedTable]:
    """49. Booktabs rules and a light shade behind the subtotal and total rows only, as in 32,
    with a shaded subtotal after every one or two rows, so that most of the row gaps have a
    shade's edge: the section labels between (regular weight, no figures, one to a line, two
    of them one under the other) are rows of their own, not the start of the row under them.
    Where two rows of figures stand with no edge between them, the shades mark some rows only."""
    rows = [["A. 人事费", "", "", "", ""], ["员额", "451,089", "431,306", "428,758", "95%"],
            ["临时工作人员", "14,897", "27,279", "19,025", "128%"], ["A 项共计", "476,484", "463,288", "449,428", "94%"],
            ["B. 非人事费", "", "", "", ""], ["实习和产权组织研究金", "", "", "", ""],
            ["实习", "1,543", "1,309", "1,021", "66%"], ["小计", "15,006", "18,125", "16,583", "111%"],
            ["差旅、培训和补助金", "", "", "", ""], ["工作人员出差", "10,617", "8,086", "6,208", "58%"],
            ["小计", "26,254", "22,234", "19,158", "73%"], ["订约承办事务", "", "", "", ""],
            ["会议", "8,381", "8,741", "7,903", "94%"], ["小计", "212,364", "228,160", "197,315", "93%"],
            ["总计", "793,792", "793,792", "742,767", "94%"]]
    return _shaded_totals_page(path, rows, bold_totals=True)


ISSUE14_LAYOUTS["shaded_totals_sections"] = shaded_totals_sections


def heading_wraps_below(path: Path) -> list[ExpectedTable]:
    """50. A long heading over the label column, in a narrow column, wraps to more lines than
    the headings over the figures (cells aligned at the top): its last lines stand under them,
    in the label column only, part of the header, not a first row. Under booktabs rules the
    rule that closes the header says so; in the unruled copy below, the bracket of the unit
    "(单位：千瑞郎)" the heading opened on a line beside the figures' headings and closes
    under them. In the third, cells set at the middle, the figures' headings stand between the
    heading's lines, the last of them under a line with none of the heading's text."""
    doc = Doc(path, page_label=147)
    top = doc.paragraph(62, PARA)
    p = RowStyle(size=7, leading=8.5, vpad=3)
    figures = ["2022/23 年核定预算", "2022/23 调剂使用后最终预算", "2022/23 年支出"]
    rows = [["专利", "3,067", "3,607", "3,647"], ["马德里", "10,161", "10,290", "9,934"],
            ["海牙", "2,438", "2,133", "2,030"], ["总计", "15,666", "16,030", "15,611"]]
    tables = []
    long = "预期成果 3.1 产权组织的全球知识产权体系、服务、知识和数据得到更广泛、更有效的使用"
    short = ["核定预算", "最终预算", "支出"]   # one line each, set at the middle of four
    for caption, heading, heads, label_width, ruled, valign in (
            ("附件十二 预期成果 3.1 推广全球知识产权体系相关资源细目", long, figures, 70, True, "top"),
            ("附件十三 按预期成果开列的资源", "预期成果（单位：千瑞郎）", figures, 40, False, "top"),
            ("附件十四 预期成果 3.1 的资源", long, short, 80, True, "middle")):
        cols = columns(doc.left + 5, [label_width, 70, 70, 70], "lrrr")
        header = [heading] + heads
        wrapped = p.lines(doc, header, cols)
        assert len(wrapped[0]) > max(len(w) for w in wrapped[1:]), "the heading must wrap below the others"
        top = doc.caption(top + 10, caption)
        if ruled:
            doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
        top = p.draw(doc, top, header, cols, valign=valign)
        if ruled:
            doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
        for row in rows:
            top = p.draw(doc, top, row, cols)
        if ruled:
            doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
        top = doc.paragraph(top + 14, NOTE)
        tables.append(ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=1))
    doc.save()
    return tables


ISSUE14_LAYOUTS["heading_wraps_below"] = heading_wraps_below


def tall_leading_grid(path: Path) -> list[ExpectedTable]:
    """51. A word processor's grid in a font with a tall line (LibreOffice, WenQuanYi): every
    row ruled, a cell's lines set further apart than a line's height and a little (16.6 pt at
    9 pt), as the wrapped labels of the body show. A heading wrapped over two lines
    ("经调整的项目" / "预算") is one header cell, not a parent over a child."""
    doc = Doc(path, page_label=116)
    top = doc.paragraph(62, PARA)
    caption = "表9. 截至 2023 年 12 月 31 日的资源利用情况"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：瑞郎)")
    cols = columns(doc.left, [170, 55, 55, 55, 60], "lrrrr")
    heads = [Col(c.x0, c.x1, "center") for c in cols]
    header = ["交付成果", "项目预算", "经调整的项目预算", "支出", "预算利用情况"]
    rows = [["提供与所选 RSP 架构一致的 PCT 组织设计", "164,475", "164,475", "164,475", "100%"],
            ["启动以选定设计实施为基础的 PCT 组织转型，依据 MSP 框架管理并交付", "860,199", "534,135",
             "534,135", "100%"],
            ["开展软件应用架构评估和审查", "134,659", "83,913", "83,913", "100%"],
            ["交付混合云托管环境及 RSP 底层设计混合云架构", "300,000", "525,317", "525,317", "100%"],
            ["总计", "1,459,333", "1,307,840", "1,307,840", "100%"]]
    p = RowStyle(size=9, leading=16.6, vpad=2.1)
    assert len(p.lines(doc, header, heads)[2]) == 2 and len(p.lines(doc, rows[1], cols)[0]) >= 2
    x0, x1 = cols[0].x0, cols[-1].x1
    doc.hline(x0, x1, top, 0.5, black)
    top = p.draw(doc, top, header, heads)
    doc.hline(x0, x1, top, 0.5, black)
    for row in rows:
        top = p.draw(doc, top, row, cols)
        doc.hline(x0, x1, top, 0.5, black)
    doc.paragraph(top + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["tall_leading_grid"] = tall_leading_grid


def header_at_foot(path: Path) -> list[ExpectedTable]:
    """52. No rules, no shading: a table's caption, unit line and two-level header (a spanner
    over three children, headings wrapped) are the last lines of a page; all its rows are
    overleaf, the header not repeated. The rows take the header left at the foot, and the
    header's lines are no caption or title."""
    doc = Doc(path, page_label=85)
    top = doc.paragraphs_down_to(560)
    caption = "附件四 2022/23 年按预期成果开列的预算和资源利用情况"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：千瑞郎)")
    cols = columns(doc.left, [130, 62, 62, 50, 50, 50, 62], "lrrrrrr")
    heads = [Col(c.x0, c.x1, "center") for c in cols]
    parents = ["预期成果", "2022/23 年核定预算", "调剂使用后最终预算", "2022/23 年支出", "", "", "差异"]
    children = ["", "", "", "人事", "非人事", "总计", ""]
    p = RowStyle(size=8, leading=9.5, vpad=2, bold=True)
    spanner = [Col(cols[3].x0, cols[5].x1, "center")]
    p.draw(doc, top, [parents[i] for i in (0, 1, 2, 6)], [heads[i] for i in (0, 1, 2, 6)], valign="middle")
    mid = p.draw(doc, top, [parents[3]], spanner)
    p.draw(doc, mid + 6, children[3:6], heads[3:6])  # a line's space under the spanner
    assert top + 2 * p.height(doc, parents[:3], heads[:3]) < doc.height - 60, "the header must fit the page"
    doc.new_page()
    rows = [["1.1 世界范围内的传播和接触更有效", "16,967", "19,339", "11,711", "6,793", "18,504", "(835)"],
            ["2.1 兼顾各方利益的有效知识产权国际准则", "20,447", "22,799", "12,975", "7,918", "20,893", "(1,906)"],
            ["2.2 产权组织将国际社会凝聚起来", "17,825", "20,811", "12,116", "7,456", "19,572", "(1,238)"],
            ["总计", "55,239", "62,949", "36,802", "22,167", "58,969", "(3,980)"]]
    top = 62.0
    for row in rows:
        top = RowStyle(size=8, vpad=4).draw(doc, top, row, cols)
    doc.paragraph(top + 14, NOTE)
    doc.save()
    spans = ["预期成果", "2022/23 年核定预算", "调剂使用后最终预算"] + ["2022/23 年支出"] * 3 + ["差异"]
    return [ExpectedTable.printed(caption, [spans, children], rows, page_start=2, page_end=2)]


ISSUE14_LAYOUTS["header_at_foot"] = header_at_foot



def tall_leading_band(path: Path) -> list[ExpectedTable]:
    """53. As 51, a tall line, but no rules and no shades, cells set at the bottom.
    Rows stand further apart than the lines of a wrapped label (the body shows the leading),
    and the headings' wrapped lines as far apart as the labels' are one heading each."""
    doc = Doc(path, page_label=140)
    top = doc.paragraph(62, PARA)
    caption = "附件四 2022/23 年按预期成果开列的预算和资源利用情况"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left, [150, 55, 55, 55, 66], "lrrrr")
    heads = [Col(c.x0, c.x1, "center") for c in cols]
    header = ["预期成果 (单位：千瑞郎)", "2022/23 年核定预算", "2022/23 年调剂使用后最终预算", "2022/23 年支出",
              "调剂使用后最终预算和支出的差异"]
    rows = [["1.1 世界范围内的传播和接触更有效，人们对知识产权的了解", "16,967", "19,339", "18,504", "(835)"],
            ["2.1 兼顾各方利益的有效知识产权国际准则制定框架", "20,447", "22,799", "20,893", "(1,906)"],
            ["2.3 为树立尊重知识产权的风尚", "3,805", "3,659", "3,415", "(245)"],
            ["总计", "41,219", "45,797", "42,812", "(2,986)"]]
    p = RowStyle(size=9, leading=17, vpad=6)
    assert len(p.lines(doc, rows[0], cols)[0]) >= 2 and max(len(x) for x in p.lines(doc, header, heads)) >= 3
    top = p.draw(doc, top, header, heads, valign="bottom")
    for row in rows:
        top = p.draw(doc, top, row, cols, valign="bottom")
    doc.paragraph(top + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["tall_leading_band"] = tall_leading_band


CMP_SECTIONS = [
    ["信通技术相关项目", "", "", "", ""],
    ["产权组织知识产权门户网站——第二期", "6,960", "6,050", "837", "99%"],
    ["马德里信息技术平台", "6,000", "833", "2,933", "63%"],
    ["网络 CMS 技术更换", "911", "436", "396", "91%"],
    ["小计", "55,896", "15,892", "18,978", "62%"],
    ["安全与安保相关项目", "", "", "", ""],
    ["动态事件管理 (DIM)", "400", "198", "119", "79%"],
    ["现代化强身份认证", "897", "-", "105", "12%"],
    ["小计", "1,704", "198", "585", "46%"],
    ["总计", "57,600", "16,090", "19,563", "62%"],
]


def section_label_at_page_foot(path: Path) -> list[ExpectedTable]:
    """54. Booktabs rules, the header repeated overleaf, a light shade behind the subtotals:
    page 1 ends on a shaded 小计 and, under it, the next section's label (no figures, set as
    the rows are, in the label column); the table goes on overleaf under its repeated header.
    The label is that table's row, not the caption of a table overleaf."""
    doc = Doc(path, page_label=137)
    caption = "(单位：千瑞郎)"
    cols = columns(doc.left + 5, [170, 80, 80, 80, 66], "lrrrr")
    header = ["项目", "项目预算", "截至 2021 年底支出", "2022/23 年支出", "预算利用情况"]
    p = Printing(valign="middle", stripe=lambda i: False)
    split = CMP_SECTIONS.index(["安全与安保相关项目", "", "", "", ""]) + 1

    def head(top: float) -> float:
        doc.hline(cols[0].x0, cols[-1].x1, top, 1.2, black)
        top = draw_cells(doc, top, header, cols, p, bold=True)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.6, black)
        return top

    def body(top: float, rows: list[list[str]]) -> float:
        for row in rows:
            height = p.style().height(doc, row, cols)
            if "计" in row[0]:
                doc.fill(cols[0].x0, top, cols[-1].x1, top + height, ZEBRA)
            top = draw_cells(doc, top, row, cols, p, bold="计" in row[0])
        return top

    top = doc.paragraph(doc.height - 360, PARA)
    body(head(doc.unit_line(top + 6, caption) + 4), CMP_SECTIONS[:split])
    doc.new_page()
    top = body(head(62.0), CMP_SECTIONS[split:])
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.2, black)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], CMP_SECTIONS, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["section_label_at_page_foot"] = section_label_at_page_foot


def marker_beside_figures(path: Path) -> list[ExpectedTable]:
    """55. Unruled, zebra stripes, cells aligned at the bottom: a row label wrapped over three
    lines and its footnote marker wrapped onto a fourth, the row's figures level with the
    marker. '² 407 - 361 …' is that row's last line, not a footnote under the table."""
    doc = Doc(path, page_label=108)
    caption = "(单位：千瑞郎)"
    top = doc.unit_line(doc.paragraph(62, PARA) + 6, caption)
    cols = columns(doc.left + 5, [110, 80, 80, 80, 66], "lrrrr")
    header = ["项目", "项目预算", "截至 2021 年底支出", "2022/23 年支出", "预算利用情况"]
    p = Printing(valign="bottom", stripe=lambda i: i % 2 == 0)
    top = draw_cells(doc, top + 4, header, cols, p, bold=True)
    label_lines = ["安全性增强、数据加密和", "用户管理第二期：身份认", "证和访问治理 (IAG)", "^2"]
    marked = ["".join(label_lines), "407", "-", "361", "89%"]
    rows = [["小计", "55,896", "15,892", "18,978", "62%"], ["安全与安保相关项目", "", "", "", ""], marked,
            ["动态事件管理 (DIM)", "400", "198", "119", "79%"], ["现代化强身份认证", "897", "-", "105", "12%"],
            ["小计", "1,704", "198", "585", "46%"]]
    for i, row in enumerate(rows):
        if row is not marked:
            height = p.style().height(doc, row, cols)
            if p.stripe(i):
                doc.fill(cols[0].x0, top, cols[-1].x1, top + height, ZEBRA)
            top = draw_cells(doc, top, row, cols, p)
            continue
        height = 2 * p.vpad + p.size * 1.1 + (len(label_lines) - 1) * p.leading
        if p.stripe(i):
            doc.fill(cols[0].x0, top, cols[-1].x1, top + height, ZEBRA)
        first = top + p.vpad + p.size * 0.9
        for j, line in enumerate(label_lines):
            doc.text(cols[0].anchor(), first + j * p.leading, line, size=p.size)
        for cell, col in zip(row[1:], cols[1:]):
            doc.text(col.anchor(), first + (len(label_lines) - 1) * p.leading, cell, size=p.size,
                     align=col.align, latin=True)
        top += height
    doc.text(doc.left, top + 22, "^2 这些项目已完成，其预算剩余余额将归还累计盈余。", size=8)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["marker_beside_figures"] = marker_beside_figures


def figures_flush_in_text_cells(path: Path) -> list[ExpectedTable]:
    """80. A table of text (indicators with their baseline, target and result as sentences,
    set flush left) under rules between the rows, whose cells holding a figure alone ("98%")
    are set flush right: the figure stands clear of its column's sentences, yet it is that
    column's cell, not a column of its own. Under it a contents list's last entries, one with
    no title, its page number flush right in the title's cell."""
    doc = Doc(path, page_label=46)
    top = doc.paragraph(62, PARA)
    p = Printing(valign="top")
    cols = columns(doc.left, [100, 70, 80, 200, 30], "lllll")
    header = ["绩效指标", "基准", "目标", "绩效数据", "评估"]
    rows = [["技术转让实体和其他机构对产权组织所提供服务的满意度", "不适用", "≥90% 满意或非常满意", "98%", "是"],
            ["最不发达国家针对发展需求而确定并部署的适用技术的数量", "0 项 (2021 年底)",
             "确定 4 项适用技术", "确定 2 项适用技术", "否"],
            ["与遗传资源相关的培训和能力建设活动的参与者的满意度", "65%", "≥85% 满意或非常满意", "97%", "是"],
            ["使用产权组织资料和工具的中小企业支助机构的数量", "不适用", "10 家", "21 家", "是"]]

    def flush(row: list[str], grid: list[Col]) -> list[Col]:  # a figure alone goes right
        return [Col(c.x0, c.x1, "right" if re.fullmatch(r"[\d.,]+%?", s) else c.align) for s, c in zip(row, grid)]

    top = doc.caption(top + 10, "战略支柱 4 的绩效数据")
    top = draw_cells(doc, top, header, cols, p, bold=True)
    for row in rows:
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
        top = draw_cells(doc, top, row, flush(row, cols), p)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
    top = doc.paragraph(top + 16, PARA)
    contents = [["附件十三", "2022/23 年按预期成果开列的发展支出", "162"], ["五、附录", "163", ""],
                ["附录 A", "方法", "163"], ["附录 B", "术语", "165"]]
    grid = columns(doc.left, [90, 300, 60], "llr")
    for row in contents:
        top = draw_cells(doc, top, [s for s in row], flush(row, grid), p)
    doc.paragraph(top + 16, PARA)
    doc.save()
    return [ExpectedTable.printed("战略支柱 4 的绩效数据", [header], rows),
            ExpectedTable.printed("", [["", "", ""]], contents)]


ISSUE14_LAYOUTS["figures_flush_in_text_cells"] = figures_flush_in_text_cells


def text_tables_over_a_break(path: Path) -> list[ExpectedTable]:
    """81. Two tables of text, no figures in them. The first, a rule over each row, ends at a
    page's foot with a row of two lines under its last rule (its closing rule not drawn): a
    row all the same. Under it a heading; overleaf the next table, its own header in bold and
    one row whose every cell wraps: a table of its own, not the first one's rows (cells of
    several lines say nothing of the text's size). Headers on dark bands, as the report's."""
    doc = Doc(path, page_label=135)
    p = Printing(valign="top")
    cols = columns(doc.left, [130, 110, 110, 131], "llll")
    header = ["效益说明", "基准值", "目标值", "绩效数据"]
    rows = [["通过为 IT 系统的开发和运营提供成熟支持", "在电算中心托管应用程序", "迁移后的应用程序成本节约",
             "减幅从百分之十一到九十不等"],
            ["有效管理云相关支出", "在电算中心托管应用程序的成本", "迁移后的成本节约",
             "最大的成本节省是在云中构建灾难恢复解决方案"],
            ["及时控制和优化托管成本", "电算中心服务的月度成本报告", "看板可用于日常监测", "实时监测和控制尚不完全可用"]]
    top = doc.paragraph(62, PARA)
    top = doc.paragraph(top + 4, PARA)
    top = doc.caption(top + 300, "效益实现")
    head = RowStyle(size=p.size, leading=p.leading, vpad=p.vpad, bold=True, color=white)

    def band(top: float, cells: list[str], grid: list[Col]) -> float:  # a header on a dark band
        doc.fill(grid[0].x0, top, grid[-1].x1, top + head.height(doc, cells, grid), NAVY)
        return head.draw(doc, top, cells, grid)

    top = band(top, header, cols)
    for row in rows:
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
        top = draw_cells(doc, top, row, cols, p)
    doc.text(doc.left, top + 26, "风险和减缓行动", size=9.5)
    doc.new_page()
    risk_cols = columns(doc.left, [190, 60, 180, 51], "llll")
    risk_header = ["风险", "风险演变", "减缓措施的成效", "对绩效的影响"]
    risk = [["所需的云计算专业知识在市场上稀缺可能导致招聘延迟并对项目的实施时间表产生不利影响",
             "该风险已经出现", "采用混合合同模式的缓解战略在招聘和留用团队成员方面取得了部分成效", "持平有待观察"]]
    assert all(len(lines) >= 2 for lines in p.style().lines(doc, risk[0], risk_cols))
    top = band(70, risk_header, risk_cols)
    top = draw_cells(doc, top, risk[0], risk_cols, p)
    doc.hline(risk_cols[0].x0, risk_cols[-1].x1, top, 0.5, black)
    doc.paragraph(top + 16, PARA)
    doc.save()
    return [ExpectedTable.printed("效益实现", [header], rows),
            ExpectedTable.printed("风险和减缓行动", [risk_header], risk, page_start=2, page_end=2)]


ISSUE14_LAYOUTS["text_tables_over_a_break"] = text_tables_over_a_break


def timeline_header(path: Path) -> list[ExpectedTable]:
    """82. A project's timeline as the bare rendering sets it: years over quarters, no rules,
    no shading, no bold, no figures, the bars of the plan not drawn; the rows' labels under
    it. The years standing over the quarters say it is a table, and they its header."""
    doc = Doc(path, pagesize=(A4[1], A4[0]), page_label=117)
    top = doc.caption(60, "项目时间安排")
    quarters = ["第一季度", "第二季度", "第三季度", "第四季度"] * 3
    cols = columns(doc.left + 5, [70] * 12, "l" * 12)
    years = ["2022年", "", "", "", "2023年", "", "", "", "2024年", "", "", ""]
    style = RowStyle(size=8, leading=10, vpad=3, latin=False)
    top = style.draw(doc, top, years, cols)
    top = style.draw(doc, top, quarters, cols)
    for label in ("初始项目计划", "实际项目时间安排"):
        top = style.draw(doc, top + 4, [label] + [""] * 11, cols)
    doc.paragraph(top + 16, PARA, x1=doc.width - doc.margin)
    doc.save()
    # As the report's truth has it: the years are the header; the quarters its one row (the
    # labels under them, single cells of no figures, stay text).
    return [ExpectedTable.printed("项目时间安排", [years], [quarters])]


ISSUE14_LAYOUTS["timeline_header"] = timeline_header


def indicators_text_rows_first(path: Path) -> list[ExpectedTable]:
    """A table of indicators, no rules, no shading: a header in bold, then rows in regular
    weight whose cells are text ("77 个国家（110 个国家答复）"), wrapped and set at the
    foot of their cells, before the first row with a figure alone in a cell ("82%"). The
    rows of text are rows, not more header: the header is the bold line."""
    doc = Doc(path, page_label=37)
    top = doc.caption(60, "绩效指标和评估")
    cols = columns(doc.left + 5, [150, 85, 85, 95, 40], "lllll")
    header = ["绩效指标", "基准", "目标", "绩效数据", "评估"]
    rows = [["利用全球创新指数发展其创新战略和生态系统的国家数量", "77 个国家（110 个国家答复）",
             "两年期增长 20%", "91 个国家（118 个国家答复）（增长 18%）", "●"],
            ["成员国司法机构的持续参与程度", "88 个国家和 6 个区域司法管辖区的代表参加年度法官论坛",
             "70 个国家和 4 个区域", "99 个国家和 3 个区域司法管辖区的代表参加", "●"],
            ["成功完成技能培训项目的参与者百分比", "不适用", "≥80%", "82%", "●"],
            ["参加高级远程学习课程知识和技能考试的参与者的成功率", "64%", "≥70%", "83%", "●"]]
    top = RowStyle(size=8, leading=10, vpad=3, latin=False, bold=True).draw(doc, top, header, cols)
    style = RowStyle(size=8, leading=10, vpad=4, latin=False)
    for row in rows:
        top = style.draw(doc, top, row, cols, valign="bottom")
    doc.paragraph(top + 16, PARA)
    doc.save()
    return [ExpectedTable.printed("绩效指标和评估", [header], rows)]


ISSUE14_LAYOUTS["indicators_text_rows_first"] = indicators_text_rows_first


def marker_starts_a_wrapped_line(path: Path) -> list[ExpectedTable]:
    """A table of indicators, no rules, zebra stripes: one cell of the figures' columns wraps
    over four lines set at the foot of their row, and its third line begins with a footnote
    marker ("多米尼加共和国" / "^40、埃塞俄比亚、"). That line stands inside the table's columns, not
    where a footnote starts: the cell's, and the table goes on to its last row. A real
    footnote follows the table at the text's left."""
    doc = Doc(path, page_label=37)
    top = doc.caption(60, "绩效指标")
    cols = columns(doc.left + 5, [150, 60, 80, 110, 40], "lllll")
    header = ["绩效指标", "基准", "目标", "绩效数据", "评估"]
    top = RowStyle(size=8, leading=10, vpad=3, latin=False, bold=True).draw(doc, top, header, cols)
    rows = [[["成功完成技能培训项目的参与者百分比"], ["不适用"], ["≥80%"], ["82%"], ["●"]],
            [["参加高级远程学习课程的成功率"], ["64%"], ["≥70%"], ["83%"], ["●"]],
            [["可持续的知识产权培训机构数量"], ["7 个"], ["12 个（累计）"],
             ["新增 11 个（东盟、", "多米尼加共和国", "^40、埃塞俄比亚、", "乌克兰）（累计 18 个）"], ["●"]],
            [["由知识产权培训机构培训的人数"], ["81,948"], ["每年增长 5%"], ["116,619"], ["●"]]]
    for k, cells in enumerate(rows):
        n = max(len(lines) for lines in cells)
        height = 8 + 8.8 + (n - 1) * 10
        if k % 2:
            doc.fill(cols[0].x0, top, cols[-1].x1, top + height, ZEBRA)
        for col, lines in zip(cols, cells):
            for i, text in enumerate(lines):
                doc.text(col.anchor(), top + 4 + 7.2 + (n - len(lines) + i) * 10, text, size=8, align=col.align)
        top += height
    doc.text(doc.left, top + 20, "^40 多米尼加共和国国家版权局。", size=7)
    doc.paragraph(top + 36, PARA)
    doc.save()
    return [ExpectedTable.printed("绩效指标", [header], [["".join(lines) for lines in cells]
                                                      for cells in rows])]


ISSUE14_LAYOUTS["marker_starts_a_wrapped_line"] = marker_starts_a_wrapped_line


def same_header_twice(path: Path) -> list[ExpectedTable]:
    """Two tables of one kind set one under the other, no rules, no caption between, zebra
    stripes running on from one to the other: the tail of a table continued from the page before under its repeated header,
    then the next table with the same header, its columns set anew (the last heading wraps in
    the first, not in the second). The header set again is what says where the second
    table begins."""
    doc = Doc(path, page_label=43)
    header = ["绩效指标", "基准", "目标", "绩效数据", "绩效指标评估"]
    head = RowStyle(size=8, leading=10, vpad=3, latin=False, bold=True)
    body = RowStyle(size=8, leading=10, vpad=6, latin=False)
    first = [["产权组织网站和驻外办事处网站的唯一身份访问者人数", "20,086,245", "增长 20%", "27,802,067", "●"],
             ["下载产权组织出版物的唯一身份访问者人数", "4,860,251", "增长 20%", "5,118,589", "▲"]]
    second = [["专利法及相关问题的能力建设和培训活动参与者的满意度", "95%", "≥95%", "96%", "●"],
              ["成功完成技能培训项目的参与者百分比", "不适用", "≥80%", "82%", "●"],
              ["参加高级远程学习课程知识和技能考试的参与者的成功率", "64%", "≥70%", "83%", "●"]]
    top = doc.caption(60, "绩效指标（续）")
    stripe = False
    for cols, rows in ((columns(doc.left + 5, [90, 70, 70, 70, 36], "lllll"), first),
                       (columns(doc.left + 5, [90, 60, 60, 70, 60], "lllll"), second)):
        top = head.draw(doc, top, header, cols, valign="bottom")
        for row in rows:
            if stripe:
                doc.fill(cols[0].x0, top, cols[-1].x1, top + body.height(doc, row, cols), ZEBRA)
            stripe = not stripe
            top = body.draw(doc, top, row, cols, valign="bottom")
        top += 3
    doc.paragraph(top + 20, PARA)
    doc.save()
    return [ExpectedTable.printed("绩效指标（续）", [header], first), ExpectedTable.printed("", [header], second)]


ISSUE14_LAYOUTS["same_header_twice"] = same_header_twice


def grid_with_a_tall_section_row(path: Path) -> list[ExpectedTable]:
    """Every cell boxed, cells set at the foot of their rows, and one row (a section label
    alone) taller than the others, its text far below its top rule. The grid's column rules
    run through it: a taller row of the table, not the space a renderer leaves between two
    tables."""
    doc = Doc(path)
    caption = "表1. 2022/23 年主要财务数据"
    top = doc.unit_line(doc.caption(62, caption), "(单位: 千瑞郎)")
    header = ["项目", "预算", "实际数", "差异"]
    rows = [["IPSAS 调整后收入", "951,762", "972,112", "20,350"], ["支出", "", "", ""],
            ["直接联盟", "374,178", "346,618", "(27,560)"], ["直接行政", "197,814", "181,986", "(15,828)"],
            ["小计，直接", "571,992", "528,605", "(43,387)"], ["间接联盟", "148,129", "146,561", "(1,568)"],
            ["支出合计", "793,792", "742,767", "(51,025)"]]
    cols = columns(doc.left, [170, 90, 90, 90], "lrrr")
    style = RowStyle(size=9)
    ys = [top]
    for row in [header] + rows:
        height = style.height(doc, row, cols) + (8 if row[0] == "支出" else 0)
        style.draw(doc, ys[-1] + height - style.height(doc, row, cols), row, cols)
        ys.append(ys[-1] + height)
    doc.canvas.setStrokeColor(black)
    doc.canvas.setLineWidth(0.6)
    doc.canvas.grid([c.x0 for c in cols] + [cols[-1].x1], [doc.height - y for y in ys])
    doc.paragraph(ys[-1] + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["grid_with_a_tall_section_row"] = grid_with_a_tall_section_row


def booktabs_zebra_over_a_break(path: Path) -> list[ExpectedTable]:
    """Booktabs rules (over and under the header, under the last row) and zebra stripes; the
    table goes on overleaf with no header repeated, page 2 beginning with an unshaded row
    whose label wraps, then a striped one: no rule opens the table on page 2, and the rows
    above its first stripe are its rows."""
    doc = Doc(path, page_label=27)
    top = doc.paragraph(560, PARA)
    caption = "按成果开列的预算和支出 (单位：千瑞郎)"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left + 5, [150, 100, 100, 90], "lrrr")
    header = ["预期成果", "2022/23 年计划和预算", "2022/23 年支出", "预算利用情况"]
    rows = _result_rows(31)[1:]
    doc.hline(cols[0].x0, cols[-1].x1, top + 4, 1.0, black)
    top = draw_cells(doc, top + 4, header, cols, Printing(), bold=True)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
    top = striped_table(doc, top, [], rows, cols, Printing(stripe=lambda i: i % 2 == 1), break_after=1)
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    doc.paragraph(top + 20, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["booktabs_zebra_over_a_break"] = booktabs_zebra_over_a_break


def timeline_wrapped_years(path: Path) -> list[ExpectedTable]:
    """A timeline squeezed into narrow columns, as WeasyPrint sets it on a narrow page: each
    year's heading wraps ("2019" over "FY"), set in bold at the foot of its cell, so the first
    year's one-line "2018 FY" stands on the line of the others' "FY"; under it, the first
    year's quarters, and nothing under the later years; no rules, no shading. The last year's
    "2024" is wider than its "FY" and than anything under it: the header's top line reaches
    past the width the lines under it give the table. (Latin headings: the test font has no
    bold CJK face the extractor could tell.) Not in ISSUE14_LAYOUTS: the grid under the
    years is not the point (test_printings checks the years and the figures' places)."""
    doc = Doc(path, pagesize=(A4[1], A4[0]), page_label=117)
    top = doc.caption(60, "项目时间安排")
    head_cols = columns(doc.left + 5, [120] + [25] * 6, "l" * 7)
    cols = columns(doc.left + 5, [30] * 4 + [25] * 6, "l" * 10)
    years = [f"{y} FY" for y in range(2018, 2025)]
    quarters = ["Q1", "Q2", "Q3", "Q4"] + [""] * 6
    top = RowStyle(size=8, leading=10, vpad=3, latin=True, bold=True).draw(doc, top, years, head_cols, valign="bottom")
    top = RowStyle(size=8, leading=10, vpad=3, latin=True).draw(doc, top, quarters, cols)
    doc.paragraph(top + 16, PARA, x1=doc.width - doc.margin)
    doc.save()
    return [ExpectedTable.printed("项目时间安排", [years], [quarters])]


def timeline_years_broken(path: Path) -> list[ExpectedTable]:
    """A timeline as LibreOffice sets it in narrow cells (s044): each later year's heading
    breaks inside the year, "202" over "3 年", with the first year's "2022 年" whole in the
    wide first column; the quarters under them, each wrapped ("第二" over "季度"), on a
    zebra stripe; no rules; the plan's labels under it, one bar's label wrapped in
    its cell. The years are the header's, none left
    as a figure "202" in no cell. Not in ISSUE14_LAYOUTS: the quarters' grid is not the point
    (test_printings checks the years and that no figure is left out)."""
    doc = Doc(path, pagesize=(A4[1], A4[0]), page_label=163)
    top = doc.caption(60, "项目时间安排")
    size, pitch = 7.5, 11.0
    first = doc.left + 5
    years = [first + 260 + 104 * k for k in range(4)]
    doc.text(first, top + size, "2022 年", size=size, bold=True)
    for k, x in enumerate(years):
        doc.text(x, top + size, "202", size=size, bold=True)
        doc.text(x + 1, top + size + pitch, f"{3 + k} 年", size=size, bold=True)
    _timeline_plan(doc, top + 2 * pitch + 8, first, size, pitch)
    header = ["2022 年"] + [f"{2023 + k} 年" for k in range(4)]
    return [ExpectedTable.printed("项目时间安排", [header], [])]


def _timeline_plan(doc: Doc, top: float, first: float, size: float, pitch: float, bottom: bool = False) -> None:
    """A timeline's rows under its years: the quarters, each wrapped ("第二" over "季度"), on a
    zebra stripe, the first one's label on the stripe's top line (`bottom`: on its last);
    the plan's labels under them, one bar's label wrapped in its cell; a paragraph; saved."""
    doc.fill(first - 4, top - 4, first + 700, top + 2 * pitch + 2, ZEBRA)   # the second row's stripe
    doc.text(first, top + size + (pitch if bottom else 0), "第一季度", size=size)
    for k, quarter in enumerate(("第二", "第三", "第四")):
        doc.text(first + 187 + 26 * k, top + size, quarter, size=size)
        doc.text(first + 187 + 26 * k, top + size + pitch, "季度", size=size)
    top += 2 * pitch + 10
    doc.text(first, top + size, "初始项目计划", size=size)
    for k, part in enumerate(("目前", "项目", "时间", "安排")):   # the plan's bar, labelled in its cell
        doc.text(first + 368, top + size + k * pitch, part, size=size)
    doc.paragraph(top + 4 * pitch + 20, PARA, x1=doc.width - doc.margin)
    doc.save()


def timeline_units_wrapped(path: Path) -> list[ExpectedTable]:
    """The timeline of timeline_years_broken as LibreOffice sets it with cells on their bottom
    line and a tall leading (s437): the first year's "2020 年" whole on the header's bottom
    line; each later year over its unit ("2021" over "年", a line's pitch of twice the size),
    the last one broken inside the number and run into its unit without a space ("202" over
    "3年"); so the header's top line prints nothing but years, which read alone were a caption
    of figures over the table. Not in ISSUE14_LAYOUTS: the quarters' grid is not the point
    (test_printings checks the years and that no figure is left out)."""
    doc = Doc(path, pagesize=(A4[1], A4[0]), page_label=162)
    top = doc.caption(60, "项目时间安排")
    size, pitch = 7.5, 14.3
    first = doc.left + 5
    years = [first + 260 + 104 * k for k in range(3)]
    doc.text(first, top + size + pitch, "2020 年", size=size, bold=True)
    for k, (head, tail) in enumerate((("2021", "年"), ("2022", "年"), ("202", "3年"))):
        doc.text(years[k], top + size, head, size=size, bold=True)
        doc.text(years[k] + (4 if tail == "年" else 0), top + size + pitch, tail, size=size, bold=True)
    _timeline_plan(doc, top + 2 * pitch + 8, first, size, pitch, bottom=True)
    header = ["2020 年"] + [f"{2021 + k} 年" for k in range(3)]
    return [ExpectedTable.printed("项目时间安排", [header], [])]


def one_row_under_left_heads(path: Path) -> list[ExpectedTable]:
    """83. A table of one row under its header, no rules, no shading, no bold: headings set
    flush left in wide columns, the row's figures flush right, so that no figure stands
    under its heading's text. Each figure ends in its own heading's column: a table."""
    doc = Doc(path, page_label=131)
    top = doc.paragraph(62, PARA)
    top = doc.unit_line(top + 8, "(单位：瑞郎)")
    cols = columns(doc.left + 5, [115, 85, 120, 45, 105], "lrrrr")
    heads = [Col(c.x0, c.x1, "left") for c in cols]
    header = ["交付成果", "项目预算", "经调整的项目预算", "支出", "预算利用情况"]
    row = ["数据管理和治理", "1,000,000", "-", "-", "-"]
    style = RowStyle(size=8.5, leading=10.5, vpad=4, latin=False)
    top = style.draw(doc, top + 4, header, heads)
    top = style.draw(doc, top, row, cols)
    doc.paragraph(top + 16, PARA)
    doc.save()
    return [ExpectedTable.printed("(单位：瑞郎)", [header], [row])]


ISSUE14_LAYOUTS["one_row_under_left_heads"] = one_row_under_left_heads
def first_row_under_rule_at_foot(path: Path) -> list[ExpectedTable]:
    """65. Booktabs rules, the header repeated overleaf, cells set at the middle of their row
    with the cell's padding under the rule: a caption, a unit line, the header between its two
    rules and one row (its label wrapped over three lines, its figures on the middle one) are
    the last lines of a page; the other rows are overleaf. That row is the table's first row,
    read on its page under the header: the table is not lost, nor its caption."""
    doc = Doc(path, page_label=78)
    caption = "(单位: 千瑞郎)"
    cols = columns(doc.left + 5, [140, 100, 100, 100], "lccc")
    header = ["预期成果", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"]
    p = Printing(size=10.0, leading=14.0, vpad=9.0, valign="middle", stripe=lambda i: False, head_bold=False)
    rows = [r for r in _result_rows(65)[1:-1]] + [["总计", "80,430", "78,101", "75,128"]]

    def head(top: float) -> float:
        doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
        top = draw_cells(doc, top, header, cols, p)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.6, black)
        return top

    top = doc.paragraph(doc.height - 300, PARA)
    top = draw_cells(doc, head(doc.unit_line(top + 6, caption) + 8), rows[0], cols, p)
    assert len(p.style().lines(doc, rows[0], cols)[0]) == 3, "the first label must wrap over three lines"
    doc.new_page()
    top = head(62.0)
    for row in rows[1:]:
        top = draw_cells(doc, top, row, cols, p)
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["first_row_under_rule_at_foot"] = first_row_under_rule_at_foot


def label_round_figures_at_foot(path: Path) -> list[ExpectedTable]:
    """66. No rules, no header repeated, cells set at the middle of their row, labels wrapped
    over two and four lines: each row's figures stand on a line of their own between its
    label's lines. A caption, a unit line, the header and two such rows are the last lines of
    a page, the other rows overleaf. The two rows are a table (its label lines round its
    figures are its rows'), and the rows overleaf go on with it."""
    doc = Doc(path, page_label=75)
    caption = "(单位: 千瑞郎)"
    cols = columns(doc.left + 5, [150, 100, 100, 100], "lccc")
    header = ["预期成果", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"]
    p = Printing(size=10.5, leading=16.4, vpad=6.0, valign="middle", stripe=lambda i: False, head_bold=False)
    rows = [["2.1 兼顾各方利益的有效知识产权国际准则制定框架得到发展", "2,101", "2,165", "1,760"],
            ["2.2 产权组织将国际社会凝聚起来，积极主动应对全球层面与知识产权、创新和创造有关的新议题和政策挑战",
             "3,487", "3,773", "3,543"]] + _result_rows(66)[1:-1] + [["总计", "80,430", "78,101", "75,128"]]
    assert [len(p.style().lines(doc, r, cols)[0]) % 2 for r in rows[:2]] == [0, 0], "labels of even lines"
    top = doc.paragraph(doc.height - 330, PARA)
    top = striped_table(doc, doc.unit_line(top + 6, caption) + 4, [header], rows, cols, p, break_after=1)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["label_round_figures_at_foot"] = label_round_figures_at_foot




def text_columns_set_close(path: Path) -> list[ExpectedTable]:
    """70. A table of text whose cells a browser pads by a point or two: the left-aligned
    benefit wraps to within half an em of the indicator right-aligned beside it, and the
    indicator ends a third of an em before the baseline, so each row's texts stand one
    word space or so apart and read as one cell. A strip of white runs down the whole
    table between them: two columns."""
    doc = Doc(path, page_label=101)
    top = doc.paragraph(62, PARA)
    doc.text(doc.left, top + 9, "效益实现", size=9)
    x0 = doc.left + 5
    cols = [Col(x0, x0 + 150, "left", pad=2.6), Col(x0 + 150, x0 + 247, "right", pad=1.5),
            Col(x0 + 247, x0 + 337, "right", pad=1.5), Col(x0 + 337, x0 + 397, "right", pad=1.5),
            Col(x0 + 397, x0 + 457, "right", pad=1.5)]
    header = ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"]
    rows = [["在产权组织面向外部的信通技术系统中提供统一的用户体验", "符合知识产权门户系统中的最低标准和共同导航",
             "52%（2019 年 12 月）", "增长 15%", "77%"],
            ["产权组织面向外部的信通技术系统更加方便用户使用，并改善客户体验", "用户满意度分数",
             "73%（2018 年 11 月）", "增长 5%", "80%"],
            ["加强产权组织对创新和创造力的贡献，使发展中国家的中小企业更易获得服务", "使用服务的发展中国家用户日均数量",
             "发展中国家用户日均数量 37,315 个（所有服务）", "增长 5%", "18,092 个"],
            ["通过实施计划管理框架提高组织效率", "计划管理健康检查", "90.8%（2019 年底）", "95%", "95.4%"],
            ["通过各业务部门的协同作用和信息技术平台提高成本效率", "在知识产权门户矩阵中的调整率",
             "57%（2020 年 4 月）", "增长 5%", "77%"]]
    p = Printing(stripe=lambda i: False)
    doc.hline(cols[0].x0, cols[-1].x1, top + 20, width=1.0)
    top = striped_table(doc, top + 20, [header], rows, cols, p)
    doc.hline(cols[0].x0, cols[-1].x1, top, width=1.0)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed("效益实现", [header], rows)]


ISSUE14_LAYOUTS["text_columns_set_close"] = text_columns_set_close


def spanners_over_five(path: Path) -> list[ExpectedTable]:
    """84. Three spanners side by side, each centred over five columns, no rules or shades:
    under each, a wrapped heading of three lines ("DG/ DDG/ ADG") and four one-line headings
    set at the bottom of the header row (all centred), clear of the spanner's reach. Each spanner heads all
    five of its columns, the one-line headings included, not only the middle ones it
    stands over."""
    doc = Doc(path, pagesize=landscape(A4), page_label=49)
    caption = "附件五 按部门开列的 2022/23 年员额"
    top = doc.caption(doc.paragraph(58, PARA) + 6, caption)
    cols = columns(doc.left, [110, *[41] * 15], "l" + "r" * 15)
    spanners = ["2022/23 年核定预算", "2022/23 年调剂使用后最终预算", "差异"]
    children = ["DG/DDG/ADG", "D", "P", "G", "合计"] * 3
    rows = [["专利和技术", "1", "9", "166", "201", "377", "1", "9", "167", "199", "376", "-", "-", "1", "(2)", "(1)"],
            ["品牌和外观设计", "1", "9", "71", "75", "156", "1", "8", "62", "84", "155", "-", "(1)", "(9)", "9", "(1)"]]
    size, y = 7.0, top + 12
    doc.text(cols[0].anchor(), y + 30, "部门", size=size)
    for i, name in enumerate(spanners):
        doc.text((cols[1 + 5 * i].x0 + cols[5 + 5 * i].x1) / 2, y, name, size=size, align="center")
    for name, col in zip(children, cols[1:]):
        lines = ["DG/", "DDG/", "ADG"] if name.startswith("DG") else [name]
        for k, line in enumerate(lines):
            doc.text((col.x0 + col.x1) / 2, y + 12 + (3 - len(lines) + k) * 9, line, size=size, align="center",
                     latin=True)
    y += 40
    for row in rows:
        y += 14
        for text, col in zip(row, cols):
            doc.text(col.anchor(), y, text, size=size, align=col.align, latin=col.align == "right")
    doc.paragraph(y + 20, NOTE)
    doc.save()
    header = [["部门", *[s for s in spanners for _ in range(5)]], ["", *children]]
    return [ExpectedTable.printed(caption, header, rows)]


ISSUE14_LAYOUTS["spanners_over_five"] = spanners_over_five


def one_line_text_rows(path: Path) -> list[ExpectedTable]:
    """85. A three-line (booktabs) table of text, no rule between its rows: every line has a
    cell in every column, the labels short, two of them of one length ("Lower middle",
    "Upper middle"), which passes for the width a wrapped label column shows. A row per
    line: cells that wrap end on different lines and leave a column empty somewhere."""
    doc = Doc(path, page_label=12)
    top = doc.paragraph(62, PARA)
    top = doc.caption(top + 8, "表 3. 家庭收入四分位数")
    cols = columns(doc.left + 20, [100, 110, 110, 110], "llll")
    header = ["", "1994", "1997", "2003"]
    rows = [["Lowest", "$9,594 or less", "$22,400 or less", "$34,000 or less"],
            ["Lower middle", "$9,595-$17,992", "$22,401-$29,992", "$34,001-$48,000"],
            ["Upper middle", "$17,993-$25,771", "$29,993-$40,888", "$48,001-$66,900"],
            ["Highest", "Greater than $25,771", "Greater than $40,888", "Greater than $66,900"]]
    style = RowStyle(size=8.5, leading=10.5, vpad=2, latin=True)
    doc.hline(cols[0].x0, cols[-1].x1, top + 4, 1.0, black)
    top = style.draw(doc, top + 6, header, cols)
    doc.hline(cols[0].x0, cols[-1].x1, top + 1, 0.5, black)
    top += 3
    for row in rows:
        top = style.draw(doc, top, row, cols)
    doc.hline(cols[0].x0, cols[-1].x1, top + 2, 1.0, black)
    doc.paragraph(top + 16, PARA)
    doc.save()
    # Nothing but its place marks the years as the header (no bold, band or figure): they are
    # read as the first row, which is what a table of text with no marked header gets.
    return [ExpectedTable.printed("表 3. 家庭收入四分位数", [[""] * 4], [header] + rows)]


ISSUE14_LAYOUTS["one_line_text_rows"] = one_line_text_rows


def band_header_at_foot(path: Path) -> list[ExpectedTable]:
    """86. A caption and a header band left at a page's foot, the rows overleaf (header not
    repeated): the band's headings wrapped over one to four lines in narrow columns, each set
    at the middle of the band, so most of the header's lines hold one heading only. Side by
    side they are still a header, not text: the rows overleaf take it and the caption."""
    doc = Doc(path, page_label=71)
    top = doc.paragraphs_down_to(600)
    caption = "附件一 2022/23 年按部门开列的调剂使用后预算"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left, [120, 46, 46, 46, 46, 46], "lrrrrr")
    heads = [Col(c.x0, c.x1, "center") for c in cols]
    header = ["部门", "计划和预算", "调剂使用拨入", "调剂使用后最终预算", "调剂使用占部门预算总额的比例", "差异"]
    style = RowStyle(size=8, leading=9.5, vpad=4, bold=True, color=white)
    # Headings of one to four lines, each at the band's middle: lines one heading wide.
    assert {len(lines) for lines in style.lines(doc, header, heads)} >= {1, 2, 3, 4}
    height = style.height(doc, header, heads)
    assert top + height < doc.height - 50, "the header must fit the page"
    doc.fill(cols[0].x0, top, cols[-1].x1, top + height, NAVY)
    style.draw(doc, top, header, heads, valign="middle")
    doc.new_page()
    rows = [["专利和技术", "230,374", "340", "226,630", "-1.6%", "(3,744)"],
            ["品牌和外观设计", "80,430", "1,838", "78,101", "-2.9%", "(2,329)"],
            ["版权和创意产业", "31,735", "4,284", "35,628", "12.3%", "3,893"],
            ["总计", "342,539", "6,462", "340,359", "-0.6%", "(2,180)"]]
    top = 62.0
    for row in rows:
        top = RowStyle(size=8, vpad=4).draw(doc, top, row, cols)
        doc.hline(cols[0].x0, cols[-1].x1, top, 0.3, grey)
    doc.paragraph(top + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=2, page_end=2)]


ISSUE14_LAYOUTS["band_header_at_foot"] = band_header_at_foot


def wrapped_indicators_unruled(path: Path) -> list[ExpectedTable]:
    """87. A table of indicators with no rules or shades, set large in narrow columns: every
    cell wraps over two to five lines and is centred in its row, so the few lines with a
    figure on them have other cells' lines between them (set half a line off, beside each
    other) and no two lines of figures are rows one after the other. They are one table,
    its wrapped lines in every column its own."""
    doc = Doc(path, page_label=195)
    top = doc.paragraph(62, PARA)
    doc.text(doc.left, top + 12, "效益实现", size=12.6)
    cols = columns(doc.left + 4, [150, 78, 78, 78, 78], "lcccc")
    header = ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"]
    rows = [["向内部客户更好地提供数据和分析支持", "对全新集中化企业数据来源所生成报告的采用率", "不适用",
             "80%的内部用户使用报告", "-"],
            ["", "可通过自助服务平台获取的数据集", "0 个", "4 个", "-"],
            ["通过加强数据管理和读写能力，实现分析和数据驱动的决策", "依据明确标准定义的数据集百分比", "0",
             "60%", "-"],
            ["通过加强数据治理和数据管理做法，降低数据管理不当的风险", "已实施和监测的数据标准百分比", "0",
             "40%", "-"],
            ["", "使用标准化数据架构和管理的业务领域增长率", "1", "300%", "-"]]
    # CSS line boxes: each line 1.56 em high, padding 4.3 pt above and below a cell.
    p = Printing(size=10.5, leading=16.4, vpad=6.7, valign="middle", stripe=lambda i: False, head_bold=False)
    top = striped_table(doc, top + 34, [header], rows, cols, p)
    doc.text(doc.left, top + 24, "^1 业务理由和目标反映在基本建设总计划中。", size=8.4)
    doc.save()
    return [ExpectedTable.printed("效益实现", [header], rows)]


ISSUE14_LAYOUTS["wrapped_indicators_unruled"] = wrapped_indicators_unruled


NET_ASSETS = [
    ["经营成果", "99.7", "172.5"],
    ["储备金供资的项目的国际公共部门会计准则调整额", "(5.7)", "(6.3)"],
    ["净资产", "", ""],
    ["截至 2021 年 12 月 31 日的净资产——不包括精算收益/(损失)", "", "729.4"],
    ["2021 年 12 月 31 日计入净资产的精算收益/(损失)", "", "(320.9)"],
    ["2021 年 12 月 31 日净资产", "", "408.5"],
    ["重估储备金盈余", "", "(12.3)"],
    ["截至 2023 年 12 月 31 日的净资产——不包括精算收益/(损失)", "", "838.6"],
    ["2023 年 12 月 31 日净资产", "", "605.2"],
]


def middle_aligned_close_rows(path: Path) -> list[ExpectedTable]:
    """86. Unruled, cells set on the middle of their row, rows hardly further apart than a
    cell's wrapped lines (a word processor's cell padding of a point or two): labels of two
    and three lines, the figures on the second line of a three-line label. The first line of
    such a label is no row of its own: the label stands on the middle of its figures only
    with it."""
    doc = Doc(path, page_label=3)
    top = doc.paragraph(62, PARA)
    caption = "表1. 财务概览"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 百万瑞郎)")
    cols = columns(doc.left + 5, [130, 110, 110], "lrr")
    header = ["", "2020/21 年", "2022/23 年"]
    p = Printing(size=10.0, leading=12.6, vpad=1.2, valign="middle", stripe=lambda i: False)
    assert len(p.style().lines(doc, NET_ASSETS[3], cols)[0]) == 3, "the label must wrap over three lines"
    top = striped_table(doc, top + 4, [header], NET_ASSETS, cols, p)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], NET_ASSETS)]


ISSUE14_LAYOUTS["middle_aligned_close_rows"] = middle_aligned_close_rows



def band_header(doc: Doc, top: float, header: Sequence[str], cols: Sequence[Col]) -> float:
    """A dark band with the header in white bold on it; returns the band's bottom."""
    head = Printing(size=9, vpad=6)
    style = head.style(True)
    height = style.height(doc, header, cols)
    doc.fill(cols[0].x0, top, cols[-1].x1, top + height, NAVY)
    for lines, col in zip(style.lines(doc, header, cols), cols):
        for i, text in enumerate(lines):
            doc.text(col.anchor(), top + head.vpad + 9 * 0.9 + i * head.leading, text, size=9, align=col.align,
                     bold=True, color=white)
    return top + height


def band_repeated_over_break(path: Path) -> list[ExpectedTable]:
    """87. A header band over unruled body rows, repeated at the top of the next page where
    the table goes on with a section row (a label, no figures). The band closes no row: the
    row before the break, its short label beside its figures, is complete, and the section
    label is a row of its own, not the end of that label."""
    doc = Doc(path, page_label=4)
    top = doc.paragraph(560, PARA)
    caption = "表1. 财务概览"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 百万瑞郎)")
    cols = columns(doc.left + 5, [150, 110, 110, 106], "lrrr")
    header = ["", "2020/21 年", "2022/23 年", "预算利用情况"]
    before = [["经营成果", "99.7", "172.5", ""], ["储备金供资的项目", "34.5", "21.4", "62%"],
              ["盈余/(赤字)", "70.8", "121.5", ""]]
    after = [["净资产", "", "", ""], ["截至 2021 年 12 月 31 日的净资产", "", "729.4", ""],
             ["重估储备金盈余", "", "(12.3)", ""], ["截至 2023 年 12 月 31 日的净资产", "", "838.6", ""]]
    body = Printing(size=9, leading=12.5, vpad=6, valign="bottom", stripe=lambda i: False)
    top = striped_table(doc, band_header(doc, top, header, cols), [], before, cols, body)
    doc.new_page()
    top = striped_table(doc, band_header(doc, 62.0, header, cols), [], after, cols, body)
    doc.paragraph(top + 24, PARA)
    doc.save()
    return [ExpectedTable.printed(caption, [header], before + after, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["band_repeated_over_break"] = band_repeated_over_break


def long_label_under_band(path: Path) -> list[ExpectedTable]:
    """88. A header band over unruled rows set at the bottom of their cells, a narrow label
    column: on the page, the first row's label wraps over ten lines before its figures, and
    the next row's label runs to the page's foot, its figures overleaf. The lines under the
    band are the table's rows, though the first figures stand far below it (one line of
    figures makes no table by its alignment alone). Not in ISSUE14_LAYOUTS: the label's
    end overleaf, above its figures, is not yet joined to its start (test_printings reads
    page 1)."""
    doc = Doc(path, page_label=238)
    cols = columns(doc.left + 5, [70, 90, 90, 90, 70], "lrrrr")
    header = ["交付成果", "项目预算", "经调整的项目预算", "支出", "预算利用情况"]
    rows = [["扩大产权组织知识产权门户网站控制面板的功能，加强产权组织知识产权门户网站与综合业务应用程序之间的信息交换，"
             "提供更多个性化协助，扩大通用功能组合的覆盖范围，并促进增强移动功能", "1,308,000", "956,139", "1,099,748", "115%"],
            ["加强横向服务的标准化，包括整合标准化客户服务；在账户管理系统中实现通用用户群体功能；并探索为门户文本引入一致的"
             "内容编辑工具和流程", "540,000", "874,560", "1,028,737", "118%"]]
    body = Printing(size=9, leading=12.5, vpad=6, valign="bottom", stripe=lambda i: False)
    assert len(body.style().lines(doc, rows[0], cols)[0]) >= 10, "the first label must wrap over ten lines"
    # Placed so that five lines of the second label fit on the page.
    heights = Printing(size=9, vpad=6).style(True).height(doc, header, cols) + body.style().height(doc, rows[0], cols)
    top = doc.height - 60 - 2 * body.vpad - 5.5 * body.leading - heights - 40
    caption = "表8. 截至 2023 年 12 月 31 日的资源利用情况"
    doc.paragraph(62, PARA)
    top = doc.unit_line(doc.caption(top, caption), "(单位: 瑞郎)")
    top = band_header(doc, top, header, cols)
    top = draw_cells(doc, top, rows[0], cols, body)
    room = int((doc.height - 60 - top - 2 * body.vpad) // body.leading)
    assert 3 <= room < len(body.style().lines(doc, rows[1], cols)[0]), "the second label must run over the page"
    top = draw_split_row(doc, top, rows[1], cols, body, keep=[room, 0, 0, 0, 0])
    doc.paragraph(top + 24, PARA)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


def banded_head(doc: Doc, top: float, header: Sequence[str], sections: Sequence[str], cols: Sequence[Col],
                p: Printing, band: bool = True) -> float:
    """A dark header band, white text, holding the header row (its cells wrapped) and section
    rows under it (a renderer that sets them in the table's head, repeated overleaf), closed
    by a rule; with no band, the header between a top rule and the closing one (booktabs).
    Returns the closing rule's y."""
    style = RowStyle(size=p.size, leading=p.leading, vpad=p.vpad, bold=band, color=white if band else black)
    rows = [list(header)] + [[name] + [""] * (len(cols) - 1) for name in sections]
    bottom = top + sum(style.height(doc, row, cols) for row in rows)
    if band:
        doc.fill(cols[0].x0, top, cols[-1].x1, bottom, NAVY)
    else:
        doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    for row in rows:
        top = style.draw(doc, top, row, cols)
    doc.hline(cols[0].x0, cols[-1].x1, bottom, 0.6, black)
    return bottom


def banded_rows(doc: Doc, top: float, rows: Sequence[Sequence[str]], cols: Sequence[Col], p: Printing) -> float:
    for row in rows:
        top = draw_cells(doc, top, row, cols, p)
    return top


BANDED_HEADER = ["", "2022/23 年工作计划和预算", "2022/23 年调剂使用后最终预算", "2022/23 年支出", "预算利用情况"]


def section_row_in_band(path: Path) -> list[ExpectedTable]:
    """86. A header band holding a section row under the header (set in the table's head,
    so printed again with it overleaf), its rows under the band's rule set further apart
    than a line's height (roomy cell padding), the table going on overleaf under the band
    repeated, no rule closing it. The band alone has no figures: it heads the rows under its
    rule, and the section row overleaf is the band's, not a row of the table again."""
    doc = Doc(path, page_label=7)
    caption = "表6. 2022/23 年按费用类别开列的预算与支出 (单位：千瑞郎)"
    top = doc.caption(doc.paragraph(470, PARA) + 6, caption)
    cols = columns(doc.left + 5, [140, 80, 90, 80, 80], "lrrrr")
    p = Printing(vpad=6.5)
    staff = COST_SECTIONS[1:5]
    rest = COST_SECTIONS[5:]
    top = banded_rows(doc, banded_head(doc, top, BANDED_HEADER, ["A. 人事费"], cols, p), staff, cols, p)
    assert top < doc.height - 60
    doc.new_page()
    # No rule closes it: the band is all that is drawn, on both pages.
    top = banded_rows(doc, banded_head(doc, 62, BANDED_HEADER, ["A. 人事费"], cols, p), rest, cols, p)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [BANDED_HEADER], COST_SECTIONS, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["section_row_in_band"] = section_row_in_band


def one_row_under_band_at_foot(path: Path) -> list[ExpectedTable]:
    """87. Tables under a header band that holds a section row, one row under the band's
    rule at a page's foot and the rest overleaf under the band repeated; the band and a row
    alone at the foot are a table's start, not text."""
    return _one_row_under_head_at_foot(path, band=True)


def one_row_under_rules_at_foot(path: Path) -> list[ExpectedTable]:
    """88. As 87 with no band: the header between a top rule and the rule closing it
    (booktabs), its cells wrapped, one row under it at the page's foot, set from the rule by
    roomy padding, further below the header's last line than its rows stand apart."""
    return _one_row_under_head_at_foot(path, band=False)


def _one_row_under_head_at_foot(path: Path, band: bool) -> list[ExpectedTable]:
    doc = Doc(path, page_label=65)
    caption = "预算和支出（人事和非人事） (单位：千瑞郎)"
    top = doc.paragraph(600, PARA)
    doc.text(doc.left, top + 9, caption, size=9)
    # Under rules, one header cell wraps: the header's second line is that cell alone, no
    # line of cells side by side.
    cols = columns(doc.left + 5, [140, 80, 90, 80, 80] if band else [140, 100, 90, 80, 80], "lrrrr")
    p = Printing(vpad=6.5)
    header = ["费用类别", "2022/23 年计划和预算", "2022/23 年调剂使用后最终预算", "2022/23 年支出", "利用率 (%)"]
    rows = [["人事费", "59,735", "55,959", "55,360", "99%"], ["非人事费", "20,695", "22,142", "19,769", "89%"],
            ["总计", "80,430", "78,101", "75,128", "96%"]]
    sections = ["费用"] if band else []
    top = banded_rows(doc, banded_head(doc, top + 22, header, sections, cols, p, band), rows[:1], cols, p)
    assert top < doc.height - 40
    doc.new_page()
    top = banded_rows(doc, banded_head(doc, 62, header, sections, cols, p, band), rows[1:], cols, p)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.6, black)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    # The section row is read as the header's lower level here: it is printed in the head.
    head = [header, ["费用", "", "", "", ""]] if band else [header]
    return [ExpectedTable.printed(caption, head, rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["one_row_under_band_at_foot"] = one_row_under_band_at_foot
ISSUE14_LAYOUTS["one_row_under_rules_at_foot"] = one_row_under_rules_at_foot


def indicators_overleaf_without_header(path: Path) -> list[ExpectedTable]:
    """A table of indicators in three rules (over and under the header, under the last row),
    cells set at the top and figures flush right, going on overleaf with no header and no
    rule above. Page 2 holds one row of bare figures ("65%", "97%"); the others are figures
    with units ("10 家", "3.5 级") and text, in the same columns cell by cell: one table."""
    doc = Doc(path, page_label=43)
    top = doc.paragraph(470, PARA)
    cols = columns(doc.left + 4, [170, 75, 90, 90, 50], "lrrrr")
    header = ["绩效指标", "基准", "目标", "绩效数据", "绩效指标评估"]
    rows = [["无障碍图书联合会：向印刷品阅读障碍者提供无障碍图书的数量", "526,955 种", "两年期增加 25%",
             "830,623 种", "●"],
            ["可持续的国家 TISC 网络的数量", "42 个", "49 个", "49 个", "●"],
            ["技术转让实体和其他机构对产权组织所提供服务的满意度", "不适用", "≥90% 满意或非常满意", "98%", "●"],
            ["与遗传资源、传统知识和传统文化表现形式相关的培训和能力建设活动的参与者的满意度", "65%",
             "≥85% 满意或非常满意", "97%", "●"],
            ["使用产权组织资料和工具的中小企业支助机构的数量", "不适用", "10 家", "21 家", "●"],
            ["使用产权组织资料和工具的支助机构所协助的中小企业数量", "不适用", "2,000 家中小企业", "3,670 家中小企业",
             "●"],
            ["通过 IPAS 套件应用程序协助的知识产权局的平均服务级别", "3.5 级", "≥3.5 级", "3.6 级", "●"]]
    p = Printing(size=9.0, leading=14.0, vpad=4.0, valign="top", stripe=lambda i: False)
    doc.hline(cols[0].x0, cols[-1].x1, top + 8, 1.0, black)
    top = draw_cells(doc, top + 8, header, cols, p, bold=True)
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
    top = striped_table(doc, top, [], rows, cols, p, break_after=2)
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    doc.paragraph(top + 20, NOTE)
    doc.save()
    return [ExpectedTable.printed("", [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["indicators_overleaf_without_header"] = indicators_overleaf_without_header


def centred_dashes_over_a_break(path: Path) -> list[ExpectedTable]:
    """Unruled, the total row shaded, figures centred in their columns and set on the middle
    line of labels wrapped over three to seven lines, so rows stand further apart than a
    cell's lines; the table goes on overleaf without its header, page 2 beginning with a row
    of dashes ("768,000 - - - 5%"). Centred, a dash and the figure under it share only their
    middle: the rows under the row of dashes are the same columns, not a second table."""
    doc = Doc(path, page_label=149)
    top = doc.paragraph(150, PARA)
    caption = "截至 2023 年 12 月 31 日的资源利用情况 (单位：瑞郎)"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left + 5, [160, 66, 66, 66, 60, 60], "lccccc")
    header = ["交付成果", "项目预算", "经调整的项目预算", "支出", "预算利用情况", "实施进展率"]
    rows = [["扩大产权组织知识产权门户网站控制面板的功能，加强产权组织知识产权门户网站与综合业务应用程序之间的信息交换，"
             "提供更多个性化协助，扩大通用功能组合的覆盖范围，并促进增强移动功能", "1,308,000", "956,139", "1,099,748",
             "115%", "100%"],
            ["将其他业务应用程序迁移到该平台，包括实现通用用户界面、通用导航系统和通用支付处理模块", "1,206,000",
             "1,581,694", "1,654,772", "105%", "100%"],
            ["加强横向服务的标准化，包括整合标准化客户服务；在账户管理系统中实现通用用户群体功能；并探索为门户文本引入一致"
             "的内容编辑工具和流程", "540,000", "874,560", "1,028,737", "118%", "100%"],
            ["设计并配置初始后端应用程序编程接口管理环境，从而在应用程序之间实现程度更高且一致的网络安全，并实现软件和数据"
             "资产的外部化", "768,000", "-", "-", "-", "5%"],
            ["不断开发产权组织知识产权门户网站，提供高质量的计划管理，根据管理服务提供商（MSP）方法制定并管理战略/计划，"
             "并支持和管理平台", "1,294,000", "1,182,363", "991,584", "84%", "100%"],
            ["提高数据处理和信息技术解决方案的一致性，实施软件开发政策，并进一步扩展软件开发聚合管道", "240,000",
             "318,910", "389,271", "122%", "100%"],
            ["总计", "5,000,000", "5,534,236", "5,163,595", "103%", "82%"]]
    p = Printing(size=10.5, leading=16.4, vpad=6.0, valign="middle", stripe=lambda i: i == len(rows) - 1)
    assert all(len(p.style().lines(doc, row, cols)[0]) % 2 == 1 for row in rows[3:5]), "figures on a label's line"
    top = striped_table(doc, top + 4, [header], rows, cols, p, break_after=2)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["centred_dashes_over_a_break"] = centred_dashes_over_a_break


BENEFITS = [["在产权组织面向外部的信通技术系统中提供统一的用户体验", "符合知识产权门户系统中的最低标准（共同的外观和感觉、共同导航）",
             "52%（2019 年 12 月）", "增长 15%", "77%"],
            ["产权组织面向外部的信通技术系统更加方便用户使用，并改善客户体验", "用户满意度分数", "73%（2018 年 11 月）",
             "增长 5%", "80%"],
            ["增强对产权组织服务和品牌认知的积极感受", "用户满意度分数", "71%（2018 年 11 月）", "增长 5%", "80%"],
            ["增强客户对产权组织服务提供的满意度", "用户满意度分数", "71%（2018 年 11 月）", "增长 5%", "80%"],
            ["通过实施计划管理框架提高组织效率", "MSP 健康检查", "90.8%（2019 年底）", "95%", "95.4%"],
            ["通过各业务部门的协同作用和信息技术平台，提高信息技术开发团队的成本效率和工作效率", "在知识产权门户矩阵中的调整率",
             "57%（2020 年 4 月）", "增长 5%", "77%"]]


def ruled_rows_bottom_overleaf(path: Path) -> list[ExpectedTable]:
    """A rule under every row, zebra stripes, cells set on their bottom, the header not
    repeated (WeasyPrint, s024): page 2 begins with a row whose label and baseline wrap, so
    its top line holds the label's start and the baseline's, a line above the row's figures,
    in the same ruled row. That line is the row's, not a header of page 2."""
    doc = Doc(path, page_label=128)
    top = doc.paragraph(120, PARA)
    caption = "效益实现"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left + 5, [120, 85, 90, 88, 90], "lrrrr")
    header = ["效益说明", "关键绩效指标", "第二阶段基准值", "第二阶段目标值", "第二阶段绩效数据"]
    p = Printing(size=9.5, leading=13.7, vpad=3.0, valign="bottom", stripe=lambda i: i % 2 == 1)
    first_overleaf = 3
    assert all(len(lines) == 2 for lines in p.style().lines(doc, BENEFITS[first_overleaf], cols)[:1])
    x0, x1 = cols[0].x0, cols[-1].x1
    top = draw_cells(doc, top + 4, header, cols, p, bold=True)
    doc.hline(x0, x1, top, 0.5, black)
    for i, row in enumerate(BENEFITS):
        if i == first_overleaf:
            doc.new_page()
            top = 62.0
            doc.hline(x0, x1, top, 0.5, black)
        height = p.style().height(doc, row, cols)
        if p.stripe(i):
            doc.fill(x0, top, x1, top + height, ZEBRA)
        top = draw_cells(doc, top, row, cols, p)
        doc.hline(x0, x1, top, 0.5, black)
    doc.paragraph(top + 20, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], BENEFITS, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["ruled_rows_bottom_overleaf"] = ruled_rows_bottom_overleaf


INDICATOR_ROWS = [["下载产权组织出版物的唯一身份访问者人数", "4,860,251 人", "两年期增长 20%", "5,118,589 人", "▲"],
                  ["媒体提及产权组织的次数", "113,898 次", "两年期增长 20%", "143,696 次", "●"],
                  ["产权组织主要社交媒体的覆盖面", "粉丝总人数：318,401 人 Twitter：112,968 人 LinkedIn：123,367 人",
                   "在两年期结束时所有社交媒体上的粉丝≥500,000 人", "粉丝总人数：500,127 人 Twitter：142,914 人", "●"],
                  ["成员国和其他利益攸关方对活动组织的满意程度", "满意或非常满意", "满意或非常满意", "满意或非常满意", "●"],
                  ["内容提要译为联合国所有正式语言的产权组织旗舰出版物的百分比", "100%", "100%", "100%", "●"],
                  ["出版并译为联合国所有正式语言的全球出版物的百分比实体知识产权主题", "60%", "100%", "42%", "▲"]]


def grid_text_rows_overleaf(path: Path) -> list[ExpectedTable]:
    """Every cell boxed, cells set on their bottom, the header (bold) not repeated (WeasyPrint,
    s033): page 2 begins with two rows of text cells, no figure in them, then rows of figures.
    Those first rows are rows of the table, not a header of page 2; and a label that fills
    its cell to the rule, a word space off the next cell's figure, is two cells."""
    doc = Doc(path, page_label=21)
    top = doc.paragraph(520, PARA)
    caption = "绩效指标评估"
    top = doc.caption(top + 6, caption)
    cols = [Col(c.x0, c.x1, c.align, pad=2.0) for c in columns(doc.left, [204, 86, 86, 86, 46], "llccc")]
    header = ["绩效指标", "基准", "目标", "绩效数据", "评估"]
    style = RowStyle(size=9.5)
    label = style.lines(doc, INDICATOR_ROWS[3], cols)[0]
    assert len(label) == 1 and doc.measure(label[0], 9.5) > 204 - 4 - 9.5, "a label fills its cell to the rule"

    def grid(ys: list[float]) -> None:
        doc.canvas.setStrokeColor(black)
        doc.canvas.setLineWidth(0.6)
        doc.canvas.grid([c.x0 for c in cols] + [cols[-1].x1], [doc.height - y for y in ys])

    ys = [top, RowStyle(size=9.5, bold=True).draw(doc, top, header, cols, valign="bottom")]
    for i, row in enumerate(INDICATOR_ROWS):
        if i == 2:
            grid(ys)
            doc.new_page()
            ys = [62.0]
        ys.append(style.draw(doc, ys[-1], row, cols, valign="bottom"))
    grid(ys)
    doc.paragraph(ys[-1] + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], INDICATOR_ROWS, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["grid_text_rows_overleaf"] = grid_text_rows_overleaf


def middle_header_at_foot(path: Path) -> list[ExpectedTable]:
    """Chromium (s037): no rules, the header in regular weight, every cell set on the middle
    of its row. A table starts at a page's foot with its header and one row, the rest
    overleaf with no header repeated. One heading wraps over two lines, the others stand on
    the line between them; the first row's figures stand between the two lines of its label.
    The heading's foot is further from the first row than the row's lines are apart, but it
    hangs under the header's row of cells: the header and that row are the table's start."""
    doc = Doc(path, page_label=56)
    top = doc.paragraph(560, PARA)
    caption = "按成果开列的预算和支出 (单位：千瑞郎)"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left + 3, [250, 92, 80, 70], "lccc")
    header = ["预期成果", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"]
    rows = _result_rows(37)[1:]
    p = Printing(size=8.8, leading=13.9, vpad=5.0, valign="middle", stripe=lambda i: False, head_bold=False)
    wrapped = p.style().lines(doc, header, cols)
    assert [len(cell) for cell in wrapped] == [1, 1, 2, 1], "one heading wraps, under the others"
    assert len(p.style().lines(doc, rows[0], cols)[0]) == 2, "the first row's label wraps"
    top = striped_table(doc, top + 4, [header], rows, cols, p, break_after=0)
    assert doc.page == 2
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["middle_header_at_foot"] = middle_header_at_foot


def small_ruled_rows_overleaf(path: Path) -> list[ExpectedTable]:
    """LibreOffice (s026): a rule under every row, cells set on their bottom, the table in
    smaller type than the page's text, continued overleaf with no header repeated. Page 2
    opens with a rule, then a label wrapped over several lines above its row of figures: its
    lines, in the table's type, are its first row, though they are in no size the page's
    text (mostly the paragraphs under the table) would call a table's."""
    doc = Doc(path, page_label=9)
    top = doc.paragraph(420, PARA)
    caption = "表4. 2022/23 年按预期成果和部门开列的支出"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位：千瑞郎)")
    cols = columns(doc.left + 3, [120, 60, 60, 60, 60, 60], "lrrrrr")
    header = ["预期成果", "专利", "品牌", "版权", "行政", "总计"]
    rng = random.Random(26)
    labels = ["5.1 通过充满活力的组织文化为秘书处赋能，提供适当的资源和培训，使工作卓有成效、互相协作",
              "5.2 数字化支持的安全、可持续的业务环境和服务",
              "5.3 健全、审慎的财务管理以及有效的组织治理和监督"]
    rows = [[label] + [money(rng.randrange(1_000, 90_000)) for _ in range(4)] for label in RESULTS + labels]
    rows = [row + [money(sum(int(v.replace(",", "")) for v in row[1:]))] for row in rows]
    p = Printing(size=8.0, leading=17.1, vpad=4.0, valign="bottom", stripe=lambda i: False)
    x0, x1 = cols[0].x0, cols[-1].x1
    top = draw_cells(doc, top + 4, header, cols, p, bold=True)
    doc.hline(x0, x1, top, 0.5, black)
    for i, row in enumerate(rows):
        if i == len(RESULTS):
            doc.new_page()
            top = 62.0
            doc.hline(x0, x1, top, 0.5, black)
        top = draw_cells(doc, top, row, cols, p)
        doc.hline(x0, x1, top, 0.5, black)
    assert len(p.style().lines(doc, rows[len(RESULTS)], cols)[0]) >= 3, "the first label overleaf wraps"
    for _ in range(3):
        top = doc.paragraph(top + 16, PARA + PARA)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["small_ruled_rows_overleaf"] = small_ruled_rows_overleaf


def sentence_over_text_table(path: Path) -> list[ExpectedTable]:
    """Chromium (s034): under the table's title a sentence at the page's margin ("2022 年没有效
    益实现。"), then a table of text whose header is in regular weight and whose cells are
    padded off the margin. The sentence is the page's, not a line of the header."""
    doc = Doc(path, page_label=136)
    top = doc.paragraph(62, PARA)
    caption = "效益实现"
    top = doc.caption(top + 6, caption)
    top = doc.paragraph(top, "2022 年没有效益实现。")
    cols = columns(doc.left + 1, [180, 100, 60, 80, 60], "lcccc")
    header = ["效益说明", "关键绩效指标", "基准值", "目标值", "绩效数据"]
    rows = [["向内部客户更好地提供数据和分析支持", "对全新集中化企业数据来源所生成报告的采用率", "不适用", "80%的内部用户使用报告", "-"],
            ["通过加强数据管理和读写能力，实现分析和数据驱动的决策", "定义的数据集百分比", "0", "50%", "-"],
            ["通过加强数据治理和数据管理做法，降低数据管理不当的风险", "已实施和监测的数据标准百分比", "0", "50%", "-"]]
    p = Printing(size=9.0, leading=11.5, vpad=5.0, valign="middle", stripe=lambda i: i % 2 == 1, head_bold=False)
    top = striped_table(doc, top - 4, [header], rows, cols, p)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["sentence_over_text_table"] = sentence_over_text_table


def band_head_and_one_tall_row_at_foot(path: Path) -> list[ExpectedTable]:
    """LibreOffice (s002): a dark header band whose headings wrap, set on the band's bottom,
    then one row at the page's foot whose label wraps over three lines, its figures on the
    last (cells set on their bottom, a word processor's tall lines); the rest overleaf under
    the header repeated. The row is the table's first, read with the band; the headings'
    wrapped lines stand the label's leading apart, one cell each."""
    doc = Doc(path, page_label=122)
    top = doc.paragraphs_down_to(470)
    caption = "按成果开列的预算和支出 (单位：千瑞郎)"
    top = doc.caption(top + 6, caption)
    cols = columns(doc.left, [110, 100, 100, 120], "lccc")
    header = ["预期成果", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"]
    head = RowStyle(size=10.5, leading=21.6, vpad=9, bold=True, color=white)
    body = RowStyle(size=10.5, leading=21.6, vpad=6)
    assert [len(lines) for lines in head.lines(doc, header, cols)] == [1, 2, 2, 1], "two headings wrap"
    rows = _result_rows(2)[1:2] + [["2.1 多边对话", "13,562", "11,405", "84%"], ["3.1 地方创新", "24,487", "23,549", "96%"],
                                   ["总计", "98,765", "91,234", "92%"]]
    assert len(body.lines(doc, rows[0], cols)[0]) >= 3, "the first label wraps over three lines or more"
    height = head.height(doc, header, cols)
    doc.fill(cols[0].x0, top, cols[-1].x1, top + height, NAVY)
    top = head.draw(doc, top, header, cols, valign="bottom")
    top = body.draw(doc, top, rows[0], cols, valign="bottom")
    assert top < doc.height - 50
    doc.new_page()
    top = 62.0
    doc.fill(cols[0].x0, top, cols[-1].x1, top + height, NAVY)
    top = head.draw(doc, top, header, cols, valign="bottom")
    for row in rows[1:]:
        top = body.draw(doc, top, row, cols, valign="bottom")
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_start=1, page_end=2)]


ISSUE14_LAYOUTS["band_head_and_one_tall_row_at_foot"] = band_head_and_one_tall_row_at_foot


def _broken(doc: Doc, figure: str, width: float, size: float) -> str:
    """The figure with a space where a word processor breaks it in a cell `width` wide: after
    the longest beginning that fits (Doc.wrap breaks at spaces only)."""
    cut = max(k for k in range(1, len(figure) + 1) if doc.measure(figure[:k], size, latin=True) <= width)
    return figure if cut == len(figure) else f"{figure[:cut]} {figure[cut:]}"


def _cents(v: int) -> str:
    return f"{v // 100:,}.{v % 100:02d}"


def broken_figures(valign: VAlign) -> Generator:
    """A word processor's unruled table whose figure columns are narrower than its largest
    figures: each of those is broken over two lines of its cell ("1,045,396.3" over "8",
    "17,347,988." over "16"), the cells set on their top, middle or bottom. Each broken
    figure is one cell of its row; no half is a row of its own."""
    def layout(path: Path) -> list[ExpectedTable]:
        doc = Doc(path, page_label=98)
        top = doc.paragraph(62, PARA)
        caption = "表10. 2023 年信托基金"
        top = doc.unit_line(doc.caption(top + 6, caption), "(单位：瑞郎)")
        p = Printing(valign=valign, stripe=lambda i: False)
        fits = doc.measure("999,999.99", p.size, latin=True)
        cols = columns(doc.left + 5, [120, 50] + [fits + 8.5] * 3, "llrrr")
        header = ["捐助方", "代码", "2022 年底余额", "收到的款项", "2023 年底余额"]
        rng = random.Random(98)
        rows = []
        for i, name in enumerate(["中国", "法国（工业产权）", "意大利", "日本（版权）", "墨西哥", "大韩民国（版权）", "乌拉圭"]):
            big = i % 2 == 1
            a = rng.randrange(100_000_000, 900_000_000) if big else rng.randrange(1_000_000, 60_000_000)
            b = rng.randrange(1_000_000, 40_000_000)
            rows.append([name, f"W{i:03d}", _cents(a), _cents(b), _cents(a + b - rng.randrange(0, 900_000))])
        totals = [sum(int(r[k].replace(",", "").replace(".", "")) for r in rows) for k in (2, 3, 4)]
        rows.append(["总计", ""] + [_cents(v) for v in totals])
        width = fits + 0.5
        printed = [[_broken(doc, s, width, p.size) if j >= 2 else s for j, s in enumerate(r)] for r in rows]
        assert sum(" " in s for r in printed for s in r[2:]) >= 6, "the large figures must break"
        top = striped_table(doc, top + 4, [header], printed, cols, p)
        doc.paragraph(top + 16, NOTE)
        doc.save()
        return [ExpectedTable.printed(caption, [header], rows)]
    return layout


ISSUE14_LAYOUTS.update({f"broken_figures_{v}": broken_figures(v) for v in ("top", "middle", "bottom")})


def rows_down_the_page(doc: Doc, top: float, cols: Sequence[Col], p: Printing, kind: str, seed: int,
                       until: float) -> tuple[float, list[list[str]]]:
    """Rows of a label, two figures and their ratio drawn from `top` down while they start
    above `until`; returns where the next row starts, and the rows."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    while top < until:
        a, b = rng.randrange(100, 9000), rng.randrange(100, 9000)
        rows.append([f"第 {len(rows) + 1} 项{kind}", f"{a / 10:,.1f}", f"{b / 10:,.1f}", f"{round(100 * b / a)}%"])
        top = draw_cells(doc, top, rows[-1], cols, p)
    return top, rows


def caption_as_cells_at_foot(path: Path) -> list[ExpectedTable]:
    """A word processor sets a caption and unit line in its tables' own type: one table's
    rows fill a page, the next table's caption, unit line and header are the page's last
    lines, its rows overleaf. The caption ends the first table; the rows overleaf are the
    second's, under the header left at the foot, not the first's continued."""
    doc = Doc(path, page_label=3)
    p = Printing(stripe=lambda i: False)
    size = p.size
    cols = columns(doc.left, [200, 90, 90, 90], "lrrr")
    first = "表 1. 2022/23 年主要财务数据"
    doc.text(doc.left, 62 + size, first, size=size)
    doc.text(doc.left, 62 + 2.6 * size, "(单位：百万瑞郎)", size=size)
    header = ["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数", "差异"]
    top = draw_cells(doc, 62 + 3.5 * size, header, cols, p, bold=True)
    top, rows = rows_down_the_page(doc, top, cols, p, "收入", 3, doc.height - 150 - 2 * p.style().height(doc, header, cols))
    second = "表 2. 2022/23 年收入"
    doc.text(doc.left, top + 20 + size, second, size=size)
    doc.text(doc.left, top + 20 + 2.6 * size, "(单位：百万瑞郎)", size=size)
    header2 = ["收入来源", "2022/23 年收入概算", "2022/23 年收入实际数", "差异"]
    draw_cells(doc, top + 20 + 3.5 * size, header2, cols, p, bold=True)
    doc.new_page()
    rows2 = [["PCT 体系", "736.9", "749.4", "102%"], ["马德里体系", "160.0", "169.9", "106%"],
             ["海牙体系", "12.2", "15.0", "123%"], ["小计", "909.3", "934.6", "103%"]]
    top = 62.0
    for row in rows2:
        top = draw_cells(doc, top, row, cols, p)
    doc.paragraph(top + 14, NOTE)
    doc.save()
    return [ExpectedTable.printed(first, [header], rows),
            ExpectedTable.printed(second, [header2], rows2, page_start=2, page_end=2)]


ISSUE14_LAYOUTS["caption_as_cells_at_foot"] = caption_as_cells_at_foot


T1_CAPTION = "表 1. 2022/23 年主要财务数据"
T1_HEADER = ["主要财务数据", "2022/23 年计划和预算", "2022/23 年实际数", "2022/23 年实际数与计划和预算的差异"]


def t1_columns(doc: Doc) -> list[Col]:
    return columns(doc.left, [150, 100, 100, 110], "lrrr")


def t1_page(path: Path) -> tuple[Doc, Printing, float]:
    """A page with T1's caption and unit line, cells to be set on their middle: the page,
    how it sets cells, and where the header goes."""
    doc = Doc(path, page_label=2)
    top = doc.unit_line(doc.caption(62, T1_CAPTION), "(单位：百万瑞郎)")
    return doc, Printing(valign="middle", stripe=lambda i: False), top


def last_row_wrapped_overleaf(path: Path) -> list[ExpectedTable]:
    """Cells on their middle, no rules, the header repeated on every page: the table's last
    row alone at the top of the next page under its header, its label wrapped over two lines
    with its figure between them. Too short to be read as a table there, the row is still
    the table's last, not text."""
    doc, p, top = t1_page(path)
    caption, cols, header = T1_CAPTION, t1_columns(doc), T1_HEADER
    top = draw_cells(doc, top + 4, header, cols, p, bold=True)
    top, rows = rows_down_the_page(doc, top, cols, p, "支出", 2, doc.height - 60 - 3 * p.style().height(doc, header, cols))
    last = ["2023 年 12 月 31 日计入净资产的精算收益和损失总额", "", "605.2", ""]
    assert len(p.style().lines(doc, last, cols)[0]) == 2, "the last label wraps over two lines"
    doc.new_page()
    top = draw_cells(doc, 62, header, cols, p, bold=True)
    top = draw_cells(doc, top, last, cols, p)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows + [last], page_end=2)]


ISSUE14_LAYOUTS["last_row_wrapped_overleaf"] = last_row_wrapped_overleaf


def middle_header_repeated_overleaf(path: Path) -> list[ExpectedTable]:
    """Cells on their middle, no rules, the header repeated on every page, one heading wrapped
    over two lines and the others on one: on the next page the wrapped heading's first line
    stands alone above the others' line, further right than the rows there reach (they print
    in one column only). It is the header's, not a caption over another table: the rows under
    it go on the table of the page before."""
    doc, p, top = t1_page(path)
    caption, cols, header = T1_CAPTION, t1_columns(doc), T1_HEADER
    assert [len(lines) for lines in p.style(bold=True).lines(doc, header, cols)] == [1, 1, 1, 2]
    top = draw_cells(doc, top + 4, header, cols, p, bold=True)
    rng = random.Random(5)
    rows = []
    for n in range(48):
        a, b = rng.randrange(100, 9000), rng.randrange(100, 9000)
        rows.append([f"第 {n + 1} 项支出", f"{a / 10:,.1f}", f"{b / 10:,.1f}", f"{round(100 * b / a)}%"])
    page_two = next(i for i in range(len(rows)) if top + (i + 2) * p.style().height(doc, rows[0], cols) > doc.height - 60)
    rows[page_two:] = [[f"2023 年底净资产第 {n} 项", "", f"{rng.randrange(100, 9000) / 10:,.1f}", ""]
                       for n in range(1, 6)]
    for row in rows[:page_two]:
        top = draw_cells(doc, top, row, cols, p)
    doc.new_page()
    top = draw_cells(doc, 62, header, cols, p, bold=True)
    for row in rows[page_two:]:
        top = draw_cells(doc, top, row, cols, p)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows, page_end=2)]


ISSUE14_LAYOUTS["middle_header_repeated_overleaf"] = middle_header_repeated_overleaf


# LibreOffice's 1.6-line spacing in a tall CJK font (s119: 10.5 pt, lines 23.9 pt apart): a
# cell's wrapped lines stand further apart than a line's height, its rows further still.
TALL = RowStyle(size=10.5, leading=23.9, vpad=10)
TALL_HEAD = RowStyle(size=10.5, leading=23.9, vpad=5, bold=True, color=white)
ER_HEADER = ["预期成果", "2022/23 年计划和预算", "2022/23 年调剂使用后预算", "2022/23 年支出"]
# "2022/23 年调" / "剂后的预算": a wrapped line centred under the first and about as long.
STAFF_HEADER = ["费用类别", "2022/23 年计划和预算", "2022/23 年调剂后的预算", "2022/23 年支出", "利用率 (%)"]


def tall_band_header(doc: Doc, top: float, header: Sequence[str], cols: Sequence[Col]) -> float:
    """A navy band between two rules, its headings set on their middle (booktabs over a
    header band, as a word processor prints it)."""
    heads = [Col(c.x0, c.x1, "left" if i == 0 else "center") for i, c in enumerate(cols)]
    bottom = top + TALL_HEAD.height(doc, header, heads)
    doc.fill(cols[0].x0, top, cols[-1].x1, bottom, NAVY)
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    TALL_HEAD.draw(doc, top, header, heads, valign="middle")
    doc.hline(cols[0].x0, cols[-1].x1, bottom, 0.6, black)
    return bottom


def tall_rows_over_break(doc: Doc, top: float, header: Sequence[str], cols: Sequence[Col],
                         rows: Sequence[Sequence[str]], break_at: int) -> float:
    """A table in the tall style, cells on their middle: its header band and its rows up to
    `break_at`, then overleaf the header band again, the other rows and the closing rule;
    returns the rule's y."""
    top = tall_band_header(doc, top, header, cols)
    for row in rows[:break_at]:
        top = TALL.draw(doc, top, row, cols, valign="middle")
    doc.new_page()
    top = tall_band_header(doc, 62, header, cols)
    for row in rows[break_at:]:
        top = TALL.draw(doc, top, row, cols, valign="middle")
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    return top


def _results_rows(n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for label in (RESULTS * 2)[:n]:
        budget = rng.randrange(800, 30_000)
        rows.append([label, money(budget), money(budget + rng.randrange(-500, 900)),
                     money(budget - rng.randrange(-300, 1_200))])
    return rows


def tall_leading_middle(path: Path) -> list[ExpectedTable]:
    """s119 (LibreOffice, 1.6 lines, cells on their middle, a header band between rules, the
    header repeated overleaf): the figures of a label wrapped over four lines stand between
    its middle lines, closer to them than a line's height is tall, and rows stand further
    apart than any two lines of a cell. With no closing rule on the page (the table goes on
    overleaf), only the lines say that the rows are one table, not a run of lone rows. Under
    it, headings wrapped over two lines beside one-line headings set on their middle
    ("费用类别", "利用率 (%)") are one header row, each heading one cell."""
    doc = Doc(path, page_label=121)
    caption = "按成果开列的预算和支出 (单位: 千瑞郎)"
    top = doc.caption(62, caption)
    cols = columns(doc.left, [120, 110, 110, 110], "lccc")
    rows = _results_rows(7, 119)
    assert [len(TALL.lines(doc, row, cols)[0]) for row in rows] == [4, 4, 4, 3, 4, 4, 4], "figures between lines"
    assert max(len(x) for x in TALL_HEAD.lines(doc, ER_HEADER, cols)) == 2
    top = tall_rows_over_break(doc, top + 8, ER_HEADER, cols, rows, 5)
    staff_caption = "预算和支出 (人事和非人事) (单位: 千瑞郎)"
    top = doc.caption(top + 30, staff_caption)
    staff_cols = columns(doc.left, [150, 72, 72, 72, 100], "lcccc")
    staff = [["人事费", "26,496", "24,542", "23,521", "96%"], ["非人事费", "11,186", "13,376", "11,521", "86%"],
             ["总计", "37,682", "37,918", "35,042", "92%"]]
    assert [len(x) for x in TALL_HEAD.lines(doc, STAFF_HEADER, staff_cols)] == [1, 2, 2, 2, 1]
    top = tall_band_header(doc, top + 8, STAFF_HEADER, staff_cols)
    for row in staff:
        top = TALL.draw(doc, top, row, staff_cols, valign="middle")
    doc.hline(staff_cols[0].x0, staff_cols[-1].x1, top, 1.0, black)
    assert top < doc.height - 80
    doc.save()
    return [ExpectedTable.printed(caption, [ER_HEADER], rows, page_end=2),
            ExpectedTable.printed(staff_caption, [STAFF_HEADER], staff, page_start=2, page_end=2)]


ISSUE14_LAYOUTS["tall_leading_middle"] = tall_leading_middle


def tall_leading_row_at_foot(path: Path) -> list[ExpectedTable]:
    """As `tall_leading_middle`, the header repeated overleaf: a table's caption, header band
    and first row (a label of four lines, its figures between its middle two) are a page's
    last lines; overleaf, under the repeated header, the next row's label wraps round its
    figures too (two lines, the figures between them). The row at the foot is read under
    its header, whole, and the table goes on overleaf as one."""
    return _tall_rows_at_foot(path, 1)


def tall_leading_rows_at_foot(path: Path) -> list[ExpectedTable]:
    """As `tall_leading_row_at_foot`, three rows at the page's foot (s119 p122): two gaps
    between rows, alike, are all that say how far apart its rows stand there."""
    return _tall_rows_at_foot(path, 3)


def _tall_rows_at_foot(path: Path, at_foot: int) -> list[ExpectedTable]:
    doc = Doc(path, page_label=114)
    cols = columns(doc.left, [120, 110, 110, 110], "lccc")
    rows = _results_rows(at_foot + 3, 114)
    # Overleaf, the first row's label wraps over two lines, its figures between them.
    rows[at_foot][0] = "2.1 成员国之间就国际规范框架"
    assert len(TALL.lines(doc, rows[at_foot], cols)[0]) == 2
    foot = sum(TALL.height(doc, row, cols) for row in rows[:at_foot]) + TALL_HEAD.height(doc, ER_HEADER, cols)
    assert len(TALL.lines(doc, rows[0], cols)[0]) == 4, "the first label wraps over four lines"
    doc.paragraph(62, PARA)
    caption = "按成果开列的预算和支出 (单位: 千瑞郎)"
    top = doc.caption(doc.height - 95 - foot, caption)
    assert top + 8 + foot < doc.height - 50, "the rows fit the page"
    top = tall_rows_over_break(doc, top + 8, ER_HEADER, cols, rows, at_foot)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [ER_HEADER], rows, page_end=2)]


ISSUE14_LAYOUTS["tall_leading_row_at_foot"] = tall_leading_row_at_foot
ISSUE14_LAYOUTS["tall_leading_rows_at_foot"] = tall_leading_rows_at_foot


def tall_leading_t1_overleaf(path: Path) -> list[ExpectedTable]:
    """As `tall_leading_middle`, T1 (s119 p4): overleaf, under the repeated header band, the
    first row's label wraps over two lines with its figures between them, clear of the
    label's end. One heading wraps: its first line stands alone in the band over the others'
    line. The band's lines are the whole header, on either page."""
    doc = Doc(path, page_label=3)
    top = doc.caption(62, T1_CAPTION)
    cols = columns(doc.left, [130, 110, 110, 110], "lccc")
    rows = [["IPSAS 调整后收入总额", "951.8", "972.2", "102%"], ["人事支出", "476.5", "449.4", "94%"],
            ["非人事支出", "317.3", "293.3", "92%"], ["IPSAS 调整前支出总额", "793.8", "742.8", "94%"],
            ["IPSAS 调整后储备金供资的项目", "28.9", "15.1", "52%"], ["特别账户会费", "19.5", "16.7", "86%"],
            ["特别账户支出", "19.5", "17.4", "90%"]]
    assert len(TALL.lines(doc, rows[4], cols)[0]) == 2, "the first row overleaf wraps over two lines"
    assert [len(x) for x in TALL_HEAD.lines(doc, T1_HEADER, cols)] == [1, 1, 1, 2], "one heading wraps"
    top = tall_rows_over_break(doc, top + 8, T1_HEADER, cols, rows, 4)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(T1_CAPTION, [T1_HEADER], rows, page_end=2)]


ISSUE14_LAYOUTS["tall_leading_t1_overleaf"] = tall_leading_t1_overleaf


def small_print_text_rows(path: Path) -> list[ExpectedTable]:
    """s113 (LibreOffice, 7 pt WenQuanYi: a tall font's lines 1.04 lines apart, cells padded
    in points): rows of deliverables stand 2.2 lines apart, some with figures and most
    without, no rules, cells at their top. A padding of a few points is wide in lines at 7
    pt: the rows are one table, those without figures included. Three rows of figures only
    (two spans between them): each gap as wide as a span's widest is a row gap too."""
    doc = Doc(path, page_label=148)
    top = doc.paragraph(62, PARA)
    caption = "表9. 截至 2023 年 12 月 31 日的资源利用情况"
    top = doc.unit_line(doc.caption(top + 6, caption), "(单位: 瑞郎)")
    cols = columns(doc.left, [120, 60, 70, 55, 65, 60], "lrrrrr")
    header = ["交付成果", "项目预算", "经调整的项目预算", "支出", "预算利用情况", "实施进展率"]
    rows = [["CRM 建立企业级客户关系管理解决方案，使客户相关数据和联系方式采用共同方法进行管理",
             "1,274,380", "600,126", "137,192", "23%", "20%"],
            ["在组织层面为产权组织客户建立产权组织各项服务的共同组合管理功能", "", "", "", "", ""],
            ["开发产权组织帐户应用程序，以实现数据采集的标准化、协调各项服务", "", "", "", "", ""],
            ["CX 加强产权组织各项服务与产权组织知识产权门户的整合", "", "", "", "", ""],
            ["为产权组织移动应用程序建立框架并参与开发", "", "", "", "", ""],
            ["利用产权组织知识产权门户作为知识产权商业化的渠道", "", "", "", "", ""],
            ["提高数据流动的自动化程度，扩大内部数据集的覆盖面和使用范围", "1,556,139", "2,198,131",
             "1,633,859", "74%", "75%"],
            ["开发并嵌入数据科学的战略性应用，以便有效实施关于客户体验的业务战略", "", "", "", "", ""],
            ["总计", "2,830,519", "2,798,257", "1,771,051", "63%", "47%"]]
    p = RowStyle(size=7, leading=14.5, vpad=7.5)
    assert all(len(p.lines(doc, row, cols)[0]) >= 2 for row in rows[:-1]), "every label wraps"
    top = RowStyle(size=7, leading=14.5, vpad=7.5, bold=True).draw(doc, top + 6, header, cols)
    for row in rows:
        top = p.draw(doc, top, row, cols)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    return [ExpectedTable.printed(caption, [header], rows)]


ISSUE14_LAYOUTS["small_print_text_rows"] = small_print_text_rows


def small_print_band_overleaf(path: Path) -> list[ExpectedTable]:
    """s119's A6 (LibreOffice, 6 pt, a two-row header band between rules, cells padded 8 pt):
    the header repeated on every page over rows padded further from the band's edge than a 6 pt
    line's height, its two rows further apart than the body's. The band heads the rows under
    it there too: one table over three pages, its header no caption or text between them."""
    doc = Doc(path, page_label=137)
    caption = "附件六 2022/23 年按联盟开列的主要财务数据"
    top = doc.caption(62, caption)
    cols = columns(doc.left, [140, 55, 55, 55, 55, 55, 55], "lrrrrrr")
    unions = ["PCT 联盟", "马德里联盟", "合计"]
    children = ["", "预算", "实际数"] * 1 + ["预算", "实际数"] * 2
    head = RowStyle(size=6, leading=9, vpad=8, bold=True, color=white)
    body = RowStyle(size=6, leading=9, vpad=10)
    rng = random.Random(137)
    rows = []
    for n in range(70):
        a, b, c, d = (rng.randrange(1_000, 90_000) for _ in range(4))
        rows.append([f"第 {n + 1} 项收入或支出", money(a), money(b), money(c), money(d), money(a + c), money(b + d)])

    def band(top: float) -> float:
        middle = top + head.height(doc, ["主要财务数据"], cols[:1])
        bottom = middle + head.height(doc, children, cols)
        doc.fill(cols[0].x0, top, cols[-1].x1, bottom, NAVY)
        doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
        head.draw(doc, top, ["主要财务数据 (单位: 千瑞郎)"], [Col(cols[0].x0, cols[0].x1, "left")])
        head.draw(doc, top, unions, [Col(cols[k].x0, cols[k + 1].x1, "center") for k in (1, 3, 5)])
        head.draw(doc, middle, children[1:], [Col(c.x0, c.x1, "center") for c in cols[1:]])
        doc.hline(cols[0].x0, cols[-1].x1, bottom, 0.6, black)
        return bottom

    top, pages = band(top + 8), 1
    for row in rows:
        if top + body.height(doc, row, cols) > doc.height - 60:   # no closing rule: it goes on
            doc.new_page()
            top, pages = band(62), pages + 1
        top = body.draw(doc, top, row, cols)
    assert pages == 3
    doc.hline(cols[0].x0, cols[-1].x1, top, 1.0, black)
    doc.paragraph(top + 16, NOTE)
    doc.save()
    spans = ["主要财务数据 (单位: 千瑞郎)"] + [u for u in unions for _ in (0, 1)]
    return [ExpectedTable.printed(caption, [spans, children], rows, page_end=pages)]


ISSUE14_LAYOUTS["small_print_band_overleaf"] = small_print_band_overleaf


def ruled_middle_rows_overleaf(path: Path) -> list[ExpectedTable]:
    """s117's T1 (WeasyPrint, a rule under every row, cells on their middle, the header not
    repeated): the table's last two rows alone at the next page's top, the first's label
    wrapped over two lines with its figure on a line of its own between them. Ruled, with
    one line of cells side by side, they are still rows of the table, not text."""
    doc = Doc(path, page_label=2)
    top = doc.caption(62, T1_CAPTION)
    cols = t1_columns(doc)
    p = RowStyle(size=8, leading=11.6, vpad=4)
    rng = random.Random(117)
    rows = [[f"第 {n + 1} 项收入或支出", f"{rng.randrange(100, 9000) / 10:,.1f}", f"{rng.randrange(100, 9000) / 10:,.1f}",
             f"{rng.randrange(50, 150)}%"] for n in range(60)]

    def ruled(top: float, row: list[str]) -> float:
        bottom = p.draw(doc, top, row, cols, valign="middle")
        doc.hline(cols[0].x0, cols[-1].x1, bottom, 0.5, black)
        return bottom

    doc.hline(cols[0].x0, cols[-1].x1, top + 4, 0.5, black)
    top = ruled(top + 4, T1_HEADER)
    last = [["2023 年 12 月 31 日计入净资产的精算收益和损失总额（含特别账户）", "", "(233.4)", ""],
            ["2023 年 12 月 31 日净资产", "", "605.2", ""]]
    assert len(p.lines(doc, last[0], cols)[0]) == 2, "the first row overleaf wraps over two lines"
    page_one = next(i for i in range(len(rows)) if top + (i + 1) * p.height(doc, rows[0], cols) > doc.height - 60)
    rows = rows[:page_one]
    for row in rows:
        top = ruled(top, row)
    doc.new_page()
    top = 62.0
    doc.hline(cols[0].x0, cols[-1].x1, top, 0.5, black)
    for row in last:
        top = ruled(top, row)
    doc.paragraph(top + 20, PARA)
    doc.save()
    return [ExpectedTable.printed(T1_CAPTION, [T1_HEADER], rows + last, page_end=2)]


ISSUE14_LAYOUTS["ruled_middle_rows_overleaf"] = ruled_middle_rows_overleaf
