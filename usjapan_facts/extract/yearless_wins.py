"""A leadership win's day written without its year, given its year by the sentence's next dated day or by the cover:
only a recent win, of a leader the sentence tells of as not since gone. Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.election_dates import last_such_day


def yearless_win(day: str, after: str, updated: str, before: str = "") -> str | None:
    """A win's day written without its year ('won the presidency of the LDP on October 4 and was elected prime minister
    on October 21, 2025'), given the year of the next dated day after it, or else the last such day by the cover when
    it lies within half a year (183 days) before it and the sentence (`before` and `after` the win) tells of no leader
    since gone ('had won the LDP presidency on October 4' in an April 2026 text is October 4, 2025; never 'who won it on
    September 27, resigned', 'Abe won it on September 26, returning to power')."""
    limit = next((value for value, _ in p.dates(after) if len(value) == 10), None)
    dated = p.dates(f"{day}, {(limit or updated)[:4]}")
    if not dated or limit is None:
        last = (
            last_such_day(dated[0][0], updated)
            if dated and not _GONE.search(f"{before} {_OTHERS.split(after)[0]}")
            else None
        )
        return f"{day}, {last[:4]}" if last and _days_back(last, updated) <= 183 else None
    return f"{day}, {limit[:4]}" if dated[0][0] <= limit else None


_GONE = re.compile(
    r"\b(?:(?:former|ex-)\s*(?:(?:LDP|party)\s+)?(?:prime\s+minister|premier|leader|president)|resign\w*"
    r"|step(?:s|ped)?\s+down|quit|lost|ousted|replaced|succeeded|return\w*|until|ha[sd]\s+since)\b",
    re.IGNORECASE,
)
"""Words of a leader since gone or of a past tenure: a yearless win of theirs is no recent one ('a former prime
minister'; not a past post of another kind: 'Takaichi, a former minister for economic security, won ...')."""
_OTHERS = re.compile(r",\s+(?:after|when|as|following|succeeding|replacing|who|whose)\b", re.IGNORECASE)
"""Where words of another's deed start: 'won it on October 4, succeeding Ishiba, who stepped down' (Ishiba's)."""


def _days_back(day: str, updated: str) -> int:
    return (dt.date.fromisoformat(updated) - dt.date.fromisoformat(day)).days


__all__ = ["yearless_win"]
