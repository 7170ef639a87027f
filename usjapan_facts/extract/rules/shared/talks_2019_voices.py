"""The 2019 talks' steps in voices `talks_2019` does not read: the first round said by its being the first ('met in a
formal round for the first time'), the stage-one deal named only as 'the deal' and declared done, or as the stage a
relative clause declares done ('the first stage of talks, which the leaders declared concluded on ...'), and the autos
proclamation that finds the imports a threat in so many words ('a ... proclamation that found auto imports a
national-security threat').

Each `what` is `talks_2019`'s own, so that the record diffs clean whichever voice states it.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import DatedEvent
from usjapan_facts.extract.rules.shared import talks_2019 as t

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_OTHERS = r"(?!.*\b(?:China|Chinese|Beijing|Mexico|Canada|USMCA|Korea|KORUS|EU|European|India|Britain|U\.K\.)\b)"
"""No other partner named: its deal or its round is not Japan's."""
_AUTOS = r"(?:autos?|automobiles?|cars|(?:motor\s+|passenger\s+)?vehicles?)"

EVENTS: tuple[DatedEvent, ...] = (
    DatedEvent(
        "first_negotiating_round",
        t.FIRST_ROUND,
        # the round as the first of its kind: 'negotiators met in a formal round for the first time', 'held formal
        # talks for the first time', 'for the first time, officials met in a formal negotiating round'
        re.compile(
            r"\bformal\s+(?:negotiating\s+)?(?:round|session|talks|negotiations)\b[^.;]{0,40}?\bfor\s+the\s+first\s+time\b"
            r"|\bfor\s+the\s+first\s+time\b[^.;]{0,60}?\bformal\s+(?:negotiating\s+)?(?:round|session)\b"
            r"|\bnegotiators\b[^.;]{0,40}?\bfirst\s+met\s+formally\b",
            I,
        ),
        needs=re.compile(rf"^{_OTHERS}(?!.*\b20(?:2[5-9]|3\d)\b)"),
        since=2019,
        until=2019,
        cues=("formal", "negotiators"),
    ),
    DatedEvent(
        "stage_one_deal_finalized",
        t.EVENTS[-1].what,
        # the deal named bare, declared done: 'The deal was declared final on September 25, 2019, when Trump and Abe
        # met', in a sentence of 2019 naming no other partner; and the stage a relative clause declares done: 'the
        # first stage of talks, which Trump and Abe declared concluded in New York on ...'
        re.compile(
            rf"\b(?:the|their|this|that)\s+(?:trade\s+)?(?:deal|agreement|pact|package)\s+(?:was|were|had\s+been)\s+"
            rf"(?:declared|pronounced|called)\s+{t.DONE}\b(?![^.;]{{0,30}}\bin\s+principle\b)"
            rf"|\b{t.STAGE},?\s+(?:that|which)\s+(?:[^.;,]|(?<=\b[A-Z])\.){{1,80}}?\s+(?:declared|pronounced|called|"
            rf"deemed)\s+{t.DONE}\b(?![^.;]{{0,30}}\bin\s+principle\b)",
            I,
        ),
        needs=re.compile(rf"^{_OTHERS}(?!.*\b20(?:2[5-9]|3\d)\b).*\b2019\b"),
        since=2019,
        until=2019,
        cues=("declared", "pronounced", "called", "deemed"),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        t.PROCLAMATION,
        # the proclamation finding the imports a threat, the finding's object before its complement: 'a May 17, 2019,
        # proclamation that found auto imports a national-security threat' (dated by the day before it), 'judged car
        # imports a national-security risk', 'called imports of autos a threat to national security'
        re.compile(
            rf"(?:\b{p.MONTH}\s+\d{{1,2}},\s+\d{{4}},\s+)?\bproclamation\b[^.;%]{{0,60}}?\b"
            r"(?:found|deemed|judged|declared|called|named|ruled)\s+(?:U\.S\.\s+)?"
            rf"(?:imports\s+of\s+{_AUTOS}(?:\s+and\s+(?:auto\s+)?parts)?|(?:auto|automobile|car|(?:motor\s+)?vehicle)\s+imports)"
            r"\s+(?:to\s+be\s+)?an?\s+(?:national[- ]security\s+)?(?:threat|risk)\b",
            I,
        ),
        needs=re.compile(r"^(?!.*\b20(?:2[5-9]|3\d)\b).*\bnational[-\s]+security\b", I),
        since=2019,
        until=2019,
        cues=("proclamation",),
    ),
)
"""The 2019 trade events in the voices above, read after `talks_2019`'s own."""
