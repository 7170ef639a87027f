"""Which deed of a sentence owns each of its dates, for the reader of deeds by roles (`deed_roles`).

A date belongs to the deed noun it qualifies ('their October 7, 2019, signing'), else to the deed it follows in its
clause ('signed it in Washington on October 7'), else, fronted, to the deed after it ('Less than two weeks later, on
October 7, 2019, the agreements were signed'), never when a fronted phrase of another deed holds it ('Following U.S.
tariffs in April 2025, ...'); deeds and dates listed in the same order pair off ('signing and entry into force followed
on October 7, 2019, and January 1, 2020', '..., respectively'). A deed in a relative clause owns no date outside it,
and a year alone only after 'in' or the like. Pure, no I/O.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.deed_dates import Said
from usjapan_facts.extract.deed_lexicon import lexicon

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_NOUN_DEED = re.compile(r"(?:signing|signature|announcement|entry)", I)
_RESPECTIVELY = re.compile(r"\brespectively\b", I)
_AND = re.compile(r",?\s+and\s+|,\s+")
_LEAD = re.compile(
    r"\s*(?:After|Following|Before|Since|Despite|Although|Though|Unlike|Ahead\s+of|Prior\s+to|Amid)\b[^,;]*$"
)
"""The start of a fronted phrase of another deed, up to a date in it (no comma between)."""
_OPENS_CLAUSE = re.compile(r"(?:,|;|\bthen)\s+(?:and|but|while|so|yet|then)\s+(?:then\s+)?(?:on|in|by|from)?\s*$", I)
"""A date fronted in a coordinated clause: after ', and', ', but', '; then' and its preposition."""
_SUBJECT_NEXT = re.compile(r",?\s+(?!(?:in|at|on|by|with|after|before|for|when|and|or|of|to)\b)[A-Za-z]")
"""What follows a fronted date: its clause's subject ('..., and on October 7, 2019, representatives ... signed')."""
_RELATIVE = re.compile(r",\s+(?:which|who|that|when)\b[^,;]*")
_YEAR_IN = re.compile(r"\b(?:in|during|since)\s+(?:(?:early|mid|late)[- ]?)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Deed:
    """One deed a text tells: its kind, where it stands, and whether it is said as a noun ('signing')."""

    kind: str
    start: int
    end: int
    noun: bool


def deeds_in(text: str, own: tuple[str, ...]) -> list[Deed]:
    """The deeds a text tells, in order: the fact's own kinds first where two kinds' words overlap."""
    found: list[Deed] = []
    for kind in [*own, *(kind for kind in lexicon().deeds if kind not in own)]:
        for match in lexicon().deeds[kind].finditer(text):
            if not any(match.start() < deed.end and match.end() > deed.start for deed in found):
                found.append(Deed(kind, match.start(), match.end(), _NOUN_DEED.match(match.group(0)) is not None))
    return sorted(found, key=lambda deed: deed.start)


def owners(deeds: list[Deed], dates: list[Said], text: str) -> dict[int, list[Said]]:
    """Which deed (by its index) owns each date: the deed noun it qualifies, else the deed before it in its clause,
    else the deed after it (the first a deed runs into is its own); deeds and dates listed in the same order pair
    off."""
    usable = [said for said in dates if not said.bound]
    listed = bool(usable) and deeds[-1].end < usable[0].start
    listed = listed and all(_AND.fullmatch(text[a.end : b.start]) for a, b in itertools.pairwise(usable))
    if len(usable) == len(deeds) > 1 and (_RESPECTIVELY.search(text) or listed):
        return {index: [said] for index, said in enumerate(usable)}
    owned: dict[int, list[Said]] = {}
    for said in usable:
        if _LEAD.match(text[: said.start]):
            continue  # a fronted phrase of another deed: 'Following U.S. tariffs on Japan in April 2025, ...'

        after = next((i for i, deed in enumerate(deeds) if deed.start >= said.end), None)
        if after is not None and deeds[after].noun and deeds[after].start - said.end <= 3:
            owner: int | None = after  # 'their October 7, 2019, signing'
        elif after is not None and _OPENS_CLAUSE.search(text, 0, said.start) and _SUBJECT_NEXT.match(text, said.end):
            owner = after  # fronted in a clause of its own: '..., and on October 7, 2019, their envoys signed'
        else:
            before = [i for i, deed in enumerate(deeds) if deed.end <= said.start]
            owner = before[-1] if before else after
        if owner is not None:
            owned.setdefault(owner, []).append(said)
    return owned


def own_aside(text: str, deed: Deed, said: Said) -> bool:
    """Whether a date may be the deed's: within the relative clause the deed stands in ('The CMA, which took effect
    when it was signed, sits beside the agreements of 2019' gives the signing no date), and a year alone only after
    'in' or the like ('signed in 2019')."""
    aside = next((m for m in _RELATIVE.finditer(text) if m.start() < deed.start < m.end()), None)
    if aside is not None and not aside.start() <= said.start < aside.end():
        return False
    year_alone = text[said.start : said.end].isdigit()
    return not year_alone or _YEAR_IN.search(text, max(0, said.start - 20), said.start) is not None


_PAPERS = r"report|study|review|investigation|finding|recommendation|memo|letter|notice"
"""A paper's nouns, whose day is the paper's, however the words around it date it."""
_NOUNS_DAY = re.compile(
    rf"(?:\b(?:the|a|an|his|her|its|their)\s+|\w\W?s\s+)(?P<day>{p.MONTH}(?:\s+\d{{1,2}})?(?:,\s+(?:19|20)\d\d,?)?)\s+"
    r"(?:(?:[a-z-]+\s+)?(?:visit|stop|trip|tour|summit|meeting|talks|call|statement|announcement|declaration|election|"
    r"vote|decision|ruling|proclamation|order|speech|address|remarks)|(?:[a-z-]+\s+|(?:[A-Z][\w.-]*\s+){1,3})?"
    rf"(?:{_PAPERS}|hearing|testimony|request))s?\b"
)
"""A day set before a deed's noun as its date ('Obama's May 27 visit to Hiroshima', 'the June 3 summit'); before a
paper's, with names between ('a February Commerce Department report'), though not before a meeting's so named, where
the event may have taken place ('At the September 25 UN General Assembly meeting, they finalized ...')."""
_PAPERS_DAY = re.compile(
    rf"\b(?:{_PAPERS})s?\s+(?:[a-z]+ed)\s+"
    rf"(?:in|on)\s+(?:(?:early|mid-?|late)\s*)?(?P<day>{p.MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?)\b"
)
"""A paper's day after it and its participle: 'a Commerce Department report delivered in February' (the report's)."""
_HEADS = re.compile(r"\s+(?:(?:that|which)\s+)?")
"""What may stand between a deed's noun and the event's words it heads: 'proclamation declaring', 'order that set'."""


def without_others_days(clause: str, own: str) -> str:
    """The clause with the days of other deeds' nouns blanked out: in 'Obama's May 27 visit ... answered Abe's April
    2015 address', May 27 is the visit's, never the address's. A day set before the event's own words stays, and so
    does one before the noun those words run straight on from: in 'talks began in April 2019, a month before Trump's
    May 17, 2019, proclamation declaring that ...', May 17 is the declaring proclamation's own."""
    at = clause.find(own)
    for found in _PAPERS_DAY.finditer(clause):  # 'based on a Commerce Department report delivered in February'
        if at < 0 or not (found.start() < at + len(own) and at < found.end()):
            clause = _blanked_day(clause, found)
    for found in _NOUNS_DAY.finditer(clause):
        heads = at > -1 and _HEADS.fullmatch(clause, found.end(), at) is not None
        if not (heads or (at > -1 and found.start() < at + len(own) and at < found.end())):
            clause = _blanked_day(clause, found)
    return clause


def _blanked_day(clause: str, found: re.Match[str]) -> str:
    """The clause with the day `found` matched blanked out, its length kept."""
    return clause[: found.start("day")] + " " * len(found.group("day")) + clause[found.end("day") :]


__all__ = ["Deed", "deeds_in", "own_aside", "owners", "without_others_days"]
