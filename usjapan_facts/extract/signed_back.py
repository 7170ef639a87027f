"""A cost-sharing agreement's month that the text tells is overtaken: no date of the agreement reached. Pure, no I/O.

- An end that was due and no longer is ('The current SMA, signed in January 2016, had been due to lapse in March').
- A signing told of the accord the sentence before says was reached earlier ('... an SMA the two governments reached in
  December 2021. That accord, signed in January 2022, ...'): the accord is dated by its conclusion, as the record
  dates it, not by its signing.
- An accord the next sentences tell was since extended or renewed ('The current SMA, signed in January 2016, expires
  in March. In February the two governments agreed to extend it by a year'): the extension is the latest agreement,
  read where it is dated, and the accord's own months are not. The extension must name the accord itself (the SMA,
  the cost-sharing agreement), or point back to it ('it', 'the agreement') in the very next sentence, before naming
  anything else; never an extension only planned, sought or conditional ('they are expected to extend it'), nor one
  dated no later than the accord's signing ('That agreement had been extended by a year in 2021').
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


_ACCORD = (
    r"(?:SMA|special\s+measures\s+agreement|(?:cost[- ]sharing|host[- ]nation[- ]support)\s+"
    r"(?:agreement|accord|deal|pact))"
)
_EXTEND = r"(?:extend|renew|prolong|roll\s+over)"
_EXTENDED = r"(?:extended|renewed|prolonged|rolled\s+over)"
_NAMED_EXTENDED = re.compile(
    rf"\b(?:agreed|decided|moved|voted|chose)\s+(?:(?:in|on)\s+[^,;.]{{3,24}}?\s+)?to\s+{_EXTEND}\s+(?:the\s+(?:current|"
    rf"existing|present)\s+|that\s+|this\s+)?{_ACCORD}\b"
    rf"|\b(?:the\s+(?:current|existing|present)\s+|that\s+|this\s+){_ACCORD}\s+(?:was|has\s+(?:since\s+)?been|had\s+"
    rf"(?:since\s+)?been)\s+(?:\w+ly\s+|since\s+)?{_EXTENDED}\b",
    I,
)
"""A later sentence telling the cost-sharing accord itself extended: 'agreed to extend the current SMA'."""
_POINTED_EXTENDED = re.compile(
    rf"^(?:(?:In|On)\s+[^,;.]{{3,24}},\s+)?(?:(?:the\s+two\s+(?:governments|sides|countries)|both\s+(?:governments|sides)|"
    rf"Tokyo\s+and\s+Washington|Washington\s+and\s+Tokyo|they)\s+(?:later\s+|then\s+|since\s+)?(?:agreed|decided)\s+"
    rf"(?:(?:in|on)\s+[^,;.]{{3,24}}?\s+)?to\s+{_EXTEND}\s+(?:it(?!\s*,)|the\s+(?:current\s+|existing\s+)?(?:agreement|"
    rf"accord|deal|pact))|(?:It|(?:That|This|The)\s+(?:current\s+|existing\s+)?(?:agreement|accord|deal|pact))\s+(?:was|"
    rf"has\s+(?:since\s+)?been|had\s+(?:since\s+)?been)\s+(?:\w+ly\s+|since\s+)?{_EXTENDED})\b",
    I,
)
"""The sentence right after the accord's opening on its extension, pointing back with 'it' or 'the agreement' and no
other thing named first: 'The two governments agreed to extend it', 'It has since been extended' (never 'The U.S.
presence ...; it was extended', another thing's)."""
_UNSURE = re.compile(
    r"\b(?:may|might|would|could|should|expect\w*|plan\w*|propos\w*|consider\w*|weigh\w*|seek\w*|sought|hope\w*|"
    r"if|whether|unless|not|never|no|likely|urg\w*|call\w*\s+for|want\w*|aim\w*)\b",
    I,
)
"""Words before an extension that make it not done: planned, sought, conditional or denied."""
_TWO_ACCORDS = re.compile(r"\b(?:replac|succeed|supersed|predecessor|previous|earlier|old)\w*\b", I)
"""Words of an accord's sentence that name another accord ('..., replaced the 2016 agreement'): a pointer after is
unsure."""
_AHEAD = 2
"""How many sentences after the accord's own may tell that it was extended (naming it; a pointer only the next)."""


def _after_signing(later: str, signing: str) -> bool:
    """Whether every date of the extension's sentence `later` is after the accord's `signing` month (a bare year after
    its year): an extension dated no later than the signing is none since."""
    months = [value[:7] for value, _ in p.dates(later) if len(value) >= 7 and value[:4].isdigit()]
    years = [year.group("year") for year in p.YEAR.finditer(later)]
    return all(month > signing for month in months) and all(year > signing[:4] for year in years)


def extended_since(text: str, after: list[str]) -> bool:
    """Whether one of the sentences `after` the accord's own `text` tells the accord extended since (the module's doc):
    an extension done, of the cost-sharing accord by name (or, in the next sentence, by 'it' or 'the agreement'), and
    dated, where it is, after the accord's signing (its sentence's first month)."""
    own = sorted(value[:7] for value, _ in p.dates(text) if len(value) >= 7 and value[:4].isdigit())
    if not own or _RENEWED.search(text):
        return False
    for ahead, later in enumerate(after[:_AHEAD]):
        if later.rstrip().endswith("?"):
            continue  # 'Was it extended?': asked, not told
        found = _NAMED_EXTENDED.search(later)
        if found is None and ahead == 0 and not _TWO_ACCORDS.search(text):
            found = _POINTED_EXTENDED.search(later)
        if found is None or _UNSURE.search(later, 0, found.start()):
            continue
        return _after_signing(later, own[0])
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
