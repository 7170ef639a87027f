"""The Diet's votes in a sentence that gives more than one role: each date tied to the chamber named nearest it, for
the chambers' votes the election readers left unread. Pure, no I/O.

The roles, in one clause: which chamber (`contests.LOWER` and the Upper House's names, 'a snap poll' the Lower
House's), which date (a full date, or a month and day placed in the year the tense gives), how they are tied (the date
after the chamber, or before it as the vote's modifier: 'the July 21 upper-house balloting', or fronted: 'In December
2014, ...'), what makes the date the vote's (a vote's noun or a result: 'lost their upper-house majority on July 20,
2025'), held or to come (by the cover date). A date bounding a term is the Lower House's coming vote only when a vote
must come by it within `events.NEAR_DEADLINE` months. Ruled out: another deed between chamber and date ('who became
premier on'), another body's or country's vote, a vote supposed, urged or ruled out, a date a result is measured
against ('since', 'than in'), a latest date only.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import months_ahead
from usjapan_facts.extract.clause_chambers import (
    BACK,
    BODY,
    CHAMBER,
    RESULT_NOUN,
    Mark,
    carried_chamber,
    gapped,
    where_chamber,
)
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.contest_vetoes import ruled_out
from usjapan_facts.extract.election_dates import STEP_FROM_COVER, election
from usjapan_facts.extract.election_words import ABROAD, foreign_or_partial
from usjapan_facts.extract.events import DEADLINE_NOUN, LATEST_ONLY, NEAR_DEADLINE
from usjapan_facts.extract.japan import DUE_WORDS
from usjapan_facts.extract.own_dates import YEARS_APART
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.vote_hedges import NOUN, SUPPOSED, URGED
from usjapan_facts.extract.word_choice import holds_any

_VOTE = re.compile(
    rf"\b{NOUN}\b|\b(?:loss|losses|defeat|victory|landslide|rout|drubbing|setback)\b"
    r"|\b\d{2,3}\s+(?:of\s+(?:the\s+|its\s+)?\d{3}\s+)?(?:[\w-]+\s+){0,2}?seats\b|\b(?:balloting|voting)\b|\bcontested\b|\bup\s+for\s+(?:grabs|election)\b|\bvoters?\b|\belectorate\b"
    r"|\b(?:lost|lose|loses|losing|won|win|wins|winning|kept|keeps|retained|retains|gained|captured|secured|took|"
    r"swept|regained|surrendered|ceded|forfeited|stripped)\b[^;]{0,60}?\b(?:majorit(?:y|ies)|seats|control|landslide)\b",
    re.I,
)
"""What makes a chamber's date its vote's: a vote's noun, or a result won or lost ('their upper-house majority')."""
_DAY = re.compile(rf"\b(?P<month>{p.MONTH})\s+(?P<day>[12]\d|3[01]|0?[1-9])\b(?!,?\s*\d{{4}}|\s*[-\u2013]\s*\d)")
"""A month and day without the year: 'the snap election he called for October 22'."""
_WAS = re.compile(
    r"\b(?:was|were|had|won|lost|took|returned|held|kept|retained|swept|gave|handed|cost|expanded|gained|"
    r"led|routed|stripped|left)\b",
    re.I,
)
_WILL = re.compile(r"\b(?:will|is|are|to\s+be|scheduled|set|slated|due|upcoming|next)\b", re.I)
_OTHER_BODY = re.compile(
    r"\b(?:president\w*|(?<!his\s)(?<!her\s)(?<!their\s)leadership|governor\w*|mayor\w*|local|municipal|party\W?s|"
    r"(?<!\bas\s)prime\s+minister(?!\s+(?-i:[A-Z]))|premier|took\s+office|quit|resign\w*|in\s+the\s+wake\s+of)\b"
    r"|\b(?:no-?confidence|confidence|censure|Diet|floor|plenary|ratification)\s+(?:motion|vote|ballot)|\bvotes?\s+on\s+(?:the|a|an)\b",
    re.I,
)
"""Another body's vote or deed in the clause, the chamber's vote only its occasion ('won the LDP leadership vote ...
months after the coalition's defeat in the July 21 Upper House election', 'in the wake of the July upper-house
rout'), or a vote of the chamber's members ('a no-confidence vote in the Lower House'); not a title before a name
('Prime Minister Takaichi dissolved ...'), a doer's office ('must, as prime minister, call ...') nor a relative clause
about the doer (`_WHO`)."""
_WHO = re.compile(r",\s+who\s+[^,;]*,")
"""A relative clause about the doer: 'Takaichi, who won the LDP leadership contest on October 4, 2025, dissolved'."""
_BEFORE_DATE = re.compile(
    r"\b(?:(?P<by>until|by|before|through|no\s+later\s+than)|since\s+(?:the\s+)?|than\s+(?:in\s+)?(?:the\s+)?)\s*$",
    re.I,
)
"""A date that bounds a term, or one a result is measured against: not the vote's day."""
_TERM_ENDS = re.compile(
    r"\b(?:terms?|mandate)\b[^;]{0,40}?\b(?:ends?|expires?|lapses?|run(?:s|ning)?\s+(?:out|until|to|through))\b", re.I
)
_DUE = re.compile(DUE_WORDS, re.I)
_FRONTED_DATE = re.compile(r"^\W*(?:In|On)\s+$")
_MODIFIER = re.compile(r"[\s,]*(?:(?:the|a|an|its|their)\s+)?(?:(?:snap|general|regular|national)\s+)?", re.I)
"""What may stand between a date and the chamber it is said of: 'the July 21 upper-house balloting'."""
_ANOTHER = re.compile(
    r"\b(?:who|whom|whose|which|became|becomes|took\s+office|succeeded|resign\w*|announced|appointed|named|"
    r"campaign\w*|began|begins|started|kicked\s+off|(?:days?|weeks?|months?)\s+(?:after|before))\b",
    re.I,
)
"""Another's deed between a chamber and a date: the date is that deed's ('the July 2022 election held two days after
the assassination of former Prime Minister Abe on July 8')."""
_MUST_VOTE = re.compile(
    r"\b(?:must|has\s+to|have\s+to|required\s+to|needs?\s+to)(?:,[^,;]{1,40},)?\s+(?:\w+\s+){0,3}?(?:be\s+held|"
    r"take\s+place|face\s+(?:the\s+)?(?:voters|electorate)|go\s+(?:back\s+)?to\s+the\s+(?:voters|polls)|call|lead|hold|"
    r"take)\b",
    re.I,
)
"""A vote that must come by the date: 'must face the voters by October 2021', 'must be held no later than', 'must, as
prime minister, call ...', 'must take it into a general election by ...'."""
_DENIED = re.compile(r"\b(?:no(?!\s+later)|not|never|need\s+not|unless|if)\b", re.I)
_BY_THEN = re.compile(r"\b(?:by|before)\s+(?:then|that\s+(?:time|date|month))\b", re.I)
_CALLED_FOR = re.compile(rf"\bcall(?:s|ed)?\s+for\s+(?={p.MONTH})")
_REPORTED = re.compile(
    rf"\b(?:said|says|announced|announces|declared|told\s+\w+)(?:\s+on\s+{p.MONTH}\s+\d{{1,2}})?\s+that\b.*$"
)
"""What a doer said: its 'would' is the saying's, not a vote supposed ('..., said on September 7 that he would step
down')."""


_MEASURED = re.compile(r"\b(?:since|than|until|before)\s+(?:in\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.I)
"""A year a result is measured against or bounded by ('for the first time since 2009'): never a yearless day's year."""
_OF_YEAR = re.compile(rf"\b(?P<month>{p.MONTH})\s+of\s+(?P<rel>this|next|last)\s+year\b")


def _dated(text: str, cover: str, said: str = "") -> list[tuple[int, int, str]]:
    """The sentence's dates, with a month and day said without the year placed in the one year the sentence names
    (or, naming none nor a vote to come, the one month and year the sentence before, `said`, gives: 'Abe's hold on
    power tightened in October 2017. In the snap election he called for October 22, ...'), else in the cover's year,
    one before or after as the verbs' tense says; a month of a year counted from the cover's ('October of next
    year')."""
    found = [(m.start(), m.end(), value) for value, m in p.dates(text) if len(value) >= 7]
    found += [  # 'by October of next year': the month of a year counted from the cover's
        (
            m.start(),
            m.end(),
            f"{int(cover[:4]) + STEP_FROM_COVER[m.group('rel').lower()]}-{p.month_number(m.group('month')):02d}",
        )
        for m in _OF_YEAR.finditer(text)
    ]
    apart = [m.span() for m in YEARS_APART.finditer(text)]  # ', three years after winning in 2022': another's year
    stated = [m for m in p.YEAR.finditer(text) if not _MEASURED.search(text, 0, m.start())]
    years = {m.group("year") for m in stated if not any(s <= m.start() < e for s, e in apart)}
    months = {value[:7] for value, _ in p.dates(said)} if said and not years and not _WILL.search(text) else set()
    if len(months) == 1:
        month = next(iter(months))
        years = (
            {month[:4]}
            if any(p.month_number(m.group("month")) == int(month[5:]) for m in _DAY.finditer(text))
            else years
        )
    for m in _DAY.finditer(text):
        if any(s <= m.start() < e for s, e, _ in found):
            continue
        day = f"{p.month_number(m.group('month')):02d}-{int(m.group('day')):02d}"
        if len(years) == 1 and not found:  # a year of its own, not another date's
            found.append((m.start(), m.end(), f"{min(years)}-{day}"))
            continue
        if years or len(years) < len(stated):
            continue  # another date's year, or only a deed years apart names one: the day takes no year
        year, was, will = int(cover[:4]), _WAS.search(text) is not None, _WILL.search(text) is not None
        if was == will:
            continue  # no tense, or both: no year to place the date in
        if (was and f"{year}-{day}" > cover) or (will and f"{year}-{day}" < cover):
            year += -1 if was else 1
        found.append((m.start(), m.end(), f"{year}-{day}"))
    return sorted(found)


def _only_before(marks: list[Mark], index: int) -> Mark | None:
    """The chamber named before the date, over other dates, when the clause names that chamber alone: 'The Lower
    House, last chosen in October 2017, also must face the voters by October 2021'."""
    named = [mark for mark in marks if mark[2] == "c"]
    before = [mark for mark in marks[:index] if mark[2] == "c"]
    return before[-1] if before and len({mark[3] for mark in named}) == 1 else None


_VOTE_NAMED = re.compile(
    r",?\s+(?:(?:general|snap|national|upper-house|lower-house)\s+)?(?:elections?|vote|polls|balloting)\b"
)
"""A vote's noun the date runs into: 'since the October 2024 election' dates that election."""


def _coming_by(date: str, cover: str, around: tuple[str, str, str]) -> bool:
    """Tell whether the Lower House's vote must come by a date near enough (`events.NEAR_DEADLINE`) to be its coming
    vote: the duty said in the date's clause (`around`: the clauses before, of and after the date), from the clause
    before ('Whoever wins must, as prime minister, call ...') or in the next one pointing back ('The chamber's term
    ends in October 2021, so a general election must be held by then'). Never a duty denied ('need not') or one that
    words make only the latest date ('unless it is dissolved sooner', 'at the latest')."""
    last, clause, after = around
    due = next(
        (one for one in (clause, f"{last}{clause}") if _MUST_VOTE.search(one)),
        after if _BY_THEN.search(after) else "",
    )
    near = 0 < months_ahead(date, cover) <= NEAR_DEADLINE and _MUST_VOTE.search(due) is not None
    return near and not any(_DENIED.search(one) or LATEST_ONLY.search(one) for one in (clause, due))


def chamber_votes(sentence: Sentence, cover: str, before: str = "") -> list[tuple[str, Fields]]:
    """Each chamber's vote a sentence dates, however many roles it names: a date tied to the chamber named nearest it
    in its clause (before it, unless the date is said as the vote's modifier: 'the July 20, 2025, upper-house
    election'), with a vote's noun or a result between their neighbours. Ruled out: a date that bounds a term or that
    a result is measured against, a vote supposed, urged or ruled out, another body's or country's."""
    text = sentence.text
    out: list[tuple[str, Fields]] = []
    carried = carried_chamber(text, before)
    spans = clauses(text)
    parts = ["", *(text[one:two] for one, two in spans), ""]
    for at, (start, end) in enumerate(spans):
        last, next_clause = parts[at], parts[at + 2]  # the clauses before and after
        clause, gapped_verb = text[start:end], gapped(text[start:end], last)
        named = carried or sorted(
            (m.start(), m.end(), slug, body) for slug, body, pattern in CHAMBER for m in pattern.finditer(clause)
        )
        named = named or where_chamber(clause, last)
        dates = _dated(clause, cover, before.split("\n", maxsplit=1)[0] if not carried else "") if named else []
        said = _CALLED_FOR.sub(" ", clause)  # 'the snap election he called for October 22' was set, not urged
        said = _REPORTED.sub("", said)  # '..., said on September 7 that he would step down': another's deed
        if not dates or SUPPOSED.search(said) or URGED.search(clause) or _OTHER_BODY.search(_WHO.sub(",", clause)):
            continue
        marks: list[Mark] = sorted(
            [(s, e, "c", slug) for s, e, slug, _ in named] + [(s, e, "d", v) for s, e, v in dates]
        )
        for index, (s, e, kind, value) in enumerate(marks):
            if kind != "d":
                continue
            left = marks[index - 1] if index and marks[index - 1][2] == "c" else None
            right = marks[index + 1] if index + 1 < len(marks) and marks[index + 1][2] == "c" else None
            fronted = _FRONTED_DATE.match(clause[:s]) is not None
            modifier = right is not None and (fronted or _MODIFIER.fullmatch(clause[e : right[0]]) is not None)
            tied = right if modifier else left or _only_before(marks, index)
            gap = clause[min(tied[1], e) : max(tied[0], s)] if tied else ""
            if tied is None or _ANOTHER.search(gap):
                continue  # no chamber beside the date, or another's deed between them ('who became premier on')
            bound = _BEFORE_DATE.search(clause[:s][-30:])
            since = bound is not None and not bound.group("by") and _VOTE_NAMED.match(clause, e) is not None
            if tied is None or (bound and not bound.group("by") and not since):
                continue  # 'since October 2024' measures against a date; 'since the October 2024 election' dates it
            bound = None if since else bound
            first = index - (2 if tied is left else 1)
            lo = marks[first][1] if first >= 0 else 0
            after = index + (2 if tied is right else 1)
            hi = marks[after][0] if after < len(marks) else len(clause)
            window = clause[lo:hi]
            slug, body = tied[3], BODY[tied[3]]
            if slug == "upper_house" and str(value)[5:7] not in ("", "07"):
                continue  # the Upper House is chosen in July: another month's is another vote of it
            if ABROAD.search(window) or foreign_or_partial(text, str(value)):
                continue
            if DEADLINE_NOUN.search(window):
                continue  # 'Latest date for the next House of Representatives election': a deadline only
            # a deadline, or a vote due: the coming vote's only when near (`events.NEAR_DEADLINE`)
            if not since and (bound or _TERM_ENDS.search(window) or _DUE.search(window)):
                if slug == "lower_house" and _coming_by(str(value), cover, (last, clause, next_clause)):
                    out.append(election(slug, body, str(value)[:7], cover, "will"))
            elif _VOTE.search(window) or (gapped_verb and RESULT_NOUN.search(window)):
                out.append(election(slug, body, str(value), cover, window))
    return out


_GATE = ("house", "chamber", "councill", "snap", "general")


def unread_votes(sentences: list[Sentence], elections: dict[str, Fields], cover: str) -> None:
    """Add each chamber's vote the election readers left unread (`chamber_votes`), when every sentence that dates it
    gives the same date (or one a finer date of it); and date one they read to its month ('the lower chamber chosen in
    February') to the day another sentence gives it ('in the February 8, 2026, election'). A Lower House vote years
    ahead is dropped, whichever reader took it (`_only_the_term`)."""
    found: dict[str, list[tuple[Fields, Sentence]]] = {}
    for index, sentence in enumerate(sentences):
        if (
            len(sentence.text) > 600
            or sentence.cut
            or not (holds_any(sentence.folded, _GATE) or BACK.match(sentence.text))
        ):
            continue
        back = [one for one in sentences[max(0, index - 2) : index] if one.section == sentence.section]
        before = "\n".join(one.text for one in reversed(back))  # the nearer sentence first
        dated = any(c.isdigit() for c in sentence.text) or " year" in sentence.folded  # 'October of next year'
        for slug, fields in chamber_votes(sentence, cover, before) if dated else ():
            if slug in elections and not elections[slug]:
                continue  # left out: the sentences that state it disagree on its status
            known = str(elections[slug]["date"]) if slug in elections else None
            if ruled_out(slug, fields, sentences, index):
                continue  # a chamber carried from another country's, a local vote's date
            if known is None or (
                str(fields["date"]).startswith(f"{known}-") and fields["status"] == elections[slug]["status"]
            ):
                found.setdefault(slug, []).append((fields, sentence))
    for slug, votes in found.items():
        dates = sorted({str(fields["date"]) for fields, _ in votes}, key=len)
        if all(date.startswith(dates[0]) for date in dates) and len(set(dates) - {dates[0]}) <= 1:
            fields, sentence = next((f, s) for f, s in votes if f["date"] == dates[-1])
            elections[slug] = {**fields, "quote": sentence.text, "section": sentence.section}
    for slug in [slug for slug, fields in elections.items() if _only_the_term(slug, fields, cover)]:
        del elections[slug]


def _only_the_term(slug: str, fields: Fields, cover: str) -> bool:
    """Whether a Lower House vote read as to come stands further off than any vote is set (`events.NEAR_DEADLINE`):
    the chamber may be dissolved any time, so a date years ahead ('next vote: October 2028', a table of 2025) is its
    term's end, a deadline, whichever reader took it."""
    date, coming = str(fields.get("date", "")), fields.get("status") == "upcoming"
    return slug.startswith("lower_house") and coming and len(date) >= 7 and months_ahead(date, cover) > NEAR_DEADLINE


__all__ = ["chamber_votes", "unread_votes"]
