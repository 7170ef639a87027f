"""Rules of the trade section."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.partitive import unnumbered_part
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import (
    about_japan,
    another_country_before,
    one,
    others_flow_at,
    percent_before,
    when,
)
from usjapan_facts.extract.rules.shared.trade import PARTNER, rank_fields, ranks_before, without_asides
from usjapan_facts.extract.stated_years import year_in
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_ANOTHER_RANK = re.compile(rf"\b(?:the\s+)?(?:{p.ORDINAL_WORD}|\d+(?:st|nd|rd|th))?[- ]?(?:largest|biggest|top)\b", I)


_PRODUCT = (
    r"(?:agricultural|farm|food|auto(?:motive)?|vehicle|car|energy|LNG|beef|pork|rice|corn|soybean|wheat|aircraft|"
    r"semiconductor|chip|steel|aluminum|defen[cs]e|arms|weapons?|digital|machinery|pharmaceutical|drug|medicine|"
    r"chemical|electronics|lumber|seafood|fish|coal|crude|oil|(?:liquefied\s+)?natural\s+gas)"
)
_OF_PRODUCT = re.compile(
    rf"\s*(?:U\.S\.\s+)?(?:export\s+market|import\s+source)\s+(?:for|of)\s+(?:U\.S\.\s+|American\s+)?{_PRODUCT}s?\b", I
)
"""A rank among the buyers or sellers of one product ('the second-largest export market for U.S. beef')."""
_FOR_PRODUCT = re.compile(rf"\b(?:for|in)\s+(?:U\.S\.\s+|American\s+)?{_PRODUCT}s?\b[^;]*$", I)
"""The same rank with the product first ('For U.S. corn, Japan is the top export market'): the clause's, up to it."""
_PART_YEAR = phrase("IF10199", "part_year")
"""A flow for part of a year ('in the first quarter of 2025', 'in January 2026'), or with something left out of it
('excluding petroleum'): never the year's."""


_PARTNER_FOR = re.compile(rf"\s*{PARTNER}\s+for\s+(?P<list>[^,;()]*(?:\([^)]*\)[^,;()]*)*)", I)


def _partner_for(text: str, flow: str, context: Context) -> Fields | None:
    ranks = []
    for rank, match in ranks_before(text, PARTNER):
        rest = _PARTNER_FOR.match(text[match.end() : match.end() + 200])
        # 'for U.S. exports and the fourth-largest for imports': the list ends where another rank begins.
        listed = _ANOTHER_RANK.split(rest.group("list"), maxsplit=1)[0] if rest else ""
        if has(rf"\b{flow}\b", listed):
            ranks.append(rank)
    for rank, match in ranks_before(
        text, rf"(?:U\.S\.\s+)?{'export market' if flow == 'exports' else 'import source'}"
    ):
        if not _OF_PRODUCT.match(text, match.end()) and not _FOR_PRODUCT.search(text, 0, match.start()):
            ranks.append(rank)
    return rank_fields(ranks, text, context) if ranks and has(r"\bJapan", text, 0) else None


@rule("trade.export_partner_rank", needs=("export",))
def export_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    return _partner_for(sentence.text, "exports", context)


@rule("trade.import_partner_rank", needs=("import",))
def import_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    return _partner_for(sentence.text, "imports", context)


_TRADE_VERB = (
    r"\b(?:sold|sells|bought|buys|purchased|imported|exported|shipped|supplied|took)"
    r"\s+(?:from\s+|to\s+)?(?:(?:Japan|it|them)\s+)?(?:\w+\s+)?$"
)
"""A verb saying which way the value flows, right before it: a flow noun before the verb is not the value's."""


_PART = (
    r"\$[\d.,]+\s*(?:billion|million|trillion)?\s+(?:in|of|worth\s+of)\s+(?:U\.S\.\s+)?(?:goods|merchandise|services)\b"
)
_IN_PARTS = re.compile(rf"{_PART}(?!\s+and\s+services)[^;]{{0,80}}?{_PART}", I)
"""A flow given as its two parts ('$80 billion in goods and $49 billion in services'): each is a part, not the flow.
A goods figure alone stays the flow, as the 2015-19 versions gave it ('shipping $131.4 billion of goods')."""


_PRODUCT_FLOW = re.compile(rf"\b{_PRODUCT}\s+(?:exports|imports)$", I)
"""A product's flow ('U.S. agricultural exports to Japan totaled $15.5 billion'): a part, not the whole flow."""
_FLOW_OF_PRODUCT = re.compile(
    rf"\b(?:exports|imports)\s+of\s+(?:U\.S\.\s+|American\s+|Japanese\s+)?(?:(?:motor|passenger)\s+)?{_PRODUCT}s?\b[^;$]*$",
    I,
)
"""The same flow named by its product after it ('U.S. imports of Japanese vehicles totaled $55 billion')."""
_SERVICES_ONLY = re.compile(
    r"(?<!\band\s)\bservices\s+(?:exports|imports)\b[^;$]*$"
    r"|\b(?:exports|imports)\s+of\s+(?:U\.S\.\s+|American\s+|Japanese\s+)?services\b(?!\s+and\b)[^;$]*$",
    I,
)
"""The services part of a flow ('U.S. services exports to Japan were $45 billion'): never the flow, which a goods
figure alone may stand for, as the 2015-19 versions gave it."""


_FRONTED = re.compile(r"(?:^|[;:]\s*)(?:At|Worth|Valued\s+at|Totaling|Totalling|Reaching)\s+(?:\w+\s+)?$", I)
"""A value fronted as its clause's first phrase ('Worth $74.7 billion, ...', '; at $143.6 billion, ...')."""
_FLOW_AFTER = {
    flow: rf",\s+(?:(?:U\.S\.|American)\s+)?(?:(?:goods|merchandise)\s+)?{flow}\s+"
    rf"(?:of\s+goods(?:\s+and\s+services)?\s+)?{way}\s+(?:Japan|it)\b"
    for flow, way in (("exports", "to"), ("imports", "from"))
}
"""The flow the value is of, its clause's subject right after it: ', U.S. goods exports to Japan made it'."""


def _trade_flow(text: str, flow: str) -> Fields | None:
    if not has(r"\bJapan", text, 0) or has(r"\bJapan(?:'s|ese)\s+(?:exports|imports)\b", text, 0):
        return None
    if _PART_YEAR.search(text):
        return None  # 'in 2024; in the first quarter of 2025 alone, $21 billion': which is the year's, unsure
    values = []
    parts = [found.span() for found in _IN_PARTS.finditer(text)]
    for dollars, qualifier, match in p.money_amounts(text):
        if (
            another_country_before(text, match.start())
            or others_flow_at(text, match.start())
            or not_current(text, match.start(), kin=())
        ):
            continue  # 'U.S. exports to China were about $148 billion', 'exports could reach $100 billion next year'
        if has(
            r"\b(?:account\w*\s+for|made\s+up|represent\w*|comprised?)\s+$",
            text[max(0, match.start() - 30) : match.start()],
        ):
            continue  # 'Autos accounted for about $55 billion of U.S. imports from Japan': a part, not the flow
        if unnumbered_part(text, match.start()) is not None:
            continue  # 'Of U.S. imports from Japan, about $55 billion were autos': a part of the flow
        if any(start <= match.start() < end for start, end in parts):
            continue  # '$80 billion in goods and $49 billion in services': the flow's parts, not the flow
        before = text[max(0, match.start() - 40) : match.start()]
        nearest = max(
            ((found.end(), found.group(0).casefold()) for found in re.finditer(r"\b(?:exports|imports)\b", before, I)),
            default=None,
        )
        if (
            (nearest and _PRODUCT_FLOW.search(before, 0, nearest[0]))
            or _FLOW_OF_PRODUCT.search(text, max(0, match.start() - 80), match.start())
            or _SERVICES_ONLY.search(text, max(0, match.start() - 80), match.start())
        ):
            continue  # 'U.S. agricultural exports to Japan totaled $15.5 billion': one product's flow
        if nearest and has(_TRADE_VERB, before[nearest[0] :]):
            nearest = None  # 'the fourth-largest destination for U.S. exports, and bought some $X': the verb's flow
        after = text[match.end() : match.end() + 25]
        if (
            nearest and nearest[1] == flow and not re.match(r"\s*(?:in|of)\s+(?:exports|imports)", after, I)
        ) or re.match(rf"\s*(?:in|of|worth of)\s+(?:U\.S\.\s+)?{flow}\b", after, I):
            values.append({"value": dollars, "qualifier": qualifier})
        elif _FRONTED.search(before) and re.match(_FLOW_AFTER[flow], text[match.end() : match.end() + 60], I):
            values.append({"value": dollars, "qualifier": qualifier})  # 'Worth $74.7 billion, U.S. exports to Japan'
    found = one(values)
    period = year_in(text)
    return {**found, "period": period} if found and period else found


@rule("trade.us_exports_to_japan", needs=("export",))
def us_exports_to_japan(sentence: Sentence, context: Context) -> Fields | None:
    return _trade_flow(sentence.text, "exports")


@rule("trade.us_imports_from_japan", needs=("import",))
def us_imports_from_japan(sentence: Sentence, context: Context) -> Fields | None:
    return _trade_flow(sentence.text, "imports")


def _source_rank(text: str, follower: str) -> Fields | None:
    text = without_asides(text)
    top = re.search(rf"\b(?:a|one of the)\s+(?:top|leading|largest)\s+(?:foreign\s+)?{follower}", text, I)
    if top:
        return {"qualifier": "among_top"} if about_japan(text, top.start()) else None
    ranks = [rank for rank, _ in ranks_before(text, rf"(?:foreign\s+)?{follower}", window=60)]
    return {"value": ranks[0], "qualifier": "exact"} if len(set(ranks)) == 1 else None


_NOT_APPLIED = r"\b(?:propos\w*|threaten\w*|floated|considered|could|might)\b"
_PAST_RATE = (
    r"\b(?:had\s+(?:\w+\s+)?(?:faced|been|paid|borne)|(?<!\bhave\s)(?<!\bhas\s)faced|(?:was|were)\s+subject\s+to)\b"
)
"""A rate the goods bore before, its verb in the past ('had faced a 10% baseline tariff'), never 'have faced'."""
_CHANGED_LATER = re.compile(
    r"\b(?:later|subsequently|since|then|afterward|afterwards)\s+(?:been\s+)?(?:lowered|cut|reduced|raised|trimmed|"
    r"increased|lifted)\s+to\b",
    I,
)
"""A rate said changed after it ('the 24% tariff ... was later lowered to 15%'): the new rate, not the first."""


_ANNOUNCED = re.compile(r"\b(?:announc\w*|unveil\w*|agreed|agreement|framework|deal|accord|reached|struck)\b", I)
_IN_FORCE = re.compile(
    r"(?<!\bnot\s)(?<!\byet\s)(?<!\bto\s)\b(?:took\s+effect|(?:has|have)\s+(?:taken\s+effect|applied|been\s+(?:in\s+effect|collected|"
    r"levied))|in\s+(?:effect|force)|appl(?:y|ies)|now|currently|face|faces|pay|pays|(?:is|are)\s+(?:subject|levied|collected))\b",
    I,
)
"""A rate announced or agreed ('Trump announced a framework agreement with Japan: a 15% tariff on most Japanese goods')
is not yet the rate applied unless the sentence says it applies ('most Japanese goods now face 15% under the deal')."""
_ON_ONE_PRODUCT = re.compile(
    r"\s*(?:of\s+)?(?:U\.S\.\s+)?(?:tariffs?|dut(?:y|ies))\s+(?:on|for)\s+(?:imported\s+)?(?!(?:most|nearly|almost|virtually|"
    r"all|the\s+(?:bulk|majority)|everything|what|(?:U\.S\.\s+)?(?:imports|goods|products|merchandise|shipments|exports)|"
    r"(?:Japanese|Japan\W?s)\s+(?:imports|goods|products|merchandise|shipments|exports))\b)\w",
    I,
)
"""A rate tied by 'on' to one named product ('a 2.5% tariff on passenger cars', 'a 6% duty on watches') is that
product's rate, never the rate on most imports, whatever else the sentence says of imports from Japan."""


@rule("trade.us_tariff_on_most_imports_from_japan", needs=("tariff",))
def us_tariff_on_imports(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\btariffs?\b", text) or not has(
        r"(?:imports|goods|products) from Japan|Japanese (?:imports|goods)", text
    ):
        return None
    if has(r"\b(?:reciprocal|retaliat|Japan(?:'s)? tariffs? on)\b", text):
        return None
    follower = r"(?:(?:U\.S\.\s+)?tariffs?\b|(?:on\s+)?(?:most\s+)?(?:imports|goods))"
    found = percent_before(text, follower)
    if found is None:
        return None
    # Tariffs change within one version ("15% in July 2025 ... since July, 12.5%"): say how current this one is.
    at = next(
        m for _, _, m in p.percents(text) if re.match(rf"\s*(?:of\s+)?{follower}", text[m.end() : m.end() + 40], I)
    )
    # A rate only proposed or threatened was never applied: it is no value of the tariff.
    clause_start = max(
        text.rfind(";", 0, at.start()), text.rfind("\u2014", 0, at.start()), text.rfind(". ", 0, at.start())
    )
    if (
        has(_NOT_APPLIED, text[clause_start + 1 : at.start()])
        or has(_PAST_RATE, text[clause_start + 1 : at.start()])
        or not_current(text, at.start(), kin=())
    ):
        return None  # and one voided or lowered later: 'faced a 15% tariff until the ruling voided it'
    if _CHANGED_LATER.search(text, at.end()) or _ON_ONE_PRODUCT.match(text, at.end()):
        return None
    clause_end = len(text) if ";" not in text[at.end() :] else text.index(";", at.end())
    own = (clause_start + 1, clause_end)
    if _ANNOUNCED.search(text, own[0], at.start()) and not _IN_FORCE.search(text, *own):
        return None  # agreed or announced, not yet applied

    return {**found, **when(text, at.start(), at.end(), context.updated)}
