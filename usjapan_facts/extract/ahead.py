"""Ranks said by who alone is ahead, or who comes next: 'the United Kingdom's stock alone is larger' (2nd), 'only
Britain's is bigger' (2nd), 'the United Kingdom is the only country whose firms have invested more' (2nd), 'the only
country with a larger stock is the United Kingdom' (2nd), 'more than investors in the United Kingdom, now in second
place' (1st). Pure, no I/O."""

from __future__ import annotations

import re

NAME = r"(?:the\s+)?(?!United\s+States\b|States\b|U\.S\.)[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\W?s)?"
"""A country ranked ahead of Japan: never the United States, whose partners are ranked."""


def names(group: str) -> str:
    """A list of countries as a named group: 'Canada, Mexico, and China'."""
    return rf"(?P<{group}>{NAME}(?:,\s+{NAME})*(?:,?\s+(?:and|or)\s+{NAME})?)"


_HOLDING = r"(?:stock|holdings?|investment|position|stake|total|share)"
_LARGER = r"(?:larger|bigger|greater|higher)"
_WHO = (
    r"(?:country|countries|nation|nations|economy|economies|source|sources|investor|investors|holder|holders|"
    r"creditor|creditors)"
)
ALONE = re.compile(
    rf"\b{names('alone')}\s+{_HOLDING}\s+alone\s+(?:is|was|are|were|(?:has|have|had)\s+been)\s+{_LARGER}\b"
    rf"|\b(?:[Oo]nly|[Jj]ust)\s+{names('only')}\s+(?:{_HOLDING}\s+)?(?:is|was|are|were|(?:has|have|had)\s+been)\s+"
    rf"{_LARGER}\b"
    rf"|\b{names('sole')}\s+(?:is|was|are|were|remains|remained)\s+the\s+only\s+(?:other\s+)?{_WHO}\s+"
    r"(?:whose\s+(?:firms|companies|investors|residents|holdings|stock)\s+|(?:that|which)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:invested|holds?|held|owns?|owned|put|bought|buys?|sold|sells?|is|are|was|were|with)\s+"
    rf"(?:a\s+)?(?:more|{_LARGER})\b"
    rf"|\bthe\s+only\s+(?:other\s+)?{_WHO}\s+(?:with|holding|that\s+(?:has|holds|had|held)|whose\s+\w+\s+(?:is|are|was|were))"
    rf"\s+(?:a\s+)?(?:more|{_LARGER})\s+(?:\w+\s+){{0,3}}?(?:is|was|are|were)\s+{names('last')}"
)
"""A rank said by the one country or few ahead, each named (one more than they are): the list is a group."""
WORDS = ("alone", "only", "just")
NEXT = re.compile(
    rf"\b(?:more\s+than|ahead\s+of)\s+(?:(?:investors|holders|firms|those)\s+(?:in|from|of)\s+)?{NAME},\s+"
    r"(?:(?:now|currently|which\s+(?:is|was|ranks|ranked)|the)\s+)?(?:in\s+)?second"
    r"(?:\s+place|[- ]largest(?:\s+\w+)?)?\b"
)
"""First, said by who comes second: 'more than investors in the United Kingdom, now in second place'."""
NOT_EXCEPT = (
    r"(?![^;.]{0,80}?\b(?:except|other\s+than|apart\s+from|excluding|save\s+for|"
    r"any\s+(?:other\s+)?(?:foreign\s+)?\w+\s+but)\b)"
)
"""A first place with an exception is not first: 'the biggest of any country except China's' names one ahead."""


__all__ = ["ALONE", "NAME", "NEXT", "NOT_EXCEPT", "WORDS", "names"]
