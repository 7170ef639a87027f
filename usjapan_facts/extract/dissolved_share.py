"""No current Lower House share while the chamber stands dissolved: after a dissolution the text tells as done, and
before the general election it calls, the chamber has no members, so no share of it holds (the records' convention:
the last election's seats, or the seats held at dissolution, are a past make-up). Pure, no I/O.

The roles, read in the whole text:

- the dissolution: the Lower House (by any of its names) dissolved, a deed done (`dissolved_votes`' words; never one
  supposed or urged: 'Ishiba could dissolve the lower house'), not dated after the cover;
- the election it calls: a Lower House election the text tells as to come (upcoming at the cover), no more than the
  Constitution's forty days after the cover (a dissolution comes at most forty days before its vote), and after the
  dissolution's own date when the text gives one.

An election held after the dissolution ('Ishiba dissolved the lower house on October 9. In the October 27 election the
coalition won 215 of the 465 seats') leaves the new share in place: the election it called is no longer to come.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract.calendar_days import is_day
from usjapan_facts.extract.dissolved_votes import DISSOLVED, WITHIN, dissolved_on
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.vote_hedges import SUPPOSED, URGED

LOWER_SHARE = "politics.lower_house_coalition_share"
_CHAMBER = (
    r"(?:the\s+)?(?:Diet\W?s\s+)?(?:more\s+powerful\s+)?(?:lower[-\s](?:house|chamber)|House\s+of\s+Representatives)\b"
)
_DISSOLVING = re.compile(
    rf"\b(?:dissolving|dissolution\s+of)\s+{_CHAMBER}|\b{_CHAMBER}(?:,[^,;]{{1,60}},)?\s+(?:has\s+been|stands|remains|now\s+stands)\s+dissolved\b",
    re.I,
)
"""The deed's other shapes: 'after dissolving the Diet's lower chamber', 'the lower house has been dissolved'."""
_WON = re.compile(
    r"\b(?:won|wins|took|takes|captured|secured|came\s+away\s+with|emerged\s+with|gave|giving|handed|left\s+the)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A vote's result told: its words of winning, or a year."""
_FOLLOWED = re.compile(
    r"\b(?:(?:election|vote|polls?)\s+(?:that|which)\s+followed|(?:ensuing|subsequent|resulting)\s+"
    r"(?:general\s+|snap\s+)?(?:election|vote))\b",
    re.I,
)
"""The election a dissolution called told as held after it: 'In the general election that followed, ... won 293'."""
_RELATIVE = re.compile(r",\s+(?:whose|where|which)\b[^;]*", re.I)


def _coming(elections: dict[str, Fields], cover: str) -> list[str]:
    """The first days of the Lower House elections to come within the forty days a dissolution allows."""
    limit = (dt.date.fromisoformat(cover) + dt.timedelta(days=WITHIN)).isoformat()
    days = []
    for slug, fields in elections.items():
        date = str(fields.get("date", ""))
        if slug.startswith("lower_house_") and fields.get("status") == "upcoming" and len(date) >= 7:
            first = date if len(date) == 10 else f"{date}-01"
            days += [first] if cover <= first <= limit and is_day(first) else []
    return days


def _dissolved(sentence: str, cover: str, vote: str) -> bool:
    """Whether the sentence tells the Lower House dissolved, a deed done by the cover, in the forty days before
    `vote` when it dates the deed."""
    found = DISSOLVED.search(sentence) or _DISSOLVING.search(sentence)
    if found is None or SUPPOSED.search(sentence, 0, found.start()) or URGED.search(sentence):
        return False
    span = dissolved_on(sentence, cover)
    if span is None:  # 'Eight days after taking office, Ishiba dissolved ...', never 'In 2028, Kishida dissolved ...'
        return not any(int(year) < int(cover[:4]) for year in _YEAR.findall(sentence))
    earliest = (dt.date.fromisoformat(vote) - dt.timedelta(days=WITHIN)).isoformat()
    return span[0] <= cover and span[1] >= earliest


def _result(quote: str, cover: str) -> bool:
    """Whether the share's sentence gives a vote's result, the chamber's make-up before its dissolution: a vote's words
    of winning, or a year before the cover's ('In the 2021 general election, the LDP and Komeito won 293'), outside a
    relative clause telling the chamber's past ('the 465 seats in the Lower House, whose previous election, in October
    2024, left the LDP and Komeito with 215')."""
    quote = _RELATIVE.sub("", quote)
    return _WON.search(quote) is not None or any(int(year) < int(cover[:4]) for year in _YEAR.findall(quote))


def unseated(facts: dict[str, Fields], elections: dict[str, Fields], sentences: list[Sentence], cover: str) -> None:
    """Drop the Lower House's share a past vote gave when the text tells the chamber dissolved and the election that
    dissolution calls still to come at the cover (a share the text tells as the bloc's going into the campaign stays:
    'The two parties entered the campaign controlling just under half of the 465 seats')."""
    if LOWER_SHARE not in facts or not _result(str(facts[LOWER_SHARE].get("quote", "")), cover):
        return
    for vote in _coming(elections, cover):
        dissolving = [i for i, s in enumerate(sentences) if "dissol" in s.folded and _dissolved(s.text, cover, vote)]
        if dissolving and not any(_FOLLOWED.search(s.text) for s in sentences[dissolving[0] :]):
            del facts[LOWER_SHARE]
            return


__all__ = ["LOWER_SHARE", "unseated"]
