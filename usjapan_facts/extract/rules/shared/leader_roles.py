"""A leader read by role when no title stands right before the name: the name, then a relative clause that gives
the office now ('Kishida, who has been prime minister since 2021, ...'; 'Donald Trump, who became president on
January 20, 2025, ...').

A prime minister's name is one the text orders (`known_person`, else `name_order`), never a U.S. president's; a
president's is a known one in office on the cover date (`out_of_office`). Either is ruled out by the words that rule
out a title (`NOT_SITTING`: former, late, outgoing, a predecessor), by another country standing in the clause before
the name, and by the words that say the leader left. The caller dates the mention as it dates a title.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import KNOWN_PEOPLE, US_PRESIDENTS, known_person, out_of_office
from usjapan_facts.extract.rules.base import has
from usjapan_facts.extract.rules.shared import tenure
from usjapan_facts.extract.rules.shared.taking_office import ABROAD, NAME, NOT_NAMES, NOT_SITTING, PM_TITLE

_WHO_HOLDS = re.compile(
    rf"\b(?P<name>{NAME}(?:\s+{NAME})?),\s+who\s+(?:has\s+been|is|remains|has\s+served\s+as|has\s+held\s+the\s+post\s+of)"
    rf"\s+(?:Japan\W?s\s+|the\s+)?(?:current\s+|sitting\s+)?(?:{PM_TITLE})\b(?!\s+of\b)"
)
"""'Kishida, who has been prime minister since 2021, faces ...': a name, then the office it holds now."""
_WHO_PRESIDES = re.compile(
    rf"\b(?P<name>{NAME}\s+{NAME}|{NAME}),\s+who\s+(?:(?:has\s+been|is|remains|became|took\s+office\s+as|"
    r"was\s+sworn\s+in\s+as|returned\s+to\s+office\s+as)\s+(?:the\s+)?(?:U\.S\.\s+|\w+th\s+)?[Pp]resident\b"
    r"(?!\s+of\s+(?!the\s+United\s+States))(?![- ]elect)|(?:returned\s+to|entered|moved\s+(?:back\s+)?into|"
    r"occupies|has\s+occupied|is\s+back\s+in)\s+the\s+White\s+House\b)"
)
"""'Donald Trump, who became president on January 20, 2025, has ...', '..., who returned to the White House in January
2025, has ...': a known president's name, then the office (or its house) taken."""


def _ruled_out(text: str, start: int, end: int) -> bool:
    """Tell whether the mention at `start`..`end` is a past leader's, another country's, or one who left after."""
    before = text[max(0, start - 40) : start]
    clause = re.split(r"[;:(\u2014]|,\s+(?:and|but|while)\b", text[max(0, start - 120) : start])[-1]
    return bool(
        NOT_SITTING.search(before)
        or re.search(r"\b(?:previous|preceding|earlier|successive|predecessor\W?s?)\s+(?:\w+\s+)?$", before, re.I)
        or has(ABROAD, clause, 0)
        or tenure.LEFT_OFFICE.match(text, end)
        or tenure.left_later(text, end)
    )


def presidents(text: str, cover: dt.date | None) -> list[tuple[str, str, re.Match[str]]]:
    """The (family, given) of each known U.S. president a relative clause gives the office, if in office on `cover`."""
    found = []
    for match in _WHO_PRESIDES.finditer(text) if ", who " in text else ():
        family = match.group("name").split()[-1]
        if family not in US_PRESIDENTS or family not in KNOWN_PEOPLE or _ruled_out(text, match.start(), match.end()):
            continue
        if cover is None or not out_of_office(family, cover):
            found.append((*KNOWN_PEOPLE[family], match))
    return found


def holders(text: str, document: str) -> list[tuple[str, str | None, re.Match[str]]]:
    """The (family, given) of each name a relative clause gives the office now: 'Ishiba, who is prime minister'."""
    found = []
    for match in _WHO_HOLDS.finditer(text) if ", who " in text else ():
        words = match.group("name").split()
        if NOT_NAMES.intersection(words) or _ruled_out(text, match.start(), match.end()):
            continue
        if len(words) == 1:
            order: tuple[str, str | None] | None = KNOWN_PEOPLE.get(words[0], (words[0], None))
        else:
            order = known_person(words) or p.name_order(" ".join(words), document)
        if order is not None and order[0] not in US_PRESIDENTS:
            found.append((order[0], order[1], match))
    return found
