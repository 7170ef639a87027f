"""A value set off in apposition to the noun phrase before it: what it measures is that phrase, not its own words.

"A sliver of the country's territory, roughly 0.6%, Okinawa Prefecture ...", "The U.S. personnel stationed there,
55,000 or thereabouts, form ...", "Its share of the facilities used by U.S. Forces Japan, about 25%, is ...": the value
stands alone between two commas (or a comma and a dash), with at most a hedge after it, and restates the phrase
before it. A general reader that ties a value to its concept by the words of its phrase asks here for the phrase the
value restates. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.values import Candidate

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_ALONE = re.compile(
    r"\W*(?:(?:or\s+(?:so|thereabouts)|give\s+or\s+take|more\s+or\s+less|in\s+all|all\s+told|at\s+last\s+count|"
    r"by\s+(?:one|most|some|official)\s+(?:count|estimates?|tally))\W*)?",
    I,
)
"""What may follow an appositive value up to its closing comma: a hedge ('or thereabouts'), a count's source."""
_OPENS = re.compile(r",\s*$")
"""The comma that sets the value off from the phrase it restates."""
_HEAD_STOP = re.compile(r"[,;:()\u2014]|\s[-\u2013]+\s")
"""Where the restated phrase starts: after the break before it."""
_VERB_FIRST = re.compile(
    r"^\s*(?:is|are|was|were|has|have|had|hosts?|holds?|number(?:s|ed)?|totals?|totaled|stands?|stood|amounts?|"
    r"comes?|came|reached|reaches)\b",
    I,
)
"""A phrase before the comma that is a predicate, not a noun phrase ('are stationed there, 55,000 in all' is no
apposition of 'are stationed there')."""


def appositive_head(text: str, value: Candidate, phrase: tuple[int, int]) -> int:
    """Where the value's phrase starts once its apposition is read: the start of the noun phrase it restates when the
    value stands alone between commas ('The U.S. personnel stationed there, 55,000 or thereabouts, form'), else the
    phrase's own start. The restated phrase may open the sentence before the value's clause starts."""
    start, end = phrase
    own = text[start:end]
    before, after = text[start : value.start], text[value.end : end]
    if before.strip() or not _ALONE.fullmatch(after) or not _OPENS.search(text, 0, value.start):
        return start
    comma = text.rfind(",", 0, value.start)
    floor = max((m.end() for m in _HEAD_STOP.finditer(text, 0, comma)), default=0)
    head = text[floor:comma]
    if len(head.split()) < 2 or _VERB_FIRST.match(head) or not own.strip():
        return start
    return floor + len(head) - len(head.lstrip())


__all__ = ["appositive_head"]
