"""An author's name run into a sentence: the mark of another column's line cut into it.

Text copied from a two-column PDF page can set the author's name, a line of one column, inside a sentence of the
other ('... a majority when Cathleen D. Cimino-Isaacs all 465 seats are contested next month.'), where no column
reader has put it back beside its role. A name alone on its line with an author's role on one of the next three
lines is an author's; a sentence that holds it was cut by it: it may back a value, never stand alone for one.
Pure, no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from usjapan_facts.extract.line_joins import AUTHOR_NAME, AUTHOR_ROLE

if TYPE_CHECKING:
    from usjapan_facts.extract.text import Document, Sentence

ROLE_WITHIN = 3
"""How many lines below the name its role may stand, the other column's lines between."""


def author_names(text: str) -> frozenset[str]:
    """The names on lines of their own with an author's role on one of the next lines."""
    lines = [line.strip() for line in text.splitlines()]
    return frozenset(
        line
        for index, line in enumerate(lines)
        if " " in line
        and AUTHOR_NAME.fullmatch(line)
        and _PERSON.fullmatch(line)
        and not _PLACE_OR_BODY.search(line)
        and any(AUTHOR_ROLE.fullmatch(below) for below in lines[index + 1 : index + 1 + ROLE_WITHIN])
    )


_WORD = r"[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)*"
_PERSON = re.compile(rf"{_WORD}(?: [A-Z]\.)*(?: {_WORD}){{1,2}}|(?:[A-Z]\. ?)+{_WORD}")
"""A person's name: two or three capitalised words, initials between ('Kyla H. Kitamura'), or initials first."""
_PLACE_OR_BODY = re.compile(
    r"\b(?:States|Kingdom|Nations|Union|Forces|Force|Army|Navy|Japan|Korea|China|America|Pacific|Asia|Europe|Affairs"
    r"|Department|Ministry|Office|Service|Congress|Senate|House|Council|Agency|Command|Trade|Agreement|Island|Islands)\b"
)
"""Words of a place or a body, never of a person's name ('United States', 'U.S. Forces Japan')."""


def cut_by_authors(document: Document, names: frozenset[str]) -> Document:
    """Mark the sentences an author's name was run into as cut; where a sentence opens after the name ('... Kyla H.
    Kitamura In 2024, Japan was ...'), the author's lines before it are dropped and the sentence is read."""
    if names:
        document.sentences = [_without_author(sentence, names) for sentence in document.sentences]
    return document


def _without_author(sentence: Sentence, names: frozenset[str]) -> Sentence:
    found = [(at, name) for name in names if (at := sentence.text.rfind(name)) >= 0 and sentence.text != name]
    if sentence.cut or not found:
        return sentence
    at, name = max(found)
    rest = sentence.text[at + len(name) :].lstrip()
    if rest[:1] in ("", ".", ",", ";", ":", ")") and not any(other in sentence.text[:at] for other in names):
        return sentence  # a whole sentence that names the author ('..., according to Emma Chanlett-Avery.')
    if rest[:1].isupper() and not any(other in rest for other in names):
        before = sentence.text[:at]
        if not any(word[:1].islower() for word in before.split() if word not in _ROLE_WORDS):
            return dataclasses.replace(sentence, text=rest)  # the author's name and role, then the sentence
    return dataclasses.replace(sentence, cut=True)


_ROLE_WORDS = frozenset(("in", "and", "of", "for", "on"))
"""The words in lower case of an author's role and its section's heading ('Specialist in Asian Affairs')."""
