"""IF11120's two 2019 agreements: the day each entered into force, in every form the brief gives it.

A verb of taking effect before the date ('entered into force on January 1, 2020', 'became effective', 'took effect
January 1, 2020', 'were implemented on', 'has been in effect since the first day of 2020', 'effective January 1,
2020'), the date first ('On January 1, 2020, the pair took effect'), the year as the agreement's label while it stays
in force ('the USJTA of 2020 ... remain in force'), or the other agreement's date ('took effect on the same day as the
USJTA', from the sentences before).
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import cover_years_written
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if11120.agreement_names import (
    OTHER_DEALS,
    before_other_deal,
    carried,
    early_names,
    pieces,
    so_did,
    which,
)
from usjapan_facts.extract.rules.if11120.day_fixed import day_fixed, next_year_day
from usjapan_facts.extract.rules.if11120.fronted import read_in_order
from usjapan_facts.extract.rules.if11120.in_force_clauses import clause_date, part_takes_effect
from usjapan_facts.extract.rules.if11120.in_force_labels import labelled_years
from usjapan_facts.extract.rules.if11120.instruments import without_instruments
from usjapan_facts.extract.rules.if11120.nearby import date_in, previous
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_FIRST_YEAR = 2020
"""The year the two took effect: a year before it that labels one ('the 2019 agreements') is its signing's."""
_DATE = rf"(?:(?:{p.MONTH}\s+\d{{1,2}},\s*)?(?:{p.MONTH}\s+)?(?:19|20)\d{{2}})"
_TAKES_EFFECT = (
    r"(?:t[ao]ke[sn]?|took|taking|go(?:es)?|went|going|c[ao]mes?|coming|enter(?:s|ed|ing)?)\s+"
    r"(?:effect|into\s+force|into\s+effect)|bec[oa]m(?:e|es|ing)\s+effective|entry\s+into\s+(?:force|effect)"
)
_ASIDE = r"(?:(?:without|under|for|in|through)\s+(?![A-Z][a-z]+\s+\d)[^,;.\d]{2,40}?\s+(?=(?:on|in|as\s+of|from)\s))?"
"""How or where, between the verb and its date: 'without a vote in Congress', 'in both countries'; never 'by
proclamation' (the proclamation's own day)."""
_IN_FORCE = re.compile(
    rf"\b(?:{_TAKES_EFFECT})\s*,?\s+(?:(?:together|jointly|simultaneously)\s+)?"
    r"(?:(?:between|for)\s+(?:the\s+two|both)\s+(?:countries|sides|governments|parties)\s+)?(?:(?:on\s+)?the\s+(?:following|next|same)\s+"
    rf"(?:month|day|year),?\s+(?:(?:on|in)\s+)?|{_ASIDE}(?:on|in|as\s+of)\s+|(?={p.MONTH}\s))(?P<date>{_DATE})\b"
    rf"(?:,?\s+when\s+(?P<who>[^;.]{{2,80}}?)\s+(?:{_TAKES_EFFECT})\b)?"
    rf"|\b(?:in\s+force|in\s+effect|applied|effective|operative|in\s+operation|operating)\s+(?:since\s+|from\s+|as\s+of\s+|on\s+)?"
    rf"(?P<since>{_DATE})\b"
    # 'have been bound by the Digital Trade Agreement's rules since January 1, 2020'
    rf"|\b(?:bound\s+by|subject\s+to)\s+[^;.]{{2,80}}?\s+(?:since|from)\s+(?P<bound>{_DATE})\b"
    rf"|\b(?:(?:was|were|been)\s+implemented|(?:brought|put)\s+into\s+(?:force|effect))\s*,?\s+{_ASIDE}(?:on|in|as\s+of|from)\s+"
    rf"(?P<implemented>{_DATE})\b"
    rf"|\bbr(?:ought|ing|ings|inging)\s+[^;,.]{{2,80}}?\s+into\s+(?:force|effect)\s*,?\s+{_ASIDE}(?:on|in|as\s+of)\s+"
    rf"(?P<brought>{_DATE})\b"
    r"|\b(?:entry\s+into\s+(?:force|effect)|implementation|application)\b[^;.]{0,80}?\b(?:came|began|started|"
    rf"commenced|occurred|took\s+place|(?:is|are|was|were)\s+(?:targeted|scheduled|set|planned|slated)\s+for)\s+"
    rf"(?:on\s+|in\s+)?(?P<began>{_DATE})\b",
    I,
)
_COMPANION = re.compile(
    r"[,;]?\s+(?:and\s+)?(?:the\s+same\s+(?:day|date)\s+as|(?:as|so)\s+(?:did|does|has|had|is|was|are)|alongside|"
    r"along\s+with|together\s+with|simultaneously\s+with|at\s+the\s+same\s+time\s+as|in\s+tandem\s+with)\s+"
    r"(?P<other>(?:(?:its|the)\s+(?:companion|counterpart|sibling|twin),\s+)?(?:the|its|an?)\s+(?:[^,;.]|\.(?=\S)){2,60})"
    r"|[,;]\s+(?:and\s+)?(?P<gapped>(?:the|its)\s+(?:[^,;.]|\.(?=\S)){2,60}?)\s+(?:on\s+)?the\s+same\s+(?:day|date)\b(?!\s+as)"
    r"|[,;]\s+(?:and\s+)?(?P<elided>(?:the|its)\s+(?:[^,;.]|\.(?=\S)){2,60}?)\s+(?:did|does|has|had)(?:\s+so)?\s+"
    r"(?:too|also|as\s+well|likewise)\b",
    I,
)
"""A companion that took effect on the same date, named after it: '... went into effect on January 1, 2020, the same
day as the digital deal', '... in force since January 2020 alongside the USJTA', an elided verb ', as did the DTA' (or
'a separate digital trade agreement'),
', and so did its digital companion', '; the DTA did too'."""
_GIVEN = ("date", "since", "bound", "implemented", "brought", "began")
"""The groups of `_IN_FORCE` that hold the date; the agreement is named anywhere before it ('brought both agreements
into force on', 'Implementation of the USJTA began on', 'Entry into force for both agreements came on'), or after it
in a clause of its own ('took effect in January 2020, when the Digital Trade Agreement entered into force')."""
_LATER_STEP = re.compile(
    r"\b(?:second|third|fourth|next|later|further|annual|subsequent|final)\s+(?:\w+\s+)?"
    r"(?:cuts?|round|stage|tranche|reductions?|steps?|phase)\b",
    I,
)
"""'a second round of cuts took effect on April 1, 2020': a later step of a schedule, not the agreement's start."""
_SAME_DAY = re.compile(
    rf"\b(?:{_TAKES_EFFECT}|did\s+so|(?:brought|put)\s+into\s+(?:force|effect))\s+"
    r"(?:(?:on\s+)?(?:the|those|these)\s+(?:very\s+)?same\s+(?:days?|dates?)(?!\s+as\b)|simultaneously|"
    r"at\s+the\s+same\s+time|alongside\s+it)\b"
    # a list's item after the other agreement's: 'Digital Trade Agreement: signed the same day, and in force from the
    # same date'
    r"|\b(?:in\s+force|in\s+effect|effective)\s+(?:from|on|since|as\s+of)\s+the\s+same\s+(?:day|date)\b(?!\s+as\b)"
)
_SAME_START = re.compile(r"\b[Tt]he\s+same\s+(?:start(?:ing)?|effective|target)\s+date\b")
"""'The same start date is planned for the DTA': the date the sentence before gives the other agreement."""
_SAME_AS = re.compile(
    rf"\b(?:{_TAKES_EFFECT}|(?:in\s+force|in\s+effect|effective))\s+(?:on\s+)?"
    r"(?:the\s+same\s+(?:day|date|dates)\s+as|at\s+the\s+same\s+time\s+as|simultaneously\s+with|alongside|"
    r"together\s+with|along\s+with)\s+(?P<other>(?:the|its)\s+(?:[^,;.]|\.(?=\S)){2,60})",
    I,
)
"""'took effect on the same day as the USJTA', 'entered into force alongside the tariff agreement': the other's date."""
_SAME_AS_BACK = 8
"""How many sentences back the other agreement's date is looked for."""
_DATED_FIRST = re.compile(
    rf"\b(?:On|In|Since|From|As\s+of|Effective|Starting)\s+(?P<first>{_DATE}),\s+"
    r"(?P<what>[^;,]{0,120}?(?:\([A-Z]+\)[^;,]{0,20}?)?)\s+"
    rf"(?:{_TAKES_EFFECT}|(?:has|have)\s+been\s+(?:(?:legally|formally|fully)\s+)?in\s+(?:force|effect)|(?:has|have)\s+applied|(?:was|were)\s+implemented)"
    r"\b(?!\s*,?\s+(?:on|in)\s)"
)
_STANDS_FOR = re.compile(r"(?:the\s+pair|both(?:\s+\w+)?|they|it|the\s+two(?:\s+\w+)?|each)", I)
"""A subject that stands for the agreements named before it: 'On January 1, 2020, the pair took effect'."""
_AS_DOES = re.compile(r",\s+as\s+(?:does|do|did|is|are)\b")
"""', as does the Critical Minerals Agreement signed in March 2023': another deal's date, after this one's."""
_DATE_COLON = re.compile(rf"^(?P<date>{_DATE}):\s+")
_FIRST_DAY = re.compile(r"\b(?:the\s+first\s+day\s+of|New\s+Year['\u2019]s\s+Day,?)\s+((?:19|20)\d{2})\b")
"""A year's first day in words: 'on the first day of 2020', 'since New Year's Day 2020'."""
_START_ON = re.compile(
    rf"\bat\s+the\s+(?:start|beginning|turn)\s+of\s+(?P<year>(?:19|20)\d{{2}})(?:,\s+on\s+(?P<day>{p.MONTH}\s+\d{{1,2}})"
    rf"\b(?!,?\s*\d)|\s+\((?P<told>{p.MONTH}\s+\d{{1,2}})\))"
)
"""'at the start of 2020, on January 1', 'at the start of 2020 (January 1)': the day, in the year said before it (a
parenthesis that says more than the day, '(January 1 was a holiday)', is no such day)."""
_START_OF = re.compile(r"\bthe\s+(?:start|beginning|turn|outset)\s+of\s+((?:19|20)\d{2})\b")
"""'since the start of 2020': the year alone, once a day said after it has been read ('at the start of 2020, on
January 1')."""
_UNSURE = re.compile(r"\b(?:could|may|might|would|if|unless|hopes?|aims?)\b", I)
"""'could take effect as early as January 2020': a date that may never be; 'expected to', 'is to' are kept."""
_IF_SCHEDULED = re.compile(r"^If\s+[^,;]{1,60},\s+(?=[^;]*\b(?:scheduled|set|expected|slated|due)\s+to\b)")
"""'If it does, both ... are scheduled to enter into force on January 1, 2020': the date set, on a condition met
before it."""


_SAME_DATES = re.compile(r"\s+\((?:(?:with\s+)?the\s+)?same\s+dates?\)(?=\s+[a-z])")
"""'a companion Digital Trade Agreement (same dates) covers ...': it took effect the day the clause before gives."""
_BARE_COMPANION = re.compile(r"\b(?:its|their)\s+(?:companion|counterpart|sibling|twin)\b(?!\s*,)")
_OTHER_NAME = {"usjta": "the Digital Trade Agreement", "digital": "the USJTA"}


def _prepared(sentence: Sentence, context: Context) -> str:
    """The sentence with what it carries named and a year's first day, a dated list item's date, as a date."""
    text = read_in_order(early_names(carried(sentence.text, context, sentence.section), context))
    text = without_instruments(text)  # 'a protocol amending the USJTA took effect ...': the protocol's day
    text = next_year_day(_FIRST_DAY.sub(r"January 1, \1", text), previous(sentence.text, context))
    text = cover_years_written(text, context.updated)  # 'since January 1 of this year', 'the first day of last year'
    text = _START_OF.sub(r"\1", _START_ON.sub(lambda m: f"on {m['day'] or m['told']}, {m['year']}", text))
    text = _DATE_COLON.sub(r"On \g<date>, ", text)  # a dated list: 'January 1, 2020: both agreements took effect'
    text = _SAME_DATES.sub(" took effect the same day,", text)
    if len(named := which(text)) == 1:  # '...; its companion did too': the other of the two
        text = _BARE_COMPANION.sub(_OTHER_NAME[named.pop()], text)
    return day_fixed(_IF_SCHEDULED.sub("", text))


def _in_force(sentence: Sentence, agreement: str, context: Context, look_back: bool = True) -> str | None:
    if agreement in which(sentence.text) and (date := so_did(sentence.text, context)):
        return date  # 'So did the U.S.-Japan Digital Trade Agreement' after its date
    text = _prepared(sentence, context)
    if has(OTHER_COUNTRIES, text, 0) or _UNSURE.search(text):
        return None
    other_deal = _AS_DOES.search(text)
    if other_deal and agreement in which(text[other_deal.end() :]) and not OTHER_DEALS.search(text[other_deal.end() :]):
        other_deal = None  # ', as did the DTA': this agreement shares the date before, no other deal's
    mine = before_other_deal(text[: other_deal.start()] if other_deal else text, agreement)
    if OTHER_DEALS.search(mine):
        return None
    values = _dates_given(mine, agreement)
    values |= labelled_years(mine, text, agreement, _FIRST_YEAR)
    if not values and look_back and (same := _SAME_AS.search(mine)) and agreement in which(mine[: same.start()]):
        values |= _same_as(sentence, same.group("other"), agreement, context)
    if (
        not values
        and look_back
        and (same_day := _SAME_DAY.search(mine))
        and which(mine[: same_day.start()]) == {agreement}
    ):
        values |= _day_before(sentence, agreement, context) if not p.dates(mine) else set()
    if not values and look_back and _SAME_START.search(mine) and which(mine) == {agreement} and not p.dates(mine):
        values |= _day_before(sentence, agreement, context)
    return values.pop() if len(values) == 1 else None


def _day_before(sentence: Sentence, agreement: str, context: Context) -> set[str]:
    """'The USJTA entered into force on January 1, 2020. The digital agreement took effect the same day': the one day
    the sentence right before gives the other agreement alone."""
    before = previous(sentence.text, context)
    (other,) = {"usjta", "digital"} - {agreement}
    if not before or which(before) != {other}:
        return set()
    found = one_date(
        [_in_force(piece, other, context, look_back=False) for piece in pieces(Sentence(before, sentence.section))]
    )
    return {found} if found is not None and len(found) == 10 else set()


def _dates_given(mine: str, agreement: str) -> set[str]:
    """The dates the text gives `agreement` by a verb of taking effect, after it or before it."""
    values = set()
    same_day = _SAME_DAY.search(mine)
    if same_day and agreement in which(mine[same_day.start() - 60 if same_day.start() > 60 else 0 : same_day.start()]):
        # 'the USJTA entered into force on January 1, 2020, and the Digital Trade Agreement took effect the same day'
        days = {value for value, _ in p.dates(mine[: same_day.start()]) if len(value) == 10}
        if len(days) > 1:  # 'signed on October 7, 2019, and entered into force on January 1, 2020; a companion ...'
            days = {value for found in _IN_FORCE.finditer(mine[: same_day.start()]) for value, _ in p.dates(found[0])}
        if len(days) == 1:
            values.add(days.pop())
    for match in _DATED_FIRST.finditer(mine):
        # 'On January 1, 2020, the USJTA entered into force': the date opens the clause; 'the pair', the two before.
        what = match.group("what")
        named = which(what) | (which(mine[: match.start()]) if _STANDS_FOR.fullmatch(what) else set())
        companion = _COMPANION.match(mine, match.end())  # 'On ..., the USJTA took effect, as did the DTA'
        named |= which(companion.group("other") or "") if companion else set()
        if agreement in named and not OTHER_DEALS.search(what) and not _LATER_STEP.search(what):
            values.add(date_in(match.group("first")) or match.group("first"))
    for match in _IN_FORCE.finditer(mine):
        group = next(name for name in _GIVEN if match.group(name))
        companion = _COMPANION.match(mine, match.end())
        shares = companion is not None and agreement in which(
            companion.group("other") or companion.group("elided") or companion.group("gapped")
        )
        shares = shares or bool(match.group("who") and agreement in which(match.group("who")))  # ', when the DTA ...'
        lead = mine[: match.start(group)]
        lead = lead[lead.rfind(";") + 1 :] if which(lead[lead.rfind(";") + 1 :]) else lead  # its own clause's
        if (agreement not in which(lead) and not shares) or _LATER_STEP.search(
            mine, max(0, match.start() - 60), match.start(group)
        ):
            continue
        given = p.dates(match.group(group))
        values.add(given[0][0] if given else match.group(group))
    return values


def _same_as(sentence: Sentence, other_name: str, agreement: str, context: Context) -> set[str]:
    """The date of the agreement `other_name` names ('the USJTA'), from the nearest sentence before that gives it."""
    other = which(early_names(other_name, context)) - {agreement}
    if len(other) != 1:
        return set()
    (kind,) = other
    before = sentence.text
    for _ in range(_SAME_AS_BACK):
        before = previous(before, context)
        if not before:
            break
        found = [
            _in_force(piece, kind, context, look_back=False) for piece in pieces(Sentence(before, sentence.section))
        ]
        if date := one_date(found):
            return {date}
    return set()


def one_date(found: list[str | None]) -> str | None:
    """The one date several pieces give, or None."""
    dates = {date for date in found if date}
    return dates.pop() if len(dates) == 1 else None


def _read(sentence: Sentence, agreement: str, context: Context) -> Fields | None:
    if part_takes_effect(sentence.text):
        return None  # 'Under the USJTA, a beef safeguard took effect on March 18, 2020': a part's start
    date = one_date([_in_force(piece, agreement, context) for piece in pieces(sentence)])
    date = date or clause_date(_prepared(sentence, context), agreement)  # the general reader, for what none read
    return {"value": date, "qualifier": "exact"} if date else None


_NEEDS = (
    "effect",
    "force",
    "enact",
    "appl",
    "implement",
    "operati",
    "application",
    "so did",
    "so has",
    "bound by",
    "same da",
    "start date",
    "likewise",
    "did too",
    "went live",
    "go live",
    "goes live",
    "gone live",
    "binding",
)


@rule("agreements.usjta_in_force", needs=_NEEDS)
def usjta_in_force(sentence: Sentence, context: Context) -> Fields | None:
    return _read(sentence, "usjta", context)


@rule("agreements.digital_trade_in_force", needs=_NEEDS)
def digital_trade_in_force(sentence: Sentence, context: Context) -> Fields | None:
    return _read(sentence, "digital", context)
