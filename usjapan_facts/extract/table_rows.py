"""Elections and events a table of words states, a row each: 'Okinawa governor | Sept. 2022 | Tamaki re-elected'.

A table's row reaches the readers as one labelled sentence a cell ('Okinawa governor date: September 2022', 'Okinawa
governor outcome: Tamaki re-elected'), so the row's date and its other cells stand in sentences apart. Here the date
cell of a row is found for the row's other cells, and the election a row names by its body is read from its cells. A
timeline's date standing on a line of its own dates the row after it (`dated_rows`).
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.election_dates import status_of
from usjapan_facts.extract.election_words import body_of
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

_DATED = re.compile(r"^(?P<label>[^:;]{3,80}?)\s+date:\s+(?P<date>[^:;]+?)\.?$", re.IGNORECASE)
"""A row's date cell, under a 'Date' header: 'Okinawa governor date: September 2022'."""
_ROLE_DATED = re.compile(
    r"^(?P<label>[^:;]{3,80}?)\s+(?:(?P<held>(?:last|previous|prior|latest|most\s+recent)(?:\s+(?:held|elections?|votes?|"
    r"contests?|polls?))?|held)|(?P<coming>(?:next|upcoming|coming|scheduled)(?:\s+(?:due|elections?|votes?|contests?|"
    r"polls?))?))(?:\s+date)?:\s+(?P<date>[^:;]+?)\.?$",
    re.IGNORECASE,
)
"""A row's date cell under a header that says which of the row's votes it dates: 'LDP presidency last held: September
2021' (one held), 'Upper House next: July 2025' (one to come)."""
_ROW_BODY = re.compile(
    r"^(?:the\s+)?(?:LDP|Liberal\s+Democratic\s+Party)(?:\W?s)?\s+(?:presiden(?:cy|t)|leader(?:ship)?)\b"
)
"""A row's label naming the party's vote by its office alone ('LDP presidency'): in a table of contests, its vote."""
_CELL = re.compile(r"^(?P<label>[^:;]{3,80}?):\s+(?P<value>[^:;]+?)\.?$")
_DATE_APART = re.compile(rf"^(?:{p.MONTH})\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?[.:]?$")
"""A date that stands apart before its deed, a timeline row's own line or heading: '**April 7.**', '### April 7,
2025'."""


def dated_rows(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, each that names no month of its own dated by the date standing apart right before it (the
    sentence before, or the heading it opens): '**April 7.** Trump and Ishiba agree to open talks' is read as 'April
    7: Trump and Ishiba agree to open talks'."""
    out = list(sentences)
    for index, sentence in enumerate(sentences):
        opens = index == 0 or sentences[index - 1].section != sentence.section
        row = sentence.section if opens else sentences[index - 1].text
        if len(row) < 20 and _DATE_APART.match(row) and p.MONTH_NAMED.search(sentence.text) is None:
            out[index] = Sentence(f"{row.rstrip('.:')}: {sentence.text}", sentence.section, sentence.cut)
    return out


_NEAR = 4
"""How many sentences apart a row's cells may stand (a row of four cells, a lead-in line before each row)."""
_HELD = re.compile(r"\b(?:held|re-?elected|elected|won|lost|expired|lapsed|took\s+place|completed)\b", re.IGNORECASE)
_COMING = re.compile(r"\b(?:upcoming|scheduled|planned|expected|pending|due)\b", re.IGNORECASE)


def _one_date(cell: str) -> str | None:
    """The date a cell is, wholly: 'September 2022', 'October 31, 2021'; None for a cell with more words."""
    found = p.dates(cell)
    return found[0][0] if len(found) == 1 and found[0][1].group(0) == cell.strip() else None


def row_date(sentences: list[Sentence], index: int) -> str | None:
    """For a row's cell ('Section 122 surcharge: expired'), the date its row's date cell gives, if one does."""
    cell = _CELL.match(sentences[index].text)
    if cell is None or _DATED.match(sentences[index].text):
        return None
    label = cell.group("label").casefold()
    for near in sentences[max(0, index - _NEAR) : index + _NEAR + 1]:
        dated = _DATED.match(near.text) if near.section == sentences[index].section else None
        if dated and dated.group("label").casefold() == label:
            return dated.group("date")
    return None


def _cells(sentences: list[Sentence], index: int, label: str) -> str:
    """The row's other cells, beside the date cell at `index`: 'Tamaki re-elected', 'held'."""
    found = []
    for near in sentences[max(0, index - _NEAR) : index + _NEAR + 1]:
        cell = _CELL.match(near.text) if near.section == sentences[index].section else None
        if cell and not _DATED.match(near.text) and cell.group("label").casefold().startswith(label.casefold()):
            found.append(cell.group("value"))
    return " ".join(found)


def _role_agrees(dated: re.Match[str], updated: str) -> bool:
    """Tell whether a role's date cell agrees with the cover: a vote 'last held' is past, the 'next' one to come."""
    date = _one_date(dated.group("date"))
    said = "held" if dated.group("held") else "upcoming"
    return date is None or status_of(date, updated, "") == said or date == updated[: len(date)]


def _role_election(sentences: list[Sentence], index: int, updated: str) -> tuple[str, Fields] | None:
    """The election a row's date cell states under a header that gives its role ('last held', 'next'): held or to
    come as the header says, when its date agrees; a cell with more than a date ('by October 2025') is a deadline. A
    row whose other role's cell contradicts the cover ('last held' in a year to come) is unsure."""
    dated = _ROLE_DATED.match(sentences[index].text)
    date = _one_date(dated.group("date")) if dated else None
    if dated is None or date is None:
        return None
    label = dated.group("label")
    if ANOTHER_COUNTRY.search(label) or re.search(r"\bU\.S\.|\bUnited\s+States\b|\bAmerican\b", label):
        return None  # 'U.S. House of Representatives': another country's chamber
    body = body_of(label) or (("ldp_president", "LDP president") if _ROW_BODY.match(label) else None)
    said = "held" if dated.group("held") else "upcoming"
    row = (_ROLE_DATED.match(near.text) for near in sentences[max(0, index - _NEAR) : index + _NEAR + 1])
    if body is None or not all(_role_agrees(cell, updated) for cell in row if cell and cell.group("label") == label):
        return None
    return f"{body[0]}_{date[:4]}", {"body": body[1], "date": date, "status": said, "candidates": {}}


def row_election(sentences: list[Sentence], index: int, updated: str) -> tuple[str, Fields] | None:
    """The election a table row states: its label names the body ('Upper House (half of seats)', 'Okinawa
    governor'), its date cell the date, its other cells whether it is held ('held', 'Tamaki re-elected')."""
    if (role := _role_election(sentences, index, updated)) is not None:
        return role
    dated = _DATED.match(sentences[index].text)
    date = _one_date(dated.group("date")) if dated else None
    body = body_of(dated.group("label")) if dated else None
    if dated is None or date is None or body is None:
        return None
    cells = _cells(sentences, index, dated.group("label"))
    said = "held" if _HELD.search(cells) else "upcoming" if _COMING.search(cells) else None
    status = status_of(date, updated, "")
    if said is not None and said != status and date != updated[: len(date)]:
        return None  # a cell that contradicts the date: the row is unsure
    fields: Fields = {"body": body[1], "date": date, "status": said or status, "candidates": {}}
    return f"{body[0]}_{date[:4]}", fields
