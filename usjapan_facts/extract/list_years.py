"""The year of a list's dated items, from the sentence that leads into them: 'Key steps in 2025:' then 'July 22: the
President announced ...' is 'July 22, 2025: ...'.

An item of a dated list often gives its day alone, its year being the lead-in's. Each item led by a day without a year
('April 9: ...') takes the one year its lead-in names (a sentence ending in a colon, the nearest before the items of the
same section, passing over the other dated items and the section's heading repeated before each item); none where the
lead-in names no year or several, or where something else stands between. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.parsers import MONTH
from usjapan_facts.extract.text import Sentence

_ITEM = re.compile(rf"^(?P<day>{MONTH}\s+\d{{1,2}})(?P<rest>:\s)")
"""An item led by a day of a month and no year: 'July 22: '."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _lead_year(sentences: list[Sentence], at: int) -> str | None:
    """The one year the lead-in of the item at `at` names, or None."""
    for before in reversed(sentences[:at]):
        if before.section != sentences[at].section:
            return None
        if before.text == before.section or _ITEM.match(before.text):
            continue  # the heading repeated before each item, or another dated item
        years = set(_YEAR.findall(before.text))
        return years.pop() if before.text.rstrip().endswith(":") and len(years) == 1 else None
    return None


def dated_items(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each yearless dated item given its lead-in's year."""
    if not any(_ITEM.match(sentence.text) for sentence in sentences):
        return sentences
    given = list(sentences)
    for at, sentence in enumerate(sentences):
        if (item := _ITEM.match(sentence.text)) and (year := _lead_year(sentences, at)):
            text = f"{item.group('day')}, {year}{sentence.text[item.end('day') :]}"
            given[at] = Sentence(text, sentence.section, sentence.cut)
    return given


__all__ = ["dated_items"]
