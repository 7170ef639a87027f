"""A headline rate gives way to the rate said to apply now, wherever the two stand in the text.

A brief's overview often tells what a framework, deal or announcement set ('The July 2025 framework set a 15% rate',
'At its center was a 15% rate under IEEPA'); a later sentence tells the rate in force ('Since July 2026 the rate on
most imports from Japan has been 12.5%'). When the readings of a rate disagree, the headline one is marked as past
with its reason ('a headline rate'), so that the choice among sentences (`extract.resolve`) takes the current one and
says in the snapshot's note why the other gave way. Alone, or agreeing with the rest, a headline reading stands. The
words are data (`briefs/tariff_roles.toml`, `[headline]`). Pure, no I/O.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from usjapan_facts.extract.rules.base import CURRENT, PAST, Fields
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
HEADLINE = "a headline rate"


@dataclass(frozen=True)
class Words:
    instrument: re.Pattern[str]
    told: re.Pattern[str]
    now: re.Pattern[str]
    since: re.Pattern[str]
    perfect: re.Pattern[str]


@cache
def words() -> Words:
    """The headline words of `briefs/tariff_roles.toml`, one pattern per role."""
    path = resources.files("usjapan_facts").joinpath("briefs", "tariff_roles.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))["headline"]
    role = {key: re.compile("|".join(f"(?:{w})" for w in data[key]), I) for key in data}
    return Words(role["instrument"], role["told"], role["now"], role["since"], role["perfect"])


def is_headline(text: str) -> bool:
    """Whether a sentence tells a rate as what an instrument set, and nothing of now."""
    lex = words()
    return bool(lex.instrument.search(text) and lex.told.search(text) and not lex.now.search(text))


def since_current(text: str) -> str | None:
    """A present-perfect statement with its 'since' start cut out ('Since July 2026, X has been 12.5%' -> 'X has been
    12.5%'), its rest read as a rate now; None for any other sentence."""
    lex = words()
    if not lex.perfect.search(text) or not lex.since.search(text):
        return None
    return lex.since.sub(" ", text, count=1).strip()


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
    """Whether a fact is read only by headline or past sentences: the reader by roles may look for the rate now."""
    return only_past(readings) or all(is_headline(sentence.text) for _, sentence in readings)


__all__ = ["HEADLINE", "is_headline", "mark", "new_values", "only_past", "since_current", "unread_but_headlines"]
