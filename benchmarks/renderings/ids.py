"""Do the located tables carry the contract's ids? (#14 item 5)

The contract's id of every source table, read from the source as the spec names them (`T<n>`
from 表N captions, `S-<SECTOR>-ER|COST` for the budget tables under a sector's heading,
`A<n>` or `A<n>-01 …` in printed order within annex n, none for the rest), beside the id of
the output table score.py located it in (`.corpus/scoreboard.json`, per_table). A table whose
figures are those of another source table (the appendix's example of a sector's tables) is
left out: the scorer cannot tell which of the two it located.

    python -m benchmarks.renderings ids
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.renderings.document import Heading, Paragraph, Table, parse_source
from benchmarks.renderings.paths import CORPUS, SOURCE
from extractors.assemble import SECTION_HEADING, chinese_numeral, load_caption_rules, load_sector_names, sector_heading
from extractors.text import clean_text

CONTRACT = re.compile(r"^(T\d+|S-|A\d+)")
# What the first header cell of a sector's budget table says it is about.
SECTOR_KINDS = (("预期成果", "ER"), ("费用类别", "COST"))


def contract_ids(source: Path = SOURCE) -> dict[int, str | None]:
    """Source table index → the id the contract gives it (None: no contract id)."""
    rules = {rule.kind: rule.pattern for rule in load_caption_rules()}
    sectors = load_sector_names()
    annex: int | None = None
    sector: str | None = None
    ids: dict[int, str | None] = {}
    annex_of: dict[int, int] = {}
    for block in parse_source(source.read_text(encoding="utf-8")).blocks:
        if isinstance(block, (Heading, Paragraph)):
            text = clean_text(block.text)
            if match := rules["annex"].match(text):
                annex, sector = chinese_numeral(match.group("annex")), None
            elif SECTION_HEADING.match(text):
                annex = sector = None
            elif isinstance(block, Heading) and (found := sector_heading(text, sectors)):
                sector = found
        elif isinstance(block, Table):
            ids[block.index] = _table_id(block, rules["table"], sector if annex is None else None)
            if annex is not None:
                annex_of[block.index] = annex
    return _number_annexes(ids, annex_of)


def _table_id(table: Table, caption: re.Pattern[str], sector: str | None) -> str | None:
    if match := caption.match(clean_text(table.caption)):
        return f"T{match.group('n')}"
    first = clean_text(table.rows[0][0]) if table.rows and table.rows[0] else ""
    kind = next((kind for word, kind in SECTOR_KINDS if first.startswith(word)), None)
    return f"S-{sector}-{kind}" if sector and kind else None


def _number_annexes(ids: dict[int, str | None], annex_of: dict[int, int]) -> dict[int, str | None]:
    members: dict[int, list[int]] = {}
    for index, annex in annex_of.items():
        members.setdefault(annex, []).append(index)
    for annex, indices in members.items():
        for n, index in enumerate(indices, start=1):
            ids[index] = f"A{annex}" if len(indices) == 1 else f"A{annex}-{n:02d}"
    return ids


def _copies(truth: list[dict]) -> set[int]:
    """Tables whose rows are another table's (from the second on)."""
    seen: set[str] = set()
    copies: set[int] = set()
    for entry in truth:
        key = json.dumps(entry["rows"][entry.get("header_rows", 0):], ensure_ascii=False)
        copies |= {entry["index"]} if key in seen else set()
        seen.add(key)
    return copies


def judge(per_table: list[dict], expected: dict[int, str | None], skip: set[int]) -> tuple[int, int, list[str]]:
    """(located tables with the right id, located tables, 'index:found≠wanted' for the others);
    a table with no contract id is right under any id that is not a contract id."""
    right, located, wrong = 0, 0, []
    for entry in per_table:
        index, found = entry["index"], entry["table_id"]
        if index in skip or found is None:
            continue
        located += 1
        wanted = expected.get(index)
        ok = found == wanted if wanted else not CONTRACT.match(found)
        right += ok
        wrong += [] if ok else [f"{index}:{found}≠{wanted or 'X'}"]
    return right, located, wrong


def report(board: Path = CORPUS / "scoreboard.json") -> None:
    from benchmarks.renderings.document import load_truth
    expected, skip = contract_ids(), _copies(load_truth())
    total = [0, 0]
    for result in json.loads(board.read_text(encoding="utf-8")):
        if not result.get("score"):
            continue
        right, located, wrong = judge(result["score"]["per_table"], expected, skip)
        total = [total[0] + right, total[1] + located]
        print(f"{result['name']:18s} {right:3d}/{located:<3d} {' '.join(wrong)}")
    print(f"located tables with the contract's id: {total[0]}/{total[1]}")
