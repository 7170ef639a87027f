"""Tables by kind of trade, of the one year their title names: goods, services and total as columns ('Flow Goods
Services Total'), or as rows under columns of flows ('U.S. exports U.S. imports Balance'). Each cell is a row of its
own, labelled by its flow and its kind ('U.S. exports, goods'). Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.table_cells import CELL, YEAR, Row, number, scale

_KINDS = {"goods": "goods", "merchandise": "goods", "services": "services", "total": "total"}
"""The columns of a table by kind of trade, not by year ('Flow Goods Services Total'): the year is the title's."""
_KIND_LABEL = {"flow", "item", "category"}
"""A header's first cell naming the label column ('Flow')."""
KIND_FIRST = re.compile(
    r"(?:(?:Flow|Item|Category)\s+)?(?:Goods|Merchandise|Services)\s+(?:Goods|Merchandise|Services|Total)\b"
)
"""A Markdown table's block that opens on a header by kind of trade."""


def by_kind(tokens: list[str], first: int) -> tuple[str, list[Row]]:
    """A table whose columns are goods, services and total, of the one year its title names: a row per cell."""
    end = next((i for i in range(2, first) if tokens[i].casefold() in _KINDS), None)
    if end is None:
        return "", []
    header = end
    kinds: list[str] = []
    while end < first and tokens[end].casefold() in _KINDS:
        kinds.append(_KINDS[tokens[end].casefold()])
        end += 1
    title_end = header - 1 if tokens[header - 1].casefold() in _KIND_LABEL else header
    title = " ".join(tokens[:title_end])
    years = YEAR.findall(title)
    unit = scale(title)
    if len(kinds) < 2 or len(set(kinds)) != len(kinds) or len(set(years)) != 1 or unit is None:
        return "", []
    found: list[Row] = []
    label: list[str] = []
    index = end
    while index < len(tokens):
        if not CELL.fullmatch(tokens[index]):
            label.append(tokens[index])
            index += 1
            continue
        written = tokens[index : index + len(kinds)]
        numbers = [number(cell) if CELL.fullmatch(cell) else None for cell in written]
        if not label or len(written) != len(kinds) or None in numbers:
            return title, []  # cells that do not line up with the kinds: the whole table is unsure
        for kind, value, cell in zip(kinds, numbers, written, strict=True):
            assert value is not None
            found.append(Row(f"{' '.join(label)}, {kind}", value * unit, years[0], cell))
        label = []
        index += len(kinds)
    return title, found


_FLOW = r"(?:U\.S\.\s*)?(?:exports|imports)(?:\s+(?:to|from)\s+Japan)?|(?:U\.S\.\s*)?(?:trade\s+)?balance|total\s+trade"
FLOW_FIRST = re.compile(rf"(?:(?:Flow|Item|Category)\s+)?(?:{_FLOW})\s*(?:{_FLOW})\b", re.IGNORECASE)
"""A Markdown table's block that opens on a header of flows: 'U.S. exports | U.S. imports | Balance', 'Category |
U.S. exports to Japan | U.S. imports from Japan | U.S. balance'."""
_FLOW_HEADER = re.compile(
    rf"(?P<header>(?:{_FLOW})(?:\s*(?:{_FLOW}))+)\s+(?=(?:Goods|Merchandise|Services|Total)\s+{CELL.pattern}(?!\S))",
    re.IGNORECASE,
)


def by_flow(caption: str) -> tuple[str, list[Row]]:
    """A table whose columns are flows (exports, imports, balance) and whose rows are goods, services and total, of
    the one year its title names ('Table 2. U.S. Trade with Japan, 2024 ($ billions) U.S. exports U.S. imports Balance
    Goods 79.7 149.6 -69.9 ...'): a row per cell; nothing where a row does not line up with the flows."""
    header = _FLOW_HEADER.search(caption)
    if header is None:
        return "", []
    title = re.sub(r"\s+(?:Flow|Item|Category)$", "", caption[: header.start()].strip())  # the label column's head
    years, unit = YEAR.findall(title), scale(title)
    flows = [re.sub(r"\s+", " ", found.group(0)) for found in re.finditer(_FLOW, header.group("header"), re.IGNORECASE)]
    if len(set(years)) != 1 or unit is None or len({flow.casefold() for flow in flows}) != len(flows):
        return "", []
    tokens = caption[header.end() :].split()
    found: list[Row] = []
    for index in range(0, len(tokens), len(flows) + 1):
        kind = _KINDS.get(tokens[index].casefold().rstrip(":"))
        written = tokens[index + 1 : index + 1 + len(flows)]
        numbers = [number(cell) if CELL.fullmatch(cell) else None for cell in written]
        if kind is None or len(written) != len(flows) or None in numbers:
            return title, []  # a row that does not line up with the flows: the whole table is unsure
        for flow, value, cell in zip(flows, numbers, written, strict=True):
            assert value is not None
            found.append(Row(f"{flow}, {kind}", value * unit, years[0], cell))
    return title, found


__all__ = ["FLOW_FIRST", "KIND_FIRST", "by_flow", "by_kind"]
