"""One extraction rule per catalogue fact: the meaning-bearing words that find it, and how its value is read.

A rule looks at one sentence and returns the fact's fields, or None. It must be sure: when a sentence
could mean something else, the rule returns None and the fact is reported as not found. Rules are
written for the meaning, not for one version's wording: the hedges, number forms and word orders they
accept are those of `parsers`, which every rule shares.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.text import Sentence

Fields = dict[str, Any]


@dataclass(frozen=True)
class Context:
    """What a rule may know besides its sentence: the whole text (for name order)."""

    text: str


RuleFunction = Callable[[Sentence, Context], Fields | None]


@dataclass(frozen=True)
class Rule:
    """A fact's rule, and the words (lower case) a sentence must hold for the rule to read it at all."""

    read: RuleFunction
    needs: tuple[str, ...]

    def __call__(self, sentence: Sentence, context: Context) -> Fields | None:
        lowered = sentence.text.casefold()
        if not any(word in lowered for word in self.needs):
            return None
        return self.read(sentence, context)


RULES: dict[str, Rule] = {}

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is


def rule(fact_id: str, *, needs: tuple[str, ...]) -> Callable[[RuleFunction], RuleFunction]:
    """Declare the rule of `fact_id`; `needs` are cheap words that any sentence stating the fact holds."""

    def register(function: RuleFunction) -> RuleFunction:
        RULES[fact_id] = Rule(function, needs)
        return function

    return register


def has(pattern: str, text: str, flags: int = I) -> bool:
    return re.search(pattern, text, flags) is not None


_OTHER_COUNTRIES = (
    r"\b(?:China|Chinese|South Korea|North Korea|Korea|Taiwan|Canada|Mexico|Germany|India|Vietnam|Australia|"
    r"the United Kingdom|Britain|Philippines|Russia)\b"
)


def _about_japan(text: str, start: int) -> bool:
    """Tell whether Japan is the subject of what stands at `start`: named before it, no other country between."""
    before = text[:start]
    last = before.rfind("Japan")
    return last >= 0 and not has(_OTHER_COUNTRIES, before[last:], 0)


def _one(values: list[Fields]) -> Fields | None:
    """The single value a sentence gives, or None when it gives none or several that disagree.

    The brief's wording (`as_written`) never makes two values disagree; the first wording is kept.
    """
    distinct = {repr(sorted((k, v) for k, v in value.items() if k != "as_written")) for value in values}
    return values[0] if len(distinct) == 1 else None


def _percent_before(text: str, follower: str, *, window: int = 40) -> Fields | None:
    """The percentage that `follower` comes right after: 'about 25% of facilities'."""
    values = []
    for number, qualifier, match in p.percents(text):
        if re.match(rf"\s*(?:of\s+)?{follower}", text[match.end() : match.end() + window], I) or (
            match.group("fraction") and re.match(rf"\s*{follower}", text[match.end() : match.end() + window], I)
        ):
            values.append({"value": p.plain(number), "qualifier": qualifier})
    return _one(values)


def _money_before(text: str, follower: str, *, window: int = 40) -> Fields | None:
    """The dollar amount that `follower` comes right after: '$300 million in humanitarian aid'."""
    values = [
        {"value": dollars, "qualifier": qualifier}
        for dollars, qualifier, match in p.money_amounts(text)
        if re.match(rf"\s*{follower}", text[match.end() : match.end() + window], I)
    ]
    return _one(values)


def _period(text: str) -> str | None:
    """The period a sentence dates its figure by: a month ('In May 2022' -> 2022-05), a season, or one year."""
    months = [value for value, match in p.dates(text) if len(value) == 7]
    if len(set(months)) == 1:
        return months[0]
    season = p.SEASON_DATE.search(text)
    if season:
        return f"{season.group('season').lower()} {season.group('year')}"
    return p.year_in(text)


# Leaders ------------------------------------------------------------------------------------------

KNOWN_PEOPLE: dict[str, tuple[str, str]] = {
    # family name -> (family, given), for briefs that name a leader by family name alone
    "Abe": ("Abe", "Shinzo"),
    "Suga": ("Suga", "Yoshihide"),
    "Kishida": ("Kishida", "Fumio"),
    "Ishiba": ("Ishiba", "Shigeru"),
    "Takaichi": ("Takaichi", "Sanae"),
    "Obama": ("Obama", "Barack"),
    "Trump": ("Trump", "Donald"),
    "Biden": ("Biden", "Joe"),
}
_NOT_SITTING = r"(?:former|then|late|ex|previous|past)[- ]?\s*$"
_NAME = r"[A-Z][a-z]+(?:-[a-z]+)?"


def _titled_names(text: str, title: str) -> list[tuple[str, re.Match[str]]]:
    names = []
    for match in re.finditer(rf"\b{title},?\s+(?P<name>{_NAME}(?:\s+{_NAME})?)", text):
        if not re.search(_NOT_SITTING, text[max(0, match.start() - 12) : match.start()], I):
            names.append((match.group("name"), match))
    return names


@rule("leaders.japan_prime_minister", needs=("prime minister", "pm "))
def japan_prime_minister(sentence: Sentence, context: Context) -> Fields | None:
    values = []
    for name, _ in _titled_names(sentence.text, r"(?:Prime Minister|PM)"):
        words = name.split()
        if len(words) == 1:
            family, given = KNOWN_PEOPLE.get(words[0], (words[0], None))
        else:
            known = next((KNOWN_PEOPLE[word] for word in words if word in KNOWN_PEOPLE), None)
            order = known or p.name_order(name, context.text)
            if order is None:
                continue
            family, given = order
        values.append({"value": {"family": family, "given": given}, "as_written": name})
    return _one(values)


@rule("leaders.us_president", needs=("president",))
def us_president(sentence: Sentence, context: Context) -> Fields | None:
    values = []
    for name, match in _titled_names(sentence.text, r"(?<!Vice )President"):
        if sentence.text[match.end() : match.end() + 3] == " of":
            continue
        words = name.split()
        family = words[-1]
        given = words[0] if len(words) == 2 else KNOWN_PEOPLE.get(family, (family, None))[1]
        values.append({"value": {"family": family, "given": given}, "as_written": name})
    return _one(values)


# Alliance -----------------------------------------------------------------------------------------


@rule("alliance.treaty_ally_since", needs=("since", "alliance"))
def treaty_ally_since(sentence: Sentence, context: Context) -> Fields | None:
    match = re.search(
        r"\b(?:treaty )?all(?:y|ies) since (?P<a>\d{4})\b|"
        r"\balliance (?:was )?(?:formed|established|founded|forged) in (?P<b>\d{4})\b",
        sentence.text,
        I,
    )
    if match is None or not _about_japan(sentence.text, match.start()):
        return None
    return {"value": int(match.group("a") or match.group("b")), "qualifier": "exact"}


_TROOPS = r"\b(?:U\.S\.\s+)?(?:troops|military personnel|service\s?members|servicemembers|forces personnel)\b"


@rule("alliance.us_troops_in_japan", needs=("troops", "personnel", "service"))
def us_troops_in_japan(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(_TROOPS, text) or not has(r"\bJapan", text, 0) or has(r"\bGuam\b|\bMarines?\b", text, 0):
        return None
    values = []
    for troop_word in re.finditer(_TROOPS, text, I):
        for number, qualifier, match in p.qualified_numbers(text):
            as_digits = match.group("number")
            if number < 1000 or p.YEAR.fullmatch(as_digits) or text[match.end() : match.end() + 1] in "%":
                continue
            gap = (
                text[match.end() : troop_word.start()]
                if match.end() <= troop_word.start()
                else text[troop_word.end() : match.start()]
            )
            if len(gap) <= 40 and not has(r"\b(?:percent|Marines|civilians|dependents)\b", gap):
                values.append({"value": p.plain(number), "qualifier": qualifier, "as_written": match.group(0)})
    return _one(values)


@rule("alliance.host_nation_support_per_year", needs=("$",))
def host_nation_support_per_year(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:pays|paid|contribut\w*|host[- ]nation|defray|cost of (?:stationing|hosting))", text):
        return None
    if not has(r"\bU\.S\.|United States|American", text):
        return None
    found = _money_before(text, r"(?:per year|a year|each year|annually)\b")
    return {**found, "per": "year"} if found else None


@rule("alliance.host_nation_support_agreement", needs=("deal", "agreement", "sma"))
def host_nation_support_agreement(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:deal|agreement|Special Measures Agreement|SMA)\b", text):
        return None
    if not has(r"\b(?:contribution|cost[- ]sharing|host[- ]nation|cost of stationing|Special Measures)", text):
        return None
    if has(r"\btrade\b", text):
        return None
    months = {value for value, _ in p.dates(text) if len(value) == 7}
    return {"value": months.pop(), "qualifier": "exact"} if len(months) == 1 else None


def _in_okinawa(text: str) -> bool:
    return has(r"\bOkinawa", text, 0)


@rule("alliance.okinawa_share_of_usfj_facilities", needs=("okinawa",))
def okinawa_share_of_usfj_facilities(sentence: Sentence, context: Context) -> Fields | None:
    if not _in_okinawa(sentence.text):
        return None
    return _percent_before(sentence.text, r"(?:the\s+)?(?:U\.S\.\s+)?(?:military\s+)?(?:facilities|bases)\b")


@rule("alliance.okinawa_share_of_usfj_personnel", needs=("okinawa",))
def okinawa_share_of_usfj_personnel(sentence: Sentence, context: Context) -> Fields | None:
    if not _in_okinawa(sentence.text):
        return None
    return _percent_before(
        sentence.text, r"(?:all\s+)?(?:the\s+)?(?:USFJ|U\.S\.)\s+(?:military\s+)?(?:personnel|troops|forces)\b"
    )


@rule("alliance.okinawa_share_of_land_area", needs=("okinawa",))
def okinawa_share_of_land_area(sentence: Sentence, context: Context) -> Fields | None:
    if not _in_okinawa(sentence.text):
        return None
    return _percent_before(sentence.text, r"(?:Japan's\s+)?(?:total\s+)?land(?:\s+area|\s+mass)?\b")


@rule("alliance.marines_relocating_to_guam", needs=("guam",))
def marines_relocating_to_guam(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\bGuam\b", text, 0) or not has(r"\b(?:relocat|move|transfer)", text):
        return None
    values = [
        {"value": p.plain(number), "qualifier": qualifier}
        for number, qualifier, match in p.qualified_numbers(text)
        if number >= 100 and re.match(r"\s+(?:U\.S\.\s+)?Marines\b", text[match.end() : match.end() + 20])
    ]
    return _one(values)


# Defense ------------------------------------------------------------------------------------------

_GDP = r"(?:its\s+|Japan's\s+|the\s+)?(?:GDP|gross domestic product)\b"


@rule("defense.spending_goal_pct_gdp", needs=("gdp", "gross domestic"))
def defense_spending_goal(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\bdefen[cs]e\b", text) or not has(r"\b(?:rais|increas|doubl|goal|target|reach|boost|lift)", text):
        return None
    if has(r"\b(?:traditionally|historically|limit|cap|ceiling)", text):
        return None
    found = _percent_before(text, _GDP)
    if found is None:
        return None
    by = re.search(r"\bby\s+(?:the end of\s+)?(?P<by>FY\s?\d{4}|fiscal year \d{4}|\d{4})\b", text, I)
    return {**found, "by": by.group("by").replace(" ", "")} if by else found


@rule("defense.traditional_limit_pct_gdp", needs=("gdp", "gross domestic"))
def defense_traditional_limit(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\bdefen[cs]e\b", text) or not has(r"\b(?:limit|cap|ceiling)", text):
        return None
    if not has(r"\b(?:traditionally|historically|long|for decades|informal)", text):
        return None
    return _percent_before(text, _GDP)


@rule("defense.tomahawk_purchase", needs=("tomahawk",))
def tomahawk_purchase(sentence: Sentence, context: Context) -> Fields | None:
    if not has(r"\bTomahawk", sentence.text, 0):
        return None
    values = [{"value": dollars, "qualifier": qualifier} for dollars, qualifier, _ in p.money_amounts(sentence.text)]
    return _one(values)


# Politics -----------------------------------------------------------------------------------------

PARTIES: dict[str, str] = {
    "LDP": r"\bLDP\b|Liberal Democratic Party",
    "Komeito": r"\bKomeito\b",
    "Ishin": r"\bIshin\b|Japan Innovation Party",
    "CDP": r"\bCDP\b|Constitutional Democratic Party",
    "DPP": r"\bDPP\b|Democratic Party for the People",
}


@rule("politics.ruling_coalition", needs=("coalition",))
def ruling_coalition(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:coalition partner|ruling coalition|governing coalition)\b", text):
        return None
    if has(r"\b(?:former|previous|ended|left|quit|broke)\b", text):
        return None
    named = sorted(
        (match.start(), party) for party, pattern in PARTIES.items() if (match := re.search(pattern, text)) is not None
    )
    parties = [party for _, party in named]
    return {"value": parties} if len(parties) >= 2 else None


UPPER_HOUSE = r"\b(?:Upper House|House of Councill?ors)\b"
LOWER_HOUSE = r"\b(?:Lower House|House of Representatives)\b"


def _house_share(text: str, house: str, other: str) -> Fields | None:
    if not has(house, text) or has(other, text) or not has(r"\b(?:LDP|coalition|Komeito|ruling)\b", text):
        return None
    change = re.search(r"\bfrom\s+(?P<old>\d+(?:\.\d+)?)%\s+(?:of the seats\s+)?to\s+(?P<new>\d+(?:\.\d+)?)%", text, I)
    if change:
        return {
            "value": p.plain(Decimal(change.group("new"))),
            "qualifier": "exact",
            "previous": p.plain(Decimal(change.group("old"))),
        }
    if has(r"\b(?:a minority|lacks? a majority|lost (?:its|their) majority)\b", text):
        return {"value": 50, "qualifier": "under"}
    shares = [{"value": p.plain(number), "qualifier": qualifier} for number, qualifier, _ in p.percents(text)]
    return _one(shares)


@rule("politics.upper_house_coalition_share", needs=("upper house", "councill"))
def upper_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    return _house_share(sentence.text, UPPER_HOUSE, LOWER_HOUSE)


@rule("politics.lower_house_coalition_share", needs=("lower house", "representatives"))
def lower_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    return _house_share(sentence.text, LOWER_HOUSE, UPPER_HOUSE)


DUE_WORDS = r"\b(?:need|needs|must|required|due|have to|has to|scheduled)\b"


@rule("politics.next_diet_election_due", needs=("election",))
def next_diet_election_due(sentence: Sentence, context: Context) -> Fields | None:
    # A sentence may give two deadlines ("a Lower House election by 2030; no national election until
    # 2028"): the national one wins over one house's, and two different national ones mean no answer.
    generic: set[int] = set()
    one_house: set[int] = set()
    for clause in re.split(r";", sentence.text):
        house = has(r"\b(?:Upper House|Lower House)\s+elections?\b", clause)
        if not (house or has(r"\b(?:Diet|national|parliamentary|general)\s+elections?\b", clause)) or not has(
            DUE_WORDS, clause
        ):
            continue
        for match in re.finditer(
            rf"\b(?:until|by|before|no later than)\s+(?:{p.MONTH}\s+)?(?P<year>\d{{4}})\b", clause
        ):
            (one_house if house else generic).add(int(match.group("year")))
    years = generic or one_house
    return {"value": years.pop(), "qualifier": "exact"} if len(years) == 1 else None


@rule("politics.lower_house_election_due", needs=("election",))
def lower_house_election_due(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(rf"{LOWER_HOUSE}\s+elections?|elections?\s+(?:for|to)\s+the\s+{LOWER_HOUSE}", text) or not has(
        DUE_WORDS, text
    ):
        return None
    match = re.search(rf"\b(?:until|by|before|no later than)\s+(?P<date>{p.MONTH}\s+\d{{4}})\b", text)
    if match is None:
        return None
    [(value, _)] = p.dates(match.group("date"))
    return {"value": value, "qualifier": "exact"}


# Trade --------------------------------------------------------------------------------------------

_PARTNER = r"(?:overall\s+)?(?:U\.S\.\s+)?(?:overall\s+)?(?:trading|trade)\s+partner"


def _ranks(text: str, follower: str, *, window: int = 40) -> list[tuple[int, re.Match[str]]]:
    """Ranks that `follower` comes right after, where Japan is the one ranked ('China is the largest...' is not)."""
    return [
        (rank, match)
        for rank, match in p.ranks(text)
        if re.match(rf"\s*{follower}", text[match.end() : match.end() + window], I)
        and _about_japan(text, match.start())
        and not re.match(rf"\s*{follower}\S*\s+(?:of|for|to)\s+Japan\b", text[match.end() :], I)
    ]


def _rank_fields(ranks: list[int], text: str) -> Fields | None:
    if len(set(ranks)) != 1:
        return None
    fields: Fields = {"value": ranks[0], "qualifier": "exact"}
    period = p.year_in(text) if has(r"\bin\s+\d{4}\b", text) else None
    return {**fields, "period": period} if period else fields


@rule("trade.overall_partner_rank", needs=("partner",))
def overall_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    ranks = [
        rank
        for rank, match in _ranks(text, _PARTNER)
        if not re.match(rf"\s*{_PARTNER}\s+for\s+(?:U\.S\.\s+)?(?:exports|imports)", text[match.end() :], I)
    ]
    return _rank_fields(ranks, text) if has(r"\bJapan", text, 0) else None


def _partner_for(text: str, flow: str) -> Fields | None:
    ranks = []
    for rank, match in _ranks(text, _PARTNER):
        rest = re.match(rf"\s*{_PARTNER}\s+for\s+(?P<list>[^,;]*(?:\([^)]*\)[^,;]*)*)", text[match.end() :], I)
        if rest and has(rf"\b{flow}\b", rest.group("list")):
            ranks.append(rank)
    for rank, _ in _ranks(text, rf"(?:U\.S\.\s+)?{'export market' if flow == 'exports' else 'import source'}"):
        ranks.append(rank)
    return _rank_fields(ranks, text) if ranks and has(r"\bJapan", text, 0) else None


@rule("trade.export_partner_rank", needs=("export",))
def export_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    return _partner_for(sentence.text, "exports")


@rule("trade.import_partner_rank", needs=("import",))
def import_partner_rank(sentence: Sentence, context: Context) -> Fields | None:
    return _partner_for(sentence.text, "imports")


def _trade_flow(text: str, flow: str) -> Fields | None:
    if not has(r"\bJapan", text, 0) or has(r"\bJapan(?:'s|ese)\s+(?:exports|imports)\b", text, 0):
        return None
    values = []
    for dollars, qualifier, match in p.money_amounts(text):
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
    found = _one(values)
    period = p.year_in(text)
    return {**found, "period": period} if found and period else found


@rule("trade.us_exports_to_japan", needs=("export",))
def us_exports_to_japan(sentence: Sentence, context: Context) -> Fields | None:
    return _trade_flow(sentence.text, "exports")


@rule("trade.us_imports_from_japan", needs=("import",))
def us_imports_from_japan(sentence: Sentence, context: Context) -> Fields | None:
    return _trade_flow(sentence.text, "imports")


def _source_rank(text: str, follower: str) -> Fields | None:
    top = re.search(rf"\ba\s+(?:top|leading|major)\s+{follower}", text, I)
    if top:
        return {"qualifier": "among_top"} if _about_japan(text, top.start()) else None
    ranks = [rank for rank, _ in _ranks(text, rf"(?:foreign\s+)?{follower}", window=60)]
    return {"value": ranks[0], "qualifier": "exact"} if len(set(ranks)) == 1 else None


@rule("trade.fdi_source_rank", needs=("invest",))
def fdi_source_rank(sentence: Sentence, context: Context) -> Fields | None:
    if not has(r"\bJapan", sentence.text, 0):
        return None
    source = r"source\s+of\s+(?:foreign direct investment|FDI)"
    investor = r"(?:direct\s+)?investor\s+in\s+the\s+(?:United States|U\.S\.)"
    return _source_rank(sentence.text, rf"(?:{source}|{investor})")


@rule("trade.treasury_holder_rank", needs=("treasur",))
def treasury_holder_rank(sentence: Sentence, context: Context) -> Fields | None:
    if not has(r"\bJapan", sentence.text, 0):
        return None
    return _source_rank(sentence.text, r"holders?\s+of\s+U\.S\.\s+Treasur")


@rule("trade.us_tariff_on_most_imports_from_japan", needs=("tariff",))
def us_tariff_on_imports(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\btariffs?\b", text) or not has(
        r"(?:imports|goods|products) from Japan|Japanese (?:imports|goods)", text
    ):
        return None
    if has(r"\b(?:reciprocal|retaliat|Japan(?:'s)? tariffs? on)\b", text):
        return None
    return _percent_before(text, r"(?:tariffs?\b|(?:on\s+)?(?:most\s+)?(?:imports|goods))")


@rule("trade.japan_investment_pledge", needs=("invest",))
def japan_investment_pledge(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:pledg|promis|commit)", text) or not has(r"\binvest", text):
        return None
    found = _money_before(text, r"(?:in|into)\s+(?:the\s+)?(?:United States|U\.S\.)")
    if found is None:
        values = [
            {"value": dollars, "qualifier": qualifier}
            for dollars, qualifier, match in p.money_amounts(text)
            if has(r"\binvest\w*\s+$", text[max(0, match.start() - 12) : match.start()])
        ]
        found = _one(values)
    by = re.search(r"\bby\s+(?P<by>\d{4})\b", text)
    return {**found, "by": by.group("by")} if found and by else found


# Economy ------------------------------------------------------------------------------------------

_UP = r"(?:increas\w*|gr[eo]w\w*|rose|ris\w*|expand\w*)"
_DOWN = r"(?:decreas\w*|contract\w*|fell|fall\w*|shr[ai]nk\w*|declin\w*)"


@rule("economy.gdp_growth", needs=("gdp", "gross domestic", "economy"))
def gdp_growth(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:GDP|gross domestic product|economy)\b", text) or has(r"\bforecast|project|expect", text):
        return None
    years: dict[str, float] = {}
    clause = re.compile(
        rf"\b(?P<verb>{_UP}|{_DOWN})\s+(?:in\s+(?P<year1>\d{{4}})\s+)?by\s+(?P<pct>\d+(?:\.\d+)?)%(?:\s+in\s+(?P<year2>\d{{4}}))?",
        I,
    )
    for match in clause.finditer(text):
        year = match.group("year1") or match.group("year2")
        if year is None or year in years:
            return None
        value = float(match.group("pct"))
        years[year] = -value if re.fullmatch(_DOWN, match.group("verb"), I) else value
    return {"value": years} if years else None


@rule("economy.supplementary_budget", needs=("budget",))
def supplementary_budget(sentence: Sentence, context: Context) -> Fields | None:
    found = _money_before(sentence.text, r"(?:\w+\s+)?(?:supplementary|extra)\s+budget")
    if found is None:
        return None
    period = _period(sentence.text)
    return {**found, "period": period} if period else found


@rule("economy.emissions_cut_target", needs=("emission",))
def emissions_cut_target(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    found = _percent_before(text, r"(?:reduction|cut)\s+(?:in\s+)?(?:its\s+)?(?:greenhouse gas|GHG|carbon)\s+emissions")
    if found is None:
        return None
    by = re.search(r"\bby\s+(?P<by>\d{4})\b", text)
    base = re.search(r"\bfrom\s+(?P<base>\d{4})\s+levels\b|\bcompared\s+(?:with|to)\s+(?P<base2>\d{4})\b", text)
    fields = dict(found)
    if by:
        fields["by"] = by.group("by")
    if base:
        fields["baseline"] = base.group("base") or base.group("base2")
    return fields


@rule("economy.yen", needs=("yen",))
def yen(sentence: Sentence, context: Context) -> Fields | None:
    match = re.search(
        r"\b(?P<years>\d+)-year\s+(?P<side>low|high)\s+(?:against|versus|vs\.?)\s+the\s+(?:U\.S\.\s+)?dollar",
        sentence.text,
        I,
    )
    if match is None or not has(r"\byen\b", sentence.text):
        return None
    value = f"{match.group('years')}-year {match.group('side').lower()} against the dollar"
    period = _period(sentence.text)
    return {"value": value, "period": period} if period else {"value": value}


# Diplomacy ----------------------------------------------------------------------------------------


@rule("diplomacy.quad_leader_meetings", needs=("quad",))
def quad_leader_meetings(sentence: Sentence, context: Context) -> Fields | None:
    match = re.search(
        rf"\b(?P<number>{p.NUMBER})\s+(?:in-person\s+)?(?:leader-level|leaders'?)\s+(?:Quad\s+)?(?:meetings|summits)\b"
        rf"|\b(?P<number2>{p.NUMBER})\s+Quad\s+(?:leaders'?\s+)?summits\b",
        sentence.text,
        I,
    )
    if match is None or not has(r"\bQuad\b", sentence.text, 0):
        return None
    number = p.number_of(match.group("number") or match.group("number2"))
    return {"value": p.plain(number), "qualifier": "exact"} if number is not None else None


@rule("diplomacy.ipef_other_partners", needs=("ipef", "indo-pacific economic"))
def ipef_other_partners(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\bIPEF\b|Indo-Pacific Economic Framework", text):
        return None
    match = re.search(rf"\b(?P<number>{p.NUMBER})\s+other\s+(?:countries|nations|partners|economies)\b", text, I)
    if match is None:
        return None
    number = p.number_of(match.group("number"))
    if number is None:
        return None
    fields: Fields = {"value": p.plain(number), "qualifier": "exact"}
    period = _period(text)
    return {**fields, "period": period} if period else fields


def _ukraine(text: str, follower: str) -> Fields | None:
    if not has(r"\bUkrain", text, 0):
        return None
    return _money_before(text, rf"(?:in|of)\s+{follower}")


@rule("diplomacy.ukraine_humanitarian_aid", needs=("ukrain",))
def ukraine_humanitarian_aid(sentence: Sentence, context: Context) -> Fields | None:
    return _ukraine(sentence.text, r"humanitarian(?:\s+and\s+development)?\s+(?:aid|assistance)")


@rule("diplomacy.ukraine_financial_support", needs=("ukrain",))
def ukraine_financial_support(sentence: Sentence, context: Context) -> Fields | None:
    return _ukraine(sentence.text, r"financial\s+(?:support|assistance|aid)")
