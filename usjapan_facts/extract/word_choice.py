"""A regex that matches any of many words, written so that the engine rules most places out at once. Pure, no I/O.

A plain alternation ('approximately|about|around|...') is tried word by word at every place a scan looks, and
with re.IGNORECASE the engine cannot skip a word on its first letter alone. Grouped by first letter
('a(?:pproximately|bout|round)|...'), each place costs one test a letter instead of one a word. Cheaper still:
not to run a pattern at all on a sentence without any of the words each of its matches holds (`may_hold`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def any_of(words: Iterable[str], *, spaced: bool = False) -> str:
    """A non-capturing group matching any of `words` (literal text), each tried in the order given.

    With `spaced`, the words of each (a phrase: 'in excess of') may be parted by any run of space. Words are gathered
    by their first letter, case aside. Two words of different letters never match at the same place, so the order
    that decides between words (the first that leads to a match wins) is kept, and the group matches exactly what
    a plain alternation of the same words does, with or without re.IGNORECASE.
    """
    words = list(words)
    if not all(word and not (spaced and word[0].isspace()) for word in words):
        raise ValueError("a word must not be empty, nor start with a space when spaced")
    written = [r"\s+".join(map(re.escape, word.split())) if spaced else re.escape(word) for word in words]
    groups: dict[str, list[tuple[str, str]]] = {}
    for word, pattern in zip(words, written, strict=True):
        groups.setdefault(_letter(word[0]), []).append((word, pattern))
    parts = []
    for group in groups.values():
        first = re.escape(group[0][0][0])
        if all(word[0] == group[0][0][0] and len(pattern) > len(first) for word, pattern in group):
            rests = "|".join(pattern[len(first) :] for _, pattern in group)
            parts.append(f"{first}(?:{rests})")
        else:
            parts.append("|".join(pattern for _, pattern in group))
    return "(?:" + "|".join(parts) + ")"


_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
"""The only characters outside ASCII that re.IGNORECASE matches to an ASCII letter: dotted and dotless i, long s,
Kelvin sign."""


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Tell whether `text` may hold a match of a pattern any match of which holds one of `words` (ASCII, lower case).

    A cheap test to run before a costly pattern, exact with or without re.IGNORECASE: it says no only when no word
    stands in the text in lower case and no character of the text folds to an ASCII letter ('Mark' spelt with
    a Kelvin sign), so that the pattern could not have matched.
    """
    folded = text.lower()
    return any(word in folded for word in words) or (not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None)


def _letter(first: str) -> str:
    """The group of words starting with `first`: its ASCII letter in lower case, also for a character that
    re.IGNORECASE folds with one (the long s with 's'); one group for every other character outside ASCII ('¥')."""
    if first.isascii():
        return first.lower()
    twin = next((chr(code) for code in range(128) if re.fullmatch(re.escape(first), chr(code), re.IGNORECASE)), "")
    return twin.lower()


__all__ = ["any_of", "may_hold"]
