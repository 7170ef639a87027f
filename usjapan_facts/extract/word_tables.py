"""Tables whose columns are not years ('Measure | Value', 'Chamber | Seats held | Share | Last election'): each
row read as labelled sentences, one a cell, that the declared facts read as they read a list's items.

A row's label and the column's header name the cell: 'House of Representatives share: 67%'; a header that
names nothing ('Value') leaves the label alone: 'Share of land area: less than 1%'; a year's column dates
its cell: 'Lower House share: 61% in 2012'. A table whose value columns are all years is `tables`' to read. Layout
text from a PDF gives a table's rows as lines with their cells apart by runs of spaces: `layout_rows` makes
them Markdown rows, so that every layout reaches the reader as the Markdown table does. Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from usjapan_facts.extract.header_lines import line_cells, two_line_header, widened
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.table_cells import UNIT, labelled_unit
from usjapan_facts.extract.table_steps import EMPTY as _EMPTY
from usjapan_facts.extract.table_steps import annotated_rank, current_step, ranked

_YEAR_HEADER = re.compile(
    r"(?:FY\s?)?(?:19|20)\d{2}|(?:Percent(?:age)?|%)\s+change|Change(?:,?\s*(?:%|\(%\)|percent))?", re.IGNORECASE
)
"""A header of a year's column, or of the change between years': such a table is `tables`' to read."""
_DATED_HEADER = re.compile(r"(?P<name>.*?)[,\s(]*\b(?:in\s+|as\s+of\s+)?(?P<year>(?:19|20)\d{2})\)?$")
"""A header naming a year: 'Share, 2012', 'Seats (2021)', '2019'."""
_NOTHING = frozenset(
    [
        "value",
        "values",
        "figure",
        "figures",
        "amount",
        "number",
        "data",
        "detail",
        "details",
        "fact",
        "facts",
        "statistic",
        "statistics",
        "measure",
        "indicator",
        "item",
        "total",
        "latest",
        "current",
        "status",
        "note",
    ]
)
"""Header words that name no quantity: the row's label alone names its cell."""
_MONTHS = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
_SHORT_MONTH = re.compile(r"\b(?P<month>" + "|".join(_MONTHS) + r")\.?(?=\s+(?:\d{1,2},\s*)?(?:19|20)\d{2}\b)", re.I)
"""A month a table's cell shortens to save room: 'Oct. 2017', 'Sept 2019'."""
MAX_LABEL = 60
"""A list's label is at most this long (`lists.LABEL`): a longer row label reads as no item."""


@dataclass(frozen=True)
class WordTable:
    """A table as its cells: its header row (if it has one) and its rows, each a tuple of cells."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def by_years(table: WordTable) -> bool:
    """Tell whether the table's value columns are all years' (or their change's): a row per flow, a column a year;
    or its rows are years' (`year_rows`)."""
    names = [name for name in table.header[1:] if name]
    return (bool(names) and all(_YEAR_HEADER.fullmatch(name.strip()) for name in names)) or year_rows(table)


_YEAR_LABEL = re.compile(r"(?:(?:Calendar\s+)?Year|CY)?", re.IGNORECASE)
_FIGURE = re.compile(r"[-\u2212\u2013]?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def year_rows(table: WordTable) -> bool:
    """Tell whether the table gives a year a row ('| Year | Exports | Imports |' over '| 2024 | 129.1 | 192.4 |'), each
    other cell a figure under a header that names it."""
    width = len(table.header)
    return (
        width >= 2
        and len(table.rows) >= 2
        and bool(_YEAR_LABEL.fullmatch(table.header[0].strip()))
        and all(name.strip() and not _YEAR_HEADER.fullmatch(name.strip()) for name in table.header[1:])
        and all(
            len(row) == width
            and re.fullmatch(r"(?:19|20)\d{2}", row[0].strip())
            and all(_FIGURE.fullmatch(cell.strip()) for cell in row[1:])
            for row in table.rows
        )
    )


def year_columns(caption: str, table: WordTable | None) -> str:
    """A table's caption words with a year a column: those of a table that gives a year a row turned about ('Year 2023
    2024 Exports 125.0 129.1 Imports 187.6 192.4'), so that it reads as a table by year; any other caption as it is."""
    if table is None or not year_rows(table):
        return caption
    header = r"\s+".join(re.escape(word) for word in " ".join(table.header).split())
    opening = re.search(header, caption)
    title = caption[: opening.start()].strip() if opening else ""  # an HTML table's caption comes first
    columns = [[title, *(row[0] for row in table.rows)]]
    columns += [[table.header[index], *(row[index] for row in table.rows)] for index in range(1, len(table.header))]
    return " ".join(" ".join(cell.strip() for cell in column if cell) for column in columns)


def _named(label: str, header: str) -> tuple[str, str]:
    """The words naming one cell (the row's label, then the column's header unless it names nothing), and the
    year the header dates the column by ('Share, 2012'), if any."""
    header = " ".join(header.split())
    dated = _DATED_HEADER.fullmatch(header)
    name, year = (dated.group("name").strip(" ,"), dated.group("year")) if dated else (header, "")
    if name.casefold() in _NOTHING:
        name = ""
    if name[:1].isupper() and name[1:2].islower() and not re.match(rf"{OTHER_COUNTRIES}|Japan\b", name):
        name = name[0].lower() + name[1:]  # 'Seats held' -> 'House of Representatives seats held', not 'germany'
    return " ".join(part for part in (label, name) if part), year


def sentences(table: WordTable, title: str = "") -> list[list[str]]:
    """The table's rows as labelled sentences, a cell each ('Lower House share: 67%'), row by row; none for a
    table of years' columns. A rank column of a table titled for Japan says whose rank it is (`table_steps.ranked`)."""
    if by_years(table):
        return []
    width = max((len(row) for row in (table.header, *table.rows)), default=0)
    if width < 2 or (width > 2 and not table.header):
        return []  # columns no header names: a row's cells could not be told apart
    out: list[list[str]] = []
    for row in current_step(table.rows):
        # 'Okinawa: land area', a row's measure under its subject's name, reads as 'Okinawa, land area'.
        label = _HEADED.sub(r"\1, ", " ".join(row[0].split()).rstrip(" :"), count=1)
        if not label or len(row) > width:
            continue
        said = []
        for column, cell in enumerate(row[1:], start=1):
            value = _SHORT_MONTH.sub(lambda short: _MONTHS[short.group("month").casefold()], " ".join(cell.split()))
            header = table.header[column] if column < len(table.header) else ""
            if _EMPTY.fullmatch(value) or annotated_rank(header, value) or UNIT.fullmatch(header.strip()):
                continue  # a unit's column ('$ billions') is the caption's to read, a figure of the title's year
            if (rank := ranked(label, header, title)) is not None:
                said += [f"{rank}: {value}"] if rank else []  # another country's rank: none of Japan's
                continue
            named, year = _named(*labelled_unit(label, value)[:1], header)  # 'Host-nation support, $ bn/yr'
            value = labelled_unit(label, value)[1]  # its figure with the label's unit: '$1.4 billion a year'
            if 3 <= len(named) <= MAX_LABEL and ":" not in named and ";" not in named:
                said.append(f"{named}: {value} in {year}" if year else f"{named}: {value}")  # a year's, dated
        if said:
            out.append(said)
    return out


_HEADED = re.compile(r"^([^:;,]{2,40}):\s+(?=\S)")
_RULE_CELL = re.compile(r":?-{3,}:?")


def pipe_row(line: str) -> tuple[str, ...]:
    """A Markdown table row's cells, an empty cell kept in its place; none for the rule under the header."""
    cells = tuple(cell.strip() for cell in line.strip().strip("|").split("|"))
    return () if all(_RULE_CELL.fullmatch(cell) for cell in cells) else cells


def is_header(cells: Sequence[str]) -> bool:
    """Tell whether a first row without a Markdown rule under it is a header: short capitalised words and no
    figures, but a year's ('2019', 'Share, 2012')."""
    return all(
        _YEAR_HEADER.fullmatch(cell) or UNIT.fullmatch(cell) or _worded(_DATED_HEADER.sub(r"\g<name>", cell))
        for cell in cells
        if cell
    )


def _worded(cell: str) -> bool:
    return cell[:1].isupper() and len(cell.split()) <= 4 and not re.search(r"\d", cell)


_RUN = re.compile(r"\s{2,}")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]|(?:[A-Z]\.){2})")
"""Two header cells set so close their words touch: 'ShareLast election', 'U.S. exportsU.S. imports'."""
_FIGURE_THEN_WORDS = re.compile(r"(?P<figure>\S*\d\S*)\s+(?P<rest>\S.*)")
"""Two cells set so close only a space parts them: '67% Oct. 2017'."""


def _split_short(cells: list[str], width: int) -> list[str] | None:
    """The row's cells, its rightmost joined pair ('67% Oct. 2017') parted until it is `width` cells, or None."""
    cells = list(cells)
    while len(cells) < width:
        for index in range(len(cells) - 1, 0, -1):
            joined = _FIGURE_THEN_WORDS.fullmatch(cells[index])
            if joined:
                cells[index : index + 1] = [joined.group("figure"), joined.group("rest")]
                break
        else:
            return None
    return cells


def _header_words(header: list[str], width: int) -> list[str]:
    """A header with fewer cells than its first row: two one-word titles set one space apart ('Seats Coalition')
    are each a cell, when that gives the row's count of cells."""
    words = [word for cell in header for word in cell.split()]
    return words if len(words) == width else widened(header, width)


_AFTER_YEAR = re.compile(r"(?<=\b(?:19|20)\d{2})(?:\s+(?=\S)|(?=[A-Z][a-z]))")
"""After a year's title, the next title: a space or more apart, or touching it ('2025Change from 2024')."""


_NO_CELL = re.compile(r"(?:Source|Note|Table|Figure)s?\b|.*\.$")


_MAX_CELL_WORDS = 5
"""The most words a value's cell holds with a figure ('about 100, since December 2024'); three without one."""


def _wrapped_cells(label: str, following: str, width: int) -> tuple[list[str], int]:
    """A row whose label fills its line, its other cells on the next line alone ('Share of U.S. bases on Okinawa' /
    'about 70%'): its cells, and 1 for the line it takes; else the label alone, and 0."""
    cells = [cell for cell in _RUN.split(following.strip()) if cell]
    if len(cells) != width - 1 or _NO_CELL.match(following.strip()) or _NO_CELL.match(label):
        return [label], 0
    if any(len(cell.split()) > (_MAX_CELL_WORDS if re.search(r"\d", cell) else 3) for cell in cells):
        return [label], 0  # a line of prose after the table (a heading, then its paragraph) is no cell
    return [label, *cells], 1


def _staggered(header: list[str], cells: list[str], lines: Sequence[str], at: int) -> bool:
    """A header set at two heights ('Flow  U.S. exports' / 'U.S. imports  Balance'): the second line's headers
    follow the first's when the row under them has a cell for each of them."""
    following = line_cells(lines, at + 1)
    return len(following) == len(header) + len(cells) and not is_header(following)


def layout_rows(lines: Sequence[str]) -> tuple[list[str], int]:
    """Read a table's lines from layout text (cells apart by runs of spaces) as Markdown rows; how many lines
    it took. Its header may wrap (a last header on a line of its own) or run two headers together; a row whose
    cells cannot be made to line up with the header's ends the table."""
    header: list[str] = []
    rows: list[list[str]] = []
    taken = 0
    wrapped = 0
    for at, line in enumerate(lines):
        if wrapped:
            wrapped = 0
            continue
        cells = [cell for cell in _RUN.split(line.strip()) if cell]
        if not cells:
            break
        if rows and len(cells) == 1 and at + 1 < len(lines):
            cells, wrapped = _wrapped_cells(cells[0], lines[at + 1], len(rows[0]))
        parted = [part for cell in cells for part in _AFTER_YEAR.split(cell)]  # '2024 % change': two headers
        if not header and not rows and len(cells) >= 2 and is_header(parted):
            header = [part for cell in parted for part in _CAMEL.split(cell)]
        elif header and not rows and is_header(cells) and (len(cells) == 1 or _staggered(header, cells, lines, at)):
            header.extend(cells)  # the last header(s), set on a line of their own
        elif taken == 1 and not rows and (merged := two_line_header(header, parted, line_cells(lines, at + 1))):
            header = merged  # a header on two lines ('Flow  2023  Japan's' / '2024 rank, 2024'), not wrapped on more
        elif len(cells) >= 2 or (rows and len(cells) == len(rows[0])):
            if header and not rows and len(cells) > len(header):
                header = _header_words(header, len(cells))
                if len(cells) == len(header) + 1 and not _FIGURE.fullmatch(cells[0]):
                    header = ["", *header]  # a header over the figures only: the labels' column has none
            width = len(header) or (len(rows[0]) if rows else len(cells))
            fitted = _split_short(cells, width) if len(cells) < width else cells
            if fitted is None or len(fitted) != width:
                if rows and not _FIGURE.fullmatch(cells[0]):
                    rows.append([cells[0]] + [""] * (width - 1))  # a row its layout broke: its label, its cells lost
                    taken += 1
                break
            rows.append(fitted)
        else:
            break
        taken += 1 + wrapped
    if not rows:
        return [], 0
    out = [f"| {' | '.join(header)} |", "| " + " | ".join("---" for _ in header) + " |"] if header else []
    out += [f"| {' | '.join(row)} |" for row in rows]
    return out, taken


__all__ = ["WordTable", "by_years", "is_header", "layout_rows", "pipe_row", "sentences", "year_columns", "year_rows"]
