"""Whose a chamber's share is, and when it is said to hold: now, as the chamber's last vote gave it, or no longer.

The general reader of the chambers (`extract.chamber_roles`) asks this of each clause holding a share of seats: whether
the ruling coalition holds it (named, or pointed back to: 'the two hold' after a sentence naming the LDP and Komeito),
and when it holds:

- held now: no word of a past share, and no year before the cover's (a state since a vote holds now: 'holds 59% since
  the 2019 election', 'After the snap election of December 2014 the two hold 326 of the 475 seats');
- given by a vote (`won` words: 'won 293 of the Lower House's 465 seats ... in the general election of October 31,
  2021', 'came away with 313 of the 465 seats'): the chamber's make-up as long as no later vote changed it, so read
  when the vote named is no more than the chamber's term before the cover, and marked as a past statement, which a
  share said to hold now wins over;
- past: a share held before ('had held', 'going into the vote'), a gain or loss, a vote of more than a term ago.

Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.clauses import SINCE
from usjapan_facts.extract.rules.base import PAST, PLAIN, Fields
from usjapan_facts.extract.tense import NOW_MARK
from usjapan_facts.extract.values import percents

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

Patterns = tuple[re.Pattern[str], ...]
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_AFTER_VOTE = re.compile(
    r"^\W*(?:After|Following|Since)\s+(?:the\s+|its\s+|their\s+|a\s+)?[^,;]{0,60}?\b(?:elections?|vote|polls)\b"
    r"(?:\s+(?:of|on|in)\s+[^,;]{0,30}?)?(?=,|\s+(?:the\s+(?:two|partners|coalition|parties|bloc)|they|it)\s+"
    r"(?:now\s+)?(?:hold|holds|control|controls|have|has|command|commands|occupy|occupies)\b)",
    I,
)
"""A vote named as what a present state follows ('After the snap election of December 2014 the two hold ...'): the
share holds since, as 'since the election' says."""


def _any(patterns: Patterns, text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)


def _blanked(patterns: Patterns, text: str) -> str:
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return text


def held_by_coalition(words: dict[str, Patterns], clause: str, text: str, before: str, row: str = "") -> bool:
    """Whether the share's holder is the ruling coalition, and no other holder stands in the clause (or, for a
    table's cell, in its row's other labels)."""
    if _any(words["rival"], clause) or (row and _any(words["rival"], row)):
        return False
    joined = _any(words.get("joined", ()), clause)  # 'Together with its partner Komeito, the LDP controls'
    if not joined and any(_any(words.get("one_party", ()), said) for said in (clause, row)):
        return False
    if joined or _any(words["holder"], clause) or _any(words["holder"], text) or (row and _any(words["holder"], row)):
        return True
    pointed = _any(words["back"], clause) and _any(words["holder"], before)
    if pointed and _any(words.get("pair", ()), clause):
        # 'the two parties', 'the partners': never one party alone ('the LDP won 316 by itself; counting Ishin's
        # seats, the governing camp holds'), nor a rival named after the pointer ('they depend on opposition votes').
        told = f"{_blanked(words['solo'], before)} {_blanked(words['solo'], text[: text.find(clause) + len(clause)])}"
        return not _any(words["rival"], told)
    alone = (*words["rival"], *words.get("one_party", ()))
    return pointed and not _any(alone, before) and not _any(alone, text)


def share_time(
    words: dict[str, Patterns], clause: str, row: str, sentence: str, cover: int | None, term: int
) -> int | None:
    """PLAIN for a share the clause (with a table's `row`, whose other columns may say 'Won' or 'Up for') says is held
    now, PAST for one its chamber's last vote gave (no more than `term` years before the `cover`), None for a share no
    longer held. `words` are the lexicon's word lists."""
    said = _AFTER_VOTE.sub("", SINCE.sub("", f"{clause}; {row}"))
    if _any(words["past"], said):
        return None
    years = [int(year) for year in _YEAR.findall(said)]
    if _any(words.get("won", ()), said):
        voted = _any(words.get("vote", ()), said) or _any(words.get("vote", ()), sentence)
        recent = cover is not None and term > 0 and all(cover - term <= year <= cover for year in years)
        # 'won 293 of the 465 seats in 2021; defections have since cut that to 288': changed since the vote.
        changed = NOW_MARK.search(sentence.replace(clause, " "))
        return PAST if voted and recent and not changed else None
    return None if cover and any(year < cover for year in years) else PLAIN


_FRACTION_BARE = re.compile(r"\b((?:[a-z]+-)?(?:thirds|fifths))\b(?!\s+of\b)", re.IGNORECASE)
"""A fraction with no 'of' after it, restating seats told before it: 'a total that works out to over two-thirds'."""
_LEVEL = re.compile(r"\bthe\s+((?:[a-z]+-)?(?:thirds|fifths))\s+(?:mark|threshold|line|level)\b", re.IGNORECASE)
"""A fraction named as a level, a hedge's side of it said before: 'comfortably above the two-thirds mark'."""
_APPOSED = re.compile(
    r"^\W*(?:or|that\s+is|i\.e\.|a\s+(?:total|figure|tally|shade|little|bit)|about|roughly|some|nearly|almost|just|"
    r"slightly|well|somewhat|comfortably|safely|easily|far|(?:above|below|beyond)\s+the)\b",
    re.IGNORECASE,
)
"""A clause set beside seats counted to restate them: '147 of 242 seats, or roughly three-fifths'."""


def fraction_restating(rest: str, after: str = "") -> set[tuple[object, str, bool]]:
    """The share a fraction gives in the words after seats counted ('N of M'), or in the clause `after` theirs when it
    restates them: the fraction is the share the text gives, not the count's rounded percent."""
    rest = _LEVEL.sub(r"\1", f"{rest} {after}" if _APPOSED.match(after) else rest)
    if not _FRACTION_BARE.search(rest):
        return set()
    return {(c.value, c.qualifier, False) for c in percents(_FRACTION_BARE.sub(r"\1 of the seats", rest))}


_JOINING = (
    r"[\s,(\u2014\u2013-]*(?:(?:or|about|roughly|some|nearly|almost|just|over|under|around|approximately|close\s+to)"
    r"\s+)*"
)
"""What may stand between a seat count and the share it restates: 'seats, or about 46%', 'seats (46%)'."""


def seat_share_said(fields: Fields, text: str) -> bool:
    """Whether a reading's share stands in its sentence as a percent of seats, in figures: right after a seat count
    ('215 of the chamber's 465 seats, or about 46%', '... seats (46%)') or before the seats it counts ('46% of the
    seats'); never a percent of something else ('as LDP support fell to about 27%')."""
    value = fields.get("value")
    if not isinstance(value, (int, float)):
        return False
    share = rf"(?<![\d.]){re.escape(f'{value:g}')}(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"
    after_seats = rf"\bseats\b{_JOINING}{share}"
    before_seats = rf"{share}\s+of\s+(?:the\s+|its\s+|their\s+)?(?:chamber\W?s\s+|\d+\s+)?seats\b"
    return re.search(f"{after_seats}|{before_seats}", text, re.IGNORECASE) is not None


__all__ = ["fraction_restating", "held_by_coalition", "seat_share_said", "share_time"]
