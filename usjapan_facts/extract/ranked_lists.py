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
from usjapan_facts.extract.whose import OTHERS

_NAME = r"(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?:\s+\(\d{1,2}\)|\s+first\b)?"
"""A country in a list, with its place said beside it at times: 'Mexico (1)', 'China first'."""
_SEP = (
    r"(?:,\s+(?:and\s+)?(?:then\s+)?(?:with\s+)?|,?\s+and\s+(?:then\s+)?(?:with\s+)?"
    r"|,?\s+then\s+|,?\s+followed\s+by\s+)"
)
_FRONT = (
    r"(?:\W*(?:(?:Ranked|Ordered|Listed|Sorted|Arranged|Taken)\s+(?:by|according\s+to|in\s+order\s+of)\s+[^,;]{1,80}"
    r"|By\s+(?:size|value|volume)"
    r"|In\s+(?:descending\s+)?order(?:\s+of\s+[^,;]{1,60})?|(?:Going\s+)?[Ff]rom\s+(?:the\s+)?(?:largest|biggest|top)"
    r"\s+down(?:ward)?),\s+)"
)
"""The order said before the list's head: 'Ranked by size, the deficits ran ...', 'By value, ...', 'In order of size,
...'."""
_IN_ORDER = r"(?:in\s+(?:that\s+|descending\s+)?order|from\s+(?:first|largest|top|biggest)\s+to\s+\w+)"
"""The order said beside the list: 'were, in order, A, B, and C', 'the five biggest, from first to fifth, were'."""
_LIST = re.compile(
    rf"(?:^|(?<=[;,]\s))(?P<front>{_FRONT})?(?P<head>[^;:]{{0,140}}?)\s+(?:were|are|was|is|ran|run|(?:were|are)\s+led\s+by|"
    rf"came\s+(?:\w+ly\s+)?from)(?P<pre>,\s*{_IN_ORDER},)?\s+"
    r"(?:(?:with|those\s+of)\s+)?"
    rf"(?P<items>{_NAME}(?:{_SEP}{_NAME}){{1,9}})(?P<tail>,?\s+\(?in\s+(?:that|this|descending)\s+order\b)?"
    r"(?P<next>\W{1,3}(?:and\s+)?Japan\s+(?:came|comes|was|is|ranked|ranks|stood|stands|followed|follows)\s+next\b)?"
)
"""A list of countries after its head's verb ('The largest markets ... were A, B, and C'), in an order said before or
after it, by the places beside its items, or by 'first, then'; Japan said to come right after it at times."""
_ITEM = re.compile(_SEP)
_ORDERED_ITEMS = re.compile(r"\(\d{1,2}\)|\bfirst,?\s+then\b|,?\s+followed\s+by\b")
"""Items whose places are said beside them ('Mexico (1), Canada (2)'), or in turn ('China first, then Mexico')."""
_ROW = re.compile(
    rf"^(?P<head>[^:]{{0,100}}\brank(?:ing)?\b[^:]{{0,80}}):\s*(?:No\.\s*)?(?P<place>\d{{1,2}}(?:st|nd|rd|th)?|{p.ORDINAL_WORD})"
    r"(?P<year>\s+in\s+(?:19|20)\d\d)?\W*$",
    re.IGNORECASE,
)
"""A table's row of a rank column, as `extract.text` says it: 'Japan's rank by U.S. imports: 5', or 'U.S. exports to
Japan Japan's rank: 5 in 2024' of a column headed "Japan's rank, 2024" (the year dates the place)."""
_JAPANS_ROW = re.compile(
    r"^(?P<place>\d{1,2})\s+(?:partners?|countr(?:y|ies)|economy|economies|nations?|sources?|holders?|markets?|"
    r"suppliers?|investors?|destinations?|creditors?)\s*:\s+Japan\W*$",
    re.IGNORECASE,
)
"""A row of a table of countries in ranked order, keyed by its rank column: '5 partner: Japan'."""
_RANKED_TITLE = re.compile(r"\b(?:largest|biggest|top|leading|main)\b", re.IGNORECASE)
_TOP = re.compile(r"\b(?:top|largest|biggest|leading|main|foremost|principal)\b")
_PLACED = re.compile(r"\s+\(\d{1,2}\)$|\s+first$")
_SOME = re.compile(r"\b(?:among|of|including|such\s+as)\s+(?:the\s+)?$", re.IGNORECASE)
"""Words that make a list some of the top, not its first places."""
_SOME_HEAD = re.compile(r"\W*(?:among|of|including|such\s+as)\b", re.IGNORECASE)
_COUNT = re.compile(rf"\btop\s+(?P<count>\d{{1,2}}|{p.NUMBER_WORD})\b", re.IGNORECASE)


def _count(head: str) -> int | None:
    """How many the head says the list holds: 'The top five U.S. trading partners' -> 5."""
    found = _COUNT.search(head)
    count = None if found is None else p.number_of(found["count"])
    return None if count is None else int(count)


def listed_ranks(
    sentence: str, facts: Collection[str], updated: dt.date | None, title: str = "", before: str = ""
) -> list[tuple[str, Fields]]:
    """The rank fact and fields a list of countries in order, or a table's rank column under a title naming Japan,
    gives Japan, if its head names one yardstick (a year unsaid in a list's head is the sentence `before`'s)."""
    if (row := _ROW.match(sentence)) and ("Japan" in row["head"] + title or _list_of_japans(row["head"], before)):
        place = ordinal_value(row["place"]) if row["place"].isalpha() else int(row["place"].rstrip("stndrh"))
        return _fields(row["head"] + (row["year"] or ""), place, facts, title, updated)
    if (row := _JAPANS_ROW.match(sentence)) and _RANKED_TITLE.search(title):
        return _fields(title, int(row["place"]), facts, title, updated)
    for found in _LIST.finditer(sentence) if "Japan" in sentence else ():
        items = [_PLACED.sub("", item).removeprefix("the ").rstrip(".") for item in _ITEM.split(found["items"])]
        if _SOME.search(sentence, 0, found.start()) or _SOME_HEAD.match(found["head"]):
            continue  # 'Among the leading holders ... are Japan, China, and ...': a few of them, in their order
        said = found["tail"] or found["pre"] or found["front"] or re.search(_IN_ORDER, found["head"])
        ordered = said or _ORDERED_ITEMS.search(found["items"])
        head = (found["front"] or "") + found["head"]
        if not (said or _TOP.search(found["head"])):
            continue  # 'Its partners were A, B, and C': no list of the largest, nor one said in order
        if ordered and found["next"] and "Japan" not in items:
            items.append("Japan")  # '...; Japan came next'
        if "Japan" in items and (ordered or _count(found["head"]) == len(items)):
            return _fields(head, items.index("Japan") + 1, facts, "", updated, before)
    return []


def _list_of_japans(head: str, before: str) -> bool:
    """Tell whether a rank row of no country follows one of Japan's ranks ('- Japan's rank among U.S. partners: 4' then
    '- Rank as source of FDI: 1'), or one of no country that may follow it: a list of Japan's places."""
    another = OTHERS.search(before) and "Japan" not in before
    return bool(_ROW.match(before)) and not OTHERS.search(head) and not another


def _fields(
    head: str, place: int, facts: Collection[str], dated: str, updated: dt.date | None, before: str = ""
) -> list[tuple[str, Fields]]:
    """The fact whose yardstick `head` names alone, with `place` (and the year of `head`, else of `dated`; a deficit's
    list of no year of its own, 'that year', is of the year of the sentence `before`)."""
    said, *more = concepts(head) or [""]
    if (
        more
        or said not in facts
        or RULED_OUT.search(_COUNT.sub("", head))
        or (said in NOT_JAPANS and NOT_JAPANS[said].search(head))
    ):
        return []
    year = period(head, updated)
    year = period(dated, updated) if year is None else year
    if year is None and said == "trade.goods_deficit_rank":
        year = period(before, updated)
    if year is False or (year is None and said == "trade.goods_deficit_rank"):
        return []
    fields: Fields = {"value": place, "qualifier": "exact"}
    return [(said, {**fields, "period": year} if said == "trade.goods_deficit_rank" else fields)]


__all__ = ["listed_ranks"]
