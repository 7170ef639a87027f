"""Rules of the economy section."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import money_before, percent_before, period_of
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_SEVERAL = re.compile(r"\b(?P<count>two|three|four)\s+(?:supplementary|extra|supplemental)\s+budgets\b", I)
_MONTH = re.compile(rf"(?P<month>{p.MONTH_WORD})\b(?:\s+\d{{1,2}}\b)?(?:,?\s+(?P<year>(?:19|20)\d\d))?")
_LAST_OF = re.compile(
    r"[;:]\s+the\s+(?P<nth>second|third|fourth|latest|last|most\s+recent)(?:\s+one)?,\s+(?:enacted|passed|approved|adopted)"
    rf"\s+(?:in|on)\s+(?P<month>{p.MONTH})\b(?:\s+\d{{1,2}}\b)?(?:,?\s+(?P<year>(?:19|20)\d\d))?[^;]*",
    I,
)
"""The last of the budgets a sentence counts, given alone: '...; the second, enacted in June, adds ¥31.9 trillion'."""
_NOT_PASSED = re.compile(
    r"\b(?:would|will|plan\w*|propos\w*|expected|request\w*|await\w*|pending|(?-i:may)|could)\b", I
)


def _latest_of_several(text: str, context: Context) -> Fields | None:
    """The latest of the budgets a sentence lists: 'passed two supplementary budgets this year: ¥25.7 trillion (about
    $240 billion) in April and, in June, ¥31.9 trillion (roughly $296 billion)' is June's, $296 billion. Read only when
    the amounts and their months are as many as the budgets counted, the months in order."""
    several = _SEVERAL.search(text)
    if several is None or _NOT_PASSED.search(text):
        return None
    count = int(p.number_of(several.group("count").lower()) or 0)
    amounts = [(dollars, qualifier) for dollars, qualifier, _ in p.money_amounts(text[several.end() :])]
    months = list(_MONTH.finditer(text, several.end()))
    order = [p.MONTHS.index(month.group("month")) for month in months]
    alone = _LAST_OF.search(text, several.end())
    if alone is not None and p.ORDINALS.get(alone.group("nth").lower(), count) == count:
        # '; the second, enacted in June, adds ¥31.9 trillion, roughly $296 billion': the last one, given alone
        amounts = [(dollars, qualifier) for dollars, qualifier, _ in p.money_amounts(alone.group(0))]
        months, order = [alone], [p.MONTHS.index(alone.group("month"))]
        count = 1
    if len(amounts) != count or len(months) != count or order != sorted(set(order)):
        return None
    last = months[-1]
    years = {month.group("year") for month in months if month.group("year")} or set(p.YEAR.findall(text))
    if not years and re.search(r"\bthis\s+year\b", text, I) and context.updated is not None:
        years = {str(context.updated.year)}
    year = last.group("year") or (years.pop() if len(years) == 1 else None)
    dollars, qualifier = amounts[-1]
    fields: Fields = {"value": dollars, "qualifier": qualifier}
    return {**fields, "period": f"{year}-{order[-1] + 1:02d}"} if year else fields


_COMPARED = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|(?:fraction|sliver|share|part|portion|half)\s+of|dwarfed\s+by)\s+"
    r"(?:the|a|an|its|last\s+year\W?s)\s+(?:(?:record|previous|earlier|prior|larger|smaller)\s+)*"
    r"(?:¥[\d.,]+\s*(?:trillion|billion)\s*\(?)?(?:then\s+)?(?:(?:some|about|roughly|nearly)\s+)?\$[\d.,]+",
    I,
)
"""Another budget the sentence weighs its own against: 'far smaller than the $317 billion extra budget of 2021'."""


_ENACTED_ONE = re.compile(
    r"\bthe\s+(?P<amount>(?:\u00a5[\d.,]+\s*(?:trillion|billion)\s*\(?)?(?:(?:about|some|roughly|nearly)\s+)?\$[\d.,]+\s*"
    r"(?:billion|trillion)\)?)\s+(?:one|budget)\s+(?:(?:the\s+Diet|parliament|lawmakers)\s+)?(?:enacted|passed)\s+(?:in|on)\s+"
    rf"(?P<when>{p.MONTH}(?:\s+\d{{1,2}})?,?\s+(?:19|20)\d\d)\b",
    I,
)
"""The one enacted, named in a comparison by a budget still to come: 'a supplementary budget larger than the \u00a513.9
trillion (about $90 billion) one enacted in December 2024' (the brief's latest enacted budget)."""


def _enacted_one(text: str) -> Fields | None:
    found = _ENACTED_ONE.search(text)
    amounts = p.money_amounts(found.group("amount")) if found else []
    if found is None or len(amounts) != 1 or has(OTHER_COUNTRIES, text):
        return None
    dollars, qualifier, _ = amounts[0]
    period = period_of(found.group("when"))
    return {"value": dollars, "qualifier": qualifier} | ({"period": period} if period else {})


_OWN_ENACTMENT = re.compile(
    r"(?:\b(?:supplementary|extra|supplemental)\s+budget\s+(?:of|worth|totaling|totalling)\s+(?P<amount>[^;]{2,80}?)"
    r"|\b(?:an?|the)\s+(?P<before>[¥$]\d[\d.,]*\s*(?:(?:b|m|tr)illion\s*)?(?:\([^();]{1,40}\)\s*)?)"
    r"(?:supplementary|extra|supplemental)\s+budget),?\s+"
    r"(?:which|that)\s+(?:the\s+Diet|(?:the\s+)?parliament|lawmakers|the\s+legislature)\s+(?:had\s+)?"
    rf"(?:enacted|passed|approved|adopted)\s+(?:in|on)\s+(?P<when>{p.MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?)\b",
    I,
)
"""A budget whose own clause says the Diet enacted it: '... will be paid for in part by a supplementary budget of ¥778
billion, roughly $7 billion, which the Diet enacted on May 17' (or 'from a ¥2.1 trillion (about $14 billion)
supplementary budget that lawmakers passed in March 2023': the budget's own sum, right after its article, not a part
of it paid out, as in 'About $2 billion in aid came from a ¥3.3 trillion supplementary budget'). The budget is
enacted, whatever is still to come of what it pays for; the words of time before it are another verb's."""


def _own_enactment(text: str) -> Fields | None:
    found = _OWN_ENACTMENT.search(text)
    amounts = p.money_amounts(found.group("amount") or found.group("before")) if found else []
    if found is None or len(amounts) != 1 or has(OTHER_COUNTRIES, text):
        return None
    dollars, qualifier, _ = amounts[0]
    period = period_of(found.group("when")) if p.YEAR.search(found.group("when")) else None
    return {"value": dollars, "qualifier": qualifier} | ({"period": period} if period else {})


_LATER_ONE = re.compile(
    r"(?:[;:]|,\s+and|,\s+while)\s+(?:a|the|another)(?:\s+(?:second|further|new|later))?(?:\s+one)?\s*,?\s*"
    r"(?:of|worth|totaling|totalling|at)\s+(?P<amount>[^,;]{2,60}?),?\s+(?:was|has\s+been|were)\s+"
    rf"(?:since\s+|then\s+|also\s+)?(?:passed|enacted|approved|adopted)\b"
    rf"(?:\s+(?:in|on)\s+(?P<when>{p.MONTH}(?:\s+\d{{1,2}}\b)?(?:,?\s+(?:19|20)\d\d)?))?",
    I,
)
"""A later budget, its noun left out, after a clause naming a supplementary budget and no other noun it could count:
'The December supplementary budget ... paid for energy subsidies; a second, of nearly $20 billion, was passed in May'.
Not 'a third' (a fraction of the first), nor a second 'round' or one the clause calls 'first' of another noun."""
_OTHER_NOUN = (
    r"\b(?:a|the|its)\s+first\s+(?!(?:supplementary|extra|supplemental)\b)"
    r"|\b(?:rounds?|tranches?|install?ments?|batch(?:es)?|phases?|waves?)\b"
)
_NOT_ENACTED = (
    r"\b(?:by|in)\s+the\s+(?:lower|upper)\s+(?:house|chamber)|\bHouse\s+of\s+(?:Representatives|Councill?ors)\b"
    r"|\bawait|\bpending\b|\bnot\s+yet\b|\byet\s+to\b|\bstill\s+(?:needs|requires|must)\b|\bcommittee\b"
)
"""A budget passed by one chamber or in committee only, not yet enacted: '... was passed by the lower house in May but
awaits the upper house'."""


def _later_one(text: str, context: Context) -> Fields | None:
    found = _LATER_ONE.search(text)
    earlier = text[: found.start()] if found else ""
    if found is None or not has(r"\b(?:supplementary|extra|supplemental)\s+budget", earlier):
        return None
    amounts = p.money_amounts(found.group("amount"))
    if len(amounts) != 1 or has(OTHER_COUNTRIES, text) or has(_OTHER_NOUN, earlier):
        return None
    if has(_NOT_ENACTED, text[found.start() :]):
        return None
    dollars, qualifier, _ = amounts[0]
    when = found.group("when")
    period = period_of(when) if when and p.YEAR.search(when) else None
    if when and period is None:  # 'in May': after the earlier budget's month and year, or this May of the cover's
        month = p.month_number(when.split()[0])
        dated = re.search(rf"(?P<month>{p.MONTH})\b(?:\s+\d{{1,2}}\b)?,?\s+(?P<year>(?:19|20)\d\d)\b", earlier)
        if dated is not None:
            year = int(dated.group("year")) + (1 if month < p.month_number(dated.group("month")) else 0)
        elif context.updated is not None:
            year = context.updated.year - (1 if month > context.updated.month else 0)
        else:
            return {"value": dollars, "qualifier": qualifier}
        period = f"{year}-{month:02d}"
    return {"value": dollars, "qualifier": qualifier} | ({"period": period} if period else {})


@rule("economy.supplementary_budget", needs=("budget",))
def supplementary_budget(sentence: Sentence, context: Context) -> Fields | None:
    text = _COMPARED.sub(lambda match: " " * len(match.group()), sentence.text)
    # Another country's budget is not Japan's: 'South Korea's government passed a $50 billion extra budget'.
    found = money_before(text, r"(?:\w+\s+)?(?:supplementary|extra)\s+budget", others=OTHER_COUNTRIES)
    if found is None:
        return (
            _latest_of_several(sentence.text, context)
            or _enacted_one(sentence.text)
            or _own_enactment(text)
            or _later_one(text, context)
        )

    period = period_of(sentence.text)
    return {**found, "period": period} if period else found


_OTHER_TARGET_YEAR = re.compile(
    r"\b(?:by|for|until|through)\s+(?:the\s+end\s+of\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?(?!2030\b)20\d\d\b", I
)


@rule("economy.emissions_cut_target", needs=("emission",))
def emissions_cut_target(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    # Another country's pledge is not Japan's: 'The EU targets a 55% cut in greenhouse gas emissions'.
    cut = r"(?:reduction|cut)\s+(?:in\s+)?(?:its\s+)?(?:greenhouse gas|GHG|carbon)\s+emissions"
    found = percent_before(text, cut, others=OTHER_COUNTRIES)
    if found is None or _OTHER_TARGET_YEAR.search(text):
        return None  # 'a 60% cut ... by 2035': the fact is the pledge for 2030, and the sentence names another
    by = re.search(r"\bby\s+(?P<by>\d{4})\b", text)
    base = re.search(r"\bfrom\s+(?P<base>\d{4})\s+levels\b|\bcompared\s+(?:with|to)\s+(?P<base2>\d{4})\b", text)
    fields = dict(found)
    if by:
        fields["by"] = by.group("by")
    if base:
        fields["baseline"] = base.group("base") or base.group("base2")
    return fields


_YEARS = rf"(?:\d{{1,2}}|{p.NUMBER_WORD})"
_YEN_EXTREME = re.compile(
    rf"\b(?P<years>{_YEARS}(?:-and-a-half)?)-(?P<unit>year|month)\s+(?P<side>low|high)\b"
    r"|\b(?P<side2>weakest|strongest|lowest|highest|feeblest|softest|firmest)\s+"
    r"(?:level\s+|point\s+|mark\s+|rate\s+|it\s+(?:has|had)\s+been\s+)?"
    r"(?:against\s+the\s+(?:U\.S\.\s+)?dollar\s+)?(?:in|for|since)\s+"
    r"(?:(?:some|about|almost|nearly|roughly|around|more\s+than|over|upwards\s+of)\s+)?"
    rf"(?P<years2>(?:\d{{1,2}}|{p.NUMBER_IN_WORDS})(?:\s+and\s+a\s+half)?|a)\s+(?P<span>years|decades?|months)\b"
    r"|\b(?:levels?|rates?|point)\s+(?:(?:against|versus)\s+the\s+(?:U\.S\.\s+)?dollar\s+)?(?:not|never|last)\s+"
    r"(?:seen|reached|touched|recorded)\s+(?:in|for)\s+(?:(?:some|about|almost|nearly|roughly|around|more\s+than|over)\s+)?"
    rf"(?P<years3>\d{{1,2}}|{p.NUMBER_IN_WORDS})\s+(?P<span3>years|decades?)\b",
    I,
)
_SEEN_SIDE = re.compile(
    r"\b(?P<low>weak\w*|fell|fall\w*|slid|slump\w*|sank|sunk|plung\w*|tumbl\w*|depreciat\w*|(?:passed|past|above|beyond|"
    r"topped|over|breached|crossed)\s+(?:the\s+)?(?:\u00a5\s?|Y)?1\d\d\b)|\b(?P<high>strength\w*|firm\w*|appreciat\w*|"
    r"(?:below|under)\s+(?:the\s+)?(?:\u00a5\s?|Y)?1\d\d\b)",
    I,
)
"""Which way the yen went to a level 'not seen in 32 years': 'passed \u00a5150 to the dollar' or 'weakened' is a low."""
"""'a 38-year low against the dollar', 'a five-year low' (beside '¥116 per dollar'), 'its weakest level in 13 years',
'its feeblest level in thirty-eight years', 'its weakest point in two decades', 'its strongest level in some 16 months',
'in more than two decades' (a 20-year low), 'in two and a half years' (a 2.5-year high): the yen's extreme against the
dollar, the only currency the sentence names; 'a seven-month high' counts months. A round figure ('some', 'almost',
'more than') is the span the brief gives."""
_EARLIER = re.compile(r"\b(?:had|previously)\s+(?:[\w,-]+\s+){0,4}$", I)
"""An extreme the yen had reached before, its clause in the past perfect or marked previously: 'in July 2024 it had sunk
to a 38-year low' after the current 'seven-month high'. That is history, not where the yen stands."""
_OTHER_MONEY = r"\b(?:euro|yuan|Korean\s+won|renminbi|pound|sterling)\b"


def _earlier(text: str, start: int) -> bool:
    """Whether the extreme at `start` is one the yen had reached before, in its own clause (up to a ';')."""
    clause = max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
    return _EARLIER.search(text, clause, start) is not None


@rule("economy.yen", needs=("yen", "dollar"))
def yen(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    match = next((found for found in _YEN_EXTREME.finditer(text) if not _earlier(text, found.start())), None)
    if match is None or not has(r"\bdollar\b", text) or has(_OTHER_MONEY, text):
        return None
    if not has(r"\byen\b", text) and not (
        has(r"\bit\b", text[: match.start()]) and has(r"\byen\b", context.preceding.get(text, ""))
    ):
        return None  # 'In June it slid past ¥125 per dollar, ...' after a sentence on the yen: the yen's
    if match.group("years3"):
        sides = {
            key for found in _SEEN_SIDE.finditer(text[: match.start()]) for key, v in found.groupdict().items() if v
        }
        if len(sides) != 1:
            return None  # 'at a level not seen in 32 years', its way unsaid (or said both ways)
        written = "low" if "low" in sides else "high"
    else:
        written = (match.group("side") or match.group("side2")).lower()
    side = "high" if written in ("high", "strongest", "highest", "firmest") else "low"
    if match.group("years"):
        value = f"{match.group('years')}-{match.group('unit')} {side} against the dollar"  # as written: 'five-year'
    else:
        written = (match.group("years2") or match.group("years3")).lower()
        span = 1 if written == "a" else p.number_of(written) or p.number_in_words(written) or 0
        if (match.group("span") or match.group("span3")).startswith("decade"):
            span *= 10  # 'its weakest point in two decades' is a 20-year low
        unit = "month" if match.group("span") == "months" else "year"
        written = str(int(span)) if span == int(span) else f"{span:f}".rstrip("0")
        value = f"{written}-{unit} {side} against the dollar"  # '2.5-year high', '16-month high'
    period = period_of(sentence.text)
    return {"value": value, "period": period} if period else {"value": value}
