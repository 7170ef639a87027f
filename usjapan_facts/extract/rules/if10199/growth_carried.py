"""A year of Japan's growth said in a sentence that takes the economy from the sentence before: 'Japan's economy grew
1.7% in 2021. It had shrunk by 4.6% in 2020.', '... . The year before, it had grown 1.9%.', '... . In 2019 it grew
0.3%.'

Read only when the sentence before states a year of growth itself, with the carried 'it' read as the economy and a
year said relative to the one before ('the year before', 'a year later') as that year: so a figure whose year is
unsure ('It had shrunk 4.6%', 'the year before' after two years) is never read, and no year is ever guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from usjapan_facts.extract.rules.base import I
from usjapan_facts.extract.rules.if10199.growth_words import ADVERB, DOWN, ELSEWHERE, UP, YEAR

Years = dict[str, float]

_BEFORE = (
    r"the\s+(?:year|one)\s+before|a\s+year\s+(?:earlier|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year"
)
_AFTER = r"(?:in\s+)?the\s+(?:following|next|subsequent)\s+year|a\s+year\s+later|the\s+year\s+after"
_LEVEL_VERB = (
    r"(?:(?:slow\w*|accelerat\w*|picked\s+up|eased|(?:edged|inched|ticked)\s+(?:up|down)|rose|fell|climbed|dropped|"
    r"slipped|recovered|rebounded|improved|jumped|quickened)\s+to|(?:was|had\s+been|stood\s+at|c[ao]me\s+in\s+at|"
    r"reached|hit|registered|averaged)(?=\s))"
)
"""A rate of growth said as a level ('it edged up to 0.7%', 'growth was 0.5%', 'growth had reached 1.9%'): the figure
is the rate itself."""
_CARRIED = re.compile(
    r"^(?:(?:But|Yet|And|Then|Still),?\s+)?"
    rf"(?:(?P<front>(?:In|During|For)\s+{YEAR}|{_BEFORE}|{_AFTER}),?\s+)?"
    r"(?P<it>it|(?:real\s+)?(?:GDP\s+)?growth)\s+(?:(?:had|has|then|also|again|only|instead)\s+)*"
    rf"(?=(?:(?P<level>{_LEVEL_VERB})|{UP}|{DOWN})\s+(?:(?:in|during)\s+{YEAR},?\s+)?(?:by\s+)?{ADVERB}[-\u2212]?\d)",
    I,
)
"""A sentence whose subject is a carried 'it' right before a verb of growth or decline and its figure, or 'growth'
told as a level ('In 2024, growth was 0.5%', 'The following year it edged up to 0.7%')."""
_RELATIVE = re.compile(rf"\b(?:(?P<before>{_BEFORE})|(?P<after>{_AFTER}))\b", I)


def carried_years(text: str, before: str | None, read: Callable[[str], Years | None]) -> Years | None:
    """The years of growth `text` states of the economy the sentence `before` it gives a year of growth of."""
    opening = _CARRIED.match(text)
    if opening is None or before is None or re.search(ELSEWHERE, text):
        return None  # 'In 2024, growth was 4.8% in India': another economy's, whatever the sentence before
    earlier = read(before)
    if not earlier:
        return None  # the sentence before says no year of Japan's growth: 'it' is something else
    relative = list(_RELATIVE.finditer(text))
    if relative and len(earlier) != 1:
        return None  # 'the year before' after two years: which one is unsure
    seen = int(next(iter(earlier)))

    def dated(match: re.Match[str]) -> str:
        return f"in {seen - 1 if match.group('before') else seen + 1}"

    if opening.group("it").lower() != "it" and not opening.group("level"):
        return None  # 'growth rose 0.5%': a level or a change of it, unsure
    subject = "real growth" if opening.group("level") else "the economy"
    front = text[opening.start("front") if opening.group("front") else opening.start("it") : opening.start("it")]
    said = _RELATIVE.sub(dated, front) + subject + _RELATIVE.sub(dated, text[opening.end("it") :])  # 'But' dropped
    years = read(said)
    if not years or any(year in earlier and earlier[year] != value for year, value in years.items()):
        return None
    return years


_LAST_YEAR = re.compile(r"\blast\s+year\b", I)


def last_year(text: str, updated: dt.date | None) -> str:
    """The text with 'last year' said as the year before the cover's: 'Real GDP rose 1.6% last year' in a brief of
    February 2018 is 2017's growth."""
    if updated is None or "last year" not in text.lower():
        return text
    return _LAST_YEAR.sub(f"in {updated.year - 1}", text)


__all__ = ["carried_years", "last_year"]
