"""The clause a trade or investment amount belongs to, and whether it is a level at all, for the readers by roles
(`money_roles`, `money_pairs`).

An amount's clause is the one its sentence's structure gives it ('Japan bought $80 billion of U.S. goods'), or, for
an amount fronted before its subject and set off by a colon or a dash, the words after the mark ('$104.4 billion:
that was the value of U.S. exports of goods and services to Japan last year', '$121 billion, the value of ...'):
the fronted amount is what they describe. An amount that is a difference, a part of a whole or a term of a
comparison is no level of a fact. A clause saying 'last year' (and no year) dates its amount the year before the
cover's.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.clause_subjects import with_subject
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.parsers import YEAR
from usjapan_facts.extract.stated_years import stated_year

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_FRONTED = re.compile(
    r"(?:^[\W_]*|(?<=[a-z\d)][.!?])\s+)(?:(?:some|about|roughly|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?$",
    I,
)
"""Nothing but a hedge before the amount: it opens its sentence (or what the splitter left of one: '... in 2020. $104.4
billion: that was')."""
_SET_OFF = re.compile(r"\s*(?::|\u2014|\u2013|--|\s-\s|,(?=\s+(?:that|this|the|which)\b))\s*")
"""The mark that sets a fronted amount off from what describes it."""
_DESCRIBES = re.compile(
    r"^(?:(?:that|this|it)\s+(?:was|is|were|are|had\s+been|has\s+been)\s+|which\s+(?:was|is)\s+)?(?:the|its|their)\s+"
    r"(?:value|worth|size|sum|total|amount|level|stock|position|tally|figure|bill)\b",
    I,
)
"""What describes a fronted amount: 'that was the value of', 'the stock of'; never a clause of its own verb."""
_DESCRIPTION_END = re.compile(r"\s*(?:;|\u2014|\u2013|--|\s-\s|\(|$)")


def fronted_clause(text: str, candidate: Candidate) -> str | None:
    """The words describing an amount fronted before them, up to the next semicolon or dash: None when the amount is
    not fronted ('$104.4 billion: that was the value of U.S. exports ... to Japan last year, down ...')."""
    if not _FRONTED.search(text, max(0, candidate.start - 40), candidate.start) or not (
        mark := _SET_OFF.match(text, candidate.end)
    ):
        return None
    rest = text[mark.end() :]
    if not _DESCRIBES.match(rest):
        return None
    end = next(m.start() for m in _DESCRIPTION_END.finditer(rest) if m.start() > 0)
    return rest[:end]


def amount_clause(text: str, candidate: Candidate) -> str:
    """The clause an amount belongs to: the words describing it when fronted, else its clause with its subject."""
    if (described := fronted_clause(text, candidate)) is not None:
        return described
    spans = clauses(text)
    return with_subject(text, spans, clause_of(spans, candidate.start))


_FLOW_VERB = (
    r"(?:sold|sells|shipped|ships|exported|supplied|supplies|sent|sends|provided|bought|buys|took|takes|purchased|"
    r"imported|absorbed|spent)"
)
_COORDINATED_VERB = re.compile(rf"\s*,?\s*and\s+(?:(?:also|then|in\s+turn)\s+)?(?={_FLOW_VERB}\b)", I)
"""A verb of trade coordinated with the clause before, with no subject of its own: ', and shipped $134.0 billion'."""
_JOINED_VERB = re.compile(rf"\s+and\s+(?:(?:also|then|in\s+turn)\s+)?(?={_FLOW_VERB}\b)", I)
_FRONT = r"(?:(?:In|By|During|At|As\s+of|Through)\s[^,;$]{1,60}|[^,;$]{1,80}\b(?:19|20)\d\d),\s+"
"""A time or place set off before a clause's subject: 'In 2018, ', 'Fourth among U.S. trading partners in 2018, '."""
_SUBJECT = re.compile(
    rf"^(?:{_FRONT})??(?P<subject>[^,;$]{{1,60}}?)(?:\s*,(?P<aside>[^,;$]{{1,120}}),)?\s+(?:(?:also|then)\s+)?{_FLOW_VERB}\b",
    I,
)
"""The subject of a clause of trade: the words before its verb ('Japan', 'Japanese firms'), a time or place set off
before it ('In 2018, Japan bought') or a phrase set off after it ('Japan, the fourth-largest U.S. trading partner,
bought') no part of it; a phrase set off that names a country is the subject itself ('Japan's largest Asian rival,
China, bought'): then the clause's subject is unsure (`_subject_of`)."""
_COUNTRY_NAMED = re.compile(OTHER_COUNTRIES)


def _subject_of(clause: str) -> re.Match[str] | None:
    subject = _SUBJECT.match(clause)
    return None if subject is None or _COUNTRY_NAMED.search(subject.group("aside") or "") else subject


_COORDINATED_ROLE = re.compile(r"\s*,?\s*and\s+(?:also\s+)?(?=as\s+(?:an?|the)\s+)", I)
"""A role coordinated with the clause before, with no subject of its own: ', and as a supplier of U.S. imports, at'."""
_PARTY_SUBJECT = re.compile(
    r"^(?:(?:In|By|During|At)\s+[^,;$]{1,30},\s+)?(?P<subject>It|Japan|Tokyo|the\s+United\s+States|"
    r"U\.S\.\s+(?:firms|companies|exporters|importers|buyers|consumers))\b",
    I,
)
"""A clause's subject named as a party or a pronoun at its head ('It held the same position as ...')."""


def own_predicate(text: str, candidate: Candidate, clause: str) -> str | None:
    """An amount's clause read as its own when it has no subject but the one of the clause before it (`clause`, the
    two together): a verb of trade ('Japan bought $66.8 billion of U.S. goods that year, and shipped $134.0 billion in
    return' gives 'Japan shipped $134.0 billion in return', whose verb, not the first one's, tells the flow) or a role
    ('It held the same position as a market for U.S. exports, ..., and as a supplier of U.S. imports, at $136.5
    billion' gives 'It as a supplier of U.S. imports, at $136.5 billion'). None when the clause is no such predicate."""
    spans = clauses(text)
    start, end = clause_of(spans, candidate.start)
    own = text[start:end]
    if own != clause and (verb := _COORDINATED_VERB.match(own)) and (subject := _subject_of(clause)):
        return f"{subject.group('subject')} {own[verb.end() :]}"
    # No comma before the join ('sold $131 billion to Japan and bought $178 billion from it'): the verb after the
    # amount before starts the amount's own words.
    at = max(0, text.find(clause))
    joins = [m for m in _JOINED_VERB.finditer(text, at, candidate.start) if "$" in text[at : m.start()]]
    if joins and "$" not in text[joins[-1].end() : candidate.start] and (subject := _subject_of(clause)):
        return f"{subject.group('subject')} {text[joins[-1].end() : max(end, at + len(clause))]}"
    # A role joined on shares its clause with the one before ('..., and as a supplier'): its words start at the join.
    roles = [
        m for m in _COORDINATED_ROLE.finditer(text, at, candidate.start) if "$" not in text[m.end() : candidate.start]
    ]
    if roles and (party := _PARTY_SUBJECT.match(clause)):
        return f"{party.group('subject')} {text[roles[-1].end() : max(end, at + len(clause))]}"
    return None


_COMPARING = re.compile(
    r"\b(?:(?:(?:far|much)\s+)?(?:more|less|larger|smaller|bigger|greater|lower|higher)\s+than|than|"
    r"(?:(?:almost|nearly|about|roughly|some|over|more\s+than)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+(?:\.\d+)?)\s+times|twice|dwarfed\s+by|compared\s+(?:with|to)|versus|(?:as\s+)?against|(?:only\s+)?(?:a|one)\s+(?:half|third|"
    r"quarter|fifth|sixth|tenth)\s+(?:of|the\s+size\s+of))\b",
    I,
)
"""A word that sets two terms of a comparison apart: 'than', 'five times', 'dwarfed by', 'compared with', 'against'."""
_COMPARED_AFTER = re.compile(
    r"\b(?:than|behind|after|ahead\s+of|trailing|runner[- ]up|second\s+to|next\s+to|only\s+to|"
    r"exceeded\s+(?:only\s+)?by|surpassed\s+by|compared\s+(?:with|to)|versus|unlike)\b",
    I,
)
"""A word after an amount that names what it is weighed against: 'was runner-up to the United Kingdom's', 'the
fifth-largest, after those with China': the countries named there own nothing of the amount."""


def compared_term(text: str, candidate: Candidate) -> str | None:
    """The term of a comparison the amount stands in, the sentence cut at the words that compare ('more than five times
    the $136.3 billion U.S. stock in Japan', 'than Japan's $484.4 billion'); None in a sentence comparing nothing."""
    compares = [m.start() for m in _COMPARING.finditer(text)]
    if not compares:
        return None
    cuts = sorted({0, *compares, *(m.end() for m in re.finditer(r";", text)), len(text)})  # a term ends its clause
    start = max(at for at in cuts if at <= candidate.start)
    end = min(at for at in cuts if at > candidate.start)
    return text[start:end]


_RANKED_BEHIND = re.compile(
    r"\b(?:(?:only|second|next)\s+to|behind|trailing|runner[- ]up\s+to|(?:exceeded|surpassed|topped)\s+(?:only\s+)?by)"
    r"\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?:\W?s\b)?",
    I,
)
"""A country a rank before the amount puts ahead: in 'Japan stood second only to the United Kingdom as a source of
investment ..., with $484.4 billion' the United Kingdom owns nothing of the amount."""


def uncompared(text: str, clause: str, candidate: Candidate) -> str:
    """An amount's clause without what follows a comparing word after the amount, and without the country a rank
    before it puts ahead: in 'Japan's $484.4 billion ... was runner-up to the United Kingdom's', and in 'Japan stood
    second only to the United Kingdom ..., with $484.4 billion', the United Kingdom owns nothing of the amount."""
    at = text.find(clause)
    if at < 0 or not at <= candidate.end <= at + len(clause):
        return clause
    head, tail = _RANKED_BEHIND.sub(" ", clause[: candidate.end - at]), clause[candidate.end - at :]
    compared = _COMPARED_AFTER.search(tail)
    return head + (tail[: compared.start()] if compared else tail)


_LAST_YEAR = re.compile(r"\blast\s+year\b|\bthe\s+(?:past|previous|prior)\s+year\b", I)


def last_year(clause: str, cover: int | None) -> str | None:
    """The year before the cover's when the clause says 'last year' ('that was the value ... last year')."""
    return str(cover - 1) if cover is not None and _LAST_YEAR.search(clause) else None


_RANKED_LAST_YEAR = re.compile(
    r"^(?:[\w\s]+,\s+)?Japan\s+was\s+the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-)?"
    r"largest\s+U\.S\.\s+(?:trading\s+partner|export\s+market|source\s+of\s+imports)\s+last\s+year\.?$",
    I,
)
"""Japan's rank among U.S. partners said of last year, and nothing else: 'Counting goods and services together,
Japan was the sixth-largest U.S. trading partner last year.'"""
_OTHER_TIME = re.compile(
    r"\b(?:this|that|next|ago|decade|through|so\s+far|peak\w*|pandemic|when|while|running|since|until|before|after|"
    r"earlier|later|once|had|month\w*|quarter\w*|forecast\w*|expect\w*|will|would|year|years|percent)\b|%|[\"\u201c\u201d]|"
    r"\n|#",
    I,
)
"""A figure's sentence, or one between it and the rank, that tells a time of its own or is no plain figure."""


def ranked_last_year(
    text: str, context: tuple[dict[str, str], dict[str, str]], cover: int | dt.date | None, steps: int = 3
) -> str | None:
    """The year before the `cover`'s (a year, or the cover's date) for a figure in `text` when, within `steps`
    sentences before, Japan's rank among U.S. partners is said of 'last year' and only plain figures of no time of
    their own stand between ('Japan was the sixth-largest U.S. trading partner last year. U.S. exports to Japan came
    to $131.4 billion'). The one carry of 'last year' the readers make: a 'last year' that compares ('since last
    year'), dates a deed or another subject ('visited Washington last year', 'China was ... last year') carries
    nothing, nor one before a figure of its own time ('The year before, ...', 'Through May, ...') or across a heading
    (`context`: the map of each sentence to its section's heading, and to the sentence before it)."""
    sections, preceding = context
    figure, cover = text, cover.year if isinstance(cover, dt.date) else cover
    if cover is None:
        return None
    for _ in range(steps):
        if "$" not in text or _OTHER_TIME.search(text) or stated_year(text)[0] or YEAR.search(text):
            return None
        text = preceding.get(text, "")
        if _RANKED_LAST_YEAR.match(text.strip()):
            return str(cover - 1) if sections.get(text) == sections.get(figure) else None
    return None


_DIFFERENCE = re.compile(r"\bby\s+(?:(?:about|some|roughly|nearly|almost|over|more\s+than)\s+)?$", I)
"""'imports exceeded exports by $69 billion': a difference, not a level."""
_COMPARED_TO = re.compile(
    r"\b(?:than|(?:sliver|fraction|part|portion)\s+of|compared\s+(?:with|to)|versus|dwarfed\s+by)\s+(?:the|a|an|its)\s+"
    r"(?:\w+\s+){0,2}?(?:\u00a5[\d.,]+\s*(?:trillion|billion)\s*\(?)?(?:then\s+)?(?:(?:some|about|roughly|nearly)\s+)?$",
    I,
)
"""An amount weighed against: 'a sliver of the record \u00a536 trillion (then some $317 billion) extra budget'."""
_PART_OR_COMPARED = re.compile(
    r"\s*(?:of|out\s+of)\s+(?:the|a|an|its|that|this|them|it|these|those)\b|\s*(?:more|less|larger|smaller|higher|lower|bigger|above|below)\b",
    I,
)
"""A part said of a whole ('$55 billion of the $180 billion'), or a comparison ('$10 billion larger than')."""


_WHOLE_OF_A_PART = re.compile(
    r"[$\u00a5][\d.,]+\s*(?:billion|million|trillion)?\s+(?:of|out\s+of)\s+(?:the|a|an|its)\s+"
    r"(?:(?:about|some|roughly|nearly|around|overall|combined|total)\s+)?$",
    I,
)
"""The whole after a part of it: the $121 billion of 'Services made up $44 billion of the $121 billion in U.S. exports'
(the part's level is the first amount, never this one)."""


def whole_of_a_part(text: str, candidate: Candidate) -> bool:
    """Whether the amount is the whole a part before it is said of: '$44 billion of the $121 billion'."""
    return _WHOLE_OF_A_PART.search(text, max(0, candidate.start - 60), candidate.start) is not None


def part_of(text: str, candidate: Candidate) -> bool:
    """A difference, a part of a whole or a comparison: no level of the fact."""
    return bool(
        _DIFFERENCE.search(text, max(0, candidate.start - 30), candidate.start)
        or _COMPARED_TO.search(text, max(0, candidate.start - 70), candidate.start)
        or _PART_OR_COMPARED.match(text, candidate.end)
    )


__all__ = [
    "amount_clause",
    "compared_term",
    "fronted_clause",
    "last_year",
    "own_predicate",
    "part_of",
    "ranked_last_year",
    "uncompared",
]
