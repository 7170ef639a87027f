"""Japan vocabulary every brief reads with: leaders, parties, Diet chambers, other countries' names.

No brief owns it: IF10199's and IF11120's rules, and the election and event readers, all import it
from here, so loading one brief's rules loads no other brief's.
"""

from __future__ import annotations

import datetime as dt
import re

KNOWN_PEOPLE: dict[str, tuple[str, str]] = {
    # family name -> (family, given), for briefs that name a leader by family name alone
    "Abe": ("Abe", "Shinzo"),
    "Suga": ("Suga", "Yoshihide"),
    "Kishida": ("Kishida", "Fumio"),
    "Ishiba": ("Ishiba", "Shigeru"),
    "Takaichi": ("Takaichi", "Sanae"),
    "Obama": ("Obama", "Barack"),
    "Trump": ("Trump", "Donald"),
    "Biden": ("Biden", "Joe"),
}
US_TERMS: dict[str, tuple[tuple[dt.date, dt.date], ...]] = {
    "Bush": ((dt.date(1989, 1, 20), dt.date(1993, 1, 20)), (dt.date(2001, 1, 20), dt.date(2009, 1, 20))),
    "Clinton": ((dt.date(1993, 1, 20), dt.date(2001, 1, 20)),),
    "Obama": ((dt.date(2009, 1, 20), dt.date(2017, 1, 20)),),
    "Trump": ((dt.date(2017, 1, 20), dt.date(2021, 1, 20)), (dt.date(2025, 1, 20), dt.date(2029, 1, 20))),
    "Biden": ((dt.date(2021, 1, 20), dt.date(2025, 1, 20)),),
}
"""The terms of the presidents a brief of these years names, each from its inauguration to the next one's."""
US_PRESIDENTS = frozenset(US_TERMS)
"""Presidents an Administration may be named after; a Japanese leader's government is a 'Kishida administration'."""


def out_of_office(family: str, on: dt.date) -> bool:
    """Tell whether the president of this family name is known not to hold office on `on` ('President Trump' in a
    brief of 2022: his old title, in a deed of his term); a name with no known terms, or a date past the last known
    term, is not ruled out."""
    terms = US_TERMS.get(family)
    known = on < max(end for spans in US_TERMS.values() for _, end in spans)  # past the table, who sits is unknown
    return known and terms is not None and not any(start <= on < end for start, end in terms)


PARTIES: dict[str, str] = {
    "LDP": r"\bLDP\b|Liberal Democratic Party",
    "Komeito": r"\bKomeito\b",
    "Ishin": r"\bIshin\b|Japan Innovation Party",
    "CDP": r"\bCDP\b|Constitutional Democratic Party",
    "DPP": r"\bDPP\b|Democratic Party for the People",
}
"""Japan's parties by the short name a snapshot records, each with the ways a brief names it."""

UPPER_HOUSE = (
    r"\b(?:Upper[- ]House|upper-house|House of Councill?ors|upper[- ]chamber"
    r"|(?<!city\s)(?<!local\s)(?<!town\s)(?<!prefectural\s)(?<!municipal\s)councill?ors)\b"
)
LOWER_HOUSE = r"\b(?:Lower[- ]House|lower-house|House of Representatives|lower[- ]chamber)\b"
"""Each Diet chamber by its names; the Upper House by its members too ('the councillors' next contest'), never a
city's or a prefecture's councillors."""
ELECTION_YEAR = re.compile(
    r"\b(?:in|at|after|since|from|following)\s+the\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:elections?|vote|polls|contest)\b",
    re.IGNORECASE,
)
"""A value dated by the election that gave it: 'In the 2017 election, the coalition won ...'."""
_VOTE_WORDS = ("election", "vote", "poll", "contest")
_WHERE = re.compile(r",\s+where\s+[^,;]*,")
"""A relative clause of the chamber's history, closed before the value's clause: it dates the chamber, not the value."""


def stale_vote(text: str, year: int | None, term: int) -> bool:
    """Tell whether the text dates its value by an election more than `term` years before the cover's `year`: the
    chamber has been elected again since."""
    text = _WHERE.sub(",", text)  # 'In the House of Councillors, where ... since the 2013 election, the bloc holds'
    words = text.casefold()
    dated = ELECTION_YEAR.search(text) if year is not None and any(w in words for w in _VOTE_WORDS) else None
    return dated is not None and year is not None and year - int(dated.group("year")) > term


BY_ELECTION = r"by-?\s?elections?"
"""A vote for one seat or a few ('a by-election', 'by elections', 'byelection'): no chamber's election, nor the
Diet's; written once for every reader that sets one aside."""
UPPER_HOUSE_SEATS = r"\b(?:242|245|248)[-\s](?:seats?|members?)\b"
LOWER_HOUSE_SEATS = r"\b(?:465|475|480)[-\s](?:seats?|members?)\b"
"""A chamber named by its size: the Upper House has had 242 to 248 seats, the Lower House 465 to 480."""
DUE_WORDS = r"\b(?:need|needs|must|required|due|have to|has to|scheduled)\b"
"""Words of an election that must be held by some date: a deadline, not an election held or set."""
PASSED_DUE = (
    r"\b(?:had\s+(?:once\s+|long\s+)?been|would\s+have\s+been|(?:was|were)(?=\s+(?:\w+\s+)?(?:due|required|supposed)))\s+"
    r"(?:(?:originally|initially|first|once)\s+)?(?:due|required|scheduled|set|slated|expected|supposed)\b"
)
"""A deadline told as one that was, since passed or overtaken: 'had been due by October 2021', 'was originally due'."""
PARTY_VOTE = (
    r"\b(?:choose|chooses|pick|picks|select|selects|elect|elects|hold|holds)\b[^.;]{0,40}?\b(?:leader|president|successor)\b"
    r"|\b(?:leadership|party|presidential)\s+(?:election|vote|race|contest|ballot|poll)\b"
    r"|\bwhen\s+(?:a|an|the)\s+(?:new\s+)?(?:election|vote|race|contest|ballot)\b"
    r"|(?<!\bnot\s)(?<!\bnever\s)\b(?:run|stand|compete)\s+(?:again|for\s+(?:re-?election|another\s+term|a\s+"
    r"(?:second|third|fourth|new|fresh)\s+term))\s+(?:that\s+month|then|at\s+that\s+time)\b"
)
"""Words that say a party votes for its leader: a term's end alone ('his term as LDP president ends in September,
and he is expected to seek a third') is no election, 'ends in September, when a leadership election is held' is, and
so is 'ends in September 2018; ... would let him run again that month' (the leader stands again in the term's month)."""

OTHER_COUNTRIES = (
    r"\b(?:China|Chinese|PRC|South Korea|North Korea|Korea|Taiwan|Canada|Mexico|Germany|India|Vietnam|Australia|"
    r"the United Kingdom|Britain|Philippines|Russia|EU|European Union|Ireland|Netherlands|Singapore|"
    r"British|(?:South\s+)?Korean|Canadian|German|Mexican|Taiwanese|Vietnamese|Australian|Dutch|Irish|Russian|"
    r"Singaporean|Filipino|Seoul|Beijing|Taipei|Canberra|Manila|Pyongyang|Hanoi|Moscow|"
    r"Indonesia|Indonesian|Thailand|Thai|Malaysia|Malaysian|Cambodia|Jakarta|Bangkok|Kuala Lumpur|Indian(?!\s+Ocean)|"
    r"France|French|Italy|Italian|Spain|Spanish|Switzerland|Swiss|Luxembourg|Belgium|Belgian|Poland|Polish|Sweden|"
    r"Swedish|Norway|Norwegian|Brazil|Brazilian|Saudi\s+Arabia|Saudi|Ottawa|"
    r"New\s+Delhi|Brasilia|Brussels)s?\b"
)
"""Countries a brief sets beside Japan (and their capitals, and their peoples: 'South Koreans'), whose figures,
payments, budgets, surcharges, leaders and voters are not Japan's: the one list of 'another party' every reader asks."""
ANOTHER_COUNTRY = re.compile(OTHER_COUNTRIES)
"""`OTHER_COUNTRIES` compiled once, for a reader that asks only whether another country is named."""
OTHER_PARTY = re.compile(
    r"[^;.]{0,40}?\bwith\s+(?!Japan\b|Tokyo\b|Washington\b)(?:the\s+)?[A-Z][a-z]+(?=\s+[a-z]|\s*[,;.]|\s*$)"
)
"""A deal's other party named after it, one word that is neither side of the brief ('a critical minerals agreement with
Ukraine on ...', '... with Chile signed'): another country's deal, whether or not `OTHER_COUNTRIES` knows it (match
it where the deal's name ends); a name of two capitalised words ('with the United States') is none."""

OTHERS_FLOW_WITH_JAPAN = (
    rf"(?:{OTHER_COUNTRIES})(?:\W?s)?\s+(?:\w+\s+){{0,2}}?(?:imports|exports|purchases|sales|shipments)\s+"
    r"(?:of\s+[\w\s]{1,30}?\s+)?(?:from|to)\s+Japan\b"
    rf"|(?:{OTHER_COUNTRIES})\s+(?:\w+\s+)?(?:imported|exported|bought|purchased|sold|shipped)\b(?:[^;.]|\.(?=\d)){{0,80}}?\b(?:from|to)\s+Japan\b"
    rf"|\b(?:imports|exports|purchases|sales|shipments)\s+(?:from|to)\s+Japan\s+(?:by|of)\s+(?:{OTHER_COUNTRIES})"
)
"""Another country's trade with Japan ('China's imports from Japan', 'South Korea bought $50 billion of goods from
Japan', 'exports to Japan by Australia'): never the U.S. flow."""


def known_person(words: list[str]) -> tuple[str, str] | None:
    """The (family, given) name of the first of `words` that names a known person ('Kishida' in 'Fumio Kishida')."""
    return next((KNOWN_PEOPLE[word] for word in words if word in KNOWN_PEOPLE), None)


def next_upper_house_election(after: dt.date) -> str:
    """The month ('2028-07') of the first regular Upper House election after `after`.

    Half the chamber is elected every three years, each July of a year divisible by three (2019, 2022,
    2025...): a fixed cycle, since the Upper House cannot be dissolved.
    """
    year = after.year if after.month < 7 else after.year + 1
    while year % 3:
        year += 1
    return f"{year}-07"
