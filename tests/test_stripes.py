"""Zebra stripes across rows of text and figures (extractors.regions), on hand-made lines."""
from __future__ import annotations

from extractors.layout import Fill, Line, Segment, Word
from extractors.model import Box
from extractors.regions import _Item, _stripes_continue

SIZE = 8.0


def line(top: float, *cells: tuple[float, float, str]) -> Line:
    return Line([Segment([Word(text, Box(x0, top, x1, top + SIZE), SIZE)]) for x0, x1, text in cells])


def stripe(top: float, bottom: float) -> _Item:
    box = Box(59.4, top, 536.4, bottom)
    return _Item(box, fill=Fill(box, dark=False))


def test_a_shaded_row_of_text_alone_does_not_bound_the_label_column() -> None:
    """Chromium, cells on their middle (s040 p120): a shaded row of text, an unshaded row
    of text whose first line ends 5 pt further right than the shaded row's, then a shaded
    row of figures. The next stripe is the same table's: its rows were lost."""
    lines = [line(637.9, (61, 262, "在组织层面为产权组织客户建立产权组织各项服务的共同")),
             line(649.3, (61, 109, "组合管理功能")),
             line(662.3, (61, 267, "开发产权组织帐户应用程序, 以实现数据采集的标准化、协")),
             line(674.4, (61, 191, "调各项服务和改善客户体验管理 (CX)")),
             line(688.5, (61, 258, "CX 加强产权组织各项服务与产权组织知识产权门户的整")),
             line(699.9, (61, 263, "合, 继续开发产权组织知识产权门户及其相关功能, 并最终"), (278, 314, "2,451,940"),
                  (331, 367, "2,713,797"), (385, 421, "1,601,414"), (448, 464, "59%"), (501, 518, "45%")),
             line(712.5, (61, 117, "移交给业务部门"))]
    assert _stripes_continue([stripe(633.8, 659.3)], stripe(685.5, 722.4), lines)
