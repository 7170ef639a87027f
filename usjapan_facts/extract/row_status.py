"""A table row's rate whose row says, in a cell of its own, that it applies no more (or not yet).

A table of rates may give each row a status beside its rate ('| April 5 | Baseline | 10% | replaced |', '| Most goods |
IEEPA | 15% | voided February 20 |', '| August 7 | Framework | 15% | in effect |'). The reader flattens a row into one
sentence a cell, under the table's title repeated before each row ('Table 1. ...:', 'April 5 rate: 10%', 'April 5:
replaced'), so the rate's own sentence says nothing of its time. A reading of a rate from a row whose other cells
(holding no rate of their own: a status, not another column's rate) tell it ended, was replaced, paused, voided,
proposed, never applied or changed since ('lowered', 'raised'), and none tells it is in effect, nor does its own column,
is marked past and stale: the rate of the row in effect wins, and alone the row's rate is no rate now. The status words
are data (`[row_status]` of `briefs/tariff_roles.toml`). Pure.
"""

from __future__ import annotations

import re
from functools import cache

from usjapan_facts.extract.rules.base import PAST, Fields
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.word_files import word_file

_RATE = re.compile(r"\d\s*(?:%|percent)", re.IGNORECASE)
"""A cell holding a rate is another column's rate ('Announced or threatened: 24% (April 2)'), not the row's status."""


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = (word_file("tariff_roles.toml") or {})["row_status"]
    return re.compile(data["ended"], re.IGNORECASE), re.compile(data["now"], re.IGNORECASE)


def _rows(document: Document) -> dict[tuple[str, str], list[list[str]]]:
    """Each table sentence (its section and text) with the other cells of each row it stands in: a row runs from its
    table's title, repeated before it, to the next."""
    rows: dict[tuple[str, str], list[list[str]]] = {}
    row: list[Sentence] = []
    for sentence in [*document.sentences, Sentence("", "")]:
        title = sentence.text.rstrip(":").strip() == sentence.section
        if row and (title or sentence.section != row[0].section):
            if row[0].text.rstrip(":").strip() == row[0].section:  # a row under its title, not the table's prose
                for cell in row[1:]:
                    status = [other.text for other in row[1:] if other is not cell and not _RATE.search(other.text)]
                    rows.setdefault((cell.section, cell.text), []).append(status if not _now(cell.text) else [])
            row = []
        if sentence.section.startswith("Table"):
            row.append(sentence)
    return rows


def _now(cell: str) -> bool:
    """Whether a cell tells its own rate is in effect ('Most goods in force: 10%', under its column 'In force')."""
    ended, now = _words()
    return bool(now.search(cell)) and not ended.search(cell)


def _ended(cells: list[str]) -> bool:
    """Whether a row's other cells tell its rate applies no more, and none tells it is in effect."""
    ended, now = _words()
    told = [bool(ended.search(cell)) for cell in cells]
    return any(told) and not any(now.search(cell) and not over for cell, over in zip(cells, told, strict=True))


def mark_ended_rows(fact_ids: set[str], document: Document, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Mark past each reading of the facts whose sentence is a rate in a table row its status cell says ended."""
    if not any(sentence.section.startswith("Table") for sentence in document.sentences):
        return
    rows = _rows(document)
    for fact_id in fact_ids:
        for fields, sentence in readings.get(fact_id) or []:
            found = rows.get((sentence.section, sentence.text))
            if found and all(_ended(cells) for cells in found):
                fields["_when"] = PAST
                fields["_stale"] = True  # alone, it tells no rate now: the fact is left unknown


def live_sentences(document: Document) -> list[Sentence]:
    """The document's sentences less the cells of the table rows whose status cell says their rate ended: what a
    reader by roles may read a rate now from."""
    if not any(sentence.section.startswith("Table") for sentence in document.sentences):
        return document.sentences
    rows = _rows(document)
    return [s for s in document.sentences if not ((found := rows.get((s.section, s.text))) and all(map(_ended, found)))]


__all__ = ["live_sentences", "mark_ended_rows"]
