"""The page of what the brief says differently between two versions: word marks, folds, and fact links.

Each fact change of the pair links to the row that holds its sentence (the new version's, or for a
removal the old one's) and that row links back, so a reader goes from "troops: 54,000 -> 50,000" to
the words around it and back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from usjapan_facts.change import Change
from usjapan_facts.textdiff import Row, lines_of, text_diff

CONTEXT = 2
"""Shared sentences shown on each side of a change; longer shared stretches are folded."""
MIN_FOLD = 3
"""The fewest shared sentences folded away; fewer are shown."""


@dataclass(frozen=True)
class Linked:
    """A fact change and the anchor of the row that carries its sentence (None: its sentence is not in the text)."""

    change: Change
    anchor: str | None
    number: int


@dataclass(frozen=True)
class Stretch:
    """Rows shown open (changes and their context) or folded (a long shared stretch)."""

    folded: bool
    rows: tuple[tuple[Row, str, tuple[Linked, ...]], ...]
    """Each row with its anchor and the fact changes whose sentence it carries."""


@dataclass(frozen=True)
class TextComparison:
    """Everything the text-diff page shows for one pair of versions."""

    old: str
    new: str
    stretches: tuple[Stretch, ...]
    linked: tuple[Linked, ...]
    inserted: int
    deleted: int


def _normal(sentence: str) -> str:
    return " ".join(sentence.split())


def compare_texts(old: str, new: str, old_text: str, new_text: str, changes: Sequence[Change]) -> TextComparison:
    """Lay out the comparison of two kept texts, linking each fact change to the row of its sentence."""
    rows = text_diff(old_text, new_text)
    old_lines, new_lines = lines_of(old_text), lines_of(new_text)
    anchors = [f"s{index}" for index in range(len(rows))]
    row_of_new = {line: index for index, row in enumerate(rows) for line in row.new_lines}
    row_of_old = {line: index for index, row in enumerate(rows) for line in row.old_lines}
    linked: list[Linked] = []
    by_row: dict[int, list[Linked]] = {}
    for number, change in enumerate(changes, 1):
        found = _row_for(change.new, new_lines, row_of_new)
        if found is None:
            found = _row_for(change.old, old_lines, row_of_old)
        link = Linked(change, anchors[found] if found is not None else None, number)
        linked.append(link)
        if found is not None:
            by_row.setdefault(found, []).append(link)
    near = {
        index + shift
        for index, row in enumerate(rows)
        if not row.same or index in by_row
        for shift in range(-CONTEXT, CONTEXT + 1)
    }
    # A shared stretch is folded only when it is long enough for folding to save the reader something.
    for start, end in _runs([index not in near for index in range(len(rows))]):
        if end - start < MIN_FOLD:
            near.update(range(start, end))
    stretches: list[Stretch] = []
    for index, row in enumerate(rows):
        folded = index not in near
        entry = (row, anchors[index], tuple(by_row.get(index, ())))
        if stretches and stretches[-1].folded == folded:
            stretches[-1] = Stretch(folded, (*stretches[-1].rows, entry))
        else:
            stretches.append(Stretch(folded, (entry,)))
    inserted = sum(len(p.text.split()) for row in rows for p in row.pieces if p.op == "insert")
    deleted = sum(len(p.text.split()) for row in rows for p in row.pieces if p.op == "delete")
    return TextComparison(old, new, tuple(stretches), tuple(linked), inserted, deleted)


def _runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """The (start, end) of each run of true flags."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index))
            start = None
    return runs


def _row_for(item: object, lines: Sequence[str], row_of: dict[int, int]) -> int | None:
    quote = getattr(item, "quote", None)
    if not isinstance(quote, str) or not quote:
        return None
    wanted = _normal(quote)
    for number, line in enumerate(lines):
        if line == wanted:
            return row_of.get(number)
    return None
