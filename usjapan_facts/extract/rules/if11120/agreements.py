"""IF11120's agreement dates: the 2019 signing, the 2020 entry into force, the 2023 critical minerals deal.

The brief restates each date at lower precision as versions go by ("on January 1, 2020", "in January
2020", "in 2020", "the 2020 U.S.-Japan Trade Agreement"); every form is read at its own precision.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if11120.agreement_names import OTHER_DEALS, carried, early_names, so_did, which
from usjapan_facts.extract.rules.if11120.nearby import clause_around, date_in, deed_clause
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_DATE = rf"(?:(?:{p.MONTH}\s+\d{{1,2}},\s*)?(?:{p.MONTH}\s+)?(?:19|20)\d{{2}})"
_IN_FORCE = re.compile(
    rf"\b(?:t[ao]ke[sn]?|took|go(?:es)?|went|c[ao]mes?|enter(?:s|ed)?)\s+(?:effect|into\s+force|into\s+effect)\s*,?\s+"
    rf"(?:(?:together|jointly|simultaneously)\s+)?(?:on|in)\s+(?P<date>{_DATE})\b"
    rf"|\b(?:in\s+force|in\s+effect|applied)\s+(?:since\s+|from\s+)?(?P<since>{_DATE})\b"
)
_ENACTED = re.compile(
    r"\benact(?:ed)?\s+the\s+(?P<year>(?:19|20)\d{2})\s+(?P<which>U\.?S\.?[-\u2010-\u2015]?\s?Japan\s+(?:Digital\s+)?Trade\s+Agreement)\b"
)


_LABELLED = re.compile(
    r"\b[Tt]he\s+(?P<year>(?:19|20)\d{2})\s+(?P<which>U\.?S\.?[-\u2010-\u2015]?\s?Japan\s+(?:Digital\s+)?Trade\s+Agreement)\b"
)
_STILL_IN_FORCE = re.compile(
    r"\b(?:remains?|remained|stays?|stayed|are\s+still|is\s+still)\s+in\s+(?:effect|force)\b", I
)


def _kind(name: str) -> str:
    return "digital" if "Digital" in name else "usjta"


def _before_other_deal(text: str, agreement: str) -> str:
    """The text up to another deal named after this agreement: '... signed in 2019 and in force since 2020, and on
    the Critical Minerals Agreement of March 2023'."""
    other = OTHER_DEALS.search(text)
    if other is None or agreement not in which(text[: other.start()]):
        return text
    cut = text.rfind(",", 0, other.start())
    return text[: cut if cut > 0 else other.start()]


_SAME_DAY = re.compile(
    r"\b(?:took|taking|went|going|came|coming|entered|entering)\s+(?:effect|into\s+force|into\s+effect)\s+"
    r"(?:(?:on\s+)?the\s+same\s+day|simultaneously|at\s+the\s+same\s+time|alongside\s+it)\b"
)
_DATED_FIRST = re.compile(
    rf"\b(?:On|In)\s+(?P<first>{_DATE}),\s+(?P<what>[^;,]{{0,120}}?(?:\([A-Z]+\)[^;,]{{0,20}}?)?)\s+"
    r"(?:took|went|came|entered)\s+(?:effect|into\s+force|into\s+effect)\b(?!\s*,?\s+(?:on|in)\s)"
)
_AS_DOES = re.compile(r",\s+as\s+(?:does|do|did|is|are)\b")
"""', as does the Critical Minerals Agreement signed in March 2023': another deal's date, after this one's."""


_DATE_COLON = re.compile(rf"^(?P<date>{_DATE}):\s+")
_FIRST_DAY = re.compile(r"\b(?:the\s+first\s+day\s+of|New\s+Year['\u2019]s\s+Day,?)\s+((?:19|20)\d{2})\b")
"""A year's first day in words: 'on the first day of 2020', 'since New Year's Day 2020'."""
_START_ON = re.compile(
    rf"\bat\s+the\s+(?:start|beginning|turn)\s+of\s+((?:19|20)\d{{2}}),\s+on\s+({p.MONTH}\s+\d{{1,2}})\b(?!,?\s*\d)"
)
"""'at the start of 2020, on January 1': the day, in the year said before it."""
_UNSURE = re.compile(r"\b(?:could|may|might|would|if|unless|hopes?|aims?)\b", I)
"""'could take effect as early as January 2020': a date that may never be; 'expected to', 'is to' are kept."""
_IF_SCHEDULED = re.compile(r"^If\s+[^,;]{1,60},\s+(?=[^;]*\b(?:scheduled|set|expected|slated|due)\s+to\b)")
"""'If it does, both ... are scheduled to enter into force on January 1, 2020': the date set, on a condition met
before it."""


def _in_force(sentence: Sentence, agreement: str, context: Context) -> Fields | None:
    if agreement in which(sentence.text) and (date := so_did(sentence.text, context)):
        return {"value": date, "qualifier": "exact"}  # 'So did the Digital Trade Agreement' after its date
    text = early_names(carried(sentence.text, context), context)
    text = _FIRST_DAY.sub(r"January 1, \1", text)
    text = _START_ON.sub(r"on \2, \1", text)
    text = _DATE_COLON.sub(
        r"On \g<date>, ", text
    )  # a dated list: 'January 1, 2020: both agreements entered into force'
    text = _IF_SCHEDULED.sub("", text)
    if has(OTHER_COUNTRIES, text, 0) or _UNSURE.search(text):
        return None
    other_deal = _AS_DOES.search(text)
    mine = _before_other_deal(text[: other_deal.start()] if other_deal else text, agreement)
    if OTHER_DEALS.search(mine):
        return None
    values = set()
    same_day = _SAME_DAY.search(mine)
    if same_day and agreement in which(mine[same_day.start() - 60 if same_day.start() > 60 else 0 : same_day.start()]):
        # 'the USJTA entered into force on January 1, 2020, and the Digital Trade Agreement took effect the same day'
        days = {value for value, _ in p.dates(mine[: same_day.start()]) if len(value) == 10}
        if len(days) == 1:
            values.add(days.pop())
    for match in _DATED_FIRST.finditer(mine):
        # 'On January 1, 2020, the USJTA entered into force': the date opens the clause.
        if agreement in which(match.group("what")) and not OTHER_DEALS.search(match.group("what")):
            values.add(date_in(match.group("first")) or match.group("first"))
    for match in _IN_FORCE.finditer(mine):
        if agreement in which(mine[: match.start()]):
            values.add(
                p.dates(match.group(0))[0][0]
                if p.dates(match.group(0))
                else match.group("date") or match.group("since")
            )
    if _STILL_IN_FORCE.search(mine):
        # 'The 2020 U.S.-Japan Trade Agreement ... remain in effect': named by the year it took effect.
        values |= {m.group("year") for m in _LABELLED.finditer(mine) if _kind(m.group("which")) == agreement}
    for match in _ENACTED.finditer(text):
        # "enacted the 2020 U.S.-Japan Digital Trade Agreement": the agreement is named by the year it took effect.
        if ("digital" if "Digital" in match.group("which") else "usjta") == agreement:
            values.add(match.group("year"))
    return {"value": values.pop(), "qualifier": "exact"} if len(values) == 1 else None


_BULLET = re.compile(r"(?:^|\s)[-\u2022]\s+(?=[A-Z])")


def _pieces(sentence: Sentence) -> list[Sentence]:
    """The items of a list the text runs into one sentence ('- USJTA: signed October 2019; ... - CMA: signed ...')."""
    parts = [part.strip() for part in _BULLET.split(sentence.text) if part.strip()]
    return [sentence] if len(parts) < 2 else [Sentence(part, sentence.section) for part in parts]


def _one(found: list[Fields | None]) -> Fields | None:
    values = {fields["value"] for fields in found if fields}
    return {"value": values.pop(), "qualifier": "exact"} if len(values) == 1 else None


@rule("agreements.usjta_in_force", needs=("effect", "force", "enact", "applied", "so did", "so has"))
def usjta_in_force(sentence: Sentence, context: Context) -> Fields | None:
    return _one([_in_force(piece, "usjta", context) for piece in _pieces(sentence)])


@rule("agreements.digital_trade_in_force", needs=("effect", "force", "enact", "applied", "so did", "so has"))
def digital_trade_in_force(sentence: Sentence, context: Context) -> Fields | None:
    return _one([_in_force(piece, "digital", context) for piece in _pieces(sentence)])


_SIGNED = re.compile(r"\bsigned\b", I)


@rule("agreements.usjta_signed", needs=("signed",))
def usjta_signed(sentence: Sentence, context: Context) -> Fields | None:
    text = early_names(carried(sentence.text, context), context)
    pieces = _pieces(sentence) if text == sentence.text else [Sentence(text, sentence.section)]
    return _one([_usjta_signed(piece.text) for piece in pieces])


def _usjta_signed(text: str) -> Fields | None:
    text = _before_other_deal(text, "usjta")
    if OTHER_DEALS.search(text) or has(OTHER_COUNTRIES, text, 0) or "usjta" not in which(text):
        return None
    us_side = r"\b(?:United States\b|U\.S\.|President\b|Washington\b|USTR\b|Trade Representative\b)"
    two = has(r"\b[Tt]he\s+two\s+(?:governments|countries|sides)\b", text, 0)
    if not two and (not has(us_side, text, 0) or not has(r"\bJapan|\bAbe\b|\bTokyo\b", text, 0)):
        return None
    dates = set()
    for signed in _SIGNED.finditer(text):
        if _NOT_THE_DEAL.match(text, signed.end()):
            continue  # 'signed a joint statement on the two agreements in September 2019'
        # 'were both signed in October 2019 and took effect in January 2020': the date right after 'signed' is its own.
        right_after = _SIGNED_ON.match(text, signed.end())
        value = date_in(right_after.group("date")) if right_after else None
        value = value or _signing_date(text, signed)
        if value:
            dates.add(value)
    return {"value": dates.pop(), "qualifier": "exact"} if len(dates) == 1 else None


_IN_FORCE_WORDS = re.compile(
    r"\b(?:t[ao]ke[sn]?|took|go(?:es)?|went|c[ao]mes?|enter(?:s|ed)?)\s+(?:into\s+)?(?:effect|force)\b", I
)
_NAMED_BY_YEAR = re.compile(r"\b(?:19|20)\d{2}(?=\s+(?:U\.?S\.?|USJTA|[Dd]igital|[Tt]rade|limited|bilateral)\b)")
_YEARLESS = re.compile(rf"\b{p.MONTH}\s+\d{{1,2}}\b(?!,?\s*\d{{4}})|\bof\s+that\s+year\b")


def _signing_date(text: str, signed: re.Match[str]) -> str | None:
    """The date of the signing's own clause, the clause of entry into force and an agreement's name ('the 2019 ...
    Agreement') aside; none when the signing's date names no year ('signed on October 7 of that year')."""
    clause = clause_around(text, signed.start(), signed.end())
    at = signed.start() - text.find(clause)
    cuts = [m.start() for m in _IN_FORCE_WORDS.finditer(clause) if m.start() > at]
    starts = [m.end() for m in _IN_FORCE_WORDS.finditer(clause) if m.end() <= at]
    own = clause[max(starts, default=0) : min(cuts, default=len(clause))]
    if _YEARLESS.search(own):
        return None
    return date_in(_NAMED_BY_YEAR.sub("    ", own))


_NOT_THE_DEAL = re.compile(r"\s+(?:a|an|the|their)\s+(?:joint\s+)?(?:statement|letter|memorandum|declaration)\b", I)
_SIGNED_ON = re.compile(
    r"\s+(?:(?:the|both|two|its|their)\s+(?:final\s+)?(?:texts|agreements|deals|documents)"
    r"(?:\s+of\s+(?:the|both)\s+(?:two\s+)?(?:agreements|deals))?\s+)?"
    rf"(?:in\s+(?:Washington|Tokyo|New\s+York)\s+)?(?:(?:in|on)\s+)?(?P<date>{_DATE})\b"
)


_CMA = re.compile(
    r"\bcritical\s+minerals\s+agreement\b|\bagreement\s+on\s+(?:strengthening\s+)?critical\s+minerals\s+supply\s+chains\b",
    I,
)
"""The agreement by its short name or its full one ('Agreement on Strengthening Critical Minerals Supply Chains')."""
_SIGNED_ITEM = re.compile(rf"^Signed\s+(?:(?:in|on)\s+)?{p.MONTH}\b")
_NAME_ONLY = 90
"""The longest sentence before 'Signed <date>.' that can be a list item's name alone."""
_THE_TWO = r"\b(?:[Tt]he\s+two\s+(?:governments|countries|allies)|Tokyo)\b"
"""'In March 2023, the two governments also signed a Critical Minerals Agreement': the brief's two, Japan one."""


@rule("agreements.critical_minerals_signed", needs=("critical minerals", "signed", "signing", "concluded"))
def critical_minerals_signed(sentence: Sentence, context: Context) -> Fields | None:
    before = context.preceding.get(sentence.text, "")
    if _CMA.search(before) and len(before) < _NAME_ONLY and _SIGNED_ITEM.match(sentence.text):
        # 'U.S.-Japan Critical Minerals Agreement (CMA). Signed March 28, 2023.': a list item's name, then its date.
        sentence = Sentence(f"{before} {sentence.text}", sentence.section)
    japan = (
        has(r"\bJapan", sentence.text, 0)
        or has(r"\bJapan", before, 0)
        or (has(_THE_TWO, sentence.text, 0) and not has(OTHER_COUNTRIES, before, 0))
    )
    return _one([_cma_signed(piece.text, japan) for piece in _pieces(sentence)])


def _cma_signed(text: str, japan: bool) -> Fields | None:
    named = _CMA.search(text)
    if named is None or has(OTHER_COUNTRIES, text, 0):
        return None
    # 'signed a critical minerals agreement', or after the name: 'the Critical Minerals Agreement signed in March
    # 2023', 'A Critical Minerals Agreement followed on March 28, 2023'. Japan is named in it or the one before.
    verb = re.search(r"\b(?:signed|concluded|entered\s+into)\b", text[: named.start()], I) or _CMA_AFTER.match(
        text, named.end()
    )
    if verb is None or not japan:
        return None
    start, end = min(verb.start(), named.start()), max(verb.end(), named.end())
    if has(r"\b(?:plan|framework|negotiat\w*|talks|would|will|may|expected)\b", text[start:end]):
        return None
    value = date_in(deed_clause(text, start, end))
    return {"value": value, "qualifier": "exact"} if value else None


_CMA_AFTER = re.compile(
    r"(?:\s*\([A-Z]{2,6}\))?[,:.]?\s+(?:(?:that\s+|which\s+)?(?:the\s+two\s+(?:countries|governments|sides|allies)|they|"
    r"Japan\s+and\s+the\s+United\s+States|the\s+United\s+States\s+and\s+Japan|"
    r"both\s+(?:countries|governments|sides)|Tokyo\s+and\s+Washington|Washington\s+and\s+Tokyo)\s+)?"
    r"(?:was\s+|were\s+|had\s+)?(?:[Ss]igned|concluded|followed|reached)"
    r"(?:\s+with\s+(?:a|an|its|the)\s+(?:formal\s+)?signing(?:\s+ceremony)?(?:\s+in\s+(?:Washington|Tokyo))?)?"
    rf"(?=\s*,?\s+(?:(?:in|on)\s|{p.MONTH}\s))"
    rf"|\s+of\s+(?=(?:{p.MONTH}\s+(?:\d{{1,2}},\s*)?)?(?:19|20)\d{{2}}\b)",
    I,
)
"""'the Critical Minerals Agreement (CMA), signed on ...', '... the two countries signed in March 2023', '... of
March 2023', '..., was concluded with a signing in Tokyo on ...'."""
