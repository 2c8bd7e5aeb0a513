"""A PDF page's characters and vector shapes, read with pypdfium2.

The one module of the extractor that talks to a PDF library (camelot, the second
opinion, aside). pdfium reads a page's characters with their boxes about ten times
faster than pdfminer, which is what makes extraction cheap enough to run on every page.

Coordinates are PDF points with a top-left origin on the page as displayed (its
/Rotate applied), measured from the media box: the conventions pdfplumber uses, so
that the layout built on them does not depend on which library read the page.
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

import pypdfium2
import pypdfium2.raw as pdfium

from extractors.model import Box

Matrix = tuple[float, float, float, float, float, float]   # a b c d e f, as in PDF
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class DamagedPage(Exception):
    """A page whose content the PDF parsers cannot read."""


@dataclass(slots=True)
class Char:
    text: str
    box: Box
    size: float                 # font size times the text's scale, like pdfminer's
    font: str
    luminance: float | None     # of the fill colour, 0 black … 1 white
    upright: bool


@dataclass(slots=True)
class Shape:
    """One straight line, or one axis-aligned rectangle, of a path (curves are left out)."""
    box: Box
    kind: str                   # "line" or "rect"
    fill: bool
    stroke: bool
    luminance: float | None     # of the fill colour


@dataclass(slots=True)
class RawPage:
    number: int                 # 1-based
    width: float
    height: float
    chars: list[Char]
    shapes: list[Shape]


@lru_cache(maxsize=2)
def open_document(path: str, mtime: float) -> pypdfium2.PdfDocument:
    # One open document per process: pdfium parses the file's cross-reference and fonts once.
    return pypdfium2.PdfDocument(path)


def read(pdf_path: str | Path, page_number: int) -> RawPage:
    """The characters and shapes of one page (1-based page number)."""
    path = str(Path(pdf_path).resolve())
    doc = open_document(path, Path(path).stat().st_mtime)
    page = doc[page_number - 1]
    try:
        to_top_left = _display_transform(page)
        width, height = _display_size(page)
        raw = page.raw
        textpage = pdfium.FPDFText_LoadPage(raw)
        try:
            chars = _chars(textpage, to_top_left)
        finally:
            pdfium.FPDFText_ClosePage(textpage)
        shapes = list(_shapes(raw, to_top_left))
        if not pdfium.FPDFPage_CountObjects(raw):
            _raise_if_damaged(path, page_number)
    finally:
        page.close()
    return RawPage(page_number, width, height, chars, shapes)


def _raise_if_damaged(path: str, page_number: int) -> None:
    """pdfium reads a content stream it cannot decode as an empty page; pdfminer raises
    (zlib.error, PDFSyntaxError …), and a damaged page must fail rather than publish an
    edition without its tables. Asked only of pages with nothing on them, which are rare."""
    from pdfminer.high_level import extract_pages

    try:
        for _ in extract_pages(path, page_numbers=[page_number - 1]):
            pass
    except Exception as error:  # noqa: BLE001 - whatever the parser trips on, the page is damaged
        raise DamagedPage(str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__) from error


def _display_size(page: Any) -> tuple[float, float]:
    x0, y0, x1, y1 = page.get_mediabox()
    width, height = abs(x1 - x0), abs(y1 - y0)
    return (height, width) if page.get_rotation() in (90, 270) else (width, height)


def _display_transform(page: Any) -> Callable[[float, float], tuple[float, float]]:
    """User space → (x, top) on the displayed page; the same mapping pdfminer's page rotation makes."""
    x0, y0, x1, y1 = page.get_mediabox()
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    rotation = page.get_rotation()
    if rotation == 90:
        return lambda x, y: (y - y0, x - x0)
    if rotation == 180:
        return lambda x, y: (x1 - x, y - y0)
    if rotation == 270:
        return lambda x, y: (y1 - y, x1 - x)
    return lambda x, y: (x - x0, y1 - y)


def _box(to_top_left: Callable[[float, float], tuple[float, float]],
         left: float, bottom: float, right: float, top: float) -> Box:
    ax, at = to_top_left(left, bottom)
    bx, bt = to_top_left(right, top)
    return Box(min(ax, bx), min(at, bt), max(ax, bx), max(at, bt))


def _chars(textpage: Any, to_top_left: Callable[[float, float], tuple[float, float]]) -> list[Char]:
    rect = pdfium.FS_RECTF()
    matrix = pdfium.FS_MATRIX()
    styles: dict[int, tuple[str, float | None, float]] = {}
    chars: list[Char] = []
    for i in range(pdfium.FPDFText_CountChars(textpage)):
        code = pdfium.FPDFText_GetUnicode(textpage, i)
        # pdfium adds spaces and line ends of its own; only characters printed on the page count.
        if pdfium.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        if code == 2:  # pdfium's mark for a hyphen that ends a line: the hyphen as printed
            code = ord("-")
        if code < 32:
            continue
        text = chr(code)
        if not pdfium.FPDFText_GetLooseCharBox(textpage, i, rect):
            continue
        pdfium.FPDFText_GetMatrix(textpage, i, matrix)
        obj = pdfium.FPDFText_GetTextObject(textpage, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        if key not in styles:
            styles[key] = _text_style(obj)
        font, luminance, font_size = styles[key]
        scale = math.hypot(matrix.c, matrix.d) or 1.0
        size = font_size * scale
        loose = _box(to_top_left, rect.left, rect.bottom, rect.right, rect.top)
        upright = _upright(to_top_left, matrix)
        if upright:
            # pdfminer's box: from the glyph's origin across its advance width (pdfium's loose
            # box starts earlier for a glyph reaching left of its origin), the font size tall,
            # resting on the descent.
            x0 = min(max(to_top_left(matrix.e, matrix.f)[0], loose.x0), loose.x1)
            box = Box(x0, loose.bottom - size, loose.x1, loose.bottom)
        else:
            box = loose
        chars.append(Char(text, box, size, font, luminance, upright))
    return dedupe(split_ligatures(chars))


def split_ligatures(chars: list[Char]) -> list[Char]:
    """pdfium gives each character of a ligature (ﬃ, a two-em dash ——) the glyph's whole
    box; share the box out so that they read as characters side by side, not as a glyph
    drawn twice."""
    out: list[Char] = []
    i = 0
    while i < len(chars):
        j = i + 1
        while j < len(chars) and chars[j].box == chars[i].box and chars[j].upright:
            j += 1
        if j - i > 1 and chars[i].upright:
            box, n = chars[i].box, j - i
            step = box.width / n
            for k, char in enumerate(chars[i:j]):
                char.box = Box(box.x0 + k * step, box.top, box.x0 + (k + 1) * step, box.bottom)
        out.extend(chars[i:j])
        i = j
    return out


def _text_style(obj: Any) -> tuple[str, float | None, float]:
    """(font name, fill luminance, font size) of a text object, read once per object."""
    if not obj:
        return "", None, 1.0
    name = ""
    font = pdfium.FPDFTextObj_GetFont(obj)
    if font:
        buffer = ctypes.create_string_buffer(256)
        length = pdfium.FPDFFont_GetBaseFontName(font, buffer, 256)
        name = buffer.raw[:max(length - 1, 0)].decode("latin-1", "replace")
    size = ctypes.c_float()
    pdfium.FPDFTextObj_GetFontSize(obj, ctypes.byref(size))
    return name, _fill_luminance(obj), float(size.value) or 1.0


def _upright(to_top_left: Callable[[float, float], tuple[float, float]], m: Any) -> bool:
    # The text's direction on the displayed page: left to right along the baseline.
    ox, oy = to_top_left(m.e, m.f)
    dx, dy = to_top_left(m.e + m.a, m.f + m.b)
    return dx - ox > 0 and abs(dy - oy) <= 1e-3 * abs(dx - ox)


def _fill_luminance(obj: Any) -> float | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return None
    return (0.299 * r.value + 0.587 * g.value + 0.114 * b.value) / 255


def dedupe(chars: list[Char], tolerance: float = 1.0) -> list[Char]:
    """Drop glyphs drawn twice at the same place (a fake bold, a shadow), as pdfplumber's
    dedupe_chars: same text, font and size within `tolerance` points."""
    kept: dict[tuple[str, str, float, bool], list[Box]] = {}
    out = []
    for char in chars:
        seen = kept.setdefault((char.text, char.font, char.size, char.upright), [])
        if any(abs(b.x0 - char.box.x0) <= tolerance and abs(b.top - char.box.top) <= tolerance for b in seen):
            continue
        seen.append(char.box)
        out.append(char)
    return out


def _shapes(page: Any, to_top_left: Callable[[float, float], tuple[float, float]]) -> Iterator[Shape]:
    for obj, matrix in _objects(pdfium.FPDFPage_CountObjects(page),
                                lambda i: pdfium.FPDFPage_GetObject(page, i), IDENTITY):
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
        fill, stroked = fill_mode.value != 0, bool(stroke.value)
        if not (fill or stroked):
            continue
        luminance = _fill_luminance(obj) if fill else None
        for kind, points in _subpaths(obj, matrix):
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            box = _box(to_top_left, min(xs), min(ys), max(xs), max(ys))
            yield Shape(box, kind, fill, stroked, luminance)


def _objects(count: int, get: Callable[[int], Any], parent: Matrix) -> Iterator[tuple[Any, Matrix]]:
    """Every path object with its matrix to page space, form XObjects opened."""
    matrix = pdfium.FS_MATRIX()
    for i in range(count):
        obj = get(i)
        kind = pdfium.FPDFPageObj_GetType(obj)
        if kind not in (pdfium.FPDF_PAGEOBJ_PATH, pdfium.FPDF_PAGEOBJ_FORM):
            continue
        if not pdfium.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        own = _multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), parent)
        if kind == pdfium.FPDF_PAGEOBJ_PATH:
            yield obj, own
        else:
            yield from _objects(pdfium.FPDFFormObj_CountObjects(obj),
                                lambda j, form=obj: pdfium.FPDFFormObj_GetObject(form, j), own)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (a point goes through m first)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _subpaths(obj: Any, m: Matrix) -> Iterator[tuple[str, list[tuple[float, float]]]]:
    """Lines and rectangles among a path's subpaths, like pdfminer's LTLine and LTRect."""
    x, y = ctypes.c_float(), ctypes.c_float()
    current: list[tuple[float, float]] = []
    curved = False
    for i in range(pdfium.FPDFPath_CountSegments(obj)):
        segment = pdfium.FPDFPath_GetPathSegment(obj, i)
        pdfium.FPDFPathSegment_GetPoint(segment, x, y)
        point = (m[0] * x.value + m[2] * y.value + m[4], m[1] * x.value + m[3] * y.value + m[5])
        kind = pdfium.FPDFPathSegment_GetType(segment)
        if kind == pdfium.FPDF_SEGMENT_MOVETO:
            if current and not curved:
                yield from _classify(current)
            current, curved = [point], False
            continue
        curved = curved or kind == pdfium.FPDF_SEGMENT_BEZIERTO
        current.append(point)
        if pdfium.FPDFPathSegment_GetClose(segment) and current[0] != point:
            current.append(current[0])
    if current and not curved:
        yield from _classify(current)


def _classify(points: list[tuple[float, float]]) -> Iterator[tuple[str, list[tuple[float, float]]]]:
    if len(points) == 2 or (len(points) == 3 and _near(points[0], points[2])):
        yield "line", points[:2]
    elif len(points) in (4, 5) and _rectangle(points[:4]) and (len(points) == 4 or _near(points[0], points[4])):
        yield "rect", points[:4]


def _near(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return abs(p[0] - q[0]) < 1e-3 and abs(p[1] - q[1]) < 1e-3


def _rectangle(p: list[tuple[float, float]]) -> bool:
    """Four corners of an axis-aligned rectangle, in either turning order."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or \
           (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
