"""`wpr tables` output: JSON (default), CSV or an xlsx workbook."""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import asdict
from pathlib import Path

from extractors.generic import FoundTable


def write_tables_as(found: list[FoundTable], fmt: str, output: Path | None) -> None:
    if fmt == "json":
        text = json.dumps([asdict(t) for t in found], ensure_ascii=False, indent=1) + "\n"
    elif fmt == "csv":
        text = _csv(found)
    elif fmt == "xlsx":
        if output is None:
            raise ValueError("--format xlsx needs --output FILE.xlsx")
        _xlsx(found, output)
        return
    else:
        raise ValueError(f"--format {fmt!r}: use json, csv or xlsx")
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def _csv(found: list[FoundTable]) -> str:
    """Tables one after another, each under a '# page P, table K, bbox …' line, a blank line between."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for k, table in enumerate(found, start=1):
        if k > 1:
            buffer.write("\n")
        buffer.write(f"# page {table.page}, table {k}, bbox {','.join(map(str, table.bbox))}\n")
        writer.writerows(table.rows)
    return buffer.getvalue()


def _xlsx(found: list[FoundTable], output: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for k, table in enumerate(found, start=1):
        sheet = book.create_sheet(f"p{table.page}-t{k}")
        for row in table.rows:
            sheet.append(row)
    if not found:
        book.create_sheet("no tables")
    book.save(output)
