"""A rate told as one step of a dated timeline is as of its step's date, not of the cover.

A brief often lists the steps a tariff went through, each line opened by its day ('April 3: a 25% tariff on imported
cars began', 'August 7 - the rate of 15% took effect'), and then tells the rate now elsewhere ('The tariff on cars
falls to 15% for goods entered on or after September 16'). A step's own words rarely say it is past: read alone, its
rate speaks as of the cover date, later than any dated sentence, and wins over the step that replaced it. Each such
reading is dated by the day opening its sentence, the year the label leaves out being the latest one that puts the
day on or before the cover's (as 'since July' is read), where a later step or a sentence dated later tells the rate
after it: the choice among sentences (`extract.resolve`) then prefers that one. A step nothing dated follows is left
speaking as of the cover, as without its label: against a sentence of no date ('The 25% tariff hit Toyota hard') it
still disagrees, and the fact is left out, since the undated sentence may be either past or present. A step that
stands alone is still read; a reading dated by its own words keeps that date. Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.election_dates import last_such_day
from usjapan_facts.extract.rules import Fields
from usjapan_facts.extract.text import Sentence

_LABEL = re.compile(
    rf"(?P<month>{p.MONTH})\.?\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d{{2}}))?\s*(?::|[\u2013\u2014]|\s-)\s*\S"
)
"""A day opening a timeline's line, set off by a colon or a dash: 'April 3: ...', 'August 7, 2025 - ...'."""


def is_step(text: str) -> bool:
    """Whether a sentence opens with a day as a timeline's label ('April 5: a 10% baseline tariff applied')."""
    return _LABEL.match(text) is not None


def step_date(text: str, updated: dt.date | None) -> str | None:
    """The day (ISO) a sentence opens with as a timeline's label, else None."""
    label = _LABEL.match(text)
    if label is None:
        return None
    month, day = p.month_number(label.group("month")), int(label.group("day"))
    if label.group("year"):
        told = f"{label.group('year')}-{month:02d}-{day:02d}"
    elif updated is not None:
        told = last_such_day(f"{updated.year}-{month:02d}-{day:02d}", updated.isoformat())
    else:
        return None
    try:
        return dt.date.fromisoformat(told).isoformat()
    except ValueError:
        return None  # 'February 30: ...' is no day


def dated_steps(readings: list[tuple[Fields, Sentence]], updated: dt.date | None) -> list[tuple[Fields, Sentence]]:
    """The readings, each of a timeline's step dated by its label where its own words gave it no date, and only where
    another reading is dated later still (by its own words or its step's label): the step then gives way to it. The
    latest step keeps speaking as of the cover, so that a sentence of no date at all ('The 25% tariff on cars hit
    Toyota hard', told in the background) still disagrees with it, as it would were there no label, and neither wins.
    """
    steps = [None if "_date" in fields else step_date(sentence.text, updated) for fields, sentence in readings]
    dates = [day or str(fields.get("_date", "")) for day, (fields, _) in zip(steps, readings, strict=True)]
    out = []
    for index, (day, (fields, sentence)) in enumerate(zip(steps, readings, strict=True)):
        if day is not None and any(other > day for at, other in enumerate(dates) if at != index):
            fields = {**fields, "_date": day}
        out.append((fields, sentence))
    return out
