"""Rules of the politics section: when the next Diet election, and the Lower House's, must be held."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.japan import (
    BY_ELECTION,
    DUE_WORDS,
    LOWER_HOUSE,
    OTHER_COUNTRIES,
    PASSED_DUE,
    UPPER_HOUSE,
    next_upper_house_election,
)
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if10199.calendar_rows import calendar_deadline, calendar_next
from usjapan_facts.extract.rules.if10199.elected_terms import elected_in
from usjapan_facts.extract.rules.if10199.lower_house_terms import DEADLINE_WORDS, members_named, term_runs_out
from usjapan_facts.extract.rules.if10199.national_votes import (
    NATIONAL,
    NATIONAL_FOR,
    NATIONAL_WORDS,
    date_pointed_back,
    in_cover_year,
    labelled_next,
    timeline_term_end,
)
from usjapan_facts.extract.rules.if10199.term_ends import (
    CHAMBER_TERM,
    COMES_BEFORE,
    TERM_ENDS,
    TERM_MONTH,
    month_of,
    term_ends,
)
from usjapan_facts.extract.rules.readings import another_country_before
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import letter_first, may_hold

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_UPCOMING = rf"{DUE_WORDS}|\b(?:expected|set|setting|called|calling|planned|slated|upcoming|next|will)\b|\buntil\b"
_NEXT_LABEL = re.compile(r"^\W*next\b[^:]{0,40}:", I)
"""A list item's label saying what follows comes next: '**Next on the electoral calendar:** the ... race in 2022'."""
_WHEN_DUE = re.compile(
    r"\b(?:until|by|before|no later than|in|for|on|of|the)\s+"
    r"(?:(?:the\s+)?(?:early|late|mid-?)?\s*(?:spring|summer|fall|autumn|winter)(?:\s+of)?\s+|(?:early|late|mid)[-\s])?"
    rf"(?P<date>(?:{p.MONTH}\s+)?(?:\d{{1,2}},\s*)?(?:19|20)\d{{2}})\b"
)


_COORDINATE = re.compile(r";|(?<![A-Z]\.[A-Z])\.\s|:\s|,\s+(?:and|but|while|whereas|yet)\s+|\s(?:while|whereas)\s", I)
_ABROAD = rf"{OTHER_COUNTRIES}|\bUnited States\b|\bU\.S\.(?!-)|\bAmerican?\b"
_OTHER_TERM = re.compile(
    r"\b(?:term|tenure|presidency|mandate)\b(?![^,;]*(?:House|chamber|Diet))[^,;]{0,50}?"
    r"\b(?:runs|lasts|expires|ends|continues|is\s+up)\s*$",
    I,
)
"""A term of office other than a chamber's ending on the date: 'Takaichi's term as LDP president runs until ...'."""


# 'Half of the Upper House's seats will be contested in July 2016' names an election without the word.
_CONTESTED = re.compile(
    letter_first(
        rf"(?:(?:{UPPER_HOUSE}|{LOWER_HOUSE}|\b(?:that|the)\s+chamber)\b[^;]{{0,40}}?(?:\b(?:seats|members)\s+|\s)"
        r"(?:(?:will|are\s+to|are\s+due\s+to|are\s+scheduled\s+to|is\s+to|is\s+due\s+to)\s+be\s+(?:contested|elected|up\s+for\s+election|filled)"
        r"|(?:are|is)\s+up(?:\s+for\s+(?:re-?)?election)?(?=\s+(?:in|on|this|next)\s))\b)"
        r"|\b(?:[Tt]hat|[Tt]he)\s+(?:chamber|body)(?:\W?s\s+(?:next\s+)?(?:elections?|contest|race)|\s+(?:next\s+)?(?:holds|will\s+hold|"
        r"faces)\s+(?:an?\s+|its\s+next\s+)?(?:elections?|voters|the\s+voters))\b"
    ),
    I,
)


_BY_ELECTION = rf"\b{BY_ELECTION}\b(?!\s+(?:loss(?:es)?|defeats?|setbacks?|wins?|victor\w*|results?)\b)"
"""A vote for one seat or a few ('a by-election for a Lower House seat'): no chamber's election, nor the Diet's; not
its outcome told beside the chamber's deadline ('after by-election losses in April, ... must be held by')."""
_POINTED = re.compile(r"^\W*(?:the|that|this)\s+(?:same\s+)?chamber\b(?!\W?s\s+other)", I)
"""A clause whose subject is the chamber named before it (the Lower House there): its own deadline, no national one."""


def _chamber_named(clause: str, context: Context, text: str) -> bool:
    """Tell whether a clause's 'that chamber' has a house to stand for: named in it or in the sentence before."""
    if not has(r"\b(?:that|the)\s+(?:chamber|body)\b", clause) or has(rf"{UPPER_HOUSE}|{LOWER_HOUSE}", clause):
        return True
    return has(rf"{UPPER_HOUSE}|{LOWER_HOUSE}", context.preceding.get(text, "") + " " + text)


_NEEDS: tuple[str, ...] = ("elect", "contest", "race", "voters", "vote", "polls", "term", "mandate", "seats are up")
_NEEDS += ("office until", "in place until")


@rule(
    "politics.next_diet_election_due",
    needs=_NEEDS,
)
def next_diet_election_due(sentence: Sentence, context: Context) -> Fields | None:
    # Each sentence that names an upcoming national election (either house, or the Diet) gives its date;
    # the resolver keeps the earliest, since that is the next one ("Upper House in July 2028" before
    # "Lower House not required until February 2030").
    found: set[str] = set()
    if (labelled := labelled_next(sentence.text) or calendar_next(sentence.text)) is not None and labelled > (
        context.updated or dt.date.min
    ).isoformat():
        found.add(labelled)
    # Each clause gives its own date: ', and the new Lower House may sit until February 2030' is no election's.
    for clause in _COORDINATE.split(sentence.text):
        if has(_BY_ELECTION, clause):
            continue  # 'The by-election for a Lower House seat in Shimane is set for April': no Diet election
        contested = _CONTESTED.search(clause) is not None and _chamber_named(clause, context, sentence.text)
        voters = _FACES_VOTERS.search(clause) is not None and has(_LOWER_DEADLINE, clause)
        ends = term_ends(clause, sentence.text, context) if "term" in clause or "mandate" in clause else None
        ends = ends or term_runs_out(clause, "", context.updated.isoformat() if context.updated else None)
        if ends is not None and has(COMES_BEFORE, clause):
            continue  # 'It is the only national vote before the lower chamber's term runs out in October 2021'
        if (
            ends is not None
            and not has(UPPER_HOUSE, clause)
            and not another_country_before(clause, len(clause), _ABROAD)
        ):
            # 'The Lower House's term ends in October 2021': the latest date of its election, and so of the next
            # Diet election unless the Upper House's regular one (every third July) comes first.
            cover = context.updated
            if cover is not None and ends[:7] < next_upper_house_election(cover) and ends > cover.isoformat()[:7]:
                found.add(ends)
            continue
        national = may_hold(clause, NATIONAL_WORDS) and (has(NATIONAL, clause) or has(NATIONAL_FOR, clause))
        # 'the term runs until October 2028, and no national vote need be held before then'
        earlier = sentence.text[: sentence.text.find(clause)]
        if national and (back := date_pointed_back(clause, earlier, context.preceding.get(sentence.text, ""))):
            found.update([back] if back > (context.updated or dt.date.min).isoformat()[:7] else [])
            continue
        named = (national or contested or voters) and not has(PASSED_DUE, clause)
        if not named or not (has(_UPCOMING, clause) or contested or _NEXT_LABEL.match(sentence.text)):
            continue
        # 'No Lower House election is required until October 2028' is the next Diet election only when it
        # comes before the Upper House's next regular one (every third July), which the text may not state.
        upper = next_upper_house_election(context.updated) if context.updated else None
        # Any date of the Lower House alone, a deadline or a set date, is the next only before that regular one.
        lower_only = (has(LOWER_HOUSE, clause) or voters) and not has(UPPER_HOUSE, clause)
        # 'In the lower chamber, ...; the chamber need not face voters again until December 2018': that chamber's own
        pointed = bool(_POINTED.search(clause)) and has(LOWER_HOUSE, earlier) and not has(UPPER_HOUSE, earlier + clause)
        lower_only = lower_only or pointed
        if lower_only and upper is None:
            continue
        yearless = (
            in_cover_year(clause, context.updated, sentence.text, _ABROAD) if not _WHEN_DUE.search(clause) else None
        )
        if yearless is not None:
            found.add(yearless)
        for match in _WHEN_DUE.finditer(clause):
            if another_country_before(clause, match.start(), _ABROAD) or _OTHER_TERM.search(clause, 0, match.start()):
                continue  # 'South Korea's next general election is due in April 2028', 'her term as LDP president runs'
            dated = p.dates(match.group("date"))
            value = dated[0][0] if dated else match.group("date")[-4:]
            chamber_first = voters or pointed or has(LOWER_HOUSE, clause[: match.start()])  # not '2028, when the lower
            if lower_only and chamber_first and upper is not None and value[:7] >= upper[: len(value)]:
                continue
            now = context.updated.isoformat()[: len(value)] if context.updated else ""
            if value > now or (len(value) == 4 and value == now):  # 'in summer 2025' in June 2025: still to come
                found.add(value)
    if not found:
        return None
    earliest = min(found)
    return {"value": int(earliest[:4]), "qualifier": "exact", "_earliest": earliest}


# 'the Lower House need not face voters until', 'Voters must elect a new Lower House no later than', 'Members of the
# Lower House serve until': the chamber's deadline however the vote is named.
_FACES_VOTERS = re.compile(
    rf"{LOWER_HOUSE}[^;]{{0,60}}?\b(?:(?:face|return\s+to)\s+(?:the\s+)?(?:voters|electorate|polls)|go\s+to\s+the\s+polls|"
    r"be\s+(?:re-?)?elected|due\s+for\s+(?:an?\s+)?(?:re-?)?election|serve|sits?|remain\s+(?:in\s+(?:place|office)|seated))\b"
    rf"|\b(?:elect|choose)\s+(?:a\s+new\s+|the\s+next\s+)?{LOWER_HOUSE}",
    I,
)
_NAMED_ELECTION = (
    rf"{LOWER_HOUSE}(?:\W?s|:)?\s+(?:next\s+)?elections?|elections?\s+(?:for|to)\s+the\s+(?:Diet's\s+)?{LOWER_HOUSE}"
    rf"|{LOWER_HOUSE}[^.;]{{0,60}}?\bits\s+(?:next\s+)?elections?\b"
    r"|^(?!.*\b(?:U\.S\.|United\s+States|American|presidential|congressional|midterm)).*\bgeneral\s+elections?\b"
)
"""The chamber's election named: 'a Lower House election', 'unless the Lower House is dissolved, its next election',
'a general election' (Japan's name for the Lower House's; not in a sentence on U.S. elections). Each alternative says
'election': `may_hold` spares the pattern a text without it."""
_LOWER_DEADLINE = (
    r"\b(?:need\s+not|not\s+(?:\w+\s+)?(?:until|before)|must|has\s+to|have\s+to|required|due|serves?\s+until|sits?\s+until|"
    r"serves?\s+out\s+(?:their|its)\s+(?:\w+[- ]year\s+)?terms?\s+in|"
    r"terms?,?\s+(?:that|which)\s+(?:end|expire|run\s+out)\s+in|"
    r"(?:may|can)\s+(?:sit|serve|remain\s+(?:in\s+(?:place|office)|seated))\s+until)\b"
)


@rule(
    "politics.lower_house_election_due",
    needs=DEADLINE_WORDS,
)
def lower_house_election_due(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if (ends := timeline_term_end(text) or calendar_deadline(text, context.preceding.get(text, ""))) is not None:
        return {"value": ends, "qualifier": "exact"}
    # Each match of TERM_ENDS holds 'term' or 'mandate', each of TERM_MONTH 'term' (both patterns case-sensitive).
    term = TERM_ENDS.search(text) if "term" in text or "mandate" in text else None
    if term is not None and not another_country_before(text, term.start(), _ABROAD):
        value = written_date(term.group("date") or term.group("when"))
        return {"value": value, "qualifier": "exact"} if value else None
    month = TERM_MONTH.search(text) if "term" in text else None
    ended = month_of(month, text, context) if month is not None else None
    if month is not None and ended is not None and not another_country_before(text, month.start()):
        return {"value": ended, "qualifier": "exact"}
    before = context.preceding.get(text, "")
    chamber = CHAMBER_TERM.search(text) if "chamber" in text else None
    if chamber and has(LOWER_HOUSE, before):  # the sentence's clauses, asked only of a chamber's term
        first = text[: clauses(text)[0][1]]
        dissolved = has(r"\bdissolv", text) and not has(UPPER_HOUSE, first)  # only the Lower House is dissolved
        if dissolved or not has(UPPER_HOUSE, before + first):
            value = written_date(chamber.group("date") or chamber.group("when"))  # after the Lower House
            return {"value": value, "qualifier": "exact"} if value else None
    if (elected := elected_in(text, context.text)) is not None:
        return elected
    updated = context.updated.isoformat() if context.updated is not None else None
    earlier = context.preceding.get(before, "")
    earlier = f"{context.preceding.get(earlier, '')} {earlier}"  # where 'the newly elected members' sit
    if (runs_out := term_runs_out(text, before, updated, earlier)) is not None:
        return {"value": runs_out, "qualifier": "exact"}
    text = members_named(text)
    faces = next(
        (
            text[start:end]
            for start, end in (clauses(text) if _FACES_VOTERS.search(text) else ())
            if _FACES_VOTERS.search(text, start, end) and has(_LOWER_DEADLINE, text[start:end])
        ),
        None,
    )
    if faces is not None and not has(UPPER_HOUSE, faces):
        text = faces  # 'Half the upper chamber is elected in July, while the Lower House need not face voters until'
    elif not may_hold(text, ("election",)) or not has(_NAMED_ELECTION, text) or not has(DUE_WORDS, text):
        return None
    if another_country_before(text, len(text), _ABROAD):
        return None
    spans = clauses(text)
    match = next((m for m in _UNTIL.finditer(text) if not _other_vote(text, spans, m.start())), None)
    if match is None or has(PASSED_DUE, text[clause_of(spans, match.start())[0] : match.start()]):
        return None  # 'had been due by October 2021': a deadline overtaken, not the chamber's current one
    value = written_date(match.group("date"))
    if value is None or (updated is not None and value[:7] < updated[:7]):
        return None  # no day, or 'was due to sit until October 2025 before it was dissolved', told in 2026: no deadline
    return {"value": value, "qualifier": "exact"}


_OTHER_VOTE = (
    rf"{UPPER_HOUSE}|\b(?:national|nationwide|Diet|parliamentary)\s+(?:\w+\s+)?(?:votes?|elections?|ballots?|polls)\b"
)


def _other_vote(text: str, spans: tuple[tuple[int, int], ...], at: int) -> bool:
    """Whether the date at `at` bounds another vote than the Lower House's: its clause, with a relative clause on the
    date after it, names the Upper House or a national vote and not the Lower House ('No nationwide ballot is required
    before July 2025, when half of the Upper House seats are next contested')."""
    start, end = clause_of(spans, at)
    relative = next((span for span in spans if span[0] == end and _ON_DATE.match(text, span[0])), None)
    said = text[start : relative[1] if relative else end]
    return has(_OTHER_VOTE, said) and not has(LOWER_HOUSE, said) and not has(r"\bgeneral\s+elections?\b", said)


_ON_DATE = re.compile(r"[\s,]*(?:when|at\s+which\s+(?:time|point)|the\s+(?:month|year)\s+(?:when|in\s+which))\b")
"""A relative clause on a date, telling what happens then."""
_UNTIL = re.compile(
    r"\b(?:(?:until|by|before|no later than)\s+(?:(?:their|its|the(?:ir)?)\s+(?:\w+[- ]year\s+)?terms?\s+"
    r"(?:end|ends|expire|expires|run\s+out|runs\s+out)\s+(?:in\s+)?)?|"
    r"serves?\s+out\s+(?:their|its)\s+(?:\w+[- ]year\s+)?terms?\s+in\s+|"
    r"terms?,?\s+(?:that|which)\s+"
    rf"(?:end|expire|run\s+out)\s+in\s+)(?P<date>{p.MONTH}\s+(?:\d{{1,2}},?\s+)?\d{{4}})\b"
)
"""The chamber's deadline: 'until October 2025', 'by November 28, 2021' (to the day), 'until their terms end in October
2025', 'terms that end in ...'."""
