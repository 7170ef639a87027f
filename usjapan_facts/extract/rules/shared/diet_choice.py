"""The prime minister the Diet or a party chose: 'the LDP elected Suga to replace him', 'the Diet then elected him
prime minister' (the one his party chose the sentence before, or the one the sentence itself opens on)."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import KNOWN_PEOPLE, US_PRESIDENTS, known_person
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.rules.readings import when
from usjapan_facts.extract.rules.shared import tenure
from usjapan_facts.extract.rules.shared.taking_office import NAME, NOT_NAMES, NOT_SITTING, PM_TITLE, person

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


_ELECTED_PRONOUN = re.compile(
    rf"\b(?:Diet|parliament|lawmakers)\s+(?:then\s+|later\s+|formally\s+|duly\s+)?(?:elected|chose|named|confirmed|"
    rf"picked|installed)\s+(?:him|her)\s+(?:as\s+|to\s+be\s+)?(?:Japan\W?s\s+|the\s+)?(?:new\s+|next\s+)?{PM_TITLE}\b"
)
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


def elected_pronoun(text: str, context: Context) -> list[Fields]:
    """The prime minister named by a pronoun the Diet elected, taken from the party's choice the sentence before, or
    from the person the sentence opens on when the pronoun stands in a later clause."""
    match = _ELECTED_PRONOUN.search(text)
    if match is None or NOT_SITTING.search(text[max(0, match.start() - 30) : match.start()]):
        return []
    names = {found.group("name") for found in _PARTY_CHOSE.finditer(context.preceding.get(text, ""))}
    opens = _OPENS_ON.match(text)
    if not names and opens and re.search(r"[,;]\s+(?:and|then|before|after)\b", text[opens.end() : match.start()]):
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
    return [{**person(order[0], order[1], name), **when(text, 0, len(text), context.updated)}]
