"""A cost-sharing agreement's month that the text tells is overtaken: no date of the agreement reached. Pure, no I/O.

- An end that was due and no longer is ('The current SMA, signed in January 2016, had been due to lapse in March').
- An end the sentence dates on or before the cover's month ('The five-year SMA ... was signed in January 2016 and was
  due to lapse at the end of March 2021', in a brief of April 2021): the accord has lapsed or been extended since.
- A signing told of the accord the sentence before says was reached earlier ('... an SMA the two governments reached in
  December 2021. That accord, signed in January 2022, ...'): the accord is dated by its conclusion, as the record
  dates it, not by its signing.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.date_forms import END_OVERTAKEN
from usjapan_facts.extract.rules.base import Context, I, has

COST_SHARING = r"\b(?:Special\s+Measures|SMA|cost[- ]sharing|host[- ]nation)\b"
"""Words naming the cost-sharing agreement, in a sentence or the one before it."""
_SIGNED_BACK = re.compile(
    r"^(?:(?:That|This|The)\s+(?:accord|agreement|deal|pact|SMA)|It)(?:,\s+(?:which\s+was\s+)?|\s+was\s+)"
    r"(?:formally\s+)?signed\s+(?:in|on)\b",
    I,
)
"""A sentence opening on the accord the one before names, signed: 'That accord, signed in January 2022, ...', 'It was
signed on January 22' (never 'The new SMA, signed ...' nor 'The SMA signed in January 2022', another accord)."""
_REACHED = re.compile(
    rf"\b(?:reached|concluded|struck|finalized|agreed\s+(?:on|to)\s+(?:it|a\s+new\s+\w+))\s+(?:in|on)\s+"
    rf"(?P<when>{p.MONTH}(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?:19|20)\d\d)?)",
    I,
)
"""The conclusion of an accord, dated: 'reached in December 2021', 'concluded on December 21, 2021'."""


_LAPSES = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:due|set|scheduled|slated)\s+to\s+|would\s+|will\s+)?"
    r"(?:expire[sd]?|lapse[sd]?|run\s+out|ran\s+out|terminate[sd]?)\b",
    I,
)
"""The accord's end told: 'was due to lapse', 'expires', 'ran out'."""
_RENEWED = re.compile(r"\b(?:extend\w*|extension|renew\w*|prolong\w*|roll\w*\s+over)\b", I)
_WEEKS_AFTER = 3
"""How many months after its conclusion an accord is signed: a signing later than that is another accord's."""


def lapsed(text: str, cover: str | None) -> bool:
    """Whether the sentence tells the accord's end as overtaken ('had been due to lapse in March') or dates it on or
    before the cover's month ('was due to lapse at the end of March 2021', in a brief of April 2021), without telling
    what followed it (an extension or stopgap the same sentence dates is the latest accord)."""
    if END_OVERTAKEN.search(text):
        return True
    if cover is None or (lapse := _LAPSES.search(text)) is None or _RENEWED.search(text) or "stopgap" in text:
        return False  # 'was due to expire in March 2021; a one-year extension was reached in February 2021': read it
    ends = [value[:7] for value, found in p.dates(text) if found.start() >= lapse.end() and len(value) >= 7]
    return bool(ends) and min(ends) <= cover[:7]


def overtaken_month(text: str, context: Context) -> bool:
    """Whether the months of the sentence `text` date no cost-sharing agreement reached (the module's doc)."""
    if lapsed(text, context.updated.isoformat() if context.updated is not None else None):
        return True
    signed = _SIGNED_BACK.match(text)
    before = context.preceding.get(text, "")
    if signed is None or not has(COST_SHARING, before):
        return False
    signing = [value[:7] for value, found in p.dates(text) if found.start() >= signed.end() and len(value) >= 7]
    reached = [value[:7] for found in _REACHED.finditer(before) for value, _ in p.dates(found.group("when"))]
    if not signing or not reached or _RENEWED.search(text):
        return False  # 'The agreement, signed in March 2021, extends it by one year': the extension is the latest

    def months(month: str) -> int:
        return int(month[:4]) * 12 + int(month[5:7])

    # reached before, signed weeks after: the same accord ('reached in December 2021. That accord, signed in January
    # 2022'); years apart, the signing is a later accord's ('an SMA struck in December 2015. The pact, signed on
    # January 7, 2022')
    return 0 < months(min(signing)) - months(max(reached)) <= _WEEKS_AFTER


__all__ = ["COST_SHARING", "lapsed", "overtaken_month"]
