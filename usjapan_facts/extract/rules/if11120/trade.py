"""IF11120's trade and investment figures: ranks (IF10199's rules), bilateral trade, the deficit, FDI stocks.

The brief gives each year's trade as a total with its split in parentheses: "U.S. exports to Japan
totaled $121 billion ($77 billion in goods, $44 billion in services)". A split is read only when its
parts add up to the total, which also lets "$42 in services" borrow the unit of its neighbours.
"""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, one, registrar
from usjapan_facts.extract.rules.if11120.nearby import data_year, data_year_before, previous
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


_MONEY = r"\$\s?\d[\d,.]*(?:\s*(?:billion|million|trillion))?"
_FLOW = re.compile(
    rf"(?:\bU\.S\.\s+(?P<part>goods\s+|services\s+|goods\s+and\s+services\s+)?(?P<flow>exports|imports)|(?:^|(?<=;\s)|(?<=,\sand\s)|(?<=,\swhile\s))(?P<bare>[Ee]xports|[Ii]mports)(?=\s+(?:to|from)\s+Japan)"
    rf"|\bThe\s+United\s+States\s+(?P<verb>exported|imported)(?=\s+{_MONEY}\s+(?:(?:in|of|worth\s+of)\s+goods\s+and\s+services"
    rf"\s+)?(?P<partner2>(?:to|from)\s+Japan)))"
    rf"(?:\s+of\s+(?P<part2>goods\s+and\s+services))?(?P<partner>\s+(?:to|from)\s+Japan)?"
    rf"(?:\s+of\s+(?P<part3>goods\s+and\s+services))?\s+(?:(?<=exported\s)|(?<=imported\s)|(?:totaled|were|was|amounted\s+to|reached|stood\s+at)\s+)"
    rf"(?P<hedge>(?:about|nearly|roughly|approximately|over|more than|almost)\s+)?(?P<total>{_MONEY})"
    rf"(?![\d,.]*\d|\s*(?:billion|million|trillion)\b)"
    rf"(?!\s+(?:of|in)\s+(?:goods|services)\b(?!\s+and\s+services))"
    rf"(?:\s*\((?P<split>[^()]{{0,120}})\)|(?::|,\s+(?:comprising|made\s+up\s+of|including|of\s+which))\s+"
    rf"(?P<split2>{_MONEY}\s+(?:in|of)\s+goods,?\s+(?:and\s+)?{_MONEY}\s+(?:in|of)\s+services)\b)?"
)
_SPLIT = re.compile(
    rf"^\s*(?P<goods>{_MONEY})\s+(?:in|of)\s+goods,?\s+(?:and\s+)?(?P<services>{_MONEY})\s+(?:in|of)\s+services\s*$"
)
_SCALE = re.compile(r"\b(billion|million|trillion)\b")


def _amount(written: str, scale: str | None = None) -> int | None:
    found = p.money_amounts(written if _SCALE.search(written) or scale is None else f"{written} {scale}")
    return found[0][0] if len(found) == 1 else None


def _split(split: str, total: int) -> tuple[int, int] | None:
    """Goods and services from '($77 billion in goods, $44 billion in services)', if they add up to the total."""
    parts = _SPLIT.match(split)
    if parts is None:
        return None
    scales = {found.group(1) for found in _SCALE.finditer(split)}
    scale = scales.pop() if len(scales) == 1 else None
    goods, services = _amount(parts.group("goods"), scale), _amount(parts.group("services"), scale)
    if goods is None or services is None or abs(goods + services - total) > Decimal("0.011") * total:
        return None
    return goods, services


def _part(word: str) -> re.Pattern[str]:
    """'$142.6 billion in goods', '$135.0 billion were goods', 'goods, $148.1 billion', 'services for the rest $X'."""
    money = rf"(?P<money>(?:(?:just\s+)?\b{p.HEDGE}\s+)?{_MONEY})"
    named_first = money.replace("money", "money2")
    return re.compile(
        rf"{money}\s+(?:(?:in|of|were|was)\s+)?{word}\b(?!\s+and\s+services)"
        rf"|\b{word}(?:\s+(?:exports|imports|trade))?(?:\s*,|\s+(?:accounted\s+for|made\s+up|were|was|totaled|"
        rf"came\s+to|amounted\s+to|reached|at|for))*\s+(?:the\s+(?:remaining|rest|other)\s+)?{named_first}",
        I,
    )


_OTHER_FLOW = re.compile(r"\b(?:imports|exports|imported|exported)\b", I)
"""Where another flow begins, the parts of this one end."""
_PARTS = {"goods": _part("goods"), "services": _part("services")}
_OF_THAT = re.compile(r"^(?:Of\s+(?:these|this|that|those|the\s+total|that\s+(?:sum|total|amount))|Goods|Services)\b")
"""A sentence that goes on to split the total the sentence before gave: 'Of that sum, goods accounted for ...'."""


def _parts(text: str, total: int) -> dict[str, Fields] | None:
    """Goods and services as a text after a total gives them in any order and wording, if they add up to it."""
    read: dict[str, Fields] = {}
    for key, pattern in _PARTS.items():
        found = [match.group("money") or match.group("money2") for match in pattern.finditer(text)]
        amounts = {p.money_amounts(written)[0][:2] for written in found if len(p.money_amounts(written)) == 1}
        if len(amounts) != 1:
            return None
        value, qualifier = amounts.pop()
        read[key] = {"value": value, "qualifier": qualifier}
    if abs(read["goods"]["value"] + read["services"]["value"] - total) > Decimal("0.011") * total:
        return None
    return read


def _with_japan(text: str, match: re.Match[str], flow: str, context: Context) -> tuple[bool, str]:
    """Whether the flow is with Japan, and the text to date it by: 'U.S. imports totaled' after 'exports to Japan'."""
    partner = match.group("partner") or match.group("partner2")
    if partner:
        return partner.split() == ["to" if flow == "exports" else "from", "Japan"], text
    before = previous(text, context)
    if flow == "imports" and match.start() == 0 and has(r"\bU\.S\.\s+exports\s+to\s+Japan\s+totaled\b", before):
        return True, f"{before} {text}"
    return False, text


def flows(sentence: Sentence, context: Context) -> dict[str, Fields]:
    """Every U.S.-Japan trade flow a sentence gives, keyed 'exports:total', 'imports:goods'..."""
    text = sentence.text
    if has(OTHER_COUNTRIES, text, 0):
        return {}
    read: dict[str, list[Fields]] = {}
    for match in _FLOW.finditer(text):
        verb = {"exported": "exports", "imported": "imports"}.get(match.group("verb") or "")
        flow = match.group("flow") or verb or match.group("bare").lower()
        with_japan, dated_by = _with_japan(text, match, flow, context)
        total = _amount(match.group("total"))
        if not with_japan or total is None:
            continue
        qualifier = p.qualifier_of((match.group("hedge") or "").strip())
        if re.search(r"\b(?:that|the same) year\b", text, I):
            dated_by = f"{previous(text, context)} {text}"  # 'That year, U.S. exports ...'
        period = data_year(dated_by)
        if period is None and not p.YEAR.search(text):
            period = data_year_before(text, context)  # 'Imports from Japan totaled ...' after 'In 2025, exports ...'
        if period is None:
            continue  # undated, it would read as a changed period
        dated: Fields = {"period": period}
        part = re.sub(r"\s+", " ", (match.group("part") or "").strip())
        part = "total" if part in ("", "goods and services") else part
        read.setdefault(f"{flow}:{part}", []).append({"value": total, "qualifier": qualifier, **dated})
        written = match.group("split") or match.group("split2")
        split = _split(written, total) if written and part == "total" else None
        if split is not None and qualifier == "exact":
            read.setdefault(f"{flow}:goods", []).append({"value": split[0], "qualifier": "exact", **dated})
            read.setdefault(f"{flow}:services", []).append({"value": split[1], "qualifier": "exact", **dated})
        elif part == "total":
            # The split in other words, up to the next flow ('..., of which goods were $80.3 billion and services
            # $39.8 billion'), or in the sentence after ('Of that sum, goods accounted for ...').
            following = next((other.start() for other in _OTHER_FLOW.finditer(text, match.end("total"))), len(text))
            after = context.following.get(text, "")
            rest = text[match.end("total") : following] + (
                f" {after}" if following == len(text) and _OF_THAT.match(after) else ""
            )
            for key, fields in (_parts(rest, total) or {}).items():
                read.setdefault(f"{flow}:{key}", []).append({**fields, **dated})
    return {key: found for key, values in read.items() if (found := one(values)) is not None}


def _flow_rule(fact_id: str, key: str) -> None:
    def read(sentence: Sentence, context: Context) -> Fields | None:
        return flows(sentence, context).get(key)

    read.__name__ = fact_id.rsplit(".", maxsplit=1)[-1]
    rule(fact_id, needs=(key.split(":", maxsplit=1)[0],))(read)


for _fact, _key in (
    ("trade.us_exports_to_japan", "exports:total"),
    ("trade.us_goods_exports_to_japan", "exports:goods"),
    ("trade.us_services_exports_to_japan", "exports:services"),
    ("trade.us_imports_from_japan", "imports:total"),
    ("trade.us_goods_imports_from_japan", "imports:goods"),
    ("trade.us_services_imports_from_japan", "imports:services"),
):
    _flow_rule(_fact, _key)


_DEFICIT = re.compile(r"\b(?:bilateral\s+)?goods\s+(?:trade\s+)?deficit\b", I)
_AMOUNT_OF_DEFICIT = re.compile(
    r"\bdeficit(?:\s+with\s+Japan)?(?:\s+in\s+\d{4})?(?:,\s+which)?\s+"
    r"(?:at|of|was|totaled|reached|stood\s+at|amounted\s+to)\s*$"
)
_DEFICIT_RANK_FOLLOWER = r"(?:U\.S\.\s+)?(?:bilateral\s+)?(?:goods\s+)?(?:trade\s+)?deficit"


def _deficit_sentence(text: str) -> bool:
    """A sentence about the U.S. goods deficit with Japan: 'bilateral' or 'with Japan', and no other country."""
    return (
        _DEFICIT.search(text) is not None
        and has(r"\bbilateral\s+goods\b|\bdeficit\s+with\s+Japan\b|\bJapan\b", text)
        and not has(OTHER_COUNTRIES, text, 0)
        and not has(r"\bsurplus\b|\b(?:Japan's|Japanese)\s+(?:goods\s+)?(?:trade\s+)?deficit\b", text)
    )


def _dated(fields: Fields, text: str) -> Fields | None:
    """The figure with the year its sentence gives, or None: an undated figure would read as a changed period."""
    period = data_year(text)
    return {**fields, "period": period} if period else None


@rule("trade.goods_deficit", needs=("deficit",))
def goods_deficit(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not _deficit_sentence(text):
        return None
    # The amount stands in the deficit's own phrase: "deficit, which at $67.6 billion", "deficit ... was $70 billion".
    values = [
        {"value": dollars, "qualifier": qualifier}
        for dollars, qualifier, match in p.money_amounts(text)
        if _AMOUNT_OF_DEFICIT.search(text[max(0, match.start() - 60) : match.start()])
    ]
    found = one(values)
    return _dated(found, text) if found else None


@rule("trade.goods_deficit_rank", needs=("deficit",))
def goods_deficit_rank(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not _deficit_sentence(text):
        return None
    ranks = {
        rank
        for rank, match in p.ranks(text)
        if match.group("word") or match.group("digits")
        if re.match(rf"\s*{_DEFICIT_RANK_FOLLOWER}", text[match.end() : match.end() + 40], I)
    }
    return _dated({"value": ranks.pop(), "qualifier": "exact"}, text) if len(ranks) == 1 else None


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
