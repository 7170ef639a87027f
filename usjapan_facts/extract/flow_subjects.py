"""Whom a pronoun before a flow of trade stands for: a subject pronoun doing a verb of trade ('which it bought', 'That
year it bought'), or a possessive owning a flow's noun ('Its goods shipments were worth $138.2 billion', 'their
services sales'), read by the subject of its clause or of the clauses before. The flows' reader (`flow_directions`)
asks here. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.money_lexicon import lexicon

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is


def pronoun_party(head: str, *back: str) -> str | None:
    """Whom a subject pronoun ('it') stands for, `head` the words right before it: the subject of its clause, a place
    named first, not a preposition's object, after no more than an opening phrase ('Japan also ranked fourth as a
    destination for U.S. goods, which it bought'; never 'Toyota, the largest automaker in Japan, ... which it sold');
    else, when the pronoun is its clause's subject ('That year it bought'), the clause before's (the clauses of `back`
    after the head's, nearest first), through a chain of clauses whose subject is the pronoun too ('By most measures
    Japan is ... Counting goods and services together, it was ... That year it bought'). A clause whose subject is
    none of these ('Toyota is the biggest of them', 'The European bloc was larger') ends the chain: None. 'US', 'JP'
    or 'other', None when none is the subject."""
    pronoun = PRONOUN
    clauses = head.split(";")
    chain = [clause for text in back for clause in reversed(text.split(";")) if clause.strip()]
    for index, clause in enumerate([clauses[-1], *reversed(clauses[:-1]), *chain]):
        it = pronoun.search(clause) if index else None
        words = clause[: it.start()] if it else clause
        if (party := _subject_place(words)) is not None:
            return party
        if (index and it is None) or not _OPENING.fullmatch(words):
            return None  # a subject of its own, no place: the chain ends
    return None


PRONOUN = re.compile(r"\bit\b", I)
"""A subject pronoun standing for a party ('it bought', 'which it sold'), never 'its'."""
_OPENING = re.compile(r"\W*(?:[^,;]{0,60},\s*)?(?:(?!(?:and|but|while|which|who|as|when|so)\b)[\w.-]+\s+){0,3}", I)
"""No more than a phrase put first before the subject ('That year', 'Counting goods and services together,')."""
_OBJECT = re.compile(r"\b(?:of|in|across|from|to|with|near|by|for|than|at|on|behind|after|like|including|into)\s+$", I)


def it_party(clause: str, *back: str) -> str | None:
    """The party a clause's subject pronoun stands for (`pronoun_party`), '?' when its 'it' is no subject ('the
    United States sold it $129.1 billion') or it has none."""
    it = PRONOUN.search(clause)
    if it is None or _subject_place(clause[: it.start()]) is not None or not _OPENING.fullmatch(clause[: it.start()]):
        return "?"
    return pronoun_party(clause[: it.start()], *back)


def _subject_place(words: str) -> str | None:
    """The party a clause's words name as its subject: the first place named, after an opening phrase at most and not
    a preposition's object ('the Sea of Japan')."""
    places = lexicon().places
    named = sorted((m for key in ("US", "JP", "other") for m in places[key].finditer(words)), key=lambda m: m.start())
    for place in named:
        if _OBJECT.search(words, 0, place.start()):
            continue
        if not _OPENING.fullmatch(words, 0, place.start()):
            return None
        return next(key for key in ("US", "JP", "other") if places[key].fullmatch(place.group(0)))
    return None


POSSESSIVE = re.compile(r"\b(?:its|their)\s+(?:(?!(?:and|or|to|from|with|of|in|than)\b)[\w-]+\s+){0,2}$", I)
"""A possessive pronoun right before a flow's noun, a part's word or two between ('Its goods shipments', 'their
services sales')."""
_AGENT = re.compile(
    r"\W*(?:[^,;]{0,60},\s*)?(?:the\s+)?(?:(?P<JP>Japanese|Japan\W?s)|(?P<US>U\.S\.|American|America\W?s))\s+"
    r"(?:[\w-]+\s+)?(?:firms|companies|businesses|exporters|importers|producers|makers|manufacturers|automakers|"
    r"buyers|consumers|sellers|suppliers|shippers)\b",
    I,
)
"""A party's firms or people as a clause's subject ('Japanese firms shipped', 'U.S. companies sold')."""
_OWNED = re.compile(r"\W*(?:[^,;]{0,60},\s*)?(?:its|their)\b", I)
"""A clause whose subject a possessive owns: its owner is the one before's."""


def possessor(head: str, *back: str) -> tuple[str | None, str] | None:
    """Whom a possessive pronoun ('its', 'their') owning a flow stands for, `head` the words before it in its clause:
    the subject of the nearest clause (the head's, else those of `back`, nearest first) that has one, with that
    clause: a place ('Japan bought ...', 'The United States sold ...'), a party's firms ('Japanese firms shipped
    ...'), a subject pronoun standing for one ('It bought ...'); None beside the clause when its subject is none of
    these ('U.S. imports from Japan came to ...', 'The deficit rose'), for the caller to read as a flow or not at all.
    None when no clause before has a subject."""
    clauses = [clause for text in (head, *back) for clause in reversed(text.split(";")) if clause.strip()]
    for index, clause in enumerate(clauses):
        if _OPENING.fullmatch(clause) or _OWNED.match(clause):
            continue  # 'In 2030, ': no subject of its own; 'Its goods shipments were ..., and': the same owner's
        if (place := _subject_place(clause)) is not None:
            return place, clause
        if agent := _AGENT.match(clause):
            return ("JP" if agent.group("JP") else "US"), clause
        it = PRONOUN.search(clause)
        if it is not None and _OPENING.fullmatch(clause[: it.start()]):
            return pronoun_party(clause[: it.start()], *clauses[index + 1 :]), clause
        return None, clause
    return None


__all__ = ["POSSESSIVE", "PRONOUN", "it_party", "possessor", "pronoun_party"]
