"""Rates an action added onto a duty, and the totals they make: what a past action added is not the rate now.

'A proclamation signed on March 26 added 25% to the duty on imported vehicles from April 3; together with the 2.5%
MFN rate, a Japanese car paid 27.5%': the 25% is an increment a past action put on the duty (it gives way to a rate a
later sentence or the deal sets), and the 27.5% is that increment summed with the MFN duty, the rate of neither duty.
A sum told in the past is read as no duty's rate; a rate told as paid now never is (the deal's 15% is 12.5% on top of
the 2.5% MFN duty, and it is the rate). An increment is the duty's rate only as of its action, so when the action is
told in the past it is marked as past. Data, in IF11120's meaning.toml: the words that lead to a total (phrase
`total_of`) and the words after one (`in_all`); the words that add a rate, tell it now or in the past are here.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.declared import phrase

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_NEAR = 60
"""How far before a rate the words that add it may stand ('added 25% to', 'an additional 25% Section 232 tariff')."""
_ADDED_BEFORE = re.compile(
    r"\b(?:add(?:ed|s|ing)?|impos(?:ed|es|ing)|lev(?:ied|ies|ying)|la(?:id|ys|ying)|stack(?:ed|s|ing)|put|puts|"
    r"plac(?:ed|es|ing)|slapp(?:ed|ing))\s+(?:(?:an?|the)\s+)?(?:(?:additional|extra|further|new)\s+)?$"
    r"|\b(?:an?|the)\s+(?:additional|extra|further|added)\s+(?:(?:Section\s+232|IEEPA|\w+)\s+)?$",
    I,
)
"""Words right before a rate that add it onto a duty: 'added 25%', 'imposed an extra 25%', 'an additional 25%'."""
_ADDED_AFTER = re.compile(
    r"[^.;:]{0,50}?\b(?:on\s+top\s+of|atop|in\s+addition\s+to|over\s+and\s+above|stacked\s+on|added\s+(?:on\s*)?to|"
    r"laid\s+on|to\s+the\s+(?:existing\s+|current\s+|regular\s+)?(?:\d[\d.]*\s?%\s+)?(?:MFN\s+|most[- ]favou?red[- ]"
    r"nation\s+)?(?:duty|duties|tariffs?))\b",
    I,
)
"""Words after a rate that put it onto another duty: '25% on top of the 2.5% MFN duty', 'added 25% to the duty'."""
_PRESENT = re.compile(
    r"\b(?:now|currently|today|still|remains?|is|are|pays?|faces?|apply|applies|(?:has|have)\s+(?:been|paid|faced|"
    r"borne))\b",
    I,
)
"""Words that tell a rate as the one in force: 'cars now pay', 'the tariff is 25% on top of ...'."""
_PAST_ACTION = re.compile(
    r"\b(?:added|imposed|levied|laid|stacked|placed|put|raised|increased|slapped|was|were|had|took\s+effect|signed|"
    r"announced|meant|paid|faced|bore|came\s+to)\b",
    I,
)
"""A past verb in the words of the adding action: 'a proclamation ... added 25%', 'an extra 25% was imposed'."""


def added_increment(text: str, start: int, end: int) -> bool:
    """Whether the rate at text[start:end] is what an action adds onto a duty: 'added 25% to the duty on imported
    vehicles', 'a 25% Section 232 tariff on top of the 2.5% MFN duty', 'an extra 25% was imposed'."""
    before = text[max(0, start - _NEAR) : start]
    if re.search(r"\bfrom\s+$", before, I):
        return False  # 'lowered from 27.5% to the 15% tariff': the rate a change left, no increment
    return bool(_ADDED_BEFORE.search(before) or _ADDED_AFTER.match(text, end))


def past_increment(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether the rate at text[start:end] is an increment a past action added (`added_increment`, its clause's verb
    in the past and no word saying it is in force now): 'A proclamation signed on March 26 added 25% to the duty'
    (past, as of its action) but not 'Japanese cars now pay a 25% Section 232 tariff on top of the MFN duty'."""
    if not added_increment(text, start, end):
        return False
    words = text[clause[0] : clause[1]]
    return bool(_PAST_ACTION.search(words)) and not _PRESENT.search(words)


_TOTAL_LEAD = re.compile(
    phrase("IF11120", "total_of").pattern + r"|\b(?:bringing|brought|took|taking|lifting|lifted|pushing|pushed)\s+"
    r"(?:it|the\s+(?:total|rate|duty|charge|tariff)|them)?\s*(?:up\s+)?to\s+$|,\s+to\s+$",
    I,
)
"""Words right before a rate that tell it as a total: phrase `total_of` ('for a total of 27.5%'), and in code
'bringing it to', 'pushed them up to' and a bare ', to' ('by 25 points, to 27.5%', after a rise `_RAISED_BY`)."""
_MFN_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:most[- ]favou?red[- ]nation|MFN)\b", I)
"""A rate named as the MFN duty by the words after it: 'the 2.5% MFN rate', '2.5% most-favored-nation (MFN) rate'."""


def mfn_rates(text: str) -> list[float]:
    """The rates `text` names as the MFN duty ('the 2.5% MFN rate'), in order."""
    return [float(n) for n, _, m in p.percents(text) if _MFN_AFTER.match(text, m.end())]


def total_of_increment(value: float, text: str, before: str, start: int) -> bool:
    """Whether `value` (at text[start:]) is a total told in the past (no word of its part of the sentence between
    semicolons says it is paid now) that an increment of the sentence makes: the increment plus a rate named as the
    MFN duty in the sentence or the one before ('added 25% to the duty ...; together with the 2.5% MFN rate, a car
    paid 27.5%'), or, when above every increment, a rate led by words of a total ('bringing the total to 27.5%')."""
    part = text[text.rfind(";", 0, start) + 1 : (text.find(";", start) + 1 or len(text) + 1) - 1]
    if _PRESENT.search(part):
        return False  # 'cars now pay 15%, an extra 12.5% on top of the 2.5% MFN duty': the rate in force
    told = [(float(n), m) for n, _, m in p.percents(text) if not m.group("fraction")]
    increments = [rate for rate, m in told if abs(rate - value) > 1e-9 and added_increment(text, m.start(), m.end())]
    if not increments and not _RAISED_BY.search(text):
        return False
    mfn = [*mfn_rates(before), *mfn_rates(text)]
    if any(abs(a + b - value) < 1e-9 for a in increments for b in mfn):
        return True
    if increments and value <= max(increments):
        return False  # a total of an increment on a duty exceeds it: 'the combined rate fell to 15%' is a deal's rate
    return any(
        abs(rate - value) < 1e-9 and _TOTAL_LEAD.search(text, max(0, m.start() - 120), m.start()) for rate, m in told
    )


_RAISED_BY = re.compile(
    r"\b(?:raised|raising|increased|increasing|lifted|lifting|pushed\s+up|pushing\s+up)\s+(?:the|their|its)\s+"
    r"(?:(?:total|overall|combined)\s+)?(?:duty|duties|charge|levies|tariff\s+burden)\b(?!\s+rate)"
    r"(?:(?!\bSection\s+\d|\bIEEPA\b)[^.;%]){0,50}\bby\s+(?:about\s+|some\s+)?[\d.]+\s?"
    r"(?:%|percent(?:age)?\s+points?\b|points?\b)",
    I,
)
"""An increment told as how much a good's duty as a whole rose: 'raised the duty on Japanese autos by 25 percentage
points' (then 'to 27.5%' is the total), never one tariff's own rise ('raised the Section 232 tariff by 10 points, to
35%' is that tariff's rate)."""
_SUM_LEAD = re.compile(r"\b(?:combined|all-in|total|overall|cumulative)\b[^%;,]{0,30}$", I)
"""Words before a rate that may tell it as a total: 'the combined charge is 27.5%'."""
_SUM_TAIL = re.compile(r"\s*(?:" + phrase("IF11120", "in_all").pattern + ")", I)
"""Words after a rate that tell it as a total: '27.5% in all' (phrase `in_all`)."""


_ITEMIZED = re.compile(
    r"\s*(?::|[-\u2013\u2014]{1,2}|,\s*(?:that\s+is,?|i\.e\.,?|namely|made\s+up\s+of|comprising|consisting\s+of|"
    r"combining|the\s+sum\s+of|being))\s",
    I,
)
"""After a total's words, the mark that opens the list of its parts: '27.5% on cars: the 2.5% MFN duty plus ...'."""
_PART_JOIN = re.compile(r"\s(?:plus|and|on\s+top\s+of|atop|added\s+to|together\s+with)\s", I)
"""Between two parts of an itemized total: 'the 2.5% MFN duty plus the 25% Section 232 tariff'."""
_ALL_IN = re.compile(
    r"\b(?:all[- ]in(?:clusive)?|inclusive|MFN[- ]inclusive|"
    r"(?:MFN|most[- ]favou?red[- ]nation)\s+(?:duty\s+)?included)\b",
    I,
)
"""Words that tell a rate as one all-in duty: a deal's all-in rate is the rate, whatever its parts."""


_SET_BY_DEAL = re.compile(
    r"\b(?:under|with|after|since|through|by)\s+(?:the|a|its|this|that)\s+(?:[\w.,-]+\s+){0,3}?"
    r"(?:deal|agreement|accord|framework|pact)\b",
    I,
)
"""Words before a rate that tell a deal set it: 'Under the deal, Japanese cars now pay 15%: ...'."""
_NAMED_232 = re.compile(r"\s+(?:(?:under|per)\s+)?Section\s+232\b", I)
"""Words right after a rate that name it the Section 232 rate itself: '15% under Section 232 — 12.5% plus ...'."""


def told_as_rate(text: str, end: int, opens: int) -> bool:
    """Whether the total ending at text[end], its parts listed from text[opens], is told as the rate itself, whatever
    its parts: all-in ('a 15% all-in tariff: ...'), set by a deal ('Under the deal, cars pay 15%: ...') or named the
    Section 232 rate ('15% under Section 232, namely ...'); a charge that only stacks two duties ('27.5% on their
    cars: the 2.5% MFN duty plus the 25% tariff') is none."""
    return bool(_ALL_IN.search(text, 0, opens) or _SET_BY_DEAL.search(text, 0, end) or _NAMED_232.match(text, end))


def _listed(text: str, total_end: int, before: int | None = None) -> tuple[int, str] | None:
    """Where the list of a total's parts opens after text[total_end] (before `before`), and its words up to the end of
    the total's part of the sentence (a semicolon): '27.5% on cars: the 2.5% MFN duty plus ...'."""
    opens = _ITEMIZED.search(text, total_end, len(text) if before is None else before)
    if opens is None:
        return None
    stop = text.find(";", total_end)
    return opens.start(), text[opens.end() : stop if stop >= 0 else len(text)]


def itemized_total(value: float, text: str, end: int) -> bool:
    """Whether the rate `value` (ending at text[end]) is told as a total that the rest of its part of the sentence
    (up to a semicolon) then lists as two parts joined by 'plus' or 'and', one of them named the MFN duty, which add
    up to it: 'Japanese cars pay 27.5%: the 2.5% MFN duty plus the 25% Section 232 tariff' (the total of two duties,
    neither one's rate); never a rate told as the rate itself (`told_as_rate`: '15% all-in: ...')."""
    listed = _listed(text, end)
    if listed is None or not listed[1] or told_as_rate(text, end, listed[0]):
        return False
    rest = listed[1]
    parts = [(float(n), m) for n, _, m in p.percents(rest) if not m.group("fraction")]
    for i, (a, first) in enumerate(parts):
        for b, second in parts[i + 1 :]:
            named_mfn = _MFN_AFTER.match(rest, first.end()) or _MFN_AFTER.match(rest, second.end())
            joined = _PART_JOIN.search(rest, first.end(), second.start())
            if named_mfn and joined and abs(a + b - value) < 1e-9:
                return True
    return False


_OWN_TARIFF = re.compile(r"[\d.]+\s?(?:%|percent)(?:\s+[\w-]+){0,3}?\s+(?:tariffs?|dut(?:y|ies)|levy|levies)\b", I)
"""A rate named as a tariff of its own: 'the 25% tariff imposed under Section 232', 'a 25% Section 232 duty'."""


def itemized_part(value: float, text: str, start: int) -> bool:
    """Whether the rate `value` (at text[start:]) is one of the parts a rate before it is then listed as, beside the MFN
    duty, and not the rate: always where that rate is told as the rate itself (`told_as_rate`: 'Japanese cars pay a
    15% all-in tariff: the 2.5% MFN duty plus 12.5% under Section 232': the all-in rate is the rate), else where the
    part is a bare amount, no tariff of its own ('27.5%: the 2.5% MFN duty plus 25% under Section 232' reads neither);
    a part named as a tariff beside a stacked total ('the 25% tariff imposed under Section 232') is that tariff's
    rate."""
    own = _OWN_TARIFF.match(text, start)
    for number, _, total in p.percents(text[:start]):
        listed = _listed(text, total.end(), start)
        if listed is None:
            continue
        opens, rest = listed
        parts = [float(n) for n, _, m in p.percents(rest) if not m.group("fraction")]
        named_mfn = mfn_rates(rest)
        if value in parts and any(abs(value + mfn - float(number)) < 1e-9 for mfn in named_mfn if mfn != value):
            return not own or told_as_rate(text, total.end(), opens)
    return False


def told_sum(value: float, text: str, before: str, start: int, end: int) -> bool:
    """Whether the rate at text[start:end] is told as a total ('the combined charge is 27.5%', '27.5% in all') and two
    other rates of its sentence and the one before add up to it (25% and the 2.5% MFN duty), never the one rate a deal
    set ('the combined rate fell to 15%'); or it is the total an increment of the sentence makes
    (`total_of_increment`)."""
    if total_of_increment(value, text, before, start) or itemized_total(value, text, end):
        return True
    if not (_SUM_LEAD.search(text, max(0, start - 40), start) or _SUM_TAIL.match(text, end)):
        return False
    told = [float(n) for n, _, _m in (*p.percents(before), *p.percents(text))]
    others = [rate for rate in told if abs(rate - value) > 1e-9]
    return any(abs(a + b - value) < 1e-9 for i, a in enumerate(others) for b in others[i + 1 :])


__all__ = [
    "added_increment",
    "itemized_part",
    "itemized_total",
    "mfn_rates",
    "past_increment",
    "told_sum",
    "total_of_increment",
]
