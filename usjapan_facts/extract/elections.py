"""The elections a sentence reports, however it words them: a party's leadership won, or one of two named.

`events.election_in` reads a sentence that names one election; here a sentence that names a leadership
win ('Ishiba won the LDP leadership on September 27, 2024'), with a chamber's past election in a clause of its
own, or two elections, one clause each, is read too.
"""

from __future__ import annotations

import itertools
import re

from usjapan_facts.extract import events
from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.chamber_names import own_body
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_words import ABROAD, BODIES, ELECTION_SAID, body_of, vote_label
from usjapan_facts.extract.governor_after import governor_after
from usjapan_facts.extract.japan import DUE_WORDS, LOWER_HOUSE, UPPER_HOUSE
from usjapan_facts.extract.ldp_choices import ldp_chosen
from usjapan_facts.extract.leadership import ASIDE_OPENERS, leadership_win
from usjapan_facts.extract.member_labels import members_labelled
from usjapan_facts.extract.party_runoffs import party_runoff
from usjapan_facts.extract.party_votes import party_vote
from usjapan_facts.extract.rules.base import Fields, has
from usjapan_facts.extract.table_rows import row_election
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.vote_hedges import chamber_only_supposed, party_head_dated

_EARLIER = re.compile(
    r"\b(?:had\s+(?:already\s+)?won|(?:\w+|a)\s+(?:days?|weeks?|months?)\s+(?:earlier|previously|before|prior)|"
    r"the\s+(?:day|week|month)\s+before)\b(?!\s+(?:the|a|an|its|his|her|their|to|than)\b)",
    re.IGNORECASE,
)
"""An election dated back from another deed: 'became prime minister on September 16; he had won the vote two days
earlier'. The sentence's date is the other deed's; 'shot two days before the election' dates the election itself, and
'two months earlier than the vote would have fallen' compares."""


def _dated_back(text: str, slug: str) -> bool:
    """Tell whether the clause naming the election gives no date after its words but dates it back from another's."""
    pattern = next(pattern for key, _, pattern in BODIES if slug.startswith(key))
    for start, end in clauses(text):
        named = re.search(pattern, text[start:end], re.IGNORECASE)
        if named and not p.dates(text[start + named.start() : end]) and _EARLIER.search(text, start, end):
            return True
    return False


_UNTIL_NAMED = re.compile(
    rf"\b(?:not\s+(?:be\s+)?(?:required|due|needed|necessary|scheduled)|need\s+not|(?:is|are)\s+(?:required|due|needed))\s+"
    rf"(?:to\s+be\s+held\s+)?until\s+(?P<named>the\s+(?:next\s+|regular\s+)?(?:{UPPER_HOUSE}|{LOWER_HOUSE})\s+"
    rf"(?:elections?|contests?|votes?|polls)\s+(?:of|in|on|set\s+for|scheduled\s+for)\s+{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}})",
    re.IGNORECASE,
)
"""'No national election is required until the upper-house contest of July 2028': the election named after 'until'
with its own date is the next one, scheduled; 'until July 2028' alone is a deadline and no election."""
THAT_CHAMBER = re.compile(r"\b(?:that|the)\s+chamber(?=\W?s\b|\b)|\bits(?=\s+(?:seats|members)\b)", re.IGNORECASE)
"""The chamber the sentence before names, pointed back to: 'that chamber's members', 'the other half of its seats'."""


_THERE = re.compile(r"\bthere\b|^(?:It|Its|They|Their)\b")
_BARE_ELECTION = re.compile(r"\b(?:elections?|vote|polls)\b(?!\s+(?:for|to)\b)")


_DISSOLVED = re.compile(
    rf"\bdissolved\s+(?:the\s+)?{LOWER_HOUSE}|{LOWER_HOUSE}\s+(?:was|had\s+been|has\s+been)\s+dissolved"
    rf"|\bdissolution\s+of\s+(?:the\s+)?{LOWER_HOUSE}",
    re.IGNORECASE,
)
"""The lower chamber dissolved, a deed done: the election a next sentence names is the one that follows it."""
_OWN_KIND = re.compile(
    r"\b(?:leadership|presidential|party|gubernatorial|mayoral|runoff|local)\s+(?:elections?|vote)\b"
)
_DAY = re.compile(rf"\b(?P<month>{p.MONTH})\s+\d{{1,2}}\b(?!,?\s*\d{{4}})")


def _chamber_there(sentences: list[Sentence], index: int, updated: str) -> str | None:
    """A sentence naming an election without its chamber, that points back ('there', 'It') to the one chamber the
    sentence before names: the sentence with that chamber named ('Since the July 2022 election, it has held ... there'
    after 'Its position in the upper chamber is narrower'); or that follows a sentence on the lower chamber's
    dissolution ('He dissolved the lower chamber. The October 27 election ...'), a day of it in the year of the
    dissolution's date, which it follows within weeks (never another country's vote)."""
    text = sentences[index].text
    if index == 0 or not ("election" in text or "vote" in text or "polls" in text):
        return None  # each match of _BARE_ELECTION holds one of the words: most sentences are spared its scan
    if not _BARE_ELECTION.search(text) or body_of(text) is not None:
        return None
    before = sentences[index - 1]
    named = body_of(before.text) if before.section == sentences[index].section else None
    if not _THERE.search(text):
        if (
            named is None
            or "dissol" not in before.folded
            or _OWN_KIND.search(text)
            or ABROAD.search(text)  # 'Taiwan held its election on February 9': another country's vote
            or not _DISSOLVED.search(before.text)
        ):
            return None
        named, dated = ("lower_house", "Lower House"), [value for value, _ in p.dates(before.text)]
        dissolved = {int(found.group("year")) for found in p.YEAR.finditer(before.text)}
        voted = {int(found.group("year")) for found in p.YEAR.finditer(text)}
        if len(dissolved) == 1 and voted and not voted <= {min(dissolved), min(dissolved) + 1}:
            return None  # 'dissolved ... in 2029. Voters go to the polls on March 13, 2033': no election it called
        if (day := _DAY.search(text)) and not p.YEAR.search(text):
            month = p.month_number(day.group("month"))
            dated += [found.group("year") for found in p.YEAR.finditer(before.text)]
            if len({value[:4] for value in dated}) > 1:
                return None
            if dated:  # on or after the dissolution's date
                year = int(dated[0][:4]) + (len(dated[0]) > 4 and month < int(dated[0][5:7]))
            else:  # no later than some weeks after the cover's month
                year = int(updated[:4]) - (month > int(updated[5:7]) + 1)
            text = f"{text[: day.end()]}, {year}{text[day.end() :]}"
    if named is None or named[0] not in ("upper_house", "lower_house"):
        return None
    return _BARE_ELECTION.sub(lambda word: f"{named[1]} {word.group(0)}", text, count=1)


_PHRASE = re.compile(r",\s+(?=(?:having|reversing|following|after|before|when|where|in\s+which)\b)", re.IGNORECASE)
"""Where a phrase of another deed starts inside a clause: ', having already lost control of the lower house in the
October 2024 election', ', reversing the setback of the July 20, 2025, Upper House election'."""


def _spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence, each cut again where a participle or a temporal phrase starts."""
    spans = []
    for start, end in clauses(text):
        cuts = [start, *(found.start() for found in _PHRASE.finditer(text, start, end)), end]
        spans += [(one, two) for one, two in itertools.pairwise(cuts) if two > one]
    return spans


def elections_of(sentences: list[Sentence], index: int, last_day: str | None, updated: str) -> list[tuple[str, Fields]]:
    """The elections a sentence reports (`_elections_of`), with the LDP's vote told as 'the party vote'."""
    if (labelled := members_labelled(sentences, index)) is not None:  # 'Representatives last vote: February 8, 2026'
        sentences = [*sentences[:index], labelled, *sentences[index + 1 :]]
    found = _elections_of(sentences, index, last_day, updated)
    if any(slug.startswith("ldp_president_") for slug, _ in found):
        return found
    party = party_vote(sentences, index, updated)
    return [*found, party] if party is not None else found


def _elections_of(
    sentences: list[Sentence], index: int, last_day: str | None, updated: str
) -> list[tuple[str, Fields]]:
    """The elections a sentence reports, each keyed by slug: body, date, status, candidates.

    A sentence naming two chambers may report an election of each, one clause each ('In the July 20, 2025, House of
    Councillors election, the coalition lost its majority, having already lost the lower house in the October 2024
    election'); a clause that only sets a chamber's deadline reports none.
    """
    text = sentences[index].text
    if ": " in text and (row := row_election(sentences, index, updated)) is not None:
        return [row]  # a table's row: 'Okinawa governor date: September 2022', 'Upper House next: July 2025'
    nearby = [one.text for one in sentences[max(0, index - 9) : index + 1]] if ": " in text else []
    if nearby and (label := vote_label(nearby, len(nearby) - 1)) is not None:
        named = events.election_in([Sentence(label, sentences[index].section)], 0, None, updated)
        return [named] if named else []  # '- Oct. 31, 2021, House of Representatives: ...' in a list of votes
    won = leadership_win(text, updated) or party_runoff(text, updated) or ldp_chosen(text, updated)
    if won is not None:  # a party's leadership won, and a chamber's past election a later clause names
        return [won, *_chamber_held(text, updated, won[1]["date"])[:1]]
    until = _UNTIL_NAMED.search(text) if "until" in text else None
    if until is not None:  # the election named with its date after 'until', read alone
        named = events.election_in([Sentence(until.group("named"), "")], 0, None, updated)
        return [named] if named else []
    again = _AGAIN.search(text) if "again" in text else None
    if again is not None:  # 'went to the voters in October 2024 and again on February 8, 2026': two votes
        first, second = text[: again.end("first")], text[: again.start()] + text[again.start("second") :]
        each = [one for part in (first, second) if (one := events.election_in([Sentence(part, "")], 0, None, updated))]
        return each if len(each) == 2 and each[0][0] != each[1][0] else each[:0]
    found = events.election_in(sentences, index, last_day, updated)
    if found is not None and _dated_back(text, found[0]):
        return []
    if found is not None and found[1]["status"] == "upcoming" and chamber_only_supposed(text):
        return []  # 'Unless Hoshino dissolves the House of Representatives early, voters go to the polls on March 9'
    spans = [found_at.span() for _, found_at in p.dates(text)] if found is not None else []
    if found is not None and found[0][:5] in ("lower", "upper") and party_head_dated(text, spans):
        return []  # the dates are a party head's vote's, a chamber named only beside it
    if found is not None and found[0].startswith("okinawa") and (there := governor_after(sentences, index, True)):
        # 'Governor Tamaki, reelected in September 2022, ...; his term ends next September': the vote his term's end
        # calls, beside the one that sentence tells of
        named = events.election_in([Sentence(there, sentences[index].section)], 0, None, updated)
        return [found, named] if named and named[0] != found[0] else [found]
    if found is None and (there := _chamber_there(sentences, index, updated) or governor_after(sentences, index)):
        named = events.election_in([Sentence(there, sentences[index].section)], 0, None, updated)
        return [named] if named else []
    its = "its seats" in text or "its members" in text  # 'The other half of its seats come up for renewal in July'
    if ("House" not in text and "chamber" not in text and not its) or not has(ELECTION_SAID, text):
        return [found] if found else []  # only a sentence naming a chamber may name two elections
    if "other half" in text and (name := body_of(text)) and len(halves := _OTHER_HALF.split(text, maxsplit=1)) == 2:
        # 'where half of the seats were filled in July 2016 and the other half will be contested in July 2019': each
        # half of the one chamber named, its own election (never a half of another country's or a local assembly)
        each = [
            reading
            for half in halves
            if not ABROAD.search(half)
            and (reading := events.election_in([Sentence(f"{half} ({name[1]})", "")], 0, None, updated)) is not None
        ]
        if len(each) == 2 and each[0][0] != each[1][0]:
            return each
    if found is not None and not _other_chamber(found[1]["body"], text):
        return [found]
    # 'Half of that chamber's seats will be contested in July' after a sentence on the Upper House alone.
    before = sentences[index - 1] if index else None
    named_before = body_of(before.text) if before and before.section == sentences[index].section else None
    if found is None and named_before is not None and THAT_CHAMBER.search(text):
        alone = not any(has(pattern, text) for _, _, pattern in BODIES)
        text = THAT_CHAMBER.sub(f"the {named_before[1]}", text)
        if alone:  # 'The chamber's next election comes in July 2022', 'That chamber was last elected in October 2024'
            named = events.election_in([Sentence(text, sentences[index].section)], 0, None, updated)
            return [named] if named else []
    bodies = sum(1 for _, _, pattern in BODIES if has(pattern, text))
    if bodies < 2 or len(spans := _spans(text)) < 2:
        return [found] if found else []
    each = [
        reading
        for start, end in spans
        if _chamber_first(text[start:end])
        and (reading := events.election_in([Sentence(text[start:end].strip(" ,;"), "")], 0, None, updated)) is not None
        and not _DEADLINE.search(text, start, end)
    ]
    if found is not None:  # the sentence's own election, and a past one of the other chamber a clause names
        return [found, *(one for one in each if one[1]["body"] != found[1]["body"] and one[1]["status"] == "held")][:2]
    if len(each) == 1 or (len({one[1]["body"] for one in each}) == len(each) == 2 and _all_held(each)):
        return each
    return []  # two coming votes, one of which may be only a deadline ('... is due in October 2032')


_DATED = rf"{p.MONTH}\s+(?:\d{{1,2}},\s+)?\d{{4}}"
_AGAIN = re.compile(rf"\b(?:in|on)\s+(?P<first>{_DATED}),?\s+and\s+again\s+(?P<second>(?:in|on)\s+{_DATED})\b")
"""One vote's date and the next's in one clause: 'faced the voters in October 2024 and again on February 8, 2026'."""
_OTHER_HALF = re.compile(r"[,;]?\s+(?:and|while|whereas|with)?\s*(?=the\s+other\s+half\b)", re.IGNORECASE)
"""Where a sentence turns from one half of a chamber to the other: '... filled in July 2016 and the other half ...'."""
_NOUN = re.compile(r"\b(?:elections?|vote|polls|contest|race)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|needed|override|overrule)\b", re.IGNORECASE)


def _chamber_first(clause: str) -> bool:
    """Tell whether a clause names its chamber in its election's own words or before them: in 'a margin secured in the
    December 14 election that clears the threshold to override the upper chamber' the chamber is another deed's."""
    noun = _NOUN.search(clause)
    named = [found.start() for _, _, pattern in BODIES if (found := re.search(pattern, clause, re.IGNORECASE))]
    if noun is None or own_body(clause) is not None:
        return True
    # 'the next regular contest, for half of the upper chamber,' names it; 'election that clears ... by' does not
    return any(at < noun.start() or not _RELATIVE.search(clause, noun.end(), at) for at in named)


def _other_chamber(body: str, text: str) -> bool:
    """Tell whether a text names the Diet chamber other than `body` (False for a body that is no chamber)."""
    other = {"Upper House": "lower_house", "Lower House": "upper_house"}.get(body)
    return other is not None and any(has(pattern, text) for slug, _, pattern in BODIES if slug == other)


def _chamber_held(text: str, updated: str, won: str) -> list[tuple[str, Fields]]:
    """The Diet chambers' past elections the clauses of a sentence name, each read from a clause of its own: not the
    clause dating the leadership win (`won`), whose date a chamber named there would borrow."""
    if "ouse" not in text and "chamber" not in text:  # 'House', or 'the upper house' written small
        return []
    out = []
    for start, end in _spans(text):
        clause = _won_aside_cut(text[start:end].strip(" ,;"), won)
        if any(value == won for value, _ in p.dates(clause)):
            continue
        reading = events.election_in([Sentence(clause, "")], 0, None, updated)
        if (
            reading is not None
            and reading[1]["body"] in ("Upper House", "Lower House")
            and reading[1]["status"] == "held"
        ):
            out.append(reading)
    return out


_ASIDE = re.compile(rf",\s+(?:{ASIDE_OPENERS})\b")


def _won_aside_cut(clause: str, won: str) -> str:
    """The clause without the aside of its doer that dates the leadership win: 'Kishida, who took the LDP leadership on
    September 29, 2021, led his party to a win in last October's Lower House election' keeps 'Kishida led ...'."""
    at = next((m for value, m in p.dates(clause) if value == won), None)
    opened = [m.start() for m in _ASIDE.finditer(clause, 0, at.start())] if at else []
    shut = clause.find(",", at.end()) if at else -1
    return f"{clause[: opened[-1]]}{clause[shut + 1 :]}" if opened and shut > 0 else clause


def _all_held(readings: list[tuple[str, Fields]]) -> bool:
    return all(fields["status"] == "held" for _, fields in readings)


_DEADLINE = re.compile(
    rf"{DUE_WORDS}[^;]{{0,40}}?\b(?:by|until|before|no\s+later\s+than)\s+{p.MONTH}\s+\d{{4}}", re.IGNORECASE
)
"""'the next contest is the July 2025 Upper House election; the Lower House must be elected no later than October
2025': the other clause is the chamber's deadline, not a second election the sentence reports."""
