"""The Lower House's deadline told by its term's length from its last election, when no reader gave it: 'Members of the
House of Representatives serve four-year terms' in a text that tells of a general election held in October 2024 gives
October 2028. Pure, no I/O.

The roles: the chamber whose term it is (the Lower House, named in the clause that tells the term, or in its sentence,
or carried from the sentence before, never beside the Upper House), the term's length (four years: 'four-year terms',
'a term of four years', 'within four years of'), and the chamber's last vote (the latest Lower House election the text
tells as held). The deadline is that vote's month, the term's length later, when it is still to come at the cover.
Ruled out: a term another office or country's ('the U.S. president's four-year term'), a term said as past.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.japan import LOWER_HOUSE, OTHER_COUNTRIES, UPPER_HOUSE
from usjapan_facts.extract.next_votes import LOWER_DUE
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_FOUR = r"(?:four|4)"
_TERM = re.compile(
    rf"\b{_FOUR}[- ]years?\s+(?:terms?|mandates?|tenure)\b"
    rf"|\b(?:terms?|mandates?)\s+(?:is|are|of|lasts?|lasting|runs?|running)\s+(?:(?:up\s+to|at\s+most|no\s+more\s+than|"
    rf"a\s+maximum\s+of)\s+)?{_FOUR}\s+years\b"
    rf"|\b(?:serve|serves|sit|sits)\s+(?:for\s+)?(?:up\s+to\s+|at\s+most\s+)?{_FOUR}\s+years\b"
    rf"|\b(?:within|every)\s+{_FOUR}\s+years\b",
    I,
)
"""A term of four years: the Lower House's, when the clause is about that chamber."""
_ELSEWHERE = re.compile(
    rf"{OTHER_COUNTRIES}|\bU\.S\.|\bUnited\s+States\b|\bAmerican?\b|\bCongress\b|\bpresiden\w*|\bgovernors?\b"
    r"|\bmayors?\b|\bprefectur\w*|\bformerly\b|\bused\s+to\b|\buntil\s+(?:19|20)\d\d\b|\bwas\s+(?:once|then)\b",
    I,
)
"""Another office's or country's term, or a term no longer in force."""


def _told(sentence: Sentence, before: str) -> bool:
    """Whether a clause of the sentence tells the Lower House's term as four years."""
    text = sentence.text
    for start, end in clauses(text):
        clause = text[start:end]
        if not _TERM.search(clause) or _ELSEWHERE.search(clause) or re.search(UPPER_HOUSE, clause, I):
            continue
        if re.search(LOWER_HOUSE, clause, I):
            return True
        for said in (text, before):  # the chamber named in the sentence, else carried from the one before
            lower, upper = re.search(LOWER_HOUSE, said, I), re.search(UPPER_HOUSE, said, I)
            if lower or upper:
                return bool(lower) and not upper and not _ELSEWHERE.search(text)
    return False


def term_due(
    facts: dict[str, Fields],
    elections: dict[str, Fields],
    kinds: set[str],
    sentences: Iterable[Sentence],
    preceding: dict[str, str],
    cover: str,
) -> None:
    """Add the Lower House's deadline, when no reader gave it, from its four-year term and its last election held."""
    if LOWER_DUE not in kinds or LOWER_DUE in facts:
        return
    held = sorted(
        str(fields["date"])[:7]
        for slug, fields in elections.items()
        if slug.startswith("lower_house_") and fields.get("status") == "held" and len(str(fields["date"])) >= 7
    )
    if not held:
        return
    due = f"{int(held[-1][:4]) + 4:04d}{held[-1][4:7]}"
    if due <= cover[:7]:
        return
    told = next((s for s in sentences if _TERM.search(s.text) and _told(s, preceding.get(s.text, ""))), None)
    if told is not None:
        facts[LOWER_DUE] = {
            "kind": "date",
            "value": due,
            "qualifier": "exact",
            "quote": told.text,
            "section": told.section,
        }


__all__ = ["term_due"]
