"""Where a rank's sentence parts into clauses, each read for a place of its own (`extract.unread_ranks`): at a
semicolon, at a comma before a conjunction or a participle, a list of countries kept whole, places fronted before Japan
one clause of their own, a second yardstick's place one with the first's subject. Which clause is told as later than
the one before ('...; by June, China was back in front'), or as a place before ('..., having been fourth'). Pure, no
I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.counted_ranks import ORDINAL
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rank_concepts import concepts as _concepts

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_CLAUSES = re.compile(
    r";\s+|,\s+(?=(?:and|but)\s(?!(?:the\s+)?[A-Z][\w.]*+(?:\s+[A-Z][\w.]*+)*+\s*(?:[,;)]|\.?$))|(?:while|whereas|although|though)\s)"
    r"|,\s+(?=(?:having|after\s+being|leaving)\s)|:\s+(?=(?:it|Japan)\s+(?:was|is|ranked|ranks|placed|stood|came)\s)"
)
"""Where a sentence's clauses part: a semicolon, a comma before a conjunction (not an 'and' or 'but' ending a list of
countries), or before a participle telling a place before or a change ('..., having been fourth in 2019', 'having slid
two places') or what followed ('..., leaving Japan in second place'); a colon before a clause of Japan's place ('...
does not change its place: it was the fourth-largest market')."""
_THEM = re.compile(r"\b(?P<noun>sources?|suppliers?|sellers?)\s+of\s+(?:them|those)\b", I)
_MARKET_FOR = re.compile(
    r"\b(?:markets?|buyers?|customers?|destinations?)\s+(?:for|of)\s+(?:U\.S\.|American)\s+(?:goods|exports|products)\b",
    I,
)
"""A place as a source of what was just named as bought from the United States: 'the fourth-largest market for U.S.
goods and the fourth-largest source of them' is a source of the goods the United States buys."""


PAST_ASIDE = re.compile(
    r"(?:having|after\s+being)\s|\W*(?:(?:and|but|though|while)\s+)?(?:as\s+recently\s+as|formerly|previously|back\s+in)\b"
    r"|[^,;]{0,60}?\b(?:had|having)\s+(?:been|ranked|placed|come|stood|held|slipped|fallen|risen)\b"
    r"|[^;]{0,30}?\b(?:19|20)\d0s\b[^;]{0,60}?\bhad\s+(?:been|ranked|placed|come|stood|held)\b",
    I,
)
"""A clause telling a place before the current one, by a participle, a past marker fronted, or the pluperfect ('...; as
recently as 2021, Japan had ranked fourth', '...; in the late 1980s, the deficit with Japan had been the largest'): no
change that leaves the current one unsure."""


_LISTED = re.compile(rf",\s+(?:the\s+)?(?:{OTHER_COUNTRIES}|Japan)$")
"""A clause ending in a list's item, the list's 'and' its next item, not a clause of its own."""


_LATER = re.compile(
    rf"^\W*(?:(?:but|and|yet)\s+)?(?:(?:by|as\s+of|in)\s+(?:(?:early|mid|late)[- ]?)?(?:{p.MONTH}|year-end|then)\b"
    r"|since\s+then|later|more\s+recently|most\s+recently|now|today|currently)",
    I,
)
"""A clause told as later than the one before it: '...; by June, China was back in front, with Japan a close second'."""


FRONTED_PAST = re.compile(
    r"^[^,;]{0,100}?\b(?:as\s+recently\s+as|once|formerly|previously|until|back\s+in|in\s+(?:19|20)\d\d)\b[^,;]{0,40},\s+"
    r"(?=(?:the\s+|its\s+)?[^,;]{0,60}?\b(?:Japan|it|Japanese)\b)",
    I,
)
"""A past place fronted before the current one's subject: 'A fourth-ranked partner as recently as 2019, it came
fifth in 2021': the clause after it says the current place."""


_FRONT_PLACE = re.compile(rf"^\W*(?P<front>(?:{ORDINAL})\b[^,;]{{0,100}}),\s+(?=Japan\b)", I)
"""Places said before their subject: 'Sixth overall and sixth as a market for U.S. exports, Japan ...'."""


_ORDINAL = re.compile(rf"\b(?:the\s+|its\s+|a\s+)?(?:{ORDINAL})\b", I)


_SECOND_YARDSTICK = re.compile(rf",?\s+and\s+(?=(?:the\s+|its\s+|a\s+)?(?:{ORDINAL})\b)", I)
"""Where a clause's second place begins, with a yardstick of its own: '... first in FDI and second in Treasuries'."""


def later_clause(text: str) -> bool:
    """Tell whether a sentence has a clause after its first told as later ('...; by June, China was back in front'),
    whose place may be the current one where the first's is not."""
    return any(_LATER.match(clause) for clause in _split(text)[1:])


def _fronted(text: str) -> list[str]:
    """A sentence's clauses, the places fronted before Japan one of their own: 'Sixth overall and sixth as a market
    for U.S. exports, Japan slipped ...' -> 'Japan ranked sixth overall and sixth as a market ...', 'Japan slipped'."""
    front = _FRONT_PLACE.match(text)
    if front is None or FRONTED_PAST.match(text):
        return _split(text)
    return [f"Japan ranked {front['front']}", *_split(text[front.end() :])]


def _split(text: str) -> list[str]:
    """A sentence's clauses, a list of countries kept whole: 'Only Canada, Mexico, and China outranked Japan'."""
    parts: list[str] = []
    for part in _CLAUSES.split(text):
        if parts and _LISTED.search(parts[-1]) and part.startswith("and "):
            parts[-1] += ", " + part
        else:
            parts.append(part)
    return parts


def _yardsticks(clause: str) -> list[str]:
    """A clause, or the parts of it that each give a yardstick a place of its own, the second with the first's
    subject and verb: 'Japan ranked first in FDI and second in Treasuries' -> '... ranked second in Treasuries'."""
    parts = _SECOND_YARDSTICK.split(clause, maxsplit=1)
    if len(parts) < 2 or len(_concepts(clause)) < 2 or any(len(_concepts(part)) != 1 for part in parts):
        return [clause]
    first = _ORDINAL.search(parts[0])
    return [parts[0], parts[0][: first.start()] + parts[1]] if first else [clause]


def last_later(clauses: list[str]) -> int | None:
    """The index of the last clause after the first told as later ('by June, ...'), or None."""
    return max((i for i, clause in enumerate(clauses) if i and _LATER.match(clause)), default=None)


_VERBLESS = re.compile(rf"^(?:and|but)\s+(?:also\s+)?(?=(?:the\s+|its\s+|a\s+)?(?:{ORDINAL})\b)", I)
"""A clause whose place is said with the subject and verb of the clause before left out: '(Japan placed fourth in
total trade), and fourth as well as a buyer of U.S. exports'."""


def _with_verb(clauses: list[str]) -> list[str]:
    """The clauses, each one whose subject and verb are left to the clause before given them: 'Japan placed fourth in
    total trade', 'and fourth as a buyer' -> ..., 'Japan placed fourth as a buyer'."""
    said = list(clauses)
    for index in range(1, len(said)):
        if (verbless := _VERBLESS.match(said[index])) and (first := _ORDINAL.search(said[index - 1])):
            said[index] = said[index - 1][: first.start()] + said[index][verbless.end() :]
    return said


def clauses_of(text: str) -> list[str]:
    """A sentence's clauses, each with one yardstick's place: 'Sixth overall, Japan ranked first in FDI and second in
    Treasuries' -> 'Japan ranked sixth overall', 'Japan ranked first in FDI', 'Japan ranked second in Treasuries'."""
    return [part for clause in _with_verb(_fronted(text)) for part in _yardsticks(_carried_object(clause))]


def _carried_object(clause: str) -> str:
    """The clause with 'a source of them' after 'a market for U.S. goods' said as a source of U.S. goods imports, when
    the pronoun leaves the second yardstick unnamed ('as a seller of them' names it)."""
    them = _THEM.search(clause)
    if them is None or not _MARKET_FOR.search(clause, 0, them.start()) or len(_concepts(clause)) > 1:
        return clause
    return f"{clause[: them.start()]}{them['noun']} of U.S. goods imports{clause[them.end() :]}"


__all__ = ["FRONTED_PAST", "PAST_ASIDE", "clauses_of", "last_later", "later_clause"]
