"""The words of Japan's growth by year: the verbs of growth and decline, the words between a figure and its verb that
change no figure, the economy as a subject, and the other measures and economies a growth verb may have instead."""

from __future__ import annotations

import re

from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import I

ELSEWHERE = rf"{OTHER_COUNTRIES}|\bUnited States\b|\bU\.S\.(?!-)|\bAmerica\b|\b(?:the\s+)?(?:euro\s+area|eurozone)\b"
"""Economies other than Japan's whose growth a brief may give beside it."""
YEAR = r"(?:19|20)\d\d"
UP = (
    r"(?:increas\w*|gr[eo]w(?:s|ing|n)?|rose|ris(?:es|ing|en)|expand\w*|climb\w*|advanc\w*|rebound\w*|recover\w*|"
    r"(?:edg|inch|tick|pick)(?:ed|ing)\s+up|gain(?:ed|ing)?|regain(?:ed|ing|s)?|was\s+up)"
)
DOWN = (
    r"(?:decreas\w*|contract\w*|fell|fall(?:s|ing|en)?|shr[aiu]nk\w*|declin\w*|slipped|slid|dipped|dropped|"
    r"was\s+(?:reduced|cut|lowered)|"
    r"(?:edged|inched|ticked)\s+down|was\s+down)"
)
ADVERB = (
    r"(?:(?:just|only|barely|merely|revised|an\s+estimated|an?\s+(?:revised|preliminary|estimated)|an?\s+(?:modest|meager|mere|slim|"
    r"slight|small|robust|solid|strong|weak|sluggish|healthy|tepid|anemic|scant|paltry|moderate|brisk|marginal|"
    r"(?:(?:nearly|almost|virtually|essentially)\s+)?flat))\s+)*"
)
"""Words between a figure and what governs it that change no figure: 'expanded just 0.1%', 'after a meager 0.2%',
'after a nearly flat 0.1%'."""
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


__all__ = ["ADVERB", "DOWN", "ECONOMY", "ELSEWHERE", "SUBJECT", "TOPIC", "UP", "YEAR"]
