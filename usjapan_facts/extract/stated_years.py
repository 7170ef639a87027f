"""Which year a sentence states for its figures: 'In 2025, ...' names one, 'down 5% from 2024' or 'the $69.0 billion of
2019' none a figure could share, 'published in June 2026' only when the data came out. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.parsers import DAY_DATE, MONTH, YEAR
from usjapan_facts.extract.word_choice import letter_first

_SINCE_YEAR = re.compile(
    letter_first(
        r"\b(?:since|as\s+(?:it\s+(?:had|did|was)\s+)?in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\b"
    ),
    re.IGNORECASE,
)
"""A year that starts a span ('since 1952') or that a figure is compared with ('as in 2019'): it dates no figure."""


def year_in(text: str) -> str | None:
    """The single year a text names ('In 2021, ...'); None if it names none or several.

    A year after 'since' starts a span ('a U.S. treaty ally since 1952'): it still counts as a year named,
    but it never dates a figure by itself.
    """
    years = {match.group("year") for match in YEAR.finditer(text)}
    if len(years) != 1:
        return None
    year = years.pop()
    spans = {match.group(0)[-4:] for match in _SINCE_YEAR.finditer(text)}
    return None if year in spans and len(YEAR.findall(text)) == len(_SINCE_YEAR.findall(text)) else year


RELEASED = re.compile(
    rf"\b(?:published|released|issued)\s+(?:in|on)\s+(?:{MONTH}\s+)?(?:\d{{1,2}},\s*)?"
    r"(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
"""When the figures came out ('BEA figures published in June 2026'): never the period they are of ('reported in March
2026 that 210 Marines were in Guam' dates what the report found, and is kept)."""

_STATED_YEAR = re.compile(
    r"(?:\b(?:[Ii]n|[Dd]uring|[Ff]or|[Tt]hrough|(?:end|close)\s+of|year[- ]end|[Aa]s\s+of)\s+"
    r"(?:calendar\s+|fiscal\s+)?|\bend-|^)"
    r"(?P<year>(?:19|20)\d{2})\b"
    r"(?!\s+(?:U\.?S\.?|agreement|deal|framework|election))"
    r"|,\s+(?P<titled>(?:19|20)\d{2})(?=\s*(?:$|[\u2022:.)]))"
)
_COMPARED_YEAR = re.compile(
    r"\b(?:from|since|than|compared\s+(?:with|to)|versus|above|below|as\s+(?:recently|late|early)\s+as|"
    r"as(?:\s+it\s+(?:had|did|was))?(?=\s+in\s))\s+(?:the\s+)?"
    # the compared figure's own words: 'a notch below its fifth-place standing of 2022' ('as recently as 2019' too)
    r"(?:(?:its|their|Japan\W?s)\s+(?:[\w-]+\s+){0,3}?(?:(?:of|in)\s+)?)?"
    r"(?:\$\s?[\d.,]+\s*(?:billion|million|trillion)?\s+(?:of|in)\s+)?(?:in\s+)?(?:19|20)\d{2}\b"
    # the year of what a span runs from: 'as has been true since Japan passed the United Kingdom in 2019'
    r"|\bsince\s+(?:[\w.\u2019']+\s+){1,6}?in\s+(?:19|20)\d{2}\b"
    # the year before's figure in brackets: 'nearly $184 billion (2022: $180.3 billion)'
    r"|\(\s*(?:19|20)\d{2}:\s*(?=[$\d])",
    re.I,
)


def stated_year(text: str) -> tuple[bool, str | None]:
    """Whether a sentence names a year its figures could share, and which: ('In 2025, ...') -> (True, '2025').

    A year a figure is compared with ('down 5% from 2024') counts as none; a sentence naming a year only as
    something else ('the $69.0 billion of 2019', two years) gives (True, None): a paragraph's year is unsure.
    """
    plain = _COMPARED_YEAR.sub(" ", DAY_DATE.sub(" ", RELEASED.sub(" ", text)))  # never when the data came out
    if YEAR.search(plain) is None:
        return False, None
    stated = {match.group("year") or match.group("titled") for match in _STATED_YEAR.finditer(plain)}
    year = year_in(plain)
    return True, year if len(stated) == 1 and year in stated else None
