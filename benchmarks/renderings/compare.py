"""Two scoreboards side by side, rendering by rendering: which went up, which went down.

    python -m benchmarks.renderings compare OLD.md NEW.md

Each file is a `scoreboard.md` (`make scoreboard` writes `.corpus/scoreboard.md`; the last
session's is kept under `benchmarks/renderings/results/`). Renderings are cached by seed,
engine and renderer source, so two scoreboards of the same seeds on one machine score the same
PDFs: any change is the code's. A rendering is down when fewer of its cells are exact, more of
its checks fail or fewer of its tables are located; up when the reverse; mixed when both."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

BAR = 99.0   # issue 14: each rendering >= 99.0% of numeric cells with every table located


@dataclass(frozen=True)
class Score:
    seed: int
    engine: str
    located: tuple[int, int]
    cells: float          # percent exact
    failed: int           # failing checks

    @property
    def at_bar(self) -> bool:
        return self.cells >= BAR and self.located[0] == self.located[1]


def read(path: Path) -> dict[int, Score]:
    """The rows of a scoreboard.md by seed (rows of renderings that failed to extract are left out)."""
    scores: dict[int, Score] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 7 or not cells[0].isdigit() or not cells[5].endswith("%") or "/" not in cells[4]:
            continue
        found, total = cells[4].split("/")
        scores[int(cells[0])] = Score(int(cells[0]), cells[1], (int(found), int(total)),
                                      float(cells[5].rstrip("%")), int(cells[6]))
    return scores


def change(old: Score, new: Score) -> str:
    """'up', 'down', 'mixed' or '' (the same)."""
    better = [new.cells > old.cells, new.failed < old.failed, new.located[0] > old.located[0]]
    worse = [new.cells < old.cells, new.failed > old.failed, new.located[0] < old.located[0]]
    if any(better) and any(worse):
        return "mixed"
    return "up" if any(better) else "down" if any(worse) else ""


def report(old: dict[int, Score], new: dict[int, Score]) -> list[str]:
    """One line per rendering that changed, then the totals over the seeds both hold."""
    common = sorted(set(old) & set(new))
    lines = []
    for seed in common:
        a, b = old[seed], new[seed]
        if kind := change(a, b):
            lines.append(f"s{seed:03d} {b.engine:<11} {kind:<5} tables {a.located[0]}->{b.located[0]}  "
                         f"cells {a.cells:.2f}->{b.cells:.2f}%  failing checks {a.failed}->{b.failed}")
    for name, scores in (("old", old), ("new", new)):
        at_bar = sum(scores[s].at_bar for s in common)
        failed = sum(scores[s].failed for s in common)
        lines.append(f"{name}: {at_bar} of {len(common)} at the bar (>= {BAR}% with every table located), "
                     f"{failed} failing checks")
    kinds = [change(old[s], new[s]) for s in common]
    lines.append(f"changed: {kinds.count('up')} up, {kinds.count('down')} down, {kinds.count('mixed')} mixed")
    return lines
