"""How often Python's cyclic garbage collector runs in wpr's own processes.

Python's default starts a pass every 700 net allocations, and a full pass over every live
object every 100 of those. A run makes next to no cyclic garbage (its objects go by reference
counting), yet builds many long-lived ones (each page's words and cells, Prefect's states): the
passes walked them over and over, measured 0.3-0.6 s of the `wpr` process's ~3.3 s of CPU in a
one-off extraction (a third of that left at these thresholds), and ~3% of a page worker's.
A young-generation pass every 10,000 allocations still bounds the memory any cycles can hold.
"""
from __future__ import annotations

import gc

THRESHOLDS = (10_000, 10, 10)


def collect_less() -> None:
    """Fewer collector passes in this process, for the rest of its life."""
    gc.set_threshold(*THRESHOLDS)
