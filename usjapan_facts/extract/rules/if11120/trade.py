"""IF11120's trade and investment figures: ranks (IF10199's rules), bilateral trade, the deficit, FDI stocks.

The brief gives each year's trade as a total with its split in parentheses: "U.S. exports to Japan
totaled $121 billion ($77 billion in goods, $44 billion in services)". A split is read only when its
parts add up to the total, which also lets "$42 in services" borrow the unit of its neighbours.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import Context, Fields, Rule, has, one, registrar
from usjapan_facts.extract.rules.if11120.nearby import data_year, previous
from usjapan_facts.extract.rules.shared import trade as shared
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_PARTNERS_FIGURE = re.compile(r"\bTop U\.?S\.? Trad(?:e|ing) Partners,?\s+(?P<year>(?:19|20)\d{2})\b")
_AS_PARTNER = re.compile(r"\bAs\s+the\s+(?P<rank>\S+)\s+(?:U\.S\.\s+)?trad(?:e|ing)\s+partner,\s+Japan\b")


@rule("trade.overall_partner_rank", needs=("partner",))
def overall_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    read = shared.overall_partner_rank(sentence, context)
    if read is None:
        # "As the fourth-largest U.S. trade partner, Japan is ...": Japan is named after its rank.
        opening = _AS_PARTNER.search(sentence.text)
        ranks = [rank for rank, _ in p.ranks(opening.group("rank") + " ")] if opening else []
        if len(ranks) != 1:
            return None
        read = {"value": ranks[0], "qualifier": "exact"}
    if "period" not in read:
        # The ranking's year is in the title of the chart it comes from: "Top U.S. Trade Partners, 2018".
        # A copy without that title leaves the rank undated: withheld, or it would read as a changed period.
        years = {
            found.group("year")
            for text in (*context.captions, context.text)
            for found in _PARTNERS_FIGURE.finditer(text)
        }
        if len(years) != 1:
            return None
        read = {**read, "period": years.pop()}
    return read


_STOCK = re.compile(
    r"\b(?:(?:the\s+)?stock\s+of\s+(?P<owner>U\.S\.|American|Japanese|Japan's)\s+(?:FDI|foreign\s+direct\s+investment|"
    r"direct\s+investment)|(?P<owner2>U\.S\.|American|Japanese|Japan's)\s+(?:FDI|foreign\s+direct\s+investment|"
    r"direct\s+investment)\s+stock)\s+in\s+(?P<host>Japan|the\s+United\s+States|the\s+U\.S\.)(?:\s+\([^)]{0,40}\))?"
    r"\s+(?:was\s+valued\s+at|totaled|was|stood\s+at|reached|amounted\s+to|were)\s+(?P<money>(?:(?:about|nearly|roughly|"
    r"approximately|over|more than|almost)\s+)?\$\s?\d[\d,.]*(?:\s*(?:billion|million|trillion))?)"
)


def _stock(sentence: Sentence, context: Context, owner: str) -> Fields | None:
    text = sentence.text
    values = []
    for match in _STOCK.finditer(text):
        who = "Japan" if (match.group("owner") or match.group("owner2")).startswith("Japan") else "U.S."
        host = "Japan" if match.group("host") == "Japan" else "U.S."
        money = p.money_amounts(match.group("money"))
        if who == owner and host != owner and len(money) == 1:
            values.append({"value": money[0][0], "qualifier": money[0][1]})
    found = one(values)
    if found is None:
        return None
    period = data_year(text)
    if period is None and not p.YEAR.search(p.DAY_DATE.sub(" ", text)):
        # "In 2025, the stock of U.S. FDI in Japan was ... Japanese FDI stock in the United States totaled ...".
        before = previous(text, context)
        period = data_year(before) if has(r"\b(?:FDI|direct investment)\b", before) else None
    # An undated stock would read as a changed period next to a dated one: withheld.
    return {**found, "period": period} if period else None


@rule("trade.japan_fdi_stock_in_us", needs=("fdi", "direct investment"))
def japan_fdi_stock_in_us(sentence: Sentence, context: Context) -> Fields | None:
    return _stock(sentence, context, "Japan")


@rule("trade.us_fdi_stock_in_japan", needs=("fdi", "direct investment"))
def us_fdi_stock_in_japan(sentence: Sentence, context: Context) -> Fields | None:
    return _stock(sentence, context, "U.S.")
