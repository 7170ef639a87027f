"""The LDP's presidency and Okinawa's governorship read by their roles, where no election reader read a sentence: the
body (the party, the prefecture) and its office, in the clause, the sentence or carried from the sentence before; the
contest's own word (a vote, or a term won); one date, full or loose ('last September', 'late this year'); or a
president's term end alone, within months of the cover. Ruled out: another party, country or prefecture, another
contest's clause, a deed of the race that is not its vote, a vote supposed or urged. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.alternative_dates import offered_in
from usjapan_facts.extract.calendar_days import months_ahead
from usjapan_facts.extract.contest_pieces import ASIDE, OPENS_RELATIVE, dated_on, parts_and_pieces
from usjapan_facts.extract.election_dates import LOOSE, election, loose_date, loose_status
from usjapan_facts.extract.election_words import another_peoples_vote
from usjapan_facts.extract.japan import ANOTHER_COUNTRY, BY_ELECTION
from usjapan_facts.extract.leadership import OTHER_PARTY
from usjapan_facts.extract.local_offices import elsewhere_beside_governor
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.term_choices import CHOICE, TERM_END, choice_pieces, term_end_pieces
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.vote_hedges import SUPPOSED, URGED
from usjapan_facts.extract.word_choice import holds_any

_ROLES: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "ldp_president",
        "LDP president",
        re.compile(
            r"\b(?:LDP|Liberal\s+Democratic\s+Party|ruling\s+party|(?:[Tt]he|[Ii]ts)\s+party|party\s+(?:lawmakers|members))\b"
        ),
        re.compile(
            r"\b(?:president(?!ial\s+(?:election|race|vote)\s+in\s+the\s+United)|presidency|presidential|"
            r"leader(?:ship)?|head|helm|successor|top\s+(?:post|job))\b",
            re.I,
        ),
    ),
    (
        "okinawa_governor",
        "Okinawa governor",
        re.compile(r"\b(?:Okinawa|Henoko|Futenma)"),  # the prefecture, or the base sites only it holds
        re.compile(r"\b(?:governor(?:ship)?|gubernatorial|successor)\b", re.I),
    ),
)
_OTHER_OFFICE = re.compile(r"\b(?:governor\w*|gubernatorial|mayor\w*)\b", re.I)
"""An office no party leader holds: a clause naming it is another contest's ('Tokyo voters will pick a governor')."""
"""Each contest's roles as data: its body's words (the party, the prefecture) and its office's words; either may stand
in the clause of the contest, elsewhere in its sentence, or in the sentence before for a subject carried ('He is up for
reelection in September')."""
_EVENT = re.compile(
    r"\b(?:elections?|votes?|voted|ballot|race|contest|runoff|polls|re-?elect(?:ed|ion)|elected|(?<!-)elects?|won|wins?|regained|"
    r"returned|chose|chooses?|choosing|chosen|picks?|picked|fac(?:es|ed|ing)\s+(?:the\s+)?(?:voters|electorate)|(?:second|third|fourth|new|another|consecutive)\s+"
    rf"(?:(?:three|four|two)-year\s+)?term|(?:leadership|presidency)(?=[,:]\s+(?:{p.MONTH})))\b",
    re.I,
)
"""The contest's own role: a vote, or the office won or given ('gave him a second three-year term as its president')."""
_OTHER_CONTEST = (
    r"\b(?:mayor\w*|assembly|referendum|House|chamber|Diet|general\s+election|snap|upper|lower|prime\s+minister|"
    r"premier\w*|cabinet(?!\s+secretary)|(?:back\s+)?to\s+power|not\s+an\s+election|no\s+(?:\w+\s+){0,2}(?:election|vote|race|contest|ballot)|"
    rf"{BY_ELECTION}|seats|"
    r"(?:unlike|like|than|neighbou?r\w*)\s+Okinawa)\b|(?-i:\b(?!Okinawa|The|A|An|Its|Their|This|That|Next|New|Former|Late|"
    r"Incumbent|Prefect|Governor|LDP)[A-Z][a-z]+(?:\W?s)?\s+(?:(?:will\s+)?(?:hold|held|holds|choose|chose|chooses|elect|"
    r"elected|elects|pick|picks|picked|voted|votes?)\b[^.;]{0,30}\b)?(?:[Gg]overnor|gubernatorial))"
)
_OTHER_DEED = (
    r"\b(?:until|through|since|runs?\s+to|serv(?:ed|ing)|sworn|took\s+office|earlier|previously|(?:days?|weeks?|"
    r"months?|the\s+(?:day|week|month))\s+(?:before|after|later)|campaign\w*|registration|registered|debates?|candidac\w*|"
    # a vote on the party's rules, no choice of its leader: 'voted to let its president serve three terms'
    r"vot(?:ed?|es|ing)\s+to\s+(?!(?:re-?)?elect|choose|pick|select|install|name|make|keep|return|replace|oust)\w+|"
    r"(?:chang\w*|amend\w*|revis\w*|rewr\w*|relax\w*|extend\w*)\s+(?:its|the|party)\s+(?:\w+\s+)?rules?|rules?\s+changes?|"
    # a death's or a resignation's date, not the vote's: 'the vote was moved up after the governor died in May'
    rf"(?:died|resigned|stepped\s+down|quit|passed\s+away|retired)\s+(?:in|on)\s+(?=(?:{p.MONTH})\b|(?:19|20)\d\d))\b"
)
_NOT_OURS = re.compile(f"{_OTHER_CONTEST}|{_OTHER_DEED}", re.I)
"""A clause of another contest: a city's, an assembly's, a chamber's, the premier's, another prefecture's governor
('Tokyo Governor Yuriko Koike won a third term', 'Kagoshima's gubernatorial election'), or one said not to be one;
or a deed of the race that is not its vote (its campaign, registration, debates), or of a date another deed's; a
party returned 'to power' is a general election's, not its leader's ('Abe, who returned the LDP to power in 2012')."""
_NOT_OURS_TIED = re.compile(_OTHER_CONTEST, re.I)
_TIED = re.compile(rf"\b(?:election|vote|race|contest|ballot|runoff)\s+(?:on|of|held\s+on)\s+(?:{p.MONTH})\b", re.I)
"""A date the contest's noun runs straight into ('winning the LDP leadership race on September 27'): the contest's own,
whatever deed the clause dates from it ('took office on October 1, four days after winning ...'); only another
contest's words rule it out."""


_MADE_GOVERNOR = re.compile(
    r"\b(?P<verb>(?:re-?)?elect(?:ed|s)?|chose|choose|picked|pick|made|named)\s+(?:[A-Z][a-z]+\s+){1,3}(?=governor\b)"
)
"""A person made governor ('Okinawans elected Denny Tamaki governor'): the name before it is no other place's."""


def _not_ours(clause: str) -> bool:
    """Tell whether a clause is another contest's, another people's ('the U.S. presidential election follows in
    November'), or its date another deed's (`_NOT_OURS`, `_TIED`)."""
    clause = _MADE_GOVERNOR.sub(r"\g<verb> ", clause)
    return (_NOT_OURS_TIED if _TIED.search(clause) else _NOT_OURS).search(clause) is not None or another_peoples_vote(
        clause
    )


_CONDITION_PART = re.compile(r";|,\s+(?:and|but),?\s+(?=(?:if|unless|should)\b)")
"""Where a sentence's parts part: its semicolons, and a coordinated clause a condition opens."""
_LDP = re.compile(r"\b(?:LDP|Liberal\s+Democratic\s+Party)\b")
_OFFICE_TERM = re.compile(
    r"\bterm\s+(?:as|at\s+the\s+helm\s+of)\s+(?:the\s+)?(?:LDP\s+president|(?:president|leader|head)\s+of\s+the\s+"
    r"(?:LDP|Liberal\s+Democratic\s+Party|party|ruling\s+party))\b|\bLDP\s+presidential\s+term\b",
    re.I,
)
"""The party presidency's own term: its end is the party's vote ('Kato's term as LDP president ends in September')."""
_FACES = re.compile(r"\b(?:faces?|up\s+for|seeks?|seeking)\b(?![^,;]*\b(?:won|was|were|had|last)\b)", re.I)
"""A contest the clause's subject faces or seeks: a month it names is the next one ('He faces a party vote in
September')."""
_ROLE_CHEAP = ("ldp", "liberal democratic", "party", "leadership", "okinawa", "governor", "gubernatorial")
_PRONOUN = re.compile(r"\b(?:he|his|she|her)\b", re.I)
"""A subject a pronoun carries from the sentence before, anywhere in the sentence: only a term's end and the choice it
calls for are read so ('Because Suga is serving out Abe's term, his mandate from the party lasts only until ...')."""
_CARRIED = re.compile(
    r"^(?:He|She|His|Her)\b|^The\s+(?:(?:party|prefecture)\W?s\s+)?(?:next\s+)?(?:gubernatorial|governor\W?s|leadership|presidential)\b"
)
"""A subject carried from the sentence before: a pronoun, or the contest named by its office alone ('The gubernatorial
contest expected late this year', 'The prefecture's gubernatorial vote')."""


_PARTY_CONTEST = re.compile(
    r"\b(?:party(?:\W?s)?\s+(?:leadership\s+)?|leadership\s+)(?:vote|election|race|contest|ballot|runoff)\b", re.I
)
"""A party's contest that names no party: the party is the sentence before's ('Under his leadership the LDP ... In the
October 4 party vote, Takaichi defeated Koizumi in a runoff')."""
_PARTY_NAMED = re.compile(r"\b(?:LDP|Liberal\s+Democratic|Komeito|CDP|DPP|Ishin|Democratic\s+Party|Constitutional)\b")


def _carries(text: str) -> bool:
    """Tell whether a sentence takes its contest's body from the sentence before (`_CARRIED`, `_PARTY_CONTEST`)."""
    return bool(_CARRIED.match(text) or (_PARTY_CONTEST.search(text) and not _PARTY_NAMED.search(text)))


def _body(slug: str, *texts: str) -> bool:
    party, office = next((party, office) for key, _, party, office in _ROLES if key == slug)
    return any(party.search(text) for text in texts) and any(office.search(text) for text in texts)


def _supposing(text: str, found: re.Match[str]) -> bool:
    """Tell whether a word `SUPPOSED` found supposes: 'seeks a third term' is a candidate's, 'May 10' a month's."""
    word = found.group(0)
    return word.lower()[:4] != "seek" and not (
        word == "May" and text[found.end() : found.end() + 2].strip()[:1].isdigit()
    )


_REASON = re.compile(r",?\s+because\b[^;]*")
"""A reason given for a deed: its modal is the reason's ('without a ballot, because no rival could gather ...')."""


def _supposed(text: str) -> bool:
    """Tell whether a text supposes or urges a vote (`SUPPOSED`, `URGED`), outside a reason it gives (`_REASON`)."""
    text = _REASON.sub("", text)
    return any(_supposing(text, found) for found in SUPPOSED.finditer(text)) or URGED.search(text) is not None


def _named(slug: str, clause: str) -> bool:
    """Tell whether a clause names the contest's body or its office."""
    return any(party.search(clause) or office.search(clause) for key, _, party, office in _ROLES if key == slug)


def _one_date(clause: str, updated: str, sentence: str = "") -> tuple[str, str] | None:
    """The one date a clause gives, written in full or loosely ('last September', 'late this year'), with its status;
    a month its clause leaves untensed placed by its sentence's tense ('Closer at hand is Okinawa's gubernatorial
    election in September, in which Governor Tamaki is expected to seek a third term')."""
    full = p.dates(clause)
    spans = [found.span() for _, found in full]
    loose = [
        found
        for found in LOOSE.finditer(clause)
        if not any(start <= found.start() < end for start, end in spans) and found.group(0).strip()
    ]
    if len(full) + len(loose) != 1 or (loose and sentence and offered_in(sentence, loose[0].group(0))):
        return None  # none, two, or one of two the sentence offers ('in September, or possibly October')
    if full:
        date = full[0][0]
        return date, election("", "", date, updated, clause)[1]["status"]
    bounds = loose_date(loose[0], updated, f"{clause} (will)" if _FACES.search(clause) else clause)
    if bounds is None and sentence:
        bounds = loose_date(loose[0], updated, sentence)
    if bounds is None or (loose[0].group("day") and abs(months_ahead(bounds[1], updated)) > 3):
        return None  # a day without its year a year off the cover's: none a brief would leave yearless
    status = loose_status(bounds, updated, clause)
    if len(bounds[0]) == 10 and (status == "held") != (bounds[0] <= updated):
        return None  # 'won ... on December 20' in a brief of December 2: a day its tense cannot place
    return bounds[0], status


def contest_by_roles(
    sentences: list[Sentence], index: int, updated: str, beside: list[tuple[str, Fields]] | None = None
) -> tuple[str, Fields] | None:
    """The party's presidency or Okinawa's governorship contested in a sentence no reader read, by its roles: a clause
    with the contest's own word (`_EVENT`) and one date, its body and office named in that clause, the sentence or, for
    a subject carried ('He ...'), the sentence before; or a term's end dated in one clause and the vote that follows it
    in another ('When his third term ends in September 2021, party lawmakers and members will vote on a successor').
    Ruled out: two bodies named, another party, another contest's clause (`_NOT_OURS`), a vote supposed or urged.

    Where other readers read contests `beside` it in the sentence, a contest of another body or year in a clause of its
    own: 'Suga won the LDP's leadership vote on September 14, 2020, but only for the remainder of Abe's term, which ends
    in September; the LDP must choose a president again by then' is the 2020 vote read, and the one to come."""
    taken = [fields["date"] for _, fields in beside or []]
    found = _by_roles(sentences, index, updated, taken)
    if found is None or not beside:
        return found
    return None if any(found[0] == slug or found[1]["date"] in taken for slug, _ in beside) else found


def _by_roles(sentences: list[Sentence], index: int, updated: str, taken: list[str]) -> tuple[str, Fields] | None:
    """`contest_by_roles`, not reading a clause whose date is one of `taken` (read by others)."""
    sentence = sentences[index]
    text = sentence.text
    if not (holds_any(sentence.folded, _ROLE_CHEAP) or _CARRIED.match(text)):
        return None
    if not _EVENT.search(text) and not CHOICE.search(text):
        return _term_ends(text, updated)
    before = sentences[index - 1].text if index and sentences[index - 1].section == sentence.section else ""
    carried = before if _carries(text) and not _NOT_OURS.search(text) else ""
    slugs = [slug for slug, *_ in _ROLES if _body(slug, text, carried)]
    ends_only = not slugs and before and _PRONOUN.search(text) and not _NOT_OURS_TIED.search(text)
    if ends_only:  # 'his mandate from the party lasts only until ...' after a sentence on the LDP's leader
        carried, slugs = before, [slug for slug, *_ in _ROLES if _body(slug, text, before)]
    if len(slugs) != 1 or (
        slugs[0] == "ldp_president"
        and (OTHER_PARTY.search(text) or (OTHER_PARTY.search(carried) and not _LDP.search(carried)))
    ):
        return None
    said = f"{text} {carried}"
    if slugs[0] == "ldp_president" and any(
        not _LDP.search(one) and ANOTHER_COUNTRY.search(one) for one in (said, text)
    ):
        return None  # 'In Taiwan, the ruling party's leadership race': another country's ruling party
    if slugs[0] == "okinawa_governor" and elsewhere_beside_governor(text):
        return None  # 'met the governor of Hokkaido, who won a gubernatorial election': another's, in any clause
    slug = slugs[0]
    # a vote supposed or urged in a part of its own: past a semicolon, or a condition opening a coordinated clause
    # ('... chooses its leader, in September 2018, and, if he wins, to remain prime minister')
    said_parts = _CONDITION_PART.split(text)
    held = [part for part in said_parts if not _supposed(part)]
    supposing = len(held) < len(said_parts)
    parts, pieces = parts_and_pieces(text)
    # a relative clause tells a fact of its own, whatever the rest supposes ('Governor Nakama, who won the post three
    # years ago this month, still refuses the permits')
    held += [part for part in parts if OPENS_RELATIVE.match(part) and not _supposed(part)]
    if not held:
        return None
    # a clause, else a deed and the date the clause after gives it, else a phrase of it ('Suga, who won the LDP
    # presidency last September, heads a cabinet ...')
    for clause in [] if ends_only else [*parts, *dated_on(parts, pieces, _EVENT), *pieces]:
        if not _EVENT.search(clause) or _not_ours(clause) or TERM_END.search(clause):
            continue
        if not any(clause.strip("; ") in said for part in held for said in (part, ASIDE.sub("", part))):
            continue  # 'under party rules he may serve until September 2018': the part that supposes
        if not (carried or _named(slug, clause)) or (slug == "ldp_president" and _OTHER_OFFICE.search(clause)):
            continue  # neither the body nor its office in the clause: another deed's date
        dated = _one_date(clause, updated, text)
        if dated is not None and not any(dated[0].startswith(date) or date.startswith(dated[0]) for date in taken):
            return _reading(slug, *dated)
    if supposing:
        return None
    # a term that ends speaks of what is to come, whatever the words before; read with and without asides, one end
    ends = list(dict.fromkeys(end[at.start() :] for end in term_end_pieces(pieces) if (at := TERM_END.search(end))))
    votes = choice_pieces(pieces)
    if len(ends) == 1 and votes and not _NOT_OURS_TIED.search(text):
        dated = _one_date(f"{ends[0]} (will)", updated)
        if dated is not None and dated[0] > updated[: len(dated[0])] and dated[0] not in taken:
            return _reading(slug, dated[0], "upcoming")
    return None


_SOON = 6
"""The months ahead within which a presidency's term end stands for its vote."""


def _term_ends(text: str, updated: str) -> tuple[str, Fields] | None:
    """The party vote a presidency's term end alone dates, in a sentence of that one date and no other deed: 'Abe's
    three-year term as LDP president, meanwhile, ends in September' (never one past or over `_SOON` months off, nor
    another party's)."""
    if not ("term" in text and _OFFICE_TERM.search(text) and TERM_END.search(text)) or OTHER_PARTY.search(text):
        return None
    if _NOT_OURS.search(text) or _OTHER_OFFICE.search(text):
        return None
    if any(_supposing(text, one) for one in SUPPOSED.finditer(text)):
        return None
    dated = _one_date(f"{text} (will)", updated)  # a term that ends speaks of what is to come
    if dated is None or dated[1] != "upcoming" or len(dated[0]) != 7 or months_ahead(dated[0], updated) > _SOON:
        return None  # a term's end further off, or said to the year or the day, is a deadline only: the vote may move
    return _reading("ldp_president", dated[0], "upcoming")


def _reading(slug: str, date: str, status: str) -> tuple[str, Fields]:
    body = next(body for key, body, *_ in _ROLES if key == slug)
    return f"{slug}_{date[:4]}", {"body": body, "date": date, "status": status, "candidates": {}}


__all__ = ["contest_by_roles"]
