"""A table of years the layout gave only as its caption's words, read back into its grid for `cell_roles`.

Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.cell_amounts import cell_amount
from usjapan_facts.extract.table_cells import YEAR
from usjapan_facts.extract.word_tables import WordTable

_GLUED = re.compile(
    r"(?<=\babout|\bunder)\s+(?=[$\d])|(?<=\bover)\s+(?=[$\d])"
    r"|(?<=\bapprox\.|\broughly)\s+(?=[$\d])|(?<=No\.)\s+(?=\d)"
)


def flat_table(caption: str) -> tuple[str, WordTable] | None:
    """A table of years the layout gave only as its caption's words ('Table 1. ... Country 2022 2023 Canada 356.1
    354.4 Japan 80.2 76.0'), as its grid: a row a label and as many figures as the header has years."""

    def _cell(token: str) -> bool:
        return cell_amount(token, 1) is not None

    tokens = _GLUED.sub("_", caption).split()  # 'about 121' one cell: 'about_121'
    first = next((i for i in range(2, len(tokens)) if _cell(tokens[i]) and not YEAR.fullmatch(tokens[i])), 0)
    end = next((i + 1 for i in range(first - 1, 1, -1) if YEAR.fullmatch(tokens[i])), 0) if first else 0
    start = end
    while start > 2 and YEAR.fullmatch(tokens[start - 1]):
        start -= 1
    years, rows, label = tokens[start:end], [], []
    at = end
    while years and at < len(tokens):
        if not _cell(tokens[at]):
            label.append(tokens[at])
            at += 1
            continue
        cells = tokens[at : at + len(years)]
        if not label or label[0].startswith("(") or len(cells) != len(years) or not all(_cell(cell) for cell in cells):
            return None
        rows.append((" ".join(label), *cells))
        label, at = [], at + len(years)
    if not rows or label:
        return None
    return " ".join(tokens[:start]), WordTable(("", *years), tuple(rows))


__all__ = ["flat_table"]
