"""The cyclic garbage collector kept off the versions a site is built from, which live until it is written.

A 5,000-version store loads as millions of objects (models, dicts, diffs); every collection of the
oldest generation walks them all again, though none of them is garbage until the build ends: a fifth of
a build's time went there. Loading runs with the collector off, then what was loaded is frozen (left out
of every later collection) for the build, which runs with the collector on, and thawed after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading() -> Iterator[None]:
    """Load with the collector off; on leaving, collect once and freeze what is left, then turn it back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What loading left as garbage goes now, so the freeze keeps only what the build reads.
        gc.collect()
        gc.freeze()
        if enabled:
            gc.enable()


def thaw() -> None:
    """Return what `loading` froze to the collector's care, once the build that read it is done."""
    gc.unfreeze()
