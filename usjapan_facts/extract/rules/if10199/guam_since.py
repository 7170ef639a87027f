"""IF10199's Marines on Guam: an arrival's count that the brief says has changed since, which is then no count of
those there now ('About 100 arrived in December 2024, and the contingent has since grown': how many are there now
the brief does not say). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import I
from usjapan_facts.extract.values import counts

_WHO = (
    r"(?:(?:the|that|this|its)\s+(?:Marines?\W?\s+)?(?:contingent|presence|garrison|headcount|number|total|tally|count|"
    r"group|force|unit)|(?:several\s+|many\s+|a\s+few\s+)?(?:more|others|other\s+units|(?:additional|further|more)\s+"
    r"(?:Marines|units|troops|personnel|contingents|groups))|they|it)"
)
"""Who may have changed since the arrival: the contingent (or its count), or more Marines after it."""
_CHANGED = re.compile(
    rf"\b{_WHO}(?:\s+(?:there|on\s+(?:the\s+island|Guam)))?\s+(?:has|have|had)\s+(?:since|subsequently|later|then)?\s*"
    r"(?:(?:been\s+)?(?:grown|risen|increased|climbed|swelled|swollen|doubled|tripled|expanded|followed|joined\s+them|"
    r"arrived|been\s+joined\s+by)|come\s+since)\b"
    r"|\b(?:since|subsequently|later)\s+(?:been\s+)?(?:joined|reinforced|followed)\s+by\b"
    r"|\b(?:more|others)\s+(?:have|had)\s+(?:since\s+)?(?:come|followed|arrived|joined)\b",
    I,
)
"""Words that say how many are there has changed since an arrival: 'the contingent has since grown', 'more have
followed', 'they have since been joined by others' (not 'more are to follow': a move to come leaves the count)."""


def superseded(text: str, value: object, following: str = "") -> bool:
    """Whether the words after the count `value` in `text` (or the sentence after it, where it opens on the change)
    say that the number there has changed since, with no later count of its own."""
    ends = [count.end for count in counts(text) if count.value == value]
    after = text[ends[0] :] if ends else ""
    if _CHANGED.search(after):
        return True
    opening = re.match(r"[^;]{0,60}", following)
    return opening is not None and _CHANGED.search(opening.group(0)) is not None and not counts(following)


__all__ = ["superseded"]
