"""IF11120's Section 232 autos rate: which clause's authority a rate is under, and a rate a cut came to in words.

A sentence may name Section 232 only for another product ('The 2.5% U.S. tariff on cars is unchanged, and Japan won no
relief from the Section 232 duties on steel'): a rate in a clause of its own that names no authority is not under it.
A cut told by what the cars pay after it ('the Section 232 duty on Japanese autos was reduced so that, with the MFN
duty, they pay 15% in all') gives the rate it came to, as 'lowered to 15%' does.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import I

_SECTION_232 = re.compile(r"\bSection\s+232\b", I)
LOWERED_SO_THAT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:later|then|since)\s+)?(?:lowered|cut|reduced|trimmed|adjusted|"
    r"brought\s+down)\s+so\s+that\s*(?:,\s*[^,.;%]{1,40},\s*)?(?:they|(?:(?:Japanese|these|the|such)\s+)?(?:cars|autos|"
    r"vehicles|automobiles)(?:\s+from\s+Japan)?)\s+(?:(?:now|still)\s+)?(?:pay|face|bear)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:combined|total|all-in|overall)\s+)?(?:rate\s+of\s+)?$",
    I,
)
"""A cut told by what the cars pay after it, in the present: 'was reduced so that, with the MFN duty, they pay' before
the rate; never 'had been reduced', 'is to be reduced', 'was reduced so that they paid', nor what another subject is
('so that Toyota's margin is 8%', 'so that the U.S. share of profits is 90%')."""


_CHANGED = re.compile(
    r"\b(?:now|since|lowered|cut|reduced|trimmed|brought\s+down|fell|dropped|came\s+down|lowering|cutting)\b", I
)
"""Words of a rate changed or paid since a change ('was lowered to 15% on September 16', 'now pay 15%'): the cars' own
Section 232 duty as it now stands, never their unchanged MFN duty."""


def others_authority(
    text: str, spans: tuple[tuple[int, int], ...], own: tuple[int, int], autos: re.Pattern[str], others: re.Pattern[str]
) -> bool:
    """Whether the sentence names Section 232 only in clauses on another product (`others`, no auto word), and the
    rate's own clause `own` names it not: the rate there is under no authority the sentence gives. A rate the clause
    tells as changed or paid now (`_CHANGED`) is the cars' current duty, as another sentence may have named it. A
    rate in a clause on another product alone, with no auto word, is that product's, whatever the sentence names."""
    if others.search(text, *own) and not autos.search(text, *own):
        return True  # 'Section 232 tariffs on Japanese steel are 50%; cars from Japan pay a 25% tariff': steel's rate
    named = [(start, end) for start, end in spans if _SECTION_232.search(text, start, end)]
    return (
        bool(named)
        and not _SECTION_232.search(text, *own)
        and not _CHANGED.search(text, *own)
        and all(others.search(text, start, end) and not autos.search(text, start, end) for start, end in named)
    )
