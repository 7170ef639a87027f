"""IF11120's events: each declared by what happened, and dated by the clause that says so.

Each `what` is the record's own, so that a version read from its text diffs clean against the stored one.

The brief tells the negotiations' history in dated steps ("The first formal round was held in April
2019", "On May 17, 2019, the President proclaimed that imports of autos ... threaten U.S. national
security"), each keyed by the slug the record tracks it under.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import DatedEvent

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

EVENTS: tuple[DatedEvent, ...] = (
    DatedEvent(
        "first_negotiating_round",
        "First round of U.S.-Japan trade agreement negotiations",
        re.compile(
            r"\bfirst\s+(?:formal\s+)?(?:negotiating\s+)?round\b|\b(?:began|opened|launched|started)\s+formal\s+"
            r"negotiations\s+(?:on|for)\s+a\s+(?:bilateral\s+)?trade\s+agreement\b",
            I,
        ),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        "President proclaims motor vehicle and parts imports (particularly from Japan and the EU) a threat to U.S. "
        "national security, after a Commerce investigation",
        re.compile(r"\bproclaimed\b[^.;]{0,80}?\b(?:autos?|automobiles?|(?:motor\s+)?vehicles?)\b", I),
        needs=re.compile(r"\bnational\s+security\b", I),
    ),
    DatedEvent(
        "stage_one_deal_finalized",
        "Trump and Abe announce they have finalized a limited bilateral trade agreement (tariff cuts, digital trade)",
        re.compile(
            r"\b(?:had|have|has)\s+finali[sz]ed\s+(?:the\s+terms\s+of\s+)?(?:a|an|the|their)?\s*"
            r"(?:\"?stage[- ]one\"?\s+|limited\s+|bilateral\s+|trade\s+)*(?:deal|agreements?|terms|pact)\b",
            I,
        ),
    ),
    DatedEvent(
        "tariff_talks_announced",
        "Trump Administration announces new negotiations with Japan on tariffs, non-tariff barriers, currency issues "
        "and government subsidies",
        re.compile(
            r"\b(?:announced|opened|launched|began|started)(?:\s+(?:that\s+)?(?:it|they|the\s+United\s+States)\s+"
            r"(?:would|will)\s+(?:open|launch|begin|start|hold))?\s+(?:new\s+)?(?:tariff\s+)?(?:negotiations|talks)\s+"
            r"with\s+Japan\b(?:\s+on\s+tariffs\b)?"
            # 'announced on April 7, 2025, that it would negotiate with Japan over tariffs'
            r"|\b(?:announced|said)\b[^.;]{0,40}?\bthat\s+(?:it|they|the\s+United\s+States|Washington)\s+(?:would|will)\s+"
            r"(?:negotiate|hold\s+talks|open\s+talks)\s+with\s+Japan\b",
            I,
        ),
        # the precision the text gives: a day where it names one
        needs=re.compile(r"\btariffs?\b", I),
    ),
    DatedEvent(
        "section122_surcharge_expired",
        "Global 10% Section 122 temporary import surcharge expires",
        re.compile(
            r"\b(?:surcharge|Section\s+122)\b[^.;]{0,80}?\b(?:expire[sd]?|lapse[sd]?|end(?:s|ed)?|ran\s+out|runs\s+out)\b",
            I,
        ),
        # the precision the text gives: 'ran out on July 23, 2026' is a day, 'lapses in late July' a month
    ),
)
"""The record's IF11120 events that a sentence can state, in the order the brief tells them."""
