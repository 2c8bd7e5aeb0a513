"""A next edition of the report, rendered from the source text: the period moved two years on
(2022/23 → 2024/25), every amount changed, two entities renamed. The second edition of the
dataset's tests and of `make run` (raw/wpr-2024-25-zh.pdf), and its truth.

    python tests/next_edition.py [OUT.pdf] [--truth OUT.json]

HTML printed by headless Chromium (`chromium --print-to-pdf`), in the fixture's table style
(a dark header band, thin rules): what changes is the content, not the layout. The tables are
the source's TAB-separated runs, their header rows those of the shared truth file.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SOURCE = SHARED / "source" / "wpr-2022-23-zh.txt"
TRUTH = SHARED / "corpus" / "wpr-2022-23-zh.truth.json"
YEARS_ON = 2
FACTOR = 1.04  # every amount
RENAMED = {"品牌和外观设计": "品牌与外观设计", "区域和国家发展": "区域与国家发展"}
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?:\s*/\s*(\d\d))?(?=\s*年|\s*/|\s*\)|\s*）|$|\s)")
_AMOUNT = re.compile(r"^(\()?(-)?([\d,]+)(\.\d+)?(\))?$")


def moved(text: str) -> str:
    """Years two on: '2022/23 年' → '2024/25 年', '2023 年' → '2025 年'."""
    def later(match: re.Match[str]) -> str:
        first = str(int(match[1]) + YEARS_ON)
        return first + (f"/{(int(match[2]) + YEARS_ON) % 100:02d}" if match[2] else "")
    text = _YEAR.sub(later, text)
    for old, new in RENAMED.items():
        text = text.replace(old, new)
    return text


def changed_amount(cell: str) -> str:
    """'1,234' → '1,283', '(5.7)' → '(5.9)'; percentages, dashes and text as they are."""
    stripped = cell.strip()
    match = _AMOUNT.match(stripped)
    if not match or not any(ch.isdigit() for ch in stripped):
        return cell
    open_, minus, whole, decimals, close = match.groups()
    value = float(whole.replace(",", "") + (decimals or "")) * FACTOR
    digits = len(decimals) - 1 if decimals else 0
    text = f"{value:,.{digits}f}" if "," in whole or value >= 1000 else f"{value:.{digits}f}"
    return f"{open_ or ''}{minus or ''}{text}{close or ''}"


def runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last + 1) line numbers of each run of TAB-separated lines: the tables."""
    found, start = [], None
    for i, line in enumerate(lines + [""]):
        if "\t" in line and start is None:
            start = i
        elif "\t" not in line and start is not None:
            found.append((start, i))
            start = None
    return found


def next_edition() -> tuple[str, list[dict]]:
    """(HTML of the next edition, its truth in the shared truth's format)."""
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    spans = runs(lines)
    assert len(spans) == len(truth), "the source's tables and the truth's are not the same"
    body, tables, position = [], [], 0
    for (start, end), entry in zip(spans, truth):
        body += [_paragraph(line) for line in lines[position:start] if line.strip()]
        header_rows = entry.get("header_rows", 0)
        rows = [[moved(cell) for cell in line.split("\t")] for line in lines[start:end]]
        rows = rows[:header_rows] + [[row[0]] + [changed_amount(c) for c in row[1:]] for row in rows[header_rows:]]
        body.append(_table(rows, header_rows))
        tables.append({**entry, "caption": moved(entry.get("caption", "")), "rows": rows})
        position = end
    body += [_paragraph(line) for line in lines[position:] if line.strip()]
    return PAGE.format(body="\n".join(body)), tables


def _paragraph(line: str) -> str:
    text = html.escape(moved(line.strip()))
    heading = len(text) < 40 and not text.endswith("。")
    return f"<p class=\"{'heading' if heading else 'text'}\">{text}</p>"


def _spans(row: list[str]) -> str:
    """Header cells, a label repeated over neighbouring columns printed once across them."""
    out, i = [], 0
    while i < len(row):
        j = i + 1
        while j < len(row) and row[j] == row[i] and row[i].strip():
            j += 1
        out.append(f"<th colspan=\"{j - i}\">{html.escape(row[i])}</th>" if j - i > 1 else f"<th>{html.escape(row[i])}</th>")
        i = j
    return "".join(out)


def _table(rows: list[list[str]], header_rows: int) -> str:
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    head = "".join(f"<tr>{_spans(row)}</tr>" for row in rows[:header_rows])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[header_rows:])
    return f"<table class=\"{'wide' if width > 6 else ''}\"><thead>{head}</thead><tbody>{body}</tbody></table>"


PAGE = """<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm 14mm; }}
body {{ font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; font-size: 9pt; line-height: 1.45; }}
p.heading {{ font-weight: bold; margin: 10pt 0 4pt; }}
p.text {{ margin: 0 0 5pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }}
table.wide {{ font-size: 7pt; }}
th {{ background: #1f3864; color: white; font-weight: bold; padding: 3pt 4pt; text-align: center; }}
td {{ border-bottom: 0.5pt solid #999; padding: 2pt 4pt; text-align: right; vertical-align: top; }}
td:first-child {{ text-align: left; width: 34%; }}
tr {{ page-break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head><body>
{body}
</body></html>"""


def render(pdf: Path, truth_out: Path | None = None) -> Path:
    page, tables = next_edition()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "next.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={folder}/profile", f"--print-to-pdf={pdf.resolve()}", source.as_uri()],
                       check=True, capture_output=True, timeout=300)
    if truth_out is not None:
        truth_out.write_text(json.dumps(tables, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return pdf


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=ROOT / "raw" / "wpr-2024-25-zh.pdf")
    parser.add_argument("--truth", type=Path, default=None)
    args = parser.parse_args()
    print(render(args.pdf, args.truth), file=sys.stderr)
