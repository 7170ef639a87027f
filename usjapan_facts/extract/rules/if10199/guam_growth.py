"""IF10199's Marines on Guam: the words of a move still to come or made elsewhere, and a count the contingent on Guam
has grown to ('the Guam contingent had passed 200 by March'), which the readers of Marines there share. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import Fields, I, has
from usjapan_facts.extract.values import Candidate

TO_COME = r"\b(?:to\s+(?:move|relocate|transfer|begin)|will|would|plan\w*|slated|scheduled|expected|due)\b"
ELSEWHERE = (
    r"\b(?:in|to|into|at)\s+(?:the\s+)?(?:U\.S\.\s+)?(?:Hawaii|Australia|Darwin|California|mainland|Japan|Okinawa|"
    r"South\s+Korea|Korea|the\s+Philippines)\b"
)
"""Where else Marines go or stay: 'arrived in Darwin' is no count of Marines in Guam."""


_PASSED = r"passed|topped|exceeded|surpassed|crossed"
"""Verbs of a count gone past a figure: 'passed 200' is over it."""
NOUN = r"\b(?:contingent|presence|garrison|headcount|head\s+count|count|number|total|tally)\b"
GROWN_TO = (
    rf"\s(?:had\s+|has\s+|have\s+)?(?:(?P<over>{_PASSED})|(?:risen|grown|climbed|rose|grew)\s+to|reached|stood\s+at|"
    r"(?P<state>numbered|numbers|totall?ed|totals|stands\s+at|(?:came|comes)\s+to))"
    r"\s+(?:(?:some|about|roughly|around|nearly|almost|just\s+over|over|more\s+than)\s+)?$"
)
_GROWN = re.compile(rf"{NOUN}[^.;,]{{0,30}}?{GROWN_TO}", I)
"""Before a count, the Marines there having grown to it, a later state than any arrival the sentence tells before
('after an advance group of about 100 arrived in December 2024, the Guam contingent had passed 200 by March'), or
numbering it ('the contingent on Guam numbered around 200', its noun on Guam: 'the Okinawa-based Marine presence
numbers some 19,000' is not): 'passed 200' is over it."""
_ON_GUAM = re.compile(r"\b(?:on|in|at)\s+Guam\b|\bGuam(?:\W?s)?\s+(?:[\w-]+\s+)?(?:contingent|presence|garrison)\b", I)


_LEAD = re.compile(rf"(?:{_PASSED})\s+", I)


def grown_count(text: str, count: Candidate, place: re.Pattern[str] = _ON_GUAM) -> Fields | None:
    """The count the Marines on Guam have grown to, said after the contingent's noun (a number it states, by 'numbered'
    or 'stands at', placed by `place`: on Guam, or 'there' after a sentence naming Guam), or None."""
    lead = _LEAD.match(text, count.start)  # 'passed 200' read with its verb as the count's hedge
    grown = _GROWN.search(text, max(0, count.start - 80), lead.end() if lead else count.start)
    if (
        grown is None
        or (grown.group("state") and not place.search(text, max(0, grown.start() - 40), grown.start("state")))
        or has(ELSEWHERE, text[grown.start() : count.end])
        or has(rf"{TO_COME}|{UNREAL}", text[grown.start() : count.start])
    ):
        return None
    qualifier = "over" if grown.group("over") and count.qualifier == "exact" else count.qualifier
    return {"value": count.value, "qualifier": qualifier, "period": None}


UNREAL = r"\b(?:not|never|yet|should|might|could|if)\b|n['\u2019]t\b"
"""Between the noun and the count: a count negated or unreal ('has not yet grown to', 'should have reached')."""
