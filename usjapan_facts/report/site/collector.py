"""The cyclic garbage collector kept off the versions a site is built from, which live until it is written.

A 5,000-version store loads as millions of objects (models, dicts, diffs); every collection of the
oldest generation walks them all again, though none of them is garbage until the build ends: a fifth of
a build's time went there. Loading runs with the collector off, then what was loaded is frozen (left out
of every later collection) for the build, which runs with the collector on, and thawed after it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def kept_out(load: Callable[[], T]) -> Iterator[T]:
    """Run `load` with the collector off and give what it returned, frozen until the block ends, then thawed.

    Nothing is frozen if `load` raises; the collector is left on or off as it was found, whatever happens.
    """
    # The frozen objects are one pool, and thawing thaws them all: if others froze some before, freezing
    # ours would mean thawing theirs after, or never thawing ours. The build then runs without the freeze.
    ours = gc.get_freeze_count() == 0
    enabled = gc.isenabled()
    gc.disable()
    try:
        loaded = load()
        if ours:
            # What loading left as garbage goes now, so the freeze keeps only what the build reads. With the
            # collector off, all loading made is in the youngest generation: that one alone is walked, not
            # every object the process held before (a whole test session's, when `site` runs in one).
            gc.collect(0)
            gc.freeze()
    finally:
        if enabled:
            gc.enable()
    try:
        yield loaded
    finally:
        if ours:
            gc.unfreeze()
