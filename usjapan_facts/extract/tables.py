"""Facts a table states: a row per fact, a column per year, read from the table's caption words.

Every layout gives a table the same way, as a caption: its title, then its cells in reading order
('Table 1. U.S. Trade with Japan ($ billions) 2023 2024 U.S. exports to Japan 121.0 129.0 ...'). A
declared fact whose `row` patterns match a row's label takes that row's value in the latest year's
column. A table whose unit, years or rows cannot all be read is left alone: a figure read wrong is a
false alarm, one not read is only unknown. Pure, no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.declared import Declaration
from usjapan_facts.extract.kind_tables import FLOW_FIRST, KIND_FIRST, by_flow, by_kind
from usjapan_facts.extract.table_cells import CELL, SCALE_WORDS, UNIT, YEAR, Row, number, scale
from usjapan_facts.extract.table_cells import NOT_ACTUAL as _NOT_ACTUAL
from usjapan_facts.extract.unit_tables import by_unit
from usjapan_facts.extract.whose import OTHERS

_TITLE = re.compile(r"^Table\s+\d+\.\s")
_PART_OF = re.compile(
    r"(?:[-\u2013\u2014\u2022]\s*)?(?:of\s+which|including|of\s+that)[,:]?\s+|[-\u2013\u2014\u2022]\s*", re.IGNORECASE
)
"""A row that is part of the row above it: 'of which goods' or '— goods' under 'U.S. exports, goods and services'."""
_TITLE_SPAN = re.compile(r"\b(?:19|20)\d{2}\s*(?:-|\u2013|to|through|and)\s*(?P<last>(?:19|20)\d{2})\b")
"""The years a title says its table spans ('2024-2025', '2019 and 2020'): a last year no column has means the layout
lost that column ('Table 1. ..., 2024-2025' over a lone '2024' column), and the table is left alone."""
_KIND = re.compile(r"(?:goods|services)", re.IGNORECASE)
"""A row that names only a kind of trade, its dash or indent lost: 'Goods' under 'U.S. exports to Japan' is its part."""
_FLOW = re.compile(r"\b(?:exports|imports)\b", re.IGNORECASE)
_WHOLE = re.compile(r",?\s+(?:goods\s+and\s+services|total)$|\s+\(total\)$", re.IGNORECASE)
_PIPE_ROW = re.compile(r"\|.*\|")
_PIPE_RULE = re.compile(r"\s*:?-{3,}:?\s*")


def pipe_cells(line: str) -> list[str] | None:
    """The cells of a Markdown table's row ('| U.S. exports | 80.2 |'), none for a rule row; None for prose."""
    if not _PIPE_ROW.fullmatch(line):
        return None
    return [cell.strip() for cell in line.strip("|").split("|") if cell.strip() and not _PIPE_RULE.fullmatch(cell)]


_CHANGE_HEADER = re.compile(
    r"(?:(?:Percent(?:age)?|%)\s+change|Change,?\s*(?:%|\(%\)|percent)|Change"
    r"|Rank(?:\s+among\s+(?:all\s+)?(?:U\.S\.\s+)?(?:trading\s+)?partners)?)(?=\s+[A-Z])",
    re.IGNORECASE,
)
"""A header column after the years' for the change between them ('Change, %', '% change', 'Percent change') or the
row's rank ('Rank among U.S. partners'): one more cell a row, never taken."""
_CHANGE_CELL = re.compile(r"[-+\u2212\u2013]?\d{1,3}(?:\.\d+)?%|\+\d+(?:\.\d+)?")
"""A change column's cell written as a percent or with its sign ('3.3%', '+4.1'): read past, never taken."""
_SHARE_HEADER = re.compile(
    r"(?:Share|Percent)(?:\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?(?:flow|total|trade))?(?:,?\s*(?:%|\(%\)))?(?=\s+[A-Z])",
    re.IGNORECASE,
)
"""A header column after the years' for each row's share, its cells percents: 'Share of flow', 'Share, %'."""
_SHARE_CELL = re.compile(r"\d{1,3}(?:\.\d+)?%")


def _after_years(tokens: list[str], index: int) -> tuple[int, bool, bool]:
    """Where the rows start past a header column after the years': a change column (one more cell a row, read past)
    or a share column (a percent after each row's cells, skipped); and which of the two it is."""
    rest = " ".join(tokens[index:])
    if extra := _CHANGE_HEADER.match(rest):
        # A change written '3.3%' or '+4.1' is a cell of its column (never taken): the tokens are set to read it so.
        tokens[index:] = ["0" if _CHANGE_CELL.fullmatch(token) else token for token in tokens[index:]]
        return index + len(extra.group(0).split()), True, False
    if shares := _SHARE_HEADER.match(rest):
        return index + len(shares.group(0).split()), False, True
    return index, False, False


def rows(caption: str) -> tuple[str, list[Row]]:
    """A table given as its caption words: its title, and its rows with their latest year's value (none if unsure)."""
    if not _TITLE.match(caption):
        return "", []
    tokens = caption.split()
    # The header's years are the last run of years before the first figure: a title may name years too
    # ('Table 1. U.S.-Japan Trade, 2019 and 2020 ($ billions) 2019 2020 ...').
    first = next((i for i in range(2, len(tokens)) if CELL.fullmatch(tokens[i]) and not YEAR.fullmatch(tokens[i])), 0)
    if first and (kind := by_kind(tokens, first))[1]:
        return kind
    if (flow := by_flow(caption))[1]:
        return flow
    if (unit := by_unit(caption))[1]:
        return unit
    title, found = _by_year(tokens, first)
    return title, _totals_named(_subject_named(title, found))


_PART_ROW = re.compile(r"(?P<kind>goods|merchandise|services|total)", re.IGNORECASE)
_SUBJECT = re.compile(r"^Table\s+\d+\.\s+(?P<subject>[^,(]+?)\s*(?:,|\(|$)")


def _subject_named(title: str, found: list[Row]) -> list[Row]:
    """Rows labelled only by a part ('Goods', 'Services', 'Total') under a title naming what they split ('U.S. Imports
    from Japan, 2018 and 2019'): each labelled '<subject>, <part>'."""
    subject = _SUBJECT.match(title)
    if subject is None or not found or not all(_PART_ROW.fullmatch(row.label.strip(" :")) for row in found):
        return found
    return [dataclasses.replace(row, label=f"{subject.group('subject')}, {row.label.strip(' :')}") for row in found]


_GOODS_ROW = re.compile(r"(?:U\.S\.\s+)?(?:goods|merchandise)\b", re.IGNORECASE)
_SERVICES_ROW = re.compile(r"(?:U\.S\.\s+)?services\b", re.IGNORECASE)


def _totals_named(found: list[Row]) -> list[Row]:
    """A row the two rows after it split into goods and services, adding up to it ('U.S. exports to Japan 121.3',
    'Goods exports 76.9', 'Services exports 44.4'), is their total, whether or not its label says so."""
    named = list(found)
    for index, row in enumerate(found[:-2]):
        goods, services = found[index + 1], found[index + 2]
        if _SERVICES_ROW.match(goods.label):
            goods, services = services, goods
        if (
            _GOODS_ROW.match(goods.label)
            and _SERVICES_ROW.match(services.label)
            and not _PART_ROW.search(row.label)
            and abs(goods.value + services.value - row.value) <= Decimal("0.011") * abs(row.value)
        ):
            named[index] = dataclasses.replace(row, label=f"{row.label}, total")
    return named


def _latest(years: list[str]) -> int | None:
    """The latest year's column: the last of years that rise, the first of years that fall ('2024 2021'); None for
    years in no order."""
    if years == sorted(set(years)):
        return len(years) - 1
    return 0 if years == sorted(set(years), reverse=True) else None


_MARKED = re.compile(r"\((?:proj|projected|forecasts?|f|p|target|goal|plan|planned|budget|request)\.?\)", re.I)
"""A mark after the last year's heading that makes its column no actual figures: '2025 (proj.)', '2026 (f)'."""


def _by_year(tokens: list[str], first: int) -> tuple[str, list[Row]]:
    """A table whose columns are years: each row's value in the latest year's column."""
    index = next((i + 1 for i in range(first - 1, 1, -1) if YEAR.fullmatch(tokens[i])), None)
    if index is None:
        return "", []
    start = index
    while start > 2 and YEAR.fullmatch(tokens[start - 1]):
        start -= 1
    years = tokens[start:index]
    latest = _latest(years)
    if latest is None:
        return "", []
    title = " ".join(tokens[:start])
    if index < len(tokens) and _MARKED.fullmatch(tokens[index]):
        return "", []  # '| 2023 | 2024 | 2025 (forecast) |': the latest column is a projection, the others unsure
    span = _TITLE_SPAN.search(title)
    if span and max(span.group(0)[:4], span.group("last")) > years[latest]:
        return "", []
    unit = scale(title)
    # One column after the years' that is not a year's: 'Change, %', 'Share of flow' (its cells are never taken).
    index, extra, shares = _after_years(tokens, index)
    width = len(years) + (1 if extra else 0)
    found: list[Row] = []
    label: list[str] = []
    parent = ""
    whole: int | None = None  # the index of the row 'of which' rows split
    while index < len(tokens):
        if not CELL.fullmatch(tokens[index]):
            if not (shares and not label and found and _SHARE_CELL.fullmatch(tokens[index])):
                label.append(tokens[index])
            index += 1
            continue
        cells: list[Decimal] = []
        written_cells: list[str] = []
        cell_scale = unit
        while index < len(tokens) and CELL.fullmatch(tokens[index]) and len(cells) < width:
            figure, written = number(tokens[index]), tokens[index]
            written_cells.append(written)
            index += 1
            if index < len(tokens) and tokens[index].casefold() in SCALE_WORDS:
                cell_scale = SCALE_WORDS[tokens[index].casefold()]
                index += 1
            if figure is None:
                return title, found
            cells.append(figure)
        if not label:
            return title, found[:-1]  # the row before ran on into cells no column names: its own are unsure
        if len(cells) != width or cell_scale is None:
            return title, found  # a row whose cells do not line up with the years: read no further
        name = " ".join(label)
        part = _PART_OF.match(name) or (_KIND.fullmatch(name) if _FLOW.search(parent) else None)
        if part and parent:
            # 'of which goods' (or a bare 'Goods') under 'U.S. exports': 'U.S. exports, goods'
            name = f"{parent}, {name[part.end() :] or name.casefold()}"
            if whole is not None and found[whole].label == parent:  # the row it splits is their total
                found[whole] = dataclasses.replace(found[whole], label=f"{parent}, total")
        elif not part:
            parent, whole = _WHOLE.sub("", name), len(found)
        found.append(Row(name, cells[latest] * cell_scale, years[latest], written_cells[latest]))
        label = []
    return title, found


_LABELLED_HEADER = re.compile(r"(?:[A-Z][\w,.&/-]*\s+){1,2}(?:19|20)\d{2}\s+(?:(?:19|20)\d{2}|[A-Z])")
"""A table's header row that names its label column before the years: 'Flow 2021 2022', 'Trade flow 2023 2024', 'Flow
2019 Share of flow', or before its one year and first row: 'Item 2024 U.S. sales to Japan'."""


def tables(captions: list[str]) -> list[tuple[str, list[Row]]]:
    """Each table among the captions, as (title, rows); a title caption followed by its cells is joined."""
    found = []
    for index, caption in enumerate(captions):
        if not _TITLE.match(caption):
            continue
        title, table = rows(caption)
        if (
            not table
            and index + 1 < len(captions)
            and (
                YEAR.match(captions[index + 1])
                or UNIT.match(captions[index + 1])
                or _LABELLED_HEADER.match(captions[index + 1])
                or KIND_FIRST.match(captions[index + 1])
                or FLOW_FIRST.match(captions[index + 1])
                or by_unit(f"{caption} {captions[index + 1]}")[1]
            )
        ):
            title, table = rows(f"{caption} {captions[index + 1]}")  # Markdown: the title, then the table's block
        if table:
            found.append((title, table))
    return found


_JAPAN = re.compile(r"\bJapan")
_DEFICIT = re.compile(r"\bdeficit\b", re.IGNORECASE)
"""A row that names the deficit itself ('Goods deficit 68.5') gives it as it is, not as a negative balance."""


def read_row(declaration: Declaration, row: Row, title: str) -> dict[str, object] | None:
    """The fact's fields from a table row its `row` patterns match, or None."""
    if not any(pattern.fullmatch(row.label.strip(" :")) for pattern in declaration.row):
        return None
    if _NOT_ACTUAL.search(f"{title} | {row.label}"):
        return None  # 'Table 2. U.S. Trade with Japan, projected': a forecast is no figure of the year
    if declaration.table and not any(pattern.search(f"{title} | {row.label}") for pattern in declaration.table):
        return None
    if declaration.japan and OTHERS.search(f"{title} | {row.label}") and not _JAPAN.search(f"{title} | {row.label}"):
        return None  # 'Table 2. South Korea's Goods Trade with the U.S.': its 'U.S. exports' row is Korea's
    value = -row.value if declaration.negative and not _DEFICIT.search(row.label) else row.value
    if value <= 0:
        return None
    fields: dict[str, object] = {"value": p.plain(value), "qualifier": "exact"}
    if declaration.per:
        fields["per"] = declaration.per
    if declaration.period:
        fields["period"] = row.year
    return fields if declaration.in_bounds(float(value)) else None
