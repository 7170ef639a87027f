"""Rules of the defense section."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import another_country_before, one
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import percents

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_GDP = r"(?:its\s+|Japan's\s+|the\s+)?(?:GDP|gross domestic product)\b"
_OTHERS = rf"{OTHER_COUNTRIES}|\bNATO\b"
"""Who else sets defense goals and limits as a share of GDP, or buys Tomahawks."""


_THE_MISSILES = (
    r"\b(?:the|these|those)\s+(?:cruise\s+)?missiles\b|\b(?:for|on|of|toward|towards)\s+them\b"
    r"|\bthe\s+(?:sale|purchase|buy|deal|acquisition|order)\b"
    r"|^Its\s+(?:(?:estimated|total|projected|expected|notified|overall)\s+)?value\s+(?:is|was)\s+(?!up\s+to\b)"
)
"""The missiles a sentence takes from the one before: 'approved the sale of as many as 400 of the missiles', 'sets
aside ¥211.3 billion for them', 'the purchase is valued at', 'Its estimated value is' (the sale's, named before: no
other buyer's; a value, not a cost or price, which may be one missile's, an overrun's or a refit's)."""
_A_SALE = re.compile(r"\b(?:sale|sell|sells|sold|buy|buys|buying|bought|purchas\w*|acquir\w*)\b", I)
_OTHER_ARMS = (
    r"\b(?:launchers?|Type\s+12|hypersonic|glide|destroyers?|warships?|ships?|fighters?|F-35\w*|radars?|Aegis"
    r"|program)\b"
)
"""What else the sentence before may name, which 'Its value' may be: 'the Mk 41 launchers', 'its upgraded Type 12
missiles', 'Japan's counterstrike program'."""
_UP_TO = re.compile(r"\bup\s+to\s+$", I)
"""A ceiling right before the amount: 'Its estimated value is up to $2.35 billion' is no exact value."""


_WHOLE = re.compile(
    r"\b(?:budget|buildup|build-up|spending|outlays|program)(?:\s+request)?(?:\s+(?:for|in|of)\s+(?:FY\s?)?\d{4})?\s*"
    r"(?:,[^,;]{0,90},\s*)?"
    r"(?:is|was|of|totals|totaled|stands\s+at|stood\s+at|comes\s+to|came\s+to|reached|rose\s+to|amounts\s+to)\s+"
    r"(?:(?:about|some|roughly|nearly|around|a\s+record)\s+)?(?:¥[\d.,]+\s*(?:trillion|billion)\s*\(\s*)?"
    r"(?:(?:about|some|roughly|nearly|around)\s+)?$",
    I,
)
"""A whole the purchase is a part of, the amount's own subject: 'the FY2023 defense budget, which funds the first
Tomahawks, is ¥6.8 trillion (about $51 billion)'; or the price of one ('about $2 million apiece')."""
_EACH = re.compile(r"\s*(?:apiece|each|a\s+(?:missile|piece|unit)|per\s+(?:missile|unit|piece|round))\b", I)
_ONE_PRICED = re.compile(
    r"\b(?:(?:each|every|a\s+single|one)\s+(?:Tomahawk\s+)?(?:missile|unit|round|Tomahawk)s?|unit\s+(?:cost|price)|"
    r"(?:cost|price)\s+(?:of|per)\s+(?:each|one|a\s+single|a)\s+(?:Tomahawk\s+)?(?:missile|unit|round|Tomahawk))\b[^;$]{0,40}$",
    I,
)
"""The price of one said before it: 'Each Tomahawk missile costs about $2 million', 'the unit cost is $2 million'."""

_CLASS = re.compile(
    r"\s+(?:for|on|to\s+buy)\s+(?:[\w-]+\s+){0,3}(?:missiles|weapons|munitions|arms|systems|capabilit(?:y|ies))\b,?"
    r"\s+(?:among\s+them|including|such\s+as|of\s+which|with)\b",
    I,
)
"""A class of arms the amount buys, Tomahawks only among them: 'about $5.5 billion for stand-off missiles, among them
Tomahawks and upgraded Type 12 missiles' (the class's budget, not the Tomahawk purchase)."""


@rule(
    "defense.tomahawk_purchase",
    needs=(
        "tomahawk",
        "missiles",
        "them",
        "the sale",
        "the purchase",
        "the buy",
        "the deal",
        "the acquisition",
        "the order",
        "value",
    ),
)
def tomahawk_purchase(sentence: Sentence, context: Context) -> Fields | None:
    named = has(r"\bTomahawk", sentence.text, 0)
    before = context.preceding.get(sentence.text, "")
    if not named and not (
        has(_THE_MISSILES, sentence.text)
        and has(r"\bTomahawk", before, 0)
        and not another_country_before(before, len(before), _OTHERS)
        and (not has(r"^Its\b", sentence.text) or (_A_SALE.search(before) and not has(_OTHER_ARMS, before)))
    ):
        return None
    values = [
        {"value": dollars, "qualifier": qualifier}
        for dollars, qualifier, match in p.money_amounts(sentence.text)
        if not another_country_before(sentence.text, match.start(), _OTHERS)
        and not not_current(sentence.text, match.start(), planned=True, kin=())  # 'may buy another 200'
        and not _WHOLE.search(sentence.text, max(0, match.start() - 200), match.start())
        and not _EACH.match(sentence.text, match.end())
        and not _CLASS.match(sentence.text, match.end())
        and not _ONE_PRICED.search(sentence.text, max(0, match.start() - 80), match.start())
        and not _UP_TO.search(sentence.text, max(0, match.start() - 10), match.start())
    ]
    return one(values)


_LEVEL_NAMED_LIMIT = re.compile(
    r"^(?:That|This)\s+(?:level|share|figure|mark|line|threshold|ratio|percentage)\s+(?:(?:had|has|have)\s+)?"
    r"(?:long\s+)?(?:(?:was|were|is|been)\s+)?(?:(?:first\s+|formally\s+|officially\s+)?(?:set|fixed|adopted|established|"
    r"treated|regarded|observed|enshrined|written\s+down)\s+)?as\s+(?:an?\s+|the\s+|its\s+)?(?:(?:formal|informal|"
    r"official|unofficial|traditional|de\s+facto|self-imposed|customary|upper|outer)\s+){0,2}(?:ceiling|cap|limit|lid)\b",
    I,
)
"""A sentence naming the level the one before gives a ceiling: 'That level was set as a formal ceiling by the Miki
cabinet in 1976' (after 'Defense spending has stayed below one percent of GDP')."""
_SPENDING = (
    r"(?<!\bfor\s)(?<!\bof\s)(?<!\bon\s)(?<!U\.S\.\s)"
    r"\b(?:defen[cs]e|military)\s+(?:spending|outlays|budgets?|expenditures?)\b"
)
"""Defense spending as a whole, its words side by side: not one part ('Defense procurement spending', 'Military pension
outlays'), another outlay ('Social security spending') nor another's ('support for U.S. military outlays')."""
_GOAL = (
    r"\b(?:goal|target|aim\w*|plan\w*|pledg\w*|rais\w*|double\w*|increas\w*|reach|lift\w*|boost\w*|NATO|propos\w*|"
    r"urg\w*|call\w*\s+for|want\w*|seek\w*|suggest\w*|project\w*|forecast\w*|expect\w*|if|unless|may|might|could|would|"
    r"will|should)\b"
)
"""A level not held: a goal, a proposal ('proposed limiting defense spending to 1.2%'), a condition ('If defense
spending fell to 0.8%') or a projection ('may fall to 0.8%')."""


@rule("defense.traditional_limit_pct_gdp", needs=("ceiling", "cap", "limit", "lid"))
def limit_named_after(sentence: Sentence, context: Context) -> Fields | None:
    """The one share of GDP the sentence before gives defense spending, which this one names as its ceiling."""
    named = _LEVEL_NAMED_LIMIT.match(sentence.text)
    before = context.preceding.get(sentence.text, "")
    if named is None or p.percents(sentence.text) or not has(_SPENDING, before) or has(_GOAL, before):
        return None
    if has(r"\b(?:not|never|no\s+one|nobody|none)\b|n['\u2019]t\b", sentence.text):
        return None  # 'That level was never treated as a ceiling'
    if another_country_before(before, len(before), _OTHERS):
        return None
    # as the declared limit reads them (a float and its hedge): a Decimal would disagree with the same level
    shares = [share for share in percents(before) if re.match(rf"\s+of\s+{_GDP}", before[share.end :], I)]
    if len(shares) != 1 or not isinstance(shares[0].value, (int, float)) or shares[0].value > 1.5:
        return None
    return {"value": shares[0].value, "qualifier": shares[0].qualifier}
