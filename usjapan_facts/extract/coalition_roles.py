"""The ruling coalition read by the roles of a clause, for a text whose rules left it unread. Pure, no I/O.

The LDP leads every coalition the briefs tell of, so the reading is its partner: the party a clause casts beside the
LDP in government now, by any of the roles its lexicon declares (`briefs/IF10199/coalition_roles.toml`): a joint
subject ('the LDP and Komeito fell short of a majority'), a partner by title ('the LDP that he leads, and its junior
partner Komeito'), with the LDP in government ('The LDP then formed a government with the Japan Innovation Party',
'counting Ishin, the governing bloc holds ...'), or backing its government ('Ishin, which backs the government from
outside the cabinet'). A clause casting the partner 'with' the LDP must speak of governing or of the Diet's seats,
and the LDP's side must stand in the sentence or the one before. Ruled out: a clause of supposition, talks, a past
perfect or a span ('had governed with Komeito', 'would form a coalition with Ishin'), a year before the last, and a
partner the text anywhere says left ('Komeito, the LDP's partner for 26 years, quit the coalition'). A value is kept
only when every sentence read names the same one partner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usjapan_facts.extract.occasions import MAX_SENTENCE
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.word_files import word_file

FACT = "politics.ruling_coalition"
_CLAUSES = re.compile(r"[;:\u2014]|\s[-\u2013]\s")
_DEED_YEAR = re.compile(r"(?<!\bsince\s)\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Lexicon:
    """Each partner's roles: the patterns casting it beside the LDP, and those saying it left."""

    lead: re.Pattern[str]
    beside: dict[str, tuple[re.Pattern[str], ...]]
    joined: dict[str, tuple[re.Pattern[str], ...]]
    left: dict[str, tuple[re.Pattern[str], ...]]
    names: dict[str, re.Pattern[str]]
    governs: re.Pattern[str]
    not_now: re.Pattern[str]


@cache
def lexicon() -> Lexicon:
    """The coalition's roles, each pattern compiled once a partner."""
    data = word_file("IF10199", "coalition_roles.toml") or {}
    lead, words = data["lead"], data["words"]

    def compiled(patterns: list[str], partner: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(one.replace("LEAD", lead).replace("PARTNER", f"(?:{partner})")) for one in patterns)

    partners = data["partners"]
    return Lexicon(
        re.compile(lead),
        {name: compiled(words["beside"], way) for name, way in partners.items()},
        {name: compiled(words["joined"], way) for name, way in partners.items()},
        {name: compiled(words["left"], way) for name, way in partners.items()},
        {name: re.compile(way) for name, way in partners.items()},
        re.compile(words["governs"]),
        re.compile(words["not_now"], re.IGNORECASE),
    )


def departed(text: str) -> set[str]:
    """The partners the sentence says left the coalition, or were partners only before."""
    lex = lexicon()
    gone = set()
    for name, patterns in lex.left.items():
        if not lex.names[name].search(text):
            continue  # every pattern names the partner: a sentence without its name says nothing of it
        for match in (found for pattern in patterns for found in pattern.finditer(text)):
            others = [way for other, way in lex.names.items() if other != name]
            if not any(way.search(match.group(0)) for way in others):
                gone.add(name)
    return gone


def beside(text: str, before: str, year: int | None) -> set[str]:
    """The partners a clause of the sentence casts beside the LDP in government now."""
    lex = lexicon()
    if not (lex.lead.search(text) or lex.lead.search(before)):
        return set()
    if year and any(int(found) > year for found in _DEED_YEAR.findall(text)):
        return set()  # a year after the cover's: the sentence tells of a time to come, or of none the cover knows
    found = set()
    for clause in _CLAUSES.split(text):
        years = [int(found) for found in _DEED_YEAR.findall(clause)]
        if lex.not_now.search(clause) or (year and any(found < year - 1 for found in years)):
            continue  # a supposition, a past perfect, a deed of a year before the last ('since 1999' dates none)
        governing = lex.governs.search(clause) is not None
        for name, way in lex.names.items():
            roles = (*lex.beside[name], *(lex.joined[name] if governing else ()))
            if way.search(clause) and any(one.search(clause) for one in roles):  # every role names the partner
                found.add(name)
    return found - departed(text)


def fill(document: Document, context: Context, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Add the coalition the sentences' roles give, when no rule read it and they all name the same one partner; or
    when the rules' pairings name a partner the text says left, and the rules or the roles name another ('had resigned
    after the LDP and its partner Komeito lost ...' beside 'Komeito ... quit the coalition; she then struck a governing
    agreement with Ishin')."""
    if FACT not in readings:
        return
    sentences = [one for one in document.sentences if len(one.text) <= MAX_SENTENCE and not one.cut]
    gone = {name for one in sentences for name in departed(one.text)}
    if not gone and any(not fields.get("_stale") for fields, _ in readings[FACT]):
        return  # a rule read the coalition now, and no partner it may pair is said to have left
    year = context.updated.year if context.updated else None
    got = []
    for sentence in sentences:
        before = context.preceding.get(sentence.text, "")
        partners = beside(sentence.text, before, year) - gone
        if partners:
            got.append((partners, sentence))
    named = {name for partners, _ in got for name in partners}
    kept = [(fields, one) for fields, one in readings[FACT] if not gone & set(fields.get("value") or ())]
    if len(kept) < len(readings[FACT]) and (kept or len(named) == 1):
        readings[FACT] = kept
    if any(not fields.get("_stale") for fields, _ in readings[FACT]):
        return
    if len(named) == 1:
        partner = named.pop()
        readings[FACT] = readings[FACT] + [({"value": ["LDP", partner]}, sentence) for _, sentence in got]


__all__ = ["beside", "departed", "fill", "lexicon"]
