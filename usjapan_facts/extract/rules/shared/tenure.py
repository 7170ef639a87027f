"""Whether a leader named in a sentence holds office now, from the words around the name, never from the name.

Both briefs narrate past Administrations and governments ("The Trump Administration had pressed Tokyo ...",
"during the Biden Administration") beside the sitting leader, whose taking office is itself dated in the past
("President Joe Biden was inaugurated on January 20, 2021"). `mark` says, of one mention, whether it names a
leader not (or not yet) in office, the sitting one, the one who took office then, or a leader of past deeds.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import KNOWN_PEOPLE, US_PRESIDENTS
from usjapan_facts.extract.rules.base import CURRENT, PAST, PLAIN, I

UNMARKED = -1
"""A mention whose words say nothing of its tense: the reader keeps what the sentence's clause says."""

NOT_YET = re.compile(r"\b(?:incoming|president-elect|prime-minister-designate|next)\s+$", I)
NOT_SITTING = re.compile(
    r"(?:\b(?:(?:former|ex|then)-|(?:former|vice|challenger|candidate|nominee|rival|hopeful|opponent|then|late|previous|"
    r"prior|past|predecessor|outgoing|erstwhile)\s+)(?:[A-Z][a-z]+\s+)?"
    r"|\b(?:a|any|an\s+eventual|a\s+(?:future|possible|second))\s+"
    r"|\b(?:succeeded|replaced|followed|ousted|unseated|defeated|succeeding|replacing)\s+(?:the\s+)?)$",
    I,
)
"""'former Vice President Joe Biden', 'the late Prime Minister', 'a Biden Administration might ...', 'Takaichi
succeeded Prime Minister Ishiba'."""
NOW = re.compile(r"\b(?:this|second|current|present|sitting)\s+$", I)
DURING = re.compile(r"\b(?:during|throughout|in\s+the\s+(?:days|years|time)\s+of)\s+the\s+(?:first\s+)?$", I)
FIRST = re.compile(r"\bfirst\s+$", I)
TOOK_OFFICE = re.compile(
    r"(?:,\s+who)?\s+(?:took\s+office|assumed\s+office|(?:was|has\s+been)\s+(?:inaugurated|sworn\s+in|(?:re-?)?elected)|"
    r"returned\s+to\s+(?:office|the\s+White\s+House)|"
    r"(?:succeeded|replaced)\s+(?:(?:former\s+)?(?:Prime\s+Minister|President|[Pp]remier)\s+)?[A-Z]|"
    r"won\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:presidential\s+election|presidency|premiership|"
    r"(?:LDP\s+|party\s+)?(?:leadership|presidency)\b))"
)
"""'President Joe Biden was inaugurated on January 20, 2021', 'Prime Minister Takaichi succeeded Ishiba': the
sitting one, from that day."""
_PAST = (
    r"(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|took|withdrew|made|led|began|set|won|gave|sent|struck|sought|"
    r"chose|spent|held|put|left|brought|built|wrote|said|told)\b"
)
PAST_VERB = re.compile(rf"\s+{_PAST}|,\s+who\s+{_PAST}[^;,]{{0,120}},\s+{_PAST}")
"""A verb in the simple past right after the name, or after a relative clause on it in the past: 'The Trump
Administration used ...', 'President Obama visited', 'President Trump, who withdrew the United States from the TPP in
2017, sought ...' (never '..., who returned to power in 2012, has made ...')."""
PAST_WORD = re.compile(
    r"\b(?:[a-z]{2,}ed|took|withdrew|made|led|began|set|won|gave|sent|struck|sought|chose|spent|held|put|left|"
    r"brought|built|wrote|said|told|was|were|had|met|spoke|went|came|flew|saw|became|lost|paid|sold|bought|fought|"
    r"stood|ran|oversaw|forsook|undertook|swore|drew|rose|fell|broke|won)\b(?<!\bneed)(?<!\bspeed)(?<!\bproceed)"
)
"""A verb in the simple past anywhere in a clause, regular or not ('met', 'spoke', 'went')."""
AGENT = re.compile(
    r"\b(?:[a-z]{3,}(?:ed|en)|struck|made|won|begun|set|led|sought|built|brought|wrote|written)\s+"
    r"(?:(?:in|on)\s+[\w ,]{1,20}?\s+)?(?:by|under)\s+(?:the\s+)?$"
)
"""The doer of a past deed named after it: 'agreements negotiated by the Trump Administration have been in force',
'tariffs imposed under President Obama': the deed is past, whatever the sentence says of what it made."""
PRESENT = re.compile(r"\b(?:has|have|is|are|now|currently|remains?|continues?)\b", I)
PAST_PERFECT = re.compile(r"\s+(?:\w+ly\s+)?had\s+(?:\w+ly\s+|already\s+|long\s+)?(?!to\b|not\b)[a-z]+\b")
"""'The Trump Administration had reportedly pressed Tokyo': a deed before the time the sentence narrates."""
LEFT_OFFICE = re.compile(
    r"\W?s\s+(?:successor|replacement)\b"
    r"|,?\s+(?:which\s+|who\s+)?(?:\w+\s+){0,2}?(?:resigned|stepped\s+down|left\s+office|quit|"
    r"(?:whose\s+)?(?:term|tenure|presidency|premiership)\s+ended|"
    r"was\s+(?:replaced|succeeded|ousted|voted\s+out)|was\s+forced\s+out)\b",
    I,
)
"""'President X left office in January 2025', 'The Trump Administration, which left office in 2021, ...', 'Prime
Minister Ishiba's successor'."""
LEAVING = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:announced|said|declared|signaled|confirmed)\s+(?:that\s+)?(?:his|her|he|she)\s+"
    r"(?:resignation|(?:would|will)\s+(?:resign|step\s+down)|intention\s+to\s+(?:resign|step\s+down))\b",
    I,
)
"""'Prime Minister Ishiba announced his resignation': in office until a successor is chosen, no longer for long."""
LEFT_LATER = re.compile(
    r"\b(?:resign\w*|stepped\s+down|step\s+down|left\s+office|quit|was\s+(?:himself\s+|herself\s+|in\s+turn\s+)?(?:succeeded|replaced|ousted)|served\s+until)\b",
    I,
)
"""Words after 'X became prime minister in 2021' that end that tenure: '... and resigned in 2024'."""
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:who|whose|after|when|succeed\w*|replac\w*|following|predecessor)\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b"
)
"""Words between 'became prime minister' and 'resigned' that make the leaving another's: 'succeeding Ishiba
Shigeru, who resigned', 'after Abe Shinzo stepped down'."""


def mark(text: str, start: int, end: int) -> int | None:
    """How current the leader named at text[start:end] is: None (not in office, or not yet), CURRENT, PLAIN (took
    office, so sitting from the date the clause gives), PAST (named for a past deed) or UNMARKED."""
    before = text[max(0, start - 30) : start]
    if NOT_YET.search(before) or NOT_SITTING.search(before) or LEFT_OFFICE.match(text, end):
        return None
    if NOW.search(before):
        return CURRENT
    if LEAVING.match(text, end):
        return PAST
    if TOOK_OFFICE.match(text, end):
        return PLAIN
    if FIRST.search(before) or DURING.search(before) or AGENT.search(before):
        return PAST
    if PAST_PERFECT.match(text, end) or PAST_VERB.match(text, end):
        return PAST
    return UNMARKED


def narrated(text: str, start: int, end: int) -> bool:
    """Tell whether the words around a leader's mention set it in a past the sentence looks back on: 'during the
    Trump Administration', 'the first Trump Administration', 'The Trump Administration had pressed Tokyo'."""
    before = text[max(0, start - 30) : start]
    return bool(FIRST.search(before) or DURING.search(before) or PAST_PERFECT.match(text, end))


def left_later(text: str, start: int) -> bool:
    """Tell whether the leader who took office in text[:start] is said to have left it after: '... became prime
    minister in 2021 and resigned in 2024', never 'became prime minister, succeeding Ishiba, who resigned'."""
    return any(
        not _ANOTHER_SUBJECT.search(_last_part(text[start : found.start()]))
        for found in LEFT_LATER.finditer(text, start)
    )


def _last_part(span: str) -> str:
    """The words of `span` after its last semicolon or joining word: the clause whose subject does the leaving ('...
    when Abe stepped down in 2020, but resigned a year later': the one who took over)."""
    return re.split(r";|\b(?:but|then|and|yet)\b", span)[-1]


SUCCEEDED = re.compile(
    r"\b(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+),\s+who\s+(?:\w+\s+){0,2}?succeeded\s+(?:Prime\s+Minister\s+)?(?:"
    + "|".join(name for name in KNOWN_PEOPLE if name not in US_PRESIDENTS)
    + r")\b(?:\s+[A-Z][a-z]+)?(?!\s+as\s+(?!prime\s+minister|premier|party\s+leader|LDP))"
)
"""'Takaichi Sanae, who succeeded Ishiba Shigeru in October, ...': the successor of a Japanese prime minister, in
office (never one who succeeded him as defense minister)."""


def succeeded(text: str, year: int | None) -> tuple[re.Pattern[str], ...]:
    """`SUCCEEDED`, for a sentence that says 'succeeded' and names no year before the last: 'X, who succeeded Kishida
    in 2024' in a brief of 2026 tells of a tenure that may be over."""
    if "succeeded" not in text or (
        year is not None and any(int(found.group("year")) < year - 1 for found in p.YEAR.finditer(text))
    ):
        return ()
    return (SUCCEEDED,)


_DECADE = re.compile(r"\b(?:the\s+)?(?:(?:early|mid|late)[- ]?\s*)?(?P<decade>(?:19|20)\d)0s\b", I)
"""A decade: 'the 1980s', 'the late 1990s', 'the early 2000s'."""


def decade_before(text: str, start: int, end: int, updated: dt.date | None) -> bool:
    """Tell whether the leader named at text[start:end] is dated by a decade ended before last year, the decade opening
    the sentence ('In the 1980s, Prime Minister Nakasone ...') or set off right after the name ('Prime Minister
    Nakasone, in the 1980s, ...'): a leader of that decade, not the sitting one."""
    if updated is None or "0s" not in text:
        return False
    front = re.match(r"\W*(?:(?:In|During|Back\s+in|Through(?:out)?|By)\s+)(?P<phrase>[^,;]{1,30}),", text)
    near = re.match(r",?\s+(?:in|during)\s+(?P<phrase>[^,;]{1,30})", text[end:])
    for found in (front if front and front.end() <= start else None, near):
        decade = _DECADE.search(found.group("phrase")) if found else None
        if decade and int(decade.group("decade")) * 10 + 9 < updated.year - 1:
            return True
    return False


_DEED_PARTY = re.compile(r"\b(?:[a-z]+ed|made|struck|won|signed|sought|taken|begun|done)\s+(?:with|by|under)\s+$")


def of_deed(text: str, named: re.Match[str]) -> bool:
    """Tell whether the government `named` is the party to a deed a past participle tells ('agreements negotiated
    with the Abe government', 'signed by', 'reached under'): the government of the deed's time, not one sitting now."""
    return _DEED_PARTY.search(text, 0, named.start()) is not None
