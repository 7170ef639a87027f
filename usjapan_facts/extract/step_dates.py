"""A rate told as one step of a dated timeline is as of its step's date, not of the cover.

A brief often lists the steps a tariff went through, each line opened by its day ('April 3: a 25% tariff on imported
cars began', 'August 7 - the rate of 15% took effect'), and then tells the rate now elsewhere ('The tariff on cars
falls to 15% for goods entered on or after September 16'). A step's own words rarely say it is past: read alone, its
rate speaks as of the cover date, later than any dated sentence, and wins over the step that replaced it. Each such
reading is dated by the day opening its sentence, the year the label leaves out being the latest one that puts the
day on or before the cover's (as 'since July' is read): the choice among sentences (`extract.resolve`) then prefers
the later step, or a sentence of the rate now, and a step that stands alone is still read. A reading dated by its own
words keeps that date. Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules import Fields
from usjapan_facts.extract.text import Sentence

_LABEL = re.compile(
    rf"(?P<month>{p.MONTH})\.?\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d{{2}}))?\s*(?::|[\u2013\u2014]|\s-)\s*\S"
)
"""A day opening a timeline's line, set off by a colon or a dash: 'April 3: ...', 'August 7, 2025 - ...'."""


def step_date(text: str, updated: dt.date | None) -> str | None:
    """The day (ISO) a sentence opens with as a timeline's label, else None."""
    label = _LABEL.match(text)
    if label is None:
        return None
    month, day = p.month_number(label.group("month")), int(label.group("day"))
    year = int(label.group("year")) if label.group("year") else None
    if year is None:
        if updated is None:
            return None
        year = updated.year if (month, day) <= (updated.month, updated.day) else updated.year - 1
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # 'February 30: ...' is no day


def dated_steps(readings: list[tuple[Fields, Sentence]], updated: dt.date | None) -> list[tuple[Fields, Sentence]]:
    """The readings, each of a timeline's step dated by its label where its own words gave it no date."""
    out = []
    for fields, sentence in readings:
        if "_date" not in fields and (day := step_date(sentence.text, updated)) is not None:
            fields = {**fields, "_date": day}
        out.append((fields, sentence))
    return out
