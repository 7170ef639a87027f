"""Tables of the one year their title names whose figures stand in one column headed by their unit ('$ billions',
'Value ($ billions)'), beside columns that are no figure of the flow: a rank ('Japan's rank'), a share ('Share of U.S.
total, %') or a change ('Change from 2016, %'). 'Table 1. U.S. Goods Trade with Japan, 2015 | | $ billions | Japan's
rank | U.S. exports to Japan | 62.5 | 4': the row's figure is the unit column's cell, of the title's year. A title
naming no year or more than one (a year before the unit, '2014, $ billions', counts among the title's), or a row
whose cells do not line up with the header, leaves the table alone. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.table_cells import CELL, SCALE_WORDS, YEAR, Row, number, scale

_MONEY = (
    r"\(?(?:US|U\.S\.\s?)?\$\s*(?:thousands?|millions?|billions?|trillions?)\)?"
    r"|\(?(?:in\s+)?(?:millions?|billions?)\s+of\s+(?:U\.S\.\s+)?dollars\)?"
)
_VALUE = rf"(?:(?:Value|Amount|Figure)(?:\s*,?\s*(?:{_MONEY}))?|{_MONEY})"
"""The figures' column: headed by the unit itself ('$ billions'), or by a word for the figure ('Value ($ billions)',
'Value' under a title that names the unit)."""
_OTHER = (
    r"(?:[A-Z][\w.]*\W?s\s+)?(?:rank|ranking|position|place|standing)(?:\s+among\s+(?:all\s+)?(?:U\.S\.\s+)?"
    r"(?:trading\s+)?partners)?"
    r"|(?:Share|Percent)(?:\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?(?:flow|total|trade))?(?:,?\s*(?:%|\(%\)))?"
    r"|(?:(?:Percent(?:age)?|%)\s+change|Change)(?:\s+(?:from|since|over|on)\s+(?:(?:19|20)\d{2}|(?:the\s+)?prior\s+year))?"
    r"(?:,?\s*(?:%|\(%\)|percent))?"
    r"|(?:Ranked|Partners)\s+(?:above|ahead|ahead\s+of)"
)
"""A column that is no figure of the row's flow: its rank, its share, its change, the partners ranked above it (never
taken); its cell may be 'n.a.'."""
_HEADER = re.compile(
    rf"(?:(?:Flow|Item|Category|Measure)\s+)?(?P<columns>(?:(?:{_VALUE}|{_OTHER})\s+)*(?:{_VALUE}|{_OTHER}))\s+",
    re.IGNORECASE,
)
_COLUMN = re.compile(rf"(?P<value>{_VALUE})|(?:{_OTHER})", re.IGNORECASE)
_OTHER_CELL = re.compile(
    r"[-+\u2212\u2013]?\d{1,3}(?:\.\d+)?(?:%|st|nd|rd|th)?|\((?:deficit|surplus|tied?)\)|n\.?a\.?|N/A|[-\u2013\u2014]"
)


def _columns(header: str) -> list[bool] | None:
    """The header's columns in order, True for the figures' one; None unless it is exactly one figures' column. (A
    year before the unit, '2014, $ billions', is no column: it falls in the title's words, whose years must be one.)"""
    columns = [bool(found.group("value")) for found in _COLUMN.finditer(header)]
    return columns if columns.count(True) == 1 else None


def by_unit(caption: str) -> tuple[str, list[Row]]:
    """A table whose one figures' column is headed by its unit (or a word for the figure under a title naming the
    unit), of the one year its title names: each row's figure in that column; nothing where anything is unsure."""
    for start in (found.start() for found in re.finditer(r"(?<=\s)\S", caption)):
        header = _HEADER.match(caption, start)
        columns = _columns(header.group("columns")) if header else None
        if header is None or columns is None:
            continue
        title = caption[:start].strip()
        years, units = set(YEAR.findall(title)), {scale(title), scale(header.group("columns"))} - {None}
        if len(years) != 1 or len(units) != 1:
            continue  # no year or two, no unit or two: unsure
        found = _rows(caption[header.end() :].split(), columns, units.pop() or 1, years.pop())
        if found:
            return title, found
    return "", []


def _rows(tokens: list[str], columns: list[bool], unit: int, year: str) -> list[Row]:
    """Each row's label and its figure in the figures' column; none if a row does not line up with the columns."""
    found: list[Row] = []
    label: list[str] = []
    index = 0
    while index < len(tokens):
        is_cell = CELL.fullmatch(tokens[index]) is not None
        if is_cell and not label:
            return []  # cells no label names
        if not is_cell:
            label.append(tokens[index])
            index += 1
            continue
        cells = tokens[index : index + len(columns)]
        if len(cells) != len(columns):
            return []
        figure = None
        for cell, is_value in zip(cells, columns, strict=True):
            if is_value and CELL.fullmatch(cell):
                figure = number(cell)
            elif is_value or not _OTHER_CELL.fullmatch(cell):
                return []
        index += len(columns)
        if index < len(tokens) and tokens[index].casefold() in SCALE_WORDS:
            return []  # a unit after a cell: the column's unit is not the only one
        if index < len(tokens) and _OTHER_CELL.fullmatch(tokens[index]) and tokens[index].startswith("("):
            index += 1  # '7 (deficit)': the rank's side, its column's own
        if figure is None:
            return []
        found.append(Row(" ".join(label), figure * unit, year, cells[columns.index(True)]))
        label = []
    return found if len(found) >= 2 and not label else []


__all__ = ["by_unit"]
