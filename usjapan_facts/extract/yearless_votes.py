"""A past election dated by a day written without its year ('the July 20 Upper House election'), and the Diet's vote for
prime minister that states no election. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.chamber_names import LOWER, UPPER, chamber_at, one_body
from usjapan_facts.extract.election_dates import election, years_in
from usjapan_facts.extract.election_words import abroad_between
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

PM_VOTE = re.compile(
    r"\b(?:elected|elect|chose|choose|named|designated|nominated|confirmed|voted?\s+for)\b[^.;]{0,40}?\b(?:prime\s+minister|premier)\b"
    r"|\b(?:prime\s+minister|premier)(?:ial)?\s+(?:vote|election|nomination|designation)|\bno-confidence\b",
    I,
)
"""The Diet's vote for prime minister, or on a motion of no confidence: no general election."""

_YEARLESS_NAMED = re.compile(
    rf"\bthe\s+(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\s+(?:{UPPER}|{LOWER}|general|snap)\s+(?:[\w-]+\s+)?"
    r"(?:elections?|vote|contest|polls)\b"
    rf"|(?:{UPPER}|{LOWER})\s+(?:elections?|vote|contest|polls)\s+(?:of|on|held\s+on)\s+(?P<after>{p.MONTH})\s+"
    r"(?P<afterday>\d{1,2})\b"
    r"|\bthe\s+(?P<july>July)\s+(?P<julyday>\d{1,2})\s+(?:elections?|vote|contest|polls)\b"
    rf"|^(?P<label>{p.MONTH})\s+(?P<labelday>\d{{1,2}}):\s",
    I,
)
"""'In the July 20 Upper House election they won 47 seats', 'the House of Councillors vote of July 10'; a timeline's
'July 20: in an Upper House election, ...'; 'the July 10 election' with the Upper House named elsewhere in the
sentence, July being the month of its regular contest (checked against its cycle)."""
_ELECTION_WORD = re.compile(
    r"\b(?:elections?|vote|polls|contest|landslide)\b|\b(?:wins?|won|takes?|took|captures?|captured|secures?|secured)\s+"
    rf"\d{{2,3}}\s+(?:of\s+(?:the\s+)?\d{{3}}\s+)?(?:(?:{UPPER}|{LOWER})\s+)?seats\b",
    I,
)
"""An election's words, or its result as seats won: 'February 8: The LDP and Ishin win 352 of 465 Lower House seats'."""
_SINCE = re.compile(rf"\b[Ss]ince\s+(?P<month>{p.MONTH})\s+(?P<year>\d{{4}})\b")
"""A heading's start of its span ('Key Developments Since October 2025'): a month before it is of the next year."""


def yearless_vote(sentence: Sentence, cover: str) -> tuple[str, Fields] | None:
    """A past election dated by a day without its year: the year the section's heading gives, else the cover's."""
    text = sentence.text
    if p.YEAR.search(text) or not _ELECTION_WORD.search(text):
        return None
    found = _YEARLESS_NAMED.search(text)
    if found is None or PM_VOTE.search(text):
        return None
    body = one_body(text)
    if body is None or abroad_between(text, *found.span(), chamber_at(text, body[0])):
        return None
    if found.group("july") and body[0] != "upper_house":
        return None  # 'the July 10 election' names no chamber: only the Upper House's is the July one
    month = p.month_number(next(found.group(key) for key in ("month", "after", "july", "label") if found.group(key)))
    day = int(next(found.group(key) for key in ("day", "afterday", "julyday", "labelday") if found.group(key)))
    heading = years_in(sentence.section or "")
    year = heading.pop() if len(heading) == 1 else cover[:4]
    since = _SINCE.search(sentence.section or "")
    if since is not None and since.group("year") == year and month < p.month_number(since.group("month")):
        year = str(int(year) + 1)  # 'February 8' under 'Since October 2025' is February 2026
    date = f"{year}-{month:02d}-{day:02d}"
    if date > cover or (found.group("july") and int(year) % 3):
        return None
    return election(*body, date, cover, "")


__all__ = ["PM_VOTE", "yearless_vote"]
