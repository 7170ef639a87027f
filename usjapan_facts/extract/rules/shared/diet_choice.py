"""The prime minister the Diet or a party chose: 'the LDP elected Suga to replace him', 'the Diet then elected him
prime minister' (the one his party chose the sentence before, or the one the sentence itself opens on)."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import KNOWN_PEOPLE, US_PRESIDENTS, known_person
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.rules.readings import when
from usjapan_facts.extract.rules.shared import tenure
from usjapan_facts.extract.rules.shared.taking_office import (
    ABROAD,
    NAME,
    NOT_NAMES,
    NOT_SITTING,
    PM_TITLE,
    person,
    taken_long_ago,
)

_CHOSEN = re.compile(
    r"\b(?:LDP|Diet|party|parliament)\b[^.;]{0,40}?\b(?:elected|chose|picked|selected)\s+(?P<name>[A-Z][a-z]+)"
    r"\s+(?:to\s+(?:replace|succeed)|as\s+(?:its\s+|the\s+)?(?:new\s+)?(?:leader|prime\s+minister|premier))\b"
)
"""A party or the Diet choosing a known Japanese leader to succeed another."""


def chosen(text: str, context: Context) -> list[Fields]:
    """The known Japanese leader a party or the Diet chose to succeed another: less sure than a title."""
    values = []
    for match in _CHOSEN.finditer(text):
        name = match.group("name")
        if name not in KNOWN_PEOPLE or name in US_PRESIDENTS:
            continue
        if NOT_SITTING.search(text[max(0, match.start("name") - 30) : match.start("name")]):
            continue
        family, given = KNOWN_PEOPLE[name]
        hints = when(text, match.start(), match.end(), context.updated)
        values.append({**person(family, given, name), **hints, "_weak": True})
    return values


_DIET_ELECTED = (
    r"\b(?:Diet|parliament|lawmakers)\s+(?:then\s+|later\s+|formally\s+|duly\s+)?(?:elected|chose|named|confirmed|"
    rf"picked|installed)\s+(?:him|her)\s+(?:as\s+|to\s+be\s+)?(?:Japan\W?s\s+|the\s+)?(?:new\s+|next\s+)?"
    rf"(?:(?:first|\d{{2,3}}(?:st|nd|rd|th))\s+(?:(?:woman|female)\s+)?)?{PM_TITLE}\b"
)
_ELECTED_PRONOUN = re.compile(_DIET_ELECTED)
"""'The Diet then elected him prime minister on September 16': the one the sentence before says his party chose."""
_PARTY_CHOSE = re.compile(
    r"\b(?:LDP|party|Liberal\s+Democratic\s+Party(?:\s+\(LDP\))?)\s+(?:\w+\s+)?(?:elected|chose|picked|selected)\s+"
    rf"(?:(?:his|her|its|the)\s+[\w\s-]{{1,40}}?,\s+)?(?P<name>{NAME}(?:\s+{NAME})?),?\s+"
    r"(?:as\s+(?:its\s+)?(?:new\s+)?(?:president|leader)|to\s+(?:lead\s+it|succeed|replace))\b"
)
"""'The LDP chose his chief cabinet secretary, Suga Yoshihide, as its president': the party's new leader."""
_OPENS_ON = re.compile(rf"^\W*(?P<name>{NAME}\s+{NAME})(?=,|\s+(?:won|was|had|has|led|took|became)\b)")
"""The person a sentence opens on, whom a pronoun in a later clause of it carries: 'Ishiba Shigeru, a former defense
minister, won the party's election on September 27, and on October 1 the Diet chose him as prime minister'."""


_LATER_CLAUSE = re.compile(r";\s+|[,;]\s+(?:and|then|before|after)\b")
"""Where a later clause begins, whose pronoun carries the person the sentence opens on: '..., won the LDP race in
October; the Diet elected her prime minister on October 21'."""


def elected_pronoun(text: str, context: Context) -> list[Fields]:
    """The prime minister named by a pronoun the Diet elected, taken from the party's choice the sentence before, or
    from the person the sentence opens on when the pronoun stands in a later clause."""
    match = _ELECTED_PRONOUN.search(text)
    if match is None or NOT_SITTING.search(text[max(0, match.start() - 30) : match.start()]):
        return []
    names = {found.group("name") for found in _PARTY_CHOSE.finditer(context.preceding.get(text, ""))}
    # 'The LDP picked Takaichi Sanae as its leader in October, and the Diet then named her': an earlier clause's.
    names = names or {found.group("name") for found in _PARTY_CHOSE.finditer(text, 0, match.start())}
    opens = _OPENS_ON.match(text)
    if not names and opens and _LATER_CLAUSE.search(text[opens.end() : match.start()]):
        names = {opens.group("name")}
    if len(names) != 1 or tenure.left_later(text, match.end()):
        return []  # 'The LDP chose A ...; B was chosen ...': which one 'him' is, the words do not say
    name = names.pop()
    words = name.split()
    if NOT_NAMES.intersection(words):
        return []
    known = known_person(words)
    order = known or p.name_order(name, context.text)
    if order is None or (len(words) == 1 and not known) or words[-1] in US_PRESIDENTS:
        return []
    return [{**person(order[0], order[1], name), **_taken_when(text, context.preceding.get(text, ""), context)}]


def _taken_when(text: str, before: str, context: Context) -> Fields:
    """How current a taking of office a pronoun tells is: stale when its date (the sentence's latest, else the latest
    of the sentence before, as in 'He became prime minister later that month') lies more than two years back."""
    hints = when(text, 0, len(text), context.updated)
    dated = sorted(value for value, _ in p.dates(text)) or sorted(value for value, _ in p.dates(before))
    taken = {"_date": hints.get("_date") or dated[-1]} if hints.get("_date") or dated else {}
    if context.updated is not None and taken_long_ago(taken, text, len(text), context.updated):
        hints["_stale"] = True
    return hints


_PRONOUN_TOOK = re.compile(
    r"^\W*(?:(?:In|On)\s+[\w ,]{3,25}?,\s+)?(?:He|She)\s+(?:then\s+|later\s+|formally\s+)?"
    r"(?:took\s+office|assumed\s+office|became|was\s+(?:sworn\s+in|named|elected|appointed|installed)|had\s+taken\s+office)"
    r"(?:\s+(?:in|on)\s+(?:[\w,]+\s+){1,3}?)?\s*(?:as\s+)?(?:Japan\W?s\s+|the\s+)?(?:new\s+|next\s+|\d{2,3}(?:st|nd|rd|th)\s+)?"
    rf"{PM_TITLE}\b|{_DIET_ELECTED}"
)
"""'She took office as prime minister on October 21, 2025', 'He became prime minister two days later', 'The Diet
elected her prime minister': the one the sentence before opens on."""
_OPENER = re.compile(
    rf"^\W*(?:The\s+(?:LDP|party)\s+(?:chose|elected|picked)\s+)?(?P<name>{NAME}(?:\s+{NAME})?)(?=,|\s+[a-z])"
)
_GONE_BEFORE = re.compile(
    r"\b(?:(?:former|late)\s+(?:Japanese\s+)?(?:prime\s+minister|premier)|resign\w*|stepped\s+down|left\s+office|died|"
    r"assassinated|served\s+(?:as|for|until|from)|was\s+(?:Japan\W?s\s+|the\s+)?(?:[\w-]+\s+)?(?:prime\s+minister|premier))\b",
    re.IGNORECASE,
)
"""Words of the sentence before that put its person out of office: 'Abe Shinzo was Japan's longest-serving premier'."""


def took_office_pronoun(text: str, context: Context) -> list[Fields]:
    """The prime minister a pronoun says took office, the person the sentence before opens on ('Takaichi Sanae won the
    LDP runoff. She took office as prime minister on October 21'); none when that sentence says the person has gone or
    names another country, or this one says the tenure ended."""
    match = _PRONOUN_TOOK.search(text) if "He" in text or "She" in text or " him " in text or " her " in text else None
    before = context.preceding.get(text, "")
    opens = _OPENER.match(before) if match else None
    if match is None or opens is None or _GONE_BEFORE.search(before) or tenure.left_later(text, match.end()):
        return []
    words = opens.group("name").split()
    known = known_person(words)
    if NOT_NAMES.intersection(words) or words[-1] in US_PRESIDENTS or re.search(ABROAD, before):
        return []
    order = known or p.name_order(opens.group("name"), context.text)
    if order is None:
        return []
    return [{**person(order[0], order[1], opens.group("name")), **_taken_when(text, before, context)}]
