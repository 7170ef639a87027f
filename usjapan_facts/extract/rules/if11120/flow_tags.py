"""What an amount in a sentence on U.S.-Japan trade flows measures: goods, services, the total, or none of them.

"$77 billion in goods", "goods made up $80 billion", "services the remaining $49 billion", "$129 billion in
goods and services", "or $195 billion in all", "for total U.S. imports from Japan of $179 billion"; "$31 billion
was agricultural" and "$55 billion of U.S. imports" are parts that are neither.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.lists import fronted
from usjapan_facts.extract.money_lexicon import lexicon
from usjapan_facts.extract.rules.base import I
from usjapan_facts.extract.values import Candidate

_AFTER_TAG = re.compile(
    r"\s*(?:of\s+(?:it|that|this|them|the\s+total|(?:that|this)\s+(?:total|sum|figure|amount))\s+)?(?:,\s*)?(?:(?:in|on|from|of|worth\s+of|"
    # 'was accounted for by goods', and 'some $44 billion by services' joined on to it
    r"were|was|consisted\s+of|consisting\s+of|(?:was|were)\s+(?:made\s+up\s+of|in|accounted\s+for\s+by)|by)\s+)?"
    r"(?:(?:U\.S\.|Japanese|American)\s+)?"
    r"(?P<tag>goods\s+and\s+services|merchandise\s+and\s+services|goods|merchandise|services|(?<!that\s)(?<!this\s)total)\b",
    I,
)
_BEFORE_TAG = re.compile(
    r"\b(?P<tag>goods\s+and\s+services|goods|merchandise|services)(?:\s+(?:exports|imports|trade|portion|part|component|side))?"
    # an aside of examples between the part and its amount: 'Services, chiefly travel and licensing, earned $50 billion'
    r"(?:,\s+(?:such\s+as|chiefly|mainly|mostly|largely|principally|notably|including|led\s+by|especially|above\s+all|"
    r"primarily|predominantly|particularly|in\s+particular|dominated\s+by|headed\s+by)\b[^$;:]{0,90}?,)?"
    r"(?:\s*[,:]|\s+(?:accounted\s+for|accounting\s+for|made\s+up|making\s+up|were|was|totaled|came\s+to|"
    r"amounted\s+to|reached|at|for|to|the\s+remaining|the\s+rest|the\s+other|another|a\s+further|of|worth|valued\s+at|"
    r"earned|brought\s+in|contributed))*\s*$",
    I,
)
_SHARE = re.compile(r"\s*(?:of|in)\s+(?:U\.S\.\s+|total\s+|all\s+)*(?:exports|imports|trade|sales)\b", I)
_INVERSE_LEAD = re.compile(
    r"\b(?:the\s+other\s+way|(?:other|opposite|reverse)\s+direction),?\s+(?:(?:were|was|went|came|flowed|ran)\s+)?"
    r"(?:(?:about|some|roughly|nearly|around)\s+)?$",
    I,
)
"""'Flowing the other way were $120 billion in U.S. exports': the flow itself, not a share of it."""
_IN_ALL = re.compile(r",?\s*(?:in\s+all|altogether|all\s+told|in\s+total|combined)\b", I)
"""'..., or $195 billion in all': the total of the parts named before it."""
_WAS_OTHER = re.compile(
    r"\s*(?:was|were)\s+(?!(?:U\.S\.\s+)?(?:goods|merchandise|services|total)\b|(?:sold|shipped|exported|bought|purchased|"
    r"imported)\s+(?:to|from|by)\s+Japan)[a-z]",
    I,
)
"""'$31 billion was agricultural': a part that is neither goods nor services (never 'worth $112 billion were sold to
Japan', the flow's verb)."""
_MORE_THAN = re.compile(r"\s+(?:more|less|fewer|greater|higher|lower)\b[^.;$]{0,60}?\bthan\b", I)
"""'bought $67.6 billion more merchandise from Japan than it sold there': a difference, never a flow."""
_TOTAL_OF = re.compile(
    r"\b(?:a\s+|the\s+)?(?:combined\s+)?total\s+(?:of\s+)?(?:U\.S\.\s+)?(?:(?:imports|exports)(?:\s+(?:from|to)\s+Japan)?\s+)?"
    r"(?:of\s+)?$|\bfor\s+a\s+combined\s+$|(?:^|[;,]\s*)(?:all\s+told|in\s+all|altogether|in\s+total|combined|overall),?\s*$",
    I,
)
"""'..., for total U.S. imports from Japan of $179 billion', 'a total of $131 billion', a list's last item 'all told,
$180 billion'."""


_WHOLE_OF = re.compile(
    r"(?:\$\s?[\d.,]+\s*(?:billion|million|trillion)?\s+(?:(?:of|to)\s+(?:the|a)|out\s+of(?:\s+(?:the|a))?)|^Of\s+(?:the|a))\s+"
    r"(?:(?:about|some|roughly|nearly|around)\s+)?$",
    I,
)
"""The whole a part's amount is said to be of: 'services made up $49 billion of the $129 billion ...', 'Of the $192
billion ...', '$150 billion out of $190 billion'."""

_PART_NAMED = re.compile(
    r"\s+(?:in|of)\s+(?:(?:U\.S\.|Japanese|American)\s+)?(?:goods|merchandise|services)\b(?!\s+and\b)", I
)


def tag(text: str, candidate: Candidate, start: int) -> str | None:
    """What an amount measures: 'goods', 'services', 'total' (tagged as such), '' (untagged) or None (a share)."""
    if (
        _IN_ALL.match(text, candidate.end)
        or _TOTAL_OF.search(text, max(start, candidate.start - 60), candidate.start)
        or (
            _WHOLE_OF.search(text, max(start, candidate.start - 40), candidate.start)
            and not _PART_NAMED.match(text, candidate.end)  # '$55 billion of the $150 billion in goods': a part too
        )
    ):
        return "total"
    if _WAS_OTHER.match(text, candidate.end) or _MORE_THAN.match(text, candidate.end):
        return None
    after = _AFTER_TAG.match(text, candidate.end)
    if after:
        tag = after.group("tag").lower().replace("merchandise", "goods")
        return "total" if tag in ("goods and services", "total") else tag
    inverse = ("way" in text or "direction" in text) and _INVERSE_LEAD.search(
        text, max(0, candidate.start - 60), candidate.start
    )
    if _SHARE.match(text, candidate.end) and not inverse:
        return None  # 'about $55 billion of U.S. imports from Japan': a part of the flow, not the flow
    before = _BEFORE_TAG.search(text, start, candidate.start)
    if before:
        tag = " ".join(before.group("tag").lower().split()).replace("merchandise", "goods")
        return "total" if tag == "goods and services" else tag
    return ""


_PART_WORD = re.compile(r"\b(?:goods|merchandise|services)\b", I)
_STRETCH_END = re.compile(r"(?<![A-Z])\.\s|[;:]|\$")


_TIES_NEXT = re.compile(
    r"(?:\s+(?:exports|imports))?(?:\s+(?:accounted\s+for|made\s+up|were|was|totaled|came\s+to|amounted\s+to|reached|"
    r"at|for|to|of|worth|valued\s+at))+\s*(?=\$)",
    I,
)
_TIES_LAST = re.compile(r"\$\s?[\d.,]+\s*(?:billion|million|trillion)?\s+(?:in|of|worth\s+of|were|was)\s+$", I)


_NEXT_CONJUNCT = re.compile(r"(?:\band|,)\s*$", I)
"""A part word after the amount that opens the next conjunct: in 'goods made up two-thirds ($80 billion) and services
the rest ($42 billion)', 'services' is the next amount's, never the one before it."""


def _tied_elsewhere(text: str, word: re.Match[str], candidate: Candidate) -> bool:
    """Whether a part word is another amount's own tag: 'and services for $42 billion', '$42 billion in services'."""
    after = _TIES_NEXT.match(text, word.end())
    if after and after.end() != candidate.start:
        return True
    last = _TIES_LAST.search(text, max(0, word.start() - 40), word.start())
    return bool(last and last.start() != candidate.start)


def nearest_part(text: str, candidate: Candidate, lower: int, upper: int) -> str | None:
    """The part an amount no words tie to is by the nearest 'goods' or 'services' in its own stretch (between the
    amounts, stops and semicolons around it): 'Goods made up about two-thirds of that total, $80 billion', never one
    that opens the next conjunct after it. Only a split whose parts add up to its total takes it, which guards
    against a word that names something else."""
    ends = [match.end() for match in _STRETCH_END.finditer(text, lower, candidate.start)]
    start = ends[-1] if ends else lower
    after = _STRETCH_END.search(text, candidate.end, upper)
    end = after.start() if after else upper
    words = [
        (min(abs(match.end() - candidate.start), abs(match.start() - candidate.end)), match.group(0).lower())
        for match in _PART_WORD.finditer(text, start, end)
        if not re.match(r"\s+and\s+services\b", text[match.end() :], I)
        and not re.search(r"\bgoods\s+and\s+$", text[max(0, match.start() - 10) : match.start()], I)
        and not _tied_elsewhere(text, match, candidate)
        and not (match.start() >= candidate.end and _NEXT_CONJUNCT.search(text, candidate.end, match.start()))
    ]
    if not words:
        return None
    nearest = min(words)
    if any(distance == nearest[0] and word != nearest[1] for distance, word in words):
        return None
    return "goods" if nearest[1] == "merchandise" else nearest[1]


_PART_FIRST = re.compile(
    r"\W*(?:In|Within)\s+(?:the\s+)?(goods|merchandise|services)(?:\s+(?:alone|trade|side|account|category))?\s*,", I
)
"""A phrase put first naming a part alone ('In services,'), never 'In addition to services', 'For goods, the tariff'."""
_NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|though|while|whereas|yet)\b", I)


def fronted_part(text: str, start: int) -> str | None:
    """The part a phrase put first scopes the flow at `start` to ('In services, U.S. sales to Japan came to $46.5
    billion': the services flow), None when no such phrase opens the sentence or a new clause begins before `start`."""
    front = _PART_FIRST.match(text)
    if front is None or front.end() > start or _NEW_CLAUSE.search(text, front.end(), start):
        return None
    return "goods" if front.group(1).casefold() == "merchandise" else front.group(1).casefold()


def fronted_product(text: str) -> bool:
    """Whether a phrase put first scopes the sentence to a product, place or mode ('In agriculture, U.S. exports to
    Japan were $12.4 billion'): a part of the flow by what it carries, never the flow."""
    return bool(lexicon().never["part"].search(fronted(text, len(text))))
