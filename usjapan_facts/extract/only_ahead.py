"""Ranks said by the only ones ahead, in the orders `counted_ranks` does not read: the comparison fronted ('Only with
China, Mexico, and Germany did the United States run a larger deficit than with Japan': 4th), the measures named for
the countries ('Only the deficits with China, the EU taken as a whole, and Mexico were larger': 4th), the ones ahead
said to be the only ones ('Canada, Mexico, and China were the only economies to buy more U.S. goods than Japan': 4th),
a count of them told apart from its verb ('only three partners, counting the EU as one, had bigger surpluses': 4th),
whatever the verb of the comparison ('only A and B accounted for wider deficits': 3rd), a count with its list ('Two
economies (A and B) did more business ... than Japan': 3rd), one country's measure ahead ('trailed China's': 2nd).

The roles: who is ahead (a list of countries, each one place, or a count); the comparison (more, larger, bigger)
by which they are; whom they are compared with, Japan (said, or left unsaid): 'than with China' ranks China, not
Japan. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.ahead import names
from usjapan_facts.extract.candidate import Candidate

_ASIDES = re.compile(
    r",\s+(?:counting\s+the\s+European\s+Union(?:\s+\(EU\))?\s+as\s+(?:one|a\s+whole)(?:\s+partner)?"
    r"|(?:at|with)\s+(?:(?:about|some|nearly|almost|roughly)\s+)?\$[\d.,]+(?:\s+(?:billion|trillion|million))?),"
    r"|\s+(?:taken|counted|treated)\s+as\s+(?:a\s+(?:whole|unit|bloc|single\s+partner)|one(?:\s+partner)?)(?P<comma>,)?"
    r"(?=[,;.\s])",
    re.IGNORECASE,
)
"""What a list of the ones ahead may carry that is none of them: the EU counted as one, a figure set off by commas
('The United Kingdom, at $560.9 billion, was the only country ...')."""
_MORE = r"(?:more|(?:a\s+)?(?:larger|bigger|greater|wider|higher|deeper))\b"
_THAN_OTHER = (
    r"(?![^;]{0,120}?\bthan\s+(?!(?:with\s+|to\s+|from\s+|by\s+|did\s+|does\s+)?(?:Japan|it|that\s+with\s+Japan)\b))"
)
"""No comparison with another country than Japan: 'than with China' ranks China."""
_COUNT = (
    r"(?P<count>two|three|four|five|six|seven|eight|nine|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
    r"[Nn]ine)"
)
_WHO = (
    r"(?:countries|nations|economies|(?:trading\s+)?partners|suppliers|sources|markets|buyers|customers|holders|"
    r"investors|creditors)"
)
_MEASURES = (
    r"(?:(?:[\w-]+\s+){0,2}?(?:deficits|shortfalls|gaps|surpluses|imbalances|stocks|stakes|holdings|positions|exports|"
    r"imports|purchases|sales|shipments|trade))"
)
_CHANGE = (
    r"(?:gr[eo]w\w*|rose|rise[sn]?|increas\w+|expand\w*|climb\w*|jump\w*|gain\w*|fell|fall\w*|drop\w*|declin\w+|shr[ua]nk|"
    r"(?:has|have|had|will|would|could|may|might)\b)"
)
"""A verb of change or time after the ones named: 'only China's grew more' compares changes, no place."""
_ONLY = re.compile(
    # 'Only with China, Mexico, and Germany did the United States run a larger goods deficit ... than with Japan'
    rf"\b(?i:only|just)\s+(?:with|by|from|to)\s+{names('fronted')}\s+(?:did|does|do|was|were|is|are|has|have|had)\b"
    rf"[^;]{{0,80}}?\b{_MORE}{_THAN_OTHER}"
    # 'Only the deficits with China, the European Union, and Mexico were larger'
    rf"|\b(?i:only|just)\s+(?:the\s+)?{_MEASURES}\s+(?:with|of|from|to|by)\s+{names('measured')}\s+"
    rf"(?:were|are|was|is|had\s+been|have\s+been)\s+(?:any\s+)?{_MORE}{_THAN_OTHER}"
    # 'Canada, Mexico, and China were the only economies to buy more U.S. goods than Japan'
    rf"|\b{names('sole')}\s+(?:were|are|was|is|remain(?:s|ed)?)\s+the\s+only\s+(?:other\s+)?(?:foreign\s+)?(?:{_WHO}|"
    r"country|nation|economy|partner|supplier|source|market|buyer|holder|investor)\s+(?:to|that|which|whose\s+\w+|"
    r"(?:with|to|from|in)\s+which)\s+"
    rf"(?:[\w.-]+\s+){{0,3}}?(?:\w+\s+){_MORE}{_THAN_OTHER}"
    # 'only three partners, counting the European Union as one, had bigger goods surpluses'
    rf"|\b(?i:only|just)\s+{_COUNT}\s+(?:other\s+)?{_WHO}\s+(?:(?:likewise|also|each|all|still)\s+)?"
    r"(?:had|has|have|ran|run|runs|posted|recorded|held|hold|holds|bought|buy|sold|sell|shipped|supplied|traded|"
    rf"invested)\s+{_MORE}{_THAN_OTHER}"
    # 'Neither as a buyer ... nor as a seller did any country other than China, Canada, and Mexico outrank it'
    r"|\b(?:did|does|has|had)\s+(?:any|another)\s+(?:other\s+)?(?:country|nation|economy|partner)\s+(?:other\s+than|"
    rf"except(?:\s+for)?|but|besides|apart\s+from)\s+{names('besides')},?\s+(?:outrank|top|exceed|surpass|beat|"
    r"outsell|outbuy)\s+(?:it|Japan)\b"
    # 'exceeded that of any country but the United Kingdom'
    r"|\b(?:outrank|top|exceed|surpass|beat|outpac)(?:s|ed|ped|ing|es)?\s+(?:th(?:at|ose)\s+of\s+)?any\s+(?:other\s+)?"
    rf"(?:country|nation|economy|partner|holder|investor)\W?s?,?\s+(?:but|except(?:\s+for)?|other\s+than|save|apart\s+from)"
    rf"\s+{names('but')}"
    # 'only China, Mexico, and Germany accounted for wider U.S. goods deficits': whatever the verb, a comparison
    rf"|\b(?i:only|just)\s+{names('any')}\s+(?!{_CHANGE})(?:[\w-]+\s+){{1,3}}?{_MORE}{_THAN_OTHER}"
    # 'Five economies (Canada, Mexico, China, Germany, and the United Kingdom) did more business ... than Japan did'
    rf"|\b{_COUNT.replace('<count>', '<counted>')}\s+(?:other\s+)?{_WHO}\s*"
    rf"(?:\(\s*{names('listed')}\s*\)|,\s+{names('apposed')},)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_MORE}[^;]{{0,120}}?\bthan\s+(?:with\s+|did\s+|does\s+)?(?:Japan|it)\b"
    # 'Japan's holdings ..., at $1.03 trillion, trailed China's', '... ranked behind China's alone': one ahead, second
    r"|\b(?:(?:trail|lag)(?:s|ed|ged)?|(?:ranked|ranks|came|comes|stood|stands|placed|places|fell|sat)\s+(?:just\s+|right\s+|"
    rf"only\s+)?behind)\s+(?:th(?:ose|at)\s+of\s+)?{names('one')}(?:\s+alone)?(?=\s*(?:[;.)]|$|,\s+(?:and|but|while)\b|"
    r"\s+(?:in|at|as|among)\s+(?:(?:19|20)\d\d|early|late|mid|the\s+end|[A-Z][a-z]+\b)))",
)
"""The only ones ahead, named or counted, in the orders `counted_ranks` leaves."""
_NAMED = re.compile(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")


def _plain(text: str) -> str:
    """The text with its asides blanked (same length, so spans still hold)."""
    return _ASIDES.sub(lambda match: ("," if match["comma"] else "").ljust(len(match[0])), text)


def only_ahead(text: str, found: list[Candidate]) -> list[Candidate]:
    """The ranks said by the only ones ahead, beside those already `found` (one inside them is not read again)."""
    if not re.search(r"\b(?:only|just|any|behind|trail\w*|lag\w*|than)\b", text, re.IGNORECASE):
        return found
    found = list(found)
    for match in _ONLY.finditer(_plain(text)):
        if any(other.start <= match.start() < other.end for other in found):
            continue
        if counted := match["count"] or match["counted"]:
            ahead = int(p.number_of(counted.lower()) or 0)
            listed = match["listed"] or match["apposed"]
            if listed and ("Japan" in listed or len(_NAMED.findall(re.sub(r"\b(?:and|or)\b", ",", listed))) != ahead):
                continue  # the list named is not the count of those ahead
        else:
            who = next(g for g in match.group("fronted", "measured", "sole", "besides", "but", "any", "one") if g)
            if "Japan" in who:
                continue  # Japan among those ahead: it is not the one ranked
            ahead = len(_NAMED.findall(re.sub(r"\b(?:and|or)\b", ",", who)))
            if match["one"] and (ahead != 1 or not re.search(r"\W(?:s|s\W)$", who.strip())):
                continue  # 'trailed China's': one country's measure ahead; 'trailed China in' says no place
        found.append(Candidate(ahead + 1, "exact", match.start(), match.end()))
    return found


def without_place(clause: str, places: list[Candidate]) -> str:
    """The clause with its first place's words blanked: the ones ahead named in it ('Only the deficits with China, ...
    were larger') are not whose measure the place ranks."""
    if not places:
        return clause
    start, end = places[0].start, places[0].end
    return f"{clause[:start]}{' ' * (end - start)}{clause[end:]}"


__all__ = ["only_ahead", "without_place"]
