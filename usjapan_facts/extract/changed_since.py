"""Whether a value is the one of the year a change starts from: 'flows grew from 2021, when exports were $112 billion'.

Pure, no I/O.
"""

from __future__ import annotations

import re

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_CHANGED = (
    r"(?:rose|risen|rises?|grew|grown|grows?|climbed|climbs?|increased|increases?|jumped|jumps?|expanded|expands?|"
    r"widened|widens?|gained|gains?|fell|fallen|falls?|declined|declines?|decreased|decreases?|dropped|drops?|"
    r"slipped|slips?|shrank|shrunk|shrinks?|narrowed|narrows?|contracted|contracts?|dipped|dips?|slid|slides?|"
    r"edged\s+(?:up|down))"
)
"""The verbs of a change, spelled once: what moved, by how much or from when."""
_CHANGED_SINCE = re.compile(
    rf"\b(?:{_CHANGED}\s+(?:\w+\s+)?(?:from|since)|up\s+from|down\s+from)\s+(?:FY\s?)?(?:19|20)\d{{2}},?\s+"
    r"when\b(?:[^;,]|,(?!\s+to\b))*$",
    I,
)
"""A clause set in the year a change starts from: 'flows grew from 2021, when exports were $112 billion' (that
year's figure, not the current one)."""


def changed_since(text: str, at: int) -> bool:
    """Tell whether the value at `at` stands in a clause set in the year a change starts from: 'flows grew from 2021,
    when U.S. exports to Japan were $112 billion'."""
    return "when" in text and _CHANGED_SINCE.search(text, max(0, at - 160), at) is not None


_SINCE_CHANGED = re.compile(
    rf"(?:,\s*|;\s*|\b)(?:but|and|though|although)?\s*(?:it|that(?:\s+\w+)?|this(?:\s+\w+)?|they|these)\s+"
    rf"ha(?:s|ve)\s+since\s+(?:\w+\s+)?{_CHANGED}\b",
    I,
)
"""A later clause saying the value has since moved: 'was about $700 billion in 2020, but it has since grown'."""


def changed_after(text: str, at: int) -> bool:
    """Tell whether a clause after the value at `at` says that value has since moved ('was $700 billion in 2020, but it
    has since grown'): the value is a past level, whatever the level now."""
    return "since" in text[at:] and _SINCE_CHANGED.search(text, at) is not None


_CHANGE_SIZE = re.compile(
    rf"(?:\b(?:{_CHANGED}|(?:were|was|is|are)\s+(?:up|down))(?:\s+by)?|"
    r"\ban?\s+(?:\w+\s+)?(?:increase|rise|jump|gain|drop|decline|fall|decrease|reduction)\s+of)\s+$",
    I,
)
"""The size of a change, right before a figure: 'rose by $4 billion', 'fell $20 billion', 'a decline of 3,000' (how much
it moved, never the level it stands at)."""


_COMPARED_AFTER = re.compile(
    r"[$\u00a5]\s?[\d.,]+(?:\s+(?:billion|million|trillion)|\s?(?:bn|mn|tn))?\s+"
    r"(?:narrower|wider|smaller|larger|bigger|greater|higher|lower|more|less)\b(?:\s+[\w$.]+){0,4}?\s+than\b",
    I,
)
"""An amount told as a difference, the comparison right after it: 'was $10.2 billion narrower than in 2024', '$10.2
billion smaller in 2025 than in 2024' (how far apart two levels are, never a level)."""


def change_size(text: str, at: int) -> bool:
    """Tell whether the value at `at` is the size of a change, not a level: 'exports rose by $4 billion in 2018',
    'imports fell $20 billion, to $180 billion' (the $180 billion is the level), 'was $10.2 billion narrower than in
    2024'."""
    if _COMPARED_AFTER.match(text, at) is not None:
        return True
    if _CHANGE_SIZE.search(text, max(0, at - 40), at) is None:
        return False
    return _A_PERCENT.match(text, at) is None  # 'grew 2.2%' is a rate of growth, which is a fact's value


_A_PERCENT = re.compile(r"[^\s;,]*\s?(?:%|percent\b|per\s?cent\b|percentage\b)", I)


__all__ = ["change_size", "changed_since"]
