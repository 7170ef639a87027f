"""The LDP's presidential election said by its choice, without naming the race: 'In October 2025, the LDP picked
Takaichi to succeed Ishiba as its leader', 'LDP members handed Takaichi the party's top post on October 4, 2025',
'Suga succeeded Abe as LDP president in September 2020'. Pure, no I/O.

The roles, in one clause: the LDP, its top office (president, presidency, leader, leadership, helm, top post, 'to
lead'), a deed of choosing or winning done (elected, chose, picked, named, succeeded, won, took, installed, voted,
made him its leader, became), and the date of that
deed: never a date another deed stands nearer to ('... became prime minister on October 21'), another party's choice,
or a choice yet to come.
"""

from __future__ import annotations

import itertools
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.election_dates import election
from usjapan_facts.extract.leadership import LDP, OTHER_PARTY
from usjapan_facts.extract.own_dates import TENURE_SINCE
from usjapan_facts.extract.rules.base import Fields

_OFFICE = re.compile(
    r"\b(?:president(?!ial)|presidency|leader(?:ship)?|helm|top\s+(?:post|job)|head|to\s+(?:lead|head)|chief)\b", re.I
)
_CHOSEN = re.compile(
    r"\b(?:elected|chose|chosen|picked|selected|named|voted\s+\w+\s+in|won|captured|secured|took|clinched|succeeded|"
    r"choice|handed|prevailed|beating|defeating|installed|elevated|became|voted(?=\s+(?:the\s+)?(?:LDP|party)\b)|"
    r"made\s+(?:him|her|[A-Z]\w+)(?=\s+(?:its|the\s+party\W?s)\s))\b",
    re.I,
)
_OTHER_DEED = re.compile(
    r"\b(?:prime\s+minister|premier\w*|took\s+office|Diet|[Cc]abinet|dissol\w+|resign\w*|stepped\s+down|[Hh]ouse|"
    r"chamber|general\s+election|snap|will|would|expected|to\s+be|if|once|when|until|unless|had|sworn|"
    r"before|earlier|after(?!\s+(?:beating|defeating|winning|besting)\b)|later|since|remains?|remained|"
    r"first\s+(?:[\w-]+\s+){0,3}?to\s+\w+)\b"
)
"""Words of another deed, or of a choice not yet made, that stand between the choice and the date: a first done ('who
in April 2015 became the first Japanese leader to address Congress, remains ... in the LDP') chose no leader."""
_PARTS = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s+|,\s+(?=(?:who|whose|which)\b)|\s+and\s+(?=(?:became|was|then)\b)"
)
_CHEAP = ("elect", "chose", "picked", "select", "named", "voted", "won", "captur", "secur", "took", "clinch", "succeed",
          "choice", "hand", "prevail", "beat", "defeat", "install", "elevat", "became", "made")  # fmt: skip


def ldp_chosen(text: str, updated: str) -> tuple[str, Fields] | None:
    """The LDP's presidential election a clause tells of by the party's choice or the winner's deed, dated by it."""
    if ("LDP" not in text and "Liberal" not in text) or not any(word in text for word in _CHEAP):
        return None
    if OTHER_PARTY.search(text):
        return None  # another party named: its own choice may be the one dated
    cuts = [0, *(found.end() for found in _PARTS.finditer(text)), len(text)]
    for start, end in itertools.pairwise(cuts):
        clause = text[start:end]
        party, chosen = re.search(LDP, clause), _CHOSEN.search(clause)
        # the office the choice is of, nearest its deed: 'who spent years as chief cabinet secretary, was chosen to
        # lead the LDP' chose a leader, not a chief
        offices = [*_OFFICE.finditer(clause)]
        office = min(offices, key=lambda found: abs(found.start() - chosen.start())) if offices and chosen else None
        dated = [
            (value, found)
            for value, found in p.dates(clause)
            if value[:7] <= updated[:7] and not TENURE_SINCE.search(clause, 0, found.start())
        ]
        if party is None or office is None or chosen is None or len(dated) != 1:
            continue
        value, found = dated[0]
        first = min(party.start(), office.start(), chosen.start())
        last = max(party.end(), office.end(), chosen.end())
        between = clause[last : found.start()] if found.start() >= last else clause[found.end() : first]
        if (
            _OTHER_DEED.search(between)
            or _OTHER_DEED.search(clause, first, last)
            or (found.start() < last and found.end() > first)
        ):
            continue
        return election("ldp_president", "LDP president", value, updated, "chosen")  # a choice made: held
    return None


__all__ = ["ldp_chosen"]
