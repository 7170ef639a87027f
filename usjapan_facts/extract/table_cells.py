"""The cells of a table as its caption gives them: figures, years, the unit its title names, and a row's value.

Shared by the readers of a table by year (`tables`) and by kind of trade (`kind_tables`). Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

YEAR = re.compile(r"(?:19|20)\d{2}")
CELL = re.compile(r"[-\u2212\u2013]?\$?[-\u2212\u2013]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
LAYOUT_CELL = (
    r"(?:(?:(?:[~<>\u2248]|(?:about|approx\.|roughly|over|under|No\.)\s)?[-+\u2212$(]*\d[\d,.]*"
    r"(?:%|\s(?:b|m|tr)illion)?\)?\+?|\d{1,3}(?:st|nd|rd|th))(?:\s\([a-z][a-z.]{1,12}\))?|n\.a\.|n/a)"
)
"""A cell of a table's row in text from a PDF: a figure or a rank, a short note in brackets after it ('4 (deficit)',
'2.1 (est.)'), or left empty; a hedge mark before it ('~121', 'about 184', 'No. 4') or a '+' after it ('50+')."""
SCALE_WORDS = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "mn": 10**6, "bn": 10**9, "tn": 10**12
}  # fmt: skip
UNIT = re.compile(
    r"\(?(?:US|U\.S\.\s?)?\$\s*(?P<a>thousands?|millions?|billions?|trillions?|bn|mn|tn)(?:\)?(?![^\s;,.:])|(?=[;,]\s))"
    r"|\(?(?:in\s+)?(?P<b>thousands?|millions?|billions?|trillions?)\s+of\s+(?:U\.S\.\s+)?dollars\)?",
    re.IGNORECASE,
)
"""The table's unit, in its title, its header row's first cell or a row's label: '($ billions)', '$ billions', '$bn',
'billions of dollars';
the title may go on after it ('($ billions), with Japan's Rank Among U.S. Partners');
a title may name what its other rows give after it ('($ billions; ranks among all U.S. partners)')."""


NOT_ACTUAL = re.compile(
    r"\b(?:project(?:ed|ion|ions|s)|forecasts?|propos\w*|planned|targets?|goals?|outlook|scenarios?|requested)\b",
    re.IGNORECASE,
)
"""Words of a table's title or row that make its figures no actual ones: a projection, a proposal, a target."""


@dataclass(frozen=True)
class Row:
    """A table's row: its label and its value in the latest year's column, in whole units."""

    label: str
    value: Decimal
    year: str
    written: str
    """The cell as the table writes it ('121.2')."""


def scale(title: str) -> int | None:
    """The unit the title names, as a multiplier; None when it names none."""
    unit = UNIT.search(title)
    return SCALE_WORDS[(unit.group("a") or unit.group("b")).casefold().rstrip("s")] if unit else None


_LABEL_UNIT = re.compile(
    r",?\s*\(?(?P<sign>US\$|\$|\u00a5)\s*(?P<scale>bn|billions?|mn|millions?|tn|trillions?)"
    r"(?:\s*(?:/|per\s+)(?P<year>yr|year))?\)?\s*$",
    re.IGNORECASE,
)
"""A unit a row's label ends with: 'Host-nation support, $ bn/yr', 'Payments (\u00a5 billions per year)'."""
_WORDS = {"bn": "billion", "mn": "million", "tn": "trillion"}


def labelled_unit(label: str, cell: str) -> tuple[str, str]:
    """The row's label and a bare figure of its cell with the unit the label ends with put on the figure ('Host-nation
    support, $ bn/yr' and '1.4' -> 'Host-nation support' and '$1.4 billion a year'); others as they are."""
    unit = _LABEL_UNIT.search(label)
    if unit is None or number(cell) is None or not label[: unit.start()].strip():
        return label, cell
    scale = unit.group("scale").casefold().rstrip("s")
    per = " a year" if unit.group("year") else ""
    return label[: unit.start()].strip(), f"{unit.group('sign')}{cell} {_WORDS.get(scale, scale)}{per}"


def number(cell: str) -> Decimal | None:
    """The figure a cell writes ('$1,234.5', '\u22126.6'), or None."""
    try:
        return Decimal(re.sub(r"[$,]", "", cell).replace("\u2212", "-").replace("\u2013", "-"))
    except InvalidOperation:
        return None


__all__ = ["CELL", "NOT_ACTUAL", "SCALE_WORDS", "UNIT", "YEAR", "Row", "labelled_unit", "number", "scale"]
