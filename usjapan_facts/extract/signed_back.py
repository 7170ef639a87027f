"""A cost-sharing agreement's month that the text tells is overtaken: no date of the agreement reached. Pure, no I/O.

- An end that was due and no longer is ('The current SMA, signed in January 2016, had been due to lapse in March').
- A signing told of the accord the sentence before says was reached earlier ('... an SMA the two governments reached in
  December 2021. That accord, signed in January 2022, ...'): the accord is dated by its conclusion, as the record
  dates it, not by its signing.
- An accord the next sentences tell was since extended or renewed ('The current SMA, signed in January 2016, expires
  in March. In February the two governments agreed to extend it by a year'): the extension is the latest agreement,
  read where it is dated, and the accord's own months are not; never an extension only planned, sought or conditional
  ('they are expected to extend it'), nor one dated before the accord's month.
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


_EXTENDED_SINCE = re.compile(
    r"\b(?:agreed|decided|moved|voted|chose)\s+(?:(?:in|on)\s+[^,;.]{3,24}?\s+)?to\s+(?:extend|renew|prolong|roll\s+over)"
    r"\s+(?:it|its\s+terms|(?:the\s+(?:current|existing|present|old|same)|that|this)\s+(?:SMA|agreement|accord|deal|pact|"
    r"arrangement))\b"
    r"|\b(?:it|(?:the\s+(?:current|existing|present|same)|that|this)\s+(?:SMA|agreement|accord|deal|pact|arrangement))\s+"
    r"(?:was|has\s+(?:since\s+)?been|had\s+(?:since\s+)?been)\s+(?:\w+ly\s+|since\s+)?(?:extended|renewed|prolonged|"
    r"rolled\s+over)\b",
    I,
)
"""A later sentence telling the accord pointed back to extended: 'the two governments agreed to extend the current SMA',
'It was extended by one year in February'."""
_UNSURE = re.compile(
    r"\b(?:may|might|would|could|should|expect\w*|plan\w*|propos\w*|consider\w*|weigh\w*|seek\w*|sought|hope\w*|"
    r"if|whether|unless|not|never|no|likely|urg\w*|call\w*\s+for|want\w*|aim\w*)\b",
    I,
)
"""Words before an extension that make it not done: planned, sought, conditional or denied."""
_AHEAD = 2
"""How many sentences after the accord's own may tell that it was extended."""


def _months(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7])


def extended_since(text: str, after: list[str]) -> bool:
    """Whether one of the sentences `after` the accord's own `text` (the next `_AHEAD`, dated by month) tells the accord
    extended since: an extension done, pointing back to it, and not dated before the accord's own latest month."""
    own = [value[:7] for value, _ in p.dates(text) if len(value) >= 7]
    if not own or _RENEWED.search(text):
        return False
    for later in after[:_AHEAD]:
        found = _EXTENDED_SINCE.search(later)
        if found is None or _UNSURE.search(later, 0, found.start()):
            continue
        dated = [value[:7] for value, _ in p.dates(later) if len(value) >= 7 and value[:4].isdigit()]
        if all(_months(month) > _months(max(own)) for month in dated):
            return True
    return False


def _next(text: str, context: Context) -> list[str]:
    """The `_AHEAD` sentences after `text`, as the context links them."""
    after: list[str] = []
    while len(after) < _AHEAD and (text := context.following.get(text, "")):
        after.append(text)
    return after


def overtaken_month(text: str, context: Context) -> bool:
    """Whether the months of the sentence `text` date no cost-sharing agreement reached (the module's doc)."""
    if END_OVERTAKEN.search(text) or extended_since(text, _next(text, context)):
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


__all__ = ["COST_SHARING", "extended_since", "overtaken_month"]
