"""The U.S. goods deficit with Japan told as one flow's excess over the other, read by the roles of the two terms
compared, not by a deficit word: 'Goods imports, which fell ..., exceeded goods exports by $65.3 billion', 'what
Americans paid for Japanese goods topped what Japanese buyers paid for American goods by $71.4 billion', 'The United
States bought $67.6 billion more merchandise from Japan than it sold there'.

Each term's seller is read as `money_roles` reads a flow's (the verb and its prepositions, the noun phrase); a term
naming none is read by its verb or noun and its doer: the party named before it ('Japanese buyers paid for', 'Japan's
imports'), the first term's doer for a term opening on 'it' or 'they', else the brief's U.S. frame (imports: Japan
sells; exports: the United States sells). When the first term is Japan's sales to the United States and the second
the U.S. sales to Japan, both of goods (named in either term, no services), the difference is the deficit; the other
way round it is a surplus, not read.
Pure.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.money_lexicon import OTHER_PARTY, lexicon
from usjapan_facts.extract.values import Candidate

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_HEDGE = r"(?:(?:about|some|roughly|nearly|almost|over|around|more\s+than|just\s+(?:over|under))\s+)?"
_EXCEEDED = re.compile(
    r"\b(?:exceeded|exceeds|topped|tops|outstripped|outstrips|surpassed|surpasses|outpaced|outran|outweighed|"
    r"(?:was|were|ran|came\s+in)\s+(?:larger|greater|bigger|higher)\s+than)\s+(?P<other>[^;$]{3,120}?)\s+by\s+"
    rf"{_HEDGE}$",
    I,
)
"""'... exceeded goods exports by $65.3 billion': the second term between the verb and 'by'."""
_EXCEEDED_BY = re.compile(
    r"\b(?:was|were|is|are)\s+(?:exceeded|topped|outstripped|surpassed|outpaced)\s+by\s+(?P<other>[^;$]{3,120}?)\s+by\s+"
    rf"{_HEDGE}$",
    I,
)
"""The same said in the passive, the terms the other way round: 'goods exports were exceeded by goods imports by'."""
_MORE = re.compile(
    r"\s+more\s+(?P<rest>[^;$]{0,60}?)\s+than\s+(?P<other>[^;$]{2,80}?)(?=[,;.]|\s+(?:in|during)\s+\d|$)", I
)
"""'... bought $67.6 billion more merchandise from Japan than it sold there'."""
_CLAUSE_START = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s+|^")
_ASIDE = re.compile(r",\s+(?:which|that|who|as)\b[^,;]*,", I)
"""A relative clause inside a term: 'Goods imports, which fell by about 4% as automakers cut shipments, exceeded'."""
_PRONOUN = re.compile(r"^\s*(?:what\s+)?(?:it|they)\b", I)
_SELLS = re.compile(r"\b(?:sold|sells|exported|exports?|shipped|ships|sales|shipments|supplied)\b", I)
_BUYS = re.compile(r"\b(?:bought|buys|imported|imports?|purchased|purchases|paid\s+for|spent)\b", I)


def _seller(term: str, subject: str | None) -> str | None:
    """Who sells in one term: its own flow's seller, else its verb's, its doer carried or the brief's U.S. frame."""
    sellers = {seller for seller, patterns in lexicon().flow.items() if any(p.search(term) for p in patterns)}
    if len(sellers) == 1:
        return sellers.pop()
    if sellers:
        return None
    sells, buys = _SELLS.search(term), _BUYS.search(term)
    if bool(sells) == bool(buys):
        return None
    verb = (sells or buys).start()  # type: ignore[union-attr]
    own = _subject(
        term[:verb]
    )  # the doer named before the verb or noun ('Japanese buyers paid for', 'Japan's imports')
    doer = (subject if _PRONOUN.match(term) else own) or "US"
    return doer if sells else OTHER_PARTY[doer]


def _subject(term: str) -> str | None:
    """The first party the term names: the doer a pronoun in the second term stands for."""
    named = [(m.start(), party) for party, pattern in lexicon().named.items() if (m := pattern.search(term))]
    return min(named)[1] if named else None


def excess(text: str, candidate: Candidate) -> str | None:
    """The two terms compared (their asides left out) when the amount is the U.S. goods deficit with Japan told as
    imports' excess over exports: the flow Japan sells exceeding the one the United States sells, by the amount, both
    of goods, no other country named in the sentence; else None."""
    if lexicon().never["countries"].search(text):
        return None
    start = max(m.end() for m in _CLAUSE_START.finditer(text[: candidate.start]))
    lead = text[start : candidate.start]
    if passive := _EXCEEDED_BY.search(lead):
        first, second = passive.group("other"), lead[: passive.start()]
    elif exceeded := _EXCEEDED.search(lead):
        first, second = lead[: exceeded.start()], exceeded.group("other")
    elif more := _MORE.match(text, candidate.end):
        first, second = f"{lead} {more.group('rest')}", more.group("other")
    else:
        return None
    first, second = _ASIDE.sub(" ", first), _ASIDE.sub(" ", second)
    parts = lexicon().parts
    both = f"{first} {second}"
    if not parts["goods"].search(both) or parts["services"].search(both):
        return None
    subject = _subject(first)
    return both if _seller(first, None) == "JP" and _seller(second, subject) == "US" else None


def as_level(text: str, candidate: Candidate) -> str:
    """The text with the 'more' right after the amount blanked, its places kept: in an excess it compares the two
    terms, and tells no change's size ('bought $67.6 billion more merchandise from Japan than it sold there')."""
    more = re.match(r"\s+more\b", text[candidate.end :], I)
    return text if more is None else text[: candidate.end] + " " * more.end() + text[candidate.end + more.end() :]


__all__ = ["as_level", "excess"]
