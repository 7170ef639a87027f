"""Shares said by their relation to a whole rather than as a fraction: 'Of every four acres ..., roughly three lie in
Okinawa' (75%), 'more U.S. personnel than Japan's other 46 prefectures combined' (over 50%), 'six fewer than a
majority' (under 50%). Read by `values.percents`. Pure, no I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract import number_words as n
from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.number_words import DIGITS, HEDGE, UNITS, WORDS

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_OF_EVERY = re.compile(
    r"\b(?:[Oo]f|[Oo]ut\s+of|[Ff]or)\s+every\s+(?P<whole>two|three|four|five|six|seven|eight|nine|ten)\b[^,;]{1,100}?,\s+"
    rf"(?:(?P<hedge>{HEDGE})\s+)?(?P<part>one|two|three|four|five|six|seven|eight|nine)\b(?!\s*(?:%|percent|hundred|thousand))",
    I,
)
"""The whole first, its noun between: 'Of every four acres set aside for U.S. forces, roughly three lie in Okinawa' is
75%; the value ends at the whole, so the noun after it ties it to the fact."""
_SHORT_OF_MAJORITY = re.compile(
    rf"\b(?:(?:just|only)\s+)?(?:{DIGITS}|{WORDS})\s+(?:seats?\s+)?(?:fewer\s+than|short\s+of|shy\s+of)\s+(?:a|the)\s+"
    r"(?:simple\s+|bare\s+|working\s+)?majority\b",
    I,
)
"""A holding so many seats short of a majority is under half: '119 of 248 seats, six fewer than a majority'."""
_REST_COMBINED = re.compile(
    r"\bmore\b(?=(?:\s+[\w.']+){1,10}?\s+than\s+(?:in\s+|on\s+)?(?:all\s+(?:of\s+)?)?(?:(?:Japan\W?s|the(?:\s+country\W?s)?)\s+"
    r"(?:other|remaining)\s+(?:\d+\s+|[a-z]+-[a-z]+\s+)?prefectures|the\s+rest\s+of\s+(?:Japan|the\s+country))\s+"
    r"(?:combined|put\s+together|together)\b)",
    I,
)
"""More than all the rest together is over half: 'houses more U.S. personnel than Japan's other 46 prefectures
combined' (50, over); the value is 'more', so the noun after it ties it to the fact."""


def said_shares(text: str, *, rest: bool) -> list[Candidate]:
    """Every share said by its relation to a whole (`rest`: the text holds 'combined' or 'together')."""
    found: list[Candidate] = []
    for match in _SHORT_OF_MAJORITY.finditer(text) if "ajority" in text else ():
        found.append(Candidate(50, "under", match.start(), match.end(), coarse=True))
    for match in _REST_COMBINED.finditer(text) if rest else ():
        found.append(Candidate(50, "over", match.start(), match.end(), coarse=True))
    for match in _OF_EVERY.finditer(text) if "every" in text else ():
        part, whole = UNITS[match.group("part").casefold()], UNITS[match.group("whole").casefold()]
        if part < whole:
            share = p.plain(p.fraction_share((Decimal(part * 100) / whole).quantize(Decimal("0.1"))))
            found.append(Candidate(share, n.hedge(text, match), match.start(), match.end("whole")))
    return found


__all__ = ["said_shares"]
