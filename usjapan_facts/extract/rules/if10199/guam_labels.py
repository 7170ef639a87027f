"""IF10199's Marines on Guam in a labelled list item or table row ('Marines on Guam so far: about 100'): the count
the label gives. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import Fields, I

_ON_GUAM_LABEL = re.compile(
    r"^(?:U\.S\.\s+)?Marines\s+(?:(?:already|now)\s+)?(?:(?:on|in|at|(?:relocated|moved|transferred|arrived)\s+"
    r"(?:from\s+(?:Okinawa|Japan)\s+)?(?:to|in|on))\s+Guam(?:\s+(?:so\s+far|to\s+date|now|today))?|(?:moving|relocating|"
    r"transferring)\s+(?:from\s+(?:Okinawa|Japan)\s+)?to\s+Guam\s+(?:so\s+far|to\s+date|now|today|currently))"
    r"(?:,?\s+as\s+of\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},\s+)?\d{4})?\s*:\s*",
    I,
)
"""A list item or table row of the Marines there now: 'Marines on Guam so far: about 100', 'Marines moved from Okinawa
to Guam, as of March 2026: 210', a row's 'Now' column ('Marines moving to Guam now: about 100')."""


def on_guam_labelled(text: str) -> Fields | None:
    """The count a labelled item of the Marines on Guam gives, its first figure (not a year)."""
    label = _ON_GUAM_LABEL.match(text)
    if label is None:
        return None
    for number, qualifier, match in p.qualified_numbers(text[label.end() :]):
        if not p.YEAR.fullmatch(match.group("number")):
            return {"value": p.plain(number), "qualifier": qualifier} if match.start() == 0 else None
    return None


__all__ = ["on_guam_labelled"]
