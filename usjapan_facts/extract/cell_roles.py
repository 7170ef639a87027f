"""Facts a table states in one cell, whatever its shape: read by the roles of the cell's row and column.

A table reaches here as its title and its grid (`Document.tables`), in every layout alike. Each row and each column
plays a role: a year's (the latest actual year is the one read, a column's or row's year the fact's), Japan's (one
row or column among countries: only its cells are Japan's), another country's, a sum's, or a change's, share's or
plan's (never read); a rank's ('Rank', 'Place'); a unit's ('$ billions', in the title, a header or a label); or a
concept's ('U.S. exports', 'Goods', 'Direct investment in the United States'). A row whose other cells are empty is
a group's label, qualifying the rows under it ('Goods' over 'Exports' and 'Imports'). A cell is read when the words
of its row, its column, its group and the title together name exactly one fact by the roles of the prose readers
(`money_roles.facts_of`, `rank_concepts.concepts`) and nothing rules it out. A fallback: it reads only the facts
every other reader left unread, and only where all the tables agree. Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.agreed import Readings
from usjapan_facts.extract.cell_amounts import cell_amount
from usjapan_facts.extract.declared import declarations
from usjapan_facts.extract.flat_tables import flat_table
from usjapan_facts.extract.money_lexicon import lexicon
from usjapan_facts.extract.money_roles import DEFICIT, FLOWS, facts_of, part_named
from usjapan_facts.extract.rank_concepts import CONCEPTS, NOT_JAPANS, RULED_OUT, concepts, period
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.stock_antecedent import FDI
from usjapan_facts.extract.table_cells import NOT_ACTUAL, scale
from usjapan_facts.extract.table_steps import EMPTY
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.whose import OTHERS
from usjapan_facts.extract.word_tables import WordTable

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
MONEY = frozenset({*FLOWS.values(), DEFICIT, *FDI.values()})
PLEDGES = frozenset({"trade.japan_investment_pledge", "framework.investment_pledge"})
"""Japan's pledge to invest in the United States, as each brief names it: a pledge's row or column in Japan's."""
_PLEDGE = re.compile(
    r"\b(?:(?:investment\s+)?(?:pledge|commitment)s?|pledged\s+investment)\b(?!\s+(?:by|deadline|date))", I
)
_YEAR = re.compile(r"(?:CY\s?)?(?P<year>(?:19|20)\d{2})(?P<mark>\s*\S.*)?")
_JAPAN = re.compile(r"\s*Japan(?:ese)?\s*")
_NAMES_JAPAN = re.compile(r"\bJapan(?:ese|\W?s)?\b")
_RANK = re.compile(r"\b(?:rank(?:ing|ed)?|place|standing)\b", I)
_AHEAD = re.compile(r"\b(?:ranked|ranking|placed)\s+(?:above|ahead)\b|\b(?:countries|partners|economies)\s+ahead\b", I)
"""A column that counts the countries ahead, not the place: 'Ranked above' (5 ahead: sixth)."""
_RANK_CELL = re.compile(r"(?:No\.\s*|#)?(?P<n>\d{1,2})(?:st|nd|rd|th)?\.?", I)
_NOT_FACT = re.compile(
    r"\b(?:change|difference|growth|increase|decrease|share|percent(?:age)?|ratio|average|per\s+capita|earlier|"
    r"previous|prior|then|before|pledged?|committed|threatened|announced|proposed|scheduled|expected|estimated?)\b|%",
    I,
)
"""A column or row that states no fact of the year: a change, a share, a past or a planned or threatened figure."""
_SUM = re.compile(r"\s*(?:total|sum|subtotal|all|combined|other|others|rest\s+of|world)\b", I)
_WHOLE = re.compile(r"\s*(?:(?:grand\s+)?total|sum|all|combined)\b(?!\s+(?:other|others|partners|countries)\b)", I)
"""A sum's row or column that is a whole ('Total', 'All imports'), not the rest ('Other goods', 'All other'): in a table
of Japan's alone, the flow's goods and services together where its parts beside it add up to it."""
_PART_YEAR = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|YTD|through|to\s+date)\b", I)
"""A year's column of part of a year ('2024 (Jan.-Sept.)'): never read, but the table's other years are sure."""
_ROUNDING = 0.25e9
"""How far parts written to one decimal may miss their whole."""
_LABEL_UNIT = re.compile(r"\s*\(?(?:US)?\$\s*(?:billions?|bn|millions?|mn|trillions?)\)?\s*$", I)
"""A label's unit ('Pledge ($ billions)'), set aside when the label is read for its concept."""
_BARE_FLOW = re.compile(
    r"\b(?P<flow>exports?|imports?)\b(?!\s+(?:to|from|of|into|sources?|suppliers?|markets?|destinations?|partners?)\b)",
    I,
)


def _role(name: str) -> str:
    """What a row's label or a column's header is: a year's, Japan's, another country's, a sum's, a rank's, or one
    that states no fact ('no'); else a concept's ('')."""
    name = " ".join(name.split())
    if year := _YEAR.fullmatch(name):
        return "no" if year.group("mark") else f"year {year.group('year')}"
    if _PART_YEAR.search(name) and p.YEAR.search(name):
        return "no"  # 'Jan.-October 2022': part of a year, never read
    if _JAPAN.fullmatch(name):
        return "japan"
    if _PLEDGE.fullmatch(_LABEL_UNIT.sub("", name)):
        return "pledge"  # 'Pledge ($ billions)': Japan's cell of it is its pledge to invest
    if (OTHERS.search(name) and not _NAMES_JAPAN.search(name)) or NOT_ACTUAL.search(name) or _NOT_FACT.search(name):
        return "no"
    if _WHOLE.match(name):
        return "whole"
    if _SUM.match(name):
        return "sum"
    return "rank" if _RANK.search(name) else ""


def _columns(header: tuple[str, ...]) -> tuple[list[str], str | None]:
    """Each column's role, and the year in the corner over the rows' labels, which dates the whole grid ('2019 | Goods
    | Services', 'Two-way trade, 2023 | Value'): no year's column."""
    columns = [_role(name) for name in header]
    corner = columns[0][5:] if columns[0].startswith("year") else None
    if corner is None and columns[0] == "" and len(named := set(p.YEAR.findall(header[0]))) == 1:
        return columns, named.pop()  # a label column headed by what the grid gives, and when
    return (["", *columns[1:]] if corner else columns), corner


def _latest(years: list[str], updated: dt.date | None) -> str | None:
    """The latest year the text's date makes past or current."""
    actual = [year for year in years if updated is None or int(year) <= updated.year]
    return max(actual) if actual else None


def _completed(words: str, japan: bool) -> str:
    """A cell's words with a bare flow said whose it is, where Japan is the table's partner: 'U.S. exports' is 'U.S.
    exports to Japan', 'Imports' 'imports from Japan'."""
    if not japan:
        return words
    return _BARE_FLOW.sub(lambda m: f"{m.group('flow')} {'to' if m.group(0)[0] in 'eE' else 'from'} Japan", words)


def _fact(words: str, rank: bool, parts: bool) -> str | None:
    """The one fact the words name (a rank fact in a rank's column), or None. A flow's words are ruled out as the
    prose's are (a product, a part of a year, a plan: `money_roles.toml`'s [never])."""
    if rank:
        said = [f for f in concepts(words) if f not in NOT_JAPANS or not NOT_JAPANS[f].search(words)]
    else:
        said = sorted(facts_of(words, words, parts))
        if said and said[0] in FLOWS.values() and lexicon().never["trade"].search(words):
            return None
    return said[0] if len(said) == 1 else None


_BALANCE = re.compile(r"\b(?:(?:trade\s+)?balance|net)\b", I)
"""A balance's row or column: a negative cell is the U.S. deficit ('Japan | 74.7 | 143.6 | -68.9'), a positive one no
deficit at all."""
_TOTALS = {FLOWS[seller, "total"]: (FLOWS[seller, "goods"], FLOWS[seller, "services"]) for seller in ("US", "JP")}


def _named(own: str, words: str, title: str, parts: bool) -> tuple[str | None, bool]:
    """The money fact a cell's words (its row's, its column's, its group's and the title's) name, and whether it is a
    flow's whole only if its parts add up to it: a flow named with no part ('U.S. exports to Japan', 'All imports' in a
    table of imports) in a brief that tells goods from services. Where the title names more than the cell's concept
    ('Japan in U.S. Trade and Investment') the cell's `own` words say which fact, the title's only what it rules out."""
    for said in (words, own):
        if said == own and (part_named(title) or lexicon().never["trade"].search(title)):
            break  # the title's part ('U.S. Services Trade') or product is the cell's too
        if (fact := _fact(said, False, parts)) is not None:
            return fact, False
        whole = _fact(f"{said}, goods and services", False, parts) if parts else None
        if whole in _TOTALS:
            return whole, True
    return None, False


def _money(
    own: str, words: str, title: str, cell: str, unit: int | None, parts: bool
) -> tuple[str, Decimal, str, bool] | None:
    """The money fact a cell states (`_named`), its amount, its qualifier, and whether it is a whole to add up."""
    amount = cell_amount(cell, unit)
    if amount is None:
        return None
    value, qualifier = amount
    if _BALANCE.search(own) and value >= 0:
        return None  # a surplus, or no balance at all
    if _BALANCE.search(words) and value < 0:  # the cell's own words or the title's ('U.S. Goods Trade Balance')
        own, words, value = _BALANCE.sub("deficit", own), _BALANCE.sub("deficit", words), -value
    fact, whole = _named(own, words, title, parts)
    return (fact, value, qualifier, whole) if fact is not None else None


def _added_up(found: list[tuple[str, Fields, str, bool]]) -> list[tuple[str, Fields, str]]:
    """The cells read, a flow's whole kept only where its goods and services cells in the table add up to it."""
    values = {fact: float(fields["value"]) for fact, fields, _, whole in found if not whole}
    kept = []
    for fact, fields, quote, whole in found:
        goods, services = _TOTALS.get(fact, ("", ""))
        if whole and not (
            goods in values
            and services in values
            and abs(values[goods] + values[services] - float(fields["value"])) <= _ROUNDING
        ):
            continue
        kept.append((fact, fields, quote))
    return kept


def _with_japan(words: str, japan: bool) -> str:
    """A cell's words with its flows said whose they are, and Japan named, where Japan is the table's partner."""
    words = _completed(words, japan)
    return words + ("" if _NAMES_JAPAN.search(words) else ", Japan" if japan else "")


def _place(words: str, header: str, cell: str, year: str | None, parts: bool) -> tuple[str, Fields] | None:
    """The rank fact a cell's words name and the place the cell gives (a place among all U.S. partners, never among
    some: 'Rank among Asian partners'; one more in a column counting those ahead, 'Ranked above: 5'), dated for the
    goods deficit's rank."""
    fact = _fact(words, True, parts)
    place = _RANK_CELL.fullmatch(cell.strip())
    value = int(place.group("n")) + (1 if _AHEAD.search(f"{header} {words}") else 0) if place else 0
    if fact is None or RULED_OUT.search(f"{header}, {words}") or not 1 <= value <= 30:
        return None
    dated = {"period": year} if year and fact == "trade.goods_deficit_rank" else {}
    return fact, {"value": value, "qualifier": "exact", **dated}


def _cells(
    title: str, table: WordTable, updated: dt.date | None, unread: set[str], parts: bool = True
) -> list[tuple[str, Fields, str]]:
    """The facts a table's cells state, each with its fields and its quote."""
    if (
        not table.header
        and table.rows
        and not any(cell_amount(c, 1) and not _YEAR.fullmatch(c) for c in table.rows[0][1:])
    ):
        table = WordTable(table.rows[0], table.rows[1:])  # a header row the layout did not tell from the rows
    width = len(table.header)
    if width < 2 or any(len(row) != width for row in table.rows):
        return []
    if (OTHERS.search(title) and not _NAMES_JAPAN.search(title)) or NOT_ACTUAL.search(title):
        return []  # 'South Korea's Standing Among U.S. Partners', 'U.S. Trade with Japan, Projected'
    marks = [
        y.group("mark") for name in (*table.header, *(row[0] for row in table.rows)) if (y := _YEAR.fullmatch(name))
    ]
    if any(mark and not _PART_YEAR.search(mark) for mark in marks):
        return []  # '2030 (proj.)', '2016p': a column of no actual figures makes the table's others unsure
    columns, corner = _columns(table.header)
    rows = [_role(row[0]) for row in table.rows]
    by_year = [r.split()[1] for r in (*columns, *rows) if r.startswith("year")]
    entities = "japan" in (*columns, *rows) or any(
        OTHERS.search(name) for name in (*table.header, *(row[0] for row in table.rows))
    )
    latest = _latest(by_year, updated)
    part_years = " ".join(name for name in table.header if _PART_YEAR.search(name))  # 'Jan.-October 2022'
    titled = [year for year in p.YEAR.findall(title) if year not in part_years]
    if latest and titled and max(titled) > latest:
        return []  # 'U.S. Trade with Japan, 2030-2031' over a lone 2030 column: the layout lost the latest one
    year = latest or corner or (titled[0] if len(set(titled)) == 1 else None)
    found: list[tuple[str, Fields, str, bool]] = []
    group = ""
    for row, role in zip(table.rows, rows, strict=True):
        if all(EMPTY.fullmatch(cell.strip()) for cell in row[1:]):
            group = row[0] if role == "" else ""
            continue
        for header, column, cell in zip(table.header[1:], columns[1:], row[1:], strict=True):
            roles = {role, column}
            if roles & {"no", "sum"} or (entities and "whole" in roles) or EMPTY.fullmatch(cell.strip()):
                continue  # a table of countries' total is no country's
            if entities and "japan" not in roles:
                continue  # a table of countries: only Japan's row or column is Japan's
            if by_year and latest not in (role[5:], column[5:]):
                continue  # not the latest year's row or column
            japan = "japan" in roles or bool(_NAMES_JAPAN.search(title))
            named = [n for n, r in ((group, ""), (row[0], role), (header, column)) if n and r in ("", "whole", "rank")]
            titled_words = re.sub(r"^Table\s+\d+\.\s*", "", title)
            own, words = (_with_japan(", ".join(said), japan) for said in (named, [*named, titled_words]))
            rank = "rank" in roles or bool(_RANK_CELL.fullmatch(cell.strip()) and re.search(r"\D", cell.strip()))
            if rank and not ("rank" in roles and japan and period(f"{header}, {row[0]}", updated) is not False):
                continue  # a rank only in Japan's row or column (or a table of Japan's), under a rank's header, and
                # never a past year's ('Rank, 2019' beside 'Latest rank')
            quote = f"{title}: {row[0]}, {header}: {cell.replace('_', ' ')}"
            if rank:
                found.extend((*place, quote, False) for place in [_place(words, header, cell, year, parts)] if place)
                continue
            unit = next((s for s in (scale(header), scale(row[0]), scale(group), scale(title)) if s), None)
            if "pledge" in roles and japan and (amount := cell_amount(cell, unit)) is not None:
                found.extend((f, {"value": p.plain(amount[0]), "qualifier": amount[1]}, quote, False) for f in PLEDGES)
            elif year is not None and (money := _money(own, words, titled_words, cell, unit, parts)) is not None:
                fact, value, qualifier, whole = money
                found.append((fact, {"value": p.plain(value), "qualifier": qualifier, "period": year}, quote, whole))
    return [(fact, fields, quote) for fact, fields, quote in _added_up(found) if fact in unread]


def cell_readings(brief: str, document: Document, updated: dt.date | None, readings: Readings) -> None:
    """Add what the tables' cells state of the money and rank facts no other reader read, where all cells agree."""
    declared = declarations(brief)
    unread = {f for f in (*MONEY, *PLEDGES, *CONCEPTS) if f in readings and not readings[f] and f in declared}
    if not unread:
        return
    found: dict[str, list[tuple[Fields, Sentence]]] = {}
    titles = {title for title, _ in document.tables}
    flat = [
        t
        for c in document.captions
        if c.startswith("Table") and not c.startswith(tuple(titles)) and (t := flat_table(c))
    ]
    for title, table in [*document.tables, *flat]:
        for fact, fields, quote in _cells(title, table, updated, unread, FLOWS["US", "goods"] in readings):
            if fact in MONEY and not declared[fact].in_bounds(float(fields["value"])):
                continue
            found.setdefault(fact, []).append((fields, Sentence(quote, "Tables")))
    for fact, values in found.items():
        if len({(fields["value"], fields["qualifier"]) for fields, _ in values}) == 1:
            readings[fact].extend(values)


__all__ = ["cell_readings"]
