"""One PDF page as positioned text lines, rules and filled areas.

Built on the characters and shapes `extractors.pdf_page` reads; everything after it
works on these plain dataclasses, so it can be fed by another PDF library or by tests.
"""
from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from extractors.model import Box
from extractors.numbers import decimals, parse_number
from extractors.pdf_page import Char, RawPage, Shape
from extractors.text import FOOTNOTE_MARKS

SUPERSCRIPT = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")
# A footnote marker as set small and raised: digits, or digits in brackets ("(1)").
MARKER = re.compile(r"\d+|\(\d+\)")
# Words further apart than this fraction of the font size are different cells.
SEGMENT_GAP = 0.6
MIN_SEGMENT_GAP = 3.5
# Characters further apart than this (points) are different words.
WORD_GAP = 1.5
# A fill at least this light is white: nothing on a white page.
WHITE = 0.99


@dataclass
class Word:
    text: str
    box: Box
    size: float
    bold: bool = False
    light: bool = False            # drawn in a light colour (white text on a dark band)
    baseline: float | None = None  # where it stands, when its font says (pdf_page.Char)
    # Where each character of `text` begins, as printed (an upright word read from a page):
    # figures run into each other are parted where their characters stand.
    starts: tuple[float, ...] | None = field(default=None, repr=False, compare=False)
    run_on: bool = False  # one of figures printed run into each other: it overflowed its cell


@dataclass
class Segment:
    """Words of one line close enough to be one cell's text."""
    words: list[Word]

    # Cached: a segment is complete once its line is split, and these are read many times.
    @cached_property
    def box(self) -> Box:
        return Box.around(w.box for w in self.words)

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def run_on(self) -> bool:
        """A figure parted from others it was printed run into: it overflowed its cell, so its
        box says less of where its column stands than its neighbours' do."""
        return any(w.run_on for w in self.words)

    @cached_property
    def is_numeric(self) -> bool:
        # "(000)" under a header is a unit note (thousands), not a negative zero.
        return parse_number(self.text) is not None and not re.fullmatch(r"\(0{3,}\)", self.text.strip())


@dataclass
class Line:
    """A printed line of text: words sharing a baseline, split into segments at wide gaps."""
    segments: list[Segment]
    # The first line of a table row's wrapped label, whatever its text reads like (an entry
    # "附件一 2022/23 年按部门开" of a table of contents is no caption): set by the regions.
    in_row: bool = False

    @cached_property
    def box(self) -> Box:
        return Box.around(s.box for s in self.segments)

    @property
    def text(self) -> str:
        return "  ".join(s.text for s in self.segments)

    @cached_property
    def baseline(self) -> float:
        """Where its text stands, footnote markers left out (a marker drawn from another font
        or set off the line moves the box, not the line): the words' baseline, where their
        fonts give it, else the bottom of their boxes. Measured at the bottoms, a line with a
        Latin word in it stood up to 2 pt lower than one of CJK text only (their fonts'
        descents differ), which is as much as a cell's lines are set apart more than a
        line's height."""
        every = [w for s in self.segments for w in s.words]
        # A line of markers only (one wrapped off its label) stands where they do.
        words = [w for w in every if not all(ch in FOOTNOTE_MARKS for ch in w.text.strip())] or every
        return max((w.box.bottom if w.baseline is None else w.baseline for w in words), default=self.box.bottom)

    @property
    def size(self) -> float:
        # The largest word: footnote markers set small must not shrink the line.
        return max(w.size for s in self.segments for w in s.words)

    @property
    def n_numeric(self) -> int:
        return sum(1 for s in self.segments if s.is_numeric)

    def keeping(self, keep: Callable[[Segment], bool]) -> Line | None:
        """The line with only the segments `keep` accepts: itself when it accepts all of
        them, None when it accepts none."""
        kept = [s for s in self.segments if keep(s)]
        if len(kept) == len(self.segments):
            return self
        return Line(segments=kept, in_row=self.in_row) if kept else None


@dataclass
class Rule:
    """A horizontal or vertical stroke (a line or a thin rectangle)."""
    box: Box
    horizontal: bool


@dataclass
class Fill:
    """A filled rectangle wider and taller than a stroke (a header band, zebra stripe).
    `pieces`: the fills it was joined from (`merge_fills`), where it was drawn cell by cell."""
    box: Box
    dark: bool
    pieces: tuple[Box, ...] = ()


@dataclass
class PageLayout:
    page: int                      # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    n_chars: int = 0

    @property
    def hrules(self) -> list[Rule]:
        return [r for r in self.rules if r.horizontal]

    @property
    def vrules(self) -> list[Rule]:
        return [r for r in self.rules if not r.horizontal]


def read_page(page: RawPage) -> PageLayout:
    """A page's characters and shapes → PageLayout."""
    layout = PageLayout(page=page.number, width=page.width, height=page.height, n_chars=len(page.chars))
    layout.lines = group_lines(_words(page.chars))
    layout.rules, layout.fills = _graphics(page.shapes)
    return layout


def _words(chars: list[Char]) -> list[Word]:
    runs = list(words_of(chars))
    if not runs:
        return []
    body_size = statistics.median(run[0].size for run in runs)
    words = []
    sideways: list[tuple[int, Word]] = []
    sizes_on = _sizes_by_baseline(runs)
    for run in runs:
        first = run[0]
        text = "".join(c.text for c in run)
        # Footnote markers are digits set small and raised; keep them as superscripts. Digits
        # as small as the text beside them on their baseline are that text (a table set in
        # small print: its figures "340", "(391)").
        if first.size < 0.75 * body_size and MARKER.fullmatch(text) and not _in_text_of_its_size(run, sizes_on):
            text = text.translate(SUPERSCRIPT)
        word = Word(text=text, box=Box.around(c.box for c in run), size=first.size,
                    bold=first.bold, light=first.luminance is not None and first.luminance > 0.8,
                    baseline=first.baseline,
                    starts=tuple(c.box.x0 for c in run for _ in c.text) if first.upright else None)
        if first.turn in (90, 270) and not first.upright:
            sideways.append((first.turn, word))
        else:
            words.append(word)
    return words + _sideways_lines(sideways)


def _sizes_by_baseline(runs: list[list[Char]]) -> dict[int, list[float]]:
    """The sizes of the upright runs that are no marker's digits, by baseline (to the point)."""
    found: dict[int, list[float]] = {}
    for run in runs:
        if run[0].upright and not MARKER.fullmatch("".join(c.text for c in run)):
            found.setdefault(round(run[0].box.bottom), []).append(run[0].size)
    return found


def _in_text_of_its_size(run: list[Char], sizes_on: dict[int, list[float]]) -> bool:
    """Text of the same size stands on the same baseline (markers beside markers do not count:
    two footnotes may be marked on one line)."""
    size, base = run[0].size, round(run[0].box.bottom)
    return any(abs(other - size) <= 0.05 * size for b in (base - 1, base, base + 1) for other in sizes_on.get(b, ()))


def _sideways_lines(words: list[tuple[int, Word]]) -> list[Word]:
    """Words set sideways on an upright page (a column header turned to run up its cell):
    the words of one turned line — one x, each following the last in its reading direction
    within a word space or two — are one word of the page, its text in the order printed, so
    that the line stands in its cell as one tall, narrow text."""
    out: list[Word] = []
    for turn in (90, 270):
        # In reading order: up the page (turn 90) from the bottom, down it (270) from the top.
        order = sorted((w for t, w in words if t == turn),
                       key=lambda w: (round(w.box.x0), -w.box.bottom if turn == 90 else w.box.top))
        line: list[Word] = []
        for word in order:
            if line:
                last = line[-1]
                gap = last.box.top - word.box.bottom if turn == 90 else word.box.top - last.box.bottom
                if abs(word.box.x0 - last.box.x0) <= 1.5 and word.size == last.size and \
                        -0.5 <= gap <= 0.8 * word.size:
                    line.append(word)
                    continue
                out.append(_joined_words(line))
            line = [word]
        if line:
            out.append(_joined_words(line))
    return out


def _joined_words(words: list[Word]) -> Word:
    if len(words) == 1:
        return words[0]
    return Word(text=" ".join(w.text for w in words), box=Box.around(w.box for w in words), size=words[0].size,
                bold=words[0].bold, light=words[0].light)


def words_of(chars: list[Char], x_tolerance: float = WORD_GAP, y_tolerance: float = 2.0) -> Iterator[list[Char]]:
    """Characters → words, as pdfplumber's extract_words: runs of characters (in the
    order they are drawn) sharing a style are clustered into lines by their tops, and a
    line breaks into words at spaces and at gaps wider than `x_tolerance`."""
    def style(c: Char) -> tuple[Any, ...]:
        return (c.upright, c.turn, c.size, c.font, c.luminance)

    for (upright, turn, *_), run in itertools.groupby(chars, key=style):
        run = list(run)
        # Upright characters of one line share a baseline, whatever their glyphs' tops (a
        # font's "R" boxed 2.4 pt lower than its "C" parted "CRM" into "C" and "RM").
        on_baselines = upright and all(c.baseline is not None for c in run)
        across = (lambda c: c.baseline) if on_baselines else (lambda c: c.box.top) if upright else (lambda c: c.box.x0)
        # Text turned sideways reads along the page's height: up it (from the bottom) or down it.
        along = (lambda c: (c.box.x0, c.box.x1)) if upright else \
            (lambda c: (-c.box.bottom, -c.box.top)) if turn == 90 else (lambda c: (c.box.top, c.box.bottom))
        for line in _clusters(run, across, y_tolerance if upright else x_tolerance):
            word: list[Char] = []
            for char in _in_reading_order(line, along, x_tolerance if upright else y_tolerance):
                if char.text.isspace():
                    if word:
                        yield word
                    word = []
                    continue
                if word:
                    (a0, a1), c0 = along(word[-1]), along(char)[0]
                    gap = x_tolerance if upright else y_tolerance
                    if c0 < a0 - OVERDRAWN * (a1 - a0) or c0 > a1 + gap or \
                            abs(across(char) - across(word[-1])) > y_tolerance:
                        yield word
                        word = []
                word.append(char)
            if word:
                yield word


def _in_reading_order(chars: list[Char], along: Callable[[Char], tuple[float, float]], gap: float) -> list[Char]:
    """One line's characters in reading order: by where each begins, except that a character
    drawn right after the one before, beginning inside it by less than `OVERDRAWN` of its
    width, stays after it. Figures too wide for their cells run into each other and overlap
    by a fraction of a glyph (s270 附件十's total, "17,347,988.16" drawn into "8,231,151.49":
    sorted by where each glyph begins, "…988.18" and "6,231,151.49")."""
    runs: list[list[Char]] = []
    for char in chars:
        if runs:
            (p0, p1), c0 = along(runs[-1][-1]), along(char)[0]
            if p0 - OVERDRAWN * (p1 - p0) <= c0 <= p1 + gap:
                runs[-1].append(char)
                continue
        runs.append([char])
    runs.sort(key=lambda run: along(run[0])[0])
    return [char for run in runs for char in run]


# How far into the glyph drawn before it a glyph may begin and still read after it (a share of
# that glyph's width): overflowing figures overlap by less; a glyph drawn over another stands
# on it (dedupe takes the copies away).
OVERDRAWN = 0.6


def _clusters(chars: list[Char], key: Callable[[Char], float], tolerance: float) -> list[list[Char]]:
    """Characters grouped by chains of `key` values no more than `tolerance` apart."""
    groups: list[list[Char]] = []
    last = None
    for char in sorted(chars, key=key):
        value = key(char)
        if last is None or value > last + tolerance:
            groups.append([])
        groups[-1].append(char)
        last = value
    return groups


def group_lines(words: list[Word]) -> list[Line]:
    """Cluster words into lines by vertical overlap, then split each line into segments."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.box.top, w.box.x0)):
        center = (word.box.top + word.box.bottom) / 2
        for row in reversed(rows[-3:]):
            ref = max(row, key=lambda w: w.size)
            if ref.box.top - 0.5 <= center <= ref.box.bottom + 0.5 and _no_overlap(row, word):
                row.append(word)
                break
        else:
            rows.append([word])
    rows = _raised_markers_home(_nearest_rows(_baseline_neighbours_home(_shared_baselines_home(rows))))
    return [Line(segments=split_segments(sorted(r, key=lambda w: w.box.x0))) for r in rows]


def _shared_baselines_home(rows: list[list[Word]]) -> list[list[Word]]:
    """Words of a line of two baselines that share the one baseline of the line beside it go
    to that line. Cells set on their middle interleave lines half a line apart; a figure
    whose box starts higher than the CJK label on its baseline ("100% (2022" beside "降低了
    枪击案…", 1.2 pt) came first in the top order, and its middle fell in the line above, a
    wrapped cell's line (s073's 效益实现: the figure left its row)."""
    def baseline(words: list[Word]) -> float | None:
        found = {round(w.baseline, 1) for w in words if w.baseline is not None}
        return found.pop() if len(found) == 1 and all(w.baseline is not None for w in words) else None

    for i, row in enumerate(rows):
        for j in (i - 1, i + 1):
            if not 0 <= j < len(rows) or not rows[j] or (b := baseline(rows[j])) is None:
                continue
            movers = [w for w in row if _on_baseline(w, b)]
            if movers and len(movers) < len(row) and all(_no_overlap(rows[j], w) for w in movers):
                for w in movers:
                    row.remove(w)
                rows[j].extend(movers)
    return [row for row in rows if row]


def _baseline_neighbours_home(rows: list[list[Word]]) -> list[list[Word]]:
    """A word touching none of its line's words on its baseline, but one of the line above or
    below on it, goes to that line: words of one cell share a baseline, whatever their
    glyphs' boxes. Chromium with a fallback font sets "2022/23" 0.9 pt lower than "年计划和
    预算" beside it; in a header set on its middle, half a line under a wrapped heading's
    first line, the digits' middles fell in the next line's boxes and the cell was cut in two
    (s061 T1)."""
    def joins(word: Word, row: list[Word]) -> bool:
        return any(w is not word and _on_baseline(word, w.baseline) and _side_by_side(word, w) for w in row)

    for i, row in enumerate(rows):
        for word in [w for w in row if len(row) > 1 and not joins(w, row)]:
            home = next((rows[j] for j in (i - 1, i + 1) if 0 <= j < len(rows) and joins(word, rows[j])
                         and _no_overlap(rows[j], word)), None)
            if home is not None:
                row.remove(word)
                home.append(word)
    return [row for row in rows if row]


def _on_baseline(word: Word, baseline: float | None) -> bool:
    """The word stands on that baseline, to a tenth of its size (both known)."""
    return word.baseline is not None and baseline is not None and abs(word.baseline - baseline) <= 0.1 * word.size


def _side_by_side(word: Word, other: Word) -> bool:
    """The two stand side by side, half the word's size apart at most (overlapping a point)."""
    reach = 0.5 * word.size
    return -1 <= word.box.x0 - other.box.x1 <= reach or -1 <= other.box.x0 - word.box.x1 <= reach


def _nearest_rows(rows: list[list[Word]]) -> list[list[Word]]:
    """A glyph set a little higher than the text around it (a quotation mark taken from a
    fallback font of another ascent, "使“静态”网页") comes before that text's line in the top
    order and may have joined the line above, which it also touches. A word that touches no
    word of its line but touches one of the line beside it, whose middle is nearer its own,
    goes to that line."""
    def middle(row: list[Word]) -> float:
        ref = max(row, key=lambda w: w.size)
        return (ref.box.top + ref.box.bottom) / 2

    def touches(row: list[Word], word: Word) -> bool:
        return any(w is not word and _side_by_side(word, w) for w in row)

    for i, row in enumerate(rows):
        for word in [w for w in row if not touches(row, w)]:
            if len(row) == 1:  # a line of its own stays one
                break
            centre = (word.box.top + word.box.bottom) / 2
            for other in (rows[j] for j in (i - 1, i + 1) if 0 <= j < len(rows)):
                ref = max(other, key=lambda w: w.size)
                if abs(centre - middle(other)) < abs(centre - middle(row)) and touches(other, word) \
                        and ref.box.top - 0.5 <= centre <= ref.box.bottom + 0.5 and _no_overlap(other, word):
                    row.remove(word)
                    other.append(word)
                    break
    return rows


def _raised_markers_home(rows: list[list[Word]]) -> list[list[Word]]:
    """A footnote marker raised so high above its word ("Others⁽¹⁾") that its top is above
    the word's line and it was set as a line of its own: it belongs to the word it stands
    against, on the line below."""
    out: list[list[Word]] = []
    for i, row in enumerate(rows):
        if len(row) == 1 and all(ch in FOOTNOTE_MARKS for ch in row[0].text):
            mark = row[0]
            home = next((r for r in rows[i + 1:i + 3] for w in r
                         if -1.0 <= mark.box.x0 - w.box.x1 <= 1.5 and w.box.top < mark.box.bottom < w.box.bottom
                         and w.size > mark.size and _no_overlap(r, mark)), None)
            if home is not None:
                home.append(mark)
                continue
        out.append(row)
    return out


def _no_overlap(row: list[Word], word: Word) -> bool:
    return all(w.box.x1 <= word.box.x0 + 1 or w.box.x0 >= word.box.x1 - 1 for w in row)


def split_segments(words: list[Word]) -> list[Segment]:
    segments: list[Segment] = []
    for word, parted in _unglued(words):
        if segments and not parted:
            last = segments[-1].words[-1]
            gap = word.box.x0 - last.box.x1
            limit = max(MIN_SEGMENT_GAP, SEGMENT_GAP * max(last.size, word.size))
            # Two figures side by side are two cells even when set close together, and so is
            # a figure beside a text that opens with one ("100%" beside "42%（19 种中的 8 种）":
            # right-aligned cells set tight, no word space between).
            two_figures = gap > 1.0 and _figure(last.text) and (_figure(word.text) or _opens_with_figure(word.text))
            if gap <= limit and not two_figures:
                segments[-1].words.append(word)
                continue
        segments.append(Segment(words=[word]))
    return segments


# A figure as printed: thousands grouped by commas or plain digits, decimals, a sign or brackets.
_WHOLE_FIGURE = re.compile(r"\(?[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?")


def _unglued(words: list[Word]) -> Iterator[tuple[Word, bool]]:
    """The words, each word that is figures run into each other parted (totals too wide for
    their cells set on into the next ones, no space between: "17,347,988.168,231,151.49",
    three and six in a row in small print); True with every part but the first. A word is
    parted only where it reads one way alone as whole figures alike: as many decimals (one
    or more), or all grouped in thousands. Each part stands where its characters were
    printed; a word that does not say (made by hand) is shared out by characters."""
    for word in words:
        parts = None if parse_number(word.text) is not None else _run_together(word.text)
        if parts is None:
            yield word, False
            continue
        starts = word.starts if word.starts is not None and len(word.starts) == len(word.text) else \
            tuple(word.box.x0 + k * word.box.width / len(word.text) for k in range(len(word.text)))
        at = 0
        for n, part in enumerate(parts):
            end = at + len(part)
            # Parted a little apart: what stands touching is one cell (find_columns).
            x0 = starts[at] + (0.5 if n else 0.0)
            x1 = starts[end] - 0.5 if end < len(starts) else word.box.x1
            yield Word(part, Box(x0, word.box.top, x1, word.box.bottom), word.size, word.bold, word.light,
                       word.baseline, starts[at:end], run_on=True), n > 0
            at = end


def _run_together(text: str) -> list[str] | None:
    """The one way `text` reads as two or more whole figures alike (`_alike`), or None."""
    found: list[list[str]] = []

    def walk(rest: str, parts: list[str]) -> None:
        if len(found) > 1:
            return
        if not rest:
            if len(parts) >= 2:
                found.append(parts)
            return
        for k in range(1, len(rest) + 1):
            head = rest[:k]
            if _WHOLE_FIGURE.fullmatch(head) and (not parts or _alike(parts[0], head)):
                walk(rest[k:], parts + [head])

    walk(text, [])
    return found[0] if len(found) == 1 else None


def _alike(a: str, b: str) -> bool:
    if not (_WHOLE_FIGURE.fullmatch(a) and _WHOLE_FIGURE.fullmatch(b)):
        return False
    places = decimals(a)
    return places == decimals(b) and (places >= 1 or "," in a and "," in b)


def _figure(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and parse_number(text) is not None


# A figure run straight into a full-width bracket that says what it counts: "42%（19 种中".
_FIGURE_THEN_TEXT = re.compile(_WHOLE_FIGURE.pattern + r"(?=[（〔【])")


def _opens_with_figure(text: str) -> bool:
    return bool(_FIGURE_THEN_TEXT.match(text))


def _graphics(shapes: list[Shape]) -> tuple[list[Rule], list[Fill]]:
    rules: list[Rule] = []
    fills: list[Fill] = []
    shaded: list[Box] = []       # fills in a colour, which a white fill drawn on them shows on
    for shape in shapes:
        box = shape.box
        if shape.fill and not shape.stroke and shape.luminance is not None and shape.luminance >= WHITE:
            # White on a white page shows nothing (a renderer's cell backgrounds): no band,
            # no stripe, no rule -- unless it is drawn on a shade, where it marks a cell.
            if not any(_inside(box, other) for other in shaded):
                continue
        elif shape.fill and shape.kind == "rect" and box.width > 2.5 and box.height > 2.5:
            shaded.append(box)
        if box.height <= 2.5 and box.width > 2.5:
            rules.append(Rule(box=box, horizontal=True))
        elif box.width <= 2.5 and box.height > 2.5:
            rules.append(Rule(box=box, horizontal=False))
        elif shape.kind == "rect" and shape.fill:
            fills.append(Fill(box=box, dark=shape.luminance is not None and shape.luminance < 0.5))
            if shape.stroke:
                rules.extend(_rect_edges(box))
        elif shape.kind == "rect" and shape.stroke:
            rules.extend(_rect_edges(box))
    return merge_rules(rules), merge_fills(fills)


def _inside(box: Box, outer: Box, tol: float = 1.0) -> bool:
    return outer.x0 - tol <= box.x0 and box.x1 <= outer.x1 + tol and outer.top - tol <= box.top and box.bottom <= outer.bottom + tol


def _rect_edges(box: Box) -> list[Rule]:
    return [Rule(Box(box.x0, box.top, box.x1, box.top), True),
            Rule(Box(box.x0, box.bottom, box.x1, box.bottom), True),
            Rule(Box(box.x0, box.top, box.x0, box.bottom), False),
            Rule(Box(box.x1, box.top, box.x1, box.bottom), False)]


def merge_rules(rules: list[Rule], tol: float = 1.5) -> list[Rule]:
    """Join collinear strokes that touch (renderers often draw a rule cell by cell)."""
    merged: list[Rule] = []
    for horizontal in (True, False):
        def key(r: Rule) -> tuple[float, float]:
            mid = (r.box.top + r.box.bottom) / 2 if horizontal else (r.box.x0 + r.box.x1) / 2
            start = r.box.x0 if horizontal else r.box.top
            return (round(mid / tol), start)
        group = sorted((r for r in rules if r.horizontal == horizontal), key=key)
        current: list[Rule] = []
        for rule in group:
            if current and _collinear(current[-1], rule, horizontal, tol):
                current[-1] = Rule(current[-1].box.union(rule.box), horizontal)
            else:
                current.append(rule)
        merged.extend(current)
    return merged


def _collinear(a: Rule, b: Rule, horizontal: bool, tol: float) -> bool:
    if horizontal:
        same_line = abs((a.box.top + a.box.bottom) - (b.box.top + b.box.bottom)) / 2 <= tol
        return same_line and b.box.x0 <= a.box.x1 + tol
    same_line = abs((a.box.x0 + a.box.x1) - (b.box.x0 + b.box.x1)) / 2 <= tol
    return same_line and b.box.top <= a.box.bottom + tol


def merge_fills(fills: list[Fill], tol: float = 1.0) -> list[Fill]:
    """Join touching fills of the same shade (a header band drawn cell by cell)."""
    out: list[Fill] = []
    for fill in sorted(fills, key=lambda f: (f.box.top, f.box.x0)):
        for i, other in enumerate(out):
            if other.dark == fill.dark and _touching(other.box, fill.box, tol):
                out[i] = Fill(other.box.union(fill.box), other.dark, (other.pieces or (other.box,)) + (fill.pieces or (fill.box,)))
                break
        else:
            out.append(fill)
    if len(out) < len(fills):
        return merge_fills(out, tol)
    return out


def _touching(a: Box, b: Box, tol: float) -> bool:
    side_by_side = abs(a.top - b.top) <= tol and abs(a.bottom - b.bottom) <= tol and \
        b.x0 <= a.x1 + tol and a.x0 <= b.x1 + tol
    stacked = abs(a.x0 - b.x0) <= tol and abs(a.x1 - b.x1) <= tol and \
        b.top <= a.bottom + tol and a.top <= b.bottom + tol
    return side_by_side or stacked
