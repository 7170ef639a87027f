"""The general election a dissolution calls, told without the chamber's name: 'Voters in Japan go to the polls on
February 8, 2026' beside 'she dissolved the House of Representatives in January'. Pure, no I/O.

The roles, across two neighbouring sentences of one section:

- the dissolution: the Lower House (by any of its names) dissolved, a deed done (never one supposed: 'Unless Takaichi
  dissolves the chamber early'), in a month or on a day its clause gives;
- the vote: a sentence that names no chamber and no other body, holding a vote's words (voters, the polls, an
  election, seats taken, a victory), dated by the one date its clause gives: a full date, a day without its year
  (placed on or after the dissolution: 'On February 8 the LDP took 316 of its 465 seats'), or days or weeks counted
  back from the cover ('Four days ago Japanese voters gave ... its biggest victory');
- the vote falls after the dissolution, within the weeks a dissolution allows before the general election
  (`_WITHIN`: the Constitution's forty days, from the end of a dissolution dated to its month).

Ruled out: another country's, a local or a party's vote, an opinion poll or a vote of the Diet's members, a vote
supposed or urged, and a Lower House election of that year another reader gave.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import day_of
from usjapan_facts.extract.clause_chambers import CHAMBER
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_dates import election, last_such_day
from usjapan_facts.extract.election_words import ABROAD, LEGISLATIVE_VOTE, foreign_or_partial, polled
from usjapan_facts.extract.japan import BY_ELECTION
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.vote_hedges import NOUN, SUPPOSED, URGED

_DISSOLVED = re.compile(
    r"\b(?:dissolved|dissolution\s+of)\s+(?:the\s+)?(?:lower\s+(?:house|chamber)|lower-house|House\s+of\s+Representatives)\b"
    r"|\b(?:lower\s+(?:house|chamber)|House\s+of\s+Representatives)\s+(?:was|had\s+been)\s+dissolved\b",
    re.I,
)
"""The Lower House dissolved, a deed done: 'she dissolved the House of Representatives', 'the lower chamber was
dissolved'."""
_VOTE = re.compile(
    rf"\b{NOUN}\b|\bballots\b|\bvoters\b|\belectorate\b|\b(?:victory|landslide|defeat|rout)\b"
    r"|\b(?:took|won|captured|secured|lost|kept)\s+(?:\d{2,3}|a\s+majority|(?:its|their)\s+majority)\b",
    re.I,
)
"""A vote's words: a noun of one, its voters, a result ('its biggest victory', 'took 316 of its 465 seats')."""
_OTHER_BODY = re.compile(
    r"\b(?:upper[- ](?:house|chamber)|House\s+of\s+Councill?ors|governor\w*|gubernatorial|mayor\w*|local|municipal|"
    r"prefectural|leadership|party\s+(?:president|presidency|leader)|presiden(?:t|cy)\s+of\s+the\s+(?:LDP|party)|"
    rf"members\s+chose|{BY_ELECTION}|referendum|approval|ratings?|surveys?|respondents|opinion)\b",
    re.I,
)
"""Another body's vote in the vote's clause (the Upper House's, a prefecture's, the party's), or an opinion polled."""
_AGO = re.compile(rf"\b(?P<n>{p.NUMBER}|a|one)\s+(?P<unit>days?|weeks?)\s+ago\b", re.I)
"""Days or weeks counted back from the cover: 'Four days ago Japanese voters gave ...'."""
_DAY = re.compile(rf"\b(?P<month>{p.MONTH})\s+(?P<day>[12]\d|3[01]|0?[1-9])\b(?!,?\s*\d{{4}}|\s*[-\u2013]\s*\d)")
"""A month and day without its year: 'On February 8 the LDP took 316 of its 465 seats'."""
_RIGHT_AFTER = re.compile(r",?\s+(?:on|in)\s+", re.I)
"""What stands between the deed and its own date: 'dissolved the House of Representatives in January'."""
_MONTH_ALONE = re.compile(rf"\b(?:in|on|since)\s+(?:(?:early|mid|late)[- ])?(?P<month>{p.MONTH})\b(?!\s+\d)", re.I)
"""A month alone after 'in' or 'on', with no day beside it: 'dissolved the chamber in January'."""
_THAT_MONTH = re.compile(
    r"\b(?:the\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?:that|the\s+same)\s+month\b", re.I
)
"""A day of the dissolution's month, pointed back to: 'On the 26th of that month, voters returned her coalition'."""
_WITHIN = 40
"""The days a dissolution allows before the general election (Article 54 of the Constitution)."""


def _dissolved_on(text: str, cover: str) -> tuple[str, str] | None:
    """The first and last day the Lower House's dissolution a sentence tells may have fallen on: the day its clause
    gives, or its month's first and last (a month without its year in the last such month up to the cover)."""
    found = _DISSOLVED.search(text)
    if found is None or SUPPOSED.search(text, 0, found.start()) or URGED.search(text):
        return None
    clause = next((text[s:e] for s, e in clauses(text) if s <= found.start() < e), text)
    after = _RIGHT_AFTER.match(text, found.end())
    told = text[after.end() :] if after else clause  # 'dissolved the lower chamber in January, ...': the date beside
    dated = [(value, at) for value, at in p.dates(told) if not after or at.start() == 0]
    months = [m for m in _MONTH_ALONE.finditer(f"in {told}" if after else told) if not after or m.start() == 0]
    yearless = [m for m in _DAY.finditer(f"in {told}" if after else told) if not after or m.start() == 3]
    if not dated and not months and len(yearless) == 1:  # 'on February 20': its last such day up to the cover
        found = yearless[0]
        month, number = p.month_number(found.group("month")), int(found.group("day"))
        day = day_of(f"{cover[:4]}-{month:02d}", number)
        if day is not None and day > cover:
            day = day_of(f"{int(cover[:4]) - 1}-{month:02d}", number)
        return None if day is None else (day, day)
    if len(dated) + len(months) != 1:
        return None
    if dated:
        day = dated[0][0]
        return (day, day) if len(day) == 10 else (f"{day}-01", _month_end(day)) if len(day) == 7 else None
    named = last_such_day(f"{cover[:4]}-{p.month_number(months[0].group('month')):02d}", cover)
    return f"{named}-01", _month_end(named)


def _month_end(month: str) -> str:
    """The last day of `month` ('2026-01' -> '2026-01-31')."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def _vote_day(text: str, cover: str, since: str, *, after: bool) -> tuple[str, int] | None:
    """The one day the vote's sentence gives, and where: a full date, days or weeks before the cover, or a day without
    its year placed on or after the dissolution's first day, or (`after` the dissolution's sentence) a day of its
    month pointed back to."""
    days = p.dates(text)
    ago = _AGO.search(text)
    if after and (that := _THAT_MONTH.search(text)) and not days and ago is None:
        pointed = day_of(since[:7], that.group("day"))
        return None if pointed is None else (pointed, that.start())
    yearless = [m for m in _DAY.finditer(text) if not any(a.start() <= m.start() < a.end() for _, a in days)]
    if len(days) + len(yearless) + (ago is not None) != 1:
        return None
    if days:
        return (days[0][0], days[0][1].start()) if len(days[0][0]) == 10 else None
    if ago is not None:
        n = 1 if ago.group("n").lower() in ("a", "one") else p.number_of(ago.group("n"))
        if n is None:
            return None
        step = int(n) * (7 if ago.group("unit").lower().startswith("week") else 1)
        if step > _WITHIN * 2:
            return None  # no vote a dissolution called so long before the cover ('a million days ago')
        return (dt.date.fromisoformat(cover) - dt.timedelta(days=step)).isoformat(), ago.start()
    found = yearless[0]
    month, number = p.month_number(found.group("month")), found.group("day")
    day = day_of(f"{since[:4]}-{month:02d}", number)
    if day is not None and day < since:
        day = day_of(f"{int(since[:4]) + 1}-{month:02d}", number)
    return None if day is None else (day, found.start())


def _a_vote(text: str, *, lower: bool = False) -> bool:
    """Tell whether a sentence tells a vote of no body it names (or, `lower`, of the Lower House only): its words, no
    other chamber, no other body or country."""
    chambers = [pattern for slug, _, pattern in CHAMBER if not (lower and slug == "lower_house")]
    if _VOTE.search(text) is None or any(pattern.search(text) for pattern in chambers):
        return False
    return not (
        _OTHER_BODY.search(text) or ABROAD.search(text) or LEGISLATIVE_VOTE.search(text) or polled(text)
    ) and not (SUPPOSED.search(text) or URGED.search(text))


def _without_dissolution(sentence: Sentence) -> Sentence | None:
    """The sentence less the stretch that tells the dissolution and its date, between the commas around it: 'The
    general election, called after she dissolved the lower chamber on January 23, falls on February 8' leaves the
    vote and its own day ('The general election falls on February 8')."""
    found = _DISSOLVED.search(sentence.text)
    if found is None:
        return None
    text = sentence.text
    start, end = next(((s, e) for s, e in clauses(text) if s <= found.start() < e), (0, len(text)))
    before, after = text.rfind(",", start, found.start()), text.find(",", found.end(), end)
    cut_from, cut_to = (before if before >= 0 else start), (after + 1 if after >= 0 else end)
    rest = f"{text[:cut_from]}{text[cut_to:]}".strip(" ,")
    return Sentence(rest, sentence.section, sentence.cut) if rest and cut_from < cut_to else None


def dissolved_votes(sentences: list[Sentence], elections: dict[str, Fields], cover: str) -> None:
    """Add the Lower House's general election a sentence tells without naming the chamber, beside the sentence (just
    before or after it, in its section) that tells the chamber dissolved; never one of a year another reader gave."""
    for index, sentence in enumerate(sentences):
        if len(sentence.text) > 600 or sentence.cut or "dissol" not in sentence.folded:
            continue
        span = _dissolved_on(sentence.text, cover)
        if span is None:
            continue
        for near in (index - 1, index, index + 1):
            if not 0 <= near < len(sentences) or sentences[near].section != sentence.section:
                continue
            vote = sentences[near] if near != index else _without_dissolution(sentence)
            if vote is None:
                continue
            dated = (
                None if vote.cut or len(vote.text) > 600 else _vote_day(vote.text, cover, span[0], after=near > index)
            )
            if dated is None:
                continue
            day, at = dated
            clause = next((vote.text[s:e] for s, e in clauses(vote.text) if s <= at < e), vote.text)
            after = (dt.date.fromisoformat(day) - dt.date.fromisoformat(span[1])).days
            if not span[0] <= day or after > _WITHIN or not _a_vote(clause, lower=near == index):
                continue
            if foreign_or_partial(vote.text, day):
                continue
            slug, fields = election("lower_house", "Lower House", day, cover, vote.text)
            if any(key.startswith("lower_house_") and key.endswith(day[:4]) for key in elections):
                continue
            elections[slug] = {**fields, "quote": vote.text, "section": vote.section}


DISSOLVED, WITHIN, dissolved_on = _DISSOLVED, _WITHIN, _dissolved_on  # for `dissolved_share`

__all__ = ["DISSOLVED", "WITHIN", "dissolved_on", "dissolved_votes"]
