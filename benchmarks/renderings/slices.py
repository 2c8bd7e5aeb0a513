"""A small slice of the family for `make test`: the densest tables only, in three hard styles
(one per engine), extracted with the project's pure functions (no Prefect, no CLI start-up)
and scored by ../shared/tools/score.py against the slice's own truth."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from benchmarks.renderings.document import Document, Table, load_document
from benchmarks.renderings.engines import ENGINES
from benchmarks.renderings.paths import SCORE
from benchmarks.renderings.style import Style, draw_style

_FIGURE = re.compile(r"^\(?-?[\d,]+(\.\d+)?\)?%?$")

# Seeds whose drawn style is then pushed to what the extractor finds hardest, per engine.
HARD_STYLES: dict[str, Style] = {
    # nothing but stripes tells rows apart: no rules, zebra shading, no header band
    "chromium": replace(draw_style(101, "chromium"), rules="none", shading="zebra", valign="middle"),
    # Word's habit: figures on the last line of a label wrapped over several lines, three rules only
    "libreoffice": replace(draw_style(102, "libreoffice"), rules="booktabs", shading="none", valign="bottom",
                           label_width=0.22, font_size=9.5),
    # every cell boxed, header band, figures centred
    "weasyprint": replace(draw_style(103, "weasyprint"), rules="grid", shading="header", figure_align="center"),
}


def figures(table: Table) -> int:
    """Numeric body cells, as the score counts them."""
    body = table.rows[table.header_rows:]
    return sum(bool(_FIGURE.match(cell.replace(" ", ""))) for row in body for cell in row[1:])


def densest(document: Document, k: int) -> list[int]:
    """Indices of the k tables with the most figures, in document order."""
    ranked = sorted(document.tables, key=lambda t: (-figures(t), t.index))[:k]
    return sorted(t.index for t in ranked)


def run_slice(style: Style, folder: Path, k: int = 6) -> dict:
    """Render the k densest tables in `style`, extract them, score them: score.py's JSON."""
    return run_tables(style, folder, densest(load_document(), k))


def run_tables(style: Style, folder: Path, indices: list[int]) -> dict:
    """Render the source's tables of these indices in `style`, extract them, score them:
    score.py's JSON."""
    from export.edition import build_edition
    from extractors import extract_tables

    document = load_document()
    part = document.subset(indices)
    truth = folder / "truth.json"
    truth.write_text(json.dumps(part.truth(), ensure_ascii=False, indent=1), encoding="utf-8")
    pdf = ENGINES[style.engine].render(part, style, folder / f"slice-{style.engine}.pdf")
    edition = folder / "edition"
    edition.mkdir(exist_ok=True)
    build_edition(extract_tables(pdf), "slice").facts.to_csv(edition / "facts.csv", index=False)
    done = subprocess.run([sys.executable, str(SCORE), str(edition), "--truth", str(truth), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)
