"""Which U.S.-Japan trade flows a sentence names, and where: 'U.S. exports to Japan', 'purchases from Japan', 'The
United States exported ... to Japan', 'Japan's imports from the United States' (U.S. exports), 'Japan bought ... of U.S.
goods' (U.S. exports), or a flow named without Japan beside one named with it. The amounts are read in `flows`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from usjapan_facts.extract.place_words import last_party
from usjapan_facts.extract.rules.base import Context, I
from usjapan_facts.extract.rules.if11120.nearby import previous
from usjapan_facts.extract.values import amounts
from usjapan_facts.extract.whose import PAIRED

_BOTH = r"(?:of\s+|in\s+)?goods\s+and\s+services\s+"
_HEDGE = r"(?:(?:about|some|roughly|nearly|almost|around|over|more\s+than|just\s+(?:over|under)|a\s+little\s+over)\s+)?"
_APPOSITIVE = r"(?:,\s+(?:the|a|an|which|now|still|long|once|itself)\b[^;$]{1,100}?,)?"
"""An aside between Japan and its verb: 'Japan, the fourth-largest U.S. partner, after China, Canada, and Mexico,'."""
_MAKER = r"(?:(?:U\.S\.|American|Japanese)\s+)?"
_WARES = r"(?:goods\s+and\s+services|goods|services|products|merchandise)\b"
_ANCHOR = re.compile(
    # 'U.S. exports of goods and services to Japan', 'goods imports from Japan', 'Imports from Japan'
    rf"(?P<part>\b(?:goods\s+and\s+services|goods|merchandise|services)\s+)?\b(?P<noun>exports|imports|sales|purchases|shipments)\s+"
    rf"(?:(?:{_BOTH}|of\s+(?P<ofpart>goods|services)\s+)?(?P<partner>to|from)\s+(?:Japan|(?P<pro>it|the\s+country))\b"
    # 'U.S. imports of Japanese goods', 'imports of Japanese services': the partner in the goods' name
    r"|of\s+Japanese\s+(?P<jpart>goods\s+and\s+services|goods|merchandise|services)\b(?!\s+(?:from|via|through|by)\s+(?!Japan\b)))"
    # 'The United States exported $129 billion in goods and services to Japan', '... was exported to Japan'
    # 'U.S. firms sold $121 billion ... to Japanese buyers', 'Americans bought $192 billion worth of Japanese goods',
    # 'Americans spent $180 billion on Japanese goods and services'
    r"|\b(?P<verb>exported|imported|sold|shipped|bought|purchased|spent)\b(?=[^;:]{0,70}?\b(?:(?P<vpartner>to|from)\s+"
    r"(?:Japan(?:ese\s+(?:buyers|customers|consumers|firms|companies|importers))?|(?P<it>it))\b"
    r"|(?:of|on)\s+Japanese\s+(?:goods|products)\b))"
    # 'U.S. sellers earned $121.1 billion from Japan' (exports), 'Japanese sellers earned $192.4 billion in the U.S.
    # market' (imports): the sellers' earnings
    r"|\b(?P<earned>earned|took\s+in|brought\s+in)\b(?=[^;:]{0,70}?\b(?:(?P<from_japan>from\s+Japan(?:ese\s+"
    r"(?:buyers|customers|consumers|firms|companies|importers))?|in\s+(?:the\s+)?Japan(?:ese\s+market)?)|(?P<from_us>in\s+the\s+"
    r"(?:U\.S\.|American)\s+market|from\s+(?:the\s+)?(?:United\s+States|U\.S\.|American)(?:\s+(?:buyers|customers|"
    r"consumers|importers))?))\b)"
    # 'the United States sold Japan $79.7 billion of goods': Japan the indirect object
    r"|\b(?P<sold_to>sold|shipped)\s+Japan\b(?=\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?\$)"
    # '$178.9 billion of Japanese goods and services were bought by U.S. residents': the amount comes first
    r"|(?P<passive>\$\s?\d[\d,.]*\s*(?:billion|million|trillion)\s+(?:worth\s+)?of\s+Japanese\s+goods\s+and\s+services\s+"
    r"(?:were|was)\s+(?:bought|purchased|imported)\s+by\s+(?:U\.S\.|American)\s*\w*)"
    # 'Goods and services worth $166 billion were bought from Japan', '$112 billion of U.S. goods and services were sold
    # to Japan', '... were purchased by Japanese buyers' (U.S. exports): the amount first, the flow told by its verb
    rf"|(?P<voiced>(?:{_HEDGE}\$\s?\d[\d,.]*\s*(?:billion|million|trillion)\s+(?:worth\s+)?(?:of|in)\s+{_MAKER}{_WARES}|{_MAKER}"
    rf"goods\s+and\s+services\s+worth\s+{_HEDGE}\$\s?\d[\d,.]*\s*(?:billion|million|trillion))(?:\s+in\s+(?:19|20)\d\d)?\s+"
    r"(?:were|was)\s+(?P<vverb>sold|shipped|exported|bought|purchased|imported)\s+(?P<vway>to|from|by)\s+Japan"
    r"(?P<vbuyer>ese\s+(?:buyers|customers|consumers|firms|companies|importers))?\b)"
    # 'Japan's exports to the United States': U.S. imports; 'Japan's imports from the United States': exports
    # 'Japanese goods exports to the United States', 'Japan's services exports to the U.S.': the part of U.S. imports
    r"|\bJapan(?:\W?s|ese(?=\s+(?:goods|merchandise|services)\s))\s+(?:(?P<mirrorpart>goods|merchandise|services)\s+)?"
    r"(?P<mirror>exports|imports)\s+(?:to|from)\s+the\s+(?:United\s+States|U\.S\.)"
    # 'Japan bought $120 billion of U.S. goods and services', 'Japanese customers purchased ... from the United States':
    # U.S. exports, Japan the buyer
    # 'Japan, the fourth-largest U.S. partner, bought ...': an aside between the buyer and its verb
    rf"|\bJapan(?:ese\s+(?:buyers|customers|consumers|firms|companies|importers))?{_APPOSITIVE}\s+"
    r"(?P<buyer>bought|purchased|imported)\b"
    r"(?=[^;:]{0,70}?(?:(?:\b(?:of|in)\s+|(?<=bought\s)|(?<=purchased\s))(?:U\.S\.|American)\s+(?:goods|products|merchandise|exports|services)\b|\bfrom\s+the\s+"
    r"(?:United\s+States|U\.S\.)))"
    # 'Japan shipped $144 billion in goods to the United States', 'Japanese firms sold ... to U.S. customers', '...
    # while selling $143.6 billion in goods to the United States': U.S. imports, Japan the seller
    # 'Japan sold the United States $172 billion of goods and services': the United States the indirect object
    rf"|(?:\bJapan(?:ese\s+(?:firms|companies|exporters|producers|manufacturers|sellers))?{_APPOSITIVE}\s+"
    r"(?P<seller>exported|shipped|sold|supplied)|(?<=while\s)(?P<selling>selling|shipping|exporting|supplying))\b"
    r"(?:(?=[^;:]{0,70}?\bto\s+(?:the\s+(?:United\s+States|U\.S\.)|(?:U\.S\.|American)\s+(?:buyers|customers|consumers|"
    r"firms|companies|importers)))|\s+(?:the\s+(?:United\s+States|U\.S\.)|Americans|(?:U\.S\.|American)\s+(?:buyers|customers|"
    r"consumers|firms|companies|importers))(?=\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?\$))"
    # 'total exports of goods and services to Japan were $120.6 billion and imports were $178.5 billion'
    r"|(?:\band\s+|\bwhile\s+|;\s+)(?:total\s+|U\.S\.\s+)?(?P<bare>exports|imports)(?=\s+(?:were|totaled|reached|came\s+to))"
    # 'goods imports from Japan totaled $135 billion, against goods exports of $75 billion', '... while goods exports
    # rose to $82 billion', '... were $75.0 billion and goods imports $142.6 billion': the other flow's part beside it
    r"|(?:\band\s+|\bwhile\s+|;\s+|,\s+(?:against|versus|compared\s+with)\s+)(?:U\.S\.\s+)?(?P<barepart>goods|services)\s+"
    r"(?P<barepartflow>exports|imports)(?=\s+(?:were|totaled|reached|came\s+to|(?:rose|fell|grew|declined|climbed|dropped)\s+to|"
    r"(?:of\s+)?(?:(?:about|some|roughly|nearly|around)\s+)?\$))"
    # 'exports to Japan came to $129 billion, against imports of $192 billion', '... were outweighed by imports of $190
    # billion': the other flow's total beside it
    r"|(?:,\s+(?:against|versus|compared\s+with)\s+|\b(?:outweighed|dwarfed|exceeded|outstripped|topped)\s+by\s+)"
    r"(?:total\s+|U\.S\.\s+)?(?P<barewhole>exports|imports)(?=\s+(?:of\s+)?(?:(?:about|some|roughly|nearly|around|upwards\s+of|"
    r"more\s+than|over)\s+)?\$)"
    # 'Flowing the other way were $120 billion in U.S. exports', 'In the opposite direction went $192 billion of goods
    # and services': the flow against the one named just before
    r"|\b(?P<inverse>the\s+other\s+way|in\s+the\s+(?:other|opposite|reverse)\s+direction)\b(?=,?\s+(?:(?:were|was|went|came|"
    r"flowed|ran)\s+)?(?:(?:about|some|roughly|nearly|around)\s+)?\$\s?[\d.,]+\s*(?:billion|million|trillion)?\s+(?:worth\s+)?"
    r"(?:in|of)\s+(?:(?:U\.S\.|American|Japanese)\s+)?(?:goods|merchandise|services|exports|imports)\b)"
    # 'U.S. exports to Japan totaled $121 billion. U.S. imports totaled $184 billion.': Japan from the sentence before
    # '... In the other direction, imports reached $192 billion': an opening phrase may come first
    r"|^(?:[A-Z][\w\s]{0,30},\s+)?(?:U\.S\.\s+)?(?P<opening>exports|imports)(?=\s+(?:were|totaled|reached|came\s+to|amounted\s+to))",
    I,
)
_EARNERS = re.compile(
    r"\b(?:sellers|exporters|firms|companies|producers|manufacturers|makers|businesses|suppliers|Americans|United\s+States)"
    r"\s+(?:\w+\s+)?$",
    I,
)
"""Who earns a flow: its sellers ('U.S. sellers earned', 'Japanese exporters together took in')."""
_SPENDERS = re.compile(
    r"\b(?:Americans|(?:American|U\.S\.)\s+(?:consumers|buyers|households|residents|firms|companies|businesses|importers)"
    r"|the\s+(?:United\s+States|U\.S\.))\b[^;:,]{0,40}$",
    I,
)
"""Who spends on Japanese goods as an import: 'Americans spent', 'U.S. consumers and firms together spent'."""
_JAPANESE_BUYER = re.compile(r"\bJapan(?:ese|\W?s)?\b(?:(?!United\s+States|U\.S\.|Americans?\b)[^;:,]){0,40}$", I)
"""Japanese buyers before the verb ('Japanese consumers bought', 'Japan's firms purchased'): what they buy is no U.S.
import, though it is Japanese goods ('bought ... of Japanese goods') or comes from Japan."""
_NOUNS = {"sales": "exports", "purchases": "imports"}
"""A flow by another name: 'U.S. sales to Japan' are exports, 'purchases from Japan' imports, 'shipments' either."""
_BEFORE_NOUN = re.compile(
    r"(?:^|(?:\bU\.S\.|\btotal|\boverall|\bAmerican|\bbilateral|\band|\bwhile|\bthat|[;:,(]|\bThe|\bthe)\s*)$"
)
"""What may stand before 'exports to Japan': 'U.S.', 'total', 'and'... never a product ('beef exports')."""
_PART_OF = re.compile(r"\b(?:of|in|among|for)\s+(?:total\s+|all\s+|overall\s+)?(?:U\.S\.\s+)?$", I)
"""'the largest category of U.S. imports from Japan', 'a third of U.S. exports to Japan': a part, not the flow."""
PART_OF_WHOLE = re.compile(
    r"(?:\$\s?[\d.,]+\s*(?:billion|million|trillion)?\s+(?:of|to)|^Of)\s+(?:the|a)\s+(?:(?:about|some|roughly|nearly|around)\s+)?"
    r"\$\s?[\d.,]+\s*(?:billion|million|trillion)(?:\s+total)?\s+(?:(?:worth\s+)?(?:in|of)\s+(?:total\s+)?(?:U\.S\.\s+)?"
    r"|(?:that\s+|which\s+)?the\s+(?:United\s+States|U\.S\.)\s+)$",
    I,
)
"""A part's amount (or 'Of' opening the sentence), then the whole's, then the flow: 'services made up $49 billion of the
$129 billion in U.S. exports to Japan', 'Of the $192 billion in U.S. imports from Japan, ...', 'goods accounted for $80
billion of the $129 billion the United States exported to Japan': the whole is the flow's, not a share of it."""
_WHOLE_AFTER = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?:\s*(?:(?:about|some|roughly|nearly)\s+)?\$[\d.,]+\s*(?:billion|million|trillion)?\s+of\s+the\s+\$",
    I,
)
"""'Goods weighed more in U.S. imports from Japan: $148 billion of the $184 billion total': the flow's own figures."""
_ELSEWHERE = re.compile(
    r"[^;$]{0,40}\$[\d.,]+\s*(?:billion|million|trillion)?\s+(?:\w+\s+){0,3}?(?:to|from|with)\s+(?!Japan\b|it\b|(?:19|20)\d\d\b)",
    I,
)
"""A partner after a bare part's amount that is not Japan: 'goods exports of $900 billion to all of Asia'."""
_CARRIED = re.compile(r"^(?:They|These|Those|The\s+total|That\s+total)\s+(?=totaled|reached|were|amounted|came|stood)")


_NAMES_FLOW = re.compile(r"[^;$]{0,20}\$[^;$]{0,30}?\b(?:in|of)\s+(?:U\.S\.\s+)?(?P<flow>exports|imports)\b", I)
"""'the other way were $120 billion in U.S. exports': the flow an inverted sentence names itself."""


def _flow(match: re.Match[str], text: str, before: str) -> tuple[str, str] | None:
    """The flow ('exports'/'imports') and part an anchor names, or None when it names no flow with Japan."""
    if match.group("inverse"):
        named = _NAMES_FLOW.match(text, match.end())
        return (named.group("flow").lower() if named else "other"), "inverse"
    if match.group("mirror"):
        part = (match.group("mirrorpart") or "total").lower().replace("merchandise", "goods")
        return ("imports" if match.group("mirror").lower() == "exports" else "exports"), part
    if match.group("seller") or (match.group("selling") and re.search(r"\bJapan\b", text[: match.start()])):
        return "imports", "deed"  # 'while selling': Japan, named before, is the seller
    if match.group("selling"):
        return None
    if match.group("earned"):
        if not _EARNERS.search(text, max(0, match.start() - 40), match.start()):
            return None  # 'Services earned $50 billion from Japanese customers': a part, read with its flow
        japanese = bool(re.search(r"\bJapan", text[: match.start()]))  # the sellers who earned it
        if japanese != bool(match.group("from_us")):
            return None
        return ("imports" if japanese else "exports"), "deed"
    if match.group("voiced"):
        verb, way = match.group("vverb").lower(), match.group("vway").lower()
        if verb in ("sold", "shipped", "exported"):
            return ("exports", "passive") if way == "to" and not match.group("vbuyer") else None
        return ("imports" if way == "from" else "exports", "passive")  # 'bought from Japan', 'bought by Japan'
    if match.group("buyer"):
        return "exports", "deed"
    if match.group("passive"):
        return "imports", "passive"
    if match.group("sold_to"):
        return "exports", "deed"
    if match.group("pro") and last_party(text[: match.start()], before) != "JP":
        return None  # 'imports from it', 'exports to the country': Japan only when it is the country named last
    if match.group("it") and not re.search(r"\bJapan\b", text[: match.start()]):
        return None  # 'bought $192 billion from it': 'it' is Japan only after the sentence names Japan
    if match.group("verb") and match.group("verb").lower() == "spent" and not _SPENDERS.search(text, 0, match.start()):
        return None  # 'Japanese consumers spent $80 billion on Japanese goods': only Americans' spending is an import
    if (match.group("verb") or "").lower() in ("bought", "purchased", "imported") and _JAPANESE_BUYER.search(
        text, 0, match.start()
    ):
        return None  # 'Japanese households bought $250 billion of Japanese goods': Japan's own purchases, no U.S. flow
    if match.group("verb"):
        flow = "exports" if match.group("verb").lower() in ("exported", "sold", "shipped") else "imports"
        return (flow, "deed") if (match.group("vpartner") == "to") == (flow == "exports") else None
    if match.group("bare"):
        return match.group("bare").lower(), "bare"
    if match.group("barepart") or match.group("barewhole"):
        if _ELSEWHERE.match(text, match.end()):
            return None  # 'against goods exports of $900 billion to Asia': not the flow with Japan
        if match.group("barewhole"):
            return match.group("barewhole").lower(), "bare total"
        return match.group("barepartflow").lower(), f"bare {match.group('barepart').lower()}"
    if match.group("opening"):
        return match.group("opening").lower(), "opening"
    flow = _NOUNS.get(match.group("noun").lower(), match.group("noun").lower())
    if match.group("jpart"):
        part = match.group("jpart").lower().replace("merchandise", "goods")
        before = text[max(0, match.start() - 30) : match.start()]
        if flow != "imports" or not _BEFORE_NOUN.search(before) or _PART_OF.search(before):
            return None  # 'U.S. exports of Japanese goods', 'a third of U.S. imports of Japanese goods'
        return flow, part if part in ("goods", "services") else "total"
    if flow == "shipments":
        flow = "exports" if match.group("partner").lower() == "to" else "imports"
    if (match.group("partner").lower() == "to") != (flow == "exports"):
        return None  # 'sales from Japan', 'purchases to Japan': not a U.S. flow read this way
    before = text[max(0, match.start() - 30) : match.start()]
    if not _BEFORE_NOUN.search(before) or (
        _PART_OF.search(before)
        and not PART_OF_WHOLE.search(text, max(0, match.start() - 120), match.start())
        and not _WHOLE_AFTER.match(text, match.end())
    ):
        return None  # 'beef exports to Japan', 'vehicle imports from Japan': one product's flow
    part = (match.group("ofpart") or match.group("part") or "").strip().lower().replace("merchandise", "goods")
    return flow, part if part in ("goods", "services") else "total"


@lru_cache(maxsize=1024)
def _anchors(text: str, before: str = "") -> tuple[tuple[int, int, str, str], ...]:
    """Each flow a text names: where, 'exports' or 'imports', and 'total', 'goods', 'services', 'bare', 'bare total',
    'bare goods' or 'bare services' (named without Japan beside the other flow), 'opening' or 'deed' (said by its
    buyer's or seller's verb, whose one amount may be a part: '$70 billion in U.S. goods')."""
    # A buyer's or seller's flow starts at its verb: an aside after 'Japan' ('Japan, the fourth-largest partner, after
    # China, Canada, and Mexico, bought') names other countries, never the flow's partner.
    found = [
        (next((m.start(doer) for doer in ("buyer", "seller") if m.group(doer)), m.start()), m.end(), *flow)
        for m in _ANCHOR.finditer(text)
        if (flow := _flow(m, text, before))
    ]
    # A bare part stands for the other flow than the one named before it ('goods imports from Japan ..., against goods
    # exports of $75 billion'); after its own flow ('...; services imports came to $36 billion') it is that flow's part.
    return tuple(
        anchor
        for index, anchor in enumerate(found)
        if not anchor[3].startswith("bare ") or (index and found[index - 1][2] != anchor[2])
    )


def _named(anchors: Sequence[tuple[int, int, str, str]]) -> bool:
    return any(kind not in ("bare", "opening", "inverse") and not kind.startswith("bare ") for *_, kind in anchors)


def _inverted(anchors: list[tuple[int, int, str, str]], before: str) -> list[tuple[int, int, str, str]]:
    """An inverted flow ('the other way') is the flow against the last one named before it, in the sentence or the
    one before, and only when it names no flow itself or the one it names is that flow."""
    read = []
    for index, (start, end, flow, kind) in enumerate(anchors):
        if kind == "inverse":
            named = [anchor for anchor in anchors[:index] if _named([anchor])] or [
                anchor for anchor in _anchors(before) if _named([anchor])
            ]
            against = ("imports" if named[-1][2] == "exports" else "exports") if named else None
            if against is None or flow not in ("other", against):
                continue
            flow = against
        read.append((start, end, flow, kind))
    return read


def flow_anchors(text: str, context: Context, said: str | None = None) -> list[tuple[int, int, str, str]]:
    """The flows a sentence gives, a flow it names without Japan only beside (or just after) one named with it
    (`said` the sentence as written, when `text` blanks a part of it)."""
    before = previous(said or text, context)
    anchors = list(_anchors(text, before))
    if not _named(anchors):
        # 'U.S. imports totaled $184 billion.' a sentence or two after 'U.S. exports to Japan totaled $121 billion.'
        sentences = [before, previous(before, context), previous(previous(before, context), context)]
        named_before = any(_named(_anchors(sentence)) for sentence in sentences if sentence)
        anchors = [anchor for anchor in anchors if anchor[3] in ("opening", "inverse")] if named_before else []
    if any(kind == "inverse" for *_, kind in anchors):
        anchors = _inverted(anchors, before)
    carried = _CARRIED.match(text)
    if carried and not anchors:
        # 'Imports from Japan were larger. They reached $178.5 billion: ...', never after 'from Japan and Korea'
        earlier = _anchors(before)
        if len(earlier) == 1 and _named(earlier) and not amounts(before) and not PAIRED.search(before):
            anchors = [(0, carried.end(), earlier[0][2], earlier[0][3])]
    return anchors


__all__ = ["flow_anchors"]
