"""The report's source text as document blocks: headings, paragraphs, footnotes and tables
(each with the caption and unit lines printed right above it), in the source's order.

The source sets a table as a run of TAB-separated lines; how many of its first rows are header
rows is not in the text, so it is taken from the truth file, whose tables are the source's
runs in the same order (`with_header_rows` checks that they are).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from benchmarks.renderings.paths import SOURCE, TRUTH

_CAPTION = re.compile(r"^(表|图)\s*[\d一二三四五六七八九十]+\s*[.．]")
_UNIT = re.compile(r"^[(（]\s*单位")
_FOOTNOTE = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]")
HEADING_MAX = 40  # a short line not ending a sentence reads as a heading


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Footnote:
    text: str


@dataclass(frozen=True)
class Caption:
    """A `表 N.` / `图N.` title line; one directly above a table becomes that table's."""
    text: str


@dataclass(frozen=True)
class Unit:
    """A `(单位: …)` line; one directly above a table becomes that table's."""
    text: str


@dataclass(frozen=True)
class Table:
    index: int  # its place among the source's tables (= the truth's index)
    rows: list[list[str]]
    header_rows: int = 0
    caption: str = ""  # the 表 N. line printed above it, if any
    unit: str = ""  # the (单位: …) line printed above it, if any

    @property
    def n_cols(self) -> int:
        return max(len(row) for row in self.rows)

    def padded(self) -> list[list[str]]:
        """Every row as wide as the widest (the source leaves trailing cells out)."""
        return [row + [""] * (self.n_cols - len(row)) for row in self.rows]


Block = Heading | Paragraph | Footnote | Caption | Unit | Table


@dataclass(frozen=True)
class Document:
    blocks: list[Block] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [block for block in self.blocks if isinstance(block, Table)]

    def subset(self, indices: list[int]) -> Document:
        """Only the tables of these indices (with their caption and unit), each after the last
        heading that came before it: a short document of the densest tables for the tests."""
        wanted, blocks, heading = set(indices), [], None
        for block in self.blocks:
            if isinstance(block, Heading):
                heading = block
            elif isinstance(block, Table) and block.index in wanted:
                blocks += [heading] if heading and heading not in blocks else []
                blocks.append(block)
        return Document(blocks)

    def truth(self, full_truth: list[dict] | None = None) -> list[dict]:
        """The truth of this document's tables in the shared truth's format."""
        by_index = {entry["index"]: entry for entry in (full_truth or load_truth())}
        return [{"index": t.index, "caption": by_index.get(t.index, {}).get("caption", t.caption),
                 "header_rows": t.header_rows, "rows": t.rows} for t in self.tables]


def load_truth(path: Path = TRUTH) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def parse_source(text: str) -> Document:
    """Blocks of the source text; tables without header rows yet."""
    blocks: list[Block] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            end = i
            while end < len(lines) and "\t" in lines[end]:
                end += 1
            blocks.append(_table(blocks, [line.split("\t") for line in lines[i:end]]))
            i = end
            continue
        block = _text_block(lines[i].strip())
        if block is not None:
            blocks.append(block)
        i += 1
    return Document(blocks)


def _text_block(line: str) -> Block | None:
    if not line:
        return None
    if _CAPTION.match(line) and line.startswith("表"):
        return Caption(line)
    if _UNIT.match(line):
        return Unit(line)
    if _FOOTNOTE.match(line):
        return Footnote(line)
    if len(line) < HEADING_MAX and not line.endswith(("。", "：", ":", "；")):
        return Heading(line)
    return Paragraph(line)


def _table(blocks: list[Block], rows: list[list[str]]) -> Table:
    """A table taking the unit and caption lines directly above it out of `blocks`."""
    unit = blocks.pop().text if blocks and isinstance(blocks[-1], Unit) else ""
    caption = blocks.pop().text if blocks and isinstance(blocks[-1], Caption) else ""
    index = sum(isinstance(block, Table) for block in blocks)
    return Table(index=index, rows=rows, caption=caption, unit=unit)


def with_header_rows(document: Document, truth: list[dict]) -> Document:
    """The document with each table's header_rows from the truth, matched in order."""
    tables = document.tables
    if len(tables) != len(truth):
        raise ValueError(f"the source has {len(tables)} tables, the truth {len(truth)}")
    counts = {table.index: entry.get("header_rows", 0) for table, entry in zip(tables, truth)}
    return Document([replace(block, header_rows=counts[block.index]) if isinstance(block, Table) else block
                     for block in document.blocks])


def load_document(source: Path = SOURCE, truth: Path = TRUTH) -> Document:
    return with_header_rows(parse_source(source.read_text(encoding="utf-8")), load_truth(truth))
