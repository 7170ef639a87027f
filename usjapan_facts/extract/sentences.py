"""Split a paragraph of the brief into sentences, keeping abbreviations and initials inside them. Pure, no I/O."""

from __future__ import annotations

import re

# Split after terminal punctuation (and closing quotes) before a capital, quote, digit or an amount ('$69.9 billion,
# the deficit with Japan, was ...'); never after a single capital letter ("U.S.", "Mark E.") or a known abbreviation.
# The match starts at the punctuation itself, which the engine can skip to; the split falls one character after the
# match's start.
_SENTENCE_END = re.compile(r"""[.!?](["'”’)]*)\s+(?=(?:[-*•]\s+)?["“(]?(?:[A-Z0-9]|[$¥€£]\d))""")
LIST_ITEM = re.compile(r"^[-*•]\s+(?=\S)")
_INITIALS = re.compile(r"(?:[A-Z]\.)+|.*\b[A-Z]\.")
"""A word that ends on an initial ('U.S.', 'J.'), whose full stop ends no sentence."""
"""A list item's marker: the items of a Markdown list run on in one paragraph ('- One. - Two.'), each a sentence."""
_ABBREVIATIONS = frozenset(
    [
        "e.g.",
        "i.e.",
        "etc.",
        "vs.",
        "v.",
        "Mr.",
        "Ms.",
        "Mrs.",
        "Dr.",
        "St.",
        "No.",
        "Jan.",
        "Feb.",
        "Mar.",
        "Apr.",
        "Jun.",
        "Jul.",
        "Aug.",
        "Sep.",
        "Sept.",
        "Oct.",
        "Nov.",
        "Dec.",
        "Gov.",
        "Sen.",
        "Rep.",
        "Gen.",
        "Adm.",
        "Lt.",
        "Col.",
        "Inc.",
        "Corp.",
        "Co.",
        "approx.",
    ]
)


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations and initials inside them."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        stop = match.start() + 1  # after the punctuation
        end = stop + len(match.group(1))
        # Only the last word matters; a bounded window keeps huge paragraphs linear.
        before = paragraph[max(start, stop - 40) : stop].split()
        last_word = before[-1].lstrip("([\"“'‘") if before else ""
        if _INITIALS.fullmatch(last_word) or last_word in _ABBREVIATIONS:
            continue
        sentences.append(LIST_ITEM.sub("", paragraph[start:end].strip()))
        start = match.end()
    tail = LIST_ITEM.sub("", paragraph[start:].strip())
    if tail:
        sentences.append(tail)
    return sentences
