"""Past elections a sentence states by their result or by a day without its year.

'lost their Upper House majority in July 2025', 'won a landslide in December 2014', 'In the July 20 Upper House
election they won 47 seats': the chamber the sentence names, on the day or in the month its words give, never after
the cover date. A sentence that could mean another deed (a party's split, a by-election, the Diet's vote for prime
minister) states none.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.chamber_names import LOWER, UPPER, chamber_at, one_body
from usjapan_facts.extract.election_dates import LOOSE, election, last_such_day, loose_date, years_in
from usjapan_facts.extract.election_words import abroad_between
from usjapan_facts.extract.japan import BY_ELECTION, LOWER_HOUSE_SEATS, UPPER_HOUSE_SEATS
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import holds_any, lower_case
from usjapan_facts.extract.yearless_votes import PM_VOTE, yearless_vote

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_OTHER_DEEDS = re.compile(
    r"\b(?:left|quit|withdr[ae]w\w*|departure|defect\w*|split|exit\w*|broke|collapse\w*|joined|merg\w+|"
    rf"{BY_ELECTION}|dissolv\w+\s+(?:it|the\s+chamber))\b",
    I,
)
_CAUSE = re.compile(r"\b(?:after|following)\s+(?=(?:[\w'\u2019-]+\s+){1,4}?(?:lost|won|retained|kept|suffered)\b)", I)
"""An 'after' that opens the clause of a result, the deed before it that result's sequel: 'quit after the bloc lost'."""
_RESULT = re.compile(
    r"\b(?:lost|won|retained|kept|suffered|fell\s+short\s+of|regained|recaptured|expanded|widened|extended)\s+"
    r"(?:a\s+|its\s+|their\s+)?"
    rf"(?:(?:{UPPER}|{LOWER})\s+)?(?:landslide|majority|rout|defeat)\b"
    rf"(?:\s+in\s+(?:that\s+chamber|the\s+chamber|(?:the\s+)?(?:{UPPER}|{LOWER})))?,?\s+(?:on|in)\s+(?:the\s+)?(?P<date>{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}})"
    rf"(?:,?\s+(?:[\w-]+\s+){{0,2}}?and\s+(?:its|their)\s+(?P<second>{UPPER}|{LOWER})\s+majority\s+(?:on|in)\s+(?:the\s+)?"
    rf"(?P<date2>{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}}))?"
    rf"|\b(?:led|carried)\b[^;]{{0,90}}?\bto\s+a\s+landslide\s+on\s+(?P<day>{p.MONTH}\s+\d{{1,2}})\b(?!,?\s*\d)"
    rf"|(?P<before>{p.MONTH}\s+\d{{4}})\s+(?P<chamber>{UPPER}|{LOWER})\s+(?:election\s+)?(?:defeat|loss|rout|victory|landslide)\b"
    rf"|\bwon\s+the\s+(?P<general>{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}}),?\s+(?:general|snap\s+general)\s+election\b"
    rf"|\b(?:majority|{UPPER}|{LOWER}),?\s+(?:which\s+|that\s+)?(?:[\w'\u2019-]+\s+){{0,4}}?"
    r"(?:won|lost|kept|retained|secured|regained|recaptured|reclaimed|won\s+back)\s+"
    rf"(?:on|in)\s+(?:the\s+)?(?P<object>{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}})\b",
    I,
)
"""'lost their Lower House majority on October 27, 2024, and their Upper House majority in the July 20, 2025,
election', 'where the coalition won a landslide in December 2014', 'led the LDP ... to a landslide on February 8',
'the coalition's July 2025 upper-house defeat'; the majority or chamber the object of a relative clause after it ('a
majority the coalition won in July 2013', 'the Upper House, which the ruling parties lost in July 2025', its participle:
'Upper House: a majority regained in July 2013')."""


_RESULT_WORDS = ("majority", "landslide", "defeat", "rout", "victory", "loss", "general election", " lost ", " won ")


def _results(text: str, cover: str, lower: str) -> list[tuple[str, Fields]]:
    """Past elections dated by their result in the chamber the sentence names (`lower`: its text in lower case)."""
    if not holds_any(lower, _RESULT_WORDS):
        return []
    found = _RESULT.search(text)
    rest = text.replace("dissolved the Lower House", "")
    causes = [at.end() for at in _CAUSE.finditer(text) if found is not None and at.end() <= found.start()]
    rest = rest[causes[-1] :] if causes and rest == text else rest  # the result's clause: 'quit after ... lost'
    if found is None or _OTHER_DEEDS.search(rest) or PM_VOTE.search(rest):
        return []
    read: list[tuple[str, Fields]] = []
    body: tuple[str, str] | None = None
    if found.group("general"):
        body, dated = ("lower_house", "Lower House"), p.dates(found.group("general"))
    elif found.group("object"):
        body, dated = one_body(text[: found.start("object")]), p.dates(found.group("object"))
    elif found.group("before"):
        body = one_body(found.group("chamber"))
        dated = p.dates(found.group("before"))
    elif found.group("day"):
        # 'dissolved the Lower House on January 23, 2026, and led the LDP to a landslide on February 8': the year
        # of the last date before, the day after it.
        earlier = [value for value, at in p.dates(text) if at.start() < found.start("day")]
        body = one_body(text)
        dated = p.dates(f"{found.group('day')}, {earlier[-1][:4]}") if earlier else ()
        if earlier and dated and dated[0][0] <= earlier[-1]:
            return []
    else:
        body = one_body(text[found.start() : found.start("date")]) or one_body(text)
        dated = p.dates(found.group("date"))
        second = one_body(found.group("second")) if found.group("second") and body else None
        if second and (date2 := written_date(found.group("date2"))):
            read += [election(*second, date2, cover, "")]
    if body is None or not dated or dated[0][0] > cover:
        return []
    if abroad_between(text, 0 if found.group("day") else found.start(), found.end(), chamber_at(text, body[0])):
        return []  # the clauses from the chamber to the result's date, and those of the earlier date a day takes
    return [election(*body, dated[0][0], cover, ""), *read]


_MEMBERS_CHOSEN = re.compile(
    rf"(?:{UPPER}|{LOWER}|\b(?:members|lawmakers|legislators|deputies))\W?s?,?\s+(?:(?:who\s+)?(?:were|was)\s+)?(?:last\s+)?"
    r"(?:chosen|elected|returned)\s+(?:on|in)\s+",
    I,
)
"""A chamber or its members dated by their last election: 'Members of the lower chamber, last chosen in December 2014',
'the members chosen on October 31', 'the House of Representatives, last elected in October 2021'."""
_ONLY_MEMBERS = re.compile(r"(?:members|lawmakers|legislators|deputies)\b", I)
"""Members chosen with no chamber named before them: their clause must name it."""
_KEPT = re.compile(
    rf"\b(?:kept|retained|held\s+on\s+to|lost)\s+(?:control\s+of|(?:its|their|the)\s+majority\s+in)\s+(?:the\s+)?(?:{UPPER}|{LOWER})"
    r"[^.;]{0,40}?\b(?:winning|won|taking|took|securing)\s+\d{2,3}\s+(?:of\s+(?:the\s+)?\d{3}\s+)?seats\b",
    I,
)
"""Control of a chamber kept or lost with the seats won: 'kept control of the Lower House, winning 293 of 465 seats'."""
_SEATS_WON = re.compile(
    r"\b(?:won|took|captured|secured|(?:came|walked)\s+away\s+with|emerged\s+with)\s+(?:some\s+|about\s+)?\d{2,3}\s+"
    r"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:chamber\W?s\s+)?\d{3}\s+)?(?:\w+\s+)?seats\b",
    I,
)
"""A chamber's seats won, the election's only date beside them: 'was strengthened on July 10, 2022, when they came away
with 146 of 248 seats'."""
_WON_WORDS = ("won", "took", "captured", "secured", "away", "emerged")
"""A word each match of `_SEATS_WON` holds (keep it so)."""
_BESIDE = re.compile(
    rf"\b{p.MONTH}\s+\d{{1,2}}\b(?!,?\s*\d{{4}})|\b(?:after|before|following|since|ahead\s+of|days|weeks|months)\b", I
)
"""Words of another deed the seats' date may be: a yearless day, 'two days after Abe was shot on July 8, 2022'."""
_UPPER_LOST = re.compile(
    rf"{UPPER}[^.;]{{0,80}}?\b(?:fell\s+into\s+(?:the\s+|a\s+)?minority|(?:were|was)\s+reduced\s+to\s+(?:a\s+)?minority|"
    r"lost\s+(?:control|(?:its|their|the)\s+majority))\b[^.;]{0,20}?\bin\s+July\s+(?P<year>\d{4})\b",
    I,
)
"""The Upper House's majority lost in a July of its cycle, when alone it changes hands: 'In the House of Councillors,
where the LDP and Komeito together fell into the minority in July 2025'."""


_UPPER_LOST_ON = re.compile(
    rf"\b(?:lost|kept|retained|won|took|fell\s+short\s+of)\s+(?:control|(?:its|their|the|a)\s+(?:{UPPER}\s+)?majority)(?:\s+(?:of|in)\s+(?:the\s+)?{UPPER})?"
    r",?\s+on\s+July\s+(?P<day>\d{1,2})\b(?:,\s*(?P<year>\d{4})\b)?(?!,?\s*\d)",
    I,
)
"""The Upper House's majority lost or kept on a July day written without its year, the last such day up to the cover
in a July of its cycle: 'two months after the coalition lost its majority in the House of Councillors on July 20'."""


def _upper_on_day(text: str, cover: str) -> str | None:
    """The day of a July of the Upper House's cycle on which its majority was lost, kept or won, up to the cover; the
    chamber named in the words, no other deed or country in their clause."""
    on_day = _UPPER_LOST_ON.search(text)
    if on_day is None or not re.search(UPPER, on_day.group(0), I):
        return None
    own = text[text.rfind(";", 0, on_day.start()) + 1 :]  # its clause: 'U.S. tariffs ...; two months after ...'
    if _OTHER_DEEDS.search(own) or PM_VOTE.search(own) or abroad_between(text, *on_day.span()):
        return None
    day = f"{on_day['year'] or cover[:4]}-07-{int(on_day['day']):02d}"
    day = day if on_day["year"] else last_such_day(day, cover)
    return day if day <= cover and not int(day[:4]) % 3 else None


_SUPPOSED = re.compile(
    r"\b(?:polls?|surveys?|mock|projected|projections?|simulat\w*|forecasts?|would|could|might)\b", I
)


def _by_size(text: str) -> tuple[str, str] | None:
    """The one chamber a sentence names by its size alone: 'the LDP alone won 316 of its 465 seats'."""
    if _SUPPOSED.search(text) or re.search(rf"{UPPER}|{LOWER}", text, I):
        return None  # 'In a mock poll, the LDP won 200 of 465 seats': no election's; a chamber named: its own words
    upper, lower = re.search(UPPER_HOUSE_SEATS, text), re.search(LOWER_HOUSE_SEATS, text)
    return (
        None
        if bool(upper) == bool(lower)
        else ("upper_house", "Upper House")
        if upper
        else ("lower_house", "Lower House")
    )


_LOSE_WORDS = ("minority", "lost", "kept", "retained", "won", "took", "short")
_CHOOSE_WORDS = ("chosen", "elected", "returned")
_CONTROL_WORDS = ("control", "majority", *_WON_WORDS)


def _chosen_or_kept(text: str, cover: str, lower: str) -> tuple[str, Fields] | None:
    """A past election of a chamber stated by its members last chosen, by control kept with the seats won, or by the
    Upper House's majority lost in a July of its cycle; never one dated after the cover (`lower`: the text in lower
    case)."""
    may_lose = "July" in text and holds_any(lower, _LOSE_WORDS)
    may_choose = holds_any(lower, _CHOOSE_WORDS)
    may_win = "seats" in lower and holds_any(lower, _CONTROL_WORDS)
    if not (may_lose or may_choose or may_win):
        return None  # each of the three ways holds these words: the patterns only where they stand
    if may_lose and (day := _upper_on_day(text, cover)) is not None:
        return election("upper_house", "Upper House", day, cover, "")
    body = one_body(text) or _by_size(text)
    if body is None or _OTHER_DEEDS.search(text) or PM_VOTE.search(text):
        return None
    at = chamber_at(text, body[0])  # the clauses from the chamber to the date must name no other country's vote
    lost = _UPPER_LOST.search(text) if may_lose else None
    if lost is not None and body[0] == "upper_house" and not int(lost.group("year")) % 3:
        date = f"{lost.group('year')}-07"
        fits = date <= cover[:7] and not abroad_between(text, at, *lost.span())
        return election(*body, date, cover, "") if fits else None
    chosen = _MEMBERS_CHOSEN.search(text) if may_choose else None
    if chosen is not None and _ONLY_MEMBERS.match(chosen.group(0)):
        start = text.rfind(";", 0, chosen.start()) + 1
        if one_body(text[start : (text + ";").find(";", chosen.end())]) != body:
            return None  # '..., when half the upper chamber's seats are contested; the members chosen in February':
            # members whose clause names no chamber may be another's
    said = chosen or _SEATS_WON.search(text) or _KEPT.search(text)
    if chosen is not None:
        dates = [(value, at) for value, at in p.dates(text) if at.start() == chosen.end()]
        loose = LOOSE.match(text, chosen.end()) if not dates else None
        loose = loose if loose is not None and loose.group("month") else None  # a month named, never 'this month's'
    elif _SEATS_WON.search(text) is not None and not _KEPT.search(text):
        dates = list(p.dates(text))
        one = {value for value, _ in dates}
        own = text[: (text + ";").find(";", dates[0][1].end())] if dates else text  # the date's clause and those before
        if len(one) != 1 or len(dates[0][0]) < 7 or years_in(text) != {dates[0][0][:4]} or _BESIDE.search(own):
            return None  # the seats' one date, to the month: never a year alone, nor beside another date
        if body[0] == "upper_house" and (dates[0][0][5:7] != "07" or int(dates[0][0][:4]) % 3):
            return None  # the Upper House is chosen in a July of its cycle
        loose = None
    elif _KEPT.search(text):
        dates = list(p.dates(text))
        found = [match for match in LOOSE.finditer(text) if match.group("month") and match.group("day")]
        loose = found[0] if len(found) == 1 and not dates else None
        dates = dates if len({value for value, _ in dates}) == 1 else []
    else:
        return None
    if dates:
        date, where = dates[0][0], dates[0][1].span()
    elif loose is not None and (bounds := loose_date(loose, cover, text)) is not None:
        date, where = bounds[0], loose.span()
    else:
        return None
    if said is None or abroad_between(text, at, *said.span(), *where):
        return None
    return election(*body, date, cover, "") if date <= cover[: len(date)] else None


_CUES = (
    *("election", "vote", "polls", "contest", "majority", "landslide", "defeat", "rout", "victory", "loss", " seats"),
    " lost ",
)


def past_elections(sentence: Sentence, updated: str) -> list[tuple[str, Fields]]:
    """The past elections a sentence states by a yearless day, by a result, or by members chosen or control kept."""
    lower = lower_case(sentence.text, sentence.folded)  # once, for the cue words of each way
    kept = _chosen_or_kept(sentence.text, updated, lower)
    if not holds_any(sentence.folded, _CUES):  # most sentences name no election at all
        return [kept] if kept else []
    found = [one for one in (yearless_vote(sentence, updated), kept) if one is not None]
    return [*found, *_results(sentence.text, updated, lower)]
