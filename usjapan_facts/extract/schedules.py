"""Elections a sentence states without dating them in an election's own words.

The Upper House's regular contest named by its cycle ('half of the upper chamber is next chosen in July'), the
LDP's leadership race by the end of its leader's term or by the party choosing its leader, a Lower House vote by
the chamber's term running out within the year, and a past election by its result ('lost their Upper House
majority in July 2025', 'won a landslide in December 2014'). A month or day written without its year takes the
year the sentence gives, else the cover date's. Each reader returns nothing where the sentence could mean another
deed, another country's vote or a far deadline: a missed election is unknown, a wrong one a false alarm.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.events import LATEST_ONLY, months_ahead, status_of
from usjapan_facts.extract.japan import LOWER_HOUSE, OTHER_COUNTRIES, PARTY_VOTE, UPPER_HOUSE
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_UPPER = rf"(?:{UPPER_HOUSE}|\bupper-house\b)"
_LOWER = rf"(?:{LOWER_HOUSE}|\blower-house\b)"
_ABROAD = re.compile(
    rf"{OTHER_COUNTRIES}|\bU\.S\.|\bUnited States|\bAmerican\b|\bby-?\s?elections?\b|\bmidterms?\b|\bgubernatorial\b"
    r"|\bmayor|\bassembly\b|\bprefectural\b",
)
"""Another country's vote, a single seat's, or a local one: never the national election a reader dates."""
_MONTH_WORD = re.compile(rf"\b(?P<month>{p.MONTH})\b(?:\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}}))?")


def _month(name: str) -> int:
    return p.MONTHS.index(name) + 1


def _next_month(month: int, cover: str) -> str:
    """The first month named `month` from the cover date on: 'runs out in September' written in June 2021."""
    year = int(cover[:4]) + (1 if month < int(cover[5:7]) else 0)
    return f"{year}-{month:02d}"


def _election(slug: str, body: str, date: str, cover: str, text: str) -> tuple[str, Fields]:
    fields: Fields = {"body": body, "date": date, "status": status_of(date, cover, text), "candidates": {}}
    return f"{slug}_{date[:4]}", fields


def _years(text: str) -> set[str]:
    return set(p.YEAR.findall(text))


_HALF_UPPER = re.compile(
    rf"\bhalf\s+(?:of\s+)?(?:the\s+|that\s+)?(?:{_UPPER}|chamber)\W?s?\s+(?:seats\s+|members\s+)?"
    r"(?:is|are|will\s+be|faces?|comes?)\s+(?:next\s+|again\s+)?(?:(?:to|due\s+to|scheduled\s+to)\s+be\s+)?"
    r"(?:up\b|chosen|picked|contested|elected|filled|renewed|election)"
    rf"|\bnext\s+(?:regular\s+)?{_UPPER}\s+(?:elections?|contest|vote|polls)\s+(?:is|will|comes?)\b",
    I,
)
"""'half of the Upper House is to be chosen', 'half the House of Councillors is next up', 'faces election'."""
_JULY_DAY = re.compile(r"\bJuly\s+(?P<day>[1-9]|[12]\d|3[01])\b(?!\s*(?:%|percent))")  # with its year or without


def _upper_cycle(sentences: list[Sentence], index: int, cover: str) -> tuple[str, Fields] | None:
    """The Upper House's regular July contest named by its cycle, in a year the sentence gives or the next July.

    Half the chamber is elected each July of a year divisible by three; a year that breaks the cycle is no
    such contest, so the sentence is left unread.
    """
    text = sentences[index].text
    found = _HALF_UPPER.search(text)
    if found is None or "July" not in text or _ABROAD.search(text):
        return None
    if not re.search(_UPPER, found.group(0), I):  # 'half of that chamber': the Upper House named just before
        before = sentences[index - 1].text if index else ""
        if not re.search(_UPPER, before, I) or re.search(_LOWER, before, I):
            return None
    years = {int(year) for year in _years(text) if int(year) % 3 == 0 and int(year) >= int(cover[:4])}
    if not _years(text):
        years = {int(_next_month(7, cover)[:4])}
    if len(years) != 1 or (year := years.pop()) % 3:
        return None
    days = {int(july.group("day")) for july in _JULY_DAY.finditer(text)}  # 'on July 10': as precise as written
    date = f"{year}-07-{days.pop():02d}" if len(days) == 1 else f"{year}-07"
    return _election("upper_house", "Upper House", date, cover, "will")


_LDP = r"(?:LDP|Liberal\s+Democratic\s+Party(?:\s+\(LDP\))?)"
_LDP_TERM = re.compile(
    rf"\bterm\s+as\s+(?:the\s+)?(?:{_LDP}|party)\s+(?:president|leader|chief)"
    rf"|\bterm\s+as\s+(?:the\s+)?(?:president|leader)\s+of\s+(?:the\s+)?{_LDP}"
)
_TERM_RUNS = re.compile(
    r"(?:,[^,;]{1,80},)?\s+(?:ends|expires|runs\s+out|runs\s+(?:only\s+)?(?:to|until|through)|is\s+up|concludes)\s+"
    rf"(?:(?:in|on|at\s+the\s+end\s+of)\s+)?(?P<month>{p.MONTH})(?:\s+(?P<year>\d{{4}}))?\b"
)
"""'Kishida's term as LDP president ends in September', 'Suga's term as president of the Liberal Democratic Party
(LDP), which completes Abe's, runs only until September 2021'."""


_PARTY_CHOOSES = re.compile(PARTY_VOTE, I)
"""'..., when the party must choose a leader': the term's end is the party's vote, not only a deadline."""


def _ldp_term(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's leadership race, dated by the month its leader's term runs out (the next such month, unyeared),
    where the sentence says the party then chooses its leader."""
    term = _LDP_TERM.search(text)
    runs = _TERM_RUNS.match(text, term.end()) if term else None
    if runs is None or not re.search(_LDP, text) or not _PARTY_CHOOSES.search(text, runs.end()):
        return None
    month = _month(runs.group("month"))
    date = f"{runs.group('year')}-{month:02d}" if runs.group("year") else _next_month(month, cover)
    return _election("ldp_president", "LDP president", date, cover, "will")


_CHOOSES = re.compile(
    rf"\b(?:{_LDP}|the\s+party)\b(?:\s+(?:lawmakers|members)(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?\s+members)?)?\s+"
    r"(?:is\s+to\s+|will\s+|must\s+)?(?:choose|chooses|pick|picks|select|selects|elect|elects)\s+"
    r"(?:a\s+new\s+|its\s+(?:new\s+|next\s+)?|his\s+|her\s+)?(?:party\s+)?(?:president|leader|successor)\b"
    rf"(?P<rest>[^;]{{0,80}}?)\b(?:on|for)\s+(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?:,?\s*(?P<year>\d{{4}}))?"
)
"""'the party is to choose his successor, ..., on September 27, 2024', 'LDP lawmakers and rank-and-file members
choose a new party president on September 29', 'once the LDP chooses a new president, a vote set for October 4'."""


_CONDITION = re.compile(r"\b(?:once|until|unless|if|after|before|when)\s+(?:the\s+)?$")


def _ldp_choice(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's leadership vote, dated by the day the party is to choose its leader."""
    chosen = _CHOOSES.search(text)
    if chosen is not None and _CONDITION.search(text[: chosen.start()]):
        return None  # 'he would step down once the LDP chooses a new president': a condition, not the party's vote
    if chosen is None or not re.search(_LDP, text) or re.search(r"\b(?:prime\s+minister|premier)\s+on\b", text, I):
        return None
    if any(re.search(rf"\b{name}\b", text) for name in ("CDP", "DPP", "Komeito", "Ishin")) or p.dates(
        chosen.group("rest")
    ):
        return None
    month, day = _month(chosen.group("month")), int(chosen.group("day"))
    year = chosen.group("year")
    date = f"{year}-{month:02d}-{day:02d}" if year else f"{_next_month(month, cover)}-{day:02d}"
    if not year and date < cover:
        return None
    return _election("ldp_president", "LDP president", date, cover, "will")


_LOWER_DEADLINE = re.compile(
    r"\b(?:term\w*\s+(?:now\s+)?(?:ends|expires?|runs\s+out|runs\s+(?:until|to|through))|must\s+(?:be\s+held|take\s+place|"
    r"be\s+elected|face\s+voters|call))"
    rf"[^;]{{0,40}}?\b(?:in|by|until|to|through|no\s+later\s+than|before)\s+(?:that\s+)?"
    rf"(?P<month>{p.MONTH})(?:\s+(?P<year>\d{{4}}))?\b",
    I,
)
"""'The Lower House's term ends in October 2021', 'a general election for the lower chamber must take place no
later than October', 'must call a lower house election by October 2021'."""


def _lower_deadline(text: str, cover: str) -> tuple[str, Fields] | None:
    """The Lower House's vote, by its term running out within the year after the cover date; later is a deadline."""
    for start, end in clauses(text):
        clause = text[start:end]
        found = _LOWER_DEADLINE.search(clause)
        named = re.search(rf"{_LOWER}|\bgeneral\s+election", clause, I)
        if found is None or not named or re.search(_UPPER, clause, I) or _ABROAD.search(clause):
            continue
        month = _month(found.group("month"))
        years = _years(text)
        year = found.group("year") or (years.pop() if len(years) == 1 else None)
        date = f"{year}-{month:02d}" if year else _next_month(month, cover)
        if 0 < months_ahead(date, cover) <= 12 and not LATEST_ONLY.search(text):  # 'unless dissolved early': a deadline
            return _election("lower_house", "Lower House", date, cover, "will")
    return None


def _one_body(text: str) -> tuple[str, str] | None:
    upper, lower = re.search(_UPPER, text, I), re.search(_LOWER, text, I)
    if bool(upper) == bool(lower):
        return None
    return ("upper_house", "Upper House") if upper else ("lower_house", "Lower House")


_YEARLESS_NAMED = re.compile(
    rf"\bthe\s+(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\s+(?:{_UPPER}|{_LOWER}|general|snap)\s+(?:[\w-]+\s+)?"
    r"(?:elections?|vote|contest|polls)\b"
    rf"|^(?P<label>{p.MONTH})\s+(?P<labelday>\d{{1,2}}):\s",
    I,
)
"""'In the July 20 Upper House election they won 47 seats'; a timeline's 'July 20: in an Upper House election, ...'."""
_ELECTION_WORD = re.compile(r"\b(?:elections?|vote|polls|landslide)\b", I)


def _yearless(sentence: Sentence, cover: str) -> tuple[str, Fields] | None:
    """A past election dated by a day without its year: the year the section's heading gives, else the cover's."""
    text = sentence.text
    if p.YEAR.search(text) or not _ELECTION_WORD.search(text):
        return None
    found = _YEARLESS_NAMED.search(text)
    if found is None or _ABROAD.search(text) or _PM_VOTE.search(text):
        return None
    body = _one_body(text)
    if body is None:
        return None
    month = _month(found.group("month") or found.group("label"))
    day = int(found.group("day") or found.group("labelday"))
    heading = _years(sentence.section or "")
    year = heading.pop() if len(heading) == 1 else cover[:4]
    date = f"{year}-{month:02d}-{day:02d}"
    if date > cover:
        return None
    return _election(*body, date, cover, "")


_PM_VOTE = re.compile(
    r"\b(?:elected|elect|chose|choose|named|designated|nominated|confirmed|voted?\s+for)\b[^.;]{0,40}?\b(?:prime\s+minister|premier)\b"
    r"|\b(?:prime\s+minister|premier)(?:ial)?\s+(?:vote|election|nomination|designation)|\bno-confidence\b",
    I,
)
"""The Diet's vote for prime minister, or on a motion of no confidence: no general election."""
_OTHER_DEEDS = re.compile(
    r"\b(?:left|quit|withdr[ae]w\w*|departure|defect\w*|split|exit\w*|broke|collapse\w*|joined|merg\w+|"
    r"by-?\s?elections?|dissolv\w+\s+(?:it|the\s+chamber))\b",
    I,
)
_RESULT = re.compile(
    r"\b(?:lost|won|retained|kept|suffered)\s+(?:a\s+|its\s+|their\s+)?"
    rf"(?:(?:{_UPPER}|{_LOWER})\s+)?(?:landslide|majority|rout|defeat)\b"
    rf"(?:\s+in\s+(?:that|the)\s+chamber)?,?\s+(?:on|in)\s+(?P<date>{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}})"
    rf"(?:,?\s+and\s+(?:its|their)\s+(?P<second>{_UPPER}|{_LOWER})\s+majority\s+(?:on|in)\s+"
    rf"(?P<date2>{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}}))?"
    rf"|\b(?:led|carried)\b[^;]{{0,90}}?\bto\s+a\s+landslide\s+on\s+(?P<day>{p.MONTH}\s+\d{{1,2}})\b(?!,?\s*\d)"
    rf"|(?P<before>{p.MONTH}\s+\d{{4}})\s+(?P<chamber>{_UPPER}|{_LOWER})\s+(?:election\s+)?(?:defeat|loss|rout|victory|landslide)\b"
    rf"|\bwon\s+the\s+(?P<general>{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}}),?\s+(?:general|snap\s+general)\s+election\b",
    I,
)
"""'lost their Lower House majority on October 27, 2024, and their Upper House majority on July 20, 2025', 'where
the coalition won a landslide in December 2014', 'led the LDP ... to a landslide on February 8', 'the coalition's
July 2025 upper-house defeat'."""


_RESULT_WORDS = ("majority", "landslide", "defeat", "rout", "victory", "loss", "general election")


def _results(text: str, cover: str) -> list[tuple[str, Fields]]:
    """Past elections dated by their result in the chamber the sentence names."""
    if not any(word in text.lower() for word in _RESULT_WORDS):
        return []
    found = _RESULT.search(text)
    rest = text.replace("dissolved the Lower House", "")
    if found is None or _OTHER_DEEDS.search(rest) or _PM_VOTE.search(rest) or _ABROAD.search(text):
        return []
    read: list[tuple[str, Fields]] = []
    body: tuple[str, str] | None = None
    if found.group("general"):
        body, dated = ("lower_house", "Lower House"), p.dates(found.group("general"))
    elif found.group("before"):
        body = _one_body(found.group("chamber"))
        dated = p.dates(found.group("before"))
    elif found.group("day"):
        # 'dissolved the Lower House on January 23, 2026, and led the LDP to a landslide on February 8': the year
        # of the last date before, the day after it.
        earlier = [value for value, at in p.dates(text) if at.start() < found.start("day")]
        body = _one_body(text)
        dated = p.dates(f"{found.group('day')}, {earlier[-1][:4]}") if earlier else ()
        if earlier and dated and dated[0][0] <= earlier[-1]:
            return []
    else:
        body = _one_body(text[found.start() : found.start("date")]) or _one_body(text)
        dated = p.dates(found.group("date"))
        if found.group("second") and body and (second := _one_body(found.group("second"))):
            read += [_election(*second, p.dates(found.group("date2"))[0][0], cover, "")]
    if body is None or not dated or dated[0][0] > cover:
        return []
    return [_election(*body, dated[0][0], cover, ""), *read]


_CUES = ("election", "vote", "polls", "contest", "majority", "landslide", "defeat", "rout", "victory", "loss")


def more_elections(sentences: list[Sentence], index: int, updated: str) -> list[tuple[str, Fields]]:
    """The elections a sentence states by cycle, term, choice, deadline, a yearless day or a result."""
    sentence = sentences[index]
    text, lowered = sentence.text, sentence.text.lower()
    read: list[tuple[str, Fields]] = []
    if "half" in lowered or "next" in text:
        read += [found] if (found := _upper_cycle(sentences, index, updated)) else []
    if "LDP" in text or "Liberal" in text:
        read += [found] if (found := _ldp_term(text, updated) or _ldp_choice(text, updated)) else []
    if ("term" in text or "must" in text) and re.search(rf"{_LOWER}|general\s+election", text, I):
        read += [found] if (found := _lower_deadline(text, updated)) else []
    if not any(cue in lowered for cue in _CUES):  # most sentences name no election at all
        return read
    read += [found] if (found := _yearless(sentence, updated)) else []
    read += _results(text, updated)
    return [item for item in read if item[1]["status"] in {"held", "upcoming"}]
