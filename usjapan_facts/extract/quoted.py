"""Whether a value stands in someone's quoted words: 'Kishida said Japan would "aim to raise spending to 3%"'.

An official's words in quotation marks state an aim, a wish or a claim of the speaker's, not the figure the brief
gives as current (which, where it is stated, stands outside the quotation). Quotation marks with no speaker (a
title, a term: 'the "2% of GDP" goal') leave their value alone. Pure, no I/O.
"""

from __future__ import annotations

import re

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_SPEAKS = (
    r"(?:said|says|say|told|tells|stated|states|declared|announced|wrote|writes|remarked|pledged|promised|vowed|"
    r"insisted|argued|claimed|asserted|posted|added|urged|wanted|predicted|boasted|warned|called\s+for|"
    r"reads?|chant(?:s|ed)|proclaim(?:s|ed)|(?:slogan|headline|banner|placard|motto)s?(?:\s+\w+)?:?)"
)
_SPOKEN_BEFORE = re.compile(rf"\b{_SPEAKS}\b[^\"]{{0,60}}$", I)
"""A speaker's verb before the opening mark: 'said Japan would "', 'told reporters: "'."""
_SPOKEN_AFTER = re.compile(rf"\s*,?\s*(?:he|she|they|(?:[A-Z][\w.'-]*\s+){{1,4}}){_SPEAKS}\b")
"""A speaker after the closing mark: '," Prime Minister Ishiba told the Diet'."""


def in_quotation(text: str, at: int) -> bool:
    """Tell whether the value at `at` stands inside a quotation a speaker's verb before or after it attributes."""
    if '"' not in text or text.count('"', 0, at) % 2 == 0:
        return False
    opening = text.rfind('"', 0, at)
    closing = text.find('"', at)
    if closing < 0:
        return False
    return bool(_SPOKEN_BEFORE.search(text[max(0, opening - 80) : opening]) or _SPOKEN_AFTER.match(text, closing + 1))


__all__ = ["in_quotation"]
