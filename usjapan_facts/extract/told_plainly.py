"""A sentence restated plainly, for the facts it gave no value. Pure, no I/O.

- A cleft sentence: 'It was in 1951 that the two countries became allies by treaty, ...' is 'The two countries became
  allies by treaty in 1951, ...'; the time it puts first is the time of the clause after 'that', told where a plain
  sentence tells it (at the end of that clause).
- A source named inside a relative clause: 'a U.S. force, which the Pentagon says numbers some 55,000 personnel' is
  'a U.S. force, which numbers some 55,000 personnel'; who says it changes neither the subject nor the figure.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.parsers import MONTH
from usjapan_facts.extract.word_choice import may_hold

_CLEFT = re.compile(
    r"^It\s+(?:was|is)\s+(?:only\s+)?(?:(?P<until>not\s+until|only\s+in)\s+|(?P<prep>in|on|during)\s+)"
    rf"(?P<when>(?:(?:early|late|mid-?)\s*)?(?:{MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d),?\s+that\s+(?P<rest>\w.+)$",
)
"""'It was in 1951 that ...', 'It was not until 1952 that ...', 'It was on April 28, 1952, that ...'."""
_CLAUSE_END = re.compile(r"[,;:(]|\s+(?:but|while|whereas|when|after|before)\s|\.?$")


def uncleft(text: str) -> list[str]:
    """The plain sentence a cleft one stands for, or none."""
    cleft = _CLEFT.match(text.rstrip(","))
    if cleft is None:
        return []
    rest = cleft.group("rest").lstrip(", ")
    end = _CLAUSE_END.search(rest)
    at = end.start() if end is not None else len(rest)
    prep = "in" if cleft.group("until") else cleft.group("prep")
    when = cleft.group("when").rstrip(",")
    return [f"{rest[0].upper()}{rest[1:at]} {prep} {when}{rest[at:]}"]


_ATTRIBUTED = re.compile(
    r"\b(?P<which>which|that|who)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.&-]*\s+){1,4}"
    r"(?:says|said|estimates|estimated|reports|reported|calculates|calculated|believes|counts|counted)\s+"
    r"(?=(?:[a-z]+s|[a-z]+ed|stands|stood|is|was|are|were|has|have|had|numbers|totals|comes)\b)",
    re.IGNORECASE,
)
"""'which the Pentagon says numbers', 'that the Defense Department estimates totals': a source between a relative
pronoun and its verb."""
_ATTRIBUTED_WORDS = ("says", "said", "estimate", "report", "calculate", "believes", "count")
"""A word each match of _ATTRIBUTED holds, its source's verb (keep it so): a sentence without one is not scanned."""


def unattributed(text: str) -> list[str]:
    """The sentence without a source named inside a relative clause, or none."""
    if not may_hold(text, _ATTRIBUTED_WORDS):
        return []
    plain = _ATTRIBUTED.sub(r"\g<which> ", text)
    return [plain] if plain != text else []


def plainly(text: str) -> list[str]:
    """The plain sentences `text` stands for: without its cleft, without a source inside a relative clause."""
    return uncleft(text) + unattributed(text)


__all__ = ["plainly", "unattributed", "uncleft"]
