"""IF11120's agreement dates: the 2019 signing, the 2020 entry into force, the 2023 critical minerals deal.

The brief restates each date at lower precision as versions go by ("on January 1, 2020", "in January
2020", "in 2020", "the 2020 U.S.-Japan Trade Agreement"); every form is read at its own precision.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if11120.nearby import clause_around, date_in
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_USJTA = re.compile(r"\bU\.?S\.?[-\u2010-\u2015]?\s?Japan\s+Trade\s+Agreement\b|\bUSJTA\b")
_DIGITAL = re.compile(r"\bDigital\s+Trade\s+Agreement\b|\bdigital\s+trade\s+agreement\b")
_BOTH = re.compile(
    r"\b(?:(?:the|both|two)\s+(?:limited\s+)?(?:trade\s+)?(?:agreements|deals)|trade\s+deals|agreements)\b", I
)
_OTHER_DEALS = re.compile(
    r"\bcritical\s+minerals?\b|\bCPTPP\b|\bTPP\b|\bRCEP\b|\bIPEF\b|\bUSMCA\b|\bframework\b|\bFTAs\b", I
)
_DATE = rf"(?:(?:{p.MONTH}\s+\d{{1,2}},\s*)?(?:{p.MONTH}\s+)?(?:19|20)\d{{2}})"
_IN_FORCE = re.compile(
    rf"\b(?:took|went|came|entered)\s+(?:effect|into\s+force|into\s+effect)\s*,?\s+(?:on|in)\s+(?P<date>{_DATE})\b"
    rf"|\b(?:in\s+force|in\s+effect)\s+since\s+(?P<since>{_DATE})\b"
)
_ENACTED = re.compile(
    r"\benact(?:ed)?\s+the\s+(?P<year>(?:19|20)\d{2})\s+(?P<which>U\.?S\.?[-\u2010-\u2015]?\s?Japan\s+(?:Digital\s+)?Trade\s+Agreement)\b"
)


def _which(text: str) -> set[str]:
    """Which of the two 2019 agreements a sentence speaks of: 'usjta', 'digital', or both."""
    named = set()
    if _USJTA.search(text):
        named.add("usjta")
    if _DIGITAL.search(text):
        named.add("digital")
    if _BOTH.search(text):
        named |= {"usjta", "digital"}
    return named


def _in_force(sentence: Sentence, agreement: str) -> Fields | None:
    text = sentence.text
    if _OTHER_DEALS.search(text) or has(OTHER_COUNTRIES, text, 0):
        return None
    values = set()
    for match in _IN_FORCE.finditer(text):
        if agreement in _which(text[: match.start()]):
            values.add(
                p.dates(match.group(0))[0][0]
                if p.dates(match.group(0))
                else match.group("date") or match.group("since")
            )
    for match in _ENACTED.finditer(text):
        # "enacted the 2020 U.S.-Japan Digital Trade Agreement": the agreement is named by the year it took effect.
        if ("digital" if "Digital" in match.group("which") else "usjta") == agreement:
            values.add(match.group("year"))
    return {"value": values.pop(), "qualifier": "exact"} if len(values) == 1 else None


@rule("agreements.usjta_in_force", needs=("effect", "force", "enact"))
def usjta_in_force(sentence: Sentence, context: Context) -> Fields | None:
    return _in_force(sentence, "usjta")


@rule("agreements.digital_trade_in_force", needs=("effect", "force", "enact"))
def digital_trade_in_force(sentence: Sentence, context: Context) -> Fields | None:
    return _in_force(sentence, "digital")


_SIGNED = re.compile(r"\bsigned\b", I)


@rule("agreements.usjta_signed", needs=("signed",))
def usjta_signed(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    signed = _SIGNED.search(text)
    if signed is None or _OTHER_DEALS.search(text) or has(OTHER_COUNTRIES, text, 0) or "usjta" not in _which(text):
        return None
    if not has(r"\b(?:United States\b|U\.S\.)", text) or not has(r"\bJapan", text, 0):
        return None
    value = date_in(clause_around(text, signed.start(), signed.end()))
    return {"value": value, "qualifier": "exact"} if value else None


_CMA = re.compile(r"\bcritical\s+minerals\s+agreement\b", I)


@rule("agreements.critical_minerals_signed", needs=("critical minerals",))
def critical_minerals_signed(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    named = _CMA.search(text)
    verb = re.search(r"\b(?:signed|concluded|entered\s+into)\b", text, I)
    if named is None or verb is None or verb.start() > named.start() or not has(r"\bJapan", text, 0):
        return None
    if has(r"\b(?:plan|framework|negotiat\w*|talks|would|will|may|expected)\b", text[verb.start() : named.end()]):
        return None
    value = date_in(clause_around(text, verb.start(), named.end()))
    return {"value": value, "qualifier": "exact"} if value else None
