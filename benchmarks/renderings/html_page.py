"""A document as one HTML page in a style: the style → CSS mapping shared by the two HTML
engines (WeasyPrint and headless Chromium)."""
from __future__ import annotations

from html import escape

from benchmarks.renderings.document import Caption, Document, Footnote, Heading, Paragraph, Table, Unit
from benchmarks.renderings.fit import table_font_size
from benchmarks.renderings.style import Style, is_total

HEADER_MAX = 3  # header rows printed as a header; the truth's longer "headers" are text rows
BAND = "#1f3864"  # the dark header band
STRIPE = "#e4eaf4"
TOTAL = "#d9dde6"


def header_count(table: Table) -> int:
    return min(table.header_rows, HEADER_MAX)


def spans(rows: list[list[str]], level: int) -> list[tuple[int, int]]:
    """(first column, span) of each printed cell of header row `level`: above the last header
    row, a label followed by empty cells stands over the columns the row below fills."""
    row, below = rows[level], rows[level + 1] if level + 1 < len(rows) else None
    out, col = [], 0
    while col < len(row):
        end = col + 1
        if below is not None and col > 0 and row[col].strip():
            while end < len(row) and not row[end].strip() and below[end].strip():
                end += 1
        out.append((col, end - col))
        col = end
    return out


def css(style: Style) -> str:
    """The style's CSS: page, text, and the table's rules, shading and alignment."""
    return "\n".join([
        f"@page {{ size: {style.page} portrait; margin: {style.margin_mm}mm; }}",
        f"@page tall {{ size: {style.page} portrait; margin: {style.margin_mm}mm; }}",
        f"@page wide {{ size: {style.page} landscape; margin: {style.margin_mm}mm; }}",
        # Every block on a named page, so the page after a wide table is portrait again.
        "body > * { page: tall; } body > section.wide { page: wide; }",
        f"body {{ font-family: '{style.font}'; font-size: {style.font_size}pt; line-height: {style.line_height}; }}",
        "h2 { font-size: 1.2em; font-weight: bold; margin: 1em 0 0.4em; break-after: avoid; }",
        "p { margin: 0 0 0.5em; text-align: justify; }",
        "p.footnote { font-size: 0.8em; }",
        "p.caption { font-weight: bold; margin: 0.8em 0 0.2em; break-after: avoid; }",
        "p.unit { margin: 0 0 0.2em; break-after: avoid; }",
        "table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.3em 0 1em; }",
        f"th, td {{ padding: {style.padding}pt {style.padding}pt; vertical-align: {style.valign}; }}",
        "th { font-weight: bold; text-align: center; }",
        f"td {{ text-align: {style.figure_align}; }}",
        "td.label, th.label { text-align: left; }",
        "tr { break-inside: avoid; }",
        "thead { display: table-header-group; }",
        *_rules(style), *_shading(style),
    ])


def _rules(style: Style) -> list[str]:
    if style.rules == "horizontal":
        return ["table { border-top: 0.75pt solid #555; }", "th, td { border-bottom: 0.5pt solid #999; }"]
    if style.rules == "grid":
        return ["th, td { border: 0.5pt solid #444; }"]
    if style.rules == "booktabs":
        return ["table { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }",
                "tr.last-head th { border-bottom: 0.75pt solid #000; }"]
    return []


def _shading(style: Style) -> list[str]:
    if style.shading == "header":
        return [f"th {{ background: {BAND}; color: #fff; }}"]
    if style.shading == "zebra":
        return [f"tr.even td {{ background: {STRIPE}; }}"]
    if style.shading == "totals":
        return [f"tr.total td {{ background: {TOTAL}; font-weight: bold; }}"]
    return []


def table_html(table: Table, style: Style) -> str:
    rows = table.padded()
    n_head = header_count(table)
    rest = (1 - style.label_width) / max(1, table.n_cols - 1)
    cols = "".join(f"<col style=\"width:{(style.label_width if i == 0 else rest):.2%}\">" for i in range(table.n_cols))
    head = "".join(_header_row(rows[:n_head], level) for level in range(n_head))
    body = "".join(_body_row(row, i) for i, row in enumerate(rows[n_head:]))
    size = table_font_size(table, style, landscape=table.n_cols >= style.landscape_from)
    opening = f"<table style=\"font-size:{size}pt\"><colgroup>{cols}</colgroup>"
    if style.repeat_header:  # thead is what both engines print again on each page
        return f"{opening}<thead>{head}</thead><tbody>{body}</tbody></table>"
    return f"{opening}<tbody>{head}{body}</tbody></table>"


def _header_row(rows: list[list[str]], level: int) -> str:
    last = " class=\"last-head\"" if level == len(rows) - 1 else ""
    cells = "".join(_cell("th", rows[level][col], col, span) for col, span in spans(rows, level))
    return f"<tr{last}>{cells}</tr>"


def _cell(tag: str, text: str, col: int, span: int = 1) -> str:
    label = ' class="label"' if col == 0 else ""
    colspan = f' colspan="{span}"' if span > 1 else ""
    return f"<{tag}{label}{colspan}>{escape(text)}</{tag}>"


def _body_row(row: list[str], i: int) -> str:
    classes = ["even" if i % 2 else "odd"] + (["total"] if is_total(row[0]) else [])
    cells = "".join(_cell("td", cell, col) for col, cell in enumerate(row))
    return f"<tr class=\"{' '.join(classes)}\">{cells}</tr>"


def titled_table(table: Table, style: Style) -> str:
    """The table with the lines printed above it, on a landscape page when it is wide."""
    lines = []
    if style.caption == "joined" and table.caption:
        lines.append(f"<p class=\"caption\">{escape(f'{table.caption} {table.unit}'.strip())}</p>")
    else:
        if table.caption and style.caption == "above":
            lines.append(f"<p class=\"caption\">{escape(table.caption)}</p>")
        if table.unit:
            lines.append(f"<p class=\"unit\">{escape(table.unit)}</p>")
    wide = " class=\"wide\"" if table.n_cols >= style.landscape_from else ""
    return f"<section{wide}>{''.join(lines)}{table_html(table, style)}</section>"


def block_html(block, style: Style) -> str:
    if isinstance(block, Table):
        return titled_table(block, style)
    text = escape(block.text)
    if isinstance(block, Heading):
        return f"<h2>{text}</h2>"
    if isinstance(block, Footnote):
        return f"<p class=\"footnote\">{text}</p>"
    if isinstance(block, Caption):
        return f"<p class=\"caption\">{text}</p>"
    if isinstance(block, Unit):
        return f"<p class=\"unit\">{text}</p>"
    assert isinstance(block, Paragraph)
    return f"<p>{text}</p>"


def page_html(document: Document, style: Style) -> str:
    body = "\n".join(block_html(block, style) for block in document.blocks)
    return (f"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>\n{css(style)}\n"
            f"</style></head><body>\n{body}\n</body></html>")
