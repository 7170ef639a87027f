"""Another place's governor or a local office, told apart from Okinawa's governor in the clause that names it."""

from __future__ import annotations

import re

from usjapan_facts.extract.clauses import clauses

GOVERNOR = re.compile(r"\b(?:[Gg]overnor|gubernatorial)\b")
ELSEWHERE = re.compile(
    r"\bTokyo\W?s?\s+(?:[Gg]overnor|gubernatorial|[Mm]etropolitan)|\b(?:Governor|governor)\s+of\s+(?!Okinawa)[A-Z]|"
    r"\b(?:Osaka|(?:Nago|Naha)\W?s?\s+(?:race|elections?|votes?|voters|contest|polls?)|(?<!former\s)mayor\w*|city|"
    r"assembly|[Ll]ieutenant|central\s+bank|Bank\s+of\s+Japan|BOJ|BoJ|Federal\s+Reserve)\b"
)
"""Another place's governor or a local office: 'Tokyo's governor', 'the Nago mayoral race', 'Naha's election', 'the
city assembly' (not 'the Henoko area of Nago', the base site's town); or a governor no one elects, the central bank's
('BOJ Governor Ueda')."""
OTHER_PLACE_GOVERNOR = re.compile(
    r"\b(?!(?:Okinawa|The|A|An|Its|Their|This|That|Next|New|Former|Late|Incumbent|Governor|LDP|Vice|Deputy)\b|Prefect)"
    r"(?:[A-Z][a-z]+(?:'s|\u2019s)\s+(?:(?:new|incoming|former|outgoing|next)\s+)?(?:[Gg]overnor|gubernatorial)"
    r"|[A-Z][a-z]+\s+(?:gubernatorial|governor\W?s)\s+(?:elections?|races?|votes?|contests?|polls?)"
    r"|[A-Z][a-z]+\s+Governor\s+[A-Z]|[A-Z][a-z]+,\s+whose\s+(?:(?:new|next)\s+)?(?:governor|gubernatorial))"
    r"|\b[Gg]overnor(?:ship)?\s+of\s+(?!Okinawa)[A-Z]"
)
"""Another place's governorship by its name: 'Kagoshima's gubernatorial vote', 'Aichi's new governor', 'the Tokyo
gubernatorial race', 'Hokkaido Governor Suzuki', 'Hokkaido, whose gubernatorial race', 'the governor of Hokkaido' (not
a person before 'governor': 'elected Nakama governor')."""
_VOTE = re.compile(r"\b(?:race|elections?|votes?|polls?|contests?|ballots?|mayoral|(?:re-?)?elect\w*)\b", re.IGNORECASE)


def elsewhere_beside_governor(text: str) -> bool:
    """Tell whether another place's governor or a local office stands in a clause that names a governor, or in one
    that names a vote (or anywhere, when no clause names a governor): in 'Governor Tamaki, re-elected in September
    2022, opposes the Henoko runway; LDP-backed candidates won the prefectural assembly in June' the assembly is
    another clause's deed, but in '...; the Naha mayoral race is set for October' the date is another vote's."""
    if not any(GOVERNOR.search(text, start, end) for start, end in clauses(text)):
        return ELSEWHERE.search(text) is not None
    return any(
        ELSEWHERE.search(text, start, end) and (GOVERNOR.search(text, start, end) or _VOTE.search(text, start, end))
        for start, end in clauses(text)
    )
