"""Tolerant parsers for the values a brief writes: numbers, money, percents, ranks, dates, hedges, names.

Every extraction rule shares them. Each returns None when unsure: a value left out is far better than a
wrong one. Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from usjapan_facts.extract.hedges import HEDGE, Qualifier, hedged_after, qualifier_of
from usjapan_facts.extract.number_words import UNITS
from usjapan_facts.extract.word_choice import any_of

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH = "(?-i:" + "|".join(MONTHS) + ")"
MONTH_NAMED = re.compile("|".join(MONTHS))
"""A month's name anywhere, compiled: one scan, where a test a month took twelve."""
"""A month's name, capitalised even in a case-blind pattern: 'may' and 'march' are verbs ('members may vote')."""
MONTH_WORD = "(?-i:" + "|".join(rf"{name[0]}(?<!\w{name[0]}){name[1:]}" for name in MONTHS) + ")"
"""A month's name opening a word, as `\\b{MONTH}`: each name starts with its letter, so the engine skips the places no
month's first letter stands at (some three times faster over a text)."""
_SMALL_NUMBERS = {word: number for word, number in UNITS.items() if number <= 50} | {
    "a dozen": 12, "half a dozen": 6, "a half-dozen": 6, "a score": 20,
}  # fmt: skip
"""The numbers in words a count or rank here is written in: 'one' to 'fifty', 'a dozen', 'half a dozen'."""
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
FRACTIONS: dict[str, int | Decimal] = {
    "half": 50, "one-half": 50, "a third": Decimal("33.3"), "one-third": Decimal("33.3"),
    "two-thirds": Decimal("66.7"), "a quarter": 25, "one-quarter": 25, "three-quarters": 75,
    "a fifth": 20, "one-fifth": 20, "two-fifths": 40, "three-fifths": 60, "four-fifths": 80,
    "a tenth": 10, "one-tenth": 10, "three-tenths": 30, "seven-tenths": 70, "nine-tenths": 90,
}  # fmt: skip
_FRACTION_WORDS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

NUMBER_WORD = any_of(sorted(_SMALL_NUMBERS, key=len, reverse=True))
ORDINAL_WORD = any_of(sorted(ORDINALS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = rf"(?:{_DIGITS}|{NUMBER_WORD})"
# Each pattern looks first at where its value can start, sparing the hedges a try elsewhere; the matches are the same.
_QUALIFIED = re.compile(rf"(?=\w)(?:\b(?P<hedge>{HEDGE})\s+)?(?P<number>{NUMBER})\b", re.IGNORECASE)
MONEY = re.compile(
    # 'US$ 1.8 billion' is dollars; 'A$2 billion', 'HK$7.6 billion' are another country's.
    rf"(?=\b\w|\$)(?:\b(?P<hedge>{HEDGE})\s+)?(?<![A-Za-z])(?:US\s?)?\$\s?(?P<amount>{_DIGITS})"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER_IN_WORDS = rf"(?:{any_of(sorted(_TENS, key=len, reverse=True))})(?:[- ](?:{'|'.join(_ONES)}))?\b|{NUMBER_WORD}"
PERCENT = re.compile(
    rf"(?=\b\w|[-\d])(?:\b(?P<hedge>{HEDGE})\s+)?(?:(?P<number>-?(?:{_DIGITS}))\s?(?:%|percent\b)|"
    rf"\b(?P<words>(?:{NUMBER_IN_WORDS})(?:[\s-]and[\s-]a[\s-]half)?)[\s-]percent\b|"
    rf"\b(?P<fraction>{_FRACTION_WORDS})\s+(?:of|the)\b)",
    re.IGNORECASE,
)
"""A percentage in figures ('15%', '12.5 percent'), in words ('fifteen percent', 'twelve and a half percent',
'twenty-five percent'), or as a fraction of something ('two-thirds of'): each holds a word `_PERCENT_SIGN` scans for."""
_PERCENT_SIGN = re.compile(r"%|percent|half|third|quarter|fifth|tenth", re.IGNORECASE)
RANK = re.compile(
    rf"(?=\b\w)(?:\b(?:(?P<word>{ORDINAL_WORD})|(?P<digits>\d{{1,2}})(?:st|nd|rd|th))"
    r"(?:[- ](?:largest|biggest|top)|-ranked)\b|"
    r"\b(?P<largest>largest|biggest)\b|(?<=\bthe )(?P<top>top|leading)\b|\b(?P<first>No\.\s?1|number one)\b)",
    re.IGNORECASE,
)
DAY_DATE = re.compile(
    rf"(?P<month>{MONTH_WORD})\s+(?P<day>\d{{1,2}})(?P<span>\s+(?:and|to|through)\s+\d{{1,2}})?,\s*(?P<year>(?:19|20)\d{{2}})\b"
)
"""A day, or two days named apart ('April 15 and 16, 2019', 'April 15 to 16, 2019'), a span which only its month
dates, as 'April 15-16'."""
_DAY_BEFORE = re.compile(
    rf"(?:\b(?P<month>{MONTH_WORD})\s+|\bthe\s+)?\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|through|till|until|[-\u2013])\s*$"
)
"""The first day of a span told before the one with its year: 'over the 15th and April 16, 2019', 'from April 15 to
April 16, 2019' (a span of one month's days, dated by its month; a span from another month is no such span)."""
MONTH_DATE = re.compile(
    rf"(?P<month>{MONTH_WORD})\s+(?:\d{{1,2}}\s*[-\u2013]\s*\d{{1,2}},\s*)?(?P<year>(?:19|20)\d{{2}})\b"
)
"""A month, or a span of its days, which only the month dates: 'May 2022', 'April 15-16, 2019'."""
SEASON_DATE = re.compile(r"\b(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>\d{4})\b", re.IGNORECASE)
# A year starts with its first digit, what stands before it checked after: the engine skips every other place.
YEAR = re.compile(r"(?P<year>(?:1(?<!\w1)9|2(?<!\w2)0)\d{2})\b")


def number_of(text: str) -> Decimal | None:
    """Read '54,000', '2.2', 'thirteen' or 'three' as a number; None if it is none of these."""
    words = text.casefold().strip()
    if words in _SMALL_NUMBERS:
        return Decimal(_SMALL_NUMBERS[words])
    try:
        return Decimal(words.replace(",", ""))
    except InvalidOperation:
        return None


def plain(number: Decimal) -> int | float:
    """Return an integral number as int and any other as float, as the model stores numbers."""
    return int(number) if number == number.to_integral_value() else float(number)


@lru_cache(maxsize=512)
def qualified_numbers(text: str) -> tuple[tuple[Decimal, Qualifier, re.Match[str]], ...]:
    """Every number in `text` with the hedge right before it (memoised: every rule asks of the same sentences)."""
    found = []
    for match in _QUALIFIED.finditer(text):
        number = number_of(match.group("number"))
        if number is not None:
            found.append((number, hedged_after(text, match.end(), qualifier_of(match.group("hedge"))), match))
    return tuple(found)


@lru_cache(maxsize=512)
def money_amounts(text: str) -> tuple[tuple[int, Qualifier, re.Match[str]], ...]:
    """Every dollar amount in `text` as whole dollars: '$112.2 billion' -> 112200000000.

    Only amounts with their scale count: the brief writes every figure it states in millions, billions or
    trillions, so a bare '$70' is a figure cut from its 'billion' (a line of another column between) or a price.
    """
    if "$" not in text:
        return ()
    found = []
    for match in MONEY.finditer(text):
        amount = number_of(match.group("amount"))
        if amount is None or not match.group("scale"):
            continue
        scale = _SCALES[match.group("scale").casefold()]
        qualifier = hedged_after(text, match.end(), qualifier_of(match.group("hedge")))
        found.append((int(amount * scale), qualifier, match))
    return tuple(found)


def fraction_share(value: Decimal) -> Decimal:
    """A fraction's percent is its rounded whole percent, whatever its hedge, as a brief writes a share: 'about
    two-thirds' is 67 (about), 'more than two-thirds' 67 (over), 'two-thirds' 67."""
    return value.quantize(Decimal(1), ROUND_HALF_UP)


@lru_cache(maxsize=512)
def percents(text: str) -> tuple[tuple[Decimal, Qualifier, re.Match[str]], ...]:
    """Every percentage in `text`: '25%', '46 percent', 'over half of' (50, over), 'two-thirds of'."""
    found = []
    for match in PERCENT.finditer(text) if _PERCENT_SIGN.search(text) else ():  # most sentences hold none
        if match.group("fraction"):
            value: Decimal | None = Decimal(FRACTIONS[match.group("fraction").casefold()])
        elif match.group("words"):
            value = number_in_words(match.group("words"))
        else:
            value = number_of(match.group("number"))
        if value is not None:
            qualifier = hedged_after(text, match.end(), qualifier_of(match.group("hedge")))
            found.append((fraction_share(value) if match.group("fraction") else value, qualifier, match))
    return tuple(found)


def number_in_words(words: str) -> Decimal | None:
    """Read 'twenty-five' (25), 'twelve and a half' (12.5), 'fifteen' (15)."""
    half = re.search(r"[\s-]and[\s-]a[\s-]half$", words, re.IGNORECASE)
    parts = re.split(r"[\s-]+", (words[: half.start()] if half else words).casefold().strip())
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        whole: Decimal | None = Decimal(_TENS[parts[0]] + _ONES.index(parts[1]) + 1)
    else:
        whole = Decimal(_TENS[parts[0]]) if len(parts) == 1 and parts[0] in _TENS else number_of(" ".join(parts))
    return None if whole is None else whole + (Decimal("0.5") if half else 0)


@lru_cache(maxsize=512)
def ranks(text: str) -> tuple[tuple[int, re.Match[str]], ...]:
    """Every rank in `text` with its match: 'fourth-largest' (4), 'largest' (1), '5th-largest' (5)."""
    return tuple((rank_of(match), match) for match in RANK.finditer(text))


def rank_of(match: re.Match[str]) -> int:
    """Return the position a RANK match names: 'fourth-largest' -> 4, 'largest' -> 1."""
    if match.group("word"):
        return ORDINALS[match.group("word").casefold()]
    if match.group("digits"):
        return int(match.group("digits"))
    return 1


def month_number(name: str) -> int:
    """The number of a month named in full, in any case: 'September' -> 9 ('the july 10 election', 'JULY 10')."""
    return MONTHS.index(name.capitalize()) + 1


@lru_cache(maxsize=512)
def dates(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every calendar date in `text` as a partial ISO date: 'July 8, 2022' -> 2022-07-08, 'May 2022' -> 2022-05."""
    found: list[tuple[str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for match in DAY_DATE.finditer(text):
        try:
            day = dt.date(int(match.group("year")), month_number(match.group("month")), int(match.group("day")))
        except ValueError:
            continue
        before = _DAY_BEFORE.search(text, max(0, match.start() - 24), match.start())
        span = match.group("span") or (before and before.group("month") in (None, match.group("month")))
        found.append((day.isoformat()[:7] if span else day.isoformat(), match))
        taken.append(match.span())
    for match in MONTH_DATE.finditer(text):
        if not any(start <= match.start() < end for start, end in taken):
            found.append((f"{match.group('year')}-{month_number(match.group('month')):02d}", match))
    return tuple(sorted(found, key=lambda item: item[1].start()))


@lru_cache(maxsize=256)
def name_order(name: str, text: str) -> tuple[str, str] | None:
    """Split a two-word name into (family, given): the word the text also uses alone is the family name.

    'Kishida Fumio' and 'Fumio Kishida' both give ('Kishida', 'Fumio') when the brief goes on to say
    'Kishida'. None when the text does not tell.
    """
    words = name.split()
    if len(words) != 2:
        return None
    first, second = words
    # Memoised: a long text may name the same leader thousands of times, and each look is a scan.
    alone = [
        word
        for word in (first, second)
        if re.search(rf"(?<!{re.escape(first)} )\b{re.escape(word)}\b(?! {re.escape(second)}\b)", text)
    ]
    if len(alone) != 1:
        return None
    family = alone[0]
    return (family, second if family == first else first)
