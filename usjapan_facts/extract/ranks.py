"""Every rank in a sentence, however it is said: 'fourth-largest', 'ranked fifth among', 'second only to', 'only
Canada, Mexico, and China buy more' (4th), 'no other country has more ... than Japan' (1st). Pure, no I/O."""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.candidate import Candidate

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_ORDINAL = rf"(?:{p.ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
_SUPERLATIVE = r"(?:largest|biggest|top|leading|greatest|most important|ranked|ranking)"
_RANK = re.compile(
    # Each way of saying a rank starts at a word's first character or a comma: looking there first spares every
    # alternative its own try at each other place in the sentence (the same matches, in half the time).
    r"(?=\b\w|,)(?:"
    rf"\b(?P<ordinal>{_ORDINAL})(?:[- ]|-\s)(?:{_SUPERLATIVE})\b"
    rf"|\b(?:ranks?|ranked|ranking|placed|stood|stands)\s+(?:as\s+(?:the\s+)?)?(?P<ranked>{_ORDINAL})\b"
    rf"(?![- ]{_SUPERLATIVE})"
    rf"|\b(?P<among>{_ORDINAL})\s+(?=among\b|on\s+the\s+list\b)"
    rf"|\b(?:fell|dropped|slipped|slid|sank|rose|climbed|jumped|moved|fallen|risen)\s+(?:back\s+)?to\s+(?:the\s+)?"
    rf"(?P<moved>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})"
    rf"|\b(?P<as_a>{_ORDINAL})\s+(?=as\s+an?\s+(?:market|buyer|destination|customer|supplier|source|holder|investor)\b)"
    rf"|\b(?P<only>second|third)\s+only\s+to\s+(?:that\s+of\s+)?(?:the\s+)?(?:[A-Z][\w.]*\s*){{1,3}}"
    r"(?:(?:as|among)\s+(?:an?\s+|the\s+)?)?"
    r"|\b(?P<trail>trail(?:s|ed)?\s+only)\s+(?:those\s+of\s+)?(?:the\s+)?[A-Z][\w.]*(?:\W?s)?"
    r"|(?P<one>\b(?:single\s+)?(?:largest|biggest|greatest|No\.\s?1|number[- ]one)\b|(?:\bthe\s+|,\s+)(?:top|leading)\b"
    r"|\bthe\s+single\s+leading\b"
    r"|\b(?:tops?|topped|topping|heads?|headed|heading|leads?|led|leading)\s+(?:the\s+)?(?:list|ranks|ranking)\s+of\b"
    r"|\b(?:tops?|topped|outranks?|outranked|outstrips?|outstripped|surpass(?:es|ed)?|exceeds?|exceeded|leads?|led)\s+"
    r"(?:those\s+of\s+|that\s+of\s+)?(?:all|every|each)(?:\s+other)?\b(?=\s+(?:foreign\s+)?[a-z]))"
    r"|(?P<runner>\b(?:the\s+)?runner[- ]up\b)"
    r"|\b(?P<except>more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+(?:those\s+of\s+|by\s+)?"
    r"(?:the\s+)?(?:investors\s+(?:of|from)\s+)?any\s+(?:other\s+)?(?:country|nation|economy)\s+"
    r"(?:except|but|other\s+than|save|apart\s+from)\s+(?:the\s+)?[A-Z])"
    r"|\bthe\s+(?:most|largest|highest)\s+(?:of|among)\s+any\s+(?:other\s+)?(?:foreign\s+)?(?:country|nation|investor|economy)\b"
    r"|\b(?P<more>more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+(?:those\s+of\s+|by\s+)?"
    r"(?:the\s+)?(?:investors\s+(?:of|from)\s+)?any\s+other\s+(?:country|nation|foreign|economy))"
    ")",
    I,
)
_NAME = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\W?s)?"


def _list(group: str) -> str:
    return rf"(?P<{group}>{_NAME}(?:,\s+{_NAME})*(?:,?\s+(?:and|or)\s+{_NAME})?)"


_BY_LIST = re.compile(
    rf"\b[Oo]nly\s+{_list('buyers')}\s+(?:(?:buy|bought|buys|purchase[sd]?|import(?:s|ed)?|has|have|had|hold|holds|held|own|owns|"
    rf"owned|invest(?:s|ed)?)\s+(?:a\s+)?(?:more|larger|bigger|greater)|(?:outrank|exceed|surpass|outpace|top)(?:s|ed)?)\b"
    rf"(?![^;]{{0,100}}?\bthan\s+(?!Japan|it\b|does\s+Japan)[A-Z])"
    rf"|\b(?:trail(?:s|ed|ing)?|behind)\s+only\s+{_list('leaders')}"
    rf"|\btrail(?:s|ed|ing)?\s+(?P<several>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"
    rf"|\b(?:exceeded|surpassed|outranked|outpaced|topped)\s+only\s+by\s+(?:(?:that|those)\s+of\s+)?{_list('rivals')}"
    rf"|\b(?:exceeded|surpassed|outranked|outpaced|topped)\s+(?:only\s+)?by\s+(?:(?:that|those)\s+(?:of|from)\s+)?"
    rf"only\s+(?P<count>two|three|four|five|six|seven|eight|nine|\d)\s+(?:other\s+)?(?:countries|nations|economies)\b",
)
"""A rank said by the countries ahead: 'only Canada, Mexico, and China buy more' (4th), 'trails China and Canada'
(3rd), 'exceeded only by that of British firms' (2nd), 'only the United Kingdom outranks Japan' (2nd)."""
_BY_LIST_HINT = re.compile(r"nly\b|\btrail", I)
_NO_OTHER = re.compile(
    r"\bno\s+(?:other\s+)?(?:country|nation|economy)(?:\W?s\s+(?:firms|companies|investors|holders|residents))?\s+"
    r"(?:(?:has|have|had)\s+(?:ever\s+)?)?(?:has|have|had|holds?|held|owns?|owned|invests?|invested)\s+"
    r"(?:(?:a\s+)?(?:larger|more|bigger|greater)\b(?=[^;]{0,100}?\bthan\s+(?:Japan|it|does\s+Japan|Japanese)\b|\s*[.;]|\s*$)"
    r"|as\s+(?:large|big|much|many)\b)",
    I,
)
"""'No other country holds more Treasuries than Japan', 'no other country's firms had invested more', 'no other
country's firms hold as large a stock': first, the comparison with the sentence's subject said or implied."""
_NAMED = re.compile(_NAME)


def _listed(text: str) -> int:
    """How many countries a list names: 'Canada, Mexico, and China' is 3."""
    return len(_NAMED.findall(re.sub(r"\b(?:and|or)\b", ",", text)))


_AMONG_TOP = re.compile(r"\b(?:a|one of the|among the)\s+(?:top|leading|major|largest|biggest)\s*$", I)


def _ordinal(written: str) -> int:
    word = written.casefold()
    return p.ORDINALS[word] if word in p.ORDINALS else int(word.rstrip("stndrh"))


@lru_cache(maxsize=512)
def ranks(text: str) -> tuple[Candidate, ...]:
    """Every rank: 'fourth-largest', 'ranked fifth among', 'single largest', 'second only to', 'more than any other'."""
    found = [
        Candidate("", "among_top", match.start(), match.end())
        for match in re.finditer(r"\b(?:a|one of the|among the)\s+(?:top|leading|major|largest|biggest)\b", text, I)
    ]
    for match in _RANK.finditer(text):
        if any(top.start <= match.start() < top.end for top in found):
            continue
        written = next(
            (match.group(g) for g in ("ordinal", "ranked", "among", "as_a", "only", "moved") if match.group(g)), None
        )
        second = match.group("trail") or match.group("except") or match.group("runner")
        rank = 2 if second else _ordinal(written) if written else 1
        found.append(Candidate(rank, "exact", match.start(), match.end()))
    listed = _BY_LIST.finditer(text) if _BY_LIST_HINT.search(text) else ()
    for match in listed:
        if not any(other.start <= match.start() < other.end for other in found):
            count = match.group("count")
            ahead = int(p.number_of(count) or 0) if count else _listed(next(group for group in match.groups() if group))
            found.append(Candidate(ahead + 1, "exact", match.start(), match.end()))
    if "o country" in text or "o other" in text or "No " in text:
        found += [Candidate(1, "exact", match.start(), match.end()) for match in _NO_OTHER.finditer(text)]
    return tuple(sorted(found, key=lambda candidate: candidate.start))


__all__ = ["ranks"]
