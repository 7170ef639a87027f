"""Ranks said by the relation between Japan and the countries named or counted ahead of it, in the voices and orders
`only_ahead` and `counted_ranks` leave: the ones ahead as subject ('only China, Mexico, and Canada were ahead of
Japan': 4th), Japan's measure as the subject of a passive whose agent comes behind it ('Japanese holdings ... were
trailed by China's': 1st), a count of the ones ahead with their list set off ('traded more goods with only three
countries (China, Canada, and Mexico) than with Japan': 4th), the one measure Japan's is compared with named by its
role ('only those with China, Mexico, and Germany were larger than the one with Japan': 4th), a measure nobody
matches ('are likewise unmatched': 1st), and a move told by its object ('pushed into second place by Japan': Japan
first; 'pushing Japan down to fifth': 5th).

The roles: who is ahead (a list, each one place, or a count it must agree with), the relation (ahead, behind, more),
and whom they are compared with, Japan (its name, 'it', or its measure); a comparison with any other country is none
of Japan's. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.ahead import NAME, names
from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.counted_ranks import ORDINAL, ordinal_value

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_JAPAN = r"(?:Japan(?!ese)|it\b(?!\s+(?:is|was)\b))"
"""Whom the ones ahead are compared with: Japan, or 'it' standing for it."""
_JAPANS = (
    r"(?:Japan(?:\W?s)?|it|its|the\s+(?:one|deficit|gap|shortfall|figure|total|stock|position)\s+(?:with|of|from|to)\s+"
    r"Japan|th(?:at|ose)\s+(?:with|of|from|to)\s+Japan|Japanese\s+\w+)\b"
)
"""Japan or its measure, named by its role: 'the one with Japan', 'that of Japan', 'Japan's'."""
_COUNT = r"(?P<count>two|three|four|five|six|seven|eight|nine)"
_WHO = r"(?:other\s+)?(?:countries|nations|economies|(?:trading\s+)?partners|markets|suppliers|sources|buyers|holders)"
_MEASURES = r"(?:those|the\s+(?:[\w-]+\s+){0,2}?(?:deficits|shortfalls|gaps|imbalances|surpluses))"
_ROLES = re.compile(
    # 'only China, Mexico, and Canada were ahead of Japan', 'only Canada and Mexico ranked above it'
    rf"\b(?i:only|just)\s+{names('ahead')}\s+(?:(?:(?:were|are|was|is)\s+(?=ranked|placed|listed))?(?:were|are|was|is|"
    rf"ranked|rank|ranks|came|come|stood|stand|placed|listed|finished|sat)\s+)(?:(?:still|also)\s+)?(?:ahead\s+of|above|higher\s+than)\s+(?={_JAPAN})"
    # 'only those with China, Mexico, and Germany were larger than the one with Japan'
    rf"|\b(?i:only|just)\s+{_MEASURES}\s+(?:with|of|from|to)\s+{names('measured')}\s+(?:were|are|had\s+been|have\s+been)\s+"
    rf"(?:any\s+)?(?:larger|bigger|greater|wider|deeper|higher)(?=\s+than\s+{_JAPANS})"
    # 'traded more goods with only three countries (China, Canada, and Mexico) than with Japan'
    r"|\b(?:traded|trade[sd]?|bought|buys?|imported|imports?|purchased|sold|sells?|exported|exports?|shipped|ran|runs?|"
    r"posted|recorded|did|does)\s+(?:more|(?:a\s+)?(?:larger|bigger|greater|wider))\s+(?:[\w-]+\s+){0,3}?(?:with|from|to)\s+"
    rf"(?:only|just)\s+{_COUNT}\s+{_WHO}(?:\s+\(\s*{names('listed')}\s*\)|,\s+{names('apposed')},)?"
    rf"(?=\s+than\s+(?:with|from|to)\s+{_JAPAN})"
    # 'Japanese holdings of about $1.26 trillion were trailed by China's': the one behind, Japan first
    rf"|(?<![Oo]nly\s)\b(?:were|was|are|is)\s+(?:(?:closely|narrowly|distantly|still|also)\s+)?(?:trailed|followed)\s+"
    rf"by\s+(?:th(?:ose|at)\s+of\s+)?(?P<behind>{NAME})(?=\s*[,;.]|\s+(?:and|at|with)\b)"
    # 'Japan was outranked by Mexico, Canada, and China': the passive's agent, a list, are the ones ahead
    r"|\b(?:was|were|is|are)\s+(?:(?:also|still)\s+)?(?:outranked|surpassed|exceeded|topped|outpaced|outstripped)\s+"
    rf"by\s+(?:th(?:ose|at)\s+of\s+)?(?P<agents>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})(?=\s*[;.]|\s*$|\s+(?:in|as|among)\b)"
    # 'are likewise unmatched', 'remain unrivaled': nobody's is as large
    r"|\b(?:is|are|was|were|remains?|remained|stands?|stood)\s+(?:(?:likewise|also|still|again|now)\s+)?"
    r"(?P<unmatched>unmatched|unrivall?ed|unsurpassed|unequall?ed)\b(?!\s+(?:since|for|on)\b|\s+in\s+(?!(?:19|20)\d\d\b))"
    # 'was pushed into second place by Japan': the one pushed is behind Japan
    rf"|\b(?:was|were|been)\s+(?:pushed|knocked|bumped|moved|relegated|displaced)\s+(?:down\s+)?(?:in)?to\s+(?:the\s+)?"
    rf"(?P<pushed>{ORDINAL})(?:\s+place|\s+spot|\s+position)?\s+by\s+(?:Japan|Japanese\s+\w+)\b"
    r"(?!,?\s+(?:and|or|together\s+with|along\s+with)\b)"  # Japan alone pushed it: 'by Japan and Britain' is two
    # 'pushing Japan down to fifth'
    rf"|\b(?:pushing|pushed|knocking|knocked|bumping|bumped|dropping|dropped|relegating|relegated)\s+(?:Japan|it)\s+"
    rf"(?:down|back)\s+(?:in)?to\s+(?:the\s+)?(?P<down>{ORDINAL})\b"
)
"""The relations between Japan and the ones ahead of (or behind) it, each in its order."""
_GROUP = (
    r"(?:(?:America|the\s+United\s+States|the\s+U\.S\.)\W?s?|its|the)\s+(?P<n>two|three|four)\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:neighbou?rs|countries|nations|economies|partners)\b"
)
"""A few countries told as one group in a list of the ones ahead: 'America's two North American neighbors'."""
_ITEM = rf"(?:{_GROUP.replace('?P<n>', '?:')}|{NAME})"
_GROUPED = re.compile(
    rf"\b(?i:only|just)\s+(?P<items>{_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|or)\s+{_ITEM})\s+(?:(?:were|are|was|is|ranked|"
    r"rank|came|stood|placed)\s+(?:ahead\s+of|above|higher\s+than)|outrank(?:ed|s)?|outpaced|topped|surpassed)\s+"
    rf"(?={_JAPAN})"
)
"""The ones ahead, some told as a group by its count: 'only China and America's two North American neighbors
outranked Japan' (4th)."""
_WORDS = ("only", "just", "trailed", "followed", "unmatched", "unrival", "unsurpassed", "unequal", "push", "knock",
          "bump", "drop", "relegat", "displaced", "moved", "outrank", "surpass", "exceed", "topped", "outpac",
          "outstrip")  # fmt: skip
"""A word each match of `_ROLES` holds: without any, it is not tried."""
_NAMED = re.compile(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")
_AFTER_TIME = re.compile(r"[^;]{0,40}?\b(?:until|before|since|from\s+(?:19|20)\d\d)\b", I)
"""A relation told as over before or only since ('..., until 2019'): not surely the place now."""


def _count(listed: str) -> int:
    """How many countries a list names: 'China, Canada, and Mexico' is three."""
    return len(_NAMED.findall(re.sub(r"\b(?:and|or)\b", ",", listed)))


def ahead_roles(text: str, found: list[Candidate]) -> list[Candidate]:
    """The places said by the relation between Japan and the ones ahead of or behind it, beside those `found` (a
    place read inside one of them, the pushed country's, is dropped)."""
    folded = text.lower()
    if not any(word in folded for word in _WORDS):
        return found
    found = list(found)
    for match in _ROLES.finditer(text):
        if any(other.start <= match.start() < other.end for other in found):
            continue
        start, end, place = match.start(), match.end(), 0
        if who := match["ahead"] or match["measured"] or match["agents"]:
            place = 0 if "Japan" in who else _count(who) + 1
        elif counted := match["count"]:
            listed = match["listed"] or match["apposed"]
            place = int(p.number_of(counted) or 0) + 1
            if listed and ("Japan" in listed or _count(listed) != place - 1):
                place = 0  # the list named is not the count of those ahead
        elif match["behind"] is not None:
            place = 0 if "Japan" in match["behind"] or _AFTER_TIME.match(text, end) else 1
        elif match["unmatched"]:
            place = 1
        elif match["pushed"]:
            place = ordinal_value(match["pushed"]) - 1
            opened = text.rfind(";", 0, start) + 1  # the pushed one's former place said before ('long the leading')
            found = [other for other in found if not opened <= other.start < end]
            start = end  # Japan, named last, is the one ranked
        elif match["down"]:
            place = ordinal_value(match["down"])
            found = [other for other in found if not start <= other.start < end]
            start = match.start("down")
        if place > 0:
            found.append(Candidate(place, "exact", start, end))
    return _grouped(text, found)


def _grouped(text: str, found: list[Candidate]) -> list[Candidate]:
    """The places said by the ones ahead when some are told as a group by its count."""
    for match in _GROUPED.finditer(text) if " two " in text or " three " in text or " four " in text else ():
        items = re.split(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", match["items"])
        groups = [re.match(_GROUP, item) for item in items]
        if (
            any(groups)
            and not any("Japan" in item for item in items)
            and not any(other.start <= match.start() < other.end for other in found)
        ):
            ahead = sum(int(p.number_of(g["n"]) or 0) if g else 1 for g in groups)
            found.append(Candidate(ahead + 1, "exact", match.start(), match.end()))
    return found


__all__ = ["ahead_roles"]
