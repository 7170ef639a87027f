"""A Diet chamber named by its members in a table's or list's label: 'Representatives last vote: February 8, 2026'
beside 'Councillors last vote: July 20, 2025' is the House of Representatives' vote. Pure, no I/O.

The roles: a label (the text before ': ') that opens with 'Representatives' alone (never 'House of Representatives',
which the chamber readers read, nor another country's: 'U.S. Representatives'), in a table or list whose nearby lines
name the Diet or its other chamber ('Table 1. Diet', 'Councillors last vote'), and no other country's legislature.
The label is read with the chamber's full name in its place.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.text import Sentence

_LABEL = re.compile(r"^(?P<members>Representatives)\b(?=[^:]{0,60}:\s)")
_DIET = re.compile(r"\b(?:Diet|Councill?ors|House\s+of\s+Councill?ors|Japan\W?s\s+(?:parliament|legislature))\b")
_ELSEWHERE = re.compile(r"\b(?:U\.S\.|United\s+States|Congress|Senate|American|Korea\w*|Taiwan\w*|state)\b")
_NEAR = 4
"""The lines before and after a label that may tell its table's subject."""


def members_labelled(sentences: list[Sentence], index: int) -> Sentence | None:
    """The label sentence with the chamber its members name spelled out, or None for any other sentence."""
    text = sentences[index].text
    label = _LABEL.match(text) if text.startswith("Representatives") else None
    if label is None:
        return None
    near = [
        one.text
        for one in sentences[max(0, index - _NEAR) : index + _NEAR + 1]
        if one.section == sentences[index].section
    ]
    if not any(_DIET.search(line) for line in near) or any(_ELSEWHERE.search(line) for line in near):
        return None
    return Sentence(f"House of {text}", sentences[index].section, sentences[index].cut)


__all__ = ["members_labelled"]
