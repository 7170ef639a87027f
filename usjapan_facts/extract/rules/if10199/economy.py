"""Rules of the economy section."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import (
    Context,
    Fields,
    I,
    Rule,
    another_country_before,
    has,
    money_before,
    percent_before,
    period_of,
    registrar,
)
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_ELSEWHERE = rf"{OTHER_COUNTRIES}|\bUnited States\b|\bU\.S\.(?!-)|\bAmerica\b|\b(?:the\s+)?(?:euro\s+area|eurozone)\b"
"""Economies other than Japan's whose growth a brief may give beside it."""
_UP = r"(?:increas\w*|gr[eo]w\w*|rose|ris\w*|expand\w*)"
_DOWN = r"(?:decreas\w*|contract\w*|fell|fall\w*|shr[aiu]nk\w*|declin\w*|slipped|slid|dipped)"
_ADVERB = r"(?:(?:just|only|barely|an\s+estimated|about|roughly|some|a\s+modest|a\s+meager)\s+)?"
"""Words between the verb and its figure that change no figure: 'expanded just 0.1%', 'grew an estimated 1.7%'."""


@rule("economy.gdp_growth", needs=("gdp", "gross domestic", "economy", "output"))
def gdp_growth(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    # 'Output grew 0.3% in 2019' after a sentence on the economy: output opening the sentence is the economy's.
    economy = r"\b(?:GDP|gross domestic product|economy|economic output)\b|^(?:Real\s+)?(?:Output|Economic growth)\b"
    # 'the IMF expects 1.7% for 2022' in a clause of its own leaves the sentence's past years to read.
    text = "; ".join(part for part in text.split(";") if not has(r"\bforecast|project|expect", part))
    if not has(economy, text) or has(r"\bnominal\b|\bper\s+capita\b", text):
        return None  # nominal or per-head growth is not the year's real growth
    years: dict[str, float] = {}
    # 'after growing 1.6% in 2013' drops the 'by': read so only right after 'after', 'and' or 'following'.
    clause = re.compile(
        rf"(?:(?P<joined>\b(?:after|and|but|following|having)\s+|\b(?:economy|GDP|output)\s+(?:only\s+|barely\s+)?)?"
        rf"\b(?P<verb>{_UP}|{_DOWN})\s+(?:in\s+(?P<year1>\d{{4}}),?\s+(?:(?:{_UP}|{_DOWN})\s+)?)?"
        rf"(?P<by>by\s+)?{_ADVERB}(?P<pct>\d+(?:\.\d+)?)(?:%|\s?percent\b)(?:\s+in\s+(?P<year2>\d{{4}}))?)",
        I,
    )
    clauses = [match for match in clause.finditer(text) if match.group("by") or match.group("joined")]
    starts = {match.start("verb") for match in clauses}
    if any(
        match.start() not in starts
        for match in re.finditer(rf"\b(?:{_UP}|{_DOWN})\s+(?:in\s+\d{{4}}\s+)?by\b", text, I)
    ):
        return None  # "after decreasing by" with no figure: a sentence cut, the rest of its years unknown
    for match in clauses:
        if another_country_before(text, match.start(), _ELSEWHERE):
            return None  # 'China's economy grew by 5.2%', 'In the United States, GDP grew 2.8%'
        year = match.group("year1") or match.group("year2")
        if year is None or year in years:
            return None
        value = float(match.group("pct"))
        years[year] = -value if re.fullmatch(_DOWN, match.group("verb"), I) else value
        # 'grew 1.0% in 2022 and 2.6% in 2021': the same verb's second year.
        also = _AND_YEAR.match(text, match.end())
        if also and also.group("year") not in years:
            years[also.group("year")] = float(also.group("pct")) * (-1 if years[year] < 0 else 1)
    # 'after 1.5% growth in 2023', 'following 1.0% growth in 2016': the earlier year, growth as a noun.
    for match in _NOUN_GROWTH.finditer(text):
        if not years or match.group("year") in years:
            return None  # alone, or a year given twice: not sure which figure is the year's
        value = float(match.group("pct"))
        years[match.group("year")] = -value if match.group("sign") or match.group("fell") else value
    # 'grew by 1.0% in 2016, after 1.2% the year before': the year before the one just read.
    for match in _YEAR_BEFORE.finditer(text):
        if len(years) != 1:
            return None
        before = str(int(next(iter(years))) - 1)
        if before in years:
            return None
        value = float(match.group("pct"))
        years[before] = -value if match.group("sign") else value
    if len(set(_DATED_PERCENT.findall(text))) > len(years) or len(_AFTER_PERCENT.findall(text)) > len(years) - 1:
        return None  # a year's figure left unread: a partial table would read as a revision
    return {"value": years} if years else None


_AND_YEAR = re.compile(r",?\s+and\s+(?P<pct>\d+(?:\.\d+)?)(?:%|\s?percent)\s+in\s+(?P<year>\d{4})\b", I)
_YEAR_BEFORE = re.compile(
    r"\b(?:after|following|(?:down|up)\s+from)\s+(?:a\s+)?(?P<pct>\d+(?:\.\d+)?)(?:%|\s?percent)\s+"
    r"(?P<sign>contraction\s+|decline\s+)?(?:growth\s+)?(?:the\s+(?:year\s+before|previous\s+year|prior\s+year|"
    r"preceding\s+year)|a\s+year\s+(?:earlier|before)|in\s+the\s+(?:previous|prior|preceding)\s+year)\b",
    I,
)
_AFTER_PERCENT = re.compile(r"\b(?:after|following)\s+(?:a\s+)?(?:\w+\s+)?\d+(?:\.\d+)?(?:%|\s?percent)", I)
"""A figure for the year before ('after 1.2% ...'), each of which needs a year of its own read."""
_DATED_PERCENT = re.compile(r"\d+(?:\.\d+)?(?:%|\s?percent)\s+(?:growth\s+)?in\s+(\d{4})\b", I)


_NOUN_GROWTH = re.compile(
    r"\b(?:after|following|(?:down|up)\s+from)\s+(?:a\s+)?(?:(?:meager|modest|mere|slim|slight|small)\s+)?"
    r"(?:(?:growth|expansion|(?P<fell>contraction|decline))\s+of\s+(?:just\s+|only\s+|barely\s+|a\s+mere\s+)?)?"
    r"(?P<pct>\d+(?:\.\d+)?)(?:%|\s?percent)\s+(?P<sign>contraction\s+|decline\s+)?"
    r"(?:growth\s+)?in\s+(?P<year>\d{4})\b",
    I,
)


@rule("economy.supplementary_budget", needs=("budget",))
def supplementary_budget(sentence: Sentence, context: Context) -> Fields | None:
    found = money_before(sentence.text, r"(?:\w+\s+)?(?:supplementary|extra)\s+budget")
    if found is None:
        return None
    period = period_of(sentence.text)
    return {**found, "period": period} if period else found


_OTHER_TARGET_YEAR = re.compile(
    r"\b(?:by|for|until|through)\s+(?:the\s+end\s+of\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?(?!2030\b)20\d\d\b", I
)


@rule("economy.emissions_cut_target", needs=("emission",))
def emissions_cut_target(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    # Another country's pledge is not Japan's: 'The EU targets a 55% cut in greenhouse gas emissions'.
    cut = r"(?:reduction|cut)\s+(?:in\s+)?(?:its\s+)?(?:greenhouse gas|GHG|carbon)\s+emissions"
    found = percent_before(text, cut, others=OTHER_COUNTRIES)
    if found is None or _OTHER_TARGET_YEAR.search(text):
        return None  # 'a 60% cut ... by 2035': the fact is the pledge for 2030, and the sentence names another
    by = re.search(r"\bby\s+(?P<by>\d{4})\b", text)
    base = re.search(r"\bfrom\s+(?P<base>\d{4})\s+levels\b|\bcompared\s+(?:with|to)\s+(?P<base2>\d{4})\b", text)
    fields = dict(found)
    if by:
        fields["by"] = by.group("by")
    if base:
        fields["baseline"] = base.group("base") or base.group("base2")
    return fields


_YEARS = rf"(?:\d{{1,2}}|{p.NUMBER_WORD})"
_YEN_EXTREME = re.compile(
    rf"\b(?P<years>{_YEARS})-(?P<unit>year|month)\s+(?P<side>low|high)\b"
    r"|\b(?P<side2>weakest|strongest|lowest|highest|feeblest|softest|firmest)\s+(?:level\s+|point\s+|mark\s+|rate\s+)?"
    rf"(?:in|for|since)\s+(?P<years2>{_YEARS}|a)\s+(?P<span>years|decades?)\b",
    I,
)
"""'a 38-year low against the dollar', 'a five-year low' (beside '¥116 per dollar'), 'its weakest level in 13 years',
'its feeblest level in thirteen years', 'its weakest point in two decades': the yen's extreme against the dollar, the
only currency the sentence names; 'a seven-month high' counts months."""
_EARLIER = re.compile(r"\b(?:had|previously)\s+(?:[\w,-]+\s+){0,4}$", I)
"""An extreme the yen had reached before, its clause in the past perfect or marked previously: 'in July 2024 it had sunk
to a 38-year low' after the current 'seven-month high'. That is history, not where the yen stands."""
_OTHER_MONEY = r"\b(?:euro|yuan|Korean\s+won|renminbi|pound|sterling)\b"


def _earlier(text: str, start: int) -> bool:
    """Whether the extreme at `start` is one the yen had reached before, in its own clause (up to a ';')."""
    clause = max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
    return _EARLIER.search(text, clause, start) is not None


@rule("economy.yen", needs=("yen", "dollar"))
def yen(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    match = next((found for found in _YEN_EXTREME.finditer(text) if not _earlier(text, found.start())), None)
    if match is None or not has(r"\bdollar\b", text) or has(_OTHER_MONEY, text):
        return None
    if not has(r"\byen\b", text) and not (
        has(r"\bit\b", text[: match.start()]) and has(r"\byen\b", context.preceding.get(text, ""))
    ):
        return None  # 'In June it slid past ¥125 per dollar, ...' after a sentence on the yen: the yen's
    written = (match.group("side") or match.group("side2")).lower()
    side = "high" if written in ("high", "strongest", "highest", "firmest") else "low"
    if match.group("years"):
        value = f"{match.group('years')}-{match.group('unit')} {side} against the dollar"  # as written: 'five-year'
    else:
        written = match.group("years2").lower()
        years = 1 if written == "a" else int(p.number_of(written) or 0)
        if match.group("span").startswith("decade"):
            years *= 10  # 'its weakest point in two decades' is a 20-year low
        value = f"{years}-year {side} against the dollar"
    period = period_of(sentence.text)
    return {"value": value, "period": period} if period else {"value": value}
