"""Figures a word processor broke over two lines of their cell, made one figure again.

A figure too wide for its cell is broken wherever the line ends: LibreOffice prints
"1,045,396.3" over "8" and "17,347,988." over "16". Read line by line, the half standing
alone is a row of its own (a label-less row of wrong figures) and the row keeps the other
half: two wrong cells for one printed figure, and every sum through them fails.

A head and a tail are one figure when all of these hold: the tail stands right under the
head, closer than a line's height, inside the head's width, with nothing of the column
between them; the head is as wide as the column's widest figure (it filled its cell, which
is why it broke); head and tail read together as one well-formed figure; and the head alone
is not one the column would print (it ends in a separator, is malformed, or has fewer
decimals than the column's figures, which the joined figure has). And one of the two lines
holds nothing but such halves, so two rows' figures, each beside its label, are never joined.
The joined figure goes to the line of its row: the nearest line from the head's to the
tail's that holds anything else.

A year in a narrow header cell breaks the same way ("202" over "3 年"). Its head is a year's
first digits alone in its segment; its tail, right under it, is the year's last digits,
within the head's width, followed by text, which no row of figures prints in a cell ("3 年").
The digits go back to the head's line, so the cell reads as a year wrapped at its word
space ("2023" over "年"), as wider cells print it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from extractors.layout import Line, Segment, Word
from extractors.model import Box
from extractors.numbers import YEAR, decimals

# A figure's beginning: digits and separators, a sign or an opening bracket before them.
_HEAD = re.compile(r"\(?[-−+]?\d[\d,]*\.?\d*")
# A figure's end: digits and separators with at least one digit, a bracket or % after them.
_TAIL = re.compile(r"[\d,.]*\d[\d,.]*\)?%?")
_WHOLE = re.compile(r"\(?[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?")
# What a narrow cell leaves of a year on its first line (made whole: numbers.YEAR).
_YEAR_HEAD = re.compile(r"(?:19|20)\d?")
# A year's unit, wrapped alone under it.
_YEAR_UNIT = re.compile(r"年(?:度|份)?")
# A year's last digits run into its unit in one word.
_DIGITS_RUN_ON = re.compile(r"(\d{1,2})(年.*)")
# How close under its head a tail stands, and how far past its sides, in font sizes.
MAX_GAP = 1.5
SIDE_SLACK = 0.25
# A cell's next line stands less than a line's height under it (a tall leading), text
# that no row of figures prints in a cell under a year's head telling a wrap from a row.
WRAP_GAP = 1.0
# A head filled its cell: at least this share of the widest figure of its column.
FILLED = 0.9


@dataclass(frozen=True)
class _Join:
    head_line: int
    head: Segment
    tail_line: int
    tail: Segment


def join_broken_figures(lines: list[Line]) -> list[Line]:
    """The lines with every broken figure joined into one segment, in its row's line; lines
    that held nothing but halves of broken figures are gone."""
    joins = _joins(lines)
    if not joins:
        return lines
    parts = {id(s) for j in joins for s in (j.head, j.tail)}
    halves_only = {i for i, ln in enumerate(lines) if all(id(s) in parts for s in ln.segments)}
    placed: dict[int, list[Segment]] = {}
    for join in joins:
        target = _row_line(lines, join, halves_only)
        halves_only.discard(target)
        placed.setdefault(target, []).append(_joined(join, lines[target]))
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i in halves_only:
            continue
        kept = [s for s in line.segments if id(s) not in parts] + placed.get(i, [])
        out.append(Line(segments=sorted(kept, key=lambda s: s.box.x0), in_row=line.in_row))
    return out


def join_broken_years(lines: list[Line]) -> list[Line]:
    """The lines with every year broken over two lines of its cell whole on the first."""
    out = list(lines)
    for i in range(len(out) - 1):
        upper = out[i]
        if not any(_YEAR_HEAD.fullmatch(s.text) for s in upper.segments):
            continue   # no year begun on this line: the next need not be parted
        lower = _digits_apart(out[i + 1])
        moves = {id(s): t for s in upper.segments if (t := _year_tail(s, lower))}
        if not moves:
            continue
        out[i] = _with_segments(upper, [_year_joined(s, moves[id(s)]) if id(s) in moves else s
                                        for s in upper.segments])
        tails = {id(t) for t in moves.values()}
        out[i + 1] = _with_segments(lower, [Segment(words=s.words[1:]) if id(s) in tails else s
                                            for s in lower.segments])
    return out


def join_wrapped_year_units(lines: list[Line]) -> list[Line]:
    """The lines with every year whose unit wrapped under it ("2021" / "年", a narrow header
    cell) whole on one line: the line that keeps other text, the lower one when both do (the
    cells of a header set on their bottom line end there). A line left with nothing is gone.
    Read apart, the years above stood as a line of figures over the table: a caption, its
    figures orphans, and the header cells bare units."""
    out = list(lines)
    for i in range(len(out) - 1):
        upper, lower = out[i], out[i + 1]
        units = {id(s): u for s in upper.segments if (u := _unit_under(s, lower))}
        if not units:
            continue
        joined = {id(s): _year_with_unit(s, units[id(s)]) for s in upper.segments if id(s) in units}
        taken = {id(u) for u in units.values()}
        rest_upper = [s for s in upper.segments if id(s) not in units]
        rest_lower = [s for s in lower.segments if id(s) not in taken]
        if rest_lower or not rest_upper:
            out[i] = _with_segments(upper, rest_upper)
            out[i + 1] = _with_segments(lower, sorted(rest_lower + [_on_line(j, lower) for j in joined.values()],
                                                      key=lambda s: s.box.x0))
        else:
            out[i] = _with_segments(upper, sorted(rest_upper + list(joined.values()), key=lambda s: s.box.x0))
            out[i + 1] = _with_segments(lower, rest_lower)
    return [ln for ln in out if ln.segments]


def _unit_under(head: Segment, lower: Line) -> Segment | None:
    """The segment of `lower` right under the year `head` that prints only its unit (年)."""
    under = _alone_under(head, lower, YEAR)
    if under is None or not _YEAR_UNIT.fullmatch(under.text) or \
            not under.box.within_x(head.box, SIDE_SLACK * head.words[0].size):
        return None
    return under


def _alone_under(head: Segment, lower: Line, pattern: re.Pattern[str]) -> Segment | None:
    """The one segment of `lower` under `head`, a word the pattern matches whole, in its
    cell's next line (closer than a line's height); None where there is not one."""
    if len(head.words) != 1 or not pattern.fullmatch(head.text):
        return None
    if not 0 <= lower.box.top - head.box.bottom < WRAP_GAP * head.words[0].size:
        return None
    under = [s for s in lower.segments if s.box.overlaps_x(head.box)]
    return under[0] if len(under) == 1 else None


def _year_with_unit(year: Segment, unit: Segment) -> Segment:
    return Segment(words=[*year.words, *unit.words])


def _on_line(segment: Segment, line: Line) -> Segment:
    """The segment's words set on the line's height (its words keep their x)."""
    top, bottom = line.box.top, line.box.bottom
    return Segment(words=[replace(w, box=Box(w.box.x0, top, w.box.x1, bottom)) for w in segment.words])


def _year_tail(head: Segment, lower: Line) -> Segment | None:
    """The segment of `lower` that ends the year `head` begins, if any."""
    tail = _alone_under(head, lower, _YEAR_HEAD)
    if tail is None or len(tail.words) < 2 or not tail.words[0].box.within_x(head.box, SIDE_SLACK * head.words[0].size):
        return None
    digits, rest = tail.words[0].text, tail.words[1:]
    if not digits.isdigit() or not YEAR.fullmatch(head.text + digits) or any(_TAIL.fullmatch(w.text) for w in rest):
        return None
    return tail


def _digits_apart(line: Line) -> Line:
    """The line with each segment's first word that runs a year's last digits into its text
    ("3年", set without a space) parted into the digits and the text."""
    segments = []
    for segment in line.segments:
        first = segment.words[0]
        if not (match := _DIGITS_RUN_ON.fullmatch(first.text)):
            segments.append(segment)
            continue
        cut = len(match.group(1))
        x = first.starts[cut] if first.starts and len(first.starts) > cut else \
            first.box.x0 + first.box.width * cut / len(first.text)
        digits = replace(first, text=first.text[:cut], box=Box(first.box.x0, first.box.top, x, first.box.bottom),
                         starts=first.starts[:cut] if first.starts else None)
        rest = replace(first, text=first.text[cut:], box=Box(x, first.box.top, first.box.x1, first.box.bottom),
                       starts=first.starts[cut:] if first.starts else None)
        segments.append(Segment(words=[digits, rest, *segment.words[1:]]))
    return Line(segments=segments, in_row=line.in_row) if segments != line.segments else line


def _year_joined(head: Segment, tail: Segment) -> Segment:
    word, digits = head.words[0], tail.words[0]
    # The digits join the head's line: the year stands on it, as wide as printed in two parts.
    box = Box(word.box.x0, word.box.top, word.box.x1 + digits.box.width, word.box.bottom)
    return Segment(words=[Word(text=word.text + digits.text, box=box, size=word.size,
                               bold=word.bold, light=word.light, baseline=word.baseline)])


def _with_segments(line: Line, segments: list[Segment]) -> Line:
    return Line(segments=segments, in_row=line.in_row)


def _joins(lines: list[Line]) -> list[_Join]:
    # Which figures may be halves, judged by their place alone: none of them says what
    # decimals a column prints (where most of its figures broke, most of them are halves).
    pairs = [j for i in range(len(lines)) for s in lines[i].segments if (j := _join_under(lines, i, s))]
    halves = {id(x) for j in pairs for x in (j.head, j.tail)}
    candidates = [j for j in pairs if _one_figure(j.head, j.tail, lines, halves)]
    # Keep only joins one of whose lines holds nothing else: dropping one may leave another
    # join's line with a segment that is no half, so settle until nothing changes.
    while True:
        parts = {id(s) for j in candidates for s in (j.head, j.tail)}
        halves_only = {i for i, ln in enumerate(lines) if all(id(s) in parts for s in ln.segments)}
        kept = [j for j in candidates if j.head_line in halves_only or j.tail_line in halves_only]
        if len(kept) == len(candidates):
            return kept
        candidates = kept


def _join_under(lines: list[Line], i: int, head: Segment) -> _Join | None:
    """The tail under `head` (on line i) that makes one figure of it by place and form, if
    any (the column's decimals are judged once all such pairs are known: `_joins`)."""
    if not _HEAD.fullmatch(head.text):
        return None
    size = max(w.size for w in head.words)
    box = head.box
    for j in range(i + 1, len(lines)):
        gap = lines[j].box.top - box.bottom
        if gap > MAX_GAP * size:
            return None
        below = [s for s in lines[j].segments if s.box.overlaps_x(box)]
        if not below:
            continue
        tail = below[0]
        if len(below) > 1 or not tail.box.within_x(box, SIDE_SLACK * size) or gap < -0.2 * size:
            return None
        if not _set_apart(lines, i, j, gap) or not _one_figure(head, tail, lines, None):
            return None
        return _Join(i, head, j, tail)
    return None


def _set_apart(lines: list[Line], i: int, j: int, gap: float) -> bool:
    """Head and tail stand closer together than the lines around them do: the rows of the
    table are further apart than a cell's lines."""
    around = [lines[k + 1].box.top - lines[k].box.bottom for k in (i - 1, j) if 0 <= k < len(lines) - 1]
    return not around or gap < 0.8 * max(around)


def _one_figure(head: Segment, tail: Segment, lines: list[Line], halves: set[int] | None) -> bool:
    """Head and tail read together as one figure the column would print. Without `halves`
    (the ids of the segments that may be halves), by form alone; with them, the joined
    figure also has the decimals of the column's figures that are no halves."""
    joined = head.text + tail.text
    if not _TAIL.fullmatch(tail.text) or not _WHOLE.fullmatch(joined):
        return False
    others = [s for ln in lines for s in ln.segments
              if s is not head and s is not tail and s.box.overlaps_x(head.box) and _WHOLE.fullmatch(s.text)]
    if others and head.box.width < FILLED * max(s.box.width for s in others):
        return False
    if not _WHOLE.fullmatch(head.text) or halves is None:
        return True
    # The decimals the column prints, or where it prints no other figure, the table's:
    # of its figures that are no halves.
    whole = [s for s in others if id(s) not in halves]
    figures = whole or [s for ln in lines for s in ln.segments
                        if id(s) not in halves and s is not head and s is not tail and _WHOLE.fullmatch(s.text)]
    usual = Counter(decimals(s.text) for s in figures).most_common(1)
    return bool(usual) and decimals(head.text) < decimals(joined) == usual[0][0]


def _row_line(lines: list[Line], join: _Join, halves_only: set[int]) -> int:
    """The line the joined figure belongs to: the nearest one from head to tail that holds
    anything but halves (cells set on their middle put the row's line between them)."""
    middle = (join.head.box.top + join.tail.box.bottom) / 2
    rows = [k for k in range(join.head_line, join.tail_line + 1) if k not in halves_only]
    if not rows:
        return join.head_line
    return min(rows, key=lambda k: abs(lines[k].box.center_y - middle))


def _joined(join: _Join, line: Line) -> Segment:
    head = join.head.words[0]
    word = Word(text=join.head.text + join.tail.text, box=join.head.box.union(join.tail.box),
                size=max(w.size for w in join.head.words + join.tail.words), bold=head.bold,
                light=head.light, baseline=line.baseline)
    return Segment(words=[word])


