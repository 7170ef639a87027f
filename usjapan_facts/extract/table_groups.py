"""A table of text copied from the PDF whose rows stand under rows naming them ('Goods', then
'U.S. exports  74.6  80.2', 'U.S. imports  135.1  148.1'): a naming row has no cells of its own, and is a row of the
table, not a heading. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.line_joins import ASIDE, TABLE_ROW, TABLE_UNIT, ends_sentence, source_cut, table_line

MIN_CARRIED_ROWS = 2
"""Rows of a table carried onto the next page: two or more, so that a lone line of figures is not taken for one."""
MIN_GROUPS = 2
"""Rows naming the rows under them come two or more ('Goods', 'Services'): one group needs no name."""
MAX_GROUP_WORDS = 4
"""A row naming the rows under it is a few words ('Goods and services')."""


def grouped_rows(lines: list[str]) -> list[str]:
    """A table whose rows stand under rows naming them ('Goods', then 'U.S. exports  74.6  80.2'), as Markdown rows,
    a naming row's cells left empty as the Markdown copy writes them; none where no row names others."""
    caption, rows = lines[0], lines[1:]
    while rows and TABLE_UNIT.fullmatch(rows[0]):
        caption, rows = f"{caption} {rows[0]}", rows[1:]
    cut = [[cell for cell in re.split(r"\s{2,}", row.strip()) if cell] for row in rows]
    width = max((len(cells) for cells in cut), default=0)
    named = sum(1 for cells in cut[1:] if len(cells) == 1) >= MIN_GROUPS  # one alone is a header's last word
    if not named or len(cut[0]) != width or any(1 < len(cells) < width for cells in cut):
        return []
    lines = ["| " + " | ".join([*cells, *[""] * (width - len(cells))]) + " |" for cells in cut]
    return [caption, "\n".join([lines[0], "| " + " | ".join(["---"] * width) + " |", *lines[1:]])]


def group(line: str, following: str) -> bool:
    """Tell whether a line of a table, no cells of its own, names the rows under it ('Goods' / 'U.S. exports  74.6')."""
    return len(line.split()) <= MAX_GROUP_WORDS and not ends_sentence(line) and cells(following)


def row_goes_on(lines: list[str], labels: list[int], index: int) -> bool:
    """Tell whether line `index` is a row of the table its column holds: cells, or a row naming the rows under it."""
    below = next(
        (line for line, label in zip(lines[index + 1 :], labels[index + 1 :], strict=True) if label == labels[index]),
        "",
    )
    return cells(lines[index]) or group(lines[index], below)


def cells(line: str) -> bool:
    """Tell whether a line of copied text is a table's row: its cells apart by runs of spaces, as no prose is."""
    return "  " in line.strip()


def sources_joined(lines: list[str]) -> list[str]:
    """A column's lines, a figure's or table's source line that goes on on the next made one line ('... (BEA),
    international' / 'transactions accounts.')."""
    out: list[str] = []
    for line in lines:
        if out and source_cut(out[-1]) and ASIDE.match(out[-1]) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def grouped_table(caption: str, lines: list[str], index: int) -> tuple[list[str], int] | None:
    """The table whose caption is `caption` and whose rows open at `index` of a column's lines, where rows name the
    rows under them: its caption and Markdown rows (`grouped_rows`), and where it ends; else None. A blank line
    between two rows (the other column's paragraph break beside them) is passed over."""
    end, rows = index, []
    while end < len(lines):
        line = lines[end]
        following = next((later for later in lines[end + 1 : end + 3] if later), "")
        if not line and cells(following):
            end += 1
            continue
        if not line or not (cells(line) or table_line(line) or group(line, following)):
            break
        rows.append(line)
        end += 1
    blocks = grouped_rows([caption, *rows]) if rows else []
    return (blocks, end) if blocks else None


def rows_carried(text: list[str], lines: list[str]) -> list[str]:
    """A page left in its lines' order that opens on the rows of the table that ended the page before (`text` so far,
    its last paragraph that table's caption and rows), the other column's lines taking turns with them: the rows go on
    in the table, and the page's other lines stay in their order."""
    last = next((at for at in range(len(text) - 1, -1, -1) if text[at].strip()), None)
    if last is None or not text[last].startswith("Table") or not TABLE_ROW.fullmatch(text[last].rsplit("\n", 1)[-1]):
        return lines
    shown = [at for at, line in enumerate(lines) if line.strip()]
    rows: list[int] = []
    for place, at in enumerate(shown):
        following = lines[shown[place + 1]].strip() if place + 1 < len(shown) else ""
        if TABLE_ROW.fullmatch(lines[at].strip()):
            rows.append(at)
        elif not TABLE_ROW.fullmatch(following):
            break
    if len(rows) < MIN_CARRIED_ROWS:
        return lines
    text[last] = "\n".join([text[last], *(lines[at].strip() for at in rows)])
    return [line for at, line in enumerate(lines) if at not in rows]
