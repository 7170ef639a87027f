"""Every value of one kind in a sentence, however it is written: figures, number words, ranks in any form.

The declared-fact reader (`extract.meaning`) asks for the candidates of a fact's kind and then ties each
to its subject; here a value is only found, with its hedge and where it stands. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from usjapan_facts.extract import parsers as p

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is


@dataclass(frozen=True)
class Candidate:
    """A value as the sentence writes it: the number, its hedge, and the span the words tying it start from."""

    value: int | float | str
    qualifier: str
    start: int
    end: int


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_WORD = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
_WORDS = rf"{_WORD}(?:-{_WORD})?(?:(?:\s+|-)(?:and\s+)?(?:{_WORD}(?:-{_WORD})?|hundred|thousand|million))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EXTRA_HEDGES = (
    ("just over", "over"), ("just under", "under"), ("slightly more than", "over"), ("well over", "over"),
    ("slightly over", "over"), ("a little over", "over"), ("in excess of", "over"), ("nearly", "nearly"),
    ("just shy of", "nearly"), ("some", "about"), ("approximately", "about"), ("at or near", "about"),
    ("in the neighborhood of", "about"), ("in the neighbourhood of", "about"), ("on the order of", "about"),
    ("in the region of", "about"), ("near", "about"), ("an estimated", "about"), ("upward of", "over"),
    ("a little more than", "over"), ("a bit more than", "over"), ("a little less than", "under"),
    ("slightly less than", "under"), ("a bit less than", "under"),
)  # fmt: skip
_HEDGE = "(?:" + "|".join(re.escape(words) for words, _ in _EXTRA_HEDGES) + rf"|{p.HEDGE})"
_NUMBER = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s+)?(?P<number>(?<![\w$¥.,])(?:{_DIGITS})(?:\s+(?P<scale>thousand|million))?"
    rf"(?![\d%])|\b{_WORDS}\b)",
    I,
)


def _qualifier(hedge: str | None) -> str:
    if not hedge:
        return "exact"
    words = " ".join(hedge.casefold().split())
    return next((q for phrase, q in _EXTRA_HEDGES if phrase == words), None) or p.qualifier_of(words)


def words_value(text: str) -> Decimal | None:
    """Read 'twenty-eight thousand five hundred' as 28500; None when it is not a number in words."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.casefold()):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALE:
            total += (current or 1) * _SCALE[word]
            current = 0
        else:
            return None
    return Decimal(total + current)


def _number(match: re.Match[str]) -> Decimal | None:
    written = match.group("number")
    if written[0].isdigit():
        number = Decimal(written.split()[0].replace(",", ""))
        return number * _SCALE[match.group("scale").casefold()] if match.group("scale") else number
    return words_value(written)


@lru_cache(maxsize=512)
def counts(text: str) -> tuple[Candidate, ...]:
    """Every count: '54,000', 'more than fifty thousand', 'some 9 thousand'; never a year, percent or amount."""
    found = []
    for match in _NUMBER.finditer(text):
        number = _number(match)
        after = text[match.end() : match.end() + 12].casefold()
        if number is None or re.match(r"\s*(?:%|percent|billion|trillion|dollars|yen)", after):
            continue
        if re.fullmatch(r"(?:19|20)\d{2}", match.group("number")):
            continue
        found.append(Candidate(p.plain(number), _qualifier(match.group("hedge")), match.start(), match.end()))
    return tuple(found)


_FRACTIONS = {
    **{word: float(share) for word, share in p.FRACTIONS.items()},
    **dict.fromkeys(("one quarter", "a fourth", "one-fourth", "one fourth"), 25.0),
    "three-fourths": 75.0,
}
_PERCENT = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s+)?(?:(?P<number>{_DIGITS}|{_WORDS})[\s-]?(?:%|percent\b|per cent\b)|"
    rf"\b(?P<fraction>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})\s+of\b)",
    I,
)


_PERCENT_HINT = re.compile(r"%|percent|per cent|quarter|half|third|fourth|fifth", I)


@lru_cache(maxsize=512)
def percents(text: str) -> tuple[Candidate, ...]:
    """Every percentage: '25%', 'sixty percent', 'about a quarter of', 'more than half of'."""
    if not _PERCENT_HINT.search(text):
        return ()  # most sentences hold no percentage: one quick scan instead of the full pattern's
    found = []
    for match in _PERCENT.finditer(text):
        if match.group("fraction"):
            value: Decimal | None = Decimal(str(_FRACTIONS[" ".join(match.group("fraction").casefold().split())]))
        else:
            written = match.group("number")
            value = Decimal(written.replace(",", "")) if written[0].isdigit() else words_value(written)
        if value is not None:
            found.append(Candidate(p.plain(value), _qualifier(match.group("hedge")), match.start(), match.end()))
    return tuple(found)


_MONEY = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s+)?(?:\$\s?(?P<amount>{_DIGITS})\s*(?P<scale>million|billion|trillion)\b|"
    rf"\b(?P<words>{_DIGITS}|{_WORDS})\s+(?P<wscale>million|billion|trillion)\s+(?:U\.S\.\s+)?dollars\b)",
    I,
)


_CONVERTED = re.compile(rf"\b(?P<hedge>{_HEDGE})\s+¥\s?[\d.,]+(?:\s*(?:million|billion|trillion))?\s*\(\s*(?:US)?$", I)


def _converted_hedge(text: str, start: int) -> str | None:
    """The hedge of the yen amount a dollar amount converts: 'roughly ¥211 billion ($1.4 billion)' is about."""
    if start == 0 or "(" not in text[max(0, start - 3) : start]:
        return None
    before = _CONVERTED.search(text[max(0, start - 80) : start])
    return before.group("hedge") if before else None


@lru_cache(maxsize=512)
def amounts(text: str) -> tuple[Candidate, ...]:
    """Every dollar amount with its scale: '$120.1 billion', 'roughly two billion dollars'."""
    found = []
    for match in _MONEY.finditer(text):
        written, scale = match.group("amount"), match.group("scale")
        if written is None:
            written, scale = match.group("words"), match.group("wscale")
        number = Decimal(written.replace(",", "")) if written[0].isdigit() else words_value(written)
        if number is not None:
            dollars = int(number * _SCALE[scale.casefold()])
            hedge = match.group("hedge") or _converted_hedge(text, match.start())
            found.append(Candidate(dollars, _qualifier(hedge), match.start(), match.end()))
    return tuple(found)


@lru_cache(maxsize=512)
def years(text: str) -> tuple[Candidate, ...]:
    """Every year: 1952, 2030 (not a part of an amount or of a longer number)."""
    return tuple(
        Candidate(int(match.group(0)), "exact", match.start(), match.end())
        for match in re.finditer(r"(?<!\d,)(?<!\d\.)(?<![\d$])\b(?:19|20)\d{2}\b(?!,\d|\.\d|\d|%)", text)
    )


@lru_cache(maxsize=512)
def months(text: str) -> tuple[Candidate, ...]:
    """Every month date: 'December 2021' -> '2021-12'."""
    return tuple(
        Candidate(value, "exact", match.start(), match.end()) for value, match in p.dates(text) if len(value) == 7
    )


_ORDINAL = rf"(?:{p.ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
_SUPERLATIVE = r"(?:largest|biggest|top|leading|greatest|most important)"
_RANK = re.compile(
    rf"\b(?P<ordinal>{_ORDINAL})(?:[- ]|-\s)(?:{_SUPERLATIVE})\b"
    rf"|\b(?:ranks?|ranked|ranking|placed|stood|stands)\s+(?:as\s+(?:the\s+)?)?(?P<ranked>{_ORDINAL})\b"
    rf"(?![- ]{_SUPERLATIVE})"
    rf"|\b(?P<among>{_ORDINAL})\s+(?=among\b|on\s+the\s+list\b)"
    rf"|\b(?:fell|dropped|slipped|slid|sank|rose|climbed|jumped|moved|fallen|risen)\s+(?:back\s+)?to\s+(?:the\s+)?"
    rf"(?P<moved>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})"
    rf"|\b(?P<as_a>{_ORDINAL})\s+(?=as\s+an?\s+(?:market|buyer|destination|customer|supplier|source|holder|investor)\b)"
    rf"|\b(?P<only>second|third)\s+only\s+to\s+(?:that\s+of\s+)?(?:the\s+)?(?:[A-Z][\w.]*\s*){{1,3}}"
    r"(?:(?:as|among)\s+(?:an?\s+|the\s+)?)?"
    r"|\b(?P<trail>trail(?:s|ed)?\s+only)\s+(?:those\s+of\s+)?(?:the\s+)?[A-Z][\w.]*(?:\W?s)?"
    r"|(?P<one>\b(?:single\s+)?(?:largest|biggest|greatest|No\.\s?1|number[- ]one)\b|(?:\bthe\s+|,\s+)top\b"
    r"|\bthe\s+(?:single\s+)?leading\b"
    r"|\b(?:tops?|topped|topping|heads?|headed|heading|leads?|led|leading)\s+(?:the\s+)?(?:list|ranks|ranking)\s+of\b)"
    r"|\b(?P<except>more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+(?:those\s+of\s+|by\s+)?"
    r"(?:the\s+)?(?:investors\s+(?:of|from)\s+)?any\s+(?:other\s+)?(?:country|nation|economy)\s+"
    r"(?:except|but|other\s+than|save|apart\s+from)\s+(?:the\s+)?[A-Z])"
    r"|\bthe\s+(?:most|largest|highest)\s+(?:of|among)\s+any\s+(?:other\s+)?(?:foreign\s+)?(?:country|nation|investor|economy)\b"
    r"|\b(?P<more>more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+(?:those\s+of\s+|by\s+)?"
    r"(?:the\s+)?(?:investors\s+(?:of|from)\s+)?any\s+other\s+(?:country|nation|foreign|economy))",
    I,
)
_NAME = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\W?s)?"


def _list(group: str) -> str:
    return rf"(?P<{group}>{_NAME}(?:,\s+{_NAME})*(?:,?\s+(?:and|or)\s+{_NAME})?)"


_BY_LIST = re.compile(
    rf"\b[Oo]nly\s+{_list('buyers')}\s+(?:(?:buy|bought|buys|purchase[sd]?|import(?:s|ed)?|has|have|had|hold|holds|held|own|owns|"
    rf"owned|invest(?:s|ed)?)\s+(?:a\s+)?(?:more|larger|bigger|greater)|(?:outrank|exceed|surpass|outpace|top)(?:s|ed)?)\b"
    rf"(?![^;]{{0,100}}?\bthan\s+(?!Japan|it\b|does\s+Japan)[A-Z])"
    rf"|\b(?:trail(?:s|ed|ing)?|behind)\s+only\s+{_list('leaders')}"
    rf"|\btrail(?:s|ed|ing)?\s+(?P<several>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"
    rf"|\b(?:exceeded|surpassed|outranked|outpaced|topped)\s+only\s+by\s+(?:(?:that|those)\s+of\s+)?{_list('rivals')}",
)
"""A rank said by the countries ahead: 'only Canada, Mexico, and China buy more' (4th), 'trails China and Canada'
(3rd), 'exceeded only by that of British firms' (2nd), 'only the United Kingdom outranks Japan' (2nd)."""
_BY_LIST_HINT = re.compile(r"nly\b|\btrail", I)
_NO_OTHER = re.compile(
    r"\bno\s+(?:other\s+)?(?:country|nation|economy)\s+(?:has|holds|owns|invests)\s+(?:a\s+)?(?:larger|more|bigger|greater)\b"
    r"(?=[^;]{0,100}?\bthan\s+(?:Japan|it|does\s+Japan)\b)",
    I,
)
_NAMED = re.compile(_NAME)


def _listed(text: str) -> int:
    """How many countries a list names: 'Canada, Mexico, and China' is 3."""
    return len(_NAMED.findall(re.sub(r"\b(?:and|or)\b", ",", text)))


_AMONG_TOP = re.compile(r"\b(?:a|one of the|among the)\s+(?:top|leading|major|largest|biggest)\s*$", I)


def _ordinal(written: str) -> int:
    word = written.casefold()
    return p.ORDINALS[word] if word in p.ORDINALS else int(word.rstrip("stndrh"))


@lru_cache(maxsize=512)
def ranks(text: str) -> tuple[Candidate, ...]:
    """Every rank: 'fourth-largest', 'ranked fifth among', 'single largest', 'second only to', 'more than any other'."""
    found = [
        Candidate("", "among_top", match.start(), match.end())
        for match in re.finditer(r"\b(?:a|one of the|among the)\s+(?:top|leading|major|largest|biggest)\b", text, I)
    ]
    for match in _RANK.finditer(text):
        if any(top.start <= match.start() < top.end for top in found):
            continue
        written = next(
            (match.group(g) for g in ("ordinal", "ranked", "among", "as_a", "only", "moved") if match.group(g)), None
        )
        rank = 2 if match.group("trail") or match.group("except") else _ordinal(written) if written else 1
        found.append(Candidate(rank, "exact", match.start(), match.end()))
    listed = _BY_LIST.finditer(text) if _BY_LIST_HINT.search(text) else ()
    for match in listed:
        if not any(other.start <= match.start() < other.end for other in found):
            ahead = _listed(next(group for group in match.groups() if group))
            found.append(Candidate(ahead + 1, "exact", match.start(), match.end()))
    if "o country" in text or "o other" in text or "No " in text:
        found += [Candidate(1, "exact", match.start(), match.end()) for match in _NO_OTHER.finditer(text)]
    return tuple(sorted(found, key=lambda candidate: candidate.start))


FINDERS = {"count": counts, "percent": percents, "money": amounts, "year": years, "month": months, "rank": ranks}
