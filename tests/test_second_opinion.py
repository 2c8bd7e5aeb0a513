"""camelot is asked only where it can change the answer: doubtful ruled tables."""
from __future__ import annotations

from extractors import second_opinion
from extractors.model import Box, Cell, Table


def _doubtful() -> Table:
    # Figures with no row label: a wrapped row split in two, the quality score drops.
    rows = [[Cell("专利", "专利", 1), Cell("1,200", "1,200", 1)],
            [Cell("", "", 1), Cell("300", "300", 1)],
            [Cell("", "", 1), Cell("400", "400", 1)]]
    return Table(page_start=1, page_end=1, bbox=Box(50, 100, 300, 200), rows=rows)


def test_a_doubtful_unruled_table_is_ours(monkeypatch):
    asked = []
    monkeypatch.setattr(second_opinion, "camelot_table", lambda *args: asked.append(args))
    table = _doubtful()
    assert second_opinion.choose(table, "x.pdf", 842, ruled=False) is table
    assert table.quality < second_opinion.DOUBT and asked == []


def test_a_doubtful_ruled_table_asks_lattice_and_keeps_the_clearly_better(monkeypatch):
    better = Table(page_start=1, page_end=1, bbox=Box(50, 100, 300, 200), method="camelot-lattice",
                   rows=[[Cell(t, t, 1), Cell(v, v, 1)] for t, v in (("专利", "1,200"), ("商标", "300"), ("外观", "400"))])
    asked = []

    def lattice(pdf_path, page, bbox, page_height, ruled):
        asked.append(ruled)
        return better

    monkeypatch.setattr(second_opinion, "camelot_table", lattice)
    assert second_opinion.choose(_doubtful(), "x.pdf", 842, ruled=True) is better
    assert asked == [True]


def test_a_reading_that_runs_every_cell_into_the_label_column_is_not_better(monkeypatch):
    """camelot's lattice on a grid it misreads (seed 9's last 效益实现 table): each row's text
    all in the first column. Nothing there is out of place, so it scores 1.0, and it holds no
    column: ours stays."""
    glued = Table(page_start=1, page_end=1, bbox=Box(50, 100, 300, 200), method="camelot-lattice",
                  rows=[[Cell(t, t, 1), Cell("", "", 1)] for t in ("专利 1,200", "300", "400")])
    monkeypatch.setattr(second_opinion, "camelot_table", lambda *args: glued)
    table = _doubtful()
    assert second_opinion.quality(glued) == 1.0
    assert second_opinion.choose(table, "x.pdf", 842, ruled=True) is table
