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
            r"\baddress(?:ed|es|ing)?\s+(?:to\s+)?a\s+joint\s+(?:meeting|session)\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?Congress\b",
            I,
        ),
        # Abe's, not a later leader's (Kishida addressed Congress in April 2024): named, or dated in his year.
        needs=re.compile(r"\bAbe\b|\b2015\b"),
    ),
)
