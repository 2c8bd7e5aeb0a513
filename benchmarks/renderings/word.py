"""LibreOffice: the document written as DOCX with python-docx in a style, then printed by
`soffice --headless --convert-to pdf`. The style → DOCX mapping: Word's table properties
(borders, cell shading, cell margins, repeated header rows, vertical alignment) set as
WordprocessingML where python-docx has no call for them."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from benchmarks.renderings.document import Caption, Document, Footnote, Heading, Paragraph, Table, Unit
from benchmarks.renderings.fit import PAGE_MM, table_font_size
from benchmarks.renderings.html_page import BAND, STRIPE, TOTAL, header_count, spans
from benchmarks.renderings.style import Style, is_total

TIMEOUT = 900
RULE = {"none": {}, "horizontal": {"top": 6, "bottom": 6, "insideH": 4},
        "grid": {side: 4 for side in ("top", "left", "bottom", "right", "insideH", "insideV")},
        "booktabs": {"top": 12, "bottom": 12}}  # eighths of a point; booktabs' mid rule per cell


def executable() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def missing() -> str | None:
    try:
        import docx  # noqa: F401
    except ImportError:
        return "python-docx is not installed (pip install -e '.[test]', as make does)"
    if not executable():
        return "no soffice (Debian package libreoffice-writer-nogui; make corpus-system installs it)"
    return None


def render(document: Document, style: Style, pdf: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="wpr-soffice-") as folder:
        source = Path(folder) / f"{pdf.stem}.docx"
        build_docx(document, style).save(source)
        # A profile of its own: two conversions at once must not share LibreOffice's profile.
        subprocess.run([executable(), f"-env:UserInstallation=file://{folder}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", folder, str(source)],
                       check=True, capture_output=True, timeout=TIMEOUT)
        shutil.move(source.with_suffix(".pdf"), pdf)
    return pdf


def build_docx(document: Document, style: Style):
    """The document as a python-docx Document in the style."""
    import docx

    doc = docx.Document()
    _base_style(doc, style)
    _page(doc.sections[0], style, landscape=False)
    landscape = False
    for block in document.blocks:
        wide = isinstance(block, Table) and block.n_cols >= style.landscape_from
        if wide != landscape:  # a section of its own for each run of wide tables
            _page(doc.add_section(), style, landscape=wide)
            landscape = wide
        _add_block(doc, block, style, wide)
    return doc


def _base_style(doc, style: Style) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = doc.styles["Normal"]
    normal.font.name = style.font
    normal.font.size = Pt(style.font_size)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), style.font)
    normal.paragraph_format.line_spacing = style.line_height
    normal.paragraph_format.space_after = Pt(style.font_size * 0.5)


def _page(section, style: Style, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    width, height = PAGE_MM[style.page]
    if landscape:
        width, height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(style.margin_mm))


def _add_block(doc, block, style: Style, wide: bool) -> None:
    from docx.shared import Pt

    if isinstance(block, Table):
        _titles(doc, block, style)
        _table(doc, block, style, wide)
        doc.add_paragraph()  # Word needs a paragraph between two tables, or it joins them
        return
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(block.text)
    if isinstance(block, (Heading, Caption)):
        run.bold = True
        run.font.size = Pt(style.font_size * (1.2 if isinstance(block, Heading) else 1.0))
        paragraph.paragraph_format.keep_with_next = True
    elif isinstance(block, Footnote):
        run.font.size = Pt(style.font_size * 0.8)
    elif isinstance(block, Unit):
        paragraph.paragraph_format.keep_with_next = True
    else:
        assert isinstance(block, Paragraph)


def _titles(doc, table: Table, style: Style) -> None:
    """The caption and unit lines above a table, as the style places them."""
    lines: list[tuple[str, bool]] = []
    if style.caption == "joined" and table.caption:
        lines.append((f"{table.caption} {table.unit}".strip(), True))
    else:
        if table.caption and style.caption == "above":
            lines.append((table.caption, True))
        if table.unit:
            lines.append((table.unit, False))
    for text, bold in lines:
        paragraph = doc.add_paragraph()
        paragraph.add_run(text).bold = bold
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_after = 0


def _table(doc, table: Table, style: Style, wide: bool) -> None:
    from docx.shared import Pt

    rows, n_head = table.padded(), header_count(table)
    section = doc.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    widths = [int(width * style.label_width)] + [int(width * (1 - style.label_width) / max(1, table.n_cols - 1))] * (table.n_cols - 1)
    grid = doc.add_table(rows=len(rows), cols=table.n_cols)
    grid.autofit = False
    _table_properties(grid, style)
    size = Pt(table_font_size(table, style, landscape=wide))
    for r, (row, cells) in enumerate(zip(rows, (row.cells for row in grid.rows))):
        _row_properties(grid.rows[r], header=r < n_head and style.repeat_header)
        for c, (text, cell) in enumerate(zip(row, cells)):
            cell.width = widths[c]
            _cell(cell, text, c, style, size, header=r < n_head)
            _shade(cell, style, r, n_head, row[0])
            if style.rules == "booktabs" and r == n_head - 1:
                _cell_border(cell, "bottom", 6)
    for c, column in enumerate(grid.columns):
        column.width = widths[c]
    for level in range(n_head - 1):  # spanners over the columns the row below fills
        for col, span in spans(rows[:n_head], level):
            if span > 1:
                grid.cell(level, col).merge(grid.cell(level, col + span - 1))


def _cell(cell, text: str, col: int, style: Style, size: object, header: bool) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT as VALIGN
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
    from docx.shared import RGBColor

    cell.vertical_alignment = {"top": VALIGN.TOP, "middle": VALIGN.CENTER, "bottom": VALIGN.BOTTOM}[style.valign]
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = 0
    if col == 0:
        paragraph.alignment = ALIGN.LEFT
    elif header:
        paragraph.alignment = ALIGN.CENTER
    else:
        paragraph.alignment = ALIGN.RIGHT if style.figure_align == "right" else ALIGN.CENTER
    if not text:  # no empty run: python-docx's merge would keep its paragraph (a tall cell)
        return
    run = paragraph.add_run(text)
    run.bold = header or None
    run.font.size = size
    if header and style.shading == "header":
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _shade(cell, style: Style, r: int, n_head: int, label: str) -> None:
    fill = None
    if style.shading == "header" and r < n_head:
        fill = BAND
    elif style.shading == "zebra" and r >= n_head and (r - n_head) % 2:
        fill = STRIPE
    elif style.shading == "totals" and r >= n_head and is_total(label):
        fill = TOTAL
    if fill:
        _set(cell._tc.get_or_add_tcPr(), "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill.lstrip("#")})


def _table_properties(grid, style: Style) -> None:
    """Borders of the style's rules, cell margins of its padding, a fixed layout."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        size = RULE[style.rules].get(side)
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single" if size else "nil")
        if size:
            edge.set(qn("w:sz"), str(size))
            edge.set(qn("w:color"), "444444")
        borders.append(edge)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(int(style.padding * 20)))  # twentieths of a point
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    tbl_pr.append(margins)
    _set(tbl_pr, "w:tblLayout", {"w:type": "fixed"})


def _row_properties(row, header: bool) -> None:
    """No row split over a page break (as the HTML's break-inside: avoid); header rows
    marked to repeat on each page when the style says so."""
    tr_pr = row._tr.get_or_add_trPr()
    _set(tr_pr, "w:cantSplit", {})
    if header:
        _set(tr_pr, "w:tblHeader", {})


def _cell_border(cell, side: str, size: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.append(borders)
    _set(borders, f"w:{side}", {"w:val": "single", "w:sz": str(size), "w:color": "000000"})


def _set(parent, tag: str, attributes: dict[str, str]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(key), value)
    parent.append(element)
