"""IF10199's dated events, each declared by what happened and dated by the clause that says so.

Each `what` is the record's own, so that a version read from its text diffs clean against the stored one.
The assassination of Abe is read by the shared event reader (`extract.deeds.EVENT_PATTERNS`).
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import DatedEvent

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

EVENTS: tuple[DatedEvent, ...] = (
    DatedEvent(
        "abe_address_to_congress",
        "Abe addresses a joint meeting of Congress",
        re.compile(
            r"\b(?:address(?:ed|es|ing)?\s+(?:to\s+)?|sp(?:eak|eaks|oke|eaking)\s+(?:before|to)\s+)(?:a\s+joint\s+"
            r"(?:meeting|session)\s+of\s+|both\s+houses\s+of\s+)?(?:the\s+)?(?:U\.S\.\s+)?Congress\b(?!\W?s\b)"
            # the speech as a thing: 'his April 2015 speech to Congress', 'the speech Abe delivered to Congress',
            # 'Congress heard an address from Abe'
            r"|\b(?:speech|address|remarks)(?:\s+[\w,]+){0,3}?\s+(?:to|before)\s+(?:a\s+joint\s+(?:meeting|session)\s+of\s+|"
            r"both\s+houses\s+of\s+)?(?:the\s+)?(?:U\.S\.\s+)?Congress\b(?!\W?s\b)"
            r"|\bCongress\s+(?:heard|received|welcomed|listened\s+to)\s+(?:an?\s+|the\s+)?(?:address|speech)\b",
            I,
        ),
        # Abe's, not a later leader's (Kishida addressed Congress in April 2024): named, or dated in his year; a
        # sentence that names no year ('in late April, a trip crowned by his address ...') takes its context's.
        needs=re.compile(r"\bAbe\b|\b2015\b"),
        since=2015,
        until=2015,
        cues=("congress",),
        actor=True,
    ),
)
