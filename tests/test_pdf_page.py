"""The page reader (pypdfium2) against pdfplumber, which the extractor was built on:
the same words at the same places, on the generated layouts, on rotated pages and on
pages of the fixture. The layout code downstream depends on these conventions."""
from __future__ import annotations

import ctypes
from pathlib import Path

import pdfplumber
import pytest

import pdfgen
from conftest import FIXTURE_PDF
from fonts import FontUnavailable

SETTINGS = dict(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, use_text_flow=False,
                extra_attrs=["size", "fontname"])


def _theirs(pdf: Path, number: int) -> list[tuple[str, tuple[float, ...]]]:
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[number - 1].dedupe_chars()
        return [(w["text"], (w["x0"], w["top"], w["x1"], w["bottom"])) for w in page.extract_words(**SETTINGS)]


def _ours(pdf: Path, number: int) -> list[tuple[str, tuple[float, ...]]]:
    from extractors import pdf_page
    from extractors.layout import words_of

    page = pdf_page.read(pdf, number)
    words = []
    for chars in words_of(page.chars):
        box = (min(c.box.x0 for c in chars), min(c.box.top for c in chars),
               max(c.box.x1 for c in chars), max(c.box.bottom for c in chars))
        words.append(("".join(c.text for c in chars), box))
    return words


def assert_same_words(pdf: Path, number: int, tolerance: float = 0.05, right: float | None = None) -> None:
    """Same words, boxes within `tolerance` points (their right edges within `right`)."""
    theirs, ours = sorted(_theirs(pdf, number)), sorted(_ours(pdf, number))
    assert [t for t, _ in ours] == [t for t, _ in theirs], f"{pdf.name} p{number}: words differ"
    limits = (tolerance, tolerance, right or tolerance, tolerance)
    for (text, a), (_, b) in zip(theirs, ours):
        assert all(abs(x - y) <= limit for x, y, limit in zip(a, b, limits)), f"{pdf.name} p{number} {text!r}: {a} vs {b}"


@pytest.mark.parametrize("name", ["ruled_grid", "band_two_level", "landscape_wide", "footnote_markers"])
def test_generated_layouts_read_as_pdfplumber_reads_them(name, tmp_path):
    pdf = tmp_path / f"{name}.pdf"
    try:
        pdfgen.LAYOUTS[name](pdf)
    except FontUnavailable as exc:
        pytest.skip(f"no CJK font to draw the test PDFs with: {exc}")
    with pdfplumber.open(pdf) as doc:
        n = len(doc.pages)
    for number in range(1, n + 1):
        # reportlab leaves its fonts (Helvetica, STSong-Light) unembedded. Their descent is
        # 0.207 em for pdfminer (the AFM's) and 0.224 em for pdfium (the bounding box's); and
        # pdfium measures the last glyph of a run on the substitute font, up to 0.15 em wider.
        assert_same_words(pdf, number, tolerance=0.2, right=1.5)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_pages_in_displayed_coordinates(rotation, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = tmp_path / f"rotated-{rotation}.pdf"
    page = canvas.Canvas(str(pdf), pagesize=A4, invariant=1)
    page.setPageRotation(rotation)
    page.drawString(72, 770, "Budget 2022 by sector")
    page.drawString(300, 100, "1,234")
    page.line(72, 760, 400, 760)
    page.save()
    from extractors import pdf_page

    read = pdf_page.read(pdf, 1, to_text=False)
    with pdfplumber.open(pdf) as doc:
        plumber = doc.pages[0]
        assert (read.width, read.height) == pytest.approx((float(plumber.width), float(plumber.height)))
        lines = [(l["x0"], l["top"], l["x1"], l["bottom"]) for l in plumber.lines]
    shapes = [(s.box.x0, s.box.top, s.box.x1, s.box.bottom) for s in read.shapes]
    assert shapes == [pytest.approx(line, abs=0.1) for line in lines]
    chars = {c.text for c in read.chars if not c.upright}
    assert chars - {" "} == set("Budget2022bysector1,234"), "text turned with its page is not upright"
    # Read for its text (the default), the page is turned back so that its text reads upright.
    turned = pdf_page.read(pdf, 1)
    assert turned.turned == (360 - rotation) % 360
    size = (read.height, read.width) if rotation in (90, 270) else (read.width, read.height)
    assert (turned.width, turned.height) == pytest.approx(size)
    assert all(c.upright for c in turned.chars)
    # Where it was drawn: 72 pt from the left, its baseline 770 pt up from the foot.
    b = next(c for c in turned.chars if c.text == "B")
    assert b.box.x0 == pytest.approx(72, abs=0.5) and 0 <= b.box.bottom - (turned.height - 770) <= 4


@pytest.mark.skipif(not FIXTURE_PDF.exists(), reason="fixture PDF not in raw/")
@pytest.mark.parametrize("number", [2, 8, 11, 93, 135])
def test_fixture_pages_read_as_pdfplumber_reads_them(number):
    """CJK text, a two-em dash drawn as one glyph, ligatures, glyphs drawn twice."""
    assert_same_words(FIXTURE_PDF, number)


def test_letters_doubled_in_tiny_type_are_both_kept(tmp_path):
    """Glyphs drawn twice at one place are one (a fake bold), but two `i` in a row set very
    small stand less than a point apart and are two letters: 'Hawaii' in 3.6 pt at a few
    places (where the second `i` falls against the first decides the old grid lookup), fake
    bold 'Bold' in 9 pt (each glyph drawn again 0.3 pt to the right)."""
    from reportlab.pdfgen import canvas

    from extractors import pdf_page

    pdf = tmp_path / "tiny.pdf"
    page = canvas.Canvas(str(pdf))
    page.setFont("Helvetica", 3.6)
    for k in range(6):
        page.drawString(72 + 0.25 * k, 700 - 10 * k, "Hawaii")
    page.setFont("Helvetica", 9)
    for dx in (0, 0.3):
        page.drawString(72 + dx, 650, "Bold")
    page.save()
    text = "".join(c.text for c in pdf_page.read(pdf, 1).chars)
    assert text.count("Hawaii") == 6 and text.replace("Hawaii", "") == "Bold"


def test_a_line_mixing_fonts_stands_on_its_baseline(tmp_path):
    """Lines of one cell stand their leading apart measured on their baselines, whatever their
    fonts: measured at their bottoms, a line of CJK text and a line of Latin figures stood
    half a point (up to 2 pt in LibreOffice's fonts) further or closer apart, which made a LibreOffice table's cell leading look 2 pt short and its wrapped header
    lines look like two header rows (s026 A11-05: "经调整的项目预算" read as a spanner)."""
    from extractors import pdf_page
    from extractors.layout import read_page

    try:
        doc = pdfgen.Doc(tmp_path / "mixed.pdf")
        size, leading, first = 12.0, 17.0, 200.0
        x = doc.left
        for text, latin in (("提供与所选", False), ("RSP", True), ("架构", False)):
            doc.text(x, first, text, size=size, latin=latin)
            x += doc.measure(text, size, latin) + 3
        doc.text(doc.left, first + leading, "164,475", size=size, latin=True)  # a line of figures
        doc.save()
    except FontUnavailable as exc:
        pytest.skip(str(exc))
    page = pdf_page.read(tmp_path / "mixed.pdf", 1)
    on_line = [c for c in page.chars if abs(c.box.bottom - first) < size / 2]
    latin = [c for c in on_line if c.text in "RSP"]
    cjk = [c for c in on_line if c.text in "提供架"]
    assert abs(max(c.box.bottom for c in latin) - max(c.box.bottom for c in cjk)) > 0.3  # fonts differ
    assert all(abs(c.baseline - first) < 0.05 for c in latin + cjk)
    lines = [ln for ln in read_page(page).lines if ln.box.top > first - 2 * size]
    assert [ln.text.replace(" ", "")[:4] for ln in lines[:2]] == ["提供与所", "164,"]
    assert lines[1].baseline - lines[0].baseline == pytest.approx(leading, abs=0.05)


def test_text_filled_and_stroked_is_bold(tmp_path: Path) -> None:
    """A renderer with no bold face of a font fills and strokes its glyphs (LibreOffice's CJK
    headers, pdfgen's bold CJK): such characters are bold, as a bold face's are; characters
    only filled are not."""
    from extractors import pdf_page

    pdf = tmp_path / "stroked.pdf"
    try:
        doc = pdfgen.Doc(pdf)
        doc.text(doc.left, 100, "时间安排", size=9, bold=True)
        doc.text(doc.left, 120, "初始计划", size=9)
        doc.text(doc.left, 140, "Total", size=9, bold=True, latin=True)
        doc.save()
    except FontUnavailable as exc:
        pytest.skip(f"no CJK font to draw the test PDFs with: {exc}")
    bold = {c.text: c.bold for c in pdf_page.read(pdf, 1).chars}
    assert bold["时"] and bold["T"], bold
    assert not bold["初"], bold


def test_letters_of_one_baseline_are_one_word_whatever_their_glyph_tops() -> None:
    """LibreOffice with Noto Serif CJK (s053): the "R" of "CRM" is boxed 2.4 pt lower than
    its "C" and "M" on one baseline; by their tops, "C" and "RM" were two words, and the
    label's next line, "(C" "RM)", looked too short to have wrapped there."""
    from extractors.layout import words_of
    from extractors.model import Box
    from extractors.pdf_page import Char

    def char(text: str, x0: float, top: float) -> Char:
        return Char(text=text, box=Box(x0, top, x0 + 6.5, top + 9.5), size=9.5, font="NotoSerifCJKjp-Regular",
                    luminance=0.0, upright=True, baseline=620.6)

    words = ["".join(c.text for c in w) for w in words_of([char("C", 42.6, 611.13), char("R", 49.1, 613.57),
                                                            char("M", 55.9, 611.77)])]
    assert words == ["CRM"]


def test_a_figure_run_on_over_the_last_digit_of_the_one_before_keeps_its_first_digit(tmp_path: Path) -> None:
    """s127/s183/s231 annex 10: a total too wide for its cell runs on into the next, whose
    figure starts with the digit the first ends with, printed a fraction of a point from it
    ("…516.61" and "15,458,811.88"). pdfium's text page keeps one of the two 1s; the page
    read "5,458,811.88", a wrong figure with no sign of it."""
    from reportlab.pdfgen.canvas import Canvas

    from extractors import pdf_page

    pdf = tmp_path / "run-on.pdf"
    page = Canvas(str(pdf), pagesize=(300, 200))
    page.setFont("Helvetica", 5)
    first = "10,252,516.61"
    page.drawString(50, 100, first)
    end = 50 + page.stringWidth(first, "Helvetica", 5)
    page.drawString(end - page.stringWidth("1", "Helvetica", 5) + 0.22, 100, "15,458,811.88")
    page.save()
    text = "".join(c.text for c in pdf_page.read(pdf, 1).chars)
    assert text == "10,252,516.6115,458,811.88", text


@pytest.mark.parametrize("first, second, into", [
    ("10,252,516.61", "15,458,811.88", 0.9),    # the second's "1" begins 0.9 pt left of the first's last
    ("17,347,988.16", "8,231,151.49", 0.75),    # the "8" begins 0.75 pt left of the "6" before it
])
def test_a_figure_run_on_back_into_the_one_before_reads_after_it(tmp_path: Path, first: str, second: str,
                                                                  into: float) -> None:
    """s270 附件十 (WenQuanYi bold, 5 pt): the total's figures overflow their cells and each
    begins a fraction of a glyph left of where the one before ends. By position the "8" read
    before the "6" ("…988.18", "6,231,151.49"), and the "1" passed for a copy of the one it
    overlaps ("5,458,811.88"): wrong figures, the sums failing."""
    from reportlab.pdfgen.canvas import Canvas

    from extractors.layout import words_of
    from extractors import pdf_page

    pdf = tmp_path / "run-back.pdf"
    page = Canvas(str(pdf), pagesize=(300, 200))
    page.setFont("Helvetica", 5)
    page.drawString(50, 100, first)
    end = 50 + page.stringWidth(first, "Helvetica", 5)
    page.drawString(end - page.stringWidth(first[-1], "Helvetica", 5) - into, 100, second)
    page.save()
    chars = pdf_page.read(pdf, 1).chars
    assert ["".join(c.text for c in w) for w in words_of(chars)] == [first + second]


def test_pdfium_gives_type3_fonts_no_name(tmp_path: Path) -> None:
    """Why pdf_page.with_weights_of_unnamed_fonts reads the font descriptors with pdfminer:
    pdfium names no Type 3 font, bold or not. When this fails, pdfium reads them: drop that
    function and let `_run` see the name."""
    import pypdfium2
    import pypdfium2.raw as pdfium
    from type3 import type3_page

    pdf = pypdfium2.PdfDocument(type3_page(tmp_path / "t3.pdf", "效益说明", "向内部客户"))
    textpage = pdf[0].get_textpage()
    font = pdfium.FPDFTextObj_GetFont(pdfium.FPDFText_GetTextObject(textpage.raw, 0))
    buffer = ctypes.create_string_buffer(256)
    length = pdfium.FPDFFont_GetBaseFontName(font, buffer, 256)
    assert buffer.raw[:max(length - 1, 0)] == b""
    assert pdfium.FPDFText_GetFontWeight(textpage.raw, 0) <= 0
    textpage.close()
    pdf.close()


def test_type3_text_set_bold_reads_bold(tmp_path: Path) -> None:
    """s430 (Chromium, Noto Serif CJK): a table's header and first rows set bold in a Type 3
    font read as regular, the header of three rows taken for rows (table 133)."""
    from extractors import pdf_page
    from type3 import type3_page

    page = pdf_page.read(type3_page(tmp_path / "t3.pdf", "效益说明", "向内部客户"), 1)
    assert "".join(c.text for c in page.chars if c.bold) == "效益说明"
    assert "".join(c.text for c in page.chars if not c.bold) == "向内部客户"


def test_type3_latin_bold_beside_regular_cjk_reads_regular(tmp_path: Path) -> None:
    """s019 (Chromium, Droid Sans Fallback, no bold face): a bold header's CJK stays regular,
    its Latin falls back to a bold font. A page that sets no CJK bold marks nothing bold:
    half-bold header lines read as text over the table (A5)."""
    from extractors import pdf_page
    from type3 import type3_page

    page = pdf_page.read(type3_page(tmp_path / "t3.pdf", "DG/DDG", "部门合计"), 1)
    assert not any(c.bold for c in page.chars)


def test_a_type3_copy_of_a_font_the_page_names_is_its_synthesised_bold(tmp_path: Path) -> None:
    """s409 (Chromium, Droid Sans Fallback, which has no bold face): bold text is drawn as
    emboldened outlines in a Type 3 copy of the font, described regular, the regular text in
    the font itself. Table 133's bold header rows read as rows."""
    from extractors import pdf_page
    from type3 import type3_page

    pdf = type3_page(tmp_path / "t3.pdf", "效益说明", "向内部客户", plain="CMP",
                     fonts=(("BAAAAA+Helvetica", 400), ("DAAAAA+TestSans-Regular", 400)))
    page = pdf_page.read(pdf, 1)
    assert "".join(c.text for c in page.chars if c.bold) == "效益说明"
