"""IF11120's agreement dates: the 2019 signing and the 2023 critical minerals deal (entry into force: `in_force`).

The brief restates each date at lower precision as versions go by ("on October 7, 2019", "in October
2019", "in 2019"); every form is read at its own precision.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.date_forms import weekday_date
from usjapan_facts.extract.days_later import days_later
from usjapan_facts.extract.japan import OTHER_COUNTRIES, OTHER_PARTY
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if11120.agreement_names import (
    DIGITAL,
    OTHER_DEALS,
    USJTA,
    before_other_deal,
    carried,
    early_names,
    labelled,
    one,
    pieces,
    which,
)
from usjapan_facts.extract.rules.if11120.fronted import read_in_order
from usjapan_facts.extract.rules.if11120.instruments import without_instruments
from usjapan_facts.extract.rules.if11120.nearby import (
    clause_around,
    date_in,
    deed_clause,
    of_that_year,
    previous,
)
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_DATE = rf"(?:(?:{p.MONTH}\s+\d{{1,2}},\s*)?(?:{p.MONTH}\s+)?(?:19|20)\d{{2}})"


_SIGNED = re.compile(
    r"\b(?:signed|inked|countersigned)\b|\bput\s+(?:their|its|his|her)\s+(?:names|signatures?)\s+(?:to|on)\b"
    r"|\baffixed\s+(?:their|its|his|her)\s+signatures?\s+(?:to|on)\b"
    r"|\b(?:signing|signature)\b(?=[^;]{0,120}?\b(?:took\s+place|was\s+held|came|happened|occurred)\b)",
    I,
)
"""A deed of signing in any words: 'signed', 'inked', 'put their names to', 'the signing (or signature) ... took
place on'."""
_BE_SIGNED = re.compile(r"\bbe\s+(?:(?:formally|officially|jointly|finally)\s+)?$", I)
"""A signing not yet done, the verb's bare infinitive: 'is to be signed on', 'is likely to be signed', 'could be
signed' (a day planned or hoped for, which the signing may miss)."""
_SIGNS = re.compile(r"(?<!\bto\s)(?<!\bwill\s)\bsigns?\b")
_TEXTS = re.compile(r"\b(?:[Tt]he|[Bb]oth|[Tt]heir)\s+(?:two\s+)?(?:final\s+|legal\s+)?(?:texts|documents)\b")
_STAGE = re.compile(r"\b(?:stage|phase)[- ]one\b|\bfirst[- ]stage\b", I)
"""'the texts', 'both texts': the stage-one (or 'first-stage') agreements the sentence or the one before speaks of."""
_DATED_ITEM = re.compile(rf"^{_DATE}:\s")
"""A dated list's present tense: 'October 7, 2019: the two envoys sign both agreements'."""
_EXPLICIT = re.compile(f"{USJTA.pattern}|{DIGITAL.pattern}")
"""An agreement named as itself, not as 'the two agreements': the signers need not be named."""


@rule("agreements.usjta_signed", needs=("sign", "inked", "put their names", "put its names"))
def usjta_signed(sentence: Sentence, context: Context) -> Fields | None:
    text = read_in_order(early_names(carried(sentence.text, context, sentence.section), context))
    text = of_that_year(text, previous(sentence.text, context))
    text = days_later(text, previous(sentence.text, context))
    before = previous(sentence.text, context)
    if _TEXTS.search(text) and not which(text) and (_STAGE.search(f"{text} {before}") or which(before)):
        text = f"The USJTA and the DTA: {text}"  # 'stage one had been concluded, and the texts were signed ...'
    parts = pieces(sentence) if text == sentence.text else [Sentence(text, sentence.section)]
    return one([_usjta_signed(piece.text) for piece in parts])


def _usjta_signed(text: str) -> Fields | None:
    text = before_other_deal(without_instruments(text), "usjta")  # 'a protocol amending the USJTA was signed'
    if OTHER_DEALS.search(text) or has(OTHER_COUNTRIES, text, 0) or "usjta" not in which(text):
        return None
    us_side = r"\b(?:United States\b|U\.S\.|President\b|Washington\b|USTR\b|Trade Representative\b|Lighthizer\b)"
    two = has(r"\b[Tt]he\s+two\s+(?:governments|countries|sides|leaders)\b", text, 0) or _EXPLICIT.search(text)
    if not two and (not has(us_side, text, 0) or not has(r"\bJapan|\bAbe\b|\bTokyo\b", text, 0)):
        return None
    dates = set()
    deeds = [*_SIGNED.finditer(text), *(_SIGNS.finditer(text) if _DATED_ITEM.match(text) else ())]
    for signed in deeds:
        if (
            _NOT_THE_DEAL.match(text, signed.end())
            or _LATER_INSTRUMENT.search(text, max(0, signed.start() - 60), signed.start())
            or _COMPANION_SIGNED.search(text, max(0, signed.start() - 60), signed.start())
            or _BE_SIGNED.search(text, max(0, signed.start() - 30), signed.start())
        ):
            continue  # 'signed a joint statement on ...', 'amended by a protocol signed on ...', 'is to be signed on'
        # 'were both signed in October 2019 and took effect in January 2020': the date right after 'signed' is its own.
        right_after = _SIGNED_ON.match(text, signed.end()) or _own_phrase(text, signed.end())
        value = date_in(right_after.group("date")) if right_after else None
        value = value or _signing_date(text, signed)
        if value:
            dates.add(value)
    dates = {value for value in dates if value[:4] >= _TALKS_OPENED}
    return {"value": dates.pop(), "qualifier": "exact"} if len(dates) == 1 else None


_DEED_DATE = re.compile(rf"(?P<between>[^,;]{{0,120}}?)\b(?:on|in)\s+(?P<date>{_DATE})\b")
_ANOTHER_DEED = re.compile(
    r"\b(?:which|that|after|before|when|following|since|until|and\s+(?:\w+ed|took|went|came|became))\b"
    r"|[$%\d]|\b(?:valued|worth|totall?ed)\b",
    I,
)
"""Between a signing and a date, what makes the date another's: another deed, or a figure dated by it ('signed two
valued at $132 billion in 2020', a line of the other column run in)."""


def _own_phrase(text: str, at: int) -> re.Match[str] | None:
    """The date of the signing's own phrase, no comma and no other deed between: 'signed the U.S.-Japan Trade
    Agreement (USJTA) and a separate DTA in Washington on October 7, 2019'."""
    found = _DEED_DATE.match(text, at)
    if found is None or _ANOTHER_DEED.search(found.group("between")) or _IN_FORCE_WORDS.search(found.group("between")):
        return None
    return found


_TALKS_OPENED = "2018"
"""The year the USJTA's talks opened: a signing dated before it is another pact's ('a 1986 semiconductor agreement')."""
_IN_FORCE_WORDS = re.compile(
    r"\b(?:t[ao]ke[sn]?|took|go(?:es)?|went|c[ao]mes?|enter(?:s|ed)?)\s+(?:into\s+)?(?:effect|force)\b", I
)
_ITS_DATE = re.compile(rf"(?:\s+(?:on|in|since|from|as\s+of))?\s*{_DATE}")


def _past_its_date(text: str, at: int) -> int:
    """Where the date a deed ending at `at` runs straight into ends, else `at`."""
    dated = _ITS_DATE.match(text, at)
    return dated.end() if dated else at


_NAMED_BY_YEAR = re.compile(r"\b(?:19|20)\d{2}(?=\s+(?:U\.?S\.?|USJTA|[Dd]igital|[Tt]rade|limited|bilateral)\b)")
_YEARLESS = re.compile(
    rf"\b{p.MONTH}\s+\d{{1,2}}\b(?!,?\s*\d{{4}})|\bof\s+that\s+year\b"
    r"|\b(?:the\s+)?(?:following|next)\s+(?:month|year)\b|\b(?:a|one|two|\w+)\s+(?:months?|weeks?)\s+later\b"
)
"""A signing dated by no year of its own: 'on October 7 of that year', 'signed the following month' (the date the
clause names is another deed's)."""


def _signing_date(text: str, signed: re.Match[str]) -> str | None:
    """The date of the signing's own clause, the clause of entry into force and an agreement's name ('the 2019 ...
    Agreement') aside; none when the signing's date names no year ('signed on October 7 of that year')."""
    clause = clause_around(text, signed.start(), signed.end())
    at = signed.start() - text.find(clause)
    cuts = [m.start() for m in _IN_FORCE_WORDS.finditer(clause) if m.start() > at]
    # past the date an entry into force runs into: 'took effect on January 1, 2020, ... after both were signed'
    starts = [_past_its_date(clause, m.end()) for m in _IN_FORCE_WORDS.finditer(clause) if m.end() <= at]
    own = clause[max(starts, default=0) : min(cuts, default=len(clause))]
    if _YEARLESS.search(own):
        return None
    return date_in(_FIGURES_YEAR.sub(" ", _NAMED_BY_YEAR.sub("    ", own)))


_FIGURES_YEAR = re.compile(r"\$\s?[\d.,]+\s*(?:billion|million|trillion)?\s+(?:in|for|during)\s+(?:19|20)\d\d\b", I)
"""A figure and the year it is of ('valued at $7 billion in 2020'): never the signing's date."""


_LATER_INSTRUMENT = re.compile(
    r"\b(?:protocol|amendments?|side\s+letters?|memorandum|MOU|exchange\s+of\s+(?:notes|letters)|annex|addendum)\b"
    r"(?:\s+(?:amending|modifying|changing|to|of)\b)?[^;,.]{0,30}?\s+(?:(?:that|which)\s+)?(?:(?:was|were)\s+)?$",
    I,
)
"""Another instrument named right before the signing: 'amended by a protocol signed on September 4, 2025', 'A protocol
amending it was signed on ...' (its own date, not the agreement's)."""
_COMPANION_SIGNED = re.compile(
    r"(?<!\band\s)\b(?:an?|the|its)\s+(?:separate\s+|companion\s+)?digital\s+trade\s+(?:agreement|pact|deal)\s+$", I
)
"""'..., as did a digital trade agreement signed the same day': the companion's signing, never the USJTA's own."""
_NOT_THE_DEAL = re.compile(r"\s+(?:a|an|the|their)\s+(?:joint\s+)?(?:statement|letter|memorandum|declaration)\b", I)
_SIGNED_ON = re.compile(
    r"\s+(?:(?:the|both|two|its|their)\s+(?:final\s+)?(?:texts|agreements|deals|documents)"
    r"(?:\s+of\s+(?:the|both)\s+(?:two\s+)?(?:agreements|deals))?\s+)?"
    rf"(?:in\s+(?:Washington|Tokyo|New\s+York)\s+)?(?:(?:in|on)\s+)?(?P<date>{_DATE})\b"
)


_CMA = re.compile(
    r"\bcritical\s+minerals\s+agreement\b|\bthe\s+CMA\b|\bagreement\s+on\s+(?:strengthening\s+)?critical\s+minerals"
    r"(?:\s+supply\s+chains\b|(?!\s+and\s+rare\b)(?=[\s,.;]))",
    I,
)
"""The agreement by its short name, its acronym ('the CMA'), its full one ('Agreement on Strengthening Critical Minerals
Supply Chains') or as 'an agreement on critical minerals' (never the 2025 framework on critical minerals and rare
earths)."""
_SIGNED_ITEM = re.compile(rf"^Signed\s+(?:(?:in|on)\s+)?{p.MONTH}\b")
_ITEM = re.compile(r"^[^:;,]{3,80}:\s+signed\b")
_NAME_ONLY = 90
"""The longest sentence before 'Signed <date>.' that can be a list item's name alone."""
_THE_TWO = r"\b(?:[Tt]he\s+two\s+(?:governments|countries|allies)|Tokyo)\b"
"""'In March 2023, the two governments also signed a Critical Minerals Agreement': the brief's two, Japan one."""


_UNNAMED_DEAL = re.compile(
    r"^(?:(?:The|A|Their|Its)\s+)?(?:[\w\u2019']+\s+){0,3}?(?P<deal>(?:newest|latest|most\s+recent|new|last)\s+"
    r"(?:trade\s+)?(?:pact|agreement|accord|deal))(?=\s+was\s+(?:signed|concluded)\b)"
)
"""A deal the sentence does not name: 'The two governments' newest trade pact was signed in Washington on ...'."""
_NAMED_NEXT = re.compile(
    rf"^(?:(?:Under|Through|With|In)\s+(?:the|this|that)\s+|(?:The|This|That)\s+(?:pact,\s+(?:the\s+)?)?)"
    rf"(?:U\.S\.[-\u2010-\u2015]Japan\s+)?(?:{_CMA.pattern})",
    I,
)
"""The next sentence names it as its subject: 'Under the U.S.-Japan Critical Minerals Agreement (CMA), ...'."""


@rule("agreements.critical_minerals_signed", needs=("critical minerals", "signed", "signing", "concluded", "cma"))
def critical_minerals_signed(sentence: Sentence, context: Context) -> Fields | None:
    before = context.preceding.get(sentence.text, "")
    unnamed = _UNNAMED_DEAL.match(sentence.text)
    if unnamed and _NAMED_NEXT.match(context.following.get(sentence.text, "")) and not _CMA.search(sentence.text):
        # 'The two governments' newest trade pact was signed ... on March 28, 2023, ... Under the ... Critical Minerals
        # Agreement (CMA), ...': the deal the next sentence names.
        text = sentence.text
        sentence = Sentence(
            f"{text[: unnamed.start('deal')]}Critical Minerals Agreement{text[unnamed.end() :]}", sentence.section
        )
    named_by = before if _CMA.search(before) and len(before) < _NAME_ONLY else ""
    if not named_by and _CMA.search(sentence.section) and not OTHER_DEALS.search(before) and not which(before):
        named_by = sentence.section  # '- Signed: Mar. 28, 2023' in a list under the agreement's name
    if named_by and _SIGNED_ITEM.match(labelled(sentence.text)):
        # 'U.S.-Japan Critical Minerals Agreement (CMA). Signed March 28, 2023.': a list item's name, then its date.
        sentence = Sentence(f"{named_by} {labelled(sentence.text)}", sentence.section)
    earlier = context.preceding.get(before, "")
    japan = (
        has(r"\bJapan", sentence.text, 0)
        or has(r"\bJapan", before, 0)
        or (has(_THE_TWO, sentence.text, 0) and not has(OTHER_COUNTRIES, before, 0))
        # A box of the brief headed by the agreement's name: 'The Critical Minerals Agreement' over 'Signed in
        # Washington on Tuesday, March 28, ..., the CMA took effect on signature'.
        or (_CMA.search(sentence.section) is not None and not has(OTHER_COUNTRIES, before, 0))
        # A list's item after items of U.S.-Japan agreements: 'U.S.-Japan Trade Agreement: signed ...'
        or (
            _ITEM.match(sentence.text) is not None
            and has(r"\bJapan", earlier, 0)
            and not has(OTHER_COUNTRIES, before, 0)
        )
    )
    return one([_cma_signed(piece.text, japan, context.updated) for piece in pieces(sentence)])


def _cma_signed(text: str, japan: bool, updated: dt.date | None) -> Fields | None:
    text = without_instruments(read_in_order(text))  # 'an amendment to the CMA was signed': the amendment's day
    named = _CMA.search(text)
    if named is None or has(OTHER_COUNTRIES, text, 0) or OTHER_PARTY.match(text, named.end()):
        return None
    # 'signed a critical minerals agreement', or after the name: 'the Critical Minerals Agreement signed in March
    # 2023', 'A Critical Minerals Agreement followed on March 28, 2023'. Japan is named in it or the one before.
    after = _CMA_AFTER.match(text, named.end())
    verb = re.search(r"\b(?:signed|concluded|entered\s+into)\b", text[: named.start()], I) or after
    if verb is None or not japan:
        return None
    start, end = min(verb.start(), named.start()), max(verb.end(), named.end())
    if has(r"\b(?:plan|framework|negotiat\w*|talks|would|will|may|expected)\b", text[start:end]):
        return None
    clause = deed_clause(text, start, end)
    # 'A Critical Minerals Agreement followed on March 28, 2023, and a rare-earths framework on ...': the date right
    # after the verb is the deed's own, whatever the clause goes on to date.
    right_after = _DATE_AFTER.match(text, after.end()) if after else None
    # 'Signed in Washington on Tuesday, March 28, ...': a day the weekday dates in the days before the cover.
    value = (right_after and date_in(right_after.group("date"))) or date_in(clause) or weekday_date(clause, updated)
    return {"value": value, "qualifier": "exact"} if value else None


_PARTIES_AFTER = rf"(?:\s+(?:with|by|in|at)\s+(?!{p.MONTH}|(?:19|20)\d\d)(?:[^;,.()]|(?<=\b[A-Z])\.){{2,60}}?)?"
"""Who signed with whom, or where, between the verb and its date: 'signed with Japan's ambassador on ...'."""
_DATE_AFTER = re.compile(rf"{_PARTIES_AFTER}\s*,?\s+(?:(?:in|on)\s+)?(?P<date>{_DATE})\b")
_CMA_AFTER = re.compile(
    # 'A Critical Minerals Agreement, intended to let ... count toward tax credits, was signed on ...': an aside first
    r"(?:\s*\([A-Z]{2,6}\))?(?:\s+with\s+(?:Japan|Tokyo|the\s+United\s+States|Washington)\b)?(?:,\s+[a-z][^;,()]{3,120}(?=,))?[,:.]?\s+(?:(?:that\s+|which\s+)?(?:the\s+two\s+(?:countries|governments|sides|allies)|they|"
    r"Japan\s+and\s+the\s+United\s+States|the\s+United\s+States\s+and\s+Japan|"
    r"both\s+(?:countries|governments|sides)|Tokyo\s+and\s+Washington|Washington\s+and\s+Tokyo)\s+"
    # '..., which U.S. Trade Representative Tai and Japan's ambassador, Tomita Koji, signed on ...': any signers
    r"|(?:that|which)\s+(?:[^;.]|(?<=\b[A-Z])\.|\.(?=\S)){3,120}?\s+)?"
    r"(?:was\s+|were\s+|had\s+)?(?:[Ss]igned|concluded|followed|reached)"
    r"(?:\s+with\s+(?:a|an|its|the)\s+(?:formal\s+)?signing(?:\s+ceremony)?(?:\s+in\s+(?:Washington|Tokyo))?)?"
    rf"(?={_PARTIES_AFTER}\s*,?\s+(?:(?:in|on)\s|{p.MONTH}\s))"
    rf"|\s+of\s+(?=(?:{p.MONTH}\s+(?:\d{{1,2}},\s*)?)?(?:19|20)\d{{2}}\b)",
    I,
)
"""'the Critical Minerals Agreement (CMA), signed on ...', '... the two countries signed in March 2023', '... of
March 2023', '..., was concluded with a signing in Tokyo on ...'."""
