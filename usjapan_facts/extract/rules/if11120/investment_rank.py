"""IF11120's rank of Japan as a source of FDI in the United States, where it follows Japan's stock in the same clause
(`investment.stock_subjects`): "second only to that of the United Kingdom", "an amount surpassed only by investors from
...", or where Japan is said to lead: "the leading source of FDI", "more direct investment in the United States than
firms from any other country".
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, registrar
from usjapan_facts.extract.rules.if11120.investment import (
    ANOTHER_RANKING,
    CLAUSE_END,
    JAPAN_FIRST,
    stock_subjects,
    whose,
)
from usjapan_facts.extract.rules.if11120.ranking import league, ranks_in
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_NOT_NOW = re.compile(r"\b(?:had\s+been|as\s+recently\s+as|once|until)\b", I)
_GROWTH = re.compile(
    r"\b(?:gr[eo]w\w*|rose|rise\w*|increas\w*|expand\w*|jump\w*|climb\w*)\s+(?:by\b|\d|more\b|faster\b|the\s+most\b)"
    r"|\b(?:added|adding|growth|new\s+investments?|flows?|inflows?)\b",
    I,
)
"""'Japan's FDI in the United States grew by $40 billion, more than any other country's' ranks the growth."""


_LEADING = re.compile(
    r"\bJapan\s+(?:[\w-]+\s+){0,3}?the\s+leading\s+(?:foreign\s+)?(?:source|investor|provider)\s+of\s+(?:FDI|foreign\s+direct\s+"
    r"investment|direct\s+investment)\s+(?:in|into)\s+the\s+(?:United\s+States|U\.S\.)",
    I,
)


_MORE_THAN = re.compile(
    r"\b(?:more|a\s+(?:larger|bigger|greater))\s+(?:stock\s+of\s+)?(?:foreign\s+)?(?:direct[- ]investment|FDI)\s+"
    r"(?:\(FDI\)\s+)?in\s+the\s+(?:United\s+States|U\.S\.)\s+than\s+(?:that\s+of\s+|those\s+of\s+)?"
    r"(?:(?:firms|investors|companies)\s+(?:from|of|in)\s+)?any\s+other\s+(?:foreign\s+)?(?:country|nation|economy)"
    r"|\bmore\s+Japanese\s+than\s+any\s+other\s+(?:country|nation)['\u2019]s\s+(?:capital|investment|money)\s+is\s+"
    r"invested\s+(?:directly\s+)?in\s+the\s+(?:United\s+States|U\.S\.)",
    I,
)
"""Japan's first place as the thing compared: 'Japanese companies hold more direct investment in the United States than
firms from any other country', 'More Japanese than any other country's capital is invested directly in the U.S.'."""


def _more_than_any(text: str) -> bool:
    """Whether Japan, named before any other country in the clause, holds more FDI in the United States than any."""
    for match in _MORE_THAN.finditer(text):
        start = text.rfind(";", 0, match.start()) + 1
        japanese = match.group(0).casefold().startswith("more japanese")
        if japanese or JAPAN_FIRST.match(text[start : match.start()]):
            return True
    return False


_ONLY_AFTER = re.compile(
    r";\s+(?:only\s+[^;]{3,50}?|[^;]{3,40}?\s+alone|no\s+(?:other\s+)?(?:country|economy|one)\s+(?:but|except|other\s+than)"
    r"\s+[^;]{3,40}?)\s+(?:held|hold|holds|invested|had|has|owned|owns)\s+"
    r"(?:more|a\s+(?:larger|bigger|greater)\s+(?:stake|position|stock|amount|share))\b",
    I,
)
"""A clause after the stock that ranks it by those ahead: '...; only British investors held more' (2), '...; the
United Kingdom alone had a larger stake' (2)."""


_ON_FDI_IN_US = re.compile(
    r"\b(?:FDI|direct[- ]investment|direct\s+investors?)\b[^;]{0,80}?\b(?:in|into)\s+the\s+(?:United\s+States|U\.S\.)",
    I,
)
_BY_MEASURE = re.compile(
    r"^(?:(?:Measured|Ranked)\s+by|By|In\s+terms\s+of|On\s+the\s+measure\s+of)\s+[^,;]{0,60}?"
    r"\b(?:FDI|direct[- ]investment)\b[^,;]{0,60},\s+Japan\b",
    I,
)
"""A rank said after the measure it ranks by: 'By FDI stock in the United States, Japan came second'."""
_IN_JAPAN = re.compile(r"\b(?:in|into)\s+Japan\b", I)


@rule("trade.fdi_source_rank", needs=("fdi", "direct investment", "invested directly", "direct investor"))
def fdi_source_rank(sentence: Sentence, context: Context) -> Fields | None:
    """Japan's rank where it follows Japan's stock: '..., second only to that of the United Kingdom'."""
    text = sentence.text
    ranks: set[int] = set()
    for match in stock_subjects(text, sentence.section):
        end_match = CLAUSE_END.search(text, match.end())
        end = end_match.start() if end_match else len(text)
        if whose(match) != "japan" or _NOT_NOW.search(text, 0, end) or _GROWTH.search(text, match.end(), end):
            continue
        only_after = _ONLY_AFTER.match(text, end)
        if only_after:
            end = only_after.end()  # '...; only British investors held more'
        ranks |= ranks_in(text, match.end(), end, unlike=ANOTHER_RANKING)
    if _ON_FDI_IN_US.search(text) and not _IN_JAPAN.search(text) and not _GROWTH.search(text):
        placed = league(text)  # 'the list ... was headed by the United Kingdom, with Japan next'
        ranks |= {placed} if placed else set()
        if fronted := _BY_MEASURE.match(text):  # 'By FDI stock in the United States, Japan came second, behind ...'
            end_match = CLAUSE_END.search(text, fronted.end())
            end = end_match.start() if end_match else len(text)
            ranks |= ranks_in(text, fronted.end(), end, unlike=ANOTHER_RANKING)
    more = _more_than_any(text) and not _GROWTH.search(text)
    if (_LEADING.search(text) or more) and not _NOT_NOW.search(text):
        ranks.add(1)  # 'Japan has been the leading source of FDI in the United States since 2019'
    return {"value": ranks.pop(), "qualifier": "exact"} if len(ranks) == 1 else None
