"""Whether a value is the one of the year a change starts from: 'flows grew from 2021, when exports were $112 billion'.

Pure, no I/O.
"""

from __future__ import annotations

import re

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_CHANGED_SINCE = re.compile(
    r"\b(?:(?:rose|risen|grew|grown|climbed|increased|jumped|expanded|fell|fallen|declined|dropped|slipped|shrank|"
    r"shrunk|edged\s+(?:up|down))\s+(?:\w+\s+)?(?:from|since)|up\s+from|down\s+from)\s+(?:FY\s?)?(?:19|20)\d{2},?\s+"
    r"when\b(?:[^;,]|,(?!\s+to\b))*$",
    I,
)
"""A clause set in the year a change starts from: 'flows grew from 2021, when exports were $112 billion' (that
year's figure, not the current one)."""


def changed_since(text: str, at: int) -> bool:
    """Tell whether the value at `at` stands in a clause set in the year a change starts from: 'flows grew from 2021,
    when U.S. exports to Japan were $112 billion'."""
    return "when" in text and _CHANGED_SINCE.search(text, max(0, at - 160), at) is not None


__all__ = ["changed_since"]
