"""The renderers of `log`: every change, newest first, once, at the first version that shows it.

`log_diffs` walks the versions oldest first, carrying what is known; the rendered blocks are spooled
(to a temporary file past `SPOOL_IN_MEMORY`) and given back newest first, so a long history is never
held in memory whole.
"""

from __future__ import annotations

import json
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from usjapan_facts.report.atom import render_atom
from usjapan_facts.report.registry import Rendered, Style, whole
from usjapan_facts.report.render import diff_json, render_text

if TYPE_CHECKING:
    from usjapan_facts.report.results import Changelog

SPOOL_IN_MEMORY = 1 << 20
"""Bytes of rendered log kept in memory before the spool moves to a temporary file."""


def newest_first(blocks: Iterable[str]) -> Iterator[str]:
    """Yield the blocks in reverse order, holding them in a spool file rather than in memory."""
    offsets = array("q")
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY, mode="w+b") as spool:
        for block in blocks:
            offsets.append(spool.tell())
            spool.write(block.encode("utf-8"))
        end = spool.tell()
        for offset in reversed(offsets):
            spool.seek(offset)
            yield spool.read(end - offset).decode("utf-8")
            end = offset


def log_text(log: Changelog, style: Style) -> Rendered:
    """Each version with changes as `diff` shows it, newest first, a blank line between them."""
    texts = (render_text(result, style=style) for result in log.diffs if result.changes)
    return Rendered(("\n" if index else "") + text for index, text in enumerate(newest_first(texts)))


def log_json(log: Changelog, style: Style) -> Rendered:
    """A JSON array of every version's envelope (`diff --format json`), newest first, one per line."""
    bodies = newest_first(json.dumps(diff_json(result), ensure_ascii=False) for result in log.diffs)
    return Rendered(_array(bodies))


def _array(bodies: Iterable[str]) -> Iterator[str]:
    yield "[\n"
    for index, body in enumerate(bodies):
        yield ("  " if index == 0 else ", ") + body + "\n"
    yield "]\n"


def log_atom(log: Changelog, style: Style) -> Rendered:
    """An Atom feed of the versions with changes, newest first."""
    # A feed holds only versions with changes, so it stays small enough to build whole.
    newest = reversed([result for result in log.diffs if result.changes])
    return whole(render_atom(newest, catalogue=log.catalogue))
