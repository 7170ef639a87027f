"""A cost-sharing agreement's month that the text tells is overtaken: no date of the agreement reached. Pure, no I/O.

- An end that was due and no longer is ('The current SMA, signed in January 2016, had been due to lapse in March').
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


_RENEWED = re.compile(r"\b(?:extend\w*|extension|renew\w*|prolong\w*|roll\w*\s+over)\b", I)
_WEEKS_AFTER = 3
"""How many months after its conclusion an accord is signed: a signing later than that is another accord's."""


def overtaken_month(text: str, context: Context) -> bool:
    """Whether the months of the sentence `text` date no cost-sharing agreement reached (the module's doc)."""
    if END_OVERTAKEN.search(text):
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


__all__ = ["COST_SHARING", "overtaken_month"]
