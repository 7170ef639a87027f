"""The LDP's leadership vote named by a word for a vote and the office it fills, and dated by the day beside those
words: 'defeating Takaichi in a runoff for the Liberal Democratic Party (LDP) presidency on September 27', 'a September
27, 2024, ballot for the LDP leadership', 'who beat Takaichi in the LDP's September 27, 2024, runoff'. A vote only
hoped for or to come in a condition, or another party's, is none.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.election_dates import election, last_such_day
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.word_choice import holds_any

_LDP = r"(?:LDP|Liberal\s+Democratic\s+Party(?:\s+\(LDP\))?)"
_VOTE = r"(?:runoff|run-off|ballot|vote|election|race|contest)"
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
    rf"|\b{_LDP}\W?s\s+(?P<own>{_DAY}),?\s+(?:leadership\s+|presidential\s+)?{_VOTE}\b"
    # the office won, and the vote it was won in: 'became LDP president after a September 27 runoff', 'took the helm
    # of the LDP on September 27, 2024, edging out Takaichi in a runoff'
    rf"|{_WON}(?:,?\s+on\s+(?P<on>{_DAY}))?[^.;]{{0,60}}?\b(?:in|at|after|following|through)\s+(?:a|an|the)\s+"
    rf"(?:(?P<near>{_DAY}),?\s+)?{_VOTE}\b(?:\s+(?:held\s+)?(?:on\s+)?(?P<held>{_DAY}))?"
)
_VOTE_WORDS = ("runoff", "run-off", "ballot", "vote", "election", "race", "contest")
"""A word each match of _NAMED holds, as written (keep it so): a sentence without any is spared the scan."""
_NOT_HELD = re.compile(
    r"\b(?:hopes?|hoping|expected|likely|may|might|could|would|will|if|unless|once|seeks?|seeking|aims?|plans?|set\s+to)\b"
    r"|\b(?:CDP|DPP|Komeito|Ishin|Constitutional)\b"
)
"""A vote not (yet) held, or another party's, named beside the LDP's: no date of its leadership vote."""


def party_runoff(text: str, cover: str) -> tuple[str, Fields] | None:
    """The LDP's leadership vote a sentence names by a word for a vote and the office, dated by the day beside it."""
    if "LDP" not in text and "Liberal" not in text:
        return None
    named = _NAMED.search(text) if holds_any(text, _VOTE_WORDS) else None  # case-sensitive, as _NAMED is
    if named is None or _NOT_HELD.search(text):
        return None
    day = next((named.group(key) for key in ("before", "after", "own", "on", "near", "held") if named.group(key)), None)
    if day is None:
        return None
    if not p.dates(day):  # a day without its year: the year of the sentence's one other day, else the last such day
        days = {value for value, _ in p.dates(text) if len(value) == 10}
        day = f"{day}, {days.pop()[:4]}" if len(days) == 1 else None
    date = p.dates(day)[0][0] if day else last_such_day(_this_year(named, cover), cover)
    return election("ldp_president", "LDP president", date, cover, "")


def _this_year(named: re.Match[str], cover: str) -> str:
    """The yearless day a match names, in the cover's year."""
    day = next(named.group(key) for key in ("before", "after", "own", "on", "near", "held") if named.group(key))
    month, number = day.split()[:2]
    return f"{cover[:4]}-{p.month_number(month):02d}-{int(number.strip(',')):02d}"
