"""Japan's yearly payment toward U.S. forces and the supplementary budget, read by the roles a clause fills (the
alliance's and the economy's amounts among `money_roles`' trade and investment ones). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.amount_years import HOST_NATION
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.money_lexicon import lexicon

BUDGET = "economy.supplementary_budget"


def _japan_first(sentence: str) -> bool:
    """Whether Japan is the first party the sentence names: the payer ('The United States spends ... on U.S. forces in
    Japan' is the U.S. outlay)."""
    named = lexicon().named
    japan, us = named["JP"].search(sentence), named["US"].search(sentence)
    return japan is not None and (us is None or japan.start() < us.start())


_FRONT = re.compile(r"^(?:To|In\s+order\s+to|Amid|With|Despite|Because\s+of|Given)\b[^,;$\u00a5]{0,140},\s*")
"""A fronted phrase of purpose or circumstance, no amount in it: its country is not the budget's owner."""


def alliance_payment(clause: str, sentence: str, previous: str = "") -> str | None:
    """Japan's yearly payment toward U.S. forces (no other country's; the payment's words may stand in the sentence
    `previous` when the clause names it by its noun alone), or the supplementary budget (neither a part of it, nor
    another country's or the U.S. Congress's)."""
    lex = lexicon()
    host = lex.host_nation
    said = sentence
    if previous and not host["words"].search(sentence) and host["carried"].search(clause):
        said = f"{previous} {sentence}"  # 'Averaged across those years, the payments come to $1.7 billion, annually.'
    if host["words"].search(said) and host["per_year"].search(clause) and _japan_first(said):
        return None if host["not_now"].search(said) or ANOTHER_COUNTRY.search(said) else HOST_NATION
    budget = lex.budget
    own = budget["purpose"].sub("", sentence)  # not what it pays for: ', financing a ¥21.3 trillion economic package'
    picked = budget["picked"].match(sentence) and budget["picked_from"].search(previous)  # 'The third, ... is worth'
    if (budget["words"].search(sentence) or picked) and not budget["not_now"].search(own):
        main = _FRONT.sub("", own)  # 'To cushion households against ... Russia's war, the Diet enacted ...'
        return None if budget["part"].search(own) or lex.never["budget"].search(main) else BUDGET
    return None
