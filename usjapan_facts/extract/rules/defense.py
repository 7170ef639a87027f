"""Rules of the defense section."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import (
    OTHER_COUNTRIES,
    Context,
    Fields,
    I,
    Rule,
    another_country_before,
    has,
    one,
    percent_before,
    registrar,
)
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_GDP = r"(?:its\s+|Japan's\s+|the\s+)?(?:GDP|gross domestic product)\b"
_OTHERS = rf"{OTHER_COUNTRIES}|\bNATO\b"
"""Who else sets defense goals and limits as a share of GDP, or buys Tomahawks."""


@rule("defense.spending_goal_pct_gdp", needs=("gdp", "gross domestic"))
def defense_spending_goal(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\bdefen[cs]e\b", text) or not has(r"\b(?:rais|increas|doubl|goal|target|reach|boost|lift)", text):
        return None
    if has(r"\b(?:traditionally|historically|limit\w*|caps?|capped|ceiling)\b", text):
        return None
    found = percent_before(text, _GDP, others=_OTHERS)
    if found is None:
        return None
    by = re.search(r"\bby\s+(?:the end of\s+)?(?P<by>FY\s?\d{4}|fiscal year \d{4}|\d{4})\b", text, I)
    return {**found, "by": by.group("by").replace(" ", "")} if by else found


@rule("defense.tomahawk_purchase", needs=("tomahawk",))
def tomahawk_purchase(sentence: Sentence, context: Context) -> Fields | None:
    if not has(r"\bTomahawk", sentence.text, 0):
        return None
    values = [
        {"value": dollars, "qualifier": qualifier}
        for dollars, qualifier, match in p.money_amounts(sentence.text)
        if not another_country_before(sentence.text, match.start(), _OTHERS)
    ]
    return one(values)
