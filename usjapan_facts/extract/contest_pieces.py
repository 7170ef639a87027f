"""The parts of a sentence a contest's roles are read in (`contest_roles`): its clauses, each cut again where a
relative clause starts and ends; the phrases of each; and a deed joined to the date the words after it give. Pure, no
I/O."""

from __future__ import annotations

import itertools
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_dates import LOOSE

_RELATIVE = re.compile(r",\s+(?=(?:who|whose|which)\b)")
"""Where a relative clause starts: its deed is another's ('Kato beat Hoshino, who captured the LDP leadership')."""
ASIDE = re.compile(
    rf",\s+(?:who|whose)\s+[^,;]*,|(?<=[a-z]),\s+(?:an?|the)\s+(?!(?:{p.MONTH}|day|week|month|year)s?\b)[^,;]{{3,90}}?,(?=\s+[a-z])"
)
"""A relative clause or a noun in apposition set off between commas ('Governor Tamaki Denny, an opponent of the
Henoko runway, to office on September 11'): without it, its subject meets its own verb."""
_PIECE = re.compile(r",\s+(?!(?:19|20)\d\d\b)|\s+(?:and|but)\s+(?=(?:he|she|the|party)\b)")
_PHRASE_ON = re.compile(r"^[\s,]*(?:as|on|in|at)\b")
"""A phrase with no verb of its own that goes on the deed before it ('..., as its president on the fourteenth')."""
_FRONTED_DAY = re.compile(rf"^\W*(?:On|In)\s+(?:{p.MONTH})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?$")


OPENS_RELATIVE = re.compile(r"^[\s,]*(?:who|whose|which)\b")


def _relative_cut(part: str) -> list[str]:
    """A relative clause cut from the words after its closing comma, its subject's own deed: 'who once won office
    promising to stop Henoko' and 'met the President in January 2031'."""
    found = _PIECE.search(part) if OPENS_RELATIVE.match(part) else None
    return [part[: found.start()], part[found.start() :]] if found else [part]


def dated_on(parts: list[str], pieces: list[str], event: re.Pattern[str]) -> list[str]:
    """A deed and the date the words after it give, cut apart: a clause of the contest's word with no date, and the
    next, dated, a phrase with no verb of its own ('The LDP chose his chief cabinet secretary, Suga Yoshihide' + ', as
    its president on the fourteenth of this month'); a fronted date and the piece after it ('On September 8' + 'the LDP
    gave him a second three-year term as its president')."""
    joined = [
        f"{one}{two}"
        for one, two in itertools.pairwise(parts)
        if event.search(one)
        and not event.search(two)
        and not p.dates(one)
        and _PHRASE_ON.match(two)
        and LOOSE.search(two)
    ]
    return joined + [f"{one}, {two}" for one, two in itertools.pairwise(pieces) if _FRONTED_DAY.match(one)]


def parts_and_pieces(text: str) -> tuple[list[str], list[str]]:
    """The sentence's clauses, each cut where a relative clause starts (`_RELATIVE`) and ends (`_relative_cut`), read
    with and without its asides (`ASIDE`: 'Governor Tamaki, who opposes the relocation, faces voters in September
    2022'); and the phrases of each (`_PIECE`)."""
    bare = ASIDE.sub("", text)
    parts = [
        part
        for said in dict.fromkeys((text, bare))
        for start, end in clauses(said)
        for relative in _RELATIVE.split(said[start:end])
        for part in _relative_cut(relative)
    ]
    return parts, [piece for clause in parts for piece in _PIECE.split(clause) if piece]


__all__ = ["ASIDE", "OPENS_RELATIVE", "dated_on", "parts_and_pieces"]
