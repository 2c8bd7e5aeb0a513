"""Where the renderings read from and write to. The source text, its truth and score.py are
read from ../shared, never copied into the project."""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
SOURCE = SHARED / "source" / "wpr-2022-23-zh.txt"
TRUTH = SHARED / "corpus" / "wpr-2022-23-zh.truth.json"
SCORE = SHARED / "tools" / "score.py"
CORPUS = ROOT / ".corpus"
RENDERINGS = CORPUS / "renderings"
EDITIONS = CORPUS / "editions"
WPR = ROOT / ".venv" / "bin" / "wpr"
