"""Whose a value is: the checks that rule a value out of a declared fact though its sentence is about the fact.

A value is not the fact's when its clause calls it proposed or threatened, dates it past where the sentence says
now, names another country, stands after a pronoun for a foreign country named the sentence before, falls out of
the fact's bounds, or may belong to a rival subject (the other chamber, another party).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from usjapan_facts.extract.clause_subjects import with_subject
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.date_forms import SPAN_AFTER, starts_later
from usjapan_facts.extract.declared import Declaration
from usjapan_facts.extract.ranked_subject import apposed_to_another
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.signed_back import overtaken_month
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.values import FINDERS, Candidate
from usjapan_facts.extract.whose import another_country, follows_another, foreign_it, it_named_before
from usjapan_facts.extract.word_choice import letter_first

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_NOT_APPLIED = re.compile(
    letter_first(
        r"\b(?:propos\w*|threaten\w*|floated|could|might|would\s+(?:raise|impose|be)|consider(?:s|ed|ing|ation)?|"
        r"warned|vowed|recommend\w*|sought|seeks?)\b"
    ),
    I,
)
_MEASURED_AGAINST = re.compile(
    r"\b(?:would|could|might)\s+(?:(?:be|mean|amount\s+to|represent)\s+(?:\w+\s+)?(?:twice|double|triple|(?:two|three)\s+times|"
    r"more\s+than|(?:well\s+|far\s+)?above)|(?:far\s+|well\s+)?(?:exceed|surpass|top|break|breach|double|triple))\s+"
    r"(?:the|its|Japan\W?s)\b[^;,]{0,60}$",
    I,
)
_PRONOUN = re.compile(r"\b(?:it|its|they|their)\b", I)
_NAMED = re.compile(r"(?<=\s)[A-Z][A-Za-z]+")
"""A name after a sentence's first word ('The LDP and its partner'): what a pronoun after it stands for."""
_PAIR = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:countries|nations|allies|governments)\b", I)
"""The two allies named as a pair before a pronoun ('The two countries signed their treaty'): its antecedent."""
_US = re.compile(
    r"\b(?:the\s+)?(?:United\s+States|U\.S\.)(?=\s+(?:sold|bought|exported|imported|purchased|shipped)\b)", I
)
"""The United States as the one selling or buying ('The United States sold it ...'): never what 'it' stands for."""


_YEAR_AFTER = re.compile(
    r"(?:(?!\bthan\b)[^.;]){0,60}?\b(?:by|for|in|until|through)\s+(?:the\s+end\s+of\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s+levels?\b)",
    I,
)
"""The year a pledge is due by, said after its value; never one after 'than', the year it is measured against ('46%
less greenhouse gas than it did in FY2013')."""
_YEAR_BEFORE = re.compile(
    r"\b(?:FY\s?|fiscal\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\s+(?:target|goal|pledge|aim)\b[^.;\d]{0,40}$", I
)


def target_year(text: str, candidate: Candidate, others: Sequence[Candidate]) -> str | None:
    """The year the value is pledged for: 'by FY2035' after it (before the next value of its kind), else 'the 2030
    target of' before it ('The 2030 target of a 46% cut ..., alongside a 60% goal for FY2035')."""
    following = min((other.start for other in others if other.start >= candidate.end), default=len(text))
    after = _YEAR_AFTER.match(text[:following], candidate.end)
    if after is not None:
        return after.group("year")
    before = _YEAR_BEFORE.search(text, max(0, candidate.start - 80), candidate.start)
    between = before is not None and any(before.end() <= other.start < candidate.start for other in others)
    return before.group("year") if before is not None and not between else None


_ANOTHER_SUM = re.compile(
    r"\b(?:(?:separate|apart|distinct)\s+from|in\s+addition\s+to|on\s+top\s+of|over\s+and\s+above|besides|"
    r"not\s+counting|excluding)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:some|about|roughly|around|nearly|almost|"
    r"over|more\s+than|another|additional)\s+)?$",
    I,
)
"""Words right before a value that make it a sum beside the subject's: 'This payment is separate from the $3 billion a
year Japan spends on base construction', 'on top of the 28,500 in South Korea'."""
_BY = re.compile(r"\bby\s+(?:the end of\s+)?(?P<by>FY\s?\d{4}|fiscal year \d{4}|\d{4})\b", I)
_BASELINE = re.compile(
    r"\b(?:from|below|compared\s+(?:with|to)|relative\s+to|than\s+(?:(?:it|they)\s+(?:did|emitted|were|was)\s+)?(?:in\s+)?)"
    r"\s*(?:its\s+|their\s+|the\s+)?(?:FY\s?)?(?P<base>\d{4})(?:\s+levels?)?\b",
    I,
)


_MOVED = re.compile(
    letter_first(
        r"\b(?:pulled|pulling|moved|moving|brought|bringing|advanced|advancing|pushed|pushing|put|putting)"
        r"(?:\s+(?P<what>(?:that|the|this|its|her|his)\s+(?:\S+\s+){0,6}?(?:deadline|target\s+(?:date|year)|date|timeline|"
        r"timetable|goal|target)))?(?:\s+(?:forward|up|ahead|back))?\b(?:\s+(?:by\s+)?(?:a|one|two|three|four|five|\d)\s+"
        r"(?:fiscal\s+)?years?)?,?\s+to\s+(?P<by>FY\s?\d{4}|fiscal\s+year\s+\d{4}|\d{4})\b"
        r"|\b(?P<passive>(?:that|the|this|its)\s+(?:\S+\s+){0,3}?(?:deadline|target\s+(?:date|year)))\s+"
        r"(?:was|has\s+been|is)\s+(?:(?:later|since|then|also|now)\s+)?(?:pulled|moved|brought|advanced|pushed)\s+"
        r"(?:forward|up|ahead|back)(?:\s+(?:by\s+)?(?:a|one|two|three|four|five|\d)\s+years?)?,?\s+to\s+"
        r"(?P<by2>FY\s?\d{4}|\d{4})\b"
    ),
    re.IGNORECASE,
)
"""A deadline moved to another year: 'pulled that deadline forward by two years, to FY2025', 'moved the 2% goal up to
FY2025', 'the target date was pushed back to 2029'."""


_POINTER = re.compile(
    r"(?:that|this|the|its|her|his)\s+(?:(?:goal|target|pledge)\W?s\s+|new\s+|original\s+)?"
    r"(?:deadline|target\s+(?:date|year)|date|timeline|timetable|goal|target)",
    re.IGNORECASE,
)
"""What a next sentence moves that can only be the pledge before it: 'that deadline', 'the goal's deadline'."""


def moved_deadline(text: str, following: str = "") -> str | None:
    """The year a pledge's deadline was moved to, in its own sentence, else in the next one when that moves 'that
    deadline' ('she pulled that deadline forward ..., to FY2025')."""
    moved = _MOVED.search(text) if " to " in text else None
    if moved is None and " to " in following:
        moved = _MOVED.search(following)
        what = (moved.group("what") or moved.group("passive") or "") if moved else ""
        moved = moved if _POINTER.fullmatch(what) else None
    if moved is None:
        return None
    return re.sub(r"(?i)fiscal\s*year\s*", "FY", "".join((moved.group("by") or moved.group("by2")).split()))


def pledge_years(declaration: Declaration, fields: Fields, clause: str, text: str, following: str = "") -> Fields:
    """The fields with the year a pledge is due by and the year it is measured from, the value's own first; a deadline
    said moved, in its sentence or the next, gives the year it is due by now."""
    if declaration.by and (moved := moved_deadline(text, following)):
        fields["by"] = moved
    if declaration.by and "by" not in fields and (by := _own(_BY, clause, text, "by")):
        fields["by"] = by.replace(" ", "")
    if declaration.baseline and (base := _own(_BASELINE, clause, text, "base")):
        fields["baseline"] = base
    return fields


def _own(pattern: re.Pattern[str], clause: str, text: str, group: str) -> str | None:
    """The year the value's clause names ('60% by FY2035'), else the sentence's when it names one alone."""
    if found := pattern.search(clause):
        return found.group(group)
    named = {found.group(group) for found in pattern.finditer(text)}
    return named.pop() if len(named) == 1 else None


_TWO_WORDS = re.compile(r"(?:[ \t]+[\w'-]+){1,2}")


def without_others(text: str, start: int, end: int, candidate: Candidate, found: tuple[Candidate, ...]) -> str:
    """The text from `start` to `end` with every other value of the kind and the two words after it blanked; and, for
    one after the value set off by a comma, its phrase from that comma: 'a goal of 2% of GDP ..., breaking with the
    practice of holding the budget to around 1% of GDP' (holding to 1% is the later value's words, not the goal's)."""
    ruled = text[start:end]
    for other in found:
        if other is candidate or not start <= other.start < end:
            continue
        words = _TWO_WORDS.match(text, other.end)
        stop = min(end, words.end() if words else other.end)
        comma = text.rfind(",", candidate.end, other.start) if other.start > candidate.end else -1
        begin = comma if comma >= start else other.start
        ruled = ruled[: begin - start] + " " * (stop - begin) + ruled[stop - start :]
    return ruled


def _ruled_out(
    declaration: Declaration, text: str, candidate: Candidate, clause: tuple[int, int], context: Context
) -> bool:
    """Tell whether the value is proposed, or past where the sentence says now."""
    if not declaration.planned and _NOT_APPLIED.search(text[clause[0] : clause[1]]):
        # 'That would be twice the self-imposed lid of 1%': a long-standing norm a plan is measured against.
        return not (declaration.historic and _MEASURED_AGAINST.search(text, clause[0], candidate.start))
    if not declaration.planned and SPAN_AFTER.match(text, candidate.end):
        return True  # 'a 15% tariff (August 7, 2025, to February 20, 2026)': the value of a span that ended
    if not declaration.planned and starts_later(text[clause[0] : clause[1]], context.updated):
        return True  # 'Most imports from Japan face a 12.5% tariff from July 24' before July 24: due, not in force
    if declaration.value == "month" and overtaken_month(text, context):
        return True  # 'The current SMA, signed in January 2016, had been due to lapse in March': extended since
    if declaration.historic:
        return False  # 'up from the roughly 1% long treated as a cap': the norm is the value it changed from
    # 'which once had 57% of the seats, has since grown': the current value is another, read or not.
    year = context.updated.year if context.updated else None
    kin = tuple(other.start for other in FINDERS[declaration.value](text)) if declaration.period else None
    return declaration.value not in ("year", "month") and not_current(
        text, candidate.start, year=year, planned=declaration.planned, kin=kin, dated_ok=True
    )


def not_its(
    declaration: Declaration,
    text: str,
    candidate: Candidate,
    clause: tuple[int, int],
    context: Context,
) -> bool:
    """Tell whether the value is not the fact's: proposed or past, another country's, out of bounds, a rival's."""
    if _ruled_out(declaration, text, candidate, clause, context):
        return True
    if _ANOTHER_SUM.search(text, max(0, candidate.start - 60), candidate.start):
        return True
    if declaration.japan and another_country(text, clause, candidate.start, candidate.end):
        return True
    if declaration.value == "rank" and declaration.japan and apposed_to_another(text, candidate.start):
        return True  # 'Japan's stock surpassed that of the United Kingdom, the runner-up': the United Kingdom's place
    before = context.preceding.get(text, "")
    # 'It' after a sentence on another country: asked last, of a clause holding a pronoun.
    if declaration.japan and _country_pronoun(text, clause) and foreign_it(text, before):
        return True
    if declaration.japan and it_named_before(text, clause):
        return True
    if declaration.japan and follows_another(text, before):
        return True  # 'U.S. goods exports to Mexico fell. Services exports were $30.1 billion': Mexico's
    # The value's clause with the one it is coordinated with: '141 of the 245 seats in the House of Councillors, or
    # some 58%'.
    own = with_subject(text, clauses(text), clause, steps=1) if declaration.rival else text[clause[0] : clause[1]]
    return _out_of_place(declaration, text, candidate, own, before)


_THERE = re.compile(r"\b(?:there|that\s+chamber|the\s+chamber)\b", I)


def _rivalled(declaration: Declaration, text: str, clause_text: str, before: str) -> bool:
    """Tell whether a rival subject may own the value: named in the sentence, when the value's clause names no subject
    of its own ('it holds 67 percent of the seats there and 61 percent of those in the Upper House'), or named in the
    sentence before, when this one names no subject at all ('The LDP won the Lower House. It holds 67% there.').
    A clause that points back ('there', 'that chamber') is of the subject named last before it."""
    if any(pattern.search(text) for pattern in declaration.rival):
        if declaration.names_subject(clause_text):
            return False
        back = _THERE.search(clause_text)
        if back is None or (at := text.find(clause_text)) < 0:
            return True
        return _last_named(declaration, text[: at + back.start()]) != "subject"
    if any(pattern.search(before) for pattern in declaration.rival):
        return not declaration.names_subject(text)
    return False


def _last_named(declaration: Declaration, text: str) -> str | None:
    """Whether the fact's subject or a rival is named last in `text`."""
    last = {
        name: max((match.start() for pattern in patterns for match in pattern.finditer(text)), default=-1)
        for name, patterns in (("subject", declaration.subject), ("rival", declaration.rival))
    }
    if last["subject"] == last["rival"]:
        return None
    return "subject" if last["subject"] > last["rival"] else "rival"


def _out_of_place(declaration: Declaration, text: str, candidate: Candidate, clause: str, before: str) -> bool:
    """Tell whether a value is out of the fact's bounds, or may be a rival subject's."""
    return not declaration.in_bounds(candidate.value) or _rivalled(declaration, text, clause, before)


def _country_pronoun(text: str, clause: tuple[int, int]) -> bool:
    """Tell whether the clause holds a pronoun that may stand for the country the sentence before names: none
    when a name stands before it in the sentence ('The LDP and its partner' is the LDP's)."""
    pronoun = _PRONOUN.search(text, clause[0], clause[1])
    # 'The United States sold it ...': the other party of a U.S. flow is no name the pronoun could stand for; 'The two
    # countries signed their treaty': the pair the sentence names first is what 'their' stands for.
    ahead = text[: pronoun.start()] if pronoun is not None else ""
    return pronoun is not None and not _NAMED.search(_US.sub(" ", ahead)) and not _PAIR.search(ahead)


__all__ = ["not_its", "pledge_years", "target_year", "without_others"]
