"""A PDF page's characters and vector shapes, read with pypdfium2.

The one module of the extractor that talks to a PDF library (camelot, the second
opinion, aside). pdfium reads a page's characters with their boxes about ten times
faster than pdfminer, which is what makes extraction cheap enough to run on every page.
pdfminer is asked only what pdfium does not say: a digit pdfium dropped as a copy of the
one before (`with_hidden_twins`), the weight of fonts it gives no name (Chromium's Type 3
fonts, `with_weights_of_unnamed_fonts`), whether an empty page is damaged.

Coordinates are PDF points with a top-left origin on the page as displayed (its
/Rotate applied), measured from the media box: the conventions pdfplumber uses, so
that the layout built on them does not depend on which library read the page.
"""
from __future__ import annotations

import atexit
import ctypes
import logging
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium

from extractors.model import Box

# a b c d e f, as in PDF: a point (x, y) goes to (a·x + c·y + e, b·x + d·y + f).
Matrix = tuple[float, float, float, float, float, float]


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
    # Degrees the page must turn clockwise for this character to read left to right:
    # 0 upright, 90 text running up the page, 270 running down, 180 upside down.
    turn: int = 0
    # Where an upright character stands (its text object's baseline); None when the font
    # gives no descent. Its box bottom is that baseline less the font's descent, which
    # differs from font to font: a line mixing a CJK font and a Latin one has one baseline
    # but boxes ending up to 2 pt apart.
    baseline: float | None = None
    # Set in a bold face, or filled and stroked: how a renderer with no bold face of a font
    # makes one (LibreOffice's CJK headers, reportlab's).
    bold: bool = False


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
    # Degrees the page as displayed was turned clockwise so that most of its text reads
    # left to right (content set sideways on an upright page); 0 for most pages.
    turned: int = 0


_open: dict[tuple[str, float], pypdfium2.PdfDocument] = {}


def open_document(path: str, mtime: float) -> pypdfium2.PdfDocument:
    """The document, kept open for its next pages (pdfium parses the file's cross-reference
    and fonts once); the two last used stay open, the others are closed."""
    key = (path, mtime)
    if key not in _open:
        while len(_open) >= 2:
            _open.pop(next(iter(_open))).close()
        _open[key] = pypdfium2.PdfDocument(path)
    return _open[key]


@atexit.register
def close_documents() -> None:
    while _open:
        _open.popitem()[1].close()


def read(pdf_path: str | Path, page_number: int, to_text: bool = True) -> RawPage:
    """The characters and shapes of one page (1-based page number). With `to_text`, a page
    whose text mostly runs sideways or upside down as displayed is read turned so that it
    reads left to right (`RawPage.turned` says by how much)."""
    path = str(Path(pdf_path).resolve())
    doc = open_document(path, Path(path).stat().st_mtime)
    page = doc[page_number - 1]
    try:
        width, height, display = _display(page)
        raw = page.raw
        textpage = pdfium.FPDFText_LoadPage(raw)
        try:
            chars = _chars(textpage, display)
            turned = reading_turn(chars) if to_text else 0
            if turned:
                # Content set sideways: read the page as turned to its text's direction.
                display = _multiply(display, _turn_matrix(turned, width, height))
                if turned != 180:
                    width, height = height, width
                chars = _chars(textpage, display)
        finally:
            pdfium.FPDFText_ClosePage(textpage)
        if not turned:
            chars = with_hidden_twins(path, page_number, chars)
            chars = with_weights_of_unnamed_fonts(path, page_number, height, chars)
        shapes = list(_shapes(raw, display))
        if not pdfium.FPDFPage_CountObjects(raw):
            _raise_if_damaged(path, page_number)
    finally:
        page.close()
    return RawPage(page_number, width, height, chars, shapes, turned)


def with_hidden_twins(path: str, page_number: int, chars: list[Char]) -> list[Char]:
    """The characters, with each digit pdfium's text page dropped as a copy of the digit
    before it put back. A figure run on into the next cell may start with the digit the one
    before ends with, printed over it ("…516.61" run into "15,458,811.88", the two 1s a
    fraction of a point apart): pdfium keeps one of them, and "5,458,811.88" would be read,
    a wrong figure with no sign of it. Two digits of one line that do not meet, a gap short
    of a digit between them, are checked against pdfplumber's characters, which keep both."""
    suspects = [k for k, (a, b) in enumerate(zip(chars, chars[1:])) if _digits_apart(a, b)]
    if not suspects:
        return chars
    import pdfplumber  # only for the rare page that needs it: it reads the page again

    with pdfplumber.open(path, pages=[page_number]) as pdf:
        theirs = pdf.pages[0].chars
    out = list(chars)
    for k in reversed(suspects):
        a, b = chars[k], chars[k + 1]
        twin = next((c for c in theirs if c["text"] == a.text and a.box.x0 + 0.05 < c["x0"] < b.box.x0 - 0.05
                     and abs(c["x1"] - b.box.x0) <= 0.3 and abs(c["bottom"] - a.box.bottom) <= a.size), None)
        if twin is not None:
            out.insert(k + 1, replace(a, box=Box(b.box.x0 - a.box.width, a.box.top, b.box.x0, a.box.bottom)))
    return out


def with_weights_of_unnamed_fonts(path: str, page_number: int, height: float, chars: list[Char]) -> list[Char]:
    """The characters, those of fonts pdfium gives no name marked bold where their font
    descriptor says so. Chromium embeds CFF fonts (Noto Sans/Serif CJK) as Type 3 fonts,
    whose name and weight pdfium does not read: every heading and bold header would read
    as regular, and a header of three rows set bold taken for rows (s430 table 133).
    pdfminer reads the descriptor; its glyphs are matched to pdfium's by their origin."""
    if not any(c.font == "" and c.upright for c in chars):
        return chars
    origins = _bold_origins(path, page_number, height, {_family(c.font) for c in chars if c.font})
    bold = [char for char in chars if char.font == "" and char.upright and not char.bold and _bold_at(origins, char)]
    # A CJK font with no bold face (Droid Sans Fallback) leaves a bold header's CJK regular and
    # its Latin and figures in a fallback font's bold: lines half bold, worse than none (s019
    # A5's header read as text). Only a page that sets CJK text bold says which lines are.
    if any(_cjk(char.text) for char in bold):
        for char in bold:
            char.bold = True
    return chars


def _cjk(text: str) -> bool:
    return any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def _bold_at(origins: dict[int, list[tuple[float, bool]]], char: Char) -> bool:
    """Whether the glyph drawn nearest left of the character's box, on its baseline, is bold."""
    base = char.baseline if char.baseline is not None else char.box.bottom
    best: tuple[float, bool] | None = None
    for key in (round(base * 2) - 1, round(base * 2), round(base * 2) + 1):
        for x, bold in origins.get(key, []):
            if x <= char.box.x0 + 0.5 and (best is None or x > best[0]):
                best = (x, bold)
    return best is not None and char.box.x0 - best[0] < char.size and best[1]


def _bold_origins(path: str, page_number: int, height: float, named: set[str]) -> dict[int, list[tuple[float, bool]]]:
    """Where each glyph the page shows stands (x, and its baseline from the top in half points
    as the key), and whether its font is bold, as pdfminer reads the page. `named`:
    the families of the page's fonts pdfium names (`_bold_font`)."""
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

    class Origins(PDFTextDevice):  # records where each glyph is drawn, and in what weight
        def __init__(self, manager: PDFResourceManager) -> None:
            super().__init__(manager)
            self.origins: dict[int, list[tuple[float, bool]]] = {}
            self.weights: dict[int, bool] = {}

        def render_char(self, matrix: Any, font: Any, fontsize: float, scaling: float, rise: float, cid: int,
                        ncs: Any, graphicstate: Any) -> float:
            bold = self.weights.get(id(font))
            if bold is None:
                bold = self.weights[id(font)] = _bold_font(font, named)
            self.origins.setdefault(round((height - matrix[5]) * 2), []).append((matrix[4], bold))
            return float(font.char_width(cid) * fontsize * scaling)

    # Chromium's Type 3 descriptors have no FontBBox: pdfminer warns of each, and copes.
    logging.getLogger("pdfminer.pdffont").setLevel(logging.ERROR)
    try:
        pages, manager = _pdfminer_document(path)
        device = Origins(manager)
        if page_number <= len(pages):
            PDFPageInterpreter(manager, device).process_page(pages[page_number - 1])
    except Exception:  # noqa: BLE001 - pdfium read the page; weights are a hint, not the text
        return {}
    return device.origins


_miners: dict[tuple[str, float], tuple[Any, list[Any], Any]] = {}


def _pdfminer_document(path: str) -> tuple[list[Any], Any]:
    """pdfminer's pages of the document and a resource manager that keeps its fonts, kept
    for its next pages as `open_document` keeps pdfium's (the last one used only)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    key = (path, Path(path).stat().st_mtime)
    if key not in _miners:
        close_pdfminer_documents()
        handle = open(path, "rb")  # noqa: SIM115 - kept open for the document's next pages
        pages = list(PDFPage.create_pages(PDFDocument(PDFParser(handle))))
        _miners[key] = (handle, pages, PDFResourceManager(caching=True))
    _, pages, manager = _miners[key]
    return pages, manager


@atexit.register
def close_pdfminer_documents() -> None:
    while _miners:
        _miners.popitem()[1][0].close()


def _bold_font(font: Any, named: set[str]) -> bool:
    """Bold by its name or its descriptor's weight; or a Type 3 copy of a family the page
    also sets in a font of its own: Chromium draws a bold its font lacks (Droid Sans Fallback)
    as emboldened outlines in a Type 3 font, and the regular text in the font itself."""
    from pdfminer.pdffont import PDFType3Font

    descriptor = getattr(font, "descriptor", None) or {}
    weight = descriptor.get("FontWeight") if isinstance(descriptor, dict) else None
    name = str(getattr(font, "fontname", ""))
    return "bold" in name.lower() or isinstance(weight, (int, float)) and weight >= 600 or \
        isinstance(font, PDFType3Font) and _family(name) in named


def _family(font_name: str) -> str:
    """The font's name without its subset's tag ("CAAAAA+DroidSansFallback")."""
    tag, plus, rest = font_name.partition("+")
    return rest if plus and len(tag) == 6 else font_name


def _digits_apart(a: Char, b: Char) -> bool:
    return a.text in DIGITS and b.text in DIGITS and a.upright and b.upright and a.size == b.size and \
        abs(a.box.bottom - b.box.bottom) < 0.5 and 0.1 <= b.box.x0 - a.box.x1 <= 0.9 * a.box.width


DIGITS = "0123456789"


def reading_turn(chars: list[Char]) -> int:
    """The turn (0, 90, 180, 270) that makes most of a page's characters upright: 0 unless
    more than half of them, and at least 20, run in one other direction. A page's /Rotate
    says how it is displayed, not which way its text runs: a landscape table is often set
    sideways on a portrait page."""
    counts: dict[int, int] = {}
    for char in chars:
        if not char.text.isspace():
            counts[char.turn] = counts.get(char.turn, 0) + 1
    if not counts:
        return 0
    turn, n = max(counts.items(), key=lambda kv: kv[1])
    return turn if turn and n >= 20 and n > 0.5 * sum(counts.values()) else 0


def _turn_matrix(turn: int, width: float, height: float) -> Matrix:
    """Points on the displayed page (width × height) → points on it turned clockwise by `turn`."""
    if turn == 90:
        return (0.0, 1.0, -1.0, 0.0, height, 0.0)
    if turn == 270:
        return (0.0, -1.0, 1.0, 0.0, 0.0, width)
    return (-1.0, 0.0, 0.0, -1.0, width, height)


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


def _display(page: Any) -> tuple[float, float, Matrix]:
    """The page's width and height as displayed, and the matrix from user space to points
    from its top-left corner: the mapping pdfminer's page rotation makes."""
    x0, y0, x1, y1 = page.get_mediabox()
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    rotation = page.get_rotation()
    if rotation == 90:
        return y1 - y0, x1 - x0, (0.0, 1.0, 1.0, 0.0, -y0, -x0)
    if rotation == 180:
        return x1 - x0, y1 - y0, (-1.0, 0.0, 0.0, 1.0, x1, -y0)
    if rotation == 270:
        return y1 - y0, x1 - x0, (0.0, -1.0, -1.0, 0.0, y1, x1)
    return x1 - x0, y1 - y0, (1.0, 0.0, 0.0, -1.0, -x0, y1)


@dataclass(frozen=True)
class _CharFunctions:
    """The text-page functions called for every character, and how to pass them the page.
    Text objects come back as addresses (ints): what a text object's characters share
    (font, size, colour, matrix) is read once per object and looked up by address."""
    handle: Callable[[Any], Any]
    unicode: Callable[..., int]
    generated: Callable[..., int]
    loose_box: Callable[..., int]
    text_object: Callable[..., int | None]


def _char_functions() -> _CharFunctions:
    """Without ctypes' conversion of each argument, which is half the cost of a call made
    three times per character: the functions are called with the page's address as a
    c_void_p, an int and a pointer. pypdfium2's own where its library is not reachable."""
    try:
        from pypdfium2_raw import bindings

        library = bindings._libs["pdfium"]

        def bare(name: str, restype: Any) -> Callable[..., Any]:
            function = library[name]  # a new function object, pypdfium2's own is left as it is
            function.argtypes, function.restype = None, restype
            return function

        return _CharFunctions(
            lambda textpage: ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value),
            bare("FPDFText_GetUnicode", ctypes.c_uint), bare("FPDFText_IsGenerated", ctypes.c_int),
            bare("FPDFText_GetLooseCharBox", ctypes.c_int), bare("FPDFText_GetTextObject", ctypes.c_void_p))
    except (ImportError, AttributeError, KeyError, TypeError):  # another packaging of pdfium
        return _CharFunctions(
            lambda textpage: textpage, pdfium.FPDFText_GetUnicode, pdfium.FPDFText_IsGenerated,
            pdfium.FPDFText_GetLooseCharBox,
            lambda textpage, i: ctypes.cast(pdfium.FPDFText_GetTextObject(textpage, i), ctypes.c_void_p).value)


_CHAR_FUNCTIONS = _char_functions()


@dataclass(frozen=True)
class _Run:
    """What the characters of one text object (one string the PDF shows) share, in display
    space: pdfium gives each of them the object's matrix."""
    font: str
    luminance: float | None
    size: float                # the font size as drawn: the object's scale applied
    descent: float | None      # points below the baseline; None when the font does not say
    upright: bool              # left to right, unrotated
    turn: int                  # Char.turn
    start: float               # x where the string starts (its first glyph's origin)
    baseline: float
    bold: bool                 # Char.bold


def _run(textpage: Any, index: int, display: Matrix) -> _Run:
    """The run of character `index`."""
    font, luminance, font_size, descent = _text_style(pdfium.FPDFText_GetTextObject(textpage, index))
    m = pdfium.FS_MATRIX()
    pdfium.FPDFText_GetMatrix(textpage, index, ctypes.byref(m))
    size = font_size * (math.hypot(m.c, m.d) or 1.0)
    da, db, dc, dd, de, df = display
    run_x, run_t = da * m.a + dc * m.b, db * m.a + dd * m.b
    if abs(run_x) >= abs(run_t):
        turn = 0 if run_x > 0 else 180
    else:
        turn = 90 if run_t < 0 else 270
    return _Run(font, luminance, size, descent * size if descent is not None else None,
                run_x > 0 and abs(run_t) <= 1e-3 * run_x, turn, da * m.e + dc * m.f + de, db * m.e + dd * m.f + df,
                "bold" in font.lower() or _filled_and_stroked(pdfium.FPDFText_GetTextObject(textpage, index)))


def _chars(textpage: Any, display: Matrix) -> list[Char]:
    # The display matrix applied inline below: it runs for every character.
    da, db, dc, dd, de, df = display
    rect = pdfium.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    fn = _CHAR_FUNCTIONS
    page = fn.handle(textpage)
    get_unicode, is_generated, loose_box, object_address = fn.unicode, fn.generated, fn.loose_box, fn.text_object
    runs: dict[int | None, _Run] = {}
    chars: list[Char] = []
    looses: list[tuple[float, float, float, float]] = []
    for i in range(pdfium.FPDFText_CountChars(textpage)):
        code = get_unicode(page, i)
        if code == 2:  # pdfium's mark for a hyphen that ends a line: the hyphen as printed
            code = 45
        # pdfium adds spaces and line ends of its own; only characters printed on the page count.
        if code < 32 or (code == 32 and is_generated(page, i) == 1) or not loose_box(page, i, rect_ref):
            continue
        address = object_address(page, i)
        run = runs.get(address)
        if run is None:
            run = _run(textpage, i, display)
            if address:  # a character pdfium made up has no object: its run is its own
                runs[address] = run
        left, bottom, right, top = loose = rect.left, rect.bottom, rect.right, rect.top
        ax, at = da * left + dc * bottom + de, db * left + dd * bottom + df
        bx, bt = da * right + dc * top + de, db * right + dd * top + df
        x0, x1 = (ax, bx) if ax < bx else (bx, ax)
        size = run.size
        if run.upright:
            # pdfminer's box: across the glyph's advance width, the font size tall, resting on
            # the font's descent. pdfium's loose box follows the glyph's own outline where it
            # passes the font's (a "(" below the descent, a first "A" left of where its string
            # starts): the descent, and the string's start, are taken instead.
            base = run.baseline - run.descent if run.descent is not None else (at if at > bt else bt)
            chars.append(Char(chr(code), Box(min(max(run.start, x0), x1), base - size, x1, base), size,
                              run.font, run.luminance, True,
                              baseline=run.baseline if run.descent is not None else None, bold=run.bold))
        else:
            box_top, box_bottom = (at, bt) if at < bt else (bt, at)
            chars.append(Char(chr(code), Box(x0, box_top, x1, box_bottom), size, run.font, run.luminance, False,
                              run.turn, bold=run.bold))
        looses.append(loose)
    return dedupe(split_ligatures(chars, looses))


def split_ligatures(chars: list[Char], looses: list[tuple[float, float, float, float]]) -> list[Char]:
    """pdfium gives each character of a ligature (ﬃ, a two-em dash ——) the glyph's whole
    box; share the box out so that they read as characters side by side, not as a glyph
    drawn twice. `looses`: pdfium's box of each character."""
    i = 0
    while i < len(chars):
        j = i + 1
        while j < len(chars) and looses[j] == looses[i]:
            j += 1
        if j - i > 1 and chars[i].upright:
            box, n = chars[i].box, j - i
            step = box.width / n
            for k, char in enumerate(chars[i:j]):
                char.box = Box(box.x0 + k * step, box.top, box.x0 + (k + 1) * step, box.bottom)
        i = j
    return chars


def _text_style(obj: Any) -> tuple[str, float | None, float, float | None]:
    """(font name, fill luminance, font size, descent per unit of size) of a text object,
    read once per object."""
    if not obj:
        return "", None, 1.0, None
    name, descent = "", None
    font = pdfium.FPDFTextObj_GetFont(obj)
    if font:
        buffer = ctypes.create_string_buffer(256)
        length = pdfium.FPDFFont_GetBaseFontName(font, buffer, 256)
        name = buffer.raw[:max(length - 1, 0)].decode("latin-1", "replace")
        value = ctypes.c_float()
        if pdfium.FPDFFont_GetDescent(font, ctypes.c_float(1.0), ctypes.byref(value)):
            descent = float(value.value)
    size = ctypes.c_float()
    pdfium.FPDFTextObj_GetFontSize(obj, ctypes.byref(size))
    return name, _fill_luminance(obj), float(size.value) or 1.0, descent


def _filled_and_stroked(obj: Any) -> bool:
    return bool(obj) and pdfium.FPDFTextObj_GetTextRenderMode(obj) == pdfium.FPDF_TEXTRENDERMODE_FILL_STROKE


def _fill_luminance(obj: Any) -> float | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return None
    return (0.299 * r.value + 0.587 * g.value + 0.114 * b.value) / 255


def dedupe(chars: list[Char], tolerance: float = 1.0) -> list[Char]:
    """Drop glyphs drawn twice at the same place (a fake bold, a shadow), as pdfplumber's
    dedupe_chars: same text, font and size within `tolerance` points, and less than half the
    glyph's width apart (two `i` in a row set at 3.6 pt stand 0.8 pt apart: both printed)."""
    kept: dict[tuple[str, int, int], list[Char]] = {}
    out = []
    for i, char in enumerate(chars):
        box, text = char.box, char.text
        x, y = box.x0 / tolerance, box.top / tolerance
        cx, cy = round(x), round(y)
        # Anything within `tolerance` lies in this cell or the neighbour on the near side.
        near_x, near_y = cx + (1 if x > cx else -1), cy + (1 if y > cy else -1)
        for cell in ((text, cx, cy), (text, near_x, cy), (text, cx, near_y), (text, near_x, near_y)):
            others = kept.get(cell)
            same = [other for other in others or [] if other.font == char.font and other.size == char.size
                    and abs(other.box.x0 - box.x0) <= min(tolerance, 0.5 * other.box.width)
                    and abs(other.box.top - box.top) <= tolerance]
            if same and not _leads_on(chars, i, same):
                break
        else:
            kept.setdefault((text, cx, cy), []).append(char)
            out.append(char)
    return out


def _leads_on(chars: list[Char], i: int, copies: list[Char]) -> bool:
    """chars[i], at the place of a glyph drawn before it (`copies`), is a glyph of its own:
    the next glyph drawn begins where it ends, not where the earlier one does, and is no
    copy itself. Figures too wide for their cells run into each other, a "1" drawn 0.9 pt
    left of the "1" before it ("10,252,516.61" into "15,458,811.88", s270 附件十); a fake bold
    draws its copies offset the other way, or its next glyph twice as well."""
    if i + 1 >= len(chars):
        return False
    char, after = chars[i], chars[i + 1]
    if abs(after.box.x0 - char.box.x1) > ABUTS or any(abs(after.box.x0 - c.box.x1) <= ABUTS for c in copies):
        return False
    near = chars[max(0, i - COPIES_NEAR):i + COPIES_NEAR]
    return not any(c is not after and c.text == after.text and abs(c.box.x0 - after.box.x0) <= 0.5 * after.box.width
                   and abs(c.box.top - after.box.top) <= 1.0 for c in near)


ABUTS = 0.05        # points: one glyph set right after another, as a text run sets them
COPIES_NEAR = 40    # glyphs: a fake bold draws a run's copy within as many of the run


def _shapes(page: Any, display: Matrix) -> Iterator[Shape]:
    # The display matrix ends every object's chain: points come out as displayed.
    for obj, matrix in _objects(pdfium.FPDFPage_CountObjects(page),
                                lambda i: pdfium.FPDFPage_GetObject(page, i), display):
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
        fill, stroked = fill_mode.value != 0, bool(stroke.value)
        if not (fill or stroked):
            continue
        luminance = _fill_luminance(obj) if fill else None
        for kind, points in _subpaths(obj, matrix):
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            box = Box(min(xs), min(ys), max(xs), max(ys))
            yield Shape(box, kind, fill, stroked, luminance)


def _objects(count: int, get: Callable[[int], Any], parent: Matrix) -> Iterator[tuple[Any, Matrix]]:
    """Every path object with its matrix to the space `parent` maps to, form XObjects opened."""
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
    elif _straight(points):
        # A rule drawn as one path through many points on one line (a point at every column
        # edge): pdfminer calls it a curve, but it is printed as one rule.
        yield "line", [min(points), max(points)]
    elif len(points) in (4, 5) and _rectangle(points[:4]) and (len(points) == 4 or _near(points[0], points[4])):
        yield "rect", points[:4]


def _straight(points: list[tuple[float, float]]) -> bool:
    """Three points or more, all on one horizontal or vertical line."""
    xs, ys = {round(p[0], 3) for p in points}, {round(p[1], 3) for p in points}
    return len(points) >= 3 and (len(xs) == 1) != (len(ys) == 1)


def _near(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return abs(p[0] - q[0]) < 1e-3 and abs(p[1] - q[1]) < 1e-3


def _rectangle(p: list[tuple[float, float]]) -> bool:
    """Four corners of an axis-aligned rectangle, in either turning order."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or \
           (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
