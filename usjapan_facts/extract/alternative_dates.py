"""A date given as one of two or the start of a span: 'in October or November', 'on September 20 or 27', 'in
September, or possibly October', 'in 2030 or 2031', 'October to November'. The first date is not the election's;
a reader of a loose date reads none there (a season said before, 'this fall, in October or November', still
stands). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.parsers import MONTH

_SOFTENED = r"(?:(?:possibly|perhaps|maybe|even|else|as\s+late\s+as|in|on|early|mid|late|the)[\s-]+)*"
_ANOTHER = re.compile(
    rf",?\s*(?:(?:\b(?:or|to|through|thru|until|till)\b|[-\u2013\u2014/])\s*{_SOFTENED}"
    rf"(?:{MONTH}|\d{{1,2}}\b|(?:this|next|last)\s|(?:19|20)\d\d\b|spring|summer|fall|autumn|winter)"
    rf"|\band\s+{_SOFTENED}(?:{MONTH}|spring|summer|fall|autumn|winter)\b)",
    re.IGNORECASE,
)
"""The connective and the second date after a first: 'or November', ', or possibly October', '-November', 'or 27'."""


def one_of_two(found: re.Match[str]) -> bool:
    """Tell whether the date `found` matched is followed by a second one offered beside it or ending a span."""
    return _ANOTHER.match(found.string, found.end()) is not None


def offered_in(text: str, words: str) -> bool:
    """Tell whether the date written `words` stands in `text` as one of two: a clause cut at the comma of 'in
    September, or possibly October' no longer shows the second."""
    return any(_ANOTHER.match(text, at.end()) for at in re.finditer(re.escape(words), text))


__all__ = ["offered_in", "one_of_two"]
