"""The year of each figure of Japan's growth, from the words beside it: 'after 1.0% in 2022', 'an improvement on
2016's 1.0%', 'the 4.5% lost in 2020', 'from 2024, when the economy barely grew (0.1%)', 'in the pandemic year of
2020', 'rebounded by 1.7% the following year', 'In 2023, the economy grew 1.9%'."""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import I
from usjapan_facts.extract.rules.if10199.growth_words import ADVERB, FALL_NOUN, FRONTED, YEAR, YEAR_BESIDE

ELLIPSIS = re.compile(
    rf"(?:\ba\s+(?:touch|bit|tad|shade|little)\s+|\b(?:well|far|just|slightly)\s+)?\b(?P<how>after|following|from|and|"
    rf"versus|than|below|above|under|over|short\s+of|behind|ahead\s+of|compared\s+(?:with|to)|against|on|half|twice|double|"
    rf"triple)(?:\s+in\s+{YEAR})?\s+(?:by\s+)?(?:an?\s+|the\s+)?{ADVERB}$"
    rf"|\b(?P<year>{YEAR})\W?s\s+{ADVERB}$"
    rf"|\b(?:the\s+)?(?P<prior>previous|prior|preceding)\s+year\W?s\s+{ADVERB}$",
    I,
)
"""A figure for the same measure as the one before: 'after 1.0% in 2022', 'an improvement on 2016's 1.0%', 'outpacing
the previous year's 1.0%' (the year before the one figure read), 'less than half the 2.6% pace of 2021', 'well under the
1.9% pace of the year before'."""
OWNED_YEAR = re.compile(rf"\b{YEAR}\W?s\s+{ADVERB}$", I)
"""A year's figure said as the year's own, its noun after it: 'less than half of 2020's 4.5% contraction'."""
YEAR_AFTER = re.compile(
    rf"\s*(?:(?:real\s+)?(?:GDP\s+)?(?:growth|expansion|gain|increase|rise|pace|rate|{FALL_NOUN})\s+)?(?:in\s+real\s+terms,?\s+)?"
    rf"(?:in|for|during|over|of(?=\s+{YEAR}\b(?!\W*(?:GDP|gross|output|levels?)\b)))\s+"
    rf"(?:calendar\s+(?:year\s+)?|the\s+(?:(?!fiscal\b|financial\b|budget\b|FY\b)[a-z-]+\s+){{1,2}}?year\s+of\s+)?"
    rf"(?P<year>{YEAR})\b"
    rf"|[^;,\d]{{0,30}}?\b(?:recorded|registered|posted|logged|reported|achieved|seen)\s+(?:in|for)\s+(?P<seen>{YEAR})\b",
    I,
)
WHEN = re.compile(rf"\b(?P<year>{YEAR}),?\s+when\s+[^;,:()]*\(?$", I)
"""The year a relative clause of time is of, its figure in it: 'a recovery from 2024, when the economy barely expanded
(0.1%)', 'down from 2023, when it grew 1.5%'."""
LOST = re.compile(
    r"\s*(?:(?:that|which)\s+)?(?:(?:it|the\s+economy|GDP|output)\s+)?(?:had\s+)?"
    rf"(?:lost|shed|gave\s+up|given\s+up|forfeited|erased|wiped\s+out)\s+(?:in|during)\s+(?P<year>{YEAR})\b",
    I,
)
"""A fall said by what the economy lost after the figure: 'recovering part of the 4.5% lost in 2020', 'regaining much
of the 4.3% it shed during 2020'."""


def year_of(text: str, start: int, end: int, local: str, years: dict[str, float]) -> str | None:
    """The year a figure of growth is for, from the words after it, else before it, else 'the year before'."""
    after = YEAR_AFTER.match(text, end)
    if after is not None:
        return after.group("year") or after.group("seen")
    if (beside := YEAR_BESIDE.match(text, end)) is not None:  # 'rebounded by 1.7% the following year'
        return str(int(next(iter(years))) + (1 if beside.group("next") else -1)) if len(years) == 1 else None
    owned = ELLIPSIS.search(local)
    if owned is not None and owned.group("year"):
        return owned.group("year")
    if owned is not None and owned.group("prior"):
        return str(int(next(iter(years))) - 1) if len(years) == 1 else None  # 'the previous year's 1.0%'
    when = WHEN.search(text[:start])
    if when is not None:
        return when.group("year")
    fronted = FRONTED.search(text[:start])
    return next((year for year in fronted.group("year", "own", "verb", "subject") if year), None) if fronted else None


__all__ = ["ELLIPSIS", "LOST", "OWNED_YEAR", "YEAR_AFTER", "year_of"]
