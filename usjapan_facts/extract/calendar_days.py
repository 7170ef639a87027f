"""Days of the calendar built from a text's pieces: a month and a day number that may name no day ('February 30',
'the 31st' of a 30-day month). Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt


def day_of(month: str, day: int | str) -> str | None:
    """The day of `month` ('2022-07') numbered `day`, as an ISO date; None when the month has no such day."""
    try:
        return dt.date.fromisoformat(f"{month}-{int(day):02d}").isoformat()
    except ValueError:
        return None


def is_day(date: str) -> bool:
    """Whether an ISO date ('2031-04-31') is a day of the calendar."""
    return len(date) == 10 and day_of(date[:7], date[8:]) is not None


__all__ = ["day_of", "is_day"]
