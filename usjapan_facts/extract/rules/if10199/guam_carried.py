"""IF10199's Marines on Guam carried from the sentence before: a count 'there' or 'on the island' where that sentence
names the Marines and Guam last ('About 100 Marines moved to Guam in 2024. Around 200 are there now'). Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.rules.base import CURRENT, Fields, I, has
from usjapan_facts.extract.rules.if10199.guam_growth import ELSEWHERE, GROWN_TO, NOUN, grown_count
from usjapan_facts.extract.rules.readings import period_of
from usjapan_facts.extract.values import counts

_ON_THE_ISLAND = re.compile(
    r"(?:\s+of\s+(?:them|those|these))?"  # 'About 100 of them are already there'
    r"\s+(?:(?:had|have|has)\s+been\s+(?:(?:stationed|based|serving)\s+)?(?:there|on\s+the\s+island)\s+since\s+(?=[A-Z])|"
    r"were\s+(?:already\s+)?(?:on\s+the\s+island|there)\s+by|(?:had|have|has)\s+(?:now\s+|already\s+|so\s+far\s+)?"
    r"(?:arrived|moved|relocated)\s+(?:on\s+the\s+island|there)|(?:Marines\s+)?(?:are|is)\s+(?:now\s+)?(?:stationed\s+|based\s+|"
    r"serving\s+)?(?:there|on\s+the\s+island)\s+(?:now|today|so\s+far|already)|(?:Marines\s+)?(?:are|is)\s+(?:now|already)\s+"
    r"(?:stationed\s+|based\s+|serving\s+)?(?:there|on\s+the\s+island)|now\s+serve\s+(?:there|on\s+the\s+island)"
    # a date's arrival, or who were there by a date the clause gives before ('by spring 2026 some 200 were there')
    r"|(?:[a-z]+\s+)?(?:Marines|specialists|personnel|troops),\s+arrived\s+(?:there|on\s+the\s+island)\s+(?:in|on)\s+(?=[A-Z])"
    # a dated move in the simple past ('around one hundred logistics Marines moved there in December 2024', 'the first
    # of these, some 100 logistics personnel, made the move in December 2024')
    r"|(?:[a-z]+\s+)?(?:Marines|specialists|personnel|troops)?,?\s*(?:(?:arrived|moved|relocated|transferred)\s+"
    r"(?:there|to\s+the\s+island|on\s+the\s+island)|made\s+the\s+(?:move|transfer|trip))\s+(?:in|on)\s+(?=[A-Z])"
    r"|(?P<bare>(?:Marines\s+)?were\s+(?:already\s+)?(?:there|on\s+the\s+island)(?=\s*(?:[.;]|$)))"
    # there now by the clause's own time before the count ('So far only about 100 are there', 'At present some 200
    # are on the island'); without it, a bare 'are there' may be Okinawa's garrison
    r"|(?P<now>(?:Marines\s+)?(?:are|is)\s+(?:stationed\s+|based\s+|serving\s+)?(?:there|on\s+the\s+island)"
    r"(?=\s*(?:[.;]|$))))\b"
)
"""After a count of a sentence taking Guam from the one before, an arrival by a date: 'a little more than 200 were on
the island by this spring', 'some 150 had arrived there', 'around 200 are there now', 'Roughly 100 have been there
since December 2024' (there now, since then); a bare 'are on the island' might
be Okinawa's garrison, and 'there' is Guam only when Guam is the place the sentence before names last."""


_GROWN_THERE = re.compile(
    rf"(?:^|\b(?:the|its)\s+)(?:Marines?\W?\s+)?{NOUN}\s+(?:there|on\s+the\s+island)\b(?!\s+of\b)", I
)
"""Those on the island the sentence before names, by the noun of their number, the Marines' or none's: 'the total
there', 'the contingent on the island' (not 'the Navy garrison there', nor 'the number there of workers')."""
_NOT_THEIRS = (
    r"\b(?:sailors|airmen|soldiers|troops|civilians?|dependents|famil(?:y|ies)|contractors|workers|tourists|visitors|"
    r"staff|people|counted|including)\b"
)
"""After the count: others among it ('about 3,000 sailors', 'when dependents are counted')."""
_SINCE = r"\b(?:since|again|fell|fallen|dropped|declined|rotated|shrank|left)\b|^\s*(?:Before|Until|Prior\s+to)\b"
"""A count no longer there: a later fall ('it has since fallen back'), or one before the move ('Before the move
began')."""


_GROWN_DIRECT = re.compile(rf"{GROWN_TO[:-1]}", I)
"""Right after 'the total there': the verb of its count, nothing between ('should have', 'not yet')."""


_LATER_NOW = re.compile(r"[,;]\s+(?:and\s+|but\s+)?[^,;]*\b(?:so\s+far|to\s+date|now|currently)\b", I)
"""After the last count read, a later clause of how many are there now: a count not read, later than the dated one."""
_AS_OF = re.compile(
    r"[,;]\s+(?:and\s+|but\s+)?as\s+of\s+(?P<when>[^,;]*?),?\s+(?:(?:about|some|roughly|around|nearly|over)\s+)?"
    r"\d[\d,]*\s+(?:(?:U\.S\.\s+)?Marines\s+)?(?:(?:had|have|has)\s+(?:now\s+|already\s+)?(?:moved|relocated|arrived|"
    r"transferred|made\s+the\s+(?:move|transfer|trip))(?:\s+(?:to|on|in)\s+(?:Guam|the\s+island)|\s+there)?"
    r"|(?:were|are)\s+(?:now\s+|already\s+)?(?:there|on\s+(?:Guam|the\s+island)|in\s+Guam))(?=\s*(?:[.;]|$))",
    I,
)
"""A later clause of how many had moved to Guam as of a day ('; as of March 2026, 210 Marines had relocated'): never of
those still elsewhere, yet to move, gone to another place or planned ('were to have moved')."""


def _dated(text: str) -> list[str]:
    """The dates `text` gives, a year alone among them ('as of 2012')."""
    return [value for value, _ in p.dates(text)] or p.YEAR.findall(text)


def _later_as_of(text: str, at: int) -> bool:
    """Whether a clause after `at` counts the Marines moved to Guam as of a day later than any the text dates before."""
    found = _AS_OF.search(text, at)
    when = _dated(found.group("when")) if found else []
    if found is None or len(when) != 1:
        return False
    earlier = _dated(text[: found.start()])
    return all(value[: len(when[0])] < when[0][: len(value)] for value in earlier)  # 'as of 2026' after 'December 2024'


_NOW_BEFORE = re.compile(r"\b(?:so\s+far|to\s+date|at\s+present|presently|currently|as\s+of\s+now)\b", I)
"""In the count's clause before it: the time of a bare 'are there' is now (not 'Now that ...', nor a claim)."""
_PLACE_AFTER = r"\b(?:to|in|on|at|near|from)\s+(?:the\s+)?[A-Z]\w+"
"""After Guam in the sentence before, a place a bare 'are there' may mean ('..., and the rest to Henoko')."""
_SAID = (
    r"\b(?:say|says|said|claim\w*|argue\w*|contend\w*|estimat\w*|believ\w*|according|suggest\w*|if|would|could|may|"
    r"might)\b"
)
"""In the count's clause: a claim or a condition ('critics say only about 50 are there'), not the count there."""


_ISLAND_HOSTS = re.compile(
    r"^(?:The\s+island|It)\s+(?:now|currently|already|today)\s+(?:hosts|houses|holds|is\s+home\s+to)\s+"
    r"(?:(?:some|about|roughly|around|nearly|almost|just\s+over|over|more\s+than)\s+)?$",
    I,
)
"""Before a count, the island the sentence before names as holding them now: 'The island now hosts about 210 of
them' (its own time: 'The island will host 4,000' is the move to come)."""
_THEM = re.compile(r"\s+(?:(?P<them>of\s+(?:them|these|those))|(?:U\.S\.\s+)?Marines)\b")
"""After the count: the Marines themselves, not 'about 3,000 sailors'; 'of them' only where the sentence before counts
one group ('4,000 Marines and 5,000 dependents ...': whose 300 is unclear)."""


def on_the_island(text: str, before: str) -> list[Fields]:
    """Counts said to be on the island, when the sentence before names the Marines and Guam and the sentence no
    other place."""
    if has(r"\bGuam\b", text, 0) or not (has(r"\bMarines\b", before) and has(r"\bGuam\b", before, 0)):
        return []
    if last_place(before) != "Guam":
        return []  # 'moved to Guam from Okinawa. About 200 are there now', '... and the rest to Hawaii': not Guam
    if has(ELSEWHERE, text):
        return []
    # No more can be there than are to move: '4,000 Marines are to move to Guam. 18,000 are there now' is Okinawa's.
    moving = max((number for number, _, _ in p.qualified_numbers(before) if number >= 10), default=None)
    found = []
    for count in counts(text):  # 'a little over two hundred', as a count is written in words
        if not isinstance(count.value, int) or count.value < 10:
            continue
        on = _ON_THE_ISLAND.match(text, count.end)
        # or the count those there have grown to: 'as of March, the total there stood at 210'
        there = None if on else _GROWN_THERE.search(text, max(0, count.start - 80), count.start)
        grown = grown_count(text, count, _GROWN_THERE) if there else None
        later = [c for c in counts(text) if c.start > count.end and isinstance(c.value, int) and c.value >= 10]
        after, before_it = text[count.end :], text[: there.start()] if there else ""
        # '... when dependents are counted', '..., and about 120 are there now', 'Before the move began', 'should have'
        if there and (has(rf"{_NOT_THEIRS}|{_SINCE}", after) or later or has(_SINCE, before_it)):
            grown = None
        grown = grown if there is None or _GROWN_DIRECT.match(text, there.end()) else None
        start, end = clause_of(clauses(text), count.start)
        if (
            on
            and on.group("now")
            and (
                not _NOW_BEFORE.search(text, start, count.start)
                or has(_SAID, text[start:end])
                or has(_PLACE_AFTER, before[before.rfind("Guam") :], 0)
            )
        ):
            on = None
        if (
            on is None
            and grown is None
            and _ISLAND_HOSTS.search(text, max(0, count.start - 60), count.start)
            and (them := _THEM.match(text, count.end))
            and not (them.group("them") and len(counts(before)) != 1)
        ):
            grown = {"value": count.value, "qualifier": count.qualifier}  # 'The island now hosts about 210 of them'
        if on is None and grown is None:
            continue
        period = period_of(text[start:end])
        if (moving is None or count.value <= moving) and (period or grown or (on and not on.group("bare"))):
            # grown to it: a later state than the arrival the sentence before tells ('About 100 moved to Guam in 2024.
            # By March, the number on the island had grown to about 200')
            found.append({**(grown or {"value": count.value, "qualifier": count.qualifier}), "period": period})
            found[-1].update({"_when": CURRENT} if (grown or (on and on.group("now"))) and not period else {})
    last = max((count.end for count in counts(text) if found and count.value == found[-1]["value"]), default=0)
    if found and (_LATER_NOW.search(text, last) or _later_as_of(text, last)):
        return []  # 'about 100 arrived there in December 2024, and a couple of hundred have made the move so far'
    # 'The first 100 arrived there in December 2024; by spring 2026 some 200 were on the island': the latest
    latest = max((str(fields["period"]) for fields in found if fields["period"]), default=None)
    return [fields for fields in found if fields["period"] == latest] if latest and len(found) > 1 else found


def last_place(text: str) -> str | None:
    """The place named last in `text`, Guam or another: what a later 'there' or 'the island' stands for."""
    found = list(re.finditer(r"\b(?:Guam|Okinawa|Japan|Hawaii|Australia|Darwin|California|Korea|Philippines)\b", text))
    return found[-1].group(0) if found else None
