"""One table of a value by year from several sentences: 'Japan's economy grew 1.7% in 2021. It had shrunk by 4.6% in
2020.' gives 2021 and 2020. Sentences that give the same year different values leave the readings as they are, so that
they disagree and the fact is left out; a sentence cut by another column's lines only backs years whole ones give."""

from __future__ import annotations

from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

Readings = list[tuple[Fields, Sentence]]


def merged_years(readings: Readings) -> Readings:
    """The readings of a value by year as one reading of all their years, where they agree year by year."""
    if len(readings) < 2 or any(
        set(fields) != {"value"} or not isinstance(fields["value"], dict) for fields, _ in readings
    ):
        return readings  # one reading, or some carry more than years (a note, a period): weighed as they are
    whole = [(fields["value"], sentence) for fields, sentence in readings if not sentence.cut]
    if not whole:
        return readings
    years: dict[str, object] = {}
    for value, _ in whole:
        for year, figure in value.items():
            if years.setdefault(year, figure) != figure:
                return readings  # a year given two values: which is right is unsure
    # A cut sentence giving a year no whole one gives, or another figure for it, stays apart: it then disagrees.
    backing = [(f, s) for f, s in readings if s.cut and any(years.get(y) != v for y, v in f["value"].items())]
    return [({"value": years}, whole[0][1]), *backing]


__all__ = ["merged_years"]
