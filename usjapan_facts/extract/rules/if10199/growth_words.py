"""The words of Japan's growth by year: the verbs of growth and decline, the words between a figure and its verb that
change no figure, the economy as a subject, and the other measures and economies a growth verb may have instead."""

from __future__ import annotations

import re

from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import I

ELSEWHERE = rf"{OTHER_COUNTRIES}|\bUnited States\b|\bU\.S\.(?!-)|\bAmerica\b|\b(?:the\s+)?(?:euro\s+area|eurozone)\b"
"""Economies other than Japan's whose growth a brief may give beside it."""
YEAR = r"(?:19|20)\d\d"
FALL_NOUN = r"(?:contraction|decline|drop|fall|slump|plunge|loss|downturn)"
"""The nouns of a fall in output."""
UP = (
    r"(?:increas\w*|gr[eo]w(?:s|ing|n)?|rose|ris(?:es|ing|en)|expand\w*|climb\w*|advanc\w*|rebound\w*|recover\w*|"
    r"(?:edg|inch|tick|pick)(?:ed|ing)\s+up|gain(?:ed|ing)?|regain(?:ed|ing|s)?|was\s+up|(?<=all\sbut\s)stall(?:ed|ing))"
)
DOWN = (
    r"(?:decreas\w*|contract\w*|fell|fall(?:s|ing|en)?|shr[aiu]nk\w*|declin\w*|slipped|slid|dipped|dropped|"
    r"was\s+(?:reduced|cut|lowered)|"
    r"(?:edged|inched|ticked)\s+down|was\s+down)"
)
ADVERB = (
    r"(?:(?:just|only|barely|merely|revised|an\s+estimated|an?\s+(?:revised|preliminary|estimated)|an?\s+(?:modest|meager|mere|slim|"
    r"slight|small|robust|solid|strong|weak|sluggish|healthy|tepid|anemic|scant|paltry|moderate|brisk|marginal|bare|feeble|"
    r"lackluster|lacklustre|listless|meagre|negligible|tiny|minuscule|puny|decent|respectable|steady|"
    r"(?:(?:nearly|almost|virtually|essentially|near)[\s-]+)?(?:flat|stagnant|zero)))\s+)*"
)
"""Words between a figure and what governs it that change no figure: 'expanded just 0.1%', 'after a meager 0.2%',
'after a nearly flat 0.1%', 'after a near-stagnant 0.1%'."""
ECONOMY = re.compile(
    r"\b(?:GDP|gross domestic product|economy|economic output|economic growth|real growth)\b"
    r"|^(?:Real\s+)?(?:Output|Growth)\b",
    I,
)
SUBJECT = re.compile(r"\b(?:GDP|gross domestic product|economy|output|growth|expansion)\b", I)
TOPIC = re.compile(
    r"\b(?:exports?|imports?|prices?|inflation|CPI|wages?|pay|earnings|incomes?|unemployment|jobless|employment|"
    r"consumption|spending|investment|capex|debt|deficits?|surplus|yen|dollar|stocks?|Nikkei|shares?|population|"
    r"productivity|profits?|sales|industrial|production|manufacturing|tariffs?|yields?|budget|defen[cs]e|emissions|"
    r"tourism|visitors|trade|revenues?|tax|demand|credit|lending|bonds?|interest|policy)\b",
    I,
)
"""Subjects a growth verb may have other than the economy: 'Exports grew 5%', 'prices rose 2.5%'."""


YEAR_BESIDE = re.compile(  # the year before the one figure read, or ('next') the year after it
    r"\s*(?:(?:contraction|decline|pace|rate|expansion)\s+)?(?:growth\s+)?(?:(?:of|for|during)\s+)?(?:the\s+(?:year\s+before|previous\s+year|"
    r"prior\s+year|preceding\s+year)|a\s+year\s+(?:earlier|before)|in\s+the\s+(?:previous|prior|preceding)\s+year"
    r"|(?P<next>(?:in\s+)?the\s+(?:following|next|subsequent)\s+year|a\s+year\s+later|the\s+year\s+after))\b",
    I,
)
"""A figure's year told from the one figure read before it: 'the 1.0% growth of the year before', 'the 1.6% pace a year
earlier'."""
FRONTED = re.compile(
    rf"(?:^|[;:]\s*|,\s+(?:and|but)\s+|\band\s+)(?:In|in|During|during|For|for)\s+(?P<year>{YEAR})(?:\s+as\s+a\s+whole)?,?\s+"
    rf"(?:the\s+|Japan\W?s\s+|its\s+)?(?:real\s+)?(?:economy|GDP|gross\s+domestic\s+product|output|it|growth)\s+(?:\w+\s+){{0,4}}?$"
    rf"|\bin\s+(?P<own>{YEAR})(?:,\s+(?:{UP}|{DOWN})\s+(?:by\s+)?|\s+by\s+){ADVERB}$"
    rf"|\b(?:{UP}|{DOWN})\s+(?:in|during)\s+(?P<verb>{YEAR}),?\s+(?:by\s+)?{ADVERB}$"
    rf"|^(?:(?:Japan\W?s|the|its)\s+)?(?:real\s+)?(?:GDP\s+|economic\s+)?growth\s+(?:in|for|during)\s+(?P<subject>{YEAR}),?\s+"
    rf"(?:\w+\s+){{0,3}}?{ADVERB}(?:minus\s+|[-\u2212])?$",
    I,
)
"""A year said before its figure: 'In 2023, the economy grew 1.9%', 'for 2017 as a whole, real GDP rose 1.7%', 'grew in
2030 by 1.4%', 'barely grew in 2024, expanding 0.1%'; or between the figure's verb and it, the figure set off in
brackets: 'After barely growing in 2024 (0.1%), ...'; or in the subject the figure is said of: 'Growth in 2019 had
been a slim 0.3%'."""


VERDICT = re.compile(
    r"^(?P<subject>(?:(?:Japan\W?s|the|its)\s+)?(?:real\s+)?(?:GDP\s+|economic\s+)?(?:growth|expansion))\s+(?:was|were|is|"
    r"has\s+been|had\s+been|remained|stayed|proved|looked)\s+[^:;\d%]{1,80}:(?=\s*(?:minus\s+|-|\u2212)?\d)",
    I,
)
"""A verdict on growth before a colon, its figures after it: 'Growth was feeble even before the pandemic: 0.3% in 2018
and 0.7% in 2019' says what growth was, as 'Growth: 0.3% in 2018 and 0.7% in 2019' does."""


_LABEL = re.compile(
    r"^(?P<subject>(?:Japan\W?s\s+)?(?:real\s+)?(?:GDP|gross\s+domestic\s+product|economy|economic\s+output|output))\s*:\s*",
    I,
)
_BARE_VERB = re.compile(
    rf"(?:^|(?<=;\s)|(?<=,\s))(?P<verb>up|down|{UP}|{DOWN})(?=\s+(?:by\s+)?{ADVERB}[-\u2212]?\d)", I
)


_FIGURE_FIRST = re.compile(
    r"^(?P<figure>(?:minus\s+|[-\u2212])?\d[\d.]*\s*(?:%|percent))\s*:\s*(?:that|this|it)\s+(?:was|is)\s+"
    rf"(?P<subject>(?:Japan\W?s\s+)?(?:real\s+)?(?:GDP\s+)?growth\s+(?:in|for)\s+{YEAR})\b",
    I,
)
"""A figure put first, what it is after a colon: 'Minus 0.1%: that was Japan's real growth in 2014'."""


_YEAR_LABEL = re.compile(
    r"^(?P<subject>(?:Japan\W?s\s+)?(?:real\s+)?(?:GDP\s+|economic\s+)?growth),?\s*(?:in\s+|for\s+|\(\s*)?"
    rf"(?P<year>{YEAR})\s*\)?\s*:\s*(?P<figure>(?:minus\s+|[-\u2212])?\d[\d.]*\s*(?:%|percent))\s*\W?$",
    I,
)
"""A label naming the year of the figure after it, a table's row: 'Real GDP growth, 2023: 1.9%'."""


def labelled(text: str) -> str:
    """The text with the economy a label names made the subject of each verb after it: 'Real GDP: down 0.1% in 2014;
    up 1.6% in 2013' says 'Real GDP was down 0.1% in 2014; Real GDP was up 1.6% in 2013'; a figure put first
    ('Minus 0.1%: that was Japan's real growth in 2014') is said after its subject, and a year a label names
    ('Real GDP growth, 2023: 1.9%') after its figure."""
    if (row := _YEAR_LABEL.match(text)) is not None:
        return f"{row.group('subject')}: {row.group('figure')} in {row.group('year')}"
    first = _FIGURE_FIRST.match(text)
    if first is not None:
        return f"{first.group('subject')} was {first.group('figure').lower()}{text[first.end() :]}"
    label = _LABEL.match(text)
    if label is None:
        return text
    subject = label.group("subject")

    def said(verb: re.Match[str]) -> str:
        bare = verb.group("verb").lower() in ("up", "down")
        return f"{subject} {'was ' if bare else ''}{verb.group('verb')}"

    rest = text[label.end() :]
    told = _BARE_VERB.sub(said, rest)
    return told if told != rest else text


__all__ = [
    "ADVERB",
    "DOWN",
    "ECONOMY",
    "ELSEWHERE",
    "FALL_NOUN",
    "FRONTED",
    "SUBJECT",
    "TOPIC",
    "UP",
    "VERDICT",
    "YEAR",
    "YEAR_BESIDE",
    "labelled",
]
