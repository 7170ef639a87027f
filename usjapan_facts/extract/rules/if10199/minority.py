"""The ruling coalition under half of a chamber's seats, told in words of a majority lost or lacked: 'in the
minority', 'short of a majority', 'lost its majority'. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import PAST, Fields, I, has
from usjapan_facts.extract.tense import not_current

MINORITY = re.compile(
    r"\b(?:a minority|(?:in|into)\s+the\s+minority|minority status|lacks? a majority|"
    r"(?:well\s+|far\s+)?(?:short|shy) of (?:a|an outright) majority|"
    r"(?P<lost>lost (?:its|their) (?:\w+\s+){0,2}majority)|"
    r"(?P<short>(?:short|shy) of the \d{2,3} (?:seats )?(?:needed|required) "
    r"(?:to (?:control|hold|win) (?:a majority|the chamber|it)|for (?:a )?(?:simple |bare |working )?majority)))\b",
    I,
)
"""Words that put the coalition under half the seats: 'in the minority', 'short of a majority', 'lost its majority',
'three seats short of the 233 needed to control the chamber' (unless the opposition is the one short, or the
sentence gives the share itself)."""
_LOOKED_BACK = re.compile(r"\b(?:after|before|when|until|who|whose|which|had|having)\b(?:\s+[\w'\u2019-]+){0,4}\s+$", I)
"""Words that make a majority's loss the background of another deed: 'who resigned after his coalition lost its
majority', 'the coalition had lost its majority', 'before the coalition lost its majority'."""
_REGAINED = re.compile(r"\b(?:regain\w*|recover\w*|restor\w*|won\s+(?:it|them|its\s+majority)\s+back|won\s+back)\b", I)
_PAST_SPAN = re.compile(
    r"\b(?:from\s+(?:19|20)\d\d\s+(?:to|until|through)\s+(?:19|20)\d\d|until|till|once|formerly)\b", I
)
_WAS_IN = re.compile(r"\b(?:was|were|had\s+been)\b[^;]{0,80}?\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b", I)


def minority(text: str, year: int | None) -> Fields | None:
    """Under half of the seats, from a majority wording, or None when it is not the coalition's now: a loss told as
    the background of another deed or later undone, or a minority of a span long past.

    A loss ('lost its majority in July') is a past deed: a statement of the share now wins over it.
    """
    found = MINORITY.search(text)
    if found is None or _REGAINED.search(text, found.end()) or _PAST_SPAN.search(text):
        return None  # 'lost its majority in 2024 but regained it', 'in the minority from 2007 to 2012'
    if found.group("short") and (
        has(r"\bopposition\b", text) or any(not not_current(text, match.start()) for *_, match in p.percents(text))
    ):
        return None  # 'the opposition is ten short of the 125 needed to control it', 'they hold 46%, short of the 233'
    if _LOOKED_BACK.search(text[max(0, found.start() - 60) : found.start()]):
        return None  # 'Ishiba, who resigned after his coalition lost its majority in the upper house'
    was = _WAS_IN.search(text)
    if was and year is not None and int(was.group("year")) < year:
        return None  # 'the coalition was in the minority there in 2012'
    return {"value": 50, "qualifier": "under", "_coarse": True, **({"_when": PAST} if found.group("lost") else {})}
