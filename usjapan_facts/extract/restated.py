"""A value that restates another in an apposition: 'in place of 27.5%, the 25% Section 232 duty plus the 2.5% MFN
rate' tells what the 27.5% it replaced was made of, so its 25% is no more current than the 27.5%.

A value is read as such when it stands in a noun phrase set off by a comma right after an earlier value of its
statement (no ';' between them, no verb or clause word between: the apposition names, it does not tell), and that
earlier value is one another replaced (`tense.REPLACED`: 'in place of', 'replacing', 'down from', 'rather than'). So
is a value in a relative clause telling what the replaced value was made of ('it replaced the 27.5% charged since
April, which combined a 25% Section 232 duty with the 2.5% MFN rate'). And the other way, the rate a replacing
told as done put in place of a rate named before it (`replaced_by`) is the one in place now.
Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from usjapan_facts.extract.parsers import percents
from usjapan_facts.extract.tense import REPLACED

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_APPOSED = re.compile(
    r"\s*(?:\(|,\s*(?:that\s+is,?\s+|i\.e\.,?\s+|or\s+)?)(?:the|a|an|its|their)\s+(?P<noun>(?:[\w.-]+\s+){0,4}?)",
    I,
)
"""Between a value and the value that restates it: ', the ', ', that is, the combined ', ' (the '."""
_TELLS = re.compile(r"\b(?:is|are|was|were|has|have|had|will|which|that|who|while|but|and|when|since)\b", I)
"""A verb or clause word: what follows it tells something, it does not name the value before."""

_REPLACED_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:replaced|superseded|supplanted|succeeded)\b[^.;%]{0,40}?"
    r"\b(?:by|with)\s+(?:(?:a|an|the|one)\s+)?(?:(?:single|new|flat|lower|uniform)\s+)?$",
    I,
)
"""Words right before a rate a replacing told as done put in place ('was replaced on September 16 by a 15% rate')."""
_KEPT_TO = re.compile(
    r"[^;.,]{0,40}?\b(?:only\b|(?:for|on|to)\s+(?!(?:(?:Japanese|imported|U\.S\.|their|its|the)\s+)?(?:cars|autos?|"
    r"automobiles|vehicles|passenger)\b|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)\w)",
    I,
)
"""Words after a rate that keep it to some goods or other: 'by a 15% rate for parts only', 'by a 20% rate for trucks'
(the cars or a day are no such limit: 'by a 15% rate on Japanese cars', 'by a 15% rate on September 16')."""

_MADE_OF = re.compile(
    r"[^;%.]{0,90}?,\s*(?:which|that)\s+(?:had\s+)?(?:combined|comprised|consisted\s+of|summed|stacked|bundled|"
    r"(?:was|were)\s+(?:made\s+up\s+of|composed\s+of|the\s+sum\s+of))\s+(?P<parts>[^;]*)",
    I,
)
"""A relative clause that tells what a value was made of: '27.5% charged since April 3, which combined a 25% ... duty
with the 2.5% MFN rate' (each of its values a part of the 27.5%, up to a verb or clause word)."""
_PART_ENDS = re.compile(r"\b(?:is|are|was|were|has|have|will|which|that|who|while|but|when|now)\b", I)


def restates_replaced(text: str, at: int, spans: Iterable[tuple[int, int]] | None = None) -> bool:
    """Whether the value at `at` stands in an apposition of the value just before it, or in a relative clause telling
    what an earlier value was made of, where another value replaced that value. `spans` are the values of its kind in
    the text (start, end); the percentages when not given."""
    if spans is None:
        spans = [(m.start(), m.end()) for _, _, m in percents(text) if not m.group("fraction")]
    statement = text.rfind(";", 0, at) + 1
    before = [(start, end) for start, end in spans if statement <= start and end <= at]
    if not before:
        return False
    start, end = max(before)
    apposed = _APPOSED.fullmatch(text, end, at)
    if apposed is None or _TELLS.search(apposed.group("noun")):
        return any(_part_of_replaced(text, at, *value) for value in before)
    return bool(REPLACED.search(text, max(0, start - 40), start))


def _part_of_replaced(text: str, at: int, start: int, end: int) -> bool:
    """Whether the value at `at` is a part the relative clause after the replaced value text[start:end] names."""
    made_of = _MADE_OF.match(text, end)
    if made_of is None or not made_of.start("parts") <= at < made_of.end("parts"):
        return False
    return not _PART_ENDS.search(text, made_of.start("parts"), at) and bool(
        REPLACED.search(text, max(0, start - 40), start)
    )


def replaced_by(text: str, start: int, end: int, kin: tuple[int, ...]) -> bool:
    """Whether the rate at text[start:end] is what a replacing told as done put in place of a rate named before it
    (`kin`, where the statement's rates start): 'The 25% ... tariff ... was replaced on September 16 by a 15% all-in
    rate' (the rate now), never 'wants the 25% tariff replaced by a 15% rate' nor one kept to some goods
    (`_KEPT_TO`)."""
    replaced = _REPLACED_BY.search(text, 0, start)
    return bool(replaced and any(k < replaced.start() for k in kin) and not _KEPT_TO.match(text, end))


__all__ = ["replaced_by", "restates_replaced"]
