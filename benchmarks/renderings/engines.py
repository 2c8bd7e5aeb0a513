"""The three engines by name: what each needs, how it prints, and which source files make
its output (the corpus's cache key)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Callable

from benchmarks.renderings import chromium, document, fit, html_page, style, weasy, word
from benchmarks.renderings.document import Document
from benchmarks.renderings.paths import SOURCE, TRUTH
from benchmarks.renderings.style import Style


@dataclass(frozen=True)
class Engine:
    name: str
    module: ModuleType
    sources: tuple[ModuleType, ...]  # the renderer's own modules: their text is in the cache key

    def missing(self) -> str | None:
        return self.module.missing()

    def render(self, doc: Document, look: Style, pdf: Path) -> Path:
        return self.module.render(doc, look, pdf)

    def source_hash(self) -> str:
        """What the engine's output depends on besides the seed: its code and the report's text."""
        digest = hashlib.sha256()
        files = [Path(module.__file__) for module in (*self.sources, self.module)] + [SOURCE, TRUTH]
        for path in files:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()[:12]


_COMMON = (document, style, fit)
ENGINES: dict[str, Engine] = {
    "weasyprint": Engine("weasyprint", weasy, (*_COMMON, html_page)),
    "chromium": Engine("chromium", chromium, (*_COMMON, html_page)),
    "libreoffice": Engine("libreoffice", word, _COMMON),
}
Renderer = Callable[[Document, Style, Path], Path]
