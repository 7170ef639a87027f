"""A list's items and the sentence that leads into them: 'Japan's place among U.S. partners held:' then
'- Overall: fourth-largest trading partner'. An item names no subject of its own; its lead-in does. Pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Mapping

LABEL = re.compile(r"\s*([^:;]{3,60}):\s*")
"""A labelled item: 'U.S. troops in Japan: about 54,000'."""
_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def is_item(text: str) -> bool:
    """Tell whether a sentence reads as an item of a list: a label, a fragment in lower case, no full stop."""
    return bool(LABEL.match(text)) or text[:1].islower() or not _TERMINAL.search(text)


def lead_in(text: str, preceding: Mapping[str, str]) -> str | None:
    """The sentence ending in a colon that introduces the list `text` is an item of, through the items before it
    (`preceding` maps each sentence to the one before it)."""
    if not is_item(text):
        return None
    before = text
    for _ in range(8):
        before = preceding.get(before, "")
        if not before or before.rstrip().endswith(":"):
            return before or None
        if not is_item(before):
            return None
    return None


__all__ = ["LABEL", "is_item", "lead_in"]
