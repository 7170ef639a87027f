"""A trade or investment amount read by the roles its clause fills, for the amounts the declarations left unread.

The declarations (`meaning.toml`) tie a figure to a fact by the words right around it. What they leave unread, this
reader takes by the clause's structure: who sells and who buys ('Japan bought $80 billion of U.S. goods', 'sold to
Japan', 'Japanese purchases of U.S. goods', 'flowed from Japan to the United States'), which part of the flow
(goods, services, both), whose investment in which country ('Japanese-owned assets in the United States'), the
U.S. deficit in goods with Japan; Japan's yearly payment toward U.S. forces and the supplementary budget by
`alliance_roles`.
Its lexicon is data (`briefs/money_roles.toml`): one grammar per role with slots for the two parties, tried both
ways round. A value is taken when exactly one fact's roles stand in its clause and nothing rules it out: another
party, a product or a place for the whole flow, a part of a year, a plan, a change's size (`tense.not_current`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from usjapan_facts.extract.agreed import Readings
from usjapan_facts.extract.alliance_roles import BUDGET, alliance_payment
from usjapan_facts.extract.amount_clauses import (
    amount_clause,
    compared_term,
    own_predicate,
    part_of,
    uncompared,
    whole_of_a_part,
)
from usjapan_facts.extract.amount_years import HOST_NATION, carried_year, value_fields, when_year
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.flow_directions import it_party, named_sellers, parts_listed, turned_round
from usjapan_facts.extract.flow_excess import as_level, excess
from usjapan_facts.extract.flow_parts import no_flow_amount
from usjapan_facts.extract.money_lexicon import OTHER_PARTY as _OTHER
from usjapan_facts.extract.money_lexicon import lexicon
from usjapan_facts.extract.place_words import placed
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.stated_years import stated_year
from usjapan_facts.extract.stock_antecedent import FDI, antecedent, turned_stock
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import Candidate, amounts

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
EXPORTS, IMPORTS = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
FLOWS = {
    ("US", "total"): EXPORTS,
    ("US", "goods"): "trade.us_goods_exports_to_japan",
    ("US", "services"): "trade.us_services_exports_to_japan",
    ("JP", "total"): IMPORTS,
    ("JP", "goods"): "trade.us_goods_imports_from_japan",
    ("JP", "services"): "trade.us_services_imports_from_japan",
}
DEFICIT = "trade.goods_deficit"
FACTS = frozenset({*FLOWS.values(), DEFICIT, HOST_NATION, BUDGET, *FDI.values()})
_GATE = ("export", "import", "sold", "bought", "purchas", "ship", "suppl", "market", "deficit", "surplus", "gap",
         "imbalance", "shortfall", "invest", "fdi", "host", "cost", "burden", "measures", "sma", "budget", "spending",
         "took", "flow", "sent", "sales", "goods", "services", "merchandise", "position", "stake",
         "holdings", "stock", "payment", "contribution")  # fmt: skip


def part_named(clause: str) -> str | None:
    """Which part of a flow the clause names: both, goods or services alone; None when it names none."""
    parts = lexicon().parts
    if parts["total"].search(clause):
        return "total"
    goods, services = parts["goods"].search(clause), parts["services"].search(clause)
    return None if bool(goods) == bool(services) else ("goods" if goods else "services")


_PART_WORDS = {"total": "goods and services", "goods": "goods", "services": "services"}
_PART_FACTS = frozenset(FLOWS[seller, part] for seller in ("US", "JP") for part in ("goods", "services"))
_FLOW_FACTS = frozenset(FLOWS.values())


def _sellers(text: str) -> set[str]:
    return {seller for seller, patterns in lexicon().flow.items() if any(p.search(text) for p in patterns)}


_PRONOUN = re.compile(r"\b(?:it|its)\b", I)
_IT = re.compile(r"\b[Ii]t\b(?!\W?s\b)")


def _japans(clause: str, before: tuple[str, ...]) -> bool:
    """Whether the flow is one with Japan: named, or 'it' (`pronoun_party`), 'its' after words whose last party is Japan
    or a sentence whose first country is Japan, no other between ('Fourth was its position as a market, taking')."""
    lex = lexicon()
    if lex.named["JP"].search(clause):
        return True
    if not before or not _PRONOUN.search(clause + before[0]) or lex.never["countries"].search(before[0] + clause):
        return False
    named = [(m.start(), party) for party, pattern in lex.named.items() for m in pattern.finditer(before[0])]
    if named and max(named)[1] == "JP":  # 'sold $121 billion to Japan, and bought $178 billion from it'
        return True
    if (party := it_party(clause, *before)) != "?":  # 'That year it bought': the subject carried back
        return party == "JP"
    first = lex.never["countries"].search(before[1]) if len(before) > 1 else None
    japan = lex.named["JP"].search(before[1]) if len(before) > 1 else None
    return japan is not None and (first is None or first.start() > japan.start())


def _flow(clause: str, parts: bool, before: tuple[str, ...] = (), earlier: str = "") -> str | None:
    """The flow the clause states: its seller by the verb and its prepositions or the noun phrase. With no goods or
    services fact (`parts` false), a flow named by its goods or by no part is the flow. A part alone with no seller
    ('services for the remaining $40.3 billion') splits nothing (`flows.py` reads parts that add up). A flow named as
    the one before turned round ('the flow the other way') is its other way, of its part (`earlier`: two back)."""
    if japans := _japans(clause, before):  # 'It absorbed $121 billion of American goods', Japan carried from before
        clause = clause if lexicon().named["JP"].search(clause) else _IT.sub("Japan", clause, count=1)
    sellers, part = _sellers(clause) if japans else set(), part_named(clause)
    if sellers and named_sellers(clause) - sellers and len(amounts(clause)) == 1:
        return None  # one amount, another flow named too ('a destination ... and a supplier of them'): `money_pairs`'
    turn = None if sellers else turned_round(before[0] + clause if before else clause, *before[1:], earlier)
    if turn is not None and named_sellers(clause) <= {turn[0]}:
        sellers, part = {turn[0]}, part or (None if parts_listed(clause) else turn[1])  # 'of U.S. imports' agrees
    if not parts:
        part = None if part == "services" else "total"
    return FLOWS[(sellers.pop(), part)] if len(sellers) == 1 and part else None


_JAPAN_DEFICIT = re.compile(
    r"\bJapan(?:ese|\W?s)\s+(?:goods\s+|merchandise\s+|trade\s+)*(?:deficit|imbalance|shortfall)", I
)
"""Japan's own deficit, not the U.S. one with Japan."""


def _deficit(clause: str) -> str | None:
    """The U.S. deficit in goods with Japan, also said as Japan's surplus with the United States ('Seen from Tokyo,
    the goods surplus with the United States was ...'); never Japan's own deficit."""
    lex = lexicon().deficit
    if not lex["goods"].search(clause) or part_named(clause) != "goods" or not lex["owner_japan"].search(clause):
        return None
    if lex["surplus"].search(clause):  # Japan's surplus in goods with the United States is the U.S. deficit
        return None if _JAPAN_DEFICIT.search(clause) or not lex["japan_surplus"].search(clause) else DEFICIT
    if not lex["words"].search(clause):
        return None
    return None if _JAPAN_DEFICIT.search(clause) else DEFICIT


def _investment(clause: str, before: tuple[str, ...] = (), sentence: str = "", around: str = "") -> str | None:
    """A stock of direct investment: the country it is held in, and an owner that is the other party. The words of
    direct investment may stand in the sentence before, when the clause names a stock by its noun alone. A term of a
    comparison (`sentence` the one it stands in, which names the investment) may name one party alone: 'than Japan's
    $484.4 billion' is held in the other country, 'the stock in Japan of $135.4 billion' by it; so may a clause whose
    sentence (`around`) names the other party alone as the host ('... source of FDI in the United States, ..., when
    the stock of Japanese FDI reached ...')."""
    lex = lexicon()
    words = lex.investment
    concept = sentence or clause
    # ('...; the U.S. stock in Japan, at just under $125 billion': the words before it in its sentence, both parties)
    both = len(before) > 1 and all(p.search(clause) for p in lex.named.values()) and words["words"].search(before[0])
    carried = len(before) > 1 and words["carried"].search(clause) and (words["words"].search(before[1]) or both)
    if words["not_stock"].search(clause):
        return None
    if not (words["words"].search(concept) or carried):  # 'Japanese investment in the U.S. ... The stock of it reached'
        noun = bool(words["carried"].search(clause) or _IT.match(clause))  # '... in Japan is far smaller. It stood at'
        alone = noun and not any(p.search(clause) for p in lex.named.values())
        return antecedent(before) if alone and _PRONOUN.search(clause) else None
    hosts, named = lex.host, lex.named
    found = {party: m.start() for party, pattern in named.items() if (m := pattern.search(clause))}
    held_in = [party for party, pattern in hosts.items() if pattern.search(clause)]
    alone = bool(sentence)  # a term of a comparison may name its owner alone
    if len(found) == 1 and not held_in and around:  # the host named once in the sentence, outside the clause
        party = next(iter(found))
        alone = [p for p, pattern in hosts.items() if pattern.search(around)] == [_OTHER[party]]
    if not found and _PRONOUN.search(clause) and _japans(clause, before):
        found, alone = {"JP": 0}, True  # 'Its (FDI) stock reached $754.1 billion', Japan named before
    if alone and len(found) == 1:
        party = next(iter(found))
        return FDI[party] if held_in == [party] else None if held_in else FDI[_OTHER[party]]
    if len(found) != 2:
        return None
    # With no 'in ...': the subject owns ('Japanese multinationals owned $824 billion of U.S. assets'), unless a verb
    # says it hosts ('The United States hosted $821 billion of Japanese direct investment').
    first = min(found, key=found.__getitem__)
    hosting = words["host_verb"].search(clause)
    host = held_in[0] if len(held_in) == 1 else None if held_in else first if hosting else _OTHER[first]
    # The owner is the other party, named outside the words that name the host ('in the United States').
    rest = hosts[host].sub(" ", clause) if host is not None else ""
    return FDI[host] if host is not None and named[_OTHER[host]].search(rest) else None


_NET = re.compile(
    r",\s+(?:for|leaving|producing|yielding|giving|with)\s+an?\s+(?:\w+\s+){0,3}?(?:deficit|surplus|gap|imbalance)\s+of\s+"
    r"[^;,]*\$[\d.,]+\s*(?:billion|million|trillion)?[^;,]*$",
    I,
)
"""The balance two flows leave, said after them with its own amount (', for a combined deficit of $63.3 billion'):
no word of it makes the flows' clause one of a deficit."""


def facts_of(
    clause: str, sentence: str, parts: bool = True, before: tuple[str, ...] = (), earlier: str = ""
) -> set[str]:
    """The facts whose roles stand in a value's clause (`parts`: whether the brief tells goods from services; `before`:
    the words before the clause that may name the flow a part is of)."""
    # A place word stands for the country named before it as the host: 'held $484.4 billion there', the United States.
    stock = _investment(placed(clause, before), before, around=sentence) or turned_stock(clause, (*before[:2], earlier))
    found = {fact for fact in (_deficit(clause), stock) if fact}
    if not found and not re.search(
        r"\b(?:deficit|surplus|imbalance|shortfall|gap|invest\w*|FDI)\b", _NET.sub("", clause), I
    ):
        found |= {fact for fact in (_flow(clause, parts, before, earlier),) if fact}
    previous = " ".join(before[1:])
    return found or {fact for fact in (alliance_payment(clause, sentence, previous),) if fact}


_ORIGIN = re.compile(r"\bfrom\s+(?:(?:about|some|roughly|nearly|almost|over|just\s+(?:over|under))\s+)?$", I)
"""An amount a change starts from, beside the one it reaches."""


def read_roles(
    brief: str, sentence: Sentence, context: Context, unread: set[str], readings: Readings
) -> Iterator[tuple[str, Fields]]:
    text = sentence.text
    folded = text.casefold()
    picked = lexicon().budget["picked"].match(text)  # 'The third, ... is worth': the noun two sentences back
    turned = lexicon().pairs["reverse"].search(text)  # 'Trade in the reverse direction was bigger, at $190 billion'
    it_was = _IT.match(text) and lexicon().investment["concept"].search(context.preceding.get(text, ""))  # 'It was'
    if not (picked or turned or it_was or any(word in folded for word in _GATE)) or not (found := amounts(text)):
        return
    never = lexicon().never
    part_year = phrase(brief, "part_year")  # the brief's words for a part of a year ('year-to-date', 'Jan.-Apr.')
    year = context.updated.year if context.updated else None
    taken: dict[str, list[tuple[Candidate, str]]] = {}
    dated_by: dict[int, str] = {}  # the words an amount takes its year from when its own give none
    for candidate in found:
        clause = amount_clause(text, candidate)
        previous = context.preceding.get(text, "")
        # The words before the clause, the sentence before (and, for a budget picked among several, the one before it).
        before: tuple[str, ...] = (text[: text.find(clause)], previous)
        if picked:
            before = (*before, context.preceding.get(previous, ""))
        said = clause
        if (own := own_predicate(text, candidate, clause)) is not None:  # 'Japan ..., and shipped $134.0 billion'
            part = part_named(clause) if part_named(own) is None else None  # the part the first clause names
            said = f"{own} ({_PART_WORDS[part]})" if part else own
            before = (text[: candidate.start], previous)  # 'sold China $140 billion ..., and bought ... from it'
            dated_by[candidate.start] = clause  # its doer's clause: 'sold ... in 2025, and took $118.9 billion'
        earlier = context.preceding.get(previous, "")
        told = excess(text, candidate)  # 'Goods imports exceeded goods exports by $65.3 billion': the deficit
        facts = {DEFICIT} if told else facts_of(said, text, FLOWS["US", "goods"] in readings, before, earlier) & FACTS
        said, level = told or said, as_level(text, candidate) if told else text  # '$69 billion more': no change
        if when := when_year(clause, before[0]):
            dated_by[candidate.start] = f"In {when}"  # 'it held that place in 2020, when the stock ... reached'
        # A term of a comparison names its own stock: 'more than five times the $136.3 billion U.S. stock in Japan'.
        if (term := compared_term(text, candidate)) and (stock := _investment(term, before, text)):
            facts, said = {stock}, term
            dated_by[candidate.start] = text  # the sentence's: 'Japanese FDI, at $790.2 billion in 2024, was ...'
        if len(facts) != 1 or (fact := facts.pop()) not in unread:
            continue
        own_words = said if said is not clause else uncompared(text, clause, candidate)
        own_words = never["made_of"].sub("", own_words)  # ', led by manufacturing': what the whole is made of
        if fact not in (HOST_NATION, BUDGET) and (never["trade"].search(own_words) or part_year.search(clause)):
            continue
        if not_current(level, candidate.start, year=year, dated_ok=True) or (part_of(text, candidate) and not told):
            continue
        if len(found) > 1 and _ORIGIN.search(text, max(0, candidate.start - 30), candidate.start):
            continue  # the level a change started from: 'narrowed last year, to $67.6 billion from $68.8 billion'
        if (fact in _PART_FACTS and whole_of_a_part(text, candidate)) or (
            fact in _FLOW_FACTS and no_flow_amount(text, candidate)
        ):
            # 'Services made up $44 billion of the $121 billion in U.S. exports': the whole, not the part; 'Machinery
            # makes up a fifth of U.S. goods exports to Japan, some $16 billion': the fifth's amount, no flow's
            continue
        taken.setdefault(fact, []).append((candidate, clause))
    for fact, values in taken.items():
        if len(values) == 1:  # two amounts for one fact in one sentence: which is which is not sure
            fields = value_fields(fact, values[0], text, found, context.preceding.get(text, ""), year)
            # Else the one year the words it shares a role with state, else the sentence's ('widened by $7 billion
            # in 2022, to $67.9 billion'; 'took $121 billion in 2023, while Japanese firms sent $184 billion ...').
            shared = stated_year(dated_by.get(values[0][0].start, text))[1] or carried_year(text, context.preceding)
            if "period" not in fields and shared:
                fields["period"] = shared  # 'Japanese firms sold ... in 2025, and took $118.9 billion in return'
            yield fact, fields
