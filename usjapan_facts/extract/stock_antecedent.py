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


__all__ = ["FDI", "antecedent"]
