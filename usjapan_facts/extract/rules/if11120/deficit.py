"""IF11120's U.S. goods deficit with Japan: its amount and its rank among U.S. bilateral goods deficits.

The brief states both in one clause in many wordings ("The goods deficit, $65.8 billion, ranked seventh",
"A goods deficit of $59.7 billion was recorded with Japan, the eighth-largest of any U.S. partner", "... was
reported at $56 billion, making it the fourth-largest", "trailed only those with China, Mexico, and
Germany"). In a brief on trade with Japan, a goods deficit no other country stands beside is Japan's. What
follows ', down from' or a semicolon is another year's figure ("; in 2019 it had ranked fourth").
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, registrar
from usjapan_facts.extract.rules.if11120.amount_then import amount_then
from usjapan_facts.extract.rules.if11120.changed_to import changed_to
from usjapan_facts.extract.rules.if11120.nearby import PARTIAL_YEAR, data_year_before, heading_year, previous
from usjapan_facts.extract.rules.if11120.ranking import ranks_in
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import amounts

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_MIRROR = (
    r"(?:bilateral\s+)?(?:(?:goods|merchandise)\s+(?:trade\s+)?surplus|surplus\s+in\s+(?:goods|merchandise)(?:\s+trade)?)\s+"
    r"with\s+the\s+"
    r"(?:United\s+States|U\.S\.)"
)
"""Japan's goods surplus with the United States, which is the U.S. goods deficit with Japan (never its surplus in all
trade, or with the world)."""
_GAP = r"(?:deficit|imbalance|shortfall|gap)"
"""The deficit by any name: 'the bilateral goods gap', 'the imbalance', 'the goods shortfall'."""
_GOODS = r"(?:goods|merchandise)"
_BY_COMPARISON = (
    rf"\s+(?:more\s+(?:in\s+)?(?:{_GOODS}\s+)?from\s+Japan\s+than\s+(?:it|they|the\s+United\s+States|"
    r"the\s+U\.S\.|Americans|U\.S\.\s+\w+)\s+(?:sold|exported|shipped)|short\s+(?:with|against)\s+Japan)\b"
)
"""The deficit said as a comparison after its amount: '$68.3 billion more from Japan than it sold there', '$67.6
billion short with Japan'; of goods only where the sentence says so ('In goods alone, ...')."""
_SUBJECT = re.compile(
    rf"\b(?:(?:bilateral\s+)?{_GOODS}\s+(?:trade\s+)?{_GAP}|{_GAP}\s+in\s+{_GOODS}(?:\s+trade)?)\b(?:\s+with\s+Japan\b)?"
    r"|\b(?:deficit|shortfall)\s+with\s+Japan\b"
    # 'Measured on goods alone, the imbalance was ...', 'Goods imports exceeded goods exports by $69.9 billion'
    rf"|\b{_GOODS}\s+(?:trade\s+)?(?:alone|only),\s+the\s+(?:U\.S\.\s+)?(?:bilateral\s+)?{_GAP}\b(?:\s+with\s+Japan\b)?"
    r"|\bgoods\s+imports\s+(?:from\s+Japan\s+)?exceeded\s+(?:U\.S\.\s+)?goods\s+exports(?:\s+to\s+Japan)?\s+by\b"
    # 'In goods alone, the United States bought $69.9 billion more from Japan than it sold there', 'On the merchandise
    # side, ... came up $67.6 billion short with Japan', '... bought $68 billion more goods from Japan than it sold',
    # 'In goods, the United States imported $68 billion more from Japan than it exported there'
    rf"|\b{_GOODS}(?:\s+(?:trade|side))?\s+(?:alone|only)\b(?=[^;]{{0,120}}?{_BY_COMPARISON})"
    rf"|\b(?:the\s+)?{_GOODS}\s+side\b(?=[^;]{{0,120}}?{_BY_COMPARISON})"
    rf"|^(?:In|For)\s+{_GOODS}(?:\s+trade)?,(?=[^;]{{0,120}}?{_BY_COMPARISON})"
    rf"|\bmore\s+{_GOODS}\s+from\s+Japan\s+than\b"
    # the mirror image: 'Japan's surplus in goods trade with the United States', 'Japan's goods surplus with the U.S.'
    rf"|\bJapan\W?s\s+{_MIRROR}",
    I,
)
_NOT_JAPANS = re.compile(
    rf"\bJapan\W{{0,3}}s?\s+(?!{_MIRROR})(?:[\w-]+\s+){{0,3}}surplus|\bsurplus\s+with\s+Japan|\bJapan(?:'s|\u2019s|ese)\s+(?:goods\s+)?(?:trade\s+)?deficit|\b(?:overall|total|global|worldwide|"
    r"aggregate|combined)\s+(?:U\.S\.\s+)?(?:goods\s+)?(?:trade\s+)?deficit|\bservices\b|\bcurrent[- ]account|"
    r"\b(?:could|would|might|projected|forecast|expected)\b",
    I,
)
_CLAUSE_END = re.compile(
    r";|,\s+(?:\w+\s+){0,2}(?:down|up|below|above|short|higher|lower|compared|versus|against|smaller|larger|bigger|"
    r"narrower|wider|from|(?:under|over|less|more)(?!\s+(?:than\s+)?\$))\b"
    r"|,\s+(?:while|whereas|but)\b|\s[\u2014\u2013]\s",
    I,
)
"""Where the deficit's clause ends: ', down from fourth', ', well below the $69.0 billion of 2019', ', from $69.9
billion in 2024', '; in 2019 ...' (never ', was just over $71 billion', the amount's own verb)."""
_COMPARED = re.compile(
    r"\b(?:after|behind|trail\w*|than|only\s+to|only\s+by|following)\b|\bthose\s+with\b|\bthe\s+deficits?\s+with\b", I
)
_AMOUNT_AFTER = re.compile(
    r"(?:\s+(?:in|of|for)\s+(?:19|20)\d{2})?(?:,\s+[^,$;()\d]{3,60},|\s+\([^()$\d]{3,70}\))?(?:,\s*(?:which\s+)?|\s*\(\s*|\s*:\s*|\s+)"
    r"(?:(?:thus|therefore|then|also|again|still|now)\s+)?(?:(?:was|totaled|totalled|came\s+to|stood\s+at|reached|"
    r"amounted\s+to|was\s+reported\s+at|was\s+valued\s+at|was\s+recorded\s+at|of|at|hit|rose\s+to|fell\s+to|"
    r"narrowed\s+to|widened\s+to|grew\s+to|shrank\s+to|(?:narrowed|widened|grew|shrank|fell|rose|declined|increased)"
    r"(?:\s+\w+ly)?(?:\s+in\s+(?:19|20)\d{2})?,\s+to)\s+)?$",
    I,
)
_AMOUNT_BEFORE = re.compile(
    r"\s+(?:U\.S\.\s+)?(?:bilateral\s+)?(?:goods\s+(?:trade\s+)?deficit\b|(?:deficit|shortfall)\s+with\s+Japan\b)", I
)
_COMPARED_YEAR = re.compile(
    r"\b(?:(?:from|compared\s+(?:with|to)|versus)\s+(?:(?:about|some|roughly|nearly)\s+)?\$[\d.,]+\s*(?:billion|million)?\s+"
    r"(?:in\s+)?|(?:from|since|than|over|as\s+recently\s+as|compared\s+(?:with|to))\s+(?:in\s+)?)$",
    I,
)
"""A year compared with: 'up from 2021', 'narrowed to $59.7 billion in 2025 from $69.9 billion in 2024'."""
_ANOTHER_RANKING = re.compile(
    r"\s+(?:U\.S\.\s+)?(?:trad(?:e|ing)\s+partner|export\s+market|supplier|source|holder|investor|economy|market)", I
)
"""'The goods deficit with Japan, the fourth-largest U.S. trading partner, ...': a rank of Japan, not of the deficit."""
_LAST_YEAR = re.compile(r"\blast\s+year\b", I)
_CHANGED = re.compile(r"\b(?:narrowed|widened|grew|shrank|fell|rose|declined|increased|decreased|dropped)\s+to\b", I)
_CHANGED_FROM_YEAR = re.compile(
    r",\s+(?:(?P<way>up|down)\s+)?from\s+(?:about\s+|roughly\s+|some\s+)?\$[\d.,]+\s*(?:billion|million)?\s+in\s+"
    r"(?P<year>(?:19|20)\d{2})"
    r"\s*[.;,]",
    I,
)
"""A clause that changed 'to $X' from another year's figure, then ends ('widened to $67.9 billion, from about $60
billion in 2021, yet ...'): the figure is of the next year."""
_STOP = r"(?<!\bU\.[SK])\.\s|\bU\.[SK]\.\s(?![a-z]|(?:Treasury|Census|Trade|Commerce|Department|Bureau|Congress)\b)"


def _clause(text: str) -> tuple[int, int] | None:
    """Where the goods deficit's own clause starts and ends; None when it is not (surely) the one with Japan."""
    subject = _SUBJECT.search(text)
    if subject is None or "respectively" in text or PARTIAL_YEAR.search(text):
        return None
    start = text.rfind(";", 0, subject.start()) + 1
    end_match = _CLAUSE_END.search(text, subject.end())
    end = end_match.start() if end_match else len(text)
    # What rules the deficit out stands near it: items of a list run into one sentence ('... services, $32.2 billion.
    # • Goods deficit: $67.9 billion') are each their own; 'U.S.' ends one only before a new sentence ('the U.S. The').
    stops = [found.end() for found in re.finditer(_STOP, text) if found.end() <= subject.start()]
    near = max(start, subject.start() - 40, stops[-1] if stops else 0, text.rfind("\u2022", 0, subject.start()))
    if _NOT_JAPANS.search(text, near, end):
        return None
    # 'the goods deficit with China', 'China's goods deficit': another country's; countries ranked ahead are not.
    if re.match(rf"\s+with\s+(?:the\s+)?{OTHER_COUNTRIES}", text[subject.end() :]) or re.search(
        rf"{OTHER_COUNTRIES}\W*(?:s\s+)?(?:\w+\s+){{0,2}}$", text[max(0, subject.start() - 30) : subject.start()]
    ):
        return None
    if subject.group(0).startswith(("deficit with", "shortfall with")) and "goods" not in text:
        return None  # 'the deficit with Japan' is the goods deficit only where goods trade is the sentence's
    compared = _COMPARED.search(text, start, end)
    if not re.search(r"\bJapan", text) and re.search(
        OTHER_COUNTRIES, text[start : compared.start() if compared else end]
    ):
        return None
    return start, end


def _period(text: str, clause: tuple[int, int], sentence: Sentence, context: Context) -> str | None:
    years = {
        m.group("year")
        for m in p.YEAR.finditer(p.DAY_DATE.sub(lambda d: " " * len(d.group(0)), text), *clause)
        if not _COMPARED_YEAR.search(text, max(0, m.start() - 45), m.start())
    }
    if len(years) == 1:
        return years.pop()
    if years:
        return None
    # A year after the clause is the figure it is compared with ('..., up from $60.0 billion in 2021'); one before
    # it dates it ('In 2025, ... ; the goods deficit was ...'), unless it is a year compared with.
    before = [m for m in p.YEAR.finditer(text, 0, clause[0]) if not _COMPARED_YEAR.search(text[: m.start()][-45:])]
    if before:
        return before[-1].group("year")
    if _LAST_YEAR.search(text) and context.updated is not None:
        return str(context.updated.year - 1)  # "Last year's goods deficit" in a version dated by its cover
    changed = _CHANGED_FROM_YEAR.match(text, clause[1])
    moved = changed and (_CHANGED.search(text, clause[0], clause[1]) or changed.group("way"))
    if changed and moved and context.updated is not None:
        # 'narrowed to $59.7 billion, from $69.9 billion in 2024', 'was just over $60 billion, up from $55.4 billion in
        # 2020': the year after the one it changed from, when that year has ended by the cover date.
        year = int(changed.group("year")) + 1
        return str(year) if year < context.updated.year else None
    return data_year_before(text, context) or heading_year(sentence.section)


_FRONTED = re.compile(
    r"^(?:At|With)\s+(?:(?:about|some|roughly|nearly|almost|around|over|just\s+(?:over|under))\s+)?$", I
)
_FRONTED_GAP = re.compile(r"(?:\s+in\s+(?:19|20)\d{2})?,\s+(?:the\s+)?(?:U\.S\.\s+)?", I)
"""'At $69.0 billion in 2019, the U.S. goods deficit with Japan was ...': the amount opens the sentence."""


_GONE = 10
"""How many years before the cover a deficit's year may be: a recent year's, never a peak of decades ago."""


def _amount(text: str, clause: tuple[int, int], context: Context | None = None) -> Fields | None:
    subject = _SUBJECT.search(text, *clause)
    if subject is None:
        return None
    if "$" in text[subject.end() : clause[1]] and (changed := changed_to(text, clause, subject.end(), context)):
        return changed
    found = {
        (candidate.value, candidate.qualifier)
        for candidate in amounts(text)
        if clause[0] <= candidate.start < clause[1]
        and (
            _AMOUNT_AFTER.match(text, subject.end(), candidate.start)
            or (_AMOUNT_BEFORE.match(text, candidate.end) and subject.start() - candidate.end < 12)
            or re.match(_BY_COMPARISON, text[candidate.end :], I)
            or (
                _FRONTED.match(text[: candidate.start]) and _FRONTED_GAP.fullmatch(text, candidate.end, subject.start())
            )
        )
    }
    if len(found) != 1:
        return None
    value, qualifier = found.pop()
    return {"value": value, "qualifier": qualifier} if 5 * 10**9 <= int(value) <= 300 * 10**9 else None


@rule(
    "trade.goods_deficit",
    needs=("deficit", "imbalance", "shortfall", "gap", "more from japan", "short with japan", "exceeded", "surplus"),
)
def goods_deficit(sentence: Sentence, context: Context) -> Fields | None:
    clause = _clause(sentence.text)
    found = (_amount(sentence.text, clause, context) or amount_then(sentence.text, clause[1])) if clause else None
    period = found.pop("_period", "") if found else None  # a figure changed to: its year, or none by the cover
    period = period if period != "" else (_period(sentence.text, clause, sentence, context) if clause else None)
    if period and context.updated and int(period[:4]) < context.updated.year - _GONE:
        return None  # 'At $81.4 billion in 2006, the goods deficit with Japan was at its peak': a year long gone
    return {**found, "period": period} if found and period else None


_OTHERS_LARGER = re.compile(
    r"\b(?:larger|bigger|greater)\s+(?:U\.S\.\s+)?(?:bilateral\s+)?goods\s+(?:trade\s+)?(?:surpluses|deficits)\b"
    r"[^.;]{0,60}?\bthan\s+(?:with\s+|did\s+)?Japan\b",
    I,
)


def _ranked_by_others(sentence: Sentence, context: Context) -> Fields | None:
    """'Five countries ran larger goods surpluses with the United States than Japan did in 2022' (6)."""
    text = sentence.text
    if not _OTHERS_LARGER.search(text) or _NOT_JAPANS.search(text.replace("surpluses", "")):
        return None
    ranks = ranks_in(text, 0, len(text))
    period = _period(text, (0, len(text)), sentence, context)
    return {"value": ranks.pop(), "qualifier": "exact", "period": period} if len(ranks) == 1 and period else None


_LARGER_ONES = re.compile(
    r"\b(?:larger|bigger|greater|wider)\s+(?:(?:U\.S\.\s+)?(?:bilateral\s+)?(?:goods\s+)?(?:trade\s+)?(?:deficits|surpluses|imbalances|"
    r"shortfalls|gaps)|ones)\b"
    r"|\bonly\s+(?:those|the\s+(?:deficits?|ones|gaps))\s+with\b[^;]{0,80}?\b(?:larger|bigger|greater|wider)\b"
    r"|^(?:That|This|It)\s+(?:put|placed|left|made|ranked)\b[^;]{0,60}?\bdeficits\b"
    r"|^(?:That|This|It)\s+(?:was|is)\s+(?:smaller|lower|less|narrower)\s+than\s+(?:those|the\s+(?:deficits|ones|gaps))\s+with\b"
    r"|^(?:[^,;]{1,60},\s+)?(?:[Tt]hat|[Tt]his|[Tt]he|[Ii]ts)\s+(?:shortfall|gap|deficit|imbalance|figure)\s+"
    r"(?:ranked|ranks|came|comes|stood|stands|placed|trailed|sat|sits|finished|was|is)\b",
    I,
)
"""The sentence after the deficit that ranks it: 'Six countries ... had larger ones', 'Seven countries ... ran larger
goods surpluses with the United States', 'Only the deficits with China, Mexico, and Germany were larger', 'That put
it sixth on the list of U.S. bilateral goods deficits', 'That shortfall ranked behind those with China, ...'."""


_NOT_OURS = re.compile(r"\bJapan\b|\bsurpluses\s+with\s+(?!the\s+(?:United\s+States|U\.S\.)|America|Washington)", I)
"""A comparison after the deficit that is not of U.S. deficits: 'Japan's ...', 'surpluses with the European Union'."""
_OWN_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas|though|although)\s+(?:it|its|this|that|the)\b", I)


def _after_the_deficit(sentence: Sentence, context: Context) -> Fields | None:
    """'The goods deficit with Japan came to $70 billion in 2031. Six countries ... accounted for larger ones.' (7)"""
    text, before = sentence.text, previous(sentence.text, context)
    clause = _clause(before) if _LARGER_ONES.search(text) and not _SUBJECT.search(text) else None
    if clause is None or _amount(before, clause) is None or ranks_in(before, clause[0], clause[1]):
        return None
    own = _OWN_CLAUSE_END.search(text)
    text = text[: own.start()] if own else text  # ', and it has stayed within ... since 2015': another clause's year
    ranks = ranks_in(text, 0, len(text))
    period = _period(before, clause, sentence, context)
    if any(year.group("year") != period for year in p.YEAR.finditer(text)):
        return None  # 'Five partners had larger ones in 2019': another year's ranking
    return {"value": ranks.pop(), "qualifier": "exact", "period": period} if len(ranks) == 1 and period else None


@rule("trade.goods_deficit_rank", needs=("deficit", "surpluses", "ones", "imbalance", "shortfall", "gap"))
def goods_deficit_rank(sentence: Sentence, context: Context) -> Fields | None:
    clause = _clause(sentence.text)
    subject = _SUBJECT.search(sentence.text, *clause) if clause else None
    if clause is None or subject is None:
        return _ranked_by_others(sentence, context) or _after_the_deficit(sentence, context)
    # The rank follows the subject ('The goods deficit, $65.8 billion, ranked seventh'), or comes first ('the
    # seventh-largest U.S. bilateral goods deficit' after the amount): the clause's ranks, one and the same.
    # Up to the next semicolon: a comparison that ends the amount's clause ('..., had larger ones, so Japan's came
    # eighth') may still rank it; a rank it had ('down from fourth-largest') is passed over by `ranks_in`.
    semicolon = sentence.text.find(";", clause[1])
    ranks = ranks_in(
        sentence.text, clause[0], semicolon if semicolon >= 0 else len(sentence.text), unlike=_ANOTHER_RANKING
    )
    rest = sentence.text[semicolon:] if semicolon >= 0 else ""
    period = _period(sentence.text, clause, sentence, context)
    # 'the goods deficit with Japan was $67.6 billion; only China, Mexico, and Germany ran larger goods surpluses'
    if (
        not ranks
        and _LARGER_ONES.search(rest)
        and not _SUBJECT.search(rest)
        and not _NOT_OURS.search(rest)
        and all(year.group("year") == (period or "")[:4] for year in p.YEAR.finditer(rest))
    ):
        ranks = ranks_in(rest, 0, len(rest))
    if len(ranks) != 1 or period is None:
        return None
    if any(int(year.group("year")) > int(period[:4]) for year in p.YEAR.finditer(rest)) and ranks_in(
        rest, 0, len(rest)
    ):
        return None  # 'was the fourth largest in 2019; in 2023 it was the fifth largest': the later year's is current
    return {"value": ranks.pop(), "qualifier": "exact", "period": period}
