"""When the Lower House's term ends, as a sentence says it: the latest date of the chamber's election ('the Lower
House's current term expires in December 2018', 'until October 2028, when the Lower House's term ends', 'The chamber's
term runs until ...' after a sentence naming it, the term's month alone in a sentence of one year). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.japan import LOWER_HOUSE, OTHER_COUNTRIES, UPPER_HOUSE
from usjapan_facts.extract.rules.base import Context

COMES_BEFORE = (
    r"^(?!.*\b(?:no|not|nothing|none|could|may|might)\b).*\bbefore\s+(?:the|its)\s+(?:[\w'\u2019-]+\s+){0,3}"
    r"(?:term|mandate)\b"
)
"""A vote said to come before the term's end, which is then not the next one (unless none need, or one only might)."""
RUNS_TO = (
    r"(?:now\s+|currently\s+)?(?:(?:does|will)\s+not\s+)?(?:runs?\s+(?:out\s+)?(?:until|through|to|in|till)|"
    r"lasts?\s+(?:until|through|till)|(?:expires?|ends?|lapses?)\s+(?:(?:\w+\s+){1,2}(?:after\s+that|later),\s+)?"
    r"(?:in|on|until)|(?:is|are)\s+up\s+(?:in|on))"
)
"""How a term's end is said: 'runs to', 'does not run out until', 'does not lapse until', 'expires in', 'lasts until',
'is up in', 'ends three months after that, in'."""
_ASIDE = r"(?:,\s+(?!and\b|or\b|but\b|while\b)[^,;]{1,40},)?"
"""An aside between the term and its end: 'the Lower House's term, for its part, does not lapse until', 'the term of
the lower chamber, the House of Representatives, runs out in'."""
_TERM = r"(?:(?:members|lawmakers)\W?\s+)?(?:current\s+)?(?:four-year\s+)?(?:terms?|mandate)"
"""The chamber's term however named: 'term', 'members' terms', 'mandate'."""
# "the Lower House's current term expires in December 2018", "until October 2028, when the Lower House's term
# ends": the chamber's term, whose end is the latest date of its election.
_CHOSEN = rf"(?:\s+(?:chosen|elected|returned)\s+(?:in|on)\s+{p.MONTH}\s+(?:\d{{1,2}},\s+)?\d{{4}},?)?"
"""'the House of Representatives chosen in December 2014': the election that began the term, said before its end."""
TERM_ENDS = re.compile(
    rf"(?:{LOWER_HOUSE}\W?s?\s+{_TERM}|{LOWER_HOUSE}\s+(?:now\s+)?serve\s+(?:four-year\s+)?terms,?\s+(?:that|which)"
    rf"|\b(?:terms?|mandate)\s+of\s+the\s+(?:current\s+)?{LOWER_HOUSE[2:]}(?:\W?s?\s+(?:members|lawmakers))?{_CHOSEN}"
    rf"|(?:{LOWER_HOUSE}|\b[Ll]ower\s+house\b)(?:(?!{UPPER_HOUSE})[^;]){{0,60}}?(?:,\s+its|\s+the\s+chamber\W?s)\s+{_TERM})"
    rf"{_ASIDE}\s+{RUNS_TO}\s+(?P<date>{p.MONTH}\s+(?:\d{{1,2}},\s+)?\d{{4}})\b"
    rf"|\b(?:until|by|in)\s+(?P<when>{p.MONTH}\s+\d{{4}}),\s+when\s+(?:the\s+|its\s+)?(?:{LOWER_HOUSE}\W?s?\s+(?:current\s+)?"
    rf"(?:four-year\s+)?term|(?:current\s+)?(?:four-year\s+)?term\s+of\s+the\s+(?:current\s+)?{LOWER_HOUSE[2:]})\s+"
    r"(?:expires|ends|runs\s+out)\b"
)


CHAMBER_TERM = re.compile(
    rf"^(?:The|That)\s+chamber\W?s\s+(?:current\s+)?(?:four-year\s+)?term\s+{RUNS_TO}\s+(?P<date>{p.MONTH}\s+\d{{4}})\b"
    rf"|\b(?:until|by|before)\s+(?P<when>{p.MONTH}\s+\d{{4}}),\s+when\s+(?:the|that)\s+chamber\W?s\s+(?:current\s+)?"
    r"(?:four-year\s+)?term\s+(?:expires|ends|runs\s+out)\b"
)
"""The term of 'the chamber' the sentence before named: 'The chamber's term runs until ...', '... before December
2018, when the chamber's four-year term runs out'."""


TERM_MONTH = re.compile(
    rf"{LOWER_HOUSE}\W?s?\s+(?:current\s+)?(?:four-year\s+)?term\s+(?:now\s+)?(?:runs\s+out|expires|ends)\s+"
    rf"(?:in\s+(?:that\s+)?|that\s+)(?P<month>{p.MONTH})\b(?!\s+(?:of\s+)?\d)"
)
"""The term's end given by its month alone, in a sentence that names one year."""


_ANOTHER_BODY = re.compile(f"{UPPER_HOUSE}|{OTHER_COUNTRIES}")
"""A clause about a body other than the Lower House, whose dated vote is its own."""
_MONTH_BEFORE = re.compile(rf"\b{p.MONTH}\s+(?:\d{{1,2}},\s+)?$")
"""A month just before a year: 'July 2022', 'July 10, 2022'."""


_BODYS_VOTE = re.compile(
    rf"(?:{UPPER_HOUSE}|{OTHER_COUNTRIES})\W?s?\s+(?:[\w-]+\s+)?(?:vote|election|poll|contest|race)s?\s+"
    rf"(?:(?:of|in|on|due\s+in|set\s+for|held\s+in)\s+)?{p.MONTH}\s+(?:\d{{1,2}},\s+)?$"
)
"""Another body's vote dated just before a year: 'the Upper House vote of July 2031'."""


def _its_own(text: str, year: re.Match[str], spans: tuple[tuple[int, int], ...], after: int) -> bool:
    """Tell whether a year is another body's vote's date, month and all, in a clause about that body alone after the
    term's month (`after`): '... runs out in October; the next Upper House election is due in July 2022'. One before
    it may be the term's too ('up in July 2028, and the Lower House's term expires in October of that year')."""
    if year.start() < after:
        return False
    start, end = clause_of(spans, year.start())
    clause = text[start:end]
    if not _ANOTHER_BODY.search(clause) or re.search(LOWER_HOUSE, clause):
        return False
    return _MONTH_BEFORE.search(text[max(start, year.start() - 20) : year.start()]) is not None


def month_of(month: re.Match[str], text: str, context: Context) -> str | None:
    """The term's end said by its month: in the sentence's one year ('... until 2025, when the Lower House's term
    runs out in October'), else, in a sentence naming no year nor 'that' month, the next such month from the cover
    date. A year the Upper House's or another country's vote is dated by, month and all, is not the term's ('... runs
    out in October; the next Upper House election is due in July 2022'), and once it is set aside, a year left
    beside it is not the term's either ('Since 2026, ... runs out in October; ... due in July 2031'): none."""
    number = p.month_number(month.group("month"))
    spans = clauses(text)
    after = max(text.find(month.group()), 0) + len(month.group())  # the match may be a clause's, not the text's
    found = list(p.YEAR.finditer(text))
    years = {year.group() for year in found if not _its_own(text, year, spans, after)}
    if any(
        year.group() in years and _BODYS_VOTE.search(text[max(0, year.start() - 80) : year.start()]) for year in found
    ):
        return None  # another body's dated vote before the month or in the term's own clause ('Until the Upper
        # House vote of July 2031, the Lower House's term runs out in October', '..., months after the ... vote of ...')
    if years and len(years) < len({year.group() for year in found}):
        return None  # another body's year removed leaves no year that dated the term ('Since 2026, ...; ... July 2031')
    if len(years) == 1:
        return f"{years.pop()}-{number:02d}"
    if years or context.updated is None or "that" in month.group(0):
        return None
    year = context.updated.year + (number < context.updated.month)
    return f"{year}-{number:02d}"


def term_ends(clause: str, text: str, context: Context) -> str | None:
    """The month the Lower House's term ends, as a clause of the sentence `text` says it, if it does."""
    term = TERM_ENDS.search(clause)
    if term is not None:
        return written_date(term.group("date") or term.group("when"))
    month = TERM_MONTH.search(clause)
    return month_of(month, text, context) if month is not None else None
