"""Japan's place told as its position in a list of countries ordered by a yardstick ('The largest markets for U.S.
exports were Canada, Mexico, China, and Japan, in that order'; 'The top five U.S. trading partners were Mexico,
Canada, China, Germany, and Japan'), or in a table's rank column, whose row reads 'Two-way trade rank among U.S.
partners: 5' under a title naming Japan, or a ranked table's row of Japan ('5 partner: Japan' under 'Table 1. Largest
U.S. Trading Partners, 2022').

The roles: the yardstick, from the concept words (`extract.rank_concepts`) of the list's head (the words before its
verb); the order, said by 'in that order' or by a count of the top that the list fills; Japan's place, its position
in the list. A head that ranks among a region, a product, a past or planned list rules it out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.counted_ranks import ordinal_value
from usjapan_facts.extract.rank_concepts import NOT_JAPANS, RULED_OUT, concepts, period
from usjapan_facts.extract.rules import Fields

_NAME = r"(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
_LIST = re.compile(
    r"\b(?P<head>(?:top|largest|biggest|leading|main|foremost|principal)\b[^;:]{0,140}?)\s+(?:were|are|was|is)\s+"
    rf"(?:(?:with|those\s+of)\s+)?(?P<items>{_NAME}(?:,\s+(?:and\s+)?(?:with\s+)?{_NAME}){{1,9}}"
    rf",?\s+and\s+(?:with\s+)?{_NAME})(?P<tail>,?\s+\(?in\s+(?:that|this|descending)\s+order\b)?"
)
_ITEM = re.compile(r",\s+(?:and\s+)?(?:with\s+)?|,?\s+and\s+(?:with\s+)?")
_ROW = re.compile(
    rf"^(?P<head>[^:]{{0,100}}\brank(?:ing)?\b[^:]{{0,80}}):\s*(?:No\.\s*)?(?P<place>\d{{1,2}}(?:st|nd|rd|th)?|{p.ORDINAL_WORD})\W*$",
    re.IGNORECASE,
)
"""A table's row of a rank column, as `extract.text` says it: 'Japan's rank by U.S. imports: 5'."""
_JAPANS_ROW = re.compile(
    r"^(?P<place>\d{1,2})\s+(?:partners?|countr(?:y|ies)|economy|economies|nations?|sources?|holders?|markets?|"
    r"suppliers?|investors?|destinations?|creditors?)\s*:\s+Japan\W*$",
    re.IGNORECASE,
)
"""A row of a table of countries in ranked order, keyed by its rank column: '5 partner: Japan'."""
_RANKED_TITLE = re.compile(r"\b(?:largest|biggest|top|leading|main)\b", re.IGNORECASE)
_SOME = re.compile(r"\b(?:among|of|including|such\s+as)\s+(?:the\s+)?$", re.IGNORECASE)
"""Words that make a list some of the top, not its first places."""
_COUNT = re.compile(rf"\btop\s+(?P<count>\d{{1,2}}|{p.NUMBER_WORD})\b", re.IGNORECASE)


def _count(head: str) -> int | None:
    """How many the head says the list holds: 'The top five U.S. trading partners' -> 5."""
    found = _COUNT.search(head)
    count = None if found is None else p.number_of(found["count"])
    return None if count is None else int(count)


def listed_ranks(
    sentence: str, facts: Collection[str], updated: dt.date | None, title: str = ""
) -> list[tuple[str, Fields]]:
    """The rank fact and fields a list of countries in order, or a table's rank column under a title naming Japan,
    gives Japan, if its head names one yardstick."""
    if (row := _ROW.match(sentence)) and "Japan" in row["head"] + title:
        place = ordinal_value(row["place"]) if row["place"].isalpha() else int(row["place"].rstrip("stndrh"))
        return _fields(row["head"], place, facts, title, updated)
    if (row := _JAPANS_ROW.match(sentence)) and _RANKED_TITLE.search(title):
        return _fields(title, int(row["place"]), facts, title, updated)
    for found in _LIST.finditer(sentence) if "Japan" in sentence else ():
        items = [item.removeprefix("the ").rstrip(".") for item in _ITEM.split(found["items"])]
        if _SOME.search(sentence, 0, found.start()):
            continue  # 'Among the leading holders ... are Japan, China, and ...': a few of them, in their order
        if "Japan" in items and (found["tail"] or _count(found["head"]) == len(items)):
            return _fields(found["head"], items.index("Japan") + 1, facts, "", updated)
    return []


def _fields(
    head: str, place: int, facts: Collection[str], dated: str, updated: dt.date | None
) -> list[tuple[str, Fields]]:
    """The fact whose yardstick `head` names alone, with `place` (and the year of `head`, else of `dated`)."""
    said, *more = concepts(head) or [""]
    if (
        more
        or said not in facts
        or RULED_OUT.search(_COUNT.sub("", head))
        or (said in NOT_JAPANS and NOT_JAPANS[said].search(head))
    ):
        return []
    year = period(head, updated) or period(dated, updated)
    if year is False or (year is None and said == "trade.goods_deficit_rank"):
        return []
    fields: Fields = {"value": place, "qualifier": "exact"}
    return [(said, {**fields, "period": year} if said == "trade.goods_deficit_rank" else fields)]


__all__ = ["listed_ranks"]
