"""Values a sentence sets apart from the current one, whatever rule read them: a list paired with its subjects in
order ('28,500 and 54,000, respectively'), ranks sharing one word ('the fifth- and seventh-largest'), a value of an
earlier year beside one of a later year ('third in 2010 and fifth in 2021'). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.parsers import ORDINAL_WORD, dates
from usjapan_facts.extract.values import FINDERS, Candidate

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_LISTED = re.compile(r"\s*,?\s*(?:and\s+|or\s+)?")
_RESPECTIVELY = re.compile(r"(?:,?\s+[A-Za-z.'-]+){0,14}?,?\s+respectively\b", I)
_SHARED = re.compile(
    rf"\b(?:{ORDINAL_WORD}|\d\d?(?:st|nd|rd|th))(?:-\s*,?\s+(?:(?:and|or|to)\s+)?|,?\s+(?:and|or|to)\s+)$", I
)
"""An ordinal the rank shares its word with ('the fifth- and seventh-largest'): which is whose is not read."""
_ORDINALS_AFTER = re.compile(rf"(?:\s*,?\s*(?:and|or)\s+(?:{ORDINAL_WORD}|\d\d?(?:st|nd|rd|th))\b)+", I)
"""Bare ordinals listed after a rank ('placed ninth and fourth, respectively'): the rank finder reads only the first."""


_DATED_AT = re.compile(
    r"(?:\s+[\w.$'\u2019-]+){0,6}?\s+(?:in|during)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\b", I
)
"""The year a value is of, a few words after it with no comma between: 'the third-largest source of U.S. imports in
2010' (never 'a 46% cut by 2030, in 2025 ...')."""
_PART_HEAD = re.compile(
    r"\b(?:(?:the|its|a|an|one)\s+)?(?:first|second|third|initial|latest|next|final|last|one|a|an)\s+(?:tranche|"
    r"install?ments?|disbursements?|batch|portion|slice|fraction|part)\s+of\b[^;$\u00a5\d]{0,50}$",
    I,
)
"""A part named as the head of the value's phrase: 'The first tranche of Japan's aid, $100 million', 'a portion of the
support, $1.2 billion'."""
_YEARS = re.compile(r"\b(?:in|during)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b", I)


def set_apart(kind: str, value: object, text: str) -> bool:
    """Tell whether a value a rule read from the sentence is one the sentence sets apart from the current one: of a
    list it pairs with its subjects in order ('U.S. troops in South Korea and Japan number 28,500 and 54,000,
    respectively': which is whose is not read), or dated by an earlier year than another value of its kind ('third
    in 2010 and fifth in 2021'); a date of a list paired in order ('signed and in force on October 7, 2019, and
    January 1, 2020, respectively')."""
    if kind == "date" and isinstance(value, str) and "respectively" in text:
        ordered = [Candidate(day, "exact", *match.span()) for day, match in sorted(dates(text), key=_start)]
        return any(found.value == value and _respective(text, ordered, at) for at, found in enumerate(ordered))
    if kind not in FINDERS or isinstance(value, (dict, list)) or kind in ("year", "month"):
        return False
    if kind in ("money", "count") and any(
        c.value == value and _PART_HEAD.search(text, max(0, c.start - 70), c.start) for c in FINDERS[kind](text)
    ):
        return True  # 'The first tranche of Japan's aid to Ukraine, $100 million, ...': a part's sum, not the whole's
    if kind == "rank" and any(c.value == value and _SHARED.search(text, 0, c.start) for c in FINDERS[kind](text)):
        return True  # 'Japan and Korea were the fifth- and seventh-largest partners'
    paired = "respectively" in text
    if not paired and len(_YEARS.findall(text)) < 2:
        return False
    ordered = sorted(FINDERS[kind](text), key=lambda found: found.start)
    if not ordered:
        return False  # a rank a rule read from words the finder does not ('with Japan next'): nothing to set apart
    ends = [found.start for found in ordered[1:]] + [len(text)]
    years = [_year_after(text, found.end, stop) for found, stop in zip(ordered, ends, strict=True)]
    for at, candidate in enumerate(ordered):
        if candidate.value != value:
            continue
        own = years[at]
        if own is not None and any(year is not None and year > own for year in years):
            return True  # 'the third-largest source in 2010 and the fifth-largest in 2021'
        if paired and _respective(text, ordered, at):
            return True
        listed = _ORDINALS_AFTER.match(text, candidate.end) if kind == "rank" and paired else None
        if listed and _RESPECTIVELY.match(text, listed.end()):
            return True  # 'as a buyer and as a seller, it placed ninth and fourth, respectively'

    return False


def _start(found: tuple[str, re.Match[str]]) -> int:
    return found[1].start()


def _year_after(text: str, start: int, stop: int) -> int | None:
    dated = _DATED_AT.match(text, start, stop)
    return int(dated.group("year")) if dated else None


_WORDED = (
    r"(?:half|(?:a|one|two|three)[- ](?:thirds?|quarters?|fifths?)|[a-z-]+\s+(?:percent|thousand|million|billion))"
)
_WORDED_BEFORE = re.compile(rf"\b{_WORDED}\s*,?\s+(?:and|or)\s+$", I)
_WORDED_AFTER = re.compile(rf"\s*,?\s+(?:and|or)\s+(?:(?:about|some|nearly|roughly|over|almost)\s+)?{_WORDED}", I)
"""A value in words listed beside one in figures ('about half and 70% of ...'), which the finder may not read."""


def _respective(text: str, ordered: list[Candidate], at: int) -> bool:
    first = last = at
    while last + 1 < len(ordered) and _LISTED.fullmatch(text, ordered[last].end, ordered[last + 1].start):
        last += 1
    while first and _LISTED.fullmatch(text, ordered[first - 1].end, ordered[first].start):
        first -= 1
    end = ordered[last].end
    worded = _WORDED_BEFORE.search(text, max(0, ordered[first].start - 40), ordered[first].start)
    if (after := _WORDED_AFTER.match(text, end)) is not None:
        end, worded = after.end(), after
    return (last > first or worded is not None) and _RESPECTIVELY.match(text, end) is not None


__all__ = ["set_apart"]
