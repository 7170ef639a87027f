"""A regex that matches any of many words, written so that the engine rules most places out at once. Pure, no I/O.

A plain alternation ('approximately|about|around|...') is tried word by word at every place a scan looks, and
with re.IGNORECASE the engine cannot skip a word on its first letter alone. Grouped by what they start with
('a(?:pproximately|bout|round)|...'), each place costs one test a letter instead of one a word, and the pattern is
shorter to compile. Cheaper still:
not to run a pattern at all on a sentence without any of the words each of its matches holds (`may_hold`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def any_of(words: Iterable[str], *, spaced: bool = False) -> str:
    """A non-capturing group matching any of `words` (literal text), each tried in the order given.

    With `spaced`, the words of each (a phrase: 'in excess of') may be parted by any run of space. Words are gathered
    by what they start with, case aside, as in a trie ('a little over|a little under' is one 'a little' and a choice
    of two). Two words that part at different letters never match at the same place, so the order that decides
    between words (the first that leads to a match wins) need only be kept where one word ends and others go on; it
    is. The group matches exactly what a plain alternation of the same words does, with or without re.IGNORECASE,
    and compiles and scans in a fraction of the time.
    """
    words = list(words)
    if not all(word and not (spaced and word[0].isspace()) for word in words):
        raise ValueError("a word must not be empty, nor start with a space when spaced")
    return "(?:" + "|".join(_choices([_units(word, spaced) for word in words], spaced)) + ")"


_SPACE = " "
"""The unit that stands for a run of space between a phrase's words (`spaced`)."""


def _units(word: str, spaced: bool) -> tuple[str, ...]:
    """The word as the characters a pattern matches one by one; with `spaced`, each run of space is one unit."""
    if not spaced:
        return tuple(word)
    return tuple(_SPACE.join(word.split()))


def _written(units: tuple[str, ...], spaced: bool) -> str:
    return "".join(r"\s+" if spaced and unit == _SPACE else re.escape(unit) for unit in units)


def _choices(words: list[tuple[str, ...]], spaced: bool) -> list[str]:
    """The alternatives matching `words` in order: words sharing their first letter share one, and what follows it."""
    words = list(dict.fromkeys(words))  # a word said again can never match where the first time did not
    if () in words:
        # A word that ends here ('more') keeps its place among those that go on ('more than' before it, 'more or
        # less' after): at this place any of them may match, so their order decides.
        at = words.index(())
        before = _choices(words[:at], spaced) if at else []
        return [*before, "", *(_choices(words[at + 1 :], spaced) if at + 1 < len(words) else [])]
    groups: dict[str, list[tuple[str, ...]]] = {}
    for word in words:
        groups.setdefault(_SPACE if spaced and word[0] == _SPACE else _letter(word[0]), []).append(word)
    choices: list[str] = []
    for group in groups.values():
        first = group[0][0]
        if len(group) == 1 or not all(word[0] == first for word in group):
            # One word, or the same letter in two cases (or characters outside ASCII): each tried in turn.
            choices.extend(_written(word, spaced) for word in group)
            continue
        shared = 1
        while all(len(word) > shared and word[shared] == group[0][shared] for word in group):
            shared += 1
        rests = _choices([word[shared:] for word in group], spaced)
        choices.append(
            _written(group[0][:shared], spaced) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        )
    return choices


_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
"""The only characters outside ASCII that re.IGNORECASE matches to an ASCII letter: dotted and dotless i, long s,
Kelvin sign."""


def may_hold(text: str, words: tuple[str, ...], folded: str | None = None) -> bool:
    """Tell whether `text` may hold a match of a pattern any match of which holds one of `words` (ASCII, lower case).

    A cheap test to run before a costly pattern, exact with or without re.IGNORECASE: it says no only when no word
    stands in the text in lower case and no character of the text folds to an ASCII letter ('Mark' spelt with
    a Kelvin sign), so that the pattern could not have matched. A caller asking of one text for several patterns
    passes its lower case (`folded`, `text.lower()`), worked out once.
    """
    if folded is None:
        folded = text.lower()
    for word in words:  # a plain loop, no generator to build: the test is asked some hundreds of times a text
        if word in folded:
            return True
    return not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None


def holds_any(folded: str, words: tuple[str, ...]) -> bool:
    """Tell whether `folded` (a text in lower case) holds one of `words`: a plain loop, cheaper than `any` over a
    generator, for the cue words tested of every sentence."""
    for word in words:  # noqa: SIM110 - any() over a generator costs more, asked of every sentence
        if word in folded:
            return True
    return False


def lower_case(text: str, folded: str) -> str:
    """`text` in lower case, given its case-folded form: the same for ASCII text, worked out again for any other
    (case folding turns 'ß' into 'ss', lower case does not)."""
    return folded if text.isascii() else text.lower()


def letter_first(pattern: str) -> str:
    """`pattern`, each match of which starts with an ASCII letter, tried only where one stands: with re.IGNORECASE the
    engine cannot skip a place on a word's first letter, but the look ahead turns most places down at once (the same
    matches, in about half the time). Keep it so: a match of `pattern` that starts with anything else is lost."""
    return f"(?=[a-zA-Z])(?:{pattern})"


def _letter(first: str) -> str:
    """The group of words starting with `first`: its ASCII letter in lower case, also for a character that
    re.IGNORECASE folds with one (the long s with 's'); one group for every other character outside ASCII ('¥')."""
    if first.isascii():
        return first.lower()
    twin = next((chr(code) for code in range(128) if re.fullmatch(re.escape(first), chr(code), re.IGNORECASE)), "")
    return twin.lower()


__all__ = ["any_of", "holds_any", "letter_first", "lower_case", "may_hold"]
