"""Which Diet chamber a clause of a sentence speaks of when it does not name one, and a verb it leaves to the clause
before: the chamber the sentences before name alone, pointed back to ('That chamber's members ...', 'Half of them ...');
the chamber a relative clause hangs on ('in the House of Councillors, where they went into the July 2022 election');
a result said once for two votes ('lost their lower-house majority in ..., and their upper-house majority on July 20,
2025'); a sentence of one chamber once a relative clause naming the other is set aside. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.contests import LOWER
from usjapan_facts.extract.elections import THAT_CHAMBER
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.vote_hedges import NOUN

CHAMBER = (
    (
        "lower_house",
        "Lower House",
        re.compile(rf"{LOWER.pattern}|\blower-house\b|\b(?:snap|general)\s+{NOUN}\b", re.I),
    ),
    ("upper_house", "Upper House", re.compile(r"\bupper[- ](?:house|chamber)\b|\bHouse\s+of\s+Councill?ors\b", re.I)),
)
"""Each chamber by its names ('a snap poll' is the Lower House's): the chamber a date beside it is of."""
Mark = tuple[int, int, str, str]
"""Where a chamber ('c', its slug) or a date ('d', its value) stands in a clause."""
BODY = {slug: body for slug, body, _ in CHAMBER}


BACK = re.compile(r"^(?:Half|All|Some|Most|A\s+third)\s+of\s+(?:them|those\s+seats)\b|^(?:It|Its|They|Their)\b")
"""A subject carried from before, at the sentence's start: 'Half of them will be contested in July 2025'."""


def carried_chamber(text: str, before: str) -> list[tuple[int, int, str, str]]:
    """The chamber the sentences before name alone (the nearer first, `before` holding them joined by newlines), when
    this one names none but points back to it ('That chamber's members were last sent to the Diet ...', 'Half of them
    will be contested in July 2025' after 'The upper chamber is a different story. Its members ...'): a mark at each
    clause's start."""
    if not (THAT_CHAMBER.search(text) or BACK.match(text)) or any(pattern.search(text) for _, _, pattern in CHAMBER):
        return []
    for one in before.split("\n"):
        named = [(slug, body) for slug, body, pattern in CHAMBER if pattern.search(one)]
        if named:
            return [(0, 0, *named[0])] if len(named) == 1 else []
    return []


_GAPPED = re.compile(
    r"^[\s,]*(?:and|but)\s+(?:(?:their|its|the)\s+)?(?:[\w-]+\s+){0,2}(?:majorit(?:y|ies)|seats|control)\b"
)
_RESULT_VERB = re.compile(r"\b(?:lost|won|kept|retained|gained|regained|secured|captured|surrendered|ceded)\b", re.I)
RESULT_NOUN = re.compile(r"\b(?:majorit(?:y|ies)|seats|control)\b", re.I)
_OPENS_WHERE = re.compile(r"^[\s,]*(?:where|in\s+which|when)\b", re.I)


def gapped(clause: str, last: str) -> bool:
    """Tell whether a clause leaves its verb to the clause before, a result: 'lost their lower-house majority in the
    snap election of October 27, 2024, and their upper-house majority on July 20, 2025'."""
    return _GAPPED.match(clause) is not None and _RESULT_VERB.search(last) is not None


def where_chamber(clause: str, last: str) -> list[Mark]:
    """The one chamber the clause before names without a date, for a relative clause that names none: 'in the House
    of Councillors, where they went into the July 2022 election with 57%' (a mark at the clause's start)."""
    if not _OPENS_WHERE.match(clause):
        return []
    named = {(slug, body) for slug, body, pattern in CHAMBER if pattern.search(last)}
    return [(0, 0, *named.pop())] if len(named) == 1 and not p.dates(last) else []


_POINTED = re.compile(r"\b(?P<that>[Tt]hat|[Tt]he)\s+chamber(?!\s+of\b)")


def named_back(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, each that points back to a chamber it named earlier ('In the House of Councillors ..., and half
    of that chamber's seats do not come up again until July 2028') with the chamber's name written there instead, so
    that every election reader reads it as named: only where the words before name one chamber alone."""
    out = list(sentences)
    for index, sentence in enumerate(sentences):
        found = _POINTED.search(sentence.text) if "chamber" in sentence.folded else None
        if found is None or found.start() == 0:
            continue
        named = {body for slug, body, pattern in CHAMBER if pattern.search(sentence.text, 0, found.start())}
        if len(named) == 1:
            text = _POINTED.sub(f"{found.group('that')[0]}he {named.pop()}", sentence.text)
            out[index] = Sentence(text, sentence.section, sentence.cut)
    return out


__all__ = ["BACK", "BODY", "CHAMBER", "RESULT_NOUN", "Mark", "carried_chamber", "gapped", "named_back", "where_chamber"]


_RELATIVE = re.compile(r",\s+(?:which|who)\b", re.IGNORECASE)


def without_relative(text: str, other: str) -> str | None:
    """The sentence without the relative clause set off by commas that names the `other` chamber, when the rest names
    it no more; else None. 'The LDP and Komeito, which have controlled two-thirds of the lower chamber since 2017, also
    hold three-fifths of the House of Councillors' is of the upper chamber once its subject's clause is set aside."""
    naming = re.compile(other, re.IGNORECASE)
    for opening in _RELATIVE.finditer(text):
        named = naming.search(text, opening.end())
        close = text.find(",", named.end()) if named else -1
        if close > 0 and ";" not in text[opening.end() : close] and not naming.search(text, close):
            return f"{text[: opening.start()]} {text[close + 1 :].lstrip()}"
    return None
