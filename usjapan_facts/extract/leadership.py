"""The LDP's leadership race in the words a brief uses for it: a leader's win, the end of a leader's term when the
party then chooses, or the day the party chooses. Each dated as the sentence writes it, the next such month or day
when it names no year; a condition ('once the LDP chooses') or another party's choice is no race.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.election_dates import election, month_number, next_month, status_of
from usjapan_facts.extract.japan import PARTY_VOTE
from usjapan_facts.extract.rules.base import Fields

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_DATE = rf"{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}}"
_LDP = r"(?:LDP|Liberal\s+Democratic\s+Party(?:\s+\(LDP\))?)"
_PARTY_CHOOSES = re.compile(PARTY_VOTE, I)
"""'..., when the party must choose a leader': the term's end is the party's vote, not only a deadline."""
_LEADERSHIP = re.compile(
    rf"\b(?:won|captured|secured)\s+(?:the\s+)?(?:{_LDP}\W?s?\s+(?:presidency|leadership)"
    rf"|(?:party\s+)?(?:presidency|leadership)\s+of\s+the\s+{_LDP})"
    rf"(?:\s+(?:election|race|contest|vote))?,?\s+(?:on|in)\s+(?:(?P<won>{_DATE})|(?P<day>{p.MONTH}\s+\d{{1,2}})\b(?!,?\s*\d))"
    rf"|\bterm\s+as\s+{_LDP}\s+(?:president|leader)\s+(?:ends|expires|runs\s+out)\s+in\s+(?P<ends>{_DATE})"
)
"""'Ishiba won the LDP leadership on September 27, 2024', 'Kishida's term as LDP president ends in September 2024,
when the party holds a leadership election': the party's election, dated by the win or by the end of the term."""


def _yearless_win(day: str, after: str, updated: str) -> str | None:
    """A win's day written without its year ('won the presidency of the LDP on October 4 and was elected prime minister
    on October 21, 2025'), given the year of the next dated day after it, or else the cover's when that day is past."""
    limit = next((value for value, _ in p.dates(after) if len(value) == 10), updated)
    dated = p.dates(f"{day}, {limit[:4]}")
    return f"{day}, {limit[:4]}" if dated and dated[0][0] <= limit else None


def leadership_win(text: str, updated: str) -> tuple[str, Fields] | None:
    """The party's election a sentence dates by its leader's win, or by the end of a term when the party then votes."""
    won = _LEADERSHIP.search(text) if ("LDP" in text or "Liberal" in text) else None
    if won is not None and won.group("ends") and not _PARTY_CHOOSES.search(text, won.end()):
        won = None  # 'his term as LDP president ends in September 2018, and he is expected to seek a third'
    if won is not None and won.group("day"):
        won = None if (day := _yearless_win(won.group("day"), text[won.end() :], updated)) is None else won
    else:
        day = None
    if won is None or not (dated := p.dates(won.group("won") or won.group("ends") or day or "")):
        return None
    date = dated[0][0]
    return f"ldp_president_{date[:4]}", {
        "body": "LDP president",
        "date": date,
        "status": status_of(date, updated, ""),
        "candidates": {},
    }


_LDP_TERM = re.compile(
    rf"\bterm\s+as\s+(?:the\s+)?(?:{_LDP}|party)\s+(?:president|leader|chief)"
    rf"|\bterm\s+as\s+(?:the\s+)?(?:president|leader)\s+of\s+(?:the\s+)?{_LDP}"
)
_TERM_RUNS = re.compile(
    r"(?:,[^,;]{1,80},)?\s+(?:ends|expires|runs\s+out|runs\s+(?:only\s+)?(?:to|until|through)|is\s+up|concludes)\s+"
    rf"(?:(?:in|on|at\s+the\s+end\s+of)\s+)?(?P<month>{p.MONTH})(?:\s+(?P<year>\d{{4}}))?\b"
)
"""'Kishida's term as LDP president ends in September', 'Suga's term as president of the Liberal Democratic Party
(LDP), which completes Abe's, runs only until September 2021'."""


def _ldp_term(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's leadership race, dated by the month its leader's term runs out (the next such month, unyeared),
    where the sentence says the party then chooses its leader."""
    term = _LDP_TERM.search(text)
    runs = _TERM_RUNS.match(text, term.end()) if term else None
    if runs is None or not re.search(_LDP, text) or not _PARTY_CHOOSES.search(text, runs.end()):
        return None
    month = month_number(runs.group("month"))
    date = f"{runs.group('year')}-{month:02d}" if runs.group("year") else next_month(month, cover)
    return election("ldp_president", "LDP president", date, cover, "will")


_CHOOSES = re.compile(
    rf"\b(?:{_LDP}|the\s+party)\b(?:\s+(?:lawmakers|members)(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?\s+members)?)?\s+"
    r"(?:is\s+to\s+|will\s+|must\s+)?(?:choose|chooses|pick|picks|select|selects|elect|elects)\s+"
    r"(?:a\s+new\s+|its\s+(?:new\s+|next\s+)?|his\s+|her\s+)?(?:party\s+)?(?:president|leader|successor)\b"
    rf"(?P<rest>[^;]{{0,80}}?)\b(?:on|for)\s+(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?:,?\s*(?P<year>\d{{4}}))?"
)
"""'the party is to choose his successor, ..., on September 27, 2024', 'LDP lawmakers and rank-and-file members
choose a new party president on September 29', 'once the LDP chooses a new president, a vote set for October 4'."""


_CONDITION = re.compile(r"\b(?:once|until|unless|if|after|before|when)\s+(?:the\s+)?$")


def _ldp_choice(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's leadership vote, dated by the day the party is to choose its leader."""
    chosen = _CHOOSES.search(text)
    if chosen is not None and _CONDITION.search(text[: chosen.start()]):
        return None  # 'he would step down once the LDP chooses a new president': a condition, not the party's vote
    if chosen is None or not re.search(_LDP, text) or re.search(r"\b(?:prime\s+minister|premier)\s+on\b", text, I):
        return None
    if any(re.search(rf"\b{name}\b", text) for name in ("CDP", "DPP", "Komeito", "Ishin")) or p.dates(
        chosen.group("rest")
    ):
        return None
    month, day = month_number(chosen.group("month")), int(chosen.group("day"))
    year = chosen.group("year")
    date = f"{year}-{month:02d}-{day:02d}" if year else f"{next_month(month, cover)}-{day:02d}"
    if not year and date < cover:
        return None
    return election("ldp_president", "LDP president", date, cover, "will")


def party_race(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's leadership race a sentence dates by its leader's term running out or by the party's choice."""
    if "LDP" not in text and "Liberal" not in text:
        return None
    return _ldp_term(text, cover) or _ldp_choice(text, cover)
