"""IF11120's U.S.-Japan trade flows: exports to and imports from Japan, each a total and its goods/services split.

A sentence names a flow ("U.S. exports to Japan", "Imports from Japan", "was exported to Japan") and gives its
amounts up to where the next flow is named, each tagged by the words around it ("$77 billion in goods", "services
the remaining $49 billion") or none. A split is read only when its parts add up to the total; an untagged amount
is the total only when a linking verb ties it to the flow ("were valued at", "totaled", ": "). The year is the
flow's own, else the nearest before it in the sentence, else the sentences before's, else the heading's.
"""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract.changed_since import changed_since
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.money_lexicon import lexicon
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, registrar
from usjapan_facts.extract.rules.if11120.flow_after import (
    OF_THAT,
    items_after,
    paired_from,
    split_after,
    unparenthesized,
)
from usjapan_facts.extract.rules.if11120.flow_anchors import PART_OF_WHOLE, flow_anchors
from usjapan_facts.extract.rules.if11120.flow_tags import fronted_part, fronted_product, nearest_part
from usjapan_facts.extract.rules.if11120.flow_tags import tag as tag_of
from usjapan_facts.extract.rules.if11120.nearby import PARTIAL_YEAR, SIZED, figure_period
from usjapan_facts.extract.rules.readings import one, others_flow_at
from usjapan_facts.extract.tense import LONG_PAST
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import Candidate, amounts

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_LINK = re.compile(
    r"(?:\b(?:totaled|totalled|totaling|were|was|reached|amounted\s+to|came\s+to|ran\s+to|stood\s+at|rose\s+to|fell\s+to|"
    rf"grew\s+to|increased\s+to|declined\s+to|dropped\s+to|climbed\s+to|valued\s+at|at|comprised|of)|\b{SIZED}|:|,)\s*$",
    I,
)
_MOVED_TO = re.compile(
    r"\b(?:rose|fell|grew|increased|declined|dropped|climbed|jumped|slipped|slid|sank|dipped|recovered|rebounded|"
    r"bounced\s+back|edged\s+(?:up|down|higher|lower)|inched\s+(?:up|down|higher|lower)|shrank|contracted|expanded|"
    r"surged|plunged|tumbled|fell\s+back|returned)\b[^$;]{0,30}?\bto\s*$",
    I,
)
"""'U.S. exports to Japan fell 5% to $120 billion', 'recovered to $112.2 billion': the amount it came to."""
_GAP_BAD = re.compile(r"\b(?:of\s+which|including|share|agricultur\w*|food|autos?|vehicles?|parts)\b", I)
_LOW, _HIGH = 5 * 10**9, 10**12
"""What a flow with Japan, or a part of one, can be: never the U.S. total with the world."""
_RESPECTIVELY = re.compile(r"\brespectively\b", I)
_OF_THE_TOTAL = re.compile(
    r"^(?:(?:In|During|For|By|At|As\s+of|Through)\s+[^,;$]{1,30},\s+)?"
    r"Of\s+(?:the\s+)?(?:some\s+|about\s+|roughly\s+|nearly\s+)?\$[^,;$]{3,120}$",
    I,
)
"""'Of the $131 billion in goods and services the United States exported to Japan, ...': the total comes first, after
a fronted time if any ('In 2024, of the $129.1 billion ...')."""


_FRONTED = re.compile(
    r"^(?:At|With)\s+(?:(?:about|some|roughly|nearly|almost|around|over|just\s+(?:over|under))\s+)?\$[\d.,]+\s*(?:billion|trillion)"
    r"(?:\s+(?:in|for)\s+(?:19|20)\d\d)?,\s+(?:(?:total|overall|U\.S\.)\s+)*$",
    I,
)
"""'At $191.8 billion, imports from Japan were ...': the flow's amount opens the sentence, before its name."""


_PARTNER_NEXT = re.compile(
    r"\s+(?:worth\s+)?(?:(?:from|to)\s+(?:Japan|it)\b(?!\s+(?:in|of)\b(?!\s+(?:19|20)\d\d))"
    r"|in\s+the\s+(?:U\.S\.|American|Japanese)\s+market\b)",
    I,
)
"""The partner right after a bare amount: 'bought $192 billion from it', 'earned $192 billion in the U.S. market' (never
'from Japan in automotive goods'; 'from Japan in 2024' is its year)."""


_FROM_TO = re.compile(
    r"\s+(?:rose|fell|grew|increased|declined|dropped|climbed|jumped|slipped|slid|shrank|edged\s+(?:up|down))\s+"
    r"(?:(?:sharply|slightly|steadily)\s+)?from\s+(?:(?:about|some|roughly|nearly|around)\s+)?\$\s?[\d.,]+\s*"
    r"(?:billion|million|trillion)?(?:\s+in\s+(?:19|20)\d\d)?,?\s+to\s+",
    I,
)
"""'U.S. exports to Japan rose from $112 billion in 2021 to $129 billion in 2024': the amount it came to."""


_OF_A_WHOLE = re.compile(r"\s+(?:of|out\s+of)\s+(?:the|a)\s+(?:(?:about|some|roughly|nearly)\s+)?\$", I)
_CLOSED = re.compile(r"\s*(?:in\s+(?:19|20)\d\d\s*)?\)")
"""An amount alone in parentheses after the flow's name, with its year or none."""


def _linked(text: str, anchor_end: int, candidate: Candidate) -> bool:
    """An untagged amount is the flow's total when a linking verb ties it to the flow's name."""
    gap = text[anchor_end : candidate.start]
    if _FROM_TO.fullmatch(gap) or (gap.strip() == "(" and _CLOSED.match(text, candidate.end)):
        return True  # 'rose from $112 billion in 2021 to $129 billion', 'U.S. goods exports to Japan ($77 billion) ...'
    if _OF_A_WHOLE.match(text, candidate.end):
        return False  # '$148 billion of the $184 billion total': a part of the total, never the total
    if len(gap) > 90 or _GAP_BAD.search(gap.replace("goods and services", "")) or "$" in gap:
        return False  # another amount stands between: it is the one tied to the flow, if any
    # 'U.S. exports to Japan came to $131.0 billion, and imports from Japan to $188.2 billion': the verb left out
    if gap == " ":
        # 'bought $192 billion from it': the amount straight after the verb, then the partner; never 'imported $51
        # billion in automotive goods from Japan'
        return bool(_PARTNER_NEXT.match(text, candidate.end))
    return bool(_LINK.search(gap) or _MOVED_TO.search(gap) or gap in (" to ", ""))


_DEED_GAP = re.compile(
    r"\s*(?:(?:about|some|roughly|nearly|almost|around|over|upwards\s+of|more\s+than|just\s+over)\s+)?"
)


def _deed_part(text: str, anchor_end: int, end: int) -> dict[str, tuple[int, str]]:
    """'Japan shipped $140 billion in goods to the United States': the one amount a buyer's or seller's verb moves,
    said to be goods or services, is that part of the flow."""
    found = [c for c in amounts(text) if anchor_end <= c.start < end and isinstance(c.value, int)]
    if len(found) != 1 or not isinstance(value := found[0].value, int):
        return {}
    part = tag_of(text, found[0], anchor_end) if _DEED_GAP.fullmatch(text, anchor_end, found[0].start) else None
    return {part: (value, found[0].qualifier)} if part in ("goods", "services") else {}


def _sums(parts: dict[str, set[tuple[int, str]]], total: int) -> bool:
    goods, services = next(iter(parts["goods"]))[0], next(iter(parts["services"]))[0]
    return abs(goods + services - total) <= Decimal("0.011") * total


_UNSCALED = re.compile(r"\$\s?(?P<number>\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d|\s*(?:million|billion|trillion)\b)")
_SCALES = re.compile(r"\b(million|billion|trillion)\b")


def _borrowed(text: str, start: int, end: int) -> list[Candidate]:
    """'$80 billion in goods, $42 in services': an amount written without its scale takes its neighbours' one."""
    scales = {found.group(1) for found in _SCALES.finditer(text, start, end)}
    if len(scales) != 1:
        return []
    scale = {"million": 10**6, "billion": 10**9, "trillion": 10**12}[scales.pop()]
    return [
        Candidate(int(Decimal(match.group("number").replace(",", "")) * scale), "exact", match.start(), match.end())
        for match in _UNSCALED.finditer(text, start, end)
    ]


def _segment(text: str, start: int, end: int, anchor_end: int, part: str, lead: int) -> dict[str, tuple[int, str]]:
    """The amounts one flow's segment gives: its total and, when they add up to it, goods and services (which
    may stand from `lead` on, before the flow's name: 'goods worth $148 billion and ... made up total imports')."""
    tagged: dict[str, set[tuple[int, str]]] = {"goods": set(), "services": set(), "total": set(), "": set()}
    near: dict[str, set[tuple[int, str]]] = {"goods": set(), "services": set(), "": set()}
    borrowed = _borrowed(text, anchor_end, end)
    for candidate in [*amounts(text), *borrowed]:
        if not lead <= candidate.start < end or not isinstance(candidate.value, int):
            continue
        tag = tag_of(text, candidate, start if candidate.start >= anchor_end else lead)
        if candidate.start < anchor_end and tag not in ("goods", "services", ""):
            continue  # before the flow's name only its parts: 'goods worth $148 billion and services worth ...'
        if candidate in borrowed and tag not in ("goods", "services"):
            continue  # an amount without its scale is only ever a part
        if tag == "" and (candidate.start < anchor_end or not _linked(text, anchor_end, candidate)):
            near[nearest_part(text, candidate, lead, end) or ""].add((candidate.value, candidate.qualifier))
            continue
        if tag is None:
            continue
        tagged[tag].add((candidate.value, candidate.qualifier))
    if part != "total":
        other = "services" if part == "goods" else "goods"
        whole, rest = tagged["total"], tagged[other] or near[other]
        own = tagged[""] | tagged[part]
        if len(own) == 1 and len(whole) == 1 and len(rest) == 1:
            # 'U.S. sales of services to Japan came to $49 billion, and goods exports to $80 billion, for a combined
            # $129 billion': a part first, then the other and the total, read when they add up
            split = {part: own, other: rest}
            if _sums(split, next(iter(whole))[0]):
                return {"total": whole.pop(), part: own.pop(), other: rest.pop()}
        return {part: own.pop()} if len(own) == 1 else {}
    totals = tagged["total"] | tagged[""]
    if len(totals) != 1:
        return {}
    total = next(iter(totals))
    read = {"total": total}
    for key in ("goods", "services"):
        tagged[key] = tagged[key] or near[key]  # a part no words tie to, read only when the parts add up
    for key, other in (("goods", "services"), ("services", "goods")):
        # '$148 billion of the $184 billion total, leaving $36 billion in services': the one amount left is the rest
        if not tagged[key] and len(tagged[other]) == 1 and len(near[""]) == 1:
            tagged[key] = near[""]
    if len(tagged["goods"]) == 1 and len(tagged["services"]) == 1 and _sums(tagged, total[0]):
        read.update(goods=next(iter(tagged["goods"])), services=next(iter(tagged["services"])))
    return read


_READ: list[tuple[Context, dict[str, dict[str, Fields]]]] = []


def flows(sentence: Sentence, context: Context) -> dict[str, Fields]:
    """Every U.S.-Japan trade flow a sentence gives, keyed 'exports:total', 'imports:goods'... (read once per
    sentence of a document, for the six facts that ask)."""
    if not _READ or _READ[0][0] is not context:
        _READ[:] = [(context, {})]
    read = _READ[0][1]
    if sentence.text not in read:
        read[sentence.text] = _flows(sentence, context)
    return read[sentence.text]


_PART_CARRIED = re.compile(
    r"\$[\d.,]+\s*(?:billion|million|trillion)?\s+(?:(?:worth\s+)?(?:of|in)\s+)?(?:(?:U\.S\.|American|Japanese)\s+)?"
    r"(?:goods|merchandise|services)\b(?!\s+and\b)[^$;]*?,?\s+and\s+(?:(?:also|then)\s+)?$",
    I,
)
"""A verb coordinated with the one before, whose amount was of one part: the part carries to it (read by roles)."""


_NOT_THE_FLOW = tuple(phrase("IF11120", name) for name in ("flow_by_part", "over_years", "japan_data"))
"""A part of the flow ('Texas alone exported'), a sum over years, Japan's statistics: as the declarations exclude."""


def _flows(sentence: Sentence, context: Context) -> dict[str, Fields]:
    said, text = sentence.text, unparenthesized(sentence.text)
    # 'goods exports and imports were $75 billion and $142 billion, respectively': pairs, not read; a total before the
    # pairs' clause is ('totaled $123.6 billion, of which goods and services accounted for $74.7 billion and ...')
    cut = paired_from(text, [(c.start, c.end) for c in amounts(text)]) if _RESPECTIVELY.search(text) else len(text)
    if not cut or PARTIAL_YEAR.search(text) or fronted_product(text) or any(w.search(text) for w in _NOT_THE_FLOW):
        return {}
    anchors = [anchor for anchor in flow_anchors(text, context, said) if anchor[0] < cut]
    read: dict[str, list[Fields]] = {}
    for index, (start, anchor_end, flow, kind) in enumerate(anchors):
        whole = ("total", "deed")
        if index and anchors[index - 1][2] == flow and anchors[index - 1][3] in whole and kind in whole:
            continue  # read with the anchor before: 'Japan shipped $X in goods ..., for total U.S. imports of $Y'
        later = [anchor for anchor in anchors[index + 1 :] if anchor[2] != flow or {anchor[3], kind} - set(whole)]
        end = min(later[0][0] if later else len(text), cut)
        if changed_since(text, start):
            continue  # 'flows grew from 2021, when U.S. exports to Japan were $112 billion': that year's, not now
        if kind == "deed" and index and anchors[index - 1][3] == "deed" and _PART_CARRIED.search(text, 0, start):
            continue  # 'sold $80 billion of goods to Japan, and bought $148 billion from it': goods, not the total
        first = next((c.start for c in amounts(text) if anchor_end <= c.start < end), end)
        if LONG_PAST.search(text, start, first):
            continue  # 'imports from Japan peaked at $210 billion in 2007', 'once topped': a past long gone, not now
        if lexicon().never["countries"].search(text, start, end) or others_flow_at(text, start):
            continue  # 'exports to China', 'South Korea imported $55 billion from Japan': never the U.S. flow
        segment_text = text
        part = "total" if kind in ("bare", "opening", "passive", "deed", "inverse") else kind.removeprefix("bare ")
        part = (fronted_part(text, start) or part) if part == "total" else part  # 'In services, U.S. sales to ...'
        after = context.following.get(said, "")
        if end == len(text) and part == "total" and OF_THAT.match(after) and not _RESPECTIVELY.search(after):
            segment_text = f"{text} {split_after(said, context)}"  # 'Of that sum, goods accounted for ...'
            end = len(segment_text)
        elif end == len(text) and text.endswith(":") and (items := items_after(said, context)):
            segment_text, end = f"{text} {items}", len(text) + 1 + len(items)
        if kind == "passive":
            anchor_end = start  # the amount that opens the anchor is the flow's
        elif index == 0 and (
            _OF_THE_TOTAL.match(text[:start])
            or (part == "total" and (_FRONTED.match(text[:start]) or PART_OF_WHOLE.search(text, 0, start)))
        ):
            # 'Of the $131 billion ... exported to Japan, $81 billion was goods', 'At $192 billion, imports from Japan
            # were ...', 'Services made up $49 billion of the $129 billion in U.S. exports to Japan': the total comes
            # first, or a part and then the total
            start = anchor_end = 0
        lead = 0 if index == 0 and part == "total" and kind != "passive" else anchor_end
        values = _segment(segment_text, start, end, anchor_end, part, min(lead, anchor_end))
        if kind in ("deed", "passive") and not values:
            values = _deed_part(text, anchor_end, end)
        period = figure_period(text, start, min(end, len(text)), sentence, context) if values else None
        if period is None:
            continue  # undated, it would read as a changed period
        if not all(_LOW <= value <= _HIGH for value, _ in values.values()):
            continue  # 'Overall, U.S. imports reached $3.3 trillion': all partners', never Japan's
        for key, (value, qualifier) in values.items():
            read.setdefault(f"{flow}:{key}", []).append({"value": value, "qualifier": qualifier, "period": period})
    return {key: found for key, values in read.items() if (found := one(values)) is not None}


def _flow_rule(fact_id: str, key: str) -> None:
    def read(sentence: Sentence, context: Context) -> Fields | None:
        return flows(sentence, context).get(key)

    read.__name__ = fact_id.rsplit(".", maxsplit=1)[-1]
    rule(
        fact_id,
        needs=(
            *("export", "import", "sold", "sales", "shipped", "shipment", "bought", "purchase", "earned", "took in"),
            *("spent", "other way", "direction"),
            *("they", "these", "those", "total"),
        ),
    )(read)


for _fact, _key in (
    ("trade.us_exports_to_japan", "exports:total"),
    ("trade.us_goods_exports_to_japan", "exports:goods"),
    ("trade.us_services_exports_to_japan", "exports:services"),
    ("trade.us_imports_from_japan", "imports:total"),
    ("trade.us_goods_imports_from_japan", "imports:goods"),
    ("trade.us_services_imports_from_japan", "imports:services"),
):
    _flow_rule(_fact, _key)
