"""How a sentence names an election, and the votes and polls that are none.

Each body an election may be of (a Diet chamber, Okinawa's governor, the LDP's president) by the words that name it;
the words of an election at all; and what looks like one but is not: the Diet's own votes, an opinion poll, another
country's election or a single seat's, a person's aside.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.chamber_names import one_body, own_body
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.japan import (
    BY_ELECTION,
    LOWER_HOUSE,
    LOWER_HOUSE_SEATS,
    OTHER_COUNTRIES,
    UPPER_HOUSE,
    UPPER_HOUSE_SEATS,
)
from usjapan_facts.extract.lists import LABEL, lead_in
from usjapan_facts.extract.local_offices import GOVERNOR, elsewhere_beside_governor
from usjapan_facts.extract.rules.base import has
from usjapan_facts.extract.unreal_dates import abroad, unreal
from usjapan_facts.extract.word_choice import letter_first, may_hold

BODIES: tuple[tuple[str, str, str], ...] = (
    (
        "okinawa_governor",
        "Okinawa governor",
        rf"\bOkinawa(?:n|\W?s)?\s+(?:(?:next|last|coming|upcoming|recent|regular|{p.MONTH}(?:\s+\d{{1,2}},)?|\d{{4}},?)\s+){{0,3}}"
        r"(?:gubernatorial|governor(?:'s|ship)?)\b|\b[Gg]overnor(?:ship)?\s+of\s+Okinawa\b"
        r"|\bOkinawa(?:ns?|\W?s)?\s+(?:voters\s+)?(?:will\s+)?(?:choose|chooses|chose|elects?|elected|re-?elected|returned|"
        r"picks?|picked)\b"
        r"[^.;]{0,40}?\b(?:[Gg]overnor|gubernatorial)\b"
        r"|\b(?:[Gg]overnor|gubernatorial)\b(?=[^.;]{0,200}\bHenoko\b)|\bHenoko\b[^.;]{0,200}\b(?:[Gg]overnor|gubernatorial)\b",
    ),
    (
        "ldp_president",
        "LDP president",
        r"\b(?:LDP|Liberal\s+Democratic\s+Party(?:\W?s)?(?:\s+\(LDP(?:\W?s)?\))?)\W?s?\s+(?:presidential|leadership)\s+(?:election|race|contest|vote)\b"
        r"|\bLDP\b(?![^.;]*\b(?:CDP|DPP|Komeito|Ishin|Constitutional)\b)[^.;]{0,80}"  # no other party after it
        r"\b(?:party\s+)?(?:leadership|presidential)\s+(?:election|race|contest|vote)\b"
        r"|\b(?:LDP|Liberal\s+Democratic\s+Party)(?:\W?s)?\s+(?:race|contest)\b"
        # the party's vote said by its choice: 'the LDP elected Takaichi Sanae as its president on October 4', 'Ishiba
        # was chosen as LDP leader in September 2024'
        r"|\b(?:LDP|Liberal\s+Democratic\s+Party)(?:\s+\(LDP\))?\s+(?:elected|chose|picked|selected)\s+"
        r"(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:as\s+)?(?:its\s+(?:new\s+)?|party\s+)(?:president|leader)\b"
        r"|\b(?:elected|chosen|picked|selected)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:LDP|Liberal\s+Democratic\s+Party)"
        r"(?:\W?s)?\s+(?:president|leader)\b",
    ),
    ("upper_house", "Upper House", rf"{UPPER_HOUSE}|{UPPER_HOUSE_SEATS}"),
    ("lower_house", "Lower House", rf"{LOWER_HOUSE}|{LOWER_HOUSE_SEATS}"),
)
"""Each body an election may be of; a chamber may be named by its size ('215 of 465 seats' is the Lower House)."""
BODY_WORDS: dict[str, tuple[str, ...]] = {
    "okinawa_governor": ("governor", "gubernatorial"),
    "ldp_president": ("presidential", "leadership", "race", "contest", "elected", "chose", "picked", "selected"),
    "upper_house": ("upper", "council", "242", "245", "248"),
    "lower_house": ("lower", "representatives", "465", "475", "480"),
}
"""Words one of which each match of a body's pattern holds (keep it so): a sentence without any is spared it."""
ELECTION = (
    r"\b(?:elections?|vote|polls?|race|contest(?:ed)?|elected|(?<!-)elect|re-?elect(?:ed|ion)|"
    r"won\s+(?:a\s+)?(?:second|third|fourth|new)\s+term)\b"
)
ELECTION_WORDS = ("elect", "vote", "poll", "race", "contest", "won", "fill", "renew", "ballot", "voting", "stake")
"""A word each match of ELECTION holds (keep it so): a sentence without any reports no election."""
_RETURNED = (
    r"by\s+(?:the\s+)?voters|(?:go|goes|going|went|return|returns|returning)\s+(?:back\s+)?to\s+the\s+voters|"
    r"\b(?:seats|half|members)\b[^.;]{0,40}?\s(?:(?:were|was|are|is|be)\s+(?:last\s+|next\s+)?(?:filled|renewed)|"
    r"(?:are|is)\s+at\s+stake\s+this\b)|"
    r"\bcomes?\s+up\s+for\s+renewal"
)
"""Members' return to the voters, or seats' filling: 'were last sent to the Diet by voters', 'go back to the voters',
'half of the seats were filled in July 2016', 'half of them are at stake this July', 'its seats come up for renewal in
July 2022'."""
VOTERS = (
    r"\b(?:votes\s+again|(?:go(?:es)?|went)\s+to\s+the\s+polls|fac(?:es?|ed)\s+(?:the\s+)?voters|"
    r"(?:go|goes|went|sent|sending|send|sends|put)\s+(?:\w+\s+){0,3}?(?:before|to)\s+(?:the\s+)?(?:voters|electorate)|"
    r"(?:sent|sending|send|sends)\s+(?:its|their)\s+members\s+(?:back\s+)?to\s+the\s+(?:voters|electorate|polls)|"
    r"(?:(?:[Vv]oting|[Bb]alloting|[Pp]olling)\s+for|cast\s+(?:their\s+)?ballots\s+for)\s+(?:half\s+(?:of\s+)?)?"
    r"(?:the|its)\s+(?:[\w-]+\s+)?(?:House|Upper|Lower|upper|lower|chamber|seats)|round\s+of\s+(?:voting|balloting)(?!\s+on)|"
    r"(?:voters|electors)\s+will\s+decide|"
    rf"voters\s+(?:in\s+{p.MONTH}\s+\d{{4}}\s+)?(?:chose|elected|picked|filled|renewed|returned)\s+(?:half\s+|a\s+new\s+|the\s+)?|"
    r"voters\s+(?:will\s+)?(?:choose|stripped|strip|gave|handed|dealt|delivered|inflicted|denied|deprived|ousted|punished|rejected|cost)\b|"
    rf"{_RETURNED})\b"
)
"""An election said by its voters: 'that chamber votes again in July', 'whose members next face voters in July',
'voters chose half of the House of Councillors', or by the members' return to them (`_RETURNED`); each match holds a
word of ELECTION_WORDS too."""
ELECTION_SAID = rf"{ELECTION}|{VOTERS}"
"""Any word or phrase of an election."""
_OPINION_POLLS = re.compile(
    letter_first(
        r"\b(?:respondents|surveys?|opinion\s+polls?|approval\s+ratings?|(?:several|recent|many|most|public|some)\s+polls)\b"
    ),
    re.IGNORECASE,
)
"""An opinion poll is no election: 'opposed by a majority in several polls', 'below 30% in some polls'."""
LEGISLATIVE_VOTE = re.compile(
    letter_first(
        r"\b(?:(?:no-?\s?confidence|confidence|censure|impeachment|floor|plenary|committee|final|ratification)\s+"
        r"(?:motion\s+)?votes?|votes?\s+(?:on|for|against)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:bills?|budget|treaty|motion|resolution|legislation|law|measure|nomination|accord|agreement|pact)|"
        r"voted\s+(?:\w+\s+)?(?:to|for|against|on)|votes?\s+to\s+\w+|Diet\s+votes?|votes?\s+in\s+the\s+Diet|"
        r"(?:re-?)?elect(?:ed|s)?\s+(?:[A-Z][\w-]*\s+){1,3}(?:as\s+)?(?:(?:Japan\W?s\s+)?(?:new\s+)?prime\s+minister|premier|speaker)|"
        r"(?:(?:re-?)?elect(?:ed|s)?|designat\w+|nominat\w+|named|chose)\s+(?:him|her)\s+(?:as\s+)?(?:prime\s+minister|premier)|"
        r"(?:Diet|parliament|lawmakers|legislators|chamber)\s+(?:re-?elected|elected|returned|designated|chose|named)\s+"
        r"(?:[\w-]+\s+){1,3}?(?:as\s+)?(?:(?:new\s+)?prime\s+minister|premier|to\s+(?:office|power))|"
        r"(?:(?:runoff|run-off|second-round|investiture|designation|nomination)\s+)?(?:votes?|ballots?|elections?)\s+"
        r"(?:for|of)\s+(?:the\s+|a\s+|a\s+new\s+)?(?:prime\s+minister|premier)\b|"
        r"(?:prime[-\s]minister(?:ial)?|premier(?:ship)?)\s+(?:votes?|elections?|ballots?|designation|nomination)|"
        r"(?:investiture|designation)\s+(?:votes?|ballots?)|"
        r"(?:approved|passed|rejected|enacted|ratified|adopted)"
        r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:bills?|budget|treaty|legislation|law|measure|resolution|amendment)"
        r"[^.;]{0,30}?\bvote)\b"
    ),
    re.IGNORECASE,
)
"""A vote of the Diet's members, no election: 'a no-confidence vote', 'the vote on the budget', 'voted to elect', 'the
Lower House elected Takaichi prime minister', 'the runoff vote for prime minister', 'the investiture ballot'."""
VOTE_WORDS = ("vote", "elect", "ballot", "prime", "premier", "office", "power")
"""A word each way of saying a legislative vote holds (keep it so): a sentence without any holds none."""
_FOREIGN_ELECTION = re.compile(
    rf"(?:{OTHER_COUNTRIES}|\bU\.S\.|\bUnited States|\bAmerican?)(?:\W?s)?\s+(?:the\s+)?(?:(?:{p.MONTH}|\d{{1,4}},?|"
    r"presidential|general|legislative|parliamentary|national|local|midterm|snap|next|upcoming|last|recent|"
    r"National|Assembly|congressional|House|Senate|gubernatorial|of|Representatives|Congress|"
    r"held|holds|hold|will|a|an|its|their)\s+){0,5}"
    rf"(?:elections?|vote|polls|midterms?)\b|\bmidterms?\b|\b{BY_ELECTION}\b|\bspecial\s+elections?\b"
    rf"|(?:{OTHER_COUNTRIES}|\bprefectural\b|\b[Aa]ssembly\b|\bmunicipal\b)[^.;]{{0,60}}?(?:{_RETURNED})"
    rf"|(?:{OTHER_COUNTRIES}|\bU\.S\.|\bAmerican|\b(?:South\s+)?Koreans|\b(?:German|Canadian|Mexican|Australian)s)"
    r"(?:\W?s)?\s+(?:voters\s+)?(?:will\s+)?(?:go(?:es)?|went|head(?:s|ed)?|return(?:s|ed)?)\s+to\s+the\s+polls\b"
)
"""Another country's election ('Taiwan's January 2028 election'), a by-election; a local or foreign assembly back to
voters; another people's day at the polls ('Americans go to the polls on November 5')."""
_JOINS = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s(?:and|but),\s", re.IGNORECASE)
"""Where a clause ends: '...in the October 2021 general election and, after by-election losses, ...' is two."""


def another_peoples_vote(clause: str) -> bool:
    """Tell whether a clause names another country's vote or a by-election ('the U.S. presidential election follows
    in November')."""
    return _FOREIGN_ELECTION.search(clause) is not None


def foreign_or_partial(text: str, date: str) -> bool:
    """Tell whether the clause giving the election's date is about another country's vote or a by-election, or the
    date stands in a clause told as unreal ('would have run to October 2025') or after a U.S. chamber's vote."""
    at = next((match.start() for value, match in p.dates(text) if value == date), None)
    year = re.search(rf"\b{date[:4]}\b", text) if at is None else None  # 'the summer of 2019': its year
    at = year.start() if year is not None else at
    if at is None:
        return _FOREIGN_ELECTION.search(text) is not None or abroad(text, len(text))
    start = max((match.end() for match in _JOINS.finditer(text, 0, at)), default=0)
    end = next((match.start() for match in _JOINS.finditer(text, at)), len(text))
    return _FOREIGN_ELECTION.search(text, start, end) is not None or unreal(text, at, start) or abroad(text, at, start)


def body_of(text: str) -> tuple[str, str] | None:
    """The one body (slug, name) whose election a text names, or None for none or several."""
    folded = text.lower()  # once, for every body's cheap words
    found = [
        (slug, body)
        for slug, body, pattern in BODIES
        if may_hold(text, BODY_WORDS[slug], folded) and has(pattern, text)
    ]
    return found[0] if len(found) == 1 else None


ASIDE = re.compile(r",\s+(?:first\s+)?(?:re-?)?elected\s+(?:in|on)\s+[^,;]{3,30},")
"""A person's aside ('Prime Minister Ishiba, elected in September 2024, dissolved the Lower House'): it names the
office of no election the sentence's body could stand for."""
_GOVERNOR_NAMED = re.compile(r"\b[Gg]overnor(?:\s+[A-Z][\w'\u2019-]+){1,3}$")


def without_asides(text: str) -> str:
    """`text` with its person's asides cut out, but a governor's ('Governor Tamaki, elected in September 2018,
    opposes the Henoko runway'): the governor is elected by the prefecture, so the aside dates that election."""
    return ASIDE.sub(lambda aside: aside.group(0) if _GOVERNOR_NAMED.search(text, 0, aside.start()) else ",", text)


def polled(text: str) -> bool:
    """Tell whether an opinion poll stands in the clause of the sentence's date (or the sentence has none)."""
    polls = _OPINION_POLLS.search(text)
    if polls is None:
        return False
    spans = clauses(text)
    dated = [at.start() for _, at in p.dates(text)]
    return not dated or any(clause_of(spans, at) == clause_of(spans, polls.start()) for at in dated)


ABROAD = re.compile(
    rf"{OTHER_COUNTRIES}|\bU\.S\.|\bUnited States|\bAmerican\b|\b{BY_ELECTION}\b|\bmidterms?\b|\bgubernatorial\b"
    r"|\bmayor|\bassembly\b|\bprefectural\b",
)
"""Another country's vote, a single seat's, or a local one: never the national election a chamber's reader dates."""


def abroad_between(text: str, *points: int) -> bool:
    """Tell whether `ABROAD` stands in a clause from the first of `points` to the last (the election's chamber, words
    and date): in 'An Upper House election follows in July 2019, and U.S. negotiators want a deal first' the other
    country is another clause's; in 'the U.S. midterm elections in November 2018' it is the election's own."""
    start, end = min(points), max(points)
    return any(ABROAD.search(text, one, two) for one, two in clauses(text) if one <= end and two > start)


def names_body(words: str, slug: str) -> bool:
    """Tell whether an election's words name no body, or the body `slug`: 'the July 2019 election', not 'the
    September 2030 LDP presidential race' for a snap election the sentence reports, nor 'Okinawa's September 2030
    gubernatorial race' for the Upper House vote it names."""
    body = body_of(words) or (own_body(words) or (None, 0))[0]
    if body is not None:
        return body[0] == slug
    return not any(has(kind, words) for key, kind in _ONE_BODY_KINDS.items() if key != slug)


_ONE_BODY_KINDS = {
    "okinawa_governor": r"\b(?:gubernatorial|governor)\b",
    "ldp_president": r"\b(?:leadership|presidential)\b",
    "mayor": r"\b(?:mayoral|mayor\W?s)\b",  # a town's, no body's this brief keys: 'the Nago mayoral race on January 23'
}
"""A race of a kind only one body holds, however briefly named: 'the September 2030 gubernatorial race'."""


def section_body(text: str, section: str | None) -> tuple[str, str] | None:
    """Okinawa's governor, for a sentence on a governor's race under a heading on Okinawa that names no other place
    ('The prefecture's governor faces reelection in late 2018' under 'Okinawa Base Politics')."""
    if section is None or "Okinawa" not in section or not GOVERNOR.search(text) or elsewhere_beside_governor(text):
        return None
    return ("okinawa_governor", "Okinawa governor") if body_of(text) is None and not one_body(text) else None


_VOTES_LISTED = re.compile(r"\b(?:elections|votes|polls|ballots|contests|races)\b", re.IGNORECASE)
_NOT_VOTERS = re.compile(
    r"\b(?:bills?|budgets?|motions?|legislation|laws?|treat(?:y|ies)|resolutions?|Diet|surveys?)\b"
)


def vote_label(texts: list[str], index: int) -> str | None:
    """The election a list item's label names when the list's lead-in is one of votes: '- Oct. 31, 2021, House of
    Representatives: the LDP wins ...' under 'Japan's recent votes, and those ahead, are as follows:' is that
    chamber's election that day. The label alone is read, as '<label> election'; None for any other sentence."""
    label = LABEL.match(texts[index])
    if label is None or has(ELECTION_SAID, texts[index]) or body_of(label.group(1)) is None:
        return None
    named = label.group(1)
    if not p.dates(named):  # '- Lower House: October 27, 2024 (...)': the body labels the date the item opens on
        first = next((match for _, match in p.dates(texts[index]) if match.start() >= label.end()), None)
        if first is None or first.start() != label.end():
            return None
        named = f"{named}, {first.group(0)}"
    preceding = {texts[at]: texts[at - 1] for at in range(max(1, index - 9), index + 1)}
    lead = lead_in(texts[index], preceding)
    if lead is None or not _VOTES_LISTED.search(lead) or _NOT_VOTERS.search(lead) or _OPINION_POLLS.search(lead):
        return None
    return f"{named} election"
