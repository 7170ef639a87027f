"""The Upper House's election calendar: its regular elections fall every three years (2019, 2022, 2025: years
divisible by three) in summer (June to August). Pure, no I/O."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from usjapan_facts.extract.japan import LOWER_HOUSE, UPPER_HOUSE
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence


def upper_house_votes_in(year: int) -> bool:
    """Whether the Upper House holds a regular election in `year` (2019, 2022, 2025: years divisible by three)."""
    return not year % 3


def _in_cycle(slug: str, fields: Fields, before: str) -> bool:
    """Tell whether an Upper House election is one its sentence could mean: a vote dated outside that chamber's
    calendar ('the October 2024 election') is not read as its own where neither its sentence nor (`before`) the one
    before names the Upper House alone: the chamber was then the reading's guess. Other bodies' votes are not
    checked."""
    if not slug.startswith("upper_house_"):
        return True
    date, quote = str(fields.get("date", "")), str(fields.get("quote", ""))
    if re.search(UPPER_HOUSE, quote, re.IGNORECASE) or (
        re.search(UPPER_HOUSE, before, re.IGNORECASE) and not re.search(LOWER_HOUSE, before, re.IGNORECASE)
    ):
        return True
    summer = len(date) < 7 or date[5:7] in ("06", "07", "08")
    return date[:4].isdigit() and upper_house_votes_in(int(date[:4])) and summer


def in_cycle(elections: dict[str, Fields], sentences: Sequence[Sentence]) -> dict[str, Fields]:
    """The elections read, less an Upper House one its sentence could not mean (see `_in_cycle`)."""
    before = {after.text: ahead.text for ahead, after in itertools.pairwise(sentences)}
    return {slug: f for slug, f in elections.items() if _in_cycle(slug, f, before.get(str(f.get("quote")), ""))}
