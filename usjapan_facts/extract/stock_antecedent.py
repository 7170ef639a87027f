"""The stock of direct investment a clause names by a noun or a pronoun alone ('its stock', 'It stood at'): the one
investment the words before it name, with its owner and host (`money_roles` reads by it). Pure, no I/O."""

from __future__ import annotations

from usjapan_facts.extract.money_lexicon import OTHER_PARTY as _OTHER
from usjapan_facts.extract.money_lexicon import lexicon
from usjapan_facts.extract.values import amounts

FDI = {"JP": "trade.us_fdi_stock_in_japan", "US": "trade.japan_fdi_stock_in_us"}
"""The stock of direct investment by the country it is held in."""


def antecedent(before: tuple[str, ...]) -> str | None:
    """The stock of the one investment the words before name, with its owner and host: the clause before in its
    sentence ('Japan has been the top source of FDI in the United States; its stock stood at'), else the sentence
    before."""
    lex = lexicon()
    said = next((text for text in before[:2] if lex.investment["concept"].search(text)), "")
    if not said or lex.investment["not_stock"].search(said) or amounts(said):
        return None
    held_in = [party for party, pattern in lex.host.items() if pattern.search(said)]
    owner = held_in and lex.named[_OTHER[held_in[0]]].search(lex.host[held_in[0]].sub(" ", said))
    return FDI[held_in[0]] if len(held_in) == 1 and owner else None


def turned_stock(clause: str, before: tuple[str, ...]) -> str | None:
    """The stock a clause names as the one before turned round ('Investment in the other direction is much smaller:
    about $121 billion' after 'The stock of Japanese direct investment in the United States reached ...'): the stock
    held in the other country, the one before named with its owner and host in the words `before` (the clause before,
    the sentence before, the one before that; nearest first). A host the clause names itself must agree."""
    lex = lexicon()
    words = lex.investment
    if not (lex.pairs["reverse"].search(clause) and words["concept"].search(clause)) or words["not_stock"].search(
        clause
    ):
        return None
    said = next((text for text in before if words["words"].search(text)), "")
    held_in = [party for party, pattern in lex.host.items() if pattern.search(said)]
    if len(held_in) != 1 or words["not_stock"].search(said):
        return None
    if not lex.named[_OTHER[held_in[0]]].search(lex.host[held_in[0]].sub(" ", said)):
        return None
    turned = _OTHER[held_in[0]]
    own = [party for party, pattern in lex.host.items() if pattern.search(clause)]
    return FDI[turned] if own in ([], [turned]) else None


__all__ = ["FDI", "antecedent", "turned_stock"]
