"""A date a clause names only by pointing back to one named before it: 'no national vote need be held before then',
'none comes sooner', 'nothing is required until that date'. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p

_BACK = re.compile(
    r"\b(?:before|until|till|ahead\s+of|prior\s+to)\s+(?:then|that\s+(?:date|time|point|month))\b"
    r"|\b(?:sooner|earlier)\b(?!\s+than\b)",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:no|not|none|nothing|neither|nor)\b|n't\b", re.IGNORECASE)
"""Only a denied clause makes the date pointed back to the next one: 'An early vote could come before then' does not."""
_WHOLE = re.compile(r"\b(?:national|nationwide|Diet|parliamentary)\b", re.IGNORECASE)
"""A vote of the whole Diet: 'no Lower House election before then' leaves the Upper House's free to come first."""


def date_pointed_back(clause: str, earlier: str, before: str) -> str | None:
    """The date 'then' or 'sooner' stands for in a denied clause: the last date named in the sentence's `earlier`
    clauses, else in the sentence `before` it; None where the clause points back to none, or is not denied."""
    if not _BACK.search(clause) or not _DENIED.search(clause) or not _WHOLE.search(clause):
        return None
    named = p.dates(earlier) or p.dates(before)
    return named[-1][0] if named else None


__all__ = ["date_pointed_back"]
