"""Years a sentence gives that date another deed than its value's, or only a comparison: a count dated by its own
deed put first ('Counted in 2012, ...'), a participle phrase put before the subject with its own deed's year ('Bound
by a treaty signed in 1951, Japan hosts ...'), a year after 'than' ('30% fewer in FY2030 than in FY2013')."""

from __future__ import annotations

import re

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_MEASURED = r"(?:Counted|Measured|Tallied|Estimated|Recorded|Reported|Surveyed|Polled|Totaled)"
COUNTED_IN = re.compile(rf"{_MEASURED}\s+(?:in|during|as\s+of)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d)\b")
"""A count dated by its own deed put first: 'Counted in 2012, the U.S. troops in Japan came to some 52,000'."""
STALE_RANK = 3
"""The most years before the cover a rank's own year may stand and the rank still be current (the data lag a year or
two): 'the fourth-largest U.S. trading partner in 2015' in a brief of 2025 is a past place. A place is history far
sooner than a figure: every rank reader, and the resolver for a rank any reader took, go by it."""
COMPARED_YEAR = re.compile(r"\bthan\s+(?:\w+\s+){0,3}$", I)
"""Before a year, a comparison: 'to emit 26% less in FY2030 than it did in FY2013' is of 2030, against 2013."""
FRONTED_PARTICIPLE = re.compile(
    rf"^(?!{_MEASURED}\b)[A-Z][a-z]*(?:ed|en|wn|ght|ound|uilt|ung|orn)\b"
    r"[^,;:]*?\b(?:in|since)\s+(?:19|20)\d\d\b[^,;:]*,"
)
"""A participle phrase put before the subject it describes, with its own deed's year: 'Bound to Washington by a treaty
first signed in 1951 and rewritten in 1960, Japan hosts ...'. Its years date that deed, not the main clause's value
(a count 'Measured in 2012, ...' is dated by its own)."""

__all__ = ["COMPARED_YEAR", "COUNTED_IN", "FRONTED_PARTICIPLE", "STALE_RANK"]
