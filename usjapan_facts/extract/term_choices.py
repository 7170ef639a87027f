"""A contest told by a term's end and the choice it calls for, not by an election's word: 'Suga won ... only for the
remainder of Abe's term, which ends in September; the LDP must choose a president again by then', 'his mandate from
the party lasts only until September 2021, when he must win its backing a second time', 'Kishida's own term as LDP
president runs to September 2024, when members will decide on another three years'. Pure, no I/O.

The roles: a term (or a mandate) and its end, dated in its clause (a relative clause is joined to the term it tells
of: 'Abe's term, which ends in September'); and, in another clause of the sentence, a choice to come (a deed of
choosing, voting or winning, `CHOICE`, said as due or to come, `COMING`), with no date of its own. The contest falls at
the term's end. Which body's contest it is, the caller says (`contest_roles`).
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p

TERM_END = re.compile(
    r"\b(?:term|mandate)\b[^;]{0,60}?\b(?:ends|expires|lapses|runs\s+out|is\s+up|"
    r"(?:runs|lasts)\s+(?:only\s+)?(?:to|until|through))\b"
    # the holder as the subject: 'Okinawa's governor ends his term in September'
    r"|\b(?:ends|finishes|completes|serves\s+out)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:term|mandate)\b",
    re.I,
)
"""A term's end: 'term ... ends', 'expires', 'runs out', 'runs to', 'his mandate ... lasts only until', 'ends his
term'."""
CHOOSERS = r"(?:members|voters|lawmakers|delegates|the\s+party|party\s+members|(?:[Tt]he\s+)?LDP)"
CHOICE = re.compile(
    r"\b(?:elections?|votes?|ballot|race|contest|runoff|polls|re-?elect(?:ed|ion)|elect|elects|win|wins|choose|chooses|"
    r"picks?|selects?|fac(?:es|ing)\s+(?:the\s+)?(?:voters|electorate)|(?:second|third|fourth|new|another)\s+"
    r"(?:(?:three|four|two)-year\s+)?term|another\s+(?:three|four|two)\s+years)\b"
    rf"|\b{CHOOSERS}\s+(?:will\s+|must\s+|(?:is|are)\s+to\s+)?(?:decide|vote|cast\s+(?:their\s+)?ballots)\b",
    re.I,
)
"""A deed of choosing to come: a vote or election, choosing or winning ('win its backing a second time'), a new term
('another three years'), or what the choosers do ('members will decide')."""
COMING = re.compile(
    r"\b(?:will|is\s+to|are\s+to|due|likely|then|another|next|must|has\s+to|have\s+to|again|a\s+second\s+time)\b", re.I
)
"""Words of a choice to come or due."""
_OPENS_RELATIVE = re.compile(r"^\s*(?:which|that)\b", re.I)


def term_end_pieces(pieces: list[str]) -> list[str]:
    """The pieces of a sentence that tell a term's end (`TERM_END`), a relative clause joined to the piece before
    ('for the remainder of Abe's term' + 'which ends in September')."""
    joined = [
        f"{pieces[at - 1]}, {piece}" if at and _OPENS_RELATIVE.match(piece) else piece
        for at, piece in enumerate(pieces)
    ]
    return [piece for piece in joined if TERM_END.search(piece)]


def choice_pieces(pieces: list[str]) -> list[str]:
    """The pieces of a sentence that tell a choice to come (`CHOICE`, `COMING`) with no date of their own and no term's
    end."""
    return [
        piece
        for piece in pieces
        if CHOICE.search(piece) and COMING.search(piece) and not TERM_END.search(piece) and not p.dates(piece)
    ]


__all__ = ["CHOICE", "COMING", "TERM_END", "choice_pieces", "term_end_pieces"]
