"""Every value of one kind in a sentence, however it is written: figures, number words, ranks in any form.

The declared-fact reader (`extract.meaning`) asks for the candidates of a fact's kind and then ties each
to its subject; here a value is only found, with its hedge and where it stands (a number's words and hedges are
`extract.number_words`'). Pure, no I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from usjapan_facts.extract import hedges
from usjapan_facts.extract import number_words as n
from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.candidate import Candidate, spelled_out
from usjapan_facts.extract.number_words import (
    ARTICLE_WORDS,
    DIGITS,
    HEDGE,
    POINT,
    SCALE,
    UNITS,
    WORD,
    WORDS,
    words_value,
)
from usjapan_facts.extract.ranks import ranks
from usjapan_facts.extract.relative_ranks import relative_ranks
from usjapan_facts.extract.said_shares import said_shares
from usjapan_facts.extract.word_choice import may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is


_COUNT = (
    # A count, its hedge first or not, starts at a word's first character: looking there first spares the hedges'
    # and number words' alternatives their try at each other place in the sentence (the same matches, faster).
    rf"(?=\b\w)(?:\b(?P<hedge>{HEDGE})\s+)?(?P<number>(?<![\w$¥.,])(?:{DIGITS})(?:\s+(?P<scale>thousand|million))?"
    rf"(?![\d%])|<spoken>\b{WORDS}\b)"
)
_NUMBER = re.compile(_COUNT.replace("<spoken>", ""), I)
_SPOKEN_NUMBER = re.compile(
    _COUNT.replace("<spoken>", rf"\b(?:half\s+an?|an?|{WORD})\s+dozen\b|\b{ARTICLE_WORDS}\b|"), I
)
"""A count said with a dozen or with an article ('half a dozen', 'a hundred and thirty'): tried only in a sentence
holding one of `_SPOKEN_WORDS`."""
_SPOKEN_WORDS = ("dozen", "a hundred", "a thousand")


def _share(value: Decimal) -> int | float:
    """A fraction's percent as a brief rounds it (`parsers.fraction_share`)."""
    return p.plain(p.fraction_share(value))


def _number(match: re.Match[str]) -> Decimal | None:
    written = match.group("number")
    if written[0].isdigit():
        number = Decimal(written.split()[0].replace(",", ""))
        return number * SCALE[match.group("scale").casefold()] if match.group("scale") else number
    return words_value(written)


_NOT_COUNTED = re.compile(r"\s*(?:%|percent|billion|trillion|dollars|yen|point\s)")
"""What right after a number (in lower case) makes it a percent, a sum or a point, not a count."""
_YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")


@lru_cache(maxsize=512)
def counts(text: str) -> tuple[Candidate, ...]:
    """Every count: '54,000', 'more than fifty thousand', 'some 9 thousand'; never a year, percent or amount."""
    found = []
    for match in (_SPOKEN_NUMBER if may_hold(text, _SPOKEN_WORDS) else _NUMBER).finditer(text):
        number = _number(match)
        after = text[match.end() : match.end() + 12].casefold()
        if number is None or _NOT_COUNTED.match(after):
            continue
        if _YEAR_LIKE.fullmatch(match.group("number")):
            continue
        found.append(Candidate(p.plain(number), n.hedge(text, match), match.start(), match.end()))
    return tuple(found)


_FRACTIONS = {
    **{word: float(share) for word, share in p.FRACTIONS.items()},
    **dict.fromkeys(("one quarter", "a fourth", "one-fourth", "one fourth"), 25.0),
    **{"three-fourths": 75.0, "one-hundredth": 1.0, "a hundredth": 1.0, "one hundredth": 1.0},
    **{f"{word}-tenths": share * 10.0 for word, share in (("two", 2), ("four", 4), ("six", 6), ("eight", 8))},
}
_WORD_INITIALS = "".join(sorted({word[0] for word in UNITS}))
_PERCENT = re.compile(
    # A percentage starts at a word's first character, a digit or a number word's first letter (a figure may follow
    # a letter: 'FY25%'): looking there first spares the hedges' alternatives their try everywhere else.
    rf"(?=\b\w|\d|[{_WORD_INITIALS}])"
    rf"(?:\b(?P<hedge>{HEDGE})\s+)?(?:(?P<number>{DIGITS}|{WORDS}(?:{POINT})?)(?P<half>[\s-]and[\s-]a[\s-]half)?[\s-]?"
    r"(?:%|percent\b|per cent\b)|"
    rf"\b(?P<fraction>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})(?P<or_so>\s+or\s+(?:so|thereabouts))?"
    r"\s+(?:of\b|(?=(?:a|one)\s+per\s?cent\b)|(?=the\s+(?:seats|members)\b)|(?=(?:are|is|were)\s+(?:on|in|at|stationed|based)\b)))",
    I,
)


_PERCENT_WORDS = (
    "%", "percent", "per cent", "quarter", "half", "third", "fourth", "fifth", "tenth", "hundredth", "majority",
    "better part")  # fmt: skip
"""Words one of which every percentage holds, but for a share said as so many in so many (`_IN_EVERY_HINT`)."""
_IN_EVERY_HINT = re.compile(r"(?<!\S)(?:in|of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten)\b", I)
_ONE_IN = re.compile(
    # A share in words starts at a word's first character (see _NUMBER).
    rf"(?=\b\w)(?:\b(?P<hedge>{HEDGE})\s+)?\b(?P<part>one|two|three|four|five|six|seven|eight|nine)\s+"
    r"(?:(?:(?:U\.S\.|American|military|uniformed)\s+){0,2}(?:seats?|members?|lawmakers?|bases?|facilities|troops|"
    r"personnel|votes?|service\s?members?|soldiers?|Marines?)\s+)?(?:(?:in|out\s+of)\s+"
    r"(?:every\s+)?|of\s+every\s+)(?P<whole>two|three|four|five|six|seven|eight|nine|ten)\b",
    I,
)
"""A share said as so many in so many: 'one in four of the facilities' is 25%, 'three seats in every five' 60%."""
_ITEM_FRACTION = re.compile(
    rf"(?:^|:\s*|(?<=\w),\s+|\b(?:is|was|are|were|at|to|reached)\s+(?:(?:now|still|currently)\s+)?)"
    rf"(?P<value>(?:(?P<hedge>{HEDGE})\s+(?P<the>the\s+)?)?"
    rf"(?P<fraction>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})"
    r"(?(the)\s+(?:mark|threshold|line|level)\b))\s*(?=[,;.)]|$|:\s|\((?:approx|about|roughly|est)\w*\.?\)\s*(?:[,;.]|$))",
    I,
)
"""A fraction that is a list item's or a clause's whole value, or an apposition's (a table's mark of an estimate after
it: 'one-quarter (approx.)'): 'Facilities used by U.S. forces:
about one-quarter', 'Its share of the upper chamber is close to three-fifths, up from 57%', '310 of the 465 seats,
roughly two-thirds', '313 of the 465 seats, well above the two-thirds mark' (a hedged level, 'the' before it)."""
_FRACTION_WORDS = ("half", "third", "quarter", "fourth", "fifth", "tenth", "hundredth")
"""A word each fraction holds: a sentence without any is spared the fraction patterns."""
_OF_ONE_PERCENT = re.compile(r"\s*(?:one|a|1)\s?(?:%|percent\b|per\s+cent\b)", I)
_MAJORITY = re.compile(
    r"\b(?:(?:a|the)\s+(?:(?:clear|slim|narrow|bare|small|solid|comfortable|sizable|large)\s+)?majority|"
    r"the\s+better\s+part)\s+of\b(?!\s+(?:just\s+)?(?:one|a\s+few|\d|(?:\w+-)?(?:half|thirds?|quarters?|fifths?)\b))",
    I,
)
"""A majority of a whole ('the better part of' it) is more than half of it: 'a clear majority of U.S. service members
in Japan' (50, over); 'a majority of one' counts seats, not a share."""
"""After a fraction's 'of': the fraction is of one percent ('six-tenths of one percent' is 0.6%)."""


@lru_cache(maxsize=512)
def percents(text: str) -> tuple[Candidate, ...]:
    """Every percentage: '25%', 'sixty percent', 'about a quarter of', 'more than half of'."""
    rest = "ombined" in text or "ogether" in text  # 'more ... than the other 46 prefectures combined'
    if not may_hold(text, _PERCENT_WORDS) and not rest and not _IN_EVERY_HINT.search(text):
        return ()  # most sentences hold no percentage: one quick scan instead of the full pattern's
    found: list[Candidate] = []
    for match in _PERCENT.finditer(text):
        if found and match.start() < found[-1].end:
            continue  # 'one percent' in 'six-tenths of one percent'
        if match.group("fraction"):
            value: Decimal | None = Decimal(str(_FRACTIONS[" ".join(match.group("fraction").casefold().split())]))
            of_one = _OF_ONE_PERCENT.match(text, match.end())
            if of_one is not None and value is not None:
                found.append(Candidate(p.plain(value / 100), n.hedge(text, match), match.start(), of_one.end()))
                continue
            if match.group("or_so") and value is not None:  # 'a quarter or so of the facilities'
                found.append(Candidate(_share(value), "about", match.start(), match.end()))
                continue
            if value is not None:
                hedge = n.hedge(text, match)
                found.append(Candidate(_share(value), hedge, match.start(), match.end()))
                continue
        else:
            written = match.group("number")
            value = Decimal(written.replace(",", "")) if written[0].isdigit() else words_value(written)
            if value is not None and match.group("half"):
                value += Decimal("0.5")  # 'a twelve-and-a-half percent duty'
        if value is not None:
            found.append(Candidate(p.plain(value), n.hedge(text, match), match.start(), match.end()))
    for match in _ONE_IN.finditer(text) if " in " in text or " of " in text else ():
        part, whole = UNITS[match.group("part").casefold()], UNITS[match.group("whole").casefold()]
        if part < whole:
            share, hedge = (Decimal(part * 100) / whole).quantize(Decimal("0.1")), n.hedge(text, match)
            found.append(Candidate(_share(share), hedge, match.start(), match.end()))
    found.extend(said_shares(text, rest=rest))
    for match in _MAJORITY.finditer(text) if "ajority" in text or "etter part" in text else ():
        found.append(Candidate(50, "over", match.start(), match.end(), coarse=True))
    for match in _ITEM_FRACTION.finditer(text) if may_hold(text, _FRACTION_WORDS) else ():
        share = Decimal(str(_FRACTIONS[" ".join(match.group("fraction").casefold().split())]))
        hedge = n.hedge(text, match)
        found.append(Candidate(_share(share), hedge, match.start("value"), match.end("value")))
    # A bound in words restated as a figure ('The majority of U.S. personnel, about 55 percent, are') gives way to it.
    return tuple(sorted((c for c in found if not spelled_out(text, c, found)), key=lambda candidate: candidate.start))


_PART_OF = "|".join(re.escape(word) for word in sorted(_FRACTIONS, key=len, reverse=True))
_MONEY = re.compile(  # an amount starts at a word's first character or its '$' (see _NUMBER)
    rf"(?=\b\w|\$)(?:\b(?P<hedge>{HEDGE})\s+)?(?:(?<![A-Za-z])(?:US\s?)?\$\s?(?P<amount>{DIGITS})\s*"
    r"(?P<scale>million|billion|trillion|bn|bil(?=\.))\b|"
    rf"(?:\b(?P<part>{_PART_OF})\s+of\s+)?"  # 'three-quarters of a trillion dollars'
    rf"\b(?P<words>{DIGITS}|{WORDS}(?:{POINT})?|{ARTICLE_WORDS}|half\s+an?|an?)(?P<half>\s+and\s+a\s+half)?\s+"
    r"(?P<wscale>million|billion|trillion)(?P<half_after>\s+and\s+a\s+half)?\s+(?:U\.S\.\s+)?dollars\b)",
    I,
)

_CONVERTED = re.compile(rf"\b(?P<hedge>{HEDGE})\s+¥\s?[\d.,]+(?:\s*(?:million|billion|trillion))?\s*\(\s*(?:US)?$", I)


def _converted_hedge(text: str, start: int) -> str | None:
    """The hedge of the yen amount a dollar amount converts: 'roughly ¥211 billion ($1.4 billion)' is about."""
    if start == 0 or "(" not in text[max(0, start - 3) : start]:
        return None
    before = _CONVERTED.search(text[max(0, start - 80) : start])
    return before.group("hedge") if before else None


@lru_cache(maxsize=512)
def amounts(text: str) -> tuple[Candidate, ...]:
    """Every dollar amount with its scale ('$120.1 billion', 'roughly two billion dollars'), none of 'A$', 'HK$'."""
    if not may_hold(text, ("illion", "bn", " bil.")):
        return ()  # each amount has its scale, and each scale ends so: most sentences are spared the pattern
    found = []
    for match in _MONEY.finditer(text):
        written, scale = match.group("amount"), match.group("scale")
        if written is None:
            written, scale = match.group("words"), match.group("wscale")
        number = Decimal(written.replace(",", "")) if written[0].isdigit() else words_value(written)
        if number is not None:
            half = match.group("half") or match.group("half_after")  # 'five and a half billion', 'a billion and a half'
            number += Decimal("0.5") if half else 0
            if part := match.group("part"):  # 'three-quarters of a trillion dollars': that share of the amount
                number *= Decimal(str(_FRACTIONS[" ".join(part.casefold().split())])) / 100
            dollars = int(number * SCALE[scale.casefold()])
            hedge = match.group("hedge") or _converted_hedge(text, match.start())
            qualifier = hedges.hedged_after(text, match.end(), n.qualifier(hedge))
            found.append(Candidate(dollars, qualifier, match.start(), match.end()))
    return tuple(found)


_YEAR = re.compile(r"(?=[12])(?<!\d,)(?<!\d\.)(?<![\d$])\b(?:19|20)\d{2}\b(?!,\d|\.\d|\d|%)")
"""A year, its first digit looked at before what stands around it."""


@lru_cache(maxsize=512)
def years(text: str) -> tuple[Candidate, ...]:
    """Every year: 1952, 2030 (not a part of an amount or of a longer number)."""
    return tuple(Candidate(int(match.group(0)), "exact", match.start(), match.end()) for match in _YEAR.finditer(text))


_PART_OF_YEAR = re.compile(r"\b(?:early|late|mid-?)\s*(?P<year>(?:19|20)\d{2})\b(?![-\u2013/]\d)", I)
"""A date written only to its year: 'in late 2021', 'mid-2030'."""


@lru_cache(maxsize=512)
def months(text: str) -> tuple[Candidate, ...]:
    """Every date at the precision it is written: 'January 22, 2016', 'December 2021' -> '2021-12', 'late 2021'."""
    found = [Candidate(value, "exact", match.start(), match.end()) for value, match in p.dates(text)]
    found.extend(
        Candidate(match.group("year"), "exact", match.start(), match.end()) for match in _PART_OF_YEAR.finditer(text)
    )
    return tuple(sorted(found, key=lambda candidate: candidate.start))


FINDERS = {"count": counts, "percent": percents, "money": amounts, "year": years, "month": months, "rank": ranks}


def _placed(found: tuple[Candidate, ...], text: str) -> tuple[Candidate, ...]:
    """The ranks without a standing that a later clause gives the place of: 'among the largest investors; only British
    firms have invested more' is second, not 'among the top'."""
    return tuple(
        candidate
        for candidate in found
        if candidate.value != "" or not any(o.value != "" and ";" in text[candidate.end : o.start] for o in found)
    )


def of_kind(kind: str, text: str, before: str) -> tuple[Candidate, ...]:
    """Every value of a kind in `text`; a rank may be said by another, here or in `before` ('the same slot')."""
    return _placed(relative_ranks(text, before), text) if kind == "rank" else FINDERS[kind](text)


__all__ = [
    "FINDERS",
    "Candidate",
    "amounts",
    "counts",
    "months",
    "of_kind",
    "percents",
    "ranks",
    "words_value",
    "years",
]
