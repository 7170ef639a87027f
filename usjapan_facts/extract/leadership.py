"""The LDP's leadership race in the words a brief uses for it: a leader's win, the end of a leader's term when the
party then chooses, or the day the party chooses. Each dated as the sentence writes it, the next such month or day
when it names no year; a condition ('once the LDP chooses') or another party's choice is no race.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_dates import (
    LOOSE,
    election,
    last_such_day,
    loose_date,
    loose_status,
    next_month,
    status_of,
)
from usjapan_facts.extract.japan import PARTY_VOTE
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.word_choice import holds_any, letter_first, may_hold
from usjapan_facts.extract.yearless_wins import yearless_win

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_DATE = rf"{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}}"
LDP = r"(?:LDP|Liberal\s+Democratic\s+Party(?:\s+\(LDP\))?)"
"""The party named short or in full: 'LDP', 'Liberal Democratic Party (LDP)'."""
_PARTY_CHOOSES = re.compile(PARTY_VOTE, I)
"""'..., when the party must choose a leader': the term's end is the party's vote, not only a deadline."""
_WIN = r"(?:won|captured|secured|took|clinched|kept|retained|held\s+on\s+to)"
"""A leadership won, or kept (`_KEPT`, a vote only as `_IN_A_VOTE` says): 'Abe kept the LDP presidency, unopposed, on
September 8'."""
_LEADERSHIP = re.compile(
    rf"\b{_WIN}\s+(?:the\s+)?(?:(?:{LDP}\W?s?|party)\s+(?:presidency|leadership)"
    rf"|(?:party\s+)?(?:presidency|leadership)\s+of\s+the\s+{LDP})"
    rf"(?:\s+(?:election|race|contest|vote))?(?:\s+in\s+(?:a|the)\s+(?:runoff|run-off|second\s+round|party\s+vote|ballot))?"
    r"(?:,\s+[^,.;\d]{1,30},)?"  # an aside on how it was won: ', unopposed,'
    rf"(?:,?\s+(?:on|in)\s+(?:(?P<won>{_DATE})|(?P<day>{p.MONTH}\s+\d{{1,2}})\b(?!,?\s*\d))"
    rf"|\s+in\s+(?:a|the)\s+(?P<within>{_DATE})\s+(?:runoff|run-off|vote|ballot|election|race|contest|leadership\s+vote)\b)"
    rf"|\bterm\s+as\s+{LDP}\s+(?:president|leader)\s+(?:ends|expires|runs\s+out)\s+in\s+(?P<ends>{_DATE})"
    rf"|\b{_WIN}\s+(?:the\s+)?(?:{LDP}\W?s?\s+)?(?P<vday>{p.MONTH}\s+\d{{1,2}})(?:,\s*(?P<vyear>\d{{4}}),?)?\s+"
    r"(?:party|leadership|presidential)\s+(?:vote|election|race|contest|ballot|runoff)\b"
)
"""'Ishiba won the LDP leadership on September 27, 2024' (or 'in a September 2024 runoff'), 'Kishida's term as LDP
president ends in September 2024, when the party holds a leadership election': the party's election, dated by the win
or by the end of the term; 'won the September 29 party vote', the day its own (no other party named)."""
_KEPT_WORDS = ("kept", "retain", "held")
_WON_WORDS = ("won", "win", "captur", "secur", "took", "clinch", "becam", "becom", "hand", "term", *_KEPT_WORDS)
"""The words of _LEADERSHIP and WIN, one of which a sentence must hold for either to be tried."""
_KEPT = re.compile(r"(?:kept|retained|held)\b", I)
_IN_A_VOTE = re.compile(r"\b(?:unopposed|uncontested|vote|ballot|run-?off|election|race|contest)\b", I)
"""A leadership kept is a vote only where the words say so ('kept the LDP presidency, unopposed, on September 8'):
'held on to the LDP presidency in July 2025', 'retained the party leadership' name none."""
OTHER_PARTY = re.compile(r"\b(?:CDP|DPP|Komeito|Ishin|(?<!Liberal\s)Democratic\s+Party\b|Constitutional)\b")
"""Another party named, whose own vote a day may be: not the Liberal Democratic Party, spelled out or not."""


_LEADER = rf"(?:{LDP}\s+(?:president|leader|chief)|(?:party\s+)?(?:president|leader|head)\s+of\s+(?:the\s+)?{LDP})"
_TERM = (
    r"(?:(?:a|an|his|her)\s+)?(?:(?:second|third|fourth|new|another|full|fresh)\s+)?"
    rf"(?:(?:consecutive|straight|three-year|two-year)\s+)*term\s+as\s+(?:the\s+)?{_LEADER}"
)
_TERM_WON = re.compile(
    rf"\b(?P<won>won|secured|handed|given|granted|awarded|elected\s+to|re-?elected\s+to)\s+{_TERM}"
    rf"|\b(?P<again>won|secured)\s+re-?election\s+as\s+(?:the\s+)?{_LEADER}"
    rf"|\b(?P<bid>win|wins|winning|secure|seek|seeks|seeking|bid\s+for|run\s+for|running\s+for)\s+{_TERM}"
    rf"|\b(?:re-?elected|elected|chosen|picked|re-?appointed)(?:,\s+(?:unopposed|unchallenged),)?\s+(?:\w+\s+)?(?:as\s+)?"
    rf"(?:the\s+)?{_LEADER}"
    rf"|\breturned\s+(?:unopposed\s+|unchallenged\s+)?as\s+(?:the\s+)?{_LEADER}"
    rf"|\b{LDP}\s+(?:members\s+|lawmakers\s+)?(?:re-?elected|elected|chose|picked|selected)\s+(?:(?-i:[A-Z])[\w-]*\s+){{1,3}}"
    r"(?:as\s+)?(?:its|their)\s+(?:new\s+)?(?:president|leader)\b"
    # the leader before, as the relative's object: 'Suga, whom the LDP elected as its president on September 14, 2020'
    rf"|\bwhom\s+(?:the\s+)?{LDP}\s+(?:members\s+|lawmakers\s+)?(?:re-?elected|elected|chose|picked|selected)\s+"
    r"(?:as\s+)?(?:its|their)\s+(?:new\s+)?(?:president|leader)\b",
    I,
)
"""A leader's term won or sought: 'was handed a second three-year term as LDP president', 'won a third consecutive
term as president of the Liberal Democratic Party', 'hopes to win a third term as LDP president', 'is expected to seek
a third term', 'Abe's bid for a third term', 'to be reelected unopposed as LDP president', 'elected president of the
LDP on October 4', 'was re-elected, unopposed, as president of the LDP', 'was returned unopposed as LDP president',
'reappointed head of the LDP', 'the LDP elected Takaichi Sanae as its president'."""


_LEAD_DATE = re.compile(
    rf"^\W*(?:(?:In|On)\s+)?(?P<when>{p.MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)[,:]?\s+(?:[\w.-]+\s+){{0,4}}$"
)
"""A clause opening with its date, a few words before the win: 'In September he secured', '- September 20, 2018: Abe
won'; never a date of another deed ('Sworn in on October 2, 2025, Kato had been picked')."""


def _term_won(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's election of a leader whose term the sentence says was won or is sought, dated by the first date
    after those words in their clause ('in September 2018', 'in September', 'when his term expires next month')."""
    if not any(
        word in text for word in ("term", "elected", "chose", "picked", "selected", "election", "returned", "appointed")
    ):
        return None  # each match holds one of these words: the pattern only where one stands
    found = _TERM_WON.search(text)
    if found is None:
        return None
    begin, end = next(((start, end) for start, end in clauses(text) if start <= found.start() < end), (0, len(text)))
    dated: list[tuple[int, str, re.Match[str] | None]] = [
        (at.start(), value, None) for value, at in p.dates(text[:end]) if at.start() >= found.end()
    ]
    clause = text[begin:end]
    dated += [
        (at.start(), "", at)
        for at in LOOSE.finditer(text, found.end(), end)
        if not any(start <= at.start() < start + 20 for start, _, _ in dated)
    ]
    lead = _LEAD_DATE.match(text[begin : found.start()])
    if not dated and lead:  # the date the clause opens with: 'In September he secured a third term as ...'
        at = lead.start("when") + begin
        dated = [(0, value, None) for value, _ in p.dates(lead.group("when"))]
        dated += [(0, "", loose) for loose in [LOOSE.match(text, at)] if loose is not None and not dated]
    if not dated:
        return None
    _, value, loose = min(dated, key=lambda item: item[0])
    sought = found.group("bid")  # a term sought, not won or elected to
    if loose is None:
        return election("ldp_president", "LDP president", value, cover, "will" if sought else "won")  # a win is past
    bounds = loose_date(loose, cover, clause)
    if bounds is None:
        return None
    key, fields = election("ldp_president", "LDP president", bounds[0], cover, "")
    return key, {**fields, "status": loose_status(bounds, cover, clause)}


WIN = re.compile(
    letter_first(
        rf"\b(?:won|wins|captured|captures|secured|secures|took|clinched)\s+(?:the\s+)?(?:{LDP}\W?s?\s+|party\s+)"
        rf"(?:presidency|leadership)\b|\b(?:won|captured|secured|took|clinched)\s+the\s+(?:party\s+)?(?:presidency|leadership)\s+of\s+"
        rf"the\s+{LDP}|(?<=\bto\s)win\s+the\s+{LDP}\s+(?:presidency|leadership)\b"
        rf"|\b(?:became|becomes|become)\s+(?:the\s+)?(?:new\s+)?{_LEADER}"
        rf"|\bhand(?:s|ed)?\s+(?:the\s+)?(?:{LDP}\W?s?\s+|party\s+)(?:presidency|leadership)\s+to\b"
    ),
    I,
)
_FRONT = re.compile(rf"^\W*(?:(?:On|In)\s+)?(?P<date>{p.MONTH}\s+\d{{1,2}},\s*\d{{4}})(?::|,)\s")
_AFTER = re.compile(rf"\s+on\s+(?P<date>{p.MONTH}\s+\d{{1,2}},\s*\d{{4}})\b")
ASIDE_OPENERS = r"who|whose|having|after"
"""The words that open another deed's clause beside a leader's win: 'Kishida, who took the LDP leadership on ...'."""
_OTHER_DEED = re.compile(
    rf"\b(?:{ASIDE_OPENERS}|which|had|since|before|prime\s+minister|premier|took\s+office|sworn)\b", I
)


def _dated_win(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's vote a leader's win dates, said by the day the sentence opens with or that follows the win: '-
    September 29, 2030: Kato defeats Hoshino in a runoff to become LDP president', 'On September 14, 2030, LDP
    lawmakers handed the party presidency to Kato', 'Kato became LDP president on September 29, 2030'; never where the
    day may be another deed's ('On October 4, Kato, who had become LDP president, took office as prime minister')."""
    win = WIN.search(text) if may_hold(text, _WON_WORDS) else None
    upto = text.find(";", win.end()) if win else -1
    after = _AFTER.match(text, win.end()) if win else None
    # A day right after the win is the win's own ('became LDP president on September 29, 2021, and prime minister on
    # October 4'): only words before the win may make it another deed's.
    upto = win.start() if win and after else upto
    if win is None or _OTHER_DEED.search(text, 0, upto if upto >= 0 else len(text)):
        return None  # '...; the Diet names him prime minister two days later': another deed, after the win's part
    dated = after or _FRONT.match(text)
    date = written_date(dated.group("date")) if dated is not None else None
    if date is None:
        return None
    return election("ldp_president", "LDP president", date, cover, "won")  # past


def leadership_win(text: str, updated: str) -> tuple[str, Fields] | None:
    """The party's election a sentence dates by its leader's win, or by the end of a term when the party then votes."""
    won = _LEADERSHIP.search(text) if ("LDP" in text or "Liberal" in text) and may_hold(text, _WON_WORDS) else None
    if won is not None and won.group("ends") and not _PARTY_CHOOSES.search(text, won.end()):
        won = None  # 'his term as LDP president ends in September 2018, and he is expected to seek a third'
    if won is not None and _KEPT.match(won.group()) and not _IN_A_VOTE.search(won.group()):
        won = None  # 'Ishiba held on to the LDP presidency in July 2025, despite ...': no vote was held
    if won is not None and won.group("vday") and OTHER_PARTY.search(text):
        won = None  # 'won the September 23 party vote to lead the CDP': another party's
    if won is not None and won.group("vyear"):
        day: str | None = f"{won.group('vday')}, {won.group('vyear')}"
    elif won is not None and (yearless := won.group("day") or won.group("vday")):
        won = None if (day := yearless_win(yearless, text[won.end() :], updated, text[: won.start()])) is None else won
    else:
        day = None
    if won is None or not (dated := p.dates(won.group("won") or won.group("within") or won.group("ends") or day or "")):
        if "LDP" not in text and "Liberal" not in text:
            return None
        return _term_won(text, updated) or _dated_win(text, updated)
    date = dated[0][0]
    return f"ldp_president_{date[:4]}", {
        "body": "LDP president",
        "date": date,
        "status": status_of(date, updated, "won" if won.group("won") else ""),  # a win told is past
        "candidates": {},
    }


_LDP_TERM = re.compile(
    rf"\bterm\s+as\s+(?:the\s+)?(?:{LDP}|party)\s+(?:president|leader|chief)"
    rf"|\bterm\s+as\s+(?:the\s+)?(?:president|leader|head)\s+of\s+(?:the\s+)?{LDP}"
    rf"|\b{LDP}\s+(?:leadership|presidential)\s+term\b"
    rf"|\b{LDP}\s+(?:president|leader|chief)\W?s\s+(?:(?:three-year|two-year|current|present)\s+)?term\b"
)
_TERM_RUNS = re.compile(
    r"(?:,[^,;]{1,80},|\s+(?:that|which)\s+[^,;]{1,60}?)?\s+(?:ends|expires|lapses|runs\s+out|runs\s+(?:only\s+)?(?:to|until|through)|is\s+up|concludes)\s+"
    rf"(?:(?:in|on|at\s+the\s+end\s+of)\s+)?(?P<this>this\s+)?(?P<month>{p.MONTH})(?:\s+(?P<year>\d{{4}}))?\b"
)
"""'Kishida's term as LDP president ends in September' (or 'this September'), 'Suga's term as president of the
Liberal Democratic Party (LDP), which completes Abe's, runs only until September 2021', 'The LDP leadership term that
Suga inherited from Abe runs out in September 2021', 'The LDP president's term lapses in September 2018'."""


def _ldp_term(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's leadership race, dated by the month its leader's term runs out (the next such month, unyeared),
    where the sentence says the party then chooses its leader."""
    term = _LDP_TERM.search(text) if "term" in text else None  # each match holds the word
    runs = _TERM_RUNS.match(text, term.end()) if term else None
    if runs is None or not re.search(LDP, text) or not _PARTY_CHOOSES.search(text, runs.end()):
        return None
    month = p.month_number(runs.group("month"))
    year = runs.group("year") or (cover[:4] if runs.group("this") else None)  # 'ends this September': the cover's year
    date = f"{year}-{month:02d}" if year else next_month(month, cover)
    return election("ldp_president", "LDP president", date, cover, "will")


_CHOOSES = re.compile(
    rf"\b(?:{LDP}|the\s+party)(?!\w)(?:\s+(?:lawmakers|members)(?:\s+and\s+(?:[\w-]+\s+){{0,2}}members)?)?\s+"
    r"(?:(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|slated\s+|expected\s+)?to\s+|will\s+|must\s+)?(?:next\s+)?(?:choose|chooses|pick|picks|select|selects|elect|elects|"
    r"(?P<past>chose|picked|selected|elected))\s+(?:(?:[A-Z][\w-]+\s+){1,3}as\s+)?"
    r"(?:a\s+(?:new\s+)?|its\s+(?:new\s+|next\s+)?|his\s+|her\s+|the\s+party\W?s\s+(?:new\s+|next\s+)?)?(?:party\s+)?"
    r"(?:president|leader|successor)\b"
    rf"(?P<rest>[^;]{{0,80}}?)\b(?:(?:on|for)\s+(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?:,?\s*(?P<year>\d{{4}}))?"
    rf"|(?:by|in)\s+(?P<bymonth>{p.MONTH})(?:\s+(?P<byyear>\d{{4}}))?\b(?!\s*\d))"
)
"""'the party is to choose his successor, ..., on September 27, 2024', 'LDP lawmakers and rank-and-file members
choose a new party president on September 29', 'the LDP is to choose his successor by September 2021' (the month),
'the LDP will choose its president in September' (the next September); 'once the LDP chooses a new president, a
vote set for October 4' is refused as a condition (`_CONDITION`)."""


_CONDITION = re.compile(r"\b(?:once|until|unless|if|after|before|when)\s+(?:the\s+)?$")


def _ldp_choice(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's leadership vote, dated by the day the party is to choose its leader."""
    chosen = _CHOOSES.search(text) if holds_any(text, ("president", "leader", "successor")) else None  # as written
    if chosen is not None and _CONDITION.search(text[: chosen.start()]) and chosen.group("rest").strip():
        # 'he would step down once the LDP chooses a new president, a vote set for October 4': a condition, the date
        # another's; 'will remain until the LDP picks a successor on September 27' dates the party's vote itself.
        return None
    if chosen is None or not re.search(LDP, text) or re.search(r"\b(?:prime\s+minister|premier)\s+on\b", text, I):
        return None
    if chosen.group("past") and re.search(r"\b(?:elections?|vote|polls)\b", text, I):
        return None  # 'chose Hoshino as its leader on October 4, three months after the Upper House election': unsure
    if any(re.search(rf"\b{name}\b", text) for name in ("CDP", "DPP", "Komeito", "Ishin")) or p.dates(
        chosen.group("rest")
    ):
        return None
    if chosen.group("bymonth") and not chosen.group("byyear"):
        # 'the LDP will choose its president in September': the next such month, a vote to come; never a month of
        # another deed between ('will choose its leader after the Upper House election in July')
        if chosen.group("past") or chosen.group("rest").strip():
            return None
        return election(
            "ldp_president", "LDP president", next_month(p.month_number(chosen.group("bymonth")), cover), cover, "will"
        )
    if chosen.group("bymonth"):  # 'in September 2027'; no date for a year no brief dates ('September 0227')
        dated = p.dates(chosen.group(0))
        return election("ldp_president", "LDP president", dated[-1][0], cover, "will") if dated else None
    month, day = p.month_number(chosen.group("month")), int(chosen.group("day"))
    year = chosen.group("year")
    date = f"{year}-{month:02d}-{day:02d}" if year else f"{next_month(month, cover)}-{day:02d}"
    if not year and chosen.group("past"):
        # 'the LDP elected Hoshino as its president on January 20': the last such day up to the cover, a vote held
        return election("ldp_president", "LDP president", last_such_day(date, cover), cover, "")
    if not year and date < cover:
        return None
    return election("ldp_president", "LDP president", date, cover, "will")


def party_race(text: str, cover: str) -> tuple[str, Fields] | None:
    """The party's leadership race a sentence dates by its leader's term running out or by the party's choice."""
    if "LDP" not in text and "Liberal" not in text:
        return None
    return _ldp_term(text, cover) or _ldp_choice(text, cover)
