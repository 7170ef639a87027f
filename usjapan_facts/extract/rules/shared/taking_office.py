"""Leaders named before their title: the one a sentence says took office, is in office, or was chosen.

"Suga Yoshihide became prime minister", "Donald Trump was sworn in for a second term as President", "Abe Shinzo, who
is set to become Japan's longest-serving prime minister", "The Diet then elected him prime minister" (the one the
sentence before says his party chose as its leader: `diet_choice`). `leaders` asks these when no title names a leader.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import KNOWN_PEOPLE, OTHER_COUNTRIES, US_PRESIDENTS, known_person
from usjapan_facts.extract.rules.base import Context, Fields, I, has
from usjapan_facts.extract.rules.readings import when
from usjapan_facts.extract.rules.shared import tenure
from usjapan_facts.extract.word_choice import holds_any

NOT_SITTING = re.compile(
    r"(?:\b(?:former|then|late|ex|previous|past|predecessor|outgoing|erstwhile)(?:[- ]|,\s)?\s*|"
    r"\b(?:(?:grand|great-grand)?(?:daughter|son|father|mother)|brother|sister|widow|nephew|niece|namesake)\s+of\s+"
    r"(?:the\s+late\s+)?)(?:U\.S\.\s+|Japanese\s+|Japan(?:'s)?\s+)?$",
    I,
)
NAME = r"[A-Z][a-z]+(?:-[a-z]+)?"
NOT_NAMES = frozenset((
    "Japan", "China", "Korea", "Taiwan", "Russia", "India", "Australia", "America", "Tokyo", "Washington", "Beijing",
    "Seoul", "Okinawa", "Congress", "Diet", "Parliament", "Cabinet", "Administration", "Government", "Office",
    "Minister", "President", "Party", "Committee", "Council", "House", "Senate", "State", "States", "United",
))  # fmt: skip
"""Capitalised words that follow a title without being a name: 'Japan Prime Minister / Japan, a U.S. ally' cut."""
ABROAD = (
    rf"{OTHER_COUNTRIES}|\b(?:Beijing|Seoul|Pyongyang|Taipei|Moscow|Manila|Hanoi|New\s+Delhi|Canberra|Ottawa|"
    r"Mexico\s+City|Berlin|London|Paris|Brussels|Jakarta|Kyiv|Tehran)\b"
)
"""Another country or its capital: a president named beside one, and by no known U.S. president's name, may be its."""
PM_TITLE = r"(?:Prime\s+Minister|prime\s+minister|Prime\s+minister|[Pp]remier|PM)"
PM_ROLE = (
    rf"(?:{PM_TITLE}|(?<=Japan.s\s)leader\b(?!\s+of\b)|head\s+of\s+(?:the\s+)?(?:Japanese\s+)?government\b(?!\s+of\b))"
)
"""The office by its title or by its role: 'Japan's leader', 'head of government' (never a party's: 'leader of')."""


def person(family: str, given: str | None, as_written: str) -> Fields:
    return {"value": {"family": family, "given": given}, "as_written": as_written}


# "Suga Yoshihide became Japan's prime minister": the name before the title, taking office; the name may stand in
# apposition ("His counterpart, Ishiba Shigeru, became ...") or before one ("X, elected ... (LDP) on May 4, became",
# "X, a former foreign minister who became Japan's 100th prime minister", the office's count no rank).
_BECAME = re.compile(
    rf"\b(?P<name>{NAME}(?:\s+{NAME})?)(?:,\s+(?P<aside>[^;]{{3,120}}?),(?=\s+(?:became|took|was|stepped)\b)|,(?=\s+became\b)|(?P<who>,\s+(?:(?:a|an|the)\s+(?:(?:[a-z-]+|[A-Z]{{2,5}})\s+){{1,6}}?)?who))?\s+(?:became|took\s+(?:office|over|the\s+(?:helm|reins))\s+as|(?:assumed\s+office|stepped\s+in)\s+as|was\s+(?:(?:formally\s+)?(?:elected|voted(?:\s+in\s+as)?)|sworn\s+in\s+as|appointed|named|"
    r"(?:chosen|installed|picked|confirmed)\s+(?:as|to\s+be)))\s+"
    rf"(?:Japan\W?s\s+|the\s+)?(?:new\s+|next\s+)?(?:\d{{2,3}}(?:st|nd|rd|th)\s+)?(?:first\s+(?:woman|female)\s+)?{PM_ROLE}"
    # the title in the aside, the taking of office after it: 'X, Japan's first woman prime minister, took office in ...'
    rf"|\b(?P<titled>{NAME}(?:\s+{NAME})?),\s+(?:Japan\W?s|the)\s+(?:[\w-]+\s+){{0,3}}?{PM_TITLE}(?:\s+in\s+Japan\W?s\s+history)?,\s+"
    r"(?:took\s+office|assumed\s+office|was\s+sworn\s+in|took\s+power)\b"
)


_MADE = re.compile(
    rf"\b(?:made|makes|making|installed|installs|(?<=Diet\s)elected|(?<=Diet\s)chose)\s+(?P<name>{NAME}(?:\s+{NAME})?)\s+(?:as\s+|to\s+be\s+)?(?:Japan\W?s\s+|the\s+)?"
    rf"(?:new\s+|next\s+)?{PM_TITLE}\b"
)
"""'The LDP's choice ... made Ishiba Japan's prime minister': the leader a deed put in office, name before the title."""
_IS = re.compile(
    rf"\b(?P<name>{NAME}\s+{NAME})\s+(?:is|remains|serves\s+as|has\s+(?:served\s+as|been))\s+(?:now\s+|still\s+)?(?:Japan\W?s\s+|the\s+)?"
    rf"(?:current\s+|sitting\s+)?{PM_ROLE}"
    # the office first: 'The current prime minister is Kishida Fumio', 'Japan's leader since 2021, Kishida Fumio,'
    rf"|(?:^\W*|\b(?:Japan\W?s|[Tt]he)\s+(?:current\s+|sitting\s+)?){PM_ROLE}(?:\s+of\s+Japan)?(?:\s+(?:is|remains)\s+(?:now\s+)?"
    rf"|\s+since\s+[^,;]{{1,30}},\s+|,\s+(?={NAME}\s+{NAME},))(?P<holder>{NAME}\s+{NAME})\b"
)
"""'Shigeru Ishiba is Japan's prime minister', 'Japan's premier, Takaichi Sanae, has': the one in office."""
_HOLDER = re.compile(rf"(?P<name>{NAME}\s+{NAME})")
_LONE = re.compile(rf"(?P<name>{NAME})")
_SINCE = re.compile(
    rf"\b(?P<name>{NAME}\s+{NAME}),\s+(?:Japan\W?s|the\s+Japanese|the)\s+(?:current\s+|sitting\s+|new\s+|"
    rf"first\s+(?:woman|female)\s+)?(?:{PM_TITLE})"
    rf"(?:\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:{p.MONTH}|(?:19|20)\d\d|last)\b|(?=,))"
)
"""'Shinzo Abe, Japan's prime minister since December 2012, ...', 'Kishida Fumio, the prime minister, said': the title
in apposition, held now (since a date, or bare)."""
_SUCCEEDED_AS = re.compile(
    rf"\b(?P<name>{NAME}(?:\s+{NAME})?)\s+(?:succeeded|took\s+over\s+from)\s+(?:{NAME}\s+){{1,2}}?as\s+"
    rf"(?:Japan\W?s\s+)?{PM_ROLE}"
)
"""'Suga Yoshihide succeeded Abe as prime minister on September 16, 2020', 'took over from Suga as head of
government': the successor, in office."""
_GOVERNMENT = r"(?:Japan\W?s|the\s+Japanese|Tokyo\W?s)\s+(?:new\s+|current\s+)?(?:government|cabinet|Cabinet)\b"
_HEADS = (
    # 'Japan's government, headed since October 2021 by Kishida Fumio': the office held now, the holder after 'by'
    re.compile(
        rf"\b{_GOVERNMENT},?\s+(?:(?:which\s+)?(?:is|has\s+been)\s+)?(?:now\s+)?(?:headed|led)\s+"
        rf"(?:since\s+[^,;()]{{1,30}}?\s+)?by\s+(?:Prime\s+Minister\s+)?(?P<name>{NAME}\s+{NAME})"
    ),
    # 'Kishida Fumio, who has led Japan's government since 2021': the holder first, in the present
    re.compile(
        rf"\b(?P<name>{NAME}\s+{NAME}),?\s+(?:who\s+)?(?:now\s+)?(?:heads|leads|has\s+(?:headed|led))\s+{_GOVERNMENT}"
    ),
    # 'the cabinet of Kishida Fumio'
    re.compile(
        rf"\b(?:Japan\W?s\s+|[Tt]he\s+)(?:current\s+)?(?:government|cabinet|Cabinet)\s+of\s+(?:Prime\s+Minister\s+)?"
        rf"(?P<name>{NAME}\s+{NAME})"
    ),
    # 'The Kishida government has urged ...': named for its leader (a known one: `_sitting` asks the name's order)
    re.compile(r"\b(?:[Tt]he|Japan\W?s)\s+(?:current\s+)?(?P<name>[A-Z][a-z]+)\s+(?:government|[Cc]abinet)\b"),
)
"""The leader named by the office's role: who heads or leads Japan's government, or whose cabinet it is; never one
whose tenure the words bound ('led the government until 2020', 'from 2012 to 2020')."""
_TOOK_OVER = (
    re.compile(
        rf"\b(?P<name>{NAME}\s+{NAME})(?:,\s+(?P<aside>[^,;]{{1,50}}),)?\s+(?:took\s+over|took\s+(?:the\s+)?(?:reins|helm)\s+of|assumed(?:\s+control\s+of|\s+the\s+"
        rf"leadership\s+of)?|inherited)\s+{_GOVERNMENT}"
    ),
    re.compile(rf"\b(?:handed|passed|turned)\s+(?:over\s+)?{_GOVERNMENT}\s+(?:over\s+)?to\s+(?P<name>{NAME}\s+{NAME})"),
)
"""The office changing hands: 'Suga Yoshihide took over Japan's government from Abe', 'Abe handed Japan's government to
Suga': the one who took it, unless the sentence dates the handover before last year, or says the one who took it
gave it up ('..., who resigned a year later', 'took over ..., only to hand it to ...') or held it before another
('Before Ishiba, Kishida took over ...')."""
_HANDED_ON = re.compile(
    rf"\bonly\s+to\s+(?:hand|lose|pass|cede|give\s+up|surrender)\b|^\s*(?:Before|Until)\s+(?:{NAME}\s+)?{NAME},"
)
ROLE_WORDS = ("headed", "heads", "leads", "has led", "led by", "cabinet", "government", "took over", "leader")
"""Words one of which a sentence naming the leader by the office's role holds (a rule's `needs`)."""
_BOUNDED = re.compile(r"\s*(?:,\s*)?(?:until|till|from\s+[^,;]{1,20}?\s+(?:to|until)|between)\b")
_GONE = re.compile(r"\b(?:died|killed|assassinated|resigned|stepped\s+down|left\s+office)\b")
"""Words of an aside before 'became' that put the leader out of office now."""


_INTO_OFFICE = re.compile(
    rf"\b(?:[Ii]nto|[Ii]n)\s+(?:his|her)\s+(?:\w+\s+){{0,2}}?(?:premiership|(?:year|months?|term)\s+as\s+{PM_TITLE}),\s+"
    rf"(?P<name>{NAME}\s+{NAME})(?=\s+(?:has|is|remains|continues|now)\b)"
)
"""'Ten months into her premiership, Takaichi Sanae has ...': the one in office, named after the office."""

_OFFICE_WORDS = ("government", "abinet")
_CUED = (
    (_BECAME, ("became", "took", "assumed", "stepped", "elected", "sworn", "appointed", "named", "chosen", "installed",
               "picked", "confirmed", "voted")),
    (_INTO_OFFICE, ("premiership", "year", "month", "term")),
    (_MADE, ("made", "makes", "making", "installed", "installs", "elected", "chose")),
    (_IS, ()),
    (_SINCE, ()),
    *((pattern, _OFFICE_WORDS) for pattern in (*_HEADS, *_TOOK_OVER)),
)  # fmt: skip
"""The patterns of a leader taking or holding office, in the order tried, each with the words (case-sensitive, as the
patterns are) one of which its every match holds (keep it so; `_OFFICE_WORDS`: `_GOVERNMENT`'s): a sentence without
any is spared the pattern; none, it is always tried."""


def became(text: str, context: Context) -> list[Fields]:
    """The leader a sentence says took office as prime minister, name first: 'Takaichi Sanae became prime minister'
    ('Suga Yoshihide, chief cabinet secretary for years, became ...'), or is in office: 'Ten months into her
    premiership, Takaichi Sanae has ...'."""
    values = []
    year = context.updated.year if context.updated else None
    succeeded = tenure.succeeded(text, year)  # none in a sentence naming a year before the last
    # 'took over from Suga as ...' says what 'succeeded' does, read alike (no year before the last)
    other_verb = "succeeded" not in text and bool(tenure.succeeded(text.replace("took over from", "succeeded"), year))
    found = (*(pattern for pattern, words in _CUED if not words or holds_any(text, words)), *succeeded)
    found = (*found, *((_SUCCEEDED_AS,) if succeeded or other_verb else ()))
    for match in (one for pattern in found for one in pattern.finditer(text)):
        held = _HOLDER.match(text, match.start("holder")) if match.re is _IS and match.group("holder") else None
        apposed = held is not None and text[: held.start()].endswith(", ")  # 'The premier, Kishida Fumio, visited'
        match = held or match  # the office named first: its holder, after it
        taking = match.re is _BECAME
        if taking and match.group("titled"):
            match = _HOLDER.match(text, match.start("titled")) or _LONE.match(text, match.start("titled")) or match
        if match.re in _HEADS and _BOUNDED.match(text, match.end()):
            continue  # 'Suga Yoshihide led Japan's government from 2020 to 2021'
        if match.re is _HEADS[-1] and (match.group("name") not in KNOWN_PEOPLE or match.group("name") in US_PRESIDENTS):
            continue  # 'the Trump government' is no cabinet of Japan's
        if match.re in _HEADS[2:] and (_told_past(text) or _dated_deed(text, 0, year) or tenure.of_deed(text, match)):
            continue  # 'The Abe government negotiated the deals in 2019', 'deals negotiated with the Abe government'
        if match.re in _TOOK_OVER and year is not None and any(int(y) < year - 1 for y in p.YEAR.findall(text)):
            continue  # 'In 2012, Abe Shinzo took over Japan's government from Noda': a handover long past
        if match.re in _TOOK_OVER and (_GONE.search(text, match.end()) or _HANDED_ON.search(text)):
            continue  # 'Kishida handed Japan's government to Ishiba, who resigned a year later'
        if _GONE.search(match.groupdict().get("aside") or ""):
            continue  # 'Abe Shinzo, who died in 2022, became prime minister in 2012': not the sitting one
        if match.groupdict().get("who") and _GONE.search(text, match.end()):
            continue  # 'Abe Shinzo, who became prime minister in 2012, was assassinated in 2022'
        if (
            apposed or match.groupdict().get("who") or (match.re is _SINCE and "since" not in match.group(0))
        ) and _dated_deed(text, match.end(), year):
            continue  # 'Kishida Fumio, the prime minister, visited Washington in 2024' in a brief of 2025: a past deed

        if taking and _SUBORDINATE.search(text, 0, match.start()):
            continue  # 'When Abe Shinzo became prime minister in 2012, ...': the time of another deed
        read = _sitting(text, match, context)
        if taking and context.updated is not None:
            # a taking of office two years before no longer says who sits: 'X took office in October 2021' in 2026
            updated = context.updated
            read = [{**one, "_stale": True} if taken_long_ago(one, text, match.end(), updated) else one for one in read]
        values += read
    return values


_TAKEN_IN = re.compile(
    r"^\W*(?:In|By)\s+(?P<front>(?:19|20)\d\d),|\s+(?:in|on)\s+(?:[\w,]+\s+){0,2}?(?P<after>(?:19|20)\d\d)\b"
)
"""The year of a taking of office, opening the sentence ('In 2006, Abe ...') or right after it ('named ... in 2006')."""


def taken_long_ago(read: Fields, text: str, end: int, updated: dt.date) -> bool:
    """Tell whether the taking of office `read` dates (or, undated, the year opening the sentence or right after the
    words ending at `end`) lies more than two years before the cover."""
    year = _TAKEN_IN.match(text) or _TAKEN_IN.match(text, end)
    date = str(read.get("_date") or (year and (year.group("front") or year.group("after"))) or "")
    if not date:
        return False
    month = int(date[5:7]) if len(date) >= 7 else 12
    return (updated.year - int(date[:4])) * 12 + updated.month - month > 24


_SUBORDINATE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce|[Bb]y\s+the\s+time)\s+$")
"""A clause opening on the taking of office dates another deed by it: 'When Kishida became prime minister, ...'."""


def _told_past(text: str) -> bool:
    """Tell whether a sentence is told in the past only: its verbs past, none present."""
    return bool(tenure.PAST_WORD.search(text)) and not tenure.PRESENT.search(text)


def _dated_deed(text: str, end: int, year: int | None) -> bool:
    """Tell whether the words after the clause ending the title (past its first comma) date a deed before the cover's
    year: the title is then that deed's, not a sign the leader sits now."""
    comma = text.find(",", end)
    return year is not None and comma >= 0 and any(int(found) < year for found in p.YEAR.findall(text, comma))


def _sitting(text: str, match: re.Match[str], context: Context) -> list[Fields]:
    """The leader `match` names, unless the words are no name, the title is a former one, or the sentence says the
    leader left office after ('X became prime minister in 2021 and resigned in 2024'); none when no name order is
    known."""
    words = match.group("name").split()
    if NOT_NAMES.intersection(words) or NOT_SITTING.search(text[max(0, match.start() - 30) : match.start()]):
        return []
    if tenure.left_later(text, match.end()):
        return []
    known = known_person(words)
    order = known or p.name_order(match.group("name"), context.text)
    if order is None:
        return []
    return [
        {**person(order[0], order[1], match.group("name")), **when(text, match.start(), match.end(), context.updated)}
    ]


_LONGEST = re.compile(
    rf"\b(?P<name>{NAME}\s+{NAME}),?\s+(?:who\s+(?:[^,;.]{{0,40}}?\s+)?)?"
    r"(?:is\s+(?:set|poised|about|due|on\s+track)\s+to\s+become|will\s+become|has\s+(?:now\s+)?become|is\s+(?:now\s+)?)\s+"
    rf"(?:Japan\W?s|the(?:\s+country\W?s)?)\s+longest[- ](?:(?:continuously\s+)?serving|tenured)\s+{PM_TITLE}\b"
)
"""'Abe Shinzo, who in November is set to become Japan's longest-serving prime minister': only the one in office can
become (or is now) the longest-serving; never 'X, the longest-serving prime minister, resigned', which has no verb."""


def longest_serving(text: str, context: Context) -> list[Fields]:
    """The prime minister a sentence says is, or is about to be, the longest-serving one: the sitting one."""
    return [value for match in _LONGEST.finditer(text) for value in _sitting(text, match, context)]


_SWORN_IN = re.compile(
    rf"\b(?P<name>{NAME}(?:\s+[A-Z]\.)?\s+{NAME})\s+(?:was\s+(?:sworn\s+in|inaugurated)|took\s+office|became|"
    r"returned\s+to\s+office)(?:\s+for\s+(?:a|his|her)\s+[^.;]{0,40}?\bterm)?\s+(?:as\s+)?(?:the\s+)?(?:new\s+|\d\d(?:st|nd|rd|th)\s+)?"
    r"(?:U\.S\.\s+)?[Pp]resident\b(?!\s+of\s+(?!the\s+United\s+States))(?!-elect)"
    rf"|\b(?P<named>{NAME}(?:\s+[A-Z]\.)?\s+{NAME}),\s+(?:the\s+)?(?:current\s+|sitting\s+)?(?:U\.S\.|American)\s+"
    r"[Pp]resident(?=,)"
)
"""'Donald Trump was sworn in for a second, nonconsecutive term as President on January 20': the sitting president,
name before the title; never 'became president of the LDP'."""


def sworn_in(text: str, context: Context) -> list[Fields]:
    """The U.S. president a sentence says took office, name first; one of long ago (before last year) is stale."""
    values: list[Fields] = []
    for match in _SWORN_IN.finditer(text):
        name = match.group("name") or match.group("named")  # 'Donald J. Trump, the U.S. president, ...' too
        if (
            match.group("named")
            and context.updated
            and any(int(year) < context.updated.year for year in p.YEAR.findall(text))
        ):
            continue  # 'Joe Biden, the U.S. president, visited Tokyo in 2022': the title of a past deed's day
        words = [word for word in name.split() if not re.fullmatch(r"[A-Z]\.", word)]
        if NOT_NAMES.intersection(words) or NOT_SITTING.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        if words[-1] not in US_PRESIDENTS and has(ABROAD, text, 0):
            continue  # 'Lee Jae-myung was sworn in as President in Seoul': not a known U.S. president
        if tenure.left_later(text, match.end()) or len(words) != 2:
            continue
        hints = when(text, match.start(), match.end(), context.updated)
        year = str(hints.get("_date", ""))[:4]
        if year and context.updated is not None and context.updated.year - int(year) > 1:
            hints["_stale"] = True  # 'Joe Biden was sworn in as President in January 2021', in a brief of 2025
        values.append({**person(words[1], words[0], " ".join(words)), **hints})
    return values
