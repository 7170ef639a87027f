"""Choose one value of a fact from the readings of several sentences, or none, with a warning.

Sentences that agree give one value, with the context (period, deadline) any of them states. Where
they disagree, the value marked as current wins over an unmarked one, and an unmarked one over one
marked as past; among the rest, the latest dated wins, an undated (present-tense) statement counting
as of the cover date. Two readings still left: the fact is left out, with a warning (precision first).
"""

from __future__ import annotations

import re

from usjapan_facts.bounds import TOP_RANKS
from usjapan_facts.extract.not_in_force import NOT_APPLIED
from usjapan_facts.extract.rank_concepts import COMPARED_YEAR
from usjapan_facts.extract.rules.base import PAST, PLAIN, Fields
from usjapan_facts.extract.tense import LONG_AGO
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.year_roles import STALE_RANK

CONTEXT_FIELDS = ("period", "by", "per", "previous", "baseline")
_PRESENT = "9999"  # an undated statement speaks as of the cover date: later than any date it names


def identity(fields: Fields) -> str:
    """What makes two readings the same value: the value and its hedge, never the wording."""
    return repr([(key, fields[key]) for key in ("qualifier", "value") if key in fields])


def _shorten(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _public(fields: Fields) -> Fields:
    return {key: value for key, value in fields.items() if not key.startswith("_")}


def _merged(readings: list[tuple[Fields, Sentence]]) -> tuple[Fields, Sentence]:
    fields, sentence = readings[0]
    merged = _public(fields)
    for other, _ in readings[1:]:
        for key in CONTEXT_FIELDS:
            if key not in merged and key in other:
                merged[key] = other[key]
    return merged, sentence


def resolve(
    fact_id: str, readings: list[tuple[Fields, Sentence]], warnings: list[str]
) -> tuple[Fields, Sentence] | None:
    """Return the one value the readings give (with the sentence to quote), or None with a warning."""
    if not readings:
        return None
    if len(readings) == 1:  # nothing to weigh: kept unless it is of long ago
        fields, sentence = readings[0]
        return None if fields.get("_stale") else (_public(fields), sentence)
    readings = _spelled_given(readings)
    if any("_earliest" in fields for fields, _ in readings):
        # Deadlines of several upcoming events: the next one is the earliest.
        first = min(str(fields.get("_earliest")) for fields, _ in readings)
        readings = [(f, s) for f, s in readings if str(f.get("_earliest")) == first]
    # Values of long ago ('In 1972, it hosted 60%') give way, and alone leave the fact unknown.
    fresh = [(f, s) for f, s in readings if not f.get("_stale")]
    if not fresh:
        return None
    fresh = _finer_dates(_finer(fresh))
    best = max((fields.get("_when", PLAIN), not fields.get("_weak", False)) for fields, _ in fresh)
    kept = [(f, s) for f, s in fresh if (f.get("_when", PLAIN), not f.get("_weak", False)) == best]
    if len({identity(fields) for fields, _ in kept}) > 1:
        latest = max(str(fields.get("_date", _PRESENT)) for fields, _ in kept)
        dated = [(f, s) for f, s in kept if str(f.get("_date", _PRESENT)) == latest]
        if len({identity(fields) for fields, _ in dated}) == 1:
            kept = dated
    if len({identity(fields) for fields, _ in kept}) > 1:
        # One example of each reading: a long text may repeat them thousands of times.
        examples = {identity(fields): (fields, sentence) for fields, sentence in reversed(kept)}
        shown = "; ".join(
            f"{fields.get('value')!r} in {_shorten(sentence.text)!r}"
            for fields, sentence in list(examples.values())[:4]
        )
        warnings.append(f"{fact_id}: sentences disagree ({shown}); left out")
        return None
    merged, sentence = _merged(kept)
    chosen = identity(kept[0][0])
    set_aside = {key: f for f, _ in readings if (key := identity(f)) != chosen}
    if set_aside and "note" not in merged:
        # Say why the current statement won, so that a reviewer sees the other value was read and weighed.
        merged["note"] = "preferred over " + "; ".join(_why(fields) for fields in list(set_aside.values())[:3])
    return merged, sentence


def _spelled_given(readings: list[tuple[Fields, Sentence]]) -> list[tuple[Fields, Sentence]]:
    """The readings of a person, each named by family name alone ('President Biden', its given name taken from the
    known people) given the one given name the text spells for that family elsewhere ('President Joseph R. Biden'):
    one person, however the text shortens the name."""
    spelled: dict[str, set[str]] = {}
    for fields, _ in readings:
        value = fields.get("value")
        if isinstance(value, dict) and value.get("given") and value["given"] in str(fields.get("as_written", "")):
            spelled.setdefault(str(value.get("family")), set()).add(str(value["given"]))
    if not spelled:
        return readings
    out = []
    for fields, sentence in readings:
        value = fields.get("value")
        if isinstance(value, dict) and len(given := spelled.get(str(value.get("family")), set())) == 1:
            fields = {**fields, "value": {**value, "given": next(iter(given))}}
        out.append((fields, sentence))
    return out


def marked_by_own_year(
    readings: list[tuple[Fields, Sentence]], cover: int, *, rank: bool = False
) -> list[tuple[Fields, Sentence]]:
    """The readings, each marked by the year its own sentence dates it: more than `LONG_AGO` years before the cover as
    of long ago ('In 1990, Japan was the second-largest U.S. trading partner' in a brief of 2024): it gives way, and
    alone is no current value, whichever reader took it; each it dates within `_LATEST_DATA` years marked as the latest
    data ('was the fourth-largest U.S. trading partner in 2019' in a brief of 2020; a reading of no date of its own by
    the latest year its sentence names: 'was the largest, at $783 billion at the end of 2023'). A figure of a whole
    year its sentence dates after the cover's and says planned or projected is no current value ('exports to Japan
    would total $175 billion by 2028' in a brief of 2025): marked so too. A year carried from sentences before is not
    the sentence's own: left as it is. A `rank` is a past place sooner, more than `STALE_RANK` years before the cover
    by its own year ('In 2019 Japan was the fourth-largest' in a brief of 2026), as the rank readers hold."""
    marked = []
    gone = STALE_RANK if rank else LONG_AGO
    for fields, sentence in readings:
        year = str(fields.get("period", ""))[:4]
        ahead = year.isdigit() and str(fields.get("period")) == year and int(year) > cover  # a year's, not a month's
        ahead = ahead and NOT_APPLIED.search(sentence.text) is not None
        own_text = COMPARED_YEAR.sub("", sentence.text) if rank else sentence.text  # 'two places lower than in 2019'
        if year.isdigit() and year in own_text and (cover - int(year) > gone or ahead):
            fields = {**fields, "_stale": True}
        elif (own := str(fields.get("period") or fields.get("_date", ""))[:4]).isdigit() and own in sentence.text:
            fields = {**fields, "_latest_data": True} if 0 <= cover - int(own) <= _LATEST_DATA else fields
        elif not own and (years := [int(y) for y in _YEAR.findall(sentence.text) if int(y) <= cover]):
            # undated, in a sentence whose latest year is the latest data: 'was the largest at the end of 2023'
            fields = {**fields, "_latest_data": True} if cover - max(years) <= _LATEST_DATA else fields
        marked.append((fields, sentence))
    return marked


_LATEST_DATA = 2
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""The most years before the cover a figure's own year may stand and still be the latest data the brief has."""


def _within(coarse: Fields, fine: Fields) -> bool:
    """Tell whether a figure, as current as the bound, lies within a bound said in words: 63% within 'a majority' (over
    50), 46% within 'short of a majority' (under 50), second within 'a leading creditor' (among the top)."""
    bound, value = coarse.get("value"), fine.get("value")
    if not isinstance(value, (int, float)) or fine.get("_coarse"):
        return False
    if coarse.get("qualifier") == "among_top":  # 'a leading creditor' beside 'ranks second': the place says more
        # 'is a leading partner' beside 'was the fourth-largest partner in 2019' (a brief of 2020): the latest data
        current = fine.get("_latest_data") and int(coarse.get("_when", PLAIN)) <= PLAIN
        if not current and int(fine.get("_when", PLAIN)) < int(coarse.get("_when", PLAIN)):
            return False
        return fine.get("qualifier", "exact") == "exact" and 1 <= value <= TOP_RANKS
    if int(fine.get("_when", PLAIN)) < int(coarse.get("_when", PLAIN)):
        return False  # 'holds a majority' now beside 'won 63% in the 2021 election': the figure is of a past vote
    if not isinstance(bound, (int, float)):
        return False
    return value > bound if coarse.get("qualifier") == "over" else coarse.get("qualifier") == "under" and value < bound


def _finer(readings: list[tuple[Fields, Sentence]]) -> list[tuple[Fields, Sentence]]:
    """Drop the bounds said in words ('retains a majority') when a figure within each is read: the figure says more.
    A bound that some figure falls outside of is kept, so the two disagree."""
    coarse = [fields for fields, _ in readings if fields.get("_coarse") or fields.get("qualifier") == "among_top"]
    if not coarse or len(coarse) == len(readings):
        return readings
    if all(any(_within(bound, fields) for fields, _ in readings) for bound in coarse):
        return [(fields, sentence) for fields, sentence in readings if not any(fields is bound for bound in coarse)]
    return readings


_ISO = re.compile(r"\d{4}(?:-\d{2}){0,2}")


def _finer_dates(readings: list[tuple[Fields, Sentence]]) -> list[tuple[Fields, Sentence]]:
    """Drop a date that another reading, as current, says more precisely: 'announced in July 2025' in the overview and
    'on July 22, 2025' further on are one date, the day. Dates that disagree are kept, so the two stay apart."""
    dates = {str(fields["value"]) for fields, _ in readings if _ISO.fullmatch(str(fields.get("value", "")))}
    if len(dates) < 2:
        return readings
    kept = []
    for fields, sentence in readings:
        value = str(fields.get("value", ""))
        finer = [
            other
            for other, _ in readings
            if str(other.get("value", "")).startswith(value + "-")
            and int(other.get("_when", PLAIN)) >= int(fields.get("_when", PLAIN))
        ]
        if not (value in dates and finer):
            kept.append((fields, sentence))
    return kept


def _why(fields: Fields) -> str:
    """How a set-aside reading reads in a note: its value and what made it give way."""
    reason = fields.get("_why") or {PAST: "marked as past", PLAIN: "not marked as current"}.get(
        int(fields.get("_when", PLAIN)), "of an earlier date"
    )
    if fields.get("qualifier") == "among_top":
        return "'among the top' (no place stated)"
    if fields.get("_weak"):
        reason = "named less surely"
    elif fields.get("_coarse"):
        reason = "a bound in words"
    elif "_date" in fields and "_why" not in fields:
        reason = f"dated {fields['_date']}"
    return f"{fields.get('value')!r} ({reason})"
