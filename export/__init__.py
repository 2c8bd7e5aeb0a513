"""Tables → the published dataset (see shared/spec/dataset.md). Plain functions; no Prefect here.

The names below are loaded on first use: `export.state` and `export.history` are needed
without pandas (deciding whether a PDF is unchanged), and pandas takes ~0.4 s to import.
"""
from __future__ import annotations

import importlib
from typing import Any

_NAMES = {"Edition": "export.edition", "build_edition": "export.edition",
          "facts_frame": "export.facts", "publish": "export.publish"}

__all__ = list(_NAMES)


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        return getattr(importlib.import_module(_NAMES[name]), name)
    raise AttributeError(f"module 'export' has no attribute {name!r}")
