"""Strings a regular expression matches: at least one through every alternative of every alternation.

`witnesses(pattern)` walks the pattern's parse tree and writes, for each alternative, the sparsest strings it can:
an optional part left out, a repeat at its least count, each character a class lists. A string is kept when the
pattern matches exactly it, standing alone or between neighbours (a space, a word, what a lookaround asks for: a
boundary `\b` at its end needs one). An alternative whose every string the pattern refuses is named in
`Witnesses.uncovered`, so that a check built on them cannot pass by skipping a branch without a sound.
Deterministic and exhaustive over the branches, where random strings of a pattern with ninety alternatives leave
some of them untried.
"""

from __future__ import annotations

import itertools
import re
import warnings
from dataclasses import dataclass
from typing import Any

with warnings.catch_warnings():  # the parser's public names are deprecated aliases of re._parser, typed by typeshed
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as op
    import sre_parse

PRODUCT = 64
"""Pieces of a sequence are combined in full up to this many strings; past it, each option of each piece twice."""

_CATEGORY_CHAR = {
    op.CATEGORY_DIGIT: "1",
    op.CATEGORY_NOT_DIGIT: "a",
    op.CATEGORY_SPACE: " ",
    op.CATEGORY_NOT_SPACE: "a",
    op.CATEGORY_WORD: "a",
    op.CATEGORY_NOT_WORD: " ",
    op.CATEGORY_LINEBREAK: "\n",
    op.CATEGORY_NOT_LINEBREAK: "a",
}
_CANDIDATES = " atA1,.-'\u2019\n$%"
"""Characters tried, in order, for a negated class."""

Branch = tuple[int, int]
"""One alternative: the alternation's place in the walk and the alternative's index."""


@dataclass(frozen=True)
class Piece:
    text: str
    through: frozenset[Branch]


@dataclass(frozen=True)
class Witnesses:
    strings: list[str]
    """Every string written that the pattern matches exactly (alone or between neighbours), in the order written."""
    uncovered: list[Branch]
    """Alternatives no string in `strings` passes through (none when every branch was reached)."""


def witnesses(pattern: re.Pattern[str]) -> Witnesses:
    """The strings `pattern` matches, written through each of its alternatives; and the alternatives none reached."""
    walk = _Walk()
    pieces = walk.sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)
    kept = [piece for piece in pieces if _matches_in_some_context(pattern, piece.text, walk.before, walk.after)]
    reached = frozenset().union(*(piece.through for piece in kept))
    strings = list(dict.fromkeys(piece.text for piece in kept))
    return Witnesses(strings, sorted(walk.branches - reached))


def _matches_in_some_context(pattern: re.Pattern[str], text: str, before: list[str], after: list[str]) -> bool:
    """Tell whether `pattern` matches exactly `text` when it stands between one of `before` and one of `after`."""
    for prefix, suffix in itertools.product(dict.fromkeys(before), dict.fromkeys(after)):
        found = pattern.match(prefix + text + suffix, len(prefix))
        if found is not None and found.end() == len(prefix) + len(text):
            return True
    return False


class _Walk:
    def __init__(self) -> None:
        self.branches: set[Branch] = set()
        self.alternations = 0
        self.before: list[str] = ["", " ", "a "]
        self.after: list[str] = ["", " a", "a", "."]

    def sequence(self, items: list[tuple[Any, Any]]) -> list[Piece]:
        """Strings of the items one after another: all combinations while few, else each option of each item once."""
        options = [self.item(code, argument) for code, argument in items]
        options = [choices for choices in options if choices != [Piece("", frozenset())]] or [[Piece("", frozenset())]]
        count = 1
        for choices in options:
            count *= len(choices)
        if count <= PRODUCT:
            combinations: list[tuple[Piece, ...]] = list(itertools.product(*options))
        else:  # each option of each item beside the first, then the last, options of the others; then all in step
            combinations = [
                tuple(choice if place == where else other[end] for place, other in enumerate(options))
                for end in (0, -1)
                for where, choices in enumerate(options)
                for choice in choices
            ]
            width = max(len(choices) for choices in options)
            combinations += [tuple(choices[step % len(choices)] for choices in options) for step in range(width)]
        return [
            Piece("".join(part.text for part in parts), frozenset().union(*(part.through for part in parts)))
            for parts in combinations
        ]

    def item(self, code: Any, argument: Any) -> list[Piece]:
        if code is op.LITERAL:
            return [Piece(chr(argument), frozenset())]
        if code is op.NOT_LITERAL:
            return [Piece(" " if argument != ord(" ") else "a", frozenset())]
        if code is op.ANY:
            return [Piece(" ", frozenset())]
        if code is op.IN:
            return [Piece(char, frozenset()) for char in _members(argument)]
        if code is op.CATEGORY:
            return [Piece(_CATEGORY_CHAR[argument], frozenset())]
        if code is op.ASSERT:  # what must stand before or after: kept as a context to try the match in
            direction, body = argument
            found = [piece.text for piece in self.sequence(list(body))]
            (self.after if direction > 0 else self.before).extend(found)
            return [Piece("", frozenset())]
        if code in (op.AT, op.ASSERT_NOT):
            return [Piece("", frozenset())]  # a condition on the neighbours: each match is checked after
        if code is op.SUBPATTERN:
            return self.sequence(list(argument[-1]))
        if code is op.ATOMIC_GROUP:
            return self.sequence(list(argument))
        if code is op.BRANCH:
            return self.branch(argument[1])
        if code in (op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT):
            least, _, body = argument
            inner = self.sequence(list(body))
            once = [Piece(piece.text * max(least, 1), piece.through) for piece in inner]
            return [Piece("", frozenset()), *once] if least == 0 else once
        raise NotImplementedError(f"no witnesses written for {code} in a pattern")

    def branch(self, alternatives: list[Any]) -> list[Piece]:
        place = self.alternations
        self.alternations += 1
        found: list[Piece] = []
        for index, alternative in enumerate(alternatives):
            self.branches.add((place, index))
            found += [Piece(p.text, p.through | {(place, index)}) for p in self.sequence(list(alternative))]
        return found


def _members(items: list[tuple[Any, Any]]) -> list[str]:
    """Characters of a character class: each character it lists, the first of each range; one for a negated class."""
    if items and items[0][0] is op.NEGATE:
        for candidate in _CANDIDATES:
            if not _in_class(candidate, items[1:]):
                return [candidate]
        raise NotImplementedError(f"no character found outside the class {items}")
    found = []
    for code, argument in items:
        if code is op.LITERAL:
            found.append(chr(argument))
        elif code is op.RANGE:
            found.append(chr(argument[0]))
        else:
            found.append(_CATEGORY_CHAR[argument])
    return list(dict.fromkeys(found))


def _in_class(char: str, items: list[tuple[Any, Any]]) -> bool:
    for code, argument in items:
        if code is op.LITERAL and char == chr(argument):
            return True
        if code is op.RANGE and argument[0] <= ord(char) <= argument[1]:
            return True
        if code is op.CATEGORY and _category_holds(argument, char):
            return True
    return False


def _category_holds(category: Any, char: str) -> bool:
    tests = {
        op.CATEGORY_DIGIT: char.isdigit(),
        op.CATEGORY_NOT_DIGIT: not char.isdigit(),
        op.CATEGORY_SPACE: char.isspace(),
        op.CATEGORY_NOT_SPACE: not char.isspace(),
        op.CATEGORY_WORD: char.isalnum() or char == "_",
        op.CATEGORY_NOT_WORD: not (char.isalnum() or char == "_"),
        op.CATEGORY_LINEBREAK: char == "\n",
        op.CATEGORY_NOT_LINEBREAK: char != "\n",
    }
    return tests[category]
