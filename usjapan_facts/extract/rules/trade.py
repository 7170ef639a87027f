"""Rules of the trade section."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import (
    OTHER_COUNTRIES,
    Context,
    Fields,
    I,
    Rule,
    about_japan,
    another_country_before,
    has,
    money_before,
    one,
    percent_before,
    registrar,
    when,
)
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_PARTNER = r"(?:overall\s+)?(?:U\.S\.\s+)?(?:overall\s+)?(?:trading|trade)\s+partner"


# "(fourth largest if EU countries are counted separately)": another way of counting, not the figure.
_PARENTHESIS = re.compile(r"\([^()]{0,300}\)")
_ALTERNATIVE = re.compile(r"\b(?:if|when|excluding|counting|counted)\b", I)
_JAPAN_SUBJECT = re.compile(r"\bJapan|^(?:Its|Japanese) investors\b")
_JAPANS_OWN = re.compile(r"\bJapan['\u2019]s\s+(?:the\s+)?$")
"""'Japan's second-largest export market' ranks another country among Japan's partners, not Japan."""
_ANOTHER_RANK = re.compile(rf"\b(?:the\s+)?(?:{p.ORDINAL_WORD}|\d+(?:st|nd|rd|th))?[- ]?(?:largest|biggest|top)\b", I)


def without_asides(text: str) -> str:
    """The text with parenthetical alternatives ('(fourth largest if ...)') blanked out, offsets kept."""
    if "(" not in text:
        return text
    return _PARENTHESIS.sub(
        lambda match: " " * len(match.group(0)) if _ALTERNATIVE.search(match.group(0)) else match.group(0), text
    )


def _ranks(text: str, follower: str, *, window: int = 40) -> list[tuple[int, re.Match[str]]]:
    """Ranks that `follower` comes right after, where Japan is the one ranked ('China is the largest...' is not)."""
    text = without_asides(text)
    return [
        (rank, match)
        for rank, match in p.ranks(text)
        if re.match(rf"\s*{follower}", text[match.end() : match.end() + window], I)
        and about_japan(text, match.start())
        and not _JAPANS_OWN.search(text, 0, match.start())
        and not re.match(rf"\s*{follower}\S*\s+(?:of|for|to)\s+Japan\b", text[match.end() : match.end() + 200], I)
    ]


def _rank_fields(ranks: list[int], text: str, context: Context) -> Fields | None:
    if len(set(ranks)) != 1:
        return None
    fields: Fields = {"value": ranks[0], "qualifier": "exact"}
    period = p.year_in(text) if has(r"\bin\s+\d{4}\b", text) else None
    figure = re.search(r"\bFigure\s+(\d+)\b", text)
    if period is None and figure is not None:
        # The rank cites a figure whose title dates its data: "Top U.S. Trade Partners, 2025".
        period = context.figure_years.get(figure.group(1))
    return {**fields, "period": period} if period else fields


@rule("trade.overall_partner_rank", needs=("partner",))
def overall_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    ranks = [
        rank
        for rank, match in _ranks(text, _PARTNER)
        if not re.match(
            rf"\s*{_PARTNER}\s+for\s+(?:U\.S\.\s+)?(?:exports|imports)", text[match.end() : match.end() + 200], I
        )
    ]
    return _rank_fields(ranks, text, context) if has(r"\bJapan", text, 0) else None


def _partner_for(text: str, flow: str, context: Context) -> Fields | None:
    ranks = []
    for rank, match in _ranks(text, _PARTNER):
        rest = re.match(
            rf"\s*{_PARTNER}\s+for\s+(?P<list>[^,;()]*(?:\([^)]*\)[^,;()]*)*)", text[match.end() : match.end() + 200], I
        )
        # 'for U.S. exports and the fourth-largest for imports': the list ends where another rank begins.
        listed = _ANOTHER_RANK.split(rest.group("list"), maxsplit=1)[0] if rest else ""
        if has(rf"\b{flow}\b", listed):
            ranks.append(rank)
    for rank, _ in _ranks(text, rf"(?:U\.S\.\s+)?{'export market' if flow == 'exports' else 'import source'}"):
        ranks.append(rank)
    return _rank_fields(ranks, text, context) if ranks and has(r"\bJapan", text, 0) else None


@rule("trade.export_partner_rank", needs=("export",))
def export_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    return _partner_for(sentence.text, "exports", context)


@rule("trade.import_partner_rank", needs=("import",))
def import_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    return _partner_for(sentence.text, "imports", context)


def _trade_flow(text: str, flow: str) -> Fields | None:
    if not has(r"\bJapan", text, 0) or has(r"\bJapan(?:'s|ese)\s+(?:exports|imports)\b", text, 0):
        return None
    values = []
    for dollars, qualifier, match in p.money_amounts(text):
        if another_country_before(text, match.start()):
            continue  # 'U.S. exports to China were about $148 billion ..., twice those to Japan'
        if has(
            r"\b(?:account\w*\s+for|made\s+up|represent\w*|comprised?)\s+$",
            text[max(0, match.start() - 30) : match.start()],
        ):
            continue  # 'Autos accounted for about $55 billion of U.S. imports from Japan': a part, not the flow
        before = text[max(0, match.start() - 40) : match.start()]
        nearest = max(
            ((found.end(), found.group(0).casefold()) for found in re.finditer(r"\b(?:exports|imports)\b", before, I)),
            default=None,
        )
        after = text[match.end() : match.end() + 25]
        if (
            nearest and nearest[1] == flow and not re.match(r"\s*(?:in|of)\s+(?:exports|imports)", after, I)
        ) or re.match(rf"\s*(?:in|of|worth of)\s+(?:U\.S\.\s+)?{flow}\b", after, I):
            values.append({"value": dollars, "qualifier": qualifier})
    found = one(values)
    period = p.year_in(text)
    return {**found, "period": period} if found and period else found


@rule("trade.us_exports_to_japan", needs=("export",))
def us_exports_to_japan(sentence: Sentence, context: Context) -> Fields | None:
    return _trade_flow(sentence.text, "exports")


@rule("trade.us_imports_from_japan", needs=("import",))
def us_imports_from_japan(sentence: Sentence, context: Context) -> Fields | None:
    return _trade_flow(sentence.text, "imports")


def _source_rank(text: str, follower: str) -> Fields | None:
    text = without_asides(text)
    top = re.search(rf"\b(?:a|one of the)\s+(?:top|leading|major|largest)\s+(?:foreign\s+)?{follower}", text, I)
    if top:
        return {"qualifier": "among_top"} if about_japan(text, top.start()) else None
    ranks = [rank for rank, _ in _ranks(text, rf"(?:foreign\s+)?{follower}", window=60)]
    return {"value": ranks[0], "qualifier": "exact"} if len(set(ranks)) == 1 else None


_NOT_APPLIED = r"\b(?:propos\w*|threaten\w*|floated|considered|could|might)\b"


@rule("trade.us_tariff_on_most_imports_from_japan", needs=("tariff",))
def us_tariff_on_imports(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\btariffs?\b", text) or not has(
        r"(?:imports|goods|products) from Japan|Japanese (?:imports|goods)", text
    ):
        return None
    if has(r"\b(?:reciprocal|retaliat|Japan(?:'s)? tariffs? on)\b", text):
        return None
    follower = r"(?:tariffs?\b|(?:on\s+)?(?:most\s+)?(?:imports|goods))"
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
    if has(_NOT_APPLIED, text[clause_start + 1 : at.start()]):
        return None
    return {**found, **when(text, at.start(), at.end(), context.updated)}


@rule("trade.japan_investment_pledge", needs=("invest",))
def japan_investment_pledge(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:pledg|promis|commit)", text) or not has(r"\binvest", text):
        return None
    # Other allies pledged investments too: 'South Korea pledged $350 billion'.
    found = money_before(
        text,
        r"(?:(?:in|into)\s+(?:the\s+)?(?:United States|U\.S\.)|(?:of|in)\s+(?:new\s+)?investments?\b)",
        others=OTHER_COUNTRIES,
    )
    if found is None:
        values = [
            {"value": dollars, "qualifier": qualifier}
            for dollars, qualifier, match in p.money_amounts(text)
            if has(r"\binvest\w*\s+$", text[max(0, match.start() - 12) : match.start()])
            and not another_country_before(text, match.start())
        ]
        found = one(values)
    if found is None:
        return None
    # The deadline may stand in the next sentence: "Investments are to be made before 2029."
    next_sentence = context.following.get(text, "")[:200]
    by = re.search(r"\b(?:by|before)\s+(?P<by>\d{4})\b", text) or (
        re.search(r"\binvest\w*\b[^.]{0,60}\b(?:by|before)\s+(?P<by>\d{4})\b", next_sentence, I)
    )
    return {**found, "by": by.group("by")} if by else found
