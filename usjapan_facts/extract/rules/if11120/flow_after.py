"""The sentences after one that gives an IF11120 trade flow's total and go on to split it: 'Of that sum, goods
accounted for ...', 'Goods made up $80 billion of that. The remaining $40 billion was services.', or a list the
total's sentence leads into with a colon ('goods, $148 billion;' 'services, $32 billion;')."""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import Context, I

OF_THAT = re.compile(
    r"^(?:(?:[\w%$.,-]+\s+){1,3}?of\s+(?:that|this|the)\s+(?:sum|total|figure|amount)\b"
    r"|Of\s+(?:these|this|that|those|the\s+total|(?:the|that|this)(?:\s+(?:(?:19|20)\d\d|year\W?s|latest|combined))?"
    r"\s+(?:figure|sum|total|amount|value))|(?:Goods|Merchandise|Services)(?!\s+(?:exports|imports|sales|purchases|shipments|trade)\b)"
    r"|The\s+(?:goods|merchandise|services)\s+(?:portion|part|component|share|side)"
    r"|(?:They|These|Those|It)\s+(?:comprised|consisted\s+of|broke\s+down\s+into|(?:were|was)\s+made\s+up\s+of))\b"
    r"(?!\s+(?:trade\s+)?(?:deficit|surplus|balance))"
)
"""A sentence that goes on to split the total the sentence before gave: 'Of that sum, goods accounted for ...', 'The
merchandise portion was some $144 billion', 'Of the 2019 figure, merchandise contributed ...', 'About three-fifths of
that sum, $80.9 billion, consisted of goods', 'They comprised $75.2 billion of goods and $46 billion of services'; never
a sentence naming a flow of its own ('Services exports to Japan grew to $47 billion')."""


_REST = re.compile(
    r"(?:Goods|Services|The\s+(?:remaining|rest|other|balance))\b(?!\s+(?:trade\s+)?(?:deficit|surplus))"
)


def split_after(text: str, context: Context) -> str:
    """The sentence after a total that splits it, and the next too when they give one part each ('Goods were $80
    billion of that figure. Services: $49 billion.')."""
    after = context.following.get(text, "")
    following = context.following.get(after, "")
    if re.match(r"(?:Goods|Merchandise|Services)\b", after) and _REST.match(following):
        return f"{after} {following}"  # 'Goods made up $80 billion of that. The remaining $40 billion was services.'
    return after


_ITEM = re.compile(
    r"^(?:[-\u2022*]\s*)?(?:goods|merchandise|services|total|all\s+told|in\s+all|altogether|combined|overall)\b"
    r"(?!\s+(?:trade\s+)?(?:deficit|surplus|balance))",
    I,
)


def items_after(text: str, context: Context) -> str:
    """The list a flow named before a colon leads into, an item a part or the total ('U.S. purchases from Japan
    were larger:' then 'goods, $148 billion;' 'services, $32 billion;' 'all told, $180 billion.')."""
    items: list[str] = []
    item = context.following.get(text, "")
    while _ITEM.match(item) and len(items) < 4:
        items.append(item)
        if not item.endswith((";", ",")):
            break
        item = context.following.get(item, "")
    return " ".join(items)


def unparenthesized(text: str) -> str:
    """The sentence with a parenthesis that pairs amounts 'respectively' blanked (same length): '$129.1 billion
    ($79.7 billion of goods and $49.4 billion of services, respectively), while imports from it totaled $192.4
    billion' splits the flow before it and leaves the rest of the sentence to be read (its own readers read it)."""
    paired = re.search(r"\brespectively\b", text)
    if paired is None:
        return text
    opened, closed = text.rfind("(", 0, paired.start()), text.find(")", paired.end())
    if opened < 0 or closed < 0 or ")" in text[opened : paired.start()]:
        return text
    return f"{text[:opened]}{' ' * (closed + 1 - opened)}{text[closed + 1 :]}"


__all__ = ["OF_THAT", "items_after", "split_after", "unparenthesized"]


_LISTED_ON = re.compile(
    r"(?:\s+(?:in|of|for)\s+[\w.]+(?:\s+[\w.]+)?)?,?\s+(?:and\s+)?(?:(?:about|some|roughly|nearly|almost|around)\s+)?"
)
"""What stands between two amounts of one list: '$79.7 billion and $49.4 billion', '$80 billion in goods, $49
billion'."""
_OPENS = re.compile(r"[,;:(\u2014]")


def paired_from(text: str, spans: list[tuple[int, int]]) -> int:
    """Where the amounts 'respectively' pairs with the names beside them start their clause (the last comma, semicolon,
    colon or dash before the first of them; 0 when none): 'U.S. exports to Japan totaled $123.6 billion, of which goods
    and services accounted for $74.7 billion and $48.9 billion, respectively' pairs the parts, and leaves the total
    before them to be read. `spans` are the sentence's amounts, in order."""
    paired = text.rfind("respectively")
    before = [span for span in spans if span[1] <= paired and ";" not in text[span[1] : paired]]
    if len(before) < 2:
        return 0
    first = len(before) - 1
    while first and _LISTED_ON.fullmatch(text, before[first - 1][1], before[first][0]):
        first -= 1
    if first == len(before) - 1:
        return 0  # no list of amounts: which pairs with what is not read
    return max((found.start() for found in _OPENS.finditer(text, 0, before[first][0])), default=0)
