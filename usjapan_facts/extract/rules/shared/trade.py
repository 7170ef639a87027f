"""Readers of a trade fact both briefs state alike: where Japan ranks among U.S. partners, its investment pledge."""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.ahead import set_aside_before
from usjapan_facts.extract.counted_ranks import shared_superlative
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.not_in_force import DEMANDED
from usjapan_facts.extract.rank_concepts import BALANCE_NOUNS, SERVICES_PARTNER
from usjapan_facts.extract.ranks import regional
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import about_japan, another_country_before, money_before, one
from usjapan_facts.extract.stated_years import year_in
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import ranks

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

PARTNER = r"(?:overall\s+)?(?:U\.S\.\s+)?(?:overall\s+)?(?:trading|trade)\s+partner"


# "(fourth largest if EU countries are counted separately)": another way of counting, not the figure.
_PARENTHESIS = re.compile(r"\([^()]{0,300}\)")
_ALTERNATIVE = re.compile(r"\b(?:if|when|excluding|counting|counted)\b", I)
_JAPANS_OWN = re.compile(r"\bJapan['\u2019]s\s+(?:the\s+)?$")
"""'Japan's second-largest export market' ranks another country among Japan's partners, not Japan."""


def without_asides(text: str) -> str:
    """The text with parenthetical alternatives ('(fourth largest if ...)') blanked out, offsets kept."""
    if "(" not in text:
        return text
    return _PARENTHESIS.sub(
        lambda match: " " * len(match.group(0)) if _ALTERNATIVE.search(match.group(0)) else match.group(0), text
    )


_THEN_STEP = re.compile(r"(?:,\s+|\band\s+)then\s+(?:on\s+)?to\s+(?:the\s+)?(?:No\.\s?\d|\w+(?:th|rd|nd|st))\b", I)
"""A later step of a sequence of places ('from third to fifth place, then to sixth'): the places before it are gone."""


@lru_cache(maxsize=64)
def _following(follower: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`follower` right after a rank, and it as another country's ('... partner of China'): compiled once a follower."""
    other = re.compile(rf"\s*{follower}\S*\s+(?:of|for|to)\s+(?:Japan\b|{OTHER_COUNTRIES})", I)
    return re.compile(rf"\s*{follower}", I), other


def ranks_before(text: str, follower: str, *, window: int = 40) -> list[tuple[int, re.Match[str]]]:
    """Ranks that `follower` comes right after, where Japan is the one ranked ('China is the largest...' is not)."""
    text = without_asides(text)
    after, others = _following(follower)
    followed = [(rank, match) for rank, match in p.ranks(text) if after.match(text[match.end() : match.end() + window])]
    if not followed:
        return []  # the sentence's every rank, which costs most, is wanted only beside a rank `follower` follows
    read = ranks(text)
    kin = tuple(candidate.start for candidate in read)
    return [
        (rank, match)
        for rank, match in followed
        # 'after China, Canada, and Mexico, the largest': where the full reader counts the countries ahead, it knows
        if all(other.value == rank for other in read if other.start <= match.start() < other.end)
        and not shared_superlative(text, match.start())  # 'Canada, Mexico, China and Japan were the largest partners'
        and not not_current(text, match.start(), kin=kin)  # 'was fourth in 2015; it now ranks fifth'
        and about_japan(text, match.start())
        and not _JAPANS_OWN.search(text, 0, match.start())
        and not set_aside_before(text, match.start())  # 'China aside, the largest': the full reader counts them
        and not _THEN_STEP.search(text, match.end())  # 'slipped to fifth place ..., then to sixth': a step passed
        and not regional(text, match.start(), match.end())  # 'the largest U.S. trading partner in Asia'
        # 'the fourth-largest trading partner of China': another country's partner, not a U.S. one
        and not others.match(text[match.end() : match.end() + 200])
    ]


_RANKED_BY = re.compile(
    r"\b(?:based\s+on|ranked\s+by|by|on|in\s+terms\s+of)\s+(?P<year>(?:19|20)\d{2})\s+(?:total\s+)?"
    r"(?:(?:goods\s+and\s+services|bilateral)\s+)?(?:trade|data)\b",
    I,
)
"""The year a rank is measured by: 'based on 2025 goods and services trade', 'ranked by 2024 trade'."""


def rank_fields(ranks: list[int], text: str, context: Context) -> Fields | None:
    """The one rank a sentence gives, dated by its year or by the figure it cites."""
    if len(set(ranks)) != 1:
        return None
    fields: Fields = {"value": ranks[0], "qualifier": "exact"}
    period = year_in(text) if has(r"\bin\s+\d{4}\b", text) else None
    basis = _RANKED_BY.search(text)
    if period is None and basis is not None:
        period = basis.group("year")  # 'ranked by 2024 goods and services trade', 'based on 2023 trade'
    figure = re.search(r"\bFigure\s+(\d+)\b", text)
    if period is None and figure is not None:
        # The rank cites a figure whose title dates its data: "Top U.S. Trade Partners, 2025".
        period = context.figure_years.get(figure.group(1))
    return {**fields, "period": period} if period else fields


_FLOW_PARTNER = re.compile(
    rf"\s*{PARTNER}\s+(?:for\s+(?:U\.S\.\s+)?(?:exports|imports)|(?:in|on)\s+(?:each|both|either)\s+(?:direction|side)"
    r"|(?:in|for|by)\s+services\b(?!\s+and\s+goods))",
    I,
)
"""'partner for U.S. exports', 'partner in both directions', 'partner in services': each flow's rank, or services
trade's alone, not the overall one."""


_GAP_RANKED = re.compile(
    rf"\b{BALANCE_NOUNS}(?:\s+(?:with|against)\s+(?:Japan|it|the\s+United\s+States))?"
    r"(?:,[^;,]{1,40},)?\s+(?:[^;,]{0,30}?\s+)?(?:(?:c[ao]me(?:\s+in)?|comes(?:\s+in)?|rank(?:s|ed)?|st(?:ood|ands)|placed|"
    r"finished)\s+(?:as\s+|at\s+)?(?:the\s+)?(?:No\.|number|\w+(?:st|nd|rd|th)\b)|(?:was|is|has\s+been|remained|remains)\s+"
    r"(?:(?:also|again|still|only)\s+)?the\s+(?:\w+-)?(?:largest|biggest|highest)\b)"
    rf"|\b{BALANCE_NOUNS}\b[^;,]{{0,60}}?\$\s?[\d.,]+(?:\s+(?:billion|million|trillion))?(?:\s+in\s+(?:19|20)\d\d)?,"
    r"\s+(?:or\s+|ranking\s+|making\s+it\s+)?(?:the\s+)?(?:(?:\w+-)?(?:largest|biggest|highest)|\w+(?:st|nd|rd|th))\s+"
    r"(?:among|of\s+any|with\s+any)\b",
    I,
)
"""A deficit, gap, surplus or imbalance the rank is said of ('the goods deficit with Japan ranked sixth among U.S.
trading partners', 'The imbalance with Japan, $67.9 billion, was the fifth-largest with any partner'), or set after its
amount ('The goods deficit narrowed to $63.4 billion, eighth-largest among U.S. trading partners'): the balance's
place, not Japan's as a partner."""


def gap_ranked(text: str) -> bool:
    """Tell whether the rank the sentence gives is a deficit's, said of it as the subject."""
    return has(r"\b(?:deficit|gap|shortfall|surplus|imbalance)", text) and _GAP_RANKED.search(text) is not None


@rule("trade.overall_partner_rank", needs=("partner",))
def overall_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\bJapan", text, 0) or has(r"^\W*(?:For|To)\s+Japan,", text):
        return None  # 'For Japan, the United States is the second-largest trading partner': Japan's own partners
    if gap_ranked(text):
        return None
    ranks = [
        rank
        for rank, match in ranks_before(text, rf"(?:among\s+)?{PARTNER}")
        if not _FLOW_PARTNER.match(text[match.end() : match.end() + 200])
        and not SERVICES_PARTNER.match(text, match.end())  # 'the second-largest partner in services': a part's
    ]
    return rank_fields(ranks, text, context)


_FIRMS = (
    r"(?:firms?|compan(?:y|ies)|automakers?|corporations?|conglomerates?|Toyota|Honda|Nissan|SoftBank|Nippon\s+Steel|"
    r"Hitachi|Mitsubishi|Sony|Panasonic)\b"
)
_FIRM_PLEDGES = (
    rf"\b{_FIRMS}(?:(?:\s+\w+){{0,3}}?\s+(?:has\s+|have\s+|had\s+)?(?:pledg|promis|commit)"
    r"|[^;]{0,40}?\b(?:purchase|acquisition|takeover|buyout|merger|bid)\s+(?:of|for)\b)"
    rf"|\b(?:commit|oblig|bind|requir)\w*\s+(?:the\s+|its\s+|Japanese\s+)?(?:\w+\s+)?{_FIRMS}"
    rf"|\b{_FIRMS}\W?s?\W\s*(?:[\w-]+\s+){{0,2}}?(?:plans?|pledges?|commitments?|promises?|investment\s+plans?)\b"
)
"""A company's own pledge, not the government's: 'Toyota has pledged to invest $10 billion in U.S. plants'; one its
deal for another company carries ('Nippon Steel completed its purchase of U.S. Steel, ... committing $11 billion of
new investment'); one a deal binds it to ('The deal ... commits Nippon Steel to about $11 billion in new
investment'); or one named as the company's ('Toyota's own plan to invest $10 billion', 'the automakers' pledges')."""


@rule("trade.japan_investment_pledge", needs=("invest",))
def japan_investment_pledge(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:pledg|promis|commit)", text) or not has(r"\binvest", text) or has(_FIRM_PLEDGES, text):
        return None
    # Other allies pledged investments too: 'South Korea pledged $350 billion'. '$550 billion in Japanese investment'.
    found = money_before(
        text,
        r"(?:(?:in|into)\s+(?:the\s+)?(?:United States|U\.S\.)"
        r"|(?:of|in|for)\s+(?:new\s+)?(?:(?:U\.S\.|Japanese)\s+)?investments?\b)",
        others=OTHER_COUNTRIES,
        planned=True,
    )
    if found is None:
        values = [
            {"value": dollars, "qualifier": qualifier}
            for dollars, qualifier, match in p.money_amounts(text)
            if has(r"\binvest\w*\s+$", text[max(0, match.start() - 12) : match.start()])
            and not another_country_before(text, match.start())
        ]
        found = one(values)
    if found is None or DEMANDED.search(text):
        return None  # 'The United States wants Japan to invest $1 trillion': a demand, not Japan's pledge
    # The deadline may stand in the next sentence: "Investments are to be made before 2029."
    next_sentence = context.following.get(text, "")[:200]
    by = re.search(r"\b(?:by|before)\s+(?P<by>\d{4})\b", text) or (
        re.search(r"\binvest\w*\b[^.]{0,60}\b(?:by|before)\s+(?P<by>\d{4})\b", next_sentence, I)
    )
    return {**found, "by": by.group("by")} if by else found
