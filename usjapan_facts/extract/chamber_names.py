"""How a sentence names a Diet chamber's election: the chamber by name ('the House of Councillors', 'the lower
chamber'), the one chamber a text names, and the one whose election the election's own words name ('the House of
Councillors election', 'a snap election'), a vote only supposed just before them set aside. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.japan import LOWER_HOUSE, UPPER_HOUSE
from usjapan_facts.extract.word_choice import letter_first, may_hold

UPPER = rf"(?:{UPPER_HOUSE}|\bupper-house\b)"
LOWER = rf"(?:{LOWER_HOUSE}|\blower-house\b)"


CHAMBER_BACK = (
    r"^There,\s|^(?:(?!\b(?:party|parties|LDP|coalition|Komeito|Ishin|governor|prefecture)\b)[^;])*?"
    r"(?:\b(?:its|the\s+chamber\W?s)\s+(?:members|seats|lawmakers|membership)\b|\b(?:that|the)\s+chamber\b)"
)
"""A sentence pointing back to a chamber named before it, speaking of no party: 'Half of its members are next up
for election in July 2028', 'that chamber votes again in July', 'There, the partners lost their majority in ...'."""


_THERE = re.compile(r"There,\s")
_ANY_BODY = re.compile(rf"{UPPER}|{LOWER}|\b(?:Senate|Congress|House|assembly|cabinet|parliament|council)\b", re.I)
"""A body a sentence names, a Diet chamber or another (the U.S. Senate, an assembly, the cabinet)."""


def chamber_back(before: list[str]) -> tuple[str, str] | None:
    """The one chamber the sentences `before` a sentence pointing back name, nearest first: the sentence just before,
    or the one before it where the sentence between opens 'There,' and names no body at all ('The House of
    Councillors is another matter. There, the coalition holds fewer than half of the seats. Half of that chamber will
    be chosen in July 2028' is the Upper House's; 'There, she addressed the Senate' carries none)."""
    for distance, text in enumerate(reversed(before)):
        if (body := one_body(text)) is not None:
            return body
        if distance or not _THERE.match(text) or _ANY_BODY.search(text):
            return None
    return None


def chamber_at(text: str, slug: str) -> int:
    """Where a text first names the chamber `slug` (0 where only its size names it)."""
    named = re.search(UPPER if slug == "upper_house" else LOWER, text, re.IGNORECASE)
    return named.start() if named else 0


def one_body(text: str) -> tuple[str, str] | None:
    """The one Diet chamber (slug, name) a text names by name, or None for neither or both."""
    upper, lower = re.search(UPPER, text, re.IGNORECASE), re.search(LOWER, text, re.IGNORECASE)
    if bool(upper) == bool(lower):
        return None
    return ("upper_house", "Upper House") if upper else ("lower_house", "Lower House")


_NOUN = r"(?:elections?|vote|contest|race|polls|ballot)"
_OWN_BODY = re.compile(
    letter_first(
        rf"(?:(?P<upper>{UPPER})|(?P<lower>{LOWER}|\b(?:snap|general)\b))(?:\W?s)?"
        rf"(?:\s+(?:snap|general|regular|national|parliamentary|ordinary|next|coming|upcoming|triennial|scheduled))*"
        rf"\s+{_NOUN}\b"
        rf"|\b{_NOUN}\s+(?:for|to)\s+(?:the\s+)?(?:(?P<upper2>{UPPER})|(?P<lower2>{LOWER}))"
    ),
    re.IGNORECASE,
)
"""A chamber named in the election's own words: 'the House of Councillors election', 'elections to the lower
chamber', 'the councillors' next triennial contest', and the Lower House's by what only it can hold: 'a snap
election', 'the general election'."""
_NOUN_WORDS = ("election", "vote", "contest", "race", "poll", "ballot")
"""A word each match of _OWN_BODY holds, its noun (keep it so): a text without any is spared the scan."""


def own_body(text: str) -> tuple[tuple[str, str], int] | None:
    """The one chamber (slug, name) whose election the text names in the election's own words, and where the first
    such words start; None for none or both."""
    if not may_hold(text, _NOUN_WORDS):
        return None
    found = [
        (
            ("upper_house", "Upper House")
            if match.group("upper") or match.group("upper2")
            else ("lower_house", "Lower House"),
            match.start(),
        )
        for match in _OWN_BODY.finditer(text)
        if not _IF.search(text, max(0, match.start() - 40), match.start())
    ]
    return found[0] if len({body for body, _ in found}) == 1 else None


_IF = re.compile(r"\b(?:unless|barring|if|absent|short\s+of|without|should)\b(?![^,;]*[,;])", re.IGNORECASE)
"""A vote only supposed, just before an election's words: 'Unless Kishida calls a snap election, ...', 'barring an
early general election'; it names no chamber whose election the sentence dates."""
