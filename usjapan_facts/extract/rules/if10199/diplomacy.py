"""Rules of the diplomacy section."""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


@rule("diplomacy.quad_leader_meetings", needs=("quad",))
def quad_leader_meetings(sentence: Sentence, context: Context) -> Fields | None:
    match = re.search(
        rf"\b(?P<number>{p.NUMBER})\s+(?:in-person\s+)?(?:Quad\s+)?(?:leader-level|leaders'?)\s+(?:Quad\s+)?(?:meetings|summits)\b"
        rf"|\b(?P<number2>{p.NUMBER})\s+Quad\s+(?:leaders'?\s+)?summits\b",
        sentence.text,
        I,
    )
    if not has(r"\bQuad\b", sentence.text, 0):
        return None
    if match is None:
        return _quad_told_otherwise(sentence.text, context)
    number = p.number_of(match.group("number") or match.group("number2"))
    return {"value": p.plain(number), "qualifier": "exact"} if number is not None else None


_ORDINAL = rf"(?:{p.ORDINAL_WORD}|inaugural)"
_ORDINAL_WORD = re.compile(rf"\b{_ORDINAL}\b", I)
_ORDINALS = {**p.ORDINALS, "inaugural": 1}
_OF_LEADERS = r"of\s+(?:the\s+)?(?:Quad\s+leaders|leaders\s+of\s+the\s+Quad|Quad\W?s\s+leaders)\b"
"""Whose gathering an ordinal counts, after its noun: 'the fourth meeting of Quad leaders'. Never 'at the level of
leaders', which says the level, not whose gathering ('the trilateral, modeled on the Quad, ... at the level of
leaders'), and reaches the leaders' deputies."""
_WHOSE = r"(?:the|their|its|the\s+(?:group|Quad)\W?s)"
"""Who an appositive ordinal's gathering belongs to: 'the', 'their', 'the group's'."""
_GATHERING = r"(?:Quad\s+)?(?:leader-level\s+|leaders\W?\s+)?(?:Quad\s+)?(?:meeting|summit|gathering)"
_LAST_MEETING = re.compile(
    # 'The Quad's leaders last met in September 2024, their sixth meeting'; 'its sixth and most recent summit'
    rf"\b(?:last|most\s+recently)\s+(?:met|gathered|convened)\b[^;]{{0,80}}?,\s+(?:their|its|the)\s+{_ORDINAL}\s+"
    rf"{_GATHERING}\b|\b(?:their|its|the)\s+{_ORDINAL}\s+and\s+(?:most\s+recent|latest|last)\s+{_GATHERING}\b"
    # 'The Quad has not held a leaders' summit since its sixth'
    rf"|\b(?:has|have)\s+not\s+(?:held|met|convened)\b[^;]{{0,40}}?\bsince\s+(?:its|their|the)\s+{_ORDINAL}\b"
    # the ordinal counts the gatherings, never another noun's ('since its first incarnation in 2007')
    rf"(?=\s+{_GATHERING}|\s*(?:[.;,)]|$)|\s+(?:in|on|at|held)\b)"
    # 'the fifth time the Quad's leaders have convened since March 2021': the count so far
    rf"|\bthe\s+{_ORDINAL}\s+time\s+(?:that\s+)?(?:the\s+)?(?:Quad\W?s?\s+)?(?:leaders|heads\s+of\s+government)\b"
    r"(?:\s+of\s+the\s+Quad)?\s+(?:have|has)\s+(?:now\s+)?(?:met|convened|gathered)\b",
    I,
)
_TIMES = re.compile(
    r"\b(?:leaders|leader-level|heads\s+of\s+(?:state|government))\b[^;]{0,90}?\b(?:have|has)\s+(?:now\s+|so\s+far\s+|therefore\s+|thus\s+)?"
    r"(?:met|convened|gathered)\s+(?:only\s+|just\s+)?(?P<times>once|twice)\b",
    I,
)
_ONCE = {"once": 1, "twice": 2}
_TALLY = re.compile(
    r"\b(?:tally|count|total|number)\s+of\s+(?:Quad\s+)?(?:leader-level|leaders\W?)\s+(?:Quad\s+)?(?:meetings|summits)\b"
    rf"[^;,]{{0,40}}?\s+(?:to|at|stands\s+at|stood\s+at|is|was|reached)\s+(?P<number>{p.NUMBER})\b",
    I,
)
"""The count said as a tally: 'brought the tally of leader-level Quad meetings since March 2021 to four'."""
_SO_FAR = re.compile(
    r"\b(?:Quad\s+(?:leaders\W?\s+)?(?:meetings|summits)|(?:meetings|summits)\s+of\s+(?:the\s+)?Quad\W?s?\s+leaders)\b"
    r"[^;]{0,60}?\bthere\s+(?:has|have)\s+(?:so\s+far\s+|thus\s+far\s+|now\s+|to\s+date\s+)?been\s+(?:only\s+|just\s+)?"
    rf"(?P<number>{p.NUMBER}|a\s+single\s+one|a\s+single)\b",
    I,
)
"""The count said as what there has been so far: 'Of Quad meetings at the leaders' level there has so far been a single
one'."""
_NEWEST = re.compile(
    # 'the leaders of the Quad met for the first time'; 'convened the fifth leader-level meeting of the Quad'
    rf"\b(?:leaders|leader-level)\b[^;]{{0,120}}?\b(?:met|(?:were\s+|have\s+|had\s+)?(?:convened|gathered)|came\s+together)\s+"
    rf"for\s+the\s+{_ORDINAL}\s+time\b"
    # 'hosted ... on September 21, the sixth meeting of Quad leaders': the meeting told, then counted
    rf"|(?:,|\b(?:was|is|marked|became|made|convened|held|hosted|attended|chaired)\b)\s+(?:the|their|its)\s+{_ORDINAL}\s+"
    rf"(?:meeting|summit|gathering)\s+{_OF_LEADERS}"
    # 'The Quad leaders met ... on September 24, the second such summit': the leaders' meeting told, then counted by
    # an appositive ('such', 'the group's') that points back to it
    rf"|\b(?:leaders|leader-level|heads\s+of\s+government)\b[^;]{{0,160}}?,\s+{_WHOSE}\s+{_ORDINAL}\s+(?:such\s+)?"
    r"(?:leader-level\s+|leaders\W?\s+)?(?:meeting|summit|gathering)\b(?!\s+(?:of|with|between)\b)"
    # 'The September 24 summit was the Quad leaders' second meeting': the meeting told, then counted by copula
    rf"|\b(?:was|is|marked|became|made)\s+the\s+(?:Quad\W?s?\s+)?(?:leaders\W?|heads\W?)\s+{_ORDINAL}\s+"
    r"(?:meeting|summit|gathering)\b"
    rf"|\b(?:convened|held|hosted|attended|chaired|(?:joined|met)\b[^;]{{0,60}}?\bfor)\s+the\s+(?:Quad\W?s\s+)?{_ORDINAL}(?:-ever)?\s+"
    rf"(?:leader-level|leaders\W?)\s+(?:Quad\s+)?(?:meeting|summit)\b"
    # 'The sixth Quad leaders' summit took place in Wilmington'; never ', held ...', a summit recalled ('The first
    # Quad leaders' summit, held virtually in March, has since been followed by five more')
    rf"|^(?:The|Its|Their)\s+{_ORDINAL}(?:-ever)?\s+(?:Quad\s+)?(?:leader-level|leaders\W?)\s+(?:Quad\s+)?(?:meeting|summit)"
    r"\s+(?:took\s+place|was\s+held|convened|met)\b",
    I,
)
_ONLY = re.compile(
    r"\b(?:leaders|leader-level|heads\s+of\s+government)\b.{0,160}?\b(?:their|its|the)\s+(?:only|sole|lone|single|"
    r"one\s+and\s+only)\s+(?:such\s+)?(?:Quad\s+)?(?:leader-level\s+|leaders\W?\s+)?(?:Quad\s+)?(?:meeting|summit|gathering)\b"
    r"(?!\s+(?:of|with|between)\b)",
    I,
)
"""A count of one told as the only meeting: 'met on March 12; that has been their only leader-level meeting so far'."""
_NOT_ALL = re.compile(
    r"\b(?:in[- ]person|virtual\s+(?:meetings|summits|gatherings)|will|would|are\s+to|is\s+to|to\s+be|slated|scheduled|"
    r"planned|expected|next|foreign\s+ministers?|ministerial|officials)\b",
    I,
)
"""Words that make an ordinal or a 'once' count something else: in-person or ministerial meetings, a plan."""
_THEN = r"(?:and(?:\s+(?:then|later))?|then|later|before\s+meeting|before\s+gathering)"
"""The words that join the virtual meetings to the in-person ones that followed: 'and', 'then', 'and later'."""
_TIMES_WORD = r"(?:once|twice|(?:one|two|three|four|five|six)\s+times?)"
"""How often each kind met: 'once virtually and once in person'."""
_BOTH_KINDS = re.compile(
    rf"\b(?:virtually|by\s+video(?:conference)?|online|remotely)\b[^;]{{0,60}}?\b{_THEN}\s+"
    rf"(?:{_TIMES_WORD}\s+)?in[- ]person\b"
    rf"|,?\s+(?:and\s+)?(?:the|their|its)\s+{_ORDINAL}\s+(?:time\s+|(?:one\s+)?held\s+)?in[- ]person\b",
    I,
)
"""Both kinds of meeting listed ('met twice, virtually in March and in person in September'), or the in-person ones
counted after all ('the fifth time ..., and the third time in person'): the count is all."""


_DEADLINE = re.compile(r"\b(?:by|before|until|through)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$", I)
"""Words before a year that may make it a plan's deadline, not the date of a meeting: 'agreed to provide doses ... by
the end of 2027'. Only a year after the cover's is a deadline still to come; 'by 2024 they had met six times' or
'before 2021' in a later brief bounds the past, and the meeting it tells is history."""


def _quad_told_otherwise(text: str, context: Context) -> Fields | None:
    """The count of the leaders' meetings said as the ordinal of the last one ('their sixth meeting'), as 'met
    once', or as the ordinal of one held in the cover's year ('met for the first time' in a brief of that year)."""
    spans = clauses(text)

    def plain(match: re.Match[str] | None) -> bool:
        # Neither the words read nor the rest of the clause they end in make it a plan or another kind of meeting.
        if match is None:
            return False
        start, end = clause_of(spans, match.end() - 1)
        rest = _BOTH_KINDS.sub(" ", text[start:end])
        return not _NOT_ALL.search(_BOTH_KINDS.sub(" ", match.group(0))) and not _NOT_ALL.search(rest)

    tally = _TALLY.search(text)
    if tally is not None and plain(tally) and (number := p.number_of(tally.group("number"))) is not None:
        return {"value": p.plain(number), "qualifier": "exact"}
    last = _LAST_MEETING.search(text)
    if last is not None and plain(last):
        return _ordinal(last.group(0))
    so_far = _SO_FAR.search(text)
    if so_far is not None and plain(so_far):
        said = so_far.group("number").casefold()
        number = Decimal(1) if said.startswith("a single") else p.number_of(said)
        return {"value": p.plain(number), "qualifier": "exact"} if number else None
    only = _ONLY.search(text)
    if only is not None and plain(only):
        return {"value": 1, "qualifier": "exact"}
    times = _TIMES.search(text)
    if times is not None and plain(times):
        return {"value": _ONCE[times.group("times").casefold()], "qualifier": "exact"}
    newest = _NEWEST.search(text)
    cover = context.updated.year if context.updated else None
    years = {
        int(year.group("year"))
        for year in p.YEAR.finditer(text)
        if not (cover and int(year.group("year")) > cover and _DEADLINE.search(text, 0, year.start()))
    }
    if newest is not None and plain(newest) and cover and years <= {cover}:
        # Only a meeting of the cover's year is the newest one; 'hosted the second summit in 2022' is history.
        return _ordinal(newest.group(0))
    return None


def _ordinal(words: str) -> Fields:
    """The count an ordinal gives: the last ordinal of the words ('last met ..., their sixth meeting' is 6)."""
    return {"value": _ORDINALS[_ORDINAL_WORD.findall(words)[-1].casefold()], "qualifier": "exact"}
