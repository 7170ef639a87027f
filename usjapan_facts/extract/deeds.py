"""Deeds done to a person, dated by their sentence: 'Abe was shot and killed on July 8, 2022'; keyed by the person's
family name and the deed (`abe_assassination`), as the record tracks them. Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import day_of
from usjapan_facts.extract.election_dates import last_such_day
from usjapan_facts.extract.event_times import own_day
from usjapan_facts.extract.japan import KNOWN_PEOPLE
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.text import Sentence

_PERSON = r"[A-Z][a-z]+\s+[A-Z][a-z]+"


@dataclass(frozen=True)
class EventPattern:
    slug_suffix: str
    pattern: str
    what: str
    own: bool = False
    """The deed's own date stands in the match (group `when`), whatever other dates the sentence gives."""


_DEED = r"(?:assassinated|shot and killed|shot dead|fatally\s+shot|killed|gunned\s+down|murdered|slain)"
_SHOT_ONLY = re.compile(r"(?:was|been)\s+shot\b(?!\s+(?:and\s+killed|dead))")  # never killed, but for Abe
_SURVIVED = re.compile(r"\b(?:surviv|wound|injur|unhurt|attempt)\w*")
_WHEN = r"(?P<when>[A-Z][a-z]+\s+(?:\d{1,2},\s+)?\d{4})"
_DAY = rf"(?P<day>{p.MONTH}\s+\d{{1,2}})\b(?!,?\s*\d)"
"""A day without its year ('was shot dead while campaigning in Nara on July 8'): the last such day up to the cover."""
EVENT_PATTERNS: tuple[EventPattern, ...] = (
    EventPattern(
        "assassination",
        # the deed's own date right after its object: 'the gunman who killed Abe on July 8, 2022, was sentenced ...'
        rf"\b{_DEED}\s+(?P<title>former\s+Prime\s+Minister\s+)?(?P<name>{_PERSON}|Abe\b)(?:\s+(?:in|at)\s+[A-Z]\w+)?"
        rf",?\s+(?:on|in)\s+{_WHEN}",
        "{title}{name} shot and killed",
        own=True,
    ),
    EventPattern(
        "assassination",
        rf"\b(?:assassinated|shot and killed|shot dead|fatally\s+shot|gunned\s+down|killed)\s+"
        rf"(?P<title>former\s+Prime\s+Minister\s+)?(?P<name>{_PERSON}|Abe\b)",
        "{title}{name} shot and killed",
    ),
    EventPattern(
        "assassination",
        # the deed's verb around its object: 'a gunman shot former Prime Minister Abe dead'
        rf"\bshot\s+(?P<title>former\s+Prime\s+Minister\s+)?(?P<name>{_PERSON}|Abe)\s+dead\b",
        "{title}{name} shot and killed",
    ),
    EventPattern(
        "assassination",
        rf"\b(?P<title>[Ff]ormer\s+Prime\s+Minister\s+)?(?P<name>{_PERSON}|Abe)(?:,[^,;]{{1,90}},)?\s+(?:who\s+)?(?:was|is)\s+"
        rf"{_DEED}\b",
        "{title}{name} shot and killed",
    ),
    EventPattern(
        "assassination",
        # the name may have an aside of its own before the verb ('Abe, who negotiated the deal with Trump, was ...'), or
        # its second deed, each with its own date ('Abe Shinzo, who spoke there in 2015 and was assassinated in 2022')
        rf"\b(?P<title>[Ff]ormer\s+Prime\s+Minister\s+)?(?P<name>{_PERSON}|Abe)(?:,(?:\s+[^,;]{{1,80}},)?\s+who"
        r"(?:\s+[^,;.]{1,80}?\s+and(?=\s+(?:was|had\s+been)\s))?|"
        rf",\s+(?:who\s+)?[^,;]{{1,90}},)?\s+(?:was|had\s+been)\s+(?:fatally\s+shot|{_DEED}|shot)\b(?:\s+while\s+\w+(?:\s+(?:an?\s+|the\s+)?\w+){{0,3}}?)?"
        rf"(?:\s+(?:in|at)\s+(?:the\s+city\s+of\s+)?[A-Z]\w+"
        # the day set off after a comma: 'had been shot and killed on the campaign trail two days before, on July 8'
        r"|\s+(?:(?!\b(?:before|after|ahead\s+of|following|prior\s+to)\s+(?:the|an?|his|its|[A-Z]))[^.;,\d]){1,50}?(?=,))?"
        rf",?\s+(?:on|in)\s+(?:{_WHEN}|{_DAY})",
        "{title}{name} shot and killed",
        own=True,
    ),
    EventPattern(
        "assassination",
        # the deed as a participle set off after the name, dated in its own words: 'Abe, assassinated in July 2022'
        rf"\b(?P<title>[Ff]ormer\s+Prime\s+Minister\s+)?(?P<name>{_PERSON}|Abe),\s+{_DEED}(?:\s+(?:in|at)\s+[A-Z]\w+)?,?\s+"
        rf"(?:on|in)\s+{_WHEN}",
        "{title}{name} shot and killed",
        own=True,
    ),
    EventPattern(
        "assassination",
        # 'Abe Shinzo, the former prime minister who ..., died after being shot while delivering a campaign speech in
        # Nara on July 8, 2022': the death by the shooting, dated in its own words
        rf"\b(?P<title>[Ff]ormer\s+Prime\s+Minister\s+)?(?P<name>{_PERSON}|Abe)(?:,[^;]{{1,120}}?,)?\s+died\s+"
        r"(?:after\s+(?:being|he\s+was)\s+shot|of\s+(?:his\s+)?gunshot\s+wounds|from\s+gunshot\s+wounds)\b"
        r"(?:\s+(?:in|at)\s+[A-Z]\w+)?"  # 'died after being shot in Nara on July 8, 2022'
        rf"(?:\s+(?:while|when)\s+\w+(?:\s+(?:an?\s+|the\s+)?\w+){{0,4}}?(?:\s+(?:in|at)\s+[A-Z]\w+)?)?,?\s+(?:on|in)\s+{_WHEN}",
        "{title}{name} shot and killed",
        own=True,
    ),
    EventPattern(
        "assassination",
        rf"(?:\b(?:{_WHEN}|{_DAY}),?\s+)?\b(?:assassination|killing|murder|shooting)\s+of\s+(?P<title>former\s+Prime\s+Minister\s+)?"
        rf"(?P<name>{_PERSON}|Abe)(?:,?\s+(?:on|in)\s+(?P<on>[A-Z][a-z]+\s+(?:\d{{1,2}}\b(?:,\s+\d{{4}})?|\d{{4}}))"
        r"|\s+(?P<that>(?:later\s+|earlier\s+)?(?:that|the\s+same)\s+month)\b)?",
        "{title}{name} shot and killed",
        own=True,
    ),
    EventPattern(
        "assassination",
        # 'Abe's July 2022 assassination', 'former premier Abe ...; his 2022 assassination': dated in its own words
        rf"\b(?P<title>)(?P<name>{_PERSON}|Abe)(?:\W?s\s+|\b[^.;]{{0,80}}?[;,]\s+his\s+)"
        rf"(?P<when>[A-Z][a-z]+\s+(?:\d{{1,2}},\s+)?\d{{4}}|(?:19|20)\d{{2}})\s+(?:assassination|killing|murder)\b",
        "{title}{name} shot and killed",
        own=True,
    ),
    EventPattern(
        "assassination",
        # 'Abe's assassination in Nara on July 8, 2022', 'Abe's killing in July 2022': dated right after the deed
        rf"\b(?P<title>)(?P<name>{_PERSON}|Abe)\W?s\s+(?:assassination|killing|murder)(?:\s+(?:in|at)\s+[A-Z]\w+)?,?\s+"
        rf"(?:on|in)\s+{_WHEN}",
        "{title}{name} shot and killed",
        own=True,
    ),
)
"""Events said in either voice: 'a gunman shot and killed former Prime Minister Abe', 'Abe was shot and killed'."""


def _known(name: str) -> tuple[str, str] | None:
    """A known person named family name last ('Shinzo Abe'), alone ('Abe'), or first before the given name."""
    words = name.split()
    first = KNOWN_PEOPLE.get(words[0])
    return KNOWN_PEOPLE.get(words[-1]) or (first if first and first[1] == words[-1] else None)


_DEED_WORDS = re.compile(
    r"\b(?:assassinat(?:ed|ion)|shot|gunshot|gunned|killed|killing|shooting|murder(?:ed)?|slain)\b"
)
_APART = re.compile(
    rf"\b(?P<n>{p.NUMBER}|a|one)\s+(?P<unit>days?|weeks?|months?)\s+(?P<side>before|after|ahead\s+of|prior\s+to)\s+",
    re.IGNORECASE,
)
"""A count of days from another event: 'the July 10, 2022, election, two days after Abe was killed' (July 8); 'two
days before the July 10, 2022, vote, Abe was shot' (July 8); 'On July 8, 2022, two days before that vote, Abe was
shot' (the day is the deed's own: the offset dates only the vote)."""
_DEED_IN = re.compile(r"\b(?:assassinat\w*|shot|shooting|killed|killing|death|murder\w*|slain)\b", re.IGNORECASE)


def _anchor_end(text: str, start: int) -> int:
    """Where the event an offset counts from ends: at the first stop, or comma outside a date ('the July 10, 2022,
    election') and an aside ('Abe, the former leader, was'), after `start`."""
    spans = [match.span() for _, match in p.dates(text)]
    at = start
    while stop := re.compile(r"[.;,\u2014]").search(text, at):
        aside = _ASIDE.match(text, stop.start())
        if aside:
            at = aside.end()
        elif stop.group() == "," and any(begin <= stop.start() <= end for begin, end in spans):
            at = stop.end()
        else:
            return stop.start()
    return len(text)


_ASIDE = re.compile(r",\s+(?:the|an?|who|which|whose)\s+[^,;.]{1,80},")

_BESIDE = re.compile(
    r"(?:\s+(?:and\s+killed|dead|to\s+death))?(?:\s+(?:while|as|when)\s+\w+ing(?:\s+(?!on\b)[\w.'\u2019-]+){0,6}?)?"
    r"(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:city\s+of\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?)?,?\s+(?:on|in)\s*$"
)
"""What may stand between the deed's words and its own date: 'killed while campaigning in the city of Nara on'."""


def _apart(text: str, day: str, at: int) -> str | None:
    """The deed's own day when the sentence's one date is another event's, some days before or after it; None when
    the gap is weeks or months, or the date is no day. A date written beside the deed's own words ('two days after
    Abe was shot in Nara on July 8, 2022') is the deed's: the offset dates the other event."""
    apart = _APART.search(text)
    if apart is None:
        return day
    end = _anchor_end(text, apart.end())
    deed = _DEED_IN.search(text, apart.end(), end)
    if deed is None and not apart.end() <= at < end:
        return day  # the deed is the sentence's own event and its day stands apart from the one counted from
    if deed is not None and at >= deed.end() and _BESIDE.match(text[deed.end() : at]):
        return day
    n = 1 if apart.group("n").lower() in ("a", "one") else p.number_of(apart.group("n"))
    if n is None or not apart.group("unit").lower().startswith("day") or len(day) != 10:
        return None
    after = apart.group("side").lower() == "after"
    shift = -int(n) if after == (deed is not None) else int(n)
    return (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()


def _own_date(match: re.Match[str]) -> str | None:
    """The deed's date in its own words: 'in July 2022', 'on July 8, 2022', 'The July 2022 assassination of Abe, on
    July 8' (the day in the month before it); None when no date or a day of another month is given."""
    groups = match.groupdict()
    when = [value for value, _ in p.dates(groups.get("when") or "")]
    if not when and re.fullmatch(r"\d{4}", groups.get("when") or ""):
        when = [groups["when"]]  # 'his 2022 assassination
    on = groups.get("on")
    if on and not when:
        when = [value for value, _ in p.dates(on)]
    elif on and when and len(when[0]) == 7:
        day = re.fullmatch(r"([A-Z][a-z]+)\s+(\d{1,2})", on)
        dated = p.dates(f"{day.group(1)} {day.group(2)}, {when[0][:4]}") if day else ()
        if day and not (dated and dated[0][0][:7] == when[0]):
            return None
        when = [dated[0][0]] if dated else when
    return when[0] if len(when) == 1 else None


def _that_month(match: re.Match[str]) -> str | None:
    """The month 'that month' points back to: the last date written before the deed's words ('the July 2022 election,
    overshadowed by the assassination of Abe that month')."""
    if not match.groupdict().get("that"):
        return None
    before = p.dates(match.string[: match.start()])
    return before[-1][0][:7] if before else None


_RELATIVE = re.compile(
    r"(?P<name>\b[A-Z][a-z]+),\s+(?:the|an?|then)\s+[^,;]*?\swho(?:se)?\s+[^,;]*,|,\s+(?:who(?:se)?|which)\s+[^,;]*,"
)
"""Asides whose year dates no day outside: a relative clause in commas; a name's appositive ('Abe, the man who')."""


def _last_day(day: str | None, context: Context, text: str = "") -> str | None:
    """A past deed's day written without its year: in the sentence's one year where that day is past by the cover
    ('A funeral on September 27, 2022, honored Abe, who had been assassinated on July 8'), else the last such day up
    to the cover date."""
    if day is None or context.updated is None:
        return None
    cover = context.updated.isoformat()
    plain = _RELATIVE.sub(lambda m: (name := m.group("name") or "") + " " * (len(m.group(0)) - len(name)), text)
    years = {found.group(0) for found in p.YEAR.finditer(plain if day in plain else text)}
    if len(years) == 1 and (dated := p.dates(f"{day}, {next(iter(years))}")) and dated[0][0] <= cover:
        return dated[0][0]
    dated = p.dates(f"{day}, {cover[:4]}")
    if not dated:
        return None
    return last_such_day(dated[0][0], cover)


_ORDINAL_DAY = re.compile(r"\s+on\s+the\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\b")
"""The deed's day by its ordinal alone, its month the sentence's: 'July 2022: Abe is assassinated on the 8th'."""


def event_in(sentence: Sentence, context: Context) -> tuple[str, Fields] | None:
    """An event a sentence reports with its date, keyed by slug (`abe_assassination`)."""
    text = sentence.text
    if not any(
        word in text for word in ("shot", "shooting", "kill", "assassinat", "gunned", "murder", "slain")
    ) or not _DEED_WORDS.search(text):
        return None  # the words first, the pattern (whole words) only where one stands
    found = [value for value, _ in p.dates(text)]
    # The sentence's one day, else its one month ('was assassinated in July 2022'), for a deed with no date of its own.
    days = [value for value in found if len(value) == 10] or [value for value in found if len(value) == 7]
    at = next((match.start() for value, match in p.dates(text) if value == days[0]), 0) if days else 0
    for event in EVENT_PATTERNS:
        match = re.search(event.pattern, text)
        if match is None:
            continue
        if _SHOT_ONLY.search(match[0]) and ("Abe" not in match["name"].split() or _SURVIVED.search(text)):
            continue  # 'shot' alone kills only Abe, who died of it: 'Trump, who ... and was shot in Butler, survived'
        if event.own:
            date = _own_date(match) or _last_day(match.groupdict().get("day"), context, text) or _that_month(match)
            order = _known(match.group("name")) if date else None
        elif len(set(days)) == 1:
            order = _known(match.group("name")) or p.name_order(match.group("name"), context.text)
            date = _apart(text, days[0], at) if order else None
            ordinal = _ORDINAL_DAY.match(text, match.end())
            if date and len(date) == 7 and ordinal:
                date = day_of(date, ordinal.group("n"))  # 'July 2022: Abe is assassinated on the 8th'
            date = own_day(text, match, date)  # 'In July 2022, Abe was shot ... while campaigning on July 8'
        elif not found and len(alone := re.findall(_DAY, text)) == 1 and not _APART.search(text):
            # the sentence's one day, without its year: 'Japanese politics were jolted on July 8, when former Prime
            # Minister Abe Shinzo ... was shot and killed'
            order = _known(match.group("name"))
            date = _last_day(alone[0], context, text) if order else None
        else:
            continue
        if order is None or date is None:
            continue
        title = "Former Prime Minister " if match.group("title") else ""  # the record's wording, either voice
        what = event.what.format(title=title, name=match.group("name"))
        return f"{order[0].lower()}_{event.slug_suffix}", {"what": what[0].upper() + what[1:], "date": date}
    return None
