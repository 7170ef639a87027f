"""Where the lines of columns copied from a PDF break: a heading standing inside a sentence, an item that ends, the
column a page's run of interleaved lines opens in, and a line that cannot go on from the one before.

Split from `line_joins`, whose line ends they read. Pure, no I/O.
"""

from __future__ import annotations

from usjapan_facts.extract.line_joins import (
    BEFORE_NUMBERS,
    BULLET,
    HANGING,
    STARTERS,
    LineJoins,
    ends_sentence,
    heading_like,
)


def intruding_heading(before: str, line: str, after: str) -> bool:
    """Tell whether `line` is a heading standing between two lines of one sentence (text copied from columns)."""
    return (
        heading_like(line)
        and not ends_sentence(before)
        and after[:1] != ""
        and (after[:1].islower() or after[:1] in "$0123456789")
    )


def bullet_item_ended(item: str, last: str, line: str, short: float) -> bool:
    """Tell whether a list's item (`item`, from its mark) ended at its line `last`: a line well short of the
    column's prose, and `line` opening in a capital. An item needs no stop ('U.S. imports of $180 billion')."""
    return BULLET.match(item) is not None and len(last) < short and line[:1].isupper()


def right_first(scorer: LineJoins, labels: list[int]) -> list[int]:
    """The columns told again where the run under a heading opens in lower case: a column's first line there goes on
    from the other column's last, so the run opens in the right column, level with the left one's heading.

    The beam gives the run's first line the left column; the reading with the columns swapped weighs the same but
    for the seam between the columns, where the left column's last line meets the right one's first: it is kept if
    that seam reads better ('came to $183.9 billion, mostly' / 'goods ($148.0 billion), with ...')."""
    if not scorer.lower[0] or 0 not in labels or 1 not in labels:
        return labels

    def seam(columns: list[int]) -> float:
        left_last = max(index for index, column in enumerate(columns) if column == 0)
        right_first = columns.index(1)
        return scorer.join(left_last, right_first) - scorer.join(-1, right_first)

    swapped = [1 - column for column in labels]
    return swapped if seam(swapped) > seam(labels) else labels


def hangs(scorer: LineJoins, before: int, after: int) -> bool:
    """Tell whether line `after` cannot go on from `before`: a word cut at a hyphen, or "the", then a new sentence;
    a clause cut where its object or figure was to come ('has been the', 'amounted to about'), then a list's item
    or an author's name, which no sentence runs on into."""
    if scorer.lower[after] or scorer.heading[after]:
        return False
    if scorer.hyphen[before] and not scorer.last_capital[before]:
        return True
    if (
        scorer.last[before] in BEFORE_NUMBERS
        and not scorer.ends[before]
        and (scorer.item[after] or scorer.author[after])
    ):
        return True
    return scorer.last[before] in HANGING and scorer.first[after] in STARTERS
