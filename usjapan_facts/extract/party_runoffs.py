"""The LDP's leadership vote named by a word for a vote and the office it fills, and dated by the day beside those
words: 'defeating Takaichi in a runoff for the Liberal Democratic Party (LDP) presidency on September 27', 'a September
27, 2024, ballot for the LDP leadership', 'who beat Takaichi in the LDP's September 27, 2024, runoff'. A vote only
hoped for or to come in a condition, or another party's, is none; nor a win in another's relative clause ('Ishiba beat
Takaichi, who won the LDP presidency a year later').
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.election_dates import election, last_such_day
from usjapan_facts.extract.leadership import LDP as _LDP
from usjapan_facts.extract.leadership import OTHER_PARTY, WIN
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.word_choice import may_hold
from usjapan_facts.extract.yearless_wins import yearless_win

_VOTE = r"(?:(?:party|leadership|presidential)\s+)?(?:runoff|run-off|ballot|vote|election|race|contest)\b"
"""A word for the party's vote, spelled once: 'runoff', 'leadership contest', 'party race'."""
_GATE = re.compile(rf"\b(?:LDP|Liberal)\b(?=.*\b{_VOTE})|\b{_VOTE}(?=.*\b(?:LDP|Liberal)\b)", re.I | re.S)
_PARTY = ("ldp", "liberal")
"""The party's words (lower case), one of which every sentence `_GATE` finds holds: asked first, its scans then."""
_OFFICE = (
    rf"(?:{_LDP}(?:\W?s)?\s+(?:presidency|leadership)|(?:party\s+)?(?:presidency|leadership|helm)\s+of\s+the\s+{_LDP})"
)
_HOLDER = rf"(?:{_LDP}\s+(?:president|leader)|(?:party\s+)?(?:president|leader|head)\s+of\s+the\s+{_LDP})"
_WON = (
    rf"\b(?:(?:won|captured|secured|clinched|took)\s+(?:the\s+)?{_OFFICE}"
    rf"|(?:became|was\s+elected|was\s+chosen\s+as)\s+(?:the\s+)?(?:new\s+)?{_HOLDER})"
)
_DAY = rf"{p.MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
_NAMED = re.compile(
    # the vote by the office it fills: 'a runoff for the LDP presidency on September 27'
    rf"\b(?:(?P<before>{_DAY}),?\s+)?{_VOTE}\s+(?:for|to\s+decide)\s+(?:the\s+)?{_OFFICE}"
    rf"(?:,?\s+(?:on|held(?:\s+on)?)\s+(?P<after>{_DAY}))?"
    # the vote by its party: 'who beat Takaichi in the LDP's September 27, 2024, runoff'
    rf"|\b{_LDP}\W?s\s+(?P<own>{_DAY}),?\s+{_VOTE}"
    # the office won, and the vote it was won in: 'became LDP president after a September 27 runoff', 'took the helm
    # of the LDP on September 27, 2024, edging out Takaichi in a runoff'
    rf"|{_WON}(?:,?\s+on\s+(?P<on>{_DAY}))?[^.;]{{0,60}}?\b(?:in|at|after|following|through)\s+(?:a|an|the)\s+"
    rf"(?:(?P<near>{_DAY}),?\s+)?{_VOTE}(?:\s+(?:held\s+)?(?:on\s+)?(?P<held>{_DAY}))?"
)
_DAY_GROUPS = ("before", "after", "own", "on", "near", "held")
"""The groups of `_NAMED` that hold the vote's day, the likeliest first."""
_NOT_HELD = re.compile(
    r"\b(?:hopes?|hoped|hoping|expected|likely|may|might|could|would|will|if|unless|once|seeks?|seeking|aims?|plans?|"
    r"set\s+to|bid)\b"
)
"""A vote not (yet) held: no date of the LDP's leadership vote (another party's named beside it is `OTHER_PARTY`)."""
_CHAMBER = re.compile(r"\b(?:House|chamber|Diet|general)\b")
"""A chamber's vote named before the party's: the day may be the chamber's."""
_IN_VOTE = re.compile(
    rf"\b(?:[Ii]n|[Aa]t)\s+(?:a|an|the)\s+(?P<day>{p.MONTH}\s+\d{{1,2}})(?:,\s*(?P<year>\d{{4}}),?)?\s+{_VOTE}"
)
"""The vote a win is won in: 'beating Takaichi in a September 27 runoff'."""
_ANOTHERS = re.compile(r",\s+who\b[^,;]*$")
"""A win told in a relative clause of another person: 'Ishiba beat Takaichi, who won the LDP presidency ...'."""


def party_runoff(text: str, cover: str) -> tuple[str, Fields] | None:
    """The LDP's leadership vote a sentence names by a word for a vote and the office, dated by the day beside it, or
    won in a vote named beside the win."""
    if not may_hold(text, _PARTY) or not _GATE.search(text) or _NOT_HELD.search(text) or OTHER_PARTY.search(text):
        return None
    named = _NAMED.search(text)
    if named is None or _CHAMBER.search(text, 0, named.end()):
        return _won_in_vote(text, cover)
    written = next((named.group(key) for key in _DAY_GROUPS if named.group(key)), None)
    if written is None:
        return None
    day: str | None = written
    if not p.dates(written):  # a day without its year: the year of the sentence's one other day, else the last such day
        days = {value for value, _ in p.dates(text) if len(value) == 10}
        day = f"{written}, {days.pop()[:4]}" if len(days) == 1 else None
    date = written_date(day) if day else last_such_day(_this_year(written, cover), cover)
    return election("ldp_president", "LDP president", date, cover, "") if date else None


def _won_in_vote(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's vote a leader won, dated by the vote named beside the win: 'won the LDP presidency on his fifth try,
    beating Takaichi in a September 27 runoff'; never a chamber's vote, nor a win told of another."""
    vote = _IN_VOTE.search(text)
    win = WIN.search(text) if vote else None
    if vote is None or win is None or ";" in text[min(win.start(), vote.start()) : max(win.end(), vote.end())]:
        return None
    if _CHAMBER.search(text, 0, max(win.end(), vote.end())) or _ANOTHERS.search(text, 0, win.start()):
        return None
    year = vote.group("year")
    day = (
        f"{vote.group('day')}, {year}"
        if year
        else yearless_win(vote.group("day"), text[vote.end() :], cover, text[: vote.start()])
    )
    dated = p.dates(day) if day else []
    return election("ldp_president", "LDP president", dated[0][0], cover, "") if dated else None


def _this_year(day: str, cover: str) -> str:
    """A day written without its year ('September 27'), in the cover's year."""
    month, number = day.split()[:2]
    return f"{cover[:4]}-{p.month_number(month):02d}-{int(number.strip(',')):02d}"
