"""Japan's real GDP growth by year as a table gives it: a row 'Real GDP growth (%)' under year columns ('| Indicator |
2014 | 2015 | 2016p |'), a table titled for growth with a row 'Japan', a table with years as rows (its caption words
read as years across), or a label's list 'Real GDP growth: 2022: 0.9%; 2023: 1.9%'. Every actual year's cell is
read, not only the latest: a projection's column ('2016p', '2026 (forecast)') is left out, and a table of nominal,
quarterly or annualized growth, a projection's table or another country's is no table of the years' growth. A row
whose cells do not line up with the years is left unread. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.table_cells import NOT_ACTUAL, YEAR
from usjapan_facts.extract.whose import OTHERS

_MARK = r"(?:[pefr]|\*|\s*\((?:proj|projected|projection|forecasts?|f|p|e|est|estimated?|prelim|preliminary)\.?\))"
_HEADER = re.compile(rf"(?P<year>(?:19|20)\d{{2}})(?P<mark>{_MARK})?$", re.I)
_GROWTH = re.compile(
    r"^(?:Japan\W?s\s+)?(?:real\s+)?(?:GDP|gross\s+domestic\s+product|economic|output)\s+growth\b"
    r"(?:\s*(?:\(\s*(?:real,?\s*)?(?:%|percent)\s*\)|,\s*(?:real,?\s*)?(?:%|percent)|\(\s*real\s*\)|"
    r"\(\s*real,\s*(?:%|percent)\s*\)|,\s*real\b(?:,?\s*(?:%|percent))?))?$"
    r"|^(?:real\s+)?growth\s*\(\s*(?:real\s+)?GDP,?\s*(?:%|percent)\s*\)$",
    re.I,
)
"""A row that is the year's real growth: 'Real GDP growth (%)', 'GDP growth (real, %)', 'Real GDP growth, percent'."""
_TITLE_GROWTH = re.compile(r"\b(?:real\s+)?(?:GDP|gross\s+domestic\s+product|economic)\s+growth\b", re.I)
_NOT_YEARLY = re.compile(r"\b(?:nominal|annuali[sz]ed|quarter\w*|monthly|per\s+capita|q[1-4])\b", re.I)
_ELSEWHERE = re.compile(rf"{OTHERS.pattern}|\bU\.S\.|\bUnited\s+States\b|\bAmerican?\b")
"""A table of another economy's figures, the United States' among them: 'Table 4. U.S. Economic Indicators'."""
_CELL = re.compile(r"[-+\u2212\u2013]?\d{1,2}(?:\.\d+)?%?")
_LIST = re.compile(
    r"\b(?:real\s+)?(?:GDP|gross\s+domestic\s+product|economic)\s+growth(?:\s*\((?:real,?\s*)?%\))?\s*[:\u2014-]\s*"
    r"(?P<items>(?:(?:19|20)\d{2}\s*[:=,]?\s*[-+\u2212\u2013]?\d{1,2}(?:\.\d+)?\s*(?:%|percent)\s*[;,]?\s*(?:and\s+)?){2,})",
    re.I,
)
_ITEM = re.compile(r"(?P<year>(?:19|20)\d{2})\s*[:=,]?\s*(?P<value>[-+\u2212\u2013]?\d{1,2}(?:\.\d+)?)\s*(?:%|percent)")


def _figure(cell: str) -> float:
    return float(cell.rstrip("%").replace("\u2212", "-").replace("\u2013", "-"))


def _table(title: str, tokens: list[str]) -> dict[str, float] | None:
    """The years of growth one table's caption words give, None if it gives none or is unsure."""
    start = next((i for i, token in enumerate(tokens) if _HEADER.fullmatch(token)), None)
    if start is None:
        return None
    header: list[tuple[str, bool]] = []  # each column's year and whether it is an actual one
    index = start
    while index < len(tokens):
        mark = re.fullmatch(_MARK, " " + tokens[index], re.I) if header and tokens[index].startswith("(") else None
        if mark is not None:
            header[-1] = (header[-1][0], False)  # '2026 (forecast)'
        elif (year := _HEADER.fullmatch(tokens[index])) is not None:
            header.append((year.group("year"), not year.group("mark")))
        else:
            break
        index += 1
    if len(header) < 2 or [y for y, _ in header] != sorted({y for y, _ in header}):
        return None
    found: dict[str, float] | None = None
    label: list[str] = []
    while index < len(tokens):
        if not _CELL.fullmatch(tokens[index]) or YEAR.fullmatch(tokens[index]):
            label.append(tokens[index])
            index += 1
            continue
        cells = tokens[index : index + len(header)]
        name = " ".join(label)
        label = []
        index += len(header)
        if len(cells) != len(header) or not all(_CELL.fullmatch(cell) for cell in cells):
            return found if found is None else None
        growth = _GROWTH.match(name) or (_TITLE_GROWTH.search(title) and re.fullmatch(r"Japan", name))
        if not growth or _NOT_YEARLY.search(f"{title} {name}"):
            continue
        if found is not None:
            return None  # two rows of growth: which is the year's is unsure
        found = {year: _figure(cell) for (year, actual), cell in zip(header, cells, strict=True) if actual}
    return found


def table_years(captions: list[str]) -> list[tuple[dict[str, float], str]]:
    """Each table's years of Japan's growth, with the caption quoted."""
    found = []
    for index, caption in enumerate(captions):
        title = caption if caption.startswith("Table") else ""
        words = caption if not title else f"{caption} {captions[index + 1]}" if index + 1 < len(captions) else caption
        if not title and index and captions[index - 1].startswith("Table"):
            continue  # read with its title
        whole = title or words
        if NOT_ACTUAL.search(whole) or (_ELSEWHERE.search(whole) and not re.search(r"\bJapan", whole)):
            continue  # a projection's table, another country's
        years = _table(title, words[len(title) :].split() if title else words.split())
        if years:
            found.append((years, words))
    return found


def listed_years(text: str) -> dict[str, float] | None:
    """A label's list of years: 'Real GDP growth: 2022: 0.9%; 2023: 1.9%; 2024: 0.1%'."""
    listed = _LIST.search(text)
    if listed is None or _NOT_YEARLY.search(text) or re.search(r"\b(?:forecast|projected|expected)\b", text, re.I):
        return None
    years = {item.group("year"): _figure(item.group("value")) for item in _ITEM.finditer(listed.group("items"))}
    return years if len(years) >= 2 else None


__all__ = ["listed_years", "table_years"]
