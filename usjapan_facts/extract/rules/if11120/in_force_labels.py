"""IF11120's two 2019 agreements named by the year they took effect, while they stay in force: 'the 2020 U.S.-Japan
Trade Agreement ... remains in effect', 'the USJTA of 2020 and a Digital Trade Agreement of the same year', 'enacted the
2020 U.S.-Japan Digital Trade Agreement' (the entry-into-force reader of `in_force` asks here)."""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import I

_ENACTED = re.compile(
    r"\benact(?:ed)?\s+the\s+(?P<year>(?:19|20)\d{2})\s+(?P<which>U\.?S\.?[-\u2010-\u2015]?\s?Japan\s+(?:Digital\s+)?Trade\s+Agreement)\b"
)
_NAME = r"U\.?S\.?[-\u2010-\u2015]?\s?Japan\s+(?:Digital\s+)?Trade\s+Agreement|(?-i:Digital\s+Trade\s+Agreement|USJTA)"
_LABELLED = re.compile(
    rf"\b[Tt]he\s+(?P<year>(?:19|20)\d{{2}})\s+(?P<which>{_NAME})\b"
    rf"|\b(?P<named>{_NAME})(?:\s*\([A-Z]{{2,6}}\))?\s+of\s+(?:(?P<of>(?:19|20)\d{{2}})\b|the\s+same\s+year\b)"
)
"""An agreement named by the year it took effect: 'the 2020 U.S.-Japan Trade Agreement', 'the USJTA of 2020', and
'a Digital Trade Agreement of the same year' after it."""
_STILL_IN_FORCE = re.compile(
    r"\b(?:remains?|remained|stays?|stayed|are\s+still|is\s+still)\s+in\s+(?:effect|force)\b", I
)


def _kind(name: str) -> str:
    return "digital" if "Digital" in name else "usjta"


def _labels(text: str) -> list[tuple[str, str]]:
    """Each agreement the text names by a year, with that year: 'the USJTA of 2020 and a Digital Trade Agreement of
    the same year' gives both 2020."""
    found: list[tuple[str, str]] = []
    for match in _LABELLED.finditer(text):
        year = match.group("year") or match.group("of") or (found[-1][1] if found else None)
        if year is not None:
            found.append((_kind(match.group("which") or match.group("named")), year))
    return found


def labelled_years(mine: str, text: str, agreement: str, first_year: int) -> set[str]:
    """The years that label `agreement` in `mine` while it remains in force, or that it was enacted as in `text`."""
    values: set[str] = set()
    if _STILL_IN_FORCE.search(mine):
        # 'The 2020 U.S.-Japan Trade Agreement ... remain in effect': named by the year it took effect.
        values |= {year for kind, year in _labels(mine) if kind == agreement and int(year) >= first_year}
    for match in _ENACTED.finditer(text):
        # "enacted the 2020 U.S.-Japan Digital Trade Agreement": the agreement is named by the year it took effect.
        if _kind(match.group("which")) == agreement:
            values.add(match.group("year"))
    return values
