"""Ids that do not shift (#14 item 5): an annex's tables are numbered by the headings they start
under, so a table read in two, or a piece of the contents, moves no other id."""
from __future__ import annotations

import sys

import pytest
from conftest import ROOT

from extractors.assemble import assemble
from extractors.ids import number_tables, whole_id
from extractors.model import Box, Cell, Table
from extractors.pages import PageResult, TextLine

sys.path.insert(0, str(ROOT))  # benchmarks/ is not an installed package
from benchmarks.renderings.ids import contract_ids  # noqa: E402
from benchmarks.renderings.paths import SOURCE  # noqa: E402

RISK = [["风险", "风险演变", "减缓措施的成效", "对绩效的影响"]]
MONEY = [["交付成果", "项目预算", "支出", "预算利用情况"]]


def _table(page: int, top: float, header: list[list[str]], rows: list[list[str]]) -> Table:
    def cells(row: list[str]) -> list[Cell]:
        return [Cell(t, t, page, Box(60 + 110 * i, top, 150 + 110 * i, top + 8.5)) for i, t in enumerate(row)]
    return Table(page_start=page, page_end=page, bbox=Box(57, top, 538, top + 40),
                 header=[cells(r) for r in header], rows=[cells(r) for r in rows])


def _text(top: float, words: str, size: float = 9.5) -> TextLine:
    return TextLine(top=top, x0=57, size=size, text=words)


def _page(number: int, texts: list[TextLine], tables: list[Table]) -> PageResult:
    return PageResult(page=number, width=595, height=842, tables=tables, texts=texts)


def _project(page: int, code: str, split: str = "") -> PageResult:
    """One project of an annex on one page: a risk table and a resources table, each under its
    heading; `split` reads one of them in two (its last row a table apart, as a page's
    column finder may when a row stands far below the others)."""
    risk_rows = [["云部署暂停", "已出现", "有效", "→"], ["人员不足", "未出现", "有效", "→"]]
    money_rows = [["平台", "100", "90", "90%"], ["总计", "100", "90", "90%"]]
    tables = [_table(page, 140, RISK, risk_rows[:1] if split == "risk" else risk_rows)]
    if split == "risk":
        tables.append(_table(page, 200, [], risk_rows[1:]))
    tables.append(_table(page, 340, MONEY, money_rows[:1] if split == "money" else money_rows))
    if split == "money":
        tables.append(_table(page, 400, [], money_rows[1:]))
    texts = [_text(60, f"{code} 项目进展报告", 12), _text(120, "风险和减缓行动", 11),
             _text(300, "截至 2023 年 12 月 31 日的资源利用情况", 11), _text(320, "(单位：瑞郎)")]
    return _page(page, texts, tables)


def _annex(split_at: tuple[int, str] = (0, "")) -> list[PageResult]:
    heading = _page(1, [_text(60, "附件十一 2023 年基本建设总计划进展报告", 14)], [])
    projects = [_project(n + 2, f"CMP {n + 9}", split_at[1] if n + 2 == split_at[0] else "") for n in range(3)]
    return [heading, *projects]


def test_annex_tables_numbered_in_printed_order() -> None:
    assert [t.table_id for t in assemble(_annex())] == [f"A11-{n:02d}" for n in range(1, 7)]


def test_a_table_read_in_two_moves_no_other_id() -> None:
    whole = [t.table_id for t in assemble(_annex())]
    for split in ((2, "risk"), (3, "money"), (4, "risk")):
        tables = assemble(_annex(split))
        ids = [t.table_id for t in tables]
        pieces = [t for t in tables if t.piece_of]
        assert len(pieces) == 1 and pieces[0].table_id == f"{pieces[0].piece_of}.2"
        assert [i for i in ids if i != pieces[0].table_id] == whole, split


def test_a_single_table_annex_keeps_its_id_when_split() -> None:
    rows = [["中国", "1"], ["日本", "2"]]
    pages = [_page(1, [_text(60, "附件七 PCT 体系指标", 14)],
                   [_table(1, 100, [["受理局", "2023"]], rows[:1]), _table(1, 200, [], rows[1:])])]
    tables = assemble(pages)
    assert [t.table_id for t in tables] == ["A7", "A7.2"]
    assert tables[1].piece_of == "A7" and whole_id("A7.2") == "A7"


def test_same_header_back_to_back_is_another_table_but_overleaf_a_piece() -> None:
    """Two tables of one header set back to back on a page are two tables (numbered); the same
    header repeated at the top of the next page, when the table was not stitched, is a piece."""
    def tables(second_page: int) -> list[Table]:
        first = _table(1, 100, RISK, [["a", "b", "c", "d"]])
        second = _table(second_page, 300 if second_page == 1 else 60, RISK, [["e", "f", "g", "h"]])
        for t in (first, second):
            t.table_id = "A11"
        first.heading = "风险和减缓行动"
        return [first, second]
    assert [t.table_id for t in number_tables(tables(1))] == ["A11-01", "A11-02"]
    assert [t.table_id for t in number_tables(tables(2))] == ["A11", "A11.2"]


def test_contents_entries_printed_as_text_name_no_annex() -> None:
    """The contents read as text lines and pieces of table: the annex titles listed there are no
    headings (the body's 附件一 follows later), so the piece after 附件十二 is no A12."""
    contents = _page(1, [_text(60, "目 录", 14), _text(100, "附件十一 2023 年基本建设总计划进展报告"),
                         _text(120, "附件十二 预期成果 3.1 推广全")],
                     [_table(1, 140, [], [["附件十三", "162"], ["五、附录", "163"]])])
    body = [_page(2, [_text(60, "附件一 2022/23 年按部门开列的调剂使用后预算", 14)],
                  [_table(2, 100, [["部门", "预算"]], [["专利", "1"]])]),
            _page(3, [_text(60, "附件十二 预期成果 3.1 推广全球知识产权体系相关资源细目", 14)],
                  [_table(3, 100, [["预期成果", "预算"]], [["3.1", "1"]])])]
    assert [t.table_id for t in assemble([contents, *body])] == ["X01", "A1", "A12"]


@pytest.mark.skipif(not SOURCE.exists(), reason="the shared source text is not here")
def test_contract_ids_of_the_source() -> None:
    """The ids the benchmark holds the renderings to: the spec's, read from the source."""
    ids = contract_ids()
    found = [i for i in ids.values() if i]
    assert [i for i in found if i.startswith("T")] == [f"T{n}" for n in range(1, 9)]
    assert len([i for i in found if i.startswith("S-")]) == 16
    assert [i for i in found if i.startswith("A11")] == [f"A11-{n:02d}" for n in range(1, 62)]
    assert {"A7", "A12", "A13"} <= set(found) and "A8" not in found


def test_a_sectors_table_without_its_caption_is_named_by_its_first_column() -> None:
    """Under a sector's heading, a budget table whose caption is not printed (or is out of
    reach) is S-<SECTOR>-ER or -COST by its first column; outside a sector it stays X."""
    er, cost = [["预期成果", "预算", "支出"]], [["费用类别", "预算", "支出"]]
    pages = [_page(1, [_text(60, "专利和技术", 12), _text(80, "(单位：千瑞郎)")],
                   [_table(1, 100, er, [["2.1 兼顾", "1", "2"]]), _table(1, 300, cost, [["人事费", "1", "2"]])]),
             _page(2, [_text(60, "五、附录", 12), _text(80, "(单位：千瑞郎)")],
                   [_table(2, 100, er, [["2.1 兼顾", "1", "2"]])])]
    assert [t.table_id for t in assemble(pages)] == ["S-PTS-ER", "S-PTS-COST", "X01"]


def test_a_header_read_apart_leaves_the_body_a_piece() -> None:
    """The header band read as a table of its own (fewer columns), the body under it with no
    line between: the body, figures in its first row, is the header's second piece, and the
    annex keeps its one id."""
    pages = [_page(1, [_text(60, "附件四 2022/23 年按预期成果开列的预算和资源利用情况", 14)],
                   [_table(1, 100, [], [["预期成果", "核定预算", "支出"]]),
                    _table(1, 140, [], [["1.1 传播", "16,967", "19,339", "95%"]])])]
    tables = assemble(pages)
    assert [t.table_id for t in tables] == ["A4", "A4.2"]
