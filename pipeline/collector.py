"""Python's cyclic garbage collector paused while a per-article stage runs over a batch.

The stages allocate millions of short-lived tuples, lists, matches and rows that hold no reference cycles; each
allocation burst sets off a collection that also walks everything the process keeps (the batch's frames, caches,
entity lists), for nothing freed: it cost a quarter of the entity stage's CPU and a few percent of the claims
step's. Reference counting still frees all of it; the collector's previous state is restored afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Cyclic garbage collection off inside the block, back to its previous state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
