"""A day fixed for an agreement's entry into force, said before the verb: read as the day it took effect.

'An exchange of notes fixed January 1, 2020, as the day on which both agreements would enter into force', 'January 1,
2020, was set as the start date for the USJTA', 'chose January 1, 2020, as the date of the DTA's entry into force': the
day set is the agreement's own date of entry into force, as 'are scheduled to enter into force on' is. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import I

_DATE = rf"{p.MONTH}\s+\d{{1,2}},\s*(?:19|20)\d{{2}}"
_FIX = r"(?:fixed|set|chosen|chose|named|designated|picked|selected|settled\s+on|agreed\s+(?:on|upon))"
_TAKES_EFFECT = (
    r"(?:take|took|go|went|come|came|enter|entered)\s+(?:into\s+)?(?:effect|force)|become\s+effective|start|begin|apply"
)
_WORDS = r"(?:[^;,.]|\.(?=\S)){2,80}?"
"""An agreement's name, its abbreviations' stops within it ('the U.S.-Japan Trade Agreement')."""
_END = r"(?=[;,]|\.(?!\S)|$)"
_DAY_FIXED = re.compile(
    rf"\b(?:{_FIX}\s+(?P<date>{_DATE})|(?P<first>{_DATE}),?\s+(?:was|were|had\s+been|has\s+been|is)\s+{_FIX}),?\s+as\s+"
    rf"(?:the\s+(?:day|date)\s+(?:on\s+which\s+|when\s+|that\s+|for\s+)?(?P<what>{_WORDS})\s+"
    rf"(?:would|should|will|was\s+to|were\s+to|to)\s+(?P<verb>{_TAKES_EFFECT})\b"
    rf"|the\s+(?:start(?:ing)?|effective|entry[- ]into[- ]force)\s+date\s+(?:for|of)\s+(?P<for>{_WORDS}){_END}"
    rf"|the\s+(?:day|date)\s+(?:for|of)\s+(?P<of>{_WORDS})(?:'s|\u2019s)\s+entry\s+into\s+(?:force|effect)\b"
    rf"|the\s+(?:day|date)\s+(?:for|of)\s+(?:the\s+)?entry\s+into\s+(?:force|effect)\s+of\s+(?P<into>{_WORDS}){_END})",
    I,
)


def day_fixed(text: str) -> str:
    """The text with a day fixed for entry into force said as the agreement's taking effect on it: '... fixed January 1,
    2020, as the day on which both agreements would enter into force' as '... both agreements enter into force on
    January 1, 2020'."""
    if "as the" not in text:
        return text

    def said(found: re.Match[str]) -> str:
        what = found.group("what") or found.group("for") or found.group("of") or found.group("into")
        verb = found.group("verb") or "entered into force"
        if verb in ("start", "begin", "apply"):
            verb = "entered into force"
        return f"{what} {verb} on {found.group('date') or found.group('first')}"

    return _DAY_FIXED.sub(said, text)


_NEXT_YEAR_DAY = re.compile(r"\bthe\s+first\s+day\s+of\s+(?:the\s+)?(?:following|next|ensuing)\s+year\b", I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def next_year_day(text: str, before: str = "") -> str:
    """The text with a year's first day counted from the year named before it in the sentence, else in the sentence
    `before` it: 'signed ... on October 7, 2019, and both entered into force on the first day of the following year' as
    '... on January 1, 2020'."""
    if "first day" not in text:
        return text
    for found in reversed(list(_NEXT_YEAR_DAY.finditer(text))):
        years = _YEAR.findall(text, 0, found.start()) or _YEAR.findall(before)
        if years:
            text = f"{text[: found.start()]}January 1, {int(years[-1]) + 1}{text[found.end() :]}"
    return text
