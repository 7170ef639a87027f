"""Abe's 2015 address to a joint meeting of Congress, which IF10199 reports: declared by what happened and dated by
the clause that says so. IF11120 does not load it (its `needs` take a bare 2015, and the trade brief tells Obama's 2015
speeches to Congress on the TPP).

Each `what` is the record's own, so that a version read from its text diffs clean against the stored one.
The assassination of Abe is read by the shared event reader (`extract.deeds.EVENT_PATTERNS`).
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import DatedEvent

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_SPEECH = (
    r"(?:speech|address|remarks)(?:\s+[\w,]+){0,3}?\s+(?:to|before)\s+(?:a\s+joint\s+(?:meeting|session)\s+of\s+|"
    r"both\s+houses\s+of\s+)?(?:the\s+)?(?:U\.S\.\s+)?Congress\b(?!\W?s\b)|Congress\s+(?:heard|received|welcomed|"
    r"listened\s+to)\s+(?:an?\s+|the\s+)?(?:address|speech)(?:\s+(?:from|by)\s+(?:Prime\s+Minister\s+)?Abe\b)?"
)
"""The address as a thing: 'speech to Congress', 'the speech Abe delivered to Congress', 'Congress heard an address'."""


def _address(words: re.Pattern[str], needs: re.Pattern[str], cue: str, *, actor: bool = False) -> DatedEvent:
    """One wording of Abe's 2015 address to a joint meeting of Congress: the event is the same, only its words vary."""
    return DatedEvent(
        "abe_address_to_congress",
        "Abe addresses a joint meeting of Congress",
        words,
        needs=needs,
        since=2015,
        until=2015,
        cues=(cue,),
        actor=actor,
    )


EVENTS: tuple[DatedEvent, ...] = (
    _address(
        re.compile(
            r"\b(?:address(?:ed|es|ing)?\s+(?:to\s+)?|sp(?:eak|eaks|oke|eaking)\s+(?:before|to)\s+)(?:a\s+joint\s+"
            r"(?:meeting|session)\s+of\s+|both\s+houses\s+of\s+)?(?:the\s+)?(?:U\.S\.\s+)?Congress\b(?!\W?s\b)"
            # the joint meeting as host or audience: 'was received by a joint meeting of Congress', 'stood before ...'
            r"|\b(?:(?:received|welcomed|hosted|honored)\s+by|(?:appear(?:ed|s|ing)?|st(?:and|ands|ood))\s+before)\s+a\s+"
            r"joint\s+(?:meeting|session)\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?Congress\b",
            I,
        ),
        # Abe's, not a later leader's (Kishida addressed Congress in April 2024): named, or dated in his year; a
        # sentence that names no year ('in late April, a trip crowned by his address ...') takes its context's.
        re.compile(r"\bAbe\b|\b2015\b"),
        "congress",
        actor=True,
    ),
    _address(
        # the address as a thing, dated where it stands ('his April 2015 speech to Congress', 'the speech he delivered
        # to Congress on April 29, 2015'); a thing another deed names ('a statement that echoed his speech to
        # Congress', dated by the statement) is none
        re.compile(
            rf"\b(?:{p.MONTH}\s+(?:\d{{1,2}},\s+)?)?(?:19|20)\d{{2}}\s+(?:{_SPEECH})"
            rf"|\b(?:{_SPEECH})(?=,?\s+(?:on|in)\s+(?:{p.MONTH}|(?:19|20)\d{{2}}))"
        ),
        re.compile(r"\bAbe\b|\b2015\b"),
        "congress",
    ),
    _address(
        # Congress named before, the joint meeting after: 'Suga did not address Congress; the last leader to do so was
        # Abe, who spoke before a joint meeting in April 2015'
        re.compile(
            r"\b(?:sp(?:oke|eaks?|eaking)\s+(?:before|to)|address(?:ed|es|ing)?)\s+a\s+joint\s+(?:meeting|session)\b"
            r"(?!\s+of\b)",
            I,
        ),
        re.compile(r"^(?=.*\bCongress\b).*\bAbe\b"),
        "joint",
    ),
    _address(
        # the joint meeting itself, whatever the verb that puts Abe before it ('told', 'laid out to', 'the pledge he
        # made before', 'heard Abe'): a joint meeting of Congress hears a foreign leader only in an address
        re.compile(
            r"\b(?:(?:to|before)\s+)?(?:a|the)\s+joint\s+(?:meeting|session)\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?Congress\b(?!\W?s\b)"
            # a day said by its ordinal alone ('on the 29th'), its month elsewhere: left unread, not read as a month
            r"(?![^.;]{0,30}?\bthe\s+\d{1,2}(?:st|nd|rd|th)\b)",
            I,
        ),
        # Abe's, named or dated in his year, or the first Japanese leader so received, who was he
        re.compile(r"\bAbe\b|\b2015\b|\bfirst\s+Japanese\s+(?:leader|prime\s+minister|premier)\b"),
        "joint",
        actor=True,
    ),
)
