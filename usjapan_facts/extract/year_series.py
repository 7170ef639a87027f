"""A figure given for two years in one clause: '$112 billion in 2021 and $125 billion in 2024', 'were $112 billion in
2021 and in 2024 $125 billion', '$184 billion in 2024 and $150 billion in 2020'. Each figure is dated by its own year;
the later one shares the earlier one's words (the verb, the cue) and only the latest year's figure is current."""

from __future__ import annotations

import re
from collections.abc import Sequence

from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.values import Candidate, amounts
from usjapan_facts.extract.word_choice import may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_YEAR = r"(?:19|20)\d\d"
_AT = r"(?:in|during|for|at\s+(?:the\s+)?end\s+of|at\s+end-|as\s+of)\s+"
_AFTER = re.compile(rf"\s*\(?(?:{_AT})?(?P<year>{_YEAR})\b\)?", I)
"""The year right after a figure: ' in 2024', ' at the end of 2023', ' (2024)'."""
_BEFORE = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Ff]or)\s+(?P<year>{_YEAR}),?\s+(?:(?:and|but)\s+)?$")
"""The year right before a figure with nothing else between: 'and in 2024 $125 billion'."""
_OPENING = re.compile(rf"\s*(?:In|During)\s+(?P<year>{_YEAR})\b(?![^$]*\b(?:19|20)\d\d\b[^$]*\$)")
"""A sentence's opening year, when no other year stands before its first figure."""
_STEP = re.compile(
    rf"^\s*(?:\(?(?:{_AT})?(?P<first>{_YEAR})\)?)?\s*(?:,\s*(?:and\s+|then\s+)?|;\s*|\s+and\s+|\s+(?:up|down|compared|against)\s+"
    rf"(?:from|with)\s+|,\s+(?:up|down)\s+from\s+|\s+to\s+)(?:{_AT}(?P<second>{_YEAR}),?\s+)?$",
    I,
)
"""What may stand between two figures of a series: a year, then 'and', a comma, 'to', 'compared with'."""


def own_year(text: str, candidate: Candidate) -> str | None:
    """The year the figure is dated by in its own words, right after or right before it."""
    after = _AFTER.match(text, candidate.end)
    if after is not None:
        return after["year"]
    before = _BEFORE.search(text[max(0, candidate.start - 24) : candidate.start])
    if before is not None:
        return before["year"]
    opening = _OPENING.match(text)  # 'In 2021 U.S. exports to Japan were $112 billion and in 2024 $125 billion'
    return opening["year"] if opening is not None and opening.end() < candidate.start else None


def series_step(text: str, earlier: Candidate, later: Candidate) -> bool:
    """Tell whether `later` follows `earlier` in a series of one figure by year, each dated: '$112 billion in 2021
    and $125 billion in 2024'."""
    if not _STEP.match(text[earlier.end : later.start]):
        return False
    years = own_year(text, earlier), own_year(text, later)
    return None not in years and years[0] != years[1]


def in_series(text: str, found: Sequence[Candidate], candidate: Candidate) -> Candidate | None:
    """The figure before `candidate` it follows in a series by year, or None."""
    before = [other for other in found if other.end <= candidate.start]
    if not before:
        return None
    earlier = max(before, key=lambda other: other.end)
    return earlier if series_step(text, earlier, candidate) else None


def series_year(text: str, found: Sequence[Candidate], candidate: Candidate) -> dict[str, object]:
    """The figure's own year as a hint ('_year') when it stands in a series by year, else no hint."""
    series = in_series(text, found, candidate) or any(in_series(text, found, other) == candidate for other in found)
    return {"_year": own_year(text, candidate)} if series else {}


def latest_of_series(values: list[Fields], cover: int | None) -> list[Fields]:
    """Of the figures of a series by year, the latest year's alone, up to the cover's year (a later year's figure is a
    projection: '$125 billion in 2024 and $140 billion in 2027' in a 2025 brief), and none when all are later; the
    sentence's undated readings give way to it too. With fewer than two dated figures, the readings as they are."""
    dated = [fields for fields in values if fields.get("_year")]
    if len(dated) < 2:
        return values
    past = [fields for fields in dated if cover is None or int(str(fields["_year"])) <= cover]
    return [max(past, key=lambda fields: str(fields["_year"]))] if past else []


def superseded(text: str, old: object, new: object) -> bool:
    """Tell whether the figure `old` is an earlier year's of a series by year whose later figure is `new`: '$112
    billion in 2021 and $125 billion in 2024' (a reading of $112 billion gives way to one of $125 billion)."""
    if old == new or not may_hold(text, ("illion",)):
        return False
    found = amounts(text)
    for later in found:
        earlier = in_series(text, found, later)
        while earlier is not None and later.value == new:
            if earlier.value == old:
                return str(own_year(text, later)) > str(own_year(text, earlier))
            earlier = in_series(text, found, earlier)
    return False


__all__ = ["in_series", "latest_of_series", "own_year", "series_step", "series_year", "superseded"]
