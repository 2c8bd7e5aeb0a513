"""pdfium is not thread-safe: threads of one process that call it take turns on this lock.

Held by whatever opens a PDF with pypdfium2 outside the worker processes (each of which has
its own pdfium): the input check, in-process page extraction, the report's pictures. Two
publications running in threads of one process (a test does it) would otherwise crash the
process inside pdfium.
"""
from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
