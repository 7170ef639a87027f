"""Keep a table's rows in its caption's column while a copied page's interleaved lines are told apart.

The column reader tells each line's column from how it reads on; a table's rows read on from any row, so where
the other column ends beside a table, or two tables stand side by side, rows can land in the wrong column. Split
from `column_glue`. Pure, no I/O.
"""

from __future__ import annotations

from usjapan_facts.extract.column_glue import FIGURE_SOURCE
from usjapan_facts.extract.column_lines import SHORT_LAST_LINE
from usjapan_facts.extract.grid_rows import same_table
from usjapan_facts.extract.line_joins import AUTHOR_NAME, AUTHOR_ROLE, TABLE_ROW, ends_sentence
from usjapan_facts.extract.table_groups import row_goes_on


def rows_kept(lines: list[str], labels: list[int]) -> list[int]:
    """The columns told, with a table's rows kept in its caption's column: a row given to the other column, whose
    line before is prose, goes back (the other column ended beside the table, and its turns ran on in the rows); a
    row under its own table's header or row stays (two tables side by side).
    A column that ended on its authors' lines (the brief's last) has no more: the other column runs on alone."""
    out, table, rows, last = list(labels), None, False, ["", ""]
    for index, line in enumerate(lines):
        ended = AUTHOR_ROLE.fullmatch(last[out[index]]) and not AUTHOR_NAME.fullmatch(line)
        if ended and not AUTHOR_ROLE.fullmatch(line):
            out[index] = 1 - out[index]
        if line.startswith("Table "):
            table, rows = out[index], False
        elif table is not None and TABLE_ROW.fullmatch(line):
            before = last[out[index]]
            if out[index] != table and before and not (TABLE_ROW.fullmatch(before) or same_table(before, line)):
                out[index] = table
            rows = rows or out[index] == table
        elif table is not None and rows and FIGURE_SOURCE.match(line):
            out[index], table = table, None  # the table's source line, under its rows
        elif (
            table is not None
            and rows
            and out[index] == table
            and _amid_rows(lines, index, last[1 - table], turn=out[index - 2 : index] == [1 - table, table])
        ):
            out[index] = 1 - table  # a line of prose between the table's rows: the other column's, cut mid-sentence
        elif table is not None and rows and out[index] == table and not row_goes_on(lines, out, index):
            table = None  # the table ended in its column (a row with words, "Dec. 2019", goes on)
        last[out[index]] = line
    return out


def _amid_rows(lines: list[str], index: int, other: str, *, turn: bool) -> bool:
    """Tell whether line `index`, no row, stands between a table's rows in the other column's `turn` (its last line,
    `other`, the one before this line's but one) where that line stopped mid-sentence: as wide as that line (a row's
    name wrapped onto a line of its own is narrower), it goes on from it."""
    if not turn:
        return False
    line, following = lines[index], lines[index + 1] if index + 1 < len(lines) else ""
    wide = bool(other) and len(line) >= SHORT_LAST_LINE * len(other) and not TABLE_ROW.fullmatch(line)
    return wide and bool(TABLE_ROW.fullmatch(following)) and not (ends_sentence(other) or FIGURE_SOURCE.match(line))
