"""A headline rate gives way to the rate said to apply now, wherever the two stand in the text.

A brief's overview often tells what a framework, deal or announcement set ('The July 2025 framework set a 15% rate',
'At its center was a 15% rate under IEEPA'); a later sentence tells the rate in force ('Since July 2026 the rate on
most imports from Japan has been 12.5%'). When the readings of a rate disagree, the headline one is marked as past
with its reason ('a headline rate'), so that the choice among sentences (`extract.resolve`) takes the current one and
says in the snapshot's note why the other gave way. Alone, or agreeing with the rest, a headline reading stands. The
words are data (`briefs/tariff_roles.toml`, `[headline]`). Within one sentence, a rate told as set, announced or past
before a turn ('but', 'while', 'however') whose clause tells another rate now ('..., but a 10% rate has applied since
April 9') gives way to it, and a sentence set before the event that changed the rate ('Until the framework, ...') tells
no rate now: such readings are dropped before the general reader looks for the rate now. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.parsers import percents, plain
from usjapan_facts.extract.rules.base import CURRENT, PAST, Fields
from usjapan_facts.extract.rules.if11120.tariffs import BEFORE_IT
from usjapan_facts.extract.step_dates import is_step
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_files import word_file

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
HEADLINE = "a headline rate"


@dataclass(frozen=True)
class Words:
    instrument: re.Pattern[str]
    told: re.Pattern[str]
    now: re.Pattern[str]
    since: re.Pattern[str]
    perfect: re.Pattern[str]
    contrast: re.Pattern[str]
    earlier: re.Pattern[str]
    started: re.Pattern[str]
    present: re.Pattern[str]
    since_day: re.Pattern[str]


@cache
def words() -> Words:
    """The headline words of `briefs/tariff_roles.toml`, one pattern per role."""
    data = (word_file("tariff_roles.toml") or {})["headline"]
    role = {key: re.compile("|".join(f"(?:{w})" for w in data[key]), I) for key in data}
    return Words(
        role["instrument"],
        role["told"],
        role["now"],
        role["since"],
        role["perfect"],
        role["contrast"],
        role["earlier"],
        role["started"],
        role["present"],
        role["since_day"],
    )


def is_headline(text: str) -> bool:
    """Whether a sentence tells a rate as what an instrument set, and nothing of now."""
    lex = words()
    return bool(lex.instrument.search(text) and lex.told.search(text) and not lex.now.search(text))


def since_current(text: str, pointing_back: bool = False) -> str | None:
    """A present-perfect statement with its 'since' start cut out ('Since July 2026, X has been 12.5%' -> 'X has been
    12.5%'), its rest read as a rate now; None for any other sentence. One `pointing_back` to the rate before may name
    its start by a day alone ('That rate has applied ... since August 7')."""
    lex = words()
    since = lex.since_day if pointing_back and not lex.since.search(text) else lex.since
    if not lex.perfect.search(text) or not since.search(text):
        return None
    return since.sub(" ", text, count=1).strip()


def started_now(text: str) -> str | None:
    """A present statement of a rate with its start cut out ('..., which is set at 10% and took effect on February
    24' -> '..., which is set at 10%'): its rest, still to be read for past, planned or hedged words; None for any
    other sentence."""
    lex = words()
    rest = lex.started.sub("", text)
    return rest if rest != text and lex.present.search(rest) else None


def mark(fact_ids: set[str], readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Mark as past each headline reading of a rate whose readings disagree, and as current each said in the present
    perfect from a start ('since July 2026 ... has been'), so that the current one wins."""
    for fact_id in fact_ids:
        read = readings.get(fact_id) or []
        if len({repr(fields.get("value")) for fields, _ in read}) < 2:
            continue
        for index, (fields, sentence) in enumerate(read):
            if is_headline(sentence.text):
                read[index] = ({**fields, "_when": PAST, "_why": HEADLINE}, sentence)
            elif since_current(sentence.text) is not None:  # 'Since April 2027, most goods have faced 12.5%': now
                read[index] = ({**fields, "_when": CURRENT}, sentence)


def _contrasted(text: str, start: int, end: int, value: float) -> bool:
    """Whether the rate at `start`-`end`, told as set, announced or past with no word of now, stands before a contrast
    whose clause says another rate applies now: 'The announcement set a 24% rate for Japan, but a 10% rate has applied
    since April 9'."""
    lex = words()
    turn = lex.contrast.search(text, end)
    if turn is None or ";" in text[end : turn.start()]:
        return False  # no turn in the rate's own part of the sentence
    opening = text.rfind(";", 0, start) + 1
    after = text[turn.end() :].split(";", 1)[0]
    other = [m for n, _, m in percents(after) if float(plain(n)) != value and not m.group("fraction")]
    told = lex.told.search(text, opening, turn.start()) or lex.earlier.search(text, opening, turn.start())
    if ANOTHER_COUNTRY.search(after):
        return False  # 'while the rate now applied to Korean goods is 25%': another country's rate now
    return bool(other and told) and not lex.now.search(text, opening, turn.start()) and bool(lex.now.search(after))


def gives_way(text: str, value: object) -> bool:
    """Whether the rate `value` is, wherever the sentence tells it, no rate now: the sentence is set in the time before
    an event that changed the rate ('Until the framework, which set 15%, most imports had faced a 10% rate'), or the
    rate is told as set or announced before a contrast that says another applies now (`_contrasted`)."""
    gone_by = BEFORE_IT.match(text)
    if not isinstance(value, (int, float)) or not (gone_by or words().contrast.search(text)):
        return False
    spans = [m for n, _, m in percents(text) if not m.group("fraction") and float(plain(n)) == value]
    if gone_by:  # its rate in the clause the opening sets, before any ';'
        return bool(spans) and all(";" not in text[: m.start()] for m in spans)
    return bool(spans) and all(_contrasted(text, m.start(), m.end(), value) for m in spans)


def drop_given_way(fact_ids: set[str], readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Drop each reading of a rate that its sentence says gives way (`gives_way`): alone, it would stand as the rate."""
    for fact_id in fact_ids:
        read = readings.get(fact_id) or []
        kept = [(fields, sentence) for fields, sentence in read if not gives_way(sentence.text, fields.get("value"))]
        if len(kept) < len(read):
            readings[fact_id] = kept


def only_past(readings: list[tuple[Fields, Sentence]]) -> bool:
    """Whether a fact is unread, or read only as past ('was the largest holder through the 2010s'): the reader by roles
    of its class may then look for the value now, which wins over the past one (`extract.resolve`)."""
    return all(fields.get("_when") == PAST for fields, _ in readings)


def new_values(
    readings: list[tuple[Fields, Sentence]], found: list[tuple[Fields, Sentence]]
) -> list[tuple[Fields, Sentence]]:
    """The readings of a reader by roles that give a value none of `readings` gives: one agreeing with a past reading
    adds nothing, and would hide its context (its period)."""
    known = {repr(fields.get("value")) for fields, _ in readings}
    return [(fields, sentence) for fields, sentence in found if repr(fields.get("value")) not in known]


def unread_but_headlines(readings: list[tuple[Fields, Sentence]]) -> bool:
    """Whether a fact is read only by headline or past sentences, or only by a timeline's steps ('April 5: a 10%
    baseline tariff applied'), each told as of its day: the reader by roles may look for the rate now."""
    return only_past(readings) or all(is_headline(s.text) or is_step(s.text) for _, s in readings)


__all__ = [
    "HEADLINE",
    "drop_given_way",
    "gives_way",
    "is_headline",
    "mark",
    "new_values",
    "only_past",
    "since_current",
    "started_now",
    "unread_but_headlines",
]
