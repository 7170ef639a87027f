"""The 2025 tariff talks announced in reported speech whose complement is Japan's negotiating: 'the White House said
Japan would be among the first partners invited to negotiate', 'Trump announced that Japan would send a team to
Washington to negotiate'.

The role read is the report's: a reporting verb (said, announced) of the U.S. side whose clause makes Japan the one to
negotiate; the date the report's own clause gives, in the talks' year. Never a later step of the talks
('again', 'a second round'), a deal or framework reached, or another country's talks. Declared as a concept
(`event_concepts.Concept`), tried only where the event's other declarations read nothing.
"""

from __future__ import annotations

from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import DatedEvent
from usjapan_facts.extract.rules.shared.event_concepts import _AGAIN, CONCEPTS, Concept

_TALKS = next(concept for concept in CONCEPTS if concept.slug == "tariff_talks_announced")
_US_SIDE = r"(?:Trump|President|White\s+House|Administration)"
_OPENING = rf"^(?!.*{_AGAIN})(?!.*\b(?:deal|framework|agreement|concluded|finished)\b)(?!.*{OTHER_COUNTRIES})"
"""The talks' opening: never a later step, a deal reached, or another country's talks."""

REPORTED = Concept(
    "tariff_talks_announced",
    _TALKS.what,
    # the U.S. side reports it: never Tokyo's own word on how it would negotiate ('Ishiba said Japan would negotiate')
    nouns=(
        rf"{_US_SIDE}\s+(?:said|announced|stated|declared|confirmed)"
        r"(?:\s+(?:on|in)\s+[\w\s,]{1,20}?)?(?:\s+that)?\s+(?:Japan|Tokyo)",  # 'said on April 7 that Japan'
    ),
    deeds=(r"(?:to|would|will)\s+negotiate|invited\s+to\s+(?:negotiate|talks)",),
    needs=_OPENING,
    cues=("negotiate",),
    since=2025,
    until=2025,
    gap=80,
)

_CHOSE = r"(?:named|chose|selected|designated|picked|listed)"
_FIRST = r"(?:among\s+(?:the\s+|its\s+)?(?:very\s+)?first|(?:an?|its|the)\s+(?:top\s+)?priority|first\s+in\s+line)"
_PARTNERS = r"(?:partners?|countries|economies|governments)"
CHOSEN = Concept(
    "tariff_talks_announced",
    _TALKS.what,
    # the U.S. side choosing Japan first or as a priority for talks, the choice the sentence's own main deed, either
    # voice: 'the White House named Japan as a priority partner for talks', 'Japan was among the first partners the
    # Administration chose for negotiation, on April 7'; never a choice for anything but the talks ('among the first
    # to receive a letter', 'in negotiating tariff letters'), denied, supposed or reported by another ('Critics said on
    # April 9 that the White House listed Japan'), whose day is not the choice's
    nouns=(
        rf"(?:the\s+)?{_US_SIDE}(?:,\s+(?:on|in)\s+[^,;]{{1,20}},)?\s+(?:has\s+|had\s+)?{_CHOSE}\s+(?:Japan|Tokyo)\s+(?:as\s+)?{_FIRST}",
        rf"(?:Japan|Tokyo)\s+was\s+{_FIRST}\s+(?:{_PARTNERS}\s+)?(?:that\s+)?(?:the\s+)?{_US_SIDE}\s+{_CHOSE}",
    ),
    deeds=(
        rf"(?:{_PARTNERS}\s+)?(?:(?:it|they)\s+would\s+|(?:for|to)\s+(?:tariff\s+)?)(?:negotiat\w*|talks|bargain\w*)",
    ),
    needs=_OPENING
    + r"(?!.*\b(?:if|whether|unless|(?:would|could|might)\s+have|not|never|den(?:y|ies|ied)|letters?|said|says|"
    r"told|tells|argu\w+|claim\w*|complain\w*|wrote|insist\w*)\b)",
    cues=("named", "chose", "selected", "designated", "picked", "listed"),
    since=2025,
    until=2025,
    gap=30,
)

EVENTS: tuple[DatedEvent, ...] = (REPORTED.event(), CHOSEN.event())
"""The talks announced as reported, or as Japan chosen for them: declarations tried last."""
