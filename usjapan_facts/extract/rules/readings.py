"""Helpers a rule reads a value with: whose it is (Japan's or another country's), the one value a sentence gives,
a percentage or an amount before its words, the period a figure is of, and how current its clause says it is.

Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES, OTHERS_FLOW_WITH_JAPAN
from usjapan_facts.extract.rules.base import CURRENT, PAST, Fields, I, has
from usjapan_facts.extract.stated_years import RELEASED, year_in
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.word_choice import letter_first, may_hold


def about_japan(text: str, start: int) -> bool:
    """Tell whether Japan is the subject of what stands at `start`: named before it, no other country between."""
    before = text[max(0, start - 300) : start]
    last = max(before.rfind("Japan"), before.rfind("Its investors"), before.rfind("its investors"))
    if last < 0 and start < 300 and re.match(r"(?:Its|Japanese) investors\b", text):
        last = 0
    return last >= 0 and not has(OTHER_COUNTRIES, before[last:].replace("Japan", " "), 0)


_JAPAN_NAMED = re.compile(r"\bJapan|\bTokyo\b")


def another_country_before(text: str, start: int, others: str = OTHER_COUNTRIES) -> bool:
    """Tell whether a country in `others` is named before `start` since Japan last was: 'China's economy grew...'.

    For a fact whose subject is Japan but often goes unnamed ('Real GDP grew by 1.9%'): a figure that
    another country stands nearer to belongs to that country.
    """
    before = text[:start]
    last = max((match.end() for match in _JAPAN_NAMED.finditer(before)), default=0)
    return has(others, before[last:], 0)


_US_NAMED = re.compile(r"\b(?:U\.S\.|United\s+States|Americans?)(?!\w)")
_OTHERS_FLOW = re.compile(OTHERS_FLOW_WITH_JAPAN, re.IGNORECASE)


def others_flow_at(text: str, start: int) -> bool:
    """Tell whether a figure at `start` is another country's trade with Japan: it stands inside 'China imported $150
    billion from Japan', or after 'China's imports from Japan' with no U.S. flow named in between."""
    for match in _OTHERS_FLOW.finditer(text) if may_hold(text, ("japan",)) else ():  # each match names Japan
        if match.start() <= start < match.end():
            return True
        if match.end() <= start and not _US_NAMED.search(text, match.end(), start):
            return True
    return False


def one(values: list[Fields]) -> Fields | None:
    """The single value a sentence gives, or None when it gives none or several that disagree.

    The brief's wording (`as_written`) never makes two values disagree; the first wording is kept.
    """
    distinct = {repr(sorted((k, v) for k, v in value.items() if k != "as_written")) for value in values}
    return values[0] if len(distinct) == 1 else None


def percent_before(text: str, follower: str, *, window: int = 40, others: str | None = None) -> Fields | None:
    """The percentage that `follower` comes right after: 'about 25% of facilities'.

    With `others`, a percentage that one of those countries stands nearer to than Japan is not counted.
    """
    values, read = [], list(p.percents(text))
    kin = tuple(match.start() for _, _, match in read)  # 'had pledged a 26% cut; ... raised the goal to 46%'
    for number, qualifier, match in read:
        if (others is not None and another_country_before(text, match.start(), others)) or not_current(
            text, match.start(), kin=kin
        ):
            continue  # another country's, or proposed, demanded or of a long-gone past
        after = text[match.end() : match.end() + window]
        if re.match(rf"\s*(?:of\s+)?(?:all\s+)?{follower}", after, I) or (
            match.group("fraction") and re.match(rf"\s*{follower}", after, I)
        ):
            values.append({"value": p.plain(number), "qualifier": qualifier})
    return one(values)


def money_before(
    text: str, follower: str, *, window: int = 40, others: str | None = None, planned: bool = False
) -> Fields | None:
    """The dollar amount that `follower` comes right after: '$300 million in humanitarian aid'.

    With `others`, an amount that one of those countries stands nearer to than Japan is not counted; with `planned`,
    one pledged or still to be made ('committed to $550 billion ..., to be made before 2029') is.
    """
    values = [
        {"value": dollars, "qualifier": qualifier}
        for dollars, qualifier, match in p.money_amounts(text)
        if re.match(rf"\s*{follower}", text[match.end() : match.end() + window], I)
        and (others is None or not another_country_before(text, match.start(), others))
        and not not_current(text, match.start(), kin=(), planned=planned)  # 'Japan may pledge another $3 billion'
    ]
    return one(values)


def period_of(text: str) -> str | None:
    """The period a sentence dates its figure by: a month ('In May 2022' -> 2022-05), a season, or one year."""
    text = RELEASED.sub(" ", text)
    months = [value for value, match in p.dates(text) if len(value) == 7]
    if len(set(months)) == 1:
        return months[0]
    season = p.SEASON_DATE.search(text)
    if season:
        return f"{season.group('season').lower()} {season.group('year')}"
    return year_in(text)


_CURRENT = re.compile(r"\b(?:currently|current|now|today|at present|presently|as of now)\b", I)
_SINCE_MONTH = re.compile(
    rf"\b(?:[Ss]ince|[Aa]s of|from|effective)\s+(?P<month>{p.MONTH})(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>\d{{4}}))?\b"
)
"""'since July', 'since July 2025', 'from August 7, 2025' (a day between the month and its year)."""
_PAST = re.compile(
    letter_first(
        r"\b(?:initially|originally|previously|formerly|earlier|had been|was|were|used to|until)\b|\bproposed\b"
    ),
    I,
)


def when(text: str, start: int, end: int, updated: dt.date | None) -> Fields:
    """Say how current the value at text[start:end] is, and since when, from the words of its clause."""
    clause_start = max(text.rfind(";", 0, start), text.rfind("—", 0, start), text.rfind(". ", 0, start)) + 1
    clause_end = min((i for i in (text.find(";", end), text.find("—", end)) if i >= 0), default=len(text))
    clause = text[clause_start:clause_end]
    hints: Fields = {}
    since = _SINCE_MONTH.search(clause)
    if since:
        month = p.month_number(since.group("month"))
        year = int(since.group("year")) if since.group("year") else None
        if year is None and updated is not None:
            # "Since July", with no year, is the latest July on or before the cover date.
            year = updated.year if month <= updated.month else updated.year - 1
        if year is not None:
            hints["_date"] = f"{year}-{month:02d}"
        hints["_when"] = CURRENT
    elif _CURRENT.search(clause):
        hints["_when"] = CURRENT
    elif _PAST.search(clause):
        hints["_when"] = PAST
    dated = [value for value, _ in p.dates(clause)]
    if "_date" not in hints and len(set(dated)) == 1:
        hints["_date"] = dated[0]
    elif "_date" not in hints and (last := range_end(clause)):
        hints["_date"] = last  # a period 'August 7, 2025-February 20, 2026' is as recent as its end
    return hints


_RANGE_JOIN = re.compile(r"\s*(?:[-\u2013]|\bto\b|\bthrough\b|\bthru\b)\s*", I)


def range_end(clause: str) -> str | None:
    """The last day of the one period a clause's dates span ('August 7, 2025-February 20, 2026'), else None."""
    found = list(p.dates(clause))
    if len(found) != 2 or not _RANGE_JOIN.fullmatch(clause, found[0][1].end(), found[1][1].start()):
        return None
    return max(found[0][0], found[1][0])
