"""Two scoreboards compared rendering by rendering (benchmarks/renderings/compare.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/ is not an installed package
from benchmarks.renderings import compare  # noqa: E402

HEAD = "| seed | engine | style | pages | tables located | cells exact | failed checks | extract s |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"


def board(tmp_path: Path, name: str, rows: list[str]) -> Path:
    path = tmp_path / name
    path.write_text(HEAD + "\n".join(rows) + "\n\nall renderings: 1/2 numeric cells exact = 50.00%  \n", encoding="utf-8")
    return path


def test_renderings_up_down_and_the_same_are_told_apart(tmp_path: Path) -> None:
    old = board(tmp_path, "old.md", [
        "| 1 | chromium | x | 100 | 62/62 | 99.50% | 5 | 10 |",
        "| 2 | weasyprint | x | 100 | 62/62 | 100.00% | 3 | 10 |",
        "| 3 | libreoffice | x | 100 | 61/62 | 98.00% | 3 | 10 |",
        "| 4 | chromium | x | 100 | 62/62 | 99.93% | 3 | 10 |"])
    new = board(tmp_path, "new.md", [
        "| 1 | chromium | x | 100 | 62/62 | 99.80% | 3 | 10 |",
        "| 2 | weasyprint | x | 100 | 62/62 | 99.96% | 3 | 10 |",
        "| 3 | libreoffice | x | 100 | 62/62 | 97.00% | 3 | 10 |",
        "| 4 | chromium | x | 100 | 62/62 | 99.93% | 3 | 10 |",
        "| 5 | weasyprint | x | 100 | 62/62 | 99.93% | 3 | 10 |"])
    a, b = compare.read(old), compare.read(new)
    assert [compare.change(a[s], b[s]) for s in (1, 2, 3, 4)] == ["up", "down", "mixed", ""]
    lines = compare.report(a, b)
    assert lines[-1] == "changed: 1 up, 1 down, 1 mixed"
    assert lines[-3].startswith("old: 3 of 4 at the bar") and lines[-2].startswith("new: 3 of 4 at the bar")
    assert lines[-3].endswith("14 failing checks") and lines[-2].endswith("12 failing checks")
    assert len(lines) == 6   # seed 4 is the same, seed 5 has no old score
