"""Whether a trade amount is a part of a flow rather than the flow: a product's, a place's or a part of a year's share
('U.S. agricultural exports to Japan were worth $15 billion'), or a fraction of the flow set beside it ('Vehicles and
parts make up roughly a third of U.S. imports from Japan, about $55 billion'). The roles' own words
(`briefs/money_roles.toml`, [never] and [pairs]), asked by every reader of a flow: the readers by roles and the
hand-written rules alike.

Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.money_lexicon import lexicon
from usjapan_facts.extract.values import Candidate, amounts


def of_a_product(text: str, candidate: Candidate, start: int, end: int, key: str = "product") -> bool:
    """Whether the amount's phrase (its stretch [start, end) cut at commas, colons, parentheses) names a product, a
    place or a part of a year ([never]'s `key`: 'product' with another party's flows, 'part' without): 'agricultural
    exports to Japan were $12.0 billion' (an aside's 'with travel ... foremost' is not)."""
    cuts = [m.start() for m in re.finditer(r"[,:()\u2014]", text[start:end])]
    left = max((start + at + 1 for at in cuts if start + at < candidate.start), default=start)
    right = min((start + at for at in cuts if start + at >= candidate.end), default=end)
    return bool(lexicon().never[key].search(text, left, right))


def a_fraction(text: str, candidate: Candidate, of_a_part: bool = False) -> bool:
    """Whether the amount restates a fraction or share of a flow said right before it: 'a third of U.S. imports from
    Japan, about $55 billion', 'half of it, $60.3 billion', 'a quarter of U.S. goods imports from Japan, worth some $37
    billion'. With `of_a_part`, only a fraction of the goods or the services part, which is no reading of that part
    either ('Goods made up two-thirds of U.S. exports to Japan, about $80 billion' is the goods part's)."""
    found = lexicon().pairs["fraction"].search(text, max(0, candidate.start - 130), candidate.start)
    return bool(found and (found.group("part") or not of_a_part))


def of_a_part(text: str, candidate: Candidate) -> bool:
    """Whether the amount is what a named thing makes up of the goods or the services flow: 'Machinery accounted for $12
    billion of U.S. goods exports to Japan' (a part of that part, no flow's amount)."""
    pairs = lexicon().pairs
    return bool(
        pairs["share_of_part"].search(text, max(0, candidate.start - 80), candidate.start)
        and pairs["share_of_part_after"].match(text, candidate.end)
    )


def no_flow_amount(text: str, candidate: Candidate, *, any_fraction: bool = False) -> bool:
    """Whether the amount is no flow's amount but a part's: a fraction of the goods or the services part (of any flow
    with `any_fraction`: a total's reader) or what a named thing makes up of that part (`a_fraction`, `of_a_part`)."""
    return a_fraction(text, candidate, of_a_part=not any_fraction) or of_a_part(text, candidate)


def a_part(text: str, value: object) -> bool:
    """Whether every place the sentence writes the amount `value` is a part of a flow, not the flow (no such place:
    not a part). Each amount's stretch runs between its neighbours and the semicolons around it."""
    found = amounts(text)
    places = [index for index, candidate in enumerate(found) if candidate.value == value]
    for index in places:
        candidate = found[index]
        start = max(found[index - 1].end if index else 0, text.rfind(";", 0, candidate.start) + 1)
        stop = text.find(";", candidate.end)
        end = min(found[index + 1].start if index + 1 < len(found) else len(text), stop if stop >= 0 else len(text))
        if not (of_a_product(text, candidate, start, end, "part") or a_fraction(text, candidate)):
            return False
    return bool(places)


__all__ = ["a_fraction", "a_part", "no_flow_amount", "of_a_part", "of_a_product"]
