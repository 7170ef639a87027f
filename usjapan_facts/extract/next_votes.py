"""The next Diet election's year, when no reader gave it, from the chambers' votes the text tells as to come. Pure,
no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.calendar_days import months_ahead
from usjapan_facts.extract.events import LATEST_ONLY, NEAR_DEADLINE
from usjapan_facts.extract.rules.base import Fields

NEXT_VOTE = "politics.next_diet_election_due"
LOWER_DUE = "politics.lower_house_election_due"


def _near(fields: Fields, cover: str) -> bool:
    """Whether a Lower House vote to come stands near enough to be the coming vote, not its deadline only."""
    return len(str(fields["date"])) >= 7 and months_ahead(str(fields["date"]), cover) <= NEAR_DEADLINE


def next_vote(facts: dict[str, Fields], elections: dict[str, Fields], kinds: set[str], cover: str) -> None:
    """Add the next Diet election's year, when no reader gave it, from the chambers' votes the text tells as to come:
    the earliest of them and of the Lower House's deadline (the convention: the next national vote is the earliest
    coming one the text states). Only when that deadline is read, or the earliest is the Lower House's own vote: a
    deadline the readers missed may come first."""
    _dated_by_due(facts, elections, cover)
    if NEXT_VOTE not in kinds:
        return
    coming = sorted(
        (str(fields["date"]), slug)
        for slug, fields in elections.items()
        if fields.get("status") == "upcoming"
        and (slug.startswith("upper_house_") or (slug.startswith("lower_house_") and _near(fields, cover)))
    )
    if NEXT_VOTE in facts:
        _earlier(facts, elections, coming)
        _bounded(facts, cover)
        return
    due = str(facts.get(LOWER_DUE, {}).get("value", ""))
    if coming and due:
        coming.append((due, ""))  # the Lower House's deadline, when earlier, is the next vote due
    coming.sort()
    if coming and (due or coming[0][1].startswith("lower_house_")):
        told = elections[coming[0][1]] if coming[0][1] else facts[LOWER_DUE]
        year = int(coming[0][0][:4])
        facts[NEXT_VOTE] = {"kind": "year", "value": year, "quote": told["quote"], "section": told["section"]}


def _dated_by_due(facts: Fields, elections: dict[str, Fields], cover: str) -> None:
    """Date the Lower House's coming vote, read to its year alone ('this year's general election'), to the chamber's
    deadline that the same sentence gives in that year, when the deadline is near (`events.NEAR_DEADLINE`): 'terms
    that expire on October 21, 2021, the date by which this year's general election is due' (the convention: a near
    deadline is the coming vote's date). Never a deadline that words make only the latest date ('unless dissolved
    sooner', 'called before the summer recess ends'), one of another sentence, nor a vote the text dates finer or says
    is held."""
    due = facts.get(LOWER_DUE, {})
    value = str(due.get("value", ""))
    if len(value) < 7 or not 0 < months_ahead(value, cover) <= NEAR_DEADLINE or _only_latest(due["quote"]):
        return
    vote = elections.get(f"lower_house_{value[:4]}", {})
    if vote.get("date") == value[:4] and vote.get("status") == "upcoming" and vote.get("quote") == due["quote"]:
        elections[f"lower_house_{value[:4]}"] = {**vote, "date": value}


def _only_latest(quote: str) -> bool:
    """Words that make a deadline only the latest date: 'unless dissolved sooner', 'called before the recess ends'."""
    return LATEST_ONLY.search(quote) is not None or _SOONER.search(quote) is not None


_SOONER = re.compile(r"\b(?:before|earlier|sooner|ahead\s+of|prior\s+to|by\s+then)\b", re.IGNORECASE)


def _earlier(facts: dict[str, Fields], elections: dict[str, Fields], coming: list[tuple[str, str]]) -> None:
    """Give the next Diet election the year of a chamber's vote the text dates to the day before the year a reader
    read ('Voters go to the polls on February 8, 2026' before 'the next regular Upper House contest is not until summer
    2028'): the earliest coming vote is the next."""
    read = facts[NEXT_VOTE].get("value")
    days = [(date, slug) for date, slug in coming if len(date) == 10]
    if not isinstance(read, int) or not days or int(days[0][0][:4]) >= read:
        return
    told = elections[days[0][1]]
    facts[NEXT_VOTE] = {
        "kind": "year",
        "value": int(days[0][0][:4]),
        "quote": told["quote"],
        "section": told["section"],
    }


def _bounded(facts: dict[str, Fields], cover: str) -> None:
    """Give the next Diet election the year of the Lower House's deadline when a reader read a later year: the chamber
    must be elected by then, so no vote the text dates after it ('No upper-house election is due until July 2022'
    beside 'No later than October 2021, members of the lower chamber must face the voters') can be the next."""
    read, due = facts[NEXT_VOTE].get("value"), str(facts.get(LOWER_DUE, {}).get("value", ""))
    if not isinstance(read, int) or len(due) < 7 or due[:7] <= cover[:7] or int(due[:4]) >= read:
        return
    told = facts[LOWER_DUE]
    facts[NEXT_VOTE] = {"kind": "year", "value": int(due[:4]), "quote": told["quote"], "section": told["section"]}


__all__ = ["LOWER_DUE", "NEXT_VOTE", "next_vote"]
