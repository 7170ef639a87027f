"""IF11120's trade and investment figures: ranks (IF10199's rules), bilateral trade, the deficit, FDI stocks.

The brief gives each year's trade as a total with its split in parentheses: "U.S. exports to Japan
totaled $121 billion ($77 billion in goods, $44 billion in services)". A split is read only when its
parts add up to the total, which also lets "$42 in services" borrow the unit of its neighbours.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.ranks import ranks as ranks_of
from usjapan_facts.extract.ranks import regional
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if11120.nearby import heading_year
from usjapan_facts.extract.rules.if11120.ranking import behind_agrees, ranks_in
from usjapan_facts.extract.rules.shared import trade as shared
from usjapan_facts.extract.stated_years import RELEASED
from usjapan_facts.extract.tense import gone_decade
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_PARTNERS_FIGURE = re.compile(r"\bTop U\.?S\.? Trad(?:e|ing) Partners,?\s+(?P<year>(?:19|20)\d{2})\b")
_RANKS_AMONG = re.compile(
    r"\bJapan\s+(?:(?:now|still|again|also|once\s+again)\s+)?(?P<rank>(?:ranks?|ranked|places|placed|stands|stood|sits|is|"
    r"held|holds|occupied|occupies|took|takes)\s+\w+(?:\s+(?:place|position|spot|slot))?)\s+among\s+(?:all\s+)?(?:U\.S\.\s+)?"
    r"(?:trade|trading)\s+partners\b(?!\s+(?:for|in)\s+(?:U\.S\.\s+)?(?:exports|imports|goods|services))"
)
_RANKED_BY = re.compile(
    r"\b(?:based\s+on|ranked\s+by|by|in\s+terms\s+of)\s+(?P<year>(?:19|20)\d{2})\s+(?:total\s+)?trade\b"
)
_PARTNERS_FOR = re.compile(
    r"\b(?:(?:trade|trading)\s+partners|[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]ankings?)\s+for\s+(?P<year>(?:19|20)\d{2})\b"
)
"""'sixth on the list of U.S. trading partners for 2025', 'Figures for 2029 placed Japan seventh': the ranking's year,
whatever year its source was published."""
_TOTAL_TRADE = re.compile(
    r"\b(?:trade|trading)\s+partners?\b(?!\s+(?:for|in)\s+(?:U\.S\.\s+)?(?:exports|imports|goods|services))"
    r"|\b(?:total|combined|overall|two-way)\s+(?:U\.S\.\s+)?(?:two-way\s+)?trade\b"
    r"|\bpartners?\s+in\s+(?:(?:total|combined|overall|two-way)\s+)?(?:U\.S\.\s+)?(?:two-way\s+)?"
    r"(?:(?:goods\s+and\s+services|total|combined|overall|two-way)\s+)trade\b"
    r"|\btraded\s+more\s+with\s+the\s+(?:United\s+States|U\.S\.)\s+than\s+Japan\b",
    re.IGNORECASE,
)
_OTHER_RANKING = re.compile(
    r"\bexport|\bimport|\bmarkets?\b|\bsuppliers?\b|\bsources?\b|\bdeficit|\bsurplus|\binvest|\bTreasur|\bholders?\b"
    r"|\bJapan\W?s\s+(?:(?!among\b|as\b|in\b)[\w-]+\s+){0,2}(?:trade|trading)\s+partners?\b|\bamong\s+Japan\W?s\b|^\W*For\s+Japan,"
    r"|\bbuyers?\b|\bcustomers?\b|\bdestinations?\b|\beconom(?:y|ies)\s+in\s+the\s+world|\bworld\W?s\b",
    re.IGNORECASE,
)
"""Words of another ranking than total trade ('Japan's second-largest trading partner' ranks Japan's own partners): a
sentence with them is left to the rules that read those."""
_APPOSED = re.compile(
    rf"\bJapan,\s+(?:(?:now|still|again|once\s+again)\s+)?(?P<rank>{p.ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))\s+among\s+"
    r"(?:all\s+)?(?:U\.S\.\s+)?(?:trade|trading)\s+partners\b(?!\s+(?:for|in)\s+(?:U\.S\.\s+)?(?:exports|imports|goods|services))"
    r"(?P<dated>\s+(?:in|for)\s+(?:19|20)\d{2})?,",
    I,
)
"""A rank set off after Japan: 'Japan, sixth among U.S. trade partners in 2025, remains ...' (its year its own)."""
_IN_YEAR = re.compile(r"\b(?:[Ii]n|for)\s+(?P<year>(?:19|20)\d{2})\b")
_AS_PARTNER = re.compile(r"\bAs\s+the\s+(?P<rank>\S+)\s+(?:U\.S\.\s+)?trad(?:e|ing)\s+partner,\s+Japan\b")


_COUNT = r"(?P<count>two|three|four|five|six|seven|eight|nine|\d)"
_MORE_WITH_ONLY = re.compile(
    r"\b(?:United\s+States|U\.S\.)\s+(?:traded|trades|did\s+more\s+business)\s+more\s+with\s+(?:only|just)\s+"
    rf"{_COUNT}\s+(?:other\s+)?(?:countries|economies|(?:trading\s+|trade\s+)?partners)\s+than\s+(?:with\s+)?Japan\b",
    I,
)
"""'The United States traded more with only five partners than with Japan': sixth."""
_LABELLED = re.compile(
    r"^\W*(?:Japan\W?s\s+)?(?:rank|place|position|standing)\s+among\s+(?:all\s+)?(?:U\.S\.\s+)?(?:trade|trading)\s+"
    rf"partners\b(?P<label>[^:;]{{0,80}}):\s+(?:the\s+)?(?P<rank>{p.ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))\b",
    I,
)
"""A list item labelled by the ranking: 'Rank among U.S. trading partners in 2021, goods and services combined: fifth,
after Canada, Mexico, China, and Germany' (the countries after it must agree)."""
_MAY_BECOME = re.compile(
    r"\b(?:could|might|may|would|will)\s+(?:(?:soon|again|eventually|yet|once\s+again)\s+)?(?:become|regain|reclaim|"
    r"return\s+to|climb\s+to|rise\s+to|fall\s+to|slip\s+to|drop\s+to|overtake|surpass)\b",
    I,
)
_CARRIED = re.compile(r"^(?:It|The\s+country)(?=\s+(?:is|was|remains|remained|ranks|ranked|stands|stood)\b)")
_JAPAN_OPENS = re.compile(r"^(?:[A-Z][^,;]{0,40},\s+)?Japan\b(?!\W?s\b|\s+and\b)")
"""A sentence whose subject is Japan, which the next one's 'It' or 'The country' carries."""
_LAST_YEAR = re.compile(r"\b(?:last|the\s+past|the\s+previous)\s+year\b", I)
"""'... the fourth-largest U.S. trading partner last year': the year before the cover's."""


def _other_forms(text: str) -> set[int]:
    """The rank of a sentence that words it by the partners the United States trades more with, or as a list item."""
    more = _MORE_WITH_ONLY.search(text)
    if more:
        return {int(p.number_of(more.group("count").casefold()) or 0) + 1}
    labelled = _LABELLED.match(text)
    if labelled is None or has(OTHER_COUNTRIES, labelled.group("label"), 0):
        return set()
    word = labelled.group("rank").casefold()
    rank = p.ORDINALS[word] if word in p.ORDINALS else int(word.rstrip("stndrh"))
    return {rank} if behind_agrees(text, labelled.end("rank"), rank) else set()


_COMPARED_YEAR = re.compile(
    r"\b(?:since|from|than|over|as\s+recently\s+as|as(?:\s+it\s+(?:was|did|had(?:\s+been)?))?(?=\s+in\s))\s+(?:in\s+)?$",
    re.IGNORECASE,
)
"""A year compared with: 'since 2019', 'as recently as 2019', 'the same position as in 2024', 'as it was in 2024'."""


def _one_year(text: str) -> str | None:
    """The one year a text dates its rank by; a year it is compared with ('having slipped a place since 2019')
    aside."""
    years = {
        found.group("year")
        for found in p.YEAR.finditer(text)
        if not _COMPARED_YEAR.search(text, max(0, found.start() - 25), found.start())
    }
    return years.pop() if len(years) == 1 else None


_TRADE_WITH_JAPAN = re.compile(
    r"\b(?:(?:U\.S\.|American|two-way|total|bilateral|overall)\s+)*trade\s+with\s+Japan\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?"
    r"(?=(?:surpassed|exceeded|outranked|outpaced|topped|bettered)\s+(?:only|just)\s+by\b)",
    I,
)
"""The rank of U.S. trade with Japan against that with other partners: 'U.S. trade with Japan was exceeded only by U.S.
trade with three other partners' (4)."""


def _trade_with_japan(text: str) -> set[int]:
    subject = _TRADE_WITH_JAPAN.search(text)
    if subject is None or _OTHER_RANKING.search(text):
        return set()
    return {found.value for found in ranks_of(text) if found.start >= subject.end() and isinstance(found.value, int)}


def _not_overall_now(text: str, rest: str) -> bool:
    """Tell whether the rank of `text` is a region's ('Among Asian economies, ...', '... partner in Asia'), or of an
    earlier year than a rank the clauses after it (`rest`) give."""
    if regional(text, len(text), len(text)) or any(regional(text, m.start(), m.end()) for _, m in p.ranks(text)):
        return True
    years = [int(found.group("year")) for found in _IN_YEAR.finditer(text)]
    later = [int(found.group("year")) for found in _IN_YEAR.finditer(rest)]
    return bool(years and later and max(later) > max(years) and ranks_of(rest))


def _overall_only(text: str) -> bool:
    """A clause on Japan's rank in total U.S. trade and no other ranking."""
    return bool(re.search(r"\bJapan", text) and _TOTAL_TRADE.search(text) and not _OTHER_RANKING.search(text))


def _japan_ranked(text: str) -> bool:
    """Tell whether Japan is named before every place the text gives ('Germany is fifth overall ..., and Japan
    follows' ranks Germany)."""
    first = re.search(rf"\b(?:{p.ORDINAL_WORD})\b", text, I)
    opener = re.match(rf"\W*(?:the\s+)?(?:{OTHER_COUNTRIES})", text)
    return first is None or opener is None or "Japan" in text[: first.start()]


@rule("trade.overall_partner_rank", needs=("partner", "total", "traded more", "trade with japan"))
def overall_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    opening = _CARRIED.match(sentence.text)
    if opening and _JAPAN_OPENS.match(context.preceding.get(sentence.text, "")):
        # 'Japan remains a major partner. It was the fifth-largest U.S. trade partner in 2024': Japan carried
        sentence = Sentence(f"Japan{sentence.text[opening.end() :]}", sentence.section)
    if _MAY_BECOME.search(sentence.text.split(";")[0]) or shared.gap_ranked(sentence.text):
        return (
            None  # 'Japan could become the fourth-largest ... again': a prospect; 'the deficit ranked sixth': its own
        )
    read = shared.overall_partner_rank(sentence, context)
    if read is None:
        # The clause before a semicolon: '..., Japan held the No. 5 spot ... in 2031; in 2029 it had been fourth'. When
        # the figures came out ('BEA figures published in June 2026') dates no rank.
        text = RELEASED.sub(lambda m: " " * len(m.group(0)), sentence.text.split(";")[0])
        if _not_overall_now(text, sentence.text[len(text) :]):
            return None  # 'Japan was fourth in 2019; in 2023 it ranked fifth', 'Among Asian economies, Japan is second'
        # "As the fourth-largest U.S. trade partner, Japan is ...": Japan is named after its rank.
        opening = _AS_PARTNER.search(text)
        ranks = {rank for rank, _ in p.ranks(opening.group("rank") + " ")} if opening else set()
        among = _RANKS_AMONG.search(text)
        if among:
            # 'Overall, Japan ranked fourth among U.S. trading partners': the rank of that stretch, in any form.
            ranks |= ranks_in(text, among.start("rank"), among.end("rank"))
        elif not opening and _overall_only(text) and _japan_ranked(text):
            # 'Japan slipped to sixth place among U.S. trading partners', 'Five partners outranked Japan in total
            # U.S. trade in goods and services': a clause on the overall ranking alone, its rank in any form.
            ranks |= ranks_in(text, 0, len(text))
        apposed = _APPOSED.search(text) if not ranks else None
        if apposed:
            # 'Japan, sixth among U.S. trade partners in 2025, remains the largest direct investor': the rank's clause
            word = apposed.group("rank").casefold()
            ranks, text = {p.ORDINALS[word] if word in p.ORDINALS else int(word.rstrip("stndrh"))}, apposed.group(0)
        ranks = ranks or _other_forms(text) or _trade_with_japan(text)
        if len(ranks) != 1 or gone_decade(text, 0, len(text), context.updated.year if context.updated else None):
            # 'Japan was the second-largest U.S. trading partner in the 1980s': a rank of a decade gone by
            return None
        read = {"value": ranks.pop(), "qualifier": "exact"}
        named = _PARTNERS_FOR.search(text)
        basis = _RANKED_BY.search(text) or _IN_YEAR.search(text)
        read.update({"period": basis.group("year")} if basis and _one_year(text) else {})
        read.update({"period": named.group("year")} if named else {})
    own_year = _IN_YEAR.search(sentence.text.split(";")[0])
    if "period" not in read and own_year and _one_year(sentence.text.split(";")[0]):
        read = {**read, "period": own_year.group("year")}  # 'In 2031 Japan fell to seventh place among ...'
    if "period" not in read and context.updated and _LAST_YEAR.search(sentence.text.split(";")[0]):
        read = {**read, "period": str(context.updated.year - 1)}
    if "period" not in read:
        # The ranking's year is in the title of the chart it comes from: "Top U.S. Trade Partners, 2018".
        years = {
            found.group("year")
            for text in (*context.captions, context.text)
            for found in _PARTNERS_FIGURE.finditer(text)
        }
        # Else the year of the section it stands in ('Trade at a Glance, 2018'), which dates the section's figures.
        # With neither (a copy cut before the chart's title) a sentence naming no year states the rank undated, as
        # the record keeps it, and a diff says its period is not given; one naming years left the rank's unclear.
        year = years.pop() if len(years) == 1 else heading_year(sentence.section)
        if year is None and p.YEAR.search(sentence.text.split(";")[0]):
            return None
        read = {**read, "period": year} if year else read
    return read
