"""Extract a snapshot from a version's text: every fact a rule is sure of, with the sentence it came from.

Pure, no I/O: give it the text (Markdown, plain text or HTML). Precision comes first: a fact two
sentences disagree on is left out with a warning, and so is any value the model refuses.

The reader (`extract.reader`) compiles every brief's patterns when it is imported, a quarter of a second;
it is imported on the first use of `extract_snapshot`, `Extraction` or `parse_text`, so that reading a
source (`extract.sources`, `extract.pdf`) and failing on it, or `fetch` (which never extracts), never pays it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from usjapan_facts.errors import FactsError

if TYPE_CHECKING:
    from usjapan_facts.extract.reader import Extraction, extract_snapshot, parse_text


class ExtractError(FactsError):
    """The text yields no snapshot: empty, not the brief asked for, no date, or no fact at all."""


_READER = frozenset({"Extraction", "extract_snapshot", "parse_text"})


def __getattr__(name: str) -> object:
    """The reader's names, imported on first use (PEP 562)."""
    if name in _READER:
        return getattr(importlib.import_module("usjapan_facts.extract.reader"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ExtractError", "Extraction", "extract_snapshot", "parse_text"]
