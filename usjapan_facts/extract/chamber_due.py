"""The general reader's due dates (`chamber_roles`): by when the Lower House must be elected and the next national
vote falls. Which chamber's term or which national vote (the fact's `concept`, and for the Lower House its names, never
the Upper House's in the same words), by when (a date after the cover's in a clause holding `deadline` words); ruled
out by `gone` words. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.chamber_lexicon import Fact, I, Lexicon, any_of, blank, chamber_of, chambers_in
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_dates import next_month
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.text import Sentence

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BARE_YEAR = re.compile(r"(?<![\w-])(?P<year>20\d\d)\b(?!\s*[-\u2013/]\d)")
_THAT_YEAR = re.compile(rf"\b(?P<month>{p.MONTH})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
"""A month of the year the sentence before names: 'run out in October of that year'."""
_NEXT_YEAR = re.compile(rf"\b(?P<month>{p.MONTH})\s+(?:of\s+)?(?P<rel>this|next)\s+year\b")
"""A month of a year counted from the cover: 'by October of next year'."""
_THIS_MONTH = re.compile(rf"\b(this|next|coming)\s+(?P<month>{p.MONTH})\b(?!\s+(?:\d|of\b))", I)
"""A month counted from the cover, its year unsaid: 'no later than this October', 'contested this July'."""
_REL_YEAR = re.compile(r"\b(?P<rel>this|next)\s+year\b(?!\W?s)", I)
"""A year counted from the cover and no month of it: 'before the Upper House contest next year' (a year's date)."""
_NEXT = re.compile(r"\bnext\b", I)
_BARE_MONTH = re.compile(rf"\b(?P<month>{p.MONTH})\b(?!\s+(?:\d|of\b))")
"""A month said without its year: the next vote's, the next such month from the cover."""
_POINTED = re.compile(r"\b(?:by|before|until|no\s+later\s+than)\s+(?:this|that|the\s+same)\s+(?:date|day|month)\b", I)
"""A deadline pointing back to a date named before it: 'Lower House term ends; general election required by this
date'."""
_CARRIED = re.compile(r"\b(?:the|that|this)\s+chamber\b", I)
"""A chamber named by pointing back to one named before."""
_WHEN = re.compile(r"^,\s*when\b", I)
"""A clause telling what happens at the date the clause before ends on: 'before December 2018, when the lower
chamber's term ends' (its chamber and term are the date's)."""
_ENDS_DATED = re.compile(r"(?:19|20)\d\d\W*$")
_ONE = re.compile(r"\b(?:the\s+next\s+one|it|its|that\s+one)\b", I)
"""Words pointing back to a vote an earlier clause names."""


def due_dates(clause: str, precision: str, before: str, now: str = "") -> list[str]:
    """The clause's dates: a month and year (of the one year the sentence `before` names, for 'October of that
    year', or of the cover's `now` or the next, for 'October of next year'), or for a year's precision a bare year or
    a season's too, or a month without its year in a clause of the next vote (the next such month's year)."""
    found = [value for value, _ in p.dates(clause)]
    found += [
        f"{int(now[:4]) + (m.group('rel').lower() == 'next')}-{p.month_number(m.group('month')):02d}"
        for m in (_NEXT_YEAR.finditer(clause) if now and "year" in clause else ())
    ]
    for m in _THIS_MONTH.finditer(clause) if now else ():  # 'this May' in a June text is gone, never next May
        month = p.month_number(m.group("month"))
        found += [next_month(month, now)] if m.group(1).lower() != "this" or month >= int(now[5:7]) else []
    years = set(_YEAR.findall(before))
    if len(years) == 1:
        found += [f"{min(years)}-{p.month_number(m.group('month')):02d}" for m in _THAT_YEAR.finditer(clause)]
    if precision == "year":
        taken = [match.span() for _, match in p.dates(clause)]
        found += [m.group("year") for m in _BARE_YEAR.finditer(clause) if not any(s <= m.start() < e for s, e in taken)]
        months = [m.span() for m in _NEXT_YEAR.finditer(clause)]  # 'October of next year': read above
        found += [
            str(int(now[:4]) + (m.group("rel").lower() == "next"))
            for m in (_REL_YEAR.finditer(clause) if now else ())
            if not any(s <= m.start() < e for s, e in months)
        ]
        if now and not found and _NEXT.search(clause):  # 'The July Upper House contest is the next national vote'
            found += [next_month(p.month_number(m.group("month")), now)[:4] for m in _BARE_MONTH.finditer(clause)]
    return found


def _when_joined(text: str) -> list[tuple[int, int]]:
    """The sentence's clauses, a 'when' clause after a date joined to the clause that ends on it (`_WHEN`), and a
    label of no date to the value after its colon (a table's row: the label names what the value is of)."""
    out: list[tuple[int, int]] = []
    for start, end in clauses(text):
        if out and _WHEN.match(text[start:end]) and _ENDS_DATED.search(text[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], end)
        elif len(out) == 1 and out[0][0] == 0 and text[start:end].startswith(":") and not _YEAR.search(text, 0, start):
            out[-1] = (0, end)  # a row's label and its value: 'Lower House (465 seats) next: by October 2025'
        else:
            out.append((start, end))
    return out


def _parts(lex: Lexicon, text: str, fact: Fact) -> list[tuple[int, int]]:
    """The sentence's clauses, each that names both chambers cut where each chamber is named, for a chamber's fact:
    in 'The next national vote is the upper-chamber election of July 2025, three months before the lower chamber's
    term lapses in October of that year', the words from 'the lower chamber' on are the Lower House's."""
    out: list[tuple[int, int]] = []
    for start, end in _when_joined(text):
        named = sorted(
            (found.start(), name)
            for name, words in lex.chambers.items()
            for pattern in words
            for found in pattern.finditer(text, start, end)
        )
        if fact.chamber is None or len({name for _, name in named}) < 2:
            out.append((start, end))
            continue
        cuts = [start, *(at for index, (at, name) in enumerate(named) if index and named[index - 1][1] != name)]
        out += [(one, two) for one, two in zip(cuts, [*cuts[1:], end], strict=True)]
    return out


def _chamber(lex: Lexicon, clause: str, text: str, before: str, context: Context) -> str | None:
    """The chamber the clause is about (`chamber_of`), carried over a sentence before that names none but speaks of
    'the chamber' in turn: 'the two won 326 of the 475 seats in the House of Representatives. That total gives the
    coalition more than two-thirds of the chamber. Its four-year term does not run out until December 2018'. A clause
    pointing back to 'the chamber' is about one named before it, never one a later clause names ('until the
    chamber's term runs out in October 2021; the next upper-house contest ...')."""
    if _CARRIED.search(clause) and not chambers_in(lex, clause):
        text = text[: text.find(clause) + len(clause)]
    named = chamber_of(lex, clause, text, before)
    if named is None and not chambers_in(lex, blank(lex.words["aside"], before)) and _CARRIED.search(before):
        named = chamber_of(lex, clause, text, context.preceding.get(before, ""))
    return named


_LAST_CHOSEN = re.compile(
    r"(?:(?<=chamber)|(?<=House)|(?<=Representatives)|(?<=Councillors)|(?<=Councilors)),\s*(?:which\s+was\s+)?last\s+(?:chosen|elected|filled|renewed)\s+"
    r"(?:on|in)\s+[^,;]*,",
    I,
)
"""The chamber's last vote told of it in passing, no date of what is due: 'The lower chamber, last chosen in October
2017, must face voters no later than this October'."""


_LABEL_ASIDE = re.compile(r"\((?P<words>[a-z][a-z ]{0,19})\)(?=[^:;.]{0,60}:\s)")
"""A short aside in a label, before its colon, that speaks for the value after it as the label's words do: 'Next
election (by) Lower House: October 2028' (a table's row and column), 'Next general election (no later than): ...';
never a name in brackets ('House of Representatives (Lower House)'), which the chambers' words read as it stands."""


def label_unbracketed(text: str) -> str:
    """The text with a short aside of its label read as the label's words (`_LABEL_ASIDE`)."""
    return _LABEL_ASIDE.sub(r" \g<words> ", text) if "(" in text else text


def due(lex: Lexicon, fact: Fact, sentence: Sentence, context: Context) -> Fields | None:
    text, before = label_unbracketed(sentence.text), context.preceding.get(sentence.text, "")
    text = _LAST_CHOSEN.sub(lambda m: "," + " " * (len(m.group()) - 1), text)
    now = context.updated.isoformat() if context.updated else ""
    taken: set[str] = set()
    for start, end in _parts(lex, text, fact):
        clause = text[start:end]
        # 'no national election since July 2022, and the next one is not due until 2025': a clause naming no chamber
        # that points back ('the next one', 'it') to the vote an earlier clause names is of that vote.
        pointed = _ONE.search(clause) and not chambers_in(lex, clause) and any_of(fact.concept, text[:start])
        if not any_of(fact.concept, clause) and not (fact.chamber is None and pointed):
            continue
        if fact.chamber is not None and _chamber(lex, clause, text, before, context) != fact.chamber:
            continue
        said = before if not _YEAR.search(text, 0, start) else text[:start]  # 'October of that year': the nearer
        if not any(any_of(lex.words[bound], clause) for bound in fact.bound) or any_of(lex.words["gone"], clause):
            continue
        if fact.chamber is None and "upper" in chambers_in(lex, text) and "lower" in chambers_in(lex, text):
            continue  # two chambers' dates in one sentence: the next vote is the earlier, which the rules read
        back = _POINTED.search(clause)  # 'general election required by this date': the date named before it
        named = (p.dates(text[: start + back.start()]) or p.dates(before)) if back else []
        dated = [
            value
            for value in ([named[-1][0]] if named else [] if back else due_dates(clause, fact.precision, said, now))
            if (len(value) >= 7 or fact.precision == "year") and (value > now[: len(value)] or value == now[:4])
        ]
        taken.update(value[:7] if fact.precision == "month" else value[:4] for value in dated)
    if len(taken) != 1:
        return None
    value = taken.pop()
    if fact.precision == "year":
        return {"value": int(value), "qualifier": "exact"}
    return {"value": value, "qualifier": "exact"}


__all__ = ["due", "due_dates", "label_unbracketed"]
